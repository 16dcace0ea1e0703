"""The draft view: open → marks and cards; fix → text changes and re-checks; typing is debounced.

A stand-in check keeps these tests independent of the real checks' wording: it flags 高度重视
(tone, safe fix 重视) and an ID-like number (privacy, error, no fix).
"""

from __future__ import annotations

import base64
import io
import re
import threading
from types import SimpleNamespace

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QTextCursor

from editor_assistant.core.analyze import analyze
from editor_assistant.core.context import CheckContext
from editor_assistant.core.ignores import IgnoreStore
from editor_assistant.core.model import CheckResult, DraftImage, Finding, Severity, Suggestion
from editor_assistant.core.readers import read_pasted
from editor_assistant.gui import live_analysis
from editor_assistant.gui.draft_editor import CATEGORY_COLOURS
from editor_assistant.gui.draft_view import DraftView
from editor_assistant.gui.edited_draft import python_index, qt_position, rebuild, shift_images
from editor_assistant.gui.labels import NOT_CHECKED, finding_tooltip
from editor_assistant.gui.score_cards import build_cards


def _tone_check(draft, context):
    findings = [
        Finding(
            "officialese.cliche",
            Severity.WARNING,
            "套话“高度重视”",
            span=(m.start(), m.end()),
            suggestion=Suggestion("重视", "说具体做了什么", safe=True),
        )
        for m in re.finditer("高度重视", draft.text)
    ]
    score = 30 + 20 * len(findings)
    factors = [
        {
            "name": "phrases",
            "label": "套话",
            "value": len(findings),
            "unit": "处",
            "contribution": 20.0 * len(findings),
        },
        {
            "name": "sentence_length",
            "label": "平均句长",
            "value": 12.5,
            "unit": "字",
            "contribution": 5.0,
        },
    ]
    return CheckResult({"officialese": score}, findings, details={"factors": factors})


def _privacy_check(draft, context):
    return CheckResult(
        findings=[
            Finding("privacy.id_number", Severity.ERROR, "身份证号未打码", span=m.span())
            for m in re.finditer(r"\d{17}[\dX]", draft.text)
        ]
    )


TONE = SimpleNamespace(NAME="officialese", TITLE="文风", check=_tone_check)
PRIVACY = SimpleNamespace(NAME="privacy", TITLE="隐私", check=_privacy_check)
TEXT = "冬季供暖通知\n区委区政府高度重视供暖工作。\n联系人身份证号370102199001011234。"


class CountingAnalysis:
    def __init__(self) -> None:
        self.texts: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, draft, context):
        with self.lock:
            self.texts.append(draft.text)
        return analyze(draft, context, checks=(TONE, PRIVACY))


@pytest.fixture
def view(qtbot):
    counting = CountingAnalysis()
    widget = DraftView(CheckContext, counting)
    widget.counting = counting
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _open(qtbot, view, tmp_path, text=TEXT):
    path = tmp_path / "2026-11-23-供暖.txt"
    path.write_text(text, "utf-8")
    with qtbot.waitSignal(view.sig_analysed, timeout=20_000):
        view.open_path(path)
    return view.report


def test_open_draft_shows_highlights_and_cards(qtbot, view, tmp_path):
    report = _open(qtbot, view, tmp_path)
    selections = view.editor.extraSelections()
    assert len(selections) == 2
    tone = next(s for s in selections if s.cursor.selectedText() == "高度重视")
    assert tone.format.background().color().name() == CATEGORY_COLOURS["officialese"]
    assert any(s.cursor.selectedText() == "370102199001011234" for s in selections)
    cards = {card.key: card for card in view.cards.cards}
    assert cards["officialese"].value.text() == "50"
    assert "套话：+20.0 分（1处）" in cards["officialese"].toolTip()
    assert "主因：套话、平均句长" in cards["officialese"].why.text()
    assert not view.cards.tone.isHidden() and "套话" in view.cards.tone.text()
    assert "隐私 1" in cards["compliance"].why.text()
    assert cards["originality"].value.text() == NOT_CHECKED  # no originality check ran
    assert view.findings.list.count() == 2
    assert "供暖" in view.header.text() and "2026-11-23" in view.header.text()
    assert report.draft.text == view.editor.toPlainText()


def test_marks_land_on_their_words_after_an_emoji(qtbot, view, tmp_path):
    _open(qtbot, view, tmp_path, text="👉通知\n👉👉区里高度重视供暖。")
    assert [s.cursor.selectedText() for s in view.editor.extraSelections()] == ["高度重视"]
    text = view.editor.toPlainText()
    assert all(python_index(text, qt_position(text, i)) == i for i in range(len(text) + 1))


def test_hover_text_and_click_to_select(qtbot, view, tmp_path):
    _open(qtbot, view, tmp_path)
    start = TEXT.index("高度重视")
    marks = view.editor.marks_at(qt_position(TEXT, start) + 1)
    assert [m.finding.rule for m in marks] == ["officialese.cliche"]
    tip = finding_tooltip(marks[0].finding)
    assert "套话“高度重视”" in tip and "建议改为：重视" in tip
    view.findings.list.setCurrentRow(1)  # the privacy finding, second in text order
    assert view.editor.textCursor().selectedText() == "370102199001011234"


def test_apply_fix_changes_text_reanalyses_and_undoes(qtbot, view, tmp_path):
    report = _open(qtbot, view, tmp_path)
    finding = next(f for f in report.findings if f.rule == "officialese.cliche")
    with qtbot.waitSignal(view.sig_analysed, timeout=20_000) as analysed:
        view.apply_fix(finding)
        assert "区委区政府重视供暖工作" in view.editor.toPlainText()
    fresh = analysed.args[0]
    assert fresh.draft.text == view.editor.toPlainText()
    assert not fresh.findings_in("officialese")
    assert view.cards.cards[0].value.text() == "30"
    with qtbot.waitSignal(view.sig_analysed, timeout=20_000):
        view.editor.undo()
    assert view.editor.toPlainText() == TEXT
    assert view.report.findings_in("officialese")


def test_a_passage_rewritten_since_the_check_is_not_fixed(qtbot, view, tmp_path):
    report = _open(qtbot, view, tmp_path)
    finding = report.findings_in("officialese")[0]
    cursor = view.editor.textCursor()
    cursor.setPosition(qt_position(TEXT, TEXT.index("重视")))
    cursor.insertText("很")  # 高度很重视: the mark no longer holds the words it was made for
    view.apply_fix(finding)
    assert "高度很重视" in view.editor.toPlainText()


def test_typing_is_debounced_and_only_the_current_text_is_shown(qtbot, view, tmp_path):
    _open(qtbot, view, tmp_path)
    view.counting.texts.clear()
    view.editor.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(view.sig_analysed, timeout=20_000):
        for character in "各单位要高度重视":  # QTest cannot type Chinese: insert as an IME would
            view.editor.textCursor().insertText(character)
            qtbot.wait(30)
    qtbot.waitUntil(lambda: not view.live.is_busy(), timeout=20_000)
    assert len(view.counting.texts) <= 2  # one per pause, not one per key
    assert view.report.draft.text == view.editor.toPlainText()
    assert len(view.report.findings_in("officialese")) == 2


def test_typing_without_a_pause_still_gets_fresh_marks(qtbot, view, tmp_path, monkeypatch):
    monkeypatch.setattr(live_analysis, "MAX_WAIT_MS", 200)
    _open(qtbot, view, tmp_path)
    view.counting.texts.clear()
    for character in "区委区政府高度重视。" * 3:  # 30 keys, 30 ms apart: never a 350 ms pause
        view.editor.textCursor().insertText(character)
        qtbot.wait(30)
    assert view.counting.texts  # checked while the typing went on


def test_ignore_hides_a_finding_and_undo_brings_it_back(qtbot, view, tmp_path):
    report = _open(qtbot, view, tmp_path)
    privacy = report.findings_in("privacy")[0]
    view.ignore_finding(privacy)
    assert view.findings.list.count() == 1
    assert len(view.editor.extraSelections()) == 1
    view.undo_ignore()
    assert view.findings.list.count() == 2


def _png_data_uri() -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (900, 600), "steelblue").save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def test_rich_paste_inserts_text_and_pictures(qtbot, view):
    view.new_draft()
    mime = QMimeData()
    mime.setHtml(
        f"<p>春风行动招聘会</p><p><img src='{_png_data_uri()}'></p><p>周六上午9点开始。</p>"
    )
    mime.setText("春风行动招聘会\n周六上午9点开始。")
    with qtbot.waitSignal(view.sig_analysed, timeout=20_000) as analysed:
        view.editor.insertFromMimeData(mime)
    text = view.editor.toPlainText()
    assert text == "春风行动招聘会\n周六上午9点开始。"
    draft = analysed.args[0].draft
    assert len(draft.images) == 1 and draft.images[0].width == 900
    assert draft.images[0].offset == text.index("周六")
    assert "1 张图" in view.header.text()


def test_pictures_move_with_the_text_typed_before_them():
    picture = DraftImage(offset=2, source="a.png")
    assert shift_images((picture,), 0, 0, 3)[0].offset == 5  # typed before it
    assert shift_images((picture,), 2, 2, 4)[0].offset == 2  # typed where it stands
    assert shift_images((picture,), 1, 3, 1)[0].offset == 1  # its text deleted


def test_edited_text_keeps_offsets_of_blank_lines_and_emoji():
    text = "标题\n\n  正文👉一段"
    draft = rebuild(read_pasted("标题"), text, ())
    assert [text[p.start : p.end] for p in draft.paragraphs] == ["标题", "正文👉一段"]
    assert draft.title == "标题"
    position = qt_position(text, text.index("一段"))
    assert position == text.index("一段") + 1
    assert python_index(text, position) == text.index("一段")


def test_cards_click_filters_findings(qtbot, view, tmp_path):
    _open(qtbot, view, tmp_path)
    card = next(c for c in view.cards.cards if c.key == "compliance")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert view.findings.list.count() == 1
    assert view.findings.current() is None or view.findings.current().category == "privacy"


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_draft_is_fine(qtbot, view, text):
    view.load(read_pasted(text))
    view.apply_fix()  # nothing to apply: a status line, no crash
    assert view.findings.list.count() == 0
    assert "新稿件" in view.header.text()


def test_service_card_tells_a_news_post_from_a_complete_service_post():
    def service_card(text: str) -> str:
        report = analyze(read_pasted(text), CheckContext())
        return next(card.value for card in build_cards(report) if card.key == "service")

    news = "县冬季旅游季开幕\n12月3日，县冬季旅游季在南山滑雪场开幕，首日接待游客1.2万人次。"
    assert service_card(news) == "非办事类"
    guide = (
        "居民医保缴费指南\n2027年度城乡居民医保缴费即日起开始办理，截止时间为12月31日。"
        "携带身份证到县政务服务中心一楼医保窗口办理，也可在“清河医保”小程序缴费。"
        "办理流程：第一步，打开小程序；第二步，核对信息；第三步，确认缴费。"
        "咨询电话：0531-87654321。"
    )
    assert service_card(guide) == "齐全"


def test_multimedia_suggestions_are_listed_marked_and_ignored_everywhere(qtbot, tmp_path):
    full = DraftView(CheckContext, lambda draft, context: analyze(draft, context))
    full.ignores = IgnoreStore(tmp_path / "ignores.json")
    qtbot.addWidget(full)
    full.resize(1100, 700)
    full.show()
    text = (
        "上半年经济运行情况\n上半年地区生产总值同比增长6.2%，规上工业增加值同比增长8.3%，"
        "社会消费品零售总额同比增长5.7%，固定资产投资同比增长9.4%。"
    )
    report = _open(qtbot, full, tmp_path, text)
    assert report.multimedia and report.multimedia[0].kind == "chart"
    listed = [full.findings.list.item(i).text() for i in range(full.findings.list.count())]
    assert any("多媒体建议（数据图表）" in line for line in listed), listed
    chart = next(f for f in full.findings.findings if f.rule == "multimedia.chart")
    mark = next(m for m in full.editor.marks if m.finding is chart)
    assert mark.finding.category == "multimedia"
    cards = {card.key: card for card in full.cards.cards}
    assert "数据图表" in cards["multimedia"].value.text()

    full.ignore_finding(chart)
    assert not any(f.rule == "multimedia.chart" for f in full.findings.findings)
    assert "数据图表" not in cards["multimedia"].value.text()
    assert all(m.kind != "chart" for m in full.visible_report().multimedia)  # what exports get
    # A lead paragraph moves the suggestion's passage; the ignore still holds.
    with qtbot.waitSignal(full.sig_analysed, timeout=20_000):
        full.editor.setPlainText(text.replace("\n", "\n今年以来，全县经济运行平稳。\n", 1))
    assert not any(f.rule == "multimedia.chart" for f in full.findings.findings)
    messages: list[str] = []
    full.sig_status.connect(messages.append)
    full.undo_ignore()
    assert messages[-1] == "已恢复提示：多媒体建议（数据图表）（整篇）"
    assert any(f.rule == "multimedia.chart" for f in full.findings.findings)
