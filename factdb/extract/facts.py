"""What a claim states besides dates: counts, named entities, statuses of people.

A first version: counts from digits before a noun; entities from natasha's NER.
"""

from __future__ import annotations

import re

from factdb.extract.nlp import NamedSpan
from factdb.models import Count, Entity, Status

STATUSES = ("arrested", "detained", "released", "house_arrest", "arrest_extended", "dead")

_DIGIT_COUNT = re.compile(r"\b(\d{1,6})\s+([а-яё]+)", re.I)


def find_counts(text: str, offset: int) -> list[Count]:
    """Counts a sentence states: «11 россиян» -> 11 of «россиянин»."""
    from factdb.extract.nlp import lemma

    out = []
    for m in _DIGIT_COUNT.finditer(text):
        noun = lemma(m.group(2))
        out.append(Count(offset + m.start(), offset + m.end(), m.group(0), int(m.group(1)), noun))
    return out


def find_entities(spans: tuple[NamedSpan, ...] | list[NamedSpan]) -> list[Entity]:
    """People, organisations and places the sentence names, nominative."""
    return [Entity(s.start, s.end, s.text, s.normal, s.type) for s in spans]


def find_statuses(text: str, offset: int, entities: list[Entity],
                  sentence: object | None = None) -> list[Status]:
    """Statuses the sentence gives someone (arrested, freed, house arrest...)."""
    return []
