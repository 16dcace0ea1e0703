"""Build small draft files of every format for reader tests."""

from __future__ import annotations

import base64
import io
from datetime import datetime
from pathlib import Path

import docx
from docx.shared import Cm
from PIL import Image, ImageDraw


def picture_bytes(width: int, height: int, colour: str = "#3a7bd5", fmt: str = "JPEG") -> bytes:
    image = Image.new("RGB", (width, height), colour)
    ImageDraw.Draw(image).ellipse((width // 4, height // 4, width // 2, height // 2), fill="white")
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


def data_uri(width: int, height: int) -> str:
    return "data:image/png;base64," + base64.b64encode(
        picture_bytes(width, height, fmt="PNG")
    ).decode("ascii")


def anchor_picture(run) -> None:
    """Turn the run's inline picture into a floating (anchored) one, as Word saves it."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    inline = run._r.find(f".//{qn('wp:inline')}")
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp")} distT="0" distB="0" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        "</wp:anchor>"
    )
    for child in inline:
        if child.tag == qn("wp:docPr"):
            anchor.append(parse_xml(f"<wp:wrapSquare {nsdecls('wp')} wrapText='bothSides'/>"))
        anchor.append(child)
    inline.getparent().replace(inline, anchor)


def make_docx(path: Path, picture_dir: Path) -> Path:
    inline_png = picture_dir / "inline.png"
    inline_png.write_bytes(picture_bytes(800, 600, fmt="PNG"))
    floating = picture_dir / "floating.jpg"
    floating.write_bytes(picture_bytes(1080, 720, "#2e8b57"))
    document = docx.Document()
    document.add_heading("清河县冬季供暖今起开始", level=1)
    document.add_paragraph("今年供暖期为11月15日至次年3月15日。")
    document.add_paragraph().add_run().add_picture(str(inline_png), width=Cm(8))
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "办理地点"
    table.cell(0, 1).text = "县政务服务中心二楼"
    table.cell(1, 0).text = "咨询电话"
    table.cell(1, 1).text = "0531-8888 1234"
    paragraph = document.add_paragraph("如遇暖气不热，")
    run = paragraph.add_run()
    run.add_picture(str(floating), width=Cm(6))
    anchor_picture(run)
    paragraph.add_run("请拨打供热热线。")
    document.core_properties.created = datetime(2026, 11, 20, 9, 0)
    document.save(path)
    return path
