"""Statements on one question of a story that cannot both be true.

- causes: one fire (crash, explosion, outage) has one cause; «короткое замыкание» vs
  «поджог», and a cause denied («версия поджога не рассматривается», «поджог исключен»)
  vs the same cause asserted. A claim that lists versions («рассматриваются версии
  замыкания и поджога», «не исключают поджог») asserts none.
- yes/no: one question answered both ways («признал вину» vs «вину не признает»;
  «сигнализация сработала штатно» vs «никакого оповещения не было»). Only questions with
  one answer per person or per event, from a lexicon; conditionals answer nothing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from itertools import combinations

from factdb.conflicts.facts import ONE_PERSON, Facts, Value, _lemma, _title
from factdb.conflicts.groups import MAX_GROUP, Group
from factdb.conflicts.lexicons import PERSON_NOUNS
from factdb.conflicts.people import People
from factdb.conflicts.rules import (
    _SURNAME,
    _nominative,
    _other_time,
    _safe,
    _safe_one,
    _same_people,
    days_apart,
)
from factdb.text import fold

# ---------------------------------------------------------------- causes of an event

# What happened, so that a cause is the cause of something: the claim's own word, else
# the event its document tells of most.
EVENT_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("пожар", re.compile(r"^(?:пожар\w*|возгоран\w*|загорел\w*|загорани\w*|горел\w*|огн[ея]\w*|"
                         r"огонь|сгорел\w*|fire|blaze)$")),
    ("взрыв", re.compile(r"^(?:взрыв\w*|взорвал\w*|хлопок|explosion|blast)$")),
    # a dam or a pipe giving way
    ("прорыв", re.compile(r"^(?:прорыв\w*|прорвал\w*|прорвало)$")),
    ("авария", re.compile(r"^(?:авари\w*|крушени\w*|катастроф\w*|авиакатастроф\w*|дтп|"
                          r"разбил\w*|столкнул\w*|столкновени\w*|"
                          r"обрушени\w*|обрушил\w*|сбо[йяе]\w*|отключени\w*|crash\w*|"
                          r"collapse\w*|outage)$")),
    # an aircraft (a train, a ship) forced down: «вынужденная посадка», «экстренно сел»
    ("посадка", re.compile(r"^(?:(?:вынужденн|экстренн|аварийн)\w*\s+(?:[\w-]+\s+)?посадк\w*|"
                           r"(?:экстренно|аварийно|вынужденно)\s+(?:сел|села|сели|сесть|"
                           r"приземлил\w*)|emergency\s+landing)$")),
    # people falling ill together: a food poisoning, an outbreak of an infection
    ("отравление", re.compile(r"^(?:отравлени\w*|отравил\w*|отравивш\w*|заразил\w*|заражени\w*|"
                              r"инфекци\w*|вспышк\w*|poison\w*|outbreak|infection)$")),
    # a flight held on the ground: its own event, whatever else the story tells of
    ("задержка рейса", re.compile(r"^(?:рейс\w*\s+(?:[\w-]+\s+){0,3}?задержа\w*|"
                                  r"задерж\w+\s+(?:[\w-]+\s+)?рейс\w*|flights?\s+"
                                  r"(?:was\s+|were\s+)?delay\w*)$")),
)
# Causes by kind. Two kinds of one pair in CAUSE_CLASH cannot both be the cause.
EVENT_CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("умысел", re.compile(
        r"\b(?:поджог\w*|подожгл?\w*|поджигател\w*|умышленн\w*|умысл\w*|умысел|диверси\w*|теракт\w*|"
        r"террористическ\w+\s+акт\w*|атак\w*|взрывн\w+\s+устройств\w*|саботаж\w*|"
        r"злоумышленник\w*|внешн\w+\s+(?:\w+\s+){0,3}?(?:воздействи|вмешательств)\w*|обстрел\w*|сбит\w*|ракет\w*|ПВО|"
        r"arson|sabotage|terrorist\s+attack|deliberate\w*|shot\s+down|missile\w*)\b", re.I)),
    # a fault inside the machine itself («техническая неисправность», «внутреннее
    # разрушение двигателя»): the machine failed by itself, which a bird or the weather
    # denies (an engine that failed after a bird strike failed for the bird)
    ("неисправность", re.compile(
        r"\b(?:неисправност\w*|неисправн\w+\s+\w+|техническ\w*\s+(?:сбо\w*|неисправн\w*|"
        r"причин\w*|проблем\w*|отказ\w*)|внутренн\w+\s+(?:[\w-]+\s+)?(?:разрушени|"
        r"поврежден|дефект)\w*|разрушени\w+\s+(?:в\s+)?(?:[\w-]+\s+){0,2}?(?:горяч\w+\s+част|"
        r"турбин|лопат|компрессор)\w*|заводск\w+\s+(?:брак|дефект)\w*|"
        r"technical\s+(?:failure|fault|glitch)|mechanical\s+failure|"
        r"internal\s+(?:failure|damage))\b", re.I)),
    ("техника", re.compile(
        r"\b(?:коротк\w+\s+замыкани\w*|замыкани\w+|износ\w*|"
        r"(?:тормоз\w*|двигател\w*|оборудовани\w*)\s+(?:\w+\s+)?отказал\w*|"
        r"отказ(?:а|ом|е)?\s+(?:\w+\s+)?(?:двигател|тормоз|оборудовани|гидравлик|шасси|"
        r"систем|автоматик)\w*|"
        r"утечк\w+|изношенн\w+|прогнивш\w+|отказ\w*\s+оборудовани\w*|перегрев\w*|"
        r"short\s+circuit|faulty\s+wiring|gas\s+leak|"
        r"engine\s+failure|mechanical\s+failure)\b",
        re.I)),
    # weather and birds: not a fault of the machine, nor of anyone
    ("природа", re.compile(
        r"\b(?:столкновени\w+\s+с\s+птиц\w*|попадани\w+\s+птиц\w*|непогод\w*|"
        r"(?:попал\w*|угодил\w*|затянул\w*|засосал\w*)\s+(?:[\w-]+\s+){0,3}?(?:птиц|ста)\w*|"
        r"птиц\w*\s+(?:[\w-]+\s+){0,2}?(?:попал\w*|угодил\w*|затянул\w*|засосал\w*)|"
        r"бердстрайк\w*|обледенени\w*|погодн\w+\s+услови\w*|сдвиг\w*\s+ветра|"
        r"bird\s+strikes?|bad\s+weather)\b", re.I)),
    ("неосторожность", re.compile(
        r"\b(?:неосторожн\w+\s+обращени\w*|непотушенн\w+\s+сигарет\w*|курени\w*|"
        r"нарушени\w+\s+правил\w*\s+(?:пожарной|техники|эксплуатации|дорожного)|"
        r"careless\w*)\b", re.I)),
    # a person's wrong action at the controls: against a fault of the machine, it is the
    # other account of one accident («отказ двигателя» vs «ошибка пилота»)
    ("ошибка", re.compile(
        r"\b(?:ошибк\w+\s+(?:\w+\s+)?(?:пилот|водител|экипаж|диспетчер|машинист|оператор|"
        r"летчик|капитан|командир)\w*|ошибочн\w+\s+действи\w+|человеческ\w+\s+фактор\w*|"
        r"по\s+вине\s+(?:\w+\s+)?(?:водител|пилот|экипаж|машинист|диспетчер|оператор|"
        r"капитан)\w*|не\s+справил\w*\s+с\s+управлени\w*|допустил\w*\s+(?:\w+\s+)?ошибк\w*|"
        r"(?:уснул|заснул|задремал|уснувш|заснувш)\w*(?:\s+за\s+рулем)?|"
        r"отключил\w*\s+от\s+усталост\w*|fell\s+asleep|"
        r"human\s+error|pilot\s+error|crew\s+error)\b", re.I)),
)
# A road crash blamed on the other vehicle: «грузовик выехал на нашу полосу», «фура пошла
# на нас»; against the driver's own error (asleep, lost control) it is the other account.
EVENT_CAUSES += (
    ("другой участник", re.compile(
        r"\b(?:грузовик\w*|фур[аыу]|тягач\w*|камаз\w*|легковушк\w*|внедорожник\w*|"
        r"встречн\w+\s+(?:машин|автомобил)\w*)\s+(?:[\w-]+\s+){0,2}?(?:выехал\w*|выскочил\w*|"
        r"пош[её]л|пошла|вылетел\w*|вынесло)\s+(?:[\w-]+\s+){0,2}?(?:на\s+(?:нашу\s+|"
        r"встречную\s+)?полос\w*|на\s+нас)|выехал\w*\s+на\s+полосу\s+(?:автобуса|машины|"
        r"автомобиля)", re.I)),
)
# An illness or poisoning of many: germs found in the food served (or the food kept
# wrong), against a virus brought in from outside the kitchen.
EVENT_CAUSES += (
    ("пища", re.compile(
        r"\b(?:стафилокок\w*|сальмонел\w*|кишечн\w+\s+палочк\w*|листери\w*|ботули\w*|"
        r"ботулотоксин\w*|некачественн\w+\s+(?:продукт|пищ|ед|блюд|питани)\w*|"
        r"просроченн\w+\s+продукт\w*|нарушени\w+\s+(?:температурн\w+\s+режим|"
        r"услови\w+\s+хранени|санитарн\w+\s+(?:норм|правил|требовани))\w*|"
        r"salmonella|staphylococc\w*|e\.\s?coli|listeria|botulism|spoiled\s+food)\b", re.I)),
    ("вирус", re.compile(
        r"\b(?:норовирус\w*|ротавирус\w*|энтеровирус\w*|вирусн\w+\s+(?:инфекци|кишечн)\w*|"
        r"norovirus|rotavirus|enterovirus)\b", re.I)),
)
CAUSE_CLASH = {frozenset({"пища", "вирус"}), frozenset({"умысел", "техника"}),
               frozenset({"ошибка", "другой участник"}),
               frozenset({"умысел", "неосторожность"}),
               frozenset({"умысел", "природа"}), frozenset({"умысел", "ошибка"}),
               frozenset({"техника", "ошибка"}),
               frozenset({"неисправность", "природа"}), frozenset({"неисправность", "умысел"}),
               frozenset({"неисправность", "ошибка"})}
# The cause is denied: «версия поджога не подтвердилась», «поджог исключен».
_DENIED = re.compile(
    r"\b(?:не\s+(?:рассматрива\w*|подтверди\w*|подтвержда\w*|был[аио]?|является|признал\w*|"
    r"признает|признают|"
    r"установлен\w*|обнаружен\w*|нашл\w*)|исключ(?:ен|ена|ено|ены|или|ают|ает|ил)\b|"
    r"отвергл\w*|опроверг\w*|нет\s+(?:оснований|признаков|данных)|никаких\s+признаков|"
    r"ruled\s+out|no\s+sign)", re.I)
# Versions listed, or a cause not ruled out, assert nothing: «не исключают поджог».
_NOT_BEFORE = re.compile(r"\b(?:не|not|no|никак\w+|нет)\s+(?:[\w-]+\s+)?$", re.I)
_HEDGED = re.compile(r"\b(?:не\s+исключ\w*|верси(?:й|ям|ями|ях)\b|"
                     r"(?:несколько|две|три|разные|различные|основные)\s+верси\w*|"
                     r"рассматрива\w+\s+верси[ия]\b|в\s+том\s+числе|"
                     r"одн\w+\s+из\s+верси\w*|возможн\w*|могл[аио]?\b|мог\b|предположительн\w*|"
                     r"рассматрива\w+\s+(?:несколько|разные|различные)|или\b|либо\b|"
                     r"may\s+have|could\s+have|possible|possibly)", re.I)
# A technical or careless cause is a cause only when the claim says so («причиной стало»,
# «из-за»); «знал о неисправности системы» tells of a fault, not of what set the fire.
# A deliberate act names itself: «Это был поджог».
# a bird in the engine names the cause of what followed, as a deliberate act does
_BIRD = re.compile(r"птиц|бердстрайк|bird", re.I)
# the main version is the one the speaker stands by: «в качестве основной рассматривается
# версия об отказе двигателя», «основной версией остается утечка»
_MAIN_VERSION = re.compile(r"\bосновн\w*\s+(?:[\w-]+\s+){0,2}?верси\w*|\bверси\w*\s+"
                           r"(?:[\w-]+\s+){0,2}?основн\w*|\bв\s+качестве\s+основн\w*", re.I)
_CAUSE_WORD = re.compile(r"\b(?:причин\w*|из-за|в\s+результате|вызван\w*|спровоцир\w*|"
                         r"указыва\w*\s+на|вероятнее|речь\s+ид[её]т\s+о|"
                         r"(?:основн|главн|приоритетн|(?:наиболее\s+|самая\s+)?вероятн)\w*\s+верси\w*|"
                         r"источник\w*\s+(?:инфекци|заражени|отравлени)\w*|"
                         r"caused|cause\s+of|due\s+to|result\s+of)\b", re.I)


_EVENT_STEMS = ("прорыв", "прорва", "разбил", "столкн", "посадк", "сел", "приземл", "landing",
                "рейс", "flight",
                "пожар", "возгор",
                "горел", "горан", "огон", "огн", "взрыв", "взорв", "хлопок", "авари", "круш",
                "катастроф", "дтп", "обруш", "сбо", "отключ", "fire", "blaze", "explos", "blast",
                "crash", "collaps", "outage", "отрав", "зараз", "инфекц", "вспышк", "poison",
                "outbreak", "infect")


# one pass over a claim: each event word pattern as a named alternative, whole words only
_EVENT_WORD = re.compile(
    r"(?<![\w-])(?:" + "|".join(
        f"(?P<k{n}>{pat.pattern.removeprefix('^').removesuffix('$')})"
        for n, (_name, pat) in enumerate(EVENT_KINDS)) + r")(?![\w-])")


def _event_kind(text: str) -> str | None:
    """The event a claim speaks of, by its own words (the first event word)."""
    low = text.lower()
    if not any(stem in low for stem in _EVENT_STEMS):
        return None  # a cheap test first (substrings): most claims tell of no such event
    m = _EVENT_WORD.search(fold(text))
    if m is None or m.lastgroup is None:
        return None
    return EVENT_KINDS[int(m.lastgroup[1:])][0]


@_safe_one
def _cause(f: Facts) -> tuple[str, bool, Value] | None:
    """(cause kind, asserted (True) or denied (False), value) of a claim, or None."""
    c = f.sc.claim
    text = c.text
    low = text.lower()
    if not any(stem in low for stem in _CAUSE_STEMS):
        return None  # a cheap test first (substrings): most claims name no cause
    if _QUESTION.search(text):
        return None  # an interviewer's question («Это ошибка пилота?») asserts nothing
    hits = []
    for kind, pat in EVENT_CAUSES:
        m = pat.search(text)
        if m:
            hits.append((kind, m, _asserted(text, m)))
    if _HEDGED.search(text) and not _MAIN_VERSION.search(text):
        return None
    # «отказ двигателя из-за технической неисправности»: the fault says what failed
    if any(k == "неисправность" for k, _m, _a in hits):
        hits = [h for h in hits if h[0] != "техника"]
    if len(hits) == 2 and hits[0][2] != hits[1][2] and \
            frozenset({hits[0][0], hits[1][0]}) in CAUSE_CLASH:
        # one cause asserted and its rival denied take one side: «утечка — самая
        # вероятная версия, и никакой злой умысел тут искать не нужно»
        hits = [h for h in hits if h[2]]
    if len(hits) != 1:
        return None
    kind, m, asserted = hits[0]
    if asserted and not _CAUSE_WORD.search(text) and \
            not (kind in _INTENT and _SELF_ASSERTING.match(fold(m.group(0)))) and \
            not (kind in ("ошибка", "другой участник") and
                 _SELF_ASSERTING_ACCOUNT.match(fold(m.group(0)))) and \
            not (kind in _GERMS and _FOUND.search(text)) and \
            not (kind == "природа" and _BIRD.search(m.group(0))) and \
            not _THIS_IS.search(fold(text[: m.start()])):
        return None  # «ПВО отражала атаку» is no cause of anything said
    end = m.end()
    nxt = re.match(r"\s+(?:в\s+)?[\w-]+", text[end:])
    if nxt and not re.match(r"\s+(?:и|а|но|на|по|тогда|что|не)\b", text[end:]):
        end += nxt.end()
    shown = text[m.start() : end]
    v = Value(f.sc.id, c.start + m.start(), c.start + end, shown, kind, kind)
    return kind, asserted, v


def _asserted(text: str, m: re.Match[str]) -> bool:
    """Whether the cause found at `m` is asserted, not denied: a denial in the clause of
    the cause word, after it or just before it, or «не»/«никакой» right before it («Это
    не техническая неисправность»)."""
    lo = max(0, m.start() - 40)
    if _SAYS_IT_IS.search(text[lo : m.start()]):
        return True  # «следов птицы не нашли, и речь идет о технической неисправности»
    if _MISTAKEN.search(text[lo : m.start()]):
        return False  # «пилоты поначалу приняли удар за столкновение с птицами»
    clause = text[lo : min(len(text), m.end() + 60)]
    return not (_DENIED.search(clause) or _NOT_BEFORE.search(text[lo : m.start()]))


_MISTAKEN = re.compile(r"\bприня\w*\s+(?:[\w-]+\s+){0,2}?за\s+$|\bmistook\s+(?:[\w-]+\s+){0,2}?"
                       r"for\s+(?:an?\s+)?$", re.I)
_SAYS_IT_IS = re.compile(r"\b(?:речь\s+ид[её]т\s+о|дело\s+в)\s+(?:[\w-]+\s+)?$", re.I)


def cause_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """One event of one story blamed on causes that exclude each other, or a cause
    asserted by one side and denied by another."""
    # the event a story tells of most («Это был поджог» names none itself); counted over
    # the story, since one report may mention a fire only in passing
    story_event: dict[int, str] = {}
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for f in facts:
        ev = _event_kind(f.sc.claim.text)
        if ev:
            counts[story.get(f.sc.doc_id, f.sc.doc_id)][ev] += 1
    for st, by in counts.items():
        story_event[st] = max(by, key=lambda k: (by[k], k))
    index: dict[tuple[str, int], list[tuple[Facts, str, bool, Value]]] = defaultdict(list)
    for f in facts:
        if _other_time(f):
            continue
        got = _cause(f)
        if got is None:
            continue
        kind, asserted, v = got
        ev = _event_kind(f.sc.claim.text) or \
            story_event.get(story.get(f.sc.doc_id, f.sc.doc_id)) or (
            "пожар" if fold(v.text).startswith(("подж", "arson")) else None)  # arson burns
        if ev is None:
            continue
        index[(ev, story.get(f.sc.doc_id, f.sc.doc_id))].append((f, kind, asserted, v))
    out = []
    for (ev, _s), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        asserted_kinds = Counter(k for _f, k, yes, _v in items if yes)
        if not asserted_kinds:
            continue
        # the disputed cause: the deliberate one when anyone names it, else the most named
        pro = "умысел" if "умысел" in asserted_kinds else asserted_kinds.most_common(1)[0][0]
        g = Group("statement", f"причина: {ev}", ("cause", ev))
        sides = [(f, _stance(k, yes, pro), v) for f, k, yes, v in items]
        for (fa, sa, va), (fb, sb, vb) in combinations(sides, 2):
            if fa.sc.id == fb.sc.id or sa is None or sb is None or sa == sb:
                continue
            g.pairs.append((_side(va, sa, pro), _side(vb, sb, pro), 0.75))
        out.append(g)
    return out


def _stance(kind: str, asserted: bool, pro: str) -> bool | None:
    """Whether a claim says the disputed cause `pro` was the cause (True), was not
    (False: it denies it, or asserts a cause that excludes it), or neither (None)."""
    if kind == pro:
        return asserted
    clash = frozenset({kind, pro}) in CAUSE_CLASH
    if not clash:
        return None
    return not asserted  # a rival asserted speaks against it; a rival denied, for it


# germs found in the food, or caught, name the cause of an illness themselves: «в пробах
# обнаружена сальмонелла», «дети заразились ротавирусом»
_GERMS = {"пища", "вирус"}
_FOUND = re.compile(r"\b(?:обнаруж\w*|выявл\w*|выявил\w*|нашли|найден\w*|выделен\w*|"
                    r"заразил\w*|заражен\w*|detected|found|infected)\b", re.I)
# an account of an accident that names its cause itself: a person's wrong action («ДТП
# произошло по вине водителя», «не справился с управлением», «уснул»), or the other
# vehicle crossing over («грузовик выехал на нашу полосу»)
_SELF_ASSERTING_ACCOUNT = re.compile(r"по\s+вине|не\s+справил|допустил|уснул|заснул|задремал|"
                                   r"отключил|грузовик|фур|тягач|камаз|легковушк|внедорожник|"
                                   r"встречн|выехал")
_QUESTION = re.compile(r"\?\s*[»\"“”]?\s*$")
_INTENT = {"умысел"}
# «Это (была) классическая ошибка пилота», «Это короткое замыкание»: the claim names the
# cause of what it speaks of, as «Это был поджог» does
_THIS_IS = re.compile(r"(?:^|[«\"„(—–.!?:]\s*)это\s+(?:был[аио]?\s+|стал[аио]?\s+)?"
                      r"(?:[\w-]+\s+){0,2}$")
# deliberate acts that name themselves the cause: «Это был поджог», «самолет был сбит»
_SELF_ASSERTING = re.compile(r"подж|подожж|теракт|террористическ|диверси|сбит|саботаж|arson|"
                             r"умышл|умысл|умысел|shot\s+down|terrorist|sabotage")
# every stem the cause patterns above start with (a superset, for a quick first test)
_CAUSE_STEMS = (
    "подж", "умышл", "умысл", "умысел", "изнош", "прогни", "диверс", "теракт", "террор", "атак",
    "взрывн", "саботаж", "злоумыш", "внешн",
    "обстрел", "сбит", "ракет", "пво", "замыкан", "неисправн", "техническ", "износ", "утечк",
    "отказ", "перегрев", "столкновен", "непогод", "обледен", "погодн", "неосторожн", "непотушен",
    "курени", "нарушени", "ошибк", "ошибочн", "человеческ", "попадани", "сдвиг", "вине",
    "справил", "уснул", "заснул", "задремал", "отключил", "asleep", "arson", "стафилок",
    "грузовик", "фур", "тягач", "камаз", "легковушк", "внедорожник", "встречн",
    "сальмонел", "палочк", "листери", "ботул", "некачествен",
    "просроч", "вирус", "salmonel", "staph", "coli", "listeri", "botul", "spoiled", "virus",
    "sabot", "terror", "deliberat", "shot", "missile", "short", "faulty", "technical", "gas",
    "bird", "weather", "careless", "human", "pilot", "crew", "engine", "mechanical",
    "птиц", "бердстрайк", "разрушени", "дефект", "брак", "internal")
_CAUSE_RU = {"умысел": "умысел или атака", "техника": "техническая неисправность",
             "неисправность": "внутренняя неисправность техники",
             "природа": "погода или птицы", "неосторожность": "неосторожность",
             "ошибка": "ошибка человека", "пища": "заражение пищи на кухне",
             "вирус": "вирус, занесенный извне", "другой участник": "вина другой машины"}


def _side(v: Value, stance: bool, pro: str) -> Value:
    """Label a cause value by the side it takes on the disputed cause `pro`."""
    label = _CAUSE_RU.get(pro, pro)
    return Value(v.claim, v.start, v.end, v.text, label if stance else f"не {label}", v.key)


# ---------------------------------------------------------------- the hour of one event

# The hour an event happened: «около 02:40», «в 5:42», «около десяти вечера», «поздним
# вечером», «ранним утром». (first hour, last hour) of the day each names.
_CLOCK = re.compile(r"\b(?:в|около|примерно\s+в|приблизительно\s+в|после|до)?\s*"
                    r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\b(?!\s*(?:млн|млрд|тыс|%))")
_HOURS_WORDS = {"час": 1, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7,
                "восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11, "двенадцати": 12}
_WORD_HOUR = re.compile(r"\bоколо\s+(?P<w>" + "|".join(_HOURS_WORDS) +
                        r")\s+(?:час\w*\s+)?(?P<part>утра|дня|вечера|ночи)\b", re.I)
_PART_HOURS = {"утра": (0, 0), "дня": (12, 12), "вечера": (12, 12), "ночи": (0, 0)}
# «в половине второго ночи» (01:30), «без двадцати (минут) полночь» (23:40), «незадолго до
# полуночи» (23:00-24:00), «около полуночи»
_ORDINAL_HOURS = {"первого": 1, "второго": 2, "третьего": 3, "четвертого": 4, "пятого": 5,
                  "шестого": 6, "седьмого": 7, "восьмого": 8, "девятого": 9, "десятого": 10,
                  "одиннадцатого": 11, "двенадцатого": 12}
_HALF = re.compile(r"\bв\s+половин\w*\s+(?P<w>" + "|".join(_ORDINAL_HOURS) +
                   r")\s*(?P<part>утра|дня|вечера|ночи)?", re.I)
_MIDNIGHT = ((re.compile(r"\bбез\s+(?:двадцати|четверти|десяти|пятнадцати)\s+(?:минут\s+)?"
                         r"(?:полночь|двенадцать\s+ночи)", re.I), (23.5, 24.0)),
             (re.compile(r"\bнезадолго\s+до\s+полуночи|\bперед\s+полуночью", re.I), (23.0, 24.0)),
             (re.compile(r"\bоколо\s+полуночи|\bв\s+полночь", re.I), (23.5, 24.5)))
_DAY_PARTS = ((re.compile(r"\bпоздн\w+\s+вечер\w*|\bпоздно\s+вечером", re.I), (21, 24)),
              (re.compile(r"\bранн\w+\s+утр\w*|\bрано\s+утром|\bна\s+рассвете", re.I), (4, 8)),
              (re.compile(r"\bглубок\w+\s+ноч\w*|\bпосреди\s+ночи", re.I), (0, 4)))


def _hours(text: str) -> tuple[float, float, re.Match[str]] | None:
    """The hours of the day a claim dates something to, the first it names."""
    m = _CLOCK.search(text)
    if m and re.search(r"\d[:.]\d", m.group(0)):
        h = int(m.group("h")) + int(m.group("m")) / 60
        return h - 0.5, h + 0.5, m  # «около 02:40»: give or take half an hour
    half = _HALF.search(text)
    if half:
        h = _ORDINAL_HOURS[half.group("w").lower()] - 0.5
        if (half.group("part") or "").lower() in ("дня", "вечера"):
            h += 12
        return h - 0.25, h + 0.25, half
    for pat, (lo, hi) in _MIDNIGHT:
        mid = pat.search(text)
        if mid:
            return lo, hi, mid
    w = _WORD_HOUR.search(text)
    if w:
        h = _HOURS_WORDS[w.group("w").lower()] % 12 + _PART_HOURS[w.group("part").lower()][0]
        return h - 1, h + 1, w
    for pat, (lo, hi) in _DAY_PARTS:
        p = pat.search(text)
        if p:
            return lo, hi, p
    return None


def event_time_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """One event of a story (an explosion, a breach, a crash) put at hours of the day
    that cannot both hold: «около 02:40 14 апреля» vs «около десяти вечера 13 апреля».
    Hours that meet, or a vaguer part of the day holding the precise hour, agree."""
    index: dict[tuple[str, int], list[tuple[Facts, datetime, datetime, Value]]] = \
        defaultdict(list)
    for f in facts:
        c = f.sc.claim
        ev = _event_kind(c.text)
        got = _hours(c.text) if ev else None
        if ev is None or got is None or _other_time(f):
            continue
        lo, hi, m = got
        days = [d for d in c.dates if d.precision == "day"]
        day = days[0].date_from if days else (c.said_on or f.sc.published)
        try:
            base = datetime.fromisoformat(day[:10]) if day else None
        except ValueError:
            base = None
        if base is None:
            continue
        start, end = base + timedelta(hours=lo), base + timedelta(hours=hi)
        v = Value(f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0).strip(), "", ev)
        index[(ev, story.get(f.sc.doc_id, -f.sc.doc_id))].append((f, start, end, v))
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
        g = Group("date", f"время: {ev}", ("time", ev), timed=False, evidence=1,
                  by_length=False)
        labelled.sort(key=lambda t: t[2] - t[1])
        for (fa, sa, ea, va), (fb, sb, eb, vb) in combinations(labelled, 2):
            if fa.sc.doc_id == fb.sc.doc_id:
                continue
            centers = abs((sa + (ea - sa) / 2) - (sb + (eb - sb) / 2))
            # hours apart and not meeting, but within the night or the day: one event told
            # two ways, not two events (nor one hour on two days, which is a day's slip)
            if (ea <= sb or eb <= sa) and timedelta(hours=1.5) <= centers <= timedelta(hours=20):
                g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out


# ---------------------------------------------------------------- yes/no on one question

# Questions a story can be answered yes and no on: (name, what is asked about, the verb
# that answers yes, words that answer no by themselves). Only questions with one answer
# per person or per event: admitting guilt, an alarm going off.
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
    ("сработало оповещение",
     re.compile(r"\b(?:сигнализаци\w*|оповещени\w*|сирен\w*|пожаротушени\w*|спринклер\w*|"
                r"сигнал\w*\s+тревог\w*|гудк\w*|гудок|alarm\w*|sirens?|sprinkler\w*)\b", re.I),
     re.compile(r"\b(?:сработал\w*|срабатывал\w*|включил\w*|включен\w*|работал[аио]?|"
                r"звучал\w*|прозвучал\w*|подали|подан\w*|went\s+off|worked|sounded)\b", re.I),
     # «Никакой сирены», «ни одного гудка я не слышал», «сирена не звучала»
     re.compile(r"\bникак\w+\s+(?:\w+\s+)?(?:сигнализаци|оповещени|сирен|сигнал\w*\s+тревог|"
                r"гудк)\w*|\bни\s+одного\s+(?:гудка|сигнала)|"
                r"\b(?:сигнализаци\w*|оповещени\w*|сирен\w*)\s+не\s+(?:был\w*|звучал\w*|"
                r"включал\w*|сработал\w*)|\bне\s+слышал\w*\s+(?:\w+\s+)?(?:сирен|гудк|"
                r"сигнал)\w*|\bno\s+(?:siren|alarm|warning)", re.I)),
    # consular access to detained citizens: «консулы не получили доступа к задержанным»
    # vs «консульский доступ был предоставлен 12 октября» (see _ORDERED: a visit after a
    # refusal is a change, not a conflict)
    ("консульский доступ",
     re.compile(r"\bконсул\w*|\bconsul\w*", re.I),
     re.compile(r"\b(?:предоставлен\w*|предоставил\w*|получил\w*|получили|обеспечен\w*|"
                r"допущен\w*|допустил\w*|допускают|встретил\w*|встречал\w*|посетил\w*|"
                r"посещает|посещают|granted|visited|met)\b", re.I),
     re.compile(r"\bне\s+(?:был[аио]?\s+)?(?:получил\w*|предоставл\w*|предоставил\w*|"
                r"допуска\w*|допущен\w*|допустил\w*|обеспечен\w*|обеспечил\w*)|"
                r"\bнет\s+(?:консульского\s+)?доступа|\bотказ\w*\s+в\s+(?:консульском\s+)?"
                r"доступе|\b(?:denied|no)\s+consular\s+access", re.I)),
    # the police say a person was «не задержан, а приглашен (доставлен)», others say
    # detained: a question about one named person on one day (see _NAMED_ONLY)
    # (questioned as a witness is not detained: «допросили как свидетеля, протокол
    # задержания не составлялся»)
    ("задержан", re.compile(r"\b(?:задержан\w*|задержал\w*|задерживал\w*|detained)\b|"
                            r"\bв\s+(?:статусе|качестве)\s+свидетел\w*|\bкак\s+свидетел\w*",
                            re.I),
     re.compile(r"\b(?:задержан[аоы]?|задержал[аи]?|задержали|задерживал[аи]?|"
                r"(?:was|were)\s+detained)\b", re.I),
     re.compile(r"\bне\s+(?:был[аио]?\s+)?(?:задержан[аоы]?|задерживал[аи]?|задерживали|"
                r"задерживал(?:ся|ась|ись))\b|\bзадержан[аоы]?\s+(?:он|она|они)\s+не\s+"
                r"был[аио]?\b|\b(?:допрошен\w*|допросили|допрашивали)\s+(?:\w+\s+){0,4}?"
                r"(?:в\s+(?:статусе|качестве)|как)\s+свидетел\w*|\bпротокол\w*\s+задержания\s+"
                r"не\s+(?:составлял\w*|составлен\w*)|\b(?:was|were)\s+not\s+detained\b", re.I)),
)
_NEG_BEFORE = re.compile(r"\b(?:не|ни|никогда|not|never|didn't|did\s+not)\s+(?:\w+\s+)?$", re.I)
_VERDICT = re.compile(r"\bсуд\w*\b|\bпризна(?:н|на|ны)\s+виновн\w*|\bcourt\b|\bjury\b",
                      re.I)
_IF = re.compile(r"\b(?:если|может|могут|готов\w*|намерен\w*|собира\w*|предлож\w*|склоня\w*|"
                 r"обещ\w*|мог\w*|должен|должны|if|may|might|would)\b", re.I)


@_safe
def _answer(f: Facts) -> list[tuple[str, bool, Value]]:
    """(question, yes/no, value) a claim answers; a conditional or a wish answers nothing."""
    c = f.sc.claim
    text = c.text
    if _QUESTION.search(text):
        return []  # a question answers nothing
    out = []
    for name, about, verb, no in QUESTIONS:
        if not about.search(text) or (name == "признал вину" and _VERDICT.search(text)):
            continue
        if _IF.search(text):
            return []  # a conditional or a wish answers nothing
        answers: list[tuple[bool, re.Match[str]]] = []
        if no is not None:
            answers += [(False, m) for m in no.finditer(text)]
        for m in verb.finditer(text):
            if not about.search(text[max(0, m.start() - 40) : m.end() + 40]):
                continue  # the verb answers something else in the claim
            if any(n.start() <= m.start() < n.end() for _y, n in answers):
                continue  # part of a «no» already read («задержан он не был»)
            answers.append((not _NEG_BEFORE.search(text[max(0, m.start() - 20) : m.start()]), m))
        if len({yes for yes, _m in answers}) != 1:
            continue  # both answers in one claim (a comparison, a change): no answer
        yes, m = answers[0]
        out.append((name, yes, Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                     m.group(0), name if yes else f"не {name}", name)))
    return out


def polarity_conflicts(facts: Sequence[Facts], story: dict[int, int],
                       people: People) -> list[Group]:
    """One question of one story answered yes and no. Claims naming people must name the
    same one; a claim naming no one joins only when the story names one person for it."""
    index: dict[tuple[str, int], list[tuple[Facts, bool, Value]]] = defaultdict(list)
    for f in facts:
        for name, yes, v in _answer(f):
            index[(name, story.get(f.sc.doc_id, f.sc.doc_id))].append((f, yes, v))
    out = []
    for (name, _s), items in index.items():
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
            if name in _ORDERED:
                yes_day, no_day = (_day(fa), _day(fb)) if ya else (_day(fb), _day(fa))
                if yes_day and no_day and yes_day > no_day:
                    continue  # granted after it was refused: a change, not a dispute
            g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out


_PERSONAL = {"признал вину", "задержан"}  # questions one person answers, not an event
# questions whose «yes» lasts once given: a «no» after a «yes» contradicts it, a «yes»
# after a «no» is what happened next
_ORDERED = {"консульский доступ"}
# questions whose every answer must name its person, on one day: «задержали на неделю»
# (wages) or «рейс задержали» name no one; a person is detained on one day, let go on
# another
_NAMED_ONLY = {"задержан"}


def _personal_pairs(name: str, items: list[tuple[Facts, bool, Value]],
                    people: People) -> Group | None:
    """Yes and no from one person: the subjects of the answers must be one person; an
    answer with no subject («его подзащитный») joins only when the story's answers name
    exactly one person."""
    subjects = [_subject(f, v, people) or (_object(f, v, people) if name in _NAMED_ONLY
                                           else _told_of(f, v, people)) for f, _y, v in items]
    named = {s for s in subjects if s}
    if len(named) != 1:
        # nobody named (a group's guilt), or several: only answers naming the same
        # person compare
        if not named:
            return None
    who = next(iter(named)) if len(named) == 1 else None
    g = Group("statement", f"{_title(who)}: {name}?" if who else f"{name}?", ("answer", name))
    answers = list(zip(items, subjects, strict=True))
    for ((fa, ya, va), sa), ((fb, yb, vb), sb) in combinations(answers, 2):
        if ya == yb or fa.sc.id == fb.sc.id:
            continue
        if name in _NAMED_ONLY and (sa is None or sb is None or sa != sb or
                                    days_apart(_day(fa), _day(fb)) > 1):
            continue
        if sa != sb and not (who and (sa or who) == (sb or who)):
            continue
        g.pairs.append((va, vb, 0.6))
    return g


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
    """The day a claim speaks of: its first stated day, else the day it was said."""
    days = [d.date_from for d in f.sc.claim.dates if d.precision == "day"]
    return days[0] if days else (f.sc.claim.said_on or "")


def _object(f: Facts, v: Value, people: People) -> str | None:
    """The person named right after the answer («задержали Ивана Петрова»)."""
    c = f.sc.claim
    for e in sorted(c.entities, key=lambda e: e.start):
        if e.type == "PER" and 0 <= e.start - v.end <= 30 and \
                "," not in c.text[v.end - c.start : e.start - c.start]:
            return people.resolve(e.name, f.sc.doc_id, e.start)
    return None


_PARENTHESIS = re.compile(r"\s*(?:по\s+(?:информации|словам|данным|сведениям|версии|мнению)|"
                          r"как\s+(?:сообщ\w+|стало\s+известно|утвержда\w+|отмеча\w+)|"
                          r"со\s+ссылкой|according\s+to)\b", re.I)
_CLAUSE_START = re.compile(r"[,;:«»\"—–]|\bчто\b|\bкак\b", re.I)


def _subject(f: Facts, v: Value, people: People) -> str | None:
    """The person who answers: the name nearest before the answer in its clause («Белов
    заключил соглашение и признал вину»), None when the clause names no one («его
    подзащитный вину не признает»)."""
    c = f.sc.claim
    upto = v.start - c.start
    starts = [m.end() for m in _CLAUSE_START.finditer(c.text[:upto])]
    lo = starts[-1] if starts else 0
    # «Командир Константин Лыков, по информации источника, был задержан»: a parenthesis
    # between the subject and its verb is stepped over
    if len(starts) >= 2 and _PARENTHESIS.match(c.text[starts[-2] : starts[-1]]):
        lo = starts[-3] if len(starts) >= 3 else 0
    best: tuple[int, str] | None = None
    for e in c.entities:
        if e.type == "PER" and lo <= e.start - c.start < upto:
            key = people.resolve(e.name, f.sc.doc_id, e.start)
            if key and (best is None or e.start - c.start > best[0]):
                best = (e.start - c.start, key)
    for m in _SURNAME.finditer(c.text[lo:upto]):
        word = fold(m.group(0))
        at = c.start + lo + m.start()
        key = people.in_doc(word, f.sc.doc_id, at) or \
            people.in_doc(_nominative(word), f.sc.doc_id, at)
        if key and (best is None or lo + m.start() > best[0]):
            best = (lo + m.start(), key)
    return best[1] if best else None
