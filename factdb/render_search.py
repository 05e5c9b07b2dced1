"""Rendering search results, claims in context, speakers and timelines: rich tables,
JSON lines and CSV. No database access here."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from factdb.models import StoredClaim
from factdb.render import claim_dict
from factdb.search import ClaimContext, Hit, SpeakerRow, TimelineEntry

HIGHLIGHT = "bold yellow"


def marked(text: str, spans: Iterable[tuple[int, int]], left: str = "**", right: str = "**") -> str:
    """A text with the given spans wrapped in markers (plain-text highlighting)."""
    out, pos = [], 0
    for a, b in spans:
        out += [text[pos:a], left, text[a:b], right]
        pos = b
    out.append(text[pos:])
    return "".join(out)


def highlighted(text: str, spans: Iterable[tuple[int, int]]) -> Text:
    """A rich Text with the given spans styled as matches."""
    t = Text(text)
    for a, b in spans:
        t.stylize(HIGHLIGHT, a, b)
    return t


def _who(sc: StoredClaim) -> str:
    return sc.claim.who or "—"


def to_csv(header: list[str], rows: Iterable[list[object]]) -> str:
    """CSV text with a header line."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


# ---------------------------------------------------------------- search


def hit_dict(hit: Hit) -> dict[str, Any]:
    """A search hit as a JSON object: the claim contract plus score and snippet."""
    d = claim_dict(hit.claim)
    d["score"] = round(hit.score, 4)
    d["snippet"] = marked(hit.snippet, hit.highlights)
    return d


HIT_COLUMNS = ["id", "doc", "speaker", "speaker_role", "mode", "said_on", "outlet", "via",
               "score", "snippet", "text"]


def hits_csv(hits: list[Hit]) -> str:
    """Search hits as CSV, via joined with '; ', matches marked **like this**."""
    return to_csv(HIT_COLUMNS, (
        [h.claim.id, h.claim.doc, h.claim.claim.speaker or "", h.claim.claim.speaker_role or "",
         h.claim.claim.mode, h.claim.claim.said_on or "", h.claim.outlet or "",
         "; ".join(h.claim.claim.via), round(h.score, 4), marked(h.snippet, h.highlights),
         h.claim.claim.text]
        for h in hits
    ))


def hits_table(hits: list[Hit]) -> Table:
    """Search hits as a table, best first, matched words highlighted in the snippet."""
    t = Table()
    t.add_column("id", justify="right", no_wrap=True)
    t.add_column("doc", no_wrap=True, max_width=14)
    t.add_column("speaker", max_width=26)
    t.add_column("said", no_wrap=True)
    t.add_column("mode", no_wrap=True)
    t.add_column("claim", ratio=1)
    for h in hits:
        t.add_row(str(h.claim.id), h.claim.doc, _who(h.claim), h.claim.claim.said_on or "",
                  h.claim.claim.mode, highlighted(h.snippet, h.highlights))
    return t


# ---------------------------------------------------------------- show


def context_dict(ctx: ClaimContext) -> dict[str, Any]:
    """A claim in context as one JSON object."""
    d = claim_dict(ctx.claim)
    d["document"] = {
        "id": ctx.document.id, "name": ctx.document.name, "path": ctx.document.path,
        "title": ctx.document.title, "published": ctx.document.published,
        "outlet": ctx.document.outlet,
    }
    d["paragraph"] = ctx.paragraph
    d["paragraph_start"] = ctx.paragraph_start
    d["cluster_members"] = [
        {"id": m.id, "doc": m.doc, "speaker": m.claim.speaker, "text": m.claim.text}
        for m in ctx.cluster
    ]
    d["conflicts"] = [
        {"id": k.id, "kind": k.kind, "subject": k.subject, "confidence": k.confidence,
         "summary": k.summary,
         "sides": [{"side": side, "value": value, "claim": sc.id, "doc": sc.doc,
                    "speaker": sc.claim.speaker, "text": sc.claim.text}
                   for side, value, sc in k.sides]}
        for k in ctx.conflicts
    ]
    return d


def context_view(ctx: ClaimContext) -> Group:
    """A claim in context for the terminal: facts, its paragraph, cluster, conflicts."""
    sc, c = ctx.claim, ctx.claim.claim
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column(ratio=1)
    doc = ctx.document
    rows: list[tuple[str, str]] = [
        ("claim", str(sc.id)),
        ("document", f"{doc.name}" + (f" — {doc.title}" if doc.title else "")),
        ("published", doc.published or "—"),
        ("outlet", doc.outlet or "—"),
        ("speaker", c.speaker or "— (the outlet's own narration)"),
        ("role", c.speaker_role or "—"),
        ("cue", c.cue or "—"),
        ("mode", c.mode),
        ("via", ", ".join(c.via) or "—"),
        ("said on", c.said_on or "—"),
        ("dates", "; ".join(f"{d.text} ({d.precision}: {d.date_from}"
                            + (f"..{d.date_to}" if d.date_to != d.date_from else "") + ")"
                            for d in c.dates) or "—"),
    ]
    if c.quote:
        rows.append(("quote", c.quote))
    if c.counts:
        rows.append(("counts", "; ".join(f"{n.text} = {n.value}" for n in c.counts)))
    if c.entities:
        rows.append(("names", "; ".join(f"{e.name} ({e.type})" for e in c.entities)))
    if c.statuses:
        rows.append(("statuses", "; ".join(f"{s.status}" + (f": {s.subject}" if s.subject else "")
                                           for s in c.statuses)))
    rows.append(("cluster", str(sc.cluster) if sc.cluster is not None else "—"))
    for k, v in rows:
        facts.add_row(k, v)
    a, b = c.start - ctx.paragraph_start, c.end - ctx.paragraph_start
    para = highlighted(ctx.paragraph, [(max(0, a), min(len(ctx.paragraph), b))])
    parts: list[Any] = [facts, Text(""), Text("In its paragraph:", style="bold"), para]
    if ctx.cluster:
        t = Table(title="Equivalent claims (same cluster)", title_justify="left")
        t.add_column("id", justify="right")
        t.add_column("doc", no_wrap=True, max_width=14)
        t.add_column("speaker", max_width=26)
        t.add_column("text", ratio=1)
        for m in ctx.cluster:
            t.add_row(str(m.id), m.doc, _who(m), m.claim.text)
        parts += [Text(""), t]
    for cv in ctx.conflicts:
        title = f"Conflict {cv.id} ({cv.kind}, {cv.subject}, confidence {cv.confidence:.2f})"
        t = Table(title=title + (f": {cv.summary}" if cv.summary else ""), title_justify="left")
        t.add_column("side", no_wrap=True)
        t.add_column("value")
        t.add_column("id", justify="right")
        t.add_column("doc", no_wrap=True, max_width=14)
        t.add_column("text", ratio=1)
        for side, value, m in cv.sides:
            t.add_row(side, value, str(m.id), m.doc, m.claim.text)
        parts += [Text(""), t]
    return Group(*parts)


# ---------------------------------------------------------------- speakers


def speaker_dict(s: SpeakerRow) -> dict[str, Any]:
    """A speaker as a JSON object."""
    return {"id": s.id, "name": s.name, "kind": s.kind, "claims": s.claims,
            "documents": s.documents, "roles": list(s.roles), "forms": list(s.forms),
            "first_said": s.first_said, "last_said": s.last_said}


def speakers_csv(rows: list[SpeakerRow]) -> str:
    """Speakers as CSV, roles and forms joined with '; '."""
    return to_csv(
        ["id", "name", "kind", "claims", "documents", "roles", "forms", "first_said", "last_said"],
        ([s.id, s.name, s.kind or "", s.claims, s.documents, "; ".join(s.roles),
          "; ".join(s.forms), s.first_said or "", s.last_said or ""] for s in rows),
    )


def speakers_table(rows: list[SpeakerRow]) -> Table:
    """Speakers as a table, most quoted first."""
    t = Table()
    t.add_column("name", max_width=30)
    t.add_column("kind", no_wrap=True)
    t.add_column("claims", justify="right")
    t.add_column("docs", justify="right")
    t.add_column("roles", ratio=1)
    t.add_column("forms seen", ratio=1)
    t.add_column("said", no_wrap=True)
    for s in rows:
        span = s.first_said or ""
        if s.last_said and s.last_said != s.first_said:
            span += f"..{s.last_said}"
        t.add_row(s.name, s.kind or "", str(s.claims), str(s.documents), "; ".join(s.roles),
                  "; ".join(f for f in s.forms if f != s.name), span)
    return t


# ---------------------------------------------------------------- timeline


def _when(e: TimelineEntry) -> str:
    return e.date_from if e.date_to == e.date_from else f"{e.date_from}..{e.date_to}"


def entry_dict(e: TimelineEntry) -> dict[str, Any]:
    """A timeline entry as a JSON object."""
    c = e.claim
    return {"date_from": e.date_from, "date_to": e.date_to, "precision": e.precision,
            "kind": e.kind, "date_text": e.date_text, "claim": c.id, "text": c.claim.text,
            "speaker": c.claim.speaker, "speaker_role": c.claim.speaker_role,
            "said_on": c.claim.said_on, "outlet": c.outlet, "via": list(c.claim.via),
            "doc": c.doc, "conflicts": list(e.conflicts)}


def timeline_csv(entries: list[TimelineEntry]) -> str:
    """Timeline entries as CSV."""
    return to_csv(
        ["date_from", "date_to", "precision", "kind", "claim", "speaker", "outlet", "via",
         "doc", "conflicts", "text"],
        ([e.date_from, e.date_to, e.precision, e.kind, e.claim.id, e.claim.claim.speaker or "",
          e.claim.outlet or "", "; ".join(e.claim.claim.via), e.claim.doc,
          "; ".join(map(str, e.conflicts)), e.claim.claim.text] for e in entries),
    )


def timeline_table(entries: list[TimelineEntry]) -> Table:
    """A timeline as a table in date order; entries in a conflict are marked ⚠."""
    t = Table()
    t.add_column("when", no_wrap=True)
    t.add_column("precision", no_wrap=True)
    t.add_column("", no_wrap=True)  # conflict mark
    t.add_column("claim", ratio=1)
    t.add_column("speaker", max_width=24)
    t.add_column("source", max_width=22)
    t.add_column("id", justify="right", no_wrap=True)
    for e in entries:
        c = e.claim
        source = c.doc + (f" ({c.outlet})" if c.outlet else "")
        if c.claim.via:
            source += " via " + ", ".join(c.claim.via)
        mark = (Text("⚠ " + ",".join(map(str, e.conflicts)), style="red")
                if e.conflicts else Text(""))
        when = _when(e) + (" (said)" if e.kind == "said" else "")
        t.add_row(when, e.precision, mark, c.claim.text, _who(c), source, str(c.id))
    return t
