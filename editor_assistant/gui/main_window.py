"""The main window: 稿件 (write, see, fix), 本周稿件 (batch a week), 往期稿件库 (archive)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget

from editor_assistant import __version__
from editor_assistant.core import paths
from editor_assistant.core.context import CheckContext
from editor_assistant.gui import startup, workers
from editor_assistant.gui.actions import build_menus, shortcut_table
from editor_assistant.gui.archive_view import ArchiveView
from editor_assistant.gui.batch_view import BatchView
from editor_assistant.gui.draft_view import DraftView
from editor_assistant.gui.export_actions import ExportRunner

MAX_RECENT = 10
LANGUAGE_DATA_DELAY_MS = 200
FEED_SUFFIXES = ("*.csv", "*.jsonl", "*.xlsx")


def draft_patterns() -> list[str]:
    # The readers (python-docx, lxml) are imported on demand, not on the start-up path.
    from editor_assistant.core.readers import DRAFT_SUFFIXES

    return [f"*{suffix}" for suffix in DRAFT_SUFFIXES]


def window_settings() -> QSettings:
    """Geometry and recent files, beside settings.toml (so EDITOR_ASSISTANT_HOME isolates them)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    sig_batch_finished = Signal()
    sig_ready = Signal()  # background loading (dictionaries, archive) has finished

    def __init__(self, context: CheckContext) -> None:
        super().__init__()
        self.context = context
        self.language_loading = True  # jieba, started just after the first paint
        self.opening: workers.Task | None = None  # the archive
        self._archive_note = ""
        self._waiting_paths: list[str | Path] | None = None  # a batch waiting for the archive
        self.setWindowTitle(f"编辑助手 {__version__}")
        self.setAcceptDrops(True)
        self.draft_view = DraftView(lambda: self.context)
        self.batch_view = BatchView(lambda: self.context)
        self.archive_view = ArchiveView(lambda: self.context.archive)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.draft_view, "稿件")
        self.tabs.addTab(self.batch_view, "本周稿件")
        self.tabs.addTab(self.archive_view, "往期稿件库")
        self.setCentralWidget(self.tabs)
        self.status = QLabel("就绪")
        self.loading = QLabel("正在启动…")
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.loading)
        self.exports = ExportRunner(self, self.status.setText)
        for view in (self.draft_view, self.batch_view, self.archive_view):
            view.sig_status.connect(self.status.setText)
        self.draft_view.sig_opened.connect(self._remember_recent)
        self.batch_view.sig_finished.connect(self.sig_batch_finished)
        self.batch_view.sig_open_result.connect(self._open_result)
        self.batch_view.sig_choose_folder.connect(self.act_open_folder)
        self.batch_view.sig_choose_files.connect(self._choose_batch_files)
        self.archive_view.sig_choose_import.connect(self.act_archive_import)
        self.actions, self.menus = build_menus(self)
        self.recent_menu = self.menus["file"].addMenu("最近打开")
        self.menus["file"].insertMenu(self.actions["export_review"], self.recent_menu)
        self._restore_window()
        self._fill_recent()
        self._open_archive()  # before any check, so checks see the archive
        # Pure-Python dictionary loading holds the interpreter: let the window paint first.
        QTimer.singleShot(LANGUAGE_DATA_DELAY_MS, self._load_language_data)

    # --- start-up and state ------------------------------------------------------------------
    def _open_archive(self) -> None:
        context = self.context
        opening = workers.Task(lambda progress, cancelled: startup.open_archive(context))
        opening.signals.sig_done.connect(self._on_archive)
        opening.signals.sig_failed.connect(self._on_archive_failed)
        self.opening = workers.start(opening)

    def _load_language_data(self) -> None:
        warming = workers.Task(lambda progress, cancelled: startup.load_language_data(progress))
        warming.signals.sig_progress.connect(self._on_warm_progress)
        warming.signals.sig_done.connect(self._on_language_loaded)
        warming.signals.sig_failed.connect(self._on_language_loaded)
        workers.start(warming)

    def _on_warm_progress(self, _fraction: float, text: str) -> None:
        self.loading.setText(text)

    def _on_language_loaded(self, _result=None) -> None:
        self.language_loading = False
        self._update_loading()

    def _on_archive(self, store) -> None:
        self.opening = None
        self.context = replace(self.context, archive=store)
        self.archive_view.refresh()
        self._archive_note = ""
        self._archive_ready()

    def _on_archive_failed(self, message: str) -> None:
        self.opening = None
        self._archive_note = "（往期稿件库不可用）"
        self.archive_view.summary.setText(f"往期稿件库无法打开：{message}")
        self._archive_ready()

    def _archive_ready(self) -> None:
        """Run what waited for the archive; re-check a draft checked without it."""
        waiting, self._waiting_paths = self._waiting_paths, None
        if waiting:
            self.check(waiting)
        draft = self.draft_view.report.draft if self.draft_view.report else None
        if self.context.archive is not None and draft is not None and draft.text:
            self.act_recheck()
        self._update_loading()

    def _update_loading(self) -> None:
        if not self.language_loading and self.opening is None:
            self.loading.setText("就绪" + self._archive_note)
            self.sig_ready.emit()

    def is_busy(self) -> bool:
        return (
            self.language_loading
            or self.opening is not None
            or self.draft_view.is_busy()
            or self.batch_view.is_busy()
            or self.archive_view.is_busy()
            or self.exports.is_busy()
        )

    def _restore_window(self) -> None:
        stored = window_settings().value("geometry")
        if isinstance(stored, QByteArray) and self.restoreGeometry(stored):
            return
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1280, screen.width() * 9 // 10), min(820, screen.height() * 9 // 10))

    def closeEvent(self, event) -> None:
        window_settings().setValue("geometry", self.saveGeometry())
        for task in (self.batch_view.task, self.archive_view.task):
            if task is not None:
                task.cancel()
        super().closeEvent(event)

    def _recent(self) -> list[str]:
        value = window_settings().value("recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember_recent(self, path: str) -> None:
        if not path:
            return
        recent = [path] + [p for p in self._recent() if p != path]
        window_settings().setValue("recent", recent[:MAX_RECENT])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self._recent()
        for number, path in enumerate(recent, start=1):
            action = QAction(f"&{number % 10} {Path(path).name}", self.recent_menu)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_draft(p))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(recent))

    # --- opening -----------------------------------------------------------------------------
    def open_draft(self, path: str | Path) -> None:
        self.tabs.setCurrentWidget(self.draft_view)
        self.draft_view.open_path(path)

    def check(self, paths_: list[str | Path]) -> None:
        """Check files or folders as a batch (the 本周稿件 tab), once the archive is open."""
        self.tabs.setCurrentWidget(self.batch_view)
        if self.opening is not None:
            self._waiting_paths = list(paths_)
            self.status.setText("正在打开往期稿件库，随后开始检查…")
            return
        self.batch_view.check(paths_)

    def open_target(self, target: str | Path) -> None:
        """A folder goes to the batch, a single file to the draft view."""
        if Path(target).is_dir():
            self.check([target])
        else:
            self.open_draft(target)

    def _open_result(self, result) -> None:
        self.tabs.setCurrentWidget(self.draft_view)
        self.draft_view.load(result.report.draft, result.report)

    def _choose_batch_files(self) -> None:
        files = self._ask_drafts("选择要检查的稿件")
        if files:
            self.check(files)

    def _ask_drafts(self, title: str) -> list[str]:
        patterns = " ".join(draft_patterns())
        files, _ = QFileDialog.getOpenFileNames(self, title, "", f"稿件 ({patterns})")
        return files

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        dropped = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not dropped:
            return
        event.acceptProposedAction()
        if self.tabs.currentWidget() is self.archive_view:
            self.archive_view.import_paths(dropped)
        elif len(dropped) == 1 and Path(dropped[0]).is_file():
            self.open_draft(dropped[0])
        else:
            self.check(dropped)

    # --- actions (see actions.py) ------------------------------------------------------------
    def act_new(self) -> None:
        self.tabs.setCurrentWidget(self.draft_view)
        self.draft_view.new_draft()
        self.draft_view.editor.setFocus()

    def act_open(self) -> None:
        files = self._ask_drafts("打开稿件")
        if len(files) == 1:
            self.open_draft(files[0])
        elif files:
            self.check(files)

    def act_open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "检查文件夹")
        if folder:
            self.check([folder])

    def act_paste_new(self) -> None:
        from editor_assistant.core.readers import read_pasted
        from editor_assistant.gui import paste

        pasted = paste.from_mime(QGuiApplication.clipboard().mimeData())
        if pasted is None:
            self.status.setText("剪贴板中没有文字或图片")
            return
        draft = replace(read_pasted(pasted.text), images=pasted.images)
        self.tabs.setCurrentWidget(self.draft_view)
        self.draft_view.load(draft)

    def act_export_review(self) -> None:
        if self.tabs.currentWidget() is self.batch_view:
            ignores = self.draft_view.ignores
            reports = [ignores.visible(r.report) for r in self.batch_view.model.results if r.report]
        else:
            shown = self.draft_view.visible_report()
            reports = [shown] if shown else []
        self.exports.review_sheets(reports, self.context.settings)

    def act_export_annotated(self) -> None:
        self.exports.annotated(self.draft_view.visible_report())

    def act_export_week(self) -> None:
        self.exports.week(self.batch_view.model.results, self.context.settings)

    def act_quit(self) -> None:
        self.close()

    def act_undo(self) -> None:
        self.draft_view.editor.undo()

    def act_redo(self) -> None:
        self.draft_view.editor.redo()

    def act_apply_fix(self) -> None:
        self.draft_view.apply_fix()

    def act_apply_all(self) -> None:
        self.draft_view.apply_all_safe()

    def act_ignore(self) -> None:
        self.draft_view.ignore_finding()

    def act_undo_ignore(self) -> None:
        self.draft_view.undo_ignore()

    def _step_finding(self, step: int) -> None:
        rows = self.draft_view.findings.list
        if rows.count():
            rows.setCurrentRow((rows.currentRow() + step) % rows.count())
            self.draft_view.select_finding(self.draft_view.findings.current())

    def act_next_finding(self) -> None:
        self._step_finding(1)

    def act_previous_finding(self) -> None:
        self._step_finding(-1)

    def act_recheck(self) -> None:
        self.draft_view.live.request(self.draft_view.editor.current_draft, immediately=True)

    def act_show_draft(self) -> None:
        self.tabs.setCurrentWidget(self.draft_view)

    def act_show_batch(self) -> None:
        self.tabs.setCurrentWidget(self.batch_view)

    def act_show_archive(self) -> None:
        self.tabs.setCurrentWidget(self.archive_view)

    def act_find(self) -> None:
        current = self.tabs.currentWidget()
        field = {
            self.batch_view: self.batch_view.filter,
            self.archive_view: self.archive_view.search,
        }
        target = field.get(current, self.draft_view.findings.category)
        target.setFocus()

    def act_compare(self) -> None:
        self.draft_view.show_card_detail("originality")

    def act_cancel(self) -> None:
        if self._waiting_paths is not None:
            self._waiting_paths = None
            self.status.setText("已取消")
        self.batch_view.cancel()
        self.archive_view.cancel()

    def act_archive_import(self) -> None:
        patterns = " ".join([*draft_patterns(), *FEED_SUFFIXES])
        files, _ = QFileDialog.getOpenFileNames(
            self, "导入往期稿件（稿件文件或公众号导出）", "", f"稿件与导出 ({patterns})"
        )
        if files:
            self.tabs.setCurrentWidget(self.archive_view)
            self.archive_view.import_paths(files)

    def act_archive_remove(self) -> None:
        self.tabs.setCurrentWidget(self.archive_view)
        self.archive_view.remove_selected()

    def act_settings(self) -> None:
        from editor_assistant.gui.settings_dialog import SettingsDialog  # imports every check

        dialog = SettingsDialog(self.context.settings, self.draft_view.ignores, self)
        accepted = dialog.exec()
        self.draft_view.refresh_findings()  # ignores restored in the dialog show again
        if accepted and dialog.saved is not None:
            old_archive = startup.archive_location(self.context)
            self.context = replace(self.context, settings=dialog.saved)
            self.status.setText(f"设置已保存到 {dialog.path}")
            if startup.archive_location(self.context) != old_archive:
                self.context = replace(self.context, archive=None)
                self._open_archive()
            self.act_recheck()

    def act_shortcuts(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("快捷键一览")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(shortcut_table())
        box.exec()

    def act_about(self) -> None:
        QMessageBox.about(
            self,
            "关于编辑助手",
            f"<b>编辑助手 {__version__}</b><br>政务新媒体稿件发布前的内容质量检查：文风、配图、"
            "原创度、多媒体、服务要素与合规。<br>全部在本机运行，不联网。",
        )
