"""Every picture of the week, each drawn with its own fixed seed and encoded once."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

from PIL import Image, ImageEnhance

from .posters import banner, bar_chart, health_poster, infographic, qr_poster, route_map
from .scenes import (
    ceremony_scene,
    group_scene,
    industrial_scene,
    lantern_scene,
    market_scene,
    rendering_scene,
    runners_scene,
    service_hall_scene,
)

JPEG_QUALITY = 88


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
