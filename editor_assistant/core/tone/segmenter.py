"""jieba, loaded on first use and quietly.

Importing jieba and reading its dictionary takes about a second, so it happens the first time a
draft is scored (or when the GUI warms it up in a worker), never when a module is imported.
The dictionary cache goes to the system's temporary folder, which is writable in a frozen build.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from functools import cache
from typing import Any

_lock = threading.Lock()
_tokenizer: Any = None


def tokenizer() -> Any:
    """jieba's shared default tokenizer, initialised once (thread-safe)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                if jieba.dt.tmp_dir is None:
                    jieba.dt.tmp_dir = tempfile.gettempdir()
                jieba.dt.initialize()
                _tokenizer = jieba.dt
    return _tokenizer


def words(text: str) -> list[str]:
    """Words of ``text`` by dictionary only: HMM guesses glue spoken phrases (免费打) into fake words."""
    return tokenizer().lcut(text, HMM=False)


@cache
def frequency(word: str) -> int:
    """How often the word occurs in jieba's dictionary corpus (0 when absent)."""
    return tokenizer().FREQ.get(word, 0)
