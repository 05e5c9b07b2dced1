"""The subtype of a story's one virus, told as two.

An outbreak has one agent: «в пробах нашли H7N9» against «лаборатория подтвердила подтип
H5N1» cannot both hold of one farm. Each claim must name one subtype (a claim
naming two compares them) with a word of finding it («выявлен», «подтвердил», «выделил»,
«говорит о»); a subtype told of another year or another outbreak is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from factdb.conflicts.facts import Facts, Value
from factdb.conflicts.groups import Group, per_story
from factdb.conflicts.lexicons import FOUND_WORDS
from factdb.conflicts.rules import _other_time, another_affair

# an influenza subtype, in Latin or Cyrillic letters: «H5N1», «Н5N8», «H 7 N 9»
_SUBTYPE = re.compile(r"(?<![\w-])[HН]\s?(\d{1,2})\s?[NН]\s?(\d{1,2})(?![\w-])")
_FOUND = re.compile(rf"(?<![а-яё])(?:{FOUND_WORDS}|выдел(?:ил|ила|или|ен)\w*|подтверд\w*|"
                    r"подтвержд\w*|определ\w*|установ\w*|указыва\w*|говор\w*|сообщ\w*)", re.I)


def _subtype(f: Facts) -> Value | None:
    c = f.sc.claim
    found = list(_SUBTYPE.finditer(c.text))
    if len({(m.group(1), m.group(2)) for m in found}) != 1 or not _FOUND.search(c.text) \
            or _other_time(f) or another_affair(f):
        return None
    m = found[0]
    return Value(f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0),
                 f"H{m.group(1)}N{m.group(2)}", "subtype")


def strain_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """Two reports of one story naming two subtypes of its virus."""
    out = []
    for items in per_story(facts, story, _subtype):
        g = Group("statement", "подтип вируса", ("subtype",), timed=False)
        for (fa, a), (fb, b) in combinations(items, 2):
            if fa.sc.doc_id != fb.sc.doc_id and a.value != b.value:
                g.pairs.append((a, b, 0.6))
        out.append(g)
    return out
