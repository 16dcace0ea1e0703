"""Text drafts in the encodings Chinese offices actually save, never mojibake."""

from __future__ import annotations

import codecs

import pytest

from editor_assistant.core.readers import ReadError, read_pasted, read_path

TEXT = "关于开展冬季供暖服务的通知\n发布时间：2026年11月25日\n各位居民：供暖热线 0531-88881234，欢迎来电咨询。"


@pytest.mark.parametrize(
    ("encoding", "raw", "reported"),
    [
        ("utf-8", TEXT.encode("utf-8"), "utf-8"),
        ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        ("GBK", TEXT.encode("gbk"), "gb18030"),
        ("GB18030", (TEXT + "𠀀").encode("gb18030"), "gb18030"),
        ("UTF-16 LE BOM", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        ("UTF-16 BE BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ],
)
def test_text_encodings_decode_to_the_same_text(tmp_path, encoding, raw, reported):
    path = tmp_path / "通知.txt"
    path.write_bytes(raw)
    draft = read_path(path)
    assert draft.text.startswith(TEXT)
    assert draft.encoding == reported
    assert draft.title == "关于开展冬季供暖服务的通知"


def test_paragraphs_have_offsets_into_the_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("标题\n\n  　第一段。\n第二段。\n", encoding="utf-8")
    draft = read_path(path)
    assert [draft.paragraph_text(p) for p in draft.paragraphs] == ["标题", "第一段。", "第二段。"]
    assert draft.text == "标题\n第一段。\n第二段。"


def test_date_from_text_line_and_from_file_name(tmp_path):
    dated_line = tmp_path / "供暖.txt"
    dated_line.write_text(TEXT, encoding="utf-8")
    draft = read_path(dated_line)
    assert (draft.published_at.isoformat(), draft.date_source) == ("2026-11-25", "text")
    named = tmp_path / "2026-11-23-供暖.txt"
    named.write_text(TEXT, encoding="utf-8")
    draft = read_path(named)
    assert (draft.published_at.isoformat(), draft.date_source) == ("2026-11-23", "filename")


def test_no_date_is_reported_as_unknown(tmp_path):
    path = tmp_path / "无日期.txt"
    path.write_text("标题\n正文没有日期。", encoding="utf-8")
    draft = read_path(path)
    assert draft.published_at is None and draft.date_source is None


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("binary.txt", bytes(range(256)) * 20, "not_text"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", "  \n\u3000\n".encode(), "empty"),
        ("scan.pdf", b"%PDF-1.4", "unsupported_format"),
        ("old.doc", b"\xd0\xcf\x11\xe0", "unsupported_format"),
    ],
)
def test_bad_text_input_gives_one_clear_reason(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError) as caught:
        read_path(path)
    assert caught.value.code == code
    message = str(caught.value)
    assert name in message and "\n" not in message


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ReadError, match="文件不存在"):
        read_path(tmp_path / "不存在.txt")
    with pytest.raises(ReadError, match="文件夹"):
        read_path(tmp_path)


def test_pasted_text_is_a_draft_without_path():
    draft = read_pasted("标题\n正文")
    assert draft.path is None and draft.format == "paste" and draft.title == "标题"


def test_a_folder_check_skips_what_the_app_itself_wrote(tmp_path):
    from editor_assistant.core.readers import expand_paths

    for name in ("通知.txt", "通知.txt.fixed.txt", "通知_审核单.docx", "周检查报告2026-11-23.docx"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, _ = expand_paths([tmp_path])
    assert [p.name for p in files] == ["通知.txt"]
