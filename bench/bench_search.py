"""Benchmark of `factdb search` (a script that prints figures, not a test).

Builds (once) a database of at least 100,000 claims from the synthetic corpus of
bench/corpus.py, stored through factdb.db.store_article like ingest stores them, then
times the library call behind `factdb search` (parse, lemmatize, FTS5 + filters, load
the claims, build snippets) for word, phrase and filtered queries, and prints the
median and 95th percentile of each kind.

    python bench/bench_search.py [--claims 100000] [--db /tmp/factdb-bench.db] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_claims  # noqa: E402

from factdb import db as store  # noqa: E402
from factdb import search as searching  # noqa: E402

# Queries as a user would type them: word forms other than the stored lemma, names in
# oblique cases, frequent and rare words.
WORD_QUERIES = [
    "переговоров", "Москве", "пожаре", "задержали", "арестовал", "эвакуировали",
    "Кузнецова", "Смирновой", "Коммерсанта", "санкциях", "урожая", "беженцев",
    "освобождение", "дорогами", "журналистов", "Баку", "законопроекту", "Минздрава",
]
PHRASE_QUERIES = [
    '"суд арестовал"', '"в результате пожара"', '"главной темой"', '"работа по теме"',
    '"встреча в Казани"', '"заключил под стражу"', '"готов обсудить"', '"полиция задержала"',
]
# (query, filters) pairs
FILTERED_QUERIES: list[tuple[str | None, dict[str, str]]] = [
    ("пожар", {"outlet": "ТАСС"}),
    ("арестовал", {"since": "2024-06-01", "until": "2024-09-30"}),
    ("диалог", {"mode": "direct"}),
    ("переговоры", {"outlet": "Коммерсанта", "mode": "indirect"}),
    (None, {"speaker": "Кузнецовой"}),
    ("задержали", {"speaker": "пресс-секретарь"}),
    ("эвакуировали", {"since": "2025-01", "until": "2025-03"}),
    ("Москве OR Казани", {"outlet": "Интерфакс", "since": "2024-03-01"}),
]


def build(path: Path, claims: int) -> int:
    """Create the database if it holds fewer claims than asked; returns its claim count."""
    db = store.open_db(path)
    have = db.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    if have >= claims:
        return int(have)
    t0 = time.perf_counter()
    articles = generate_claims(claims, seed=7)
    t1 = time.perf_counter()
    print(f"generated {sum(len(a.claims) for a in articles)} claims in "
          f"{len(articles)} articles: {t1 - t0:.1f} s", flush=True)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    for i, a in enumerate(articles):
        store.store_article(db, a)
        if i % 2000 == 0:
            print(f"  stored {i} articles", flush=True)
    db.execute("INSERT INTO claim_search (claim_search) VALUES ('optimize')")
    db.execute("ANALYZE")
    t2 = time.perf_counter()
    n = db.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    print(f"stored {n} claims: {t2 - t1:.1f} s ({n / (t2 - t1):.0f} claims/s)", flush=True)
    return int(n)


def timed(db: store.Database, query: str | None, filters: dict[str, str]) -> tuple[float, int]:
    """Seconds one search takes, and how many hits it returned."""
    t0 = time.perf_counter()
    hits = searching.search(db, query, limit=20, **filters)  # type: ignore[arg-type]
    return time.perf_counter() - t0, len(hits)


def report(name: str, times: list[float]) -> None:
    """Print median and 95th percentile in milliseconds."""
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    print(f"{name:<10} n={len(ms):<4} median {statistics.median(ms):7.1f} ms   "
          f"p95 {p95:7.1f} ms   max {ms[-1]:7.1f} ms")


def main() -> None:
    """Build the database, warm up, time every query kind, print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--db", default="/tmp/factdb-bench.db")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    n = build(Path(args.db), args.claims)
    db = store.open_db(args.db)
    kinds = {
        "word": [(q, {}) for q in WORD_QUERIES],
        "phrase": [(q, {}) for q in PHRASE_QUERIES],
        "filtered": FILTERED_QUERIES,
    }
    # warm-up: load pymorphy, fill the lemma caches and SQLite's page cache once
    for cases in kinds.values():
        for q, f in cases:
            timed(db, q, f)
    print(f"database: {args.db}, {n} claims; {args.rounds} rounds, limit 20")
    everything: list[float] = []
    for kind, cases in kinds.items():
        times = []
        hits = []
        for _ in range(args.rounds):
            for q, f in cases:
                t, h = timed(db, q, f)
                times.append(t)
                hits.append(h)
        everything += times
        report(kind, times)
        print(f"{'':<10} mean hits per query {statistics.mean(hits):.1f}")
    report("all", everything)


if __name__ == "__main__":
    main()
