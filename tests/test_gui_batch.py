"""The batch view checks a folder in the background: rows, progress, week summary, filter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor_assistant.core.context import CheckContext
from editor_assistant.core.ignores import IgnoreStore
from editor_assistant.gui.main_window import MainWindow


def _week_folder(tmp_path):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "2026-11-23-供暖.txt").write_text("冬季供暖今起开始\n热线 0531-88881234。", "utf-8")
    (tmp_path / "2026-11-24-招聘.md").write_text(
        "# 春风行动招聘会\n\n就业岗位300个，周六上午9点开始。", "utf-8"
    )
    (tmp_path / "2026-12-09-医保.txt").write_text("医保缴费开始\n医疗保险可在网上缴纳。", "utf-8")
    (tmp_path / "坏.docx").write_bytes(b"broken")
    return tmp_path


def test_batch_fills_rows_reports_progress_and_summarises_the_week(qtbot, tmp_path):
    window = MainWindow(CheckContext())
    qtbot.addWidget(window)
    batch = window.batch_view
    progress: list[int] = []
    batch.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(window.sig_batch_finished, timeout=60_000):
        window.check([_week_folder(tmp_path)])
    assert window.tabs.currentWidget() is batch
    assert progress[-1] == 100 and len(progress) >= 3
    assert batch.progress.isHidden() and not batch.cancel_button.isEnabled()
    model = batch.model
    assert model.rowCount() == 4
    titles = {model.index(row, 0).data() for row in range(4)}
    assert {"冬季供暖今起开始", "春风行动招聘会", "医保缴费开始", "坏.docx"} == titles
    assert "1 个无法读取" in window.status.text()
    week = batch.week
    assert week.tiles["posts"][0].text() == "3"
    assert week.tiles["gap"][0].text() == "15 天"  # 11-24 → 12-09: the two-week warning
    assert "长期未更新" in week.tiles["gap"][1].text()
    assert "就业" in week.topics.text().split("未覆盖")[0]
    assert len(week.per_day.bars) == 17  # every day from 11-23 to 12-09, empty ones too


def test_batch_rows_filter_sort_and_open_in_the_draft_view(qtbot, tmp_path):
    window = MainWindow(CheckContext())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sig_batch_finished, timeout=60_000):
        window.check([_week_folder(tmp_path)])
    batch = window.batch_view
    batch.filter.setText("招聘")
    assert batch.proxy.rowCount() == 1
    batch.filter.clear()
    batch.attention.setChecked(True)  # only the unreadable file needs attention here
    assert batch.proxy.rowCount() == 1
    batch.attention.setChecked(False)
    batch.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    role = Qt.ItemDataRole.UserRole
    chars = [batch.proxy.index(r, 2).data(role) for r in range(batch.proxy.rowCount())]
    assert chars == sorted(chars)
    row = next(r for r in range(4) if batch.proxy.index(r, 0).data() == "春风行动招聘会")
    with qtbot.waitSignal(window.draft_view.sig_analysed, timeout=10_000):
        batch.open_row(batch.proxy.index(row, 0))
    assert window.tabs.currentWidget() is window.draft_view
    assert window.draft_view.editor.toPlainText().startswith("春风行动招聘会")


def test_cancel_keeps_what_was_checked(qtbot, tmp_path):
    for day in range(10, 30):
        (tmp_path / f"2026-11-{day}-稿件.txt").write_text(f"第{day}篇\n正文。" * 50, "utf-8")
    window = MainWindow(CheckContext())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.opening is None, timeout=20_000)  # batches wait for it
    with qtbot.waitSignal(window.sig_batch_finished, timeout=60_000):
        window.check([tmp_path])
        window.act_cancel()
    assert window.batch_view.model.rowCount() < 20
    assert "已取消" in window.batch_view.hint.text()


def test_review_sheets_from_the_batch_leave_out_what_the_editor_ignored(qtbot, tmp_path):
    window = MainWindow(CheckContext())
    qtbot.addWidget(window)
    window.draft_view.ignores = IgnoreStore(tmp_path / "ignores.json")
    with qtbot.waitSignal(window.sig_batch_finished, timeout=60_000):
        window.check([_week_folder(tmp_path / "week")])
    report = next(
        r.report for r in window.batch_view.model.results if r.report and r.report.findings
    )
    first = report.findings[0]
    window.draft_view.ignores.ignore(report.draft, first)
    exported: list = []
    window.exports.review_sheets = lambda reports, settings: exported.extend(reports)
    window.tabs.setCurrentWidget(window.batch_view)
    window.act_export_review()
    sent = next(r for r in exported if r.draft.path == report.draft.path)
    assert first not in sent.findings and len(sent.findings) == len(report.findings) - 1
