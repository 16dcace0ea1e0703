"""The list of findings beside the text: select one, apply its safe fix, or ignore it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_assistant.core.fixes import is_applicable
from editor_assistant.core.model import Finding, Severity
from editor_assistant.gui.labels import category_name, finding_label, finding_tooltip

_SEVERITY_COLOURS = {Severity.ERROR: "#b3261e", Severity.WARNING: "#8a5300"}
_ALL = ""


class FindingsPanel(QWidget):
    sig_selected = Signal(object)  # Finding
    sig_apply = Signal(object)
    sig_ignore = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.category = QComboBox()
        self.category.setToolTip("只看某一类问题")
        self.category.currentIndexChanged.connect(self._refill)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(self._on_row)
        # A click on the already-current finding selects its passage again.
        self.list.itemClicked.connect(lambda item: self.sig_selected.emit(self._finding(item)))
        self.apply_button = QPushButton("应用建议")
        self.apply_button.setToolTip("把选中问题的安全建议写进正文（Ctrl+Enter，可撤销）")
        self.apply_button.clicked.connect(lambda: self._emit_current(self.sig_apply))
        self.ignore_button = QPushButton("忽略此条")
        self.ignore_button.setToolTip("本稿件中不再提示这一条（Ctrl+Shift+I）")
        self.ignore_button.clicked.connect(lambda: self._emit_current(self.sig_ignore))
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.ignore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.category)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        chosen = self.category.currentData()
        categories = sorted({f.category for f in self.findings}, key=category_name)
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(f"全部提示（{len(self.findings)}）", _ALL)
        for category in categories:
            count = sum(1 for f in self.findings if f.category == category)
            self.category.addItem(f"{category_name(category)}（{count}）", category)
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        self.category.blockSignals(False)
        self._refill()

    def current(self) -> Finding | None:
        item = self.list.currentItem()
        return self._finding(item) if item else None

    def _finding(self, item: QListWidgetItem) -> Finding:
        return item.data(Qt.ItemDataRole.UserRole)

    def _refill(self) -> None:
        chosen = self.category.currentData() or _ALL
        self.list.clear()
        for finding in self.findings:
            if chosen and finding.category != chosen:
                continue
            fixable = "  ✓可一键修改" if is_applicable(finding) else ""
            item = QListWidgetItem(finding_label(finding) + fixable)
            item.setData(Qt.ItemDataRole.UserRole, finding)
            item.setToolTip(finding_tooltip(finding))
            colour = _SEVERITY_COLOURS.get(finding.severity)
            if colour:
                item.setForeground(QColor(colour))
            self.list.addItem(item)
        self._update_buttons()

    def _on_row(self, _row: int) -> None:
        self._update_buttons()
        finding = self.current()
        if finding is not None:
            self.sig_selected.emit(finding)

    def _emit_current(self, signal) -> None:
        finding = self.current()
        if finding is not None:
            signal.emit(finding)

    def _update_buttons(self) -> None:
        finding = self.current()
        self.apply_button.setEnabled(finding is not None and is_applicable(finding))
        self.ignore_button.setEnabled(finding is not None)
