"""Simple figures of people, dressed for the occasion of each picture."""

from __future__ import annotations

from .paint import jitter

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
