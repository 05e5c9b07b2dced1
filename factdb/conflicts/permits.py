"""A licence's state, or a ban's, told two ways by two reports of one story.

A regulator limits, suspends or revokes a licence, a certificate or an accreditation; the
state it is in on a day is one fact of the story, and reports tell it in their own words:
«Росавиация ограничила действие сертификата» against «компанию лишили сертификата», «у
банка отозвана лицензия» against «действие лицензии приостановлено». Each claim must tell
one state of one kind of paper as done, not as a threat, a possibility or a next step
(«не исключает аннулирования», «грозит отзыв», «аннулирование остается сценарием»); two
voices of one story telling two states on one day or the next disagree (further apart, a
licence first suspended and then revoked is a sequence, not a dispute).

A ban (an import ban, an embargo, restrictions) is lifted, eased or still in force: «страна
отменила запрет на импорт пшеницы» against «ограничения смягчены, но не отменены» (a
lifting denied is no state; the state told beside it is). A court's «запрет определенных
действий» is a measure of restraint, not a ban; an older ban («тот запрет был снят в 2024
году») is another affair.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import combinations

from factdb.conflicts.facts import Facts, Value, _clause_bounds
from factdb.conflicts.groups import Group, one_voice, per_story
from factdb.conflicts.rules import _other_time, days_apart

# the papers a regulator grants and takes back
_PAPER = re.compile(r"(?<![а-яё])(?:сертификат\w*|лиценз\w*|аккредитац\w*)(?![а-яё])", re.I)
States = tuple[tuple[str, re.Pattern[str]], ...]


def _states(*words: tuple[str, str]) -> States:
    """States, each by its words as whole words."""
    return tuple((state, re.compile(rf"(?<![а-яё])(?:{w})(?![а-яё])", re.I)) for state, w in words)


# the states, each by its words (done to the paper: a participle, a verb, its noun)
_STATES = _states(
    ("ограничен", r"ограничил\w*|ограничен\w*|ограничива\w*|ограничени\w*"),
    ("приостановлен", r"приостанов\w*"),
    ("отозван", r"аннулир\w*|аннулирова\w*|отозва\w*|отозвал\w*|отзыв\w*|отозвана|"
                r"лишил\w*|лишен\w*|лишени\w*"),
)
# a state not done: a threat, a possibility, a next step, a question
_NOT_DONE = re.compile(r"(?<![а-яё])(?:не\s+исключ\w*|может|могут|мог\w*|грози\w*|угрож\w*|"
                       r"возможн\w*|вероятн\w*|сценари\w*|рассматрива\w*|намерен\w*|если|"
                       r"будет|будут|планиру\w*|потребова\w*|добива\w*)(?![а-яё])|\?", re.I)
# a state denied: «не аннулирован», «не был отозван», «никаких ограничений ... нет», «без
# ограничений»
_DENIED = re.compile(r"(?<![а-яё])(?:не|никак\w*|без)\s+(?:был[аои]?\s+)?$", re.I)
_NONE_AFTER = re.compile(r"^\w*\s+(?:[\w-]+\s+){0,5}?нет(?![а-яё])", re.I)
MAX_STATE_DAYS = 1  # days apart beyond which two states may be one after the other


# a ban and its states: lifted, eased, still in force
_BAN = re.compile(r"(?<![а-яё])(?:запрет\w*|ограничени[яйем]\w*|эмбарго|ban|restrictions)"
                  r"(?![а-яё])", re.I)
_BAN_STATES = _states(
    ("снят", r"отменил\w*|отмен[её]н\w*|отмен[аыу]|снял\w*|снят[аоы]?|сняти\w*|lifted"),
    ("смягчен", r"смягчил\w*|смягч[её]н\w*|смягчени\w*|ослабил\w*|ослаблен\w*|eased"),
    ("действует", r"оста[её]тся\s+в\s+силе|продолжа\w+\s+действовать|по-прежнему\s+"
                  r"действу\w*|сохраня\w+\s+в\s+силе"),
)
# not a ban: a court's measure of restraint, a ban on a person's own acts
_NOT_A_BAN = re.compile(r"(?<![а-яё])запрет\w*\s+(?:определенных\s+действий|на\s+выезд|"
                        r"покидать|пользоваться)", re.I)
_WISH = re.compile(r"(?<![а-яё])(?:хот\w*|надея\w*|призва\w*|призыва\w*|проси\w*|просят|"
                   r"рассчитыва\w*|"
                   r"ждут|жд[её]м|ожида\w*|можно\s+ли|считать)(?![а-яё])", re.I)
_NEAR = 40  # characters between a ban's word and its state's


def _state(f: Facts) -> Value | None:
    """The one state a claim tells a paper is in, or None."""
    c = f.sc.claim
    if not _PAPER.search(c.text):
        return None
    return _one_state(f, _PAPER, _STATES, "лицензия", near=None)


def _ban_state(f: Facts) -> Value | None:
    """The one state a claim tells a ban is in, or None (a licence's words are permits')."""
    c = f.sc.claim
    if not _BAN.search(c.text) or _PAPER.search(c.text) or _NOT_A_BAN.search(c.text) or \
            _WISH.search(c.text) or _other_time(f):
        return None
    return _one_state(f, _BAN, _BAN_STATES, "запрет", near=_NEAR)


def _one_state(f: Facts, paper: re.Pattern[str],
               states: States, key: str,
               near: int | None) -> Value | None:
    """The one state of `states` a claim tells, done to a `paper` of its clause (within
    `near` characters of the state's word, when given: «отменил заключение под стражу и
    избрал запрет» lifts no ban)."""
    c = f.sc.claim
    found: dict[str, Value] = {}
    for state, pat in states:
        for m in pat.finditer(c.text):
            lo, hi = _clause_bounds(c.text, m.start())
            clause = c.text[lo:hi]
            around = clause if near is None else \
                c.text[max(lo, m.start() - near) : min(hi, m.end() + near)]
            if not paper.search(around) or _NOT_DONE.search(clause) or \
                    _DENIED.search(c.text[max(0, m.start() - 12) : m.start()]) or \
                    _NONE_AFTER.match(c.text[m.start() : hi]):
                continue
            found.setdefault(state, Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                          m.group(0), state, key))
    return next(iter(found.values())) if len(found) == 1 else None


def permit_conflicts(facts: Sequence[Facts], story: Mapping[int, int]) -> list[Group]:
    """A paper's (or a ban's) state told two ways by two voices of one story within a few
    days."""
    return _state_conflicts(facts, story, _state, "лицензия (сертификат): в каком состоянии",
                            "permit") + \
        _state_conflicts(facts, story, _ban_state, "запрет: в каком состоянии", "ban",
                         reported=True)


def _state_conflicts(facts: Sequence[Facts], story: Mapping[int, int],
                     read: Callable[[Facts], Value | None], subject: str, key: str,
                     reported: bool = False) -> list[Group]:
    """`reported`: a state is of its report's day (a ban's words date what it was, «запрет,
    действовавший с 1 октября», not when its lifting was told)."""
    def day(f: Facts) -> str:
        first = (f.sc.published, f.sc.claim.said_on) if reported else \
            (f.sc.claim.said_on, f.sc.published)
        return next((d for d in first if d), "")

    out = []
    for items in per_story(facts, story, read):
        g = Group("status", subject, (key,), timed=False)
        for (fa, va), (fb, vb) in combinations(items, 2):
            if va.value == vb.value or one_voice(fa, fb) or \
                    days_apart(day(fa), day(fb)) > MAX_STATE_DAYS:
                continue
            g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out
