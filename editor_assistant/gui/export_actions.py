"""Export menu: review sheet, annotated draft, week workbook and report, via core/exports.

Files are built in a worker; the exporters never overwrite silently, so an existing file
is offered for overwriting and the export is retried only when the user says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from editor_assistant.gui import workers

_EXISTS = "已存在"  # the exporters' wording for a file they refused to overwrite


class ExportRunner:
    """Runs one export at a time for ``parent``; ``status`` receives one line for the bar."""

    def __init__(self, parent: QWidget, status: Callable[[str], None]) -> None:
        self.parent, self.status = parent, status
        self.task: workers.Task | None = None
        self._retry: Callable[[], None] | None = None

    def is_busy(self) -> bool:
        return self.task is not None

    def _run(self, write: Callable[[bool], list[Path] | Path], force: bool = False) -> None:
        task = workers.Task(lambda progress, cancelled: write(force))
        task.signals.sig_done.connect(self._on_done)
        task.signals.sig_failed.connect(self._on_failed)
        self._retry = (lambda: self._run(write, force=True)) if not force else None
        self.status("正在导出…")
        self.task = workers.start(task)

    def _on_done(self, written) -> None:
        self.task = None
        files = written if isinstance(written, list) else [written]
        self.status("已导出：" + "、".join(Path(f).name for f in files))

    def _on_failed(self, message: str) -> None:
        self.task = None
        retry, self._retry = self._retry, None
        if retry is not None and _EXISTS in message:
            answer = QMessageBox.question(self.parent, "文件已存在", f"{message}\n\n要覆盖吗？")
            if answer == QMessageBox.StandardButton.Yes:
                retry()
                return
        self.status(f"导出失败：{message}")

    def review_sheets(self, reports: list, settings) -> None:
        # The exporters (python-docx, openpyxl, snownlp) load on first use, not at start-up.
        from editor_assistant.core.exports.review_sheet import export_review_sheets as export

        if not reports:
            return self.status("没有可导出的稿件：请先打开稿件或检查文件夹")
        folder = QFileDialog.getExistingDirectory(self.parent, "审核单保存到")
        if folder:
            self._run(lambda force: export(reports, Path(folder), settings, force=force))

    def annotated(self, report) -> None:
        from editor_assistant.core.exports.annotated import export_annotated as export

        if report is None:
            return self.status("请先打开一篇稿件")
        stem = Path(report.draft.path).stem if report.draft.path else "稿件"
        out, _ = QFileDialog.getSaveFileName(
            self.parent, "保存批注版", f"{stem}_批注.docx", "Word 文档 (*.docx)"
        )
        if out:  # the dialog already asked about overwriting
            self._run(lambda _force: export(report, Path(out), force=True), force=True)

    def week(self, results: list, settings) -> None:
        from editor_assistant.core.exports.week_report import export_week as export

        if not results:
            return self.status("请先在“本周稿件”中检查一个文件夹")
        folder = QFileDialog.getExistingDirectory(self.parent, "周汇总与周报告保存到")
        if folder:
            self._run(lambda force: export(results, Path(folder), settings, force=force))
