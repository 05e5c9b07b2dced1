"""Claims of two reports the rules read as stating one fact whatever their words, which the
clustering then takes as same pairs: a criminal case told by its article of the Criminal
Code and by the crime's name (which article a sentence names: a grammar table over real
lemmas), one exact sum of one kind, one sum promised to one kind of recipient, one term
of one court decision, no one hurt, one matter put off to one day."""

from __future__ import annotations

import re

import pytest

from factdb.conflicts import court, finder, initiative, match, money
from factdb.conflicts.crimes import articles, case_pairs
from factdb.extract.nlp import lemmatize
from factdb.models import Claim, StoredClaim
from tests.test_conflicts import claim


def _pair_if(a: StoredClaim, b: StoredClaim, agree: bool) -> set[tuple[int, int]]:
    """The one pair two claims make, ordered as the agreements give it, when they agree."""
    return {(min(a.id, b.id), max(a.id, b.id))} if agree else set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # by number, in the shapes reports write it
        ("Следователи возбудили уголовное дело по ч. 3 ст. 238 УК РФ.", {"238"}),
        ("Возбуждено уголовное дело по части 1 статьи 263 УК РФ.", {"263"}),
        ("СК завел дело по ч.2 ст.217 УК.", {"217"}),
        ("Возбуждено дело по 238-й статье Уголовного кодекса.", {"238"}),
        ("Дело возбуждено по п. «а» ч. 2 ст. 105 УК РФ.", {"105"}),
        ("Уголовное дело возбуждено по ч. 4 ст. 274.1 УК РФ.", {"274.1"}),
        ("Следователи квалифицировали произошедшее по ч. 1 ст. 109 УК РФ.", {"109"}),
        # by name, in any grammatical form
        ("Следователи завели дело об оказании услуг, не отвечающих требованиям "
         "безопасности.", {"238"}),
        ("Возбуждено уголовное дело о сбыте товаров, не отвечающих требованиям "
         "безопасности.", {"238"}),
        ("Полиция возбудила уголовное дело о мошенничестве в особо крупном размере.", {"159"}),
        ("Следователи расследуют уголовное дело о халатности.", {"293"}),
        ("СК завел дело о нарушении требований промышленной безопасности.", {"217"}),
        ("Возбуждено дело о нарушении правил безопасности движения и эксплуатации "
         "железнодорожного транспорта.", {"263"}),
        ("Возбуждено дело о нарушении правил дорожного движения.", {"264"}),
        ("Заведено дело о неправомерном доступе к компьютерной информации.", {"272"}),
        ("Возбуждено уголовное дело о получении взятки.", {"290"}),
        ("Возбуждено уголовное дело о растрате.", {"160"}),
        # a narrower crime is not also the broader one named by part of its words
        ("Возбуждено дело о злоупотреблении должностными полномочиями.", {"285"}),
        ("Возбуждено дело о причинении тяжкого вреда здоровью по неосторожности.", {"118"}),
        ("Возбуждено дело об умышленном причинении тяжкого вреда здоровью.", {"111"}),
        # the number and the name together are one article
        ("Дело возбуждено по ч. 1 ст. 293 УК РФ (халатность).", {"293"}),
        # no criminal case: a sentence, a penalty, an administrative case, a cause
        ("Максимальное наказание по ч. 3 ст. 238 УК — до десяти лет лишения свободы.",
         set()),
        ("На компанию составлен протокол об административном правонарушении, дело о "
         "нарушении санитарных правил передано в суд.", set()),
        ("«Дело не в воде», — сказала директор лагеря.", set()),
        # a detention under the procedure code, a management company «УК»
        ("Водитель задержан в порядке статьи 91 УПК РФ, уголовное дело возбуждено.", set()),
        ("Следователи возбудили дело против директора УК «Северный дом».", set()),
    ],
)
def test_the_articles_a_sentence_tells_a_case_under(text: str, want: set[str]) -> None:
    assert set(articles(text, lemmatize(text))) == want


def _stored(cid: int, doc: int, text: str) -> StoredClaim:
    return StoredClaim(cid, doc, f"{doc}.txt", None, None,
                       Claim(start=0, end=len(text), text=text, lemmas=lemmatize(text)))


def test_a_case_told_by_number_and_by_name_in_two_reports_is_one_pair() -> None:
    claims = [
        _stored(1, 1, "Следователи возбудили уголовное дело по ч. 1 ст. 238 УК РФ."),
        _stored(2, 2, "СК завел дело об оказании услуг, не отвечающих требованиям "
                      "безопасности."),
        # the same report twice, and another article in a third report
        _stored(3, 1, "Дело об оказании небезопасных услуг расследует СК."),
        _stored(4, 3, "Возбуждено также дело о халатности."),
    ]
    one_story = {1: 1, 2: 1, 3: 1}
    assert case_pairs(claims, one_story) == {(1, 2), (2, 3)}
    # two stories: two cases, whatever their article
    assert case_pairs(claims, {1: 1, 2: 2, 3: 3}) == set()


@pytest.mark.parametrize(
    ("second", "agree"),
    [
        # one promise in other words: the sum in figures or in words, by one payer
        ("Родственники каждого погибшего получат по миллиону рублей.", True),
        ("Власти выплатят семьям погибших по 1 млн руб.", True),
        # another sum, another kind of recipient, another payer: no retelling
        ("Семьи погибших получат по полтора миллиона рублей.", False),
        ("Тяжело пострадавшим выплатят по миллиону рублей.", False),
        ("Авиакомпания выплатит семьям погибших по миллиону рублей.", False),
    ],
)
def test_one_sum_promised_to_one_kind_of_recipient_is_one_promise(
        second: str, agree: bool) -> None:
    a = claim("Губернатор поручил выплатить семьям погибших по 1 млн рублей.", doc="a.txt",
              doc_id=1)
    b = claim(second, doc="b.txt", doc_id=2)
    facts, _people, _story = finder.prepare([a, b])
    got = money.payout_agreements(facts, {1: 1, 2: 1})
    assert got == _pair_if(a, b, agree)
    # two stories: two promises
    assert money.payout_agreements(facts, {1: 1, 2: 2}) == set()


@pytest.mark.parametrize(
    ("second", "agree"),
    [
        # one sum of one kind, however abbreviated
        ("По данным СК, сумма взятки составила 4,5 миллиона руб.", True),
        # another sum, another kind of sum, a bound: no retelling
        ("По данным источника, взятка составила 6 млн рублей.", False),
        ("Ущерб бюджету составил 4,5 млн рублей.", False),
        ("Взятка составила более 4,5 млн рублей.", False),
    ],
)
def test_one_exact_sum_of_one_kind_is_one_fact(second: str, agree: bool) -> None:
    a = claim("Следствие считает, что мэр получил взятку в размере 4,5 млн рублей.",
              doc="a.txt", doc_id=1)
    b = claim(second, doc="b.txt", doc_id=2)
    facts, _people, _story = finder.prepare([a, b])
    assert money.sum_agreements(facts, {1: 1, 2: 1}) == _pair_if(a, b, agree)
    assert money.sum_agreements(facts, {1: 1, 2: 2}) == set()  # two stories: two sums


@pytest.mark.parametrize(
    ("second", "agree"),
    [
        # one decision in other words, the person named or meant by his post alone
        ("Суд арестовал Олега Трубникова на два месяца.", True),
        ("Директор арестован на два месяца с содержанием в СИЗО.", True),
        # another term, a request, a decision months later: no retelling
        ("Суд арестовал Олега Трубникова на три месяца.", False),
        ("Следствие просило арестовать Олега Трубникова на два месяца.", False),
        ("16 марта суд арестовал Олега Трубникова на два месяца.", False),
    ],
)
def test_one_term_of_one_decision_is_one_decision(second: str, agree: bool) -> None:
    a = claim("10 марта суд отправил директора завода Олега Трубникова в СИЗО на два "
              "месяца.", doc="a.txt", doc_id=1, published="2024-03-10",
              people=(("Олега Трубникова", "Олег Трубников"),),
              dates=(("10 марта", "day", "2024-03-10", "2024-03-10"),))
    people = (("Олега Трубникова", "Олег Трубников"),) if "Трубников" in second else ()
    dates = (("16 марта", "day", "2024-03-16", "2024-03-16"),) if "16 марта" in second else ()
    # (a decision is dated by its report: a report of the 16th tells a later hearing)
    b = claim(second, doc="b.txt", doc_id=2, people=people, dates=dates,
              published="2024-03-16" if dates else "2024-03-11")
    facts, people_, _story = finder.prepare([a, b])
    got = court.term_agreements(facts, {1: 1, 2: 1}, people_)
    assert got == _pair_if(a, b, agree)


@pytest.mark.parametrize(
    ("second", "status", "agree"),
    [
        # one named person's detention told in other words
        ("В субботу следователи задержали главного инженера Игната Пестрикова.",
         "detained", True),
        # undated, a detention is as often a claim's background: no pair
        ("Следователи задержали бывшего главного инженера Игната Пестрикова.", "detained",
         False),
        # another status, or his detention on another day: two facts
        ("Игнат Пестриков освобожден.", "released", False),
        ("Игнат Пестриков задержан повторно 20 марта.", "detained", False),
    ],
)
def test_one_named_persons_status_is_one_fact(second: str, status: str, agree: bool) -> None:
    a = claim("В субботу задержан главный инженер Игнат Пестриков.", doc="a.txt", doc_id=1,
              people=(("Игнат Пестриков", "Игнат Пестриков"),),
              statuses=(("задержан", "detained", "Игнат Пестриков"),),
              dates=(("В субботу", "day", "2024-03-16", "2024-03-16"),))
    name = "Игната Пестрикова" if "Игната" in second else "Игнат Пестриков"
    word = {"detained": "задержа", "released": "освобожден"}[status]
    word = second[second.index(word):].split()[0].rstrip(".")
    day = (("20 марта", "day", "2024-03-20", "2024-03-20"),) if "20 марта" in second else \
        (("В субботу", "day", "2024-03-16", "2024-03-16"),) if "субботу" in second else ()
    b = claim(second, doc="b.txt", doc_id=2, people=((name, "Игнат Пестриков"),),
              statuses=((word, status, "Игнат Пестриков"),), dates=day)
    facts, people, _story = finder.prepare([a, b])
    got = finder.status_agreements(finder._resolved_statuses(facts, people), {1: 1, 2: 1})
    assert got == _pair_if(a, b, agree)


@pytest.mark.parametrize(
    ("second", "agree"),
    [
        # one cause told as the cause in other words
        ("Возгорание произошло в результате удара молнии.", True),
        # a possibility, a denial, another cause: no finding retold
        ("Пожар мог начаться из-за удара молнии.", False),
        ("Версию об ударе молнии следователи отвергли.", False),
        ("Причиной пожара стал поджог.", False),
    ],
)
def test_one_cause_of_one_event_told_as_the_cause_is_one_finding(
        second: str, agree: bool) -> None:
    from factdb.conflicts import causes

    a = claim("Причиной пожара на складе стала гроза: в здание ударила молния.", doc="a.txt",
              doc_id=1)
    b = claim(second, doc="b.txt", doc_id=2)
    facts, _people, _story = finder.prepare([a, b])
    got = causes.cause_agreements(facts, {1: 1, 2: 1})
    assert got == _pair_if(a, b, agree)


def _weekdays(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """The days a claim names by weekday, as the extractor would date them (a week of
    June 2024)."""
    days = {"в среду": "2024-06-05", "в четверг": "2024-06-06"}
    return tuple((w, "day", d, d) for w, d in days.items() if w in text)


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        # a matter under personal control, told of one holder
        ("Губернатор Аркадий Вешенцев взял ситуацию под личный контроль.",
         "Вешенцев заявил, что лично контролирует ход работ.", True),
        ("Ситуация находится под контролем, сообщили в администрации.",
         "Обстановка контролируемая, заверили власти.", True),
        # two holders: the governor's control is not the president's
        ("Губернатор взял ситуацию под личный контроль.",
         "Президент держит ситуацию на контроле.", False),
        # no threat to the life of the hurt, told two ways
        ("Угрозы для жизни пострадавших нет.",
         "Жизни пострадавших ничего не угрожает, сообщили врачи.", True),
        # (an aside between commas before the verb)
        ("Угрозы для жизни пострадавших нет.",
         "Жизни раненых, как уточнили в больнице, ничего не угрожает.", True),
        # the residents are not the patients; a flood's threat is another fact
        ("Угрозы для жизни пострадавших нет.",
         "Опасности для жителей поселка нет.", False),
        ("Угрозы подтопления больше нет.",
         "Угрозы для жизни пострадавших нет.", False),
        # a check one supervising body opened, told two ways
        ("Прокуратура области начала проверку исполнения законодательства о безопасности "
         "дорожного движения.", "Региональная прокуратура организовала проверку.", True),
        # two bodies' checks are two facts; a check of no named body is anyone's
        ("Прокуратура области начала проверку.", "Роспотребнадзор проводит проверку.", False),
        ("Прокуратура области начала проверку.", "Проверка уже начата.", False),
        # a day of mourning declared, told two ways
        ("Губернатор объявил пятницу днем траура.", "В регионе объявлен траур.", True),
        # a power cut of one day, told two ways; cuts of two days are two; a day not named
        # may be either
        ("Электричество в бараке отключили еще в среду днем.",
         "Свет в бараке пропал днем в среду.", True),
        ("Электричество в бараке отключили еще в среду днем.",
         "Свет в бараке пропал в четверг.", False),
        ("Электричество в бараке отключили еще в среду днем.", "Свет пропал.", False),
    ],
)
def test_one_stock_statement_of_one_holder_is_one_fact(first: str, second: str,
                                                        agree: bool) -> None:
    from factdb.conflicts import stock

    people = (("Аркадий Вешенцев", "Аркадий Вешенцев"),) if "Аркадий" in first else ()
    a = claim(first, doc="a.txt", doc_id=1, people=people, dates=_weekdays(first))
    later = (("Вешенцев", "Вешенцев"),) if "Вешенцев" in second else ()
    b = claim(second, doc="b.txt", doc_id=2, people=later, dates=_weekdays(second))
    facts, _people, _story = finder.prepare([a, b])
    got = stock.stock_agreements(facts, {1: 1, 2: 1})
    assert got == _pair_if(a, b, agree)


def test_an_attack_named_by_two_claims_is_no_cause_retold() -> None:
    """«23 сбитых дрона» and «74 сбитых дрона» both name the attack; neither
    tells what it caused, so neither retells a finding of the other."""
    from factdb.conflicts import causes

    a = claim("Военные сообщили о 74 сбитых за ночь дронах.", doc="a.txt", doc_id=1)
    b = claim("Губернатор говорил о 23 сбитых над областью дронах.", doc="b.txt", doc_id=2)
    # (the story's event, which a cause would be the cause of)
    c = claim("На нефтебазе после налета начался пожар.", doc="c.txt", doc_id=3)
    facts, _people, _story = finder.prepare([a, b, c])
    assert causes.cause_agreements(facts, {1: 1, 2: 1, 3: 1}) == set()


@pytest.mark.parametrize(
    ("second", "agree"),
    [
        # one court's choice of measure for one person, retold
        ("Суд избрал Олегу Трубникову меру пресечения в виде домашнего ареста.", True),
        # another measure, or the measure weeks later: no retelling
        ("Суд отправил Олега Трубникова в СИЗО.", False),
    ],
)
def test_one_measure_of_one_decision_is_one_decision(second: str, agree: bool) -> None:
    a = claim("Суд отправил Олега Трубникова под домашний арест.", doc="a.txt", doc_id=1,
              published="2024-03-10", people=(("Олега Трубникова", "Олег Трубников"),))
    name = "Олегу Трубникову" if "Олегу" in second else "Олега Трубникова"
    b = claim(second, doc="b.txt", doc_id=2, published="2024-03-11",
              people=((name, "Олег Трубников"),))
    later = claim(second, doc="c.txt", doc_id=3, published="2024-04-20",
                  people=((name, "Олег Трубников"),))
    facts, people, _story = finder.prepare([a, b, later])
    got = court.measure_agreements(facts, {1: 1, 2: 1, 3: 1}, people)
    assert got == _pair_if(a, b, agree)


def test_a_claim_is_read_once_for_the_rules_and_the_agreements() -> None:
    """The conflict rules and the agreements ask the same reader of the same claim: the
    second call is answered from the first; another claim is read anew."""
    from factdb.conflicts.facts import Facts, read_facts
    from factdb.conflicts.rules import read_once

    calls: list[int] = []

    @read_once
    def reader(f: Facts) -> int:
        calls.append(f.sc.id)
        return len(f.sc.claim.text)

    a = read_facts(claim("Причиной пожара стала гроза.", doc="a.txt", doc_id=1))
    b = read_facts(claim("Пожар потушили к утру.", doc="b.txt", doc_id=2))
    assert [reader(a), reader(a), reader(b)] == [28, 28, 22]
    assert calls == [a.sc.id, b.sc.id]


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        # a number few things share, whatever noun counts it
        ("Под наблюдением медиков остаются 173 жителя поселка.",
         "Медики следят за состоянием 173 человек.", True),
        # any number with its unit of measure, in digits or in words
        ("Трещина в дамбе протянулась на 60 метров.",
         "Длина трещины составила шестьдесят метров.", True),
        ("Суд арестовал директора на два месяца.",
         "Мера пресечения избрана сроком на два месяца.", True),
        ("За время болезни пациент потерял 9 кг.",
         "Больной похудел на девять килограммов.", True),
        ("Бывшему главе района назначили 6 лет колонии.",
         "Экс-глава района получил шесть лет.", True),
        # a round or small count with no unit, a day of a month, a year: no one fact
        ("Из домов эвакуировали 40 человек.", "На пункт обогрева пришли 40 жителей.", False),
        ("Проверка началась 14 ноября.", "Прокуратура 14 ноября потребовала документы.",
         False),
        ("В 2019 году завод сменил владельца.", "С 2019 года на заводе не было ремонта.",
         False),
        # two figures of one unit
        ("Трещина в дамбе протянулась на 60 метров.",
         "Вода поднялась на 6 метров.", False),
        # a figure and its unit written as one adjective
        ("От подстанции к складу проложен кабель длиной около 250 метров.",
         "250-метровый кабель тянулся от подстанции к складу.", True),
        # an hour told to the minute, however its hour is written
        ("Пожар ликвидировали в 04:35.", "Огонь удалось потушить к 4:35 утра.", True),
        # a round hour is no one fact
        ("Пожар ликвидировали в 04:00.", "Совещание началось в 04:00.", False),
    ],
)
def test_one_telling_figure_of_one_story_is_one_fact(first: str, second: str,
                                                     agree: bool) -> None:
    a, b = _stored(1, 1, first), _stored(2, 2, second)
    assert match.figure_agreements([a, b], {1: 1, 2: 1}, 12) == _pair_if(a, b, agree)
    assert match.figure_agreements([a, b], {1: 1, 2: 2}, 12) == set()  # two stories
    c = _stored(3, 1, second)
    assert match.figure_agreements([a, c], {1: 1}, 12) == set()  # one report


def test_a_figure_a_story_repeats_past_the_cap_is_its_refrain() -> None:
    told = [_stored(k, k, "Судя по списку, на борту находились 143 пассажира.")
            for k in range(1, 5)]
    story = dict.fromkeys(range(1, 5), 1)
    assert len(match.figure_agreements(told, story, 4)) == 6
    assert match.figure_agreements(told, story, 3) == set()


@pytest.mark.parametrize(
    ("second", "agree"),
    [
        ("Как пишет газета, просьба провести обмен поступила от Тбилиси.", True),
        ("По его словам, Грузия первой предложила обменяться заключенными.", True),
        ("Инициатива обмена исходила от российской стороны.", False),  # the other side
        ("Обмен прошел на пограничном переходе.", False),  # no initiator told
    ],
)
def test_one_initiator_of_one_exchange_is_one_finding(second: str, agree: bool) -> None:
    a = claim("В МИД утверждают, что с просьбой об обмене обратился Тбилиси.", doc="a.txt",
              doc_id=1, published="2024-10-16")
    b = claim(second, doc="b.txt", doc_id=2, published="2024-10-16")
    facts, _people, _story = finder.prepare([a, b])
    assert initiative.initiative_agreements(facts, {1: 1, 2: 1}) == _pair_if(a, b, agree)
    assert initiative.initiative_agreements(facts, {1: 1, 2: 2}) == set()  # two stories


@pytest.mark.parametrize(
    ("second", "agree"),
    [
        # no one hurt, told other ways
        ("Люди во время обрушения не пострадали.", True),
        ("Обошлось без пострадавших, уточнили в МЧС.", True),
        # someone hurt; a denial of harm to one group is no word of all
        ("Пострадал сторож склада, его увезли в больницу.", False),
        ("Дети не пострадали, сообщили в школе.", False),
    ],
)
def test_no_one_hurt_told_by_two_reports_is_one_fact(second: str, agree: bool) -> None:
    from factdb.conflicts import harm

    a = claim("Погибших и раненых нет, сообщили в администрации.", doc="a.txt", doc_id=1)
    b = claim(second, doc="b.txt", doc_id=2)
    facts, _people, _story = finder.prepare([a, b])
    assert harm.none_agreements(facts, {1: 1, 2: 1}) == _pair_if(a, b, agree)


@pytest.mark.parametrize(
    ("second", "agree"),
    [
        # one matter put off to one day, in other words
        ("Мэр объявил о переносе открытия катка на 12 декабря.", True),
        # another day; another matter put off to that day
        ("Открытие катка откладывается до 19 декабря.", False),
        ("Ремонт набережной перенесли на 12 декабря.", False),
    ],
)
def test_one_matter_put_off_to_one_day_is_one_fact(second: str, agree: bool) -> None:
    from factdb.conflicts import deadlines

    def told(text: str, doc: str, n: int) -> StoredClaim:
        day = re.search(r"\d+ декабря", text)
        assert day is not None
        when = f"2026-12-{int(day.group(0).split()[0]):02d}"
        return claim(text, doc=doc, doc_id=n, published="2026-11-20",
                     dates=((day.group(0), "day", when, when),))

    a = told("Открытие катка откладывается до 12 декабря.", "a.txt", 1)
    b = told(second, "b.txt", 2)
    facts, _people, _story = finder.prepare([a, b])
    assert deadlines.put_off_agreements(facts, {1: 1, 2: 1}) == _pair_if(a, b, agree)
