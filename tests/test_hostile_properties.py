"""Property-based: whatever bytes or markup arrive, readers raise nothing but ReadError and
every paragraph and picture offset lies within the draft text."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_assistant.core.model import Draft
from editor_assistant.core.readers import ReadError, read_pasted, read_path
from editor_assistant.core.readers.html_page import read_html
from editor_assistant.core.readers.markdown import read_markdown
from editor_assistant.core.readers.text_decode import NotText, decode_text

EXAMPLES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_ALPHABET = "<>/!-?&#;=\"' *_`~[]()>\n\r\t \x00\u3000\xa0abc中文图片。，"
_TOKENS = (
    "<p>", "</p>", "<div>", "</div>", "<h2>", "</h2>", "<li>", "<td>", "</td>", "<br>",
    "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "<img src=a.png>",
    '<img data-src="http://x/y.jpg" alt="图">', '<p style="display:none">', "&amp;", "&#x4e2d;",
    "&#99999999;", "![](a.png)", "![图](<b c.png>)", "[链接](http://x)", "**", "__", "~~",
    "# ", "## 标题 ##", "> ", "- ", "1. ", "---", "\r\n", "\ufeff", "data:image/png;base64,AAAA",
    '<meta charset="gbk">', "发布时间：2026-11-23", "清河县",
)  # fmt: skip
markup = st.lists(
    st.one_of(st.sampled_from(_TOKENS), st.text(_ALPHABET, max_size=6)), max_size=60
).map("".join)


def assert_offsets_valid(draft: Draft) -> None:
    size = len(draft.text)
    previous_end = -1
    for paragraph in draft.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= size
        assert paragraph.start > previous_end  # in order, never overlapping
        assert draft.text[paragraph.start : paragraph.end].strip()
        previous_end = paragraph.end
    for image in draft.images:
        assert 0 <= image.offset <= size


@EXAMPLES
@given(st.binary(max_size=400))
def test_decoder_returns_text_or_refuses(data):
    try:
        text, encoding = decode_text(data)
    except NotText as exc:
        assert str(exc)
        return
    assert isinstance(text, str) and encoding


@EXAMPLES
@given(st.one_of(st.binary(max_size=400), markup.map(lambda t: t.encode("utf-8"))))
def test_any_file_reads_as_a_draft_or_one_read_error(data):
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".txt", ".md", ".html"):
            path = Path(folder) / f"稿件 {suffix[1:]}{suffix}"
            path.write_bytes(data)
            try:
                draft = read_path(path)
            except ReadError as exc:
                assert "\n" not in str(exc) and path.name in str(exc)
                continue
            assert_offsets_valid(draft)


@EXAMPLES
@given(markup)
def test_markdown_and_html_readers_keep_offsets_valid(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "稿件.md"
        for reader in (read_markdown, read_html):
            try:
                draft = reader(text, path, "utf-8")
            except ReadError:
                continue
            assert_offsets_valid(draft)


@EXAMPLES
@given(st.text(max_size=300))
def test_pasted_text_keeps_offsets_valid(text):
    assert_offsets_valid(read_pasted(text))
