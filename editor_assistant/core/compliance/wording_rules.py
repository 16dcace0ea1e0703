"""Wording rules as data: the shipped list (resources/rules/wording.toml) and the user's terms.

A rule is a regular expression with a replacement or advice; user terms are plain words (or,
for curated profile lists, a pattern) turned into the same kind of rule, so one matcher serves
both.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from editor_assistant.core.model import Severity
from editor_assistant.core.resources import resource_path

_RULE_ID = re.compile(r"[a-z][a-z0-9_]*")


class RuleError(ValueError):
    """An entry that cannot become a rule; the message says which and why, in Chinese."""


@dataclass(frozen=True)
class WordingRule:
    id: str  # the part after "wording."
    pattern: re.Pattern[str]
    reason: str
    advice: str = ""
    replacement: str | None = None  # may refer to groups: \1
    safe: bool = False
    severity: Severity = Severity.WARNING
    source: str = ""
    flag: str = ""
    pass_: str = ""

    def replacement_for(self, match: re.Match[str]) -> str | None:
        return None if self.replacement is None else match.expand(self.replacement)


def _severity(value: object, where: str) -> Severity:
    try:
        return Severity(str(value).lower())
    except ValueError:
        raise RuleError(f"{where}：severity 应为 error、warning 或 info，而不是“{value}”") from None


def rule_from_entry(entry: dict, where: str, default_id: str | None = None) -> WordingRule:
    """One TOML table (shipped rule, user term or profile term) as a rule."""
    rule_id = str(entry.get("id", default_id or ""))
    if not _RULE_ID.fullmatch(rule_id):
        raise RuleError(f"{where}：规则编号“{rule_id}”无效（只能用小写字母、数字和下划线）")
    term, pattern = entry.get("term"), entry.get("pattern")
    if not (term or pattern):
        raise RuleError(f"{where}：缺少 term（词语）或 pattern（正则表达式）")
    try:
        compiled = re.compile(pattern) if pattern else re.compile(re.escape(str(term)))
    except re.error as exc:
        raise RuleError(f"{where}：正则表达式“{pattern}”有误（{exc}）") from exc
    advice = str(entry.get("advice", ""))
    return WordingRule(
        id=rule_id,
        pattern=compiled,
        reason=str(entry.get("reason") or advice or "用户设定的慎用词"),
        advice=advice,
        replacement=entry.get("replacement"),
        safe=bool(entry.get("safe", False)),
        severity=_severity(entry.get("severity", "warning"), where),
        source=str(entry.get("source", "")),
        flag=str(entry.get("flag", "")),
        pass_=str(entry.get("pass", "")),
    )


@cache
def shipped_rules() -> tuple[WordingRule, ...]:
    path = resource_path("rules", "wording.toml")
    with path.open("rb") as handle:
        entries = tomllib.load(handle)["rule"]
    return tuple(
        rule_from_entry(entry, f"{path.name} 第{number}条")
        for number, entry in enumerate(entries, 1)
    )


def term_rules(
    entries: Iterable[object], label: str, rule_id: str
) -> tuple[list[WordingRule], list[str]]:
    """User or profile terms as rules; a bad entry is reported, never fatal to the check."""
    rules: list[WordingRule] = []
    problems: list[str] = []
    for number, entry in enumerate(entries, 1):
        where = f"{label}第{number}项"
        if isinstance(entry, str):
            entry = {"term": entry}
        if not isinstance(entry, dict):
            problems.append(f'{where}：应写成 {{term = "…", advice = "…"}}')
            continue
        try:
            rules.append(rule_from_entry(entry, where, default_id=rule_id))
        except RuleError as exc:
            problems.append(str(exc))
    return rules, problems


def find_matches(
    rules: Iterable[WordingRule], text: str
) -> Iterator[tuple[WordingRule, re.Match[str]]]:
    """Every non-empty match of every rule; a span found twice under one rule id counts once."""
    seen: set[tuple[str, int, int]] = set()
    for rule in rules:
        for match in rule.pattern.finditer(text):
            key = (rule.id, match.start(), match.end())
            if match.end() > match.start() and key not in seen:
                seen.add(key)
                yield rule, match
