"""A Chinese readability figure shown beside the tone score.

    readability = 100 − 1.5 × max(0, ASL − 10) − 3 × UW        (clamped to 0–100)

ASL is the average sentence length in characters (punctuation not counted; a sentence ends at
。！？ or at the end of a paragraph). UW is the percentage of words that are uncommon by jieba's
dictionary frequencies (see ``structure.is_uncommon``). Like the classic formulas for Chinese
(荆溪昱's, or the sentence-length and rare-word measures used in graded readers), it rewards
short sentences and everyday words; it knows nothing of meaning.

Scale (higher is easier):
  65–100 易读  sentences of about 25 characters or fewer, hardly a rare word: read at a glance
  40–65  适中  some long sentences or rare words: fine for readers who want the details
   0–40  难读  sentences of 40+ characters on average, or many rare words: readers must reread
"""

from __future__ import annotations

from dataclasses import dataclass

from editor_assistant.core.tone.structure import Structure

EASY_FROM = 65
HARD_BELOW = 40


@dataclass(frozen=True)
class Readability:
    score: int
    band: str  # easy | moderate | hard
    label: str  # Chinese band name
    mean_sentence: float
    uncommon_share: float  # percent

    def as_dict(self) -> dict[str, object]:
        return {
            "score": self.score,
            "band": self.band,
            "label": self.label,
            "mean_sentence": self.mean_sentence,
            "uncommon_share": self.uncommon_share,
        }


def readability(structure: Structure) -> Readability | None:
    """None for a draft with no prose sentences: there is nothing to read."""
    if not structure.sentences:
        return None
    mean = structure.mean_sentence
    uncommon = 100 * structure.uncommon_words / structure.words if structure.words else 0.0
    raw = 100 - 1.5 * max(0.0, mean - 10) - 3 * uncommon
    score = round(min(100.0, max(0.0, raw)))
    if score >= EASY_FROM:
        band, label = "easy", "易读"
    elif score >= HARD_BELOW:
        band, label = "moderate", "适中"
    else:
        band, label = "hard", "难读"
    return Readability(score, band, label, round(mean, 1), round(uncommon, 1))
