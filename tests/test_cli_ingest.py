"""`factdb ingest`, `docs` and `claims` through the CLI: good input, bad input, re-ingest."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factdb.cli import app
from factdb.extract import clean

ARTICLE = (
    "12 марта 2025, 10:15\n"
    "Минфин пообещал сохранить налоговые льготы\n"
    "Министр финансов Антон Силуанов заявил журналистам, что льготы для малого бизнеса "
    "сохранятся до конца года.\n"
    "По его словам, решение было принято на совещании в правительстве.\n"
)
OTHER = (
    "3 апреля 2025, 09:00\n"
    "Губернатор объявил о ремонте дорог\n"
    "Губернатор области Иван Петров сообщил, что ремонт трассы начнется в мае.\n"
)


def run(db: Path, *args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--db", str(db), *args], input=input)
    return result.exit_code, result.stdout, result.stderr


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "sub").mkdir()
    (d / "sub" / "b.txt").write_text(OTHER, encoding="utf-8")
    return d


def test_ingest_folder_recursive_and_summary(tmp_path: Path, folder: Path) -> None:
    code, _, err = run(tmp_path / "x.db", "ingest", str(folder))
    assert code == 0, err
    assert "2 documents stored (2 new, 0 replaced), 0 unchanged, 0 failed" in err
    assert count(tmp_path / "x.db", "documents") == 2
    assert count(tmp_path / "x.db", "claims") >= 3


def test_reingest_unchanged_adds_nothing(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "x.db"
    run(db, "ingest", str(folder))
    claims = count(db, "claims")
    code, _, err = run(db, "ingest", str(folder))
    assert code == 0
    assert "0 documents stored (0 new, 0 replaced), 2 unchanged" in err
    assert count(db, "claims") == claims
    assert count(db, "documents") == 2


def test_changed_file_replaces_its_claims(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "x.db"
    run(db, "ingest", str(folder))
    (folder / "a.txt").write_text(ARTICLE + "Ранее ведомство сообщало о росте доходов.\n",
                                  encoding="utf-8")
    code, _, err = run(db, "ingest", str(folder))
    assert code == 0
    assert "(0 new, 1 replaced), 1 unchanged" in err
    assert count(db, "documents") == 2
    with sqlite3.connect(db) as conn:
        texts = [r[0] for r in conn.execute("SELECT text FROM claims")]
        orphans = conn.execute(
            "SELECT COUNT(*) FROM claims WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
    assert any("росте доходов" in t for t in texts)
    assert orphans == 0


def test_stdin(tmp_path: Path) -> None:
    code, _, err = run(tmp_path / "x.db", "ingest", "-", input=ARTICLE.encode("utf-8"))
    assert code == 0, err
    assert "1 documents stored" in err
    code, out, _ = run(tmp_path / "x.db", "claims", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(r["doc"] == "<stdin>" for r in rows)


def test_offsets_point_into_the_original_text(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "x.db"
    run(db, "ingest", str(folder))
    code, out, _ = run(db, "claims", "--format", "jsonl")
    assert code == 0
    texts = {"a.txt": ARTICLE, "b.txt": OTHER}
    rows = [json.loads(line) for line in out.splitlines()]
    for r in rows:
        assert texts[r["doc"]][r["start"] : r["end"]] == r["text"]
    assert {"id", "doc", "start", "end", "text", "speaker", "via", "said_on", "cluster"} <= set(
        rows[0]
    )


def test_crlf_offsets_match_text_mode_reading(tmp_path: Path) -> None:
    f = tmp_path / "crlf.txt"
    f.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    db = tmp_path / "x.db"
    assert run(db, "ingest", str(f))[0] == 0
    text = open(f, encoding="utf-8").read()  # what the evaluation reads
    for line in run(db, "claims", "--format", "jsonl")[1].splitlines():
        r = json.loads(line)
        assert text[r["start"] : r["end"]] == r["text"]


# ---------------------------------------------------------------- bad input


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    cp1251 = tmp_path / "legacy.txt"
    cp1251.write_bytes(ARTICLE.encode("cp1251"))
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise. " .encode("latin-1") * 3)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n \t\n", encoding="utf-8")
    return {
        "binary": (binary, "binary file"),
        "latin1": (latin, "not UTF-8"),
        "empty": (empty, "empty file"),
        "blank": (blank, "empty file"),
        "missing": (tmp_path / "nope.txt", "no such file or directory"),
    }


@pytest.mark.parametrize("case", ["binary", "latin1", "empty", "blank", "missing"])
def test_bad_file_one_line_error_and_batch_goes_on(tmp_path: Path, case: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad, reason = _bad_inputs(tmp_path)[case]
    code, _, err = run(tmp_path / "x.db", "ingest", str(bad), str(good))
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert bad.name in errors[0] and reason in errors[0]
    assert "Traceback" not in err
    assert count(tmp_path / "x.db", "documents") == 1  # the good file is stored


def test_cp1251_is_read_and_said(tmp_path: Path) -> None:
    f = tmp_path / "legacy.txt"
    f.write_bytes(ARTICLE.encode("cp1251"))
    code, _, err = run(tmp_path / "x.db", "ingest", str(f))
    assert code == 0
    assert "read as cp1251" in err and "legacy.txt" in err
    _, out, _ = run(tmp_path / "x.db", "claims", "--format", "jsonl")
    assert "Силуанов" in out


def test_folder_without_articles(tmp_path: Path) -> None:
    d = tmp_path / "empty_dir"
    d.mkdir()
    (d / "image.png").write_bytes(b"\x89PNG")
    code, _, err = run(tmp_path / "x.db", "ingest", str(d))
    assert code == 1
    assert "empty_dir" in err and "no articles" in err


def test_huge_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factdb import ingest

    monkeypatch.setattr(ingest, "MAX_BYTES", 1000)
    f = tmp_path / "huge.txt"
    f.write_text(ARTICLE * 20, encoding="utf-8")
    code, _, err = run(tmp_path / "x.db", "ingest", str(f))
    assert code == 1
    assert "huge.txt" in err and "too large" in err


def test_failure_in_analysis_stores_nothing_half_written(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "x.db"
    run(db, "ingest", str(folder / "sub"))
    before = (count(db, "documents"), count(db, "claims"))

    import factdb.db as store

    real = store._store_claim
    calls = {"n": 0}

    def flaky(*args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # fail in the middle of the document's claims
            raise RuntimeError("disk full")
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_store_claim", flaky)
    code, _, err = run(db, "ingest", str(folder / "a.txt"))
    assert code == 1
    assert "a.txt" in err and "disk full" in err
    assert (count(db, "documents"), count(db, "claims")) == before


def test_not_a_database(tmp_path: Path, folder: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_text("this is not sqlite " * 100, encoding="utf-8")
    code, _, err = run(bogus, "ingest", str(folder))
    assert code == 1
    assert err.startswith("Error:") and "bogus.db" in err
    assert "Traceback" not in err


# ---------------------------------------------------------------- docs and claims


def test_docs_lists_documents(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "x.db"
    run(db, "ingest", str(folder))
    code, out, _ = run(db, "docs")
    assert code == 0
    assert "a.txt" in out and "b.txt" in out and "2025-03-12" in out


def test_the_hour_of_a_date_line_is_kept(tmp_path: Path) -> None:
    """The hour a report's date line prints is stored beside its day and shown with it
    (two reports of one day are ordered by it)."""
    src = tmp_path / "r.txt"
    src.write_text("Число жертв пожара выросло до пяти\n\n15 августа 2023, 11:52\n\n"
                   "Число погибших при пожаре на складе увеличилось до пяти человек, "
                   "сообщили в МЧС.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    assert run(db, "ingest", str(src))[0] == 0
    code, out, _ = run(db, "docs")
    assert code == 0 and "2023-08-15 11:52" in out
    row = json.loads(run(db, "claims", "--format", "jsonl")[1].splitlines()[0])
    assert (row["published"], row["published_time"]) == ("2023-08-15", "11:52")


def test_empty_database_says_so(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path / "x.db", "docs")
    assert code == 0 and "No documents yet" in out
    code, out, _ = run(tmp_path / "x.db", "claims")
    assert code == 0 and "No claims" in out


def test_claims_filters(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "x.db"
    run(db, "ingest", str(folder))
    _, out, _ = run(db, "claims", "--doc", "b.txt", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and {r["doc"] for r in rows} == {"b.txt"}


def test_every_command_has_help() -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        assert cmd.help, f"command {name} has no help text"
        result = CliRunner().invoke(app, [name, "--help"])
        assert result.exit_code == 0


def test_english_article_is_ingested(tmp_path: Path) -> None:
    f = tmp_path / "en.txt"
    f.write_text(
        "Oct 9, 2025\nKremlin says talks continue\n"
        "Talks with Baku are continuing at several levels, Kremlin spokesman Dmitry Peskov "
        "told reporters on Thursday. \"We keep up our dialogue,\" he said.\n",
        encoding="utf-8",
    )
    code, _, err = run(tmp_path / "x.db", "ingest", str(f))
    assert code == 0, err
    _, out, _ = run(tmp_path / "x.db", "claims", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert any("Talks with Baku" in r["text"] for r in rows)


def _stored(name: str, speaker: str) -> object:
    from factdb.models import Article, Claim

    text = f"{speaker} заявил, что все идет по плану."
    claim = Claim(0, len(text), text, speaker=speaker, speaker_kind="PER", mode="indirect")
    return Article(name, f"/x/{name}", name * 4, text, claims=(claim,))


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Иван Петров", "Петров"], {"Иван Петров"}),  # surname after the full name
        (["Петров", "Иван Петров"], {"Иван Петров"}),  # full name after the surname
        (["Иван Петров", "Олег Петров", "Петров"], {"Иван Петров", "Олег Петров", "Петров"}),
        (["Петрова", "Иван Петров"], {"Петрова", "Иван Петров"}),  # not the same surname
        (["Пётр Семёнов", "Семенов"], {"Пётр Семёнов"}),  # ё and е are one letter
    ],
)
def test_surname_only_speaker_joins_the_one_full_name(
    tmp_path: Path, names: list[str], expected: set[str]
) -> None:
    from factdb.db import load_claims, open_db, store_article

    db = open_db(tmp_path / "x.db")
    for i, name in enumerate(names):
        store_article(db, _stored(f"d{i}.txt", name))  # type: ignore[arg-type]
    assert {c.claim.speaker for c in load_claims(db)} == expected
    assert {r[0] for r in db.execute("SELECT name FROM speakers")} == expected


def test_a_hanging_analysis_fails_that_file_only(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    import factdb.extract
    from factdb import ingest

    real = factdb.extract.extract_article

    def hangs_on_a(text: str, name: str, *args: object) -> object:
        if name == "a.txt":
            while True:  # a loop like a cycle in a parse tree
                try:
                    time.sleep(0.01)
                except Exception:  # what extraction's own fallbacks do
                    pass
        return real(text, name, *args)  # type: ignore[arg-type]

    real(OTHER, "warm.txt", "/warm", "0")  # load the models before the clock is short
    monkeypatch.setattr(factdb.extract, "extract_article", hangs_on_a)
    monkeypatch.setattr(ingest, "TIME_LIMIT_SECONDS", 1.0)
    code, _, err = run(tmp_path / "x.db", "ingest", str(folder))
    assert code == 1
    assert "a.txt" in err and "longer than" in err
    assert count(tmp_path / "x.db", "documents") == 1, err  # b.txt still stored


_WIRE = ("ОМСК, 19 ноября. /ТАСС/. Суд вынес приговор бывшему директору завода. Он был "
         "задержан 3 марта 2025 года, сообщили в пресс-службе суда.")
_SITE = ("19.11.2026 14:05 | Город-инфо\n\nПриговор директору\n\nСуд приговорил бывшего "
         "директора завода к шести годам колонии, сообщили в пресс-службе суда.")


def _published(db: Path) -> dict[str, str | None]:
    with sqlite3.connect(db) as con:
        return dict(con.execute("SELECT name, published FROM documents").fetchall())


@pytest.mark.parametrize("together", [True, False])
def test_yearless_dateline_takes_the_story_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, together: bool
) -> None:
    """A wire report whose dateline has no year is read in the year the other reports of
    the story were published in: those of the same batch, or already stored."""
    monkeypatch.setattr(clean, "_today", lambda: date(2026, 11, 22))
    (tmp_path / "a_wire.txt").write_text(_WIRE, encoding="utf-8")
    (tmp_path / "b_site.txt").write_text(_SITE, encoding="utf-8")
    db = tmp_path / "f.db"
    if together:
        result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(tmp_path)])
    else:
        CliRunner().invoke(app, ["--db", str(db), "ingest", str(tmp_path / "b_site.txt")])
        result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(tmp_path / "a_wire.txt")])
    assert result.exit_code == 0, result.output
    assert _published(db) == {"a_wire.txt": "2026-11-19", "b_site.txt": "2026-11-19"}


def test_yearless_dateline_alone_takes_the_latest_year_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alone, the same report is read in the latest year it names: a guess the story
    corrects."""
    monkeypatch.setattr(clean, "_today", lambda: date(2026, 11, 22))
    (tmp_path / "a_wire.txt").write_text(_WIRE, encoding="utf-8")
    db = tmp_path / "f.db"
    CliRunner().invoke(app, ["--db", str(db), "ingest", str(tmp_path / "a_wire.txt")])
    assert _published(db) == {"a_wire.txt": "2025-11-19"}
