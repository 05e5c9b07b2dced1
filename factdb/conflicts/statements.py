"""Statements on one question of a story that cannot both be true.

- the hour of one event: «около 02:40» vs «около десяти вечера накануне».
- yes/no: one question answered both ways («признал вину» vs «вину не признает»;
  «сигнализация сработала штатно» vs «никакого оповещения не было»). Only questions with
  one answer per person or per event, from a lexicon; conditionals answer nothing.

Causes of an event are in factdb.conflicts.causes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from itertools import combinations

from factdb.conflicts.causes import _event_kind
from factdb.conflicts.crimes import articles
from factdb.conflicts.facts import ONE_PERSON, Facts, Value, _lemma, _pos, _title, tokens
from factdb.conflicts.groups import MAX_GROUP, Group, two_sources
from factdb.conflicts.lexicons import ORDNANCE, PERSON_NOUNS, words_number
from factdb.conflicts.people import People
from factdb.conflicts.rules import (
    _SURNAME,
    QUESTION,
    _nominative,
    _other_time,
    _safe,
    _same_people,
    _when,
    another_affair,
    days_apart,
    previous_claims,
    read_once,
    stated_day,
)
from factdb.extract.dates import WEEKDAY_GENITIVE, month_number
from factdb.extract.dates import M as MONTH_WORD
from factdb.text import fold

# ---------------------------------------------------------------- the hour of one event

# The hour an event happened: «около 02:40», «в 5:42», «около десяти вечера», «поздним
# вечером», «ранним утром». (first hour, last hour) of the day each names.
_CLOCK = re.compile(r"\b(?:в|около|примерно\s+в|приблизительно\s+в|после|до)?\s*"
                    r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\b(?!\s*(?:млн|млрд|тыс|%))")
_AS_OF = re.compile(r"(?<![а-яё])на\s+$|\bas\s+of\s+$", re.I)
_AS_OF_CLOCK = re.compile(r"(?<![а-яё])(?:на|к)\s+$|\b(?:by|as\s+of)\s+$", re.I)
_HOURS_WORDS = {"час": 1, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7,
                "восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11, "двенадцати": 12}
_WORD_HOUR = re.compile(r"\bоколо\s+(?P<w>" + "|".join(_HOURS_WORDS) +
                        r")\s+(?:час\w*\s+)?(?P<part>утра|дня|вечера|ночи)\b", re.I)
_PART_HOURS = {"утра": (0, 0), "дня": (12, 12), "вечера": (12, 12), "ночи": (0, 0)}
# an hour told in words, on the hour: «в шесть утра», «в девять часов вечера», «в час ночи»
_AT_HOURS_WORDS = {"час": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
                   "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12}
_AT_WORD_HOUR = re.compile(r"(?<![а-яё])в\s+(?P<w>" + "|".join(_AT_HOURS_WORDS) +
                           r")\s+(?:час\w*\s+)?(?P<part>утра|дня|вечера|ночи)(?![а-яё])", re.I)
# «в половине второго ночи» (01:30), «без двадцати (минут) полночь» (23:40), «незадолго до
# полуночи» (23:00-24:00), «около полуночи»
_ORDINAL_HOURS = {"первого": 1, "второго": 2, "третьего": 3, "четвертого": 4, "пятого": 5,
                  "шестого": 6, "седьмого": 7, "восьмого": 8, "девятого": 9, "десятого": 10,
                  "одиннадцатого": 11, "двенадцатого": 12}
# (and «незадолго до половины седьмого вечера»: the half hour before it, 17:54-18:30)
_HALF = re.compile(r"\b(?:в|около|(?P<before>незадолго\s+до))\s+половин\w*\s+(?P<w>" +
                   "|".join(_ORDINAL_HOURS) +
                   r")\s*(?P<part>утра|дня|вечера|ночи)?", re.I)
# «без двадцати десять утра» (09:40), «без четверти восемь», «без восемнадцати четыре» (03:42);
# «в четверть одиннадцатого» (10:15): told to the minute, as a clock time is (the numbers
# are read by lexicons.words_number, which knows the genitive: «восемнадцати»)
_TO_HOUR = re.compile(r"(?<![а-яё])без\s+(?P<min>двадцати(?:\s+(?:двух|трех|четырех|пяти|шести|"
                      r"семи|восьми|девяти))?|[а-яё]+)\s+"
                      r"(?:минут\w*\s+)?(?P<w>час|один|[а-яё]+)(?![а-яё])\s*"
                      r"(?P<part>утра|дня|вечера|ночи)?", re.I)
_QUARTER_PAST = re.compile(r"(?<![а-яё])в\s+четверть\s+(?P<w>" + "|".join(_ORDINAL_HOURS) +
                           r")\s*(?P<part>утра|дня|вечера|ночи)?", re.I)


def _told_minutes(text: str) -> tuple[float, re.Match[str]] | None:
    """The hour of the day told by minutes to or past an hour in words, or None."""
    to: re.Match[str] | None = None
    for m in _TO_HOUR.finditer(text):
        words = fold(m.group("min")).split()
        minutes = 15 if words == ["четверти"] else words_number(words)
        hour = 1 if fold(m.group("w")) in ("час", "один") else words_number([fold(m.group("w"))])
        if minutes and hour and minutes < 30 and hour <= 12:
            to, h = m, hour - minutes / 60
            break
    if to is None:
        past = _QUARTER_PAST.search(text)
        if past is None:
            return None
        to = past
        h = _ORDINAL_HOURS[past.group("w").lower()] - 1 + 0.25
    part = (to.group("part") or "").lower()
    # («без пяти двенадцать ночи» is 23:55, «без двадцати час ночи» 00:40; with no part of
    # the day, an hour before seven is the afternoon's: «без двадцати час» is 12:40, as one
    # who means the night says «ночи»)
    if (part in ("дня", "вечера") and h < 12) or (part == "ночи" and h >= 11) or \
            (not part and h < _SMALL_HOURS):
        h += 12
    return h, to


_SMALL_HOURS = 7  # hours told with no part of the day below which the afternoon is meant
# «в начале второго ночи» (01:00-01:30)
# («в начале третьего часа дня»: the hour's own word may stand before the part)
_EARLY_IN = re.compile(r"\bв\s+начале\s+(?P<w>" + "|".join(_ORDINAL_HOURS) +
                       r")(?:\s+часа)?\s*(?P<part>утра|дня|вечера|ночи)?", re.I)
_MIDNIGHT = ((re.compile(r"\bбез\s+(?:двадцати|четверти|десяти|пятнадцати)\s+(?:минут\s+)?"
                         r"(?:полночь|двенадцать\s+ночи)", re.I), (23.5, 24.0)),
             (re.compile(r"\bнезадолго\s+до\s+полуночи|\bперед\s+полуночью", re.I), (23.0, 24.0)),
             (re.compile(r"\bоколо\s+полуночи|\bв\s+полночь", re.I), (23.5, 24.5)),
             # «только после полуночи», «уже за полночь»: the small hours of the next day
             (re.compile(r"\bпосле\s+полуночи|\bза\s+полночь", re.I), (24.0, 27.0)))
_DAY_PARTS = ((re.compile(r"\bпоздн\w+\s+вечер\w*|\bпоздно\s+вечером", re.I), (21, 24)),
              (re.compile(r"(?<![а-яё])(?:(?:к|около)\s+полудн\w*|в\s+полдень)", re.I), (11, 13)),
              (re.compile(r"\bранн\w+\s+утр\w*|\bрано\s+утром|\bна\s+рассвете", re.I), (4, 8)),
              (re.compile(r"\bглубок\w+\s+ноч\w*|\bпосреди\s+ночи", re.I), (0, 4)))


# (a region's own time is local: «по якутскому времени», «по времени Приамурья»)
_ZONE = re.compile(r"\bпо\s+(московск|местн|[а-яё]+ск)\w*\s+времени|\b(мск)\b|\bпо\s+(Москве)\b|"
                   r"\bпо\s+(времени)\s+[А-ЯЁ]|\b(Moscow|local)\s+time|"
                   r"\bпо\s+(Гринвичу)|\b(UTC|GMT)\b", re.I)


def _zone(text: str) -> str | None:
    """The time zone a claim's hours are told in: Moscow, local or universal, when it
    says."""
    m = _ZONE.search(text)
    if m is None:
        return None
    word = next(g for g in m.groups() if g).lower()
    if word.startswith(("гринвич", "utc", "gmt")):
        return "utc"
    return "msk" if word.startswith(("моск", "мск", "mosc")) else "local"


_EXACT = timedelta(minutes=12)  # the span of a clock time told exactly («в 07:52»)
_ABOUT_CLOCK = re.compile(r"(?<![а-яё])(?:около|примерно|приблизительно|ориентировочно|"
                          r"порядка|где-то|почти|about|around)(?![а-яё])", re.I)


# a bound on an hour: «не раньше 18:20», «не ранее», «не позже 17:00», «не позднее»
_CLOCK_BOUND = re.compile(r"(?<![а-яё])не\s+(?:(?P<after>раньше|ранее)|позже|позднее)\s+(?:в\s+)?$",
                          re.I)


_DENIED_HOUR = re.compile(r"(?<![а-яё])не\s+(?:в\s+|около\s+|к\s+)?$", re.I)


def _denied_hour(text: str, m: re.Match[str]) -> bool:
    """Whether an hour is the one a claim denies: «около девяти утра, а не в половине
    третьего»."""
    return _DENIED_HOUR.search(text, max(0, m.start() - 12), m.start()) is not None


def _first(pat: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first hour `pat` finds that the claim does not deny."""
    return next((m for m in pat.finditer(text) if not _denied_hour(text, m)), None)


def _hours(text: str, by: bool = False) -> tuple[float, float, re.Match[str]] | None:
    """The hours of the day a claim dates something to, the first it names; with `by`, an
    hour something was done by («последних спустили к 14:30») is the hour it ended."""
    # (an hour a count is told as of is no event's: «На 14:00 жертвами взрыва стали 33»,
    # «по состоянию на 21:00», «к 10:00 отменены»)
    as_of = _AS_OF if by else _AS_OF_CLOCK
    m = next((m for m in _CLOCK.finditer(text)
              if not as_of.search(text[max(0, m.start("h") - 25) : m.start("h")])
              and not _denied_hour(text, m)), None)
    if m and re.search(r"\d[:.]\d", m.group(0)):
        h = int(m.group("h")) + int(m.group("m")) / 60
        bound = _CLOCK_BOUND.search(text[max(0, m.start("h") - 16) : m.start("h")])
        if bound:
            # «не раньше 18:20»: that hour or the hour and a half after it («не позже»:
            # before it)
            return (h, h + 1.5, m) if bound.group("after") else (h - 1.5, h, m)
        if _ABOUT_CLOCK.search(text[max(0, m.start("h") - 22) : m.start("h")]):
            return h - 0.5, h + 0.5, m  # «около 02:40»: give or take half an hour
        # «в 07:52» and «в 07:34»: two minutes of a clock told exactly are two hours of
        # the day (a report rounding to the next minutes still meets it)
        return h - 0.1, h + 0.1, m
    told = _told_minutes(text)
    if told:
        return told[0] - 0.1, told[0] + 0.1, told[1]
    half = _first(_HALF, text)
    if half:
        h = _ORDINAL_HOURS[half.group("w").lower()] - 0.5
        part = (half.group("part") or "").lower()
        if part in ("дня", "вечера") or not part and h < _SMALL_HOURS:
            h += 12  # (with no part of the day, a small hour is the afternoon's, as above)
        if half.group("before"):
            return h - 0.6, h, half
        return h - 0.25, h + 0.25, half
    early = _first(_EARLY_IN, text)
    if early:
        h = _ORDINAL_HOURS[early.group("w").lower()] - 1
        if (early.group("part") or "").lower() in ("дня", "вечера"):
            h += 12
        return h, h + 0.5, early
    for pat, (lo, hi) in _MIDNIGHT:
        mid = pat.search(text)
        if mid:
            return lo, hi, mid
    at = _first(_AT_WORD_HOUR, text)
    if at:
        h = _AT_HOURS_WORDS[at.group("w").lower()] % 12 + _PART_HOURS[at.group("part").lower()][0]
        return h - 0.25, h + 0.25, at
    w = _first(_WORD_HOUR, text)
    if w:
        h = _HOURS_WORDS[w.group("w").lower()] % 12 + _PART_HOURS[w.group("part").lower()][0]
        return h - 1, h + 1, w
    digit = _first(_DIGIT_HOUR, text)
    if digit and int(digit.group("h")) <= 12:
        # («потушили в 6 утра», «около 11 вечера»: an hour told in digits with its part)
        h = _digit_clock(digit)
        return (h - 1, h + 1, digit) if _ABOUT_CLOCK.search(digit.group(0)) else \
            (h - 0.5, h + 0.5, digit)
    for pat, (lo, hi) in _DAY_PARTS:
        p = pat.search(text)
        if p:
            return lo, hi, p
    return None


_STAGES = ((" (ликвидация)", re.compile(r"\b(?:ликвидир\w*|потуш\w*|туш(?:или|ил|ить)\b|"
                                      r"погашен\w*|погасил\w*|последн\w+\s+очаг\w*)", re.I)),
           (" (локализация)", re.compile(r"\bлокализ\w*", re.I)))


# parts of the day a restoration (an event's start) is told at: «около 7 утра», «к
# полудню», «ближе к обеду», «утром», «вечером» (first hour, last hour)
_DIGIT_HOUR = re.compile(r"\b(?:около|примерно\s+в|в|к)\s+(?P<h>\d{1,2})\s+(?:час\w*\s+)?"
                         r"(?P<part>утра|дня|вечера|ночи)\b", re.I)
_PARTS = ((re.compile(r"\b(?:к|около|в)\s+полудн\w*|\bв\s+полдень", re.I), (11.0, 13.0)),
          (re.compile(r"\b(?:ближе\s+)?к\s+обеду|\bв\s+обед", re.I), (11.0, 15.0)),
          (re.compile(r"\bутр(?:ом|а|у)\b", re.I), (5.0, 12.0)),
          (re.compile(r"\bво\s+втор\w+\s+половин\w+\s+дня\b", re.I), (12.0, 20.0)),
          (re.compile(r"\bв\s+перв\w+\s+половин\w+\s+дня\b", re.I), (6.0, 13.0)),
          (re.compile(r"\bдн[её]м\b", re.I), (11.0, 18.0)),
          (re.compile(r"\bвечер(?:ом|а|у)\b", re.I), (17.0, 24.0)),
          (re.compile(r"\bночь[юи]\b", re.I), (0.0, 5.0)))



def _digit_clock(m: re.Match[str]) -> float:
    """The hour of an hour told in digits with its part of the day: «в 6 утра» 6, «в 3
    часа дня» 15, «в 2 ночи» 2, «в 11 ночи» 23 (late hours of the night are the evening's)."""
    h, part = int(m.group("h")) % 12, m.group("part").lower()
    return h + 12 if part in ("дня", "вечера") or (part == "ночи" and h >= 9) else h


def hours_of_day(text: str) -> tuple[float, float, re.Match[str]] | None:
    """The hours of the day a restoration or an event's start is told at: a clock time
    first (an hour it was back by, «к 18:00», is its hour too), then `_hours`' words,
    then the parts of the day."""
    clock = _CLOCK.search(text)
    if clock:
        h = int(clock.group("h")) + int(clock.group("m")) / 60
        return h - 0.5, h + 0.5, clock
    digit = _first(_DIGIT_HOUR, text)
    if digit and int(digit.group("h")) <= 12:
        h = _digit_clock(digit)
        return h - 1, h + 1, digit
    got = _hours(text)
    if got:
        return got
    for pat, (lo, hi) in _PARTS:
        m = pat.search(text)
        if m:
            return lo, hi, m
    return None


TIME_SUBJECT = "время: "  # (the subject of an event's hour disputed; see onset)
# how far apart two hours of one event may be told and still be one event told two ways
# (further, two events, or one hour on two days: a day's slip); an event found once is
# one event days apart: a breach caught on Sunday night or on Monday morning
_ONE_EVENT_WITHIN = timedelta(hours=20)
_FOUND_ONCE_WITHIN = {"обнаружен взлом": timedelta(days=3)}
# acts with hours of their own beside an event: traffic restored, a road reopened, someone
# setting out or arriving
_OTHER_ACTS = frozenset({"восстановить", "возобновить", "открыть", "запустить", "выехать",
                         "закрыть", "перекрыть",
                         "вылететь", "прибыть", "приехать", "вернуться", "отправиться",
                         "уехать", "выйти", "проснуться"})
_CLAUSE_STOP = re.compile(r"[,;:—–()]|\.\s")


def _hour_of_another_act(text: str, start: int, end: int) -> bool:
    """Whether the hour at `start`..`end` is told of another act than the event the claim
    names: its clause holds a verb of an act with hours of its own and no event word
    («движение открыли только к 15:30, когда с места аварии увезли автобус», «выехал из
    гаража в половине седьмого»), not «авария произошла в 06:10»."""
    lo = max((m.end() for m in _CLAUSE_STOP.finditer(text, 0, start)), default=0)
    stop = _CLAUSE_STOP.search(text, end)
    clause = text[lo : stop.start() if stop else len(text)]
    if _event_kind(clause) or _hour_event(clause):
        return False  # (the act is the event timed: «двери открыли только в 19:10»)
    return any(_pos(t.w) in ("VERB", "PRTS", "INFN") and _lemma(t.w) in _OTHER_ACTS
               for t in tokens(clause))


# an event told by a pronoun right after a claim that names it: «Взрыв прогремел в
# подвале. Это произошло около полудня», «Рухнула она около трех часов дня» (its verb said
# before)
_THAT_WAS = re.compile(r"^\W*(?:и\s+)?(?:вс[её]\s+)?это\s+(?:[\w-]+\s+)?(?:было|случилось|"
                       r"произошло)\b|^\W*(?:случилось|произошло)\s+это\b", re.I)
_VERB_PRONOUN = re.compile(r"^\W*(?P<v>[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись))\s+"
                           r"(?:он|она|оно|они)\b", re.I)
# (how far back the pronoun's verb is looked for: a heading or a line of who tells it may
# stand between)
_PRONOUN_REACH = 3


def _pronoun_event(f: Facts, before: Mapping[int, Facts]) -> str | None:
    """The event a claim tells of by a pronoun, named by a claim right before it."""
    text = f.sc.claim.text
    prev = before.get(f.sc.id)
    if _THAT_WAS.match(text):
        return _event_kind(prev.sc.claim.text) if prev is not None else None
    m = _VERB_PRONOUN.match(text)
    if m is None:
        return None
    said = re.compile(rf"(?<![а-яё]){fold(m.group('v').lower())}(?![а-яё])")
    for _ in range(_PRONOUN_REACH):
        if prev is None:
            return None
        if said.search(fold(prev.sc.claim.text.lower())):
            return _event_kind(prev.sc.claim.text)
        prev = before.get(prev.sc.id)
    return None


# a part of the day said with an hour in words: «утра», «вечера», «ночи», «дня»
_PART_OF_DAY = re.compile(r"(?<![а-яё])(?:утр|вечер|ноч|дня|днем|днём|полдн|полноч)\w*", re.I)
# the clock of a recording of the event: «Время на записи — 00:32», «внедорожник влетает в
# людей, в углу кадра — 00:32»
_RECORDING_CLOCK = re.compile(r"(?<![а-яё])(?:время|часы)\s+на\s+(?:записи|видео|камере|"
                              r"регистраторе)|(?<![а-яё])в\s+углу\s+(?:кадра|экрана|записи)|"
                              r"(?<![а-яё])таймкод\w*", re.I)


def _recorded_event(f: Facts, before: Mapping[int, Facts]) -> str | None:
    """The event a recording's clock tells the hour of, named by a claim right before it
    («Видео момента наезда нам прислал владелец магазина. ... "Время на записи — 00:32"»)."""
    if not _RECORDING_CLOCK.search(f.sc.claim.text):
        return None
    prev = before.get(f.sc.id)
    for _ in range(_PRONOUN_REACH):
        if prev is None:
            return None
        if kind := _event_kind(prev.sc.claim.text):
            return kind
        prev = before.get(prev.sc.id)
    return None


# events told only by the hour they happened at, not event kinds of the causes:
# - a release: «выброс аммиака произошел в 09:15», «утечка, как говорят рабочие,
#   произошла около восьми» (a gas leak is more often a fire's or a blast's cause than
#   the event);
# - an evacuation begun: «эвакуация общежития началась в 04:10», «студентов начали выводить
#   под утро» (its cause is the event's, not its own);
# - the last one brought out of a rescue: «последнего из заблокированных рабочих вывели
#   в 22:15», «последнего пострадавшего достали в 04:50»
_HOUR_EVENTS = (
    # (or begun: «утечка началась около 04:30», «вода начала уходить из хвостохранилища
    # около 23:00»)
    # doors opened to a crowd: «двери открылись ровно в 18:00», «вход зрителей начался в
    # 18:00», «запуск зрителей в здание начался в 19:10»
    ("открытие входа", re.compile(
        r"(?<![а-яё])(?:двер[иь]\s+(?:[а-яё]+\s+)?(?:открыли|открылись|открыты|открыл[аи])|"
        r"(?:вход|запуск|пуск)\s+(?:зрител|посетител|болельщик|гост)\w*\s+(?:[а-яё]+\s+){0,3}?"
        r"нача(?:лся|лась|лось)|вход\s+(?:[а-яё]+\s+)?открыли)(?![а-яё])", re.I)),
    ("выброс", re.compile(r"(?<![а-яё])(?:выброс|утечк|сброс|разлив)\w*[^.;!?]{0,50}?(?<![а-яё])"
                          r"(?:произош(?:ел|ла|ло|ли)|нача(?:лся|лась|лось|лись))(?![а-яё])|"
                          r"(?<![а-яё])(?:вода|воды|нефть|мазут|газ|аммиак|хлор|стоки)\s+"
                          r"(?:[а-яё]+\s+)?нача(?:л|ла|ло|ли)\s+(?:уходить|вытекать|утекать|"
                          r"выходить|поступать|сочиться)(?![а-яё])", re.I)),
    ("эвакуация", re.compile(r"(?<![а-яё])(?:эвакуаци\w*[^.;!?]{0,30}?(?<![а-яё])"
                             r"нача(?:л|ла|ли|лась|лся)(?![а-яё])|нача(?:л|ла|ли)\s+"
                             r"(?:[а-яё]+\s+)?(?:эвакуир\w*|выводить|вывозить|выселять))", re.I)),
    # (lowered from a lift too, «последних катающихся спустили к 14:30»; or the rescue told
    # as ended, «эвакуация завершена»)
    ("последний спасен", re.compile(
        r"(?<![а-яё])последн(?:его|юю|их)\s+(?:[а-яё-]+\s+){0,4}?(?:подняли|вывели|извлекли|"
        r"достали|вынесли|спасли|деблокировали|освободили|спустили|сняли|эвакуировали)"
        r"(?![а-яё])|(?<![а-яё])эвакуаци\w+\s+(?:[а-яё]+\s+)?(?:завершен|закончен|окончен)\w*",
        re.I)),
    # works begun: «снос начался около 01:30», «работы начались в шесть утра», «техника
    # зашла на участок около половины второго ночи»
    ("начало работ", re.compile(
        r"(?<![а-яё])(?:(?:снос|работ\w*|демонтаж\w*)\s+(?:[а-яё]+\s+)?нача(?:л|ла|ли|лся|"
        r"лась|лись)|нача(?:л|ла|ли|лся|лась|лись)\s+(?:[а-яё]+\s+)?(?:снос|работ|демонтаж)\w*|"
        r"техник\w+\s+(?:[а-яё]+\s+)?(?:зашла|заехала|въехала|пришла))(?![а-яё])", re.I)),
)


_CALL_SLACK = timedelta(minutes=30)  # how much later than the call the event may be told
_ABOUT_EVENT = re.compile(r"(?<![а-яё])(?:о|об)\s+([а-яё-]+)", re.I)


def _called_about(text: str) -> str | None:
    """The event a call is about, by the word after its «о» («сообщение о падении
    дерева»: «падение»; «звонок о пожаре»: «пожар»)."""
    m = _ABOUT_EVENT.search(text)
    kind = _event_kind(m.group(1)) if m else None
    return kind if kind != "вызов" else None


# events that are the end of something, whose hour may be told as the hour it was done by
_ENDS = frozenset({"последний спасен"})


def _hour_event(text: str) -> str | None:
    return next((kind for kind, pat in _HOUR_EVENTS if pat.search(text)), None) or \
        _closure_event(text)


# a thing closed to the public at an hour, named right before or after the verb: «горку
# закрыли в 14:15», «аттракцион был закрыт в 16:30», «перекрыли спуск в 14:15» (each thing
# its own event: a road closed is not a slide)
_CLOSED = re.compile(r"(?<![а-яё])(?:(?P<before>[а-яё]+)\s+(?:(?:был[аои]?|только|лишь|сразу)\s+)?"
                     r"(?:закрыли|перекрыли|закрыт[аоы]?|перекрыт[аоы]?)|(?:закрыли|перекрыли)\s+"
                     r"(?P<after>[а-яё]+))(?![а-яё])", re.I)


def _closure_event(text: str) -> str | None:
    for m in _CLOSED.finditer(text):
        word = m.group("before") or m.group("after")
        if _pos(word) == "NOUN":
            return f"закрытие: {_lemma(word.lower())}"
    return None


def event_time_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """One event of a story (an explosion, a breach, a crash) put at hours of the day
    that cannot both hold: «около 02:40 14 апреля» vs «около десяти вечера 13 апреля».
    Hours that meet, or a vaguer part of the day holding the precise hour, agree."""
    index: dict[tuple[str, int], list[tuple[Facts, datetime, datetime, Value]]] = \
        defaultdict(list)
    undated: set[int] = set()  # claims whose day is only their report's
    # claims whose hour is told in words with no part of the day («без двадцати двенадцать»:
    # 11:40 or 23:40), read as the half of the day nearer the other claim's hour
    half_open: set[int] = set()
    # calls about an event, by the event's kind: (claim, the call's hour, value)
    calls: dict[tuple[str, int], list[tuple[Facts, datetime, Value]]] = defaultdict(list)
    before = previous_claims(facts)
    for f in facts:
        c = f.sc.claim
        ev = _event_kind(c.text) or _pronoun_event(f, before) or _hour_event(c.text) or \
            _recorded_event(f, before)
        got = _hours(c.text, by=ev in _ENDS) if ev else None
        if ev is None or got is None or _other_time(f):
            continue
        lo, hi, m = got
        if _hour_of_another_act(c.text, m.start(), m.end()) or \
                re.search(r"(?<![а-яё])не\s*$", c.text[max(0, m.start() - 4) : m.start()], re.I):
            continue  # (an hour denied, «прогремел не в три ночи», puts it at no hour)
        if not re.search(r"\d", m.group(0)) and not _PART_OF_DAY.search(m.group(0)):
            half_open.add(f.sc.id)
        days = [d for d in c.dates if d.precision == "day"]
        day = days[0].date_from if days else _when(f)
        if not days:
            undated.add(f.sc.id)
        try:
            base = datetime.fromisoformat(day[:10]) if day else None
        except ValueError:
            base = None
        if base is None:
            continue
        start, end = base + timedelta(hours=lo), base + timedelta(hours=hi)
        if ev == "вызов" and (about := _called_about(c.text)) is not None:
            # a call about an event («сообщение о падении дерева поступило в 16:42») puts
            # the event at or before its hour: a later hour of the event disputes it
            calls[(about, story.get(f.sc.doc_id, -f.sc.doc_id))].append(
                (f, end, Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                               m.group(0).strip(), f"до {end:%d.%m %H:%M}", about)))
        # a fire's start, its containment and its end are three hours of one event: each
        # compared with its own («локализован в 08:50» is no rival of «ликвидирован в 11:20»)
        stage = next((name for name, pat in _STAGES if pat.search(c.text)), "")
        v = Value(f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0).strip(), "",
                  ev + stage)
        index[(ev + stage, story.get(f.sc.doc_id, -f.sc.doc_id))].append((f, start, end, v))
    out = []
    for (ev, _s), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        # times that meet are one account: each side is labelled by the span of the
        # times it gathers («ранним утром» and «в 05:42» stand on one side)
        items.sort(key=lambda t: t[1])
        labelled = []
        side_end, label = None, ""
        for f, st, en, v in items:
            if side_end is None or st > side_end:
                label = f"{st + (en - st) / 2:%d.%m %H:%M}"
                side_end = en
            side_end = max(side_end, en)
            labelled.append((f, st, en, Value(v.claim, v.start, v.end, v.text, label, v.key)))
        # one claim a side, the most precise: vaguer times of the same side add nothing
        g = Group("date", f"{TIME_SUBJECT}{ev}", ("time", ev), timed=False, evidence=1,
                  by_length=False)
        # (a clock time told exactly and one «около» it are as precise: the first kept)
        labelled.sort(key=lambda t: max(t[2] - t[1], timedelta(hours=1)))
        for (fa, sa, ea, va), (fb, sb, eb, vb) in combinations(labelled, 2):
            if fa.sc.doc_id == fb.sc.doc_id and not two_sources(fa, fb):
                continue  # (a report setting two sources' hours against each other is not)
            za, zb = _zone(fa.sc.claim.text), _zone(fb.sc.claim.text)
            if za and zb and za != zb or "utc" in (za, zb) and za != zb:
                # «00:20 по московскому» is «04:20 по местному» four zones east; a time
                # told by Greenwich is no report's own clock, whatever zone it names
                continue
            if fa.sc.id in undated or fb.sc.id in undated:
                # a claim that names no day is dated by its report, which may come out the
                # day after the event: only its hour is compared («связь прервалась около
                # 14:00» in a report of the next morning)
                shift = timedelta(days=round((sa - sb) / timedelta(days=1)))
                sb, eb = sb + shift, eb + shift
            if fa.sc.id in half_open or fb.sc.id in half_open:
                half = timedelta(hours=12)
                sign = 1 if fb.sc.id in half_open else -1  # (the open one moves)
                shift = min((k * half for k in (-1, 0, 1)), key=lambda d: abs(
                    (sa + (ea - sa) / 2) - (sb + sign * d + (eb - sb) / 2)))
                sb, eb = sb + sign * shift, eb + sign * shift
            centers = abs((sa + (ea - sa) / 2) - (sb + (eb - sb) / 2))
            # hours apart and not meeting, but within the night or the day: one event told
            # two ways, not two events (nor one hour on two days, which is a day's slip);
            # two clock times told exactly need only differ by more than their slack
            exact = max(ea - sa, eb - sb) <= _EXACT
            least = _EXACT if exact else timedelta(hours=1)
            if (ea <= sb or eb <= sa) and \
                    least <= centers <= _FOUND_ONCE_WITHIN.get(ev, _ONE_EVENT_WITHIN):
                g.pairs.append((va, vb, 0.6))
        # an event put later than a call about it was made (a claim naming no day by its
        # hour alone, as above)
        for fc, tc, vc in calls.get((ev, _s), []):
            for f, st, _en, v in labelled:
                if f.sc.id in undated or fc.sc.id in undated:
                    st += timedelta(days=round((tc - st) / timedelta(days=1)))
                if f.sc.doc_id != fc.sc.doc_id and _CALL_SLACK <= st - tc <= _ONE_EVENT_WITHIN:
                    g.pairs.append((vc, v, 0.6))
        out.append(g)
    return out


# ---------------------------------------------------------------- yes/no on one question

# Questions a story can be answered yes and no on: (name, what is asked about, the verb
# that answers yes, words that answer no by themselves). Only questions with one answer
# per person or per event: admitting guilt, an alarm going off.
# What a person is charged with: a charge named by one report and denied by another («его
# подозревают не в шпионаже, как сообщали ранее, а в финансировании партии»).
CHARGES: tuple[tuple[str, str], ...] = (
    ("шпионаж", r"шпионаж\w*|шпион\w*|espionage|spying"),
    ("госизмена", r"госизмен\w*|государственн\w+\s+измен\w*|treason"),
    ("мошенничество", r"мошенничеств\w*|fraud"),
    ("взятка", r"взятк\w*|взяточничеств\w*|bribe\w*"),
    ("экстремизм", r"экстремизм\w*|экстремистск\w+|extremism"),
    ("терроризм", r"терроризм\w*|террористическ\w+|terrorism"),
    ("финансирование партии", r"финансировани\w+\s+(?:[\w-]+\s+){0,2}?парти\w*"),
    ("контрабанда", r"контрабанд\w*|smuggling"),
    ("незаконное пересечение границы", r"(?:незаконн\w+\s+)?пересечени\w+\s+границ\w*"),
    ("незаконное предпринимательство", r"незаконн\w+\s+предпринимател\w+(?:\s+деятельност\w*)?|"
                                       r"illegal\s+(?:business|entrepreneurship)"),
    ("уклонение от налогов", r"уклонени\w+\s+от\s+(?:уплаты\s+)?налог\w*|tax\s+evasion"),
    ("отмывание денег", r"отмывани\w+|легализаци\w+\s+(?:[\w-]+\s+){0,2}?доход\w*|"
                        r"money\s+laundering"),
    # (a killing and drugs: what one affair's detainees are held for by one side and by
    # another, «подозревают в причастности к убийствам» against «вменяют мошенничество»)
    ("убийство", r"убийств\w*|murders?"),
    ("наркотики", r"наркотрафик\w*|(?:незаконн\w+\s+)?(?:оборот|сбыт)\w*\s+наркоти\w*|"
                  r"drug\s+trafficking"),
    # a brawl's two readings, by name or by the article of the criminal code («по ч. 2 ст.
    # 213 УК»)
    ("хулиганство", r"хулиганств\w*|hooliganism|(?:ч\.\s*\d\s+)?ст(?:\.|ать\w+)\s*213\b(?!\.)"),
    ("массовые беспорядки", r"массов\w+\s+беспорядк\w*|(?:mass\s+)?riots?|"
                            r"(?:ч\.\s*\d\s+)?ст(?:\.|ать\w+)\s*212\b(?!\.)"),
)
# Charges one affair's accused are not held on together: a state's secrets and its trade.
# Two reports each naming charges of one class only tell two accounts of the case.
_CHARGE_CLASS = {"шпионаж": "безопасность", "госизмена": "безопасность",
                 "терроризм": "безопасность", "экстремизм": "безопасность",
                 "мошенничество": "экономика", "взятка": "экономика",
                 "контрабанда": "экономика", "незаконное предпринимательство": "экономика",
                 "уклонение от налогов": "экономика", "отмывание денег": "экономика",
                 "убийство": "насилие", "наркотики": "наркотики",
                 # (one brawl is read as the one or the other)
                 "хулиганство": "хулиганство", "массовые беспорядки": "беспорядки"}


def _charge_question(name: str, pat: str) -> tuple[str, re.Pattern[str], re.Pattern[str],
                                                   re.Pattern[str]]:
    # (an «обвинение», «статья», «дело», «вменяют», «подозревают» must be near)
    about = re.compile(rf"\b(?:{pat})", re.I)
    yes = re.compile(rf"\b(?:обвин\w*|подозрева\w*|вменя\w*|стать\w*|дел[оау]\b|charged|"
                     rf"квалифицир\w*|возбужд\w*|"
                     rf"речь\s+ид[её]т\s+о|"
                     rf"accused)\s+(?:[\w-]+\s+){{0,5}}?(?:{pat})|\b(?:{pat})\s+(?:[\w-]+\s+){{0,3}}?"
                     rf"(?:обвин|вменя|подозрева)\w*", re.I)
    # (or the charge never brought: «обвинение в мошенничестве фигурантам дела не
    # предъявлялось», «не было предъявлено обвинения в шпионаже»)
    no = re.compile(rf"\bне\s+(?:в|за|по)\s+(?:[\w-]+\s+){{0,2}}?(?:{pat})|\bне\s+(?:обвиня|"
                    rf"подозрева|вменя)\w*\s+(?:[\w-]+\s+){{0,3}}?(?:{pat})|"
                    rf"\b(?:обвинени|подозрени)\w*\s+(?:в|по)\s+(?:[\w-]+\s+){{0,2}}?(?:{pat})\w*"
                    rf"\s+(?:[\w-]+\s+){{0,4}}?не\s+(?:был[аои]?\s+)?(?:предъявл|выдвига|выдвинут|"
                    rf"вменя)\w*|\bне\s+(?:был[аои]?\s+)?(?:предъявл|выдвига|выдвинут)\w*\s+"
                    rf"(?:[\w-]+\s+){{0,3}}?(?:обвинени|подозрени)\w*\s+(?:в|по)\s+"
                    rf"(?:[\w-]+\s+){{0,2}}?(?:{pat})", re.I)
    return (f"обвинение: {name}", about, yes, no)


def _report_denied(what: str) -> str:
    """Officialdom's standard «no»: a report of `what` (an action noun's stem) said to be
    untrue («Информация о задержании Ивана Петрова не соответствует действительности»,
    «в больнице опровергли сообщения о его гибели», «слухи об остановке завода — фейк»)."""
    report = r"(?:информаци|сообщени|данны|слух|утверждени|новост|публикаци)\w*"
    of = rf"об?\s+(?:[\w-]+\s+)?(?:{what})\w*"
    untrue = (r"(?:не\s+соответству\w+\s+действительност\w*|не\s+подтверд\w+|"
              r"не\s+подтвержда\w+|(?:явля\w+\s+)?(?:ложн\w*|фейк\w*|недостоверн\w*)|"
              r"опроверг\w*)")
    # (an aside between commas may stand before the verdict: «Информация о смерти
    # пациента, распространяемая в сети, не соответствует действительности»)
    return (rf"\b{report}\s+{of}\s+(?:[\w«»\"-]+,?\s+){{0,5}}?(?:[—–-]\s+)?{untrue}|"
            # (with the name after it, so the answer holds its person)
            rf"\bопроверг\w*\s+(?:[\w-]+\s+){{0,3}}?{report}\s+{of}(?:\s+[А-ЯЁ][\w-]+){{0,3}}")


# work told as done, or as never done (planned repairs, a recalculation)
_DONE = re.compile(r"\b(?:выполнен[аоы]?|выполнил\w*|провел\w*|проведен[аоы]?|сделал\w*|"
                   r"сделан[аоы]?|завершен[аоы]?|завершил\w*|произв[её]л\w*|произведен[аоы]?)\b|"
                   r"\bв\s+полном\s+объеме\b", re.I)
_NOT_DONE = re.compile(r"\bтак\s+и\s+не\s+(?:[\w-]+\s+){0,2}?(?:провел|выполн|сделал|начал|"
                       r"заменил|переложил|произвел)\w*|\bне\s+(?:был[аио]?\s+)?(?:выполнен|"
                       r"проведен|сделан|завершен|произведен)\w*|\bсделано\s+не\s+было|"
                       r"\bне\s+(?:провел|выполнил|сделал|произвел)\w*", re.I)
QUESTIONS: tuple[tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str] | None], ...] = (
    # a court finding someone guilty («суд признал виновным») is a verdict, not a
    # confession: claims about a court are vetoed by _VERDICT below
    # «дал признательные показания» is an admission; «ничего не признавал» a denial
    # «признал (свою) ошибку» is an admission of what one is accused of
    ("признал вину", re.compile(r"\b(?:вин\w*|виновн\w*|признательн\w*|guilt\w*|guilty)\b|"
                                r"\bпризна\w*\s+(?:сво\w+\s+)?ошибк\w*|\bпризнал\w*,\s+что\s+"
                                r"(?:\w+\s+)?(?:соверши\w*|допусти\w*)\s+ошибк\w*|"
                                r"\bничего\s+не\s+призна\w*|\bни\s+в\s+ч[её]м\s+(?:\w+\s+)?не\s+"
                                r"призна\w*", re.I),
     re.compile(r"\b(?:признал\w*|признает|признаю\w*|признавал\w*|pleaded|admit\w*)\b|"
                r"\b(?:дал|дает|дают|дали|давал\w*)\s+(?:\w+\s+)?признательн\w+", re.I),
     re.compile(r"\b(?:отрица\w*|непричастн\w*|denie\w*|deny\w*|pleaded\s+not)\b|"
                r"\bничего\s+не\s+призна\w*|\bникаких\s+признательн\w+|"
                r"\bни\s+в\s+ч[её]м\s+(?:\w+\s+)?не\s+призна\w*", re.I)),
    # (people warned in time are the alarm's question too: «жителей предупредили
    # заранее» / «Никто нас не предупреждал»)
    ("сработало оповещение",
     re.compile(r"\b(?:сигнализаци\w*|оповещени\w*|сирен\w*|пожаротушени\w*|спринклер\w*|"
                r"сигнал\w*\s+тревог\w*|гудк\w*|гудок|alarm\w*|sirens?|sprinkler\w*|"
                r"предупредил[аи]?|предупрежд(?:ал[аи]?|ен[аоы]?)|оповестил[аи]?|"
                r"оповещен[аоы]?)\b", re.I),
     re.compile(r"\b(?:сработал\w*|срабатывал\w*|включил\w*|включен\w*|работал[аио]?|"
                r"звучал\w*|прозвучал\w*|подали|подан\w*|went\s+off|worked|sounded|"
                r"(?<!не\s)предупредил[аи]?(?!,?\s+что\b)|(?<!не\s)предупрежден[аоы]?|"
                r"(?<!не\s)оповестил[аи]?(?!,?\s+что\b)|(?<!не\s)оповещен[аоы]?)\b",
                re.I),
     # «Никакой сирены», «ни одного гудка я не слышал», «сирена не звучала»
     re.compile(r"\bникак\w+\s+(?:\w+\s+)?(?:сигнализаци|оповещени|сирен|сигнал\w*\s+тревог|"
                r"гудк)\w*|\bни\s+одного\s+(?:гудка|сигнала)|"
                r"\b(?:сигнализаци\w*|оповещени\w*|сирен\w*)\s+не\s+(?:был\w*|звучал\w*|"
                r"включал\w*|сработал\w*)|\bне\s+слышал\w*\s+(?:\w+\s+)?(?:сирен|гудк|"
                r"сигнал)\w*|\bno\s+(?:siren|alarm|warning)|"
                r"\bникто\s+(?:[\w-]+\s+)?не\s+предупре\w*|\bне\s+(?:был[аи]?\s+)?"
                r"предупре(?:дил|жд)\w*", re.I)),
    # consular access to detained citizens: «консулы не получили доступа к задержанным»
    # vs «консульский доступ был предоставлен 12 октября» (see _ORDERED: a visit after a
    # refusal is a change, not a conflict)
    ("консульский доступ",
     re.compile(r"\bконсул\w*|\bconsul\w*", re.I),
     re.compile(r"\b(?:предоставлен\w*|предоставил\w*|получил\w*|получили|обеспечен\w*|"
                r"допущен\w*|допустил\w*|допускают|встретил\w*|встречал\w*|посетил\w*|"
                r"посещает|посещают|посещал[аи]?|навещал[аи]?|granted|visited|met)\b|\b(?:визит|посещени|встреч)\w*\s+"
                r"(?:[\w-]+\s+){0,4}?состоял\w*", re.I),
     re.compile(r"\bне\s+(?:был[аио]?\s+)?(?:получил\w*|предоставл\w*|предоставил\w*|"
                r"допуска\w*|допущен\w*|допустил\w*|обеспечен\w*|обеспечил\w*)|"
                # «не могут получить консульский доступ», «доступа к задержанным у
                # дипломатов нет»
                r"\bне\s+(?:мо[гж]\w*|смог\w*|удает\w*|удалось)\s+(?:[\w-]+\s+)?(?:получить|"
                r"добиться|посетить|встретиться)|\bдоступа\s+(?:[\w-]+\s+){0,6}?нет\b|"
                r"\bнет\s+(?:консульского\s+)?доступа|\bотказ\w*\s+в\s+(?:консульском\s+)?"
                r"доступе|\b(?:denied|no)\s+consular\s+access", re.I)),
    # conditions set in a negotiation: «Россия выдвинула условие: без него обмена не будет»
    # vs «Москва не выставляла никаких предварительных условий»
    ("условия выдвигались",
     re.compile(r"\bуслови\w*|\bультиматум\w*|\bpreconditions?\b", re.I),
     re.compile(r"\b(?:выдвинул\w*|выставил\w*|поставил\w*|выдвига\w*)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:услови|ультиматум)\w*|\bусловием\s+(?:[\w-]+\s+)?(?:был|стал|являл)\w*|"
                r"\b(?:set|imposed)\s+(?:a\s+)?preconditions?", re.I),
     re.compile(r"\bникаких\s+(?:[\w-]+\s+)?(?:условий|ультиматумов)|\bне\s+(?:выставлял|выдвигал|"
                r"ставил)\w*\s+(?:[\w-]+\s+){0,3}?(?:условий|ультиматум\w*)|\bультиматумов\s+не\s+"
                r"было|\bбез\s+(?:каких-либо\s+|всяких\s+)?(?:предварительных\s+)?условий|"
                r"\bno\s+preconditions", re.I)),
    # complaints made before an accident: «горняки неоднократно жаловались на
    # загазованность» vs «ни одного обращения по поводу метана не поступало»
    ("жалобы были",
     re.compile(r"\bжалоб\w*|\bжаловал\w*|\bобращени\w*|\bобращал\w*|\bсигнализировал\w*|"
                r"\bcomplain\w*", re.I),
     re.compile(r"\b(?:жаловал\w*|обращал\w*|сигнализировал\w*|complained)\b", re.I),
     re.compile(r"\bни\s+одного\s+(?:[\w-]+\s+)?(?:обращени|жалоб)\w*|\b(?:обращени|жалоб)\w*\s+"
                r"(?:[\w-]+\s+){0,6}?не\s+(?:поступал|получал)\w*|\bне\s+(?:поступал|получал)\w*\s+"
                r"(?:[\w-]+\s+){0,4}?(?:обращени|жалоб)\w*|\bникто\s+(?:[\w-]+\s+)?не\s+жаловал\w*|"
                r"\bникаких\s+(?:[\w-]+\s+)?(?:обращений|жалоб)|\bno\s+complaints?", re.I)),
    # planned repairs done or not: «все летние работы выполнены в полном объеме» vs
    # «перекладка изношенного участка так и не была выполнена»
    ("ремонт выполнен",
     re.compile(r"\bремонт\w*|\bперекладк\w*|\bзамен\w+\s+(?:[\w-]+\s+)?(?:труб|сет|участк)\w*|"
                r"\b(?:летн|плановы|ремонтн)\w*\s+работ\w*|\brepairs?\b", re.I),
     _DONE, _NOT_DONE),
    # a bill recalculated, or not: «перерасчет для всех жильцов уже выполнен» vs
    # «перерасчет компания не произвела ни в одном доме»
    ("перерасчет сделан", re.compile(r"\bперерасч[её]т\w*", re.I), _DONE, _NOT_DONE),
    # help called or sent at once, or late: «скорую вызвали сразу», «бригады направлены
    # незамедлительно» vs «скорую вызвали только утром», «никто не вызвал скорую»
    ("помощь вызвана сразу",
     re.compile(r"\b(?:скор\w+\s+(?:медицинск\w+\s+)?помощ\w*|скорую|скорая|бригад\w+\s+"
                r"скор\w+|медик\w*|врач\w*|спасател\w*|пожарн\w+|патрул\w*|ambulance\w*)",
                re.I),
     # (or within a quarter of an hour: «прибыли через 8 минут», «спустя четверть
     # часа»)
     re.compile(r"\b(?:сразу|незамедлительно|немедленно|без\s+промедлени\w*|оперативно|"
                r"в\s+течение\s+(?:нескольких\s+)?минут|immediately|at\s+once)\b|"
                r"\b(?:через|спустя)\s+(?:(?:[1-9]|1[0-5]|пять|семь|десять|двенадцать|"
                r"пятнадцать)\s+минут\w*|четверть\s+часа)", re.I),
     re.compile(r"\b(?:вызвал\w*|вызван\w*|приехал\w*|прибыл\w*)\s+(?:[\w-]+\s+){0,3}?только\s+"
                r"(?:в|на|через|спустя|утром|вечером|ночью|наутро)|\bтолько\s+(?:[\w-]+\s+){0,3}?"
                r"(?:вызвал\w*|вызван\w*|приехал\w*)|\bникто\s+(?:[\w-]+\s+)?не\s+вызвал\w*|"
                r"\bс\s+(?:большим\s+)?опозданием|\bслишком\s+поздно|\bспустя\s+(?:[\w-]+\s+)?"
                r"час\w*|\bне\s+вызывал\w*", re.I)),
    # an official's departure: resigned of his own accord, or removed («подал заявление по
    # собственному желанию» vs «отстранен от должности решением губернатора»); so is a
    # candidate's from a race («сам отозвал свою кандидатуру» vs «исключен из бюллетеня»,
    # «комиссия отменила его регистрацию»)
    ("ушел сам",
     re.compile(r"\bдолжност\w*|\bотставк\w*|\bуволь\w*|\bуволен\w*|\bуволил\w*|\bуволить\b|"
                r"\bзаявлени\w*\s+об\s+(?:уходе|отставке)|\bсобственному\s+желанию|"
                r"\bкандидатур\w*|\bрегистраци\w*|\bбюллетен\w*|\bвыбор(?:ов|ы|ах)\b|"
                r"\bотстран\w*|\bтрудов\w+\s+договор\w*|\bresign\w*|\bdismiss\w*|"
                # a coach's (a player's) contract ended: «контракт с тренером расторгли»
                r"\bконтракт\w*\s+(?:[\w-]+\s+){0,5}?расторг\w*|\bпо\s+сво(?:ей|ему)\s+"
                r"(?:вол|желани)\w*|"
                # (a contract of a post ended, an act not his own: «договор с директором
                # расторгнут», «это не его личная инициатива»)
                r"\bдоговор\w*\s+(?:[\w-]+\s+){0,4}?расторг\w*|\bне\s+личн\w+\s+"
                r"инициатив\w*", re.I),
     re.compile(r"\b(?:подал\w*|написал\w*)\s+(?:[\w-]+\s+){0,2}?заявлени\w*|"
                r"\bзаявлени\w*\s+(?:[\w-]+\s+){0,2}?(?:написал|подал)\w*|"
                r"\b(?:отозвал|снял)\w*\s+(?:[\w-]+\s+)?сво\w+\s+(?:кандидатур|документ)\w*|"
                r"\bснял(?:ся|ась|ись)\s+с\s+(?:выбор|гонк)\w*|\bдобровольно\b|"
                r"\bпо\s+(?:собственному|своему)\s+желанию|\bпо\s+своей\s+воле|"
                r"\b(?:подал\w*|ушел|ушла)\s+в\s+отставку|"
                r"\bникто\s+(?:[\w-]+\s+)?не\s+увольнял\w*|\bуволил(?:ся|ась|ись)\b|"
                r"\bresigned\b", re.I),
     # (not a suspension for the time of an inquiry, which a resignation may follow:
     # «отстранила его от исполнения обязанностей на время следствия»)
     re.compile(r"(?<!не\s)\b(?:(?:отстранен|отстранил)\w*(?![\w-])(?!\s+(?:[\w-]+\s+){0,3}?"
                r"(?:от\s+исполнения|на\s+время))|уволен[аоы]?\b|"
                r"уволил(?!ся|ась|ось|ись)\w*|"
                # (not «освобожден от должности»: a resignation accepted is told so too)
                r"снят[аоы]?\s+с\s+(?:должност|выбор)\w*|"
                r"снял(?!ся|ась|ись)\w*\s+(?:[\w-]+\s+){0,4}?с\s+(?:должност|выбор)\w*|"
                r"исключ\w+\s+(?:[\w-]+\s+){0,2}?из\s+(?:бюллетен|выбор)\w*|вычеркну\w*|"
                r"(?:отменил\w*|отменен\w*|аннулировал\w*|аннулирован\w*)\s+(?:[\w-]+\s+)?"
                r"регистраци\w*|отказал\w*\s+(?:[\w-]+\s+)?в\s+регистрации|"
                r"отправил\w*\s+(?:[\w-]+\s+){0,4}?"
                r"в\s+отставку|dismissed|fired|sacked)|\b(?:в\s+связи\s+с\s+утратой|за\s+утрату)\s+"
                r"доверия|\bпо\s+инициативе\s+(?:работодател|министерств|ведомств|клуб|"
                r"руководств)\w*|"
                # the employer's decision: «контракт расторгнут по решению департамента»,
                # «освобожден решением учредителя», «не его личная инициатива»
                r"\b(?:по\s+решению|решением)\s+(?:[\w-]+\s+){0,2}?(?:работодател|"
                r"министерств|департамент|ведомств|учредител|губернатор|руководств|"
                r"правлени)\w*|"
                r"\bучредител\w*\s+решени\w*|\bне\s+(?:личн|собственн)\w+\s+"
                r"(?:инициатив|желани)\w*|"
                # one's decision to dismiss another: «я решил уволить начальника отдела»,
                # «решение о его увольнении принял губернатор» (not «решил уволиться», nor
                # a decision denied, «никакого решения об увольнении не было»)
                r"(?<!никакого\s)(?<!никаких\s)\bрешени\w*\s+(?:[\w-]+\s+){0,2}?(?:уволить\b|"
                r"об\s+увольнении|"
                r"о\s+(?:его|ее)\s+увольнении)|\bрешил\w*\s+уволить\b|"
                r"\bзаявлени\w*\s+(?:[\w-]+\s+){0,8}?не\s+"
                r"подавал\w*|\bне\s+(?:подавал\w*|писал\w*)\s+(?:[\w-]+\s+){0,2}?заявлени\w*",
                re.I)),
    # the police say a person was «не задержан, а приглашен (доставлен)», others say
    # detained: a question about one named person on one day (see _NAMED_ONLY)
    # (questioned as a witness is not detained: «допросили как свидетеля, протокол
    # задержания не составлялся»)
    ("задержан", re.compile(r"\b(?:задержан\w*|задержал\w*|задерживал\w*|detained)\b|"
                            r"\bв\s+(?:статусе|качестве)\s+свидетел\w*|\bкак\s+свидетел\w*|"
                            r"\b(?:опрошен|допрошен|опросили|допросили)\w*\s+(?:[\w-]+\s+){0,4}?"
                            r"и\s+(?:отпущен|отпустили)|\bпосле\s+(?:опроса|допроса)\b",
                            re.I),
     re.compile(r"\b(?:задержан[аоы]?|задержал[аи]?|задержали|задерживал[аи]?|"
                r"(?:was|were|has\s+been|have\s+been)\s+detained)\b|"
                # («сообщило о задержании директора Олега Сидоренко»)
                r"\b(?:о|после)\s+(?:его\s+|ее\s+)?задержани[ия]\b", re.I),
     re.compile(_report_denied("задержани") + r"|"
                r"\bне\s+(?:был[аио]?\s+)?(?:задержан[аоы]?|задерживал[аи]?|задерживали|"
                r"задерживал(?:ся|ась|ись))\b|\bзадержан[аоы]?\s+(?:(?:он|она|они)\s+)?не\s+"
                r"был[аио]?\b|\b(?:допрошен\w*|допросили|допрашивали)\s+(?:\w+\s+){0,4}?"
                r"(?:в\s+(?:статусе|качестве)|как)\s+свидетел\w*|"
                # questioned and let go: «был опрошен сотрудниками полиции и отпущен
                # домой», «после опроса в отделе полиции он вернулся домой»
                r"\b(?:допрошен\w*|опрошен\w*|допросили|опросили)\s+(?:[\w-]+\s+){0,4}?и\s+"
                r"(?:отпущен\w*|отпустили)|\bпосле\s+(?:опроса|допроса)\s+(?:[\w-]+\s+){0,5}?"
                r"(?:вернул\w+|уехал\w*|ушел|ушла|отпущен\w*|отпустили)\s+домой|"
                r"\bпротокол\w*\s+задержания\s+"
                r"не\s+(?:составлял\w*|составлен\w*)|\b(?:was|were)\s+not\s+detained\b|"
                r"\b(?:has|have|had)\s+not\s+been\s+detained\b|\b(?:was|were|has|have)\s+"
                r"never\s+(?:been\s+)?detained\b", re.I)),
)
# whether a level crossing worked: «автошлагбаумы находились в закрытом положении»,
# «переезд был полностью исправен» vs «шлагбаум был поднят, светофор не мигал», «огни не
# горели»
_CROSSING = r"(?:авто)?шлагбаум\w*"
QUESTIONS += (
    ("переезд исправен",
     re.compile(rf"\b{_CROSSING}|\bпереезд\w*\s+(?:[\w-]+\s+)?(?:сигнализаци|светофор)\w*|"
                r"\bпереездн\w+\s+сигнализаци\w*|\bпереезд\w*\s+(?:[\w-]+\s+){0,3}?исправ",
                re.I),
     re.compile(rf"\b{_CROSSING}\s+(?:[\w-]+\s+){{0,3}}?(?:опущен\w*|опустил\w*|закрыт[аоы]?\b|"
                r"в\s+закрытом\s+положении)|\b(?:сигнализаци\w*|автоматик\w*|переезд)\s+"
                r"(?:[\w-]+\s+){0,3}?(?:работал\w*\s+(?:в\s+)?штатн\w*(?:\s+режиме)?|"
                r"исправн\w*|исправен)", re.I),
     re.compile(rf"\b{_CROSSING}\s+(?:[\w-]+\s+){{0,2}}?(?:поднят\w*|открыт\w*|вверху|"
                r"не\s+опус\w*)|\b(?:огни|светофор\w*|сигнализаци\w*)\s+(?:[\w-]+\s+){0,2}?не\s+"
                r"(?:горел\w*|мигал\w*|работал\w*|сработал\w*)|\bне\s+(?:горел|мигал)\w*\s+"
                r"(?:[\w-]+\s+){0,2}?(?:огни|светофор\w*)", re.I)),
)
# whether a database was breached at all: the owner's «никакой утечки не произошло», «банк
# утечку не подтверждает» vs «посторонние лица получили доступ к архиву», «оператор указал
# регулятору на несанкционированный доступ»
_BREACH = (r"утечк\w*|несанкционированн\w+\s+доступ\w*|доступ\w*\s+посторонн\w*|"
           r"посторонн\w+\s+(?:[\w-]+\s+)?получил\w*\s+доступ\w*")
QUESTIONS += (
    ("утечка была",
     re.compile(rf"\b(?:{_BREACH})", re.I),
     re.compile(r"(?<!не\s)\b(?:подтвердил\w*|подтверждает|признал\w*|признает)\s+"
                rf"(?:(?!что\b)[\w«»\"-]+\s+){{0,4}}?(?:факт\w*\s+)?(?:{_BREACH})|"
                rf"\bуказал\w*\s+(?:[\w-]+\s+)?на\s+(?:факт\w*\s+)?(?:{_BREACH})|"
                r"\b(?:подтвердил\w*|признал\w*)[^.;!?]{0,40}?,\s+что\s+(?:[\w-]+\s+)?"
                r"посторонн\w+\s+(?:[\w-]+\s+)?получил\w*\s+доступ|"
                r"\bпроизош[её]?л\w*\s+(?:[\w-]+\s+)?утечк\w*", re.I),
     re.compile(r"\bутечк\w*\s+(?:[\w-]+\s+){0,8}?не\s+было\b|\bне\s+было\s+(?:[\w-]+\s+)?"
                r"утечк\w*|\bне\s+(?:подтвержда|призна|признае|признаё)\w*\s+(?:[\w-]+\s+){0,2}?"
                r"(?:факт\w*\s+)?утечк\w*|\bфакт\w*\s+утечк\w*\s+(?:[\w«»\"-]+\s+){0,3}?не\s+"
                r"(?:подтвержда|призна)\w*|\bотрица\w*\s+(?:[\w-]+\s+){0,2}?(?:факт\w*\s+)?утечк\w*",
                re.I)),
)
# whether money owed reached those owed: «во вторник мы перечислили 18 млн рублей»,
# «первый транш ушел на зарплатные карты» vs «на карточку не пришло ни копейки», «никто
# из нас не получил ни рубля» (a promise to pay is a wish: _IF)
QUESTIONS += (
    ("деньги поступили",
     re.compile(r"\bперечисл\w*|\bзарплат\w*|\bзаработн\w+\s+плат\w*|\bтранш\w*|"
                r"\bни\s+(?:копейки|рубля)\b|\bзадолженност\w*|\bдолг\w*|"
                r"\bне\s+(?:пришло|поступало|поступило)\s+(?:[\w-]+\s+)?ничего\b", re.I),
     # (a part not paid, «аванс за август также не перечислили», is no answer: only
     # «ни копейки», «ничего не пришло» deny every payment)
     re.compile(r"(?<!не\s)\b(?:перечислил[аи]?|перечислен[аоы]?|выплатил[аи]?|выплачен[аоы]?|"
                r"(?:ушел|ушли|поступил[аи]?|пришл[аи])\s+на\s+(?:[\w-]+\s+)?(?:карт|сч[её]т)\w*)\b",
                re.I),
     re.compile(r"\bни\s+(?:копейки|рубля)\b|\bничего\s+не\s+(?:пришло|поступ\w+|получил\w*)|"
                r"\bне\s+(?:пришло|поступало|поступило)\s+(?:[\w-]+\s+)?ничего\b", re.I)),
)
# whether buyers' money is being paid back: «возвраты уже идут», «на сегодня возвраты
# получили 140 клиентов», «мы начали возвращать деньги» vs «ни одного случая возврата
# денег у нас нет», «никто из нашего чата денег не видел», «денег никто не вернул»
QUESTIONS += (
    ("деньги возвращают",
     re.compile(r"\bвозврат\w*|\bвозвращ\w*|\bвернул\w*|\bвернуть\b", re.I),
     re.compile(r"(?<!не\s)\b(?:возврат(?:ы|ов)\s+(?:уже\s+)?(?:идут|производятся|начались|"
                r"получил\w*)|начал[аи]?\s+возвращать|получил\w*\s+(?:[\w-]+\s+)?возврат\w*|"
                r"вернули\s+деньги|деньги\s+(?:уже\s+)?вернули)\b", re.I),
     re.compile(r"\bни\s+(?:одного|один)\s+(?:[\w-]+\s+){0,2}?(?:случа\w+\s+)?возврат\w*|"
                r"\bникто\s+(?:[\w-]+\s+){0,3}?(?:денег|деньги)\s+(?:[\w-]+\s+)?не\s+(?:видел|"
                r"получил|вернул)\w*|\b(?:денег|деньги)\s+никто\s+(?:[\w-]+\s+)?не\s+(?:вернул|"
                r"получил)\w*|\bникому\s+(?:[\w-]+\s+)?не\s+вернул\w*", re.I)),
)
# whether a suspect product reached the shops: «партию изъяли из продажи», «сняли с
# полок 18 тысяч яиц», «купила в магазине десяток яиц с этой маркировкой» vs «продукция в
# торговлю не поступала», «ни одна упаковка в магазины не попала»
_SHOPS = r"(?:торговл|магазин|продаж|прилавк|полок|полки|розниц|торгов\w+\s+сет)\w*"
QUESTIONS += (
    ("продукция попала в продажу",
     re.compile(rf"\b{_SHOPS}", re.I),
     re.compile(rf"\b(?:изъял[аи]?|изъят[аоы]?|снял[аи]?|снят[аоы]?)\s+(?:[\w-]+\s+){{0,4}}?"
                rf"(?:из|с)\s+(?:[\w-]+\s+)?{_SHOPS}|\b(?:купил[аи]?|куплен[аоы]?|покупал[аи]?)"
                rf"\s+(?:[\w-]+\s+){{0,2}}?в\s+(?:[\w-]+\s+)?(?:магазин|супермаркет|сетев)\w*",
                re.I),
     # (a denial of some shops only, «в федеральные сети не поставлялась», is no «no»)
     re.compile(r"\bв\s+(?:торговлю|магазины|продажу|розницу)\s+(?:[\w-]+\s+){0,2}?не\s+"
                r"(?:поступал|попадал|попал)\w*|\bне\s+(?:поступал|попадал|попал)\w*\s+"
                r"(?:[\w-]+\s+){0,2}?в\s+(?:торговлю|магазины|продажу|розницу)", re.I)),
)
# whether a spill reached the water: «нефтепродукты попали в реку», «на ручье видна
# радужная пленка», «Росприроднадзор обнаружил топливо в ручье» vs «в водные объекты
# топливо не попало», «нефтепродукты в реку не поступали»
_WATERS = (r"(?:водн\w+\s+объект|водо[её]м|ручь|руч[её]й|рек[аеиуо]\b|реч[кн]|озер|пруд|"
           r"вод[аеуы]\b|акватори|залив|мор[еяю]\b|грунтов\w+\s+вод)\w*")
_POLLUTANT = r"(?:нефтепродукт|топлив|солярк|дизел|нефт|мазут|бензин|химикат|сток|отход)\w*"
_REACHED = r"(?:попал|попадал|попадут|поступ|стек|стекл|утек|проник|дош[её]л|дошл)\w*"
QUESTIONS += (
    ("загрязнение попало в воду",
     re.compile(rf"\b{_POLLUTANT}|\bпленк\w*", re.I),
     re.compile(rf"\b(?:обнаружил|обнаружен|нашли|найден|выявил|выявлен|зафиксирова)\w*\s+"
                rf"(?:[\w-]+\s+){{0,3}}?{_POLLUTANT}\s+(?:[\w-]+\s+){{0,2}}?в\s+(?:[\w-]+\s+)?"
                rf"{_WATERS}|(?<!не\s){_REACHED}\s+(?:[\w-]+\s+){{0,3}}?в\s+(?:[\w-]+\s+)?{_WATERS}|"
                # a film on the water, or along a stream named: «пленка тянется по Ольховке»
                rf"\bпленк\w*\s+(?:[\w-]+\s+){{0,2}}?(?:по|на)\s+(?:[\w-]+\s+)?(?:{_WATERS}|"
                rf"(?-i:[А-ЯЁ])[а-яё]+)|\b(?:на|по)\s+(?:[\w-]+\s+)?{_WATERS}\s+[^.;!?]{{0,60}}?"
                rf"\bпленк\w*", re.I),
     re.compile(rf"\b(?:в|до)\s+(?:[\w-]+\s+){{0,2}}?{_WATERS}\s+(?:[\w-]+\s+){{0,3}}?не\s+"
                rf"{_REACHED}|\bне\s+{_REACHED}\s+(?:[\w-]+\s+){{0,2}}?в\s+(?:[\w-]+\s+)?"
                rf"{_WATERS}|\b{_WATERS}\s+(?:[\w-]+\s+){{0,3}}?не\s+(?:загрязн|пострада)\w*",
                re.I)),
)
# whether weapons were used in a fight or an attack: «участники пустили в ход ножи и
# арматуру», «применили травматический пистолет» vs «ни ножей, ни пистолетов там не было»,
# «оружие не применялось», «дрались кулаками»
_ARMS = (r"(?:нож(?:и|ей|ом|ами|а)?|пистолет\w*|оружи\w*|травматик\w*|травматическ\w+|ружь\w*|"
         r"арматур\w*)(?![а-яё])")
# (no weapon at all; a weapon not used: an armed man who did not use his gun is no «no»
# to «он был вооружен ружьем», only to its use)
_ARMS_ABSENT = (rf"\bни\s+{_ARMS}\s*,?\s+ни\s+{_ARMS}|\b{_ARMS}\s+(?:[\w-]+\s+){{0,3}}?не\s+"
                rf"было|\bникак\w+\s+{_ARMS}|\bбез\s+{_ARMS}")
_ARMS_UNUSED = (rf"\b{_ARMS}\s+(?:[\w-]+\s+){{0,3}}?не\s+(?:применял\w*|использовал\w*)|"
                r"\bне\s+(?:применял|использовал)\w*\s+(?:[\w-]+\s+)?(?:оружи|нож)\w*")
QUESTIONS += (
    ("оружие применялось",
     re.compile(rf"\b{_ARMS}", re.I),
     re.compile(rf"\b(?:пустил[аи]?\s+в\s+ход|применил[аи]?|применялис?[ья]?|использовал[аи]?|"
                rf"достал[аи]?|размахивал[аи]?)\s+(?:[\w-]+\s+){{0,2}}?{_ARMS}|"
                rf"\b{_ARMS}\s+(?:[\w-]+\s+){{0,2}}?(?:пустил[аи]?\s+в\s+ход|применял\w*|"
                r"использовал\w*)|\bножев\w+\s+ранени\w*", re.I),
     re.compile(f"{_ARMS_ABSENT}|{_ARMS_UNUSED}", re.I)),
    ("оружие было",
     re.compile(rf"\b{_ARMS}", re.I),
     re.compile(rf"\bвооружен\w*\s+(?:[\w-]+\s+){{0,2}}?{_ARMS}", re.I),
     re.compile(_ARMS_ABSENT, re.I)),
)
# whether the weapon was real: «ствол был боевой», «пистолеты настоящие» vs «оказались
# страйкбольными репликами», «муляж пистолета», «игрушечный автомат»
_GUNS = r"(?:пистолет\w*|оружи\w*|ружь\w*|ружье|автомат\w*|револьвер\w*|обрез\w*)"
_NOT_REAL = (r"(?:страйкбол\w*|реплик\w*|муляж\w*|игрушечн\w*|макет\w*|ненастоящ\w*|"
             r"бутафорск\w*|сигнальн\w*)")
QUESTIONS += (
    ("оружие было настоящим",
     re.compile(rf"\b(?:{_GUNS}|{_NOT_REAL})", re.I),
     re.compile(rf"(?<!не\s)\b(?:настоящ|боев)\w*\s+(?:[\w-]+\s+)?{_GUNS}|"
                rf"\b{_GUNS}\s+(?:[\w-]+\s+){{0,2}}?(?<!не\s)(?:настоящ|боев)\w*", re.I),
     # (both told as the question, «муляжи или боевые», answer neither way: _an_alternative)
     re.compile(rf"\b{_NOT_REAL}\b|\bне\s+(?:был[аио]?\s+)?(?:настоящ|боев)\w*", re.I)),
)
# whether a ransom was paid: «родные отдали похитителям миллион», «успели передать» vs
# «никаких денег похитители не получали», «выкуп не платили», «ни рубля выкупа» (a
# demand to hand it over, «потребовали передать», is no payment: the infinitive answers
# only after «успели»)
QUESTIONS += (
    ("выкуп заплачен",
     re.compile(r"\b(?:выкуп\w*|похитител\w*|похитивш\w*)", re.I),
     re.compile(r"\bуспел\w*\s+(?:[\w-]+\s+)?(?:передать|отдать|заплатить)\b|"
                r"\b(?:передал[аи]?|передан[аоы]?|передавал\w*|отдал[аи]?|отдавал\w*|"
                r"отвез(?:ла|ли)?|заплатил[аи]?|заплачен[аоы]?|платил[аи]?|выплатил[аи]?|"
                r"выплачен[аоы]?|выплачивал\w*)\b", re.I),
     re.compile(r"\bни\s+(?:рубля|копейки)\b", re.I)),
)
# whether a Russian wanted abroad holds another country's citizenship: «гражданин Кипра»,
# «получил паспорт Вануату», «второй паспорт» vs «он гражданин только РФ», «иного
# гражданства не имеет, нет», «жил там по виду на жительство»
_HOME = r"(?:только|России|Российской|РФ)\b"
QUESTIONS += (
    ("есть другое гражданство",
     re.compile(r"\b(?:гражданств\w*|гражданин\w*|гражданк\w*|паспорт\w*)|"
                r"\bвид\w*\s+на\s+жительство", re.I),
     re.compile(rf"(?<!не\s)\bгражданин(?:ом)?\s+(?!{_HOME})[А-ЯЁ][а-яё]+|"
                rf"(?<!не\s)\bгражданк(?:ой|а)\s+(?!{_HOME})[А-ЯЁ][а-яё]+|"
                rf"\b(?:паспорт|гражданств)\w*\s+(?!{_HOME})[А-ЯЁ][а-яё]+|"
                r"\b(?:втор|двойн)\w+\s+(?:паспорт|гражданств)\w*"),
     re.compile(r"\bгражданин\w*\s+только\b|\bтолько\s+(?:о\s+)?[\w-]+\s+гражданств\w*|"
                r"\b(?:никакого|другого|второго|иного)\s+(?:[\w-]+\s+)?гражданства\s+"
                r"(?:[\w-]+\s+){0,3}?нет\b|\bнет\s+(?:[\w-]+\s+)?(?:другого|второго|иного)\s+"
                r"гражданства|\bгражданин\w*\s+России,?\s+и\s+только|"
                r"\bпо\s+виду\s+на\s+жительство", re.I)),
)
# whether shots were fired: «дважды выстрелил в воздух», «открыл огонь» vs «выстрелов не
# было», «не произвел ни одного выстрела», «оружие не применял» (a gun not used was not fired)
_SHOTS = r"(?:выстрел\w*|стрел(?:ял|ьб)\w*|огонь|огня)"
QUESTIONS += (
    ("стреляли",
     re.compile(rf"\b(?:{_SHOTS}|{_ARMS})", re.I),
     re.compile(r"(?<!не\s)\b(?:выстрелил\w*|стрелял\w*|открыл\w*\s+(?:[\w-]+\s+)?огонь|"
                r"(?:прозвучал\w*|раздал\w*)\s+(?:[\w-]+\s+)?выстрел\w*|"
                r"выстрел\w*\s+(?:прозвучал|раздал)\w*)", re.I),
     re.compile(rf"\bвыстрел\w*\s+(?:[\w-]+\s+){{0,2}}?не\s+(?:было|прозвучало|"
                r"производил\w*)|\bне\s+(?:стрелял\w*|выстрелил\w*|произвел\w*\s+ни\s+"
                rf"одного\s+выстрел\w*)|\bни\s+одного\s+выстрел\w*|{_ARMS_UNUSED}", re.I)),
)
# how a siege ended: the man gave himself up, or was taken by storm («сдался сам»,
# «сложил оружие и вышел» vs «штурмом взяли здание», «никто не сдавался»); a storm not
# needed is a surrender told
QUESTIONS += (
    ("сдался сам",
     re.compile(r"\b(?:сда(?:л|ва)\w*|штурм\w*|сложил\w*\s+оружие)", re.I),
     re.compile(r"\b(?:сдал(?:ся|ась|ись)|сдавал(?:ся|ась|ись)|сложил\w*\s+оружие|"
                r"сам\w*\s+вышл?[аи]?\b|вышл?[аи]?\s+(?:[\w-]+\s+){0,3}?сам[аи]?\b)", re.I),
     re.compile(r"(?<!без\s)\bштурм(?:ом|а|у)?\b(?![^.;:!?]{0,20}\bне\s+(?:было|понадоб|"
                r"потребова|пришлось))", re.I)),
)
# whether votes were recounted: «пересчет проведен на участке», «комиссия пересчитала
# голоса» vs «пересчета не было», «в пересчете отказали», «ничего не пересчитывали»
QUESTIONS += (
    ("пересчет проводился",
     re.compile(r"\bпересч[её]т\w*|\bпересчита\w*|\bпересчитыва\w*", re.I),
     re.compile(r"\bпересч[её]т\w*\s+(?:[\w№-]+\s+){0,7}?(?:провед[её]н|проводил|состоял|прош[её]л)"
                r"\w*|\b(?:провел[аи]?|провели|проведен\w*)\s+(?:[\w-]+\s+){0,2}?пересч[её]т\w*|"
                r"\bпересчитал[аи]?\b", re.I),
     re.compile(r"\bпересч[её]т\w*\s+(?:[\w-]+\s+){0,2}?не\s+(?:было|проводил\w*|провод\w*)|"
                r"\bникак\w+\s+пересч[её]т\w*|\bв\s+пересч[её]те\s+(?:[\w-]+\s+){0,3}?отказал\w*|"
                r"\bне\s+пересчитыва\w*", re.I)),
)
# whether the police used force on a crowd: «омоновцы начали щитами выдавливать людей»,
# «цепью пошли на людей и оттеснили их», «разогнали» vs «никаких силовых мер не
# применялось», «никого не разгоняли», «люди разошлись сами»
_CROWD_FORCE = (r"(?:разогнал\w*|разгоня\w*|разгон\w*|оттеснил\w*|оттесня\w*|выдавлива\w*|"
                r"вытесн\w*|силов\w+\s+(?:мер|метод|действи|разгон)\w*|"
                r"применил\w*\s+(?:[\w-]+\s+)?(?:силу|дубинк\w*|спецсредств\w*|газ)|"
                r"примен\w+\s+(?:физическ\w+\s+)?сил[аыу]\b|дубинк\w*|спецсредств\w*|"
                r"слезоточив\w*)")
QUESTIONS += (
    ("силу применяли к толпе",
     re.compile(rf"\b{_CROWD_FORCE}|\bрасход\w*\s+самостоятельно|\bразошл\w*\s+(?:сами|"
                r"самостоятельно)", re.I),
     re.compile(rf"(?<!не\s)\b{_CROWD_FORCE}", re.I),
     re.compile(rf"\bне\s+(?:[\w-]+\s+)?{_CROWD_FORCE}(?![^.;:!?]{{0,30}}\b(?:до\s+тех\s+пор|"
                r"пока)\b)|\bникак\w+\s+(?:[\w-]+\s+)?"
                rf"{_CROWD_FORCE}[^.;:!?]{{0,30}}?\bне\s+примен\w*|\bникого\s+не\s+(?:разгоня|"
                r"разгоня|оттесня|трогал)\w*|\bрасход\w*\s+самостоятельно|\bразошл\w*\s+(?:сами|"
                r"самостоятельно)", re.I)),
)
# whether a passenger went for a door in flight: «попытался открыть дверь аварийного
# выхода», «подошел к двери запасного выхода и начал тянуть рукоятку» vs «к аварийной
# двери не подходил», «никакую дверь он не трогал», «даже не приближался к выходу»
_EXIT = (r"(?:двер\w*|люк\w*|выход\w*|рукоятк\w*|exit|door)")
QUESTIONS += (
    ("пытался открыть дверь",
     re.compile(rf"\b(?:аварийн\w+|запасн\w+|эвакуационн\w+)\s+(?:[\w-]+\s+)?{_EXIT}|"
                rf"\b{_EXIT}\s+(?:[\w-]+\s+)?(?:аварийн|запасн|эвакуационн)\w*|"
                r"\bдверь\s+в\s+полете|\bникак\w+\s+двер\w*|\bemergency\s+exit|\bexit\b|"
                r"\b(?:подходил|приближал)\w*\s+к\s+(?:[\w-]+\s+)?(?:выход|двер)\w*", re.I),
     re.compile(rf"(?<!не\s)\b(?:пыта\w+|попыта\w+)\s+(?:[\w-]+\s+){{0,2}}?(?:открыть|"
                rf"разблокировать|вскрыть|распахнуть)\s+(?:[\w-]+\s+){{0,2}}?{_EXIT}|"
                rf"(?<!не\s)\bначал\w*\s+(?:тянуть|дергать|открывать)\s+(?:[\w-]+\s+)?{_EXIT}|"
                r"\btried\s+to\s+open", re.I),
     re.compile(rf"\b{_EXIT}\s+(?:[\w-]+\s+){{0,2}}?не\s+(?:подходил|трогал|приближал)\w*|"
                rf"\bне\s+(?:подходил|трогал|приближал|пытал)\w*\s+(?:[\w-]+\s+){{0,3}}?"
                rf"{_EXIT}|\bникак\w+\s+{_EXIT}\s+(?:[\w-]+\s+){{0,2}}?не\s+(?:трогал|открывал)\w*|"
                rf"\bк\s+(?:[\w-]+\s+)?{_EXIT}\s+(?:[\w-]+\s+)?не\s+подходил\w*|"
                r"\bnever\s+(?:went\s+near|touched|tried)", re.I)),
)
# whether a criminal case was opened: «возбудила уголовное дело по ч. 4 ст. 159», «дело о
# мошенничестве уже возбуждено» vs «уголовное дело не возбуждалось, проводится
# доследственная проверка», «решение о возбуждении дела пока не принято» (opened after a
# check is what happened next: _ORDERED)
QUESTIONS += (
    ("дело возбуждено",
     re.compile(r"\bвозбу(?:д|жд)\w+\s+(?:[\w-]+\s+){0,3}?дел\w*|\bдел\w*\s+(?:[\w-]+\s+){0,4}?"
                r"(?:уже\s+|не\s+)?возбу(?:д|жд)\w+|\bдоследственн\w+\s+проверк\w*", re.I),
     re.compile(r"(?<!не\s)\b(?:возбудил\w*|возбуждено|возбуждены)\b(?![^.;:!?]{0,40}\bне\s+"
                r"(?:принят|возбужд))", re.I),
     re.compile(r"\bне\s+(?:был[оаи]?\s+)?(?:возбуждал\w*|возбуждено|возбудил\w*)|\bрешени\w+\s+о\s+"
                r"возбуждении\s+(?:[\w-]+\s+){0,3}?(?:пока\s+|еще\s+)?не\s+принят\w*|"
                r"\bпроводится\s+(?:лишь\s+|только\s+)?доследственн\w+\s+проверк\w*", re.I)),
)
# whether a storm warning reached those it was for: «экипаж был проинформирован о штормовом
# предупреждении», «метеоинформацию передали вовремя» vs «о штормовом предупреждении
# экипаж никто не известил», «о предупреждении ему не сообщали»
QUESTIONS += (
    ("предупреждение доведено",
     re.compile(r"\bштормов\w+\s+предупреждени\w*|\bпредупреждени\w*\s+о\s+(?:[\w-]+\s+)?"
                r"(?:шторм|непогод|метел|буран|ураган|ветр|снегопад)\w*|\bметеоинформаци\w*|"
                r"\bо\s+предупреждении\b", re.I),
     re.compile(r"\b(?:проинформирован[аоы]?|извещен[аоы]?|уведомлен[аоы]?)\b|\b(?:передал[аи]?|"
                r"довел[аи]?|доведен[аоы]?)\s+(?:[\w-]+\s+){0,2}?(?:вовремя|своевременно)\b",
                re.I),
     re.compile(r"\bникто\s+(?:[\w-]+\s+)?не\s+(?:известил|предупредил|сообщил|"
                r"проинформировал)\w*|\bне\s+(?:сообщали|сообщил[аи]?|известил[аи]?|"
                r"предупредил[аи]?|передавал[аи]?)\b|\bне\s+(?:был[аио]?\s+)?(?:проинформирован|"
                r"предупрежден|извещен|уведомлен)\w*", re.I)),
)
# whether money held or owed will be returned in full: «все получат свои деньги
# полностью», «никто не потеряет ни рубля» vs «гарантировать полный возврат нельзя»,
# «вклады сверх лимита в полном объеме не вернут»
_IN_FULL = r"(?:полност\w*|в\s+полном\s+объеме|полн\w+\s+(?:возврат|возмещени|компенсаци)\w*)"
QUESTIONS += (
    ("деньги вернут полностью",
     re.compile(rf"\b{_IN_FULL}|\bни\s+(?:рубля|копейки)\b", re.I),
     re.compile(r"(?<!не\s)\b(?:получ(?:ат|ит)|верн(?:ут|ет|ём|ем)|возмест(?:ят|ит)|выплат(?:ят|ит))"
                rf"\s+(?:[\w-]+\s+){{0,3}}?{_IN_FULL}|\bне\s+потеря(?:ет|ют)\s+ни\s+(?:рубля|"
                r"копейки)\b", re.I),
     re.compile(rf"\b(?:гарантировать|рассчитывать\s+на|обещать)\s+(?:[\w-]+\s+){{0,2}}?"
                rf"{_IN_FULL}\s+(?:[\w-]+\s+){{0,8}}?(?:нельзя|не\s+приходится|не\s+мо(?:жет|гут)|"
                rf"невозможно)|\b{_IN_FULL}\s+(?:[\w-]+\s+)?не\s+(?:верн|получ|возмест|выплат)\w*|"
                rf"\bне\s+(?:верн|получ|возмест|выплат)\w*\s+(?:[\w-]+\s+){{0,3}}?{_IN_FULL}",
                re.I)),
)
# whether a person was arrested, or never held: «капитан арестован и содержится в
# полицейском участке» vs «не арестован и находится на борту», «его никто не
# арестовывал», «под стражу не помещался» (a court's custody is the measure rules')
QUESTIONS += (
    ("арестован", re.compile(r"\bарест\w*|\bпод\s+страж\w*|\barrest\w*", re.I),
     re.compile(r"\b(?:арестован[аоы]?|арестовали|арестовал[аи]?|(?:was|were|has\s+been)\s+"
                r"arrested)\b", re.I),
     re.compile(r"\bне\s+(?:был[аио]?\s+)?арестован\w*|\bникто\s+(?:[\w-]+\s+){0,3}?не\s+"
                r"арестовыва\w*|\bпод\s+стражу\s+(?:[\w-]+\s+)?не\s+(?:помеща|помещ|брал|брал|"
                r"бра|заключа)\w*|\bне\s+(?:помещ\w+|взят\w*|заключ\w+|брал\w*)\s+под\s+"
                r"страж\w*|\b(?:was|were)\s+not\s+arrested\b|\bnot\s+under\s+arrest\b",
                re.I)),
)
# whether a driver was drunk: «в крови обнаружено 1,3 промилле», «анализ показал
# алкогольное опьянение» vs «освидетельствование состояния опьянения не установило»,
# «был абсолютно трезв», «не употреблял алкоголь»
QUESTIONS += (
    ("пьян", re.compile(r"\bопьянени\w*|\bпромилле\b|(?<![а-яё])(?:не)?трезв\w*|"
                        r"\bалкогол\w*|\bпьян\w*|\bdrunk\b", re.I),
     re.compile(r"\b\d+(?:[,.]\d+)?\s+промилле\b|\b(?:показал\w*|выявил\w*|установил\w*|"
                r"обнаружил\w*|подтвердил\w*)\s+(?:[\w-]+\s+){0,4}?(?:алкогольное\s+)?"
                r"опьянени\w*|\bв\s+состоянии\s+(?:алкогольного\s+)?опьянения\b|"
                r"\bнетрезв\w*|\bбыл[аи]?\s+пьян\w*|\bпьяным\b|\bwas\s+drunk\b", re.I),
     re.compile(r"(?<![а-яё])трезв(?:ым|ый|ая|ой|а|)\b|\bопьянени\w*\s+(?:[\w-]+\s+){0,2}?"
                r"не\s+(?:установ|выяв|обнаруж|показ|подтверд)\w*|\bне\s+(?:установ|выяв|"
                r"обнаруж|показ|подтверд)\w*\s+(?:[\w-]+\s+){0,4}?(?:признаков\s+)?"
                r"(?:алкогольного\s+)?опьянени\w*|\bне\s+(?:употреблял|пил)\w*\s+"
                r"(?:[\w-]+\s+)?(?:алкогол|спиртно)\w*|\bwas\s+not\s+drunk\b|\bsober\b",
                re.I)),
)
# whether a person died: «инженер погиб 15 ноября» vs «МИД настаивает, что он жив и
# находится в больнице», «угрозы жизни нет» (see _ORDERED: alive told before the day of a
# death is what came before it, not a dispute)
_ALIVE = (r"жив(?:ой|а|ы|ым)?\b(?!,?\s+когда\b)|\bв\s+живых\b|\bугрозы\s+(?:его\s+|ее\s+|её\s+)?"
          r"жизни\s+(?:[\w-]+\s+)?нет\b|\bсостояни\w+\s+(?:[\w-]+\s+){0,3}?(?:стабильн|"
          r"удовлетворительн|средней\s+тяжести)\w*|\bis\s+alive\b|"
          # «выжил и находится в реанимации», «остается в реанимации»
          r"\bвыжил[аи]?\b|\b(?:наход|оста)\w+\s+в\s+реанимаци\w*|" +
          _report_denied("гибел|смерт"))
QUESTIONS += (
    ("погиб", re.compile(rf"\b(?:погиб\w*|умер\w*|скончал\w*|died|killed|{_ALIVE})", re.I),
     re.compile(r"\b(?:погиб(?:ла|ло|ли)?|умер(?:ла|ли)?|скончал(?:ся|ась|ись)|died|"
                r"(?:was|were)\s+killed)\b|"
                # «Среди погибших — водитель ...», «его тело опознали родственники»
                r"\bсреди\s+погибших\b|\bтел[оа]\s+(?:[\w-]+\s+)?опознал\w*|"
                r"\bопознал\w*\s+(?:[\w-]+\s+)?тел[оа]\b", re.I),
     re.compile(rf"\b(?:{_ALIVE})", re.I)),
)
# where a death came: at the scene («скончался на месте», «погиб до приезда медиков») or
# later in hospital («умер в реанимации», «привезли в больницу, где он скончался»)
_DIED = r"(?:погиб|умер|скончал)\w*"
# (a hospital's words; `_CARE` below adds a ward's)
_HOSPITAL_WORDS = r"реанимаци|больниц|стационар|госпитал"
_IN_HOSPITAL = rf"(?:{_HOSPITAL_WORDS}|клиник)\w*"
QUESTIONS += (
    ("умер на месте", re.compile(rf"\b{_DIED}", re.I),
     re.compile(rf"\b{_DIED}\s+(?:[\w-]+\s+){{0,2}}?на\s+месте\b|\bна\s+месте\s+"
                rf"(?:[\w-]+\s+)?{_DIED}|\b{_DIED}\s+(?:[\w-]+\s+){{0,2}}?до\s+приезда\s+"
                r"(?:скор|врач|медик|бригад)\w*", re.I),
     re.compile(rf"\b{_DIED}\s+(?:[\w-]+\s+){{0,3}}?(?:в\s+(?:[\w-]+\s+)?{_IN_HOSPITAL}|"
                rf"по\s+(?:дороге|пути)\s+в\s+{_IN_HOSPITAL})|\bв\s+(?:[\w-]+\s+)?{_IN_HOSPITAL},"
                rf"\s+где\s+(?:[\w-]+\s+){{0,3}}?{_DIED}", re.I)),
)
# where found ordnance was destroyed: on the spot («снаряд уничтожили на месте находки»,
# «мину подорвали прямо в траншее») or taken away to a range first («доставлен на
# полигон», «подорван на полигоне»); a claim telling both (a plan changed) answers nothing
_BLOWN_UP = r"(?:подорва|подорван|взорва|взорван|уничтож|ликвидирова)\w*"
_SPOT = r"(?:прямо\s+)?(?:на\s+месте\s+(?:обнаружени|наход)\w*|на\s+месте|в\s+котлован\w*|" \
    r"на\s+(?:строительн\w+\s+)?площадк\w*|на\s+стройплощадк\w*)"
QUESTIONS += (
    ("уничтожен на месте",
     re.compile(rf"(?=.*(?<![а-яё])(?:{ORDNANCE}))(?=.*(?:{_BLOWN_UP}|полигон\w*))", re.I | re.S),
     re.compile(rf"(?<![а-яё]){_BLOWN_UP}\s+(?:[\w-]+\s+){{0,2}}?{_SPOT}(?![а-яё])|"
                rf"(?<![а-яё]){_SPOT}\s+(?:[\w-]+\s+){{0,2}}?{_BLOWN_UP}", re.I),
     re.compile(r"(?<![а-яё])(?:вывез|увез|отвез|везти|вывоз|перевез|перевоз|доставл|доставит)"
                r"\w*\s+(?:[\w«»\"-]+\s+){0,4}?на\s+полигон\w*|"
                rf"(?<![а-яё]){_BLOWN_UP}\s+(?:[\w-]+\s+){{0,3}}?на\s+полигоне|"
                rf"(?<![а-яё])на\s+полигоне\s+(?:[\w«»\"-]+\s+){{0,3}}?{_BLOWN_UP}", re.I)),
)
# where a measure holds in full: the whole city («торговля запрещена полностью, на всей
# территории города», «ограничение круглосуточное и по всему округу») or one part of it
# only («полностью закрыт лишь центр», «полный запрет введен в границах Северного
# района»); a part-time rule over the whole city (a night ban «во всех районах»)
# tells no full measure, so a word of fullness must be in the claim
QUESTIONS += (
    ("по всему городу",
     re.compile(r"(?<![а-яё])(?:полност\w*|полн(?:ый|ого|ом|ая|ой|ое)|круглосуточн\w*|"
                r"целиком)(?![а-яё])", re.I),
     re.compile(r"(?<![а-яё])(?:во\s+всех\s+(?:район|округ)\w*|по\s+всему\s+(?:город|округ|"
                r"району|област)\w*|на\s+всей\s+территории)(?![а-яё])", re.I),
     re.compile(r"(?<![а-яё])(?:только|лишь)\s+(?:в|на)\s+(?:[\w-]+\s+){0,2}?(?:район|округ|"
                r"центр)\w*|(?<![а-яё])в\s+границах\s+(?:[\w-]+\s+){0,2}?(?:район|округ)\w*",
                re.I)),
)
# a discount or a benefit of one group kept or cancelled: «льгота студентам остается»,
# «скидка учтена и действует» / «студенческую скидку по сути отменили», «льгот для
# учащихся в новом прайсе нет»; each group its own question
# (the pensioners' free rides kept say nothing of the schoolchildren's discount)
_BENEFIT = r"(?:льгот|скидк)\w*"


def _benefit_question(group: str, words: str) -> tuple[str, re.Pattern[str], re.Pattern[str],
                                                         re.Pattern[str] | None]:
    return (f"льгота сохранена: {group}",
            re.compile(rf"(?=.*(?<![а-яё]){_BENEFIT})(?=.*(?<![а-яё])(?:{words}))", re.I | re.S),
            re.compile(r"(?<![а-яё])(?:сохран(?:я|ен|ил|ит)\w*|оста(?:ется|ются|нется|нутся)|"
                       r"заложен\w*|действ(?:ует|уют)|не\s+отмен\w*)(?![а-яё])", re.I),
            re.compile(rf"(?<![а-яё]){_BENEFIT}\s+(?:[\w-]+\s+){{0,4}}?(?<!не\s)(?:отмен|упраздн)\w*|"
                       rf"(?<![а-яё])(?<!не\s)(?:отменил|отменен|отменят|упразднил|лишил)\w*\s+"
                       rf"(?:[\w-]+\s+){{0,3}}?{_BENEFIT}|(?<![а-яё]){_BENEFIT}\s+"
                       rf"(?:[\w-]+\s+){{0,5}}?нет(?![а-яё])", re.I))


QUESTIONS += (
    _benefit_question("школьники", r"школьн\w*|учащ\w*|ученик\w*|ученическ\w*"),
    _benefit_question("пенсионеры", r"пенсионер\w*"),
    _benefit_question("студенты", r"студент\w*|студенческ\w*"),
)
# a works, a plant, a unit stopped or working on after an attack or an accident: «НПЗ
# был вынужден остановить установку» vs «предприятие работает в штатном режиме», «не
# останавливало работу ни на час» (a halt told with «не» is a «no» by _NEG_BEFORE)
_WORKS = (r"завод\w*|предприяти\w*|комбинат\w*|фабрик\w*|НПЗ|ГРЭС|ТЭЦ|АЭС|ГЭС|"
          r"электростанци\w*|установк\w*|производств\w*|переработк\w*|цех\w*|шахт\w*|"
          r"рудник\w*|терминал\w*|отел[ьяюе]\w*|гостиниц\w*|plant|refinery|factory|terminal|"
          r"hotel")
# a hospital's department shut or working: «хирургия закрыта», «отделение не принимает
# пациентов» vs «поликлиника работает в обычном режиме» (a state of days, not hours)
_WARDS = r"отделени\w*|хирурги(?:я|ю|и|ей)|стационар\w*|поликлиник\w*|роддом\w*"


def _halt_question(name: str, places: str) -> tuple[str, re.Pattern[str], re.Pattern[str],
                                                    re.Pattern[str]]:
    """The question whether `places` stopped work (yes) or work on as usual (no)."""
    return (name, re.compile(rf"\b(?:{places})", re.I),
            re.compile(r"\b(?:остановил\w*|остановлен\w*|останавлива\w*|приостановил\w*|"
                       r"приостановлен\w*|приостанавлива\w*|прекратил\w*|прекращен\w*|"
                       r"прекраща\w*|закрыл\w*|закрыт(?:[аоы]|ым|ой)?|закрыва\w*|halted|"
                       r"(?:shut|shuts)\s+down|suspended|closed)\b|\bвынужден\w*\s+"
                       r"(?:[\w-]+\s+)?(?:остановить|приостановить|прекратить)\b|"
                       r"\bне\s+принима\w*\s+(?:[\w-]+\s+)?(?:пациент|больн|рожениц)\w*", re.I),
            # (the works itself works: not «системы контроля на шахте работали штатно»)
            re.compile(_report_denied("остановк|приостановк|прекращени") +
                       rf"|(?<!\bна\s)(?<!\bв\s)\b(?:{places})\s+(?:[\w«»\"-]+\s+){{0,4}}?"
                       # (a relative clause between: «цеха завода, где прошли обыски,
                       # работают в обычном режиме»)
                       r"(?:[\w«»\"-]+,\s*(?:где|котор\w+)\s[^,.;:!?]{1,80},\s+)?"
                       r"(?:(?:работа\w*|функционир\w*|продолжа\w+\s+(?:работ|функционир)\w*)\s+"
                       r"(?:в\s+)?(?:штатн|обычн|нормальн|прежн)\w*|наход\w*\s+в\s+работе\b|"
                       r"продолжа\w+\s+(?:выпуск|производств|переработк|отгрузк)\w*|"
                       r"(?:operat|work)\w*\s+(?:normally|as\s+usual))", re.I))


QUESTIONS += (_halt_question("работа остановлена", _WORKS),
              _halt_question("отделение закрыто", _WARDS))
# building or felling halted, or going on: «вырубка приостановлена до решения суда», «мэр
# распорядился не допускать никаких работ» vs «работы никто не останавливал», «работы будут
# продолжены в понедельник» (not a search or a rescue, whose halts come and go by the hour)
_SITE_WORKS = (r"вырубк\w*|стройк\w*|строительств\w*|строительн\w+\s+работ\w*|снос\w*|"
               r"застройк\w*|работ[ыауе]?")
QUESTIONS += (
    ("остановлены работы", re.compile(rf"^(?![\s\S]*(?:поиск|спасат|завал))[\s\S]*?"
                                       rf"\b(?:{_SITE_WORKS})\b", re.I),
     re.compile(r"\b(?:остановил\w*|остановлен\w*|останавлива\w*|приостановил\w*|"
                r"приостановлен\w*|приостанавлива\w*|заморозил\w*|заморожен\w*)|"
                r"\b(?:не\s+допускать|запретил\w*)\s+(?:[\w-]+\s+){0,2}?работ\w*", re.I),
     re.compile(rf"\b(?:{_SITE_WORKS})\s+(?:[\w-]+\s+){{0,2}}?(?:будут\s+)?(?:продолж|"
                rf"возобнов)\w*|\b(?:продолжа|возобнов)\w*\s+(?:{_SITE_WORKS})\b", re.I)),
)
# an official gone from his post, or still in it: «освобожден от должности», «уволен»,
# «подал в отставку» vs «остается в должности», «находится на рабочем месте»,
# «информация о ее увольнении не соответствует действительности» (how he left is «ушел
# сам»)
# the heads of a body in the instrumental: «остается ректором», «числится директором»
_HEADS = (r"(?:ректор|директор|глав|мэр|губернатор|министр|руководител|председател|начальник|"
          r"главврач|президент)(?:ом|ем|ой|ою)\b")
_POST = (r"должност\w*|пост[ау]?\b|отставк\w*|уволь\w*|уволен\w*|уволил\w*|рабоч\w+\s+мест\w*|"
         r"полномочи\w*|"
         r"обязанност\w*|отстранени\w*|отстранен[аоы]?\b|отстранил\w*|отстранить\b|" + _HEADS)
QUESTIONS += (
    ("покинул должность", re.compile(rf"\b(?:{_POST})", re.I),
     re.compile(r"\b(?:освобожден[аоы]?\s+от\s+(?:занимаемой\s+)?(?:должност|исполнени\w+\s+"
                r"(?:[\w-]+\s+)?обязанност)\w*|освободил\w*\s+"
                r"(?:[\w-]+\s+){0,5}?от\s+(?:занимаемой\s+)?должност\w*|уволен[аоы]?\b|"
                r"уволил\w*|отстранен[аоы]?\s+от\s+(?:должност|работ)\w*|"
                r"отправлен[аоы]?\s+в\s+отставку|"
                # «Петров отстранен, распоряжение подписано», «решение отправить в
                # отставку главу округа» (not «отстранен от полетов»)
                r"отстранен[аоы]?(?=\s*[,.;:—–]|\s*$)|отправить\s+(?:[\w-]+\s+){0,2}?в\s+отставку|"
                # «отстранил Тихомирнова от должности», «отстранить его от исполнения
                # обязанностей» (a suspension: he is out of office while it lasts)
                # (or from work: «отстранен от работы до окончания проверки»)
                r"отстрани(?:л|ла|ли|ть)\s+(?:[\w-]+\s+){0,4}?от\s+(?:занимаемой\s+)?"
                r"(?:должност|работ|исполнени\w*\s+(?:[\w-]+\s+)?обязанност)\w*|"
                r"(?:подал\w*|ушел|ушла)\s+в\s+отставку|покинул\w*\s+(?:[\w-]+\s+)?(?:пост|должност)\w*|"
                # a mandate laid down or ended: «написала заявление о сложении полномочий»,
                # «ее полномочия прекращены решением ТИК», «больше не возглавляет комиссию»
                r"сложил\w*\s+(?:[\w-]+\s+)?полномочи\w*|сложени\w*\s+(?:[\w-]+\s+)?"
                r"полномочий|полномочи\w*\s+(?:[\w-]+\s+){0,2}?(?:досрочно\s+)?прекращен\w*|"
                r"больше\s+не\s+(?:возглавля|руковод)\w*|"
                r"(?:was|has\s+been)\s+(?:dismissed|fired|sacked)|resigned)", re.I),
     re.compile(_report_denied("увольнени|отставк|уход|освобождени") + r"|"
                r"\bоста[её]тся\s+(?:[\w-]+\s+){0,2}?(?:в\s+(?:своей\s+)?должности|на\s+(?:своем\s+)?"
                r"посту)|\bпродолжает\s+(?:[\w-]+\s+)?(?:работать|исполнять\s+(?:свои\s+)?"
                r"обязанности|руководить)|\bнаходится\s+на\s+(?:своем\s+)?рабочем\s+месте|"
                r"\bникак\w+\s+(?:увольнени|отставк)\w*\s+(?:[\w-]+\s+)?не\s+(?:было|будет)|"
                r"\bрешени\w+\s+об?\s+(?:[\w-]+\s+)?(?:отставк|увольнени|отстранени)\w*\s+"
                r"(?:[\w-]+\s+){0,4}?не\s+(?:принима|принят|принял)\w*|"
                # «остается ректором», «по-прежнему числится ректором»; «никаких документов
                # об отстранении не поступало», «приказа об освобождении от должности нет»
                rf"\b(?:оста[её]тся|остаюсь|числится|значится)\s+(?:[\w-]+\s+)?(?:действующ\w+\s+)?"
                rf"{_HEADS}|\bникуда\s+не\s+(?:уходил|ушл|ушел)\w*|"
                r"\bникаких\s+(?:документов|приказов|распоряжений|бумаг)\s+об?\s+(?:отстранени|"
                r"увольнени|освобождени|отставк)\w*|\bприказа\s+об?\s+(?:освобождени|увольнени|"
                r"отстранени)\w*\s+(?:[\w-]+\s+){0,5}?нет\b|"
                r"\bни\s+о\s+как\w+\s+(?:увольнени|отставк|отстранени)\w*\s+(?:[\w-]+\s+){0,3}?"
                r"(?:речи\s+)?не\s+(?:ид[её]т|шло|было)|"
                r"\b(?:remains|stays)\s+in\s+(?:office|post)", re.I)),
)
# a request to hand a person over, granted or not yet decided: «Генпрокуратура уже дала
# согласие на экстрадицию» vs «пока не приняла решения по запросу о выдаче», «в выдаче
# отказано»
_HANDOVER = r"(?:экстрадиц|выдач|extradit)\w*"
QUESTIONS += (
    ("выдача одобрена", re.compile(rf"\b{_HANDOVER}", re.I),
     re.compile(rf"\b(?:дал[аи]?|дано)\s+(?:[\w-]+\s+)?согласи\w*\s+на\s+{_HANDOVER}|"
                rf"\b(?:одобрил\w*|санкционировал\w*|утвердил\w*)\s+(?:[\w-]+\s+)?{_HANDOVER}|"
                rf"\b{_HANDOVER}\s+(?:[\w-]+\s+){{0,3}}?(?:одобрен|санкционирован|утвержден)\w*|"
                rf"\b(?:принял\w*|принято)\s+решени\w*\s+(?:об?\s+)?{_HANDOVER}|"
                r"\bapproved\s+(?:the\s+|his\s+|her\s+)?extradition", re.I),
     re.compile(rf"\b(?:(?:пока|еще|ещё)\s+)?не\s+(?:принял\w*|принят\w*|приняты)\s+(?:[\w-]+\s+)?"
                rf"решени\w*|\bрешени\w*\s+(?:[\w-]+\s+){{0,4}}?(?:пока\s+|еще\s+|ещё\s+)?не\s+"
                rf"(?:принят\w*|принимал\w*)|\bотказал\w*\s+в\s+{_HANDOVER}|"
                rf"\bв\s+{_HANDOVER}\s+(?:[\w-]+\s+)?отказан\w*|"
                r"\bno\s+decision\s+(?:has\s+been\s+|was\s+)?(?:taken|made)", re.I)),
)
# a licence or a permit held, or none: «у зоопарка есть все разрешения, включая лицензию»
# vs «работал без лицензии», «лицензии у зоопарка нет», «лицензию ... не получал»
# (the noun, not «лицензированного приюта нет»: no licensed shelter at all is no one's)
# (and a readiness passport, a heating plant's permit for the season: «получила паспорт
# готовности» vs «паспорт готовности котельной не выдавался»)
# (a veterinary or quality certificate a product travels with is one too: «ветеринарные
# сертификаты на корм», «ветеринарных документов»)
# (so is an expert's safety conclusion a lift or a plant works under: «заключение
# экспертизы промышленной безопасности»)
_PERMIT = (r"(?:лицензи(?:я|и|ю|ей|й|ям|ями|ях)\b|разрешени\w*|паспорт\w*\s+готовност\w*|"
           r"сертификат\w*|ветеринарн\w+\s+(?:сопроводительн\w+\s+)?документ\w*|"
           r"заключени\w*\s+(?:[\w-]+\s+)?экспертиз\w*)")
QUESTIONS += (
    ("есть лицензия", re.compile(rf"\b{_PERMIT}|\bразрешительн\w+\s+документ", re.I),
     re.compile(rf"\b(?:есть|имеет|имеются|имеется)\s+(?:[\w-]+\s+){{0,4}}?{_PERMIT}|"
                # (not some of several: «лицензии есть только у двух из них»)
                rf"\b{_PERMIT}\s+(?:[\w-]+\s+){{0,2}}?(?:есть|имеется|имеются)\b(?!\s+только)|"
                # had one («лицензия у клиники была»; not one taken back, «лицензия была
                # отозвана»), papers in order («разрешительные документы в порядке»)
                # (its object and holder between: «разрешение мэрии на снос у компании было»)
                rf"\b{_PERMIT}\s+(?:[\w-]+\s+){{0,5}}?(?<!не\s)был[аи]?\b(?!\s+(?:[\w-]+\s+)?"
                r"(?:отозван|аннулир|приостановл|просроч|недействител)\w*)|"
                r"\bразрешительн\w+\s+документ\w*\s+(?:[\w-]+\s+){0,3}?(?:был[аи]?\s+)?"
                r"в\s+порядке\b|"
                r"\bразрешительн\w+\s+документ\w*\s+(?:[\w-]+\s+){0,4}?(?<!не\s)были\b|"
                # issued: «разрешение на вылов было выдано», «разрешение на снос аварийного
                # здания на участке было выдано 12 ноября»; acted on: «снос производился на
                # основании разрешения»
                rf"\b{_PERMIT}\s+(?:[\w-]+\s+){{0,6}}?(?:был[аи]?\s+)?(?:оформлен[аы]?|"
                r"выдан[аы]?|подписан[аы]?)\b|"
                rf"\bна\s+основании\s+(?:[\w-]+\s+)?{_PERMIT}|"
                # in force: «имеет действующее заключение экспертизы», «заключение у нас
                # действующее»
                rf"(?<!без\s)\bдействующ\w+\s+{_PERMIT}|"
                rf"\b{_PERMIT}\s+(?:[\w-]+\s+){{0,3}}?действующ\w+|"
                # got: «школа получила паспорт готовности в августе»
                rf"(?<!не\s)\bполучил[аи]?\s+(?:[\w-]+\s+){{0,2}}?{_PERMIT}", re.I),
     # (working without one, not the law's «без лицензии ... закон не разрешает»)
     re.compile(r"\b(?:работал|работает|действовал|действует|функционировал)\w*\s+"
                rf"(?:[\w-]+\s+){{0,3}}?без\s+(?:[\w-]+\s+)?лиценз\w*|"
                rf"\bнет\s+(?:[\w-]+\s+)?{_PERMIT}|"
                rf"\b{_PERMIT}\s+(?:[\w«»\"-]+\s+){{0,8}}?(?:нет|не\s+было)\b|"
                rf"\bлиценз\w*\s+(?:[\w«»\"-]+\s+){{0,8}}?не\s+(?:получал|имел)\w*|"
                # none issued or found: «разрешений на вылов ... не выдавалось», «лицензий у
                # фирмы не оказалось»
                rf"\b{_PERMIT}\s+(?:[\w«»\"№„“-]+\s+){{0,8}}?не\s+(?:выдавал|выдан|оформл|"
                r"оказал)\w*|"
                # sold or shipped without: «корм приехал без ветеринарных документов» (not
                # the law's «без такой лицензии ... закон не разрешает»)
                r"\b(?:приехал|прибыл|поступил|продан|продал|отгруж|достав|завез|привез|"
                rf"работал)\w*\s+(?:[\w-]+\s+){{0,4}}?без\s+(?:[\w-]+\s+)?{_PERMIT}|"
                # run out: «срок действия заключения экспертизы истек 30 октября», «работал с
                # просроченной лицензией»
                rf"\b{_PERMIT}\s+(?:[\w-]+\s+){{0,4}}?истек\w*|"
                rf"\bпросроченн\w+\s+{_PERMIT}|"
                rf"\bне\s+оказал\w*\s+(?:[\w-]+\s+)?{_PERMIT}", re.I)),
)
# an event's plan agreed with the police or the town, or never put to them: «все меры
# безопасности были согласованы с правоохранительными органами», «паспорт безопасности был
# утвержден в УМВД» vs «план в УМВД на согласование не поступал», «документов,
# подтверждающих согласование, организатор не представил» (a rally's «несогласованная акция»)
_AUTHORITY = r"(?:УМВД|МВД|ГУВД|полици|ГИБДД|мэри|администрац|правоохранительн|Росгварди)\w*"
QUESTIONS += (
    ("согласовано", re.compile(r"\bсогласова\w*|\bнесогласованн\w*|\bпаспорт\w*\s+безопасности",
                               re.I),
     re.compile(r"\b(?:согласован[аоы]?|согласовали|согласовал[аи]?)\b|"
                rf"\bутвержд[её]н[аоы]?\s+(?:[\w-]+\s+)?в\s+{_AUTHORITY}", re.I),
     re.compile(r"\bна\s+согласовани\w*\s+(?:[\w-]+\s+){0,3}?не\s+(?:поступал|получал|подавал|"
                r"направлял|представлял|приносил)\w*|"
                r"\bне\s+(?:поступал|получал|подавал|направлял|представлял)\w*\s+(?:[\w-]+\s+){0,3}?"
                r"на\s+согласовани\w*|"
                r"\bсогласовани\w*\s+(?:[\w,-]+\s+){0,6}?не\s+(?:представил|предоставил|было|"
                r"проводил|проходил)\w*|\bбез\s+согласовани\w*|\bнесогласованн\w*", re.I)),
)
# a periodic check of a machine passed, or not: «лифт прошел ежегодное техническое
# освидетельствование в августе», «освидетельствование было 14 августа» vs «в этом году лифт
# освидетельствование не проходил», «работал без освидетельствования», «сведений о
# прохождении освидетельствования нет» (a bus's «техосмотр» alike)
# (not a driver's medical test for drink: «прошел медицинское освидетельствование»)
_CHECKUP = (r"(?<!медицинское\s)(?<!медицинского\s)(?<!медицинском\s)(?<!медицинскому\s)"
            r"(?:освидетельствовани|техосмотр|техническ\w+\s+осмотр)\w*")
QUESTIONS += (
    # (a claim of a drink test or a device's calibration asks another question)
    ("прошел освидетельствование",
     re.compile(r"^(?![\s\S]*(?:опьянени|алкогол|нарколог|медосвидетельств|промилле))"
                rf"[\s\S]*?\b{_CHECKUP}", re.I),
     re.compile(r"\b(?:прош[её]л|прошла|прошли|проходил[аи]?|пройден[аоы]?)\s+"
                rf"(?:[\w-]+\s+){{0,4}}?{_CHECKUP}|"
                rf"\b{_CHECKUP}\s+(?:[\w-]+\s+){{0,4}}?(?<!не\s)(?:прош[её]л|прошла|прошли|"
                r"пройден[аоы]?|проведен[аоы]?|проводил\w*|был[оаи]?\s+(?:\d|в\s+\w+е\b))", re.I),
     re.compile(rf"\b{_CHECKUP}\s+(?:[\w-]+\s+){{0,4}}?не\s+(?:проходил|прош|проводил|"
                r"проведен|был)\w*|"
                r"\bне\s+(?:проходил|прош[её]л|прошла|прошли)\w*\s+(?:[\w-]+\s+){0,3}?"
                rf"{_CHECKUP}|\bбез\s+(?:[\w-]+\s+){{0,2}}?{_CHECKUP}|"
                r"\bсведени\w*\s+о\s+(?:прохождении|проведении)\s+(?:[\w-]+\s+){0,4}?"
                rf"{_CHECKUP}\s+(?:[\w-]+\s+){{0,6}}?нет\b|"
                rf"\bпросроченн\w+\s+{_CHECKUP}|\bсрок\w*\s+(?:[\w-]+\s+)?{_CHECKUP}\s+"
                r"(?:[\w-]+\s+)?истек\w*", re.I)),
)
# an inspection passed, or failed: «проверку мы прошли без замечаний», «рынок в августе
# прошел плановую проверку МЧС» vs «рынок проверку не прошел», «по итогам проверки выявлено
# 14 нарушений» (the accusative only: «прошла плановая проверка» is one held; not a
# person's test, «проверку на полиграфе»)
_AN_INSPECTION = r"проверк[уи](?!\s+на\s+(?:полиграф|алкогол|детектор|наркот))"
QUESTIONS += (
    ("прошел проверку", re.compile(r"\bпроверк\w*", re.I),
     re.compile(r"\b(?:прош[её]л|прошла|прошли)\s+(?:[\w-]+\s+){0,3}?проверку\b"
                r"(?!\s+на\s+(?:полиграф|алкогол|детектор|наркот))|"
                r"\bпроверку\s+(?:[\w-]+\s+){0,3}?(?<!не\s)(?:прош[её]л|прошла|прошли)\b", re.I),
     re.compile(rf"\bне\s+(?:прош[её]л|прошла|прошли|проходил\w*)\s+(?:[\w-]+\s+){{0,3}}?"
                rf"{_AN_INSPECTION}\b|\bпроверку\s+(?:[\w-]+\s+){{0,3}}?не\s+(?:прош|проходил)\w*|"
                r"\bпо\s+(?:итогам|результатам)\s+(?:[\w-]+\s+){0,3}?(?:проверк\w*|котор\w+)\s+"
                r"(?:[\w,-]+\s+){0,5}?"
                r"(?:выявлен|обнаружен|найден|зафиксирован)\w*\s+(?:[\w-]+\s+)?(?:\d+|[а-яё]+)\s+"
                r"нарушени\w*", re.I)),
)
# a firebreak ploughed round a village, or none: «мы опахали село по всему периметру»,
# «минерализованная полоса проложена в сентябре» vs «опашки вокруг села не было никакой»,
# «на местности никаких следов опашки нет», «опашка существовала только на бумаге»
_FIREBREAK = (r"(?:опашк\w*|минерализованн\w+\s+полос\w*|противопожарн\w+\s+(?:полос|разрыв|"
              r"опашк)\w*)")
QUESTIONS += (
    ("опашка сделана", re.compile(rf"\b{_FIREBREAK}|\bопахал\w*|\bпропахал\w*|\bопахан\w*",
                                  re.I),
     re.compile(r"\b(?:опахали|опахал[аи]?|пропахали|пропахал[аи]?|опахан[аоы]?)\b|"
                r"\b(?:полос[аыу]|опашк[аиу])\s+(?:[\w-]+\s+){0,6}?(?<!не\s)(?:проложен|сделан|"
                r"выполнен|создан)\w*|\b(?:проложил|сделал|создал)\w*\s+(?:[\w-]+\s+){0,2}?"
                rf"{_FIREBREAK}", re.I),
     re.compile(rf"\b{_FIREBREAK}\s+(?:[\w-]+\s+){{0,4}}?(?:не\s+было|нет)\b|"
                r"\bникак\w+\s+(?:[\w-]+\s+){0,2}?(?:опашк|полос)\w*\s+(?:[\w-]+\s+){0,4}?"
                r"не\s+было|\bтолько\s+на\s+бумаге|"
                r"\bне\s+(?:опахали|опахивали|пропахали|прокладывали|проложили)\b", re.I)),
)
# a thing on the list for felling or demolition, or not: «тополь был включен в акт
# обследования как аварийный и подлежал сносу», «значился в нем под номером 214 в разделе
# «аварийные»» vs «в перечне деревьев под снос этого тополя не было», «в списке на снос не
# значится»
_LIST = r"(?:акт|перечн|перечен|спис|реестр|раздел)\w*"
QUESTIONS += (
    ("в списке на снос", re.compile(r"\bсно[сc]\w*|\bвырубк\w*|\bспил\w*|\bаварийн\w*", re.I),
     re.compile(r"(?<!не\s)\b(?:включ[её]н\w*|внес[её]н\w*|значил\w*|числил\w*)\s+(?:[\w-]+\s+){0,6}?"
                rf"(?:в\s+)?{_LIST}|(?<!не\s)\bподлежал[аио]?\s+(?:сносу|вырубке|спилу)", re.I),
     re.compile(rf"\b{_LIST}\s+(?:[\w,«»\"-]+\s+){{0,10}}?(?:не\s+было|нет)\b|"
                rf"\b(?:в|на)\s+{_LIST}\s+(?:[\w-]+\s+){{0,3}}?не\s+(?:значит|числит|значил|"
                r"числил)\w*|\bне\s+(?:значит|числит|значил|числил|включ|внес)\w*\s+(?:[\w-]+\s+){0,3}?"
                rf"в\s+{_LIST}", re.I)),
)
# one person's bone broken, or none: «у него сломана рука», «перелом левой руки» vs
# «переломов у пациента не выявлено» (a person's: the answers must tell of one)
QUESTIONS += (
    ("перелом", re.compile(r"\bперелом\w*|\bсломан\w*|\bсломал\w*", re.I),
     # (a «без переломов» is the «no» read first, which a «yes» inside it gives way to)
     re.compile(r"(?<!не\s)\b(?:перелом(?:ом|а|ы)?|сломан[аоы]?|сломал[аи]?)\b", re.I),
     re.compile(r"\bперелом\w*\s+(?:[\w-]+\s+){0,3}?не\s+(?:выявлен|обнаружен|нашли|было|"
                r"подтвердил)\w*|\b(?:без|нет)\s+перелом\w*|\bне\s+(?:выявил|обнаружил|нашл)\w*\s+"
                r"(?:[\w-]+\s+){0,2}?перелом\w*", re.I)),
)
# one patient sent home, or lying in hospital: «после перевязки ребенок отпущен домой»,
# «выписан из больницы» vs «по-прежнему находится в реанимации», «лежит в больнице» (one
# person's, singular forms only: «трое отпущены домой» counts a group; «госпитализирован» is
# the day's event, not a state that rules home out; home told after the bed is a discharge,
# _ORDERED)
_CARE = rf"(?:{_HOSPITAL_WORDS}|отделени|палат)\w*"
QUESTIONS += (
    ("отпущен домой", re.compile(r"\bдомой\b|\bвыписа\w*|\bамбулаторн\w*|" + _CARE, re.I),
     re.compile(r"\b(?:отпущен[ао]?|отпустил[аи]?|отправил[аи]?|отправлен[ао]?)\s+"
                r"(?:[\w-]+\s+){0,6}?домой\b|\bвыписан[ао]?\s+(?:[\w-]+\s+)?(?:из\s+"
                r"(?:больниц|стационар|госпитал)\w*|домой)\b|\bна\s+амбулаторн\w+\s+лечени\w*|"
                r"\bв\s+госпитализации\s+(?:[\w-]+\s+)?не\s+нужда\w*|"
                # never put in a bed: «в больницу его не клали», «не госпитализирован»,
                # «лечится дома», «лечит руки амбулаторно», «дома, а не в больнице»
                r"\bв\s+(?:больниц|стационар|госпитал)\w*\s+(?:[\w-]+\s+){0,2}?не\s+"
                r"(?:клал\w*|положил\w*|госпитализир\w*)|\bне\s+(?:был[аи]?\s+)?"
                r"госпитализирован\w*|\bлеч(?:ится|ился|илась|ат|ит)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:дома|амбулаторно)\b|\bдома,?\s+а\s+не\s+в\s+(?:больниц|стационар|"
                r"госпитал)\w*", re.I),
     re.compile(r"(?<!\bне\s)\b(?:находи(?:тся|лся|лась)|лежит|лежал[а]?|оста[её]тся|провел[а]?)\s+"
                rf"(?:[\w-]+\s+){{0,3}}?в\s+(?:[\w-]+\s+){{0,2}}?{_CARE}|"
                # a bed told by how long it lasts: «до сих пор в больнице», «по-прежнему в
                # ожоговом отделении»
                r"\b(?:до\s+сих\s+пор|по-прежнему|вс[её]\s+ещ[её])\s+(?:находи\w+\s+)?"
                rf"в\s+(?:[\w-]+\s+){{0,2}}?{_CARE}", re.I)),
)
# an official dismissed, or only suspended while an inquiry runs: «губернатор принял
# решение уволить замминистра», «отправил в отставку» vs «отстранен на время служебной
# проверки», «никакого приказа об увольнении я не видел» (whether he is out of office at
# all is «покинул должность»)
QUESTIONS += (
    ("уволен", re.compile(r"\bуволь\w*|\bуволен\w*|\bуволил\w*|\bуволить\b|\bотставк\w*|"
                          r"\bотстран\w*|\bосвобо\w+\s+(?:[\w-]+\s+){0,4}?от\s+"
                          r"(?:занимаемой\s+)?должност", re.I),
     re.compile(r"(?<!не\s)\b(?:уволен[аоы]?|уволил[аи]?|уволить)\b|\bотправил\w*\s+"
                r"(?:[\w-]+\s+){0,4}?в\s+отставку|\bоб\s+(?:его\s+|ее\s+)?(?:увольнении|"
                r"отставке)\b|"
                # «приняла решение освободить Галину Петрову от должности»
                r"\bосвобо(?:дил[аи]?|дить)\s+(?:[\w-]+\s+){0,4}?от\s+(?:занимаемой\s+)?"
                r"должност\w*", re.I),
     re.compile(r"\bотстранен[аоы]?\s+(?:[\w-]+\s+){0,5}?на\s+(?:время|период)\b|"
                r"\bреч[ьи]\s+ид[её]т\s+(?:лишь\s+|только\s+)?об?\s+отстранени\w*|"
                r"\b(?:никакого|нет)\s+(?:[\w-]+\s+)?приказ\w*\s+об?\s+(?:его\s+|ее\s+)?"
                r"увольнени\w*|\bприказ\w*\s+об?\s+(?:его\s+|ее\s+)?увольнени\w*[^.;!?]{0,60}?"
                r"\b(?:нет|не\s+(?:видел|получал|подписан|было|поступал\w*))|"
                # on leave, or never dismissed: «находится в ежегодном отпуске», «Меня
                # никто не увольнял, я в отпуске»
                r"\b(?:находи\w+|я|он|она)\s+в\s+(?:[\w-]+\s+)?отпуске\b|"
                r"\bникто\s+(?:[\w-]+\s+)?не\s+увольнял\w*", re.I)),
)
# a decision against a person appealed, or accepted, by the person's own word: «я намерен
# обжаловать решение в суде», «собирается в суд» vs «оспаривать решение я не буду»,
# «судиться с бывшим работодателем — ниже моего достоинства» (not a right, «вправе
# обжаловать», «сможет оспорить»: no intent told)
_TO_APPEAL = r"(?:обжаловать|оспаривать|оспорить|обра(?:щаться|титься)\s+в\s+суд|судиться)"
QUESTIONS += (
    ("обжалует", re.compile(r"\bобжал\w*|\bоспари\w*|\bоспор\w*|\bв\s+суд\b|\bсудиться\b",
                            re.I),
     re.compile(rf"(?<!не\s)\b(?:намерен[аы]?|собира\w+|решил[аи]?|планиру\w+|будет|буду|"
                rf"будем|будут)\s+(?:[\w-]+\s+){{0,2}}?{_TO_APPEAL}|\bсобира\w+\s+в\s+суд\b|"
                rf"\bо\s+намерении\s+{_TO_APPEAL}", re.I),
     re.compile(rf"\bне\s+(?:буду|будет|будем|будут|стану|станет|намерен[аы]?|собира\w+|"
                rf"планиру\w+)\s+(?:[\w-]+\s+){{0,2}}?{_TO_APPEAL}|"
                rf"(?<![а-яё]){_TO_APPEAL}\s+(?:[\w-]+\s+){{0,4}}?не\s+(?:буду|будет|будем|стану|"
                rf"станет|намерен[аы]?|собира\w+|планиру\w+)\b|"
                rf"(?<![а-яё]){_TO_APPEAL}\b[^.;!?]{{0,80}}?ниже\s+(?:своего\s+|моего\s+)?достоинства",
                re.I)),
)
# a company declared bankrupt, or only under observation: «арбитражный суд признал
# застройщика банкротом», «открыто конкурсное производство» vs «введена процедура
# наблюдения», «суд пока не признал застройщика банкротом»
QUESTIONS += (
    ("признан банкротом",
     re.compile(r"\bбанкрот\w*|\bнесостоятельн\w*|\bконкурсн\w+\s+(?:производств|управляющ)\w*|"
                r"\bпроцедур\w+\s+наблюдени\w*|\bвременн\w+\s+управляющ\w*", re.I),
     re.compile(r"(?<!не\s)\bпризнал\w*\s+(?:[\w«»\"-]+\s+){0,4}?(?:банкротом|несостоятельн\w+)|"
                r"(?<!не\s)\bпризнан[аоы]?\s+(?:[\w-]+\s+)?(?:банкротом|несостоятельн\w+)|"
                r"\b(?:открыл\w*|открыто|введено|ввел\w*)\s+(?:[\w-]+\s+)?конкурсн\w+\s+"
                r"производств\w*|\bконкурсн\w+\s+управляющ\w+\s+(?:[\w-]+\s+){0,3}?"
                r"(?:утвержден|назначен)\w*|\b(?:утвержден|назначен)\w*\s+(?:[\w-]+\s+)?конкурсн\w+\s+"
                r"управляющ\w*", re.I),
     re.compile(r"\b(?:введен[аоы]?|ввел\w*)\s+(?:[\w-]+\s+){0,2}?процедур\w+\s+наблюдени\w*|"
                r"\bпроцедур\w+\s+наблюдени\w*\s+(?:[\w-]+\s+)?введен\w*|"
                r"\bвременн\w+\s+управляющ\w+\s+(?:[\w-]+\s+){0,2}?(?:назначен|утвержден)\w*|"
                r"\b(?:назначен|утвержден)\w*\s+(?:[\w-]+\s+)?временн\w+\s+управляющ\w*|"
                r"\bне\s+признал\w*\s+(?:[\w«»\"-]+\s+){0,4}?(?:банкротом|несостоятельн\w+)|"
                r"\bне\s+(?:был[аио]?\s+)?признан[аоы]?\s+(?:[\w-]+\s+)?(?:банкротом|несостоятельн\w+)",
                re.I)),
)
# a person gone abroad and wanted, or at home: «бизнесмен еще в сентябре покинул страну»,
# «объявлен в федеральный розыск» vs «никуда не уезжал», «не покидал регион», «никакого
# розыска нет»
QUESTIONS += (
    ("уехал и в розыске",
     re.compile(r"\bрозыск\w*|\bразыскива\w*|\bпокинул\w*|\bпокидал\w*|\bуезжал\w*|"
                r"\bвылетел\w*|\bулетел\w*|\bуехал\w*|\bвыехал\w*", re.I),
     re.compile(r"(?<!не\s)\bобъявлен[аоы]?\s+в\s+(?:[\w-]+\s+)?розыск\w*|"
                r"(?<!не\s)\bнаход\w+\s+в\s+(?:[\w-]+\s+)?розыске|"
                r"(?<!не\s)\bпокинул[аи]?\s+(?:страну|россию|пределы\s+\w+)|"
                r"(?<!не\s)\b(?:вылетел|улетел|уехал|выехал)[аи]?\s+(?:[\w-]+\s+){0,2}?"
                r"(?:за\s+(?:границу|рубеж)|в\s+(?:[А-ЯЁ][\w-]+\s+){0,2}?(?:ОАЭ|Эмират\w*|"
                r"Турци\w*|Израил\w*|Грузи\w*|Арм[еи]н\w*|Казахстан\w*|Таиланд\w*|Кипр\w*|"
                r"Дубай\w*|Европ\w*|США|Китай|Сербию|Черногори\w*))", re.I),
     re.compile(r"\bникуда\s+не\s+(?:уезжал|выезжал|уехал|выехал)\w*|"
                r"\bне\s+(?:покидал|покинул)\w*\s+(?:[\w-]+\s+)?(?:регион|город|страну|россию|"
                r"област\w*|пределы)|\b(?:никакого|нет)\s+(?:[\w-]+\s+)?розыск\w*|"
                r"\bне\s+(?:объявлен|находится)\w*\s+в\s+(?:[\w-]+\s+)?розыск\w*", re.I)),
)
# an event called off (moved) or held as planned: «экзамен отменен и перенесен на 19
# ноября» vs «экзамен все-таки прошел 12 ноября», «состоялся в назначенный день» (a
# future «состоится» is a plan, no answer)
_EVENTS_HELD = (r"экзамен\w*|ЕГЭ|ОГЭ|матч\w*|игр[аыу]\b|концерт\w*|фестивал\w*|"
                r"заседани\w*|собрани\w*|митинг\w*|акци[яию]\b|соревновани\w*|турнир\w*|"
                r"выступлени\w*|мероприяти\w*|парад\w*|выбор\w*|голосовани\w*|"
                r"спектакл\w*|показ(?:ы|ов)?\b|постановк\w*|шоу\b")
_HELD = r"(?:прош[её]л|прошла|прошло|прошли|состоял(?:ся|ась|ось|ись))"
QUESTIONS += (
    ("отменено", re.compile(rf"\b(?:{_EVENTS_HELD})", re.I),
     re.compile(r"(?<!не\s)\b(?:отменен[аоы]?|отменил[аи]?|отменило|отменили)\b|"
                r"\bперенесен[аоы]?\s+на\b|\bперенесл[аои]?\s+(?:[\w-]+\s+){0,1}?на\b|"
                # a show dropped: «спектакль снят с репертуара»
                r"(?<!не\s)\b(?:снят[аоы]?|сняли)\s+с\s+репертуара", re.I),
     re.compile(rf"\b(?:все-таки|вс[её]\s+же|вс[её]-таки)\s+(?:[\w-]+\s+){{0,2}}?{_HELD}\b|"
                rf"\b{_HELD}\s+(?:[\w-]+\s+){{0,3}}?(?:в\s+штатном\s+режиме|в\s+назначенный\s+"
                r"день|по\s+расписанию|как\s+и\s+планировал\w*|в\s+обычном\s+режиме)|"
                r"\bне\s+(?:был[аои]?\s+)?отмен(?:ен|ял|или)\w*|\bникто\s+(?:[\w-]+\s+)?не\s+"
                r"отменял\w*|\bне\s+(?:был[аои]?\s+)?снят[аоы]?\b(?!\s+с\s+должност)", re.I)),
)
# a flight of one day flown, or called off: «рейс выполнен без задержек», «самолет улетел
# вовремя» vs «рейс 5 мая отменили», «компания не прислала борт», «рейса нет на табло»
# (two days' flights are two flights: _OF_A_DAY)
QUESTIONS += (
    # (one flight: not «отменены 12 рейсов», «еще 21 рейс ушел позже»)
    ("рейс выполнен", re.compile(r"(?<!\d\s)\b(?:рейс|рейса|рейсом|рейсе|борт|борта|чартер|"
                                r"чартера)\b", re.I),
     re.compile(r"(?<!не\s)\b(?:выполнен|улетел|вылетел)\b", re.I),
     re.compile(r"(?<!не\s)\b(?:отменен|отменил[аи]?|отменили)\b|"
                r"\bне\s+(?:поставил\w*|отправил\w*|прислал\w*)\s+(?:[\w-]+\s+)?борт\w*|"
                r"\bне\s+(?:вылетел|улетел|выполнен)\w*|\bрейс\w*\s+(?:[\w-]+\s+){0,3}?на\s+"
                r"табло\s+нет", re.I)),
)
# a dangerous place closed and marked before an accident, or open: «участок закрыт для
# посещения с пятницы», «у входа висели таблички», «вошли на закрытую территорию» vs
# «ограждения там не стояло», «ни одной таблички», «ограждение поставили только после
# аварии»
_MARKS = r"(?:аншлаг|табличк|ограждени|предупреждающ\w+\s+знак|знак\w*\s+запрет|лент[аыуе]\b)"
_OFF_LIMITS = (r"(?:склон|зон[аыуе]|кулуар|участ[оке]\w*|пляж|акватори|полигон|территори|"
               r"карьер)")
QUESTIONS += (
    ("место закрыто",
     re.compile(rf"\b{_MARKS}|\bзакрыт\w*\s+(?:[\w-]+\s+)?{_OFF_LIMITS}|\b{_OFF_LIMITS}\w*\s+"
                r"(?:[\w-]+\s+){0,6}?(?:был[аио]?\s+)?закрыт", re.I),
     re.compile(rf"\b{_OFF_LIMITS}\w*\s+(?:[\w-]+\s+){{0,6}}?(?:был[аио]?\s+)?закрыт[аоы]?\b"
                rf"(?!\s+(?:только|лишь)\b)|\bзакрыт\w+\s+(?:[\w-]+\s+)?{_OFF_LIMITS}|"
                r"\bнарушил\w*\s+(?:[\w-]+\s+)?запрет\w*|"
                rf"\b(?:стоят|стояли|стоял[аио]?|установлен[аоы]?|висел[аио]?|висят)\s+"
                rf"(?:[\w-]+\s+){{0,2}}?{_MARKS}|\bнатянут[аоы]?\s+(?:[\w-]+\s+)?лент", re.I),
     re.compile(rf"\bникаких\s+(?:[\w-]+\s+){{0,3}}?{_MARKS}|\bни\s+(?:одн\w+\s+)?{_MARKS}|"
                rf"\b{_MARKS}\w*\s+(?:[\w-]+\s+){{0,5}}?не\s+(?:было|видно|стояло|стояли|висел\w*)|"
                r"\b(?:натянул\w*|поставил\w*|установил\w*|повесил\w*|закрыл\w*)\s+"
                r"(?:[\w-]+\s+){0,5}?(?:только|лишь)\s+(?:в|во|после|через|когда|утром|днем|"
                r"вечером)\b", re.I)),
)
# a shop, a mall, a museum closed to the public that day, or open: «сегодня рынок закрыт,
# покупателей не пускают» vs «торговый центр работает в обычном режиме», «магазины открыты»
# (a part shut, «закрыт только один зал», leaves the place open; a closing to come,
# «будет закрыт», is no answer of the day)
_VENUES = (r"торгов\w+\s+(?:центр|комплекс)\w*|ТРЦ|ТЦ|молл\w*|магазин\w*|рын(?:ок|ка|ке|ки)\b|"
           r"кинотеатр\w*|музе(?:й|я|е|и)\b|аквапарк\w*|фуд-корт\w*|"
           r"центр(?=\s+(?:[\w-]+\s+)?(?:закрыт|открыт|работа))")
# (nor another predicate after a conjunction: «сотрудником ТЦ и работал охранником»)
_NOT_TO_COME = r"(?:(?!будет\b|будут\b|может\b|могут\b|и\b|а\b|но\b)[\w«»\"-]+\s+)"
QUESTIONS += (
    ("заведение закрыто",
     re.compile(rf"\b(?:{_VENUES})", re.I),
     re.compile(rf"(?<![\w-])(?:{_VENUES})\s+{_NOT_TO_COME}{{0,3}}?(?:был[аи]?\s+)?"
                r"(?:закрыт[аоы]?\b(?!\s+(?:только|лишь|частично)\b)|закрыли\b|"
                r"закрыл(?:ся|ась|ись)\b|не\s+работа\w*)|"
                rf"\bзакрыли\s+(?:[\w-]+\s+)?(?:{_VENUES})", re.I),
     re.compile(rf"(?<![\w-])(?:{_VENUES})\s+{_NOT_TO_COME}{{0,4}}?(?<!не\s)(?:открыт[аоы]?\b|"
                r"открыл(?:ся|ись|ась)|работа(?:ет|ют|л|ла|ли|ло)\b)", re.I)),
)
# a medicine out of stock, or in supply: «инсулина нет, кончился», «вакцины в поликлинике
# не было», «нехватка препарата» vs «перебоев с вакциной нет, запас препарата имеется»
_DRUGS = r"(?:вакцин|препарат|лекарств|медикамент|инсулин|сыворотк)\w*"
QUESTIONS += (
    ("лекарства нет",
     re.compile(rf"\b{_DRUGS}", re.I),
     re.compile(rf"\b{_DRUGS}\s+(?:[\w-]+\s+){{0,3}}?(?:нет\b|не\s+было\b|закончил\w*|"
                rf"кончил\w*)|\b(?:нехватк|дефицит|недостат)\w*\s+(?:[\w-]+\s+)?{_DRUGS}|"
                rf"\bне\s+хватал?\w*\s+(?:[\w-]+\s+)?{_DRUGS}", re.I),
     re.compile(rf"\bперебо\w*\s+(?:с\s+)?(?:[\w-]+\s+){{0,2}}?{_DRUGS}\s+(?:[\w-]+\s+){{0,3}}?"
                r"(?:нет|не\s+было|не\s+возникал\w*|не\s+фиксир\w*)\b|"
                r"\bзапас\w*\s+(?:[\w-]+\s+){0,2}?(?:имеется|имеются|есть|достаточ\w*)|"
                rf"\b{_DRUGS}\s+(?:[\w-]+\s+){{0,3}}?(?:имеется|имеются|есть|в\s+наличии|"
                r"хватает|достаточно)\b", re.I)),
)
# an exam, a vote, a test to be held again, or not: «девятые классы повторно напишут
# диктант 5 марта», «школы перепишут контрольную» vs «переписывать контрольную никто не
# будет», «повторного диктанта не будет», «повторно сдавать экзамен не придется»
_REDONE = r"(?:экзамен|ЕГЭ|ОГЭ|работ|контрольн|тест|олимпиад|диктант|голосовани|выбор)\w*"
QUESTIONS += (
    ("проведут повторно",
     re.compile(rf"\b{_REDONE}", re.I),
     re.compile(r"\b(?:перепиш\w+|переписыва\w+|переписать|пересда\w+|переголосова\w+|"
                r"повторно\s+(?:[\w-]+\s+)?(?:напиш\w+|пишут|писать|сдава\w+|сдад\w+|сдать|"
                r"проведут|провести|пройд\w+)|(?:напиш\w+|проведут)\s+(?:[\w-]+\s+){0,2}?заново)",
                re.I),
     re.compile(r"\b(?:переписыва\w+|переписать|пересдава\w+|пересдать|повторно\s+(?:писать|"
                r"сдавать|проводить))\s+(?:[\w-]+\s+){0,3}?(?:никто\s+|никому\s+)?не\s+(?:будет|"
                r"будут|придется|придётся|нужно|надо|станут)\b|"
                rf"\bповторн\w+\s+(?:[\w-]+\s+)?{_REDONE}\s+(?:[\w-]+\s+)?не\s+будет\b", re.I)),
)
# food samples a canteen must keep («суточные пробы»), kept or missing: «пробы хранились
# двое суток», «пробы сохранены» vs «суточных проб в столовой не было», «проб обеда
# инспекторы не нашли», «не сохранил пробы»
_SAMPLES = r"(?:суточн\w+\s+)?проб(?:а|ы|у|ой|ам|ами|ах)?\b"
QUESTIONS += (
    ("пробы сохранены",
     re.compile(rf"\b{_SAMPLES}", re.I),
     re.compile(rf"\b{_SAMPLES}\s+(?:[\w-]+\s+){{0,4}}?(?:был[аи]?|хранил\w*|сохранил\w*|"
                r"сохранен\w*|отобран\w*)\b|\b(?:сохранил\w*|отобрал\w*|хранил\w*)\s+"
                rf"(?:[\w-]+\s+)?{_SAMPLES}", re.I),
     # (missing far after, past a clause on the dishes: «проб котлет и салата, которые подали
     # детям в тот день, на кухне не оказалось»; not kept, near)
     re.compile(rf"\b{_SAMPLES}\s+(?:[\w«»\"№,-]+\s+){{0,12}}?не\s+(?:оказалось|нашли|"
                rf"обнаружил\w*)\b|\b{_SAMPLES}\s+(?:[\w«»\"№,-]+\s+){{0,4}}?не\s+(?:было|"
                r"хранил\w*|сохранил\w*|отбирал\w*)\b|\bне\s+(?:нашли|обнаружил\w*|"
                rf"сохранил\w*|отобрал\w*)\s+(?:[\w-]+\s+){{0,2}}?{_SAMPLES}|\b(?:отсутств\w*|"
                rf"нет)\s+(?:[\w-]+\s+)?{_SAMPLES}", re.I)),
)
# a building declared unsafe (for demolition) by the commission, or never: «барак признали
# аварийным в 2015-м» vs «аварийным он не признавался», «решения о признании барака
# аварийным комиссия не принимала»
QUESTIONS += (
    ("признан аварийным",
     re.compile(r"\bаварийн\w*", re.I),
     re.compile(r"(?<!не\s)\bпризна(?:н|на|но|ны|ли|л|ла|вали)\b\s+(?:[\w-]+\s+){0,3}?аварийн\w*|"
                r"\bаварийн\w+\s+(?:[\w-]+\s+){0,2}?(?:был[аио]?\s+)?признан[аоы]?\b", re.I),
     re.compile(r"\bаварийн\w+\s+(?:(?:он|она|оно|его|дом)\s+)?не\s+(?:был[аио]?\s+)?"
                r"(?:признава\w*|признан\w*|был[аио]?)\b|"
                r"\bне\s+(?:был[аио]?\s+)?признава?\w*\s+(?:[\w-]+\s+){0,2}?аварийн\w*|"
                r"\bрешени\w*\s+о\s+признании\s+(?:[\w-]+\s+){0,3}?аварийн\w*\s+"
                r"(?:[\w-]+\s+){0,4}?не\s+принима\w*", re.I)),
)
QUESTIONS += tuple(_charge_question(name, pat) for name, pat in CHARGES)
_NEG_BEFORE = re.compile(r"\b(?:не|ни|никогда|not|never|didn't|did\s+not)\s+(?:\w+\s+)?$", re.I)
# («блогера признали виновным»: the impersonal plural is a court's finding; «признал себя
# виновным» is a plea)
_VERDICT = re.compile(r"\bпризна(?:н|на|ны)\s+виновн\w*|\bcourt\b|\bjury\b|"
                      r"\bпризна(?:ли|л|ла|ет)\s+(?:(?!себя\b)[\w-]+\s+){0,3}?виновн\w*|"
                      # (a court's finding, not a plea told «в суде»: «суд признал ...»)
                      r"\bсуд(?:ья)?\s+(?:(?!не\b)[\w-]+\s+){0,3}?(?:признал|вынес|приговорил|"
                      r"осудил)\w*",
                      re.I)
# («готов», never a surname: «Готовцева»)
# (a readiness passport is a paper, not a readiness: «паспорт готовности»)
_IF = re.compile(r"\b(?:если|может|могут|готов(?:ы|а|о)?\b|(?<!паспорт\s)(?<!паспорта\s)"
                 r"готовност\w*|готови\w*|готовя\w*|"
                 r"намерен\w*|собира(?:ет|ют|л|л[аи])?ся|"
                 r"предлож\w*|склоня\w*|"
                 r"обещ\w*|мог\w*|должен|должны|рассчитыва\w*|надеемся|надеется|надеются|"
                 r"ожида\w*|if|may|might|would|hope\w*|expect\w*)\b", re.I)
# modal words whose reach is their own clause: «его отпустили домой, он готов дать
# показания» still tells he was sent home («может», «готов» say nothing of the clause
# before); a promise, a hope or a condition governs the clauses it introduces
_LOCAL_MOOD = re.compile(r"\b(?:может|могут|мог(?:ут|ли|ла|ло)?|готов(?:ы|а|о)?)\b", re.I)
_MOOD_CLAUSE = re.compile(r"[,;:—–()«»\"“”]|\s(?:и|а|но)\s", re.I)


def _in_local_mood(text: str, m: re.Match[str]) -> bool:
    """Whether an answer's clause holds a modal word of _LOCAL_MOOD."""
    lo = max((x.end() for x in _MOOD_CLAUSE.finditer(text, 0, m.start())), default=0)
    stop = _MOOD_CLAUSE.search(text, m.end())
    return _LOCAL_MOOD.search(text, lo, stop.start() if stop else len(text)) is not None


# questions whose answer is an intent told («намерен обжаловать», «не собирается
# оспаривать»): a wish's words are the answer, a condition's («если суд откажет») are not
_INTENDED = {"обжалует"}
_CONDITION = re.compile(r"\b(?:если|if)\b", re.I)
_INTENDED_ABOUT = tuple(about for name, about, _yes, _no in QUESTIONS if name in _INTENDED)


# advice tells what one should do, not what was done: it answers no question of a deed
# told by its manner (help called at once or late)
_TOLD_OF_DEEDS = {"помощь вызвана сразу"}
# questions of a state on a day, which a habit of years answers not
_OF_NOW = {"лекарства нет", "заведение закрыто"}
_HABITUAL = re.compile(r"\b(?:в\s+последние\s+(?:годы|месяцы|несколько\s+лет)|регулярно|"
                       r"постоянно|периодически|годами|в\s+свое\s+время|в\s+детстве|"
                       r"то\s+[\w-]+\s+не\s+было|(?:\d+|два|три|четыре|пять|несколько)\s+раза?|"
                       r"не\s+раз)\b", re.I)
_ADVICE = re.compile(r"\b(?:призвал\w*|призыва\w*|рекомендова\w*|рекоменду\w*|совету\w*|"
                     r"следует|нужно|необходимо)\b", re.I)
# «не могут получить доступ», «не смогли добиться встречи»: a failure told, not a maybe
_CANNOT = re.compile(r"\bне\s+(?:мо[гж]\w*|смог\w*)\s+(?:[\w-]+\s+)?(?:получить|добиться)\b",
                     re.I)


# «yes» words that say «no» beside a denial: an event moved is called off for its day
# («экзамен отменен и перенесен»), but «фестиваль не отменили, его перенесли», «балет
# не снят, ближайшие показы перенесли» deny the calling off
_YES_BESIDE_NO = {"отменено": re.compile(r"перен", re.I)}


@read_once
@_safe
def _answer(f: Facts) -> list[tuple[str, bool, Value]]:
    """(question, yes/no, value) a claim answers; a conditional or a wish answers nothing."""
    c = f.sc.claim
    text = c.text
    # (the «cannot» is taken out only when a mood word is there at all: most claims
    # have none, and this runs on every claim)
    if QUESTION.search(text):
        return []  # a question answers nothing
    # (so does a conditional or a wish, but where the intent is the answer)
    uncannot = _CANNOT.sub("", text) if _IF.search(text) else ""
    mood = any(not _LOCAL_MOOD.fullmatch(x.group()) for x in _IF.finditer(uncannot))
    local = _LOCAL_MOOD.search(uncannot) is not None
    if mood and not (any(about.search(text) for about in _INTENDED_ABOUT)
                     and not _CONDITION.search(text)):
        return []
    out = []
    for name, about, verb, no in QUESTIONS:
        if not about.search(text) or (name == "признал вину" and _VERDICT.search(text)):
            continue
        if mood and name not in _INTENDED:
            continue
        if name in _OF_NOW and _HABITUAL.search(text):
            continue  # «в последние годы регулярно не хватало лекарств»: no day's answer
        if name in _TOLD_OF_DEEDS and _ADVICE.search(text):
            continue  # «призвали при первых признаках немедленно обращаться к врачу»
        answers: list[tuple[bool, re.Match[str]]] = []
        if no is not None:
            answers += [(False, m) for m in no.finditer(text)
                        if not _a_version(text, m) and not _an_alternative(text, m)
                        and not _learned(text, m)]
        for m in verb.finditer(text):
            if not about.search(text[max(0, m.start() - 40) : m.end() + 40]):
                continue  # the verb answers something else in the claim
            if _a_version(text, m) or _an_alternative(text, m) or _learned(text, m):
                continue
            if any(m.start() < n.end() and n.start() < m.end() for _y, n in answers):
                continue  # part of a «no» already read («задержан он не был»)
            if (weak := _YES_BESIDE_NO.get(name)) and weak.match(m.group(0)) and answers:
                continue  # «не отменили, а перенесли»: the move is how it was not called off
            answers.append((not _NEG_BEFORE.search(text[max(0, m.start() - 20) : m.start()]), m))
        # an answer the speaker quotes to call it false takes the other side: «Утверждать,
        # что мазут в реку не попал, — неправда»
        answers = [(yes != _called_false(text, m), m) for yes, m in answers]
        if local and name not in _INTENDED:
            answers = [(yes, m) for yes, m in answers if not _in_local_mood(text, m)]
        if len({yes for yes, _m in answers}) != 1:
            continue  # both answers in one claim (a comparison, a change): no answer
        yes, m = answers[0]
        if name in _PERSONAL and _group_told(f, m):
            continue  # «двое младших инспекторов ... уволены»: a group's, no one person's
        out.append((name, yes, Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                     m.group(0), name if yes else f"не {name}", name)))
    if not any(name == "погиб" for name, *_r in out):
        # a death at the scene is a death, though the claim tells of a survivor besides
        # («водитель скончался на месте, пассажир выжил»: no plain answer of its own)
        out += [("погиб", True, replace(v, value="погиб", key="погиб"))
                for name, yes, v in out if name == "умер на месте" and yes]
    return out


_FALSE_AFTER = re.compile(r"[^.;!?«»\"]{0,80}?(?:,\s*|\s+)[—–-]\s*(?:это\s+)?(?:просто\s+|"
                          r"абсолютн\w+\s+|полн\w+\s+|откровенн\w+\s+)?(?:неправда|ложь|"
                          r"вранье|враньё|не\s+соответствует\s+действительности)", re.I)
_THAT_BEFORE = re.compile(r"\bчто\s+(?:[\w-]+\s+){0,6}?$", re.I)


def _called_false(text: str, m: re.Match[str]) -> bool:
    """Whether an answer is told in a «что ...» clause its speaker then calls false."""
    return bool(_THAT_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
                and _FALSE_AFTER.match(text, m.end()))


# «не согласен с версией следствия о самоубийстве», «версию о поджоге отвергли»: an
# answer named as a version is no answer given, whatever the verb says of the version
_VERSION_OF = re.compile(r"\bверси\w+\s+(?:[\w-]+\s+){0,3}?(?:о|об|про)\s+(?:[\w-]+\s+){0,2}?$",
                         re.I)


def _a_version(text: str, m: re.Match[str]) -> bool:
    return _VERSION_OF.search(text, max(0, m.start() - 60), m.start()) is not None


# «а потом прочитал в газете, что меня, оказывается, сняли»: what the speaker learned
# others said, which his own words answer otherwise, is no answer of his
_LEARNED = re.compile(r"(?<![а-яё])(?:узна(?:л|ла|ли|ю|ем|ет|ют)|прочита(?:л|ла|ли)|"
                      r"услыша(?:л|ла|ли))(?![а-яё])[^.;!?]{0,60}?(?<![а-яё])что(?![а-яё])"
                      r"[^.;!?]{0,40}$|(?<![а-яё])оказывается(?![а-яё])[^.;!?]{0,25}$", re.I)


def _learned(text: str, m: re.Match[str]) -> bool:
    return _LEARNED.search(text, max(0, m.start() - 110), m.start()) is not None


# «Отставка или увольнение: что известно», «задержан или нет»: an answer put as one of two
# asks which, and answers nothing
_OR_BEFORE = re.compile(r"\bили\s+(?:[\w-]+\s+)?$", re.I)
_OR_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?или\b", re.I)


def _an_alternative(text: str, m: re.Match[str]) -> bool:
    return _OR_BEFORE.search(text, max(0, m.start() - 15), m.start()) is not None or \
        _OR_AFTER.match(text, m.end()) is not None


def _group_told(f: Facts, m: re.Match[str]) -> bool:
    """Whether a personal answer's verb is plural and told of a counted group before it in
    its clause («двое младших инспекторов, дежуривших в тот вечер, уволены»)."""
    if not re.search(r"(?:ны|ли|ись)$", m.group(0), re.I):
        return False
    lo = m.start() - 120
    return any(n >= 2 and lo <= v.start - f.sc.claim.start < m.start()
               for _frame, _cls, n, v in f.counts) or any(
        lo <= k.start - f.sc.claim.start < m.start() and k.value >= 2
        for k in f.sc.claim.counts)


def opposite_answers(facts: Sequence[Facts], story: Mapping[int, int]) -> set[frozenset[int]]:
    """Pairs of claims of one story that answer one of these questions yes and no: the
    rules above judge them (a dispute, or a change they know to tell apart: a case opened
    after a check), and the generic yes/no rule leaves them alone. (Not a person's
    questions: their rule may decline a pair for want of a name, judging nothing.)"""
    out: set[frozenset[int]] = set()
    for (name, _s), items in _answer_index(facts, story).items():
        if name not in _PERSONAL and len(items) <= MAX_GROUP:
            out |= {frozenset({fa.sc.id, fb.sc.id})
                    for (fa, ya, _va), (fb, yb, _vb) in combinations(items, 2)
                    if ya != yb and fa.sc.id != fb.sc.id}
    return out


def _answer_index(facts: Sequence[Facts], story: Mapping[int, int]
                  ) -> dict[tuple[str, int], list[tuple[Facts, bool, Value]]]:
    """Every answer the claims give, by question and story (the rules of answers read
    the claims through it: each claim's answers are read once, `_answer`)."""
    index: dict[tuple[str, int], list[tuple[Facts, bool, Value]]] = defaultdict(list)
    before: list[tuple[str, bool, Value]] = []
    for k, f in enumerate(facts):
        answers = _answer(f)
        if not answers and k and facts[k - 1].sc.doc_id == f.sc.doc_id:
            answers = _among_them(f, before)
        for name, yes, v in answers:
            index[(name, story.get(f.sc.doc_id, -f.sc.doc_id))].append((f, yes, v))
        before = answers
    return index


# one of a group the claim before told of: «По делу задержаны пятеро. Среди них —
# владелец автосервиса Иван Петров.»
_AMONG_THEM = re.compile(r"^\W*(?:среди\s+них|в\s+их\s+числе)\b", re.I)


def _among_them(f: Facts, before: list[tuple[str, bool, Value]]) -> list[tuple[str, bool, Value]]:
    """The personal «yes» answers of the claim before, given by a claim naming one of
    their group; the answer's span runs to the person named (see _AMONG)."""
    c = f.sc.claim
    if (m := _AMONG_THEM.match(c.text)) is None:
        return []
    named = [e for e in c.entities if e.type == "PER" and e.start >= c.start + m.end()]
    if not named:
        return []
    end = min(e.start for e in named)
    return [(name, True, replace(v, claim=f.sc.id, start=c.start + m.start(), end=end,
                                 text=c.text[m.start() : end - c.start]))
            for name, yes, v in before if yes and name in _PERSONAL]


MAX_ANSWERS = 8  # claims of a story giving one answer past this: its refrain


def _two_voices(fa: Facts, fb: Facts) -> bool:
    """Whether two claims are told by two people: both speakers named persons with no
    word in common (a body and its spokesperson are one voice)."""
    a, b = fa.sc.claim, fb.sc.claim
    if a.speaker_kind != "PER" or b.speaker_kind != "PER":
        return False
    return not set(fold(a.speaker or "").split()) & set(fold(b.speaker or "").split())


def answer_agreements(facts: Sequence[Facts], story: Mapping[int, int],
                      people: People) -> set[tuple[int, int]]:
    """Pairs of claims of one story, in two reports, that give one question one answer in
    one voice («пассажир попытался открыть дверь аварийного выхода» and «в авиакомпании
    заявляли, что мужчина пытался открыть дверь в полете»): one account retold. Two
    named speakers, two people the answer is of, or two days of a day's question tell
    two."""
    out: set[tuple[int, int]] = set()
    for (name, _s), told in _answer_index(facts, story).items():
        for answer in (True, False):
            items = [f for f, yes, _v in told if yes is answer and not _other_time(f)]
            if len(items) > MAX_ANSWERS:
                continue
            for fa, fb in combinations(items, 2):
                if fa.sc.doc_id == fb.sc.doc_id or _two_voices(fa, fb) or \
                        not _same_people(fa, fb, people) or \
                        (name in _OF_A_DAY and _answer_day(fa) != _answer_day(fb)):
                    continue
                out.add((min(fa.sc.id, fb.sc.id), max(fa.sc.id, fb.sc.id)))
    return out


def polarity_conflicts(facts: Sequence[Facts], story: dict[int, int],
                       people: People) -> list[Group]:
    """One question of one story answered yes and no. Claims naming people must name the
    same one; a claim naming no one joins only when the story names one person for it."""
    out = []
    for (name, _s), items in _answer_index(facts, story).items():
        if len(items) > MAX_GROUP:
            continue
        if name in _PERSONAL:
            g = _personal_pairs(name, items, people)
            if g is not None:
                out.append(g)
            continue
        g = Group("statement", f"{name}?", ("answer", name))
        for (fa, ya, va), (fb, yb, vb) in combinations(items, 2):
            if ya == yb or fa.sc.id == fb.sc.id or not _same_people(fa, fb, people):
                continue
            if name not in _STANDING and (_years_before(fa, va) or _years_before(fb, vb)):
                continue  # «тогда, в 2017 году, семья заплатила»: an earlier affair's answer
            if name in _OF_A_BUILDING and _two_buildings(fa, fb):
                continue  # the neighbouring house, or house № 11 against № 9
            if name in _ORDERED and _then(fa, ya, fb, name):
                continue  # granted after it was refused: a change, not a dispute
            if name in _OF_A_MONTH and _two_months(fa, fb):
                continue  # September's wages paid, October's not: two payments
            if name in _OF_A_KIND and _two_kinds(fa, fb, name):
                continue  # the short-acting one in stock, the long-acting one short
            if name in _OF_A_CASE and _two_cases(fa, fb):
                continue  # a case of riots denied, one of disorder opened: two cases
            if _days_apart_too_far(name, fa, fb):
                continue  # stopped one day, working the next: a repair, not a dispute
            g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out


def _years_before(f: Facts, v: Value) -> bool:
    """Whether an answer is of an affair a year or more before its report: told after
    such a date or in its clause, or after «тогда» in a claim naming one («в 2015 году
    пропал сын фермера; тогда выкуп отдали»). A state told before an old date that
    follows it is no old answer («разрешение у фирмы имеется, его выдали в 2020 году»)."""
    c = f.sc.claim
    ref = f.sc.published or c.said_on
    if another_affair(f):
        return True
    old = [d for d in c.dates if ref and d.date_to < str(ref)
           and days_apart(d.date_to, str(ref)) > 365]
    if not old:
        return False
    # (the clause between commas: an old date in a participle's aside is the aside's)
    at, end = v.start - c.start, v.end - c.start
    lo = max((m.end() for m in _COMMA.finditer(c.text, 0, at)), default=0)
    stop = _COMMA.search(c.text, end)
    hi = stop.start() if stop else len(c.text)
    return any(d.start - c.start < hi for d in old) or \
        _THEN.search(c.text[lo:at]) is not None


_THEN = re.compile(r"(?<![а-яё])тогда(?![а-яё])", re.I)
_COMMA = re.compile(r"[,;:—–()«»]")


def charge_conflicts(facts: Sequence[Facts], story: dict[int, int],
                     people: People) -> list[Group]:
    """What one story's accused are charged with, told as a state's security by one report
    and as trade by another («обвинения в шпионаже» / «подозревают в незаконной
    предпринимательской деятельности»); a claim naming both classes lists the charges."""
    index: dict[int, list[tuple[Facts, str, Value]]] = defaultdict(list)
    for f in facts:
        if not _CHARGED_NOW.search(f.sc.claim.text) or _other_time(f):
            continue  # (a cheap test first: the yes/no rule reads every claim's answers)
        c = f.sc.claim
        named = [(name.removeprefix(_CHARGE), v) for name, yes, v in _answer(f)
                 if yes and name.startswith(_CHARGE) and _CHARGED_NOW.search(
                     c.text[max(0, v.start - c.start - 25) : v.end - c.start])]
        classes = {_CHARGE_CLASS.get(n, "") for n, _v in named}
        if len(classes) == 1 and "" not in classes:
            n, v = named[0]
            index[story.get(f.sc.doc_id, f.sc.doc_id)].append(
                (f, classes.pop(), Value(v.claim, v.start, v.end, v.text, n, n)))
    out = []
    for items in index.values():
        if len(items) > MAX_GROUP:
            continue
        g = Group("statement", "в чем обвиняют?", ("charge",))
        for (fa, ka, va), (fb, kb, vb) in combinations(items, 2):
            if ka == kb or fa.sc.doc_id == fb.sc.doc_id or not _same_people(fa, fb, people) \
                    or days_apart(_when(fa), _when(fb)) > _CHARGE_DAYS:
                continue
            g.pairs.append((va, vb, 0.5))
        out.append(g)
    return out


_CHARGE = "обвинение: "
# a charge brought in this case, now: «предъявлены обвинения», «обвиняют», «вменяет»; not
# the past of others told beside it («которых обвиняли в контрабанде», «осужденных или
# обвиняемых в шпионаже», «по делу о шпионаже»)
# (a case opened, «возбуждено дело о хулиганстве», or the act read, «квалифицировали как
# массовые беспорядки», names the charge of this case too)
_CHARGED_NOW = re.compile(r"\b(?:предъявл\w+|обвиняю?т|обвиняет|обвинил[аи]?|подозревае?т|"
                          r"возбу(?:д|жд)\w+|квалифицир\w+|"
                          r"подозревают|вменяе?т|вменяют|charged|accuses?)\b", re.I)
_CHARGE_DAYS = 7  # (a charge may change as a case goes on: weeks apart are two stages)


# one person's answers, not an event's
_PERSONAL = {"признал вину", "задержан", "ушел сам", "погиб", "покинул должность", "перелом",
             "уволен", "уехал и в розыске", "арестован", "пьян", "отпущен домой",
             "умер на месте", "обжалует"}
# answers told by what was done to the person («губернатор отстранил главу района Сергея
# Лапшина от должности»): the person named in the answer, not the one who did it
# (or a decision to: «решение уволить директора Олега Рябова», «решение об увольнении
# главврача Анны Котовой»)
_DONE_TO = re.compile(r"^(?:решил\w*\s+|решени\w*\s+(?:[\w-]+\s+){0,2}?)?(?:уволил|уволить|"
                      r"отстранил|отстранить|снял|отправил|отправить|освободил|освободить|"
                      r"об\s+увольнени|об\s+отставк)\w*",
                      re.I)
_DONE_TO_PASSIVE = re.compile(r"^(?:уволен|отстранен|освобожден|снят)\w*", re.I)
# an answer told as one of a list names its person after it: «Среди погибших — водитель
# маршрутки Олег Лебедянцев»
_AMONG = re.compile(r"^среди\b", re.I)
# questions whose «yes» lasts once given: a «no» after a «yes» contradicts it, a «yes»
# after a «no» is what happened next
_ORDERED = {"консульский доступ", "погиб", "деньги поступили", "дело возбуждено",
            "отпущен домой"}
# ordered questions whose answer, told with no day, is of its report's day (a case is
# opened once; «не возбуждалось» speaks of the day it is said; a patient's bed or home is
# where he is when told)
_TOLD_ON_ITS_DAY = {"дело возбуждено", "отпущен домой"}
# questions whose «yes», given years ago, stands until undone: a house declared unsafe in
# 2019 is unsafe now, so an old date makes no earlier affair of it
_STANDING = {"признан аварийным"}
# questions of one building, which a number or «соседний» tells from another
_OF_A_BUILDING = {"признан аварийным"}
_HOUSE_NUMBER = re.compile(r"(?:№|номер)\s*(\d+)", re.I)
_NEIGHBOUR = re.compile(r"(?<![а-яё])соседн\w*", re.I)


def _two_buildings(a: Facts, b: Facts) -> bool:
    """Whether two claims speak of two buildings: numbered differently, or one of them
    the neighbour of the story's («соседний дом № 11 признали аварийным»)."""
    na = set(_HOUSE_NUMBER.findall(a.sc.claim.text))
    nb = set(_HOUSE_NUMBER.findall(b.sc.claim.text))
    return bool(na and nb and not na & nb) or \
        any(_NEIGHBOUR.search(f.sc.claim.text) for f in (a, b))


# questions of one kind of thing, which the adjective beside its word may tell from
# another: «короткий инсулин в аптеках есть» is not the long-acting one «не хватает»;
# «открытые работы продолжаются» are not the underground works «приостановлены»
_OF_A_KIND = {"лекарства нет": re.compile(rf"\b{_DRUGS}", re.I),
              "остановлены работы": re.compile(r"\bработ\w*", re.I)}
# adjectives that tell no kind: «все работы приостановлены»
_NO_KIND = frozenset({"весь", "всё", "этот", "такой", "любой", "свой", "наш", "никакой",
                      "другой", "остальной"})


def _kinds(f: Facts, name: str) -> set[str]:
    """The lemmas of the adjectives right before a claim's words of the thing a question
    asks of («льготного инсулина»: {«льготный»}), and of those after it in the genitive
    («инсулина длительного действия»: {«длительный»}); read once a claim and question."""
    key = f"kinds: {name}"
    if key not in f.memo:
        text, out = f.sc.claim.text, set()
        for m in _OF_A_KIND[name].finditer(text):
            near = tokens(text[max(0, m.start() - 30) : m.start()])[-1:] + \
                tokens(text[m.end() : m.end() + 30])[:1]
            out |= {lem for t in near if _pos(t.w) == "ADJF"
                    and (lem := _lemma(t.w)) not in _NO_KIND}
        f.memo[key] = out
    return f.memo[key]  # type: ignore[no-any-return]


def _two_kinds(a: Facts, b: Facts, name: str) -> bool:
    ka, kb = _kinds(a, name), _kinds(b, name)
    return bool(ka and kb and not ka & kb)


# questions of one criminal case, which its article tells from another
_OF_A_CASE = {"дело возбуждено"}


def _two_cases(a: Facts, b: Facts) -> bool:
    """Whether two claims tell of cases under two articles, by number or by the crime's
    name: «дело о вымогательстве не возбуждалось» does not deny the case opened under
    «ч. 1 ст. 321 УК» (a claim naming no article may tell of either)."""
    ca, cb = a.sc.claim, b.sc.claim
    xa, xb = articles(ca.text, ca.lemmas), articles(cb.text, cb.lemmas)
    return bool(xa and xb and not xa & xb)


# questions whose answers may each be of one month («зарплата за октябрь перечислена»,
# «часть сентябрьской зарплаты выплачена»): answers of two months answer two questions
_OF_A_MONTH = {"деньги поступили"}
# (a month's word after «за» in any case, or its adjective before «зарплата»)
_FOR_MONTH = re.compile(rf"(?<![а-яё])[Зз]а\s+({MONTH_WORD})|"
                        r"(?<![а-яё])([а-яё]+ск(?:ой|ая|ую|ий|ие|их))\s+(?:[\w-]+\s+)?зарплат")


def _months(f: Facts) -> set[int]:
    """The months a claim's payment is told of («за октябрь», «сентябрьской зарплаты»)."""
    out = set()
    for m in _FOR_MONTH.finditer(f.sc.claim.text):
        try:
            out.add(month_number(m.group(1) or m.group(2)))
        except KeyError:
            continue  # «российской зарплаты»: no month
    return out


def _two_months(a: Facts, b: Facts) -> bool:
    """Whether two claims tell of payments of different months."""
    ma, mb = _months(a), _months(b)
    return bool(ma and mb and not ma & mb)


# questions whose every answer must name its person: «задержали на неделю» (wages) or
# «рейс задержали» name no one; _NAMED_ONLY's answers are of one day too (a person is
# detained on one day, let go on another), _OF_ONE's of any days (dead stays dead)
_NAMED_ONLY = {"задержан", "арестован"}
# questions whose answers hold for a day or so (days apart they may be a change)
# (a hospital's department stays shut for days: answers four days apart still dispute)
_OF_A_DAY = {"работа остановлена": 1, "отделение закрыто": 4, "покинул должность": 2,
             "остановлены работы": 3, "отпущен домой": 3, "рейс выполнен": 0,
             "заведение закрыто": 0, "лекарства нет": 3,
             # (an intent may change: «решил не обжаловать» a week after «намерен»)
             "обжалует": 3}
_OF_ONE = {"погиб", "умер на месте"}
# a patient's bed or home: each answer must tell of its one person (several are hurt in
# most stories: «им оказали помощь и отпустили домой» is some of them)
_OF_ONE_PATIENT = {"отпущен домой"}


_SINCE_DAY = re.compile(rf"(?<![а-яё])(?:начиная\s+)?со?\s+(?:(?:{WEEKDAY_GENITIVE}),?\s+)?$",
                        re.I)


def _answer_day(f: Facts) -> str:
    """The day an answer is of: the one day it states, else the end of a period it states
    that closed before it was told («еще в феврале работы не останавливали» is February's
    answer), else the day it was told."""
    c = f.sc.claim
    # («со среды, 4 марта, роддом не принимает рожениц»: a state held since that day,
    # answered on the day it is told)
    dates = [d for d in c.dates if not _SINCE_DAY.search(c.text[: d.start - c.start])]
    day = stated_day(f) if len(dates) == len(c.dates) else None
    if day:
        return day
    told = _when(f)
    ended = [d.date_to for d in dates if told and d.date_to < told]
    return max(ended) if ended else told


# answers a person gives of themselves: «Я написал заявление по собственному желанию»,
# «Сомов настаивал, что уволился добровольно» (the speaker is the one who left, when the
# answer names no one else)
_SELF_TOLD = {"ушел сам"}
# a leaving told in the plural («подали», «написали», «уволились»): a group's, no one's own
_MANY_LEFT = re.compile(r"(?<![а-яё])[а-яё]+(?:ли|лись)(?![а-яё])", re.I)


def _speaker_key(f: Facts, people: People) -> str | None:
    """The person a claim's speaker is, when named in full."""
    key = people.key(f.sc.claim.speaker or "")
    return key if key and len(key.split()) >= 2 else None


def _days_apart_too_far(name: str, fa: Facts, fb: Facts) -> bool:
    """Whether two answers to a question of a day (_OF_A_DAY) are told of days too far
    apart to dispute each other."""
    return name in _OF_A_DAY and days_apart(_answer_day(fa), _answer_day(fb)) > _OF_A_DAY[name]


def _personal_pairs(name: str, items: list[tuple[Facts, bool, Value]],
                    people: People) -> Group | None:
    """Yes and no from one person: the subjects of the answers must be one person; an
    answer with no subject («его подзащитный») joins only when the story's answers name
    exactly one person."""
    if name in _SELF_TOLD:
        # («учителя написали заявления», «уволились 30 педагогов»: many leaving, not the one)
        items = [(f, y, v) for f, y, v in items if not (y and _MANY_LEFT.search(v.text))]
    subjects = [
        # (a patient by name only: the report's protagonist is seldom the patient, «она» in
        # a consul's words is not the consul)
        # (or by the one description the story gives him: «инструктор группы остается
        # в больнице» of a report naming «инструктор группы Денис Котов»)
        _subject(f, v, people) or _inside(f, v, people, after=0) or _described(f, v, people)
        if name in _OF_ONE_PATIENT else
        # (an intent is its speaker's own, «подавать в суд она не собирается» in her
        # words, unless the speaker tells a client's, «мой подзащитный намерен
        # обжаловать», which names no one; only a person named counts: «прокуратура не
        # намерена оспаривать приговор» and «защита будет обжаловать» are two parties)
        _subject(f, v, people) or (None if _CLIENT.search(f.sc.claim.text) else
                                   _speaker_key(f, people))
        if name in _INTENDED else
        _inside(f, v, people, after=60) if _AMONG.match(v.text) else
                # (a title may stand between: «уволил главу администрации района Петра
                # Иванова»)
                _inside(f, v, people, after=60) if _DONE_TO.match(v.text) else
                # (a passive told before its subject: «уволен начальник отдела Олег Рябов»)
                _subject(f, v, people) or _inside(f, v, people, after=0) or (
                    _inside(f, v, people, after=60) if _DONE_TO_PASSIVE.match(v.text)
                    else None) or (
                    _object(f, v, people) or _self(f, v, people) or
                    _speakers_kin(f, v, people) or
                    _antecedent(f, v, people) or
                    _described(f, v, people) or _role_subject(f, v)
                    if name in _NAMED_ONLY else
                    # (a role right before the answer, «водитель грузовика погиб», is
                    # surer than the report's protagonist)
                    _self(f, v, people) or _role_subject(f, v) or _told_of(f, v, people))
                or (_speaker_key(f, people) if y and name in _SELF_TOLD else None)
                for f, y, v in items]
    named = {s for s in subjects if s}
    if not named:
        return None  # nobody named (a group's guilt); with several, only answers naming
        # the same person compare (below)
    who = next(iter(named)) if len(named) == 1 else None
    g = Group("statement", f"{_title(who)}: {name}?" if who else f"{name}?", ("answer", name))
    answers = list(zip(items, subjects, strict=True))
    for ((fa, ya, va), sa), ((fb, yb, vb), sb) in combinations(answers, 2):
        if ya == yb or fa.sc.id == fb.sc.id:
            continue
        if (name in _NAMED_ONLY or name in _OF_ONE or name in _OF_ONE_PATIENT
                or name in _INTENDED) and (sa is None or sa != sb):
            continue  # each answer names its one person («38 погибли, 29 выжили»: no one)
        if name in _NAMED_ONLY and days_apart(_day(fa), _day(fb)) > max(
                _reach(fa, ya, fb, vb), _reach(fb, yb, fa, va)):
            continue
        if _days_apart_too_far(name, fa, fb):
            continue  # in office one week, gone the next: a change
        if sa != sb and not (who and (sa or who) == (sb or who)):
            continue
        if who and any(s is None and _names_another(f, who, people)
                       for f, s in ((fa, sa), (fb, sb))):
            continue  # («директор другой компании Анна Кравец ... вину признала»)
        if name in _ORDERED and _then(fa, ya, fb, name):
            continue
        g.pairs.append((va, vb, 0.6))
    return g


# people of an accident told by their part in it, never named by some reports: «водитель
# грузовика погиб на месте» / «водитель грузовика жив, он в реанимации»
_ROLE_SUBJECT = re.compile(r"(?<![а-яё])(водител|машинист|пилот|капитан|командир|штурман|"
                           r"охранник|сторож|инструктор|проводни[кц])[а-яё]*"
                           r"(?:\s+([а-яё]+))?\s+(?:(?:был[аио]?|уже|тоже|также)\s+)?$", re.I)


def _role_subject(f: Facts, v: Value) -> str | None:
    """The one person an answer tells of by an accident's role right before it, with the
    vehicle or body the role is of («водитель грузовика»): a subject for answers that
    name no one, when no name or description holds."""
    c = f.sc.claim
    upto = v.start - c.start
    m = _ROLE_SUBJECT.search(c.text[_clause_start(c.text, upto) : upto])
    if m is None:
        return None
    of = fold(_lemma(m.group(2))) if m.group(2) else ""
    return f"{m.group(1).lower()} {of}".strip()


def _then(fa: Facts, ya: bool, fb: Facts, name: str) -> bool:
    """Whether the yes of an ordered question came after its no: what happened next
    (granted after a refusal; died after being told alive), not a dispute."""
    day_a, day_b = _day(fa), _day(fb)
    if name in _OF_A_MONTH or name in _TOLD_ON_ITS_DAY:
        # (a payment a claim names no day for is of its report's: a month's wages are
        # paid once, told the day they came; a visit told in the past tense, «консулы
        # посещали его неоднократно», covers the days before)
        day_a, day_b = day_a or fa.sc.published or "", day_b or fb.sc.published or ""
    yes_day, no_day = (day_a, day_b) if ya else (day_b, day_a)
    return bool(yes_day and no_day and yes_day > no_day)


# a denial in the past tense («его не задерживали», «не задерживалась») speaks of the days
# before it was said, up to this many: it denies a detention reported days earlier
# (so is «допросили как свидетеля»: he was questioned, not held, on the day told before)
_PAST_DENIAL = re.compile(r"^не\s+\w+(?:л|ла|ло|ли|лся|лась|лось|лись)$|^(?:допрошен|допросили|"
                          r"допрашивали)\w*\s|"
                          r"^(?:has|have|had)\s+not\s+been\b", re.I)
_DENIAL_REACH = 7


def _reach(fa: Facts, ya: bool, fb: Facts, vb: Value) -> int:
    """How many days apart a yes (a) and a no (b) to one person's detention may be: one,
    or a week when the no is a past-tense denial told after the yes."""
    # (the denial holds up to when it was said: «его не задерживали, в понедельник он дал
    # показания» told on Thursday denies a detention told on Wednesday)
    if ya and _PAST_DENIAL.match(vb.text) and \
            _day(fa) <= max(_day(fb), fb.sc.claim.said_on or fb.sc.published or ""):
        return _DENIAL_REACH
    return 1


def _names_another(f: Facts, who: str, people: People) -> bool:
    """Whether a claim names in full a person other than `who` and its speaker: an answer
    of no subject of its own in such a claim may be that person's, not `who`'s."""
    speaker = people.key(f.sc.claim.speaker or "")
    return any(k != who and k != speaker and len(k.split()) >= 2
               for k in people.keys(f.sc))


def _told_of(f: Facts, v: Value, people: People) -> str | None:
    """The person an answer with no name is about: the report's protagonist, when the
    clause tells of one person by a pronoun or by what he is («обвиняемый частично
    признал вину», «Он ничего не признавал»)."""
    who = people.protagonist(f.sc.doc_id)
    if who is None:
        return None
    c = f.sc.claim
    upto = v.start - c.start
    marks = list(_CLAUSE_START.finditer(c.text[:upto]))
    # a quotation opened in mid-clause («чиновник „дал показания“») keeps its speaker's
    # clause: the subject stands before the quote mark
    if marks and marks[-1].group() in "«\"":
        marks.pop()
    clause = c.text[marks[-1].end() if marks else 0 : upto + 40]
    nouns = {fold(_lemma(w)) for w in re.findall(r"[А-Яа-яЁё-]+", clause)}
    return who if ONE_PERSON.search(clause) or nouns & PERSON_NOUNS or any(
        people.describes(f.sc, n, who) for n in nouns) else None


def _day(f: Facts) -> str:
    """The day a claim speaks of: its first stated day, else the day it was said (a day
    a state holds since, «в реанимации с субботы», is no day of it)."""
    c = f.sc.claim
    days = [d.date_from for d in c.dates if d.precision == "day"
            and not _SINCE_DAY.search(c.text[: d.start - c.start])]
    return days[0] if days else (f.sc.claim.said_on or "")


_CLIENT = re.compile(r"\b(?:подзащитн|обвиняем|подозреваем|фигурант|доверител|клиент)\w*", re.I)


def _described(f: Facts, v: Value, people: People) -> str | None:
    """The one person a named-only answer tells of without a name: by a description the
    story gives one person («руководитель лагеря задержана»), or as a lawyer's client
    («мою подзащитную допросили как свидетеля»), the report's protagonist."""
    speaker = people.key(f.sc.claim.speaker or "")
    described = people.described(f.sc) - {speaker}
    if len(described) == 1:
        return next(iter(described))
    if _CLIENT.search(f.sc.claim.text):
        # (the client the lawyer's role names, «адвокат машиниста», before the protagonist;
        # in a report about no one person, the one named last before: «капитан Олег Петров
        # задержан. Его адвокат ... опроверг: «Мой подзащитный не задерживался»»)
        return people.client(f.sc) or people.protagonist(f.sc.doc_id) or \
            people.last_named(f.sc.doc_id, v.start, but=speaker)
    return None


def _inside(f: Facts, v: Value, people: People, after: int = 30) -> str | None:
    """The person named within an answer, or up to `after` characters after it
    («отстранил главу района Сергея Лапшина от должности»)."""
    for e in sorted(f.sc.claim.entities, key=lambda e: e.start):
        if e.type == "PER" and v.start <= e.start <= v.end + after:
            return people.resolve(e.name, f.sc.doc_id, e.start)
    return None


def _object(f: Facts, v: Value, people: People) -> str | None:
    """The person named right after the answer («задержали Ивана Петрова»)."""
    c = f.sc.claim
    for e in sorted(c.entities, key=lambda e: e.start):
        if e.type == "PER" and 0 <= e.start - v.end <= 30 and \
                "," not in c.text[v.end - c.start : e.start - c.start]:
            return people.resolve(e.name, f.sc.doc_id, e.start)
    return None


# a personal pronoun right before an answer («никто его не задерживал», «ее задержали»):
# the answer is of the person the claim named before it
_PRONOUN_BEFORE = re.compile(r"(?<![а-яё])(?:его|её|ее|он|она)"
                             r"(?:\s+(?:никто|никогда|не|уже|так\s+и))*\s*$", re.I)


def _antecedent(f: Facts, v: Value, people: People) -> str | None:
    """The person a pronoun before an answer stands for: the one the claim names in an
    earlier clause («Иван Петрович сейчас в Стамбуле, его никто не задерживал»), when it
    names one only there (two would leave «его» open). The speaker is not it: a lawyer's
    «его не задерживали» is of her client."""
    c = f.sc.claim
    upto = v.start - c.start
    lo = _clause_start(c.text, upto)
    if not _PRONOUN_BEFORE.search(c.text[lo:upto]):
        return None
    speaker = people.key(c.speaker or "")
    named = {k for e in c.entities if e.type == "PER" and e.end - c.start <= lo
             and (k := people.resolve(e.name, f.sc.doc_id, e.start)) is not None} - {speaker}
    if not named and not any(e.type == "PER" and e.start < v.start for e in c.entities):
        # a claim that opens on the pronoun («Никто его не задерживал, у палаты нет
        # полиции») continues the sentences before it: he is the one the report named in
        # full last (not the speaker)
        return people.last_named(f.sc.doc_id, c.start, but=speaker)
    return next(iter(named)) if len(named) == 1 else None


# a man of the speaker's family told of by his kinship: «Мужа никто не задерживал», said by
# his wife («сына», «брата», «отца»)
_KIN_MAN = re.compile(r"(?<![а-яё])(?:муж|сын|брат|от[е]?ц)(?:а|у|ом|е)?(?![а-яё])", re.I)
_FEMININE_SURNAME = re.compile(r"(?<=ов|ев|ёв|ин|ын)а$")


# the speaker of himself: «Меня никто не увольнял», «я в отпуске», «меня не задерживали»
_FIRST_PERSON = re.compile(r"(?<![а-яё])(?:меня|я|мне)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _self(f: Facts, v: Value, people: People) -> str | None:
    """The speaker, named in full, when the answer's clause tells of «меня», «я» right
    before it."""
    c = f.sc.claim
    upto = v.start - c.start
    clause = c.text[_clause_start(c.text, upto) : upto]
    return _speaker_key(f, people) if _FIRST_PERSON.search(clause) else None


def _speakers_kin(f: Facts, v: Value, people: People) -> str | None:
    """The man a speaker calls her husband (his son, brother, father) in the clause of an
    answer: the one person of the report with the speaker's surname in its masculine form,
    other than the speaker."""
    c = f.sc.claim
    upto = v.start - c.start
    if not _KIN_MAN.search(c.text[_clause_start(c.text, upto) : upto]):
        return None
    speaker = people.key(c.speaker or "")
    if not speaker or len(speaker.split()) < 2:
        return None
    surname = _FEMININE_SURNAME.sub("", speaker.split()[-1])
    kin = people.in_doc(surname, f.sc.doc_id, v.start) or people.key(surname)
    return kin if kin and kin != speaker and len(kin.split()) >= 2 else None


_PARENTHESIS = re.compile(r"\s*(?:по\s+(?:информации|словам|данным|сведениям|версии|мнению)|"
                          r"как\s+(?:сообщ\w+|стало\s+известно|утвержда\w+|отмеча\w+)|"
                          r"со\s+ссылкой|according\s+to|"
                          # a relative clause or a participle phrase about the subject:
                          # «Андрей Кольцов, чей центр отвечал за ..., остается в должности»
                          # (its noun first: «Иван Петров, автомобиль которого въехал ...,
                          # задержан»)
                          r"(?:[а-яё]+\s+){0,2}?(?:ч(?:ей|ья|ье|ьи)|котор\w+)|"
                          r"[а-яё]+(?:вш|ющ|ящ)(?:ий|ая|ее|ие)(?:ся)?)\b",
                          re.I)
_CLAUSE_START = re.compile(r"[,;:«»\"—–]|\bчто\b|\bкак\b", re.I)


def _clause_start(text: str, upto: int) -> int:
    """Where the clause that ends at offset `upto` begins (past its last mark or «что»)."""
    return max((m.end() for m in _CLAUSE_START.finditer(text, 0, upto)), default=0)


# a name after a kinsman's noun is whose kin he is: «Сын Ксении выжил» tells of the son
_KIN_BEFORE = re.compile(r"(?<![а-яё])(?:сын|дочь|дочка|мать|отец|брат|сестра|жена|муж|вдова|"
                         r"ребенок|внук|внучка|племянник|племянница)\s+$", re.I)


def _kin_before(text: str, at: int) -> bool:
    return _KIN_BEFORE.search(text, max(0, at - 16), at) is not None


def _subject(f: Facts, v: Value, people: People) -> str | None:
    """The person who answers: the name nearest before the answer in its clause («Белов
    заключил соглашение и признал вину»), None when the clause names no one («его
    подзащитный вину не признает»)."""
    c = f.sc.claim
    upto = v.start - c.start
    starts = [m.end() for m in _CLAUSE_START.finditer(c.text[:upto])]
    lo = starts[-1] if starts else 0
    # «Командир Константин Лыков, по информации источника, был задержан»: a parenthesis
    # between the subject and its verb is stepped over, and the people it names with it
    # («Олег Седов, по словам губернатора Карпова, уволен»: not the governor)
    aside = (0, 0)
    if len(starts) >= 2 and _PARENTHESIS.match(c.text[starts[-2] : starts[-1]]):
        aside = (starts[-2], starts[-1])
        lo = starts[-3] if len(starts) >= 3 else 0
    best: tuple[int, str] | None = None
    for e in c.entities:
        if e.type == "PER" and lo <= e.start - c.start < upto and \
                not aside[0] <= e.start - c.start < aside[1] and \
                not _kin_before(c.text, e.start - c.start):
            key = people.resolve(e.name, f.sc.doc_id, e.start)
            if key and (best is None or e.start - c.start > best[0]):
                best = (e.start - c.start, key)
    for m in _SURNAME.finditer(c.text[lo:upto]):
        if _kin_before(c.text, lo + m.start()) or aside[0] <= lo + m.start() < aside[1]:
            continue
        word = fold(m.group(0))
        at = c.start + lo + m.start()
        key = people.in_doc(word, f.sc.doc_id, at) or \
            people.in_doc(_nominative(word), f.sc.doc_id, at)
        if key and (best is None or lo + m.start() > best[0]):
            best = (lo + m.start(), key)
    for m in _LATIN_NAME.finditer(c.text[lo:upto]):
        # «Mr Raevsky has not been detained»: a surname in Latin letters
        key = people.latin(m.group(0), f.sc.doc_id)
        if key and (best is None or lo + m.start() > best[0]):
            best = (lo + m.start(), key)
    return best[1] if best else None


_LATIN_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
