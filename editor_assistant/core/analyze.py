"""Run every registered check on a Draft and assemble the Report.

A check that raises is recorded in ``Report.errors``; the others still run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from types import ModuleType

from editor_assistant.core.context import CheckContext
from editor_assistant.core.ignores import MEDIA_RULE
from editor_assistant.core.model import CheckError, Draft, Finding, Report
from editor_assistant.core.registry import CHECKS

log = logging.getLogger(__name__)


def base_metrics(draft: Draft) -> dict[str, object]:
    """Facts of the draft itself, present even when every check is switched off."""
    images = len(draft.images)
    return {
        "chars": draft.chars,
        "images": images,
        "chars_per_image": round(draft.chars / images, 1) if images else None,
        "videos": sum(1 for media in draft.media if media.kind == "video"),
    }


def analyze(
    draft: Draft,
    context: CheckContext | None = None,
    checks: Iterable[ModuleType] = CHECKS,
) -> Report:
    context = context or CheckContext()
    settings = context.settings
    metrics = base_metrics(draft)
    findings: list[Finding] = []
    multimedia = []
    details: dict[str, object] = {}
    errors: list[CheckError] = []
    checks_run: list[str] = []
    for module in checks:
        if not settings.rule_enabled(module.NAME):
            continue
        try:
            result = module.check(draft, context)
        except Exception as exc:  # one broken check must never sink the run
            log.exception("check %s failed on %s", module.NAME, draft.path)
            errors.append(CheckError(module.NAME, f"{module.TITLE}检查出错：{exc}"))
            continue
        checks_run.append(module.NAME)
        metrics.update(result.metrics)
        findings.extend(f for f in result.findings if settings.rule_enabled(f.rule))
        multimedia.extend(result.multimedia)
        if result.details:
            details[module.NAME] = result.details
    findings.sort(key=Finding.sort_key)
    report = Report(
        draft=draft,
        metrics=metrics,
        findings=tuple(findings),
        multimedia=tuple(multimedia),
        details=details,
        errors=tuple(errors),
        checks_run=tuple(checks_run),
    )
    if context.ignores is None:
        return report
    shown = context.ignores.visible(report)
    hidden = set(report.findings) - set(shown.findings)
    hidden_media = set(report.multimedia) - set(shown.multimedia)
    if hidden or hidden_media:
        rules = {f.rule for f in hidden} | {MEDIA_RULE + m.kind for m in hidden_media}
        details["ignored"] = {"count": len(hidden) + len(hidden_media), "rules": sorted(rules)}
    return shown
