"""The command line as an editor or a script uses it: tables, JSON, exit status, bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from editor_assistant.cli import main
from editor_assistant.core.resources import resource_path

SCHEMA = json.loads(resource_path("schema", "report.schema.json").read_text(encoding="utf-8"))
STIFF = "县政府召开专题会议\n会议强调，要高度重视冬季供暖工作，切实加强组织领导。\n"


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_check_prints_a_chinese_table(tmp_path, capsys):
    write(tmp_path / "2026-11-23-会议.txt", STIFF)
    assert main(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "标题" in out and "字数" in out
    assert "县政府召开专题会议" in out and "2026-11-23" in out


def test_json_output_validates_against_the_schema(tmp_path, capsys):
    write(tmp_path / "a.txt", STIFF)
    (tmp_path / "b.docx").write_bytes(b"not a zip")
    assert main(["check", str(tmp_path), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    jsonschema.validate(report, SCHEMA)
    good, bad = sorted(report["documents"], key=lambda d: d["path"])
    assert good["error"] is None and good["chars"] > 10
    assert bad["error"]["code"] == "corrupt"


def test_unreadable_files_do_not_stop_the_batch(tmp_path, capsys):
    write(tmp_path / "ok.txt", STIFF)
    missing = tmp_path / "不存在.txt"
    assert main(["check", str(tmp_path / "ok.txt"), str(missing)]) == 1
    captured = capsys.readouterr()
    assert "县政府召开专题会议" in captured.out
    assert f"{missing}：文件不存在" in captured.out
    assert "Traceback" not in captured.out + captured.err


def test_folder_without_drafts_is_named(tmp_path, capsys):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"\xff\xd8")
    assert main(["check", str(tmp_path / "photos")]) == 1
    assert "文件夹中没有可检查的稿件" in capsys.readouterr().out


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["check", "--format", "yaml"])
    assert caught.value.code == 2
    assert "错误：参数 --format：无效的选择" in capsys.readouterr().err
    assert main(["check"]) == 2
    assert main([]) == 2


def test_out_file_is_never_overwritten_without_force(tmp_path, capsys):
    draft = write(tmp_path / "a.txt", STIFF)
    out = write(tmp_path / "report.json", "earlier export")
    assert main(["check", str(draft), "--format", "json", "--out", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "earlier export"
    assert "已存在" in capsys.readouterr().err
    assert main(["check", str(draft), "--format", "json", "--out", str(out), "--force"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == 1


def test_bad_settings_file_is_a_usage_error(tmp_path, capsys):
    settings = write(tmp_path / "settings.toml", "[rules\ndisabled = ")
    assert main(["check", "--sample", "--settings", str(settings)]) == 2
    assert "设置文件格式错误" in capsys.readouterr().err


def run_cli(*args, stdin=None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "editor_assistant", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env=env,
    )


def test_stdin_and_version():
    done = run_cli("check", "-", "--format", "json", stdin=STIFF.encode("gbk"))
    assert done.returncode == 0, done.stderr.decode()
    [document] = json.loads(done.stdout)["documents"]
    assert document["title"] == "县政府召开专题会议" and document["path"] == "-"
    version = run_cli("--version")
    assert version.returncode == 0 and "编辑助手" in version.stdout.decode()


def test_gui_without_display_falls_back_to_the_terminal(tmp_path):
    draft = write(tmp_path / "a.txt", STIFF)
    env = {k: v for k, v in __import__("os").environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    done = run_cli("gui", str(draft), env=env)
    assert done.returncode == 0
    err = done.stderr.decode()
    assert err.count("\n") == 1 and "未检测到图形显示环境" in err
    assert "县政府召开专题会议" in done.stdout.decode()


def test_make_run_without_display_checks_the_week_against_the_sample_archive():
    env = {k: v for k, v in __import__("os").environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    done = run_cli("gui", "--sample", env=env)
    assert done.returncode == 0
    rows = done.stdout.decode().splitlines()
    fraud = next(row for row in rows if row.startswith("一周3人被骗"))
    assert fraud.split()[-2] == "53"  # about half copied from a 清河公安 post
    summary = next(row for row in rows if row.startswith("汇总："))
    assert "13 篇" in summary and "原创率 77%" in summary and "未覆盖：教育" in summary


def test_sample_week_json_is_complete_and_valid(capsys):
    assert main(["check", "--sample", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    jsonschema.validate(report, SCHEMA)
    documents = report["documents"]
    assert len(documents) == 13
    for document in documents:
        assert document["check_errors"] == []
        assert 0 <= document["metrics"]["officialese"] <= 100
    rules = {f["rule"].split(".")[0] for d in documents for f in d["findings"]}
    assert {"officialese", "images", "privacy", "service", "typography"} <= rules


def test_every_reader_error_code_is_in_the_schema():
    import re
    from pathlib import Path

    import editor_assistant

    package = Path(editor_assistant.__file__).parent
    used = set()
    for source in [*package.glob("core/readers/*.py"), package / "core" / "batch.py"]:
        used |= set(re.findall(r'ReadError\(\s*[^,]+,\s*"([a-z_]+)"', source.read_text("utf-8")))
    allowed = set(SCHEMA["$defs"]["error"]["properties"]["code"]["enum"])
    assert used and used <= allowed, used - allowed


def test_out_to_a_device_and_empty_stdin(tmp_path):
    draft = write(tmp_path / "a.txt", STIFF)
    done = run_cli("check", str(draft), "--format", "json", "--out", "/dev/stdout")
    assert done.returncode == 0 and json.loads(done.stdout)["schema_version"] == 1
    assert run_cli("check", "-", stdin=b"  \n").returncode == 1
