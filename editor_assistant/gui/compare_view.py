"""Side by side: the draft and a matched archive article, the copied passages marked on both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor_assistant.core.model import Report
from editor_assistant.gui.edited_draft import qt_position

COPIED = QColor("#e6d4ff")


def _mark(view: QPlainTextEdit, spans) -> None:
    text = view.toPlainText()
    selections = []
    for start, end in spans or ():
        selection = QTextEdit.ExtraSelection()
        selection.format = QTextCharFormat()
        selection.format.setBackground(COPIED)
        cursor = QTextCursor(view.document())
        cursor.setPosition(qt_position(text, max(0, min(start, len(text)))))
        end_position = qt_position(text, max(0, min(end, len(text))))
        cursor.setPosition(end_position, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selections.append(selection)
    view.setExtraSelections(selections)
    if selections:  # scroll to the first copied passage without selecting it
        cursor = QTextCursor(view.document())
        cursor.setPosition(selections[0].cursor.selectionStart())
        view.setTextCursor(cursor)
        view.centerCursor()


def match_heading(match: dict) -> str:
    fraction = match.get("copied_fraction")
    share = f"，占本稿 {fraction:.0%}" if isinstance(fraction, float) else ""
    facts = " · ".join(str(x) for x in (match.get("account"), match.get("published_at")) if x)
    return f"《{match.get('title') or '无标题'}》 {facts}{share}"


def _pane(title: QLabel, view: QPlainTextEdit) -> QWidget:
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    title.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(view, 1)
    return pane


class CompareDialog(QDialog):
    """``source_text(match) -> str | None`` fetches the archive article's text."""

    def __init__(self, report: Report, source_text, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("原创度对照：本稿与往期稿件")
        self.resize(1100, 680)
        self.report = report
        self.source_text = source_text
        self.matches = list(report.details.get("originality", {}).get("matches") or [])
        self.chooser = QComboBox()
        for match in self.matches:
            self.chooser.addItem(match_heading(match))
        self.chooser.currentIndexChanged.connect(self._show)
        self.draft_view, self.source_view = QPlainTextEdit(), QPlainTextEdit()
        for view in (self.draft_view, self.source_view):
            view.setReadOnly(True)
        self.draft_view.setPlainText(report.draft.text)
        self.source_title = QLabel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(_pane(QLabel(f"<b>本稿</b>：{report.draft.title}"), self.draft_view))
        splitter.addWidget(_pane(self.source_title, self.source_view))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("紫色为重合段落。选择匹配的往期稿件："))
        layout.addWidget(self.chooser)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        if self.matches:
            self._show(0)
        else:
            self.source_title.setText("往期稿件库中未见重合段落。")

    def _show(self, index: int) -> None:
        match = self.matches[index]
        _mark(self.draft_view, match.get("spans"))
        text = self.source_text(match)
        self.source_title.setText(f"<b>往期</b>：{match_heading(match)}")
        if text is None:
            self.source_view.setPlainText("（往期稿件库中找不到这篇稿件的正文，可能已被移除）")
            return
        self.source_view.setPlainText(text)
        _mark(self.source_view, match.get("source_spans"))
