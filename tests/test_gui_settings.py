"""Settings written by the dialog: only what differs from the defaults, atomically, re-readable."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_assistant.core.ignores import IgnoreStore
from editor_assistant.core.settings import load_settings
from editor_assistant.gui import user_settings
from editor_assistant.gui.settings_dialog import SettingsDialog
from editor_assistant.gui.toml_writer import TomlWriteError, dumps

_keys = st.text(min_size=1, max_size=8)
_scalars = st.one_of(
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
_values = st.one_of(_scalars, st.lists(st.text(max_size=10), max_size=4))


@given(st.dictionaries(_keys, st.dictionaries(_keys, _values, max_size=4), max_size=4))
def test_written_toml_reads_back_identically(data):
    assert tomllib.loads(dumps(data)) == data


def test_values_toml_cannot_hold_are_refused():
    with pytest.raises(TomlWriteError):
        dumps({"a": {"b": float("nan")}})
    with pytest.raises(TomlWriteError):
        dumps({"a": {"b": None}})


def test_save_keeps_unknown_keys_and_drops_values_back_at_default(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('[custom]\nnote = "mine"\n[account]\nname = "旧名"\n', "utf-8")
    settings = user_settings.save(
        path, {"account": {"name": "", "unit": "清河县融媒体中心"}, "rules": {"disabled": []}}
    )
    written = tomllib.loads(path.read_text("utf-8"))
    assert written == {"custom": {"note": "mine"}, "account": {"unit": "清河县融媒体中心"}}
    assert settings.section("account")["unit"] == "清河县融媒体中心"
    assert settings.source == path


def test_dialog_switches_a_rule_off_and_the_settings_say_so(qtbot, tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('[images]\nmax_stretch_chars = 900\nwords = ["甲"]\n', "utf-8")
    dialog = SettingsDialog(load_settings(path), IgnoreStore(tmp_path / "ignores.json"))
    qtbot.addWidget(dialog)
    dialog.disabled_rules.setPlainText("officialese.cliche\n\n")
    spin, _kind = dialog.editors[("images", "max_stretch_chars")]
    spin.setValue(1200)
    words, _kind = dialog.editors[("images", "words")]
    words.setPlainText("甲\n乙\n")
    dialog.archive_path.setText(str(tmp_path / "库.sqlite3"))
    dialog.accept()
    saved = dialog.saved
    assert not saved.rule_enabled("officialese.cliche")
    assert saved.section("images")["max_stretch_chars"] == 1200
    assert saved.section("images")["words"] == ["甲", "乙"]
    assert saved.section("archive")["path"].endswith("库.sqlite3")


def test_dialog_restores_an_ignored_finding(qtbot, tmp_path):
    store = IgnoreStore(tmp_path / "ignores.json")
    store.add("title:通知", "privacy.phone", "13912345678")
    dialog = SettingsDialog(load_settings(), store)
    qtbot.addWidget(dialog)
    assert dialog.ignored.count() == 1
    dialog.ignored.setCurrentRow(0)
    dialog._restore_ignored()
    assert store.keys() == [] and dialog.ignored.count() == 0


def test_choosing_a_profile_writes_only_its_name(qtbot, tmp_path):
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(
        load_settings(path if path.exists() else None), IgnoreStore(tmp_path / "i")
    )
    qtbot.addWidget(dialog)
    dialog.path = path
    dialog.profile.setCurrentIndex(dialog.profile.findData("jinan"))
    dialog.accept()
    assert tomllib.loads(path.read_text("utf-8")) == {"profile": "jinan"}
    assert any("章丘" in str(term) for term in dialog.saved.section("wording")["local_terms"])
    again = SettingsDialog(dialog.saved, IgnoreStore(tmp_path / "i"))  # profile values as shown
    qtbot.addWidget(again)
    again.accept()
    assert tomllib.loads(path.read_text("utf-8")) == {"profile": "jinan"}


def test_every_shipped_setting_has_a_chinese_label():
    from editor_assistant.core.settings import defaults
    from editor_assistant.gui.labels import setting_label

    own_tabs = {"rules", "account", "archive"}
    for section, values in defaults().data.items():
        if section in own_tabs or not isinstance(values, dict):
            continue
        for key in values:
            label = setting_label(section, key)
            assert label != key and not label.isascii(), f"[{section}] {key}"
