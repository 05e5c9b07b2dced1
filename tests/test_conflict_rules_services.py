"""Conflict rules of public places and services and of the hours and counts of an event: a
shop or a museum open or closed that day, a medicine in stock or out, an exam to be sat
again or not, a last inspection of a lift or an escalator, the measure of «both accused»,
a measure denied beside the one chosen, the hour of an escape, of water coming in, of a
wounding, of the last one brought out, an hour bounded («не раньше») or denied («а не в
половине третьего»), results annulled, shots fired, the ill counted by what was found in
them, newborns as children, a part counted after «из них —», a readiness passport as a
permit; each with its look-alike.

Hand-built claims of one story (tests.test_conflict_rules.in_story); counts and dates as the
extraction reads them where a rule needs them.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from factdb.extract.facts import find_counts
from tests.test_conflict_rules import found, in_story
from tests.test_conflict_rules_affairs import _read
from tests.test_conflict_rules_events import kinds_of


def _said(text: str, doc: str, n: int, day: str, **kw: object) -> object:
    c = in_story(text, doc, n, published=day, **kw)  # type: ignore[arg-type]
    return replace(c, claim=replace(c.claim, said_on=day))


def _statement(first: str, second: str, day_a: str = "2025-03-08",
               day_b: str = "2025-03-08") -> bool:
    a, b = _said(first, "a.txt", 1, day_a), _said(second, "b.txt", 2, day_b)
    return "statement" in [k for k, _v in found([a, b])]  # type: ignore[list-item]


@pytest.mark.parametrize(("closed", "open_", "days", "conflict"), [
    # a venue shut that day against one working as usual
    ("Сегодня рынок закрыт, покупателей туда не пускают.",
     "Рынок сегодня открыт для покупателей, закрыт лишь один павильон.", 0, True),
    ("Торговый комплекс «Северный» закрыли для посетителей.",
     "Как убедился наш корреспондент, магазины торгового комплекса открыты.", 0, True),
    # a part shut leaves the place open: both answers are «open»
    ("Музей закрыт только на втором этаже, экспозиция внизу работает.",
     "Музей работает в обычном режиме.", 0, False),
    # a closing to come is no answer of the day
    ("Кинотеатр будет закрыт с понедельника.", "Кинотеатр работает.", 0, False),
    # another predicate, of a person, after a conjunction
    ("Торговый центр закрыт, у входа дежурит охрана.",
     "Обвиняемый никогда не был сотрудником ТЦ и работал инженером подрядчика.", 0, False),
    # two days: closed one day, open the next
    ("Сегодня рынок закрыт, покупателей туда не пускают.",
     "Рынок сегодня открыт для покупателей.", 1, False),
])
def test_a_venue_open_or_closed_that_day(closed: str, open_: str, days: int,
                                         conflict: bool) -> None:
    assert _statement(closed, open_, "2025-03-08", f"2025-03-{8 + days:02d}") is conflict


@pytest.mark.parametrize(("out", "conflict"), [
    ("«В аптеке нам сказали: инсулина нет, закончился».", True),
    ("Родители жалуются на нехватку вакцины в районной больнице.", True),
    # a medicine's want named in a complaint is no affirmation of the medicine either
    ("Вакцину в больницу привезли утром.", False),
])
def test_a_medicine_in_stock_or_out(out: str, conflict: bool) -> None:
    stock = "«Перебоев с вакциной и инсулином в районе нет, необходимый запас препаратов имеется»."
    assert _statement(out, stock, "2025-03-08", "2025-03-09") is conflict


@pytest.mark.parametrize(("no", "conflict"), [
    ("«Переписывать диктант никто не будет», — заявил министр.", True),
    ("В министерстве заверили, что повторного диктанта не будет.", True),
    # one claim both ways: no answer
    ("Министр исключил повторный диктант, однако в городе его напишут заново.", False),
])
def test_an_exam_sat_again_or_not(no: str, conflict: bool) -> None:
    yes = "Девятые классы района повторно напишут диктант 12 декабря, сообщили в управлении."
    assert _statement(no, yes, "2025-12-01", "2025-12-02") is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a later inspection of the same escalator denies the last one told
    ("Судя по журналу, эскалатор последний раз проверяли 12 октября.", True),
    # told with the day the words were said: that day is no inspection's
    ("Мастер обслуживал эскалатор 9 ноября.", False),
])
def test_the_last_inspection_of_an_escalator(second: str, conflict: bool) -> None:
    first = _read("Подрядчик в воскресенье заявил, что последнее техобслуживание эскалатора "
                  "проводилось 9 ноября.", "a.txt", 1, published="2025-11-16")
    first = replace(first, claim=replace(first.claim, said_on="2025-11-16"))
    b = _read(second, "b.txt", 2, published="2025-11-18")
    assert ("date" in [k for k, _v in found([first, b])]) is conflict


def _measure(text: str, doc: str, n: int, who: tuple[str, str], published: str) -> object:
    return in_story(text, doc, n, people=(who,), published=published,
                    dates=(("5 марта", "day", "2024-03-05", "2024-03-05"),))


@pytest.mark.parametrize(("three", "conflict"), [
    # «both accused» are each of the two the story's measures are of
    (False, True),
    # the story names three: «both» says not which two
    (True, False),
])
def test_both_accused_are_each_of_the_two(three: bool, conflict: bool) -> None:
    claims = [
        _measure("Суд 5 марта отправил Петра Иванова под домашний арест.", "a.txt", 1,
                 ("Петра Иванова", "Петр Иванов"), "2024-03-05"),
        _measure("Суд 5 марта заключил Олега Смирнова под стражу.", "b.txt", 2,
                 ("Олега Смирнова", "Олег Смирнов"), "2024-03-06"),
        in_story("Оба фигуранта дела отправлены в СИЗО, сообщили в ведомстве.", "c.txt", 3,
                 published="2024-03-07"),
    ]
    if three:
        claims.append(_measure("Суд 5 марта отправил Анну Кравец под домашний арест.", "d.txt",
                               4, ("Анну Кравец", "Анна Кравец"), "2024-03-06"))
    assert ("status" in [k for k, _v in found(claims)]) is conflict  # type: ignore[arg-type]


@pytest.mark.parametrize(("second", "conflict"), [
    # arrest denied beside the measure chosen: the measure is the travel ban
    ("В суде уточнили: Петр Иванов не арестован, он отпущен под подписку о невыезде.",
     True),
    # an arrest told as rumoured («якобы») is no measure
    ("Многие пересылают новость о том, что Петра Иванова якобы отправили в СИЗО.", False),
])
def test_a_measure_denied_beside_the_one_chosen(second: str, conflict: bool) -> None:
    a = in_story("Суд 5 марта арестовал Петра Иванова на 30 суток.", "a.txt", 1,
                 people=(("Петра Иванова", "Петр Иванов"),),
                 dates=(("5 марта", "day", "2024-03-05", "2024-03-05"),), published="2024-03-05")
    b = in_story(second, "b.txt", 2, people=(("Петр Иванов" if "Петр " in second else
                                               "Петра Иванова", "Петр Иванов"),),
                 published="2024-03-07")
    assert ("status" in [k for k, _v in found([a, b])]) is conflict


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # an escape put at two hours
    ("Медведь выбрался из вольера около 17:40.", "«Из вольера он вышел не раньше 18:20»,— "
     "настаивает директор.", True),
    ("Медведь выбрался из вольера около 17:40.", "Зверь покинул вольер примерно в 17:50.",
     False),
    # water come into a village
    ("Вода начала заходить в поселок около 05:00.", "«Вода пошла по дворам в половине "
     "третьего ночи»,— говорит староста.", True),
    # a wounding, the hour the speaker denies left out
    ("Мужчина был ранен около 14:30.", "«Отца ранило около одиннадцати утра, а не в половине "
     "третьего, как писали в новостях».", True),
    ("Мужчина был ранен около 14:30.", "«Отца ранили около половины третьего дня».", False),
    # the last one brought out of a rescue
    ("Последнего из заблокированных рабочих подняли на поверхность в 23:40.",
     "«Последнего пострадавшего спасатели вывели сегодня в 05:20».", True),
])
def test_the_hour_of_an_event(first: str, second: str, conflict: bool) -> None:
    a = _said(first, "a.txt", 1, "2025-04-10")
    b = _said(second, "b.txt", 2, "2025-04-10")
    assert ("date" in [k for k, _v in found([a, b])]) is conflict  # type: ignore[list-item]


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # results annulled, however told
    ("Результаты 312 участников аннулированы.", "Наблюдатели насчитали 1140 аннулированных "
     "бюллетеней.", False),
    ("Избирком говорит о 312 аннулированных бюллетенях.",
     "Наблюдатели насчитали 1140 аннулированных бюллетеней.", True),
    # shots fired, by their noun
    ("По словам владельца тира, прозвучало всего пять выстрелов.",
     "Полиция считает, что стрелки сделали не менее 40 выстрелов.", True),
    ("По словам владельца тира, прозвучало всего пять выстрелов.",
     "По словам инструктора, стрелки сделали пять выстрелов.", False),
    # the ill counted by what was found in them; newborns are children
    ("Инфекция подтверждена у шести новорожденных.", "По словам родителей, заразились 11 детей.",
     True),
    ("Инфекция подтверждена у шести новорожденных.", "По словам родителей, заразились 6 детей.",
     False),
    # a part counted after «из них —», by the noun past the dash
    ("Всего пострадали восемь человек, трое из них — дети.",
     "Среди пострадавших двое детей.", True),
])
def test_counts_of_an_event(first: str, second: str, conflict: bool) -> None:
    assert ("count" in kinds_of(first, second)) is conflict


def test_a_part_after_its_dash_is_counted_by_the_noun() -> None:
    got = [(c.value, c.noun) for c in find_counts("Всего восемь, трое из них — дети.", 0)]
    assert (3, "ребёнок") in got or (3, "ребенок") in got


@pytest.mark.parametrize(("second", "conflict"), [
    # a day against the month that holds it: work done on the 6th, none that month
    ("«Проверка показала, что уборка подъезда в ноябре не проводилась».", True),
    # another month: no dispute
    ("«Проверка показала, что уборка подъезда в октябре не проводилась».", False),
])
def test_work_done_that_day_against_none_that_month(second: str, conflict: bool) -> None:
    a = _read("«Уборка подъезда была произведена 6 ноября по графику».", "a.txt", 1,
              published="2025-11-11")
    b = _read(second, "b.txt", 2, published="2025-11-19")
    assert ("statement" in [k for k, _v in found([a, b])]) is conflict


@pytest.mark.parametrize(("first", "conflict"), [
    # closed to new patients since a day: the closure's day, against another told
    ("В клинике сообщили, что стационар закрыт для приема новых больных с 3 ноября.", True),
    # a new closure, told so, is another event
    ("Стационар закрыт повторно с 3 ноября.", False),
])
def test_a_closure_dated_by_its_state(first: str, conflict: bool) -> None:
    a = _read(first, "a.txt", 1, published="2025-11-09")
    b = _read("«Стационар закрыли лишь 8 ноября»,— утверждает медсестра.",
              "b.txt", 2, published="2025-11-10")
    assert ("date" in [k for k, _v in found([a, b])]) is conflict


@pytest.mark.parametrize(("yes", "conflict"), [
    ("По его словам, школа в августе получила паспорт готовности.", True),
    ("«Паспорт готовности подписан еще летом»,— сказал директор.", True),
    # a readiness to act is no paper
    ("Директор выразил готовность ответить на вопросы.", False),
])
def test_a_readiness_passport_is_a_permit(yes: str, conflict: bool) -> None:
    no = ("«Паспорт готовности к учебному году школе № 7 не выдавался»,— заявили в "
          "надзоре.")
    assert _statement(yes, no, "2025-12-15", "2025-12-16") is conflict



@pytest.mark.parametrize(("no", "conflict"), [
    ("«Проб котлет и салата, которые подали детям в тот день, на кухне не оказалось».", True),
    ("Как сообщили в надзоре, проб обеда инспекторы не нашли.", True),
    # water samples meeting the norms answer nothing of the canteen's
    ("Пробы воды из крана соответствуют нормам.", False),
])
def test_food_samples_kept_or_missing(no: str, conflict: bool) -> None:
    kept = "«Пробы каждого блюда хранились двое суток, как требуют правила»."
    assert _statement(kept, no, "2025-12-10", "2025-12-12") is conflict


@pytest.mark.parametrize(("yes", "conflict"), [
    # people told of a discharge in advance, against those who say no one warned them
    ("Жители прибрежных улиц были заранее оповещены о подъеме воды.", True),
    ("«Население было предупреждено заранее»,— добавил директор.", True),
    # warned of something else, said to them: no answer of the alarm's
    ("Директор оповестил, что сброс будет увеличен.", False),
])
def test_people_warned_in_advance_or_not(yes: str, conflict: bool) -> None:
    no = "«Нас никто не предупреждал, сирену мы не слышали»."
    assert _statement(yes, no, "2025-04-10", "2025-04-11") is conflict


@pytest.mark.parametrize(("late", "conflict"), [
    # heat back to every house on one day, and only days later by another
    ("По словам мэра, тепло пришло во все квартиры лишь в пятницу утром.", True),
    # the same evening: one restoration
    ("По словам мэра, тепло пришло во все квартиры в среду вечером.", False),
])
def test_heat_given_back_told_as_given(late: str, conflict: bool) -> None:
    a = _read("В среду в 21:30 ремонт закончили, тепло подано во все квартиры.", "a.txt", 1,
              published="2025-12-17")
    b = _read(late, "b.txt", 2, published="2025-12-19")
    assert ("date" in [k for k, _v in found([a, b])]) is conflict


@pytest.mark.parametrize(("out", "conflict"), [
    # a habit of years, or things told to a patient several times, answer no day's question
    ("Как рассказали родители, в последние годы в поликлиниках регулярно не хватало вакцины.",
     False),
    ("«Нам три раза переносили прививку, говорили, что препарата нет»,— рассказала мать.", False),
    # another kind of the medicine than the one in stock
    ("В области не хватает льготного инсулина длительного действия.", False),
    ("В области не хватает инсулина.", True),
])
def test_a_medicine_out_on_no_day_or_of_another_kind(out: str, conflict: bool) -> None:
    stock = "«Короткий инсулин и вакцина в аптеках есть, запас препаратов имеется»."
    assert _statement(out, stock, "2025-11-17", "2025-11-17") is conflict


def test_a_part_of_those_counted_is_no_count_of_them() -> None:
    # «31 человек, 27 из них — граждане России»: the 27 are some of the 31 aboard
    got = kinds_of("По его словам, на борту находятся 31 человек, 27 из них — граждане России.",
                   "Всего на борту тридцать один человек.")
    assert "count" not in got


@pytest.mark.parametrize(("second", "conflict"), [
    ("Ранее сообщалось, что суд отпустил Петра Иванова под залог.", True),
    # a report the family does not confirm tells no measure
    ("Ранее СМИ сообщали, что суд отпустил Петра Иванова под залог, однако семья эту "
     "информацию не подтверждает.", False),
])
def test_a_decision_reported_earlier(second: str, conflict: bool) -> None:
    a = in_story("Суд 5 марта заключил Петра Иванова под стражу на два месяца.", "a.txt", 1,
                 people=(("Петра Иванова", "Петр Иванов"),),
                 dates=(("5 марта", "day", "2024-03-05", "2024-03-05"),), published="2024-03-05")
    b = in_story(second, "b.txt", 2, people=(("Петра Иванова", "Петр Иванов"),),
                 published="2024-03-07")
    assert ("status" in [k for k, _v in found([a, b])]) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # an engine failed at two hours
    ("«Двигатель отказал без четверти час»,— сказал директор.", True),
    ("По данным спасателей, судно потеряло ход примерно в 11:30.", False),
])
def test_the_hour_an_engine_failed(second: str, conflict: bool) -> None:
    a = _said("«Около 11:20 двигатель заглох, и катер начало сносить к берегу».", "a.txt", 1,
              "2025-12-09")
    b = _said(second, "b.txt", 2, "2025-12-09")
    assert ("date" in [k for k, _v in found([a, b])]) is conflict  # type: ignore[list-item]


def test_a_quotes_day_is_no_decisions_day() -> None:
    # custody told in a quote on Friday, house arrest chosen on Wednesday: one decision,
    # the Friday only the day the words were said
    a = in_story("Суд в среду, 9 декабря, отправил Анну Кравец под домашний арест.", "a.txt", 1,
                 people=(("Анну Кравец", "Анна Кравец"),),
                 dates=(("9 декабря", "day", "2025-12-09", "2025-12-09"),),
                 published="2025-12-10")
    text = "«Анна Кравец заключена под стражу», — сообщили в пятницу в ведомстве."
    b = in_story(text, "b.txt", 2, people=(("Анна Кравец", "Анна Кравец"),),
                 dates=(("в пятницу", "day", "2025-12-12", "2025-12-12"),), published="2025-12-12")
    b = replace(b, claim=replace(b.claim, said_on="2025-12-12", quote="Анна Кравец заключена "
                                 "под стражу"))
    assert "status" in [k for k, _v in found([a, b])]


def test_a_day_of_a_relative_clause_dates_no_detention() -> None:
    # «..., который во вторник провел полсуток в проливе» dates the drift
    people = (("Алексея Рудакова", "Алексей Рудаков"),)
    a = in_story("Следователи задержали Алексея Рудакова, который во вторник провел полсуток в "
                 "проливе.", "a.txt", 1, people=people,
                 dates=(("во вторник", "day", "2025-12-09", "2025-12-09"),),
                 statuses=(("задержали", "detained", "Алексей Рудаков"),), published="2025-12-11")
    b = in_story("Алексей Рудаков задержан в среду.", "b.txt", 2,
                 people=(("Алексей Рудаков", "Алексей Рудаков"),),
                 dates=(("в среду", "day", "2025-12-10", "2025-12-10"),),
                 statuses=(("задержан", "detained", "Алексей Рудаков"),), published="2025-12-11")
    assert "date" not in [k for k, _v in found([a, b])]
