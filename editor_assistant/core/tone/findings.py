"""Findings for the officialese check: the words that cause the score, then the structure."""

from __future__ import annotations

from editor_assistant.core.model import Finding, Severity, Suggestion
from editor_assistant.core.tone.analysis import ToneReport
from editor_assistant.core.tone.lexicon import PhraseHit, categories
from editor_assistant.core.tone.options import ToneOptions

HEAVY_WEIGHT = 3  # entries this heavy are warnings: they say nothing to the reader
LONG_WARNING_FACTOR = 1.6  # a sentence this many times over the limit is a warning


def phrase_finding(text: str, hit: PhraseHit) -> Finding:
    entry = hit.entry
    category = categories()[entry.category]
    words = text[hit.start : hit.end]
    if hit.replacement is not None and hit.replacement != words:
        message = f"{category.label}“{words}”：可改为“{hit.replacement}”"
        if entry.advice:
            message += f"，{entry.advice}"
    else:
        message = f"{category.label}“{words}”：{entry.advice or '换一种读者听得懂的说法'}"
    return Finding(
        rule=category.rule,
        severity=Severity.WARNING if entry.weight >= HEAVY_WEIGHT else Severity.INFO,
        message=message,
        span=(hit.start, hit.end),
        suggestion=Suggestion(
            replacement=hit.replacement,
            advice=entry.advice or f"改为“{hit.replacement}”",
            safe=entry.safe and hit.replacement is not None,
        ),
        # "text" lets core.fixes skip the finding once the editor has changed these words.
        data={
            "text": words,
            "phrase": entry.phrase,
            "category": entry.category,
            "weight": entry.weight,
        },
    )


def structure_findings(report: ToneReport, options: ToneOptions) -> list[Finding]:
    found = report.structure
    limit = options.long_sentence_chars
    findings = []
    for sentence in found.sentences:
        if sentence.length > limit:
            heavy = sentence.length > limit * LONG_WARNING_FACTOR
            findings.append(
                Finding(
                    "officialese.long_sentence",
                    Severity.WARNING if heavy else Severity.INFO,
                    f"长句：这句有 {sentence.length} 字（建议不超过 {limit} 字），读到后面容易忘了前面",
                    (sentence.start, sentence.end),
                    Suggestion(advice="拆成两三句，每句只说一件事；先说读者最关心的结果"),
                    {"length": sentence.length, "limit": limit},
                )
            )
    for run, items in found.slogan_runs:
        findings.append(
            Finding(
                "officialese.slogan_run",
                Severity.INFO,
                f"连续 {items} 个对仗短语“{run.text}”：读起来像口号，读者记不住也不知道具体做什么",
                (run.start, run.end),
                Suggestion(advice="留下最要紧的一项，换成具体的事：谁、做了什么、结果如何"),
                {"items": items},
            )
        )
    for clause, count in found.de_chains:
        findings.append(
            Finding(
                "officialese.de_chain",
                Severity.INFO,
                f"“的”字连用 {count} 次：“{clause.text}”，定语太长，读者要倒回去找主语",
                (clause.start, clause.end),
                Suggestion(advice="拆成两句，或把长定语改成动词句：“……的……的工作”→“我们要……”"),
                {"count": count},
            )
        )
    if found.chars >= options.reader_address_min_chars and not found.address:
        findings.append(
            Finding(
                "officialese.no_reader_address",
                Severity.INFO,
                f"全文 {found.chars} 字，没有一处称呼读者（您、你、大家）",
                None,
                Suggestion(advice="直接对读者说话，如“您可以……”“家里有老人的朋友请注意……”"),
                {"chars": found.chars},
            )
        )
    for problem in report.lexicon.problems:
        findings.append(Finding("officialese.settings", Severity.INFO, problem))
    return findings
