"""Conflicts: claims about one subject and one event or time whose values cannot all be true.

`refresh(db)` runs after every ingest batch that changed documents: it reads every stored
claim, reads the facts each one states (what is counted and by which predicate, who gets
which status on which day, which role a person is given, what an event is dated to, what a
death is blamed on), finds the conflicts, clusters equivalent claims (factdb.match, with
conflicting pairs vetoed), and rewrites both. It is not incremental: it recomputes from all
claims, but nothing in it is quadratic: claims meet only inside groups keyed by subject
(person, counted noun + predicate + place, event + subject).

Report few, sure conflicts. A value only counts when its role in the sentence is clear:
a count needs its predicate next to it («погибли 38 человек» vs «67 человек на борту» are
different quantities), a status needs a finite or short-participle form («освобожден»,
not «один из арестованных») about a named person on one day, a date conflict needs one
non-recurring event (an arrest, a death, a crash; never calls or meetings, which recur)
dated at precisions where neither contains the other, or one person's death or release
dated to days apart. Each rule below says which non-conflict it keeps out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from typing import NamedTuple

from sqlite_utils import Database

from factdb import match
from factdb.db import load_claims
from factdb.db import conflicts as store
from factdb.models import Conflict, ConflictSide, StatedDate, StoredClaim

KINDS = ("count", "date", "status", "role", "statement")
MAX_CLAIMS = 12  # a conflict naming more claims is too broad to judge (and to score)
MAX_GROUP = 80  # a subject held by more claims than this is too generic to compare


def fold(text: str) -> str:
    """Lower-case and ё→е."""
    return text.lower().replace("ё", "е")


_WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*")
# Where one clause ends and the next begins: a value's predicate must sit in its clause.
_BOUNDARY = re.compile(r"[.;!?()]|\s[—–-]\s|\bтогда как\b|\bв то время как\b|\bа также\b")


class Tok(NamedTuple):
    """A word of a claim: offsets relative to the claim's text, folded form."""

    i: int
    start: int
    end: int
    w: str


def tokens(text: str) -> list[Tok]:
    """The words of a text with their offsets, folded."""
    return [Tok(n, m.start(), m.end(), fold(m.group())) for n, m in enumerate(_WORD.finditer(text))]


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around a character position (between boundary marks)."""
    lo, hi = 0, len(text)
    for m in _BOUNDARY.finditer(text):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start()
            break
    return lo, hi


# ---------------------------------------------------------------- lexicons

# Predicates a count can be the quantity of. A count takes the nearest one in its clause.
# Nouns and infinitives of release («освобождение 11 россиян», «призвал освободить») speak
# of people still held, so they count as custody; finite and short forms are releases.
FRAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("aboard", re.compile(r"^(?:борт\w*|пассажир\w*|экипаж\w*)$")),
    ("survived", re.compile(r"^(?:выжил\w*|выживш\w*|спасен\w*|спасли|survived|rescued)$")),
    ("missing", re.compile(r"^(?:пропал\w*|пропавш\w*|missing)$")),
    ("dead", re.compile(r"^(?:погиб\w*|скончал\w*|умер\w*|умерл\w*|убит\w*|жертв\w*|гибел\w*|"
                        r"смерт\w*|died|dead|killed)$")),
    ("injured", re.compile(r"^(?:ранен\w*|ранил\w*|пострада\w*|травмирова\w*|госпитализир\w*|"
                           r"injured|wounded)$")),
    ("evacuated", re.compile(r"^(?:эвакуир\w*|эвакуац\w*|evacuated)$")),
    ("released", re.compile(r"^(?:освобожден|освобождена|освобождено|освобождены|освободил\w*|"
                            r"отпущен\w*|отпустил\w*|помилова\w*|released|freed)$")),
    ("custody", re.compile(r"^(?:задерж\w*|арест\w*|сизо|заключ\w*|осужден\w*|осудил\w*|страж\w*|"
                           r"освобождени\w*|освободить|освобождения|"
                           r"detained|arrested|held|jailed)$")),
)
ONCE_FRAMES = {"dead", "custody", "released", "crash"}  # events a date conflict can concern

# Events a stated date can belong to (nearest in the clause). Calls and meetings recur,
# so they are recognised (to keep their dates away from other events) but never conflict.
EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("extension", re.compile(r"^(?:продл\w*|продолжен\w*)$")),
    ("crash", re.compile(r"^(?:разбил\w*|крушени\w*|катастроф\w*|авиакатастроф\w*|упал|упавш\w*|"
                         r"рухнул\w*|crashed)$")),
    ("call", re.compile(r"^(?:телефон\w*|созвонил\w*|звон\w*|позвонил\w*)$")),
    ("meeting", re.compile(r"^(?:встреч\w*|встретил\w*|переговор\w*|саммит\w*|визит\w*|"
                           r"беседова\w*)$")),
) + FRAMES

# Statuses a person can be given; long participles («арестованных») describe someone
# else in the sentence and are left out on purpose.
STATUS_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("house_arrest", re.compile(r"\bпод\s+домашн\w*(?:\s+арест\w*)?|\bдомашн\w+\s+арест\w*|"
                                r"\bunder\s+house\s+arrest", re.I)),
    ("released", re.compile(r"\b(?:освобожд[её]н[аоы]?|освободил[аи]?|освободили|"
                            r"отпустил[аи]?|отпущен[аоы]?|вышл?[аи]?\s+на\s+свободу|"
                            r"выпущен[аоы]?\s+на\s+свободу|"
                            r"released|freed)\b", re.I)),
    ("arrest_extended", re.compile(r"\bпродл\w*\s+(?:срок\w*\s+)?(?:арест\w*|содержани\w*|"
                                   r"мер\w+\s+пресечени\w*)", re.I)),
    ("arrested", re.compile(r"\b(?:арестован[аоы]?|арестовал[аи]?|арестовали|"
                            r"(?:находит|наход|остает|оста[её]т|остаю)\w*\s+(?:под\s+стражей|"
                            r"в\s+сизо|под\s+арестом)|"
                            r"отправ\w+\s+под\s+арест|заключ\w+\s+под\s+стражу|arrested)\b", re.I)),
    ("detained", re.compile(r"\b(?:задержан[аоы]?|задержал[аи]?|задержали|detained)\b", re.I)),
    ("dead", re.compile(r"\b(?:погиб|погибла|погибли|скончал\w*|умер|умерла|убит[аоы]?|died|"
                        r"killed)\b", re.I)),
)
CUSTODY = {"arrested", "house_arrest", "arrest_extended"}
# Pairs of statuses that cannot both hold for one person on one day. Detained and freed
# can («задержан и отпущен в тот же день» is everyday protest news), so they never clash.
INCOMPATIBLE = {frozenset({"released", s}) for s in CUSTODY} | {
    frozenset({"dead", "released"}),
}

# Titles a person can hold, most specific first: (canonical, pattern over folded text).
ROLES: tuple[tuple[str, str], ...] = (
    ("исполнительный директор", r"исполнительн\w+\s+директор\w*"),
    ("генеральный директор", r"генеральн\w+\s+директор\w*|гендиректор\w*"),
    ("главный редактор", r"главн\w+\s+редактор\w*|глав\w+\s+редакци\w*|шеф-редактор\w*|главред\w*|"
                         r"руководител\w+\s+редакци\w*"),
    ("заместитель главного редактора", r"заместител\w+\s+главного\s+редактора|замглавреда"),
    ("директор", r"директор\w*"),
    ("редактор", r"редактор\w*"),
    ("корреспондент", r"корреспондент\w*"),
    ("пресс-секретарь", r"пресс-секретар\w+"),
    ("посол", r"посол|посла|послу|послом"),  # not «после»
    ("вице-премьер", r"вице-премьер\w*|заместител\w+\s+председателя\s+правительства"),
    ("премьер-министр", r"премьер-министр\w*|премьер(?:у|ом)?"),  # not «премьера» (a film's)
    ("замминистра", r"замминистра|заместител\w+\s+министра|заместител\w+\s+главы\s+мид"),
    ("министр", r"министр\w*"),
    ("губернатор", r"губернатор\w*"),
    ("мэр", r"мэр\w*"),
)
# Titles inside one of these groups exclude each other for one person (a director is not
# the editor-in-chief); titles of different groups may be held together.
ROLE_GROUPS = (
    {"исполнительный директор", "генеральный директор", "главный редактор",
     "заместитель главного редактора", "корреспондент"},
    {"посол", "вице-премьер", "премьер-министр", "замминистра", "министр", "губернатор", "мэр"},
)
_ROLE_BEFORE_NAME = re.compile(
    r"(?P<former>\b(?:бывш\w+|экс-|прежн\w+|ныне\s+)\s*)?\b(?P<role>"
    + "|".join(f"(?:{p})" for _c, p in ROLES)
    + r")(?P<tail>(?:\s+[\w-]+){0,3}?(?:\s+[\"«][^\"»]{1,40}[\"»])?)\s*,?\s*$",
    re.I,
)

# Causes of death, by kind: two kinds for one death cannot both be true.
CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("насилие", re.compile(
        r"\b(?:удар\w*|побо\w*|избиени\w*|пытк\w*|огнестрел\w*|ножев\w*|удушени\w*|"
        r"насильственн\w*|тупым\s+предмет\w*|асфикси\w*|blows?|beaten|beating|torture\w*)\b",
        re.I)),
    ("болезнь", re.compile(
        r"\b(?:сердечн\w*|инфаркт\w*|инсульт\w*|остановк\w+\s+сердца|сердечно-сосудист\w*|"
        r"естественн\w+\s+причин\w*|болезн\w*|заболевани\w*|heart\s+attack|stroke|"
        r"natural\s+causes)\b", re.I)),
    ("самоубийство", re.compile(r"\b(?:самоубийств\w*|суицид\w*|покончил\w*\s+с\s+собой|"
                                r"suicide)\b", re.I)),
    ("отравление", re.compile(r"\b(?:отравлени\w*|передозировк\w*|overdose|"
                                             r"poison\w*)\b", re.I)),
    ("несчастный случай", re.compile(r"\b(?:несчастн\w+\s+случа\w*|дтп|авари\w*|accident)\b",
                                     re.I)),
)
_CAUSE_FRAME = re.compile(
    r"\bпричин\w*\s+(?:его\s+|ее\s+|их\s+)?(?:смерти|гибели)|\b(?:скончал\w*|умер\w*|погиб\w*)"
    r"\s+(?:от|из-за|в\s+результате)\b|\bсмерть\s+наступил\w*|\bcause\s+of\s+death|\bdied\s+of\b",
    re.I,
)

# Who is counted. Nationality nouns and «гражданин/житель + country» fold to one class,
# so «восьмерых граждан России», «11 россиян» and «11 российских граждан» compare.
DEMONYMS = {
    "россиянин": "россия", "азербайджанец": "азербайджан", "украинец": "украина",
    "армянин": "армения", "грузин": "грузия", "американец": "сша", "казах": "казахстан",
    "белорус": "беларусь", "таджик": "таджикистан", "узбек": "узбекистан", "киргиз": "киргизия",
    "турок": "турция", "иранец": "иран", "израильтянин": "израиль", "палестинец": "палестина",
    "британец": "великобритания", "француз": "франция", "немец": "германия",
}
_COUNTRY_STEMS = {
    "росси": "россия", "рф": "россия", "российск": "россия", "азербайджан": "азербайджан",
    "украин": "украина", "армени": "армения", "армянск": "армения", "грузи": "грузия",
    "грузинск": "грузия", "сша": "сша", "американск": "сша", "казахстан": "казахстан",
    "белорус": "беларусь", "таджик": "таджикистан", "узбек": "узбекистан",
    "турци": "турция", "турецк": "турция", "иран": "иран", "израил": "израиль",
}
_CITIZEN = {"гражданин", "житель", "подданный", "уроженец", "гражданка"}
_PEOPLE = {"человек", "гражданин", "житель", "люди", "person", "people"}

# Number words in any case, for counts the extraction did not read («восьмерых»).
_NUMBER_WORDS: dict[str, int] = {}
for _value, _stems in {
    2: "два двух двум двумя две двое двоих двоим", 3: "три трех трем тремя трое троих троим",
    4: "четыре четырех четырем четырьмя четверо четверых четверым",
    5: "пять пяти пятью пятеро пятерых пятерым", 6: "шесть шести шестью шестеро шестерых",
    7: "семь семи семью семеро семерых семерым", 8: "восемь восьми восемью восьмерых восьмеро "
    "восьмерым", 9: "девять девяти девятью девятеро девятерых", 10: "десять десяти десятью "
    "десятеро десятерых", 11: "одиннадцать одиннадцати", 12: "двенадцать двенадцати",
    13: "тринадцать тринадцати", 14: "четырнадцать четырнадцати", 15: "пятнадцать пятнадцати",
    16: "шестнадцать шестнадцати", 17: "семнадцать семнадцати", 18: "восемнадцать восемнадцати",
    19: "девятнадцать девятнадцати", 20: "двадцать двадцати", 30: "тридцать тридцати",
    40: "сорок сорока", 50: "пятьдесят пятидесяти", 100: "сто ста",
}.items():
    for _w in _stems.split():
        _NUMBER_WORDS[_w] = _value
for _n, _w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), 2):
    _NUMBER_WORDS[_w] = _n
_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
           "октябр", "ноябр", "декабр")
_NOT_COUNTED = re.compile(r"^(?:год\w*|лет|месяц\w*|недел\w*|дн\w*|день|час\w*|минут\w*|раз\w*|"
                          r"процент\w*|%|метр\w*|км|километр\w*|рубл\w*|доллар\w*|евро|"
                          r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[яей]|июн\w*|июл\w*|август\w*|"
                          r"сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|летн\w*|слов\w*)$")


# ---------------------------------------------------------------- facts of one claim


@dataclass(frozen=True)
class Value:
    """A value a claim states, with its span (document offsets) and what it belongs to."""

    claim: int
    start: int
    end: int
    text: str
    value: str  # what is compared, shown to the user
    key: str = ""  # the subject within the kind: noun class, person, event


@dataclass
class Facts:
    """What one claim states, read for comparison."""

    sc: StoredClaim
    counts: list[tuple[str, str, int, Value]] = field(default_factory=list)  # frame, noun, n
    statuses: list[tuple[str, str, str | None, Value]] = field(default_factory=list)
    roles: list[tuple[str, str, bool, Value]] = field(default_factory=list)  # person, role
    dated: list[tuple[str, StatedDate, Value]] = field(default_factory=list)  # event, date
    causes: list[tuple[str, Value]] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)


def _nearest_frame(
    toks: list[Tok], text: str, at: Tok, table: Sequence[tuple[str, re.Pattern[str]]],
    window: int = 5, last: Tok | None = None,
) -> str | None:
    """The frame of the word nearest to the span `at`..`last` within its clause and
    `window` words; the span's own words do not count."""
    last = last or at
    lo, hi = _clause_bounds(text, at.start)
    best: tuple[int, int, str] | None = None
    for t in toks:
        if t.start < lo or t.end > hi or at.i <= t.i <= last.i:
            continue
        dist = at.i - t.i if t.i < at.i else t.i - last.i
        if dist > window:
            continue
        for rank, (name, pat) in enumerate(table):
            if pat.match(t.w):
                cand = (dist, rank, name)
                if best is None or cand < best:
                    best = cand
                break
    return best[2] if best else None


def _noun_class(noun: str | None, following: list[str], pos: str = "") -> str | None:
    """Who or what is counted, nationality folded in (see DEMONYMS); None for what is
    not a count of things (years, days, percent) or not understood. `pos` is the part of
    speech of the counted word as written («полицейских» is a noun, «российских» not)."""
    if not noun:
        return None
    noun = fold(noun)
    if _NOT_COUNTED.match(noun):
        return None
    if noun in DEMONYMS:
        return f"граждане: {DEMONYMS[noun]}"
    if pos in ("PRTF", "PRTS") and any(p.match(noun) for _f, p in FRAMES):
        return "люди"  # «11 задержанных», «38 погибших»: people, counted by what befell them
    adjective = pos == "ADJF" if pos else noun.endswith(("ский", "цкий", "ской", "ый", "ий"))
    if noun in _CITIZEN or adjective:
        # «граждан России», «российских граждан»
        citizen = noun in _CITIZEN or bool(following and following[0].startswith("граждан"))
        for w in [noun, *following[:2]]:
            country = next((c for stem, c in _COUNTRY_STEMS.items() if w.startswith(stem)), None)
            if country and citizen:
                return f"граждане: {country}"
    if noun in _PEOPLE:
        return "люди"
    if adjective or noun.endswith(("ть", "ться", "ти")):
        return None  # an adjective or a verb form is not what is counted
    return noun


def _pos(word: str) -> str:
    from factdb.extract.nlp import inflections

    return str(inflections(word)[0]) if re.search(r"[а-яё]", word) else ""


def _lemma(word: str) -> str:
    from factdb.extract.nlp import lemma

    return lemma(word)


def _counts(sc: StoredClaim, toks: list[Tok]) -> list[tuple[str, str, int, Value]]:
    c = sc.claim
    base = c.start
    dates = [(d.start - base, d.end - base) for d in c.dates]
    found: list[tuple[int, int, int, str | None]] = []  # rel start, end, value, noun
    for n in c.counts:
        a, b = n.start - base, n.end - base
        if any(a < de and ds < b for ds, de in dates):
            continue  # «26 февраля» is a date, not 26 of something
        found.append((a, b, n.value, n.noun))
    taken = [(a, b) for a, b, _v, _n in found]
    if _LATIN.search(c.text) and not _CYRILLIC.search(c.text):
        # an English claim: «14 protesters» (the extraction reads Russian counts only)
        for m in re.finditer(r"\b(\d{1,6})\s+([A-Za-z]+)", c.text):
            if not any(x <= m.start() < y for x, y in taken):
                noun = fold(m.group(2))
                found.append((m.start(), m.end(), int(m.group(1)),
                              "people" if noun == "people" else noun.removesuffix("s")))
    for k, t in enumerate(toks):
        if t.w not in _NUMBER_WORDS or any(a <= t.start < b for a, b in taken):
            continue
        if k + 1 < len(toks) and toks[k + 1].w not in _NUMBER_WORDS:
            nxt = toks[k + 1]
            # «двух стран», «двумя-тремя словами»: only people and things, not idioms
            if "-" in t.w or "-" in nxt.w:
                continue
            found.append((t.start, nxt.end, _NUMBER_WORDS[t.w], _lemma(nxt.w)))
    out = []
    for a, b, value, noun in found:
        at = next((t for t in toks if t.start >= a), None)
        if at is None:
            continue
        inner = [t.w for t in toks if a <= t.start < b and not t.w.isdigit()
                 and t.w not in _NUMBER_WORDS and fold(t.w) != fold(noun or "")]
        following = inner + [t.w for t in toks if t.start >= b][:3]
        counted = [t.w for t in toks if a <= t.start < b and not t.w.isdigit()
                   and t.w not in _NUMBER_WORDS]
        cls = _noun_class(noun, following, _pos(counted[-1]) if counted else "")
        if cls is None:
            # «девять задержанных в Баку россиян»: the counted noun comes a few words on
            after = [t for t in toks if t.start >= b][:4]
            for n, t in enumerate(after):
                lem = fold(_lemma(t.w))
                if lem in DEMONYMS or lem in _CITIZEN or lem in _PEOPLE:
                    cls = _noun_class(lem, [x.w for x in after[n + 1 :]], "NOUN")
                    break
        own_frame = None
        if cls is None and noun:
            # «34 задержанных», «пятеро погибших» with nothing after: the counted word is
            # a participle of the predicate itself
            nxt = next((t for t in toks if t.start >= b), None)
            if counted:
                nxt = next((t for t in toks if t.w == counted[-1]), nxt)
            if nxt is not None and _pos(nxt.w) in ("PRTF", "ADJF", "NOUN") and \
                    fold(noun)[:5] == nxt.w[:5] and nxt.start - b <= 1:
                own_frame = next((name for name, pat in FRAMES if pat.match(nxt.w)), None)
                after_it = next((t for t in toks if t.i == nxt.i + 1), None)
                if own_frame is not None and (after_it is None or after_it.start - nxt.end > 2
                                              or _pos(after_it.w) not in ("NOUN", "ADJF")):
                    cls = "люди"
                else:
                    own_frame = None
        if cls is None:
            continue
        frame = _nearest_frame(toks, c.text, at, FRAMES) or own_frame
        if frame is None:
            continue
        if frame == "custody" and re.search(r"\bпродл\w*\s+(?:срок\w*\s+)?(?:арест|содержан)",
                                            fold(c.text[max(0, a - 40) : a])):
            frame = "extension"  # «продлил арест восьми»: the extension, not the arrest
        v = Value(sc.id, base + a, base + b, c.text[a:b], str(value), cls)
        out.append((frame, cls, value, v))
    return out


def _person_spans(sc: StoredClaim) -> list[tuple[int, int, str]]:
    base = sc.claim.start
    return [(e.start - base, e.end - base, e.name) for e in sc.claim.entities if e.type == "PER"]


def _statuses(sc: StoredClaim, toks: list[Tok]) -> list[tuple[str, str, str | None, Value]]:
    c = sc.claim
    base = c.start
    text = c.text
    people = _person_spans(sc)
    hits: list[tuple[int, int, str, str | None]] = []
    for st in c.statuses:
        a, b = st.start - base, st.end - base
        words = _WORD.findall(fold(text[a:b]))
        # a long participle («арестованных», «арестованный в июле») describes, not asserts
        if not words or any(_LONG_PARTICIPLE.search(w) for w in words[:1]):
            continue
        hits.append((a, b, st.status, st.subject))
    # the extraction's statuses, and the plain finite/short forms it may have missed
    for status, pat in STATUS_WORDS:
        for m in pat.finditer(text):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _s, _n in hits):
                continue  # «под домашний арест» is not also «арест»
            hits.append((m.start(), m.end(), status, None))
    out = []
    for a, b, status, given in hits:
        lo, hi = _clause_bounds(text, a)
        named = [p for p in people if given and _same_person(given, p[2])]
        # the subject stands before a passive or finite status («Картавых был освобожден»),
        # or right after it in inverted order («был освобожден редактор Иван Петров»)
        before = [p for p in people if lo <= p[0] and p[1] <= a]
        after = [p for p in people if b <= p[0] < hi and len(tokens(text[b : p[0]])) <= 5
                 and "," not in text[b : p[0]]]
        # the extraction's subject wins when it names a person; a group («россиянин») is
        # no one in particular: two reports of «россияне освобождены» and «россиян
        # арестовали» may well speak of different people. Only when the extraction gave
        # no subject do the names around the status word stand in.
        if given and not named:
            continue
        subjects = named or before or after[:1]
        if not subjects and not people:
            # an English claim has no NER names: «Nino Beriashvili was released»
            m = _EN_SUBJECT.search(text[max(0, lo) : a])
            subjects = [(0, 0, m.group(1))] if m else []
        # a status stated without any date holds on the day the words were said
        when = _date_near(c.dates, base, a, b) if c.dates else c.said_on
        for _ps, _pe, name in subjects:
            v = Value(sc.id, base + a, base + b, text[a:b], status, name)
            out.append((name, status, when, v))
    return out


_LATIN = re.compile(r"[A-Za-z]{3}")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]{3}")
_EN_SUBJECT = re.compile(r"\b([A-Z][a-z]+\s+[A-Z][a-z]+)\s+(?:was|were|has\s+been|had\s+been|"
                         r"is|are)\s+(?:\w+\s+)?$")
_LONG_PARTICIPLE = re.compile(r"(?:нн|вш|ющ|ящ|ащ|ущ)(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми|"
                              r"ий|его|ему|им|ем|ее|ие|их|ими)$")


def _same_person(a: str, b: str) -> bool:
    """Whether two written names can be one person: same surname, first names agreeing."""
    pa, pb = fold(a).split(), fold(b).split()
    if not pa or not pb or pa[-1] != pb[-1]:
        return False
    return len(pa) == 1 or len(pb) == 1 or pa[0] == pb[0]


def _date_near(dates: Iterable[StatedDate], base: int, a: int, b: int) -> str | None:
    """The day a status at a..b is dated to: the nearest date in the claim, when that
    one is a day (a status next to «в июле» is not dated to another day of the claim)."""
    ds = list(dates)
    if not ds:
        return None
    near = min(ds, key=lambda d: min(abs(d.start - base - b), abs(d.end - base - a)))
    return near.date_from if near.precision == "day" else None


def _roles(sc: StoredClaim) -> list[tuple[str, str, bool, Value]]:
    c = sc.claim
    out = []
    for ps, pe, name in _person_spans(sc):
        head = c.text[max(0, ps - 90) : ps]
        m = _ROLE_BEFORE_NAME.search(head)
        if not m or len(name.split()) < 2:
            continue  # a surname alone could be anyone's: a namesake, a relative
        role_text = m.group("role")
        canon = next((cn for cn, p in ROLES if re.fullmatch(p, role_text, re.I)), None)
        if canon is None:
            continue
        start = c.start + max(0, ps - 90) + m.start("role")
        before = fold(head[max(0, m.start("role") - 50) : m.start("role")])
        # «заместитель губернатора», «советник министра»: a title of its own, under the
        # one named (it excludes nothing in ROLE_GROUPS)
        if _DEPUTY.search(before) and not canon.startswith("зам"):
            canon = f"заместитель: {canon}"
        # «бывший», «экс-», «ранее», «в прошлом»: a change over time, not a conflict
        former = bool(m.group("former")) or bool(_FORMER.search(before))
        v = Value(sc.id, start, c.start + pe, c.text[start - c.start : pe], canon, name)
        out.append((name, canon, former, v))
    return out


_DEPUTY = re.compile(r"(?:\bзам\w*|\bпомощник\w*|\bсоветник\w*|\bврио|\bисполняющ\w+\s+"
                     r"обязанност\w*|\bи\.\s*о\.)\s*$")
_FORMER = re.compile(r"\b(?:бывш\w*|прежн\w*|в\s+прошлом|тогдашн\w*|занимавш\w*|работавш\w*|"
                     r"(?:ранее|до\s+этого|прежде)\s+(?:занимал\w*|работал\w*|был\w*)|"
                     r"former)\b|\bэкс-|\bex-")


def _dated(sc: StoredClaim, toks: list[Tok]) -> list[tuple[str, StatedDate, Value]]:
    c = sc.claim
    out = []
    for d in c.dates:
        a = d.start - c.start
        at = next((t for t in toks if t.start >= a), None)
        if at is None or d.precision == "year":
            continue
        # the date's own words are not its event («в период» is not a meeting)
        span_toks = [t for t in toks if a <= t.start < d.end - c.start]
        last = span_toks[-1] if span_toks else at
        event = _nearest_frame(toks, c.text, at, EVENTS, 4, last)
        if event is None:
            continue
        v = Value(sc.id, d.start, d.end, d.text, _date_label(d), event)
        out.append((event, d, v))
    return out


def _causes(sc: StoredClaim) -> list[tuple[str, Value]]:
    c = sc.claim
    if not _CAUSE_FRAME.search(c.text):
        return []
    out = []
    for kind, pat in CAUSES:
        m = pat.search(c.text)
        if m:
            # show the cause as the phrase the claim uses: the match and the next word
            end = m.end()
            nxt = re.match(r"\s+[\w-]+", c.text[end:])
            if nxt and not re.match(r"\s+(?:и|а|но|в|на|по|тогда|что)\b", c.text[end:]):
                end += nxt.end()
            out.append((kind, Value(sc.id, c.start + m.start(), c.start + end,
                                    c.text[m.start() : end], kind, kind)))
    return out


def read_facts(sc: StoredClaim) -> Facts:
    """Everything a claim states that a conflict can be built on."""
    try:
        return _read_facts(sc)
    except (ValueError, IndexError, KeyError, StopIteration):
        # a claim whose facts do not line up with its text (offsets from a buggy
        # extraction) states nothing comparable; it must not stop the refresh of the rest
        return Facts(sc)


def _read_facts(sc: StoredClaim) -> Facts:
    toks = tokens(sc.claim.text)
    f = Facts(sc)
    f.counts = _counts(sc, toks)
    f.statuses = _statuses(sc, toks)
    f.roles = _roles(sc)
    f.dated = _dated(sc, toks)
    f.causes = _causes(sc)
    f.places = {fold(e.name) for e in sc.claim.entities if e.type == "LOC"}
    f.people = {fold(e.name) for e in sc.claim.entities if e.type == "PER"}
    f.nouns = {cls for _f, cls, _n, _v in f.counts}
    return f


# ---------------------------------------------------------------- people


class People:
    """Resolves a name to one person: full names as given; a surname alone only when the
    corpus knows exactly one person with it (Дмитрий and Илья Безуглый stay apart, and a
    bare «Безуглый» then belongs to neither)."""

    def __init__(self, names: Iterable[str]) -> None:
        full: dict[str, set[str]] = defaultdict(set)
        for n in names:
            parts = fold(n).split()
            if len(parts) >= 2:
                full[parts[-1]].add(f"{parts[0]} {parts[-1]}")
        self._full = full

    def key(self, name: str) -> str | None:
        """A stable key for the person (first name and surname: a patronymic is left
        out), or None when the name is ambiguous."""
        parts = fold(name).split()
        if not parts:
            return None
        if len(parts) >= 2:
            return f"{parts[0]} {parts[-1]}"
        known = self._full.get(parts[0], set())
        if len(known) > 1:
            return None
        return next(iter(known)) if known else parts[0]


def _title(name: str) -> str:
    return " ".join(p[:1].upper() + p[1:] for p in name.split())


# ---------------------------------------------------------------- finding conflicts


def _date_label(d: StatedDate) -> str:
    if d.date_from == d.date_to:
        return d.date_from
    return f"{d.date_from}..{d.date_to}"


def _dates_compatible(a: Facts, b: Facts) -> bool:
    """Two claims can speak of one event unless both are dated to days that differ."""
    da = {d.date_from for d in a.sc.claim.dates if d.precision == "day"}
    db = {d.date_from for d in b.sc.claim.dates if d.precision == "day"}
    return not da or not db or bool(da & db) or _ranges_meet(a, b)


def _ranges_meet(a: Facts, b: Facts) -> bool:
    for x in a.sc.claim.dates:
        for y in b.sc.claim.dates:
            if x.precision != "year" and y.precision != "year" and \
                    x.date_from <= y.date_to and y.date_from <= x.date_to:
                return x.precision != "day" or y.precision != "day"
    return False


def _contains(outer: StatedDate, inner: StatedDate) -> bool:
    return outer.date_from <= inner.date_from and inner.date_to <= outer.date_to


@dataclass
class _Group:
    """Values of one kind about one subject, gathered before they become a conflict."""

    kind: str
    subject: str
    key: tuple[str, ...]
    pairs: list[tuple[Value, Value, float]] = field(default_factory=list)
    # whether the claims' own dates date the values (a count of the dead on one day);
    # a sum of a bribe is one sum whatever day a report speaks of
    timed: bool = True


def _build(g: _Group, summary: str, facts: dict[int, Facts]) -> Conflict | None:
    """One conflict from the conflicting pairs of one group: one side per value.

    For counts, every claim kept must be compatible in time with every other kept claim,
    so one conflict never gathers two events (an arrest on 1 July, its extension later)."""
    if not g.pairs:
        return None
    by_value: dict[str, list[Value]] = defaultdict(list)
    kept: list[int] = []
    conf = max(c for _a, _b, c in g.pairs)
    for a, b, _c in sorted(g.pairs, key=lambda p: -p[2]):
        for v in (a, b):
            if g.kind == "count" and g.timed and v.claim not in kept and not all(
                _dates_compatible(facts[v.claim], facts[k]) for k in kept
            ):
                continue
            if all((x.claim, x.start) != (v.claim, v.start) for x in by_value[v.value]):
                by_value[v.value].append(v)
                kept.append(v.claim)
    # the best-supported values first; beyond six values the conflict says «they vary»
    values = sorted(by_value, key=lambda k: (-len(by_value[k]), k))[:6]
    per_side = max(1, MAX_CLAIMS // max(1, len(values)))
    sides: list[ConflictSide] = []
    spans: dict[str, list[int]] = {}
    shown: dict[str, str] = {}
    for n, val in enumerate(values):
        label = chr(ord("a") + n) if n < 26 else f"s{n}"
        seen: set[int] = set()
        for v in by_value[val][:per_side]:
            if v.claim in seen:
                continue
            seen.add(v.claim)
            sides.append(ConflictSide(v.claim, val, label))
            spans[f"{v.claim}:{label}"] = [v.start, v.end]
            shown.setdefault(val, v.text)
    if len({s.side for s in sides}) < 2:
        return None
    return Conflict(
        kind=g.kind,
        subject=g.subject,
        sides=tuple(sides),
        confidence=round(conf, 2),
        summary=summary.format(values=" vs ".join(f"{shown[v]} ({v})" if shown[v] != v else v
                                                   for v in values)),
        details={"values": values, "key": list(g.key), "spans": spans,
                 "words": {v: shown[v] for v in values}},
    )


def _pair_ok(a: Facts, b: Facts) -> bool:
    return a.sc.id != b.sc.id


def _count_conflicts(facts: Sequence[Facts], story: dict[int, int] | None = None) -> list[_Group]:
    # Claims meet in groups of (predicate, counted class, place), never all pairs.
    index: dict[tuple[str, str, str], list[tuple[Facts, int, Value]]] = defaultdict(list)
    place_df: Counter[str] = Counter()
    story = story or {}
    for f in facts:
        place_df.update(f.places)
        if _UPDATE.search(f.sc.claim.text) or _long_before(f):
            continue  # «число погибших возросло до 5» updates a toll; «в 2023 году» is another event
        for frame, cls, n, v in f.counts:
            if frame == "aboard":
                continue  # how many were on board is not disputed by how many died
            for place in f.places or {""}:
                index[(frame, cls, place)].append((f, n, v))
    # A report that names no place may speak of any place's event of its kind: it joins
    # each place's group, and must then share a day or a meaningful word with the other.
    for (frame, cls, place), items in list(index.items()):
        if place:
            index[(frame, cls, place)] = items + index.get((frame, cls, ""), [])
    # each disagreeing pair once, under the most specific place both name (Баку before
    # Россия), so one event makes one conflict and two events never share one
    best: dict[tuple[int, int, int, int], tuple[int, str, str, str, Value, Value, float]] = {}
    for (frame, cls, place), items in index.items():
        if len(items) > MAX_GROUP or len({n for _f, n, _v in items}) < 2:
            continue
        for (fa, na, va), (fb, nb, vb) in combinations(items, 2):
            if na == nb or not _pair_ok(fa, fb) or not _dates_compatible(fa, fb):
                continue
            unplaced = not fa.places or not fb.places
            # one story has one toll of dead or injured; people detained, freed or
            # evacuated come in many groups (two at an office, eight in court)
            one_story = frame in _TOLLS and \
                story.get(fa.sc.doc_id, -1) == story.get(fb.sc.doc_id, -2)
            if (cls == "люди" or unplaced) and not (_same_story(fa, fb) or one_story):
                # «5 человек погибли в Казани» in a fire and «2 человека» in a crash: a
                # common noun and a city are not enough to make one event
                continue
            key = (va.claim, va.start, vb.claim, vb.start)
            rank = place_df[place] if place else 1 << 30
            if key not in best or rank < best[key][0]:
                conf = 0.8 + (0.1 if place and not unplaced else 0.0)
                best[key] = (rank, frame, cls, place, va, vb, conf)
    groups: dict[tuple[str, str, str], _Group] = {}
    owner: dict[tuple[str, str, int], tuple[str, str, str]] = {}  # claim -> its group
    for rank, frame, cls, place, va, vb, conf in sorted(best.values(), key=lambda t: t[0]):
        key = (frame, cls, place)
        # a claim already in a group of a more specific place takes the pair there: one
        # report naming both «Баку» and «России» must not split one event in two
        for v in (va, vb):
            key = owner.get((frame, cls, v.claim), key)
        g = groups.get(key)
        if g is None:
            g = groups[key] = _Group(
                "count", f"{_noun_ru(cls)}: {_FRAME_RU.get(frame, frame)}"
                + (f" ({_title(key[2])})" if key[2] else ""), key)
        g.pairs.append((va, vb, conf))
        for v in (va, vb):
            owner.setdefault((frame, cls, v.claim), key)
    _widen(groups, index, owner, story)
    return list(groups.values())


def _widen(groups: dict[tuple[str, str, str], _Group],
           index: dict[tuple[str, str, str], list[tuple[Facts, int, Value]]],
           owner: dict[tuple[str, str, int], tuple[str, str, str]],
           story: dict[int, int]) -> None:
    """Each side of a count conflict gets every claim of the story that states its value
    of the same thing: «25 detained» said by the police in a report naming the region
    belongs beside «25 detained» of a report naming the city."""
    for key, g in groups.items():
        frame, cls, _place = key
        values: dict[str, Value] = {}
        members: set[int] = set()
        stories_in: set[int] = set()
        facts_of: dict[int, Facts] = {}
        for va, vb, _c in g.pairs:
            for v in (va, vb):
                values.setdefault(v.value, v)
                members.add(v.claim)
        for (f2, f3, _p), items in index.items():
            if (f2, f3) != (frame, cls):
                continue
            for f, _n, _v in items:
                facts_of[f.sc.id] = f
        stories_in = {story.get(facts_of[m].sc.doc_id, -1) for m in members if m in facts_of}
        conf = min(c for _a, _b, c in g.pairs)
        for (f2, f3, _p), items in index.items():
            if (f2, f3) != (frame, cls):
                continue
            for f, _n, v in items:
                if v.claim in members or v.value not in values or \
                        owner.get((frame, cls, v.claim), key) != key or \
                        story.get(f.sc.doc_id, -2) not in stories_in:
                    continue
                other = next(x for val, x in values.items() if val != v.value)
                if not _dates_compatible(f, facts_of[other.claim]):
                    continue
                g.pairs.append((v, other, conf))
                members.add(v.claim)


def _noun_ru(cls: str) -> str:
    if cls.startswith("граждане: "):
        return f"граждане ({_title(cls.split(': ', 1)[1])})"
    return cls


_TOLLS = {"dead", "injured", "missing"}
_UPDATE = re.compile(r"\b(?:возросл\w*|возрос|увеличил\w*|вырос\w*|достиг\w*|снизил\w*|"
                     r"уменьшил\w*|сократил\w*|rose|risen|climbed)\b", re.I)


def _long_before(f: Facts) -> bool:
    """Whether the claim dates itself half a year or more before its report: an older
    event of the same kind («Ранее в 2023 году там же погибли 11 человек»)."""
    ref = f.sc.published or f.sc.claim.said_on
    if not ref:
        return False
    return any(d.date_to < ref and _days_apart(d.date_to, ref) > 180 for d in f.sc.claim.dates)


def _same_story(a: Facts, b: Facts) -> bool:
    """Whether two claims share a day, or a meaningful word besides places, numbers and
    the counted predicate: evidence that they tell of one event."""
    days_a = {d.date_from for d in a.sc.claim.dates if d.precision == "day"}
    days_b = {d.date_from for d in b.sc.claim.dates if d.precision == "day"}
    if days_a & days_b:
        return True
    skip = a.places | b.places | {w for p in a.places | b.places for w in p.split()}
    skip |= a.nouns | b.nouns  # what is counted is shared by definition
    wa = {w for w in match.content_lemmas(a.sc.claim.lemmas) if not _DIGITS.search(w)}
    wb = {w for w in match.content_lemmas(b.sc.claim.lemmas) if not _DIGITS.search(w)}
    shared = {w for w in wa & wb - skip
              if not any(pat.match(w) for _n, pat in FRAMES) and not _NOT_COUNTED.match(w)
              and w not in _PEOPLE}
    return bool(shared)


_DIGITS = re.compile(r"\d")


_FRAME_RU = {"dead": "погибли", "injured": "пострадали", "custody": "задержаны/под арестом",
             "released": "освобождены", "evacuated": "эвакуированы", "aboard": "на борту"}
_STATUS_RU = {"released": "освобожден", "house_arrest": "под домашним арестом",
              "arrested": "арестован", "detained": "задержан", "arrest_extended": "арест продлен",
              "dead": "погиб/скончался"}


def _status_conflicts(facts: Sequence[Facts], people: People) -> list[_Group]:
    index: dict[tuple[str, str], list[tuple[Facts, str, Value]]] = defaultdict(list)
    for f in facts:
        for name, status, when, v in f.statuses:
            key = people.key(name)
            if key and when:
                index[(key, when)].append((f, status, v))
    out = []
    for (key, when), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = _Group("status", f"{_title(key)}, {when}", (key, when))
        for (fa, sa, va), (fb, sb, vb) in combinations(items, 2):
            if frozenset({sa, sb}) in INCOMPATIBLE and _pair_ok(fa, fb):
                g.pairs.append((_relabel(va, _STATUS_RU.get(sa, sa)),
                                _relabel(vb, _STATUS_RU.get(sb, sb)), 0.85))
        out.append(g)
    return out


def _relabel(v: Value, value: str) -> Value:
    return Value(v.claim, v.start, v.end, v.text, value, v.key)


def _role_conflicts(facts: Sequence[Facts], people: People) -> list[_Group]:
    index: dict[str, list[tuple[Facts, str, Value]]] = defaultdict(list)
    for f in facts:
        for name, role, former, v in f.roles:
            key = people.key(name)
            if key and not former:
                index[key].append((f, role, v))
    out = []
    for key, items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = _Group("role", _title(key), (key,))
        for (fa, ra, va), (fb, rb, vb) in combinations(items, 2):
            if ra == rb or not _pair_ok(fa, fb):
                continue
            if not any(ra in grp and rb in grp for grp in ROLE_GROUPS):
                continue
            g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out


def _date_conflicts(facts: Sequence[Facts], people: People) -> list[_Group]:
    # One event: the same non-recurring predicate about the same counted group or person,
    # in the same place when both name one.
    index: dict[tuple[str, str], list[tuple[Facts, StatedDate, Value]]] = defaultdict(list)
    for f in facts:
        for event, d, v in f.dated:
            if event not in ONCE_FRAMES:
                continue
            for who in (f.nouns | f.people) or set():
                index[(event, who)].append((f, d, v))
    groups: dict[tuple[str, str], _Group] = {}
    for (event, who), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        for (fa, da, va), (fb, db, vb) in combinations(items, 2):
            if not _pair_ok(fa, fb) or da.precision == db.precision:
                continue  # same precision and different values: two events as often as not
            if _contains(da, db) or _contains(db, da):
                continue  # the vaguer value holds the precise one
            if da.date_to < db.date_from or db.date_to < da.date_from:
                continue  # far apart: two events (an arrest in July, its extension later)
            if fa.places and fb.places and not fa.places & fb.places:
                continue
            g = groups.setdefault((event, who), _Group(
                "date", f"{_title(who) if who in fa.people else _noun_ru(who)}: "
                f"{_FRAME_RU.get(event, event)}", (event, who)))
            g.pairs.append((va, vb, 0.7))
    # A person dies once, and is freed once: one person's death (or release) dated to
    # two days apart is a conflict. A day apart is left alone: the day it became known
    # is often told as the day it happened.
    once: dict[tuple[str, str], list[tuple[Facts, str, Value]]] = defaultdict(list)
    for f in facts:
        for name, status, when, v in f.statuses:
            key = people.key(name)
            if key and when and status in ("dead", "released") and len(key.split()) >= 2:
                once[(key, status)].append((f, when, v))
    for (key, status), items in once.items():
        if len(items) > MAX_GROUP:
            continue
        for (fa, wa, va), (fb, wb, vb) in combinations(items, 2):
            gap = _days_apart(wa, wb)
            if not _pair_ok(fa, fb) or gap <= 1 or gap > 60:
                continue
            g = groups.setdefault((status, key), _Group(
                "date", f"{_title(key)}: {_STATUS_RU.get(status, status)}", (status, key)))
            g.pairs.append((_relabel(va, wa), _relabel(vb, wb), 0.65))
    return list(groups.values())


def _days_apart(a: str, b: str) -> int:
    """Days between two ISO dates; 0 when either is not a full date (nothing to compare)."""
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 0


def _statement_conflicts(facts: Sequence[Facts]) -> list[_Group]:
    groups: dict[str, _Group] = {}
    # within one claim: «experts named blows, while the other side named a heart attack»
    for f in facts:
        kinds = {k for k, _v in f.causes}
        if len(kinds) >= 2 and _contrasted(f):
            who = ", ".join(sorted(_title(p) for p in f.people)) or "?"
            g = groups.setdefault(f"cause:{f.sc.id}", _Group(
                "statement", f"причина смерти: {who}", ("cause", who)))
            vals = [v for _k, v in f.causes]
            for va, vb in combinations(vals, 2):
                g.pairs.append((va, vb, 0.75))
    # across claims about the same dead person, or two halves of one sentence
    index: dict[str, list[tuple[Facts, Value]]] = defaultdict(list)
    for f in facts:
        if len(f.causes) != 1:
            continue
        for p in f.people | {f"doc{f.sc.doc_id}"}:
            index[p].append((f, f.causes[0][1]))
    for who, items in index.items():
        if len(items) > MAX_GROUP:
            continue
        for (fa, va), (fb, vb) in combinations(items, 2):
            if va.value == vb.value or not _pair_ok(fa, fb):
                continue
            if who.startswith("doc") and abs(fa.sc.claim.end - fb.sc.claim.start) > 3 and \
                    abs(fb.sc.claim.end - fa.sc.claim.start) > 3:
                continue  # no person named: only two halves of one sentence compare
            named = who if not who.startswith("doc") else ", ".join(
                sorted(_title(p) for p in fa.people | fb.people)) or "?"
            g = groups.setdefault(f"cause:{who}", _Group(
                "statement", f"причина смерти: {_title(named)}", ("cause", who)))
            g.pairs.append((va, vb, 0.75))
    return list(groups.values())


_CONTRAST = re.compile(r"\b(?:тогда\s+как|в\s+то\s+время\s+как|однако|но|а|хотя|между\s+тем|"
                       r"while|whereas|but|however)\b", re.I)


def _contrasted(f: Facts) -> bool:
    """Two causes in one claim oppose each other only across a contrast («..., тогда как
    ...»); «умер от инфаркта, вызванного побоями» is one account, not two."""
    spans = sorted((v.start, v.end) for _k, v in f.causes)
    base = f.sc.claim.start
    between = f.sc.claim.text[spans[0][1] - base : spans[-1][0] - base]
    return bool(_CONTRAST.search(between))


_SUMMARIES = {
    "count": "different numbers: {values}",
    "status": "incompatible statuses on one day: {values}",
    "role": "different titles for one person: {values}",
    "date": "one event dated differently: {values}",
    "statement": "incompatible accounts: {values}",
}


def find_conflicts(claims: Sequence[StoredClaim]) -> list[Conflict]:
    """All conflicts among these claims, most confident first."""
    facts = [read_facts(sc) for sc in claims]
    names = [e.name for sc in claims for e in sc.claim.entities if e.type == "PER"]
    people = People(names)
    # which documents tell one story (imported here: conflict_rules builds on this module)
    from factdb import conflict_rules as rules
    from factdb.stories import stories

    story = stories(claims)
    groups = (
        _count_conflicts(facts, story) + _status_conflicts(facts, people)
        + _role_conflicts(facts, people) + _date_conflicts(facts, people)
        + _statement_conflicts(facts)
    )
    # rules that need to know which documents tell one story (imported here: they build
    # on this module's values)
    groups += (
        rules.money_conflicts(facts, story, people) + rules.measure_conflicts(facts, story, people)
        + rules.cause_conflicts(facts, story) + rules.detention_date_conflicts(facts, people)
        + rules.polarity_conflicts(facts, story, people)
    )
    by_id = {f.sc.id: f for f in facts}
    out = [k for g in groups if (k := _build(g, _SUMMARIES[g.kind], by_id)) is not None]
    return sorted(out, key=lambda k: (-k.confidence, k.kind, k.subject))


def conflicting_pairs(conflicts: Iterable[Conflict]) -> set[frozenset[int]]:
    """Pairs of claims that stand on different sides of some conflict."""
    out: set[frozenset[int]] = set()
    for k in conflicts:
        for a, b in combinations(k.sides, 2):
            if a.side != b.side and a.claim_id != b.claim_id:
                out.add(frozenset({a.claim_id, b.claim_id}))
    return out


def refresh(db: Database) -> None:
    """Recompute clusters and conflicts for the claims stored now (after an ingest)."""
    claims = load_claims(db)
    conflicts = find_conflicts(claims)
    apart = conflicting_pairs(conflicts)
    clusters, _stats = match.find_clusters(
        claims, veto=lambda a, b: frozenset({a.id, b.id}) in apart
    )
    by_id = {sc.id: sc for sc in claims}
    labels = [match.cluster_label([by_id[i] for i in g]) for g in clusters]
    store.save_clusters(db, clusters, labels)
    store.save_conflicts(db, conflicts)


# ---------------------------------------------------------------- reading the report


@dataclass(frozen=True)
class Report:
    """What `factdb conflicts` shows: the conflicts, their claims, and how many claims
    the database holds (to tell an empty database from one without conflicts)."""

    conflicts: list[store.StoredConflict]
    claims: dict[int, StoredClaim]
    total_claims: int


def _forms(word: str) -> set[str]:
    """The forms a word of --about is compared in: as written, its lemma, its name lemmas."""
    from factdb.extract import nlp

    w = fold(word.strip())
    forms = {w, fold(nlp.lemma(w))}
    name_lemmas = getattr(nlp, "name_lemmas", None)
    if name_lemmas is not None:
        forms |= {fold(x) for x in name_lemmas(word.strip())}
    return {f for f in forms if f}


def _word_matches(forms: set[str], token: str, name: bool = False) -> bool:
    # Surnames decline in ways the lemmatizer misreads (Пескова -> песок): for a name a
    # shared stem of all but the last two letters counts too (not for common words:
    # «россиян» is not «Россия»).
    for f in forms:
        if f == token:
            return True
        short = min(len(f), len(token))
        if name and short >= 5:
            n = 0
            while n < short and f[n] == token[n]:
                n += 1
            if n >= max(4, short - 2):
                return True
    return False


def about_matches(k: Conflict, claims: dict[int, StoredClaim], words: list[str]) -> bool:
    """Whether a conflict is about every word given (person, body or subject, any form)."""
    hay: set[str] = set(_WORD.findall(fold(k.subject)))
    for s in k.sides:
        sc = claims.get(s.claim_id)
        if sc is not None:
            hay |= set(sc.claim.lemmas.split())
            hay |= {w for e in sc.claim.entities for w in fold(e.name).split()}
            hay |= set(_WORD.findall(fold(sc.claim.text)))
    hay = {fold(h) for h in hay}
    return all(any(_word_matches(_forms(w), h, w[:1].isupper()) for h in hay) for w in words)


def report(db: Database, about: str | None = None, kind: str | None = None) -> Report:
    """The stored conflicts (optionally about a word, of one kind) with their claims."""
    stored = store.load_conflicts(db, kind=kind)
    ids = {s.claim_id for k in stored for s in k.conflict.sides}
    claims = {sc.id: sc for sc in load_claims(db, ids=sorted(ids))} if ids else {}
    if about and about.strip():
        words = _WORD.findall(about)
        stored = [k for k in stored if about_matches(k.conflict, claims, words)]
    return Report(stored, claims, store.claim_count(db))
