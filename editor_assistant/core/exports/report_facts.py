"""What every export says about a Report, worded once: check titles, lights, source, privacy.

Exports read the Report generically: a check that is missing, switched off or still being
written shows as "未检查" rather than as a pass.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from editor_assistant.core.model import MEDIA_LABELS, Finding, Report, Severity
from editor_assistant.core.registry import CHECKS
from editor_assistant.core.week import ORIGINAL_MAX_COPIED

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)  # worst first, as in the tables
# Titles for rule prefixes whose check is not registered (yet); a registered TITLE wins.
_FALLBACK_TITLES = {
    "officialese": "文风",
    "tone": "文风",
    "images": "配图",
    "originality": "原创",
    "multimedia": "多媒体",
    "service": "服务要素",
    "privacy": "个人信息",
    "wording": "用语规范",
    "typography": "标点格式",
}
# Metrics worth a row of their own, with the label a reviewer understands.
METRIC_LABELS = {
    "chars": "字数",
    "images": "图片数",
    "chars_per_image": "每图字数",
    "images_per_1000_chars": "每千字图片",
    "longest_unillustrated_chars": "最长无图文字",
    "longest_unillustrated_screens": "最长无图屏数",
    "has_lead_image": "首屏配图",
    "service_post": "办事类稿件",
    "service_completeness": "办事要素完整度",
    "officialese": "官话套话指数",
    "readability": "易读性",
    "originality": "原创度",
}
MULTIMEDIA_LABELS = MEDIA_LABELS
QUOTE_MAX = 40


class Light:
    """The traffic-light verdicts printed in coloured cells."""

    PASS, NOTE, FIX, UNCHECKED, FAILED = "通过", "注意", "需修改", "未检查", "检查出错"


def check_titles() -> dict[str, str]:
    titles = dict(_FALLBACK_TITLES)
    titles.update({module.NAME: module.TITLE for module in CHECKS})
    return titles


def category_title(category: str) -> str:
    return check_titles().get(category, category)


def metric_label(key: str) -> str:
    return METRIC_LABELS.get(key, category_title(key) if key in check_titles() else key)


def severity_light(findings: list[Finding]) -> str:
    severities = {f.severity for f in findings}
    if Severity.ERROR in severities:
        return Light.FIX
    return Light.NOTE if Severity.WARNING in severities else Light.PASS


@dataclass(frozen=True)
class CheckRow:
    name: str
    title: str
    light: str
    counts: Counter  # Severity -> number of findings
    score: str  # the check's headline figure, "—" when it has none


def _score_text(report: Report, name: str) -> str:
    value = report.metrics.get(name)
    if name == "originality" and value is None:
        copied = copied_fraction(report)
        value = None if copied is None else round((1 - copied) * 100)
    if value is None:
        return "—"
    text = f"{value:.1f}" if isinstance(value, float) else str(value)
    return f"{text} 张" if name == "images" else text


def check_rows(report: Report) -> list[CheckRow]:
    """One row per registered check and per other rule prefix found, in registry order."""
    names = [module.NAME for module in CHECKS]
    seen = [*report.checks_run, *(f.category for f in report.findings)]
    names += [c for c in dict.fromkeys(seen) if c not in names]
    failed = {error.check for error in report.errors}
    rows = []
    for name in names:
        findings = report.findings_in(name)
        if name in failed:
            light = Light.FAILED
        elif name == "originality" and copied_fraction(report) is None:
            light = Light.UNCHECKED  # the check ran without an archive to compare with
        elif name in report.checks_run or findings:
            light = severity_light(findings)
        else:
            light = Light.UNCHECKED
        counts = Counter(f.severity for f in findings)
        rows.append(CheckRow(name, category_title(name), light, counts, _score_text(report, name)))
    return rows


def overall_light(report: Report) -> str:
    return severity_light(list(report.findings)) if report.checks_run else Light.UNCHECKED


def quote(report: Report, finding: Finding, limit: int = QUOTE_MAX) -> str:
    """The passage a finding is about, on one line; "全文" for whole-document findings."""
    if not finding.span:
        return "全文"
    start, end = finding.span
    text = report.draft.text[start:end].replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def suggestion_text(finding: Finding) -> str:
    suggestion = finding.suggestion
    if suggestion is None:
        return ""
    parts = []
    if suggestion.replacement is not None:
        parts.append(
            f"建议改为“{suggestion.replacement}”" if suggestion.replacement else "建议删除"
        )
    if suggestion.advice:
        parts.append(suggestion.advice)
    return "；".join(parts)


def main_findings(report: Report, limit: int) -> list[Finding]:
    """The findings a reviewer must read first: errors, then warnings, in text order."""
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    ordered = sorted(report.findings, key=lambda f: (rank[f.severity], f.sort_key()))
    return ordered[:limit]


def copied_fraction(report: Report) -> float | None:
    value = report.details.get("originality", {}).get("copied_fraction")
    return float(value) if value is not None else None


def originality_matches(report: Report) -> list[dict[str, Any]]:
    matches = report.details.get("originality", {}).get("matches") or []
    return sorted(matches, key=lambda m: -(m.get("copied_fraction") or 0))


@dataclass(frozen=True)
class Source:
    original: bool | None  # None: not checked, the reviewer ticks it by hand
    text: str  # e.g. "转载自 某某发布《标题》（2026-11-20）"


def source_of(report: Report) -> Source:
    copied = copied_fraction(report)
    if copied is None:
        return Source(None, "未检查（往期稿件库未打开），请人工填写")
    if copied <= ORIGINAL_MAX_COPIED:
        return Source(True, f"原创（与往期稿件重合 {copied:.0%}）")
    matches = originality_matches(report)
    if not matches:
        return Source(False, f"转载（与往期稿件重合 {copied:.0%}，来源未知）")
    top = matches[0]
    when = f"，{top['published_at']}" if top.get("published_at") else ""
    return Source(
        False,
        f"转载自 {top.get('account') or '未知账号'}《{top.get('title') or '无标题'}》"
        f"{when}（重合 {copied:.0%}）",
    )


def privacy_status(report: Report) -> str:
    found = report.findings_in("privacy")
    if found:
        masked = sum(1 for f in found if f.suggestion and f.suggestion.replacement)
        return f"检出 {len(found)} 处个人信息，其中 {masked} 处已给出脱敏写法，发布前须处理"
    if "privacy" in report.checks_run:
        return "未检出身份证号、手机号等个人信息"
    return "未检查"


def counts_by_category(report: Report) -> Counter:
    return Counter(f.category for f in report.findings)
