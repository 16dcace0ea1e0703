"""Malformed and hostile files: each gives one clear error or a draft, fast and small, and the
batch goes on. The corpus is generated at test time (tests/hostile/corpus.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_assistant.core.readers import ReadError, expand_paths, read_path
from tests.hostile.corpus import CORPUS, build_corpus

ROOT = Path(__file__).resolve().parents[1]
SECONDS_LIMIT = 5.0
MEMORY_LIMIT = 1024**3


def env() -> dict[str, str]:
    """The test's environment (its temporary home included); BLAS threads would only reserve
    address space under the memory cap."""
    return {**os.environ, "OPENBLAS_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[Path, str | None]:
    return build_corpus(tmp_path_factory.mktemp("hostile") / "收件箱 附件")


@pytest.fixture(scope="module")
def bounded_results(corpus, tmp_path_factory) -> dict[str, dict]:
    """Each file read and analysed in a fork capped at 1 GB (tests/hostile/bounded.py)."""
    home = tmp_path_factory.mktemp("home")  # module scope: the per-test home is not set yet
    run = subprocess.run(
        [sys.executable, "-m", "tests.hostile.bounded", *map(str, corpus)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**env(), "EDITOR_ASSISTANT_HOME": str(home)},
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    results = [json.loads(line) for line in run.stdout.splitlines()]
    return {result["name"]: result for result in results}


@pytest.mark.parametrize("entry", CORPUS, ids=[entry.name for entry in CORPUS])
def test_each_hostile_file_gives_one_clear_outcome_within_bounds(bounded_results, entry):
    result = bounded_results[entry.name]
    assert result["outcome"] == (entry.expect or "draft"), result.get("message")
    assert result["seconds"] <= SECONDS_LIMIT, f"{result['seconds']:.1f} s"
    assert result["max_rss_bytes"] <= MEMORY_LIMIT, f"{result['max_rss_bytes'] / 1e6:.0f} MB"
    if entry.expect is None:
        assert result["offsets_valid"]
        assert result["check_errors"] == []
        assert "清河县" in result["text"]
    else:
        message = result["message"]
        assert "\n" not in message and entry.name in message
        assert any("\u4e00" <= ch <= "\u9fff" for ch in message.split("：", 1)[1])


def test_no_entity_is_expanded_or_fetched(bounded_results):
    text = bounded_results["外部 实体.docx"]["text"]
    assert "root:" not in text and "leak" not in text
    assert "哈哈哈哈哈哈哈哈哈哈哈" not in json.dumps(bounded_results, ensure_ascii=False)


def test_script_and_hidden_content_never_reaches_the_text(bounded_results):
    text = bounded_results["满页 脚本.html"]["text"]
    assert "假正文" not in text and "function" not in text and "请开启脚本" not in text


def test_batch_goes_on_one_line_per_unreadable_file_and_no_traceback(corpus):
    folder = next(iter(corpus)).parent
    run = subprocess.run(
        [sys.executable, "-m", "editor_assistant", "check", str(folder), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env(),
        timeout=600,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr + run.stdout
    documents = json.loads(run.stdout)["documents"]
    assert len(documents) == len(corpus)  # one result per file: none lost, none doubled
    bad = [path for path, expect in corpus.items() if expect is not None]
    error_lines = [line for line in run.stderr.splitlines() if line.startswith("无法读取")]
    assert len(error_lines) == len(bad)
    for path in bad:
        assert sum(path.name in line for line in error_lines) == 1, path.name


def test_a_pipe_named_like_a_draft_is_refused_not_waited_on(tmp_path):
    pipe = tmp_path / "稿件 管道.txt"
    os.mkfifo(pipe)
    with pytest.raises(ReadError) as raised:
        read_path(pipe)
    assert raised.value.code == "not_file"
    files, _ = expand_paths([tmp_path])
    assert files == []  # a folder scan skips it
