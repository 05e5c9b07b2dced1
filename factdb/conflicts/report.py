"""Reading the stored conflicts for `factdb conflicts`: filtered by kind and by a word
(a person, body or subject in any word form), with the claims they cite."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from factdb.conflicts.facts import _WORD
from factdb.db import conflicts as store
from factdb.db import load_claims
from factdb.models import Conflict, StoredClaim
from factdb.text import fold


@dataclass(frozen=True)
class Report:
    """What `factdb conflicts` shows: the conflicts, their claims, and how many claims
    the database holds (to tell an empty database from one without conflicts)."""

    conflicts: list[store.StoredConflict]
    claims: dict[int, StoredClaim]
    total_claims: int


def _forms(word: str) -> set[str]:
    """The forms a word of --about is compared in: as written, its lemma, its name lemmas."""
    from factdb.extract import nlp

    w = fold(word.strip())
    forms = {w, fold(nlp.lemma(w))}
    name_lemmas = getattr(nlp, "name_lemmas", None)
    if name_lemmas is not None:
        forms |= {fold(x) for x in name_lemmas(word.strip())}
    return {f for f in forms if f}


def _word_matches(forms: set[str], token: str, name: bool = False) -> bool:
    # Surnames decline in ways the lemmatizer misreads (Пескова -> песок): for a name a
    # shared stem of all but the last two letters counts too (not for common words:
    # «россиян» is not «Россия»).
    for f in forms:
        if f == token:
            return True
        short = min(len(f), len(token))
        if name and short >= 5:
            n = 0
            while n < short and f[n] == token[n]:
                n += 1
            if n >= max(4, short - 2):
                return True
    return False


def about_matches(k: Conflict, claims: dict[int, StoredClaim], words: list[str]) -> bool:
    """Whether a conflict is about every word given (person, body or subject, any form)."""
    hay: set[str] = set(_WORD.findall(fold(k.subject)))
    for s in k.sides:
        sc = claims.get(s.claim_id)
        if sc is not None:
            hay |= set(sc.claim.lemmas.split())
            hay |= {w for e in sc.claim.entities for w in fold(e.name).split()}
            hay |= set(_WORD.findall(fold(sc.claim.text)))
    hay = {fold(h) for h in hay}
    return all(any(_word_matches(_forms(w), h, w[:1].isupper()) for h in hay) for w in words)


def report(db: Database, about: str | None = None, kind: str | None = None) -> Report:
    """The stored conflicts (optionally about a word, of one kind) with their claims."""
    stored = store.load_conflicts(db, kind=kind)
    ids = {s.claim_id for k in stored for s in k.conflict.sides}
    claims = {sc.id: sc for sc in load_claims(db, ids=sorted(ids))} if ids else {}
    if about and about.strip():
        words = _WORD.findall(about)
        stored = [k for k in stored if about_matches(k.conflict, claims, words)]
    return Report(stored, claims, store.claim_count(db))
