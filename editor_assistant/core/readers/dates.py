"""Where a draft's publish date comes from: the file name, a date line, or metadata."""

from __future__ import annotations

import re
from datetime import date

_FILENAME_DATE = re.compile(r"^(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
_DATE_LINE = re.compile(
    r"^\s*(?:发布时间|发布日期|日期|时间)\s*[:：]\s*"
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
)
# Only the head of a draft holds its date line; a date deep in the text is content.
_HEAD_LINES = 12


def _make_date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def date_from_filename(name: str) -> date | None:
    match = _FILENAME_DATE.match(name)
    return _make_date(*match.groups()) if match else None


def date_from_lines(lines: list[str]) -> date | None:
    for line in lines[:_HEAD_LINES]:
        match = _DATE_LINE.match(line)
        if match:
            return _make_date(*match.groups())
    return None
