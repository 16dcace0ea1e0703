"""Self-checks that fail the build loudly if a sample would not show what it claims to."""

from __future__ import annotations

import re
import zipfile
from datetime import date

import docx

from .drafts import Draft
from .expectations import date_source
from .feed import Article
from .paths import WEEK
from .render_docx import docx_created

WEEK_START = date(2026, 11, 23)
WEEK_END = date(2026, 11, 29)
FEED_START = date(2026, 6, 1)
FEED_END = date(2026, 11, 20)

CJK_RE = re.compile(r"[\u4e00-\u9fff]")
MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
LONG_DIGITS_RE = re.compile(r"(?<!\d)\d{15,19}[\dXx]?(?!\d)")


def id_check_digit(first17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11]


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        digit = int(ch) * (2 if i % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def check_feed(articles: list[Article]) -> None:
    assert len(articles) >= 64, len(articles)
    assert len({a.title for a in articles}) == len(articles), "feed titles must be unique"
    for a in articles:
        day = date.fromisoformat(a.published_at)
        assert FEED_START <= day <= FEED_END, a.title
        assert 300 <= len(a.content) <= 2000, (a.title, len(a.content))


def check_personal_data(draft: Draft, text: str) -> None:
    planted = draft.listed("personal_data")
    for item in planted:
        assert item in text, (draft.file, item)
        if len(item) == 18:
            assert id_check_digit(item[:17]) == item[17], item
        elif len(item) == 19:
            assert luhn_ok(item), item
    stray = [m for m in MOBILE_RE.findall(text) + LONG_DIGITS_RE.findall(text) if m not in planted]
    assert not stray, (draft.file, stray)


def check_draft(draft: Draft, text: str, feed: dict[str, Article]) -> None:
    cjk = len(CJK_RE.findall(text))
    assert 400 <= cjk <= 2500, (draft.file, cjk)
    first = text.lstrip("\ufeff").lstrip().splitlines()[0].lstrip("# ").strip()
    assert first == draft.title, (draft.file, first)
    day = date.fromisoformat(draft.meta["published_at"])
    assert WEEK_START <= day <= WEEK_END, draft.file
    if date_source(draft) == "filename":
        assert draft.file.startswith(draft.meta["published_at"]), draft.file
    if date_source(draft) == "text":
        assert f"发布时间：{draft.meta['published_at']}" in text, draft.file
    for slip in draft.listed("slips"):
        assert slip in text, (draft.file, slip)
    check_personal_data(draft, text)
    compact = re.sub(r"\s+", "", text)
    for title in draft.listed("copies_from"):
        copied = [p for p in feed[title].paragraphs if p in compact]
        assert copied, (draft.file, title)
    if draft.meta.get("same_topic_as"):
        assert not any(p in compact for p in feed[draft.meta["same_topic_as"]].paragraphs)
    assert ("来源：" in text) == (draft.meta.get("copy_kind") == "mixed_two"), draft.file


def check_docx(draft: Draft) -> None:
    document = docx.Document(str(WEEK / draft.file))
    assert document.core_properties.title == draft.title
    assert document.core_properties.created.replace(tzinfo=None) == docx_created(draft)
    assert document.paragraphs[0].style.name == "Heading 1"
    with zipfile.ZipFile(WEEK / draft.file) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
        assert not any(name.startswith("docProps/thumbnail") for name in zf.namelist())
    floats = sum(1 for b in draft.blocks if b.kind == "img" and b.spec.startswith("float:"))
    assert xml.count("<wp:anchor ") == floats, draft.file
