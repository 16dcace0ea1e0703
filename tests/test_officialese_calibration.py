"""Calibration of the officialese score on the development set in resources/calibration/.

The pairs hold the same facts written stiffly and plainly; the posts carry the band an editor
would give them. The score is also measured on pairs it has never seen, so these tests guard
against regressions; they are not what the weights were fitted to memorise.
"""

from __future__ import annotations

import tomllib

import pytest

from editor_assistant.core.checks import officialese
from editor_assistant.core.context import CheckContext
from editor_assistant.core.readers import read_pasted
from editor_assistant.core.resources import resource_path

REQUIRED_ACCURACY = 0.95


def _load(name: str, key: str) -> list[dict]:
    with resource_path("calibration", name).open("rb") as handle:
        return tomllib.load(handle)[key]


PAIRS = _load("tone_pairs.toml", "pair")
POSTS = _load("tone_posts.toml", "post")


def _score(text: str) -> float:
    return officialese.check(read_pasted(text), CheckContext()).metrics["officialese"]


def test_development_set_is_large_and_varied():
    assert len(PAIRS) >= 40 and len(POSTS) >= 20
    assert len({pair["topic"] for pair in PAIRS}) >= 12
    assert sum(bool(pair.get("mild")) for pair in PAIRS) >= 10
    assert {post["band"] for post in POSTS} == {"plain", "mixed", "stiff"}


def test_stiff_version_scores_higher_in_at_least_95_percent_of_pairs(capsys):
    wrong = [pair["topic"] for pair in PAIRS if _score(pair["stiff"]) <= _score(pair["plain"])]
    accuracy = 1 - len(wrong) / len(PAIRS)
    with capsys.disabled():
        print(f"\nofficialese pairs: stiff > plain in {accuracy:.1%} of {len(PAIRS)} pairs")
    assert accuracy >= REQUIRED_ACCURACY, f"ordered wrongly: {wrong}"


@pytest.mark.parametrize("post", POSTS, ids=lambda post: post["title"][:12])
def test_post_lands_in_its_band(post):
    result = officialese.check(read_pasted(post["text"]), CheckContext())
    assert result.details["band"] == post["band"], (result.metrics, result.details["summary"])
