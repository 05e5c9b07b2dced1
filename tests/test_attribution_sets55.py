"""Attribution rules written from the blind round of sets 219-222, in general news
phrasing: a city's head told by another word for the mayor, a word quoted after a
company's noun that is no company's name, an official's order told by a title alone, a
person told again by the first name alone. (A name closing a title after a second title
in the first one's case, «председатель совета профессор ...», is kept by the parse of
some names only: set 220 holds it.)"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import claim_holding


@pytest.mark.parametrize(("text", "anchor", "speaker"), [
    # another word for the mayor is the mayor named before
    ("12.11.2026\n\nЗаголовок\n\nМэр города Олег Зуев провел совещание. «Все автобусы "
     "проверят до конца месяца», — сказал градоначальник.", "Все автобусы проверят",
     "Олег Зуев"),
    # a word quoted after a company's noun is no company's name: «компания» is the one
    # named before
    ("12.11.2026\n\nЗаголовок\n\nВ компании «Северный трубопровод» подтвердили утечку и "
     "добавили, что потери компании «пока считаются». Компания настаивает, что топливо в реку не "
     "попало.", "топливо в реку не попало", "Северный трубопровод"),
    # an official's order told by a title alone is the official introduced with it
    ("12.11.2026\n\nЗаголовок\n\nГубернатор Олег Зуев подписал распоряжение о выплатах.\n\n"
     "Также губернатор поручил к 15 марта проверить все котельные.",
     "проверить все котельные", "Олег Зуев"),
    # a first name alone is the one person of the article with that first name
    ("12.11.2026\n\nЗаголовок\n\nБрат погибшего Тимур Каримов рассказал газете, что "
     "пострадавших привезли утром. «Врачи сказали — отравление», — сказал Тимур.",
     "Врачи сказали", "Тимур Каримов"),
])
def test_speaker(text: str, anchor: str, speaker: str) -> None:
    assert claim_holding(text, anchor).speaker == speaker
