"""Fingerprints and alignment: the simhash package's algorithm, normalisation, copied spans."""

from __future__ import annotations

import numpy as np
import pytest
from simhash import Simhash

from editor_assistant.core.archive.align import common_passages, covered, merge_intervals
from editor_assistant.core.archive.fingerprint import (
    NGRAM,
    feature_hash,
    fingerprint_texts,
    ngram_hashes,
)
from editor_assistant.core.archive.normalize import code_points, normalize

TEXT = (
    "6月4日，记者从县农业农村局获悉，我县“三夏”生产工作全面启动。今年全县小麦种植面积46.8万亩，"
    "穗大粒饱，丰收在望！\n县里提前组织检修联合收割机1860台；在各乡镇设立农机服务站15个。"
    "农业农村部门组织技术人员深入田间地头，指导农户适时收获。\n短段"
)


def features(text: str) -> list[str]:
    """Trigrams of the normalised text that stay inside one sentence."""
    grams = []
    for sentence in text.replace("！", "。").replace("；", "。").replace("\n", "。").split("。"):
        chars = "".join(chr(c) for c in normalize(sentence).codes)
        grams += [chars[i : i + NGRAM] for i in range(len(chars) - NGRAM + 1)]
    return grams


def test_same_values_as_the_simhash_package_with_our_feature_hash():
    hashes = set(fingerprint_texts([TEXT], window_stride=1)[0].hashes.tolist())
    whole = Simhash(features(TEXT), hashfunc=feature_hash).value
    first_paragraph = Simhash(features(TEXT.split("\n")[0]), hashfunc=feature_hash).value
    assert whole in hashes
    assert first_paragraph in hashes


def test_vectorised_ngram_hash_matches_the_scalar_one():
    codes = normalize(TEXT).codes
    chars = "".join(chr(c) for c in codes)
    expected = [feature_hash(chars[i : i + 3].encode()) for i in range(len(chars) - 2)]
    assert ngram_hashes(codes).tolist() == expected


def test_a_text_has_the_same_fingerprints_whatever_its_batch():
    other = "另一篇稿件的内容。与上一篇完全无关，只是一起导入而已。\n第二段也在这里。"
    alone = fingerprint_texts([TEXT], 2)[0]
    together = fingerprint_texts([other, TEXT, ""], 2)
    assert [f.hashes.size for f in fingerprint_texts(["", "，。"], 2)] == [0, 0]
    assert together[1].hashes.tolist() == alone.hashes.tolist()
    assert together[1].content_hash == alone.content_hash
    assert together[2].hashes.size == 0


def test_width_punctuation_and_whitespace_do_not_matter():
    halfwidth = (
        TEXT.replace("，", ", ").replace("“", '"').replace("”", '"').replace("46.8", "４６.８")
    )
    plain, changed = fingerprint_texts([TEXT, halfwidth], 2)
    assert plain.content_hash == changed.content_hash
    assert plain.hashes.tolist() == changed.hashes.tolist()


def test_length_counts_characters_that_are_not_whitespace():
    texts = ["  两个 字\n", "abc", "\u3000全角空格\u3000"]
    assert [f.length for f in fingerprint_texts(texts, 2)] == [3, 3, 4]


def test_a_sentence_too_long_for_16_bit_counters_is_counted_exactly():
    rng = np.random.default_rng(3)
    text = "".join(chr(c) for c in rng.integers(0x4E00, 0x9FA5, 70_000))  # no punctuation at all
    expected = Simhash(features(text), hashfunc=feature_hash).value
    assert fingerprint_texts([text], 1)[0].hashes.tolist() == [expected]


def test_characters_beyond_the_basic_plane():
    normalized = normalize("😀𠀀字")
    assert [chr(c) for c in normalized.codes] == ["𠀀", "字"]  # emoji dropped, rare hanzi kept
    assert normalized.offsets.tolist() == [1, 2]
    assert len(code_points("😀𠀀字")) == 3


def test_a_copied_passage_maps_back_to_both_originals():
    source = "开头是别的内容。" + TEXT + "结尾也不一样。"
    draft = "这是一段新写的导语，完全不同。\n" + TEXT.replace("，", ",")
    d, s = normalize(draft), normalize(source)
    passages = common_passages(d.codes, s.codes)
    assert len(passages) == 1
    start, end = d.span(passages[0].draft_start, passages[0].draft_end)
    assert draft[start:end] == TEXT.replace("，", ",")
    start, end = s.span(passages[0].source_start, passages[0].source_end)
    assert source[start:end] == TEXT


def test_a_changed_word_keeps_a_copied_sentence_one_passage():
    # Neither side of the change is long enough to count on its own.
    source = "县里提前组织检修联合收割机，今年在各乡镇设立农机服务站十五个。"
    draft = "县里提前组织检修联合收割机，同时在各乡镇设立农机服务站十五个。"
    passages = common_passages(normalize(draft).codes, normalize(source).codes)
    assert [(p.draft_start, p.draft_end) for p in passages] == [(0, len(normalize(draft)))]
    unrelated = "县里提前组织检修联合收割机，并对全县农机手开展了安全培训。"
    assert common_passages(normalize(unrelated).codes, normalize(source).codes) == []


@pytest.mark.parametrize(
    "phrase", ["全面贯彻落实党的二十大精神", "以习近平新时代中国特色社会主义思想为指导"]
)
def test_a_set_phrase_alone_is_not_a_copied_passage(phrase):
    draft = f"今年以来，我县{phrase}，扎实推进秋冬季农田水利建设。"
    source = f"会议要求，各部门要{phrase}，切实做好冬季安全生产工作。"
    assert common_passages(normalize(draft).codes, normalize(source).codes) == []


def test_intervals_merge_when_they_touch():
    assert merge_intervals([(5, 9), (0, 3), (3, 4), (8, 12)]) == [(0, 4), (5, 12)]
    assert covered([(0, 10), (5, 15), (20, 25)]) == 20
