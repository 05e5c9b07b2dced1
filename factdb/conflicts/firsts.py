"""The first contact of a year, and the last inspection, told as two days.

«Впервые в этом году министры связались по телефону 3 ноября» and «первый в этом году
разговор министров состоялся еще 28 октября» cannot both be true: a year has one first
call. Nor can «первый телефонный разговор лидеров в 2026 году состоялся 7 октября» stand
beside a call of the same people dated earlier that year. Calls and meetings are two
kinds (a first meeting after earlier calls is no dispute); a first «за десять лет» or
with no year named is left out, and so is a claim dating two days.

One day's contact of the same two people is a call or a meeting: «во вторник главы
ведомств поговорили по телефону» against «во вторник он приехал в столицу, где увиделся с
коллегой на очной встрече». Each claim must tell one kind (a claim telling both tells a
sequence), name one day and two people the other names too, and deny nothing.

Likewise the last inspection of a thing before an accident: «последняя проверка газового
оборудования в доме проходила в марте 2024 года» cannot stand beside «компания проверяла
газовое оборудование дома 14 октября», a later one (an inquiry opened after the accident,
«прокуратура начала проверку», is no inspection; nor is one planned).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from factdb.conflicts.facts import Facts, Value, _lemma
from factdb.conflicts.groups import Group, per_story
from factdb.conflicts.rules import _when
from factdb.extract.grammars import SPEECH_LEMMAS
from factdb.models import StatedDate

_FIRST = re.compile(r"(?<![а-яё])(?:впервые|перв(?:ый|ая|ое|ого|ой|ую|ом|ые|ых))(?![а-яё])",
                    re.I)
# the year the first is of: «в этом году», «с начала года», «в 2026 году»
_SCOPE = re.compile(r"(?<![а-яё])(?:в\s+(?:этом|текущем)\s+году|с\s+начала\s+(?:этого\s+|"
                    r"текущего\s+)?года|за\s+(?:этот|текущий)\s+год|в\s+(\d{4})\s+(?:году|г\.))",
                    re.I)
_CALL = re.compile(r"(?<![а-яё])(?:телефон\w*|созвон\w*|позвон\w*|звон(?:ок|ка|ки|ком)|"
                   r"разговор\w*|связал\w*)", re.I)
_MEETING = re.compile(r"(?<![а-яё])(?:встреч\w*|встретил\w*|переговор\w*|визит\w*|саммит\w*)",
                      re.I)
_NEAR = 60  # characters between «впервые» and the contact's word, and to the year named


@dataclass(frozen=True)
class First:
    """A claim telling the first contact of a year: its kind, year and day."""

    kind: str  # "call" or "meeting"
    year: str
    day: str
    value: Value


def _kind(text: str) -> str | None:
    if _CALL.search(text):
        return "call"  # (telephone talks, «телефонные переговоры», are a call)
    return "meeting" if _MEETING.search(text) else None


def _first(f: Facts) -> First | None:
    c = f.sc.claim
    days = {d.date_from for d in c.dates if d.precision == "day"}
    if len(days) != 1:
        return None
    day = next(iter(days))
    for m in _FIRST.finditer(c.text):
        around = c.text[max(0, m.start() - _NEAR) : m.end() + _NEAR]
        scope = _SCOPE.search(around)
        kind = _kind(around)
        if scope is None or kind is None:
            continue
        year = scope.group(1) or _when(f)[:4]
        if not year or day[:4] != year:
            continue
        d = next(d for d in c.dates if d.precision == "day")
        return First(kind, year, day, Value(f.sc.id, d.start, d.end, d.text,
                                            f"{day[8:10]}.{day[5:7]}.{day[:4]}", kind))
    return None


# calls told in a period of the year, not as the first: «лидеры говорили по телефону перед
# майскими праздниками», «созванивались весной» (a period's words, read in the first's year)
_PHONED = re.compile(r"(?<![а-яё])(?:по\s+телефону|телефонн\w+\s+(?:разговор|контакт)\w*|"
                     r"созванива\w*|созвонил\w*)", re.I)
_PERIODS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(rf"(?<![а-яё])(?:{words})(?![а-яё])", re.I), lo, hi) for words, lo, hi in (
        (r"(?:в\s+преддверии|перед|до|на)\s+майски\w+\s+(?:праздник|каникул)\w*", "04-15",
         "05-10"),
        (r"(?:в|на)\s+новогодни\w+\s+(?:праздник|каникул)\w*", "01-01", "01-10"),
        (r"весной", "03-01", "05-31"),
        (r"летом", "06-01", "08-31"),
        (r"осенью", "09-01", "11-30"),
        (r"в\s+начале\s+года", "01-01", "03-31"),
        (r"в\s+первой\s+половине\s+года", "01-01", "06-30"),
    ))
_NOT_PHONED = re.compile(r"(?<![а-яё])не\s+(?:общал|созванивал|разговаривал|говорил)", re.I)


@dataclass(frozen=True)
class Earlier:
    """A claim telling calls in a period of the year: the period's first and last day."""

    kind: str
    lo: str  # "MM-DD"
    hi: str
    value: Value


def _earlier(f: Facts) -> Earlier | None:
    c = f.sc.claim
    if not _PHONED.search(c.text) or _NOT_PHONED.search(c.text) or _FIRST.search(c.text):
        return None
    found = [(m, lo, hi) for pat, lo, hi in _PERIODS for m in pat.finditer(c.text)]
    if not found:
        return None
    m = min(found, key=lambda x: x[1])[0]  # the earliest period the claim names
    lo, hi = min((lo, hi) for _m, lo, hi in found)
    return Earlier("call", lo, hi, Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                         m.group(0), m.group(0), "call"))


def _contact(f: Facts) -> First | Earlier | None:
    return _first(f) or _earlier(f)


def _surname_key(name: str) -> str:
    return name.split()[-1][:5].lower()


def _same_parties(a: Facts, b: Facts) -> bool:
    """Whether two claims may tell of one pair's calls: one names no one, or both share a
    surname."""
    sa = {_surname_key(n) for n in a.people if n}
    sb = {_surname_key(n) for n in b.people if n}
    return not sa or not sb or bool(sa & sb)


def first_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """Two reports of one story dating the first call (meeting) of one year to two days, or
    one dating it to a day and another telling calls in an earlier part of that year."""
    out = []
    for items in per_story(facts, story, _contact):
        g = Group("date", "первый контакт в году", ("first", "contact"), timed=False,
                  evidence=2, by_length=False)
        for (fa, a), (fb, b) in combinations(items, 2):
            if fa.sc.doc_id == fb.sc.doc_id:
                continue
            if isinstance(a, First) and isinstance(b, First):
                if (a.kind, a.year) == (b.kind, b.year) and a.day != b.day:
                    g.pairs.append((a.value, b.value, 0.6))
                continue
            first, other = (a, b) if isinstance(a, First) else (b, a)
            f_first, f_other = (fa, fb) if first is a else (fb, fa)
            if isinstance(first, First) and isinstance(other, Earlier) and \
                    first.kind == other.kind and \
                    (f_other.sc.published or "")[:4] in ("", first.year) and \
                    f"{first.year}-{other.hi}" < first.day and \
                    _same_parties(f_first, f_other):
                g.pairs.append((first.value, other.value, 0.5))
        out.append(g)
    return out


# ---------------------------------------------------------------- a call or a meeting

# how two people's contact of one day was held: by telephone, or face to face («виделись
# лично», «очные переговоры», «прилетел на встречу»); «разговор» alone is either
_PHONE = re.compile(r"(?<![а-яё])(?:телефон\w*|созвон\w*|позвон\w*|звон(?:ок|ка|ки|ком)|"
                    r"видеосвяз\w*|видеоконференц\w*)", re.I)
_FACE = re.compile(r"(?<![а-яё])(?:встреч\w*|встретил\w*|очн(?:ая|ой|ую|ые|ых|о)|лично|"
                   r"прилет\w*|прибыл\w*|визит\w*)", re.I)
# a contact denied («очной встречи не было», «не прилетал», «без встречи»): another rule's
_DENIED = re.compile(r"(?<![а-яё])(?:(?:не|ни)\s+(?:был|состоял|встреч|прилет|"
                     r"приезжа|созван|звонил|общал)|без\s+(?:[\w-]+\s+)?(?:встреч|звонк))\w*",
                     re.I)


@dataclass(frozen=True)
class Contact:
    """A claim telling how two named people were in touch on one day."""

    kind: str  # "call" or "meeting"
    day: str
    parties: frozenset[str]  # the people's surnames' stems
    value: Value


def _contact_held(f: Facts) -> Contact | None:
    c = f.sc.claim
    phone, face = _PHONE.search(c.text), _FACE.search(c.text)
    # (a claim telling both, «утром созвонились, к обеду увиделись лично», tells a sequence)
    if bool(phone) == bool(face):
        return None
    m = phone or face
    if m is None or _DENIED.search(c.text):
        return None
    days = {d.date_from for d in c.dates if d.precision == "day"}
    if len(days) != 1:
        return None
    parties = {_surname_key(n) for n in f.people if n}
    if c.speaker and c.speaker_kind == "PER":
        parties.add(_surname_key(c.speaker))
    if len(parties) < 2:
        return None
    kind = "call" if phone else "meeting"
    return Contact(kind, next(iter(days)), frozenset(parties),
                   Value(f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0),
                         "по телефону" if phone else "лично", kind))


def call_or_meeting_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """One day's contact of the same two people told by one report as a phone call and by
    another as a meeting face to face."""
    out = []
    for items in per_story(facts, story, _contact_held):
        g = Group("statement", "звонок или встреча", ("contact", "held"), timed=False,
                  evidence=2, by_length=False)
        for (fa, a), (fb, b) in combinations(items, 2):
            if fa.sc.doc_id != fb.sc.doc_id and a.kind != b.kind and a.day == b.day \
                    and len(a.parties & b.parties) >= 2:
                g.pairs.append((a.value, b.value, 0.6))
        out.append(g)
    return out


# ---------------------------------------------------------------- the last inspection

_LAST = re.compile(r"(?<![а-яё])последн\w+\s+(?:раз\s+)?(?:[\w-]+\s+){0,3}?(?:плановую\s+|"
                   r"плановая\s+)?(?:провер|осмотр|осматрива|обследова|техобслуживани|"
                   r"техническ\w+\s+обслуживани|диагностик|обслужива|освидетельств)\w*", re.I)
_INSPECTED = re.compile(r"(?<![а-яё])(?:провер(?:ял|ил|ен|ка|ку|ки)|осмотр(?:ел|ен)|"
                        r"осматрива|обследова|техобслуживани|диагностир|обслужива|"
                        r"освидетельств)\w*", re.I)
# maintenance is of equipment even when the claim does not name it: «по журналу последнее
# техническое обслуживание проведено 29 октября»
_MAINTENANCE = re.compile(r"(?<![а-яё])(?:техобслуживани|техническ\w+\s+обслуживани|"
                          r"освидетельствовани)\w*", re.I)
# what is inspected: a house's equipment, not a case («прокуратура начала проверку»)
_EQUIPMENT = re.compile(r"(?<![а-яё])(?:оборудовани|котл|котел|газопровод|стояк|лифт|"
                        r"трубопровод|вентиляци|дымоход|конструкци|кровл|мост|систем|эскалатор|траволатор|"
                        r"подъемник|аттракцион|градирн|кран|баллон)\w*", re.I)
_INQUIRY = re.compile(r"(?<![а-яё])(?:прокуратур|следств|следовател|СК\b|полици|"
                      r"доследственн|надзорн\w+\s+провер|будет|будут|планиру|должн)\w*",
                      re.I)


def _one_date(f: Facts) -> StatedDate | None:
    """The claim's one date of a day, a month or a year, leaving out the day its words were
    said («в пятницу заявил, что последний осмотр лифта проводился 2 марта») and a day
    since which a state holds («с 2016 года заправлять его было запрещено»)."""
    c = f.sc.claim
    dates = [d for d in c.dates if d.precision in ("day", "month", "year")
             and not (d.precision == "day" and d.date_from == c.said_on)
             and not _SINCE_BEFORE.search(c.text[max(0, d.start - c.start - 12) :
                                                 d.start - c.start])
             # (nor the day a speaker spoke on: «18 ноября уверял журналистов, что ...»)
             and not _said_on_it(c.text[d.end - c.start :])]
    return dates[0] if len(dates) == 1 else None


_SINCE_BEFORE = re.compile(r"(?<![а-яё])(?:с|со|начиная\s+с)\s+$", re.I)
_TWO_WORDS = re.compile(r"\s+([а-яё]+)(?:\s+([а-яё]+))?", re.I)


def _said_on_it(after: str) -> bool:
    """Whether a speech verb follows a date within its next two words, nothing between."""
    m = _TWO_WORDS.match(after)
    return m is not None and any(w and _lemma(w.lower()) in SPEECH_LEMMAS for w in m.groups())


def _inspection(f: Facts) -> tuple[bool, StatedDate] | None:
    """(told as the last one, its date) of a claim dating an inspection of equipment."""
    text = f.sc.claim.text
    if not _INSPECTED.search(text) or not (_EQUIPMENT.search(text) or _MAINTENANCE.search(text)) \
            or _INQUIRY.search(text):
        return None
    d = _one_date(f)
    if d is None or (f.sc.published and d.date_to >= f.sc.published):
        return None  # (an inspection told of the report's own day is the inquiry's)
    return bool(_LAST.search(text)), d


def last_inspection_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """The last inspection of a story's equipment dated before another told later still."""
    out = []
    for items in per_story(facts, story, _inspection):
        g = Group("date", "последняя проверка", ("last", "inspection"), timed=False,
                  evidence=2, by_length=False)
        for (fa, (la, da)), (fb, (lb, db)) in combinations(items, 2):
            if fa.sc.doc_id == fb.sc.doc_id or not (la or lb):
                continue
            # the last one told before another: a later inspection denies it was the last
            later = (la and db.date_from > da.date_to) or (lb and da.date_from > db.date_to)
            if later:
                g.pairs.append((_shown(fa, da), _shown(fb, db), 0.6))
        out.append(g)
    return out


def _shown(f: Facts, d: StatedDate) -> Value:
    label = {"month": d.date_from[:7], "year": d.date_from[:4]}.get(d.precision, d.date_from)
    return Value(f.sc.id, d.start, d.end, d.text, label, "inspection")
