"""Pictures: how many, where text runs on without one, and which will look bad on a phone.

Flags: a post of a screen or more with no picture (images.none); a stretch of text without
a picture longer than three screens (images.stretch, span = the stretch); pictures too
narrow for a phone (images.low_resolution) or for the cover (images.cover_low_resolution);
blurry pictures (images.blurry, Laplacian variance of a reduced copy); extreme aspect ratios
(images.aspect_ratio); files too big for mobile data (images.oversize_file); the same picture
twice (images.duplicate, difference hash); pictures that cannot be read (images.undecodable)
or are refused as too large to decode safely (images.too_large); remote pictures, counted
and placed but not downloaded (images.remote_unchecked). A picture's span is the paragraph
it stands in or just before (the last one for a closing picture): a range a view can
highlight and a text report can quote; ``data["index"]`` and ``data["offset"]`` locate the
picture exactly, and ``details["pictures"]`` lists every picture's facts for a view.

Why: the city survey of government accounts found a picture rate of about 20 % and called
the pictures rough; all-text posts cause "视觉疲劳". The thresholds follow how WeChat shows a
post on a phone (full-width body pictures, a 900x383 cover, upload size limits); each
default and its reason is in core/imaging/thresholds.py, and the [images] settings section
changes it.

Example: a 1,500-character notice whose only picture, under the title, is a 320x213 photo
gets images.cover_low_resolution on it and images.stretch on the text after it.

Not flagged: what a picture shows, captions, or copyright; remote pictures' quality (never
guessed); SVG drawings (they scale without blur); decoration (dividers, icons: short side under 150 px) for resolution, blur and
repetition; mild softness that is invisible at half a phone's display width.
"""

from __future__ import annotations

from dataclasses import asdict

from editor_assistant.core.context import CheckContext
from editor_assistant.core.imaging import density
from editor_assistant.core.imaging.problems import (
    DuplicateFinder,
    assess,
    is_judged,
    picture_facts,
    picture_problems,
)
from editor_assistant.core.imaging.thresholds import ImageThresholds
from editor_assistant.core.model import CheckResult, Draft, Finding, Severity, Suggestion

NAME = "images"
TITLE = "配图"
# Formats that cannot hold a picture: the editor may have the pictures elsewhere.
_TEXT_ONLY_FORMATS = ("txt", "paste", "stdin")


def check(draft: Draft, context: CheckContext) -> CheckResult:
    limits = ImageThresholds.from_settings(context.settings.section(NAME))
    prefix = density.visible_prefix(draft.text)
    stretches = density.unillustrated_stretches(draft, prefix)
    lead = density.lead_image_index(draft, limits.lead_within_chars, prefix)
    metrics = density.density_metrics(draft, limits.screen_chars, stretches)
    metrics["has_lead_image"] = lead is not None
    findings = _density_findings(draft, limits, stretches)
    duplicates = DuplicateFinder(limits)
    pictures = []
    for index, image in enumerate(draft.images):
        quality = assess(image, limits)
        problems = picture_problems(image, quality, limits, is_lead=index == lead)
        if is_judged(quality, limits):
            problems.update(duplicates.problem(index, quality))
        span = density.picture_span(draft, image.offset)
        findings.extend(
            Finding(
                rule,
                problem.severity,
                f"第{index + 1}张图{problem.message}",
                span,
                Suggestion(advice=problem.advice),
                {"index": index, "offset": image.offset},
            )
            for rule, problem in problems.items()
        )
        pictures.append(picture_facts(index, image, quality, problems))
    details = {
        "screen_chars": limits.screen_chars,
        "lead_image": lead,
        "pictures": pictures,
        "stretches": [asdict(stretch) for stretch in stretches],
    }
    return CheckResult(metrics=metrics, findings=findings, details=details)


def _density_findings(
    draft: Draft, limits: ImageThresholds, stretches: list[density.Stretch]
) -> list[Finding]:
    screen = limits.screen_chars
    if not draft.images:
        if draft.chars < limits.none_min_chars:
            return []
        message = f"全文{draft.chars}字（约{draft.chars / screen:.1f}屏）没有一张图片"
        if draft.format in _TEXT_ONLY_FORMATS:
            message += "（纯文本稿带不了图片，如已另备配图可忽略）"
        advice = f"在开头配一张主图，正文大约每{limits.stretch_max_chars}字配一张图"
        suggestion = Suggestion(advice=advice)
        data = {"chars": draft.chars}
        return [Finding("images.none", Severity.WARNING, message, None, suggestion, data)]
    advice = Suggestion(advice="在这段文字中插入一张相关图片，或用小标题、图表分隔")
    return [
        Finding(
            "images.stretch",
            Severity.INFO,
            f"连续{stretch.chars}字（约{stretch.chars / screen:.1f}屏）没有配图",
            (stretch.start, stretch.end),
            advice,
            {"chars": stretch.chars},
        )
        for stretch in stretches
        if stretch.chars > limits.stretch_max_chars
    ]
