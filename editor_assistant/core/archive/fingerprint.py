"""64-bit simhash fingerprints of whole texts, their paragraphs and windows of sentences.

This is the algorithm of the ``simhash`` package (Charikar's simhash: every feature hash votes
on every bit, a bit is set when more than half the features have it), implemented with numpy
over a whole batch of texts at once. The package hashes each feature with md5 in a Python loop:
2.4 ms per sample-feed article (420 characters) for the pieces below, which caps an import of
2,000-character articles near 80 a second; this takes 0.04 ms per article in a batch (see
benchmarks/RESULTS-originality.md).
``feature_hash`` is the same feature hash for one feature, so
``simhash.Simhash(features, hashfunc=feature_hash)`` gives exactly the values computed here
(a test checks it).

Features are character trigrams of normalised text that stay inside one sentence, so a sentence
has the same features wherever it is copied to. Fingerprints are taken over:
- the whole text, which finds whole copies;
- each paragraph of at least ``MIN_PARAGRAPH_CHARS``, which finds copied paragraphs;
- windows of ``WINDOW_SENTENCES`` consecutive sentences, which find copied passages whatever
  the paragraphing. The archive keeps every ``ARCHIVE_WINDOW_STRIDE``-th window and a draft
  looks up all of its windows, so any copied run of ``WINDOW_SENTENCES + stride - 1``
  sentences meets a stored window exactly.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from editor_assistant.core.archive.normalize import (
    PARAGRAPH_END,
    SENTENCE_END,
    SPACE,
    char_classes,
    code_points,
    fold_codes,
)

NGRAM = 3
WINDOW_SENTENCES = 2
ARCHIVE_WINDOW_STRIDE = 2
MIN_WINDOW_CHARS = 24
MIN_PARAGRAPH_CHARS = 30
# Stored with an archive: fingerprints made under another scheme cannot be compared.
SCHEME = (
    f"simhash64-ngram{NGRAM}-splitmix-window{WINDOW_SENTENCES}x{ARCHIVE_WINDOW_STRIDE}"
    f"-min{MIN_WINDOW_CHARS}-paragraph{MIN_PARAGRAPH_CHARS}"
)

_MASK = (1 << 64) - 1
_BASE = 0x100000001B3  # the FNV prime, as the base of a polynomial over code points
_LANES = np.uint64(0x0001000100010001)
_MIX1, _MIX2 = 0xBF58476D1CE4E5B9, 0x94D049BB133111EB  # splitmix64 finaliser


def _mix(values: np.ndarray) -> np.ndarray:
    values ^= values >> np.uint64(30)
    values *= np.uint64(_MIX1)
    values ^= values >> np.uint64(27)
    values *= np.uint64(_MIX2)
    values ^= values >> np.uint64(31)
    return values


def ngram_hashes(codes: np.ndarray, n: int = NGRAM) -> np.ndarray:
    """Hash of every n-gram ``codes[i:i+n]`` (uint64; wraps around like the scalar twin)."""
    if len(codes) < n:
        return np.zeros(0, dtype=np.uint64)
    wide = codes.astype(np.uint64)
    hashes = wide[: len(codes) - n + 1].copy()
    for k in range(1, n):
        hashes *= np.uint64(_BASE)
        hashes += wide[k : len(codes) - n + 1 + k]
    return _mix(hashes)


def feature_hash(feature: bytes) -> int:
    """The n-gram hash of one UTF-8 feature; fits ``simhash.Simhash(hashfunc=...)``."""
    value = 0
    for char in feature.decode("utf-8"):
        value = (value * _BASE + ord(char)) & _MASK
    for shift, factor in ((30, _MIX1), (27, _MIX2)):
        value = ((value ^ (value >> shift)) * factor) & _MASK
    return value ^ (value >> 31)


def _simhash(sums: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Bit k is set where more than half the features have bit k set."""
    bits = (2 * sums > counts[:, None]).astype(np.uint8)
    return np.packbits(bits, axis=1, bitorder="little").view("<u8").ravel().astype(np.uint64)


@dataclass(frozen=True)
class Fingerprinted:
    hashes: np.ndarray  # distinct simhash values (uint64)
    content_hash: int  # of the normalised text, signed 64-bit (fits SQLite INTEGER)
    length: int  # characters that are not whitespace


def _run_starts(labels: np.ndarray) -> np.ndarray:
    """Where each run of equal labels begins."""
    return np.flatnonzero(np.r_[True, labels[1:] != labels[:-1]]) if len(labels) else labels


def _content_hash(codes: np.ndarray) -> int:
    digest = hashlib.blake2b(codes.tobytes(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def _bit_sums(values: np.ndarray, runs: np.ndarray) -> np.ndarray:
    """For each run of values, how many have each of the 64 bits set.

    Bits k, k+16, k+32 and k+48 are counted at once in the four 16-bit lanes of one uint64
    sum: 16 passes over the data instead of 64. Runs too long for a 16-bit count are counted
    in pieces that are then added up.
    """
    if np.diff(np.r_[runs, len(values)]).max(initial=0) >= 1 << 16:
        pieces = np.union1d(runs, np.arange(0, len(values), 1 << 15))
        return np.add.reduceat(_bit_sums(values, pieces), np.searchsorted(pieces, runs), axis=0)
    sums = np.empty((len(runs), 64), dtype=np.int32)
    for k in range(16):
        lanes = np.add.reduceat((values >> np.uint64(k)) & _LANES, runs)
        for lane in range(4):
            sums[:, k + 16 * lane] = (lanes >> np.uint64(16 * lane)) & np.uint64(0xFFFF)
    return sums


class _Sentences:
    """Per sentence of a batch: owning text, paragraph, and running totals to sum any range."""

    def __init__(
        self,
        chars: np.ndarray,
        sentence_ids: np.ndarray,
        paragraph_ids: np.ndarray,
        owners: np.ndarray,
    ):
        starts = _run_starts(sentence_ids)
        count = len(starts)
        self.owner = owners[starts]
        self.paragraph = paragraph_ids[starts]
        # Trigrams that stay inside one sentence, and the sentence each belongs to.
        at = np.flatnonzero(sentence_ids[NGRAM - 1 :] == sentence_ids[: len(chars) - NGRAM + 1])
        grams = ngram_hashes(chars)[at]
        gram_sentence = (np.searchsorted(starts, at, side="right") - 1).astype(np.int64)
        sums = np.zeros((count + 1, 64), dtype=np.int32)
        if len(grams):
            runs = _run_starts(gram_sentence)
            sums[gram_sentence[runs] + 1] = _bit_sums(grams, runs)
        self.cum_sums = np.cumsum(sums, axis=0, dtype=np.int32)
        self.cum_grams = np.r_[0, np.cumsum(np.bincount(gram_sentence, minlength=count))]
        self.cum_chars = np.r_[0, np.diff(np.r_[starts, len(chars)]).cumsum()]

    def __len__(self) -> int:
        return len(self.owner)

    def simhash(self, first: np.ndarray, stop: np.ndarray, min_chars: int):
        """Simhash of sentences ``[first, stop)`` for each pair; short ranges are left out."""
        grams = self.cum_grams[stop] - self.cum_grams[first]
        keep = (self.cum_chars[stop] - self.cum_chars[first] >= min_chars) & (grams > 0)
        first, stop = first[keep], stop[keep]
        sums = self.cum_sums[stop] - self.cum_sums[first]
        return _simhash(sums, grams[keep]), self.owner[first]

    def ranges(self, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        first = _run_starts(labels)
        return first, np.r_[first[1:], len(labels)].astype(np.int64)

    def windows(self, stride: int) -> np.ndarray:
        """First sentence of each window inside one text, every ``stride``-th from its start."""
        text_first, _ = self.ranges(self.owner)
        first = np.arange(max(len(self) - WINDOW_SENTENCES + 1, 0))
        text_rank = np.cumsum(np.r_[False, self.owner[1:] != self.owner[:-1]])
        same_text = self.owner[first] == self.owner[first + WINDOW_SENTENCES - 1]
        position = first - text_first[text_rank[first]]
        return first[same_text & (position % stride == 0)]


def fingerprint_texts(texts: Sequence[str], window_stride: int) -> list[Fingerprinted]:
    """Fingerprints of many texts in one vectorised pass (the import's hot path)."""
    codes = code_points("\x00".join(text.replace("\x00", " ") for text in texts))
    folded = fold_codes(codes)
    classes = char_classes(codes)
    text_of_code = np.cumsum(codes == 0)  # a separator counts towards the text after it
    sizes = np.bincount(text_of_code, weights=(classes & SPACE) == 0, minlength=len(texts))
    sizes[1:] -= 1
    kept = np.flatnonzero(folded)
    chars, owners = folded[kept], text_of_code[kept]
    sentence_ids = np.cumsum((classes & SENTENCE_END) != 0)[kept]
    paragraph_ids = np.cumsum((classes & PARAGRAPH_END) != 0)[kept]
    sentences = _Sentences(chars, sentence_ids, paragraph_ids, owners)
    windows = sentences.windows(window_stride)
    parts = [
        sentences.simhash(*sentences.ranges(sentences.owner), 1),
        sentences.simhash(*sentences.ranges(sentences.paragraph), MIN_PARAGRAPH_CHARS),
        sentences.simhash(windows, windows + WINDOW_SENTENCES, MIN_WINDOW_CHARS),
    ]
    values = np.concatenate([part[0] for part in parts])
    value_owner = np.concatenate([part[1] for part in parts])
    order = np.lexsort((values, value_owner))
    values, value_owner = values[order], value_owner[order]
    distinct = np.ones(len(values), dtype=bool)
    distinct[1:] = (values[1:] != values[:-1]) | (value_owner[1:] != value_owner[:-1])
    values, value_owner = values[distinct], value_owner[distinct]
    value_bounds = np.searchsorted(value_owner, np.arange(len(texts) + 1))
    char_bounds = np.searchsorted(owners, np.arange(len(texts) + 1))
    return [
        Fingerprinted(
            hashes=values[value_bounds[i] : value_bounds[i + 1]],
            content_hash=_content_hash(chars[char_bounds[i] : char_bounds[i + 1]]),
            length=int(sizes[i]),
        )
        for i in range(len(texts))
    ]
