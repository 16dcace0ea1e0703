"""Where a draft's pictures stand relative to its text: density, gaps, the lead picture.

Lengths are counted in non-whitespace characters, like ``Draft.chars``, so a gap means
what a reader sees on the screen, not how many line breaks the file happened to have.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate, pairwise

from editor_assistant.core.model import Draft


@dataclass(frozen=True)
class Stretch:
    """Text between two pictures (or a picture and the start or end of the draft)."""

    start: int
    end: int
    chars: int


def visible_prefix(text: str) -> list[int]:
    """``prefix[i]`` = non-whitespace characters in ``text[:i]``."""
    return [0, *accumulate(0 if ch.isspace() else 1 for ch in text)]


def unillustrated_stretches(draft: Draft, prefix: list[int] | None = None) -> list[Stretch]:
    """Every run of text without a picture, in order; the span is trimmed of whitespace."""
    text = draft.text
    prefix = prefix or visible_prefix(text)
    bounds = [0, *sorted(image.offset for image in draft.images), len(text)]
    stretches = []
    for start, end in pairwise(bounds):
        chars = prefix[end] - prefix[start]
        if chars == 0:
            continue
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        stretches.append(Stretch(start, end, chars))
    return stretches


def lead_image_index(
    draft: Draft, within_chars: int, prefix: list[int] | None = None
) -> int | None:
    """The first picture, if no more than ``within_chars`` of text come before it."""
    if not draft.images:
        return None
    prefix = prefix or visible_prefix(draft.text)
    first = min(range(len(draft.images)), key=lambda i: draft.images[i].offset)
    return first if prefix[draft.images[first].offset] <= within_chars else None


def picture_span(draft: Draft, offset: int) -> tuple[int, int]:
    """The paragraph a picture stands in, or stands just before (after, at the very end)."""
    for paragraph in draft.paragraphs:
        if paragraph.start <= offset <= paragraph.end:
            return paragraph.start, paragraph.end
    return offset, offset  # a draft without paragraphs: an empty span where it stands


def density_metrics(draft: Draft, screen_chars: int, stretches: list[Stretch]) -> dict:
    images, chars = len(draft.images), draft.chars
    longest = max((stretch.chars for stretch in stretches), default=0)
    return {
        "images": images,
        "chars_per_image": round(chars / images, 1) if images else None,
        "images_per_1000_chars": round(images * 1000 / chars, 2) if chars else None,
        "longest_unillustrated_chars": longest,
        "longest_unillustrated_screens": round(longest / screen_chars, 1),
    }
