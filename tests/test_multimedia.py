"""Multimedia suggestions: every cue's examples, the form already carried, ranking and wording."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from editor_assistant.core import form_model
from editor_assistant.core.checks import multimedia
from editor_assistant.core.context import CheckContext
from editor_assistant.core.cues import compiled, load_rules
from editor_assistant.core.model import Draft, DraftImage, DraftMedia
from editor_assistant.core.readers import read_pasted
from editor_assistant.core.settings import Settings

RULES = load_rules("multimedia")
CUES = RULES["cue"]
ALREADY = RULES["already"]

PLAIN_SHORT_NOTICES = [
    "县政务服务中心端午节放假安排\n6月10日（星期一）放假，与周末连休，共3天。6月11日起正常上班。",
    "领导干部任前公示\n张某某，男，1983年5月生，拟任乡镇党委书记。公示时间：8月5日至8月11日。",
    "关于王某某同志任职的通知\n经县政府研究决定：王某某同志任县农业农村局副局长。",
    "县政府召开常务会议\n10月16日，县长主持召开常务会议，研究部署近期重点工作。会议还研究了其他事项。",
    "关于县政府门户网站临时停机维护的公告\n网站将于11月2日22:00至次日6:00暂停访问，敬请谅解。",
]

CHART_DRAFT = (
    "上半年经济运行情况\n上半年地区生产总值同比增长6.2%，规上工业增加值同比增长8.3%，"
    "社会消费品零售总额同比增长5.7%，固定资产投资同比增长9.4%。"
)


def suggest(draft: Draft | str, settings: dict | None = None):
    draft = read_pasted(draft) if isinstance(draft, str) else draft
    context = CheckContext(Settings(settings)) if settings is not None else CheckContext()
    return multimedia.check(draft, context).multimedia


def kinds(draft: Draft | str) -> list[str]:
    return [s.kind for s in suggest(draft)]


def _cue_id(cue: dict) -> str:
    return f"{cue['kind']}:{cue['pattern'][:16]}"


def test_every_entry_is_complete():
    assert set(RULES["kind"]) == set(multimedia.KINDS)
    for entry in CUES + ALREADY:
        assert entry["kind"] in multimedia.KINDS
        assert entry["flag"].strip() and entry["pass"].strip(), "每条都要有 flag 和 pass 例句"
    for cue in CUES:
        assert cue["weight"] > 0 and cue["advice"].strip()
    for kind, spec in RULES["kind"].items():
        assert spec["threshold"] > 0 and "{hit}" in spec["advice"], kind


def cue_score(text: str, kind: str) -> float:
    return sum(h.weight for h in multimedia.kind_hits(read_pasted(text).text, CUES)[kind])


@pytest.mark.parametrize("cue", CUES, ids=_cue_id)
def test_cue_flags_its_example_and_passes_its_counterpart(cue):
    assert compiled(cue["pattern"]).search(cue["flag"]), "the cue itself must hit its example"
    assert cue_score(cue["flag"], cue["kind"]) > cue_score(cue["pass"], cue["kind"])


@pytest.mark.parametrize("entry", [e for e in ALREADY if "advice" not in e], ids=_cue_id)
def test_a_form_already_carried_is_not_suggested_again(entry):
    assert entry["kind"] not in kinds(entry["flag"]), entry["flag"]
    assert entry["kind"] in kinds(entry["pass"]), entry["pass"]


@pytest.mark.parametrize("entry", [e for e in ALREADY if "advice" in e], ids=_cue_id)
def test_a_form_the_text_announces_is_offered_with_advice_on_doing_it_well(entry):
    lead = entry["advice"].split("“", 1)[0]  # "稿件已预告直播（"
    flagged = {s.kind: s.reason for s in suggest(entry["flag"])}
    assert flagged.get(entry["kind"], "").startswith(lead), flagged
    plain = {s.kind: s.reason for s in suggest(entry["pass"])}
    assert entry["kind"] in plain and not plain[entry["kind"]].startswith(lead), plain


@pytest.mark.parametrize("entry", RULES["plain"], ids=lambda e: e["flag"][:12])
def test_plain_genre_cue_reads_its_title_and_not_its_counterpart(entry):
    assert compiled(entry["pattern"]).search(entry["flag"])
    assert not compiled(entry["pattern"]).search(entry["pass"])


@pytest.mark.parametrize("text", PLAIN_SHORT_NOTICES)
def test_plain_short_notices_get_no_suggestion(text):
    assert suggest(text) == []


def test_suggestion_names_a_known_kind_and_quotes_its_trigger_inside_its_span():
    draft = read_pasted(CHART_DRAFT)
    (first, *_) = suggest(draft)
    assert first.kind == "chart"
    start, end = first.span
    assert 0 <= start < end <= len(draft.text)
    assert "同比增长6.2%" in draft.text[start:end]
    assert "“同比增长6.2%”" in first.reason and "柱状图" in first.reason


def test_suggestions_are_ranked_by_how_strongly_the_text_calls_for_them():
    text = (
        "关于半程马拉松比赛期间实施交通管制的通告\n比赛期间人民路实施交通管制，"
        "过境车辆请从滨河大道绕行，建设路封闭施工路段禁止通行。\n半程马拉松比赛设有表演环节。"
    )
    result = multimedia.check(read_pasted(text), CheckContext())
    ranked = [s.kind for s in result.multimedia]
    assert ranked[0] == "map"
    chances = [result.details["chances"][k] for k in ranked]
    assert chances == sorted(chances, reverse=True)


def _model(word_weights: dict[str, dict[str, float]]) -> form_model.FormModel:
    """A hand-made model: every output unlikely unless one of ``word_weights``' words is there."""
    outputs = (*multimedia.KINDS, form_model.NONE)
    rows = {"bias": dict.fromkeys(outputs, -4.0)} | {
        f"word:{w}": k for w, k in word_weights.items()
    }
    weights = np.array([[row.get(kind, 0.0) for kind in outputs] for row in rows.values()])
    return form_model.FormModel(outputs, {name: i for i, name in enumerate(rows)}, weights)


PARKING = (
    "老城区新增三处停车场\n为缓解老城区停车难，县城管局今年新增三处公共停车场，共增加车位420个。"
    "\n新停车场实行前30分钟免费，之后每小时2元，缴费可用微信。"
)


def test_a_kind_no_cue_names_is_offered_only_when_the_model_is_sure():
    draft = read_pasted(PARKING)
    assert multimedia.kind_hits(draft.text, CUES)["qa"] == []
    words = {"停车场": {"qa": 8.0}, "车位": {"qa": 1.0}}
    sure = multimedia.suggest(draft, {}, _model(words)).multimedia
    assert [s.kind for s in sure] == ["qa"]
    start, end = sure[0].span
    assert draft.text[start:end].startswith("为缓解老城区停车难")  # the sentence saying most
    assert sure[0].reason.startswith("读到“为缓解老城区停车难")
    assert "问：答：" in sure[0].reason
    unsure = _model({"停车场": {"qa": 3.0}})  # chance 0.27: enough for a kind a cue backs
    assert multimedia.suggest(draft, {}, unsure).multimedia == []


def test_a_model_that_reads_plain_text_as_fine_silences_every_form():
    model = _model({"停车场": {"qa": 8.0, form_model.NONE: 9.0}})
    assert multimedia.suggest(read_pasted(PARKING), {}, model).multimedia == []


@pytest.mark.parametrize(
    ("text", "hit", "quoted"),
    [
        ("专家解释“雾霾”。天气成因与逆温有关。", "雾霾", "雾霾"),
        ("按销售价格的15%给予补贴，最高不超过2000元。", "5%", "15%给予补贴"),
        (
            "办理方式：\n1.携带身份证到窗口办理；\n2.在小程序上办理。",
            "1.",
            "1.携带身份证到窗口办理",
        ),
        ("本次活动推出“满100减20”消费券。", "推出“满100减20”消费券", "推出‘满100减20’消费券"),
    ],
)
def test_reasons_quote_whole_clauses_not_fragments(text, hit, quoted):
    start = text.index(hit)
    assert multimedia.quote(text, start, start + len(hit)) == quoted


def test_a_count_in_a_reason_counts_every_hit_not_only_those_weighed():
    questions = "\n".join(f"{i}. 第{i}个问题怎么办理？" for i in range(1, 10))
    text = "社保卡常见问题\n" + questions
    qa = next(s for s in suggest(text) if s.kind == "qa")
    assert qa.reason.startswith("文中提了9个问题"), qa.reason


def test_a_live_stream_already_held_is_not_suggested_again():
    held = (
        "优化营商环境新闻发布会召开\n12月10日，县政府新闻办召开新闻发布会，介绍优化营商环境有关情况。"
        "发布会通过县融媒体中心视频号进行了全程直播，累计观看2.3万人次。"
    )
    assert "live" not in kinds(held)


def test_a_higher_min_chance_setting_offers_fewer_forms():
    text = CHART_DRAFT + "\n眼下正是秋收时节，田里金灿灿一片，游客纷纷拍照打卡。"
    loose = suggest(text, {"multimedia": {"min_chance": 0.01}})
    strict = suggest(text, {"multimedia": {"min_chance": 0.9}})
    assert len(strict) < len(loose) and loose[0].kind == "chart"


def test_picture_alt_text_shows_the_form_is_already_there():
    text = "停水通知\n停水范围：东至解放路，西至文昌路，南至长江路，北至淮河路所围合区域。"
    plain = read_pasted(text)
    assert "map" in kinds(plain)
    picture = DraftImage(offset=0, source="map.png", alt="停水范围示意图")
    with_map = Draft(text=plain.text, paragraphs=plain.paragraphs, images=(picture,))
    assert "map" not in kinds(with_map)


def test_pictures_alone_do_not_count_as_a_gallery():
    text = "春光正好\n东湖湿地公园樱花盛开，桃源村千亩桃花连片，黄岗村油菜花金黄一片，游客纷纷拍照打卡。"
    plain = read_pasted(text)
    photos = tuple(DraftImage(offset=0, source=f"{i}.jpg") for i in range(4))
    with_photos = Draft(text=plain.text, paragraphs=plain.paragraphs, images=photos)
    assert "gallery" in kinds(with_photos)


def test_max_suggestions_setting_limits_the_list():
    text = (
        "预告\n县政府新闻办定于6月20日上午召开新闻发布会，敬请关注。\n上半年地区生产总值同比增长6.2%，"
        "工业增加值同比增长8.3%。\n比赛期间人民路实施交通管制，车辆请绕行。"
    )
    loose = {"min_chance": 0.01}
    assert len(suggest(text, {"multimedia": loose})) == 3
    assert len(suggest(text, {"multimedia": {**loose, "max_suggestions": 1}})) == 1


def test_details_carry_every_kind_score_and_the_forms_already_present():
    details = multimedia.check(read_pasted("【视频】" + CHART_DRAFT), CheckContext()).details
    assert set(details["scores"]) == set(multimedia.KINDS)
    assert details["already"] == ["video"]


def test_no_video_suggestion_when_the_post_embeds_one():
    text = (
        "全县重大项目集中开工\n4月16日上午，全县重大项目集中开工仪式在开发区举行，"
        "县领导为项目培土奠基，挖掘机轰鸣启动，现场气氛热烈。"
    )
    plain = read_pasted(text)
    assert "video" in kinds(plain)
    with_video = replace(plain, media=(DraftMedia(plain.paragraphs[1].start, "video"),))
    assert "video" not in kinds(with_video)


def test_a_long_round_up_gets_the_forms_its_parts_call_for():
    meeting = (
        "会议强调，要坚持以人民为中心的发展思想，统筹发展和安全，扎实做好岁末年初各项工作，"
        "确保全年目标任务圆满完成，为明年工作开好局、起好步打下坚实基础。"
    )
    traffic = (
        "清河半程马拉松12月8日开跑，7:00至12:00人民路、滨河大道实施交通管制，"
        "过境车辆请从环城东路、建设路绕行，公交1路、5路临时改道。"
    )
    text = "\n".join(["本周要闻回顾", *[meeting] * 18, CHART_DRAFT, *[meeting] * 8, traffic])
    assert len(text) > multimedia.WHOLE_CHARS
    found = kinds(text)
    assert "chart" in found and "map" in found, found


def test_a_live_stream_to_come_is_offered_even_beside_last_years_figures():
    preview = (
        "县政府新闻办定于6月20日上午召开新闻发布会\n"
        "市民可通过县融媒体视频号直播了解发布会详情。去年发布会直播累计观看达12万人次。"
    )
    live = next(s for s in suggest(preview) if s.kind == "live")
    assert live.reason.startswith("稿件已预告直播")


def test_a_long_draft_none_of_whose_parts_calls_for_a_form_gets_none():
    # The first part leans to video but is plainer still; the second calls for nothing at all.
    # Mixing the parts' verdicts (video from one, "plain" from the other) must not make a call.
    drill = "消防演练在县城举行，演练持续两个小时，各单位参加演练。"
    meeting = "会议强调，要统筹发展和安全，扎实做好岁末年初各项工作，确保全年目标任务完成。"
    text = "\n".join(["本周要闻", *[drill] * 30, *[meeting] * 30])
    draft = read_pasted(text)
    assert len(multimedia.parts(draft)) >= 2
    model = _model({"演练": {"video": 6.0, form_model.NONE: 9.0}})
    assert multimedia.suggest(draft, {}, model).multimedia == []
