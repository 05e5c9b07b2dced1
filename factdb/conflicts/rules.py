"""What the story rules share: reading one claim safely, numbers in words, the day a
claim speaks of, whether two claims name the same people, whether a claim tells of
another time. The rules themselves: factdb.conflicts.money (sums), .court (measures,
terms, ages, detention dates), .statements (causes, yes/no answers, the hour of an event).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeVar

from factdb.conflicts.facts import Facts, _lemma, _pos, tokens
from factdb.conflicts.lexicons import _NUMBER_WORDS
from factdb.conflicts.people import People
from factdb.extract.clean import WEEKDAY_WORDS
from factdb.extract.grammars import SPEECH_LEMMAS, THEN_OPENING
from factdb.text import fold

T = TypeVar("T")
_READ_ERRORS = (ValueError, IndexError, KeyError, StopIteration, AttributeError)


def _safe(fn: Callable[[Facts], list[T]]) -> Callable[[Facts], list[T]]:
    """A reader of one claim whose text does not line up with its facts (offsets from a
    buggy extraction) reads nothing, and never stops the refresh of the rest."""

    @functools.wraps(fn)
    def inner(f: Facts) -> list[T]:
        try:
            return fn(f)
        except _READ_ERRORS:
            return []
    return inner


def read_once(fn: Callable[[Facts], T]) -> Callable[[Facts], T]:
    """A reader of one claim's text whose finding is kept on the claim's facts: the
    conflict rules and the clustering's agreements ask the same readers of the same
    claims, and the second asks for nothing new. (The text does not change after a
    claim is read, so a kept finding never goes stale.)"""
    key = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def inner(f: Facts) -> T:
        if key in f.memo:
            return f.memo[key]  # type: ignore[no-any-return]
        got = f.memo[key] = fn(f)
        return got
    return inner


def _safe_one(fn: Callable[[Facts], T | None]) -> Callable[[Facts], T | None]:
    """`_safe` for a reader that finds at most one thing: None when it cannot read."""

    @functools.wraps(fn)
    def inner(f: Facts) -> T | None:
        try:
            return fn(f)
        except _READ_ERRORS:
            return None
    return inner


# «по одному миллиону», «полтора миллиона»; a bare multiplier after a preposition is one:
# «по миллиону рублей», «до миллиона рублей»
_SMALL = {"один": 1.0, "одна": 1.0, "одного": 1.0, "одному": 1.0, "одним": 1.0, "одном": 1.0,
          "полтора": 1.5, "полутора": 1.5, "пол": 0.5, "по": 1.0, "в": 1.0, "на": 1.0, "до": 1.0}


def _number(word: str, mult: str = "") -> float | None:
    if not mult and re.fullmatch(r"\d{1,3}(?:,\d{3})+", word):
        return float(word.replace(",", ""))  # English thousands: «450,000 kroner»
    w = fold(word).replace(",", ".")
    try:
        return float(w)
    except ValueError:
        if w in _NUMBER_WORDS:
            return float(_NUMBER_WORDS[w])
        return _SMALL.get(w) if mult and (w in _SMALL) else None


def stated_day(f: Facts) -> str | None:
    """The one day a claim states (day precision); None when it states none or several."""
    days = {d.date_from for d in f.sc.claim.dates if d.precision == "day"}
    return next(iter(days)) if len(days) == 1 else None


def tells_day(f: Facts) -> bool:
    """Whether a claim names a day of its own (else only when it was told dates it)."""
    return any(d.precision == "day" for d in f.sc.claim.dates)


def day_of_words(text: str, at: int) -> bool:
    """Whether the date at `at` stands in a gerund's clause whose main clause, past the
    comma, tells who spoke: «Выступая в среду на сессии, губернатор заявил, что ...»
    dates the words, not what they tell of."""
    lo = max(text.rfind(ch, 0, at) for ch in ",.;:!?—") + 1
    comma = text.find(",", at)
    if comma == -1 or not any(_pos(t.w) == "GRND" for t in tokens(text[lo:at])):
        return False
    return any(_lemma(t.w) in SPEECH_LEMMAS for t in tokens(text[comma + 1 :])[:4])


def _when(f: Facts) -> str:
    """The day a claim's words were said, else its report's day ('' when neither)."""
    return f.sc.claim.said_on or f.sc.published or ""


def _same_people(a: Facts, b: Facts, people: People) -> bool:
    """Claims that both name people must share one (two bribes, two defendants)."""
    ka, kb = named_people(a, people), named_people(b, people)
    return not ka or not kb or bool(ka & kb)


# a capitalised word shaped like a Russian surname («Белов», «Голубев»): the name
# recogniser misses some at the start of a sentence
_SURNAME = re.compile(r"\b[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ский|цкий|енко|ук|юк|ич|ых|их)"
                      r"(?:а|у|ым|ом|е)?\b")


def named_people(f: Facts, people: People) -> set[str]:
    """The people a claim names, its speaker left out: the recogniser's names, and
    surname-shaped words it missed, resolved within their report when they can be."""
    keys = people.keys(f.sc)
    spans = [(e.start, e.end) for e in f.sc.claim.entities]
    c = f.sc.claim
    for m in _SURNAME.finditer(c.text):
        at = c.start + m.start()
        if any(a <= at < b for a, b in spans):
            continue
        word = fold(m.group(0))
        key = people.in_doc(word, f.sc.doc_id) or people.in_doc(_nominative(word), f.sc.doc_id)
        if key:
            keys.add(key)
    return keys - {people.key(c.speaker or "")}


def _nominative(word: str) -> str:
    """«белова» -> «белов», «голубевым» -> «голубев»: the case endings of surnames."""
    for end in ("ым", "ом", "а", "у", "е"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _other_time(f: Facts) -> bool:
    """Whether the claim is dated far from when it was reported: another, older affair
    («в ноябре 2023 года суд уже арестовывал...»)."""
    if _PAST_SEASON.search(f.sc.claim.text):
        return True  # «в прошлом сезоне КДК штрафовал клуб на 700 тыс.»
    return bool(old_months(f)) or another_affair(f)


def old_months(f: Facts) -> frozenset[str]:
    """The months (YYYY-MM) of the dates that put a claim two months or more before its
    report: the older time it tells of («в августе выдали предписание», told in December)."""
    ref = f.sc.published or f.sc.claim.said_on
    if not ref:
        return frozenset()
    c = f.sc.claim
    out = set()
    for d in c.dates:
        if _PERIOD.search(c.text[max(0, d.start - c.start - 20) : max(0, d.start - c.start)]):
            continue  # «долг за июнь и июль»: the period owed for, not when it was told
        if _SINCE.search(c.text[: d.start - c.start]):
            continue  # «получал частями начиная с весны 2024 года»: a run up to now
        if _YEAR_OF.match(c.text[d.end - c.start :]):
            continue  # «команды 2015 года рождения», «дом 1962 года постройки»: an attribute
        if days_apart(d.date_to, ref) > 62 and d.date_to < ref:
            out.add(d.date_to[:7])
    return frozenset(out)


def another_affair(f: Facts) -> bool:
    """«В августе другой поезд сошел с рельсов», «предыдущая акция, 31 октября,
    закончилась задержанием 27 человек»: another affair of the kind, told with a date
    weeks before the report (or told «тогда» right after one: `mark_earlier`)."""
    if f.earlier:
        return True
    ref = f.sc.published or f.sc.claim.said_on
    c = f.sc.claim
    if not ref or not _ANOTHER.search(c.text):
        return False
    # «предыдущая» names the older affair outright: a few days back are enough; «другой»
    # may be a second one of this affair, told with its own day
    gap = 3 if _PRIOR.search(c.text) else 14
    return any(d.date_to < ref and days_apart(d.date_to, ref) > gap for d in c.dates)


_ANOTHER = re.compile(
    r"(?<![\w-])(?:друг(?:ой|ая|ое|ие|ого|ом|ому|ую)|предыдущ\w+|прошл(?:ая|ый|ое|ой|ую|ом)|"
    r"ещ[её]\s+од(?:ин|на|но|ного|ному|ним|ном|ной|ну))(?![\w-])", re.I)


# a season or a year before this one, told without a date
_PAST_SEASON = re.compile(r"\b(?:в|за)\s+(?:прошл|позапрошл|предыдущ)\w+\s+(?:сезон\w*|год[уа]?)\b|"
                          r"\blast\s+(?:season|year)\b", re.I)
_PRIOR = re.compile(r"(?<![\w-])предыдущ\w+", re.I)


def previous_claims(facts: Sequence[Facts]) -> dict[int, Facts]:
    """Each claim's id -> the claim right before it in its report."""
    by_doc: dict[int, list[Facts]] = defaultdict(list)
    for f in facts:
        by_doc[f.sc.doc_id].append(f)
    out = {}
    for items in by_doc.values():
        items.sort(key=lambda f: f.sc.claim.start)
        out.update({b.sc.id: a for a, b in zip(items, items[1:], strict=False)})
    return out


# a claim that ends on a question mark asks, it asserts nothing (a quotation may close
# after it); so does a heading that opens with a verb and «ли» («Задерживали ли ректора»)
QUESTION = re.compile(r"\?\s*[»\"“”]?\s*$|^\s*[«\"]?[А-ЯЁ][а-яё-]+\s+ли\b")

# «По официальным данным, тогда погибли 2336 человек»: a source before «тогда»
_SOURCE_THEN = re.compile(r"по\s+(?:[\w-]+\s+){0,2}?(?:данным|сведениям|информации|оценкам)"
                          r"(?:\s+[\w-]+){0,2}?\s*,?\s+тогда(?![\w-])(?!\s+же)", re.I)


# «В апреле 2023 года Осло выслало 15 дипломатов. В ответ Москва объявила ...»: the
# answer to an older affair is of its time
_IN_RESPONSE = re.compile(r"[«\"„]?В\s+ответ(?![\w-])")


def mark_earlier(facts: Sequence[Facts]) -> None:
    """A claim that opens on «тогда» (after its source, «По официальным данным, тогда»)
    or «В ответ» right after a claim of an older affair («Предыдущая акция прошла 31
    октября. Тогда полиция задержала 27 человек») tells of that affair too, though it
    names no day of its own."""
    before = previous_claims(facts)
    for f in sorted(facts, key=lambda f: (f.sc.doc_id, f.sc.claim.start)):
        prev = before.get(f.sc.id)
        text = f.sc.claim.text
        if prev is not None and (THEN_OPENING.match(text) or _SOURCE_THEN.match(text) or
                                 _IN_RESPONSE.match(text)) and _other_time(prev):
            f.earlier = True
        elif prev is not None and _history_goes_on(prev, f):
            f.earlier = True
        elif prev is not None and _PRONOUN_OPENING.match(text) and \
                _ANOTHER.search(prev.sc.claim.text) and \
                any(e.type == "PER" for e in prev.sc.claim.entities):
            # «Кроме Орлова, жюри дисквалифицировало еще одного участника — Петра Зуева.
            # У него судьи насчитали три нарушения»: the other one's
            f.earlier = True


# a sentence opening on a person told by a pronoun: «У него», «Ему», «Ее»
_PRONOUN_OPENING = re.compile(r"\s*(?:у\s+(?:него|нее|неё|них)|ему|ей|его|ее|её|им)\s", re.I)
# how a report comes back from history to the news: «сейчас», «на этот раз», a weekday
_NOW = re.compile(r"(?<![а-яё])(?:сейчас|сегодня|ныне|нынешн\w*|теперь|в\s+этот\s+раз|"
                  r"на\s+этот\s+раз|накануне|вчера|во?\s+(?:" + WEEKDAY_WORDS + r"))(?![а-яё])",
                  re.I)
_HISTORY_YEARS = 5  # a day this many years before its report is history, not the news


def _history_goes_on(prev: Facts, f: Facts) -> bool:
    """Whether an undated claim goes on with the history its report told right before it
    («4 ноября 1952 года у побережья произошло землетрясение магнитудой 9,0. Волна
    высотой до 18 метров уничтожила город»): the sentence before is dated only to days
    years before the report, this one follows it with nothing between and names no day
    and no word of now."""
    ref = f.sc.published or ""
    days = prev.sc.claim.dates
    return bool(ref) and bool(days) and not f.sc.claim.dates and \
        0 <= f.sc.claim.start - prev.sc.claim.end <= 1 and \
        all(d.date_to[:4].isdigit() and int(ref[:4]) - int(d.date_to[:4]) >= _HISTORY_YEARS
            for d in days) and not _NOW.search(f.sc.claim.text)


# a day or a season a run starts from: «с начала мая», «начиная с весны 2024 года»
_SINCE = re.compile(r"(?<![\w-])(?:с|со|since)\s+(?:(?:начала|конца|середины|весны|лета|"
                    r"осени|зимы)\s+)?$", re.I)
_PERIOD = re.compile(r"\bза\s+(?:[\w-]+\s+и\s+)?$|\bfor\s+$", re.I)
# a year that names what someone or something is, not when the claim's news happened
_YEAR_OF = re.compile(r"\s*(?:года\s+|г\.\s*)?(?:рождения|постройки|выпуска|производства|"
                      r"основания)(?![а-яё])|\s*г\.\s*р\.", re.I)


# a thing told by its number: «тираж № 1842», «дом № 11», «рейс № 302»
_NUMBERED = re.compile(r"([а-яё]+)\s+(?:№|номер)\s*(\d+)", re.I)


def numbered_apart(a: Facts, b: Facts) -> bool:
    """Whether two claims name one kind of thing by two numbers and by no shared one:
    «тираж № 1842 прошел 8 ноября» and «тираж № 1843 пройдет 15 ноября» tell of two
    draws (the kind by its word's first letters, whatever its case)."""
    na, nb = _numbers(a), _numbers(b)
    shared = na.keys() & nb.keys()
    return bool(shared) and all(not na[k] & nb[k] for k in shared)


def numbered_elsewhere(a: Facts, b: Facts) -> bool:
    """Whether two claims both name things by numbers and share none: «явка в округе №5»
    and «явка на участке №1412» tell of two places (a precinct within the district)."""
    na, nb = _numbers(a), _numbers(b)
    return bool(na) and bool(nb) and not any(na[k] & nb[k] for k in na.keys() & nb.keys())


@read_once  # (asked of a claim once per pair it is in)
def _numbers(f: Facts) -> dict[str, set[str]]:
    """The numbers a claim names things by, per kind of thing."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in _NUMBERED.finditer(f.sc.claim.text):
        out[fold(m.group(1))[:5]].add(m.group(2))
    return out


def days_apart(a: str, b: str) -> int:
    """Days between two ISO days; 0 when either is not a day (nothing to compare)."""
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0
