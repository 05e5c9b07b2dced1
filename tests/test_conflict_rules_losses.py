"""Conflict rules of losses and crashes: a toll told after a dash, customers who suffered
a loss, a sum converted from another currency or told after a participle's comma, a death
at the scene told beside a survivor, a craft caught by the weather; each with its
look-alike.

Hand-built claims of one story (tests.test_conflict_rules_affairs._read) whose counts and
sums the extraction reads from their text.
"""

from __future__ import annotations

import pytest

from factdb.conflicts import statements
from factdb.conflicts.facts import read_facts
from tests.test_conflict_rules_affairs import _kinds, _read


@pytest.mark.parametrize(("second", "conflict"), [
    # the participle before the dash says what befell those counted after it
    ("Погибших — пять человек.", True),
    ("Погибших, по данным спасателей, — девять человек.", True),
    # the same toll; a list's member; no participle before the dash
    ("Погибших — семь человек.", False),
    ("Среди погибших — пять человек из соседнего района.", False),
    ("Пассажиров было много — более 60 человек.", False),
])
def test_a_toll_told_after_a_dash(second: str, conflict: bool) -> None:
    first = "В результате аварии погибли семь человек, сообщили в МЧС."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # customers who «suffered» lost money, as those who held it did
    ("По оценке полиции, от краха фонда пострадали 50 тысяч вкладчиков.", True),
    # the same number; clients hurt in body are no customers owed
    ("Пострадали около 20 тысяч вкладчиков фонда.", False),
    ("В столовой пострадали восемь клиентов, всех увезла скорая помощь в больницу.", False),
])
def test_customers_who_suffered_a_loss(second: str, conflict: bool) -> None:
    first = "Деньги в фонде держали около 20 тыс. вкладчиков, сообщила компания."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # a loss in coins converted into roubles after a dash is the loss's sum
    ("Следователи считают, что ущерб превысил два миллиарда рублей.",
     "Фирма называет убытки в 90 эфиров — если считать по текущему курсу, 700 млн рублей.",
     True),
    ("Следователи считают, что ущерб превысил два миллиарда рублей.",
     "Фирма хранит 90 эфиров — если считать по текущему курсу, 700 млн рублей.", False),
    # a participle closed by a comma before the dash names what the sum is
    ("По версии полиции, со счетов фонда похищено более двух миллиардов рублей.",
     "Фонд упоминает 90 эфиров, похищенных неизвестными, — почти 700 млн рублей.", True),
    ("По версии полиции, со счетов фонда похищено более двух миллиардов рублей.",
     "Фонд упоминает 90 эфиров, хранящихся на бирже, — почти 700 млн рублей.", False),
])
def test_a_sum_converted_or_told_after_a_dash(first: str, second: str,
                                              conflict: bool) -> None:
    assert bool(_kinds(first, second)) is conflict


@pytest.mark.parametrize(("text", "answer"), [
    # a death at the scene beside a survivor: still a death
    ("Штурман скончался на месте, а бортмеханик выжил.", True),
    # a survivor beside a death told plainly: two answers, none taken
    ("Штурман выжил, бортмеханик погиб.", None),
])
def test_a_death_at_the_scene_beside_a_survivor(text: str, answer: bool | None) -> None:
    answers = [yes for name, yes, _v in statements._answer(read_facts(_read(text, "a.txt", 1)))
               if name == "погиб"]
    assert answers == ([] if answer is None else [answer])


@pytest.mark.parametrize(("second", "conflict"), [
    # a craft caught by the weather: the weather is told as the cause
    ("Как считают в авиакомпании, самолет попал в неблагоприятные метеоусловия.", True),
    ("Диспетчер сообщил, что борт попал в сильную грозу над хребтом.", True),
    # the same cause; an accident is no weather
    ("Основная версия — отказ двигателя.", False),
    ("Самолет попал в аварию над тайгой.", False),
])
def test_a_craft_caught_by_the_weather(second: str, conflict: bool) -> None:
    first = "Основная версия крушения — отказ двигателя, сообщил источник."
    assert ("statement" in _kinds(first, second)) is conflict
