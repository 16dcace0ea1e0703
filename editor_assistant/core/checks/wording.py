"""禁用词、慎用词与过时提法，以及用户自定义的敏感词。

What it flags: words that 新华社's list of banned and careful words rules out for news reports
(slurs for disabled people, vulgar slang, abbreviated ethnic names, wrong official titles such
as 县人大副主任, wrong 提法 on Hong Kong, Macao and Taiwan), outdated 提法 and agency names
(党史教育 → 党史学习教育, “一带一路”战略 → 倡议, 卫计委 → 卫健委), and the user's own terms from
the settings. Every rule lives in resources/rules/wording.toml with its source, severity, and a
``flag``/``pass`` example that runs as a test.

Why: 新华社《新闻信息报道中的禁用词和慎用词》(2016年7月修订) is the reference that newsrooms
and government accounts follow; the national 政府网站与政务新媒体检查指标 veto an account for a
严重表述错误, so the words it bans are errors here; outdated names follow the 2018 institutional
reform and later official renamings.

Example: “全县扎实开展党史教育” → “党史学习教育” (error, safe to apply); “县卫计委提醒…” →
“卫健委” (warning: check the current local name).

Deliberately not flagged: look-alikes the patterns exclude (村长期, 书呆子, 各县县委,
大学生村官, 党史教育基地, 前苏联地区, 妈妈的); political topics as such — we ship no political
blocklist, only corrections of a form of words. Add your own terms with
``[wording] user_terms = [{term = "…", advice = "…", severity = "warning"}]``.
"""

from __future__ import annotations

from editor_assistant.core.compliance.wording_rules import find_matches, shipped_rules, term_rules
from editor_assistant.core.context import CheckContext
from editor_assistant.core.model import CheckResult, Draft, Finding, Suggestion

NAME = "wording"
TITLE = "禁用词与规范提法"


def check(draft: Draft, context: CheckContext) -> CheckResult:
    settings = context.settings.section(NAME)
    # local_terms come from a province/city profile, user_terms from the user's own file,
    # so choosing a profile never wipes out the user's list (lists replace, they do not merge).
    local, local_problems = term_rules(
        settings.get("local_terms", []), "[wording] local_terms ", "local_term"
    )
    user, user_problems = term_rules(
        settings.get("user_terms", []), "[wording] user_terms ", "user_term"
    )
    findings = []
    for rule, match in find_matches((*shipped_rules(), *local, *user), draft.text):
        replacement = rule.replacement_for(match)
        advice = rule.advice or (f"改为“{replacement}”" if replacement is not None else "")
        suggestion = None
        if replacement is not None or advice:
            suggestion = Suggestion(replacement=replacement, advice=advice, safe=rule.safe)
        findings.append(
            Finding(
                rule=f"{NAME}.{rule.id}",
                severity=rule.severity,
                message=rule.reason,
                span=match.span(),
                suggestion=suggestion,
                data={"text": match.group(), "source": rule.source},
            )
        )
    problems = local_problems + user_problems
    findings.sort(key=Finding.sort_key)
    return CheckResult(
        findings=findings, details={"settings_problems": problems} if problems else {}
    )
