"""Who did a story's one act, told as two kinds of doer.

The missing are found once: «мальчика нашли сотрудники полиции» against «нашел местный
охотник», «его нашли наши поисковики». Each claim names the doer by the kind of people it
belongs to (the police, volunteers, rescuers, local people) right by the verb; a claim
naming two kinds («полиция, волонтеры и охотник по-разному рассказывают, кто нашел»), or
what was found besides the person (a body, a backpack, tracks), tells no doer.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from factdb.conflicts.facts import Facts, Value
from factdb.conflicts.groups import MAX_GROUP, Group
from factdb.conflicts.rules import QUESTION, _other_time

# the kinds of doer, by the words reports name them by
DOERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("полиция", re.compile(r"(?<![а-яё])(?:полиц\w*|полицейск\w*|наряд\w*|участков\w*|"
                           r"патрул\w*|сотрудник\w*\s+(?:[\w-]+\s+)?(?:полиции|мвд|умвд|"
                           r"гибдд|дпс))", re.I)),
    ("волонтеры", re.compile(r"(?<![а-яё])(?:волонтер\w*|поисковик\w*|доброволь?ц\w*|"
                             r"добровольческ\w*|лизаалерт\w*)", re.I)),
    ("спасатели", re.compile(r"(?<![а-яё])(?:спасател\w*|мчс|водолаз\w*)", re.I)),
    ("местные жители", re.compile(r"(?<![а-яё])(?:охотник\w*|грибник\w*|рыбак\w*|пастух\w*|"
                                  r"местн\w+\s+жител\w*|жител\w+\s+(?:деревни|села|поселка))",
                                  re.I)),
)
# the act: finding the missing
_FOUND = re.compile(r"(?<![а-яё])(?:нашл[аи]?|нашел|нашёл|обнаружил[аи]?)(?![а-яё])", re.I)
# things found, not the person: «нашли тело», «обнаружили рюкзак», «нашли следы»
_THINGS = re.compile(r"(?<![а-яё])(?:тел[оа]|останк\w*|рюкзак\w*|вещ\w*|след\w*|одежд\w*|"
                     r"машин\w*|лодк\w*|телефон\w*|палатк\w*|сумк\w*)(?![а-яё])", re.I)
_NEAR = 40  # characters either side of the verb the doer is named within
_SOURCE = re.compile(r"(?<![а-яё])(?:со\s+ссылкой\s+на|по\s+(?:данным|словам|информации|"
                     r"сведениям|версии))\s+(?:[\w-]+\s+){0,2}?[\w-]+", re.I)


def _doer(f: Facts) -> tuple[str, Value] | None:
    """The kind of doer a claim tells found the story's missing person, with its words."""
    c = f.sc.claim
    text = c.text
    m = _FOUND.search(text)
    if m is None or QUESTION.search(text) or _other_time(f):
        return None
    if len(_FOUND.findall(text)) > 1 or re.search(r"(?<![а-яё])кто\s+(?:[\w-]+\s+)?$",
                                                  text[: m.start()], re.I):
        return None  # two findings, or «кто нашел»: no one doer told
    lo, hi = max(0, m.start() - _NEAR), min(len(text), m.end() + _NEAR)
    # (a source of the words is no doer: «со ссылкой на волонтеров пишет, что нашли»;
    # blanked in the whole text, so the offsets hold)
    near = _SOURCE.sub(lambda x: " " * len(x.group(0)), text)[lo:hi]
    if _THINGS.search(near):
        return None
    kinds = {kind for kind, rx in DOERS if rx.search(near)}
    if len(kinds) != 1 or re.search(r"(?<![а-яё])не\s+(?:[\w-]+\s+){0,2}$", text[: m.start()]):
        return None
    kind = kinds.pop()
    return kind, Value(f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0), kind,
                       "кто нашел")


def doer_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """The story's missing found by two kinds of doer, told by two reports."""
    index: dict[int, list[tuple[Facts, str, Value]]] = defaultdict(list)
    for f in facts:
        got = _doer(f)
        if got is not None:
            index[story.get(f.sc.doc_id, -f.sc.doc_id - 1)].append((f, *got))
    out = []
    for items in index.values():
        if len(items) > MAX_GROUP:
            continue
        g = Group("statement", "кто нашел", ("doer", "нашел"), timed=False)
        for (fa, ka, va), (fb, kb, vb) in combinations(items, 2):
            if ka != kb and fa.sc.doc_id != fb.sc.doc_id:
                g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out
