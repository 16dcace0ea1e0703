"""The image check's thresholds, their defaults and why each default is what it is.

Users override any of them in the ``[images]`` section of their settings file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class ImageThresholds:
    # One phone screen of text. A 375-pt-wide phone with WeChat's 16-17 px body text shows
    # about 20 characters a line and 20 lines a screen, less paragraph spacing: ~400.
    screen_chars: int = 400
    # A post with no picture is flagged from about one screen of text (three or four
    # paragraphs of a typical government post) up.
    none_min_chars: int = 400
    # Three screens of text without a picture is where the survey's "视觉疲劳" sets in.
    stretch_max_chars: int = 1200
    # The first picture is the lead (cover) picture when the reader sees it on the first
    # screen, i.e. no more than a screen of text stands before it.
    lead_within_chars: int = 400
    # Body pictures are shown full width: 750-1290 device pixels on current phones, and
    # WeChat serves 640/1080-px renditions. Narrower than 640 px is upscaled on every phone.
    min_width: int = 640
    # The WeChat headline cover is shown at 900x383 (2.35:1); a lead picture smaller than
    # that cannot fill it without upscaling.
    cover_min_width: int = 900
    cover_min_height: int = 383
    # Laplacian variance below which a picture is blurry. 100 is the customary cut-off for
    # this measure; taken on the sharpest part of a <=512-px copy, it flags only blur a
    # reader sees on a phone.
    blur_threshold: float = 100.0
    # Wider than 3:1 a full-width picture is under 125 pt high on a phone, so any text in
    # it is unreadable; taller than 1:16 it takes more than ten screens to scroll past.
    max_wide_ratio: float = 3.0
    max_tall_ratio: float = 16.0
    # The platform re-compresses large uploads anyway; over 2 MB costs readers on mobile
    # data and the editor upload time. 10 MB is the platform's upload limit for a picture.
    max_file_kb: int = 2048
    upload_limit_kb: int = 10240
    # Two pictures whose 64-bit difference hashes differ in at most this many bits are the
    # same picture (re-saved, resized, lightly cropped or brightened: a +5 % brightness copy
    # differs in ~6 bits); unrelated photos differ in ~32, and in the sample week no two
    # different pictures come closer than 19.
    duplicate_max_distance: int = 10
    # Dividers, icons and stickers (short side below this) are decoration: they are not
    # judged for resolution, blur or repetition.
    decoration_max_side: int = 150
    # Refused unread above this: 50 MP accepts a 48-MP phone photo and refuses bombs.
    max_pixels: int = 50_000_000

    @classmethod
    def from_settings(cls, section: Mapping[str, Any]) -> ImageThresholds:
        """Known keys from ``section``, converted to the default's type; others are ignored."""
        values = {}
        for field in fields(cls):
            if field.name in section:
                kind = type(field.default)
                try:
                    values[field.name] = kind(section[field.name])
                except (TypeError, ValueError) as exc:
                    raise ValueError(f"设置 images.{field.name} 应为数字") from exc
        return cls(**values)
