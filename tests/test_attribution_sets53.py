"""Attribution rules written from the blind round of sets 207-210, in general news phrasing:
an outlet told between the verb and the speaker, two speakers' clauses joined by a comma, a
speech verb coordinated with a short adjective."""

from __future__ import annotations

import pytest

from tests.attribution_helpers import check_speaker_and_via, claim_holding


@pytest.mark.parametrize(("text", "anchor", "speaker", "not_speaker", "via"), [
    # the outlet told stands between the verb and the name, in any quote marks, inside a
    # quotation the attribution interrupts
    ("«Отчет мы сдали вовремя, — сообщил накануне “Ъ” Олег Ветров. — Документы я сдал в срок».",
     "Документы я сдал", "Олег Ветров", "Коммерсант", ("Коммерсант",)),
    ("«Отчет мы сдали вовремя, — сообщил накануне «Ъ» Олег Ветров. — Документы я сдал в срок».",
     "Отчет мы сдали вовремя", "Олег Ветров", "Коммерсант", ("Коммерсант",)),
    # ... or is read by the recogniser as a part of the surname after it
    ("«Решение окончательное», — сказала Би-би-си Смирнова.", "Решение окончательное",
     "Смирнова", "Би-би-си", ("Би-би-си",)),
    # a speech verb coordinated with a short adjective shares its subject
    ("Министр Петр Орлов подписал приказ.\n\nДиректор Анна Ким с приказом не согласна и "
     "говорит, что уходить не собирается.", "уходить не собирается", "Анна Ким", "Орлов", ()),
    # two speakers' clauses joined by a comma: each owns its own
    ("Глава района Олег Пахомов говорил о трех пострадавших, представитель МЧС Ирина Белова "
     "рассказала РИА Новости, что пострадали пятеро.", "говорил о трех", "Олег Пахомов",
     "Белова", ()),
    ("Глава района Олег Пахомов говорил о трех пострадавших, представитель МЧС Ирина Белова "
     "рассказала РИА Новости, что пострадали пятеро.", "пострадали пятеро", "Ирина Белова",
     "Пахомов", ("РИА Новости",)),
])
def test_speaker(text: str, anchor: str, speaker: str, not_speaker: str,
                 via: tuple[str, ...]) -> None:
    check_speaker_and_via(claim_holding(text, anchor), speaker, not_speaker, via)


def test_the_outlet_of_the_second_speaker_is_not_the_firsts() -> None:
    text = ("Глава района Олег Пахомов говорил о трех пострадавших, представитель МЧС Ирина "
            "Белова рассказала РИА Новости, что пострадали пятеро.")
    assert claim_holding(text, "говорил о трех").via == ()


def test_a_relative_clause_keeps_one_speaker() -> None:
    # «X, который говорил с жильцами, заявил, что ...»: one speaker, no second clause
    text = "Мэр Олег Петров, который говорил с жильцами, заявил, что дом снесут."
    c = claim_holding(text, "дом снесут")
    assert c.speaker == "Олег Петров" and c.start == 0
