"""Court decisions and facts of one person within a story.

- measures: a court sends a person either under house arrest or into custody at one
  hearing; reports of both on the same day (or undated, in one story) conflict. A change
  («перевел», «изменил меру», «продлил»), a request («просило заключить») or a statement
  of what happens later is not a decision of that hearing.
- terms: one decision has one term («продлил арест на три месяца» vs «на четыре»).
- ages: one person given two ages by reports a few days apart.
- detention dates: one person's detention dated days apart («4 марта» vs «в конце
  февраля», «17 ноября» vs «15 ноября»).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import combinations
from typing import TypeVar

from factdb.conflicts.facts import (
    DEADLINE,
    Facts,
    Value,
    _clause_bounds,
    _title,
)
from factdb.conflicts.groups import MAX_GROUP, Group, quote_said_on
from factdb.conflicts.lexicons import _NUMBER_WORDS
from factdb.conflicts.people import People
from factdb.conflicts.rules import (
    _number,
    _other_time,
    _safe,
    _when,
    days_apart,
    named_people,
    previous_claims,
    read_once,
    tells_day,
)
from factdb.models import Claim, StatedDate
from factdb.text import fold

_T = TypeVar("_T")

# ---------------------------------------------------------------- court measures

# «арестовал имущество» is no measure for a person
_OF_THINGS = (r"(?!\s+(?:\w+\s+)?(?:имуществ|счет|счета|актив|средств|недвижимост|квартир|"
              r"автомоб|дом|акци|дол))")
MEASURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("house_arrest", re.compile(r"\bпод\s+домашн\w*\s+арест\w*|\bдомашн\w+\s+арест\w*|"
                                r"\bhouse\s+arrest\b", re.I)),
    ("custody", re.compile(r"\bв\s+сизо\b|\bпод\s+страж\w+|\bза\s+решетк\w+|"
                           rf"\bарестова\w*+{_OF_THINGS}|"
                           r"\bв\s+(?:следственн\w+\s+)?изолятор\w*|\bin\s+custody\b|"
                           r"\bpre-?trial\s+detention\b|"
                           # «санкционировал его арест на 40 суток», «экстрадиционный
                           # арест»: a prosecutor's or a court's sanction is of custody
                           rf"\bсанкционирова\w*\s+(?!(?:[\w-]+\s+)?домашн)(?:[\w-]+\s+){{0,2}}?"
                           rf"арест\w*+{_OF_THINGS}|\bэкстрадиционн\w+\s+арест\w*",
                           re.I)),
    # the milder measures a court chooses instead: each excludes the others at one hearing
    ("ban", re.compile(r"\bзапрет\w*\s+определенн\w+\s+действий|\bподписк\w*\s+о\s+невыезде|"
                       r"\bпод\s+залог\b", re.I)),
)
_REFUSED = re.compile(r"\b(?:отказал\w*|не\s+стал\w*)\s+(?:[\w-]+\s+){0,2}?(?:заключ|отправл|"
                      r"помещ|арестов)\w*\s+(?:[\w«»\"-]+\s+){0,4}?(?:под\s+страж\w*|в\s+сизо\b)|"
                      # «суд отказал прокурору в домашнем аресте», «в аресте»
                      r"\bотказал\w*\s+(?:[\w-]+\s+){0,2}?в\s+(?:домашн\w+\s+)?аресте\b|"
                      # a measure denied: «никакого ареста у него нет», «он не под
                      # арестом», «под домашний арест бизнесмен не помещен», «не арестован»
                      r"\bникак\w+\s+(?:домашн\w+\s+)?арест\w*\s+(?:[\w-]+\s+){0,2}?нет\b|"
                      r"\bне\s+под\s+(?:домашн\w+\s+)?арест\w*|\bне\s+(?:был[аи]?\s+)?арестован\w*|"
                      r"\bпод\s+(?:домашн\w+\s+)?арест\s+(?:[\w-]+\s+)?не\s+(?:отправлен|"
                      r"помещен|посажен)\w*", re.I)
# time spent held before a release is no measure: «провел под стражей двое суток и был
# отпущен под залог»
_SPENT = re.compile(r"\b(?:провел\w*|проведя|проведен\w*|проводил\w*|spent)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:под\s+страж\w*|в\s+сизо\b|в\s+изолятор\w*|in\s+custody)", re.I)
_COUNSEL = re.compile(r"(?:адвокат|защитник|lawyer)\w*", re.I)
# «удовлетворил ходатайство прокурора», «по ходатайству следствия арестовал»: the request
# granted is the decision
_REQUEST_GRANTED = re.compile(r"\bудовлетворил\w*\s+ходатайств\w*|\bпо\s+ходатайств\w*", re.I)
# the court chose no measure yet: «продлил задержание на 72 часа», «отложил решение о мере
# пресечения»; a hearing that did so arrested no one that day (one decision, whatever the
# verb: «продлил» is no change of a measure here)
_POSTPONED = re.compile(
    r"\bпродл\w*\s+(?:(?:срок\w*|ему|ей|им|его|ее|её)\s+){0,2}задержани\w*|"
    r"\b(?:срок\w*\s+)?задержани\w*\s+(?:[\w-]+\s+){0,3}?продлен\w*|"
    r"\bотлож\w*\s+(?:[\w-]+\s+){0,3}?(?:решени|рассмотрени|избрани)\w*\s+(?:[\w-]+\s+){0,3}?"
    r"мер\w*\s+пресечени\w*", re.I)
_MEASURE_RU = {"house_arrest": "под домашним арестом", "custody": "под стражей (СИЗО)",
               "ban": "на свободе под запретом, подпиской или залогом",
               "postponed": "задержание продлено, мера не избрана"}
# A decision of the hearing: the court sent, chose, arrested. Not a request, not a change.
_DECIDED = re.compile(r"\b(?:отправил\w*|отправлен\w*|избрал\w*|избран\w*|заключил\w*|"
                      r"санкционировал\w*|взял[аи]?\s+(?:[\w-]+\s+){0,3}?под\s+страж|водворен\w*|"
                      r"отпустил\w*|отпущен\w*|провед(?:ет|ут)|ограничил(?:ся|ась)|"
                      r"ограничивш\w*|"
                      r"заключен[аоы]?\b|арестовал\w*|арестован[аоы]?\b|поместил\w*|"
                      r"помещен\w*|удовлетворил\w*|sent|placed|remanded|ordered)", re.I)
# the measure as it stands, told in the present: «находится под домашним арестом»,
# «содержится в СИЗО-1» (the last decision's, when no change is told)
_HELD_NOW = re.compile(r"(?<![а-яё])(?:содерж|наход|пребыва)(?:ится|атся|ятся)(?![а-яё])",
                       re.I)
# (a police cell before the hearing is no measure: «по-прежнему находится в изоляторе
# временного содержания»)
_POLICE_CELL = re.compile(r"(?<![а-яё])(?:временного\s+содержания|ИВС)(?![а-яё])", re.I)
_NOT_DECIDED = re.compile(
    r"\b(?:ходатайств\w*|просил\w*|просит|попрос\w*|потребова\w*|требует|намерен\w*|"
    r"может|могут|грозит|добива\w*|хотел\w*|собира\w*|планиру\w*|"
    r"перевел\w*|переведен\w*|изменил\w*|изменен\w*|смягчил\w*|продлил\w*|продлен\w*|"
    r"отменил\w*|отказал\w*|обжал\w*|апелляц\w*|вместо|якобы|опроверг\w*|"
    r"asked|requested|sought|extended|changed)\b|\bне\s+(?:стал|был|подтвержда\w*|"
    r"подтвердил\w*)|"
    # (an arrest in absentia of a man abroad puts no one anywhere: «заочно арестовал»)
    r"\bзаочн\w*|\bin\s+absentia\b",
    re.I,
)


@read_once
@_safe
def _measures(f: Facts) -> list[tuple[str, str | None, Value]]:
    """(measure, day of the decision or None, value) a court decision in the claim gives."""
    c = f.sc.claim
    text = c.text
    # «суд отказался заключать его под стражу и отпустил под запрет определенных
    # действий»: the measure refused is no decision; the one chosen instead is (blanked
    # out, same length: offsets hold)
    text = _REFUSED.sub(lambda m: " " * len(m.group(0)), text)
    text = _SPENT.sub(lambda m: " " * len(m.group(0)), text)
    # «удовлетворил ходатайство прокурора»: the request granted is the decision
    text = _REQUEST_GRANTED.sub(lambda m: " " * len(m.group(0)), text)
    found: list[tuple[int, int, str]] = [(m.start(), m.end(), "postponed")
                                         for m in _POSTPONED.finditer(text)]
    rest = _POSTPONED.sub(lambda m: " " * len(m.group(0)), text)
    if not (found or _DECIDED.search(rest) or _HELD_NOW.search(rest)
            and not _POLICE_CELL.search(rest)) or _NOT_DECIDED.search(rest):
        return []
    for name, pat in MEASURES:
        for m in pat.finditer(rest):
            if any(a <= m.start() < b for a, b, _n in found):
                continue  # «под домашний арест» is not also «арест»
            found.append((m.start(), m.end(), name))
    if len({n for _a, _b, n in found}) != 1:
        return []  # both measures in one claim: a comparison or a change, not a decision
    # the hearing's day: a stated day that is not a deadline («до 13 мая»)
    # (nor the day a quote was said, told outside it: «"... заключена под стражу", —
    # сообщили в пятницу»)
    days = [d for d in c.dates if d.precision == "day"
            and not DEADLINE.search(text[: d.start - c.start])
            and not quote_said_on(c, d)]
    # (an undated report of a decision is not dated by its own publication: a weekly tells
    # on Saturday of Thursday's hearing; `measure_conflicts` bounds undated pairs instead)
    when = days[0].date_from if days else None
    a, b, name = found[0]
    return [(name, when, Value(f.sc.id, c.start + a, c.start + b, text[a:b],
                               _MEASURE_RU[name], name))]


_MeasureIndex = dict[str, list[tuple[Facts, str, str | None, Value]]]


def _measure_index(facts: Sequence[Facts], people: People,
                   story: Mapping[int, int] | None = None) -> _MeasureIndex:
    """The measures courts chose, by the one person each is of: (facts, measure, day of
    the decision or None, value). A measure chosen for «обвиняемому», named no further,
    is of the one person its story's other measures are of."""
    index: _MeasureIndex = defaultdict(list)
    accused: list[tuple[Facts, list[tuple[str, str | None, Value]]]] = []
    # (the roles reports give their speakers and the claims' order are read only when a
    # measure names no one: few claims need them)
    roles: dict[tuple[int, str | None], str | None] | None = None
    before: dict[int, Facts] | None = None
    for f in facts:
        ms: list[tuple[str, str | None, Value]] = _measures(f)
        if not ms:
            continue
        speaker = people.key(f.sc.claim.speaker or "")
        # (the speaker named in the claim is not whose measure it tells: «как сообщил
        # адвокат обвиняемого Игорь Петров, ... его подзащитному»)
        keys = people.keys(f.sc, but=speaker) or people.described(f.sc) - {speaker}
        if not keys and not any(e.type == "PER" and people.key(e.name) != speaker
                                for e in f.sc.claim.entities):
            # (not a pronoun's antecedent: «На время следствия его отправили под домашний
            # арест» tells of an earlier hearing as often as of this one)
            if roles is None:
                # a speaker's role as the report gives it once («Адвокат министра Олег
                # Лебедянцев рассказал...») holds for the quote's next sentences too
                roles = {(g.sc.doc_id, g.sc.claim.speaker): g.sc.claim.speaker_role
                         for g in facts if g.sc.claim.speaker and g.sc.claim.speaker_role}
            role = f.sc.claim.speaker_role or roles.get((f.sc.doc_id, f.sc.claim.speaker))
            if role and _COUNSEL.match(role):
                # «Суд не согласился со следствием и избрал домашний арест», said by the
                # accused's lawyer: the client's measure, the one the lawyer's role names
                # or the sentence before («избрал Петрову меру пресечения. Адвокат...»)
                # (not a report's main person's: a surname the tagger missed,
                # «Иванова суд отправил...», is someone else's)
                one = people.client(replace(f.sc, claim=replace(f.sc.claim, speaker_role=role)))
                if one is None and before is None:
                    before = previous_claims(facts)
                keys = {one} if one else _named_before(f, before or {}, people, speaker)
        if not keys and (_ACCUSED.search(f.sc.claim.text) or _ALL_OF.search(f.sc.claim.text)):
            accused.append((f, ms))
        if len(keys) != 1:
            continue  # no one, or several people: whose measure it is stays unclear
        for name, when, v in ms:
            index[next(iter(keys))].append((f, name, when, v))
    if story is not None:
        of_story: dict[int, set[str]] = defaultdict(set)
        for key, items in index.items():
            for g, _n, _w, _v in items:
                of_story[story.get(g.sc.doc_id, -1)].add(key)
        for f, ms in accused:
            keys = of_story.get(story.get(f.sc.doc_id, -1), set())
            # («оба фигуранта отправлены в СИЗО»: each of the two the story's other
            # measures are of, when it names just that many)
            every = _ALL_OF.search(f.sc.claim.text)
            if (len(keys) == 1 and not every) or (
                    every and len(keys) == _HOW_MANY[every.group("n").lower()]):
                for key in keys:
                    index[key] += [(f, name, when, v) for name, when, v in ms]
    return index


# the accused told by his part in the case, not by name: «избрал обвиняемому меру»
_ACCUSED = re.compile(r"(?<![а-яё])(?:обвиняем|подозреваем|подсудим)\w*", re.I)
# all the accused at once: «оба обвиняемых», «обоим фигурантам», «все трое задержанных»
_HOW_MANY = {"оба": 2, "обоих": 2, "обоим": 2, "обе": 2, "обеих": 2, "обеим": 2, "двое": 2,
             "трое": 3, "троих": 3, "четверо": 4, "четверых": 4}
_ALL_OF = re.compile(r"(?<![а-яё])(?:все\s+|всех\s+|всем\s+)?(?P<n>оба|обоих|обоим|обе|обеих|обеим|"
                     r"(?<=все\s)(?:двое|трое|четверо)|(?<=всех\s)(?:троих|четверых))\s+"
                     r"(?:[\w-]+\s+)?(?:обвиняем|подозреваем|подсудим|фигурант|задержанн|"
                     r"арестованн)\w*", re.I)


def _one_decision(fa: Facts, wa: str | None, fb: Facts, wb: str | None,
                  story: Mapping[int, int]) -> bool:
    """Whether two claims' measures of one person may be one court decision: dated a day
    apart at most, or (undated) of one story and reported within a week of each other."""
    if wa and wb and days_apart(wa, wb) > 1:
        return False  # two hearings: the measure was changed in between
    if (not wa or not wb) and story.get(fa.sc.doc_id) != story.get(fb.sc.doc_id):
        return False
    # one side dated: the other report must come out within a week of that day
    undated = fb if wa and not wb else fa if wb and not wa else None
    day = wa or wb
    if undated is not None and day and undated.sc.published \
            and (days_apart(undated.sc.published, day) > 7 or undated.sc.published < day):
        return False  # (a report out before the hearing tells of no measure it chose)
    # two undated reports weeks apart: the measure may have changed
    return not (not wa and not wb and fa.sc.published and fb.sc.published
                and days_apart(fa.sc.published, fb.sc.published) > 7)


def measure_conflicts(facts: Sequence[Facts], story: dict[int, int],
                      people: People) -> list[Group]:
    """House arrest vs custody for one named person decided on one day (or undated)."""
    out = []
    for key, items in _measure_index(facts, people, story).items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("status", f"{_title(key)}: мера пресечения", (key, "measure"))
        for (fa, ma, wa, va), (fb, mb, wb, vb) in combinations(items, 2):
            if "postponed" in (ma, mb) and not (wa and wb):
                continue  # (a hearing put off is often followed by an arrest days later)
            if ma != mb and fa.sc.id != fb.sc.id and _one_decision(fa, wa, fb, wb, story):
                g.pairs.append((va, vb, 0.8 if wa and wb else 0.7))
        out.append(g)
    return out


def measure_agreements(facts: Sequence[Facts], story: Mapping[int, int], people: People
                       ) -> set[tuple[int, int]]:
    """Pairs of claims, in two reports, that tell one person's one measure of one court
    decision («суд отправил его под домашний арест», «суд избрал ему меру пресечения в
    виде домашнего ареста»): one decision retold, which the clustering takes as a same
    pair."""
    out: set[tuple[int, int]] = set()
    for items in _measure_index(facts, people, story).values():
        if len(items) > MAX_GROUP:
            continue
        for (fa, ma, wa, _va), (fb, mb, wb, _vb) in combinations(items, 2):
            if ma == mb and fa.sc.doc_id != fb.sc.doc_id and \
                    _one_decision(fa, wa, fb, wb, story):
                a, b = sorted((fa.sc.id, fb.sc.id))
                out.add((a, b))
    return out


# ---------------------------------------------------------------- the term a court set

# How long a court holds someone or sentences them: «продлил арест на три месяца», «мера
# пресечения продлена еще на 3 месяца», «приговорил к шести годам колонии». One decision
# has one term; a request («прокурор запросил восемь лет»), an appeal or a deadline («до 10
# мая») is not a term set.
# what an agreement is called
_CONTRACT = r"(?:контракт|соглашени|договор)\w*"
_TERM = re.compile(
    r"\b(?:на|к|сроком\s+(?:на|в)|еще\s+на)\s+(?:срок\s+(?:в\s+)?)?(?P<num>\d+|[а-яё]+)\s+"
    r"(?P<unit>месяц\w*|год\w*|лет|сут\w*|дн(?:я|ей)|недел\w*|сезон\w*)\b", re.I)
# «назначил 15 суток административного ареста», «8 лет колонии»: the term before what it is
_TERM_OF = re.compile(
    r"(?<![\w-])(?P<num>\d+|[а-яё]+)\s+(?P<unit>месяц\w*|год\w*|лет|сут\w*)\s+"
    r"(?:административн\w+\s+)?(?:ареста|лишения\s+свободы|заключения|колонии|тюрьмы)\b", re.I)
# «четырехлетнюю дисквалификацию», «8-летний срок»: the term as an adjective of what it is
# (never of a person: «27-летнего спортсмена» is an age)
_TERM_ADJ = re.compile(
    r"(?<![\w-])(?P<num>\d+|[а-яё]+?)-?(?P<unit>летн|месячн)\w*\s+"
    r"(?:срок\w*|дисквалификац\w*|запрет\w*|заключени\w*|лишени\w*|колони\w*|"
    rf"{_CONTRACT})", re.I)
# (a sports season counts as a year: «контракт на два сезона» is a two-year contract)
_UNIT_DAYS = {"мес": 30, "год": 365, "лет": 365, "сез": 365, "сут": 1, "дня": 1, "дне": 1,
              "нед": 7}
# an agreement's term, told beside its word: «подписал контракт на три года», «соглашение
# рассчитано на два сезона», «двухлетний контракт» (checked first: «заключил контракт» is no
# court's «заключил под стражу», «продлил контракт» no extended arrest)
# the term told after the agreement's word: «Контракт трехлетний»
_TERM_ADJ_AFTER = re.compile(
    rf"\b{_CONTRACT}\s+(?:[\w-]+\s+)?(?P<num>\d+|[а-яё]+?)-?(?P<unit>летн|месячн)\w*", re.I)
_CONTRACT_TERM = re.compile(
    rf"\b{_CONTRACT}[\s,]+(?:[\w«»\"-]+[\s,]+){{0,6}}?(?:на|сроком\s+на)\s+"
    r"(?:срок\s+(?:в\s+)?)?(?:\d+|[а-яё]+)\s+(?:год|лет|месяц|сезон)|"
    rf"(?<![\w-])(?:\d+|[а-яё]+?)-?(?:летн|месячн)\w*\s+{_CONTRACT}|"
    rf"{_TERM_ADJ_AFTER.pattern}|"
    rf"\b{_CONTRACT}\s+(?:[\w-]+\s+){{0,3}}?до\s+(?:конца\s+)?сезона", re.I)
# the season an agreement runs to: «контракт до конца сезона-2029/30» (the year it ends)
_TO_SEASON = re.compile(r"\bдо\s+(?:конца\s+)?сезона[\s-]*(?P<y>20\d\d)\s*/\s*(?:20)?\d\d\b",
                        re.I)
_TERM_KINDS = (
    ("контракт", _CONTRACT_TERM),
    # a sports ban: «дисквалифицировало на четыре года», «отстранил от соревнований на два
    # года» (a provisional suspension has no term)
    ("дисквалификация", re.compile(r"\bдисквалифи\w*|\bотстран\w*\s+(?:[\w-]+\s+){0,4}?на\s+"
                                   r"(?:\d+|[а-яё]+)\s+(?:год|лет)|\bbanned\b", re.I)),
    ("продление", re.compile(r"\bпродл\w*|\bоставил\w*\s+под\s+страж", re.I)),
    ("приговор", re.compile(r"\bприговор\w*|\bосудил\w*|\bосужден\w*", re.I)),
    ("арест", re.compile(rf"{_DECIDED.pattern}|\bназначил\w*", re.I)),
)
_NOT_SET = re.compile(r"\b(?:запрос\w*|просил\w*|просит|потребова\w*|требует|ходатайств\w*|"
                      r"запраш\w*|грозит|может|могут|обжал\w*|апелляц\w*|намерен\w*|настаива\w*|"
                      r"предусматрива\w*|предполага\w*|предлага\w*|предложил\w*|"
                      r"asked|sought)\b", re.I)
# years in a colony, a prison or «лишения свободы» are a sentence's, whatever the verb
# («получил 8 лет колонии», «ему назначили девять лет колонии», «итог — восемь лет
# заключения»); a remand in custody is counted in months
_SENTENCE_TERM = re.compile(r"^(?:год|лет)", re.I)
_SENTENCED_TO = re.compile(r"(?:колонии|лишения\s+свободы|тюрьмы|заключения)$", re.I)
_TO_COLONY = re.compile(r"\bв\s+(?:исправительн\w+\s+)?колони\w*\s+(?:[\w-]+\s+)?на\s+"
                        r"(?:\d+|[а-яё]+)\s+(?:год|лет)", re.I)
# where the clause of a term begins: a request in another clause («хотя гособвинение
# настаивало на 11 годах», «прокурор просил 11 лет, суд назначил 8») leaves it a term set
_TERM_CLAUSE = re.compile(r"[,;:(]|\s[—–-]\s|\bа\s|\bно\s|\bхотя\b", re.I)


_GRANTED = re.compile(r"\bудовлетвор\w*|\bgranted\b", re.I)  # «ходатайство удовлетворено»


@read_once
@_safe
def _terms(f: Facts) -> list[tuple[str, int, Value]]:
    """(kind of decision, term in days, value) of the term a court decision in the claim
    sets; nothing when the claim asks for a term or tells of two."""
    c = f.sc.claim
    text = c.text
    kind = next((k for k, pat in _TERM_KINDS if pat.search(text)), None)
    if kind in (None, "арест") and (any(
            _SENTENCE_TERM.match(m.group("unit")) and _SENTENCED_TO.search(m.group(0))
            for m in _TERM_OF.finditer(text)) or _TO_COLONY.search(text)):
        kind = "приговор"
    if kind is None:
        return []
    found = []
    granted = _GRANTED.search(text) is not None
    after = _TERM_ADJ_AFTER.finditer(text) if kind == "контракт" else ()
    for m in [*_TERM.finditer(text), *_TERM_OF.finditer(text), *_TERM_ADJ.finditer(text),
              *after]:
        n = _number(m.group("num"))
        unit = fold(m.group("unit"))[:3]  # («летн» of an adjective: years)
        if not n or unit not in _UNIT_DAYS or (not granted and _asked(text, m.start())):
            continue
        days = int(n * _UNIT_DAYS[unit])
        # («четыре сезона» and «четырехлетний» stand on one side: years)
        label = _term_label(n, "год" if unit == "сез" else unit)
        found.append((kind, days, Value(f.sc.id, c.start + m.start("num"), c.start + m.end(),
                                        text[m.start("num") : m.end()], label, kind)))
    if kind == "контракт":
        # (the season it runs to is a term of its own kind: one agreement ends once)
        for m in _TO_SEASON.finditer(text):
            if not _asked(text, m.start()):
                end = "контракт (до сезона)"
                found.append((end, int(m.group("y")), Value(
                    f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0),
                    f"до сезона {m.group('y')}", end)))
    # (one value per kind of term: a claim telling two terms of one kind tells neither)
    return [x for x in found if len({d for k, d, _v in found if k == x[0]}) == 1]


def _asked(text: str, at: int) -> bool:
    """Whether the term at `at` is one asked for or threatened, not set: a request in its
    own clause, before it («прокурор просил 11 лет», «грозит до десяти лет»)."""
    marks = list(_TERM_CLAUSE.finditer(text[:at]))
    # («наказание до 15 лет лишения свободы»: the law's maximum)
    return _NOT_SET.search(text[marks[-1].end() if marks else 0 : at]) is not None or \
        re.search(r"\bдо\s+$", text[:at]) is not None


# the unit's word after 1, after 2-4, after 5 and more
_UNIT_WORDS = {"год": ("год", "года", "лет"), "лет": ("год", "года", "лет"),
               "мес": ("месяц", "месяца", "месяцев"), "сут": ("сутки", "суток", "суток"),
               "дня": ("день", "дня", "дней"), "дне": ("день", "дня", "дней"),
               "нед": ("неделя", "недели", "недель"),
               "сез": ("сезон", "сезона", "сезонов")}


def _term_label(n: float, unit: str) -> str:
    """«4 года», «9 лет», «2 месяца»: one label for a term however the report words it
    («к четырем годам», «четырехлетняя»), so its reports stand on one side."""
    one, few, many = _UNIT_WORDS[unit]
    if n != int(n):
        return f"{n:g} {few}"
    k = int(n)
    word = one if k % 10 == 1 and k % 100 != 11 else \
        few if 2 <= k % 10 <= 4 and not 12 <= k % 100 <= 14 else many
    return f"{k} {word}"


_PRONOUN = re.compile(r"(?<![\w-])(?:его|ее|её|ему|ей|им|him|her)(?![\w-])", re.I)
# a pronoun of the words' source is no convict: «Суд, по ее словам, арестовал их»
_SOURCE_PRONOUN = re.compile(r"(?<![\w-])(?:по\s+(?:его|ее|её)\s+(?:словам|данным|мнению|"
                             r"информации|сведениям|версии|оценке)|как\s+(?:ему|ей)\s+"
                             r"(?:сообщил|рассказал|пояснил|сказал)\w*)(?![\w-])", re.I)


def _antecedent(f: Facts, before: dict[int, Facts], people: People) -> set[str]:
    """Whom a pronoun of a claim naming no one means: the people the sentence before names
    (its speaker too, named there), or, when that one names no one either and speaks of
    «его» too, the sentence before it, up to three back. «Сам Петров признал вину. Суд
    приговорил его к четырем годам»: Петров, not the report's protagonist."""
    cur = f
    for _ in range(3):
        if not _PRONOUN.search(_SOURCE_PRONOUN.sub(" ", cur.sc.claim.text)) or \
                cur.sc.id not in before:
            return set()
        cur = before[cur.sc.id]
        # (the speaker too, when the sentence names him: «Сам Петров признал вину»)
        keys = named_people(cur, people) | people.keys(cur.sc)
        if keys:
            return keys
    return set()


def _named_before(f: Facts, before: dict[int, Facts], people: People,
                  but: str | None) -> set[str]:
    """The people named by the nearest of the three claims before this one that names
    anyone but `but` (the speaker, named where his words begin)."""
    cur = f
    for _ in range(3):
        if cur.sc.id not in before:
            break
        cur = before[cur.sc.id]
        if keys := people.keys(cur.sc, but=but):
            return keys
    return set()


_TermIndex = dict[tuple[str, str, int], list[tuple[Facts, int, Value]]]


def _term_index(facts: Sequence[Facts], story: Mapping[int, int], people: People) -> _TermIndex:
    """The terms courts set, by (kind of decision, whose, story)."""
    index: _TermIndex = defaultdict(list)
    before = previous_claims(facts)
    for f in facts:
        terms = _terms(f)  # (first: few claims tell a term, and whose it is costs more)
        if not terms or _other_time(f):
            continue  # «в 2024 году к шести годам был приговорен ...»: an older case
        keys = _convicts(f, people, before)
        if len(keys) > 1 and not _listed(f):
            continue  # whose term it is stays unclear
        # (people listed together, «арестовал на три месяца Олега Тихомирнова и Игоря
        # Заварзина», share one decision: the group's, as «обоих обвиняемых» is)
        who = next(iter(keys), "") if len(keys) == 1 else ""
        for kind, days, v in terms:
            index[(kind, who, story.get(f.sc.doc_id, -f.sc.doc_id))].append((f, days, v))
    _join_the_one_named(index, people)
    return index


def _listed(f: Facts) -> bool:
    """Whether the people a claim names stand in one list, each after the one before with
    only «и», a comma or a title between («директора агентства Олега Тихомирнова и
    шеф-редактора Игоря Заварзина»)."""
    c = f.sc.claim
    named = sorted((e for e in c.entities if e.type == "PER"), key=lambda e: e.start)
    return len(named) >= 2 and all(
        re.fullmatch(r"\s*(?:,|и)\s+(?!(?:а|но|однако|хотя)\s)(?:[а-яё-]+\s+){0,4}?",
                     c.text[a.end - c.start : b.start - c.start], re.I)
        for a, b in zip(named, named[1:], strict=False))


def _one_hearing(fa: Facts, fb: Facts) -> bool:
    """Two reports' decisions may be one hearing: undated, or dated at most two days apart
    (reports may date one hearing a day apart)."""
    wa, wb = _when(fa), _when(fb)
    return fa.sc.doc_id != fb.sc.doc_id and not (wa and wb and days_apart(wa, wb) > 2)


def term_conflicts(facts: Sequence[Facts], story: dict[int, int], people: People
                   ) -> list[Group]:
    """Two terms for one decision about one person (or one group, when no one is named)
    in one story, taken on one day or undated."""
    out = []
    for (kind, who, _s), items in _term_index(facts, story, people).items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("count", f"{_title(who) + ': ' if who else ''}срок ({kind})", (kind, who),
                  timed=False)
        for (fa, da, va), (fb, db, vb) in combinations(items, 2):
            if da != db and _one_hearing(fa, fb):
                g.pairs.append((va, vb, 0.7))
        out.append(g)
    return out


def term_agreements(facts: Sequence[Facts], story: Mapping[int, int], people: People
                    ) -> set[tuple[int, int]]:
    """Pairs of claims of one story, in two reports, that tell one term of one decision
    about one person («суд арестовал его на два месяца», «отправил в СИЗО на два
    месяца»): one decision retold, which the clustering takes as a same pair. A term told
    of no one by name («Директор арестован на два месяца») is the one person's the story
    names for that kind of decision, when it names one."""
    by_kind: dict[tuple[str, int], list[tuple[str, Facts, int]]] = defaultdict(list)
    for (kind, who, st), terms in _term_index(facts, story, people).items():
        by_kind[(kind, st)] += [(who, f, days) for f, days, _v in terms]
    out: set[tuple[int, int]] = set()
    for told in by_kind.values():
        if len(told) > MAX_GROUP:
            continue
        named = {who for who, _f, _d in told if who}
        for (wa, fa, da), (wb, fb, db) in combinations(told, 2):
            whose = wa == wb or (not (wa and wb) and len(named) == 1)
            if whose and da == db and _one_hearing(fa, fb):
                a, b = sorted((fa.sc.id, fb.sc.id))
                out.add((a, b))
    return out


def _join_the_one_named(index: dict[tuple[str, str, int], list[tuple[Facts, _T, Value]]],
                        people: People) -> None:
    """Decisions told of no one by name («Итог — восемь лет заключения») join the one
    person the story's reports name for that kind of decision, in two reports or more (one
    report's aside on another case does not count), when their own report is about him;
    with two such people, whose they are stays unclear and they stay apart."""
    named: dict[tuple[str, int], list[str]] = defaultdict(list)
    for (kind, who, st), items in index.items():
        if who and len({f.sc.doc_id for f, _x, _v in items}) > 1:
            named[(kind, st)].append(who)
    for (kind, st), whos in named.items():
        if len(whos) == 1 and (kind, "", st) in index:
            unnamed = index[(kind, "", st)]
            mine = [x for x in unnamed if people.protagonist(x[0].sc.doc_id) == whos[0]]
            index[(kind, whos[0], st)] += mine
            index[(kind, "", st)] = [x for x in unnamed if x not in mine]


# a person named as the judge, the prosecutor or a lawyer is not the one sentenced
# («Судья Наталья Кривошеева назначила ему восемь лет»)
_OFFICER = re.compile(r"(?:судь[яиейю]|председательствующ\w*|прокурор\w*|гособвинител\w*|"
                      r"адвокат\w*|защитник\w*)\s+$", re.I)


def _convicts(f: Facts, people: People, before: dict[int, Facts]) -> set[str]:
    """The people a claim about a sentence names (or means by a pronoun), its judge,
    prosecutor and lawyers left out."""
    c = f.sc.claim
    officers = {people.resolve(e.name, f.sc.doc_id, e.start) for e in c.entities
                if e.type == "PER" and _OFFICER.search(c.text[max(0, e.start - c.start - 30) :
                                                              e.start - c.start])}
    keys = (named_people(f, people) - officers) or _antecedent(f, before, people)
    full = {k for k in keys if " " in k}
    # (a lone word no full name took in, a nickname or a channel's name, beside one full
    # name: the full name)
    return full if len(full) == 1 else keys


# The regime of a colony a sentence names: «колонии общего режима» vs «колонии строгого
# режима» for one convict are two accounts of one verdict.
_REGIME = re.compile(r"\bколони\w*\s+(?P<r>общего|строгого|особого)\s+режима|"
                     r"\b(?P<r2>колони\w*-поселени\w*)|"
                     r"\b(?P<r3>общего|строгого|особого)\s+режима\b", re.I)


@_safe
def _regimes(f: Facts) -> list[tuple[str, Value]]:
    """(regime, value) of the colony the claim sends someone to; nothing when it names
    two (a comparison) or the term is only asked for."""
    c = f.sc.claim
    found = []
    for m in _REGIME.finditer(c.text):
        word = fold(m.group("r") or m.group("r3") or "поселени")[:4]
        if _asked(c.text, m.start()):
            continue
        label = {"обще": "общий режим", "стро": "строгий режим", "особ": "особый режим",
                 "посе": "колония-поселение"}[word]
        found.append((label, Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                   m.group(0), label, "режим")))
    return found if len({r for r, _v in found}) == 1 else []


def regime_conflicts(facts: Sequence[Facts], story: dict[int, int], people: People
                     ) -> list[Group]:
    """Two regimes of colony for one convict's sentence in one story."""
    index: dict[tuple[str, str, int], list[tuple[Facts, str, Value]]] = defaultdict(list)
    before = previous_claims(facts)
    for f in facts:
        regimes = _regimes(f)
        if not regimes or _other_time(f):
            continue
        keys = _convicts(f, people, before)
        if len(keys) > 1:
            continue
        who = next(iter(keys), "")
        for regime, v in regimes:
            index[("режим", who, story.get(f.sc.doc_id, -f.sc.doc_id))].append((f, regime, v))
    _join_the_one_named(index, people)
    out = []
    for (_k, who, _s), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("status", f"{_title(who) + ': ' if who else ''}режим колонии", ("regime", who),
                  timed=False)
        for (fa, ra, va), (fb, rb, vb) in combinations(items, 2):
            if ra != rb and fa.sc.doc_id != fb.sc.doc_id:
                g.pairs.append((va, vb, 0.7))
        out.append(g)
    return out


# ---------------------------------------------------------------- a person's age

# «47-летний бизнесмен Иван Орлов», «Иван Орлов, 47 лет,», «Орлову 47 лет», «в возрасте 47
# лет»: reports of one week giving one person two ages disagree.
# (the age nearest the name: «40-летний Олег Рябов и 35-летняя Анна Лунева»)
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-(?:летн|лет)\w*\s+(?:(?![\w-]*лет)[\w-]+\s+){0,4}$")
_AGE_AFTER = re.compile(r"^(?:,\s*|\s+\(|\s+в\s+возрасте\s+|\s+исполнилось\s+|\s+)"
                        r"(\d{1,3})\s+(?:лет|года?)\b")


def _ages(f: Facts, people: People) -> list[tuple[str, int, Value]]:
    """(person, age, value) for each age the claim gives a named person."""
    c = f.sc.claim
    if not re.search(r"\d\s*-?\s*(?:лет|года?\b|летн)", c.text):
        return []
    out = []
    for e in c.entities:
        if e.type != "PER" or len(e.name.split()) < 1:
            continue
        a, b = e.start - c.start, e.end - c.start
        m = _AGE_BEFORE.search(c.text[max(0, a - 60) : a])
        start = max(0, a - 60) + m.start(1) if m else None
        if m is None:
            m = _AGE_AFTER.match(c.text[b : b + 30])
            start = b + m.start(1) if m else None
        if m is None or start is None:
            continue
        age = int(m.group(1))
        who = people.resolve(e.name, f.sc.doc_id, e.start)
        if who is None or not 14 <= age <= 110:
            continue
        out.append((who, age, Value(f.sc.id, c.start + start, c.start + start + len(m.group(1)),
                                    c.text[start : start + len(m.group(1))], str(age), who)))
    return out


# The one who attacked, unnamed: an age told of the subject of a verb of attack
# («пятнадцатилетний ученик пришел в школу с ножом и напал на детей», «16-летний ученик
# напал»), or of the attacker's own noun («Нападавший, 15-летний учащийся»). A story of
# one attack has one attacker's age; a claim telling two ages tells of two people.
_AGE_WORD = re.compile(r"(?<![\w-])(?:(\d{1,3})-|([а-яё]+?))летн(?:ий|его|ему|им|ем|яя|ей|юю)\b",
                       re.I)
_ATTACKER = re.compile(r"\b(?:нападавш\w+|стрел(?:ок|ка|ку|ком)|злоумышленник\w*)\b", re.I)
_ATTACKED = re.compile(r"\b(?:напал|ранил|зарезал|устроил\s+(?:стрельбу|резню|поножовщину)|"
                       r"открыл\s+(?:огонь|стрельбу)|набросился|атаковал)\b", re.I)
_AGE_UNITS = ("двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти")


def _age_value(m: re.Match[str]) -> int | None:
    """The age an adjective writes: «15-летний», «пятнадцатилетний», «двадцатипятилетний»."""
    if m.group(1):
        return int(m.group(1))
    word = fold(m.group(2))
    n = _NUMBER_WORDS.get(word)
    if n is None:
        # a tens word and a unit word written as one: «двадцати|пяти»
        unit = next((u for u in _AGE_UNITS if word.endswith(u) and len(word) > len(u)), None)
        tens = _NUMBER_WORDS.get(word[: -len(unit)]) if unit else None
        n = tens + _NUMBER_WORDS[unit] if tens and unit and tens % 10 == 0 else None
    return n


def _attacker_age(f: Facts) -> Value | None:
    """The age a claim gives the unnamed one who attacked, if it gives one age only."""
    c = f.sc.claim
    if "летн" not in c.text:
        return None
    found = [(m, n) for m in _AGE_WORD.finditer(c.text) if (n := _age_value(m))]
    if len(found) != 1:
        return None
    m, age = found[0]
    _lo, hi = _clause_bounds(c.text, m.start())
    before = c.text[max(0, m.start() - 40) : m.start()]
    after = c.text[m.end() : hi]
    if not (_ATTACKER.search(before) or _ATTACKER.match(after.lstrip())
            or _ATTACKED.search(after[:100])) or not 10 <= age <= 90:
        return None
    return Value(f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0), str(age),
                 "нападавший")


def age_conflicts(facts: Sequence[Facts], people: People,
                  story: dict[int, int] | None = None) -> list[Group]:
    """One person given two ages by reports a few days apart (a year's birthday aside);
    so is the one unnamed attacker of a story."""
    index: dict[str, list[tuple[Facts, int, Value]]] = defaultdict(list)
    attackers: dict[int, list[tuple[Facts, int, Value]]] = defaultdict(list)
    for f in facts:
        ages = _ages(f, people)
        for who, age, v in ages:
            index[who].append((f, age, v))
        unnamed = None if ages or story is None else _attacker_age(f)
        if unnamed is not None and story is not None:
            attackers[story.get(f.sc.doc_id, f.sc.doc_id)].append(
                (f, int(unnamed.value), unnamed))
    # (a surname alone may be a namesake)
    groups = [(_title(who), who, items) for who, items in index.items() if len(who.split()) >= 2]
    groups += [("Нападавший", f"нападавший#{s}", items) for s, items in attackers.items()]
    out = []
    for title, key, items in groups:
        if len(items) > MAX_GROUP:
            continue
        g = Group("count", f"{title}: возраст", (key, "age"), timed=False)
        for (fa, xa, va), (fb, xb, vb) in combinations(items, 2):
            gap = days_apart(_when(fa), _when(fb))  # 0 when either is undated
            if xa == xb or gap > 30 or (abs(xa - xb) == 1 and gap > 7):
                continue
            g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out


# ---------------------------------------------------------------- the day of a detention

_DENIED_BEFORE = re.compile(r"\bне\s+(?:был[аио]?\s+)?$")
_DETAINED = re.compile(r"\b(?:задерж\w*|detain\w*)", re.I)
_DETAINED_NAMES = re.compile(r"задержанн(?:ый|ого|ому|ым|ом|ая|ой|ую|ые|ых|ыми)", re.I)
_THIRD = re.compile(r"\b(?:в\s+)?(?P<part>начал\w*|середин\w*|конц\w*|конец|early|mid|late)\b",
                    re.I)


def _range(d: StatedDate, text_before: str) -> tuple[str, str, str]:
    """(from, to, precision) of a stated date; «в начале/середине/конце месяца» narrows a
    month to its third (precision «part»)."""
    frm, to, prec = d.date_from, d.date_to, d.precision
    m = _THIRD.search(fold(d.text)) or _THIRD.search(fold(text_before[-12:]))
    if prec == "month" and m:
        part = m.group("part")
        if part.startswith(("начал", "early")):
            return frm, frm[:8] + "10", "part"
        if part.startswith(("середин", "mid")):
            return frm[:8] + "11", frm[:8] + "20", "part"
        return frm[:8] + "21", to, "part"
    return frm, to, prec


_OFFSET = re.compile(r"(?:через|спустя|на)\s+\S+\s+(?:дн|сут|недел)", re.I)
_WHICH = re.compile(r",\s+(?:котор|где|когда)\w*\b", re.I)


def _of_a_relative_clause(c: Claim, when: str, verb: int) -> bool:
    """Whether every day `when` a claim names stands in a relative clause after the verb
    (document offset): «задержали капитана парома, который во вторник провел полсуток в
    проливе» dates the drift, not the detention."""
    spots = [d.start - c.start for d in c.dates if d.date_from == when]
    at = verb - c.start
    return bool(spots) and all(
        any(at < m.start() < spot and not re.search(r"[,;.]", c.text[m.end() : spot])
            for m in _WHICH.finditer(c.text)) for spot in spots)


def _nearest(d: StatedDate, days: list[StatedDate], verbs: list[int]) -> bool:
    """Whether `d` is the day nearest to one of the verbs (document offsets)."""
    gap = min(abs(d.start - x) for x in verbs)
    return all(gap <= min(abs(e.start - x) for x in verbs) for e in days)


def detention_date_conflicts(facts: Sequence[Facts], people: People) -> list[Group]:
    """One person's detention dated to ranges that do not meet but lie at most ten days
    apart: at different precisions («4 марта» vs «в конце февраля»), or two days
    («17 ноября» vs «16 ноября»)."""
    index: dict[str, list[tuple[Facts, str, str, str, Value]]] = defaultdict(list)
    for f in facts:
        c = f.sc.claim
        speaker = people.key(c.speaker or "")
        # (a detention the claim tells with no day of its own is dated by when it was
        # told, a guess: «был задержан в первый же день», said two days on)
        told_day = tells_day(f)
        for name, status, when, v in f.statuses:
            key = people.resolve(name, f.sc.doc_id, v.start)
            if status == "detained" and key and when and len(when) == 10 and told_day \
                    and not _of_a_relative_clause(c, when, v.start):
                index[key].append((f, when, when, "day", Value(v.claim, v.start, v.end, v.text,
                                                                when, key)))
        keys = people.keys(f.sc, but=speaker)
        # (a full participle names him by an earlier detention and dates nothing: «суд во
        # вторник арестовал Мезенцева, задержанного на субботней акции»)
        told = [m for m in _DETAINED.finditer(c.text) if not _DETAINED_NAMES.fullmatch(m.group(0))]
        if len(keys) != 1 or not any(not _DENIED_BEFORE.search(c.text[: m.start()])
                                     for m in told):
            continue  # no detention told, or only denied («6 мая не задержан»)
        if any(frame == "custody" for frame, *_rest in f.counts):
            continue  # «тогда задержали девять человек, Полухину назначили штраф»: a group's
        key = next(iter(keys))
        # with two days named, the detention's is the one nearest its verb: «Сивашов,
        # которого задержали 18 ноября, 20 ноября был помещен под домашний арест»
        verbs = [m.start() + c.start for m in told]
        days = [d for d in c.dates if d.precision == "day"]

        for event, d, v in f.dated:
            if event != "custody" or _OFFSET.match(fold(d.text)):
                continue  # «через восемь дней после того, как его задержали»: another day
            if len({e.date_from for e in days}) > 1 and not _nearest(d, days, verbs):
                continue
            if any(_of_a_relative_clause(c, d.date_from, x) for x in verbs):
                continue  # «задержали капитана, который во вторник ...»: another act's day
            frm, to, prec = _range(d, c.text[: d.start - c.start])
            label = frm if frm == to else f"{frm}..{to}"
            index[key].append((f, frm, to, prec, Value(v.claim, v.start, v.end, v.text, label,
                                                       key)))
    out = []
    for key, items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("date", f"{_title(key)}: задержан", ("detained", key))
        for (fa, fa_, ta, _pa, va), (fb, fb_, tb, _pb, vb) in combinations(items, 2):
            if fa.sc.id == fb.sc.id:
                continue
            if not (ta < fb_ or tb < fa_):
                continue  # the ranges meet: the vaguer one holds the precise one
            gap = days_apart(fb_, ta) if ta < fb_ else days_apart(fa_, tb)
            # a detention is told with its own day («задержан вечером 2 марта»), so even
            # adjacent days are two accounts (unlike a release or a death, which reports
            # often date by the day it became known)
            if gap <= 10:
                g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out
