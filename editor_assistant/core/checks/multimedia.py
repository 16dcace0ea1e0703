"""Multimedia: which form would carry the draft better than plain text, best first.

What it suggests: a video for events, ceremonies and demonstrations; 一图读懂 for policies and
procedures; a chart for dense figures; a photo gallery for several places or scenes; an
animation for processes nobody can see; a live stream for a big event still to come; a Q&A
for several common questions; a map for routes, traffic control and sites. Each suggestion
names the passage that calls for it and says how to do it.

Why: the city survey of government accounts found that major news never came with video or
animation and that content was text-only and monotonous; the national 政府网站与政务新媒体检查
指标 ask that policies be explained with 图解、音视频、动漫 and other forms readers take in.

Example: "上半年地区生产总值同比增长6.2%，规上工业增加值同比增长8.3%……" gets a chart:
"文中有4组同比、环比数据（如“同比增长6.2%”）：把它们做成柱状图或折线图，标出增减幅度".

Deliberately not suggested: anything for a plain short notice (放假安排, 任前公示) where no cue
reaches its kind's threshold (a runner-up at half its threshold is offered only once another
kind passes in full); a form the draft already carries (a 【视频】 mark, 一图读懂, 组图, a
picture whose alt text says 示意图 or 图表, 问：/答： paragraphs). Pictures alone do not make a
gallery: a post with several photos may still be better published as one.
Cues are data in ``resources/rules/multimedia.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from editor_assistant.core.context import CheckContext
from editor_assistant.core.cues import compiled, load_rules, sentence_span, shorten
from editor_assistant.core.model import CheckResult, Draft, MultimediaSuggestion

NAME = "multimedia"
TITLE = "多媒体形式建议"
KINDS = ("video", "infographic", "chart", "gallery", "animation", "live", "qa", "map")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    weight: float
    cue: int  # index of the cue in the rules


def kind_hits(text: str, cues: list[dict[str, Any]]) -> dict[str, list[Hit]]:
    """Hits per kind. Cues sharing a ``group`` read the same thing (a figure, a question, a
    list), so the stronger one claims the text first and it is never counted twice. Hits past
    a cue's ``max_hits`` weigh nothing but are kept, so a reason can say how many there are."""
    found: dict[str, list[Hit]] = {kind: [] for kind in KINDS}
    claimed: dict[str, list[Hit]] = {}
    for index in sorted(range(len(cues)), key=lambda i: -cues[i]["weight"]):
        cue = cues[index]
        taken = claimed.setdefault(cue.get("group", f"cue{index}"), [])
        counted = 0
        for match in compiled(cue["pattern"]).finditer(text):
            if match.end() == match.start() or any(
                match.start() < hit.end and hit.start < match.end() for hit in taken
            ):
                continue
            weight = cue["weight"] if counted < cue.get("max_hits", 1) else 0.0
            hit = Hit(match.start(), match.end(), weight, index)
            taken.append(hit)
            found[cue["kind"]].append(hit)
            counted += 1
    return found


def carried_forms(draft: Draft, rules: dict[str, Any]) -> set[str]:
    """Forms the draft already has: embedded videos, or marks in its text or pictures' alt text."""
    haystack = "\n".join([draft.text, *(image.alt for image in draft.images if image.alt)])
    found = {e["kind"] for e in rules["already"] if compiled(e["pattern"]).search(haystack)}
    return found | {"video" for media in draft.media if media.kind == "video"}


def _passage(draft: Draft, hits: list[Hit], reach: int) -> tuple[int, int]:
    """Where the kind's cues weigh most: a run of paragraphs at most ``reach`` characters
    long (a list spreads over several short ones), narrowed to the sentences that hit."""
    text = draft.text
    paragraphs = [(p.start, p.end) for p in draft.paragraphs] or [(0, len(text))]
    windows = []
    for first, (start, _) in enumerate(paragraphs):
        end = paragraphs[first][1]
        for _, later_end in paragraphs[first + 1 :]:
            if later_end - start > reach:
                break
            end = later_end
        weight = sum(h.weight for h in hits if start <= h.start < end)
        windows.append((weight, -(end - start), start, end))
    _, _, start, end = max(windows)
    inside = sorted((h for h in hits if start <= h.start < end), key=lambda h: h.start)
    return sentence_span(text, inside[0].start)[0], sentence_span(text, inside[-1].start)[1]


def _reason(text: str, hits: list[Hit], cues: list[dict[str, Any]], span: tuple[int, int]) -> str:
    """The advice of the cue that weighs most, quoting what triggered it."""
    totals: dict[int, float] = {}
    for hit in hits:
        totals[hit.cue] = totals.get(hit.cue, 0.0) + hit.weight
    lead = max(totals, key=lambda index: (totals[index], -index))
    own = [h for h in hits if h.cue == lead]
    quoted = next((h for h in own if span[0] <= h.start < span[1]), own[0])
    end = quoted.end
    if end - quoted.start < 4:  # a bare "1." or "（三）" says nothing: quote its sentence
        end = sentence_span(text, quoted.start)[1]
    hit_text = shorten(text[quoted.start : end]).strip("“”")  # the advice adds quotes
    return cues[lead]["advice"].format(hit=hit_text, count=len(own))


def check(draft: Draft, context: CheckContext) -> CheckResult:
    settings = context.settings.section(NAME)
    limit = int(settings.get("max_suggestions", 3))
    reach = int(settings.get("passage_chars", 120))
    rules = load_rules(NAME)
    cues = rules["cue"]
    hits = kind_hits(draft.text, cues)
    carried = carried_forms(draft, rules)
    scores = {kind: round(sum(h.weight for h in hits[kind]), 2) for kind in KINDS}
    ratios = {kind: scores[kind] / rules["kind"][kind]["threshold"] for kind in KINDS}
    share = float(settings.get("runner_up_share", rules.get("runner_up_share", 1.0)))
    ranked = sorted((k for k in KINDS if k not in carried), key=lambda kind: -ratios[kind])
    # Once one form clears its full threshold the post does call for media, and a kind that
    # reaches ``share`` of its own is a fair second choice; a post that calls for none gets none.
    floor = share if ranked and ratios[ranked[0]] >= 1 else 1.0
    called = [kind for kind in ranked if ratios[kind] >= floor]
    suggestions = []
    for kind in called[:limit]:
        span = _passage(draft, hits[kind], reach)
        reason = _reason(draft.text, hits[kind], cues, span)
        suggestions.append(MultimediaSuggestion(kind, reason, span))
    details = {"scores": scores, "already": sorted(carried)}
    return CheckResult(multimedia=suggestions, details=details)
