"""HTML drafts, shaped like pages saved from the WeChat official-account editor."""

from __future__ import annotations

import base64
import hashlib
import html
import io
from datetime import date, datetime, timedelta, timezone

from PIL import Image

from .drafts import Block, Draft

THEMES = {
    "blue": {"accent": "rgb(30, 110, 200)", "heading": "h2"},
    "orange": {"accent": "rgb(232, 96, 28)", "heading": "section"},
    "green": {"accent": "rgb(36, 140, 90)", "heading": "section"},
}
FONT_STACK = (
    "mp-quote, -apple-system-font, BlinkMacSystemFont, &quot;Helvetica Neue&quot;, "
    "&quot;PingFang SC&quot;, &quot;Hiragino Sans GB&quot;, &quot;Microsoft YaHei UI&quot;, "
    "&quot;Microsoft YaHei&quot;, Arial, sans-serif"
)
HTML_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<title>{title}</title>
<style type="text/css">
  .rich_media_content {{ overflow: hidden; color: #333; font-size: 17px; text-align: justify; }}
  .rich_media_content p {{ clear: both; min-height: 1em; }}
  .rich_media_title {{ font-size: 22px; line-height: 1.4; margin-bottom: 14px; }}
  .wxw-img {{ max-width: 100%; vertical-align: bottom; }}
  /* 轻触阅读原文 */
</style>
<script type="text/javascript" nonce="{nonce}">
  var biz = "MzA5NjQ{nonce}==";
  var appmsgid = "22474{mid}";
  var ct = "{ct}";
  var __tips = ["轻触阅读原文", "当前网络不可用，请检查网络设置", "此内容因违规无法查看"];
  window.__second_open__ = false;
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
"""
HTML_TAIL = """</div>
</div>
<script type="text/javascript">
  (function () {{
    var imgs = document.querySelectorAll("img[data-src]");
    for (var i = 0; i < imgs.length; i++) {{ imgs[i].src = imgs[i].getAttribute("data-src"); }}
    console.log("{count} 张图片已懒加载，阅读 10万+");
  }})();
</script>
</body>
</html>
"""


def stable_token(*parts: str, length: int = 40) -> str:
    seed = "|".join(parts)
    digest = b"".join(hashlib.sha256(f"{i}|{seed}".encode()).digest() for i in range(2))
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alphabet[b % len(alphabet)] for b in digest[:length])


def inline_html(text: str) -> str:
    lines = []
    for line in text.split(" <br> "):
        pieces = html.escape(line, quote=False).split("**")
        lines.append("".join(f"<strong>{p}</strong>" if i % 2 else p for i, p in enumerate(pieces)))
    return "<br>".join(lines).replace("　", "&nbsp;&nbsp;")


def html_paragraph(text: str, index: int) -> str:
    span = f'<span style="font-size: 15px; color: rgb(62, 62, 62); font-family: {FONT_STACK};">'
    style = "margin: 0px 8px 16px; line-height: 1.75em; letter-spacing: 0.5px;"
    first, sep, rest = text.partition("。")
    if index % 2 == 0 and sep and rest and "**" not in text and " <br> " not in text:
        inner = f"{span}{inline_html(first + sep)}</span>{span}{inline_html(rest)}</span>"
    else:
        inner = f"{span}{inline_html(text)}</span>"
    return f'<p style="{style}">{inner}</p>'


def html_heading(text: str, theme: dict[str, str]) -> str:
    accent = theme["accent"]
    if theme["heading"] == "h2":
        return (
            f'<h2 style="margin: 24px 8px 12px; font-size: 18px; color: {accent}; '
            f'border-left: 4px solid {accent}; padding-left: 10px;">{inline_html(text)}</h2>'
        )
    return (
        f'<section style="margin: 24px 8px 12px; border-bottom: 1px solid {accent};">'
        f'<p style="line-height: 1.6em;"><span style="font-size: 17px; color: {accent};">'
        f"<strong>{inline_html(text)}</strong></span></p></section>"
    )


def html_image(block: Block, draft: Draft, index: int, pictures: dict[str, bytes]) -> str:
    kind, _, name = block.spec.partition(":") if ":" in block.spec else ("local", "", block.spec)
    common = 'class="rich_pages wxw-img" data-s="300,640" style="width: 100%; height: auto;"'
    if kind == "remote":
        token = stable_token(draft.file, name, str(index))
        url = f"https://mmbiz.qpic.cn/mmbiz_jpg/{token}/640?wx_fmt=jpeg&amp;from=appmsg"
        tag = f'<img {common} data-ratio="0.5625" data-w="1080" data-type="jpeg" data-src="{url}">'
    else:
        data = pictures[name]
        with Image.open(io.BytesIO(data)) as img:
            ratio, width = img.height / img.width, img.width
        src = f"images/{name}"
        if kind == "data":
            src = "data:image/jpeg;base64," + base64.b64encode(data).decode()
        tag = (
            f'<img {common} data-ratio="{ratio:.7f}" data-w="{width}" data-type="jpeg" src="{src}">'
        )
    out = f'<section style="text-align: center; margin: 0px 8px 8px;">{tag}</section>'
    if block.text:
        out += (
            '\n<p style="text-align: center; margin: 0px 8px 20px;">'
            f'<span style="font-size: 12px; color: rgb(136, 136, 136);">▲&nbsp;{inline_html(block.text)}</span></p>'
        )
    return out


def render_html(draft: Draft, pictures: dict[str, bytes]) -> str:
    theme = THEMES[draft.meta["html_theme"]]
    token = stable_token(draft.file, length=8)
    day = date.fromisoformat(draft.meta["published_at"])
    beijing = timezone(timedelta(hours=8))
    ct = str(int(datetime(day.year, day.month, day.day, 8, 0, tzinfo=beijing).timestamp()))
    head = HTML_HEAD.format(title=html.escape(draft.title), nonce=token, mid=token[:5], ct=ct)
    body = [
        f'<section style="margin: 0px; padding: 0px 4px; color: rgb(62, 62, 62);" data-theme="{theme["accent"]}">'
    ]
    images = 0
    for index, block in enumerate(draft.blocks[1:]):
        if block.kind == "h2":
            body.append(html_heading(block.text, theme))
        elif block.kind == "img":
            body.append(html_image(block, draft, index, pictures))
            images += 1
        elif block.kind == "table":
            raise ValueError(f"{draft.file}: html tables are not used in the samples")
        else:
            body.append(html_paragraph(block.text, index))
        if index in (0, 4):
            body.append(
                '<p style="margin: 0px 8px;"><span style="font-size: 15px;"><br></span></p>'
            )
    body.append("<p>&nbsp;</p>")
    body.append("</section>")
    return head + "\n".join(body) + "\n" + HTML_TAIL.format(count=images)
