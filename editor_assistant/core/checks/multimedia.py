"""Multimedia: which form would carry the draft better than plain text, best first.

What it suggests: a video for events, ceremonies and demonstrations; 一图读懂 for policies and
procedures; a chart for dense figures; a photo gallery for several places or scenes; an
animation for processes nobody can see; a live stream for a big event still to come; a Q&A
for several common questions; a map for routes, traffic control and sites. Each suggestion
names the passage that calls for it and says how to do it.

How: cues (data in ``resources/rules/multimedia.toml``) find what calls for each kind — figures,
steps, scenes, places — and where; the form model (``core/form_model.py``) reads what the cues
found with the draft's words and ranks the kinds, with an output of its own for "plain text is
fine". A kind is offered best first while the model gives it at least ``min_chance`` (a kind
no cue hit needs ``uncued_chance``); the passage is where its cues weigh most, or else the
sentence whose words speak for it most. A draft of more than ``WHOLE_CHARS`` is read in parts:
a form any part calls for is offered.

Why: the city survey of government accounts found that major news never came with video or
animation and that content was text-only and monotonous; the national 政府网站与政务新媒体检查
指标 ask that policies be explained with 图解、音视频、动漫 and other forms readers take in.

Example: "上半年地区生产总值同比增长6.2%，规上工业增加值同比增长8.3%……" gets a chart:
"文中有4组同比、环比数据（如“同比增长6.2%”）：把它们做成柱状图或折线图，标出增减幅度".

Deliberately not suggested: anything for a post the model reads as fine in plain text (放假安排,
任前公示, 采购结果, 更正, 会议消息); a form the draft already carries (an embedded video, a 【视频】
mark, 一图读懂, 组图, a picture whose alt text says 示意图 or 图表). A form the text announces or is
written in (a live stream to come, 问：答： paragraphs) is still offered, with advice on doing it
well. Pictures alone do not make a gallery: a post with several photos may still be better
published as one.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from editor_assistant.core import form_model
from editor_assistant.core.context import CheckContext
from editor_assistant.core.cues import compiled, load_rules, sentence_span, shorten
from editor_assistant.core.model import MEDIA_KINDS, CheckResult, Draft, MultimediaSuggestion

NAME = "multimedia"
TITLE = "多媒体形式建议"
KINDS = MEDIA_KINDS
MIN_CHARS = 15  # shorter than any post ("怎么办？"): nothing to carry in another form
WHOLE_CHARS = 2000  # up to this a draft is read at once (every calibration draft is)
PART_CHARS = 1000  # a longer one is read in parts of about this many characters
_CLAUSE_END = "，,。；;！？!?\n"


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
    found = {
        e["kind"]
        for e in rules["already"]
        if "advice" not in e and compiled(e["pattern"]).search(haystack)
    }
    return found | {"video" for media in draft.media if media.kind == "video"}


def announced_forms(draft: Draft, rules: dict[str, Any]) -> dict[str, MultimediaSuggestion]:
    """Forms the text announces or is written in (a live stream to come, 问：答：): still the
    right form, so they are offered with advice on doing them well."""
    found: dict[str, MultimediaSuggestion] = {}
    for entry in rules["already"]:
        match = compiled(entry["pattern"]).search(draft.text) if "advice" in entry else None
        if match and entry["kind"] not in found:
            span = sentence_span(draft.text, match.start())
            hit = quote(draft.text, *span)
            found[entry["kind"]] = MultimediaSuggestion(
                entry["kind"], entry["advice"].format(hit=hit), span
            )
    return found


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
    return cues[lead]["advice"].format(hit=quote(text, quoted.start, quoted.end), count=len(own))


def quote(text: str, start: int, end: int, limit: int = 24) -> str:
    """What a reason puts inside “…”: whole numbers; a short hit ("1." "（三）" "15%" "第二届")
    widened to the clause it opens; inner quotes turned single, dropped when unpaired; one line
    of at most ``limit`` characters."""
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] == "."):
        start -= 1
    if end - start < 4:
        end = start
        while end < len(text) and text[end] not in _CLAUSE_END and end - start < limit:
            end += 1
    piece = text[start:end].strip().replace("“", "‘").replace("”", "’")
    if piece.count("‘") != piece.count("’"):
        piece = piece.replace("‘", "").replace("’", "")
    return shorten(piece.strip('"').rstrip("，,。；;：:（(‘“"), limit)


@dataclass(frozen=True)
class Reading:
    """What the check reads in a draft: cue hits per kind, words, and the model's features —
    of the whole draft, and of each part when the draft is long enough to be read in parts."""

    hits: dict[str, list[Hit]]
    ratios: dict[str, float]
    words: list[form_model.Token]
    features: dict[str, float]
    parts: list[dict[str, float]]


def cue_names(cues: list[dict[str, Any]]) -> list[str]:
    """A name per cue that survives adding or moving other cues: its kind and its pattern."""
    return [f"{c['kind']}:{hashlib.sha1(c['pattern'].encode()).hexdigest()[:8]}" for c in cues]


def parts(draft: Draft) -> list[tuple[int, int]]:
    """Runs of whole paragraphs of about ``PART_CHARS``, for a draft longer than ``WHOLE_CHARS``.
    The model learned from posts of up to ~1,600 characters; a 5,000-character policy text or a
    week's round-up read at once hits every cue of every kind and looks like nothing it knows."""
    if len(draft.text) <= WHOLE_CHARS or not draft.paragraphs:
        return []
    found: list[tuple[int, int]] = []
    for paragraph in draft.paragraphs:
        if found and paragraph.end - found[-1][0] <= PART_CHARS:
            found[-1] = (found[-1][0], paragraph.end)
        else:
            found.append((paragraph.start, paragraph.end))
    return found


def read(draft: Draft, rules: dict[str, Any]) -> Reading:
    hits = kind_hits(draft.text, rules["cue"])
    names = cue_names(rules["cue"])
    title = draft.title or (draft.text.split("\n", 1)[0])
    plain = sum(1 for e in rules["plain"] if compiled(e["pattern"]).search(title))
    words = form_model.tokens(draft.text)
    threshold = {kind: rules["kind"][kind]["threshold"] for kind in KINDS}

    def features(start: int, end: int) -> tuple[dict[str, float], dict[str, float]]:
        inside = {kind: [h for h in hits[kind] if start <= h.start < end] for kind in KINDS}
        ratios = {kind: sum(h.weight for h in inside[kind]) / threshold[kind] for kind in KINDS}
        counts = Counter(names[h.cue] for kind in KINDS for h in inside[kind] if h.weight)
        some = [token for token in words if start <= token.start < end]
        return ratios, form_model.features(title, some, ratios, counts, plain, end - start)

    ratios, whole = features(0, len(draft.text))
    return Reading(hits, ratios, words, whole, [features(*span)[1] for span in parts(draft)])


def _word_passage(
    draft: Draft, words: list[form_model.Token], kind: str, model: form_model.FormModel
) -> tuple[int, int] | None:
    """For a kind no cue hit: the sentence whose words speak for it most."""
    weights: dict[tuple[int, int], float] = {}
    for token in words:
        weight = model.word_weight(token.word, kind)
        if weight > 0:
            span = sentence_span(draft.text, token.start)
            weights[span] = weights.get(span, 0.0) + weight
    return max(weights, key=lambda span: (weights[span], -span[0])) if weights else None


def _suggest(
    draft: Draft,
    reading: Reading,
    kind: str,
    rules: dict[str, Any],
    model: form_model.FormModel,
    reach: int,
) -> MultimediaSuggestion | None:
    weighed = [h for h in reading.hits[kind] if h.weight]
    if weighed:
        span = _passage(draft, weighed, reach)
        reason = _reason(draft.text, reading.hits[kind], rules["cue"], span)
        return MultimediaSuggestion(kind, reason, span)
    span = _word_passage(draft, reading.words, kind, model)
    if span is None:
        return None
    quoted = quote(draft.text, *span, limit=16)
    return MultimediaSuggestion(kind, rules["kind"][kind]["advice"].format(hit=quoted), span)


def check(draft: Draft, context: CheckContext) -> CheckResult:
    model = form_model.shipped_model()
    if model.kinds != (*KINDS, form_model.NONE):  # a model file from another version
        raise ValueError("多媒体形式模型与程序版本不符，请重新安装程序")
    return suggest(draft, context.settings.section(NAME), model)


def suggest(draft: Draft, settings: dict[str, Any], model: form_model.FormModel) -> CheckResult:
    """The check with a given model (training scores models that are not shipped)."""
    limit = int(settings.get("max_suggestions", 3))
    reach = int(settings.get("passage_chars", 120))
    floor = min(max(float(settings.get("min_chance", 0.15)), 0.0), 1.0)
    rules = load_rules(NAME)
    # A kind no cue hit rests on the draft's words alone: it needs the model to be surer.
    uncued = max(floor, float(rules["uncued_chance"]))
    reading = read(draft, rules)
    carried = carried_forms(draft, rules)
    announced = {k: s for k, s in announced_forms(draft, rules).items() if k not in carried}
    # A draft calls for a form where the model's "plain text is fine" does not outweigh every
    # form; a long one calls for the forms its calling parts call for, and is plain if none calls.
    readings = [model.probabilities(found) for found in reading.parts or [reading.features]]
    calling = [r for r in readings if r[form_model.NONE] < max(r[kind] for kind in KINDS)]
    chances = {kind: max(r[kind] for r in calling or readings) for kind in KINDS}
    chances[form_model.NONE] = min(r[form_model.NONE] for r in calling or readings)
    suggestions: list[MultimediaSuggestion] = []
    if calling and len(draft.text.strip()) >= MIN_CHARS:
        for kind in sorted((k for k in KINDS if k not in carried), key=lambda k: -chances[k]):
            cued = kind in announced or any(h.weight for h in reading.hits[kind])
            if chances[kind] < (floor if cued else uncued):
                continue
            suggestion = announced.get(kind) or _suggest(draft, reading, kind, rules, model, reach)
            if suggestion:
                suggestions.append(suggestion)
            if len(suggestions) == limit:
                break
    details = {
        "scores": {kind: round(reading.ratios[kind], 2) for kind in KINDS},
        "chances": {kind: round(chance, 3) for kind, chance in chances.items()},
        "already": sorted(carried),
        "announced": sorted(announced),
    }
    return CheckResult(multimedia=suggestions, details=details)
