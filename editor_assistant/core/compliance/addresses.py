"""Detailed home addresses: the part of an address that leads to one household's door.

A road and house number alone (人民路88号) is an office, a shop or a venue far more often than a
home, so it counts only after a home cue (家住…). Building + unit + room, …号…室, 村…组…号 and
the compact 3-2-501 form lead to a household and count unless the clause says it is an office
or a venue (政务服务中心三楼302室, 报名地点…).
"""

from __future__ import annotations

import re

from editor_assistant.core.compliance.context_cues import (
    HOME,
    PUBLIC_PLACE,
    clause_after,
    clause_before,
)

_NUM = r"(?:\d{1,4}|[一二三四五六七八九十]{1,3})"
_BUILDING = rf"{_NUM}(?:号楼|栋|幢|座)"
_UNIT = rf"{_NUM}(?:单元|门)"
_ROOM = r"\d{1,4}(?:室|户)"
_END = r"(?![\d年月日元万亿个人次号楼栋幢平米㎡吨套间层%])"

DETAILED = re.compile(
    "|".join(
        (
            rf"(?:\d{{1,5}}号院?)?{_BUILDING}[- ]?{_UNIT}(?:[- ]?\d{{1,4}}(?:室|户|号)?)?{_END}",
            rf"\d{{1,5}}号院?(?:{_BUILDING})?(?:{_UNIT})?{_ROOM}",
            rf"{_BUILDING}[- ]?(?:{_ROOM}|\d{{3,4}}{_END})",
            rf"(?<=[村庄屯]){_NUM}[组队]\d{{1,4}}号{_END}",
            r"(?<![\d-])\d{1,5}号(?:\d{1,2}-)?\d{1,2}-\d{3,4}(?![\d-])",
        )
    )
)
# Building-unit-room in figures (3-2-501): a home when the clause names a housing estate.
_COMPACT = re.compile(r"(?<![\d-])\d{1,3}-\d{1,2}-\d{3,4}(?![\d-])")
_ESTATE = re.compile("小区|花园|家园|公寓|新村|宿舍|社区|家属院|号院|[苑城府庭湾里村]$")
# After a home cue, a building or a house number is enough.
_AFTER_HOME = re.compile(
    rf"(?:\d{{1,5}}号院?)?{_BUILDING}(?:{_UNIT})?|{_NUM}[组队](?:\d{{1,4}}号)?|\d{{1,5}}号院?{_END}"
)
_HOME_REACH = 30  # characters after 家住… in which the address is looked for
_OFFICE_AFTER = re.compile("办公|窗口|大厅|会议|服务")


def _is_home(text: str, start: int) -> bool:
    return bool(HOME.search(clause_before(text, start, _HOME_REACH)))


def _is_public(text: str, start: int, end: int) -> bool:
    return bool(
        PUBLIC_PLACE.search(clause_before(text, start))
        or _OFFICE_AFTER.match(clause_after(text, end).lstrip("（("))
    )


def find_home_addresses(text: str) -> list[tuple[int, int]]:
    """Spans of detailed home addresses, in order; the span covers the numbered part."""
    taken: list[tuple[int, int]] = []

    def take(start: int, end: int) -> None:
        if not any(s < end and start < e for s, e in taken):
            taken.append((start, end))

    for match in DETAILED.finditer(text):
        if _is_home(text, match.start()) or not _is_public(text, *match.span()):
            take(*match.span())
    for match in _COMPACT.finditer(text):
        home = _is_home(text, match.start())
        estate = _ESTATE.search(clause_before(text, match.start()).rstrip())
        if home or (estate and not _is_public(text, *match.span())):
            take(*match.span())
    for cue in HOME.finditer(text):
        window_end = cue.end() + len(clause_after(text, cue.end(), _HOME_REACH))
        for match in _AFTER_HOME.finditer(text, cue.end(), window_end):
            take(*match.span())
    return sorted(taken)
