"""One pass over a draft: phrase hits, structure, readability and the officialese score."""

from __future__ import annotations

from dataclasses import dataclass

from editor_assistant.core.model import Draft
from editor_assistant.core.tone.lexicon import Lexicon, PhraseHit, load_lexicon
from editor_assistant.core.tone.options import ToneOptions
from editor_assistant.core.tone.readability import Readability, readability
from editor_assistant.core.tone.scoring import BASE, Factor, band, factors, squash
from editor_assistant.core.tone.structure import Structure, analyse

# Quotes are someone else's words and tables hold data: neither is the editor's prose.
SKIPPED_KINDS = frozenset({"quote", "table"})


@dataclass(frozen=True)
class ToneReport:
    score: float
    band: str  # plain | mixed | stiff
    band_label: str
    factors: list[Factor]
    structure: Structure
    hits: list[PhraseHit]
    readability: Readability | None
    lexicon: Lexicon
    text: str

    def matched(self, hit: PhraseHit) -> str:
        return self.text[hit.start : hit.end]


def prose_ranges(draft: Draft) -> list[tuple[int, int, bool]]:
    return [
        (p.start, p.end, p.kind != "heading")
        for p in draft.paragraphs
        if p.kind not in SKIPPED_KINDS
    ]


def _in_prose(hit: PhraseHit, ranges: list[tuple[int, int, bool]]) -> bool:
    return any(start <= hit.start < end for start, end, _ in ranges)


def analyse_draft(draft: Draft, options: ToneOptions) -> ToneReport:
    lexicon = load_lexicon(options.extra_phrases, options.removed_phrases)
    ranges = prose_ranges(draft)
    # Phrases never span a line break, so one pass over the whole text finds them all.
    hits = [hit for hit in lexicon.find(draft.text) if _in_prose(hit, ranges)]
    spans = [(hit.start, hit.end) for hit in hits]
    found = analyse(draft.text, ranges, spans, options.slogan_run_min, options.de_chain_min)
    parts = factors(
        found,
        sum(hit.entry.weight for hit in hits),
        options.long_sentence_chars,
        options.reader_address_min_chars,
    )
    score = round(squash(BASE + sum(f.contribution for f in parts)), 1) if found.chars else 0.0
    name, label = band(score)
    return ToneReport(
        score, name, label, parts, found, hits, readability(found), lexicon, draft.text
    )
