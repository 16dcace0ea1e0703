"""Photo-like pictures: ceremonies, a service hall, the marathon, the park and the festival."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter

from .paint import add_grain, draw_text, jitter, photo_finish, vgradient, vignette
from .people import draw_person
from .scenery import draw_clouds, draw_skyline, draw_tree, outdoor_scene


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
