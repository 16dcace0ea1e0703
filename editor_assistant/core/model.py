"""The data every part of the app shares: Draft in, Finding and Report out.

A Draft is immutable once a reader has built it, so every check sees exactly the same
text, and spans stay valid from the check to the view or the export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def label(self) -> str:
        """The Chinese word every view shows for it."""
        return {"info": "提示", "warning": "警告", "error": "错误"}[self.value]


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the draft text: ``text[start:end]`` (no trailing newline)."""

    start: int
    end: int
    kind: str = "body"  # body | heading | table | list | quote
    # Index of the source element (docx ``w:p`` in document order); lets exports find it again.
    source_index: int | None = None


@dataclass(frozen=True)
class DraftImage:
    """A picture in the draft, placed at a character offset of the text."""

    offset: int
    source: str  # file path, URL, "data:" or "docx:<rId>"
    data: bytes | None = None  # None for remote pictures, which are never fetched
    width: int | None = None
    height: int | None = None
    remote: bool = False
    alt: str = ""
    error: str | None = None  # why the bytes could not be read or decoded

    @property
    def byte_size(self) -> int:
        return len(self.data) if self.data is not None else 0


@dataclass(frozen=True)
class DraftMedia:
    """A video or audio embedded in the draft (WeChat's video cards, <video>): never fetched."""

    offset: int
    kind: str  # video | audio
    source: str = ""


@dataclass(frozen=True)
class Draft:
    text: str
    paragraphs: tuple[Paragraph, ...]
    images: tuple[DraftImage, ...] = ()
    media: tuple[DraftMedia, ...] = ()
    title: str = ""
    account: str | None = None
    published_at: date | None = None
    date_source: str | None = None  # filename | text | docx_core | html_meta
    path: str | None = None  # None for pasted text and stdin
    format: str = "txt"  # txt | md | docx | html | paste
    encoding: str | None = None  # for text formats: the detected encoding

    @property
    def chars(self) -> int:
        """Characters the reader sees: whitespace does not count."""
        return sum(1 for ch in self.text if not ch.isspace())

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]


@dataclass(frozen=True)
class Suggestion:
    """What to write instead. ``safe`` means it may be applied without reading it first."""

    replacement: str | None = None  # text replacing the finding's span; None for advice only
    advice: str = ""
    safe: bool = False


@dataclass(frozen=True)
class Finding:
    rule: str  # stable dotted id, e.g. "officialese.cliche"
    severity: Severity
    message: str
    span: tuple[int, int] | None = None  # None: about the whole document
    suggestion: Suggestion | None = None
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def category(self) -> str:
        return self.rule.split(".", 1)[0]

    def sort_key(self) -> tuple[int, int, str]:
        start, end = self.span if self.span else (-1, -1)
        return (start, end, self.rule)


MEDIA_KINDS = ("video", "infographic", "chart", "gallery", "animation", "live", "qa", "map")
MEDIA_LABELS = {
    "video": "短视频",
    "infographic": "一图读懂",
    "chart": "数据图表",
    "gallery": "组图",
    "animation": "动画",
    "live": "直播",
    "qa": "问答",
    "map": "地图",
}


@dataclass(frozen=True)
class MultimediaSuggestion:
    kind: str  # video | infographic | chart | gallery | animation | live | qa | map
    reason: str
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class CheckError:
    check: str
    message: str


@dataclass
class CheckResult:
    """What one check hands back; the analyser merges these into a Report."""

    metrics: dict[str, Any] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    multimedia: list[MultimediaSuggestion] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Report:
    draft: Draft
    metrics: dict[str, Any]
    findings: tuple[Finding, ...]
    multimedia: tuple[MultimediaSuggestion, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)  # per check: breakdowns, matches
    errors: tuple[CheckError, ...] = ()
    checks_run: tuple[str, ...] = ()  # names of the checks that completed on this draft

    def findings_in(self, category: str) -> list[Finding]:
        return [f for f in self.findings if f.category == category]
