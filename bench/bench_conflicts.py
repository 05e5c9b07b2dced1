"""Benchmark (not a test): clustering and conflict finding on a generated corpus.

    python bench/bench_conflicts.py                 # 100,000 claims, in memory
    python bench/bench_conflicts.py -n 20000 -n 50000 -n 100000   # how cost grows
    python bench/bench_conflicts.py --db /tmp/b.db  # also store them and run refresh()

Prints, per corpus size, the time to cluster and to find conflicts and the number of
candidate pairs scored: the cost follows the candidate pairs that blocking lets through,
not n² (which is printed beside them for scale).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_claims  # noqa: E402

from factdb import conflicts  # noqa: E402
from factdb.conflicts import finder, match  # noqa: E402
from factdb.models import Article, StoredClaim  # noqa: E402


def stored(articles: list[Article]) -> list[StoredClaim]:
    """The generated claims as if read back from a database (ids in order)."""
    out = []
    for doc_id, a in enumerate(articles, 1):
        for c in a.claims:
            out.append(StoredClaim(len(out) + 1, doc_id, a.name, a.published, a.outlet, c))
    return out


def run(n: int, seed: int) -> None:
    """Generate n claims, cluster them and find conflicts; print the figures."""
    t0 = time.perf_counter()
    claims = stored(generate_claims(n, seed=seed))
    t1 = time.perf_counter()
    prepared = finder.prepare(claims)
    found = conflicts.find_conflicts(claims, prepared)
    t2 = time.perf_counter()
    # the pairs the rules read as one fact whatever their words, as refresh() joins them
    agree = finder.known_same(claims, prepared)
    t3 = time.perf_counter()
    apart = conflicts.conflicting_pairs(found)
    clusters, stats = match.find_clusters(
        claims, veto=lambda a, b: frozenset({a.id, b.id}) in apart, agree=agree
    )
    t4 = time.perf_counter()
    print(
        f"claims {len(claims):>7,}  all pairs {len(claims) * (len(claims) - 1) // 2:>14,}  "
        f"candidate pairs scored {stats.candidate_pairs:>9,}  same pairs {stats.same_pairs:>7,}  "
        f"known same {len(agree):>6,}  clusters {stats.clusters:>6,}  conflicts {len(found):>5,}"
        f"  |  generate {t1 - t0:5.1f} s  conflicts {t2 - t1:5.1f} s  "
        f"known same {t3 - t2:5.1f} s  clustering {t4 - t3:5.1f} s"
    )


def run_db(n: int, seed: int, path: str) -> None:
    """Store n generated claims in a database and time conflicts.refresh on it."""
    from factdb.db import open_db, store_article

    Path(path).unlink(missing_ok=True)
    db = open_db(path)
    t0 = time.perf_counter()
    for a in generate_claims(n, seed=seed):
        store_article(db, a)
    t1 = time.perf_counter()
    conflicts.refresh(db)
    t2 = time.perf_counter()
    conflicts.refresh(db)  # a second refresh with nothing changed: cluster ids stay
    t3 = time.perf_counter()
    print(f"database: stored {n:,} claims in {t1 - t0:.1f} s; refresh {t2 - t1:.1f} s; "
          f"refresh again {t3 - t2:.1f} s")


def main() -> None:
    """Parse arguments and run the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, action="append", help="claims (repeatable)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--db", help="also store the largest corpus here and time refresh()")
    args = ap.parse_args()
    sizes = args.n or [100_000]
    for n in sizes:
        run(n, args.seed)
    if args.db:
        run_db(max(sizes), args.seed, args.db)


if __name__ == "__main__":
    main()
