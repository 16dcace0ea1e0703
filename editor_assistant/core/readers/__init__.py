"""Readers: every supported file, pasted text or stdin becomes the same immutable Draft."""

from __future__ import annotations

import re
from pathlib import Path

from editor_assistant.core.model import Draft
from editor_assistant.core.readers.docx_file import read_docx
from editor_assistant.core.readers.errors import ReadError
from editor_assistant.core.readers.html_page import read_html
from editor_assistant.core.readers.markdown import read_markdown
from editor_assistant.core.readers.plain_text import draft_from_text
from editor_assistant.core.readers.sources import MAX_IMAGES_PER_DRAFT
from editor_assistant.core.readers.text_decode import NotText, decode_text

__all__ = ["DRAFT_SUFFIXES", "ReadError", "expand_paths", "read_pasted", "read_path"]

DRAFT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".docx", ".html", ".htm")
# No post is this long; a bigger "text" file is a log, a dump or an attack. (Saved web pages
# carry markup and inline pictures, hence bytes far above the text limit below.)
MAX_TEXT_BYTES = 16 * 1024 * 1024
# WeChat caps an article at 20,000 characters; five times that still reads as one document,
# and keeps every check well within seconds.
MAX_DRAFT_CHARS = 100_000
_HTML_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_-]+)", re.I)
_UNSUPPORTED_HINTS = {
    ".doc": "旧版 Word .doc 格式暂不支持，请在 Word/WPS 中另存为 .docx",
    ".wps": "WPS 文字 .wps 格式暂不支持，请另存为 .docx",
    ".pdf": "PDF 暂不支持，请提供原稿（.docx/.txt/.md/.html）",
}


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise ReadError(str(path), "too_large", "文件过大（超过 16 MB），不像一篇稿件")
        return path.read_bytes()
    except PermissionError as exc:
        raise ReadError(str(path), "permission", "没有读取权限") from exc
    except OSError as exc:
        raise ReadError(str(path), "io", f"无法读取（{exc.strerror or exc}）") from exc


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if path.suffix.lower() in (".html", ".htm"):
        declared = _HTML_CHARSET.search(data[:4096])
        if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            try:
                return data.decode(declared.group(1).decode("ascii")), declared.group(1).decode()
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration is common; fall back to detection
    try:
        return decode_text(data)
    except NotText as exc:
        raise ReadError(str(path), "not_text", str(exc)) from exc


def read_path(path: str | Path) -> Draft:
    """Read one draft file; raise ReadError with a one-line Chinese reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise ReadError(str(path), "not_found", "文件不存在")
    if path.is_dir():
        raise ReadError(str(path), "is_directory", "这是一个文件夹，不是稿件文件")
    if not path.is_file():  # a pipe or a device would block or never end
        raise ReadError(str(path), "not_file", "不是普通文件（可能是管道或设备）")
    if suffix not in DRAFT_SUFFIXES:
        hint = _UNSUPPORTED_HINTS.get(suffix, f"不支持的文件类型“{suffix or '无扩展名'}”")
        raise ReadError(str(path), "unsupported_format", hint)
    if suffix == ".docx":
        draft = read_docx(path)
    else:
        text, encoding = _decode(path, _read_bytes(path))
        if suffix in (".md", ".markdown"):
            draft = read_markdown(text, path, encoding)
        elif suffix in (".html", ".htm"):
            draft = read_html(text, path, encoding)
        else:
            draft = draft_from_text(text, path=path, encoding=encoding)
    if not draft.text.strip():
        raise ReadError(str(path), "empty", "文件中没有正文文字")
    if len(draft.text) > MAX_DRAFT_CHARS:
        raise ReadError(
            str(path), "too_long", f"正文超过 {MAX_DRAFT_CHARS // 10_000} 万字，不像一篇稿件"
        )
    if len(draft.images) > MAX_IMAGES_PER_DRAFT:
        raise ReadError(
            str(path), "too_many_images", f"图片超过 {MAX_IMAGES_PER_DRAFT} 张，不像一篇稿件"
        )
    return draft


def read_pasted(text: str, fmt: str = "paste") -> Draft:
    """Pasted text or stdin; an empty paste is still a (blank) draft the editor can type into."""
    return draft_from_text(text, fmt=fmt)


# What this app writes next to drafts (--fix copies, review sheets, week reports): checking
# them again would count every post twice.
_OWN_OUTPUTS = re.compile(r"\.fixed\.txt$|_审核单(?:-\d+)?\.docx$|^周检查报告.*\.docx$")


def _is_draft_file(path: Path) -> bool:
    # "~$" files are Word's lock files and dot files are hidden: neither is a draft.
    name = path.name
    return (
        path.is_file()
        and path.suffix.lower() in DRAFT_SUFFIXES
        and not name.startswith(("~$", "."))
        and name.lower() not in ("readme.md", "readme.txt")
        and not _OWN_OUTPUTS.search(name)
    )


def expand_paths(paths: list[str | Path]) -> tuple[list[Path], list[ReadError]]:
    """Folders expand to the drafts they contain, sorted; files are kept as given.

    A folder with no drafts in it is an error of its own, so the user learns why nothing ran.
    """
    expanded: list[Path] = []
    errors: list[ReadError] = []
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            expanded.append(path)
            continue
        found = sorted(
            (p for p in path.rglob("*") if _is_draft_file(p)),
            key=lambda p: str(p.relative_to(path)),
        )
        if not found:
            suffixes = "/".join(DRAFT_SUFFIXES)
            errors.append(
                ReadError(str(path), "no_drafts", f"文件夹中没有可检查的稿件（{suffixes}）")
            )
        expanded.extend(found)
    return expanded, errors
