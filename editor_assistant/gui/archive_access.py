"""Every call the GUI makes into the archive store (core/archive), in one place.

Counts and title search are asked of the store (SQL), so they stay exact and quick however
large the archive grows; a title search lists at most ``SEARCH_LIMIT`` articles, newest first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from editor_assistant.core.archive.importers import import_paths as import_into
from editor_assistant.core.archive.sqlite_store import SQLiteArchive
from editor_assistant.core.archive.store import ArchiveStore, ArticleInfo

SEARCH_LIMIT = 2_000


@dataclass(frozen=True)
class AccountMonth:
    account: str
    month: str  # YYYY-MM, or — when the date is unknown
    count: int


@dataclass(frozen=True)
class Overview:
    total: int
    accounts: list[tuple[str, int]]
    months: list[AccountMonth]


def open_store(path: Path) -> ArchiveStore:
    """The archive at ``path`` (created empty on first use)."""
    return SQLiteArchive(path)


def import_paths(
    store: ArchiveStore, sources, progress: Callable[[float, str], None], cancelled
) -> str:
    result = import_into(store, [Path(p) for p in sources], progress, cancelled)
    parts = [f"新增 {result.added} 篇", f"跳过重复 {result.duplicates} 篇"]
    if result.skipped:
        parts.append(f"{len(result.skipped)} 条记录缺正文等被略过")
    if result.errors:
        parts.append(f"{len(result.errors)} 个文件无法读取")
    head = "导入已取消" if result.cancelled else "导入完成"
    return f"{head}：" + "，".join(parts)


def overview(store: ArchiveStore) -> Overview:
    stats = store.stats()
    rows = [
        AccountMonth(account or "（未知）", month or "—", count)
        for account, month, count in store.month_counts()
    ]
    accounts = [(account or "（未知）", count) for account, count in stats.accounts]
    return Overview(stats.articles, accounts, rows)


def search(store: ArchiveStore, title: str) -> list[ArticleInfo]:
    """Articles whose title contains ``title`` (the newest ones when it is empty)."""
    return store.articles(limit=SEARCH_LIMIT, title=title or None)


def remove(store: ArchiveStore, ids: list[int]) -> int:
    return store.remove(ids)


def article_text(store: ArchiveStore | None, match: dict) -> str | None:
    if store is None or match.get("archive_id") is None:
        return None
    article = store.article(int(match["archive_id"]))
    return article.content if article is not None else None
