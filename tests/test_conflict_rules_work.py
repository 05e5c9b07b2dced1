"""Conflict rules of work, deals and fires: an agreement's term, a transfer's fee, how
many quit of their own will, an event's hour told in digits with its part of the day,
those poisoned, the workers led out of a building; each with its look-alike.

Hand-built claims of one story (tests.test_conflict_rules.in_story) whose counts and
dates the extraction reads from their text.
"""

from __future__ import annotations

import pytest

from factdb.conflicts.facts import read_facts
from tests.test_conflict_rules import found, in_story
from tests.test_conflict_rules_affairs import _kinds, _read

_CONTRACT = "Клуб подписал с нападающим контракт на три года."


@pytest.mark.parametrize(("second", "conflict"), [
    # another term of the one agreement, by season or as an adjective
    ("Соглашение с игроком рассчитано на два сезона, сообщил источник.", True),
    ("Нападающий заключил с клубом двухлетний контракт.", True),
    ("Договор с хоккеистом оформлен сроком на пять лет.", True),
    # a comma after the agreement's word; the adjective after it
    ("Стороны заключили контракт, рассчитанный на два сезона.", True),
    ("«Контракт двухлетний», — уточнил агент нападающего.", True),
    # the same term; a term only offered; a span with no agreement beside it
    ("Контракт с игроком подписан сроком на три года.", False),
    # seasons are years: three seasons are three years
    ("Соглашение с игроком рассчитано ровно на три сезона.", False),
    ("Клуб предлагал нападающему контракт на пять лет.", False),
    ("Переговоры о переходе шли почти два года.", False),
])
def test_the_term_of_one_agreement(second: str, conflict: bool) -> None:
    assert ("count" in _kinds(_CONTRACT, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a transfer's price is the deal's, by any of its names
    ("Отступные за нападающего составили 25 млн рублей.", True),
    ("Сумма сделки по переходу игрока — 25 млн рублей.", True),
    # the same price; a salary is another sum
    ("Отступные за нападающего составили 40 млн рублей.", False),
    ("Зарплата игрока составит 25 млн рублей в год.", False),
])
def test_the_fee_of_one_transfer(second: str, conflict: bool) -> None:
    assert ("count" in _kinds("Сумма трансфера составила 40 млн рублей.", second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # those who quit, whatever noun counts them and however the quitting is told
    ("Из больницы решили уволиться 11 медиков.", True),
    ("По собственному желанию из больницы ушли 11 специалистов.", True),
    # the same count; those still at work are another count
    ("Уволились четырнадцать врачей больницы.", False),
    ("В больнице остаются работать 11 врачей.", False),
])
def test_how_many_quit(second: str, conflict: bool) -> None:
    first = "Заявления об увольнении написали 14 врачей больницы."
    assert ("count" in _kinds(first, second)) is conflict


def test_quitting_is_no_layoff() -> None:
    """«увольняются» is quitting, «увольняют» laying off: two counts of two things."""
    quit_ = read_facts(_read("Из больницы увольняются 14 врачей.", "a.txt", 1))
    laid = read_facts(_read("Из больницы увольняют 14 врачей.", "a.txt", 1))
    assert [frame for frame, *_rest in quit_.counts] == ["resigned"]
    assert [frame for frame, *_rest in laid.counts] == ["laid_off"]


@pytest.mark.parametrize(("second", "conflict"), [
    # the end of a fire at noon against at six in the morning
    ("Огонь на складе ликвидировали к полудню 14 ноября.", True),
    ("Пожар на складе потушили около 11 вечера 14 ноября.", True),
    # an hour that meets it; another stage of the fire
    ("Пожар на складе ликвидировали около 7 утра 14 ноября.", False),
    ("Пожар на складе локализовали к полудню 14 ноября.", False),
])
def test_an_hour_told_in_digits(second: str, conflict: bool) -> None:
    first = "Пожар на складе потушили в 6 утра 14 ноября."
    assert ("date" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # those poisoned are those fallen ill
    ("Грибами отравились 23 человека.", "Отравившихся грибами уже 31 человек.", True),
    ("Грибами отравились 23 человека.", "Отравились грибами двадцать три человека.", False),
    # the workers led out of a building are its people, whatever noun counts them
    ("Со склада эвакуировали 600 сотрудников.", "Со склада вывели около 400 работников.", True),
    ("Со склада эвакуировали 600 сотрудников.", "Со склада вывели около 600 работников.", False),
])
def test_people_poisoned_and_led_out(first: str, second: str, conflict: bool) -> None:
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # what one thing was insured for, by its verb or its noun
    ("Сумма страховки танкера — 600 млн рублей.", True),
    # the same sum; what the insurer is to pay out is another
    ("Судно застраховали на 900 млн рублей.", False),
    ("Страховое возмещение составит 600 млн рублей.", False),
])
def test_the_sum_one_thing_was_insured_for(second: str, conflict: bool) -> None:
    first = "Танкер застраховали на 900 млн рублей."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the season an agreement runs to
    ("В клубе говорят о контракте с игроком до конца сезона-2028/29.", True),
    ("В клубе говорят о контракте с игроком до конца сезона-2029/30.", False),
])
def test_the_season_one_agreement_runs_to(second: str, conflict: bool) -> None:
    first = "Нападающий подписал контракт до конца сезона-2029/30."
    assert ("count" in _kinds(first, second)) is conflict


# (each claim names a move and a club: a report of a transfer)
_FEE = "Клуб заплатил за переход нападающего около 90 млн рублей."


@pytest.mark.parametrize(("second", "conflict"), [
    # the deal's price told as compensation, or by a payment's verb
    ("Компенсация клубу за переход нападающего составила 150 млн рублей.", True),
    ("Клуб продал права на нападающего для перехода за 150 млн рублей.", True),
    # the same price; his salary and his old salary are other sums
    ("Компенсация клубу за переход нападающего составила 90 млн рублей.", False),
    ("После перехода зарплата нападающего в клубе составит 150 млн рублей.", False),
])
def test_the_price_of_a_players_move(second: str, conflict: bool) -> None:
    assert ("count" in _kinds(_FEE, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the new salary, told twice
    ("После перехода в клуб зарплата нападающего составит 80 млн рублей в год.", True),
    ("После перехода в клуб зарплата нападающего составит 120 млн рублей в год.", False),
    # the salary before the move
    ("До перехода в клуб зарплата нападающего по прежнему контракту была 60 млн рублей.", False),
])
def test_a_moved_players_salary(second: str, conflict: bool) -> None:
    first = "По данным источника, после перехода в клуб зарплата игрока составит 120 млн рублей."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # each notice is a person; a staff told as the whole leaves the part the count
    ("Отдел кадров школы получил 22 заявления на увольнение.", True),
    # notices taken back; those still meaning to leave later
    ("Пятеро учителей отозвали свои заявления на увольнение.", False),
    ("Уволиться все еще собираются 22 учителя.", False),
])
def test_notices_handed_in(second: str, conflict: bool) -> None:
    first = "Уволиться решили 30 учителей из 64, работающих в школе."
    assert ("count" in _kinds(first, second)) is conflict


_HEAD_DOCTOR = (("Ивана Серова", "Иван Серов"),)


@pytest.mark.parametrize(("second", "people", "conflict"), [
    ("Главный врач Иван Серов подал заявление по собственному желанию.",
     (("Иван Серов", "Иван Серов"),), True),
    # many leaving are a group, not the one removed
    ("Медики центра написали заявления на увольнение.", (), False),
])
def test_many_leaving_are_not_the_one_removed(second: str, people: tuple[tuple[str, str], ...],
                                             conflict: bool) -> None:
    a = in_story("Министр уволил главного врача Ивана Серова.", "a.txt", 1, people=_HEAD_DOCTOR)
    b = in_story(second, "b.txt", 2, people=people)
    assert bool([k for k in found([a, b]) if k[0] == "statement"]) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a department not taking patients since a day, days before the denial
    ("Со вторника, 10 ноября, родильное отделение не принимает рожениц.", True),
    ("Родильное отделение до сих пор стоит закрытым.", True),
    # the same answer
    ("Отделения центра функционируют в обычном режиме.", False),
])
def test_a_hospital_department_shut_or_working(second: str, conflict: bool) -> None:
    first = "Отделения районного центра, где медики написали заявления, функционируют штатно."
    a = _read(first, "a.txt", 1, published="2026-11-16")
    b = _read(second, "b.txt", 2, published="2026-11-18")
    assert ("statement" in [k for k, _v in found([a, b])]) is conflict


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # a part of a group counted befell what the group did; a kind of people in it counts
    ("Консервами отравились 17 человек, в том числе пятеро детей.",
     "Отравление консервами получили восемь детей.", True),
    ("Консервами отравились 17 человек, в том числе пятеро детей.",
     "С отравлением консервами в клинику попали пятеро детей.", False),
    # a participle after a collective is what it counts: «двое отравившихся» died
    ("Двое отравившихся умерли.", "Грибы убили троих, погибли три человека.", True),
    ("Двое отравившихся умерли.", "Скончались двое отравившихся грибами.", False),
    # the idiom «жертвами ... стали», however far its verb
    ("Жертвами ядовитых грибов в этом районе стали три человека.", "Двое отравившихся умерли.",
     True),
])
def test_parts_and_tolls_of_a_poisoning(first: str, second: str, conflict: bool) -> None:
    assert ("count" in _kinds(first, second)) is conflict
