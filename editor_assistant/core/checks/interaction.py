"""Interaction: a post that asks readers to act or to report must say how to reach you.

What it flags: ``interaction.no_channel`` when a post calls on citizens to report (举报, 反映),
send opinions (提出意见, 征求意见, 建言献策), watch over (欢迎监督) or vote (参与投票) but names no
channel at all: no comments (留言), phone number, e-mail address, web address, mini-program or
QR code, postal address. The span is the last such call.

Why: the city survey of government accounts found that online consultation went unanswered and
readers had no way to respond; the national 政府网站与政务新媒体检查指标 ask that 互动功能 be
usable and that calls for opinions (意见征集) state how opinions are sent and answered.

Example: "《养犬管理规定（征求意见稿）》……欢迎社会各界人士踊跃提出意见建议。" with no
address, e-mail or phone gets "稿件请读者参与（“欢迎社会各界人士踊跃提出意见建议”），但没有
给出任何参与渠道".

Deliberately not flagged: news that reports what others raised ("针对群众反映的问题");
a call followed anywhere in the post by a concrete channel; a channel named too vaguely to use
("欢迎来电") does not count as one, so such a call is still flagged.
Cues are data in ``resources/rules/interaction.toml``.
"""

from __future__ import annotations

from editor_assistant.core.context import CheckContext
from editor_assistant.core.cues import compiled, first_match, load_rules, sentence_span, shorten
from editor_assistant.core.model import CheckResult, Draft, Finding, Severity, Suggestion

NAME = "interaction"
TITLE = "互动渠道"


def check(draft: Draft, context: CheckContext) -> CheckResult:
    rules = load_rules(NAME)
    text = draft.text
    calls = sorted(
        (m for cue in rules["call"] for m in compiled(cue["pattern"]).finditer(text)),
        key=lambda m: m.start(),
    )
    channel = first_match(rules["channel"], text)
    details = {
        "calls": [m.group() for m in calls],
        "channel": channel.group() if channel else None,
    }
    if not calls or channel:
        return CheckResult(details=details)
    # The last call is usually the invitation itself; earlier ones tend to be the topic.
    span = sentence_span(text, calls[-1].start())
    finding = Finding(
        rule="interaction.no_channel",
        severity=Severity.WARNING,
        message=rules["finding"]["message"].format(hit=shorten(text[span[0] : span[1]], 30)),
        span=span,
        suggestion=Suggestion(advice=rules["finding"]["advice"]),
    )
    return CheckResult(findings=[finding], details=details)
