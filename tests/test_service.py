"""Service completeness: recognising service posts, the six elements, and dead-end referrals."""

from __future__ import annotations

import pytest

from editor_assistant.core.checks import service
from editor_assistant.core.context import CheckContext
from editor_assistant.core.cues import compiled, load_rules
from editor_assistant.core.model import Severity
from editor_assistant.core.readers import read_pasted
from editor_assistant.core.settings import Settings

RULES = load_rules("service")

COMPLETE = """2025年度城乡居民医保缴费指南
缴费时间：2024年9月1日至12月31日。
缴费地点：县内农商银行各网点，或村（社区）便民服务站。
所需材料：参保人身份证或户口簿。
缴费流程：第一步，打开微信搜索“江苏税务”小程序；第二步，点击“社保缴费”；第三步，确认信息后支付。
也可扫描下方二维码直接缴费。
咨询电话：0517-86221234（县医保局）"""

NEWS = "县医保局召开基金监管工作会议\n会议要求，严厉打击欺诈骗保行为，确保基金安全。"


def run(text: str, settings: dict | None = None):
    context = CheckContext(Settings(settings)) if settings is not None else CheckContext()
    return service.check(read_pasted(text), context)


def test_every_entry_is_complete():
    for entry in RULES["trigger"] + RULES["element_cue"] + RULES["dead_end_cue"]:
        assert entry["flag"].strip() and entry["pass"].strip(), "每条都要有 flag 和 pass 例句"
    assert {cue["element"] for cue in RULES["element_cue"]} == set(service.ELEMENTS)
    for element in service.ELEMENTS:
        spec = RULES["element"][element]
        Severity(spec["severity"])
        assert spec["label"] and spec["message"] and spec["advice"]


@pytest.mark.parametrize("trigger", RULES["trigger"], ids=lambda t: t["pattern"][:16])
def test_trigger_examples(trigger):
    assert compiled(trigger["pattern"]).search(trigger["flag"])
    assert run(trigger["flag"]).metrics["service_post"] is True, trigger["flag"]
    assert run(trigger["pass"]).metrics["service_post"] is False, trigger["pass"]


@pytest.mark.parametrize(
    "cue", RULES["element_cue"], ids=lambda c: f"{c['element']}:{c['pattern'][:12]}"
)
def test_element_cue_examples(cue):
    assert compiled(cue["pattern"]).search(cue["flag"])
    assert service.find_elements(cue["flag"], RULES)[cue["element"]] is not None
    assert service.find_elements(cue["pass"], RULES)[cue["element"]] is None, cue["pass"]


@pytest.mark.parametrize("cue", RULES["dead_end_cue"], ids=lambda c: c["pattern"][:16])
def test_dead_end_examples(cue):
    found = [f for f in run(cue["flag"]).findings if f.rule == "service.dead_end"]
    assert len(found) == 1
    start, end = found[0].span
    assert compiled(cue["pattern"]).fullmatch(read_pasted(cue["flag"]).text[start:end])
    assert not [f for f in run(cue["pass"]).findings if f.rule == "service.dead_end"]


def test_a_complete_service_post_scores_100_and_gets_no_missing_element():
    result = run(COMPLETE)
    assert result.metrics == {"service_post": True, "service_completeness": 100}
    assert result.findings == []
    assert result.details["missing"] == []
    text = read_pasted(COMPLETE).text
    for element, found in result.details["found"].items():
        start, end = found["span"]
        assert text[start:end] == found["text"], element


def test_each_missing_element_is_one_finding_with_advice():
    without_phone = COMPLETE.rsplit("\n", 1)[0]
    result = run(without_phone)
    assert result.metrics["service_completeness"] == 83
    (finding,) = result.findings
    assert finding.rule == "service.missing_contact"
    assert finding.severity is Severity.WARNING and finding.span is None
    assert "电话" in finding.suggestion.advice


def test_a_bare_notice_misses_several_elements():
    text = "关于开展公益性岗位招聘报名工作的通知\n符合条件的人员可于近期报名，报名时需提交身份证。\n报名人员须如实申请，经审核后办理登记。"
    result = run(text)
    assert result.metrics["service_post"] is True
    rules = {f.rule for f in result.findings}
    assert rules == {f"service.missing_{e}" for e in result.details["missing"]}
    assert {"service.missing_time", "service.missing_contact"} <= rules
    assert result.metrics["service_completeness"] < 50


def test_news_is_not_a_service_post():
    result = run(NEWS)
    assert result.metrics == {"service_post": False, "service_completeness": None}
    assert result.findings == []


def test_dead_end_is_flagged_in_any_post_and_once_per_phrase():
    result = run(NEWS + "\n详情请咨询相关部门。")
    (finding,) = result.findings
    assert finding.rule == "service.dead_end" and "相关部门" in finding.message


def test_threshold_setting_decides_what_counts_as_a_service_post():
    text = "城乡居民医保开始缴费。缴费可通过微信办理。"
    assert run(text).metrics["service_post"] is False
    assert run(text, {"service": {"threshold": 2}}).metrics["service_post"] is True


SUBSIDY = "高龄津贴开始申领\n符合条件的老人可申请高龄津贴，请携带身份证到窗口办理。"


@pytest.mark.parametrize(
    ("text", "dead_end"),
    [
        ("详询各乡镇（街道）便民服务中心。", "详询各乡镇（街道）便民服务中心"),
        ("失业人员也可咨询当地人社部门。", "可咨询当地人社部门"),
        ("有关问题可向所在村（社区）咨询。", "可向所在村（社区）咨询"),
        ("具体请咨询县医保局。", "请咨询县医保局"),
        ("详情可咨询县人社局就业服务中心，电话0531-86901234。", None),
        ("也可咨询县政府门户网站“政策解读”栏目。", None),
        ("行动不便的老人可联系志愿者上门办理。", None),
        ("市民可以联系辖区供电所报修。", None),
        ("下一步，该局可联系省级部门争取更多资金支持。", None),
    ],
)
def test_a_named_office_without_a_number_is_a_dead_end_in_a_service_post(text, dead_end):
    found = [f for f in run(SUBSIDY + text).findings if f.rule == "service.dead_end"]
    if dead_end is None:
        assert found == []
    else:
        assert [f"“{dead_end}”" in f.message for f in found] == [True]


def test_a_named_office_in_a_news_post_is_not_a_dead_end():
    news = "县委召开理论学习中心组会议\n会议要求，各党支部可联系本单位实际，具体请咨询县委组织部。"
    assert [f for f in run(news).findings if f.rule == "service.dead_end"] == []
