"""factdb.search on a small hand-built store: word forms, syntax, filters, show, timeline.

The store is filled through factdb.db.store_article with Article/Claim values written
by hand (lemmas as the index holds them: lemmatized, ё-folded, person names replaced by
their nominative), so these tests do not depend on the extraction pipeline; only the
query side lemmatizes (pymorphy).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlite_utils import Database

from factdb import search as searching
from factdb.db import open_db, store_article
from factdb.errors import FactdbError, QueryError
from factdb.models import DIRECT, INDIRECT, NARRATIVE, Article, Claim, StatedDate
from factdb.search_query import word_term


@dataclass
class S:
    """A sentence of a hand-built article and what its claim carries."""

    text: str
    lemmas: str
    speaker: str | None = None
    role: str | None = None
    mode: str = NARRATIVE
    via: tuple[str, ...] = ()
    said_on: str | None = None
    dates: list[tuple[str, str, str, str]] = field(default_factory=list)  # text, prec, from, to
    form: str | None = None


def article(name: str, sentences: list[S], outlet: str | None = None,
            published: str | None = None) -> Article:
    """An Article whose claims are the given sentences, one per line."""
    text, claims = "", []
    for s in sentences:
        start = len(text)
        text += s.text + "\n"
        dates = tuple(
            StatedDate(start + s.text.index(t), start + s.text.index(t) + len(t), t, p, a, b)
            for t, p, a, b in s.dates
        )
        claims.append(Claim(
            start=start, end=start + len(s.text), text=s.text, speaker=s.speaker,
            speaker_kind="PER" if s.speaker else None, speaker_role=s.role,
            speaker_form=s.form, mode=s.mode, via=s.via, said_on=s.said_on, dates=dates,
            lemmas=s.lemmas,
        ))
    return Article(name=name, path=f"/news/{name}", sha256=name * 2, text=text,
                   published=published, outlet=outlet, claims=tuple(claims))


KREMLIN = article("a_kremlin.txt", [
    S("Пресс-секретарь президента Дмитрий Песков заявил, что переговоры продолжатся.",
      "пресс-секретарь президент дмитрий песков заявить что переговоры продолжиться",
      speaker="Дмитрий Песков", role="пресс-секретарь президента", mode=INDIRECT,
      said_on="2025-03-12", form="Дмитрий Песков"),
    S("Он добавил, что диалог с партнерами идет в рабочем режиме.",
      "он добавить что диалог с партнер идти в рабочий режим",
      speaker="Дмитрий Песков", mode=INDIRECT, via=("ТАСС",), said_on="2025-03-12"),
    S("Вопрос журналиста Пескову касался поставок газа.",
      "вопрос журналист дмитрий песков касаться поставка газ"),
    S("Суд арестовал троих активистов 10 марта.",
      "суд арестовать трое активист 10 март",
      dates=[("10 марта", "day", "2025-03-10", "2025-03-10")]),
], outlet="Интерфакс", published="2025-03-12")

MINISTRY = article("b_ministry.txt", [
    S("Официальный представитель МИД России Мария Захарова заявила, что Москва рассчитывает "
      "на освобождение задержанных.",
      "официальный представитель мид россия мария захарова заявить что москва рассчитывать "
      "на освобождение задержать",
      speaker="Мария Захарова", role="официальный представитель МИД России", mode=INDIRECT,
      said_on="2025-04-02", form="Мария Захарова"),
    S("По ее словам, задержанные будут освобождены в ближайшее время.",
      "по она слово задержать быть освободить в ближайший время",
      speaker="Мария Захарова", mode=INDIRECT, via=("РИА Новости",), said_on="2025-04-02",
      form="Захаровой"),
    S("«Мы ждем конкретных шагов», — подчеркнула дипломат.",
      "мы ждать конкретный шаг подчеркнуть дипломат",
      speaker="Мария Захарова", mode=DIRECT, said_on="2025-04-02"),
    S("Журналист Сергей Белов был освобожден 20 июля 2024 года.",
      "журналист сергей белов быть освободить 20 июль 2024 год",
      dates=[("20 июля 2024 года", "day", "2024-07-20", "2024-07-20")]),
    S("Летом 2024 года Белова задержали в аэропорту.",
      "лето 2024 год сергей белов задержать в аэропорт",
      dates=[("Летом 2024 года", "season", "2024-06-01", "2024-08-31")]),
], outlet="Коммерсант", published="2025-04-02")

REGION = article("c_region.txt", [
    S("Губернатор Иван Петров сообщил, что суд арестовал пятерых активистов.",
      "губернатор иван петров сообщить что суд арестовать пятеро активист",
      speaker="Иван Петров", role="губернатор", mode=INDIRECT, via=("Коммерсант",),
      said_on="2025-03-11"),
    S("Депутат Андрей Захаров назвал решение суда справедливым.",
      "депутат андрей захаров назвать решение суд справедливый",
      speaker="Андрей Захаров", role="депутат", mode=INDIRECT, said_on="2025-03-11"),
    S("Белов вернулся домой в сентябре 2024 года.",
      "сергей белов вернуться домой в сентябрь 2024 год",
      dates=[("в сентябре 2024 года", "month", "2024-09-01", "2024-09-30")]),
])


def make_store(path: Path) -> Database:
    """A database holding the three hand-built articles."""
    db = open_db(path)
    for a in (KREMLIN, MINISTRY, REGION):
        store_article(db, a)
    return db


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return make_store(tmp_path / "s.db")


def found(db: Database, query: str | None, **kw: str) -> set[str]:
    return {h.claim.claim.text for h in searching.search(db, query, limit=100, **kw)}


# ---------------------------------------------------------------- words in any form

PESKOV = {KREMLIN.claims[i].text for i in (0, 1, 2)}


@pytest.mark.parametrize("query", ["Песков", "Пескова", "Пескову", "Песковым", "пескова",
                                   "Дмитрия Пескова"])
def test_any_form_of_a_surname_finds_the_person_and_only_him(db: Database, query: str) -> None:
    # claim 1 says only «Он»: it is found through its speaker
    assert found(db, query) == PESKOV


@pytest.mark.parametrize(("query", "expected"), [
    ("освобожден", {MINISTRY.claims[1].text, MINISTRY.claims[3].text, MINISTRY.claims[0].text}),
    ("освободили", {MINISTRY.claims[1].text, MINISTRY.claims[3].text, MINISTRY.claims[0].text}),
    ("переговоров", {KREMLIN.claims[0].text}),
    ("Переговоров", {KREMLIN.claims[0].text}),
    ("арестовал", {KREMLIN.claims[3].text, REGION.claims[0].text}),
    ("активистов", {KREMLIN.claims[3].text, REGION.claims[0].text}),
    ("Ё-мобиль", set()),
])
def test_word_forms(db: Database, query: str, expected: set[str]) -> None:
    assert found(db, query) == expected


def test_feminine_form_does_not_find_the_masculine_namesake_as_speaker(db: Database) -> None:
    by_her = {c.text for c in MINISTRY.claims[:3]}
    assert found(db, "Захаровой") == by_her
    assert found(db, "Захаровым") == {REGION.claims[1].text}


# ---------------------------------------------------------------- syntax


@pytest.mark.parametrize(("query", "expected"), [
    ('"суд арестовал"', {KREMLIN.claims[3].text, REGION.claims[0].text}),
    ('"арестовал суд"', set()),
    ("«рабочем режиме»", {KREMLIN.claims[1].text}),
    ("Песков OR губернатор", PESKOV | {REGION.claims[0].text}),
    ("суд -губернатор", {KREMLIN.claims[3].text, REGION.claims[1].text}),
    ("суд -(губернатор OR депутат)", {KREMLIN.claims[3].text}),
    ('суд -"суд арестовал"', {REGION.claims[1].text}),
    ("(Песков OR Захаровой) диалог", {KREMLIN.claims[1].text}),
    ("Белов*", {MINISTRY.claims[3].text, MINISTRY.claims[4].text, REGION.claims[2].text}),
    ("суд AND активисты NOT губернатор", {KREMLIN.claims[3].text}),
    ("губернатор ИЛИ депутат", {REGION.claims[0].text, REGION.claims[1].text}),
])
def test_phrases_or_exclusion_groups_prefix(db: Database, query: str, expected: set[str]) -> None:
    assert found(db, query) == expected


@pytest.mark.parametrize("query", [
    '"суд арестовал', "«суд арестовал", "суд OR", "OR суд", "суд OR OR губернатор",
    "-суд", "суд - губернатор", "()", "(суд", "суд)", "-", '""', "!!!", "суд (-губернатор)",
    "NOT суд", "суд NOT", "AND",
])
def test_malformed_queries_raise_query_error(db: Database, query: str) -> None:
    with pytest.raises(QueryError) as e:
        searching.search(db, query)
    assert "\n" not in str(e.value)


def test_ranking_puts_the_densest_match_first(db: Database) -> None:
    hits = searching.search(db, "суд арестовал активистов")
    assert hits[0].claim.claim.text == KREMLIN.claims[3].text
    assert [h.score for h in hits] == sorted(h.score for h in hits)


def test_snippet_highlights_the_matched_words(db: Database) -> None:
    (hit,) = searching.search(db, "журналиста Пескову")
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["журналиста", "Пескову"]


def test_long_claims_get_a_window_around_the_match() -> None:
    text = " ".join(["слово"] * 100 + ["переговоры"] + ["слово"] * 100)
    snip, spans = searching.snippet(text, [word_term("переговоров")])
    assert snip.startswith("… ") and snip.endswith(" …")
    assert [snip[a:b] for a, b in spans] == ["переговоры"]


# ---------------------------------------------------------------- filters


def test_speaker_filter_takes_any_form_and_only_that_person(db: Database) -> None:
    assert found(db, None, speaker="Захаровой") == {c.text for c in MINISTRY.claims[:3]}
    assert found(db, None, speaker="Марии Захаровой") == {c.text for c in MINISTRY.claims[:3]}
    assert found(db, None, speaker="Песков") == {c.text for c in KREMLIN.claims[:2]}


def test_speaker_filter_by_role(db: Database) -> None:
    assert found(db, None, speaker="губернатора") == {REGION.claims[0].text}
    assert found(db, None, speaker="официальный представитель") == {
        c.text for c in MINISTRY.claims[:3]}


def test_outlet_filter_matches_the_document_outlet_or_via(db: Database) -> None:
    assert found(db, "суд", outlet="Коммерсанта") == {REGION.claims[0].text}
    assert found(db, None, outlet="ТАСС") == {KREMLIN.claims[1].text}
    assert len(found(db, None, outlet="Интерфакс")) == 4


def test_doc_mode_and_dates_compose(db: Database) -> None:
    assert found(db, None, doc="b_ministry.txt", mode="direct") == {MINISTRY.claims[2].text}
    assert found(db, None, doc="c_", mode="narrative") == {REGION.claims[2].text}
    # said on, or stating a period that overlaps the range
    assert found(db, None, since="2024-08", until="2024-08") == {MINISTRY.claims[4].text}
    assert found(db, None, since="2025-03-11", until="2025-03-11") == {
        c.text for c in REGION.claims[:2]}
    assert found(db, "суд", until="2025-03-10") == {KREMLIN.claims[3].text}
    assert found(db, "суд", since="2025-03-11") == {c.text for c in REGION.claims[:2]}
    assert found(db, "освобождение", speaker="Захарова", mode="indirect",
                 since="2025-04-01", until="2025-04-30") == {c.text for c in MINISTRY.claims[:2]}


def test_limit(db: Database) -> None:
    assert len(searching.search(db, None, doc="b_ministry.txt", limit=2)) == 2


@pytest.mark.parametrize(("kw", "message"), [
    ({"speaker": "Иванова"}, "no speaker matches"),
    ({"outlet": "Правда"}, "no outlet matches"),
    ({"doc": "nope.txt"}, "no document matches"),
    ({"mode": "quoted"}, "--mode must be one of"),
    ({"since": "вчера"}, "--since: not a date"),
    ({"until": "2025-13"}, "--until: not a date"),
    ({"since": "2025-02-30"}, "--since: not a date"),
    ({"since": "2025-05", "until": "2025-04"}, "is after --until"),
    ({"limit": 0}, "--limit must be between"),
])
def test_bad_filters_raise_query_error(db: Database, kw: dict[str, object], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        searching.search(db, "суд", **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- show, speakers, timeline


def test_show_gives_paragraph_document_cluster_and_conflicts(db: Database) -> None:
    ids = {h.claim.claim.text: h.claim.id for h in searching.search(db, "суд", limit=10)}
    a, b = ids[KREMLIN.claims[3].text], ids[REGION.claims[0].text]
    cluster = db.table("clusters").insert({"size": 2, "label": "арест активистов"}).last_pk
    db.table("claims").update(a, {"cluster_id": cluster})
    db.table("claims").update(b, {"cluster_id": cluster})
    conflict = db.table("conflicts").insert({"kind": "count", "subject": "активист",
                                             "confidence": 0.9, "summary": "3 vs 5"}).last_pk
    db.table("conflict_sides").insert_all([
        {"conflict_id": conflict, "claim_id": a, "side": "a", "value": "3"},
        {"conflict_id": conflict, "claim_id": b, "side": "b", "value": "5"},
    ], alter=True)
    ctx = searching.show(db, a)
    assert ctx.document.name == "a_kremlin.txt" and ctx.document.outlet == "Интерфакс"
    assert ctx.paragraph == KREMLIN.claims[3].text
    assert [m.id for m in ctx.cluster] == [b]
    (k,) = ctx.conflicts
    assert (k.kind, [(side, value, c.id) for side, value, c in k.sides]) == (
        "count", [("a", "3", a), ("b", "5", b)])


def test_show_unknown_claim(db: Database) -> None:
    with pytest.raises(FactdbError, match="no claim with id 999"):
        searching.show(db, 999)


def test_speakers_counts_roles_and_forms(db: Database) -> None:
    rows = {s.name: s for s in searching.speakers(db)}
    assert rows["Мария Захарова"].claims == 3
    assert rows["Мария Захарова"].roles == ("официальный представитель МИД России",)
    assert "Захаровой" in rows["Мария Захарова"].forms
    assert rows["Дмитрий Песков"].first_said == "2025-03-12"
    assert list(rows)[0] == "Мария Захарова"  # most quoted first


def test_timeline_in_date_order_with_precision(db: Database) -> None:
    entries = searching.timeline(db, "Белова")
    assert [(e.date_from, e.precision, e.claim.doc) for e in entries] == [
        ("2024-06-01", "season", "b_ministry.txt"),
        ("2024-07-20", "day", "b_ministry.txt"),
        ("2024-09-01", "month", "c_region.txt"),
    ]


def test_timeline_lists_statements_by_the_subject_on_the_day_said(db: Database) -> None:
    entries = searching.timeline(db, "Захаровой")
    assert {(e.kind, e.date_from) for e in entries} == {("said", "2025-04-02")}
    assert len(entries) == 3


def test_timeline_needs_a_word(db: Database) -> None:
    with pytest.raises(QueryError):
        searching.timeline(db, "«»")


def test_replacing_a_document_keeps_the_index_in_step(tmp_path: Path) -> None:
    db = make_store(tmp_path / "r.db")
    store_article(db, article("a_kremlin.txt", [S("Суд отложил заседание.",
                                                  "суд отложить заседание")]))
    assert found(db, "Пескова") == set()
    assert found(db, "отложил") == {"Суд отложил заседание."}


def test_timeline_keeps_the_day_said_for_the_subjects_own_dated_words(tmp_path: Path) -> None:
    db = open_db(tmp_path / "t.db")
    store_article(db, article("d.txt", [
        S("Министр Ольга Смирнова заявила, что дорогу откроют в мае 2026 года.",
          "министр ольга смирнова заявить что дорога открыть в май 2026 год",
          speaker="Ольга Смирнова", role="министр", mode=INDIRECT, said_on="2026-03-01",
          dates=[("в мае 2026 года", "month", "2026-05-01", "2026-05-31")]),
        S("Ранее Смирнову критиковали за задержку 10 февраля 2026 года.",
          "ранее ольга смирнова критиковать за задержка 10 февраль 2026 год",
          said_on="2026-03-01",
          dates=[("10 февраля 2026 года", "day", "2026-02-10", "2026-02-10")]),
    ]))
    entries = searching.timeline(db, "Смирновой")
    assert [(e.date_from, e.kind) for e in entries] == [
        ("2026-02-10", "event"), ("2026-03-01", "said"), ("2026-05-01", "event")]


def test_a_claim_on_both_sides_of_a_conflict_lists_it_once(db: Database) -> None:
    (hit,) = searching.search(db, "журналиста Пескову")
    conflict = db.table("conflicts").insert({"kind": "statement", "subject": "газ",
                                             "confidence": 0.5}).last_pk
    db.table("conflict_sides").insert_all([
        {"conflict_id": conflict, "claim_id": hit.claim.id, "side": side, "value": value}
        for side, value in (("a", "поставки"), ("b", "транзит"))
    ])
    (k,) = searching.show(db, hit.claim.id).conflicts
    assert [(side, value) for side, value, _ in k.sides] == [("a", "поставки"), ("b", "транзит")]
    assert searching.timeline(db, "журналиста Пескову") == []  # undated: not in timelines


@pytest.mark.parametrize(("query", "expected"), [
    ("Пескова", {"Peskov told reporters that the talks would continue.",
                 "Пресс-секретарь Дмитрий Песков отказался от комментариев."}),
    ("Peskov", {"Peskov told reporters that the talks would continue.",
                "Пресс-секретарь Дмитрий Песков отказался от комментариев."}),
    ("Zakharova", {"Zakharova said the ministry was ready to talk."}),
    ("Захаровой", {"Zakharova said the ministry was ready to talk."}),
    ("reporters", {"Peskov told reporters that the talks would continue."}),
])
def test_names_cross_between_russian_and_english_spelling(
    tmp_path: Path, query: str, expected: set[str]
) -> None:
    db = open_db(tmp_path / "en.db")
    store_article(db, article("en.txt", [
        S("Peskov told reporters that the talks would continue.",
          "peskov told reporters that the talks would continue",
          speaker="Peskov", mode=INDIRECT),
        S("Zakharova said the ministry was ready to talk.",
          "zakharova said the ministry was ready to talk", speaker="Zakharova", mode=INDIRECT),
        S("Пресс-секретарь Дмитрий Песков отказался от комментариев.",
          "пресс-секретарь дмитрий песков отказаться от комментарий"),
    ]))
    assert found(db, query) == expected


def test_the_index_follows_a_claim_given_another_speaker(db: Database) -> None:
    (hit,) = searching.search(db, "Летом")
    assert hit.claim.claim.speaker is None
    db.table("claims").update(hit.claim.id, {"speaker_id": db.table("speakers").lookup(
        {"name": "Ольга Смирнова"}, {"kind": "PER"})})
    assert found(db, "Смирновой") == {MINISTRY.claims[4].text}
    db.table("speakers").update(db.table("speakers").lookup({"name": "Ольга Смирнова"}),
                                {"name": "Елена Смирнова"})
    assert found(db, "Ольги") == set()
    assert found(db, "Елены") == {MINISTRY.claims[4].text}


@pytest.mark.parametrize(("name", "texts", "expected"), [
    ("Мария Захарова", ["По словам Марии Захаровой, переговоры идут.", "Захарова добавила."],
     {"Марии Захаровой", "Захарова"}),
    ("Дмитрий Песков", ["Как сообщил Пескову журналист, встреча прошла.",
                        "Пресс-секретарь президента Дмитрий Песков заявил это."], {"Пескову"}),
    ("Андрей Захаров", ["Мария Захарова заявила это."], set()),
    ("российская сторона", ["Российская сторона не ответила."], set()),
])
def test_forms_seen(name: str, texts: list[str], expected: set[str]) -> None:
    assert searching.forms_seen(name, texts) == expected
