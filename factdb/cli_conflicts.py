"""CLI command `conflicts`: where the stored reports disagree."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from factdb import conflicts as finding
from factdb import render, render_conflicts
from factdb.cli import app, errors_as_messages, open_store


class ReportFormat(StrEnum):
    """How the report is written."""

    table = "table"
    jsonl = "jsonl"
    json = "json"
    markdown = "markdown"


class Kind(StrEnum):
    """The kinds of conflict (factdb.conflicts.KINDS)."""

    # `count` would shadow str.count; the CLI reads only the values, so --kind count stays
    count_ = "count"
    date = "date"
    status = "status"
    role = "role"
    statement = "statement"


@app.command()
def conflicts(
    about: Annotated[
        str | None,
        typer.Option(help="Only conflicts about this person, body or subject (any word form)."),
    ] = None,
    kind: Annotated[Kind | None, typer.Option(help="Only conflicts of this kind.")] = None,
    format: Annotated[
        ReportFormat, typer.Option("--format", help="Output format.")
    ] = ReportFormat.table,
) -> None:
    """Report where the stored reports contradict each other, grouped by subject."""
    with errors_as_messages():
        rep = finding.report(open_store(), about=about, kind=kind.value if kind else None)
    if format == ReportFormat.jsonl:
        sys.stdout.write(render_conflicts.jsonl(rep.conflicts, rep.claims))
        return
    if format == ReportFormat.json:
        sys.stdout.write(render_conflicts.json_doc(rep.conflicts, rep.claims))
        return
    out = render.console()
    if rep.total_claims == 0:
        out.print(render_conflicts.NO_CLAIMS, markup=False)
        return
    if not rep.conflicts:
        what = render_conflicts.NO_CONFLICTS
        if about or kind:
            what = "No conflicts match" + (f" --about {about}" if about else "") + (
                f" --kind {kind.value}" if kind else "") + "."
        out.print(what, markup=False)
        return
    if format == ReportFormat.markdown:
        sys.stdout.write(render_conflicts.markdown(rep.conflicts, rep.claims) + "\n")
        return
    out.print(render_conflicts.table(rep.conflicts, rep.claims))
