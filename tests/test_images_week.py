"""A week's pictures: 配图率 and pictures per post, on built drafts and the bundled samples."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from editor_assistant.core.analyze import analyze
from editor_assistant.core.checks import images
from editor_assistant.core.context import CheckContext
from editor_assistant.core.imaging.week import week_pictures
from editor_assistant.core.model import DraftImage
from editor_assistant.core.readers import expand_paths, read_pasted, read_path
from editor_assistant.core.resources import resource_path, samples_week_dir
from editor_assistant.core.settings import Settings


def report_with(title: str, pictures: int):
    draft = read_pasted(f"{title}\n正文第一段。\n正文第二段。")
    remote = tuple(
        DraftImage(0, f"https://example.cn/{n}.jpg", remote=True) for n in range(pictures)
    )
    return analyze(replace(draft, images=remote), CheckContext(settings=Settings({})), checks=())


def test_week_picture_rate_and_pictures_per_post():
    reports = [
        report_with("甲", 3),
        report_with("乙", 0),
        report_with("丙", 1),
        report_with("丁", 0),
    ]
    week = week_pictures(reports)
    assert (week.posts, week.posts_with_pictures, week.pictures) == (4, 2, 4)
    assert week.picture_rate == 0.5
    assert week.pictures_per_post == 1.0
    assert week.without_pictures == ("乙", "丁")


def test_empty_batch_has_no_rate():
    week = week_pictures([])
    assert (week.posts, week.picture_rate, week.pictures_per_post) == (0, None, None)


# --- the bundled sample week ------------------------------------------------------------------

# The sample week's README names its faulty pictures (files under week/images/, which also
# keeps a copy of every picture embedded in a .docx or .html draft).
FAULTY_PICTURES = {
    "signing_group_blurry_1080x720.jpg": "images.blurry",
    "festival_lantern_b_1080x720.jpg": "images.duplicate",
    "marathon_2025_lowres_320x213.jpg": "images.low_resolution",
    "marathon_banner_1080x120.jpg": "images.aspect_ratio",
}
QUALITY_RULES = set(FAULTY_PICTURES.values()) | {
    "images.cover_low_resolution",
    "images.undecodable",
    "images.too_large",
    "images.oversize_file",
}


@pytest.fixture(scope="module")
def sample_week():
    expectations = resource_path("samples", "expectations.json")
    if not expectations.is_file() or not samples_week_dir().is_dir():
        pytest.skip("the sample week is not bundled")
    files, _ = expand_paths([samples_week_dir()])
    context = CheckContext(settings=Settings({}))
    reports = {path.name: analyze(read_path(path), context, checks=(images,)) for path in files}
    return json.loads(expectations.read_text(encoding="utf-8")), reports


def test_sample_drafts_have_their_expected_pictures_and_density(sample_week):
    expected, reports = sample_week
    assert set(reports) == set(expected)
    for name, report in reports.items():
        metrics, draft, facts = report.metrics, report.draft, expected[name]
        assert metrics["images"] == facts["images"], name
        remote = [f for f in report.findings if f.rule == "images.remote_unchecked"]
        assert len(remote) == facts["remote_images"], name
        longest = metrics["longest_unillustrated_chars"]
        # n pictures cut the text into at most n + 1 stretches, none longer than the text
        assert draft.chars / (len(draft.images) + 1) <= longest <= draft.chars, name
        if draft.images:
            assert metrics["chars_per_image"] == round(draft.chars / len(draft.images), 1)
        else:
            assert metrics["images_per_1000_chars"] == 0.0
    week = week_pictures(reports.values())
    assert week.pictures == sum(facts["images"] for facts in expected.values())
    assert week.posts_with_pictures == sum(1 for facts in expected.values() if facts["images"])


def test_sample_week_faulty_pictures_are_flagged_and_no_others(sample_week):
    _, reports = sample_week
    originals = {p.read_bytes(): p.name for p in (samples_week_dir() / "images").iterdir()}
    flagged = set()
    for report in reports.values():
        for finding in report.findings:
            if finding.rule in QUALITY_RULES:
                image = report.draft.images[finding.data["index"]]
                flagged.add((originals.get(image.data, image.source), finding.rule))
    assert flagged == set(FAULTY_PICTURES.items())
