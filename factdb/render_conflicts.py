"""The conflicts report: rich terminal output, markdown, JSON and JSON lines (no DB access).

Every side of a conflict shows the claim's words with the differing value highlighted,
who said it, the outlet and via, the document, its published date and when the words
were said, so a reader can judge without opening the files.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from factdb.db.conflicts import StoredConflict
from factdb.models import ConflictSide, StoredClaim

NO_CLAIMS = "The database holds no claims yet: run `factdb ingest PATH` first."
NO_CONFLICTS = "No conflicts: the stored reports do not contradict each other."


def _span(k: StoredConflict, side: ConflictSide, sc: StoredClaim | None) -> tuple[int, int] | None:
    """Where the side's value sits in the claim's text (claim-relative), if known."""
    spans = k.conflict.details.get("spans")
    if sc is None or not isinstance(spans, dict):
        return None
    span = spans.get(f"{side.claim_id}:{side.side}")
    if not span:
        return None
    a, b = int(span[0]) - sc.claim.start, int(span[1]) - sc.claim.start
    if 0 <= a < b <= len(sc.claim.text):
        return a, b
    return None


def side_dict(k: StoredConflict, side: ConflictSide, sc: StoredClaim | None) -> dict[str, Any]:
    """One side as plain data: value, claim, words and their context."""
    c = sc.claim if sc else None
    return {
        "side": side.side,
        "value": side.value,
        "claim": side.claim_id,
        "text": c.text if c else None,
        "highlight": list(_span(k, side, sc) or ()) or None,
        "speaker": c.speaker if c else None,
        "speaker_role": c.speaker_role if c else None,
        "outlet": sc.outlet if sc else None,
        "via": list(c.via) if c else [],
        "doc": sc.doc if sc else None,
        "published": sc.published if sc else None,
        "published_time": sc.published_time if sc else None,
        "said_on": c.said_on if c else None,
    }


def conflict_dict(k: StoredConflict, claims: Mapping[int, StoredClaim]) -> dict[str, Any]:
    """A conflict as the JSONL contract of ../shared/eval/README.md wants it, and more."""
    c = k.conflict
    ids = list(dict.fromkeys(s.claim_id for s in c.sides))
    return {
        "id": k.id,
        "kind": c.kind,
        "subject": c.subject,
        "claims": ids,
        "values": c.details.get("values", list(dict.fromkeys(s.value for s in c.sides))),
        "confidence": c.confidence,
        "summary": c.summary,
        "sides": [side_dict(k, s, claims.get(s.claim_id)) for s in c.sides],
    }


def jsonl(conflicts: Iterable[StoredConflict], claims: Mapping[int, StoredClaim]) -> str:
    """One conflict per line."""
    return "".join(
        json.dumps(conflict_dict(k, claims), ensure_ascii=False) + "\n" for k in conflicts
    )


def json_doc(conflicts: Iterable[StoredConflict], claims: Mapping[int, StoredClaim]) -> str:
    """All conflicts as one JSON array."""
    return json.dumps([conflict_dict(k, claims) for k in conflicts], ensure_ascii=False,
                      indent=2) + "\n"


def by_subject(conflicts: Iterable[StoredConflict]) -> dict[str, list[StoredConflict]]:
    """Conflicts grouped by subject, subjects in alphabetical order."""
    groups: dict[str, list[StoredConflict]] = defaultdict(list)
    for k in conflicts:
        groups[k.conflict.subject].append(k)
    return dict(sorted(groups.items(), key=lambda kv: kv[0].lower()))


def _source(sc: StoredClaim | None) -> str:
    if sc is None:
        return "—"
    parts = [sc.outlet or "—"]
    if sc.claim.via:
        parts.append("via " + ", ".join(sc.claim.via))
    return "; ".join(parts)


def _who(sc: StoredClaim | None) -> str:
    return (sc.claim.who if sc is not None else None) or "— (outlet's narration)"


def _highlighted(text: str, span: tuple[int, int] | None) -> Text:
    t = Text(" ".join(text.split()) if span is None else text.replace("\n", " "))
    if span is not None:
        t.stylize("bold red", *span)
    return t


def table(conflicts: list[StoredConflict], claims: Mapping[int, StoredClaim]) -> RenderableType:
    """The terminal report: a heading per subject, a table per conflict."""
    parts: list[RenderableType] = []
    for subject, ks in by_subject(conflicts).items():
        parts.append(Rule(Text(subject, style="bold"), align="left"))
        for k in ks:
            c = k.conflict
            parts.append(Text.assemble(
                (f"#{k.id} {c.kind}", "bold"), f"  confidence {c.confidence:.2f}  ",
                (c.summary, "italic"),
            ))
            t = Table(show_lines=True, expand=True, pad_edge=False)
            t.add_column("side", no_wrap=True)
            t.add_column("value", ratio=1)
            t.add_column("claim", ratio=4)
            # who said it, through whom, where and when, stacked: fits 80 columns
            t.add_column("speaker · outlet / via · document · published / said", ratio=3)
            for s in c.sides:
                sc = claims.get(s.claim_id)
                if sc is None:
                    t.add_row(s.side, s.value, f"claim {s.claim_id}", "—")
                    continue
                t.add_row(
                    s.side, s.value, _highlighted(sc.claim.text, _span(k, s, sc)),
                    "\n".join((
                        _who(sc), _source(sc), f"{sc.doc} #{s.claim_id}",
                        f"published {sc.published_at or '—'}, said {sc.claim.said_on or '—'}",
                    )),
                )
            parts.append(t)
    return Group(*parts)


def _md(text: str | None) -> str:
    return " ".join((text or "").split()).replace("|", "\\|")


def _md_inline(text: str) -> str:
    # like _md, but the spaces at the edges stay: the piece sits next to a highlight
    return re.sub(r"\s+", " ", text).replace("|", "\\|")


def markdown(conflicts: list[StoredConflict], claims: Mapping[int, StoredClaim]) -> str:
    """The report as markdown, to paste into an editorial chat."""
    lines = [f"# Conflicts ({len(conflicts)})", ""]
    for subject, ks in by_subject(conflicts).items():
        lines += [f"## {_md(subject)}", ""]
        for k in ks:
            c = k.conflict
            lines += [f"**{c.kind}**: {_md(c.summary)} (confidence {c.confidence:.2f}, #{k.id})",
                      ""]
            lines.append("| side | value | claim | speaker | outlet / via | document | published "
                         "| said |")
            lines.append("|---|---|---|---|---|---|---|---|")
            for s in c.sides:
                sc = claims.get(s.claim_id)
                if sc is None:
                    lines.append(f"| {s.side} | {_md(s.value)} | claim {s.claim_id} |" + " |" * 5)
                    continue
                span = _span(k, s, sc)
                text = sc.claim.text
                if span:
                    a, b = span
                    words = (_md_inline(text[:a]) + f"**{_md(text[a:b])}**"
                             + _md_inline(text[b:])).strip()
                else:
                    words = _md(text)
                lines.append(
                    f"| {s.side} | {_md(s.value)} | {words} | {_md(_who(sc))} | "
                    f"{_md(_source(sc))} | {_md(sc.doc)} #{s.claim_id} | "
                    f"{sc.published_at or '—'} | {sc.claim.said_on or '—'} |"
                )
            lines.append("")
    return "\n".join(lines)
