"""Render page 1 of each export for the README: ``python docs/exports/render_pages.py``.

Checks the bundled sample week against the sample feed with the registered checks, exports
a review sheet, an annotated draft, the week report and the week workbook, converts them
with LibreOffice and writes one page per kind as PNG next to this file. Needs soffice and pdftoppm.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from editor_assistant.core.archive import sample_archive
from editor_assistant.core.batch import check_paths
from editor_assistant.core.context import CheckContext
from editor_assistant.core.exports.annotated import build_annotated
from editor_assistant.core.exports.review_sheet import ReviewSettings, build_review_sheet
from editor_assistant.core.exports.week_report import build_week_report
from editor_assistant.core.exports.week_workbook import build_week_workbook
from editor_assistant.core.resources import samples_week_dir
from editor_assistant.core.settings import Settings, defaults
from editor_assistant.core.week import summarize_week

HERE = Path(__file__).resolve().parent
# The sample account's unit, as a user would set it in [review].
# The workbook is shown by its findings sheet, coloured by severity; the rest by page 1.
SHOWN_SHEET = "问题明细"
REVIEW = {"unit": "清河县人民政府办公室", "platform": "微信公众号", "column": "清河发布"}


def copied(report) -> float:
    return report.details.get("originality", {}).get("copied_fraction") or 0.0


def _first_page_with(pdf: Path, text: str) -> int:
    """Pages are split by form feeds in pdftotext's output."""
    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return next((n for n, page in enumerate(pages.split("\f"), start=1) if text in page), 1)


def main() -> int:
    settings = Settings({**defaults().data, "review": REVIEW})
    results = check_paths([samples_week_dir()], CheckContext(settings, archive=sample_archive()))
    reports = [r.report for r in results if r.report is not None]
    words = [r for r in reports if r.draft.format == "docx"]
    # A reprinted draft shows a 转载 source on the form; the busiest Word draft, most comments.
    reprinted = max(words, key=lambda r: (copied(r), len(r.findings)))
    busiest = max(words, key=lambda r: len(r.findings))
    summary = summarize_week(reports)
    files = {
        "review_sheet.docx": build_review_sheet(reprinted, ReviewSettings.from_settings(settings)),
        "annotated.docx": build_annotated(busiest),
        "week_report.docx": build_week_report(results, summary, settings),
        "week_workbook.xlsx": build_week_workbook(results, summary),
    }
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for name, data in files.items():
            (work / name).write_bytes(data)
        # Comments reach the PDF only when asked for, and only through Writer's own filter.
        with_notes = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
        for target, names in (
            (with_notes, ["annotated.docx"]),
            ("pdf", [n for n in files if n != "annotated.docx"]),
        ):
            subprocess.run(
                ["soffice", f"-env:UserInstallation=file://{work / 'profile'}", "--headless",
                 "--convert-to", target, "--outdir", str(work), *(str(work / n) for n in names)],
                check=True, capture_output=True, timeout=300,
            )  # fmt: skip
        for name in files:
            stem = name.split(".")[0]
            page = (
                _first_page_with(work / f"{stem}.pdf", SHOWN_SHEET) if name.endswith(".xlsx") else 1
            )
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile",
                 str(work / f"{stem}.pdf"), str(HERE / stem)],
                check=True, timeout=60,
            )  # fmt: skip
            print(f"已写入 {HERE / stem}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
