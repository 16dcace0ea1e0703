"""The originality check against the sample feed: copied share, passages, sources, citing."""

from __future__ import annotations

import dataclasses
import json
import statistics
import tomllib
from datetime import date, timedelta

import pytest

from editor_assistant.core.analyze import analyze
from editor_assistant.core.archive import sample_archive
from editor_assistant.core.archive.align import common_passages
from editor_assistant.core.archive.normalize import normalize
from editor_assistant.core.checks import originality
from editor_assistant.core.context import CheckContext
from editor_assistant.core.readers import read_pasted, read_path
from editor_assistant.core.resources import resource_path, sample_feed_path, samples_week_dir
from editor_assistant.core.settings import Settings

FEED = [json.loads(line) for line in sample_feed_path().read_text("utf-8").splitlines() if line]
BY_TITLE = {article["title"]: article for article in FEED}
with resource_path("probes", "originality", "probes.toml").open("rb") as handle:
    PROBES = tomllib.load(handle)["probe"]


def text_of(probe: dict) -> str:
    return "".join(part["text"] for part in probe["part"])


@pytest.fixture(scope="module")
def context():
    store = sample_archive()
    yield CheckContext(archive=store)
    store.close()


@pytest.fixture(scope="module")
def results(context):
    return {p["id"]: originality.check(read_pasted(text_of(p)), context) for p in PROBES}


def test_without_an_archive_nothing_is_checked():
    result = originality.check(read_pasted(FEED[0]["content"]), CheckContext())
    assert result.metrics == {"originality": None} and not result.findings


def test_probe_set_accuracy(results):
    errors = [
        abs(results[p["id"]].details["copied_fraction"] - p["expected_copied_fraction"])
        for p in PROBES
    ]
    assert statistics.mean(errors) <= 0.10
    assert max(errors) <= 0.15


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_each_probe(probe, results):
    result = results[probe["id"]]
    copied = result.details["copied_fraction"]
    assert result.metrics["originality"] == pytest.approx(100 * (1 - copied), abs=0.05)
    if probe["kind"] == "new_same_topic":
        assert copied <= 0.10
        return
    assert abs(copied - probe["expected_copied_fraction"]) <= 0.15
    assert set(probe["sources"]) <= {m["title"] for m in result.details["matches"]}
    uncited = any(f.rule == "originality.uncited_repost" for f in result.findings)
    assert uncited == probe.get("uncited_repost", uncited)


def test_spans_point_at_the_copied_text_in_draft_and_source(context):
    source = FEED[6]
    draft_text = (
        "今天是一段新写的开头，说明为什么要转发这篇文章。\n" + source["content"] + "\n新写的结尾。"
    )
    result = originality.check(read_pasted(draft_text), context)
    (match,) = result.details["matches"]
    assert set(match) == {
        "archive_id",
        "title",
        "account",
        "published_at",
        "copied_fraction",
        "spans",
        "source_spans",
    }
    assert (match["title"], match["account"]) == (source["title"], source["account"])
    (start, end), (source_start, source_end) = match["spans"][0], match["source_spans"][0]
    whole = source["content"].rstrip("。")  # spans run from the first to the last copied letter
    assert draft_text[start:end] == whole
    assert source["content"][source_start:source_end] == whole
    copied = [f for f in result.findings if f.rule == "originality.copied"]
    assert [f.span for f in copied] == [(start, end)]
    assert copied[0].data["archive_id"] == match["archive_id"]
    assert source["account"] in copied[0].message


def test_a_repost_naming_its_source_or_of_the_own_account_needs_no_citation(context):
    body = FEED[6]["content"]
    account = FEED[6]["account"]
    uncited = "originality.uncited_repost"
    bare = originality.check(read_pasted(body), context)
    assert [f.rule for f in bare.findings].count(uncited) == 1
    for cited in (f"来源：{account}\n{body}", f"{body}\n（转自微信公众号“{account}”）"):
        result = originality.check(read_pasted(cited), context)
        assert uncited not in [f.rule for f in result.findings]
    wrong_source = originality.check(read_pasted(f"来源：新华社\n{body}"), context)
    assert uncited in [f.rule for f in wrong_source.findings]
    own = dataclasses.replace(read_pasted(body), account=account)
    assert uncited not in [f.rule for f in originality.check(own, context).findings]
    settings = Settings({"account": {"name": account}})
    by_settings = originality.check(read_pasted(body), CheckContext(settings, context.archive))
    assert uncited not in [f.rule for f in by_settings.findings]


def test_the_draft_itself_once_archived_is_not_a_copy(context):
    source = FEED[6]
    draft = dataclasses.replace(read_pasted(source["content"]), account=source["account"])
    published = date.fromisoformat(source["published_at"])
    itself = originality.check(dataclasses.replace(draft, published_at=published), context)
    assert itself.details == {"copied_fraction": 0.0, "matches": []}
    a_day_later = dataclasses.replace(draft, published_at=published + timedelta(days=1))
    assert originality.check(a_day_later, context).details["copied_fraction"] == 1.0


def test_settings_change_what_counts(context):
    body = FEED[10]["content"]
    strict = Settings({"originality": {"min_match_chars": 10_000}})
    result = originality.check(read_pasted(body), CheckContext(strict, context.archive))
    assert result.details == {"copied_fraction": 0.0, "matches": []}


def test_through_the_analyser(context):
    report = analyze(read_pasted(FEED[0]["content"]), context, checks=[originality])
    assert report.metrics["originality"] == 0.0
    assert report.details["originality"]["copied_fraction"] == 1.0
    assert not report.errors


def test_probes_are_what_they_say(tmp_path):
    """Copied parts stand in their sources; written parts share no passage with the feed."""
    sources = {
        title: normalize(BY_TITLE[title]["content"]).codes for p in PROBES for title in p["sources"]
    }
    feed = [normalize(article["content"]).codes for article in FEED]
    kinds = set()
    for probe in PROBES:
        kinds.add(probe["kind"])
        total = copied = 0
        for part in probe["part"]:
            codes = normalize(part["text"]).codes
            total += len(codes)
            if part["copied"]:
                copied += len(codes)
                assert any(codes.tobytes() in sources[t].tobytes() for t in probe["sources"])
            else:
                assert not any(common_passages(codes, article) for article in feed), probe["id"]
        assert copied / total == pytest.approx(probe["expected_copied_fraction"], abs=0.001)
    assert kinds == {
        "whole_copy",
        "intro_ending",
        "reworded",
        "half_from_one",
        "two_sources",
        "short_inside_long",
        "new_same_topic",
    }


def test_the_sample_week_against_the_sample_feed(context):
    """Drafts the sample data marks as copied name their sources; the others stay original."""
    expectations = json.loads(resource_path("samples", "expectations.json").read_text("utf-8"))
    for name, facts in expectations.items():
        result = originality.check(read_path(samples_week_dir() / name), context)
        found = {m["title"] for m in result.details["matches"]}
        if facts["copies_from"]:
            assert set(facts["copies_from"]) <= found, name
            assert result.details["copied_fraction"] >= 0.3, name
        else:
            assert result.details["copied_fraction"] <= 0.10, name
