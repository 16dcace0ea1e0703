"""A batch's pictures at a glance: the week's 配图率 and pictures per post.

The city survey measured a picture rate (share of posts with at least one picture) of
about 20 %; this is the same figure for the batch being checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from editor_assistant.core.model import Report


@dataclass(frozen=True)
class WeekPictures:
    posts: int
    posts_with_pictures: int
    pictures: int
    picture_rate: float | None  # share of posts with >= 1 picture, 0..1; None for no posts
    pictures_per_post: float | None
    without_pictures: tuple[str, ...]  # titles of the posts with none, in batch order


def week_pictures(reports: Iterable[Report]) -> WeekPictures:
    """Counts come from the drafts themselves, so a disabled image check changes nothing."""
    reports = list(reports)
    counts = [len(report.draft.images) for report in reports]
    posts, illustrated = len(reports), sum(1 for count in counts if count)
    return WeekPictures(
        posts=posts,
        posts_with_pictures=illustrated,
        pictures=sum(counts),
        picture_rate=round(illustrated / posts, 3) if posts else None,
        pictures_per_post=round(sum(counts) / posts, 2) if posts else None,
        without_pictures=tuple(
            report.draft.title or report.draft.path or "（无标题）"
            for report, count in zip(reports, counts, strict=True)
            if not count
        ),
    )
