"""schema.sql is what the migrations build."""

from __future__ import annotations

from pathlib import Path

from factdb.db import open_db, schema_sql

ROOT = Path(__file__).resolve().parent.parent


def test_schema_sql_equals_migrations(tmp_path: Path) -> None:
    built = schema_sql(open_db(tmp_path / "fresh.db"))
    assert built == (ROOT / "schema.sql").read_text(encoding="utf-8"), (
        "schema.sql is stale: run `python -m factdb.db schema.sql`"
    )


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    open_db(path)
    db = open_db(path)
    names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations").fetchall()]
    assert len(names) == len(set(names)) >= 1
