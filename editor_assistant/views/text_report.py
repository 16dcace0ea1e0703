"""Readable Chinese terminal output: a table of the documents, then each one's findings."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from editor_assistant.core.batch import DocumentResult
from editor_assistant.core.model import MEDIA_LABELS, Finding, Report
from editor_assistant.core.week import summarize_week

_COLUMNS = (
    ("标题", 28),
    ("日期", 10),
    ("字数", 6),
    ("图片", 4),
    ("文风", 4),
    ("原创", 4),
    ("问题", 8),
)
_QUOTE_MAX = 30


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, width: int) -> str:
    """Cut to ``width`` terminal columns (CJK characters take two) and pad."""
    if display_width(text) > width:
        while display_width(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - display_width(text))


def _number(value: object) -> str:
    if value is None:
        return "—"
    return str(round(value)) if isinstance(value, float) else str(value)


def _row(result: DocumentResult) -> list[str]:
    if result.report is None:
        name = result.path.replace("\\", "/").rsplit("/", 1)[-1]
        return [name, "—", "—", "—", "—", "—", "读取失败"]
    report = result.report
    draft, metrics = report.draft, report.metrics
    return [
        draft.title or "（无标题）",
        draft.published_at.isoformat() if draft.published_at else "—",
        str(draft.chars),
        str(metrics.get("images", 0)),
        _number(metrics.get("officialese")),
        _number(metrics.get("originality")),
        str(len(report.findings)),
    ]


def week_table(results: Sequence[DocumentResult]) -> str:
    lines = ["  ".join(fit(name, width) for name, width in _COLUMNS).rstrip()]
    lines.append("  ".join("-" * width for _, width in _COLUMNS))
    for result in results:
        cells = _row(result)
        lines.append(
            "  ".join(fit(c, w) for c, (_, w) in zip(cells, _COLUMNS, strict=True)).rstrip()
        )
    return "\n".join(lines)


def _paragraph_number(report: Report, offset: int) -> int:
    for number, paragraph in enumerate(report.draft.paragraphs, start=1):
        if offset <= paragraph.end:
            return number
    return len(report.draft.paragraphs)


def finding_line(report: Report, finding: Finding) -> str:
    label = finding.severity.label
    where = "全文"
    if finding.span:
        start, end = finding.span
        quoted = report.draft.text[start:end].replace("\n", " ")
        if len(quoted) > _QUOTE_MAX:
            quoted = quoted[: _QUOTE_MAX - 1] + "…"
        where = f"第{_paragraph_number(report, start)}段“{quoted}”"
    line = f"  [{label}] {where}：{finding.message}"
    suggestion = finding.suggestion
    if suggestion and (suggestion.replacement or suggestion.advice):
        advice = f"改为“{suggestion.replacement}”" if suggestion.replacement else suggestion.advice
        line += f" → {advice}"
    return line + f"  ({finding.rule})"


def details(results: Sequence[DocumentResult]) -> str:
    blocks = []
    for result in results:
        if result.report is None:
            continue
        report = result.report
        if not (report.findings or report.multimedia or report.errors):
            continue
        lines = [f"《{report.draft.title}》 {result.path}"]
        lines += [finding_line(report, finding) for finding in report.findings]
        lines += [f"  [多媒体建议] {MEDIA_LABELS[m.kind]}：{m.reason}" for m in report.multimedia]
        lines += [f"  [检查出错] {error.message}" for error in report.errors]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def read_errors(results: Sequence[DocumentResult]) -> list[str]:
    return [f"无法读取 {r.error}" for r in results if r.error is not None]


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def week_line(results: Sequence[DocumentResult]) -> str | None:
    """One line of the week summary under the table, for a batch of two or more drafts."""
    reports = [r.report for r in results if r.report is not None]
    if len(reports) < 2:
        return None
    week = summarize_week(reports)
    gap = "—" if week.longest_gap_days is None else f"{week.longest_gap_days} 天"
    warning = "（超过两周未更新！）" if week.gap_warning else ""
    missed = "、".join(week.topics_missed) or "无"
    return (
        f"汇总：{week.posts} 篇，配图率 {_percent(week.picture_rate)}，"
        f"原创率 {_percent(week.original_rate)}，平均文风 {_number(week.average_officialese)}，"
        f"最长间隔 {gap}{warning}；民生话题未覆盖：{missed}"
    )


def render(results: Sequence[DocumentResult]) -> str:
    parts = [week_table(results)]
    summary = week_line(results)
    if summary:
        parts[0] += "\n" + summary
    body = details(results)
    if body:
        parts.append(body)
    errors = read_errors(results)
    if errors:
        parts.append("\n".join(errors))
    read = sum(1 for r in results if r.report is not None)
    parts.append(f"共 {len(results)} 个文件，成功读取 {read} 个。")
    return "\n\n".join(parts) + "\n"
