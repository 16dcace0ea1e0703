"""A real window on a real (virtual) X server, with Chinese that renders as Chinese."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROBE = Path(__file__).parent / "helpers" / "glyph_probe.py"


@pytest.fixture
def xvfb_display():
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is missing: `make test` installs it (package xvfb)"
    for number in range(90, 110):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            break
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


@pytest.mark.xvfb
def test_main_window_shows_chinese_glyphs_on_x(xvfb_display, tmp_path):
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    shot = tmp_path / "window.png"
    done = subprocess.run(
        [sys.executable, str(PROBE), str(shot)], env=env, capture_output=True, timeout=120
    )
    assert done.returncode == 0, (done.stdout + done.stderr).decode()
    assert shot.stat().st_size > 5000
