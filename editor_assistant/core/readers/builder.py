"""Assemble a Draft from paragraphs and pictures, whatever format they came from."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from editor_assistant.core.model import Draft, DraftImage, DraftMedia, Paragraph
from editor_assistant.core.readers.dates import date_from_filename, date_from_lines

_TITLE_MAX = 60
# Invisible characters that are not whitespace to Python but leave a paragraph looking empty.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"


def trim_start(text: str) -> str:
    """Drop leading whitespace (any Unicode space: 全角空格, em spaces…) and invisibles."""
    while text and (text[0].isspace() or text[0] in _INVISIBLE):
        text = text.lstrip().lstrip(_INVISIBLE)
    return text


def trim(text: str) -> str:
    """A paragraph as the reader keeps it (exports find paragraphs again the same way)."""
    text = trim_start(text)
    while text and (text[-1].isspace() or text[-1] in _INVISIBLE):
        text = text.rstrip().rstrip(_INVISIBLE)
    return text


class DraftBuilder:
    """Paragraphs are joined by one newline; pictures get the offset where they stand."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._paragraphs: list[Paragraph] = []
        self._images: list[DraftImage] = []
        self._media: list[DraftMedia] = []
        # Pictures and embedded media waiting for the next paragraph, where they will stand.
        self._pending: list[DraftImage | DraftMedia] = []

    def add_image(self, image: DraftImage) -> None:
        """A picture between paragraphs: it stands where the next paragraph starts."""
        self._pending.append(image)

    def add_media(self, media: DraftMedia) -> None:
        """An embedded video or audio: it stands where the next paragraph starts."""
        self._pending.append(media)

    def _place_pending(self, offset: int) -> None:
        for item in self._pending:
            placed = replace(item, offset=offset)
            (self._media if isinstance(placed, DraftMedia) else self._images).append(placed)
        self._pending.clear()

    def add_paragraph(
        self,
        raw: str,
        kind: str = "body",
        source_index: int | None = None,
        inline_images: list[tuple[int, DraftImage]] = (),
    ) -> None:
        """Add one paragraph; ``inline_images`` are (position in ``raw``, picture)."""
        text = trim(raw)
        if not text:
            for _, image in inline_images:
                self.add_image(image)
            return
        lead = len(raw) - len(trim_start(raw))
        start = self._length + (1 if self._parts else 0)
        self._place_pending(start)
        for position, image in inline_images:
            within = min(max(position - lead, 0), len(text))
            self._images.append(replace(image, offset=start + within))
        if self._parts:
            self._parts.append("\n")
        self._parts.append(text)
        self._length = start + len(text)
        self._paragraphs.append(Paragraph(start, self._length, kind, source_index))

    def build(
        self,
        *,
        path: Path | None,
        fmt: str,
        encoding: str | None = None,
        title: str | None = None,
        account: str | None = None,
        meta_date: tuple[date, str] | None = None,
    ) -> Draft:
        """``meta_date`` is a (date, source) from the file's metadata, the weakest source."""
        self._place_pending(self._length)
        text = "".join(self._parts)
        paragraphs = tuple(self._paragraphs)
        published_at, date_source = _publish_date(path, text, paragraphs, meta_date)
        return Draft(
            text=text,
            paragraphs=paragraphs,
            images=tuple(sorted(self._images, key=lambda image: image.offset)),
            media=tuple(self._media),
            title=title or _first_title(text, paragraphs),
            account=account,
            published_at=published_at,
            date_source=date_source,
            path=str(path) if path else None,
            format=fmt,
            encoding=encoding,
        )


def _first_title(text: str, paragraphs: tuple[Paragraph, ...]) -> str:
    if not paragraphs:
        return ""
    chosen = next((p for p in paragraphs if p.kind == "heading"), paragraphs[0])
    title = text[chosen.start : chosen.end].lstrip("#").strip()
    return title if len(title) <= _TITLE_MAX else title[: _TITLE_MAX - 1] + "…"


def _publish_date(path, text, paragraphs, meta_date):
    if path is not None:
        found = date_from_filename(Path(path).name)
        if found:
            return found, "filename"
    head = [text[p.start : p.end] for p in paragraphs[:12]]
    found = date_from_lines(head)
    if found:
        return found, "text"
    if meta_date:
        return meta_date
    return None, None
