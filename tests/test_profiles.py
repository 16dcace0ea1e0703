"""Province/city profiles: discovery, inheritance, errors, and their term examples."""

from __future__ import annotations

import pytest

from editor_assistant.core import paths
from editor_assistant.core.checks import wording
from editor_assistant.core.context import CheckContext
from editor_assistant.core.profiles import ProfileError, available_profiles, profile_settings
from editor_assistant.core.readers import read_pasted
from editor_assistant.core.settings import Settings


def _user_profile(name: str, body: str) -> None:
    folder = paths.config_dir() / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.toml").write_text(body, encoding="utf-8")


def test_shipped_profiles_are_listed_with_their_titles():
    titles = {info.name: info.title for info in available_profiles()}
    assert titles["shandong"] == "山东省" and titles["jinan"] == "济南市"


def test_a_city_extends_its_province_and_lists_add_up():
    terms = profile_settings("jinan")["wording"]["local_terms"]
    patterns = [term["pattern"] for term in terms]
    assert patterns[0].startswith("莱芜市") and any(p.startswith("章丘市") for p in patterns)
    assert "profile" not in profile_settings("jinan")


@pytest.mark.parametrize("name", [info.name for info in available_profiles()])
def test_every_profile_term_flags_its_example_and_passes_its_counterpart(name):
    section = profile_settings(name).get("wording", {})
    context = CheckContext(settings=Settings({"wording": section}))
    for term in section.get("local_terms", []):
        assert term.get("flag") and term.get("pass") and term.get("source")
        flagged = wording.check(read_pasted(term["flag"]), context).findings
        assert any(f.rule == "wording.local_term" for f in flagged), term["flag"]
        passed = wording.check(read_pasted(term["pass"]), context).findings
        assert not any(f.rule == "wording.local_term" for f in passed), term["pass"]


def test_the_users_own_profile_shadows_a_shipped_one_and_can_extend_it():
    _user_profile(
        "shandong", '[profile]\ntitle = "山东（本地修订）"\n[privacy]\nplate_person_window = 8\n'
    )
    _user_profile(
        "qinghe",
        '[profile]\ntitle = "清河县"\nextends = "jinan"\n[rules]\ndisabled = ["typography.stray_space"]\n',
    )
    infos = {info.name: info for info in available_profiles()}
    assert infos["shandong"].title == "山东（本地修订）"
    merged = profile_settings("qinghe")
    assert merged["privacy"]["plate_person_window"] == 8
    assert merged["rules"]["disabled"] == ["typography.stray_space"]
    patterns = [term["pattern"] for term in merged["wording"]["local_terms"]]
    assert patterns[0].startswith("章丘市")  # the shadowed province brings no terms of its own
    assert not any(p.startswith("莱芜市") for p in patterns)


@pytest.mark.parametrize(
    "name,body,message",
    [
        ("nowhere", None, "找不到省市方案"),
        ("../etc", None, "方案名称"),
        ("loop", '[profile]\nextends = "loop"\n', "循环"),
        ("broken", "[profile\n", "格式错误"),
    ],
)
def test_bad_profiles_raise_a_clear_error(name, body, message):
    if body is not None:
        _user_profile(name, body)
    with pytest.raises(ProfileError, match=message):
        profile_settings(name)
