"""Character-level alignment: which stretches of a draft also stand in one archived article.

Both texts are normalised (see ``normalize``), so punctuation, width and whitespace never break
a match. Seeds are common runs of ``SEED_CHARS`` characters found by hashing; seeds on one
diagonal (same offset between draft and source) that touch form one exact common string; such
strings a few characters apart on both sides are chained into one passage, so a copied
sentence with a word changed still counts as copied. Only passages of ``min_chars`` or more
are kept: shorter common strings are set phrases (全面贯彻落实党的二十大精神), not copying.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from editor_assistant.core.archive.fingerprint import ngram_hashes

SEED_CHARS = 8
# A seed found more often than this in the source is boilerplate and proves nothing.
_MAX_SEED_REPEATS = 4


@dataclass(frozen=True)
class Passage:
    """``draft[draft_start:draft_end]`` was found at ``source[source_start:source_end]``."""

    draft_start: int
    draft_end: int
    source_start: int
    source_end: int


def equal_pairs(
    keys: np.ndarray, queries: np.ndarray, max_repeats: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Every ``(query index, key index)`` with equal values, queries matching more than
    ``max_repeats`` keys left out: a vectorised hash join."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    low = np.searchsorted(ordered, queries, side="left")
    count = np.searchsorted(ordered, queries, side="right") - low
    if max_repeats is not None:
        count[count > max_repeats] = 0
    query_at = np.repeat(np.arange(len(queries)), count)
    within = np.arange(len(query_at)) - np.repeat(np.cumsum(count) - count, count)
    return query_at, order[np.repeat(low, count) + within]


def _exact_runs(draft: np.ndarray, source: np.ndarray) -> list[Passage]:
    """Maximal common strings of at least ``SEED_CHARS`` characters, by draft position."""
    draft_seeds, source_seeds = ngram_hashes(draft, SEED_CHARS), ngram_hashes(source, SEED_CHARS)
    draft_at, source_at = equal_pairs(source_seeds, draft_seeds, _MAX_SEED_REPEATS)
    total = len(draft_at)
    if not total:
        return []
    diagonal = source_at - draft_at
    by_diagonal = np.lexsort((draft_at, diagonal))
    draft_at, source_at, diagonal = (
        draft_at[by_diagonal],
        source_at[by_diagonal],
        diagonal[by_diagonal],
    )
    breaks = (diagonal[1:] != diagonal[:-1]) | (draft_at[1:] != draft_at[:-1] + 1)
    first = np.flatnonzero(np.r_[True, breaks])
    last = np.r_[first[1:], total] - 1
    runs = [
        Passage(
            int(draft_at[f]),
            int(draft_at[e]) + SEED_CHARS,
            int(source_at[f]),
            int(source_at[e]) + SEED_CHARS,
        )
        for f, e in zip(first, last, strict=True)
    ]
    return sorted(runs, key=lambda run: (run.draft_start, run.source_start))


def common_passages(
    draft: np.ndarray, source: np.ndarray, min_chars: int = 24, max_gap: int = 4
) -> list[Passage]:
    """Passages of the draft found in the source (normalised code point arrays)."""
    passages: list[Passage] = []
    current: Passage | None = None
    for run in _exact_runs(draft, source):
        if current is not None and (
            -SEED_CHARS <= run.draft_start - current.draft_end <= max_gap
            and -SEED_CHARS <= run.source_start - current.source_end <= max_gap
        ):
            current = Passage(
                current.draft_start,
                max(current.draft_end, run.draft_end),
                current.source_start,
                max(current.source_end, run.source_end),
            )
            continue
        if current is not None:
            passages.append(current)
        current = run
    if current is not None:
        passages.append(current)
    return [p for p in passages if p.draft_end - p.draft_start >= min_chars]


def merge_intervals(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching ``[start, end)`` intervals joined, sorted."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def covered(intervals: list[tuple[int, int]]) -> int:
    return sum(end - start for start, end in merge_intervals(intervals))
