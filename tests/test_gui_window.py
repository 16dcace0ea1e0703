"""The main window: shortcuts, remembered state, drag and drop, start-up and --screenshot."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage, QKeySequence

from editor_assistant.core.context import CheckContext
from editor_assistant.gui.actions import ACTIONS, shortcut_table
from editor_assistant.gui.main_window import MainWindow


def test_every_action_has_its_own_shortcut(qtbot):
    window = MainWindow(CheckContext())
    qtbot.addWidget(window)
    keys = [window.actions[spec.name].shortcut().toString() for spec in ACTIONS]
    assert all(keys), [spec.name for spec, key in zip(ACTIONS, keys, strict=True) if not key]
    assert len(set(keys)) == len(keys)
    table = shortcut_table()
    assert all(spec.text in table for spec in ACTIONS)
    assert QKeySequence("Ctrl+Return").toString() in keys


def test_start_up_loads_in_the_background_and_says_so(qtbot):
    window = MainWindow(CheckContext())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sig_ready, timeout=60_000):
        assert window.loading.text().startswith("正在")
    assert window.loading.text().startswith("就绪")
    assert window.context.archive is not None  # the default archive file was opened
    assert "稿件库共 0 篇" in window.archive_view.summary.text()


def test_recent_files_and_geometry_are_remembered(qtbot, tmp_path):
    draft = tmp_path / "通知.txt"
    draft.write_text("停水通知\n明日停水。", "utf-8")
    first = MainWindow(CheckContext())
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.draft_view.sig_analysed, timeout=20_000):
        first.open_draft(draft)
    first.resize(640, 480)  # the offscreen screen is 800x600
    first.close()
    second = MainWindow(CheckContext())
    qtbot.addWidget(second)
    assert [a.toolTip() for a in second.recent_menu.actions()] == [str(draft)]
    assert (second.width(), second.height()) == (640, 480)


def test_dropping_one_file_opens_it_and_a_folder_batches_it(qtbot, tmp_path):
    draft = tmp_path / "通知.txt"
    draft.write_text("停水通知\n明日停水。", "utf-8")
    window = MainWindow(CheckContext())
    qtbot.addWidget(window)

    def drop(path) -> None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        window.dropEvent(event)

    with qtbot.waitSignal(window.draft_view.sig_analysed, timeout=20_000):
        drop(draft)
    assert window.draft_view.editor.toPlainText() == "停水通知\n明日停水。"
    with qtbot.waitSignal(window.sig_batch_finished, timeout=20_000):
        drop(tmp_path)
    assert window.batch_view.model.rowCount() == 1


def test_screenshot_waits_for_the_analysis_and_shows_the_chosen_view(tmp_path, isolated_home):
    """End to end through the CLI, in its own process as a documentation run would be."""
    (tmp_path / "2026-11-23-停水.txt").write_text("停水通知\n明日停水。", "utf-8")
    (tmp_path / "2026-11-24-供暖.txt").write_text("供暖通知\n今日供暖。" * 30, "utf-8")
    shot = tmp_path / "draft.png"
    env = dict(os.environ, EDITOR_ASSISTANT_HOME=str(isolated_home), QT_QPA_PLATFORM="offscreen")
    command = [
        sys.executable,
        "-m",
        "editor_assistant",
        "gui",
        str(tmp_path),
        "--screenshot",
        str(shot),
        "--screenshot-view",
        "draft",
    ]
    done = subprocess.run(command, env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 600
