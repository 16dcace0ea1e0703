"""The snownlp digest for the review sheet: loaded on demand, never by the officialese check."""

from __future__ import annotations

from editor_assistant.core.tone.digest import digest

POST = (
    "今天起全县正式供暖。家里暖气不热的，先检查阀门有没有打开。"
    "如果阀门开着还是不热，请打供热公司电话0531-7760000，维修师傅会在24小时内上门。"
    "供暖费可以在手机上交，打开“清河供热”公众号，点“缴费”就行。"
)


def test_digest_gives_a_sentence_of_the_post_and_keywords():
    result = digest(POST, keywords=4)
    assert result.summary and result.summary in POST
    assert 0 < len(result.keywords) <= 4
    assert all(len(word) > 1 for word in result.keywords)


def test_digest_of_blank_text_is_empty():
    assert digest("  \n") == digest("") and digest("").summary == ""
