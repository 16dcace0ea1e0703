"""Markdown drafts: the text a reader sees, plus ``![](…)`` and ``<img>`` pictures.

Only what editors write is handled: headings, paragraphs, lists, quotes, emphasis, links
and pictures; other syntax stays as text rather than being guessed at.
"""

from __future__ import annotations

import re
from pathlib import Path

from editor_assistant.core.model import Draft
from editor_assistant.core.readers.builder import DraftBuilder
from editor_assistant.core.readers.sources import load_image_source

_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*?\b(?:data-src|src)\s*=\s*[\"']([^\"']+)[\"'][^>]*>", re.I)
_ANY_IMAGE = re.compile(f"{_IMAGE.pattern}|{_HTML_IMAGE.pattern}", re.I)
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


def _inline_text(line: str) -> str:
    line = _LINK.sub(r"\1", line)
    previous = None
    while previous != line:  # nested emphasis such as ***加粗斜体***
        previous, line = line, _EMPHASIS.sub(r"\2", line)
    return line


def _needs_space(before: str, after: str) -> bool:
    """Wrapped English words need a space; wrapped Chinese lines join directly."""
    return bool(
        before
        and after
        and before[-1].isascii()
        and before[-1].isalnum()
        and after[0].isascii()
        and after[0].isalnum()
    )


def _split_images(line: str, base: Path) -> tuple[str, list[tuple[int, object]]]:
    """Remove picture syntax from a line; return its text and the pictures' positions."""
    text, images, cursor = [], [], 0
    for match in _ANY_IMAGE.finditer(line):
        text.append(_inline_text(line[cursor : match.start()]))
        source = match.group(2) or match.group(3)
        alt = match.group(1) or ""
        images.append((len("".join(text)), load_image_source(source, base, alt=alt)))
        cursor = match.end()
    text.append(_inline_text(line[cursor:]))
    return "".join(text), images


def read_markdown(text: str, path: Path, encoding: str) -> Draft:
    builder = DraftBuilder()
    paragraph: list[str] = []
    pictures: list[tuple[int, object]] = []
    kind = "body"

    def flush() -> None:
        nonlocal kind
        if paragraph or pictures:
            builder.add_paragraph("".join(paragraph), kind, inline_images=list(pictures))
        paragraph.clear()
        pictures.clear()
        kind = "body"

    for raw in text.splitlines():
        if not raw.strip() or _RULE.match(raw):
            flush()
            continue
        line = raw.strip()
        heading = _HEADING.match(line)
        if heading or _LIST.match(line):
            flush()
        if heading:
            kind, line = "heading", heading.group(2)
        elif _LIST.match(line):
            kind, line = "list", _LIST.sub("", line)
        elif _QUOTE.match(line):
            kind, line = "quote", _QUOTE.sub("", line)
        line, images = _split_images(line, path.parent)
        if paragraph and _needs_space(paragraph[-1], line):
            paragraph.append(" ")
        base = len("".join(paragraph))
        pictures.extend((base + pos, image) for pos, image in images)
        paragraph.append(line)
        if heading:
            flush()
    flush()
    return builder.build(path=path, fmt="md", encoding=encoding)
