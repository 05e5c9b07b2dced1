"""Conflict rules of accidents in homes, pools and hospitals and of what follows them: a
cause cleared in a clause of its own, a pump that failed, a gas release put at an hour, a
licence held, the people in a building that night, a court's milder measure, a person told
by a pronoun, a title's parenthesis, a woman's surname read as a man's, two verbs of
studying; each with its look-alike.

Hand-built claims of one story (tests.test_conflict_rules_affairs._read) whose counts and
dates the extraction reads from their text; people named are placed by hand (tests.
test_conflicts.claim).
"""

from __future__ import annotations

import pytest

from factdb.conflicts.facts import read_facts
from factdb.conflicts.people import People
from factdb.models import StoredClaim
from tests.test_conflict_rules import found
from tests.test_conflict_rules_affairs import _kinds, _read


@pytest.mark.parametrize(("second", "conflict"), [
    # the cigarette is the cause; what «ни при чем» clears in its own clause is the wiring
    ("Владелец гостиницы уверен, что возгорание случилось из-за того, что гость курил в "
     "номере, и «электрика тут ни при чем».", True),
    # the cigarette cleared in its own clause; the same cause
    ("Владелец гостиницы уверен, что курение в номере ни при чем.", False),
    ("Огонь, по данным экспертов, начался с замыкания в щитке.", False),
])
def test_a_cause_cleared_in_its_own_clause(second: str, conflict: bool) -> None:
    first = "Следователи назвали главной версией пожара в гостинице короткое замыкание."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a pump that failed or jammed is the machine's fault, not the worker's
    ("Директор котельной заявил, что на станции отказал старый циркуляционный насос.", True),
    ("По словам механика, клапан подачи заклинило еще утром.", True),
    # a pump spoken of, not failed; the same cause
    ("Механик сообщил, что насос после аварии забрали эксперты.", False),
    ("Прокуратура считает, что виноват оператор, допустивший ошибку.", False),
])
def test_a_pump_that_failed(second: str, conflict: bool) -> None:
    first = "Авария на котельной произошла в результате ошибки оператора, сообщили в МЧС."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a release told as what happened at an hour, an hour earlier
    ("По словам рабочих цеха, утечка произошла около 08:00 11 ноября.", True),
    # the same hour; another thing's hour
    ("По словам рабочих цеха, утечка произошла около 09:10 11 ноября.", False),
    ("Рабочие пришли в цех около 08:00 11 ноября, утечки тогда не было.", False),
])
def test_a_release_put_at_an_hour(second: str, conflict: bool) -> None:
    first = "Выброс аммиака на заводе произошел в 09:15 11 ноября, сообщили в МЧС."
    assert ("date" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a licence had, or the papers in order
    ("Лицензия у клиники была, настаивает ее директор.", True),
    ("Директор клиники говорит, что разрешительные документы в порядке.", True),
    # a licence taken back; none at all
    ("Лицензия у клиники была отозвана еще в прошлом году.", False),
    ("Лицензии у клиники не было, подтвердили в Росздравнадзоре.", False),
])
def test_a_licence_held(second: str, conflict: bool) -> None:
    first = "По данным прокуратуры, частная клиника действовала без лицензии."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the people in the building that night, whatever noun or verb of being there
    ("Управляющий уверяет, что ночью в общежитии ночевали восемнадцать жильцов.", True),
    ("По словам управляющего, в общежитии находились 18 жильцов.", True),
    # the residents, not all home; the firemen at the site
    ("По словам управляющего, в общежитии проживают 18 человек.", False),
    ("На месте пожара работали 18 спасателей.", False),
])
def test_the_people_in_a_building(second: str, conflict: bool) -> None:
    first = "Когда начался пожар, в общежитии находились сорок два человека."
    assert ("count" in _kinds(first, second)) is conflict


def _named(text: str, doc: str, n: int, *names: tuple[str, str],
           speaker: str | None = None) -> StoredClaim:
    """A claim of the story naming these people (written form, name) where they stand."""
    from dataclasses import replace

    from factdb.models import Entity

    sc = _read(text, doc, n)
    base = sc.claim.start + len(sc.claim.text) - len(text)
    ents = tuple(Entity(base + text.index(w), base + text.index(w) + len(w), w, name, "PER")
                 for w, name in names)
    return replace(sc, claim=replace(sc.claim, entities=sc.claim.entities + ents,
                                     speaker=speaker))


@pytest.mark.parametrize(("second", "conflict"), [
    # the milder measure, the house arrest denied or refused
    ("«Никакого ареста у него нет: Ивана Петрова отпустили под подписку о невыезде».",
     True),
    ("Суд отказал прокурору в домашнем аресте Ивана Петрова и ограничился запретом "
     "определенных действий.", True),
    # a house arrest denied, no measure told instead
    ("Под домашний арест Иван Петров не помещен.", False),
])
def test_a_milder_measure(second: str, conflict: bool) -> None:
    a = _named("Суд избрал Ивану Петрову меру пресечения в виде домашнего ареста.", "a.txt",
               1, ("Ивану Петрову", "Иван Петров"))
    written = next(w for w in ("Ивана Петрова", "Иван Петров") if w in second)
    b = _named(second, "b.txt", 2, (written, "Иван Петров"))
    assert ("status" in [k for k, _v in found([a, b])]) is conflict


@pytest.mark.parametrize(("quote", "speaker", "conflict"), [
    # «его» after the person named by first name and patronymic in the clause before
    ("«Иван Сергеевич сейчас в Стамбуле, его никто не задерживал».", "Мария Ильина", True),
    # the speaker herself is no antecedent: her «его» is someone else
    ("«Мария Ильина говорит, что его не задерживали».", "Мария Ильина", False),
])
def test_a_pronoun_after_the_person_named(quote: str, speaker: str, conflict: bool) -> None:
    a = _named("Иван Петров задержан 13 ноября на границе.", "a.txt", 1,
               ("Иван Петров", "Иван Петров"))
    names = [(w, w) for w in ("Иван Сергеевич", "Мария Ильина") if w in quote]
    b = _named(quote, "b.txt", 2, *names, speaker=speaker)
    c = _named("Бизнесмен Иван Петров уехал в Турцию еще летом.", "b.txt", 2,
               ("Иван Петров", "Иван Петров"))
    assert ("statement" in [k for k, _v in found([a, b, c])]) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the subject before a parenthesis that names the governor, not the governor
    ("Директор школы Ольга Седова, по словам губернатора Нины Карповой, уволена.", True),
    # the governor's own dismissal is another person's
    ("Губернатор Нина Карпова, по данным источника, уволена.", False),
])
def test_a_subject_before_a_parenthesis(second: str, conflict: bool) -> None:
    a = _named("Ольга Седова написала заявление об уходе по собственному желанию.", "a.txt", 1,
               ("Ольга Седова", "Ольга Седова"))
    names = [(w, w) for w in ("Ольга Седова", "Нины Карповой", "Нина Карпова")
             if w in second]
    b = _named(second, "b.txt", 2, *[(w, "Нина Карпова" if "Карпов" in w else n)
                                     for w, n in names])
    assert ("statement" in [k for k, _v in found([a, b])]) is conflict


@pytest.mark.parametrize(("named", "lone", "person"), [
    # a lone «Седова» the recogniser put in the masculine: the woman the report names
    ("Ольга Седова", "Седов", "ольга седова"),
    # a man of the report keeps his own surname; another surname is no one of it
    ("Петр Седов", "Седов", "петр седов"),
    ("Ольга Седова", "Седовский", None),
])
def test_a_womans_surname_read_as_a_mans(named: str, lone: str, person: str | None) -> None:
    assert People([named], by_doc={1: [named]}).in_doc(lone, 1) == person


@pytest.mark.parametrize(("text", "frame"), [
    # two verbs of studying are one predicate
    ("В гимназии, по данным управления образования, обучаются 480 детей.", "~учиться"),
    ("Там, как говорят учителя, учатся около 500 детей.", "~учиться"),
    ("Там, как говорят учителя, живут около 500 детей.", "~жить"),
])
def test_two_verbs_of_studying(text: str, frame: str) -> None:
    got = [f for f, cls, _n, _v in read_facts(_read(text, "a.txt", 1)).counts
           if cls == "дети"]
    assert got == [frame]
