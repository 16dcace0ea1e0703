"""The officialese lexicon as data: every entry complete, every example behaving, the pattern
syntax doing what the TOML header promises, and the user's additions and removals."""

from __future__ import annotations

import pytest

from editor_assistant.core.tone.lexicon import categories, load_lexicon, shipped_entries
from editor_assistant.core.tone.patterns import PatternError, PhraseMatcher, expand

ENTRIES = shipped_entries()


def _hits(text: str, lexicon=None):
    return list((lexicon or load_lexicon()).find(text))


def test_lexicon_has_at_least_300_entries_in_every_category():
    assert len(ENTRIES) >= 300
    used = {entry.category for entry in ENTRIES}
    assert used == set(categories())


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.phrase)
def test_entry_is_complete(entry):
    assert entry.category in categories()
    assert entry.weight in (1, 2, 3)
    assert entry.flag.strip() and entry.pass_example.strip(), "每条都要有 flag 和 pass 例句"
    assert entry.plain or entry.advice, "每条都要有替换说法或建议"
    assert not entry.safe or entry.plain, "safe 的条目必须有替换说法"


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.phrase)
def test_entry_flags_its_example_and_passes_its_counterpart(entry):
    assert any(hit.entry == entry for hit in _hits(entry.flag)), entry.flag
    assert not any(hit.entry == entry for hit in _hits(entry.pass_example)), entry.pass_example


def test_safe_replacements_remove_the_phrase():
    for entry in ENTRIES:
        if not entry.safe:
            continue
        (hit,) = [h for h in _hits(entry.flag) if h.entry == entry]
        fixed = entry.flag[: hit.start] + hit.replacement + entry.flag[hit.end :]
        assert not any(h.entry == entry for h in _hits(fixed)), fixed


def test_no_phrase_or_variant_is_listed_twice():
    seen: dict[str, str] = {}
    for entry in ENTRIES:
        for variant in expand(entry.phrase):
            assert variant not in seen, f"“{variant}” 重复：{seen.get(variant)} / {entry.phrase}"
            seen[variant] = entry.phrase


def test_categories_name_their_rules_under_officialese():
    for category in categories().values():
        assert category.rule.startswith("officialese.") and category.label


def test_expand_alternatives_and_reject_bad_gaps():
    assert expand("[切实|全面]加强") == ["切实加强", "全面加强"]
    assert expand("为…提供[坚强|有力]保障") == ["为…提供坚强保障", "为…提供有力保障"]
    for bad in ("…加强", "为……保障", "[切实加强", "…"):
        with pytest.raises(PatternError):
            expand(bad)


def test_inner_gap_stays_within_a_clause_and_trailing_gap_takes_two_characters():
    matcher = PhraseMatcher([("为…提供…保障", 1), ("进一步…", 2)])
    (hit,) = matcher.finditer("要为企业发展提供坚强保障。")
    assert (hit.key, hit.gaps) == (1, ("企业发展", "坚强"))
    assert not list(matcher.finditer("为企业，提供保障"))  # a comma ends the clause
    (hit,) = matcher.finditer("进一步优化流程")
    assert (hit.start, hit.end, hit.gaps) == (0, 5, ("优化",))


def test_anchor_matches_only_at_clause_start():
    matcher = PhraseMatcher([("^为全面", 1)])
    assert [h.start for h in matcher.finditer("为全面提升，\n为全面推进")] == [0, 7]
    assert not list(matcher.finditer("成为全面发展的人"))


def test_overlapping_matches_leftmost_then_longest_wins():
    matcher = PhraseMatcher([("切实", 1), ("切实加强", 2), ("加强管理", 3)])
    assert [(h.key, h.start) for h in matcher.finditer("切实加强管理")] == [(2, 0)]


def test_except_words_keep_a_phrase_quiet():
    assert not [h for h in _hits("比赛正在进行中") if h.entry.phrase == "进行"]
    assert [h for h in _hits("对问题进行全面梳理") if h.entry.phrase == "进行"]


def test_user_can_add_and_remove_phrases():
    lexicon = load_lexicon(
        extra_phrases=[{"phrase": "奋力拼搏", "advice": "写出做了什么", "weight": 3}],
        removed_phrases=["高度重视", "我市"],
    )
    found = {h.entry.phrase: h for h in _hits("我市高度重视，奋力拼搏。", lexicon)}
    assert set(found) == {"奋力拼搏"}
    assert found["奋力拼搏"].entry.user and found["奋力拼搏"].entry.weight == 3
    # Removing one variant keeps the others of the same entry.
    lexicon = load_lexicon(removed_phrases=["我区"])
    assert {h.entry.phrase for h in _hits("我区和我县", lexicon)} == {"我[市|区|县]"}


def test_bad_user_entries_are_reported_not_fatal():
    lexicon = load_lexicon(
        extra_phrases=[
            {"phrase": "", "advice": "x"},
            {"phrase": "…坏", "advice": "x"},
            {"phrase": "好词", "category": "nonsense"},
            {"phrase": "好词", "weight": 9},
            "只是字符串",
        ]
    )
    assert len(lexicon.problems) == 5
    assert all(problem.startswith("自定义词条") for problem in lexicon.problems)
    assert _hits("高度重视", lexicon)  # the shipped lexicon still works
