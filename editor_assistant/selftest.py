"""``editor-assistant --self-test``: prove an installed or frozen app works end to end.

It checks the bundled sample week with every registered check, then opens the window
offscreen on the same week. Exit 0 only when every check produced results for every draft
and the window rendered; otherwise one line per problem.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from editor_assistant import __version__
from editor_assistant.core.archive import sample_archive
from editor_assistant.core.batch import check_paths
from editor_assistant.core.context import CheckContext
from editor_assistant.core.registry import CHECKS
from editor_assistant.core.resources import samples_week_dir
from editor_assistant.core.settings import defaults

# A rendered window of the sample week is far larger than an empty grab.
_MIN_SCREENSHOT_BYTES = 10_000


def _check_problems(context: CheckContext) -> tuple[int, list[str]]:
    results = check_paths([samples_week_dir()], context)
    expected = [module.NAME for module in CHECKS]
    problems = []
    for result in results:
        if result.report is None:
            problems.append(f"无法读取示例稿件：{result.error}")
            continue
        problems += [f"{result.path}：{error.message}" for error in result.report.errors]
        missing = [name for name in expected if name not in result.report.checks_run]
        if missing:
            problems.append(f"{result.path}：以下检查没有结果：{'、'.join(missing)}")
    return len(results), problems


def _window_problem(frozen_gui_command: list[str]) -> str | None:
    """Open the window offscreen in a child process, so Qt never loads in this one."""
    with tempfile.TemporaryDirectory() as folder:
        shot = Path(folder) / "self-test.png"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        command = [*frozen_gui_command, "gui", "--sample", "--screenshot", str(shot)]
        try:
            done = subprocess.run(command, env=env, capture_output=True, timeout=180)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"无法打开界面：{exc}"
        if done.returncode != 0 or not shot.is_file():
            tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            return f"界面未能打开（退出码 {done.returncode}）：{tail[0]}"
        if shot.stat().st_size < _MIN_SCREENSHOT_BYTES:
            return "界面截图为空白"
    return None


def _own_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "editor_assistant"]


def run_self_test() -> int:
    # The bundled past feed as archive, so originality (SQLite, numpy) is exercised too.
    archive = sample_archive()
    try:
        count, problems = _check_problems(CheckContext(settings=defaults(), archive=archive))
    finally:
        archive.close()
    window = _window_problem(_own_command())
    if window:
        problems.append(window)
    for problem in problems:
        print(f"自检失败：{problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"编辑助手 {__version__} 自检通过：{count} 篇示例稿件，{len(CHECKS)} 项检查，界面正常。")
    return 0
