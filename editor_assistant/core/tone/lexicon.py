"""The officialese lexicon: shipped entries plus the user's own, compiled into one matcher.

Users change it in the ``[officialese]`` settings section: ``extra_phrases`` adds entries
(``{phrase, advice, weight, category, plain}``), ``removed_phrases`` drops phrases or single
variants of them. A bad user entry is reported, never fatal.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from editor_assistant.core.resources import resource_path
from editor_assistant.core.tone.patterns import PatternError, PhraseMatcher, expand

USER_CATEGORY = "cliche"
USER_WEIGHT = 2


@dataclass(frozen=True)
class Category:
    key: str
    label: str  # Chinese, shown to the editor
    rule: str  # stable finding id


@dataclass(frozen=True)
class Entry:
    phrase: str
    category: str
    weight: int
    plain: str = ""  # may hold {1}, {2}: the text the gaps matched
    safe: bool = False
    advice: str = ""
    flag: str = ""
    pass_example: str = ""
    except_words: tuple[str, ...] = ()
    user: bool = False  # from the settings file


@dataclass(frozen=True)
class PhraseHit:
    entry: Entry
    start: int
    end: int
    replacement: str | None  # the plain wording with gaps filled in, or None


@cache
def lexicon_data() -> dict[str, Any]:
    with resource_path("lexicons", "officialese.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def categories() -> dict[str, Category]:
    return {
        key: Category(key, value["label"], value["rule"])
        for key, value in lexicon_data()["categories"].items()
    }


@cache
def shipped_entries() -> tuple[Entry, ...]:
    entries = []
    for category, rows in lexicon_data()["lexicon"].items():
        for row in rows:
            entries.append(
                Entry(
                    phrase=row["phrase"],
                    category=category,
                    weight=int(row["weight"]),
                    plain=row.get("plain", ""),
                    safe=bool(row.get("safe", False)),
                    advice=row.get("advice", ""),
                    flag=row.get("flag", ""),
                    pass_example=row.get("pass", ""),
                    except_words=tuple(row.get("except", ())),
                )
            )
    return tuple(entries)


def feature_words(name: str) -> tuple[str, ...]:
    return tuple(lexicon_data()["features"][name])


def _user_entry(row: Any) -> Entry:
    if not isinstance(row, dict) or not str(row.get("phrase", "")).strip():
        raise ValueError("缺少 phrase")
    category = str(row.get("category", USER_CATEGORY))
    if category not in categories():
        raise ValueError(f"未知类别“{category}”")
    weight = row.get("weight", USER_WEIGHT)
    if not isinstance(weight, int) or not 1 <= weight <= 3:
        raise ValueError("weight 应为 1–3 的整数")
    phrase = str(row["phrase"]).strip()
    expand(phrase)  # raises PatternError on bad syntax
    plain = str(row.get("plain", ""))
    advice = str(row.get("advice", "")) or "换一种读者听得懂的说法"
    return Entry(phrase, category, weight, plain, advice=advice, user=True)


class Lexicon:
    """Entries and their matcher; ``problems`` lists user entries that could not be used."""

    def __init__(self, entries: list[Entry], removed: frozenset[str], problems: list[str]):
        self.problems = problems
        self.entries = entries
        variants = []
        for index, entry in enumerate(entries):
            variants += [(v, index) for v in expand(entry.phrase) if v not in removed]
        self._matcher = PhraseMatcher(variants)

    def find(self, text: str) -> Iterator[PhraseHit]:
        for hit in self._matcher.finditer(text):
            entry = self.entries[hit.key]
            if _inside_exception(text, hit.start, hit.end, entry.except_words):
                continue
            yield PhraseHit(entry, hit.start, hit.end, _fill(entry.plain, hit.gaps))


def _inside_exception(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    # Any occurrence of the word inside this window overlaps the match.
    return any(w in text[max(0, start - len(w) + 1) : end + len(w) - 1] for w in words)


def _fill(plain: str, gaps: tuple[str, ...]) -> str | None:
    if not plain:
        return None
    for number, gap in enumerate(gaps, start=1):
        plain = plain.replace(f"{{{number}}}", gap)
    return plain


@lru_cache(maxsize=8)
def _build(settings_key: str) -> Lexicon:
    extra, removed_list = json.loads(settings_key)
    removed = frozenset(removed_list)
    entries = [e for e in shipped_entries() if e.phrase not in removed]
    problems = []
    for row in extra:
        try:
            entries.append(_user_entry(row))
        except (ValueError, PatternError) as exc:
            name = row.get("phrase", "") if isinstance(row, dict) else row
            problems.append(f"自定义词条“{name}”无法使用：{exc}")
    return Lexicon(entries, removed, problems)


def load_lexicon(extra_phrases: Sequence[Any] = (), removed_phrases: Sequence[str] = ()) -> Lexicon:
    """The shipped lexicon changed by the user's settings; cached per distinct settings."""
    key = [list(extra_phrases), sorted(str(p) for p in removed_phrases)]
    return _build(json.dumps(key, sort_keys=True, ensure_ascii=False, default=str))
