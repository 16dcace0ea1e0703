"""Word .docx drafts: paragraphs, headings, table cells, text boxes and pictures in order.

Each ``w:p`` becomes one Draft paragraph whose ``source_index`` is its position among the
document's paragraphs, so an export can anchor comments on the original paragraph.
"""

from __future__ import annotations

import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from editor_assistant.core.model import Draft, DraftImage
from editor_assistant.core.readers.builder import DraftBuilder
from editor_assistant.core.readers.errors import ReadError
from editor_assistant.core.readers.image_probe import probe_image

# A real post's .docx unpacks to a few MB (pictures included); a zip bomb unpacks to gigabytes.
# The sizes come from the zip directory; Python's zipfile never inflates a member past its
# declared size, so a directory that lies yields a CRC error, not a bomb.
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
# Its XML is parsed into a tree about twenty times its size; a post's document.xml is under
# 1 MB, and 16 MB holds far more than the longest draft the readers accept.
MAX_XML_PART_BYTES = 16 * 1024 * 1024
# Walking a paragraph costs microseconds; millions of empty ones would take many seconds.
MAX_PARAGRAPHS = 100_000
# What python-docx and lxml raise on a package that is broken inside; entities are never
# expanded (python-docx parses with resolve_entities=False) and nesting is capped by libxml2.
_BROKEN_PACKAGE = (
    PackageNotFoundError,
    KeyError,
    ValueError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
)
_XML_PROBLEM = "无法解析 .docx 文件（内部 XML 有误，或含有实体展开、过深嵌套等不安全结构）"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
_REL_EMBED = qn("r:embed")
_REL_LINK = qn("r:link")
_REL_ID = qn("r:id")
_P, _T, _TAB, _BR, _CR = qn("w:p"), qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_TXBX, _PSTYLE, _TC = qn("w:txbxContent"), qn("w:pStyle"), qn("w:tc")
_STYLE_PATH = f"{qn('w:pPr')}/{_PSTYLE}"
_VAL = qn("w:val")


# Creation stamps left by templates, not by the person who wrote the draft: python-docx's
# default template says 2013-12-23, which would put a draft a decade before its week.
_TEMPLATE_STAMPS = {datetime(2013, 12, 23, 23, 15, tzinfo=UTC), datetime(2013, 12, 23, 23, 15)}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # encrypted Word files and old .doc files are OLE containers


def _check_zip(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            if handle.read(4) == _OLE_MAGIC:
                raise ReadError(
                    str(path), "encrypted", "文件已加密，或是旧版 .doc 格式：请另存为未加密的 .docx"
                )
    except OSError as exc:
        raise ReadError(str(path), "io", f"无法读取（{exc.strerror or exc}）") from exc
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise ReadError(
            str(path), "corrupt", "不是有效的 .docx 文件（压缩包已损坏或被截断）"
        ) from exc
    if "word/document.xml" not in {info.filename for info in members}:
        raise ReadError(str(path), "corrupt", "不是有效的 .docx 文件（缺少正文 word/document.xml）")
    huge_xml = any(
        info.file_size > MAX_XML_PART_BYTES and info.filename.endswith((".xml", ".rels"))
        for info in members
    )
    if huge_xml or sum(info.file_size for info in members) > MAX_UNPACKED_BYTES:
        raise ReadError(str(path), "too_large", "解压后体积异常巨大，疑似压缩炸弹，已拒绝打开")


class _Walker:
    def __init__(self, document, path: Path) -> None:
        self.path = path
        self.part = document.part
        self.builder = DraftBuilder()
        self.styles = {s.style_id: (s.name or "") for s in document.styles}
        self.index = 0
        self.probed: dict[str, DraftImage] = {}  # one picture placed many times is read once

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
        if index == MAX_PARAGRAPHS:
            reason = f"段落超过 {MAX_PARAGRAPHS // 10_000} 万个，不像一篇稿件"
            raise ReadError(str(self.path), "too_complex", reason)
        pieces: list[str] = []
        pictures: list[tuple[int, DraftImage]] = []
        nested: list = []  # text boxes inside this paragraph, read after it
        self.length = 0  # characters in ``pieces``
        self._collect(p, pieces, pictures, nested)
        text = "".join(pieces)
        kind = self._kind(p) if text.strip() else "body"  # an empty paragraph is dropped anyway
        self.builder.add_paragraph(text, kind, index, pictures)
        for box in nested:
            self.walk(box)

    def _collect(self, element, pieces, pictures, nested) -> None:
        for child in element:
            tag = child.tag
            if tag == _FALLBACK:
                continue
            if tag == _TXBX:
                nested.append(child)
            elif tag in (_T, _TAB, _BR, _CR):
                piece = (child.text or "") if tag == _T else "\t" if tag == _TAB else " "
                pieces.append(piece)
                self.length += len(piece)
            elif tag in (_BLIP, _IMAGEDATA):
                image = self._image(child)
                if image is not None:
                    pictures.append((self.length, image))
            else:
                self._collect(child, pieces, pictures, nested)

    def _image(self, element) -> DraftImage | None:
        rid = element.get(_REL_EMBED) or element.get(_REL_ID)
        if rid and rid in self.part.related_parts:
            if rid not in self.probed:
                blob = self.part.related_parts[rid].blob
                self.probed[rid] = probe_image(0, f"docx:{rid}", blob)
            return self.probed[rid]
        link = element.get(_REL_LINK) or rid
        if link and link in self.part.rels and self.part.rels[link].is_external:
            return probe_image(0, self.part.rels[link].target_ref, None, remote=True)
        return None

    def _kind(self, p) -> str:
        if any(ancestor.tag == _TC for ancestor in p.iterancestors()):
            return "table"
        style = p.find(_STYLE_PATH)
        name = self.styles.get(style.get(_VAL), "") if style is not None else ""
        lowered = name.lower()
        if lowered.startswith(("heading", "title")) or name.startswith("标题"):
            return "heading"
        return "list" if "list" in lowered else "body"


def read_docx(path: Path) -> Draft:
    _check_zip(path)
    try:
        document = docx.Document(str(path))
        walker = _Walker(document, path)
        walker.walk(document.element.body)
        # The core title is often left over from a template, so the first heading names it.
        created = document.core_properties.created
    except etree.LxmlError as exc:
        raise ReadError(str(path), "corrupt", _XML_PROBLEM) from exc
    except _BROKEN_PACKAGE as exc:
        raise ReadError(str(path), "corrupt", "无法解析 .docx 文件（文件内部结构已损坏）") from exc
    meta_date = (
        (created.date(), "docx_core") if created and created not in _TEMPLATE_STAMPS else None
    )
    return walker.builder.build(path=path, fmt="docx", meta_date=meta_date)
