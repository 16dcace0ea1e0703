"""Markdown, Word and WeChat-editor HTML drafts give the text a reader sees and its pictures."""

from __future__ import annotations

import zipfile

import pytest

from editor_assistant.core.readers import ReadError, read_path
from tests.helpers.make_files import data_uri, make_docx, picture_bytes


def test_markdown_text_and_local_pictures(tmp_path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "scene.jpg").write_bytes(picture_bytes(1080, 720))
    path = tmp_path / "稿件.md"
    path.write_text(
        "# 清河马拉松周日开跑\n\n**交通管制**时间：早上7点到12点。\n\n"
        "![起点](images/scene.jpg)\n\n- 人民路\n- 清河大道\n\n更多见[官网](https://example.org)。\n",
        encoding="utf-8",
    )
    draft = read_path(path)
    assert draft.title == "清河马拉松周日开跑"
    assert "**" not in draft.text and "](" not in draft.text
    assert "更多见官网。" in draft.text
    [image] = draft.images
    assert (image.width, image.height, image.alt) == (1080, 720, "起点")
    assert draft.text[image.offset :].startswith("人民路")
    kinds = [p.kind for p in draft.paragraphs]
    assert kinds[0] == "heading" and "list" in kinds


def test_markdown_missing_picture_is_kept_with_an_error(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("标题\n\n![](nowhere.png)\n", encoding="utf-8")
    [image] = read_path(path).images
    assert image.data is None and image.error


def test_docx_paragraphs_tables_and_pictures_in_order(tmp_path):
    draft = read_path(make_docx(tmp_path / "供暖.docx", tmp_path))
    assert draft.title == "清河县冬季供暖今起开始"
    assert draft.paragraphs[0].kind == "heading"
    assert "县政务服务中心二楼" in draft.text
    assert any(p.kind == "table" for p in draft.paragraphs)
    assert [(i.width, i.height) for i in draft.images] == [(800, 600), (1080, 720)]
    inline, floating = draft.images
    assert draft.text[inline.offset :].startswith("办理地点")
    assert draft.text[floating.offset :].startswith("请拨打供热热线")
    assert (draft.published_at.isoformat(), draft.date_source) == ("2026-11-20", "docx_core")


def test_docx_paragraphs_remember_their_source_index(tmp_path):
    draft = read_path(make_docx(tmp_path / "a.docx", tmp_path))
    indices = [p.source_index for p in draft.paragraphs]
    assert indices == sorted(indices) and None not in indices


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"this is plain text renamed", "不是有效的 .docx"),
        (b"PK\x03\x04truncated", "不是有效的 .docx"),
    ],
)
def test_broken_docx_gives_one_clear_line(tmp_path, content, reason):
    path = tmp_path / "坏文件.docx"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=reason):
        read_path(path)


def test_zip_without_document_is_not_a_docx(tmp_path):
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ReadError, match=r"document\.xml"):
        read_path(path)


WECHAT_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>页面标题</title>
<style>p {{ color: red; }} .x::after {{ content: "样式文字"; }}</style>
<script>var nickname = "脚本文字"; document.write("脚本");</script></head>
<body><div id="js_content">
<h1 class="rich_media_title">冬季供暖&nbsp;服务指南</h1>
<section style="margin:0"><p><span style="font-size:15px">供暖时间：</span><span>11月15日起。</span></p>
<p><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg" class="rich_pages"></p>
<p>热线<br>0531-88881234</p>
<p><img src="{data}" alt="流程图"></p>
<div style="display:none">隐藏的文字</div>
<p><img src="pics/local.jpg"></p><p>欢迎留言。</p></section></div></body></html>"""


def test_wechat_html_visible_text_and_all_pictures(tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "local.jpg").write_bytes(picture_bytes(640, 480))
    path = tmp_path / "page.html"
    path.write_text(WECHAT_HTML.format(data=data_uri(300, 200)), encoding="utf-8")
    draft = read_path(path)
    assert draft.title == "冬季供暖 服务指南"
    for hidden in ("脚本", "样式文字", "隐藏的文字", "页面标题"):
        assert hidden not in draft.text
    assert "供暖时间：11月15日起。" in draft.text
    remote, embedded, local = draft.images
    assert remote.remote and remote.data is None and remote.error is None
    assert (embedded.width, embedded.height, embedded.alt) == (300, 200, "流程图")
    assert (local.width, local.height) == (640, 480)
    assert draft.text[local.offset :].startswith("欢迎留言")


def test_html_declared_gbk_charset(tmp_path):
    path = tmp_path / "gbk.htm"
    html = '<html><head><meta charset="gbk"></head><body><p>清河县人民政府</p></body></html>'
    path.write_bytes(html.encode("gbk"))
    draft = read_path(path)
    assert draft.text == "清河县人民政府" and draft.encoding == "gbk"


def test_a_picture_bomb_is_named_in_chinese_without_decoding(tmp_path):
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)  # 3.6 gigapixels
    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")
    (tmp_path / "bomb.png").write_bytes(bomb)
    path = tmp_path / "a.md"
    path.write_text("标题\n\n![](bomb.png)\n", encoding="utf-8")
    [image] = read_path(path).images
    assert image.error and "解压炸弹" in image.error


def test_embedded_videos_are_recorded_not_fetched(tmp_path):
    path = tmp_path / "video.html"
    path.write_text(
        "<h1>开工仪式</h1><p>现场视频如下：</p>"
        '<iframe class="video_iframe rich_pages" data-src="https://v.qq.com/iframe/preview.html?vid=x"></iframe>'
        "<p>项目总投资12亿元。</p><mp-common-videosnap data-src='snap'></mp-common-videosnap>"
        '<iframe src="https://map.example/embed"></iframe><p>结尾。</p>',
        encoding="utf-8",
    )
    draft = read_path(path)
    assert [m.kind for m in draft.media] == ["video", "video"]
    assert draft.text[draft.media[0].offset :].startswith("项目总投资")
    assert "视频如下" in draft.text and draft.images == ()


@pytest.mark.parametrize(
    "page",
    [
        "<select><option>甲<option>乙</select><p>正文在这里</p>",
        '<div style="display:none"><p>隐藏一<p>隐藏二</div><p>正文在这里</p>',
        "<html><head><title>页</title><body><p>正文在这里</p></body></html>",
    ],
)
def test_text_after_hidden_elements_with_unclosed_tags_is_kept(tmp_path, page):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    draft = read_path(path)
    assert draft.text == "正文在这里"


def test_encrypted_word_file_says_so(tmp_path):
    path = tmp_path / "加密.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(ReadError, match="加密"):
        read_path(path)


def test_python_docx_template_date_is_not_a_publish_date(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("图书馆延时开放")
    document.save(tmp_path / "图书馆.docx")
    draft = read_path(tmp_path / "图书馆.docx")
    assert draft.published_at is None and draft.date_source is None
