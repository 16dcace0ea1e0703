"""Word documents laid out as government offices expect: A4, 仿宋 body, 黑体 and 宋体 headings.

Word picks the font for Chinese characters from ``w:eastAsia`` on ``w:rFonts``, not from the
Latin font name, so every style and run here sets both. Margins follow GB/T 9704 (党政机关公文
格式): 37 mm top, 35 mm bottom, 28 mm left, 26 mm right.
"""

from __future__ import annotations

import io

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from editor_assistant import __version__

SONG, FANGSONG, HEI, KAI = "宋体", "仿宋", "黑体", "楷体"
# Traffic-light fills: pale enough that black text stays readable when printed.
GREEN, YELLOW, RED, GREY = "C6EFCE", "FFEB9C", "FFC7CE", "E7E6E6"
HEADER_FILL = "D9E2F3"
_LATIN = "Times New Roman"


def generated_by() -> str:
    return f"由编辑助手 {__version__} 生成"


def set_run_font(run, east_asian: str = FANGSONG, size: float | None = None, bold=None) -> None:
    """Set the font of a run for both Latin and Chinese text."""
    run.font.name = _LATIN
    fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def _style_font(style, east_asian: str, size: float, bold: bool = False) -> None:
    style.font.name = _LATIN
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.color.rgb = RGBColor(0, 0, 0)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)
    for theme_attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme_attr), None)  # a theme font would override the name


def apply_house_style(document, body_size: float = 12) -> None:
    """A4 with official margins; body in 仿宋, headings in 黑体 and the title in 宋体 bold."""
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    styles = document.styles
    _style_font(styles["Normal"], FANGSONG, body_size)
    styles["Normal"].paragraph_format.line_spacing = 1.25
    _style_font(styles["Title"], SONG, 20, bold=True)
    styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title_border = styles["Title"].element.pPr.find(qn("w:pBdr"))
    if title_border is not None:  # the default template underlines titles; official ones do not
        title_border.getparent().remove(title_border)
    for level, size in ((1, 16), (2, 14), (3, 12)):
        _style_font(styles[f"Heading {level}"], HEI, size)
        styles[f"Heading {level}"].paragraph_format.space_before = Pt(10)
        styles[f"Heading {level}"].paragraph_format.space_after = Pt(4)


def new_document(body_size: float = 12):
    document = docx.Document()
    apply_house_style(document, body_size)
    document.core_properties.author = "编辑助手"
    document.core_properties.comments = generated_by()
    return document


def add_footer(document, text: str) -> None:
    """Footer on every page: the given text, then the page number."""
    for section in document.sections:
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_run_font(paragraph.add_run(f"{text}　第 "), SONG, 9)
        _page_field(paragraph)
        set_run_font(paragraph.add_run(" 页"), SONG, 9)


def _page_field(paragraph) -> None:
    run = paragraph.add_run()
    set_run_font(run, SONG, 9)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1")):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if text.strip() == "PAGE" else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def add_text(paragraph, text: str, font: str = FANGSONG, size=None, bold=None):
    run = paragraph.add_run(text)
    set_run_font(run, font, size, bold)
    return run


def shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    for old in properties.findall(qn("w:shd")):
        properties.remove(old)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def write_cell(
    cell, text: str, *, font=FANGSONG, size=None, bold=None, fill=None, align=None
) -> None:
    """Replace a cell's text; ``align`` is "center" or None (left)."""
    paragraph = cell.paragraphs[0]
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    lines = text.split("\n")
    for number, line in enumerate(lines):
        run = add_text(paragraph, line, font, size, bold)
        if number < len(lines) - 1:
            run.add_break()
    paragraph.paragraph_format.line_spacing = 1.0  # tables stay compact; body text breathes
    if align == "center":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)


def keep_together(blocks: list) -> None:
    """Keep tables and paragraphs on one page, each held to what follows it.

    Word and LibreOffice move a block of keep-with-next paragraphs to the next page whole,
    so a signature table never starts at the foot of one page and ends on the next.
    """
    for block in blocks:
        paragraphs = (
            [p for row in block.rows for cell in row.cells for p in cell.paragraphs]
            if hasattr(block, "rows")
            else [block]
        )
        for paragraph in paragraphs:
            paragraph.paragraph_format.keep_with_next = True


def grid_table(document, rows: int, cols: int, widths_mm: list[float] | None = None):
    """A bordered table (Table Grid), centred, with optional column widths."""
    table = document.add_table(rows=rows, cols=cols)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in table.rows:  # a row split over two pages is hard to read and to sign
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    if widths_mm:
        table.autofit = False
        for column, width in zip(table.columns, widths_mm, strict=True):
            column.width = Mm(width)  # LibreOffice and WPS read the grid, Word the cells
        for row in table.rows:
            for cell, width in zip(row.cells, widths_mm, strict=True):
                cell.width = Mm(width)
    return table


def repeat_header(row) -> None:
    """Repeat this row at the top of each page when a long table breaks."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def document_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
