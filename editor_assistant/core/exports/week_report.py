"""The week report (.docx) for the leader: figures and charts, then the main issues.

It answers what the national inspection and the city survey ask about an account: is it
illustrated (配图率), original (原创率), plain-spoken, updated regularly, and does it cover
the livelihood topics residents look for.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from editor_assistant.core.batch import DocumentResult
from editor_assistant.core.exports import charts
from editor_assistant.core.exports import docx_style as style
from editor_assistant.core.exports import report_facts as facts
from editor_assistant.core.exports.files import write_all
from editor_assistant.core.exports.review_sheet import LIGHT_FILLS, ReviewSettings
from editor_assistant.core.exports.week_workbook import build_week_workbook
from editor_assistant.core.model import Finding, Report, Severity
from editor_assistant.core.settings import Settings
from editor_assistant.core.week import WeekSummary, summarize_week

_CHART_WIDTH = Mm(150)
_TONE_BINS = 5


def _percent(value: float | None) -> str:
    return "未检查" if value is None else f"{value:.0%}"


def _chart(document, png: bytes) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run().add_picture(io.BytesIO(png), width=_CHART_WIDTH)


def _period(summary: WeekSummary) -> str:
    if summary.first_date and summary.last_date:
        return f"{summary.first_date:%Y年%m月%d日}至{summary.last_date:%Y年%m月%d日}"
    return "发布日期未知"


def _overview(document, summary: WeekSummary, unread: int, targets: tuple[float, float]) -> None:
    picture_target, original_target = targets
    gap = summary.longest_gap_days
    text = (
        f"本期（{_period(summary)}）共检查稿件 {summary.posts} 篇"
        + (f"，另有 {unread} 个文件无法读取" if unread else "")
        + f"。配图率 {_percent(summary.picture_rate)}，原创率 {_percent(summary.original_rate)}，"
        f"平均官话套话指数 {summary.average_officialese or '未检查'}，"
        f"最长更新间隔 {gap if gap is not None else '—'} 天。"
    )
    document.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
    rows = [
        ("配图率", summary.picture_rate, picture_target),
        ("原创率", summary.original_rate, original_target),
    ]
    table = style.grid_table(document, len(rows) + 2, 4, [46, 36, 36, 38])
    for cell, text in zip(table.rows[0].cells, ("指标", "本期", "目标", "结论"), strict=True):
        style.write_cell(cell, text, font=style.HEI, fill=style.HEADER_FILL, align="center")
    for number, (label, value, target) in enumerate(rows, start=1):
        light = facts.Light.UNCHECKED if value is None else (
            facts.Light.PASS if value >= target else facts.Light.FIX
        )  # fmt: skip
        cells = table.rows[number].cells
        style.write_cell(cells[0], label)
        style.write_cell(cells[1], _percent(value), align="center")
        style.write_cell(cells[2], f"≥{target:.0%}", align="center")
        style.write_cell(cells[3], light, bold=True, fill=LIGHT_FILLS[light], align="center")
    cells = table.rows[-1].cells
    style.write_cell(cells[0], "断更预警")
    style.write_cell(cells[1], f"最长 {gap if gap is not None else '—'} 天", align="center")
    style.write_cell(cells[2], "<14 天", align="center")
    light = facts.Light.FIX if summary.gap_warning else facts.Light.PASS
    style.write_cell(cells[3], light, bold=True, fill=LIGHT_FILLS[light], align="center")


def _tone(document, reports: list[Report]) -> None:
    scores = [r.metrics["officialese"] for r in reports if r.metrics.get("officialese") is not None]
    if not scores:
        document.add_paragraph("文风检查未运行（未检查）。")
        return
    top = max(100.0, max(scores))
    step = top / _TONE_BINS
    counts = Counter(min(int(score // step), _TONE_BINS - 1) for score in scores)
    labels = [f"{step * n:g}–{step * (n + 1):g}" for n in range(_TONE_BINS)]
    colours = [charts.GREEN, charts.GREEN, charts.BLUE, charts.RED, charts.RED]
    png = charts.column_chart(
        "官话套话指数分布（篇数，越低越平实）", labels,
        [counts.get(n, 0) for n in range(_TONE_BINS)], colours,
    )  # fmt: skip
    _chart(document, png)


def _main_issues(document, reports: list[Report], limit: int) -> None:
    totals = Counter(f.category for r in reports for f in r.findings).most_common()
    _chart(
        document,
        charts.bar_chart(
            "各类问题数量",
            [facts.category_title(c) for c, _ in totals],
            [n for _, n in totals],
            " 处",
        ),
    )
    rank = {Severity.ERROR: 0, Severity.WARNING: 1}
    # The same problem in many posts is one habit to correct: group by rule and message.
    groups: dict[tuple[str, str], list[tuple[Report, Finding]]] = {}
    for report in reports:
        for finding in report.findings:
            if finding.severity in rank:
                groups.setdefault((finding.rule, finding.message), []).append((report, finding))
    ordered = sorted(groups.values(), key=lambda g: (rank[g[0][1].severity], -len(g)))[:limit]
    if not ordered:
        document.add_paragraph("本期未发现错误或警告级问题。")
        return
    table = style.grid_table(document, len(ordered) + 1, 4, [52, 20, 44, 40])
    for cell, text in zip(table.rows[0].cells, ("问题", "篇数", "示例", "建议"), strict=True):
        style.write_cell(cell, text, font=style.HEI, fill=style.HEADER_FILL, align="center")
    style.repeat_header(table.rows[0])
    fills = {Severity.ERROR: style.RED, Severity.WARNING: style.YELLOW}
    for row, group in zip(table.rows[1:], ordered, strict=True):
        report, finding = group[0]
        posts = len({id(r) for r, _ in group})
        label = finding.severity.label
        style.write_cell(row.cells[0], f"【{label}】{finding.message}", size=10.5)
        style.write_cell(row.cells[1], f"{posts} 篇", align="center", size=10.5,
                         fill=fills[finding.severity])  # fmt: skip
        example = f"《{report.draft.title}》“{facts.quote(report, finding, 24)}”"
        style.write_cell(row.cells[2], example, size=10.5)
        style.write_cell(row.cells[3], facts.suggestion_text(finding) or "—", size=10.5)


def _per_draft(document, results: list[DocumentResult]) -> None:
    table = style.grid_table(document, len(results) + 1, 6, [13, 61, 22, 16, 18, 26])
    header = ("序号", "标题", "日期", "图片", "问题", "结论")
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        style.write_cell(cell, text, font=style.HEI, fill=style.HEADER_FILL, align="center")
    style.repeat_header(table.rows[0])
    for number, (row, result) in enumerate(zip(table.rows[1:], results, strict=True), start=1):
        cells = row.cells
        style.write_cell(cells[0], str(number), align="center", size=10.5)
        report = result.report
        if report is None:
            style.write_cell(cells[1], f"{Path(result.path).name}（无法读取）", size=10.5)
            style.write_cell(cells[5], "读取失败", fill=style.RED, align="center", size=10.5)
            continue
        draft = report.draft
        light = facts.overall_light(report)
        style.write_cell(cells[1], draft.title or "（无标题）", size=10.5)
        when = f"{draft.published_at:%m-%d}" if draft.published_at else "—"
        style.write_cell(cells[2], when, align="center", size=10.5)
        style.write_cell(cells[3], str(len(draft.images)), align="center", size=10.5)
        style.write_cell(cells[4], str(len(report.findings)), align="center", size=10.5)
        style.write_cell(cells[5], light, fill=LIGHT_FILLS[light], align="center", size=10.5)


def build_week_report(
    results: list[DocumentResult], summary: WeekSummary, settings: Settings
) -> bytes:
    review = settings.section("review")
    config = ReviewSettings.from_settings(settings)
    targets = (review.get("picture_rate_target", 0.6), review.get("original_rate_target", 0.6))
    reports = [r.report for r in results if r.report is not None]
    document = style.new_document(body_size=12)
    style.add_text(document.add_paragraph(style="Title"), f"{config.unit}政务新媒体周检查报告")
    note = document.add_paragraph()
    note.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style.add_text(note, f"{_period(summary)}　　{style.generated_by()}", style.KAI, 11)
    document.add_heading("一、总体情况", level=2)
    _overview(document, summary, len(results) - len(reports), targets)
    document.add_heading("二、配图率与原创率", level=2)
    rates = [
        ("配图率", summary.picture_rate, targets[0]),
        ("原创率", summary.original_rate, targets[1]),
    ]
    _chart(document, charts.rate_chart("配图率与原创率", rates))
    document.add_heading("三、文风", level=2)
    _tone(document, reports)
    document.add_heading("四、发稿节奏", level=2)
    _chart(document, charts.daily_posts(summary.posts_per_day))
    if summary.gap_warning:
        document.add_paragraph(f"注意：最长 {summary.longest_gap_days} 天未更新，已达断更预警线。")
    document.add_heading("五、民生话题覆盖", level=2)
    _chart(document, charts.topic_chips(summary.topics_covered, summary.topics_missed))
    document.add_paragraph("未覆盖：" + ("、".join(summary.topics_missed) or "无"))
    document.add_heading("六、主要问题", level=2)
    _main_issues(document, reports, config.main_findings)
    document.add_heading("七、逐篇情况", level=2)
    _per_draft(document, results)
    style.add_footer(document, style.generated_by())
    return style.document_bytes(document)


def export_week(
    results: list[DocumentResult], out_dir: Path, settings: Settings, *, force: bool = False
) -> list[Path]:
    """The workbook and the report; neither is written unless both can be."""
    summary = summarize_week([r.report for r in results if r.report is not None])
    period = (
        f"_{summary.first_date:%Y%m%d}-{summary.last_date:%Y%m%d}"
        if summary.first_date and summary.last_date
        else ""
    )
    out_dir = Path(out_dir)
    files = {
        out_dir / f"周检查汇总{period}.xlsx": build_week_workbook(results, summary),
        out_dir / f"周检查报告{period}.docx": build_week_report(results, summary, settings),
    }
    return write_all(files, force=force)
