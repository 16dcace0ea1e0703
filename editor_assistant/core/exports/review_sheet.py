"""The sign-off form (发布审核单) of one draft: facts, automatic check summary, 三审 and 三校.

Government posts are signed off in three reviews (初审 by the editor, 复审 by the section head,
终审 by the leader in charge) by three different people, after a secrecy review (涉密审查);
many units also file an automatic check. The form leaves every human decision blank: the tool
never ticks 涉密 or signs anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from editor_assistant.core.exports import docx_style as style
from editor_assistant.core.exports import report_facts as facts
from editor_assistant.core.exports.files import unique_names, write_all
from editor_assistant.core.model import Report, Severity
from editor_assistant.core.settings import Settings
from editor_assistant.core.tone.digest import digest

LIGHT_FILLS = {
    facts.Light.PASS: style.GREEN,
    facts.Light.NOTE: style.YELLOW,
    facts.Light.FIX: style.RED,
    facts.Light.UNCHECKED: style.GREY,
    facts.Light.FAILED: style.GREY,
}
TICKED, EMPTY = "☑", "□"


@dataclass(frozen=True)
class ReviewSettings:
    unit: str
    platform: str
    column: str
    reviewers: tuple[str, str, str]  # who signs 初审, 复审, 终审
    proofreads: tuple[str, ...]
    main_findings: int

    @classmethod
    def from_settings(cls, settings: Settings) -> ReviewSettings:
        review: dict[str, Any] = settings.section("review")
        account = settings.section("account")
        return cls(
            unit=review.get("unit") or account.get("unit") or account.get("name") or "",
            platform=review.get("platform", "微信公众号"),
            column=review.get("column", ""),
            reviewers=(
                review.get("first_reviewer", "责任编辑"),
                review.get("second_reviewer", "部门负责人"),
                review.get("final_reviewer", "分管领导"),
            ),
            proofreads=tuple(review.get("proofreads", ("一校", "二校", "三校"))),
            main_findings=int(review.get("main_findings", 8)),
        )


def _fill_row(table, index: int, cells: list[str], **options) -> None:
    for cell, text in zip(table.rows[index].cells, cells, strict=True):
        style.write_cell(cell, text, **options)


def _label_value_table(document, pairs: list[tuple[str, str]], fills: dict[str, str]) -> None:
    """Two label/value pairs a row; a pair whose label ends in "*" takes the whole row.

    ``fills`` colours the value cell of the labels it names.
    """
    rows: list[list[tuple[str, str]]] = []
    for label, value in pairs:
        if label.endswith("*") or not rows or len(rows[-1]) == 2 or rows[-1][0][0].endswith("*"):
            rows.append([(label, value)])
        else:
            rows[-1].append((label, value))
    table = style.grid_table(document, len(rows), 4, [28, 50, 28, 50])
    for row, items in zip(table.rows, rows, strict=True):
        cells = row.cells
        if len(items) == 1:
            cells[1].merge(cells[3])
        for position, (label, value) in enumerate(items):
            label_cell, value_cell = cells[position * 2], cells[position * 2 + 1]
            style.write_cell(label_cell, label.rstrip("*"), font=style.HEI, fill=style.HEADER_FILL)
            style.write_cell(value_cell, value, fill=fills.get(label))
        row.height = Mm(9)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def _heading(document, text: str) -> None:
    document.add_heading(text, level=2)


def _counts_text(report: Report) -> str:
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in Severity}
    return (
        f"错误 {counts[Severity.ERROR]} 处，警告 {counts[Severity.WARNING]} 处，"
        f"提示 {counts[Severity.INFO]} 处"
    )


def _basics(document, report: Report, config: ReviewSettings) -> None:
    draft = report.draft
    source = facts.source_of(report)
    original = TICKED if source.original is True else EMPTY
    reprinted = TICKED if source.original is False else EMPTY
    planned = draft.published_at.strftime("%Y年%m月%d日") if draft.published_at else ""
    channel = " / ".join(part for part in (config.platform, config.column) if part)
    overall = facts.overall_light(report)
    _label_value_table(
        document,
        [
            ("报送单位", config.unit or draft.account or ""),
            ("发布平台", channel),
            ("稿件标题*", draft.title or "（无标题）"),
            ("拟发布时间", planned or "____年__月__日"),
            ("篇幅", f"{draft.chars} 字，图片 {len(draft.images)} 张"),
            ("稿件来源*", f"{original}原创　{reprinted}转载　　{source.text}"),
            ("稿件文件*", Path(draft.path).name if draft.path else "（粘贴文本）"),
            ("自动检查*", f"{overall}（{_counts_text(report)}），详见附件"),
        ],
        {"自动检查*": LIGHT_FILLS[overall]},
    )


def _gist(document, report: Report) -> None:
    """snownlp's TextRank summary sentence and keywords: the reviewer's quick idea of the post.

    It sits in the attachment: page 1 must stay a one-page form to sign."""
    gist = digest(report.draft.text)
    for label, value in (("内容摘要：", gist.summary), ("关键词：", "、".join(gist.keywords))):
        line = document.add_paragraph()
        style.add_text(line, label, style.HEI)
        style.add_text(line, value or "—")


def _check_summary(document, report: Report) -> None:
    line = document.add_paragraph()
    style.add_text(line, "总体结论：", style.HEI)
    style.add_text(line, facts.overall_light(report), style.HEI, bold=True)
    style.add_text(line, f"（{_counts_text(report)}）")
    rows = facts.check_rows(report)
    table = style.grid_table(document, len(rows) + 1, 6, [34, 30, 20, 20, 20, 32])
    _fill_row(
        table, 0, ["检查项", "指标", "错误", "警告", "提示", "结论"], font=style.HEI,
        fill=style.HEADER_FILL, align="center",
    )  # fmt: skip
    style.repeat_header(table.rows[0])
    for index, row in enumerate(rows, start=1):
        cells = table.rows[index].cells
        style.write_cell(cells[0], row.title)
        style.write_cell(cells[1], row.score, align="center")
        for cell, severity in zip(cells[2:5], facts.SEVERITIES, strict=True):
            style.write_cell(cell, str(row.counts.get(severity, 0)), align="center")
        style.write_cell(
            cells[5], row.light, bold=True, fill=LIGHT_FILLS[row.light], align="center"
        )
    for error in report.errors:
        document.add_paragraph(f"检查出错：{error.message}")


def _main_findings(document, report: Report, limit: int) -> None:
    chosen = facts.main_findings(report, limit)
    if not chosen:
        document.add_paragraph("未发现需要修改的问题。")
        return
    table = style.grid_table(document, len(chosen) + 1, 4, [14, 46, 50, 46])
    _fill_row(
        table, 0, ["序号", "原文", "问题", "修改建议"], font=style.HEI, fill=style.HEADER_FILL,
        align="center",
    )  # fmt: skip
    style.repeat_header(table.rows[0])
    fills = {Severity.ERROR: style.RED, Severity.WARNING: style.YELLOW, Severity.INFO: None}
    for index, finding in enumerate(chosen, start=1):
        label = finding.severity.label
        cells = table.rows[index].cells
        style.write_cell(cells[0], str(index), align="center", fill=fills[finding.severity])
        passage = facts.quote(report, finding)
        style.write_cell(cells[1], f"“{passage}”" if finding.span else passage, size=10.5)
        style.write_cell(cells[2], f"【{label}】{finding.message}", size=10.5)
        style.write_cell(cells[3], facts.suggestion_text(finding) or "—", size=10.5)
    left = len(report.findings) - len(chosen)
    if left > 0:
        document.add_paragraph(f"另有 {left} 处问题见批注版稿件。")


def _other_results(document, report: Report) -> None:
    paragraph = document.add_paragraph()
    style.add_text(paragraph, "多媒体建议：", style.HEI)
    tips = [
        f"{facts.MULTIMEDIA_LABELS.get(m.kind, m.kind)}（{m.reason}）" for m in report.multimedia
    ]
    style.add_text(paragraph, "；".join(tips) if tips else "无")
    paragraph = document.add_paragraph()
    style.add_text(paragraph, "原创比对：", style.HEI)
    matches = facts.originality_matches(report)[:3]
    if facts.copied_fraction(report) is None:
        style.add_text(paragraph, "未检查")
    elif not matches:
        style.add_text(paragraph, "未发现与往期稿件重合")
    else:
        style.add_text(
            paragraph,
            "；".join(
                f"{m.get('account') or '未知账号'}《{m.get('title') or '无标题'}》"
                f"{m.get('published_at') or ''} 重合 {(m.get('copied_fraction') or 0):.0%}"
                for m in matches
            ),
        )
    paragraph = document.add_paragraph()
    style.add_text(paragraph, "个人信息：", style.HEI)
    style.add_text(paragraph, facts.privacy_status(report))


def _sign_off(document, config: ReviewSettings) -> None:
    secrecy = style.grid_table(document, 1, 2, [34, 122])
    style.write_cell(secrecy.rows[0].cells[0], "涉密审查", font=style.HEI, fill=style.HEADER_FILL)
    style.write_cell(
        secrecy.rows[0].cells[1],
        f"是否涉及国家秘密、工作秘密或敏感信息：{EMPTY}是　{EMPTY}否\n"
        "审查人（签名）：____________　　日期：____年__月__日",
    )
    first_gap = document.add_paragraph()
    levels = ("初审", "复审", "终审")
    table = style.grid_table(document, 4, 4, [34, 70, 28, 24])
    _fill_row(
        table, 0, ["审核环节", "审核意见", "签名", "日期"], font=style.HEI,
        fill=style.HEADER_FILL, align="center",
    )  # fmt: skip
    for index, (level, role) in enumerate(zip(levels, config.reviewers, strict=True), start=1):
        row = table.rows[index]
        style.write_cell(row.cells[0], f"{level}\n（{role}）", align="center")
        row.height = Mm(20)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    second_gap = document.add_paragraph()
    share = 122 / max(len(config.proofreads), 1)
    proofs = style.grid_table(
        document, 2, len(config.proofreads) + 1, [34] + [share] * len(config.proofreads)
    )
    style.write_cell(proofs.rows[0].cells[0], "三校", font=style.HEI, fill=style.HEADER_FILL)
    style.write_cell(proofs.rows[1].cells[0], "签名/日期", font=style.HEI, fill=style.HEADER_FILL)
    for column, name in enumerate(config.proofreads, start=1):
        style.write_cell(proofs.rows[0].cells[column], name, font=style.HEI, align="center")
    proofs.rows[1].height = Mm(14)
    style.keep_together([secrecy, first_gap, table, second_gap, proofs])
    note = document.add_paragraph()
    note.paragraph_format.space_before = Pt(6)
    style.add_text(
        note,
        "说明：初审、复审、终审须由三名不同人员分别签署，同一人不得在两个审核环节签名；"
        "未经三审的稿件不得发布。自动检查结果仅供参考，不代替人工审核。",
        style.KAI,
        10.5,
    )


def build_review_sheet(report: Report, config: ReviewSettings) -> bytes:
    document = style.new_document(body_size=12)
    if config.unit:
        unit = document.add_paragraph(style="Title")
        style.add_text(unit, config.unit, style.SONG, 16, True)
    title = document.add_paragraph(style="Title")
    style.add_text(title, "政务新媒体信息发布审核单", style.SONG, 20, True)
    meta = document.add_paragraph()
    meta.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    style.add_text(meta, "编号：__________　　填表日期：____年__月__日", size=10.5)
    _basics(document, report, config)
    document.add_paragraph()
    _sign_off(document, config)
    # The form is page 1, to be signed; the automatic check is attached after it.
    attachment = document.add_paragraph()
    attachment.paragraph_format.page_break_before = True
    style.add_text(attachment, "附件", style.HEI, 14)
    heading = document.add_paragraph(style="Title")
    style.add_text(heading, f"编辑助手 {style.__version__} 自动检查结果", style.SONG, 16, True)
    _gist(document, report)
    _heading(document, "一、检查结论")
    _check_summary(document, report)
    _heading(document, "二、主要问题及修改建议")
    _main_findings(document, report, config.main_findings)
    _heading(document, "三、其他检查")
    _other_results(document, report)
    style.add_footer(document, style.generated_by())
    return style.document_bytes(document)


def export_review_sheets(
    reports: list[Report], out_dir: Path, settings: Settings, *, force: bool = False
) -> list[Path]:
    """One form per draft in ``out_dir``; nothing is written unless every form can be."""
    config = ReviewSettings.from_settings(settings)
    stems = [Path(r.draft.path).stem if r.draft.path else "粘贴稿件" for r in reports]
    names = unique_names(stems, "_审核单.docx")
    files = {
        Path(out_dir) / name: build_review_sheet(report, config)
        for name, report in zip(names, reports, strict=True)
    }
    return write_all(files, force=force)
