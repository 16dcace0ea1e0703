"""Service completeness: does a service post tell readers when, where, what, how and whom?

What it flags: in a service post (办理, 申请, 报名, 缴费, 预约, 领取, 备案 …) each missing element
gets its own finding: time or period (``service.missing_time``), place or online entry
(``missing_place``), materials (``missing_materials``), steps (``missing_steps``), a phone
number (``missing_contact``), a link, QR code or mini-program (``missing_entry``). In any post,
a vague referral such as "详情请咨询相关部门" with no number next to it is ``service.dead_end``.
Metrics: ``service_post`` and ``service_completeness`` (0–100, None for other posts).

Why: the city survey of government accounts found service posts lacking practical details and
online consultation going unanswered; the national 政府网站与政务新媒体检查指标 count 办事服务
that cannot be completed from the post, and local rules ask for 办理时间、地点、材料、流程和
咨询电话 in every 办事指南.

Example: "2025年度城乡居民医保开始缴费……每人每年400元" with no phone number gets
``service.missing_contact``: "办事类稿件没有留咨询电话".

Deliberately not flagged: news that merely mentions a service verb once ("该公司申请了专利");
a referral that names a number in the same or the next sentence ("详情请咨询相关部门，电话……").
Cues are data in ``resources/rules/service.toml``.
"""

from __future__ import annotations

import re
from typing import Any

from editor_assistant.core.context import CheckContext
from editor_assistant.core.cues import compiled, first_match, load_rules, sentence_span, shorten
from editor_assistant.core.model import CheckResult, Draft, Finding, Severity, Suggestion

NAME = "service"
TITLE = "办事信息完整性"
ELEMENTS = ("time", "place", "materials", "steps", "contact", "entry")


def service_score(text: str, rules: dict[str, Any]) -> float:
    """Each trigger counts once per sentence it hits, so one busy sentence cannot decide."""
    score = 0.0
    for trigger in rules["trigger"]:
        sentences = {
            sentence_span(text, m.start()) for m in compiled(trigger["pattern"]).finditer(text)
        }
        score += trigger["weight"] * min(len(sentences), trigger.get("max_hits", 1))
    return score


def find_elements(text: str, rules: dict[str, Any]) -> dict[str, re.Match[str] | None]:
    """The earliest hit of each element's cues, or None when the element is missing."""
    cues = rules["element_cue"]
    return {
        element: first_match((c for c in cues if c["element"] == element), text)
        for element in ELEMENTS
    }


def dead_ends(text: str, rules: dict[str, Any], is_service: bool) -> list[re.Match[str]]:
    """Vague referrals with no number, link or QR code in their sentence or the next one."""
    reachable = [c for c in rules["element_cue"] if c["element"] in ("contact", "entry")]
    found = []
    for cue in rules["dead_end_cue"]:
        if cue.get("service_only") and not is_service:
            continue
        for match in compiled(cue["pattern"]).finditer(text):
            start, end = sentence_span(text, match.start())
            if end < len(text):
                end = sentence_span(text, min(end + 1, len(text) - 1))[1]
            overlaps = any(m.start() < match.end() and match.start() < m.end() for m in found)
            if not overlaps and not first_match(reachable, text[start:end]):
                found.append(match)
    return sorted(found, key=lambda m: m.start())


def _dead_end_finding(match: re.Match[str], rules: dict[str, Any]) -> Finding:
    dead_end = rules["dead_end"]
    return Finding(
        rule="service.dead_end",
        severity=Severity.WARNING,
        message=dead_end["message"].format(hit=shorten(match.group())),
        span=match.span(),
        suggestion=Suggestion(advice=dead_end["advice"]),
    )


def _missing_finding(element: str, rules: dict[str, Any]) -> Finding:
    spec = rules["element"][element]
    return Finding(
        rule=f"service.missing_{element}",
        severity=Severity(spec["severity"]),
        message=spec["message"],
        suggestion=Suggestion(advice=spec["advice"]),
        data={"element": element},
    )


def check(draft: Draft, context: CheckContext) -> CheckResult:
    rules = load_rules(NAME)
    settings = context.settings.section(NAME)
    threshold = float(settings.get("threshold", rules["detect"]["threshold"]))
    text = draft.text
    score = service_score(text, rules)
    is_service = score >= threshold
    findings = [_dead_end_finding(m, rules) for m in dead_ends(text, rules, is_service)]
    details: dict[str, Any] = {"service_post": is_service, "score": score}
    if not is_service:
        metrics = {"service_post": False, "service_completeness": None}
        return CheckResult(metrics=metrics, findings=findings, details=details)
    elements = find_elements(text, rules)
    missing = [element for element in ELEMENTS if elements[element] is None]
    findings.extend(_missing_finding(element, rules) for element in missing)
    details["found"] = {
        element: {"label": rules["element"][element]["label"], "span": m.span(), "text": m.group()}
        for element, m in elements.items()
        if m is not None
    }
    details["missing"] = missing
    completeness = round(100 * (len(ELEMENTS) - len(missing)) / len(ELEMENTS))
    metrics = {"service_post": True, "service_completeness": completeness}
    return CheckResult(metrics=metrics, findings=findings, details=details)
