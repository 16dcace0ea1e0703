"""Sentences and clauses with their character offsets in the draft text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

# A sentence runs to 。！？ (with closing quotes) or to the end of its paragraph. Semicolons
# do not end one: a run of ；-joined clauses is exactly the long sentence readers stumble on.
_SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?…]+[”’」』）)]*)?")
_CLAUSE = re.compile(r"[^，、；：,;:。！？!?\n]+")
_COUNTED = re.compile(r"[^\s。！？!?，、；：,;:“”‘’「」『』（）()《》【】…—·]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @cached_property
    def length(self) -> int:
        """Characters a reader reads: punctuation and spaces do not count."""
        return len(_COUNTED.findall(self.text))


def sentences(text: str, start: int, end: int) -> Iterator[Span]:
    for match in _SENTENCE.finditer(text, start, end):
        body = match.group().strip()
        if _COUNTED.search(body):
            offset = match.start() + match.group().index(body)
            yield Span(offset, offset + len(body), body)


def clauses(sentence: Span) -> Iterator[Span]:
    for match in _CLAUSE.finditer(sentence.text):
        body = match.group().strip()
        if body:
            offset = sentence.start + match.start() + match.group().index(body)
            yield Span(offset, offset + len(body), body)


def counted_chars(text: str) -> int:
    return len(_COUNTED.findall(text))
