"""The draft being edited: the typed text plus what the reader knew (pictures, title, date).

Spans must index the very text the editor shows, so the Draft is built from the editor text
as it is (blank lines and indents kept) instead of going through a reader, which would strip
them. Paragraph kinds and pictures carry over from the Draft the file was read into.
"""

from __future__ import annotations

import re
from dataclasses import replace

from editor_assistant.core.model import Draft, DraftImage, Paragraph

_BLANK = " \t\r\u3000\u00a0\ufeff"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # characters Qt stores as two UTF-16 units


def qt_position(text: str, index: int) -> int:
    """Qt counts UTF-16 units: an emoji such as 👉 is one Python character but two for Qt."""
    return index + len(_ASTRAL.findall(text, 0, index))


def python_index(text: str, qt_position: int) -> int:
    """Inverse of qt_position: a Qt UTF-16 position back to a code-point index."""
    if not _ASTRAL.search(text):  # the usual case, answered without a loop over the text
        return min(qt_position, len(text))
    units = 0
    for index, ch in enumerate(text):
        if units >= qt_position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _paragraphs(text: str, kinds: dict[str, str]) -> tuple[Paragraph, ...]:
    found = []
    start = 0
    for line in text.split("\n"):
        stripped = line.strip(_BLANK)
        if stripped:
            begin = start + line.index(stripped)
            found.append(Paragraph(begin, begin + len(stripped), kinds.get(stripped, "body")))
        start += len(line) + 1
    return tuple(found)


def rebuild(base: Draft, text: str, images: tuple[DraftImage, ...]) -> Draft:
    """A Draft of ``text`` keeping ``base``'s pictures (already moved), kinds and metadata."""
    kinds = {base.paragraph_text(p): p.kind for p in base.paragraphs if p.kind != "body"}
    paragraphs = _paragraphs(text, kinds)
    title = base.title
    if base.path is None or not title:  # a pasted or new draft: its first line is the title
        title = text[paragraphs[0].start : paragraphs[0].end][:60] if paragraphs else ""
    return replace(base, text=text, paragraphs=paragraphs, images=images, title=title)


def shift_images(
    images: tuple[DraftImage, ...], start: int, old_end: int, new_end: int
) -> tuple[DraftImage, ...]:
    """Move pictures after an edit that replaced ``[start, old_end)`` by ``[start, new_end)``."""
    delta = new_end - old_end
    moved = []
    for image in images:
        if image.offset <= start:
            moved.append(image)
        elif image.offset >= old_end:
            moved.append(replace(image, offset=image.offset + delta))
        else:  # inside the replaced text: keep it within what replaced it
            moved.append(replace(image, offset=min(image.offset, new_end)))
    return tuple(moved)
