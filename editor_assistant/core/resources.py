"""One locator for the data under ``resources/``.

The same data must be found in a source checkout or editable install (``<repo>/resources``),
an installed wheel (``editor_assistant/resources``, put there by the build) and a frozen
PyInstaller build (``<bundle>/resources``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _candidates() -> list[Path]:
    found = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(_PACKAGE_DIR / "resources")
    found.append(_PACKAGE_DIR.parent / "resources")
    return found


@cache
def resources_dir() -> Path:
    for candidate in _candidates():
        if (candidate / "settings" / "defaults.toml").is_file():
            return candidate
    tried = ", ".join(str(c) for c in _candidates())
    raise FileNotFoundError(f"找不到程序资源目录 resources/（已查找：{tried}）")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def samples_week_dir() -> Path:
    return resource_path("samples", "week")


def sample_feed_path() -> Path:
    return resource_path("samples", "feed", "past_feed.jsonl")
