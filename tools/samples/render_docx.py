"""Word drafts, made with python-docx and normalised so that every build is byte-identical."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from .drafts import Draft, image_name

FIXED_ZIP_TIME = (2026, 11, 20, 9, 0, 0)


def docx_runs(paragraph, text: str) -> None:
    for i, piece in enumerate(text.split("**")):
        for j, line in enumerate(piece.split(" <br> ")):
            if j:
                paragraph.add_run().add_break()
            if line:
                run = paragraph.add_run(line)
                if i % 2 == 1:
                    run.bold = True


def make_anchor(run, width_emu: int, height_emu: int) -> None:
    """Turn the run's inline picture into a floating picture (wp:anchor, square wrapping)."""
    inline = run._r.find(".//" + qn("wp:inline"))
    anchor = parse_xml(
        f"<wp:anchor {nsdecls('wp', 'a', 'pic', 'r')}"
        ' distT="0" distB="0" distL="114300" distR="114300" simplePos="0"'
        ' relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width_emu}" cy="{height_emu}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        "</wp:anchor>"
    )
    for tag in ("wp:docPr", "wp:cNvGraphicFramePr", "a:graphic"):
        anchor.append(inline.find(qn(tag)))
    inline.getparent().replace(inline, anchor)


def set_east_asian_font(document, name: str) -> None:
    for style_name in ("Normal", "Heading 1", "Heading 2"):
        rpr = document.styles[style_name].element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)


def drop_thumbnail(document) -> None:
    """The python-docx template ships a thumbnail picture; real drafts have none."""
    rels = document.part.package.rels
    for rid in [rid for rid, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        rels.pop(rid)


def docx_picture(document, data: bytes, caption: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run().add_picture(io.BytesIO(data), width=Cm(14.5))
    if caption:
        cap = document.add_paragraph()
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = cap.add_run(caption)
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def docx_table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            if r == 0:
                run.bold = True


def docx_created(draft: Draft) -> datetime:
    value = draft.meta.get("docx_created") or draft.meta["published_at"] + "T08:30:00"
    return datetime.fromisoformat(value)


def set_core_properties(document, draft: Draft) -> None:
    props = document.core_properties
    props.title = draft.title
    props.author = draft.meta["docx_author"]
    props.last_modified_by = draft.meta["docx_author"]
    props.created = docx_created(draft)
    props.modified = docx_created(draft)
    props.revision = 3
    props.subject = ""
    props.keywords = ""
    props.comments = ""
    props.category = ""


def render_docx(draft: Draft, pictures: dict[str, bytes]) -> bytes:
    document = docx.Document()
    drop_thumbnail(document)
    set_east_asian_font(document, "宋体")
    pending_float: str | None = None
    for block in draft.blocks:
        if block.kind == "title":
            document.add_heading(block.text, level=1)
        elif block.kind == "h2":
            document.add_heading(block.text, level=2)
        elif block.kind == "table":
            docx_table(document, block.rows)
        elif block.kind == "img" and block.spec.startswith("float:"):
            pending_float = image_name(block.spec)
        elif block.kind == "img":
            docx_picture(document, pictures[image_name(block.spec)], block.text)
        else:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.first_line_indent = Pt(24)
            if pending_float:
                run = paragraph.add_run()
                shape = run.add_picture(io.BytesIO(pictures[pending_float]), width=Cm(6.5))
                make_anchor(run, shape.width, shape.height)
                pending_float = None
            docx_runs(paragraph, block.text)
    set_core_properties(document, draft)
    buf = io.BytesIO()
    document.save(buf)
    return normalize_zip(buf.getvalue())


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so that repeated builds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()
