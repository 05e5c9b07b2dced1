"""Conflict rules of races, herds, breaches and purchases: where along a course an event
befell, how many ran, a death of heat against a heart, livestock culled by any noun, a
database's size in number words and under «число», whether a breach took place, the day
a paper passed from sender to addressee, a contract concluded as signed, what a buyer
bought, who signed a paper, the day a quarantine began; each with its look-alike.

Hand-built claims of one story (tests.test_conflict_rules_affairs._read) whose counts and
dates the extraction reads from their text.
"""

from __future__ import annotations

import pytest

from factdb.extract.facts import find_counts
from tests.test_conflict_rules import found, in_story
from tests.test_conflict_rules_affairs import _kinds, _read


@pytest.mark.parametrize(("second", "conflict"), [
    # another kilometre post of the one collapse or crash
    ("Лыжник потерял сознание на 41-м километре гонки, рассказали очевидцы.", True),
    ("Сошедший с дистанции лыжник упал на 33-м км гонки.", True),
    # the same post; a post merely named, with no event at it
    ("Лыжник потерял сознание на 27-м километре гонки.", False),
    ("Пункт питания стоял на 41-м километре гонки.", False),
    ("Лыжник упал в двух километрах от финиша.", False),
])
def test_the_kilometre_post_of_the_event(second: str, conflict: bool) -> None:
    first = "Лыжник потерял сознание на 27-м километре гонки, сообщили организаторы."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the field of a race told by those who started it or took part
    ("В гонке участвовали около 900 лыжников.", True),
    ("На старт гонки вышли 1200 человек.", False),
])
def test_how_many_ran(second: str, conflict: bool) -> None:
    first = "На старт гонки вышли 1200 лыжников, сообщили организаторы."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # heat against the heart
    ("По словам врачей, гонщик умер от теплового удара.", True),
    # the same account; a blow is no heat stroke's word
    ("Гонщик умер из-за остановки сердца.", False),
])
def test_a_death_of_heat_or_of_the_heart(second: str, conflict: bool) -> None:
    first = "Причиной смерти гонщика стала остановка сердца."
    assert ("statement" in _kinds(first, second)) is conflict


def test_a_heat_stroke_is_no_blow() -> None:
    """«тепловой удар» is heat, not violence: one cause, not two."""
    from factdb.conflicts.facts import read_facts

    facts = read_facts(_read("Причиной смерти стал тепловой удар.", "a.txt", 1))
    assert [kind for kind, _v in facts.causes] == ["перегрев"]


@pytest.mark.parametrize(("second", "conflict"), [
    # a herd counted by heads, by its kind or as animals, culled by fire
    ("На ферме сожгли 60 коров.", True),
    ("Ветеринары уничтожили 25 животных.", False),
    # a herd vaccinated is another count
    ("На ферме привили 600 голов скота.", False),
])
def test_livestock_culled(second: str, conflict: bool) -> None:
    first = "На ферме уничтожено 25 голов скота."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("text", "value", "noun"), [
    # a bare million opens a number; thousands after a million add on
    ("В базе нашли два миллиона четыреста тысяч строк.", 2_400_000, "строка"),
    ("Эксперты насчитали миллион триста тысяч записей.", 1_300_000, "запись"),
    ("Пострадали полтора миллиона абонентов.", 1_500_000, "абонент"),
    # the counted word told by «число» before its verb
    ("Число раненых превысило 30.", 30, "раненый"),
    ("Количество жалоб на сбой достигло 450.", 450, "жалоба"),
    ("По оценке банка, число затронутых счетов не превышает 12 тысяч.", 12_000, "счет"),
])
def test_numbers_the_extraction_reads(text: str, value: int, noun: str) -> None:
    assert [(c.value, c.noun) for c in find_counts(text, 0)] == [(value, noun)]


@pytest.mark.parametrize(("second", "conflict"), [
    # a dump's size told in words, in a base named with its words between, or under «число»
    ("Продавцы уверяют, что в украденной у банка базе около 900 тыс. строк.", True),
    ("По словам банка, число затронутых учетных записей составляет 40 тысяч.", True),
    # the same size; people asking about the leak are no count of it
    ("В выложенной базе два миллиона двести тысяч строк.", False),
    ("В банк по поводу утечки позвонили 400 человек.", False),
])
def test_the_size_of_one_dump(second: str, conflict: bool) -> None:
    first = "В выложенной хакерами базе банка 2,2 млн строк."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # another figure told as fact
    ("По словам банка, пострадали данные 10 тыс. человек.", True),
    # the law's threshold in a condition: no figure of the breach
    ("Если суд установит, что пострадали данные 10 тыс. человек, банк ждет штраф.", False),
])
def test_a_count_in_a_condition_is_no_figure(second: str, conflict: bool) -> None:
    first = "По оценке регулятора, пострадали данные свыше 70 тыс. человек."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the owner's word against a breach owned up to
    ("В письме регулятору банк указал на несанкционированный доступ посторонних.", True),
    ("Банк подтвердил регулятору, что посторонние люди получили доступ к его серверу.", True),
    # the same denial; a confirmation of something else
    ("Факт утечки банк не подтверждает.", False),
    ("Полиция подтвердила, что проверяет сообщения об утечке из банка.", False),
])
def test_whether_a_breach_took_place(second: str, conflict: bool) -> None:
    first = "«Никакой утечки данных из наших систем не было», — заявили в банке."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # one paper sent on one day and arriving on another, by any verb of its passage
    ("Как сообщили в надзоре, уведомление от завода поступило лишь 16 ноября.", True),
    ("В ведомстве говорят, что документ от завода пришел 16 ноября.", True),
    # the same day; another paper of the story
    ("Уведомление от завода поступило в ведомство 13 ноября.", False),
    ("Жалоба жителей на завод поступила в ведомство 16 ноября.", False),
])
def test_the_day_a_paper_passed(second: str, conflict: bool) -> None:
    first = "Завод направил уведомление об аварии в надзорное ведомство 13 ноября."
    assert ("date" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a contract concluded is one signed
    ("Контракт с подрядчиком заключен 7 октября, говорится в ответе мэрии.", True),
    ("Контракт с подрядчиком заключили 2 октября.", False),
])
def test_the_day_a_contract_was_signed(second: str, conflict: bool) -> None:
    first = "Контракт с подрядчиком подписан 2 октября, следует из реестра закупок."
    assert ("date" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # what one buyer bought, by any verb of buying; its machines as its equipment
    ("Министерство закупило 40 единиц техники.", True),
    ("Министерство приобрело 32 машины.", False),
    # delivered so far is another count
    ("Поставщик передал министерству 20 машин.", False),
])
def test_what_a_buyer_bought(second: str, conflict: bool) -> None:
    first = "Министерство купило 32 машины скорой помощи."
    assert ("count" in _kinds(first, second)) is conflict


def test_a_race_is_one_story_of_its_counts() -> None:
    """Two reports of one race's field in two words meet as one crowd's count."""
    a = _read("В забеге участвовали 3000 бегунов.", "a.txt", 1)
    b = _read("На старт забега вышли 2500 человек.", "b.txt", 2)
    assert [k for k, _v in found([a, b])] == ["count"]


@pytest.mark.parametrize(("second", "people", "conflict"), [
    # another signer of the one contract, after «подписал» or «подпись»
    ("На договоре стоит подпись мэра Ивана Кравцова, утверждает депутат.",
     (("Ивана Кравцова", "Иван Кравцов"),), True),
    # the same signer; the other side of the contract; another paper; a denial
    ("Договор подписал вице-мэр Петр Орлов.", (("Петр Орлов", "Петр Орлов"),), False),
    ("Со стороны подрядчика договор подписал директор Олег Гусев.",
     (("Олег Гусев", "Олег Гусев"),), False),
    ("Приказ о проверке подписал мэр Иван Кравцов.", (("Иван Кравцов", "Иван Кравцов"),),
     False),
    ("Мэр Иван Кравцов уверяет, что этот договор не подписывал.",
     (("Иван Кравцов", "Иван Кравцов"),), False),
])
def test_who_signed_a_paper(second: str, people: tuple[tuple[str, str], ...],
                            conflict: bool) -> None:
    a = in_story("Со стороны города договор подписал вице-мэр Петр Орлов.", "a.txt", 1,
                 people=(("Петр Орлов", "Петр Орлов"),))
    b = in_story(second, "b.txt", 2, people=people)
    assert bool([k for k in found([a, b]) if k[0] == "statement"]) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a regime introduced on another day, however told
    ("Карантин на ферме объявили в понедельник, 2 марта.", True),
    ("Карантин вводится с 2 марта на три недели.", True),
    # the same day
    ("Карантин на ферме объявлен 4 марта.", False),
])
def test_the_day_a_quarantine_began(second: str, conflict: bool) -> None:
    first = "Карантин на ферме введен указом губернатора с 4 марта."
    a = _read(first, "a.txt", 1, published="2026-03-05")
    b = _read(second, "b.txt", 2, published="2026-03-06")
    assert ("date" in [k for k, _v in found([a, b])]) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # an old burial ground of diseased cattle against a sick animal brought in
    ("Наиболее вероятным источником инфекции остается старый скотомогильник у реки.", True),
    # the same account; a burial ground ruled out
    ("Источник заражения — купленная на рынке корова.", False),
    ("Версию о скотомогильнике ветеринары исключают.", False),
])
def test_where_a_disease_of_livestock_came_from(second: str, conflict: bool) -> None:
    first = "Источником заражения считают быка, завезенного без документов из-за границы."
    assert ("statement" in _kinds(first, second)) is conflict


def test_whom_a_paper_is_about_is_no_signer() -> None:
    """«подписал распоряжение об отставке Кравцова»: Кравцов is what the paper is about."""
    from factdb.conflicts.agents import _signer
    from factdb.conflicts.facts import read_facts

    sc = in_story("Губернатор утвердил и подписал указ об отставке министра Ивана Кравцова.",
                  "a.txt", 1, people=(("Ивана Кравцова", "Иван Кравцов"),))
    assert _signer(read_facts(sc)) is None
