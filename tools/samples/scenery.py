"""Outdoor backgrounds: sky, clouds, hills, a town skyline, trees and a road."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw, ImageFilter

from .paint import jitter, vgradient


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


def outdoor_scene(size, rng: random.Random, *, trees=12, clouds=5, backdrop=None):
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
    draw_road(draw, size, horizon + int(h * 0.02), w // 2)
    spots = sorted((rng.randint(horizon + h // 20, h), rng.random()) for _ in range(trees))
    for y, u in spots:
        x = int(w * (u * 0.3 if u < 0.5 else 0.7 + (u - 0.5) * 0.6))
        draw_tree(draw, rng, x, y, int((y - horizon) * 0.45) + h // 30)
    return img
