"""Reading and checking the sample week: per-format read times and the whole pipeline."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import machine, timings_ms  # benchmarks/common.py, found through the path above

from editor_assistant.core.analyze import analyze
from editor_assistant.core.batch import check_paths
from editor_assistant.core.context import CheckContext
from editor_assistant.core.readers import expand_paths, read_path
from editor_assistant.core.resources import samples_week_dir


def main() -> None:
    print(f"machine: {machine()}")
    files, _ = expand_paths([samples_week_dir()])
    context = CheckContext()
    start = time.perf_counter()
    analyze(read_path(files[0]), context)
    print(
        f"first draft read and checked (cold, loads lexicons): {time.perf_counter() - start:.2f} s"
    )
    for path in files:
        read = timings_ms(lambda path=path: read_path(path), runs=20)
        draft = read_path(path)
        checked = timings_ms(lambda draft=draft: analyze(draft, context), runs=20)
        print(
            f"{path.suffix:6} {draft.chars:5} chars  read {read['median']:7.2f} ms  "
            f"checks {checked['median']:7.2f} ms (p95 {checked['p95']:.2f})  {path.name}"
        )
    week = timings_ms(lambda: check_paths([samples_week_dir()], context), runs=5)
    print(f"whole sample week ({len(files)} drafts), warm: median {week['median']:.0f} ms")


if __name__ == "__main__":
    main()
