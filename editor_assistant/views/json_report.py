"""The versioned JSON output; its schema is ``resources/schema/report.schema.json``."""

from __future__ import annotations

from typing import Any

from editor_assistant import __version__
from editor_assistant.core.batch import DocumentResult
from editor_assistant.core.model import Finding, Report

SCHEMA_VERSION = 1
# Metrics every document carries; null means the check did not run (switched off, failed,
# or, for originality, no archive to compare with).
_REQUIRED_METRICS = ("officialese", "originality", "images", "chars_per_image")


def _finding(report: Report, finding: Finding) -> dict[str, Any]:
    span = list(finding.span) if finding.span else None
    suggestion = None
    if finding.suggestion is not None:
        suggestion = {
            "replacement": finding.suggestion.replacement,
            "advice": finding.suggestion.advice,
            "safe": finding.suggestion.safe,
        }
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "span": span,
        "text": report.draft.text[span[0] : span[1]] if span else None,
        "message": finding.message,
        "suggestion": suggestion,
        "data": finding.data,
    }


def _originality(report: Report) -> dict[str, Any]:
    details = report.details.get("originality", {})
    return {
        "copied_fraction": details.get("copied_fraction"),
        "matches": details.get("matches", []),
    }


def document_json(result: DocumentResult) -> dict[str, Any]:
    if result.report is None:
        return {
            "path": result.path,
            "title": None,
            "chars": None,
            "published_at": None,
            "error": result.error.as_dict() if result.error else None,
        }
    report = result.report
    draft = report.draft
    metrics = {name: report.metrics.get(name) for name in _REQUIRED_METRICS}
    metrics.update(report.metrics)
    return {
        "path": result.path,
        "title": draft.title,
        "account": draft.account,
        "chars": draft.chars,
        "published_at": draft.published_at.isoformat() if draft.published_at else None,
        "date_source": draft.date_source,
        "format": draft.format,
        "encoding": draft.encoding,
        "error": None,
        "metrics": metrics,
        "originality": _originality(report),
        "multimedia": [
            {"kind": m.kind, "reason": m.reason, "span": list(m.span) if m.span else None}
            for m in report.multimedia
        ],
        "findings": [_finding(report, f) for f in report.findings],
        "check_errors": [{"check": e.check, "message": e.message} for e in report.errors],
    }


def results_json(results: list[DocumentResult]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": f"editor-assistant {__version__}",
        "documents": [document_json(result) for result in results],
    }
