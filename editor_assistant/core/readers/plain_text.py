"""Plain text: every non-empty line is a paragraph (also used for pasted text and stdin)."""

from __future__ import annotations

from pathlib import Path

from editor_assistant.core.model import Draft
from editor_assistant.core.readers.builder import DraftBuilder


def draft_from_text(
    text: str, *, path: Path | None = None, fmt: str = "txt", encoding: str | None = None
) -> Draft:
    builder = DraftBuilder()
    for line in text.splitlines():
        builder.add_paragraph(line)
    return builder.build(path=path, fmt=fmt, encoding=encoding)
