"""Conflict rules of sports, travel, winter and mountain stories: players suspended, a
sum paid for an act, a fund's holdings, a match's day told through «который», a coach
gone, counts of a state told as of an hour, what gave off the fumes, those caught by a
snowslide, travellers stranded abroad, a flight flown or called off, a firm struck off
a register, what set an avalanche off; each with its look-alike.

Hand-built claims of one story (tests.test_conflict_rules.in_story) whose counts and
dates the extraction reads from their text.
"""

from __future__ import annotations

import pytest

from factdb.conflicts import causes, court, statements
from factdb.conflicts.facts import read_facts
from factdb.conflicts.people import People
from factdb.extract.dates import find_dates
from factdb.extract.nlp import sentences
from factdb.models import StoredClaim
from tests.test_conflict_rules import found, in_story
from tests.test_conflict_rules_events import told

PUBLISHED = "2026-11-19"  # a Thursday


def _read(text: str, doc: str, n: int, published: str = PUBLISHED) -> StoredClaim:
    """A claim of the story with the counts and the dates the extraction reads."""
    dates = tuple((d.text, d.precision, d.date_from, d.date_to)
                  for d in find_dates(text, 0, published))
    return told(text, doc, n, dates=dates, published=published)


def _kinds(first: str, second: str) -> list[str]:
    return [k for k, _v in found([_read(first, "a.txt", 1), _read(second, "b.txt", 2)])]


@pytest.mark.parametrize(("first", "second", "kind", "conflict"), [
    # players barred, by their sport's word or the team's
    ("Лига отстранила от игр пятерых хоккеистов клуба.",
     "Среди отстраненных семь игроков, сообщил источник.", "count", True),
    ("Лига отстранила от игр пятерых хоккеистов клуба.",
     "Пятеро игроков команды отстранены до конца сезона.", "count", False),
    # a sum paid for an act, by its verb right before it; «с половиной» is a half
    ("Следствие считает, что вратарю заплатили три с половиной млн рублей.",
     "По версии защиты, вратарь получил за сдачу игры около двух млн рублей.", "count",
     True),
    ("Следствие считает, что вратарю заплатили три с половиной млн рублей.",
     "Общая сумма вознаграждения составила 3,5 млн рублей.", "count", False),
    # what a fund holds, not what is taken out of one
    ("В фонде ответственности оператора накоплено 80 млн рублей.",
     "Средства фонда ответственности, уточнили в агентстве, оцениваются в 45 млн рублей.",
     "count", True),
    ("В фонде ответственности оператора накоплено 80 млн рублей.",
     "Из резервного фонда города на билеты выделят 45 млн рублей.", "count", False),
    # the antecedent of «который» is what took place; what follows a colon is more of it
    ("Спор касается игры 12-го тура с гостями, которая прошла в воскресенье, 8 ноября.",
     "Игра с гостями прошла в субботу, 7 ноября: хозяева не забили ни одного мяча.", "date",
     True),
    ("Спор касается игры 12-го тура с гостями, которая прошла в воскресенье, 8 ноября.",
     "Игра с гостями прошла в воскресенье, 8 ноября: хозяева не забили ни одного мяча.",
     "date", False),
    # a flight of one day flown or called off; two days' flights are two
    ("Рейс из Хургады 12 ноября выполнен по расписанию.",
     "Рейс из Хургады 12 ноября отменен, пассажиров отправили в отель.", "statement", True),
    ("Рейс из Хургады 12 ноября выполнен по расписанию.",
     "Рейс из Хургады 14 ноября отменен, пассажиров отправили в отель.", "statement", False),
    # help on the spot within a quarter of an hour, or only after an hour
    ("Патрульные прибыли на место через 10 минут после схода.",
     "Патрульные прибыли только спустя час, рассказал выживший.", "statement", True),
    ("Патрульные прибыли на место через 10 минут после схода.",
     "Через 2 часа патруль уже вернулся на базу.", "statement", False),
    # a firm struck off a register: an act, though «исключить» is also a verb of saying
    ("Агентство исключило фирму из реестра в четверг, 12 ноября.",
     "13 ноября фирму исключили из реестра, сообщила газета.", "date", True),
])
def test_questions_of_sports_and_travel(first: str, second: str, kind: str,
                                        conflict: bool) -> None:
    assert (kind in _kinds(first, second)) is conflict


def test_a_coach_dismissed_or_gone_of_his_own_will() -> None:
    coach = (("Илья Мельник", "Илья Мельник"),)
    club = in_story("Контракт с тренером Ильей Мельником расторгнут по инициативе руководства.",
                    "a.txt", 1, people=(("Ильей Мельником", "Илья Мельник"),))
    own = in_story("Тренер Илья Мельник покинул клуб по своей воле, говорят в команде.", "b.txt", 2,
                   people=coach)
    assert "statement" in [k for k, _v in found([club, own])]


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # those caught by a snowslide, whatever they are called
    ("Под лавину попали шесть человек, сообщили спасатели.",
     "По данным базы, под лавину попали четверо сноубордистов.", True),
    ("Под лавину попали шесть человек, сообщили спасатели.",
     "Живыми из-под снега достали четверых.", False),
    # those who went together, by any person noun
    ("В группе было шестеро альпинистов.", "Они ушли в горы компанией из восьми приятелей.",
     True),
    # travellers stranded abroad, told as tourists or as clients
    ("Сейчас за рубежом находятся 2,5 тыс. туристов фирмы.",
     "За границей застряли свыше 4 тыс. клиентов оператора.", True),
    ("Сейчас за рубежом находятся 2,5 тыс. туристов фирмы.",
     "У офиса собрались около трех десятков клиентов.", False),
])
def test_people_caught_or_stranded_counted(first: str, second: str, conflict: bool) -> None:
    assert ("count" in _kinds(first, second)) is conflict


def test_a_state_as_of_a_part_of_a_weekday_is_no_rival_of_another_days() -> None:
    # homes still dark on Monday morning and on Tuesday evening: a count falling
    monday = _read("На 07:00 понедельника обесточенными остаются 21 тыс. домов.", "a.txt", 1)
    tuesday = _read("К вечеру вторника обесточенными оставались 4 тыс. домов.", "b.txt", 2)
    assert found([monday, tuesday]) == []


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # what gave off the carbon monoxide: a generator indoors against a stove
    ("Мужчина запустил генератор в закрытом гараже, причина смерти — отравление газом.",
     "Отравление произошло из-за печи: хозяин слишком рано закрыл заслонку.", True),
    ("Мужчина запустил генератор в закрытом гараже, причина смерти — отравление газом.",
     "Генератор тут ни при чем, отравление случилось из-за печи, считают в администрации.",
     True),
    # an avalanche set off by the skiers, or come down by itself
    ("Сход лавины спровоцировали сноубордисты, подрезавшие склон.",
     "Лавина сошла сама, ее никто не провоцировал, уверяет выживший.", True),
    ("Сход лавины спровоцировали сноубордисты, подрезавшие склон.",
     "Сход лавины спасатели зафиксировали в полдень.", False),
])
def test_causes_of_fumes_and_snowslides(first: str, second: str, conflict: bool) -> None:
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("text", "kind"), [
    # a criminal article's name is no cause told
    ("Из-за пожара возбуждено дело по ст. 219 УК (нарушение правил пожарной безопасности).",
     None),
    ("Причину пожара проверяют по статье 219 УК («Нарушение требований пожарной безопасности»).",
     None),
    ("Причиной пожара стало нарушение правил пожарной безопасности.", "неосторожность"),
])
def test_an_articles_name_is_no_cause(text: str, kind: str | None) -> None:
    got = causes._cause(read_facts(in_story(text, "a.txt", 1)))
    assert (got[0] if got else None) == kind


def test_a_count_spoken_of_is_no_leak() -> None:
    # «речь идет о» tells a figure, not records leaked, where no leak is told
    claim = _read("Речь идет о 900 пассажирах.", "a.txt", 1)
    assert [frame for frame, *_r in read_facts(claim).counts] == []


def test_the_age_nearest_a_name_is_its_own() -> None:
    text = "Погибшие — 31-летний Олег Рябов и 27-летняя Анна Лунева, оба из города."
    names = (("Олег Рябов", "Олег Рябов"), ("Анна Лунева", "Анна Лунева"))
    claim = in_story(text, "a.txt", 1, people=names)
    ages = {who: age for who, age, _v in
            court._ages(read_facts(claim), People([name for _m, name in names]))}
    assert ages == {"олег рябов": 31, "анна лунева": 27}


def test_a_sum_cut_short_ends_its_sentence() -> None:
    text = "В фонде 52 млн руб. «Это очень мало», — сказала она. Долг — 3 млн руб. Суд идет."
    assert [text[a:b] for a, b in sentences(text)] == [
        "В фонде 52 млн руб.", "«Это очень мало», — сказала она.", "Долг — 3 млн руб.",
        "Суд идет."]


@pytest.mark.parametrize(("text", "hours"), [
    # minutes to an hour with no part of the day: an hour before seven is the afternoon's
    ("Обвал случился без двадцати час.", (12.57, 12.77)),
    ("Обвал случился без двадцати час ночи.", (0.57, 0.77)),
    ("Обвал случился без четверти девять.", (8.65, 8.85)),
    # shortly before half past an hour: the half hour before it
    ("Обвал случился незадолго до половины седьмого вечера.", (17.9, 18.5)),
    ("Обвал случился около половины седьмого вечера.", (18.25, 18.75)),
])
def test_minutes_to_an_hour_with_no_part_of_the_day(text: str, hours: tuple[float, float]
                                                    ) -> None:
    got = statements._hours(text)
    assert got is not None and (round(got[0], 2), round(got[1], 2)) == hours
