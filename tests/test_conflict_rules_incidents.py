"""Conflict rules of rounds 62 and 63, each with its look-alike: a patient at home or in a bed (by a
description, by how long the bed lasts, by a bed never given), a modal word that reaches
only its own clause, a pronoun opening a claim and a kinsman of the speaker as the person
of a detention denied, a deed denied in the past tense or a paper missing days after the
deed was told, an action noun in «-ка», one report setting two sources' figures of a day
against each other, a count of a moment gone by told days apart, one event told by a verb
and its reflexive or by a day denied for another, the alarm raised with the rescuers.

Hand-built claims of one story (tests.test_conflict_rules.in_story); counts, dates and
people as the extraction reads them where a rule needs them.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from factdb.extract.dates import find_dates
from factdb.extract.facts import find_counts
from factdb.models import Entity, StoredClaim
from tests.test_conflict_rules import found, in_story

_DAY = "2026-03-10"


def _claim(text: str, doc: str, day: str = _DAY, *names: tuple[str, str],
           speaker: str | None = None, start: int = 0) -> StoredClaim:
    """A claim of report `doc` («a.txt», «b.txt»...) said on `day`, with the counts and
    dates the extraction reads, naming these people (written form, name) where they
    stand."""
    counts = tuple((c.text, c.value, c.noun) for c in find_counts(text, 0))
    dates = tuple((d.text, d.precision, d.date_from, d.date_to)
                  for d in find_dates(text, 0, day))
    sc = in_story(text, doc, ord(doc[0]) - ord("a") + 1, published=day, counts=counts,
                  dates=dates, start=start)
    base = sc.claim.start + len(sc.claim.text) - len(text)
    ents = tuple(Entity(base + text.index(w), base + text.index(w) + len(w), w, name, "PER")
                 for w, name in names)
    return replace(sc, claim=replace(sc.claim, entities=sc.claim.entities + ents,
                                     speaker=speaker, said_on=day))


def _kinds(*claims: StoredClaim) -> list[str]:
    return [k for k, _v in found(list(claims))]


_SOMOV = ("Павел Сомов", "Павел Сомов")


@pytest.mark.parametrize(("home", "bed", "conflict"), [
    # a bed never given, against a bed that lasts
    ("«Павла Сомова в больницу никто не клал, он лечится дома».",
     "Павел Сомов по-прежнему в ожоговом отделении.", True),
    ("«Павел Сомов дома, а не в больнице», — заявил адвокат.",
     "Павел Сомов до сих пор в больнице.", True),
    # a modal word in another clause: the discharge is told all the same
    ("Павла Сомова осмотрели и отпустили домой, он готов дать показания.",
     "Павел Сомов лежит в хирургическом отделении.", True),
    # ... but in the answer's own clause it tells what may be
    ("Павла Сомова могут отпустить домой.",
     "Павел Сомов лежит в хирургическом отделении.", False),
    # a group's home is not the man's
    ("Трое пострадавших лечатся дома.", "Павел Сомов до сих пор в больнице.", False),
])
def test_a_patient_at_home_or_in_a_bed(home: str, bed: str, conflict: bool) -> None:
    a = _claim(home, "a.txt", "2026-03-10", *(
        [(w, "Павел Сомов") for w in ("Павла Сомова", "Павел Сомов") if w in home][:1]))
    b = _claim(bed, "b.txt", "2026-03-11", _SOMOV)
    assert ("statement" in _kinds(a, b)) is conflict


def test_a_patient_told_by_the_one_description_the_story_gives() -> None:
    """«Инструктор группы остается в ожоговом отделении» of a story naming «инструктор
    группы Павел Сомов»: the description is his."""
    named = _claim("Среди пострадавших — инструктор группы Павел Сомов.", "c.txt",
                   "2026-03-10", _SOMOV)
    home = _claim("«Павла Сомова в больницу никто не клал, он лечится дома».", "a.txt",
                  "2026-03-10", ("Павла Сомова", "Павел Сомов"))
    bed = _claim("Инструктор группы, уточнили в министерстве, по-прежнему в ожоговом "
                 "отделении.", "b.txt", "2026-03-11")
    assert "statement" in _kinds(named, home, bed)


_DRIVER = "Водитель грузовика Игорь Белов работает в компании девятый год."


@pytest.mark.parametrize(("denial", "speaker", "conflict"), [
    # a claim opening on «его» continues the report's sentences: the man named last
    ("«Никто его не задерживал, у палаты нет полиции», — утверждает директор.",
     "Эдуард Лапин", True),
    # his wife's «мужа»: the man with her surname
    ("«Мужа никто не задерживал, следователь приходил к нему один раз».", "Наталья Белова",
     True),
    # a woman of another surname: her husband is someone else
    ("«Мужа никто не задерживал, следователь приходил к нему один раз».", "Наталья Орлова",
     False),
])
def test_a_detention_denied_of_the_man_told_before(denial: str, speaker: str,
                                                   conflict: bool) -> None:
    held = _claim("Игорь Белов задержан, сообщили в СК.", "a.txt", "2026-03-10",
                  ("Игорь Белов", "Игорь Белов"))
    before = _claim(_DRIVER, "b.txt", "2026-03-11", ("Игорь Белов", "Игорь Белов"),
                    speaker="Эдуард Лапин")
    said = _claim(denial, "b.txt", "2026-03-11", speaker=speaker,
                  start=len(before.claim.text) + 1)
    others = [] if "Белов" in speaker else [
        _claim("Сергей Орлов тоже водитель компании.", "b.txt", "2026-03-11",
               ("Сергей Орлов", "Сергей Орлов"), start=2 * len(before.claim.text))]
    assert ("statement" in _kinds(held, before, said, *others)) is conflict


@pytest.mark.parametrize(("no", "day", "conflict"), [
    # a deed denied in the past tense a week on: never done
    ("«Я никакого акта приемки не подписывал», — сказал член комиссии.", "2026-03-17", True),
    # a paper missing now was never made
    ("«Акта приемки трибуны среди изъятых документов нет», — сказала следователь.",
     "2026-03-15", True),
    # a past-tense denial told days before the deed is the news of its time
    ("«Я никакого акта приемки не подписывал», — сказал член комиссии.", "2026-03-01", False),
])
def test_a_deed_denied_days_after_it_was_told(no: str, day: str, conflict: bool) -> None:
    yes = _claim("«Трибуна прошла приемку, акт комиссии подписан в пятницу».", "a.txt",
                 "2026-03-10")
    assert ("statement" in _kinds(yes, _claim(no, "b.txt", day))) is conflict


@pytest.mark.parametrize(("no", "conflict"), [
    # the act named by its «-ка» noun
    ("По акту инспекторов, противогололедной обработки на спуске не было.", True),
    ("Однако следов обработки противогололедными материалами не обнаружено.", True),
    # a noun in «-ка» naming no act of the story
    ("На спуске не было ни одной остановки общественного транспорта.", False),
])
def test_an_act_denied_by_its_noun_in_ka(no: str, conflict: bool) -> None:
    yes = _claim("«Мы обрабатывали спуск реагентами дважды за ночь», — сказал инженер.",
                 "a.txt")
    assert ("statement" in _kinds(yes, _claim(no, "b.txt"))) is conflict


@pytest.mark.parametrize(("parent", "speaker", "conflict"), [
    # one report sets the ministry's figure against a mother's, of one day
    ("«Сейчас в больнице лежат семеро наших детей», — говорит мать ученика.", "Анна Петрова",
     True),
    # the same voice telling two figures tells two things
    ("В больнице лежат семеро детей из другой школы.", "минздрав", False),
])
def test_one_report_sets_two_sources_figures_against_each_other(parent: str, speaker: str,
                                                                conflict: bool) -> None:
    ministry = _claim("В минздраве повторили, что в стационаре находятся трое детей.",
                      "a.txt", speaker="минздрав")
    mother = _claim(parent, "a.txt", speaker=speaker, start=len(ministry.claim.text) + 1)
    assert ("count" in _kinds(ministry, mother)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a moment gone by, told three days on in the past tense of one verb
    ("По его словам, на секции находились не менее 260 человек.", True),
    # the present tense tells a count of its own day
    ("По его словам, на секции сейчас находятся 260 человек.", False),
])
def test_a_count_of_a_moment_gone_by(second: str, conflict: bool) -> None:
    first = _claim("На центральной секции находились около 120 человек.", "a.txt",
                   "2026-03-07")
    assert ("count" in _kinds(first, _claim(second, "b.txt", "2026-03-10"))) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the plain verb and its reflexive tell one event; the day the other claim says is
    # denied by name
    ("«Барометр разбили ещё в понедельник, а не во вторник», — возмущается отец.", True),
    # a day denied in another clause denies something else
    ("«Барометр разбился во вторник, а до этого он стоял в шкафу и детям не давался».",
     False),
])
def test_one_event_by_its_verb_and_its_reflexive(second: str, conflict: bool) -> None:
    first = _claim("Барометр разбился утром во вторник, 10 марта.", "a.txt", "2026-03-10")
    b = _claim(second, "b.txt", "2026-03-12")
    assert ("date" in _kinds(first, b)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the alarm raised with the rescuers, at two hours
    ("«Наш дежурный сообщил в МЧС около 22:00», — говорит директор.", True),
    # the ministry's own word, «как сообщили в МЧС», raises no alarm
    ("Как сообщили в МЧС, поиски продолжались до 22:00.", False),
])
def test_the_alarm_raised_with_the_rescuers(second: str, conflict: bool) -> None:
    first = _claim("Первое сообщение о пропаже группы поступило в 09:15.", "a.txt")
    assert ("date" in _kinds(first, _claim(second, "b.txt"))) is conflict


# ---------------------------------------------------------------- round 63


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # a power cut told by what went dark, at two hours
    ("«В 02:40 больница была полностью обесточена», — сказал главврач.",
     "«Отключение фидера зафиксировано диспетчером в 03:25», — сообщили в компании.", True),
    ("«В 02:40 больница была полностью обесточена», — сказал главврач.",
     "«Около 02:45 все погасло разом», — вспоминает медсестра.", False),
    # the last lowered, by the hour it was done by
    ("«Эвакуация завершена, последних катающихся спустили к 14:30», — сказала она.",
     "«Последнего человека спустили на землю в 16:50», — рассказали в ведомстве.", True),
    ("«Эвакуация завершена, последних катающихся спустили к 14:30», — сказала она.",
     "«Последнего человека спустили на землю в 14:25», — рассказали в ведомстве.", False),
    # works begun
    ("«Снос начался около 01:30», — говорит сосед.",
     "«Работы начались в шесть утра, а не ночью», — заявил застройщик.", True),
    ("«Снос начался около 01:30», — говорит сосед.",
     "«Техника зашла на участок около половины второго ночи», — говорит активист.", False),
    # a call about the event before the hour another report gives it
    ("По данным диспетчеров, сообщение о падении дерева поступило в 16:42.",
     "«Тополь упал в 17:30, в момент самых сильных порывов», — сказал директор.", True),
    ("По данным диспетчеров, сообщение о падении дерева поступило в 16:42.",
     "«Тополь упал в 16:30, в момент самых сильных порывов», — сказал директор.", False),
])
def test_hours_of_round_63(first: str, second: str, conflict: bool) -> None:
    assert ("date" in _kinds(_claim(first, "a.txt"), _claim(second, "b.txt"))) is conflict


@pytest.mark.parametrize(("first", "second", "days", "conflict"), [
    # a preliminary count that a later one passes
    ("«По предварительным данным, в городе повалено более 40 деревьев».",
     "Ветер повалил в городе 112 деревьев, подсчитали в мэрии.", 4, False),
    # machines counted by one verb
    ("«Работали пять экскаваторов», — говорит активист.",
     "«На площадке работали два экскаватора и погрузчик», — заявил застройщик.", 1, True),
    # a collection's pieces by a general word, not by their kinds
    ("Из экспозиции похищены семь произведений.",
     "Из экспозиции похищены девять предметов, сообщили в полиции.", 0, True),
    ("Из экспозиции похищены четыре иконы.",
     "Из экспозиции похищены девять предметов, сообщили в полиции.", 0, False),
])
def test_counts_of_round_63(first: str, second: str, days: int, conflict: bool) -> None:
    a = _claim(first, "a.txt", "2026-03-10")
    b = _claim(second, "b.txt", f"2026-03-{10 + days:02d}")
    assert ("count" in _kinds(a, b)) is conflict


@pytest.mark.parametrize(("second", "speaker", "conflict"), [
    # on leave, no order: no dismissal
    ("«Галина Николаевна находится в ежегодном отпуске, приказа о ее увольнении не "
     "поступало».", "пресс-служба музея", True),
    ("«Меня никто не увольнял, я в отпуске», — сказала она.", "Галина Петрова", True),
    # another woman's leave is hers
    ("«Меня никто не увольнял, я в отпуске», — сказала она.", "Анна Орлова", False),
])
def test_dismissed_or_on_leave(second: str, speaker: str, conflict: bool) -> None:
    a = _claim("Министр приняла решение освободить Галину Петрову от должности.", "a.txt",
               "2026-03-10", ("Галину Петрову", "Галина Петрова"))
    names = [("Галина Николаевна", "Галина Петрова")] if "Николаевна" in second else []
    b = _claim(second, "b.txt", "2026-03-11", *names, speaker=speaker)
    c = _claim("Директор музея Галина Петрова руководит им с 2008 года.", "b.txt",
               "2026-03-11", ("Галина Петрова", "Галина Петрова"), start=200)
    d = _claim("Анна Орлова работает хранителем.", "b.txt", "2026-03-11",
               ("Анна Орлова", "Анна Орлова"), start=300)
    assert ("statement" in _kinds(a, b, c, d)) is conflict


@pytest.mark.parametrize(("no", "conflict"), [
    # a machine's start denied, its head word shared («дизель-генератор», «генератор»)
    ("Прокуратура установила, что в ту ночь генератор не запускался вовсе.", True),
    ("Прокуратура установила, что в ту ночь насос не запускался вовсе.", False),
])
def test_a_machine_started_or_not(no: str, conflict: bool) -> None:
    yes = _claim("«Резервный дизель-генератор запустился автоматически», — сказал главврач.",
                 "a.txt", "2026-03-10")
    assert ("statement" in _kinds(yes, _claim(no, "b.txt", "2026-03-15"))) is conflict


@pytest.mark.parametrize(("yes", "no", "conflict"), [
    ("«Снос производился на основании разрешения, выданного мэрией», — сказали в компании.",
     "«Никакого разрешения на снос не выдавалось», — сказала председатель комитета.", True),
    ("«На каждую партию у нас есть ветеринарные сертификаты», — говорит поставщик.",
     "Как установили инспекторы, корм приехал в зоопарк без ветеринарных документов.", True),
    ("«Заключение экспертизы у нас действующее», — говорит директор.",
     "«Срок действия заключения экспертизы истек 30 октября», — сказали в Ростехнадзоре.",
     True),
    # an expertise done is no permit in force
    ("«Экспертиза была проведена в октябре», — говорит директор.",
     "«Срок действия заключения экспертизы истек 30 октября», — сказали в Ростехнадзоре.",
     False),
])
def test_a_permit_certificate_or_expertise(yes: str, no: str, conflict: bool) -> None:
    got = _kinds(_claim(yes, "a.txt"), _claim(no, "b.txt"))
    assert ("statement" in got) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the first ill animals on two days
    ("«Первые признаки недомогания у животных мы заметили утром в воскресенье, 8 марта».",
     True),
    ("«Первые признаки недомогания у животных мы заметили в пятницу, 6 марта».", False),
])
def test_the_first_animals_ill(second: str, conflict: bool) -> None:
    first = _claim("По данным ветеринаров, первые животные заболели в пятницу, 6 марта.",
                   "a.txt", "2026-03-10")
    assert ("date" in _kinds(first, _claim(second, "b.txt", "2026-03-10"))) is conflict
