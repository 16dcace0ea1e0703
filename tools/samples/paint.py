"""Drawing primitives shared by all pictures: text, gradients, grain and a photo-like finish."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter, ImageFont

# Chinese text needs this font (apt package fonts-wqy-microhei); without it the bytes differ.
FONT_PATH = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


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
