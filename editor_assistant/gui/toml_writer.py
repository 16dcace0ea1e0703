"""Write the user's settings.toml: tables of strings, numbers, booleans and lists of them.

The settings file holds nothing else, so a small writer does; every output is read back
with tomllib and compared before it may replace the user's file.
"""

from __future__ import annotations

import json
import math
import tomllib
from typing import Any

_BARE_KEY = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


class TomlWriteError(ValueError):
    pass


def _key(key: str) -> str:
    return key if key and set(key) <= _BARE_KEY else _value(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise TomlWriteError(f"无法写入的数值：{value}")
        return repr(value)
    if isinstance(value, str):
        # JSON string escapes are valid TOML basic-string escapes; TOML also forbids DEL raw.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TomlWriteError(f"设置中不支持的值类型：{type(value).__name__}")


def _table(name: str, table: dict[str, Any], lines: list[str]) -> None:
    scalars = {k: v for k, v in table.items() if not isinstance(v, dict)}
    if name and (scalars or not table):
        lines.append(f"\n[{name}]")
    lines.extend(f"{_key(k)} = {_value(v)}" for k, v in scalars.items())
    for key, value in table.items():
        if isinstance(value, dict):
            _table(f"{name}.{_key(key)}" if name else _key(key), value, lines)


def dumps(data: dict[str, Any]) -> str:
    lines: list[str] = ["# 编辑助手的个人设置（由“设置”对话框写入；未列出的项使用默认值）"]
    _table("", data, lines)
    text = "\n".join(lines).strip() + "\n"
    if tomllib.loads(text) != _normalised(data):
        raise TomlWriteError("设置无法按原样写入 TOML")
    return text


def _normalised(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _normalised(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_normalised(v) for v in value]
    return value
