"""jieba, loaded on first use and quietly.

Importing jieba and reading its dictionary takes about a second, so it happens the first time a
draft is scored (or when the GUI warms it up in a worker), never when a module is imported.
The dictionary is read into memory in one go and then parsed by jieba's own loop: parsing it
line by line from the file releases and retakes the GIL at every small read, which starves the
GUI thread for ~100 ms at a time (the "convoy effect"); jieba's marshal cache instead holds the
GIL for a third of a second in one C call. Either would freeze typing while a worker warms up.
"""

from __future__ import annotations

import io
import logging
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
                default = jieba.dt
                with default.lock:
                    if not default.initialized:
                        with default.get_dict_file() as handle:
                            data = io.BytesIO(handle.read())
                        default.FREQ, default.total = default.gen_pfdict(data)
                        default.initialized = True
                _tokenizer = default
    return _tokenizer


def words(text: str) -> list[str]:
    """Words of ``text`` by dictionary only: HMM guesses glue spoken phrases (免费打) into fake words."""
    return tokenizer().lcut(text, HMM=False)


@cache
def frequency(word: str) -> int:
    """How often the word occurs in jieba's dictionary corpus (0 when absent)."""
    return tokenizer().FREQ.get(word, 0)
