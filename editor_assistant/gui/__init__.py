"""The PySide6 desktop app; it only adapts the headless core."""
