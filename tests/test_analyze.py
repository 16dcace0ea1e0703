"""One broken check never sinks the run; switched-off rules stay silent."""

from __future__ import annotations

from types import SimpleNamespace

from editor_assistant.core.analyze import analyze
from editor_assistant.core.context import CheckContext
from editor_assistant.core.model import CheckResult, Finding, Severity
from editor_assistant.core.readers import read_pasted
from editor_assistant.core.settings import Settings, defaults


def fake_check(name, result=None, error=None):
    def check(draft, context):
        if error:
            raise error
        return result

    return SimpleNamespace(NAME=name, TITLE="测试", check=check)


def test_a_failing_check_is_reported_and_the_others_still_run():
    finding = Finding("good.word", Severity.WARNING, "示例", (0, 2))
    checks = [
        fake_check("broken", error=RuntimeError("词典缺失")),
        fake_check("good", CheckResult(metrics={"good": 1}, findings=[finding])),
    ]
    report = analyze(read_pasted("标题\n正文"), CheckContext(), checks)
    assert report.metrics["good"] == 1 and report.findings == (finding,)
    [error] = report.errors
    assert error.check == "broken" and "词典缺失" in error.message
    assert report.checks_run == ("good",)


def test_findings_are_sorted_and_disabled_rules_dropped():
    findings = [
        Finding("good.late", Severity.INFO, "后", (5, 6)),
        Finding("good.off", Severity.INFO, "关", (3, 4)),
        Finding("good.whole", Severity.INFO, "全文"),
        Finding("good.early", Severity.INFO, "前", (1, 2)),
    ]
    settings = Settings({**defaults().data, "rules": {"disabled": ["good.off", "gone"]}})
    checks = [fake_check("good", CheckResult(findings=findings)), fake_check("gone", error=OSError)]
    report = analyze(read_pasted("标题\n正文内容"), CheckContext(settings), checks)
    assert [f.rule for f in report.findings] == ["good.whole", "good.early", "good.late"]
    assert report.errors == ()  # the switched-off check did not run at all


def test_base_metrics_without_any_check():
    report = analyze(read_pasted("标题\n正文 内容"), CheckContext(), [])
    assert report.metrics == {"chars": 6, "images": 0, "chars_per_image": None, "videos": 0}


def test_a_malformed_rule_list_is_a_settings_error(tmp_path):
    import pytest

    from editor_assistant.core.settings import SettingsError, load_settings

    settings = tmp_path / "settings.toml"
    settings.write_text('[rules]\ndisabled = "typography"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="disabled"):
        load_settings(settings)
