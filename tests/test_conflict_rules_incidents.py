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
           speaker: str | None = None, start: int = 0,
           statuses: tuple[tuple[str, str, str | None], ...] = ()) -> StoredClaim:
    """A claim of report `doc` («a.txt», «b.txt»...) said on `day`, with the counts and
    dates the extraction reads, naming these people (written form, name) where they
    stand, and with these statuses (words, status, person)."""
    counts = tuple((c.text, c.value, c.noun) for c in find_counts(text, 0))
    dates = tuple((d.text, d.precision, d.date_from, d.date_to)
                  for d in find_dates(text, 0, day))
    sc = in_story(text, doc, ord(doc[0]) - ord("a") + 1, published=day, counts=counts,
                  dates=dates, start=start, statuses=statuses)
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


# ---------------------------------------------------------------- round 64


@pytest.mark.parametrize(("first", "second", "days", "conflict"), [
    # those aboard a lift's cabin, by a collective numeral alone
    ("По данным МЧС, в кабине лифта ехали четыре человека.",
     "«В лифте ехали пятеро, мальчика соседи достали раньше спасателей».", 2, True),
    # a collective of no vehicle counts no one aboard
    ("По данным МЧС, в кабине лифта ехали четыре человека.",
     "«Во дворе в тот момент было пятеро», — рассказала соседка.", 2, False),
    # water let out, in cubic metres, by any verb
    ("«За пределы дамбы вышло около 3 тысяч кубометров воды», — сказали в компании.",
     "По расчетам надзора, в ручей попало не менее 18 тысяч кубометров загрязненной воды.",
     1, True),
    # a flow is no volume let out
    ("«За пределы дамбы вышло около 3 тысяч кубометров воды», — сказали в компании.",
     "Сброс из водохранилища увеличен до 1800 кубометров в секунду.", 1, False),
    # a tally told as grown so far, days later
    ("Петицию, по словам ее автора, за сутки подписали более 1200 человек.",
     "Как сообщает газета, ее подписали уже больше трех тысяч человек.", 2, False),
])
def test_counts_of_round_64(first: str, second: str, days: int, conflict: bool) -> None:
    a = _claim(first, "a.txt", "2026-03-10")
    b = _claim(second, "b.txt", f"2026-03-{10 + days:02d}")
    assert ("count" in _kinds(a, b)) is conflict


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # the last maintenance on one day, another maintenance told later still
    ("«Последний раз механик обслуживал этот лифт 29 октября», — сказал директор УК.",
     "«Плановое техобслуживание лифта провели 12 ноября», — говорит подрядчик.", True),
    ("«Последний раз механик обслуживал этот лифт 12 ноября», — сказал директор УК.",
     "«Плановое техобслуживание лифта провели 29 октября», — говорит подрядчик.", False),
])
def test_the_last_maintenance(first: str, second: str, conflict: bool) -> None:
    a = _claim(first, "a.txt", "2026-11-20")
    b = _claim(second, "b.txt", "2026-11-21")
    assert ("date" in _kinds(a, b)) is conflict


@pytest.mark.parametrize(("yes", "no", "conflict"), [
    # a machine's periodic check passed, or not
    ("«Лифт прошел ежегодное техническое освидетельствование в августе», — заявил подрядчик.",
     "«В этом году лифт освидетельствование не проходил», — сказал директор УК.", True),
    ("«Освидетельствование было 14 августа, акт я вам покажу», — сказал подрядчик.",
     "Жилинспекция: лифт работал без ежегодного освидетельствования.", True),
    # a check set for a later day answers nothing
    ("«Освидетельствование лифта назначено на декабрь», — сказал подрядчик.",
     "«В этом году лифт освидетельствование не проходил», — сказал директор УК.", False),
    # an event's plan agreed with the police, or never put to them
    ("«Все меры безопасности были согласованы с правоохранительными органами», — сказали "
     "на арене.",
     "«План обеспечения безопасности в УМВД на согласование не поступал», — сообщила "
     "пресс-секретарь.", True),
    ("«План безопасности согласуют с полицией на следующей неделе», — сказали на арене.",
     "«План обеспечения безопасности в УМВД на согласование не поступал», — сообщила "
     "пресс-секретарь.", False),
])
def test_checks_and_approvals(yes: str, no: str, conflict: bool) -> None:
    got = _kinds(_claim(yes, "a.txt"), _claim(no, "b.txt", "2026-03-11"))
    assert ("statement" in got) is conflict


@pytest.mark.parametrize(("no", "conflict"), [
    # an older month both claims tell of is one question of the story's past
    ("«Никаких предписаний мы не получали, плановая проверка в августе касалась выбросов», — "
     "сказал директор.", True),
    # an older month against the story's own time: two times
    ("«Предписаний по дамбе у компании сейчас нет», — сказал директор.", False),
])
def test_an_older_month_told_yes_and_no(no: str, conflict: bool) -> None:
    yes = _claim("«В августе мы выдали компании предписание устранить фильтрацию через "
                 "дамбу», — сказала глава управления.", "a.txt", "2026-12-01")
    assert ("statement" in _kinds(yes, _claim(no, "b.txt", "2026-12-03"))) is conflict


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # a release begun, at two hours
    ("«Утечка началась около 04:30 утра», — сказали в компании.",
     "«Вода начала уходить из хвостохранилища около 23:00», — заявила глава управления.",
     True),
    ("«Утечка началась около 04:30 утра», — сказали в компании.",
     "«Вода начала уходить из хвостохранилища около 04:40», — заявила глава управления.",
     False),
    # doors opened to a crowd
    ("«Двери открылись ровно в 18:00, как было указано на билетах», — сказал организатор.",
     "«Двери открыли только в 19:10», — рассказала зрительница.", True),
    ("«Вход зрителей начался в 18:00», — сказали на арене.",
     "«Двери открыли около 18:05», — рассказала зрительница.", False),
    # an hour in words with no part of the day is the half of the day nearer the other's
    ("«Утечка началась около 23:40», — сказали в МЧС.",
     "«Утечка началась без двадцати двенадцать», — сообщил ТАСС.", False),
    ("«Утечка началась около 04:30 утра», — сказали в компании.",
     "«Утечка началась без двадцати двенадцать», — сообщил ТАСС.", True),
])
def test_hours_of_round_64(first: str, second: str, conflict: bool) -> None:
    assert ("date" in _kinds(_claim(first, "a.txt"), _claim(second, "b.txt"))) is conflict


@pytest.mark.parametrize(("clock", "conflict"), [
    # a recording's clock is the hour of the event the claim before names
    ("«Время на записи — 00:32, часы на камере я сверял», — говорит он.", True),
    ("«Время на записи — 23:42, часы на камере я сверял», — говорит он.", False),
])
def test_the_clock_of_a_recording(clock: str, conflict: bool) -> None:
    police = _claim("По данным полиции, наезд произошел в пятницу в 23:40.", "a.txt",
                    "2026-03-07")
    video = _claim("Видео момента наезда нам прислал владелец магазина.", "b.txt",
                   "2026-03-07")
    said = _claim(clock, "b.txt", "2026-03-07", start=len(video.claim.text) + 1)
    assert ("date" in _kinds(police, video, said)) is conflict


_LOMAKIN = ("Геннадий Ломакин", "Геннадий Ломакин")


@pytest.mark.parametrize(("removed", "conflict"), [
    # removed from the post, against a resignation
    ("Губернатор отстранил Геннадия Ломакина от должности.", True),
    # a suspension for the time of an inquiry, which a resignation may follow
    ("Глава района отстранила Геннадия Ломакина от исполнения обязанностей на время "
     "следствия.", False),
])
def test_a_suspension_is_no_removal(removed: str, conflict: bool) -> None:
    a = _claim(removed, "a.txt", "2026-03-09", ("Геннадия Ломакина", "Геннадий Ломакин"))
    b = _claim("Геннадий Ломакин подал заявление об увольнении по собственному желанию.",
               "b.txt", "2026-03-10", _LOMAKIN)
    assert ("statement" in _kinds(a, b)) is conflict


@pytest.mark.parametrize(("yes", "no", "conflict"), [
    # an inspection passed or failed
    ("«В августе нас проверяли пожарные, проверку мы прошли без замечаний», — заявил директор.",
     "«Рынок проверку не прошел: мы зафиксировали 14 нарушений», — сказал начальник отдела.",
     True),
    ("«В августе нас проверяли пожарные, проверку мы прошли без замечаний», — заявил директор.",
     "В МЧС сообщили, что на рынке прошла плановая проверка, по итогам которой выявлено 14 "
     "нарушений.", True),
    # an inspection to come answers nothing
    ("«Проверку рынка проведут в декабре», — заявил директор.",
     "«Рынок проверку не прошел: мы зафиксировали 14 нарушений», — сказал начальник отдела.",
     False),
    # a mandate laid down, against the post kept
    ("«Людмила Кирсанова написала заявление о сложении полномочий председателя», — сообщил "
     "глава комиссии.", "«Людмила Кирсанова остается в должности», — ответили в школе.", True),
    ("«Людмила Кирсанова написала заявление о сложении полномочий председателя», — сообщил "
     "глава комиссии.", "«Анна Орлова остается в должности», — ответили в школе.", False),
    # none of the transfers, against all of them
    ("«Переводы клиентов были заблокированы антифрод-системой банка», — сообщили в банке.",
     "По словам следователя, ни один из переводов клиентов банк не заблокировал.", True),
    ("«Переводы клиентов были заблокированы антифрод-системой банка», — сообщили в банке.",
     "По словам следователя, один из переводов клиентов банк не заблокировал.", False),
])
def test_answers_of_round_64(yes: str, no: str, conflict: bool) -> None:
    names = [(w, "Людмила Кирсанова") for w in ("Людмила Кирсанова",) if w in yes]
    other = [(w, w) for w in ("Анна Орлова",) if w in no] or \
        [(w, "Людмила Кирсанова") for w in ("Людмила Кирсанова",) if w in no]
    got = _kinds(_claim(yes, "a.txt", _DAY, *names), _claim(no, "b.txt", "2026-03-11", *other))
    assert ("statement" in got) is conflict


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # a thing closed at two hours («в половине пятого» with no part of the day: 16:30)
    ("«Горку закрыли в 14:15, через пять минут после происшествия», — сказали в компании.",
     "«Горку закрыли только в половине пятого, когда приехала полиция», — пишет мать.", True),
    ("«Горку закрыли в 16:20», — сказали в компании.",
     "«Горку закрыли только в половине пятого, когда приехала полиция», — пишет мать.", False),
    # another thing closed is another event
    ("«Парковку закрыли в 14:15», — сказали в компании.",
     "«Горку закрыли только в половине пятого, когда приехала полиция», — пишет мать.", False),
])
def test_a_thing_closed_at_an_hour(first: str, second: str, conflict: bool) -> None:
    assert ("date" in _kinds(_claim(first, "a.txt"), _claim(second, "b.txt"))) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # the police told as come, on another day than the searches
    ("«Полиция пришла в понедельник, около семи вечера», — рассказал управляющий.", True),
    ("«Полиция пришла во вторник, около семи вечера», — рассказал управляющий.", False),
])
def test_a_raid_told_by_the_police_coming(second: str, conflict: bool) -> None:
    first = _claim("«24 ноября сотрудники уголовного розыска провели обыски в офисе», — "
                   "сообщила представитель полиции.", "a.txt", "2026-11-25")
    assert ("date" in _kinds(first, _claim(second, "b.txt", "2026-11-25"))) is conflict


_SHESTOPALOV = ("Артем Шестопалов", "Артем Шестопалов")


@pytest.mark.parametrize(("wanted", "day", "conflict"), [
    # wanted abroad four days after a court put him in custody
    ("По данным источника, Артем Шестопалов находится за рубежом и объявлен в международный "
     "розыск.", "2026-11-30", True),
    # fled from custody: the order of things
    ("По данным источника, Артем Шестопалов сбежал и объявлен в международный розыск.",
     "2026-11-30", False),
    # wanted before he was caught
    ("По данным источника, Артем Шестопалов находится за рубежом и объявлен в международный "
     "розыск.", "2026-11-20", False),
])
def test_wanted_while_held(wanted: str, day: str, conflict: bool) -> None:
    held = _claim("Суд арестовал Артема Шестопалова на два месяца.", "a.txt", "2026-11-26",
                  ("Артема Шестопалова", "Артем Шестопалов"),
                  statuses=(("арестовал", "arrested", "Артем Шестопалов"),))
    b = _claim(wanted, "b.txt", day, _SHESTOPALOV,
               statuses=(("объявлен в международный розыск", "wanted", "Артем Шестопалов"),))
    assert ("status" in _kinds(held, b)) is conflict


_RULING = ("Районный суд сегодня арестовал семерых предполагаемых участников группы, а еще "
           "двоих отправил под домашний арест, сообщили в пресс-службе суда.")


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # ballots beyond those issued, by two words
    ("«При пересчете выявлено 38 бюллетеней сверх числа выданных», — сказал глава ТИК.",
     "«Мы насчитали шестьдесят один лишний бюллетень», — говорит член комиссии.", True),
    ("«На участок выдали 1200 бюллетеней», — сказал глава ТИК.",
     "«Мы насчитали шестьдесят один лишний бюллетень», — говорит член комиссии.", False),
    # custody asked for is no custody chosen
    ("Суд заключил под стражу девятерых фигурантов дела.", _RULING, True),
    ("По словам представителя суда, следствие просило заключить под стражу всех девятерых.",
     _RULING, False),
])
def test_counts_of_ballots_and_custody(first: str, second: str, conflict: bool) -> None:
    assert ("count" in _kinds(_claim(first, "a.txt"), _claim(second, "b.txt"))) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # one numbered district's turnout told two ways
    ("По данным наблюдателей, явка в округе №5 на деле не превышала 20%.", True),
    # a precinct's turnout is another place's
    ("Явка на участке №1412 составила 55,6%.", False),
])
def test_turnout_of_numbered_places(second: str, conflict: bool) -> None:
    first = _claim("Явка в округе №5, по данным комиссии, составила 31,4%.", "a.txt")
    assert ("count" in _kinds(first, _claim(second, "b.txt"))) is conflict


@pytest.mark.parametrize(("first", "second", "conflict"), [
    # those aboard the story's one vehicle, by two verbs
    ("«В автобусе ехали 14 детей из двух сел», — сказала начальник управления.",
     "«В автобусе находились 17 детей, трое из них не были внесены в список», — заявил "
     "прокурор.", True),
    # one of several vehicles is another count
    ("«Во втором автобусе ехали 14 детей», — сказала начальник управления.",
     "«В автобусе находились 17 детей, трое из них не были внесены в список», — заявил "
     "прокурор.", False),
    # all taken off a stopped chairlift are all who were on it
    ("Пресс-секретарь оператора уточнила, что на подъемнике в момент остановки находились 47 "
     "человек.", "«Всего с подъемника сняты 72 человека», — сообщили в МЧС.", True),
    ("Пресс-секретарь оператора уточнила, что на подъемнике в момент остановки находились 47 "
     "человек.", "«К 15:00 с подъемника сняты 30 человек», — сообщили в МЧС.", False),
    # defects found, by whatever verb
    ("«На опоре моста выявлены три вертикальные трещины», — сказал начальник управления.",
     "«Мы насчитали на опоре семь трещин, две из них сквозные», — рассказал инженер.",
     True),
    # those in a hall when it happened, pupils by any word
    ("«В момент обрушения в зале занимались 24 ученика шестого класса», — сообщили в "
     "министерстве.", "«Всего в зале был тридцать один шестиклассник», — говорит учитель.",
     True),
    ("«В момент обрушения в зале занимались 24 ученика шестого класса», — сообщили в "
     "министерстве.", "«Всего в школе учится тридцать один шестиклассник», — говорит учитель.",
     False),
    # one category of land's share of a fire's area
    ("Площадь пожара превысила 1,2 тысячи гектаров, сообщили в МЧС.",
     "На землях лесного фонда огнем пройдено 870 гектаров, сообщил министр.", False),
])
def test_counts_of_round_64_more(first: str, second: str, conflict: bool) -> None:
    a = _claim(first, "a.txt", "2026-03-10")
    b = _claim(second, "b.txt", "2026-03-11")
    assert ("count" in _kinds(a, b)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a road closed on another day
    ("«Движение по мосту было перекрыто лишь 24 ноября», — сказала следователь.", True),
    ("«Движение по мосту было перекрыто в понедельник вечером», — сказала следователь.",
     False),
])
def test_a_road_closed_on_a_day(second: str, conflict: bool) -> None:
    first = _claim("«Движение по мосту закрыто с 20:00 понедельника», — сказал начальник "
                   "управления.", "a.txt", "2026-11-24")
    assert ("date" in _kinds(first, _claim(second, "b.txt", "2026-11-25"))) is conflict


@pytest.mark.parametrize(("no", "conflict"), [
    # a year named holds the month the other tells
    ("«В 2026 году этот мост никто не обследовал», — утверждает инженер.", True),
    # another year holds it not
    ("«В 2025 году этот мост никто не обследовал», — утверждает инженер.", False),
])
def test_a_month_and_the_year_that_holds_it(no: str, conflict: bool) -> None:
    yes = _claim("«Мост обследовался в июне этого года, тогда опасных дефектов опор не "
                 "выявили, так что откуда за пять месяцев появились трещины, будем "
                 "разбираться», — сказал он.", "a.txt", "2026-11-24")
    assert ("statement" in _kinds(yes, _claim(no, "b.txt", "2026-11-26"))) is conflict


@pytest.mark.parametrize(("yes", "no", "conflict"), [
    # a firebreak ploughed or never there
    ("«Мы опахали село по всему периметру», — заявил директор подрядчика.",
     "«Опашки вокруг села не было никакой, трава стояла по пояс», — говорит житель.", True),
    ("«Опашку вокруг села сделают весной», — заявил директор подрядчика.",
     "«Опашки вокруг села не было никакой, трава стояла по пояс», — говорит житель.", False),
    # a tree on the list for felling, or not
    ("«Тополь был включен в акт обследования как аварийный и подлежал сносу», — сказал "
     "директор.", "«В акте, который есть у нас, этот тополь в списке на снос не значится».",
     True),
    ("«Вопрос о сносе тополя включен в повестку заседания», — сказал директор.",
     "«В акте, который есть у нас, этот тополь в списке на снос не значится».", False),
    # money paid back, or none
    ("«Мы уже начали возвращать деньги, на сегодня возвраты получили 140 клиентов», — "
     "заявила гендиректор.",
     "«Ни одного подтвержденного случая возврата денег у нас нет», — сказал глава "
     "управления.", True),
    ("«Возвраты начнутся в январе», — заявила гендиректор.",
     "«Ни одного подтвержденного случая возврата денег у нас нет», — сказал глава "
     "управления.", False),
])
def test_firebreaks_and_refunds(yes: str, no: str, conflict: bool) -> None:
    got = _kinds(_claim(yes, "a.txt"), _claim(no, "b.txt", "2026-03-11"))
    assert ("statement" in got) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # calls a duty service took over one night, by two verbs
    ("«За ночь с понедельника на вторник диспетчеры приняли 612 звонков о запахе», — сказал "
     "начальник ЕДДС.", True),
    # a whole day's calls are another period's
    ("«За сутки диспетчеры приняли 612 звонков о запахе», — сказал начальник ЕДДС.", False),
    # a tally told with no period grows
    ("«В ЕДДС с воскресенья поступило больше 612 звонков», — сказал начальник ЕДДС.", False),
])
def test_calls_over_one_night(second: str, conflict: bool) -> None:
    first = _claim("«За ночь в ЕДДС поступило 143 звонка от жителей», — сказал мэр.", "a.txt",
                   "2026-12-01")
    assert ("count" in _kinds(first, _claim(second, "b.txt", "2026-12-01"))) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a smell first noticed on two evenings
    ("«Первые звонки о запахе поступили в воскресенье в 21:10», — сказал начальник ЕДДС.",
     True),
    ("«Первые звонки о запахе поступили в понедельник в 19:10», — сказал начальник ЕДДС.",
     False),
])
def test_a_smell_first_noticed(second: str, conflict: bool) -> None:
    first = _claim("«Запах появился в понедельник около семи вечера», — сказал мэр.", "a.txt",
                   "2026-12-01")
    assert ("date" in _kinds(first, _claim(second, "b.txt", "2026-12-02"))) is conflict


@pytest.mark.parametrize(("wanted", "day", "conflict"), [
    # wanted two days after a detention told
    ("«Геннадий Шуваев объявлен в федеральный розыск», — сообщила пресс-секретарь УМВД.",
     "2026-11-28", True),
    # a week on, the detention has long ended one way or another
    ("«Геннадий Шуваев объявлен в федеральный розыск», — сообщила пресс-секретарь УМВД.",
     "2026-12-04", False),
])
def test_wanted_after_a_detention(wanted: str, day: str, conflict: bool) -> None:
    held = _claim("«Шуваев задержан в четверг утром в порядке статьи 91 УПК РФ», — сказала "
                  "помощник руководителя СУ СК.", "a.txt", "2026-11-26",
                  ("Шуваев", "Геннадий Шуваев"),
                  statuses=(("задержан", "detained", "Геннадий Шуваев"),))
    b = _claim(wanted, "b.txt", day, ("Геннадий Шуваев", "Геннадий Шуваев"),
               statuses=(("объявлен в федеральный розыск", "wanted", "Геннадий Шуваев"),))
    assert ("status" in _kinds(held, b)) is conflict


@pytest.mark.parametrize(("other", "conflict"), [
    # the last inspection in one year, another one told in a later year
    ("«Баллон был с клеймом, освидетельствование он проходил в 2023 году», — заявил "
     "владелец кафе.", True),
    ("«Баллон был с клеймом, освидетельствование он проходил в 2009 году», — заявил "
     "владелец кафе.", False),
])
def test_the_last_inspection_by_years(other: str, conflict: bool) -> None:
    last = _claim("В Ростехнадзоре уверены, что баллон последний раз проверяли еще в 2011-м.",
                  "a.txt", "2026-11-26")
    assert ("date" in _kinds(last, _claim(other, "b.txt", "2026-11-26"))) is conflict


@pytest.mark.parametrize(("no", "conflict"), [
    # «никаких» denies every kind of the thing
    ("«Никаких сеток между желобами не было, только снежные валы по колено».", True),
    # a kind named is that kind only
    ("«Страховочных сеток между желобами не было, только снежные валы по колено».", False),
])
def test_none_of_a_thing_denies_every_kind(no: str, conflict: bool) -> None:
    yes = _claim("«Вся трасса огорожена, в зоне торможения стоит двойная сетка», — заявил "
                 "управляющий.", "a.txt", "2026-12-12")
    assert ("statement" in _kinds(yes, _claim(no, "b.txt", "2026-12-13"))) is conflict


_GORDEEVA = ("Татьяна Гордеева", "Татьяна Гордеева")


@pytest.mark.parametrize(("head", "conflict"), [
    # the head of a body named with a long name of it, against its deputy
    ("Во вторник руководитель Межрегионального управления Росприроднадзора по Верхнекаменской "
     "области Татьяна Гордеева привела данные датчиков.", True),
    # a verb among the words before the name: the title is another's
    ("Глава района заявил журналистам что Татьяна Гордеева привела данные датчиков.", False),
    # ... or «и» joining two people: the title is the first one's
    ("Следователи допросили руководителя управления Виктора Гладких и главного специалиста "
     "Татьяну Гордееву.", False),
])
def test_a_head_and_her_deputy(head: str, conflict: bool) -> None:
    name = next(w for w in ("Татьяна Гордеева", "Татьяну Гордееву") if w in head)
    a = _claim(head, "a.txt", "2026-12-01", (name, "Татьяна Гордеева"))
    b = _claim("«Вода ушла в воскресенье», — сообщила заместитель руководителя управления "
               "Татьяна Гордеева.", "b.txt", "2026-12-04", _GORDEEVA)
    assert ("role" in _kinds(a, b)) is conflict


@pytest.mark.parametrize(("before", "conflict"), [
    # a title before a brand's name describes the man named after it
    ("Основатель Telegram Павел Дуров задержан в аэропорту Ле Бурже.", True),
    # a title before a body's quoted name does too
    ("Директор ООО «Телеграм Групп» Павел Дуров задержан в аэропорту Ле Бурже.", False),
])
def test_a_title_before_a_name_of_a_body(before: str, conflict: bool) -> None:
    """«основатель» then describes Дуров alone, and a claim telling of «основателя
    Telegram» tells of him (the second title describes no founder)."""
    named = _claim(before, "a.txt", "2024-08-26", ("Павел Дуров", "Павел Дуров"),
                   statuses=(("задержан", "detained", "Павел Дуров"),))
    freed = _claim("Павел Дуров вышел на свободу под судебный контроль.", "b.txt",
                   "2024-08-28", ("Павел Дуров", "Павел Дуров"),
                   statuses=(("вышел на свободу", "released", "Павел Дуров"),))
    held = _claim("В среду, 28 августа, суд отправил основателя под домашний арест.", "c.txt",
                  "2024-08-29", statuses=(("отправил основателя под домашний арест",
                                           "house_arrest", "основатель"),))
    assert ("status" in _kinds(named, freed, held)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # one tally of the story's whole, told alike with no period of its own
    ("«За время кампании в территориальную комиссию поступило двадцать семь жалоб», — сказала "
     "председатель.", True),
    # a tally since a day grows
    ("«С понедельника в территориальную комиссию поступило двадцать семь жалоб», — сказала "
     "председатель.", False),
])
def test_complaints_of_the_whole_story(second: str, conflict: bool) -> None:
    first = _claim("«За дни голосования в территориальную комиссию поступили 18 жалоб», — "
                   "сказала председатель.", "a.txt", "2026-09-15")
    assert ("count" in _kinds(first, _claim(second, "b.txt", "2026-09-16"))) is conflict
