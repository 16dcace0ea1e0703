"""Start the desktop app: fonts for Chinese, the main window, an optional screenshot."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from editor_assistant.core.context import CheckContext
from editor_assistant.gui.main_window import MainWindow

# Families that cover Simplified Chinese on Linux, Windows and macOS, best first.
CHINESE_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC")


def _apply_chinese_font(app: QApplication) -> None:
    available = set(QFontDatabase.families())
    for family in CHINESE_FAMILIES:
        if family in available:
            font = QFont(family)
            font.setPointSize(max(app.font().pointSize(), 10))
            app.setFont(font)
            return


def create_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("编辑助手")
    app.setOrganizationName("editor-assistant")
    _apply_chinese_font(app)
    return app


def run_app(target: str | None, context: CheckContext, screenshot: Path | None = None) -> int:
    app = create_app()
    window = MainWindow(context)
    window.show()
    if screenshot is not None:

        def save_and_quit() -> None:
            window.grab().save(str(screenshot))
            app.quit()

        window.sig_batch_finished.connect(lambda: QTimer.singleShot(200, save_and_quit))
    if target:
        window.check([target])
    elif screenshot is not None:
        QTimer.singleShot(300, save_and_quit)
    return app.exec()
