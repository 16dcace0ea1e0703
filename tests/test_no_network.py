"""The app works offline: analysing, batching, exporting and the archive open no socket.

Every way to make or use a socket is replaced by a tripwire that records the attempt and
fails it; a broad ``except`` in the code under test cannot hide it, since the test asserts
on the record afterwards.
"""

from __future__ import annotations

import socket

import pytest

from editor_assistant import cli
from editor_assistant.core import batch
from editor_assistant.core.analyze import analyze
from editor_assistant.core.archive import import_paths, open_archive
from editor_assistant.core.batch import check_paths
from editor_assistant.core.context import CheckContext
from editor_assistant.core.readers import expand_paths, read_path
from editor_assistant.core.resources import sample_feed_path, samples_week_dir
from tests.hostile.bounded import every_check


@pytest.fixture
def tripwire(monkeypatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name):
        def refused(*args, **kwargs):
            attempts.append(f"{name}{args[1:2]}")
            raise OSError(f"no network in tests: {name}")

        return refused

    for name in ("__init__", "connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


@pytest.fixture
def every_check_in_batches(monkeypatch):
    """Batches run every check module, whether or not the registry lists it yet."""
    checks = every_check()
    monkeypatch.setattr(batch, "analyze", lambda draft, context: analyze(draft, context, checks))
    return checks


def test_the_tripwire_records_every_attempt(tripwire):
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert len(tripwire) == 2


def test_analysing_the_sample_week_against_an_archive_opens_no_socket(
    tripwire, every_check_in_batches, tmp_path
):
    archive = open_archive(tmp_path / "稿件库.sqlite")
    assert not import_paths(archive, [sample_feed_path()]).errors
    context = CheckContext(archive=archive)
    drafts, _ = expand_paths([samples_week_dir()])
    for path in drafts:
        report = analyze(read_path(path), context, every_check_in_batches)
        assert not report.errors
    results = check_paths([samples_week_dir()], context)
    assert results and all(result.report for result in results)
    archive.close()
    assert tripwire == []


def test_the_cli_archive_check_and_exports_open_no_socket(tripwire, tmp_path, capsys):
    db, week = str(tmp_path / "稿件库.sqlite3"), str(samples_week_dir())
    one_draft = str(sorted(samples_week_dir().glob("*.docx"))[0])
    (tmp_path / "审核单").mkdir()
    (tmp_path / "周报").mkdir()
    for argv in (
        ["archive", "add", str(sample_feed_path()), "--archive", db],
        ["check", week, "--archive", db, "--format", "json", "--out", str(tmp_path / "a.json")],
        ["check", "--sample", "--out", str(tmp_path / "结果.txt")],
        ["export", "review-sheet", week, "--out", str(tmp_path / "审核单"), "--archive", db],
        ["export", "annotated", one_draft, "--out", str(tmp_path / "批注版.docx")],
        ["export", "week", week, "--out", str(tmp_path / "周报"), "--archive", db],
    ):
        assert cli.main(argv) == 0, (argv, capsys.readouterr().err)
    assert len(list(tmp_path.rglob("*.docx"))) > 2 and list(tmp_path.rglob("*.xlsx"))
    assert tripwire == []
