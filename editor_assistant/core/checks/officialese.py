"""文风：公文腔 (officialese) — a 0–100 score, the factors behind it, and the words that cause it.

What it flags
    Stock phrases from resources/lexicons/officialese.toml (套话 such as 高度重视/扎实推进, empty
    formulas such as 取得显著成效/为…提供坚强保障, bureaucratic openers and closings, nominalised
    verbs such as 进行调研, institution-as-subject 我局/相关部门, 广大市民群众, slogans, buzzwords
    and vague hedges), each with a plainer wording or advice; sentences over
    ``long_sentence_chars``; runs of parallel four-character clauses; 的-chains; a long post that
    never addresses its reader. ``metrics["officialese"]`` (0 plain – 100 a report read aloud) and
    ``metrics["readability"]`` (0 hard – 100 easy, see core/tone/readability.py) go beside them,
    and ``details`` holds the factor breakdown and a one-line summary for the GUI and review sheet.

Why
    The city survey of government new-media accounts lists "文字语言过于官方化，与群众保持距离感"
    as the first complaint about content; the national 政府网站与政务新媒体检查指标 asks for posts
    that are 通俗易懂、贴近群众 and for 解读 that speaks to the public. A label alone does not help
    an editor: each finding points at the words and says what to write instead.

Example
    "为进一步提升服务水平，我局高度重视，多措并举……" → 公文式开头“为进一步”, 机构腔主语“我局”,
    套话“高度重视”“多措并举” (a warning: it says nothing), score in the 公文腔 band (≥ 60);
    "7月1日起，去外地看病前的备案可以在手机上办了" scores in the 平实 band (< 35).

What it deliberately does not flag
    Quotations and tables (someone else's words, or data); headings as long sentences; proper
    names of policies that readers search for (一网通办 alone); 新华社 banned words, spelling and
    punctuation, which other checks own. It never calls snownlp's sentiment model "tone": that
    model was trained on shopping reviews. Only mechanical swaps (进行调研 → 调研) are marked safe.
"""

from __future__ import annotations

from editor_assistant.core.context import CheckContext
from editor_assistant.core.model import CheckResult, Draft
from editor_assistant.core.tone.analysis import analyse_draft
from editor_assistant.core.tone.findings import phrase_finding, structure_findings
from editor_assistant.core.tone.options import ToneOptions
from editor_assistant.core.tone.summary import details

NAME = "officialese"
TITLE = "文风"


def check(draft: Draft, context: CheckContext) -> CheckResult:
    options = ToneOptions.from_section(context.settings.section(NAME))
    report = analyse_draft(draft, options)
    findings = [phrase_finding(draft.text, hit) for hit in report.hits]
    findings += structure_findings(report, options)
    return CheckResult(
        metrics={
            "officialese": report.score,
            "readability": report.readability.score if report.readability else None,
        },
        findings=findings,
        details=details(report, options),
    )
