"""Date expressions in a sentence -> ISO ranges with a precision; and said_on.

`find_dates` reads days («9 октября 2025 года», «10.10.2025»), months («в июле»,
«в начале октября»), seasons («летом 2025 года»), years («в 2025 году»), intervals
(«с 30 июня по 1 июля 2025 года», «в июле-августе») and relative phrases («вчера»,
«накануне», «на прошлой неделе», «спустя два дня»), plus a light English set.
A date stated without a year takes the latest such date on or before publication;
with no publication date, the latest year the article named so far; else it is skipped.

`said_on` decides when a claim's words were said: a day-date governing the speech
verb, the date of the event the article is telling about when the speaker took part
in it or the sentence points back to it, or the publication date for a same-day report;
None when the text says the words are older («ранее», «рассказывал»).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from factdb.extract import clean
from factdb.extract import grammars as G
from factdb.extract.nlp import ParsedSentence, Token, likely_future, name_forms, tenses
from factdb.models import StatedDate
from factdb.text import fold

# month stems -> number; the regex matches any case form («июль», «июля», «июле»)
_MONTH_STEMS = (
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5), ("июн", 6),
    ("июл", 7), ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
)  # fmt: skip
# lower-case only: «Марта» with a capital is as often a woman's name
M = (r"(?:январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|"
     r"август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])(?![а-яё])")
Y = r"(?:(?<!\d)(?:19|20)\d\d(?!\d)(?:\s*(?:г\.|гг\.|года|году|год)(?![а-яё]))?)"
# a day as an ordinal word: «Тринадцатого октября», «с первого ноября», «двадцать первое мая»
ORDINAL_STEMS = ("перв", "втор", "трет", "четв[её]рт", "пят", "шест", "седьм", "восьм", "девят",
                  "десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат",
                  "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат", "двадцат")
_ORDINAL_END = r"(?:ого|ое|ье|ьего|ий|ый|ому|ьему)"  # («к первому декабря»: the dative)
ORDINAL_DAY = (rf"(?i:(?<![а-яё])(?:(?:двадцать|тридцать)\s+)?(?:{'|'.join(ORDINAL_STEMS)}|"
               rf"тридцат){_ORDINAL_END}(?![а-яё]))")
D = (r"(?:(?<![\d.,:])(?:[12]?\d|3[01])(?!\d)(?:-?(?:го|е))?(?![:.,]\d)|" + ORDINAL_DAY + ")")
SEASONS = {"зим": (12, 2), "весн": (3, 5), "лет": (6, 8), "осен": (9, 11)}
SEASON_WORD = r"(?:зимой|весной|летом|осенью|зима|весна|лето|осень|зиму|весну)"
PARTS = r"(?:начале|середине|конце|первой половине|второй половине)"

EN_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
EN_M = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

SMALL_NUMBERS = {
    "один": 1, "одни": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
    "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "несколько": 0,
}  # fmt: skip



@dataclass
class DateContext:
    """What the article has said about time so far, carried in text order."""

    published: str | None = None
    year_hint: int | None = None  # the latest explicit year named so far
    event: str | None = None  # ISO day of the event the article is telling about
    participants: frozenset[str] = frozenset()  # lower-case name words of that event
    # the speaker of the claim just before and when that was said
    said: dict[str, str | None] = field(default_factory=dict)
    last_person: str | None = None  # the person named last, for a pronoun subject
    # the man and the woman named last, for «он» / «она» when the person named last is of
    # the other sex (a wife quoted between two sentences about her husband)
    last_man: str | None = None
    last_woman: str | None = None
    # every dated event told so far with its participants, oldest first (a tuple: the
    # context is copied per sentence, so it must not be shared and grown in place)
    events: tuple[tuple[str, frozenset[str]], ...] = ()
    # the name words of the last sentence that told of an occasion («на встрече с послом»)
    recent: frozenset[str] = frozenset()
    # the day of a statement the sentence just before dated («В пятницу МИД выступил с
    # опровержением»), and that of this sentence
    statement_before: str | None = None
    statement: str | None = None
    # the day of a dated act of telling («13 января компания сообщила») just before, and now
    spoken_before: str | None = None
    spoken: str | None = None

    @property
    def anchor(self) -> str | None:
        """The day relative phrases («спустя два дня», «накануне») count from."""
        return self.event or self.published


def month_number(word: str) -> int:
    """The month a Russian month word in any case names («июле» -> 7)."""
    w = word.lower()
    for stem, n in _MONTH_STEMS:
        if w.startswith(stem):
            return n
    raise KeyError(word)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_range(year: int, month: int) -> tuple[str, str]:
    return date(year, month, 1).isoformat(), date(year, month, _last_day(year, month)).isoformat()


def _ref(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


def infer_year(month: int, day: int, published: str | None, year_hint: int | None = None
               ) -> int | None:
    """The year of a day and month stated without one: latest on or before publication;
    with no publication date, the latest year the article named; else None."""
    pub = _ref(published)
    if pub is None:
        return year_hint
    try:
        candidate = date(pub.year, month, day)
    except ValueError:
        return pub.year
    return pub.year if candidate <= pub else pub.year - 1


def _infer_month_year(month: int, published: str | None, year_hint: int | None) -> int | None:
    pub = _ref(published)
    if pub is None:
        return year_hint
    return pub.year if month <= pub.month else pub.year - 1


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    m = re.search(r"(?:19|20)\d\d", text)
    return int(m.group(0)) if m else None


# (the endings a day's ordinal takes, and those of a floor's or a month's: «седьмой»,
# «двадцать первого»)
_ANY_ORDINAL_END = r"(?:ого|ое|ье|ьего|ий|ый|ой|его|ая|ую|ом|ому|ьему|ему)?"


def ordinal_number(text: str) -> int | None:
    """The number an ordinal of 1 to 31 names, in any case, or its bare stem: «первого» 1,
    «двадцать первое» 21, «седьмой» 7, «двенадцатого» 12, «пят» 5; None for other words.
    (Days, floors, the months a debt runs are told so.)"""
    words = fold(text).split()
    if not words:
        return None
    tens = {"двадцать": 20, "тридцать": 30}.get(words[0], 0) if len(words) > 1 else 0
    for n, st in enumerate((*ORDINAL_STEMS, "тридцат"), 1):
        if re.match(st.replace("[её]", "е") + _ANY_ORDINAL_END + "$", words[-1]):
            return tens + (n if n <= 20 else 30)
    return None


def _day(text: str) -> int:
    digits = re.match(r"\d+", text.strip())
    if digits:
        return int(digits.group(0))
    n = ordinal_number(text)
    if n is None:
        raise ValueError(text)
    return n


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True)
class _Env:
    published: str | None
    year_hint: int | None
    anchor: str | None


Value = tuple[str, str, str]  # precision, date_from, date_to


def _day_value(d: str, m: str, y: str | None, env: _Env) -> Value | None:
    day, month = _day(d), month_number(m)
    year = _year_of(y) or infer_year(month, day, env.published, env.year_hint)
    iso = _iso(year, month, day) if year else None
    return ("day", iso, iso) if iso else None


def _weekday_day_value(w: str, d: str, m: str, y: str | None, env: _Env) -> Value | None:
    """«в субботу, 17 октября» in an article with no date and no year named: the latest
    year, not after today, in which that day fell on that weekday."""
    found = _day_value(d, m, y, env)
    if found is not None:
        return found
    want = WEEKDAYS[w.lower()]
    return next((("day", when.isoformat(), when.isoformat())
                 for when in clean.recent_days(month_number(m), _day(d))
                 if when.weekday() == want), None)


def _month_day_value(d: str, w: str | None, env: _Env) -> Value | None:
    """A day of the month told with no month («шестого числа»): the latest such day on
    or before publication (this month's, else the month before's); with a weekday
    («в пятницу, шестого числа»), the latest month in which that day fell on it."""
    pub = _ref(env.published)
    if pub is None:
        return None
    day = _day(d)
    want = WEEKDAYS[w.lower()] if w else None
    for back in range(_MONTHS_BACK):
        y, m = _months_on(pub.year, pub.month, -back)
        try:
            when = date(y, m, day)
        except ValueError:
            continue  # the 31st of a short month
        if when <= pub and (want is None or when.weekday() == want):
            return ("day", when.isoformat(), when.isoformat())
    return None


# how many months back a weekday and a day with no month are looked for (a weekday
# falls on a given day of the month at least once in fourteen months)
_MONTHS_BACK = 14


def _interval_days(d1: str, m1: str | None, y1: str | None, d2: str, m2: str, y2: str | None,
                   env: _Env) -> Value | None:
    end_m = month_number(m2)
    start_m = month_number(m1) if m1 else end_m
    end_y = _year_of(y2) or infer_year(end_m, _day(d2), env.published, env.year_hint)
    if not end_y:
        return None
    start_y = _year_of(y1) or (end_y - 1 if start_m > end_m else end_y)
    a, b = _iso(start_y, start_m, _day(d1)), _iso(end_y, end_m, _day(d2))
    if not a or not b or a > b:
        return None
    return ("interval", a, b)


def _interval_months(m1: str, y1: str | None, m2: str, y2: str | None, env: _Env) -> Value | None:
    a_m, b_m = month_number(m1), month_number(m2)
    b_y = _year_of(y2) or _infer_month_year(b_m, env.published, env.year_hint)
    if not b_y:
        return None
    a_y = _year_of(y1) or (b_y - 1 if a_m > b_m else b_y)
    return ("interval", _month_range(a_y, a_m)[0], _month_range(b_y, b_m)[1])


def _month_value(m: str, y: str | None, env: _Env) -> Value | None:
    month = month_number(m)
    year = _year_of(y) or _infer_month_year(month, env.published, env.year_hint)
    if not year:
        return None
    return ("month", *_month_range(year, month))


def _season_value(word: str, y: str | None, rel: str | None, env: _Env) -> Value | None:
    stem = next(s for s in SEASONS if word.lower().startswith(s))
    first, last = SEASONS[stem]
    year = _year_of(y)
    pub = _ref(env.published)
    if year is None:
        if pub is None:
            year = env.year_hint
        else:
            # the latest such season begun on or before publication
            year = pub.year if (first <= pub.month or first == 12) else pub.year - 1
            if first == 12 and pub.month < 12:
                year = pub.year  # winter begun last December belongs to this year
        if year and rel and rel.lower().startswith("прошл"):
            year -= 1
    if not year:
        return None
    if first == 12:  # «зимой 2025 года»: December 2024 to February 2025
        return ("season", date(year - 1, 12, 1).isoformat(),
                date(year, 2, _last_day(year, 2)).isoformat())
    return ("season", date(year, first, 1).isoformat(),
            date(year, last, _last_day(year, last)).isoformat())


def _year_value(y: int) -> Value:
    return ("year", f"{y:04d}-01-01", f"{y:04d}-12-31")


def _relative_year(word: str, env: _Env) -> Value | None:
    pub = _ref(env.published)
    base = pub.year if pub else env.year_hint
    if base is None:
        return None
    shift = {"прошл": -1, "позапрошл": -2, "следующ": 1, "будущ": 1}
    for k, v in shift.items():
        if word.lower().startswith(k):
            return _year_value(base + v)
    return _year_value(base)


def _shift_days(n: int, from_iso: str | None) -> Value | None:
    ref = _ref(from_iso)
    if ref is None:
        return None
    iso = (ref + timedelta(days=n)).isoformat()
    return ("day", iso, iso)


WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4,
            "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6,
            # (the genitive: «к вечеру вторника», «утром понедельника»)
            "понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4,
            "субботы": 5, "воскресенья": 6,
            "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}  # fmt: skip


def _weekday(word: str, last_week: bool, env: _Env) -> Value | None:
    """«во вторник» in a news report: the latest such weekday on or before publication
    (the same day when published on it); «в прошлый вторник» a week before that."""
    pub = _ref(env.published)
    if pub is None:
        return None
    back = (pub.weekday() - WEEKDAYS[word.lower()]) % 7
    if last_week and back == 0:
        back = 7
    iso = (pub - timedelta(days=back)).isoformat()
    return ("day", iso, iso)


def _week(shift: int, env: _Env) -> Value | None:
    pub = _ref(env.published)
    if pub is None:
        return None
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
    return ("interval", monday.isoformat(), (monday + timedelta(days=6)).isoformat())


def _months_on(year: int, month: int, shift: int) -> tuple[int, int]:
    """The (year, month) `shift` months after (before, if negative) a month."""
    y, m = divmod(year * 12 + month - 1 + shift, 12)
    return y, m + 1


def _relative_month(shift: int, env: _Env) -> Value | None:
    pub = _ref(env.published)
    if pub is None:
        return None
    return ("month", *_month_range(*_months_on(pub.year, pub.month, shift)))


def _count_word(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return SMALL_NUMBERS.get(w) or None


def _unit_days(unit: str) -> int | None:
    u = unit.lower()
    if u.startswith(("дн", "ден", "сут")):
        return 1
    if u.startswith("недел"):
        return 7
    return None


def _en_month(word: str) -> int:
    return EN_MONTHS[word.lower().rstrip(".")[:3]]


WEEKDAY_GENITIVE = "понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья"
# right after «с»/«со» (since): the day's span leaves the «с» out, as for «с 12 ноября»
_AFTER_SINCE = r"(?:(?<=(?<![а-яё])[сС]\s)|(?<=(?<![а-яё])[сС]о\s))"
# a verb of a state holding, or any in the past tense
_HOLDS = (r"(?:действу\w+|наход\w+|работа\w+|длится|ид[её]т|[а-яё]+(?:ла|ло|ли|лся|лась|лось|"
          r"лись))(?![а-яё])")
# a part of a day, or an hour, told before a weekday in the genitive: «к вечеру вторника»,
# «утром понедельника», «на 08:00 среды»
DAY_PART = (r"(?:утр[оау]м?|вечер[оау]?м?|ноч(?:ью|и|ь)|дн[её]м|середин[еуы]|конц[уе]|"
            r"начал[уе]|\d{1,2}[:.]\d\d)")
# «еще в среду» told on a Wednesday: as early as the Wednesday before, not today
_STILL = re.compile(r"(?<![а-яё])ещ[её]\s+$", re.I)


# Patterns in order of priority: an earlier one wins over a later overlapping one.
# Each handler gets the match and the environment and returns (precision, from, to).
_G = re.compile
# what comes before a weekday a source's figures stood at: «по данным министерства на среду»
_AS_OF_SOURCE = re.compile(r"(?<![а-яё])по\s+(?:данным|состоянию|информации|сведениям)\s+"
                           r"(?:[\w«»\"-]+\s+){0,3}?$", re.I)


RULES: list[tuple[re.Pattern[str], object]] = [
    # «в период с 30 июня по 1 июля 2025 года», «с 1 по 5 июля»
    (_G(rf"(?:в период\s+)?(?<![а-яё])с\s+(?P<d1>{D})(?:\s+(?P<m1>{M}))?(?:\s+(?P<y1>{Y}))?\s+"
        rf"(?:по|до)\s+(?P<d2>{D})\s+(?P<m2>{M})(?:\s+(?P<y2>{Y}))?"),
     lambda m, e: _interval_days(m["d1"], m["m1"], m["y1"], m["d2"], m["m2"], m["y2"], e)),
    # «между 30 июня и 1 июля», «30 июня – 1 июля 2025 года», «1-5 июля»
    (_G(rf"(?:между\s+)?(?P<d1>{D})(?:\s+(?P<m1>{M}))?(?:\s+(?P<y1>{Y}))?\s*(?:[–—-]|\s+и\s+)\s*"
        rf"(?P<d2>{D})\s+(?P<m2>{M})(?:\s+(?P<y2>{Y}))?"),
     lambda m, e: _interval_days(m["d1"], m["m1"], m["y1"], m["d2"], m["m2"], m["y2"], e)),
    # «с июля по сентябрь 2025 года», «в июле-августе»
    (_G(rf"(?<![а-яё])с\s+(?P<m1>{M})(?:\s+(?P<y1>{Y}))?\s+по\s+(?P<m2>{M})(?:\s+(?P<y2>{Y}))?"),
     lambda m, e: _interval_months(m["m1"], m["y1"], m["m2"], m["y2"], e)),
    (_G(rf"(?P<m1>{M})\s*[–—-]\s*(?P<m2>{M})(?:\s+(?P<y2>{Y}))?"),
     lambda m, e: _interval_months(m["m1"], None, m["m2"], m["y2"], e)),
    # «в субботу, 17 октября»: the weekday dates a day whose year nothing else gives
    (_G(rf"(?<![а-яё])во?\s+(?P<w>{clean.WEEKDAY_WORDS}),?\s+(?P<d>{D})\s+(?P<m>{M})"
        rf"(?:\s+(?P<y>{Y}))?", re.I),
     lambda m, e: _weekday_day_value(m["w"], m["d"], m["m"], m["y"], e)),
    # «9 октября 2025 года», «9-го октября»
    (_G(rf"(?P<d>{D})\s+(?P<m>{M})(?:\s+(?P<y>{Y}))?"),
     lambda m, e: _day_value(m["d"], m["m"], m["y"], e)),
    # a day of the month with no month: «в пятницу, шестого числа», «23-го числа», «а
    # 7-го уже ...» (the bare «-го» only before a pause or a word that is no noun: «8-го
    # тура», «с 9-го этажа» are no days)
    (_G(rf"(?<![а-яё])во?\s+(?P<w>{clean.WEEKDAY_WORDS}),?\s+(?P<d>{D})\s+числа(?![а-яё])",
        re.I),
     lambda m, e: _month_day_value(m["d"], m["w"], e)),
    (_G(rf"(?P<d>{D})\s+числа(?![а-яё])"), lambda m, e: _month_day_value(m["d"], None, e)),
    (_G(r"(?<![\d.,:])(?P<d>[12]?\d|3[01])-го(?=\s*(?:[,.;:!?)»\"—–]|$)|\s+(?:уже|ещ[её]|и|а|"
        r"но|не|утром|вечером|дн[её]м|ночью)(?![а-яё]))"),
     lambda m, e: _month_day_value(m["d"], None, e)),
    # «10.10.2025», «2025-10-10»
    (_G(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.]\d)"),
     lambda m, e: (lambda iso: ("day", iso, iso) if iso else None)(
         _iso(int(m["y"]), int(m["m"]), int(m["d"])))),
    (_G(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])"),
     lambda m, e: (lambda iso: ("day", iso, iso) if iso else None)(
         _iso(int(m["y"]), int(m["m"]), int(m["d"])))),
    # «в начале октября 2025 года»: the month, as the vaguer and safer value
    (_G(rf"(?<![а-яё])(?:в|во)\s+(?:самом\s+)?{PARTS}\s+(?P<m>{M})(?:\s+(?P<y>{Y}))?"),
     lambda m, e: _month_value(m["m"], m["y"], e)),
    # «летом 2025 года», «прошлым летом», «летом прошлого года»
    (_G(rf"(?:(?P<rel>прошл\w+|этой|этим|нынешн\w+)\s+)?(?<![а-яё])(?P<s>{SEASON_WORD})"
        rf"(?:\s+(?P<y>{Y})|\s+(?P<rel2>прошлого|этого|текущего)\s+года)?(?![а-яё])", re.I),
     lambda m, e: _season_value(m["s"], m["y"], m["rel"] or m["rel2"], e)),
    # «в октябре 2025 года», «в июле», «до октября»
    (_G(rf"(?<![а-яё])(?P<m>{M})(?:\s+(?P<y>{Y}))?"),
     lambda m, e: _month_value(m["m"], m["y"], e)),
    # «с 2020 по 2024 год», «в 2020-2024 годах»
    (_G(r"(?<![а-яё])(?:с\s+)?(?P<y1>(?:19|20)\d\d)(?:\s*г\.)?\s*(?:[–—-]|по)\s*(?P<y2>(?:19|20)\d\d)"
        r"(?:\s*(?:гг\.|г\.|годы|годах|годов|год|года)(?![а-яё]))?"),
     lambda m, e: ("interval", f"{m['y1']}-01-01", f"{m['y2']}-12-31")
     if m["y1"] < m["y2"] else None),
    # «в 2025 году», «в начале 2025 года», «2024 год»
    (_G(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?:-м|\s*(?:г\.|года|году|год)(?![а-яё]))"),
     lambda m, e: _year_value(int(m["y"]))),
    (_G(r"(?<![а-яё])в\s+(?P<w>прошлом|позапрошлом|этом|текущем|нынешнем|следующем)\s+году"),
     lambda m, e: _relative_year(m["w"], e)),
    # «в ночь со среды на четверг», «в ночь на субботу»: the night that ends on that day
    (_G(rf"(?<![а-яё])в\s+ночь\s+(?:(?:со|с)\s+[а-яё]+\s+)?на\s+(?P<w>{clean.WEEKDAY_WORDS})"
        rf"(?![а-яё])", re.I),
     lambda m, e: _weekday(m["w"], False, e)),
    # a source's figures as of a weekday: «по данным штаба на среду», «по состоянию на
    # пятницу» (the day the figures stood at, not one ahead)
    (_G(rf"(?<![а-яё])на\s+(?P<w>{clean.WEEKDAY_WORDS})(?![а-яё])", re.I),
     lambda m, e: _weekday(m["w"], False, e) if _AS_OF_SOURCE.search(m.string[: m.start()])
     else None),
    # relative to publication
    (_G(rf"(?<![а-яё])(?:в|во)\s+(?P<p>прошл\w+|минувш\w+|эт[оу]т?\s+)?\s*"
        rf"(?P<w>{clean.WEEKDAY_WORDS})(?![а-яё])", re.I),
     lambda m, e: _weekday(m["w"], bool(m["p"] and
                                        m["p"].lower().startswith(("прошл", "минувш")))
                           or _STILL.search(m.string[: m.start()]) is not None, e)),
    # a part of a weekday, or an hour of it, with the weekday in the genitive: «к вечеру
    # вторника», «утром понедельника», «на 08:00 среды»
    (_G(rf"(?<![а-яё]){DAY_PART}\s+(?P<w>{WEEKDAY_GENITIVE})(?![а-яё])", re.I),
     lambda m, e: _weekday(m["w"], False, e)),
    # since a weekday, told of a state that holds or has held since: «со вторника
    # действует режим ЧС», «с субботы он находился в реанимации» (not «с четверга
    # объявляется карантин», the coming Thursday; the date after it, «с понедельника,
    # 9 ноября», is read by itself; «с четверга по субботу» is a span, not a day)
    # (the span is the day alone, as of «с 12 ноября»: the «с» before it says «since»)
    (_G(rf"{_AFTER_SINCE}(?P<w>{WEEKDAY_GENITIVE})"
        rf"(?![а-яё])(?!,?\s+\d|\s+(?:по|до)\s)(?=\s+(?:[а-яё]+\s+){{0,2}}?{_HOLDS})", re.I),
     lambda m, e: _weekday(m["w"], False, e)),
    (_G(r"\b(?:on\s+|last\s+)(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
     lambda m, e: _weekday(m["w"], m.group(0).lower().startswith("last"), e)),
    (_G(r"(?<![а-яё])(?P<w>сегодня|вчера|позавчера)(?![а-яё])", re.I),
     lambda m, e: _shift_days({"сегодня": 0, "вчера": -1, "позавчера": -2}[m["w"].lower()],
                              e.published)),
    # «с сегодняшнего дня вводится режим ЧС», «со вчерашнего дня»
    (_G(rf"{_AFTER_SINCE}(?P<w>сегодняшнего|вчерашнего)\s+дня(?![а-яё])", re.I),
     lambda m, e: _shift_days(0 if m["w"].lower() == "сегодняшнего" else -1, e.published)),
    (_G(r"(?<![а-яё])на\s+(?P<w>прошлой|этой|текущей|следующей)\s+неделе", re.I),
     lambda m, e: _week({"прошлой": -1, "этой": 0, "текущей": 0,
                         "следующей": 1}[m["w"].lower()], e)),
    (_G(r"(?<![а-яё])в\s+(?P<w>прошлом|этом|текущем|следующем)\s+месяце", re.I),
     lambda m, e: _relative_month({"прошлом": -1, "этом": 0, "текущем": 0, "следующем": 1}[
         m["w"].lower()], e)),
    # relative to the event being told about
    (_G(r"(?<![а-яё])(?P<dir>спустя|через)\s+(?P<n>\d+|[а-яё]+)\s+(?P<u>дн\w*|день|сут\w*|недел\w+)",
        re.I),
     lambda m, e: (lambda n, u: _shift_days(n * u, e.anchor) if n and u else None)(
         _count_word(m["n"]), _unit_days(m["u"]))),
    (_G(r"(?<![а-яё])(?P<n>\d+|[а-яё]+)\s+(?P<u>дн\w*|день|сут\w*|недел\w+)\s+назад", re.I),
     lambda m, e: (lambda n, u: _shift_days(-n * u, e.published) if n and u else None)(
         _count_word(m["n"]), _unit_days(m["u"]))),
    # («на следующий день после начала протеста» counts from an event no date names)
    (_G(r"(?<![а-яё])на следующий день(?!\s+после\s+(?!\d))", re.I),
     lambda m, e: _shift_days(1, e.anchor)),
    (_G(r"(?<![а-яё])накануне(?=[\s,.;:—–-]|$)", re.I),
     lambda m, e: None if _eve_of_event(m) else _shift_days(-1, _eve_anchor(m, e))),
    # English: "Oct. 9, 2025", "on October 9", "9 October 2025", "in July 2025"
    (_G(rf"\b(?P<m>{EN_M})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"),
     lambda m, e: _en_day(m["d"], m["m"], m["y"], e)),
    (_G(rf"\b(?P<d>[0-3]?\d)\s+(?P<m>{EN_M})(?:\s+(?P<y>(?:19|20)\d\d))?\b"),
     lambda m, e: _en_day(m["d"], m["m"], m["y"], e)),
    (_G(rf"\bin\s+(?P<m>{EN_M})(?:\s+(?P<y>(?:19|20)\d\d))?\b"),
     lambda m, e: _en_month_value(m["m"], m["y"], e)),
    (_G(r"\b(?P<w>last|this|next)\s+(?P<u>week|month|year)\b", re.I),
     lambda m, e: _en_relative(m["w"].lower(), m["u"].lower(), e)),
    (_G(r"\b(?:in|since|by|until)\s+(?P<y>(?:19|20)\d\d)\b(?![-–]\d)"),
     lambda m, e: _year_value(int(m["y"]))),
    (_G(r"\b(?P<w>yesterday|today)\b", re.I),
     lambda m, e: _shift_days(-1 if m["w"].lower() == "yesterday" else 0, e.published)),
]


def _eve_anchor(m: re.Match[str], e: _Env) -> str | None:
    """The day «накануне» counts back from: opening a sentence right after an event told
    («Авария произошла 17 июня. Накануне ...»), the event; inside a clause («Губернатор
    накануне сообщил»), as news writes «yesterday», the publication day."""
    head = m.string[: m.start()]
    inside = bool(re.search(r"[А-ЯЁа-яё]", head.split(".")[-1]))
    # «Накануне пресс-атташе посольства сообщил ...»: an act of telling the day before is
    # news's «yesterday», whatever day the sentence before told of
    told = _TOLD_AFTER.match(m.string, m.end())
    return (e.published or e.anchor) if inside or told else e.anchor


# a verb of telling in the few words after a sentence-opening «накануне»
_TOLD_AFTER = re.compile(r"[\s,]+(?:[\w«»\"-]+\s+){0,6}?(?:сообщил|заявил|рассказал|написал|"
                         r"сказал|подтвердил|объявил|пояснил|уточнил|передал|отметил|"
                         r"опроверг|признал|говорил|назвал|объясн[яи]л|заверил|пообещал|"
                         r"обещал|прокомментировал|ответил|отвечал|утверждал|настаивал|"
                         r"предупредил|добавил|указал)\w*\b", re.I)


def _eve_of_event(m: re.Match[str]) -> bool:
    """«накануне переговоров» is the eve of an event, not «the day before»."""
    from factdb.extract.nlp import inflections

    nxt = re.match(r"\s+([а-яё]+)", m.string[m.end():], re.I)
    if not nxt:
        return False
    pos, case = inflections(nxt.group(1))
    return pos in ("NOUN", "ADJF") and case == "gent"


def _en_relative(which: str, unit: str, env: _Env) -> Value | None:
    shift = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "week":
        return _week(shift, env)
    if unit == "month":
        return _relative_month(shift, env)
    pub = _ref(env.published)
    return _year_value(pub.year + shift) if pub else None


def _en_day(d: str, mname: str, y: str | None, env: _Env) -> Value | None:
    day, month = int(d), _en_month(mname)
    year = int(y) if y else infer_year(month, day, env.published, env.year_hint)
    iso = _iso(year, month, day) if year else None
    return ("day", iso, iso) if iso else None


def _en_month_value(mname: str, y: str | None, env: _Env) -> Value | None:
    month = _en_month(mname)
    year = int(y) if y else _infer_month_year(month, env.published, env.year_hint)
    return ("month", *_month_range(year, month)) if year else None


def find_dates(text: str, offset: int, published: str | None, year_hint: int | None = None,
               anchor: str | None = None) -> list[StatedDate]:
    """The dates a sentence states; `offset` is the sentence's start in the document,
    `year_hint` the latest year named earlier, `anchor` the day of the event told about."""
    env = _Env(published, year_hint, anchor or published)
    taken: list[tuple[int, int]] = []
    out = []
    for pat, handler in RULES:
        for m in pat.finditer(text):
            a, b = m.span()
            if b <= a or any(a < y and x < b for x, y in taken):
                continue
            try:
                value = handler(m, env)  # type: ignore[operator]
            except (KeyError, ValueError, OverflowError):
                value = None
            taken.append((a, b))  # a span read as a date is not read again as a lesser one
            if value is None:
                continue
            precision, lo, hi = value
            if precision == "day" and published and lo < published \
                    and not re.search(r"\d{4}", m.group(0)) \
                    and (is_deadline(text, a) or _told_ahead(text, a, b, lo, published)
                         or (lo[:4] < published[:4]
                             and _BY_DAY.search(text[max(0, a - 6) : a]) is not None)):
                # «арест до 13 мая» in a March report: this May; «до 25-го числа» in a
                # report of the 18th: this month's
                lo = hi = _next_month(lo) if _no_month(m.group(0)) else _next_year(lo)
            elif precision == "month" and published and hi < published[:10] \
                    and not re.search(r"\d{4}", m.group(0)) \
                    and (_BY_MONTH.search(text[max(0, a - 30) : a]) is not None
                         or _told_ahead(text, a, b, lo, published)):
                # «закончат к середине января», «запустят в декабре» in a November report:
                # the coming December, not last year's
                lo, hi = _next_year(lo), _next_year(hi)
            out.append(StatedDate(offset + a, offset + b, m.group(0), precision, lo, hi))
    return _next_day_of_the_day_told(sorted(out, key=lambda d: d.start))


_NEXT_DAY = re.compile(r"на следующий день", re.I)


def _next_day_of_the_day_told(dates: list[StatedDate]) -> list[StatedDate]:
    """«на следующий день» after a day the sentence names is the day after that one
    («Ртуть разлилась 23 ноября, а МЧС вызвали только на следующий день»: the 24th), not
    after the report's day."""
    out: list[StatedDate] = []
    for d in dates:
        before = [x for x in out if x.precision == "day" and x.end <= d.start]
        if _NEXT_DAY.fullmatch(d.text) and before and \
                (got := _shift_days(1, before[-1].date_from)) is not None:
            d = StatedDate(d.start, d.end, d.text, *got)
        out.append(d)
    return out


_CLAUSE_EDGE = re.compile(r"[,;:—–()«»\".!?]")


# how far ahead a day told in the present tense may stand: a schedule of the coming weeks
_SCHEDULE_DAYS = 31


def _told_ahead(text: str, a: int, b: int, lo: str, published: str) -> bool:
    """True when a yearless day read in the year before publication is told in the future
    tense («Первые выплаты люди получат 3 декабря», «3 декабря начнется суд») in a
    November report: a day still ahead in the publication year, not one a year back."""
    if _next_year(lo) <= published:
        return False
    if _NOT_EARLIER.search(text[max(0, a - 20) : a]) and \
            date.fromisoformat(_next_year(lo)) - date.fromisoformat(published[:10]) \
            <= timedelta(days=_BOUND_DAYS):
        return True  # «раньше 2 декабря открыть переправу не удастся»: a bound ahead
    before = re.split(_CLAUSE_EDGE, text[:a])[-1]
    after = re.split(_CLAUSE_EDGE, text[b:], maxsplit=1)[0]
    before_words = re.findall(r"[а-яё]+", before.lower())[-5:]
    near = before_words + re.findall(r"[а-яё]+", after.lower())[:3]
    if any(likely_future(w) for w in near):
        return True
    # a present tense right before a day weeks ahead is a schedule: «новые тарифы
    # действуют с 1 декабря» in a report of 20 November (a year back, it would be a state a year
    # old, told with its year)
    soon = date.fromisoformat(_next_year(lo)) - date.fromisoformat(published[:10]) \
        <= timedelta(days=_SCHEDULE_DAYS)
    if soon and any(tenses(w) == frozenset({"pres"}) for w in before_words[-3:]):
        return True
    # a day something is put off to is ahead of the act of putting it off: read a year back,
    # or months back in this year («перенесли на 1 января» in a November report: the coming
    # January; the weeks just past stay, a hearing set then and held since)
    set_for = bool(_SET_FOR.search(before))
    if set_for and date.fromisoformat(published[:10]) - date.fromisoformat(lo) \
            > timedelta(days=_SET_FOR_BACK):
        return True
    # (so is a day declared a day of something, «Он объявил 22 июля днем траура», read a
    # year back)
    return lo[:4] < published[:4] and (set_for or bool(_DECLARED_DAY.match(text[b:])))


# how far back this year a day set for may stand and still be this year's
_SET_FOR_BACK = 60


# a day something is put off or set for: «заседание перенесено на 27 января», «суд
# назначил слушания на 3 декабря» (a past verb, a day ahead)
_SET_FOR = re.compile(r"\b(?:перенес|перенос|отлож|назнач|запланир)\w*\s+(?:[\w-]+\s+){0,3}?на\s+$",
                      re.I)


# a bound on when something comes: «не раньше 5 декабря», «ранее 1 декабря» (a day ahead
# within a few months; further, a year-old bound told of the past)
_NOT_EARLIER = re.compile(r"(?:^|\s)(?:не\s+)?(?:раньше|ранее)\s+$", re.I)
_BOUND_DAYS = 92
# a month something is to be done by: «к середине декабря», «до конца января»
# («до декабря» alone may be a past's end, «работал там до декабря»: a verb's tense tells)
_BY_MONTH = re.compile(r"(?:^|\s)(?:(?:к|ко)\s+(?:(?:началу|середине|концу)\s+)?|"
                       r"(?:до|не\s+позднее|не\s+позже)\s+(?:начала|середины|конца)\s+)$", re.I)


_DECLARED_DAY = re.compile(r"\s+(?:[а-яё]+\s+)?дн[её]м\b", re.I)


_DEADLINE = re.compile(r"(?:^|[\s(])(?:до|по|не позднее|не позже)\s*$", re.I)
# «к 1 декабря» in a November report, read a year back: a day ahead to be ready by (a day
# this year, «к 5 ноября» in a report of the 10th, stays: the day a count was told of)
_BY_DAY = re.compile(r"(?:^|[\s(])(?:к|ко)\s*$", re.I)


def is_deadline(text: str, start: int) -> bool:
    """True when the date at `start` ends a period («продлил арест до 13 мая»): a limit
    set for the future, not the day something happened or was said."""
    return bool(_DEADLINE.search(text[max(0, start - 20) : start]))


def _no_month(found: str) -> bool:
    """Whether a day read names no month («4-го», «четвертого числа»)."""
    return bool(re.search(r"(?:-го|\sчисла)$", found, re.I))


def _next_month(iso: str) -> str:
    """The same day of the month after, or the one after that if it has no such day."""
    d = date.fromisoformat(iso)
    for shift in (1, 2):
        y, m = _months_on(d.year, d.month, shift)
        try:
            return d.replace(year=y, month=m).isoformat()
        except ValueError:
            continue
    return iso


def _next_year(iso: str) -> str:
    d = date.fromisoformat(iso)
    try:
        return d.replace(year=d.year + 1).isoformat()
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28).isoformat()


def years_named(text: str) -> list[int]:
    """Explicit years a text names («в 2025 году», «9 октября 2025»), for year inference."""
    return [int(y) for y in re.findall(r"(?<![\d.,])((?:19|20)\d\d)(?!\d)(?!-лет)", text)]


# ---------------------------------------------------------------- said_on

# «ранее заявлял», «до этого заявила», «в свое время говорил»: words said before the report
EARLIER = re.compile(
    r"(?<![а-яё])(?:ранее|до этого|прежде(?! всего)|в свое время|в своё время|"
    r"(?:еще|ещё) в (?=\d|прошлом|начале|конце|середине|[а-яё]+[ея] )|"
    r"неоднократно|не раз|уже\s+заявлял\w*)(?![а-яё])|\b(?:earlier|previously|had said)\b",
    re.I,
)
# «во время этой встречи», «в ходе беседы», «тогда же»: the words belong to the event told about
BACK_TO_EVENT = re.compile(
    r"(?<![а-яё])(?:во время|в ходе|на|по итогам|по завершении)\s+(?:этой|той|этих|тех|данной)\s+"
    r"(?:встреч|переговор|беседы|разговор|саммит|визит|брифинг|заседани|пресс-конференци)\w*|"
    r"(?<![а-яё])(?:тогда же|в тот же день|в тот день|там же)(?![а-яё])|"
    # «в ходе беседы», «во время переговоров»: with no one else's occasion named, the one told
    r"(?<![а-яё])(?:во время|в ходе)\s+(?:встреч|переговор|беседы|разговора|саммита|визита)"
    r"[а-яё]*(?![а-яё])(?!\s+(?:с|со)\s)|"
    # «заверил собеседника», «пообещал собеседнику»: the other party of the talk told of
    r"(?<![а-яё])[а-яё]+(?:л|ла|ли)\s+(?:своего\s+|своему\s+)?(?:собеседника|собеседнику|"
    r"собеседников|собеседникам)(?![а-яё])(?!\s+(?:агентств|издани|газет|редакци|[«\"“]))",
    re.I,
)
# nouns a date may hang on and still date the verb: «спустя два дня, 9 октября, ...»
_TIME_NOUNS = {"день", "неделя", "месяц", "год", "время", "утро", "вечер", "ночь", "число",
               "дата", "сутки", "спустя"}


def _by_id(s: ParsedSentence) -> dict[str, Token]:
    return {t.id: t for t in s.tokens}


def governed_verb(s: ParsedSentence, d: StatedDate) -> Token | None:
    """The verb a date modifies in the dependency tree; None when it dates a noun
    («встреча ... 9 октября» dates the meeting, not what the sentence's verb says)."""
    toks = _by_id(s)
    inside = {t.id for t in s.tokens if t.start >= d.start and t.end <= d.end}
    # in text order, a content word first: «в ночь на среду» has two heads outside it
    # («ночь» and the «на» the parser hangs on the day after it); a set's order would pick
    # one by the hash seed, so the same text got another said_on from run to run
    roots = sorted((t for t in s.tokens if t.id in inside and t.head_id not in inside),
                   key=lambda t: (t.rel in ("case", "punct", "cc", "mark"), t.start))
    if not roots:
        return None
    t = roots[0]
    seen = set()
    while t.head_id in toks and t.head_id not in seen:
        seen.add(t.head_id)
        head = toks[t.head_id]
        if head.pos in ("VERB", "AUX") or (head.pos == "ADJ"
                                           and head.feats.get("Variant") == "Short"):
            return head
        if head.pos in ("NOUN", "PROPN") and head.lemma not in _TIME_NOUNS \
                and not (head.lemma in EVENT_NOUNS and head.rel.startswith("obl")):
            # «встречи 9 октября»: nmod of a noun; but «заявила на брифинге в четверг»: the
            # occasion the verb took place at carries its day up to the verb
            if t.rel not in ("obl", "advmod"):
                return None
        t = head
    return None


def in_relative_clause(s: ParsedSentence, verb: Token) -> bool:
    """Whether a verb heads a relative or participial clause («который 26 февраля напомнил»;
    «трасса, где в пятницу стояла колонна», whatever head the parser gives the clause)."""
    return verb.rel.startswith("acl") or verb.rel == "amod" or any(
        t.head_id == verb.id and (t.lemma in _RELATIVE_WORDS or t.lemma == "который")
        and t.start < verb.start and s.text[: t.start - s.start].rstrip().endswith(",")
        for t in s.tokens)


# words that open a relative clause of place or time
_RELATIVE_WORDS = frozenset({"где", "куда", "откуда"})


# nouns of an occasion where things are said: a participle dating them dates the occasion
EVENT_NOUNS = frozenset({"встреча", "переговоры", "беседа", "разговор", "саммит", "визит",
                         "заседание", "совещание", "брифинг", "пресс-конференция",
                         "конференция", "форум", "выступление", "интервью"})


def _dated_occasion(s: ParsedSentence, verb: Token) -> bool:
    """«встреча ..., прошедшая в четверг», «переговоры, состоявшиеся 9 октября»: a
    participle of an occasion noun dates that occasion, which the sentence is about."""
    if verb.rel not in ("acl", "amod") or verb.feats.get("VerbForm") != "Part":
        return False
    head = _by_id(s).get(verb.head_id)
    return head is not None and head.lemma in EVENT_NOUNS


def _dates_occasion(s: ParsedSentence, d: StatedDate) -> bool:
    """«Переговоры в Душанбе 9 октября стали первой встречей»: a date on the occasion noun
    that is the sentence's subject dates the occasion the sentence tells about."""
    toks = _by_id(s)
    inside = {t.id for t in s.tokens if t.start >= d.start and t.end <= d.end}
    roots = [toks[i] for i in inside if toks[i].head_id not in inside]
    head = toks.get(roots[0].head_id) if roots else None
    return head is not None and head.lemma in EVENT_NOUNS and head.rel.startswith("nsubj")


# words quoted as said, of three words or more: «Визит состоялся 19 марта», — заявил X
_QUOTED_WORDS = re.compile(r"«[^«»]*?\s[^«»]*?\s[^«»]*»|\"[^\"]*?\s[^\"]*?\s[^\"]*\"|"
                           r"“[^“”]*?\s[^“”]*”")


def _in_quoted_words(text: str, at: int) -> bool:
    """Whether an offset of a sentence lies inside words it quotes as someone's speech."""
    return any(m.start() < at < m.end() for m in _QUOTED_WORDS.finditer(text))


_OPENS_RELATIVE = re.compile(rf",\s*(?:{'|'.join(sorted(_RELATIVE_WORDS))})\s*$", re.I)


def event_date(s: ParsedSentence, stated: list[StatedDate]) -> StatedDate | None:
    """The day of a sentence's main event: a day-date governing a verb of the main clause."""
    for d in stated:
        if d.precision != "day" or not (s.start <= d.start < s.end) \
                or is_deadline(s.text, d.start - s.start):
            continue
        if _in_quoted_words(s.text, d.start - s.start):
            continue  # a day in quoted words is the speaker's, not the narration's
        if _OPENS_RELATIVE.search(s.text[: d.start - s.start]):
            # «введен в районе, где в пятницу смерч повалил деревья»: the day of the
            # relative clause, however the parser hangs it
            continue
        verb = governed_verb(s, d)
        if verb is not None and _dated_occasion(s, verb) or verb is None and _dates_occasion(s, d):
            return d
        # a date in reported content («заявил, что 9 октября ...») or a relative clause
        # («который 26 февраля напомнил») is not the date of what the article tells
        if verb is not None and not in_relative_clause(s, verb) and verb.rel.split(":")[0] not in (
            "ccomp", "csubj", "xcomp", "advcl"
        ):
            return d
    return None


def _said_earlier(s: ParsedSentence, cue_tok: Token | None, cue_start: int | None) -> bool:
    """Whether the sentence says the words are older: «Ранее X заявил», «заявил ранее X»;
    an «ранее» inside the reported words («заявил, что ранее ...») does not count."""
    toks = _by_id(s)
    for m in EARLIER.finditer(s.text):
        at = s.start + m.start()
        tok = next((t for t in s.tokens if t.start <= at < t.end), None)
        if tok is not None and cue_tok is not None:
            # «Ранее» / «до этого» hanging on the speech verb in the tree
            t, hops = tok, 0
            while t.head_id in toks and hops < 3:
                t, hops = toks[t.head_id], hops + 1
                if t.id == cue_tok.id:
                    return True
        if cue_start is None:
            return True  # no cue to measure from: a claim of a known earlier speaker
        # else by position: shortly before the cue or right after it, not past «что» or
        # inside a quote
        between = s.text[min(m.start(), cue_start - s.start) : max(m.start(), cue_start - s.start)]
        if -90 < at - cue_start < 0 and \
                not re.search(r"[«»“”\"]|(?<![а-яё])что(?![а-яё])", between):
            return True
        if 0 <= at - cue_start < 30 and not re.search(r"(?<![а-яё])что(?![а-яё])|[«“\"]", between):
            return True
    return False


def _cue_token(s: ParsedSentence, cue_start: int | None, cue: str | None = None) -> Token | None:
    """The speech verb of a cue («Как сообщали СМИ» -> «сообщали»), else its first word."""
    if cue_start is None:
        return None
    inside = [t for t in s.tokens if cue_start <= t.start < cue_start + max(len(cue or ""), 1)]
    verb = next((t for t in inside if t.pos in ("VERB", "AUX")), None)
    return verb or next((t for t in s.tokens if t.start <= cue_start < t.end), None)


# verbs of both aspects: a past form of them says nothing about an earlier occasion
_BIASPECTUAL = {"акцентировать", "констатировать", "резюмировать", "информировать",
                "анонсировать", "телеграфировать", "рапортовать", "атаковать", "использовать"}
# «Он добавил ...», «по его словам», «также»: the same occasion as the claim before
_CONTINUES = re.compile(r"(?<![а-яё])(?:также|тоже|добави\w+|продолжи\w+|по (?:его|ее|её|их) "
                        r"словам|он|она|они)(?![а-яё])", re.I)


def _is_english(text: str) -> bool:
    latin = len(re.findall(r"[A-Za-z]", text))
    cyr = len(re.findall(r"[А-Яа-яЁё]", text))
    return latin > 2 * cyr


@lru_cache(maxsize=4096)
def _sex_of(name: str) -> str | None:
    """'masc' or 'femn' when a person's name opens with a first name of one sex only
    («Светлана Иванова»), else None (a surname alone, «Женя»)."""
    sexes = {g for g, case in name_forms(name.split()[0]) if case == "nomn"}
    return sexes.pop() if len(sexes) == 1 else None


def name_keys(name: str | None, kind: str | None = None) -> set[str]:
    """Keys a name is matched by: the whole name, and a person's surname."""
    if not name:
        return set()
    full = " ".join(re.findall(r"[\w-]+", fold(name)))
    keys = {full}
    if kind in (None, "PER") and " " in full:
        keys.add(full.rsplit(" ", 1)[1])
    return keys


# «сообщили агентству в пресс-службе суда», «рассказал "Фонтанке"», «подтвердили нашему
# корреспонденту»: words told to the outlet for this report, said when it was written;
# who told of an event this way is not one of its participants
_TOLD_OUTLET = re.compile(
    r"\b(?:сообщи|рассказа|заяви|сказа|подтверди|уточни|поясни|передава|сообща|рассказыва)"
    r"\w*\s+(?:агентству|изданию|газете|редакции|телеканалу|порталу|нам|нашему\s+\w+|"
    r"[«\"“„][^»\"”“\n]{1,30}[»\"”“])", re.I)


# «..., пояснили в компании», «..., сообщили в пресс-службе»: a body that told of the
# event the sentence dates
_TOLD_AT = re.compile(r"[,—–]\s+(?:[а-яё]+(?:ли|лось))\s+(?:в|во)\s+(?P<who>[^,;:.!?«»]+)",
                      re.I)
_SERVICE_WORDS = re.compile(r"(?<![а-яё])(?:пресс-служб|пресс-центр|отдел|управлени)\w*", re.I)


def _told_by_another(text: str) -> bool:
    """Whether a body that told of the sentence's event after it is not named in the
    event itself: «Договор подписан 9 ноября, сообщили в министерстве» (it took no part),
    not «В субботу суд арестовал его, сообщили в пресс-службе суда» (the court's own act)."""
    m = _TOLD_AT.search(text)
    if m is None:
        return False
    who = re.findall(r"[а-яё]{3,}", _SERVICE_WORDS.sub("", m.group("who")).lower())
    before = re.findall(r"[а-яё]{3,}", text[: m.start()].lower())
    # (one word in two forms: «суд», «суда»; the first letters of the shorter, up to five)
    return not any(a[: min(5, len(a), len(b))] == b[: min(5, len(a), len(b))]
                   for a in who for b in before)


def said_on(
    cue_dates: list[StatedDate],
    cue_sentence: ParsedSentence | None,
    cue_start: int | None,
    speaker: str | None,
    ctx: DateContext,
    cue: str | None = None,
) -> str | None:
    """When a claim's words were said (ISO) or None; see the module docstring.

    `cue_sentence` holds the speech verb (or the claim, when it has none), `cue_dates`
    the dates that sentence states, `ctx` the article's time context at that sentence."""
    # a day after publication is one told ahead («получат 3 декабря»), never when said;
    # an event ahead the words speak of is not their day either
    ahead = ctx.published
    when = _said_on([d for d in cue_dates if ahead is None or d.date_from <= ahead],
                    cue_sentence, cue_start, speaker, ctx, cue)
    return ahead if ahead is not None and when is not None and when > ahead else when


def _said_on(
    cue_dates: list[StatedDate],
    cue_sentence: ParsedSentence | None,
    cue_start: int | None,
    speaker: str | None,
    ctx: DateContext,
    cue: str | None,
) -> str | None:
    cs = cue_sentence
    cue_tok = _cue_token(cs, cue_start, cue) if cs is not None else None
    if cs is not None:
        verb = cue_tok if cue_tok is not None and cue_tok.pos in ("VERB", "AUX") else None
        # «Суд в четверг удовлетворил ходатайство, сообщили агентству в суде»: told the
        # outlet after the words, the day before them is the words' own
        tail_told = cue_tok is not None and bool(
            re.search(r"[,—–]\s*$", cs.text[: cue_tok.start - cs.start])
            and _TOLD_OUTLET.match(cs.text, cue_tok.start - cs.start))
        for d in cue_dates:
            if tail_told and cue_tok is not None and d.start < cue_tok.start:
                continue
            if d.precision == "day" and cs.start <= d.start < cs.end \
                    and not is_deadline(cs.text, d.start - cs.start):
                v = governed_verb(cs, d)
                if v is not None and (verb is None and speaker is None and v.rel == "root"
                                      or verb is not None and v.id == verb.id):
                    return d.date_from  # «26 февраля министр напомнил»; «28 июня МИД призвал»
                if v is not None and v.feats.get("VerbForm") == "Conv" and v.lemma in _APPEARING \
                        and (cue_start is None or d.start < cue_start):
                    # «X, выступая 12 января на заседании, привел данные: по его словам,
                    # ...»: the gerund dates the occasion the words were said at
                    return d.date_from
        for d in cue_dates:
            if speaker is not None and d.precision == "day" and cs.start <= d.start < cs.end \
                    and _AS_OF_SOURCE.search(cs.text[: d.start - cs.start]):
                return d.date_from  # «по данным штаба на среду»: the source's words of that day
        if cue_start is not None and _is_english(cs.text):
            # no dependency tree for English: "said on Tuesday", "told reporters on Oct. 9"
            near = [d for d in cue_dates if d.precision == "day" and abs(d.start - cue_start) < 40]
            if near:
                return min(near, key=lambda d: abs(d.start - cue_start)).date_from
    if speaker is None and cue_start is None:
        return None  # the outlet's narration with no date of its own
    text = cs.text if cs is not None else ""
    if cs is not None and _said_earlier(cs, cue_tok, cue_start):
        return None
    if cs is not None and cue_tok is not None and re.search(
            r"(?<![а-яё])как\s*$", cs.text[: cue_tok.start - cs.start], re.I):
        # «22 марта X вызвал посла и, как говорилось в сообщении МИД, выразил ...»: an
        # aside on a dated act reports what was said at it
        for d in cue_dates:
            v = governed_verb(cs, d) if d.precision == "day" else None
            if v is not None and v.rel == "root" and cs.start <= d.start < cue_tok.start:
                return d.date_from
    if cue_tok is not None and not _is_english(text):
        f = cue_tok.feats
        if f.get("Tense") == "Past" and f.get("Aspect") == "Imp" and cue_tok.pos == "VERB" \
                and cue_tok.lemma not in _BIASPECTUAL:
            return None  # «рассказывал», «заявлял»: said some time before
    if cs is not None and cue_tok is not None and \
            _TOLD_OUTLET.match(text, cue_tok.start - cs.start):
        return ctx.published  # «сообщили агентству»: told for this report
    if speaker and speaker in ctx.said and _CONTINUES.search(text):
        # the claim right before was the same speaker's: the same occasion goes on
        # («Ранее Песков заявил ... . Он добавил ...»; a quote over several sentences)
        return ctx.said[speaker]
    if ctx.spoken_before and cs is not None and _IN_MESSAGE.search(cs.text):
        return ctx.spoken_before  # «..., — говорится в сообщении компании» after it told
    if ctx.statement_before and speaker and cs is not None and cue_tok is not None \
            and not any(d.precision == "day" and not _in_quoted_words(cs.text, d.start - cs.start)
                        for d in cue_dates):
        # «В пятницу МИД выступил с опровержением. «...», — заявила представитель
        # ведомства»: the words right after a dated statement are that statement's
        return ctx.statement_before
    if ctx.event and (name_keys(speaker) & ctx.participants or BACK_TO_EVENT.search(text)):
        return ctx.event
    # a participant of an earlier occasion told about, speaking with no time of his own
    # («9 октября Путин встретился с Алиевым. ... Путин пообещал ...»)
    keys = name_keys(speaker)
    for day, people in reversed(ctx.events):
        if keys & people:
            return day
    return ctx.published


# gerunds of an appearance where words are said: «выступая», «отвечая на вопросы»
_APPEARING = frozenset({"выступать", "выступить", "отвечать", "ответить", "комментировать",
                        "прокомментировать", "говорить", "обращаться", "обратиться"})
_TELLING = frozenset({"сообщить", "заявить", "объявить", "отчитаться", "сообщать"})
# «говорится в сообщении компании»: the words of the message the sentence before told of
_IN_MESSAGE = re.compile(r"(?<![а-яё])говорится\s+в\s+(?:ее\s+|его\s+|их\s+)?"
                         r"(?:сообщении|заявлении|пресс-релизе|релизе)(?![а-яё])", re.I)
# a statement made, as a narrated act: «выступил с опровержением», «распространило заявление»
_STATEMENT_MADE = re.compile(
    r"(?<![а-яё])(?:выступи\w*\s+с\s+(?:\w+\s+)?(?:заявлени|опровержени|обращени|разъяснени)\w*|"
    r"(?:распространи|опубликова|сдела)\w*\s+(?:\w+\s+)?(?:заявлени|опровержени)\w*|"
    r"опроверг(?:ла|ло|ли)?)(?![а-яё])", re.I)

# «по словам X», «по данным X»: the source of what the sentence tells, right before a name
_ACCORDING_FRAME = re.compile(
    r"(?<![а-яё])по\s+(?:словам|мнению|данным|информации|оценке|оценкам|версии|сведениям)\s+"
    r"(?:[а-яё-]+\s+){0,3}$", re.I)

# «По ее словам, рейс был 6 ноября»: the speaker tells of the event, not one who took part
# (`advance`)
_ITS_WORDS = re.compile(r"(?<![а-яё])по\s+(?:ее|её|его|их)\s+(?:словам|мнению|данным|"
                        r"информации|оценке|оценкам|версии|сведениям)(?![а-яё])", re.I)


def _tellers(s: ParsedSentence, dated: Token | None) -> set[str]:
    """Names in the sentence whose nearest verb is a speech verb other than `dated`, told
    as an aside to it (the parser's parataxis: «Как рассказала X, ...», «..., сообщила X»);
    «..., после чего X заявил» says he spoke after the event, maybe at it."""
    toks = _by_id(s)
    out = set()
    for sp in s.spans:
        t = next((t for t in s.tokens if t.start == sp.start), None)
        seen = set()
        while t is not None and t.pos not in ("VERB", "AUX") and t.head_id in toks \
                and t.head_id not in seen:
            seen.add(t.head_id)
            t = toks[t.head_id]
        if t is not None and t.pos == "VERB" and t.lemma in G.SPEECH_LEMMAS \
                and t.rel == "parataxis" and (dated is None or t.id != dated.id):
            out.add(sp.normal)
    return out


def advance(ctx: DateContext, s: ParsedSentence, stated: list[StatedDate],
            speakers: list[str | None]) -> None:
    """Carry the article's time context past one sentence, in text order."""
    years = [y for y in [ctx.year_hint, *years_named(s.text)] if y]
    ctx.year_hint = max(years) if years else None
    ev = event_date(s, stated)
    ctx.statement_before = ctx.statement
    v = governed_verb(s, ev) if ev is not None else None
    # the day must date the statement's own verb («накануне называли ..., однако это
    # опровергли» dates the naming, not the denial)
    ctx.statement = ev.date_from if ev is not None and v is not None and any(
        m.start() == v.start - s.start for m in _STATEMENT_MADE.finditer(s.text)) else None
    ctx.spoken_before = ctx.spoken
    # «Вечером 13 января компания сообщила, что ...»: a dated act of telling, which a
    # following «говорится в сообщении компании» quotes
    ctx.spoken = ev.date_from if ev is not None and v is not None and v.lemma in _TELLING \
        else None
    last, last_man, last_woman = ctx.last_person, ctx.last_man, ctx.last_woman
    for who in [sp.normal for sp in s.spans if sp.type == "PER"] + speakers:
        if who:
            ctx.last_person = who
            sex = _sex_of(who)
            ctx.last_man = who if sex == "masc" else ctx.last_man
            ctx.last_woman = who if sex == "femn" else ctx.last_woman
    seen: set[str] = set()
    for sp in s.spans:
        if sp.type == "PER":
            seen |= name_keys(sp.normal, sp.type)
    for who in speakers:
        seen |= name_keys(who)
    recent = ctx.recent
    if seen and any(t.lemma in EVENT_NOUNS for t in s.tokens):
        ctx.recent = frozenset(seen)
    if ev is None:
        if ctx.event and seen and BACK_TO_EVENT.search(s.text):
            # «В ходе беседы Путин изложил ...»: he was at the occasion told about
            ctx.participants = ctx.participants | seen
            ctx.events = tuple((day, people | seen) if day == ctx.event else (day, people)
                               for day, people in ctx.events) or ((ctx.event, frozenset(seen)),)
        return
    names: set[str] = set()
    # «12 ноября она провела встречу»: a pronoun subject is the person last named
    pronoun = next((t for t in s.tokens if t.pos == "PRON" and t.rel.startswith("nsubj")),
                   None)
    if last and pronoun is not None:
        sex = {"Masc": "masc", "Fem": "femn"}.get(pronoun.feats.get("Gender", ""))
        if sex and _sex_of(last) not in (None, sex):
            # «он» after a woman was named last is the man named before her
            last = last_man if sex == "masc" else last_woman
        names |= name_keys(last)
    # «По словам X, президенты согласовали сделку 9 ноября»: X tells of the event, he was
    # not at it; neither the source of the frame nor the sentence's speaker takes part
    framed = {sp.normal for sp in s.spans if _ACCORDING_FRAME.search(
        s.text[max(0, sp.start - s.start - 30) : sp.start - s.start])}
    # «Как рассказала X, мужчину задержали 14 октября»: nor the subject of a speech verb
    # the day does not govern
    framed |= _tellers(s, governed_verb(s, ev))
    for sp in s.spans:
        if sp.type in ("PER", "ORG") and sp.normal not in framed:
            names |= name_keys(sp.normal, sp.type)
    # («По ее словам, рейс был 6 ноября»: she tells of the day; but «17 ноября управление
    # сообщило, что ...: по его данным, ...» dates its telling)
    tells = _ITS_WORDS.search(s.text) and not (v is not None and v.lemma in G.SPEECH_LEMMAS)
    if not _TOLD_OUTLET.search(s.text) and not _told_by_another(s.text) and not framed \
            and not tells:
        for who in speakers:
            names |= name_keys(who)
    if not seen and any(t.lemma in EVENT_NOUNS and t.rel.startswith("nsubj") for t in s.tokens):
        # «Встреча прошла в четверг, 20 ноября.»: the meeting told of just before, with its
        # people
        names |= recent
    ctx.event = ev.date_from
    ctx.participants = frozenset(names)
    if names:
        ctx.events = (*ctx.events, (ev.date_from, frozenset(names)))
