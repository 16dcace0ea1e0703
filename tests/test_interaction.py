"""Interaction: a call on readers to act or report must come with a channel."""

from __future__ import annotations

import pytest

from editor_assistant.core.checks import interaction
from editor_assistant.core.context import CheckContext
from editor_assistant.core.cues import compiled, first_match, load_rules
from editor_assistant.core.readers import read_pasted

RULES = load_rules("interaction")
CALL = "县城管局起草了养犬管理规定，现向社会公开征求意见。欢迎社会各界人士踊跃提出意见建议。"


def findings(text: str):
    return interaction.check(read_pasted(text), CheckContext()).findings


def test_every_entry_is_complete():
    for entry in RULES["call"] + RULES["channel"]:
        assert entry["flag"].strip() and entry["pass"].strip(), "每条都要有 flag 和 pass 例句"
    assert RULES["finding"]["message"] and RULES["finding"]["advice"]


@pytest.mark.parametrize("cue", RULES["call"], ids=lambda c: c["pattern"][:16])
def test_call_examples(cue):
    assert compiled(cue["pattern"]).search(cue["flag"])
    assert [f.rule for f in findings(cue["flag"])] == ["interaction.no_channel"], cue["flag"]
    assert findings(cue["pass"]) == [], cue["pass"]


@pytest.mark.parametrize("cue", RULES["channel"], ids=lambda c: c["pattern"][:16])
def test_channel_examples(cue):
    assert compiled(cue["pattern"]).search(cue["flag"])
    assert first_match(RULES["channel"], cue["pass"]) is None, cue["pass"]
    assert findings(CALL + cue["flag"]) == []


def test_finding_points_at_the_invitation_and_suggests_channels():
    text = read_pasted(CALL).text
    (finding,) = findings(CALL)
    start, end = finding.span
    assert text[start:end] == "欢迎社会各界人士踊跃提出意见建议。"
    assert "留言" in finding.suggestion.advice and "电话" in finding.suggestion.advice
    assert "欢迎社会各界人士踊跃提出意见建议" in finding.message


def test_a_vague_channel_does_not_count():
    assert findings("如发现违规行为，欢迎来电举报。")


def test_a_post_that_asks_nothing_is_left_alone():
    assert findings("县委常委会召开会议，研究部署近期工作。会议还研究了其他事项。") == []
