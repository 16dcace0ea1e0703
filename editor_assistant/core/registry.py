"""The explicit list of checks. Order is the order of the report's sections."""

from __future__ import annotations

from types import ModuleType

from editor_assistant.core.checks import (
    images,
    interaction,
    multimedia,
    officialese,
    originality,
    privacy,
    service,
    typography,
    wording,
)

CHECKS: tuple[ModuleType, ...] = (
    officialese,
    images,
    originality,
    multimedia,
    service,
    interaction,
    privacy,
    wording,
    typography,
)
