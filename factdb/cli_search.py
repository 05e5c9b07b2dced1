"""CLI commands for looking around the store: search, show, speakers, timeline.

Each parses its options, opens the store, calls one function of factdb.search and
renders the result (factdb.render_search). Bad queries and filters are QueryErrors:
one red line and exit status 1.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from factdb import render, render_search
from factdb import search as searching
from factdb.cli import app, errors_as_messages, open_store
from factdb.errors import QueryError

TABLE, JSONL, CSV = "table", "jsonl", "csv"

FormatOption = Annotated[str, typer.Option("--format", help="Output: table, jsonl or csv.")]


def _check_format(value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise QueryError(f"--format must be one of {', '.join(allowed)}, not {value!r}")
    return value


@app.command()
def search(
    words: Annotated[
        list[str] | None,
        typer.Argument(help='Words in any form; "a phrase", OR, -excluded, (groups), prefix*.',
                       metavar="QUERY", show_default=False),
    ] = None,
    speaker: Annotated[
        str | None,
        typer.Option(help="Only claims by this speaker: any form of the name, or a role."),
    ] = None,
    outlet: Annotated[
        str | None, typer.Option(help="Only claims from this outlet or cited via it.")
    ] = None,
    doc: Annotated[
        str | None, typer.Option(help="Only claims of this document (name, path or id).")
    ] = None,
    mode: Annotated[
        str | None, typer.Option(help="Only direct, indirect or narrative claims.")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(help="Said on or stating a date on/after this (YYYY[-MM[-DD]])."),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(help="Said on or stating a date on/before this (YYYY[-MM[-DD]])."),
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many claims.")] = 20,
    format: FormatOption = TABLE,
) -> None:
    """Find claims by words in any grammatical form, ranked, with filters.

    Examples: factdb search "освобождение Картавых";
    factdb search --speaker Захаровой --since 2025-10 --until 2025-10;
    factdb search 'диалог -"рабочем режиме"' --outlet Коммерсант --format jsonl
    """
    with errors_as_messages():
        fmt = _check_format(format, (TABLE, JSONL, CSV))
        # several arguments are one query: `factdb search освобождение Картавых`
        query = " ".join(words) if words else None
        if query is None and not any((speaker, outlet, doc, mode, since, until)):
            raise QueryError("give a query or at least one filter (see `factdb search --help`)")
        hits = searching.search(open_store(), query, speaker=speaker, outlet=outlet, doc=doc,
                                mode=mode, since=since, until=until, limit=limit)
    if fmt == JSONL:
        sys.stdout.write(render.jsonl(render_search.hit_dict(h) for h in hits))
    elif fmt == CSV:
        sys.stdout.write(render_search.hits_csv(hits))
    elif not hits:
        render.console().print("No claims match.")
    else:
        render.console().print(render_search.hits_table(hits))


@app.command()
def show(
    claim_id: Annotated[int, typer.Argument(help="The claim's id (from search or claims).")],
    format: Annotated[str, typer.Option("--format", help="Output: table or jsonl.")] = TABLE,
) -> None:
    """Show one claim in context: paragraph, document, speaker, dates, cluster, conflicts."""
    with errors_as_messages():
        fmt = _check_format(format, (TABLE, JSONL))
        ctx = searching.show(open_store(), claim_id)
    if fmt == JSONL:
        sys.stdout.write(render.jsonl([render_search.context_dict(ctx)]))
    else:
        render.console().print(render_search.context_view(ctx))


@app.command()
def speakers(format: FormatOption = TABLE) -> None:
    """List who is quoted, how often, with the roles and name forms seen."""
    with errors_as_messages():
        fmt = _check_format(format, (TABLE, JSONL, CSV))
        rows = searching.speakers(open_store())
    if fmt == JSONL:
        sys.stdout.write(render.jsonl(render_search.speaker_dict(s) for s in rows))
    elif fmt == CSV:
        sys.stdout.write(render_search.speakers_csv(rows))
    elif not rows:
        render.console().print("No speakers yet: run `factdb ingest PATH` first.")
    else:
        render.console().print(render_search.speakers_table(rows))


@app.command()
def timeline(
    subject: Annotated[str, typer.Argument(help="A person or body, in any form of its name.")],
    format: FormatOption = TABLE,
) -> None:
    """Dated statements and events about a person or body, across documents, in date order."""
    with errors_as_messages():
        fmt = _check_format(format, (TABLE, JSONL, CSV))
        entries = searching.timeline(open_store(), subject)
    if fmt == JSONL:
        sys.stdout.write(render.jsonl(render_search.entry_dict(e) for e in entries))
    elif fmt == CSV:
        sys.stdout.write(render_search.timeline_csv(entries))
    elif not entries:
        render.console().print(f"Nothing dated about {subject}.")
    else:
        render.console().print(render_search.timeline_table(entries))
