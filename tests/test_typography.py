"""Typography: one example table of (text, rules flagged, text after the safe fixes)."""

from __future__ import annotations

import pytest

from editor_assistant.core.checks import typography
from editor_assistant.core.context import CheckContext
from editor_assistant.core.fixes import apply_fixes
from editor_assistant.core.readers import read_pasted
from editor_assistant.core.settings import Settings

# text, rules it must raise (after "typography."), the text once safe fixes are applied
EXAMPLES = [
    ("今天,全县开展义诊活动!", {"halfwidth_punct"}, "今天，全县开展义诊活动！"),
    (
        "地址: 人民路88号;电话:0531-86123456",
        {"halfwidth_punct"},
        "地址：人民路88号；电话：0531-86123456",
    ),
    ("会议(扩大)在县委召开", {"halfwidth_punct"}, "会议（扩大）在县委召开"),
    ("真是太好了!!!大家快来？？", {"repeated_punct"}, "真是太好了！大家快来？"),
    ("你真的来了?!", {"halfwidth_punct"}, "你真的来了？！"),
    ("请拨打电话13812345678!", {"halfwidth_punct"}, "请拨打电话13812345678！"),
    ("等等...还有。。。", {"ellipsis"}, "等等……还有……"),
    ("他说： “好的” 。", {"stray_space"}, "他说：“好的”。"),
    ('群众说"办事真方便"。', {"straight_quotes"}, "群众说“办事真方便”。"),
    ("他说“好」。", {"unbalanced"}, "他说“好」。"),
    ("《通知（试行》印发", {"unbalanced"}, "《通知（试行》印发"),
    ("他说：“我们一定做好。", {"unbalanced"}, "他说：“我们一定做好。"),
    ("“甲”和「乙」", {"mixed_quotes"}, "“甲”和“乙”"),
    (
        "1-10月，收入增长3-5个百分点，2023-2025年",
        {"range_dash"},
        "1—10月，收入增长3～5个百分点，2023—2025年",
    ),
    ("2024-03-15发布，电话0531-86123456，住3-2-501，版本1.2-3.4", set(), None),
    # Left alone: numbers, times, URLs, English, list numbers, allowed combinations.
    ("共投入资金1,000万元，时间9:00—17:00。", set(), None),
    ("详见https://www.gov.cn/a?b=1&c=2页面。", set(), None),
    ("他用英文说：“Hello, world! How are you?”", set(), None),
    ("1）加强领导；2）压实责任；一）细化分工。", set(), None),
    ("你真的来了？！这就是PM2.5(细颗粒物)吗……", {"halfwidth_punct"}, None),
    ("It's the “清河” brand’s day.", set(), None),
    ("「我们」一律使用直角引号。", set(), None),
]


def _check(text: str):
    return typography.check(read_pasted(text), CheckContext(settings=Settings({})))


@pytest.mark.parametrize("text,rules,fixed", EXAMPLES)
def test_examples(text, rules, fixed):
    findings = _check(text).findings
    assert {f.rule.removeprefix("typography.") for f in findings} == rules
    if fixed is not None:
        draft = read_pasted(text)
        assert apply_fixes(draft.text, findings)[0] == fixed


def test_a_quotation_over_several_paragraphs_closes_only_at_the_end():
    text = "他说：“第一段话。\n“第二段话。\n“第三段话。”"
    assert _check(text).findings == []
    assert [f.rule for f in _check("他说：“第一段话。\n第二段话。").findings] == [
        "typography.unbalanced"
    ]


def test_unbalanced_findings_point_at_the_bracket_and_are_advice_only():
    (finding,) = _check("他说“好」。").findings
    assert finding.span == (4, 5) and finding.data["text"] == "」"
    assert finding.suggestion.replacement is None and "”" in finding.suggestion.advice


def test_every_fix_is_safe_and_records_the_text_it_replaces():
    findings = _check("今天,好!!!他说： “好” 。等等...").findings
    text = read_pasted("今天,好!!!他说： “好” 。等等...").text
    for finding in findings:
        assert finding.suggestion.safe
        assert text[finding.span[0] : finding.span[1]] == finding.data["text"]
