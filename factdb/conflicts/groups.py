"""Groups of conflicting values gathered by the rules, and how one becomes a Conflict.

Every rule (factdb.conflicts.finder, .rules, .statements) collects the pairs of values it
finds in a `Group`; `build` turns a group into one reported conflict, one side per value.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from factdb.conflicts.facts import Facts, Value
from factdb.conflicts.lexicons import ABOUT, AT_LEAST, AT_MOST, BOUND_WORDS
from factdb.models import Claim, Conflict, ConflictSide, StatedDate

V = TypeVar("V")

MAX_CLAIMS = 12  # a conflict naming more claims is too broad to judge (and to score)
MAX_GROUP = 80  # a subject held by more claims than this is too generic to compare
MAX_AGREEING = 12  # claims of one story stating one value past this: a story's refrain


def per_story(facts: Sequence[Facts], story: Mapping[int, int],
              read: Callable[[Facts], V | None]) -> list[list[tuple[Facts, V]]]:
    """What `read` finds in each claim, gathered by story (a report of no story is its
    own), each story's list at most MAX_GROUP long (a story's refrain compares nothing)."""
    index: dict[int, list[tuple[Facts, V]]] = defaultdict(list)
    for f in facts:
        v = read(f)
        if v is not None:
            index[story.get(f.sc.doc_id, -f.sc.doc_id)].append((f, v))
    return [items for items in index.values() if len(items) <= MAX_GROUP]


def one_voice(a: Facts, b: Facts) -> bool:
    """Whether two claims are told by one voice: one report's own words, or one speaker in
    it (one voice telling yes and no, or two states, tells two things, not a dispute)."""
    return a.sc.doc_id == b.sc.doc_id and (
        not a.sc.claim.speaker or a.sc.claim.speaker == b.sc.claim.speaker)


def two_sources(a: Facts, b: Facts) -> bool:
    """Whether one report sets two sources against each other: two claims of it told by
    two speakers, neither the report's own voice («в минздраве повторили, что в стационаре
    трое детей» / a mother: «в больнице лежат семеро наших детей»)."""
    return a.sc.doc_id == b.sc.doc_id and bool(a.sc.claim.speaker and b.sc.claim.speaker) \
        and not one_voice(a, b)


def dates_compatible(a: Facts, b: Facts) -> bool:
    """Two claims can speak of one event unless both are dated to days that differ."""
    da, db = _told_days(a), _told_days(b)
    return not da or not db or bool(da & db) or _ranges_meet(a, b)


def _told_days(f: Facts) -> set[str]:
    """The days a claim dates what it tells: not the day a quote was said, told outside
    it («Ничего такого не было», — сказал во вторник юрист)."""
    c = f.sc.claim
    return {d.date_from for d in c.dates if d.precision == "day" and not quote_said_on(c, d)}


def quote_said_on(c: Claim, d: StatedDate) -> bool:
    """Whether a claim's date is the day its quote was said, told outside the quote."""
    return bool(c.quote) and d.date_from == c.said_on and d.text not in (c.quote or "")


def _ranges_meet(a: Facts, b: Facts) -> bool:
    for x in a.sc.claim.dates:
        for y in b.sc.claim.dates:
            if x.precision != "year" and y.precision != "year" and \
                    x.date_from <= y.date_to and y.date_from <= x.date_to:
                return x.precision != "day" or y.precision != "day"
    return False


@dataclass
class Group:
    """Values of one kind about one subject, gathered before they become a conflict."""

    kind: str
    subject: str
    key: tuple[str, ...]
    pairs: list[tuple[Value, Value, float]] = field(default_factory=list)
    # whether the claims' own dates date the values (a count of the dead on one day);
    # a sum of a bribe is one sum whatever day a report speaks of
    timed: bool = True
    # at most this many claims per side, the shortest first: a title is told in passing in
    # long narrative claims, and one or two of them are evidence enough
    evidence: int | None = None
    by_length: bool = True  # choose that evidence by shortness, else in the pairs' order


def build(g: Group, summary: str, facts: dict[int, Facts]) -> Conflict | None:
    """One conflict from the conflicting pairs of one group: one side per value.

    For counts, every claim kept must be compatible in time with every other kept claim,
    so one conflict never gathers two events (an arrest on 1 July, its extension later)."""
    if not g.pairs:
        return None
    by_value: dict[str, list[Value]] = defaultdict(list)
    kept: list[int] = []
    conf = max(c for _a, _b, c in g.pairs)
    for a, b, _c in sorted(g.pairs, key=lambda p: -p[2]):
        for v in (a, b):
            if g.kind == "count" and g.timed and v.claim not in kept and not all(
                dates_compatible(facts[v.claim], facts[k]) for k in kept
            ):
                continue
            if all((x.claim, x.start) != (v.claim, v.start) for x in by_value[v.value]):
                by_value[v.value].append(v)
                kept.append(v.claim)
    if g.kind == "count":
        _drop_redundant(g, by_value, facts)
    # the best-supported values first; beyond six values the conflict says «they vary»
    values = sorted(by_value, key=lambda k: (-len(by_value[k]), k))[:6]
    if g.kind == "count":
        # a claim telling several counts («19 задержанных, среди них четверо
        # несовершеннолетних») is evidence of its value only while the side has fewer
        # than two claims telling it alone
        for val in values:
            alone = [v for v in by_value[val] if len(facts[v.claim].sc.claim.counts) <= 1]
            mixed = sorted((v for v in by_value[val] if len(facts[v.claim].sc.claim.counts) > 1),
                           key=lambda v: len(facts[v.claim].sc.claim.text))
            # (with no single-count claim, the two shortest mixed ones stand for it)
            by_value[val] = alone + mixed[: max(0, 2 - len(alone))]
    per_side = max(1, MAX_CLAIMS // max(1, len(values)))
    if g.evidence is not None:
        per_side = min(per_side, g.evidence)
        for val in values:
            if g.by_length:
                by_value[val].sort(key=lambda v: len(facts[v.claim].sc.claim.text))
    sides: list[ConflictSide] = []
    spans: dict[str, list[int]] = {}
    shown: dict[str, str] = {}
    for n, val in enumerate(values):
        label = chr(ord("a") + n) if n < 26 else f"s{n}"
        seen: set[int] = set()
        for v in by_value[val][:per_side]:
            if v.claim in seen:
                continue
            seen.add(v.claim)
            sides.append(ConflictSide(v.claim, val, label))
            spans[f"{v.claim}:{label}"] = [v.start, v.end]
            shown.setdefault(val, v.text)
    if len({s.side for s in sides}) < 2:
        return None
    return Conflict(
        kind=g.kind,
        subject=g.subject,
        sides=tuple(sides),
        confidence=round(conf, 2),
        summary=summary.format(values=" vs ".join(f"{shown[v]} ({v})" if shown[v] != v else v
                                                   for v in values)),
        details={"values": values, "key": list(g.key), "spans": spans,
                 "words": {v: shown[v] for v in values}},
    )


def _drop_redundant(g: Group, by_value: dict[str, list[Value]], facts: dict[int, Facts]
                    ) -> None:
    """Drop a bound that only stands with a better-supported value: «больше тысячи»
    agrees with 1 240 and disputes only what 1 240 disputes (860), so it adds no side, and
    showing it beside 1 240 would read as a dispute between the two. (A precise value
    never paired with another, as a toll told before it rose, is kept.)"""
    partners: dict[str, set[str]] = defaultdict(set)
    for a, b, _c in g.pairs:
        partners[a.value].add(b.value)
        partners[b.value].add(a.value)
    for x in sorted(by_value, key=lambda k: (len(by_value[k]), k)):
        if not all(_bounded(v, facts) for v in by_value[x]):
            continue
        for z in by_value:
            # (a figure as well supported stands for a bound too, when the bound is open
            # and the figure is not: «более 500» beside «около 600», both against «1200»)
            if z != x and z not in partners[x] and partners[x] <= partners[z] and (
                    len(by_value[z]) > len(by_value[x]) or len(by_value[z]) == len(by_value[x])
                    and all(_bounded(v, facts, _OPEN_BOUND) for v in by_value[x])
                    and not any(_bounded(v, facts, _OPEN_BOUND) for v in by_value[z])):
                del by_value[x]
                break


_BOUND = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(w) for w in sorted((*AT_LEAST, *AT_MOST, *ABOUT), key=len, reverse=True))
    + r")\s+(?:чем\s+)?$", re.I)


_OPEN_BOUND = re.compile(rf"(?<![\w-])(?:{BOUND_WORDS})\s+(?:чем\s+)?$", re.I)


def _bounded(v: Value, facts: dict[int, Facts], pattern: re.Pattern[str] = _BOUND) -> bool:
    """Whether a value is told as a bound or a round figure («больше тысячи», «около 30»;
    with `_OPEN_BOUND`, only as a bound)."""
    f = facts.get(v.claim)
    if f is None:
        return False
    at = v.start - f.sc.claim.start
    return bool(pattern.search(f.sc.claim.text[max(0, at - 25) : at]))
