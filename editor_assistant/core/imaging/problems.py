"""What is wrong with one picture, as rule id -> Problem (severity, message, advice).

The messages name the picture's size and what a reader on a phone will see, so the
editor can judge a finding without opening the picture.
"""

from __future__ import annotations

from typing import NamedTuple

from editor_assistant.core.imaging.quality import PictureQuality, hash_distance, inspect_picture
from editor_assistant.core.imaging.thresholds import ImageThresholds
from editor_assistant.core.model import DraftImage, Severity

# Grey-level spread below which a picture is a plain fill: it has no sharpness to judge,
# and all plain fills would hash alike.
FLAT_CONTRAST = 10.0
# A common phone screen in logical points: 375 wide, ~600 of it showing the article.
_PHONE_WIDTH_PT = 375
_PHONE_VIEW_PT = 600
_MB = 1024 * 1024


class Problem(NamedTuple):
    severity: Severity
    message: str
    advice: str


def assess(image: DraftImage, limits: ImageThresholds) -> PictureQuality | None:
    """None for a remote picture: it is never downloaded, so nothing is known of it."""
    if image.remote:
        return None
    if image.data is None:
        return PictureQuality("undecodable", error=image.error or "图片文件缺失或无法读取")
    return inspect_picture(image.data, limits.max_pixels)


def is_decoration(quality: PictureQuality, limits: ImageThresholds) -> bool:
    return min(quality.width, quality.height) < limits.decoration_max_side


def is_judged(quality: PictureQuality | None, limits: ImageThresholds) -> bool:
    """Photos and graphics, not decoration or plain fills, are judged for blur and repeats."""
    return (
        quality is not None
        and quality.status == "ok"
        and not is_decoration(quality, limits)
        and quality.contrast >= FLAT_CONTRAST
    )


def picture_problems(
    image: DraftImage, quality: PictureQuality | None, limits: ImageThresholds, is_lead: bool
) -> dict[str, Problem]:
    if quality is None:
        advice = "发布前在手机预览中查看这张图"
        return {
            "images.remote_unchecked": Problem(
                Severity.INFO, "是网络图片，未下载，清晰度和尺寸未检查", advice
            )
        }
    problems = _file_problems(image, limits)
    if quality.status == "too_large":
        size = f"{quality.width}×{quality.height}" if quality.width else "超过安全上限"
        message = f"像素过大（{size}），为安全起见未解码检查"
        problems["images.too_large"] = Problem(
            Severity.WARNING, message, "缩小到宽 1080 像素左右再插入"
        )
    elif quality.status == "undecodable":
        advice = "重新插入原图，或另存为 JPG/PNG 后插入"
        problems["images.undecodable"] = Problem(
            Severity.ERROR, f"无法读取：{quality.error}", advice
        )
    elif quality.status == "ok":
        problems.update(_shape_problems(quality, limits))
        if is_judged(quality, limits):
            problems.update(_detail_problems(quality, limits, is_lead))
    return problems


def _file_problems(image: DraftImage, limits: ImageThresholds) -> dict[str, Problem]:
    size = image.byte_size
    if size <= limits.max_file_kb * 1024:
        return {}
    severity = Severity.ERROR if size > limits.upload_limit_kb * 1024 else Severity.WARNING
    message = f"文件过大（{size / _MB:.1f} MB），手机流量下加载慢"
    advice = "导出为宽 1080 像素、质量约 80% 的 JPG，一般不超过 500 KB"
    return {"images.oversize_file": Problem(severity, message, advice)}


def _shape_problems(quality: PictureQuality, limits: ImageThresholds) -> dict[str, Problem]:
    width, height = quality.width, quality.height
    if width > height * limits.max_wide_ratio:
        shown = round(_PHONE_WIDTH_PT * height / width)
        decoration = is_decoration(quality, limits)
        note = "（若是分隔线等装饰图可忽略）" if decoration else ""
        message = f"过宽（{width}×{height}），手机上只有约{shown}点高，图中文字难以看清{note}"
        severity = Severity.INFO if decoration else Severity.WARNING
        advice = "裁成不宽于 3:1 的图片，或把图中文字写进正文"
        return {"images.aspect_ratio": Problem(severity, message, advice)}
    if height > width * limits.max_tall_ratio:
        screens = _PHONE_WIDTH_PT * height / width / _PHONE_VIEW_PT
        message = f"过长（{width}×{height}），手机上要翻约{screens:.0f}屏"
        return {
            "images.aspect_ratio": Problem(Severity.INFO, message, "拆成几张图，中间配文字说明")
        }
    return {}


def _detail_problems(
    quality: PictureQuality, limits: ImageThresholds, is_lead: bool
) -> dict[str, Problem]:
    problems = {}
    width, height = quality.width, quality.height
    if is_lead and (width < limits.cover_min_width or height < limits.cover_min_height):
        need = f"{limits.cover_min_width}×{limits.cover_min_height}"
        message = f"作为首图分辨率偏低（{width}×{height}），用作封面至少需要 {need}"
        problems["images.cover_low_resolution"] = Problem(
            Severity.WARNING, message, "换用更大的原图作首图"
        )
    elif width < limits.min_width:
        message = f"分辨率偏低（宽{width}像素），手机上按全屏宽显示会发虚"
        advice = f"换用宽度至少 {limits.min_width} 像素（最好 1080）的原图"
        problems["images.low_resolution"] = Problem(Severity.WARNING, message, advice)
    if quality.blur is not None and quality.blur < limits.blur_threshold:
        message = f"模糊（清晰度 {quality.blur:.0f}，低于 {limits.blur_threshold:.0f}）"
        advice = "换用对焦清晰的原图；不要放大小图或翻拍屏幕"
        problems["images.blurry"] = Problem(Severity.WARNING, message, advice)
    return problems


class DuplicateFinder:
    """Remembers the judged pictures of one draft and names an earlier near-identical one."""

    def __init__(self, limits: ImageThresholds) -> None:
        self._limit = limits.duplicate_max_distance
        self._seen: list[tuple[int, int]] = []  # (picture index, hash)

    def problem(self, index: int, quality: PictureQuality) -> dict[str, Problem]:
        for earlier, seen in self._seen:
            if hash_distance(seen, quality.dhash) <= self._limit:
                message = f"与第{earlier + 1}张图重复或几乎相同"
                advice = "删去重复的一张，或换一张不同角度的照片"
                return {"images.duplicate": Problem(Severity.WARNING, message, advice)}
        self._seen.append((index, quality.dhash))
        return {}


def picture_facts(
    index: int, image: DraftImage, quality: PictureQuality | None, problems: dict[str, Problem]
) -> dict:
    """One row of the picture list a view shows."""
    if quality is None:
        status = "remote"
    elif quality.status != "ok":
        status = quality.status
    else:
        status = "flagged" if problems else "ok"
    return {
        "index": index,
        "offset": image.offset,
        "source": image.source,
        "remote": image.remote,
        "format": quality.format if quality else None,
        "width": (quality.width if quality else None) or image.width,
        "height": (quality.height if quality else None) or image.height,
        "bytes": image.byte_size,
        "blur": quality.blur if quality else None,
        "status": status,
        "problems": list(problems),
    }
