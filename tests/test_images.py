"""The image check as an editor meets it: drafts with pictures in, findings and figures out."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFile, ImageFilter

from editor_assistant.core.analyze import analyze
from editor_assistant.core.checks import images
from editor_assistant.core.context import CheckContext
from editor_assistant.core.imaging.quality import WORK_SIDE, inspect_picture
from editor_assistant.core.model import Severity
from editor_assistant.core.readers import read_pasted, read_path
from editor_assistant.core.settings import Settings

SENTENCE = "清河县持续推进乡村振兴，群众生活水平稳步提高。"  # 23 visible characters


def paragraph(chars: int) -> str:
    return (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]


def scene(width: int, height: int, seed: int = 1) -> Image.Image:
    """A photo-like picture: soft colour fields, hard-edged shapes and sensor grain."""
    rng = np.random.default_rng(seed)
    field = rng.integers(0, 255, (6, 8, 3), dtype=np.uint8)
    picture = Image.fromarray(field).resize((width, height), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(picture)
    for _ in range(60):
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        side = int(rng.integers(max(2, width // 40), max(3, width // 6)))
        colour = tuple(int(v) for v in rng.integers(0, 255, 3))
        shape = draw.rectangle if rng.random() < 0.5 else draw.ellipse
        shape([x, y, x + side, y + side * 0.7], fill=colour, outline=(0, 0, 0))
    grain = rng.integers(-12, 12, (height, width, 1))
    return Image.fromarray(np.clip(np.asarray(picture) + grain, 0, 255).astype(np.uint8))


def encoded(picture: Image.Image, fmt: str = "JPEG", **options) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, fmt, **options)
    return buffer.getvalue()


def make_draft(tmp_path, parts):
    """A Markdown draft from paragraphs (str) and pictures (Image or raw bytes), in order."""
    lines = []
    for number, part in enumerate(parts):
        if isinstance(part, str):
            lines.append(part)
            continue
        name = f"picture{number}.img"
        data = part if isinstance(part, bytes) else encoded(part, quality=90)
        (tmp_path / name).write_bytes(data)
        lines.append(f"![]({name})")
    path = tmp_path / "draft.md"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return read_path(path)


def run(draft, **settings):
    context = CheckContext(settings=Settings({"images": settings}))
    return analyze(draft, context, checks=(images,))


def rules_of(report, index: int | None = None) -> set[str]:
    return {f.rule for f in report.findings if index is None or f.data.get("index") == index}


# --- density -------------------------------------------------------------------------------


def test_long_text_without_pictures_is_flagged_and_short_notice_is_not(tmp_path):
    long_post = run(make_draft(tmp_path, ["关于秋季防火的通知"] + [paragraph(200)] * 5))
    assert [f.rule for f in long_post.findings] == ["images.none"]
    assert long_post.findings[0].severity is Severity.WARNING
    assert long_post.metrics["images"] == 0
    assert long_post.metrics["longest_unillustrated_chars"] == long_post.draft.chars
    assert long_post.metrics["has_lead_image"] is False
    notice = run(make_draft(tmp_path, ["停水通知", paragraph(120)]))
    assert notice.findings == ()


def test_density_metrics_and_the_stretch_that_needs_a_picture(tmp_path):
    photo = scene(1080, 720)
    parts = ["标题", photo, paragraph(300), photo.rotate(180), paragraph(700), paragraph(700)]
    report = run(make_draft(tmp_path, parts))
    chars = report.draft.chars  # 2 + 300 + 1400
    assert report.metrics["images"] == 2
    assert report.metrics["chars_per_image"] == round(chars / 2, 1)
    assert report.metrics["images_per_1000_chars"] == round(2000 / chars, 2)
    assert report.metrics["longest_unillustrated_chars"] == 1400
    assert report.metrics["longest_unillustrated_screens"] == 3.5  # 400 characters a screen
    assert report.metrics["has_lead_image"] is True
    stretches = report.findings_in("images")
    assert [(f.rule, f.data["chars"]) for f in stretches] == [("images.stretch", 1400)]
    start, end = stretches[0].span
    assert report.draft.text[start:end] == paragraph(700) + "\n" + paragraph(700)


def test_stretch_length_is_configurable(tmp_path):
    draft = make_draft(tmp_path, ["标题", scene(1080, 720), paragraph(700)])
    assert "images.stretch" not in rules_of(run(draft))
    assert "images.stretch" in rules_of(run(draft, stretch_max_chars=500))


def test_a_picture_after_a_screen_of_text_is_not_a_lead_picture(tmp_path):
    draft = make_draft(tmp_path, ["标题", paragraph(450), scene(1080, 720), paragraph(100)])
    assert run(draft).metrics["has_lead_image"] is False


# --- picture quality -----------------------------------------------------------------------


def test_blurry_picture_is_flagged_and_its_sharp_twin_is_not(tmp_path):
    sharp = scene(1080, 720, seed=3)
    blurry = sharp.filter(ImageFilter.GaussianBlur(4))
    report = run(make_draft(tmp_path, ["标题", sharp, paragraph(300), blurry, paragraph(300)]))
    assert "images.blurry" not in rules_of(report, 0)
    assert "images.blurry" in rules_of(report, 1)
    facts = report.details["images"]["pictures"]
    assert facts[0]["blur"] > 10 * facts[1]["blur"]


def test_near_duplicate_pair_is_flagged_once_and_a_different_photo_is_not(tmp_path):
    photo = scene(1080, 720, seed=5)
    resaved = encoded(photo.resize((800, 533)), quality=60)
    parts = ["标题", photo, paragraph(200), scene(1080, 720, seed=6), paragraph(200), resaved]
    report = run(make_draft(tmp_path, parts))
    duplicates = [f for f in report.findings if f.rule == "images.duplicate"]
    assert [f.data["index"] for f in duplicates] == [2]
    assert "第1张图" in duplicates[0].message


def test_small_body_picture_is_low_resolution(tmp_path):
    parts = ["标题", scene(1080, 720), paragraph(200), scene(320, 213, seed=2), paragraph(200)]
    report = run(make_draft(tmp_path, parts))
    assert "images.low_resolution" in rules_of(report, 1)
    assert not rules_of(report, 0)
    assert "images.low_resolution" not in rules_of(run(report.draft, min_width=300), 1)


def test_small_lead_picture_is_flagged_as_cover(tmp_path):
    report = run(make_draft(tmp_path, ["标题", scene(720, 480), paragraph(300)]))
    assert rules_of(report, 0) == {"images.cover_low_resolution"}


def test_wide_banner_is_flagged_for_its_aspect_ratio(tmp_path):
    banner = scene(1080, 120, seed=4)
    report = run(make_draft(tmp_path, ["标题", scene(1080, 720), paragraph(200), banner]))
    (finding,) = [f for f in report.findings if f.rule == "images.aspect_ratio"]
    assert finding.data["index"] == 1
    assert "1080×120" in finding.message


def test_very_long_picture_is_flagged_and_a_thin_divider_only_for_its_shape(tmp_path):
    long_picture = scene(200, 4000, seed=8)
    divider = Image.new("RGB", (640, 20), (200, 30, 30))
    parts = ["标题", scene(1080, 720), paragraph(200), long_picture, paragraph(100), divider]
    report = run(make_draft(tmp_path, parts))
    assert "images.aspect_ratio" in rules_of(report, 1)
    assert rules_of(report, 2) == {"images.aspect_ratio"}
    assert [f.severity for f in report.findings if f.data.get("index") == 2] == [Severity.INFO]


def test_plain_colour_picture_is_not_called_blurry(tmp_path):
    plain = Image.new("RGB", (1080, 720), (240, 240, 235))
    report = run(make_draft(tmp_path, ["标题", scene(1080, 720), paragraph(200), plain]))
    assert "images.blurry" not in rules_of(report)


def test_oversize_file_threshold_is_configurable(tmp_path):
    photo = encoded(scene(1080, 720), quality=95)
    draft = make_draft(tmp_path, ["标题", scene(1080, 720, seed=9), paragraph(200), photo])
    assert "images.oversize_file" not in rules_of(run(draft))
    flagged = run(draft, max_file_kb=len(photo) // 2048)
    assert rules_of(flagged, 1) & {"images.oversize_file"}
    assert run(draft, max_file_kb=1, upload_limit_kb=2).findings[-1].severity is Severity.ERROR


def test_broken_and_missing_pictures_are_undecodable(tmp_path):
    truncated = encoded(scene(1080, 720))[:5000]
    path = tmp_path / "draft.md"
    (tmp_path / "broken.png").write_bytes(b"this is not a picture")
    (tmp_path / "cut.jpg").write_bytes(truncated)
    path.write_text("标题\n\n![](broken.png)\n\n![](cut.jpg)\n\n![](gone.png)\n\n正文。\n", "utf-8")
    report = run(read_path(path))
    undecodable = [f for f in report.findings if f.rule == "images.undecodable"]
    assert [f.data["index"] for f in undecodable] == [0, 1, 2]
    assert all(f.severity is Severity.ERROR for f in undecodable)
    reasons = ["不是可识别的图片格式", "损坏或不完整", "缺失"]
    assert all(reason in f.message for reason, f in zip(reasons, undecodable, strict=True))


def test_remote_picture_is_counted_placed_and_reported_unchecked(tmp_path):
    path = tmp_path / "post.html"
    path.write_text(
        f"<p>标题</p><p>{paragraph(100)}</p>"
        '<p><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/x/640?wx_fmt=jpeg"></p>'
        f"<p>{paragraph(100)}</p>",
        encoding="utf-8",
    )
    report = run(read_path(path))
    assert report.metrics["images"] == 1
    (finding,) = report.findings
    assert finding.rule == "images.remote_unchecked" and finding.severity is Severity.INFO
    (facts,) = report.details["images"]["pictures"]
    assert facts["status"] == "remote" and facts["blur"] is None and facts["width"] is None


# --- safety ---------------------------------------------------------------------------------


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a huge size: decoding it in full would need gigabytes."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 4096)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("size", [(9000, 9000), (60000, 60000)])
def test_bomb_is_refused_without_decoding(tmp_path, monkeypatch, size):
    def refuse(*args, **kwargs):
        raise AssertionError("a refused picture must never be decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)
    report = run(make_draft(tmp_path, ["标题", paragraph(100), png_header_only(*size)]))
    assert rules_of(report) == {"images.too_large"}
    (facts,) = report.details["images"]["pictures"]
    assert facts["status"] == "too_large"


def test_analysis_copy_is_reduced_and_sized_as_displayed():
    photo = scene(1600, 1200)
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown portrait
    quality = inspect_picture(encoded(photo, exif=exif), max_pixels=50_000_000)
    assert (quality.width, quality.height, quality.format) == (1200, 1600, "JPEG")
    assert quality.status == "ok" and quality.blur is not None
    assert WORK_SIDE <= 512


# --- what a view gets -----------------------------------------------------------------------


def test_every_picture_is_listed_with_its_facts_and_findings_point_at_its_paragraph(tmp_path):
    small = scene(320, 213, seed=2)
    report = run(make_draft(tmp_path, ["标题", scene(1080, 720), paragraph(200), small, "尾段。"]))
    pictures = report.details["images"]["pictures"]
    assert [p["index"] for p in pictures] == [0, 1]
    assert set(pictures[1]) >= {"offset", "width", "height", "bytes", "blur", "status"}
    assert (pictures[1]["width"], pictures[1]["height"], pictures[1]["status"]) == (
        320,
        213,
        "flagged",
    )
    (finding,) = [f for f in report.findings if f.rule == "images.low_resolution"]
    start, end = finding.span
    assert report.draft.text[start:end] == "尾段。"
    assert finding.data["offset"] == pictures[1]["offset"] == start
    assert finding.suggestion and finding.suggestion.advice


def test_switched_off_rule_is_not_reported(tmp_path):
    draft = make_draft(tmp_path, ["标题"] + [paragraph(200)] * 3)
    settings = Settings({"rules": {"disabled": ["images.none"]}})
    report = analyze(draft, CheckContext(settings=settings), checks=(images,))
    assert report.findings == ()
    assert report.metrics["images"] == 0


def test_svg_drawing_is_counted_but_not_judged(tmp_path):
    svg = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="40" height="9"/>'
    report = run(make_draft(tmp_path, ["标题", scene(1080, 720), paragraph(200), svg, "尾段。"]))
    assert report.metrics["images"] == 2
    assert not rules_of(report, 1)
    assert report.details["images"]["pictures"][1]["status"] == "vector"


def test_pasted_text_without_pictures_says_it_cannot_hold_any():
    report = run(read_pasted("\n".join(["关于秋季防火的通知"] + [paragraph(200)] * 3)))
    (finding,) = report.findings
    assert finding.rule == "images.none" and "纯文本" in finding.message
