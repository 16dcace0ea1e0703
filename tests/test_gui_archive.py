"""The archive view imports past posts with progress, counts them, searches and removes."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from editor_assistant.core.archive.sqlite_store import SQLiteArchive
from editor_assistant.gui.archive_view import ArchiveView

ARTICLES = [
    (
        "冬季供暖今起开始",
        "清河发布",
        "2026-11-15",
        "全县集中供暖今日起正式开始，供暖期至明年三月。" * 8,
    ),
    ("春风行动招聘会", "清河发布", "2026-10-02", "春风行动专场招聘会周六在人才市场举行。" * 8),
    ("秋季防火提示", "清河应急", "2026-10-20", "秋季风干物燥，进山入林严禁携带火种。" * 8),
]


@pytest.fixture
def feed(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(dict(zip(("title", "account", "published_at", "content"), a, strict=True)))
        for a in ARTICLES
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.fixture
def view(qtbot, tmp_path):
    store = SQLiteArchive(tmp_path / "archive.sqlite3")
    widget = ArchiveView(lambda: store)
    qtbot.addWidget(widget)
    yield widget
    store.close()


def test_import_shows_progress_counts_and_search(qtbot, view, feed):
    progress: list[int] = []
    view.progress.valueChanged.connect(progress.append)
    with (
        qtbot.waitSignal(view.sig_status, timeout=30_000) as status,
        qtbot.waitSignal(view.sig_import_finished, timeout=30_000),
    ):
        view.import_paths([feed])
    assert "新增 3 篇" in status.args[0]
    assert progress and progress[-1] == 100
    assert view.progress.isHidden()
    months = {
        tuple(view.counts.item(r, c).text() for c in range(3))
        for r in range(view.counts.rowCount())
    }
    assert months == {
        ("清河发布", "2026-11", "1"),
        ("清河发布", "2026-10", "1"),
        ("清河应急", "2026-10", "1"),
    }
    assert "共 3 篇" in view.summary.text() and "清河发布 2 篇" in view.summary.text()
    view.search.setText("招聘")
    view.refresh()
    assert view.articles.rowCount() == 1
    assert view.articles.item(0, 0).text() == "春风行动招聘会"


def test_importing_twice_adds_nothing_new(qtbot, view, feed):
    for _ in range(2):
        with qtbot.waitSignal(view.sig_status, timeout=30_000) as status:
            view.import_paths([feed])
    assert "新增 0 篇" in status.args[0] and "跳过重复 3 篇" in status.args[0]


def test_remove_selected(qtbot, view, feed, monkeypatch):
    with qtbot.waitSignal(view.sig_import_finished, timeout=30_000):
        view.import_paths([feed])
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    view.articles.selectRow(0)
    view.remove_selected()
    assert view.articles.rowCount() == 2
    assert "共 2 篇" in view.summary.text()
