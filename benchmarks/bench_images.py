"""How long the image check takes on a heavy post: twelve 12-megapixel phone photos.

Run: python benchmarks/bench_images.py  (prints figures; the target is <= 1 s a post)

The photos are generated (photo-like: colour fields, hard edges, grain) and saved as
quality-90 JPEGs of about 3-4 MB each, the size a phone camera writes.
"""

from __future__ import annotations

import io
import os
import platform
import statistics
import struct
import sys
import tempfile
import time
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from editor_assistant.core.checks import images
from editor_assistant.core.context import CheckContext
from editor_assistant.core.imaging.quality import inspect_picture
from editor_assistant.core.readers import read_path
from editor_assistant.core.settings import Settings

PHOTOS = 12
PHOTO_SIZE = (4000, 3000)  # 12 megapixels
RUNS = 5


def photo(width: int, height: int, seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    field = rng.integers(0, 255, (6, 8, 3), dtype=np.uint8)
    picture = Image.fromarray(field).resize((width, height), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(picture)
    for _ in range(80):
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        side = int(rng.integers(width // 40, width // 6))
        colour = tuple(int(v) for v in rng.integers(0, 255, 3))
        draw.rectangle([x, y, x + side, y + side * 0.7], fill=colour, outline=(0, 0, 0), width=4)
    grain = rng.integers(-10, 10, (height, width, 1), dtype=np.int16)
    pixels = np.clip(np.asarray(picture, dtype=np.int16) + grain, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def median_seconds(action, runs: int = RUNS) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    cores = os.cpu_count()
    print(f"machine: {platform.machine()}, {cores} cores, Python {sys.version.split()[0]}")
    print(f"generating {PHOTOS} photos of {PHOTO_SIZE[0]}x{PHOTO_SIZE[1]} …")
    photos = [photo(*PHOTO_SIZE, seed) for seed in range(PHOTOS)]
    megabytes = sum(len(p) for p in photos) / 1024 / 1024
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        lines = ["# 清河县秋季运动会开幕"]
        for number, data in enumerate(photos):
            (root / f"photo{number}.jpg").write_bytes(data)
            lines += ["运动员们精神饱满，比赛现场气氛热烈。" * 8, f"![](photo{number}.jpg)"]
        draft_path = root / "post.md"
        draft_path.write_text("\n\n".join(lines), encoding="utf-8")
        read_time = median_seconds(lambda: read_path(draft_path))
        draft = read_path(draft_path)
    context = CheckContext(settings=Settings({}))
    check_time = median_seconds(lambda: images.check(draft, context))
    result = images.check(draft, context)
    one = median_seconds(lambda: inspect_picture(photos[0], 50_000_000), runs=9)
    bomb = _bomb_png(60000, 60000)
    bomb_time = median_seconds(lambda: inspect_picture(bomb, 50_000_000), runs=9)
    print(f"post: {PHOTOS} photos, {megabytes:.1f} MB of JPEG, {draft.chars} characters")
    print(f"read the draft (reader probes headers):  {read_time * 1000:7.1f} ms")
    print(f"image check on the post (target <= 1 s): {check_time * 1000:7.1f} ms")
    print(f"one 12-MP photo, reduced decode + measures: {one * 1000:5.1f} ms")
    print(f"refuse a 60000x60000 PNG bomb:           {bomb_time * 1000:7.2f} ms")
    print(f"findings: {sorted({f.rule for f in result.findings})}")


def _bomb_png(width: int, height: int) -> bytes:
    """Only a header: the refusal must come from the header alone."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


if __name__ == "__main__":
    main()
