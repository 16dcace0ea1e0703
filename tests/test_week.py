"""The week summary an editor reads before the weekly review."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date

import pytest

from editor_assistant.core.analyze import analyze
from editor_assistant.core.model import DraftImage
from editor_assistant.core.readers import read_pasted
from editor_assistant.core.resources import resource_path
from editor_assistant.core.week import summarize_week, topics_in

TOPICS = tomllib.loads(resource_path("rules", "livelihood.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("topic", TOPICS["topic"], ids=lambda t: t["id"])
def test_every_topic_example(topic):
    title, text = topic["flag"].split("\n", 1)
    assert topic["name"] in topics_in(text, title)
    assert topic["name"] not in topics_in(topic["pass"])


def report(text: str, day: date | None, pictures: int = 0):
    draft = read_pasted(text)
    images = tuple(DraftImage(0, "x.jpg", b"", 800, 600) for _ in range(pictures))
    return analyze(replace(draft, published_at=day, images=images))


def test_rates_gaps_and_topics():
    reports = [
        report("招聘会\n春风行动招聘会提供岗位1200个，欢迎求职者。", date(2026, 11, 2), 2),
        report("菊花展\n县里的菊花展开幕了。", date(2026, 11, 2)),
        report("流感疫苗开打\n县人民医院提醒市民及时接种疫苗。", date(2026, 11, 20), 1),
        report("无日期\n正文。", None),
    ]
    week = summarize_week(reports)
    assert week.posts == 4
    assert week.picture_rate == 0.5 and week.images_per_post == 0.75
    assert week.posts_per_day == {date(2026, 11, 2): 2, date(2026, 11, 20): 1}
    assert week.longest_gap_days == 18 and week.gap_warning
    assert week.topics_covered == ["就业", "医疗卫生"]
    assert "住房公积金" in week.topics_missed
    assert week.original_rate is None  # no archive: not measured, not guessed


def test_a_passing_mention_does_not_cover_a_topic():
    fraud = "警惕校园贷\n一名在外地读大学的学生被骗。" + "骗子冒充客服。" * 5
    assert "教育" not in topics_in(fraud.split("\n", 1)[1], "警惕电信诈骗")


def test_empty_week():
    week = summarize_week([])
    assert week.posts == 0 and week.picture_rate is None and not week.gap_warning


def test_sample_week_misses_education_only():
    from editor_assistant.core.readers import expand_paths, read_path
    from editor_assistant.core.resources import samples_week_dir

    files, _ = expand_paths([samples_week_dir()])
    week = summarize_week([analyze(read_path(path), checks=()) for path in files])
    assert week.topics_missed == ["教育"]
    assert week.posts == 13 and week.longest_gap_days == 1 and not week.gap_warning
