"""Attribution rules written from the blind rounds of sets 211-218, in general news phrasing:
a site's name written with a dot, an outlet addressed by a statement («в сообщении для X»)
or by a broadcast told again («в том же эфире X»); the day of words told by a body after
the event they date, or of a source's figures as of a weekday; a spokeswoman told again
as «собеседница агентства», a woman whose first name reads as a man's genitive, named at
the end of a long role phrase."""

from __future__ import annotations

import pytest

from tests.attribution_helpers import check_speaker_and_via, claim_holding


@pytest.mark.parametrize(("text", "anchor", "speaker", "not_speaker", "via"), [
    # a site's name keeps the part after its dot
    ("По данным «Город.Онлайн», на остановках нет расписаний.", "нет расписаний",
     "Город.Онлайн", None, ("Город.Онлайн",)),
    # the outlet a statement was made for is the channel; a body's own statement is not
    ("Перевозчик в сообщении для ТАСС называл другую цену.", "называл другую цену",
     "перевозчик", "ТАСС", ("ТАСС",)),
    ("В сообщении МВД говорится о трех задержанных.", "трех задержанных", "МВД", None,
     ()),
    # a broadcast told again by «тот же»
    ("Губернатор в том же эфире НТВ говорил о пяти погибших.", "пяти погибших",
     "губернатор", "НТВ", ("НТВ",)),
])
def test_speaker(text: str, anchor: str, speaker: str, not_speaker: str,
                 via: tuple[str, ...]) -> None:
    check_speaker_and_via(claim_holding(text, anchor), speaker, not_speaker, via)


@pytest.mark.parametrize(("text", "anchor", "said_on"), [
    # a body that told of a dated event did not take part in it: its words of the
    # event, and its next words, are the report's
    ("12.11.2026\n\nЗаголовок\n\nДоговор подписан в понедельник, 9 ноября, сообщили в "
     "министерстве. «Средства поступят в течение месяца», — добавили там.",
     "Средства поступят", "2026-11-12"),
    # a source's figures as of a weekday are its words of that day
    ("12.11.2026\n\nЗаголовок\n\nПодрядчик, по данным министерства на вторник, к работам не "
     "приступал.", "к работам не", "2026-11-10"),
])
def test_said_on(text: str, anchor: str, said_on: str) -> None:
    assert claim_holding(text, anchor).said_on == said_on


@pytest.mark.parametrize(("text", "anchor", "speaker"), [
    # «собеседница агентства» after a body told the outlet: the body's spokeswoman heard
    # before, when the noun names a woman
    ("12.11.2026\n\nЗаголовок\n\n«Все работы идут по графику», — сказала пресс-секретарь "
     "треста Марина Ковалева. Кран смонтирован в понедельник, уточнили в компании. «Сроки "
     "сдачи не изменятся», — добавила собеседница агентства.", "Сроки сдачи не изменятся",
     "Марина Ковалева"),
    # a woman named at the end of a long role phrase, her first name read as a man's
    # genitive, told later by her surname's woman's form: «она» is her
    ("12.11.2026\n\nЗаголовок\n\n«Все под контролем», — сказала глава поселка Ирина "
     "Белова.\n\nКассир кассы на вокзале Валентина Сомова не сомневается, что ошибки не "
     "было.\n\n«Я сама оформляла этот билет», — рассказала она газете.\n\nПо словам "
     "Сомовой, проверку никто не проводил.", "Я сама оформляла", "Валентина Сомова"),
])
def test_speaker_of_a_woman_told_again(text: str, anchor: str, speaker: str) -> None:
    assert claim_holding(text, anchor).speaker == speaker
