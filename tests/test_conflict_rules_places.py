"""Conflict rules of places, cases and shortages: a dangerous place closed and marked or
open, an event's hour told by a pronoun after the claim that names it, a supply told
fully back in a district and still off in its villages later, the accused counted as
people held, patients left without a drug, a raid told as an operation, a shortage's
start told by a part of a month; each with its look-alike.

Hand-built claims of one story (tests.test_conflict_rules.in_story) whose counts and
dates the extraction reads from their text.
"""

from __future__ import annotations

import pytest

from factdb.extract.dates import find_dates
from factdb.models import StoredClaim
from tests.test_conflict_rules import CITY, found
from tests.test_conflict_rules_affairs import PUBLISHED, _kinds
from tests.test_conflicts import claim


def _said(text: str, doc: str, doc_id: int, start: int = 0,
          places: tuple[tuple[str, str], ...] = (),
          published: str = PUBLISHED) -> StoredClaim:
    """A claim of the story's report `doc`, at `start` in it, with its days and the places
    given (the story's city and port besides, named after the claim's own words)."""
    full = f"{text} ({CITY[0]}, {CITY[1]} порт)"
    dates = tuple((d.text, d.precision, d.date_from, d.date_to)
                  for d in find_dates(full, 0, published))
    return claim(full, doc=doc, doc_id=doc_id, start=start, published=published, dates=dates,
                 places=(CITY, (f"{CITY[1]} порт", f"{CITY[1]} порт"), *places))


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # closed and marked, or no sign of it at the entry
    ("Карьер был закрыт для посещения, заявили в администрации.",
     "Никаких ограждений у обрыва над карьером не было, говорят местные.", True),
    ("Подростки нарушили запрет и проникли на закрытую территорию.",
     "Ни одной таблички там нет, показал корреспондент.", True),
    ("У спуска к воде висели аншлаги, была натянута лента.",
     "Ленту повесили лишь утром, уже после несчастного случая.", True),
    ("Пляж закрыт для купания с начала месяца, напомнили в администрации.",
     "Таблички о запрете купания на пляже не стояли, уверяют отдыхающие.", True),
    # told closed twice: one account; a news feed is no tape
    ("Карьер был закрыт для посещения, заявили в администрации.",
     "Территория карьера закрыта, у ворот висят таблички.", False),
    ("Карьер был закрыт для посещения, заявили в администрации.",
     "Лента новостей района молчала до вечера.", False),
])
def test_a_place_closed_and_marked_or_open(first: str, second: str, conflict: bool) -> None:
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("before", "pronoun", "conflict"), [
    # «это было», «это произошло» right after the claim naming the event
    ("Лавина накрыла лыжников у подъемника.", "Это случилось в половине первого.", True),
    ("Взрыв прогремел в подвале дома.", "Это произошло около десяти вечера.", True),
    # the event's verb told again with a pronoun
    ("Лавина накрыла лыжников у подъемника.", "Накрыла она их примерно в 12:10.", True),
    # a claim before that names no event, or another verb: no event told
    ("Спасатели работали у подъемника.", "Это случилось в половине первого.", False),
    ("Лавина накрыла лыжников у подъемника.", "Приехали они около 12:10.", False),
])
def test_an_events_hour_told_by_a_pronoun(before: str, pronoun: str, conflict: bool) -> None:
    a = _said("Лавина сошла около 14:30, сообщили спасатели.", "a.txt", 1)
    if "Взрыв" in before:
        a = _said("Взрыв прогремел около 03:15, сообщили спасатели.", "a.txt", 1)
    b1 = _said(before, "b.txt", 2, start=100)
    b2 = _said(pronoun, "b.txt", 2, start=200)
    assert ("date" in [k for k, _v in found([a, b1, b2])]) is conflict


_FULL = "Подача электроэнергии в Заречном районе полностью восстановлена в среду."
_IN_DISTRICT = "В селах Малые Ключи и Гать Заречного района чинят опоры."
_IN_ANOTHER = "В селах Малые Ключи и Гать Озерного района чинят опоры."


@pytest.mark.parametrize(("where", "still_off", "published", "conflict"), [
    # the district's villages still dark on a later day
    (_IN_DISTRICT, "В Малых Ключах электричества по-прежнему нет.", "2026-11-19", True),
    (_IN_DISTRICT, "Малые Ключи остаются без света четвертые сутки.", "2026-11-20", True),
    # villages of another district, or dark on the day of the restoration itself
    (_IN_ANOTHER, "В Малых Ключах электричества по-прежнему нет.", "2026-11-19", False),
    (_IN_DISTRICT, "В Малых Ключах электричества по-прежнему нет.", "2026-11-18", False),
    # another supply still off
    (_IN_DISTRICT, "В Малых Ключах воды по-прежнему нет.", "2026-11-19", False),
])
def test_a_supply_fully_back_and_still_off_in_a_village(where: str, still_off: str,
                                                        published: str, conflict: bool) -> None:
    full = _said(_FULL, "a.txt", 1, places=(("Заречном районе", "Заречный район"),))
    district = "Заречного района" if "Заречного" in where else "Озерного района"
    inside = _said(where, "c.txt", 3, places=(("Малые Ключи", "Малые Ключи"), ("Гать", "Гать"),
                                              (district, district.replace("ого района",
                                                                          "ый район"))))
    off = _said(still_off, "b.txt", 2, published=published,
                places=((still_off.split(" ")[1] + " " + still_off.split(" ")[2]
                         if still_off.startswith("В ") else "Малые Ключи", "Малые Ключи"),))
    got = [values for kind, values in found([full, inside, off]) if kind == "date"]
    assert any("не восстановлено" in values for values in got) is conflict


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # those held, however the accused are named and whatever term stands between the
    # count and its verb
    ("Суд отправил под стражу 12 участников банды.",
     "Горсуд отправил под стражу до 20 января девять подозреваемых.", True),
    ("Суд отправил под стражу 12 участников банды.",
     "Горсуд отправил под стражу до 20 января 12 подозреваемых.", False),
    # patients left without their drug, by any noun for them
    ("Без льготных препаратов оказались 150 человек, признали в минздраве.",
     "Без лекарств в районе остаются около 900 пациентов.", True),
    ("Без льготных препаратов оказались 150 человек, признали в минздраве.",
     "Без тепла в районе остаются около 900 человек.", False),
])
def test_those_held_and_those_left_without_a_drug(first: str, second: str,
                                                       conflict: bool) -> None:
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # a raid told as an operation of the police, its sites listed after «и»
    ("В четверг, 12 ноября, ночью полиция провела рейд в общежитии.",
     "В пятницу, 13 ноября, днем обыски провели в мэрии и в загородном доме.", True),
    # an operation of no police is a surgery or a rescue
    ("В четверг, 12 ноября, ночью раненому сделали операцию.",
     "В пятницу, 13 ноября, днем обыски провели в мэрии и в загородном доме.", False),
    # searches told as more of them are another day's
    ("В четверг, 12 ноября, ночью полиция провела рейд в общежитии.",
     "В пятницу, 13 ноября, обыски провели также в загородном доме.", False),
    # a shortage's start told by a part of a month, or as what one cannot get since
    ("Как уверяют в ведомстве, перебои с препаратами начались 14 ноября.",
     "Перебои длятся с первых чисел ноября, жалуются покупатели.", True),
    ("Как уверяют в ведомстве, перебои с препаратами начались 14 ноября.",
     "С начала ноября пациенты не могут купить в аптеках нужное лекарство.", True),
    ("Как уверяют в ведомстве, перебои с препаратами начались 14 ноября.",
     "Перебои с лекарствами начались в середине ноября.", False),
    # a whole month holds the day
    ("Как уверяют в ведомстве, перебои с препаратами начались 14 ноября.",
     "С ноября пациенты не могут купить в аптеках нужное лекарство.", False),
])
def test_a_raids_day_and_a_shortages_start(first: str, second: str, conflict: bool) -> None:
    assert ("date" in _kinds(first, second)) is conflict
