"""Facts of one claim, read for comparison: what is counted and by which predicate, who
gets which status on which day, which title a person is given, what an event is dated
to, what a death is blamed on. Which person a name means is `factdb.conflicts.people`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from factdb.conflicts.lexicons import (
    _CAUSE_FRAME,
    _CHILDREN,
    _CITIZEN,
    _NOT_COUNTED,
    _NUMBER_WORDS,
    _PEOPLE,
    _ROLE_BEFORE_NAME,
    _TRAVELLERS,
    ABOUT,
    ALMOST,
    ATTACKERS,
    BOUND_WORDS,
    CAUSES,
    CITIZEN_FRAMES,
    CREW,
    DEMONYMS,
    EVENTS,
    FOUND_ILL,
    FOUND_WORDS,
    FRAMES,
    LEAK_STEMS,
    ONE_WORDS,
    PERSON_NOUNS,
    PHRASE_FRAMES,
    ROLES,
    TENS,
    WORKERS,
    country_of,
    number_value,
    ration_after,
    words_number,
)
from factdb.extract.dates import ORDINAL_STEMS, ordinal_number
from factdb.extract.dates import M as MONTH_WORD
from factdb.extract.facts import DASH_AFTER, DATA_UNITS, HEADED_COUNT, PARTS_OF_DAY
from factdb.extract.grammars import LATIN_LOWER, LATIN_UPPER, SPEECH_LEMMAS
from factdb.models import StatedDate, StoredClaim
from factdb.text import fold

_WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*")
_FOUND_ILL = re.compile(rf"{FOUND_ILL}\s*$", re.I)
_PART_TOLD = re.compile(r"\sиз\s+(?:них|которых)\s", re.I)
# Where one clause ends and the next begins: a value's predicate must sit in its clause.
# a day a count or a state is told as of, by the words before it: «на 14:00 15 ноября»,
# «по состоянию на 09:00», «к вечеру вторника»
AS_OF_DAY = re.compile(r"(?:(?<!ночь\s)\bна|\bк|по\s+(?:состоянию|данным)\s+на)\s+"
                       r"(?:\d{1,2}[:.]\d\d\s+)?$", re.I)
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
    # statuses of a person told by what they are («ученый задержан»): (noun, status, day,
    # value); the finder gives them to the report's protagonist, if it has one
    role_statuses: list[tuple[str, str, str | None, Value]] = field(default_factory=list)
    roles: list[tuple[str, str, bool, Value]] = field(default_factory=list)  # person, role
    dated: list[tuple[str, StatedDate, Value]] = field(default_factory=list)  # event, date
    causes: list[tuple[str, Value]] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    # of those, the places told as where people come from («жители Мурманска»)
    origins: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)
    # told of an older affair by «тогда» after the sentence that dates it (set by
    # rules.mark_earlier, which sees the report's claims in order)
    earlier: bool = False
    # what a reader of the claim's text found, kept for the next rule that asks
    # (rules.read_once): the conflict rules and the clustering's agreements read alike
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


def _nearest_frame(
    toks: list[Tok], text: str, at: Tok, table: Sequence[tuple[str, re.Pattern[str]]],
    window: int = 5, last: Tok | None = None, skip: Tok | None = None,
) -> str | None:
    """The frame of the word nearest to the span `at`..`last` within its clause and
    `window` words; the span's own words do not count, nor those up to `skip` (which
    leaves the distance counted from `at`)."""
    last = last or at
    lo, hi = _clause_bounds(text, at.start)
    # a colon after the value opens a list of its parts («всего участвовали девять
    # человек: пятеро переданы ..., четверо вернулись»): their predicates are theirs
    colon = text.find(":", last.end, hi)
    if colon >= 0:
        hi = colon
    best: tuple[int, int, str] | None = None
    # (a source told between the count and its verb is no distance: «Сорок пять рабочих,
    # по словам адвоката, были задержаны»)
    asides = [m.span() for pat in (_ASIDE, _TERM_ASIDE) for m in pat.finditer(text, lo, hi)]
    for t in toks:
        if t.start < lo or t.end > hi or at.i <= t.i <= max(last.i, skip.i if skip else 0):
            continue
        dist = at.i - t.i if t.i < at.i else t.i - last.i
        if asides:
            x, y = (t.end, at.start) if t.i < at.i else (last.end, t.start)
            dist -= sum(1 for u in toks if x <= u.start < y
                        and any(a <= u.start < b for a, b in asides))
        if dist > window:
            continue
        for rank, (name, pat) in enumerate(table):
            if pat.match(t.w):
                cand = (dist, rank, name)
                if best is None or cand < best:
                    best = cand
                break
    return best[2] if best else None


GENERIC = "~"  # the mark of a frame named by its verb, not by the lexicon


def _generic_frame(toks: list[Tok], text: str, at: Tok, window: int = 3) -> str | None:
    """A count whose predicate the lexicon does not know is framed by its nearest verb
    in the clause («в шахте находились 112 горняков» -> «~находиться»); such counts
    are compared only with counts of the same verb in claims that read alike (see
    finder._restated_counts)."""
    lo, hi = _clause_bounds(text, at.start)
    best: tuple[int, str] | None = None
    for t in toks:
        if t.start < lo or t.end > hi or t.i == at.i or abs(t.i - at.i) > window:
            continue
        if _pos(t.w) in ("VERB", "PRTS", "INFN"):
            lem = _lemma(t.w)
            if lem not in SPEECH_LEMMAS and lem not in _NOT_FRAMES and \
                    (best is None or abs(t.i - at.i) < best[0]):
                best = (abs(t.i - at.i), lem)
    return GENERIC + _ONE_VERB.get(best[1], best[1]) if best else None


# verbs of one meaning, one generic frame: «в гимназии обучаются 480 детей» and «там
# учатся около 500 детей» count one thing; so do «зал покинули 30 человек» and «ушли 200»
_ONE_VERB = {"обучаться": "учиться", "проживать": "жить", "покинуть": "уйти",
             # defects found, by whatever verb: «выявлены три трещины», «насчитали семь
             # трещин», «зафиксированы семь трещин»
             "насчитать": "выявить", "зафиксировать": "выявить", "обнаружить": "выявить",
             "найти": "выявить"}


# verbs that only lead to the verb of the act: «вынужден отменить 43 рейса»
_MODALS = frozenset("вынудить вынуждать удаться удасться решить решать начать начинать "
                    "продолжить продолжать успеть планировать собраться собираться хотеть "
                    "захотеть пытаться попытаться пришлось прийтись".split())
# verbs that frame no count of their own: being, having, reaching a total; and what
# still «остается» changes by the hour
_NOT_FRAMES = frozenset("быть являться стать составить составлять иметь мочь остаться "
                        "оставаться".split()) | _MODALS



# a crew told as made of so many people: «экипаж (судна, по данным ...) состоит из»,
# «насчитывает», «в экипаже»; the count right after
_CREW_OF = re.compile(r"(?:\bв\s+(?:его\s+|ее\s+|её\s+)?экипаже|\bэкипаж(?:\s+[\w«»-]+){0,3}?"
                      r"(?:\s*,[^,.;:!?]{1,60},)?\s+(?:состо(?:ит|ял)\s+из|насчитыва\w+|"
                      r"составля\w+|[—–-]))\s+(?:(?:всего|около|примерно|порядка|более|"
                      r"менее|из)\s+)?$", re.I)


def _country_before(text: str) -> str | None:
    """The citizens of the last country a stretch of text names, as a count's class."""
    for w in reversed(_WORD.findall(fold(text))):
        if country := country_of(w):
            return f"граждане: {country}"
    return None


# Things counted under several nouns, each folded into one class: cars («четыре
# автомобиля», «четыре машины»; not «легковушка»: «три легковушки и маршрутка» are four
# cars told by their kinds), farm birds («4,2 тыс. птиц» and «31 тысяча кур» of one
# flock), trees («46 деревьев», «больше трехсот стволов»)
_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("автомобиль", "машина", "автомашина", "авто", "техника"), "автомобиль"),
    **dict.fromkeys(("птица", "кура", "курица", "несушка", "бройлер", "цыпленок", "цыплёнок",
                     "утка", "гусь", "индейка", "птицы"), "птица"),
    **dict.fromkeys(("дерево", "ствол", "насаждение"), "дерево"),
    **dict.fromkeys(("заправка", "азс", "автозаправка", "бензоколонка"), "заправка"),
    # livestock by its kinds and as heads: «20 голов скота», «40 коров», «20
    # животных» of one herd
    **dict.fromkeys(("корова", "бык", "теленок", "телёнок", "телка", "тёлка", "свинья",
                     "овца", "коза", "животное", "скот", "крс", "поголовье"), "скот"),
    # a team's players told by their sport's word: «пять футболистов», «семерых игроков»
    **dict.fromkeys(("игрок", "футболист", "хоккеист", "баскетболист", "волейболист",
                     "гандболист"), "игрок"),
    # a troupe's members: «38 артистов» and «менее двадцати актеров» of one letter
    **dict.fromkeys(("артист", "артистка", "актер", "актёр", "актриса"), "артист"),
    # a collection's pieces by a general word: «похищены семь произведений», «девять
    # предметов», «семь единиц хранения», «экспонатов» (not the kinds, «иконы», «картины»,
    # which a claim lists as parts)
    **dict.fromkeys(("произведение", "предмет", "экспонат"), "предмет"),
}


# a claim about livestock, whose «голов» are heads of cattle, not goals
_HERD = re.compile(r"(?<![а-яё])(?:скот\w*|кр[сc]\b|коров\w*|свин\w*|овец|овц\w*|коз\b|коз[аы]\w*|"
                   r"бык\w*|тел(?:ят|ят\w+|енк\w*|ёнк\w*)|животн\w*|стад\w*)", re.I)


# (a flock's heads are birds, counted as a flock is: «забили 200 тыс. голов птицы»)
_FLOCK = re.compile(r"(?<![а-яё])(?:птиц|кур(?:[аыу]|ы|ей|ам|ами)?(?![а-яё])|несушк|бройлер|"
                    r"цыпл|уток|утк[аи]|гус[еия]|индее?к|индюш)", re.I)


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
    if noun in _CHILDREN:
        return "дети"
    if noun in ATTACKERS:
        return "нападавшие"
    if noun == "заложник":
        return "заложники"
    if noun in WORKERS:
        return "работники"
    if noun in CREW or noun == "член" and any(re.match(r"(?:экипаж|команд)", w)
                                              for w in following[:3]):
        return "экипаж"
    if pos in ("PRTF", "PRTS") and any(p.match(noun) for _f, p in FRAMES):
        return "люди"  # «11 задержанных», «38 погибших»: people, counted by what befell them
    adjective = pos == "ADJF" if pos else noun.endswith(("ский", "цкий", "ской", "ый", "ий"))
    if noun.startswith(_TRAVELLERS) and "из" in following[:3]:
        home = following[following.index("из") + 1 :][:1]
        if home and (country := country_of(home[0])):
            return f"граждане: {country}"  # «девять туристов из России»
    if noun in _CITIZEN or adjective:
        # «граждан России», «российских граждан», «российских туристов»
        citizen = noun in _CITIZEN or bool(following and following[0].startswith("граждан")) \
            or any(w.startswith(_TRAVELLERS) for w in following[:2])
        for w in [noun, *following[:2]]:
            country = country_of(w)
            if country and citizen:
                return f"граждане: {country}"
    if noun in _CITIZEN and any(re.match(r"(?:республик|стран|государств)\w*$|наш\w*$", w)
                                for w in following[:3]):
        return "граждане: ?"  # «граждан республики», «граждан нашей страны»: see finder
    if noun == "соотечественник":
        return "граждане: ?"
    if noun in _PEOPLE:
        return "люди"
    if noun in _SYNONYMS:
        return _SYNONYMS[noun]
    if noun == "единица" and any(re.match(r"(?:техник|машин|автомоб|транспорт)", fold(w))
                                 for w in following[:2]):
        return "автомобиль"  # «25 единиц техники» are machines
    if noun == "единица" and any(fold(w).startswith("хранени") for w in following[:1]):
        return "предмет"  # «семь единиц хранения» of a museum
    if adjective or noun.endswith(("ть", "ться", "ти")):
        return None  # an adjective or a verb form is not what is counted
    return noun


def _pos(word: str) -> str:
    from factdb.extract.nlp import inflections

    return str(inflections(word)[0]) if re.search(r"[а-яё]", word) else ""


def genitive_noun(word: str) -> bool:
    """Whether a word can be a noun in the genitive («экипажа»; «ноты» is a plural too)."""
    from factdb.extract.nlp import noun_cases

    return "gent" in noun_cases(word)


def _genitive_plural_noun(word: str) -> str | None:
    from factdb.extract.nlp import plural_genitive_noun

    return plural_genitive_noun(word)


def _lemma(word: str) -> str:
    from factdb.extract.nlp import lemma

    return lemma(word)


_PART_OF_WHOLE = re.compile(r"(?<![\w-])(\d{1,6}|[а-яё]+)\s+из\s+$", re.I)


def _part_of_whole(text: str, found: list[tuple[int, int, int, str | None]]) -> None:
    """«семь из пятнадцати вагонов», «7 из 15 вагонов»: the part is the count told, in the
    whole's noun; the whole only says what it is of (in place, on (start, end, value,
    noun) spans)."""
    for idx, (a, b, _v, noun) in enumerate(found):
        if (m := _PART_OF_WHOLE.search(text[:a])) is None:
            continue
        part = m.group(1).lower()
        value = number_value(part)
        if value is not None:
            found[idx] = (m.start(1), b, value, noun)
            # (the part read alone, «семь из», counts nothing)
            found[:] = [x for x in found if not (x[0] == m.start(1) and x[1] <= a)]
            return


# (the whole told with its own phrase after a comma: «два автомобиля из четырех, накрытых
# оползнем»; not «отменил 43 рейса из 140 запланированных», the part being the count)
# (not a staff told as the whole: «30 учителей из 64, работающих в школе», the part is
# the count)
_OF_A_WHOLE = re.compile(r"\s+из\s+(\d+|[а-яё]+),(?!\s*(?:работающ|трудящ|состоящ)\w*)", re.I)
_DENIED_FIGURE = re.compile(r"(?:^|[\s,])(?:а|но)\s+(?:вовсе\s+|совсем\s+|никак\s+)?не\s+$",
                            re.I)


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
    _part_of_whole(c.text, found)
    taken = [(a, b) for a, b, _v, _n in found]
    if _LATIN.search(c.text) and not _CYRILLIC.search(c.text):
        # an English claim: «14 protesters» (the extraction reads Russian counts only)
        for m in re.finditer(r"\b(\d{1,6})\s+([A-Za-z]+)", c.text):
            if not any(x <= m.start() < y for x, y in taken):
                word = fold(m.group(2))
                found.append((m.start(), m.end(), int(m.group(1)),
                              "people" if word == "people" else word.removesuffix("s")))
    skip_to = -1
    for k, t in enumerate(toks):
        if k <= skip_to or t.w not in _NUMBER_WORDS or any(a <= t.start < b for a, b in taken):
            continue
        value, first = _NUMBER_WORDS[t.w], t
        # «тридцать один ребенок», «двадцать два человека»: tens and units are one number
        if k + 1 < len(toks) and (both := words_number([t.w, toks[k + 1].w])):
            value, k, skip_to = both, k + 1, k + 1
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.w in _NUMBER_WORDS:
            continue
        # «двух стран», «двумя-тремя словами»: only people and things, not idioms
        if "-" in first.w or (nxt is not None and "-" in nxt.w):
            continue
        if nxt is not None and nxt.w in PARTS_OF_DAY:
            continue  # «около девяти утра»: an hour, not a count (as the extraction reads it)
        if nxt is None or (_pos(nxt.w) not in ("NOUN", "ADJF", "PRTF")
                           and not _genitive_plural_noun(nxt.w)):
            # «пассажиров было двадцать восемь — именно столько»: the counted noun
            # stands before the number, in the same clause
            # (a name before it is whom, not what: «передала Польше пятерых»)
            back = [t for t in toks[max(0, first.i - 3) : first.i] if _pos(t.w) == "NOUN"
                    and not c.text[t.start].isupper()
                    and not re.search(r"[,;:—–]", c.text[t.end : first.start])]
            if back:
                found.append((back[-1].start, toks[k].end, value, _lemma(back[-1].w)))
            continue
        noun_of = _lemma(nxt.w) if _pos(nxt.w) in ("NOUN", "ADJF", "PRTF") else \
            _genitive_plural_noun(nxt.w)
        found.append((first.start, nxt.end, value, noun_of))
    _part_of_whole(c.text, found)
    found += _ones_and_none(c.text, toks, [(a, b) for a, b, _v, _n in found])
    out = []
    for a, b, value, noun in found:
        at = next((t for t in toks if t.start >= a), None)
        if at is None:
            continue
        if _number_word(_OTHER_ACCOUNT.match(c.text, b)):
            # «полиция говорит о двух раненых, врачи — о пяти»: two accounts in one
            # claim tell no one count
            continue
        inner = [t.w for t in toks if a <= t.start < b and not t.w.isdigit()
                 and t.w not in _NUMBER_WORDS and fold(t.w) != fold(noun or "")]
        following = inner + [t.w for t in toks if t.start >= b][:3]
        counted = [t.w for t in toks if a <= t.start < b and not t.w.isdigit()
                   and t.w not in _NUMBER_WORDS]
        area = _area_unit(c.text[a : b + 12])
        if area:
            # «площадь пожара составила 45 тыс. кв. м», «огонь охватил 18 тысяч гектаров»:
            # the area of a fire or a flood, in square metres; any other area (a
            # building's, a plot's) is no quantity of the event
            # (its clause: commas and dashes bound it; the points of «тыс. кв. м» do not)
            lo = max([m.end() for m in _AREA_CLAUSE.finditer(c.text, 0, a)] or [0])
            end = _AREA_CLAUSE.search(c.text, b)
            hi = end.start() if end else len(c.text)
            if (area_head := _AREA_HEAD.search(c.text, 0, lo)) is not None and \
                    not _AREA_CLAUSE.search(c.text, area_head.end(), lo - 1):
                # «Площадь посевов, погибших от засухи, оценивается в 8 тыс. га»: the
                # area's own noun opens the clause a participle's commas break
                lo = area_head.start()
            if _DISASTER_AREA.search(c.text[lo:hi]) and not _PART_OF.search(c.text[lo:a]) \
                    and not _AREA_PART.match(c.text[b:]) and not _PART_BURNT.search(c.text[lo:a]) \
                    and not _LAND_CATEGORY.search(c.text[lo:a]):
                out.append(("area", "площадь, м²", value * area,
                            Value(sc.id, base + a, base + b, c.text[a:b], str(value * area),
                                  "площадь, м²")))
            continue
        if noun in ("тонна", "т"):
            continue  # a weight: what was spilled is read by _measures, the rest is cargo
        if _DENIED_FIGURE.search(c.text[max(0, a - 20) : a]):
            continue  # «погибших девять, а не семь»: the figure the speaker denies
        # «не более 20 литров на машину»: a ration is a count of its unit
        ration = _RATION_UNITS.get(fold(noun or ""))
        ration = ration if ration and ration_after(c.text, b) else None
        if noun and _NOT_COUNTED.match(fold(noun)) and not ration:
            continue  # «на четыре месяца продлил арест восьмерых»: a span of time, never people
        whole = _OF_A_WHOLE.match(c.text, b)
        if whole and number_value(whole.group(1).lower()) is not None:
            continue  # «два автомобиля из четырех»: a part of a whole told elsewhere
        if _PART_OF.search(c.text[max(0, a - 130) : a]):
            continue  # «только там сгорели 58 домов»: one place's share of the toll
        if _THRESHOLD.match(c.text[b:]) or _LEGAL.search(
                _PROCEDURE.sub(" ", c.text[max(0, a - 90) : a])) and \
                _attack_role(c.text, a, b) is None:
            # «смерть двух и более лиц»: the wording of a law, not a toll (but «обвиняемые
            # по статьям о терроризме захватили двух сотрудников» count the hostages)
            continue
        prev = next((t for t in reversed(toks) if t.end <= a), None)
        if prev is not None and prev.w in ("у", "для", "от", "к") and not (
                prev.w == "у" and _FOUND_ILL.search(c.text[max(0, a - 80) : a])):
            # «у двоих задержанных изъяли телефоны»: some of them, not how many (but
            # «инфекция подтверждена у шести пациентов» counts the ill)
            continue
        if prev is not None and prev.w in ("еще", "ещё") and \
                re.search(r"\bвместе\s+с\b", c.text[_clause_bounds(c.text, a)[0] : a], re.I):
            continue  # «вместе с ним отправили еще восемь»: the others, not how many
        # «погибших — 5», «погибших не меньше 143»: the counted word heads the span
        headed = HEADED_COUNT.match(c.text[a:b]) is not None
        word = (counted[0] if headed else counted[-1]) if counted else ""
        cls = _noun_class(noun, following, _pos(word) if word else "")
        if prev is not None and prev.w.lower() in ("с", "со") and cls == "люди":
            continue  # «поговорили с семью пострадавшими»: those met, not how many it befell
        if cls in ("гол", "голова") and _HERD.search(c.text) and not _FLOCK.search(c.text):
            cls = "скот"  # «забито 20 голов скота», «сожгли 40 голов» (not goals)
        if cls is None and not counted and noun and _NUMBER_OF.search(c.text[max(0, a - 80) : a]) \
                and any(p.match(fold(noun)) for _f, p in FRAMES):
            cls = "люди"  # «число погибших достигло 12»: those «число» names, by what befell them
        if not word and noun and cls == fold(noun):
            # (a collective read alone, its participle right after it: «двое отравившихся»
            # are people, not a kind of thing)
            word = next((t.w for t in toks if b <= t.start <= b + 1
                         and fold(t.w)[:6] == fold(noun)[:6]), "")
            cls = _noun_class(noun, following, _pos(word)) if word else cls
        if ration:
            cls = ration
        if cls == "станция" and re.search(r"заправочн", c.text[a:b], re.I):
            cls = "заправка"  # «47 автозаправочных станций» are «47 заправок»
        if cls == "средство" and re.search(r"транспортн\w*\s+средств", c.text[a:b], re.I):
            cls = "автомобиль"  # «700 транспортных средств» are the cars of «1800 машин»
        if cls == "граждане: ?" and re.search(r"(?<![а-яё])(?:эт|данн)\w+ (?:стран|государств)",
                                             fold(" ".join(following[:4]))):
            # «передала Грузии шестерых граждан этой страны»: the country named just before
            cls = _country_before(c.text[_clause_bounds(c.text, a)[0] : a]) or cls
        if cls is None:
            # «девять задержанных в Баку россиян»: the counted noun comes a few words on
            after = [t for t in toks if t.start >= b][:4]
            for j, t in enumerate(after):
                lem = fold(_lemma(t.w))
                if lem in DEMONYMS or lem in _CITIZEN or lem in _PEOPLE:
                    cls = _noun_class(lem, [x.w for x in after[j + 1 :]], "NOUN")
                    break
        own_frame = None
        extended = _EXTENDED.search(fold(c.text[max(0, a - 80) : a])) is not None
        if cls is None and noun is None and extended:
            # «суд продлил арест девятерым из них»: those whose arrest is extended are
            # people held, citizens of the country the story's other counts name
            cls = "граждане: ?"
        elif cls is None and noun is None and b - a < 12 and \
                _lemma(fold(c.text[a:b]).split()[-1]) in _COLLECTIVE_PEOPLE:
            # «погибли по меньшей мере двое»: a collective counts people, of the predicate
            # between the commas around it («восемь погибли, трое остаются в списках
            # пропавших»: the three are missing, not dead)
            # (only of a toll: how many are missing or in hospital changes by the hour;
            # «четверо из них» is a part of a group)
            # (those taken to hospital are told as a part of those hurt, «обратились 14
            # человек, трое из них госпитализированы», and are every one in hospital)
            own_frame = _segment_frame(toks, c.text, a, b)
            # (those held in a case, when the number closes its clause: «по делу задержаны
            # трое: ...», «задержанных пятеро.», «задержаны двое — директор и инженер»: the
            # whole, not some of them)
            whole_held = own_frame == "custody" and (
                _CLOSES_CLAUSE.match(c.text, b) is not None or
                DASH_AFTER.match(c.text, b) is not None)
            if own_frame not in ("dead", "injured", "hospitalized") and not whole_held or (
                    re.match(r"\s+из\b", c.text[b:]) and own_frame != "hospitalized") or \
                    re.search(r"\bиз\s+(?:[\w-]+\s+){1,3}$", c.text[max(0, a - 40) : a], re.I):
                # («из семи госпитализированных пятеро уже выписаны»: a part of a group
                # named before, whose word is not the part's predicate)
                own_frame = None
            if own_frame is None and _phrase_frame(toks, c.text, a, b) == "aboard":
                # «в лифте ехали пятеро», «в машине было трое»: those aboard are people, and
                # how many rode is told once (not a toll of the hour)
                own_frame = "aboard"
            cls = "люди" if own_frame else None
        named_by: Tok | None = None
        if noun and (cls is None or cls == "люди" and not counted):
            # «34 задержанных», «пятеро погибших» with nothing after: the counted word is
            # a participle of the predicate itself
            head = next((t for t in toks if t.start >= b), None)
            if counted:
                head = next((t for t in toks if t.w == counted[-1]), head)
            if head is not None and _pos(head.w) in ("PRTF", "ADJF", "NOUN") and \
                    fold(noun)[:5] == head.w[:5] and head.start - b <= 1:
                own_frame = next((name for name, pat in FRAMES if pat.match(head.w)), None)
                after_it = next((t for t in toks if t.i == head.i + 1), None)
                # (a word past a comma is no complement: «участвовали 37 осужденных,
                # спецсредства не применялись»)
                if own_frame is not None and (after_it is None or after_it.start - head.end > 2
                                              or _pos(after_it.w) not in ("NOUN", "ADJF")
                                              or "," in c.text[head.end : after_it.start]):
                    cls = "люди"
                    if after_it is not None and _pos(after_it.w) in ("VERB", "PRTS"):
                        named_by = head  # «двое пострадавших госпитализированы»: `last`
                else:
                    own_frame = None
        dashed = cls == "люди" and headed
        if dashed:
            # «пострадавших — 11»: the counted word before the dash is the predicate
            own_frame = next((name for name, pat in FRAMES if pat.match(at.w)), None)
            if own_frame is None:
                continue
        # people counted by their part in an attack: those who seized, those seized
        role = _attack_role(c.text, a, b) if noun is None or \
            cls in ("люди", "нападавшие", "заложники") or _person_noun(noun) else None
        if role is not None:
            cls = role[0]
        if cls is None or cls == "люди" and _PART_TOLD.search(c.text, a, b):
            # («31 человек, 27 из них — граждане России»: a part of those just counted, a
            # count of its own only of another kind, «пятеро из них — школьники»)
            continue
        phrase = _number_of_frame(c.text, a) or _phrase_frame(toks, c.text, a, b) or (
            _dash_head_frame(c.text, a) if cls == "люди" and not headed else None)
        # (the counted word is a predicate only when no other word is: «21 пассажира
        # госпитализировали» are the hospitalised, not those aboard; «12 раненых» are hurt)
        last = max((t for t in toks if a <= t.start < b), key=lambda t: t.i, default=at)
        if named_by is not None:
            # the participle that names those counted is no predicate when another follows
            last = named_by
        after_last = toks[last.i + 1] if last.i + 1 < len(toks) else None
        before_at = toks[at.i - 1].w if at.i else ""
        if after_last is not None and after_last.start - last.end <= 1 and before_at != "из" and \
                c.text[after_last.start].islower() and _pos(after_last.w) == "NOUN" and \
                genitive_noun(after_last.w):
            # the counted noun's own complement is no predicate: «14 членов экипажа спасены»
            # are rescued, not aboard (but «из 16 членов экипажа» is the whole crew)
            last = after_last
        # a participle between the number and its noun is the predicate: «127 подтопленных
        # домов», «трех сгоревших машин»
        participle = next((fn for t in toks if a < t.start < b and _pos(t.w) == "PRTF"
                           for fn, pat in FRAMES if pat.match(t.w)), None)
        counted_frame = next((n for n, p in FRAMES if p.match(fold(noun))), None) \
            if noun is not None and cls in ("люди", fold(noun)) and not dashed and not phrase \
            else None
        if counted_frame:
            # a list of tolls, «двое погибших, шесть пострадавших»: the counted word is the
            # predicate when no frame word follows it in its clause (the one before belongs
            # to the item before)
            (lo, hi), head5 = _clause_bounds(c.text, a), fold(noun or "")[:5]
            # (the list's item: from the comma or colon before the number)
            lo += max([0] + [m.end() for m in re.finditer(r"[,:]", c.text[lo:a])])
            if not any((lo <= t.start < a or last.end < t.start < hi) and t.w[:5] != head5
                       and any(p.match(t.w) for _n, p in FRAMES) for t in toks):
                phrase = counted_frame  # («освободили 12 заложников»: the verb's frame)
        frame = (own_frame if cls == "люди" and (noun is None or dashed) else None) or phrase or \
            participle or \
            _nearest_frame(toks, c.text, at, FRAMES, skip=last) or \
            _nearest_frame(toks, c.text, at, FRAMES) or own_frame or \
            _generic_frame(toks, c.text, at)
        if frame == "custody" and _ASKED_TO_HOLD.search(c.text[_clause_bounds(c.text, a)[0] : a]):
            continue  # «следствие просило заключить под стражу всех девятерых»: a request
        if frame == "custody" and _inmates_only(toks, c.text, a):
            # «в колонии отбывают наказание 870 осужденных», «37 заключенных отказались
            # выйти»: inmates named as such are no one the story detained
            frame = _nearest_frame(toks, c.text, at, _FREE_FRAMES, skip=last) or \
                _generic_frame(toks, c.text, at)
        if (frame is None or frame.startswith(GENERIC)) and out and \
                PART_BEFORE.search(c.text[max(0, a - 25) : a]):
            # «заболели 40 человек, в том числе 12 детей»: the part of the group just
            # counted befell what the group's did
            frame = out[-1][0]
        if value == 0 and not cls.startswith("граждане: "):
            # «никто из участников нападения пока не задержан», «погибших нет»: none of
            # those the denied verb or the participle tells of (not «сбитых» before
            # «пострадавших нет»)
            # (the participle itself, else the words after the group: not «пассажиров»)
            words = ([at] if at.end >= b else []) + [t for t in toks if t.start >= b][:6]
            frame = next((name for t in words for name, pat in FRAMES if pat.match(t.w)),
                         frame)
        if role is not None:
            frame = role[1]
        elif cls == "нападавшие" and frame not in ("dead", "injured", "custody"):
            # how many attacked, whatever they are said to have done; those killed
            # («уничтожены», «ликвидированы») are dead
            frame = "dead" if frame == "destroyed" or _KILLED.search(
                c.text[slice(*_clause_bounds(c.text, a))]) else "attacked"
        elif cls == "заложники" and frame not in ("dead", "injured", "released"):
            frame = "hostages"
        if frame == "attacked" and cls in ("люди", "мужчина"):
            cls = "нападавшие"  # «в кассу ворвались двое парней» / «вбежали три человека»
        if frame == "victims" and (cls in _CUSTOMERS or cls in ("лицо", "гражданин")):
            cls = "люди"  # «4312 потерпевших» and «обманутых вкладчиков более 6 тысяч»
        elif cls in _CUSTOMERS or cls in ("люди", "лицо"):
            # «застрахованы вклады 118 тыс. физических лиц», «вкладчиками банка являются
            # 140 тысяч человек», «вернуть деньги 118 тысячам клиентов»: how many a bank
            # (a developer, an operator) owes, whatever the verb; not those over a limit
            clause = c.text[slice(*_clause_bounds(c.text, a))]
            if (cls in _CUSTOMERS or _CUSTOMER_WORDS.search(clause) or
                    _CUSTOMERS_HEAD.search(c.text[max(0, a - 60) : a])) and (
                    frame is None or frame.startswith(GENERIC) or _OWED.search(clause)
                    # («от краха фонда пострадали 9 тысяч вкладчиков»: a customer suffers a
                    # loss, not a wound)
                    or frame == "injured" and cls in _CUSTOMERS
                    and not _BODILY.search(c.text)):
                # (the limit may stand in brackets before: «свыше лимита (1,4 млн руб.)»)
                if _OVER_LIMIT.search(c.text[max(0, a - 80) : b + 40]) or \
                        _SUBSET.search(c.text[max(0, a - 12) : a]):
                    continue
                cls, frame = "клиенты", "customers"
        if cls in _CALLS and (frame is None or frame.startswith(GENERIC)):
            # «за ночь в ЕДДС поступило 143 звонка», «диспетчеры приняли 612 звонков»: the
            # calls or complaints a service took, whatever verb tells it (compared only
            # over one period of one day: finder._calls_apart)
            frame = "calls"
        if frame == "charges":
            if cls not in ("пункт", "статья", "эпизод"):
                continue
            cls = "пункты обвинения"  # «по шести статьям» and «по 12 пунктам»: one list
        if frame == "sold" and re.search(r"(?<![а-яё])(?:в|во|на|из|у)\s+(?:[а-яё-]+\s+)?$",
                                         c.text[max(0, a - 30) : a], re.I):
            continue  # «квартир в первых двух домах было продано»: where, not what was sold
        if cls in _RECORDS and (frame in ("cut_off", GENERIC + "затронуть") or (
                (frame is None or frame.startswith(GENERIC))
                and _TOUCHED.search(c.text[max(0, a - 60) : a]))):
            # «утечка затронула до 800 тыс. записей», «затронуто 300 тыс. записей»: records
            # affected are leaked, not homes cut off
            frame = "leaked"
        if frame == "leaked" and cls not in _ONE_GROUP["leaked"] and \
                _ABOUT_IT.search(c.text[max(0, a - 20) : a]) and \
                not _LEAK_WORDS.search(c.text):
            continue  # «речь идет о 900 пассажирах»: a figure spoken of, no leak in sight
        if frame == "rejected" and re.search(r"(?<![а-яё])из\s+$", c.text[max(0, a - 4) : a],
                                             re.I):
            continue  # «из 150 забракованных бюллетеней оспорим 90»: the whole, no count
        if frame == "custody" and _QUESTIONED.search(
                c.text[max(0, a - 40, _clause_bounds(c.text, a)[0]) : b + 30]):
            frame = "questioned"  # «на допрос доставили более 50 человек»: no detention
        if frame == "resigned":
            clause = c.text[slice(*_clause_bounds(c.text, a))]
            if _WITHDRAWN.search(clause) or _STILL_MEANING.search(clause):
                # «свои заявления забрали пятеро»: those who changed their minds; «все еще
                # намерены уволиться 11»: those left of the walkout later
                continue
            if cls == "заявление":
                cls = "люди"  # «в отдел кадров пришли 30 заявлений на увольнение»: one a person
        if cls in _ONE_GROUP.get(frame or "", ()) or (
                frame in _ANYONE and cls not in ("дети", "экипаж") and _person_noun(cls)):
            # «в забастовке участвуют около 600 работников» and «к забастовке присоединились
            # полторы тысячи человек»: one count of those on strike, whatever the noun (so
            # «45 рабочих задержаны» and «задержаны 27 человек», «в драке участвовали 150
            # рабочих» and «около 40 человек»)
            cls = "люди"
        if frame in _DWELLING and (cls in _DWELLERS or cls == "люди") and \
                _IN_A_BUILDING.search(c.text[slice(*_clause_bounds(c.text, a))]):
            # «в общежитии находились 120 человек», «в гостинице находились 45 постояльцев»,
            # «в доме в ту ночь ночевали двенадцать жильцов»: how many were in the
            # building when it happened, whatever the noun of its people (not children, nor
            # the staff: a part of those there; nor those living there, «проживали»: the
            # residents are not all home)
            cls, frame = "люди", "present"
        if cls == "люди" and _CREW_OF.search(c.text[max(0, a - 90) : a]):
            # «экипаж траулера состоит из 24 человек», «в экипаже 24 человека», «экипаж
            # насчитывает 27 человек»: the crew's size, one count with «24 члена экипажа»
            cls, frame = "экипаж", "aboard"
        if cls in DATA_UNITS:
            # a volume of data, however its unit is written: one quantity of the story
            # (what the hackers took), in gigabytes
            out.append(("data", "данные, ГБ", value * DATA_UNITS[cls],
                        Value(sc.id, base + a, base + b, c.text[a:b],
                              str(value * DATA_UNITS[cls]), "данные, ГБ")))
            continue
        if cls in ("люди", "дети") and (_ALIVE_AFTER.match(c.text[b:]) or
                                        _FOUND_ALIVE_AFTER.match(c.text[b:]) or
                                        _FOUND_ALIVE_BEFORE.search(c.text[max(0, a - 50) : a])):
            # «17 человек живы, пять человек погибли»; «нашли живыми девять участников
            # пропавшей группы», «девятерых удалось найти живыми» (found alive are the
            # survivors, whatever the word after: not the missing)
            frame = "survived"
        if cls == "случай" and _DISEASE.match(c.text[b:]):
            # «47 случаев кори», «12 случаев отравления»: each case one person fallen ill
            cls, frame = "люди", "ill"
        if frame in ("dead", "injured", "sought_help", "hospitalized") and cls and \
                _ONLY.search(c.text[max(0, a - 12) : a]) and _person_noun(cls):
            # «за помощью обратилась только одна бортпроводница»: only she, so the whole
            # toll, whatever her trade (without «только» she may be a part of it)
            cls = "люди"
        if cls == "люди" and _AMONG.search(c.text[max(0, a - 60) : a]):
            continue  # a part of a toll told by a word that is not counted
        if (cls in ("люди", "дети") or cls.startswith("граждане: ")) and \
                (more := _AND_ALSO.match(c.text, b)) and \
                (more.group(1).isdigit() or fold(more.group(1)) in _NUMBER_WORDS or
                 fold(more.group(1)) in ONE_WORDS):
            # «получила восемь своих граждан ..., а также двоих детей»: the eight are a
            # part of those the sentence counts, not how many there were
            continue
        if _RECENT_SHARE.search(c.text[max(0, a - 70, _clause_bounds(c.text, a)[0]) : a]):
            continue  # «лишь за последние сутки — девять проб»: the latest days' share
        if _REGION_TOTAL.search(c.text[max(0, a - 70) : a]):
            continue  # «в городе 47 случаев, всего по области — 71»: a wider area's total
        if cls in _GAMES and _NO_CROWD.search(c.text):
            # «три домашних матча без зрителей», «две игры при пустых трибунах»: a club's
            # sanction, however the games are named or the verb tells it
            cls, frame = "матчи", "closed_doors"
        if (frame is None or frame.startswith(GENERIC)) and not _person_noun(cls) and \
                _IN_THE_COUNTED.search(c.text[max(0, a - 4) : a]) and \
                _FOUND_IN.search(c.text[slice(*_clause_bounds(c.text, a))]):
            # «в 37 пробах выявлена кишечная палочка», «вредитель обнаружен в 12 партиях»:
            # the things something was found in are the things found infected
            frame = "ill"
        if frame is None:
            continue
        if frame.startswith(GENERIC) and cls.startswith("граждане: ") and cls != "граждане: ?":
            # «на родину вернулись семь граждан Грузии»: see CITIZEN_FRAMES
            frame = CITIZEN_FRAMES.get(frame.removeprefix(GENERIC), frame)
        if frame == "evacuated" and (_SUBSET.search(c.text[max(0, a - 12) : a]) or
                                     _AWAITING.search(c.text[slice(*_clause_bounds(c.text, a))])):
            # «эвакуированы 1 150 человек, из них 37 спасатели вывели...»: a part;
            # «ждут эвакуации еще 30», «в списки на эвакуацию внесены 600»: not yet
            continue
        if phrase == "evacuated" and cls in _EVACUEES:
            # all led out of a building are its people, whatever they did there: «из
            # здания вывели 1,8 тыс. сотрудников» and «эвакуированы 1 150 человек»
            cls = "люди"
        if frame == "expelled":
            # the expelled are a country's envoys, whatever word counts them («двух
            # сотрудников посольства РФ», «трех российских дипломатов»): one count per
            # country, the country told by an adjective or the embassy's name
            envoys = _ENVOYS.match(cls) is not None
            country = next((x for w in (counted + following)[:5] if (x := country_of(w))), None)
            if not envoys or country is None:
                continue
            cls = f"дипломаты: {country}"
        if cls in _DRONES or (cls == "аппарат" and frame in _DOWNING):
            # «сбиты 23 БПЛА», «уничтожены 23 беспилотника», «перехватили 31 аппарат»:
            # drones brought down, whatever word counts them or the verb tells it
            if frame not in _DOWNING:
                continue
            cls, frame = "беспилотники", "downed"
            if _OVER_REGIONS.search(c.text[slice(*_clause_bounds(c.text, a))]):
                frame = "downed_total"  # «над десятью регионами»: not one region's count
        if frame == "custody" and cls in _TRIPS:
            continue  # «задержаны девять рейсов»: flights held up, not people held
        if frame == "released" and _DEMAND.search(c.text[max(0, a - 120) : a]):
            # «настоял на том, чтобы Баку отпустил 11 граждан»: asking for a release
            # speaks of people still held
            frame = "custody"
        if extended and (frame == "custody" or cls == "граждане: ?"):
            # «продлил арест восьми», «продлил на три месяца срок содержания под стражей
            # восьми гражданам»: the extension, not the arrest
            frame = "extension"
        v = Value(sc.id, base + a, base + b, c.text[a:b], str(value), cls)
        out.append((frame, cls, value, v))
    return out + _elliptical(sc, toks, out)


# A seizure told by its verb: a count right before it is of those who attacked («шестеро
# заключенных захватили двух охранников»), a count right after «захватили» or «взяли в
# заложники» (or before «были захвачены») of the hostages; «в руках нападавших оказались
# трое сотрудников» are hostages too.
_SEIZE = (r"(?:захват(?:ил|или|ила|ивш)\w*|взял[аи]?\s+(?:[\w-]+\s+)?в\s+заложник\w*)")
_ATTACK = (rf"(?:{_SEIZE}|напал[аи]?|атаковал[аи]?|ворвал(?:ся|ась|ись)|открыл[аи]?\s+"
           r"(?:стрельбу|огонь)|расстрел(?:ял|яли|ивал|ивали))")
# (an aside between commas may stand between: «шестеро подследственных, часть из которых
# обвиняется по статьям о терроризме, взяли в заложники ...»)
_ATTACKED_BY = re.compile(rf"(?:\s*,[^,.;:!?]{{1,120}},){{0,2}}\s*(?P<words>(?:[\w-]+\s+){{0,6}}?)"
                          rf"{_ATTACK}(?![\w-])", re.I)
_SEIZED_BY = re.compile(rf"\b{_SEIZE}\s+(?:в\s+заложник\w+\s+)?(?:[\w-]+\s+)?$", re.I)
_SEIZED = re.compile(r"[\s,]*(?:был[иао]?\s+)?(?:захвачен\w*|взят[аоы]?\s+в\s+заложник\w*)",
                     re.I)
_IN_HANDS = re.compile(r"\bв\s+(?:заложниках|руках\s+(?:[\w-]+\s+){0,2}?)(?:оказал\w*|"
                       r"находил\w*|были|оста\w+)\s+(?:[\w-]+\s+)?$", re.I)
# attackers killed by the police: «ликвидированы все шестеро нападавших»
_KILLED = re.compile(r"\bликвидир\w*", re.I)


def _attack_role(text: str, a: int, b: int) -> tuple[str, str] | None:
    """(class, frame) of a count of people by its place around a verb of attack."""
    lo, _hi = _clause_bounds(text, a)
    before = text[lo:a]
    # (what follows the number and its word: a count's span may run past them)
    head = re.match(r"\S+(?:\s+[^\s,.;:!?]+)?", text[a:b])
    after = text[a + head.end() if head else b :]
    if re.search(r"\b(?:на|от|у|для|из)\s+$", before, re.I):
        return None  # «напали на двух охранников», «у троих нападавших»
    if _SEIZED_BY.search(before) or _IN_HANDS.search(before) or _SEIZED.match(after):
        return ("заложники", "hostages")
    m = _ATTACKED_BY.match(after)
    if m and not re.search(r"\b(?:котор|кого|кем|чем)", m.group("words"), re.I):
        return ("нападавшие", "attacked")
    return None


def _person_noun(noun: str) -> bool:
    """Whether a counted word names people: an animate noun or a noun told by an
    adjective («подследственный», «заключенный»)."""
    from factdb.extract.nlp import animate

    return animate(noun) or _pos(noun) in ("ADJF", "PRTF")


def _elliptical(sc: StoredClaim, toks: list[Tok], counts: list[tuple[str, str, int, Value]]
                ) -> list[tuple[str, str, int, Value]]:
    """Numbers told with the word of an earlier count left out: «утром сообщали о трех
    погибших, вечером писали уже о пяти» -> 5 dead. The number stands alone before a
    punctuation mark, after the same preposition as the earlier count."""
    c = sc.claim
    base = c.start
    # the word before each count (its preposition, if any)
    before = [next((x.w for x in reversed(toks) if x.end <= v.start - base), None)
              for _f, _c, _n, v in counts]
    out = []
    for k, t in enumerate(toks):
        if t.w not in _NUMBER_WORDS or k == 0 or not re.match(r"\s*(?:[.,;!?]|$)",
                                                             c.text[t.end : t.end + 2]):
            continue
        prep = toks[k - 1].w
        if prep not in ("о", "об", "до") or any(v.start <= base + t.start < v.end
                                                  for _f, _c, _n, v in counts):
            continue
        for (frame, cls, n, v), word in zip(counts, before, strict=True):
            if word == prep and v.start - base < t.start and _NUMBER_WORDS[t.w] != n:
                out.append((frame, cls, _NUMBER_WORDS[t.w],
                            Value(sc.id, base + t.start, base + t.end, t.w,
                                  str(_NUMBER_WORDS[t.w]), cls)))
                break
    return out


# the unit of an area right after its number, and its size in square metres
_AREA_UNITS = (
    (re.compile(r"^[\d\s,.]*(?:тыс\w*\.?\s*|млн\.?\s*)?(?:кв\.?\s*(?:км|километр)|"
                r"квадратн\w+\s+километр|км2|км²)", re.I), 1_000_000),
    (re.compile(r"^[\d\s,.]*(?:[а-яё]+\s+)?(?:тыс\w*\.?\s*|млн\.?\s*)?"
                r"(?:га\b|гектар)", re.I), 10_000),
    (re.compile(r"^[\d\s,.]*(?:[а-яё]+\s+)?(?:тыс\w*\.?\s*|млн\.?\s*)?"
                r"(?:кв\.?\s*м|квадратн\w+\s+метр|м2\b|м²)", re.I), 1),
)
# words of a fire or a flood beside an area: it is the area the event covers
_DISASTER_AREA = re.compile(r"\b(?:пожар\w*|возгорани\w*|горени\w*|огон\w*|огн(?!естрел)[еяюи]\w*|"
                            r"пламен\w*|выгорел\w*|сгорел\w*|охвач\w+|подтоп\w*|"
                            r"затоп\w*|наводнени\w*|паводк\w*|fire|burn\w*|flood\w*|"
                            # crops lost to the weather: «засуха погубила 8 тыс. га посевов»
                            r"посев\w*|озим\w*|урожа\w*)",
                            re.I)


# drones, however a report names them; the verbs that bring them down
_DRONES = {"беспилотник", "бпла", "бла", "дрон", "квадрокоптер", "drone", "drones"}
_DOWNING = {"destroyed", GENERIC + "сбить", GENERIC + "перехватить", GENERIC + "уничтожить",
            GENERIC + "подавить", GENERIC + "поразить", GENERIC + "нейтрализовать"}
# a count over several regions or the whole country, not over the region of the story
_OVER_REGIONS = re.compile(r"\b(?:над|в|по)\s+(?:\d+|[а-яё]+(?:ю|мя|ью|ми))\s+(?:[\w-]+\s+)?"
                           r"(?:регион|област|субъект)\w*|\bпо\s+(?:всей\s+)?стран\w*|"
                           r"\bв\s+целом\b|\bнад\s+(?:территорией\s+)?(?:россии|рф)\b|"
                           r"\bнад\s+(?:рядом|несколькими)\s+(?:[\w-]+\s+)?(?:регион|област)\w*",
                           re.I)


# trips a count of «задержаны» may be of: held up, never held in custody
_TRIPS = {"рейс", "вылет", "прилет", "поезд", "электричка", "flight", "train"}
# those waiting to be evacuated, or listed for it, are not the evacuated
_AWAITING = re.compile(r"\b(?:жд[уеё]\w*|ожида\w*|желающ\w*|жела\w*|списк\w*\s+на|"
                       r"заявк\w*\s+на|записал\w*\s+на|нужда\w*\s+в|подлежа\w*)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:эвакуац|эвакуир)\w*|\bэвакуаци\w*\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:жд[уеё]\w*|ожида\w*)|\bawait\w*\s+evacuation", re.I)
# games a club is to play without spectators
_GAMES = frozenset({"матч", "игра", "встреча", "поединок", "match", "game"})
_NO_CROWD = re.compile(r"\bбез\s+(?:зрителей|болельщиков|публики)|\bпри\s+пустых\s+трибун\w*|"
                       r"\bbehind\s+closed\s+doors|\bwithout\s+(?:fans|spectators)", re.I)
# a bank's (a developer's, an operator's) customers, counted: by their name, or as people
# in a clause of deposits or customers
_CUSTOMERS = frozenset({"вкладчик", "клиент", "дольщик", "пайщик", "абонент"})
_CUSTOMER_STEMS = "|".join(sorted(_CUSTOMERS))
_CUSTOMER_WORDS = re.compile(rf"\b(?:вклад|{_CUSTOMER_STEMS})\w*|\bучастник\w*\s+долев\w+",
                             re.I)
# the customers named before a dash: «Дольщиков у этого объекта — 860 человек»
_CUSTOMERS_HEAD = re.compile(rf"\b(?:{_CUSTOMER_STEMS})\w*[^.;:!?—–]{{0,40}}\s[—–-]\s*$", re.I)
# (clients taken to hospital were hurt: «в столовой пострадали восемь клиентов, всех увезла скорая»)
_BODILY = re.compile(r"\b(?:больниц|госпитал|травм|ранен|медик|скор[аоуы][йяюе]?\s+помощ)\w*", re.I)
_OWED = re.compile(r"\b(?:деньг|средств|выплат|возмещени|вклад|компенсаци)\w*", re.I)
# customers with more than a limit: a part of them («вклады свыше страхового лимита имеют
# 9,5 тыс. клиентов»)
_OVER_LIMIT = re.compile(r"\b(?:свыше|выше|сверх|больше|превыша\w*)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:лимит|порог|страхов)\w*", re.I)
_FOUND_ALIVE_BEFORE = re.compile(r"\bживы(?:ми|м)\s+(?:[\w-]+\s+){0,3}?$", re.I)
_FOUND_ALIVE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?живы(?:ми|м)\b", re.I)
_ALIVE_AFTER = re.compile(r"\s+(?:(?:остал\w+|оста[ею]тся)\s+)?(?:живы|в\s+живых)\b", re.I)
# a disease (or a poisoning) after «случаев»: the cases are people ill
_DISEASE = re.compile(r"\s+(?:заболевани|заражени|инфицировани|отравлени|кор[иь]\b|грипп|ковид|"
                      r"covid|коронавирус|туберкулез|гепатит|дизентери|менингит|сальмонеллез|"
                      r"холер|ветрян|ботулизм|кишечн\w+\s+инфекци|инфекци|энтеровирус|норовирус|"
                      r"ротавирус|лихорадк|пневмони|ОРВИ)", re.I)
# a total over the region (the country) told beside the story's own count
# a count of the latest days against the story's whole: «лишь за последние сутки»,
# «за последний месяц» (a part of the total, not a rival figure)
_RECENT_SHARE = re.compile(r"\bза\s+последн\w+\s+(?:[\w-]+\s+)?(?:сутки|суток|недел\w+|"
                           r"дн[ия]\w*|час\w*|месяц\w*)\b", re.I)
_IN_THE_COUNTED = re.compile(r"(?<![а-яё])во?\s+$", re.I)
_FOUND_IN = re.compile(rf"\b(?:{FOUND_WORDS})", re.I)
_REGION_TOTAL = re.compile(r"\b(?:всего|в\s+целом)\s+(?:по|в)\s+(?:[\w-]+\s+)?(?:област|регион|"
                           r"кра[юе]|республик|стран|округ|субъект)\w*\s*(?:[\w-]+\s+){0,2}?"
                           r"(?:[—–:-]\s*)?$", re.I)
_OF_THEM = r"из\s+(?:них|которых)"
_SUBSET = re.compile(rf"\b{_OF_THEM}\s+$", re.I)
# a part of a group just told, a word or so before its count: «Из них 12 умерли»,
# «в том числе трое детей»
PART_BEFORE = re.compile(rf"(?<![а-яё])(?:{_OF_THEM}|в\s+том\s+числе)\s+(?:[а-яё]+\s+)?$",
                         re.I)
# another group of people added in the same sentence: «..., а также двоих детей»
_AND_ALSO = re.compile(r"[^.;!?]*?\bа\s+также\s+(?:ещ[её]\s+)?([а-яё]+|\d+)\s+"
                       r"(?:[а-яё]+\s+)?(?:дет|ребен|человек|граждан|несовершеннолетн|подрост|"
                       r"женщин|мужчин)", re.I)
# «среди погибших трое — жители Москвы», «среди пострадавших, по данным МЧС, двое»: some
# of those a toll counts, told by what sets them apart
# («среди госпитализированных есть и двое жителей области»)
_AMONG = re.compile(r"\bсреди\s+[а-яё]+(?:\s*,[^,]{1,40},)?\s*(?:[—–:-]\s*)?"
                    r"(?:(?:есть|были|был|оказал\w+|и|также)\s+){0,3}$", re.I)
# the units a ration is told in, one name each («20 л» and «20 литров»)
_RATION_UNITS = {"литр": "литр", "л": "литр", "килограмм": "килограмм", "кг": "килограмм",
                 "штука": "штука", "шт": "штука", "упаковка": "упаковка", "пачка": "упаковка"}
# brought in for questioning: «в отделы полиции на допрос доставили», «для дачи показаний»
_QUESTIONED = re.compile(r"(?<![а-яё])(?:на|для)\s+(?:допрос\w*|опрос\w*|беседы|беседу|"
                         r"дачи\s+показаний)(?![а-яё])", re.I)
_ONLY = re.compile(r"(?<![а-яё])(?:только|лишь|всего)\s+$", re.I)
_RECORDS = frozenset({"запись", "строка"})  # what a database holds
# records told as touched by a breach before their number: «затронутых учетных записей —
# около 50 тысяч», «затронуто не больше 50 тысяч строк»
_TOUCHED = re.compile(r"(?<![а-яё])затронут\w*", re.I)
_ABOUT_IT = re.compile(r"\bречь\s+идет\s+о\s+(?:[\w-]+\s+)?$", re.I)
_LEAK_WORDS = re.compile(rf"(?<![а-яё])(?:{LEAK_STEMS}|утёк|выгрузк|дамп|баз[аеуы]\b|leak)",
                         re.I)
# being in a building when it happened, told in the past: one count of its people
_DWELLING = {GENERIC + "находиться", GENERIC + "ночевать"}
_BUILDING = (r"пансионат|дом|доме|здани|общежити|интернат|гостиниц|отел|хостел|корпус|казарм|"
             r"приют|помещени")
_IN_A_BUILDING = re.compile(rf"(?<![а-яё])(?:в|во)\s+(?:[\w-]+\s+)?(?:{_BUILDING}|квартир|"
                            r"подъезд)\w*[^.;!?]{0,40}?(?<![а-яё])"
                            r"(?:находил(?:ись|ось|ась|ся)|ночевал[аио]?)(?![а-яё])|"
                            r"(?<![а-яё])(?:находил(?:ись|ось)|ночевал[аио]?)\s+(?:[\w-]+\s+){0,3}?"
                            rf"(?:в|во)\s+(?:[\w-]+\s+)?(?:{_BUILDING})\w*", re.I)
_DWELLERS = frozenset({"постоялец", "постоялица", "жилец", "жилица", "житель", "старик",
                       "пенсионер", "проживающий", "подопечный", "обитатель"})
# frames whose people are one group of the story whatever noun counts them: those on
# strike, on hunger strike, at a rally or in a fight, held by the police
_ONE_GROUP: dict[str, frozenset[str]] = {
    "on_strike": frozenset({"работники", "сотрудник"}),
    "laid_off": frozenset({"работники", "сотрудник", "работник"}),
    # (a leak's size in records, rows or the people they are of)
    "leaked": frozenset({"запись", "строка", "клиент", "заявитель", "пользователь"}),
    "hunger_strike": frozenset({"работники", "сотрудник"}),
    # (a crowd or a race's field by any noun of the whole of it, not a kind of people
    # among it, «в том числе 40 детей»: «стартовали 900 человек», «участвовали 900
    # велосипедистов»)
    "attended": frozenset({"работники", "участник", "бегун", "спортсмен", "атлет",
                           "протестующий", "митингующий", "демонстрант", "манифестант",
                           "пловец", "гонщик", "лыжник", "велосипедист"}),
    # (members of a gang or a cell held are people held: «задержаны девять членов
    # преступной группы» and «задержаны 16 человек»)
    "custody": frozenset({"работники", "член"}),
    # (patients, the sick, diabetics left without their drug are one group)
    "no_drug": frozenset({"пациент", "больной", "диабетик", "льготник"}),
    # (inmates who fled: «двое осужденных», «три человека», «трое заключенных»)
    "escaped": frozenset({"осужденный", "заключенный", "арестант", "узник"}),
    # (not the police or the rescuers: «120 полицейских» of the 300 are a part)
    "searched": frozenset({"волонтер", "доброволец", "участник", "поисковик"}),
    # (a ride is a rider: «610 тысяч бесплатных поездок», «380 тыс. пассажиров»)
    "rode_free": frozenset({"пассажир", "горожанин", "житель", "поездка", "человек"}),
}
# frames whose people are one count whatever they are called: those who went together
# («четверо туристов», «из шести приятелей»), those caught by an avalanche or a collapse
# («пять человек», «шести попавших»), travellers stranded abroad («туристов», «клиентов»)
# (and those who quit: «30 учителей» and «28 педагогов» of one walkout)
_ANYONE = frozenset({"in_group", "trapped", "abroad", "resigned"})
# who is evacuated from a building: the people in it, whatever they were doing there
_EVACUEES = frozenset({"сотрудник", "работник", "работники", "посетитель", "покупатель", "жилец",
                       "житель", "пациент", "студент", "зритель", "гость", "постоялец", "пассажир"})
# «площадь X, ...,» before the figure: the noun whose participle phrase stands in commas
_AREA_HEAD = re.compile(r"(?<![а-яё])площад\w*\s+[а-яё]+\s*,", re.I)
_AREA_CLAUSE = re.compile(r"[,;:—–!?]|\.\s+(?=[А-ЯЁA-Z«\"])")
# a part of the area told after it: «1,8 тыс. кв. м торговых площадей на третьем этаже»
_AREA_PART = re.compile(r"^\W*(?:кв\.?\s*м\.?\s*|м2\s*|м²\s*)?(?:[\w-]+\s+){0,3}?(?:на|в)\s+"
                        r"(?:[\w-]+\s+)?(?:этаж|корпус|цех|крыл|секци|участк|помещени|здани)",
                        re.I)


# one category of land's share of the area: «на землях лесного фонда огнем пройдено 870
# гектаров» (of «площадь пожара превысила 1,2 тысячи гектаров»)
_LAND_CATEGORY = re.compile(r"(?<![а-яё])на\s+землях\s+", re.I)
# a part of a building burnt out, whose own area the count is: «кухня выгорела на площади
# 12 кв. м» (the fire's may be larger)
_PART_BURNT = re.compile(r"(?<![а-яё])(?:тамбур|квартир|комнат|кухн|подъезд|балкон|лоджи|"
                         r"коридор|холл|лестничн\w+\s+клетк|чердак|кровл|крыш|помещени|"
                         r"кабинет|спальн)\w*\s+(?:[\w-]+\s+){0,2}?(?:выгорел|сгорел|обгорел)\w*",
                         re.I)


def _area_unit(span: str) -> int:
    """The square metres of the unit an area count is told in («45 тыс. кв. м», «18
    тысяч гектаров», «3 га»), else 0."""
    return next((size for pat, size in _AREA_UNITS if pat.match(span)), 0)


# «погиб один член экипажа»: a member of a crew (a family) is one person, counted as
# members (the crew is a part of those aboard: «87 пассажиров и пять членов экипажа»)
_MEMBERS = frozenset({"член"})
# the nouns «один» counts as one person
_ONE_OF = _PEOPLE | PERSON_NOUNS | _CHILDREN | _MEMBERS | WORKERS | CREW
# what one and none may count: people by nationality or by what they were doing there
_PERSON = re.compile(r"(?:" + "|".join(_TRAVELLERS) + r")\w*$")
# (not a source's words: «по данным МЧС, пропавших нет» tells none)
_NO_NEWS = re.compile(r"(?<!по\s)(?<!согласно\s)\b(?:данн|информаци|сведени|сообщени|подтвержд)\w*",
                      re.I)


def _citizen_word(t: Tok) -> bool:
    lem = fold(_lemma(t.w))
    return lem in DEMONYMS or lem in _CITIZEN or bool(_PERSON.match(lem))


def _ones_and_none(text: str, toks: list[Tok], taken: list[tuple[int, int]]
                   ) -> list[tuple[int, int, int, str | None]]:
    """Counts told without a number: «одна туристка из России погибла», «погиб один
    россиянин» (one, of people only: «один из», «еще один» and «одно здание» count
    nothing here), and none of a nation's citizens: «погибших среди граждан России нет»,
    «никто из россиян не пострадал» (a zero a report of one dead contradicts). Spans of
    the counted noun, value, its lemma."""
    out: list[tuple[int, int, int, str | None]] = []
    for k, t in enumerate(toks):
        if any(a <= t.start < b for a, b in taken):
            continue
        prev = toks[k - 1].w if k else ""
        if t.w in ONE_WORDS and prev not in ("еще", "ещё", "ни", "из") and k + 1 < len(toks):
            # (a participle of what befell them is people too: «об одном погибшем»)
            nxt = next((x for x in toks[k + 1 : k + 3] if _pos(x.w) == "NOUN" or
                        _pos(x.w) in ("PRTF", "ADJF") and any(p.match(x.w) for _f, p in FRAMES)),
                       None)
            if nxt is not None and toks[k + 1].w != "из" and (_citizen_word(nxt) or fold(
                    _lemma(nxt.w)) in _ONE_OF or _pos(nxt.w) != "NOUN"):
                out.append((t.start, nxt.end, 1, _lemma(nxt.w)))
            continue
        if t.w == "не" and k and k + 1 < len(toks) and toks[k + 1].w == "было" and \
                _pos(toks[k - 1].w) in ("NOUN", "PRTF") and \
                _genitive_plural_noun(toks[k - 1].w) is not None and \
                any(p.match(toks[k - 1].w) for _f, p in FRAMES) and not (
                    k > 1 and _pos(toks[k - 2].w) == "NOUN"
                    and not _BREAK.search(text[toks[k - 2].end : toks[k - 1].start])):
            # «задержаний не было», «жертв не было»: none of those the act befalls
            # (a participle is its own counted word: «пострадавших не было»; not a noun's
            # complement: «списка эвакуированных не было» is no list)
            word = toks[k - 1]
            out.append((word.start, word.end, 0,
                        _lemma(word.w) if _pos(word.w) == "PRTF" else "человек"))
            continue
        if t.w != "нет" and not (t.w == "не" and any(x.w in ("никто", "никого", "ни")
                                                     for x in toks[max(0, k - 6) : k])):
            continue
        lo, _hi = _clause_bounds(text, t.start)
        before = [x for x in toks[max(0, k - 5) : k] if x.start >= lo]
        if t.w == "не":
            # «никто из россиян не пострадал»: the verb after «не» is the frame
            if k + 1 >= len(toks) or not any(p.match(toks[k + 1].w) for _f, p in FRAMES):
                continue
        elif not any(p.match(x.w) for x in before for _f, p in FRAMES) or \
                _NO_NEWS.search(text[lo : t.start]):
            continue  # «данных о погибших россиянах нет» is no news, not none
        who = next((x for x in before if _citizen_word(x)), None)
        if who is not None:
            out.append((who.start, who.end, 0, _lemma(who.w)))
        elif (group := _none_of(text, toks, k, lo)) is not None:
            out.append(group)
    return out


_BREAK = re.compile(r"[,;:—–.!?«»\"]")  # what parts a noun from the next one's complement


def _none_of(text: str, toks: list[Tok], k: int, lo: int
             ) -> tuple[int, int, int, str | None] | None:
    """None of the people a frame's participle or a group names, before «нет» or «не» at
    toks[k]: «задержанных по делу нет», «пострадавших нет» (the participle is the counted
    word), «никто из участников налета не задержан», «никто из пассажиров не
    пострадал» (the group's noun: «участник» is people, «пассажир» its own class), «никто
    не пострадал» (people). A participle before «нет» is no object («данных о погибших»,
    which _NO_NEWS leaves out too, «списков погибших»)."""
    from factdb.extract.nlp import transitive

    before = [x for x in toks[max(0, k - 6) : k] if x.start >= lo]
    if toks[k].w == "нет":
        word = next((x for x in before if _pos(x.w) in ("PRTF", "NOUN") and
                     any(p.match(x.w) for _f, p in FRAMES)), None)
        prev = toks[word.i - 1] if word is not None and word.i else None
        if word is None or _pos(word.w) != "PRTF" or prev is not None and \
                not re.search(r"[,;:—–(]", text[prev.end : word.start]) and \
                _pos(prev.w) in ("PREP", "NOUN"):
            return None
        return (word.start, word.end, 0, _lemma(word.w))
    nobody = next((x for x in before if x.w in ("никто", "никого")), None)
    if nobody is None or nobody.w == "никто" and k + 1 < len(toks) and \
            transitive(toks[k + 1].w):
        # («Петрова никто не задерживал»: one person not held, whom the verb takes; but
        # «никого не задерживали»: no one is whom it takes)
        return None
    after = toks[nobody.i + 1 : k]
    if after and after[0].w in ("из", "среди") and len(after) > 1 and _pos(after[1].w) == "NOUN":
        return (nobody.start, after[1].end, 0, _lemma(after[1].w))
    if after and after[0].w in ("из", "среди") and len(after) == 2 and \
            _pos(after[1].w) in ("PRTF", "ADJF"):
        # «никто из пришедших не задерживался»: people named by a participle
        return (nobody.start, after[1].end, 0, "человек")
    if after and not _OF_THE_CASE.fullmatch(text[after[0].start : after[-1].end]):
        # «никто в городе не пострадал»: what stands between is no group (but «никто по
        # этому делу пока не задержан» is the story's none)
        return None
    return (nobody.start, nobody.end, 0, "человек")


_OF_THE_CASE = re.compile(r"(?:(?:по\s+(?:этому\s+|данному\s+|уголовному\s+)?делу|пока|"
                          r"ещ[её]|формально|официально|так\s+и)\s*)+", re.I)


# who an embassy sends: the counted nouns of an expulsion
_ENVOYS = re.compile(r"(?:дипломат|сотрудник|работник|атташе|советник|секретарь|консул|"
                     r"вице-консул)$")

# an arrest extended: «продлил (на три месяца) (срок) арест(а)/содержания под стражей»
_EXTENDED = re.compile(r"\bпродл\w*\s+(?:(?:еще\s+)?на\s+[\w-]+\s+[\w-]+\s+)?(?:срок\w*\s+)?"
                       r"(?:арест|содержан)[^.;!?]*$")

# a release asked for, not done: «призвал/потребовал/настоял, чтобы ... отпустил»
_DEMAND = re.compile(r"(?:\bчтобы|\bпризыва\w*|\bпризвал\w*|\bпотребова\w*|\bтребу\w*|"
                     r"\bнастаива\w*|\bнастоял\w*|\bдобива\w*)(?:(?![.;!?]).)*$", re.I | re.S)

# a legal threshold («двух и более лиц») or the article of a code it qualifies
# (a place's name may be quoted: «только в аэропорту „Береговой“ за день отменены 19»)
# (the source may stand between commas: «Только в Верхних Липках, по данным сельской
# администрации, подтоплены 97 домов»)
_PART_OF = re.compile(r"\b(?:только\s+там|только\s+в\s+(?:[\w«»\"„“-]+\s+){0,2}?[\w«»\"„“-]+|"
                      r"в\s+одн\w+\s+только\s+[\w-]+(?:\s+[\w-]+)?)"
                      r"(?:,\s+(?:по\s+(?:данным|словам|информации|сведениям)|согласно|как)\b"
                      r"[^,.;]{1,60},)?[\s,:—–-]+(?:[\w-]+\s+){0,3}$", re.I)
_THRESHOLD = re.compile(r"\s+(?:и|или)\s+более\b", re.I)
_LEGAL = re.compile(r"\b(?:ст\.|стать[ияей]\w*|УК\s+РФ|УК)\b[^.]*$")
# a detention's procedure, no law's wording: «пятеро задержаны в порядке статьи 91 УПК»
_PROCEDURE = re.compile(r"\bв\s+порядке\s+(?:ст\.|стать[иья]\w*)\s*\d+\s+УПК(?:\s+РФ)?", re.I)

# a number grown to, right before the count: what «число» names counts it
# (_number_of_frame: «выросло до 11», «достигло 23»), and a toll so told is the news of
# its day (finder's update rule: «возросло до 11»)
# the verbs of a number grown to: «выросло до 11», «достигло 23», «превысило 40»
_ROSE = r"вырос\w*|увеличил\w*|достиг\w*"
_REACHED = re.compile(rf"(?:{_ROSE}|превысил\w*|дошл\w*|дошел)\s+(?:уже\s+)?(?:до\s+)?$", re.I)
GROWN_TO = re.compile(rf"(?:возросл\w*|возрос|{_ROSE})\s+(?:уже\s+)?до\s+$", re.I)
_NUMBER_OF = re.compile(r"(?<![а-яё])(?:число|количество)\s+([а-яё]+)", re.I)


def _number_of_frame(text: str, a: int) -> str | None:
    """The frame of a count a number grew to: the people «число» names before it, in the
    count's clause, however far («Число жертв ночной аварии на трассе ... выросло до 11
    человек» is a toll)."""
    lo, _hi = _clause_bounds(text, a)
    if not _REACHED.search(text[lo:a]):
        return None
    named = list(_NUMBER_OF.finditer(text, lo, a))
    if not named:
        return None
    word = fold(named[-1].group(1))
    return next((name for name, pat in FRAMES if pat.match(word)), None)


# the word a toll's figure answers, before a dash: «Погибших — пять человек»,
# «раненых, как уточнили медики, — не менее 30 человек» (an aside between commas and a
# bound may stand between)
_DASH_HEAD = re.compile(r"(?<![а-яё])([а-яё]+)(?:\s*,[^,.;:!?—–]{1,60},)?\s+[—–]\s+"
                        rf"(?:(?:{BOUND_WORDS}|{'|'.join((*ABOUT, *ALMOST))}|уже)\s+)?$", re.I)
# (what may stand before that word: nothing, or the end of a sentence or of a clause)
_HEAD_OPENS = re.compile(r"(?:^|[,:;.!?»])\s*$")


def _dash_head_frame(text: str, a: int) -> str | None:
    """The frame of people counted after a dash, by the participle before it: the word
    heads the sentence or its clause, as a headline's or a tally's does."""
    head = _DASH_HEAD.search(text, max(0, a - 90), a)
    if head is None or not _HEAD_OPENS.search(text, 0, head.start()):
        return None
    word = fold(head.group(1))
    if _pos(word) not in ("PRTF", "ADJF", "NOUN"):
        return None
    return next((name for name, pat in FRAMES if pat.match(word)), None)


# phrases that frame only the count inside them: «судьба восьми горняков неизвестна» says
# nothing of the «11 погибших» before it
_INSIDE_ONLY = frozenset({"missing"})


# a parenthesis between commas that names a source: «, по словам губернатора,», «, по
# данным МЧС,», «, как сообщили в ведомстве,»
_ASIDE = re.compile(r",\s*(?:по\s+(?:[\w-]+\s+){1,4}?|как\s+(?:[\w-]+\s+){1,4}?)[^,]{0,40},")
# a term told between a count and its verb is no distance either: «под стражу до 20 января
# помещены семь подозреваемых», «их арестовали на месяц»
_TERM_ASIDE = re.compile(rf"(?<![а-яё])(?:до|по)\s+\d{{1,2}}\s+{MONTH_WORD}(?:\s+\d{{4}}\s+года)?|"
                         r"(?<![а-яё])на\s+(?:[\w-]+\s+)?(?:месяц\w*|суток|сутки|дней|недел\w*)",
                         re.I)


def _phrase_frame(toks: list[Tok], text: str, a: int, b: int, window: int = 3) -> str | None:
    """The frame of a predicate phrase (PHRASE_FRAMES) in the clause of the count at
    `a`..`b` and within `window` words of it: «в больницу попал 31 ребенок» is a count of
    the hospitalised, «в больнице остаются шесть детей» of those still there. A predicate
    word nearer to the count than the phrase keeps it («погибли 12, еще 5 доставлены в
    больницу»: the 12 died)."""
    lo, hi = _clause_bounds(text, a)

    def between(x: int, y: int) -> int:  # words between two character spans
        # (but for a parenthesis: «в колонне, по словам губернатора, было 700 машин»)
        aside = _ASIDE.search(text, x, y)
        return sum(1 for t in toks if x <= t.start and t.end <= y
                   and not (aside and aside.start() <= t.start < aside.end()))

    best: tuple[int, int, str] | None = None
    for rank, (name, pat) in enumerate(PHRASE_FRAMES):
        for m in pat.finditer(text, lo, hi):
            inside = m.start() < b and a < m.end()
            if inside:
                dist = 0  # the count sits inside the phrase
            elif m.end() <= a:
                dist = between(m.end(), a)
            else:
                dist = between(b, m.start())
            if dist > window or (best is not None and (dist, rank) >= best[:2]) or \
                    not inside and name in _INSIDE_ONLY:
                continue
            # (the count's own word is no rival: «трое пострадавших доставлены в
            # больницу» counts the hospitalised; a verb right after it is its predicate:
            # «Три человека погибли, еще семь получили травмы»; so is a short participle:
            # «12 туристов спасены, тела двоих погибших подняли из ущелья» counts the rescued)
            nearer = any(
                lo <= t.start and t.end <= hi and not (a <= t.start < b) and not
                (0 <= t.start - b <= 1 and _pos(t.w) not in ("VERB", "PRTS"))
                and not (m.start() <= t.start < m.end())
                and any(p.match(t.w) for _n, p in FRAMES)
                and (between(t.end, a) if t.end <= a else between(b, t.start)) < dist
                for t in toks)
            if not nearer:
                best = (dist, rank, name)
    return best[2] if best else None


def _person_spans(sc: StoredClaim) -> list[tuple[int, int, str]]:
    base = sc.claim.start
    return [(e.start - base, e.end - base, e.name) for e in sc.claim.entities if e.type == "PER"]


# a status told as holding now: «по-прежнему находится», «до сих пор остается»
STILL = r"по-прежнему|до сих пор|вс[её] ещ[её]"
# notices taken back, and a walkout's count of later («пятеро учителей отозвали
# заявления», «по-прежнему намерены уволиться 11»): no count of those who quit
_WITHDRAWN = re.compile(r"(?<![а-яё])(?:отозвал\w*|забрал\w*|передумал\w*)(?![а-яё])", re.I)
_STILL_MEANING = re.compile(rf"(?<![а-яё])(?:{STILL}|намерен\w*|собира\w*)(?![а-яё])", re.I)
_NOW_OR_NEXT = re.compile(rf"(?<![а-яё])(?:{STILL}|пока|сейчас|теперь)(?![а-яё])", re.I)


def _present_or_future(phrase: str) -> bool:
    """Whether a status phrase opens with a verb in the present or future tense."""
    from factdb.extract.nlp import tenses

    first = _WORD.findall(fold(phrase))[:1]
    return bool(first) and bool(tenses(first[0])) and "past" not in tenses(first[0])


def _statuses(sc: StoredClaim, toks: list[Tok]
              ) -> tuple[list[tuple[str, str, str | None, Value]],
                         list[tuple[str, str, str | None, Value]]]:
    """The statuses of named people the claim states, and those of a person told only by
    what they are («ученый был задержан»): (name or noun, status, day, value) each."""
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
    out = []
    by_role = []
    # «под домашний арест — до 10 мая»: a deadline is not the day of the status
    dates = [d for d in c.dates if not DEADLINE.search(text[: d.start - base])]
    for a, b, status, given in hits:
        if status != "held" and _NEGATED.search(text[max(0, a - 20) : a]):
            continue  # «Петров не задержан, а приглашен»: the status is denied
            # (a release denied is read as «held» already: «никто ее не отпускал»)
        lo, hi = _clause_bounds(text, a)
        if status == "released" and _TREATED.search(text[max(lo, a - 60) : a]):
            # «в травмпункте ему наложили гипс и отпустили»: no custody left (a release
            # told before the doctors, «отпущен, его осматривают медики», is one)
            continue
        # a status stated without any date of its own holds on the day the words were
        # said; in the outlet's own voice, one told in the present or future («останется
        # под домашним арестом», «находится в СИЗО») holds on the day the report came out
        own = _own_dates(dates, base, a, b, text)
        # (a claim whose dates are all of a later clause dates its status to no day: the
        # status is told of some time the claim does not say, not of the day it was said)
        later = not own and any(_of_a_later_verb(text, b, d.start - base) for d in dates)
        when = _nearest_day(own, base, a, b) if own else None if later else (c.said_on or (
            sc.published if _NOW_OR_NEXT.search(text[max(0, a - 15) : b])
            or _present_or_future(text[a:b]) or status == "held" else None))
        named = [p for p in people if given and _same_person(given, p[2])]
        # the subject stands before a passive or finite status («Картавых был освобожден»),
        # or right after it in inverted order («был освобожден редактор Иван Петров»)
        # (the speaker tells of someone else's status, not his own)
        before = [p for p in people if lo <= p[0] and p[1] <= a
                  and not (c.speaker and _same_person(c.speaker, p[2]))]
        after = [p for p in people if b <= p[0] < hi and len(tokens(text[b : p[0]])) <= 5
                 and "," not in text[b : p[0]]]
        # the extraction's subject wins when it names a person; a group («россиянин») is
        # no one in particular: two reports of «россияне освобождены» and «россиян
        # арестовали» may well speak of different people. Only when the extraction gave
        # no subject do the names around the status word stand in. One person told by
        # what they are («ученый задержан») is kept apart for the finder to resolve.
        others = [p for p in people if not (c.speaker and _same_person(c.speaker, p[2]))]
        if given and not named and len(others) == 1 and len(people) <= 2 and \
                ONE_PERSON.search(text[max(0, lo) : hi]) and \
                not _PLURAL_STATUS.search(text[a:b]) and \
                (ONE_PERSON.fullmatch(given) or fold(given) in PERSON_NOUNS
                 or not _person_noun(given)):
            # «адвокат Мукашева сообщила, что суд изменил ее подзащитному меру»: the one
            # person named besides the speaker (the extraction's «суд» is the doer; but
            # a status told of another person's noun, «заложница, которую Петров
            # отпустил», is not Петров's)
            named = others
        elif given and not named:
            if not _PLURAL_STATUS.search(text[a:b]) and (
                    fold(given) in PERSON_NOUNS or not others):
                # «суд изменил обвиняемому меру пресечения»: the court is the subject,
                # the one person it is about is told of but not named
                by_role.append((fold(given), status, when,
                                Value(sc.id, base + a, base + b, text[a:b], status, given)))
            continue
        subjects = named or before or after[:1]
        if not subjects and not others:
            # an English claim has no NER names: «Nino Beriashvili was released»
            m = _EN_SUBJECT.search(text[max(0, lo) : a]) if not people else None
            subjects = [(0, 0, m.group(1))] if m else []
            # (the speaker named is not the one told of: «адвокат Петров сообщил, что
            # его подзащитный все еще содержится в изоляторе»)
            if not subjects and ONE_PERSON.search(text[max(0, lo) : hi]):
                # «суд изменил обвиняемому меру пресечения», «ее подзащитного
                # освободили»: one person, told of but not named
                by_role.append(("", status, when,
                                Value(sc.id, base + a, base + b, text[a:b], status, "")))
        for _ps, _pe, name in subjects:
            v = Value(sc.id, base + a, base + b, text[a:b], status, name)
            out.append((name, status, when, v))
    return out, by_role


# let go from a hospital, not from custody
_TREATED = re.compile(r"(?<![а-яё])(?:больниц|госпитал|травмпункт|стационар|медпункт|врач|"
                      r"медик|швы|перевяз)\w*", re.I)


# one person told of without a name: a pronoun or a procedural role in the singular
ONE_PERSON = re.compile(r"\b(?:он|она|его|ее|её|ему|ей|he|she|him|her|обвиняем\w+|"
                        r"подозреваем\w+|подзащитн\w+|доверител\w+|фигурант\w*|задержанн(?:ый|ого|ому|ым)|"
                        r"арестованн(?:ый|ого|ому|ым)|подсудим\w+)\b", re.I)
# a status said of several people («задержаны»): never one person's («задержали ученого»
# is plural in who detained, not in who was detained)
_PLURAL_STATUS = re.compile(r"ны\b|\b(?:were|are)\b", re.I)


DEADLINE = re.compile(r"(?:\bдо|\bпо|\bсроком\s+до|\buntil)\s*$", re.I)  # «до 10 мая»
_NEGATED = re.compile(r"\b(?:не|ни|not|never)\s+(?:был[аио]?\s+|been\s+)?$", re.I)
_LATIN = re.compile(r"[A-Za-z]{3}")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]{3}")
# (names of other Latin-script languages keep their letters: «Paweł Kowalczyk is free»)
_LATIN_WORD = f"[{LATIN_UPPER}][{LATIN_LOWER}]+"
_EN_SUBJECT = re.compile(rf"\b({_LATIN_WORD}\s+{_LATIN_WORD})\s+"
                         r"(?:was|were|has\s+been|had\s+been|is|are)\s+(?:\w+\s+)?$")
# (reflexive too: «, выкатившегося накануне за пределы полосы,»)
_LONG_PARTICIPLE = re.compile(r"(?:нн|вш|ющ|ящ|ащ|ущ)(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми|"
                              r"ий|его|ему|им|ем|ее|ие|их|ими)(?:ся)?$")


def _same_person(a: str, b: str) -> bool:
    """Whether two written names can be one person: same surname, first names agreeing."""
    pa, pb = fold(a).split(), fold(b).split()
    if not pa or not pb or pa[-1] != pb[-1]:
        return False
    return len(pa) == 1 or len(pb) == 1 or pa[0] == pb[0]


def _own_dates(dates: Iterable[StatedDate], base: int, a: int, b: int,
               text: str) -> list[StatedDate]:
    """The dates of a claim that may date its status at `a`..`b`: not one inside a
    participle's phrase set off by commas, which dates that participle («Петров, арестованный
    летом, освобожден и в субботу прилетел в Москву»: the release is Saturday's; «Дуров,
    задержанный в субботу, вышел на свободу»: the release has no day of its own), nor one
    of a later clause with a verb of its own («Петров задержан, обыски продолжались в
    понедельник»: Monday is the search's day)."""
    return [d for d in dates if not _in_participle_phrase(text, d.start - base, d.end - base, a)
            and not _of_a_later_verb(text, b, d.start - base)]


def _of_a_later_verb(text: str, b: int, at: int) -> bool:
    """Whether a comma after the status (ending at `b`) opens a clause whose own finite
    verb stands before the date at `at`."""
    comma = text.find(",", b, at)
    return comma >= 0 and any(_pos(w) == "VERB" for w in _WORD.findall(text[comma:at]))


def _nearest_day(dates: Sequence[StatedDate], base: int, a: int, b: int) -> str | None:
    """The day a status at a..b is dated to: the nearest of these dates, when that one is
    a day (a status next to «в июле» is not dated to another day of the claim)."""
    near = min(dates, key=lambda d: min(abs(d.start - base - b), abs(d.end - base - a)))
    return near.date_from if near.precision == "day" else None


def _in_participle_phrase(text: str, start: int, end: int, status_at: int) -> bool:
    """Whether text[start:end] lies in a phrase between commas opened by a full
    participle («, арестованный в Баку летом,») that does not hold the status word."""
    lo = text.rfind(",", 0, start)
    hi = text.find(",", end)
    if lo < 0 or hi < 0 or lo < status_at < hi:
        return False
    words = _WORD.findall(fold(text[lo + 1 : start]))
    return bool(words) and _LONG_PARTICIPLE.search(words[0]) is not None


def _roles(sc: StoredClaim) -> list[tuple[str, str, bool, Value]]:
    c = sc.claim
    out = []
    for ps, pe, name in _person_spans(sc):
        head = c.text[max(0, ps - 90) : ps]
        heads = _HEADS.match(c.text[pe:])
        if heads:
            # «Сурков возглавляет торговый центр»: the head of it, now («возглавлял»: once)
            v = Value(sc.id, c.start + ps, c.start + pe + heads.end(),
                      c.text[ps : pe + heads.end()], "руководитель", name)
            out.append((name, "руководитель", bool(heads.group("past")), v))
            continue
        named_as = _named_as(c.text, ps, pe)
        if named_as is not None:
            # «полиция называет Петрова финансовым директором»: the title a side gives him
            title, end = named_as
            v = Value(sc.id, c.start + ps, c.start + end, c.text[ps:end], title, name)
            out.append((name, title, False, v))
            continue
        m = _ROLE_BEFORE_NAME.search(head)
        if not m or len(name.split()) < 2:
            continue  # a surname alone could be anyone's: a namesake, a relative
        role_text = m.group("role")
        canon = next((cn for cn, p in ROLES if re.fullmatch(p, role_text, re.I)), None)
        if canon is None:
            continue
        if len(m.group("tail").split()) > 3 and (any(
                _pos(t.w) in ("VERB", "INFN", "GRND", "PRTS") for t in tokens(m.group("tail")))
                or _ANOTHER_NAMED.search(m.group("tail"))):
            # («руководитель Межрегионального управления Росприроднадзора по Верхнекаменской
            # области Татьяна Гордеева» is hers; «директор школы рассказал о том, как Иван
            # Петров» is not, nor is «директора шахты Виктора Гладких и главного инженера
            # Рината Хайруллина» the engineer's)
            continue
        start = c.start + max(0, ps - 90) + m.start("role")
        before = fold(head[max(0, m.start("role") - 50) : m.start("role")])
        # «заместитель губернатора», «советник министра»: a title of its own, under the
        # one named («исполняющий обязанности», «врио» hold the title itself)
        deputy = _DEPUTY.search(before)
        if _VICE.search(before) and not canon.startswith(("зам", "вице")):
            canon = f"заместитель: {canon}"  # «вице-губернатор» is a deputy governor
        elif deputy and not canon.startswith("зам"):
            under = "советник" if deputy.group(1).startswith(("пом", "сов")) else "заместитель"
            canon = f"{under}: {canon}"
        # «бывший», «экс-», «ранее», «в прошлом»: a change over time, not a conflict
        former = bool(m.group("former")) or bool(_FORMER.search(before))
        v = Value(sc.id, start, c.start + pe, c.text[start - c.start : pe], canon, name)
        out.append((name, canon, former, v))
    # a capitalised word before «возглавляет» that the recogniser did not take for a name:
    # kept as a bare surname, which only its own report's full names can resolve
    spans = _person_spans(sc)
    for m in _WORD_HEADS.finditer(c.text):
        if m.start() == 0 and not _CAPITAL_NAME.match(m.group(1)):
            continue
        if any(ps <= m.start() < pe for ps, pe, _n in spans):
            continue
        v = Value(sc.id, c.start + m.start(), c.start + m.end(), m.group(0), "руководитель",
                  m.group(1))
        out.append((m.group(1), "руководитель", bool(m.group("past")), v))
    return out


_DEPUTY = re.compile(r"\b(зам\w*|помощник\w*|советник\w*)\s*$")
# a title given by a naming verb, in the instrumental after the name («называет Петрова
# финансовым директором», «назвали его бывшим ...» is former and left out)
_NAMING = re.compile(r"(?<![а-яё])(?:называ\w*|назвал\w*|именует|именуют|именовал\w*)\s+$",
                     re.I)
_TITLE_AFTER = re.compile(r"\s+((?:[а-яё-]+\s+){0,2}?[а-яё-]+(?:ом|ем|ой|ей))(?![а-яё])", re.I)


def _named_as(text: str, ps: int, pe: int) -> tuple[str, int] | None:
    """(title, end) a naming verb right before a name gives it in the instrumental."""
    if not _NAMING.search(text[max(0, ps - 30) : ps]):
        return None
    m = _TITLE_AFTER.match(text, pe)
    if m is None or _FORMER.search(m.group(1)):
        return None
    canon = next((cn for cn, p in ROLES if re.fullmatch(p, m.group(1), re.I)), None)
    return (canon, m.end(1)) if canon else None
_VICE = re.compile(r"\bвице-\s*$")
# a delegation, a commission, a headquarters is led for a while by officials of any rank
_TEMPORARY = r"(?!\s+(?:\w+\s+)?(?:делегаци|комисси|штаб|оперштаб|групп|список|переговор|рабоч|" \
    r"экспедици|мисси|колонн|акци|протест|совет|проверк|расследовани))"
_WORD_HEADS = re.compile(r"\b([А-ЯЁ][а-яё]+)\s+(?:(?P<now>возглавляет|руководит)|"
                         r"(?P<past>возглавлял[аи]?|руководил[аи]?))\b" + _TEMPORARY)
_CAPITAL_NAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:ов|ев|ин|ын|ский|цкий|ых|их|ко|ук|юк|ич)$")
_HEADS = re.compile(r"\s*,?\s*(?:который\s+)?(?:(?P<now>возглавляет|руководит)|"
                    r"(?P<past>возглавлял[аи]?|руководил[аи]?))\b" + _TEMPORARY)
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


# a cause told as ruled out: «не связана с переохлаждением», «исключили отравление»
# («кровотечение, а не эмболия»: one cause set against another it rules out)
_CAUSE_DENIED = re.compile(r"(?:\bне\s+(?:связан\w*\s+с|от|из-за|в\s+результате)|"
                           r"\bисключ\w*)\s+(?:[\w-]+\s+)?$|,?\s+а\s+не\s+$", re.I)


def _causes(sc: StoredClaim) -> list[tuple[str, Value]]:
    c = sc.claim
    if not _CAUSE_FRAME.search(c.text):
        return []
    out = []
    for kind, pat in CAUSES:
        m = pat.search(c.text)
        if m and _CAUSE_DENIED.search(c.text[max(0, m.start() - 40) : m.start()]):
            continue  # «смерть не связана с переохлаждением»: a cause ruled out
        if m:
            # show the cause as the phrase the claim uses: the match and the next word
            end = m.end()
            nxt = re.match(r"\s+[\w-]+", c.text[end:])
            if nxt and not re.match(r"\s+(?:и|а|но|в|на|по|тогда|что)\b", c.text[end:]):
                end += nxt.end()
            out.append((kind, Value(sc.id, c.start + m.start(), c.start + end,
                                    c.text[m.start() : end], kind, kind)))
    return out


# a measured quantity of the story's one event, told with a decimal the count extraction
# leaves alone: an earthquake's magnitude («магнитудой 8,7», «оценила его магнитуду в
# 8,8»), the tonnes of oil spilled («в море попало около 2,4 тысячи тонн мазута», «до 3,7
# тыс. т нефтепродуктов»)
_MAGNITUDE = re.compile(r"\bмагнитуд\w*\s+(?:[\w-]+\s+){0,4}?(?:составил\w*\s+|в\s+)?"
                        r"(\d(?:[,.]\d)?)(?![\d,.]*\d)", re.I)
# a bound makes it another quantity («афтершоки магнитудой до 7,5», «около 9», «больше
# восьми»); so does a claim of the aftershocks or a foreshock
_MAGNITUDE_BOUND = re.compile(r"\b(?:до|около|более|свыше|больше|выше|менее|ниже|порядка|"
                              r"примерно|от)\s+$", re.I)
_NOT_MAIN_SHOCK = re.compile(r"афтершок|форшок|повторн\w+\s+толч|\bдо\s+основн\w+\s+(?:удар|толч)|"
                             r"aftershock|foreshock", re.I)
_TONNES = re.compile(r"(?<![\d,.])(\d+(?:[ \u00a0]\d{3})*(?:[,.]\d+)?)\s*"
                     r"(тыс\.|тысяч\w*|млн|миллион\w*)?\s*(?:тонн\w*|т(?=[\s,;)]+(?![ед]\.)))",
                     re.I)
_SPILLED = re.compile(r"\b(?:разлив\w*|разлил\w*|вылил\w*|вылив\w*|вылит\w*|вытек\w*|"
                      r"вытеч\w*|утечк\w*|попал\w*\s+в\s+(?:[\w-]+\s+)?(?:море|воду|реку|почву|"
                      r"акваторию|грунт|среду)|в\s+(?:[\w-]+\s+)?(?:море|воду|реку|почву|"
                      r"акваторию|среду)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:попал|вылил|вытек|вытеч)\w*|spill\w*|leak\w*)", re.I)
# a name and «и» in the words between a title and a name: the title is that other one's
# («директора шахты Виктора Гладких и главного инженера Рината Хайруллина»; not «Министр
# транспорта и дорожного хозяйства области Ольга Свиридова»)
_ANOTHER_NAMED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+\s+(?:[А-ЯЁ][а-яё]+\s+)?и(?![\w-])")
# what a hotline or a duty service counts: calls, complaints, appeals
_CALLS = frozenset({"звонок", "вызов", "жалоба", "обращение"})
# custody asked for, not chosen: «следствие просило заключить под стражу всех девятерых»,
# «прокурор потребовал арестовать пятерых», «ходатайствует об аресте троих»
_ASKED_TO_HOLD = re.compile(r"(?<![а-яё])(?:проси\w*|просят|попроси\w*|потребова\w*|требу\w*|"
                            r"ходатайств\w*|намерен\w*|собира\w*|планиру\w*|"
                            r"добива\w*)\s+(?:[\w-]+\s+){0,2}?(?:заключить|арестовать|"
                            r"(?:об?\s+)?(?:арест|заключени)\w*)(?![а-яё])", re.I)
# cubic metres of water let out of a dam, a pond, a pipe: «за пределы дамбы вышло около 3
# тысяч кубометров», «объем сброса оценивает в 18 000 кубометров», «в ручей попало не менее
# 18 тысяч кубометров» (not a flow, «1500 кубометров в секунду», which changes by the hour)
_CUBIC = re.compile(r"(?<![\d,.])(\d+(?:[ \u00a0]\d{3})*(?:[,.]\d+)?|[а-яё]+)\s*"
                    r"(тыс\.|тысяч\w*|млн|миллион\w*)?\s*(?:кубометр\w*|куб\.\s*м|м3|м³|"
                    r"кубическ\w+\s+метр\w*)(?![\w])(?!\s+(?:[\w-]+\s+)?(?:в|за)\s+(?:секунд|сутк|час|минут)"
                    r"|\s*/\s*(?:с|сут|ч)\b)", re.I)
_WATERS = (r"(?:из|за\s+пределы|в)\s+(?:[\w-]+\s+)?(?:хвостохранилищ|дамб|водоем|"
           r"водохранилищ|пруд|ручей|ручь|реку|реки|озер|накопител|отстойник|резервуар)\w*")
_LET_OUT = re.compile(_SPILLED.pattern + r"|\b(?:сброс\w*|сбросил\w*|сброшен\w*|"
                      rf"(?:ушл|вышл|попал)\w*\s+(?:[\w-]+\s+){{0,2}}?{_WATERS}|"
                      rf"{_WATERS}\s+(?:[\w-]+\s+){{0,2}}?(?:ушл|вышл|попал)\w*)", re.I)
# tonnes told in words: «не больше трех тонн», «о двадцати семи тоннах»
# (the two words before, of which `_told_number` takes the number: «тридцати восьми»)
_WORD_TONNES = re.compile(r"(?<![\w,.-])((?:[а-яё]+\s+)?[а-яё]+)\s+тонн\w*", re.I)


def _tonnes(m: re.Match[str]) -> float:
    """The tonnes a `_TONNES` match tells («2,4 тысячи тонн», «1,2 млн т»)."""
    return float(m.group(1).replace(",", ".").replace(" ", "").replace("\u00a0", "")) * \
        _scale(m.group(2))


def _scale(word: str | None) -> int:
    """What a scale word after a figure multiplies it by: «тыс.», «тысяч» 1000, «млн»,
    «миллиона» a million, none 1."""
    return {"т": 1000, "м": 1_000_000}.get((word or " ")[0].lower(), 1)


# a figure told after a dash, with only a bound before it, is the clause before's
# («оценивает объем разлива втрое выше — примерно в 120 тонн», «протяженность участка —
# около 15 км»)
_DASHED_FIGURE = re.compile(r"\s*(?:(?:примерно|около|почти|более|свыше|не\s+менее|порядка)\s+)?"
                            r"(?:в\s+)?", re.I)


def _figures_clause(text: str, at: int) -> tuple[int, int]:
    """The clause of a figure at `at`, the clause before a dash included when only a
    bound stands between the dash and the figure."""
    lo, hi = _clause_bounds(text, at)
    if lo > 1 and text[lo - 2] in "—–-" and _DASHED_FIGURE.fullmatch(text[lo:at]):
        lo = _clause_bounds(text, lo - 3)[0]
    return lo, hi


# The length of what spread over a river or a road: a slick, a polluted stretch, a jam
# («протяженность загрязненного участка реки — около 15 километров», «пятно длиной около
# пятнадцати километров», «тянется по реке больше чем на сорок километров»), in
# kilometres. Not a distance from a place («в 5 км от села»), nor a kilometre post
# («на 148-м километре»).
_KM = re.compile(rf"(?<![\d,.\w-])(\d+(?:[,.]\d+)?|(?:{TENS}\s+)?[а-яё]+)\s+"
                 r"(?:км|километр(?:а|ов)?)(?![\w-])", re.I)
_EXTENDS = re.compile(r"(?<![а-яё])(?:протяженност\w*|длин(?:ой|у|а)|тян(?:ет|ул|ут)\w*|"
                      r"растян\w*|пятн[оаеу]\w*|пленк\w*|загрязнен\w*\s+(?:участ|берег)\w*)",
                      re.I)
_FROM_PLACE = re.compile(r"^\s+(?:от|к\s+(?:северу|югу|западу|востоку))\b", re.I)
# the length of a barrier set against it is not the slick's: «выставили боны
# протяженностью два километра», «боновые заграждения длиной 800 метров»; nor is the
# length of the road or the river itself («трасса протяженностью около 900 км»)
_BARRIER = re.compile(r"(?<![а-яё])(?:бон|заграждени|ограждени|трасс|магистрал|шоссе|"
                      r"автодорог|дорог[аи]|рек[аи]|трубопровод|нефтепровод|газопровод)\w*\s+"
                      r"(?:[\w«»\"-]+\s+){0,2}?(?:протяженност|длин)\w*", re.I)


def between_commas(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of the words `start`..`end`, cut at the commas either side."""
    lo, hi = _clause_bounds(text, start)
    lo = max([lo] + [m.end() for m in re.finditer(r",", text[:start])])
    comma = text.find(",", end, hi)
    return lo, comma if comma != -1 else hi


def _measured(sc: StoredClaim, frame: str, label: str, amount: float, start: int, end: int,
              shown: str) -> tuple[str, str, int, Value]:
    """A measured quantity as a count of `frame`: its amount rounded, the words `start`..`end`
    of the claim's text as its evidence, `label` as what is measured."""
    c = sc.claim
    return (frame, label, round(amount),
            Value(sc.id, c.start + start, c.start + end, c.text[start:end], shown, label))


def _figure(written: str) -> float | None:
    """The number a measure is told with: digits with a decimal comma or point, a number
    word or two («пятнадцати», «сорок два»), «полутора»."""
    if written[0].isdigit():
        return float(written.replace(",", "."))
    if fold(written) in ("полутора", "полторы", "полтора"):
        return 1.5
    n = words_number(fold(written).split())
    return None if n is None else float(n)


def _extent(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The kilometres a slick or a polluted stretch spreads over, as the frame «extent»."""
    c = sc.claim
    out: list[tuple[str, str, int, Value]] = []
    for m in _KM.finditer(c.text) if _EXTENDS.search(c.text) else ():
        lo, _hi = _figures_clause(c.text, m.start())
        if not _EXTENDS.search(c.text[lo : m.start()]) or _FROM_PLACE.match(c.text[m.end() :]) \
                or _BARRIER.search(c.text[lo : m.start()]):
            continue
        n = _figure(m.group(1))
        if n is None:
            continue
        km = float(n)
        out.append(_measured(sc, "extent", "протяженность, км", km, m.start(1), m.end(),
                             f"{km:g}"))
    return out


# The radius of a zone set around a site: a quarantine's, an evacuation's, a cordon's
# («угрожаемая зона установлена в радиусе 5 км», «зона очерчена на три километра вокруг
# фабрики», «в трехкилометровой зоне», «эвакуировали жителей в радиусе 500 метров»), in
# metres. A zone of observation (the wider ring of a quarantine) is another quantity.
_UNIT_M = r"(?P<unit>км|километр(?:а|ов)?|м|метр(?:а|ов)?)(?![\w-])"
_RADIUS = re.compile(
    rf"\bрадиус\w*\s+(?:[\w-]+\s+){{0,2}}?(?P<n>\d+(?:[,.]\d+)?|(?:{TENS}\s+)?[а-яё]+)\s+"
    rf"{_UNIT_M}|\bзон\w*\s+(?:[\w-]+\s+){{0,4}}?на\s+(?P<n2>\d+(?:[,.]\d+)?|[а-яё]+)\s+"
    rf"(?P<unit2>км|километр(?:а|ов)?|метр(?:а|ов)?)\s+(?:вокруг|от)\b|"
    r"(?<![\w-])(?P<n3>[а-яё]+?|\d+)-?(?P<unit3>километров|метров)(?:ой|ая|ую|ые|ых|ом)\s+зон\w*",
    re.I)
# the first part of «трехкилометровой», «пятикилометровая», «десятикилометровой»
_NUMBER_STEMS = {"одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "пяти": 5,
                 "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10,
                 "пятнадцати": 15, "двадцати": 20, "тридцати": 30, "пятидесяти": 50,
                 "ста": 100}
_OBSERVED = re.compile(r"\bнаблюдени\w*|\bбуферн\w*", re.I)


def _radius(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The radius of a zone around a site, as the frame «radius» (in metres)."""
    c = sc.claim
    out: list[tuple[str, str, int, Value]] = []
    for m in _RADIUS.finditer(c.text) if "зон" in c.text or "радиус" in c.text else ():
        figure = m.group("n") or m.group("n2") or m.group("n3")
        unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
        n = _NUMBER_STEMS.get(fold(figure)) if m.group("n3") and not figure.isdigit() \
            else _figure(figure)
        if not n:
            continue
        metres = n * (1000 if unit.startswith("к") else 1)
        lo, hi = _figures_clause(c.text, m.start())
        zone = "радиус зоны наблюдения, м" if _OBSERVED.search(c.text[lo:hi]) else \
            "радиус зоны, м"
        out.append(_measured(sc, "radius", zone, metres, m.start(), m.end(), f"{metres:g} м"))
    return out


# How far from a place the missing were found, or had walked, in kilometres («мальчика
# нашли примерно в шести километрах от деревни», «обнаружили в 11 км от дома», «ушел от
# деревни по прямой примерно на 11 км»). Not how far a fire or a road was.
_FOUND_AWAY = re.compile(r"(?<![а-яё])(?:нашл[аио]?|нашел|нашёл|найден\w*|обнаружил\w*|"
                         r"обнаружен\w*|ушел|ушёл|ушла|ушли|забрел\w*|забрёл\w*|отош[её]л|"
                         r"отошла)(?![а-яё])", re.I)
_AWAY_KM = re.compile(r"(?<![\w-])(?:в|на)\s+(?P<n>\d+(?:[,.]\d+)?|[а-яё]+)\s+"
                      r"(?:км|километр(?:а|ах|ов)?)(?![\w-])", re.I)


def _found_away(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The kilometres from home the missing were found at, as the frame «found_away»."""
    c = sc.claim
    out: list[tuple[str, str, int, Value]] = []
    for m in _AWAY_KM.finditer(c.text) if _FOUND_AWAY.search(c.text) else ():
        lo, hi = _figures_clause(c.text, m.start())
        if not _FOUND_AWAY.search(c.text[lo:hi]):
            continue
        rest = c.text[m.end() : m.end() + 40]
        into = m.group(0).lower().startswith("на")
        if not into and not re.match(r"\s+(?:[\w-]+\s+){0,3}?от\b", rest):
            continue  # «в 6 км» names a distance only from a place
        n = _figure(m.group("n"))
        if not n:
            continue
        out.append(_measured(sc, "found_away", "расстояние, км", n, m.start("n"), m.end(),
                             f"{n:g} км"))
    return out


# Where along a road or a race's course the story's event befell, by its kilometre post
# («потерял сознание на 20-м километре лыжни», «ДТП случилось на 96-м км шоссе»,
# «на отметке 37 км»): the event's word in the clause, so a post merely named («пункт
# питания на 30-м километре») is no place of it.
_KM_POST = re.compile(r"(?<![\w-])на\s+(?:отметк\w+\s+)?(?P<n>\d{1,4})(?:-?(?:м|ом|й))?\s+"
                      r"(?:км|километре)(?![\w-])", re.I)
_KM_EVENT = re.compile(r"(?<![а-яё])(?:потерял\w*\s+сознани\w*|стало\s+плохо|упал\w*|"
                       r"рухнул\w*|произош\w*|случил\w*|столкнул\w*|опрокинул\w*|съехал\w*|"
                       r"вылетел\w*|загорел\w*|дтп|авари\w*|сош[её]л\s+с\s+дистанци\w*|"
                       r"скончал\w*|погиб\w*|умер\w*|сбил\w*|врезал\w*)", re.I)


def _km_post(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The kilometre post the story's event befell at, as the frame «km_post»."""
    c = sc.claim
    out: list[tuple[str, str, int, Value]] = []
    for m in _KM_POST.finditer(c.text) if _KM_EVENT.search(c.text) else ():
        lo, hi = _figures_clause(c.text, m.start())
        if not _KM_EVENT.search(c.text[lo:hi]) or _FROM_PLACE.match(c.text[m.end() :]):
            continue
        n = int(m.group("n"))
        out.append(_measured(sc, "km_post", "километр", n, m.start("n"), m.end(),
                             f"{n}-й км"))
    return out


# The visibility at the time of an accident, in metres («видимость на полосе составляла
# 1100 метров», «видимость падала до 350 метров», «видимость 1,1 км»); not a minimum it is
# measured against («при минимуме 800»).
_VISIBILITY = re.compile(r"\bвидимост\w*\s+(?:[\w«»-]+\s+){0,6}?(?P<n>\d+(?:[ \u00a0]\d{3})*"
                         rf"(?:[,.]\d+)?|(?:{TENS}\s+)?[а-яё]+(?:\s+[а-яё]+)?)\s*"
                         r"(?P<unit>км|километр\w*|м|метр\w*)(?![\w-])", re.I)


def _told_number(written: str) -> float | None:
    """The number of a measure, in digits («1 100», «1,1») or in words, of which the last
    two or the last one make the number («видимость падала примерно до трехсот»)."""
    digits = written.replace(" ", "").replace("\u00a0", "")
    if digits[0].isdigit():
        return _figure(digits)
    words = fold(written).split()
    return words_number(words[-2:]) or words_number(words[-1:]) or None


def _told_at(m: re.Match[str]) -> tuple[float, int] | None:
    """The number a match's group «n» tells (`_told_number`) and where its words start:
    of two words that are no number together, the last («не превысила трех часов»,
    «около трех часов»: the number is «трех»)."""
    n = _told_number(m.group("n"))
    if not n:
        return None
    words, first = m.group("n").split(), m.start("n")
    if len(words) == 2 and not words_number([fold(w) for w in words]):
        first += m.group("n").rindex(words[-1])
    return n, first


def _metres(n: float, unit: str) -> float:
    """A length in metres, told in metres or kilometres."""
    return n * (1000 if unit.lower().startswith("к") else 1)


def _visibility(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The visibility told, as the frame «visibility» (in metres)."""
    c = sc.claim
    out: list[tuple[str, str, int, Value]] = []
    for m in _VISIBILITY.finditer(c.text) if "идимост" in c.text else ():
        n = _told_number(m.group("n"))
        if not n or re.search(r"минимум\w*\s*$", c.text[max(0, m.start("n") - 20) : m.start("n")],
                              re.I):
            continue
        metres = _metres(n, m.group("unit"))
        out.append(_measured(sc, "visibility", "видимость, м", metres, m.start("n"), m.end(),
                             f"{metres:g} м"))
    return out


# How long people waited, were stuck or were lost, in hours: in a jam, a queue, an
# airport, a train, a forest («многие провели в машинах около 28 часов», «время ожидания в
# заторе не превысило девяти часов», «простояли больше суток», «sat in that queue for more
# than a day», «школьник провел в лесу трое суток», «четыре дня провел в лесу»). A
# duration of anything else (a term, a repair, a search) is not read.
_WAITED = re.compile(r"(?<![а-яёa-z])(?:простоя\w*|простаива\w*|стоял[аи]?|стоят|провел[аи]?|"
                     r"простоял\w*|"
                     r"провёл|просидел\w*|ждал[аи]?|ожидани\w*|застрял\w*|отсутствовал\w*|"
                     r"находил(?:ся|ась|ись)|блуждал\w*|sat|stuck|waited)(?![а-яёa-z])", re.I)
_STUCK_PLACE = re.compile(r"затор|пробк|колонн|в\s+машинах|в\s+кабинах|очеред|аэропорт|"
                          r"вокзал|в\s+вагон|в\s+самолет|в\s+лесу|в\s+тайге|\bqueue|\bjam\b|"
                          r"тоннел|туннел|в\s+темноте|"
                          r"(?<![а-яё])отсутствовал", re.I)
_DURATION = re.compile(r"(?<![\w-])(?:(?P<n>\d+(?:[,.]\d+)?|[а-яё]+)\s+|(?P<a>an?\s+))?"
                       r"(?P<unit>час(?:а|ов)?|сут(?:ки|ок)|дн(?:я|ей)|день|ноч(?:и|ей)|"
                       r"hours?|days?)(?![\w-])", re.I)
_DAY_UNITS = ("сут", "дн", "ден", "ноч", "day")


def _waited(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The minutes people waited or were stuck, as the frame «waited»: days and nights by
    `_DURATION`, hours and minutes by `_TOOK` («около 40 минут», «час двадцать», «почти
    полтора часа»)."""
    c = sc.claim
    out: list[tuple[str, str, int, Value]] = []
    if not _WAITED.search(c.text):
        return out
    found: list[tuple[float, int, int]] = []  # minutes, start, end
    for m in _DURATION.finditer(c.text):
        # (days and nights here; Russian hours are `_TOOK`'s, English ones this one's)
        got = _hours_of(m) if m.group("unit").lower().startswith((*_DAY_UNITS, "hour")) \
            else None
        if got is not None:
            found.append((got[0] * 60, got[1], m.end()))
    for m in _TOOK.finditer(c.text):
        got = _minutes_of(m)
        if got is not None:
            found.append((got[0], got[1], m.end()))
    for minutes, start, end in found:
        lo, hi = _figures_clause(c.text, start)
        clause = c.text[lo:hi]
        if _WAITED.search(clause) and _STUCK_PLACE.search(clause):
            shown = f"{minutes / 60:g} ч" if minutes % 60 == 0 else f"{minutes:g} мин"
            out.append(_measured(sc, "waited", "время ожидания, мин", minutes, start, end,
                                 shown))
    return out


def _hours_of(m: re.Match[str]) -> tuple[float, int] | None:
    """The hours a `_DURATION` match tells, and where its words start («больше суток»,
    «more than a day»: one day)."""
    n = _figure(m.group("n")) if m.group("n") else 1.0
    if not n:
        return None
    day = m.group("unit").lower().startswith(_DAY_UNITS)
    return n * (24 if day else 1), m.start("a") if m.group("a") else m.start()


# How long a man held hostages, in minutes: «удерживал людей в здании около трех часов»,
# «захват продолжался пять с половиной часов» (hours told with their number, read by
# `_TOOK`: a siege of days is not read), in a claim of hostages or a seizure
_SIEGE_TOLD = re.compile(r"(?<![а-яё])(?:заложни|захват|осад|забаррикадир)", re.I)
_TALKS = re.compile(r"(?<![а-яё])переговор", re.I)  # the talks' own hours are a part
_HELD_FOR = re.compile(r"(?<![а-яё])(?:удерживал\w*|удерживают|длил\w*|продолжал\w*|"
                       r"продлил(?:ся|ась|ось))(?![а-яё])", re.I)


def _siege(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The minutes hostages were held, as the frame «siege» (one per claim)."""
    return _lasted(sc, "siege", "захват, мин", _SIEGE_TOLD, _HELD_FOR, hours=True, but=_TALKS)


def _lasted(sc: StoredClaim, frame: str, label: str, told: re.Pattern[str],
            took: re.Pattern[str], hours: bool, but: re.Pattern[str] | None = None
            ) -> list[tuple[str, str, int, Value]]:
    """The minutes one event lasted, as a count of `frame`: in a claim with a word of the
    event (`told`), a duration read by `_TOOK` in hours told with their number (`hours`)
    or in minutes, with a verb of lasting (`took`) in its clause and nothing of `but`.
    One per claim: two durations leave unclear which one the event took."""
    c = sc.claim
    if not told.search(c.text) or not took.search(c.text):
        return []
    out = []
    for m in _TOOK.finditer(c.text):
        lo, hi = _figures_clause(c.text, m.start())
        clause = c.text[lo:hi]
        if not m.group("unit").lower().startswith("час" if hours else "мин") or \
                (hours and not m.group("n")) or not took.search(clause) or \
                (but is not None and but.search(clause)):
            continue
        got = _minutes_of(m)
        if got is None:
            continue
        minutes, first = got
        out.append(_measured(sc, frame, label, minutes, first, m.end(),
                             f"{minutes / 60:g} ч" if hours else f"{minutes:g} мин"))
    return out if len(out) == 1 else []


# How long a raid took, in minutes: «ограбление кассы заняло три минуты», «налетчики
# провели в банке около десяти минут», «грабителю понадобилось четыре минуты» (an
# hour-long affair is no raid)
_RAID_TOLD = re.compile(r"(?<![а-яё])(?:нападени|налет|ограблени|грабител|грабеж|разбо[йе]|"
                        r"захватчик|преступник)", re.I)
_RAID_TOOK = re.compile(r"(?<![а-яё])(?:занял[аио]?|заняло|понадобил\w*|потребовал\w*|"
                        r"длил\w*|продолжал\w*|провел[аи]?|уложил\w*)(?![а-яё])", re.I)


def _raid(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The minutes a raid took, as the frame «raid» (one per claim)."""
    return _lasted(sc, "raid", "налет, мин", _RAID_TOLD, _RAID_TOOK, hours=False)


# How long a captive was held, in days: «четыре дня он провел в подвале», «шесть суток
# его держали похитители», «сына удерживали почти неделю» (in a claim of a kidnapping or a
# captivity; hours are a siege's, `_siege`)
_CAPTIVE_TOLD = re.compile(r"(?<![а-яё])(?:похищ|похит|заложни|плен|подвал|в\s+руках)", re.I)
_CAPTIVE_HELD = re.compile(r"(?<![а-яё])(?:провел[аи]?|провёл|держали|удерживал[аи]?|"
                           r"просидел[аи]?|пробыл[аи]?)(?![а-яё])", re.I)
_WEEKS = re.compile(r"(?<![\w-])(?:(?P<n>[а-яё]+|\d+)\s+)?недел(?:ю|и|я|ь)(?![\w-])", re.I)


def _captive(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The days a captive was held, as the frame «captive» (one per claim)."""
    c = sc.claim
    if not _CAPTIVE_TOLD.search(c.text) or not _CAPTIVE_HELD.search(c.text):
        return []
    found: list[tuple[float, int, int]] = []  # days, start, end
    for m in _DURATION.finditer(c.text):
        if m.group("unit").lower().startswith(("сут", "дн", "ден")):
            got = _hours_of(m)
            if got is not None:
                found.append((got[0] / 24, got[1], m.end()))
    for m in _WEEKS.finditer(c.text):
        # («неделю» alone is one; a word before it that is no number leaves it unread)
        n = _figure(m.group("n")) if m.group("n") else 1.0
        if n is not None:
            found.append((n * 7, m.start(), m.end()))
    out = []
    for days, start, end in found:
        lo, hi = _figures_clause(c.text, start)
        if _CAPTIVE_HELD.search(c.text[lo:hi]):
            out.append(_measured(sc, "captive", "в плену, дней", days, start, end,
                                 f"{days:g} дн."))
    return out if len(out) == 1 else []


# How long a service, a system or a plant was down, in hours: «простой длился около четырех
# часов», «кассы не работали два часа», «сайт ведомства был парализован почти двое суток»
# (one duration told by the claim; people stuck in a queue are `_waited`'s)
_DOWN = re.compile(r"(?<![а-яёa-z])(?:простой|простоя|простоем|не\s+работал[аио]?|"
                   r"не\s+функционировал\w*|парализован\w*|не\s+принимал[аио]?|"
                   r"был[аио]?\s+недоступн\w*|не\s+было\s+доступ\w*|offline|"
                   r"went\s+down|were\s+down|was\s+down)(?![а-яёa-z])", re.I)


def _downtime(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The hours a claim says something was down, as the frame «downtime»."""
    c = sc.claim
    if not _DOWN.search(c.text):
        return []
    found = [m for m in _DURATION.finditer(c.text)
             if not m.group("n") or _figure(m.group("n"))]
    if len({m.group(0).lower() for m in found}) != 1:
        return []  # two durations: which one the service was down is not told
    got = _hours_of(found[0])
    if got is None:
        return []
    hours, start = got
    return [_measured(sc, "downtime", "простой, ч", hours, start, found[0].end(),
                      f"{hours:g} ч")]


# How late a flight, a train, a ship came, in minutes: «итоговая задержка рейса составила 2
# часа 40 минут», «прибыл с опозданием на 2 ч. 40 мин.», «задержка не превысила трех
# часов», «мы опоздали почти на семь часов», «приземлились на семь часов позже расписания»
_LATE = re.compile(r"(?<![а-яё])(?:задержк\w*|опоздани\w*|опоздал\w*|позже\s+(?:расписани|"
                   r"график|планов)\w*|late\b|delay\w*)", re.I)
_LATE_FOR = re.compile(
    r"(?<![\w-])(?P<n>\d+(?:[,.]\d+)?|[а-яё]+(?:\s+[а-яё]+)?)\s*(?P<unit>час(?:а|ов)?|ч\.?|"
    r"минут\w*|мин\.?|hours?)(?![\w-])(?:\s*(?P<m>\d+)\s*(?:минут\w*|мин\.?)(?![\w-]))?", re.I)


# many trips late, each its own: «с задержками от двух до шести часов», «31 рейс вылетел с
# задержкой от трех до 30 часов», «более 70 рейсов»
_MANY_LATE = re.compile(r"(?<![а-яё])(?:от\s+\S+\s+(?:\S+\s+)?до\s|задержками|опозданиями|"
                        r"рейс(?:ов|ы)\b|\d+\s+рейс|поездов\b|электричек\b)",
                        re.I)


def _delayed(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """How late a trip ended, as the frame «delayed» (in minutes)."""
    c = sc.claim
    out: list[tuple[str, str, int, Value]] = []
    for m in _LATE_FOR.finditer(c.text) if _LATE.search(c.text) else ():
        lo, hi = _figures_clause(c.text, m.start())
        if not _LATE.search(c.text[lo:hi]) or _WAITED.search(c.text[lo:hi]) or \
                _MANY_LATE.search(c.text[lo:hi]):
            continue
        got = _told_at(m)
        if got is None:
            continue
        n, first = got
        hours = not m.group("unit").lower().startswith(("мин", "m"))
        minutes = n * (60 if hours else 1) + (int(m.group("m")) if m.group("m") else 0)
        # (the span opens at «на» so that «почти на семь часов» keeps its «почти»)
        na = re.search(r"(?<![а-яё])на\s+$", c.text[max(0, first - 4) : first], re.I)
        start = first - (len(na.group(0)) if na else 0)
        out.append(_measured(sc, "delayed", "опоздание, мин", minutes, start, m.end(),
                             f"{minutes:g} мин"))
    return out


# How long help took to come, in minutes: «медики приехали спустя 35 минут после звонка»,
# «бригаду прождали почти три часа», «пожарные добирались час с четвертью», «время доезда
# составило 25 минут»; each service its own (an ambulance's time is not the police's), and a
# standard or a promise («норматив — 20 минут», «будет доезжать за 20 минут») is no time told
_HELP = (("скорая", re.compile(r"(?<![а-яё])(?:скор(?:ая|ой|ую)|бригад\w*|медик\w*|"
                               r"карет\w+\s+скорой)(?![а-яё])", re.I)),
         ("пожарные", re.compile(r"(?<![а-яё])пожарн\w*", re.I)),
         ("полиция", re.compile(r"(?<![а-яё])(?:полици\w*|полицейск\w*|наряд\w*)", re.I)))
_CAME = re.compile(r"(?<![а-яё])(?:прибыл\w*|приехал\w*|доехал\w*|добирал\w*|добрал\w*|ехал\w*|"
                   r"ждал\w*|ожидал\w*|доезд\w*|пришл[аио]|подъехал\w*)(?![а-яё])", re.I)
_NOT_TOLD = re.compile(r"(?<![а-яё])(?:будет|будут|должн\w*|норматив\w*|в\s+пределах|обеща\w*|"
                       r"обязан\w*|регламент\w*|положен\w*)(?![а-яё])", re.I)
_TOOK = re.compile(r"(?<![\w-])(?:(?P<n>\d+(?:[,.]\d+)?|[а-яё]+(?:\s+[а-яё]+)?)"
                   r"(?P<half>\s+с\s+половиной)?\s+)?(?P<unit>час(?:а|ов)?|"
                   r"минут[ыу]?)(?![\w-])(?:\s+(?P<m>\d+|[а-яё]+(?:\s+[а-яё]+)?)\s+минут[ыу]?"
                   r"(?![\w-]))?", re.I)


_HALF_MORE = ("полтора", "полторы", "полутора")


def _minutes_of(m: re.Match[str]) -> tuple[float, int] | None:
    """The minutes a `_TOOK` match tells, and where its number starts («час пятьдесят
    минут» is 110; «почти двух часов»: the number, past the bound)."""
    hours = m.group("unit").lower().startswith("час")
    got = _told_at(m) if m.group("n") else None
    n, first = got if got else (None, m.start("unit"))
    if n is None and m.group("n") and fold((words := m.group("n").split())[-1]) in _HALF_MORE:
        n, first = 1.5, m.start("n") + m.group("n").rindex(words[-1])  # «почти полтора часа»
    if not n and hours:
        n = 1.0  # «час пятьдесят минут», «больше часа»: an hour with no number
    if n and m.group("half"):
        n += 0.5  # «шесть с половиной часов»
    extra = _told_number(m.group("m")) if m.group("m") else 0
    if not n or extra is None:
        return None
    return n * (60 if hours else 1) + extra, first


def _response(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """How long a service took to come (frame «response», in minutes), one per claim."""
    c = sc.claim
    if not _CAME.search(c.text):
        return []
    out: list[tuple[str, str, int, Value]] = []
    for m in _TOOK.finditer(c.text):
        lo, hi = _figures_clause(c.text, m.start())
        clause = c.text[lo:hi]
        kinds = [k for k, pat in _HELP if pat.search(clause)]
        if len(kinds) != 1 or not _CAME.search(clause) or _NOT_TOLD.search(clause):
            continue
        got = _minutes_of(m)
        if got is None:
            continue
        minutes, first = got
        out.append(_measured(sc, "response", f"время прибытия: {kinds[0]}, мин", minutes,
                             first, m.end(), f"{minutes:g} мин"))
    return out[:1] if len({n for _f, _l, n, _v in out}) == 1 else []


# One person told still missing, by those who wait for them: «до сих пор не вышел на связь»,
# «семья продолжает его искать», «числится пропавшим без вести» (a count of one missing,
# against a report that none are); a person named in the clause, or told of by «его»/«ее»
_STILL_MISSING = re.compile(
    r"(?<![а-яё])(?:до\s+сих\s+пор\s+(?:не\s+)?(?:вернул\w*|найден\w*|нашли|вышел\s+на\s+связь)|"
    r"продолжа\w+\s+(?:его\s+|ее\s+|её\s+)?иск\w*|числит\w*\s+(?:без\s+вести\s+)?пропавш\w*|"
    r"не\s+вернул(?:ся|ась)\s+домой)", re.I)
_ONE_NAMED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:а|ов|ев|ин|ын|ий|ой|ая|ых|их)?"
                        r"(?![\w-])|(?<![а-яё])(?:его|ее|её)(?![а-яё])")


def _one_missing(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """One person a claim tells is still missing (frame «missing», one person)."""
    c = sc.claim
    m = _STILL_MISSING.search(c.text)
    if m is None or "не до сих пор" in c.text:
        return []
    lo, hi = _clause_bounds(c.text, m.start())
    if not _ONE_NAMED.search(c.text[max(0, lo - 120) : hi]) or \
            re.search(r"(?<![а-яё])не\s+$", c.text[max(0, m.start() - 4) : m.start()]):
        return []
    return [_measured(sc, "missing", "люди", 1, m.start(), m.end(), "1")]


# How deep a collapse, a wreck, a quake's focus lay, in metres: «обрушение породы на глубине
# 125 метров», «в 125 метрах под землей», «на глубине около 150 метров»; and how high a
# wave rose: «высота волны составила 3-4 метра», «волна высотой три-четыре метра»,
# «волна поднималась до пяти метров» (a range is its top, «до» the peak it reached)
_NUM_M = rf"(?P<n>\d+(?:[,.]\d+)?|(?:{TENS}\s+)?[а-яё]+)"
_DEPTH = re.compile(rf"\bна\s+глубин\w+\s+(?:около\s+|порядка\s+|примерно\s+|более\s+|"
                    rf"свыше\s+|почти\s+)?{_NUM_M}\s*(?P<unit>км|километр\w*|м|метр\w*)(?![\w-])|"
                    rf"\bв\s+{_NUM_M.replace('<n>', '<n2>')}\s*(?P<unit2>м|метр\w*)\s+под\s+"
                    r"землей", re.I)
_WAVE = re.compile(r"\bволн\w*\s+(?:[\w-]+\s+){0,5}?(?:высот\w+\s+|до\s+|составил\w*\s+)?"
                   rf"(?:(?:\d+(?:[,.]\d+)?|[а-яё]+)\s*[-–—]\s*)?{_NUM_M}\s*"
                   r"(?P<unit>м|метр\w*)(?![\w-])", re.I)


def _heights(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """A depth (frame «depth») and a wave's height (frame «wave»), in metres."""
    c = sc.claim
    out: list[tuple[str, str, int, Value]] = []
    low = c.text.lower()
    for frame, label, pat, stems in (("depth", "глубина, м", _DEPTH, ("глубин", "под землей")),
                                     ("wave", "высота волны, м", _WAVE, ("волн",))):
        if not any(stem in low for stem in stems):
            continue
        for m in pat.finditer(c.text):
            name = "n" if m.group("n") else "n2"
            n = _told_number(m.group(name))
            if not n:
                continue
            metres = _metres(n, m.groupdict().get("unit") or m.groupdict().get("unit2") or "м")
            out.append(_measured(sc, frame, label, metres, m.start(name), m.end(),
                                 f"{metres:g} м"))
    # («на глубине 125 метров ... в 125 метрах под землей»: one depth)
    return list({(fr, lab, n): (fr, lab, n, v) for fr, lab, n, v in out}.values())


# The weight of the story's one object, a bomb, a boulder, a meteorite, told with a word of
# weight: «снаряд массой 100 кг», «вес валуна — две тонны», «весит он полтонны»,
# «100-килограммовый снаряд», «мина калибра 50 кг». A load named with no such word is
# something else weighed («внутри было 40 килограммов тротила»), so is left alone; so is a
# threshold of a rule («ограничить проезд машин массой более 10 тонн»).
_WEIGHT_UNIT = r"(?P<unit>кг|килограмм\w*|т|тонн\w*|центнер\w*)(?![\w-])"
_OBJECT_WEIGHT = re.compile(
    rf"(?<![а-яё])(?:масс(?:а|ы|у|ой|е)|вес(?:а|у|ом|ит|ят|ил[аио]?)?|калибр(?:а|ом)?)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:[—–-]\s+)?(?:в\s+)?(?:около\s+|порядка\s+|примерно\s+|почти\s+)?"
    rf"(?:(?P<n>\d+(?:[,.]\d+)?|(?:{TENS}\s+)?[а-яё]+)\s*{_WEIGHT_UNIT}|(?P<half>полтонны))|"
    r"(?<![а-яё])(?P<half2>полутонн)\w+|"
    r"(?<![\w,.])(?P<adj>\d+(?:[,.]\d+)?)-?(?P<aunit>килограммов|тонн)(?:ая|ую|ой|ый|ое|ые|ых)"
    r"(?![\w-])", re.I)


_WEIGHT_LIMIT = re.compile(r"(?<![а-яё])(?:ограничени|ограничи|запрет|допустим|разрешен|"
                           r"(?:более|свыше|больше|менее|не\s+более|не\s+больше)\s+\d)\w*", re.I)


def _weight(sc: StoredClaim, seized: bool) -> list[tuple[str, str, int, Value]]:
    """The weight of the story's object, as the frame «weight» (in kilograms); none where
    the claim tells a haul `seized` (its weight is that frame's)."""
    c = sc.claim
    low = c.text.lower()
    if seized or not any(stem in low for stem in ("масс", "вес", "калибр", "полутонн",
                                                  "килограммов")):
        return []
    out: list[tuple[str, str, int, Value]] = []
    for m in _OBJECT_WEIGHT.finditer(c.text):
        lo, hi = _clause_bounds(c.text, m.start())
        if _WEIGHT_LIMIT.search(c.text[lo:hi]):
            continue
        if m.group("half") or m.group("half2"):
            kg, at = 500.0, m.start("half") if m.group("half") else m.start()
        else:
            name, unit = ("n", m.group("unit")) if m.group("n") else ("adj", m.group("aunit"))
            n = _told_number(m.group(name))
            if not n:
                continue
            kg = n * {"т": 1000, "ц": 100}.get(unit[0].lower(), 1)
            at = m.start(name)
        out.append(_measured(sc, "weight", "масса, кг", kg, at, m.end(), f"{kg:g} кг"))
    return out


# The fare of one ride by a way of paying, in roubles: «по карте проезд обойдется в 40
# рублей», «безналичный проезд вырос в цене с 30 до 40 руб.», «валидатор списал 38 рублей»,
# «за наличные придется отдать 46 рублей». The fare before a change («с 30 до», «вместо
# прежних 30», «раньше стоила»), a ceiling («предельный тариф 48 рублей»), a range («от 35
# до 60»), a rise by a sum («на 10 рублей») and a day's or a month's spending are
# other quantities; a fare told with no way of paying (or a pupil's card) is left alone.
_FARE_WORDS = re.compile(r"(?<![а-яё])(?:проезд|поездк|тариф|валидатор|списыва|сняли)\w*", re.I)
_RUBLES = re.compile(rf"(?<![\w,.-])(?P<n>\d+(?:[,.]\d+)?|(?:{TENS}\s+)?[а-яё]+)\s+"
                     r"руб(?:л[а-я]*|\.)?(?![а-яё])", re.I)
_FARE_BEFORE = re.compile(r"(?<![а-яё])(?:с|со|вместо(?:\s+[\w-]+)?|от|на|плюс|раньше|"
                          r"прежн\w*|стоил[аио]?(?:\s+[\w-]+)?|был[аио]?)\s+$", re.I)
_NOT_A_FARE = re.compile(r"(?<![а-яё])(?:в\s+день|в\s+месяц|за\s+день|за\s+месяц|предельн\w*|"
                         r"потол\w*|максимальн\w*)(?![а-яё])", re.I)
_PAID_BY = (("карта", re.compile(r"(?<![а-яё])(?:карт\w*|безнал\w*|бесконтакт\w*|валидатор\w*|"
                                 r"списыва\w*)", re.I)),
            ("наличные", re.compile(r"(?<![а-яё])наличн\w*", re.I)))
_PUPILS_CARD = re.compile(r"(?<![а-яё])(?:школьн|студенческ|социальн|льготн)\w+\s+карт", re.I)


def _fares(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The fare of a ride paid one way, as the frame «fare» (in roubles)."""
    c = sc.claim
    if "руб" not in c.text.lower() or not _FARE_WORDS.search(c.text):
        return []  # (the substring first: most claims name no roubles)
    out: list[tuple[str, str, int, Value]] = []
    for m in _RUBLES.finditer(c.text):
        lo, hi = between_commas(c.text, m.start(), m.end())
        clause = c.text[lo:hi]
        if _FARE_BEFORE.search(c.text[lo : m.start()]) or _NOT_A_FARE.search(clause) or \
                _PUPILS_CARD.search(clause):
            continue
        ways = {way for way, rx in _PAID_BY if rx.search(clause)}
        n = _told_number(m.group("n"))
        if len(ways) != 1 or not n or n >= 1000:
            continue
        (way,) = ways
        out.append(_measured(sc, "fare", f"проезд ({way}), руб", n, m.start("n"), m.end(),
                             f"{n:g} руб."))
    return out


# How many months wages have gone unpaid: «деньги не платят пятый месяц», «не выдают с
# июня, то есть уже пять месяцев», «задержка выплат — три месяца», «признает задержку за
# три месяца». Not a promise to pay within months («погасят в течение трех месяцев»,
# «через два месяца»), nor a debt's age told by its sum.
_UNPAID = re.compile(r"(?<![а-яё])(?:не\s+(?:[\w-]+\s+){0,2}?(?:плат|выплач|выда|получа)\w*|"
                     r"задержк\w*|задолженност\w*|невыплат\w*|без\s+(?:зарплат|жалован)\w*)",
                     re.I)
_MONTHS = re.compile(
    rf"(?<![\w-])(?:(?P<n>\d+|[а-яё]+)\s+месяц(?:а|ев)|"
    rf"(?P<nth>{'|'.join(ORDINAL_STEMS[:12])})(?:ой|ый|ий)\s+месяц)(?![\w-])", re.I)
_NOT_YET = re.compile(r"(?<![а-яё])(?:через|в\s+течение|в\s+ближайш\w+|за\s+следующ\w+|"
                      r"до\s+конца|погас\w*|выплатит|выплатят|рассчита\w*)(?![а-яё])", re.I)


def _unpaid(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The months wages have gone unpaid, as the frame «unpaid»."""
    c = sc.claim
    out: list[tuple[str, str, int, Value]] = []
    for m in _MONTHS.finditer(c.text) if "месяц" in c.text and _UNPAID.search(c.text) else ():
        lo, hi = _figures_clause(c.text, m.start())
        clause = c.text[lo:hi]
        if not _UNPAID.search(clause) or _NOT_YET.search(clause):
            continue
        n = ordinal_number(m.group("nth")) if m.group("nth") else _figure(m.group("n"))
        if not n:
            continue
        out.append(_measured(sc, "unpaid", "месяцев без зарплаты", n, m.start(), m.end(),
                             f"{n:g} мес."))
    return out


# The floor something fell from: a lift's cabin, a person from a window, a balcony slab
# («кабина упала с девятого этажа», «сорвалась с 12-го этажа», «пролетела вниз от
# девятого этажа», «выпал из окна пятого этажа»).
_FELL = (r"(?:упал|сорвал|рухнул|выпал|пролетел|обрушил|сорвав|падал|спрыгнул)\w*")
_FLOOR = re.compile(
    rf"(?<![а-яё]){_FELL}\s+(?:[\w-]+\s+){{0,3}}?(?:с|от|из)\s+(?:уровня\s+|окна\s+|балкона\s+)?"
    rf"(?:(?P<n>\d+)-?(?:го|ого)?|(?P<nth>(?:двадцат\w*\s+)?"
    rf"(?:{'|'.join(ORDINAL_STEMS)})(?:ого|его|ьего)))\s+этажа(?![а-яё])", re.I)


def _fell_from(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The floor a story's fall began at, as the frame «fell_from»."""
    c = sc.claim
    out: list[tuple[str, str, int, Value]] = []
    for m in _FLOOR.finditer(c.text) if "этаж" in c.text else ():
        n = int(m.group("n")) if m.group("n") else ordinal_number(m.group("nth"))
        if not n:
            continue
        out.append(_measured(sc, "fell_from", "этаж", n, m.start(), m.end(), f"{n}-й этаж"))
    return out


# The key rate a central bank set, in hundredths of a percent («снизил ключевую ставку на 1
# п.п., до 15,5% годовых», «уменьшил ключевую ставку со 16,5 до 15,5%», «снова снизил
# ставку — до 16%», «ключевую ставку снизили до 15,5%»), and the step it took, in basis
# points («на 100 базисных пунктов», «на полпроцентного пункта», «на один процентный
# пункт»). Not a rate expected, forecast or set at an earlier meeting, nor a bank's rates
# on deposits or loans.
_RATE_VERB = (r"(?:снизил|понизил|повысил|поднял|уменьшил|увеличил|сохранил|оставил|сдвинул|"
              r"опустил)(?:а|и|о)?")
_RATE = (rf"(?:{_RATE_VERB}\s+(?:[\w-]+\s+){{0,3}}?(?:ключев\w+\s+)?ставк[уа]\b|"
         rf"(?:ключев\w+\s+)?ставк[уа]\s+(?:[\w-]+\s+)?{_RATE_VERB}\b)")
# (the words between may hold a dot that ends no sentence: «на 0,5 п.п., до 17%»)
_RATE_LEVEL = re.compile(rf"{_RATE}(?P<mid>(?:[^.;:!?]|\.(?!\s*$|\s+[А-ЯЁ])){{0,60}}?)"
                         r"[\s,—–-]+(?:до|на\s+уровне)\s+"
                         r"(?P<n>\d{1,2}(?:[,.]\d{1,2})?)\s*(?:%|процент)", re.I)
_RATE_STEP = re.compile(rf"{_RATE}\s+(?:[\w-]+\s+){{0,2}}?на\s+(?P<n>\d+(?:[,.]\d+)?|один|"
                        r"одну|целый|полпроцентн\w+|полпроцента|половину)\s*(?P<unit>процентн\w+"
                        r"\s+пункт\w*|п\.\s*п\.?|базисн\w+\s+пункт\w*|б\.\s*п\.?)?", re.I)
_CENTRAL_BANK = re.compile(r"ключев\w+\s+ставк|\bЦБ\b|Центробанк|Банк\w*\s+России|регулятор|"
                           r"совет\w*\s+директоров|нацбанк|\bФРС\b|\bЕЦБ\b", re.I)
_NOT_THIS_DECISION = re.compile(
    r"\bв\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|"
    r"декабре)\b|предыдущ\w+|прошл\w+\s+(?:заседани|раз)\w*|\w+ском\s+заседани\w*|"
    r"\bнапомним\b|\bранее\b|\bожида\w*|\bждал\w*|\bждут\b|прогноз\w*|консенсус\w*|"
    r"предполага\w*|\bмож\w+\b|\bмог\w*|\bесли\b|\bпо\s+(?:вклад|депозит|кредит|ипотек)\w*",
    re.I)


def _key_rate(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The key rate set and the step taken, as counts of «rate» and «rate_step»."""
    c = sc.claim
    if "ставк" not in c.text or not _CENTRAL_BANK.search(c.text):
        return []
    out: list[tuple[str, str, int, Value]] = []
    for pat, frame, cls in ((_RATE_LEVEL, "rate", "ключевая ставка, %"),
                            (_RATE_STEP, "rate_step", "шаг ключевой ставки, б.п.")):
        for m in pat.finditer(c.text):
            if _NOT_THIS_DECISION.search(c.text[: m.end()]):
                continue
            word = m.group("n").lower()
            if frame == "rate":
                value = round(float(word.replace(",", ".")) * 100)
                shown = m.group("n").replace(".", ",") + "%"
            elif word.startswith(("пол", "половин")):
                value, shown = 50, "0,5 п.п."
            elif word in ("один", "одну", "целый"):
                value, shown = 100, "1 п.п."
            elif m.group("unit"):
                number = float(word.replace(",", "."))
                value = round(number if fold(m.group("unit")).startswith("б") else number * 100)
                shown = f"{value / 100:g} п.п.".replace(".", ",")
            else:
                continue  # «на 1» with no unit
            out.append((frame, cls, value, Value(sc.id, c.start + m.start("n"),
                                                 c.start + m.end("n"), m.group("n"), shown,
                                                 cls)))
    return out


# A price's rise in percent, in hundredths: «тарифы вырастут в среднем на 15%», «повышает
# стоимость ... на 12%», «стоимость пакетов вырастет на двенадцать процентов», «придется
# платить на 12 процентов больше», «рост составит в среднем 15 процентов» (one figure per
# story). Not a bound («до 18%»), nor the rise of a company's results, of wages or of an
# index: «выручка выросла на 7,1%» is no price.
# (and a bill's charges: «начисления за отопление выросли на 19%», «платежи за тепло»)
_PRICE = re.compile(r"\b(?:тариф|цен[аыуеой]\b|ценник|стоимост|плат[аиуыё]\b|платить|"
                    r"подорожа|индексаци|проиндексир|начислени|платеж[иейа]|квитанци)\w*", re.I)
# («рост», not «Ростов»)
_RISE = re.compile(r"\b(?:повыш\w*|повыс\w*|подним\w*|поднял\w*|поднимут|выраст\w*|вырос\w*|"
                   r"рост(?:а|у|ом|е)?|подорожа\w*|увелич\w*|проиндексир\w*|индексир\w*)\b", re.I)
_NOT_A_PRICE = re.compile(r"\b(?:выручк|прибыл|доход|продаж|оборот|ebitda|капитализац|котировк|"
                          r"акци[ийяюе]|индекс[аеуо]?\b|ввп|инфляци|зарплат|заработн|пенси|"
                          r"пособи|ставк|год\s+к\s+году)\w*", re.I)
_PERCENT_RISE = re.compile(
    r"(?:\bна|\bсоставит|\bсоставил\w*)\s+(?:в\s+среднем\s+)?(?P<bound>(?:примерно|около|"
    r"почти|порядка|приблизительно)\s+)?(?P<n>\d{1,3}(?:[,.]\d{1,2})?|[а-яё]+)\s*"
    r"(?:%|процент\w*)(?!\s*(?:год\w*|годовых))", re.I)


def _price_rise(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    c = sc.claim
    if not _PRICE.search(c.text):
        return []
    out = []
    for m in _PERCENT_RISE.finditer(c.text):
        lo, hi = _clause_bounds(c.text, m.start())
        before = c.text[max(lo, m.start() - 80) : m.start()]
        after = c.text[m.end() : m.end() + 10]
        if not (_RISE.search(before) or re.match(r"\s*больше\b", after)) or \
                _NOT_A_PRICE.search(c.text[lo:hi]) or not _PRICE.search(c.text, 0, hi):
            continue  # (the price is named in the clause or before it, not after)
        word = fold(m.group("n"))
        if word[0].isdigit():
            number = float(word.replace(",", "."))
        elif word in _NUMBER_WORDS:
            number = float(_NUMBER_WORDS[word])
        else:
            continue
        shown = c.text[m.start("bound") if m.group("bound") else m.start("n") : m.end()]
        out.append(("price_rise", "рост цен, %", round(number * 100),
                    Value(sc.id, c.start + m.start("n"), c.start + m.end(), shown,
                          f"{number:g}%".replace(".", ","), "рост цен, %")))
    return out


def _measures(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The magnitude (in tenths), the tonnes spilled, the key rate and a price's rise a
    claim states, as counts of the frames «magnitude», «spilled», «rate», «rate_step» and
    «price_rise»."""
    c = sc.claim
    seized = _seized(sc)
    out: list[tuple[str, str, int, Value]] = _key_rate(sc) + _price_rise(sc) + _extent(sc) \
        + _radius(sc) + _waited(sc) + _downtime(sc) + _delayed(sc) + _found_away(sc) \
        + _km_post(sc) + _visibility(sc) + _unpaid(sc) + _fell_from(sc) + _heights(sc) \
        + _response(sc) \
        + _one_missing(sc) + _fish_lost(sc) + _traded(sc) + _siege(sc) + _raid(sc) + _captive(sc) \
        + seized + _speed(sc) + _weight(sc, bool(seized)) + _fares(sc)
    if "агнитуд" in c.text and not _NOT_MAIN_SHOCK.search(c.text):
        for m in _MAGNITUDE.finditer(c.text):
            if _MAGNITUDE_BOUND.search(c.text[max(0, m.start(1) - 12) : m.start(1)]):
                continue
            tenths = round(float(m.group(1).replace(",", ".")) * 10)
            out.append(("magnitude", "землетрясение", tenths,
                        Value(sc.id, c.start + m.start(1), c.start + m.end(1), m.group(1),
                              m.group(1).replace(".", ","), "землетрясение")))
    # (a claim that speaks of no spilling is not searched for weights: most claims)
    spilled = [*_TONNES.finditer(c.text), *_WORD_TONNES.finditer(c.text)] \
        if _SPILLED.search(c.text) else []
    for m in spilled:
        lo, hi = _figures_clause(c.text, m.start())
        if not _SPILLED.search(c.text[lo:hi]):
            continue  # a cargo, the sand gathered: not what was spilled
        told = _tonnes(m) if m.group(1)[0].isdigit() else _told_number(m.group(1))
        if not told:
            continue  # «несколько тонн», «тонны мазута»: no figure
        tonnes = round(told)
        out.append(("spilled", "нефтепродукты, т", tonnes,
                    Value(sc.id, c.start + m.start(), c.start + m.end(), m.group(0),
                          str(tonnes), "нефтепродукты, т")))
    return out + _let_out(sc)


def _let_out(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The cubic metres of water a claim tells were let out, as the frame «spilled» (one a
    claim: two figures are a comparison or a range)."""
    c = sc.claim
    if "куб" not in c.text.lower() and "м3" not in c.text and "м³" not in c.text:
        return []  # (most claims)
    if not _LET_OUT.search(c.text):
        return []  # a reservoir's size, water brought in: not what was let out
    out = []
    for m in _CUBIC.finditer(c.text):
        # (a figure in digits or in words, with its scale: «восемнадцать тысяч кубометров»)
        told = _tonnes(m) if m.group(1)[0].isdigit() else \
            (_told_number(m.group(1)) or 0) * _scale(m.group(2))
        if not told:
            continue  # «сотни кубометров»: no figure
        out.append(_measured(sc, "spilled", "вылилось, м³", told, m.start(), m.end(),
                             f"{round(told)} м³"))
    return out if len(out) == 1 else []


# Dead fish in tonnes: «погибло около семи тонн рыбы», «потери в семь тонн» (a story's one
# loss, whatever verb tells it; what was gathered by a day, «собрали 12 тонн», is a part)
_FISH_TONNES = re.compile(rf"(?<![\w,.-])(?P<n>\d+(?:[,.]\d+)?|(?:{TENS}\s+)?[а-яё]+)\s+"
                          r"тонн\w*(?:\s+(?:мертв|погибш|сну|дохл)\w+)?\s+рыб\w*", re.I)
_FISH_LOST = re.compile(r"(?<![а-яё])(?:погиб\w*|мертв\w*|сну\w*|дохл\w*|замор\w*|гибел\w*|"
                        r"потер\w*)", re.I)
_FISH_GATHERED = re.compile(r"(?<![а-яё])(?:выловил\w*|выловлен\w*|собрал\w*|собран\w*|"
                            r"вывезл\w*|вывезен\w*|извлек\w*|утилизир\w*)", re.I)
_TONNES_ALONE = re.compile(rf"(?<![\w,.-])(?:в\s+)(?P<n>\d+(?:[,.]\d+)?|(?:{TENS}\s+)?[а-яё]+)\s+"
                           r"тонн\w*(?![\w-])", re.I)


def _fish_lost(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The tonnes of fish a kill took, as the frame «fish_dead» (one per claim)."""
    c = sc.claim
    if "тонн" not in c.text.lower() or not _FISH_LOST.search(c.text) or \
            _FISH_GATHERED.search(c.text):
        return []  # (what was gathered by a day is a part of the loss, not the loss)
    found = list(_FISH_TONNES.finditer(c.text))
    if not found and re.search(r"(?<![а-яё])потер\w*\s+(?:[\w-]+\s+)?в\s+", c.text, re.I) and \
            re.search(r"(?<![а-яё])рыб", c.text, re.I) is None and _TONNES_ALONE.search(c.text):
        found = list(_TONNES_ALONE.finditer(c.text))  # «оценивает потери в семь тонн»
    out = []
    for m in found:
        n = _told_number(m.group("n"))
        if n:
            out.append(_measured(sc, "fish_dead", "погибшая рыба, т", n, m.start("n"), m.end(),
                                 f"{n:g} т"))
    return out if len(out) == 1 else []


# Goods shipped in one year, in tonnes: «в 2025 году Россия поставила в страну около 1,2 млн
# тонн пшеницы» and «страна импортировала из России 500 тыс. тонн пшеницы» are one flow told
# by its two ends (the frame «traded», keyed by the goods and the year: another year or
# another crop is another flow). A bound («не превышали 1,5 млн тонн»), a part («из них»,
# «в том числе», «пришлось на»), a yearly habit with no year, or two figures are no side.
_TRADED = re.compile(r"(?<![а-яё])(?:постав(?:ил|ля|ле|ка|ки|ок|ку)\w*|экспорт\w*|импорт\w*|"
                     r"ввез\w*|ввоз\w*|вывез\w*|вывоз\w*|отгруз\w*|отгруж\w*|закупил\w*|"
                     r"закуп(?:ка|ки|ок)\w*|продал\w*|export\w*|import\w*|shipp\w*)", re.I)
_TRADED_PART = re.compile(r"(?<![а-яё])(?:из\s+них|в\s+том\s+числе|пришл\w+\s+на|"
                          r"част[ьиюей]\b|дол[яиюей]\b|"
                          # one region's or one firm's shipments: «Ростовская область продала»
                          r"(?:област[ьи]|кра[йя]|регион\w*|компани[яи]|хозяйств\w*)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:отправил|постав|отгруз|экспорт|вывез|продал)\w*)",
                          re.I)
_TRADED_BOUND = re.compile(rf"(?<![\w-])(?:{BOUND_WORDS}|до|превыша\w*|превысил\w*|превысят)"
                           r"\s+$", re.I)


def _traded(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The tonnes of goods one year's trade carried, as the frame «traded» (one per claim)."""
    c = sc.claim
    years = {d.date_from[:4] for d in c.dates if d.precision == "year"}
    if len(years) != 1 or not _TRADED.search(c.text) or _TRADED_PART.search(c.text):
        return []
    out = []
    for m in _TONNES.finditer(c.text):
        if _TRADED_BOUND.search(c.text[max(0, m.start() - 25) : m.start()]):
            continue
        goods = re.match(r"\s+([а-яё]+)", c.text[m.end():], re.I)
        if goods is None or _pos(goods.group(1)) != "NOUN":
            continue  # «вывезено 1,2 млн т» names no goods: no flow to key it by
        tonnes = _tonnes(m)
        label = f"{_lemma(goods.group(1))} {next(iter(years))}, т"
        out.append(_measured(sc, "traded", label, tonnes, m.start(), m.end() + goods.end(),
                             f"{tonnes:,.0f} т".replace(",", " ")))
    return out if len(out) == 1 else []


# How fast a vehicle went, in km/h: «шел со скоростью примерно 110 км/ч», «радар показал
# 118 км/ч», «ехал не быстрее 60 километров в час», «ехали, километров пятьдесят» (a limit,
# «скорость на участке ограничена 60 км/ч», is the road's, not the vehicle's)
_KMH = r"(?:км/ч|км\s+в\s+час|километр\w*\s+в\s+час)"
_SPEED = re.compile(rf"(?<![\w,.-])(?P<n>\d+|(?:{TENS}\s+)?[а-яё]+)\s+{_KMH}|"
                    r"(?<![а-яё])километров\s+(?P<w>(?:[а-яё]+\s+)?[а-яё]+)(?=\s*[,.;—–»])", re.I)
_MOVING = re.compile(r"(?<![а-яё])(?:скорост|ехал|ехали|двигал|гнал|мчал|несся|неслась|"
                     r"разогнал)\w*", re.I)
_SPEED_LIMIT = re.compile(r"(?<![а-яё])(?:разреш|допустим|допуска|ограничен|установленн|лимит|"
                          r"знак|возмож|мог\w*\s+быть)\w*", re.I)
# «до 90 км/ч» is a limit, «на 30 км/ч» a speed supposed («авария случилась бы на 30 км/ч»)
# (but «машина разогналась до 150 км/ч» is the speed reached)
_SPEED_BOUND = re.compile(r"(?<![а-яё])(?<!разогнался\s)(?<!разогналась\s)(?:до|на)\s+$", re.I)


def _speed(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The speed a claim says a vehicle went at, as the frame «speed» (one per claim)."""
    c = sc.claim
    if not _MOVING.search(c.text):
        return []
    out = []
    for m in _SPEED.finditer(c.text):
        # (the sentence before, past a dash: «Разрешенная скорость здесь — 60 км/ч»)
        lo = max(c.text.rfind(".", 0, m.start()) + 1, m.start() - 50)
        before = c.text[lo : m.start()]
        if _SPEED_LIMIT.search(before) or _SPEED_BOUND.search(before):
            continue
        n = _told_number(m.group("n") or m.group("w"))
        if n and 5 <= n <= 400:
            start = m.start("n") if m.group("n") else m.start()
            out.append(_measured(sc, "speed", "скорость, км/ч", n, start, m.end(), f"{n:g} км/ч"))
    return out if len(out) == 1 else []


# The weight of a drug seized, in kilograms: «обнаружили 1 240 кг кокаина», «найдено 1,24 т
# наркотика», «изъято около 870 килограммов героина» (one haul of a story, the substance's
# name or «наркотик» right after the weight; another cargo, «21 тонна бананов», is none)
_WEIGHT = re.compile(r"(?<![\d,.])(?P<n>\d+(?:[ \u00a0]\d{3})*(?:[,.]\d+)?)\s*"
                     r"(?P<u>кг|килограмм\w*|тонн\w*|т(?=\s))\s+(?P<what>[а-яё]+)", re.I)
_DRUGS = re.compile(r"^(?:кокаин|героин|наркотик|гашиш|марихуан|амфетамин|метамфетамин|"
                    r"мефедрон|метадон|опи[йу]|спайс|синтетик|психотроп|прекурсор)\w*$", re.I)


def _seized(sc: StoredClaim) -> list[tuple[str, str, int, Value]]:
    """The kilograms of drugs a claim says were seized or found, as the frame «seized»
    (one per claim)."""
    c = sc.claim
    out = []
    for m in _WEIGHT.finditer(c.text):
        if not _DRUGS.match(m.group("what")):
            continue
        kg = _told_number(m.group("n")) or 0.0
        if m.group("u").lower().startswith("т"):
            kg *= 1000
        out.append(_measured(sc, "seized", "наркотики, кг", kg, m.start(), m.end(),
                             f"{kg:g} кг"))
    return out if len(out) == 1 else []


# another source's figure told right after, its noun left out: «, врачи — о пяти»
_OTHER_ACCOUNT = re.compile(r"[^.;!?]{0,60}?[—–]\s*(?:о|об|про)?\s*(?P<n>\d+|[а-яё]+)"
                            r"\s*(?:[.;!?]|$)", re.I)


def _number_word(m: re.Match[str] | None) -> bool:
    """Whether the figure an `_OTHER_ACCOUNT` match ends with is a number."""
    return m is not None and (m.group("n").isdigit() or number_value(m.group("n")) is not None)


_CUSTODY = dict(FRAMES)["custody"]
_FREE_FRAMES = tuple((name, pat) for name, pat in FRAMES if name != "custody")
# inmates named by the noun of their state: «осужденных», «заключенные» (not the verb or
# the short participle, «заключен под стражу», «осуждены трое»)
_INMATE = re.compile(r"^(?:осужд|заключ)[её]нн", re.I)


def _inmates_only(toks: list[Tok], text: str, at: int) -> bool:
    """Whether every word of custody in the clause of the count at `at` names inmates."""
    lo, hi = _clause_bounds(text, at)
    held = [t for t in toks if lo <= t.start < hi and _CUSTODY.match(t.w)]
    return bool(held) and all(_INMATE.match(t.w) for t in held)


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
    f.counts = _counts(sc, toks) + _measures(sc)
    f.statuses, f.role_statuses = _statuses(sc, toks)
    f.roles = _roles(sc)
    f.dated = _dated(sc, toks)
    f.causes = _causes(sc)
    f.places = {fold(e.name) for e in sc.claim.entities if e.type == "LOC"}
    f.origins = f.places - _places(sc)
    f.people = {fold(e.name) for e in sc.claim.entities if e.type == "PER"}
    f.nouns = {cls for _f, cls, _n, _v in f.counts}
    return f


def _segment_frame(toks: list[Tok], text: str, a: int, b: int) -> str | None:
    """The predicate named between the commas around text[a:b], if one is; a participle
    right after the number names those counted, and a predicate after it is theirs
    («двое пострадавших госпитализированы»: taken to hospital, not hurt)."""
    lo = max(text.rfind(",", 0, a), text.rfind(";", 0, a)) + 1
    ends = [i for i in (text.find(",", b), text.find(";", b), text.find(".", b)) if i >= 0]
    hi = min(ends) if ends else len(text)
    named = [(t, name) for t in toks if lo <= t.start and t.end <= hi
             if (name := next((n for n, pat in FRAMES if pat.match(t.w)), None))]
    if len(named) > 1 and named[0][0].start >= b and not text[b : named[0][0].start].strip() \
            and named[1][1] != named[0][1]:
        return named[1][1]
    return named[0][1] if named else None


_CLOSES_CLAUSE = re.compile(r"\s*(?:[.;:!?»\"“”]|$)")
# collective numerals, said of people only («двое», «пятеро»; not «оба», said of anything)
_COLLECTIVE_PEOPLE = frozenset("двое трое четверо пятеро шестеро семеро восьмеро девятеро "
                               "десятеро".split())

# a place named as where people come from, not where anything happens: «жители
# Мурманска, Североморска и Колы», «уроженец Пензы» (a country of citizens, «граждан
# России», stays: the count's class names it too, and the story's place is often it)
_ORIGIN = re.compile(r"(?:жител\w*|уроженец|уроженц\w*|уроженк\w*|выходц\w*\s+из)\s+$", re.I)
_LIST_ON = re.compile(r"^\s*(?:,|и)\s*$")


def _places(sc: StoredClaim) -> set[str]:
    """The places a claim says something happens in: its named places but those told as
    where people come from."""
    c = sc.claim
    out, origin_end = set(), -1
    for e in sorted((e for e in c.entities if e.type == "LOC"), key=lambda e: e.start):
        a = e.start - c.start
        before = c.text[max(0, a - 30) : a]
        if _ORIGIN.search(before) or (origin_end >= 0 and
                                      _LIST_ON.match(c.text[origin_end:a])):
            origin_end = e.end - c.start
            continue
        origin_end = -1
        out.add(fold(e.name))
    return out


def _title(name: str) -> str:
    return " ".join(p[:1].upper() + p[1:] for p in name.split())

def _date_label(d: StatedDate) -> str:
    if d.date_from == d.date_to:
        return d.date_from
    return f"{d.date_from}..{d.date_to}"
