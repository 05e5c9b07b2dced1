"""`factdb search`, `show`, `speakers`, `timeline` through the CLI: each filter, each
output format, every error path (one line on stderr, exit 1, no traceback)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factdb.cli import app
from tests.test_search import KREMLIN, MINISTRY, REGION, make_store


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--db", str(db), *args], env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "s.db"
    make_store(p)
    return p


def jsonl(out: str) -> list[dict[str, Any]]:  # parsed JSON: values are Any
    return [json.loads(line) for line in out.splitlines()]


def ids_texts(out: str) -> set[str]:
    return {str(r["text"]) for r in jsonl(out)}


# ---------------------------------------------------------------- search


def test_search_table_shows_hits_with_speaker(path: Path) -> None:
    code, out, err = run(path, "search", "Пескова")
    assert code == 0, err
    assert "Дмитрий Песков" in out and "(пресс-секретарь" in out
    assert "рабочем режиме" in out  # «Он добавил ...»: found through its speaker
    assert "Захаров" not in out


def test_search_jsonl_carries_the_claim_contract_score_and_marked_snippet(path: Path) -> None:
    code, out, _ = run(path, "search", "журналиста Пескову", "--format", "jsonl")
    assert code == 0
    (row,) = jsonl(out)
    assert row["text"] == KREMLIN.claims[2].text
    assert row["doc"] == "a_kremlin.txt" and row["outlet"] == "Интерфакс"
    assert row["snippet"] == "Вопрос **журналиста** **Пескову** касался поставок газа."
    assert isinstance(row["score"], float) and {"start", "end", "speaker", "via"} <= set(row)


def test_search_csv_has_a_header_and_one_row_per_hit(path: Path) -> None:
    code, out, _ = run(path, "search", "суд", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["text"] for r in rows} == {KREMLIN.claims[3].text, REGION.claims[0].text,
                                         REGION.claims[1].text}
    assert {r["via"] for r in rows} == {"", "Коммерсант"}


def test_search_words_as_several_arguments_are_one_query(path: Path) -> None:
    code, out, _ = run(path, "search", "журналиста", "Пескову", "--format", "jsonl")
    assert code == 0 and ids_texts(out) == {KREMLIN.claims[2].text}


def test_search_nothing_found(path: Path) -> None:
    assert run(path, "search", "вулкан") == (0, "No claims match.\n", "")
    assert run(path, "search", "вулкан", "--format", "jsonl") == (0, "", "")


@pytest.mark.parametrize(("args", "expected"), [
    (["--speaker", "Захаровой"], {c.text for c in MINISTRY.claims[:3]}),
    (["--speaker", "губернатора"], {REGION.claims[0].text}),
    (["суд", "--outlet", "Коммерсанта"], {REGION.claims[0].text}),
    (["--outlet", "ТАСС"], {KREMLIN.claims[1].text}),
    (["--doc", "b_ministry.txt", "--mode", "direct"], {MINISTRY.claims[2].text}),
    (["--mode", "narrative", "--doc", "c_region.txt"], {REGION.claims[2].text}),
    (["--since", "2024-08-01", "--until", "2024-08-31"], {MINISTRY.claims[4].text}),
    (["суд", "--until", "2025-03-10"], {KREMLIN.claims[3].text}),
    (["освобождение", "--speaker", "Захарова", "--since", "2025-04"],
     {c.text for c in MINISTRY.claims[:2]}),
])
def test_each_filter(path: Path, args: list[str], expected: set[str]) -> None:
    code, out, err = run(path, "search", *args, "--format", "jsonl")
    assert code == 0, err
    assert ids_texts(out) == expected


def test_limit(path: Path) -> None:
    code, out, _ = run(path, "search", "--doc", "b_ministry.txt", "--limit", "2", "--format",
                       "jsonl")
    assert code == 0 and len(jsonl(out)) == 2


ERRORS = [
    (["search", '"суд арестовал'], "unbalanced quote"),
    (["search", "суд OR"], "OR needs words on both sides"),
    (["search", "(суд"], "unbalanced '('"),
    (["search", "суд)"], "unbalanced ')'"),
    (["search", "--", "-суд"], "nothing left to look for"),
    (["search", "суд - губернатор"], "'-' must stand right before"),
    (["search", "()"], "empty parentheses"),
    (["search", "!!!"], "no words to search for"),
    (["search"], "give a query or at least one filter"),
    (["search", "суд", "--format", "xml"], "--format must be one of table, jsonl, csv"),
    (["search", "суд", "--mode", "quoted"], "--mode must be one of"),
    (["search", "суд", "--since", "вчера"], "--since: not a date"),
    (["search", "суд", "--until", "2025-02-30"], "--until: not a date"),
    (["search", "суд", "--since", "2025-05", "--until", "2025-04"], "is after --until"),
    (["search", "суд", "--limit", "0"], "--limit must be between"),
    (["search", "--speaker", "Иванова"], "no speaker matches 'Иванова'"),
    (["search", "--outlet", "Правда"], "no outlet matches 'Правда'"),
    (["search", "--doc", "nope.txt"], "no document matches 'nope.txt'"),
    (["show", "999"], "no claim with id 999"),
    (["show", "1", "--format", "csv"], "--format must be one of table, jsonl"),
    (["speakers", "--format", "xml"], "--format must be one of"),
    (["timeline", "«»"], "no words to look for"),
    (["timeline", "Белова", "--format", "xml"], "--format must be one of"),
]


@pytest.mark.parametrize(("args", "message"), ERRORS)
def test_errors_are_one_line_and_exit_1(path: Path, args: list[str], message: str) -> None:
    code, out, err = run(path, *args)
    assert code == 1
    assert out == ""
    assert err.startswith("Error: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    code, _, err = run(bad, "search", "суд")
    assert code == 1 and err.startswith("Error: ") and err.count("\n") == 1


def test_show_argument_must_be_a_number(path: Path) -> None:
    code, _, err = run(path, "show", "abc")
    assert code == 2 and "Traceback" not in err  # a usage error, from typer


# ---------------------------------------------------------------- show


def _id_of(path: Path, query: str) -> int:
    _, out, _ = run(path, "search", query, "--format", "jsonl")
    return int(jsonl(out)[0]["id"])


def test_show_table(path: Path) -> None:
    cid = _id_of(path, "рабочем")
    code, out, err = run(path, "show", str(cid))
    assert code == 0, err
    for expected in ("a_kremlin.txt", "Интерфакс", "Дмитрий Песков", "ТАСС", "2025-03-12",
                     "In its paragraph:", KREMLIN.claims[1].text):
        assert expected in out


def test_show_jsonl(path: Path) -> None:
    cid = _id_of(path, "Летом")
    code, out, _ = run(path, "show", str(cid), "--format", "jsonl")
    assert code == 0
    (row,) = jsonl(out)
    assert row["id"] == cid and row["paragraph"] == MINISTRY.claims[4].text
    assert row["document"]["name"] == "b_ministry.txt"
    assert row["dates"][0]["precision"] == "season"
    assert row["cluster_members"] == [] and row["conflicts"] == []


# ---------------------------------------------------------------- speakers


def test_speakers_table(path: Path) -> None:
    code, out, _ = run(path, "speakers")
    assert code == 0
    lines = [ln for ln in out.splitlines() if "Захаров" in ln or "Песков" in ln]
    assert "Мария Захарова" in lines[0] and "Захаровой" in lines[0]


def test_speakers_jsonl_and_csv(path: Path) -> None:
    _, out, _ = run(path, "speakers", "--format", "jsonl")
    rows = {r["name"]: r for r in jsonl(out)}
    assert rows["Иван Петров"]["roles"] == ["губернатор"] and rows["Иван Петров"]["claims"] == 1
    _, out, _ = run(path, "speakers", "--format", "csv")
    assert list(csv.DictReader(io.StringIO(out)))[0]["name"] == "Мария Захарова"


def test_speakers_empty(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path / "empty.db", "speakers")
    assert code == 0 and "No speakers yet" in out


# ---------------------------------------------------------------- timeline


def test_timeline_table_in_date_order(path: Path) -> None:
    code, out, _ = run(path, "timeline", "Белов")
    assert code == 0
    assert out.index("2024-06-01..2024-08-31") < out.index("2024-07-20") < out.index(
        "2024-09-01..2024-09-30")


def test_timeline_jsonl_and_csv(path: Path) -> None:
    _, out, _ = run(path, "timeline", "Белова", "--format", "jsonl")
    rows = jsonl(out)
    assert [(r["date_from"], r["precision"], r["doc"]) for r in rows] == [
        ("2024-06-01", "season", "b_ministry.txt"),
        ("2024-07-20", "day", "b_ministry.txt"),
        ("2024-09-01", "month", "c_region.txt"),
    ]
    assert rows[0]["outlet"] == "Коммерсант" and rows[0]["conflicts"] == []
    _, out, _ = run(path, "timeline", "Белова", "--format", "csv")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 3


def test_timeline_nothing_dated(path: Path) -> None:
    assert run(path, "timeline", "вулкан") == (0, "Nothing dated about вулкан.\n", "")


def test_every_command_has_help(path: Path) -> None:
    for cmd in ("search", "show", "speakers", "timeline"):
        code, out, _ = run(path, cmd, "--help")
        assert code == 0 and "Usage" in out


# ---------------------------------------------------------------- the bar, on sources/


def _covers(hits: list[dict[str, Any]], doc: str, anchor: str, text: str) -> bool:
    flat = text.replace("\xa0", " ")
    return any(h["doc"] == doc and anchor in flat[h["start"]:h["end"]]
               for h in hits)


Gold = dict[str, list[dict[str, str]]]


def test_bar_on_the_sample_articles(samples_db: Path, gold: Gold) -> None:
    from tests.conftest import SOURCES

    texts = {p.name: p.read_text(encoding="utf-8") for p in SOURCES.iterdir()}
    _, out, _ = run(samples_db, "search", "Пескова", "--limit", "500", "--format", "jsonl")
    hits = jsonl(out)
    for c in gold["claim"]:
        if "Песков" in c["speaker_any"]:
            assert _covers(hits, c["doc"], c["anchor"], texts[c["doc"]]), c["anchor"]
    for h in hits:  # spoken by him, or naming him
        assert "Песков" in str(h["speaker"]) or "Песков" in str(h["text"]), h["text"]

    _, out, _ = run(samples_db, "search", "--speaker", "Захаровой", "--format", "jsonl")
    assert {h["speaker"] for h in jsonl(out)} == {"Мария Захарова"}

    _, out, _ = run(samples_db, "search", "освобожден", "--format", "jsonl")
    freed = [h for h in jsonl(out) if "Картавых" in str(h["text"])]
    assert {h["doc"] for h in freed} == {"001_92dfc54c79d69fb8.txt", "003_f43e71b30eac417d.txt"}

    _, out, _ = run(samples_db, "timeline", "Картавых", "--format", "jsonl")
    dates = [r["date_from"] for r in jsonl(out)]
    assert dates == sorted(dates) and {"2025-07-07", "2025-10-10"} <= set(dates)
    assert dates.index("2025-07-07") < dates.index("2025-10-10")
