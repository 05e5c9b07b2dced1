"""The `conflicts` command: every format, the filters, and the empty cases (CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factdb import conflicts
from factdb.cli import app
from factdb.db import open_db, store_article
from tests.test_conflicts import _article, claim, store_pair

runner = CliRunner()


def run(db: Path, *args: str) -> tuple[int, str]:
    """Run `factdb --db DB conflicts ARGS` and return exit code and stdout."""
    r = runner.invoke(app, ["--db", str(db), "conflicts", *args], env={"COLUMNS": "200"})
    return r.exit_code, r.stdout


@pytest.fixture()
def pair_db(tmp_path: Path) -> Path:
    """Two reports disagreeing on a count (12 vs 15 activists in Kazan)."""
    path = tmp_path / "pair.db"
    store_pair(path)
    return path


def test_empty_database_says_so(tmp_path: Path) -> None:
    code, out = run(tmp_path / "empty.db")
    assert code == 0
    assert "no claims yet" in out


def test_no_conflicts_says_so(tmp_path: Path) -> None:
    path = tmp_path / "calm.db"
    db = open_db(path)
    store_article(db, _article("calm.txt", "2024-01-01", [
        claim("Губернатор открыл новый мост через Оку."),
    ]))
    conflicts.refresh(db)
    code, out = run(path)
    assert code == 0
    assert out.strip() == "No conflicts: the stored reports do not contradict each other."
    code, out = run(path, "--format", "jsonl")
    assert code == 0 and out == ""


def test_table_shows_subject_values_and_context(pair_db: Path) -> None:
    code, out = run(pair_db)
    assert code == 0
    assert "активист" in out and "Казань" in out
    assert "count" in out and "confidence" in out
    for expected in ("12", "15", "one.txt", "two.txt", "2024-03-02", "2024-03-03",
                     "Тестовые вести"):
        assert expected in out


def test_jsonl_follows_the_contract(pair_db: Path) -> None:
    code, out = run(pair_db, "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 1
    k = rows[0]
    assert {"id", "claims", "kind", "subject", "values", "confidence", "sides"} <= set(k)
    assert k["kind"] == "count" and sorted(k["values"]) == ["12", "15"]
    assert 2 <= len(k["claims"]) <= 12
    side = k["sides"][0]
    a, b = side["highlight"]
    assert side["text"][a:b].startswith(side["value"])
    assert side["doc"] in ("one.txt", "two.txt") and side["published"]


def test_json_is_one_array(pair_db: Path) -> None:
    code, out = run(pair_db, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, list) and data[0]["kind"] == "count"


def test_markdown_highlights_the_value(pair_db: Path) -> None:
    code, out = run(pair_db, "--format", "markdown")
    assert code == 0
    assert out.startswith("# Conflicts (1)")
    assert "## " in out
    assert "**12 активистов**" in out and "**15 активистов**" in out
    assert "| side | value | claim |" in out


@pytest.mark.parametrize(("about", "found"), [("Казанью", True), ("активистов", True),
                                              ("Сидоренко", False)])
def test_about_any_word_form(pair_db: Path, about: str, found: bool) -> None:
    code, out = run(pair_db, "--about", about, "--format", "jsonl")
    assert code == 0
    assert (len(out.splitlines()) == 1) is found
    code, out = run(pair_db, "--about", about)
    assert ("No conflicts match" in out) is not found


@pytest.mark.parametrize(("kind", "n"), [("count", 1), ("date", 0), ("status", 0), ("role", 0),
                                         ("statement", 0)])
def test_kind_filter(pair_db: Path, kind: str, n: int) -> None:
    code, out = run(pair_db, "--kind", kind, "--format", "jsonl")
    assert code == 0
    assert len(out.splitlines()) == n


def test_unknown_kind_is_an_error(pair_db: Path) -> None:
    code, _out = run(pair_db, "--kind", "mood")
    assert code != 0


def test_claims_cluster_lists_equivalent_claims(pair_db: Path) -> None:
    r = runner.invoke(app, ["--db", str(pair_db), "claims", "--format", "jsonl"])
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    cluster = next(c["cluster"] for c in rows if "зерна" in c["text"])
    assert cluster is not None
    r = runner.invoke(app, ["--db", str(pair_db), "claims", "--cluster", str(cluster),
                            "--format", "jsonl"])
    texts = [json.loads(line)["text"] for line in r.stdout.splitlines()]
    assert len(texts) == 2 and all("зерна" in t for t in texts)


def test_help_describes_the_command() -> None:
    r = runner.invoke(app, ["conflicts", "--help"])
    assert r.exit_code == 0
    assert "--about" in r.stdout and "--kind" in r.stdout and "--format" in r.stdout
