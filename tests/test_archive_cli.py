"""``archive add|list|stats|remove``: outputs, exit statuses and one-line errors."""

from __future__ import annotations

import argparse
import json

import pytest

from editor_assistant.cli_archive import add_archive_parser, run_archive
from editor_assistant.core.paths import default_archive_file
from editor_assistant.core.resources import sample_feed_path


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="editor-assistant")
    add_archive_parser(parser.add_subparsers(dest="command"))
    return run_archive(parser.parse_args(["archive", *argv]))


def test_add_list_stats_remove(tmp_path, capsys):
    feed = [json.loads(line) for line in sample_feed_path().read_text("utf-8").splitlines()]
    dates = sorted(article["published_at"] for article in feed)
    db = str(tmp_path / "a.sqlite3")
    assert run("add", str(sample_feed_path()), "--archive", db) == 0
    out = capsys.readouterr().out
    assert f"新增 {len(feed)} 篇" in out and "跳过重复 0 篇" in out
    assert run("add", str(sample_feed_path()), "--archive", db) == 0
    assert f"新增 0 篇，跳过重复 {len(feed)} 篇" in capsys.readouterr().out
    assert run("list", "--archive", db, "--limit", "2", "--account", "平原发布") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all("平原发布" in line for line in lines)
    assert run("stats", "--archive", db) == 0
    out = capsys.readouterr().out
    assert f"稿件：{len(feed)} 篇" in out and f"{dates[0]} 至 {dates[-1]}" in out
    assert run("remove", "1", "2", "--archive", db) == 0
    assert "已删除 2 篇" in capsys.readouterr().out
    assert run("remove", "1", "--archive", db) == 1
    assert "不在稿件库中" in capsys.readouterr().err


def test_the_default_archive_lives_in_the_user_data_folder(capsys):
    assert run("add", str(sample_feed_path())) == 0
    assert str(default_archive_file()) in capsys.readouterr().out
    assert default_archive_file().is_file()


def test_the_archive_named_in_settings_is_the_one_imported_into(tmp_path, capsys):
    from editor_assistant.cli import main
    from editor_assistant.core.paths import settings_file

    chosen = tmp_path / "科室共享" / "往期.sqlite3"
    settings_file().parent.mkdir(parents=True, exist_ok=True)
    settings_file().write_text(f'[archive]\npath = "{chosen.as_posix()}"\n', encoding="utf-8")
    assert run("add", str(sample_feed_path())) == 0
    assert chosen.is_file() and not default_archive_file().exists()
    capsys.readouterr()
    draft = tmp_path / "draft.txt"
    first = json.loads(sample_feed_path().read_text("utf-8").splitlines()[0])
    draft.write_text("标题\n" + first["content"], encoding="utf-8")
    assert main(["check", str(draft), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"][0]["metrics"]["originality"] < 100


def test_errors_are_one_line_and_name_the_file(tmp_path, capsys):
    db = tmp_path / "a.sqlite3"
    assert run("stats", "--archive", str(db)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(db) in err and "稿件库不存在" in err
    db.write_text("不是数据库" * 300, encoding="utf-8")
    assert run("list", "--archive", str(db)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(db) in err and "Traceback" not in err
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"title": "无正文"}\n' + json.dumps({"content": "有正文的稿件。" * 5}), "utf-8"
    )
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK not really")
    assert run("add", str(feed), str(broken), "--archive", str(tmp_path / "b.sqlite3")) == 1
    captured = capsys.readouterr()
    assert "新增 1 篇" in captured.out
    assert f"{feed}:1：没有正文" in captured.err and f"{broken}：" in captured.err


def test_an_action_is_required(capsys):
    assert run() == 2
    assert "archive add|list|stats|remove" in capsys.readouterr().err


def test_ctrl_c_keeps_what_was_imported(tmp_path, capsys, monkeypatch):
    import editor_assistant.cli_archive as cli_archive

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_archive, "import_paths", interrupted)
    assert run("add", str(sample_feed_path()), "--archive", str(tmp_path / "a.sqlite3")) == 130
    assert "已取消" in capsys.readouterr().err


@pytest.mark.parametrize("action", ["add", "list", "stats", "remove"])
def test_help_is_in_chinese(action, capsys):
    with pytest.raises(SystemExit):
        run(action, "--help")
    assert "稿件库" in capsys.readouterr().out
