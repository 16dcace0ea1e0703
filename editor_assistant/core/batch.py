"""Check many files: unreadable ones are reported and the batch goes on."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from editor_assistant.core.analyze import analyze
from editor_assistant.core.context import CheckContext
from editor_assistant.core.model import Report
from editor_assistant.core.readers import ReadError, expand_paths, read_path

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class DocumentResult:
    path: str
    report: Report | None = None
    error: ReadError | None = None


def check_file(path: Path, context: CheckContext) -> DocumentResult:
    try:
        return DocumentResult(str(path), report=analyze(read_path(path), context))
    except ReadError as exc:
        return DocumentResult(str(path), error=exc)
    except Exception as exc:  # a reader bug must not stop the batch; --debug shows the trace
        log.debug("reading %s failed", path, exc_info=True)
        reason = f"读取失败（{type(exc).__name__}：{exc}）"
        return DocumentResult(str(path), error=ReadError(str(path), "unreadable", reason))


def check_paths(
    paths: Sequence[str | Path],
    context: CheckContext,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[DocumentResult]:
    """Expand folders, then check each file in order; stops early only when cancelled."""
    files, folder_errors = expand_paths(list(paths))
    results = [DocumentResult(error.path, error=error) for error in folder_errors]
    for done, path in enumerate(files):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(done / len(files), path.name)
        results.append(check_file(path, context))
    if progress is not None:
        progress(1.0, "完成")
    return results
