"""Date expressions in a sentence -> ISO ranges with a precision; and said_on.

A first version: «9 октября [2025 года]» only. Years left out take the latest such
date on or before publication.
"""

from __future__ import annotations

import re
from datetime import date

from factdb.extract.clean import MONTHS_GEN
from factdb.models import StatedDate

_MONTH_RE = "|".join(MONTHS_GEN)
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})(?:\s+(\d{{4}})(?:\s+(?:года|г\.))?)?",
                       re.I)


def infer_year(month: int, day: int, published: str | None) -> int | None:
    """The year of a day and month stated without one: latest on or before publication."""
    if not published:
        return None
    pub = date.fromisoformat(published)
    try:
        candidate = date(pub.year, month, day)
    except ValueError:
        return pub.year
    return pub.year if candidate <= pub else pub.year - 1


def find_dates(text: str, offset: int, published: str | None) -> list[StatedDate]:
    """The dates a sentence states; `offset` is the sentence's start in the document."""
    out = []
    for m in DAY_MONTH.finditer(text):
        day, month = int(m.group(1)), MONTHS_GEN[m.group(2).lower()]
        year = int(m.group(3)) if m.group(3) else infer_year(month, day, published)
        if year is None:
            continue
        try:
            iso = date(year, month, day).isoformat()
        except ValueError:
            continue
        out.append(StatedDate(offset + m.start(), offset + m.end(), m.group(0), "day", iso, iso))
    return out


def said_on(
    dates: list[StatedDate], cue_start: int | None, published: str | None,
    context: str | None = None,
) -> str | None:
    """When the words were said: a day-precise date in the sentence, else the date of
    the event the context is about, else the publication date."""
    if cue_start is None:
        return None
    days = [d for d in dates if d.precision == "day"]
    if days:
        return min(days, key=lambda d: abs(d.start - cue_start)).date_from
    return context or published
