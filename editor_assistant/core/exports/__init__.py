"""Exports for sign-off: review sheet, annotated draft, week workbook and week report.

Every exporter builds its files in memory and writes them through ``files.write_all``: an
existing file is kept unless the caller forces it, and a failed export leaves nothing behind.
"""
