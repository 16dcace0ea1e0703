"""A week of drafts: check a folder or dropped files, table with progress, week summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor_assistant.core.context import CheckContext

if TYPE_CHECKING:
    from editor_assistant.core.batch import DocumentResult
from editor_assistant.gui import workers
from editor_assistant.gui.batch_model import BatchFilter, BatchModel
from editor_assistant.gui.week_summary import WeekSummaryView


def _check_paths(paths, context, progress, cancelled) -> list[DocumentResult]:
    from editor_assistant.core.batch import check_paths  # off the start-up path

    return check_paths(paths, context, progress, cancelled)


class BatchView(QWidget):
    sig_finished = Signal()
    sig_open_result = Signal(object)  # DocumentResult with a report
    sig_status = Signal(str)
    sig_choose_folder = Signal()
    sig_choose_files = Signal()

    def __init__(self, context_provider: Callable[[], CheckContext], parent=None) -> None:
        super().__init__(parent)
        self.context_provider = context_provider
        self.task: workers.Task | None = None
        self.model = BatchModel(self)
        self.proxy = BatchFilter(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(self.open_row)
        self.table.activated.connect(self.open_row)
        folder = QPushButton("选择文件夹…")
        folder.setToolTip("检查一个文件夹中的全部稿件（Ctrl+Shift+O）")
        folder.clicked.connect(self.sig_choose_folder)
        files = QPushButton("选择文件…")
        files.setToolTip("检查选中的若干稿件；也可以把文件拖进窗口")
        files.clicked.connect(self.sig_choose_files)
        self.cancel_button = QPushButton("取消")
        self.cancel_button.setToolTip("停止检查（Esc），已检查的稿件保留")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("筛选：标题、日期、错误…（Ctrl+F）")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.attention = QCheckBox("只看需处理的")
        self.attention.toggled.connect(self.proxy.set_only_attention)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.hint = QLabel("选择一个文件夹，或把稿件拖进窗口；双击一行在“稿件”中打开。")
        top = QHBoxLayout()
        for widget in (folder, files, self.cancel_button, self.filter, self.attention):
            top.addWidget(widget)
        top.setStretchFactor(self.filter, 1)
        self.week = WeekSummaryView()
        table_pane = QWidget()
        table_layout = QVBoxLayout(table_pane)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(top)
        table_layout.addWidget(self.progress)
        table_layout.addWidget(self.hint)
        table_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table_pane)
        splitter.addWidget(self.week)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def check(self, paths: list[str | Path]) -> None:
        """Check files or folders in the background; rows and summary fill in when done."""
        if self.task is not None:
            self.task.cancel()
        context = self.context_provider()
        task = workers.Task(
            lambda progress, cancelled: _check_paths(paths, context, progress, cancelled)
        )
        task.signals.sig_progress.connect(self._on_progress)
        task.signals.sig_done.connect(self._on_done)
        task.signals.sig_failed.connect(self._on_failed)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.sig_status.emit("正在检查…")
        self.task = workers.start(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.sig_status.emit("正在取消…")

    def is_busy(self) -> bool:
        return self.task is not None

    def _on_progress(self, fraction: float, text: str) -> None:
        if self.sender() is not (self.task.signals if self.task else None):
            return  # an earlier, replaced batch still reporting
        self.progress.setValue(round(fraction * 100))
        self.progress.setFormat(f"%p%  {text}")

    def _on_done(self, results: list[DocumentResult]) -> None:
        if self.task is None or self.sender() is not self.task.signals:
            return
        cancelled = self.task.is_cancelled()
        self.task = None
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self.model.set_results(results)
        self.table.resizeColumnsToContents()
        review = self.context_provider().settings.section("review")
        self.week.show_reports([r.report for r in results if r.report], review)
        failed = sum(1 for r in results if r.error)
        status = f"已检查 {len(results)} 个文件" + (f"，{failed} 个无法读取" if failed else "")
        self.hint.setText(status + ("（已取消，其余未检查）" if cancelled else ""))
        self.sig_status.emit(status)
        self.sig_finished.emit()

    def _on_failed(self, message: str) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self.sig_status.emit(f"检查失败：{message}")
        self.sig_finished.emit()

    def open_row(self, index) -> None:
        result = self.proxy.result_at(index)
        if result.report is not None:
            self.sig_open_result.emit(result)
        else:
            self.sig_status.emit(f"无法打开：{result.error.reason}")
