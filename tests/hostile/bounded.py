"""Read and analyse each file in a fork of its own, capped at 1 GB, and report what happened.

Run as ``python -m tests.hostile.bounded FILE…`` in a fresh interpreter: one JSON line per file
with the outcome (``draft`` or the ReadError code, or ``crash``), the seconds taken (monotonic
clock) and the peak resident memory of the fork (``ru_maxrss`` from ``wait4``). The analysis
runs every check module in ``core/checks``, whether or not the registry lists it yet.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import resource
import select
import signal
import sys
import time
from pathlib import Path

MEMORY_CAP = 1024**3
# A fork still running after this is killed and reported; the test's own limit is lower.
WATCHDOG_SECONDS = 60


def every_check():
    import editor_assistant.core.checks as package

    modules = [importlib.import_module(f"{package.__name__}.{m.name}") for m in
               pkgutil.iter_modules(package.__path__)]  # fmt: skip
    return [module for module in modules if hasattr(module, "check")]


def _offsets_valid(draft) -> bool:
    size = len(draft.text)
    paragraphs = all(0 <= p.start <= p.end <= size for p in draft.paragraphs)
    return paragraphs and all(0 <= image.offset <= size for image in draft.images)


def _outcome(path: Path, checks) -> dict:
    from editor_assistant.core.analyze import analyze
    from editor_assistant.core.readers import ReadError, read_path

    started = time.monotonic()
    try:
        draft = read_path(path)
        report = analyze(draft, checks=checks)
    except ReadError as exc:
        outcome = {"outcome": exc.code, "message": str(exc)}
    except BaseException as exc:  # what the test is looking for: must never happen
        outcome = {"outcome": "crash", "message": f"{type(exc).__name__}: {exc}"[:500]}
    else:
        outcome = {
            "outcome": "draft",
            "text": draft.text,
            "offsets_valid": _offsets_valid(draft),
            "check_errors": [error.message for error in report.errors],
        }
    outcome["seconds"] = time.monotonic() - started
    return outcome


def run_bounded(path: Path, checks) -> dict:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the fork: cap its address space, do the work, report through the pipe
        os.close(read_end)
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
        with os.fdopen(write_end, "w", encoding="utf-8") as out:
            out.write(json.dumps(_outcome(path, checks), ensure_ascii=False))
        os._exit(0)
    os.close(write_end)
    ready, _, _ = select.select([read_end], [], [], WATCHDOG_SECONDS)
    if not ready:
        os.kill(pid, signal.SIGKILL)
    with os.fdopen(read_end, encoding="utf-8") as pipe:
        payload = pipe.read() if ready else ""
    _, status, usage = os.wait4(pid, 0)
    result = json.loads(payload) if payload else {"outcome": "crash", "message": f"状态 {status}"}
    result.update(name=path.name, max_rss_bytes=usage.ru_maxrss * 1024)
    return result


def main(paths: list[str]) -> None:
    checks = every_check()
    from editor_assistant.core.analyze import analyze
    from editor_assistant.core.readers import read_pasted

    analyze(read_pasted("预热：加载词典。"), checks=checks)  # load lexicons once, before forking
    for path in paths:
        print(json.dumps(run_bounded(Path(path), checks), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
