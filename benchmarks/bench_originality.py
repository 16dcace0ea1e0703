"""Scale of the originality check: import, lookup, memory and size of a big archive.

Run: python benchmarks/bench_originality.py --size 1000000
     python benchmarks/bench_originality.py --size 100000 --compare

Targets (issue 5), at 1,000,000 archived articles: checking a 2,000-character draft p95 ≤ 20 ms,
import ≥ 2,000 articles/s, memory while checking ≤ 1 GB; the database size is reported.
``--compare`` adds, on the same archive, the ``simhash`` package's SimhashIndex (with the time to
rebuild it at start) and datasketch's MinHashLSH: query time and recall on the probe set, and the
``simhash`` package's own fingerprinting beside ours on the probe texts.

The archive is synthetic: sentences of words cut from the sample feed, so character frequencies
look like the real thing, plus the sample feed itself, which the probes were copied from. The
checking runs in a fresh process, so its peak memory is that of a checker, not of the import.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import numpy as np

from editor_assistant.core.archive import import_paths, open_archive, sample_archive
from editor_assistant.core.archive.fingerprint import fingerprint_texts
from editor_assistant.core.checks import originality
from editor_assistant.core.context import CheckContext
from editor_assistant.core.readers import read_pasted
from editor_assistant.core.resources import resource_path, sample_feed_path

DRAFT_CHARS = 2000
ARTICLE_SENTENCES = (20, 60)  # about 700-2,100 characters, like real posts
POOL_SENTENCES = 400_000


def probes() -> list[dict]:
    with resource_path("probes", "originality", "probes.toml").open("rb") as handle:
        return tomllib.load(handle)["probe"]


def probe_text(probe: dict) -> str:
    return "".join(part["text"] for part in probe["part"])


def sentence_pool(size: int, seed: int) -> list[str]:
    """Random sentences of two- and three-character words taken from the sample feed."""
    feed = sample_feed_path().read_text(encoding="utf-8")
    hanzi = "".join(ch for ch in feed if "\u4e00" <= ch <= "\u9fff")
    words = sorted({hanzi[i : i + n] for n in (2, 3) for i in range(len(hanzi) - n)})
    rng = np.random.default_rng(seed)
    # Zipf's law with exponent 0.6 gives simhash bits as balanced as those of the real sample
    # feed (mean |P(bit) - 0.5| about 0.03); with exponent 1 they skew to 0.12, which crowds
    # the band lookups far beyond anything real text does.
    weights = 1 / np.arange(1, len(words) + 1) ** 0.6
    picks = rng.choice(len(words), size=(size, 14), p=weights / weights.sum())
    lengths = rng.integers(6, 15, size)
    ends = rng.choice(list("。。。！；？"), size)
    return [
        "".join(words[w] for w in row[:n]) + end
        for row, n, end in zip(picks.tolist(), lengths.tolist(), ends, strict=True)
    ]


def synthetic_articles(count: int, seed: int = 1):
    pool = sentence_pool(POOL_SENTENCES, seed)
    rng = random.Random(seed)
    accounts = [f"账号{n:03d}发布" for n in range(500)]
    for number in range(count):
        sentences = rng.choices(pool, k=rng.randint(*ARTICLE_SENTENCES))
        cut = sorted(rng.sample(range(1, len(sentences)), len(sentences) // 4))
        paragraphs = [
            "".join(sentences[a:b]) for a, b in zip([0, *cut], [*cut, len(sentences)], strict=True)
        ]
        yield {
            "title": sentences[0][:20],
            "account": rng.choice(accounts),
            "published_at": f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "url": f"https://example.org/{number}",
            "content": "\n".join(paragraphs),
        }


def fresh_text(pool: list[str], rng: random.Random, chars: int) -> str:
    """Text that is in no archived article (its sentences come from another pool)."""
    out, size = [], 0
    while size < chars:
        paragraph = "".join(rng.choices(pool, k=4))
        out.append(paragraph)
        size += len(paragraph)
    return "\n".join(out)[:chars]


def rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


# -- import --------------------------------------------------------------------------------


def build_archive(size: int, workdir: Path) -> dict:
    feed = workdir / f"synthetic-{size}.jsonl"
    started = time.perf_counter()
    with feed.open("w", encoding="utf-8") as handle:
        for article in synthetic_articles(size):
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    generated = time.perf_counter() - started
    database = workdir / f"archive-{size}.sqlite3"
    for stale in workdir.glob(f"archive-{size}.sqlite3*"):
        stale.unlink()
    store = open_archive(database)
    started, cpu = time.perf_counter(), time.process_time()
    result = import_paths(store, [feed, sample_feed_path()])
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    stats = store.stats()
    store.close()
    feed.unlink()
    return {
        "articles": stats.articles,
        "fingerprints": stats.fingerprints,
        "generate_s": round(generated, 1),
        "import_s": round(elapsed, 1),
        "import_per_s": round(result.read / elapsed),
        "import_cpu_s": round(cpu, 1),  # the machine is shared: wall time includes waiting
        "import_per_cpu_s": round(result.read / cpu),
        "db_mb": round(
            sum(p.stat().st_size for p in workdir.glob(f"archive-{size}.sqlite3*")) / 1e6
        ),
        "database": str(database),
    }


# -- checking (run in a fresh process) --------------------------------------------------------


def timing_drafts(store, count: int) -> list[str]:
    """2,000-character drafts: new text, part copies of archived articles, padded probes."""
    rng = random.Random(7)
    pool = sentence_pool(20_000, seed=99)
    total = store.stats().articles
    drafts = [fresh_text(pool, rng, DRAFT_CHARS) for _ in range(count)]
    for _ in range(count):
        copied = store.article(rng.randint(1, total)).content[:1000]
        drafts.append(fresh_text(pool, rng, DRAFT_CHARS - len(copied)) + "\n" + copied)
    drafts += [probe_text(p) + "\n" + fresh_text(pool, rng, DRAFT_CHARS) for p in probes()]
    return [d[:DRAFT_CHARS] for d in drafts]


def accuracy(context: CheckContext) -> dict:
    errors, same_topic = [], []
    for probe in probes():
        result = originality.check(read_pasted(probe_text(probe)), context)
        found = result.details["copied_fraction"]
        errors.append(abs(found - probe["expected_copied_fraction"]))
        if probe["kind"] == "new_same_topic":
            same_topic.append(found)
    return {"probe_mae": round(statistics.mean(errors), 4), "same_topic_max": max(same_topic)}


def measure_checking(database: str, drafts_per_kind: int) -> dict:
    store = open_archive(database, create=False)
    context = CheckContext(archive=store)
    drafts = [read_pasted(text) for text in timing_drafts(store, drafts_per_kind)]
    originality.check(drafts[0], context)  # first use builds the normalisation table
    times = []
    for draft in drafts:
        started = time.perf_counter()
        originality.check(draft, context)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "drafts": len(times),
        "check_p50_ms": round(times[len(times) // 2], 2),
        "check_p95_ms": round(times[int(len(times) * 0.95)], 2),
        "check_max_ms": round(times[-1], 2),
        "peak_rss_mb": round(rss_mb("VmHWM")),
        **accuracy(context),
    }


# -- side by side (--compare) ---------------------------------------------------------------


def text_segments(text: str) -> list[str]:
    """The pieces we fingerprint, as plain text: whole, paragraphs, two-sentence windows."""
    sentences = [s for s in re.split(r"(?<=[。！？!?；;…\n])", text) if s.strip()]
    windows = ["".join(sentences[i : i + 2]) for i in range(len(sentences) - 1)]
    return [text, *(p for p in text.split("\n") if len(p) >= 30), *windows]


def compare_fingerprinting() -> dict:
    """The simhash package (md5 of 4-character features, in Python) beside our numpy one.

    Both fingerprint the same pieces of the sample feed and of the probes; each side's index
    then looks up the probes, so the recall of the two fingerprint functions can be compared.
    """
    from simhash import Simhash, SimhashIndex

    feed = [json.loads(line) for line in sample_feed_path().read_text("utf-8").splitlines()]
    texts = [article["content"] for article in feed]
    started = time.process_time()
    package = [[Simhash(piece) for piece in text_segments(text)] for text in texts]
    package_ms = (time.process_time() - started) * 1000 / len(texts)
    started = time.process_time()
    for text in texts:
        fingerprint_texts([text], window_stride=1)
    ours_ms = (time.process_time() - started) * 1000 / len(texts)
    started = time.process_time()
    fingerprint_texts(texts, window_stride=2)  # as the import does it: a batch at once
    batched_ms = (time.process_time() - started) * 1000 / len(texts)
    index = SimhashIndex(
        [(str(n), value) for n, values in enumerate(package, start=1) for value in values], k=2
    )
    titles = {article["title"]: n for n, article in enumerate(feed, start=1)}
    sources = {p["id"]: {titles[t] for t in p["sources"]} for p in probes() if p["sources"]}
    found = {
        p["id"]: {
            int(i)
            for piece in text_segments(probe_text(p))
            for i in index.get_near_dups(Simhash(piece))
        }
        for p in probes()
    }
    store = sample_archive()
    ours = {
        p["id"]: {
            c.article_id
            for c in store.candidates(fingerprint_texts([probe_text(p)], 1)[0].hashes, 2, 8)
        }
        for p in probes()
    }
    return {
        "articles": len(texts),
        "package_ms_per_article": round(package_ms, 2),
        "numpy_ms_per_article": round(ours_ms, 2),
        "numpy_batched_ms_per_article": round(batched_ms, 2),
        "package_recall": recall(found, sources),
        "numpy_recall": recall(ours, sources),
    }


def probe_sources(store) -> dict[str, set[int]]:
    """Archive ids of each probe's source articles (found by title)."""
    ids = {info.title: info.id for info in store.articles(limit=200)}  # imported last
    return {p["id"]: {ids[t] for t in p["sources"]} for p in probes() if p["sources"]}


def recall(found: dict[str, set[int]], sources: dict[str, set[int]]) -> float:
    hit = sum(len(found[probe] & wanted) for probe, wanted in sources.items())
    return round(hit / sum(len(wanted) for wanted in sources.values()), 3)


def compare_indexes(database: str) -> dict:
    import sqlite3

    from datasketch import MinHash, MinHashLSH
    from simhash import Simhash, SimhashIndex

    store = open_archive(database, create=False)
    sources = probe_sources(store)
    texts = {p["id"]: probe_text(p) for p in probes()}
    out: dict[str, dict] = {}

    ours, times = {}, []
    for probe, text in texts.items():
        started = time.perf_counter()
        hashes = fingerprint_texts([text], window_stride=1)[0].hashes
        ours[probe] = {c.article_id for c in store.candidates(hashes, 2, 8)}
        times.append((time.perf_counter() - started) * 1000)
    out["sqlite_bands"] = {
        "rebuild_s": 0.0,
        "query_ms": round(statistics.mean(times), 2),
        "recall": recall(ours, sources),
    }

    # SimhashIndex over the very same fingerprints, read back from the archive.
    connection = sqlite3.connect(database)
    before, started = rss_mb(), time.perf_counter()
    entries = [
        (str(article), Simhash(int(value), f=64))
        for article, blob in connection.execute("SELECT id, fingerprints FROM articles")
        for value in np.frombuffer(blob, dtype="<u8").tolist()
    ]
    index = SimhashIndex(entries, f=64, k=2)
    rebuild = time.perf_counter() - started
    memory = rss_mb() - before
    del entries
    found, times = {}, []
    for probe, text in texts.items():
        started = time.perf_counter()
        hashes = fingerprint_texts([text], window_stride=1)[0].hashes.tolist()
        found[probe] = {int(i) for h in hashes for i in index.get_near_dups(Simhash(h, f=64))}
        times.append((time.perf_counter() - started) * 1000)
    out["simhash_index"] = {
        "rebuild_s": round(rebuild, 1),
        "memory_mb": round(memory),
        "query_ms": round(statistics.mean(times), 2),
        "recall": recall(found, sources),
    }
    del index

    # MinHashLSH: one MinHash of character 3-grams per article, Jaccard threshold 0.3.
    def minhash(text: str) -> MinHash:
        grams = {text[i : i + 3].encode("utf-8") for i in range(len(text) - 2)}
        m = MinHash(num_perm=128)
        m.update_batch(list(grams))
        return m

    before, started = rss_mb(), time.perf_counter()
    lsh = MinHashLSH(threshold=0.3, num_perm=128)
    for article in range(1, store.stats().articles + 1):
        stored = store.article(article)
        lsh.insert(str(article), minhash(stored.content))
    build = time.perf_counter() - started
    memory = rss_mb() - before
    found, times = {}, []
    for probe, text in texts.items():
        started = time.perf_counter()
        found[probe] = {int(i) for i in lsh.query(minhash(text))}
        times.append((time.perf_counter() - started) * 1000)
    out["minhash_lsh"] = {
        "rebuild_s": round(build, 1),
        "memory_mb": round(memory),
        "query_ms": round(statistics.mean(times), 2),
        "recall": recall(found, sources),
    }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="synthetic articles to archive")
    parser.add_argument("--drafts", type=int, default=100, help="timed drafts of each kind")
    parser.add_argument("--compare", action="store_true", help="SimhashIndex and MinHashLSH too")
    parser.add_argument("--workdir", type=Path, help="where the archive goes (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the archive afterwards")
    parser.add_argument("--check-only", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.check_only:
        print(json.dumps(measure_checking(args.check_only, args.drafts)))
        return 0
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-originality-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(
        f"machine: {os.cpu_count()} cores; archive of {args.size:,} synthetic articles in {workdir}"
    )
    built = build_archive(args.size, workdir)
    print("import:", json.dumps(built, ensure_ascii=False))
    checker = subprocess.run(
        [sys.executable, __file__, "--check-only", built["database"], "--drafts", str(args.drafts)],
        check=True,
        capture_output=True,
        text=True,
    )
    print("check:", checker.stdout.strip())
    if args.compare:
        print("fingerprinting:", json.dumps(compare_fingerprinting()))
        for name, figures in compare_indexes(built["database"]).items():
            print(f"{name}:", json.dumps(figures))
    if not args.keep:
        for path in workdir.glob(f"archive-{args.size}.sqlite3*"):
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
