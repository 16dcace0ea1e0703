"""Generated feeds for archive tests, and what a sound archive must hold afterwards."""

from __future__ import annotations

import json
import random
import sqlite3
import zlib
from pathlib import Path

import numpy as np

_WORDS = [
    place + action
    for place in "清河县城乡社区服务民生医疗教育交通水电气暖农业工业项目"
    for action in "建设推进落实保障开展提升完善加强"
]


def write_feed(path: Path, count: int, seed: int, title_prefix: str = "往期") -> dict[str, str]:
    """A JSONL feed of ``count`` distinct articles; returns {content: title}."""
    rng = random.Random(seed)
    articles = {}
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            paragraphs = ["".join(rng.choices(_WORDS, k=40)) + "。" for _ in range(6)]
            content = "\n".join(paragraphs)
            title = f"{title_prefix}第{number}篇"
            articles[content] = title
            record = {"title": title, "account": "清河发布", "published_at": "2026-06-05",
                      "url": f"https://example.invalid/{seed}/{number}", "content": content}  # fmt: skip
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return articles


def _signed(values: np.ndarray) -> set[int]:
    return set(values.view(np.int64).tolist())


def archive_problems(db: Path, expected: dict[str, str], *, finished: bool) -> list[str]:
    """What is wrong with the archive at ``db``; an empty list when it is sound.

    Sound means: SQLite's integrity check passes; every article is one of ``expected``, whole
    (its full text and title) and findable, i.e. each of its fingerprints sits in every band
    table or still waits in the staging table. ``finished`` also requires nothing staged.
    """
    con = sqlite3.connect(db)  # recovers a WAL left by a killed writer, as the app would
    try:
        problems = []
        integrity = con.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            problems.append(f"integrity_check: {integrity[:3]}")
        tables = con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles'")
        if not tables.fetchone()[0]:  # killed before the schema was committed: an empty file
            return problems + (["no schema"] if finished else [])
        staged: dict[int, set[int]] = {}
        for value, article in con.execute("SELECT hash, article FROM fp_staging"):
            staged.setdefault(article, set()).add(value)
        if finished and staged:
            problems.append(f"{len(staged)} articles still staged")
        bands = []
        for number in range(3):
            rows: dict[int, set[int]] = {}
            for value, article in con.execute(f"SELECT hash, article FROM fp_band{number}"):
                rows.setdefault(article, set()).add(value)
            bands.append(rows)
        ids = set()
        query = "SELECT id, title, content, fingerprints FROM articles"
        for article_id, title, blob, fingerprints in con.execute(query):
            ids.add(article_id)
            content = zlib.decompress(blob).decode("utf-8")
            if expected.get(content) != title:
                problems.append(f"article {article_id} ({title}) is not a whole feed article")
            wanted = _signed(np.frombuffer(fingerprints, dtype="<u8"))
            for number, rows in enumerate(bands):
                if rows.get(article_id, set()) | staged.get(article_id, set()) != wanted:
                    problems.append(f"article {article_id} not findable in band {number}")
        orphans = (set(staged) | set().union(*map(set, bands))) - ids
        if orphans:
            problems.append(f"fingerprints of missing articles: {sorted(orphans)[:5]}")
        return problems
    finally:
        con.close()


def article_count(db: Path) -> int:
    con = sqlite3.connect(db)  # recovers a WAL left by a killed writer, as the app would
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()
