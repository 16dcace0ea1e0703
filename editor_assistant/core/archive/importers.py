"""Read past articles from feed exports (JSONL, CSV, XLSX) and draft files into the archive.

The feed format is documented in docs/feed-format.md. A record without text is skipped and
reported with its file and line; a file that cannot be read is reported and the others go on.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from editor_assistant.core.archive.fingerprint import ARCHIVE_WINDOW_STRIDE, fingerprint_texts
from editor_assistant.core.archive.store import ArchiveStore, FeedArticle, PreparedArticle
from editor_assistant.core.readers import DRAFT_SUFFIXES, ReadError, read_path

FEED_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".xlsx")
BATCH_SIZE = 200  # articles per transaction: fingerprinting is vectorised over a batch
_READING = 0.9  # share of the progress bar for reading and storing; indexing takes the rest
# Column names accepted for each field, compared in lower case.
FIELD_NAMES = {
    "title": ("title", "标题", "题目"),
    "account": ("account", "公众号", "公众号名称", "账号", "帐号", "发布账号"),
    "published_at": ("published_at", "publish_time", "date", "发布时间", "发布日期", "日期"),
    "url": ("url", "link", "链接", "原文链接", "网址"),
    "content": ("content", "text", "正文", "内容", "全文"),
}
_CHINA_TIME = timezone(timedelta(hours=8))
_DATE_TEXT = re.compile(
    r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})|^\s*(\d{4})(\d{2})(\d{2})\s*$"
)

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
# What a reader yields: an article or a reason to skip a record, and how far through the file.
Item = tuple[FeedArticle | str, float]


@dataclass
class ImportResult:
    files: int = 0
    read: int = 0  # records with text
    added: int = 0
    skipped: list[str] = field(default_factory=list)  # "file:line：reason" for records left out
    errors: list[str] = field(default_factory=list)  # files that could not be read
    cancelled: bool = False

    @property
    def duplicates(self) -> int:
        return self.read - self.added


def iso_date(value: Any) -> str | None:
    """A publish date as YYYY-MM-DD from the shapes exports use; None when there is none."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool) and 1e9 <= value < 1e14:
        seconds = value / 1000 if value >= 1e12 else value  # Unix time in ms or s
        return datetime.fromtimestamp(seconds, UTC).astimezone(_CHINA_TIME).date().isoformat()
    match = _DATE_TEXT.match(str(value)) if isinstance(value, str) else None
    if not match:
        return None
    year, month, day = (
        int(part) for part in (match.groups()[:3] if match[1] else match.groups()[3:])
    )
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _field_index(names: Sequence[Any]) -> dict[str, int]:
    """Which column holds each field, from a header row or the keys of a JSON object."""
    lowered = [str(name).strip().lower() if name is not None else "" for name in names]
    index = {}
    for field_name, aliases in FIELD_NAMES.items():
        for position, name in enumerate(lowered):
            if name in aliases:
                index[field_name] = position
                break
    return index


def _article(values: Sequence[Any], index: dict[str, int], source: str) -> FeedArticle | str:
    def get(name: str) -> Any:
        position = index.get(name)
        return values[position] if position is not None and position < len(values) else None

    content = get("content")
    if not isinstance(content, str) or not content.strip():
        return f"{source}：没有正文（content），已跳过"

    def text(name: str) -> str:
        value = get(name)
        return "" if value is None else str(value).strip()

    return FeedArticle(
        content=content.replace("\r\n", "\n"),
        title=text("title"),
        account=text("account"),
        published_at=iso_date(get("published_at")),
        url=text("url"),
        source=source,
    )


def _read_jsonl(path: Path) -> Iterator[Item]:
    size = max(path.stat().st_size, 1)
    index_of_keys: dict[tuple, dict[str, int]] = {}  # records of one export share their keys
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield f"{where}：不是有效的 JSON（{exc}），已跳过", handle.tell() / size
                continue
            if not isinstance(record, dict):
                yield f"{where}：不是 JSON 对象，已跳过", handle.tell() / size
                continue
            keys = tuple(record)
            if keys not in index_of_keys:
                index_of_keys[keys] = _field_index(keys)
            yield _article(list(record.values()), index_of_keys[keys], where), handle.tell() / size


def _csv_encoding(path: Path) -> str:
    """Excel saves CSV as UTF-8 (often with a BOM) or as GBK; the first megabyte decides."""
    with path.open("rb") as handle:
        head = handle.read(1 << 20)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def _read_csv(path: Path) -> Iterator[Item]:
    size = max(path.stat().st_size, 1)
    csv.field_size_limit(16 * 1024 * 1024)  # one article is one field; the default is 128 KB
    with path.open(encoding=_csv_encoding(path), newline="") as handle:
        reader = csv.reader(handle)
        index = _field_index(next(reader, []))
        for row in reader:
            if any(cell.strip() for cell in row):
                where = f"{path}:{reader.line_num}"
                yield _article(row, index, where), handle.buffer.tell() / size


def _read_xlsx(path: Path) -> Iterator[Item]:
    from openpyxl import load_workbook  # only for spreadsheets: it is slow to import

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        total = max(sheet.max_row or 1, 1)
        rows = sheet.iter_rows(values_only=True)
        index = _field_index(next(rows, ()))
        for number, row in enumerate(rows, start=2):
            if any(cell is not None for cell in row):
                yield _article(row, index, f"{path}:{number}"), number / total
    finally:
        workbook.close()


def _read_draft(path: Path) -> Iterator[Item]:
    draft = read_path(path)
    published = draft.published_at.isoformat() if draft.published_at else None
    account = draft.account or ""
    yield FeedArticle(draft.text, draft.title, account, published, "", str(path)), 1.0


def read_file(path: Path) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _read_jsonl(path)
    if suffix == ".csv":
        return _read_csv(path)
    if suffix == ".xlsx":
        return _read_xlsx(path)
    return _read_draft(path)


def expand(paths: Sequence[str | Path]) -> tuple[list[Path], list[str]]:
    """Files to import: given files as they are, folders searched for feeds and drafts."""
    wanted = FEED_SUFFIXES + DRAFT_SUFFIXES
    files: list[Path] = []
    errors: list[str] = []
    for given in map(Path, paths):
        if given.is_dir():
            found = sorted(
                p
                for p in given.rglob("*")
                if p.is_file() and p.suffix.lower() in wanted and not p.name.startswith(("~$", "."))
            )
            if not found:
                errors.append(f"{given}：文件夹中没有可导入的文件（{'/'.join(wanted)}）")
            files.extend(found)
        elif not given.exists():
            errors.append(f"{given}：文件不存在")
        elif given.suffix.lower() not in wanted:
            errors.append(f"{given}：不支持的文件类型，可导入 {'/'.join(wanted)}")
        else:
            files.append(given)
    return files, errors


def prepare(articles: Sequence[FeedArticle]) -> list[PreparedArticle]:
    fingerprints = fingerprint_texts([a.content for a in articles], ARCHIVE_WINDOW_STRIDE)
    return [PreparedArticle(a, f) for a, f in zip(articles, fingerprints, strict=True)]


def _items(path: Path, errors: list[str]) -> Iterator[Item]:
    """The records of one file; a file that breaks off is reported, not raised."""
    try:
        yield from read_file(path)
    except ReadError as exc:
        errors.append(str(exc))
    except OSError as exc:
        errors.append(f"{path}：无法读取（{exc.strerror or exc}）")
    except Exception as exc:  # a broken export must not stop the import of the others
        errors.append(f"{path}：无法读取（{type(exc).__name__}：{exc}）")


def import_paths(
    store: ArchiveStore,
    paths: Sequence[str | Path],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Import files and folders into ``store``: batch by batch, each batch all or nothing."""
    files, errors = expand(paths)
    result = ImportResult(files=len(files), errors=errors)
    report = progress or (lambda fraction, text: None)

    def batches() -> Iterator[list[PreparedArticle]]:
        pending: list[FeedArticle] = []
        for done, path in enumerate(files):
            report(_READING * done / len(files), path.name)
            for item, fraction in _items(path, result.errors):
                if cancelled is not None and cancelled():
                    result.cancelled = True
                    return
                if isinstance(item, str):
                    result.skipped.append(item)
                    continue
                pending.append(item)
                if len(pending) >= BATCH_SIZE:
                    result.read += len(pending)
                    yield prepare(pending)
                    pending = []
                    report(_READING * (done + fraction) / len(files), path.name)
        if pending:
            result.read += len(pending)
            yield prepare(pending)
        report(_READING, "正在建立索引")  # the store indexes what it was given once this ends

    result.added = store.add_articles(batches())
    report(1.0, "完成")
    return result
