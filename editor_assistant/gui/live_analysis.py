"""Re-analyse the draft while the editor types: debounced, off the GUI thread, never stale.

Each request carries the revision of the text it was made from. At most one analysis runs
at a time; a request arriving meanwhile waits, and only the newest waiting one is started,
so a burst of typing costs one analysis, not one per key (and, typing without a pause, one
every MAX_WAIT_MS). A result whose revision is no longer current is dropped instead of
painting highlights over text that has moved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from editor_assistant.core.context import CheckContext
from editor_assistant.core.model import Draft, Report
from editor_assistant.gui import workers

DEBOUNCE_MS = 350
# Someone typing without a pause still sees fresh marks this often.
MAX_WAIT_MS = 2000


def analyse_with_registered_checks(draft: Draft, context: CheckContext) -> Report:
    # Imported here, in the worker: the checks and their lexicons stay off the start-up path.
    from editor_assistant.core.analyze import analyze

    return analyze(draft, context)


class LiveAnalysis(QObject):
    sig_report = Signal(object)  # a Report for the current text
    sig_busy = Signal(bool)
    sig_failed = Signal(str)

    def __init__(
        self,
        context_provider: Callable[[], CheckContext],
        analyse: Callable[[Draft, CheckContext], Report] = analyse_with_registered_checks,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._context = context_provider
        self._analyse = analyse
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_waiting)
        self._revision = 0
        self._draft_provider: Callable[[], Draft] | None = None
        self._running: workers.Task | None = None
        self._waiting = False
        self._running_revision = -1
        self._waiting_since = QElapsedTimer()

    def is_busy(self) -> bool:
        return self._running is not None or self._waiting or self._timer.isActive()

    def invalidate(self) -> None:
        """A new document was loaded with its report: nothing pending belongs to it."""
        self._revision += 1
        self._waiting = False
        self._timer.stop()
        if not self.is_busy():
            self.sig_busy.emit(False)

    def request(self, draft_provider: Callable[[], Draft], *, immediately: bool = False) -> None:
        """The text changed: analyse ``draft_provider()`` once typing pauses."""
        self._revision += 1
        self._draft_provider = draft_provider
        if not self._waiting:
            self._waiting_since.start()
        self._waiting = True
        self.sig_busy.emit(True)
        if immediately or self._waiting_since.elapsed() >= MAX_WAIT_MS:
            self._timer.stop()
            self._start_waiting()
        else:
            self._timer.start()

    def _start_waiting(self) -> None:
        if self._running is not None or not self._waiting or self._draft_provider is None:
            return
        self._waiting = False
        draft, context, revision = self._draft_provider(), self._context(), self._revision
        analyse = self._analyse
        task = workers.Task(lambda progress, cancelled: analyse(draft, context))
        # Bound methods, not lambdas: the slot then surely runs on this object's (GUI) thread.
        task.signals.sig_done.connect(self._on_done)
        task.signals.sig_failed.connect(self._on_failed)
        self._running_revision = revision
        self._running = workers.start(task)

    def _on_done(self, report: Report) -> None:
        self._finished(report, "")

    def _on_failed(self, message: str) -> None:
        self._finished(None, message)

    def _finished(self, report: Report | None, message: str) -> None:
        self._running = None
        if self._running_revision == self._revision:
            if report is not None:
                self.sig_report.emit(report)
            else:
                self.sig_failed.emit(message)
        if self._waiting and not self._timer.isActive():
            self._start_waiting()
        if not self.is_busy():
            self.sig_busy.emit(False)
