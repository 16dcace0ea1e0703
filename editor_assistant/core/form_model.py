"""A linear model that ranks the media forms of a draft, and says when it needs none.

Why a model next to the cues: hand-written cues alone found an expected form for about 78 % of
drafts nobody had tuned them on, and they cannot tell a 采购结果公告 that needs nothing from a
policy post that needs 一图读懂. The model reads what the cues found (each kind's score against
its threshold, each cue's hits) and the draft's words, and gives each kind a probability, plus
one for "plain text is fine". Its weights are fitted by ``tools/train_multimedia.py`` on the
calibration drafts in ``resources/calibration/multimedia`` and shipped as data
(``resources/models/multimedia.json``); nothing is downloaded or trained at run time.

Features are computed here, by the same code for training and checking, so the two never drift.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

import numpy as np

from editor_assistant.core.resources import resource_path
from editor_assistant.core.tone.segmenter import tokenizer

NONE = "none"  # the model's extra output: the draft needs no other form than text
MAX_RATIO = 3.0  # past three times its threshold a kind's cue score says nothing more
TYPICAL_WORDS = 120  # distinct words in a typical post; longer drafts' words weigh less each


@dataclass(frozen=True)
class Token:
    word: str
    start: int


def tokens(text: str) -> list[Token]:
    """Words of two or more characters that are not bare numbers, with their positions. By
    dictionary only, as in the tone check: jieba's HMM guesses glue phrases into fake words."""
    return [
        Token(word, start)
        for word, start, _ in tokenizer().tokenize(text, HMM=False)
        if len(word) >= 2 and not word.replace(".", "").isdigit() and not word.isspace()
    ]


def features(
    title: str,
    words: list[Token],
    ratios: Mapping[str, float],
    cue_hits: Mapping[str, int],
    plain_hits: int,
    length: int,
) -> dict[str, float]:
    """The draft as the model reads it, by feature name (cues are named by kind and pattern, so
    adding a cue does not shift the others). Each word of a long draft weighs less, so that a
    long or mixed post does not drown what its cues found in the sum of many small weights."""
    found: dict[str, float] = {"bias": 1.0}
    for kind, ratio in ratios.items():
        found[f"ratio:{kind}"] = min(ratio, MAX_RATIO)
    for cue, count in cue_hits.items():
        found[f"cue:{cue}"] = math.log1p(count)
    distinct = {token.word for token in words}
    share = min(1.0, TYPICAL_WORDS / max(len(distinct), 1))
    for word in distinct:
        found[f"word:{word}"] = share
    for token in tokens(title):
        found[f"title:{token.word}"] = 1.0
    if plain_hits:
        found["plain"] = math.log1p(plain_hits)
    found["short"] = 1.0 if length < 250 else 0.0
    found["long"] = 1.0 if length > 1000 else 0.0
    return found


@dataclass(frozen=True)
class FormModel:
    kinds: tuple[str, ...]  # the eight kinds and NONE, in the order of the weight columns
    index: dict[str, int]
    weights: np.ndarray  # one row per feature name in ``index``
    common: frozenset[str] = frozenset()  # words in many drafts: they never pick the passage

    def probabilities(self, found: Mapping[str, float]) -> dict[str, float]:
        logits = np.zeros(len(self.kinds))
        for name, value in found.items():
            row = self.index.get(name)
            if row is not None:
                logits += value * self.weights[row]
        return dict(zip(self.kinds, (1.0 / (1.0 + np.exp(-logits))).tolist(), strict=True))

    def word_weight(self, word: str, kind: str) -> float:
        """How much a word speaks for ``kind`` when picking a passage (0: common or unseen)."""
        row = None if word in self.common else self.index.get(f"word:{word}")
        return 0.0 if row is None else float(self.weights[row, self.kinds.index(kind)])


FORMAT = 1


def from_json(data: Mapping) -> FormModel:
    if data.get("format") != FORMAT or data["kinds"][-1] != NONE:
        raise ValueError(f"多媒体形式模型的格式不对（format {data.get('format')}），请重新安装程序")
    names = sorted(data["weights"])
    weights = np.array([data["weights"][name] for name in names], dtype=float)
    index = {name: i for i, name in enumerate(names)}
    return FormModel(tuple(data["kinds"]), index, weights, frozenset(data["common_words"]))


@cache
def shipped_model() -> FormModel:
    """The model in ``resources/models/multimedia.json``; read once per process."""
    path = resource_path("models", "multimedia.json")
    return from_json(json.loads(path.read_text(encoding="utf-8")))
