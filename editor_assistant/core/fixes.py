"""Apply suggested replacements to a text: the CLI's ``--fix`` and the GUI's “全部修正”.

Findings carry offsets into the text they were found in. Before replacing, each span is checked
against the passage the check saw (``finding.data["text"]``), so a stale finding (the text was
edited since) is skipped instead of corrupting the draft. Overlapping spans cannot both be
applied: the one starting first wins, at equal starts the more severe, then the longer.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from editor_assistant.core.atomic import write_atomic
from editor_assistant.core.model import Finding, Report, Severity

_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def is_applicable(finding: Finding, safe_only: bool = True) -> bool:
    suggestion = finding.suggestion
    return (
        finding.span is not None
        and suggestion is not None
        and suggestion.replacement is not None
        and (suggestion.safe or not safe_only)
    )


def _still_there(text: str, finding: Finding) -> bool:
    start, end = finding.span
    if not 0 <= start <= end <= len(text):
        return False
    expected = finding.data.get("text")
    return expected is None or text[start:end] == expected


def apply_fixes(
    text: str, findings: Iterable[Finding], *, safe_only: bool = True
) -> tuple[str, list[Finding]]:
    """The text with the chosen replacements made, and the findings applied (in text order).

    ``safe_only=False`` also applies replacements that want reading first: use it only for
    findings the editor picked one by one.
    """
    candidates = sorted(
        (f for f in findings if is_applicable(f, safe_only) and _still_there(text, f)),
        key=lambda f: (f.span[0], _RANK[f.severity], -(f.span[1] - f.span[0]), f.rule),
    )
    chosen: list[Finding] = []
    # Sorted by start, the chosen spans are disjoint, so only the latest non-empty one can
    # collide with the next candidate. An insertion may sit at a span's edge, not inside it,
    # and two insertions at one point collide.
    latest = (-1, -1)
    insertions: set[int] = set()
    for finding in candidates:
        start, end = finding.span
        if start == end:
            if start in insertions or latest[0] < start < latest[1]:
                continue
            insertions.add(start)
        elif start < latest[1]:
            continue
        else:
            latest = finding.span
        chosen.append(finding)
    chosen.sort(key=lambda f: f.span)  # an insertion at a span's start goes before it
    parts = []
    cursor = 0
    for finding in chosen:
        start, end = finding.span
        parts.append(text[cursor:start])
        parts.append(finding.suggestion.replacement)
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts), chosen


def fixed_copy_path(draft_path: str | Path) -> Path:
    """Where ``--fix`` saves a draft's corrected text: ``通知.docx`` → ``通知.docx.fixed.txt``.

    The whole file name is kept so that 通知.docx and 通知.txt never share one copy."""
    path = Path(draft_path)
    return path.with_name(f"{path.name}.fixed.txt")


def write_fixed_copy(report: Report, *, overwrite: bool = False) -> tuple[Path, list[Finding]]:
    """Save the draft's plain text with every safe fix applied next to the draft.

    Only the text is written (paragraphs one per line): formatting and pictures of a .docx or
    .html stay in the original, which is never touched. Raises ``WriteError``.
    """
    if not report.draft.path:
        raise ValueError("pasted text has no file to save a corrected copy next to")
    text, applied = apply_fixes(report.draft.text, report.findings)
    target = fixed_copy_path(report.draft.path)
    # A .txt draft's copy keeps its encoding, so GBK stays GBK for the editor's old tools.
    encoding = report.draft.encoding if report.draft.format == "txt" else None
    write_atomic(target, (text + "\n").encode(encoding or "utf-8"), overwrite=overwrite)
    return target, applied
