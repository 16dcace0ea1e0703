"""The archive of past posts: import with progress, counts per account and month, search, remove."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_assistant.gui import workers

ARTICLE_COLUMNS = ("标题", "公众号", "发布日期", "字数")
COUNT_COLUMNS = ("公众号", "月份", "篇数")
SHOWN_ARTICLES = 500  # a table of thousands of rows helps nobody; search narrows it


def _access():
    """The archive helpers (numpy, SQLite), imported on first use instead of at start-up."""
    from editor_assistant.gui import archive_access

    return archive_access


def _table(columns: tuple[str, ...], sort_column: int) -> QTableWidget:
    """Newest first by default (``sort_column`` descending); any header click re-sorts."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.DescendingOrder)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple], keys: list | None = None) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem()
            item.setData(
                Qt.ItemDataRole.DisplayRole, value if isinstance(value, int) else str(value or "—")
            )
            if keys is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()


class ArchiveView(QWidget):
    sig_status = Signal(str)
    sig_import_finished = Signal()
    sig_choose_import = Signal()

    def __init__(self, archive_provider: Callable[[], object], parent=None) -> None:
        super().__init__(parent)
        self.archive_provider = archive_provider
        self.task: workers.Task | None = None
        self.summary = QLabel("正在打开往期稿件库…")
        self.summary.setWordWrap(True)
        import_button = QPushButton("导入…")
        import_button.setToolTip(
            "导入稿件文件、文件夹或公众号导出（CSV/JSONL/XLSX）（Ctrl+Shift+A）"
        )
        import_button.clicked.connect(self.sig_choose_import)
        self.cancel_button = QPushButton("取消导入")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.search = QLineEdit()
        self.search.setPlaceholderText("按标题搜索（回车）")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.refresh)
        self.remove_button = QPushButton("移除选中")
        self.remove_button.setToolTip("从稿件库中移除选中的稿件（Delete）")
        self.remove_button.clicked.connect(self.remove_selected)
        self.progress = QProgressBar()
        self.progress.hide()
        top = QHBoxLayout()
        for widget in (import_button, self.cancel_button, self.search, self.remove_button):
            top.addWidget(widget)
        top.setStretchFactor(self.search, 1)
        self.counts = _table(COUNT_COLUMNS, sort_column=1)
        self.articles = _table(ARTICLE_COLUMNS, sort_column=2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.counts)
        splitter.addWidget(self.articles)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def is_busy(self) -> bool:
        return self.task is not None

    def refresh(self) -> None:
        """Counts and the article list (filtered by the search text) from the store."""
        store = self.archive_provider()
        if store is None:
            self.summary.setText("往期稿件库未打开（见状态栏）。")
            return
        facts = _access().overview(store)
        rows = [(m.account, m.month, m.count) for m in facts.months]
        _fill(self.counts, rows)
        query = self.search.text().strip()
        found = _access().search(store, query)
        shown = found[:SHOWN_ARTICLES]
        rows = [(a.title, a.account, a.published_at, a.length) for a in shown]
        _fill(self.articles, rows, keys=[a.id for a in shown])
        accounts = "、".join(f"{name} {count} 篇" for name, count in facts.accounts[:6])
        at_least = "至少 " if len(found) >= _access().SEARCH_LIMIT else ""
        matches = f"；标题含“{query}”的{at_least} {len(found)} 篇" if query else ""
        self.summary.setText(
            f"稿件库共 {facts.total} 篇：{accounts or '暂无'}{matches}。"
            f"<br><span style='color:#666'>{store.location}</span>"
        )

    def import_paths(self, paths: list[str | Path]) -> None:
        store = self.archive_provider()
        if store is None:
            self.sig_status.emit("往期稿件库未打开，无法导入")
            return
        task = workers.Task(
            lambda progress, cancelled: _access().import_paths(store, paths, progress, cancelled)
        )
        task.signals.sig_progress.connect(self._on_progress)
        task.signals.sig_done.connect(self._on_imported)
        task.signals.sig_failed.connect(self._on_failed)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.task = workers.start(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(round(fraction * 100))
        self.progress.setFormat(f"%p%  {text}")

    def _end_import(self, message: str) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self.refresh()
        self.sig_status.emit(message)
        self.sig_import_finished.emit()

    def _on_imported(self, message: str) -> None:
        self._end_import(message)

    def _on_failed(self, message: str) -> None:
        self._end_import(f"导入失败：{message}")

    def remove_selected(self) -> None:
        store = self.archive_provider()
        rows = sorted({index.row() for index in self.articles.selectedIndexes()})
        if store is None or not rows:
            return
        ids = [self.articles.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]
        answer = QMessageBox.question(self, "移除稿件", f"从稿件库中移除选中的 {len(ids)} 篇稿件？")
        if answer == QMessageBox.StandardButton.Yes:
            _access().remove(store, ids)
            self.refresh()
            self.sig_status.emit(f"已移除 {len(ids)} 篇")
