"""Conflict rules written from general news phrasing: causes of outbreaks, groundings and
escapes; outages, buyers, exam takers and tolls counted; how far a building is built;
dismissed or suspended; an event called off or held; days that only look apart.

Hand-built claims (tests.test_conflicts.claim), no NLP but the counts reader where a test
says so. Each rule has its look-alike that is no conflict.
"""

from __future__ import annotations

import pytest

from factdb.conflicts import causes
from factdb.conflicts.facts import read_facts
from factdb.conflicts.polarity import answers
from factdb.extract.facts import find_counts
from factdb.models import StoredClaim
from tests.test_conflict_rules import found, in_story, kinds

# ---------------------------------------------------------------- causes


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # the water against the food brought in, told as the cause or blamed
        ("Регулятор связывает вспышку инфекции с водой из скважины лагеря.",
         "Директор лагеря винила во вспышке еду, которую привезли родители.", True),
        # the water denied in so many words
        ("Причиной вспышки инфекции стала вода из скважины.",
         "«Дело не в воде», — сказала директор лагеря.", True),
        ("Причиной вспышки инфекции стала вода из скважины.",
         "Директор лагеря версию о воде отвергла.", True),
        # a possibility disputes only a main version, never a cause told as fact
        ("Причиной вспышки инфекции стала вода из скважины.",
         "Инфекцию могли занести с продуктами, которые привезли родители.", False),
        # the water too low against a ship off its course
        ("Причиной посадки на мель стало резкое падение уровня воды.",
         "Теплоход сошел с судового хода и отклонился от навигационных знаков.", True),
        ("Причиной посадки на мель стало резкое падение уровня воды.",
         "Резкого падения уровня не было, ежедневные промеры это подтверждают.", True),
        # the river low this year is no cause told
        ("Причиной посадки на мель стало резкое падение уровня воды.",
         "Уровень реки этим летом действительно ниже нормы.", False),
        # a lock cut against a door left open
        ("Замок на двери вольера был срезан.",
         "Смотритель оставил дверь вольера незапертой, и медведь сбежал.", True),
        ("По версии хозяина, замок на клетке срезали посторонние.",
         "К побегу привела небрежность сотрудника, а не действия злоумышленников.", True),
        # the route told: the water of a pool against the dishes served
        ("Санитарные врачи связывают отравление с загрязнением воды в аквапарке.",
         "Эпидемиологи считают, что инфекция передавалась через блюда столовой.", True),
        ("Причиной вспышки стал пищевой путь заражения, уверены в ведомстве.",
         "Водный путь передачи инфекции маловероятен, сказал главный врач.", False),
        # a germ found in the water blames the water, not the food
        ("После вспышки инфекции сальмонеллу нашли в воде из бассейна санатория.",
         "Отдыхающие винят во всем еду из кафе при санатории.", True),
        # one cause alone disputes nothing
        ("Медведь сбежал из вольера вечером.",
         "Смотритель оставил дверь вольера незапертой.", False),
    ],
)
def test_causes_of_outbreaks_groundings_and_escapes(first: str, second: str,
                                                   conflict: bool) -> None:
    assert kinds(first, second) == (["statement"] if conflict else [])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an animal put to sleep is no driver asleep at the wheel
        ("После попадания транквилизатора животное уснуло через несколько минут.", None),
        ("Водитель уснул за рулем, считают в ГИБДД.", "ошибка"),
        # a fall in the water's level, not in anyone's income
        ("Причиной аварии стало падение уровня воды в реке.", "природа"),
        ("Причиной протестов стало падение уровня доходов.", None),
        # a false report of an attack asserts no attack
        ("Следователи завели уголовное дело о ложном сообщении о теракте.", None),
        ("Полиция проверяет ложные звонки о минировании школ.", None),
        ("Следователи квалифицировали взрыв как теракт.", "умысел"),
    ],
)
def test_more_causes_read_from_a_claim(text: str, kind: str | None) -> None:
    got = causes._cause(read_facts(in_story(text, "a.txt", 1)))
    assert (got[0] if got else None) == kind


# ---------------------------------------------------------------- counts


def _counted(text: str, doc: str, n: int, published: str = "2026-03-17",
             dates: tuple[tuple[str, str, str, str], ...] = ()) -> StoredClaim:
    """A claim whose counts the extractor reads (the rest of its facts given by hand)."""
    counts = tuple((c.text, c.value, c.noun) for c in find_counts(text, 0))
    return in_story(text, doc, n, counts=counts, published=published, dates=dates)


def _values(*texts: str) -> list[tuple[str, tuple[str, ...]]]:
    return found([_counted(t, f"{n}.txt", n) for n, t in enumerate(texts, 1)])


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # homes left without cold water, or where the water went off
        ("Без холодной воды остались 312 многоквартирных домов.",
         "Утром без холодной воды находились более 460 жилых домов.", ("312", "460")),
        ("В 312 жилых домах пропала вода.",
         "Без холодной воды оказались более 460 домов.", ("312", "460")),
        # what is left of an outage at a late hour is no rival of its start
        ("По состоянию на 20:00 без воды оставались 74 дома.",
         "Без холодной воды остались 312 многоквартирных домов.", ()),
        # the buyers of flats however they are named
        ("«Нас 1240 дольщиков», — говорит активистка.",
         "Дольщиков у этого объекта — 860 человек, сообщили в министерстве.",
         ("1240", "860")),
        ("Инициативная группа говорит о 1240 дольщиках.",
         "В реестре застройщика значатся 860 участников долевого строительства.",
         ("1240", "860")),
        # those to sit one exam
        ("Экзамен должны были писать 11 412 девятиклассников из 236 школ региона.",
         "Экзамен должны были сдавать 14 200 девятиклассников по всей области.",
         ("11412", "14200")),
        # those in a grave state are a part of the hurt, not a rival total
        ("Двое пострадавших в тяжелом состоянии.",
         "Спасатели извлекли из кабины четверых пострадавших.", ()),
        ("Трое пострадавших по-прежнему в реанимации.",
         "В результате аварии пострадали семь человек.", ()),
        # the hurt told twice stay a dispute beside them
        ("Пятерых пострадавших увезли на скорых.",
         "Спасатели извлекли из кабины четверых пострадавших.", ("4", "5")),
    ],
)
def test_outages_buyers_and_exam_takers_counted(first: str, second: str,
                                                values: tuple[str, ...]) -> None:
    assert _values(first, second) == ([("count", values)] if values else [])


def test_a_vaguer_bound_on_one_side_is_left_out_of_the_dispute() -> None:
    """«больше тысячи» agrees with 1 240 and disputes only 860: it is no third side, and
    showing it beside 1 240 would read as their dispute."""
    got = _values("«Нас 1240 дольщиков», — говорит активистка.",
                  "Инициативная группа говорит о 1240 дольщиках.",
                  "В чате дольщиков сейчас больше тысячи человек.",
                  "Дольщиков у этого объекта — 860 человек, сообщили в министерстве.")
    assert got == [("count", ("1240", "860"))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Авария на сутки оставила без воды десятки тысяч человек.", None),
        ("На площадь пришли несколько тысяч человек.", None),
        ("На площадь пришла тысяча человек.", 1000),
        ("На площадь пришли две тысячи человек.", 2000),
    ],
)
def test_a_lone_thousand_after_a_vague_word_is_a_scale_not_a_figure(text: str,
                                                                   value: int | None) -> None:
    got = [c.value for c in find_counts(text, 0)]
    assert got == ([value] if value else [])


NOV4 = (("4 ноября", "day", "2026-11-04", "2026-11-04"),)


@pytest.mark.parametrize(
    ("second", "published", "dates", "conflict"),
    [
        # a toll told «к утру» of a day is that day's morning, not a running snapshot
        ("По данным издания, к утру 4 ноября от отравления умерли 12 человек.",
         "2026-11-04", NOV4, True),
        # a figure set «на тот же момент» as the other, whenever it is published
        ("Местное издание насчитало 12 умерших на тот же момент.", "2026-11-06", (), True),
        # a larger toll two days on is a rise
        ("Местное издание насчитало 12 умерших.", "2026-11-06", (), False),
    ],
)
def test_tolls_told_at_one_moment(second: str, published: str,
                                  dates: tuple[tuple[str, str, str, str], ...],
                                  conflict: bool) -> None:
    first = _counted("Минздрав на утро 4 ноября называл девять погибших.", "a.txt", 1,
                     published="2026-11-04", dates=NOV4)
    got = found([first, _counted(second, "b.txt", 2, published=published, dates=dates)])
    assert [k for k, _v in got] == (["count"] if conflict else [])


# ---------------------------------------------------------------- how far it is built


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Готовность домов составляет порядка 70%.",
         "Фактическая готовность объекта не превышает 30%.", True),
        ("Застройщик настаивает, что дома построены более чем на две трети.",
         "По данным инспекции, готово меньше трети.", True),
        ("В компании утверждают, что дома готовы на 70%.",
         "Строительная готовность комплекса — около 30 процентов.", True),
        # a fraction that holds the percentage agrees with it
        ("Готовность комплекса — около 70%.",
         "Застройщик уверяет, что дома построены более чем на две трети.", False),
        # a headline's question asserts neither
        ("Готовность: 70% или меньше трети?",
         "Фактическая готовность объекта не превышает 30%.", False),
        # a share of something else is no readiness
        ("Готовность домов составляет порядка 70%.",
         "Ипотеку платят 30% покупателей.", False),
    ],
)
def test_how_far_a_building_is_built(first: str, second: str, conflict: bool) -> None:
    assert kinds(first, second) == (["count"] if conflict else [])


# ---------------------------------------------------------------- yes and no


TRESKUNOV = (("Петра Трескунова", "Петр Трескунов"),)


@pytest.mark.parametrize(
    ("second", "people", "conflict"),
    [
        ("Петр Трескунов отстранен от исполнения обязанностей на время служебной проверки.",
         (("Петр Трескунов", "Петр Трескунов"),), True),
        ("Приказа об увольнении Петра Трескунова, по словам сотрудника пресс-службы, "
         "пока нет.", TRESKUNOV, True),
        # told dismissed by both
        ("Петр Трескунов уволен, распоряжение подписано в пятницу.",
         (("Петр Трескунов", "Петр Трескунов"),), False),
    ],
)
def test_dismissed_or_only_suspended(second: str, people: tuple[tuple[str, str], ...],
                                     conflict: bool) -> None:
    a = in_story("Губернатор принял решение уволить замминистра Петра Трескунова.", "a.txt", 1,
                 people=TRESKUNOV)
    b = in_story(second, "b.txt", 2, people=people)
    assert [k for k, _v in found([a, b])] == (["statement"] if conflict else [])


def test_another_official_kept_in_office_is_no_answer_for_the_one_dismissed() -> None:
    """«Андрей Пыжов, чей центр отвечал за ..., остается в должности»: the subject stands
    before the relative clause, not the one named elsewhere in the story."""
    a = in_story("Власти подтвердили, что Петр Трескунов уволен.", "a.txt", 1,
                 people=(("Петр Трескунов", "Петр Трескунов"),))
    b = in_story("Директор центра Андрей Пыжов, чей центр отвечал за передачу материалов, "
                 "остается в должности.", "b.txt", 2,
                 people=(("Андрей Пыжов", "Андрей Пыжов"),))
    assert found([a, b]) == []


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Экзамен по математике отменен во всех школах и перенесен на 19 ноября.",
         "Экзамен по математике все-таки прошел 12 ноября.", True),
        ("Министерство отменило экзамен утром 12 ноября.",
         "Экзамен прошел в штатном режиме, заявил директор центра.", True),
        # a plan for another day is no answer
        ("Министерство отменило экзамен утром 12 ноября.",
         "Экзамен по русскому языку состоится в обычном режиме.", False),
        # called on to cancel is no cancellation
        ("Родители требуют отменить экзамены.",
         "Экзамен прошел в штатном режиме, заявил директор центра.", False),
    ],
)
def test_an_event_called_off_or_held(first: str, second: str, conflict: bool) -> None:
    assert kinds(first, second) == (["statement"] if conflict else [])


def test_yes_or_no_in_one_breath_answers_nothing() -> None:
    f = read_facts(in_story("Экзамен перенесли, замминистра лишился — или не лишился — "
                            "должности.", "a.txt", 1))
    assert all(not a.key.endswith("лишиться") for a in answers(f))


def test_advice_on_when_to_call_a_doctor_tells_nothing_done() -> None:
    assert kinds("Многие обратились к врачам слишком поздно, рассказал главврач.",
                 "Роспотребнадзор призвал при первых признаках отравления немедленно "
                 "обращаться к врачу.") == []


# ---------------------------------------------------------------- days that only look apart


def _dated(text: str, doc: str, n: int, day: str, iso: str) -> StoredClaim:
    return in_story(text, doc, n, published="2026-11-13", dates=((day, "day", iso, iso),))


def test_the_night_on_a_day_holds_the_late_evening_before() -> None:
    a = _dated("Задания с ответами появились в открытом доступе около 22:40 11 ноября.",
               "a.txt", 1, "11 ноября", "2026-11-11")
    b = _dated("Следователи ищут, кто выложил задания, которые появились в открытом доступе "
               "в ночь на 12 ноября.", "b.txt", 2, "12 ноября", "2026-11-12")
    assert found([a, b]) == []


def test_an_event_moved_to_another_day_is_told_at_both() -> None:
    a = _dated("Региональный экзамен по математике был назначен на четверг, 12 ноября.",
               "a.txt", 1, "12 ноября", "2026-11-12")
    b = _dated("Экзамен по математике назначен на 19 ноября.", "b.txt", 2, "19 ноября",
               "2026-11-19")
    moved = _dated("Министерство перенесло экзамен на 19 ноября.", "c.txt", 3, "19 ноября",
                   "2026-11-19")
    assert [k for k, _v in found([a, b])] == ["date"]  # (no word of a move: a dispute)
    assert found([a, b, moved]) == []


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Арбитражный суд 3 ноября признал застройщика банкротом.",
         "В отношении застройщика сейчас введена процедура наблюдения.", True),
        ("Конкурсным управляющим утвержден Олег Кочубеев.",
         "Суд пока не признал застройщика банкротом, заседание назначено на февраль.", True),
        # both told bankrupt
        ("Арбитражный суд признал застройщика банкротом.",
         "В компании открыто конкурсное производство.", False),
        # a creditor's claim is no ruling
        ("Кредиторы подали иск о признании застройщика банкротом.",
         "В отношении застройщика сейчас введена процедура наблюдения.", False),
    ],
)
def test_a_company_bankrupt_or_under_observation(first: str, second: str,
                                                 conflict: bool) -> None:
    assert kinds(first, second) == (["statement"] if conflict else [])


VOLOSATOV = (("Игорь Волосатов", "Игорь Волосатов"),)


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Адвокат заявил, что Игорь Волосатов никуда не уезжал и не покидал регион.", True),
        ("Игорь Волосатов, по словам адвоката, находится дома, никакого розыска нет.", True),
        # told gone by both
        ("Игорь Волосатов объявлен в федеральный розыск.", False),
    ],
)
def test_gone_abroad_and_wanted_or_at_home(second: str, conflict: bool) -> None:
    a = in_story("По данным полиции, Игорь Волосатов еще в сентябре вылетел в ОАЭ.", "a.txt", 1,
                 people=VOLOSATOV)
    b = in_story(second, "b.txt", 2, people=VOLOSATOV)
    assert [k for k, _v in found([a, b])] == (["statement"] if conflict else [])


# ---------------------------------------------------------------- someone detained or no one


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # a detention told by one report, no one detained by a later one
        ("По подозрению в рассылке писем задержан 17-летний студент колледжа.",
         "Задержанных на данный момент нет, сообщили в полиции.", True),
        ("По подозрению в рассылке писем задержан 17-летний студент колледжа.",
         "Полиция никого по этому делу не задерживала.", True),
        # a flight held is no person; nobody's data is no none
        ("Рейс задержан на четыре часа из-за тумана.",
         "Задержанных на данный момент нет, сообщили в полиции.", False),
        ("По подозрению в рассылке писем задержан 17-летний студент колледжа.",
         "Данных о задержанных пока нет.", False),
        # a none with a reason is no «no one»
        ("Полиция задержала 47 человек на площади.",
         "Никто не задержан за свои взгляды, задержаны нарушители порядка.", False),
    ],
)
def test_someone_detained_against_no_one(first: str, second: str, conflict: bool) -> None:
    a = in_story(first, "a.txt", 1, published="2026-03-17")
    b = in_story(second, "b.txt", 2, published="2026-03-18")
    assert [k for k, _v in found([a, b])] == (["statement"] if conflict else [])


def test_no_one_detained_before_a_detention_is_the_news_of_its_time() -> None:
    """«никто не задержан» on the first day and a suspect detained told the day after:
    an arrest followed, no dispute."""
    a = in_story("Задержанных на данный момент нет, сообщили в полиции.", "a.txt", 1,
                 published="2026-03-17")
    b = in_story("По подозрению в рассылке писем задержан 17-летний студент колледжа.",
                 "b.txt", 2, published="2026-03-18")
    assert found([a, b]) == []


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Задержанных на данный момент нет.", [False]),
        ("Полиция никого по этому делу не задерживала.", [False]),
        ("По подозрению задержан 17-летний студент колледжа.", [True]),
        # a lawyer's word for his client is his client's question, not «no one»
        ("«Никакого задержания не было», — сказал адвокат.", []),
        ("Рейс задержан на четыре часа из-за тумана.", []),
    ],
)
def test_someone_detained_or_no_one_read_from_a_claim(text: str, told: list[bool]) -> None:
    from factdb.conflicts.harm import _detentions

    assert [t for t, _v in _detentions(read_facts(in_story(text, "a.txt", 1)))] == told


# ---------------------------------------------------------------- the virus's subtype


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # one outbreak's virus found as two subtypes
        ("Лаборатория выявила у погибших уток вирус подтипа H7N9.",
         "В ведомстве заявили, что на ферме обнаружен H5N1.", True),
        ("Лаборатория выявила у погибших уток вирус подтипа H7N9.",
         "Подтип H7N9 подтвердил и референтный центр.", False),
        # a claim comparing two subtypes tells neither
        ("Лаборатория выявила у погибших уток вирус подтипа H7N9.",
         "Чем H5N1 опаснее, чем H7N9, объяснили вирусологи.", False),
        # a subtype only told of, with no finding, is no answer
        ("Лаборатория выявила у погибших уток вирус подтипа H7N9.",
         "Вирус H5N1 опасен и для млекопитающих.", False),
    ],
)
def test_the_subtype_of_an_outbreaks_virus(first: str, second: str, conflict: bool) -> None:
    got = found([in_story(first, "a.txt", 1), in_story(second, "b.txt", 2)])
    assert any(k == "statement" for k, _v in got) is conflict
