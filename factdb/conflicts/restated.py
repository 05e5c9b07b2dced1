"""One statement retold with another day: a date conflict found without a lexicon of events.

Two reports of one story that say the same thing in nearly the same words, each dating
its event to one day, and to days a week or less apart, date one event differently:
«разговор состоялся 8 октября» / «разговор состоялся 9 октября по инициативе
российской стороны». What makes them "the same question" is not a list of predicates but
the claims' own likeness once their dates are left out, and one event word (a verb or a
participle) shared by the clauses the two dates stand in. Events that recur say so
(«новый разговор», «повторно», «предыдущая беседа»), and such claims are left out; the
day a statement was made («в четверг заявил») is not the day of an event.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from factdb.conflicts import match, resumed
from factdb.conflicts.deadlines import PUT_OFF
from factdb.conflicts.facts import (
    AS_OF_DAY,
    GENERIC,
    Facts,
    Tok,
    Value,
    _clause_bounds,
    _lemma,
    _person_noun,
    _pos,
    tokens,
)
from factdb.conflicts.groups import Group
from factdb.conflicts.rules import _safe, day_of_words, days_apart, numbered_apart
from factdb.extract.clean import WEEKDAY_WORDS
from factdb.extract.dates import DAY_PART, WEEKDAY_GENITIVE, is_deadline
from factdb.extract.grammars import SPEECH_LEMMAS
from factdb.extract.nlp import known_verb, short_participle_verb, substantive
from factdb.models import StatedDate

EVENT_DAY_SUBJECT = "событие: "  # (the subject of an event's day retold; see onset)

RESTATED_DAY = 0.45  # likeness (match.similarity, dates left out) of one statement retold
SAME_THING = 0.15  # likeness enough when the two dates' event verbs share their subject
MAX_GAP = 7  # days: one event told a week apart is rare; further apart, two events
MAX_ITEMS = 80  # claims of one event word in one story beyond which it says nothing

# words that say an event is one of several: «новый», «очередной», «повторно», «вновь»
# (not new people the event is of: «приемная закрыта для новых посетителей»),
# «предыдущая беседа», «второй за месяц», «ещё один», «еще 14 рейсов», «в прошлый раз»,
# «первый»
_RECURS = re.compile(
    r"\b(?:нов(?:ый|ая|ое|ые|ого|ой|ом|ую|ых)(?!\s+(?:пациент|клиент|посетител|пассажир|"
    r"абонент|заказ|жител|сотрудник|ученик|учащ|дет|больн|газет))|очередн\w+|повторн\w*|вновь|"
    r"снова|опять|предыдущ\w+|прошл(?:ый|ая|ое|ого|ой|ом|ую)|(?:перв(?:ый|ая|ое|ого|ой|ом|ую)|"
    # (not a part of a day, a break between lessons, a floor: «во второй половине дня»,
    # «на второй перемене»)
    r"втор(?:ой|ая|ое|ого|ом|ую))(?!\s+(?:половин|перемен|смен|урок|пар[аеуы]\b|этаж|"
    r"подъезд|час))|ещ[её]\s+(?:один|одн\w+|раз|\d+|дв\w+|тр[иеоа]\w*|"
    r"четыр\w+|пят\w+|шест\w+|сем\w+|восем\w+|девят\w+|десят\w+)|последн\w+|"
    # the event took place at another site too: «митинг прошел и в соседнем городе»
    r"(?:прош\w+|состоял\w+|произош\w+|проведен\w*|провел\w*|проходил\w*)\s+и\s+(?:в|во|на)|"
    r"также|тоже)\b",
    re.I,
)
# words of a sequence of events («до этого», «затем»): of the day's own clause only («разбился
# во вторник, а до этого он стоял в шкафу» tells one breaking)
_SEQUENCE = re.compile(r"\b(?:до\s+этого|после\s+этого|затем|позднее|сначала|впоследствии)\b",
                       re.I)
_DATE_WORDS = match.MONTH_LEMMAS | frozenset(
    "понедельник вторник среда четверг пятница суббота воскресенье".split())
# what was held took place: «стороны провели обмен 19 ноября» (the thing held follows its
# verb)
_HELD = frozenset({"провести", "проводить"})
# verbs that only say an event took place are one event word: «обмен прошел 14 ноября»,
# «обмен состоялся 13 ноября»
_HAPPENED = {**dict.fromkeys(_HELD, "состояться"),
             "пройти": "состояться", "произойти": "состояться", "случиться": "состояться",
             "проходить": "состояться", "происходить": "состояться",
             # a document's date is the day it was signed: «указы подписаны 31 июля»,
             # «указы датированы 1 августа»
             "датировать": "подписать", "датированный": "подписать",
             # a day set for a meeting: «заседание запланировано на 18 декабря», «...
             # назначено на 19 декабря»
             "запланировать": "назначить", "наметить": "назначить"}
# coming somewhere is a weak event word: two claims telling it must read alike as a whole
# («силовики пришли в дома ... 26 июня» / «в пятницу, 27 июня, бойцы пришли в дома»), not
# just share a noun («сотрудники полиции пришли по адресам» / «полиция пришла в офис»: two
# raids)
_CAME = frozenset({"прийти", "приходить"})
# a paper's passage from its sender to its addressee is one event, the day it was sent
# or handed in told as the day it arrived: «фирма отправила письмо 3 марта» / «письмо
# пришло только 6 марта», «жильцы подали жалобу 2 марта» / «жалобу принесли 4 марта» (of
# one paper: «документ» is any of them)
FILED = "подать документ"
_PASSING = frozenset({"направить", "отправить", "подать", "подавать", "принести", "приносить",
                      "поступить", "поступать", "прийти", "приходить", "передать", "сдать",
                      "положить"})
_PAPERS = frozenset({"уведомление", "заявление", "письмо", "обращение", "жалоба", "запрос",
                     "документ", "иск", "ходатайство", "рапорт", "заявка", "извещение"})
# a regime imposed is one event however told: introduced or declared
_IMPOSING = frozenset({"ввести", "вводить", "вводиться", "объявить", "объявлять",
                       "объявляться", "введённый", "введенный", "объявленный"})
_REGIME = re.compile(r"(?<![а-яё])(?:карантин\w*|режим\w*|чс|чрезвычайн\w+\s+ситуаци\w*|"
                     r"ограничени\w*)", re.I)
# an agreement concluded is one signed: «договор заключен 3 мая» / «договор был
# подписан 29 апреля»
_CONCLUDED = frozenset({"заключить", "заключать", "заключённый", "заключенный"})
_DEAL = re.compile(r"(?<![а-яё])(?:договор|контракт|соглашени|сделк)\w*", re.I)
# a day an event was set for before it was put off: «слушание изначально было назначено
# на 12 марта, но его отложили»
_FORMER_PLAN = re.compile(r"(?<![а-яё])(?:планировал\w*|запланирован\w*|назначен\w*|"
                          r"намечал\w*|намечен\w*)\s+(?:[\w-]+\s+)?на\s+$", re.I)
_EVENT_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
_ANTECEDENT = 8  # words before «который» its antecedent may stand in
_SET_ON = re.compile(r"(?<![а-яё])на\s+$", re.I)
_HOUR_OF_DAY = re.compile(DAY_PART, re.I)  # (a date read as a part of a weekday)
# a verb of saying («не исключил, что») that is an act with «из»: struck off a register
_EXCLUDING = frozenset({"исключить", "исключать"})
# falling ill befalls each person on a day of one's own («муж заболел 8-го», «дочь
# заболела 5-го»); the day of an outbreak's first cases is the onset rule's
_EACH_OWN = frozenset({"заболеть", "заболевать", "слечь", "отравиться", "заразиться",
                       "заражаться", "почувствовать"})


# a verb that only links what the speaker infers: «получается, барометр разбили ...»
_DISCOURSE = frozenset({"получаться"})
_DAY_DENIED = re.compile(r"(?<![а-яё])не\s*$", re.I)
# verbs whose reflexive form is no passive or middle voice of the plain one
_OWN_REFLEXIVE = frozenset(
    """состояться оказаться оказываться остаться оставаться явиться являться казаться
    случиться добиться согласиться отказаться отказываться находиться считаться
    становиться появиться появляться удаться удаваться пытаться стараться собираться
    заниматься надеяться касаться бояться ожидаться готовиться обращаться обратиться
    учиться получиться получаться""".split())


_CLAUSE_MARK = re.compile(r"[,;:—–()«»\"“”]")


def _denied_days(f: Facts) -> set[str]:
    """The days a claim denies its event's day to be («ещё в понедельник, а не во
    вторник», «не 3 мая, как сообщалось»)."""
    c = f.sc.claim
    return {d.date_from for d in c.dates if d.precision == "day"
            and _DAY_DENIED.search(c.text[: d.start - c.start])}


def _mark_clause(text: str, at: int) -> tuple[int, int]:
    """The bounds of the stretch between punctuation marks that offset `at` stands in."""
    lo = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, at)), default=0)
    stop = _CLAUSE_MARK.search(text, at)
    return lo, stop.start() if stop else len(text)


def _recurs(text: str, at: int) -> bool:
    """Whether a claim tells the event of its day as one of several («новый разговор
    состоялся 9 октября», «самолет, доставивший первую группу, приземлился»), or the
    day's own clause tells a sequence («затем 9 октября»; another clause's, «а до этого
    он стоял в шкафу», tells another event)."""
    return _RECURS.search(text) is not None or \
        _SEQUENCE.search(text, *_mark_clause(text, at)) is not None


def _unreflexive(lem: str) -> str:
    """One event word for a verb's reflexive and plain forms: «барометр разбился» and
    «барометр разбили», «отделение закрылось» and «отделение закрыли»."""
    if lem.endswith(("ся", "сь")) and lem not in _OWN_REFLEXIVE and \
            known_verb(plain := lem[:-2]):
        return plain
    return lem


@_safe
def _dated_events(f: Facts) -> list[tuple[StatedDate, frozenset[str], frozenset[str]]]:
    """The claim's one day-precise date with the event words of its clause and the nouns
    right before its event verb (what took place: «обмен», «разговор»); nothing when the
    claim dates several days, tells of a recurring event, or the date is when something
    was said."""
    c = f.sc.claim
    # a day told by its number: «во вторник» alone is resolved by the report's own date,
    # and a week off when the verb speaks of the future (measured on the held-out sets,
    # a weekday alone even of a past verb dated two people's fines, or a brawl against
    # the raids of the next days, as one event); a weekday alone is kept for the pairs
    # whose claims name one thing the event befell (`restated_date_conflicts`)
    # (not a day denied for another: «разбили ещё в понедельник, а не во вторник»)
    dates = [d for d in c.dates if not _DAY_DENIED.search(c.text[: d.start - c.start])]
    days = [d for d in dates if d.precision == "day" and re.search(r"\d", d.text)]
    if not days:
        days = [d for d in dates if d.precision == "day" and _WEEKDAY.fullmatch(d.text)]
    if c.quote and len(days) > 1 and (q := c.text.find(c.quote)) >= 0:
        # the days a quote tells, not the day its words were said («Карантин ввели в среду,
        # 4 марта», — рассказал в пятницу глава района)
        days = [d for d in days if q <= d.start - c.start < q + len(c.quote)] or days
    if len({d.date_from for d in days}) != 1 or _recurs(c.text, days[0].start - c.start) or \
            c.statuses or \
            resumed.tells_restoration(c.text):
        # (a person's status is dated by the status rules, which know that a detention
        # or a release told a day late is the day it became known; a supply brought back
        # by the restoration rule, which knows a part of it back from the whole)
        return []
    d = days[0]
    if is_deadline(c.text, d.start - c.start):
        return []  # «потребовали покинуть страну до 17 ноября»: a limit set, no event's day
    if _FORMER_PLAN.search(c.text[: d.start - c.start]) and \
            PUT_OFF.search(c.text, d.end - c.start):
        return []  # «назначено на 12 марта, но его отложили»: the day it no longer is
    before_day = c.text[max(0, d.start - c.start - 40) : d.start - c.start]
    if AS_OF_DAY.search(before_day) and not (_SET_ON.search(before_day)
                                             and not _HOUR_OF_DAY.match(d.text)):
        # «на 10:00 среды без воды остаются 300 домов», «к утру пятницы»: a state
        # as of a day (but «назначено на 18 декабря» is the day an event is set for)
        return []
    lo, hi = _clause_bounds(c.text, d.start - c.start)
    # (what follows a colon after the day tells more of it: «прошла 3 мая: гости так и
    # не забили» is no denial of the day's event)
    colon = c.text.find(":", d.end - c.start, hi)
    hi = colon if colon != -1 else hi
    # (nor does the line after a quote the day stands in: «Закрыли лишь 8 ноября»,— утверждает
    # медсестра)
    close = c.text.find("»", d.end - c.start, hi)
    if close != -1 and "«" in c.text[lo : d.start - c.start]:
        hi = close
    if _CONDITION.search(c.text[lo:hi]):
        return []  # «рассчитывают вылететь 18 ноября, если ограничения снимут»: no event
    at = d.start - c.start - lo
    toks = tokens(c.text[lo:hi])
    events: set[str] = set()
    nearest: tuple[int, str, int] | None = None
    # a relative clause the date is not in tells its own event: «движение по перегону,
    # где в ночь на вторник сошел поезд, открыли в среду, 14 октября»
    aside = [m.span() for m in _RELATIVE_CLAUSE.finditer(c.text[lo:hi])
             if not m.start() <= at < m.end()]
    # ... and the one it is in tells only its own: «в районе, где 3 мая прошел смерч,
    # введен режим ЧС» dates the storm, not the regime
    own = next((m.span() for m in _RELATIVE_CLAUSE.finditer(c.text[lo:hi])
                if m.start() <= at < m.end()), None)
    if own is not None:
        aside += [(0, own[0]), (own[1], hi - lo)]
    own_lo, own_hi = _mark_clause(c.text[lo:hi], at)
    # (a clause of the sentence that denies something tells no event of the day: «разбился
    # во вторник, и доступа к нему у детей не было»)
    aside += [_mark_clause(c.text[lo:hi], t.start) for t in toks
              if t.w in ("не", "ни") and not own_lo <= t.start < own_hi]
    papers = frozenset(lem for t in toks if (lem := _lemma(t.w)) in _PAPERS)
    # event words one act is told by, folded where the clause names what they act on
    folds: dict[str, str] = {}
    if papers:
        folds.update(dict.fromkeys(_PASSING, FILED))
    if _REGIME.search(c.text[lo:hi]):
        folds.update(dict.fromkeys(_IMPOSING, "ввести"))  # «карантин вводится с 4 марта»
        if _SINCE.search(c.text[max(0, d.start - c.start - 4) : d.end - c.start]):
            folds["действовать"] = "ввести"  # «режим действует с 12 ноября»: in force since
    if _DEAL.search(c.text[lo:hi]):
        folds.update(dict.fromkeys(_CONCLUDED, "подписать"))  # «договор заключен 3 мая»
    for t in toks:
        if any(a <= t.start < b for a, b in aside):
            continue
        if t.w in ("не", "ни", "известно"):
            # «6 мая не задержан»: a denial on a day, not an event dated; «10 мая стало
            # известно»: the day the news broke (a denial in another clause denies
            # something else: «разбился во вторник, и доступа к нему у детей не было»,
            # «в понедельник, а не во вторник»)
            if own_lo <= t.start < own_hi:
                return []
            continue
        if not re.search(r"[а-яё]", t.w):
            continue
        pos, lem = _pos(t.w), _lemma(t.w)
        if pos == "ADJS" and (verb := short_participle_verb(t.w)):
            # («приемная закрыта с 5 марта»: a state a deed made, dated by the deed)
            pos, lem = "PRTS", verb
        if pos not in _EVENT_POS:
            continue
        if lem in _DECLARING and (as_ := next(
                (x for n in toks[t.i + 1 : t.i + 5] if (x := _declared_as(n.w))), None)):
            lem = as_  # «объявила победителем», «признал его избранным»: an act, not words
        if lem in _EXCLUDING and any(x.w == "из" for x in toks[t.i + 1 : t.i + 7]):
            lem = "исключить из"  # «исключил банк из списка»: an act, not «не исключил»
        if lem in SPEECH_LEMMAS and _pos(t.w) == "PRTF" and substantive(t.w):
            continue  # «обмен заключенными 19 ноября»: a participle of speech naming people
        if _HAPPENED.get(lem, lem) == "назначить" and t.i + 1 < len(toks) and \
                toks[t.i + 1].w in _TIME_NOUNS:
            continue  # «в назначенный день»: the day itself, not a day being set
        if lem == "идти" and any(x.w == "речь" for x in toks[max(0, t.i - 2) : t.i + 3]):
            continue  # «речь идет о встрече»: what is spoken of, no event
        lem = folds.get(lem, lem)
        dist = abs(t.start - at)
        if nearest is None or dist < nearest[0]:
            nearest = (dist, lem, t.i)
        if lem not in match.STOP and lem not in SPEECH_LEMMAS and lem not in _EACH_OWN \
                and lem not in _DISCOURSE:
            events.add(_HAPPENED.get(lem, _unreflexive(lem)))
    if not events and nearest is not None and nearest[1] == "быть":
        events.add("состояться")  # «облава была в среду»: the only verb says it took place
    if nearest is None or (nearest[1] in SPEECH_LEMMAS and nearest[1] not in _REMINDERS) \
            or not events or day_of_words(c.text, d.start - c.start):
        return []  # «в четверг заявил»: the day of the words, not of the event
    # (a capitalised noun is a name, unless it opens the clause)
    # (the nouns of an aside are not what took place: «Указы, как следует из
    # опубликованных документов, датированы 1 августа»)
    before = [t for t in toks[: nearest[2]] if not any(a <= t.start < b for a, b in aside)]
    if nearest[1] in _HELD:
        before += [t for t in toks[nearest[2] + 1 : nearest[2] + 3] if _pos(t.w) == "NOUN"][:1]
    window = before[-6:]
    # «о встрече финала кубка, которая состоялась 2 мая»: what took place is
    # the relative pronoun's antecedent, some words back
    rel = next((k for k in range(len(before) - 1, max(-1, len(before) - 4), -1)
                if _lemma(before[k].w) == "который"), None)
    if rel is not None:
        window = before[max(0, rel - _ANTECEDENT) : rel] + window
    what = frozenset(_lemma(t.w) for t in window
                     if _pos(t.w) == "NOUN" and (c.text[lo + t.start].islower() or not
                                                 c.text[lo : lo + t.start].strip(" «\"—–-"))
                     and _lemma(t.w) not in _DATE_WORDS)
    if not re.search(r"\d", d.text) and _weekday_unsure(toks, c.text[lo:], events):
        return []
    if FILED in events:
        what |= papers  # (the paper itself is what passed, wherever it stands)
    if "ввести" in events and (regime := _REGIME.search(c.text[lo:hi])):
        # (so is the regime, after its verb as often as before: «вводится режим ЧС»)
        what |= {_lemma(regime.group(0).split()[0].lower())}
    return [(d, frozenset(events), what)]


# a body declaring someone something is an act of the story, not words said: «комиссия
# объявила его победителем», «признала избранным» (one declaration of a winner)
_DECLARING = frozenset({"объявить", "объявлять", "признать", "признавать"})
_INSTRUMENTAL = re.compile(r"[а-яё]+(?:ым|им|ем|ом|ой|ыми|ими|ами)$")
_DECLARED_SAME = {"избрать": "победитель", "избранный": "победитель"}


def _declared_as(word: str) -> str | None:
    """The event of declaring someone what the instrumental `word` says («победителем»
    -> «объявить: победитель»), else None."""
    if not _INSTRUMENTAL.match(word.lower()) or _pos(word) not in ("NOUN", "ADJF", "PRTF"):
        return None
    lem = _lemma(word)
    return f"объявить: {_DECLARED_SAME.get(lem, lem)}"


# a weekday alone, resolved by the report's date: «в понедельник», «во вторник»
# (or since one: «со вторника», «с сегодняшнего дня», the «с» before the day)
_WEEKDAY = re.compile(rf"(?:во?\s+(?:{WEEKDAY_WORDS})|{WEEKDAY_GENITIVE}|"
                      rf"(?:сегодняшнего|вчерашнего)\s+дня)", re.I)
_SINCE = re.compile(r"(?<![а-яё])со?\s", re.I)


def _weekday_only(d: StatedDate) -> bool:
    return not re.search(r"\d", d.text)


def _weekday_unsure(toks: list[Tok], text: str, events: set[str]) -> bool:
    """Whether a weekday alone cannot date the clause's event: a verb not in the past
    («проведут обмен в пятницу» is a week off as often as not), or a deed done to a person
    («в понедельник оштрафовал водителя», «... Лыкову»: two people's are two events)."""
    from factdb.extract.nlp import tenses

    for t in toks:
        lem = _lemma(t.w)
        if _HAPPENED.get(lem, _unreflexive(lem)) not in events or _pos(t.w) not in _EVENT_POS:
            continue
        if _pos(t.w) == "VERB" and "past" not in tenses(t.w):
            return True
        if any(text[x.start].isupper() or _pos(x.w) == "NOUN" and _person_noun(_lemma(x.w))
               for x in toks[t.i + 1 : t.i + 3]):
            return True
    return False


def _things(nouns: frozenset[str]) -> frozenset[str]:
    """The nouns of a thing, not of people: what a container, a vault, a bridge is."""
    return frozenset(n for n in nouns if not _person_noun(n))


_TIME_NOUNS = frozenset({"день", "срок", "время", "час", "дату", "дата"})
# a day an event was moved to or from: «экзамен перенесен на 19 ноября», «перенесли
# заседание с 12 на 19 ноября»; the two days of a rescheduled event are a change
_MOVED = re.compile(r"\bперен(?:[её]с|есл|есен|ос)\w*", re.I)
_PLANNED = frozenset({"назначить", "состояться"})
_CONDITION = re.compile(r"\b(?:если|в\s+случае|при\s+условии|if|unless)\b", re.I)
# the outlet's «Напомним, ...» recalls an event; it is not a dated act of speech
_REMINDERS = frozenset({"напомнить"})
_RELATIVE_CLAUSE = re.compile(r",\s*(?:где|куда|откуда|когда|котор\w+|как\s+(?:следует|"
                              r"сообщ|пиш|писал|переда|говорит|указан|видно|отмечает)\w*)\b"
                              r"[^,]*", re.I)
# the level of an authority or of a measure: «режим ЧС муниципального характера» and
# «... регионального характера» are two declarations, whatever else they share
_LEVEL = re.compile(r"\b(муниципальн|районн|городск|регионал|областн|краев|республиканск|"
                    r"межрегионал|федеральн)\w*", re.I)


# ... or told by the territory it holds in: «в районе объявлен карантин» is the district's
_LEVEL_PLACE = re.compile(r"(?<![а-яё])(?:в|на\s+территории)\s+(район|област|регион|кра[ея])"
                          r"[а-яё]*(?![а-яё])", re.I)
_PLACE_LEVEL = {"район": "районн", "област": "регионал", "регион": "регионал",
                "крае": "регионал", "края": "регионал"}


def _levels(f: Facts) -> frozenset[str]:
    text = f.sc.claim.text
    return frozenset(m.group(1).lower() for m in _LEVEL.finditer(text)) | frozenset(
        _PLACE_LEVEL[m.group(1).lower()] for m in _LEVEL_PLACE.finditer(text))


def _without_dates(sc_words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in sc_words if not match._NUMBERISH.match(w) and w[0] != "#"
                     and w not in _DATE_WORDS)


def restated_date_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """Two reports of one story telling one statement with days up to a week apart."""
    feats = {}
    nouns: dict[int, frozenset[str]] = {}
    denied: dict[int, set[str]] = {}  # (the days each claim denies, read once a claim)
    index: dict[tuple[int, str], list[tuple[Facts, StatedDate]]] = defaultdict(list)
    for f in facts:
        for d, events, what in _dated_events(f):
            nouns[f.sc.id] = what
            f0 = match._features(f.sc)
            words = _without_dates(f0.words)
            feats[f.sc.id] = match._Features(words, f0.keys, " ".join(sorted(words)))
            denied[f.sc.id] = _denied_days(f)
            for e in events:
                index[(story.get(f.sc.doc_id, -f.sc.doc_id - 1), e)].append((f, d))
    moved: dict[int, set[str]] = defaultdict(set)
    for f in facts:
        if _MOVED.search(f.sc.claim.text):
            moved[story.get(f.sc.doc_id, -f.sc.doc_id - 1)].update(
                d.date_from for d in f.sc.claim.dates if d.precision == "day")
    # word weights from every claim, as the clustering weighs them
    idf = match.word_weights(f.sc for f in facts)

    groups: dict[tuple[int, str], Group] = {}
    seen: set[frozenset[int]] = set()
    for (st, event), items in index.items():
        if len(items) > MAX_ITEMS:
            continue
        for (fa, da), (fb, db) in combinations(items, 2):
            pair = frozenset({fa.sc.id, fb.sc.id})
            if fa.sc.doc_id == fb.sc.doc_id or da.date_from == db.date_from or pair in seen:
                continue
            if not 1 <= days_apart(da.date_from, db.date_from) <= MAX_GAP:
                continue
            if _night_before(fa, da, db) or _night_before(fb, db, da):
                continue  # «в ночь на 12 ноября» holds the late evening of 11 November
            if _tolled(fa) and _tolled(fb):
                continue  # a toll told with the day it stood at: a change, not a dispute
            if event in _PLANNED and {da.date_from, db.date_from} & moved[st]:
                continue  # an event moved from one day to another: both days are true
            alike = match.similarity(feats[fa.sc.id], feats[fb.sc.id], idf)
            shared = nouns[fa.sc.id] & nouns[fb.sc.id]
            if db.date_from in denied[fa.sc.id] or da.date_from in denied[fb.sc.id]:
                # one report denies the other's day by name: «барометр разбили ещё в
                # понедельник, а не во вторник» against «барометр разбился во вторник»
                alike = max(alike, RESTATED_DAY)
                shared |= nouns[fa.sc.id] | nouns[fb.sc.id]
            if event == FILED:
                papers = (nouns[fa.sc.id] & _PAPERS, nouns[fb.sc.id] & _PAPERS)
                if not (papers[0] & papers[1] or "документ" in papers[0] | papers[1]):
                    continue  # a notice and a complaint: two papers
                shared |= {"документ"}
            if _weekday_only(da) or _weekday_only(db):
                # a weekday alone dates an event of a thing both name: «сейф открыли
                # в среду» / «сейф открыли в четверг, 12 марта» (of no
                # person: `_dated_events`)
                if not _things(shared) or alike < RESTATED_DAY:
                    continue
            # retold in other words, but of the same thing taking place: «обмен прошел в
            # субботу, 14 ноября, в Анкаре» / «обмен состоялся в пятницу, 13 ноября»
            elif alike < RESTATED_DAY and not (shared and alike >= SAME_THING
                                               and event not in _CAME):
                continue
            if _levels(fa) and _levels(fb) and _levels(fa) != _levels(fb):
                continue  # a district's emergency and the region's: two declarations
            if numbered_apart(fa, fb):
                continue  # draw № 1842 and draw № 1843: two events
            seen.add(pair)
            g = groups.setdefault((st, event), Group("date", f"{EVENT_DAY_SUBJECT}{event}",
                                                      ("restated", event)))
            g.pairs.append((_value(fa, da, event), _value(fb, db, event), 0.6))
    return list(groups.values())


_NIGHT_ON = re.compile(r"\bночь\s+на(?:\s+|$)", re.I)


def _night_before(f: Facts, night: StatedDate, other: StatedDate) -> bool:
    """Whether `night` is «в ночь на X» and `other` the day before X, which it holds."""
    at = night.start - f.sc.claim.start
    return bool(_NIGHT_ON.search(night.text) or
                _NIGHT_ON.search(f.sc.claim.text[max(0, at - 12) : at])) and \
        other.date_from < night.date_from and days_apart(night.date_from, other.date_from) == 1


def _tolled(f: Facts) -> bool:
    """Whether a claim tells a count of what its event did («погибли 5», «эвакуированы
    140»); a distance or a size («в 60 милях от берега»), or a number told with no
    predicate of its own («президенты двух стран»), counts nothing that changes."""
    return any(not frame.startswith(GENERIC) for frame, _c, _n, _v in f.counts)


def _value(f: Facts, d: StatedDate, event: str) -> Value:
    return Value(f.sc.id, d.start, d.end, d.text, d.date_from, event)
