"""The country a shipment came from, told as two countries.

A cargo (a consignment, a container, a delivery) is loaded once, in one country: «партия
прибыла из Перу» against «контейнер был погружен в чилийском порту Сан-Антонио» is a
dispute of where it came from, whoever tells which. A claim tells the origin by a verb of
coming from or being loaded («прибыл из», «отправлен из», «погружен в»), a word of the cargo
before it, and one country named right after the verb, by its name or its adjective
(«из Перу», «в чилийском порту»). A claim naming two origins (a route: «из Перу
через Панаму» has one origin and one transit, the transit after «через» is not read) or an
origin denied («в Чили судно не заходило», «не из Перу») tells none.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

from factdb.conflicts.facts import Facts, Value
from factdb.conflicts.groups import MAX_GROUP, Group, one_voice
from factdb.conflicts.lexicons import country_of
from factdb.conflicts.rules import _other_time, _safe_one

# the cargo: what is shipped, not who travels
_CARGO = re.compile(r"(?<![а-яё])(?:груз\w*|парти[яиюей]\w*|контейнер\w*|поставк\w*|"
                    r"посылк\w*|товар\w*|продукци\w*|фур[аыу]|рефрижератор\w*)(?![а-яё])", re.I)
# coming from, or loaded at: the country follows within a few words
_FROM = re.compile(
    r"(?<![а-яё])(?:прибыл[аои]?|пришл[аои]|пришел|при[шх]ед\w*|доставлен\w*|доставил\w*|"
    r"отправлен\w*|отправил\w*|ввез[её]н\w*|ввезл[аи]|привез[её]н\w*|привезл[аи]|"
    r"поступил[аои]?|шл[аио]|ш[её]л|следовал[аои]?|вывезен\w*|импортирован\w*)\s+"
    r"(?:[\w-]+\s+){0,3}?из\s+(?P<at>(?:[\w-]+\s+){0,2}[\w-]+)|"
    r"(?<![а-яё])(?:погружен\w*|погрузил\w*|загружен\w*|загрузил\w*|отгружен\w*|"
    r"отгрузил\w*)\s+(?:[\w-]+\s+){0,4}?(?:в|во|на)\s+(?P<in>(?:[\w-]+\s+){0,2}[\w-]+)",
    re.I)
# the origin denied: «не из Перу», «отправлен не из Чили»
_NOT = re.compile(r"(?<![а-яё])не\s+(?:[\w-]+\s+)?$", re.I)
# an origin told as possible, or as what one checks, is no account of it
_UNSURE = re.compile(r"(?<![а-яё])(?:якобы|возможно|может|могл\w*|предположительно|"
                     r"выясня\w*|проверя\w*|если)(?![а-яё])", re.I)


@_safe_one
def _origin(f: Facts) -> tuple[str, Value] | None:
    """The one country a claim says its cargo came from, or None."""
    c = f.sc.claim
    text = c.text
    if not _CARGO.search(text) or _UNSURE.search(text) or _other_time(f):
        return None
    found: dict[str, tuple[int, int, str]] = {}
    for m in _FROM.finditer(text):
        if _NOT.search(text[max(0, m.start() - 20) : m.start()]) or \
                re.search(r"(?<![а-яё])не\s+(?:из|в|во|на)\s", m.group(0), re.I):
            return None
        group = "at" if m.group("at") else "in"
        # (the words up to a transit: «из Боливии через Перу»)
        place = re.split(r"\s+через(?:\s+|$)", m.group(group), maxsplit=1, flags=re.I)[0]
        for w in re.finditer(r"[\w-]+", place):
            if country := country_of(w.group(0)):
                a = m.start(group) + w.start()
                found.setdefault(country, (m.start(), a + len(w.group(0)), m.group(0)))
                break
    if len(found) != 1:
        return None
    (country, (a, b, _told)), = found.items()
    return country, Value(f.sc.id, c.start + a, c.start + b, text[a:b], country, "origin")


def origin_conflicts(facts: Sequence[Facts], story: Mapping[int, int]) -> list[Group]:
    """One story's cargo said to come from two countries, by two voices."""
    index: dict[int, list[tuple[Facts, str, Value]]] = defaultdict(list)
    for f in facts:
        if got := _origin(f):
            index[story.get(f.sc.doc_id, -f.sc.doc_id - 1)].append((f, *got))
    out = []
    for items in index.values():
        if len(items) > MAX_GROUP:
            continue
        g = Group("statement", "откуда пришел груз", ("origin",), timed=False)
        for (fa, ca, va), (fb, cb, vb) in combinations(items, 2):
            if ca != cb and fa.sc.doc_id != fb.sc.doc_id and not one_voice(fa, fb):
                g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out
