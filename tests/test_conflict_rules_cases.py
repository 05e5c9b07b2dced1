"""Conflict rules of criminal and accident cases: the weight of a drug seized, a car's
speed, those held in a case told as its running total, things found infected, the
participle that names those counted, the place a death came, a permit issued or none, a
hotel closed, an act given another name, an event's weekday alone, the driver at the
wheel, the accused's measure named by his part in the case; each with its look-alike.

Hand-built claims of one story (tests.test_conflict_rules.in_story), counts read by the
extraction (tests.test_conflict_rules_events.told).
"""

from __future__ import annotations

import pytest

from factdb.extract.nlp import lemma
from tests.test_conflict_rules import found, in_story
from tests.test_conflict_rules_events import kinds_of, told


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # the weight of a drug seized, in kilograms whatever the unit
        ("Таможенники изъяли 350 кг героина из фуры.",
         "Полиция сообщила, что изъято около 190 килограммов героина.", True),
        ("Таможенники изъяли 350 кг героина из фуры.",
         "В фуре под героином лежали 12 тонн сахара, изъятых вместе с грузом.", False),
        # ... a bound the figure keeps to is no rival
        ("Таможенники изъяли 350 кг героина из фуры.",
         "Всего в тайниках нашли более 0,3 т героина.", False),
        # a car's speed, but not the road's limit
        ("Машина шла со скоростью примерно 120 км/ч.",
         "Адвокат настаивает, что водитель ехал не быстрее 50 километров в час.", True),
        ("Машина шла со скоростью примерно 120 км/ч.",
         "Разрешенная скорость на этом участке — 50 км/ч.", False),
        # things found infected: found in, and told as infected
        ("В 25 пробах воды лаборатория выявила кишечную палочку.",
         "Санврачи признают только шесть зараженных проб.", True),
        # ... the latest days' share is a part of the whole
        ("В 25 пробах воды лаборатория выявила кишечную палочку.",
         "Лишь за последние сутки кишечная палочка обнаружена в девяти пробах.", False),
        # a participle naming those counted: the predicate after it is theirs
        ("Трое пострадавших госпитализированы.", "В аварии пострадали пять человек.", False),
        ("Трое пострадавших госпитализированы.", "Госпитализированы шесть человек.", True),
    ],
)
def test_quantities_of_cases(first: str, second: str, conflict: bool) -> None:
    assert ("count" in kinds_of(first, second)) is conflict


def test_those_held_in_a_case_told_as_its_total_grow() -> None:
    def held(text: str, doc: str, n: int, day: str) -> object:
        return told(text, doc, n, published=day)

    one = held("Задержан один подозреваемый, сообщили в полиции.", "a.txt", 1, "2026-11-10")
    total = held("Всего по делу задержаны четверо.", "b.txt", 2, "2026-11-12")
    seven = held("Источник в МВД говорит, что задержаны семеро.", "c.txt", 3, "2026-11-11")
    # (the collective closing its clause counts the whole)
    assert "count" in [k for k, _v in found([total, seven])]  # type: ignore[list-item]
    # one held on the first day, four in all two days later: more arrests, no dispute
    assert "count" not in [k for k, _v in found([one, total])]  # type: ignore[list-item]


def test_a_count_running_from_a_day_long_past_is_of_the_story() -> None:
    since = told("С 1 августа в 40 пробах выявлены бактерии.", "a.txt", 1,
                 published="2026-11-20",
                 dates=(("1 августа", "day", "2026-08-01", "2026-08-01"),))
    few = told("Санврачи признают только шесть зараженных проб.", "b.txt", 2,
               published="2026-11-20")
    assert "count" in [k for k, _v in found([since, few])]


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a permit issued, or none issued
        ("Все разрешения на вылов были оформлены, уверяет директор.",
         "В департаменте заявили, что разрешений на вылов фирме не выдавали.", True),
        # a hotel closed by the authorities, or working as usual
        ("Власти приостановили работу гостиницы.", "Гостиница работает в обычном режиме.",
         True),
        # alive at a moment before dying is no answer that he lives
        ("Умер он уже в больнице, вечером.",
         "Пострадавший был живой, когда его увозили.", False),
        # where a cargo came from: two countries, by name or by adjective
        ("По данным таможни, груз прибыл из Перу.",
         "Фура была загружена на чилийском складе, утверждает перевозчик.", True),
        ("По данным таможни, груз прибыл из Перу.",
         "Перевозчик настаивает, что партию отправили из Боливии через Перу.", True),
        ("По данным таможни, груз прибыл из Перу.",
         "Перевозчик настаивает, что партию отправили из Перу через Боливию.", False),
        # ... a transit, or a country denied, is no origin
        ("По данным таможни, груз прибыл из Перу.",
         "Контейнер шел через Панаму, где его и вскрыли.", False),
        ("По данным таможни, груз прибыл из Перу.",
         "Адвокат уверяет, что товар был отправлен не из Чили.", False),
    ],
)
def test_yes_and_no_of_cases(first: str, second: str, conflict: bool) -> None:
    assert ("statement" in kinds_of(first, second)) is conflict


@pytest.mark.parametrize(("second", "people", "conflict"), [
    ("Родные рассказали, что Илья Сомов умер в реанимации через два часа.",
     (("Илья Сомов", "Илья Сомов"),), True),
    ("Илью Сомова привезли в больницу, где он скончался вечером.",
     (("Илью Сомова", "Илья Сомов"),), True),
    # one killed at the scene, another dead in hospital: two people
    ("Второй рабочий, Петр Лунев, умер в больнице.", (("Петр Лунев", "Петр Лунев"),), False),
])
def test_where_a_death_came(second: str, people: tuple[tuple[str, str], ...],
                            conflict: bool) -> None:
    spot = in_story("Монтажник Илья Сомов скончался на месте, сообщили в полиции.", "a.txt", 1,
                    people=(("Илья Сомов", "Илья Сомов"),))
    other = in_story(second, "b.txt", 2, people=people)
    assert ("statement" in [k for k, _v in found([spot, other])]) is conflict


@pytest.mark.parametrize(("denial", "conflict"), [
    ("Глава ведомства заявил, что речь идет не о запрете, а о квотах.", True),
    ("Это не запрет.", True),
    # (a thing named anew with «а» is a figure of speech)
    ("Это не запрет, а крик отчаяния.", False),
    # a plain denial six days on may tell of a ban lifted since
    ("Глава ведомства заявил, что запрета на вылов нет.", False),
])
def test_an_act_given_another_name_days_on(denial: str, conflict: bool) -> None:
    banned = told("Власти вводят запрет на вылов рыбы.", "a.txt", 1, published="2026-11-10")
    other = told(denial, "b.txt", 2, published="2026-11-16")
    assert ("statement" in [k for k, _v in found([banned, other])]) is conflict


def _dated(text: str, doc: str, n: int, day: str, iso: str) -> object:
    return told(text, doc, n, published="2026-11-18", dates=((day, "day", iso, iso),))


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # a thing's event dated by a weekday alone and by a day
    (("Сейф открыли в понедельник.", "в понедельник", "2026-11-16"),
     ("Сейф открыли во вторник, 17 ноября.", "во вторник, 17 ноября", "2026-11-17"), True),
    # ... but people's, on two weekdays, are two events
    (("Суд оштрафовал водителя в понедельник.", "в понедельник", "2026-11-16"),
     ("Суд оштрафовал водителя во вторник, 17 ноября.", "во вторник, 17 ноября",
      "2026-11-17"), False),
    # an event told with the bare «была»
    (("Облава была в пятницу, 13 ноября.", "в пятницу, 13 ноября", "2026-11-13"),
     ("Облава прошла в субботу, 14 ноября.", "в субботу, 14 ноября", "2026-11-14"), True),
])
def test_the_day_of_a_things_event(first: tuple[str, str, str], second: tuple[str, str, str],
                                   conflict: bool) -> None:
    a = _dated(first[0], "a.txt", 1, first[1], first[2])
    b = _dated(second[0], "b.txt", 2, second[1], second[2])
    assert ("date" in [k for k, _v in found([a, b])]) is conflict  # type: ignore[list-item]


@pytest.mark.parametrize(("second", "people", "conflict"), [
    ("Следствие установило, что машиной управлял Артем Лукин.",
     (("Артем Лукин", "Артем Лукин"),), True),
    # the same man, named again
    ("Следствие установило, что машиной управлял Олег Гусев.",
     (("Олег Гусев", "Олег Гусев"),), False),
    # two vehicles, two drivers
    ("За рулем автобуса находился Артем Лукин.", (("Артем Лукин", "Артем Лукин"),), False),
    # a denial names no driver
    ("За рулем был не Олег Гусев.", (("Олег Гусев", "Олег Гусев"),), False),
])
def test_the_driver_at_the_wheel(second: str, people: tuple[tuple[str, str], ...],
                                 conflict: bool) -> None:
    first = in_story("За рулем «Нивы» был Олег Гусев.", "a.txt", 1,
                     people=(("Олег Гусев", "Олег Гусев"),))
    other = in_story(second, "b.txt", 2, people=people)
    assert ("statement" in [k for k, _v in found([first, other])]) is conflict


def test_the_accuseds_measure_is_the_one_named_persons() -> None:
    named = (("Павла Рубцова", "Павел Рубцов"),)
    home = in_story("Суд отправил Павла Рубцова под домашний арест.", "a.txt", 1,
                    people=named, published="2026-11-17")
    jail = in_story("Суд избрал обвиняемому меру пресечения в виде заключения под стражу.",
                    "b.txt", 2, published="2026-11-17")
    assert "status" in [k for k, _v in found([home, jail])]


@pytest.mark.parametrize(("word", "expected"), [
    ("нашли", "найти"), ("пришли", "прийти"), ("вышли", "выйти"), ("пропали", "пропасть"),
    # the rarer verb's own forms keep it
    ("прислали", "прислать"), ("выслали", "выслать"),
])
def test_a_past_plural_is_the_commoner_verbs(word: str, expected: str) -> None:
    assert lemma(word) == expected
