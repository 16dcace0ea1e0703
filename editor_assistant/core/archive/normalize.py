"""Text as the copy check compares it: letters, digits and hanzi only, width folded, lowercase.

Full-width and half-width forms, punctuation and whitespace never decide whether a passage was
copied. Every kept character remembers its offset in the original text, so spans found in the
normalised text map straight back to what the editor sees.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np

# Character classes, as bit flags: "\n" ends a paragraph and "\x00" separates texts in a batch.
SENTENCE_END, PARAGRAPH_END, SPACE = 1, 2, 4
_SENTENCE_ENDS = "。！？!?；;…"
_PARAGRAPH_ENDS = "\n\x00"
_BMP = 0x10000


def _fold(char: str) -> str:
    """One character folded as NFKC and lowercase; kept only if that stays one character."""
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) != 1:
        folded = char
    lower = folded.lower()
    return lower if len(lower) == 1 else folded


@cache
def _fold_table() -> np.ndarray:
    """Code point -> folded code point for the BMP; 0 drops the character (~30 ms, once)."""
    table = np.zeros(_BMP, dtype=np.uint32)
    for code in range(_BMP):
        folded = _fold(chr(code))
        if folded.isalnum():
            table[code] = ord(folded)
    return table


@cache
def _class_table() -> np.ndarray:
    table = np.zeros(_BMP, dtype=np.uint8)
    for code in range(_BMP):
        char = chr(code)
        if char in _SENTENCE_ENDS:
            table[code] |= SENTENCE_END
        if char in _PARAGRAPH_ENDS:
            table[code] |= SENTENCE_END | PARAGRAPH_END
        if char.isspace():
            table[code] |= SPACE
    return table


def code_points(text: str) -> np.ndarray:
    """The text as an array of code points; index i is ``text[i]``."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


# Code points beyond the BMP are looked up as U+FFFF, which is no letter, space or stop.


def char_classes(codes: np.ndarray) -> np.ndarray:
    """``SENTENCE_END | PARAGRAPH_END | SPACE`` flags of each character."""
    return _class_table()[np.minimum(codes, _BMP - 1)]


def fold_codes(codes: np.ndarray) -> np.ndarray:
    """Folded code point of each character, 0 where the character does not count."""
    folded = _fold_table()[np.minimum(codes, _BMP - 1)]
    for index in np.flatnonzero(codes >= _BMP):  # rare: emoji, CJK extension B
        char = chr(int(codes[index]))
        folded[index] = int(codes[index]) if char.isalnum() else 0
    return folded


@dataclass(frozen=True)
class NormalizedText:
    codes: np.ndarray  # folded code points of the kept characters (uint32)
    offsets: np.ndarray  # offset in the original text of each kept character (int64)

    def __len__(self) -> int:
        return len(self.codes)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original-text span of the normalised characters ``[start, end)``."""
        return int(self.offsets[start]), int(self.offsets[end - 1]) + 1


def normalize(text: str) -> NormalizedText:
    codes = code_points(text)
    folded = fold_codes(codes)
    kept = np.flatnonzero(folded)
    return NormalizedText(folded[kept], kept.astype(np.int64))


def letters(text: str) -> str:
    """The normalised text as a string, for comparing short texts such as account names."""
    return "".join(map(chr, normalize(text).codes))
