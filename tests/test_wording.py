"""Wording rules: every shipped example runs, entries are complete, user terms work."""

from __future__ import annotations

import tomllib

import pytest

from editor_assistant.core.analyze import analyze
from editor_assistant.core.checks import wording
from editor_assistant.core.compliance.wording_rules import rule_from_entry, shipped_rules
from editor_assistant.core.context import CheckContext
from editor_assistant.core.fixes import apply_fixes
from editor_assistant.core.model import Severity
from editor_assistant.core.readers import read_pasted
from editor_assistant.core.resources import resource_path
from editor_assistant.core.settings import Settings

RULES_FILE = resource_path("rules", "wording.toml")


def _run(text: str, section: dict | None = None):
    context = CheckContext(settings=Settings({"wording": section or {}}))
    return wording.check(read_pasted(text), context)


def _entries() -> list[dict]:
    with RULES_FILE.open("rb") as handle:
        return tomllib.load(handle)["rule"]


@pytest.mark.parametrize("rule", shipped_rules(), ids=lambda rule: f"{rule.id}:{rule.flag[:8]}")
def test_every_rule_flags_its_example_and_passes_its_counterpart(rule):
    match = rule.pattern.search(rule.flag)
    assert match, rule.flag
    spans = {(f.rule, f.span) for f in _run(rule.flag).findings}
    assert (f"wording.{rule.id}", match.span()) in spans
    assert not rule.pattern.search(rule.pass_), rule.pass_


@pytest.mark.parametrize("number,entry", list(enumerate(_entries(), 1)))
def test_every_entry_is_complete(number, entry):
    for key in ("id", "pattern", "reason", "source", "severity", "flag", "pass"):
        assert str(entry.get(key, "")).strip(), f"第{number}条缺少 {key}"
    assert entry.get("replacement") is not None or entry.get("advice"), f"第{number}条无修改建议"
    assert not entry.get("safe") or entry.get("replacement") is not None


def test_safe_replacements_turn_the_flag_example_into_clean_text():
    for rule in shipped_rules():
        if not rule.safe:
            continue
        fixed, applied = apply_fixes(rule.flag, _run(rule.flag).findings)
        assert applied and not rule.pattern.search(fixed), (rule.flag, fixed)


def test_outdated_party_history_term_is_a_safe_error():
    (finding,) = _run("全县扎实开展党史教育。").findings
    assert finding.rule == "wording.outdated_term"
    assert finding.severity is Severity.ERROR
    assert finding.suggestion.replacement == "党史学习教育" and finding.suggestion.safe


def test_group_references_expand_in_replacements():
    (finding,) = _run("市人大副主任出席。").findings
    assert finding.suggestion.replacement == "市人大常委会副主任"


def test_user_terms_are_flagged_with_their_advice_and_severity():
    section = {
        "user_terms": [
            {"term": "某某工程", "advice": "工程名称以批复为准", "severity": "error"},
            "网红打卡",
        ]
    }
    findings = _run("某某工程成了网红打卡地。", section).findings
    assert [(f.rule, f.data["text"], f.severity) for f in findings] == [
        ("wording.user_term", "某某工程", Severity.ERROR),
        ("wording.user_term", "网红打卡", Severity.WARNING),
    ]
    assert findings[0].suggestion.advice == "工程名称以批复为准"


def test_user_terms_are_literal_and_bad_entries_are_reported_not_fatal():
    section = {
        "user_terms": [
            {"term": "a.b"},
            {"advice": "no term"},
            42,
            {"term": "x", "severity": "loud"},
        ]
    }
    result = _run("a.b axb", section)
    assert [f.data["text"] for f in result.findings] == ["a.b"]
    assert len(result.details["settings_problems"]) == 3


def test_a_bad_pattern_is_reported_with_its_place():
    with pytest.raises(ValueError, match="正则表达式"):
        rule_from_entry({"id": "x", "pattern": "(unclosed"}, "测试")


def test_rules_can_be_switched_off_one_by_one_or_all_together():
    text = "县人大副主任王某在党史教育动员会上讲话。"
    draft = read_pasted(text)

    def rules(disabled):
        settings = Settings({"rules": {"disabled": disabled}})
        report = analyze(draft, CheckContext(settings=settings), checks=[wording])
        return {f.rule for f in report.findings}

    assert rules([]) == {"wording.official_title", "wording.outdated_term"}
    assert rules(["wording.outdated_term"]) == {"wording.official_title"}
    assert rules(["wording"]) == set()
