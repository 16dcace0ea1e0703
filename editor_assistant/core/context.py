"""What a check may consult besides the draft."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from editor_assistant.core.ignores import IgnoreStore
from editor_assistant.core.settings import Settings, defaults


@dataclass(frozen=True)
class CheckContext:
    settings: Settings = field(default_factory=defaults)
    # An archive store of past feed articles (see core.archive); None when none is open.
    archive: Any = None
    # The "忽略此条" store; None shows every finding (tests, ``--no-ignores``).
    ignores: IgnoreStore | None = None
