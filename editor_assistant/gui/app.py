"""Start the desktop app: fonts for Chinese, the icon, the main window, an optional screenshot."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QLibraryInfo, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from editor_assistant.core.context import CheckContext
from editor_assistant.core.resources import resource_path
from editor_assistant.gui import workers
from editor_assistant.gui.main_window import MainWindow

# Families that cover Simplified Chinese on Linux, Windows and macOS, best first.
CHINESE_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC")
SCREENSHOT_VIEWS = ("draft", "batch", "week", "archive")
SCREENSHOT_TIMEOUT_MS = 120_000
_POLL_MS = 100


# WenQuanYi Micro Hei claims symbols such as ℃ but draws them empty, so Qt never falls back:
# a font with real glyphs for them goes first (it has no Chinese, which still comes from WQY).
_SYMBOLS_BEFORE = {"WenQuanYi Micro Hei": "DejaVu Sans"}


def _apply_chinese_font(app: QApplication) -> None:
    available = set(QFontDatabase.families())
    for family in CHINESE_FAMILIES:
        if family in available:
            font = QFont()
            symbols = _SYMBOLS_BEFORE.get(family)
            font.setFamilies([symbols, family] if symbols in available else [family])
            font.setPointSize(max(app.font().pointSize(), 10))
            app.setFont(font)
            return


def _install_chinese_qt_texts(app: QApplication) -> None:
    """Qt's own words (确定/取消, the editor's 撤销/粘贴 menu) in Chinese, whatever the locale."""
    if app.findChild(QTranslator, "qtbase_zh_CN") is not None:  # create_app called again
        return
    translator = QTranslator(app)
    translator.setObjectName("qtbase_zh_CN")
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_zh_CN", folder):
        app.installTranslator(translator)


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resource_path("icons")
    for size in (16, 32, 48, 64, 128, 256):
        png = folder / f"app-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def create_app() -> QApplication:
    if QApplication.instance() is None:
        # Fractional scaling (150 % on office laptops) as the system asks, not rounded to 2x.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("编辑助手")
    app.setOrganizationName("editor-assistant")
    app.setDesktopFileName("editor-assistant")
    app.setWindowIcon(app_icon())
    _apply_chinese_font(app)
    _install_chinese_qt_texts(app)
    return app


def _show_view(window: MainWindow, view: str) -> None:
    """For a screenshot: the tab asked for. A draft shot of a batch opens the draft with the
    most kinds of findings (the most colours), then the most findings."""
    if view == "draft" and window.tabs.currentWidget() is window.batch_view:
        results = [r.report for r in window.batch_view.model.results if r.report]
        if results:
            shown = max(
                results, key=lambda r: (len({f.category for f in r.findings}), len(r.findings))
            )
            window.draft_view.load(shown.draft, shown)
    tabs = {"draft": window.draft_view, "archive": window.archive_view}
    window.tabs.setCurrentWidget(tabs.get(view, window.batch_view))


def screenshot_when_idle(window: MainWindow, out: Path, view: str | None) -> None:
    """Once every background job has finished, show ``view``, grab the window and quit."""
    clock = QElapsedTimer()
    clock.start()
    shown = False

    def poll() -> None:
        nonlocal shown
        app = QApplication.instance()
        if window.is_busy() and clock.elapsed() < SCREENSHOT_TIMEOUT_MS:
            QTimer.singleShot(_POLL_MS, poll)
            return
        if view and not shown:
            shown = True
            _show_view(window, view)
            QTimer.singleShot(_POLL_MS, poll)  # a draft opened from the batch may re-check
            return
        app.processEvents()
        if not window.grab().save(str(out)):
            print(f"无法保存截图：{out}", file=sys.stderr)
            app.exit(1)
            return
        app.quit()

    QTimer.singleShot(_POLL_MS * 3, poll)


def run_app(
    target: str | None,
    context: CheckContext,
    screenshot: Path | None = None,
    screenshot_view: str | None = None,
) -> int:
    app = create_app()
    window = MainWindow(context)
    if screenshot is not None:
        window.resize(1360, 860)
    window.show()
    if target:
        window.open_target(target)
    if screenshot is not None:
        view = screenshot_view
        if view is not None and view not in SCREENSHOT_VIEWS:
            print(f"未知的截图视图：{view}（可选 {'/'.join(SCREENSHOT_VIEWS)}）", file=sys.stderr)
            return 2
        screenshot_when_idle(window, screenshot, view)
    code = app.exec()
    window.close()  # cancels batch and import work
    workers.finish()
    return code
