"""The day one event of a story happened, told as two days.

A story's fire, explosion, breach, crash, attack on a person, or the last contact with a
group happens once: «пожар начался в ночь на 14 января» against «в ночь на вторник, 13
января, вспыхнул пожар»; «последний раз группа выходила на связь вечером 9 сентября»
against «последний сеанс связи состоялся во вторник, 8 сентября». Each claim must date
the event itself: a day in the clause of the event word. A night («в ночь на 14 января»)
runs from the evening before to the morning; a part of the day or an hour narrows a day;
days and hours that meet agree. The end of an event («пожар ликвидирован 15 января») is
no day of its start, and an event told as one of several («повторный», «второй») or of
another time is left out. A story's one decision is such an event too: a verdict, a
diagnosis, a licence revoked, the day payments begin or a measure takes effect («запрет
на вылов действует с 1 марта»: the day after «с» is that very day); so are a raid's searches
and an outbreak among animals found.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import combinations

from factdb.conflicts.causes import EVENT_KINDS, _earlier_event
from factdb.conflicts.facts import AS_OF_DAY, Facts, Value, _clause_bounds
from factdb.conflicts.groups import MAX_GROUP, Group
from factdb.conflicts.lexicons import FOUND_WORDS
from factdb.conflicts.restated import EVENT_DAY_SUBJECT
from factdb.conflicts.rules import _other_time, _safe_one, another_affair, day_of_words
from factdb.conflicts.statements import TIME_SUBJECT, hours_of_day
from factdb.extract.clean import WEEKDAY_WORDS
from factdb.extract.grammars import RELATIVE_WORDS
from factdb.models import Conflict, StatedDate
from factdb.text import fold

# (a kind read only to dispute the day of the first cases)
_FELL_ILL = "заболевание"
_CANNOT_GET = "нет лекарства с"  # (read as the start of a shortage)
# the events a story has once, by kind: the causes' events, the last contact told in its
# everyday words, and an attack on a person
_KINDS = ("пожар", "взрыв", "прорыв", "авария", "потеря связи")
_FOUND = rf"(?:{FOUND_WORDS}|заметил\w*|зафиксирова\w*)"
EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"(?<![\w-])(?:{pat.pattern.removeprefix('^').removesuffix('$')})"
                      r"(?![\w-])", re.I))
    for name, pat in EVENT_KINDS if name in _KINDS) + (
    ("потеря связи", re.compile(
        r"\bпоследн\w+\s+(?:раз\s+)?(?:[\w-]+\s+){0,3}?(?:выходил\w*\s+на\s+связь|"
        r"сеанс\w*\s+связи|связ\w+)|\bна\s+связь\s+(?:[\w-]+\s+){0,2}?перестал\w*\s+"
        r"выходить", re.I)),
    ("нападение", re.compile(r"\b(?:напал[аи]?|нападени\w*|избил[аи]?|избиени\w*)\b", re.I)),
    # an outbreak among animals found, or reported to the vets: «гибель коров на ферме
    # заметили во вторник», «вспышку выявили 3 мая», «о падеже свиней хозяйство сообщило»
    ("выявление вспышки", re.compile(
        rf"\b(?:падеж|вспышк|массов\w+\s+гибел)\w*\s+(?:[\w-]+\s+){{0,4}}?{_FOUND}|"
        rf"\b{_FOUND}\s+(?:[\w-]+\s+){{0,3}}?(?:падеж|вспышк|массов\w+\s+гибел)\w*|"
        r"\bоб?\s+(?:[\w-]+\s+)?(?:падеж|вспышк|гибел)\w*\s+(?:[\w-]+\s+){0,3}?"
        r"сообщил[аои]?\b", re.I)),
    # the searches of a case's one raid: «обыски в мэрии шли с утра 3 мая», «в четверг в
    # управлении прошли обыски» (searches told as more, elsewhere, are another: _MORE_SEARCHES)
    ("обыски", re.compile(r"\bобыск(?:и|ов|ах|ами)?\b", re.I)),
    # (or the raid told as an operation, in a claim that names the police: _RAIDERS)
    ("обыски", re.compile(r"\b(?:(?:спец)?операци(?:я|ю|и|ей)|рейд(?:а|ом|е)?|облав[аеуы])\b",
                          re.I)),
    # (or the police told as come: «полиция пришла в понедельник, около семи вечера»,
    # «силовики нагрянули в офис во вторник»)
    ("обыски", re.compile(r"\b(?:полиция|полицейские|силовики|оперативники|омон|спецназ)\s+"
                          r"(?:[\w-]+\s+)?(?:пришл[аи]|приехал[аи]?|нагрянул[аи]?|"
                          r"ворвал(?:ись|ась)|зашл[аи]|вошл[аи])\b", re.I)),
    # an outbreak's first cases: «первые случаи заболевания зарегистрированы 6 июля»,
    # «первые дети заболели еще 4 июля» (the words tell the start: no verb of it needed)
    # («первые заболевшие выявлены 2 мая», «первые обращения к медикам»: the first ill
    # named by their own word)
    ("первые случаи", re.compile(
        r"\bперв(?:ые|ых|ый)\s+(?:[\w-]+\s+)?случа(?:и|ев|й)\b|\bперв(?:ые|ых)\s+"
        r"(?:[\w-]+\s+)?(?:дет\w*|пациент\w*|больн\w+|заболевш\w*|животн\w*)\s+"
        r"(?:[\w-]+\s+){0,2}?"
        r"(?:заболел\w*|слегл\w*|отравил\w*|почувствовал\w*)|\bперв(?:ые|ых)\s+"
        r"(?:[\w-]+\s+)?заболевш\w*|\bперв(?:ые|ых)\s+обращени\w*\s+(?:[\w-]+\s+){0,2}?"
        r"(?:к\s+врач|к\s+медик|за\s+медицинск|в\s+больниц|в\s+поликлиник)|"
        # the illness told as begun, or its first signs seen: «заболевание животных
        # началось 27 ноября», «первые признаки недомогания заметили в воскресенье»
        r"\bзаболевани\w*\s+(?:[\w-]+\s+){0,2}?началось|\bперв(?:ые|ых)\s+признак\w*\s+"
        r"(?:[\w-]+\s+){0,4}?(?:заметил|появил|выявил|обнаружил)\w*", re.I)),
    # someone falling ill on a day: no dispute of itself (people fall ill on many days),
    # but one ill before the day a report gives the first cases disputes that day
    (_FELL_ILL, re.compile(
        r"\b(?:заболел[аи]?|слегл[аи]?|отравил(?:ся|ась|ись)|(?:поднялась|подскочила)\s+"
        r"температура|вс[её]\s+началось)(?![\w-])", re.I)),
    # a shortage's or a failure's first day: «первые перебои с АИ-95 были зафиксированы 13
    # ноября», «первые АЗС без бензина появились 9 ноября», «перебои начались в пятницу»
    ("начало перебоев", re.compile(
        r"\bперв(?:ые|ых)\s+(?:[\w-]+\s+){0,2}?(?:азс|заправк\w*|перебо\w*|сбо\w*)|"
        r"\b(?:перебо|сбо|дефицит)\w*\s+(?:[\w-]+\s+){0,4}?начал\w*|"
        r"\bначал\w*\s+(?:[\w-]+\s+)?(?:перебо|сбо|дефицит)\w*|"
        # going on since a day: «перебои длятся с первых чисел месяца»
        r"\b(?:перебо|дефицит)\w*\s+(?:[\w-]+\s+){0,3}?(?:ид[уе]т|длятся|продолжа\w+|"
        r"наблюда\w+)\s+(?=с\s)", re.I)),
    # a patient who cannot get the drug since a day: «с начала марта мы не можем купить
    # лекарство» (only the day after «с» is its start: _FROM_PART)
    (_CANNOT_GET, re.compile(r"\bне\s+(?:мо[гж]\w*|смог\w*|удается|удалось)\s+(?:[\w-]+\s+)?"
                             r"(?:получить|купить|найти)\b", re.I)),
)
# a story's one decision or finding, told by its own words: the verdict pronounced («суд
# в среду приговорил», «огласил приговор»), a diagnosis confirmed by a laboratory, a
# licence revoked, the day payments begin («выплаты начнутся 1 декабря»)
_DECISIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("приговор", re.compile(
        r"\b(?:вын[её]с\w*|огласил\w*|оглашен\w*)\s+(?:[\w-]+\s+){0,2}?приговор\w*|"
        r"\bприговор\w*\s+(?:[\w-]+\s+){0,2}?(?:вынесен|оглашен)\w*|\bприговорил[аи]?\b",
        re.I)),
    ("подтверждение диагноза", re.compile(
        r"\bподтверди(?:л|ла|ли)\s+(?:[\w-]+\s+){0,3}?(?:диагноз|грипп|вирус|заболевани|"
        r"инфекци)\w*|\b(?:диагноз|грипп|вирус)\w*\s+(?:[\w-]+\s+){0,4}?подтвержд\w*|"
        r"\bподтвержд\w+\s+лабораторн\w*|\bпостави(?:л|ла|ли)\s+(?:[\w-]+\s+){0,2}?диагноз\w*|"
        r"\bдиагноз\w*\s+(?:[\w-]+\s+){0,3}?постави(?:л|ла|ли)\b", re.I)),
    ("отзыв лицензии", re.compile(
        r"\bотозва(?:л|ла|ли|н)\w*\s+(?:[\w-]+\s+){0,3}?лицензи\w*|\bотзыв\w*\s+лицензи\w*|"
        r"\bлишил\w*\s+(?:[\w-]+\s+){0,3}?лицензи\w*", re.I)),
    ("начало выплат", re.compile(
        r"\bвыплат\w*\s+(?:[\w-]+\s+){0,3}?(?:начн[уе]тся|стартуют|стартует|начинаются|"
        r"начались|начнут)\b|\bначн(?:ут|ет)\s+(?:[\w-]+\s+){0,2}?(?:получать|выплачивать)\b",
        re.I)),
)
# the day a measure takes effect, by the measure's kind: «запрет на вылов вводится с 1
# марта», «новые пошлины начнут действовать 5 мая», «карантин действует с понедельника»
# (the day after «с» is the very day here); a restriction, a ban and an embargo are one
_TAKES_EFFECT = (r"(?:ввод(?:ят|ит|ится|ятся)|введ(?:ут|[её]н|ены|ено|ена)|вступ\w*\s+в\s+силу|"
                 r"действу\w*|начн(?:ут|ет)ся|начал(?:ись|ось|ся|ась)|начать(?:ся)?|"
                 r"начина(?:ют|ет)ся)")
_MEASURES = (("ограничения", r"(?:ограничени\w*|ограничительн\w+\s+мер\w*|запрет\w*|эмбарго)"),
             ("карантин", r"карантин\w*"), ("пошлины", r"(?:пошлин\w*|тариф\w*)"))
_EFFECTIVE = tuple(
    (f"вступление в силу: {name}", re.compile(
        rf"\b{noun}\s+(?:[\w-]+\s+){{0,6}}?{_TAKES_EFFECT}\b|"
        rf"\b(?:ввод(?:ят|ит|ится|ятся)|вв[её]л[аио]?|введ(?:ут|[её]н|ены|ено|ена))\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{noun}",
        re.I))
    for name, noun in _MEASURES)
# a road, a bridge, a crossing closed to traffic: «движение по мосту закрыто с 20:00
# понедельника», «мост закрыли в понедельник вечером», «движение было перекрыто лишь 24
# ноября» (the day after «с» is the very day, as a measure's)
_WAY = r"(?:мост|трасс|дорог|переправ|тоннел|путепровод|переезд)\w*"
_CLOSURES = (("закрытие движения", re.compile(
    r"\bдвижени\w*\s+(?:[\w-]+\s+){0,3}?(?:был[оа]?\s+)?(?:закрыт|перекрыт|прекращен|"
    r"остановлен)\w*|\b(?:закрыл|перекрыл|прекратил|остановил)\w*\s+(?:[\w-]+\s+)?движени\w*|"
    rf"\b{_WAY}\s+(?:[\w-]+\s+)?(?:был[аи]?\s+)?(?:закрыт|закрыл|перекрыт|перекрыл)\w*|"
    rf"\b(?:закрыл|перекрыл)\w*\s+(?:[\w-]+\s+)?{_WAY}", re.I)),)
# a smell over a town first noticed: «запах появился в понедельник около семи вечера»,
# «первые звонки о запахе поступили в воскресенье в 21:10», «жалобы начались в понедельник»
_SMELL = (("появление запаха", re.compile(
    r"\bзапах\w*\s+(?:[\w-]+\s+){0,2}?(?:появил|пришел|пришёл|начал|возник)\w*|"
    r"\b(?:появил|возник)\w*\s+(?:[\w-]+\s+)?запах\w*|"
    r"\bперв\w+\s+(?:звонк|жалоб|обращени|сообщени)\w*\s+(?:[\w-]+\s+){0,3}?(?:о|на)\s+"
    r"запах\w*|\bжалоб\w*\s+(?:[\w-]+\s+)?начал\w*", re.I)),)
EVENTS += _SMELL
_DECISIONS += _EFFECTIVE + _CLOSURES
EVENTS += _DECISIONS
_DECIDED = {name for name, _p in _DECISIONS}
_IN_EFFECT = {name for name, _p in _EFFECTIVE + _CLOSURES}
# how far apart two days of one decision may be told: reports of one story come within
# weeks; a decision months away is another one (another trial's verdict, another bank's
# licence)
_DECISION_DAYS = 31
# (kinds whose words tell the start themselves)
_STARTS = {"нападение", "первые случаи", "начало перебоев", "обыски", "выявление вспышки",
           "появление запаха",
           _FELL_ILL, _CANNOT_GET} \
    | _DECIDED
# searches told as more of them, or as going on: «обыскали и гараж чиновника», «обыски
# продолжились в четверг» (another place's, another day's)
_MORE_SEARCHES = re.compile(r"\b(?:и|также|тоже|ещ[её])\s+(?:[\w-]+\s+){0,2}?(?:на|в|во|у)\s|"
                            r"\bпродолж\w*", re.I)
_RAIDERS = re.compile(r"\b(?:силовик|полиц|полицейск|фсб|мвд|омон|собр|спецназ|оперативник|"
                      r"правоохранител|следовател)\w*", re.I)
# (a place after «и» that follows another is a list of one raid's sites: «обыски провели в
# офисе ... и в коттедже»)
_PLACE_BEFORE = re.compile(r"(?<![а-яё])(?:в|во|на|у)\s+(?:[\w«»\"-]+\s+)?[\w«»\"-]+\s*,?\s*$",
                           re.I)


def _more_searches(text: str) -> bool:
    """Whether a claim tells its searches as more of them, or as going on."""
    return any(not (m.group(0).lower().startswith("и") and _PLACE_BEFORE.search(
        text, max(0, m.start() - 80), m.start())) for m in _MORE_SEARCHES.finditer(text))


# the end of an event, or its aftermath: not its day
_ENDED = re.compile(r"\b(?:ликвидир\w*|потушен\w*|потушил\w*|локализ\w*|завершен\w*|"
                    r"закончил\w*|прекращен\w*|возобновил\w*|восстановл\w*)", re.I)
# one of several: «повторный», «второй», «новый», «еще один», «очередной» (not all of
# restated._RECURS: «последний раз выходили на связь» is the very event here)
_ONE_OF_SEVERAL = re.compile(r"\b(?:повторн\w*|втор(?:ой|ая|ое|ого|ом|ую)|нов(?:ый|ая|ое|ого|ой|"
                             r"ом|ую)|очередн\w*|ещ[её]\s+од(?:ин|на|но|ного|ной|ном))\b", re.I)
# the event named as the cause or the start of what a claim dates: «после взрыва», «в
# результате пожара», «жертвами взрыва», «с момента аварии»
_AFTER = re.compile(r"\b(?:после|в\s+результате|из-за|с\s+момента|жертв\w*|пострадавш\w*|"
                    r"погибш\w*|причин\w*|последстви\w*|месте|ликвидаци\w*|тушени\w*)\s+"
                    r"(?:[\w-]+\s+)?$", re.I)
# the verb that tells an event began or happened: «вспыхнул», «начался», «произошел»,
# «прогремел», «прорвало», «сошел с рельсов», «выходила на связь», «связь оборвалась»
_HAPPENED = re.compile(r"\b(?:начал(?:ся|ась|ось|ись)|вспыхн\w*|возник\w*|загорел\w*|"
                       r"произош(?:ел|ла|ло|ли)|случил\w*|прогремел\w*|прорвал\w*|прорвало|"
                       r"рухнул\w*|обрушил\w*|сош(?:ел|ла|ли)|разбил\w*|упал\w*|потерпел\w*|"
                       r"взорвал\w*|выходил\w*|состоял\w*|оборвал\w*|прервал\w*|пропал\w*|"
                       r"перестал\w*|потерял\w*|потерян\w*)", re.I)
# a day that bounds a span is no day of the event: «до 13 мая», «с 11 июля»
_SINCE = r"(?:с|со|начиная\s+с)"
_BOUND = re.compile(rf"\b(?:до|по|к|после|{_SINCE})\s+$", re.I)
_FROM = re.compile(rf"\b{_SINCE}\s+$", re.I)


def _bounds(kind: str, before: str) -> bool:
    """Whether the words `before` a day make it a bound of a span, not the event's day
    (but a measure's «с 1 декабря» is the day it takes effect)."""
    return bool(_BOUND.search(before)) and not (kind in _IN_EFFECT and _FROM.search(before))
_RELATIVE = re.compile(rf",\s*{RELATIVE_WORDS}\b", re.I)
_NIGHT = re.compile(r"\bв\s+ночь\s+на\b", re.I)


# a part of a month before its name: (first day, last day) of it
_MONTH_PARTS = (
    (re.compile(r"(?:начал[аеоу]|перв\w+\s+(?:числ|чисел|декад|недел|дн)\w*)\s+\w+$", re.I), 1, 10),
    (re.compile(r"(?:середин\w+|втор\w+\s+декад\w+)\s+\w+$", re.I), 11, 20),
    (re.compile(r"(?:конц[аеу]|конец|последн\w+\s+(?:числ|чисел|декад|недел|дн)\w*|"
                r"трет\w+\s+декад\w+)\s+\w+$", re.I), 21, 31),
)
# «с» before the day (or the part of a month) a state holds since
_FROM_PART = re.compile(rf"(?<![а-яё]){_SINCE}\s+(?:[\w-]+\s+){{0,2}}?$", re.I)


def _month_part(text: str, base: int, d: StatedDate) -> tuple[datetime, datetime] | None:
    """The span of the part of a month a month date is told with («в последнюю неделю
    марта»: 21 to 31 March), None for a day or a whole month."""
    if d.precision != "month":
        return None
    told = text[max(0, d.start - base - 30) : d.end - base]
    first = datetime.fromisoformat(d.date_from[:10])
    last = datetime.fromisoformat(d.date_to[:10]) + timedelta(days=1)
    for pat, a, b in _MONTH_PARTS:
        if pat.search(told):
            return first + timedelta(days=a - 1), min(last, first + timedelta(days=b))
    return None


@dataclass(frozen=True)
class Onset:
    facts: Facts
    kind: str
    start: datetime
    end: datetime
    value: Value


_WEEKDAY_ONLY = re.compile(r"^во?\s+(?:" + WEEKDAY_WORDS + r")$", re.I)


@_safe_one
def _onset(f: Facts) -> Onset | None:
    c = f.sc.claim
    text = c.text
    folded = fold(text)
    # (the event's word first: most claims tell of none, and the exclusions read dates)
    found = next(((kind, m) for kind, pat in EVENTS if (m := pat.search(folded))), None)
    if found is None or _ENDED.search(text) or _ONE_OF_SEVERAL.search(text) or \
            _other_time(f) or another_affair(f) or _earlier_event(f):
        return None
    kind, m = found
    if kind == "обыски" and (_more_searches(text) or
                             not m.group(0).lower().startswith("обыск") and
                             not _RAIDERS.search(text)):
        return None  # (an operation of no police is a surgery or a rescue)
    if _AFTER.search(text[max(0, m.start() - 30) : m.start()]):
        return None  # «после взрыва», «жертвами взрыва»: the day is of what followed
    lo, hi = _clause_bounds(text, m.start())
    # an event told in a relative clause is that clause's: «Движение по перегону, где в
    # ночь на вторник сошел поезд, открыли в среду, 14 октября»
    rels = list(_RELATIVE.finditer(text, lo, m.start()))
    if rels:
        rel = rels[-1]
        stop = re.search(r"[,;:—–()]", text[m.end() : hi])
        lo, hi = rel.start(), m.end() + stop.start() if stop else hi
    if kind not in _STARTS and not _HAPPENED.search(text[lo:hi]):
        return None  # «огонь подошел к селам 13 июля»: a day of the event, not its start
    if kind == _CANNOT_GET:
        kind = "начало перебоев"
        days = [d for d in c.dates if d.precision in ("day", "month")
                and _FROM_PART.search(text[max(0, d.start - c.start - 30) : d.start - c.start])]
        lo, hi = 0, len(text)  # (the day after «с» may open the sentence)
    else:
        days = [d for d in c.dates if d.precision == "day" and lo <= d.start - c.start < hi
                and not AS_OF_DAY.search(text[max(0, d.start - c.start - 40) :
                                              d.start - c.start])
                and not _bounds(kind, text[max(0, d.start - c.start - 15) : d.start - c.start])
                and not day_of_words(text, d.start - c.start)]
    if kind == "начало перебоев":
        # a part of a month starts a shortage too: «в конце марта», «с первых чисел
        # апреля»
        days += [d for d in c.dates if d.precision == "month" and d not in days
                 and lo <= d.start - c.start < hi and _month_part(text, c.start, d)]
    # («9 ноября, в понедельник»: the weekday after a day is that day told again)
    days = [d for d in days if not (_WEEKDAY_ONLY.match(d.text) and any(
        0 <= d.start - e.end <= 4 for e in days if e is not d))]
    # ... and a relative clause after the event word tells its own day: «Карантин введен в
    # поселке, где 8 ноября нашли больных свиней» dates the finding, not the quarantine
    asides = [(r.start(), stop.start() + r.end() if (stop := re.search(r"[,;:—–()]",
                                                                      text[r.end() : hi]))
               else hi) for r in _RELATIVE.finditer(text, m.end(), hi)]
    days = [d for d in days if not any(a <= d.start - c.start < b for a, b in asides)]
    if len({d.date_from for d in days}) != 1:
        return None  # no day of its own, or two: nothing certain
    d = days[0]
    base = datetime.fromisoformat(d.date_from[:10])
    clause = text[lo:hi]
    if (part := _month_part(text, c.start, d)) is not None:
        start, end = part
    elif d.precision != "day":
        return None  # a whole month: nothing certain
    elif _NIGHT.search(text[max(0, d.start - c.start - 12) : d.end - c.start]):
        start, end = base - timedelta(hours=6), base + timedelta(hours=6)
    else:
        hours = hours_of_day(clause)
        start, end = (base + timedelta(hours=hours[0]), base + timedelta(hours=hours[1])) \
            if hours else (base, base + timedelta(days=1))
    label = f"{start + (end - start) / 2:%d.%m}"
    return Onset(f, kind, start, end, Value(f.sc.id, d.start, d.end, d.text, label, kind))


def onset_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """One event of a story dated to days (or nights) that do not meet, by two reports."""
    index: dict[tuple[str, int], list[Onset]] = defaultdict(list)
    for f in facts:
        o = _onset(f)
        if o is not None:
            index[(o.kind, story.get(f.sc.doc_id, -f.sc.doc_id - 1))].append(o)
    out = []
    for (kind, st), items in index.items():
        if len(items) > MAX_GROUP or kind == _FELL_ILL:
            continue
        g = Group("date", f"{_SUBJECT}{kind}", ("onset", kind), timed=False, evidence=2,
                  by_length=False)
        for a, b in combinations(items, 2):
            if a.facts.sc.doc_id == b.facts.sc.doc_id or a.value.value == b.value.value:
                continue
            if kind in _DECIDED and abs((a.start - b.start).days) > _DECISION_DAYS:
                continue  # a licence revoked in March and one in November: two banks
            if a.end <= b.start or b.end <= a.start:
                g.pairs.append((a.value, b.value, 0.6))
        if kind == "первые случаи":
            # someone ill a day before the first cases («муж слег еще 1-го» against
            # «первые случаи выявлены 3-го»); one ill after them is just another case
            g.pairs += [(a.value, b.value, 0.6) for a in items
                        for b in index.get((_FELL_ILL, st), [])
                        if a.facts.sc.doc_id != b.facts.sc.doc_id and b.end <= a.start]
        out.append(g)
    return out


def once_per_event(conflicts: list[Conflict], story_of: Mapping[int, int]) -> list[Conflict]:
    """The conflicts without a day of an event disputed where its hour is
    (statements.event_time_conflicts): one question, told once. `story_of`: a claim's
    story."""
    timed = {(k.subject.removeprefix(TIME_SUBJECT), story_of.get(s.claim_id))
             for k in conflicts if k.subject.startswith(TIME_SUBJECT) for s in k.sides}
    # (and the retold-statement rule's day of an event by its verb, «событие: сесть», of
    # claims an hour's conflict holds all of)
    hours = [{s.claim_id for s in k.sides} for k in conflicts if k.subject.startswith(TIME_SUBJECT)]
    return [k for k in conflicts
            if not (k.subject.startswith(_SUBJECT) and any(
                (k.subject.removeprefix(_SUBJECT), story_of.get(s.claim_id)) in timed
                for s in k.sides))
            and not (k.subject.startswith(EVENT_DAY_SUBJECT) and any(
                {s.claim_id for s in k.sides} <= ids for ids in hours))]


_SUBJECT = "день события: "
