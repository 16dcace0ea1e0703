"""The main window: the week's drafts in a table and one draft in detail."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTableView,
    QTabWidget,
)

from editor_assistant import __version__
from editor_assistant.core.batch import DocumentResult, check_paths
from editor_assistant.core.context import CheckContext
from editor_assistant.core.readers import DRAFT_SUFFIXES
from editor_assistant.gui import workers
from editor_assistant.gui.batch_model import BatchModel
from editor_assistant.gui.draft_view import DraftView


class MainWindow(QMainWindow):
    sig_batch_finished = Signal()

    def __init__(self, context: CheckContext) -> None:
        super().__init__()
        self.context = context
        self.task: workers.Task | None = None
        self.setWindowTitle(f"编辑助手 {__version__}")
        self.resize(1200, 760)
        self.model = BatchModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_row)
        self.draft_view = DraftView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, "本周稿件")
        self.tabs.addTab(self.draft_view, "稿件详情")
        self.setCentralWidget(self.tabs)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.hide()
        self.status = QLabel("就绪")
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self._add_actions()

    def _add_actions(self) -> None:
        menu = self.menuBar().addMenu("文件(&F)")
        for text, shortcut, slot in (
            ("打开稿件…", QKeySequence.StandardKey.Open, self._choose_files),
            ("打开文件夹…", QKeySequence("Ctrl+Shift+O"), self._choose_folder),
            ("退出", QKeySequence.StandardKey.Quit, self.close),
        ):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            menu.addAction(action)

    def _choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in DRAFT_SUFFIXES)
        files, _ = QFileDialog.getOpenFileNames(self, "打开稿件", "", f"稿件 ({patterns})")
        if files:
            self.check(files)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "打开文件夹")
        if folder:
            self.check([folder])

    def check(self, paths: list[str | Path]) -> None:
        """Check files or folders in the background; the table fills when done."""
        if self.task is not None:
            self.task.cancel()
        context = self.context
        task = workers.Task(
            lambda progress, cancelled: check_paths(paths, context, progress, cancelled)
        )
        task.signals.sig_progress.connect(self._on_progress)
        task.signals.sig_done.connect(self._on_done)
        task.signals.sig_failed.connect(self._on_failed)
        self.progress.show()
        self.status.setText("正在检查…")
        self.task = workers.start(task)

    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(round(fraction * 100))
        self.status.setText(f"正在检查：{text}")

    def _on_done(self, results: list[DocumentResult]) -> None:
        self.task = None
        self.progress.hide()
        self.model.set_results(results)
        self.table.resizeColumnsToContents()
        failed = sum(1 for r in results if r.error)
        self.status.setText(
            f"已检查 {len(results)} 个文件" + (f"，{failed} 个无法读取" if failed else "")
        )
        readable = [r for r in results if r.report]
        if len(results) == 1 and readable:
            self.draft_view.show_report(readable[0].report)
            self.tabs.setCurrentWidget(self.draft_view)
        self.sig_batch_finished.emit()

    def _on_failed(self, message: str) -> None:
        self.task = None
        self.progress.hide()
        self.status.setText(f"检查失败：{message}")
        self.sig_batch_finished.emit()

    def _open_row(self, index) -> None:
        source = self.table.model().mapToSource(index)
        result = self.model.results[source.row()]
        if result.report is not None:
            self.draft_view.show_report(result.report)
            self.tabs.setCurrentWidget(self.draft_view)
