"""The officialese (文风) check on drafts: score, readability, findings with exact spans,
structural findings, settings, and that jieba and snownlp stay off the start-up path."""

from __future__ import annotations

import subprocess
import sys

from editor_assistant.core.analyze import analyze
from editor_assistant.core.checks import officialese
from editor_assistant.core.context import CheckContext
from editor_assistant.core.fixes import apply_fixes
from editor_assistant.core.model import Draft, Paragraph, Severity
from editor_assistant.core.readers import read_pasted
from editor_assistant.core.settings import Settings

STIFF = (
    "为进一步提升医疗保障服务水平，市医疗保障局高度重视，多措并举，扎实推进异地就医直接结算工作，"
    "取得了良好的社会效果，人民群众的获得感、幸福感、安全感显著增强。"
)
PLAIN = "7月1日起，去外地看病前的备案可以在手机上办了：打开“国家医保服务平台”App，点“异地就医备案”就行。"


def _run(text: str, section: dict | None = None, draft: Draft | None = None):
    context = CheckContext(settings=Settings({"officialese": section or {}}))
    return officialese.check(draft or read_pasted(text), context)


def _rules(result) -> list[str]:
    return [f.rule for f in result.findings]


def test_stiff_scores_high_plain_scores_low_both_within_range():
    stiff, plain = _run(STIFF), _run(PLAIN)
    assert 0 <= plain.metrics["officialese"] < 35 <= 60 <= stiff.metrics["officialese"] <= 100
    assert stiff.details["band"] == "stiff" and plain.details["band"] == "plain"
    assert plain.metrics["readability"] > stiff.metrics["readability"]


def test_findings_point_at_the_exact_words_with_plain_alternatives():
    result = _run(STIFF)
    spans = {STIFF[f.span[0] : f.span[1]]: f for f in result.findings if f.span}
    assert spans["高度重视"].rule == "officialese.cliche"
    assert spans["多措并举"].severity is Severity.WARNING
    assert spans["为进一步"].rule == "officialese.opener"
    assert spans["扎实推进"].suggestion.replacement == "推进"
    assert not spans["扎实推进"].suggestion.safe
    assert "获得感" in spans and spans["获得感"].rule == "officialese.empty_formula"


def test_mechanical_replacements_are_safe_and_apply_cleanly():
    text = "市领导到企业进行调研，对问题予以解决。"
    fixed, applied = apply_fixes(text, _run(text).findings)
    assert fixed == "市领导到企业调研，对问题解决。"
    assert {f.rule for f in applied} == {"officialese.nominalisation"}


def test_long_sentence_is_flagged_with_the_sentence_as_span():
    sentence = "本次招聘坚持公开平等竞争择优的原则严格按照规定程序组织实施报名人员须对所提交材料的真实性负责凡弄虚作假者一经查实即取消资格。"
    result = _run("报名开始了。" + sentence)
    (finding,) = [f for f in result.findings if f.rule == "officialese.long_sentence"]
    assert finding.span == (6, 6 + len(sentence))
    assert finding.severity is Severity.INFO
    assert not [
        f
        for f in _run("报名开始了。" + sentence, {"long_sentence_chars": 80}).findings
        if f.rule == "officialese.long_sentence"
    ]
    assert result.details["sentences"]["longest"] == len(sentence) - 1  # 。 is not counted


def test_slogan_run_and_parallel_list():
    text = "我们要凝心聚力、攻坚克难、真抓实干、砥砺前行。群众的获得感、幸福感、安全感都提高了。"
    runs = [f for f in _run(text).findings if f.rule == "officialese.slogan_run"]
    assert [text[f.span[0] : f.span[1]] for f in runs] == [
        "攻坚克难、真抓实干、砥砺前行",
        "获得感、幸福感、安全感",
    ]
    assert [f.data["items"] for f in runs] == [3, 3]
    # Lists of concrete things or steps are not slogans, nor are two four-character clauses.
    for plain in (
        "这次有剪纸、皮影、面塑。",
        "现场拍照、采集指纹、核对信息。",
        "警车、消防车、救护车",
    ):
        assert "officialese.slogan_run" not in _rules(_run(plain)), plain
    assert "officialese.slogan_run" not in _rules(_run("高度重视，周密部署，下周一开工。"))
    assert "officialese.slogan_run" in _rules(_run("高度重视，周密部署。", {"slogan_run_min": 2}))


def test_de_chain():
    text = "满足人民群众日益增长的对美好生活的向往的需要的工作正在推进。"
    (finding,) = [f for f in _run(text).findings if f.rule == "officialese.de_chain"]
    assert finding.data["count"] == 4
    assert "officialese.de_chain" not in _rules(_run(text, {"de_chain_min": 5}))


def test_long_post_without_reader_address_is_a_whole_document_note():
    body = "全县各级各部门要按照统一部署落实责任。" * 20
    (finding,) = [f for f in _run(body).findings if f.rule == "officialese.no_reader_address"]
    assert finding.span is None and finding.severity is Severity.INFO
    assert "officialese.no_reader_address" not in _rules(_run(body + "大家有问题请打电话。"))
    assert "officialese.no_reader_address" not in _rules(_run(body[:100]))


def test_concrete_detail_and_reader_address_lower_the_score():
    base = _run("社区将在楼前开展义诊活动，欢迎居民参加。").metrics["officialese"]
    concrete = _run("社区将在3号楼前开展义诊活动，欢迎居民参加。").metrics["officialese"]
    addressed = _run("社区将在楼前开展义诊活动，欢迎大家参加。").metrics["officialese"]
    assert concrete < base and addressed < base


def test_details_explain_the_score():
    details = _run(STIFF).details
    factors = {f["name"]: f for f in details["factors"]}
    assert factors["phrases"]["contribution"] > 0 and factors["phrases"]["label"]
    assert factors["concreteness"]["contribution"] <= 0
    assert set(details["sentences"]) >= {"mean", "longest", "share_over_limit"}
    assert details["readability"]["label"] in ("易读", "适中", "难读")
    assert details["summary"].startswith("公文腔") and "套话" in details["summary"]
    assert details["phrases"]["count"] == len(
        [f for f in _run(STIFF).findings if f.data.get("phrase")]
    )


def test_quotes_and_tables_are_not_the_editors_prose():
    text = "高度重视\n高度重视\n大家好"
    paragraphs = (Paragraph(0, 4, "quote"), Paragraph(5, 9, "table"), Paragraph(10, 13))
    result = _run(text, draft=Draft(text=text, paragraphs=paragraphs))
    assert not [f for f in result.findings if f.data.get("phrase")]


def test_empty_draft_scores_zero_without_findings():
    result = _run("")
    assert result.metrics == {"officialese": 0.0, "readability": None}
    assert "readability" not in result.details
    assert result.details["summary"] == "没有正文，未评文风。"
    assert result.findings == []


def test_user_phrases_and_problems_come_from_settings():
    section = {
        "extra_phrases": [{"phrase": "奋力拼搏", "advice": "写出做了什么"}, {"phrase": ""}],
        "removed_phrases": ["高度重视"],
    }
    result = _run("区里高度重视，奋力拼搏。", section)
    assert "officialese.cliche" in _rules(result)
    assert not [f for f in result.findings if f.data.get("phrase") == "高度重视"]
    assert [f for f in result.findings if f.rule == "officialese.settings"]


def test_bad_threshold_values_fall_back_to_defaults():
    result = _run(STIFF, {"long_sentence_chars": "long", "slogan_run_min": 0})
    assert result.details["sentences"]["limit"] == 50


def test_analyser_switches_single_rules_off():
    settings = Settings({"rules": {"disabled": ["officialese.cliche"]}})
    report = analyze(read_pasted(STIFF), CheckContext(settings=settings), checks=(officialese,))
    assert "officialese.cliche" not in {f.rule for f in report.findings}
    assert "officialese.opener" in {f.rule for f in report.findings}
    assert report.metrics["officialese"] > 60 and "officialese" in report.details


def test_jieba_and_snownlp_load_on_first_use_only():
    code = (
        "import sys, logging\n"
        "from editor_assistant.core.checks import officialese\n"
        "assert 'jieba' not in sys.modules and 'snownlp' not in sys.modules\n"
        "from editor_assistant.core.context import CheckContext\n"
        "from editor_assistant.core.readers import read_pasted\n"
        "officialese.check(read_pasted('高度重视，扎实推进。'), CheckContext())\n"
        "assert 'jieba' in sys.modules and 'snownlp' not in sys.modules\n"
        "assert logging.getLogger('jieba').level == logging.WARNING\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Building prefix dict" not in done.stderr  # jieba stays quiet


def test_a_lone_value_where_a_list_belongs_still_works():
    result = _run(
        "区里高度重视。", {"removed_phrases": "高度重视", "extra_phrases": {"phrase": "区里"}}
    )
    assert [f.data["phrase"] for f in result.findings if f.data.get("phrase")] == ["区里"]
