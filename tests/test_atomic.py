"""Writes never leave half a file and never replace what the user has without consent."""

from __future__ import annotations

import os

import pytest

from editor_assistant.core.atomic import WriteError, write_atomic


def test_existing_file_is_kept_unless_overwrite(tmp_path):
    target = tmp_path / "审核单.json"
    target.write_text("earlier", encoding="utf-8")
    with pytest.raises(WriteError, match="已存在"):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "earlier"
    write_atomic(target, "new", overwrite=True)
    assert target.read_text(encoding="utf-8") == "new"


def test_unwritable_folder_leaves_nothing_behind(tmp_path):
    missing = tmp_path / "no-such-folder" / "out.json"
    with pytest.raises(WriteError, match="无法写入"):
        write_atomic(missing, "x")
    assert not missing.parent.exists()


def test_devices_are_written_in_place_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    write_atomic(fifo, "数据")  # no --force needed: a pipe is not a file to keep
    assert os.read(reader, 100).decode("utf-8") == "数据"
    assert not fifo.is_file()
    os.close(reader)


def test_new_files_are_readable_by_colleagues(tmp_path):
    previous = os.umask(0o022)
    try:
        target = tmp_path / "周报.docx"
        write_atomic(target, b"x")
    finally:
        os.umask(previous)
    assert target.stat().st_mode & 0o777 == 0o644
