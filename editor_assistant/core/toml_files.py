"""Reading a TOML file the user can edit: a broken one is a one-line error naming it."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any


def read_toml(path: Path, error: type[Exception], what: str) -> dict[str, Any]:
    """The parsed file, or ``error`` saying which ``what`` (设置文件, 方案文件) and why."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise error(f"{path}：无法读取{what}（{exc.strerror or exc}）") from exc
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}：{what}格式错误（{exc}）") from exc
