"""Clustering of equivalent claims: blocking, scoring, cannot-links (no NLP: lemmas by hand)."""

from __future__ import annotations

import pytest

from factdb.conflicts import match
from factdb.models import Claim, StatedDate, StoredClaim


def sc(cid: int, lemmas: str, *, speaker: str | None = None, days: tuple[str, ...] = (),
       text: str = "") -> StoredClaim:
    """A stored claim with given lemmas (and day dates)."""
    dates = tuple(StatedDate(0, 1, "x", "day", d, d) for d in days)
    c = Claim(start=0, end=len(text or lemmas), text=text or lemmas, speaker=speaker,
              dates=dates, lemmas=lemmas)
    return StoredClaim(cid, cid, f"{cid}.txt", None, None, c)


QUOTE = "министр заявить что переговоры о поставка зерно с египет возобновиться в апрель"
FILLER = [
    "губернатор открыть новый мост через река ока",
    "центробанк сохранить ключевой ставка на прежний уровень",
    "в сибирь ожидаться аномальный мороз до минус сорок",
    "футбольный клуб подписать контракт с бразильский нападающий",
    "археолог найти в крым античный монета",
    "парламент принять закон о платформенный занятость",
]


def clusters_of(claims: list[StoredClaim], **kw: object) -> list[list[int]]:
    """Cluster without the navec rerank unless asked (keeps these tests model-free)."""
    kw.setdefault("semantic", False)
    found, _stats = match.find_clusters(claims, **kw)  # type: ignore[arg-type]
    return found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one quote carried by two outlets: punctuation, word order, a dropped word
        (QUOTE, "переговоры о поставка зерно с египет возобновиться в апрель заявить министр"),
        (QUOTE, "министр заявить переговоры о поставка зерно с египет возобновиться в апрель"),
        # the same event retold without the place
        ("1 март суд в самара арестовать пятеро активист по обвинение в хулиганство",
         "1 март суд арестовать пятеро активист по обвинение в хулиганство"),
    ],
)
def test_equivalent_claims_share_a_cluster(a: str, b: str) -> None:
    claims = [sc(1, a), sc(2, b)] + [sc(10 + i, f) for i, f in enumerate(FILLER)]
    assert [1, 2] in clusters_of(claims)


@pytest.mark.parametrize(
    ("lemmas", "words"),
    [
        # a figure is one word however it is written
        ("компания требовать 3 млн рубль", ["компания", "требовать", "#3000000", "рубль"]),
        ("компания потребовать три миллион рубль",
         ["компания", "потребовать", "#3000000", "рубль"]),
        ("в порт стоять 38 тыс зерно", ["порт", "стоять", "#38000", "зерно"]),
        ("получить 500 тыс руб", ["получить", "#500000", "рубль"]),
        ("погибнуть двадцать пять человек", ["погибнуть", "#25", "человек"]),
        # a decimal whose comma the lemmas lost; «полтора»
        ("заплатить 1 5 млн руб", ["заплатить", "#1500000", "рубль"]),
        ("оштрафовать на полтора миллион рубль", ["оштрафовать", "#1500000", "рубль"]),
    ],
)
def test_figures_are_one_word_however_written(lemmas: str, words: list[str]) -> None:
    assert match.claim_words(sc(1, lemmas)) == words


def test_unrelated_claims_stay_apart() -> None:
    claims = [sc(i, f) for i, f in enumerate(FILLER)]
    assert clusters_of(claims) == []


def test_claims_dated_to_different_days_are_never_one_cluster() -> None:
    a = sc(1, "лидер два страна провести телефонный разговор", days=("2024-03-12",))
    b = sc(2, "лидер два страна провести телефонный разговор", days=("2024-03-20",))
    c = sc(3, "лидер два страна провести телефонный разговор")
    found = clusters_of([a, b, c])
    assert not any({1, 2} <= set(g) for g in found)


def test_veto_keeps_conflicting_claims_apart() -> None:
    a = sc(1, QUOTE)
    b = sc(2, QUOTE)
    assert clusters_of([a, b]) == [[1, 2]]
    assert clusters_of([a, b], veto=lambda x, y: True) == []


def test_speaker_name_alone_does_not_make_claims_alike() -> None:
    a = sc(1, "иван петров заявить рост цена на бензин", speaker="Иван Петров")
    b = sc(2, "иван петров заявить открытие новый школа", speaker="Иван Петров")
    assert clusters_of([a, b] + [sc(10 + i, f) for i, f in enumerate(FILLER)]) == []


def test_a_chain_of_near_matches_does_not_merge_its_ends() -> None:
    chain = [
        "пожар на склад в подмосковье потушить через шесть час",
        "пожар на склад в подмосковье потушить спасатель мчс",
        "спасатель мчс эвакуировать жилец соседний дом подмосковье",
        "жилец соседний дом вернуться домой вечером",
    ]
    found = clusters_of([sc(i, t) for i, t in enumerate(chain)])
    assert not any({0, 3} <= set(g) for g in found)


def test_blocking_is_not_all_pairs() -> None:
    # 300 claims that share only common words: no rare key in common, no candidates
    claims = [sc(i, f"заявить что работа идти тема{i} слово{i}") for i in range(300)]
    feats = [match._features(c) for c in claims]
    pairs, _df = match.candidate_pairs(feats)
    assert pairs == []
    # a word held by more claims than the cap makes no candidates either
    common = [sc(i, f"общий слово{i}") for i in range(match.MAX_DF + 5)]
    pairs, _df = match.candidate_pairs([match._features(c) for c in common])
    assert pairs == []


def test_stats_count_the_candidate_pairs() -> None:
    claims = [sc(1, QUOTE), sc(2, QUOTE)] + [sc(10 + i, f) for i, f in enumerate(FILLER)]
    _found, stats = match.find_clusters(claims, semantic=False)
    assert stats.claims == 8
    assert stats.candidate_pairs >= 1
    assert stats.clusters == 1


@pytest.mark.parametrize(
    ("lemmas", "kept"),
    [
        ("и в на что он заявить", []),
        ("министр заявить что цена расти", ["министр", "цена", "расти"]),
        ("в 2024 год 5 человек", ["2024", "5", "человек"]),
    ],
)
def test_content_lemmas(lemmas: str, kept: list[str]) -> None:
    assert match.content_lemmas(lemmas) == kept


def test_paraphrase_found_by_meaning() -> None:
    """With navec SIF vectors, a retelling in other words joins its original."""
    a = sc(1, "25 декабрь 2024 год в аэропорт казахстанский город актау разбиться самолет "
              "летевший из баку в грозный", days=("2024-12-25",))
    b = sc(2, "25 декабрь 2024 год в казахстан упасть самолет компания azerbaijan airlines "
              "летевший из баку в грозный", days=("2024-12-25",))
    claims = [a, b] + [sc(10 + i, f) for i, f in enumerate(FILLER)]
    assert [1, 2] in clusters_of(claims, semantic=True)


def test_a_long_retelling_meets_its_short_original_through_its_common_words() -> None:
    # the long claim's five rarest words are its own tail (held by one other claim); what
    # it shares with the short one are commoner words: blocking must still pair them
    shared = "пострадавший получать необходимый медицинский помощь бесплатно"
    tail = "министр здравоохранение четверг угроза жизнь"
    claims = [sc(1, shared), sc(2, f"{tail} {shared}"), sc(3, f"{tail} прогноз"),
              sc(4, "медицинский осмотр")]
    claims += [sc(10 + i, f"пострадавший получать необходимый помощь бесплатно {w}")
               for i, w in enumerate(("юрист", "психолог", "волонтер"))]
    pairs, _df = match.candidate_pairs([match._features(c) for c in claims])
    assert (0, 1) in pairs


def test_pairs_known_to_state_one_fact_share_a_cluster_unless_dated_apart() -> None:
    a = sc(1, "травма получить 14 российский гражданин")
    b = sc(2, "на сегодняшний вечер у мы 14 пострадавший россиянин")
    assert clusters_of([a, b]) == []
    assert clusters_of([a, b], agree=[(1, 2)]) == [[1, 2]]
    c = sc(3, "травма получить 14 российский гражданин", days=("2024-03-12",))
    d = sc(4, "у мы 14 пострадавший россиянин", days=("2024-03-20",))
    assert clusters_of([c, d], agree=[(3, 4)]) == []


def test_agreeing_pairs_are_claims_of_two_reports_stating_one_count() -> None:
    from factdb.conflicts import finder

    def stored(cid: int, doc: int, text: str) -> StoredClaim:
        return StoredClaim(cid, doc, f"{doc}.txt", "2024-03-12", None,
                           Claim(start=0, end=len(text), text=text, lemmas=text.lower()))

    claims = [stored(1, 1, "При взрыве погибли пять человек."),
              stored(2, 2, "Власти подтвердили гибель пяти человек."),
              stored(3, 2, "В результате взрыва погибли пять человек, сообщили в МЧС."),
              stored(4, 3, "При взрыве погибли шесть человек.")]
    facts, _people, _story = finder.prepare(claims)
    one_story = {1: 1, 2: 1, 3: 1}
    assert finder.agreeing_pairs(facts, one_story) == {(1, 2), (1, 3)}
    # reports of two stories: two events, whatever their tolls
    assert finder.agreeing_pairs(facts, {1: 1, 2: 2, 3: 3}) == set()


def test_a_specific_number_of_one_thing_agrees_whatever_verb_tells_it() -> None:
    """«доставил в Москву 143 гражданина» and «на борту были 143 гражданина» tell one
    fact; «погибли 12» and «госпитализированы 12» do not (a small number, two verbs)."""
    from factdb.conflicts import finder
    from tests.test_conflicts import claim

    claims = [claim("Самолет доставил в Москву 143 гражданина России.", doc="1.txt", doc_id=1,
                    counts=(("143 гражданина", 143, "гражданин"),)),
              claim("На борту были 143 гражданина России.", doc="2.txt", doc_id=2,
                    counts=(("143 гражданина", 143, "гражданин"),)),
              claim("При взрыве погибли 12 человек.", doc="1.txt", doc_id=1,
                    counts=(("12 человек", 12, "человек"),)),
              claim("В больницы госпитализированы 12 человек.", doc="2.txt", doc_id=2,
                    counts=(("12 человек", 12, "человек"),))]
    facts, _people, _story = finder.prepare(claims)
    ids = [c.id for c in claims]
    assert finder.agreeing_pairs(facts, {1: 1, 2: 1}) == {(ids[0], ids[1])}


def _claim_of(cid: int, doc: int, lemmas: str, speaker: str | None = None,
              counts: tuple[int, ...] = ()) -> StoredClaim:
    from factdb.models import Count
    c = Claim(start=0, end=len(lemmas), text=lemmas, speaker=speaker, lemmas=lemmas,
              counts=tuple(Count(0, 1, str(n), n) for n in counts))
    return StoredClaim(cid, doc, f"{doc}.txt", None, None, c)


@pytest.mark.parametrize(("a", "b", "retold"), [
    # one statement in two reports: one drops the speaker, or both name one person
    ((1, None, ()), (2, "Ирина Соколова", ()), True),
    ((1, "Ирина Соколова", ()), (2, "Соколова", ()), True),
    ((1, "Ирина Соколова", (12,)), (2, None, (12, 3)), True),
    # one report saying a thing twice is no retelling; two people saying alike things
    # are two claims; so are two figures of one kind («150 афтершоков», «более 300»)
    ((1, None, ()), (1, None, ()), False),
    ((1, "Ирина Соколова", ()), (2, "Павел Громов", ()), False),
    ((1, None, (150,)), (2, None, (300,)), False),
])
def test_a_retelling_is_two_reports_with_no_rival_speaker_or_figure(
        a: tuple[int, str | None, tuple[int, ...]], b: tuple[int, str | None, tuple[int, ...]],
        retold: bool) -> None:
    ca = _claim_of(1, a[0], "x", a[1], a[2])
    cb = _claim_of(2, b[0], "y", b[1], b[2])
    assert match.retold(ca, cb) is retold


def test_a_retelling_fairly_alike_in_meaning_joins_its_original(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Words fairly alike and meaning close enough for a retelling (the mean of the two
    between SEM_RETOLD and SEM_MEAN) make one cluster only across two reports."""
    monkeypatch.setattr(match.SifVectors, "__init__", lambda self, *a, **k: None)
    monkeypatch.setattr(match.SifVectors, "cosine", lambda self, i, j: 0.72)
    a = "губернатор пообещать семья погибший выплатить по миллион рубль из бюджет область"
    b = "семья каждый погибший получить миллион рубль компенсация распорядиться глава регион"
    filler = [_claim_of(10 + i, 10 + i, f) for i, f in enumerate(FILLER)]
    claims = [_claim_of(1, 1, a), _claim_of(2, 2, b)] + filler
    s = match.similarity(match._features(claims[0]), match._features(claims[1]),
                         match.word_weights(claims))
    assert match.SEM_LEXICAL <= s and match.SEM_RETOLD <= 0.5 * (s + 0.72) < match.SEM_MEAN
    assert [1, 2] in clusters_of(claims, semantic=True)
    one_report = [_claim_of(1, 1, a), _claim_of(2, 1, b)] + filler
    assert [1, 2] not in clusters_of(one_report, semantic=True)

