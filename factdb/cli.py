"""The `factdb` command: parse arguments, open the database, call the library, render.

No SQL and no NLP here. Domain errors become one red `Error: ...` line and exit 1.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from sqlite_utils import Database

from factdb import db as store
from factdb import ingest as ingesting
from factdb import render
from factdb.errors import FactdbError

app = typer.Typer(
    name="factdb",
    help="Who said what in Russian news, and where the reports contradict each other.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"


class State:
    """Options given before the command."""

    db_path: str = store.default_db_path()


state = State()


@app.callback()
def main(
    db: Annotated[
        str | None,
        typer.Option("--db", help="SQLite database file (default ./factdb.db, env FACTDB_DB)."),
    ] = None,
) -> None:
    """factdb: ingest news articles into attributed claims, search them, find conflicts."""
    state.db_path = db or store.default_db_path()


@contextmanager
def errors_as_messages() -> Iterator[None]:
    """Turn a FactdbError into `Error: ...` on stderr and exit status 1."""
    try:
        yield
    except FactdbError as e:
        render.console(stderr=True).print(f"[red]Error:[/red] {e}", markup=True)
        raise typer.Exit(1) from None


def open_store() -> Database:
    """Open the database chosen by --db."""
    return store.open_db(state.db_path)


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files, folders (read recursively), or - for stdin."),
    ],
) -> None:
    """Read articles, split them into attributed claims and store them."""
    err = render.console(stderr=True)
    with errors_as_messages():
        db = open_store()
        sources = list(ingesting.collect(paths))
        story = ingesting.story_days(db, sources)
        counts = {"added": 0, "replaced": 0, "unchanged": 0, "failed": 0}
        claims = 0
        with Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            console=err, transient=True, disable=not err.is_terminal,
        ) as progress:
            task = progress.add_task("ingesting", total=len(sources))
            for src in sources:
                if isinstance(src, ingesting.Failure):
                    counts["failed"] += 1
                    err.print(f"error: {src}", markup=False, soft_wrap=True)
                    progress.advance(task)
                    continue
                progress.update(task, description=src.name[:30])
                outcome = ingesting.ingest_source(db, src, story)
                counts[outcome.status] += 1
                claims += outcome.claims
                if outcome.failure:
                    err.print(f"error: {outcome.failure}", markup=False, soft_wrap=True)
                elif outcome.note:
                    err.print(f"note: {src.path}: {outcome.note}", markup=False, soft_wrap=True)
                progress.advance(task)
        if counts["added"] or counts["replaced"]:
            ingesting.finish_batch(db)
    stored = counts["added"] + counts["replaced"]
    err.print(
        f"{stored} documents stored ({counts['added']} new, {counts['replaced']} replaced), "
        f"{counts['unchanged']} unchanged, {counts['failed']} failed; {claims} claims stored",
        markup=False, soft_wrap=True,
    )
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def docs() -> None:
    """List stored documents: name, outlet, published date, number of claims."""
    with errors_as_messages():
        rows = store.list_documents(open_store())
    out = render.console()
    if not rows:
        out.print("No documents yet: run `factdb ingest PATH` first.")
        return
    out.print(render.docs_table(rows))


@app.command()
def claims(
    doc: Annotated[str | None, typer.Option(help="Only this document (file name or path).")] = None,
    speaker: Annotated[str | None, typer.Option(help="Only claims by this speaker.")] = None,
    cluster: Annotated[
        int | None, typer.Option(help="Only the claims of this cluster of equivalent claims.")
    ] = None,
    format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
) -> None:
    """List stored claims with speaker, via and when said."""
    with errors_as_messages():
        rows = store.load_claims(open_store(), doc=doc, speaker=speaker, cluster=cluster,
                                 with_facts=format == Format.jsonl)
    if format == Format.jsonl:
        sys.stdout.write(render.jsonl(render.claim_dict(c) for c in rows))
        return
    out = render.console()
    if not rows:
        out.print("No claims match.")
        return
    out.print(render.claims_table(rows))


# Commands of the other concerns register themselves on `app`.
from factdb import cli_conflicts, cli_search  # noqa: E402,F401
