"""How a story's one act was done, told as two kinds by two reports.

The missing are found once: «мальчика нашли сотрудники полиции» against «нашел местный
охотник», «его нашли наши поисковики». Each claim names the doer by the kind of people it
belongs to (the police, volunteers, rescuers, local people) right by the verb; a claim
naming two kinds («полиция, волонтеры и охотник по-разному рассказывают, кто нашел»), or
what was found besides the person (a body, a backpack, tracks), tells no doer.

People get out (or in) once, by one way: «осужденные перерезали сетку ограждения и ушли в
лес» against «они ушли через подкоп»; «воры проникли через окно» against «через служебную
дверь». The way is named by its kind (a tunnel, a hole in the fence, over the fence, a
window, the gate) beside a verb of getting out or in, or beside those who fled
(«беглецы прорыли лаз»).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Protocol, TypeVar

from factdb.conflicts.facts import Facts, Value
from factdb.conflicts.firsts import _surname_key
from factdb.conflicts.groups import MAX_GROUP, Group, per_story
from factdb.conflicts.lexicons import ORDNANCE
from factdb.conflicts.rules import QUESTION, _other_time
from factdb.models import Claim, Entity


@dataclass(frozen=True)
class Account:
    """One act of a story and the kinds it may be told as done by or done through."""

    question: str  # the conflict's subject: «кто нашел»
    act: re.Pattern[str]  # the words of the act (or of those who did it)
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    near: int  # characters either side of the act the kind is named within
    # words beside the act that make it another act: «нашли тело» found no person
    other_act: re.Pattern[str] | None = None
    # whether two acts in one claim are two acts (two findings), not one told twice
    # («беглецы ... ушли» is one escape)
    once: bool = False


def _words(pattern: str) -> re.Pattern[str]:
    # (whole words only: «лаз» is not in «глаза»)
    return re.compile(rf"(?<![а-яё])(?:{pattern})(?![а-яё])", re.I)


# the kinds of doer, by the words reports name them by
DOERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("полиция", _words(r"полиц\w*|полицейск\w*|наряд\w*|участков\w*|патрул\w*|"
                       r"сотрудник\w*\s+(?:[\w-]+\s+)?(?:полиции|мвд|умвд|гибдд|дпс)")),
    ("волонтеры", _words(r"волонтер\w*|поисковик\w*|доброволь?ц\w*|добровольческ\w*|"
                         r"лизаалерт\w*")),
    ("спасатели", _words(r"спасател\w*|мчс|водолаз\w*")),
    ("местные жители", _words(r"охотник\w*|грибник\w*|рыбак\w*|пастух\w*|"
                              r"местн\w+\s+жител\w*|жител\w+\s+(?:деревни|села|поселка)")),
)
# the ways out of (or into) a guarded place
WAYS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("подкоп", _words(r"подкоп\w*|лаз|лаза|лазу|лазом|тоннел\w*|туннел\w*|прорыл\w*|"
                      r"прорыв\w*\s+(?:ход|лаз)\w*|прокопал\w*|вырыл\w*|выкопал\w*")),
    ("пролом в ограждении", _words(r"отверсти\w*|дыр[аукеоы]\w*|пролом\w*|брешь|"
                                   r"перерезал\w*|перерезав|разрезал\w*|разрезав|прорезал\w*|"
                                   r"прорезав|перекусил\w*|перекусив|проделал\w*|проделав")),
    ("через ограждение", _words(r"перелез\w*|перемахнул\w*|перебрал\w*\s+через|"
                                r"перебравшись\s+через|по\s+лестниц\w*")),
    ("окно", _words(r"окн[оауе]\w*|окон|форточк\w*|решетк\w*\s+на\s+окне")),
    ("ворота", _words(r"ворот[аы]?|через\s+кпп|проходн\w*|контрольно-пропускн\w*")),
    ("вентиляция", _words(r"вентиляц\w*|вентиляционн\w*")),
)
# who calls off an event: its organiser, the venue, the authorities (the venue named as
# the doer, in the nominative or by its management: not «концерт в «Арене» отменили»)
CANCELLERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("организатор", _words(r"организатор\w*|промоутер\w*")),
    ("площадка", re.compile(r"(?<![\w-])(?:арена|площадка|стадион|дирекци[яи]\s+(?:[\w-]+\s+)?"
                            r"(?:арены|площадки|стадиона|дворца|клуба|зала)|"
                            r"руководство\s+(?:арены|площадки|стадиона|дворца|зала))(?![а-яё])",
                            re.I)),
    ("власти", _words(r"мэри[яи]|администраци[яи]\s+город\w*|власти|губернатор|"
                      r"министерств[оа]\s+культуры")),
)
# who handled found ordnance: the army's sappers or the emergencies ministry's
# pyrotechnicians (rescuers merely keeping a cordon are neither)
DISPOSERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Минобороны", _words(r"минобороны|министерств\w+\s+обороны|военн(?:ые|ых|ым|ыми)|"
                          r"военнослужащ\w*|инженерно-саперн\w*|инженерн\w+\s+войск\w*")),
    ("МЧС", _words(r"мчс|пиротехни\w*")),
)
# where a thing was sold: a post office, a kiosk or a stall (a bus station's too), a shop,
# online
VENUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("почта", _words(r"почт[аеуы]|почтов\w+\s+(?:отделени|связ)\w*|отделени\w+\s+почт\w*|"
                     r"почтовой\s+связи")),
    ("киоск", _words(r"киоск\w*|ларьк\w*|ларек|ларёк|павильон\w*|автостанци\w*|автовокзал\w*")),
    ("магазин", _words(r"магазин\w*|супермаркет\w*|гипермаркет\w*|торгов\w+\s+центр\w*")),
    ("онлайн", _words(r"онлайн\w*|приложени\w*|через\s+(?:сайт|интернет)|в\s+интернете|"
                      r"на\s+сайте|маркетплейс\w*")),
)
ACCOUNTS: tuple[Account, ...] = (
    # the missing found once
    Account("кто нашел", _words(r"нашл[аи]?|нашел|нашёл|обнаружил[аи]?"), DOERS, 40,
            # (things found, not the person: «нашли тело», «обнаружили рюкзак»)
            _words(r"тел[оа]|останк\w*|рюкзак\w*|вещ\w*|след\w*|одежд\w*|машин\w*|лодк\w*|"
                   r"телефон\w*|палатк\w*|сумк\w*"), once=True),
    # people who got out of a guarded place, or thieves who got in
    Account("как ушли", _words(r"ушл[иа]|ушел|ушёл|бежал[аи]?|сбежал[аи]?|совершил[аи]?\s+"
                               r"побег|покинул[аи]?|выбрал[аи]?сь|выбрался|скрыл[аи]?сь|"
                               r"скрылся|проник(?:л[аи]?)?|пробрал[аи]?сь|пробрался|"
                               r"беглец\w*|сбежавш\w*"), WAYS, 60),
    # an event called off by one side: «фестиваль отменил организатор» against «матч
    # отменил сам стадион»
    Account("кто отменил", _words(r"отмен\w*|отказал\w*\s+от\s+(?:аренды|проведения)|"
                                  r"от\s+аренды\s+(?:[\w-]+\s+)?отказал\w*"), CANCELLERS, 40,
            once=True),
    # found ordnance taken out and away by one service: «снаряд обезвредили военные
    # саперы» against «мину извлекли пиротехники МЧС»
    Account("кто обезвредил", _words(
        rf"(?:извлек|извлека|извлечени|обезвре|разминир|вывез|вывози|вывоз|подорва|"
        rf"уничтож)\w*\s+(?:[\w-]+\s+)?(?:{ORDNANCE})|(?:{ORDNANCE})\s+(?:[\w-]+\s+)?"
        rf"(?:извлек|извлека|обезвре|вывез|вывози|подорва|уничтож)\w*|"
        rf"работ\w*\s+с\s+(?:{ORDNANCE})"), DISPOSERS, 40),
    # one thing sold in one place: «бутылку купили в магазине» against «ее продали в ларьке у
    # автостанции» (not the sales of many after it, «в ларьке продали около 300 бутылок»)
    Account("где куплен", _words(r"продан[аоы]?|продал[аи]?|продаж[аеиу]|куплен[аоы]?|"
                                 r"купил[аи]?|приобрет[её]н[аоы]?|приобрел[аи]?|приобрёл"),
            # (nor a second one of its kind: «вторую бутылку заказали через интернет»)
            VENUES, 40, _words(r"(?:около|более|свыше|почти|порядка)\s+\d+|\d+\s+(?:[\w-]+\s+)?"
                               r"(?:билет|штук|экземпляр|пачек|бутыл)\w*|втор(?:ой|ого|ая|ую)"),
            once=True),
)
_SOURCE = re.compile(r"(?<![а-яё])(?:со\s+ссылкой\s+на|по\s+(?:данным|словам|информации|"
                     r"сведениям|версии))\s+(?:[\w-]+\s+){0,2}?[\w-]+", re.I)
_NOT_BEFORE = re.compile(r"(?<![а-яё])не\s+(?:[\w-]+\s+){0,2}$", re.I)


def _kind(f: Facts, account: Account) -> tuple[str, Value] | None:
    """The kind a claim tells its story's act done by or through, with its words."""
    c = f.sc.claim
    text = c.text
    m = account.act.search(text)
    if m is None or QUESTION.search(text) or _other_time(f):
        return None
    if account.once and len(account.act.findall(text)) > 1 or \
            re.search(r"(?<![а-яё])(?:кто|как)\s+(?:[\w-]+\s+)?$", text[: m.start()], re.I):
        return None  # two findings, or «кто нашел», «как ушли»: no one kind told
    lo, hi = max(0, m.start() - account.near), min(len(text), m.end() + account.near)
    # (a source of the words is no doer: «со ссылкой на волонтеров пишет, что нашли»;
    # blanked in the whole text, so the offsets hold)
    near = _SOURCE.sub(lambda x: " " * len(x.group(0)), text)[lo:hi]
    if account.other_act is not None and account.other_act.search(near):
        return None
    found = {kind: rx.search(near) for kind, rx in account.kinds}
    kinds = {kind: k for kind, k in found.items() if k is not None}
    if len(kinds) != 1 or _NOT_BEFORE.search(text[: m.start()]):
        return None
    (kind, k), = kinds.items()
    if _NOT_BEFORE.search(near[: k.start()][-20:]):
        return None  # «ушли не через подкоп»: a way denied is no way told
    return kind, Value(f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0), kind,
                       account.question)


def doer_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """One act of a story (the missing found, people getting out) told by two reports
    as done by two kinds of doer or through two kinds of way."""
    out = []
    for account in ACCOUNTS:
        index: dict[int, list[tuple[Facts, str, Value]]] = defaultdict(list)
        for f in facts:
            got = _kind(f, account)
            if got is not None:
                index[story.get(f.sc.doc_id, -f.sc.doc_id - 1)].append((f, *got))
        for items in index.values():
            if len(items) > MAX_GROUP:
                continue
            g = Group("statement", account.question, ("doer", account.question), timed=False)
            for (fa, ka, va), (fb, kb, vb) in combinations(items, 2):
                if ka != kb and fa.sc.doc_id != fb.sc.doc_id:
                    g.pairs.append((va, vb, 0.6))
            out.append(g)
    return out


# ---------------------------------------------------------------- who was at the wheel

# A vehicle has one driver at a time: «автомобилем управлял Петров» against «за рулем был
# его водитель Сидоров». The driver is the person named right after «за рулем был»,
# «управлял», «машину вел» (or right before them); two claims naming two vehicles
# («за рулем "Гранты"», «за рулем внедорожника») tell of two drivers, and so does a claim
# that denies («за рулем сидел не хозяин машины»).
_AT_WHEEL = re.compile(r"(?<![а-яё])(?:за\s+рул[её]м(?:\s+(?P<v>[\w«»\"-]+))?|"
                       r"управлял\w*\s+(?P<v2>[\w«»\"-]+)|"
                       r"(?:машину|автомобиль|внедорожник)\s+вел[аи]?(?![а-яё])|"
                       r"вел[аи]?\s+(?:машину|автомобиль|внедорожник))", re.I)
# the first letters of words after «за рулем», «управлял» that name no vehicle of its
# own: any car («машиной», «автомобилем», «транспортным средством») or a verb («был»,
# «находился», «сидел», «оказался»)
_NO_VEHICLE = frozenset({"машин", "автом", "транс", "был", "была", "наход", "сидел", "сидит",
                         "оказа"})
_NOT_AT_WHEEL = re.compile(r"(?<![а-яё])не\s+(?:он|она|был[аи]?|сидел\w*|управлял\w*|"
                           r"вел\w*)(?![а-яё])", re.I)


@dataclass(frozen=True)
class Driver:
    """The one person a claim puts at a vehicle's wheel, and the vehicle if it names one."""

    person: str
    vehicle: str | None
    value: Value


def _driver(f: Facts) -> Driver | None:
    c = f.sc.claim
    m = _AT_WHEEL.search(c.text)
    if m is None or _NOT_AT_WHEEL.search(c.text) or _other_time(f):
        return None
    # the name told right after the phrase («за рулем был Игнат Ткач, которого ...»),
    # else right before it («Ведерников управлял машиной»)
    named = [e for e in c.entities if e.type == "PER" and e.name != c.speaker]
    word = m.group("v") or m.group("v2") or ""
    end = m.end()
    if word[:1].isupper() and any(e.start - c.start == m.end() - len(word) for e in named):
        end, word = m.end() - len(word), ""  # «управлял Ведерников»: the name, no vehicle
    person = _named_at(c, named, m.start(), end)
    if person is None:
        return None
    word = word.strip("«»\"").lower()[:5]
    vehicle = word if word and word not in _NO_VEHICLE else None
    return Driver(_surname_key(person), vehicle,
                  Value(f.sc.id, c.start + m.start(), c.start + end, c.text[m.start() : end],
                        person, "за рулем"))


def _named_at(c: Claim, named: list[Entity], start: int, end: int) -> str | None:
    """The person named right after the words `start`..`end` of a claim («за рулем был
    Игнат Ткач»), else right before them («Ведерников управлял машиной»); no stop between."""
    after = [e for e in named if 0 <= e.start - c.start - end <= 60
             and not re.search(r"[.;:,]", c.text[end : e.start - c.start])]
    before = [e for e in named if 0 <= start - (e.end - c.start) <= 40
              and not re.search(r"[.;:,]", c.text[e.end - c.start : start])]
    if not after and not before:
        return None
    return min(after, key=lambda e: e.start).name if after else \
        max(before, key=lambda e: e.end).name


def driver_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """Two reports of one story putting two people at the wheel of one vehicle."""
    return _two_people(facts, story, _driver, "кто за рулем", "driver",
                       lambda a, b: not (a.vehicle and b.vehicle and a.vehicle != b.vehicle))


class _Told(Protocol):
    """What a claim tells of one person's act: who, and the words that tell it."""

    @property
    def person(self) -> str: ...

    @property
    def value(self) -> Value: ...


T = TypeVar("T", bound=_Told)


def _two_people(facts: Sequence[Facts], story: dict[int, int], read: Callable[[Facts], T | None],
                subject: str, key: str, one_act: Callable[[T, T], bool]) -> list[Group]:
    """Two reports of one story naming two people who did one act (`one_act`: whether the
    two claims tell of one vehicle, one paper) that one person does."""
    out = []
    for items in per_story(facts, story, read):
        g = Group("statement", subject, ("doer", key), timed=False)
        for (fa, a), (fb, b) in combinations(items, 2):
            if fa.sc.doc_id != fb.sc.doc_id and a.person != b.person and one_act(a, b):
                g.pairs.append((a.value, b.value, 0.6))
        out.append(g)
    return out


# ---------------------------------------------------------------- who signed a paper

# A paper is signed for one side by one person: «договор от имени города подписал
# первый вице-мэр Петр Орлов» against «договор лично подписал мэр Иван Кравцов», «на
# документе стоит подпись мэра Ивана Кравцова». The signer is the person named right after
# «подписал» or «подпись» (or right before «подписал»); papers of two kinds (a contract, an
# order) are two papers, and so are two sides of one contract («со стороны поставщика»).
# A denial («я этот договор не подписывал») names no signer.
_SIGNED = re.compile(r"(?<![а-яё])(?:подписал[аи]?|подпис(?:ь|и|ью)|подписан[аоы]?)(?![а-яё])",
                     re.I)
_PAPER = re.compile(r"(?<![а-яё])(?:контракт|договор|соглашени|приказ|распоряжени|указ|"
                    r"постановлени|акт)\w*", re.I)
_SIDE = re.compile(r"(?<![а-яё])со\s+стороны\s+([\w-]+)", re.I)
_NOT_SIGNED = re.compile(r"(?<![а-яё])не\s+(?:[\w-]+\s+){0,2}?подпис\w*|"
                         r"(?<![а-яё])подпис\w*\s+(?:[\w-]+\s+){0,2}?не\s", re.I)


@dataclass(frozen=True)
class Signer:
    """The one person a claim says signed a paper of one kind, for a side if it names one."""

    person: str
    paper: str
    side: str | None
    value: Value


def _signer(f: Facts) -> Signer | None:
    c = f.sc.claim
    m = _SIGNED.search(c.text)
    papers = {p.group(0).lower()[:6] for p in _PAPER.finditer(c.text)}
    if m is None or len(papers) != 1 or _NOT_SIGNED.search(c.text) or QUESTION.search(c.text) \
            or _other_time(f):
        return None
    # (not whom the paper is about: «подписал приказ о назначении Сомова»)
    named = [e for e in c.entities if e.type == "PER" and e.name != c.speaker
             and not _PAPER.search(c.text, m.end(), max(m.end(), e.start - c.start))]
    person = _named_at(c, named, m.start(), m.end())
    if person is None:
        return None
    side = _SIDE.search(c.text)
    return Signer(_surname_key(person), papers.pop(), side.group(1).lower()[:5] if side else None,
                  Value(f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0), person,
                        "подписал"))


def signer_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """Two reports of one story naming two people who signed one paper for one side."""
    return _two_people(facts, story, _signer, "кто подписал", "signer",
                       lambda a, b: a.paper == b.paper
                       and not (a.side and b.side and a.side != b.side))
