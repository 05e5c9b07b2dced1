"""Looking around the store: search claims, show one in context, list speakers, timelines.

The query language (words in any form, phrases, OR, exclusions) and its compilation to
FTS5 live in search_query.py; this module runs it against the store with the filters a
user gives (--speaker and --outlet matched by any form of a name or a role, --doc, --mode,
--since/--until), cuts snippets, and builds a claim's context, the speaker list and a
subject's timeline. SQL stays in factdb.db.search.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from sqlite_utils import Database

from factdb import db as store
from factdb.db import search as sql
from factdb.errors import QueryError
from factdb.extract import nlp
from factdb.models import DIRECT, INDIRECT, NARRATIVE, StoredClaim
from factdb.search_query import (
    TEXT_WORD,
    AllOf,
    Node,
    Term,
    parse_query,
    positive_terms,
    to_fts,
    word_term,
)
from factdb.text import fold

MODES = (DIRECT, INDIRECT, NARRATIVE)
MAX_LIMIT = 100_000
TIMELINE_CLAIMS = 5_000  # a subject named by more claims than this is too broad to list
SNIPPET_WORDS = 40  # snippets are cut to about this many words around the first match


# ---------------------------------------------------------------- filters


def _date_bound(value: str, end: bool, option: str) -> str:
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    if not m:
        raise QueryError(f"{option}: not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value}")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d is not None:
            return date(y, int(mo), int(d)).isoformat()
        if mo is not None:
            month = int(mo)
            last = calendar.monthrange(y, month)[1] if 1 <= month <= 12 else 0
            return date(y, month, last if end else 1).isoformat()
        return date(y, 12, 31).isoformat() if end else date(y, 1, 1).isoformat()
    except ValueError:
        raise QueryError(f"{option}: not a date: {value}") from None


def _name_words(text: str) -> list[str]:
    return [fold(w) for w in TEXT_WORD.findall(text)]


def _terms_of(text: str, option: str) -> list[Term]:
    words = TEXT_WORD.findall(text)
    if not words:
        raise QueryError(f"{option}: no words in {text!r}")
    return [word_term(w) for w in words]


def names_matching(terms: list[Term], names: Iterable[str]) -> list[str]:
    """The names whose words the query terms match in any form: every term one of the
    name's words, or (a shorter name for the same one: «Песков» for «Дмитрий Песков»)
    every word of the name one of the terms."""
    # a word in any form starts like one of the term's forms: a cheap test first
    starts = tuple({x[:3] for t in terms for x in (*t.name_forms, *t.name_prefixes)})
    out = []
    for name in names:
        words = _name_words(name)
        if not words or not any(w.startswith(starts) for w in words):
            continue
        if all(any(t.names(w) for w in words) for t in terms) or all(
            any(t.names(w) for t in terms) for w in words
        ):
            out.append(name)
    return out


def _lemma_seq(text: str) -> list[str]:
    return nlp.lemmatize(fold(text)).split()


def resolve_speakers(db: Database, query: str) -> tuple[int, ...]:
    """Ids of the speakers a --speaker value names: by any form of their name or a name
    form seen in the text, else by a role the articles gave them. Raises QueryError."""
    terms = _terms_of(query, "--speaker")
    by_name = [sid for sid, name, forms in sql.speaker_names(db)
               if names_matching(terms, [name, *forms])]
    if by_name:
        return tuple(by_name)
    wanted = _lemma_seq(query)
    roles: dict[str, list[int]] = {}
    for sid, role in sql.speaker_roles(db):
        roles.setdefault(role, []).append(sid)
    by_role: list[int] = []
    for role, ids in roles.items():
        have = _lemma_seq(role)
        if any(have[i : i + len(wanted)] == wanted for i in range(len(have))):
            by_role += ids
    by_role = sorted(set(by_role))
    if not by_role:
        raise QueryError(f"no speaker matches {query!r} (see `factdb speakers`)")
    return tuple(by_role)


def resolve_outlets(db: Database, query: str) -> tuple[str, ...]:
    """Outlet names a --outlet value names, in any form. Raises QueryError."""
    found = names_matching(_terms_of(query, "--outlet"), sql.outlet_names(db))
    if not found:
        raise QueryError(f"no outlet matches {query!r}")
    return tuple(found)


def make_filters(
    db: Database,
    speaker: str | None = None,
    outlet: str | None = None,
    doc: str | None = None,
    mode: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> sql.Filters:
    """Resolve user-given filter values into SQL filters. Raises QueryError."""
    if mode is not None and mode not in MODES:
        raise QueryError(f"--mode must be one of {', '.join(MODES)}, not {mode!r}")
    lo = _date_bound(since, False, "--since") if since else None
    hi = _date_bound(until, True, "--until") if until else None
    if lo and hi and lo > hi:
        raise QueryError(f"--since {since} is after --until {until}")
    doc_ids = None
    if doc is not None:
        doc_ids = sql.document_ids(db, doc)
        if not doc_ids:
            raise QueryError(f"no document matches {doc!r} (see `factdb docs`)")
    return sql.Filters(
        speaker_ids=resolve_speakers(db, speaker) if speaker else None,
        outlets=resolve_outlets(db, outlet) if outlet else None,
        doc_ids=doc_ids,
        mode=mode,
        since=lo,
        until=hi,
    )


# ---------------------------------------------------------------- search


@dataclass(frozen=True)
class Hit:
    """A claim found by a search, with its bm25 score (lower is better) and a snippet
    of its text; `highlights` are (start, end) spans of matched words in the snippet."""

    claim: StoredClaim
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...] = ()


Spans = tuple[tuple[int, int], ...]


def snippet(text: str, terms: list[Term], width: int = SNIPPET_WORDS) -> tuple[str, Spans]:
    """A window of a text around its first matched word, with matched words' spans."""
    words = [(m.start(), m.end()) for m in TEXT_WORD.finditer(text)]
    hits = [i for i, (a, b) in enumerate(words) if any(t.matches(text[a:b]) for t in terms)]
    lo_word = 0
    if len(words) > width and hits:
        lo_word = max(0, min(hits[0] - width // 4, len(words) - width))
    hi_word = min(len(words), lo_word + width)
    lo = words[lo_word][0] if words and lo_word else 0
    hi = words[hi_word - 1][1] if words and hi_word < len(words) else len(text)
    cut = text[lo:hi]
    prefix = "… " if lo > 0 else ""
    suffix = " …" if hi < len(text) else ""
    shift = len(prefix) - lo
    spans = tuple(
        (words[i][0] + shift, words[i][1] + shift) for i in hits if lo_word <= i < hi_word
    )
    return prefix + cut + suffix, spans


def search(
    db: Database, query: str | None = None, limit: int = 20, **filter_args: str | None
) -> list[Hit]:
    """Claims matching a query (words in any form, "phrases", OR, -excluded) and the
    filters (speaker, outlet, doc, mode, since, until: see make_filters), best first.
    Raises QueryError for a malformed query or filter."""
    if limit < 1 or limit > MAX_LIMIT:
        raise QueryError(f"--limit must be between 1 and {MAX_LIMIT}, not {limit}")
    node = parse_query(query) if query else None
    filters = make_filters(db, **filter_args)
    ranked = sql.search_ids(db, to_fts(node) if node else None, filters, limit)
    claims = {c.id: c for c in store.load_claims(db, ids=[i for i, _ in ranked])}
    terms = positive_terms(node)
    hits = []
    for cid, score in ranked:
        c = claims[cid]
        text, spans = snippet(c.claim.text, terms)
        hits.append(Hit(c, score, text, spans))
    return hits


# ---------------------------------------------------------------- show


@dataclass(frozen=True)
class ConflictView:
    """A conflict a claim takes part in, each side with its claim."""

    id: int
    kind: str
    subject: str
    confidence: float
    summary: str
    sides: tuple[tuple[str, str, StoredClaim], ...]  # (side, value, claim)


@dataclass(frozen=True)
class ClaimContext:
    """One claim with what surrounds it: paragraph, document, cluster, conflicts."""

    claim: StoredClaim
    document: sql.DocumentInfo
    paragraph: str
    paragraph_start: int  # offset of the paragraph in the document's text
    cluster: tuple[StoredClaim, ...] = ()
    conflicts: tuple[ConflictView, ...] = ()


def paragraph_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) of the lines of a text that hold the span [start, end)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", max(start, end - 1))
    return lo, len(text) if hi < 0 else hi


def show(db: Database, claim_id: int) -> ClaimContext:
    """A claim in context. Raises FactdbError when there is no such claim."""
    document = sql.claim_document(db, claim_id)
    (claim,) = store.load_claims(db, ids=[claim_id])
    lo, hi = paragraph_of(document.text, claim.claim.start, claim.claim.end)
    member_ids = sql.cluster_member_ids(db, claim_id)
    rows = sql.conflicts_of(db, [claim_id]).get(claim_id, [])
    side_ids = {cid for r in rows for cid, _, _ in r.sides}
    loaded = {c.id: c for c in store.load_claims(db, ids=sorted(side_ids | set(member_ids)))}
    conflicts = tuple(
        ConflictView(r.id, r.kind, r.subject, r.confidence, r.summary,
                     tuple((side, value, loaded[cid]) for cid, side, value in r.sides
                           if cid in loaded))
        for r in rows
    )
    return ClaimContext(
        claim=claim,
        document=document,
        paragraph=document.text[lo:hi],
        paragraph_start=lo,
        cluster=tuple(loaded[i] for i in member_ids if i in loaded),
        conflicts=conflicts,
    )


# ---------------------------------------------------------------- speakers


SpeakerRow = sql.SpeakerRow


def speakers(db: Database) -> list[SpeakerRow]:
    """Who is quoted, how often, in how many documents, with the roles and forms seen."""
    rows = sql.speakers(db)
    texts = sql.speaker_texts(db)
    return [
        replace(s, forms=tuple(sorted(
            {f for f in s.forms if f != s.name} | forms_seen(s.name, texts.get(s.id, []))
        )))
        for s in rows
    ]


def forms_seen(name: str, texts: list[str]) -> set[str]:
    """The ways a name is written in these texts, other than the name itself: runs of
    capitalized words that are its words in some form («Марии Захаровой», «Пескова»)."""
    name_words = _name_words(name)
    if not name_words or not all(w[:1].isupper() for w in name.split()):
        return set()  # not a proper name: «эксперты», «российская сторона»
    starts = tuple(w[:3] for w in name_words if len(w) >= 3)
    if not starts:
        return set()

    def is_ours(w: str) -> bool:
        return fold(w).startswith(starts) and any(word_term(w).names(n) for n in name_words)

    out: set[str] = set()
    for text in texts:
        for run in _capitalized_runs(text):
            ours = [i for i, w in enumerate(run) if is_ours(w)]
            if not ours:
                continue
            lo, hi = ours[0], ours[-1] + 1
            if len(ours) != hi - lo or not word_term(run[hi - 1]).names(name_words[-1]):
                continue
            # a first name or surname next to it is another person's: «Мария Захарова»
            # is not «Андрей Захаров»
            if any(nlp.name_lemmas(run[i]) and not run[i].isupper()  # not РИА, МИД
                   for i in (lo - 1, hi) if 0 <= i < len(run)):
                continue
            form = " ".join(run[lo:hi])
            if form != name:
                out.add(form)
    return out


def _capitalized_runs(text: str) -> list[list[str]]:
    """Runs of capitalized words standing side by side (separated by spaces only)."""
    runs: list[list[str]] = []
    run: list[str] = []
    end = -1
    for m in TEXT_WORD.finditer(text):
        w = m.group()
        if not w[:1].isupper():
            run = []
            continue
        if run and text[end : m.start()].strip() == "":
            run.append(w)
        else:
            run = [w]
            runs.append(run)
        end = m.end()
    return runs


# ---------------------------------------------------------------- timeline


@dataclass(frozen=True)
class TimelineEntry:
    """A dated entry about a subject: a period a claim states ("event") or the day a
    statement by or about it was made ("said"), with the conflicts its claim is in."""

    date_from: str
    date_to: str
    precision: str
    kind: str
    date_text: str
    claim: StoredClaim
    conflicts: tuple[int, ...] = field(default=())


def timeline(db: Database, subject: str) -> list[TimelineEntry]:
    """Dated statements and events about a person or body across documents, in date
    order (finer precision first on the same start). Raises QueryError."""
    words = TEXT_WORD.findall(subject)
    if not words:
        raise QueryError(f"no words to look for in subject: {subject!r}")
    terms = [word_term(w) for w in words]
    node: Node = AllOf(tuple(terms)) if len(terms) > 1 else terms[0]
    ids = [i for i, _ in sql.search_ids(db, to_fts(node), sql.Filters(), TIMELINE_CLAIMS)]
    rows = sql.dated_rows(db, ids)
    speakers = {c.id: c.claim.speaker for c in store.load_claims(db, ids=ids, with_facts=False)}
    with_events = {r.claim_id for r in rows if r.kind == "event"}
    # the day said is an entry for the subject's own words, or when nothing else dates it
    rows = [r for r in rows if r.kind == "event" or r.claim_id not in with_events
            or names_matching(terms, [speakers.get(r.claim_id) or ""])]
    claims = {c.id: c for c in store.load_claims(db, ids={r.claim_id for r in rows})}
    conflicts = sql.conflicts_of(db, list(claims))
    order = {p: i for i, p in enumerate(("day", "month", "season", "year", "interval"))}
    entries = [
        TimelineEntry(r.date_from, r.date_to, r.precision, r.kind, r.date_text,
                      claims[r.claim_id],
                      tuple(k.id for k in conflicts.get(r.claim_id, [])))
        for r in rows
    ]
    entries.sort(key=lambda e: (e.date_from, order.get(e.precision, 9), e.date_to,
                                e.claim.doc, e.claim.claim.start))
    return entries
