"""Turning results into rich tables and JSON lines; no database access here."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.table import Table

from factdb.db import DocumentRow
from factdb.models import StoredClaim, published_at


def console(stderr: bool = False) -> Console:
    """A console that stays plain (no colour, no wrapping surprises) when piped."""
    con = Console(stderr=stderr, highlight=False, soft_wrap=False)
    if not con.is_terminal and "COLUMNS" not in os.environ:
        # piped into a file or a pager: 80 columns would squeeze the tables unreadable
        con = Console(stderr=stderr, highlight=False, soft_wrap=False, width=120)
    return con


def claim_dict(sc: StoredClaim) -> dict[str, Any]:
    """A stored claim as the JSONL contract of ../shared/eval/README.md wants it."""
    c = sc.claim
    return {
        "id": sc.id,
        "doc": sc.doc,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "speaker": c.speaker,
        "speaker_kind": c.speaker_kind,
        "speaker_role": c.speaker_role,
        "cue": c.cue,
        "mode": c.mode,
        "quote": c.quote,
        "via": list(c.via),
        "said_on": c.said_on,
        "cluster": sc.cluster,
        "published": sc.published,
        "published_time": sc.published_time,
        "outlet": sc.outlet,
        "dates": [asdict(d) for d in c.dates],
        "counts": [asdict(n) for n in c.counts],
        "entities": [asdict(e) for e in c.entities],
        "statuses": [asdict(s) for s in c.statuses],
    }


def jsonl(rows: Iterable[dict[str, Any]]) -> str:
    """One JSON object per line, Cyrillic kept readable."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def claims_table(claims: list[StoredClaim]) -> Table:
    """Claims as a table: id, document, speaker (role), via, said_on, text."""
    t = Table(show_lines=False, expand=False)
    t.add_column("id", justify="right", no_wrap=True)
    t.add_column("doc", no_wrap=True, overflow="ellipsis", max_width=12)
    t.add_column("speaker", max_width=24)
    t.add_column("via", max_width=14)
    t.add_column("said", no_wrap=True)
    t.add_column("text", ratio=1)
    for sc in claims:
        c = sc.claim
        t.add_row(str(sc.id), sc.doc, c.who or "—", ", ".join(c.via), c.said_on or "", c.text)
    return t


def shorten(text: str | None, width: int) -> str:
    """The text cut to `width` characters with an ellipsis."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def docs_table(docs: list[DocumentRow]) -> Table:
    """Documents as a table: name, outlet, published, claims, title."""
    t = Table()
    t.add_column("id", justify="right", no_wrap=True)
    t.add_column("name", overflow="fold")
    t.add_column("outlet")
    t.add_column("published", no_wrap=True)
    t.add_column("claims", justify="right", no_wrap=True)
    t.add_column("title")
    for d in docs:
        when = published_at(d.published, d.published_time)
        t.add_row(str(d.id), d.name, d.outlet or "—", when or "—", str(d.claims),
                  shorten(d.title, 60))
    return t
