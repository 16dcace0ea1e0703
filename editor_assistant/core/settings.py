"""Settings: shipped defaults merged with the user's own TOML file.

Checks read their thresholds here and nowhere else, so the CLI and the GUI behave alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_assistant.core import paths
from editor_assistant.core.profiles import ProfileError, profile_settings
from editor_assistant.core.resources import resource_path
from editor_assistant.core.toml_files import read_toml


class SettingsError(Exception):
    """The user's settings file cannot be used; the message names the file and the reason."""


def merge_tables(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """``override`` laid over ``base``, table by table (a user's file over the defaults)."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge_tables(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read_toml(path: Path) -> dict[str, Any]:
    return read_toml(path, SettingsError, "设置文件")


@dataclass(frozen=True)
class Settings:
    data: dict[str, Any] = field(default_factory=dict)
    source: Path | None = None  # the user's file, when one was read

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name, {})
        return value if isinstance(value, dict) else {}

    def rule_enabled(self, rule: str) -> bool:
        """A rule is off when it or any dotted prefix of it is listed in ``rules.disabled``."""
        disabled = set(self.section("rules").get("disabled", []))
        parts = rule.split(".")
        return not any(".".join(parts[: i + 1]) in disabled for i in range(len(parts)))


def defaults() -> Settings:
    return Settings(_read_toml(resource_path("settings", "defaults.toml")))


def load_settings(path: Path | None = None, profile: str | None = None) -> Settings:
    """Defaults, then a province/city profile, then ``path`` or else the user's settings file.

    The profile is ``profile`` when given (``--profile``), else ``profile = "…"`` in the user's
    file, else the default one; the user's own values always win over the profile's.
    """
    base = defaults()
    user_file = path or paths.settings_file()
    has_user_file = path is not None or user_file.is_file()
    user = _read_toml(user_file) if has_user_file else {}
    name = profile if profile is not None else user.get("profile", base.data.get("profile", ""))
    data = base.data
    if name:
        try:
            data = merge_tables(data, profile_settings(str(name)))
        except ProfileError as exc:
            raise SettingsError(str(exc)) from exc
    merged = merge_tables(data, user)
    disabled = merged.get("rules", {}).get("disabled", [])
    if not isinstance(disabled, list) or not all(isinstance(rule, str) for rule in disabled):
        where = user_file if has_user_file else "设置"
        raise SettingsError(f'{where}：[rules] disabled 应为规则编号的列表，如 ["typography"]')
    return Settings(merged, source=user_file if has_user_file else None)
