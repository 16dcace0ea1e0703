"""What the originality check and the importers need from an archive, whatever holds it.

Today that is one SQLite file (``sqlite_store``); a database shared by a whole department is
the expected next step, so the check and the importers talk only to ``ArchiveStore``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from editor_assistant.core.archive.fingerprint import Fingerprinted


class ArchiveError(Exception):
    """The archive cannot be used; the message names it and says why, in Chinese."""


@dataclass(frozen=True)
class FeedArticle:
    """One past article as an importer reads it."""

    content: str
    title: str = ""
    account: str = ""
    published_at: str | None = None  # ISO date, YYYY-MM-DD
    url: str = ""
    source: str = ""  # the file (and line or row) it was imported from


@dataclass(frozen=True)
class PreparedArticle:
    article: FeedArticle
    fingerprints: Fingerprinted


@dataclass(frozen=True)
class ArticleInfo:
    id: int
    title: str
    account: str
    published_at: str | None
    url: str
    source: str
    length: int  # characters that are not whitespace
    added_at: str


@dataclass(frozen=True)
class StoredArticle:
    info: ArticleInfo
    content: str


@dataclass(frozen=True)
class Candidate:
    """An archived article sharing ``hits`` near-identical fingerprints with the draft."""

    article_id: int
    hits: int


@dataclass(frozen=True)
class ArchiveStats:
    location: str
    articles: int
    accounts: list[tuple[str, int]]  # account, articles; most articles first
    first_date: str | None
    last_date: str | None
    fingerprints: int
    pending_fingerprints: int  # imported but not yet searchable (an interrupted import)
    size_bytes: int | None  # None for a store that is not one file


class ArchiveStore(Protocol):
    location: str

    def add_articles(self, batches: Iterable[Sequence[PreparedArticle]]) -> int:
        """Store each batch atomically, skipping known content; return how many were new.

        Articles become searchable when the iteration ends, or by the next call after an
        interruption.
        """
        ...

    def candidates(
        self, fingerprints: np.ndarray, max_distance: int, limit: int
    ) -> list[Candidate]:
        """Articles with fingerprints within ``max_distance`` bits of the given ones, best first."""
        ...

    def article(self, article_id: int) -> StoredArticle | None: ...

    def articles(
        self, account: str | None = None, limit: int = 50, title: str | None = None
    ) -> list[ArticleInfo]:
        """The most recently added articles, optionally of one account or with ``title`` in
        their title."""
        ...

    def stats(self) -> ArchiveStats: ...

    def month_counts(self) -> list[tuple[str, str, int]]:
        """(account, YYYY-MM or "" when undated, articles), newest month first."""
        ...

    def remove(self, article_ids: Sequence[int]) -> int: ...

    def close(self) -> None: ...
