"""One draft: its text with findings highlighted per category, and the list of findings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor_assistant.core.model import Report
from editor_assistant.views.text_report import SEVERITY_LABELS

CATEGORY_COLOURS = {
    "officialese": "#fff1a8",
    "images": "#cfe3ff",
    "originality": "#e6d4ff",
    "multimedia": "#c9f0ec",
    "service": "#d5f5d0",
    "interaction": "#d5f5d0",
    "privacy": "#ffc9c4",
    "wording": "#ffdcb0",
    "typography": "#e4e4e4",
}
CATEGORY_NAMES = {
    "officialese": "文风",
    "images": "配图",
    "originality": "原创",
    "multimedia": "多媒体",
    "service": "服务要素",
    "interaction": "互动",
    "privacy": "隐私",
    "wording": "用词",
    "typography": "排版",
}


def qt_position(text: str, index: int) -> int:
    """Qt counts UTF-16 units: an emoji such as 👉 is one Python character but two for Qt."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def _metric(report: Report, name: str) -> str:
    value = report.metrics.get(name)
    if value is None:
        return "—"
    return str(round(value)) if isinstance(value, float) else str(value)


class DraftView(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.summary = QLabel("打开一篇稿件，或在“本周稿件”中双击一行。")
        self.summary.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setReadOnly(True)
        self.findings = QListWidget()
        self.findings.currentRowChanged.connect(self._select_finding)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.summary)
        side_layout.addWidget(self.findings, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_report(self, report: Report) -> None:
        self.report = report
        draft = report.draft
        self.editor.setPlainText(draft.text)
        date = draft.published_at.isoformat() if draft.published_at else "日期未知"
        self.summary.setText(
            f"<b>{draft.title}</b><br>{date} · {draft.chars} 字 · {_metric(report, 'images')} 张图"
            f"<br>文风 {_metric(report, 'officialese')} · 原创度 {_metric(report, 'originality')}"
            f" · 问题 {len(report.findings)} 条"
        )
        self.findings.clear()
        for finding in report.findings:
            label = SEVERITY_LABELS[finding.severity.value]
            category = CATEGORY_NAMES.get(finding.category, finding.category)
            item = QListWidgetItem(f"[{label}·{category}] {finding.message}")
            if finding.suggestion and finding.suggestion.replacement:
                item.setToolTip(f"建议改为：{finding.suggestion.replacement}")
            elif finding.suggestion:
                item.setToolTip(finding.suggestion.advice)
            self.findings.addItem(item)
        self._highlight()

    def _highlight(self) -> None:
        selections = []
        for finding in self.report.findings:
            if not finding.span:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format = QTextCharFormat()
            colour = CATEGORY_COLOURS.get(finding.category, "#eeeeee")
            selection.format.setBackground(QColor(colour))
            selection.cursor = self._cursor(*finding.span)
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        text = self.report.draft.text
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(qt_position(text, start))
        cursor.setPosition(qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _select_finding(self, row: int) -> None:
        if self.report is None or not 0 <= row < len(self.report.findings):
            return
        span = self.report.findings[row].span
        if span:
            self.editor.setTextCursor(self._cursor(*span))
            self.editor.centerCursor()
