"""Test set-up: Qt offscreen, and user data kept in a temporary home per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The Qt platform must be chosen above, before anything imports Qt.
import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Settings, archive and ignore lists of a test never touch the developer's own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("EDITOR_ASSISTANT_HOME", str(home))
    return home
