"""Province and city profiles: named presets of settings, between the defaults and the user.

A profile is a TOML file with a ``[profile]`` table (title, description, optional ``extends``)
and any settings sections. The user picks one with ``profile = "jinan"`` at the top of their
settings file (or ``--profile`` on the command line); the user's own values still win.
Profiles are looked for in the user's config folder first (``<config>/profiles``), so a city
can hand out its own without a new release, then among the shipped ones.

Within a chain of profiles (a city extending its province) lists add up, so a city's
``local_terms`` extend the province's instead of replacing them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor_assistant.core import paths
from editor_assistant.core.resources import resource_path
from editor_assistant.core.toml_files import read_toml

_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")


class ProfileError(Exception):
    """A profile that cannot be used; the message says which and why, in Chinese."""


@dataclass(frozen=True)
class ProfileInfo:
    name: str
    title: str
    description: str
    extends: str | None
    path: Path


def profile_dirs() -> list[Path]:
    return [paths.config_dir() / "profiles", resource_path("settings", "profiles")]


def _path_of(name: str) -> Path:
    if not _NAME.fullmatch(name):
        raise ProfileError(f"方案名称“{name}”无效（只能用小写字母、数字、- 和 _）")
    for directory in profile_dirs():
        candidate = directory / f"{name}.toml"
        if candidate.is_file():
            return candidate
    known = "、".join(info.name for info in available_profiles()) or "无"
    raise ProfileError(f"找不到省市方案“{name}”（可用：{known}）")


def _read(path: Path) -> dict[str, Any]:
    return read_toml(path, ProfileError, "方案文件")


def _info(name: str, path: Path, data: dict[str, Any]) -> ProfileInfo:
    head = data.get("profile", {})
    extends = head.get("extends") or None
    return ProfileInfo(
        name, str(head.get("title", name)), str(head.get("description", "")), extends, path
    )


def available_profiles() -> list[ProfileInfo]:
    """Every profile, the user's shadowing shipped ones of the same name, sorted by name."""
    found: dict[str, ProfileInfo] = {}
    for directory in reversed(profile_dirs()):
        for path in sorted(directory.glob("*.toml")) if directory.is_dir() else []:
            if _NAME.fullmatch(path.stem):
                try:
                    found[path.stem] = _info(path.stem, path, _read(path))
                except ProfileError:
                    continue  # a broken file shows up when it is chosen, with its reason
    return [found[name] for name in sorted(found)]


def _combine(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    combined = dict(base)
    for key, value in override.items():
        old = combined.get(key)
        if isinstance(value, dict) and isinstance(old, dict):
            combined[key] = _combine(old, value)
        elif isinstance(value, list) and isinstance(old, list):
            combined[key] = old + [item for item in value if item not in old]
        else:
            combined[key] = value
    return combined


def profile_settings(name: str) -> dict[str, Any]:
    """The settings a profile sets, its ``extends`` chain applied (province first)."""
    chain: list[dict[str, Any]] = []
    seen: list[str] = []
    current: str | None = name
    while current:
        if current in seen:
            raise ProfileError(f"省市方案相互继承，形成循环：{' → '.join([*seen, current])}")
        seen.append(current)
        data = _read(_path_of(current))
        chain.append({key: value for key, value in data.items() if key != "profile"})
        current = _info(current, Path(), data).extends
    settings: dict[str, Any] = {}
    for layer in reversed(chain):
        settings = _combine(settings, layer)
    return settings
