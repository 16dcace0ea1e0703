"""The SQLite archive: schema and migrations, dedupe, lookups, removal, interruption, sharing."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import threading

import numpy as np
import pytest

from editor_assistant.core.archive import (
    ArchiveError,
    FeedArticle,
    import_paths,
    importers,
    open_archive,
    sample_archive,
)
from editor_assistant.core.archive.importers import prepare
from editor_assistant.core.archive.sqlite_store import SCHEMA_VERSION, SQLiteArchive


def article(number: int, account: str = "清河发布") -> FeedArticle:
    body = "。".join(
        f"第{number}篇稿件的第{k}句话，讲述本县第{number * 7 + k}项民生工作的进展情况"
        for k in range(8)
    )
    return FeedArticle(
        content=body + "。", title=f"稿件{number}", account=account, published_at="2026-05-01"
    )


def test_a_new_archive_is_migrated_once(tmp_path):
    path = tmp_path / "a.sqlite3"
    open_archive(path).close()
    SQLiteArchive(path).close()
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("SELECT count(*) FROM migrations").fetchone()[0] == SCHEMA_VERSION


def test_unusable_files_give_one_line_reasons(tmp_path):
    not_db = tmp_path / "notes.sqlite3"
    not_db.write_text("这不是数据库" * 200, encoding="utf-8")
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as con:
        con.execute("CREATE TABLE t (x)")
    newer = tmp_path / "newer.sqlite3"
    open_archive(newer).close()
    with sqlite3.connect(newer) as con:
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    for path, reason in [
        (not_db, "不是稿件库文件"),
        (foreign, "别的程序的数据库"),
        (newer, "更新版本"),
        (tmp_path / "missing.sqlite3", "稿件库不存在"),
    ]:
        with pytest.raises(ArchiveError) as error:
            open_archive(path, create=False)
        assert str(path) in str(error.value) and reason in str(error.value)
        assert "\n" not in str(error.value)


def test_exact_duplicates_are_skipped_even_when_spacing_differs(tmp_path):
    store = open_archive(tmp_path / "a.sqlite3")
    first = article(1)
    respaced = FeedArticle(first.content.replace("，", ", ").replace("。", "。\n"), title="转载版")
    assert store.add_articles([prepare([first, article(2), respaced])]) == 2
    assert store.add_articles([prepare([article(2), article(3)])]) == 1
    assert [info.title for info in store.articles()] == ["稿件3", "稿件2", "稿件1"]
    store.close()


def test_lookup_tolerates_two_bits_in_any_bands_and_removal_forgets(tmp_path):
    store = open_archive(tmp_path / "a.sqlite3")
    store.add_articles([prepare([article(n) for n in range(1, 6)])])
    stored = np.frombuffer(
        store._con.execute("SELECT fingerprints FROM articles WHERE id = 3").fetchone()[0], "<u8"
    )
    assert stored.max() >= 1 << 63  # high-bit values must survive SQLite's signed integers
    for flips in [(), (63, 0), (40, 41), (10, 50)]:
        probe = stored.copy()
        for bit in flips:
            probe ^= np.uint64(1 << bit)
        candidates = store.candidates(probe, max_distance=2, limit=3)
        assert candidates[0].article_id == 3 and candidates[0].hits == len(stored)
    assert store.remove([3, 99]) == 1
    assert all(c.article_id != 3 for c in store.candidates(stored, 2, 10))
    assert store.article(3) is None
    rows = sum(
        store._con.execute(f"SELECT count(*) FROM fp_band{n}").fetchone()[0] for n in range(3)
    )
    assert rows == 3 * store.stats().fingerprints
    store.close()


def test_article_text_and_stats_round_trip(tmp_path):
    store = open_archive(tmp_path / "a.sqlite3")
    store.add_articles([prepare([article(1), article(2, "平原发布")])])
    assert store.article(1).content == article(1).content
    stats = store.stats()
    assert (stats.articles, stats.accounts) == (2, [("平原发布", 1), ("清河发布", 1)])
    assert stats.first_date == stats.last_date == "2026-05-01"
    assert stats.pending_fingerprints == 0 and stats.size_bytes > 0
    assert [a.title for a in store.articles(account="平原发布")] == ["稿件2"]
    assert [a.title for a in store.articles(title="件1")] == ["稿件1"]
    assert store.articles(account="平原发布", title="件1") == []
    store.close()


def test_an_interrupted_import_keeps_whole_batches_and_a_rerun_completes_it(tmp_path, monkeypatch):
    monkeypatch.setattr(importers, "BATCH_SIZE", 5)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(f'{{"title": "稿件{n}", "content": "{article(n).content}"}}' for n in range(23)),
        encoding="utf-8",
    )
    path = tmp_path / "a.sqlite3"
    store = open_archive(path)
    progress: list[float] = []

    def stop_after_two_batches(fraction: float, text: str) -> None:
        progress.append(fraction)
        if store.stats().articles >= 10:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_paths(store, [feed], progress=stop_after_two_batches)
    store.close()
    store = open_archive(path)
    stats = store.stats()
    assert stats.articles == 10 and stats.pending_fingerprints > 0  # not searchable yet
    result = import_paths(store, [feed])
    assert (result.read, result.added, result.duplicates) == (23, 13, 10)
    stats = store.stats()
    assert stats.articles == 23 and stats.pending_fingerprints == 0
    assert store.candidates(prepare([article(4)])[0].fingerprints.hashes, 2, 1)[0].article_id == 5
    store.close()


def test_cancelling_stops_between_records(tmp_path, monkeypatch):
    monkeypatch.setattr(importers, "BATCH_SIZE", 4)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(f'{{"content": "{article(n).content}"}}' for n in range(20)), encoding="utf-8"
    )
    store = open_archive(tmp_path / "a.sqlite3")
    asked = []
    result = import_paths(store, [feed], cancelled=lambda: asked.append(1) or len(asked) > 9)
    assert result.cancelled and result.added == 8 and store.stats().articles == 8
    store.close()


WRITER = textwrap.dedent(
    """
    import sqlite3, sys, time
    from editor_assistant.core.archive import open_archive
    from editor_assistant.core.archive.importers import prepare
    from editor_assistant.core.archive.store import FeedArticle
    lock = sqlite3.connect(sys.argv[1], isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")  # hold the write lock for a while
    print("holding", flush=True)
    time.sleep(1.5)
    lock.execute("COMMIT")
    store = open_archive(sys.argv[1])
    store.add_articles([prepare([FeedArticle("另一个程序写入的稿件内容。" * 5, title="other")])])
    store.close()
    """
)


def test_two_processes_share_one_archive_without_lock_errors(tmp_path):
    path = tmp_path / "a.sqlite3"
    store = open_archive(path)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout.readline().strip() == "holding"
    assert store.stats().articles == 0  # reading while the other process writes
    assert store.add_articles([prepare([article(1)])]) == 1  # waits for the lock, then writes
    assert writer.wait(timeout=30) == 0
    assert {info.title for info in store.articles()} == {"other", "稿件1"}
    store.close()


def test_a_store_can_be_used_from_a_worker_thread(tmp_path):
    store = open_archive(tmp_path / "a.sqlite3")
    errors = []
    worker = threading.Thread(
        target=lambda: errors.append(store.add_articles([prepare([article(1)])]))
    )
    worker.start()
    worker.join()
    assert errors == [1] and store.stats().articles == 1
    store.close()


def test_sample_archive_holds_the_sample_feed():
    store = sample_archive()
    stats = store.stats()
    assert stats.articles >= 64 and stats.size_bytes is None
    assert stats.pending_fingerprints == 0
    store.close()


def test_month_counts_are_exact_per_account_and_month(tmp_path):
    from editor_assistant.core.archive import import_paths, open_archive

    feed = tmp_path / "feed.jsonl"
    rows = [
        {"title": f"第{i}篇", "account": "清河发布" if i % 3 else "平原发布",
         "published_at": f"2026-{10 + i % 2:02d}-0{1 + i % 9}", "content": f"第{i}篇正文。" * 40}
        for i in range(30)
    ]  # fmt: skip
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    store = open_archive(tmp_path / "a.sqlite3")
    import_paths(store, [feed])
    counts = {(a, m): n for a, m, n in store.month_counts()}
    assert sum(counts.values()) == 30
    assert counts[("平原发布", "2026-10")] == 5 and counts[("清河发布", "2026-11")] == 10
    assert store.articles(title="第2", limit=100) and all(
        "第2" in info.title for info in store.articles(title="第2", limit=100)
    )
    store.close()
