"""Export menu and the originality side-by-side view, against the real exporters."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from editor_assistant.core.analyze import analyze
from editor_assistant.core.context import CheckContext
from editor_assistant.core.model import Report
from editor_assistant.core.readers import read_pasted
from editor_assistant.gui.compare_view import CompareDialog
from editor_assistant.gui.export_actions import ExportRunner

SOURCE = "往期正文。冬季供暖今起开始，热线电话全天开通。结尾。"


def _report() -> Report:
    return analyze(read_pasted("冬季供暖通知\n冬季供暖今起开始，热线电话全天开通。"), checks=())


def test_review_sheet_export_asks_before_overwriting(qtbot, tmp_path, monkeypatch):
    statuses: list[str] = []
    runner = ExportRunner(None, statuses.append)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    for _ in range(2):
        runner.review_sheets([_report()], CheckContext().settings)
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=30_000)
    sheets = list(tmp_path.glob("*.docx"))
    assert len(sheets) == 1 and sheets[0].stat().st_size > 5000
    assert len(asked) == 1 and "已存在" in asked[0]
    assert statuses[-1].startswith("已导出：")


def test_compare_view_marks_copied_passages_on_both_sides(qtbot):
    report = _report()
    text = report.draft.text
    start = text.index("冬季供暖今起开始")
    match = {
        "archive_id": 7,
        "title": "供暖开始",
        "account": "清河发布",
        "published_at": "2025-11-15",
        "copied_fraction": 0.6,
        "spans": [[start, len(text)]],
        "source_spans": [[SOURCE.index("冬季"), SOURCE.index("结尾")]],
    }
    report = Report(
        report.draft, {"originality": 40.0}, (), details={"originality": {"matches": [match]}}
    )
    dialog = CompareDialog(report, lambda m: SOURCE if m["archive_id"] == 7 else None)
    qtbot.addWidget(dialog)
    assert "清河发布 · 2025-11-15，占本稿 60%" in dialog.chooser.itemText(0)
    draft_marks = [s.cursor.selectedText() for s in dialog.draft_view.extraSelections()]
    source_marks = [s.cursor.selectedText() for s in dialog.source_view.extraSelections()]
    assert draft_marks == ["冬季供暖今起开始，热线电话全天开通。"]
    assert source_marks == ["冬季供暖今起开始，热线电话全天开通。"]
