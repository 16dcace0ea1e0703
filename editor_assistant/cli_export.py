"""``editor-assistant export``: review sheets, an annotated draft, the week workbook and report.

Exit status as for ``check``: 0 all written, 1 a draft unreadable or a file not written,
2 wrong settings. Drafts that cannot be read are listed; the others are still exported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from editor_assistant.core.atomic import WriteError
from editor_assistant.core.batch import DocumentResult, check_paths
from editor_assistant.core.context import CheckContext
from editor_assistant.core.exports.annotated import export_annotated
from editor_assistant.core.exports.files import check_destination
from editor_assistant.core.exports.review_sheet import export_review_sheets
from editor_assistant.core.exports.week_report import export_week

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_export_parser(subparsers, add_common: Callable[[argparse.ArgumentParser], None]) -> None:
    """``add_common`` adds the options shared with ``check`` (settings, profile, archive)."""
    export = subparsers.add_parser("export", help="导出审核单、批注版稿件或周汇总")
    kinds = export.add_subparsers(dest="export_kind", metavar="类型", required=True)
    sheet = kinds.add_parser("review-sheet", help="每篇稿件一份发布审核单（.docx）")
    sheet.add_argument("drafts", nargs="+", metavar="DRAFT", help="稿件文件或文件夹")
    sheet.add_argument("--out", type=Path, required=True, metavar="DIR", help="输出文件夹")
    annotated = kinds.add_parser("annotated", help="在稿件中以 Word 批注标出问题（.docx）")
    annotated.add_argument("draft", metavar="DRAFT", help="一篇稿件")
    annotated.add_argument("--out", type=Path, required=True, metavar="FILE.docx", help="输出文件")
    week = kinds.add_parser("week", help="一周稿件的汇总表（.xlsx）和周报（.docx）")
    week.add_argument("folder", metavar="FOLDER", help="一周稿件所在文件夹")
    week.add_argument("--out", type=Path, required=True, metavar="DIR", help="输出文件夹")
    for command in (sheet, annotated, week):
        command.add_argument("--force", action="store_true", help="允许覆盖已存在的文件")
        add_common(command)


def _report_unreadable(results: list[DocumentResult]) -> bool:
    for result in results:
        if result.error is not None:
            print(f"无法读取 {result.error}", file=sys.stderr)
    return any(r.error is not None for r in results)


def _written(paths: list[Path]) -> None:
    for path in paths:
        print(f"已写入 {path}", file=sys.stderr)


def _export(args: argparse.Namespace, context: CheckContext) -> int:
    settings = context.settings
    # Say at once that the destination is unusable, before checking a whole week of drafts.
    check_destination(args.out.parent if args.export_kind == "annotated" else args.out)
    if args.export_kind == "week":
        folder = Path(args.folder)
        if not folder.is_dir():
            print(f"editor-assistant: {folder}：不是文件夹", file=sys.stderr)
            return EXIT_FAILED
        results = check_paths([folder], context)
        if not any(r.report for r in results):
            _report_unreadable(results)
            return EXIT_FAILED
        _written(export_week(results, args.out, settings, force=args.force))
        return EXIT_FAILED if _report_unreadable(results) else EXIT_OK
    paths = args.drafts if args.export_kind == "review-sheet" else [args.draft]
    if args.export_kind == "annotated" and Path(args.draft).is_dir():
        print(
            f"editor-assistant: {args.draft}：批注版一次只导出一篇稿件，请指定文件", file=sys.stderr
        )
        return EXIT_USAGE
    results = check_paths(paths, context)
    reports = [r.report for r in results if r.report is not None]
    if reports and args.export_kind == "review-sheet":
        _written(export_review_sheets(reports, args.out, settings, force=args.force))
    elif reports:
        _written([export_annotated(reports[0], args.out, force=args.force)])
    return EXIT_FAILED if _report_unreadable(results) or not reports else EXIT_OK


def run_export(args: argparse.Namespace, context: CheckContext) -> int:
    """Run ``export`` with the caller's context, which the caller closes."""
    try:
        return _export(args, context)
    except WriteError as exc:
        print(f"editor-assistant: {exc}", file=sys.stderr)
        return EXIT_FAILED
