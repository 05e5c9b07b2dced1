"""Conflict rules of a city's affairs: a found shell's weight, where it was destroyed and
who took it away, a child hurt or not, the day a speaker's words are dated by, a tally
kept since a start, a ban's scope and a denial «как таковой», a benefit kept or
cancelled for one group, a ride's fare by the way it is paid, things carried out of a
fire; each with its look-alike.

Hand-built claims of one story (tests.test_conflict_rules_affairs._read) whose counts and
dates the extraction reads from their text.
"""

from __future__ import annotations

import pytest

from tests.test_conflict_rules import found
from tests.test_conflict_rules_affairs import _kinds, _read


@pytest.mark.parametrize(("second", "conflict"), [
    # another weight, told by any word of weight
    ("Вес снаряда — около 50 килограммов, уточнили в МЧС.", True),
    # the same weight; a load inside is no weight of the shell
    ("По данным военных, это 100-килограммовый снаряд.", False),
    ("В снаряде было около 40 килограммов тротила.", False),
    # a rule's threshold weighs no one thing
    ("Комиссия предложила ограничить проезд машин массой более 10 тонн.", False),
])
def test_the_weight_of_a_found_shell(second: str, conflict: bool) -> None:
    first = "Саперы извлекли из траншеи снаряд массой 100 кг."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # blown up where it lay
    ("По словам главы поселка, снаряд подорвали прямо на месте.", True),
    ("Снаряд уничтожен на месте обнаружения, сообщили в администрации.", True),
    # taken away too; a claim telling both a plan and what was done answers nothing
    ("Снаряд уничтожен на полигоне под городом.", False),
    ("Снаряд сначала хотели подорвать на месте, но затем вывезли на полигон.", False),
])
def test_a_shell_destroyed_on_the_spot_or_taken_away(second: str, conflict: bool) -> None:
    first = "Снаряд вывезли на полигон и там уничтожили, сообщили военные."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the other service took it away
    ("Извлекали снаряд пиротехники МЧС, утверждают в мэрии.", True),
    # the army again; both services named beside the act tell no one of them
    ("Снаряд вывезли военнослужащие инженерной роты.", False),
    ("Спасатели МЧС держали оцепление, снаряд извлекали военные.", False),
])
def test_who_took_a_shell_away(second: str, conflict: bool) -> None:
    first = "Снаряд извлекли саперы Минобороны."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a child hurt, named as a daughter
    ("При столкновении пострадали пенсионерка и ее маленький сын.", True),
    # the season's hurt in the accidents: the event is no one hurt
    ("За год в столкновениях на перекрестке пострадали 40 человек.", False),
])
def test_a_child_hurt_or_not(second: str, conflict: bool) -> None:
    first = "Мальчик при том столкновении не пострадал, уверяют врачи."
    assert ("statement" in _kinds(first, second)) is conflict


def test_no_children_among_the_hurt() -> None:
    first = "При столкновении пострадали пенсионерка и ее маленький сын."
    assert "statement" in _kinds(first, "Детей среди раненых нет, заявили в минздраве.")


@pytest.mark.parametrize(("second", "conflict"), [
    # the speech's day is no day of the event it tells of
    ("Выступая в среду на заседании думы, мэр заявил, что авария на перекрестке "
     "произошла из-за гололеда.", False),
    ("Авария на перекрестке произошла 6 ноября, сообщили в полиции.", True),
])
def test_the_day_of_a_speakers_words(second: str, conflict: bool) -> None:
    first = "Авария на перекрестке произошла 5 ноября, в четверг вечером."
    assert ("date" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("earlier", "later", "conflict"), [
    # a tally since a start told smaller days later
    ("С начала года в области произошло 300 пожаров.",
     "С начала года в области произошло 250 пожаров.", True),
    # told larger later: it grew
    ("С начала года в области произошло 250 пожаров.",
     "С начала года в области произошло 300 пожаров.", False),
])
def test_a_tally_kept_since_a_start(earlier: str, later: str, conflict: bool) -> None:
    claims = [_read(earlier, "a.txt", 1, published="2026-11-16"),
              _read(later, "b.txt", 2, published="2026-11-20")]
    assert ("count" in [k for k, _v in found(claims)]) is conflict


def test_a_tally_told_as_of_an_older_day_by_its_source() -> None:
    older = "По данным МЧС на 1 сентября, с начала года в области произошло 250 пожаров."
    assert "count" not in _kinds(older, "С начала года в области произошло 300 пожаров.")


@pytest.mark.parametrize(("second", "conflict"), [
    ("Мэрия не запрещает прокат лодок на озере, уверяют в думе.", True),
    # not all of it: a part is banned
    ("Мы не запрещаем прокат лодок как таковой, только ночью, пояснили в мэрии.", False),
])
def test_a_denial_of_a_thing_as_such(second: str, conflict: bool) -> None:
    assert ("statement" in _kinds("Мэрия запрещает прокат лодок на озере.", second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    ("Продуктов никто из пострадавших не получил, говорят жители.", True),
    # payments for the clothes are another thing
    ("Выплат за одежду и продукты никто из пострадавших не получил, говорят жители.", False),
])
def test_a_flat_denial_of_a_thing_or_of_what_it_is_for(second: str, conflict: bool) -> None:
    first = "Все пострадавшие получили продукты и теплые вещи, сообщили в администрации."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    ("Продажа пиротехники запрещена полностью, по всему городу.", True),
    # a part-time rule over the whole city is no full ban there
    ("С 23:00 до 06:00 продажа пиротехники запрещена во всех районах города.", False),
])
def test_where_a_ban_holds_in_full(second: str, conflict: bool) -> None:
    first = "Полный запрет на продажу пиротехники действует только в Северном районе."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    ("Студенческую льготу на проезд фактически отменили.", True),
    # another group's benefit
    ("Льготу пенсионерам на проезд отменили.", False),
])
def test_a_groups_benefit_kept_or_cancelled(second: str, conflict: bool) -> None:
    first = "Скидка для студентов на проезд сохраняется, заверили в мэрии."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    ("На маршрутах валидаторы списывают 38 рублей.", True),
    # the cash fare, the card fare before the rise, a ceiling: other quantities
    ("Наличными проезд обойдется в 46 рублей.", False),
    ("Раньше поездка по карте стоила 32 рубля.", False),
    ("Предельный тариф при оплате картой — 48 рублей.", False),
])
def test_a_rides_fare_by_the_way_it_is_paid(second: str, conflict: bool) -> None:
    first = "По карте проезд будет стоить 40 рублей."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    ("Из здания музея успели вынести 15 картин.", True),
    ("Из горящего музея вынесли 40 картин, сообщили пожарные.", False),
])
def test_things_carried_out_of_a_fire(second: str, conflict: bool) -> None:
    first = "Из горящего музея удалось вынести 40 картин."
    assert ("count" in _kinds(first, second)) is conflict
