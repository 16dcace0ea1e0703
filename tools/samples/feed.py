"""The archive of past feed articles: parsed from the sources, written as jsonl and csv.

Source format (tools/sample_sources/feed/*.txt): blocks that start with "=== YYYY-MM-DD | account",
then the title line, then one paragraph per line.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .paths import FEED, SOURCES


@dataclass
class Article:
    title: str
    account: str
    published_at: str
    paragraphs: list[str]

    @property
    def content(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def url(self) -> str:
        key = f"{self.account}|{self.published_at}|{self.title}".encode()
        digest = base64.urlsafe_b64encode(hashlib.sha256(key).digest()).decode()
        return "https://mp.weixin.qq.com/s/" + digest[:22]

    def as_record(self) -> dict[str, str]:
        return {
            "title": self.title,
            "account": self.account,
            "published_at": self.published_at,
            "url": self.url,
            "content": self.content,
        }


def parse_feed_file(path: Path) -> list[Article]:
    articles: list[Article] = []
    current: list[str] | None = None
    header = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            if current is not None:
                articles.append(make_article(header, current))
            header, current = line[4:], []
        elif current is not None and line.strip():
            current.append(line.strip())
    if current is not None:
        articles.append(make_article(header, current))
    return articles


def make_article(header: str, lines: list[str]) -> Article:
    day, account = (part.strip() for part in header.split("|"))
    return Article(title=lines[0], account=account, published_at=day, paragraphs=lines[1:])


def load_feed() -> list[Article]:
    articles: list[Article] = []
    for path in sorted((SOURCES / "feed").glob("*.txt")):
        articles.extend(parse_feed_file(path))
    articles.sort(key=lambda a: (a.published_at, a.account, a.title))
    return articles


def write_feed(articles: list[Article]) -> None:
    FEED.mkdir(parents=True, exist_ok=True)
    with (FEED / "past_feed.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for article in articles:
            fh.write(json.dumps(article.as_record(), ensure_ascii=False) + "\n")
    with (FEED / "past_feed.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["title", "account", "published_at", "url", "content"])
        for article in articles:
            record = article.as_record()
            writer.writerow([record[key] for key in record])
