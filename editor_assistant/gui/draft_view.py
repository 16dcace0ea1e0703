"""One draft: the editor with its marks, the score cards and the findings list.

Typing asks LiveAnalysis for a new report; a report arrives only for the text as it is now.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from editor_assistant.core.atomic import WriteError
from editor_assistant.core.context import CheckContext
from editor_assistant.core.fixes import apply_fixes, is_applicable
from editor_assistant.core.ignores import IgnoreStore, suggestion_finding
from editor_assistant.core.model import Draft, Finding, Report
from editor_assistant.gui import workers
from editor_assistant.gui.compare_view import CompareDialog
from editor_assistant.gui.draft_editor import CATEGORY_COLOURS, DraftEditor, Mark
from editor_assistant.gui.findings_panel import FindingsPanel
from editor_assistant.gui.labels import category_name, rule_name
from editor_assistant.gui.live_analysis import LiveAnalysis, analyse_with_registered_checks
from editor_assistant.gui.score_cards import ScoreCards

RIGHT_PANE_MIN_WIDTH = 440  # two cards side by side stay readable
EMPTY_DRAFT = Draft(text="", paragraphs=(), format="paste")
# Which findings a click on a score card lists (the first category that has any).
CARD_CATEGORIES = {
    "service": ("service", "interaction"),
    "compliance": ("privacy", "wording", "typography"),
}


def colour_legend() -> str:
    shown = dict.fromkeys(category_name(c) for c in CATEGORY_COLOURS)  # 服务要素/互动 share one
    colours = {category_name(c): colour for c, colour in CATEGORY_COLOURS.items()}
    chips = [
        f"<span style='background:{colours[name]}'>&nbsp;{name}&nbsp;</span>" for name in shown
    ]
    return "标色：" + " ".join(chips) + "　<span style='color:#b3261e'>波浪线＝必须修改</span>"


def _read(path: str | Path) -> Draft:
    from editor_assistant.core.readers import read_path  # off the start-up path

    return read_path(path)


class DraftView(QWidget):
    sig_analysed = Signal(object)  # the Report now shown
    sig_status = Signal(str)
    sig_opened = Signal(str)  # path of a file that was opened

    def __init__(
        self,
        context_provider: Callable[[], CheckContext],
        analyse: Callable[[Draft, CheckContext], Report] = analyse_with_registered_checks,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.context_provider = context_provider
        self.report: Report | None = None
        self.ignores = IgnoreStore()
        self._reading: workers.Task | None = None
        self.header = QLabel("新稿件：在左侧输入或粘贴正文，或按 Ctrl+O 打开文件。")
        self.header.setWordWrap(True)
        self.legend = QLabel(colour_legend())
        self.legend.setWordWrap(True)
        self.legend.setToolTip("悬停在标色文字上可看问题与建议；较长的段落以浅色加虚线标出")
        self.editor = DraftEditor()
        self.editor.sig_edited.connect(self._on_edited)
        self.cards = ScoreCards()
        self.cards.sig_card_clicked.connect(self.show_card_detail)
        self.findings = FindingsPanel()
        self.findings.sig_selected.connect(self.select_finding)
        self.findings.sig_apply.connect(self.apply_fix)
        self.findings.sig_ignore.connect(self.ignore_finding)
        self.live = LiveAnalysis(context_provider, analyse, self)
        self.live.sig_report.connect(self._show_report)
        self.live.sig_busy.connect(self._on_busy)
        self.live.sig_failed.connect(lambda message: self.sig_status.emit(f"检查失败：{message}"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.legend)
        left_layout.addWidget(self.editor, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.cards)
        right_layout.addWidget(self.findings, 1)
        right.setMinimumWidth(RIGHT_PANE_MIN_WIDTH)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- opening -----------------------------------------------------------------------------
    def new_draft(self) -> None:
        self.load(EMPTY_DRAFT)

    def load(self, draft: Draft, report: Report | None = None) -> None:
        """Show ``draft``; with its ``report`` (from a batch) nothing needs re-checking."""
        self.editor.load(draft)
        self.report = None
        if report is not None:
            self.live.invalidate()
            self._show_report(report)
        elif draft.text or draft.images:
            self.live.request(self.editor.current_draft, immediately=True)
        else:
            self.live.invalidate()
            self._update_header()

    def open_path(self, path: str | Path) -> None:
        """Read a file off the GUI thread, then show and check it."""
        task = workers.Task(lambda progress, cancelled: _read(path))
        task.signals.sig_done.connect(self._on_read)
        task.signals.sig_failed.connect(self._on_read_failed)
        self.sig_status.emit(f"正在打开：{Path(path).name}")
        self._reading = workers.start(task)

    def _on_read(self, draft: Draft) -> None:
        self._reading = None
        self.load(draft)
        self.sig_opened.emit(draft.path or "")

    def _on_read_failed(self, message: str) -> None:
        self._reading = None
        self.sig_status.emit(f"无法打开：{message}")

    def is_busy(self) -> bool:
        return self._reading is not None or self.live.is_busy()

    # --- analysis ----------------------------------------------------------------------------
    def _on_edited(self) -> None:
        self.live.request(self.editor.current_draft)

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.sig_status.emit("正在检查…")

    def _show_report(self, report: Report) -> None:
        self.report = report
        seen = self.visible_report()
        shown = [*seen.findings, *(suggestion_finding(m) for m in seen.multimedia)]
        self.editor.show_findings(shown)
        self.findings.set_findings(shown)
        self.cards.show_report(seen)
        self._update_header()
        hidden = len(report.findings) + len(report.multimedia) - len(shown)
        note = f"（已忽略 {hidden} 条）" if hidden else ""
        media = f"，{len(seen.multimedia)} 条多媒体建议" if seen.multimedia else ""
        errors = "；".join(e.message for e in report.errors)
        self.sig_status.emit(
            f"检查完成：{len(seen.findings)} 条提示{media}{note}"
            + (f"；{errors}" if errors else "")
        )
        self.sig_analysed.emit(report)

    def visible_report(self) -> Report | None:
        """The report without what the editor ignored: what the view shows and exports."""
        return self.ignores.visible(self.report) if self.report is not None else None

    def _update_header(self) -> None:
        draft = self.editor.current_draft()
        if not draft.text:
            self.header.setText("新稿件：在左侧输入或粘贴正文，或按 Ctrl+O 打开文件。")
            return
        facts = [
            draft.published_at.isoformat() if draft.published_at else "日期未知",
            draft.account or "",
            f"{draft.chars} 字",
            f"{len(draft.images)} 张图",
            Path(draft.path).name if draft.path else "未保存的稿件",
        ]
        title = draft.title or "（无标题）"
        self.header.setText(f"<b>{title}</b><br>" + " · ".join(f for f in facts if f))

    # --- acting on findings ------------------------------------------------------------------
    def _mark_of(self, finding: Finding) -> Mark | None:
        return next((m for m in self.editor.marks if m.finding is finding), None)

    def select_finding(self, finding: Finding) -> None:
        mark = self._mark_of(finding)
        if mark is not None:
            self.editor.select_mark(mark)

    def apply_fix(self, finding: Finding | None = None) -> None:
        finding = finding or self.findings.current()
        mark = self._mark_of(finding) if finding else None
        if mark is None or not is_applicable(finding):
            self.sig_status.emit("这一条没有可自动应用的建议")
            return
        if self.editor.replace_mark(mark, finding.suggestion.replacement):
            self.sig_status.emit("已应用建议（Ctrl+Z 撤销），正在重新检查…")
        else:
            self.sig_status.emit("这段文字已改动，请等重新检查后再应用")

    def apply_all_safe(self) -> None:
        """Every safe suggestion at once, as one undoable step; only on an up-to-date report."""
        report = self.report
        if report is None or self.live.is_busy() or report.draft.text != self.editor.toPlainText():
            self.sig_status.emit("请等检查完成后再全部修改")
            return
        visible, _hidden = self.ignores.partition(report.draft, report.findings)
        fixed, applied = apply_fixes(report.draft.text, visible)
        if not applied:
            self.sig_status.emit("没有可自动应用的安全建议")
            return
        self.editor.replace_all(fixed)
        self.sig_status.emit(f"已应用 {len(applied)} 条安全建议（Ctrl+Z 撤销），正在重新检查…")

    def refresh_findings(self) -> None:
        """Show the current report again, e.g. after the ignore list changed."""
        if self.report is not None:
            self._show_report(self.report)

    def ignore_finding(self, finding: Finding | None = None) -> None:
        finding = finding or self.findings.current()
        if finding is None or self.report is None:
            return
        try:
            self.ignores.ignore(self.report.draft, finding)
        except WriteError as exc:
            self.sig_status.emit(f"无法保存忽略列表：{exc}")
            return
        self._show_report(self.report)
        self.sig_status.emit("已忽略此条（撤销：Ctrl+Alt+Z，或在“设置 → 忽略列表”中恢复）")

    def undo_ignore(self) -> None:
        try:
            key = self.ignores.undo_last()
        except WriteError as exc:
            self.sig_status.emit(f"无法保存忽略列表：{exc}")
            return
        if key is None:
            self.sig_status.emit("忽略列表是空的")
            return
        if self.report is not None:
            self._show_report(self.report)
        what = f"“{key[2]}”" if key[2] else "（整篇）"
        self.sig_status.emit(f"已恢复提示：{rule_name(key[1])}{what}")

    def show_card_detail(self, key: str) -> None:
        """Originality opens the side-by-side view; other cards filter the findings list."""
        if key == "originality" and self.report is not None:
            CompareDialog(self.report, self._source_text, self).exec()
            return
        for category in CARD_CATEGORIES.get(key, (key,)):
            index = self.findings.category.findData(category)
            if index >= 0:
                self.findings.category.setCurrentIndex(index)
                return

    def _source_text(self, match: dict) -> str | None:
        from editor_assistant.gui.archive_access import article_text

        return article_text(self.context_provider().archive, match)
