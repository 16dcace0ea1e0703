"""The frozen app builds, finds its data and passes its own self-test; metadata agrees."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from editor_assistant import __version__

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"


def test_version_is_one_number_everywhere():
    metainfo = ET.parse(PACKAGING / "io.github.editor_assistant.metainfo.xml").getroot()
    assert metainfo.find("releases/release").get("version") == __version__
    done = subprocess.run(
        [sys.executable, "-m", "editor_assistant", "--version"], capture_output=True, text=True
    )
    assert done.stdout.strip() == f"编辑助手 {__version__}"


def test_desktop_entry_launches_the_gui():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "editor-assistant.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].startswith("editor-assistant gui")
    assert desktop["Name[zh_CN]"] == "编辑助手" and desktop["Type"] == "Application"


@pytest.mark.slow
def test_frozen_app_passes_its_self_test(tmp_path):
    build = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
        "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
        str(PACKAGING / "editor-assistant.spec"),
    ]  # fmt: skip
    subprocess.run(build, check=True, timeout=900, cwd=tmp_path)
    app = tmp_path / "dist" / "editor-assistant" / "editor-assistant"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([str(app), "--self-test"], capture_output=True, timeout=600, env=env)
    output = (done.stdout + done.stderr).decode("utf-8", "replace")
    assert done.returncode == 0, output
    assert "自检通过" in output


def test_icons_exist_for_linux_and_windows():
    from PIL import Image

    icons = REPO / "resources" / "icons"
    assert (icons / "app.svg").read_text(encoding="utf-8").lstrip().startswith("<")
    with Image.open(icons / "app.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    with Image.open(icons / "app-256.png") as png:
        assert png.size == (256, 256)
