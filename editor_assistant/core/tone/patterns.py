"""The lexicon's small pattern syntax, compiled into one fast matcher.

The syntax (explained for editors at the top of resources/lexicons/officialese.toml):
``text`` matches itself; ``…`` between parts is a gap of 1–8 characters in one clause, at the
end exactly the next two characters; ``[a|b]`` is one of the alternatives; a leading ``^``
anchors the phrase at the start of a clause.

Why this shape: Python's ``re`` slows down badly on one alternation of a hundred patterns
with groups (every position tries every branch). So the literal phrases go into one character
trie, which ``re`` scans fast, and each pattern with gaps or an anchor is tried only where its
first literal part stands, found by a second trie.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

GAP = "…"
ANCHOR = "^"
_ALTERNATIVES = re.compile(r"\[([^\[\]]+)\]")
_GAP_CHAR = r"[^\s，。；：、！？,.;:!?“”\"'《》（）()…]"
_INNER_GAP = f"({_GAP_CHAR}{{1,8}}?)"
_TRAILING_GAP = f"({_GAP_CHAR}{{2}})"
_CLAUSE_START = r"(?:^|(?<=[\s，。；：、！？,.;:!?“”\"'（）()]))"


class PatternError(ValueError):
    """A phrase that the pattern syntax cannot read; the message is in Chinese."""


def expand(phrase: str) -> list[str]:
    """Every variant of ``[a|b]`` alternatives, in order: ``[甲|乙]丙`` → 甲丙, 乙丙."""
    if phrase.count("[") != phrase.count("]"):
        raise PatternError(f"“{phrase}”中的方括号不成对")
    parts = _ALTERNATIVES.split(phrase)  # literal, choices, literal, choices, ...
    options = [[part] if i % 2 == 0 else part.split("|") for i, part in enumerate(parts)]
    variants = ["".join(combo) for combo in itertools.product(*options)]
    for variant in variants:
        body = variant.removeprefix(ANCHOR)
        if not body.replace(GAP, "") or body.startswith(GAP) or GAP * 2 in body:
            raise PatternError(f"“{phrase}”：省略号不能开头、不能相连，也不能只有省略号")
    return variants


def literal_length(variant: str) -> int:
    """Characters a variant matches for sure: the longer one is tried first."""
    return len(variant.removeprefix(ANCHOR).replace(GAP, ""))


def is_plain_literal(variant: str) -> bool:
    return GAP not in variant and not variant.startswith(ANCHOR)


def _variant_regex(variant: str) -> tuple[str, int]:
    anchored = variant.startswith(ANCHOR)
    pieces = variant.removeprefix(ANCHOR).split(GAP)
    regex = re.escape(pieces[0])
    for piece in pieces[1:]:
        regex += (_INNER_GAP + re.escape(piece)) if piece else _TRAILING_GAP
    return (_CLAUSE_START + regex if anchored else regex), len(pieces) - 1


def _trie_regex(words: list[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@dataclass(frozen=True)
class Hit:
    key: int  # what the caller registered the variant under
    start: int
    end: int
    gaps: tuple[str, ...]


class PhraseMatcher:
    """Finds many phrase variants in one pass; where matches overlap, the leftmost, then the
    longest, wins."""

    def __init__(self, variants: list[tuple[str, int]]) -> None:
        self._literal_keys = {v: key for v, key in variants if is_plain_literal(v)}
        self._literals = _compile_trie(list(self._literal_keys))
        # Patterns are tried only where their first literal part stands, found by one trie.
        self._by_head: dict[str, list[tuple[re.Pattern[str], int]]] = {}
        for variant, key in sorted(variants, key=lambda item: -literal_length(item[0])):
            if is_plain_literal(variant):
                continue
            head = variant.removeprefix(ANCHOR).split(GAP)[0]
            regex = re.compile(_variant_regex(variant)[0], re.MULTILINE)
            self._by_head.setdefault(head, []).append((regex, key))
        heads = _compile_trie(list(self._by_head))
        self._heads = re.compile(f"(?=({heads.pattern}))") if heads else None
        self._head_lengths = sorted({len(h) for h in self._by_head}, reverse=True)

    def _pattern_hits(self, text: str) -> Iterator[Hit]:
        if self._heads is None:
            return
        for candidate in self._heads.finditer(text):
            position = candidate.start()
            for length in self._head_lengths:
                for regex, key in self._by_head.get(text[position : position + length], ()):
                    match = regex.match(text, position)
                    if match:
                        yield Hit(key, match.start(), match.end(), match.groups())
                        break

    def finditer(self, text: str) -> Iterator[Hit]:
        literals = self._literals.finditer(text) if self._literals else ()
        hits = [Hit(self._literal_keys[m.group()], m.start(), m.end(), ()) for m in literals]
        hits += self._pattern_hits(text)
        hits.sort(key=lambda hit: (hit.start, hit.start - hit.end))
        reached = 0
        for hit in hits:
            if hit.start >= reached:
                reached = hit.end
                yield hit


def _compile_trie(words: list[str]) -> re.Pattern[str] | None:
    return re.compile(_trie_regex(words)) if words else None
