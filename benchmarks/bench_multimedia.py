"""Speed of the multimedia check with its form model, and of fitting the model.

Run: python benchmarks/bench_multimedia.py
Prints: loading the shipped model (cold), the check on every calibration draft (warm, per draft),
and one fit on the whole calibration set (what tools/train_multimedia.py does once per batch).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import machine, timings_ms  # benchmarks/common.py, found through the path above

from editor_assistant.core import form_model, form_training
from editor_assistant.core.checks import multimedia
from editor_assistant.core.context import CheckContext
from editor_assistant.core.readers import read_pasted


def main() -> int:
    print(f"machine: {machine()}")
    start = time.perf_counter()
    form_model.shipped_model()
    print(f"loading the shipped model (cold): {(time.perf_counter() - start) * 1000:.0f} ms")
    cases = form_training.load_cases()
    drafts = [read_pasted(case.text) for case in cases]
    context = CheckContext()
    multimedia.check(drafts[0], context)  # jieba's dictionary, rules: first use only
    longest = max(drafts, key=lambda d: len(d.text))
    each = timings_ms(lambda: multimedia.check(longest, context), runs=50)
    print(f"check on the longest draft ({len(longest.text)} characters), warm: {each}")
    start = time.perf_counter()
    for draft in drafts:
        multimedia.check(draft, context)
    elapsed = time.perf_counter() - start
    print(f"check on all {len(drafts)} drafts, warm: {elapsed * 1000 / len(drafts):.1f} ms a draft")
    found = form_training.case_features(cases)
    start = time.perf_counter()
    form_training.fit(found, form_training.targets(cases))
    print(f"one fit on {len(cases)} drafts: {time.perf_counter() - start:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
