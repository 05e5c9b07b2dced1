"""Stories: which documents tell of the same events, from the names they share.

Conflict rules that have no named subject in a claim («Это был поджог», «сумма взятки
составила 12 млн рублей») still need evidence that two claims speak of one affair. Two
documents belong to one story when the people, bodies and places they name overlap,
weighted by how rare each name is in the corpus (every report names «Россия»; few name
one mall or one official). Linear in the names: documents meet only through a shared
name, and a name held by most documents links nothing.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from factdb.models import StoredClaim

LINK = 0.22  # cosine of two documents' name profiles above which they tell one story
MAX_DF = 60  # documents meet through names held by at most this many (bounds the pairs)


def _name_key(kind: str, name: str) -> str:
    """A person by surname (documents vary in giving first names), others as written."""
    parts = name.lower().replace("ё", "е").split()
    if not parts:
        return ""
    return f"{kind}:{parts[-1] if kind == 'PER' else ' '.join(parts)}"


def doc_profiles(claims: Sequence[StoredClaim]) -> dict[int, Counter[str]]:
    """Per document: how often each name is mentioned, outlets that carry words left out."""
    profiles: dict[int, Counter[str]] = defaultdict(Counter)
    for sc in claims:
        carriers = {v.lower() for v in sc.claim.via} | {(sc.outlet or "").lower()}
        for e in sc.claim.entities:
            if e.name.lower() in carriers:
                continue  # an outlet quoting itself says nothing of the story
            key = _name_key(e.type, e.name)
            if key:
                profiles[sc.doc_id][key] += 1
        profiles.setdefault(sc.doc_id, Counter())
    return profiles


def stories(claims: Sequence[StoredClaim]) -> dict[int, int]:
    """Document id -> story id (the smallest document id of its story)."""
    profiles = doc_profiles(claims)
    n = len(profiles)
    df: Counter[str] = Counter()
    for prof in profiles.values():
        df.update(prof.keys())
    # a name most documents hold (the country, the capital) weighs little; in a corpus
    # of one story every report holds its hero's name, and they all link
    weights: dict[int, dict[str, float]] = {}
    for doc, prof in profiles.items():
        weights[doc] = {k: c * math.log(1 + n / df[k]) for k, c in prof.items()}
    norms = {d: math.sqrt(sum(x * x for x in w.values())) or 1.0 for d, w in weights.items()}
    postings: dict[str, list[int]] = defaultdict(list)
    for d, w in weights.items():
        for k in w:
            if df[k] <= MAX_DF:  # a name in hundreds of reports links nothing by itself
                postings[k].append(d)
    parent = {d: d for d in profiles}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    seen: set[tuple[int, int]] = set()
    for docs in postings.values():
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                wa, wb = weights[a], weights[b]
                shared = [k for k in wa if k in wb]
                dot = sum(wa[k] * wb[k] for k in shared)
                # one city in common is two events in one city as often as one story;
                # a person in common, or two names, make a story
                enough = len(shared) >= 2 or any(k.startswith("PER:") for k in shared)
                if enough and dot / (norms[a] * norms[b]) >= LINK:
                    ra, rb = root(a), root(b)
                    parent[max(ra, rb)] = min(ra, rb)
    return {d: root(d) for d in profiles}
