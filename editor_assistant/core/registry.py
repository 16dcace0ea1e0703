"""The explicit list of checks. Order is the order of the report's sections."""

from __future__ import annotations

from types import ModuleType

CHECKS: tuple[ModuleType, ...] = ()
