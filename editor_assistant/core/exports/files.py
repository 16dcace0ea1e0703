"""Writing exported files: all or nothing, never over an existing file unless asked.

Every file is built in memory first; only then is anything written, each file atomically.
If one write fails, the files this export had already created are removed again.
"""

from __future__ import annotations

import os
from pathlib import Path

from editor_assistant.core.atomic import WriteError, write_atomic


def check_destination(folder: Path) -> None:
    """Raise WriteError with a one-line reason when ``folder`` cannot receive files."""
    folder = Path(folder)
    if not folder.exists():
        raise WriteError(f"{folder}：输出文件夹不存在")
    if not folder.is_dir():
        raise WriteError(f"{folder}：不是文件夹")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise WriteError(f"{folder}：没有写入权限（只读）")


def refuse_existing(paths: list[Path], force: bool) -> None:
    existing = [p for p in paths if p.exists()]
    if existing and not force:
        more = f" 等 {len(existing)} 个文件" if len(existing) > 1 else ""
        raise WriteError(f"{existing[0]}{more}：文件已存在，未覆盖（确需覆盖请加 --force）")


def write_all(files: dict[Path, bytes], *, force: bool = False) -> list[Path]:
    paths = list(files)
    for folder in dict.fromkeys(p.parent for p in paths):
        check_destination(folder)
    refuse_existing(paths, force)
    created: list[Path] = []
    try:
        for path, payload in files.items():
            existed = path.exists()
            write_atomic(path, payload, overwrite=force)
            if not existed:
                created.append(path)
    except WriteError:
        for path in created:
            path.unlink(missing_ok=True)
        raise
    return paths


def unique_names(stems: list[str], suffix: str) -> list[str]:
    """File names for ``stems``; a stem used twice gets a number so no export hides another."""
    seen: dict[str, int] = {}
    names = []
    for stem in stems:
        seen[stem] = seen.get(stem, 0) + 1
        names.append(f"{stem}{suffix}" if seen[stem] == 1 else f"{stem}（{seen[stem]}）{suffix}")
    return names
