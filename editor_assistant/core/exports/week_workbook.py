"""The week as an Excel workbook: a summary sheet, one row per draft, and every finding.

Editors sort and filter these sheets themselves, so each has a frozen header row and an
auto-filter, and conditional colours (not fixed fills) so the colours follow their edits.
"""

from __future__ import annotations

import gc
import io
import math
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from lxml import etree
from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from editor_assistant import __version__
from editor_assistant.core.atomic import WriteError
from editor_assistant.core.batch import DocumentResult
from editor_assistant.core.exports import docx_style as style
from editor_assistant.core.exports import report_facts as facts
from editor_assistant.core.model import Report
from editor_assistant.core.week import WeekSummary

FONT = "宋体"
_FILLS = {
    name: PatternFill("solid", start_color=colour, end_color=colour)
    for name, colour in (
        ("green", style.GREEN),
        ("yellow", style.YELLOW),
        ("red", style.RED),
        ("grey", style.GREY),
        ("header", style.HEADER_FILL),
    )
}
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BASE_METRICS = ("chars", "images")
_MAX_COLUMN_WIDTH = 30
_LINE_HEIGHT = 15  # points per line of 11-point text
_CJK_SHARE = 0.85  # a Chinese character is a little narrower than two digits


def _cell_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "是" if value else "否"
    return value if isinstance(value, int | float | str) or value is None else str(value)


def _width(value: Any) -> int:
    text = str(value) if value is not None else ""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(sheet, header: list[str], rows: list[list[Any]], pages_wide: int = 1) -> None:
    """Header, rows, borders, frozen header, auto-filter and column widths."""
    sheet.append(header)
    for row in rows:
        sheet.append([_cell_value(v) for v in row])
    for cell in sheet[1]:
        cell.font = Font(name=FONT, bold=True)
        cell.fill = _FILLS["header"]
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in sheet.iter_rows(min_row=1, max_row=len(rows) + 1):
        for cell in row:
            cell.border = _BORDER
            if cell.row > 1:
                cell.font = Font(name=FONT)
                cell.alignment = Alignment(vertical="top", wrap_text=True)
    widths = []
    for column, title in enumerate(header, start=1):
        # Headers wrap, so a long header needs no wide column; values decide the width.
        widest = max([min(_width(title), 8)] + [_width(row[column - 1]) for row in rows])
        widths.append(min(_MAX_COLUMN_WIDTH, max(6, widest + 2)))
        sheet.column_dimensions[get_column_letter(column)].width = widths[-1]
    # Spreadsheets do not grow a row for wrapped text on opening, so give each row its lines.
    for number, row in enumerate([header, *rows], start=1):
        lines = max(math.ceil(_width(v) * _CJK_SHARE / w) for v, w in zip(row, widths, strict=True))
        sheet.row_dimensions[number].height = _LINE_HEIGHT * max(lines, 1)
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.oddHeader.center.text = "&A"  # the sheet's name on each printed page
    sheet.oddFooter.center.text = f"由编辑助手 {__version__} 生成　第 &P 页，共 &N 页"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # printed so many pages wide
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = pages_wide, 0
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"


def _colour_by_text(sheet, column: int, rows: int, colours: dict[str, str]) -> None:
    if not rows:
        return
    letter = get_column_letter(column)
    cells = f"{letter}2:{letter}{rows + 1}"
    for text, fill in colours.items():
        sheet.conditional_formatting.add(
            cells, FormulaRule(formula=[f'{letter}2="{text}"'], fill=_FILLS[fill])
        )


def _colour_positive(sheet, column: int, rows: int, fill: str) -> None:
    if not rows:
        return
    letter = get_column_letter(column)
    sheet.conditional_formatting.add(
        f"{letter}2:{letter}{rows + 1}",
        CellIsRule(operator="greaterThan", formula=["0"], fill=_FILLS[fill]),
    )


_LIGHT_COLOURS = {
    facts.Light.PASS: "green",
    facts.Light.NOTE: "yellow",
    facts.Light.FIX: "red",
    facts.Light.UNCHECKED: "grey",
    facts.Light.FAILED: "grey",
    "读取失败": "red",
}


def _metric_keys(reports: list[Report]) -> list[str]:
    keys: dict[str, None] = {}
    for report in reports:
        for key, value in report.metrics.items():
            if key not in _BASE_METRICS and isinstance(value, int | float | bool | str | None):
                keys.setdefault(key)
    return list(keys)


def _categories(reports: list[Report]) -> list[str]:
    names = [row.name for report in reports[:1] for row in facts.check_rows(report)]
    for report in reports:
        names += [c for c in facts.counts_by_category(report) if c not in names]
    return names


def _drafts_sheet(book: Workbook, results: list[DocumentResult]) -> None:
    sheet = book.create_sheet("稿件")
    reports = [r.report for r in results if r.report is not None]
    metrics, categories = _metric_keys(reports), _categories(reports)
    header = ["序号", "文件", "标题", "发布日期", "字数", "图片数"]
    header += [facts.metric_label(k) for k in metrics] + ["来源"]
    header += [f"{facts.category_title(c)}问题" for c in categories]
    header += ["错误", "警告", "提示", "结论", "备注"]
    rows = []
    for number, result in enumerate(results, start=1):
        name = Path(result.path).name
        report = result.report
        if report is None:
            blanks = [None] * (len(header) - 4)
            rows.append([number, name, *blanks, "读取失败", str(result.error)])
            continue
        draft = report.draft
        severities = Counter(f.severity for f in report.findings)
        by_category = facts.counts_by_category(report)
        rows.append(
            [number, name, draft.title, draft.published_at, draft.chars, len(draft.images)]
            + [report.metrics.get(k) for k in metrics]
            + [facts.source_of(report).text]
            + [by_category.get(c, 0) for c in categories]
            + [severities.get(s, 0) for s in facts.SEVERITIES]
            + [facts.overall_light(report), "；".join(e.message for e in report.errors)]
        )
    _table(sheet, header, rows, pages_wide=2)  # every score: too wide for one sheet of paper
    for row in sheet.iter_rows(min_row=2, min_col=4, max_col=4):
        row[0].number_format = "yyyy-mm-dd"
    counts_at = len(header) - 4
    _colour_positive(sheet, counts_at, len(rows), "red")
    _colour_positive(sheet, counts_at + 1, len(rows), "yellow")
    _colour_by_text(sheet, counts_at + 3, len(rows), _LIGHT_COLOURS)


def _findings_sheet(book: Workbook, reports: list[Report]) -> None:
    sheet = book.create_sheet("问题明细")
    header = ["文件", "标题", "检查项", "规则", "级别", "原文", "问题", "修改建议"]
    rows = [
        [
            Path(report.draft.path).name if report.draft.path else "（粘贴文本）",
            report.draft.title,
            facts.category_title(finding.category),
            finding.rule,
            finding.severity.label,
            facts.quote(report, finding, limit=80),
            finding.message,
            facts.suggestion_text(finding),
        ]
        for report in reports
        for finding in report.findings
    ]
    _table(sheet, header, rows)
    _colour_by_text(sheet, 5, len(rows), {"错误": "red", "警告": "yellow", "提示": "green"})


def _summary_sheet(book: Workbook, summary: WeekSummary, reports: list[Report], unread: int):
    sheet = book.active
    sheet.title = "周汇总"
    span = (
        f"{summary.first_date:%Y-%m-%d} 至 {summary.last_date:%Y-%m-%d}"
        if summary.first_date and summary.last_date
        else "发布日期未知"
    )
    gap = summary.longest_gap_days
    totals = Counter(f.category for r in reports for f in r.findings)
    rows: list[list[Any]] = [
        ["统计区间", span],
        ["稿件数", summary.posts],
        ["无法读取的文件", unread],
        ["配图率（有图稿件占比）", summary.picture_rate],
        ["平均每篇图片", summary.images_per_post],
        ["原创率", summary.original_rate if summary.original_rate is not None else "未检查"],
        ["平均官话套话指数", summary.average_officialese or "未检查"],
        ["最长更新间隔（天）", gap if gap is not None else "—"],
        ["断更预警（两周以上未更新）", "是" if summary.gap_warning else "否"],
        ["已覆盖民生话题", "、".join(summary.topics_covered) or "无"],
        ["未覆盖民生话题", "、".join(summary.topics_missed) or "无"],
    ]
    rows += [[f"每日发稿 {day:%m-%d}", count] for day, count in summary.posts_per_day.items()]
    rows += [[f"{facts.category_title(c)}问题数", n] for c, n in totals.most_common()]
    _table(sheet, ["项目", "数值"], rows)
    for row in (5, 7):  # the two rates, kept as numbers so they can be computed with
        sheet.cell(row=row, column=2).number_format = "0%"
    for cell in sheet["B"]:
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    _colour_by_text(sheet, 2, len(rows), {"是": "red"})
    sheet.append([])
    sheet.append([f"由编辑助手 {__version__} 生成"])


def build_week_workbook(results: list[DocumentResult], summary: WeekSummary) -> bytes:
    reports = [r.report for r in results if r.report is not None]
    book = Workbook()
    book.properties.creator = f"编辑助手 {__version__}"
    book.properties.title = "政务新媒体周检查汇总"
    _summary_sheet(book, summary, reports, unread=len(results) - len(reports))
    _drafts_sheet(book, results)
    _findings_sheet(book, reports)
    return _save(book)


def _save(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    try:
        book.save(buffer)
        return buffer.getvalue()
    except (OSError, etree.SerialisationError) as exc:  # openpyxl spools sheets to temp files
        failure = exc.with_traceback(None)
    # The half-closed sheet writers fail once more when collected and would print a traceback
    # beside our one line; collect them now, quietly.
    hook, sys.unraisablehook = sys.unraisablehook, lambda _unraisable: None
    try:
        gc.collect()
    finally:
        sys.unraisablehook = hook
    reason = f"临时文件写入失败，磁盘可能已满：{failure}"
    raise WriteError(f"周检查汇总：无法生成（{reason}）") from failure
