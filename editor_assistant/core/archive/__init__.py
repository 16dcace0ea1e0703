"""The archive of past feed articles that drafts are checked against for copied passages.

``open_archive`` opens (or creates) the user's SQLite archive; ``sample_archive`` builds one
in memory from the bundled sample feed, for ``make run`` and the demo.
"""

from __future__ import annotations

from pathlib import Path

from editor_assistant.core.archive.importers import ImportResult, import_paths
from editor_assistant.core.archive.sqlite_store import SQLiteArchive
from editor_assistant.core.archive.store import (
    ArchiveError,
    ArchiveStats,
    ArchiveStore,
    ArticleInfo,
    Candidate,
    FeedArticle,
    StoredArticle,
)
from editor_assistant.core.paths import default_archive_file
from editor_assistant.core.resources import sample_feed_path
from editor_assistant.core.settings import Settings

__all__ = [
    "ArchiveError",
    "ArchiveStats",
    "ArchiveStore",
    "ArticleInfo",
    "Candidate",
    "FeedArticle",
    "ImportResult",
    "StoredArticle",
    "configured_archive_file",
    "import_paths",
    "open_archive",
    "sample_archive",
]


def configured_archive_file(settings: Settings) -> Path:
    """The archive the settings name (``[archive] path``), else the default file."""
    configured = settings.section("archive").get("path") or ""
    return Path(configured).expanduser() if configured else default_archive_file()


def open_archive(path: str | Path, *, create: bool = True) -> ArchiveStore:
    """The SQLite archive at ``path``; raises ArchiveError with a one-line Chinese reason."""
    return SQLiteArchive(path, create=create)


def sample_archive() -> ArchiveStore:
    """An in-memory archive of the bundled sample feed (resources/samples/feed)."""
    store = SQLiteArchive(":memory:", label="自带示例往期稿件（内存中）")
    result = import_paths(store, [sample_feed_path()])
    if result.errors:
        store.close()
        raise ArchiveError("；".join(result.errors))
    return store
