"""中文排版：半角标点、重复标点、省略号、引号括号不配对、标点旁多余空格。

What it flags: half-width , : ; ! ? ( ) inside Chinese text; repeated marks (！！！, ？？, 。。);
a hyphen for a span (1-10月 → 1—10月, 3-5天 → 3～5天);
“...”/“。。。” for the ellipsis; quotes and brackets (“” ‘’ 「」 『』 （） 《》 【】) that do not
close, close the wrong way, or mix “” with 「」; straight "quotes" around Chinese; spaces
before or after full-width punctuation. Every fix that needs no judgement is a safe suggestion
that core.fixes can apply on request.

Why: GB/T 15834-2011《标点符号用法》 governs punctuation in Chinese text; the national
政府网站与政务新媒体检查指标 count punctuation errors among 错别字 and 表述错误, and a post
full of ！！！ reads as shouting, not as a government voice.

Example: “今天,全县开展义诊活动!!!” → “今天，全县开展义诊活动！”.

Deliberately not flagged: numbers, times and URLs (1,000, 9:00, https://…?a=1, 2024-03-15,
0531-86123456, 3-2-501), English
phrases (“Hello, world”), 1） and 一） as list numbers, a quotation running over several
paragraphs (each opens with “, only the last closes), “？！” and “……”, and 「」 in a draft
that uses no “” at all.
"""

from __future__ import annotations

from editor_assistant.core.compliance import punctuation
from editor_assistant.core.compliance.pairs import PAIRS, mixed_quote_fixes, scan_pairs
from editor_assistant.core.context import CheckContext
from editor_assistant.core.model import CheckResult, Draft, Finding, Severity, Suggestion

NAME = "typography"
TITLE = "中文排版"

_MARKS = {
    "halfwidth": ("halfwidth_punct", Severity.WARNING, "中文语句中使用了半角标点"),
    "repeated": ("repeated_punct", Severity.WARNING, "标点重复使用"),
    "ellipsis": ("ellipsis", Severity.INFO, "中文省略号应为“……”"),
    "range": ("range_dash", Severity.WARNING, "起止范围不用半角连字符“-”"),
    "space": ("stray_space", Severity.INFO, "全角标点前后不需要空格"),
}
_PAIR_MESSAGES = {
    "unclosed": "“{char}”没有对应的后半个",
    "unopened": "“{char}”没有对应的前半个",
    "mismatched": "“{other}”与“{char}”不成对",
}


def _finding(rule: str, severity: Severity, message: str, span, text: str, replacement):
    advice = f"改为“{replacement}”" if replacement else "删去"
    return Finding(
        rule=f"{NAME}.{rule}",
        severity=severity,
        message=message,
        span=span,
        suggestion=Suggestion(replacement=replacement, advice=advice, safe=True),
        data={"text": text[span[0] : span[1]]},
    )


def _pair_findings(draft: Draft) -> list[Finding]:
    text = draft.text
    scan = scan_pairs(text, ((p.start, p.end) for p in draft.paragraphs))
    findings = []
    for problem in scan.problems:
        closer = PAIRS.get(problem.other)
        advice = "核对引号、括号的配对" + (
            f"（“{problem.other}”应以“{closer}”收尾）" if closer else ""
        )
        findings.append(
            Finding(
                rule=f"{NAME}.unbalanced",
                severity=Severity.WARNING,
                message=_PAIR_MESSAGES[problem.kind].format(char=problem.char, other=problem.other),
                span=(problem.position, problem.position + 1),
                suggestion=Suggestion(advice=advice),
                data={"text": problem.char},
            )
        )
    straight = "中文语句中使用了英文直引号"
    for at, curly in scan.straight:
        span = (at, at + 1)
        findings.append(_finding("straight_quotes", Severity.WARNING, straight, span, text, curly))
    mixed = "同一篇稿件中混用“”与「」，大陆规范用“”"
    for at, curly in mixed_quote_fixes(text, scan):
        span = (at, at + 1)
        findings.append(_finding("mixed_quotes", Severity.INFO, mixed, span, text, curly))
    return findings


def check(draft: Draft, context: CheckContext) -> CheckResult:
    text = draft.text
    marks = [
        *punctuation.half_width_marks(text),
        *punctuation.half_width_parens(text),
        *punctuation.repeated_marks(text),
        *punctuation.range_dashes(text),
        *punctuation.ellipsis_marks(text),
        *punctuation.stray_spaces(text),
    ]
    findings = [
        _finding(rule, severity, message, (mark.start, mark.end), text, mark.replacement)
        for mark in marks
        for rule, severity, message in [_MARKS[mark.kind]]
    ]
    findings.extend(_pair_findings(draft))
    findings.sort(key=Finding.sort_key)
    return CheckResult(findings=findings)
