"""Table model of a batch: one row per file, sorted and filtered through BatchFilter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from editor_assistant.core.batch import DocumentResult

from editor_assistant.core.model import Severity

COLUMNS = ("标题", "日期", "字数", "图片", "文风", "原创度", "问题", "错误")
_ERROR_COLOUR = QColor("#b3261e")


def _cell(result: DocumentResult, column: int):
    if result.report is None:
        name = result.path.replace("\\", "/").rsplit("/", 1)[-1]
        return (name, None, None, None, None, None, None, result.error.reason)[column]
    report = result.report
    draft, metrics = report.draft, report.metrics
    values = (
        draft.title or "（无标题）",
        draft.published_at.isoformat() if draft.published_at else None,
        draft.chars,
        metrics.get("images"),
        metrics.get("officialese"),
        metrics.get("originality"),
        len(report.findings),
        "；".join(e.message for e in report.errors) or None,
    )
    return values[column]


class BatchModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.results: list[DocumentResult] = []

    def set_results(self, results: list[DocumentResult]) -> None:
        self.beginResetModel()
        self.results = list(results)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = _cell(self.results[index.row()], index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "—"
            return str(round(value)) if isinstance(value, float) else str(value)
        if role == Qt.ItemDataRole.UserRole:  # sort key: numbers as numbers
            return -1 if value is None else value
        if role == Qt.ItemDataRole.ForegroundRole and self.results[index.row()].error:
            return _ERROR_COLOUR
        return None


def needs_attention(result: DocumentResult) -> bool:
    """Unreadable, a check failed, or at least one error-level finding."""
    report = result.report
    if report is None:
        return True
    return bool(report.errors) or any(f.severity is Severity.ERROR for f in report.findings)


class BatchFilter(QSortFilterProxyModel):
    """Rows whose cells contain the typed text; optionally only those needing attention."""

    def __init__(self, model: BatchModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.only_attention = False

    def set_only_attention(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_attention = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if self.only_attention and not needs_attention(self.sourceModel().results[row]):
            return False
        return super().filterAcceptsRow(row, parent)

    def result_at(self, index) -> DocumentResult:
        return self.sourceModel().results[self.mapToSource(index).row()]
