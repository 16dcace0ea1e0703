"""Options every command that checks drafts shares, and the CheckContext they build.

``check``, ``gui`` and ``export`` read the same settings, profile, ignore list and archive,
so a draft gets the same findings whichever way it is checked.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from editor_assistant.core.archive import (
    ArchiveError,
    ArchiveStore,
    configured_archive_file,
    open_archive,
    sample_archive,
)
from editor_assistant.core.context import CheckContext
from editor_assistant.core.ignores import IgnoreStore
from editor_assistant.core.paths import default_archive_file, settings_file
from editor_assistant.core.settings import Settings, SettingsError, load_settings


class UsageError(Exception):
    """Wrong arguments or settings: exit status 2."""


def add_common(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--archive", type=Path, metavar="DB", help=f"往期稿件库（默认 {default_archive_file()}）"
    )
    command.add_argument(
        "--settings", type=Path, metavar="FILE", help=f"设置文件（TOML，默认 {settings_file()}）"
    )
    command.add_argument(
        "--profile", metavar="NAME", help="省市方案，如 shandong、jinan（覆盖设置文件）"
    )
    command.add_argument(
        "--no-ignores", action="store_true", help="显示全部问题，包括已“忽略此条”的"
    )


def _archive(args: argparse.Namespace, settings: Settings) -> ArchiveStore | None:
    """--archive; else with --sample the bundled past feed; else the user's archive if any."""
    if args.archive:
        try:
            return open_archive(args.archive, create=False)
        except ArchiveError as exc:
            raise UsageError(str(exc)) from exc
    if getattr(args, "sample", False):
        return sample_archive()
    path = configured_archive_file(settings)
    if not path.exists():
        return None
    try:
        return open_archive(path, create=False)
    except ArchiveError as exc:
        print(f"editor-assistant: {exc}；本次不检查原创性", file=sys.stderr)
        return None


@contextmanager
def checking_context(args: argparse.Namespace) -> Iterator[CheckContext]:
    """The context for one command's run; its archive is closed afterwards."""
    context = build_context(args)
    try:
        yield context
    finally:
        if context.archive is not None:
            context.archive.close()


def build_context(args: argparse.Namespace) -> CheckContext:
    """The caller closes ``context.archive`` when done."""
    try:
        settings = load_settings(args.settings, profile=args.profile)
    except SettingsError as exc:
        raise UsageError(str(exc)) from exc
    return CheckContext(
        settings=settings,
        archive=_archive(args, settings),
        ignores=None if args.no_ignores else IgnoreStore(),
    )
