"""Runs the whole build: feed, pictures, drafts, self-checks, expectations and manifest."""

from __future__ import annotations

import json
import shutil

from .drafts import Draft, load_drafts
from .expectations import expectation
from .feed import load_feed, write_feed
from .manifest import write_manifest
from .paths import FEED, IMAGES, OUT, WEEK
from .pictures import build_pictures
from .readback import inspect_output
from .render_docx import render_docx
from .render_html import render_html
from .render_text import encode_txt, render_md
from .verify import check_docx, check_draft, check_feed


def reset_output() -> None:
    for path in (WEEK, FEED):
        if path.exists():
            shutil.rmtree(path)
    IMAGES.mkdir(parents=True)
    FEED.mkdir(parents=True)


def write_draft(draft: Draft, pictures: dict[str, bytes]) -> None:
    path = WEEK / draft.file
    if draft.fmt == "txt":
        path.write_bytes(encode_txt(draft))
    elif draft.fmt == "md":
        path.write_text(render_md(draft), encoding="utf-8", newline="\n")
    elif draft.fmt == "docx":
        path.write_bytes(render_docx(draft, pictures))
    elif draft.fmt == "html":
        path.write_text(render_html(draft, pictures), encoding="utf-8", newline="\n")
    else:
        raise ValueError(f"unknown format {draft.fmt}")


def main() -> int:
    reset_output()
    articles = load_feed()
    check_feed(articles)
    write_feed(articles)
    feed = {a.title: a for a in articles}

    pictures = build_pictures()
    for name, data in pictures.items():
        (IMAGES / name).write_bytes(data)

    drafts = load_drafts(feed)
    drafts.sort(key=lambda d: (d.meta["published_at"], d.file))
    facts: dict[str, dict] = {}
    for draft in drafts:
        write_draft(draft, pictures)
        text, images, remote = inspect_output(draft)
        declared = sum(1 for b in draft.blocks if b.kind == "img")
        assert images == declared, (draft.file, images, declared)
        check_draft(draft, text, feed)
        if draft.fmt == "docx":
            check_docx(draft)
        facts[draft.file] = expectation(draft, images, remote)

    (OUT / "expectations.json").write_text(
        json.dumps(facts, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    write_manifest(drafts, facts)
    total = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(
        f"{len(articles)} feed articles, {len(drafts)} drafts, {len(pictures)} pictures, {total / 1e6:.1f} MB"
    )
    return 0
