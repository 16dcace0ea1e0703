"""Charts for the week report, drawn with Pillow into PNG bytes.

Pillow needs a font file that has Chinese glyphs; none is shipped, so the system's is used
(WenQuanYi on Linux, 微软雅黑/宋体 on Windows, PingFang on macOS). Without one the charts
still draw, and the report's tables carry the same figures in text.
"""

from __future__ import annotations

import io
import math
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1600, 760
BLUE, GREEN, GREY, RED, INK, GRID = "#2f5597", "#548235", "#bfbfbf", "#c00000", "#262626", "#d9d9d9"
_PREFERRED = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
_FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.fonts",
    "~/.local/share/fonts",
    "C:/Windows/Fonts",
    "/System/Library/Fonts",
    "/Library/Fonts",
)
_CJK_NAMES = ("wqy", "notosanscjk", "notoserifcjk", "sourcehan", "msyh", "simhei", "simsun",
              "pingfang", "hiragino", "droidsansfallback", "arplumi", "uming", "ukai")  # fmt: skip


@cache
def cjk_font_path() -> Path | None:
    if _PREFERRED.is_file():
        return _PREFERRED
    for folder in _FONT_DIRS:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            name = path.name.lower().replace("-", "").replace("_", "")
            if path.suffix.lower() in (".ttc", ".ttf", ".otf") and name.startswith(_CJK_NAMES):
                return path
    return None


@cache
def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = cjk_font_path()
    return ImageFont.truetype(str(path), size) if path else ImageFont.load_default(size)


def _canvas(title: str, height: int = HEIGHT) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((WIDTH // 2, 40), title, fill=INK, font=font(44), anchor="mt")
    return image, draw


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def column_chart(
    title: str, labels: list[str], values: list[float], colours: list[str] | None = None
) -> bytes:
    """Vertical bars with their values written on top; an empty chart says so."""
    image, draw = _canvas(title)
    left, right, top, bottom = 120, WIDTH - 60, 130, HEIGHT - 110
    if not values:
        draw.text((WIDTH // 2, HEIGHT // 2), "无数据", fill=GREY, font=font(40), anchor="mm")
        return _png(image)
    tick = max(1, math.ceil(max(values) / 4))  # whole numbers: these are counts of posts
    peak = tick * 4
    for step in range(5):
        y = bottom - (bottom - top) * step / 4
        draw.line((left, y, right, y), fill=GRID, width=2)
        draw.text((left - 16, y), str(tick * step), fill=INK, font=font(26), anchor="rm")
    slot = (right - left) / len(values)
    bar = min(slot * 0.6, 160)
    label_size = 28 if len(values) <= 10 else 22
    for number, (label, value) in enumerate(zip(labels, values, strict=True)):
        centre = left + slot * (number + 0.5)
        height = (bottom - top) * value / peak
        colour = colours[number] if colours else BLUE
        draw.rectangle((centre - bar / 2, bottom - height, centre + bar / 2, bottom), fill=colour)
        draw.text((centre, bottom - height - 8), f"{value:g}", fill=INK, font=font(28), anchor="mb")
        draw.text((centre, bottom + 14), label, fill=INK, font=font(label_size), anchor="mt")
    draw.line((left, bottom, right, bottom), fill=INK, width=3)
    return _png(image)


def bar_chart(title: str, labels: list[str], values: list[float], unit: str = "") -> bytes:
    """Horizontal bars, longest first, for counts by category."""
    row = 80
    image, draw = _canvas(title, 170 + row * max(len(values), 2))
    if not values:
        draw.text((WIDTH // 2, 190), "无问题", fill=GREEN, font=font(40), anchor="mm")
        return _png(image)
    left, right, top = 360, WIDTH - 160, 130
    peak = max(max(values), 1)
    for number, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = top + row * number
        length = (right - left) * value / peak
        draw.text((left - 20, y + row / 2), label, fill=INK, font=font(32), anchor="rm")
        draw.rectangle((left, y + row * 0.15, left + length, y + row * 0.85), fill=BLUE)
        text = f"{value:g}{unit}"
        draw.text((left + length + 12, y + row / 2), text, fill=INK, font=font(30), anchor="lm")
    return _png(image)


def rate_chart(title: str, rates: list[tuple[str, float | None, float]]) -> bytes:
    """Percentages as bars on a 0–100 % scale, each with its target marked in red."""
    image, draw = _canvas(title, 140 + 180 * len(rates))
    left, right, top = 360, WIDTH - 160, 130
    row = 180
    for number, (label, rate, target) in enumerate(rates):
        y = top + row * number
        draw.text((left - 20, y + 50), label, fill=INK, font=font(36), anchor="rm")
        draw.rectangle((left, y + 10, right, y + 90), fill="#f2f2f2", outline=GRID, width=2)
        if rate is None:
            draw.text((left + 20, y + 50), "未检查", fill=GREY, font=font(32), anchor="lm")
        else:
            colour = GREEN if rate >= target else RED
            draw.rectangle((left, y + 10, left + (right - left) * rate, y + 90), fill=colour)
            draw.text((right + 12, y + 50), f"{rate:.0%}", fill=INK, font=font(34), anchor="lm")
        x = left + (right - left) * target
        draw.line((x, y, x, y + 100), fill=RED, width=5)
        draw.text((x, y + 108), f"目标 {target:.0%}", fill=RED, font=font(26), anchor="mt")
    return _png(image)


def daily_posts(posts_per_day: dict[date, int]) -> bytes:
    """Posts on each day from the first to the last, empty days included so gaps show."""
    if not posts_per_day:
        return column_chart("每日发稿数", [], [])
    first, last = min(posts_per_day), max(posts_per_day)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    values = [posts_per_day.get(day, 0) for day in days]
    colours = [BLUE if value else RED for value in values]
    return column_chart(
        "每日发稿数（红色为未发稿日）", [f"{d:%m-%d}" for d in days], values, colours
    )


def topic_chips(covered: list[str], missed: list[str]) -> bytes:
    """Livelihood topics as labelled boxes: green when covered this week, grey when not."""
    image, draw = _canvas("民生话题覆盖情况")
    x, y, gap = 80, 130, 28
    for name, done in [(n, True) for n in covered] + [(n, False) for n in missed]:
        text = f"{'✓' if done else '×'} {name}"
        width = draw.textlength(text, font=font(36)) + 60
        if x + width > WIDTH - 80:
            x, y = 80, y + 110
        fill, ink = (GREEN, "white") if done else ("#ededed", "#7f7f7f")
        draw.rounded_rectangle((x, y, x + width, y + 80), radius=20, fill=fill)
        draw.text((x + 30, y + 40), text, fill=ink, font=font(36), anchor="lm")
        x += width + gap
    legend = f"已覆盖 {len(covered)} 个，未覆盖 {len(missed)} 个"
    draw.text((WIDTH // 2, y + 130), legend, fill=INK, font=font(32), anchor="mb")
    return _png(image.crop((0, 0, WIDTH, min(HEIGHT, y + 160))))
