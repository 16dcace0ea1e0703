"""The breakdown behind the score, shaped for the GUI card and the review sheet."""

from __future__ import annotations

from collections import Counter
from typing import Any

from editor_assistant.core.tone.analysis import ToneReport
from editor_assistant.core.tone.lexicon import categories
from editor_assistant.core.tone.options import ToneOptions

TOP_PHRASES = 5
NOTABLE_POINTS = 4  # a factor worth naming in the summary line moves the score this much
REASONS = 3


def _examples(counter: Counter, count: int = 3) -> str:
    return "、".join(word for word, _ in counter.most_common(count))


def _reason(name: str, report: ToneReport, value: float) -> str:
    found = report.structure
    weights: Counter = Counter()
    for hit in report.hits:
        weights[report.matched(hit)] += hit.entry.weight
    texts = {
        "phrases": f"套话和公文用语 {len(report.hits)} 处（如{_examples(weights)}）",
        "sentence_length": f"平均句长 {found.mean_sentence:.0f} 字",
        "long_sentences": f"{value:.0f}% 的句子过长",
        "four_char": "四字短语和排比多",
        "abstract_nouns": f"抽象名词多（{_examples(found.abstract_examples)}）",
        "de_chains": "“的”字长链",
        "formal_words": "书面虚词多（将、于、可、至……）",
        "no_reader": "没有称呼读者",
        "concreteness": "有具体的时间、地点、数字或办法",
        "spoken": "用了口语和问答",
        "reader_address": "直接称呼读者",
    }
    return texts[name]


def summary_line(report: ToneReport) -> str:
    """One line: the band, what pushes the score up, and what holds it down."""
    if not report.structure.chars:
        return "没有正文，未评文风。"
    ranked = sorted(report.factors, key=lambda f: -abs(f.contribution))
    up = [_reason(f.name, report, f.value) for f in ranked if f.contribution >= NOTABLE_POINTS]
    down = [_reason(f.name, report, f.value) for f in ranked if f.contribution <= -NOTABLE_POINTS]
    # Whole points, rounded down: 34.8 is 平实 (below 35) and must not read as “35 分”.
    line = f"{report.band_label}（{int(report.score)} 分）"
    if report.band == "plain":
        parts = ["，".join(down[:REASONS])] if down else []
        parts += [f"可留意：{'，'.join(up[:2])}"] if up else []
    else:
        parts = [f"主要因为{'，'.join(up[:REASONS])}"] if up else []
        parts += [f"好在{'，'.join(down[:2])}"] if down else []
    return line + ("：" + "；".join(parts) if parts else "") + "。"


def details(report: ToneReport, options: ToneOptions) -> dict[str, Any]:
    found = report.structure
    lengths = [s.length for s in found.sentences]
    by_category = Counter(categories()[hit.entry.category].label for hit in report.hits)
    phrases = Counter(report.matched(hit) for hit in report.hits)
    result: dict[str, Any] = {
        "score": report.score,
        "band": report.band,
        "band_label": report.band_label,
        "summary": summary_line(report),
        "factors": [f.as_dict() for f in report.factors],
        "sentences": {
            "count": len(lengths),
            "mean": round(found.mean_sentence, 1),
            "longest": max(lengths, default=0),
            "limit": options.long_sentence_chars,
            "share_over_limit": round(found.share_over(options.long_sentence_chars), 3),
        },
        "phrases": {
            "count": len(report.hits),
            "by_category": dict(by_category.most_common()),
            "top": [[p, n] for p, n in phrases.most_common(TOP_PHRASES)],
        },
        "concrete": dict(found.concrete),
        "reader_address": found.address,
    }
    if report.readability:  # absent for a draft with no sentences, as in the metrics (None)
        result["readability"] = report.readability.as_dict()
    return result
