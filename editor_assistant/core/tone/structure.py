"""Structure of a draft beyond single words: sentences, slogan runs, 的-chains, abstraction,
reader address and concrete detail. Works on the paragraphs the check hands it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from editor_assistant.core.tone.lexicon import feature_words
from editor_assistant.core.tone.segmenter import frequency, words
from editor_assistant.core.tone.sentences import Span, clauses, counted_chars, sentences

# A word is uncommon when jieba's dictionary has seen it fewer than 50 times (outside roughly
# its 40,000 commonest words) and, if it has three or more characters, it is not simply two
# common words joined (户口本 = 户口 + 本). jieba's counts come from older newspaper text, so a
# few everyday words (外卖, 插头) count as uncommon too; sentence length carries most weight.
UNCOMMON_BELOW = 50
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_DE = re.compile(r"(?<![目有])的(?![确士话])")
# Concrete detail a reader can act on. Order matters: the first alternative that fits wins.
_CONCRETE = re.compile(
    r"(?P<phone>(?<!\d)(?:\d{3,4}[-－]\d{7,8}|1[3-9]\d{9}|12345|96110|110|119|120|12315|12333)"
    r"(?!\d))"
    r"|(?P<time>\d{1,2}[:：]\d{2}|\d{1,2}点(?:半|\d{1,2}分)?)"
    r"|(?P<date>\d{1,2}月\d{1,2}日|\d{4}年|\d{1,2}月[底初]?|(?:周|星期)[一二三四五六日天]"
    r"|今天|明天|后天|今晚|明早|这周|下周|本周)"
    r"|(?P<number>\d+(?:\.\d+)?%?"
    r"|[两三四五六七八九十百千万]+(?:个|家|名|辆|天|小时|分钟|公里|岁|户|次|本|所|条|位|件|张))"
    r"|(?P<place>\d+号|[东南西北]门|窗口|大厅|服务中心|服务站|卫生院|医院|广场|公园|图书馆|社区)"
    r"|(?P<step>第[一二三四五六七八九十\d]+步|^\s*\d+[.、．]|[①②③④⑤⑥⑦⑧⑨⑩]"
    r"|点击|点开|打开|扫码|扫描|登录|拨打|搜索|关注“)",
    re.MULTILINE,
)
_ASKS_OR_EXCLAIMS = re.compile(r"[？！?!]")


@cache
def _word_regex(name: str, particles: bool) -> re.Pattern[str]:
    """Any of the feature words; with ``particles``, one-character words only end a clause."""
    found = []
    for word in sorted(feature_words(name), key=len, reverse=True):
        final = particles and len(word) == 1
        found.append(re.escape(word) + (r"(?=[\s，。！？!?、…~～]|$)" if final else ""))
    return re.compile("|".join(found), re.MULTILINE)


def _common(word: str) -> bool:
    return len(word) == 1 or frequency(word) >= UNCOMMON_BELOW


def is_uncommon(word: str) -> bool:
    if _common(word):
        return False
    return len(word) == 2 or not any(
        _common(word[:i]) and _common(word[i:]) for i in range(1, len(word))
    )


@cache
def _abstract() -> tuple[frozenset[str], tuple[str, ...]]:
    return frozenset(feature_words("abstract_nouns")), tuple(feature_words("abstract_suffixes"))


@cache
def _formal() -> frozenset[str]:
    return frozenset(feature_words("formal_words"))


@dataclass
class Structure:
    chars: int = 0
    sentences: list[Span] = field(default_factory=list)
    slogan_runs: list[tuple[Span, int]] = field(default_factory=list)  # (run, items)
    slogan_items: int = 0  # four-character items in runs of two or more
    four_char_words: int = 0
    words: int = 0
    abstract_nouns: int = 0
    abstract_examples: Counter = field(default_factory=Counter)
    uncommon_words: int = 0
    formal_words: int = 0
    de_chains: list[tuple[Span, int]] = field(default_factory=list)
    address: int = 0
    colloquial: int = 0
    concrete: Counter = field(default_factory=Counter)

    @property
    def mean_sentence(self) -> float:
        lengths = [s.length for s in self.sentences]
        return sum(lengths) / len(lengths) if lengths else 0.0

    def share_over(self, limit: int) -> float:
        return (
            sum(s.length > limit for s in self.sentences) / len(self.sentences)
            if self.sentences
            else 0.0
        )


def _parallel(items: list[Span]) -> bool:
    """Four-character items, or equal items sharing a first character (进社区、进学校) or an
    abstract suffix (获得感、幸福感; 市场化、法治化)."""
    if not all(_HAN.match(i.text) for i in items):
        return False
    lengths = {len(i.text) for i in items}
    if lengths == {4}:
        return True
    if len(lengths) != 1:
        return False
    last = {i.text[-1] for i in items}
    return len({i.text[0] for i in items}) == 1 or (len(last) == 1 and last <= set(_abstract()[1]))


def _runs(text: str, parts: list[Span], minimum: int) -> list[list[Span]]:
    """Longest stretches of parallel clauses, at least ``minimum`` long.

    A list of shared-suffix items often starts and ends inside longer clauses (群众的获得感、
    幸福感、安全感都提高了): the neighbours' matching tail and head join the run. Four-character
    items are never cut out of longer clauses: without word boundaries that cuts words in half.
    """
    runs: list[list[Span]] = []
    i = 0
    while i < len(parts):
        j = i + 1
        while j < len(parts) and _parallel(parts[i : j + 1]):
            j += 1
        run = parts[i:j]
        size = len(run[0].text)
        before = parts[i - 1] if i else None
        after = parts[j] if j < len(parts) else None
        if size != 4 and before and len(before.text) > size and text[before.end] == "、":
            tail = Span(before.end - size, before.end, before.text[-size:])
            run = [tail, *run] if _parallel([tail, *run]) else run
        if size != 4 and after and len(after.text) > size and text[run[-1].end] == "、":
            head = Span(after.start, after.start + size, after.text[:size])
            run = [*run, head] if _parallel([*run, head]) else run
        if len(run) >= minimum:
            runs.append(run)
        i = j
    return runs


def _sloganlike(text: str, run: list[Span], phrases: list[tuple[int, int]]) -> bool:
    """A run of four-character items reads as a slogan when they are clauses of their own, or
    when they hold stock phrases or abstract nouns; 现场拍照、采集指纹 is a list of steps."""
    if len(run[0].text) != 4 or any(text[item.end] != "、" for item in run[:-1]):
        return True
    nouns = _abstract()[0]
    return any(
        any(start < item.end and item.start < end for start, end in phrases)
        or any(item.text[k : k + 2] in nouns for k in range(3))
        for item in run
    )


def analyse(
    text: str,
    ranges: list[tuple[int, int, bool]],
    phrases: list[tuple[int, int]],
    slogan_min: int,
    de_min: int,
) -> Structure:
    """Measure the text inside ``ranges``: (start, end, has_sentences) per paragraph.

    Headings count for words and phrases but not as sentences: they are short by design.
    ``phrases`` are the spans of lexicon hits, which mark a run of four-character items as stock.
    """
    found = Structure()
    nouns, suffixes = _abstract()
    formal = _formal()
    for start, end, has_sentences in ranges:
        chunk = text[start:end]
        found.chars += counted_chars(chunk)
        found.address += len(_word_regex("reader_address", False).findall(chunk))
        found.colloquial += len(_word_regex("colloquial", True).findall(chunk))
        found.colloquial += len(_ASKS_OR_EXCLAIMS.findall(chunk))
        found.concrete.update(m.lastgroup for m in _CONCRETE.finditer(chunk))
        for sentence in sentences(text, start, end) if has_sentences else ():
            found.sentences.append(sentence)
            parts = list(clauses(sentence))
            for run in _runs(text, parts, 2):
                if not _sloganlike(text, run, phrases):
                    continue
                if len(run[0].text) == 4:
                    found.slogan_items += len(run)
                if len(run) >= slogan_min:
                    span = Span(run[0].start, run[-1].end, text[run[0].start : run[-1].end])
                    found.slogan_runs.append((span, len(run)))
            for part in parts:
                count = len(_DE.findall(part.text))
                if count >= de_min:
                    found.de_chains.append((part, count))
        for word in words(chunk):
            if not _HAN.match(word):
                continue
            found.words += 1
            found.four_char_words += len(word) == 4
            long_word = len(word) >= 3
            if word in nouns or (long_word and (word.endswith(suffixes) or word[-2:] in nouns)):
                found.abstract_nouns += 1
                found.abstract_examples[word] += 1
            found.uncommon_words += is_uncommon(word)
            found.formal_words += word in formal
    return found
