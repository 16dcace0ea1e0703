"""Atomic file writes: the destination holds the old content or the new, never half of it."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

# New files get the usual permissions (colleagues on a shared folder can open them), not
# mkstemp's owner-only 0600. The umask can only be read by setting it, once, at import.
_UMASK = os.umask(0)
os.umask(_UMASK)
_REASONS = {
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "磁盘配额已满",
    errno.EFBIG: "文件超过允许的大小",
    errno.EROFS: "目标位置只读",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.ENOENT: "文件夹不存在",
}


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno, exc.strerror or str(exc))


class WriteError(Exception):
    """The file could not be written; the message names it and says why, in Chinese."""


def _write_in_place(path: Path, payload: bytes) -> None:
    try:
        with path.open("wb") as handle:
            handle.write(payload)
    except OSError as exc:
        raise WriteError(f"{path}：写入失败（{_reason(exc)}）") from exc


def _is_special(path: Path) -> bool:
    """Devices, pipes and /dev/stdout even when the shell redirected it to a file."""
    if not path.exists() or path.is_dir():
        return False
    return not path.is_file() or path.absolute().parent == Path("/dev")


def write_atomic(path: Path, data: bytes | str, *, overwrite: bool = False) -> None:
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if _is_special(path):
        _write_in_place(path, payload)  # a device or pipe such as /dev/stdout: never replace it
        return
    if path.is_dir():
        raise WriteError(f"{path}：这是一个文件夹，请给出文件名")
    if path.exists() and not overwrite:
        raise WriteError(f"{path}：文件已存在，未覆盖（确需覆盖请加 --force）")
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise WriteError(f"{path}：无法写入（{_reason(exc)}）") from exc
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(payload)
            temp.flush()
            os.fsync(temp.fileno())
        os.chmod(temp_name, 0o666 & ~_UMASK)
        os.replace(temp_name, path)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise WriteError(f"{path}：写入失败（{_reason(exc)}）") from exc
