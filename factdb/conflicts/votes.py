"""A vote's tally told by two numbers in two reports of one story.

A council, a parliament, a board or a jury votes once on a question, and the reports give
its tally in their own words: «закон приняли 12 голосами против трех», «двенадцать
депутатов проголосовали за, трое — против», «11 голосами «за» при пяти «против»», «за —
120, против — 31». Two voices of one story telling one vote's tally by other numbers
disagree.

A story may hold several votes: one on another person («за отставку Петрова
проголосовали пятеро депутатов, против — 10») is another vote than one naming no one or
someone else, so tallies compare only when the people their claims name are the same.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import combinations

from factdb.conflicts.facts import Facts, Value
from factdb.conflicts.groups import Group, dates_compatible, one_voice, per_story
from factdb.conflicts.lexicons import number_value
from factdb.conflicts.rules import _other_time
from factdb.text import fold

_N = r"(\d{1,4}|[а-яё]+)"  # a number, in digits or in words (read by number_value)
_FOR = r"[«\"„]?за[»\"“]?"
_AGAINST = r"[«\"„]?против[»\"“]?"
_DASH = r"\s*[-—–]?\s*"
_VOTED = r"(?:высказал|проголосовал|голосовал|поддержал)\w*"
# each tally's two numbers, for and against, in the order they are told
_TALLIES: tuple[tuple[re.Pattern[str], bool], ...] = tuple(
    (re.compile(p, re.I), against_first) for p, against_first in (
        # «12 голосами против трех», «11 голосами «за» при пяти «против»»
        (rf"(?<![\w-]){_N}\s+голос\w*\s+(?:{_FOR}\s+)?(?:при|против)\s+{_N}(?![\w-])", False),
        # «о 12 голосах «за» и трех «против»», «12 «за», 3 «против»»
        (rf"(?<![\w-]){_N}\s+(?:голос\w*\s+)?{_FOR}\s*(?:,|и|при)\s+{_N}\s+"
         rf"(?:голос\w*\s+)?{_AGAINST}", False),
        # «12 депутатов проголосовали за поправку, трое — против»
        (rf"(?<![\w-]){_N}\s+(?:[\w-]+\s+){{0,3}}?{_VOTED}\s+за\b[^.;:]{{0,80}}?,\s*{_N}"
         rf"{_DASH}{_AGAINST}", False),
        # «за поправку проголосовали пятеро депутатов, против — 10»
        (rf"(?<![\w-])за\s+(?:[\w-]+\s+){{0,4}}?{_VOTED}\s+{_N}\s+[^.;:]{{0,40}}?,\s*"
         rf"{_AGAINST}{_DASH}{_N}(?![\w-])", False),
        # «за — 120, против — 31»
        (rf"{_FOR}{_DASH}{_N},\s*{_AGAINST}{_DASH}{_N}(?![\w-])", False),
        # «против — 31, за — 120»
        (rf"{_AGAINST}{_DASH}{_N},\s*{_FOR}{_DASH}{_N}(?![\w-])", True),
    ))


def _tally(f: Facts) -> Value | None:
    """The one tally (for, against) a claim tells of a vote, or None."""
    c = f.sc.claim
    low = c.text.lower()
    # (a cheap test first: every tally names its votes or those against; «за» alone is in
    # most words)
    if "против" not in low and "голос" not in low or _other_time(f):
        return None
    found: dict[str, Value] = {}
    for pat, against_first in _TALLIES:
        pos = 0
        # (tried at every start: a word taken for the number, «голосования 15 членов»,
        # must not hide the number after it)
        while (m := pat.search(c.text, pos)) is not None:
            pos = m.start() + 1
            one, two = (number_value(g.lower()) for g in m.groups())
            if one is None or two is None:
                continue
            pro, contra = (two, one) if against_first else (one, two)
            key = f"{pro} за, {contra} против"
            found.setdefault(key, Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                        m.group(0), key, "голосование"))
    return next(iter(found.values())) if len(found) == 1 else None


def _named(f: Facts) -> frozenset[str]:
    """The people a claim names, but its speaker (whose words the tally is in)."""
    speaker = set(fold(f.sc.claim.speaker or "").split())
    return frozenset(p for p in f.people if not set(p.split()) & speaker)


def vote_conflicts(facts: Sequence[Facts], story: Mapping[int, int]) -> list[Group]:
    """One vote's tally told by two numbers by two voices of one story."""
    out = []
    for items in per_story(facts, story, _tally):
        g = Group("count", "голосование: сколько за и сколько против", ("vote",))
        for (fa, va), (fb, vb) in combinations(items, 2):
            if va.value == vb.value or one_voice(fa, fb) or _named(fa) != _named(fb) or \
                    not dates_compatible(fa, fb):
                continue
            g.pairs.append((va, vb, 0.7))
        out.append(g)
    return out
