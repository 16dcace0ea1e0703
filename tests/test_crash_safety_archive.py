"""Power cuts during an archive import: SIGKILL at random moments, then nothing is lost.

Each round runs ``editor-assistant archive add`` into a new archive, in a process forked from
a clean fork server, and kills it with SIGKILL at a random moment of the import; the archive
must then pass SQLite's integrity check and hold only whole, findable articles, and running
the same import again must complete it.
"""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
import time
import zlib
from pathlib import Path

import pytest

from editor_assistant.core.archive import import_paths, open_archive
from tests.hostile.feeds import archive_problems, article_count, write_feed

KILLS = 20
MAX_ROUNDS = 40  # a run that beats its kill is retried with another moment
ARTICLES = 1500  # a fifth of a second of importing on the 2-core CI machine
_PRELOAD = ["editor_assistant.cli"]


def run_archive_add(db: str, feed: str) -> None:
    """``editor-assistant archive add FEED --archive DB``."""
    import sys

    from editor_assistant.cli import main

    sys.exit(main(["archive", "add", feed, "--archive", db]))


@pytest.fixture(scope="module")
def forks():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


def _import(forks, db: Path, feed: Path, kill_after: float | None) -> int | None:
    process = forks.Process(target=run_archive_add, args=(str(db), str(feed)))
    process.start()
    if kill_after is not None:
        process.join(kill_after)
        if process.is_alive():
            process.kill()  # SIGKILL: no handler, no cleanup, like pulling the plug
    process.join(60)
    return process.exitcode


def test_killed_imports_leave_whole_articles_and_a_rerun_completes(forks, tmp_path):
    feed = tmp_path / "往期 稿件.jsonl"
    expected = write_feed(feed, ARTICLES, seed=20261201)
    assert _import(forks, tmp_path / "预热.sqlite3", feed, None) == 0  # starts the fork server
    started = time.monotonic()
    assert _import(forks, tmp_path / "量时长.sqlite3", feed, None) == 0
    duration = time.monotonic() - started
    rng = random.Random(20261201)
    killed = 0
    for round_number in range(MAX_ROUNDS):
        if killed == KILLS:
            break
        db = tmp_path / f"稿件库 {round_number}.sqlite3"
        if _import(forks, db, feed, rng.uniform(0.0, duration)) == 0:
            continue  # it finished before the kill came
        killed += 1
        if db.exists():  # a kill before the file was created leaves nothing to check
            assert archive_problems(db, expected, finished=False) == [], f"round {round_number}"
        assert _import(forks, db, feed, None) == 0
        assert archive_problems(db, expected, finished=True) == [], f"round {round_number}"
        assert article_count(db) == ARTICLES
    assert killed == KILLS, f"only {killed} of {MAX_ROUNDS} runs were killed mid-import"


def test_the_soundness_check_sees_a_lost_fingerprint_and_a_torn_article(tmp_path):
    feed = tmp_path / "往期.jsonl"
    expected = write_feed(feed, 30, seed=7)
    db = tmp_path / "稿件库.sqlite3"
    store = open_archive(db)
    import_paths(store, [feed])
    store.close()
    assert archive_problems(db, expected, finished=True) == []
    with sqlite3.connect(db) as con:
        con.execute("DELETE FROM fp_band1 WHERE article = 1")
    assert any("band 1" in problem for problem in archive_problems(db, expected, finished=True))
    with sqlite3.connect(db) as con:
        con.execute(
            "UPDATE articles SET content = ? WHERE id = 1", (zlib.compress("半篇".encode()),)
        )
    assert any(
        "not a whole" in problem for problem in archive_problems(db, expected, finished=True)
    )
