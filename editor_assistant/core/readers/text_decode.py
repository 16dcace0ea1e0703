"""Decode the bytes of a text draft: UTF-8 (with or without BOM), GB18030/GBK, UTF-16.

Chinese offices still save GBK text from old editors, so a wrong guess means mojibake in
every check; we try the strict decoders a Chinese file is most likely to use before
asking a statistical detector, and refuse binary data instead of decoding garbage.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# Control characters other than whitespace, replacement characters, NULs and private-use code
# points: a few are noise, many mean binary data. A regex counts them in C, even in 16 MB.
_ODD = re.compile("[\x00-\x08\x0e-\x1f\ufffd\ue000-\uf8ff]")


# Below this share of NUL bytes a file is text with stray NULs, not binary data.
_STRAY_NUL_SHARE = 0.01


class NotText(ValueError):
    """The bytes are not text in any encoding we accept."""


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    return len(_ODD.findall(text)) / len(text) < 0.01


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly CJK or ASCII has NULs in every other byte or none at all."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0) / (len(data) / 2)
    odd_nuls = data[1::2].count(0) / (len(data) / 2)
    for encoding, share in (("utf-16-le", odd_nuls), ("utf-16-be", even_nuls)):
        if share > 0.3:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise NotText for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise NotText(f"以 {encoding} 开头却无法解码（{exc.reason}）") from exc
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None and _looks_like_text(text):
            return text, "utf-16"
        if data.count(0) / len(data) >= _STRAY_NUL_SHARE:
            raise NotText("含有二进制数据，不是文本文件")
        data = data.replace(b"\x00", b"")  # a few stray NULs from a broken export: drop them
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, encoding
    best = from_bytes(data).best()
    if best is not None and _looks_like_text(str(best)):
        return str(best), best.encoding
    raise NotText("无法识别文字编码，可能不是文本文件")
