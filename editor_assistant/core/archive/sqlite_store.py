"""The archive in one SQLite file: WAL mode, a versioned schema, simhash bands as B-tree keys.

Lookup: a 64-bit fingerprint is cut into three bands (21, 21 and 22 bits). Two fingerprints at
most two bits apart agree on at least one whole band (pigeonhole), so a lookup is three index
probes, each returning the few rows sharing a band, filtered by Hamming distance; never a scan.
Each band is a WITHOUT ROWID table keyed (band, hash, article): the row is the index entry.

Import: inserting random keys into big B-trees batch after batch rewrites most of their pages
every commit. So each batch commits its articles and fingerprints to an append-only staging
table, and the staged rows are merged into the band tables in sorted order once the import
ends. A batch is one transaction: an interrupted import keeps whole articles only, and the
next import adds what is missing and merges what was staged.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from itertools import repeat
from pathlib import Path

import numpy as np

from editor_assistant.core.archive.align import equal_pairs
from editor_assistant.core.archive.fingerprint import SCHEME
from editor_assistant.core.archive.store import (
    ArchiveError,
    ArchiveStats,
    ArticleInfo,
    Candidate,
    PreparedArticle,
    StoredArticle,
)

BANDS = ((43, 21), (22, 21), (0, 22))  # (shift, bits): every bit in exactly one band
# A band value shared by more rows than this is boilerplate (a standard footer); its rows
# beyond the limit are not read, which keeps every lookup a few hundred rows at most.
_ROWS_PER_PROBE = 200
_PROBES_PER_QUERY = 64  # band values looked up by one statement
_PROBE_PADDING = 16
_BUSY_TIMEOUT_S = 120.0
_INFO_COLUMNS = "id, title, account, published_at, url, source, length, added_at"

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (
        1,
        "articles, staged fingerprints, simhash band tables",
        (
            "CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)",
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",
            """CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                content_hash INTEGER NOT NULL UNIQUE,
                account TEXT NOT NULL, title TEXT NOT NULL, published_at TEXT,
                url TEXT NOT NULL, source TEXT NOT NULL,
                length INTEGER NOT NULL, added_at TEXT NOT NULL,
                content BLOB NOT NULL,       -- zlib level 1: as small as level 6 here, 2x faster
                fingerprints BLOB NOT NULL   -- little-endian uint64 simhash values
            )""",
            "CREATE TABLE fp_staging (id INTEGER PRIMARY KEY AUTOINCREMENT, hash INTEGER, article INTEGER)",
            *(
                f"CREATE TABLE fp_band{n} (band INTEGER, hash INTEGER, article INTEGER, "
                "PRIMARY KEY (band, hash, article)) WITHOUT ROWID"
                for n in range(len(BANDS))
            ),
        ),
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def _bands(values: np.ndarray, number: int) -> np.ndarray:
    """Band ``number`` of unsigned 64-bit fingerprints (the merge computes the same in SQL)."""
    shift, bits = BANDS[number]
    return ((values >> np.uint64(shift)) & np.uint64((1 << bits) - 1)).astype(np.int64)


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class SQLiteArchive:
    def __init__(self, path: str | Path, *, create: bool = True, label: str | None = None):
        """``label`` names an in-memory store for people (views, messages)."""
        self.location = str(path)
        self._path = None if self.location == ":memory:" else Path(path)
        self._lock = threading.RLock()  # GUI workers share one store across threads
        if self._path is not None and not self._path.exists():
            if not create:
                raise ArchiveError(
                    f"{self.location}：稿件库不存在（可用 archive add 导入往期稿件）"
                )
            try:
                self._path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ArchiveError(
                    f"{self.location}：无法创建稿件库（{exc.strerror or exc}）"
                ) from exc
        with self._errors():
            self._con = sqlite3.connect(
                self.location,
                timeout=_BUSY_TIMEOUT_S,
                isolation_level=None,
                check_same_thread=False,
            )
            self._enable_wal()
            self._con.execute("PRAGMA synchronous = NORMAL")
            self._con.execute("PRAGMA cache_size = -65536")
            self._con.execute("PRAGMA journal_size_limit = 67108864")
            self._migrate()
        if label:
            self.location = label

    def _enable_wal(self) -> None:
        """Switch to WAL, waiting for others: SQLite answers this pragma "locked" at once,
        without its busy handler, while another process is creating the same file."""
        deadline = time.monotonic() + _BUSY_TIMEOUT_S
        while True:
            try:
                self._con.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    # -- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                message = "稿件库正被另一个程序长时间写入，请稍后再试"
            else:
                message = f"稿件库无法读写（{exc}）"
            raise ArchiveError(f"{self.location}：{message}") from exc
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{self.location}：不是稿件库文件，或文件已损坏（{exc}）") from exc

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; IMMEDIATE takes the write lock up front, waiting for others."""
        with self._lock, self._errors():
            self._con.execute("BEGIN IMMEDIATE")
            try:
                yield self._con
            except BaseException:
                self._con.execute("ROLLBACK")
                raise
            self._con.execute("COMMIT")

    def _migrate(self) -> None:
        version = self._con.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise ArchiveError(f"{self.location}：稿件库由更新版本的编辑助手创建，请升级本程序")
        if version < SCHEMA_VERSION:
            with self._transaction() as con:
                version = con.execute("PRAGMA user_version").fetchone()[0]  # another process?
                tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if version == 0 and tables:
                    raise ArchiveError(f"{self.location}：这是别的程序的数据库，不是稿件库")
                for number, name, statements in MIGRATIONS[version:]:
                    for statement in statements:
                        con.execute(statement)
                    con.execute("INSERT INTO migrations VALUES (?, ?, ?)", (number, name, _now()))
                con.execute("INSERT OR IGNORE INTO meta VALUES ('scheme', ?)", (SCHEME,))
                con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        scheme = self._con.execute("SELECT value FROM meta WHERE key = 'scheme'").fetchone()[0]
        if scheme != SCHEME:
            raise ArchiveError(
                f"{self.location}：稿件库的指纹格式（{scheme}）与本程序不同，请重新导入"
            )

    # -- import -----------------------------------------------------------------------------

    def add_articles(self, batches: Iterable[Sequence[PreparedArticle]]) -> int:
        added = sum(self._add_batch(batch) for batch in batches)
        self._index_staged()
        return added

    def _add_batch(self, batch: Sequence[PreparedArticle]) -> int:
        if not batch:
            return 0
        with self._transaction() as con:
            hashes = [p.fingerprints.content_hash for p in batch]
            marks = ",".join("?" * len(hashes))
            seen = {
                row[0]
                for row in con.execute(
                    f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})", hashes
                )
            }
            fresh = []
            for prepared in batch:
                if prepared.fingerprints.content_hash not in seen:
                    seen.add(prepared.fingerprints.content_hash)
                    fresh.append(prepared)
            if not fresh:
                return 0
            first_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM articles").fetchone()[0]
            added_at = _now()
            con.executemany(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        first_id + i,
                        p.fingerprints.content_hash,
                        p.article.account,
                        p.article.title,
                        p.article.published_at,
                        p.article.url,
                        p.article.source,
                        p.fingerprints.length,
                        added_at,
                        zlib.compress(p.article.content.encode("utf-8"), 1),
                        p.fingerprints.hashes.astype("<u8").tobytes(),
                    )
                    for i, p in enumerate(fresh)
                ],
            )
            values = np.concatenate([p.fingerprints.hashes for p in fresh]).view(np.int64)
            owners = np.repeat(
                np.arange(first_id, first_id + len(fresh)),
                [len(p.fingerprints.hashes) for p in fresh],
            )
            con.executemany(
                "INSERT INTO fp_staging (hash, article) VALUES (?, ?)",
                zip(values.tolist(), owners.tolist(), strict=True),
            )
        return len(fresh)

    def _index_staged(self) -> None:
        """Merge staged fingerprints into the band tables, sorted, one table per transaction.

        Rows staged after this starts (another process importing) are left for that process.
        A merge cut short is simply redone: rows already merged are ignored.
        """
        with self._lock, self._errors():
            last = self._con.execute("SELECT max(id) FROM fp_staging").fetchone()[0]
        if last is None:
            return
        for number, (shift, bits) in enumerate(BANDS):
            with self._transaction() as con:
                con.execute(
                    f"INSERT OR IGNORE INTO fp_band{number} (band, hash, article) "
                    f"SELECT (hash >> {shift}) & {(1 << bits) - 1}, hash, article "
                    "FROM fp_staging WHERE id <= ? ORDER BY 1, 2, 3",
                    (last,),
                )
        with self._transaction() as con:
            con.execute("DELETE FROM fp_staging WHERE id <= ?", (last,))
        with self._lock, self._errors():
            self._con.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- lookup -----------------------------------------------------------------------------

    def candidates(
        self, fingerprints: np.ndarray, max_distance: int, limit: int
    ) -> list[Candidate]:
        wanted = np.unique(np.asarray(fingerprints, dtype=np.uint64))
        articles, values = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
        with self._lock, self._errors():
            for number in range(len(BANDS)):
                bands = _bands(wanted, number)
                rows = self._band_rows(number, np.unique(bands).tolist())
                row_at, value_at = equal_pairs(bands, rows[:, 0])
                stored = rows[row_at, 1].view(np.uint64)
                close = np.bitwise_count(stored ^ wanted[value_at]) <= max_distance
                articles.append(rows[row_at[close], 2])
                values.append(value_at[close])
        # Hits are distinct draft fingerprints near one of the article's, over all bands.
        pairs = np.unique(np.concatenate(articles) * len(wanted) + np.concatenate(values))
        ids, hits = np.unique(pairs // max(len(wanted), 1), return_counts=True)
        best = np.lexsort((ids, -hits))[:limit]
        return [Candidate(int(ids[i]), int(hits[i])) for i in best]

    def _band_rows(self, number: int, bands: list[int]) -> np.ndarray:
        """``(band, hash, article)`` rows of the given band values, a few hundred each at most."""
        probe = (
            f"SELECT * FROM (SELECT band, hash, article FROM fp_band{number} "
            f"WHERE band = ? LIMIT {_ROWS_PER_PROBE})"
        )
        rows: list[tuple[int, int, int]] = []
        for start in range(0, len(bands), _PROBES_PER_QUERY):
            chunk = bands[start : start + _PROBES_PER_QUERY]
            # Padded with a band value that never occurs, so that a handful of statement
            # shapes stay in the statement cache: preparing one costs more than running it.
            chunk += [-1] * (-len(chunk) % _PROBE_PADDING)
            rows += self._con.execute(" UNION ALL ".join([probe] * len(chunk)), chunk).fetchall()
        return np.array(rows, dtype=np.int64).reshape(-1, 3)

    def article(self, article_id: int) -> StoredArticle | None:
        with self._lock, self._errors():
            row = self._con.execute(
                f"SELECT {_INFO_COLUMNS}, content FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        if row is None:
            return None
        return StoredArticle(ArticleInfo(*row[:-1]), zlib.decompress(row[-1]).decode("utf-8"))

    def articles(
        self, account: str | None = None, limit: int = 50, title: str | None = None
    ) -> list[ArticleInfo]:
        conditions = {"account = ?": account, "instr(title, ?) > 0": title}
        chosen = [(sql, value) for sql, value in conditions.items() if value]
        where = " AND ".join(sql for sql, _ in chosen) or "1"
        with self._lock, self._errors():
            rows = self._con.execute(
                f"SELECT {_INFO_COLUMNS} FROM articles WHERE {where} ORDER BY id DESC LIMIT ?",
                (*(value for _, value in chosen), limit),
            ).fetchall()
        return [ArticleInfo(*row) for row in rows]

    def month_counts(self) -> list[tuple[str, str, int]]:
        with self._lock, self._errors():
            return self._con.execute(
                "SELECT coalesce(account, ''), coalesce(substr(published_at, 1, 7), ''), count(*) "
                "FROM articles GROUP BY 1, 2 ORDER BY 2 DESC, 3 DESC, 1"
            ).fetchall()

    def stats(self) -> ArchiveStats:
        with self._lock, self._errors():
            con = self._con
            count, first, last, stored = con.execute(
                "SELECT count(*), min(published_at), max(published_at), "
                "coalesce(sum(length(fingerprints)), 0) / 8 FROM articles"
            ).fetchone()
            accounts = con.execute(
                "SELECT account, count(*) FROM articles GROUP BY account ORDER BY 2 DESC, 1"
            ).fetchall()
            pending = con.execute("SELECT count(*) FROM fp_staging").fetchone()[0]
        size = None
        if self._path is not None:
            files = (self._path, Path(f"{self._path}-wal"))
            size = sum(f.stat().st_size for f in files if f.exists())
        return ArchiveStats(self.location, count, accounts, first, last, stored, pending, size)

    def remove(self, article_ids: Sequence[int]) -> int:
        removed = 0
        with self._transaction() as con:
            for article_id in article_ids:
                row = con.execute(
                    "SELECT fingerprints FROM articles WHERE id = ?", (article_id,)
                ).fetchone()
                if row is None:
                    continue
                values = np.frombuffer(row[0], dtype="<u8").astype(np.uint64)
                for number in range(len(BANDS)):
                    con.executemany(
                        f"DELETE FROM fp_band{number} WHERE band = ? AND hash = ? AND article = ?",
                        zip(
                            _bands(values, number).tolist(),
                            values.view(np.int64).tolist(),
                            repeat(article_id),
                        ),
                    )
                con.execute("DELETE FROM fp_staging WHERE article = ?", (article_id,))
                con.execute("DELETE FROM articles WHERE id = ?", (article_id,))
                removed += 1
        return removed

    def close(self) -> None:
        with self._lock:
            self._con.close()
