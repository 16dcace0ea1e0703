"""Chinese names the views share for categories, severities and one finding's hover text."""

from __future__ import annotations

import tomllib
from functools import cache
from html import escape

from editor_assistant.core.ignores import MEDIA_RULE, suggestion_name
from editor_assistant.core.model import MEDIA_LABELS, Finding
from editor_assistant.core.resources import resource_path

CATEGORY_NAMES = {
    "officialese": "文风",
    "images": "配图",
    "originality": "原创",
    "multimedia": "多媒体",
    "service": "服务要素",
    "interaction": "互动",
    "privacy": "隐私",
    "wording": "用词",
    "typography": "排版",
    "review": "审核单与周报",  # a settings section, not a category of findings
}
NOT_CHECKED = "未检查"


@cache
def _setting_labels() -> dict[str, dict[str, str]]:
    with resource_path("settings", "labels.toml").open("rb") as handle:
        return tomllib.load(handle)


def setting_label(section: str, key: str) -> str:
    """The Chinese name of a setting (resources/settings/labels.toml), else its key."""
    return _setting_labels().get(section, {}).get(key, key)


def category_name(category: str) -> str:
    return CATEGORY_NAMES.get(category, category)


def rule_name(rule: str) -> str:
    """How a rule is named where it stands alone (the ignore list): a multimedia suggestion by
    its form, any other rule by its id."""
    kind = rule.removeprefix(MEDIA_RULE)
    return suggestion_name(kind) if kind != rule and kind in MEDIA_LABELS else rule


def finding_label(finding: Finding) -> str:
    severity = finding.severity.label
    return f"[{severity}·{category_name(finding.category)}] {finding.message}"


def suggestion_text(finding: Finding) -> str:
    suggestion = finding.suggestion
    if suggestion is None:
        return ""
    if suggestion.replacement is not None:
        shown = suggestion.replacement or "（删去）"
        advice = f"；{suggestion.advice}" if suggestion.advice else ""
        return f"建议改为：{shown}{advice}"
    return f"建议：{suggestion.advice}" if suggestion.advice else ""


def finding_tooltip(finding: Finding) -> str:
    """Rich text for hover: what is wrong, then what to do."""
    lines = [f"<b>{escape(finding_label(finding))}</b>"]
    advice = suggestion_text(finding)
    if advice:
        lines.append(escape(advice))
    if (
        finding.suggestion
        and finding.suggestion.safe
        and finding.suggestion.replacement is not None
    ):
        lines.append("<i>可一键应用（Ctrl+Enter），可撤销（Ctrl+Z）</i>")
    return "<br>".join(lines)


def number(value) -> str:
    if value is None:
        return NOT_CHECKED
    return str(round(value)) if isinstance(value, float) else str(value)
