"""The window checks a folder in the background and shows each draft with its findings."""

from __future__ import annotations

from editor_assistant.core.context import CheckContext
from editor_assistant.gui.main_window import MainWindow


def test_batch_fills_the_table_and_opens_a_draft(qtbot, tmp_path):
    (tmp_path / "2026-11-23-供暖.txt").write_text("冬季供暖今起开始\n热线 0531-88881234。", "utf-8")
    (tmp_path / "2026-11-24-招聘.md").write_text("# 春风行动招聘会\n\n周六上午9点开始。", "utf-8")
    (tmp_path / "坏.docx").write_bytes(b"broken")
    window = MainWindow(CheckContext())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sig_batch_finished, timeout=60_000):
        window.check([tmp_path])
    model = window.model
    assert model.rowCount() == 3
    titles = {model.index(row, 0).data() for row in range(3)}
    assert {"冬季供暖今起开始", "春风行动招聘会", "坏.docx"} == titles
    assert "1 个无法读取" in window.status.text()
    proxy = window.table.model()
    row = next(r for r in range(3) if proxy.index(r, 0).data() == "春风行动招聘会")
    window._open_row(proxy.index(row, 0))
    assert window.tabs.currentWidget() is window.draft_view
    assert window.draft_view.editor.toPlainText().startswith("春风行动招聘会")
