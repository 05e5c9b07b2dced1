"""Shared fixtures: the sample articles, a database of them built once per session."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
GOLD = Path(__file__).resolve().parent / "data" / "seed_gold.toml"


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    """The sample articles' gold annotations (a copy of ../shared/eval/seed_gold.toml)."""
    return tomllib.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the five sample articles ingested through the CLI, built once."""
    from typer.testing import CliRunner

    from factdb.cli import app

    path = tmp_path_factory.mktemp("samples") / "samples.db"
    result = CliRunner().invoke(app, ["--db", str(path), "ingest", str(SOURCES)])
    assert result.exit_code == 0, result.output
    return path
