"""The one place that creates threads: run core work off the GUI thread.

Results, errors and progress come back through Qt signals, so widgets are only touched on
the GUI thread. Work receives plain callables (progress, cancelled), never Qt objects.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# Tasks still running. The pool owns only the C++ side; without this reference a window
# closed mid-task would let Python delete the task's signals while the worker still emits.
_running: set[Task] = set()


class TaskSignals(QObject):
    sig_progress = Signal(float, str)
    sig_done = Signal(object)
    sig_failed = Signal(str)


class Task(QRunnable):
    """``work(progress, cancelled)`` runs in the pool; connect to ``signals`` before start."""

    def __init__(self, work: Callable[[Callable[[float, str], None], Callable[[], bool]], Any]):
        super().__init__()
        self.work = work
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.work(self.signals.sig_progress.emit, self.is_cancelled)
        except Exception as exc:  # reported to the window, which shows one line
            traceback.print_exc()
            self.signals.sig_failed.emit(f"{type(exc).__name__}：{exc}")
        else:
            self.signals.sig_done.emit(result)
        finally:
            _running.discard(self)


def start(task: Task) -> Task:
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def finish(timeout_ms: int = 10_000) -> None:
    """At exit: let running work end (windows have cancelled theirs) before Qt goes away."""
    QThreadPool.globalInstance().waitForDone(timeout_ms)
