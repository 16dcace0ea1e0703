"""Cue matching shared by the checks that look for words and patterns in a draft.

Cues are data (``resources/rules/<name>.toml``); this module loads them once, compiles
their patterns once, and finds the sentence around a hit. Chinese has no word boundaries,
so patterns are plain regular expressions without ``\\b``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from typing import Any

from editor_assistant.core.resources import resource_path

# A sentence ends at these marks (and at a paragraph break); closing quotes stay with it.
_SENTENCE_END = "。！？!?；;\n"
_CLOSERS = "”’」』）)"


@cache
def load_rules(name: str) -> dict[str, Any]:
    """The parsed ``resources/rules/<name>.toml``; read once per process."""
    with resource_path("rules", f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    # MULTILINE so that data can anchor a cue at the start of a paragraph with ``^``.
    return re.compile(pattern, re.MULTILINE)


def first_match(entries: Iterable[dict[str, Any]], text: str) -> re.Match[str] | None:
    """The earliest hit of any entry's ``pattern`` in ``text``."""
    found = [m for e in entries if (m := compiled(e["pattern"]).search(text))]
    return min(found, key=lambda m: m.start()) if found else None


def sentence_span(text: str, position: int) -> tuple[int, int]:
    """The sentence around ``position``: from after the previous end mark to its own end mark."""
    start = position
    while start > 0 and text[start - 1] not in _SENTENCE_END:
        start -= 1
    end = position
    while end < len(text) and text[end] not in _SENTENCE_END:
        end += 1
    if end < len(text) and text[end] != "\n":
        end += 1
        while end < len(text) and text[end] in _CLOSERS:
            end += 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def shorten(text: str, limit: int = 24) -> str:
    """A hit quoted in a message: one line, at most ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
