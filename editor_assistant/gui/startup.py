"""Slow things the window must not wait for: the archive, jieba's dictionary, the checks.

The window is shown first; both run in workers and the status bar says what is loading.
The archive comes first because checks should see it; a check that needs jieba before the
warm-up ends waits for the same loader (it is thread-safe) instead of loading it twice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from editor_assistant.core.context import CheckContext

WARM_UP_TEXT = "关于冬季供暖的通知\n各位居民：11月15日起开始供暖，热线0531-12345。"


def archive_location(context: CheckContext) -> Path:
    from editor_assistant.core.archive import configured_archive_file  # numpy, off start-up

    return configured_archive_file(context.settings)


def open_archive(context: CheckContext):
    """The store the context names (or the default one); raises ArchiveError with a reason."""
    if context.archive is not None:
        return context.archive
    from editor_assistant.gui import archive_access  # numpy and SQLite, in this worker

    return archive_access.open_store(archive_location(context))


def load_language_data(progress: Callable[[float, str], None]) -> None:
    """jieba's dictionary and the checks' lexicons, so the first check of a draft is fast.

    One tiny draft is checked to build the checks' caches. snownlp is not loaded: only the
    review sheet's digest uses it, and its seconds of model loading would hold the
    interpreter while the editor types.
    """
    progress(0.0, "正在加载分词词典…")
    from editor_assistant.core.tone.segmenter import tokenizer

    tokenizer()
    progress(0.6, "正在准备检查规则…")
    from editor_assistant.core.analyze import analyze
    from editor_assistant.core.readers import read_pasted

    analyze(read_pasted(WARM_UP_TEXT))
