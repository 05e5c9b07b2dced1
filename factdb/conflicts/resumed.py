"""When a supply or a traffic cut off came back, told at times that cannot both hold.

Power, heat, water, gas, a road or a railway, an airline's systems: a story of an outage
tells when they came back, and reports disagree: «электроснабжение в полном объеме
восстановлено в 21:30 15 января» against «свет у них появился только в субботу утром, 17
января». Once everything is back, nothing comes back later; so a full restoration
contradicts any restoration told later, and a restoration told as late («только»,
«лишь») contradicts any earlier one not told as partial. Partial restorations by
districts, lines or a share of the homes are a change over time, never a conflict.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import combinations

from factdb.conflicts.facts import STILL, Facts, Value
from factdb.conflicts.groups import MAX_GROUP, Group
from factdb.conflicts.rules import _other_time, _when, another_affair, read_once
from factdb.conflicts.statements import hours_of_day
from factdb.extract.grammars import THEN_OPENING
from factdb.models import StatedDate

# What came back, by class: a claim that names none speaks of its story's most told one.
SERVICES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("электроснабжение", re.compile(r"\b(?:свет\w*|электр\w*|энергоснабжени\w*|"
                                    r"обесточ\w*|power|electricity)\b", re.I)),
    ("теплоснабжение", re.compile(r"\b(?:тепл[оау]\b|теплоснабжени\w*|отоплени\w*|батаре\w*|"
                                  r"heating)\b", re.I)),
    ("водоснабжение", re.compile(r"\b(?:вод[аыуе]|водоснабжени\w*|водопровод\w*|water)\b",
                                 re.I)),
    ("газоснабжение", re.compile(r"\b(?:газ|газа|газу|газоснабжени\w*)\b", re.I)),
    ("движение", re.compile(r"\b(?:движени\w*|трасс\w*|дорог[аиуе]\w*|перегон\w*|поезд\w*|"
                            r"проезд\w*|traffic)\b", re.I)),
    ("связь", re.compile(r"\b(?:связь|связи|интернет\w*|мобильн\w+\s+сет\w*)\b", re.I)),
    ("системы", re.compile(r"\b(?:систем\w*|регистраци\w*|работоспособност\w*|сервис\w*|"
                           r"сайт\w*|приложени\w*)\b", re.I)),
)

# The word that tells it came back, in the past: «восстановлено», «возобновили», «свет
# вернули», «тепло пошло», «подключены», «система заработала», «трассу открыли»
_BACK = re.compile(
    r"\b(?:восстановил\w*|восстановлен\w*|восстановить\s+удалось|удалось\s+восстановить|"
    r"возобновил\w*|возобновлен\w*|"
    # «восстановить регистрацию удалось лишь к полудню», «удалось вернуть»
    r"(?:восстановить|вернуть|возобновить|запустить)\s+(?:[\w-]+\s+){0,3}?удалось|"
    r"удалось\s+(?:[\w-]+\s+){0,2}?(?:восстановить|вернуть|возобновить|запустить)|"
    # «свет вернули», «подали тепло», «газ дали»
    r"(?:вернул[иаос]\w*|верн[её]н\w*|подал[иао]?|дал[иао]?|включил[иао]?)\s+(?:[\w-]+\s+){0,3}?(?:свет|тепло|электричество|газ|воду|вода|"
    r"отопление|связь|движение)\w*|"
    r"(?:свет|тепло|электричество|газ|вода|отопление|связь|движение)\w*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:вернул\w*|дали|подали|подан[оаы]?|включили)|"
    # (water that «пошла» or «появилась» may be a flood's: only light, heat and gas)
    r"(?:свет|тепло|электричество|газ)\s+(?:[\w-]+\s+){0,3}?(?:появил\w*|пош(?:ло|[её]л|ла)|"
    r"пришл[оаи]?|пришел|пришёл)|"
    # («район запитан полностью»: power fed again)
    r"подключен[аоы]?\b|подключили|запитан[аоы]?\b|запитали|заработал\w*|"
    r"(?:открыл[иа]?|открыт[аоы]?)\s+(?:[\w-]+\s+){0,2}?(?:для\s+)?(?:движени|трасс|дорог|"
    r"проезд|перегон|мост)\w*|(?:движени|трасс|дорог|проезд|перегон|мост)\w*\s+"
    r"(?:[\w-]+\s+){0,3}?(?:открыл[иа]?|открыт[аоы]?)\b|"
    r"restored|resumed)", re.I)
# a road opened, told with the road anywhere in the claim («Движение по перегону, где ...
# сошел с рельсов поезд, открыли лишь около 7 утра»)
_OPENED = re.compile(r"\b(?:открыл[иа]?|открыт[аоы]?)\b", re.I)
# still off until then: «оставались без света до субботы», «батареи оставались ледяными
# до утра пятницы, 20 ноября», «сидели без тепла до 20 ноября»
_OFF_UNTIL = re.compile(r"\b(?:оставал\w*|сидел\w*|жил[иа]?|был[иа]?)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:без\s+\w+|холодн\w+|ледян\w+|обесточ\w+)\s+(?:[\w-]+\s+){0,2}?до\b",
                        re.I)
# not (yet) back, or back only in the future or in a plan: no moment it came back
_NOT_BACK = re.compile(r"\b(?:не\s+(?:[\w-]+\s+)?(?:восстанов|возобнов|подключ|заработ|"
                       r"открыт|открыл|удалось)\w*|будет|будут|планиру\w*|обеща\w*|"
                       r"рассчитыва\w*|ожида\w*|должн\w*|намерен\w*|прогноз\w*|срок\w*|"
                       r"восстановят|возобновят|подключат|вернут|откроют|заработает|"
                       r"постепенно|поэтапно)\b", re.I)
# a part brought back, not the whole: a share of the homes, a district, one track
_PARTIAL = re.compile(r"\b(?:частичн\w*|частью|для\s+(?:\d|[\w-]+\s+тысяч)|"
                      r"(?:\d+|[\w-]+)\s+(?:тыс\.|тысяч\w*)|некоторых|первы[ех]\s+|"
                      r"по\s+одному\s+пути|по\s+одной\s+полосе|в\s+одну\s+сторону|"
                      r"в\s+тестов\w+|в\s+ограниченн\w+|временн\w+\s+схем\w*|"
                      r"partial\w*|some)\b", re.I)
_FULL = re.compile(r"\b(?:полност\w*|в\s+полном\s+объеме|всем\b|во\s+все\b|все\s+(?:[\w-]+\s+)?"
                   r"(?:потребител|дома|квартир|абонент|жител|поселк|сел|район|ключев|систем)\w*|"
                   r"последни[ех]\s+(?:[\w-]+\s+){0,2}?(?:дома|потребител|абонент|квартир)\w*|"
                   r"целиком|в\s+штатн\w+\s+режим\w*|в\s+обычн\w+\s+режим\w*|fully)\b", re.I)
# the day after the one named: «вечером следующего дня», «на следующий день»
_NEXT_DAY = re.compile(r"\W*(?:[\w-]+\W+){0,6}?(?:следующего\s+дня|на\s+следующий\s+день|"
                       r"наутро|на\s+другой\s+день)", re.I)
# told as late: «только в субботу», «лишь к полудню», «не раньше 20 ноября»
_LATE = re.compile(r"\b(?:только|лишь|не\s+раньше|не\s+ранее|only)\b", re.I)


@dataclass(frozen=True)
class Back:
    """One restoration a claim tells: when (a span of time), of what, and how much."""

    facts: Facts
    service: str | None
    start: datetime
    end: datetime
    full: bool
    partial: bool
    late: bool
    value: Value
    hours: tuple[float, float] | None = None  # of a claim that names no day: its hours only
    timed: bool = False  # told with an hour or a part of the day, not a whole day


def _service(text: str) -> str | None:
    found = [name for name, pat in SERVICES if pat.search(text)]
    return found[0] if found else None


_THEN = re.compile(THEN_OPENING.pattern, re.I)  # (as a date's text, in either case)


def _day(dates: Sequence[StatedDate], base: int, at: int) -> StatedDate | None:
    """The day-precision date of the claim nearest to the word at `at` (offsets in the
    claim's text), None when the claim names no day. A day told as «тогда», «в тот
    день» is the day of the sentence before, often an older affair's: not read."""
    days = [d for d in dates if d.precision == "day" and not _THEN.fullmatch(d.text)]
    return min(days, key=lambda d: abs(d.start - base - at), default=None)


def tells_restoration(text: str) -> bool:
    """Whether a claim tells of a supply or traffic brought back (or still off until a
    day): its days are this rule's, whether it tells the whole or a part."""
    return bool(_BACK.search(text) or _OFF_UNTIL.search(text))


@read_once  # (asked by both the restoration and the still-off rule)
def _back(f: Facts) -> Back | None:
    c = f.sc.claim
    text = c.text
    # (the word of a restoration first: most claims tell of none)
    m = _BACK.search(text) or _OFF_UNTIL.search(text) or _OPENED.search(text)
    if m is None:
        return None
    service = _service(text)
    if m.re is _OPENED and service != "движение" or _NOT_BACK.search(text) or \
            _other_time(f) or another_affair(f):
        return None
    day = _day(c.dates, c.start, m.start())
    got = hours_of_day(text)
    hours = (got[0], got[1]) if got else None
    if day is not None:
        base = datetime.fromisoformat(day.date_from[:10])
        if _NEXT_DAY.match(text, m.end()) or _NEXT_DAY.match(text, day.end - c.start):
            base += timedelta(days=1)  # «перекрыли 17 ноября, а возобновили лишь вечером
            # следующего дня»
        lo, hi = hours or (0.0, 24.0)
        start, end = base + timedelta(hours=lo), base + timedelta(hours=hi)
        a, b = day.start - c.start, day.end - c.start
        if got:
            a, b = min(a, got[2].start()), max(b, got[2].end())
        undated = None
    elif got and _when(f):
        # a claim that names no day was told on its report's day or the one after the
        # restoration: its hour may fall on either
        try:
            told = datetime.fromisoformat(_when(f)[:10])
        except ValueError:
            return None
        start = told - timedelta(days=1) + timedelta(hours=got[0])
        end = told + timedelta(hours=got[1])
        a, b = got[2].start(), got[2].end()
        undated = hours
    else:
        return None
    shown = text[a:b].strip()
    mid = start + (end - start) / 2
    # (a claim that names no day is shown by its hour: its span holds two days)
    hour = sum(undated) / 2 if undated else 0.0
    label = f"{int(hour):02d}:{int(hour * 60) % 60:02d}" if undated else \
        f"{mid:%d.%m %H:%M}" if hours else f"{mid:%d.%m}"
    v = Value(f.sc.id, c.start + a, c.start + b, shown, label, "восстановление")
    return Back(f, service, start, end, bool(_FULL.search(text)),
                bool(_PARTIAL.search(text)), bool(_LATE.search(text)), v, undated, got is not None)


# still off when told: «газа в домах до сих пор нет», «поселок по-прежнему без тепла»,
# «сидят без воды четвертые сутки», «тепла не было и спустя два дня после доклада» (at the
# report's day)
_STILL_OFF = re.compile(
    rf"\b(?:{STILL})\s+(?:[\w-]+\s+){{0,3}}?(?:нет|без)\b|"
    rf"\b(?:нет|без\s+\w+)\s+(?:[\w-]+\s+){{0,2}}?(?:{STILL})(?![а-яё])|"
    r"\bостал?и?(?:ют|ет|ем|ись|ась|ся)\w*\s+без\s+\w+\s+(?:уже\s+)?"
    r"(?:[а-яё]+(?:ые|ой|ий|ый|ую)|\d+-?[еяйю]?)\s+(?:сутки|суток|день|дня|дней|недел\w*)\b|"
    r"\bне\s+было\s+(?:и\s+)?спустя\b", re.I)
# a place's name by its words' first letters: «Малых Ключах» and «Малые Ключи» are one
# place, «Заречном районе» and «Заречный район» one district (_ADMIN words aside)
_ADMIN = frozenset({"район", "районы", "область", "округ", "край", "город", "село", "деревня",
                    "поселок", "республика", "волость"})
_KEY_LETTERS = 5
# a place named in the genitive of a district after it lies in that district: «в поселках
# Сосновка и Ольшанка Заречного района»
_WHOLE_GENITIVE = re.compile(r"\b(?:района|области|округа|края|волости)\b", re.I)
_BETWEEN_PLACES = re.compile(r"[\s,]*(?:и\s+)?", re.I)


def _place_key(name: str) -> frozenset[str]:
    return frozenset(w[:_KEY_LETTERS] for w in name.lower().split() if w not in _ADMIN)


@dataclass(frozen=True)
class StillOff:
    """A supply told still off at a day, in places (their keys)."""

    facts: Facts
    service: str
    day: datetime
    places: frozenset[frozenset[str]]
    value: Value


def _still_off(f: Facts) -> StillOff | None:
    c = f.sc.claim
    m = _STILL_OFF.search(c.text)
    if m is None or _other_time(f) or another_affair(f):
        return None
    service = _service(c.text)
    day = _day(c.dates, c.start, m.start())
    told = day.date_from[:10] if day is not None else _when(f)[:10]
    if service is None or not told:
        return None
    try:
        at = datetime.fromisoformat(told)
    except ValueError:
        return None
    places = frozenset(k for p in f.places if (k := _place_key(p)))
    return StillOff(f, service, at, places, Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                                  m.group(0), "не восстановлено", "восстановление"))


def _inside(facts: Sequence[Facts]) -> dict[frozenset[str], set[frozenset[str]]]:
    """Each place's key -> the keys of the districts (regions) reports put it in."""
    out: dict[frozenset[str], set[frozenset[str]]] = defaultdict(set)
    for f in facts:
        c = f.sc.claim
        locs = sorted((e for e in c.entities if e.type == "LOC"), key=lambda e: e.start)
        for k, whole in enumerate(locs):
            if not _WHOLE_GENITIVE.search(whole.text):
                continue
            # the places right before it, joined by commas and «и» only
            end = whole.start
            for part in reversed(locs[:k]):
                if not _BETWEEN_PLACES.fullmatch(c.text[part.end - c.start : end - c.start]):
                    break
                if _WHOLE_GENITIVE.search(part.text):
                    break
                out[_place_key(part.name)].add(_place_key(whole.name))
                end = part.start
    return out


def _of_whole(off: StillOff, whole: frozenset[frozenset[str]],
              inside: dict[frozenset[str], set[frozenset[str]]]) -> bool:
    """Whether a still-off claim speaks of the places a full restoration covers: both name
    none, or each of its places is one of them or lies in one of them."""
    if not whole or not off.places:
        return not whole and not off.places

    # (two keys are one place when they share a word)
    return all(any(p & w or any(q & p and any(d & w for d in ds) for q, ds in inside.items())
                   for w in whole) for p in off.places)


def still_off_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """A supply told fully back on one day and still off, in the same places or places
    within them, on a later day: «подача тепла в районе полностью восстановлена в пятницу»
    against «в поселках района батареи по-прежнему холодные» told on Sunday."""
    offs = [o for f in facts if (o := _still_off(f)) is not None]
    if not offs:
        return []
    fulls = [b for f in facts if (b := _back(f)) is not None and b.full and not b.partial
             and b.service and b.hours is None]
    inside = _inside(facts)
    index: dict[tuple[str, int], Group] = {}
    for b in fulls:
        st = story.get(b.facts.sc.doc_id, -b.facts.sc.doc_id)
        whole = frozenset(k for p in b.facts.places if (k := _place_key(p)))
        for o in offs:
            if o.service != b.service or story.get(o.facts.sc.doc_id, -o.facts.sc.doc_id) != st \
                    or o.facts.sc.id == b.facts.sc.id:
                continue
            # (told on a later day than the restoration's, which may end at midnight)
            if o.day.date() <= (b.end - timedelta(seconds=1)).date() or \
                    not _of_whole(o, whole, inside):
                continue
            g = index.setdefault((b.service, st), Group(
                "date", f"восстановление: {b.service}", ("still off", b.service), timed=False,
                evidence=2, by_length=False))
            g.pairs.append((b.value, o.value, 0.6))
    return [g for g in index.values() if len(g.pairs) <= MAX_GROUP]


def resumed_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """A supply or traffic of one story told back at times that cannot both hold: a full
    restoration before any other restoration, or a restoration told as late («только в
    субботу») after an earlier one not told as partial."""
    backs = [b for f in facts if (b := _back(f)) is not None]
    told: dict[int, Counter[str]] = defaultdict(Counter)
    for b in backs:
        if b.service:
            told[story.get(b.facts.sc.doc_id, -b.facts.sc.doc_id)][b.service] += 1
    index: dict[tuple[str, int], list[Back]] = defaultdict(list)
    for b in backs:
        st = story.get(b.facts.sc.doc_id, -b.facts.sc.doc_id)
        service = b.service or (told[st].most_common(1)[0][0] if told[st] else None)
        if service:
            index[(service, st)].append(b)
    out = []
    for (service, _st), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("date", f"восстановление: {service}", ("resumed", service), timed=False,
                  evidence=2, by_length=False)
        for a, b in combinations(items, 2):
            if a.facts.sc.id == b.facts.sc.id:
                continue
            early, late = _order(a, b)
            if early is None or late is None:
                continue  # times that meet, or an hour apart: one account
            if early.partial and not early.full:
                continue  # a part back first, the rest later: a change over time
            # two reports telling one restoration at two times disagree; one report
            # telling two does only when it says which was the whole or the late one
            if early.full or late.late or a.facts.sc.doc_id != b.facts.sc.doc_id:
                g.pairs.append((early.value, late.value, 0.6))
        out.append(g)
    return out


def _order(a: Back, b: Back) -> tuple[Back | None, Back | None]:
    """The earlier and the later of two restorations on two days or at least an hour
    apart, (None, None) when their times meet. Two claims that name no day are compared
    by their hours when told within a day of each other (a report of the next morning
    tells of the evening before as often as of its own day)."""
    if a.hours and b.hours:
        if abs(a.end - b.end) > timedelta(days=1):
            return None, None
        (alo, ahi), (blo, bhi) = a.hours, b.hours
    else:
        alo, ahi = a.start.timestamp() / 3600, a.end.timestamp() / 3600
        blo, bhi = b.start.timestamp() / 3600, b.end.timestamp() / 3600
    # (two whole days next to each other are apart; hours must be an hour apart)
    gap = 0 if not a.timed and not b.timed else 1
    if bhi + gap <= alo:
        return b, a
    if ahi + gap <= blo:
        return a, b
    return None, None
