"""Markdown drafts: the text a reader sees, plus ``![](…)``, ``![][ref]`` and ``<img>`` pictures.

Only what editors write is handled: headings, paragraphs, lists, quotes, emphasis, links
and pictures; other syntax stays as text rather than being guessed at.
"""

from __future__ import annotations

import re
from pathlib import Path

from editor_assistant.core.model import Draft
from editor_assistant.core.readers.builder import DraftBuilder
from editor_assistant.core.readers.sources import ImageLoader

# Every pattern stops at the next opening bracket or marker it could pair with, so that a
# hostile line of thousands of unclosed "[", "<img" or "*" is scanned in linear time.
# A picture's destination: <with spaces.png> (CommonMark, Typora) or a bare path.
_DESTINATION = r"\(\s*(?:<(?P<{0}a>[^<>\n]*)>|(?P<{0}b>[^()\s<>]+))(?:\s+\"[^\"]*\")?\s*\)"
_ANY_IMAGE = re.compile(
    "|".join(
        (
            # a picture wrapped in a link: [![](photo.png)](https://…)
            rf"\[\s*!\[(?P<lalt>[^\[\]]*)\]{_DESTINATION.format('l')}\s*\]\([^()]*\)",
            rf"!\[(?P<alt>[^\[\]]*)\]{_DESTINATION.format('i')}",
            r"!\[(?P<ralt>[^\[\]]*)\]\[(?P<ref>[^\[\]]*)\]",  # ![alt][label]
            r"<img\b[^<>]*?\b(?:data-src|src)\s*=\s*"
            r"(?:[\"'](?P<ha>[^\"'<>]+)[\"']|(?P<hb>[^\s\"'<>]+))[^<>]*>",
        )
    ),
    re.I,
)
# [label]: path — where a reference-style picture points; the line itself is not text.
_DEFINITION = re.compile(r"^\s{0,3}\[([^\[\]]+)\]:\s*(?:<([^<>]+)>|(\S+))")
_LINK = re.compile(r"\[([^\[\]]+)\]\([^()]*\)")
_EMPHASIS = re.compile(
    r"(\*\*|__|~~)(?=\S)((?:(?!\1).)+?)(?<=\S)\1|([*_`])(?=\S)((?:(?!\3).)+?)(?<=\S)\3"
)
_EMPHASIS_DEPTH = 3  # ***加粗斜体*** nests two deep; deeper nesting is left as typed
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


def _inline_text(line: str) -> str:
    line = _LINK.sub(r"\1", line)
    for _ in range(_EMPHASIS_DEPTH):  # nested emphasis such as ***加粗斜体***
        line, replaced = _EMPHASIS.subn(lambda m: m.group(2) or m.group(4), line)
        if not replaced:
            break
    return line


def _heading_text(text: str) -> str:
    """A heading without closing hashes ("## 标题 ##"); string methods, not a backtracking regex."""
    text = text.strip()
    bare = text.rstrip("#")
    if bare and not bare[-1].isspace():
        return text  # "C#" keeps its hash
    return bare.rstrip()


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


def _source(match: re.Match, references: dict[str, str]) -> tuple[str | None, str]:
    """The picture's path and alt text; no path for a reference that is never defined."""
    found = match.groupdict()
    alt = found["lalt"] or found["alt"] or found["ralt"] or ""
    if found["ref"] is not None:
        return references.get((found["ref"] or found["ralt"]).strip().lower()), alt
    names = ("la", "lb", "ia", "ib", "ha", "hb")
    return next(found[name] for name in names if found[name] is not None), alt


def _split_images(
    line: str, loader: ImageLoader, references: dict[str, str]
) -> tuple[str, list[tuple[int, object]]]:
    """Remove picture syntax from a line; return its text and the pictures' positions."""
    text, images, cursor, length = [], [], 0, 0
    for match in _ANY_IMAGE.finditer(line):
        source, alt = _source(match, references)
        if source is None:
            continue  # an undefined reference stays as typed
        text.append(_inline_text(line[cursor : match.start()]))
        length += len(text[-1])
        images.append((length, loader.load(source, alt)))
        cursor = match.end()
    text.append(_inline_text(line[cursor:]))
    return "".join(text), images


def _references(lines: list[str]) -> tuple[dict[str, str], set[int]]:
    """Reference definitions by lower-case label, and the numbers of the lines holding them."""
    references, holding = {}, set()
    for number, line in enumerate(lines):
        match = _DEFINITION.match(line)
        if match:
            references.setdefault(match[1].strip().lower(), match[2] or match[3])
            holding.add(number)
    return references, holding


def read_markdown(text: str, path: Path, encoding: str) -> Draft:
    builder = DraftBuilder()
    loader = ImageLoader(path.parent)
    paragraph: list[str] = []
    length = 0  # characters in ``paragraph``
    pictures: list[tuple[int, object]] = []
    kind = "body"

    def flush() -> None:
        nonlocal kind, length
        if paragraph or pictures:
            builder.add_paragraph("".join(paragraph), kind, inline_images=list(pictures))
        paragraph.clear()
        pictures.clear()
        kind, length = "body", 0

    lines = text.splitlines()
    references, definitions = _references(lines)
    for number, raw in enumerate(lines):
        if number in definitions:
            continue
        if not raw.strip() or _RULE.match(raw):
            flush()
            continue
        line = raw.strip()
        heading = _HEADING.match(line)
        if heading or _LIST.match(line):
            flush()
        if heading:
            kind, line = "heading", _heading_text(heading.group(2))
        elif _LIST.match(line):
            kind, line = "list", _LIST.sub("", line)
        elif _QUOTE.match(line):
            kind, line = "quote", _QUOTE.sub("", line)
        line, images = _split_images(line, loader, references)
        if paragraph and _needs_space(paragraph[-1], line):
            paragraph.append(" ")
            length += 1
        pictures.extend((length + pos, image) for pos, image in images)
        paragraph.append(line)
        length += len(line)
        if heading:
            flush()
    flush()
    return builder.build(path=path, fmt="md", encoding=encoding)
