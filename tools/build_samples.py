"""Build the sample data under resources/samples/ from the sources in tools/sample_sources/.

Run from the repository root:

    python tools/build_samples.py

Outputs (all deterministic, rebuilt from scratch on every run):

* resources/samples/feed/past_feed.jsonl and past_feed.csv - the archive of past feed articles
* resources/samples/week/ - 13 drafts of one week (txt in four encodings, md, docx, html)
* resources/samples/week/images/ - the pictures (drawn with Pillow, fixed random seeds)
* resources/samples/week/README.md - the manifest of the week
* resources/samples/expectations.json - machine-readable facts per draft, used by the tests

Source formats:

* tools/sample_sources/feed/*.txt - blocks that start with "=== YYYY-MM-DD | account", then the
  title line, then one paragraph per line.
* tools/sample_sources/week/*.txt - a "key: value" header, a "---" line, then the body:
  "# title", "## subheading", "![caption](image)" (prefix "remote:", "data:" or "float:"),
  "| a | b |" table rows, "@feed <title> | <paragraph ranges>[ | headings]" to copy paragraphs
  verbatim from a feed article, and one paragraph per other line ("**bold**" and " <br> " inline).

Needs Pillow and python-docx. Chinese text on the pictures is drawn with the WenQuanYi Micro Hei font
(apt package fonts-wqy-microhei); without it the pictures are drawn without text, so their bytes differ.
The script ends with self-checks (image counts read back from the written files, ID/bank-card check
digits, copied passages present, encodings, lengths) and fails loudly if a fact would be wrong.
"""

from __future__ import annotations

import base64
import codecs
import csv
import hashlib
import html
import io
import json
import math
import random
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tools" / "sample_sources"
OUT = ROOT / "resources" / "samples"
WEEK = OUT / "week"
IMAGES = WEEK / "images"
FEED = OUT / "feed"
FONT_PATH = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

WEEK_START = date(2026, 11, 23)
WEEK_END = date(2026, 11, 29)
FEED_START = date(2026, 6, 1)
FEED_END = date(2026, 11, 20)
FIXED_ZIP_TIME = (2026, 11, 20, 9, 0, 0)
JPEG_QUALITY = 88

CJK_RE = re.compile(r"[\u4e00-\u9fff]")
DATE_PREFIX_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})-")
HEADING_RE = re.compile(r"^[一二三四五六七八九十]+、\S{2,16}$")
IMAGE_RE = re.compile(r"^!\[(?P<caption>[^\]]*)\]\((?P<spec>[^)]+)\)$")
FEED_RE = re.compile(r"^@feed (?P<title>.+?) \| (?P<ranges>[\d,\-]+)(?: \| (?P<opt>\w+))?$")
MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
LONG_DIGITS_RE = re.compile(r"(?<!\d)\d{15,19}[\dXx]?(?!\d)")


# ---------------------------------------------------------------------------
# Feed
# ---------------------------------------------------------------------------


@dataclass
class Article:
    title: str
    account: str
    published_at: str
    paragraphs: list[str]

    @property
    def content(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def url(self) -> str:
        key = f"{self.account}|{self.published_at}|{self.title}".encode()
        digest = base64.urlsafe_b64encode(hashlib.sha256(key).digest()).decode()
        return "https://mp.weixin.qq.com/s/" + digest[:22]

    def as_record(self) -> dict[str, str]:
        return {
            "title": self.title,
            "account": self.account,
            "published_at": self.published_at,
            "url": self.url,
            "content": self.content,
        }


def parse_feed_file(path: Path) -> list[Article]:
    articles: list[Article] = []
    current: list[str] | None = None
    header = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            if current is not None:
                articles.append(make_article(header, current))
            header, current = line[4:], []
        elif current is not None and line.strip():
            current.append(line.strip())
    if current is not None:
        articles.append(make_article(header, current))
    return articles


def make_article(header: str, lines: list[str]) -> Article:
    day, account = (part.strip() for part in header.split("|"))
    return Article(title=lines[0], account=account, published_at=day, paragraphs=lines[1:])


def load_feed() -> list[Article]:
    articles: list[Article] = []
    for path in sorted((SOURCES / "feed").glob("*.txt")):
        articles.extend(parse_feed_file(path))
    articles.sort(key=lambda a: (a.published_at, a.account, a.title))
    return articles


def write_feed(articles: list[Article]) -> None:
    FEED.mkdir(parents=True, exist_ok=True)
    with (FEED / "past_feed.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for article in articles:
            fh.write(json.dumps(article.as_record(), ensure_ascii=False) + "\n")
    with (FEED / "past_feed.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["title", "account", "published_at", "url", "content"])
        for article in articles:
            record = article.as_record()
            writer.writerow([record[key] for key in record])


# ---------------------------------------------------------------------------
# Pictures
# ---------------------------------------------------------------------------


@cache
def font(size: int) -> ImageFont.FreeTypeFont | None:
    if not FONT_PATH.exists():
        return None
    return ImageFont.truetype(str(FONT_PATH), size, index=0)


def draw_text(draw: ImageDraw.ImageDraw, xy, text: str, size: int, fill, anchor="la") -> None:
    """Draw Chinese text; silently skipped when the CJK font is not installed."""
    face = font(size)
    if face is not None:
        draw.text(xy, text, font=face, fill=fill, anchor=anchor)


def vgradient(size: tuple[int, int], top, bottom) -> Image.Image:
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def hgradient(size: tuple[int, int], left, right) -> Image.Image:
    mask = Image.linear_gradient("L").rotate(90).resize(size)
    return Image.composite(Image.new("RGB", size, right), Image.new("RGB", size, left), mask)


def jitter(rng: random.Random, color: tuple[int, int, int], amount: int = 12):
    return tuple(max(0, min(255, c + rng.randint(-amount, amount))) for c in color)


def add_grain(img: Image.Image, rng: random.Random, strength: int = 10, scale: int = 1):
    """Add film-like luminance noise; scale > 1 makes the grain coarser (and cheaper)."""
    w, h = img.size
    sw, sh = max(1, w // scale), max(1, h // scale)
    noise = Image.frombytes("L", (sw, sh), rng.randbytes(sw * sh))
    if scale > 1:
        noise = noise.resize((w, h), Image.Resampling.BILINEAR)
    noise = noise.point(lambda v: v * 2 * strength // 255).convert("RGB")
    return ImageChops.add(img, noise, 1.0, -strength)


def vignette(img: Image.Image, strength: float = 0.35) -> Image.Image:
    mask = Image.radial_gradient("L").resize(img.size).point(lambda v: int(v * strength))
    dark = ImageEnhance.Brightness(img).enhance(0.55)
    return Image.composite(dark, img, mask)


def photo_finish(img: Image.Image, rng: random.Random, grain: int = 8, soften: float = 0.7):
    img = img.filter(ImageFilter.GaussianBlur(soften)) if soften else img
    return vignette(add_grain(img, rng, grain))


def ridge(rng: random.Random, width: int, base: float, amp: float, step: int = 8):
    """Points of a natural-looking skyline made from a few random sine waves."""
    waves = [(rng.uniform(0.5, 3.0), rng.uniform(0, 6.3), rng.uniform(0.3, 1.0)) for _ in range(4)]
    points = []
    for x in range(0, width + step, step):
        t = x / width * math.pi * 2
        y = sum(a * math.sin(f * t + p) for f, p, a in waves) / len(waves)
        points.append((x, base - amp * y))
    return points


def draw_clouds(img: Image.Image, rng: random.Random, count: int) -> Image.Image:
    w, h = img.size
    layer = Image.new("RGBA", img.size, (255, 255, 255, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(count):
        cx, cy = rng.randint(0, w), rng.randint(int(h * 0.05), int(h * 0.3))
        for _ in range(6):
            rx, ry = rng.randint(w // 30, w // 12), rng.randint(h // 40, h // 18)
            dx, dy = rng.randint(-w // 15, w // 15), rng.randint(-h // 60, h // 60)
            draw.ellipse((cx + dx - rx, cy + dy - ry, cx + dx + rx, cy + dy + ry), (255,) * 4)
    layer = layer.filter(ImageFilter.GaussianBlur(max(4, w // 120)))
    alpha = layer.getchannel("A").point(lambda v: v * 7 // 10)
    layer.putalpha(alpha)
    return Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")


def draw_hills(draw: ImageDraw.ImageDraw, rng: random.Random, size, horizon: int) -> None:
    w, h = size
    for base, amp, color in (
        (horizon - h * 0.07, h * 0.08, (150, 170, 190)),
        (horizon - h * 0.02, h * 0.06, (110, 140, 120)),
    ):
        pts = ridge(rng, w, base, amp, step=max(4, w // 200))
        draw.polygon([*pts, (w, horizon + 2), (0, horizon + 2)], fill=color)


def draw_building(draw, rng, x: int, ground: int, bw: int, bh: int, palette) -> None:
    body = jitter(rng, rng.choice(palette), 10)
    draw.rectangle((x, ground - bh, x + bw, ground), fill=body)
    edge = tuple(max(0, c - 35) for c in body)
    draw.rectangle((x + bw - max(2, bw // 10), ground - bh, x + bw, ground), fill=edge)
    win = max(3, bw // 12)
    gap = max(2, win // 2)
    lit = (250, 236, 180) if rng.random() < 0.2 else (120, 150, 175)
    for wy in range(ground - bh + gap * 2, ground - win * 2, win + gap * 2):
        for wx in range(x + gap * 2, x + bw - win - gap * 2, win + gap):
            shade = lit if rng.random() < 0.6 else tuple(c - 25 for c in lit)
            draw.rectangle((wx, wy, wx + win, wy + int(win * 1.4)), fill=shade)


def draw_skyline(draw, rng, size, ground: int, density: float = 1.0) -> None:
    w, h = size
    palette = [(196, 196, 190), (214, 206, 192), (170, 180, 192), (228, 226, 220)]
    x = rng.randint(-40, 0)
    while x < w:
        bw = int(rng.randint(w // 22, w // 9) / density)
        bh = rng.randint(h // 10, h // 3)
        if rng.random() < 0.85:
            draw_building(draw, rng, x, ground, bw, bh, palette)
        x += bw + rng.randint(0, w // 60)


def draw_tree(draw, rng, x: int, ground: int, scale: int) -> None:
    trunk = max(2, scale // 8)
    draw.rectangle((x - trunk, ground - scale, x + trunk, ground), fill=(92, 70, 52))
    blobs = [
        (
            x + rng.randint(-scale // 3, scale // 3),
            ground - scale - rng.randint(0, scale // 2),
            rng.randint(scale // 3, scale // 2),
        )
        for _ in range(7)
    ]
    for cx, cy, r in blobs:
        draw.ellipse(
            (cx - r, cy - r + r // 5, cx + r, cy + r + r // 5), fill=jitter(rng, (40, 80, 40), 8)
        )
    for cx, cy, r in blobs:
        green = jitter(rng, (68, 122, 60), 16)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r * 4 // 5), fill=green)
        hi = r // 2
        draw.ellipse(
            (cx - hi, cy - r + 2, cx + hi // 2, cy - r // 3),
            fill=tuple(min(255, c + 28) for c in green),
        )


def draw_road(draw, size, horizon: int, vanish_x: int, color=(88, 90, 94)) -> None:
    w, h = size
    draw.polygon(
        [(vanish_x - 6, horizon), (vanish_x + 6, horizon), (w * 0.95, h), (w * 0.05, h)], fill=color
    )
    steps = 14
    for i in range(0, steps, 2):
        t0, t1 = (i / steps) ** 2, ((i + 1) / steps) ** 2
        y0, y1 = horizon + (h - horizon) * t0, horizon + (h - horizon) * t1
        half0, half1 = 1 + 6 * t0 * w / 1080, 1 + 6 * t1 * w / 1080
        draw.polygon(
            [
                (vanish_x - half0, y0),
                (vanish_x + half0, y0),
                (vanish_x + half1, y1),
                (vanish_x - half1, y1),
            ],
            fill=(236, 232, 220),
        )


def outdoor_scene(size, rng: random.Random, *, road=True, trees=12, clouds=5, backdrop=None):
    w, h = size
    horizon = int(h * 0.58)
    img = vgradient(size, (92, 148, 212), (206, 226, 240))
    img = draw_clouds(img, rng, clouds)
    draw = ImageDraw.Draw(img)
    draw_hills(draw, rng, size, horizon)
    draw_skyline(draw, rng, size, horizon + int(h * 0.02))
    ground = vgradient((w, h - horizon), (120, 150, 90), (84, 118, 64))
    img.paste(ground, (0, horizon + int(h * 0.02)))
    draw = ImageDraw.Draw(img)
    if backdrop is not None:
        backdrop(draw, horizon + int(h * 0.02))
    if road:
        draw_road(draw, size, horizon + int(h * 0.02), w // 2)
    spots = sorted((rng.randint(horizon + h // 20, h), rng.random()) for _ in range(trees))
    for y, u in spots:
        x = int(w * (u * 0.3 if u < 0.5 else 0.7 + (u - 0.5) * 0.6)) if road else int(w * u)
        draw_tree(draw, rng, x, y, int((y - horizon) * 0.45) + h // 30)
    return img


OUTFITS = {
    "formal": [(38, 40, 52), (52, 56, 72), (34, 36, 40), (88, 40, 42)],
    "casual": [
        (176, 40, 44),
        (40, 84, 150),
        (196, 160, 110),
        (60, 110, 80),
        (230, 226, 214),
        (70, 70, 76),
    ],
    "runner": [(240, 90, 30), (30, 150, 220), (250, 210, 40), (220, 40, 90), (60, 190, 110)],
    "silhouette": [(14, 18, 34), (20, 24, 40)],
}


def draw_person(draw, rng, x: int, foot: int, height: int, outfit: str = "formal", seated=False):
    head = max(2, height // 7)
    coat = jitter(rng, rng.choice(OUTFITS[outfit]), 8)
    body_top = foot - height + head * 2
    draw.rounded_rectangle(
        (x - head * 1.3, body_top, x + head * 1.3, foot), radius=head // 2, fill=coat
    )
    if outfit == "silhouette":
        draw.ellipse((x - head, body_top - head * 2, x + head, body_top), fill=coat)
        return
    if outfit == "formal":
        draw.rectangle(
            (x - head // 3, body_top, x + head // 3, body_top + head), fill=(236, 236, 236)
        )
    skin = jitter(rng, (226, 190, 160), 10)
    draw.ellipse((x - head, body_top - head * 2, x + head, body_top), fill=skin)
    hair = (30, 28, 28)
    if outfit == "casual" and rng.random() < 0.4:
        hair = jitter(rng, rng.choice(OUTFITS["casual"]), 10)
        draw.chord(
            (x - head, body_top - head * 2 - head // 3, x + head, body_top - head // 2),
            180,
            360,
            fill=hair,
        )
    else:
        draw.chord((x - head, body_top - head * 2, x + head, body_top - head), 180, 360, fill=hair)
    if outfit == "runner":
        draw.rectangle(
            (x - head // 2, body_top + head, x + head // 2, body_top + head * 2),
            fill=(255, 255, 255),
        )
    if seated:
        draw.rectangle((x - head * 1.5, foot - head, x + head * 1.5, foot), fill=coat)


def stage_backdrop(size, lines: list[str]) -> Image.Image:
    w, h = size
    img = vgradient(size, (150, 18, 22), (196, 30, 34))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, w, h // 14), fill=(120, 12, 16))
    for i, line in enumerate(lines):
        draw_text(
            draw,
            (w // 2, int(h * (0.16 + i * 0.11))),
            line,
            max(12, h // 13 - i * 4),
            (255, 220, 96),
            "mm",
        )
    return img


def ceremony_scene(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = stage_backdrop(size, ["清河县2026年第四季度", "重点项目集中签约仪式"])
    draw = ImageDraw.Draw(img)
    floor_y = int(h * 0.62)
    img.paste(vgradient((w, h - floor_y), (120, 78, 52), (70, 44, 30)), (0, floor_y))
    draw = ImageDraw.Draw(img)
    table_top = int(h * 0.66)
    for i in range(6):
        draw_person(
            draw, rng, int(w * (0.16 + i * 0.136)), table_top + 8, int(h * 0.26), seated=True
        )
    draw.rectangle((int(w * 0.06), table_top, int(w * 0.94), int(h * 0.86)), fill=(244, 244, 240))
    draw.rectangle(
        (int(w * 0.06), int(h * 0.84), int(w * 0.94), int(h * 0.86)), fill=(200, 200, 196)
    )
    for i in range(6):
        x = int(w * (0.16 + i * 0.136))
        draw.rectangle(
            (x - w // 40, table_top - h // 40, x + w // 40, table_top), fill=(250, 250, 250)
        )
    for x in (int(w * 0.03), int(w * 0.97)):
        draw.rectangle((x - 14, h - 90, x + 14, h), fill=(60, 60, 60))
        for _ in range(14):
            cx, cy = x + rng.randint(-40, 40), h - 100 + rng.randint(-40, 30)
            color = rng.choice([(236, 206, 40), (220, 40, 60), (250, 250, 250), (60, 140, 60)])
            draw.ellipse((cx - 12, cy - 12, cx + 12, cy + 12), fill=color)
    return photo_finish(img, rng, grain=9, soften=0.8)


def group_scene(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = stage_backdrop(size, ["清河县2026年第四季度", "重点项目集中签约仪式"])
    img.paste(vgradient((w, h // 4), (120, 78, 52), (70, 44, 30)), (0, h - h // 4))
    draw = ImageDraw.Draw(img)
    for row, (foot, tall, count) in enumerate(((0.72, 0.3, 12), (0.86, 0.32, 11), (1.0, 0.34, 10))):
        for i in range(count):
            x = int(w * (0.06 + (i + 0.5 * (row % 2)) * 0.88 / count))
            draw_person(draw, rng, x, int(h * foot), int(h * tall))
    img = photo_finish(img, rng, grain=6, soften=0.5)
    return img.filter(ImageFilter.GaussianBlur(6))


def rendering_scene(size, rng: random.Random) -> Image.Image:
    """A crisp architectural rendering: factory halls and rows of solar panels."""
    w, h = size
    horizon = int(h * 0.5)
    img = vgradient(size, (70, 140, 220), (200, 228, 248))
    img = draw_clouds(img, rng, 3)
    draw = ImageDraw.Draw(img)
    img.paste(vgradient((w, h - horizon), (150, 184, 110), (96, 140, 70)), (0, horizon))
    draw = ImageDraw.Draw(img)
    for i in range(4):
        x0 = int(w * (0.04 + i * 0.24))
        bh = int(h * (0.12 + 0.05 * (i % 2)))
        draw.rectangle((x0, horizon - bh, x0 + int(w * 0.2), horizon + 10), fill=(238, 240, 242))
        draw.rectangle(
            (x0, horizon - bh, x0 + int(w * 0.2), horizon - bh + 14), fill=(60, 110, 170)
        )
        for gx in range(x0 + 16, x0 + int(w * 0.2) - 20, 34):
            draw.rectangle((gx, horizon - bh + 40, gx + 22, horizon - 20), fill=(120, 170, 210))
    for row in range(9):
        y = horizon + 60 + row * (h - horizon - 80) // 9
        depth = 0.4 + row / 12
        for col in range(int(6 / depth)):
            x = int(w * 0.05 + col * w * 0.16 * depth)
            pw, ph = int(w * 0.13 * depth), int(28 * depth)
            draw.polygon(
                [(x, y + ph), (x + pw, y + ph), (x + pw + 16, y), (x + 16, y)], fill=(28, 52, 102)
            )
            for k in range(1, 6):
                gx = x + pw * k // 6
                draw.line((gx, y + ph, gx + 16, y), fill=(150, 180, 220), width=1)
    for _ in range(14):
        draw_tree(
            draw,
            rng,
            rng.randint(0, w),
            rng.randint(horizon + 20, horizon + 60),
            rng.randint(40, 70),
        )
    return img.filter(ImageFilter.UnsharpMask(radius=2, percent=120, threshold=2))


def service_hall_scene(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = vgradient(size, (232, 236, 240), (206, 212, 218))
    draw = ImageDraw.Draw(img)
    for x in range(60, w, 180):
        draw.rectangle((x, 18, x + 110, 30), fill=(255, 255, 250))
    draw.rectangle((0, 60, w, 130), fill=(20, 70, 140))
    draw_text(draw, (w // 2, 95), "清河县公安局户政服务大厅", 40, (255, 255, 255), "mm")
    draw.rectangle((int(w * 0.25), 150, int(w * 0.75), 186), fill=(16, 16, 16))
    draw_text(draw, (w // 2, 168), "请按叫号顺序到对应窗口办理", 22, (255, 60, 40), "mm")
    counter_top = int(h * 0.5)
    for i in range(6):
        x0 = int(w * (0.03 + i * 0.162))
        draw.rectangle((x0, 210, x0 + int(w * 0.15), counter_top), fill=(244, 246, 248))
        draw.rectangle((x0, 210, x0 + int(w * 0.15), 246), fill=(30, 90, 170))
        draw_text(draw, (x0 + int(w * 0.075), 228), f"{i + 1}号窗口", 20, (255, 255, 255), "mm")
        draw_person(draw, rng, x0 + int(w * 0.075), counter_top, int(h * 0.15))
    draw.rectangle((0, counter_top, w, counter_top + 70), fill=(170, 130, 90))
    floor = vgradient((w, h - counter_top - 70), (198, 200, 204), (150, 154, 160))
    img.paste(floor, (0, counter_top + 70))
    draw = ImageDraw.Draw(img)
    for k in range(-8, 9):
        draw.line(
            (w // 2 + k * 40, counter_top + 70, w // 2 + k * 220, h), fill=(176, 178, 184), width=2
        )
    for row in range(2):
        y = int(h * (0.8 + row * 0.1))
        for i in range(10):
            x = int(w * (0.1 + i * 0.085))
            draw.rounded_rectangle((x, y, x + 60, y + 36), radius=6, fill=(40, 110, 190))
    for x in (int(w * 0.22), int(w * 0.5), int(w * 0.77)):
        draw_person(draw, rng, x, int(h * 0.83), int(h * 0.3), "casual")
    return photo_finish(img, rng, grain=7, soften=0.6)


def fake_qr(rng: random.Random, modules: int = 29, cell: int = 10) -> Image.Image:
    img = Image.new("RGB", (modules * cell, modules * cell), "white")
    draw = ImageDraw.Draw(img)
    for y in range(modules):
        for x in range(modules):
            if rng.random() < 0.5:
                draw.rectangle(
                    (x * cell, y * cell, (x + 1) * cell - 1, (y + 1) * cell - 1), fill="black"
                )
    for ox, oy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
        box = (ox * cell, oy * cell, (ox + 7) * cell - 1, (oy + 7) * cell - 1)
        draw.rectangle(box, fill="white")
        draw.rectangle(box, outline="black", width=cell)
        draw.rectangle(
            (box[0] + 2 * cell, box[1] + 2 * cell, box[2] - 2 * cell, box[3] - 2 * cell),
            fill="black",
        )
    return img


def qr_poster(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = vgradient(size, (24, 92, 180), (70, 150, 230))
    draw = ImageDraw.Draw(img)
    draw_text(draw, (w // 2, 90), "扫码预约户籍业务", 54, (255, 255, 255), "mm")
    draw_text(draw, (w // 2, 160), "身份证办理 · 临时身份证 · 户口迁移", 28, (220, 236, 255), "mm")
    draw.rounded_rectangle((80, 220, w - 80, h - 170), radius=28, fill=(255, 255, 255))
    qr = fake_qr(rng).resize((420, 420), Image.Resampling.NEAREST)
    img.paste(qr, ((w - 420) // 2, 280))
    draw_text(draw, (w // 2, 750), "微信扫一扫  进入“平原公安政务服务”", 26, (60, 60, 60), "mm")
    draw_text(draw, (w // 2, 792), "选择“户政业务—身份证办理”", 26, (60, 60, 60), "mm")
    draw_text(draw, (w // 2, h - 110), "咨询电话：0531-87228901", 30, (255, 255, 255), "mm")
    draw_text(draw, (w // 2, h - 60), "清河县公安局", 26, (220, 236, 255), "mm")
    return add_grain(img, rng, 3)


def infographic(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = vgradient(size, (255, 246, 232), (255, 236, 214))
    draw = ImageDraw.Draw(img)
    img.paste(vgradient((w, 300), (214, 52, 38), (236, 104, 52)), (0, 0))
    draw = ImageDraw.Draw(img)
    draw_text(draw, (w // 2, 110), "一图读懂", 64, (255, 238, 170), "mm")
    draw_text(draw, (w // 2, 200), "平原市住房公积金新政", 60, (255, 255, 255), "mm")
    draw_text(draw, (w // 2, 265), "2026年12月1日起施行", 30, (255, 230, 210), "mm")
    items = [
        ("提高贷款最高额度", "家庭首套 60万元 → 80万元", "单身首套 40万元 → 50万元"),
        ("支持多子女家庭", "额度上浮20%，最高可贷96万元", "可贷倍数 15倍 → 20倍"),
        ("支持绿色建筑", "二星级以上绿色、装配式住房", "额度上浮10%，最高100万元"),
        ("扩大提取范围", "可提取支付首付款、加装电梯", "租房提取 每年15000元"),
        ("优化还款方式", "推行“商转公”贷款", "可按月委托提取还贷"),
    ]
    for i, (head, line1, line2) in enumerate(items):
        top = 340 + i * 290
        draw.rounded_rectangle((60, top, w - 60, top + 250), radius=24, fill=(255, 255, 255))
        draw.ellipse((90, top + 30, 170, top + 110), fill=(214, 52, 38))
        draw_text(draw, (130, top + 70), str(i + 1), 44, (255, 255, 255), "mm")
        draw_text(draw, (200, top + 70), head, 44, (180, 40, 30), "lm")
        draw_text(draw, (110, top + 155), line1, 34, (60, 60, 60), "lm")
        draw_text(draw, (110, top + 205), line2, 34, (60, 60, 60), "lm")
    draw_text(draw, (w // 2, h - 70), "服务热线：12329", 34, (180, 40, 30), "mm")
    return add_grain(img, rng, 3)


def banner(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = hgradient(size, (200, 20, 30), (248, 128, 36))
    draw = ImageDraw.Draw(img)
    for k in range(8):
        x = int(w * 0.72) + k * 46
        draw.polygon([(x, 0), (x + 22, 0), (x - 40, h), (x - 62, h)], fill=(255, 160, 80))
    draw_text(draw, (40, h // 2), "2026清河半程马拉松", 46, (255, 255, 255), "lm")
    draw_text(draw, (500, h // 2), "11月29日 7:30 鸣枪开跑", 34, (255, 238, 170), "lm")
    return add_grain(img, rng, 3)


def route_map(size, rng: random.Random) -> Image.Image:
    w = size[0]
    img = Image.new("RGB", size, (242, 239, 230))
    draw = ImageDraw.Draw(img)
    draw.line(
        [(0, 500), (260, 470), (520, 520), (780, 490), (w, 530)], fill=(150, 196, 230), width=46
    )
    draw.ellipse((800, 560, 1010, 700), fill=(150, 196, 230))
    draw.rectangle((760, 540, 1050, 730), outline=(120, 170, 110), width=4)
    roads = {
        "府前街": [(60, 220), (460, 220)],
        "人民路": [(420, 120), (420, 640)],
        "建设路": [(420, 360), (720, 360)],
        "迎宾大道": [(720, 120), (720, 640)],
        "学府路": [(720, 250), (1040, 250)],
        "文化路": [(200, 100), (200, 740)],
        "北环路": [(40, 80), (1040, 80)],
    }
    for points in roads.values():
        draw.line(points, fill=(190, 186, 176), width=22)
        draw.line(points, fill=(255, 255, 255), width=16)
    draw.line([(60, 580), (760, 580)], fill=(255, 255, 255), width=16)
    route = [
        (130, 220),
        (420, 220),
        (420, 580),
        (760, 580),
        (800, 630),
        (905, 700),
        (1010, 630),
        (905, 560),
    ]
    route += [(720, 520), (720, 360), (420, 360), (420, 220), (130, 220)]
    draw.line(route, fill=(218, 36, 36), width=8, joint="curve")
    draw.ellipse((100, 190, 160, 250), fill=(218, 36, 36))
    draw_text(draw, (130, 220), "起终", 20, (255, 255, 255), "mm")
    labels = [
        ("府前街", (290, 196)),
        ("人民路", (450, 300)),
        ("建设路", (570, 338)),
        ("迎宾大道", (760, 200)),
        ("学府路", (900, 228)),
        ("文化路", (160, 420)),
        ("北环路", (560, 60)),
        ("滨河大道", (600, 604)),
        ("清河大桥", (470, 470)),
        ("湿地公园", (905, 740)),
        ("文化广场", (130, 270)),
        ("清河", (300, 470)),
    ]
    for text, xy in labels:
        draw_text(draw, xy, text, 22, (70, 70, 70), "mm")
    draw.rectangle((820, 90, 1060, 200), fill=(255, 255, 255), outline=(160, 160, 160))
    draw.line((840, 120, 900, 120), fill=(218, 36, 36), width=8)
    draw_text(draw, (912, 120), "比赛路线", 20, (60, 60, 60), "lm")
    draw.line((840, 165, 900, 165), fill=(255, 255, 255), width=14)
    draw.line((840, 165, 900, 165), fill=(190, 186, 176), width=2)
    draw_text(draw, (912, 165), "绕行道路", 20, (60, 60, 60), "lm")
    draw.polygon([(1030, 300), (1015, 345), (1045, 345)], fill=(60, 60, 60))
    draw_text(draw, (1030, 365), "北", 20, (60, 60, 60), "mm")
    return img


def runners_scene(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = outdoor_scene(size, rng, trees=8, clouds=3)
    draw = ImageDraw.Draw(img)
    for i in range(22):
        depth = 0.4 + (i % 7) / 7
        x = int(w * rng.uniform(0.25, 0.75))
        foot = int(h * (0.62 + depth * 0.3))
        draw_person(draw, rng, x, foot, int(h * 0.22 * depth), "runner")
    draw.rectangle((0, int(h * 0.55), w, int(h * 0.6)), fill=(220, 40, 40))
    draw_text(draw, (w // 2, int(h * 0.575)), "清河半程马拉松", h // 24, (255, 255, 255), "mm")
    return photo_finish(img, rng, grain=8)


def industrial_scene(size, rng: random.Random) -> Image.Image:
    w, h = size

    def factories(draw, ground: int) -> None:
        for i in range(5):
            x0 = int(w * (0.02 + i * 0.2))
            bw, bh = int(w * 0.17), int(h * 0.1)
            draw.rectangle((x0, ground - bh, x0 + bw, ground), fill=(226, 230, 234))
            for k in range(8):
                sx = x0 + k * bw // 8
                teeth = [
                    (sx, ground - bh),
                    (sx + bw // 8, ground - bh - h // 40),
                    (sx + bw // 8, ground - bh),
                ]
                draw.polygon(teeth, fill=(90, 130, 180))
            draw.rectangle(
                (x0, ground - bh // 3, x0 + bw, ground - bh // 3 + 12), fill=(40, 90, 160)
            )
            for gx in range(x0 + 40, x0 + bw - 60, 90):
                draw.rectangle(
                    (gx, ground - bh + 60, gx + 50, ground - bh // 3 - 30), fill=(150, 180, 205)
                )

    img = outdoor_scene(size, rng, trees=34, clouds=6, backdrop=factories)
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    return vignette(add_grain(img, rng, 6, scale=2), 0.3)


def ice_sculpture(draw, rng, cx: int, base: int, color) -> None:
    kind = rng.choice(["castle", "pagoda", "dome", "wall"])
    fill, edge = (*color, 190), (255, 255, 255, 150)
    if kind == "castle":
        bw, bh = rng.randint(110, 160), rng.randint(180, 260)
        draw.rectangle(
            (cx - bw // 2, base - bh, cx + bw // 2, base), fill=fill, outline=edge, width=2
        )
        for k in range(cx - bw // 2, cx + bw // 2 - 10, 28):
            draw.rectangle((k, base - bh - 18, k + 16, base - bh), fill=fill)
        draw.chord((cx - 22, base - 70, cx + 22, base + 20), 180, 360, fill=(20, 30, 60, 220))
    elif kind == "pagoda":
        width, top = rng.randint(120, 170), base
        for level in range(5):
            lw = width - level * 22
            draw.polygon(
                [
                    (cx - lw // 2 - 14, top),
                    (cx + lw // 2 + 14, top),
                    (cx + lw // 2, top - 44),
                    (cx - lw // 2, top - 44),
                ],
                fill=fill,
                outline=edge,
            )
            top -= 48
        draw.polygon([(cx - 10, top + 4), (cx + 10, top + 4), (cx, top - 36)], fill=fill)
    elif kind == "dome":
        bw = rng.randint(120, 170)
        draw.rectangle(
            (cx - bw // 2, base - 110, cx + bw // 2, base), fill=fill, outline=edge, width=2
        )
        draw.pieslice(
            (cx - bw // 2, base - 110 - bw // 2, cx + bw // 2, base - 110 + bw // 2),
            180,
            360,
            fill=fill,
            outline=edge,
        )
    else:
        for row in range(4):
            for col in range(4):
                x0, y0 = cx - 90 + col * 45 + (row % 2) * 20, base - 40 - row * 40
                draw.rectangle((x0, y0, x0 + 42, y0 + 38), fill=fill, outline=edge, width=2)


def lantern_scene(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = vgradient(size, (8, 14, 40), (30, 44, 90))
    draw = ImageDraw.Draw(img)
    for _ in range(120):
        draw.point((rng.randint(0, w), rng.randint(0, h // 2)), fill=(230, 230, 255))
    glow = Image.new("RGBA", size, (255, 255, 255, 0))
    gdraw = ImageDraw.Draw(glow)
    colors = [(80, 220, 255), (255, 90, 200), (255, 220, 90), (120, 255, 170), (170, 130, 255)]
    base = int(h * 0.8)
    for i in range(7):
        cx = int(w * (0.08 + i * 0.14)) + rng.randint(-25, 25)
        ice_sculpture(gdraw, rng, cx, base - rng.randint(0, 30), rng.choice(colors))
    halo = glow.filter(ImageFilter.GaussianBlur(26))
    img = Image.alpha_composite(img.convert("RGBA"), halo)
    img = Image.alpha_composite(img, glow).convert("RGB")
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, base, w, h), fill=(176, 196, 226))
    draw.line((0, 30, w, 30), fill=(90, 90, 110), width=2)
    for x in range(60, w, 120):
        draw.line((x, 30, x, 60), fill=(255, 200, 80), width=2)
        draw.ellipse((x - 18, 60, x + 18, 104), fill=(255, 60, 50))
        draw.line((x, 104, x, 126), fill=(255, 210, 90), width=3)
    for foot in sorted(rng.randint(base + 30, h + 40) for _ in range(18)):
        draw_person(draw, rng, rng.randint(0, w), foot, int((foot - base) * 1.4) + 60, "silhouette")
    return photo_finish(img, rng, grain=12, soften=0.8)


def market_scene(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = vgradient(size, (150, 190, 230), (226, 232, 236))
    draw = ImageDraw.Draw(img)
    draw_skyline(draw, rng, size, int(h * 0.45), density=1.4)
    img.paste(
        vgradient((w, h - int(h * 0.45)), (170, 160, 150), (120, 112, 104)), (0, int(h * 0.45))
    )
    draw = ImageDraw.Draw(img)
    draw.rectangle((int(w * 0.2), 30, int(w * 0.8), 96), fill=(200, 24, 28))
    draw_text(draw, (w // 2, 63), "清河老城年货大集", 40, (255, 220, 90), "mm")
    for side in (-1, 1):
        for k in range(5):
            depth = 1 - k * 0.17
            x = w // 2 + side * int(w * (0.1 + 0.32 * depth))
            top = int(h * 0.45 - 120 * depth)
            sw = int(170 * depth)
            awning = rng.choice([(210, 40, 40), (236, 120, 30), (40, 110, 190)])
            draw.polygon(
                [
                    (x - sw // 2, top),
                    (x + sw // 2, top),
                    (x + sw // 2 + 14, top + 40 * depth),
                    (x - sw // 2 - 14, top + 40 * depth),
                ],
                fill=awning,
            )
            draw.rectangle(
                (x - sw // 2, top + int(40 * depth), x + sw // 2, top + int(170 * depth)),
                fill=(120, 84, 56),
            )
            for _ in range(12):
                gx = x + rng.randint(-sw // 2 + 8, sw // 2 - 8)
                gy = top + int(rng.uniform(60, 110) * depth)
                r = max(3, int(7 * depth))
                draw.ellipse((gx - r, gy - r, gx + r, gy + r), fill=jitter(rng, (220, 150, 60), 40))
    for x in range(40, w, 90):
        draw.line((x, 100, x, 130), fill=(60, 60, 60), width=2)
        draw.ellipse((x - 16, 130, x + 16, 166), fill=(220, 30, 30))
    for foot in sorted(rng.randint(int(h * 0.55), h + 30) for _ in range(46)):
        x = rng.randint(int(w * 0.12), int(w * 0.88))
        draw_person(draw, rng, x, foot, int((foot - h * 0.4) * 0.55), "casual")
    return photo_finish(img, rng, grain=10)


def health_poster(size, rng: random.Random) -> Image.Image:
    w, h = size
    img = vgradient(size, (222, 240, 255), (196, 226, 250))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, w, 150), fill=(30, 110, 200))
    draw_text(draw, (w // 2, 60), "冬季呼吸道疾病", 44, (255, 255, 255), "mm")
    draw_text(draw, (w // 2, 115), "防护要点", 40, (255, 236, 150), "mm")
    rows = [
        ("勤洗手", "流动水下洗手不少于20秒"),
        ("常通风", "每天开窗2到3次，每次30分钟"),
        ("戴口罩", "人员密集场所科学佩戴"),
        ("早接种", "流感疫苗每年接种一次"),
    ]
    for i, (head, body) in enumerate(rows):
        top = 190 + i * 165
        draw.rounded_rectangle((40, top, w - 40, top + 140), radius=20, fill=(255, 255, 255))
        draw.ellipse((64, top + 30, 144, top + 110), fill=(30, 110, 200))
        draw_text(draw, (104, top + 70), str(i + 1), 40, (255, 255, 255), "mm")
        draw_text(draw, (170, top + 48), head, 36, (30, 80, 150), "lm")
        draw_text(draw, (170, top + 100), body, 24, (80, 80, 80), "lm")
    draw_text(draw, (w // 2, h - 30), "清河县卫生健康局", 24, (30, 80, 150), "mm")
    return img


def bar_chart(size) -> Image.Image:
    w, h = size
    img = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw_text(draw, (w // 2, 44), "1—10月全县主要经济指标同比增速（%）", 32, (40, 40, 40), "mm")
    data = [
        ("进出口总额", 12.6),
        ("金融机构存款余额", 8.4),
        ("规上工业增加值", 8.1),
        ("固定资产投资", 6.8),
        ("社会消费品零售总额", 5.8),
        ("一般公共预算收入", 4.9),
    ]
    left, right, top = 300, w - 80, 110
    step = (h - top - 90) // len(data)
    scale = (right - left) / 14
    for v in range(0, 15, 2):
        x = left + int(v * scale)
        draw.line((x, top - 10, x, h - 80), fill=(226, 226, 226), width=1)
        draw_text(draw, (x, h - 60), str(v), 20, (120, 120, 120), "mm")
    for i, (name, value) in enumerate(data):
        y = top + i * step + step // 2
        draw_text(draw, (left - 16, y), name, 24, (60, 60, 60), "rm")
        color = (212, 60, 48) if i == 0 else (40, 110, 190)
        draw.rectangle((left, y - step // 4, left + int(value * scale), y + step // 4), fill=color)
        draw_text(draw, (left + int(value * scale) + 10, y), f"{value}", 24, color, "lm")
    draw.line((left, top - 10, left, h - 80), fill=(120, 120, 120), width=2)
    draw_text(draw, (w - 20, h - 24), "数据来源：清河县统计局", 18, (150, 150, 150), "rm")
    return img


@dataclass
class Picture:
    name: str
    image: Image.Image
    quality: int = JPEG_QUALITY

    def encode(self) -> bytes:
        buf = io.BytesIO()
        if self.name.endswith(".png"):
            self.image.save(buf, "PNG", optimize=True)
        else:
            self.image.save(buf, "JPEG", quality=self.quality, optimize=True, progressive=False)
        return buf.getvalue()


def build_pictures() -> dict[str, bytes]:
    """Draw every picture with its own fixed seed and return name -> encoded bytes."""

    def rng(seed: int) -> random.Random:
        return random.Random(seed)

    lantern = lantern_scene((1080, 720), rng(11))
    lowres = runners_scene((960, 640), rng(7)).resize((320, 213), Image.Resampling.LANCZOS)
    pictures = [
        Picture("signing_ceremony_1080x720.jpg", ceremony_scene((1080, 720), rng(1))),
        Picture("signing_group_blurry_1080x720.jpg", group_scene((1080, 720), rng(2))),
        Picture("project_rendering_1600x1200.jpg", rendering_scene((1600, 1200), rng(3)), 92),
        Picture("hukou_hall_1080x720.jpg", service_hall_scene((1080, 720), rng(4))),
        Picture("hukou_qrcode_poster_800x1000.jpg", qr_poster((800, 1000), rng(5))),
        Picture("housing_fund_infographic_1080x1920.jpg", infographic((1080, 1920), rng(6)), 85),
        Picture("marathon_banner_1080x120.jpg", banner((1080, 120), rng(8))),
        Picture("marathon_route_map_1080x760.jpg", route_map((1080, 760), rng(9))),
        Picture("marathon_2025_lowres_320x213.jpg", lowres, 80),
        Picture("econ_indicators_chart.png", bar_chart((1080, 720))),
        Picture("industrial_park_4000x3000.jpg", industrial_scene((4000, 3000), rng(10)), 85),
        Picture("festival_lantern_a_1080x720.jpg", lantern),
        Picture("festival_lantern_b_1080x720.jpg", ImageEnhance.Brightness(lantern).enhance(1.05)),
        Picture("festival_market_1080x720.jpg", market_scene((1080, 720), rng(12))),
        Picture("health_tips_poster_640x900.jpg", health_poster((640, 900), rng(13)), 80),
    ]
    return {p.name: p.encode() for p in pictures}


# ---------------------------------------------------------------------------
# Draft sources
# ---------------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # title | h2 | p | img | table
    text: str = ""
    spec: str = ""
    rows: list[list[str]] = field(default_factory=list)
    copied: bool = False


@dataclass
class Draft:
    meta: dict[str, str]
    blocks: list[Block]

    @property
    def file(self) -> str:
        return self.meta["file"]

    @property
    def fmt(self) -> str:
        return self.meta["format"]

    @property
    def title(self) -> str:
        return self.blocks[0].text

    def listed(self, key: str) -> list[str]:
        value = self.meta.get(key, "")
        return [item.strip() for item in value.split("||") if item.strip()]


def parse_ranges(text: str) -> list[int]:
    numbers: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        numbers.extend(range(int(lo), int(hi or lo) + 1))
    return numbers


def expand_feed(line: str, feed: dict[str, Article]) -> list[Block]:
    match = FEED_RE.match(line)
    if not match:
        raise ValueError(f"bad @feed line: {line}")
    article = feed[match["title"]]
    blocks = []
    for number in parse_ranges(match["ranges"]):
        text = article.paragraphs[number - 1]
        heading = match["opt"] == "headings" and HEADING_RE.match(text)
        blocks.append(Block("h2" if heading else "p", text=text, copied=True))
    return blocks


def parse_body(lines: list[str], feed: dict[str, Article]) -> list[Block]:
    blocks: list[Block] = []
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("# "):
            blocks.append(Block("title", text=line[2:].strip()))
        elif line.startswith("## "):
            blocks.append(Block("h2", text=line[3:].strip()))
        elif line.startswith("@feed "):
            blocks.extend(expand_feed(line, feed))
        elif match := IMAGE_RE.match(line):
            blocks.append(Block("img", text=match["caption"], spec=match["spec"]))
        elif line.startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
        else:
            blocks.append(Block("p", text=line.strip()))
    if not blocks or blocks[0].kind != "title":
        raise ValueError("a draft must start with its '# title'")
    return blocks


def load_drafts(feed: dict[str, Article]) -> list[Draft]:
    drafts = []
    for path in sorted((SOURCES / "week").glob("*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
        meta = {}
        for line in head.splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
        drafts.append(Draft(meta, parse_body(body.splitlines(), feed)))
    return drafts


def plain(text: str) -> str:
    return text.replace("**", "").replace(" <br> ", "\n")


def image_name(spec: str) -> str:
    return spec.split(":", 1)[1] if ":" in spec else spec


# ---------------------------------------------------------------------------
# Renderers: txt and md
# ---------------------------------------------------------------------------


def render_txt(draft: Draft) -> str:
    parts = []
    for block in draft.blocks:
        if block.kind in ("img", "table"):
            raise ValueError(f"{draft.file}: txt drafts cannot hold {block.kind}")
        parts.append(plain(block.text))
    sep = "\n\n" if draft.meta.get("txt_blank_lines") == "yes" else "\n"
    text = sep.join(parts) + "\n"
    if draft.meta.get("newline") == "crlf":
        text = text.replace("\n", "\r\n")
    return text


def write_txt(draft: Draft) -> None:
    encoding = draft.meta["encoding"]
    text = render_txt(draft)
    if encoding == "gb18030":
        text.encode("gbk")  # stay inside GBK so that both gbk and gb18030 decoders work
    if encoding == "utf-16":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    else:
        data = text.encode(encoding)
    (WEEK / draft.file).write_bytes(data)


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


# ---------------------------------------------------------------------------
# Renderer: docx
# ---------------------------------------------------------------------------


def docx_runs(paragraph, text: str, bold_all: bool = False) -> None:
    for i, piece in enumerate(text.split("**")):
        for j, line in enumerate(piece.split(" <br> ")):
            if j:
                paragraph.add_run().add_break()
            if line:
                run = paragraph.add_run(line)
                if bold_all or i % 2 == 1:
                    run.bold = True


def make_anchor(run, width_emu: int, height_emu: int) -> None:
    """Turn the run's inline picture into a floating picture (wp:anchor, square wrapping)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    inline = run._r.find(".//" + qn("wp:inline"))
    anchor = parse_xml(
        f"<wp:anchor {nsdecls('wp', 'a', 'pic', 'r')}"
        ' distT="0" distB="0" distL="114300" distR="114300" simplePos="0"'
        ' relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width_emu}" cy="{height_emu}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        "</wp:anchor>"
    )
    for tag in ("wp:docPr", "wp:cNvGraphicFramePr", "a:graphic"):
        anchor.append(inline.find(qn(tag)))
    inline.getparent().replace(inline, anchor)


def set_east_asian_font(document, name: str) -> None:
    from docx.oxml.ns import qn

    for style_name in ("Normal", "Heading 1", "Heading 2"):
        rpr = document.styles[style_name].element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)


def drop_thumbnail(document) -> None:
    """The python-docx template ships a thumbnail picture; real drafts have none."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rels = document.part.package.rels
    for rid in [rid for rid, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        rels.pop(rid)


def docx_picture(document, data: bytes, caption: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run().add_picture(io.BytesIO(data), width=Cm(14.5))
    if caption:
        cap = document.add_paragraph()
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = cap.add_run(caption)
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def docx_table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            if r == 0:
                run.bold = True


def docx_created(draft: Draft) -> datetime:
    value = draft.meta.get("docx_created") or draft.meta["published_at"] + "T08:30:00"
    return datetime.fromisoformat(value)


def set_core_properties(document, draft: Draft) -> None:
    props = document.core_properties
    props.title = draft.title
    props.author = draft.meta["docx_author"]
    props.last_modified_by = draft.meta["docx_author"]
    props.created = docx_created(draft)
    props.modified = docx_created(draft)
    props.revision = 3
    props.subject = ""
    props.keywords = ""
    props.comments = ""
    props.category = ""


def render_docx(draft: Draft, pictures: dict[str, bytes]) -> bytes:
    import docx
    from docx.shared import Cm, Pt

    document = docx.Document()
    drop_thumbnail(document)
    set_east_asian_font(document, "宋体")
    pending_float: str | None = None
    for block in draft.blocks:
        if block.kind == "title":
            document.add_heading(block.text, level=1)
        elif block.kind == "h2":
            document.add_heading(block.text, level=2)
        elif block.kind == "table":
            docx_table(document, block.rows)
        elif block.kind == "img" and block.spec.startswith("float:"):
            pending_float = image_name(block.spec)
        elif block.kind == "img":
            docx_picture(document, pictures[image_name(block.spec)], block.text)
        else:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.first_line_indent = Pt(24)
            if pending_float:
                run = paragraph.add_run()
                shape = run.add_picture(io.BytesIO(pictures[pending_float]), width=Cm(6.5))
                make_anchor(run, shape.width, shape.height)
                pending_float = None
            docx_runs(paragraph, block.text)
    set_core_properties(document, draft)
    buf = io.BytesIO()
    document.save(buf)
    return normalize_zip(buf.getvalue())


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so that repeated builds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# Renderer: html (as saved from the WeChat official-account editor)
# ---------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------
# Inspecting the written files (used for expectations and for self-checks)
# ---------------------------------------------------------------------------


class ImgCounter(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images = 0
        self.remote = 0
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self._skip += 1
        if tag == "br":
            self.text.append("\n")
        if tag == "img":
            found = dict(attrs)
            self.images += 1
            src = found.get("src") or found.get("data-src") or ""
            self.remote += src.startswith("http")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self._skip -= 1
        if tag in ("p", "h1", "h2", "section"):
            self.text.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def inspect_output(draft: Draft) -> tuple[str, int, int]:
    """Return (plain text, image count, remote image count) read back from the written file."""
    path = WEEK / draft.file
    if draft.fmt == "txt":
        raw = path.read_bytes()
        enc = draft.meta["encoding"]
        return raw.decode("utf-16" if enc == "utf-16" else enc), 0, 0
    if draft.fmt == "md":
        text = path.read_text(encoding="utf-8")
        return text, len(re.findall(r"!\[[^\]]*\]\([^)]+\)", text)), 0
    if draft.fmt == "html":
        parser = ImgCounter()
        parser.feed(path.read_text(encoding="utf-8"))
        return "".join(parser.text), parser.images, parser.remote
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    runs = ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paragraphs]
    return html.unescape("\n".join(runs)), len(re.findall(r"<a:blip ", xml)), 0


# ---------------------------------------------------------------------------
# Expectations and manifest
# ---------------------------------------------------------------------------


def date_source(draft: Draft) -> str:
    if DATE_PREFIX_RE.match(draft.file):
        return "filename"
    return "docx_core" if draft.fmt == "docx" else "text"


def expectation(draft: Draft, images: int, remote: int) -> dict:
    return {
        "title": draft.title,
        "published_at": draft.meta["published_at"],
        "date_source": date_source(draft),
        "encoding": draft.meta["encoding"] if draft.fmt == "txt" else None,
        "images": images,
        "remote_images": remote,
        "copies_from": draft.listed("copies_from"),
        "copy_kind": draft.meta.get("copy_kind") or None,
        "same_topic_as": draft.meta.get("same_topic_as") or None,
        "style": draft.meta["style"],
        "service": draft.meta.get("service") or None,
        "personal_data": draft.listed("personal_data"),
        "slips": draft.listed("slips"),
    }


FORMAT_LABELS = {
    "utf-8": "txt, UTF-8",
    "utf-8-sig": "txt, UTF-8 with BOM",
    "gb18030": "txt, GB18030 (GBK subset), CRLF",
    "utf-16": "txt, UTF-16 LE with BOM, CRLF",
}

README_HEAD = """# 样例周稿件 / Sample week

清河县政务微信公众号「清河发布」2026-11-23（周一）至 2026-11-29（周日）一周的 13 篇待发稿件，
质量参差，专门用来演示和测试编辑助手的各项检查。往期文章库在 `../feed/past_feed.jsonl`
（同内容的 `past_feed.csv` 供 CSV 导入），逐篇的机器可读事实在 `../expectations.json`。

All persons, ID numbers, bank cards and phone numbers are fictional. Everything here is generated
by `python tools/build_samples.py` from `tools/sample_sources/`; edit the sources, not these files.

| 文件 | 格式 / 编码 | 用来展示什么 | 图片 |
| --- | --- | --- | --- |
"""

README_TAIL = """
## 须知 / Facts the code relies on

- 标题：每篇第一行（txt）或第一个一级标题（md `#`、docx Heading 1、html `<h1>`）。
- 日期：11 篇取自文件名前缀；`清河半马交通管制.md` 取自正文第二行「发布时间：2026-11-25」；
  `公积金新政来了.docx` 取自 docx 核心属性 `created`（2026-11-26T08:30:00Z）。其余 docx 的 `created`
  与文件名日期一致。
- 编码：gb18030 稿只用 GBK 内的字符（gbk 与 gb18030 解码结果相同）；GB18030 与 UTF-16 两篇用 CRLF 换行。
- 图片计数含 html 里的远程图（`data-src="https://mmbiz.qpic.cn/..."`，不可下载）和 base64 内嵌图；
  docx 里「重点项目集中签约」有 2 张嵌入式图和 1 张浮动图（`wp:anchor`）。
- `images/festival_lantern_a_1080x720.jpg` 与 `festival_lantern_b_1080x720.jpg` 是近似重复图（亮度 +5%），
  同在「冬季文旅季开幕」中；`marathon_2025_lowres_320x213.jpg` 低清；`signing_group_blurry_1080x720.jpg` 模糊
  （GaussianBlur 6）；`marathon_banner_1080x120.jpg` 极端长宽比；`industrial_park_4000x3000.jpg` 大图；
  `econ_indicators_chart.png` 是唯一的 PNG。docx 与 html 内嵌的图片也在 `images/` 里留了一份。
- 隐私：「的哥拾金不昧」里未打码的身份证号 `371426197806143513`（校验位正确）、银行卡号
  `6228480316275840916`（Luhn 正确）、私人手机 `13853481276`；12345、12333、12329、96110、110 以及
  `0531-` 开头的座机都是公共电话，不算个人信息。其他稿件没有 11 位手机号或 15 位以上的长数字。
- 抄袭关系见上表与 `expectations.json` 的 `copies_from` / `copy_kind`；「冬季供暖开始」与往期
  「今冬供暖准备就绪 城区11月23日正式供暖」同题，但全部重新写作，不应判为抄袭。
- 排版与提法问题（`slips`）：半角逗号/冒号混入中文、「！！！」、未闭合的「“」、「党史教育」（应为党史学习教育）、
  「1-10月」（应为 1—10月）。
- html 稿模拟从公众号编辑器保存的页面：`<title>` 与 `<h1>` 同为标题；`<style>` 和 `<script>` 里有
  「轻触阅读原文」「张图片已懒加载」等中文，必须忽略；正文有 `&nbsp;`、`<br>`、`&quot;`，一个段落常被拆成多个 `<span>`。
- `expectations.json` 以文件名为键；非 txt 的 `encoding` 为 null；另有 `slips` 字段列出故意埋下的排版/提法问题原文。
- 本 README.md 和 `images/` 与稿件放在同一目录，读取整个目录时要跳过它们。
- 没有覆盖的民生领域：教育（往期文章库里有）。
"""


def write_manifest(drafts: list[Draft], facts: dict[str, dict]) -> None:
    rows = []
    for draft in drafts:
        fact = facts[draft.file]
        fmt = FORMAT_LABELS.get(fact["encoding"] or "", draft.fmt)
        shows = draft.meta["shows"]
        if fact["copies_from"]:
            shows += "；来源文章：" + "、".join(f"「{t}」" for t in fact["copies_from"])
        pics = str(fact["images"]) + (
            f"（远程 {fact['remote_images']}）" if fact["remote_images"] else ""
        )
        rows.append(f"| `{draft.file}` | {fmt} | {shows} | {pics} |")
    (WEEK / "README.md").write_text(
        README_HEAD + "\n".join(rows) + "\n" + README_TAIL, encoding="utf-8"
    )


# ---------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------


def id_check_digit(first17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11]


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        digit = int(ch) * (2 if i % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def check_feed(articles: list[Article]) -> None:
    assert len(articles) >= 64, len(articles)
    assert len({a.title for a in articles}) == len(articles), "feed titles must be unique"
    for a in articles:
        day = date.fromisoformat(a.published_at)
        assert FEED_START <= day <= FEED_END, a.title
        assert 300 <= len(a.content) <= 2000, (a.title, len(a.content))


def check_personal_data(draft: Draft, text: str) -> None:
    planted = draft.listed("personal_data")
    for item in planted:
        assert item in text, (draft.file, item)
        if len(item) == 18:
            assert id_check_digit(item[:17]) == item[17], item
        elif len(item) == 19:
            assert luhn_ok(item), item
    stray = [m for m in MOBILE_RE.findall(text) + LONG_DIGITS_RE.findall(text) if m not in planted]
    assert not stray, (draft.file, stray)


def check_draft(draft: Draft, text: str, feed: dict[str, Article]) -> None:
    cjk = len(CJK_RE.findall(text))
    assert 400 <= cjk <= 2500, (draft.file, cjk)
    first = text.lstrip("\ufeff").lstrip().splitlines()[0].lstrip("# ").strip()
    assert first == draft.title, (draft.file, first)
    day = date.fromisoformat(draft.meta["published_at"])
    assert WEEK_START <= day <= WEEK_END, draft.file
    if date_source(draft) == "filename":
        assert draft.file.startswith(draft.meta["published_at"]), draft.file
    if date_source(draft) == "text":
        assert f"发布时间：{draft.meta['published_at']}" in text, draft.file
    for slip in draft.listed("slips"):
        assert slip in text, (draft.file, slip)
    check_personal_data(draft, text)
    compact = re.sub(r"\s+", "", text)
    for title in draft.listed("copies_from"):
        copied = [p for p in feed[title].paragraphs if p in compact]
        assert copied, (draft.file, title)
    if draft.meta.get("same_topic_as"):
        assert not any(p in compact for p in feed[draft.meta["same_topic_as"]].paragraphs)
    assert ("来源：" in text) == (draft.meta.get("copy_kind") == "mixed_two"), draft.file


def check_docx(draft: Draft) -> None:
    import docx

    document = docx.Document(str(WEEK / draft.file))
    assert document.core_properties.title == draft.title
    assert document.core_properties.created.replace(tzinfo=None) == docx_created(draft)
    assert document.paragraphs[0].style.name == "Heading 1"
    with zipfile.ZipFile(WEEK / draft.file) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
        assert not any(name.startswith("docProps/thumbnail") for name in zf.namelist())
    floats = sum(1 for b in draft.blocks if b.kind == "img" and b.spec.startswith("float:"))
    assert xml.count("<wp:anchor ") == floats, draft.file


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def reset_output() -> None:
    for path in (WEEK, FEED):
        if path.exists():
            shutil.rmtree(path)
    IMAGES.mkdir(parents=True)
    FEED.mkdir(parents=True)


def write_draft(draft: Draft, pictures: dict[str, bytes]) -> None:
    path = WEEK / draft.file
    if draft.fmt == "txt":
        write_txt(draft)
    elif draft.fmt == "md":
        path.write_text(render_md(draft), encoding="utf-8", newline="\n")
    elif draft.fmt == "docx":
        path.write_bytes(render_docx(draft, pictures))
    elif draft.fmt == "html":
        path.write_text(render_html(draft, pictures), encoding="utf-8", newline="\n")
    else:
        raise ValueError(f"unknown format {draft.fmt}")


def main() -> int:
    reset_output()
    articles = load_feed()
    check_feed(articles)
    write_feed(articles)
    feed = {a.title: a for a in articles}

    pictures = build_pictures()
    for name, data in pictures.items():
        (IMAGES / name).write_bytes(data)

    drafts = load_drafts(feed)
    drafts.sort(key=lambda d: (d.meta["published_at"], d.file))
    facts: dict[str, dict] = {}
    for draft in drafts:
        write_draft(draft, pictures)
        text, images, remote = inspect_output(draft)
        declared = sum(1 for b in draft.blocks if b.kind == "img")
        assert images == declared, (draft.file, images, declared)
        check_draft(draft, text, feed)
        if draft.fmt == "docx":
            check_docx(draft)
        facts[draft.file] = expectation(draft, images, remote)

    (OUT / "expectations.json").write_text(
        json.dumps(facts, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    write_manifest(drafts, facts)
    total = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(
        f"{len(articles)} feed articles, {len(drafts)} drafts, {len(pictures)} pictures, {total / 1e6:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
