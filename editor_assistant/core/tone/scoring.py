"""The officialese score: factors in points, added to a base and softly held within 0–100.

Each factor grows with its measure and levels off (``1 − e^(−x/scale)``), so no single habit
can max out the score, and a draft always scores higher when it gets stiffer in any way.
Points are on a 0–100 scale: the factor list in the report adds up to the raw score.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from editor_assistant.core.tone.structure import Structure

BASE = 35.0
PLAIN_BELOW = 35  # bands shown to the editor: 平实 < 35 ≤ 偏正式 < 60 ≤ 公文腔
STIFF_FROM = 60


@dataclass(frozen=True)
class Factor:
    name: str
    label: str  # Chinese, for the GUI card and the review sheet
    value: float  # the measure, in ``unit``
    unit: str
    contribution: float  # points added to (or taken from) the score

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "label": self.label,
            "value": round(self.value, 2),
            "unit": self.unit,
            "contribution": round(self.contribution, 1),
        }


def _grow(value: float, points: float, scale: float) -> float:
    return points * (1 - math.exp(-max(0.0, value) / scale))


def _per_100(count: float, total: int) -> float:
    return 100 * count / total if total else 0.0


def factors(
    found: Structure, phrase_weight: int, options_long: int, address_min: int
) -> list[Factor]:
    chars = found.chars
    concrete = sum(found.concrete.values())
    mean = found.mean_sentence
    lex = _per_100(phrase_weight, chars)
    four = _per_100(found.slogan_items + found.four_char_words, chars)
    abstract = _per_100(found.abstract_nouns, found.words)
    long_share = found.share_over(options_long)
    de = _per_100(len(found.de_chains), chars)
    formal = _per_100(found.formal_words, chars)
    facts = _per_100(concrete, chars)
    spoken = _per_100(found.colloquial, chars)
    address = _per_100(found.address, chars)
    silent = 1.0 if chars >= address_min and not found.address else 0.0
    return [
        Factor("phrases", "套话与公文用语", lex, "加权处/百字", _grow(lex, 30, 4)),
        Factor(
            "sentence_length", "平均句长", mean, "字", 12 * min(1.0, max(0.0, (mean - 20) / 30))
        ),
        Factor("long_sentences", "超长句占比", 100 * long_share, "%", 6 * long_share),
        Factor("four_char", "四字格与排比", four, "个/百字", _grow(four, 8, 4)),
        Factor("abstract_nouns", "抽象名词", abstract, "%", _grow(abstract, 14, 8)),
        Factor("de_chains", "“的”字长链", de, "处/百字", _grow(de, 4, 0.5)),
        Factor(
            "formal_words",
            "书面虚词（将、于、可、至、及）",
            formal,
            "个/百字",
            _grow(formal, 10, 2),
        ),
        Factor("no_reader", "长文不称呼读者", silent, "", 4 * silent),
        Factor(
            "concreteness",
            "具体信息（数字、时间、地点、电话、步骤）",
            facts,
            "处/百字",
            -_grow(facts, 22, 4),
        ),
        Factor("spoken", "口语与问答", spoken, "处/百字", -_grow(spoken, 10, 1)),
        Factor(
            "reader_address",
            "称呼读者（您、你、大家）",
            address,
            "次/百字",
            -_grow(address, 8, 0.5),
        ),
    ]


def squash(raw: float) -> float:
    """Linear from 10 to 90; beyond, it bends towards 0 and 100 without reaching them."""
    if raw > 90:
        return 90 + 10 * (1 - math.exp(-(raw - 90) / 10))
    if raw < 10:
        return 10 * math.exp((raw - 10) / 10)
    return raw


def band(score: float) -> tuple[str, str]:
    if score < PLAIN_BELOW:
        return "plain", "平实"
    if score < STIFF_FROM:
        return "mixed", "偏正式"
    return "stiff", "公文腔"
