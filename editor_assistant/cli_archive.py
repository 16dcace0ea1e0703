"""``editor-assistant archive add|list|stats|remove``: the archive of past feed articles.

Exit status: 0 done, 1 a file or the archive could not be used, 2 usage, 130 cancelled.
Messages go to stderr in one line each, naming the file; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor_assistant.core.archive import (
    ArchiveError,
    ArchiveStore,
    configured_archive_file,
    import_paths,
    open_archive,
)
from editor_assistant.core.paths import default_archive_file
from editor_assistant.core.settings import SettingsError, load_settings
from editor_assistant.views.progress import terminal_progress
from editor_assistant.views.text_report import fit

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_CANCELLED = 0, 1, 2, 130
_SHOWN_SKIPPED = 10  # skipped records listed one by one; the rest are counted


def add_archive_parser(subparsers: argparse._SubParsersAction) -> None:
    where = argparse.ArgumentParser(add_help=False)
    where.add_argument(
        "--archive", type=Path, metavar="DB", help=f"稿件库文件（默认 {default_archive_file()}）"
    )
    archive = subparsers.add_parser("archive", help="往期稿件库：导入、列出、统计、删除")
    actions = archive.add_subparsers(dest="archive_command", metavar="操作")
    add = actions.add_parser(
        "add", parents=[where], help="导入往期稿件：文件或文件夹（jsonl/csv/xlsx/txt/md/docx/html）"
    )
    add.add_argument("paths", nargs="+", metavar="PATH", help="格式见 docs/feed-format.md")
    listing = actions.add_parser("list", parents=[where], help="列出最近导入的稿件")
    listing.add_argument("--account", help="只列出这个账号的稿件")
    listing.add_argument("--limit", type=int, default=20, help="最多列出多少篇（默认 20）")
    actions.add_parser("stats", parents=[where], help="稿件库统计")
    remove = actions.add_parser("remove", parents=[where], help="按编号删除稿件（编号见 list）")
    remove.add_argument("ids", nargs="+", type=int, metavar="ID")


def _add(store: ArchiveStore, args: argparse.Namespace) -> int:
    try:
        result = import_paths(store, args.paths, progress=terminal_progress("导入中"))
    except KeyboardInterrupt:
        print("\n已取消：已导入的稿件保留，再次运行同一命令会补上其余部分", file=sys.stderr)
        return EXIT_CANCELLED
    for line in result.skipped[:_SHOWN_SKIPPED]:
        print(line, file=sys.stderr)
    if len(result.skipped) > _SHOWN_SKIPPED:
        print(f"……另有 {len(result.skipped) - _SHOWN_SKIPPED} 条记录被跳过", file=sys.stderr)
    for line in result.errors:
        print(line, file=sys.stderr)
    print(
        f"导入完成：{result.files} 个文件，读到 {result.read} 篇，新增 {result.added} 篇，"
        f"跳过重复 {result.duplicates} 篇，跳过无正文等 {len(result.skipped)} 条（{store.location}）"
    )
    return EXIT_FAILED if result.errors else EXIT_OK


def _list(store: ArchiveStore, args: argparse.Namespace) -> int:
    articles = store.articles(account=args.account, limit=args.limit)
    if not articles:
        print("稿件库中没有稿件" + (f"（账号：{args.account}）" if args.account else ""))
    for info in articles:
        date = info.published_at or "—"
        print(
            f"{info.id:>7}  {date:<10}  {fit(info.account or '—', 14)}  {info.length:>6}字  {info.title}"
        )
    return EXIT_OK


def _stats(store: ArchiveStore, args: argparse.Namespace) -> int:
    stats = store.stats()
    print(f"稿件库：{stats.location}")
    span = f"，发布日期 {stats.first_date} 至 {stats.last_date}" if stats.first_date else ""
    print(f"稿件：{stats.articles} 篇，{len(stats.accounts)} 个账号{span}")
    pending = (
        f"（另有 {stats.pending_fingerprints} 个待建索引）" if stats.pending_fingerprints else ""
    )
    print(f"指纹：{stats.fingerprints} 个{pending}")
    if stats.size_bytes is not None:
        print(f"文件大小：{stats.size_bytes / 1e6:.1f} MB")
    for account, count in stats.accounts[:20]:
        print(f"  {fit(account or '（未注明账号）', 20)} {count:>7} 篇")
    return EXIT_OK


def _remove(store: ArchiveStore, args: argparse.Namespace) -> int:
    removed = store.remove(args.ids)
    print(f"已删除 {removed} 篇")
    if removed < len(set(args.ids)):
        print(f"有 {len(set(args.ids)) - removed} 个编号不在稿件库中", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


_ACTIONS = {"add": _add, "list": _list, "stats": _stats, "remove": _remove}


def run_archive(args: argparse.Namespace) -> int:
    if args.archive_command is None:
        print("editor-assistant: 请指定操作：archive add|list|stats|remove", file=sys.stderr)
        return EXIT_USAGE
    try:
        # Without --archive, the archive the settings name: the one `check` and the app use.
        path = args.archive or configured_archive_file(load_settings())
        store = open_archive(path, create=args.archive_command == "add")
    except SettingsError as exc:
        print(f"editor-assistant: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ArchiveError as exc:
        print(f"editor-assistant: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        return _ACTIONS[args.archive_command](store, args)
    except ArchiveError as exc:
        print(f"editor-assistant: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()
