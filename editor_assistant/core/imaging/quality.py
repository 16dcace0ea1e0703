"""Look at a picture's pixels without trusting it: refuse bombs, decode small, measure.

Only a reduced copy is ever decoded (JPEG draft mode decodes at 1/2, 1/4 or 1/8 scale and
luma only), so twelve 12-megapixel photos take a fraction of a second and little memory.
A picture larger than ``max_pixels`` according to its header is refused before decoding.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

import numpy as np
from PIL import Image, UnidentifiedImageError

# Long side of the analysis copy. Judging blur at half a phone's display width (1080 px)
# flags only blur a reader will notice, and keeps decoding cheap.
WORK_SIDE = 512
# Blur is judged tile by tile so a sharp subject on a soft background counts as sharp;
# the second-sharpest tile is used so that one small sharp logo or caption does not.
_TILES = 4
# EXIF orientations that turn the picture a quarter: its displayed width is its height.
_QUARTER_TURNS = {5, 6, 7, 8}
_ORIENTATION_TAG = 0x0112


@dataclass(frozen=True)
class PictureQuality:
    status: str  # ok | vector | too_large | undecodable
    width: int | None = None  # as displayed (EXIF rotation applied)
    height: int | None = None
    format: str | None = None
    blur: float | None = None  # Laplacian variance of the second-sharpest tile
    contrast: float | None = None  # standard deviation of the grey levels
    dhash: int | None = None  # 64-bit difference hash of the whole picture
    error: str | None = None


def inspect_picture(data: bytes, max_pixels: int) -> PictureQuality:
    """Read the header, refuse oversize pictures, then measure a reduced grey copy."""
    if _is_svg(data):
        return PictureQuality("vector", format="SVG")  # drawn, not sampled: nothing to blur
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            picture = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        return PictureQuality("too_large", error="像素数超过安全上限，未解码")
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return PictureQuality("undecodable", error="不是可识别的图片格式")
    with picture:
        width, height = picture.size
        fmt = picture.format
        if width * height > max_pixels:
            return PictureQuality(
                "too_large", width, height, fmt, error="像素数超过安全上限，未解码"
            )
        try:
            grey = _reduced_grey(picture)
            if _orientation(picture) in _QUARTER_TURNS:
                width, height = height, width
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
            return PictureQuality("undecodable", width, height, fmt, error="图片数据损坏或不完整")
    pixels = np.asarray(grey, dtype=np.float32)
    return PictureQuality(
        "ok",
        width,
        height,
        fmt,
        blur=sharpness(pixels),
        contrast=float(pixels.std()),
        dhash=difference_hash(grey),
    )


def _is_svg(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head)


def _orientation(picture: Image.Image) -> int:
    try:
        return int(picture.getexif().get(_ORIENTATION_TAG, 1))
    except (TypeError, ValueError, OSError, SyntaxError):
        return 1  # a broken EXIF block does not stop the check


def work_size(width: int, height: int) -> tuple[int, int]:
    """The analysis size: long side at most WORK_SIDE, never enlarged."""
    scale = min(1.0, WORK_SIDE / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _reduced_grey(picture: Image.Image) -> Image.Image:
    # JPEG decodes scaled by 1/2, 1/4 or 1/8 and luma only (other formats ignore draft);
    # asking for 3/4 of the work size lets a 12-megapixel photo take the 1/8 path.
    width, height = work_size(*picture.size)
    picture.draft("L", (width * 3 // 4, height * 3 // 4))
    grey = picture.convert("L")
    if max(grey.size) > WORK_SIDE:
        grey = grey.resize(work_size(*grey.size), Image.Resampling.BOX)
    return grey


def sharpness(pixels: np.ndarray) -> float | None:
    """Variance of the 4-neighbour Laplacian in the second-sharpest of 4x4 tiles."""
    if min(pixels.shape) < 3 * _TILES:
        return None  # too small to judge
    laplacian = (
        pixels[:-2, 1:-1] + pixels[2:, 1:-1] + pixels[1:-1, :-2] + pixels[1:-1, 2:]
    ) - 4 * pixels[1:-1, 1:-1]
    variances = sorted(
        float(tile.var())
        for band in np.array_split(laplacian, _TILES, axis=0)
        for tile in np.array_split(band, _TILES, axis=1)
    )
    return round(variances[-2], 1)


def difference_hash(grey: Image.Image) -> int:
    """dHash: does each of 8x8 cells get brighter or darker to its right neighbour."""
    small = np.asarray(grey.resize((9, 8), Image.Resampling.BOX), dtype=np.int16)
    bits = (small[:, 1:] > small[:, :-1]).flatten()
    return int("".join("1" if bit else "0" for bit in bits), 2)


def hash_distance(first: int, second: int) -> int:
    return (first ^ second).bit_count()
