"""The ``[officialese]`` settings section, with the defaults used when a key is missing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ToneOptions:
    long_sentence_chars: int = 50  # a sentence longer than this is flagged
    de_chain_min: int = 3  # this many 的 in one clause make a 的-chain
    slogan_run_min: int = 3  # this many parallel (four-character) clauses in a row
    reader_address_min_chars: int = 300  # a post this long should speak to its reader
    extra_phrases: tuple[Any, ...] = ()
    removed_phrases: tuple[str, ...] = ()

    @classmethod
    def from_section(cls, section: dict[str, Any]) -> ToneOptions:
        defaults = cls()

        def number(key: str) -> int:
            value = section.get(key, getattr(defaults, key))
            valid = isinstance(value, int) and not isinstance(value, bool) and value > 0
            return value if valid else getattr(defaults, key)

        return cls(
            long_sentence_chars=number("long_sentence_chars"),
            de_chain_min=number("de_chain_min"),
            slogan_run_min=number("slogan_run_min"),
            reader_address_min_chars=number("reader_address_min_chars"),
            extra_phrases=_as_tuple(section.get("extra_phrases", ())),
            removed_phrases=_as_tuple(section.get("removed_phrases", ())),
        )


def _as_tuple(value: Any) -> tuple[Any, ...]:
    """A list from the settings file; a lone value (a typo for a list) becomes a list of one."""
    return tuple(value) if isinstance(value, list | tuple) else (value,)
