"""Colleagues sharing one archive: importing and checking at the same time, even creating the
archive file at the same moment, nobody ever sees "database is locked"."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from editor_assistant.core.archive import open_archive
from tests.hostile.feeds import archive_problems, article_count, write_feed

ROOT = Path(__file__).resolve().parents[1]
LOCKED_WORDS = ("locked", "busy", "正被另一个程序")
PROCESSES, ROUNDS = 6, 20


def test_two_processes_import_and_check_one_archive_at_once(tmp_path):
    db = tmp_path / "共用 稿件库.sqlite3"
    expected: dict[str, str] = {}
    sessions = []
    for seed, colleague in ((1, "甲"), (2, "乙")):
        out = tmp_path / f"{colleague} 的输出"
        out.mkdir()
        feeds = []
        for part in range(3):
            feed = tmp_path / f"{colleague} 往期 {part}.jsonl"
            expected |= write_feed(feed, 800, seed=seed * 10 + part, title_prefix=colleague)
            feeds.append(str(feed))
        sessions.append(
            subprocess.Popen(
                [sys.executable, "-m", "tests.hostile.archive_worker", str(db), str(out), *feeds],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                cwd=ROOT,
                env={**os.environ, "OPENBLAS_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)},
            )
        )
    outputs = [session.communicate(timeout=300)[0] for session in sessions]
    for session, output in zip(sessions, outputs, strict=True):
        assert not any(word in output for word in LOCKED_WORDS), output
        assert "Traceback" not in output, output
        assert session.returncode == 0, output
    assert archive_problems(db, expected, finished=True) == []
    assert article_count(db) == len(expected)


def _add_at_the_same_moments(barrier, folder: str, feed: str, log: str) -> None:
    """``archive add`` into new archive after new archive, each started when all colleagues
    start theirs; output goes to ``log``."""
    import contextlib

    from editor_assistant.cli import main as cli

    failures = 0
    with (
        open(log, "w", encoding="utf-8") as out,
        contextlib.redirect_stderr(out),
        contextlib.redirect_stdout(out),
    ):
        for round_number in range(ROUNDS):
            db = f"{folder}/新建 稿件库 {round_number}.sqlite3"
            barrier.wait()
            failures += cli(["archive", "add", feed, "--archive", db]) != 0
    sys.exit(1 if failures else 0)


def test_colleagues_creating_the_archive_at_the_same_moment_never_see_it_locked(tmp_path):
    forks = multiprocessing.get_context("forkserver")
    forks.set_forkserver_preload(["editor_assistant.cli"])
    barrier = forks.Barrier(PROCESSES)
    sessions, logs = [], []
    for number in range(PROCESSES):
        feed, log = tmp_path / f"往期 {number}.jsonl", tmp_path / f"输出 {number}.txt"
        write_feed(feed, 20, seed=number)
        logs.append(log)
        target, args = _add_at_the_same_moments, (barrier, str(tmp_path), str(feed), str(log))
        sessions.append(forks.Process(target=target, args=args))
    for session in sessions:
        session.start()
    for session in sessions:
        session.join(300)
    for session, log in zip(sessions, logs, strict=True):
        output = log.read_text(encoding="utf-8")
        assert not any(word in output for word in LOCKED_WORDS), output
        assert session.exitcode == 0, output
    for round_number in range(ROUNDS):
        assert article_count(tmp_path / f"新建 稿件库 {round_number}.sqlite3") == 20 * PROCESSES


def test_opening_an_archive_another_process_is_creating_waits_instead_of_failing(tmp_path):
    """The deterministic form of the race above: while another connection holds the first
    write lock on the new file, switching it to WAL must wait like any other statement."""
    db = tmp_path / "新建 稿件库.sqlite3"
    creator = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    creator.execute("BEGIN")
    creator.execute("CREATE TABLE being_created (x)")
    threading.Timer(0.5, creator.execute, ("ROLLBACK",)).start()
    store = open_archive(db)
    assert store.stats().articles == 0
    store.close()
    creator.close()
