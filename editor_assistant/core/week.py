"""The week at a glance: 配图率, 原创率, tone, posts per day, gaps, livelihood topics.

National inspection rules veto an account that posts nothing for two weeks, and the city
survey lists the livelihood topics a government account is expected to cover.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import pairwise
from statistics import mean

from editor_assistant.core.imaging.week import week_pictures
from editor_assistant.core.model import Report
from editor_assistant.core.resources import resource_path

# A post counts as original when at most this share of it is found in the archive.
ORIGINAL_MAX_COPIED = 0.3
GAP_WARNING_DAYS = 14


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class TopicRules:
    topics: tuple[Topic, ...]
    min_distinct: int
    min_occurrences: int

    def covers(self, topic: Topic, title: str, text: str) -> bool:
        occurrences = sum(text.count(cue) for cue in topic.cues)
        if any(cue in title for cue in topic.cues) and occurrences >= 2:
            return True
        distinct = sum(1 for cue in topic.cues if cue in text)
        return distinct >= self.min_distinct and occurrences >= self.min_occurrences


@cache
def livelihood_topics() -> TopicRules:
    with resource_path("rules", "livelihood.toml").open("rb") as handle:
        data = tomllib.load(handle)
    topics = tuple(Topic(t["id"], t["name"], tuple(t["cues"])) for t in data["topic"])
    return TopicRules(topics, int(data["min_distinct"]), int(data["min_occurrences"]))


def topics_in(text: str, title: str = "") -> list[str]:
    """Names of the livelihood topics a post covers."""
    rules = livelihood_topics()
    return [t.name for t in rules.topics if rules.covers(t, title, text)]


@dataclass(frozen=True)
class WeekSummary:
    posts: int
    first_date: date | None
    last_date: date | None
    picture_rate: float | None  # share of posts with at least one picture
    images_per_post: float | None
    original_rate: float | None  # share of checked posts that are original; None: no archive
    average_officialese: float | None
    posts_per_day: dict[date, int]
    longest_gap_days: int | None  # the longest run of days between two posts
    gap_warning: bool  # no post for two weeks or more
    topics_covered: list[str]
    topics_missed: list[str]


def _mean(values: list[float]) -> float | None:
    return round(mean(values), 1) if values else None


def summarize_week(reports: list[Report]) -> WeekSummary:
    posts = len(reports)
    dates = sorted(r.draft.published_at for r in reports if r.draft.published_at)
    gaps = [(later - earlier).days for earlier, later in pairwise(dates)]
    copied = [
        r.details["originality"]["copied_fraction"]
        for r in reports
        if r.details.get("originality", {}).get("copied_fraction") is not None
    ]
    covered: set[str] = set()
    for report in reports:
        covered.update(topics_in(report.draft.text, report.draft.title))
    names = [t.name for t in livelihood_topics().topics]
    pictures = week_pictures(reports)
    longest_gap = max(gaps) if gaps else None
    return WeekSummary(
        posts=posts,
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        picture_rate=pictures.picture_rate,
        images_per_post=pictures.pictures_per_post,
        original_rate=(
            round(sum(1 for c in copied if c <= ORIGINAL_MAX_COPIED) / len(copied), 3)
            if copied
            else None
        ),
        average_officialese=_mean(
            [r.metrics["officialese"] for r in reports if r.metrics.get("officialese") is not None]
        ),
        posts_per_day=dict(sorted(Counter(dates).items())),
        longest_gap_days=longest_gap,
        gap_warning=longest_gap is not None and longest_gap >= GAP_WARNING_DAYS,
        topics_covered=[n for n in names if n in covered],
        topics_missed=[n for n in names if n not in covered],
    )
