"""Where the user's own data lives: settings, the archive, the ignore list.

``EDITOR_ASSISTANT_HOME`` puts everything under one folder (portable installs, tests);
otherwise the platform's usual places are used.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP_NAME = "editor-assistant"


def _home_override() -> Path | None:
    home = os.environ.get("EDITOR_ASSISTANT_HOME")
    return Path(home) if home else None


def config_dir() -> Path:
    home = _home_override()
    return home / "config" if home else user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    home = _home_override()
    return home / "data" if home else user_data_path(APP_NAME, appauthor=False)


def settings_file() -> Path:
    return config_dir() / "settings.toml"


def default_archive_file() -> Path:
    return data_dir() / "archive.sqlite3"
