"""Feed exports (JSONL, CSV, XLSX) and draft files into the archive, as docs/feed-format.md says."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from editor_assistant.core.archive import import_paths, open_archive
from editor_assistant.core.archive.importers import iso_date

BODY = "县政务服务中心推出“周末不打烊”服务，企业群众办事更方便。周六周日上午九点至下午五点，二十个窗口照常办理业务。"


@pytest.fixture
def store(tmp_path):
    archive = open_archive(tmp_path / "archive.sqlite3")
    yield archive
    archive.close()


def infos(store):
    return sorted((a.title, a.account, a.published_at, a.url) for a in store.articles())


def test_jsonl_with_english_or_chinese_keys_and_bad_lines(tmp_path, store):
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "title": "甲",
                "account": "清河发布",
                "published_at": "2026-08-20",
                "url": "u1",
                "content": BODY,
            }
        ),
        "{broken json",
        json.dumps(
            {
                "标题": "乙",
                "公众号": "平原发布",
                "发布时间": "2026年8月21日 10:00",
                "正文": BODY + "乙",
            }
        ),
        json.dumps({"title": "没有正文"}),
        "",
        json.dumps(["not", "an", "object"]),
    ]
    feed.write_text("\n".join(lines), encoding="utf-8")
    result = import_paths(store, [feed])
    assert (result.read, result.added) == (2, 2)
    assert infos(store) == [
        ("乙", "平原发布", "2026-08-21", ""),
        ("甲", "清河发布", "2026-08-20", "u1"),
    ]
    assert [line.split("：")[0] for line in result.skipped] == [
        f"{feed}:2",
        f"{feed}:4",
        f"{feed}:6",
    ]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_csv_as_excel_saves_it_with_a_multiline_field(tmp_path, store, encoding):
    feed = tmp_path / "feed.csv"
    content = BODY + "\n第二段，含有“引号”和,逗号。"
    rows = (
        'title,account,published_at,url,content\n甲,清河发布,2026/8/20,u1,"'
        + content.replace('"', '""')
        + '"\n'
    )
    feed.write_bytes(rows.encode(encoding))
    result = import_paths(store, [feed])
    assert result.added == 1 and not result.errors
    assert store.article(1).content == content
    assert infos(store) == [("甲", "清河发布", "2026-08-20", "u1")]


def test_xlsx_with_dates_as_cells(tmp_path, store):
    book = Workbook()
    sheet = book.active
    sheet.append(["标题", "账号", "发布日期", "链接", "内容"])
    sheet.append(["甲", "清河发布", datetime(2026, 8, 20, 9, 30), "u1", BODY])
    sheet.append([None, None, None, None, None])
    sheet.append(["乙", "清河发布", "2026-08-22", None, ""])
    feed = tmp_path / "feed.xlsx"
    book.save(feed)
    result = import_paths(store, [feed])
    assert result.added == 1 and result.skipped == [f"{feed}:4：没有正文（content），已跳过"]
    assert infos(store) == [("甲", "清河发布", "2026-08-20", "u1")]


def test_draft_files_and_folders(tmp_path, store):
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "2026-08-20 周末不打烊.txt").write_text(BODY, encoding="utf-8")
    (folder / "note.md").write_text("# 标题\n\n" + BODY + "另一篇。", encoding="utf-8")
    (folder / "~$lock.docx").write_bytes(b"lock file")
    result = import_paths(store, [folder])
    assert (result.files, result.added) == (2, 2)
    assert {a.published_at for a in store.articles()} == {"2026-08-20", None}


def test_unreadable_files_are_named_and_the_others_still_import(tmp_path, store):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"content": BODY}), encoding="utf-8")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip file")
    result = import_paths(store, [broken, tmp_path / "missing.csv", tmp_path / "x.pdf", good])
    assert result.added == 1
    assert len(result.errors) == 3
    for error, name in zip(result.errors, ["missing.csv", "x.pdf", "broken.xlsx"], strict=True):
        assert name in error and "\n" not in error


def test_progress_runs_from_zero_to_one(tmp_path, store):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"content": f"{BODY}{n}"}) for n in range(450)), "utf-8")
    seen: list[float] = []
    import_paths(store, [feed], progress=lambda fraction, text: seen.append(fraction))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 3


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-08-20", "2026-08-20"),
        ("2026/8/2 10:00:00", "2026-08-02"),
        ("2026.08.20", "2026-08-20"),
        ("2026年8月20日", "2026-08-20"),
        ("20260820", "2026-08-20"),
        ("2026-02-30", None),
        ("昨天", None),
        (None, None),
        (date(2026, 8, 20), "2026-08-20"),
        (1787157000, "2026-08-20"),  # Unix seconds: 00:30 in China, still the 19th in UTC
        (1787157000000, "2026-08-20"),  # and milliseconds
        (True, None),
    ],
)
def test_publish_dates(value, expected):
    assert iso_date(value) == expected
