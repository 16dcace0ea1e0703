"""Reads the written drafts back, as a reader would, for the expectations and the self-checks."""

from __future__ import annotations

import html
import re
import zipfile
from html.parser import HTMLParser

from .drafts import Draft
from .paths import WEEK


class HtmlReadback(HTMLParser):
    """Counts pictures (and remote ones) and collects the visible text of a saved page."""

    def __init__(self) -> None:
        super().__init__()
        self.images = 0
        self.remote = 0
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self._skip += 1
        if tag == "br":
            self.text.append("\n")
        if tag == "img":
            found = dict(attrs)
            self.images += 1
            src = found.get("src") or found.get("data-src") or ""
            self.remote += src.startswith("http")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self._skip -= 1
        if tag in ("p", "h1", "h2", "section"):
            self.text.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def inspect_output(draft: Draft) -> tuple[str, int, int]:
    """Return (plain text, image count, remote image count) read back from the written file."""
    path = WEEK / draft.file
    if draft.fmt == "txt":
        raw = path.read_bytes()
        enc = draft.meta["encoding"]
        return raw.decode("utf-16" if enc == "utf-16" else enc), 0, 0
    if draft.fmt == "md":
        text = path.read_text(encoding="utf-8")
        return text, len(re.findall(r"!\[[^\]]*\]\([^)]+\)", text)), 0
    if draft.fmt == "html":
        parser = HtmlReadback()
        parser.feed(path.read_text(encoding="utf-8"))
        return "".join(parser.text), parser.images, parser.remote
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    runs = ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paragraphs]
    return html.unescape("\n".join(runs)), len(re.findall(r"<a:blip ", xml)), 0
