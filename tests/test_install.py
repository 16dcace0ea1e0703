"""The data under resources/ is found in an editable install and in an installed wheel."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import editor_assistant
from editor_assistant.core.resources import resources_dir

REPO = Path(__file__).resolve().parent.parent


def test_editable_install_finds_the_repository_resources():
    assert Path(editor_assistant.__file__).resolve().parent.parent == REPO
    assert resources_dir() == REPO / "resources"


@pytest.mark.slow
def test_wheel_installed_outside_the_repo_checks_the_sample_week(tmp_path):
    dist = tmp_path / "dist"
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(REPO)]
    subprocess.run(build, check=True, timeout=600)
    [wheel] = dist.glob("editor_assistant-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run(
        [*install, "-c", str(REPO / "constraints.txt"), str(wheel)], check=True, timeout=900
    )
    done = subprocess.run(
        [str(venv / "bin" / "editor-assistant"), "check", "--sample", "--format", "json"],
        capture_output=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr.decode()
    documents = json.loads(done.stdout)["documents"]
    assert len(documents) >= 12 and all(d["error"] is None for d in documents)
    where = subprocess.run(
        [str(python), "-c", "from editor_assistant.core.resources import resources_dir as r; print(r())"],
        capture_output=True, text=True, cwd=tmp_path, check=True,
    )  # fmt: skip
    assert str(venv) in where.stdout and "site-packages/editor_assistant/resources" in where.stdout
