"""The one place that speaks SQL: opening the database, storing and reading claims.

`open_db` applies pending migrations every time; storage of one document happens in
one transaction, so a failure leaves what was stored before untouched. Search and
conflict queries live in the submodules `factdb.db.search` and `factdb.db.conflicts`.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from factdb.errors import FactdbError
from factdb.migrations import migrations
from factdb.models import Article, Claim, Count, Entity, StatedDate, Status, StoredClaim
from factdb.text import fold as text_fold

DEFAULT_DB = "factdb.db"


def default_db_path() -> str:
    """The database path when --db is not given: $FACTDB_DB, else ./factdb.db."""
    return os.environ.get("FACTDB_DB") or DEFAULT_DB


def open_db(path: str | Path, migrate: bool = True) -> Database:
    """Open (creating if needed) a factdb database and bring its schema up to date."""
    try:
        db = Database(str(path))
        db.execute("PRAGMA foreign_keys = ON")
        if migrate:
            migrations.apply(db)
    except sqlite3.DatabaseError as e:
        raise FactdbError(f"{path}: not a factdb database ({e})") from e
    return db


def schema_sql(db: Database) -> str:
    """The schema as SQL statements, in a stable order (what schema.sql holds)."""
    rows = db.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations' "
        "ORDER BY type DESC, name"
    ).fetchall()
    return "".join(f"{sql.strip()};\n" for (sql,) in rows)


# ---------------------------------------------------------------- documents


@dataclass(frozen=True)
class DocumentRow:
    """A stored document as the `docs` command lists it."""

    id: int
    name: str
    path: str
    sha256: str
    title: str | None
    published: str | None
    outlet: str | None
    encoding: str
    claims: int
    published_time: str | None = None


def find_document(db: Database, path: str, sha256: str) -> tuple[int, str] | None:
    """The stored document with this path, or else with this content: (id, sha256)."""
    row = db.execute("SELECT id, sha256 FROM documents WHERE path = ?", [path]).fetchone()
    if row is None:
        row = db.execute("SELECT id, sha256 FROM documents WHERE sha256 = ?", [sha256]).fetchone()
    return (row[0], row[1]) if row else None


def store_article(db: Database, article: Article) -> int:
    """Store a document and its claims in one transaction, replacing any older version
    stored under the same path; returns the document id."""
    with db.atomic():  # sqlite-utils auto-commits each write outside an open transaction
        db.execute("DELETE FROM documents WHERE path = ?", [article.path])
        doc_id = _insert(
            db,
            "documents",
            name=article.name,
            path=article.path,
            sha256=article.sha256,
            text=article.text,
            encoding=article.encoding,
            title=article.title,
            published=article.published,
            published_time=article.published_time,
            outlet=article.outlet,
            ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        for seq, claim in enumerate(article.claims):
            _store_claim(db, doc_id, seq, claim)
        _drop_orphans(db)
    return doc_id


def _insert(db: Database, table: str, **values: object) -> int:
    cols = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join("?" for _ in values)
    cur = db.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', list(values.values()))
    assert cur.lastrowid is not None
    return cur.lastrowid


def _speaker_id(db: Database, claim: Claim) -> int | None:
    if not claim.speaker:
        return None
    name = _canonical_speaker(db, claim.speaker, claim.speaker_kind)
    db.execute(
        "INSERT INTO speakers (name, kind) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
        [name, claim.speaker_kind],
    )
    (sid,) = db.execute("SELECT id FROM speakers WHERE name = ?", [name]).fetchone()
    if claim.speaker_kind == "PER" and " " in name:
        _absorb_surname_only(db, int(sid), name)
    db.execute(
        "INSERT OR IGNORE INTO speaker_forms (speaker_id, form, role) VALUES (?, ?, ?)",
        [sid, claim.speaker_form or claim.speaker, claim.speaker_role or ""],
    )
    return int(sid)


def _canonical_speaker(db: Database, name: str, kind: str | None) -> str:
    # An article that names a person by surname only («Песков заявил») means the one
    # other articles name in full, when exactly one stored person has that surname;
    # two namesakes («Дмитрий Безуглый», «Илья Безуглый») leave it as it is.
    if kind != "PER" or " " in name.strip():
        return name
    rows = _full_names_with_surname(db, name.strip())
    return rows[0] if len(rows) == 1 else name


def _like_word(word: str) -> str:
    # SQLite's LIKE folds only ASCII case: `_` stands for the first letter and every е/ё,
    # and the few rows it finds are compared exactly in Python (a fold() per row in SQL
    # cost 12 ms a claim at 20,000 speakers)
    return "_" + "".join("_" if ch in "еёЕЁ" else ch for ch in word[1:])


def _full_names_with_surname(db: Database, surname: str) -> list[str]:
    rows = db.execute(
        "SELECT name FROM speakers WHERE kind = 'PER' AND name LIKE ?",
        ["% " + _like_word(surname)],
    ).fetchall()
    return [str(n) for (n,) in rows if text_fold(str(n).split()[-1]) == text_fold(surname)]


def _absorb_surname_only(db: Database, sid: int, full: str) -> None:
    # The reverse order: «Песков» was stored before anyone named «Дмитрий Песков».
    surname = full.split()[-1]
    namesakes = len(_full_names_with_surname(db, surname))
    shorts = [
        sid_ for sid_, n in db.execute(
            "SELECT id, name FROM speakers WHERE kind = 'PER' AND name LIKE ?",
            [_like_word(surname)],
        ).fetchall()
        if text_fold(str(n)) == text_fold(surname)
    ]
    short = (shorts[0],) if shorts else None
    if short is None or namesakes != 1:
        return
    db.execute("UPDATE claims SET speaker_id = ? WHERE speaker_id = ?", [sid, short[0]])
    db.execute(
        "INSERT OR IGNORE INTO speaker_forms (speaker_id, form, role) "
        "SELECT ?, form, role FROM speaker_forms WHERE speaker_id = ?",
        [sid, short[0]],
    )
    db.execute("DELETE FROM speaker_forms WHERE speaker_id = ?", [short[0]])
    db.execute("DELETE FROM speakers WHERE id = ?", [short[0]])


def _outlet_id(db: Database, name: str) -> int:
    db.execute("INSERT INTO outlets (name) VALUES (?) ON CONFLICT(name) DO NOTHING", [name])
    (oid,) = db.execute("SELECT id FROM outlets WHERE name = ?", [name]).fetchone()
    return int(oid)


def _store_claim(db: Database, doc_id: int, seq: int, claim: Claim) -> None:
    claim_id = _insert(
        db,
        "claims",
        doc_id=doc_id,
        seq=seq,
        char_start=claim.start,
        char_end=claim.end,
        text=claim.text,
        speaker_id=_speaker_id(db, claim),
        speaker_role=claim.speaker_role,
        cue=claim.cue,
        mode=claim.mode,
        quote=claim.quote,
        said_on=claim.said_on,
        lemmas=claim.lemmas,
    )
    for name in dict.fromkeys(claim.via):
        db.execute(
            "INSERT OR IGNORE INTO claim_via (claim_id, outlet_id) VALUES (?, ?)",
            [claim_id, _outlet_id(db, name)],
        )
    for d in claim.dates:
        db.execute(
            "INSERT INTO claim_dates (claim_id, char_start, char_end, text, precision, "
            "date_from, date_to) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [claim_id, d.start, d.end, d.text, d.precision, d.date_from, d.date_to],
        )
    for c in claim.counts:
        db.execute(
            "INSERT INTO claim_counts (claim_id, char_start, char_end, text, value, noun) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [claim_id, c.start, c.end, c.text, c.value, c.noun],
        )
    for e in claim.entities:
        db.execute(
            "INSERT INTO claim_entities (claim_id, char_start, char_end, text, name, type) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [claim_id, e.start, e.end, e.text, e.name, e.type],
        )
    for s in claim.statuses:
        db.execute(
            "INSERT INTO claim_statuses (claim_id, char_start, char_end, text, status, subject) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [claim_id, s.start, s.end, s.text, s.status, s.subject],
        )


def _drop_orphans(db: Database) -> None:
    # A replaced document can leave clusters without members and conflicts with one side.
    db.execute("DELETE FROM clusters WHERE id NOT IN (SELECT cluster_id FROM claims "
               "WHERE cluster_id IS NOT NULL)")
    db.execute("DELETE FROM conflicts WHERE id IN (SELECT conflict_id FROM conflict_sides "
               "GROUP BY conflict_id HAVING COUNT(*) < 2) "
               "OR id NOT IN (SELECT conflict_id FROM conflict_sides)")


def list_documents(db: Database) -> list[DocumentRow]:
    """Every stored document with its claim count, in name order."""
    rows = db.execute(
        "SELECT d.id, d.name, d.path, d.sha256, d.title, d.published, d.outlet, d.encoding, "
        "(SELECT COUNT(*) FROM claims c WHERE c.doc_id = d.id), d.published_time "
        "FROM documents d ORDER BY d.name, d.id"
    ).fetchall()
    return [DocumentRow(*r) for r in rows]


def published_days(db: Database) -> list[str]:
    """The distinct publication days of the stored documents, ISO."""
    rows = db.execute(
        "SELECT DISTINCT published FROM documents WHERE published IS NOT NULL").fetchall()
    return [str(r[0]) for r in rows]


def document_text(db: Database, doc_id: int) -> str:
    """The original text of a stored document."""
    row = db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        raise FactdbError(f"no document with id {doc_id}")
    return str(row[0])


# ---------------------------------------------------------------- claims

_CLAIM_SELECT = """
SELECT c.id, c.doc_id, d.name, d.published, d.outlet, c.char_start, c.char_end, c.text,
       s.name, s.kind, c.speaker_role, c.cue, c.mode, c.quote, c.said_on, c.lemmas,
       c.cluster_id,
       (SELECT json_group_array(o.name) FROM claim_via v JOIN outlets o ON o.id = v.outlet_id
         WHERE v.claim_id = c.id),
       d.published_time
FROM claims c
JOIN documents d ON d.id = c.doc_id
LEFT JOIN speakers s ON s.id = c.speaker_id
"""


def load_claims(
    db: Database,
    ids: Iterable[int] | None = None,
    doc: str | None = None,
    speaker: str | None = None,
    cluster: int | None = None,
    with_facts: bool = True,
) -> list[StoredClaim]:
    """Stored claims, optionally only some, in document and text order.

    `doc` matches a document's name or path; `speaker` a speaker's canonical name or
    any stored form, case- and ё-insensitively.
    """
    where: list[str] = []
    params: list[object] = []
    if ids is not None:
        id_list = [int(i) for i in ids]
        if not id_list:
            return []
        where.append(f"c.id IN ({', '.join('?' for _ in id_list)})")
        params += id_list
    if doc is not None:
        where.append("(d.name = ? OR d.path = ?)")
        params += [doc, doc]
    if speaker is not None:
        where.append(
            "c.speaker_id IN (SELECT speaker_id FROM speaker_forms WHERE fold(form) = fold(?) "
            "UNION SELECT id FROM speakers WHERE fold(name) = fold(?))"
        )
        params += [speaker, speaker]
    if cluster is not None:
        where.append("c.cluster_id = ?")
        params.append(cluster)
    register_functions(db)
    sql = _CLAIM_SELECT + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY d.name, d.id, c.seq"
    rows = db.execute(sql, params).fetchall()
    facts = _load_facts(db, [r[0] for r in rows]) if with_facts else {}
    return [_stored_claim(r, facts.get(r[0])) for r in rows]


def fold(text: str | None) -> str | None:
    """Lower-case and ё→е: how names and words are compared everywhere."""
    return None if text is None else text_fold(text)


def register_functions(db: Database) -> None:
    """Make fold() available to SQL on this connection."""
    db.conn.create_function("fold", 1, fold, deterministic=True)


_Facts = tuple[
    tuple[StatedDate, ...], tuple[Count, ...], tuple[Entity, ...], tuple[Status, ...]
]


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


# Each kind of stated fact: its table, its columns after claim_id, and its value class.
_FACT_TABLES: tuple[tuple[str, str, type], ...] = (
    ("claim_dates", "char_start, char_end, text, precision, date_from, date_to", StatedDate),
    ("claim_counts", "char_start, char_end, text, value, noun", Count),
    ("claim_entities", "char_start, char_end, text, name, type", Entity),
    ("claim_statuses", "char_start, char_end, text, status, subject", Status),
)


def _load_facts(db: Database, ids: list[int]) -> dict[int, _Facts]:
    found: list[dict[int, list[object]]] = [{} for _ in _FACT_TABLES]
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        for (table, cols, cls), by_claim in zip(_FACT_TABLES, found, strict=True):
            for r in db.execute(
                f"SELECT claim_id, {cols} FROM {table} WHERE claim_id IN ({marks}) "
                "ORDER BY char_start",
                chunk,
            ):
                by_claim.setdefault(r[0], []).append(cls(*r[1:]))
    return {
        i: tuple(tuple(by_claim.get(i, ())) for by_claim in found)  # type: ignore[misc]
        for i in ids
    }


def _stored_claim(r: tuple[object, ...], facts: _Facts | None) -> StoredClaim:
    dates, counts, ents, stats = facts or ((), (), (), ())
    claim = Claim(
        start=int(r[5]),  # type: ignore[call-overload]
        end=int(r[6]),  # type: ignore[call-overload]
        text=str(r[7]),
        speaker=r[8],  # type: ignore[arg-type]
        speaker_kind=r[9],  # type: ignore[arg-type]
        speaker_role=r[10],  # type: ignore[arg-type]
        cue=r[11],  # type: ignore[arg-type]
        mode=str(r[12]),
        quote=r[13],  # type: ignore[arg-type]
        via=tuple(json.loads(str(r[17]))) if r[17] else (),
        said_on=r[14],  # type: ignore[arg-type]
        dates=dates,
        counts=counts,
        entities=ents,
        statuses=stats,
        lemmas=str(r[15] or ""),
    )
    return StoredClaim(
        id=int(r[0]),  # type: ignore[call-overload]
        doc_id=int(r[1]),  # type: ignore[call-overload]
        doc=str(r[2]),
        published=r[3],  # type: ignore[arg-type]
        outlet=r[4],  # type: ignore[arg-type]
        claim=claim,
        cluster=r[16],  # type: ignore[arg-type]
        published_time=r[18],  # type: ignore[arg-type]
    )
