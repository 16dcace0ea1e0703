"""A one-line progress bar on stderr, shown only on a terminal (never in logs or pipes)."""

from __future__ import annotations

import sys
from collections.abc import Callable

from editor_assistant.views.text_report import fit

_WIDTH = 30


def terminal_progress(label: str) -> Callable[[float, str], None] | None:
    """``progress(fraction, text)`` drawing ``label [█░░] 40% text``; None off a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(fraction: float, text: str) -> None:
        filled = int(fraction * _WIDTH)
        bar = "█" * filled + "░" * (_WIDTH - filled)
        end = "\n" if fraction >= 1 else ""
        sys.stderr.write(f"\r{label} [{bar}] {fraction:4.0%} {fit(text, _WIDTH)}{end}")
        sys.stderr.flush()

    return show
