"""Desktop start-up and typing: how soon the window is usable, and whether typing ever stalls.

Each run starts a fresh interpreter (``--child``) that records, from the moment the process
was launched: the first paint of the main window (usable) and the end of background loading
(the archive, jieba's dictionary, the checks). From the first paint on it types into the
editor, one character every 40 ms, while things load and analyses run in the background, and
records how long each keystroke waited for the GUI thread. Offscreen unless a display is set.

    python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import machine  # benchmarks/common.py, found through the path above

TYPED = "各单位要高度重视冬季供暖工作，切实加强巡查，确保群众温暖过冬。" * 5
KEY_INTERVAL_MS = 40


def child(launched: float) -> None:
    from PySide6.QtCore import QTimer

    from editor_assistant.core.context import CheckContext
    from editor_assistant.core.settings import load_settings
    from editor_assistant.gui.app import create_app
    from editor_assistant.gui.main_window import MainWindow

    marks: dict[str, float] = {}
    lags: list[tuple[float, float]] = []  # (seconds since launch, milliseconds the key waited)

    class TimedWindow(MainWindow):
        def paintEvent(self, event) -> None:
            super().paintEvent(event)
            if "usable" not in marks:
                marks["usable"] = time.time() - launched
                editor.setFocus()  # the editor starts typing the moment the window shows
                QTimer.singleShot(0, lambda: type_next(0, time.perf_counter()))

    app = create_app()
    window = TimedWindow(CheckContext(settings=load_settings()))
    editor = window.draft_view.editor

    def type_next(index: int, due: float) -> None:
        # A key waits for the GUI thread to be free (timer lateness), then for its own handling.
        if index == len(TYPED):
            QTimer.singleShot(1500, finish)
            return
        editor.textCursor().insertText(TYPED[index])
        lags.append((time.time() - launched, (time.perf_counter() - due) * 1000))
        next_due = time.perf_counter() + KEY_INTERVAL_MS / 1000
        QTimer.singleShot(KEY_INTERVAL_MS, lambda: type_next(index + 1, next_due))

    def analysed(_report) -> None:
        marks.setdefault("first_analysis", time.time() - launched)

    def finish() -> None:
        ready = marks.get("ready", float("inf"))
        marks["typing_worst_lag_ms"] = max(lag for _, lag in lags)
        marks["typing_worst_lag_after_ready_ms"] = max(
            (lag for at, lag in lags if at > ready), default=0.0
        )
        marks["typing_median_lag_ms"] = statistics.median(lag for _, lag in lags)
        print(json.dumps(marks))
        app.quit()

    window.sig_ready.connect(lambda: marks.setdefault("ready", time.time() - launched))
    window.draft_view.sig_analysed.connect(analysed)
    window.show()
    app.exec()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child)
        return
    print(f"machine: {machine()}")
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    results = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as home:
            env["EDITOR_ASSISTANT_HOME"] = home  # a first start: empty archive, no settings
            launched = time.time()
            done = subprocess.run(
                [sys.executable, __file__, "--child", repr(launched)],
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
        if done.returncode != 0:
            sys.exit(f"run failed ({done.returncode}):\n{done.stderr}")
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    for key, label, unit in (
        ("usable", "window painted (usable), from process launch", "s"),
        ("ready", "background loading done (archive, jieba, checks)", "s"),
        ("first_analysis", "first check of the typed text shown", "s"),
        ("typing_median_lag_ms", "keystroke wait, median", "ms"),
        ("typing_worst_lag_ms", "keystroke wait, worst (while loading)", "ms"),
        ("typing_worst_lag_after_ready_ms", "keystroke wait, worst once loaded", "ms"),
    ):
        values = sorted(r[key] for r in results)
        print(
            f"{label:55} median {statistics.median(values):7.2f} {unit}  max {values[-1]:7.2f} {unit}"
        )


if __name__ == "__main__":
    main()
