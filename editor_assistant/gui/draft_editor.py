"""The editable draft: colour marks per category that follow the text as it is typed.

Each finding gets a QTextCursor over its passage. Qt moves those cursors with every edit,
so marks, hover messages and "select this passage" stay on the right words until the next
analysis replaces them; a mark whose words were rewritten is no longer offered for a fix.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from editor_assistant.core.model import Draft, DraftImage, Finding, Severity
from editor_assistant.gui.edited_draft import python_index, qt_position, rebuild, shift_images
from editor_assistant.gui.labels import finding_tooltip

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
_UNDERLINE = {Severity.ERROR: "#b3261e"}
LONG_SPAN = 30  # characters: longer marks are filled faintly and underlined
LONG_SPAN_ALPHA = 110


@dataclass
class Mark:
    finding: Finding
    cursor: QTextCursor  # moves with the text
    original: str  # the passage as analysed

    def is_intact(self) -> bool:
        return self.cursor.selectedText() == self.original.replace("\n", "\u2029")


class DraftEditor(QPlainTextEdit):
    sig_edited = Signal()  # the user changed the text (not a load)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.base = Draft(text="", paragraphs=(), format="paste")
        self.images: tuple[DraftImage, ...] = ()
        self.marks: list[Mark] = []
        self._text = ""
        self._loading = False
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)  # the text is what editors read all day
        self.setFont(font)
        self.setPlaceholderText("在此输入或粘贴稿件（Ctrl+V 可粘贴 Word、公众号编辑器中的图文）")
        self.document().contentsChange.connect(self._on_contents_change)

    # --- the draft ---------------------------------------------------------------------------
    def load(self, draft: Draft) -> None:
        self._loading = True
        self.base, self.images, self.marks = draft, draft.images, []
        self.setExtraSelections([])
        self.setPlainText(draft.text)  # also empties the undo stack: a new document
        self._text = self.toPlainText()
        self._loading = False

    def current_draft(self) -> Draft:
        return rebuild(self.base, self._text, self.images)

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._loading:
            return
        old, new = self._text, self.toPlainText()
        start = python_index(old, position)
        old_end = python_index(old, position + removed)
        new_end = python_index(new, position + added)
        self.images = shift_images(self.images, start, old_end, new_end)
        self._text = new
        if old != new:
            self.sig_edited.emit()

    # --- marks -------------------------------------------------------------------------------
    def show_findings(self, findings: list[Finding]) -> None:
        text = self._text
        self.marks = []
        for finding in findings:
            if not finding.span:
                continue
            start, end = (min(max(i, 0), len(text)) for i in finding.span)
            cursor = QTextCursor(self.document())
            cursor.setPosition(qt_position(text, start))
            cursor.setPosition(qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
            self.marks.append(Mark(finding, cursor, text[start:end]))
        self._paint()

    def _paint(self) -> None:
        # Long passages (a long sentence, a copied paragraph) get a faint fill and an underline,
        # so the words that short findings point at still stand out; they are painted first.
        def length(mark: Mark) -> int:
            return mark.cursor.selectionEnd() - mark.cursor.selectionStart()

        selections = []
        for mark in sorted(self.marks, key=length, reverse=True):
            selection = QTextEdit.ExtraSelection()
            selection.format = QTextCharFormat()
            colour = QColor(CATEGORY_COLOURS.get(mark.finding.category, "#eeeeee"))
            if length(mark) > LONG_SPAN:
                selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                selection.format.setUnderlineColor(colour.darker(170))
                colour.setAlpha(LONG_SPAN_ALPHA)
            selection.format.setBackground(colour)
            underline = _UNDERLINE.get(mark.finding.severity)
            if underline:
                selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                selection.format.setUnderlineColor(QColor(underline))
            selection.cursor = mark.cursor
            selections.append(selection)
        self.setExtraSelections(selections)

    def marks_at(self, position: int) -> list[Mark]:
        return [
            m for m in self.marks if m.cursor.selectionStart() <= position < m.cursor.selectionEnd()
        ]

    def select_mark(self, mark: Mark) -> None:
        self.setTextCursor(QTextCursor(mark.cursor))
        self.centerCursor()
        self.setFocus()

    def replace_mark(self, mark: Mark, replacement: str) -> bool:
        """Apply a suggestion as one undoable step; refuse if the passage was since rewritten."""
        if not mark.is_intact():
            return False
        cursor = QTextCursor(mark.cursor)
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        return True

    def replace_all(self, text: str) -> None:
        """Replace the whole text as one undoable step (the document stays the same)."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos()))
            marks = self.marks_at(position.position())
            if marks:
                text = "\n\n".join(finding_tooltip(m.finding) for m in marks)
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # --- paste -------------------------------------------------------------------------------
    def canInsertFromMimeData(self, source) -> bool:
        return source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source) -> None:
        from editor_assistant.gui import paste  # the html reader, only when pasting

        pasted = paste.from_mime(source)
        if pasted is None:
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(pasted.text)  # images already in the text shift in _on_contents_change
        cursor.endEditBlock()
        at = python_index(self._text, cursor.position()) - len(pasted.text)
        added = tuple(replace(image, offset=at + image.offset) for image in pasted.images)
        self.images = tuple(sorted(self.images + added, key=lambda image: image.offset))
        if added and not pasted.text:
            self.sig_edited.emit()  # a bare picture changes the draft but not the text
