"""The draft with a Word comment (author 编辑助手) on the exact passage of each finding.

A .docx draft is reopened and annotated in place, so its formatting and pictures stay as the
editor made them; runs are split at finding boundaries so a comment covers only its passage.
Text drafts (txt, md, html, pasted) become a new .docx with the same paragraphs and pictures.
Paragraphs are found again by ``Paragraph.source_index``: the same walk as the .docx reader.
"""

from __future__ import annotations

import copy
import io
from dataclasses import replace
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from PIL import Image

from editor_assistant.core.atomic import WriteError
from editor_assistant.core.exports import docx_style as style
from editor_assistant.core.exports import report_facts as facts
from editor_assistant.core.exports.files import check_destination, refuse_existing, write_all
from editor_assistant.core.model import Draft, Finding, Report, Severity
from editor_assistant.core.readers.builder import trim, trim_start

AUTHOR, INITIALS = "编辑助手", "助手"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_P, _R, _T, _RPR = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:rPr")
_TXBX = qn("w:txbxContent")
_ONE_CHAR = (qn("w:tab"), qn("w:br"), qn("w:cr"))  # the reader reads each as one character
_MAX_PICTURE_MM = 150


class ExportError(WriteError):
    """The export cannot be made; the message says why in one line of Chinese."""


def paragraph_elements(body) -> list:
    """Every ``w:p`` in the .docx reader's order: each paragraph, then its text boxes."""
    found: list = []

    def boxes(element, nested: list) -> None:
        for child in element:
            if child.tag == _FALLBACK:
                continue
            if child.tag == _TXBX:
                nested.append(child)
            else:
                boxes(child, nested)

    def walk(element) -> None:
        for child in element:
            if child.tag == _FALLBACK:
                continue
            if child.tag == _P:
                found.append(child)
                nested: list = []
                boxes(child, nested)
                for box in nested:
                    walk(box)
            else:
                walk(child)

    walk(body)
    return found


def _piece_length(child) -> int:
    if child.tag == _T:
        return len(child.text or "")
    return 1 if child.tag in _ONE_CHAR else 0


def _runs(paragraph) -> list[tuple[object, int, int]]:
    """(w:r, start, end) with offsets in the paragraph's unstripped text."""
    runs, position = [], 0

    def visit(element) -> None:
        nonlocal position
        for child in element:
            if child.tag in (_FALLBACK, _TXBX):
                continue
            if child.tag == _R:
                length = sum(_piece_length(piece) for piece in child)
                runs.append((child, position, position + length))
                position += length
            else:
                visit(child)

    visit(paragraph)
    return runs


def _raw_text(paragraph) -> str:
    """The paragraph's text as the reader sees it before stripping (tabs and breaks as spaces)."""
    return "".join(
        (piece.text or "") if piece.tag == _T else " "
        for run, _, _ in _runs(paragraph)
        for piece in run
        if _piece_length(piece)
    )


def _lead(paragraph) -> int:
    raw = _raw_text(paragraph)
    return len(raw) - len(trim_start(raw))


def _split_run(run, at: int) -> None:
    """Cut ``run`` after ``at`` characters; the rest moves to a new run with the same format."""
    rest = OxmlElement("w:r")
    rest.attrib.update(run.attrib)
    properties = run.find(_RPR)
    if properties is not None:
        rest.append(copy.deepcopy(properties))
    position = 0
    for child in [c for c in run if c.tag != _RPR]:
        length = _piece_length(child)
        if position >= at:
            rest.append(child)
        elif position + length > at:
            cut, text = at - position, child.text
            child.text = text[:cut]
            tail = OxmlElement("w:t")
            tail.text = text[cut:]
            for element in (child, tail):
                element.set(qn("xml:space"), "preserve")
            rest.append(tail)
        position += length
    run.addnext(rest)


def _cut_at(paragraph, offset: int) -> None:
    for run, start, end in _runs(paragraph):
        if start < offset < end:
            _split_run(run, offset - start)
            return


def _visible(span: tuple[int, int]) -> tuple[int, int]:
    """A comment needs at least one character: an empty span takes the one before it."""
    start, end = span
    if end > start:
        return span
    return (start - 1, start) if start > 0 else (start, start + 1)


class _Anchors:
    """Finds the runs that cover a span of the draft text, splitting runs where needed."""

    def __init__(self, draft: Draft, elements: list) -> None:
        self.draft = draft
        self.elements = elements
        self.leads = {id(e): _lead(e) for e in elements}

    def locate(self, offset: int, *, is_end: bool = False):
        """(w:p, offset in its unstripped text) for a draft offset; (None, 0) when unknown.

        An end offset belongs to the paragraph it closes, a start offset to the one it opens.
        """
        for paragraph in self.draft.paragraphs:
            inside = (
                paragraph.start < offset <= paragraph.end
                if is_end
                else paragraph.start <= offset < paragraph.end
            )
            if inside:
                index = paragraph.source_index
                if index is None or not 0 <= index < len(self.elements):
                    return None, 0
                element = self.elements[index]
                return element, offset - paragraph.start + self.leads[id(element)]
        return None, 0

    def prepare(self, span: tuple[int, int]) -> None:
        span = _visible(span)
        for offset, is_end in zip(span, (False, True), strict=True):
            element, position = self.locate(offset, is_end=is_end)
            if element is not None:
                _cut_at(element, position)

    def runs_for(self, span: tuple[int, int] | None) -> tuple[object, object] | None:
        if span is not None:
            span = _visible(span)
            first_element, start = self.locate(span[0])
            last_element, end = self.locate(span[1], is_end=True)
            if first_element is not None and last_element is not None:
                first = [r for r, a, b in _runs(first_element) if b > a and a >= start]
                last = [r for r, a, b in _runs(last_element) if b > a and b <= end]
                if first and last:
                    return first[0], last[-1]
        return self.whole_title()

    def whole_title(self) -> tuple[object, object] | None:
        for paragraph in self.draft.paragraphs:
            element, _ = self.locate(paragraph.start)
            runs = [r for r, a, b in _runs(element) if b > a] if element is not None else []
            if runs:
                return runs[0], runs[-1]
        return None


def _comment_lines(finding: Finding) -> list[str]:
    lines = [f"【{finding.severity.label}】{finding.message}"]
    advice = facts.suggestion_text(finding)
    if advice:
        lines.append(advice)
    lines.append(f"规则：{finding.rule}")
    return lines


def _add_comment(document, runs, lines: list[str]) -> None:
    comment = document.comments.add_comment(text=lines[0], author=AUTHOR, initials=INITIALS)
    for line in lines[1:]:
        comment.add_paragraph(line)
    first, last = runs
    first.insert_comment_range_start_above(comment.comment_id)
    last.insert_comment_range_end_and_reference_below(comment.comment_id)


def _summary_lines(report: Report) -> list[str]:
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in Severity}
    lines = [
        f"编辑助手 {style.__version__} 自动检查：错误 {counts[Severity.ERROR]} 处，"
        f"警告 {counts[Severity.WARNING]} 处，提示 {counts[Severity.INFO]} 处。"
    ]
    lines += [
        f"建议做成{facts.MULTIMEDIA_LABELS.get(m.kind, m.kind)}：{m.reason}"
        for m in report.multimedia
    ]
    lines += [error.message for error in report.errors]
    return lines


def _annotate(document, report: Report, elements: list) -> None:
    anchors = _Anchors(report.draft, elements)
    for finding in report.findings:
        if finding.span:
            anchors.prepare(finding.span)
    title = anchors.whole_title()
    if title is None:
        raise ExportError("稿件中没有可加批注的文字")
    _add_comment(document, title, _summary_lines(report))
    for finding in report.findings:
        _add_comment(document, anchors.runs_for(finding.span) or title, _comment_lines(finding))


def _open_original(draft: Draft):
    """The original .docx, refused if it changed since it was checked."""
    try:
        document = docx.Document(draft.path)
    except Exception as exc:
        raise ExportError(f"{draft.path}：无法打开原稿（{exc}）") from exc
    elements = paragraph_elements(document.element.body)
    for paragraph in draft.paragraphs:
        index = paragraph.source_index
        element = elements[index] if index is not None and index < len(elements) else None
        text = trim(_raw_text(element)) if element is not None else None
        if text != draft.paragraph_text(paragraph).replace("\t", " "):
            raise ExportError(f"{draft.path}：原稿在检查后已被修改，请重新检查后再导出")
    return document, elements


def _picture_bytes(data: bytes) -> bytes:
    """Formats Word cannot show (WebP and the like) are converted to PNG."""
    with Image.open(io.BytesIO(data)) as picture:
        if picture.format in ("PNG", "JPEG", "GIF", "BMP"):
            return data
        buffer = io.BytesIO()
        picture.convert("RGBA").save(buffer, "PNG")
        return buffer.getvalue()


def _add_picture(document, image) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if image.data is None or image.error:
        note = "远程图片，未下载" if image.remote else "图片无法读取"
        style.add_text(paragraph, f"〔{note}：{image.source}〕", style.KAI, 10.5)
        return
    width = Mm(min(_MAX_PICTURE_MM, (image.width or 600) * 25.4 / 96))
    try:
        paragraph.add_run().add_picture(io.BytesIO(_picture_bytes(image.data)), width=width)
    except Exception:  # a picture python-docx cannot place must not sink the export
        style.add_text(paragraph, f"〔图片无法嵌入：{image.source}〕", style.KAI, 10.5)


def _rebuilt(draft: Draft):
    """A new .docx holding the draft's paragraphs, one ``w:p`` each, and its pictures."""
    document = style.new_document(body_size=14)
    style.add_footer(document, style.generated_by())
    elements, pictures = [], list(draft.images)
    for number, paragraph in enumerate(draft.paragraphs):
        while pictures and pictures[0].offset <= paragraph.start:
            _add_picture(document, pictures.pop(0))
        if number == 0:  # the reader takes the first paragraph or heading as the title
            added = document.add_paragraph(style="Title")
        elif paragraph.kind == "heading":
            added = document.add_paragraph(style="Heading 2")
        else:
            added = document.add_paragraph()
            added.paragraph_format.first_line_indent = Pt(28)  # two characters, as in print
        added.add_run(draft.paragraph_text(paragraph))
        elements.append(added._p)
        while pictures and pictures[0].offset <= paragraph.end:
            _add_picture(document, pictures.pop(0))
    for image in pictures:
        _add_picture(document, image)
    indexed = tuple(replace(p, source_index=i) for i, p in enumerate(draft.paragraphs))
    return document, elements, indexed


def build_annotated(report: Report) -> bytes:
    draft = report.draft
    if draft.format == "docx" and draft.path and Path(draft.path).is_file():
        document, elements = _open_original(draft)
    else:
        document, elements, paragraphs = _rebuilt(draft)
        report = replace(report, draft=replace(draft, paragraphs=paragraphs))
    _annotate(document, report, elements)
    return style.document_bytes(document)


def export_annotated(report: Report, out: Path, *, force: bool = False) -> Path:
    out = Path(out)
    if out.suffix.lower() != ".docx":
        raise ExportError(f"{out}：批注版只能保存为 .docx 文件")
    check_destination(out.parent if str(out.parent) else Path("."))
    refuse_existing([out], force)
    if report.draft.path and Path(report.draft.path).resolve() == out.resolve():
        raise ExportError(f"{out}：不能覆盖原稿，请换一个文件名")
    write_all({out: build_annotated(report)}, force=force)
    return out
