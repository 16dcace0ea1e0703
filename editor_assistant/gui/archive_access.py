"""Every call the GUI makes into the archive store (core/archive), in one place.

The store interface (``ArchiveStore``) has no per-month counts or title search yet, so the
view's figures are computed here from the most recently added articles (``SCAN_LIMIT``); the
per-account totals come from the store's own statistics and are always exact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from editor_assistant.core import paths
from editor_assistant.core.archive.importers import import_paths as import_into
from editor_assistant.core.archive.sqlite_store import SQLiteArchive
from editor_assistant.core.archive.store import ArchiveStore, ArticleInfo

SCAN_LIMIT = 20_000


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
    scanned: int  # articles the monthly counts were computed from


def open_store(path: Path | None) -> ArchiveStore:
    """The archive at ``path``, else the default file (created empty on first use)."""
    return SQLiteArchive(path or paths.default_archive_file())


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
    recent = store.articles(limit=SCAN_LIMIT)
    months = Counter(
        (info.account or "（未知）", (info.published_at or "")[:7] or "—") for info in recent
    )
    rows = [AccountMonth(a, m, n) for (a, m), n in sorted(months.items(), reverse=True)]
    accounts = [(account or "（未知）", count) for account, count in stats.accounts]
    return Overview(stats.articles, accounts, rows, len(recent))


def search(store: ArchiveStore, title: str) -> list[ArticleInfo]:
    """Articles whose title contains ``title`` (all recent ones when it is empty)."""
    recent = store.articles(limit=SCAN_LIMIT)
    return [info for info in recent if title in info.title] if title else recent


def remove(store: ArchiveStore, ids: list[int]) -> int:
    return store.remove(ids)


def article_text(store: ArchiveStore | None, match: dict) -> str | None:
    if store is None or match.get("archive_id") is None:
        return None
    article = store.article(int(match["archive_id"]))
    return article.content if article is not None else None
