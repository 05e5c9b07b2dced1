"""Attribution rules written from the blind round of sets 211-214, in general news phrasing:
a site's name written with a dot, an outlet addressed by a statement («в сообщении для X»)
or by a broadcast told again («в том же эфире X»)."""

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
