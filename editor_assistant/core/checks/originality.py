"""Originality: passages of the draft already published in past feed articles.

What it flags: ``originality.copied``, each passage found in an archived article (naming it);
``originality.uncited_repost`` when most of the draft is copied and no 来源/转自/转载 line
names the account it came from. ``metrics.originality`` = 100 × (1 − copied share).

Why: the city survey of government accounts found "原创的文章较少": accounts mostly repost
others. Local rules require a repost to name its source and every account to publish original
posts each month; WeChat refuses an 原创 declaration that collides with an earlier post.

Example: a draft repeating 清河公安's post of last week word for word, with a new first
paragraph and no "来源：清河公安" line, is 70% copied and gets both findings.

Not flagged: common strings shorter than ``min_passage_chars`` (set phrases such as
全面贯彻落实党的二十大精神); a new article on the topic of an old one; a repost of the
account's own post (no source line needed), or the draft itself once archived (same account and
date); anything when no archive is open (metric None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from editor_assistant.core.archive.align import Passage, common_passages, covered, merge_intervals
from editor_assistant.core.archive.fingerprint import fingerprint_texts
from editor_assistant.core.archive.normalize import NormalizedText, letters, normalize
from editor_assistant.core.context import CheckContext
from editor_assistant.core.model import CheckResult, Draft, Finding, Severity, Suggestion

NAME = "originality"
TITLE = "原创性"
DEFAULTS = {
    "max_distance": 2,  # bits between simhash fingerprints; the archive guarantees up to 2
    "max_candidates": 8,  # archived articles aligned character by character
    "min_passage_chars": 24,  # shorter common strings are set phrases, not copying
    "max_gap_chars": 4,  # a word changed inside a copied sentence keeps it one passage
    "min_match_chars": 30,  # an archived article sharing less than this is not a match
    "repost_fraction": 0.5,  # this share copied makes the draft a repost that must cite
}
_SOURCE_LINE = re.compile(r"(?:来源|来自|转自|转载自?|出处|稿源)\s*[:：]?\s*([^\n]{0,40})")


@dataclass(frozen=True)
class _Match:
    details: dict  # as reported in ``details["matches"]``
    passages: list[Passage]  # in normalised offsets of the draft and of the source
    source: NormalizedText


def _details(stored, passages: list[Passage], text: NormalizedText, source: NormalizedText):
    spans = merge_intervals([(p.draft_start, p.draft_end) for p in passages])
    source_spans = merge_intervals([(p.source_start, p.source_end) for p in passages])
    return {
        "archive_id": stored.info.id,
        "title": stored.info.title,
        "account": stored.info.account,
        "published_at": stored.info.published_at,
        "copied_fraction": round(covered(spans) / len(text), 4),
        "spans": [list(text.span(*span)) for span in spans],
        "source_spans": [list(source.span(*span)) for span in source_spans],
    }


def _matches(draft: Draft, text: NormalizedText, archive, own, options) -> list[_Match]:
    """Archived articles sharing passages with the draft, most copied first."""
    hashes = fingerprint_texts([draft.text], window_stride=1)[0].hashes
    itself = (draft.published_at.isoformat(), own) if draft.published_at else None
    found = []
    for candidate in archive.candidates(hashes, options["max_distance"], options["max_candidates"]):
        stored = archive.article(candidate.article_id)
        # Gone since the lookup, or the draft itself, archived once published.
        if stored is None or itself == (stored.info.published_at, stored.info.account):
            continue
        source = normalize(stored.content)
        passages = common_passages(
            text.codes, source.codes, options["min_passage_chars"], options["max_gap_chars"]
        )
        if covered([(p.draft_start, p.draft_end) for p in passages]) >= options["min_match_chars"]:
            found.append(_Match(_details(stored, passages, text, source), passages, source))
    # Most copied first; of equals, the earliest published is the likelier original.
    found.sort(key=lambda m: (-m.details["copied_fraction"], m.details["published_at"] or ""))
    return found


def _copied_findings(matches: list[_Match], text: NormalizedText) -> list[Finding]:
    findings = []
    claimed = np.zeros(len(text), dtype=bool)  # each passage is reported under its biggest source
    for match in matches:
        info = match.details
        where = "，".join(filter(None, (info["account"], info["published_at"]))) or "来源不详"
        for passage in match.passages:
            if claimed[passage.draft_start : passage.draft_end].mean() >= 0.5:
                continue
            claimed[passage.draft_start : passage.draft_end] = True
            source_span = match.source.span(passage.source_start, passage.source_end)
            findings.append(
                Finding(
                    rule="originality.copied",
                    severity=Severity.WARNING,
                    message=f"这段文字与往期稿件《{info['title'] or '无标题'}》（{where}）相同",
                    span=text.span(passage.draft_start, passage.draft_end),
                    suggestion=Suggestion(advice="如为转载，请注明来源；如要原创，请改写这段文字"),
                    data={"archive_id": info["archive_id"], "source_span": list(source_span)},
                )
            )
    return findings


def _uncited_repost(draft: Draft, own: str | None, matches: list[dict], copied: float):
    """None when the draft reposts its own account, or a 来源/转自/转载 line names an account
    it was copied from (any such line will do where the account is unknown)."""
    accounts = {m["account"] for m in matches}
    named = [letters(m.group(1)) for m in _SOURCE_LINE.finditer(draft.text)]
    if own in accounts or any(letters(a) in line for a in accounts for line in named):
        return None
    top = matches[0]
    return Finding(
        rule="originality.uncited_repost",
        severity=Severity.ERROR,
        message=f"转载未注明来源：全文约 {copied:.0%} 与《{top['title'] or '无标题'}》"
        f"（{top['account'] or '来源不详'}）相同",
        suggestion=Suggestion(advice=f"请在文首或文末注明“来源：{top['account'] or '原发账号'}”"),
        data={"archive_id": top["archive_id"], "copied_fraction": copied},
    )


def check(draft: Draft, context: CheckContext) -> CheckResult:
    if context.archive is None:
        details = {"copied_fraction": None, "matches": []}
        return CheckResult(metrics={"originality": None}, details=details)
    options = {**DEFAULTS, **context.settings.section(NAME)}
    text = normalize(draft.text)
    own = draft.account or context.settings.section("account").get("name") or None
    matches = _matches(draft, text, context.archive, own, options) if len(text) else []
    spans = [(p.draft_start, p.draft_end) for match in matches for p in match.passages]
    copied = round(covered(spans) / len(text), 4) if len(text) else 0.0
    findings = _copied_findings(matches, text)
    details = [match.details for match in matches]
    if details and copied >= options["repost_fraction"]:
        findings.extend(filter(None, [_uncited_repost(draft, own, details, copied)]))
    return CheckResult(
        metrics={"originality": round(100 * (1 - copied), 1)},
        findings=findings,
        details={"copied_fraction": copied, "matches": details},
    )
