"""SQL for looking around the store: full-text search, filters, speakers, timelines.

The FTS5 table `claim_search` (migration m002) holds each claim's lemmas (`body`) and
its speaker's name (`who`); its rank is bm25 with the body weighted above the name.
Callers pass an FTS5 expression already built from a parsed query (factdb.search):
nothing here lemmatizes or parses what a user typed.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

from factdb.errors import FactdbError, QueryError


@dataclass(frozen=True)
class Filters:
    """Conditions on the claims a search returns; None means no condition.

    `speaker_ids`, `outlets` and `doc_ids` are already resolved (an empty tuple matches
    nothing); `since`/`until` are inclusive ISO dates compared with when a claim was
    said and with the periods it states.
    """

    speaker_ids: tuple[int, ...] | None = None
    outlets: tuple[str, ...] | None = None
    doc_ids: tuple[int, ...] | None = None
    mode: str | None = None
    since: str | None = None
    until: str | None = None


def _marks(values: tuple[object, ...]) -> str:
    return ", ".join("?" for _ in values)


def _filter_sql(f: Filters) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if f.speaker_ids is not None:
        where.append(f"c.speaker_id IN ({_marks(f.speaker_ids)})" if f.speaker_ids else "0")
        params += f.speaker_ids
    if f.outlets is not None:
        if f.outlets:
            m = _marks(f.outlets)
            where.append(
                f"(c.doc_id IN (SELECT id FROM documents WHERE outlet IN ({m})) OR c.id IN "
                f"(SELECT v.claim_id FROM claim_via v JOIN outlets o ON o.id = v.outlet_id "
                f"WHERE o.name IN ({m})))"
            )
            params += list(f.outlets) * 2
        else:
            where.append("0")
    if f.doc_ids is not None:
        where.append(f"c.doc_id IN ({_marks(f.doc_ids)})" if f.doc_ids else "0")
        params += f.doc_ids
    if f.mode is not None:
        where.append("c.mode = ?")
        params.append(f.mode)
    if f.since is not None or f.until is not None:
        lo, hi = f.since or "0000-00-00", f.until or "9999-99-99"
        # said in the range, or states a period that overlaps it
        where.append(
            "((c.said_on BETWEEN ? AND ?) OR EXISTS (SELECT 1 FROM claim_dates cd "
            "WHERE cd.claim_id = c.id AND cd.date_from <= ? AND cd.date_to >= ?))"
        )
        params += [lo, hi, hi, lo]
    return where, params


def search_ids(
    db: Database, fts: str | None, filters: Filters, limit: int
) -> list[tuple[int, float]]:
    """(claim id, bm25 score) of the claims matching an FTS5 expression and the filters,
    best first; without an expression, in order of date said, then document order.

    Raises QueryError when FTS5 rejects the expression.
    """
    where, params = _filter_sql(filters)
    if fts is not None and not where:
        # FTS5 sorts by its own rank fastest when the query touches no other table
        sql = "SELECT rowid, rank FROM claim_search WHERE claim_search MATCH ? " \
              "ORDER BY rank LIMIT ?"
        args: list[object] = [fts, limit]
    elif fts is not None:
        sql = (
            "SELECT c.id, f.rank FROM claim_search f JOIN claims c ON c.id = f.rowid "
            "WHERE claim_search MATCH ?"
            + "".join(f" AND {w}" for w in where)
            + " ORDER BY f.rank, c.id LIMIT ?"
        )
        args = [fts, *params, limit]
    else:
        sql = (
            "SELECT c.id, 0.0 FROM claims c JOIN documents d ON d.id = c.doc_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY c.said_on IS NULL, c.said_on, d.name, c.seq LIMIT ?"
        )
        args = [*params, limit]
    try:
        rows = db.execute(sql, args).fetchall()
    except sqlite3.OperationalError as e:
        raise QueryError(f"cannot run this query: {e}") from None
    return [(int(r[0]), float(r[1])) for r in rows]


# ---------------------------------------------------------------- names


@dataclass(frozen=True)
class SpeakerRow:
    """A speaker with how often and how it was quoted."""

    id: int
    name: str
    kind: str | None
    claims: int
    documents: int
    roles: tuple[str, ...]
    forms: tuple[str, ...]
    first_said: str | None
    last_said: str | None


def speakers(db: Database) -> list[SpeakerRow]:
    """Every speaker with its claim and document counts, roles and surface forms seen,
    most quoted first."""
    rows = db.execute(
        """
        SELECT s.id, s.name, s.kind,
               (SELECT COUNT(*) FROM claims c WHERE c.speaker_id = s.id),
               (SELECT COUNT(DISTINCT c.doc_id) FROM claims c WHERE c.speaker_id = s.id),
               (SELECT json_group_array(role) FROM (
                    SELECT DISTINCT speaker_role AS role FROM claims
                    WHERE speaker_id = s.id AND speaker_role IS NOT NULL AND speaker_role != ''
                    UNION SELECT role FROM speaker_forms WHERE speaker_id = s.id AND role != ''
                    ORDER BY 1)),
               (SELECT json_group_array(form) FROM (
                    SELECT DISTINCT form FROM speaker_forms WHERE speaker_id = s.id
                    ORDER BY 1)),
               (SELECT MIN(said_on) FROM claims c WHERE c.speaker_id = s.id),
               (SELECT MAX(said_on) FROM claims c WHERE c.speaker_id = s.id)
        FROM speakers s
        """
    ).fetchall()
    out = [
        SpeakerRow(int(r[0]), str(r[1]), r[2], int(r[3]), int(r[4]),
                   tuple(json.loads(r[5])), tuple(json.loads(r[6])), r[7], r[8])
        for r in rows
    ]
    return sorted((s for s in out if s.claims), key=lambda s: (-s.claims, s.name))


def speaker_texts(db: Database, per_speaker: int = 12) -> dict[int, list[str]]:
    """The texts of each speaker's first claims, where the names they go by are written."""
    rows = db.execute(
        "SELECT speaker_id, text FROM (SELECT speaker_id, text, row_number() OVER "
        "(PARTITION BY speaker_id ORDER BY id) AS n FROM claims WHERE speaker_id IS NOT NULL) "
        "WHERE n <= ?",
        [per_speaker],
    ).fetchall()
    out: dict[int, list[str]] = {}
    for sid, text in rows:
        out.setdefault(int(sid), []).append(str(text))
    return out


def speaker_names(db: Database) -> list[tuple[int, str, tuple[str, ...]]]:
    """(id, name, surface forms seen) of every speaker: what --speaker matches first."""
    rows = db.execute(
        "SELECT s.id, s.name, (SELECT json_group_array(DISTINCT form) FROM speaker_forms f "
        "WHERE f.speaker_id = s.id) FROM speakers s ORDER BY s.id"
    ).fetchall()
    return [(int(r[0]), str(r[1]), tuple(json.loads(r[2]))) for r in rows]


def speaker_roles(db: Database) -> list[tuple[int, str]]:
    """(speaker id, role) for every role a speaker was given in a claim."""
    # store_article records each claim's role with the speaker's form: no claims scan
    rows = db.execute(
        "SELECT DISTINCT speaker_id, role FROM speaker_forms WHERE role != ''"
    ).fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]


def outlet_names(db: Database) -> list[str]:
    """Every outlet name the store knows: documents' own outlets and outlets cited."""
    rows = db.execute(
        "SELECT outlet FROM documents WHERE outlet IS NOT NULL UNION SELECT name FROM outlets"
    ).fetchall()
    return sorted(str(r[0]) for r in rows)


def document_ids(db: Database, ref: str) -> tuple[int, ...]:
    """Ids of the documents a reference names: id, file name, path, or a name prefix."""
    if ref.isdigit():
        row = db.execute("SELECT id FROM documents WHERE id = ?", [int(ref)]).fetchone()
        if row:
            return (int(row[0]),)
    rows = db.execute(
        "SELECT id FROM documents WHERE name = ? OR path = ?", [ref, ref]
    ).fetchall()
    if not rows:
        rows = db.execute(
            "SELECT id FROM documents WHERE substr(name, 1, length(?)) = ?", [ref, ref]
        ).fetchall()
    return tuple(int(r[0]) for r in rows)


# ---------------------------------------------------------------- one claim in context


@dataclass(frozen=True)
class DocumentInfo:
    """The document a claim belongs to."""

    id: int
    name: str
    path: str
    title: str | None
    published: str | None
    outlet: str | None
    text: str


@dataclass(frozen=True)
class ConflictRow:
    """A conflict one claim takes part in, with every side's claim id and value."""

    id: int
    kind: str
    subject: str
    confidence: float
    summary: str
    sides: tuple[tuple[int, str, str], ...]  # (claim id, side, value)


def claim_document(db: Database, claim_id: int) -> DocumentInfo:
    """The document holding a claim; FactdbError when there is no such claim."""
    row = db.execute(
        "SELECT d.id, d.name, d.path, d.title, d.published, d.outlet, d.text "
        "FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.id = ?",
        [claim_id],
    ).fetchone()
    if row is None:
        raise FactdbError(f"no claim with id {claim_id}")
    return DocumentInfo(*row)


def cluster_member_ids(db: Database, claim_id: int) -> list[int]:
    """Ids of the other claims in the same cluster of equivalent claims."""
    rows = db.execute(
        "SELECT o.id FROM claims c JOIN claims o ON o.cluster_id = c.cluster_id "
        "WHERE c.id = ? AND o.id != c.id ORDER BY o.id",
        [claim_id],
    ).fetchall()
    return [int(r[0]) for r in rows]


def conflicts_of(db: Database, claim_ids: list[int]) -> dict[int, list[ConflictRow]]:
    """The conflicts each of these claims is a side of, by claim id."""
    if not claim_ids:
        return {}
    out: dict[int, list[ConflictRow]] = {}
    cache: dict[int, ConflictRow] = {}
    for i in range(0, len(claim_ids), 500):
        chunk = tuple(claim_ids[i : i + 500])
        rows = db.execute(
            "SELECT s.claim_id, k.id, k.kind, k.subject, k.confidence, k.summary, "
            "(SELECT json_group_array(json_array(claim_id, side, value)) FROM "
            " (SELECT claim_id, side, value FROM conflict_sides WHERE conflict_id = k.id "
            "  ORDER BY side, claim_id)) "
            f"FROM conflict_sides s JOIN conflicts k ON k.id = s.conflict_id "
            f"WHERE s.claim_id IN ({_marks(chunk)}) ORDER BY k.id",
            chunk,
        ).fetchall()
        for r in rows:
            cid = int(r[1])
            if cid not in cache:
                sides = tuple((int(a), str(b), str(c)) for a, b, c in json.loads(r[6]))
                cache[cid] = ConflictRow(cid, r[2], r[3], float(r[4]), r[5], sides)
            mine = out.setdefault(int(r[0]), [])
            if cache[cid] not in mine:  # a claim may stand on two sides of one conflict
                mine.append(cache[cid])
    return out


# ---------------------------------------------------------------- timeline


@dataclass(frozen=True)
class DatedRow:
    """One dated entry of a timeline: a period a claim states, or the day it was said."""

    claim_id: int
    kind: str  # "event" (a date the claim states) or "said" (when the words were said)
    date_from: str
    date_to: str
    precision: str
    date_text: str


def dated_rows(db: Database, claim_ids: list[int]) -> list[DatedRow]:
    """Dated entries of these claims: each stated date, and the day said."""
    out: list[DatedRow] = []
    for i in range(0, len(claim_ids), 500):
        chunk = tuple(claim_ids[i : i + 500])
        m = _marks(chunk)
        rows = db.execute(
            f"SELECT claim_id, 'event', date_from, date_to, precision, text FROM claim_dates "
            f"WHERE claim_id IN ({m}) "
            f"UNION ALL SELECT c.id, 'said', c.said_on, c.said_on, 'day', '' FROM claims c "
            f"WHERE c.id IN ({m}) AND c.said_on IS NOT NULL",
            chunk + chunk,
        ).fetchall()
        out += [DatedRow(int(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows]
    return out
