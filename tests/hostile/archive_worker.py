"""One colleague's session: import feeds into a shared archive and check drafts against it.

``python -m tests.hostile.archive_worker DB OUT_FOLDER FEED…``: for each feed, run
``editor-assistant archive add FEED --archive DB``, then ``editor-assistant check`` on the
sample week against the archive. Everything the user would see is printed (the CLI's own
lines, and any per-check error from the JSON report); exit status 1 if a command failed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from editor_assistant.cli import main as cli
from editor_assistant.core.resources import samples_week_dir


def main(db: str, out_folder: str, feeds: list[str]) -> int:
    failed = False
    for number, feed in enumerate(feeds):
        failed |= cli(["archive", "add", feed, "--archive", db]) != 0
        out = Path(out_folder) / f"检查结果 {number}.json"
        week = str(samples_week_dir())
        failed |= cli(["check", week, "--archive", db, "--format", "json", "--out", str(out)]) != 0
        for document in json.loads(out.read_text(encoding="utf-8"))["documents"]:
            for error in document.get("check_errors") or []:
                print(f"{document['path']}：{error['message']}")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
