"""House rules that keep the shape of the code: a Qt-free core, an explicit check list."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import editor_assistant
from editor_assistant.core import registry

PACKAGE = Path(editor_assistant.__file__).parent


def _run_fresh(code: str) -> None:
    """Run ``code`` in a new interpreter, where nothing is imported yet."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=180)
    assert done.returncode == 0, done.stderr.decode()


def test_core_cli_and_views_do_not_load_qt():
    code = (
        "import sys, editor_assistant.core, editor_assistant.cli, editor_assistant.views.text_report;"
        "import editor_assistant.views.json_report, editor_assistant.core.batch;"
        "import editor_assistant.core.registry;"
        "from editor_assistant.cli import main;"
        "main(['check', '--sample', '--format', 'json']);"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'"
    )
    _run_fresh(code)


def test_the_app_window_opens_without_loading_numpy_or_the_form_model():
    # numpy and the multimedia model load in a worker on first analysis, not before the window
    # shows (gui/startup.py); a label imported from a check would undo that.
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "import editor_assistant.gui.main_window;"
        "heavy = [m for m in ('numpy', 'editor_assistant.core.form_model') if m in sys.modules];"
        "assert not heavy, heavy"
    )
    _run_fresh(code)


def test_every_check_module_is_registered_and_documented():
    modules = {p.stem for p in (PACKAGE / "core" / "checks").glob("*.py") if p.stem != "__init__"}
    registered = {m.__name__.rsplit(".", 1)[-1] for m in registry.CHECKS}
    assert modules == registered
    for module in registry.CHECKS:
        assert module.NAME and module.TITLE and callable(module.check)
        assert module.__doc__ and len(module.__doc__.strip().splitlines()) >= 4


def test_threads_are_created_only_in_gui_workers():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "workers.py"
        and any(
            word in path.read_text(encoding="utf-8")
            for word in ("QThreadPool", "threading.Thread(", "QThread(")
        )
    ]
    assert offenders == []
