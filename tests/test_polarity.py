"""The generic yes/no rule (factdb.conflicts.polarity): which predicate a claim affirms or
denies, and which pairs of claims answer one question opposite ways. Cases are written
from general news phrasing, no lexicon of questions behind them."""

from __future__ import annotations

import pytest

from factdb import conflicts
from factdb.conflicts.facts import read_facts
from factdb.conflicts.polarity import _same_verb, answers
from tests.test_conflict_rules import found, in_story
from tests.test_conflicts import claim


def _answers(text: str) -> set[tuple[str, bool]]:
    return {(a.key, a.yes) for a in answers(read_facts(claim(text)))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Работы выполнены в полном объеме.", {("выполнить", True)}),
        ("Перекладка так и не была выполнена.", {("выполнить", False)}),
        ("Задержан он не был.", {("задержать", False)}),
        # the thing denied in the genitive, after «никакой» or «ни одного»
        ("Никакого задержания не было.", {("задержание", False)}),
        ("Посол никакой ноты не получал.", {("получать", False), ("n:нота", False)}),
        # a mood reaches no further than a colon: what follows it is told as found
        ("Завод не может быть источником выброса: в пробах воздуха хлор не обнаружен.",
         {("обнаружить", False)}),
        # the thing after a denied verb is denied
        ("Жители так и не получили разрешения.", {("получить", False), ("разрешение", False)}),
        ("Никакого предупреждения ни я, ни капитан не получали.",
         {("получать", False), ("предупреждение", False)}),
        # «заявил, что не ...»: a reported denial
        ("Владелец заявил, что не получал предупреждения о шторме.",
         {("получать", False), ("предупреждение", False)}),
        ("Ему вручена нота протеста.", {("вручить", True), ("n:нота", True)}),
        # a demand joined by «и» governs what follows it, not the predicate before
        ("Министр не обсуждал никакой обмен и потребовал освободить задержанных.",
         {("обсуждать", False)}),
        # a verb that asks the question in other words is keyed as its usual one
        ("Консул ни разу не навещал заключенного.", {("посетить", False)}),
        ("Вчера консул побывал у заключенного в тюрьме.", {("посетить", True)}),
        # a saying verb's short passive participle tells of a deed, not of words
        ("Режим чрезвычайной ситуации в районе так и не был объявлен.",
         {("объявить", False)}),
        ("Жители поселка не были предупреждены об эвакуации.", {("предупредить", False)}),
        # ... and its neuter told of a neuter thing before it (not «было объявлено, что»)
        ("Штормовое предупреждение было объявлено еще утром.",
         {("объявить", True), ("предупреждение", True)}),
        ("Предупреждение так и не было объявлено.", {("объявить", False)}),
        # a regime «введен» is one «объявлен»; so is the paper enacting its «введение»
        ("В районе введен режим ЧС.", {("объявить", True)}),
        ("Глава района подписал постановление о введении карантина.",
         {("объявление", True)}),
        ("Мэр объявил о введении комендантского часа.", {("объявление", True)}),
        # a verb and its noun that say one verb: «выписать штраф» is «оштрафовать»
        ("Никаких штрафов перевозчику не выписано.", {("оштрафовать", False)}),
        ("Инспекция наложила штраф на перевозчика.", {("оштрафовать", True)}),
        # two denials joined by «и»: «не было» is not «не был задержан»
        ("Никакой эвакуации не было и не требовалось.", {("эвакуация", False)}),
        # a warning told with no words of it is a deed; taken away in other words
        ("Глава округа заявил, что жителей предупредили заранее.", {("предупредить", True)}),
        ("«Никто нас не предупреждал», — говорит жительница.", {("предупредить", False)}),
        ("Нападавшие отобрали у него телефон и кошелек.", {("забрать", True)}),
        ("Журналист утверждает, что у него ничего не украли.", {("забрать", False)}),
        ("Жителей села ночью вывезли на автобусах.", {("эвакуировать", True)}),
        # «нет» closing its clause denies the clause's first noun past a preposition's phrase
        ("Долгов у фабрики перед поставщиками нет.", {("n:долг", False)}),
        ("«Недостачи на складе нет», — заверил директор.", {("n:недостача", False)}),
        # a price raised in other words
        ("Ритейлер поднял цену килограмма сахара с 70 до 74 рублей.", {("повысить", True)}),
        ("Цены на сахар в магазинах ритейлера не повышались.", {("повысить", False)}),
        # «речь идет не о X»: the thing denied to be what happened
        ("Профсоюз настаивает, что речь идет не о забастовке, а о собрании.",
         {("n:забастовка", False)}),
    ],
)
def test_what_a_claim_affirms_and_denies(text: str, expected: set[tuple[str, bool]]) -> None:
    assert expected <= _answers(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person is no question: the visits are denied, not the husband
        ("Консул ни разу не навещал мужа.", {("посетить", False)}),
        # after «никакой», a phrase with a preposition tells when, not what is denied
        ("Никакого штормового предупреждения на вечер субботы не было.",
         {("предупреждение", False)}),
        ("В полицию обращений не поступало.", {("поступать", False), ("обращение", False)}),
        ("Его жена рассказала, чего добивается ее муж.", {("добиваться", True)}),
    ],
)
def test_a_person_is_no_thing_affirmed_or_denied(text: str,
                                                 expected: set[tuple[str, bool]]) -> None:
    assert _answers(text) == expected


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Работала ли система защиты в ту ночь, устанавливается.", "работ"),  # asks
        ("Если деньги не поступят, рабочие выйдут на забастовку.", "поступ"),  # a condition
        ("Один из задержанных признал вину.", "призна"),  # one of many: no one's answer
        ("Откуда пришел огонь", "прийти"),  # a heading that asks
        ("Мы же знаем, кого не нашли.", "найти"),  # a relative clause names, not denies
        ("Это не первый случай задержания журналистов.", "задерж"),  # denies nothing
        ("Было объявлено, что рейсы задерживаются.", "объявить"),
        ("Глава района не подписывал постановление о введении карантина.", "объявление"),
        # «нет» of now, of a name in quotes, of grounds, or «больше нет» denies no thing
        ("Сейчас открытого огня на складе нет.", "n:огонь"),
        ("«Северной звезды» в реестре судов нет.", "n:звезда"),
        ("Оснований для закрытия школы нет.", "n:основание"),
        ("Таких товаров в продаже больше нет.", "n:товар"),
        # what a deed is for is not done by it: papers filed for a permit grant none
        ("Документы на согласование застройщик подал еще в марте.", "согласование"),
        ("Материалы проверки направили в суд.", "n:суд"),
        # «оставить» in its idioms
        ("Все эти заявления мы оставляем на совести их авторов.", "оставл"),
        ("Такие выпады мы не оставим без ответа.", "остав"),
    ],
)
def test_claims_that_answer_nothing(text: str, what: str) -> None:
    assert [key for key, _yes in _answers(text) if key.startswith(what)] == []


@pytest.mark.parametrize("text", [
    "Комиссия не штампует решения.",
    "Депутаты, по его словам, не штампуют решения мэрии.",
])
def test_a_habit_denied_denies_no_thing(text: str) -> None:
    # a verb in the present alone tells a habit, no event: «решение» is not denied (a
    # report that a decision was taken is not answered by it)
    assert ("решение", False) not in _answers(text)


def test_a_thing_named_anew_is_not_denied() -> None:
    """«Это не проверка, а зачистка»: a figure of speech, no denial of the check."""
    assert not {k for k, yes in _answers("«Это не проверка, а зачистка», — сказала она.")
                if not yes}


def test_a_deed_one_is_not_judged_for_is_not_owned_to() -> None:
    """«судят не за то, что я брал деньги, а за ...»: the deed after «не за то, что» is
    no deed affirmed."""
    got = _answers("Меня судят не за то, что я брал деньги, а за то, что я критиковал власть.")
    assert ("брать", True) not in got


def test_a_preposition_is_no_thing_denied() -> None:
    """«с конца лета»: «с» is a preposition, though the tagger reads it as «секунда» too."""
    got = _answers("Консулы не навещали заключенного с конца лета.")
    assert ("посетить", False) in got and not any(k == "n:с" for k, _y in got)


def test_not_once_is_often() -> None:
    """«не раз обращались» affirms: it means more than once."""
    assert ("обращаться", True) in _answers("Рабочие не раз обращались к руководству.")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("задержать", "задерживать", True),  # the two aspects
        ("задержать", "задержание", True),  # the action noun
        ("подать", "подавать", True),
        ("задержать", "задуматься", False),
        # the consonant the imperfective alternates
        ("обсудить", "обсуждать", True),
        ("посетить", "посещать", True),
        ("выразить", "выражать", True),
        ("допросить", "допрашивать", True),
        ("обсудить", "обсчитать", False),
        # a borrowed verb's perfective prefix adds only the aspect; a native one more
        ("зарегистрировать", "регистрироваться", True),
        ("эвакуация", "эвакуировать", True),
        ("держать", "задержать", False),
        ("n:нота", "n:нота", True),
        ("n:нота", "n:норма", False),
    ],
)
def test_one_predicate_in_its_forms(a: str, b: str, same: bool) -> None:
    assert _same_verb(a, b) is same


PAID = "Компания заявила, что все жильцы дома получили компенсацию за ущерб от пожара."
NOT_PAID = "Жильцы дома заявили, что компенсацию за ущерб от пожара так и не получили."


def _pair(a: str, b: str, people_a: tuple[tuple[str, str], ...] = (),
          people_b: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, tuple[str, ...]]]:
    ca = in_story(a, "a.txt", 1, people=people_a)
    cb = in_story(b, "b.txt", 2, people=people_b)
    return [k for k in found([ca, cb]) if k[0] == "statement"]


def test_done_and_not_done_by_two_reports_conflict() -> None:
    assert _pair(PAID, NOT_PAID) == [("statement", ("да", "нет"))]


@pytest.mark.parametrize(("b", "conflict"), [
    # a participle's thing, said of by the denial's reflexive verb (the name of the thing
    # joined by a dash with no spaces is one phrase; a day named is no thing)
    ("Эта дорога для машин так и не открывалась.", True),
    ("Дорога Заречье—Луговое для движения не открывалась.", True),
    # another thing denied
    ("Эта трасса для машин так и не открывалась.", False),
])
def test_a_thing_opened_and_never_opened(b: str, conflict: bool) -> None:
    a = "В министерстве заявили, что дорога Заречье—Луговое была открыта 11 марта."
    assert bool(_pair(a, b)) is conflict


@pytest.mark.parametrize(("b", "conflict"), [
    # the story's event called by a word for any event
    ("«С нами это мероприятие не согласовывалось», — ответили в ведомстве.", True),
    # another thing
    ("«Маршрут шествия с ними не согласовывался», — ответили в ведомстве.", False),
])
def test_the_event_by_a_word_for_any_event(b: str, conflict: bool) -> None:
    a = "Концерт был заранее согласован с полицией, заявил мэр."
    assert bool(_pair(a, b)) is conflict


def test_one_report_telling_yes_and_no_is_no_conflict() -> None:
    """One voice telling both tells two things (of two groups, or of two times)."""
    ca = in_story(PAID, "a.txt", 1)
    cb = in_story(NOT_PAID, "a.txt", 1)
    assert [k for k in found([ca, cb]) if k[0] == "statement"] == []


PETROV = (("Иван Петров", "Иван Петров"),)
SIDOROV = (("Олег Сидоров", "Олег Сидоров"),)


@pytest.mark.parametrize(
    ("a", "b", "people_b", "conflict"),
    [
        # one named person given both answers
        ("Иван Петров получил премию за сезон от клуба.",
         "Иван Петров никакой премии от клуба не получал.", PETROV, True),
        # two people: one got it, the other did not
        ("Иван Петров получил премию за сезон от клуба.",
         "Олег Сидоров никакой премии от клуба не получал.", SIDOROV, False),
        # told as a wish, the «no» answers nothing
        ("Иван Петров получил премию за сезон от клуба.",
         "Иван Петров может не получить премию от клуба.", PETROV, False),
    ],
)
def test_a_named_persons_yes_and_no(a: str, b: str, people_b: tuple[tuple[str, str], ...],
                                    conflict: bool) -> None:
    got = _pair(a, b, PETROV, people_b)
    assert bool(got) is conflict


@pytest.mark.parametrize(
    ("speaker", "quote", "conflict"),
    [
        # the man himself says nobody did it to him: «меня» is the man the other names
        ("Иван Петров", "Меня никто не допрашивал, я узнал обо всем из новостей", True),
        # another man's own words tell of him, not of Петров
        ("Олег Сидоров", "Меня никто не допрашивал, я узнал обо всем из новостей",
         False),
        # words of the first person plural are a group's
        ("Иван Петров", "Нас никто не допрашивал, мы узнали обо всем из новостей",
         False),
    ],
)
def test_a_persons_own_denial_in_the_first_person(speaker: str, quote: str,
                                                   conflict: bool) -> None:
    a = in_story("В полиции сообщили, что Ивана Петрова допросили по делу о "
                 "растрате.", "a.txt", 1, people=(('Ивана Петрова', 'Иван Петров'),))
    b = in_story(f"«{quote}», — сказал бухгалтер.", "b.txt", 2, speaker=speaker, quote=quote)
    got = [k for k in found([a, b]) if k[0] == "statement"]
    assert bool(got) is conflict


@pytest.mark.parametrize(
    ("b", "conflict"),
    [
        # a denial of any paper denies the protocol, however unlike the wording
        ("Представитель покупателя заявил, что никаких документов в столице не "
         "подписывалось.", True),
        ("Министр сообщил, что по итогам встречи стороны ничего не подписывали.", True),
        # a denial of another thing («никаких денег»), or of one's own act, does not
        ("Адвокат заявил, что никаких денег его подзащитный не подписывал.", False),
        ("«Я стоял в стороне и ничего не подписывал», — сказал участник встречи.", False),
    ],
)
def test_a_denial_of_everything_meets_a_thing_affirmed(b: str, conflict: bool) -> None:
    a = "Компании по итогам переговоров в столице подписали протокол о графике погашения."
    assert bool(_pair(a, b)) is conflict


@pytest.mark.parametrize(
    ("b", "conflict"),
    [
        # one verb done to one thing, affirmed and denied, however else the claims differ
        ("Пресс-секретарь министра сказала, что на переговорах он «не обсуждал никакой "
         "обмен» и потребовал освободить всех задержанных.", True),
        # the same verb of another thing
        ("Пресс-секретарь министра сказала, что на переговорах он «не обсуждал никакие "
         "поставки» и потребовал освободить всех задержанных.", False),
    ],
)
def test_one_verb_of_one_thing_yes_and_no(b: str, conflict: bool) -> None:
    a = "Посольство сообщило, что министры обсудили возможный обмен задержанными."
    assert bool(_pair(a, b)) is conflict


@pytest.mark.parametrize(
    ("b", "conflict"),
    [
        # «никто не» denies flat; the thing stands before it
        ("Жена утверждает, что муж в той же камере, в больницу его никто не переводил.", True),
        ("Жена утверждает, что в другую камеру его никто не переводил.", False),
    ],
)
def test_nobody_did_it_to_one_thing(b: str, conflict: bool) -> None:
    a = "Консул сообщил, что заключенного 18 ноября перевели в тюремную больницу."
    assert bool(_pair(a, b)) is conflict


def test_a_plain_denial_of_one_thing_needs_more_likeness() -> None:
    """«протокол не составлялся» of one man against «на них составлены протоколы» of a
    group: one verb of one thing, but denied plainly and of someone else."""
    a = ("Как сообщила полиция, в отделы доставлены семь граждан, на них составлены "
         "протоколы об административном правонарушении.")
    b = "Его отпустили через час, протокол не составлялся."
    assert _pair(a, b) == []


@pytest.mark.parametrize(
    ("yes", "no", "conflict"),
    [
        # the verb's own noun is one: a likeness below the usual is enough
        ("Источник сообщил, что самолет был поражен ракетой зенитного комплекса.",
         "Президент заявил, что ракеты комплекса не поразили самолет напрямую, а взорвались "
         "рядом.", True),
        # the verb's nouns differ: two questions
        ("Источник сообщил, что склад был поражен ракетой зенитного комплекса.",
         "Президент заявил, что ракеты комплекса не поразили самолет напрямую, а взорвались "
         "рядом.", False),
    ],
)
def test_one_verb_of_one_thing_answered_yes_and_no(yes: str, no: str, conflict: bool) -> None:
    assert bool(_pair(yes, no)) is conflict


@pytest.mark.parametrize(
    ("yes", "no", "conflict"),
    [
        # a reflexive verb's thing stands far before it, past its phrase of nouns
        ("Рабочим сказали, что полиция возбудила уголовное дело о хищении на складе.",
         "В полиции уточнили, что уголовное дело о хищении на складе так и не возбуждалось.",
         True),
        # another thing of that verb: two questions
        ("Рабочим сказали, что полиция возбудила уголовное дело о хищении на складе.",
         "В полиции уточнили, что производство о хищении на складе так и не возбуждалось.",
         False),
    ],
)
def test_a_reflexive_verbs_thing_answered_yes_and_no(yes: str, no: str, conflict: bool) -> None:
    assert bool(_pair(yes, no)) is conflict


@pytest.mark.parametrize(
    ("yes", "no", "conflict"),
    [
        # a denial of the whole kind the other names
        ("Следователи сообщили, что по факту аварии возбуждено дело.",
         "В прокуратуре заявили, что уголовного дела по факту аварии нет.", True),
        # a denial of only the kind a participle's adjective singles out: no answer to
        # the noun of any kind
        ("По данным полиции, автобус выполнял рейс по маршруту до областного центра.",
         "По данным чиновников, зарегистрированных рейсов в этот поселок нет.", False),
        ("По данным полиции, автобус выполнял рейс по маршруту до областного центра.",
         "По данным чиновников, лицензированных рейсов в этот поселок нет.", False),
    ],
)
def test_a_denial_of_one_kind_of_a_thing(yes: str, no: str, conflict: bool) -> None:
    assert bool(_pair(yes, no)) is conflict


@pytest.mark.parametrize(
    ("yes", "no", "conflict"),
    [
        # one thing named by a phrase of two nouns, its denial told with particles between
        # the phrase and the verb
        ("Источник сообщил, что владелец склада задержан в ночь на вторник.",
         "В полиции заявили, что владельца склада пока не задерживали.", True),
        # one noun shared is not enough at this likeness
        ("Источник сообщил, что владелец склада задержан в ночь на вторник.",
         "В полиции заявили, что владельца магазина пока не задерживали.", False),
    ],
)
def test_a_thing_named_by_two_nouns_answered_yes_and_no(yes: str, no: str,
                                                         conflict: bool) -> None:
    assert bool(_pair(yes, no)) is conflict


@pytest.mark.parametrize(
    ("yes", "no", "conflict"),
    [
        # the thing a participle is said of, named by the other claim: one question,
        # whoever else the two claims name
        ("Губернатор Иван Петров подписал указ о введении в области режима чрезвычайной "
         "ситуации регионального характера.",
         "Однако, как выяснила редакция, режим чрезвычайной ситуации в области так и не был "
         "объявлен.", True),
        ("В области введен режим чрезвычайной ситуации.",
         "По данным редакции, режим чрезвычайной ситуации в области так и не был объявлен.",
         True),
        # others than the one named («их»): two questions
        ("Иван Петров под домашним арестом: суд избрал ему меру пресечения.",
         "Их мера пресечения в виде домашнего ареста пока не избрана.", False),
        # another thing declared: two questions
        ("Губернатор Иван Петров подписал указ о введении в области карантина по бешенству.",
         "Однако, как выяснила редакция, режим чрезвычайной ситуации в области так и не был "
         "объявлен.", False),
    ],
)
def test_a_thing_declared_and_never_declared(yes: str, no: str, conflict: bool) -> None:
    assert bool(_pair(yes, no, PETROV if "Петров" in yes else ())) is conflict


def test_a_sides_evidence_reads_most_like_the_other_side() -> None:
    """Of many reports affirming a deed, those worded most like the denial are shown,
    not the shortest (which tell the deed in passing)."""
    no = ("Однако источник рассказал, что дело против перевозчика «Северная линия» пока "
          "не возбуждено, ведомство ограничилось предостережением.")
    yes = ["Ведомство возбудило дело против перевозчика «Северная линия» из-за цен на билеты.",
           "В среду антимонопольная служба возбудила дело.",
           "Служба возбудила дело в понедельник.",
           "Дело возбудили по жалобам пассажиров."]
    cs = [in_story(t, f"{i}.txt", i + 1) for i, t in enumerate([*yes, no])]
    got = [k for k in conflicts.find_conflicts(cs) if k.kind == "statement"]
    assert len(got) == 1
    sides = {(s.side, s.value) for s in got[0].sides}
    assert sides == {("a", "да"), ("b", "нет")}
    assert cs[0].id in {s.claim_id for s in got[0].sides if s.value == "да"}


@pytest.mark.parametrize(
    ("yes", "no", "conflict"),
    [
        ("Инспекция уже оштрафовала перевозчика на 300 тысяч рублей.",
         "Представитель инспекции сказал, что никаких штрафов перевозчику пока не выписано.",
         True),
        ("Инспекция наложила на перевозчика штраф в 300 тысяч рублей.",
         "Представитель инспекции сказал, что никаких штрафов перевозчику пока не выписано.",
         True),
        # another verb's noun: no fine
        ("Инспекция наложила арест на имущество перевозчика.",
         "Представитель инспекции сказал, что никаких штрафов перевозчику пока не выписано.",
         False),
    ],
)
def test_a_deed_told_by_another_verb(yes: str, no: str, conflict: bool) -> None:
    assert bool(_pair(yes, no)) is conflict


@pytest.mark.parametrize(
    ("yes", "conflict"),
    [
        # the thing a passive participle is said of, first in its claim, is what the flat
        # denial's verb is done to
        ("Водозаборы в Заречье и Луговом остановлены в превентивном порядке.", True),
        ("Глава района сообщил, что водозаборы в прибрежных поселках остановлены.", True),
        # another thing stopped
        ("Движение поездов в Заречье и Луговом остановлено в превентивном порядке.", False),
    ],
)
def test_a_thing_stopped_against_nobody_stopping_it(yes: str, conflict: bool) -> None:
    a = in_story(yes, "a.txt", 1)
    b = in_story("Директор водоканала сообщила, что городской водозабор никто не останавливал.",
                 "b.txt", 2)
    assert (("statement", ("да", "нет")) in found([a, b])) == conflict


@pytest.mark.parametrize(
    ("yes", "no", "conflict"),
    [
        # an act denied to have happened at all, against the act told in other words
        ("Около 300 жителей села ночью вывезли на автобусах в соседний поселок.",
         "«Никакой эвакуации не было и не требовалось», — сказал глава района.", True),
        ("Нападавшие отобрали у журналиста телефон и кошелек, сообщили в полиции.",
         "Сам журналист утверждает, что у него ничего не украли.", True),
        # none needed, none found: against the act told by another report
        ("В мэрии рекомендовали жителям района закрыть окна.",
         "Губернатор заверил, что никаких особых рекомендаций для населения не нужно.", True),
        ("Общественная лаборатория зафиксировала в одном из кварталов превышение нормы по "
         "бензолу.",
         "«Превышений предельно допустимых концентраций в жилой застройке не выявлено», — "
         "заявила руководитель управления.", True),
        # the warning said, not given: «предупредил, что ...» is words
        ("Синоптики предупредили, что паводок продолжится.",
         "«Никто нас не предупреждал», — говорит жительница.", False),
    ],
)
def test_an_act_told_in_other_words(yes: str, no: str, conflict: bool) -> None:
    assert bool(_pair(yes, no)) is conflict


@pytest.mark.parametrize(
    ("yes", "no", "conflict"),
    [
        # an action noun in «-тие» is its verb's act: «вскрытие» is «вскрыть»
        ("Контейнер с образцами был вскрыт в присутствии понятых.",
         "«Никакого вскрытия не было», — сказал адвокат.", True),
        # an opening denied of another thing
        ("Контейнер с образцами был вскрыт в присутствии понятых.",
         "«Сейф никто не вскрывал», — сказал адвокат.", False),
    ],
)
def test_an_act_of_opening_affirmed_and_denied(yes: str, no: str, conflict: bool) -> None:
    assert bool(_pair(yes, no)) is conflict


def test_the_day_a_quote_was_said_does_not_date_its_words() -> None:
    """«Никто его не открывал», — сказал в четверг юрист: Thursday is the day of the
    words, not of what they deny, so the denial still answers the opening on the 16th."""
    import dataclasses

    from factdb.conflicts.groups import dates_compatible

    opened = in_story("Контейнер вскрыли 16 ноября.", "a.txt", 1,
                      dates=(("16 ноября", "day", "2024-11-16", "2024-11-16"),))
    text = "«Контейнер 16-го числа никто не вскрывал», — сказал в четверг юрист."
    denied = in_story(text, "b.txt", 2,
                      dates=(("в четверг", "day", "2024-11-21", "2024-11-21"),))
    quoted = dataclasses.replace(denied, claim=dataclasses.replace(
        denied.claim, quote="Контейнер 16-го числа никто не вскрывал", said_on="2024-11-21"))
    assert not dates_compatible(read_facts(opened), read_facts(denied))
    assert dates_compatible(read_facts(opened), read_facts(quoted))
