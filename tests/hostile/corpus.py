"""Build the hostile corpus in a folder: what arrives by mail and chat on a bad day.

Each entry names a file (Chinese and spaces on purpose) and what reading it must give: the
ReadError code, or ``None`` for a draft. Bombs are built from repeated deflate blocks, so a
gigabyte of "content" costs a megabyte of disk and well under a second to write.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx

from tests.helpers.make_files import picture_bytes

MB = 1024 * 1024
GOOD_TEXT = "清河县今年冬季供暖工作于11月15日正式启动，全县集中供暖面积达到五百万平方米。"


@dataclass(frozen=True)
class Hostile:
    name: str
    build: Callable[[Path], None]
    expect: str | None  # ReadError code, or None: the file must read as a draft


# -- zip and deflate plumbing ---------------------------------------------------------------


def _zeros_deflate(size: int, *, zlib_wrapper: bool = False) -> bytes:
    """A deflate stream of ``size`` zero bytes, from one full-flush block repeated."""
    chunk = 16 * MB
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(chunk)) + compressor.flush(zlib.Z_FULL_FLUSH)
    whole, rest = divmod(size, chunk)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = block * whole + tail.compress(bytes(rest)) + tail.flush()
    if not zlib_wrapper:
        return stream
    adler = ((size % 65521) << 16) | 1  # Adler-32 of zeros: a stays 1, b counts the bytes
    return b"\x78\xda" + stream + struct.pack(">I", adler)


def _zeros_crc(size: int) -> int:
    crc, chunk = 0, bytes(16 * MB)
    while size:
        step = min(size, len(chunk))
        crc = zlib.crc32(chunk[:step], crc)
        size -= step
    return crc


def _write_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> None:
    """Members are (name, deflated data, CRC-32, uncompressed size); sizes stay under 4 GB."""
    local, central = bytearray(), bytearray()
    for name, data, crc, size in members:
        encoded = name.encode()
        fields = (20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0)
        central += struct.pack("<IH", 0x02014B50, 20)
        central += struct.pack("<HHHHHIIIHH", *fields)
        central += struct.pack("<HHHII", 0, 0, 0, 0, len(local)) + encoded
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + encoded + data
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central),
                      len(local), 0)  # fmt: skip
    path.write_bytes(bytes(local + central + end))


def _deflated(name: str, payload: bytes) -> tuple[str, bytes, int, int]:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    data = compressor.compress(payload) + compressor.flush()
    return name, data, zlib.crc32(payload), len(payload)


def _docx_parts(text: str = GOOD_TEXT) -> dict[str, bytes]:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as package:
        return {name: package.read(name) for name in package.namelist()}


def _docx_with(path: Path, document_xml: bytes | None = None, extra=()) -> None:
    parts = _docx_parts()
    if document_xml is not None:
        parts["word/document.xml"] = document_xml
    _write_zip(path, [_deflated(name, data) for name, data in parts.items()] + list(extra))


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _document_xml(doctype: str, body: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}'
        f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    ).encode()


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


# -- builders -------------------------------------------------------------------------------


def huge_text(path: Path) -> None:
    line = (GOOD_TEXT * 40 + "\n").encode()
    with path.open("wb") as handle:
        for _ in range(100 * MB // len(line) + 1):
            handle.write(line)


def zip_bomb_docx(path: Path) -> None:
    size = 1100 * MB  # over a gigabyte once unpacked, about a megabyte on disk
    bomb = ("word/media/image1.png", _zeros_deflate(size), _zeros_crc(size), size)
    _docx_with(path, extra=[bomb])


def billion_laughs_docx(path: Path) -> None:
    entities = ['<!ENTITY lol0 "哈哈哈哈哈哈哈哈哈哈">']
    entities += [f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)]
    doctype = f"<!DOCTYPE w:document [{''.join(entities)}]>"
    _docx_with(path, _document_xml(doctype, _paragraph(GOOD_TEXT) + _paragraph("&lol9;")))


def external_entity_docx(path: Path) -> None:
    doctype = (
        '<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">'
        '<!ENTITY remote SYSTEM "http://127.0.0.1:9/leak">]>'
    )
    body = _paragraph(GOOD_TEXT) + _paragraph("&secret;") + _paragraph("&remote;")
    _docx_with(path, _document_xml(doctype, body))


def deeply_nested_docx(path: Path) -> None:
    depth = 100_000
    body = "<w:sdt><w:sdtContent>" * depth + _paragraph(GOOD_TEXT)
    body += "</w:sdtContent></w:sdt>" * depth
    _docx_with(path, _document_xml("", body))


def million_empty_paragraphs_docx(path: Path) -> None:
    _docx_with(path, _document_xml("", _paragraph(GOOD_TEXT) + "<w:p/>" * 1_000_000))


def oversized_xml_docx(path: Path) -> None:
    filler = "<w:p><w:r><w:t> </w:t></w:r></w:p>" * (20 * MB // 35)  # 20 MB of XML
    _docx_with(path, _document_xml("", _paragraph(GOOD_TEXT) + filler))


def truncated_docx(path: Path) -> None:
    whole = io.BytesIO()
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in _docx_parts().items():
            package.writestr(name, data)
    path.write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])


def zip_header_only_docx(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + bytes(26))


def text_named_docx(path: Path) -> None:
    path.write_text(GOOD_TEXT, encoding="utf-8")


def garbage_txt(path: Path) -> None:
    path.write_bytes(random.Random(11).randbytes(2 * MB))


def garbage_without_nul_txt(path: Path) -> None:
    path.write_bytes(random.Random(12).randbytes(2 * MB).replace(b"\x00", b"\x01"))


def stray_nul_txt(path: Path) -> None:
    path.write_bytes((GOOD_TEXT * 20).encode() + b"\x00" + (GOOD_TEXT * 20).encode())


def nul_heavy_txt(path: Path) -> None:
    path.write_bytes(b"\x00\x01\x00".join(GOOD_TEXT.encode() for _ in range(200)))


def nul_html(path: Path) -> None:
    page = f"<html><body><p>{GOOD_TEXT}\x00</p><p>\x00{GOOD_TEXT}</p></body></html>"
    path.write_text(page, encoding="utf-8")


def script_heavy_html(path: Path) -> None:
    script = (
        "<script>var s = '</div><p>脚本里的假正文</p>'; function f(){ document.write(s); }"
        "</script><style>p { display: block }</style><noscript>请开启脚本</noscript>"
    )
    body = (
        script * 20_000 + f"<p onclick=\"alert('x')\">{GOOD_TEXT}</p>"
        '<iframe src="http://127.0.0.1:9/"></iframe>'
    )
    path.write_text(f"<html><head>{script}</head><body>{body}</body></html>", encoding="utf-8")


def deeply_nested_html(path: Path) -> None:
    depth = 35_000  # 280,000 tags: just under the reader's limit
    page = "<div><span><li><td>" * depth + GOOD_TEXT + "</td></li></span></div>" * depth
    path.write_text(f"<html><body>{page}</body></html>", encoding="utf-8")


def too_many_tags_html(path: Path) -> None:
    path.write_text(f"<p>{GOOD_TEXT}</p>" + "<b>字</b>" * 200_000, encoding="utf-8")


def _repeated_picture_html(path: Path, times: int) -> None:
    pictures = path.parent / "图片 素材"
    pictures.mkdir(exist_ok=True)
    (pictures / "大图.jpg").write_bytes(picture_bytes(3000, 2000))
    body = f"<p>{GOOD_TEXT}</p>" + '<img src="图片 素材/大图.jpg">' * times
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")


def picture_300_times_html(path: Path) -> None:
    _repeated_picture_html(path, 300)


def picture_100k_times_html(path: Path) -> None:
    _repeated_picture_html(path, 100_000)


def _png(width: int, height: int) -> bytes:
    """An RGB PNG of black pixels, deflated from repeated blocks."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = _zeros_deflate(height * (1 + 3 * width), zlib_wrapper=True)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def picture_bombs_md(path: Path) -> None:
    folder = path.parent / "炸弹图片"
    folder.mkdir(exist_ok=True)
    (folder / "巨幅.png").write_bytes(_png(100_000, 100_000))  # 10 gigapixels in its header
    (folder / "临界.png").write_bytes(_png(7000, 7000))  # 49 megapixels that really decode
    (folder / "超限.png").write_bytes(_png(9000, 9000))  # 81 megapixels: refused by the check
    pictures = "\n\n".join(f"![](炸弹图片/{name})" for name in ("巨幅.png", "临界.png", "超限.png"))
    path.write_text(f"# 炸弹图片\n\n{GOOD_TEXT}\n\n{pictures}\n", encoding="utf-8")


def single_huge_line_txt(path: Path) -> None:
    path.write_text(GOOD_TEXT.replace("。", "，") * 80_000, encoding="utf-8")


def pathological_markdown(path: Path) -> None:
    # Openers that never close, for every inline pattern, on one long line under the limit.
    line = "a *b _c [d ![e <img f `g ~~h **i # " * 1_300
    path.write_text(f"# {line}#\n\n{line}\n\n{GOOD_TEXT}\n", encoding="utf-8")


def pathological_html(path: Path) -> None:
    page = "<p>" + GOOD_TEXT + "</p>" + "<a <b </ <!- <? &#x" * 4_000 + "<!--" + "x" * 20_000
    path.write_text(page, encoding="utf-8")


def wrong_charset_html(path: Path) -> None:
    page = f'<html><head><meta charset="utf-8"></head><body><p>{GOOD_TEXT}</p></body></html>'
    path.write_bytes(page.encode("gb18030"))


def normal_txt(path: Path) -> None:
    path.write_text(f"关于冬季供暖的通知\n\n{GOOD_TEXT}\n", encoding="utf-8")


def empty_txt(path: Path) -> None:
    path.write_bytes(b"\n\n  \n")


CORPUS: tuple[Hostile, ...] = (
    Hostile("超大 文本 100MB.txt", huge_text, "too_large"),
    Hostile("压缩炸弹 解压超过1GB.docx", zip_bomb_docx, "too_large"),
    Hostile("十亿笑声 实体.docx", billion_laughs_docx, "corrupt"),
    Hostile("外部 实体.docx", external_entity_docx, None),
    Hostile("深层 嵌套.docx", deeply_nested_docx, "corrupt"),
    Hostile("百万 空段落.docx", million_empty_paragraphs_docx, "too_complex"),
    Hostile("超大 XML.docx", oversized_xml_docx, "too_large"),
    Hostile("截断的 压缩包.docx", truncated_docx, "corrupt"),
    Hostile("只有 文件头.docx", zip_header_only_docx, "corrupt"),
    Hostile("其实是 文本.docx", text_named_docx, "corrupt"),
    Hostile("乱码 二进制.txt", garbage_txt, "not_text"),
    Hostile("乱码 无零字节.txt", garbage_without_nul_txt, "not_text"),
    Hostile("零字节 少量.txt", stray_nul_txt, None),
    Hostile("零字节 大量.txt", nul_heavy_txt, "not_text"),
    Hostile("零字节 网页.html", nul_html, None),
    Hostile("满页 脚本.html", script_heavy_html, None),
    Hostile("深层 嵌套.html", deeply_nested_html, None),
    Hostile("标记 过多.html", too_many_tags_html, "too_complex"),
    Hostile("同一图片 三百次.html", picture_300_times_html, None),
    Hostile("同一图片 十万次.html", picture_100k_times_html, "too_many_images"),
    Hostile("炸弹 图片.md", picture_bombs_md, None),
    Hostile("超长 单行.txt", single_huge_line_txt, "too_long"),
    Hostile("病态 标记.md", pathological_markdown, None),
    Hostile("病态 网页.html", pathological_html, None),
    Hostile("声明 错误编码.html", wrong_charset_html, None),
    Hostile("正常 稿件（终稿）.txt", normal_txt, None),
    Hostile("空白 稿件.txt", empty_txt, "empty"),
)


def build_corpus(folder: Path) -> dict[Path, str | None]:
    """Write every hostile file into ``folder``; return each path with its expected outcome."""
    folder.mkdir(parents=True, exist_ok=True)
    built = {}
    for entry in CORPUS:
        path = folder / entry.name
        entry.build(path)
        built[path] = entry.expect
    return built
