"""Exports into a destination that refuses them: one clear line, and no partial file left.

The failures are real, not mocked: a file-size limit (RLIMIT_FSIZE) makes the disk "full"
halfway through an export, and a folder without write permission is read-only even for root
once ``setpriv`` drops the capability to override permissions.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from editor_assistant import cli
from editor_assistant.core.resources import samples_week_dir

ROOT = Path(__file__).resolve().parents[1]
# File-size limits that stop an export halfway: a review sheet is about 40 KB, the week
# workbook's sheets are spooled to temporary files of tens of KB.
SHEET_FITS_NOT = 20 * 1024
WORKBOOK_FITS_NOT = 8 * 1024


@pytest.fixture
def drafts(tmp_path) -> Path:
    """Two drafts of the sample week, one of them a .docx: enough for every kind of export."""
    folder = tmp_path / "本周 稿件"
    folder.mkdir()
    week = samples_week_dir()
    for path in (next(week.glob("*.docx")), next(week.glob("*.txt"))):
        shutil.copy(path, folder / path.name)
    return folder


def export_in_process(*args: str) -> int:
    return cli.main(["export", *args])


def export(*args: str, prefix: tuple[str, ...] = (), preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "editor_assistant", "export", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "OPENBLAS_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)},
        timeout=300,
        preexec_fn=preexec,
    )


def _disk_full_after(limit: int):
    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limited


def _without_root_powers() -> tuple[str, ...]:
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("root ignores permissions and setpriv is not there to drop that power")
    drop = "-dac_override,-dac_read_search"
    return ("setpriv", f"--bounding-set={drop}", f"--inh-caps={drop}")


def assert_one_clear_line(run: subprocess.CompletedProcess, *words: str) -> None:
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    problems = [line for line in run.stderr.splitlines() if line.startswith("editor-assistant:")]
    assert len(problems) == 1, run.stderr
    assert all(word in problems[0] for word in words), problems[0]


def test_a_full_destination_gives_one_line_and_leaves_no_partial_file(tmp_path, drafts):
    out = tmp_path / "审核单 输出"
    out.mkdir()
    run = export("review-sheet", str(drafts), "--out", str(out),
                 preexec=_disk_full_after(SHEET_FITS_NOT))  # fmt: skip
    assert_one_clear_line(run, "_审核单.docx", "写入失败")
    assert list(out.iterdir()) == []  # no half-written sheet, no temporary file


def test_a_disk_full_while_building_the_week_workbook_is_one_clear_line(tmp_path, drafts):
    # openpyxl spools each sheet to a temporary file while saving, even into memory, so a
    # full disk fails the export before anything reaches the destination.
    out = tmp_path / "周报 输出"
    out.mkdir()
    run = export("week", str(drafts), "--out", str(out),
                 preexec=_disk_full_after(WORKBOOK_FITS_NOT))  # fmt: skip
    assert_one_clear_line(run, "失败")
    assert "内部错误" not in run.stderr
    assert list(out.iterdir()) == []


def test_a_read_only_destination_is_refused_and_left_untouched(tmp_path, drafts):
    drop_root = _without_root_powers()
    locked = tmp_path / "只读 文件夹"
    locked.mkdir()
    (locked / "旧文件.txt").write_text("原有内容", encoding="utf-8")
    locked.chmod(0o555)
    one_draft = str(next(drafts.glob("*.docx")))
    try:
        for args in (
            ("review-sheet", str(drafts), "--out", str(locked)),
            ("annotated", one_draft, "--out", str(locked / "批注.docx")),
            ("week", str(drafts), "--out", str(locked), "--force"),
        ):
            assert_one_clear_line(export(*args, prefix=drop_root), str(locked), "只读")
        assert [p.name for p in locked.iterdir()] == ["旧文件.txt"]
    finally:
        locked.chmod(0o755)


@pytest.mark.parametrize("kind", ["review-sheet", "annotated", "week"])
def test_existing_files_are_kept_without_force_and_replaced_with_it(tmp_path, drafts, kind, capsys):
    source = str(next(drafts.glob("*.docx"))) if kind == "annotated" else str(drafts)
    out = tmp_path / "输出"
    out.mkdir()
    target = str(out / "批注.docx") if kind == "annotated" else str(out)
    assert export_in_process(kind, source, "--out", target) == 0
    written = sorted(out.iterdir())
    kept = written[-1]  # for the week, one of its two files stays and the other is removed
    for path in written[:-1] if kind == "week" else ():
        path.unlink()
    kept.write_bytes(b"editor's own file")
    before = sorted(out.iterdir())
    capsys.readouterr()
    assert export_in_process(kind, source, "--out", target) == 1
    problems = capsys.readouterr().err.splitlines()
    assert len(problems) == 1 and "已存在" in problems[0] and "--force" in problems[0]
    assert sorted(out.iterdir()) == before and kept.read_bytes() == b"editor's own file"
    assert export_in_process(kind, source, "--out", target, "--force") == 0
    assert kept.read_bytes().startswith(b"PK") and len(list(out.iterdir())) == len(written)
