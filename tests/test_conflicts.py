"""Conflicts: hand-built claims for every conflict kind and every non-conflict of the issue.

The claims are built here with their facts (dates, counts, people, statuses) as the
extraction would give them, so these tests do not depend on the NLP.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factdb import conflicts
from factdb.cli import app
from factdb.conflicts.people import People
from factdb.db import conflicts as store
from factdb.db import load_claims, open_db, store_article
from factdb.extract import clean
from factdb.models import (
    DIRECT,
    NARRATIVE,
    Article,
    Claim,
    Count,
    Entity,
    StatedDate,
    Status,
    StoredClaim,
)
from tests.test_heldout import SETS_TODAY

_ids = iter(range(1, 1_000_000))


def claim(
    text: str,
    *,
    doc: str = "a.txt",
    doc_id: int | None = None,
    published: str | None = "2024-06-10",
    speaker: str | None = None,
    dates: tuple[tuple[str, str, str, str], ...] = (),
    counts: tuple[tuple[str, int, str | None], ...] = (),
    people: tuple[tuple[str, str], ...] = (),
    places: tuple[tuple[str, str], ...] = (),
    statuses: tuple[tuple[str, str, str | None], ...] = (),
    start: int = 0,
    lemmas: str | None = None,
    role: str | None = None,
    quote: str | None = None,
) -> StoredClaim:
    """A stored claim with facts placed at the substrings given (offsets from `start`);
    with a `quote`, the speaker's quoted words."""

    def at(sub: str) -> tuple[int, int]:
        i = text.index(sub)
        return start + i, start + i + len(sub)

    c = Claim(
        start=start,
        end=start + len(text),
        text=text,
        speaker=speaker,
        speaker_role=role,
        mode=DIRECT if quote else NARRATIVE,
        quote=quote,
        dates=tuple(StatedDate(*at(s), s, p, a, b) for s, p, a, b in dates),
        counts=tuple(Count(*at(s), s, v, n) for s, v, n in counts),
        entities=tuple(Entity(*at(s), s, n, "PER") for s, n in people)
        + tuple(Entity(*at(s), s, n, "LOC") for s, n in places),
        statuses=tuple(Status(*at(s), s, st, subj) for s, st, subj in statuses),
        lemmas=lemmas if lemmas is not None else " ".join(re.findall(r"\w+", text.lower())),
    )
    cid = next(_ids)
    return StoredClaim(cid, doc_id if doc_id is not None else hash(doc) % 1000, doc, published,
                       None, c)


def kinds(claims: list[StoredClaim]) -> list[str]:
    """The kinds of the conflicts found among these claims."""
    return [k.kind for k in conflicts.find_conflicts(claims)]


DAY = "day"


# ---------------------------------------------------------------- reading facts


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [
        ("Суд арестовал восьмерых граждан Армении.", None, ("custody", "граждане: армения", 8)),
        # drones brought down, whatever word counts them or the verb tells it
        ("Над регионом уничтожены 23 вражеских беспилотника.",
         ("23 вражеских беспилотника", 23, "беспилотник"), ("downed", "беспилотники", 23)),
        ("Над областью сбито 23 БПЛА.", ("23 БПЛА", 23, "бпла"), ("downed", "беспилотники", 23)),
        ("Над областью перехватили 31 аппарат.", ("31 аппарат", 31, "аппарат"),
         ("downed", "беспилотники", 31)),
        # over ten regions: a total, not a region's count
        ("За ночь ПВО сбили 74 дрона над десятью регионами.", ("74 дрона", 74, "дрон"),
         ("downed_total", "беспилотники", 74)),
        # how many are still held: a current quantity (falls as people are let go)
        ("В Баку остаются под стражей 11 граждан РФ.", ("11 граждан", 11, "гражданин"),
         ("still_held", "граждане: россия", 11)),
        # held now, in the present tense: a current quantity too
        ("В Баку находятся под стражей 11 граждан РФ.", ("11 граждан", 11, "гражданин"),
         ("still_held", "граждане: россия", 11)),
        ("За решеткой в Грузии сейчас находятся девять граждан России.",
         ("девять граждан", 9, "гражданин"), ("still_held", "граждане: россия", 9)),
        ("В тюрьмах Литвы содержатся шестеро граждан Белоруссии.",
         ("шестеро граждан", 6, "гражданин"), ("still_held", "граждане: беларусь", 6)),
        # (in the past tense: how many were held then, an event's count)
        ("Под стражей находились 11 граждан РФ.", ("11 граждан", 11, "гражданин"),
         ("custody", "граждане: россия", 11)),
        ("В российских СИЗО остаются 14 граждан Польши.", ("14 граждан", 14, "гражданин"),
         ("still_held", "граждане: польша", 14)),
        # handed over in an exchange: released
        ("В обмен Польша передала России четверых граждан.", None, ("released", "люди", 4)),

        ("Задержаны 11 российских граждан.", ("11 российских граждан", 11, "гражданин"),
         ("custody", "граждане: россия", 11)),
        ("МИД потребовал освободить девять задержанных в Минске белорусов.",
         ("девять", 9, "задержанный"), ("custody", "граждане: беларусь", 9)),
        ("При крушении погибли 38 человек.", ("38 человек", 38, "человек"), ("dead", "люди", 38)),
        ("На борту находились 67 человек.", ("67 человек", 67, "человек"),
         ("aboard", "люди", 67)),
        ("В результате обстрела ранены 12 человек.", ("12 человек", 12, "человек"),
         ("injured", "люди", 12)),
        ("Из района эвакуировали 300 жителей.", ("300 жителей", 300, "житель"),
         ("evacuated", "люди", 300)),
        ("Пострадали трое полицейских.", ("трое полицейских", 3, "полицейский"),
         ("injured", "полицейский", 3)),
        ("Погибли 38 человек, выжили 29 человек.", ("29 человек", 29, "человек"),
         ("survived", "люди", 29)),
        # tens and units in words are one number, not «два человека»
        ("Погибли двадцать два человека.", None, ("dead", "люди", 22)),
        ("В больницу попал тридцать один ребенок.", None, ("hospitalized", "дети", 31)),
        # how many were in a vehicle; a counted noun before the number
        ("В автобусе находились 32 человека.", ("32 человека", 32, "человек"),
         ("aboard", "люди", 32)),
        ("Перевозчик настаивает, что пассажиров было двадцать восемь.", None,
         ("aboard", "пассажир", 28)),
        # hurt told with a noun
        ("Травмы различной степени тяжести получили 14 человек.", ("14 человек", 14, "человек"),
         ("injured", "люди", 14)),
        ("При взрыве получили ранения пятеро полицейских.", None,
         ("injured", "полицейский", 5)),
        # travellers abroad told of by where they come from are that country's citizens
        ("Пострадали девять туристов из России.", ("девять туристов", 9, "турист"),
         ("injured", "граждане: россия", 9)),
        ("В аварии погибли трое российских туристов.", None, ("dead", "граждане: россия", 3)),
        # one, of people
        ("Одна туристка из России погибла при обрушении отеля.", None,
         ("dead", "граждане: россия", 1)),
        ("В результате пожара погиб один человек.", None, ("dead", "люди", 1)),
        # none of a nation's citizens
        ("Погибших среди граждан России нет, сообщил консул.", None,
         ("dead", "граждане: россия", 0)),
        ("Россиян среди пострадавших нет.", None, ("injured", "граждане: россия", 0)),
        ("По данным посольства, никто из россиян не пострадал.", None,
         ("injured", "граждане: россия", 0)),
        # a collective numeral with no noun counts people
        ("Таким образом, погибли по меньшей мере двое.", ("двое", 2, None), ("dead", "люди", 2)),
        # the area of a fire or a flood, in square metres, whatever the unit
        ("Площадь пожара составила 3 тыс. кв. м.", ("3 тыс. кв", 3000, "кв"),
         ("area", "площадь, м²", 3000)),
        ("Огонь охватил 18 тысяч гектаров леса.", ("18 тысяч гектаров", 18000, "гектар"),
         ("area", "площадь, м²", 180_000_000)),
        ("Вода затопила 2 кв. км пойменных лугов.", ("2 кв", 2, "кв"),
         ("area", "площадь, м²", 2_000_000)),
        # led out of a building is evacuated, and its employees are its people
        ("Из здания вывели около 1,8 тыс. сотрудников.", ("1,8 тыс. сотрудников", 1800,
                                                           "сотрудник"),
         ("evacuated", "люди", 1800)),
        ("Со склада удалось вывести 900 человек.", ("900 человек", 900, "человек"),
         ("evacuated", "люди", 900)),
        # the number of whom grew: the people «число» names, however far before it
        ("Число жертв ночной аварии на трассе в соседней области выросло до 11 человек.",
         ("11 человек", 11, "человек"), ("dead", "люди", 11)),
        # the counted word is no predicate: «пассажиров» does not make them those aboard
        ("Еще 21 пассажира госпитализировали.", ("21 пассажира", 21, "пассажир"),
         ("hospitalized", "пассажир", 21)),
        ("Госпитализированы 14 пассажиров автобуса.", ("14 пассажиров", 14, "пассажир"),
         ("hospitalized", "пассажир", 14)),
        # ... unless no other word is
        ("В больнице 12 раненых.", ("12 раненых", 12, "раненый"), ("injured", "раненый", 12)),
        # a verb right after the count is its predicate, whatever phrase comes later
        ("Три человека погибли, еще семь получили травмы.", ("Три человека", 3, "человек"),
         ("dead", "люди", 3)),
        # the counted word before a dash is the predicate
        ("По данным медиков, пострадавших — 11.", ("пострадавших — 11", 11, "пострадавший"),
         ("injured", "люди", 11)),
        # the bodies found are the dead
        ("Под обломками нашли тела семерых человек.", ("семерых человек", 7, "человек"),
         ("dead", "люди", 7)),
        ("Из-под завалов извлечены тела трех человек.", ("трех человек", 3, "человек"),
         ("dead", "люди", 3)),
        # a building's residents are people
        ("Из дома эвакуировали 112 жильцов.", ("112 жильцов", 112, "жилец"),
         ("evacuated", "люди", 112)),
        # a volume of data in gigabytes, however its unit is written
        ("Хакеры похитили 22 Тбайт данных.", ("22 Тбайт", 22, "тбайт"),
         ("data", "данные, ГБ", 22000)),
        ("Хакеры похитили двадцать два терабайта данных.",
         ("двадцать два терабайта", 22, "терабайт"), ("data", "данные, ГБ", 22000)),
        # those taken to hospital, told as a part of those who sought help
        ("За помощью обратились 14 человек, трое из них госпитализированы.",
         ("трое", 3, None), ("hospitalized", "люди", 3)),
        # sought help told with the doctors first
        ("К медикам обратились восемь жителей района.", ("восемь жителей", 8, "житель"),
         ("sought_help", "люди", 8)),
        # freed told by a phrase
        ("Свободу получили 24 человека.", ("24 человека", 24, "человек"),
         ("released", "люди", 24)),
        ("На свободу вышли 16 заключенных.", ("16 заключенных", 16, "заключенный"),
         ("released", "люди", 16)),
        # a part of a group named before it is not told by the group's word: the seven
        # were taken to hospital, the five were discharged
        ("Из семи госпитализированных пятеро уже выписаны.", ("пятеро", 5, None),
         ("hospitalized", "люди", 7)),
        # one member of a crew is a count of members; one whom no one could save is dead
        ("Погиб один член экипажа.", None, ("dead", "экипаж", 1)),
        ("Одного члена экипажа спасти не удалось.", None, ("dead", "экипаж", 1)),
        # evacuees still in shelters: a current quantity, not how many were evacuated
        ("В пунктах временного размещения, по словам мэра, остаются около 450 "
         "эвакуированных.", ("450 эвакуированных", 450, "эвакуированный"),
         ("in_shelter", "люди", 450)),
        # measured quantities: a magnitude in tenths, the tonnes spilled
        ("Землетрясение магнитудой 8,7 произошло у побережья.", None,
         ("magnitude", "землетрясение", 87)),
        ("Геологическая служба оценила его магнитуду в 8,8.", None,
         ("magnitude", "землетрясение", 88)),
        ("В море попало около 2,4 тысячи тонн мазута.", ("2,4 тысячи тонн", 2400, "тонна"),
         ("spilled", "нефтепродукты, т", 2400)),
        ("По оценке источника, в воду могло вытечь до 3,7 тыс. т нефтепродуктов.", None,
         ("spilled", "нефтепродукты, т", 3700)),
        # a toll told as its word and a bound, the bound inside the span
        ("По данным МЧС, погибших не меньше 40.", ("погибших не меньше 40", 40, "погибший"),
         ("dead", "люди", 40)),
        # those who attacked, whatever word names them or their act; those seized
        ("По данным источника, нападавших было трое.", ("нападавших было трое", 3,
                                                        "нападавший"),
         ("attacked", "нападавшие", 3)),
        ("Четверо боевиков открыли стрельбу в фойе.", ("Четверо боевиков", 4, "боевик"),
         ("attacked", "нападавшие", 4)),
        ("Трое осужденных, отбывающих сроки за разбой, захватили медсестру.",
         ("Трое осужденных", 3, "осужденный"), ("attacked", "нападавшие", 3)),
        ("Осужденные взяли в заложники двух сотрудников колонии.",
         ("двух сотрудников", 2, "сотрудник"), ("hostages", "заложники", 2)),
        ("В руках захватчиков оказались трое сотрудников банка.",
         ("трое сотрудников", 3, "сотрудник"), ("hostages", "заложники", 3)),
        ("Все пятеро нападавших ликвидированы.", ("пятеро нападавших", 5, "нападавший"),
         ("dead", "нападавшие", 5)),
    ],
)
def test_counts_read_with_predicate_and_counted_class(
    text: str, count: tuple[str, int, str | None] | None, expected: tuple[str, str, int]
) -> None:
    sc = claim(text, counts=(count,) if count else ())
    got = [(frame, cls, n) for frame, cls, n, _v in conflicts.read_facts(sc).counts]
    assert got == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Банк России снизил ключевую ставку на 0,5 п.п., до 17% годовых.",
         [("rate", 1700), ("rate_step", 50)]),
        ("Регулятор повысил ставку сразу на 200 базисных пунктов — до 21%.",
         [("rate", 2100), ("rate_step", 200)]),
        ("Совет директоров ЦБ сохранил ключевую ставку на уровне 16%.", [("rate", 1600)]),
        ("Нацбанк понизил ставку на полпроцентного пункта.", [("rate_step", 50)]),
        # expected, forecast, or set at an earlier meeting: not this decision
        ("Аналитики ожидали, что ЦБ снизит ставку до 16%.", []),
        ("Консенсус-прогноз предполагал, что ЦБ снизил бы ставку до 16%.", []),
        ("В июле Банк России снизил ставку до 18%.", []),
        ("На предыдущем заседании регулятор опустил ставку на полпроцента.", []),
        # a bank's rates on deposits are no key rate
        ("Крупный банк снизил ставку по вкладам до 15%.", []),
    ],
)
def test_the_key_rate_set_and_the_step_taken(text: str, expected: list[tuple[str, int]]) -> None:
    got = [(frame, n) for frame, _cls, n, _v in conflicts.read_facts(claim(text)).counts]
    assert got == expected


def test_skipping_the_counted_word_brings_no_later_word_nearer() -> None:
    # the nine were removed from the stations; the three after them were detained
    text = "С участков удалили девятерых наблюдателей, еще трое наблюдателей были задержаны."
    sc = claim(text, counts=(("девятерых наблюдателей", 9, "наблюдатель"),))
    got = [(frame, n) for frame, _cls, n, _v in conflicts.read_facts(sc).counts]
    assert ("~удалить", 9) in got and ("custody", 9) not in got


@pytest.mark.parametrize(
    "text",
    [
        "Встреча продлится 3 часа.",  # a duration
        "Доля компании выросла на 5 процентов.",  # a share (a price's rise: price_rise)
        "Контакты продолжались 26 февраля.",  # a date read as a count by a naive reader
        "Они обменялись двумя-тремя словами.",  # an idiom
        # one of, one more, one thing: no count of people
        "Один из пострадавших скончался в больнице.",
        "Еще один человек скончался в больнице.",
        "Одно здание полностью разрушено.",
        # no news is not none (none of those hurt is: test_none_held_or_hurt_is_a_count_of_none)
        "Данных о погибших россиянах пока нет.",
        # an area of no fire or flood; a part of the burnt area
        "Торговый центр площадью 25 тыс. кв. м открылся в 2011 году.",
        "Огнем уничтожено 1 тыс. кв. м торговых площадей на третьем этаже.",
        "Сам комплекс рассчитан на 118 тыс. кв. м, то есть огнем уничтожена треть.",
        # some of those evacuated
        "Эвакуированы все, из них 37 человек спасатели вывели из задымленных помещений.",
        # those waiting for it, or listed for it, are not yet evacuated
        "В отеле эвакуации ждут 30 россиян.",
        "В списки на эвакуацию внесены 600 граждан России.",
        # an aftershock's magnitude, a bound, an earlier quake: not the main shock's
        "Сильнейший из афтершоков имел магнитуду 6,9.",
        "Ученые ждут событий с магнитудой до 7,5.",
        "За десять дней до основного удара произошло землетрясение магнитудой 7,4.",
        # a part of those the sentence counts
        "Россия получила восемь своих граждан, а также двоих детей.",
    ],
)
def test_no_counted_fact(text: str) -> None:
    m = re.search(r"\d+ (?:тыс\. )?\w+", text)
    counts = ((m.group(), int(m.group().split()[0]), m.group().split()[-1]),) if m else ()
    dates = (("26 февраля", DAY, "2024-02-26", "2024-02-26"),) if "февраля" in text else ()
    assert conflicts.read_facts(claim(text, counts=counts, dates=dates)).counts == []


# ---------------------------------------------------------------- conflicts


def test_count_conflict_same_predicate_noun_and_place() -> None:
    a = claim("В Казани полиция задержала 12 активистов.", doc="a.txt",
              counts=(("12 активистов", 12, "активист"),), places=(("Казани", "Казань"),))
    b = claim("В Казани были задержаны 15 активистов, сообщает агентство.", doc="b.txt",
              counts=(("15 активистов", 15, "активист"),), places=(("Казани", "Казань"),))
    found = conflicts.find_conflicts([a, b])
    assert [k.kind for k in found] == ["count"]
    assert {s.value for s in found[0].sides} == {"12", "15"}
    assert {s.claim_id for s in found[0].sides} == {a.id, b.id}
    assert found[0].confidence >= 0.8


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Из здания эвакуированы 1 150 человек.", "Из здания вывели 1 800 человек.", True),
        ("Из здания эвакуированы 1 150 человек.", "Из здания вывели более 1 800 человек.",
         True),
        # a bound holds a number near it: a vaguer value that contains a precise one
        ("Из здания эвакуированы более 600 человек.", "Из здания вывели 650 человек.",
         False),
        ("Из здания вывели 800 человек.", "Из здания эвакуированы не менее 600 человек.",
         False),
        ("Из здания эвакуированы менее 600 человек.", "Из здания вывели 500 человек.",
         False),
        # ... not one far past it: «более 600» is not said of 1,500
        ("Из здания эвакуированы более 600 человек.", "Из здания вывели 1 500 человек.",
         True),
        ("Из здания эвакуированы менее 600 человек.", "Из здания вывели 1 500 человек.",
         True),
        # a round figure holds a number near it either way, not one far from it
        ("Из здания эвакуированы около 600 человек.", "Из здания вывели 650 человек.",
         False),
        ("Из здания эвакуированы примерно 600 человек.", "Из здания вывели 540 человек.",
         False),
        ("Из здания эвакуированы около 600 человек.", "Из здания вывели 1 100 человек.",
         True),
        ("Из здания эвакуированы почти 600 человек.", "Из здания вывели 580 человек.",
         False),
        ("Из здания эвакуированы почти 600 человек.", "Из здания вывели 650 человек.",
         True),
    ],
)
def test_counts_told_with_a_bound(first: str, second: str, conflict: bool) -> None:
    def one(text: str, doc: str) -> StoredClaim:
        text = f"В Казани: {text}"
        m = re.search(r"(\d+(?: \d{3})?) человек", text)
        assert m is not None
        return claim(text, doc=doc, counts=((m.group(), int(m.group(1).replace(" ", "")),
                                             "человек"),), places=(("Казани", "Казань"),))
    assert kinds([one(first, "a.txt"), one(second, "b.txt")]) == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("В Казани были задержаны 15 активистов, сообщает агентство.", True),
        # how many are still held falls as people are let go: a current quantity
        ("В Казани под стражей остаются 4 активиста.", False),
        ("В Казани 4 активиста по-прежнему находятся в изоляторе.", False),
    ],
)
def test_still_held_is_no_rival_of_detained(second: str, conflict: bool) -> None:
    a = claim("В Казани полиция задержала 12 активистов.", doc="a.txt",
              counts=(("12 активистов", 12, "активист"),), places=(("Казани", "Казань"),))
    sub = re.search(r"\d+ активист\w*", second)
    assert sub is not None
    b = claim(second, doc="b.txt", counts=((sub.group(), int(sub.group().split()[0]),
                                             "активист"),), places=(("Казани", "Казань"),))
    assert kinds([a, b]) == (["count"] if conflict else [])


def test_more_of_what_the_report_just_counted_is_no_rival() -> None:
    """«Задержаны 12 активистов. Еще трое были доставлены в отдел» — three besides."""
    place = (("Казани", "Казань"),)
    a = claim("В Казани задержаны 12 активистов.", doc="a.txt", doc_id=1,
              counts=(("12 активистов", 12, "активист"),), places=place)
    b = claim("В Казани еще 3 активиста были доставлены в отдел.", doc="a.txt", doc_id=1,
              start=40, counts=(("3 активиста", 3, "активист"),), places=place)
    assert kinds([a, b]) == []
    # the same words as a report's first count of it: still others than some, never a
    # whole that rivals another report's
    c = claim("В Казани еще 3 активиста были доставлены в отдел.", doc="b.txt", doc_id=2,
              counts=(("3 активиста", 3, "активист"),), places=place)
    assert kinds([a, c]) == []
    # but after a verb of remaining «еще» is «still»: the whole that remains
    from factdb.conflicts.facts import read_facts
    from factdb.conflicts.finder import _additions

    d = read_facts(claim("Под стражей в Казани остаются еще 3 активиста.", doc="b.txt",
                         doc_id=2, counts=(("3 активиста", 3, "активист"),)))
    assert d.counts and not _additions([d])


def test_count_conflict_folds_nationality_and_reads_number_words() -> None:
    # «шестерых граждан Грузии» and «9 грузин» count the same people
    a = claim("Суд в Ереване арестовал шестерых граждан Грузии.", doc="a.txt",
              places=(("Ереване", "Ереван"),))
    b = claim("В Ереване задержаны 9 грузин.", doc="b.txt",
              counts=(("9 грузин", 9, "грузин"),), places=(("Ереване", "Ереван"),))
    found = conflicts.find_conflicts([a, b])
    assert [k.kind for k in found] == ["count"]
    assert sorted(s.value for s in found[0].sides) == ["6", "9"]


def test_status_conflict_freed_vs_house_arrest_on_one_day() -> None:
    a = claim("Анна Ковалева освобождена 3 мая.", doc="a.txt",
              people=(("Анна Ковалева", "Анна Ковалева"),),
              dates=(("3 мая", DAY, "2024-05-03", "2024-05-03"),),
              statuses=(("освобождена", "released", None),))
    b = claim("3 мая Анна Ковалева была переведена под домашний арест.", doc="b.txt",
              people=(("Анна Ковалева", "Анна Ковалева"),),
              dates=(("3 мая", DAY, "2024-05-03", "2024-05-03"),),
              statuses=(("под домашний арест", "house_arrest", None),))
    found = conflicts.find_conflicts([a, b])
    assert [k.kind for k in found] == ["status"]
    assert "Анна Ковалева" in found[0].subject


def test_status_from_extraction_is_used_with_its_subject() -> None:
    a = claim("Суд освободил Петра Орлова 2 июля.", doc="a.txt",
              people=(("Петра Орлова", "Петр Орлов"),),
              dates=(("2 июля", DAY, "2024-07-02", "2024-07-02"),),
              statuses=(("освободил", "released", "Петр Орлов"),))
    b = claim("2 июля Петр Орлов арестован.", doc="b.txt",
              people=(("Петр Орлов", "Петр Орлов"),),
              dates=(("2 июля", DAY, "2024-07-02", "2024-07-02"),),
              statuses=(("арестован", "arrested", "Петр Орлов"),))
    assert kinds([a, b]) == ["status"]


def _freed_then(text: str, status: tuple[str, str, str | None], published: str,
                doc: str = "b.txt") -> list[str]:
    """The kinds found between a release on 2 March and a status told later."""
    a = claim("Суд освободил Анну Смирнову 2 марта.", doc="a.txt", doc_id=1,
              people=(("Анну Смирнову", "Анна Смирнова"),),
              dates=(("2 марта", DAY, "2026-03-02", "2026-03-02"),),
              statuses=(("освободил", "released", "Анна Смирнова"),))
    b = claim(text, doc=doc, doc_id=1 if doc == "a.txt" else 2, published=published,
              people=(("Анна Смирнова", "Анна Смирнова"),), statuses=(status,))
    return kinds([a, b])


@pytest.mark.parametrize(
    ("text", "status", "published", "expected"),
    [
        # told as held still a day or a few after the release: both cannot be true
        ("Анна Смирнова до сих пор в изоляторе.",
         ("до сих пор в изоляторе", "arrested", "Анна Смирнова"), "2026-03-03", ["status"]),
        ("Анна Смирнова по-прежнему находится под стражей.",
         ("находится под стражей", "arrested", "Анна Смирнова"), "2026-03-05", ["status"]),
        ("Анна Смирнова не освобождена, говорит ее мать.",
         ("освобождена", "held", "Анна Смирнова"), "2026-03-03", ["status"]),
        # held weeks later: another affair, or a re-arrest
        ("Анна Смирнова до сих пор в изоляторе.",
         ("до сих пор в изоляторе", "arrested", "Анна Смирнова"), "2026-03-20", []),
        # custody not told as still so, or house arrest (a release from jail may lead there)
        ("Анна Смирнова находится под стражей.",
         ("находится под стражей", "arrested", "Анна Смирнова"), "2026-03-03", []),
        ("Анна Смирнова по-прежнему под домашним арестом.",
         ("под домашним арестом", "house_arrest", "Анна Смирнова"), "2026-03-03", []),
    ],
)
def test_held_still_after_a_release(text: str, status: tuple[str, str, str | None],
                                    published: str, expected: list[str]) -> None:
    assert _freed_then(text, status, published) == expected


def test_held_still_in_the_report_that_tells_the_release_is_no_conflict() -> None:
    # one report telling both is a story in time («освобождена 2 марта, но ...»)
    assert _freed_then("Анна Смирнова до сих пор в изоляторе.",
                       ("до сих пор в изоляторе", "arrested", "Анна Смирнова"),
                       "2026-03-03", doc="a.txt") == []


def test_undated_status_holds_on_the_day_it_was_said() -> None:
    a = claim("Анна Ковалева освобождена 3 мая.", doc="a.txt",
              people=(("Анна Ковалева", "Анна Ковалева"),),
              dates=(("3 мая", DAY, "2024-05-03", "2024-05-03"),),
              statuses=(("освобождена", "released", None),))
    said = Claim(0, 40, "Анна Ковалева находится под домашним арестом.", said_on="2024-05-03",
                 entities=(Entity(0, 13, "Анна Ковалева", "Анна Ковалева", "PER"),),
                 statuses=(Status(24, 44, "под домашним арестом", "house_arrest", None),))
    b = StoredClaim(next(_ids), 99, "b.txt", "2024-05-03", None, said)
    later = StoredClaim(next(_ids), 98, "c.txt", "2024-05-20", None,
                        Claim(0, 40, said.text, said_on="2024-05-20", entities=said.entities))
    assert kinds([a, b]) == ["status"]
    assert kinds([a, later]) == []


def test_custody_and_house_arrest_on_one_day_clash() -> None:
    # a court chooses one measure; a report in the outlet's own voice that tells the status
    # in the future tense («останется») tells it on the day it came out
    a = claim("Иван Орлов взят под стражу в зале суда 19 ноября.", doc="a.txt",
              people=(("Иван Орлов", "Иван Орлов"),),
              dates=(("19 ноября", DAY, "2025-11-19", "2025-11-19"),),
              statuses=(("взят под стражу", "arrested", None),))
    told = Claim(0, 44, "Иван Орлов останется под домашним арестом.",
                 entities=(Entity(0, 10, "Иван Орлов", "Иван Орлов", "PER"),),
                 statuses=(Status(11, 35, "останется под домашним", "house_arrest", None),))
    b = StoredClaim(next(_ids), 97, "b.txt", "2025-11-19", None, told)
    past = Claim(0, 44, "Иван Орлов был под домашним арестом.",
                 entities=told.entities,
                 statuses=(Status(11, 29, "был под домашним", "house_arrest", None),))
    c = StoredClaim(next(_ids), 96, "c.txt", "2025-11-19", None, past)
    assert kinds([a, b]) == ["status"]
    assert kinds([a, c]) == []  # undated and in the past: no day to set it against


def test_role_conflict_two_titles_at_one_outlet() -> None:
    a = claim("Генеральный директор «Радио Север» Олег Смирнов подал в отставку.", doc="a.txt",
              people=(("Олег Смирнов", "Олег Смирнов"),))
    b = claim("Об этом сообщил главный редактор Олег Смирнов.", doc="b.txt",
              people=(("Олег Смирнов", "Олег Смирнов"),))
    found = conflicts.find_conflicts([a, b])
    assert [k.kind for k in found] == ["role"]
    assert {s.value for s in found[0].sides} == {"генеральный директор", "главный редактор"}


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Главный инженер Озерной железной дороги Олег Смирнов отказался от комментариев.", True),
        # a past post is no rival of the present one
        ("Бывший главный инженер Озерной железной дороги Олег Смирнов отказался от "
         "комментариев.", False),
    ],
)
def test_role_conflict_head_and_chief_engineer(second: str, conflict: bool) -> None:
    """The head of a railway (a plant) and its chief engineer are two people."""
    a = claim("Начальник Озерной железной дороги Олег Смирнов выехал на место.", doc="a.txt",
              people=(("Олег Смирнов", "Олег Смирнов"),))
    b = claim(second, doc="b.txt", people=(("Олег Смирнов", "Олег Смирнов"),))
    assert bool([k for k in conflicts.find_conflicts([a, b]) if k.kind == "role"]) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("советник-посланник посольства России Андрей Соловьев", "консул посольства Андрей "
         "Соловьев", True),
        ("советник посольства Андрей Соловьев", "первый секретарь посольства России Андрей "
         "Соловьев", True),
        ("временный поверенный в делах Андрей Соловьев", "посол Андрей Соловьев", True),
        # a consul general is told as a consul too
        ("генеральный консул Андрей Соловьев", "консул Андрей Соловьев", False),
        # an adviser of a minister is no embassy rank
        ("советник министра Андрей Соловьев", "первый секретарь посольства Андрей Соловьев",
         False),
    ],
)
def test_role_conflict_embassy_ranks(first: str, second: str, conflict: bool) -> None:
    """One diplomat holds one rank of an embassy at a time."""
    person = (("Андрей Соловьев", "Андрей Соловьев"),)
    a = claim(f"Об этом сообщил {first}.", doc="a.txt", people=person)
    b = claim(f"Как заявил {second}, нота вручена.", doc="b.txt", people=person)
    assert bool([k for k in conflicts.find_conflicts([a, b]) if k.kind == "role"]) is conflict


def test_date_conflict_month_vs_interval_across_it() -> None:
    a = claim("Иван Сидоренко был задержан в марте.", doc="a.txt",
              people=(("Иван Сидоренко", "Иван Сидоренко"),),
              dates=(("в марте", "month", "2024-03-01", "2024-03-31"),))
    b = claim("Иван Сидоренко задержан в период с 27 февраля по 2 марта 2024 года.",
              doc="b.txt", people=(("Иван Сидоренко", "Иван Сидоренко"),),
              dates=(("в период с 27 февраля по 2 марта 2024 года", "interval", "2024-02-27",
                      "2024-03-02"),))
    found = conflicts.find_conflicts([a, b])
    assert [k.kind for k in found] == ["date"]
    assert sorted(s.value for s in found[0].sides) == ["2024-02-27..2024-03-02",
                                                        "2024-03-01..2024-03-31"]


def test_statement_conflict_two_causes_of_death_in_one_sentence() -> None:
    a = claim("Причиной смерти Петра Орлова следователи назвали инфаркт, тогда как "
              "родственники называли причиной смерти побои.",
              people=(("Петра Орлова", "Петр Орлов"),))
    found = conflicts.find_conflicts([a])
    assert [k.kind for k in found] == ["statement"]
    # one claim stands on both sides, each with its own value
    assert {s.side for s in found[0].sides} == {"a", "b"}
    assert {s.claim_id for s in found[0].sides} == {a.id}


def test_statement_conflict_across_two_halves_of_a_sentence() -> None:
    text = ("Причиной смерти задержанного адвокаты назвали пытки, "
            "а в ведомстве говорят, что причиной смерти стала остановка сердца.")
    cut = text.index("а в ведомстве")
    a = claim(text[:cut], doc="x.txt", doc_id=7)
    b = claim(text[cut:], doc="x.txt", doc_id=7, start=cut)
    assert kinds([a, b]) == ["statement"]


def test_statement_no_conflict_when_causes_agree() -> None:
    a = claim("Причиной смерти Петра Орлова назвали инфаркт.",
              people=(("Петра Орлова", "Петр Орлов"),), doc="a.txt")
    b = claim("Петр Орлов умер от сердечного приступа, сообщили врачи.",
              people=(("Петр Орлов", "Петр Орлов"),), doc="b.txt")
    assert kinds([a, b]) == []


def test_date_conflict_one_person_dead_on_two_days() -> None:
    a = claim("Правозащитник Семен Ларин скончался 4 апреля в больнице.", doc="a.txt",
              people=(("Семен Ларин", "Семен Ларин"),),
              dates=(("4 апреля", DAY, "2024-04-04", "2024-04-04"),),
              statuses=(("скончался", "dead", None),))
    b = claim("Семен Ларин умер 9 апреля.", doc="b.txt", people=(("Семен Ларин", "Семен Ларин"),),
              dates=(("9 апреля", DAY, "2024-04-09", "2024-04-09"),),
              statuses=(("умер", "dead", None),))
    found = conflicts.find_conflicts([a, b])
    assert [k.kind for k in found] == ["date"]
    assert sorted(s.value for s in found[0].sides) == ["2024-04-04", "2024-04-09"]


def test_english_number_words_are_counted() -> None:
    a = claim("Five protesters were detained in Tbilisi, police said.", doc="a.txt",
              places=(("Tbilisi", "Тбилиси"),))
    b = claim("Police in Tbilisi detained 9 protesters.", doc="b.txt",
              counts=(("9 protesters", 9, "protester"),), places=(("Tbilisi", "Тбилиси"),))
    c = claim("Police in Tbilisi detained 5 protesters.", doc="c.txt",
              counts=(("5 protesters", 5, "protester"),), places=(("Tbilisi", "Тбилиси"),))
    assert kinds([b, c]) == ["count"]
    assert kinds([a, c]) == []


def test_english_status_conflict_without_ner_names() -> None:
    day = (("March 14", DAY, "2024-03-14", "2024-03-14"),)
    a = claim("Journalist Nino Beriashvili was released on March 14, rights groups said.",
              doc="a.txt", dates=day, statuses=(("released", "released", None),))
    b = claim("Nino Beriashvili was placed under house arrest on March 14, her editor said.",
              doc="b.txt", dates=day, statuses=(("under house arrest", "house_arrest", None),))
    found = conflicts.find_conflicts([a, b])
    assert [(k.kind, k.subject) for k in found] == [("status", "Nino Beriashvili, 2024-03-14")]


def test_substantivized_adjective_is_counted() -> None:
    a = claim("В ходе акции в Тбилиси пострадали трое полицейских.", doc="a.txt",
              counts=(("трое полицейских", 3, "полицейский"),), places=(("Тбилиси", "Тбилиси"),))
    b = claim("Министр сообщил, что в Тбилиси пострадали пять полицейских.", doc="b.txt",
              counts=(("пять полицейских", 5, "полицейский"),), places=(("Тбилиси", "Тбилиси"),))
    assert kinds([a, b]) == ["count"]


# ---------------------------------------------------------------- not conflicts


def test_freed_a_day_apart_is_the_day_it_became_known() -> None:
    a = claim("Петр Орлов освобожден 9 мая.", doc="a.txt", people=(("Петр Орлов", "Петр Орлов"),),
              dates=(("9 мая", DAY, "2024-05-09", "2024-05-09"),))
    b = claim("10 мая стало известно, что Петр Орлов освобожден.", doc="b.txt",
              people=(("Петр Орлов", "Петр Орлов"),),
              dates=(("10 мая", DAY, "2024-05-10", "2024-05-10"),))
    assert kinds([a, b]) == []


def test_namesakes_with_different_first_names_do_not_conflict() -> None:
    day = (("5 июня", DAY, "2024-06-05", "2024-06-05"),)
    a = claim("Дмитрий Орлов освобожден 5 июня.", doc="a.txt",
              people=(("Дмитрий Орлов", "Дмитрий Орлов"),), dates=day)
    b = claim("5 июня Илья Орлов переведен под домашний арест.", doc="b.txt",
              people=(("Илья Орлов", "Илья Орлов"),), dates=day)
    c = claim("Орлов освобожден 5 июня.", doc="c.txt", people=(("Орлов", "Орлов"),), dates=day)
    assert kinds([a, b, c]) == []


def test_namesakes_with_different_titles_are_two_people() -> None:
    a = claim("Посол Рамиз Алиханов прибыл в Минск.",
              people=(("Рамиз Алиханов", "Рамиз Алиханов"),))
    b = claim("Вице-премьер Эльдар Алиханов провел встречу.",
              people=(("Эльдар Алиханов", "Эльдар Алиханов"),))
    assert kinds([a, b]) == []


def test_two_calls_on_different_dates_do_not_conflict() -> None:
    a = claim("12 марта лидеры двух стран провели телефонный разговор.", doc="a.txt",
              dates=(("12 марта", DAY, "2024-03-12", "2024-03-12"),))
    b = claim("20 марта лидеры двух стран провели телефонный разговор.", doc="b.txt",
              dates=(("20 марта", DAY, "2024-03-20", "2024-03-20"),))
    assert kinds([a, b]) == []


def test_arrest_and_its_extension_are_two_events() -> None:
    a = claim("1 июня суд в Самаре арестовал пятерых активистов.", doc="a.txt",
              dates=(("1 июня", DAY, "2024-06-01", "2024-06-01"),), places=(("Самаре", "Самара"),))
    b = claim("28 сентября суд в Самаре продлил арест четырем активистам.", doc="b.txt",
              dates=(("28 сентября", DAY, "2024-09-28", "2024-09-28"),),
              places=(("Самаре", "Самара"),))
    assert kinds([a, b]) == []


def test_change_of_status_over_time_is_no_conflict() -> None:
    a = claim("20 октября Иван Сидоренко переведен под домашний арест.", doc="a.txt",
              people=(("Иван Сидоренко", "Иван Сидоренко"),),
              dates=(("20 октября", DAY, "2024-10-20", "2024-10-20"),))
    b = claim("Иван Сидоренко освобожден 25 октября.", doc="b.txt",
              people=(("Иван Сидоренко", "Иван Сидоренко"),),
              dates=(("25 октября", DAY, "2024-10-25", "2024-10-25"),))
    assert kinds([a, b]) == []


def test_dead_and_on_board_are_different_quantities() -> None:
    day = (("2 февраля", DAY, "2024-02-02", "2024-02-02"),)
    a = claim("2 февраля под Иркутском разбился самолет, погибли 12 человек.", doc="a.txt",
              counts=(("12 человек", 12, "человек"),), dates=day,
              places=(("Иркутском", "Иркутск"),))
    b = claim("Самолет, упавший под Иркутском 2 февраля, имел на борту 40 человек.",
              doc="b.txt", counts=(("40 человек", 40, "человек"),), dates=day,
              places=(("Иркутском", "Иркутск"),))
    assert kinds([a, b]) == []


def test_statuses_of_a_group_are_no_one_in_particular() -> None:
    day = (("5 мая", DAY, "2024-05-05", "2024-05-05"),)
    a = claim("5 мая в Баку россияне освобождены.", doc="a.txt", dates=day,
              statuses=(("освобождены", "released", "россиянин"),))
    b = claim("5 мая в Баку россиян арестовали.", doc="b.txt", dates=day,
              statuses=(("арестовали", "arrested", "россиянин"),))
    assert kinds([a, b]) == []


def test_detained_and_let_go_on_one_day_is_no_conflict() -> None:
    day = (("5 мая", DAY, "2024-05-05", "2024-05-05"),)
    a = claim("5 мая Петр Орлов задержан у здания суда.", doc="a.txt",
              people=(("Петр Орлов", "Петр Орлов"),), dates=day)
    b = claim("Петр Орлов освобожден 5 мая.", doc="b.txt",
              people=(("Петр Орлов", "Петр Орлов"),), dates=day)
    assert kinds([a, b]) == []


def test_participle_describing_others_gives_no_status() -> None:
    # «один из арестованных» is not a status of Орлов; he is freed in both reports
    day = (("7 мая", DAY, "2024-05-07", "2024-05-07"),)
    a = claim("7 мая Петр Орлов и один из арестованных журналистов освобождены.", doc="a.txt",
              people=(("Петр Орлов", "Петр Орлов"),), dates=day)
    b = claim("Петр Орлов освобожден 7 мая.", doc="b.txt",
              people=(("Петр Орлов", "Петр Орлов"),), dates=day)
    assert kinds([a, b]) == []


@pytest.mark.parametrize(
    ("vague", "precise"),
    [
        (("в октябре 2024 года", "month", "2024-10-01", "2024-10-31"),
         ("9 октября", DAY, "2024-10-09", "2024-10-09")),
        (("летом 2024 года", "season", "2024-06-01", "2024-08-31"),
         ("с 30 июня по 1 июля", "interval", "2024-06-30", "2024-07-01")),
        (("в марте", "month", "2024-03-01", "2024-03-31"),
         ("с 3 по 5 марта", "interval", "2024-03-03", "2024-03-05")),
    ],
)
def test_vaguer_date_containing_precise_one_is_no_conflict(
    vague: tuple[str, str, str, str], precise: tuple[str, str, str, str]
) -> None:
    a = claim(f"Иван Сидоренко был задержан {vague[0]}.", doc="a.txt",
              people=(("Иван Сидоренко", "Иван Сидоренко"),), dates=(vague,))
    b = claim(f"Иван Сидоренко задержан {precise[0]}.", doc="b.txt",
              people=(("Иван Сидоренко", "Иван Сидоренко"),), dates=(precise,))
    assert kinds([a, b]) == []


def test_one_cause_leading_to_another_is_one_account() -> None:
    a = claim("Причиной смерти Петра Орлова стал инфаркт, вызванный побоями.",
              people=(("Петра Орлова", "Петр Орлов"),))
    assert kinds([a]) == []


def test_two_events_in_one_city_with_common_nouns_do_not_conflict() -> None:
    a = claim("При пожаре в Казани погибли 5 человек.", doc="a.txt",
              counts=(("5 человек", 5, "человек"),), places=(("Казани", "Казань"),),
              lemmas="при пожар в казань погибнуть 5 человек")
    b = claim("В ДТП в Казани погибли 2 человек.", doc="b.txt",
              counts=(("2 человек", 2, "человек"),), places=(("Казани", "Казань"),),
              lemmas="в дтп в казань погибнуть 2 человек")
    assert kinds([a, b]) == []
    c = claim("В результате пожара в Казани погибли 7 человек.", doc="c.txt",
              counts=(("7 человек", 7, "человек"),), places=(("Казани", "Казань"),),
              lemmas="в результат пожар в казань погибнуть 7 человек")
    assert kinds([a, c]) == ["count"]


def test_preposition_after_is_not_an_ambassador() -> None:
    a = claim("После встречи с президентом Иван Петров уехал.",
              people=(("Иван Петров", "Иван Петров"),), doc="a.txt")
    b = claim("Министр Иван Петров уехал.", people=(("Иван Петров", "Иван Петров"),), doc="b.txt")
    assert kinds([a, b]) == []


def test_same_count_twice_is_no_conflict() -> None:
    a = claim("В Казани задержаны 12 активистов.", doc="a.txt",
              counts=(("12 активистов", 12, "активист"),), places=(("Казани", "Казань"),))
    b = claim("Полиция Казани задержала 12 активистов.", doc="b.txt",
              counts=(("12 активистов", 12, "активист"),), places=(("Казани", "Казань"),))
    assert kinds([a, b]) == []


def test_counts_in_different_places_do_not_conflict() -> None:
    a = claim("В Казани задержаны 12 активистов.", doc="a.txt",
              counts=(("12 активистов", 12, "активист"),), places=(("Казани", "Казань"),))
    b = claim("В Перми задержаны 15 активистов.", doc="b.txt",
              counts=(("15 активистов", 15, "активист"),), places=(("Перми", "Пермь"),))
    assert kinds([a, b]) == []


def test_one_conflict_never_mixes_two_cities() -> None:
    def c(n: int, city: str, form: str, doc: str) -> StoredClaim:
        return claim(f"В {form} задержаны {n} активистов.", doc=doc,
                     counts=((f"{n} активистов", n, "активист"),), places=((form, city),))

    found = conflicts.find_conflicts([
        c(12, "Казань", "Казани", "a"), c(15, "Казань", "Казани", "b"),
        c(20, "Пермь", "Перми", "c"), c(25, "Пермь", "Перми", "d"),
    ])
    assert sorted(sorted(s.value for s in k.sides) for k in found) == [["12", "15"], ["20", "25"]]
    assert sorted(k.subject.split("(")[-1] for k in found) == ["Казань)", "Пермь)"]


def test_report_naming_no_place_joins_the_story_it_shares_words_with() -> None:
    a = claim("В Казани полиция задержала 12 активистов у здания мэрии.", doc="a.txt",
              counts=(("12 активистов", 12, "активист"),), places=(("Казани", "Казань"),),
              lemmas="в казань полиция задержать 12 активист у здание мэрия")
    b = claim("У здания мэрии задержаны 15 активистов.", doc="b.txt",
              counts=(("15 активистов", 15, "активист"),),
              lemmas="у здание мэрия задержать 15 активист")
    c = claim("Задержаны 15 активистов.", doc="c.txt",
              counts=(("15 активистов", 15, "активист"),), lemmas="задержать 15 активист")
    assert kinds([a, b]) == ["count"]
    assert kinds([a, c]) == []


@pytest.mark.parametrize(("where", "conflict"), [("В Казани", True),
                                                  ("В соседней Казани", False)])
def test_a_report_naming_no_place_is_not_of_the_neighbouring_place(where: str,
                                                                     conflict: bool) -> None:
    """A place told as the neighbour of the story's («в соседнем районе») is another
    event's, which a report naming no place does not tell of."""
    a = claim(f"{where} у здания мэрии задержаны 12 активистов.", doc="a.txt",
              counts=(("12 активистов", 12, "активист"),), places=(("Казани", "Казань"),),
              lemmas="в казань у здание мэрия задержать 12 активист")
    b = claim("У здания мэрии задержаны 15 активистов.", doc="b.txt",
              counts=(("15 активистов", 15, "активист"),),
              lemmas="у здание мэрия задержать 15 активист")
    assert kinds([a, b]) == (["count"] if conflict else [])


def test_english_claims_do_not_crash() -> None:
    a = claim("Five people were killed in the blast, the ministry said.", doc="a.txt")
    b = claim("The ministry said 12 people died, Peskov told reporters.", doc="b.txt",
              counts=(("12 people", 12, "people"),))
    assert isinstance(conflicts.find_conflicts([a, b]), list)


def test_a_conflict_never_names_more_than_twelve_claims() -> None:
    many = [claim(f"В Казани задержаны {n} активистов.", doc=f"{n}.txt",
                  counts=((f"{n} активистов", n, "активист"),), places=(("Казани", "Казань"),))
            for n in range(5, 25)]
    found = conflicts.find_conflicts(many)
    assert found and all(len({s.claim_id for s in k.sides}) <= 12 for k in found)


# ---------------------------------------------------------------- storage and refresh


def _article(name: str, published: str, claims: list[StoredClaim]) -> Article:
    text = " ".join(sc.claim.text for sc in claims)
    shifted = []
    pos = 0
    for sc in claims:
        c = sc.claim
        d = pos - c.start

        def mv(x: int, d: int = d) -> int:
            return x + d

        shifted.append(Claim(
            start=mv(c.start), end=mv(c.end), text=c.text, speaker=c.speaker,
            dates=tuple(StatedDate(mv(x.start), mv(x.end), x.text, x.precision, x.date_from,
                                   x.date_to) for x in c.dates),
            counts=tuple(Count(mv(x.start), mv(x.end), x.text, x.value, x.noun)
                         for x in c.counts),
            entities=tuple(Entity(mv(x.start), mv(x.end), x.text, x.name, x.type)
                           for x in c.entities),
            statuses=tuple(Status(mv(x.start), mv(x.end), x.text, x.status, x.subject)
                           for x in c.statuses),
            lemmas=c.lemmas,
        ))
        pos += len(c.text) + 1
    return Article(name=name, path=f"/x/{name}", sha256=name, text=text, published=published,
                   outlet="Тестовые вести", claims=tuple(shifted))


def store_pair(path: Path) -> None:
    """A database with two reports that disagree on a count and agree on a quote."""
    db = open_db(path)
    quote = "министр заявить переговоры поставка зерно возобновиться апрель"
    store_article(db, _article("one.txt", "2024-03-02", [
        claim("В Казани полиция задержала 12 активистов.",
              counts=(("12 активистов", 12, "активист"),), places=(("Казани", "Казань"),)),
        claim("Министр заявил, что переговоры о поставках зерна возобновятся в апреле.",
              lemmas=quote),
    ]))
    store_article(db, _article("two.txt", "2024-03-03", [
        claim("В Казани были задержаны 15 активистов.",
              counts=(("15 активистов", 15, "активист"),), places=(("Казани", "Казань"),)),
        claim("Переговоры о поставках зерна возобновятся в апреле, заявил министр.",
              lemmas=quote),
    ]))
    conflicts.refresh(db)


def test_refresh_stores_conflicts_with_evidence_and_clusters(tmp_path: Path) -> None:
    store_pair(tmp_path / "t.db")
    db = open_db(tmp_path / "t.db")
    stored = store.load_conflicts(db)
    assert [k.conflict.kind for k in stored] == ["count"]
    k = stored[0].conflict
    assert sorted(s.value for s in k.sides) == ["12", "15"]
    spans = k.details["spans"]
    assert isinstance(spans, dict)
    claims = {sc.id: sc for sc in load_claims(db)}
    for s in k.sides:
        a, b = spans[f"{s.claim_id}:{s.side}"]
        assert claims[s.claim_id].claim.text[a - claims[s.claim_id].claim.start :
                                             b - claims[s.claim_id].claim.start].startswith(s.value)
    quotes = [sc for sc in claims.values() if "зерна" in sc.claim.text]
    assert quotes[0].cluster is not None and quotes[0].cluster == quotes[1].cluster
    # the two count claims disagree: never one cluster
    counted = [sc for sc in claims.values() if "активист" in sc.claim.text]
    assert counted[0].cluster is None or counted[0].cluster != counted[1].cluster


def test_refresh_twice_keeps_cluster_ids(tmp_path: Path) -> None:
    store_pair(tmp_path / "t.db")
    db = open_db(tmp_path / "t.db")
    before = {sc.id: sc.cluster for sc in load_claims(db)}
    conflicts.refresh(db)
    assert {sc.id: sc.cluster for sc in load_claims(db)} == before


def test_report_about_any_word_form(tmp_path: Path) -> None:
    store_pair(tmp_path / "t.db")
    db = open_db(tmp_path / "t.db")
    assert len(conflicts.report(db, about="Казанью").conflicts) == 1
    assert len(conflicts.report(db, about="активистам").conflicts) == 1
    assert conflicts.report(db, about="Новосибирск").conflicts == []
    assert conflicts.report(db, kind="date").conflicts == []


# ---------------------------------------------------------------- golden: the samples


def test_samples_golden(samples_db: Path, gold: dict) -> None:  # type: ignore[type-arg]
    """On the sample articles: every core conflict found, no trap sprung (seed gold)."""
    missed, sprung = _against_gold(samples_db, gold,
                                   Path(__file__).resolve().parent.parent / "sources")
    assert missed == []
    assert sprung == []


# held-out set -> core conflicts it may still miss (each written blind, scored once unseen,
# then used to find general rules; see its README): what is left open, and why
KNOWN_MISSES: dict[str, set[str]] = {
    "heldout": set(), "heldout2": set(), "heldout3": set(), "heldout4": set(),
    "heldout5": set(), "heldout7": set(),
    # (the wire report whose dateline has no year is read in the story's year since
    # round 11, so its hour of the breach meets the others')
    "heldout6": set(),
    # 32 people vs 28 passengers aboard: people and passengers are kept apart on purpose
    # (67 people aboard = 62 passengers + 5 crew); a lapsed inspection is not a question
    # the rules know
    "heldout8": {"passengers-aboard", "technical-inspection"},
    "heldout9": set(),
    # scored blind after all the other sets' rules, then three general rules (fines, observers
    # as people, shares of a vote): the day of a withdrawal is no known value
    "heldout10": {"serebryakov-withdrawal-date"},
    # scored blind after all the rules of sets 1-10 (core 1/4, 1/4, 1/4), then general
    # rules
    "heldout11": set(), "heldout12": set(), "heldout13": set(),
    # scored blind after all the rules of sets 1-13 (core 0/4 each), then general rules:
    # houses counted by volunteers («насчитали 94 дома») name no predicate; who handed
    # over how many in an exchange needs the agent of each count; a status «на свободе»
    # in a post dated only «ранее»; a director told by her post in one report and as «моя
    # подзащитная» in another, her name in a case the recogniser leaves oblique
    "heldout14": {"houses-burned"},
    "heldout15": {"released-by-russia-count", "kowalczyk-status"},
    "heldout16": set(),  # (the director's status found since round 10's rules)
    # scored blind after all the rules of sets 1-16 (core 0/4, 1/4, 1/4), then general
    # rules: a court measure told only as «его подзащитному» in a report about others; a
    # detention whose subject the recogniser missed at the start of a sentence; how many
    # are in hospital now (9) against how many were admitted in all (27) are kept apart
    "heldout17": {"director-status-16-march"},
    "heldout18": set(),
    "heldout19": set(),
    # scored blind after all the rules of sets 1-19 and the generic yes/no rule (core 2/4,
    # 2/4, 1/4), then that rule made surer (a «никакой» before a list, a thing denied in
    # the genitive, a foreign first name left oblique); no lexicon was written for them
    "heldout20": set(),
    "heldout21": {"arrears-cause"},
    "heldout22": {"dead-16-august", "captain-status"},
    # scored blind after all the rules of sets 1-22 (core 0/4, 1/4, 3/4), then general
    # rules (who started an exchange, «граждан этой страны», custody vs house arrest,
    # «почти» a sum): a handover told by a list («в числе переданных») against a transfer
    # to another jail; talks recur, so their dates never conflict; the custody ruling told
    # in a report whose yearless dateline takes the wrong year; a prosecution's and a
    # defence's accounts of where money went; how many are in hospital in the morning
    # and in the evening of one day
    "heldout23": {"kvirikashvili-status", "prague-talks-date"},
    "heldout24": {"prosecution-vs-defence"},
    "heldout25": {"hospitalised-count"},
    # scored blind after all the rules of sets 1-25 (core 2/4, 2/4, 0/4), then general
    # rules: police saying no force was used against accounts of beatings (a denial and
    # an affirmation with no shared verb); a cut in supplies dated by «с 1 ноября
    # сократил» and «3 ноября ограничила» (two verbs of one act, no synonym lexicon);
    # a cut told as «на 40%» and «примерно на четверть» (no rule for shares of a change)
    "heldout26": set(),  # (force on the crowd found since round 36: a yes/no question)
    "heldout27": set(),
    "heldout28": {"cut-date", "cut-volume"},
    # scored blind after all the rules of sets 1-28 (core 0/4, 3/4, 0/4), then general
    # rules (court measures milder than custody, a refused custody, on the wanted list vs
    # held, lone first names and countries no story links): flights cancelled told by the
    # airline and, in one sentence with it, an outlet's own count; a leak claimed by
    # hackers and denied in other words; a restoration time against «ближе к обеду»; a
    # case opened vs «пока не возбуждено»; tolls and hospital counts told per region and
    # in total in one sentence, one told as «достигло» (an update); who supplied a
    # chemical (free-text accounts)
    # (the restoration time found since round 27)
    "heldout29": {"cancelled-count", "data-leak"},
    "heldout30": set(),
    "heldout31": {"death-toll-20nov", "hospitalised-20nov", "methanol-supplier"},
    # scored blind after all the rules of sets 1-31 (core 0/4, 0/4, 1/4), then general
    # rules (an extension's own count, a participle's date, adjacent detention days,
    # diplomats expelled per country, a count told as grown): a first deadline told as
    # «72 часа» against «до 25 ноября» (a span against a day); a catch in the act against
    # «провокация» (accounts in other words); who was summoned, an ambassador or a chargé
    # d'affaires (two people, one question); houses flooded told by verbs no frame knows
    # («находятся в зоне подтопления», «вода зашла в») and in two nouns (дома,
    # домовладения); a cause told as «вынужденная мера» against «ошибка персонала» (34's
    # dismissal against a resignation found since round 25: the one who left says so
    # himself, «Я написал заявление»)
    "heldout32": set(),
    "heldout33": {"initial-deadline", "documents-vs-provocation", "who-was-summoned"},
    # (34's evacuated, 1,150 against «не более 480», was found until round 24 only by a
    # claim of «более тысячи ста» standing as a side of its own against 1,150; a rounder
    # figure of one count now takes no side, and the bound of 480 holds the 312 evacuated
    # two days before, so no pair sets 1,150 against it)
    # (houses flooded, told by «вода зашла в», found since round 27's frame of houses under
    # water)
    "heldout34": {"flood-cause", "evacuated-count"},
    # round 9: whether detainees were beaten, told as «избивали» against «никакого
    # физического воздействия не применялось» (accounts in other words); a status told in
    # an undated sentence after the one that dates the hearing; a release day against the
    # day he flew home («вернулся в Россию 18 ноября» vs «отпустили только 19 ноября»); a
    # patient told in intensive care against one discharged, named by a diminutive («Иру»);
    # a flight's departure day told in the future (no «departure» event); a detention
    # («помещен в ИВС») against «находится в реанимации, не задерживался» (a place and a
    # denial, not two statuses)
    "heldout35": {"beaten-or-not", "vedeneev-status-17-nov", "lapshin-release-date"},
    "heldout36": {"somova-status", "mchs-flight-date"},
    "heldout37": set(),
    # round 10 (core 0/4, 0/4, 0/4 first seen; then general rules: bail sums in foreign
    # currencies, held still after a release, a release denied, diminutive first names,
    # a woman's name in an oblique case, «двух тысяч», collective tolls): a trawler
    # «остановила для досмотра» on one day against «задержан» on another (two verbs, no
    # event); snowplows «19 машин из 48» against «все 48» (no frame; vehicles in a jam and
    # a death from cold are found since round 33's rules); what two were detained for
    # (free-text accounts); two against three Russians detained, the three told with no
    # place and no shared word
    "heldout38": {"detention-date"},
    "heldout39": {"snowplows-on-duty"},
    "heldout40": {"charge", "detained-count"},
    # round 11 (core 2/4 each first seen; then general rules: a fire's area, led out of a
    # building as evacuated, counts told as bounds, the story's year for a dateline): how many
    # Russians one country holds, seven against five, told by each side; an exchange
    # discussed against «не может быть и речи» (accounts in other words); a former post,
    # vice-governor against regional minister (two posts held in turn); a bribe against a
    # loan (a prosecution's and a defence's accounts)
    "heldout41": set(),  # (the area and the evacuated found since round 11's count rules)
    "heldout42": set(),  # (held now, in the present tense: found since)
    "heldout43": {"former-post", "bribe-or-loan"},
    # round 12 (core 1/4 each first seen; then general rules: cancelled flights, a sports
    # ban's term, dead against alive, why flights stopped): the first plane's landing day
    # (told «первый» on one side and with no ordinal on the other, as the second plane's
    # is); the embassy's «all who applied are out» against «hundreds still wait»
    # (accounts in other words); the substance found (no lexicon of drugs); a provisional
    # suspension against «никто не отстранял» (the ban's own term stands beside it);
    # hotels given against none given (accounts)
    "heldout44": {"first-landing-date", "embassy-vs-evacuees"},
    "heldout45": {"substance", "provisional-suspension"},
    "heldout46": {"hotels-and-meals"},
    # round 13 (core 1/4, 2/4, 1/4, 0/3 first seen; then general rules: a demand joined by
    # «и», aspect pairs with alternating consonants, a flat denial of one thing, people in
    # a country's jails within days, released to house arrest from afar, a status told by
    # a trade while a lawyer speaks, the caller of a call, a rally's attendance, fines in
    # dinars): a departure dated 11 and 12 November (a day apart: the day it became known
    # is often told as the day it happened); a contract's value told once per side with
    # a perinatal centre's and an advance beside it; questioned by investigators against
    # «никто не допрашивал» with «губернатор» and «подзащитный» for one man; the day a
    # hunger strike began (no such event) and a consul's visit against «ни разу не
    # навещал» (two verbs)
    "heldout47": {"departure-date", "road-contract-sum", "questioned-by-investigators"},
    "heldout48": set(),
    "heldout49": {"hunger-strike-start", "consular-visit"},
    "heldout50": set(),
    # (round 14) a meeting dated 9 October and «в среду, 8 октября» (a day apart, left
    # alone as elsewhere); a refinery «stopped a unit» against «works normally» (no rule
    # reads a halt against normal work); a service blocked against «замедлен, но не
    # заблокирован» (the short denial names no service: too unlike to pair) and «has paid
    # every fine» in English against «не оплатила ни одного» (no English yes/no rule)
    "heldout51": {"dushanbe-meeting-date"},
    "heldout52": set(),
    "heldout53": {"blocked-or-slowed", "earlier-fines-paid"},
    "heldout54": set(),
    # (round 15: core 0/4, 2/4, 2/4, 2/4 first seen) a licence
    # revoked for transit schemes against a hole in the capital (a central bank lists
    # such reasons together, so no rule sets them apart); payouts from 1 December against
    # «смогут уже 26 ноября» (a modal and «первые» keep the second from being an event
    # dated)
    "heldout55": {"revocation-cause", "payout-start"},
    # a captain remanded against «допрошен и в тот же день отпущен» (no name and no day on
    # the release); a tanker held over a cable against «никак не связано с инцидентом с
    # кабелем» (no rule reads a cause denied)
    "heldout56": {"captain-status", "detention-reason"},
    # (a wounded man dead by one report and alive by another that never names him: found
    # since round 21, one death against a report of it called untrue)
    "heldout57": set(),
    # each club blames the other's fans (no rule on who started a fight)
    "heldout58": {"who-started"},
    # (round 16: core 1/4, 0/4, 1/4, 0/4 first seen; then general rules: years of colony as
    # a sentence, colony regimes, people fallen ill and cases of a disease, lying in
    # hospital, removed from office vs still in it, a report called untrue, weather vs an
    # engine's failure, a dateless report's year): how many were in a group told as «в
    # группе было семь человек» and «нас было девять» (no frame for a group's size); a
    # slope closed against «никакого официального запрета не было» (accounts in other
    # words); (the guide's detention against «не задерживался» found since)
    "heldout59": {"group-size", "slope-closed"},
    # a verdict dated 18 and 19 November (a day apart: left alone as elsewhere); (in the
    # courtroom against tried in absentia found since)
    "heldout60": {"verdict-date"},
    # 17 alive and 5 dead against 15 alive and 7 dead: found, but shown by claims the gold
    # does not name (the 15 of «из 22 человек ... выжили 15» has no counted noun)
    "heldout61": {"survivors-18-nov"},
    # a quarantine declared from 16 November against «никакого карантина нет» and one
    # from 19 November (accounts in other words)
    "heldout62": {"quarantine"},
    # (round 17: core 2/4, 1/4, 2/4, 3/4 first seen; then general rules: a sanctioned or an
    # extradition arrest is custody, extradition approved against not yet decided, a
    # signalling failure and the snow on a roof as causes, a suspension from office)
    "heldout63": set(),
    # («погибших нет» against a passenger who died in intensive care found since)
    "heldout64": set(),
    # 23 children against «из них 28 — юные хоккеисты»: a part of those inside, told by
    # another noun
    "heldout65": {"children-inside"},
    "heldout66": set(),
    # (round 18: core 2/4, 1/4, 2/4, 2/4 first seen; then general rules: a toll told as
    # grown against a later smaller one, a larger toll against the official figure its own
    # report gives, one dead at the event and detained after it, a lawyer's client named by
    # his role): nine detained against sixteen (the two claims share no day and no word
    # but the count's own); old murders against fraud (accusations: no rule)
    "heldout67": set(),  # (an operation's haul and a killing's charge found since round 36)
    # custody of three months against four (the decision names two people, whose term it
    # is stays unclear); (a fraud charge against «не предъявлялось» and consuls never
    # admitted against visits three times found since round 27)
    "heldout68": set(),  # (a term of two people listed together found since round 36)
    "heldout69": set(),
    # (grass burning against a power line found since round 42: a fire that «начался от»
    # the line, a wire torn told verb first)
    "heldout70": set(),
    # round 19 (data volumes in any unit, the staff's error against worn pipes, the dead
    # told by their bodies found, a participle and a dash before the number, a running
    # count as of an hour left out): 71 none; 72 a detention on the 18th against the 17th
    # told of «бизнесмена» (no person resolved), jail against house arrest two days
    # apart, Moscow's «собственность российского бизнеса» against «не имеет отношения к
    # России» (accounts in other words); 73 when the failure began (an hour against the
    # evening before: no rule for the start of an event), no leak against data of all
    # passengers (other words); 74 heat back on the 18th against the 20th (the date of a
    # restoration: no rule)
    "heldout71": set(),
    # (jail against house arrest found since round 57: a measure told as it stands)
    "heldout72": {"moscow-vs-yerevan"},
    "heldout73": {"failure-start", "leak-denied-vs-claimed"},
    "heldout74": set(),  # (heat back on the 18th vs the 20th found since round 27)
    # round 20 (causes told by a failed part, a storm, a breach of the rules; a magnitude
    # and the tonnes spilled; a document's date): 75 the commander praised against
    # suspended (accounts in other words); 76 who proposed the exchange (an English
    # account against Russian words) and one man freed or still held (no status of a
    # person told by «в списке не оказалось»); 77 a wave of 3-4 m against up to 5 m
    # (heights: no rule); 78 thirteen aboard against a crew of fourteen (aboard and a
    # crew are compared only where claims read alike). (75's landing time and 77's
    # kindergarten found since round 21: a landing told plainly, harm to a named thing.)
    "heldout75": {"commander-status"},
    "heldout76": {"who-initiated", "fogel-included"},
    "heldout77": set(),  # (a wave's height found since round 36)
    "heldout78": set(),  # (one named ship's crew found since round 36)
    # round 21 (those who attacked and those seized; harm to a named group or thing; a
    # death against «погибших нет»; the key rate and its step; a meeting's day): 79 137
    # dead (a toll told as grown) against at least 143 the same morning (an update is the
    # news of its day); 80 the year's inflation forecast kept at 6-7 % or raised to 7-8 %
    # (ranges of a forecast: no rule); 82 the source dish (two products named, no rule)
    # and 61 hospitalised against 74 poisoned (two words for one count)
    "heldout79": {"death-toll-24-march"},
    "heldout80": {"inflation-forecast-2026"},
    "heldout81": set(),
    "heldout82": {"source-dish", "count-18-nov"},
    # round 22 (the hour contact was lost, a version against the cause, the year a machine
    # was made, those among the passengers, a denial of a thing named by a phrase, a count
    # read past a comma): 83 each spouse blaming the other's guards for the shooting
    # (accounts in other words); 85 workers affected told by four verbs and three nouns
    # (сотрудники, работники, люди: no class of staff), a regime's length (three months
    # against half a year: no rule for a duration), pay cut by a fifth against «не
    # снизится» and lists for dismissal against «сокращений не планируется» (accounts in
    # other words); 86 a blast that began at the filling station against a fire that
    # reached the warehouse (no rule for where an event began); its 35 dead at 11:52
    # against 33 «на 14:00» the same day is found since round 23 ordered a day's reports
    # by the hour their date lines print
    "heldout83": {"who-fired-first"},
    "heldout84": set(),
    "heldout85": {"workers-affected", "regime-duration", "pay-cut", "layoffs"},
    "heldout86": {"cause-of-blast"},
    # round 23 (a day's reports ordered by their hour, the stake and the price of a deal,
    # those a collapse cut off, a status dated only by a participle's phrase): 87 the
    # depth of the collapse (125 m against about 150 m: no rule for a measure of the
    # site); 88 charges «по шести пунктам» against «по 12 пунктам» (a count of charges is
    # no frame, and «12 пунктам» is not read as a count); 89 a regional emergency
    # declared («подписал указ о введении режима ЧС») against «так и не был объявлен»
    # (the yes/no rule reads «объявить» as a verb of saying, and «введение» meets no
    # verb of declaring) and 24 who sought help at 12:40 against 31 injured by the
    # evening (read as the toll's rise); the emergency found since round 24 (a saying
    # verb's passive participle denies a deed, «введение» is one question with
    # «объявить»)
    "heldout87": set(),  # (the depth found since round 36)
    "heldout88": set(),  # (how many charges found since round 36)
    "heldout89": {"injured-18nov"},
    "heldout90": set(),
    # round 24 (first seen 1/4, 2/4, 0/4, 1/4): 91 one sailor missing at 08:05 against two
    # at 11:42 (read as the count's rise); 93 three vehicles on the span against two (a
    # verb of its own frames each count), a bridge «не признавался аварийным» against
    # «признала мост аварийным» in March 2024 (claims naming the act's year are read as
    # an older affair, and the rest read too unlike for one question), (a district head
    # «отстранен» against «продолжает исполнять обязанности»: found since round 32), the
    # last inspection in 2023 against 2021 («в
    # последний раз» is read as another event of its kind); 94's two misses (a case opened
    # against «дело пока не возбуждено», the quarter's revenue) found since round 25 (a
    # side's evidence reads most like the other side; a company's results by period)
    "heldout91": {"missing-count"},
    "heldout92": set(),
    # (93's emergency declared or not, found since round 53's rules)
    "heldout93": {"vehicles-on-span"},
    "heldout94": set(),
    # round 25 (first seen 1/4, 2/4, 0/4, 2/4): 95 the attacker held on the spot against
    # fled and caught in garages (no status of where or when one was held), a guard at the
    # entrance against none since September (no question of a post manned or empty); 96 a
    # recount ordered against refused (a decision of a body's meeting against «не
    # усматривает оснований», «отказали»: no one verb); 97 water intakes stopped against
    # working (the stop is now set against «водозабор никто не останавливал», a claim the
    # gold leaves out; «работает» answers «остановить» only as its opposite, which no rule
    # reads); 98's two suspects detained against «никто ... не задержан» found since round
    # 26 (none held told of the whole story)
    "heldout95": {"detention", "guard-at-entrance"},
    "heldout96": {"recount-1417"},
    "heldout97": {"water-intakes"},
    "heldout98": set(),
    # round 26 (none held against a count of them; a court's measure in a lawyer's words
    # naming no one; a bribe in tranches; «Погибших девять, а не семь»; a warning
    # announced; a thing stopped against nobody stopping it): 99 power restored to every
    # home on Thursday against Saturday (no event of restoration is dated); 102 the
    # substance found (two drugs' names: no lexicon of substances) and the day the sample
    # was taken (no event of a sample)
    "heldout99": set(),  # (power back on Thursday vs Saturday found since round 27)
    "heldout100": set(),
    "heldout101": set(),
    "heldout102": {"substance", "sample-date"},
    # round 27 (core 2/4, 0/4, 1/4, 1/4 first seen, with the restoration rule written before
    # the sets were seen; then general rules: a group's size, found alive, houses under
    # water, cars off the rails, the day one event happened, someone hurt against none,
    # deaths told in other words, warnings and acts told in other words, none held «по
    # делу», speeding told by figures, date lines with an update in brackets, an issue
    # number, a counter by its sign); a fracture told as «перелом» and «сломана рука»
    # against «переломов не выявлено», missed then, is one person's question since round 29
    "heldout103": set(), "heldout104": set(), "heldout105": set(),
    "heldout106": set(),
    # round 28 (core 0/4, 1/4, 1/4, 2/4 first seen; then general rules: a fire's start,
    # containment and end are three hours, a power cut against a broken part, «среди
    # погибших — X» against «выжил и находится в реанимации», cars buried by a landslide,
    # a part «два из четырех», none needed or found («рекомендаций не требуется»,
    # «превышений не выявлено»), a charge never brought): people in the cabins (63)
    # against those evacuated (47; the evacuated are all of them only in this story);
    # lowered by rescuers against the line restarted, and the hours until the last was
    # down told as a span (accounts and durations: no rule); a letter of warning sent
    # against «сигналов не получало» (other words); what burned (two substances' names);
    # the hour the gates opened (no event of opening) and turnstiles working against
    # failing (other words)
    "heldout107": {"stranded-count", "rescue-method", "hours-until-last"},
    "heldout108": {"road-service-warned"}, "heldout109": {"substance-burned"},
    "heldout110": {"gates-opening-time", "turnstiles-failed"},
    # round 29 (core 2/4, 1/4, 0/4, 1/4 first seen; then general rules: counts of one day
    # told at two parts of it, a ship aground and an animal caught as events with an hour,
    # someone wounded or in hospital with wounds against none hurt, an outbreak's first
    # cases dated, a lawyer's client in a report about no one, a licence held or none):
    # (an outbreak's source, a grounding's cause and how an animal got out: found since,
    # by round 30's causes) whether an animal was shot or taken alive (no rule for an
    # animal's fate), a sum
    # told as damage against money «выведено» (two topics), house arrest told of a man by
    # his title alone («Ректора отправили под домашний арест»: the title describes no one
    # person in the story) (an official's post told in other words, «числится ректором»,
    # «остается ректором»: found since round 32)
    "heldout111": set(),
    "heldout112": set(),
    "heldout113": {"tiger-fate"},
    "heldout114": {"damage-sum"},
    # round 30 (core 2/4, 0/4, 0/4, 2/4 first seen; then general rules: an outbreak's,
    # a grounding's and an escape's causes, homes cut off told by «пропала вода» and
    # «без холодной воды», buyers of flats however named, those to sit an exam, how far a
    # building is built, dismissed against suspended, an event called off against held,
    # a company bankrupt against under observation, gone abroad and wanted against at
    # home, a toll set «на тот же момент»): where goods came from (invoices against «never
    # shipped»: no question of a supply), where leaked tasks came from (a school against a
    # server: no causes of a leak)
    "heldout115": {"supply-origin"},
    "heldout116": {"leak-source"},
    "heldout117": set(),
    "heldout118": set(),
    # round 31 (core 2/4, 1/4, 2/4, 2/4 first seen; then general rules: those in a grave
    # state are a part of the hurt, a false report of an attack asserts none, someone
    # detained against no one): the hour the fire brigade was called (a call is no event
    # of its own), a fire's cause told as where it started (at a ventilator, in an
    # electrical panel), the day of a lift's last inspection, who is to blame told as each
    # side's failings, the hour the first letters came, when a loss was noticed, a
    # painting's value against the damage (the floor a lift fell from found since round 35)
    "heldout119": {"fire-cause"},
    "heldout120": set(),
    "heldout121": {"first-letters-hour"},
    # (round 62: the suspect's detention, told with no name by the police, was found only
    # while a lawyer's «его допросили как свидетеля» and the police's «о задержании
    # местного жителя» were both read as an expert named in the feature; «его» opening a
    # claim is since the man named last, the suspect, whom the police's words never name)
    "heldout122": {"noticed-missing", "painting-value", "suspect-detained"},
    # round 32: where a trawler was (inside or outside a zone, miles from the shore) and the
    # catch aboard in tonnes (no such quantities); (the months wages are late, five against
    # three, found since round 35)
    "heldout123": set(),
    "heldout124": set(),
    "heldout125": {"inside-or-outside-zone", "catch-aboard"},
    "heldout126": set(),
    # round 33 (core 0/4, 2/4, 0/4, 1/4 first seen; then general rules: cars in a jam,
    # the victims of a fraud, farm birds lost, a zone's radius, a bank's shortfall, the day
    # of a verdict, a diagnosis, a licence's revocation or the first payments, death by
    # cold, a plea told «в суде», a product in the shops, money returned in full, the
    # hours people were stuck): who is to blame told as each side's failings
    "heldout127": {"who-is-to-blame"},
    "heldout128": set(),
    # (since round 57, «По его данным, падеж начался 3 ноября» makes the speaker a teller,
    # not one of that day's event, so his next words are dated by the report: «за неделю
    # пало свыше 31 тысячи» then reads as a later, larger toll, a rise; it was found only
    # through that wrong day)
    "heldout129": {"birds-died"},
    "heldout130": set(),
    # round 34 (core 0/4, 2/4, 1/4, 0/4 first seen; then general rules: those in a fight,
    # a source told between a count and its verb, weapons used or not, a bill's charges
    # risen, a recalculation done, a passive dismissal's own subject, those who searched,
    # how far and how long the lost were, the visibility, a storm warning passed on, the
    # law's cap on an insurance; who found the lost): how a fight started (a queue against
    # unpaid wages: causes of no kind the lexicon knows), flats against households
    "heldout131": {"how-it-started"},
    "heldout132": set(),
    "heldout133": {"households-affected"},
    "heldout134": set(),
    # round 35 (core 1/4, 2/4, 1/4, 1/4 first seen; then general rules: rides taken free, a
    # failed update against a break-in, losses, hours told in words, an earthquake's and a
    # warning's hour, a builder's faults against the upkeep, a year of being put into
    # service, none dead in more words, houses damaged, trees to be felled, a crowd the
    # organisers counted, works halted or going on): who ordered an update (the contractor
    # on its own against the client's written request: accounts in other words)
    "heldout135": {"who-ordered-update"},
    "heldout136": set(),
    "heldout137": set(),
    "heldout138": set(),
    # round 36 (core 1/4, 1/4, 1/4, 0/4 first seen; then general rules: inmates who fled,
    # the hour an absence was found, a reward, tickets sold, a crowd gathered, force used on
    # a crowd, a refund, a case opened or only a check, one person hurt, a landing's hour,
    # a flight's delay, a passenger going for the door, stations run dry, a ration, a
    # shortage's causes, a deadline; in session 34 the way out and a price raised): none
    # left
    "heldout139": set(),
    "heldout140": set(),
    "heldout141": set(),
    "heldout142": set(),
    # round 37 (core 0/4, 2/4, 2/4, 0/4 first seen; then general rules: a leak's size, how
    # long a service was down, the hour a breach was caught, signatures thrown out, the hour
    # a body sat, vehicles a crash took in, a thing denied flat, jobs lost, the day a stop
    # takes effect, «X нет», a plant closing or not; and, in the session after, what
    # kinds of data a leak held and the weather told lying on the road as a crash's cause)
    "heldout143": set(),
    "heldout144": set(),
    "heldout145": set(),
    "heldout146": set(),
    # round 38 (core 0/4, 0/4, 1/4, 0/4 first seen; then general rules: how long help took
    # to come, complications as causes of death, «никто ... не» past a phrase, what a thing
    # «является», the first call's hour, one person still missing, travellers stranded, a
    # licence's state, a warning denied by «без»): an anaesthetist on duty or not (a
    # role's presence denied, «не было ни одного дежурного анестезиолога», against
    # «находился на дежурстве»: people are no things the yes/no rule denies); who ordered
    # a demolition (a categorical who), a permit issued or not (the issuing told by a
    # participle in one report, denied in the other's words with no noun beside the verb),
    # what is left of a house (a wall against «ничего»); people on an ice floe (34 against
    # «около полусотни»: the floe is named by a pronoun, «на ней находились»); a debt (612
    # million against «около 240 млн» with no currency)
    "heldout147": {"anaesthetist-on-duty"},
    "heldout148": {"who-ordered", "demolition-permit", "what-remains"},
    "heldout149": {"people-on-floe"},
    "heldout150": {"fuel-debt"},
    # round 39, first seen (code of 833c094): dogs counted, a child's condition, dogs
    # astray or owned, a contract in force (151); tonnes of fish, a cause, a sample's
    # reading, discharges stopped (152); compensation, a winless run, the day of a decision
    # (153); time stuck, people led out, a cause, smoke in a car (154); then general rules:
    # those led out told by two claims naming no place are the story's one evacuation, and
    # an open bound beside a figure as well supported that it holds adds no side; the time
    # people were stuck, in minutes; the tonnes a fish kill took
    "heldout151": {"dog-count", "child-condition", "stray-or-owned", "contract-in-force"},
    "heldout152": {"cause", "ammonium-sample-17-nov", "discharge-stopped"},
    "heldout153": {"compensation", "winless-run", "decision-date"},
    "heldout154": {"cause", "smoke-in-car"},
    # round 40, first seen (code of 724be3b): 3, 2, 2 and 0 of 4 core; then general rules:
    # one year's shipments of goods, the first call of a year, an initiator told by a side's
    # adjective, a list of tolls, an hour a blast was felt, the last inspection, a source's
    # pronoun no convict, a ban lifted, eased or in force. Left: two days of one group's
    # detention (two named and a company's staff, 155); a measure whose evidence holds no
    # gold claim, and two articles of one case (156)
    "heldout155": {"detention-date"},
    "heldout156": {"measure-nov18", "criminal-article"},
    "heldout157": set(),
    "heldout158": set(),
    # round 41, first seen (code of 549b98b with the hour-in-words reading of fcad570): 3,
    # 1, 2 and 3 of 4 core; then general rules: a report's one vessel for people aboard, a
    # boat overturned, a licence «не было», a reflexive verb's thing, a payout's recipient,
    # a comparison's bound; in the session after, a bribe's sum (a report's one affair
    # beside a plea deal and a law's fine, «всего» alone with its sum). Left: who
    # mediated, told by a thanks and by «основную работу проделала», and a pardon before
    # an exchange against his release in it (161)
    "heldout159": set(),
    "heldout160": set(),
    "heldout161": {"mediator", "savostyanov-exchanged-or-pardoned"},
    "heldout162": set(),
    # round 42, first seen (code of f4705ed, written before the sets were seen): 2, 3, 2
    # and 2 of 4 core; then general rules: a sum after a dash, a count of a neighbouring
    # place, those cut off told of workers or of people, a wire told by its participle, a
    # count told as a possibility. Left: taken into custody at the verdict against house
    # arrest kept (statuses with no day of their own, 163); when the last miner came up
    # (an hour with a weekday, 165); who was summoned, the ambassador or a chargé
    # d'affaires, and a detainee's citizenship (no rule of a person's citizenship, 166)
    "heldout163": {"custody-after-verdict"},
    "heldout164": set(),
    "heldout165": {"last-brought-up"},
    "heldout166": {"who-was-summoned", "detainee-citizenship"},
    # round 43: a leak's cause (a hull crack against a hose torn at loading) has no cause
    # lexicon of spills; its start (Tuesday 05:40 against a sheen seen Monday evening)
    # sets an onset against a sighting; a court's arrest against a detention extended and
    # a psychiatric hospital; the day a sample was taken against the day the officers
    # came; a provisional suspension against a four-year ban; a drug's source (a father's
    # pills against a vitamin complex)
    "heldout167": {"leak-cause", "leak-start"},
    "heldout168": set(),
    "heldout169": {"sample-date", "suspension-status", "trimetazidine-source"},
    "heldout170": set(),
    # round 44, first seen (the working tree of three rules written before the sets were
    # seen: a person's own flat denial, a day in quoted words, a hearing put off): 1, 3, 1
    # and 0 of 4 core; then general rules: a weapon real or a replica, a version named is
    # no answer, a gust or a worn part as a collapse's cause, the minutes a raid took, a
    # road's own length no jam's. Left: the day and hour of a death against the day found
    # dead, an autopsy's «no injuries» against broken ribs, three officers suspended
    # against five dismissed (171); robbers counted by «трое» against «их было четверо»
    # (173); the day a restriction takes effect, a ban against checks told four days
    # apart, infected shipments counted, a call against a meeting (174)
    # (then, before round 45: robbers counted by who burst in, the day a measure takes
    # effect, a call against a meeting of one day; before round 46: an act given another
    # name a week on, things found infected)
    "heldout171": {"death-day", "autopsy-findings", "officers-punished"},
    "heldout172": set(),
    "heldout173": set(),
    "heldout174": set(),
    # round 45, first seen (the working tree of four rules written before: those three and
    # a country run into a name): 3, 3, 1 and 1 of 4 core; then general rules: a ransom
    # asked for a release and paid or not, the days a captive was held, one grant's sum,
    # another citizenship or only Russia's, a contract ended by the employer, the searches'
    # day, an outbreak found on two days, a virus's subtype
    "heldout175": set(),
    "heldout176": set(),
    "heldout177": set(),
    "heldout178": set(),
    # round 46, first seen (the working tree of five rules written before: those two, a
    # recent share of a count, a count running from a day, «нашли» as «найти»): 0, 0, 1
    # and 1 of 4 core; then general rules: a drug's weight seized, those held in a case
    # told by a collective and as a running total, an event's weekday alone, where a death
    # came, a permit issued or not, an event told by «была», the accused's measure, a
    # car's speed, the driver at the wheel, a participle naming those counted, a hotel
    # closed, tourists of the one country counted. Left: the country a cargo came from
    # against the port it was loaded at (179); water against food as an outbreak's cause,
    # and the first ill told by «четвертого числа» (180)
    "heldout179": {"shipment-origin"},
    "heldout180": {"cause", "first-ill-day"},
    "heldout181": set(),
    "heldout182": set(),
    # round 47 (ice storm blackout, match-fixing, avalanche, tour operator stranded
    # tourists), first seen 2, 1, 1 and 1 of 4 core; then general rules: players
    # suspended, a sum paid for an act, a fund's holdings, a match's day through «который»,
    # states as of a part of a weekday, fumes from a generator or a stove, those caught by
    # a snowslide, travellers stranded abroad, a flight flown or called off, a firm struck
    # off a register, help on the spot within minutes; round 48 then found a district
    # fully reconnected against villages in it still dark (183) and a slope closed against
    # no signs or tape at its entry (185)
    "heldout183": set(),
    "heldout184": set(),
    "heldout185": set(),
    "heldout186": set(),
    # round 48 (a carrier rocket fails, insulin missing from pharmacies, a bear attacks
    # tourists, a phone-fraud call centre raided), first seen 2, 1, 3 and 2 of 4 core;
    # then general rules: the accused counted as people held, patients left without a
    # drug, a raid told as an operation, a shortage's start by a part of a month. Left:
    # the second of flight a rocket failed at («на 41-й секунде полета» against «на 14-й
    # секунде») and two insured sums of one launch (187); a batch delivered to a warehouse
    # against not yet shipped (188); a group that left a marked trail or kept to it (189);
    # those a court remanded (19 against 24) stand in one dispute with those detained (27
    # against 32), and the claims shown for 19 are not the gold's (190): splitting a
    # court's remand from a detention lost the held count of sets 4 and 9, where «суд
    # оставил под стражей восьмерых» is the story's one count of people held
    "heldout187": {"failure-second", "insured-sum"},
    "heldout188": {"first-batch-delivered"},
    "heldout189": {"off-trail"},
    "heldout190": {"court-arrested-count"},
    # round 49 (a marketplace's warehouse burns, a hockey player moves clubs, wild
    # mushrooms poison a region, doctors quit a district hospital), first seen 4, 0, 1 and
    # 1 of 4 core; then general rules: an agreement's term (by season, after a comma, as
    # an adjective after its noun, to an end season), the price and the salary told in a
    # report of a player's move, a collective's participle as its noun, a kind of people
    # «в том числе», «жертвами ... стали», notices handed in as people, a hospital's
    # department shut or working. Left: the day the papers were signed (11 November
    # against a Monday, told by «подписали контракт» and «документы подписали», two
    # objects) (192); where the poisoned got their mushrooms, told as a market for all
    # against most picking their own (193); the day notices were filed, told by four
    # verbs (подали, положили, принесли, начали поступать) (194; found since round 50: a
    # paper's passage is one event)
    "heldout191": set(),
    "heldout192": {"signing-day"},
    "heldout193": {"mushroom-source"},
    "heldout194": set(),
    # round 50 (patients' data of a clinic network leak, anthrax in a village, a runner
    # dies in a city marathon, a city overpays for snowploughs), first seen 1, 1, 4 and 1
    # of 4 core (the marathon's kilometre post, field, heat and heart among the rules
    # written before it); then general rules: a dump's size in number words and under
    # «число», whether a breach took place, a paper's passage from sender to addressee,
    # a quarantine imposed or declared, a contract concluded as signed, livestock by its
    # kinds and heads, where a herd's disease came from, what a buyer bought, who signed
    "heldout195": set(),
    "heldout196": set(),
    "heldout197": set(),
    "heldout198": set(),
    # round 51 (a pedestrian bridge collapses at rush hour, a recall of infant formula, a
    # crypto exchange freezes withdrawals, a tourist helicopter crashes), first seen 3, 3,
    # 1 and 1 of 4 core with no rule written for them before; then general rules: a toll
    # told after a dash, customers who suffered a loss, a sum converted from another
    # currency or named by a participle before a dash, a death at the scene beside a
    # survivor, a craft caught by the weather. Open: whether people were on the bridge
    # (told as where the dead were found), a prescription against a voluntary recall, a
    # certificate suspended against valid (201's founder detained against «никто его не
    # задерживал» after his first name and patronymic is found since round 52: a pronoun
    # after the person the claim named)
    "heldout199": {"people-on-bridge"},
    "heldout200": {"regulator-or-voluntary"},
    "heldout201": set(),
    "heldout202": {"operator-certificate"},
    # round 52 (a chlorine leak at a pool, a care-home fire, rural schools merged, a surgeon
    # on a forged diploma), first seen 2, 1, 1 and 0 of 4 core with no rule written for
    # them before; then general rules: a cause cleared in a clause of its own, a pump that
    # failed or jammed, a release put at an hour, a licence held or papers in order, the
    # people in a building that night, a court's milder measure and a house arrest
    # refused or denied, a subject before a parenthesis naming another, a woman's lone
    # surname read as a man's. Open: how many schools and pupils (two verbs, affected and
    # closed, and the claims' likeness below the bar), whether a decision is final or a
    # proposal, how many years and operations (a count with no verb of its own: a tally
    # «on his account», a count after its noun and «было»)
    "heldout203": set(),
    "heldout204": set(),
    "heldout205": {"schools-count", "pupils-count", "decision-final"},
    "heldout206": {"years-as-surgeon", "operations-count"},
    # round 53 (an old block's walls cracked and its people led out at night, a theatre's
    # director gone after a premiere, hail over a farming region, a concert called off),
    # first seen 2, 0, 1 and 2 of 4 core with no rule written for them before; then
    # general rules: a house declared unsafe or never, an evacuation begun at an hour, a
    # show dropped or only moved, who called an event off, an employer's decision against
    # one's own will, none held, crops lost and a district's share, a regime in force since
    # a weekday or today, an outlet told between the verb and the speaker, two speakers'
    # clauses joined by a comma. Open: how many walked out (a verb the lexicon does not
    # know, its reports days apart), whether the crops were insured (a yes of «большая
    # часть» against «ни одного договора»)
    "heldout207": set(),
    "heldout208": {"walkouts-at-premiere"},
    "heldout209": {"zarechinsky-insured"},
    "heldout210": set(),
    # round 54 (a city's scooter ban, a wartime bomb dug up, a wooden church burnt, a fare
    # rise): first seen 1, 1, 3 and 2 of 4 core with no rule written for them before; then
    # general rules: a found object's weight, ordnance destroyed on the spot or taken to a
    # range and by which service, a child hurt against none among the hurt, a tally kept
    # since a start told smaller later, a ban in full over the whole city or one district, a
    # group's benefit kept or cancelled, a ride's fare by the way it is paid, things carried
    # out of a fire
    "heldout211": set(),
    "heldout212": set(),
    "heldout213": set(),
    "heldout214": set(),
    # round 55 (a lottery jackpot, unrest in a penal colony, a water main burst, a landslide
    # on a mountain road): first seen 0, 2, 3 and 1 of 4 core; then general rules: a prize's
    # sum however written, where a thing was sold, a deed still not done days after it was
    # told done, an act of force denied by its noun, a case denied under another article,
    # inmates counted who are no one detained, a main worn through or hit by a digger, rains
    # or a slope cut for a road, vehicles buried, a road opened again by a part or in whole.
    # One winning ticket against two is told by «в одном билете», «единственный»: «one» is
    # read as a count only after a word of harm or custody. «No one hurt» and «three hurt»
    # are told four days apart, as a growing toll would be
    "heldout215": {"winning-tickets"},
    "heldout216": {"inmates-injured"},
    "heldout217": set(),
    "heldout218": set(),
    # round 56 (a runaway tram, a plagiarised dissertation, carbon monoxide in a workers'
    # dormitory, an illegal tap on a fuel pipeline): first seen 3, 1, 3 and 2 of 4 core;
    # then general rules: one's decision to dismiss against a leaving of one's own will, a
    # vote's tally, an intent to appeal, a heater against a generator, a spill in the water,
    # one of a group told in the sentence before, a year that dates a thing, not its count
    "heldout219": set(),
    "heldout220": set(),
    "heldout221": set(),
    "heldout222": set(),
    # round 57 (a tower-block fire from a charging scooter, a car through a river ice
    # crossing, a legionellosis outbreak, fireworks into a festival crowd): first seen 1, 1,
    # 0 and 1 of 4 core; then general rules: a measure told as it stands, a town taken for
    # a person, the event under a word for any event, a thing opened and never opened, what
    # one learned others said, a vehicle through the ice. Missed: people taken off balconies
    # told by verbs the counts do not read («сняли с балконов»); people in a car, as no
    # vessel's named; five dead «на самом деле» against three, told as an update of patients
    # against people; a day against a day told with «также» and «первого обращения», read
    # as a recurring event; a finding in samples told of «легионелла» against «Legionella»;
    # two detained (a pyrotechnist and his helper) against three employees, two nouns
    "heldout223": {"ladder-rescues-count"},
    "heldout224": {"passengers-count"},
    "heldout225": {"dead-count", "tower-stop-date", "legionella-in-tower"},
    "heldout226": {"detained-count"},
    # round 58 (ice from a roof, a rabid fox, a couriers' strike, an escalator run
    # backwards): first seen 0, 1, 2 and 0 of 4 core; then general rules: those held listed
    # one by one after a dash, a detention's procedure («в порядке статьи 91 УПК») no law's
    # wording, an answer in a claim naming another person, suspended from work as out of
    # office, the bitten as the hurt, and two more date lines. Missed: an hour told with no
    # event word, in a witness's words; a measure told «ранее» (an earlier hearing's,
    # as the rule reads it); a roof cleaned and never cleaned in two verbs; children among
    # the bitten, three told twelve days later (a growing toll); a vaccine run out against
    # «перебоев нет»; a detention at a rally against one at home the next morning (a day
    # against no day); earnings fallen against risen; a maintenance day against a month, in
    # two claims with no verb in common; both accused told held in custody (two people);
    # a centre closed against working (two verbs). Round 59's rules found all of these
    # but the hour, the detention and the earnings: a measure told «ранее» (no longer read
    # as an earlier hearing's), work done on a day against none that month, children
    # counted after «из них —», a medicine out against «перебоев нет», a last maintenance
    # told with the day of the words, «both accused», a venue open or closed
    "heldout227": {"time-of-fall"},
    "heldout228": set(),
    "heldout229": {"gladyshev-detention-time", "earnings-after-tariffs"},
    "heldout230": set(),
    # round 59 (newborns infected in a perinatal centre, miners trapped by a methane flare,
    # a circus tiger loose, a mock exam's papers leaked): first seen 1, 3, 2 and 1 of 4
    # core; then general rules: the ill counted by what was found in them, newborns as
    # children, a ward closed since a day (a short form tied with the adjective read as the
    # participle; «новых пациентов» no new event), the hour of the last one brought out, of
    # an escape, an hour bounded («не раньше») or denied, a measure denied beside the one
    # chosen and one told «якобы», the speaker named in the claim not whose measure it is,
    # an exam sat again or not, results annulled. Missed: parents told or not, in two
    # verbs of saying; the day a ministry learned of a leak against a teacher's call the
    # night before (two events told of one knowing)
    "heldout231": {"parents-informed"},
    "heldout232": set(),
    "heldout233": set(),
    "heldout234": {"leak-discovered-when"},
    # round 60 (norovirus after a school lunch, a district without heat after a boiler
    # accident, a village flooded by a dam's discharge, a stray bullet from a shooting
    # range): first seen 2, 2, 2 and 2 of 4 core, with round 59's rules; then general
    # rules: food samples kept or missing, heat given back told as given («тепло подано»,
    # «пришло»), a readiness passport as a permit, the hour water came in and of a
    # wounding, shots fired counted by their noun, people warned («оповещены») as the
    # alarm's question. Missed: 31 in one hospital against 19 in all (a part larger than
    # the whole is not read)
    "heldout235": {"hospital-count-friday"},
    "heldout236": set(),
    "heldout237": set(),
    "heldout238": set(),
    # round 61 (a jet off a snowy runway, sewage in a water intake, a dormitory fire, a
    # ferry adrift): first seen 4, 3, 3 and 2 of 4 core; then general rules: the hour an
    # engine failed, the day a quote was said no decision's day, a day of a relative clause
    # no detention's. Missed: more than 130 at one hospital against 58 in all, both told as
    # of one morning (a count as of a part of the day rivals none, by design); the captain
    # detained or never, told «капитан парома» against his name (the lawyer's «защитник
    # капитана парома» makes the description two people's; reading it as the client's
    # lost more on sets 113 and 226 than it won)
    "heldout239": set(),
    "heldout240": {"sick-count-thursday-morning"},
    "heldout241": set(),
    "heldout242": {"captain-status"},
    # round 62 (a mercury spill in a school, hikers lost on a winter ridge, a fog pile-up
    # on a highway, a temporary stand collapsing at a school match): first seen 2, 2, 2 and
    # 2 of 4 core; then general rules: a patient's bed never given or lasting, a modal word
    # reaching its own clause only, «его» opening a claim and a speaker's husband as the
    # man of a detention denied, a deed denied in the past tense (or a paper missing) days
    # after it was told, acts named by their «-ка» noun, one report's two sources of a day,
    # a count of a moment gone by, a verb and its reflexive as one event, a day denied for
    # another, the alarm raised with the rescuers
    "heldout243": set(),
    "heldout244": set(),
    "heldout245": set(),
    "heldout246": set(),
    # round 63 (icons stolen from a museum, a hospital power cut, a housing complex left
    # unbuilt, skiers stranded on a chairlift; a listed house demolished overnight, a park
    # tree on a bus stop, a bank charging twice, zoo animals poisoned): first seen 1, 2, 3,
    # 1 and 1, 2, 4, 2 of 4 core with round 62's rules; then general rules: a power cut, the
    # last one lowered by an hour, works begun and a call about an event as hours; a
    # preliminary count a later one passes; machines counted by one verb; a collection's
    # pieces by a general word; a dismissal denied by leave or by the person; a machine's
    # start denied by its head word; a permit acted on, a certificate, an expert's
    # conclusion in force or run out; the first animals ill. Missed: works stopped by
    # mid-August against on 2 October (a state since a day against an act's day, seven
    # weeks apart); 47 on a chairlift by the turnstiles against 72 taken off it (two verbs);
    # a tree listed for felling or not (told by a list it stood or did not stand in)
    "heldout247": set(),
    "heldout248": set(),
    "heldout249": {"works-stop-date"},
    "heldout250": set(),
    "heldout251": set(),
    "heldout252": set(),
    # (253's notice to the Bank of Russia was found until its business daily's date line,
    # «23 ноября 2026, 00:05 · Газета № 214», was read: the bank's yes told on Thursday
    # and the regulator's no told in that report no longer meet within the question's days)
    "heldout253": {"cb-notified"},
    "heldout254": set(),
    # round 64 (a lift cabin falling, cyanide from a tailings dam, a crush at an arena's
    # doors, an official's car into pedestrians; then sixteen more stories, 259-274, each
    # batch scored once before the rules written from the batches before it): first seen 1,
    # 1, 2, 3 of 4 for 255-258 with round 63's rules; then general rules (the commit's
    # message lists them). Missed: 268's blast hour (14:05 against 13:20, an «около» beside
    # a clock time 45 minutes off: found first seen only by reading «в начале третьего часа
    # дня» as the night's); 272's driver (a detention told of «водитель маршрутки» against
    # his wife's and the chief doctor's words, not met as one person's answers); 273's
    # pensioner count («18 тысяч клиентов» against 41,300 told by other nouns and verbs) and
    # the day the money came; 274's director (a detention against «она не задержана» whose
    # «она» is read as another woman), the roof cleared («убирали снег с крыши» against «не
    # убирался» with the roof a clause away) and the hour of the collapse (a lesson's start
    # and a pupil's message are no hours of it)
    "heldout255": set(),
    "heldout256": set(),
    "heldout257": set(),
    "heldout258": set(),
    "heldout259": set(),
    "heldout260": set(),
    "heldout261": set(),
    "heldout262": set(),
    "heldout263": set(),
    "heldout264": set(),
    "heldout265": set(),
    "heldout266": set(),
    "heldout267": set(),
    "heldout268": {"blast-time"},
    "heldout269": set(),
    "heldout270": set(),
    "heldout271": set(),
    "heldout272": {"driver-status"},
    "heldout273": {"pensioner-count", "money-arrival-day"},
    "heldout274": {"director-status", "roof-cleared", "collapse-time"},
}
# traps these sets spring today, each a known weakness: a detention and the court's arrest
# two days later read as two statuses of one day; one workshop's debt stands beside the
# total because «только перед работниками этого цеха» is not read as a part
KNOWN_SPRUNG: dict[str, set[str]] = {
    # «число пострадавших выросло до 14» is read since round 50 and joins the side of 14
    # in the real dispute of the hurt (14 against 8, told by a later report); the trap's
    # earlier nine stand on the other side of that conflict
    "heldout11": {"injured-rising"},
    # one claim holds the measured 90 km/h (a side of the real conflict against the
    # lawyer's «не быстрее 60») and, in its next sentence, the road's 60 km/h limit, the
    # trap's other side
    "heldout123": {"limit-vs-speed"},
    # the ministry's «пока остается в должности» in the day against his leaving the post
    # that evening: a yes and a no of one day read as a dispute, not a change
    "heldout101": {"in-office-then-left"},
    # one sentence holds the average rise (15 %, a side of the real conflict against 12 %)
    # and «до 18%» on archive plans, the trap's other side; the 640 thousand subscribers
    # of one region («в Новосибирской области — около 640 тысяч») stand beside the
    # country's 9.4 million because a report naming no place joins every place's count
    # (and the second quarter's revenue, «а во втором квартале — 45,1 млрд», sits in the
    # sentence of the third's 46.8 billion, a side of the quarter's real conflict)
    "heldout94": {"average-vs-archive-max", "russia-vs-novosibirsk", "q2-vs-q3"},
    # one sentence holds the commission's 18 complaints (against 27, a real conflict) and
    # «девять из них», the trap's other side; the candidate struck off «в августе» and «20
    # августа» stand on one side of the real conflict (struck off against withdrew), but
    # the scorer counts any conflict holding both claims
    "heldout96": {"complaints-subset", "august-vs-20-august"},
    # «утром ... сообщал о трех погибших, вечером ... писали уже о пяти»: the claim that
    # tells how the toll grew holds the five, a side of the toll's real conflict (five
    # against six against seven), and the three, the trap's other side
    "heldout71": {"tass-three-retold-vs-seven"},
    # the people each side handed over («в Россию были переданы 10 человек, ... в Германию
    # - 13») against the whole of one side's: directions of an exchange are not read
    "heldout76": {"subsets-of-sixteen"},
    # one sentence holds the seven detained (against two, a real conflict) and «двое из
    # них — граждане России», the trap's other side
    "heldout68": {"russians-subset"},
    # «Там огонь уничтожил 12 домов»: «там» is the neighbouring district the sentence
    # before names, not read as a place
    "heldout70": {"neighbouring-district-fire"},
    "heldout20": {"detention-vs-court-arrest"},
    "heldout21": {"workshop-subset"},
    # a count of an older detention in another city, dated by a month only («В августе
    # двое россиян были задержаны в Гюмри»), meets the story's undated counts
    "heldout35": {"gyumri-august-vs-yerevan"},
    # the yes/no rule on leaving office pairs answers that name no one: a predecessor's
    # resignation two years before («который покинул пост по собственному желанию»)
    # meets the dismissal
    "heldout47": {"ladygin-own-will-2024"},
    # one sentence holds the company's fine (a side of a real conflict, 150 against 300
    # thousand) and its director's 30 thousand, the trap's other side
    "heldout16": {"company-vs-ceo-fine"},
    # three injured «по состоянию на утро» against five in the evening: a toll that rose,
    # though set 36's gold holds a count «as of 15:00» against the day's a conflict
    "heldout52": {"morning-vs-evening-injured"},
    # one sentence holds the crew (24 against 26, a real conflict) and the Russians in it
    # (14 against 9, another): evidence of both, it springs the trap between them
    "heldout56": {"crew-total-vs-russians"},
    # an older raid dated 9 October (five weeks before) with no word of another affair
    # but «тогда», told after «стал вторым за осень»
    "heldout57": {"earlier-raid-severny"},
    # 27 detained on the night of a brawl and 96 taken in during the raids of the next days:
    # two operations, told with no date of their own
    "heldout131": {"night-vs-raids"},
    # «около 11 тысяч человек, в том числе более 6 тысяч школьников»: one sentence holds a
    # side of the real dispute (11 against 19 thousand) and the trap's part
    "heldout121": {"pupils-part-of-total"},
    # one sentence holds the real dispute's thirteen hurt and the trap's seven of them in
    # hospital («обратились 13 пассажиров, семеро из них положены в стационар»)
    "heldout126": {"hurt-vs-hospitalised"},
    # one sentence holds a side of the real dispute (43 homes damaged against 118) and the
    # trap's seven social buildings («повреждения получили 43 жилых дома, а также семь
    # социальных объектов»)
    "heldout138": {"homes-vs-social-facilities"},
    # one sentence holds a side of the real dispute (31 vehicles against 23) and the trap's
    # nine trucks of them («в ДТП попал 31 автомобиль, девять из них — грузовики»)
    "heldout145": {"trucks-part-of-total"},
    # a lawyer's «мой доверитель признал вину» (a co-defendant's) stands beside the
    # defendant's «не признал»: whose client is not read
    "heldout163": {"codefendant-guilt"},
    # two defendants' pleas (one denies, one admits) read as one person's yes and no
    "heldout173": {"two-defendants-plea"},
    # two regions' heads each tell their region's sick infants («в регионе заболели шесть
    # детей», «... пятеро детей»): the region is named only in the speaker's title, which
    # the count's place does not read
    "heldout200": {"two-rpn-heads"},
    # two fines of two acts («за опоздание ... 200 рублей», «за отмену заказа ... 300
    # рублей») read as one sum told two ways: what a sum is paid for is not read
    "heldout229": {"two-fines"},
}


@pytest.mark.parametrize("name", sorted(KNOWN_MISSES))
def test_heldout_golden(name: str, tmp_path: Path) -> None:
    """On the held-out sets: every core conflict found but the known misses, no trap
    sprung; a change that loses them on text written blind fails here."""
    root = Path(__file__).resolve().parent / "data" / name
    path = tmp_path / "h.db"
    with pytest.MonkeyPatch.context() as mp:  # a yearless dateline's year: see test_heldout
        mp.setattr(clean, "_today", lambda: SETS_TODAY)
        result = CliRunner().invoke(app, ["--db", str(path), "ingest", str(root / "sources")])
    assert result.exit_code == 0, result.output
    gold = tomllib.loads((root / "gold.toml").read_text(encoding="utf-8"))
    missed, sprung = _against_gold(path, gold, root / "sources")
    assert set(missed) <= KNOWN_MISSES[name]
    assert set(sprung) <= KNOWN_SPRUNG.get(name, set())


def _against_gold(path: Path, gold: dict, sources: Path  # type: ignore[type-arg]
                  ) -> tuple[list[str], list[str]]:
    """(core conflicts missed, traps sprung) of a database against its gold."""
    db = open_db(path)
    claims = load_claims(db)
    texts = {p.name: p.read_text(encoding="utf-8") for p in sources.iterdir()}
    found = [{s.claim_id for s in k.conflict.sides} for k in store.load_conflicts(db)]

    def covering(anchor: str) -> set[int]:
        out = set()
        pat = re.compile(r"\s+".join(re.escape(w) for w in anchor.split()))
        for sc in claims:
            for m in pat.finditer(texts[sc.doc]):
                a, b = m.span()
                if min(b, sc.claim.end) - max(a, sc.claim.start) >= 0.5 * (b - a):
                    out.add(sc.id)
        return out

    def hit(pair: dict) -> bool:  # type: ignore[type-arg]
        a = set().union(*(covering(x) for x in pair["a"]))
        b = set().union(*(covering(x) for x in pair["b"]))
        return any(k & a and k & b for k in found)

    missed = [k["id"] for k in gold["conflict"] if k.get("core") and not hit(k)]
    sprung = [t["id"] for t in gold["trap"] if hit(t)]
    return missed, sprung


def test_gold_copy_is_current() -> None:
    ours = Path(__file__).resolve().parent / "data" / "seed_gold.toml"
    assert tomllib.loads(ours.read_text(encoding="utf-8"))["conflict"]


# ---------------------------------------------------------------- round 2: counts


def test_each_side_lists_every_report_of_its_value() -> None:
    # the region's police and the city's report tell «25» in reports naming other places;
    # the side «25» must hold both, not one representative
    common = (("Самаре", "Самара"), ("Струковском парке", "Струковский парк"))
    a = claim("На акции в Самаре в Струковском парке задержали 25 человек.", doc="a.txt",
              doc_id=1, counts=(("25 человек", 25, "человек"),), places=common)
    b = claim("На акции в Самаре в Струковском парке задержаны 34 человека.", doc="b.txt",
              doc_id=2, counts=(("34 человека", 34, "человек"),), places=common)
    c = claim("Полиция Самарской области: на акции в Струковском парке задержаны 25 человек.",
              doc="c.txt", doc_id=3, counts=(("25 человек", 25, "человек"),),
              places=(("Самарской области", "Самарская область"),
                      ("Струковском парке", "Струковский парк")))
    d = claim("В Самаре открылся парк.", doc="c.txt", doc_id=3, places=(("Самаре", "Самара"),))
    found = conflicts.find_conflicts([a, b, c, d])
    assert len(found) == 1
    assert {(s.claim_id, s.value) for s in found[0].sides} == {
        (a.id, "25"), (b.id, "34"), (c.id, "25")}


@pytest.mark.parametrize(
    ("text", "counted", "expected"),
    [
        ("Правозащитники называли другую цифру — 34 задержанных.", ("34", 34, "задержанный"),
         [("custody", "люди", 34)]),
        ("Число погибших на трассе возросло до 5 человек.", ("5 человек", 5, "человек"),
         "update"),
    ],
)
def test_participle_counts_and_toll_updates(text: str, counted: tuple[str, int, str],
                                            expected: object) -> None:
    sc = claim(text, counts=(counted,), doc_id=1)
    if expected == "update":
        other = claim("На трассе погибли 4 человека.", counts=(("4 человека", 4, "человек"),),
                      doc="b.txt", doc_id=1)
        assert kinds([sc, other]) == []
    else:
        got = [(frame, cls, n) for frame, cls, n, _v in conflicts.read_facts(sc).counts]
        assert got == expected


def test_a_count_of_an_older_event_is_left_out() -> None:
    a = claim("Ранее, в 2021 году, там же погибли 12 человек.", doc="a.txt", doc_id=1,
              published="2025-05-13", counts=(("12 человек", 12, "человек"),),
              dates=(("2021 году", "year", "2021-01-01", "2021-12-31"),),
              lemmas="ранее в 2021 год там же погибнуть 12 человек трасса")
    b = claim("На трассе погибли 5 человек.", doc="b.txt", doc_id=1, published="2025-05-13",
              counts=(("5 человек", 5, "человек"),), lemmas="на трасса погибнуть 5 человек")
    assert kinds([a, b]) == []


def test_cause_of_death_by_full_name_and_by_surname_conflicts() -> None:
    a = claim("Причиной смерти Олега Кравца эксперты назвали удары тупым предметом.",
              doc="a.txt", people=(("Олега Кравца", "Олег Кравец"),))
    b = claim("По данным полиции, Кравец умер от сердечного приступа.", doc="b.txt",
              people=(("Кравец", "Кравец"),))
    assert kinds([a, b]) == ["statement"]


# ---------------------------------------------------------------- one statement, two numbers

_CREW = (("Олег Сидоров", "Олег Сидоров"),)


def test_one_statement_retold_with_another_number_conflicts() -> None:
    # no shared place or day: what makes them one statement is the same wording
    a = claim("Как уточнил Олег Сидоров, на борту лайнера находились 212 пассажиров.",
              doc="a.txt", doc_id=1, counts=(("212 пассажиров", 212, "пассажир"),),
              people=_CREW)
    b = claim("Блогеры пишут, что на борту лайнера находились 230 пассажиров, а командовал "
              "Олег Сидоров.", doc="b.txt", doc_id=2,
              counts=(("230 пассажиров", 230, "пассажир"),), people=_CREW)
    c = claim("Все 212 пассажиров вечером улетели резервным бортом.", doc="c.txt", doc_id=3,
              counts=(("212 пассажиров", 212, "пассажир"),), people=())
    c2 = claim("Олег Сидоров, пилот лайнера.", doc="c.txt", doc_id=3, people=_CREW)
    found = conflicts.find_conflicts([a, b, c, c2])
    assert [k.kind for k in found] == ["count"]
    assert {(s.claim_id, s.value) for s in found[0].sides} == {
        (a.id, "212"), (b.id, "230"), (c.id, "212")}


def test_counts_of_one_noun_in_different_statements_do_not_conflict() -> None:
    # nine passengers who saw a doctor are some of the 212 on board
    a = claim("Как уточнил Олег Сидоров, на борту лайнера находились 212 пассажиров.",
              doc="a.txt", doc_id=1, counts=(("212 пассажиров", 212, "пассажир"),),
              people=_CREW)
    b = claim("За медицинской помощью обратились девять пассажиров, сообщил Олег Сидоров.",
              doc="b.txt", doc_id=2, counts=(("девять пассажиров", 9, "пассажир"),),
              people=_CREW)
    assert kinds([a, b]) == []


def test_one_wording_in_two_places_is_two_counts() -> None:
    a = claim("Как сообщил Олег Сидоров, в Твери задержали 20 участников акции.", doc="a.txt",
              doc_id=1, counts=(("20 участников", 20, "участник"),), people=_CREW,
              places=(("Твери", "Тверь"),))
    b = claim("Как сообщил Олег Сидоров, в Рязани задержали 15 участников акции.", doc="b.txt",
              doc_id=2, counts=(("15 участников", 15, "участник"),), people=_CREW,
              places=(("Рязани", "Рязань"),))
    assert kinds([a, b]) == []


def test_a_denied_status_is_no_status() -> None:
    day = (("10 октября", DAY, "2024-10-10", "2024-10-10"),)
    person = (("Иван Сидоренко", "Иван Сидоренко"),)
    a = claim("10 октября Иван Сидоренко так и не был освобожден.", doc="a.txt",
              people=person, dates=day)
    b = claim("Иван Сидоренко 10 октября переведен под домашний арест.", doc="b.txt",
              people=person, dates=day)
    assert conflicts.read_facts(a).statuses == []
    assert kinds([a, b]) == []


def test_a_surname_means_the_namesake_named_last_before_it_else_next() -> None:
    mentions = {1: [(10, "Никита Орлов"), (400, "Сергей Орлов")]}
    people = People(["Никита Орлов", "Сергей Орлов"], {1: ["Никита Орлов", "Сергей Орлов"]},
                    mentions)
    assert people.in_doc("Орлов", 1, 200) == "никита орлов"
    assert people.in_doc("Орлов", 1, 500) == "сергей орлов"
    assert people.in_doc("Орлов", 1) is None  # no position: two namesakes, no one
    # before both (a headline gives the surname first): the one named in full next
    assert people.in_doc("Орлов", 1, 5) == "никита орлов"


def test_a_full_name_left_in_an_oblique_case_is_its_person() -> None:
    """The recogniser may leave «Артема Ладова» unnormalised: one person, one key; a
    namesake with another first name stays apart."""
    people = People(["Артем Ладов", "Артема Ладова", "Виктор Ладов", "Ирину Сомову",
                     "Ирина Сомова"])
    assert people.key("Артема Ладова") == "артем ладов"
    assert people.key("Виктор Ладов") == "виктор ладов"
    assert people.key("Ирину Сомову") == "ирина сомова"


def test_a_first_name_alone_is_the_one_person_the_report_names_with_it() -> None:
    """A mother speaking of «Игорь»: the report's one Игорь; two of them, no one."""
    people = People(["Игорь Лунев", "Нина Лунева"],
                    {1: ["Игорь Лунев", "Нина Лунева"], 2: ["Игорь Лунев", "Игорь Белов"]})
    assert people.in_doc("Игорь", 1) == "игорь лунев"
    assert people.in_doc("Игорь", 2) is None
    assert people.in_doc("Олег", 1) is None


@pytest.mark.parametrize(("said", "expected"), [
    ("Настя", "анастасия лунева"), ("Саша", "александр белов"), ("Дима", None)])
def test_a_first_name_told_by_its_everyday_form(said: str, expected: str | None) -> None:
    """A mother's «Настя до сих пор в изоляторе»: the report's one Анастасия."""
    people = People([], {1: ["Анастасия Лунева", "Александр Белов"]})
    assert people.in_doc(said, 1) == expected


def test_a_first_name_and_patronymic_is_no_full_name() -> None:
    """«Андрей Николаевич» is the report's one Андрей, not a person called Николаевич."""
    names = ["Андрей Петров", "Андрей Николаевич", "Сергей Иванов"]
    people = People(names, {1: names})
    assert people.resolve("Андрей Николаевич", 1) == "андрей петров"
    assert people.in_doc("Николаевич", 1) is None


def test_a_pronoun_means_the_person_named_last_before_it() -> None:
    mentions = {1: [(10, "Никита Орлов"), (400, "Сергей Белов")]}
    people = People(["Никита Орлов", "Сергей Белов"], {1: ["Никита Орлов", "Сергей Белов"]},
                    mentions)
    assert people.last_named(1, 200) == "никита орлов"
    assert people.last_named(1, 500) == "сергей белов"
    assert people.last_named(1, 500, but="сергей белов") == "никита орлов"
    assert people.last_named(1, 5) is None


def test_a_pronoun_after_another_person_does_not_give_the_protagonist_a_status() -> None:
    """«Его сын Максим Орлов тоже был задержан; после допроса его отпустили»: the son was
    let go, not the father the report is about, whom the court arrested that day."""
    father = (("Петр Орлов", "Петр Орлов"),)
    day = (("12 мая", DAY, "2024-05-12", "2024-05-12"),)
    a1 = claim("Суд 12 мая арестовал Петра Орлова.", doc="a.txt", doc_id=1,
               people=(("Петра Орлова", "Петр Орлов"),),
               dates=day, statuses=(("арестовал", "arrested", "Петр Орлов"),))
    a2 = claim("Петр Орлов возглавлял управление дорог.", doc="a.txt", doc_id=1, people=father,
               start=100)
    a3 = claim("Петр Орлов ранее работал в мэрии.", doc="a.txt", doc_id=1, people=father,
               start=200)
    b1 = claim("Петр Орлов арестован 12 мая.", doc="b.txt", doc_id=2, people=father,
               dates=day, statuses=(("арестован", "arrested", "Петр Орлов"),))
    b2 = claim("Петр Орлов отрицает вину.", doc="b.txt", doc_id=2, people=father, start=100)
    b3 = claim("Вместе с ним задержали его сына Максима Орлова.", doc="b.txt", doc_id=2,
               people=(("Максима Орлова", "Максим Орлов"),), start=200)
    b4 = claim("12 мая после допроса его отпустили.", doc="b.txt", doc_id=2, start=300,
               dates=(("12 мая", DAY, "2024-05-12", "2024-05-12"),),
               statuses=(("отпустили", "released", None),))
    assert "status" not in kinds([a1, a2, a3, b1, b2, b3, b4])


@pytest.mark.parametrize(
    ("first", "subject"),
    [
        ("Блогер Денис Орлов 17 октября выдворен из страны.", "Денис Орлов"),
        # a surname with an initial, as official statements write it
        ("«Гражданин Орлов Д. 17 октября выдворен за пределы республики».", "Орлов Д."),
    ],
)
def test_deported_vs_still_held_on_one_day(first: str, subject: str) -> None:
    """Sent out of the country vs «his lawyer said he is still held», the same day; the
    lawyer who speaks is not the one held."""
    day = (("17 октября", DAY, "2024-10-17", "2024-10-17"),)
    a = claim(first, doc="a.txt", doc_id=1, people=((subject, subject),), dates=day,
              statuses=(("выдворен", "deported", subject),))
    b1 = claim("Блогер Денис Орлов задержан на границе.", doc="b.txt", doc_id=2,
               people=(("Денис Орлов", "Денис Орлов"),))
    b0 = claim("Денис Орлов ведет канал о путешествиях.", doc="b.txt", doc_id=2, start=50,
               people=(("Денис Орлов", "Денис Орлов"),))
    b2 = claim("17 октября его адвокат Иван Петров сообщил, что его подзащитный все еще "
               "содержится в изоляторе.", doc="b.txt", doc_id=2, start=100,
               speaker="Иван Петров", people=(("Иван Петров", "Иван Петров"),), dates=day,
               statuses=(("содержится в изоляторе", "arrested", None),))
    found = conflicts.find_conflicts([a, b1, b0, b2])
    assert [(k.kind, sorted({s.value for s in k.sides})) for k in found] == [
        ("status", ["арестован", "выдворен"])]


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Об этом сообщил губернатор Олег Смирнов.", True),
        ("Об этом сообщил вице-губернатор Олег Смирнов.", False),
    ],
)
def test_a_vice_governor_is_a_deputy_governor(second: str, conflict: bool) -> None:
    person = (("Олег Смирнов", "Олег Смирнов"),)
    a = claim("Заместитель губернатора Олег Смирнов подал в отставку.", doc="a.txt",
              people=person)
    b = claim(second, doc="b.txt", people=person)
    assert kinds([a, b]) == (["role"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "n", "conflict"),
    [
        # told in other words, but both say how many were aboard the one vehicle
        ("Рейсом летели 176 пассажиров, в том числе 23 ребенка, пишут СМИ.", 176, True),
        # one of two vehicles
        ("Во втором автобусе ехали 25 пассажиров, пишут СМИ.", 25, False),
        # those among the passengers were aboard
        ("Среди пассажиров были 176 пассажиров бизнес-класса, пишут СМИ.", 176, True),
    ],
)
def test_how_many_were_aboard_compares_across_wordings(second: str, n: int,
                                                        conflict: bool) -> None:
    a = claim("Как уточнил Олег Сидоров, на борту находились 168 пассажиров.", doc="a.txt",
              doc_id=1, counts=(("168 пассажиров", 168, "пассажир"),), people=_CREW)
    b = claim(second, doc="b.txt", doc_id=2, counts=((f"{n} пассажиров", n, "пассажир"),))
    b2 = claim("Командир Олег Сидоров посадил машину.", doc="b.txt", doc_id=2, people=_CREW)
    assert kinds([a, b, b2]) == (["count"] if conflict else [])


@pytest.mark.parametrize(("second", "conflict"), [
    ("Экипаж сейнера «Вьюга», по данным пограничников, насчитывает 21 человека.", True),
    # those aboard, an observer among them, are not the crew
    ("Всего на сейнере «Вьюга» находился 21 человек, включая наблюдателя.", False),
])
def test_a_crew_size_told_in_other_words_is_one_count(second: str, conflict: bool) -> None:
    a = claim("По словам владельца, экипаж сейнера «Вьюга» состоит из 19 человек.",
              doc="a.txt", doc_id=1, counts=(("19 человек", 19, "человек"),))
    b = claim(second, doc="b.txt", doc_id=2, counts=(("21 человек" if "21 человек" in second
                                                        else "21 человека", 21, "человек"),))
    assert kinds([a, b]) == (["count"] if conflict else [])


# ---------------------------------------------------------------- who went to hospital


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [
        # a phrase of being taken to hospital counts the hospitalised
        ("В больницу доставлены 14 туристов.", ("14 туристов", 14, "турист"),
         ("hospitalized", "турист", 14)),
        ("В инфекционную больницу после обеда попали 9 туристов.", ("9 туристов", 9, "турист"),
         ("hospitalized", "турист", 9)),
        # pupils and children are one group of people
        ("В больницу доставлены 14 школьников.", ("14 школьников", 14, "школьник"),
         ("hospitalized", "дети", 14)),
        # still there: a current quantity, its own class
        ("В районной больнице по-прежнему остаются 5 туристов.", ("5 туристов", 5, "турист"),
         ("in_hospital", "турист", 5)),
        ("Сейчас 5 туристов находятся в больнице.", ("5 туристов", 5, "турист"),
         ("in_hospital", "турист", 5)),
        # a predicate word nearer to the count than the phrase keeps it
        ("Погибли 12 туристов, еще пятерых доставили в больницу.",
         ("12 туристов", 12, "турист"), ("dead", "турист", 12)),
        # seeking help is a larger group than being hospitalised
        ("За медицинской помощью обратились 40 человек.", ("40 человек", 40, "человек"),
         ("sought_help", "люди", 40)),
    ],
)
def test_hospital_phrases_give_the_count_its_predicate(
    text: str, count: tuple[str, int, str], expected: tuple[str, str, int]
) -> None:
    got = [(frame, cls, n) for frame, cls, n, _v in
           conflicts.read_facts(claim(text, counts=(count,))).counts]
    assert got == [expected]


def _hosp(text: str, doc: str, count: tuple[str, int, str], day: str | None = "12 июля",
          published: str = "2024-07-13") -> StoredClaim:
    dates = ((day, "day", "2024-07-12", "2024-07-12"),) if day else ()
    return claim(text, doc=doc, counts=(count,), dates=dates, published=published)


def test_hospitalised_and_taken_to_hospital_are_one_count() -> None:
    a = _hosp("В лагере 12 июля госпитализированы 9 детей.", "a.txt", ("9 детей", 9, "ребенок"))
    b = _hosp("В больницу 12 июля попали 14 детей из лагеря.", "b.txt",
              ("14 детей", 14, "ребенок"))
    found = conflicts.find_conflicts([a, b])
    assert [k.kind for k in found] == ["count"]
    assert {s.value for s in found[0].sides} == {"9", "14"}


def test_a_day_inside_a_short_span_is_a_shared_day() -> None:
    a = _hosp("В лагере 12 июля госпитализированы 9 детей.", "a.txt", ("9 детей", 9, "ребенок"))
    b = claim("В больницу 12 и 13 июля попали 14 детей.", doc="b.txt",
              counts=(("14 детей", 14, "ребенок"),),
              dates=(("12 и 13 июля", "interval", "2024-07-12", "2024-07-13"),))
    assert kinds([a, b]) == ["count"]


def test_sought_help_is_not_hospitalised() -> None:
    a = _hosp("В лагере 12 июля госпитализированы 9 детей.", "a.txt", ("9 детей", 9, "ребенок"))
    b = _hosp("За медицинской помощью 12 июля обратились 30 детей.", "b.txt",
              ("30 детей", 30, "ребенок"))
    assert kinds([a, b]) == []


def test_still_in_hospital_is_not_hospitalised_nor_a_rival_of_itself() -> None:
    a = _hosp("В лагере 12 июля госпитализированы 9 детей.", "a.txt", ("9 детей", 9, "ребенок"))
    b = _hosp("В больнице остаются 3 ребенка, заболевших 12 июля.", "b.txt",
              ("3 ребенка", 3, "ребенок"), published="2024-07-15")
    c = _hosp("В больнице остаются 7 детей, заболевших 12 июля.", "c.txt",
              ("7 детей", 7, "ребенок"))
    assert kinds([a, b, c]) == []


# ---------------------------------------------------------------- tolls over time, demands

_TOWN = (("Твери", "Тверь"),)


def _toll(text: str, n: int, doc: str, doc_id: int, published: str | None) -> StoredClaim:
    m = re.search(rf"\b{n} \w+", text)
    assert m is not None
    noun = m.group().split()[1]
    return claim(text, doc=doc, doc_id=doc_id, published=published, places=_TOWN,
                 counts=((m.group(), n, "человек" if noun.startswith("челов") else noun),),
                 lemmas="взрыв дом тверь погибнуть человек")


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a later report with a larger toll tells of a rise, not a dispute
        (("В Твери при взрыве погибли 3 человека.", 3, "2024-03-10"),
         ("В Твери при взрыве погибли 7 человек.", 7, "2024-03-12"), False),
        # a later report with a smaller toll disputes it
        (("В Твери при взрыве погибли 7 человек.", 7, "2024-03-10"),
         ("В Твери при взрыве погибли 3 человека.", 3, "2024-03-12"), True),
        # one day, two tolls: a dispute
        (("В Твери при взрыве погибли 3 человека.", 3, "2024-03-10"),
         ("В Твери при взрыве погибли 7 человек.", 7, "2024-03-10"), True),
        # another event of the kind, told for comparison
        (("В Твери в результате подобного взрыва погибли 4 человека.", 4, "2024-03-10"),
         ("В Твери при взрыве погибли 7 человек.", 7, "2024-03-10"), False),
        # a toll told as grown is the news of its day: a later report of fewer disputes it,
        # one of its own day (the figure it grew from) or of more does not
        (("В Твери число погибших при взрыве выросло до 7 человек.", 7, "2024-03-10"),
         ("В Твери при взрыве погибли 3 человека.", 3, "2024-03-11"), True),
        (("В Твери число погибших при взрыве выросло до 7 человек.", 7, "2024-03-10"),
         ("В Твери при взрыве погибли 3 человека.", 3, "2024-03-10"), False),
        (("В Твери при взрыве погибли 3 человека.", 3, "2024-03-09"),
         ("В Твери число погибших при взрыве выросло до 7 человек.", 7, "2024-03-10"), False),
        (("В Твери число погибших при взрыве выросло до 7 человек.", 7, "2024-03-10"),
         ("В Твери при взрыве погибли 9 человек.", 9, "2024-03-11"), False),
        # a part of a group told just before is no rival of the toll
        (("В Твери при взрыве погибли 14 человек.", 14, "2024-03-10"),
         ("В Твери при взрыве из них 12 человек погибли на месте.", 12, "2024-03-10"), False),
        (("В Твери при взрыве погибли 14 человек.", 14, "2024-03-10"),
         ("В Твери при взрыве в том числе 12 человек погибли в больнице.", 12, "2024-03-10"),
         False),
    ],
)
def test_tolls_over_time(first: tuple[str, int, str], second: tuple[str, int, str],
                         conflict: bool) -> None:
    a = _toll(first[0], first[1], "a.txt", 1, first[2])
    b = _toll(second[0], second[1], "b.txt", 2, second[2])
    assert kinds([a, b]) == (["count"] if conflict else [])


@pytest.mark.parametrize(("official", "conflict"), [
    # the later report sets its larger toll against the authorities' figure: a dispute
    ("Власти официально сообщали только об одном погибшем.", True),
    ("Официально власти пока говорят об 1 погибшем.", True),
    # with no such words it tells of a rise
    ("Власти сообщили о взрыве.", False),
])
def test_a_later_toll_against_the_official_figure(official: str, conflict: bool) -> None:
    a = _toll("В Твери при взрыве погибли 1 человек.", 1, "a.txt", 1, "2024-03-10")
    b = _toll("По словам жителей, в Твери при взрыве погибли 2 человека.", 2, "b.txt", 2,
              "2024-03-12")
    m = re.search(r"\b1 погибшем", official)
    c = claim(official, doc="b.txt", doc_id=2, published="2024-03-12", start=200,
              counts=((m.group(), 1, "погибший"),) if m else ())
    assert kinds([a, b, c]) == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # fewer flights cancelled told a day later: a dispute
        (("В Твери отменены 11 рейсов.", "11 рейсов", 11, "2024-03-10"),
         ("За двое суток в Твери отменили семь рейсов.", "семь рейсов", 7, "2024-03-11"), True),
        # more told a day later: more were cancelled since
        (("В Твери отменены 7 рейсов.", "7 рейсов", 7, "2024-03-10"),
         ("За двое суток в Твери отменили 11 рейсов.", "11 рейсов", 11, "2024-03-11"), False),
        # a report naming no place is of the story's airport
        (("В Твери отменены 11 рейсов.", "11 рейсов", 11, "2024-03-10"),
         ("За двое суток отменены семь рейсов.", "семь рейсов", 7, "2024-03-10"), True),
        # flights delayed are not flights cancelled
        (("В Твери отменены 11 рейсов.", "11 рейсов", 11, "2024-03-10"),
         ("В Твери задерживаются 30 рейсов.", "30 рейсов", 30, "2024-03-10"), False),
        # one airport's part of the airline's total
        (("В Твери авиакомпания за день отменила 43 рейса.", "43 рейса", 43, "2024-03-10"),
         ("В Твери только в аэропорту «Северный» за день отменены 19 рейсов.", "19 рейсов",
          19, "2024-03-10"), False),
    ],
)
def test_cancelled_flights_count_like_a_toll(first: tuple[str, str, int, str],
                                             second: tuple[str, str, int, str],
                                             conflict: bool) -> None:
    def one(t: tuple[str, str, int, str], doc: str, doc_id: int) -> StoredClaim:
        text, said, n, published = t
        return claim(text, doc=doc, doc_id=doc_id, published=published,
                     places=_TOWN if "Твери" in text else (), counts=((said, n, "рейс"),))

    a, b = one(first, "a.txt", 1), one(second, "b.txt", 2)
    assert kinds([a, b]) == (["count"] if conflict else [])


def test_an_undated_report_is_dated_by_a_report_giving_its_number() -> None:
    early = _toll("В Твери при взрыве погибли 3 человека.", 3, "a.txt", 1, "2024-03-10")
    late = _toll("В Твери при взрыве погибли 7 человек.", 7, "b.txt", 2, "2024-03-13")
    undated = _toll("В Твери при взрыве погибли 7 человек.", 7, "c.txt", 3, None)
    assert kinds([early, late, undated]) == []


def test_an_injured_toll_vs_those_who_sought_help_conflict() -> None:
    a = _toll("В Твери при взрыве пострадали 16 человек.", 16, "a.txt", 1, "2024-03-11")
    b = _toll("В Твери за медицинской помощью после взрыва обратились 21 человек.", 21,
              "b.txt", 2, None)
    assert kinds([a, b]) == ["count"]


def test_a_release_asked_for_counts_those_still_held() -> None:
    sc = claim("МИД настоял на том, чтобы Баку отпустил 11 граждан России.",
               counts=(("11 граждан", 11, "гражданин"),),
               places=(("Баку", "Баку"), ("России", "Россия")))
    assert [(f, n) for f, _c, n, _v in conflicts.read_facts(sc).counts] == [("custody", 11)]


def test_a_span_of_time_is_never_a_count_of_people() -> None:
    sc = claim("Суд на четыре месяца продлил арест восьмерых россиян.")
    got = [(n, c) for _f, c, n, _v in conflicts.read_facts(sc).counts]
    assert (4, "граждане: россия") not in got


# ---------------------------------------------------------------- causes of death in a story


def test_causes_of_death_of_unnamed_dead_in_one_story_conflict() -> None:
    # the two reports name the same city and district: one story
    city = (("Екатеринбурге", "Екатеринбург"), ("Уралмаше", "Уралмаш"))
    a = claim("В Екатеринбурге на Уралмаше смерть обоих наступила в результате ударов "
              "тупыми предметами.", doc="a.txt", doc_id=1, places=city)
    b = claim("В Екатеринбурге на Уралмаше причиной смерти одного из мужчин стала острая "
              "сердечная недостаточность.", doc="b.txt", doc_id=2, places=city)
    assert kinds([a, b]) == ["statement"]


def test_injuries_and_a_crash_are_one_account_of_a_death() -> None:
    a = claim("Причиной смерти водителя стали травмы, несовместимые с жизнью.", doc="a.txt",
              doc_id=1)
    b = claim("Водитель погиб в результате ДТП на трассе.", doc="b.txt", doc_id=2)
    assert kinds([a, b]) == []


def test_two_causes_of_death_set_apart_by_a_semicolon_conflict() -> None:
    a = claim("Эксперты пришли к выводу, что мужчины погибли от побоев; по данным полиции, "
              "причиной смерти стала остановка сердца.", doc="a.txt")
    assert kinds([a]) == ["statement"]


def test_a_title_conflict_shows_the_two_shortest_claims_a_side() -> None:
    name = (("Олег Смирнов", "Олег Смирнов"),)
    sides = [claim(t, doc=f"{n}.txt", doc_id=n, people=name) for n, t in enumerate([
        "Генеральный директор «Радио Север» Олег Смирнов подал в отставку.",
        "Вечером стало известно, что генеральный директор «Радио Север» Олег Смирнов подал в "
        "отставку после проверки, начатой прокуратурой в понедельник.",
        "Генеральный директор Олег Смирнов уволился.",
        "Об этом сообщил главный редактор Олег Смирнов.",
    ], start=1)]
    found = conflicts.find_conflicts(sides)
    assert [k.kind for k in found] == ["role"]
    assert {s.claim_id for s in found[0].sides} == {sides[0].id, sides[2].id, sides[3].id}


# ---------------------------------------------------------------- detentions at a protest

_PICKET = (("Томске", "Томск"),)


_LEMMA = {"граждан": "гражданин", "участников": "участник", "человек": "человек",
          "задержанных": "задержанный"}


def _picket(text: str, n: int, doc: str, doc_id: int) -> StoredClaim:
    m = re.search(rf"\b{n} (\w+)", text)
    counts = ((m.group(), n, _LEMMA[m.group(1)]),) if m else ()
    return claim(text, doc=doc, doc_id=doc_id, places=_PICKET, counts=counts,
                 lemmas="томск акция пикет полиция задержать отдел")


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # people told of as participants, citizens or people are one count at a protest
        (("В Томске в отделы полиции доставлены 7 граждан.", 7),
         ("В Томске задержаны были 19 участников акции.", 19), True),
        # an earlier figure told as superseded is no rival
        (("В Томске накануне мы сообщали о 12 задержанных, позже установили еще семь.", 12),
         ("В Томске задержаны были 19 участников акции.", 19), False),
        # some of the detained, not how many were detained
        (("В Томске у 2 задержанных изъяли телефоны.", 2),
         ("В Томске задержаны были 19 участников акции.", 19), False),
    ],
)
def test_detentions_at_a_protest(first: tuple[str, int], second: tuple[str, int],
                                 conflict: bool) -> None:
    a = _picket(first[0], first[1], "a.txt", 1)
    b = _picket(second[0], second[1], "b.txt", 2)
    assert kinds([a, b]) == (["count"] if conflict else [])


def test_a_claim_of_several_counts_is_evidence_only_when_few_tell_the_value_alone() -> None:
    a1 = _picket("В Томске задержаны были 19 участников акции.", 19, "a.txt", 1)
    a2 = _picket("В Томске на акции задержали 19 человек.", 19, "b.txt", 2)
    mixed = claim("В Томске в отделы доставили 19 человек, среди них 4 несовершеннолетних.",
                  doc="c.txt", doc_id=3, places=_PICKET,
                  counts=(("19 человек", 19, "человек"), ("4 несовершеннолетних", 4,
                                                         "несовершеннолетний")),
                  lemmas="томск акция пикет полиция задержать отдел")
    b = _picket("В Томске в отделы полиции доставлены 7 граждан.", 7, "d.txt", 4)
    found = conflicts.find_conflicts([a1, a2, mixed, b])
    assert [k.kind for k in found] == ["count"]
    assert mixed.id not in {s.claim_id for s in found[0].sides}


# ---------------------------------------------------------------- citizens of no named country

_EKB = (("Екатеринбурге", "Екатеринбург"),)


def _held(text: str, n: int, noun: str, doc: str, doc_id: int) -> StoredClaim:
    m = re.search(rf"\b{n} \w+", text)
    assert m is not None
    return claim(text, doc=doc, doc_id=doc_id, places=_EKB + (("Казахстана", "Казахстан"),)
                 if "Казахстана" in text else _EKB, counts=((m.group(), n, noun),),
                 lemmas="екатеринбург терминал рейд арестовать гражданин казахстан")


def test_citizens_of_the_republic_are_the_storys_citizens() -> None:
    # one story: both name the city and the company «Сарыарка Транзит»
    a = _held("В Екатеринбурге по делу «Сарыарка Транзит» суд арестовал 9 граждан Казахстана.",
              9, "гражданин", "a.txt", 1)
    b = _held("В Екатеринбурге по делу «Сарыарка Транзит» арестованы 12 граждан республики.",
              12, "гражданин", "b.txt", 2)
    found = conflicts.find_conflicts([a, b])
    assert [(k.kind, k.subject) for k in found] == [
        ("count", "граждане (Казахстан): задержаны/под арестом (Екатеринбург)")]


def test_citizens_of_this_country_are_those_of_the_country_just_named() -> None:
    # an exchange: «граждан этой страны» after «передала Грузии»; those who «вернулись на
    # родину» were freed
    a = claim("19 ноября Россия передала Грузии 6 граждан этой страны, а получила 5 россиян.",
              doc="a.txt", doc_id=1, counts=(("6 граждан", 6, "гражданин"),
                                             ("5 россиян", 5, "россиянин")),
              lemmas="россия передать грузия гражданин страна обмен")
    b = claim("19 ноября на родину вернулись 7 граждан Грузии.", doc="b.txt", doc_id=2,
              counts=(("7 граждан", 7, "гражданин"),),
              lemmas="родина вернуться гражданин грузия обмен")
    found = conflicts.find_conflicts([a, b])
    assert [(k.kind, sorted(s.value for s in k.sides)) for k in found] == [
        ("count", ["6", "7"])]
    assert "Грузия" in found[0].subject


def test_the_others_sent_with_someone_are_not_a_total() -> None:
    a = _held("В Екатеринбурге суд арестовал 9 граждан Казахстана.", 9, "гражданин", "a.txt", 1)
    b = _held("Вместе с ним в Екатеринбурге под стражу отправили еще 8 граждан Казахстана.", 8,
              "гражданин", "b.txt", 2)
    assert kinds([a, b]) == []


@pytest.mark.parametrize(
    ("other", "count"),
    [
        # the wording of the article of the code, not a toll
        ("В Твери возбуждено дело по ч. 3 ст. 238 УК РФ (смерть 2 и более человек).",
         "2 и более человек"),
        # a year's statistics
        ("В 2023 году в Твери в ДТП погибли 140 человек.", "140 человек"),
        ("В Твери ежегодно при пожарах погибли 12 человек.", "12 человек"),
    ],
)
def test_laws_and_statistics_are_no_tolls(other: str, count: str) -> None:
    a = _toll("В Твери при взрыве погибли 3 человека.", 3, "a.txt", 1, "2024-03-10")
    n = int(count.split()[0])
    shown = count if "более" not in count else count.split()[0] + " человек"
    text = other if "более" not in count else other.replace(count, f"{n} человек и более")
    dates = (("2023 году", "year", "2023-01-01", "2023-12-31"),) if "2023 году" in text else ()
    b = claim(text, doc="b.txt", doc_id=2, published="2024-03-10", places=_TOWN, dates=dates,
              counts=((shown, n, "человек"),), lemmas="взрыв дом тверь погибнуть человек")
    assert kinds([a, b]) == []


def test_a_combined_corpus_of_stories_keeps_each_count_in_its_story() -> None:
    # two stories of two reports each, in one region: the tolls of each are their own
    fire = (("Тверской области", "Тверская область"), ("Меридиан", "Меридиан"))
    blast = (("Тверской области", "Тверская область"), ("Литейной", "Литейная"))
    claims = [
        claim("В Тверской области при пожаре в «Меридиан» пострадали 12 человек.",
              doc="a.txt", doc_id=1, places=fire, counts=(("12 человек", 12, "человек"),)),
        claim("В Тверской области при пожаре в «Меридиан» пострадали 15 человек.",
              doc="b.txt", doc_id=2, places=fire, counts=(("15 человек", 15, "человек"),)),
        claim("В Тверской области при взрыве на Литейной пострадали 16 человек.",
              doc="c.txt", doc_id=3, places=blast, counts=(("16 человек", 16, "человек"),)),
        claim("В Тверской области при взрыве на Литейной пострадали 21 человек.",
              doc="d.txt", doc_id=4, places=blast, counts=(("21 человек", 21, "человек"),)),
    ]
    found = conflicts.find_conflicts(claims)
    assert sorted(sorted(s.value for s in k.sides) for k in found) == [["12", "15"], ["16", "21"]]


def test_the_client_of_a_named_lawyer_is_the_one_other_person_named() -> None:
    a = claim("Иван Петров 2 октября вышел на свободу.", doc="a.txt", doc_id=1,
              people=(("Иван Петров", "Иван Петров"),),
              dates=(("2 октября", DAY, "2024-10-02", "2024-10-02"),),
              statuses=(("вышел на свободу", "released", "Иван Петров"),))
    text = "Адвокат Петрова Анна Орлова сообщила, что 2 октября суд изменил ее подзащитному " \
           "меру пресечения на домашний арест."
    b = claim(text, doc="b.txt", doc_id=2, speaker="Анна Орлова",
              people=(("Петрова", "Петров"), ("Анна Орлова", "Анна Орлова")),
              dates=(("2 октября", DAY, "2024-10-02", "2024-10-02"),),
              statuses=(("изменил ее подзащитному меру пресечения на домашний арест",
                         "house_arrest", "суд"),))
    assert kinds([a, b]) == ["status"]


def _lawyer_of_the_driver(role: str, named_before: bool = True) -> list[StoredClaim]:
    """A report about a metro head that names the driver; another where the driver's
    lawyer (by `role`) says his client was not detained (`named_before`: after a sentence
    naming the driver)."""
    boss, driver = ("Иван Петров", "Иван Петров"), ("Олег Рябов", "Олег Рябов")
    a1 = claim("Начальник метрополитена Иван Петров отстранен от должности.", doc="a.txt",
               doc_id=1, people=(boss,))
    a2 = claim("Иван Петров заявил, что машинист Олег Рябов задержан.", doc="a.txt",
               doc_id=1, people=(boss, driver), speaker="Иван Петров",
               statuses=(("задержан", "detained", "Олег Рябов"),))
    a3 = claim("Петров извинился перед пассажирами.", doc="a.txt", doc_id=1,
               people=(("Петров", "Петров"),))
    b1 = claim("Машинист Олег Рябов провел ночь дома.", doc="b.txt", doc_id=2,
               people=(driver,))
    b2 = claim("Адвокат сообщил, что его подзащитный не задерживался и был допрошен как "
               "свидетель.", doc="b.txt", doc_id=2, speaker="Анна Орлова", role=role)
    return [a1, a2, a3, b1, b2] if named_before else [a1, a2, a3, b2]


def test_a_lawyers_client_is_the_one_his_role_names() -> None:
    # «адвокат машиниста»: «его подзащитный» is the driver, not the report's protagonist
    got = conflicts.find_conflicts(_lawyer_of_the_driver("адвокат машиниста"))
    assert [(k.kind, k.subject) for k in got] == [("statement", "Олег Рябов: задержан?")]
    assert {s.value for s in got[0].sides} == {"задержан", "не задержан"}
    # a lawyer whose role names no client, in a report about no one person, speaks of the
    # one it named last before him; naming no one, of no one
    got = conflicts.find_conflicts(_lawyer_of_the_driver("адвокат"))
    assert [(k.kind, k.subject) for k in got] == [("statement", "Олег Рябов: задержан?")]
    assert conflicts.find_conflicts(_lawyer_of_the_driver("адвокат", named_before=False)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «трех сел»: villages, though «сел» first reads as a verb
        ("Из трех сел вывезли около 700 человек.", [("evacuated", "село", 3)]),
        # one place's share of the toll is no rival of the whole
        ("Больше всего пострадало одно село: только там сгорели пятьдесят домов.", []),
    ],
)
def test_counts_read_in_a_fires_reports(text: str, expected: list[tuple[str, str, int]]) -> None:
    got = [(frame, cls, n) for frame, cls, n, _v in conflicts.read_facts(claim(text)).counts]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [
        # the second number leaves out the word the first one gave
        ("Утром сообщали о трех погибших, вечером писали уже о пяти.",
         ("трех погибших", 3, "погибший"), [("dead", "люди", 3), ("dead", "люди", 5)]),
        ("Сначала говорили о двух пострадавших, затем о шести.",
         ("двух пострадавших", 2, "пострадавший"),
         [("injured", "люди", 2), ("injured", "люди", 6)]),
    ],
)
def test_counts_told_without_their_word(text: str, count: tuple[str, int, str],
                                        expected: list[tuple[str, str, int]]) -> None:
    got = [(frame, cls, n) for frame, cls, n, _v in
           conflicts.read_facts(claim(text, counts=(count,))).counts]
    assert got == expected



def test_a_colon_after_a_total_opens_its_parts() -> None:
    """«Всего участвовали девять человек: пятеро были переданы ...»: the handover is the
    parts' predicate, not the total's."""
    sc = claim("Всего в обмене участвовали девять человек: пятеро осужденных были переданы "
               "Польше.", counts=(("девять человек", 9, "человек"),))
    # (the total keeps only its own verb, which the lexicon does not know)
    assert [f for f, _c, n, _v in conflicts.read_facts(sc).counts if n == 9] == ["~участвовать"]
    sc = claim("Всего в обмене были переданы девять человек.",
               counts=(("девять человек", 9, "человек"),))
    assert [(f, n) for f, _c, n, _v in conflicts.read_facts(sc).counts] == [("released", 9)]


@pytest.mark.parametrize("name", ["Nino Beriashvili", "Paweł Kowalczyk", "Jürgen Müller"])
def test_an_english_status_keeps_a_name_with_its_own_letters(name: str) -> None:
    sc = claim(f"{name} was released on Monday.",
               statuses=(("released", "released", None),))
    assert [(n, st) for n, st, _w, _v in conflicts.read_facts(sc).statuses] == [(name, "released")]


# ---------------------------------------------------------------- from a court hearing's reports


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд продлил на три месяца срок содержания под стражей восьми гражданам России.",
         [("extension", 8)]),
        ("Суд продлил арест восьми гражданам России.", [("extension", 8)]),
        ("Летом суд арестовал восьмерых граждан России.", [("custody", 8)]),
    ],
)
def test_a_count_of_those_whose_arrest_is_extended(text: str,
                                                  expected: list[tuple[str, int]]) -> None:
    word = re.search(r"восьм\w+ граждан\w*", text)
    assert word is not None
    sc = claim(text, counts=((word.group(), 8, "гражданин"),), places=(("России", "Россия"),))
    assert [(f, n) for f, _c, n, _v in conflicts.read_facts(sc).counts] == expected



@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        # where people come from is not where anything happens
        ("На борту 29 моряков, большинство из них - жители Мурманска, Североморска и Колы.",
         (("Мурманска", "Мурманск"), ("Североморска", "Североморск"), ("Колы", "Кола")), set()),
        # (a country of citizens stays: the count's class names it as well)
        ("Задержаны двое граждан России.", (("России", "Россия"),), {"россия"}),
        ("Погиб водитель грузовика, уроженец Пензы.", (("Пензы", "Пенза"),), set()),
        # the place of the event stays, beside the home town
        ("В Тромсё задержаны жители Мурманска.", (("Тромсё", "Тромсё"), ("Мурманска", "Мурманск")),
         {"тромсе"}),
    ],
)
def test_places_of_origin_are_not_places_of_the_event(
        text: str, places: tuple[tuple[str, str], ...], expected: set[str]) -> None:
    f = conflicts.read_facts(claim(text, places=places))
    assert f.places - f.origins == expected


def test_a_crew_counted_with_the_nations_after_it_is_on_board() -> None:
    # «других стран» after the count tells of the people, not of another vessel
    # (the trawler's name in guillemets links the two reports into one story)
    a = claim("На борту траулера «Северянин» находятся 29 моряков, большинство из них - "
              "жители Мурманска.",
              doc="a.txt", doc_id=1, counts=(("29 моряков", 29, "моряк"),),
              places=(("Мурманска", "Мурманск"),))
    b = claim("Всего на борту «Северянина» 31 моряк: 27 граждан России и четверо граждан "
              "других стран.",
              doc="b.txt", doc_id=2, counts=(("31 моряк", 31, "моряк"),),
              places=(("России", "Россия"),))
    assert kinds([a, b]) == ["count"]


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("На теплоходе находились 52 пассажира.", True),
        ("Всего пассажиров было 52.", True),
        # a capacity is no count of people aboard; nor one vessel's of several
        ("Теплоход рассчитан на 52 пассажира.", False),
        ("Во втором катере находились 52 пассажира.", False),
    ],
)
def test_people_aboard_a_reports_one_named_vessel(second: str, conflict: bool) -> None:
    """A report that names one vessel by its kind («теплоход «X»») counts the people
    aboard it whenever a count of passengers says they were there."""
    n = re.search(r"\d+ пассажир\w*|пассажиров", second)
    assert n is not None
    a1 = claim("Теплоход «Ласточка» затонул у берега.", doc="a.txt", doc_id=1)
    a2 = claim("На борту находились 40 пассажиров.", doc="a.txt", doc_id=1, start=60,
               counts=(("40 пассажиров", 40, "пассажир"),))
    b1 = claim("Теплоход «Ласточка» перевернулся на реке.", doc="b.txt", doc_id=2)
    b2 = claim(second, doc="b.txt", doc_id=2, start=60, counts=((n.group(), 52, "пассажир"),))
    assert kinds([a1, a2, b1, b2]) == (["count"] if conflict else [])


@pytest.mark.parametrize(("second", "conflict"), [
    ("В Казани задержаны 15 активистов.", True),
    # what may be is no figure told
    ("В Казани могут быть задержаны до 15 активистов.", False),
    ("По данным источника, в Казани, возможно, задержаны 15 активистов.", False),
])
def test_a_count_told_as_a_possibility_is_no_rival(second: str, conflict: bool) -> None:
    place = (("Казани", "Казань"),)
    a = claim("В Казани задержаны 12 активистов.", doc="a.txt", doc_id=1,
              counts=(("12 активистов", 12, "активист"),), places=place)
    b = claim(second, doc="b.txt", doc_id=2, counts=(("15 активистов", 15, "активист"),),
              places=place)
    assert kinds([a, b]) == (["count"] if conflict else [])
