"""A licence's state told two ways by two reports of one story.

A regulator limits, suspends or revokes a licence, a certificate or an accreditation; the
state it is in on a day is one fact of the story, and reports tell it in their own words:
«Росавиация ограничила действие сертификата» against «компанию лишили сертификата», «у
банка отозвана лицензия» against «действие лицензии приостановлено». Each claim must tell
one state of one kind of paper as done, not as a threat, a possibility or a next step
(«не исключает аннулирования», «грозит отзыв», «аннулирование остается сценарием»); two
voices of one story telling two states on one day or the next disagree (further apart, a
licence first suspended and then revoked is a sequence, not a dispute).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import combinations

from factdb.conflicts.facts import Facts, Value, _clause_bounds
from factdb.conflicts.groups import Group, one_voice, per_story
from factdb.conflicts.rules import days_apart

# the papers a regulator grants and takes back
_PAPER = re.compile(r"(?<![а-яё])(?:сертификат\w*|лиценз\w*|аккредитац\w*)(?![а-яё])", re.I)
# the states, each by its words (done to the paper: a participle, a verb, its noun)
_STATES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (state, re.compile(rf"(?<![а-яё])(?:{words})(?![а-яё])", re.I)) for state, words in (
        ("ограничен", r"ограничил\w*|ограничен\w*|ограничива\w*|ограничени\w*"),
        ("приостановлен", r"приостанов\w*"),
        ("отозван", r"аннулир\w*|аннулирова\w*|отозва\w*|отозвал\w*|отзыв\w*|отозвана|"
                    r"лишил\w*|лишен\w*|лишени\w*"),
    ))
# a state not done: a threat, a possibility, a next step, a question
_NOT_DONE = re.compile(r"(?<![а-яё])(?:не\s+исключ\w*|может|могут|мог\w*|грози\w*|угрож\w*|"
                       r"возможн\w*|вероятн\w*|сценари\w*|рассматрива\w*|намерен\w*|если|"
                       r"будет|будут|планиру\w*|потребова\w*|добива\w*)(?![а-яё])|\?", re.I)
# a state denied: «не аннулирован», «не был отозван», «никаких ограничений ... нет», «без
# ограничений»
_DENIED = re.compile(r"(?<![а-яё])(?:не|никак\w*|без)\s+(?:был[аои]?\s+)?$", re.I)
_NONE_AFTER = re.compile(r"^\w*\s+(?:[\w-]+\s+){0,5}?нет(?![а-яё])", re.I)
MAX_STATE_DAYS = 1  # days apart beyond which two states may be one after the other


def _state(f: Facts) -> Value | None:
    """The one state a claim tells a paper is in, or None."""
    c = f.sc.claim
    if not _PAPER.search(c.text):
        return None
    found: dict[str, Value] = {}
    for state, pat in _STATES:
        for m in pat.finditer(c.text):
            lo, hi = _clause_bounds(c.text, m.start())
            clause = c.text[lo:hi]
            if not _PAPER.search(clause) or _NOT_DONE.search(clause) or \
                    _DENIED.search(c.text[max(0, m.start() - 12) : m.start()]) or \
                    _NONE_AFTER.match(c.text[m.start() : hi]):
                continue
            found.setdefault(state, Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                          m.group(0), state, "лицензия"))
    return next(iter(found.values())) if len(found) == 1 else None


def permit_conflicts(facts: Sequence[Facts], story: Mapping[int, int]) -> list[Group]:
    """A paper's state told two ways by two voices of one story within a few days."""
    out = []
    for items in per_story(facts, story, _state):
        g = Group("status", "лицензия (сертификат): в каком состоянии", ("permit",),
                  timed=False)
        for (fa, va), (fb, vb) in combinations(items, 2):
            if va.value == vb.value or one_voice(fa, fb) or days_apart(
                    fa.sc.claim.said_on or fa.sc.published or "",
                    fb.sc.claim.said_on or fb.sc.published or "") > MAX_STATE_DAYS:
                continue
            g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out
