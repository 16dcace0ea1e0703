"""“忽略此条”: findings the editor dismissed, remembered per draft, rule and passage.

An ignore is keyed by (draft, rule, passage): the draft by its file path (pasted text by its
title), the finding by its rule id and the words it points at, never by offsets, so it
survives edits elsewhere in the draft. Editing the passage itself brings the finding back,
which is what an editor expects. The store is a small JSON file under ``paths.data_dir()``,
written atomically; every ignore can be undone (``remove`` or ``undo_last``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from editor_assistant.core import paths
from editor_assistant.core.atomic import write_atomic
from editor_assistant.core.model import (
    MEDIA_LABELS,
    Draft,
    Finding,
    MultimediaSuggestion,
    Report,
    Severity,
)

log = logging.getLogger(__name__)

IgnoreKey = tuple[str, str, str]  # draft, rule, passage
MEDIA_RULE = "multimedia."
_VERSION = 1
_NOT_A_PATH = ("title:", "text:")


def draft_key(draft: Draft) -> str:
    """The file's absolute path; pasted text by its title (or, untitled, by its content)."""
    if draft.path:
        return _normal_draft(draft.path)
    if draft.title:
        return f"title:{draft.title}"
    return "text:" + hashlib.sha1(draft.text.encode("utf-8")).hexdigest()[:16]


def finding_key(draft: Draft, finding: Finding) -> IgnoreKey:
    """A whole-document finding (no span) is ignored for the draft as a whole, and so is a
    multimedia suggestion: its passage grows and moves as cues appear elsewhere in the text."""
    whole = not finding.span or finding.rule.startswith(MEDIA_RULE)
    passage = "" if whole else draft.text[finding.span[0] : finding.span[1]]
    return draft_key(draft), finding.rule, passage


def suggestion_name(kind: str) -> str:
    return f"多媒体建议（{MEDIA_LABELS[kind]}）"


def suggestion_finding(suggestion: MultimediaSuggestion) -> Finding:
    """A multimedia suggestion as the app lists it: a tip on its passage that can be ignored."""
    return Finding(
        rule=MEDIA_RULE + suggestion.kind,
        severity=Severity.INFO,
        message=f"{suggestion_name(suggestion.kind)}：{suggestion.reason}",
        span=suggestion.span,
    )


def _normal_draft(key: str) -> str:
    if key.startswith(_NOT_A_PATH):
        return key
    return os.path.normcase(os.path.abspath(key))


def _normal(key: Iterable[str]) -> IgnoreKey:
    draft, rule, passage = key
    return _normal_draft(draft), rule, passage


class IgnoreStore:
    """The ignore list on disk. Reads pick up changes another window or the CLI made."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else paths.data_dir() / "ignores.json"
        self._entries: dict[IgnoreKey, str] = {}  # key → when it was ignored (ISO time)
        self._stamp: float | None = None
        self._broken = False

    # --- reading ---------------------------------------------------------------------------
    def _refresh(self) -> None:
        try:
            stamp = self.path.stat().st_mtime_ns
        except OSError:
            self._entries, self._stamp = {}, None
            return
        if stamp == self._stamp:
            return
        self._stamp = stamp
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self._entries = {
                _normal((item["draft"], item["rule"], item["text"])): str(item.get("at", ""))
                for item in data["ignores"]
            }
            self._broken = False
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("ignore list %s unreadable (%s); starting empty", self.path, exc)
            self._entries, self._broken = {}, True

    def keys(self) -> list[IgnoreKey]:
        self._refresh()
        return sorted(self._entries)

    def is_ignored(self, draft: str, rule: str, passage: str) -> bool:
        self._refresh()
        return _normal((draft, rule, passage)) in self._entries

    def visible(self, report: Report) -> Report:
        """The report as the editor chose to see it: ignored findings and suggestions left out."""
        findings, _ = self.partition(report.draft, report.findings)
        multimedia = tuple(
            m
            for m in report.multimedia
            if finding_key(report.draft, suggestion_finding(m)) not in self._entries
        )
        return replace(report, findings=tuple(findings), multimedia=multimedia)

    def partition(self, draft: Draft, findings: Iterable[Finding]):
        """(kept, ignored): the analyser shows the first and counts the second."""
        self._refresh()
        kept: list[Finding] = []
        ignored: list[Finding] = []
        for finding in findings:
            key = finding_key(draft, finding)
            (ignored if key in self._entries else kept).append(finding)
        return kept, ignored

    # --- writing ---------------------------------------------------------------------------
    def add(self, draft: str, rule: str, passage: str) -> None:
        self._refresh()
        key = _normal((draft, rule, passage))
        self._entries.pop(key, None)  # re-adding moves it to the end: undo_last takes it first
        self._entries[key] = datetime.now().isoformat(timespec="seconds")
        self._save()

    def remove(self, draft: str, rule: str, passage: str) -> bool:
        """Undo one ignore; False when it was not in the list."""
        self._refresh()
        if self._entries.pop(_normal((draft, rule, passage)), None) is None:
            return False
        self._save()
        return True

    def ignore(self, draft: Draft, finding: Finding) -> IgnoreKey:
        key = finding_key(draft, finding)
        self.add(*key)
        return key

    def undo_last(self) -> IgnoreKey | None:
        """Take back the most recent ignore (ties: the last one added)."""
        self._refresh()
        if not self._entries:
            return None
        key = max(reversed(self._entries.items()), key=lambda item: item[1])[0]
        self.remove(*key)
        return key

    def clear_draft(self, draft: Draft) -> int:
        self._refresh()
        own = [key for key in self._entries if key[0] == draft_key(draft)]
        for key in own:
            del self._entries[key]
        if own:
            self._save()
        return len(own)

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._broken and self.path.exists():  # keep the unreadable file for a human to look at
            os.replace(self.path, self.path.with_name(self.path.name + ".bad"))
            self._broken = False
        items = [
            {"draft": d, "rule": r, "text": t, "at": at} for (d, r, t), at in self._entries.items()
        ]
        payload = json.dumps({"version": _VERSION, "ignores": items}, ensure_ascii=False, indent=1)
        write_atomic(self.path, payload + "\n", overwrite=True)
        self._stamp = self.path.stat().st_mtime_ns


def default_store() -> IgnoreStore:
    return IgnoreStore()
