"""A content digest for the review sheet: snownlp's TextRank summary sentence and keywords.

snownlp takes about two seconds to import and a tenth of a second per draft, so it is not part
of the officialese check (which must stay within 20 ms); the review sheet calls ``digest`` when
it is built, off the GUI thread. snownlp's sentiment model was trained on shopping reviews and
is deliberately not used: it says nothing about officialese.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

_lock = threading.Lock()  # snownlp's models are module globals; load them once


@dataclass(frozen=True)
class Digest:
    summary: str  # the draft's most central sentence, as snownlp's TextRank ranks it
    keywords: tuple[str, ...]


def digest(text: str, keywords: int = 5) -> Digest:
    """Summary sentence and keywords of ``text``; empty for a draft with no sentences."""
    if not text.strip():
        return Digest("", ())
    with _lock:
        from snownlp import SnowNLP

        document = SnowNLP(text)
        sentences = document.summary(1) if document.sentences else []
        # Single characters (感, 区) are noise in snownlp's keyword list.
        words = [w for w in document.keywords(keywords * 3) if len(w) > 1][:keywords]
    return Digest(sentences[0] if sentences else "", tuple(words))
