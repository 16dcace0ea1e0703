"""Exports: the review sheet, the annotated draft, the week workbook and report, and the CLI.

Reports are built by hand here so the exports are tested whatever checks are registered.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date

import docx
import openpyxl
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm
from PIL import Image

from editor_assistant import __version__
from editor_assistant.cli import main
from editor_assistant.core.atomic import WriteError
from editor_assistant.core.batch import DocumentResult
from editor_assistant.core.exports import annotated, charts, files
from editor_assistant.core.exports.review_sheet import (
    ReviewSettings,
    build_review_sheet,
    export_review_sheets,
)
from editor_assistant.core.exports.week_report import build_week_report, export_week
from editor_assistant.core.exports.week_workbook import build_week_workbook
from editor_assistant.core.model import Finding, MultimediaSuggestion, Report, Severity, Suggestion
from editor_assistant.core.readers import read_pasted, read_path
from editor_assistant.core.settings import Settings, defaults
from editor_assistant.core.week import summarize_week
from tests.helpers.make_files import picture_bytes

SETTINGS = Settings(
    {**defaults().data, "review": {"unit": "清河县人民政府办公室", "column": "民生"}}
)
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NOTICE = (
    "清河县冬季供暖今起开始\n"
    "县住建局要求进一步加强领导，切实提高认识。\n"
    "如遇暖气不热，请联系网格员张三13812345678。"
)


def finding_on(draft, passage, rule, severity=Severity.WARNING, replacement=None):
    start = draft.text.index(passage)
    suggestion = Suggestion(
        replacement, "" if replacement else "写明具体措施", replacement is not None
    )
    return Finding(rule, severity, f"“{passage}”有问题", (start, start + len(passage)), suggestion)


def report_for(draft, *, copied=0.72, passages=None) -> Report:
    """A report as the checks would make it: tone, privacy, pictures, originality."""
    passages = passages or [
        ("进一步加强领导", "officialese.cliche", Severity.WARNING, None),
        ("13812345678", "privacy.phone", Severity.ERROR, "138****5678"),
    ]
    findings = [finding_on(draft, p, rule, sev, rep) for p, rule, sev, rep in passages]
    findings.append(Finding("images.none", Severity.WARNING, "全文没有配图", None))
    match = {
        "archive_id": 3,
        "title": "供暖季开始了",
        "account": "德州发布",
        "published_at": "2025-11-14",
        "copied_fraction": copied,
        "spans": [],
    }
    return Report(
        draft=draft,
        metrics={"chars": draft.chars, "images": len(draft.images), "officialese": 64.0},
        findings=tuple(sorted(findings, key=Finding.sort_key)),
        multimedia=(MultimediaSuggestion("infographic", "时间节点多，适合一图读懂"),),
        details={"originality": {"copied_fraction": copied, "matches": [match]}},
        checks_run=("officialese", "images", "originality", "privacy"),
    )


def all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    parts += [p.text for s in document.sections for p in s.footer.paragraphs]
    return "\n".join(parts)


def comment_ranges(document) -> dict[int, str]:
    """Text between each comment's range start and end, in document order."""
    xml = document.element.body.xml
    found = {}
    for start in re.finditer(r'<w:commentRangeStart w:id="(\d+)"/>', xml):
        end = xml.index(f'<w:commentRangeEnd w:id="{start.group(1)}"/>', start.end())
        found[int(start.group(1))] = "".join(
            re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml[start.end() : end])
        )
    return found


def docx_with_runs_and_boxes(path, picture_dir):
    """A draft whose passages cross run boundaries, with a table, a text box and a picture."""
    document = docx.Document()
    document.add_heading("清河县冬季供暖今起开始", level=1)
    paragraph = document.add_paragraph("县住建局要求进一步")
    paragraph.add_run("加强领导").bold = True
    paragraph.add_run("，切实提高认识。")
    picture = picture_dir / "photo.png"
    picture.write_bytes(picture_bytes(640, 480, fmt="PNG"))
    document.add_paragraph().add_run().add_picture(str(picture), width=Cm(6))
    document.add_table(rows=1, cols=1).cell(0, 0).text = "咨询电话13812345678"
    box = document.add_paragraph("见右侧说明")
    box._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")} xmlns:mc="{MC}" xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="v">'
            "<w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框里的热线</w:t>"
            "</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Choice>"
            "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>"
            "<w:t>文本框里的热线</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>"
            "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    document.add_paragraph("\u3000\u3000缩进开头的段落，请拨打供热热线。")
    document.save(path)
    return path


def test_paragraph_walk_matches_the_reader(tmp_path):
    draft = read_path(docx_with_runs_and_boxes(tmp_path / "d.docx", tmp_path))
    elements = annotated.paragraph_elements(docx.Document(draft.path).element.body)
    assert "文本框里的热线" in draft.text and draft.text.count("文本框里的热线") == 1
    for paragraph in draft.paragraphs:
        raw = annotated._raw_text(elements[paragraph.source_index])
        assert raw.strip(" \u3000") == draft.paragraph_text(paragraph)


def test_annotated_docx_anchors_each_comment_on_its_passage(tmp_path):
    draft = read_path(docx_with_runs_and_boxes(tmp_path / "d.docx", tmp_path))
    passages = [
        ("进一步加强领导", "officialese.cliche", Severity.WARNING, None),
        ("加强领导，切实", "officialese.stack", Severity.INFO, None),  # overlaps the one above
        ("13812345678", "privacy.phone", Severity.ERROR, "138****5678"),
        ("框里的热", "wording.test", Severity.INFO, None),
        ("缩进开头", "typography.indent", Severity.INFO, None),
    ]
    report = report_for(draft, passages=passages)
    out = annotated.export_annotated(report, tmp_path / "批注.docx")
    result = docx.Document(out)
    comments = {c.comment_id: c for c in result.comments}
    ranges = comment_ranges(result)
    assert all(c.author == "编辑助手" for c in comments.values())
    assert __version__ in comments[0].text  # the summary comment on the title
    quoted = {ranges[i]: comments[i].text for i in ranges if i != 0}
    for passage, rule, *_ in passages:
        assert passage in quoted and rule in quoted[passage]
    assert "138****5678" in quoted["13812345678"]
    assert any("全文没有配图" in c.text for c in comments.values())
    # formatting and pictures survive, and the text is unchanged
    assert [r.text for r in result.paragraphs[1].runs if r.bold] == ["加强领导"]
    assert len(result.inline_shapes) == 1
    assert read_path(out).text == draft.text


def test_annotated_refuses_a_draft_changed_since_it_was_checked(tmp_path):
    path = docx_with_runs_and_boxes(tmp_path / "d.docx", tmp_path)
    report = report_for(read_path(path))
    document = docx.Document(path)
    document.paragraphs[1].runs[0].text = "改过的文字"
    document.save(path)
    with pytest.raises(annotated.ExportError, match="已被修改"):
        annotated.build_annotated(report)


def test_text_drafts_become_a_docx_with_pictures_and_comments(tmp_path):
    (tmp_path / "pic.png").write_bytes(picture_bytes(800, 600, fmt="PNG"))
    source = tmp_path / "2026-11-20_供暖.md"
    source.write_text(f"# {NOTICE.replace(chr(10), chr(10) * 2)}\n\n![现场](pic.png)\n", "utf-8")
    draft = read_path(source)
    out = annotated.export_annotated(report_for(draft), tmp_path / "out.docx")
    result = docx.Document(out)
    assert [p.text for p in result.paragraphs if p.text] == draft.text.split("\n")
    assert len(result.inline_shapes) == 1
    assert set(comment_ranges(result).values()) >= {"进一步加强领导", "13812345678"}


def test_pasted_text_is_annotated_and_an_empty_span_takes_the_character_before():
    draft = read_pasted(NOTICE)
    after = draft.text.index("认识") + 2
    report = report_for(draft)
    missing = Finding("typography.missing", Severity.INFO, "此处缺少标点", (after, after))
    report = replace(report, findings=(*report.findings, missing))
    result = docx.Document(io.BytesIO(annotated.build_annotated(report)))
    ranges = comment_ranges(result)
    assert "进一步加强领导" in ranges.values()
    by_text = {c.comment_id: c.text for c in result.comments}
    assert any(ranges[i] == "识" and "缺少标点" in by_text[i] for i in ranges)


def test_review_sheet_has_the_sign_off_form_and_check_summary():
    report = report_for(read_pasted(NOTICE))
    data = build_review_sheet(report, ReviewSettings.from_settings(SETTINGS))
    document = docx.Document(io.BytesIO(data))
    text = all_text(document)
    for expected in ("清河县人民政府办公室", "初审", "复审", "终审", "责任编辑", "分管领导",
                     "审核意见", "签名", "日期", "一校", "二校", "三校", "涉密", "不得",
                     "转载自 德州发布《供暖季开始了》", "“13812345678”", "138****5678",
                     "一图读懂", "检出 1 处个人信息", f"编辑助手 {__version__}",
                     "内容摘要", "关键词"):  # fmt: skip
        assert expected in text, expected
    summary = next(p.text for p in document.paragraphs if p.text.startswith("内容摘要："))
    assert summary.removeprefix("内容摘要：") in NOTICE.replace("\n", "")
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == "仿宋"
    fills = re.findall(r'w:fill="([0-9A-F]{6})"', document.element.body.xml)
    assert "FFC7CE" in fills  # red light: a privacy error
    assert "C6EFCE" not in fills or "FFEB9C" in fills


def test_review_sheet_says_unchecked_when_no_check_ran():
    draft = read_pasted(NOTICE)
    report = Report(draft=draft, metrics={"chars": draft.chars}, findings=())
    document = docx.Document(
        io.BytesIO(
            build_review_sheet(report, ReviewSettings("", "", "", ("a", "b", "c"), ("一校",), 5))
        )
    )
    text = all_text(document)
    assert "总体结论：未检查" in text.replace("\n", "")
    assert "□原创　□转载" in text and "请人工填写" in text


def week_results(tmp_path):
    results = []
    for day in (20, 21, 24):
        draft = replace(read_pasted(NOTICE), published_at=date(2026, 11, day),
                        path=str(tmp_path / f"2026-11-{day}_稿件.txt"))  # fmt: skip
        results.append(DocumentResult(draft.path, report_for(draft, copied=0.1 * (day - 19))))
    results.append(
        DocumentResult(str(tmp_path / "坏.docx"), error="坏.docx：不是有效的 .docx 文件")
    )
    return results


def test_week_workbook_has_rows_findings_and_summary(tmp_path):
    results = week_results(tmp_path)
    summary = summarize_week([r.report for r in results if r.report])
    book = openpyxl.load_workbook(io.BytesIO(build_week_workbook(results, summary)))
    assert book.sheetnames == ["周汇总", "稿件", "问题明细"]
    drafts, found, overview = book["稿件"], book["问题明细"], book["周汇总"]
    assert drafts.max_row == 1 + len(results) and found.max_row == 1 + 3 * 3
    header = [c.value for c in drafts[1]]
    assert {"官话套话指数", "个人信息问题", "错误", "结论"} <= set(header)
    assert drafts.cell(5, header.index("结论") + 1).value == "读取失败"
    for sheet in (drafts, found, overview):
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
        assert len(sheet.conditional_formatting) > 0
    values = {row[0].value: row[1].value for row in overview.iter_rows(min_row=2) if row[0].value}
    assert values["稿件数"] == 3 and values["原创率"] == pytest.approx(2 / 3, abs=0.001)
    assert any(f"编辑助手 {__version__}" in str(c.value) for c in overview["A"])


def test_week_report_has_charts_and_figures(tmp_path):
    results = week_results(tmp_path)
    summary = summarize_week([r.report for r in results if r.report])
    document = docx.Document(io.BytesIO(build_week_report(results, summary, SETTINGS)))
    text = all_text(document)
    for expected in ("配图率", "原创率", "文风", "发稿节奏", "民生话题", "主要问题", "3 篇",
                     "无法读取", f"编辑助手 {__version__}"):  # fmt: skip
        assert expected in text, expected
    assert len(document.inline_shapes) == 5


def test_charts_draw_chinese_with_a_system_font():
    if charts.cjk_font_path() is None:
        pytest.skip("no CJK font on this machine")
    one, other = (bytes(charts.font(40).getmask(ch)) for ch in ("配", "图"))
    assert any(one) and one != other  # real glyphs, not one blank box for every character
    posts = {date(2026, 11, 20): 2, date(2026, 11, 23): 1}
    image = Image.open(io.BytesIO(charts.daily_posts(posts)))
    assert image.size == (charts.WIDTH, charts.HEIGHT)


def test_existing_files_are_kept_unless_forced(tmp_path):
    reports = [
        report_for(replace(read_pasted(NOTICE), path=str(tmp_path / f"{n}.txt"))) for n in "ab"
    ]
    (tmp_path / "out").mkdir()
    kept = tmp_path / "out" / "b_审核单.docx"
    kept.write_bytes(b"mine")
    with pytest.raises(WriteError, match="已存在"):
        export_review_sheets(reports, tmp_path / "out", SETTINGS)
    assert kept.read_bytes() == b"mine" and not (tmp_path / "out" / "a_审核单.docx").exists()
    written = export_review_sheets(reports, tmp_path / "out", SETTINGS, force=True)
    assert len(written) == 2 and kept.read_bytes().startswith(b"PK")


def test_a_failed_write_removes_what_the_export_created(tmp_path, monkeypatch):
    calls = []

    def failing(path, data, overwrite=False):
        calls.append(path)
        if len(calls) == 2:
            raise WriteError(f"{path}：写入失败（磁盘已满）")
        path.write_bytes(data)

    monkeypatch.setattr(files, "write_atomic", failing)
    with pytest.raises(WriteError, match="磁盘已满"):
        export_week(week_results(tmp_path), tmp_path, SETTINGS)
    assert not list(tmp_path.glob("周检查*"))


def test_missing_or_read_only_destination_gives_one_line(tmp_path):
    report = report_for(read_pasted(NOTICE))
    with pytest.raises(WriteError, match="输出文件夹不存在") as missing:
        annotated.export_annotated(report, tmp_path / "nowhere" / "a.docx")
    assert "\n" not in str(missing.value)
    if (
        sys.platform != "win32"
        and hasattr(__import__("os"), "geteuid")
        and __import__("os").geteuid() != 0
    ):
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o555)
        with pytest.raises(WriteError, match="只读"):
            export_review_sheets([report], locked, SETTINGS)


def run_cli(*argv) -> int:
    return main(list(argv))


def test_cli_exports_each_kind_and_refuses_to_overwrite(tmp_path, capsys):
    drafts = tmp_path / "week"
    drafts.mkdir()
    for day in (20, 22):
        (drafts / f"2026-11-{day}_供暖.txt").write_text(NOTICE, encoding="utf-8")
    (drafts / "坏.docx").write_bytes(b"not a zip")
    out = tmp_path / "out"
    out.mkdir()
    assert run_cli("export", "review-sheet", str(drafts), "--out", str(out)) == 1  # 坏.docx
    assert len(list(out.glob("*_审核单.docx"))) == 2
    assert (
        run_cli("export", "review-sheet", str(drafts / "2026-11-20_供暖.txt"), "--out", str(out))
        == 1
    )
    assert "已存在" in capsys.readouterr().err
    one = str(drafts / "2026-11-20_供暖.txt")
    assert run_cli("export", "review-sheet", one, "--out", str(out), "--force") == 0
    assert run_cli("export", "annotated", one, "--out", str(out / "批注.docx")) == 0
    assert run_cli("export", "annotated", one, "--out", str(out / "批注.txt")) == 1
    assert run_cli("export", "annotated", str(drafts), "--out", str(out / "全部.docx")) == 2
    missing_archive = str(tmp_path / "无此库.sqlite")
    assert (
        run_cli(
            "export", "annotated", one, "--out", str(out / "b.docx"), "--archive", missing_archive
        )
        == 2
    )
    assert run_cli("export", "week", str(drafts), "--out", str(out)) == 1
    assert {p.suffix for p in out.glob("周检查*")} == {".xlsx", ".docx"}
    assert run_cli("export", "week", str(drafts), "--out", str(tmp_path / "none")) == 1
    err = capsys.readouterr().err
    assert "输出文件夹不存在" in err and "Traceback" not in err


def test_exports_do_not_load_qt():
    code = (
        "import sys, editor_assistant.cli_export, editor_assistant.core.exports.week_report;"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
