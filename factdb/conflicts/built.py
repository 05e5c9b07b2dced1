"""The year a story's machine or building was made, told differently by two reports.

«Ан-24 был выпущен в 1976 году» / «машина сошла с конвейера в 1979 году»; «дом построен
в 1962 году» / «здание 1965 года постройки». A story speaks of one such thing as a rule;
a report that gives two years of making tells of two things (two tankers, a school and a
gym), and then the story's years answer no one question.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from factdb.conflicts.facts import Facts, Value
from factdb.conflicts.groups import MAX_GROUP, Group
from factdb.conflicts.rules import _safe
from factdb.extract.dates import M as MONTH_WORD

_YEAR = r"(?:19|20)\d\d"
# made in a year: «был выпущен в 1976 году», «построен в 1976 году на заводе», «сошла с
# конвейера в 1979 году», «спущен на воду в 1969 году», «1965 года постройки», «built in»
_MADE = re.compile(
    rf"\b(?:(?:выпущен|построен|произвед[её]н|изготовлен|собран|спущен\s+на\s+воду)\w*|"
    rf"(?:выпустил|построил|произв[её]л|изготовил|собрал)\w*|сош(?:ел|ёл|ла|ло|ли)\s+с\s+"
    rf"(?:конвейера|стапел\w+))\s+(?P<gap>(?:[\w-]+\s+){{0,4}}?)в\s+(?P<y>{_YEAR})\s+год|"
    rf"\b(?P<y2>{_YEAR})\s+года\s+(?:выпуска|постройки|производства)\b|"
    rf"\b(?:built|manufactured)\s+in\s+(?P<y3>{_YEAR})\b", re.I)
_YEAR_TOLD = re.compile(rf"{_YEAR}\s+год|\bin\s+{_YEAR}|\d\s+(?:год|лет)", re.I)
# a thing's age, told to it in the dative: «машине 15 лет», «самолету уже 35 лет»
_AGED = (r"(?:(?:самолет|лайнер|борт|теплоход|катер|танкер|паром|вагон|автобус|вертолет|"
         r"дом|корпус|мост|комплекс|трубопровод|лифт)у|судну|зданию|(?:машин|плотин)е)")
_AGE = re.compile(rf"(?<![а-яё]){_AGED}\s+(?:[\w-]+\s+)?(?:более\s+|почти\s+|около\s+)?"
                  rf"(?P<n>\d{{1,3}})\s+(?:год|лет)(?![а-яё])", re.I)
# put into service, a building's other year: «введена в эксплуатацию в 2017 году»,
# «введенной в строй в 2017 году», «разрешение на ввод арены в эксплуатацию выдано лишь в
# декабре 2019 года» (a year of its own: a house built in 2016 may open in 2017)
_COMMISSIONED = re.compile(
    rf"\b(?:введен\w*|ввели|сдан\w*|сдали)\s+(?:[\w-]+\s+){{0,3}}?в\s+(?:эксплуатацию|строй)"
    rf"\s+(?:[\w-]+\s+){{0,3}}?в\s+(?P<y>{_YEAR})\s+год|"
    rf"\bввод\w*\s+(?:[\w-]+\s+){{0,2}}?в\s+эксплуатацию\s+(?:[\w-]+\s+){{0,4}}?в\s+"
    rf"(?:{MONTH_WORD}\s+)?(?P<y2>{_YEAR})(?!\d)", re.I)
# «выпущен на свободу в 2019 году» is a person released, not a thing made
_NOT_MADE = re.compile(r"свобод|залог|колони|тюрьм|из\s", re.I)


@_safe
def _years(f: Facts) -> list[tuple[int, Value]]:
    c = f.sc.claim
    out = []
    for m in _MADE.finditer(c.text):
        if m.group("gap") and _NOT_MADE.search(m.group("gap")):
            continue
        name = next(g for g in ("y", "y2", "y3") if m.group(g))
        out.append((int(m.group(name)), Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                              m.group(0), m.group(name), "built")))
    for m in _COMMISSIONED.finditer(c.text):
        year = m.group("y") or m.group("y2")
        out.append((int(year), Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                     m.group(0), year, "commissioned")))
    if not any(v.key == "built" for _y, v in out) and f.sc.published:
        # an age is a year of making counted back from the report's own year
        for m in _AGE.finditer(c.text):
            year = int(f.sc.published[:4]) - int(m.group("n"))
            out.append((year, Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                    m.group(0), f"{m.group('n')} лет (~{year})", "built")))
    return out


def _differ(a: tuple[int, Value], b: tuple[int, Value]) -> bool:
    """Two years of making that cannot be one; an age counted back is a year either side
    (15 years in 2026 is a thing of 2010 or 2011)."""
    slack = 1 if "~" in a[1].value + b[1].value else 0
    return abs(a[0] - b[0]) > slack


def built_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """Two reports of one story giving different years the story's one thing was made."""
    by_story: dict[tuple[int, str], list[tuple[Facts, int, Value]]] = defaultdict(list)
    for f in facts:
        if not _YEAR_TOLD.search(f.sc.claim.text):
            continue  # (a cheap test first: every making above names «YYYY год», «in YYYY»
            # or an age in years)
        for year, v in _years(f):
            by_story[(story.get(f.sc.doc_id, -f.sc.doc_id), v.key)].append((f, year, v))
    out = []
    for (_story, key), items in by_story.items():
        # a report that tells two years in its own voice (or one speaker's) tells of two
        # things; two years from two sources in one report are the dispute it relays
        # («по данным реестра, борт построен в 1991 году» against the airline's «2011 года
        # выпуска»)
        per_voice: dict[tuple[int, str | None], list[tuple[int, Value]]] = defaultdict(list)
        for f, year, v in items:
            per_voice[(f.sc.doc_id, f.sc.claim.speaker)].append((year, v))
        if len(items) > MAX_GROUP or any(_differ(a, b) for told in per_voice.values()
                                         for a, b in combinations(told, 2)):
            continue
        g = Group("date", "год выпуска" if key == "built" else "год ввода в эксплуатацию",
                  (key,), timed=False, evidence=2)
        for (fa, ya, va), (fb, yb, vb) in combinations(items, 2):
            if _differ((ya, va), (yb, vb)) and fa.sc.doc_id != fb.sc.doc_id:
                g.pairs.append((va, vb, 0.7))
        out.append(g)
    return out
