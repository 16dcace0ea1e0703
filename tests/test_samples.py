"""The bundled sample week reads exactly as its manifest says: the demo and the fixtures agree."""

from __future__ import annotations

import json

import pytest

from editor_assistant.core.readers import expand_paths, read_path
from editor_assistant.core.resources import resource_path, sample_feed_path, samples_week_dir

EXPECTED = json.loads(resource_path("samples", "expectations.json").read_text(encoding="utf-8"))


def test_the_week_folder_expands_to_exactly_the_drafts():
    files, errors = expand_paths([samples_week_dir()])
    assert errors == []
    assert sorted(p.name for p in files) == sorted(EXPECTED)
    formats = {p.suffix for p in files}
    assert {".txt", ".md", ".docx", ".html"} <= formats


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_sample_draft_reads_as_its_manifest_says(name):
    expected = EXPECTED[name]
    draft = read_path(samples_week_dir() / name)
    assert draft.title == expected["title"]
    assert draft.published_at.isoformat() == expected["published_at"]
    assert draft.date_source == expected["date_source"]
    if expected["encoding"]:
        assert draft.encoding == expected["encoding"]
    assert len(draft.images) == expected["images"]
    assert sum(1 for image in draft.images if image.remote) == expected["remote_images"]
    assert all(image.error is None for image in draft.images)
    for planted in expected["personal_data"]:
        assert planted in draft.text


def test_the_past_feed_is_one_article_per_line():
    lines = sample_feed_path().read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines]
    assert len(articles) >= 60
    assert all({"title", "account", "published_at", "url", "content"} <= set(a) for a in articles)
