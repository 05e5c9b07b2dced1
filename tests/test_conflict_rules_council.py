"""Conflict rules of councils, courts and spills: one's decision to dismiss against a
leaving of one's own will, a vote's tally, an intent to appeal, what gave off the fumes,
whether a spill reached the water, an answer its speaker calls false, one of a group the
sentence before told of, a year that dates a thing and not the count; each with its
look-alike.

Hand-built claims of one story (tests.test_conflict_rules.in_story and
tests.test_conflict_rules_affairs._read) whose counts and dates the extraction reads from
their text.
"""

from __future__ import annotations

import pytest

from factdb.conflicts import finder
from factdb.conflicts.facts import read_facts
from tests.test_conflict_rules import found, in_story
from tests.test_conflict_rules_affairs import _kinds, _read
from tests.test_conflicts import claim

_SEROV = (("Ивана Серова", "Иван Серов"),)
_SEROV_NOM = (("Иван Серов", "Иван Серов"),)


@pytest.mark.parametrize(("second", "conflict"), [
    # leaving of one's own will, against another's decision to dismiss
    ("Главный врач Иван Серов уволился по собственному желанию.", True),
    # the same account: the decision his own
    ("Главного врача Ивана Серова уволили по решению министра.", False),
])
def test_a_decision_to_dismiss(second: str, conflict: bool) -> None:
    a = in_story("Министр заявил: «Я решил уволить главного врача Ивана Серова».",
                 "a.txt", 1, people=_SEROV)
    b = in_story(second, "b.txt", 2, people=_SEROV if "Ивана" in second else _SEROV_NOM)
    assert ("statement" in [k for k, _v in found([a, b])]) is conflict


_TALLY = "Закон приняли 12 голосами против трех, сообщили в думе."


@pytest.mark.parametrize(("second", "people", "conflict"), [
    # another tally of the vote, told by the voters' verb
    ("По данным газеты, за закон проголосовали 10 депутатов, против — пять.", (), True),
    ("Итог: «за» — 10, «против» — 5.", (), True),
    # the same tally in other words
    ("12 депутатов высказались за закон, трое — против.", (), False),
    # another vote, on someone the first does not name
    ("За отставку Петрова проголосовали пять депутатов, против — 10.",
     (("Петрова", "Петров"),), False),
])
def test_a_votes_tally(second: str, people: tuple[tuple[str, str], ...], conflict: bool) -> None:
    a = in_story(_TALLY, "a.txt", 1)
    b = in_story(second, "b.txt", 2, people=people)
    assert ("count" in [k for k, _v in found([a, b])]) is conflict


@pytest.mark.parametrize(("second", "speaker", "conflict"), [
    # an intent to appeal, against the same person's word that he will not
    ("«Оспаривать приказ министерства я не стану», — сказал Иван Серов.", "Иван Серов", True),
    ("«Судиться с министерством — ниже моего достоинства», — сказал Иван Серов.",
     "Иван Серов", True),
    # another person's intent; a right, no intent
    ("По ее словам, судиться она не собирается.", "Анна Котова", False),
    ("Иван Серов вправе обжаловать приказ в суде.", None, False),
])
def test_an_intent_to_appeal(second: str, speaker: str | None, conflict: bool) -> None:
    a = in_story("«Я намерен обжаловать приказ министерства в суде», — заявил Иван Серов.", "a.txt",
                 1, people=_SEROV_NOM, speaker="Иван Серов")
    people = _SEROV_NOM if "Иван Серов" in second else (("Анна Котова", "Анна Котова"),) \
        if speaker == "Анна Котова" and "Анна Котова" in second else ()
    b = in_story(second, "b.txt", 2, people=people, speaker=speaker)
    assert ("statement" in [k for k, _v in found([a, b])]) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a generator against a heater, however each is told
    ("Источник связывает отравление угарным газом с дизельным генератором.", True),
    ("Отравление, по словам соседей, случилось от генератора, а вовсе не от обогревателя.",
     True),
    # the same heater, by another name
    ("Основной версией следствия остается отравление от тепловой пушки.", False),
])
def test_what_gave_off_the_fumes(second: str, conflict: bool) -> None:
    first = "Причиной отравления угарным газом назвали неисправный газовый обогреватель."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a film on the water, a pollutant found in it, a denial called false
    ("Ниже по течению на реке заметна нефтяная пленка.", True),
    ("Росприроднадзор обнаружил нефтепродукты в реке ниже трубопровода.", True),
    ("Утверждать, что мазут в реку не попал, — неправда, — заявил эколог.", True),
    # the same denial
    ("Разлив локализован, в реку ничего не попало, заверили в МЧС.", False),
])
def test_whether_a_spill_reached_the_water(second: str, conflict: bool) -> None:
    first = "Нефтепродукты в реку не попали, заверили в компании."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("among", "conflict"), [
    # one of those the sentence before told detained, named
    ("Среди них — владелец склада Иван Серов.", True),
    # a sentence naming him with no word of the group
    ("Владелец склада Иван Серов дал показания.", False),
])
def test_one_of_a_group_told_before(among: str, conflict: bool) -> None:
    a = in_story("По делу о краже задержаны четыре человека.", "a.txt", 1)
    # (the next sentence of the same report: no place told before it)
    b = claim(among, doc="a.txt", doc_id=1, people=_SEROV_NOM)
    c = in_story("Иван Серов не задерживался, его лишь опросили.", "b.txt", 2,
                 people=_SEROV_NOM)
    assert ("statement" in [k for k, _v in found([a, b, c])]) is conflict


@pytest.mark.parametrize(("text", "another_time"), [
    # a year in a participle's phrase dates the thing named, not the count
    ("Ошибки нашли на 120 страницах отчета, опубликованного в 2015 году.", False),
    ("Пожар повредил 30 квартир в доме, построенном в 1962 году.", False),
    # a year the claim tells of itself
    ("В 2015 году ошибки нашли на 120 страницах отчета.", True),
])
def test_a_year_that_dates_a_thing(text: str, another_time: bool) -> None:
    assert finder._other_time(read_facts(_read(text, "a.txt", 1))) is another_time


@pytest.mark.parametrize(("second", "agree"), [
    # the cars a runaway vehicle hit, by another verb of hitting
    ("Трамвай смял четыре автомобиля на перекрестке.", True),
    ("Электричка задела четыре автомобиля на переезде.", True),
    # another count
    ("Трамвай смял две машины на перекрестке.", False),
])
def test_the_vehicles_a_runaway_vehicle_hit(second: str, agree: bool) -> None:
    a = _read("Грузовик без тормозов протаранил четыре машины.", "a.txt", 1)
    b = _read(second, "b.txt", 2)
    facts, _people, _story = finder.prepare([a, b])
    assert bool(finder.agreeing_pairs(facts, {1: 1, 2: 1})) is agree


@pytest.mark.parametrize(("first", "conflict"), [
    # another day a thing was put off to
    ("Заседание комиссии перенесли на 3 декабря.", True),
    # the day it was set for before it was put off
    ("Заседание комиссии изначально было запланировано на 3 декабря, но его отложили.",
     False),
])
def test_a_day_an_event_was_set_for_before_it_was_put_off(first: str, conflict: bool) -> None:
    assert ("date" in _kinds(first, "Заседание комиссии перенесли на 10 декабря.")) is conflict
