"""A deadline one speaker set, told as two days.

An official promises when something will be done («до 25 ноября ситуация с бензином должна
быть нормализована»), and reports of one story retell the promise with another day («к 1
декабря перебои прекратятся»). Each claim must be the promise of a speaker with one day
after «до» or «к» in the clause of a word of a promise or a plan; two such claims
of one speaker in two reports, with a word of what is promised in common, that name two
days, disagree. A deadline moved («перенес срок», «продлил», «сдвинул») is a change, not a
dispute, and a claim telling of one is left out.

A thing put off to one day, told by two reports («повышение откладывается до 1 января»,
«объявил о переносе повышения на 1 января»), is one fact retold: the clustering takes the
pair as the same statement.

A stop or a start set for a day is one act of a story, whoever tells it: «выпуск машин
будет остановлен с 15 марта» against «конвейер остановят уже с 20 января». Each claim
tells the act in the future with one day, after its report, in the act's clause; two
reports sharing a word of what stops (or starts) that name two days disagree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

from factdb.conflicts import match
from factdb.conflicts.facts import Facts, Value, _clause_bounds
from factdb.conflicts.groups import MAX_GROUP, Group, per_story
from factdb.conflicts.rules import days_apart
from factdb.text import fold

# a promise, a plan or an order about the future: «пообещал», «должна быть нормализована»,
# «поставил задачу», «прекратятся», «нормализуется», «планируется»
_PROMISE = re.compile(r"(?<![а-яё])(?:пообещал\w*|обещал\w*|обещает|обещают|должн[аоы]?|"
                      r"поставил\w*\s+задач\w*|планиру\w*|намерен\w*|рассчитыва\w*|"
                      r"прекрат(?:ятся|ится)|нормализу(?:ется|ются)|восстанов(?:ят|ит|ятся|ится)|"
                      r"заверил\w*|гарантир\w*|будет|будут)(?![а-яё])", re.I)
# a deadline moved: a change told, not a rival
_MOVED = re.compile(r"(?<![а-яё])(?:перен[её]с\w*|перенесл\w*|перенос\w*|сдвину\w*|сдвиг\w*|"
                    r"продлил\w*|отодвину\w*|изначальн\w*|первоначальн\w*|ранее\s+называл\w*)"
                    r"(?![а-яё])", re.I)
MAX_DEADLINE_DAYS = 60  # days apart beyond which two deadlines are two promises
# «до» or «к» right before the day
_BY = re.compile(r"(?<![а-яё])(?:до|к|ко)\s+$", re.I)
# words a promise's subject may be told by that say nothing of what is promised
_EMPTY = frozenset({"ситуация", "срок", "сроки", "задача", "губернатор", "глава", "мэр", "уже",
                    "полностью", "должен", "обещать", "пообещать", "заявить", "сказать"})


def _one_day(f: Facts, before: re.Pattern[str] | None, act: re.Pattern[str], key: str,
             after: str = "") -> Value | None:
    """The one day (day precision, not before `after`) a claim tells with `act` in its
    clause, and `before` right before it when given; else None."""
    c = f.sc.claim
    found = []
    for d in c.dates:
        if d.precision != "day" or d.date_from < after:
            continue
        at = d.start - c.start
        if before is not None and not before.search(c.text[max(0, at - 4) : at]):
            continue
        lo, hi = _clause_bounds(c.text, at)
        if act.search(c.text[lo:hi]):
            found.append(Value(f.sc.id, d.start, d.end, d.text, d.date_from, key))
    return found[0] if len(found) == 1 else None


def _deadline(f: Facts) -> Value | None:
    """The one day a claim's promise is to be kept by, or None."""
    c = f.sc.claim
    if not c.speaker or _MOVED.search(c.text):
        return None
    return _one_day(f, _BY, _PROMISE, "срок")


def _two_days(g: Group, items: Sequence[tuple[Facts, Value]], max_days: int) -> Group:
    """`g` with the pairs of two reports that name two days of one matter (not a part of
    it against the whole: one lane opened on one day, both on another)."""
    for (fa, va), (fb, vb) in combinations(items, 2):
        if fa.sc.doc_id == fb.sc.doc_id or va.value == vb.value or \
                days_apart(va.value, vb.value) > max_days or not _same_matter(fa, fb) or \
                _part_and_whole(fa, fb):
            continue
        g.pairs.append((va, vb, 0.6))
    return g


# a part of what is done, and the whole of it: «одну полосу», «частично», «по одной полосе»
# against «полностью», «обе полосы», «в полном объеме»
# (not «с одной стороны»: a turn of speech)
_PART = re.compile(r"(?<![а-яё])(?:частичн\w*|одн(?:у|а|ой)\s+(?:[\w-]+\s+)?(?:полос|лини|"
                   r"пут|направлени)\w*|реверсивн\w*)(?![а-яё])", re.I)
_WHOLE = re.compile(r"(?<![а-яё])(?:полностью|в\s+полном\s+объеме|обе\s+(?:[\w-]+\s+)?"
                    r"(?:полос|лини)\w*|все\s+(?:[\w-]+\s+)?(?:полос|лини)\w*)"
                    r"(?![а-яё])", re.I)


def _part_and_whole(a: Facts, b: Facts) -> bool:
    """Whether one claim tells of a part of the matter and the other of the whole."""
    def side(f: Facts) -> str | None:
        text = f.sc.claim.text
        part, whole = _PART.search(text), _WHOLE.search(text)
        return "part" if part and not whole else "whole" if whole and not part else None
    sa, sb = side(a), side(b)
    return sa is not None and sb is not None and sa != sb


def deadline_conflicts(facts: Sequence[Facts], story: Mapping[int, int]) -> list[Group]:
    """One speaker's deadline told as two days by two reports of one story."""
    index: dict[tuple[str, int], list[tuple[Facts, Value]]] = defaultdict(list)
    for f in facts:
        if not f.sc.claim.dates:
            continue  # (a cheap test first: a deadline is a day)
        v = _deadline(f)
        if v is not None:
            who = fold(f.sc.claim.speaker or "")
            index[(who, story.get(f.sc.doc_id, -f.sc.doc_id))].append((f, v))
    out = []
    for (who, _s), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        out.append(_two_days(Group("date", f"срок, названный: {who.title()}",
                                   ("deadline", who), timed=False), items, MAX_DEADLINE_DAYS))
    return out


# a stop or a start told in the future: «будет остановлено», «остановят», «прекратится»,
# «закроют», «запустят», «возобновится»
_EFFECT = re.compile(
    r"(?<![а-яё])(?:(?:будет|будут)\s+(?:[\w-]+\s+)?(?:останов|приостанов|прекращ|закры|"
    r"запущ|возобновл)\w*|(?:при)?останов(?:ят|ит|ится|ятся)|прекрат(?:ят|ит|ится|ятся)|"
    r"закро(?:ют|ет|ется|ются)|запуст(?:ят|ит)|возобнов(?:ят|ит|ится|ятся)|"
    # a road, a bridge, a line opened again: «мост откроют 3 декабря», «поезда пустят
    # не раньше 5 декабря», «переправу планируется запустить в пятницу»
    r"откро(?:ют|ет|ется|ются)|пуст(?:ят|ит)|(?:планиру\w*|намерен\w*)\s+(?:[\w-]+\s+)?"
    r"(?:открыть|запустить|возобновить|закрыть|остановить|пустить))(?![а-яё])", re.I)
MAX_EFFECT_DAYS = 180  # days apart beyond which two days are two acts, not one disputed


def _effect_day(f: Facts) -> Value | None:
    """The one day a claim says a stop or a start will take effect (after its report),
    or None."""
    c = f.sc.claim
    if not c.dates or _MOVED.search(c.text) or not _EFFECT.search(c.text):
        return None  # (no day told: a cheap test first)
    return _one_day(f, None, _EFFECT, "когда", (f.sc.published or c.said_on or "")[:10])


def effect_conflicts(facts: Sequence[Facts], story: Mapping[int, int]) -> list[Group]:
    """One stop or start of a story set for two days by two reports."""
    out = []
    for items in per_story(facts, story, _effect_day):
        out.append(_two_days(Group("date", "срок остановки или запуска", ("effect",),
                                   timed=False), items, MAX_EFFECT_DAYS))
    return out


# a thing put off: «перенесли», «перенос», «откладывается», «отложено», «сдвинули»
PUT_OFF = re.compile(r"(?<![а-яё])(?:перен[её]с\w*|перенесл\w*|перенос\w*|отлож\w*|отклад\w*|"
                      r"сдвину\w*)(?![а-яё])", re.I)
# «на» or «до» right before the day it is put off to
_TO = re.compile(r"(?<![а-яё])(?:на|до)\s+$", re.I)


def _put_off_to(f: Facts) -> Value | None:
    """The one day a claim says something was put off to, or None."""
    if not f.sc.claim.dates or not PUT_OFF.search(f.sc.claim.text):
        return None  # (no day told: a cheap test first)
    return _one_day(f, _TO, PUT_OFF, "перенесено на")


def put_off_agreements(facts: Sequence[Facts], story: Mapping[int, int]
                       ) -> set[tuple[int, int]]:
    """Pairs of claims of one story, in two reports, that put one matter off to one day.
    The day is compared by its month and day: a day told with no year («на 1 января») is
    read into this year or the next by its verb's tense, and two reports' tenses differ."""
    out: set[tuple[int, int]] = set()
    for items in per_story(facts, story, _put_off_to):
        out |= {(min(fa.sc.id, fb.sc.id), max(fa.sc.id, fb.sc.id))
                for (fa, va), (fb, vb) in combinations(items, 2)
                if fa.sc.doc_id != fb.sc.doc_id and va.value[5:] == vb.value[5:]
                and days_apart(va.value, vb.value) <= 366 and _same_matter(fa, fb)}
    return out


def _same_matter(a: Facts, b: Facts) -> bool:
    """Whether two promises share a word of what is promised (not the speaker's, not a
    date's, not a word of promising)."""
    speaker = set(fold(a.sc.claim.speaker or "").split())
    wa = {w for w in match.content_lemmas(a.sc.claim.lemmas) if not re.search(r"\d", w)}
    wb = {w for w in match.content_lemmas(b.sc.claim.lemmas) if not re.search(r"\d", w)}
    months = {fold(d.text).split()[-1] for d in (*a.sc.claim.dates, *b.sc.claim.dates)}
    # (a month's name is no matter, as written or as its lemma: «декабря», «декабрь»)
    return bool((wa & wb) - speaker - _EMPTY - months - match.MONTH_LEMMAS)
