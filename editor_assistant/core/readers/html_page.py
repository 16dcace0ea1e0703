"""HTML saved or copied from the WeChat editor or a browser: visible text and pictures.

Script, style and hidden elements are skipped. Pictures come from ``src`` or WeChat's
lazy-loading ``data-src``; remote ones are placed but never fetched.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

from editor_assistant.core.model import Draft, DraftImage, DraftMedia
from editor_assistant.core.readers.builder import DraftBuilder
from editor_assistant.core.readers.errors import ReadError
from editor_assistant.core.readers.sources import ImageLoader

_BLOCKS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure",
    "figcaption", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
    "tbody", "tr", "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br",
    "address", "center", "form", "fieldset", "legend", "details", "summary",
}  # fmt: skip
_SKIPPED = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select"}
_VOID = {"img", "br", "hr", "meta", "link", "input", "source", "area", "base", "col", "embed",
         "param", "track", "wbr"}  # fmt: skip
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Python's HTMLParser rescans to the end of the page for every "<" that never closes, which
# makes thousands of them take minutes; a "<" with no ">" before the next "<" is text anyway.
_UNCLOSED_TAG = re.compile(r"<(?=[^<>]*(?:<|\Z))")
# A WeChat article has a few thousand tags, a saved news page tens of thousands; parsing in
# pure Python takes about a second per 300,000.
MAX_TAGS = 300_000
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


class _PageParser(HTMLParser):
    def __init__(self, base: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.images = ImageLoader(base)
        self.builder = DraftBuilder()
        # While inside script/style/hidden elements: the tag that started skipping and how deep
        # it nests. Only that tag is counted: <p>, <li>, <option> legally go unclosed inside.
        self.skip_tag: str | None = None
        self.skip_depth = 0
        self.stack: list[str] = []
        # How many of each tag are open: asking the stack would be slow on deeply nested pages.
        self.open: Counter[str] = Counter()
        self.buffer: list[str] = []
        # Length of the collapsed text of buffer[:measured], so a picture's position is not
        # recomputed from the whole paragraph for every picture.
        self.measured, self.collapsed, self.ends_in_space = 0, 0, False
        self.pictures: list[tuple[int, DraftImage]] = []
        self.meta: dict[str, str] = {}
        self.capture: str | None = None  # metadata field whose text is being collected

    def _flush(self) -> None:
        raw = _SPACES.sub(" ", "".join(self.buffer)).replace("\xa0", " ")
        kind = "body"
        if any(self.open[tag] for tag in _HEADINGS):
            kind = "heading"
        elif self.open["td"] or self.open["th"]:
            kind = "table"
        elif self.open["li"]:
            kind = "list"
        self.builder.add_paragraph(raw, kind, inline_images=self.pictures)
        self.buffer, self.pictures = [], []
        self.measured, self.collapsed, self.ends_in_space = 0, 0, False

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        media = None if self.skip_depth else embedded_media(tag, attributes)
        if media is not None:
            self.builder.add_media(media)
        if tag == "meta":
            key = attributes.get("property") or attributes.get("name") or ""
            self.meta.setdefault(key.lower(), attributes.get("content", ""))
        hidden = tag in _SKIPPED or _HIDDEN_STYLE.search(attributes.get("style", ""))
        if self.skip_depth and tag == "body" and self.skip_tag == "head":
            self.skip_tag, self.skip_depth = None, 0  # a <head> left unclosed ends at <body>
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        if hidden:
            if tag not in _VOID:
                self.skip_tag, self.skip_depth = tag, 1
            return
        if tag in _BLOCKS:
            self._flush()
        if tag == "img":
            self._image(attributes)
        elif tag not in _VOID:
            self.stack.append(tag)
            self.open[tag] += 1
            marker = attributes.get("id", "") + " " + attributes.get("class", "")
            if "js_name" in marker or "profile_nickname" in marker:
                self.capture = "account"
            elif "publish_time" in marker:
                self.capture = "date"

    def handle_endtag(self, tag):
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth -= 1
            return
        if tag in _BLOCKS:
            self._flush()
        if self.open[tag]:
            while self.stack:
                closed = self.stack.pop()
                self.open[closed] -= 1
                if closed == tag:
                    break
            self.capture = None

    def handle_data(self, data):
        if self.skip_depth:
            return
        self.buffer.append(data)
        if self.capture and data.strip():
            self.meta.setdefault(f"page:{self.capture}", data.strip())

    def _image(self, attributes: dict[str, str]) -> None:
        source = attributes.get("data-src") or attributes.get("src") or ""
        if not source:
            return
        self.pictures.append(
            (self._position(), self.images.load(source, attributes.get("alt", "")))
        )

    def _position(self) -> int:
        """Length of the buffered text once its whitespace runs are collapsed."""
        fresh = _SPACES.sub(" ", "".join(self.buffer[self.measured :]))
        if fresh:
            joined_run = self.ends_in_space and fresh.startswith(" ")
            self.collapsed += len(fresh) - joined_run
            self.ends_in_space = fresh.endswith(" ")
        self.measured = len(self.buffer)
        return self.collapsed


# WeChat's editor embeds videos as iframes or its own custom elements; a browser page uses
# <video>. They are recorded (never fetched) so a check knows the post already has a video.
_VIDEO_TAGS = {"video", "mpvideo", "mp-video", "mp-common-videosnap", "mp-common-video"}
_AUDIO_TAGS = {"audio", "mpvoice", "mp-common-mpaudio", "qqmusic"}
_VIDEO_HOSTS = ("v.qq.com", "video", "player", "bilibili", "youku", "ixigua", "weishi")


def embedded_media(tag: str, attributes: dict[str, str]) -> DraftMedia | None:
    source = attributes.get("data-src") or attributes.get("src") or ""
    if tag in _VIDEO_TAGS:
        return DraftMedia(0, "video", source)
    if tag in _AUDIO_TAGS:
        return DraftMedia(0, "audio", source)
    marker = f"{attributes.get('class', '')} {source}".lower()
    if tag == "iframe" and any(host in marker for host in _VIDEO_HOSTS):
        return DraftMedia(0, "video", source)
    return None


def _meta_date(meta: dict[str, str]):
    for key in ("page:date", "article:published_time", "og:article:published_time"):
        match = _DATE.search(meta.get(key, ""))
        if match:
            try:
                return datetime(*map(int, match.groups())).date(), "html_meta"
            except ValueError:
                continue
    return None


def read_html(text: str, path: Path, encoding: str) -> Draft:
    text = _UNCLOSED_TAG.sub("&lt;", text)
    if text.count("<") > MAX_TAGS:
        raise ReadError(
            str(path), "too_complex", f"网页标记超过 {MAX_TAGS // 10_000} 万个，不像一篇稿件"
        )
    parser = _PageParser(path.parent)
    parser.feed(text)
    parser.close()
    parser._flush()
    meta = parser.meta
    account = meta.get("page:account") or meta.get("og:article:author") or None
    return parser.builder.build(
        path=path, fmt="html", encoding=encoding, account=account, meta_date=_meta_date(meta)
    )
