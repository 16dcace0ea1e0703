"""Word .docx drafts: paragraphs, headings, table cells, text boxes and pictures in order.

Each ``w:p`` becomes one Draft paragraph whose ``source_index`` is its position among the
document's paragraphs, so an export can anchor comments on the original paragraph.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from editor_assistant.core.model import Draft, DraftImage
from editor_assistant.core.readers.builder import DraftBuilder
from editor_assistant.core.readers.errors import ReadError
from editor_assistant.core.readers.image_probe import probe_image

# A real post's .docx unpacks to a few MB; a zip bomb unpacks to gigabytes.
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
_REL_EMBED = qn("r:embed")
_REL_LINK = qn("r:link")
_REL_ID = qn("r:id")
_P, _T, _TAB, _BR, _CR = qn("w:p"), qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_TXBX, _PSTYLE, _TC = qn("w:txbxContent"), qn("w:pStyle"), qn("w:tc")


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise ReadError(
            str(path), "corrupt", "不是有效的 .docx 文件（压缩包已损坏或被截断）"
        ) from exc
    if "word/document.xml" not in names:
        raise ReadError(str(path), "corrupt", "不是有效的 .docx 文件（缺少正文 word/document.xml）")
    if total > MAX_UNPACKED_BYTES:
        raise ReadError(str(path), "too_large", "解压后体积异常巨大，疑似压缩炸弹，已拒绝打开")


class _Walker:
    def __init__(self, document) -> None:
        self.part = document.part
        self.builder = DraftBuilder()
        self.styles = {s.style_id: (s.name or "") for s in document.styles}
        self.index = 0

    def walk(self, element) -> None:
        for child in element:
            if child.tag == _FALLBACK:
                continue  # the same content again, for old readers
            if child.tag == _P:
                self.paragraph(child)
            else:
                self.walk(child)

    def paragraph(self, p) -> None:
        index, self.index = self.index, self.index + 1
        pieces: list[str] = []
        pictures: list[tuple[int, DraftImage]] = []
        nested: list = []  # text boxes inside this paragraph, read after it
        self._collect(p, pieces, pictures, nested)
        self.builder.add_paragraph("".join(pieces), self._kind(p), index, pictures)
        for box in nested:
            self.walk(box)

    def _collect(self, element, pieces, pictures, nested) -> None:
        for child in element:
            tag = child.tag
            if tag == _FALLBACK:
                continue
            if tag == _TXBX:
                nested.append(child)
            elif tag == _T:
                pieces.append(child.text or "")
            elif tag == _TAB:
                pieces.append("\t")
            elif tag in (_BR, _CR):
                pieces.append(" ")
            elif tag in (_BLIP, _IMAGEDATA):
                image = self._image(child)
                if image is not None:
                    pictures.append((len("".join(pieces)), image))
            else:
                self._collect(child, pieces, pictures, nested)

    def _image(self, element) -> DraftImage | None:
        rid = element.get(_REL_EMBED) or element.get(_REL_ID)
        if rid and rid in self.part.related_parts:
            return probe_image(0, f"docx:{rid}", self.part.related_parts[rid].blob)
        link = element.get(_REL_LINK) or rid
        if link and link in self.part.rels and self.part.rels[link].is_external:
            return probe_image(0, self.part.rels[link].target_ref, None, remote=True)
        return None

    def _kind(self, p) -> str:
        if any(ancestor.tag == _TC for ancestor in p.iterancestors()):
            return "table"
        style = p.find(f"{qn('w:pPr')}/{_PSTYLE}")
        name = self.styles.get(style.get(qn("w:val")), "") if style is not None else ""
        lowered = name.lower()
        if lowered.startswith(("heading", "title")) or name.startswith("标题"):
            return "heading"
        return "list" if "list" in lowered else "body"


def read_docx(path: Path) -> Draft:
    _check_zip(path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise ReadError(str(path), "corrupt", f"无法解析 .docx 文件（{exc}）") from exc
    walker = _Walker(document)
    walker.walk(document.element.body)
    # The core title is often left over from a template, so the first heading names the draft.
    created = document.core_properties.created
    meta_date = (created.date(), "docx_core") if created else None
    return walker.builder.build(path=path, fmt="docx", meta_date=meta_date)
