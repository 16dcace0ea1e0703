"""The ignore store: per draft, rule and passage; survives edits elsewhere; undoable."""

from __future__ import annotations

import json

from editor_assistant.core.ignores import IgnoreStore, default_store, draft_key, finding_key
from editor_assistant.core.model import Finding, Severity
from editor_assistant.core.readers import read_pasted
from editor_assistant.core.readers.plain_text import draft_from_text


def _finding(text: str, passage: str, rule: str = "privacy.mobile") -> Finding:
    start = text.index(passage)
    return Finding(rule, Severity.ERROR, "手机号码", (start, start + len(passage)))


def test_an_ignore_survives_edits_elsewhere_but_not_to_the_passage(tmp_path):
    store = IgnoreStore(tmp_path / "ignores.json")
    path = tmp_path / "通知.txt"
    before = draft_from_text("标题\n联系电话13812345678。", path=path)
    store.ignore(before, _finding(before.text, "13812345678"))
    edited = draft_from_text("新标题\n新增一段。\n联系电话13812345678。", path=path)
    assert store.partition(edited, [_finding(edited.text, "13812345678")])[0] == []
    changed = draft_from_text("标题\n联系电话13912345678。", path=path)
    assert len(store.partition(changed, [_finding(changed.text, "13912345678")])[0]) == 1


def test_ignores_are_per_draft_and_per_rule(tmp_path):
    store = IgnoreStore(tmp_path / "ignores.json")
    one = draft_from_text("电话13812345678", path=tmp_path / "a.txt")
    other = draft_from_text("电话13812345678", path=tmp_path / "b.txt")
    store.ignore(one, _finding(one.text, "13812345678"))
    assert store.is_ignored(*finding_key(one, _finding(one.text, "13812345678")))
    assert not store.is_ignored(*finding_key(other, _finding(other.text, "13812345678")))
    assert not store.is_ignored(*finding_key(one, _finding(one.text, "13812345678", "x.y")))


def test_ignores_persist_and_can_be_undone(tmp_path):
    file = tmp_path / "sub" / "ignores.json"
    draft = read_pasted("便民通知\n电话13812345678，邮箱a@b.cn")
    first, second = (
        _finding(draft.text, "13812345678"),
        _finding(draft.text, "a@b.cn", "privacy.email"),
    )
    store = IgnoreStore(file)
    store.ignore(draft, first)
    store.ignore(draft, second)
    reopened = IgnoreStore(file)
    assert len(reopened.keys()) == 2
    assert reopened.undo_last() == finding_key(draft, second)
    assert store.keys() == [finding_key(draft, first)]  # the other instance sees the change
    assert store.remove(*finding_key(draft, first)) and not store.remove(*finding_key(draft, first))
    assert json.loads(file.read_text(encoding="utf-8"))["ignores"] == []
    assert store.undo_last() is None


def test_relative_paths_and_the_draft_key_agree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = IgnoreStore(tmp_path / "ignores.json")
    store.add("drafts/a.txt", "privacy.mobile", "13812345678")
    assert store.is_ignored(str(tmp_path / "drafts" / "a.txt"), "privacy.mobile", "13812345678")
    assert draft_key(read_pasted("标题\n正文")) == "title:标题"
    assert draft_key(read_pasted("")).startswith("text:")


def test_whole_document_findings_are_ignored_for_the_draft(tmp_path):
    store = IgnoreStore(tmp_path / "ignores.json")
    draft = read_pasted("标题\n正文")
    whole = Finding("images.density", Severity.INFO, "配图偏少")
    store.ignore(draft, whole)
    assert store.partition(draft, [whole]) == ([], [whole])


def test_a_broken_file_is_kept_aside_and_the_store_starts_empty(tmp_path):
    file = tmp_path / "ignores.json"
    file.write_text("{not json", encoding="utf-8")
    store = IgnoreStore(file)
    assert store.keys() == []
    store.add("title:标题", "wording.vulgar", "TMD")
    assert (tmp_path / "ignores.json.bad").read_text(encoding="utf-8") == "{not json"
    assert IgnoreStore(file).keys() == [("title:标题", "wording.vulgar", "TMD")]


def test_the_default_store_lives_in_the_data_folder(isolated_home):
    store = default_store()
    store.add("title:t", "r.x", "p")
    assert (isolated_home / "data" / "ignores.json").is_file()
