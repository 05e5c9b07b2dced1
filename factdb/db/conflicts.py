"""SQL for clusters of equivalent claims and for conflicts between claims.

Both are derived data: `factdb.conflicts.refresh` recomputes them from the stored claims
and writes them here, replacing what was there, in one transaction. Cluster ids are
rewritten only on claims whose cluster changed, so a refresh after a small batch touches
few rows (the claims FTS triggers fire on every UPDATE of a claim).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from factdb.models import Conflict, ConflictSide


@dataclass(frozen=True)
class StoredConflict:
    """A conflict as read back, with its database id."""

    id: int
    conflict: Conflict


def claim_count(db: Database) -> int:
    """How many claims are stored."""
    return int(db.execute("SELECT COUNT(*) FROM claims").fetchone()[0])


def save_clusters(db: Database, clusters: Sequence[Sequence[int]], labels: Sequence[str]) -> None:
    """Replace all clusters: each list of claim ids (two or more) becomes one cluster."""
    with db.conn:
        current = dict(
            db.execute("SELECT id, cluster_id FROM claims WHERE cluster_id IS NOT NULL").fetchall()
        )
        # Keep the id of an old cluster whose members are exactly the same, so `claims
        # --cluster ID` stays stable across refreshes when nothing changed.
        old_members: dict[int, set[int]] = {}
        for cid, clu in current.items():
            old_members.setdefault(clu, set()).add(cid)
        old_by_members = {frozenset(m): clu for clu, m in old_members.items()}
        wanted: dict[int, int] = {}
        kept: set[int] = set()
        fresh: list[tuple[Sequence[int], str]] = []
        for members, label in zip(clusters, labels, strict=True):
            clu = old_by_members.get(frozenset(members))
            if clu is not None:
                kept.add(clu)
                db.execute("UPDATE clusters SET size = ?, label = ? WHERE id = ?",
                           [len(members), label, clu])
                for cid in members:
                    wanted[cid] = clu
            else:
                fresh.append((members, label))
        stale = [clu for clu in old_members if clu not in kept]
        for clu in stale:
            db.execute("DELETE FROM clusters WHERE id = ?", [clu])
        for members, label in fresh:
            cur = db.execute("INSERT INTO clusters (size, label) VALUES (?, ?)",
                             [len(members), label])
            for cid in members:
                wanted[cid] = int(cur.lastrowid or 0)
        # ON DELETE SET NULL cleared the members of deleted clusters; re-read what is set
        now = dict(
            db.execute("SELECT id, cluster_id FROM claims WHERE cluster_id IS NOT NULL").fetchall()
        )
        for cid in now:
            if cid not in wanted:
                db.execute("UPDATE claims SET cluster_id = NULL WHERE id = ?", [cid])
        for cid, clu in wanted.items():
            if now.get(cid) != clu:
                db.execute("UPDATE claims SET cluster_id = ? WHERE id = ?", [clu, cid])


def save_conflicts(db: Database, conflicts: Iterable[Conflict]) -> int:
    """Replace all stored conflicts with these, with their sides; returns how many."""
    n = 0
    with db.conn:
        db.execute("DELETE FROM conflict_sides")
        db.execute("DELETE FROM conflicts")
        for k in conflicts:
            cur = db.execute(
                "INSERT INTO conflicts (kind, subject, confidence, summary, details) "
                "VALUES (?, ?, ?, ?, ?)",
                [k.kind, k.subject, k.confidence, k.summary,
                 json.dumps(k.details, ensure_ascii=False)],
            )
            kid = int(cur.lastrowid or 0)
            spans = k.details.get("spans", {})
            for s in k.sides:
                span = spans.get(f"{s.claim_id}:{s.side}") if isinstance(spans, dict) else None
                db.execute(
                    "INSERT OR IGNORE INTO conflict_sides (conflict_id, claim_id, side, value, "
                    "char_start, char_end) VALUES (?, ?, ?, ?, ?, ?)",
                    [kid, s.claim_id, s.side, s.value,
                     span[0] if span else None, span[1] if span else None],
                )
            n += 1
    return n


def load_conflicts(db: Database, kind: str | None = None) -> list[StoredConflict]:
    """Stored conflicts (optionally of one kind), most confident first."""
    sql = "SELECT id, kind, subject, confidence, summary, details FROM conflicts"
    params: list[object] = []
    if kind:
        sql += " WHERE kind = ?"
        params.append(kind)
    sql += " ORDER BY subject, confidence DESC, id"
    rows = db.execute(sql, params).fetchall()
    sides: dict[int, list[ConflictSide]] = {}
    for kid, claim_id, side, value in db.execute(
        "SELECT conflict_id, claim_id, side, value FROM conflict_sides "
        "ORDER BY conflict_id, side, claim_id"
    ):
        sides.setdefault(kid, []).append(ConflictSide(claim_id, value, side))
    out = []
    for kid, k, subject, conf, summary, details in rows:
        out.append(StoredConflict(
            int(kid),
            Conflict(kind=k, subject=subject, sides=tuple(sides.get(kid, ())),
                     confidence=float(conf), summary=summary,
                     details=json.loads(details or "{}")),
        ))
    return out


def conflict_ids_of_claim(db: Database, claim_id: int) -> list[int]:
    """Ids of the conflicts a claim stands in."""
    rows = db.execute(
        "SELECT DISTINCT conflict_id FROM conflict_sides WHERE claim_id = ? ORDER BY 1",
        [claim_id],
    ).fetchall()
    return [int(r[0]) for r in rows]
