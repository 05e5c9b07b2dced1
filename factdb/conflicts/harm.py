"""Harm to one group or thing: unhurt in one report, hurt in another.

«Заложники не пострадали» / «один из заложников получил ранение»; «детский сад не
пострадал» / «серьезно поврежден детский сад». What makes two claims speak of one group
or thing is a noun both name next to the word of harm (its lemma: «заложники»,
«заложников»); a harm told of «one of» a group contradicts the group told unhurt. Nouns
of people in general («человек», «жители») and of things a story has many of («дом»,
«машина») are no key: «люди не пострадали» in one fire and «пострадали двое» in
another, one house spared and its neighbour damaged, are not one question.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence, Set
from itertools import combinations

from factdb.conflicts.facts import Facts, Tok, Value, _lemma, _person_noun, _pos, tokens
from factdb.conflicts.groups import MAX_GROUP, Group, dates_compatible
from factdb.conflicts.rules import _other_time, _safe, _when, days_apart, read_once, stated_day
from factdb.conflicts.statements import _report_denied

# the words of harm: hurt people, damaged things («поврежден», «пострадавшее здание»,
# «получил ранение», «нанесли ножевое ранение»); not «пострадавших», the victims as a noun
_HURT = re.compile(
    r"(?:серь[её]зно\s+|сильно\s+|частично\s+|тяжело\s+|легко\s+)?(?:поврежд[её]н\w*|"
    r"пострадал[аио]?\b|пострадавш(?:ее|ая|ий|ие|ей|его)\b|ранен[аоы]?\b|травмирован\w*|"
    r"разрушен\w*|получил\w*\s+(?:[\w-]+\s+)?(?:ранени|травм|повреждени)\w*|"
    r"нан[её]с\w*\s+(?:[\w-]+\s+)?ранени\w*|нанесл\w*\s+(?:[\w-]+\s+)?ранени\w*)", re.I)
# told unhurt: «не пострадали», «не получили травм», «целы», «невредимы», «устояло»
_UNHURT = re.compile(
    r"\bне\s+(?:был[аио]?\s+)?(?:пострадал\w*|поврежд[её]н\w*|ранен\w*|травмирован\w*|"
    r"разрушен\w*)|\bне\s+получил\w*\s+(?:никаких\s+)?(?:[\w-]+\s+)?(?:ранений|травм|"
    r"повреждений)|\bцел(?:ы|а|о)?\b|\bневредим\w*|\bустоял[аио]?\b|"
    # («женщин среди раненых нет»: the group before it is unhurt)
    r"\bсреди\s+(?:пострадавших|раненых)\s+нет\b", re.I)
_ONE_OF = re.compile(r"\bод(?:ин|на|но|ного|ной|ному|ним)\s+из\s+([а-яё]+)", re.I)
# a noun of people at large, or of things a story has many of: never a key
_GENERAL = frozenset(
    """человек люди житель гражданин пострадавший жертва никто пассажир сотрудник работник
    дом здание квартира автомобиль машина окно строение постройка жилье результат время
    данные информация день ночь год час минута власть область район город авария дтп
    происшествие инцидент катастрофа крушение столкновение""".split())
# (the event is where harm came, never whom it befell: «мальчик при том крушении не
# пострадал» and «за год в крушениях пострадали 40 человек» tell of two groups)
# a child is named as one by one report, as a son or a boy by another
_CHILD = frozenset("ребенок дети сын дочь мальчик девочка малыш школьник школьница".split())
# a death told, and none told: «скончался 61-летний мужчина», «сообщают о гибели
# сотрудника охраны» / «летальных исходов нет», «погибших нет», «никто не погиб»
# (not «среди россиян погибших нет», a part of those caught up; not a death told as
# denied, asked for or feared)
# (one death: a toll of many against «погибших нет» is a count's business, and a toll of
# many is as often an older disaster recalled)
_DIED = re.compile(r"(?<!не\s)\b(?:скончал(?:ся|ась)|умер(?:ла)?|погиб(?:ла)?|утонул[аи]?|"
                   r"гибел[ьи]\s+(?:[\w-]+\s+){0,2}?[а-яё]+(?:а|я)\b|"
                   # a woman's death: «о гибели 81-летней жительницы», «гибели пенсионерки»
                   r"гибел[ьи]\s+(?:\d+-летн\w+\s+|[а-яё]+(?:ой|ей)\s+)?[а-яё]+(?:ницы|ки|цы)\b)"
                   r"(?![\w-])", re.I)
_NO_DEATHS = re.compile(r"\bлетальн\w+\s+исход\w*[^.;]{0,70}?\bнет\b|\b(?:погибших|жертв|"
                        r"умерших|летальных\s+исходов)\s+(?:[\w-]+\s+){0,4}?нет\b|"
                        # «жертв землетрясение не повлекло», «не унесло жизней»
                        r"\bжертв\s+(?:[\w-]+\s+){0,2}?не\s+(?:повл[её]к|вызвал|принесл?)\w*|"
                        r"\bне\s+(?:повлекл|повл[её]к|унесл|унес)\w*\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:жертв|жизней|ни\s+одной\s+жизни)\b|\bнет\s+"
                        r"(?:погибших|жертв|летальных\s+исходов)|\bникто\s+не\s+(?:погиб|умер|"
                        r"скончал)\w*|\bобош(?:лось|[её]лся|лась|лись)\s+без\s+(?:жертв|"
                        r"погибших)|\bжертв,?\s+(?:[\w-]+,?\s+){0,4}?удалось\s+избежать|"
                        r"\bинформаци\w+\s+о\s+(?:погибших|жертвах)\s+(?:[\w-]+\s+){0,4}?"
                        r"не\s+поступал\w*", re.I)
# a report of a death said to be untrue is none told: «информация о погибшей не
# соответствует действительности», «минздрав опроверг сообщения о смерти пациента»
_DEATH_DENIED = re.compile(_report_denied("гибел|смерт|погибш|умерш"), re.I)
_BOTH = re.compile(r"\bотсутстви\w+\s+(?:погибших|жертв)", re.I)
_PART_ONLY = re.compile(r"\bсреди\s+|\bиз\s+числа\b", re.I)  # «среди россиян погибших нет»
_NOT_DEATH_NEWS = re.compile(r"\bесли\b|\bмог(?:ли|ла|ло)?\s+|\bтогда\b|\bопроверг|"
                             r"\bне\s+(?:подтвержд|подтверд)", re.I)
_STOP = re.compile(r"[.;:!?—–()«»\"]")
_MAX_DAYS = 3  # a death and none told further apart are two times of the story
_WINDOW = 4  # words on each side of the word of harm that name what it befell


def _nouns(toks: list[Tok], text: str, start: int, end: int) -> frozenset[str]:
    """The nouns within a few words of text[start:end], not across a sentence's marks."""
    out = set()
    before = [t for t in toks if t.end <= start][-_WINDOW:]
    after = [t for t in toks if t.start >= end][:_WINDOW]
    if any(t.w == "и" for t in after):
        # («пострадали водитель и его маленький сын»: the conjoined phrase too)
        after = [t for t in toks if t.start >= end][: _WINDOW + 3]
    for t in before:
        if _STOP.search(text[t.end : start]):
            continue
        if _pos(t.w) == "NOUN":
            out.add(_lemma(t.w))
    for t in after:
        if _STOP.search(text[end : t.start]):
            break
        if _pos(t.w) == "NOUN":
            out.add(_lemma(t.w))
    return frozenset({"ребенок" if w in _CHILD else w for w in out - _GENERAL})


@_safe
def _harms(f: Facts) -> list[tuple[bool, frozenset[str], Value]]:
    """(hurt, the nouns it is said of, value) for each word of harm in a claim."""
    c = f.sc.claim
    text = c.text
    if not (_HURT.search(text) or _UNHURT.search(text)):
        return []
    toks = tokens(text)
    out = []
    denied: list[tuple[int, int]] = []
    for m in _UNHURT.finditer(text):
        denied.append(m.span())
        keys = _nouns(toks, text, m.start(), m.end())
        if keys:
            out.append((False, keys, Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                           m.group(0), "не пострадали", "")))
    for m in _HURT.finditer(text):
        if any(a <= m.start() < b for a, b in denied):
            continue
        keys = _nouns(toks, text, m.start(), m.end())
        one = _ONE_OF.search(text, 0, m.start())
        if one:  # «один из заложников, по данным источника, получил ранение»
            keys |= {_lemma(one.group(1))} - _GENERAL
        if keys:
            out.append((True, keys, Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                          m.group(0), "пострадали", "")))
    return out


@read_once
@_safe
def _deaths(f: Facts) -> list[tuple[bool, Value]]:
    """(someone died, value): a death told, or none told, in a claim."""
    c = f.sc.claim
    if _PART_ONLY.search(c.text):
        return []
    none = _NO_DEATHS.search(c.text) or _DEATH_DENIED.search(c.text)
    died = None if none else _DIED.search(c.text)
    if none is None and _NOT_DEATH_NEWS.search(c.text) or _BOTH.search(c.text):
        # a death feared, denied or of another time; a headline telling both accounts
        # («власти говорят об отсутствии погибших, каналы — о гибели охранника»)
        return []
    m = none or died
    if m is None:
        return []
    return [(none is None, Value(f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0),
                                 "погибшие есть" if none is None else "погибших нет", ""))]


# someone hurt told: «пострадал дежурный электромонтер», «получил ожоги рук и лица»,
# «ранены двое охранников» (of people: a name, a pronoun or an animate noun near it)
# (one person: a count of the hurt, «пострадали три человека», is the counts' business)
_INJURED = re.compile(r"(?<![а-яё])(?:пострадал[а]?|(?:получил[а]?|получивш(?:ий|ая|его|ей))\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:ожог|ранени|травм|увечь|перелом)\w*|ранен[а]?|"
                      r"травмирован[а]?|ранил[аи]?|"
                      # in hospital with wounds: «госпитализирован с рваными ранами»,
                      # «лечится в больнице от ран»
                      r"(?:госпитализирован|доставлен)\w*\s+(?:[\w-]+\s+){0,5}?с\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:ран|травм|ожог)\w*|"
                      r"леч(?:ится|ился|илась)\s+(?:[\w-]+\s+){0,4}?от\s+(?:ран|травм|ожог)\w*)"
                      r"(?![а-яё])", re.I)
_NOT_BEFORE = re.compile(r"(?:\bне|\bникто|\bни\s+один\w*)\s+(?:[\w-]+\s+)?$", re.I)
# none hurt told: «пострадавших нет», «никто не пострадал», «обошлось без пострадавших»
_NO_INJURED = re.compile(r"\b(?:пострадавших|раненых)\s+(?:[\w-]+\s+){0,2}?нет\b|\bнет\s+"
                         r"(?:[\w-]+\s+)?(?:пострадавших|раненых)\b|\bникто\s+(?:[\w-]+\s+)"
                         r"{0,3}?не\s+(?:пострадал|был\s+ранен|ранен|травмирован|получил)\w*|"
                         r"\bне\s+пострадал\w*\s+никто|\bбез\s+пострадавших\b|"
                         # people at large unhurt: «люди при пожаре не пострадали»
                         r"\bлюди\s+(?:[\w-]+\s+){0,3}?не\s+пострадал\w*", re.I)
# the victims as an object, not a count of none: «угрозы для жизни пострадавших нет»,
# «данных о состоянии пострадавших нет»
_GOVERNED = re.compile(r"(?<![а-яё])(?:жизни|здоровья|состояни\w*|для|у|о|об|из|среди|"
                       r"списк\w*|данных|сведений)\s+$", re.I)
_PRONOUN = re.compile(r"^(?:он|она|они|его|ее|её|их)$", re.I)


@read_once
@_safe
def _injuries(f: Facts) -> list[tuple[bool, Value]]:
    """(someone hurt, value): someone told hurt, or none, in a claim."""
    return _someone(f, _INJURED, _NO_INJURED, ("пострадавшие есть", "пострадавших нет"))


# someone detained told, or none: «задержан 17-летний студент» / «задержанных на данный
# момент нет», «никого по этому делу не задерживали», «никто не задержан»; not «никакого
# задержания не было», a lawyer's word for his client, nor a none with a reason («никто не
# задержан за свои взгляды, задержаны нарушители»)
_DETAINED = re.compile(r"(?<![а-яё])(?:задержан[аоы]?|задержали|задержал[аи]?)(?![а-яё])",
                       re.I)
_NO_DETAINED = re.compile(r"(?:\bзадержанных\s+(?:[\w-]+\s+){0,3}?нет\b|\bнет\s+(?:[\w-]+\s+)?"
                          r"задержанных\b|\bникого\s+(?:[\w-]+\s+){0,4}?не\s+задерж\w*|"
                          r"\bникто\s+(?:[\w-]+\s+){0,3}?не\s+(?:был\s+)?задержан\w*)"
                          r"(?!\s+(?:за|из-за|по\s+причине)\b)", re.I)


@_safe
def _detentions(f: Facts) -> list[tuple[bool, Value]]:
    """(someone detained, value): someone told detained, or none, in a claim."""
    return _someone(f, _DETAINED, _NO_DETAINED, ("задержанные есть", "задержанных нет"))


def _someone(f: Facts, told: re.Pattern[str], none_told: re.Pattern[str],
             labels: tuple[str, str]) -> list[tuple[bool, Value]]:
    """(it befell someone, value): a person told to have had it (a name, a pronoun or an
    animate noun near the word), or no one, in a claim."""
    c = f.sc.claim
    text = c.text
    if _PART_ONLY.search(text) or _NOT_DEATH_NEWS.search(text):
        return []
    none = next((m for m in none_told.finditer(text)
                 if not _GOVERNED.search(text[max(0, m.start() - 30) : m.start()])), None)
    if none:
        return [(False, Value(f.sc.id, c.start + none.start(), c.start + none.end(),
                              none.group(0), labels[1], ""))]
    toks = tokens(text)
    for m in told.finditer(text):
        if _NOT_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # «не пострадал», «никто из них не был ранен»
        near = [t for t in toks if t.end <= m.start()][-_WINDOW:] + \
            [t for t in toks if t.start >= m.end()][:_WINDOW]
        lo, hi = c.start + m.start() - 40, c.start + m.end() + 40
        person = any(e.type == "PER" and lo <= e.start <= hi for e in c.entities) or any(
            _PRONOUN.match(t.w) or _pos(t.w) == "NOUN" and text[t.start].islower()
            and _person_noun(t.w) and _lemma(t.w) not in _NOT_PEOPLE for t in near)
        if person:
            return [(True, Value(f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0),
                                 labels[0], ""))]
    return []


# nouns the recogniser may take for people that are not («пожар», «дом» are inanimate
# already; «объект» and «сооружение» are not, for some readers; animals are animate)
_NOT_PEOPLE = frozenset({"объект", "сооружение", "здание", "дом",
                     # «тигр ранил двух собак» hurt no one
                     "животное", "зверь", "собака", "пёс", "пес", "кошка", "кот", "корова",
                     "лошадь", "овца", "коза", "скот", "птица", "тигр", "медведь", "волк"})


def _day(f: Facts) -> str:
    """The day a claim speaks of: the one it states, else the day it was told."""
    return stated_day(f) or _when(f)


def death_conflicts(facts: Sequence[Facts], story: dict[int, int],
                    paired: Set[frozenset[int]] = frozenset()) -> list[Group]:
    """A death told by one report of a story and none by another as of that day or
    later («скончался в ночь на 18 ноября» / «летальных исходов на утро 19 ноября нет»);
    none told before a death is the news of its time."""
    return _told_and_none(facts, story, paired, _deaths, "были ли погибшие", "deaths")


def injury_conflicts(facts: Sequence[Facts], story: dict[int, int],
                     paired: Set[frozenset[int]] = frozenset()) -> list[Group]:
    """Someone hurt told by one report of a story, and none hurt by another, as deaths
    are: «во время пожара пострадал дежурный электромонтер» / «Пострадавших нет»."""
    return _told_and_none(facts, story, paired, _injuries, "были ли пострадавшие", "injuries")


def detention_conflicts(facts: Sequence[Facts], story: dict[int, int],
                        paired: Set[frozenset[int]] = frozenset()) -> list[Group]:
    """Someone detained told by one report of a story, and no one by another, as of one
    time: «задержан 17-летний студент» / «задержанных на данный момент нет». An arrest
    follows the first days' «никто не задержан» so often that a yes with no day of its
    own is dated by its report: a no told before it is the news of its time."""
    return _told_and_none(facts, story, paired, _detentions, "были ли задержанные",
                          "detentions", yes_by_report=True)


def _told_and_none(facts: Sequence[Facts], story: dict[int, int], paired: Set[frozenset[int]],
                   read: Callable[[Facts], list[tuple[bool, Value]]], subject: str, key: str,
                   yes_by_report: bool = False) -> list[Group]:
    """Claims of one story that tell something happened (`read` gives True) against
    claims that tell it did not, by two reports, as of one time: the yes dated by its own
    day (a yes with none may have come any day before, unless `yes_by_report` dates it by
    its report), the no told that day or up to `_MAX_DAYS` after."""
    index: dict[int, list[tuple[Facts, bool, Value]]] = defaultdict(list)
    for f in facts:
        if not _other_time(f):
            for told, v in read(f):
                index[story.get(f.sc.doc_id, -f.sc.doc_id - 1)].append((f, told, v))
    out = []
    for _st, items in sorted(index.items()):
        if len(items) > MAX_GROUP or len({told for _f, told, _v in items}) < 2:
            continue
        g = Group("statement", subject, (key,))
        for (fa, da, va), (fb, db, vb) in combinations(items, 2):
            if da == db or fa.sc.doc_id == fb.sc.doc_id or \
                    frozenset({fa.sc.id, fb.sc.id}) in paired:
                continue
            (fy, vy), (fn, vn) = ((fa, va), (fb, vb)) if da else ((fb, vb), (fa, va))
            yes, no = stated_day(fy) or (_when(fy) if yes_by_report else None), _day(fn)
            if yes and no and (no[:10] < yes[:10] or days_apart(yes, no) > _MAX_DAYS):
                continue  # none told before the death (the harm), or days later: two times
            g.pairs.append((vy, vn, 0.6))
        out.append(g)
    return out


def none_agreements(facts: Sequence[Facts], story: Mapping[int, int]) -> set[tuple[int, int]]:
    """Pairs of claims of one story, in two reports, that both tell no one died, or no
    one was hurt, within days of each other: «Погибших и пострадавших нет» and «люди при
    пожаре не пострадали» state one fact."""
    out: set[tuple[int, int]] = set()
    for read in (_deaths, _injuries):
        index: dict[int, list[Facts]] = defaultdict(list)
        for f in facts:
            if not _other_time(f) and any(not told for told, _v in read(f)):
                index[story.get(f.sc.doc_id, -f.sc.doc_id - 1)].append(f)
        for items in index.values():
            if len(items) > MAX_GROUP:
                continue
            out |= {(min(fa.sc.id, fb.sc.id), max(fa.sc.id, fb.sc.id))
                    for fa, fb in combinations(items, 2) if fa.sc.doc_id != fb.sc.doc_id
                    and days_apart(_day(fa), _day(fb)) <= _MAX_DAYS}
    return out


def harm_conflicts(facts: Sequence[Facts], story: dict[int, int],
                   paired: Set[frozenset[int]] = frozenset()) -> list[Group]:
    """A group or thing told unhurt by one report of a story and hurt by another, on
    days that can be one (`paired`: pairs of claims other rules already set apart)."""
    index: dict[tuple[int, str], list[tuple[Facts, bool, Value]]] = defaultdict(list)
    for f in facts:
        if _other_time(f):
            continue
        for hurt, keys, v in _harms(f):
            for key in keys:
                index[(story.get(f.sc.doc_id, -f.sc.doc_id - 1), key)].append((f, hurt, v))
    groups: list[Group] = []
    seen: set[frozenset[int]] = set()
    for (_st, key), items in sorted(index.items()):
        if len(items) > MAX_GROUP or len({hurt for _f, hurt, _v in items}) < 2:
            continue
        g = Group("statement", f"пострадали ли: {key}", ("harm", key))
        for (fa, ha, va), (fb, hb, vb) in combinations(items, 2):
            pair = frozenset({fa.sc.id, fb.sc.id})
            if ha == hb or fa.sc.doc_id == fb.sc.doc_id or pair in seen or pair in paired or \
                    not dates_compatible(fa, fb):
                continue
            seen.add(pair)
            g.pairs.append((va, vb, 0.6) if ha else (vb, va, 0.6))
        groups.append(g)
    return groups
