"""The week's drafts, parsed from their sources into format-neutral blocks.

Source format (tools/sample_sources/week/*.txt): a "key: value" header, a "---" line, then the
body: "# title", "## subheading", "![caption](image)" (prefix "remote:", "data:" or "float:"),
"| a | b |" table rows, "@feed <title> | <paragraph ranges>[ | headings]" to copy paragraphs
verbatim from a feed article, and one paragraph per other line ("**bold**" and " <br> " inline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .feed import Article
from .paths import SOURCES

HEADING_RE = re.compile(r"^[一二三四五六七八九十]+、\S{2,16}$")
IMAGE_RE = re.compile(r"^!\[(?P<caption>[^\]]*)\]\((?P<spec>[^)]+)\)$")
FEED_RE = re.compile(r"^@feed (?P<title>.+?) \| (?P<ranges>[\d,\-]+)(?: \| (?P<opt>\w+))?$")


@dataclass
class Block:
    kind: str  # title | h2 | p | img | table
    text: str = ""
    spec: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Draft:
    meta: dict[str, str]
    blocks: list[Block]

    @property
    def file(self) -> str:
        return self.meta["file"]

    @property
    def fmt(self) -> str:
        return self.meta["format"]

    @property
    def title(self) -> str:
        return self.blocks[0].text

    def listed(self, key: str) -> list[str]:
        value = self.meta.get(key, "")
        return [item.strip() for item in value.split("||") if item.strip()]


def parse_ranges(text: str) -> list[int]:
    numbers: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        numbers.extend(range(int(lo), int(hi or lo) + 1))
    return numbers


def expand_feed(line: str, feed: dict[str, Article]) -> list[Block]:
    match = FEED_RE.match(line)
    if not match:
        raise ValueError(f"bad @feed line: {line}")
    article = feed[match["title"]]
    blocks = []
    for number in parse_ranges(match["ranges"]):
        text = article.paragraphs[number - 1]
        heading = match["opt"] == "headings" and HEADING_RE.match(text)
        blocks.append(Block("h2" if heading else "p", text=text))
    return blocks


def parse_body(lines: list[str], feed: dict[str, Article]) -> list[Block]:
    blocks: list[Block] = []
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("# "):
            blocks.append(Block("title", text=line[2:].strip()))
        elif line.startswith("## "):
            blocks.append(Block("h2", text=line[3:].strip()))
        elif line.startswith("@feed "):
            blocks.extend(expand_feed(line, feed))
        elif match := IMAGE_RE.match(line):
            blocks.append(Block("img", text=match["caption"], spec=match["spec"]))
        elif line.startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
        else:
            blocks.append(Block("p", text=line.strip()))
    if not blocks or blocks[0].kind != "title":
        raise ValueError("a draft must start with its '# title'")
    return blocks


def load_drafts(feed: dict[str, Article]) -> list[Draft]:
    drafts = []
    for path in sorted((SOURCES / "week").glob("*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
        meta = {}
        for line in head.splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
        drafts.append(Draft(meta, parse_body(body.splitlines(), feed)))
    return drafts


def image_name(spec: str) -> str:
    return spec.split(":", 1)[1] if ":" in spec else spec
