"""Conflict rules that work within a story: sums, court measures, causes, yes/no answers,
detention dates, past titles; each with the look-alike that is no conflict.

Hand-built claims (tests.test_conflicts.claim), no NLP. Documents of one story share a
place name, as real reports of one affair do.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from factdb import conflicts
from factdb.conflicts import causes
from factdb.conflicts.facts import read_facts
from factdb.conflicts.money import _money
from factdb.conflicts.rules import another_affair
from factdb.conflicts.stories import stories
from factdb.models import Entity, StoredClaim
from tests.test_conflicts import claim

CITY = ("Новгород", "Великий Новгород")
TOWN = ("Калуга", "Калуга")


def in_story(text: str, doc: str, doc_id: int, place: tuple[str, str] = CITY,
             **kw: object) -> StoredClaim:
    """A claim of a report that names the story's place and body in its first words."""
    full = f"{place[0]}, {place[1]} порт. {text}"
    where = (place, (f"{place[1]} порт", f"{place[1]} порт"))
    return claim(full, doc=doc, doc_id=doc_id, places=where, **kw)  # type: ignore[arg-type]


def found(claims: list[StoredClaim]) -> list[tuple[str, tuple[str, ...]]]:
    """(kind, values) of the conflicts found."""
    return [(k.kind, tuple(sorted({s.value for s in k.sides})))
            for k in conflicts.find_conflicts(claims)]


# ---------------------------------------------------------------- stories


def test_reports_naming_the_same_places_are_one_story() -> None:
    a = in_story("Пожар потушили.", "a.txt", 1)
    b = in_story("Огонь охватил склад.", "b.txt", 2)
    c = in_story("Мэр открыл парк.", "c.txt", 3, place=TOWN)
    got = stories([a, b, c])
    assert got[1] == got[2] and got[3] != got[1]


def test_one_city_in_common_is_not_one_story() -> None:
    a = claim("В Казани горел склад.", doc="a.txt", doc_id=1, places=(("Казани", "Казань"),))
    b = claim("В Казани столкнулись автобусы.", doc="b.txt", doc_id=2,
              places=(("Казани", "Казань"),))
    got = stories([a, b])
    assert got[1] != got[2]


@pytest.mark.parametrize(("capital", "country"), [
    (("Осло", "Осло"), ("Норвегии", "Норвегия")),
    (("Праге", "Прага"), ("Чехии", "Чехия")),
    (("Хельсинки", "Хельсинки"), ("Финляндии", "Финляндия")),
])
def test_capitals_and_countries_of_the_lexicon_link_no_stories(
        capital: tuple[str, str], country: tuple[str, str]) -> None:
    where = (capital, country)
    a = claim(f"В {capital[0]} выслали дипломата. МИД {country[0]} объяснил.", doc="a.txt",
              doc_id=1, places=where)
    b = claim(f"В {capital[0]} задержан траулер. Береговая охрана {country[0]} сообщила.",
              doc="b.txt", doc_id=2, places=where)
    got = stories([a, b])
    assert got[1] != got[2]


def test_an_outlet_quoted_by_two_stories_links_neither() -> None:
    """«рассказал «Вестям»» in two reports of two affairs: an outlet, not a name of them."""
    a = claim("Рабочие не вышли на смену, рассказал «Вестям» мастер.", doc="a.txt", doc_id=1)
    b = claim("Лагерь закрыт, сообщили «Вестям» в мэрии.", doc="b.txt", doc_id=2)
    got = stories([a, b])
    assert got[1] != got[2]


def test_a_capital_word_does_not_make_a_common_word_a_country() -> None:
    from factdb.conflicts.lexicons import country_of

    assert country_of("Осло", capitals=True) == "норвегия"
    assert country_of("осложнение", capitals=True) is None
    assert country_of("Римма", capitals=True) is None
    assert country_of("норвежских") == "норвегия"


def test_a_country_and_its_capital_are_not_two_names_of_one_story() -> None:
    """Two detentions told from Кишинев both name Молдавия and Кишинев, and their heroes
    share a first name: two stories still."""
    where = (("Кишиневе", "Кишинев"), ("Молдавии", "Молдавия"))
    a = claim("В Кишиневе задержан журналист Денис. Власти Молдавии молчат.", doc="a.txt",
              doc_id=1, places=where, people=(("Денис", "Денис"),))
    b = claim("В Кишиневе задержан дипломат Денис. МИД Молдавии подтвердил.", doc="b.txt",
              doc_id=2, places=where, people=(("Денис", "Денис"),))
    got = stories([a, b])
    assert got[1] != got[2]


def _doc(text: str, doc_id: int, lemmas: str) -> StoredClaim:
    return claim(text, doc=f"{doc_id}.txt", doc_id=doc_id, lemmas=lemmas)


_STRIKE = "рабочий завод шахтный оборудование забастовка долг зарплата смена цех профком"


def test_a_surname_with_two_first_names_links_no_stories() -> None:
    a = claim("Замминистра Виталий Горбунов задержан.", doc="a.txt", doc_id=1,
              people=(("Виталий Горбунов", "Виталий Горбунов"),))
    b = claim("Спасатель Сергей Горбунов вывел людей.", doc="b.txt", doc_id=2,
              people=(("Сергей Горбунов", "Сергей Горбунов"),))
    c = claim("Горбунов вину не признал, заявил адвокат Виталия Горбунова.", doc="c.txt",
              doc_id=3, people=(("Горбунов", "Горбунов"),
                                ("Виталия Горбунова", "Виталий Горбунов")))
    got = stories([a, b, c])
    assert got[1] == got[3] and got[2] != got[1]


def test_a_long_report_full_of_its_own_names_still_joins_its_story() -> None:
    shared = (("Вязовку", "Вязовка"), ("Кременском районе", "Кременский район"))
    a = claim("По словам Ивана Мельчакова, автобус упал в Вязовку в Кременском районе.",
              doc="a.txt", doc_id=1,
              places=shared, people=(("Ивана Мельчакова", "Иван Мельчаков"),))
    own = tuple((f"Село{n}", f"Село{n}") for n in range(40))
    b_text = "Автобус упал в Вязовку в Кременском районе, Иван Мельчаков сказал. " + \
        " ".join(x for x, _ in own)
    b = claim(b_text, doc="b.txt", doc_id=2, places=shared + own,
              people=(("Иван Мельчаков", "Иван Мельчаков"),))
    got = stories([a, b])
    assert got[1] == got[2]


def test_reports_sharing_many_rare_words_are_one_story_without_names() -> None:
    a = _doc("Рабочие завода шахтного оборудования бастуют.", 1, _STRIKE + " объявить")
    b = _doc("Забастовка на заводе продолжается.", 2, _STRIKE + " продолжаться")
    c = _doc("В Казани горел склад.", 3, "казань гореть склад пожар пожарный расчет")
    got = stories([a, b, c])
    assert got[1] == got[2] and got[3] != got[1]


def test_reports_alike_in_words_in_two_cities_are_two_stories() -> None:
    a = claim("В Перми рабочие бастуют.", doc="a.txt", doc_id=1, lemmas=_STRIKE + " пермь",
              places=(("Перми", "Пермь"),))
    b = claim("В Омске рабочие бастуют.", doc="b.txt", doc_id=2, lemmas=_STRIKE + " омск",
              places=(("Омске", "Омск"),))
    c = _doc("В Казани горел склад.", 3, "казань гореть склад пожар пожарный расчет")
    got = stories([a, b, c])
    assert got[1] != got[2]


def test_two_strikes_sharing_a_few_words_are_two_stories() -> None:
    a = _doc("Рабочие завода бастуют.", 1, "рабочий завод забастовка зарплата шахтный профком")
    b = _doc("Водители автобусов бастуют.", 2, "водитель автобус забастовка зарплата парк "
             "маршрут рабочий завод")
    c = _doc("В Казани горел склад.", 3, "казань гореть склад пожар пожарный расчет")
    got = stories([a, b, c])
    assert got[1] != got[2]


@pytest.mark.parametrize(("second", "one_story"), [("2024-05-20", True), ("2025-07-20", False)])
def test_reports_months_apart_need_a_person_to_be_one_story(second: str, one_story: bool) -> None:
    """Two poisonings in one region a year apart share the city and the agencies, not
    the people; a report of the same week does tell the same story."""
    where = (("Саратове", "Саратов"), ("Роспотребнадзор", "Роспотребнадзор"))
    a = claim("В Саратове Роспотребнадзор проверяет столовую.", doc="a.txt", doc_id=1,
              places=where, published="2024-05-15")
    b = claim("В Саратове Роспотребнадзор закрыл лагерь.", doc="b.txt", doc_id=2,
              places=where, published=second)
    got = stories([a, b])
    assert (got[1] == got[2]) is one_story


def test_in_a_large_corpus_agencies_every_story_names_link_nothing() -> None:
    """Forty reports of twenty stories all name the investigators and the country: two
    stories that share only those stay apart."""
    common = (("СК", "СК"), ("России", "Россия"))
    docs = [claim(f"СК России проверяет случай номер {i} в Городе{i}.", doc=f"{i}.txt",
                  doc_id=i, places=common + ((f"Городе{i}", f"Город{i}"),),
                  published="2024-05-15") for i in range(1, 41)]
    got = stories(docs)
    assert len(set(got.values())) == 40


def _many_stories(first_id: int) -> list[StoredClaim]:
    """Forty reports of forty other stories, each its own town and words: a corpus large
    enough that the rules of many stories apply."""
    return [claim(f"В Городе{i} случилось событие{i}.", doc=f"{i}.txt", doc_id=i,
                  places=((f"Городе{i}", f"Город{i}"),), lemmas=f"город{i} событие{i} случай")
            for i in range(first_id, first_id + 40)]


_FIRE = "пожар склад огонь пожарный расчет площадь возгорание тушить эвакуировать дым"
_FLOOD = "паводок вода подтопить дамба уровень река эвакуация спасатель лодка откачка"


@pytest.mark.parametrize(("lemmas_b", "one_story"), [
    (_FLOOD, False),  # a namesake, or one official in two affairs
    (_FIRE + " проверка", True),  # the same fire retold
], ids=["another-affair", "one-fire"])
def test_in_a_large_corpus_one_name_links_only_reports_alike_in_words(
        lemmas_b: str, one_story: bool) -> None:
    """Two reports that share one person (first name and surname agree) and nothing else
    tell one story only when their rare words agree too."""
    who = (("Олег Сидорчук", "Олег Сидорчук"),)
    a = claim("Олег Сидорчук рассказал о пожаре на складе.", doc="a.txt", doc_id=1,
              people=who, lemmas=_FIRE + " рассказать")
    b = claim("Олег Сидорчук рассказал о паводке.", doc="b.txt", doc_id=2, people=who,
              lemmas=lemmas_b)
    # two reports of each kind elsewhere: their words are rare, not unique
    others = [claim(f"В Г{i} было.", doc=f"{i}.txt", doc_id=i, lemmas=lm,
                    places=((f"Г{i}", f"Г{i}"),))
              for i, lm in ((3, _FIRE), (4, _FLOOD))]
    got = stories([a, b, *others, *_many_stories(10)])
    assert (got[1] == got[2]) is one_story


def test_a_name_in_guillemets_links_reports_in_any_case() -> None:
    a = claim("Рабочие завода «Звездочка» не вышли на смену.", doc="a.txt", doc_id=1)
    b = claim("Руководство «Звездочки» обещает погасить долг.", doc="b.txt", doc_id=2)
    c = claim("Руководство «Интерфакса» не ответило.", doc="c.txt", doc_id=3)
    got = stories([a, b, c])
    assert got[1] == got[2] and got[3] != got[1]


# ---------------------------------------------------------------- sums of money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Чиновник получил взятку в размере 5 млн рублей.", [("взятка:руб", 5e6, 5e6)]),
        ("Сумма взятки составила пять миллионов рублей.", [("взятка:руб", 5e6, 5e6)]),
        ("Ущерб оценивается примерно в 100 млн руб.", [("ущерб:руб", 8e7, 1.2e8)]),
        ("He took a bribe worth 3 million roubles.", [("взятка:руб", 3e6, 3e6)]),
        ("При обыске изъяли 20 млн рублей наличными.", []),  # no word says what the sum is
        ("Первую часть взятки, 2 млн рублей, передали в мае.", []),  # a part of the sum
        ("Общая сумма взяток превысила 9 млн рублей.", []),  # a total of several bribes
        ("Размер взятки превысил 9 млн рублей.", [("взятка:руб", 9e6, float("inf"))]),
        ("Ущерб не превышает 9 млн рублей.", [("ущерб:руб", 0.0, 9e6)]),  # at most
        ("Задолженность по зарплате перед сотрудниками достигла 40 млн рублей.",
         [("долг по зарплате:руб", 4e7, 4e7)]),
        ("Долг по зарплате за весь прошлый год, по подсчетам юристов профсоюза, составляет "
         "30 млн рублей.", [("долг по зарплате:руб", 3e7, 3e7)]),
        ("Сотрудникам комбината задолжали 15 млн рублей.", [("долг по зарплате:руб", 1.5e7,
                                                            1.5e7)]),
        ("Долг компании перед банками составляет 2 млрд рублей.", []),  # not owed to workers
        ("Долг по зарплате сократился до 12 млн рублей.", []),  # a change over time
        ("Завод выплатил рабочим 10 млн рублей в счет погашения долга.", []),  # a payment
        # a debt for a supply is one sum; a debt of a period is a part of it
        ("Задолженность покупателя за поставленный газ составляет 412 млн долларов.",
         [("долг за газ:дол", 4.12e8, 4.12e8)]),
        ("Долг за электроэнергию достиг $12 млн.", [("долг за элект:$", 1.2e7, 1.2e7)]),
        ("Долг за 2025 год составляет 187 млн долларов.", []),
        ("Долг за октябрь составляет 18 млн рублей.", []),
        # the price of one deal; «около» is the unit of the figure's last significant
        # digit either way (145 is 140-150, 120 is 110-130), at least 5 % of it
        ("Покупатель заплатит за пакет около 145 млрд руб.",
         [("сделка:руб", 137.75e9, 152.25e9)]),
        ("Собеседники оценивают сделку примерно в 120 млрд руб.",
         [("сделка:руб", 110e9, 130e9)]),
        ("Собеседники оценивают сделку примерно в 1,8 млрд долларов.",
         [("сделка:дол", 1.7e9, 1.9e9)]),
        ("Правительство одобрило пакет мер поддержки на 50 млрд рублей.", []),
        # a sum carried off is stolen; tens and units in words are one number
        ("Налетчики унесли тридцать восемь миллионов рублей.", [("хищение:руб", 38e6, 38e6)]),
        ("Ущерб составил сорок миллионов рублей.", [("ущерб:руб", 40e6, 40e6)]),
        # a company's result is one sum per period; a quarter told with no year is the
        # last one ended before the report (published 10 June 2024: the first of 2024)
        ("Выручка компании в первом квартале составила 46,8 млрд рублей.",
         [("выручка за 1 кв. 2024:руб", 46.8e9, 46.8e9)]),
        ("По итогам четвертого квартала выручка холдинга по МСФО выросла на 7,1% год к "
         "году, до 48,2 млрд руб.", [("выручка за 4 кв. 2023:руб", 48.2e9, 48.2e9)]),
        ("Чистая прибыль банка за 9 месяцев 2023 года составила 12 млрд рублей.",
         [("чистая прибыль за 9 мес. 2023:руб", 12e9, 12e9)]),
        ("В 2022 году выручка компании составила 1,3 миллиарда рублей.",
         [("выручка за год 2022:руб", 1.3e9, 1.3e9)]),
        # the year before's figure, a change, a forecast, a result of no period
        ("Выручка во втором квартале 2023 года составила 40 млрд рублей против 38 млрд "
         "рублей годом ранее.", [("выручка за 2 кв. 2023:руб", 40e9, 40e9)]),
        ("Выручка за первый квартал выросла на 5 млрд рублей.", []),
        ("Компания ожидает, что выручка в третьем квартале превысит 50 млрд рублей.", []),
        ("Выручка компании составила 1,3 миллиарда рублей.", []),
        ("Операционная прибыль в первом квартале составила 3 млрд рублей.", []),
        # a dash before the sum links it to its subject, as a copula does (but only to the
        # subject of its own clause)
        ("Ущерб городу — 40 млн рублей.", [("ущерб:руб", 40e6, 40e6)]),
        ("Ущерб еще оценивают, сумма иска — 40 млн рублей.", []),
        # a bound told with a comparison's words is still a bound
        ("Долгов по зарплате инспекторы насчитали более чем на 35 миллионов рублей.",
         [("долг по зарплате:руб", 35e6, float("inf"))]),
    ],
)
def test_sums_read_with_what_they_are(text: str, expected: list[tuple[str, float, float]]) -> None:
    got = _money(conflicts.read_facts(claim(text)))
    assert [t for t, _lo, _hi, _v in got] == [t for t, _lo, _hi in expected]
    for (_t, lo, hi, _v), (_e, elo, ehi) in zip(got, expected, strict=True):
        assert lo == pytest.approx(elo)
        assert hi == pytest.approx(ehi)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person's bail is one sum, in any currency and language
        ("Суд освободил блогера под залог в 200 тыс. бат.", [("залог:бат", 2e5, 2e5)]),
        ("Залог составил 300 тысяч бат.", [("залог:бат", 3e5, 3e5)]),
        ("Владелец перечислил полиции залог в 450 тысяч крон.", [("залог:крона", 4.5e5, 4.5e5)]),
        ("The owner provided a security of 450,000 kroner.", [("залог:крона", 4.5e5, 4.5e5)]),
        ("Bail was set at 1,200,000 lari.", [("залог:лари", 1.2e6, 1.2e6)]),
        # (about a figure written with English thousands: its last significant digit)
        ("Bail was set at about 1,200,000 lari.", [("залог:лари", 1.1e6, 1.3e6)]),
        # a bail asked for is not yet the bail
        ("Прокурор просил назначить залог в 5 млн рублей.", []),
        # nor a fine the prosecution asked for the fine the court gave
        ("Обвинение просило для него десять лет колонии и штраф 80 млн рублей.", []),
        ("Суд назначил бывшему мэру штраф в 60 млн рублей.", [("штраф:руб", 6e7, 6e7)]),
        # a fine is a fine, not a bail
        ("Капитану грозит штраф в 1,2 млн крон.", [("штраф:крона", 1.2e6, 1.2e6)]),
        ("Суд назначил журналисту штраф в размере 2000 динаров.", [("штраф:динар", 2e3, 2e3)]),
        ("Утром суд выписал ему штраф пять тысяч динаров.", [("штраф:динар", 5e3, 5e3)]),
        # the verb of fining governs the sum by «на», however long its object
        ("Суд оштрафовал компанию Nord Labs Ltd, владеющую сетью магазинов Nord, на 4,2 млрд "
         "рублей.",
         [("штраф:руб", 4.2e9, 4.2e9)]),
        # a part of the code is no part of the sum
        ("Суд признал компанию виновной по части 2 статьи 13.41 КоАП и назначил ей штраф "
         "в 8 млн рублей.", [("штраф:руб", 8e6, 8e6)]),
        # the total of several fines is no one fine
        ("Общая сумма штрафов, назначенных компании за год, превысила 4 млрд руб.", []),
        # an insurance paid out for one affair is one total; one person's share is not it
        ("Общий объем страхового возмещения агентство оценивает в 21,3 млрд рублей.",
         [("возмещение:руб", 21.3e9, 21.3e9)]),
        ("Возмещение выплачивается в размере 100% остатка, но не более 1,4 млн рублей на "
         "одного вкладчика.", []),
        ("Семьям погибших выплатят возмещение по 1 млн рублей.", []),
    ],
)
def test_bail_sums_read_in_any_currency(text: str,
                                        expected: list[tuple[str, float, float]]) -> None:
    got = _money(conflicts.read_facts(claim(text)))
    assert [t for t, _lo, _hi, _v in got] == [t for t, _lo, _hi in expected]
    for (_t, lo, hi, _v), (_e, elo, ehi) in zip(got, expected, strict=True):
        assert lo == pytest.approx(elo)
        assert hi == pytest.approx(ehi)


def test_two_bails_for_one_person_conflict_but_not_a_bail_and_a_fine() -> None:
    a = in_story("Суд освободил блогера под залог в 200 тыс. бат.", "a.txt", 1)
    b = in_story("Залог составил 300 тыс. бат, сообщает издание.", "b.txt", 2)
    c = in_story("Кроме того, блогеру грозит штраф в 300 тыс. бат.", "c.txt", 3)
    assert found([a, b]) == [("count", ("200 тыс. бат", "300 тыс. бат"))]
    assert found([a, c]) == []


def test_two_figures_of_one_quarters_revenue_conflict_but_not_two_quarters() -> None:
    a = in_story("Выручка компании в первом квартале составила 46,8 млрд рублей.", "a.txt", 1)
    b = in_story("По итогам первого квартала выручка компании выросла на 7%, до 48,2 млрд руб.",
                 "b.txt", 2)
    c = in_story("Выручка компании в четвертом квартале составила 44,1 млрд рублей.", "c.txt", 3)
    assert found([a, b]) == [("count", ("46.8 млрд руб", "48.2 млрд руб"))]
    assert found([a, c]) == []


def test_two_sums_for_one_bribe_conflict() -> None:
    a = in_story("По данным следствия, он получил взятку в размере 5 млн рублей.", "a.txt", 1)
    b = in_story("Источник утверждает, что сумма взятки составила 9 млн рублей.", "b.txt", 2)
    assert found([a, b]) == [("count", ("5 млн руб", "9 млн руб"))]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a bound that holds the other value
        ("Он получил взятку в размере более 5 млн рублей.", "Сумма взятки составила 9 млн рублей."),
        # seized cash is not the bribe
        ("Он получил взятку в размере 5 млн рублей.", "При обыске изъяли 30 млн рублей наличными."),
    ],
)
def test_sums_that_do_not_conflict(first: str, second: str) -> None:
    assert found([in_story(first, "a.txt", 1), in_story(second, "b.txt", 2)]) == []


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("По данным газеты, речь идет о 18 млн руб., которые передавались частями.", True),
        ("Общая сумма, по версии следствия, составляет 18 млн рублей.", True),
        ("Чиновника подозревают в получении 18 млн руб.", True),
        # sums named as something else, or recurring
        ("Компания выиграла контракт стоимостью 640 млн рублей.", False),
        ("Ведомство ежегодно получало около 40 млн рублей.", False),
        ("При обыске изъяли 30 млн рублей наличными.", False),
        # a total paid in several tranches is the sum; the run's first year dates no
        # other affair
        ("Источник называет сумму в 18 млн рублей — она складывается из нескольких траншей.",
         True),
        ("«Речь идет о 18 млн руб., которые он получал частями начиная с весны 2024 года».",
         True),
        # a sum told as more than the one already named is another
        ("Следствие вменяло ему и получение еще 18 млн рублей от другой фирмы.", False),
        # a total told alone is the whole; told beside a part's sum it is not compared
        ("По данным источника, всего чиновник получил 18 млн рублей.", True),
        ("Всего он получил 18 млн рублей, из них 6 млн рублей — наличными.", False),
        # the contracts' sum is not the bribe's
        ("Деньги передавались за заключение трех госконтрактов на общую сумму 340 млн рублей.",
         False),
    ],
)
def test_a_report_about_one_bribe_tells_its_sum_as_the_sum(second: str, conflict: bool) -> None:
    day = "2025-11-20"
    a = in_story("По данным следствия, он получил взятку в размере 12 млн рублей.", "a.txt", 1,
                 published=day)
    b1 = in_story("Чиновника задержали по делу о взятке.", "b.txt", 2, published=day)
    year = (("2024 года", "year", "2024-01-01", "2024-12-31"),) if "2024 года" in second else ()
    b2 = in_story(second, "b.txt", 2, dates=year, published=day)
    assert found([a, b1, b2]) == ([("count", ("12 млн руб", "18 млн руб"))] if conflict else [])


def test_a_sum_without_its_name_in_a_report_of_several_kinds_of_sums_is_left_out() -> None:
    a = in_story("По данным следствия, он получил взятку в размере 12 млн рублей.", "a.txt", 1)
    b1 = in_story("Ущерб от хищения оценили в 100 млн рублей.", "b.txt", 2)
    b2 = in_story("По данным газеты, речь идет о 18 млн руб.", "b.txt", 2)
    assert found([a, b1, b2]) == []


@pytest.mark.parametrize(
    ("aside", "conflict"),
    [
        # sums a case sets around its affair leave the bribe the report's one affair
        ("Обвиняемый отказался заключать сделку со следствием.", True),
        ("Статья предусматривает штраф до стократной суммы взятки.", True),
        ("Суд отпустил его под залог.", True),
        # a second affair, or a debt, makes the report one of several kinds of sums
        ("Ущерб бюджету оценен в 40 млн рублей.", False),
        ("Долг компании перед банком не погашен.", False),
    ],
)
def test_a_report_about_one_bribe_names_the_sums_a_case_sets_beside_it(aside: str,
                                                                       conflict: bool) -> None:
    a = in_story("По данным следствия, он получил взятку в размере 12 млн рублей.", "a.txt", 1)
    b1 = in_story("Чиновника задержали по делу о взятке.", "b.txt", 2)
    b2 = in_story(aside, "b.txt", 2)
    b3 = in_story("По данным защиты, речь идет о 18 млн руб.", "b.txt", 2)
    assert found([a, b1, b2, b3]) == ([("count", ("12 млн руб", "18 млн руб"))] if conflict
                                      else [])


def test_two_sums_for_one_supply_debt_conflict() -> None:
    a = in_story("По словам поставщика, задолженность покупателя за поставленный газ "
                 "составляет 412 млн долларов.", "a.txt", 1)
    b = in_story("Источник утверждает, что долг компании за уже поставленный газ составляет "
                 "около 530 млн долларов.", "b.txt", 2)
    assert found([a, b]) == [("count", ("412 млн дол", "530 млн дол"))]


def test_two_sums_for_one_wage_debt_conflict() -> None:
    a = in_story("Профсоюз: долг по зарплате перед рабочими составляет 60 млн рублей.",
                 "a.txt", 1)
    b = in_story("Директор: задолженность перед работниками составляет около 25 млн рублей.",
                 "b.txt", 2)
    assert found([a, b]) == [("count", ("25 млн руб", "60 млн руб"))]


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Ущерб суд оценил почти в 390 млн рублей.", True),  # «почти» is never over
        ("Ущерб суд оценил почти в 420 млн рублей.", False),
        ("Ущерб составил около 420 млн рублей.", False),  # «около» goes either way
        # ... by the rounding of its figure, at least 5 %: «около 390» is 370-410
        ("Ущерб составил около 390 млн рублей.", True),
    ],
)
def test_almost_a_sum_is_a_little_under_it(second: str, conflict: bool) -> None:
    a = in_story("Ущерб, установленный судом, составил 412,6 млн рублей.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert bool(found([a, b])) is conflict


def test_wage_debt_for_past_months_is_todays_debt() -> None:
    may_june = (("май", "month", "2024-05-01", "2024-05-31"),
                ("июнь", "month", "2024-06-01", "2024-06-30"))
    a = in_story("Долг по зарплате перед рабочими за май и июнь составляет 60 млн рублей.",
                 "a.txt", 1, published="2024-09-03", dates=may_june)
    b = in_story("Задолженность перед работниками составляет 25 млн рублей.", "b.txt", 2,
                 published="2024-09-03")
    assert found([a, b]) == [("count", ("25 млн руб", "60 млн руб"))]


def test_wage_debt_paid_down_is_no_conflict() -> None:
    a = in_story("Задолженность по зарплате перед работниками составляет 25 млн рублей.",
                 "a.txt", 1)
    b = in_story("После выплаты долг перед работниками сократился до 10 млн рублей.",
                 "b.txt", 2)
    c = in_story("Предприятие перечислило работникам 15 млн рублей в счет погашения долга.",
                 "c.txt", 3)
    assert found([a, b, c]) == []


def test_wage_debts_reported_weeks_apart_do_not_conflict() -> None:
    a = in_story("Задолженность по зарплате перед работниками составляет 25 млн рублей.",
                 "a.txt", 1, published="2024-03-01")
    b = in_story("Задолженность по зарплате перед работниками составляет 40 млн рублей.",
                 "b.txt", 2, published="2024-05-20")
    assert found([a, b]) == []


def test_bribes_in_two_stories_do_not_conflict() -> None:
    a = in_story("Он получил взятку в размере 5 млн рублей.", "a.txt", 1)
    b = in_story("Он получил взятку в размере 9 млн рублей.", "b.txt", 2, place=TOWN)
    assert found([a, b]) == []


# ---------------------------------------------------------------- court measures

IVANOV = (("Петра Иванова", "Петр Иванов"),)


def test_house_arrest_vs_custody_on_one_day_conflict() -> None:
    a = in_story("Суд отправил под домашний арест Петра Иванова.", "a.txt", 1, people=IVANOV,
                 published="2024-03-05")
    b = in_story("Суд 5 марта отправил Петра Иванова в СИЗО.", "b.txt", 2, people=IVANOV,
                 dates=(("5 марта", "day", "2024-03-05", "2024-03-05"),), published="2024-03-05")
    assert [k for k, _v in found([a, b])] == ["status"]


@pytest.mark.parametrize(
    "second",
    [
        "Суд 20 апреля перевел Петра Иванова из СИЗО под домашний арест.",  # a change
        "Следствие просило отправить Петра Иванова под домашний арест.",  # a request
        "Суд 20 апреля арестовал имущество Петра Иванова.",  # property, not a person
    ],
)
def test_measures_that_do_not_conflict(second: str) -> None:
    a = in_story("Суд 5 марта отправил Петра Иванова в СИЗО.", "a.txt", 1, people=IVANOV,
                 dates=(("5 марта", "day", "2024-03-05", "2024-03-05"),), published="2024-03-05")
    dates = (("20 апреля", "day", "2024-04-20", "2024-04-20"),) if "апреля" in second else ()
    b = in_story(second, "b.txt", 2, people=IVANOV, dates=dates, published="2024-04-20")
    assert found([a, b]) == []


@pytest.mark.parametrize(("published", "conflict"), [("2024-03-07", True), ("2024-04-20", False)])
def test_an_undated_measure_told_days_later_is_the_same_hearing(published: str,
                                                                 conflict: bool) -> None:
    """A report two days after the hearing, naming no day, tells of that hearing; one
    weeks later may tell of a changed measure."""
    a = in_story("Суд 5 марта отправил Петра Иванова в СИЗО.", "a.txt", 1, people=IVANOV,
                 dates=(("5 марта", "day", "2024-03-05", "2024-03-05"),), published="2024-03-05")
    b = in_story("Суд поместил Петра Иванова под домашний арест.", "b.txt", 2, people=IVANOV,
                 published=published)
    b = replace(b, claim=replace(b.claim, said_on=published))  # as extraction dates it
    assert [k for k, _v in found([a, b])] == (["status"] if conflict else [])


@pytest.mark.parametrize(
    ("before", "decision", "role", "conflict"),
    [
        # a lawyer's quote naming no one: the client the sentence before names
        ("В среду суд избрал Петру Иванову меру пресечения.",
         "«Суд не согласился со следствием и избрал домашний арест.", "адвокат", True),
        # a pronoun's antecedent is left alone: it tells of an earlier hearing as often
        ("Петр Иванов в суде вину не признал.",
         "На время следствия его отправили под домашний арест.", None, False),
        # told by no lawyer and of no one: whose measure it is stays unclear
        ("В среду суд избрал Петру Иванову меру пресечения.",
         "Суд не согласился со следствием и избрал домашний арест.", None, False),
    ],
)
def test_a_measure_naming_no_one_is_the_one_named_before(before: str, decision: str,
                                                         role: str | None,
                                                         conflict: bool) -> None:
    a = in_story("Суд 5 марта отправил Петра Иванова в СИЗО.", "a.txt", 1, people=IVANOV,
                 dates=(("5 марта", "day", "2024-03-05", "2024-03-05"),), published="2024-03-05")
    name = "Петру Иванову" if "Петру" in before else "Петр Иванов"
    b1 = claim(before, doc="b.txt", doc_id=2, published="2024-03-05",
               people=((name, "Петр Иванов"),))
    b2 = claim(decision, doc="b.txt", doc_id=2, published="2024-03-05", start=200,
               speaker="Олег Сомов" if role else None, role=role)
    assert [k for k, _v in found([a, b1, b2])] == (["status"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        # the months the court's decision holds him are told ahead: a decision
        ("Ближайшие два месяца Петр Иванов проведет под домашним арестом.", True),
        ("Петр Иванов проведет два месяца в СИЗО.", False),  # the same measure
    ],
)
def test_the_time_a_measure_will_hold_tells_the_decision(second: str, conflict: bool) -> None:
    a = in_story("Суд 5 марта отправил Петра Иванова в СИЗО.", "a.txt", 1, people=IVANOV,
                 dates=(("5 марта", "day", "2024-03-05", "2024-03-05"),), published="2024-03-05")
    b = in_story(second, "b.txt", 2, people=(("Петр Иванов", "Петр Иванов"),),
                 published="2024-03-05")
    assert [k for k, _v in found([a, b])] == (["status"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "day", "conflict"),
    [
        # a hearing put off («продлил задержание на 72 часа») chose no custody that day
        ("Суд 5 марта по ходатайству защиты продлил задержание Петра Иванова на 72 часа.",
         "5 марта", True),
        ("5 марта суд отложил решение о мере пресечения для Петра Иванова.", "5 марта", True),
        # a hearing put off three days before the arrest: two hearings
        ("Суд 2 марта продлил задержание Петра Иванова на 72 часа.", "2 марта", False),
        # undated, the postponement may be the hearing before the arrest
        ("Суд продлил задержание Петра Иванова на 72 часа.", None, False),
        # a request to put it off decided nothing
        ("Защита 5 марта просила продлить задержание Петра Иванова на 72 часа.", "5 марта",
         False),
    ],
)
def test_a_hearing_put_off_against_an_arrest_that_day(second: str, day: str | None,
                                                      conflict: bool) -> None:
    a = in_story("Суд 5 марта отправил Петра Иванова в СИЗО.", "a.txt", 1, people=IVANOV,
                 dates=(("5 марта", "day", "2024-03-05", "2024-03-05"),), published="2024-03-05")
    iso = f"2024-03-{int(day.split()[0]):02d}" if day else ""
    b = in_story(second, "b.txt", 2, people=IVANOV, published="2024-03-05",
                 dates=((day, "day", iso, iso),) if day else ())
    assert [k for k, _v in found([a, b])] == (["status"] if conflict else [])


def test_days_spent_held_before_a_release_are_no_measure() -> None:
    # «провел под стражей двое суток и был отпущен»: custody before the bail, not instead
    a = in_story("Суд отпустил Петра Иванова под залог.", "a.txt", 1, people=IVANOV,
                 published="2024-03-05")
    b = in_story("Петра Иванова, который провел под стражей двое суток, отпустили.", "b.txt",
                 2, people=IVANOV, published="2024-03-06")
    assert found([a, b]) == []


def test_measures_on_two_hearing_days_do_not_conflict() -> None:
    a = in_story("Суд 5 марта отправил Петра Иванова в СИЗО.", "a.txt", 1, people=IVANOV,
                 dates=(("5 марта", "day", "2024-03-05", "2024-03-05"),), published="2024-03-05")
    b = in_story("Суд 2 мая отправил Петра Иванова под домашний арест.", "b.txt", 2,
                 people=IVANOV, dates=(("2 мая", "day", "2024-05-02", "2024-05-02"),),
                 published="2024-05-02")
    assert found([a, b]) == []


# ---------------------------------------------------------------- causes of an event


def test_short_circuit_vs_arson_conflict_across_reports() -> None:
    a = in_story("Причиной пожара стало короткое замыкание в щитовой.", "a.txt", 1)
    b = in_story("«Это был поджог», — сказал источник.", "b.txt", 2)
    assert found([a, b]) == [("statement", ("не умысел или атака", "умысел или атака"))]


def test_denied_arson_vs_arson_conflict() -> None:
    a = in_story("Версия поджога при пожаре не подтвердилась.", "a.txt", 1)
    b = in_story("Причиной пожара стал поджог.", "b.txt", 2)
    assert [k for k, _v in found([a, b])] == ["statement"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # both say it was not arson
        ("Поджог при пожаре исключен.", "Версия поджога не подтвердилась, причиной пожара "
                                         "стало замыкание."),
        # versions listed assert nothing
        ("Причиной пожара стало короткое замыкание.", "Следователи рассматривают версии "
                                                       "замыкания и поджога."),
        ("Причиной пожара стало короткое замыкание.", "Следствие не исключает поджог."),
        # a fault and a violation of a building's rules can both be true (a cigarette
        # cannot: see test_a_cigarette_against_a_short_circuit)
        ("Причиной пожара стала неисправность проводки.",
         "Пожару способствовала самовольная перепланировка подвала."),
        # a fault that is not said to be the cause
        ("Следователи знали о неисправности системы.", "Это был поджог."),
        # a side that keeps silent denies nothing
        ("Обломки сбитого беспилотника упали на склад, что привело к пожару.",
         "Противник официально не комментировал атаку на склад."),
    ],
)
def test_causes_that_do_not_conflict(first: str, second: str) -> None:
    assert found([in_story(first, "a.txt", 1), in_story(second, "b.txt", 2)]) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the leading version of the investigation names the cause
        ("Основной версией взрыва остается утечка газа через изношенный стояк.",
         "У следствия есть основания полагать, что газ в доме был пущен умышленно."),
        # one cause asserted and its rival denied take one side together
        ("Утечка газа — самая вероятная версия взрыва, никакой умысел тут искать не нужно.",
         "Адвокат уверен, что взрыв был устроен умышленно."),
    ],
)
def test_leak_vs_deliberate_act_conflict(first: str, second: str) -> None:
    assert [k for k, _v in found([in_story(first, "a.txt", 1),
                                  in_story(second, "b.txt", 2)])] == ["statement"]


@pytest.mark.parametrize(
    "second",
    [
        "Следствие рассматривает версии утечки газа и умышленного подрыва.",  # versions listed
        "Основной версией взрыва также называют утечку газа.",  # the same cause
    ],
)
def test_explosion_causes_that_do_not_conflict(second: str) -> None:
    first = "Основной версией взрыва остается утечка газа."
    assert found([in_story(first, "a.txt", 1), in_story(second, "b.txt", 2)]) == []


def test_bird_strike_vs_external_interference_conflict() -> None:
    a = in_story("Причиной крушения самолета стало столкновение с птицами.", "a.txt", 1)
    b = in_story("Самолет потерпел крушение в результате внешнего физического вмешательства.",
                 "b.txt", 2)
    assert [k for k, _v in found([a, b])] == ["statement"]


def test_technical_failure_vs_attack_conflict() -> None:
    a = in_story("Сбой в работе сайта вызван технической неисправностью.", "a.txt", 1)
    b = in_story("Причиной сбоя стала хакерская атака.", "b.txt", 2)
    assert [k for k, _v in found([a, b])] == ["statement"]


_BRAKES = "Причиной аварии автобуса стал отказ тормозной системы."
_WORN = "Причиной аварии стал износ труб."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a machine's failure against the driver's act
        (_BRAKES, "По предварительным данным, водитель не справился с управлением."),
        (_BRAKES, "Авария произошла по вине водителя автобуса."),
        # worn pipes against the staff's error
        (_WORN, "По словам источника, дежурный оператор по ошибке закрыл задвижку, из-за "
                "чего случилась авария."),
        (_WORN, "Основной версией остается ошибка дежурного персонала котельной."),
    ],
)
def test_a_failed_machine_vs_a_persons_error_conflict(first: str, second: str) -> None:
    a = in_story(first, "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == ["statement"]


def test_driver_losing_control_because_of_a_fault_is_one_account() -> None:
    a = in_story("Причиной аварии автобуса стал отказ тормозной системы.", "a.txt", 1)
    b = in_story("Водитель не справился с управлением из-за отказа тормозов.", "b.txt", 2)
    assert found([a, b]) == []


def test_weather_vs_engine_failure_conflict() -> None:
    a = in_story("Основной версией крушения вертолета рассматривается резкое ухудшение погоды.",
                 "a.txt", 1)
    b = in_story("Источник называет причиной крушения вертолета отказ двигателя.", "b.txt", 2)
    assert [k for k, _v in found([a, b])] == ["statement"]


def test_weather_that_held_up_the_search_is_no_cause() -> None:
    a = in_story("Поиски вертолета пришлось приостановить из-за метели.", "a.txt", 1)
    b = in_story("Источник называет причиной крушения вертолета отказ двигателя.", "b.txt", 2)
    assert found([a, b]) == []


def test_engine_failure_vs_pilot_error_conflict() -> None:
    a = in_story("Причиной аварийной посадки стал отказ правого двигателя.", "a.txt", 1)
    b = in_story("«Это грубая ошибка экипажа», — считает источник.", "b.txt", 2)
    assert found([a, b]) == [("statement", ("не техническая неисправность",
                                            "техническая неисправность"))]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a bird strike that stopped an engine: one chain, not two accounts
        ("Причиной экстренной посадки стал отказ двигателя.",
         "Экстренная посадка произошла из-за столкновения с птицами."),
        # a version called premature asserts nothing
        ("Причиной экстренной посадки стал отказ двигателя.",
         "Версию об ошибке пилота в компании назвали преждевременной."),
        # both blame the crew
        ("Причиной экстренной посадки стала ошибка пилота.", "Это ошибка экипажа."),
        # a delayed flight is another event than the landing
        ("Причиной экстренной посадки стала ошибка пилота.",
         "В тот же день рейс из Москвы задержали на пять часов из-за неисправности самолета."),
        # an interviewer's question asserts nothing
        ("Причиной экстренной посадки стал отказ двигателя.", "— Это была ошибка пилота?"),
    ],
)
def test_landing_causes_that_do_not_conflict(first: str, second: str) -> None:
    assert found([in_story(first, "a.txt", 1), in_story(second, "b.txt", 2)]) == []


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a bird names itself the cause; a fault inside the engine excludes it
        ("При заходе на посадку в левый двигатель лайнера попала птица.",
         "Следов птицы не нашли, и речь идет о технической неисправности.", True),
        ("Авиакомпания говорит о столкновении с птицей.",
         "По его словам, куда вероятнее внутреннее разрушение двигателя.", True),
        ("Это птица, классический бердстрайк.",
         "В качестве основной рассматривается версия об отказе двигателя из-за технической "
         "неисправности.", True),
        # an engine that failed after a bird strike failed for the bird
        ("В двигатель попала птица.", "Причиной посадки стал отказ двигателя.", False),
        # mistaken for a bird: no bird asserted
        ("Пилоты поначалу приняли удар за столкновение с птицами.",
         "Причиной стала техническая неисправность двигателя.", False),
    ],
)
def test_bird_strike_vs_internal_fault(first: str, second: str, conflict: bool) -> None:
    event = in_story("Самолет совершил аварийную посадку.", "c.txt", 3)
    got = found([in_story(first, "a.txt", 1), in_story(second, "b.txt", 2), event])
    assert bool(got) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a bird strike against failed hydraulics: only an engine is stopped by a bird
        ("Источник утверждает, что самолет столкнулся со стаей птиц.",
         "Причиной посадки стал отказ гидравлической системы.", True),
        # a part that failed, told as what happened, names the cause itself
        ("Источник утверждает, что самолет столкнулся со стаей птиц.",
         "Экипаж посадил самолет, у которого отказала гидравлика.", True),
        ("Источник утверждает, что самолет столкнулся со стаей птиц.",
         "По словам пилота, левая стойка шасси не встала на замок.", True),
        # a storm against a worn hull, against the crew's breach of the rules
        ("Причиной крушения стал сильный шторм.",
         "Главной причиной крушения эколог считает износ корпуса.", True),
        ("В министерстве крушение связывают с погодными условиями.",
         "По версии следствия, капитан нарушил требования безопасности мореплавания.", True),
        # a storm the ship sailed in is no cause told
        ("Судно потерпело крушение во время шторма.",
         "Главной причиной крушения эколог считает износ корпуса.", False),
        # a failure that may follow is no cause told
        ("Источник утверждает, что самолет столкнулся со стаей птиц.",
         "Эксперт говорит, что отказ гидросистемы может привести к тому, что шасси не "
         "выпустится.", False),
    ],
)
def test_failed_parts_storms_and_breaches_as_causes(first: str, second: str,
                                                    conflict: bool) -> None:
    event = in_story("Произошла авария.", "c.txt", 3)
    got = found([in_story(first, "a.txt", 1), in_story(second, "b.txt", 2), event])
    assert bool(got) is conflict


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Геологическая служба оценила магнитуду землетрясения в 8,8.", True),
        ("Магнитуда толчков составила 8,7, сообщили сейсмологи.", False),  # the same
        # an aftershock, an old quake, a bound: other quantities
        ("Сильнейший афтершок имел магнитуду 6,9.", False),
        ("В 1952 году землетрясение магнитудой 9,0 уничтожило город.", False),
        ("Сейсмологи ждут толчков с магнитудой до 7,5.", False),
    ],
)
def test_the_magnitude_of_one_earthquake(second: str, conflict: bool) -> None:
    a = in_story("Землетрясение магнитудой 8,7 произошло у побережья.", "a.txt", 1)
    dates = (("1952 году", "year", "1952-01-01", "1952-12-31"),) if "1952" in second else ()
    b = in_story(second, "b.txt", 2, dates=dates)
    assert bool([k for k, _v in found([a, b]) if k == "count"]) is conflict


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("По оценке источника, объем разлива составил 3,7 тысячи тонн.", True),
        ("По оценке экологов, в море вылилось около 2,5 тыс. т мазута.", False),  # about
        # the cargo, the sand gathered: not what was spilled
        ("Всего на борту танкера находилось 4,2 тыс. тонн мазута.", False),
        ("На пляжах собрано более 25 тысяч тонн загрязненного песка.", False),
        # what spilled out, after a dash or into «окружающую среду»
        ("Ведомство оценивает объем разлива выше — примерно в 3,7 тысячи тонн.", True),
        ("По словам экологов, в окружающую среду попало не менее 3,7 тысячи тонн.", True),
        ("Объем вылившейся нефти составил 3,7 тысячи тонн.", True),
    ],
)
def test_the_tonnes_spilled(second: str, conflict: bool) -> None:
    a = in_story("Минтранс оценил разлив в 2,4 тыс. т мазута.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert bool([k for k, _v in found([a, b]) if k == "count"]) is conflict


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("По словам экологов, нефтяное пятно тянется по реке больше чем на сорок километров.",
         True),
        ("Протяженность загрязненного участка реки — около 40 км.", True),
        ("Пятно длиной около пятнадцати километров удерживают боновые заграждения.", False),
        # a distance from a place, a kilometre post, another day's length
        ("Пятно остановили в 40 км от водозабора.", False),
        ("Разлив произошел на 148-м километре нефтепровода, пятно видно с берега.", False),
    ],
)
def test_the_length_of_a_slick(second: str, conflict: bool) -> None:
    a = in_story("Протяженность нефтяного пятна на реке составляет 15 километров.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert bool([k for k, _v in found([a, b]) if k == "count"]) is conflict


def test_a_slick_grown_by_the_next_day_is_no_conflict() -> None:
    a = in_story("Протяженность нефтяного пятна на реке составила 6 километров.", "a.txt", 1,
                 published="2024-06-12")
    b = in_story("Пятно тянется по реке на 15 километров.", "b.txt", 2, published="2024-06-13")
    c = in_story("Пятно тянется по реке на 15 километров.", "c.txt", 3, published="2024-06-12")
    assert found([a, b]) == []
    assert found([a, c]) == [("count", ("15", "6"))]


def test_those_taken_to_hospital_are_one_count_of_the_story() -> None:
    # no word but the counted ones is shared: the story makes the two one group
    a = in_story("За помощью обратились 14 человек, трое из них госпитализированы.",
                 "a.txt", 1, counts=(("14 человек", 14, "человек"), ("трое", 3, None)))
    b = in_story("Семь человек с травмами доставлены в больницы областного центра.", "b.txt",
                 2, counts=(("Семь человек", 7, "человек"),))
    assert [k for k, _v in found([a, b]) if k == "count"] == ["count"]


# ---------------------------------------------------------------- yes/no on one question


def test_admitted_guilt_vs_denies_guilt_conflict() -> None:
    a = in_story("Петр Иванов признал вину на допросе.", "a.txt", 1,
                 people=(("Петр Иванов", "Петр Иванов"),))
    b = in_story("Адвокат сообщил, что его подзащитный вину не признает.", "b.txt", 2)
    assert found([a, b]) == [("statement", ("не признал вину", "признал вину"))]


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Адвокат заявил, что Петр Иванов ни в чем не признавался.", True),
        ("Петр Иванов, по словам адвоката, никаких признательных показаний не давал.", True),
        ("По словам адвоката, Андрей Николаевич вину не признает.", True),
        ("Петр Иванов признал свою ошибку в разговоре с губернатором.", False),  # the same
    ],
)
def test_admitted_an_error_vs_admitted_nothing(second: str, conflict: bool) -> None:
    named = (("Петр Иванов", "Петр Иванов"),)
    a = in_story("Петр Иванов признал, что совершил ошибку.", "a.txt", 1, people=named)
    a2 = in_story("Петр Иванов руководит Андреем Николаевичем.", "a.txt", 1, people=named)
    people = (("Андрей Николаевич", "Андрей Николаевич"),) if "Никол" in second else named
    b = in_story(second, "b.txt", 2, people=people)
    b2 = in_story("Петр Иванов, Андрей Николаевич по отчеству, задержан.", "b.txt", 2,
                  people=named) if "Никол" in second else in_story("Дело ведет СК.", "b.txt", 2)
    got = [k for k in found([a, a2, b, b2]) if k[0] == "statement"]
    assert got == ([("statement", ("не признал вину", "признал вину"))] if conflict else [])


@pytest.mark.parametrize(
    "second",
    [
        "Суд признал его виновным.",  # a verdict, not a confession
        "Адвокат не исключает, что его подзащитный может признать вину.",  # a condition
        "Сидор Петров вину не признает.",  # another defendant
    ],
)
def test_guilt_answers_that_do_not_conflict(second: str) -> None:
    a = in_story("Петр Иванов признал вину на допросе.", "a.txt", 1,
                 people=(("Петр Иванов", "Петр Иванов"),))
    people = (("Сидор Петров", "Сидор Петров"),) if "Сидор" in second else ()
    b = in_story(second, "b.txt", 2, people=people)
    assert found([a, b]) == []


def test_guilt_of_an_unnamed_group_is_no_conflict() -> None:
    a = in_story("Один из задержанных признал вину.", "a.txt", 1)
    b = in_story("Задержанные вину не признают.", "b.txt", 2)
    assert found([a, b]) == []


PETROV = (("Ивана Петрова", "Иван Петров"),)
_PETROV_NOM = (("Иван Петров", "Иван Петров"),)


def test_detained_vs_not_detained_conflict() -> None:
    a = in_story("Полиция задержала Ивана Петрова у проходной, пишут коллеги.", "a.txt", 1,
                 people=PETROV)
    b = in_story("«Петров не задержан, а приглашен для беседы», — сообщили в полиции.",
                 "b.txt", 2, people=(("Петров", "Петров"),))
    assert found([a, b]) == [("statement", ("задержан", "не задержан"))]


@pytest.mark.parametrize(
    "second",
    [
        "«Ивана Петрова допросили как свидетеля, протокол задержания не составлялся».",
        "По словам профсоюза, Ивана Петрова допрашивали в статусе свидетеля, задержан он "
        "не был.",
        # questioned and let go
        "«Иван Петров был опрошен сотрудниками полиции и отпущен домой».",
        "Иван Петров, по словам его коллег, после опроса в полиции вернулся домой.",
    ],
)
def test_questioned_as_a_witness_vs_detained_conflict(second: str) -> None:
    # (a parenthesis between the subject and its verb is stepped over)
    a = in_story("Командир Иван Петров, по информации источника, был задержан 19 ноября.",
                 "a.txt", 1, people=(("Иван Петров", "Иван Петров"),),
                 dates=(("19 ноября", "day", "2024-11-19", "2024-11-19"),))
    b = in_story(second, "b.txt", 2, people=PETROV if "Ивана Петрова" in second else _PETROV_NOM)
    b = replace(b, claim=replace(b.claim, said_on="2024-11-19"))
    assert found([a, b]) == [("statement", ("задержан", "не задержан"))]


def test_the_subject_before_a_relative_clause_answers() -> None:
    """«Иван Петров, автомобиль которого въехал в остановку, задержан»: the relative
    clause between the name and its verb is stepped over."""
    a = in_story("Замглавы района Иван Петров, автомобиль которого въехал в остановку, "
                 "задержан.", "a.txt", 1, people=(("Иван Петров", "Иван Петров"),))
    b = in_story("«Иван Петров был опрошен в полиции и отпущен домой».", "b.txt", 2,
                 people=_PETROV_NOM)
    assert found([a, b]) == [("statement", ("задержан", "не задержан"))]


@pytest.mark.parametrize(("yes", "no"), [
    ("Капитан сейнера Иван Петров арестован и содержится в участке.",
     "Иван Петров не арестован и находится на борту."),
    ("Капитан сейнера Иван Петров арестован и содержится в участке.",
     "«Ивана Петрова никто не арестовывал, он на мостике», — сказала его жена."),
    ("Анализ крови показал у Ивана Петрова алкогольное опьянение.",
     "Освидетельствование Ивана Петрова на месте состояния опьянения не установило."),
    ("В крови Ивана Петрова обнаружено 1,3 промилле алкоголя.",
     "«Иван Петров был абсолютно трезв», — заявил адвокат."),
    ("В крови Ивана Петрова обнаружено 1,3 промилле алкоголя.",
     "Адвокат настаивает, что Иван Петров в тот вечер не употреблял алкоголь."),
], ids=["arrested-not", "arrested-nobody", "drunk-test", "drunk-sober", "drunk-no-alcohol"])
def test_arrested_or_drunk_answered_yes_and_no(yes: str, no: str) -> None:
    a = in_story(yes, "a.txt", 1, people=PETROV if "Ивана Петрова" in yes else _PETROV_NOM)
    b = in_story(no, "b.txt", 2, people=PETROV if "Ивана Петрова" in no else _PETROV_NOM)
    got = found([a, b])
    assert len(got) == 1 and got[0][0] == "statement", got


def test_a_drunk_driver_of_another_crash_is_no_answer() -> None:
    """Two people, one drunk and one sober: each answer names its own."""
    a = in_story("В крови Ивана Петрова обнаружено 1,3 промилле алкоголя.", "a.txt", 1,
                 people=PETROV)
    b = in_story("Водитель автобуса Олег Сомов был трезв.", "b.txt", 2,
                 people=(("Олег Сомов", "Олег Сомов"),))
    assert found([a, b]) == []


@pytest.mark.parametrize(
    ("first", "people"),
    [
        ("Рейс задержали на семь часов.", ()),  # a flight, no one
        ("Раньше зарплату задерживали на неделю.", ()),  # wages, no one
        ("Ивана Петрова задержали 2 мая у проходной.", PETROV),  # another day
        ("Формально Ивана Петрова не задерживали, но он был фактически задержан.", PETROV),
    ],
)
def test_detention_answers_that_do_not_conflict(first: str,
                                                people: tuple[tuple[str, str], ...]) -> None:
    a = in_story(first, "a.txt", 1, people=people,
                 dates=(("2 мая", "day", "2024-05-02", "2024-05-02"),) if "2 мая" in first
                 else ())
    b = in_story("Петров 6 мая не задержан, а приглашен для беседы.", "b.txt", 2,
                 people=(("Петров", "Петров"),),
                 dates=(("6 мая", "day", "2024-05-06", "2024-05-06"),))
    assert found([a, b]) == []


@pytest.mark.parametrize(("yes", "no"), [
    ("Переездная сигнализация работала в штатном режиме, автошлагбаумы находились в "
     "закрытом положении, сообщили в РЖД.", "«Шлагбаум был поднят, светофор не мигал», — "
     "рассказала очевидец."),
    ("На момент аварии переезд был полностью исправен.",
     "По словам водителей, огни не горели, а шлагбаум стоял поднятым."),
])
def test_a_crossing_working_vs_its_barrier_up_conflict(yes: str, no: str) -> None:
    a = in_story(yes, "a.txt", 1)
    b = in_story(no, "b.txt", 2)
    assert found([a, b]) == [("statement", ("не переезд исправен", "переезд исправен"))]


@pytest.mark.parametrize(("yes", "no", "conflict"), [
    ("«Во вторник мы перечислили 9 млн рублей», — сказал директор.",
     "«На карточку не пришло ни копейки», — говорит сварщик.", True),
    ("Первый транш в 9 млн рублей ушел на зарплатные карты.",
     "Рабочие утверждают, что с лета не поступало ничего.", True),
    # a promise to pay is no payment
    ("Директор обещает перечислить 9 млн рублей до конца месяца.",
     "«На карточку не пришло ни копейки», — говорит сварщик.", False),
    # a part not paid is no answer; another month's wages are another payment
    ("Завод перечислил работникам 9 млн рублей в счет долгов.",
     "Аванс за август работникам также не перечислили.", False),
    ("Часть сентябрьской зарплаты все-таки была выплачена.",
     "Профсоюз заявил, что за октябрь людям не перечислили ни рубля.", False),
    # paid after it was told unpaid: what happened next (the no is of the 16th)
    ("Сегодня зарплата за октябрь перечислена на карты всех сотрудников.",
     "16 ноября профсоюз заявил, что за октябрь людям не перечислили ни рубля.", False),
])
def test_wages_paid_vs_nothing_received(yes: str, no: str, conflict: bool) -> None:
    # (the last no is told of the 16th, the yes in a report of the 20th)
    day = (("16 ноября", "day", "2024-11-16", "2024-11-16"),) if "16 ноября" in no else ()
    a = in_story(yes, "a.txt", 1, published="2024-11-20" if day else "2024-11-16")
    b = in_story(no, "b.txt", 2, published="2024-11-16", dates=day)
    assert (found([a, b]) == [("statement", ("деньги поступили", "не деньги поступили"))]) \
        is conflict


@pytest.mark.parametrize(("dead", "alive", "conflict"), [
    ("Источник сообщил, что водитель фуры погиб на месте.",
     "Водитель фуры жив, он в реанимации, сообщили в минздраве.", True),
    # two drivers of two vehicles
    ("Источник сообщил, что водитель автобуса погиб на месте.",
     "Водитель фуры жив, он в реанимации, сообщили в минздраве.", False),
])
def test_one_unnamed_role_dead_and_alive(dead: str, alive: str, conflict: bool) -> None:
    a = in_story(dead, "a.txt", 1)
    b = in_story(alive, "b.txt", 2)
    assert (("statement", ("не погиб", "погиб")) in found([a, b])) is conflict


@pytest.mark.parametrize("gone", [
    "«Иван Петров отстранен, распоряжение подписано сегодня утром», — сказали в мэрии.",
    "Губернатор принял решение отправить в отставку главу округа Ивана Петрова.",
])
@pytest.mark.parametrize("kept", [
    "«Иван Петров продолжает исполнять обязанности главы округа».",
    "В пресс-службе заявили, что решение об отставке Ивана Петрова не принималось.",
    # still the head of his body, by its title
    "«Иван Петров остается ректором университета», — заявили в вузе.",
    "В университете сообщили, что Иван Петров по-прежнему числится ректором.",
])
def test_an_official_removed_vs_still_in_office(gone: str, kept: str) -> None:
    a = in_story(gone, "a.txt", 1, people=PETROV if "Ивана Петрова" in gone else _PETROV_NOM)
    b = in_story(kept, "b.txt", 2, people=PETROV if "Ивана Петрова" in kept else _PETROV_NOM)
    assert found([a, b]) == [("statement", ("не покинул должность", "покинул должность"))]


def test_no_papers_of_a_removal_answer_no() -> None:
    a = in_story("В министерстве ответили, что Иван Петров отстранен от должности.", "a.txt", 1,
                 people=_PETROV_NOM)
    b = in_story("«Иван Петров на работе. Никаких документов об отстранении его от должности к "
                 "нам не поступало»", "b.txt", 2, people=_PETROV_NOM)
    assert found([a, b]) == [("statement", ("не покинул должность", "покинул должность"))]


def test_suspended_from_flights_is_no_answer_of_office() -> None:
    a = in_story("Командира Ивана Петрова отстранили от полетов до конца проверки.", "a.txt", 1,
                 people=PETROV)
    b = in_story("«Иван Петров продолжает работать», — сказали в авиакомпании.", "b.txt", 2,
                 people=_PETROV_NOM)
    assert found([a, b]) == []


def test_alarm_worked_vs_no_warning_conflict() -> None:
    a = in_story("В МЧС заявили, что система оповещения сработала штатно.", "a.txt", 1)
    b = in_story("«Никакого оповещения не было», — сказала продавец.", "a.txt", 1)
    assert [k for k, _v in found([a, b])] == ["statement"]


@pytest.mark.parametrize(
    ("yes", "no"),
    [
        ("Сирены системы оповещения включили в 03:05.",
         "«Никто не выл, никакой сирены», — сказал житель."),
        ("Сигнал тревоги подали спустя 25 минут.",
         "«Ни одного гудка я не слышал», — говорит житель."),
        # people warned in time are the alarm's question too
        ("Глава округа заявил агентству, что жителей предупредили заранее.",
         "«Никто нас не предупреждал», — говорит жительница."),
    ],
)
def test_a_siren_sounded_vs_none_heard_conflict(yes: str, no: str) -> None:
    a = in_story(yes, "a.txt", 1)
    b = in_story(no, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == ["statement"]


def test_detained_vs_was_not_detained_reflexive_conflict() -> None:
    a = in_story("Глава района Иван Петров задержан в четверг утром.", "a.txt", 1,
                 people=(("Иван Петров", "Иван Петров"),))
    b = in_story("В администрации заявили, что Иван Петров не задерживался.", "b.txt", 2,
                 people=(("Иван Петров", "Иван Петров"),))
    assert [k for k, _v in found([a, b])] == ["statement"]


@pytest.mark.parametrize(
    ("second", "day", "conflict"),
    [
        ("МИД настаивает, что Олег Петров жив и находится в больнице.", "2024-11-18", True),
        ("По словам врачей, состояние Олега Петрова стабильное.", "2024-11-17", True),
        # told alive before the day he died: what came before, not a dispute
        ("Олег Петров жив, угрозы его жизни нет.", "2024-11-14", False),
        ("МИД настаивает, что Иван Сидоров жив.", "2024-11-18", False),  # another man
        # survived and in intensive care
        ("Олег Петров выжил и находится в реанимации.", "2024-11-18", True),
    ],
)
def test_dead_vs_alive(second: str, day: str, conflict: bool) -> None:
    a = _said_on(in_story("Инженер Олег Петров погиб 15 ноября.", "a.txt", 1,
                          people=(("Олег Петров", "Олег Петров"),),
                          dates=(("15 ноября", "day", "2024-11-15", "2024-11-15"),)),
                 "2024-11-16")
    named = re.search(r"(?:Олег|Иван)\w* (?:Петров|Сидоров)\w*", second)
    assert named is not None
    full = "Иван Сидоров" if "Иван" in named.group(0) else "Олег Петров"
    b = _said_on(in_story(second, "b.txt", 2, people=((named.group(0), full),)), day)
    assert [k for k, _v in found([a, b])] == (["statement"] if conflict else [])


@pytest.mark.parametrize(
    ("yes", "no", "conflict"),
    [
        # a report of the act called untrue is a «no» to the act
        ("Глава района Иван Петров задержан.",
         "В полиции заявили, что информация о задержании Ивана Петрова не соответствует "
         "действительности.", True),
        ("Инженер Иван Петров погиб.",
         "В больнице опровергли сообщения о гибели Ивана Петрова.", True),
        ("Глава района Иван Петров задержан.",
         "Сообщения о задержании Ивана Петрова — фейк, заявил его адвокат.", True),
        # an aside between commas before the verdict
        ("Глава района Иван Петров задержан.",
         "Информация о задержании Ивана Петрова, появившаяся в сети, не соответствует "
         "действительности.", True),
        # a report only doubted, or a report of another act, is no «no»
        ("Глава района Иван Петров задержан.",
         "Информация о задержании Ивана Петрова пока проверяется.", False),
        ("Инженер Иван Петров погиб.",
         "Информация о задержании Ивана Петрова не соответствует действительности.", False),
    ],
)
def test_a_report_called_untrue_is_a_no(yes: str, no: str, conflict: bool) -> None:
    people = (("Иван Петров", "Иван Петров"),)

    def named(text: str) -> tuple[tuple[str, str], ...]:
        m = re.search(r"Иван\w* Петров\w*", text)
        assert m is not None
        return ((m.group(0), "Иван Петров"),)

    a = _said_on(in_story(yes, "a.txt", 1, people=people), "2024-06-10")
    b = _said_on(in_story(no, "b.txt", 2, people=named(no)), "2024-06-10")
    assert [k for k, _v in found([a, b])] == (["statement"] if conflict else [])


def test_a_works_halt_called_untrue_is_a_no() -> None:
    a = in_story("Завод был вынужден остановить производство.", "a.txt", 1)
    b = in_story("В компании назвали информацию об остановке завода не соответствующей "
                 "действительности.", "b.txt", 2)
    assert found([a, b]) == [("statement", ("не работа остановлена", "работа остановлена"))]


def test_a_statement_conflict_is_titled_with_the_full_name() -> None:
    """(a first name is shortened in the key that keeps namesakes apart, not in the title)"""
    a = in_story("Федерация отстранила от соревнований лыжника Кирилла Петрова.", "a.txt", 1,
                 people=(("Кирилла Петрова", "Кирилл Петров"),))
    b = in_story("В клубе заявили, что Кирилла Петрова никто не отстранял.", "b.txt", 2,
                 people=(("Кирилла Петрова", "Кирилл Петров"),))
    got = conflicts.find_conflicts([a, b])
    assert [k.subject.split(":")[0] for k in got] == ["Кирилл Петров"]


def _said_on(sc: StoredClaim, day: str) -> StoredClaim:
    return replace(sc, claim=replace(sc.claim, said_on=day))


@pytest.mark.parametrize(
    ("no", "day", "conflict"),
    [
        # a denial in the past tense told days later denies the detention reported before
        ("Адвокат заявил, что Ивана Петрова не задерживали.", "2024-06-13", True),
        ("Адвокат заявил, что Иван Петров не задерживался.", "2024-06-16", True),
        # ... but not one told more than a week later (another affair), nor a denial in
        # the present told days later (he may have been let go since)
        ("Адвокат заявил, что Ивана Петрова не задерживали.", "2024-06-20", False),
        ("Адвокат заявил, что Иван Петров сейчас не задержан.", "2024-06-15", False),
        # a denial after the participle
        ("Адвокат Ивана Петрова заявил, что Иван Петров задержан не был.", "2024-06-11", True),
    ],
)
def test_detained_vs_denied_days_later(no: str, day: str, conflict: bool) -> None:
    people = (("Иван Петров", "Иван Петров"),)
    a = _said_on(in_story("Глава района Иван Петров задержан.", "a.txt", 1, people=people),
                 "2024-06-10")
    named = re.search(r"Иван\w* Петров\w*", no)
    assert named is not None
    b = _said_on(in_story(no, "b.txt", 2, people=((named.group(0), "Иван Петров"),)), day)
    assert [k for k, _v in found([a, b])] == (["statement"] if conflict else [])


def test_alarm_both_say_it_failed_is_no_conflict() -> None:
    a = in_story("Сигнализация в здании не сработала.", "a.txt", 1)
    b = in_story("«Никакого оповещения не было», — сказала продавец.", "b.txt", 2)
    assert found([a, b]) == []


# ---------------------------------------------------------------- detention dates

SIDOROV = (("Сидоров", "Алексей Сидоров"),)


def test_detained_on_a_day_vs_end_of_previous_month_conflict() -> None:
    a = in_story("Сидоров задержан 3 апреля.", "a.txt", 1, people=SIDOROV,
                 dates=(("3 апреля", "day", "2024-04-03", "2024-04-03"),),
                 statuses=(("задержан", "detained", "Алексей Сидоров"),))
    b = in_story("На самом деле Сидоров был задержан в конце марта.", "b.txt", 2,
                 people=SIDOROV, dates=(("в конце марта", "month", "2024-03-01", "2024-03-31"),))
    assert [k for k, _v in found([a, b])] == ["date"]


def test_detained_on_a_day_vs_early_that_month_is_no_conflict() -> None:
    a = in_story("Сидоров задержан 3 апреля.", "a.txt", 1, people=SIDOROV,
                 dates=(("3 апреля", "day", "2024-04-03", "2024-04-03"),),
                 statuses=(("задержан", "detained", "Алексей Сидоров"),))
    b = in_story("После задержания Сидорова в начале апреля прошли обыски.", "b.txt", 2,
                 people=(("Сидорова", "Алексей Сидоров"),),
                 dates=(("в начале апреля", "month", "2024-04-01", "2024-04-30"),))
    assert found([a, b]) == []


# ---------------------------------------------------------------- past titles

ORLOV = (("Олег Орлов", "Олег Орлов"),)


@pytest.mark.parametrize(
    "second",
    [
        "Проверка касается контрактов бывшего губернатора Олега Орлова.",  # a past title
        "Документы подписывал заместитель губернатора Олег Орлов.",  # a deputy's title
    ],
)
def test_past_or_deputy_title_is_no_role_conflict(second: str) -> None:
    a = claim("Министр энергетики Олег Орлов дал интервью.", doc="a.txt",
              people=(("Олег Орлов", "Олег Орлов"),))
    b = claim(second, doc="b.txt", people=(("Олега Орлова", "Олег Орлов"),)
              if "Олега" in second else ORLOV)
    assert found([a, b]) == []


PILOT = (("Иван Грачев", "Иван Грачев"),)


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("По данным источника, второй пилот Иван Грачев перепутал тумблеры.", True),
        ("Командир экипажа Иван Грачев налетал 9 тыс. часов.", False),  # the same seat
        ("Бывший второй пилот Иван Грачев давно летает командиром.", False),  # a past seat
    ],
)
def test_commander_vs_second_pilot(second: str, conflict: bool) -> None:
    a = claim("Решение принял командир воздушного судна Иван Грачев.", doc="a.txt",
              people=PILOT)
    b = claim(second, doc="b.txt", people=PILOT)
    assert [k for k, _v in found([a, b])] == (["role"] if conflict else [])


def test_two_current_titles_of_one_group_conflict() -> None:
    a = claim("Министр энергетики Олег Орлов дал интервью.", doc="a.txt", people=ORLOV)
    b = claim("Документы подписал губернатор Олег Орлов.", doc="b.txt", people=ORLOV)
    assert [k for k, _v in found([a, b])] == ["role"]


# ---------------------------------------------------------------- English claims


def test_english_cause_claims_conflict_like_russian_ones() -> None:
    a = in_story("The fire was caused by a short circuit, officials said.", "a.txt", 1)
    b = in_story("It was arson, a police source told Reuters.", "b.txt", 2)
    assert [k for k, _v in found([a, b])] == ["statement"]


def test_english_claims_without_facts_find_nothing() -> None:
    a = in_story("Peskov told reporters the talks were constructive.", "a.txt", 1)
    b = in_story("The Kremlin did not comment on the fire.", "b.txt", 2)
    assert found([a, b]) == []


def test_deputy_vs_head_of_one_body_conflict_with_surname_resolved_in_its_report() -> None:
    # a surname alone is the person its own report names in full, even when another
    # report has a namesake
    a = claim("Документы подписал заместитель директора завода Олег Орлов.", doc="a.txt",
              doc_id=1, people=ORLOV)
    b1 = claim("Суд арестовал Олега Орлова.", doc="b.txt", doc_id=2,
               people=(("Олега Орлова", "Олег Орлов"),))
    b2 = claim("Орлов возглавляет завод с 2019 года.", doc="b.txt", doc_id=2, start=40)
    namesake = claim("Глава МЧС Андрей Орлов провел брифинг.", doc="c.txt", doc_id=3,
                     people=(("Андрей Орлов", "Андрей Орлов"),))
    got = conflicts.find_conflicts([a, b1, b2, namesake])
    assert [(k.kind, sorted({s.value for s in k.sides})) for k in got] == [
        ("role", ["заместитель: директор", "руководитель"])]


@pytest.mark.parametrize(
    "second",
    [
        "Орлов возглавлял завод до 2019 года.",  # a past post
        "Орлов возглавляет делегацию на переговорах.",  # a temporary lead, any rank
        "Орлов возглавляет завод с 2019 года.",  # no full name in this report: unresolved
    ],
)
def test_head_of_body_that_does_not_conflict(second: str) -> None:
    a = claim("Документы подписал заместитель директора завода Олег Орлов.", doc="a.txt",
              doc_id=1, people=ORLOV)
    others = [claim("Суд арестовал Олега Орлова.", doc="b.txt", doc_id=2,
                    people=(("Олега Орлова", "Олег Орлов"),))] if "2019" not in second \
        or "возглавлял " in second else []
    b = claim(second, doc="b.txt", doc_id=2, start=40)
    assert found([a, *others, b]) == []


def test_acting_title_is_the_title_itself() -> None:
    a = claim("Указ подписал исполняющий обязанности губернатора Олег Орлов.", doc="a.txt",
              people=ORLOV)
    b = claim("Губернатор Олег Орлов открыл мост.", doc="b.txt", people=ORLOV)
    assert found([a, b]) == []


def test_hospitalized_are_some_of_the_injured() -> None:
    a = in_story("При пожаре пострадали 12 человек.", "a.txt", 1,
                 counts=(("12 человек", 12, "человек"),))
    b = in_story("Семь человек госпитализированы.", "b.txt", 2,
                 counts=(("Семь человек", 7, "человек"),))
    assert found([a, b]) == []


def test_a_cause_without_event_word_takes_the_event_of_its_story() -> None:
    a = in_story("Причиной крушения самолета стало столкновение с птицами.", "a.txt", 1)
    b1 = in_story("Самолет потерпел крушение у побережья.", "b.txt", 2)
    b2 = in_story("Лайнер был сбит, заявил президент.", "b.txt", 2)
    got = found([a, b1, b2])
    assert got == [("statement", ("не умысел или атака", "умысел или атака"))]


@pytest.mark.parametrize(
    "second",
    [
        "ПВО в это время отражала атаку беспилотников.",  # an attack, not said to be a cause
        "Президент при этом не признал, что самолет был сбит.",  # not admitted: no assertion
    ],
)
def test_attack_mentions_that_assert_no_cause(second: str) -> None:
    a = in_story("Причиной крушения самолета стало столкновение с птицами.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    got = found([a, b])
    # a denial of the attack sides with the birds: no dispute either way
    assert got == []


def test_guilt_of_two_people_in_one_report_is_no_conflict_even_unrecognised() -> None:
    # the recogniser missed «Белов» at the start of the sentence: the surname-shaped word
    # still names him, so his confession is not the official's denial
    a = in_story("Деньги передал предприниматель Антон Белов.", "a.txt", 1,
                 people=(("Антон Белов", "Антон Белов"),))
    b = in_story("Белов заключил соглашение и признал вину.", "a.txt", 1)
    c = in_story("Сам Голубев вину не признает.", "a.txt", 1,
                 people=(("Голубев", "Сергей Голубев"),))
    d = in_story("Вице-мэр Сергей Голубев задержан.", "a.txt", 1,
                 people=(("Сергей Голубев", "Сергей Голубев"),))
    assert found([a, b, c, d]) == []


# ---------------------------------------------------------------- causes of a poisoning


@pytest.mark.parametrize(
    "second",
    [
        "Директор комбината питания считает, что дети заразились ротавирусом.",
        "Причиной вспышки стал норовирус, занесенный в лагерь извне.",
    ],
)
def test_germs_in_the_food_vs_a_virus_conflict(second: str) -> None:
    a = in_story("В пробах котлет, которые подавали на ужин, обнаружена сальмонелла.",
                 "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == ["statement"]


def test_germs_denied_vs_germs_found_conflict() -> None:
    a = in_story("В пробах еды из столовой выявлена сальмонелла, сообщили после отравления.",
                 "a.txt", 1)
    b = in_story("Сальмонелла в пробах не обнаружена, заявили в лаборатории.", "b.txt", 2)
    assert [k for k, _v in found([a, b])] == ["statement"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # both blame the food
        ("В пробах котлет обнаружена сальмонелла.",
         "Источник отравления - нарушение температурного режима хранения котлет."),
        # a germ named without being found or blamed asserts nothing
        ("В пробах котлет обнаружена сальмонелла.",
         "Врач считает версию о ротавирусе правдоподобной после отравления."),
        # versions listed assert nothing
        ("В пробах котлет обнаружена сальмонелла.",
         "Не исключено, что дети заразились ротавирусом."),
    ],
)
def test_poisoning_causes_that_do_not_conflict(first: str, second: str) -> None:
    assert found([in_story(first, "a.txt", 1), in_story(second, "b.txt", 2)]) == []


# ---------------------------------------------------------------- payments per recipient


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Семьям погибших будет выплачено по одному миллиону рублей.",
         [("семьи погибших:руб", 1e6)]),
        ("Губернатор пообещал выплатить семьям погибших по миллиону рублей.",
         [("семьи погибших:руб", 1e6)]),
        ("Семьи погибших получат по полтора миллиона рублей, тяжело пострадавшие — по 500 "
         "тысяч рублей.", [("семьи погибших:руб", 1.5e6), ("тяжело пострадавшие:руб", 5e5)]),
        ("Бюджет города составит 3 млрд рублей.", []),  # no one is paid
        ("Власти пообещали семьям погибших по полмиллиона рублей.",
         [("семьи погибших:руб", 5e5)]),
        ("Семьям погибших — по миллиону рублей, тяжелораненым — по 400 тысяч рублей.",
         [("семьи погибших:руб", 1e6), ("тяжело пострадавшие:руб", 4e5)]),
        # per household, told before the sum or as its unit after it
        ("Каждое пострадавшее домохозяйство получит выплату в размере 100 тысяч рублей.",
         [("домохозяйства:руб", 1e5)]),
        ("Утвержден порядок выплат пострадавшим: по 75 тыс. руб. на каждое домохозяйство.",
         [("домохозяйства:руб", 75e3)]),
        # each sum before the recipient it is paid to (in the dative)
        ("Из резервного фонда выделят по 2 млн руб. семьям погибших и по 300 тыс. руб. "
         "раненым.", [("семьи погибших:руб", 2e6), ("пострадавшие:руб", 3e5)]),
    ],
)
def test_payouts_read_with_their_recipients(text: str, expected: list[tuple[str, float]]) -> None:
    from factdb.conflicts.money import _payouts

    got = [(k, lo) for k, lo, _hi, _v in _payouts(conflicts.read_facts(claim(text)))]
    assert got == expected


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Семьи погибших получат по полтора миллиона рублей.", True),
        ("Семьям погибших выплатят по 1 млн рублей.", False),  # the same sum
        ("Тяжело пострадавшим выплатят по полтора миллиона рублей.", False),  # other people
        # a sum raised later: one promise at two times
        ("Выплата семьям погибших увеличена до полутора миллионов рублей.", False),
    ],
)
def test_payouts_to_one_kind_of_recipient(second: str, conflict: bool) -> None:
    a = in_story("Семьям погибших выплатят по миллиону рублей.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Все пассажиры получат компенсацию в размере 50 тысяч рублей.", True),
        ("Авиакомпания выплатит каждому пассажиру по 100 тыс. руб.", False),  # the same
        # the region pays those in hospital on top: some of the passengers, their own sum
        ("Область перечислит по 150 тыс. руб. каждому госпитализированному пассажиру.", False),
    ],
)
def test_payouts_to_each_passenger(second: str, conflict: bool) -> None:
    a = in_story("Авиакомпания пообещала каждому пассажиру по 100 тысяч рублей.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


# ---------------------------------------------------------------- the term a court set


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Мера пресечения продлена им еще на 4 месяца, сообщил адвокат.", True),
        ("Суд продлил арест активистам на три месяца.", False),  # the same term in words
        ("Прокурор просил продлить арест на полгода.", False),  # a request, not a term set
        ("Их будут держать в СИЗО до 10 мая, суд продлил арест.", False),  # a deadline only
        ("Ходатайство удовлетворено: арест продлен на два месяца.", True),  # a request granted
    ],
)
def test_terms_of_one_extension(second: str, conflict: bool) -> None:
    a = in_story("Суд на три месяца продлил арест активистам.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Агентство наложило на Ивана Орлова дисквалификацию сроком в два года.", True),
        ("Федерация отстранила Ивана Орлова от соревнований на два года.", True),
        # the same term as an adjective; not an age
        ("27-летний Иван Орлов получил четырехлетнюю дисквалификацию.", False),
        ("Иван Орлов временно отстранен от соревнований.", False),  # no term
        # an older ban
        ("В 2019 году Иван Орлов уже был дисквалифицирован на шесть месяцев.", False),
    ],
)
def test_terms_of_one_sports_ban(second: str, conflict: bool) -> None:
    people = (("Ивана Орлова", "Иван Орлов"),)
    a = in_story("Антидопинговое агентство дисквалифицировало Ивана Орлова на четыре года.",
                 "a.txt", 1, published="2024-11-20", people=people)
    named = re.search(r"Иван\w* Орлов\w*", second)
    assert named is not None
    dates = (("2019 году", "year", "2019-01-01", "2019-12-31"),) if "2019" in second else ()
    b = in_story(second, "b.txt", 2, published="2024-11-21", dates=dates,
                 people=((named.group(0), "Иван Орлов"),))
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


def test_sentences_of_two_people_do_not_conflict() -> None:
    a = in_story("Суд приговорил Ивана Орлова к шести годам колонии.", "a.txt", 1,
                 people=(("Ивана Орлова", "Иван Орлов"),))
    b = in_story("Суд приговорил Петра Савина к восьми годам колонии.", "b.txt", 2,
                 people=(("Петра Савина", "Петр Савин"),))
    assert found([a, b]) == []


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Бывшего чиновника приговорили к восьми годам колонии.", True),
        # an older case told as a reminder: its own term
        ("В 2023 году к восьми годам колонии был приговорен бывший чиновник.", False),
        ("Напомним, еще одного чиновника приговорили к восьми годам колонии в сентябре.", False),
    ],
)
def test_a_term_of_another_case_is_not_a_rival(second: str, conflict: bool) -> None:
    a = in_story("Суд приговорил бывшего чиновника к шести годам колонии.", "a.txt", 1,
                 published="2024-11-20")
    dates = (("2023 году", "year", "2023-01-01", "2023-12-31"),) if "2023" in second else \
        (("сентябре", "month", "2024-09-01", "2024-09-30"),) if "сентябре" in second else ()
    b = in_story(second, "b.txt", 2, published="2024-11-20", dates=dates)
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        # years in a colony are a sentence's whatever the verb
        ("Подсудимый Иван Орлов получил 8 лет колонии общего режима.", True),
        ("Ивана Орлова отправили в колонию на восемь лет.", True),
        # a request in another clause leaves the term set
        ("Иван Орлов получил 8 лет колонии, хотя гособвинение настаивало на 11 годах.", True),
        # the judge named is not the one sentenced
        ("Судья Анна Белова назначила Ивану Орлову восемь лет колонии.", True),
        # a term only asked for is none
        ("Гособвинение запрашивало для Ивана Орлова 8 лет лишения свободы.", False),
    ],
)
def test_a_sentence_told_by_its_years_of_colony(second: str, conflict: bool) -> None:
    people = (("Ивана Орлова", "Иван Орлов"),)
    a = in_story("Суд приговорил Ивана Орлова к шести годам колонии.", "a.txt", 1, people=people)
    named = [(m.group(0), "Иван Орлов") for m in re.finditer(r"Иван\w* Орлов\w*", second)]
    if "Белова" in second:
        named.append(("Анна Белова", "Анна Белова"))
    b = in_story(second, "b.txt", 2, people=tuple(named))
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


def test_a_sentence_told_of_no_one_is_the_named_convicts() -> None:
    """«Итог — восемь лет заключения» in a story whose reports name one convict."""
    people = (("Ивана Орлова", "Иван Орлов"),)
    a = in_story("Суд приговорил Ивана Орлова к шести годам колонии.", "a.txt", 1, people=people)
    b = in_story("Суд приговорил Ивана Орлова к шести годам лишения свободы.", "b.txt", 2,
                 people=people)
    c1 = in_story("Иван Орлов выслушал приговор молча.", "c.txt", 3,
                  people=(("Иван Орлов", "Иван Орлов"),))
    c2 = claim("Адвокат Ивана Орлова обжалует решение.", doc="c.txt", doc_id=3, start=200,
               people=(("Ивана Орлова", "Иван Орлов"),))
    c3 = claim("Итог — восемь лет заключения в колонии.", doc="c.txt", doc_id=3, start=300)
    assert [k for k, _v in found([a, b, c1, c2, c3])] == ["count"]
    # (in a report not about him, the same words stay apart)
    d = in_story("Итог — восемь лет заключения в колонии.", "d.txt", 4)
    assert found([a, b, d]) == []


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Суд приговорил Ивана Орлова к шести годам колонии строгого режима.", True),
        ("Суд приговорил Ивана Орлова к шести годам колонии общего режима.", False),
        # another convict's regime
        ("Суд приговорил Петра Савина к шести годам колонии строгого режима.", False),
        # asked for, not set
        ("Прокурор просил для Ивана Орлова колонию строгого режима.", False),
    ],
)
def test_colony_regimes_of_one_sentence(second: str, conflict: bool) -> None:
    a = in_story("Суд приговорил Ивана Орлова к шести годам колонии общего режима.", "a.txt", 1,
                 people=(("Ивана Орлова", "Иван Орлов"),))
    named = re.search(r"(?:Иван|Петр)\w* (?:Орлов|Савин)\w*", second)
    assert named is not None
    full = "Петр Савин" if "Савин" in named.group(0) else "Иван Орлов"
    b = in_story(second, "b.txt", 2, people=((named.group(0), full),))
    assert [k for k, _v in found([a, b])] == (["status"] if conflict else [])


def test_the_laws_maximum_is_no_term_set() -> None:
    a = in_story("Суд приговорил Ивана Орлова к восьми годам колонии.", "a.txt", 1,
                 people=(("Ивана Орлова", "Иван Орлов"),))
    b = in_story("Статья предполагает наказание до 15 лет лишения свободы, Ивану Орлову "
                 "вынесен приговор.", "b.txt", 2, people=(("Ивану Орлову", "Иван Орлов"),))
    assert found([a, b]) == []


def test_found_guilty_is_a_verdict_not_a_plea() -> None:
    a = in_story("Блогера признали виновным в вымогательстве.", "a.txt", 1)
    b = in_story("Сам блогер свою вину отрицает.", "b.txt", 2)
    assert found([a, b]) == []


def test_a_pronoun_means_the_person_of_the_sentence_before() -> None:
    """«Суд приговорил его» after a sentence about the accomplice is the accomplice's
    term, not a rival of the main defendant's."""
    a = in_story("Суд приговорил Ивана Орлова к шести годам колонии.", "a.txt", 1,
                 people=(("Ивана Орлова", "Иван Орлов"),))
    b1 = claim("Сам Петр Савин признал вину.", doc="b.txt", doc_id=2, start=0,
               people=(("Петр Савин", "Петр Савин"),))
    b2 = claim("Суд приговорил его к трем годам условно.", doc="b.txt", doc_id=2, start=40)
    c = in_story("Петра Савина приговорили к четырем годам условно.", "c.txt", 3,
                 people=(("Петра Савина", "Петр Савин"),))
    assert found([a, b1, b2, c]) == [("count", ("3 года", "4 года"))]


def test_a_pronoun_is_followed_back_past_a_sentence_that_names_no_one() -> None:
    """«Петр Савин задержан. ФСБ обвинила его в шпионаже. Суд приговорил его к пяти
    годам»: Савин's term (ФСБ, the speaker of the middle sentence, is no person)."""
    b1 = claim("Напомним, Петр Савин был задержан в феврале.", doc="b.txt", doc_id=2, start=0,
               people=(("Петр Савин", "Петр Савин"),))
    b2 = claim("ФСБ обвинила его в шпионаже.", doc="b.txt", doc_id=2, start=50, speaker="ФСБ")
    b3 = claim("Суд приговорил его к пяти годам колонии.", doc="b.txt", doc_id=2, start=90)
    c = in_story("Петра Савина приговорили к четырем годам колонии.", "c.txt", 3,
                 people=(("Петра Савина", "Петр Савин"),))
    d = in_story("Суд приговорил бывшего чиновника к шести годам колонии.", "d.txt", 4)
    assert found([b1, b2, b3, c, d]) == [("count", ("4 года", "5 лет"))]


# ---------------------------------------------------------------- a person's age

_ORLOV = (("Иван Орлов", "Иван Орлов"),)


@pytest.mark.parametrize(
    ("second", "published", "conflict"),
    [
        ("Задержан 52-летний предприниматель Иван Орлов.", "2024-05-03", True),
        ("Иван Орлов, 52 года, задержан.", "2024-05-03", True),
        ("Задержан 47-летний предприниматель Иван Орлов.", "2024-05-03", False),  # the same
        ("Задержан 48-летний предприниматель Иван Орлов.", "2024-09-20", False),  # a birthday
        ("Задержан 48-летний предприниматель Иван Орлов.", "2024-05-03", True),
    ],
)
def test_ages_of_one_person(second: str, published: str, conflict: bool) -> None:
    a = claim("Задержан 47-летний предприниматель Иван Орлов.", doc="a.txt", doc_id=1,
              published="2024-05-02", people=_ORLOV)
    b = claim(second, doc="b.txt", doc_id=2, published=published, people=_ORLOV)
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        # the one who attacked, unnamed, in digits or in words
        ("Шестнадцатилетний подросток напал на посетителей кафе с ножом.", True),
        ("Нападавший, 16-летний житель города, задержан.", True),
        ("Пятнадцатилетний подросток напал на посетителей кафе с ножом.", False),
        # a victim's age, two ages, an age of no attacker
        ("Ранен 16-летний посетитель кафе.", False),
        ("Задержаны двое: 16-летний и 19-летний жители города.", False),
        ("Среди пострадавших шестнадцатилетний школьник.", False),
    ],
)
def test_ages_of_an_unnamed_attacker(second: str, conflict: bool) -> None:
    a = in_story("Вечером 15-летний подросток напал с ножом на посетителей кафе.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(("second_day", "conflict"), [
    ("17", True),
    ("16", True),  # a detention is told with its own day: a day apart is two accounts
    ("15", False),
    ("26", False),  # eleven days on: another detention
])
def test_detention_days_apart_conflict(second_day: str, conflict: bool) -> None:
    a = in_story("Ивана Петрова задержали 15 ноября в аэропорту.", "a.txt", 1, people=PETROV,
                 dates=(("15 ноября", "day", "2024-11-15", "2024-11-15"),),
                 statuses=(("задержали", "detained", "Иван Петров"),))
    day = f"{second_day} ноября"
    b = in_story(f"Иван Петров был задержан {day}.", "b.txt", 2,
                 people=(("Иван Петров", "Иван Петров"),),
                 dates=((day, "day", f"2024-11-{second_day}", f"2024-11-{second_day}"),),
                 statuses=(("задержан", "detained", "Иван Петров"),))
    assert [k for k, _v in found([a, b])] == (["date"] if conflict else [])


def test_a_person_told_by_what_he_is_is_the_reports_protagonist() -> None:
    named = (("Иван Петров", "Иван Петров"),)
    a = in_story("Иван Петров был задержан 15 ноября в аэропорту.", "a.txt", 1, people=named,
                 dates=(("15 ноября", "day", "2024-11-15", "2024-11-15"),),
                 statuses=(("задержан", "detained", "Иван Петров"),))
    b1 = in_story("Ученый Иван Петров работает в институте двадцать лет.", "b.txt", 2,
                  people=named)
    b2 = in_story("Коллеги Ивана Петрова удивлены.", "b.txt", 2,
                  people=(("Ивана Петрова", "Иван Петров"),))
    b3 = in_story("Ученый был задержан 17 ноября.", "b.txt", 2,
                  dates=(("17 ноября", "day", "2024-11-17", "2024-11-17"),),
                  statuses=(("задержан", "detained", "ученый"),))
    assert [k for k, _v in found([a, b1, b2, b3])] == ["date"]
    assert [k for k, _v in found([a, b3])] == []  # no one named in b: no protagonist
    # a report about him that never calls him «журналист» means someone else by it
    b4 = in_story("Журналист был задержан 17 ноября.", "b.txt", 2,
                  dates=(("17 ноября", "day", "2024-11-17", "2024-11-17"),),
                  statuses=(("задержан", "detained", "журналист"),))
    assert [k for k, _v in found([a, b1, b2, b4])] == []


def test_a_businessman_is_the_entrepreneur_a_report_with_his_namesakes_is_about() -> None:
    """«бизнесмена задержали» in a report naming «предприниматель Иван Петров» and his
    nephew «Олег Петров»: the surname alone mostly means the one named in full most
    often, so he is the protagonist; «бизнесмен» is a word the story calls him by too."""
    named = (("Иван Петров", "Иван Петров"),)
    a = in_story("Иван Петров был задержан 15 ноября в аэропорту.", "a.txt", 1, people=named,
                 dates=(("15 ноября", "day", "2024-11-15", "2024-11-15"),),
                 statuses=(("задержан", "detained", "Иван Петров"),))
    b = [in_story("Суд арестовал предпринимателя Ивана Петрова.", "b.txt", 2,
                  people=(("Ивана Петрова", "Иван Петров"),)),
         in_story("Иван Петров отрицает вину, Петров считает дело заказным.", "b.txt", 2,
                  people=named + (("Петров", "Петров"),)),
         in_story("Племянник Олег Петров уехал, Петров дает интервью.", "b.txt", 2,
                  people=(("Олег Петров", "Олег Петров"), ("Петров", "Петров"))),
         in_story("Петр Оболдуев, глава района, промолчал.", "b.txt", 2,
                  people=(("Петр Оболдуев", "Петр Оболдуев"),)),
         in_story("Оболдуев и Петр Оболдуев ушли.", "b.txt", 2,
                  people=(("Оболдуев", "Оболдуев"), ("Петр Оболдуев", "Петр Оболдуев"))),
         in_story("Бизнесмена задержали 17 ноября.", "b.txt", 2,
                  dates=(("17 ноября", "day", "2024-11-17", "2024-11-17"),),
                  statuses=(("задержали", "detained", "бизнесмен"),))]
    assert [k for k, _v in found([a, *b])] == ["date"]


def test_an_admission_and_a_denial_of_the_reports_protagonist_conflict() -> None:
    named = (("Иван Петров", "Иван Петров"),)
    a1 = in_story("Иван Петров арестован по делу о госизмене.", "a.txt", 1, people=named)
    a2 = in_story("Иван Петров работал в институте.", "a.txt", 1, people=named)
    a3 = in_story("«Фигурант дал признательные показания», — сказал источник.", "a.txt", 1)
    b1 = in_story("Адвокат Ивана Петрова обжаловал арест.", "b.txt", 2,
                  people=(("Ивана Петрова", "Иван Петров"),))
    b2 = in_story("«Он ничего не признавал», — сказал адвокат Петрова.", "b.txt", 2,
                  people=(("Петрова", "Петров"),))
    assert ("statement", ("не признал вину", "признал вину")) in found([a1, a2, a3, b1, b2])


def test_a_surname_in_any_case_links_reports_into_one_story() -> None:
    a = claim("Суд арестовал Андрея Кречетова.", doc="a.txt", doc_id=1,
              people=(("Андрея Кречетова", "Кречетова"),))
    b = claim("Кречетову предъявлено обвинение.", doc="b.txt", doc_id=2,
              people=(("Кречетову", "Кречетову"),))
    got = stories([a, b])
    assert got[1] == got[2]


# ---------------------------------------------------------------- the hour of one event


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Авария произошла около 23:40 18 ноября.",
         "Автобус разбился примерно в половине второго ночи 19 ноября.", True),
        ("Автобус разбился без двадцати минут полночь 18 ноября.",
         "Авария произошла около 23:40 18 ноября.", False),  # the same time told two ways
        ("Взрыв прогремел ранним утром 10 марта.",
         "Взрыв произошел в 05:42 10 марта.", False),  # a part of the day holds the hour
        ("Дамбу прорвало около десяти вечера 13 апреля.",
         "Прорыв дамбы произошел около 02:40 14 апреля.", True),
        # a landing told plainly, and an hour told as «в начале второго»
        ("Самолет совершил вынужденную посадку в 22:50 по местному времени 17 ноября.",
         "Лайнер сел на заснеженное поле в начале второго ночи 18 ноября.", True),
        ("Пилоты посадили самолет на поле около 22:50 17 ноября.",
         "Самолет совершил вынужденную посадку в 22:50 17 ноября.", False),
        ("Борт приземлился в начале первого ночи 18 ноября.",
         "Самолет совершил вынужденную посадку около 00:10 18 ноября.", False),
        # the storming of a building held by attackers has its own hour
        ("Штурм здания начался около 10:00 17 ноября.",
         "Спецназ пошел на штурм около половины девятого утра 17 ноября.", True),
        # a ship aground: «сел на мель», «посадка на мель»
        ("Посадка на мель произошла в 01:40 15 ноября.",
         "Судно наскочило на мель около половины двенадцатого вечера 14 ноября.", True),
        ("Теплоход сел на мель около 01:40 15 ноября.",
         "Посадка на мель произошла в 01:40 15 ноября.", False),
        # an animal caught: «поймали», «усыпили», «обездвижили»; «не пойман» is no capture
        ("Медведя поймали около 23:40 14 ноября.",
         "Поймать зверя удалось только около семи утра 15 ноября.", True),
        ("Зверя усыпили около 23:40 14 ноября.",
         "Около полуночи 14 ноября его обездвижили охотинспекторы.", False),
        ("Около 21:00 14 ноября глава района сказал: «Медведь пока не пойман».",
         "Медведя поймали около 23:40 14 ноября.", False),
        # an hour a count is told as of is no hour of the event the count is of
        ("Взрыв прогремел около 21:40 14 ноября.",
         "На 14:00 15 ноября жертвами взрыва стали 33 человека.", False),
        ("Взрыв прогремел около 21:40 14 ноября.",
         "По состоянию на 09:00 15 ноября после взрыва в больницах оставались 40 человек.",
         False),
        # two clock times told exactly differ by minutes; with «около» they may meet
        ("Столкновение произошло в 06:15 12 ноября.", "Авария случилась в 06:37 12 ноября.",
         True),
        ("Столкновение произошло около 06:15 12 ноября.", "Авария случилась в 06:37 12 ноября.",
         False),
        ("Столкновение произошло в 06:35 12 ноября.", "Авария случилась в 06:37 12 ноября.",
         False),
    ],
)
def test_the_hour_of_one_event(first: str, second: str, conflict: bool) -> None:
    def dated(text: str, doc: str, n: int) -> StoredClaim:
        m = re.search(r"(\d{1,2}) (ноября|марта|апреля)", text)
        assert m is not None
        month = {"ноября": 11, "марта": 3, "апреля": 4}[m.group(2)]
        day = f"2024-{month:02d}-{int(m.group(1)):02d}"
        return in_story(text, doc, n, dates=((m.group(0), "day", day, day),))

    got = found([dated(first, "a.txt", 1), dated(second, "b.txt", 2)])
    assert [k for k, _v in got] == (["date"] if conflict else [])


# ---------------------------------------------------------------- harm and deaths


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Заложники не пострадали.", "По данным источника, один из заложников получил ранение.",
         True),
        ("Школа в поселке не пострадала.", "Серьезно повреждена школа в центре поселка.", True),
        ("Оба инкассатора целы.", "Одному из инкассаторов нанесли ножевое ранение.", True),
        # people at large, or two groups: no one question
        ("Жители не пострадали.", "Пострадали два жителя соседнего дома.", False),
        ("Заложники не пострадали.", "Один из охранников получил ранение.", False),
        # both told unhurt, or both hurt: agreement
        ("Заложники не пострадали.", "Все заложники целы.", False),
    ],
)
def test_harm_to_one_group_or_thing(first: str, second: str, conflict: bool) -> None:
    got = conflicts.find_conflicts([in_story(first, "a.txt", 1), in_story(second, "b.txt", 2)])
    # (the yes/no rule may still read «не пострадали» against «пострадали»: not this one)
    assert any(k.subject.startswith("пострадали ли") for k in got) == conflict


def _on(text: str, doc: str, n: int, day: str | None = None) -> StoredClaim:
    m = re.search(r"\d{1,2} ноября", text)
    dates = ((m.group(0), "day", day, day),) if m and day else ()
    return in_story(text, doc, n, dates=dates)


@pytest.mark.parametrize(
    ("yes", "no", "conflict"),
    [
        (("По данным канала, при пожаре погиб охранник склада.", None),
         ("Погибших нет, сообщил губернатор.", None), True),
        (("В ночь на 18 ноября в больнице скончался пациент.", "2024-11-18"),
         ("Летальных исходов на утро 19 ноября нет.", "2024-11-19"), True),
        # none told before the death: the news of its time
        (("Утром 19 ноября в больнице скончалась пациентка.", "2024-11-19"),
         ("Летальных исходов на 17 ноября нет.", "2024-11-17"), False),
        # a report of the death said to be untrue is none told
        (("Пациентка скончалась в реанимации.", None),
         ("В минздраве заявили, что информация о погибшей не соответствует действительности.",
          None), True),
        (("Пострадавший умер в больнице.", None),
         ("Информация о смерти пациента, распространяемая в сети, не соответствует "
          "действительности.", None), True),
        # a headline telling both accounts is neither
        (("Власти говорят об отсутствии погибших, местные каналы — о гибели охранника.", None),
         ("Погибших нет.", None), False),
        # none among a part of those caught up; a death denied
        (("При атаке погиб охранник завода.", None),
         ("Среди сотрудников завода погибших нет.", None), False),
        (("Сообщения о том, что погиб охранник, не подтвердились.", None),
         ("Никто не погиб.", None), False),
        # a woman drowned, a woman's death told; none told in other words
        (("Она утонула прямо в доме.", None),
         ("Власти утверждают, что прорыв плотины обошелся без жертв.", None), True),
        (("Издание сообщило о гибели 81-летней жительницы села.", None),
         ("Жертв, по данным ведомства, удалось избежать.", None), True),
        (("Соседи рассказали о гибели пенсионерки.", None),
         ("Информация о погибших в результате подтопления не поступала.", None), True),
    ],
)
def test_a_death_told_and_none_told(yes: tuple[str, str | None], no: tuple[str, str | None],
                                    conflict: bool) -> None:
    got = conflicts.find_conflicts([_on(yes[0], "a.txt", 1, yes[1]), _on(no[0], "b.txt", 2, no[1])])
    assert any(k.subject == "были ли погибшие" for k in got) == conflict


@pytest.mark.parametrize(
    ("yes", "no", "conflict"),
    [
        (("Во время пожара пострадал дежурный электрик подстанции.", None),
         ("Пострадавших нет.", None), True),
        (("Он пытался отключить оборудование и получил ожоги рук и лица.", None),
         ("Никто не пострадал, сообщили в МЧС.", None), True),
        # things hurt are no people hurt; none among a part of those caught up
        (("Пострадали три дома на соседней улице.", None), ("Пострадавших нет.", None), False),
        (("Пострадал водитель автобуса.", None), ("Среди пассажиров пострадавших нет.", None),
         False),
        # one person unhurt is no count of none
        (("Журналист получил травмы головы.", None), ("Его жена не пострадала.", None), False),
        # someone wounded by an attacker, in hospital with wounds, a broken arm
        (("Медведь ранил 58-летнего жителя поселка.", None), ("Пострадавших нет.", None), True),
        (("Вчера лесник госпитализирован в районную больницу с рваными ранами плеча.", None),
         ("Никто из людей не пострадал.", None), True),
        (("Он до сих пор лечится в больнице от ран.", None), ("Пострадавших нет.", None), True),
        (("При толчке на трапе пассажирка получила перелом руки.", None),
         ("Пострадавших нет.", None), True),
        (("Медведь ранил двух собак.", None), ("Пострадавших нет.", None), False),
        # none told before the day of the harm: the news of its time
        (("Утром 19 ноября пострадал рабочий.", "2024-11-19"),
         ("Пострадавших на 17 ноября нет.", "2024-11-17"), False),
    ],
)
def test_someone_hurt_told_and_none_hurt_told(yes: tuple[str, str | None],
                                              no: tuple[str, str | None], conflict: bool) -> None:
    got = conflicts.find_conflicts([_on(yes[0], "a.txt", 1, yes[1]), _on(no[0], "b.txt", 2, no[1])])
    assert any(k.subject == "были ли пострадавшие" for k in got) == conflict


def test_a_driver_asleep_vs_failed_brakes_conflict() -> None:
    a = in_story("Причиной аварии стало то, что водитель уснул за рулем.", "a.txt", 1)
    b = in_story("В компании уверены, что авария произошла из-за отказа тормозов.", "b.txt", 2)
    assert [k for k, _v in found([a, b])] == ["statement"]


def test_a_court_changing_the_measure_of_an_unnamed_accused_speaks_of_the_protagonist() -> None:
    named = (("Иван Петров", "Иван Петров"),)
    day = (("2 октября", "day", "2024-10-02", "2024-10-02"),)
    a1 = in_story("Иван Петров 2 октября вышел на свободу.", "a.txt", 1, people=named,
                  dates=day, statuses=(("вышел на свободу", "released", "Иван Петров"),))
    b1 = in_story("Иван Петров обвиняется в организации незаконной миграции.", "b.txt", 2,
                  people=named)
    b2 = in_story("Защита Ивана Петрова подала жалобу.", "b.txt", 2,
                  people=(("Ивана Петрова", "Иван Петров"),))
    b3 = in_story("«Суд 2 октября изменил обвиняемому меру пресечения на домашний арест».",
                  "b.txt", 2, dates=day,
                  statuses=(("изменил обвиняемому меру пресечения на домашний арест",
                             "house_arrest", "суд"),))
    assert [k for k, _v in found([a1, b1, b2, b3])] == ["status"]



@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("«Это грузовик выехал на нашу полосу», — заявил директор перевозчика.", True),
        ("Свидетель видел, как фура вдруг пошла на нас.", True),
        ("Водитель автобуса заснул за рулем, считают в ГИБДД.", False),  # the same account
    ],
)
def test_a_driver_asleep_vs_the_other_vehicle_crossing_over(second: str, conflict: bool) -> None:
    a = in_story("Все указывает на то, что перед аварией водитель уснул, сказал начальник ГИБДД.",
                 "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == (["statement"] if conflict else [])


def test_a_person_told_by_the_description_his_story_gives_him() -> None:
    day = (("20 ноября", "day", "2024-11-20", "2024-11-20"),)
    a = in_story("20 ноября суд заключил под стражу водителя автобуса.", "a.txt", 1, dates=day)
    b1 = in_story("Обвинение предъявлено водителю автобуса Николаю Гуськову.", "b.txt", 2,
                  people=(("Николаю Гуськову", "Николай Гуськов"),))
    b2 = in_story("20 ноября суд отправил Гуськова под домашний арест.", "b.txt", 2, dates=day,
                  people=(("Гуськова", "Гуськов"),))
    assert [k for k, _v in found([a, b1, b2])] == ["status"]
    # a description the story gives two people names no one
    b3 = in_story("Водителю автобуса Павлу Ермолину тоже предъявлено обвинение.", "c.txt", 3,
                  people=(("Павлу Ермолину", "Павел Ермолин"),))
    assert [k for k, _v in found([a, b1, b2, b3])] == []


def test_a_person_told_by_his_trade_while_his_lawyer_speaks() -> None:
    """A status of «программиста», reported by a lawyer the claim names: the speaker is
    not the one told of, so the story's description still finds the person."""
    day = (("4 марта", "day", "2024-03-04", "2024-03-04"),)
    a = in_story("Бывшего программиста Олега Рябова 4 марта освободили из-под стражи.",
                 "a.txt", 1, dates=day, people=(("Олега Рябова", "Олег Рябов"),),
                 statuses=(("освободили", "released", "Олег Рябов"),))
    b1 = in_story("Суд рассмотрел жалобу на арест программиста Олега Рябова.", "b.txt", 2,
                  people=(("Олега Рябова", "Олег Рябов"),))
    b2 = in_story("4 марта программиста перевели под домашний арест, сообщил его адвокат "
                  "Игорь Седов.", "b.txt", 2, dates=day, speaker="Игорь Седов",
                  people=(("Игорь Седов", "Игорь Седов"),),
                  statuses=(("перевели под домашний", "house_arrest", "программист"),))
    assert [k for k, _v in found([a, b1, b2])] == ["status"]


def test_one_persons_fine_told_as_two_sums_conflicts() -> None:
    named = (("Кирилл Мохов", "Кирилл Мохов"),)
    a = in_story("Суд назначил наблюдателю Кириллу Мохову штраф в размере трех тысяч рублей.",
                 "a.txt", 1, people=(("Кириллу Мохову", "Кирилл Мохов"),))
    b = in_story("Кирилл Мохов был оштрафован мировым судьей на 5 тыс. рублей.", "b.txt", 2,
                 people=named)
    assert found([a, b]) == [("count", ("3 тыс. руб", "5 тыс. руб"))]


def test_the_speaker_is_not_the_subject_of_the_status_he_reports() -> None:
    named = (("Павел Ягодин", "Павел Ягодин"),)
    a = claim("Координатор Павел Ягодин рассказал, что трое наблюдателей были задержаны.",
              doc="a.txt", speaker="Павел Ягодин", people=named,
              statuses=(("задержаны", "detained", None),))
    assert conflicts.read_facts(a).statuses == []


# ---------------------------------------------------------------- shares of one quantity


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Наблюдатели считают, что реальная явка не превышала 28%.", True),
        ("По данным наблюдателей, на участки пришли около 27–28 процентов избирателей, "
         "явка была низкой.", False),  # «пришли ... процентов» is no turnout word before it
        ("К 15:00 явка составляла 23,6%.", False),  # a moment of the day
        ("Наблюдатели уверены, что явка составила более 40%.", False),  # the ranges meet
    ],
)
def test_turnout_of_one_election(second: str, conflict: bool) -> None:
    a = in_story("Явка на выборах главы города составила 41,2%, сообщили в комиссии.",
                 "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("По данным источников, итоговая доля фонда составит 67%.", True),
        ("Фонд сосредоточит 67% акций сети после выкупа бумаг у миноритариев.", True),
        ("Служба продлила рассмотрение ходатайства о покупке контрольного пакета (51%).", False),
        # a holding before the deal is another quantity
        ("До сделки основателю принадлежало около 63% акций компании.", False),
        # a rise of the shares' price is no stake
        ("На новостях о продаже акции компании подорожали на 7,2%.", False),
    ],
)
def test_the_stake_a_deal_passes_on(second: str, conflict: bool) -> None:
    a = in_story("Фонд получит 51% акций оператора сетей, следует из сообщения.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


def test_a_candidates_share_of_the_vote() -> None:
    named = (("Игорь Курдюмов", "Игорь Курдюмов"),)
    a = in_story("Игорь Курдюмов набрал 58,4% голосов.", "a.txt", 1, people=named)
    b = in_story("По подсчетам наблюдателей, Игорь Курдюмов набрал около 46%.", "b.txt", 2,
                 people=named)
    assert found([a, b]) == [("count", ("58,4%", "около 46%"))]


# ---------------------------------------------------------------- one statement, two days


def _dated(text: str, doc: str, doc_id: int, day: str) -> StoredClaim:
    m = re.search(r"\d+ (?:октября|ноября)", text)
    assert m is not None
    return in_story(text, doc, doc_id, dates=((m.group(), "day", day, day),))


_CALL = "Телефонный разговор президентов двух стран состоялся 8 октября."


@pytest.mark.parametrize(
    ("second", "day", "conflict"),
    [
        ("Телефонный разговор президентов двух стран состоялся 9 октября по инициативе "
         "Москвы.", "2024-10-09", True),
        # an event that says it is another one of its kind
        ("Новый телефонный разговор президентов двух стран состоялся 9 октября.",
         "2024-10-09", False),
        ("Президенты двух стран вновь провели телефонный разговор 9 октября.",
         "2024-10-09", False),
        # weeks apart: two events of one kind
        ("Телефонный разговор президентов двух стран состоялся 28 октября.",
         "2024-10-28", False),
        # the same day: no disagreement
        ("Телефонный разговор президентов двух стран состоялся 8 октября, сообщили в Кремле.",
         "2024-10-08", False),
        # another statement dated the next day
        ("Суд арестовал водителя грузовика 9 октября.", "2024-10-09", False),
        # more of it told on another day: «еще 14»
        ("Телефонный разговор президентов двух стран состоялся 9 октября, еще 2 "
         "назначены.", "2024-10-09", False),
    ],
)
def test_one_statement_retold_with_another_day(second: str, day: str, conflict: bool) -> None:
    a = _dated(_CALL, "a.txt", 1, "2024-10-08")
    b = _dated(second, "b.txt", 2, day)
    got = [k for k in found([a, b]) if k[0] == "date"]
    assert bool(got) is conflict
    if conflict:
        assert got == [("date", ("2024-10-08", "2024-10-09"))]


def test_the_day_something_was_said_is_not_the_day_of_an_event() -> None:
    a = _dated("8 октября министр заявил, что переговоры с профсоюзом продолжаются.",
               "a.txt", 1, "2024-10-08")
    b = _dated("9 октября министр заявил, что переговоры с профсоюзом продолжаются.",
               "b.txt", 2, "2024-10-09")
    assert found([a, b]) == []


def test_one_report_telling_two_days_is_no_dispute() -> None:
    a = _dated(_CALL, "a.txt", 1, "2024-10-08")
    b = _dated("Телефонный разговор президентов двух стран состоялся 9 октября.",
               "a.txt", 1, "2024-10-09")
    assert found([a, b]) == []


# ---------------------------------------------------------------- consular access


def _said(text: str, doc: str, doc_id: int, day: str | None, published: str) -> StoredClaim:
    dates: tuple[tuple[str, str, str, str], ...] = ()
    m = re.search(r"\d+ октября", text)
    if m and day:
        dates = ((m.group(), "day", day, day),)
    sc = in_story(text, doc, doc_id, dates=dates, published=published)
    return replace(sc, claim=replace(sc.claim, said_on=published))


@pytest.mark.parametrize(
    ("second", "day", "conflict"),
    [
        ("«Консульский доступ был предоставлен уже 12 октября», — заявили в МИД республики.",
         "2024-10-12", True),
        # undated, told the day after the refusal: it may tell what happened next
        ("По данным посольства, консул встречался с задержанными.", None, False),
        # granted after it was refused: what happened next
        ("Генеральный консул 16 октября встретился с задержанными.", "2024-10-16", False),
        # the same answer
        ("Консулов к задержанным по-прежнему не допускают.", None, False),
        # visits told as done before the refusal was told
        ("Консульские работники 12 октября посещали задержанных в изоляторе.", "2024-10-12",
         True),
    ],
)
def test_consular_access_granted_vs_refused(second: str, day: str | None,
                                            conflict: bool) -> None:
    a = _said("13 октября в МИД заявили, что консулы не получили доступа к задержанным.",
              "a.txt", 1, "2024-10-13", "2024-10-13")
    b = _said(second, "b.txt", 2, day, "2024-10-14")
    got = [k for k in found([a, b]) if k[0] == "statement"]
    assert bool(got) is conflict


# ---------------------------------------------------------------- who started a call


@pytest.mark.parametrize(
    ("second", "day", "published", "conflict"),
    [
        ("Разговор президентов, по словам помощника, состоялся по инициативе российской "
         "стороны.", None, "2024-10-17", True),
        ("В Кремле заявили, что звонок инициировал Бишкек.", None, "2024-10-16", False),
        ("Бишкек утверждает, что позвонил российский лидер.", None, "2024-10-17", True),
        ("Звонок был инициирован российской стороной.", None, "2024-10-17", True),
        ("По словам министра, позвонил ему российский коллега.", None, "2024-10-17", True),
        # the caller started the call: a leader named as the one who called
        ("По версии Бишкека, Путин сам позвонил своему коллеге.", None, "2024-10-17", True),
        ("Как утверждают в Бишкеке, Жапарову позвонил Путин.", None, "2024-10-17", True),
        ("Говорят, Жапаров первым позвонил коллеге.", None, "2024-10-17", False),
        ("Путину позвонили журналисты из Бишкека.", None, "2024-10-17", False),  # called
        # told a week on, of the story's only dated call
        ("Разговор состоялся по инициативе российской стороны.", None, "2024-10-23", True),
        # another call, weeks before: its own initiator
        ("Телефонный разговор 20 сентября состоялся по инициативе российской стороны.",
         "2024-09-20", "2024-09-20", False),
        # both sides in one claim: a report of the dispute itself
        ("Москва говорит о звонке по инициативе Бишкека, а Бишкек — по инициативе Москвы.",
         None, "2024-10-17", False),
    ],
)
def test_two_initiators_of_one_call(second: str, day: str | None, published: str,
                                    conflict: bool) -> None:
    a = in_story("Беседа президентов состоялась 16 октября по инициативе киргизской стороны.",
                 "a.txt", 1, dates=(("16 октября", "day", "2024-10-16", "2024-10-16"),),
                 published="2024-10-16")
    dates = (("20 сентября", "day", day, day),) if day else ()
    b = in_story(second, "b.txt", 2, dates=dates, published=published)
    got = [k for k in found([a, b]) if k[0] == "statement"]
    assert got == ([("statement", ("киргизия", "россия"))] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Предложение об обмене поступило от российской стороны.", True),
        ("Грузинские власти настаивают, что инициатива обмена исходила от Москвы.", True),
        ("По его словам, Россия первой предложила провести обмен.", True),
        ("С инициативой обмена выступила грузинская сторона.", False),  # the same side
        ("Обмен прошел на пограничном переходе.", False),  # no initiator told
    ],
)
def test_two_initiators_of_one_exchange(second: str, conflict: bool) -> None:
    a = in_story("В МИД утверждают, что с просьбой об обмене обратился Тбилиси.", "a.txt", 1,
                 published="2024-10-16")
    b = in_story(second, "b.txt", 2, published="2024-10-16")
    got = [k for k in found([a, b]) if k[0] == "statement"]
    assert got == ([("statement", ("грузия", "россия"))] if conflict else [])


# ---------------------------------------------------------------- from a wildfire's reports


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a dry thunderstorm vs grass set on fire: nature vs carelessness
        ("Причиной пожара стали удары молний без осадков.",
         "По данным источника, пожар начался из-за неконтролируемого отжига сухой травы.",
         True),
        ("Возгорание произошло в результате сухой грозы.", "Это был поджог.", True),
        ("Возгорание произошло в результате сухой грозы.",
         "Причиной пожара, по версии МЧС, стала молния.", False),  # the same cause
    ],
)
def test_thunderstorm_vs_burning_grass(first: str, second: str, conflict: bool) -> None:
    event = in_story("Лесной пожар уничтожил дома в трех селах.", "c.txt", 3)
    got = found([in_story(first, "a.txt", 1), in_story(second, "b.txt", 2), event])
    assert bool([k for k in got if k[0] == "statement"]) is conflict


_HEAD = (("Сергея Лапшина", "Сергей Лапшин"),)


@pytest.mark.parametrize(
    ("second", "people", "conflict"),
    [
        ("Губернатор отстранил главу района Сергея Лапшина от должности.", _HEAD, True),
        ("В пресс-службе уточнили, что Лапшин был отстранен от должности.",
         (("Лапшин", "Лапшин"),), True),
        ("Заявления об уходе по собственному желанию Сергей Лапшин не подавал.",
         (("Сергей Лапшин", "Сергей Лапшин"),), True),
        # a resignation accepted is told as «освобожден от должности» too
        ("Сергей Лапшин освобожден от должности.", (("Сергей Лапшин", "Сергей Лапшин"),),
         False),
        ("Сергей Лапшин уволился.", (("Сергей Лапшин", "Сергей Лапшин"),), False),
    ],
)
def test_resigned_vs_removed(second: str, people: tuple[tuple[str, str], ...],
                             conflict: bool) -> None:
    a = in_story("Глава района Сергей Лапшин подал заявление об уходе по собственному желанию.",
                 "a.txt", 1, people=(("Сергей Лапшин", "Сергей Лапшин"),))
    b = in_story(second, "b.txt", 2, people=people)
    assert bool([k for k in found([a, b]) if k[0] == "statement"]) is conflict


def _named_as(text: str) -> tuple[tuple[str, str], ...]:
    """Олег Фомин as the text writes him."""
    return tuple((form, "Олег Фомин") for form in ("Олега Фомина", "Олег Фомин") if form in text)


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a candidate struck off, or withdrawn of his own will
        ("Комиссия отменила регистрацию кандидата Олега Фомина.",
         "В комиссии утверждают, что Олег Фомин сам отозвал свою кандидатуру.", True),
        ("Олег Фомин исключен из бюллетеня по решению комиссии.",
         "По словам председателя комиссии, Олег Фомин добровольно снялся с выборов.", True),
        # the one who left says so himself
        ("Губернатор уволил министра Олега Фомина в связи с утратой доверия.",
         "«Я написал заявление по собственному желанию», — сказал Олег Фомин.", True),
        ("Олег Фомин исключен из бюллетеня по решению комиссии.",
         "Олег Фомин заявил, что обжалует решение комиссии в суде.", False),
    ],
)
def test_withdrew_vs_struck_off(first: str, second: str, conflict: bool) -> None:
    a = in_story(first, "a.txt", 1, people=_named_as(first))
    b = in_story(second, "b.txt", 2, people=_named_as(second),
                 speaker="Олег Фомин" if "сказал Олег" in second else None)
    assert bool([k for k in found([a, b]) if k[0] == "statement"]) is conflict


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Компенсация составит 700 тыс. руб. на одно домовладение.", True),
        ("Собственники получат по миллиону рублей за каждый утраченный жилой дом.", False),
    ],
)
def test_payouts_per_house_lost(second: str, conflict: bool) -> None:
    a = in_story("Собственникам будет выплачено 1 млн рублей за каждый сгоревший дом.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


def test_a_district_emergency_and_the_regions_are_two_declarations() -> None:
    a = _dated("Режим ЧС муниципального характера в районе был введен 12 октября.", "a.txt", 1,
               "2024-10-12")
    b = _dated("Режим ЧС регионального характера в районе был введен 14 октября.", "b.txt", 2,
               "2024-10-14")
    assert found([a, b]) == []
    c = _dated("Режим ЧС регионального характера в районе был введен 15 октября.", "c.txt", 3,
               "2024-10-15")
    assert [k for k, _v in found([b, c])] == ["date"]


def test_one_event_retold_with_other_words_and_another_day() -> None:
    """«Обмен прошел 14 октября в Анкаре» / «обмен состоялся 13 октября в Стамбуле»: the
    same thing took place, told in few common words; a verb of taking place is one."""
    a = _dated("Обмен заключенными между двумя странами прошел в субботу, 14 октября, в Анкаре.",
               "a.txt", 1, "2024-10-14")
    b = _dated("Как сообщает газета со ссылкой на источники, обмен состоялся в пятницу, "
               "13 октября, в аэропорту Стамбула.", "b.txt", 2, "2024-10-13")
    assert [k for k, _v in found([a, b])] == ["date"]
    # something else that took place the next day
    c = _dated("Как сообщает газета со ссылкой на источники, суд состоялся 13 октября.",
               "c.txt", 3, "2024-10-13")
    assert found([a, c]) == []


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        # a winner declared by a body is an act, whatever the verb of declaring
        ("Избирком 15 ноября признал Петра Лунина избранным главой района.", True),
        ("Комиссия утвердила итоги и 15 ноября признала победителем Петра Лунина.", True),
        # the same day; another declaration (a result annulled) on the other day
        ("Избирком 14 ноября признал Петра Лунина избранным главой района.", False),
        ("Избирком 15 ноября признал недействительными итоги на одном участке.", False),
    ],
)
def test_a_winner_declared_on_another_day(second: str, conflict: bool) -> None:
    a = _dated("Окружная избирательная комиссия 14 ноября объявила Петра Лунина "
               "победителем.", "a.txt", 1, "2024-11-14")
    day = "2024-11-15" if "15 ноября" in second else "2024-11-14"
    b = _dated(second, "b.txt", 2, day)
    assert ("date" in [k for k, _v in found([a, b])]) is conflict


@pytest.mark.parametrize(
    ("second", "when", "conflict"),
    [
        # what the sides held took place (the people held, «заключенными», are no act of
        # speech beside the date)
        ("Стороны провели обмен заключенными 11 октября в Анкаре.", "11 октября", True),
        # a weekday alone of a past event of one thing is the report's last such day
        ("Стороны в пятницу провели обмен заключенными в Анкаре.", "в пятницу", True),
        # ... but not of an event to come (a week off as often as not)
        ("Стороны в пятницу проведут обмен заключенными в Анкаре.", "в пятницу", False),
        # the event held at another site too
        ("Обмен заключенными прошел и в Анкаре 11 октября.", "11 октября", False),
    ],
)
def test_an_event_held_told_as_another_day(second: str, when: str,
                                                         conflict: bool) -> None:
    a = _dated("Обмен заключенными между двумя странами прошел в субботу, 12 октября, в Анкаре.",
               "a.txt", 1, "2024-10-12")
    b = in_story(second, "b.txt", 2, dates=((when, "day", "2024-10-11", "2024-10-11"),))
    assert [k for k, _v in found([a, b])] == (["date"] if conflict else [])


# ---------------------------------------------------------------- from an outbreak's reports


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("«Дети пили воду из скважины за столовой», — говорят родители.", True),
        ("Предварительно это вирусная кишечная инфекция, скорее всего, норовирус.", True),
        # another outbreak, weeks before, told for comparison
        ("В конце мая в лагере «Чайка» у заболевших выявили норовирус.", False),
        ("Это уже второй случай за лето: тогда у детей выявили норовирус.", False),
    ],
)
def test_food_vs_water_or_virus(second: str, conflict: bool) -> None:
    event = in_story("В лагере произошло массовое отравление детей.", "c.txt", 3,
                     published="2024-07-16")
    a = in_story("В пробах запеканки обнаружена сальмонелла.", "a.txt", 1, published="2024-07-16")
    dates = (("В конце мая", "month", "2024-05-01", "2024-05-31"),) if "мая" in second else ()
    b = in_story(second, "b.txt", 2, published="2024-07-17", dates=dates)
    b = replace(b, claim=replace(b.claim, said_on="2024-07-17"))
    got = [k for k in found([a, b, event]) if k[0] == "statement"]
    assert bool(got) is conflict


def test_two_companies_fined_on_one_day_are_two_fines() -> None:
    """A court that fines one messenger 4 billion and a video service 1.5 million on one
    day gives two fines; the court and the outlet that reports it are no party fined."""
    from factdb.models import Entity

    def naming(sc: StoredClaim, *orgs: str) -> StoredClaim:
        at = [(sc.claim.text.index(o), o) for o in orgs]
        ents = tuple(Entity(sc.claim.start + i, sc.claim.start + i + len(o), o, o, "ORG")
                     for i, o in at)
        return replace(sc, claim=replace(sc.claim, entities=sc.claim.entities + ents))

    a = naming(in_story("Мировой суд оштрафовал Glint Labs на 4,2 млрд рублей, сообщает ТАСС.",
                        "a.txt", 1), "Мировой суд", "Glint Labs", "ТАСС")
    b = naming(in_story("Тот же суд оштрафовал на 1,5 млн руб. видеосервис Tellio.", "b.txt", 2),
               "Tellio")
    c = naming(in_story("Суд назначил компании Glint штраф в 8 млн рублей.", "c.txt", 3), "Glint")
    assert found([a, b]) == []
    assert found([a, c]) == [("count", ("4.2 млрд руб", "8 млн руб"))]


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Суд оштрафовал компанию на 300 тыс. руб.", True),
        # the verb's object, clauses before the sum, whoever the clause after names
        ("Суд оштрафовал компанию «Север», кормившую детей, на 300 тысяч рублей за "
         "нарушения, а ее директора - на 30 тысяч.", True),
        # the director's own fine is another fine
        ("Штраф в 30 тыс. руб. назначен генеральному директору компании.", False),
    ],
)
def test_a_companys_fine_and_its_directors(second: str, conflict: bool) -> None:
    a = in_story("Компании назначен штраф в размере 150 тыс. руб.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Родители утверждают, что скорую вызвали только на следующее утро.", True),
        ("По словам родителей, тогда никто не вызвал скорую.", True),
        ("Медработник вызвала скорую помощь сразу же.", False),  # the same answer
    ],
)
def test_help_called_at_once_or_late(second: str, conflict: bool) -> None:
    a = in_story("В минздраве заявили, что бригады скорой помощи были направлены незамедлительно.",
                 "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert bool([k for k in found([a, b]) if k[0] == "statement"]) is conflict


@pytest.mark.parametrize(("second_day", "conflict"), [("2024-07-17", True), ("2024-07-16", False)])
def test_how_many_are_in_hospital_compares_on_one_day(second_day: str, conflict: bool) -> None:
    """A current quantity: two figures of one day disagree; a day apart, it changed."""
    a = in_story("В стационарах находятся 27 детей.", "a.txt", 1, published="2024-07-17",
                 counts=(("27 детей", 27, "ребенок"),))
    b = in_story("В стационарах находились 34 ребенка.", "b.txt", 2, published=second_day,
                 counts=(("34 ребенка", 34, "ребенок"),))
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(("second_day", "second", "conflict"), [
    ("2024-07-20", 11, True),
    ("2024-07-24", 11, False),  # a week apart, it may have changed
    ("2024-07-19", 7, False),  # fewer later: some were let go
    ("2024-07-15", 7, True),  # fewer before, more later: one figure is wrong
])
def test_how_many_a_country_holds_compares_within_days(second_day: str, second: int,
                                                       conflict: bool) -> None:
    """Citizens held in a country's jails: a count that changes by the week, so two
    figures told three days apart disagree, unless the later one is smaller."""
    a = in_story("Посол сообщил, что в местах лишения свободы в республике находятся девять "
                 "граждан России.", "a.txt", 1, published="2024-07-17",
                 counts=(("девять граждан", 9, "гражданин"),))
    b = in_story(f"По подсчетам редакции, в тюрьмах республики сейчас находятся {second} "
                 "россиян.", "b.txt", 2, published=second_day,
                 counts=((f"{second} россиян", second, "россиянин"),))
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


# ---------------------------------------------------------------- from a mine explosion's reports


def test_hours_told_in_two_time_zones_do_not_conflict() -> None:
    event = "Взрыв на шахте прогремел"
    a = in_story(f"{event} в 00:20 по московскому времени.", "a.txt", 1)
    b = in_story(f"{event} около 4:20 утра по местному времени.", "b.txt", 2)
    c = in_story(f"{event} около 7:30 утра по местному времени.", "c.txt", 3)
    assert found([a, b]) == []
    assert [k for k, _v in found([b, c])] == ["date"]


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Горняки неоднократно жаловались на загазованность.", True),
        ("Рабочие не раз письменно обращались к руководству шахты.", True),
        ("Жалоб по поводу загазованности от работников не поступало.", False),  # the same
    ],
)
def test_complaints_made_or_never_received(second: str, conflict: bool) -> None:
    a = in_story("В компании заявили, что ни одного обращения по поводу метана не поступало.",
                 "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert bool([k for k in found([a, b]) if k[0] == "statement"]) is conflict


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Это был внезапный выброс угля и газа, который невозможно было спрогнозировать.", True),
        ("Все указывает на газодинамическое явление, которое невозможно было предотвратить.",
         True),
        ("Основная версия следствия — накопление метана.", False),  # the same account
    ],
)
def test_sensors_switched_off_vs_a_sudden_outburst(second: str, conflict: bool) -> None:
    event = in_story("На шахте произошел взрыв.", "c.txt", 3)
    a = in_story("По словам горняков, датчики метана на участке были отключены.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert bool([k for k in found([a, b, event]) if k[0] == "statement"]) is conflict


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Профсоюз настаивает, что в шахте было 127 человек.", True),
        ("На поверхность выведены 93 человека.", False),  # rescued: another quantity
    ],
)
def test_how_many_were_at_the_site(second: str, conflict: bool) -> None:
    a = in_story("В момент аварии под землей находились 112 человек.", "a.txt", 1,
                 counts=(("112 человек", 112, "человек"),))
    m = re.search(r"\d+ человек\w*", second)
    assert m is not None
    b = in_story(second, "b.txt", 2, counts=((m.group(), int(m.group().split()[0]), "человек"),))
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Компания выплатит семье каждого погибшего по 3 млн руб.", True),
        # the region's money on top of the company's: another payment
        ("Губернатор пообещал семьям погибших по 1 млн руб. из областного бюджета.", False),
    ],
)
def test_payments_by_a_company_and_by_the_state(second: str, conflict: bool) -> None:
    a = in_story("АО «Угольная компания» выплатит семьям погибших по 5 млн руб.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


# ------------------------------------------------- from a journalist's detention abroad


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Следствие подозревает его не в шпионаже, как сообщали ранее СМИ, а в финансировании "
         "политической партии.", True),
        ("Источник уточнил, что речь идет о шпионаже.", False),  # the same charge
        ("Коллеги не исключают, что его обвинят в шпионаже.", False),  # a guess
        # the charge never brought
        ("Адвокат заявил, что обвинение в шпионаже его подзащитному не предъявлялось.", True),
    ],
)
def test_a_charge_named_and_denied(second: str, conflict: bool) -> None:
    a = in_story("Журналисту Ивану Петрову вменяют шпионаж в пользу иностранного государства.",
                 "a.txt", 1, people=(("Ивану Петрову", "Иван Петров"),))
    b = in_story(second, "b.txt", 2)
    assert bool([k for k in found([a, b]) if k[0] == "statement"]) is conflict


@pytest.mark.parametrize(
    ("second", "values"),
    [
        # a state's secrets against its trade: two accounts of one case
        ("Следствие подозревает задержанных в незаконной предпринимательской деятельности.",
         ("незаконное предпринимательство", "шпионаж")),
        ("Им вменяют уклонение от уплаты налогов.", ("уклонение от налогов", "шпионаж")),
        # a killing and drugs are charges of their own classes
        ("Задержанных подозревают в причастности к убийствам прошлых лет.",
         ("убийство", "шпионаж")),
        ("Следствие подозревает их в незаконном обороте наркотиков.", ("наркотики", "шпионаж")),
        # the same class: charges added, not rivals
        ("Задержанных также обвиняют в государственной измене.", None),
        # a claim listing both classes lists the charges
        ("Им вменяют шпионаж и незаконное предпринимательство.", None),
        # a guess answers nothing
        ("Их могут обвинить в отмывании денег.", None),
        # others' past charges told beside this case
        ("Двоих вернувшихся ранее обвиняли в контрабанде запчастей.", None),
    ],
)
def test_charges_of_two_classes_are_two_accounts(second: str,
                                                 values: tuple[str, str] | None) -> None:
    a = in_story("Всем задержанным предъявлены обвинения в шпионаже.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    got = [v for k, v in found([a, b]) if k == "statement"]
    assert got == ([values] if values else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Консульский визит к задержанному состоялся 19 октября.", True),
        # a hope answers nothing
        ("Рассчитываем, что консульский доступ будет обеспечен.", False),
    ],
)
def test_a_consular_visit_took_place(second: str, conflict: bool) -> None:
    a = _said("20 октября в МИД заявили, что консулы не получили доступа к задержанному.",
              "a.txt", 1, "2024-10-20", "2024-10-20")
    b = _said(second, "b.txt", 2, "2024-10-19", "2024-10-21")
    assert bool([k for k in found([a, b]) if k[0] == "statement"]) is conflict


# ---------------------------------------------------------------- from a heating outage's reports


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Авария затронула 347 многоквартирных домов области.", True),
        # an older outage told for comparison
        ("Это не первая авария на станции: тогда без отопления остались 40 домов.", False),
    ],
)
def test_homes_cut_off_by_one_outage(second: str, conflict: bool) -> None:
    a = in_story("Без тепла после аварии в городе остаются 212 многоквартирных домов.", "a.txt", 1,
                 counts=(("212 многоквартирных домов", 212, "дом"),))
    m = re.search(r"\d+ (?:многоквартирных )?домов", second)
    assert m is not None
    b = in_story(second, "b.txt", 2, counts=((m.group(), int(m.group().split()[0]), "дом"),))
    got = [k for k, _v in found([a, b])]
    assert got == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Мэр заявил, что перекладка изношенного участка так и не была выполнена.", True),
        ("Все, что было запланировано на лето, мы сделали, — сказал директор.", False),
    ],
)
def test_planned_repairs_done_or_not(second: str, conflict: bool) -> None:
    a = in_story("Компания выполнила все летние работы на сетях в полном объеме.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert bool([k for k in found([a, b]) if k[0] == "statement"]) is conflict


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Варшава утверждает, что Россия с самого начала выдвинула условие: без него обмена "
         "не будет.", True),
        ("В МИД подчеркнули, что обмен прошел без каких-либо предварительных условий.", False),
    ],
)
def test_conditions_set_or_not(second: str, conflict: bool) -> None:
    a = in_story("Москва не выставляла Варшаве никаких предварительных условий.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert bool([k for k in found([a, b]) if k[0] == "statement"]) is conflict


# ---------------------------------------------------------------- round 6 (sets 26-28)


@pytest.mark.parametrize(
    ("text", "counts", "value"),
    [
        ("С рельсов сошли семь из пятнадцати вагонов состава.", (), 7),
        ("С рельсов сошли 7 из 15 вагонов состава.", (("15 вагонов", 15, "вагон"),), 7),
    ],
)
def test_a_part_of_a_whole_is_the_count_told(text: str, counts: tuple[tuple[str, int, str], ...],
                                             value: int) -> None:
    """«семь из пятнадцати вагонов»: seven wagons, out of fifteen."""
    facts = conflicts.read_facts(claim(text, counts=counts))
    got = [(cls, n) for _frame, cls, n, _v in facts.counts]
    assert ("вагон", value) in got and ("вагон", 15) not in got


@pytest.mark.parametrize("text", [
    "Обоих вывели из здания около девяти утра.",
    "Собрание закончилось в семь вечера, после чего участников отпустили.",
])
def test_an_hour_in_words_is_no_count(text: str) -> None:
    """«около девяти утра»: a clock hour told in words counts nothing (the extraction
    drops it; the number words the conflicts read themselves must too)."""
    assert conflicts.read_facts(claim(text)).counts == []


@pytest.mark.parametrize(
    ("second", "said", "n", "conflict"),
    [
        ("По подсчетам организаторов, на площадь вышли более 25 тысяч человек.",
         "25 тысяч человек", 25000, True),
        ("Организаторы утверждают, что в шествии участвовали 25 тысяч человек.",
         "25 тысяч человек", 25000, True),
        ("МВД оценило число участников в три тысячи человек.", "три тысячи человек", 3000,
         False),  # the same count
        ("На площади задержали 25 человек.", "25 человек", 25, False),  # another count
    ],
)
def test_how_many_came_to_a_rally(second: str, said: str, n: int, conflict: bool) -> None:
    """The police's and the organisers' counts of one crowd disagree, however told."""
    a = in_story("По словам представителя полиции, в акции приняли участие около 3 тыс. человек.",
                 "a.txt", 1, published="2024-10-15", counts=(("3 тыс. человек", 3000, "человек"),))
    b = in_story(second, "b.txt", 2, published="2024-10-15", counts=((said, n, "человек"),))
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Предыдущая акция, 1 сентября, закончилась задержанием 27 человек.", True),
        ("На прошлой акции, 1 сентября, задержали 27 человек.", True),
        ("Акция 1 сентября закончилась задержанием 27 человек.", False),  # this one
        # «предыдущая» names the older affair outright: days back are enough
        ("Предыдущая акция, 15 сентября, закончилась задержанием 27 человек.", True),
        # «другая» may be a second one of this affair, told with its own day
        ("Другая акция, 15 сентября, закончилась задержанием 27 человек.", False),
    ],
)
def test_a_previous_affair_dated_weeks_before_is_another(text: str, earlier: bool) -> None:
    """«Предыдущая акция, 1 сентября, ...», told three weeks on: an older affair, whose
    detentions and releases date nothing of this one."""
    day = "15 сентября" if "15 сентября" in text else "1 сентября"
    iso = "2024-09-15" if "15 сентября" in text else "2024-09-01"
    f = conflicts.read_facts(in_story(text, "b.txt", 2, published="2024-09-21",
                                      dates=((day, "day", iso, iso),)))
    assert another_affair(f) is earlier


@pytest.mark.parametrize(
    ("then", "rivals"),
    [
        ("Тогда полиция Новгорода задержала 27 человек.", False),  # the older rally's
        ("В тот раз полиция Новгорода задержала 27 человек.", False),
        ("По официальным данным, тогда полиция Новгорода задержала 27 человек.", False),
        # the answer to an older affair is of its time
        ("В ответ полиция Новгорода задержала 27 человек.", False),
        ("Полиция Новгорода задержала 27 человек.", True),  # no «тогда»: this rally's
    ],
)
def test_a_count_told_then_after_an_older_affair_is_that_affairs(then: str,
                                                                  rivals: bool) -> None:
    """«Предыдущая акция прошла 15 сентября. Тогда полиция задержала 27 человек»: the
    second sentence names no day, yet tells of the older rally, not of this one's 47."""
    a = in_story("Полиция задержала 47 человек на площади.", "a.txt", 1,
                 published="2024-09-21", counts=(("47 человек", 47, "человек"),))
    b1 = in_story("Предыдущая акция прошла 15 сентября.", "b.txt", 2, published="2024-09-21",
                  dates=(("15 сентября", "day", "2024-09-15", "2024-09-15"),))
    b2 = claim(then, doc="b.txt", doc_id=2, published="2024-09-21", start=200,
               counts=(("27 человек", 27, "человек"),), places=(("Новгород", CITY[1]),))
    assert (("count", ("27", "47")) in found([a, b1, b2])) is rivals


def test_another_affair_dated_weeks_before_is_not_this_storys_toll() -> None:
    a = in_story("В результате схода поезда с рельсов пострадали 17 человек.", "a.txt", 1,
                 published="2024-10-15", counts=(("17 человек", 17, "человек"),))
    b = in_story("В августе другой поезд сошел с рельсов — тогда пострадали шесть человек.",
                 "b.txt", 2, published="2024-10-15",
                 dates=(("августе", "month", "2024-08-01", "2024-08-31"),))
    assert found([a, b]) == []


@pytest.mark.parametrize(("with_figure", "expected"), [
    # the bound holds 112: against 64 it adds nothing, and is no rival of 112
    (True, ("112 млн руб", "64 млн руб")),
    # alone, the bound is what disputes 64
    (False, ("100 млн руб", "64 млн руб")),
])
def test_a_bound_holding_a_disputed_figure_leaves_the_dispute(
        with_figure: bool, expected: tuple[str, ...]) -> None:
    a = in_story("Долг по зарплате превышает 100 млн рублей, говорят в профсоюзе.", "a.txt", 1)
    b = in_story("По подсчетам профкома, долг по зарплате достиг 112 млн рублей.", "b.txt", 2)
    c = in_story("Задолженность по зарплате составляет 64 млн рублей, сообщили на заводе.",
                 "c.txt", 3)
    assert found([a, b, c] if with_figure else [a, c]) == [("count", expected)]


def test_each_sum_is_paid_by_the_payer_named_before_it() -> None:
    """The region's 150 and 300 thousand clash; the carrier's extra 100 thousand is
    another payment, even told in the same sentence as the region's."""
    a = in_story("Областные власти пообещали каждому пострадавшему по 150 тысяч рублей, "
                 "перевозчик — еще по 100 тысяч рублей.", "a.txt", 1)
    b = in_story("Перевозчик пообещал пострадавшим по 100 тыс. руб.", "b.txt", 2)
    c = in_story("Губернатор распорядился выплатить пострадавшим по 300 тыс. руб.", "c.txt", 3)
    assert found([a, b, c]) == [("count", ("150 тыс. руб", "300 тыс. руб"))]


def test_a_relative_clause_keeps_its_event_out_of_the_date() -> None:
    from factdb.conflicts.restated import _dated_events

    text = ("Движение по перегону, где в ночь на вторник сошел с рельсов поезд, открыли "
            "около 7 утра в среду, 14 октября.")
    c = claim(text, dates=(("14 октября", "day", "2024-10-14", "2024-10-14"),))
    events = set().union(*(e for _d, e, _w in _dated_events(conflicts.read_facts(c))))
    assert "открыть" in events and "сойти" not in events


GUSHCHIN = (("Андрей Гущин", "Андрей Гущин"),)


def test_a_detention_told_without_its_day_is_not_dated_by_the_report() -> None:
    a = in_story("Машинист Андрей Гущин задержан, сообщил источник.", "a.txt", 1,
                 published="2024-10-13", people=GUSHCHIN,
                 statuses=(("задержан", "detained", "Андрей Гущин"),))
    b = in_story("Андрей Гущин был задержан в первый же день, сообщили СМИ.", "b.txt", 2,
                 published="2024-10-15", people=GUSHCHIN,
                 statuses=(("задержан", "detained", "Андрей Гущин"),))
    assert [k for k in found([a, b]) if k[0] == "date"] == []


def test_a_detentions_day_is_the_one_nearest_its_verb() -> None:
    bragin = (("Олег Брагин", "Олег Брагин"),)
    a = in_story("Олег Брагин, которого следователи задержали 18 ноября, 20 ноября был "
                 "помещен судом под домашний арест.", "a.txt", 1, published="2024-11-21",
                 people=bragin, dates=(("18 ноября", "day", "2024-11-18", "2024-11-18"),
                                       ("20 ноября", "day", "2024-11-20", "2024-11-20")))
    b = in_story("Олега Брагина задержали в среду, 18 ноября.", "b.txt", 2,
                 published="2024-11-19", people=(("Олега Брагина", "Олег Брагин"),),
                 dates=(("18 ноября", "day", "2024-11-18", "2024-11-18"),))
    assert [k for k in found([a, b]) if k[0] == "date"] == []


def test_a_count_told_as_grown_in_one_report_leaves_its_earlier_number_out() -> None:
    """«к утру насчитали 63 задержанных, еще вечером говорили о 38»: 38 was superseded,
    so it rivals neither 63 nor anyone's 27; 27 and 63 still clash."""
    a = in_story("Полиция задержала 27 человек на акции у парка.", "a.txt", 1,
                 counts=(("27 человек", 27, "человек"),))
    b = in_story("Правозащитники к утру насчитали 63 задержанных на акции у парка, еще вечером "
                 "говорили о 38 задержанных.", "b.txt", 2,
                 counts=(("63 задержанных", 63, "задержанный"),
                         ("38 задержанных", 38, "задержанный")))
    c = in_story("Правозащитники по состоянию на 20:00 сообщали о 38 задержанных на акции у "
                 "парка.", "c.txt", 3, counts=(("38 задержанных", 38, "задержанный"),))
    assert found([a, b, c]) == [("count", ("27", "63"))]


def test_a_time_of_day_after_both_numbers_tells_no_growth() -> None:
    """«говорит о девяти задержанных, однако доставили более 50 — многих отпустили лишь
    поздно вечером»: two sources' counts, not one count told at two hours; the nine still
    rival another report's sixteen."""
    a = in_story("В ходе операции в районе рынка задержаны 16 человек.", "a.txt", 1,
                 counts=(("16 человек", 16, "человек"),))
    b = in_story("В ходе операции в районе рынка, как говорит следствие, задержаны девять "
                 "человек, однако в отделы доставили более 50 человек, многих отпустили лишь "
                 "поздно вечером.", "b.txt", 2,
                 counts=(("девять человек", 9, "человек"), ("50 человек", 50, "человек")))
    assert any(k == "count" and {"16", "9"} <= set(v) for k, v in found([a, b]))


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # an operation's whole haul, however the detained are counted
        (("В ходе спецоперации задержаны 16 человек.", "16 человек", 16, "человек"),
         ("По итогам рейда задержаны девять членов преступной группы.", "девять членов", 9,
          "член"), True),
        # members of a crew are no detainees
        (("В ходе спецоперации задержаны 16 человек.", "16 человек", 16, "человек"),
         ("В ходе рейда на судне находились девять членов экипажа.", "девять членов", 9,
          "член"), False),
    ],
)
def test_those_held_in_an_operation_are_one_count(first: tuple[str, str, int, str],
                                                  second: tuple[str, str, int, str],
                                                  conflict: bool) -> None:
    a, b = (in_story(t, f"{d}.txt", i, counts=((sub, n, noun),))
            for i, ((t, sub, n, noun), d) in enumerate(((first, "a"), (second, "b")), 1))
    assert bool([k for k in found([a, b]) if k[0] == "count"]) is conflict


def test_a_court_date_does_not_date_a_detention_named_by_a_participle() -> None:
    bragin = (("Олега Брагина", "Олег Брагин"),)
    a = in_story("Суд во вторник арестовал Олега Брагина, задержанного на субботней акции.",
                 "a.txt", 1, published="2024-11-20", people=bragin,
                 dates=(("во вторник", "day", "2024-11-19", "2024-11-19"),))
    b = in_story("Олега Брагина задержали в субботу, 16 ноября.", "b.txt", 2,
                 published="2024-11-17", people=bragin,
                 dates=(("16 ноября", "day", "2024-11-16", "2024-11-16"),))
    assert [k for k in found([a, b]) if k[0] == "date"] == []


def test_a_groups_detention_does_not_date_the_one_person_named_beside_it() -> None:
    bragin = (("Брагину", "Олег Брагин"),)
    a = in_story("Тогда полицейские задержали девять человек, Брагину назначили штраф.",
                 "a.txt", 1, published="2024-11-20", people=bragin,
                 counts=(("девять человек", 9, "человек"),),
                 dates=(("Тогда", "day", "2024-11-07", "2024-11-07"),))
    b = in_story("Олега Брагина задержали в субботу, 16 ноября.", "b.txt", 2,
                 published="2024-11-17", people=(("Олега Брагина", "Олег Брагин"),),
                 dates=(("16 ноября", "day", "2024-11-16", "2024-11-16"),))
    assert [k for k in found([a, b]) if k[0] == "date"] == []


def test_a_term_told_before_what_it_is_meets_one_told_after() -> None:
    """«назначил 15 суток административного ареста» and «отправил под арест на 12
    суток» are two terms of one decision, though the reports date the hearing a day
    apart."""
    petrov = (("Ивану Петрову", "Иван Петров"),)
    a = in_story("Суд в понедельник, 16 ноября, назначил Ивану Петрову 15 суток "
                 "административного ареста.", "a.txt", 1, published="2024-11-17", people=petrov,
                 dates=(("16 ноября", "day", "2024-11-16", "2024-11-16"),))
    b = in_story("Суд во вторник отправил под административный арест на 12 суток Ивана Петрова.",
                 "b.txt", 2, published="2024-11-18", people=(("Ивана Петрова", "Иван Петров"),),
                 dates=(("во вторник", "day", "2024-11-17", "2024-11-17"),))
    assert ("count", ("12 суток", "15 суток")) in found([a, b])


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a broken rail found on the site vs the crew going too fast, or sabotage
        ("На месте схода поезда с рельсов обнаружен лопнувший рельс.",
         "Основная версия схода поезда с рельсов — превышение скорости локомотивной "
         "бригадой.", True),
        ("На месте схода поезда с рельсов обнаружен лопнувший рельс.",
         "Поезд сошел с рельсов из-за диверсии, считает источник.", True),
        # a versions list asserts nothing
        ("На месте схода поезда с рельсов обнаружен лопнувший рельс.",
         "Следствие рассматривает версии схода поезда с рельсов: дефект пути или превышение "
         "скорости.", False),
        # going too fast told by the figures, or by the curve the train did not take
        ("Предварительная причина схода поезда с рельсов — излом рельса.",
         "По данным скоростемера, состав шел около 80 км/ч при ограничении 60 км/ч.", True),
        ("Предварительная причина схода поезда с рельсов — излом рельса.",
         "«Поезд просто не вписался в кривую», — считает машинист.", True),
    ],
)
def test_derailment_causes(first: str, second: str, conflict: bool) -> None:
    got = found([in_story(first, "a.txt", 1), in_story(second, "b.txt", 2)])
    assert bool([k for k, _v in got if k == "statement"]) is conflict


def test_a_release_told_without_its_day_is_not_dated_by_the_report() -> None:
    """«Он вышел из здания суда около семи вечера», told two days after the hearing of
    19 November, is no second day of the release."""
    sid = (("Иван Сидоренко", "Иван Сидоренко"),)
    a = in_story("Суд 19 ноября отпустил Ивана Сидоренко под запрет определенных действий.",
                 "a.txt", 1, published="2024-11-21", people=(("Ивана Сидоренко",
                                                               "Иван Сидоренко"),),
                 dates=(("19 ноября", "day", "2024-11-19", "2024-11-19"),),
                 statuses=(("отпустил", "released", "Иван Сидоренко"),))
    b = in_story("Иван Сидоренко вышел из здания суда около семи вечера.", "b.txt", 2,
                 published="2024-11-21", people=sid,
                 statuses=(("вышел", "released", "Иван Сидоренко"),))
    assert [k for k in found([a, b]) if k[0] == "date"] == []


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Перевозчик был вынужден отменить 43 рейса.", "cancelled"),
        ("Перевозчик отменил 43 рейса из 140 запланированных.", "cancelled"),
    ],
)
def test_a_count_is_framed_by_the_verb_of_the_act_not_a_modal(text: str, frame: str) -> None:
    counts = [(fr, cls) for fr, cls, _n, _v in conflicts.read_facts(
        claim(text, counts=(("43 рейса", 43, "рейс"),))).counts]
    assert (frame, "рейс") in counts


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Суд 5 марта отпустил Петра Иванова под запрет определенных действий.", True),
        ("Суд 5 марта отказался заключать под стражу Петра Иванова и отпустил его под запрет "
         "определенных действий.", True),
        ("Суд 5 марта отправил Петра Иванова в СИЗО на два месяца.", False),  # the same measure
    ],
)
def test_a_milder_measure_clashes_with_custody(second: str, conflict: bool) -> None:
    a = in_story("Суд 5 марта заключил Петра Иванова под стражу.", "a.txt", 1, people=IVANOV,
                 dates=(("5 марта", "day", "2024-03-05", "2024-03-05"),), published="2024-03-05")
    b = in_story(second, "b.txt", 2, people=IVANOV,
                 dates=(("5 марта", "day", "2024-03-05", "2024-03-05"),), published="2024-03-06")
    assert bool([k for k in found([a, b]) if k[0] == "status"]) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    ("Петр Иванов 5 марта был объявлен в розыск.", True),  # at large vs held, one day
    ("Петр Иванов 20 марта был объявлен в розыск.", False),  # another day: a change
])
def test_wanted_and_detained_on_one_day_clash(second: str, conflict: bool) -> None:
    a = in_story("Петр Иванов 5 марта задержан в Москве.", "a.txt", 1,
                 people=(("Петр Иванов", "Петр Иванов"),), published="2024-03-05",
                 dates=(("5 марта", "day", "2024-03-05", "2024-03-05"),),
                 statuses=(("задержан", "detained", "Петр Иванов"),))
    day = "2024-03-05" if "5 марта" in second else "2024-03-20"
    b = in_story(second, "b.txt", 2, people=(("Петр Иванов", "Петр Иванов"),),
                 published=day, dates=((second.split(" был")[0].split("Иванов ")[1], "day",
                                        day, day),),
                 statuses=(("объявлен в розыск", "wanted", "Петр Иванов"),))
    assert bool([k for k in found([a, b]) if k[0] == "status"]) is conflict


# ---------------------------------------------------------------- from a court hearing's reports


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("В конце октября суд продлил арест девятерым из них.", True),
        # those still held, not those whose arrest the court extended
        ("МИД потребовал освободить девять граждан России.", False),
    ],
)
def test_an_extension_for_some_of_them_counts_the_storys_citizens(second: str,
                                                                  conflict: bool) -> None:
    """«девятерым из них» names no one, but those whose arrest is extended are the people
    held: citizens of the one country the story's counts of held people name."""
    a = in_story("Суд продлил арест восьми гражданам России.", "a.txt", 1,
                 counts=(("восьми гражданам", 8, "гражданин"),))
    word = re.search(r"девят\w+(?: граждан\w*)?", second)
    assert word is not None
    noun = "гражданин" if " " in word.group() else None
    b = in_story(second, "b.txt", 2, counts=((word.group(), 9, noun),))
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


_IVAN = (("Иван Петров", "Иван Петров"),)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Командир самолета, выкатившегося накануне за пределы полосы, задержан.", True),
        ("Иван Петров, арестованный летом, освобожден.", True),
        ("Командир самолета накануне задержан, сообщили в полиции.", False),
    ],
)
def test_a_date_in_a_participles_phrase(text: str, inside: bool) -> None:
    """A date between commas after a full participle, reflexive or not, dates the
    participle, not the status after the phrase."""
    from factdb.conflicts.facts import _in_participle_phrase

    word = "накануне" if "накануне" in text else "летом"
    at = text.index(word)
    status = text.index("задержан" if "задержан" in text else "освобожден")
    assert _in_participle_phrase(text, at, at + len(word), status) is inside


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        # the day of the release, not of the arrest the participle tells
        ("Иван Петров, арестованный летом, освобожден и в субботу прилетел в Москву.", True),
        ("Иван Петров, арестованный летом, освобожден.", False),
        ("Иван Петров освобожден в субботу, после чего уехал домой.", True),
        # a date of a later clause with its own verb dates that verb, not the status
        ("Иван Петров освобожден, поиски его сообщников продолжались в субботу.", False),
    ],
)
def test_a_date_of_another_verb_does_not_date_the_status(second: str, conflict: bool) -> None:
    a = in_story("В субботу Иван Петров был переведен под домашний арест.", "a.txt", 1,
                 people=_IVAN, dates=(("В субботу", "day", "2024-10-26", "2024-10-26"),),
                 statuses=(("переведен под домашний арест", "house_arrest", "Иван Петров"),))
    dates = [("летом", "season", "2024-06-01", "2024-08-31")] if "летом" in second else []
    if "в субботу" in second:
        dates.append(("в субботу", "day", "2024-10-26", "2024-10-26"))
    b = in_story(second, "b.txt", 2, people=_IVAN, dates=tuple(dates),
                 published="2024-10-27",
                 statuses=(("освобожден", "released", "Иван Петров"),))
    assert [k for k, _v in found([a, b])] == (["status"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        # injuries and the blows that caused them: one account, against a heart failure
        ("Эксперты пришли к выводу, что мужчина скончался от травм, нанесенных тупым "
         "предметом.", True),
        ("Эксперты пришли к выводу, что мужчина скончался от травм.", True),
        # injuries from a crash: one account, no rival of the crash
        ("Эксперты установили, что мужчина погиб в ДТП от полученных травм.", False),
    ],
)
def test_one_account_of_a_death_with_its_injuries(second: str, conflict: bool) -> None:
    first = ("Эксперты установили, что мужчина погиб в ДТП." if "ДТП" in second else
             "Мужчина скончался от острой сердечной недостаточности.")
    a = in_story(first, "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == (["statement"] if conflict else [])


# ---------------------------------------------------------------- from an expulsion's reports


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("МИД объявил персонами нон грата трех сотрудников российского посольства.", True),
        ("Столица высылает троих российских дипломатов.", True),
        # the other side's envoys, expelled in return: another count
        ("В ответ Москва выслала трех норвежских дипломатов.", False),
        # the embassy's staff, not the expelled
        ("В посольстве России работают три российских дипломата.", False),
    ],
)
def test_expelled_diplomats_of_one_country(second: str, conflict: bool) -> None:
    a = in_story("Власти объявили персонами нон грата двух российских дипломатов.", "a.txt", 1,
                 counts=(("двух российских дипломатов", 2, "дипломат"),))
    m = re.search(r"(?:трех|троих|три) (?:\w+ )?(?:дипломат|сотрудник)\w*", second)
    assert m is not None
    noun = "сотрудник" if "сотрудник" in m.group() else "дипломат"
    b = in_story(second, "b.txt", 2, counts=((m.group(), 3, noun),))
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("told", "conflict"),
    [
        # the count grew: two on one day, one more the next
        ("5 марта власти выслали двух российских дипломатов, а 6 марта — еще одного.", False),
        ("5 марта власти выслали двух российских дипломатов.", True),
    ],
)
def test_an_expulsion_told_as_grown_is_no_rival_of_its_total(told: str, conflict: bool) -> None:
    a = in_story(told, "a.txt", 1, counts=(("двух российских дипломатов", 2, "дипломат"),))
    b = in_story("Всего власти выслали трех российских дипломатов.", "b.txt", 2,
                 counts=(("трех российских дипломатов", 3, "дипломат"),))
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # flights stopped by fog, or by a ban on flying, a lack of fuel, a broken aircraft
        ("Рейсы отменены из-за густого тумана, сообщили в аэропорту.",
         "Рейсы отменены из-за ограничений на использование воздушного пространства.", True),
        ("Рейсы отменены из-за густого тумана, сообщили в аэропорту.",
         "Flights were cancelled due to airspace restrictions, the airline said.", True),
        ("Рейсы отменены из-за густого тумана, сообщили в аэропорту.",
         "Причиной задержки рейсов стала нехватка авиатоплива, говорит источник.", True),
        ("Рейсы отменены из-за густого тумана, сообщили в аэропорту.",
         "Рейс отменен из-за неисправности гидравлической системы самолета.", True),
        # one account in other words
        ("Рейсы отменены из-за густого тумана, сообщили в аэропорту.",
         "Задержки рейсов вызваны плохой видимостью из-за тумана.", False),
        # the fog told of, not as the cause
        ("Рейсы отменены из-за ограничений на использование воздушного пространства.",
         "Туман держался почти двое суток.", False),
    ],
)
def test_causes_of_flights_stopped(first: str, second: str, conflict: bool) -> None:
    got = found([in_story(first, "a.txt", 1), in_story(second, "b.txt", 2)])
    assert bool([k for k, _v in got if k == "statement"]) is conflict


def test_flights_held_up_are_no_people_held() -> None:
    a = in_story("В аэропорту задержаны более десяти рейсов.", "a.txt", 1,
                 counts=(("десяти рейсов", 10, "рейс"),))
    b = in_story("В аэропорту задержаны девять рейсов.", "b.txt", 2,
                 counts=(("девять рейсов", 9, "рейс"),))
    assert conflicts.read_facts(a).counts == []
    assert found([a, b]) == []


def test_a_day_told_under_a_condition_dates_no_event() -> None:
    """«рассчитывают вылететь 18 ноября, если ограничения будут сняты» is a hope, not the
    day the restrictions were lifted."""
    a = in_story("Ограничения в аэропорту сняли в 06:15 19 ноября.", "a.txt", 1,
                 dates=(("19 ноября", "day", "2024-11-19", "2024-11-19"),))
    b = in_story("Ограничения в аэропорту будут сняты 18 ноября, если позволит обстановка.",
                 "b.txt", 2, dates=(("18 ноября", "day", "2024-11-18", "2024-11-18"),))
    assert found([a, b]) == []


def test_count_groups_sharing_a_value_in_one_story_are_one_dispute() -> None:
    """47 detained against 120 under the capital, and 47 against 63 under a report that
    also names a second town: one dispute of how many were detained, each side holding
    every report of its number; 5 against 6 in the same story share no value and stay
    apart, and so does a group of another story."""
    from factdb.conflicts.facts import Value
    from factdb.conflicts.finder import _join_shared_values
    from factdb.conflicts.groups import Group

    def v(claim_id: int, n: int) -> Value:
        return Value(claim_id, 0, 2, str(n), str(n))

    capital = ("detained", "люди", "столица", 1)
    town = ("detained", "люди", "город", 1)
    hurt = ("injured", "люди", "столица", 1)
    elsewhere = ("detained", "люди", "столица", 2)
    groups = {
        capital: Group("count", "задержаны", capital[:3], [(v(1, 47), v(2, 120), 0.8)]),
        town: Group("count", "задержаны", town[:3], [(v(3, 47), v(4, 63), 0.8)]),
        hurt: Group("count", "пострадали", hurt[:3], [(v(5, 47), v(6, 6), 0.8)]),
        elsewhere: Group("count", "задержаны", elsewhere[:3], [(v(7, 47), v(8, 9), 0.8)]),
    }
    owner = {("detained", "люди", 4): town}
    _join_shared_values(groups, owner)
    assert set(groups) == {capital, hurt, elsewhere}
    assert {x.claim for a, b, _c in groups[capital].pairs for x in (a, b)} == {1, 2, 3, 4}
    assert owner[("detained", "люди", 4)] == capital


@pytest.mark.parametrize(
    ("second", "count", "dates", "values"),
    [
        # the ministry's count over the region against the governor's: one night
        ("Над Новгородской областью перехватили 31 беспилотник.",
         ("31 беспилотник", 31, "беспилотник"), (), ("23", "31")),
        # another night's attack
        ("В ночь на 21 сентября над областью сбиты 6 беспилотников.",
         ("6 беспилотников", 6, "беспилотник"),
         (("ночь на 21 сентября", "day", "2024-09-21", "2024-09-21"),), None),
        # a total over the country is no region's count
        ("Всего за ночь ПВО сбили 74 дрона над десятью регионами.", ("74 дрона", 74, "дрон"),
         (), None),
    ],
)
def test_drones_downed_over_one_region_in_one_night(
        second: str, count: tuple[str, int, str],
        dates: tuple[tuple[str, str, str, str], ...], values: tuple[str, str] | None) -> None:
    a = in_story("Над областью уничтожены 23 беспилотника.", "a.txt", 1,
                 published="2024-09-20", counts=(("23 беспилотника", 23, "беспилотник"),))
    b = in_story(second, "b.txt", 2, published="2024-09-20", dates=dates, counts=(count,))
    got = [v for k, v in found([a, b]) if k == "count"]
    assert got == ([values] if values else [])


@pytest.mark.parametrize(
    ("stopped", "working"),
    [
        ("Источник в отрасли сообщил, что завод был вынужден остановить установку "
         "первичной переработки.", "Предприятие работает в штатном режиме."),
        ("По данным агентства, производство на комбинате приостановлено.",
         "В компании заявили, что комбинат не останавливал работу ни на час."),
        ("The plant has halted production, a source said.",
         "Все установки находятся в работе, отгрузка идет по графику."),
        ("Работа фабрики прекращена после взрыва.",
         "Фабрика продолжает выпуск продукции в соответствии с планом."),
    ],
)
def test_works_stopped_vs_working_normally_conflict(stopped: str, working: str) -> None:
    a = in_story(stopped, "a.txt", 1)
    b = in_story(working, "b.txt", 2)
    assert found([a, b]) == [("statement", ("не работа остановлена", "работа остановлена"))]


@pytest.mark.parametrize(
    ("second", "published"),
    [
        # working again a week later: the halt was repaired, not denied
        ("Завод работает в штатном режиме.", "2024-06-17"),
        # the firemen work on, not the plant
        ("Пожарные продолжают работу на территории завода.", "2024-06-10"),
        # a halt only possible answers nothing
        ("Завод может остановить установку на ремонт.", "2024-06-10"),
    ],
)
def test_works_answers_that_do_not_conflict(second: str, published: str) -> None:
    a = in_story("Завод был вынужден остановить производство.", "a.txt", 1)
    b = in_story(second, "b.txt", 2, published=published)
    assert found([a, b]) == []


def test_a_works_system_working_is_no_answer_for_the_works() -> None:
    a = in_story("Добыча на шахте приостановлена.", "a.txt", 1)
    b = in_story("«Все системы контроля на шахте работали штатно», — сказал директор.", "b.txt", 2)
    assert found([a, b]) == []


@pytest.mark.parametrize(
    ("first", "second", "counts", "conflict"),
    [
        # cases of a disease are people ill, however told
        ("В городе зарегистрировано 47 случаев кори.", "В городе заболели 63 человека.",
         (("47 случаев", 47, "случай"), ("63 человека", 63, "человек")), True),
        ("В городе корью заболели 47 детей.", "Число заболевших детей в городе достигает 63.",
         (("47 детей", 47, "ребенок"), ("63", 63, None)), False),
        # a count told as of an earlier day: the number rose since
        ("По данным на 10 ноября, в городе заболели 29 человек.",
         "В городе заболели 47 человек с конца октября.",
         (("29 человек", 29, "человек"), ("47 человек", 47, "человек")), False),
        # the region's total beside the city's count
        ("В городе заболели 47 человек.",
         "В городе 47 случаев, всего по области — 71 случай кори.",
         (("47 человек", 47, "человек"), ("71 случай", 71, "случай")), False),
    ],
)
def test_people_fallen_ill(first: str, second: str, counts: tuple[tuple[str, int, str | None],
                                                                   ...], conflict: bool) -> None:
    dates = (("10 ноября", "day", "2024-11-10", "2024-11-10"),) if "10 ноября" in first else ()
    months = (("конца октября", "month", "2024-10-01", "2024-10-31"),) \
        if "октября" in second else ()
    a = in_story(first, "a.txt", 1, published="2024-11-17", dates=dates,
                 counts=(counts[0],) if counts[0][2] else ())
    b = in_story(second, "b.txt", 2, published="2024-11-17", dates=months,
                 counts=(counts[1],) if counts[1][2] else ())
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


def test_alive_right_after_the_count_is_survived() -> None:
    """«17 человек живы, пять человек погибли» vs «выжили 15»: the survivors are one
    count, the dead another."""
    a = in_story("«17 человек живы, пять человек погибли», — сказал он.", "a.txt", 1,
                 counts=(("17 человек", 17, "человек"), ("пять человек", 5, "человек")))
    b = in_story("Крушение вертолета: выжили 15 человек.", "b.txt", 2,
                 counts=(("15 человек", 15, "человек"),))
    assert found([a, b]) == [("count", ("15", "17"))]


def test_a_toll_told_as_grown_is_no_rival() -> None:
    a = in_story("В результате крушения погибли пять человек.", "a.txt", 1, published="2024-11-18",
                 counts=(("пять человек", 5, "человек"),))
    b = in_story("В результате крушения погибли уже шесть человек.", "b.txt", 2,
                 published="2024-11-18", counts=(("шесть человек", 6, "человек"),))
    assert found([a, b]) == []


def test_a_later_act_in_a_relative_clause_makes_no_update() -> None:
    # «позже» in «которую позже отпустили» tells of the nurse let go, not of the count
    a = in_story("В руках захватчиков оказались трое сотрудников банка — два кассира и "
                 "охранница, которую позже отпустили.", "a.txt", 1, published="2024-11-18",
                 counts=(("трое сотрудников", 3, "сотрудник"),))
    b = in_story("Захватчики взяли в заложники двух сотрудников банка.", "b.txt", 2,
                 published="2024-11-18", counts=(("двух сотрудников", 2, "сотрудник"),))
    assert found([a, b]) == [("count", ("2", "3"))]


def test_children_lying_in_hospital_on_one_day() -> None:
    a = in_story("В стационарах города лежал 31 ребенок с корью.", "a.txt", 1,
                 published="2024-11-17", counts=(("31 ребенок", 31, "ребенок"),))
    b = in_story("Девятнадцать детей сейчас проходят лечение в стационаре.", "b.txt", 2,
                 published="2024-11-17", counts=(("Девятнадцать детей", 19, "ребенок"),))
    assert [k for k, _v in found([a, b])] == ["count"]


def test_a_detention_reported_against_a_denial_by_first_name_and_patronymic() -> None:
    """«сообщило о задержании директора Олега Сидорова» vs «Никто Олега Викторовича не
    задерживал», said by a spokeswoman named Готовцева (a surname, not «готов»)."""
    a = in_story("Следственный комитет сообщил о задержании директора Олега Сидорова.", "a.txt", 1,
                 published="2024-11-18", people=(("Олега Сидорова", "Олег Сидоров"),))
    b1 = claim("Директор Олег Сидоров дал показания как свидетель.", doc="b.txt", doc_id=2,
               start=0, published="2024-11-18", people=(("Олег Сидоров", "Олег Сидоров"),))
    b2 = claim("«Никто Олега Викторовича не задерживал», — подчеркнула Анна Готовцева.",
               doc="b.txt", doc_id=2, start=100, published="2024-11-18",
               people=(("Олега Викторовича", "Олег Викторович"),
                       ("Анна Готовцева", "Анна Готовцева")))
    assert "statement" in [k for k, _v in found([a, b1, b2])]


def test_a_lawyers_client_in_a_report_about_no_one_is_the_one_named_before() -> None:
    """«Капитан Олег Сидоров задержан. Его адвокат ... : «Мой подзащитный не задерживался»»
    in a report whose main person is no one: the client is the one named before."""
    a = in_story("Следователи задержали капитана Олега Сидорова.", "a.txt", 1,
                 published="2024-11-18", people=(("Олега Сидорова", "Олег Сидоров"),))
    b1 = claim("Капитан Олег Сидоров давал показания.", doc="b.txt", doc_id=2, start=0,
               published="2024-11-18", people=(("Олег Сидоров", "Олег Сидоров"),))
    b2 = claim("«Мой подзащитный не задерживался», — сказал Павел Остроухов.", doc="b.txt",
               doc_id=2, start=100, published="2024-11-18", speaker="Павел Остроухов",
               people=(("Павел Остроухов", "Павел Остроухов"),))
    assert "statement" in [k for k, _v in found([a, b1, b2])]


@pytest.mark.parametrize(
    ("second", "published", "conflict"),
    [
        ("Министр Ирина Петрова остается в должности.", "2024-11-19", True),
        ("В пресс-службе заявили, что Ирина Петрова находится на рабочем месте и продолжает "
         "исполнять свои обязанности.", "2024-11-19", True),
        ("Информация об увольнении Ирины Петровой не соответствует действительности.",
         "2024-11-19", True),
        # in office a week before: what came before
        ("Министр Ирина Петрова остается в должности.", "2024-11-12", False),
    ],
)
def test_removed_from_office_vs_still_in_it(second: str, published: str,
                                            conflict: bool) -> None:
    a = in_story("Губернатор освободил от должности министра Ирину Петрову в связи с утратой "
                 "доверия.", "a.txt", 1, published="2024-11-19",
                 people=(("Ирину Петрову", "Ирина Петрова"),))
    named = re.search(r"Ирин\w* Петров\w*", second)
    assert named is not None
    b = in_story(second, "b.txt", 2, published=published,
                 people=((named.group(0), "Ирина Петрова"),))
    assert [k for k, _v in found([a, b])] == (["statement"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "count", "values"),
    [
        # a bank's depositors, counted as people in a clause of deposits
        ("Вкладчиками банка являются более 140 тысяч человек.",
         ("140 тысяч человек", 140000, "человек"), ("118000", "140000")),
        ("Страховое возмещение получат 150 тысяч клиентов банка.",
         ("150 тысяч клиентов", 150000, "клиент"), ("118000", "150000")),
        # those with more than the limit are a part of them
        ("Вклады свыше страхового лимита имеют около 9,5 тыс. клиентов банка.",
         ("9,5 тыс. клиентов", 9500, "клиент"), None),
    ],
)
def test_a_banks_customers_are_one_count_whatever_the_verb(
        second: str, count: tuple[str, int, str], values: tuple[str, str] | None) -> None:
    a = in_story("В банке застрахованы вклады около 118 тыс. физических лиц.", "a.txt", 1,
                 counts=(("118 тыс. физических лиц", 118000, "лицо"),))
    b = in_story(second, "b.txt", 2, counts=(count,))
    got = [v for k, v in found([a, b]) if k == "count"]
    assert got == ([values] if values else [])


@pytest.mark.parametrize(
    ("second", "values"),
    [
        # one brawl read as riots by one report, as hooliganism by the other: by name or by
        # the article of the criminal code
        ("Уголовное дело, по словам источника, возбуждено по ч. 2 ст. 212 УК.",
         ("массовые беспорядки", "хулиганство")),
        ("Следователи квалифицировали произошедшее как массовые беспорядки.",
         ("массовые беспорядки", "хулиганство")),
        # the same reading retold
        ("Дело возбуждено по статье о хулиганстве.", None),
        # an article of another code, or a part of an article («212.1»), is no charge here
        ("Его оштрафовали по статье 212.1 КоАП.", None),
    ],
)
def test_hooliganism_and_riots_are_two_readings_of_one_brawl(
        second: str, values: tuple[str, str] | None) -> None:
    a = in_story("СК возбудил уголовное дело по ч. 2 ст. 213 УК РФ.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    got = [v for k, v in found([a, b]) if k == "statement"]
    assert got == ([values] if values else [])


@pytest.mark.parametrize(
    ("second", "count", "values"),
    [
        # games without spectators, whatever the games are called or the verb
        ("Клуб должен сыграть две домашние игры при пустых трибунах.",
         ("две домашние игры", 2, "игра"), ("2", "3")),
        # games of a player's ban are another sanction
        ("Защитника дисквалифицировали на два матча.", ("два матча", 2, "матч"), None),
    ],
)
def test_games_without_spectators_are_one_count(
        second: str, count: tuple[str, int, str], values: tuple[str, str] | None) -> None:
    a = in_story("КДК обязал клуб провести три домашних матча без зрителей.", "a.txt", 1,
                 counts=(("три домашних матча", 3, "матч"),))
    b = in_story(second, "b.txt", 2, counts=(count,))
    got = [v for k, v in found([a, b]) if k == "count"]
    assert got == ([values] if values else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Клуб оштрафован на 1,2 млн рублей.", True),
        # a player's fine is his, not the club's
        ("КДК оштрафовал защитника клуба Ивана Петрова на 150 тыс. руб.", False),
        # last season's fine is another affair's
        ("В прошлом сезоне КДК штрафовал клуб на 700 тыс. руб.", False),
    ],
)
def test_a_clubs_fine_against_a_players_and_last_seasons(second: str, conflict: bool) -> None:
    a = in_story("КДК назначил клубу штраф в размере 1,5 млн рублей.", "a.txt", 1)
    b = in_story(second, "b.txt", 2,
                 people=(("Ивана Петрова", "Иван Петров"),) if "Петрова" in second else ())
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Raevsky", "раевский"), ("Yusupov", "юсупов"), ("Zhukova", "жукова"),
     ("Shcherbakov", "щербаков"), ("Khodorkovskiy", "ходорковский"), ("Tsvetkova", "цветкова")],
)
def test_a_russian_surname_in_latin_letters_read_back(latin: str, cyrillic: str) -> None:
    from factdb.conflicts.people import _to_cyrillic

    assert _to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(("english", "conflict"), [
    ('"Mr Vershinsky has not been detained by anyone," the lawyer said.', True),
    # someone else the report does not name in Cyrillic
    ('"Mr Petrov has not been detained by anyone," the lawyer said.', False),
])
def test_detained_vs_an_english_denial_naming_him_in_latin(english: str, conflict: bool) -> None:
    who = (("Олега Вершинского", "Олег Вершинский"),)
    a = in_story("Олега Вершинского задержали в аэропорту.", "a.txt", 1, people=who)
    b0 = in_story("Адвокат Олега Вершинского опроверг сообщения.", "b.txt", 2, people=who)
    b = in_story(english, "b.txt", 2)
    got = [v for k, v in found([a, b0, b]) if k == "statement"]
    assert got == ([("задержан", "не задержан")] if conflict else [])


# ---------------------------------------------------------------- round 17: blind sets 63-66


def kinds(first: str, second: str) -> list[str]:
    """The kinds of the conflicts found between two reports of one story."""
    return [k for k, _v in found([in_story(first, "a.txt", 1), in_story(second, "b.txt", 2)])]

@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Генпрокуратура уже дала согласие на экстрадицию бизнесмена.",
         "Генеральная прокуратура пока не приняла решения по запросу о выдаче бизнесмена.", True),
        ("Генпрокуратура одобрила экстрадицию бизнесмена.",
         "Суд отказал в экстрадиции бизнесмена.", True),
        # a request sent is no answer
        ("Россия направила запрос об экстрадиции бизнесмена.",
         "Генеральная прокуратура пока не приняла решения по запросу о выдаче бизнесмена.", False),
        # a decision on something else
        ("Генпрокуратура уже дала согласие на экстрадицию бизнесмена.",
         "Суд пока не принял решения о мере пресечения.", False),
    ],
)
def test_extradition_approved_vs_not_decided(first: str, second: str, conflict: bool) -> None:
    assert kinds(first, second) == (["statement"] if conflict else [])


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Владелец заявил, что у питомника есть все разрешения, включая лицензию.",
         "Как выяснило издание, у питомника нет лицензии на содержание животных.", True),
        ("Владелец заявил, что у питомника есть все разрешения, включая лицензию.",
         "Питомник несколько лет работал без лицензии.", True),
        ("У питомника есть лицензия.",
         "Лицензию на содержание животных питомник «Лесная тропа» не получал.", True),
        # the law's words and some of several are no answer of this one
        ("У питомника есть лицензия.",
         "Без такой лицензии содержать диких животных закон не разрешает.", False),
        ("Лицензии есть только у двух питомников области.",
         "Как выяснило издание, у питомника нет лицензии.", False),
        # none held, in the past
        ("У питомника есть лицензия.",
         "Как выяснилось, лицензии у питомника «Лесная тропа» никогда не было.", True),
        # no licensed one at all is no answer of one holder's
        ("У питомника есть лицензия.",
         "Лицензированного приюта для диких животных в области нет.", False),
    ],
)
def test_a_licence_held_vs_none(first: str, second: str, conflict: bool) -> None:
    assert kinds(first, second) == (["statement"] if conflict else [])


_INJURED_MAN = (("Глеб Зотьев", "Глеб Зотьев"),)


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Глеб Зотьев получил сотрясение мозга и перелом левой руки.",
         "Врач сказал, что переломов у Глеба Зотьева не выявлено.", True),
        ("Глеб Зотьев рассказал, что у него сломана рука.",
         "Главврач заявила, что у Глеба Зотьева нет переломов.", True),
        # the same answer twice; one person's fracture against another's none
        ("Глеб Зотьев получил перелом руки.", "У Глеба Зотьева сломана рука.", False),
        ("Глеб Зотьев получил перелом руки.",
         "У его спутницы Инны Лобанцевой переломов не выявлено.", False),
    ],
)
def test_a_fracture_told_vs_none_found(first: str, second: str, conflict: bool) -> None:
    people = ((("Глеба Зотьева", "Глеб Зотьев"),) if "Глеба" in second else ()) + \
        ((("Инны Лобанцевой", "Инна Лобанцева"),) if "Лобанцевой" in second else ())
    got = found([in_story(first, "a.txt", 1, people=_INJURED_MAN),
                 in_story(second, "b.txt", 2, people=people)])
    assert [k for k, _v in got] == (["statement"] if conflict else [])


@pytest.mark.parametrize(
    ("first", "conflict"),
    [
        ("Суд санкционировал арест Петра Иванова на 40 суток.", True),
        ("Суд санкционировал экстрадиционный арест Петра Иванова сроком на 40 суток.", True),
        ("Суд удовлетворил ходатайство прокурора, и Петра Иванова взяли под стражу.", True),
        # property, not a person
        ("Суд санкционировал арест имущества Петра Иванова.", False),
        ("Суд арестовал счета Петра Иванова.", False),
    ],
)
def test_a_sanctioned_arrest_is_custody(first: str, conflict: bool) -> None:
    a = in_story(first, "a.txt", 1, people=IVANOV, published="2024-03-05")
    b = in_story("Суд отправил Петра Иванова под домашний арест в съемной квартире.", "b.txt", 2,
                 people=IVANOV, published="2024-03-05")
    assert [k for k, _v in found([a, b])] == (["status"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Ущерб по делу следствие оценивает в 1,7 млрд рублей.", True),
        # the whole case's, of several accused
        ("Общий ущерб дольщикам следствие оценивает более чем в 3 миллиарда рублей.",
         False),
    ],
)
def test_a_cases_total_damage_is_no_rival_of_ones_share(second: str, conflict: bool) -> None:
    a = in_story("Ущерб, вменяемый лично бизнесмену, следствие оценивает в 1,2 млрд рублей.",
                 "a.txt", 1)
    got = [k for k, _v in found([a, in_story(second, "b.txt", 2)])]
    assert got == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "count", "conflict"),
    [
        ("В результате схода лавины погибли пять человек.", ("пять человек", 5, "человек"), True),
        # some of the dead, told by where they came from
        ("Среди погибших трое — жители Москвы и Подмосковья.", ("трое — жители", 3, "житель"),
         False),
        # some of the injured, taken to hospital
        ("Врачи уточнили, что трое пострадавших доставлены в городскую больницу.",
         ("трое", 3, "пострадавший"), False),
    ],
)
def test_a_part_of_a_toll_is_no_rival(second: str, count: tuple[str, int, str],
                                      conflict: bool) -> None:
    first = "Под лавиной погибли четыре человека." if "лавин" in second or "погибш" in second \
        else "Пострадали 17 человек."
    n = ("четыре человека", 4, "человек") if "лавин" in first else ("17 человек", 17, "человек")
    a = in_story(first, "a.txt", 1, counts=(n,))
    b = in_story(second, "b.txt", 2, counts=(count,))
    assert [k for k, _v in found([a, b])] == (["count"] if conflict else [])


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # the signals failing against the driver's error
        ("Основной рассматриваемой версией аварии является сбой в работе системы "
         "автоматической локомотивной сигнализации.",
         "Следствие назвало основной версией аварии ошибку машиниста.", True),
        # the snow on the roof against a building altered against its rules
        ("По предварительной информации, кровля не выдержала снеговой нагрузки при обрушении.",
         "Источник рассказал, что основная версия обрушения — самовольная перепланировка.",
         True),
        ("Причиной обрушения стал вес скопившегося снега.",
         "Основной рассматриваемой версией обрушения являются нарушения, допущенные при "
         "реконструкции кровли.", True),
        # both the weather
        ("Причиной обрушения стал вес скопившегося снега.",
         "Губернатор называет главной причиной обрушения аномальные снегопады.", False),
        # a grass fire set by people, told as what it was, what it followed from or where
        # it began, against the weather; a power line down against the weather
        ("Специалисты не сомневаются, что это был пал сухой травы.",
         "Причиной пожара стала сухая гроза.", True),
        ("Пожар стал следствием того, что жители жгли прошлогоднюю траву.",
         "Причиной пожара стала молния.", True),
        ("Лесная служба настаивает, что огонь начался с сельхозпала.",
         "Причиной пожара стал удар молнии.", True),
        ("Причиной пожара стал обрыв провода линии электропередачи.",
         "Причиной пожара стала молния.", True),
        # a wire told by its participle as what set the fire
        ("Причиной возгорания называют пал сухой травы.",
         "По словам хозяина участка, пожар вспыхнул от упавшего провода.", True),
        ("Причиной возгорания называют пал сухой травы.",
         "Очевидцы пожара говорят, что сухостой поджег порванный бурей провод.", True),
        ("Причиной возгорания называют пал сухой травы.",
         "Соседи считают, что пожар начался от электросети: накануне ветер оборвал провод.",
         True),
        # a wire only mentioned is no cause
        ("Причиной возгорания называют пал сухой травы.",
         "После пожара электрики заменили оборванный провод.", False),
        # a grass fire only mentioned is no cause
        ("Жители часто жгли траву весной.", "Причиной пожара стала молния.", False),
        # a gust that overturned a crane, or a natural event, against its worn parts
        ("По словам подрядчика, башенный кран опрокинуло сильным порывом ветра.",
         "Источник в полиции назвал причиной обрушения износ механизма поворота.", True),
        ("Представитель застройщика сказал, что причина аварии — стихийное явление.",
         "В надзорном ведомстве причиной обрушения крана назвали разрушение креплений "
         "стрелы.", True),
        ("Рекламный щит снесло ветром, утверждают в мэрии.",
         "Эксперт считает, что обрушение щита произошло из-за плохого технического состояния "
         "конструкции.", True),
        # a gust told as the weather of the day is no cause
        ("Порывы ветра в тот день достигали 18 метров в секунду.",
         "Источник в полиции назвал причиной обрушения износ механизма поворота.", False),
    ],
)
def test_causes_of_a_collapse_and_a_crash(first: str, second: str, conflict: bool) -> None:
    assert kinds(first, second) == (["statement"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("В пресс-службе сказали, что Петр Иванов остается в должности.", True),
        ("Мэрия заявила, что ни о каком отстранении Петра Иванова речи не идет.", True),
        ("Петр Иванов встретился с журналистами.", False),
    ],
)
def test_suspended_from_office_vs_still_in_it(second: str, conflict: bool) -> None:
    a = in_story("Мэр отстранил Петра Иванова от исполнения обязанностей на время проверки.",
                 "a.txt", 1, published="2024-04-14", people=IVANOV)
    named = re.search(r"Пет\w+ Иванов\w*", second)
    assert named is not None
    b = in_story(second, "b.txt", 2, published="2024-04-15",
                 people=((named.group(0), "Петр Иванов"),))
    assert [k for k, _v in found([a, b])] == (["statement"] if conflict else [])


def test_consular_access_that_cannot_be_obtained_vs_a_visit_before() -> None:
    """«более двух месяцев не могут получить консульский доступ» (said on the 18th) vs «консул
    встречался с ними 11 октября»: a cannot is a no, not a maybe."""
    a = _said("Дипломаты уже более двух месяцев не могут получить консульский доступ к "
              "задержанным.", "a.txt", 1, None, "2024-10-18")
    b = _said("Консул в последний раз встречался с задержанными 11 октября.", "b.txt", 2,
              "2024-10-11", "2024-10-19")
    assert [k for k, _v in found([a, b])] == ["statement"]


def test_what_describes_a_person_is_his_own_title() -> None:
    """«директора хладокомбината Виктора Ладыгина»: the plant is not him; «адвокат машиниста
    Роман Тихонов»: the driver is his client; «Глава Верхнегорска Андрей Сомов»: a town is
    no one; «судьба машиниста Дениса Шубина»: the driver is Шубин."""
    from factdb.conflicts.finder import prepare

    told = [
        ("Директора хладокомбината Виктора Ладыгина вызвали на допрос.", "Виктора Ладыгина",
         "Виктор Ладыгин"),
        ("Адвокат машиниста Роман Тихонов дал интервью.", "Роман Тихонов", "Роман Тихонов"),
        ("Глава Верхнегорска Андрей Сомов выехал на место.", "Андрей Сомов", "Андрей Сомов"),
        ("Судьба машиниста Дениса Шубина остается неясной.", "Дениса Шубина", "Денис Шубин"),
    ]
    claims = [in_story(t, f"{n}.txt", n, people=((w, name),))
              for n, (t, w, name) in enumerate(told, 1)]
    probes = {"Сотрудник хладокомбината погиб.": set(), "Машинист задержан.": {"денис шубин"},
              "В Верхнегорске прошел митинг.": set()}
    for n, text in enumerate(probes, 10):
        claims.append(in_story(text, f"{n}.txt", n))
    _facts, people, _story = prepare(claims)
    for sc in claims[len(told):]:
        assert people.described(sc) == probes[sc.claim.text.split(" порт. ")[1]], sc.claim.text


# ---------------------------------------------------------------- dead at the event


@pytest.mark.parametrize(("death", "detained_on", "conflict"), [
    # dead on the spot in one report, detained after the crash in another
    ("Среди погибших и водитель автобуса Олег Рябов: он скончался на месте.", "2024-03-10",
     True),
    ("Водитель автобуса Олег Рябов погиб на месте аварии.", "2024-03-11", True),
    # a death not told as the event's may come after a detention
    ("Водитель автобуса Олег Рябов скончался в больнице.", "2024-03-10", False),
    # a detention weeks before is another affair
    ("Водитель автобуса Олег Рябов погиб на месте аварии.", "2024-02-01", False),
])
def test_dead_at_the_event_vs_detained_after_it(death: str, detained_on: str,
                                                conflict: bool) -> None:
    driver = (("Олег Рябов", "Олег Рябов"),)
    text = "Водитель автобуса Олег Рябов задержан."
    a = in_story(text, "a.txt", 1, published=detained_on, people=driver,
                 statuses=(("задержан", "detained", "Олег Рябов"),))
    verb = next(w for w in ("скончался", "погиб") if w in death)
    b = in_story(death, "b.txt", 2, published="2024-03-11", people=driver,
                 statuses=((verb, "dead", "Олег Рябов"),))
    got = [(k, v) for k, v in found([a, b]) if k == "status"]
    assert got == ([("status", ("задержан", "погиб/скончался"))] if conflict else [])


@pytest.mark.parametrize(("first", "conflict"), [
    ("На табло значились 42 отмененных рейса.", True),
    # a running count as of an hour of the day rivals no count of the whole day
    ("К 10:00 на табло значились 42 отмененных рейса.", False),
    ("К середине дня были отменены 42 рейса.", False),
    # or as of a part of a weekday, before the count's own clause
    ("По данным аэропорта на вечер воскресенья, отменены 42 рейса.", False),
])
def test_a_count_as_of_an_hour_is_no_rival_of_the_days(first: str, conflict: bool) -> None:
    a = in_story(first, "a.txt", 1, counts=(("42", 42, "рейс"),))
    b = in_story("Всего за день отменены 108 рейсов.", "b.txt", 2,
                 counts=(("108 рейсов", 108, "рейс"),))
    assert bool([k for k, _v in found([a, b]) if k == "count"]) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    ("Спасатели обнаружили тела троих человек.", True),
    # more found is an addition to the toll, wherever the rest was told
    ("Спасатели обнаружили тела еще троих человек.", False),
    ("При разборе завалов погибли еще три человека.", False),
])
def test_a_toll_told_as_more_adds_to_the_toll(second: str, conflict: bool) -> None:
    a = in_story("Официально погибших двое.", "a.txt", 1, counts=(("двое", 2, None),))
    who = "троих человек" if "троих" in second else "три человека"
    b = in_story(second, "b.txt", 2, counts=((who, 3, "человек"),))
    assert bool([k for k, _v in found([a, b]) if k == "count"]) is conflict


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        # a document's date is the day it was signed, whatever the aside before it
        ("Указы о помиловании, как следует из опубликованных документов, датированы "
         "9 октября.", True),
        ("Указы о помиловании подписаны 9 октября.", True),
        ("Указы о помиловании подписаны 8 октября.", False),  # the same day
    ],
)
def test_a_documents_date_is_the_day_it_was_signed(second: str, conflict: bool) -> None:
    a = _dated("Соответствующие указы о помиловании подписаны 8 октября.", "a.txt", 1,
               "2024-10-08")
    m = re.search(r"\d+ октября", second)
    assert m is not None
    day = f"2024-10-{int(m.group().split()[0]):02d}"
    b = _dated(second, "b.txt", 2, day)
    assert bool([k for k in found([a, b]) if k[0] == "date"]) is conflict


def test_a_meeting_planned_and_set_for_two_days_conflicts() -> None:
    # «запланировано» and «назначено» set one day for one meeting
    a = _dated("Следующее заседание совета директоров запланировано на 18 октября.", "a.txt", 1,
               "2024-10-18")
    b = _dated("Следующее заседание совета директоров назначено на 19 октября.", "b.txt", 2,
               "2024-10-19")
    assert [k for k, _v in found([a, b])] == ["date"]


# ---------------------------------------------------------------- round 22


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Связь с бортом пропала около 13:00 по местному времени.",
         "Связь с самолетом прервалась около 14:00 по местному времени.", True),
        ("Вертолет перестал выходить на связь в 10:15.",
         "Вертолет пропал с радаров около 12:30.", True),
        # one moment in two zones: a region's own time is local
        ("Связь с бортом пропала около 13:00 по местному времени.",
         "Связь с бортом была потеряна около 07:00 мск.", False),
        ("Связь с вертолетом пропала в 14:20 по якутскому времени.",
         "Связь с вертолетом пропала в 08:20 по Москве.", False),
        # hours that meet
        ("Связь с бортом пропала около 13:00.", "Связь с бортом прервалась в 13:30.", False),
    ],
)
def test_the_hour_contact_was_lost(first: str, second: str, conflict: bool) -> None:
    """The second report came out the next day and names no day: its hour is compared
    with the hour of the first."""
    a = in_story(first, "a.txt", 1, published="2025-07-24")
    b = in_story(second, "b.txt", 2, published="2025-07-25")
    assert [k for k, _v in found([a, b])] == (["date"] if conflict else [])


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # the main version against a cause a source does not rule out
        ("Основной версией рассматривается ошибка экипажа при заходе на посадку в условиях "
         "плохой видимости.",
         "Собеседник агентства не исключил, что причиной катастрофы стал технический отказ.",
         True),
        ("Основной версией остается ошибка экипажа.",
         "По его словам, причиной катастрофы могла стать техническая неисправность.", True),
        # a possibility disputes only the main version, not a cause told as fact
        ("Причиной катастрофы стала ошибка экипажа.",
         "По его словам, причиной катастрофы могла стать техническая неисправность.", False),
        # two versions, neither told as the cause, dispute nothing
        ("По одной из версий, причиной катастрофы могла стать ошибка экипажа.",
         "Собеседник агентства не исключил, что причиной катастрофы стал технический отказ.",
         False),
        # a version of the first hours, since overtaken
        ("Причиной катастрофы стала ошибка экипажа.",
         "В первые часы после катастрофы сообщалось, что причиной могло стать столкновение с "
         "птицами.", False),
    ],
)
def test_a_version_against_the_cause(first: str, second: str, conflict: bool) -> None:
    assert kinds(first, second) == (["statement"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Машина сошла с конвейера в 1979 году, ей было 46 лет.", True),
        ("Это самолет 1979 года выпуска.", True),
        ("Самолет был выпущен в 1976 году на заводе в Улан-Удэ.", False),
        # a report that tells two years tells of two things
        ("Первый танкер построен в 1969 году, второй построен в 1973 году.", False),
        # a person released is nothing made
        ("Командир экипажа был выпущен на свободу в 2019 году.", False),
        # an age is a year counted back from the report's (2024): 15 years is 2009
        ("По словам перевозчика, самолету всего 15 лет.", True),
        ("Самолету 48 лет, он прошел капитальный ремонт.", False),
        # (a year either side: 47 years in 2024 may be a plane of 1976)
        ("Самолету 47 лет.", False),
        # an age of a person is no thing's
        ("Командиру экипажа 15 лет назад выдали лицензию.", False),
    ],
)
def test_the_year_a_machine_was_made(second: str, conflict: bool) -> None:
    a = in_story("Разбившийся Ан-24 был выпущен в 1976 году.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == (["date"] if conflict else [])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("По данным газеты, разрешение на ввод арены в эксплуатацию выдано лишь в декабре "
         "2019 года.", True),
        ("Арена была введена в строй в 2017 году.", False),
        # the year it was built is another year of it
        ("Арена построена в 2016 году.", False),
    ],
)
def test_the_year_a_building_was_put_into_service(second: str, conflict: bool) -> None:
    a = in_story("По данным мэрии, арена введена в эксплуатацию в 2017 году.", "a.txt", 1)
    b = in_story(second, "b.txt", 2)
    assert [k for k, _v in found([a, b])] == (["date"] if conflict else [])


@pytest.mark.parametrize(
    ("registry", "airline", "conflict"),
    [
        # one report relaying two sources' years: a dispute, the other report takes a side
        ("Росавиация", "Олег Сафонов", True),
        # two years in one voice are two things
        (None, None, False),
        ("Олег Сафонов", "Олег Сафонов", False),
    ],
)
def test_a_report_relaying_two_years_of_making(registry: str | None, airline: str | None,
                                               conflict: bool) -> None:
    a = in_story("Перевозчик утверждает, что самолет выпущен в 2011 году.", "a.txt", 1)
    b1 = in_story("Самолет построен в 1991 году.", "b.txt", 2, speaker=registry)
    b2 = in_story("Это машина 2011 года выпуска.", "b.txt", 2, speaker=airline)
    b1 = replace(b1, id=b2.id + 1000)
    got = [(k, v) for k, v in found([a, b1, b2]) if k == "date"]
    assert got == ([("date", ("1991", "2011"))] if conflict else [])


# ---------------------------------------------------------------- the hour of a report

# (first text, its report's hour; second text, its report's hour; the values in conflict)
# Two reports of one day are ordered by the hour their date lines print, or the hour a
# count is told as of («на 14:00»): a toll only grows, so a later report with fewer
# disputes an earlier one, and an earlier report with fewer tells of the rise.
_HOURLY_TOLLS = [
    # a later report with fewer: a dispute
    ("В результате взрыва погибли 35 человек.", "11:52",
     "В результате взрыва погибли 33 человека.", "14:07", ("33", "35")),
    # an earlier report with fewer: the toll rose through the night
    ("В результате взрыва погибли 12 человек.", "00:47",
     "В результате взрыва погибли 35 человек.", "11:52", ()),
    # the hour a count is told as of comes before the report's own
    ("В результате взрыва погибли 35 человек.", "11:52",
     "На 14:00 жертвами взрыва стали 33 человека.", None, ("33", "35")),
    ("По состоянию на 09:00 погибли 12 человек.", "14:07",
     "В результате взрыва погибли 35 человек.", "11:52", ()),
    ("На 09:00 погибли 12 человек.", "14:07",
     "В результате взрыва погибли 35 человек.", "11:52", ()),
    ("По состоянию на 09:00 погибли 12 человек.", None,
     "В результате взрыва погибли 35 человек.", "11:52", ()),
    # an update is the news of its hour: disputed only by a later report with fewer
    ("Число погибших при взрыве выросло до 35.", "11:52",
     "В результате взрыва погибли 33 человека.", "14:07", ("33", "35")),
    ("Число погибших при взрыве выросло до 35.", "11:52",
     "В результате взрыва погибли 33 человека.", "09:05", ()),
    # with no hour on one side, a day holds any hour of itself: compared as before
    ("В результате взрыва погибли 35 человек.", None,
     "В результате взрыва погибли 33 человека.", "14:07", ("33", "35")),
]


@pytest.mark.parametrize(("first", "hour_a", "second", "hour_b", "values"), _HOURLY_TOLLS)
def test_tolls_of_one_day_ordered_by_the_hour(first: str, hour_a: str | None, second: str,
                                              hour_b: str | None,
                                              values: tuple[str, ...]) -> None:
    def toll(text: str, doc: str, doc_id: int, hour: str | None) -> StoredClaim:
        n = re.search(r"\d+ человек\w*|до \d+", text)
        assert n is not None
        value = int(re.sub(r"\D", "", n.group(0)))
        sc = in_story(text, doc, doc_id, published="2024-11-18",
                      counts=((n.group(0).removeprefix("до "), value, "человек"),))
        return replace(sc, published_time=hour)

    got = found([toll(first, "a.txt", 1, hour_a), toll(second, "b.txt", 2, hour_b)])
    assert got == ([("count", values)] if values else [])


# ---------------------------------------------------------------- cut off by a collapse


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # miners, workers and hands of one accident are one group
        ("Под землей заблокированы 13 горняков.", "Связь потеряна с 12 работниками рудника.",
         ("12", "13")),
        ("Под завалом остались 13 шахтеров.", "Связь утрачена с 12 рабочими шахты.",
         ("12", "13")),
        ("Под землей заблокированы 13 горняков.", "Под завалом остались 13 шахтеров.", ()),
        # those underground when it happened are more than those cut off
        ("Под землей заблокированы 13 горняков.",
         "В момент обрушения под землей находились 112 горняков.", ()),
        # cut off, or in the zone of the collapse, told of workers or of people
        ("Отрезанными от ствола остались 13 шахтеров.", "Под завалом оказались 15 человек.",
         ("13", "15")),
        ("В зоне обвала находились 13 рабочих.", "Под землей заблокированы 15 горняков.",
         ("13", "15")),
    ],
)
def test_how_many_a_collapse_cut_off(first: str, second: str, values: tuple[str, ...]) -> None:
    lemma = {"горняков": "горняк", "работниками": "работник", "шахтеров": "шахтер",
             "рабочими": "рабочий", "человек": "человек", "рабочих": "рабочий"}

    def cut_off(text: str, doc: str, n: int) -> StoredClaim:
        m = re.search(r"(\d+) (\w+)", text)
        assert m is not None
        return in_story(text, doc, n, published="2024-03-18",
                        counts=((m.group(0), int(m.group(1)), lemma[m.group(2)]),))

    got = found([cut_off(first, "a.txt", 1), cut_off(second, "b.txt", 2)])
    assert got == ([("count", values)] if values else [])


# ---------------------------------------------------------------- the day of a status


def test_a_status_dated_only_by_a_participles_phrase_holds_when_told() -> None:
    """«Дуров, задержанный в субботу, вышел на свободу»: Saturday dates the detention;
    the release holds on the day the words were said."""
    text = "Основатель мессенджера Иван Петров, задержанный в субботу, вышел на свободу."
    base = claim(text, people=(("Иван Петров", "Иван Петров"),),
                 dates=(("в субботу", "day", "2024-08-24", "2024-08-24"),),
                 statuses=(("вышел на свободу", "released", "Иван Петров"),))
    sc = replace(base, claim=replace(base.claim, said_on="2024-08-28"))
    assert [(n, st, d) for n, st, d, _v in conflicts.read_facts(sc).statuses] == \
        [("Иван Петров", "released", "2024-08-28")]


def test_a_side_gathers_only_claims_that_dispute_the_other_side() -> None:
    """35 dead at 11:52 against 33 at 14:00 the same day: reports of the next day that
    repeat the 35 tell the toll's rise past the 33, no rival of it; they do not crowd
    the report that disputes it off its side (where claims telling one count only are
    preferred as evidence)."""
    def toll(text: str, doc: str, n: int, day: str, hour: str | None,
             counts: tuple[tuple[str, int, str], ...]) -> StoredClaim:
        return replace(in_story(text, doc, n, published=day, counts=counts),
                       published_time=hour)

    first = toll("По уточненным данным, погибли 35 человек, в том числе трое детей.", "a.txt",
                 1, "2024-08-15", "11:52", (("35 человек", 35, "человек"),
                                            ("трое детей", 3, "ребенок")))
    rival = toll("На 14:00 жертвами взрыва стали 33 человека.", "b.txt", 2, "2024-08-15",
                 "14:07", (("33 человека", 33, "человек"),))
    later = [toll(t, "c.txt", 3, "2024-08-16", None, (("35 человек", 35, "человек"),))
             for t in ("Что известно о взрыве, где погибли 35 человек.",
                       "Погибли 35 человек, среди них трое детей.")]
    got = [k for k in conflicts.find_conflicts([first, rival, *later]) if k.kind == "count"]
    assert len(got) == 1
    assert {s.claim_id for s in got[0].sides if s.value == "35"} == {first.id}


@pytest.mark.parametrize(
    ("text", "counts", "frames"),
    [
        # a fate unknown frames only the count it holds, not the dead told before it
        ("Погибли 11 шахтеров, местонахождение еще восьми горняков устанавливается.",
         (("11 шахтеров", 11, "шахтер"), ("восьми горняков", 8, "горняк")),
         [("dead", 11), ("missing", 8)]),
        ("Взрыв на шахте: 11 погибших, судьба восьми горняков неизвестна.",
         (("11 погибших", 11, "погибший"), ("восьми горняков", 8, "горняк")),
         [("dead", 11), ("missing", 8)]),
    ],
)
def test_a_fate_unknown_is_no_death(text: str, counts: tuple[tuple[str, int, str], ...],
                                    frames: list[tuple[str, int]]) -> None:
    got = conflicts.read_facts(claim(text, counts=counts)).counts
    assert [(frame, n) for frame, _cls, n, _v in got] == frames


# ---------------------------------------------------------------- a ship's crew, the rescued


def _framed(text: str) -> list[tuple[str, str, int]]:
    """(frame, class, value) of the counts a claim states, the extraction's counts placed."""
    from factdb.extract.facts import find_counts

    counts = tuple((n.text, n.value, n.noun) for n in find_counts(text, 0))
    return [(fr, cls, n) for fr, cls, n, _v in conflicts.read_facts(
        claim(text, counts=counts)).counts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counted noun's complement («экипажа») is no predicate: the verb after it is
        ("По данным посольства, 14 членов экипажа спасены.", ("survived", "экипаж", 14)),
        ("Двое членов экипажа пропали без вести.", ("missing", "экипаж", 2)),
        # members of a crew, sailors and seamen are one class
        ("Судьба одного моряка до сих пор неизвестна.", ("missing", "экипаж", 1)),
        # taken out of the water is rescued, not aboard
        ("Спасателям удалось поднять на борт 15 человек.", ("survived", "люди", 15)),
        # «из 16 членов экипажа» is the whole crew
        ("Из 16 членов экипажа спасти удалось 14 человек.", ("aboard", "экипаж", 16)),
        ("Из 16 членов экипажа спасти удалось 14 человек.", ("survived", "люди", 14)),
        # led out of a building is evacuated
        ("Всего, по ее словам, вывели около 90 человек.", ("evacuated", "люди", 90)),
        # a crew told as made of so many people is the crew's size
        ("Экипаж сейнера, по словам капитана порта, состоит из 19 человек.",
         ("aboard", "экипаж", 19)),
        ("В экипаже 19 человек, все живы.", ("aboard", "экипаж", 19)),
        ("Экипаж судна насчитывает около 30 человек.", ("aboard", "экипаж", 30)),

    ],
)
def test_the_crew_and_the_rescued(text: str, expected: tuple[str, str, int]) -> None:
    assert expected in _framed(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Голодовку в здании заводоуправления держат уже 17 человек.",
         ("hunger_strike", "люди", 17)),
        ("От приема пищи отказываются шесть рабочих.", ("hunger_strike", "люди", 6)),
        ("К вечеру голодают 17 человек.", ("hunger_strike", "люди", 17)),
        # those on strike, whatever noun counts them
        ("По данным мэрии, в забастовке участвуют около 700 работников.",
         ("on_strike", "люди", 700)),
        ("К забастовке присоединились две тысячи сотрудников.", ("on_strike", "люди", 2000)),
    ],
)
def test_those_on_strike_and_on_hunger_strike(text: str, expected: tuple[str, str, int]) -> None:
    assert expected in _framed(text)


def test_two_counts_of_one_strike_conflict() -> None:
    a = in_story("По данным мэрии, в забастовке участвуют около 700 работников.", "a.txt", 1,
                 counts=(("700 работников", 700, "работник"),))
    b = in_story("По подсчетам стачкома, к забастовке присоединились две тысячи человек.",
                 "b.txt", 2, counts=(("две тысячи человек", 2000, "человек"),))
    assert ("count", ("2000", "700")) in found([a, b])


def test_a_figure_denied_after_a_not_is_no_count() -> None:
    """«Погибших девять, а не семь»: the participle heads its number with no link, and the
    figure the speaker denies is not read."""
    assert _framed("«Погибших девять, а не семь», — говорит волонтер.") == [("dead", "люди", 9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Оператор повышает стоимость ряда тарифных планов в среднем на 12%.", [1200]),
        ("По информации ведомства, стоимость пакетов вырастет в среднем на двенадцать "
         "процентов.", [1200]),
        ("С 1 декабря абонентам придется платить за связь примерно на 12 процентов больше.",
         [1200]),
        ("Тарифы на проезд проиндексируют на 9,5% с 1 января.", [950]),
        # a bound on some of the prices is not the rise
        ("Тарифы в среднем вырастут на 15%, а на архивных планах — до 18%.", [1500]),
        # a company's results, wages or a rate are no price
        ("Выручка компании выросла на 7,1% год к году.", []),
        ("Зарплаты на заводе вырастут на 10%, а цены в столовой останутся прежними.", []),
        ("Банк повысил ставку по вкладам на 2 процентных пункта.", []),
        # a city's name is no rise: «Ростове» is not «росте»
        ("В Ростове тарифы на проезд на 5% выше, чем в соседнем городе.", []),
    ],
)
def test_a_price_rise_in_percent(text: str, expected: list[int]) -> None:
    assert [n for fr, _c, n in _framed(text) if fr == "price_rise"] == expected


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        # the average rise told by two reports: one figure per story
        ("По подсчетам газеты, тарифы оператора в среднем вырастут на 15%.", True),
        ("По подсчетам газеты, тарифы оператора в среднем вырастут на 12%.", False),
        # «примерно на 12» holds 12, not 15
        ("По подсчетам газеты, платить придется примерно на 12 процентов больше.", False),
    ],
)
def test_two_reports_of_one_price_rise(second: str, conflict: bool) -> None:
    a = in_story("По данным ведомства, оператор повышает стоимость тарифов в среднем на 12%.",
                 "a.txt", 1)
    got = found([a, in_story(second, "b.txt", 2)])
    assert bool([k for k, _v in got if k == "count"]) is conflict


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        # a guest's cigarette against a short circuit: one fire, two causes
        ("Источник сообщил, что пожар начался из-за непотушенной сигареты в одном из "
         "номеров.", True),
        ("По версии дознавателей, один из постояльцев курил в постели.", False),  # no cause word
        # a short circuit in other words is one cause
        ("Основная версия следствия — неисправность электропроводки в сауне.", False),
    ],
)
def test_a_cigarette_against_a_short_circuit(second: str, conflict: bool) -> None:
    a = in_story("Основная версия пожара — короткое замыкание электропроводки в сауне.",
                 "a.txt", 1)
    got = found([a, in_story(second, "b.txt", 2)])
    assert bool([k for k, _v in got if k == "statement"]) is conflict


def test_a_distance_does_not_make_a_sinking_a_toll() -> None:
    """Two reports dating one sinking a day apart conflict, though each tells how far from
    the shore it was («в 60 милях»): a distance counts nothing that changes."""
    a = in_story("Сухогруз затонул утром 24 декабря в море примерно в 60 милях от берега.",
                 "a.txt", 1, published="2024-12-25",
                 dates=(("24 декабря", "day", "2024-12-24", "2024-12-24"),),
                 counts=(("60 милях", 60, "миля"),))
    b = in_story("Сухогруз затонул в море вечером 23 декабря, примерно в 57 милях от берега.",
                 "b.txt", 2, published="2024-12-25",
                 dates=(("23 декабря", "day", "2024-12-23", "2024-12-23"),),
                 counts=(("57 милях", 57, "миля"),))
    assert [k for k in found([a, b]) if k[0] == "date"]


def test_a_vague_count_holding_a_precise_one_takes_no_side() -> None:
    """«более 140» holds 143: set against «около 90» it would stand on a side of its own,
    against the number it agrees with. The dispute is 143 against about 90."""
    a = in_story("Из здания эвакуированы 143 человека.", "a.txt", 1,
                 counts=(("143 человека", 143, "человек"),))
    b = in_story("Спасатели эвакуировали более 140 человек.", "b.txt", 2,
                 counts=(("140 человек", 140, "человек"),))
    c = in_story("По словам администратора, эвакуировали около 90 человек.", "c.txt", 3,
                 counts=(("90 человек", 90, "человек"),))
    got = [k for k in found([a, b, c]) if k[0] == "count"]
    assert got == [("count", ("143", "90"))]


@pytest.mark.parametrize(
    ("published", "conflict"),
    [
        # the missing are found day by day: eight on the first day, one two days later
        ("2026-03-16", False),
        # the same day: two accounts of one list
        ("2026-03-14", True),
    ],
)
def test_the_missing_of_two_days(published: str, conflict: bool) -> None:
    a = in_story("Судьба восьми горняков остается неизвестной.", "a.txt", 1,
                 published="2026-03-14")
    b = in_story("По данным штаба, один горняк считается пропавшим без вести.", "b.txt", 2,
                 published=published)
    assert bool([k for k in found([a, b]) if k[0] == "count"]) is conflict


# ---------------------------------------------------------------- none held or hurt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle before «нет» is the counted word
        ("По словам источника, задержанных по делу нет.", [("custody", "люди", 0)]),
        ("Погибших нет, сообщили в МЧС.", [("dead", "люди", 0)]),
        # nobody of a group: the group's noun is what is counted
        ("Никто из участников нападения пока не задержан.", [("custody", "люди", 0)]),
        ("Никто из пассажиров автобуса не пострадал.", [("injured", "пассажир", 0)]),
        ("В результате аварии никто не пострадал.", [("injured", "люди", 0)]),
        # (the case is the story's: «по делу» stands for no group)
        ("Адвокат утверждает, что никто по этому делу пока не задержан.",
         [("custody", "люди", 0)]),
        # no news of them, or a list of them, is no none
        ("Данных о задержанных пока нет.", []),
        ("Списков погибших у ведомства нет.", []),
        # what stands between «никто» and the verb is no group
        ("Никто в городе не пострадал.", []),
        # one person nobody held: the verb takes an object
        ("Петрова, по словам представителя компании, никто не задерживал.", []),
    ],
)
def test_none_held_or_hurt_is_a_count_of_none(text: str,
                                               expected: list[tuple[str, str, int]]) -> None:
    assert [x for x in _framed(text) if x[2] == 0] == expected


def _counted(text: str, doc: str, doc_id: int, day: str) -> StoredClaim:
    from factdb.extract.facts import find_counts

    m = re.search(r"\d+ ноября", text)
    dates = ((m.group(), "day", day, day),) if m else ()
    counts = tuple((n.text, n.value, n.noun) for n in find_counts(text, 0))
    return in_story(text, doc, doc_id, dates=dates, counts=counts, published=day)


@pytest.mark.parametrize(
    ("none", "day", "conflict"),
    [
        ("По состоянию на 12 ноября никто из участников налета не задержан.", "2025-11-12",
         True),
        ("Формально задержанных по делу нет, утверждает источник.", "2025-11-12", True),
        # none told the next day: never compared (it may tell of those let go since)
        ("Формально задержанных по делу нет, утверждает источник.", "2025-11-13", False),
        # none held the day before: the detentions came after
        ("По состоянию на 11 ноября никто из участников налета не задержан.", "2025-11-11",
         False),
        # none told of a named place against a count told of none
        ("В Заречном 12 ноября никто из участников налета не задержан.", "2025-11-12", False),
    ],
)
def test_none_held_against_a_count_of_those_held(none: str, day: str, conflict: bool) -> None:
    """A nobody's zero is told of the whole story: it denies a count of those held on its
    day or before, not one told later."""
    a = _counted("12 ноября по подозрению в нападении задержаны двое жителей области.",
                 "a.txt", 1, "2025-11-12")
    b = _counted(none, "b.txt", 2, day)
    if "Заречном" in none:
        b = replace(b, claim=replace(b.claim, entities=(
            Entity(b.claim.start, b.claim.start + 1, "В", "Заречное", "LOC"),)))
    got = [v for k, v in found([a, b]) if k == "count"]
    assert (got == [("0", "2")]) == conflict, got


def test_none_in_a_report_beside_its_own_count_is_a_part() -> None:
    """«погибших и пострадавших на Северных Курилах нет» and «всего обратились пять
    человек» in one report tell of two groups."""
    a = _counted("12 ноября в больницы обратились пять человек.", "a.txt", 1, "2025-11-12")
    b = _counted("12 ноября, по его словам, пострадавших нет.", "a.txt", 1, "2025-11-12")
    assert found([a, b]) == []


def test_a_title_the_same_report_gives_one_person_is_that_person() -> None:
    """«задержали министра 18 ноября» in a report naming «Министр здравоохранения Олег
    Сомов» is Сомов's detention, though another report of the story calls an acting
    minister so too."""
    somov = (("Олег Сомов", "Олег Сомов"),)
    day = "2025-11-19"
    a1 = in_story("Министр здравоохранения Олег Сомов провел совещание в понедельник.",
                  "a.txt", 1, people=somov, published=day)
    a2 = in_story("Силовики задержали министра 18 ноября.", "a.txt", 1, start=200,
                  published=day, dates=(("18 ноября", "day", "2025-11-18", "2025-11-18"),),
                  statuses=(("задержали", "detained", "министр"),))
    b1 = in_story("Олег Сомов был задержан 16 ноября.", "b.txt", 2, people=somov,
                  published=day, dates=(("16 ноября", "day", "2025-11-16", "2025-11-16"),))
    b2 = in_story("Исполнять обязанности министра будет первый заместитель Анна Лебедева.", "b.txt",
                  2, start=200, people=(("Анна Лебедева", "Анна Лебедева"),), published=day)
    got = [k for k in conflicts.find_conflicts([a1, a2, b1, b2]) if k.kind == "date"]
    assert [sorted(s.value for s in k.sides) for k in got] == [["2025-11-16", "2025-11-18"]]


# ---------------------------------------------------------------- a supply brought back

_MONTHS = {"января": 1, "марта": 3, "октября": 10, "ноября": 11}


def _restored(text: str, doc: str, n: int, published: str | None = None) -> StoredClaim:
    """A claim of one story, its days read off the text («15 января»), told the
    day after the last of them."""
    days = [date(2026, _MONTHS[m.group(2)], int(m.group(1))) for m in
            re.finditer(r"(\d{1,2}) (" + "|".join(_MONTHS) + ")", text)]
    dates = tuple((f"{d.day} {next(k for k, v in _MONTHS.items() if v == d.month)}", "day",
                   d.isoformat(), d.isoformat()) for d in days)
    told = published or (max(days) + timedelta(days=1)).isoformat()
    return in_story(text, doc, n, dates=dates, published=told)


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a full restoration, and homes told back later
        ("Электроснабжение в полном объеме восстановлено вечером 12 марта.",
         "Жители рассказали, что свет у них появился только утром 14 марта.", True),
        # («запитан»: power fed again)
        ("Электросети поселка полностью запитаны 12 марта.",
         "Электричество в дома вернули лишь к вечеру 14 марта, говорят жители.", True),
        ("Подача тепла во все дома восстановлена 18 ноября.",
         "Батареи в домах оставались ледяными до утра 20 ноября.", True),
        # one restoration told by two reports at two times
        ("Движение поездов на перегоне восстановлено 5 марта.",
         "Движение на участке восстановили 6 марта.", True),
        ("Работу систем удалось вернуть 17 ноября.",
         "Полностью восстановить регистрацию удалось лишь 19 ноября.", True),
        # «следующего дня» after the day named
        ("Трассу перекрыли 17 ноября, а возобновили движение лишь вечером следующего дня.",
         "Движение по трассе полностью восстановлено утром 18 ноября.", True),
        # a share of the homes back first, the rest later: a change over time
        ("Электроснабжение восстановлено для 50 тысяч жителей 12 марта.",
         "Электроснабжение полностью восстановлено 13 марта.", False),
        ("Движение по одному пути возобновили 5 марта.",
         "Движение на перегоне полностью восстановлено 6 марта.", False),
        # a plan is no restoration
        ("Отопление будет восстановлено 20 ноября.",
         "Отопление полностью восстановлено 18 ноября.", False),
        # the same time told two ways
        ("Движение восстановлено вечером 13 октября.",
         "Движение поездов возобновили около 22:40 13 октября.", False),
        # power and water are two supplies
        ("Электроснабжение полностью восстановлено 15 января.",
         "Подачу воды восстановили лишь 17 января.", False),
    ],
)
def test_a_supply_told_back_at_two_times(first: str, second: str, conflict: bool) -> None:
    got = found([_restored(first, "a.txt", 1), _restored(second, "b.txt", 2)])
    assert [k for k, _v in got] == (["date"] if conflict else [])


def test_one_report_telling_two_times_of_a_restoration_says_which_was_late() -> None:
    a = _restored("Движение на перегоне восстановлено 5 марта.", "a.txt", 1)
    b = _restored("Движение на перегоне восстановлено 7 марта.", "a.txt", 1)
    assert found([a, b]) == []
    b = _restored("Движение на перегоне, по словам жителей, возобновили лишь 7 марта.",
                  "a.txt", 1)
    assert [k for k, _v in found([a, b])] == ["date"]


@pytest.mark.parametrize(("second", "conflict"), [
    ("Движение на перегоне возобновилось лишь около 19:00.", True),
    ("Движение на перегоне возобновили около 15:30.", False),  # hours that meet
])
def test_restorations_that_name_no_day_are_compared_by_their_hours(second: str,
                                                                   conflict: bool) -> None:
    a = _restored("Движение на перегоне восстановили в 15:10.", "a.txt", 1,
                  published="2026-04-14")
    b = _restored(second, "b.txt", 2, published="2026-04-14")
    assert [k for k, _v in found([a, b])] == (["date"] if conflict else [])


# ---------------------------------------------------------------- a group, the found alive, a flood


def _one_count(text: str, doc: str, n: int, noun: str, published: str = "2026-05-17"
             ) -> StoredClaim:
    """A claim with one count: the first number (digits or a word in `_WORDS`) and the
    word after it, counted as `noun`."""
    m = re.search(r"(?<![\d:])(\d+|" + "|".join(_WORDS) + r") (?:[а-яё]+ )?[а-яё]+", text, re.I)
    assert m is not None
    value = int(m.group(1)) if m.group(1).isdigit() else _WORDS[m.group(1).lower()]
    return in_story(text, doc, n, published=published, counts=((m.group(0), value, noun),))


_WORDS = {"двенадцати": 12, "десять": 10, "девять": 9, "семь": 7, "девятерых": 9, "семерых": 7}


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # how many went together, told by a group or by where they went
        ("В группе было 12 человек, включая инструктора.",
         "Координатор уверен: в группе было десять человек.", ("10", "12")),
        ("Группа из двенадцати человек вышла в поход в начале сентября.",
         "По данным компании, в поход отправились десять человек.", ("10", "12")),
        # found alive are the survivors, whatever word follows the count
        ("Спасатели нашли живыми девять участников пропавшей группы.",
         "Живыми из гор вывели семь человек.", ("7", "9")),
        # a group of people asked about and the group that went are not one count
        ("В группе было 12 человек.", "В поисках участвуют 200 человек.", ()),
        # cars off the rails, told by two phrases
        ("Источник сообщил, что с путей сошли 14 вагонов.",
         "На перегоне произошел сход 11 вагонов грузового поезда.", ("11", "14")),
    ],
)
def test_a_group_and_those_found_alive(first: str, second: str, values: tuple[str, ...]) -> None:
    got = found([_one_count(first, "a.txt", 1, "человек"),
                 _one_count(second, "b.txt", 2, "человек")])
    assert got == ([("count", values)] if values else [])


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # houses under water, told by a participle, a phrase or the participle before them
        ("По состоянию на 18:00 подтоплено 127 жилых домов.",
         "Глава округа написал, что вода зашла в 214 жилых домов.", ("127", "214")),
        ("МЧС по-прежнему называет цифру 127 подтопленных домов.",
         "По его подсчетам, под водой оказались 214 домов.", ("127", "214")),
        # a place told as one part of the whole
        ("По данным МЧС, вода зашла в 214 жилых домов.",
         "Только в Верхних Липках, по данным администрации, подтоплены 97 домов.", ()),
    ],
)
def test_houses_flooded(first: str, second: str, values: tuple[str, ...]) -> None:
    a = _one_count(first, "a.txt", 1, "дом", published="2026-05-18")
    b = _one_count(second, "b.txt", 2, "дом", published="2026-05-18")
    assert found([a, b]) == ([("count", values)] if values else [])


def test_houses_flooded_grow_through_the_day() -> None:
    a = _one_count("По состоянию на 07:00 подтоплены не менее 40 жилых домов.", "a.txt", 1, "дом",
                 published="2026-05-16")
    b = _one_count("По состоянию на 18:00 подтоплено 127 жилых домов.", "b.txt", 2, "дом",
                 published="2026-05-16")
    assert found([a, b]) == []


# ---------------------------------------------------------------- the day an event happened


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Пожар на подстанции начался в ночь на 14 января.",
         "В ночь на 13 января на подстанции вспыхнул пожар.", True),
        ("Последний раз группа выходила на связь вечером 9 ноября.",
         "Последний сеанс связи с группой состоялся 8 ноября.", True),
        ("Двое неизвестных напали на журналиста вечером 3 марта.",
         "На корреспондента напали вечером 2 марта.", True),
        # a night runs from the evening before
        ("Пожар начался в ночь на 14 января.", "Возгорание произошло поздно вечером 13 января.",
         False),
        # the end of an event is not its start; a second event is its own
        ("Пожар вспыхнул 13 января.", "Пожар ликвидирован 15 января.", False),
        ("Пожар вспыхнул 13 января.", "Повторное возгорание произошло 15 января.", False),
        # one day told two ways
        ("Взрыв прогремел утром 10 марта.", "Взрыв произошел 10 марта.", False),
        # an outbreak's first cases
        ("Первые случаи заболевания в интернате зарегистрированы вечером 6 марта.",
         "По словам родителей, первые дети заболели еще 4 марта.", True),
        ("Первые случаи отравления выявлены 6 марта.",
         "Официально первые случаи зарегистрированы вечером в понедельник, 6 марта.", False),
        ("Первые случаи заболевания зарегистрированы 6 марта.",
         "В первом случае речь шла о ротавирусе, выявленном 4 марта.", False),
        # the first ill told by their own word; someone ill before them disputes the day,
        # someone ill after them is one more case
        ("Первые заболевшие среди отдыхающих появились 6 марта.",
         "Моя дочь заболела 3 марта, рассказала одна из матерей.", True),
        ("Первые обращения к врачам санаторий зафиксировал 6 марта.",
         "Мы вызвали врача, когда у дочери поднялась температура 4 марта.", True),
        ("Первые заболевшие среди отдыхающих появились 6 марта.",
         "Муж заболел 8 марта, уже после выписки соседей.", False),
        ("Муж заболел 8 марта.", "Свекровь заболела 5 марта.", False),
        # a shortage's first day; a weekday after the day is that day told again
        ("По данным минпромэнерго, перебои начались в пятницу, 13 марта.",
         "По словам водителей, первые АЗС без бензина появились еще 9 марта, в понедельник.",
         True),
        ("По данным минпромэнерго, перебои начались в пятницу, 13 марта.",
         "Первые перебои с бензином на заправках были зафиксированы 13 марта.", False),
    ],
)
def test_the_day_one_event_happened(first: str, second: str, conflict: bool) -> None:
    # («в ночь на 14 января» is dated the 14th, as the extraction dates it)
    got = found([_restored(first, "a.txt", 1), _restored(second, "b.txt", 2)])
    assert ("date" in [k for k, _v in got]) == conflict



def test_one_named_among_the_dead_vs_alive() -> None:
    a = _said_on(in_story("Среди погибших — водитель маршрутки Олег Петров, его тело опознали "
                          "родственники.", "a.txt", 1, people=(("Олег Петров", "Олег Петров"),)),
                 "2024-11-15")
    b = _said_on(in_story("Водитель Олег Петров находится в реанимации.", "b.txt", 2,
                          people=(("Олег Петров", "Олег Петров"),)), "2024-11-16")
    assert [k for k, _v in found([a, b])] == ["statement"]


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a fire's containment and its end are two hours of two stages
        ("По данным спасателей, локализовать пожар удалось в 08:50 14 октября.",
         "Пожар на складе ликвидирован в 11:20 14 октября.", False),
        # two ends of one fire
        # (the second names no day: its hour is compared, whichever day it fell on)
        ("Пожар на складе ликвидирован в 11:20 14 октября.",
         "«Последние очаги пожара потушили уже после полуночи», — сказал пожарный.", True),
    ],
)
def test_the_hours_of_a_fires_stages(first: str, second: str, conflict: bool) -> None:
    got = found([_restored(first, "a.txt", 1), _restored(second, "b.txt", 2,
                                                           published="2026-10-15")])
    assert ("date" in [k for k, _v in got]) == conflict


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # cars told as «автомобили» and «машины», buried by a landslide
        ("Под завалом оказались четыре автомобиля.",
         "Жители пишут о семи машинах, накрытых грунтом.", ("4", "7")),
        # a part of the whole is no rival count
        ("Под оползнем оказались четыре машины.",
         "Два автомобиля из четырех, накрытых оползнем, сбросило в реку.", ()),
    ],
)
def test_cars_buried_by_a_landslide(first: str, second: str, values: tuple[str, ...]) -> None:
    def cars(text: str, doc: str, n: int) -> StoredClaim:
        from factdb.extract.facts import find_counts

        counts = tuple((c.text, c.value, c.noun) for c in find_counts(text, 0))
        return in_story(text, doc, n, counts=counts, published="2026-09-23")

    assert found([cars(first, "a.txt", 1), cars(second, "b.txt", 2)]) == (
        [("count", values)] if values else [])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a fire knocked down is no aircraft shot down; «статистика» is no flock of birds
        ("Огонь успел распространиться на 2,5 тыс. кв. м, прежде чем пожар удалось сбить.", None),
        ("Двое рабочих, отравившихся дымом при пожаре, не попали в официальную статистику.",
         None),
        ("Причиной аварии стало то, что самолет попал в стаю птиц.", "природа"),
        # the power cut from outside, a part of the machine broken
        ("Причиной остановки стало отключение электроэнергии на подстанции.", "электропитание"),
        ("Дорога остановилась из-за поломки редуктора главного привода.", "техника"),
    ],
)
def test_causes_read_from_a_claim(text: str, kind: str | None) -> None:
    got = causes._cause(read_facts(in_story(text, "a.txt", 1)))
    assert (got[0] if got else None) == kind


# ---------------------------------------------------------------- parts of one day


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # those in hospital in the morning and by the evening of one day: two times
        ("По состоянию на утро 9 ноября в больницах находятся 27 детей.",
         "К вечеру 9 ноября в больницах находились 35 детей.", False),
        ("Утром 9 ноября в больницах находились 27 детей.",
         "9 ноября вечером в больницах оставались 35 детей.", False),
        # one part of the day, two numbers: a dispute
        ("По состоянию на утро 9 ноября в больницах находятся 27 детей.",
         "Утром 9 ноября в больницах лежали 44 ребенка.", True),
        # a part of the day on one side only: the day holds any hour of itself
        ("К вечеру 9 ноября в больницах находились 35 детей.",
         "9 ноября в больницах лежали 44 ребенка.", True),
    ],
)
def test_counts_in_hospital_at_two_parts_of_a_day(first: str, second: str,
                                                  conflict: bool) -> None:
    def told(text: str, doc: str, n: int) -> StoredClaim:
        count = re.search(r"\d+ (?:детей|ребенка)", text)
        assert count is not None
        return in_story(text, doc, n, published="2024-11-09",
                        dates=(("9 ноября", "day", "2024-11-09", "2024-11-09"),),
                        counts=((count.group(0), int(count.group(0).split()[0]), "ребенок"),))

    got = found([told(first, "a.txt", 1), told(second, "b.txt", 2)])
    assert [k for k, _v in got] == (["count"] if conflict else [])


def test_a_weekday_after_a_day_is_that_day_told_again() -> None:
    """«появились еще 9 марта, в понедельник» with the weekday read as another day: one day,
    the shortage's first, against «перебои начались 13 марта»."""
    a = _restored("По данным минпромэнерго, перебои начались 13 марта.", "a.txt", 1)
    text = "По словам водителей, первые АЗС без бензина появились еще 9 марта, в понедельник."
    b = in_story(text, "b.txt", 2, published="2026-03-17",
                 dates=(("9 марта", "day", "2026-03-09", "2026-03-09"),
                        ("в понедельник", "day", "2026-03-16", "2026-03-16")))
    assert "date" in [k for k, _v in found([a, b])]
