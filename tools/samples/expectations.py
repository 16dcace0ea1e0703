"""The machine-readable facts per draft that the tests compare the app against."""

from __future__ import annotations

import re

from .drafts import Draft

DATE_PREFIX_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})-")


def date_source(draft: Draft) -> str:
    if DATE_PREFIX_RE.match(draft.file):
        return "filename"
    return "docx_core" if draft.fmt == "docx" else "text"


def expectation(draft: Draft, images: int, remote: int) -> dict:
    return {
        "title": draft.title,
        "published_at": draft.meta["published_at"],
        "date_source": date_source(draft),
        "encoding": draft.meta["encoding"] if draft.fmt == "txt" else None,
        "images": images,
        "remote_images": remote,
        "copies_from": draft.listed("copies_from"),
        "copy_kind": draft.meta.get("copy_kind") or None,
        "same_topic_as": draft.meta.get("same_topic_as") or None,
        "style": draft.meta["style"],
        "service": draft.meta.get("service") or None,
        "personal_data": draft.listed("personal_data"),
        "slips": draft.listed("slips"),
    }
