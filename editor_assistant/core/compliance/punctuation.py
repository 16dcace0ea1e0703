"""Punctuation inside Chinese text: half-width marks, repeats, ellipses and stray spaces.

Each finder yields ``Mark(kind, start, end, replacement)``. The half-width rule is careful with
numbers, times, URLs and English: a mark counts only when Chinese stands right before it, or
Chinese follows it and no digit stands before it, so 1,000, 9:00, http://, “Hello, world” and
“第1,2条” are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
OPENING = "“‘「『（《〈【〔"
CLOSING = "”’」』）》〉】〕"
FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_SPACES = " \t\u3000\u00a0"
_NO_SPACE_AFTER = "，。、；：？！" + OPENING
_NO_SPACE_BEFORE = "，。、；：？！" + CLOSING

_HALF_WIDTH_RUN = re.compile(r"[,:;!?]+")
_FULL_WIDTH_REPEAT = re.compile(r"([！？。，、；：])\1+")
_ELLIPSIS = re.compile(r"\.{3,}|…+|。{3,}")
_SPACE_RUN = re.compile(f"[{_SPACES}]+")
_HALF_WIDTH_PARENS = re.compile(r"\(([^()\n]*)\)")
# 1-10月, 3-5天: a hyphen between two numbers that a Chinese unit follows. GB/T 15834 joins the
# ends of a time span with “—” and the ends of a numeric range with “～”.
_RANGE = re.compile(
    r"(?<![\d.:/-])\d+(?:\.\d+)?(-)\d+(?:\.\d+)?(?![\d.:/-])"
    r"(?=(?P<time>年|月|日|时|点)|(?:天|周|岁|个|人|次|元|万|亿|千|百|%|公里|千米|米|小时|分钟|名|家|项|户))"
)


@dataclass(frozen=True)
class Mark:
    kind: str  # halfwidth | repeated | ellipsis | space
    start: int
    end: int
    replacement: str


def is_chinese(char: str, punctuation: str = OPENING + CLOSING) -> bool:
    """A Chinese character, or one of the given full-width marks."""
    return bool(char) and (bool(CJK.match(char)) or char in punctuation)


def _neighbours(text: str, start: int, end: int) -> tuple[str, str, int]:
    """The char before, the first char after any spaces, and where those spaces end."""
    before = text[start - 1] if start else ""
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    return before, text[after : after + 1], after


def half_width_marks(text: str) -> Iterator[Mark]:
    for match in _HALF_WIDTH_RUN.finditer(text):
        run = match.group()
        before, following, spaces_end = _neighbours(text, match.start(), match.end())
        english_follows = spaces_end > match.end() and following.isascii() and following.isalpha()
        # A closing quote before the mark, or an opening one after it, belongs to Chinese text;
        # “How are you?” ends with ? then ”, which says nothing about the language.
        chinese_before = is_chinese(before, CLOSING) and not english_follows
        chinese_after = is_chinese(following, OPENING) and before != "" and not before.isdigit()
        # ! and ? never sit inside a number, so “电话13812345678!” ends a Chinese sentence too.
        sentence_end = (
            set(run) <= {"!", "?"}
            and following in ("", "\n")
            and bool(CJK.search(text[max(0, match.start() - 12) : match.start()]))
        )
        if not (chinese_before or chinese_after or sentence_end):
            continue
        # The spaces an English typist puts after the mark go with it: “今天, 我们” → “今天，我们”.
        end = (
            spaces_end if following in ("", "\n") or is_chinese(following, OPENING) else match.end()
        )
        if len(run) > 1 and len(set(run)) == 1:
            yield Mark("repeated", match.start(), end, FULL_WIDTH[run[0]])
        else:
            yield Mark("halfwidth", match.start(), end, "".join(FULL_WIDTH[c] for c in run))


def half_width_parens(text: str) -> Iterator[Mark]:
    """( ) around Chinese words: (一) → （一）. Around 2.5 or PM2.5 they stay."""
    for match in _HALF_WIDTH_PARENS.finditer(text):
        if CJK.search(match.group(1)):
            yield Mark("halfwidth", match.start(), match.start() + 1, "（")
            yield Mark("halfwidth", match.end() - 1, match.end(), "）")


def range_dashes(text: str) -> Iterator[Mark]:
    for match in _RANGE.finditer(text):
        dash = "—" if match.group("time") else "～"
        yield Mark("range", match.start(1), match.end(1), dash)


def repeated_marks(text: str) -> Iterator[Mark]:
    for match in _FULL_WIDTH_REPEAT.finditer(text):
        if match.group(1) != "。" or len(match.group()) == 2:  # 。。。 is an ellipsis
            yield Mark("repeated", match.start(), match.end(), match.group(1))


def ellipsis_marks(text: str) -> Iterator[Mark]:
    """“...”, “。。。” or a lone “…” after Chinese: the Chinese ellipsis is “……”."""
    for match in _ELLIPSIS.finditer(text):
        if match.group() != "……" and is_chinese(text[match.start() - 1 : match.start()]):
            yield Mark("ellipsis", match.start(), match.end(), "……")


def stray_spaces(text: str) -> Iterator[Mark]:
    for match in _SPACE_RUN.finditer(text):
        before = text[match.start() - 1 : match.start()]
        after = text[match.end() : match.end() + 1]
        if before in ("", "\n") or after in ("", "\n"):
            continue
        if (before and before in _NO_SPACE_AFTER) or (after and after in _NO_SPACE_BEFORE):
            yield Mark("space", match.start(), match.end(), "")
