"""The ``editor-assistant`` command. Exit status: 0 all read, 1 some file unreadable, 2 usage.

Qt is imported only by the ``gui`` command, so the CLI works on a server without a display.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from editor_assistant import __version__
from editor_assistant.cli_archive import add_archive_parser, run_archive
from editor_assistant.cli_chinese import speak_chinese
from editor_assistant.cli_export import add_export_parser, run_export
from editor_assistant.cli_options import UsageError, add_common, build_context, checking_context
from editor_assistant.core.analyze import analyze
from editor_assistant.core.atomic import WriteError, write_atomic
from editor_assistant.core.batch import DocumentResult, check_paths
from editor_assistant.core.context import CheckContext
from editor_assistant.core.fixes import write_fixed_copy
from editor_assistant.core.readers import MAX_TEXT_BYTES, ReadError, expand_paths, read_pasted
from editor_assistant.core.readers.text_decode import NotText, decode_text
from editor_assistant.core.resources import samples_week_dir
from editor_assistant.views import text_report
from editor_assistant.views.json_report import results_json
from editor_assistant.views.progress import terminal_progress

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2
# Below this many files a progress bar only flickers.
_PROGRESS_MIN_FILES = 5


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="editor-assistant",
        description="编辑助手：政务新媒体稿件发布前检查（文风、配图、原创、多媒体、服务要素、合规）",
    )
    parser.add_argument("--version", action="version", version=f"编辑助手 {__version__}")
    parser.add_argument("--debug", action="store_true", help="出错时显示完整的调试信息")
    parser.add_argument("--self-test", action="store_true", help="用自带示例检查程序是否完整可用")
    commands = parser.add_subparsers(dest="command", metavar="命令")

    check = commands.add_parser("check", help="检查稿件（文件或文件夹）")
    check.add_argument("paths", nargs="*", metavar="PATH", help="稿件文件或文件夹；- 表示标准输入")
    check.add_argument("--sample", action="store_true", help="检查自带的示例周稿件")
    add_common(check)
    check.add_argument("--format", choices=("text", "json"), default="text", help="输出格式")
    check.add_argument("--out", type=Path, metavar="FILE", help="写入文件而不是屏幕")
    check.add_argument("--force", action="store_true", help="允许覆盖已存在的 --out 文件")
    check.add_argument(
        "--fix",
        action="store_true",
        help="把可安全自动修改的问题（脱敏、标点等）改好，纯文本另存为“原文件名.fixed.txt”（原稿不动；已有同名文件时需 --force）",
    )

    gui = commands.add_parser("gui", help="打开图形界面")
    gui.add_argument("path", nargs="?", metavar="PATH", help="要打开的稿件或文件夹")
    gui.add_argument("--sample", action="store_true", help="打开自带的示例周稿件")
    gui.add_argument("--screenshot", type=Path, metavar="OUT.png", help="检查完成后截图并退出")
    gui.add_argument(
        "--screenshot-view",
        choices=("draft", "batch", "week", "archive"),
        help="截图显示哪个视图（默认：打开文件夹时为本周稿件，打开文件时为稿件）",
    )
    add_common(gui)
    add_archive_parser(commands)
    add_export_parser(commands, add_common)
    return parser


def _check_stdin(context: CheckContext) -> DocumentResult:
    data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)  # a runaway pipe must not fill memory
    if len(data) > MAX_TEXT_BYTES:
        reason = "输入过大（超过 16 MB），不像一篇稿件"
        return DocumentResult("-", error=ReadError("标准输入", "too_large", reason))
    try:
        text, _ = decode_text(data)
    except NotText as exc:
        return DocumentResult("-", error=ReadError("标准输入", "not_text", str(exc)))
    if not text.strip():
        return DocumentResult("-", error=ReadError("标准输入", "empty", "没有读到正文文字"))
    return DocumentResult("-", report=analyze(read_pasted(text, fmt="stdin"), context))


def _run_check(args: argparse.Namespace) -> int:
    paths = list(args.paths)
    if args.sample:
        paths.append(str(samples_week_dir()))
    if not paths:
        raise UsageError("请指定要检查的稿件文件或文件夹（或使用 --sample 检查示例）")
    with checking_context(args) as context:
        results = _check_all(paths, context)
    _write_output(args, results)
    return EXIT_UNREADABLE if any(r.error for r in results) else EXIT_OK


def _check_all(paths: list[str], context: CheckContext) -> list[DocumentResult]:
    results: list[DocumentResult] = []
    if "-" in paths:
        paths.remove("-")
        results.append(_check_stdin(context))
    if paths:
        many = len(expand_paths(paths)[0]) >= _PROGRESS_MIN_FILES
        progress = terminal_progress("检查中") if many else None
        results.extend(check_paths(paths, context, progress=progress))
    return results


def _write_output(args: argparse.Namespace, results: list[DocumentResult]) -> None:
    if args.format == "json":
        output = json.dumps(results_json(results), ensure_ascii=False, indent=2) + "\n"
    else:
        output = text_report.render(results)
    if args.out:
        write_atomic(args.out, output, overwrite=args.force)
        print(f"已写入 {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(output)
    if getattr(args, "fix", False):  # the gui command's terminal fallback has no --fix
        _write_fixed_copies(results, overwrite=args.force)
    if args.out or args.format == "json":  # text on screen already lists them
        for line in text_report.read_errors(results):
            print(line, file=sys.stderr)


def _write_fixed_copies(results: list[DocumentResult], *, overwrite: bool) -> None:
    """One corrected copy per draft; a copy that cannot be written does not stop the others."""
    samples = samples_week_dir().resolve()
    for result in results:
        draft = result.report.draft if result.report else None
        if draft is None or not draft.path:
            continue
        if Path(draft.path).resolve().is_relative_to(samples):
            print(f"{draft.path}：自带的示例稿件不另存修改稿", file=sys.stderr)
            continue
        try:
            target, applied = write_fixed_copy(result.report, overwrite=overwrite)
        except WriteError as exc:
            print(f"editor-assistant: {exc}", file=sys.stderr)
            continue
        print(f"已修改 {len(applied)} 处，另存为 {target}", file=sys.stderr)


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _run_gui(args: argparse.Namespace) -> int:
    target = str(samples_week_dir()) if args.sample else args.path
    if args.screenshot and not has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a screenshot needs no screen
    if not has_display() and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        print("未检测到图形显示环境（DISPLAY 未设置），改为在终端中检查：", file=sys.stderr)
        if target is None:
            raise UsageError("没有图形界面时请指定要检查的稿件（或使用 --sample）")
        # The same check as the window would run, --sample archive included.
        args.paths = [args.path] if args.path else []
        args.format, args.out, args.force = "text", None, False
        return _run_check(args)
    from editor_assistant.gui.app import run_app

    return run_app(
        target,
        build_context(args),
        screenshot=args.screenshot,
        screenshot_view=args.screenshot_view,
    )


def main(argv: list[str] | None = None) -> int:
    speak_chinese()
    parser = _build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING)
    if args.command is None and not args.self_test:
        parser.print_help()
        return EXIT_USAGE
    try:
        if args.self_test:
            from editor_assistant.selftest import run_self_test

            return run_self_test()
        if args.command == "check":
            return _run_check(args)
        if args.command == "archive":
            return run_archive(args)
        if args.command == "export":
            with checking_context(args) as context:
                return run_export(args, context)
        return _run_gui(args)
    except UsageError as exc:
        print(f"editor-assistant: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except WriteError as exc:
        print(f"editor-assistant: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: one line, never a traceback, unless --debug
        if args.debug:
            raise
        print(
            f"editor-assistant: 内部错误：{type(exc).__name__}：{exc}（加 --debug 查看详情）",
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
