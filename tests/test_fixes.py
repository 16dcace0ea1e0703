"""Applying suggestions: safe only by default, overlaps resolved, stale spans skipped."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_assistant.core.analyze import analyze
from editor_assistant.core.atomic import WriteError
from editor_assistant.core.checks import privacy, typography
from editor_assistant.core.context import CheckContext
from editor_assistant.core.fixes import apply_fixes, fixed_copy_path, write_fixed_copy
from editor_assistant.core.model import Finding, Severity, Suggestion
from editor_assistant.core.readers import read_path


def _fix(span, replacement, *, safe=True, severity=Severity.WARNING, rule="t.r", text=None):
    data = {} if text is None else {"text": text}
    suggestion = Suggestion(replacement=replacement, safe=safe)
    return Finding(rule, severity, "m", span, suggestion, data)


def test_replacements_are_applied_right_to_left_so_offsets_hold():
    fixed, applied = apply_fixes("abcdef", [_fix((4, 5), "EE"), _fix((0, 1), "")])
    assert fixed == "bcdEEf"
    assert [f.span for f in applied] == [(0, 1), (4, 5)]


def test_unsafe_or_advice_only_findings_need_explicit_consent():
    advice = Finding("t.a", Severity.INFO, "m", (0, 1), Suggestion(advice="看看"))
    whole = Finding("t.w", Severity.INFO, "m", None, Suggestion(replacement="x", safe=True))
    findings = [_fix((0, 1), "X", safe=False), advice, whole]
    assert apply_fixes("abc", findings) == ("abc", [])
    assert apply_fixes("abc", findings, safe_only=False)[0] == "Xbc"


def test_overlaps_keep_the_earliest_then_most_severe_then_longest():
    findings = [
        _fix((1, 3), "1", severity=Severity.INFO),
        _fix((1, 3), "2", severity=Severity.ERROR),
        _fix((2, 5), "3"),
        _fix((1, 4), "4", severity=Severity.ERROR),
        _fix((5, 6), "5"),
    ]
    fixed, applied = apply_fixes("0123456", findings)
    assert fixed == "04456"
    assert [f.suggestion.replacement for f in applied] == ["4", "5"]


def test_insertions_collide_only_with_each_other_or_inside_a_span():
    findings = [_fix((2, 2), "<"), _fix((2, 2), "["), _fix((2, 4), "xy"), _fix((3, 3), "!")]
    fixed, applied = apply_fixes("abcdef", findings)
    assert fixed == "ab<xyef"
    assert len(applied) == 2


def test_stale_findings_are_skipped():
    findings = [_fix((0, 2), "XY", text="ab"), _fix((3, 5), "Z", text="zz"), _fix((9, 12), "?")]
    assert apply_fixes("abcdef", findings) == ("XYcdef", [findings[0]])


_spans = st.tuples(st.integers(0, 12), st.integers(0, 4)).map(
    lambda p: (p[0], min(p[0] + p[1], 12))
)


@given(st.lists(st.tuples(_spans, st.text("XYZ", max_size=3)), max_size=8))
def test_applied_fixes_never_overlap_and_account_for_every_character(edits):
    text = "0123456789ab"
    fixed, applied = apply_fixes(text, [_fix(span, new) for span, new in edits])
    spans = [f.span for f in applied]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans) if a != b)
    assert len(set(s for s in spans if s[0] == s[1])) == sum(s[0] == s[1] for s in spans)
    growth = sum(len(f.suggestion.replacement) - (f.span[1] - f.span[0]) for f in applied)
    assert len(fixed) == len(text) + growth


def test_a_fixed_copy_is_written_next_to_the_draft_and_never_over_it(tmp_path):
    draft_file = tmp_path / "通知.txt"
    draft_file.write_text("通知\n请联系王某,电话13812345678!\n", encoding="utf-8")
    report = analyze(read_path(draft_file), CheckContext(), checks=[privacy, typography])
    target, applied = write_fixed_copy(report)
    assert target == fixed_copy_path(draft_file) == tmp_path / "通知.txt.fixed.txt"
    assert target.read_text(encoding="utf-8") == "通知\n请联系王某，电话138****5678！\n"
    assert len(applied) == 3
    assert draft_file.read_text(encoding="utf-8").endswith("13812345678!\n")
    with pytest.raises(WriteError):
        write_fixed_copy(report)
