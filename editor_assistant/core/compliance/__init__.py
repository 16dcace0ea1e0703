"""Helpers for the compliance checks (privacy, wording, typography).

They work on plain strings and know nothing of Drafts or Findings, so they can be tested,
and reused by the GUI (masking a number the editor selects), without a check around them.
"""
