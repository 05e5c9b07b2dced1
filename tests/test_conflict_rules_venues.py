"""Conflict rules of buildings, stages and fields and of what befalls them: a house declared
unsafe or never, an evacuation begun at an hour, a show dropped or only moved, who called
an event off, a director dismissed or gone of his own will, none held against some held,
a crop area and its districts' shares, an emergency in force since a weekday, a letter's
signers by two nouns of one troupe; each with its look-alike.

Hand-built claims of one story (tests.test_conflict_rules_affairs._read) whose counts and
dates the extraction reads from their text; people named are placed by hand.
"""

from __future__ import annotations

import pytest

from tests.test_conflict_rules import found
from tests.test_conflict_rules_affairs import _kinds, _read
from tests.test_conflict_rules_care import _named


@pytest.mark.parametrize(("second", "conflict"), [
    # never declared unsafe, however told
    ("В администрации утверждают, что общежитие аварийным не признавалось.", True),
    ("Комиссия решения о признании общежития аварийным не принимала.", True),
    # declared unsafe too; the neighbouring house, or another number, is another building
    ("Жильцы показали акт комиссии: общежитие признано аварийным.", False),
    ("Соседнее общежитие комиссия признала аварийным в 2021-м.", False),
])
def test_a_house_declared_unsafe(second: str, conflict: bool) -> None:
    first = "Общежитие № 14, как выяснили журналисты, признано аварийным в 2018-м."
    assert ("statement" in _kinds(first, second)) is conflict


def test_another_numbered_house_is_another_building() -> None:
    first = "Общежитие № 14, как выяснили журналисты, признано аварийным в 2018-м."
    assert "statement" not in _kinds(first, "Глава района уверяет, что общежитие № 16 "
                                            "аварийным не признавалось.")


@pytest.mark.parametrize(("second", "conflict"), [
    # the evacuation begun hours apart
    ("Студенты рассказали, что их начали выводить около 23:30 11 ноября.", True),
    # the same hour; the call that came before it is another moment
    ("Эвакуация студентов, по данным ректората, началась около 02:40 12 ноября.", False),
    ("Звонок о задымлении поступил в 23:10 11 ноября.", False),
])
def test_an_evacuation_begun_at_an_hour(second: str, conflict: bool) -> None:
    first = "По данным МЧС, эвакуация из общежития началась в 02:40 12 ноября."
    assert ("date" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # moved, not dropped: «не снят», «не отменены, их лишь перенесли»
    ("Балет не снят, его ближайшие показы перенесли на февраль, заверили в филармонии.", True),
    ("Директор филармонии заявила, что показы балета не отменены, их лишь перенесли.", True),
    # dropped too; a demand to drop it is no answer
    ("В департаменте подтвердили, что балет сняли с репертуара.", False),
    ("Общественники требуют снять балет с репертуара.", False),
])
def test_a_show_dropped_or_moved(second: str, conflict: bool) -> None:
    first = "Спектакль «Зимняя сказка» снят с репертуара филармонии, объявил департамент."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # called off by the venue against by the organiser
    ("По словам промоутера, фестиваль в последний момент отменила дирекция стадиона.", True),
    ("Фестиваль в итоге отменил стадион, говорят музыканты.", True),
    # the organiser again; the venue named as where, not who
    ("Фестиваль отменили его организаторы, настаивают в мэрии.", False),
    ("Фестиваль на «Северной арене» отменили в последний день.", False),
])
def test_who_called_an_event_off(second: str, conflict: bool) -> None:
    first = "Фестиваль, как сообщили на стадионе, отменил организатор."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the employer's decision, however told
    ("Трудовой договор с Петром Зуевым расторгнут по решению департамента.", True),
    ("Уход Петра Зуева — это вовсе не личная инициатива, говорят в музее.", True),
    # his own will again
    ("Петр Зуев написал заявление об уходе сам.", False),
])
def test_gone_by_the_employers_decision(second: str, conflict: bool) -> None:
    a = _named("Петр Зуев ушел с поста по собственному желанию.", "a.txt", 1,
               ("Петр Зуев", "Петр Зуев"))
    form = next(w for w in ("Петром Зуевым", "Петра Зуева", "Петр Зуев") if w in second)
    b = _named(second, "b.txt", 2, (form, "Петр Зуев"))
    assert ("statement" in [k for k, _v in found([a, b])]) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # none held, told by a participle's group, by «никого», by «задержаний не было»
    ("В полиции уточнили, что никто из пришедших не задерживался.", True),
    ("Никого не задерживали, уверяют в МВД.", True),
    ("«Задержаний не было», — ответили в отделе полиции.", True),
    # none hurt is another question; a list of the held is no count of them
    ("Пострадавших нет, уверяют в МВД.", False),
    ("Списка задержанных у защитников не было.", False),
])
def test_none_held_against_some(second: str, conflict: bool) -> None:
    first = "После матча полиция задержала у стадиона семь человек."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the region's crops lost, by its association
    ("Фермеры считают, что засуха погубила свыше 30 тыс. гектаров посевов.", True),
    # the same area; one district's share, with another district's told beside it
    ("В министерстве подтвердили: засуха погубила посевы на 15 тыс. га.", False),
])
def test_crops_lost_to_the_weather(second: str, conflict: bool) -> None:
    first = "Площадь посевов, погибших от засухи, оценивается в 15 тыс. гектаров."
    assert ("count" in _kinds(first, second)) is conflict


def test_districts_shares_are_no_rivals_of_the_whole() -> None:
    claims = [
        _read("Площадь посевов, погибших от засухи, оценивается в 15 тыс. гектаров.",
              "a.txt", 1),
        _named("Глава Северного района уточнил, что засуха погубила там 6 тыс. гектаров "
               "посевов.", "b.txt", 2),
        _named("Глава Южного района насчитала 4 тыс. гектаров погибших от засухи озимых.",
               "c.txt", 3),
    ]
    from dataclasses import replace

    from factdb.models import Entity

    def placed(sc, word: str, name: str):  # type: ignore[no-untyped-def]
        at = sc.claim.start + sc.claim.text.index(word)
        ent = Entity(at, at + len(word), word, name, "LOC")
        return replace(sc, claim=replace(sc.claim, entities=sc.claim.entities + (ent,)))

    claims[1] = placed(claims[1], "Северного района", "Северный район")
    claims[2] = placed(claims[2], "Южного района", "Южный район")
    assert "count" not in [k for k, _v in found(claims)]


@pytest.mark.parametrize(("second", "conflict"), [
    # in force since a weekday, or since the day it was announced
    ("В поселке со среды действует режим ЧС, напоминают ветеринары.", True),
    # the same day; a day of the hail in a relative clause dates no regime
    ("Режим ЧС в поселке введен с 12 ноября.", False),
    ("Режим ЧС введен в поселке, где 8 ноября нашли больных свиней.", False),
])
def test_an_emergency_in_force_since(second: str, conflict: bool) -> None:
    first = ("Как следует из постановления главы района, режим ЧС в поселке действует с 12 "
             "ноября.")
    assert ("date" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the signers of one letter, an actor's word and an artist's
    ("В департаменте уверяют, что обращение подписали лишь 17 актеров.", True),
    # the same figure; another letter of another act
    ("Обращение в защиту режиссера подписали 38 актеров.", False),
    ("Девять артистов еще весной пожаловались на режиссера в департамент.", False),
])
def test_signers_of_one_letter(second: str, conflict: bool) -> None:
    first = "По словам солиста оперы, обращение в защиту режиссера подписали 38 артистов."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a measure in force from another day
    ("Карантин в поселке введен 8 ноября.", True),
    # a relative clause after the measure tells its own day, not the measure's
    ("Карантин введен в поселке, где 8 ноября нашли больных свиней.", False),
])
def test_a_measure_takes_effect_not_on_a_relative_clauses_day(second: str,
                                                              conflict: bool) -> None:
    first = "Как следует из постановления главы района, карантин в поселке действует с 12 ноября."
    assert ("date" in _kinds(first, second)) is conflict
