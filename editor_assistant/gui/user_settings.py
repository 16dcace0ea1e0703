"""The user's own settings file: read it, change a few values, write it back atomically.

Only values that differ from the shipped defaults (and the chosen province/city profile) are
written, so a later release or profile can improve a value the user never touched. Keys the dialog does not know are kept as they are.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from editor_assistant.core import paths
from editor_assistant.core.atomic import write_atomic
from editor_assistant.core.profiles import profile_settings
from editor_assistant.core.settings import Settings, defaults, load_settings, merge_tables
from editor_assistant.gui.toml_writer import dumps


def user_file(settings: Settings) -> Path:
    return settings.source or paths.settings_file()


def read_user_data(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _overrides(values: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    result = {}
    for key, value in values.items():
        if isinstance(value, dict):
            nested = _overrides(value, base[key] if isinstance(base.get(key), dict) else {})
            if nested:
                result[key] = nested
        elif key not in base and value in ("", []):
            continue  # an empty value the defaults do not have: nothing to record
        elif base.get(key) != value:
            result[key] = value
    return result


def _base(profile: str) -> dict[str, Any]:
    """What the user's file overrides: the shipped defaults, then the chosen profile."""
    shipped = defaults().data
    return merge_tables(shipped, profile_settings(profile)) if profile else shipped


def save(path: Path, edited: dict[str, Any]) -> Settings:
    """Write the user's file so that defaults + profile + file == ``edited`` for each edited key.

    A value equal to what the profile gives is not written, so switching profiles later
    changes it; raises ProfileError for a profile that cannot be read.
    """
    kept = read_user_data(path)
    shipped = _base(str(edited.get("profile", kept.get("profile", ""))))
    # A value edited back to its default leaves the file instead of lingering from ``kept``.
    data = _overrides(merge_tables(kept, edited), shipped)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, dumps(data), overwrite=True)
    return load_settings(path)
