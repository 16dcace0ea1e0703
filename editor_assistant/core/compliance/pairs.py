"""Quotes and brackets: pairs that do not close, close the wrong way, or mix styles.

Checked one paragraph at a time, with two allowances that Chinese typesetting (GB/T 15834)
makes: a quotation running over several paragraphs opens each one with “ and closes only in
the last, and list numbers such as 1） or 一） close a bracket that never opened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from editor_assistant.core.compliance.punctuation import is_chinese

PAIRS = {
    "“": "”",
    "‘": "’",
    "「": "」",
    "『": "』",
    "（": "）",
    "《": "》",
    "〈": "〉",
    "【": "】",
    "〔": "〕",
}
OPENERS = {close: open_ for open_, close in PAIRS.items()}
_MULTI_PARAGRAPH = "“‘「『"
_LIST_NUMBER = re.compile(r"(?:^|[\s。；：，、])(?:\d{1,2}|[A-Za-z]|[一二三四五六七八九十]{1,3})$")
CORNER_TO_CURLY = {"「": "“", "」": "”", "『": "‘", "』": "’"}


@dataclass(frozen=True)
class PairProblem:
    kind: str  # unclosed | unopened | mismatched
    position: int
    char: str
    other: str = ""  # for mismatched: the opener it was meant to close


@dataclass
class PairScan:
    problems: list[PairProblem] = field(default_factory=list)
    matched: list[tuple[int, int]] = field(default_factory=list)  # opener and closer offsets
    straight: list[tuple[int, str]] = field(default_factory=list)  # '"' offsets and “ or ”


def _is_apostrophe(text: str, i: int) -> bool:
    return text[i - 1 : i].isascii() and text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha()


def _is_list_number(text: str, start: int, i: int) -> bool:
    # The window is clipped at the paragraph start, so ^ there means "paragraph starts here".
    return bool(_LIST_NUMBER.search(text[max(start, i - 5) : i]))


def _scan_paragraph(text: str, start: int, end: int, next_start: str, scan: PairScan) -> None:
    stack: list[tuple[str, int]] = []
    for i in range(start, end):
        char = text[i]
        if char in PAIRS:
            stack.append((char, i))
        elif char in OPENERS:
            opener = OPENERS[char]
            if stack and stack[-1][0] == opener:
                scan.matched.append((stack.pop()[1], i))
            elif (char == "’" and _is_apostrophe(text, i)) or (
                char == "）" and _is_list_number(text, start, i)
            ):
                continue
            elif any(open_ == opener for open_, _ in stack):
                while stack[-1][0] != opener:
                    open_, at = stack.pop()
                    scan.problems.append(PairProblem("unclosed", at, open_))
                scan.matched.append((stack.pop()[1], i))
            elif stack:
                open_, _ = stack.pop()
                scan.problems.append(PairProblem("mismatched", i, char, open_))
            else:
                scan.problems.append(PairProblem("unopened", i, char))
    for open_, at in stack:
        if not (open_ in _MULTI_PARAGRAPH and next_start == open_):
            scan.problems.append(PairProblem("unclosed", at, open_))
    _straight_quotes(text, start, end, scan)


def _straight_quotes(text: str, start: int, end: int, scan: PairScan) -> None:
    """ASCII double quotes around Chinese become “ ”; an odd number cannot be paired."""
    found = [i for i in range(start, end) if text[i] == '"']
    if not any(is_chinese(text[i - 1 : i]) or is_chinese(text[i + 1 : i + 2]) for i in found):
        return
    if len(found) % 2:
        scan.problems.append(PairProblem("unclosed", found[-1], '"'))
        return
    scan.straight.extend((i, "“" if n % 2 == 0 else "”") for n, i in enumerate(found))


def scan_pairs(text: str, paragraphs: Iterable[tuple[int, int]]) -> PairScan:
    scan = PairScan()
    spans = list(paragraphs)
    for n, (start, end) in enumerate(spans):
        next_start = text[spans[n + 1][0]] if n + 1 < len(spans) else ""
        _scan_paragraph(text, start, end, next_start, scan)
    scan.problems.sort(key=lambda problem: problem.position)
    return scan


def mixed_quote_fixes(text: str, scan: PairScan) -> list[tuple[int, str]]:
    """Where a draft quotes with both “” and 「」, the corner ones become curly (mainland usage)."""
    styles = {text[open_] for open_, _ in scan.matched if text[open_] in "“‘「『"}
    if not (styles & {"“", "‘"} and styles & {"「", "『"}):
        return []
    return [
        (at, CORNER_TO_CURLY[text[at]])
        for pair in scan.matched
        for at in pair
        if text[at] in CORNER_TO_CURLY
    ]
