"""Exported files open in an office suite: LibreOffice converts each kind to PDF.

One soffice call converts all four files (starting LibreOffice is the slow part); page 1 of
each PDF is rendered to PNG to prove it draws, and its text is read back with pdftotext.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PIL import Image

from editor_assistant import __version__
from editor_assistant.core.exports.annotated import build_annotated
from editor_assistant.core.exports.review_sheet import ReviewSettings, build_review_sheet
from editor_assistant.core.exports.week_report import build_week_report
from editor_assistant.core.exports.week_workbook import build_week_workbook
from editor_assistant.core.model import Severity
from editor_assistant.core.readers import read_path
from editor_assistant.core.week import summarize_week
from tests.test_export import SETTINGS, docx_with_runs_and_boxes, report_for, week_results

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not all(shutil.which(t) for t in ("soffice", "pdftoppm", "pdftotext", "pdfinfo")),
        reason="LibreOffice or poppler-utils not installed",
    ),
]

# name: (text expected on the pages, fewest pages, most pages)
EXPECTED = {
    "review_sheet.docx": (("政务新媒体信息发布审核单", "终审", "三校", "涉密审查"), 1, 3),
    "annotated.docx": (("清河县冬季供暖今起开始", "咨询电话13812345678"), 1, 1),
    "week_report.docx": (("政务新媒体周检查报告", "民生话题", "逐篇情况"), 2, 6),
    "week_book.xlsx": (("统计区间", "问题明细", "稿件数"), 3, 12),
}


def _pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))


def _ink(png) -> float:
    """Share of pixels that are not white: a blank page is close to zero."""
    with Image.open(png) as image:
        histogram = image.convert("L").histogram()
        return sum(histogram[:200]) / sum(histogram)


def test_every_kind_converts_to_pdf_and_renders(tmp_path):
    draft = read_path(docx_with_runs_and_boxes(tmp_path / "draft.docx", tmp_path))
    report = report_for(
        draft, passages=[("进一步加强领导", "officialese.cliche", Severity.WARNING, None)]
    )
    results = week_results(tmp_path)
    summary = summarize_week([r.report for r in results if r.report])
    files = {
        "review_sheet.docx": build_review_sheet(report, ReviewSettings.from_settings(SETTINGS)),
        "annotated.docx": build_annotated(report),
        "week_report.docx": build_week_report(results, summary, SETTINGS),
        "week_book.xlsx": build_week_workbook(results, summary),
    }
    out = tmp_path / "pdf"
    out.mkdir()
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    command = [
        "soffice",
        f"-env:UserInstallation=file://{tmp_path / 'profile'}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        *(str(tmp_path / name) for name in files),
    ]
    subprocess.run(command, capture_output=True, timeout=240, check=True)
    for name, (phrases, fewest, most) in EXPECTED.items():
        stem = out / name.split(".")[0]
        pdf = stem.with_suffix(".pdf")
        assert pdf.is_file(), f"{name} was not converted (xlsx needs LibreOffice Calc)"
        assert fewest <= _pages(pdf) <= most, name
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.replace(" ", "")
        for phrase in phrases:
            assert phrase in text, (name, phrase)
        if name == "review_sheet.docx":  # the form to sign fits on page 1
            first = subprocess.run(
                ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True
            ).stdout.replace(" ", "")
            assert "终审" in first and "三校" in first and "不得在两个审核环节" in first
        if name != "annotated.docx":  # the draft's own pages carry no footer of ours
            assert f"编辑助手{__version__}" in text, name
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "40",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(stem),
            ],
            check=True,
            timeout=60,
        )
        assert _ink(stem.with_suffix(".png")) > 0.01, name
