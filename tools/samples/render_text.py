"""Plain-text and Markdown drafts."""

from __future__ import annotations

import codecs

from .drafts import Draft, image_name


def strip_inline_marks(text: str) -> str:
    """Plain text has no bold and breaks lines for real."""
    return text.replace("**", "").replace(" <br> ", "\n")


def render_txt(draft: Draft) -> str:
    parts = []
    for block in draft.blocks:
        if block.kind in ("img", "table"):
            raise ValueError(f"{draft.file}: txt drafts cannot hold {block.kind}")
        parts.append(strip_inline_marks(block.text))
    sep = "\n\n" if draft.meta.get("txt_blank_lines") == "yes" else "\n"
    text = sep.join(parts) + "\n"
    if draft.meta.get("newline") == "crlf":
        text = text.replace("\n", "\r\n")
    return text


def encode_txt(draft: Draft) -> bytes:
    encoding = draft.meta["encoding"]
    text = render_txt(draft)
    if encoding == "gb18030":
        text.encode("gbk")  # stay inside GBK so that both gbk and gb18030 decoders work
    if encoding == "utf-16":
        # Spell out the byte order: the plain "utf-16" codec would follow the build machine.
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(encoding)


def md_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join(" --- " for _ in rows[0]) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)


def render_md(draft: Draft) -> str:
    parts = []
    for block in draft.blocks:
        if block.kind == "title":
            parts.append("# " + block.text)
        elif block.kind == "h2":
            parts.append("## " + block.text)
        elif block.kind == "img":
            parts.append(f"![{block.text}](images/{image_name(block.spec)})")
        elif block.kind == "table":
            parts.append(md_table(block.rows))
        else:
            parts.append(block.text.replace(" <br> ", "\n"))
    return "\n\n".join(parts) + "\n"
