"""Conflicts: claims about one subject and one event or time whose values cannot all be true.

`refresh(db)` runs after every ingest batch that changed documents: it reads every stored
claim, reads the facts each one states (what is counted and by which predicate, who gets
which status on which day, which role a person is given, what an event is dated to, what a
death is blamed on), finds the conflicts, clusters equivalent claims (factdb.conflicts.match, with
conflicting pairs vetoed), and rewrites both. It is not incremental: it recomputes from all
claims, but nothing in it is quadratic: claims meet only inside groups keyed by subject
(person, counted noun + predicate + place, event + subject).

Report few, sure conflicts. A value only counts when its role in the sentence is clear:
a count needs its predicate next to it («погибли 38 человек» vs «67 человек на борту» are
different quantities), a status needs a finite or short-participle form («освобожден»,
not «один из арестованных») about a named person on one day, a date conflict needs one
non-recurring event (an arrest, a death, a crash; never calls or meetings, which recur)
dated at precisions where neither contains the other, or one person's death or release
dated to days apart. One statement of one story retold with another number («на борту
находились 168 пассажиров» / «... 176 пассажиров»: alike once the numbers are left out, or
both telling how many were aboard) is a count conflict too. Each rule below says which
non-conflict it keeps out.

Where things are, in this package: lexicons (the words), facts (reading one claim),
people (which person a name, a description or a pronoun means), stories (which documents
tell one story), groups (gathering values and building a conflict), rules (what the story
rules share), money (sums, payments), court (measures, terms, ages, detention dates),
statements (causes, yes/no answers, the hour of an event), report (reading the stored
report), match (clusters).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import combinations, product

from sqlite_utils import Database

from factdb.conflicts import (
    built,
    causes,
    court,
    deadlines,
    firsts,
    harm,
    initiative,
    leaks,
    match,
    money,
    onset,
    origin,
    permits,
    polarity,
    restated,
    resumed,
    shares,
    statements,
    stock,
    strains,
    votes,
)
from factdb.conflicts.agents import doer_conflicts, driver_conflicts, signer_conflicts
from factdb.conflicts.crimes import case_pairs, part_conflicts
from factdb.conflicts.facts import (
    GENERIC,
    GROWN_TO,
    ONE_PERSON,
    PART_BEFORE,
    STILL,
    Facts,
    Value,
    _clause_bounds,
    _figure,
    _lemma,
    _noun_class,
    _person_noun,
    _pos,
    _title,
    between_commas,
    read_facts,
    tokens,
)
from factdb.conflicts.groups import (
    MAX_AGREEING,
    MAX_GROUP,
    Group,
    build,
    dates_compatible,
    two_sources,
)
from factdb.conflicts.lexicons import (
    _NOT_COUNTED,
    _PEOPLE,
    ABOUT,
    ALMOST,
    AT_LEAST,
    AT_MOST,
    COMPATIBLE_CAUSES,
    CURRENT_FRAMES,
    CUSTODY,
    FRAMES,
    INCOMPATIBLE,
    ONCE_FRAMES,
    ROLE_GROUPS,
    number_value,
    ration_after,
)
from factdb.conflicts.people import People
from factdb.conflicts.rules import (
    _SINCE,
    _when,
    another_affair,
    days_apart,
    mark_earlier,
    read_once,
    stated_day,
    tells_day,
)
from factdb.conflicts.stories import stories
from factdb.db import conflicts as store
from factdb.db import load_claims
from factdb.extract.dates import WEEKDAY_GENITIVE
from factdb.extract.grammars import RELATIVE_WORDS
from factdb.models import Conflict, StatedDate, StoredClaim
from factdb.text import fold

KINDS = ("count", "date", "status", "role", "statement")


# ---------------------------------------------------------------- finding conflicts




def _contains(outer: StatedDate, inner: StatedDate) -> bool:
    return outer.date_from <= inner.date_from and inner.date_to <= outer.date_to


def _pair_ok(a: Facts, b: Facts) -> bool:
    return a.sc.id != b.sc.id


def _bound_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of these words (see lexicons.AT_LEAST) right before a number."""
    alts = "|".join(r"\s+".join(w.split()) for w in words)
    return re.compile(rf"\b(?:{alts})\s+$", re.I)


# a count told as a bound (the words: lexicons.AT_LEAST, AT_MOST)
_AT_LEAST = _bound_words(AT_LEAST)
_AT_MOST = _bound_words(AT_MOST)
_ABOUT = _bound_words(ABOUT)
_ALMOST = _bound_words(ALMOST)


# how far past its number a bound reaches: «более 600» is said of 600-odd, not of 1,500
# (news rounds down to a figure near the truth, so two reports of «более 600» and «около
# полутора тысяч» disagree)
_BOUND_REACH = 1.5
# how far a round figure reaches either way: «около 30» is 26 to 34, never 17 or 23
_ABOUT_REACH = 1.15
# a number told in words of tens or hundreds: «двух десятков», «трех сотен», «десятка»
_TENS_WORD = re.compile(r"(?:[а-яё]+\s+)?(?:десят(?:ок|ка|ков|ки)|сот(?:ня|ни|ен|ню))\b", re.I)
_ROUNDING = 0.1  # how far a rounder figure («более 140») may stand from the one it rounds


def _span(f: Facts, v: Value, n: int) -> tuple[float, float]:
    """The numbers a count told with or without a bound allows."""
    # (up to the number: «погибших не меньше 143» holds its bound inside its span)
    digit = re.search(r"\d", v.text)
    at = v.start - f.sc.claim.start + (digit.start() if digit else 0)
    before = f.sc.claim.text[max(0, at - 30) : at]
    if ration_after(f.sc.claim.text, v.end - f.sc.claim.start):
        return n, n  # «не более 20 литров на машину»: the limit is the figure
    if _AT_LEAST.search(before):
        # («более трех десятков» is said of any number short of the next tens' word:
        # 44 cars are more than three dozen)
        return n, n * (2 if _TENS_WORD.match(v.text) else _BOUND_REACH)
    if _AT_MOST.search(before):
        return n / _BOUND_REACH, n
    if _ABOUT.search(before):
        return n / _ABOUT_REACH, n * _ABOUT_REACH
    if _ALMOST.search(before):
        return n / _ABOUT_REACH, n
    return n, n


def _may_agree(a: tuple[Facts, int, Value], b: tuple[Facts, int, Value]) -> bool:
    """Whether two counts can both be true: a bound holds the other number («более 600
    человек» and «650 человек»: a vaguer value that contains a precise one)."""
    (fa, na, va), (fb, nb, vb) = a, b
    lo_a, hi_a = _span(fa, va, na)
    lo_b, hi_b = _span(fb, vb, nb)
    return max(lo_a, lo_b) <= min(hi_a, hi_b)


def _beside_precise(items: Sequence[tuple[Facts, int, Value]]
                    ) -> list[tuple[Facts, int, Value]]:
    """A group's counts without the vague values («более 140») that round a precise value
    another claim tells (143, within a tenth): a rounder account of the same figure, it
    would stand on a side of its own against the number it agrees with. A hedge of the
    same number («по меньшей мере двое» beside «двое погибших») stays, and so does a
    bound far from the figure it holds («не более 480» holds 312 told days before)."""
    spans = [_span(f, v, n) for f, n, v in items]
    points = {lo for lo, hi in spans if lo == hi}
    return [(f, n, v) for (f, n, v), (lo, hi) in zip(items, spans, strict=True)
            if lo == hi or not any(lo <= p <= hi and p != n and abs(p - n) <= p * _ROUNDING
                                   for p in points)]


def _citizens_of_the_story(facts: Sequence[Facts], story: dict[int, int]) -> None:
    """«12 граждан республики», «соотечественников» name no country: they are citizens of
    the one country the story's other counts of citizens name, else no one's; so are
    tourists counted with no country."""
    countries: dict[int, set[str]] = defaultdict(set)
    held: dict[int, set[str]] = defaultdict(set)  # citizens counted as held or freed
    now: dict[int, set[str]] = defaultdict(set)  # citizens counted of the story's own time
    for f in facts:
        for frame, cls, _n, _v in f.counts:
            if cls.startswith("граждане: ") and cls != "граждане: ?":
                countries[story.get(f.sc.doc_id, -1)].add(cls)
                if frame in _HELD_FRAMES:
                    held[story.get(f.sc.doc_id, -1)].add(cls)
                if not _another_time(f):
                    now[story.get(f.sc.doc_id, -1)].add(cls)
    for f in facts:
        # (another year's tourists, «в 2024 году отравились 40 туристов из Чехии», are
        # another story's)
        known = now.get(story.get(f.sc.doc_id, -1), set())
        if len(known) == 1 and any(cls == "турист" for _fr, cls, _n, _v in f.counts):
            # «в клинику попали 19 туристов» in a story that counts one country's
            # citizens only: those tourists are that country's («27 граждан России»)
            _relabel_counts(f, "турист", next(iter(known)))
        if unknown := [fr for fr, cls, _n, _v in f.counts if cls == "граждане: ?"]:
            known = countries.get(story.get(f.sc.doc_id, -1), set())
            if all(fr in _HELD_FRAMES for fr in unknown) and \
                    len(of_held := held.get(story.get(f.sc.doc_id, -1), set())) == 1:
                # «суд продлил арест девятерым из них» in a story of Russians held abroad
                # and of natives of that country who died at home: the held ones' country
                known = of_held
            if len(known) != 1:
                # two countries' citizens in one story (an exchange): «наших
                # соотечественников» may be either side's, so the count is no one's
                f.counts = [x for x in f.counts if x[1] != "граждане: ?"]
                continue
            _relabel_counts(f, "граждане: ?", next(iter(known)))


def _relabel_counts(f: Facts, old: str, new: str) -> None:
    """The claim's counts of class `old` as counts of class `new`."""
    f.counts = [(fr, new if cls == old else cls, n,
                 Value(v.claim, v.start, v.end, v.text, v.value, new if v.key == old else v.key))
                for fr, cls, n, v in f.counts]


_HELD_FRAMES = {"custody", "extension", "still_held", "released"}

_MORE = re.compile(r"\bещ[её]\s+$", re.I)
# «остаются еще 15 человек»: after a verb of remaining «еще» is «still», and the count
# is the whole that remains
_STILL_MORE = re.compile(r"\b(?:оста\w*|находя\w*|наход\w+)\s+ещ[её]\s+$", re.I)


def _additions(facts: Sequence[Facts]) -> set[tuple[int, int]]:
    """Counts told as more of what the report has just counted: «задержаны девять
    россиян. Еще трое были доставлены на заставу» — three besides the nine, not a rival
    of nine. (A count of another predicate, «погибли 4, еще 16 получили травмы», is its
    own total.) As (claim, start) of the count's value."""
    by_doc: dict[int, list[Facts]] = defaultdict(list)
    for f in facts:
        by_doc[f.sc.doc_id].append(f)
    out: set[tuple[int, int]] = set()
    for items in by_doc.values():
        items.sort(key=lambda f: f.sc.claim.start)
        for i, f in enumerate(items):
            c = f.sc.claim
            for frame, _cls, _n, v in f.counts:
                if not _MORE.search(c.text[max(0, v.start - c.start - 8) : v.start - c.start]):
                    continue
                told = [(fr, x.start) for g in items[max(0, i - 1) : i + 1]
                        for fr, _c, _m, x in g.counts]
                # (a toll told as more, «обнаружили тела еще троих», adds to the toll
                # wherever the rest was told; unless its claim sets it against another
                # toll: «погибли 4, еще 16 получили травмы»)
                alone = frame in _TOLLS and not any(fr in _TOLLS and fr != frame
                                                    for fr, _c, _m, _x in f.counts)
                # («еще двое фигурантов могут пойти на сделку»: others than those
                # the story counts, never their whole number; but «остаются еще 15» is)
                alone = alone or frame not in _TOLLS and not _STILL_MORE.search(
                    c.text[max(0, v.start - c.start - 30) : v.start - c.start])
                if alone or any(fr == frame and at != v.start for fr, at in told):
                    out.add((v.claim, v.start))
    return out


def _count_conflicts(facts: Sequence[Facts], story: dict[int, int] | None = None,
                     changes: set[tuple[int, str, int]] | None = None,
                     more: set[tuple[int, int]] | None = None) -> list[Group]:
    # Claims meet in groups of (predicate, counted class, place), never all pairs.
    index: dict[tuple[str, str, str], list[tuple[Facts, int, Value]]] = defaultdict(list)
    place_df: Counter[str] = Counter()
    story = story or {}
    _citizens_of_the_story(facts, story)
    more = _additions(facts) if more is None else more
    crafts = _report_crafts(facts)
    # «число жертв выросло до 11»: the toll as of the report; a later report of fewer
    # disputes it (tolls do not fall), an earlier or a larger one tells of the rise
    updated: set[tuple[int, int]] = set()
    official = _official_figures(facts)
    for f in facts:
        place_df.update(f.places)
        other = _another_time(f)
        if other and not any(x[0] in _OF_A_YEAR for x in f.counts) and (
                not any(x[0] in _AVERAGED for x in f.counts)
                or _another_time(f, averaged=True)):
            continue
        # (an update's counts are compared only as the toll it grew to)
        grown = _grown_to(f) if _told_as_update(f) else None
        for frame, cls, n, v in f.counts:
            if other and frame not in _AVERAGED and frame not in _OF_A_YEAR:
                continue
            if (v.claim, v.start) in more or grown is not None and not grown and \
                    frame not in _DECIDED:
                continue
            if grown and frame not in _DECIDED:
                if frame not in _TOLLS or (v.claim, v.start) not in grown:
                    continue
                updated.add((v.claim, v.start))
            if _snapshot(f, frame, v):
                continue  # «к 10:00 отменены 42 рейса»: a running count as of an hour
            if _possible(f, v):
                continue  # «могут быть высланы до двадцати»: what may be, no figure
            if frame in _TOLLS and cls == "люди" and PART_BEFORE.search(
                    f.sc.claim.text[max(0, v.start - f.sc.claim.start - 25) :
                                    v.start - f.sc.claim.start]):
                # «Из них 12 умерли в Ивановской области»: a part of a group told (not a
                # kind of people in it, «в том числе 12 детей»: the children's count)
                continue
            craft = _craft(f, v) or (crafts.get(f.sc.doc_id) if _on_board(f, v, True) else None) \
                or _one_vehicle(f, v) if frame == "aboard" else None
            if craft:
                # «на борту «Северной звезды-7» было 13 моряков» and «экипаж «Северной звезды-7»
                # состоял из четырнадцати»: one named ship's (plane's) people, one count
                index[(frame, cls, craft)].append((f, n, v))
                continue
            if frame == "aboard" or frame in CURRENT_FRAMES or frame.startswith(GENERIC):
                # (a count framed by its verb alone is compared only where the claims read
                # alike: _restated_counts)
                # how many were on board is not disputed by how many died; how many are
                # still in hospital falls day by day and is never a rival of anything
                continue
            if frame == "sought_help":
                frame = "injured"  # after an accident, those who sought help are the hurt
            if frame in _ONE_GROUP and cls == "работники":
                cls = "люди"  # «отрезаны девять горняков» / «под завалом оказались 11 человек»
            # a quantity a story's one event has once is told with the city by one report
            # and the region by another: the story, not the place, makes it one
            places = {""} if frame in _STORY_WIDE else f.places
            for place in sorted(places or {""}):  # (in order: ties keep one place in every run)
                index[(frame, cls, place)].append((f, n, v))
    # A report that names no place may speak of any place's event of its kind: it joins
    # each place's group, and must then share a day or a meaningful word with the other.
    # (not a place told as the neighbour of the story's: «в соседнем районе огонь уничтожил
    # пять домов» is another event, which a report naming no place does not tell of)
    for (frame, cls, place), items in list(index.items()):
        if place and not all(_NEIGHBOURING.search(f.sc.claim.text) for f, _n, _v in items):
            index[(frame, cls, place)] = items + index.get((frame, cls, ""), [])
    _shares_apart(index)
    # a report's headline restates the toll its body tells as grown: «пять погибших» above
    # «число погибших выросло до пяти» is that update too
    grown_told = {(f.sc.doc_id, key[:2], n) for key, items in index.items()
                  for f, n, v in items if (v.claim, v.start) in updated}
    updated |= {(v.claim, v.start) for key, items in index.items() for f, n, v in items
                if (f.sc.doc_id, key[:2], n) in grown_told}
    # each disagreeing pair once, under the most specific place both name (Баку before
    # Россия), so one event makes one conflict and two events never share one
    best: dict[tuple[int, int, int, int], tuple[int, str, str, str, Value, Value, float]] = {}
    days = _value_days(index)
    changes = _told_as_change(facts, story) if changes is None else changes
    apart = _two_stories(story, facts)
    for (frame, cls, place), items in index.items():
        if len(items) > MAX_GROUP or len({n for _f, n, _v in items}) < 2:
            continue
        # those held in a case, told by a report as its total so far («всего по делу
        # задержаны трое»), grow as the arrests go on
        running = frame == "custody" and any(_CASE_TOTAL.search(f.sc.claim.text)
                                             for f, _n, _v in items)
        for (fa, na, va), (fb, nb, vb) in combinations(_beside_precise(items), 2):
            if na == nb or not _pair_ok(fa, fb) or not dates_compatible(fa, fb) or \
                    not _tolls_comparable(frame, (fa, na), (fb, nb), days[(frame, cls)],
                                          official, running) or \
                    _may_agree((fa, na, va), (fb, nb, vb)):
                continue
            if frame in _NIGHTLY and _night(fa) != _night(fb):
                continue  # drones of two nights' attacks
            if frame == "calls" and _calls_apart(fa, fb):
                continue  # calls of two nights, or of a night and a whole day
            if frame == "attended" and _gathered_apart(fa, va, fb, vb):
                continue  # a crowd at dawn and the next day's rally: two gatherings
            if not _update_disputed(((fa, na, va), (fb, nb, vb)), updated, days[(frame, cls)]):
                continue
            if min(na, nb) == 0 and not _none_comparable(fa, fb, frame):
                continue
            unplaced = not fa.places or not fb.places
            sa, sb = story.get(fa.sc.doc_id, -1), story.get(fb.sc.doc_id, -2)
            if (sa, cls, na) in changes or (sb, cls, nb) in changes:
                continue
            if apart(fa, fb):
                continue  # two stories of several reports each: two events
            # one story has one toll of dead or injured; people detained, freed or
            # evacuated come in many groups (two at an office, eight in court)
            # (and none held or hurt is told of the whole story: «никто из участников
            # налета не задержан» denies every detention of it)
            one_story = (frame in _ONE_PER_STORY or min(na, nb) == 0 or
                         place.startswith((_CRAFT, _VEHICLE_KEY)) or
                         # (those led out, told by two claims naming no place: the story's
                         # one evacuation, not two groups of it; not a total of several
                         # places, «всего из трех сел вывезены»)
                         frame == "evacuated" and _one_evacuation(fa, fb) or
                         frame == "custody" and _in_operation(fa, va) and
                         _in_operation(fb, vb)) and sa == sb
            if (cls == "люди" or unplaced) and not (_same_story(fa, fb) or one_story):
                # «5 человек погибли в Казани» in a fire and «2 человека» in a crash: a
                # common noun and a city are not enough to make one event
                continue
            pair = (va.claim, va.start, vb.claim, vb.start)
            rank = place_df[place] if place else 1 << 30
            if pair not in best or rank < best[pair][0]:
                conf = 0.8 + (0.1 if place and not unplaced else 0.0)
                best[pair] = (rank, frame, cls, place, va, vb, conf)
    groups: dict[tuple[str, str, str, int], Group] = {}
    owner: dict[tuple[str, str, int], tuple[str, str, str, int]] = {}  # claim -> its group
    doc_of = {f.sc.id: f.sc.doc_id for f in facts}
    for _rank, frame, cls, place, va, vb, conf in sorted(best.values(), key=lambda t: t[0]):
        # one group per story too: two stories' tolls in one region are two events
        key = (frame, cls, place, story.get(doc_of[va.claim], -1))
        # a claim already in a group of a more specific place takes the pair there: one
        # report naming both «Баку» and «России» must not split one event in two
        for v in (va, vb):
            key = owner.get((frame, cls, v.claim), key)
        g = groups.get(key)
        if g is None:
            g = groups[key] = Group(
                "count", _count_label(frame, cls)
                + (f" ({_title(key[2])})" if key[2] else ""), key[:3])
        g.pairs.append((va, vb, conf))
        for v in (va, vb):
            owner.setdefault((frame, cls, v.claim), key)
    _join_shared_values(groups, owner)
    _widen(groups, index, owner, story, days)
    return list(groups.values())


# a running count told as of an hour of its day: «к 10:00 на табло значились 42
# отмененных рейса», «к середине дня», «к обеду 18 ноября без тепла оставались 37 домов»
# (it rivals no report's count of the whole day)
_SNAPSHOT = re.compile(r"(?<![а-яё])к\s+(?:\d{1,2}[:.]\d\d|середине\s+дня|полудню|обеду|"
                       r"утру|началу\s+дня|\d{1,2}\s+(?:час\w*\s+)?(?:утра|дня|вечера))"
                       r"(?![а-яё\d])|\bby\s+(?:noon|midday|\d{1,2}[:.]\d\d)", re.I)


# ... or as of a part of a weekday, wherever the claim says it: «По данным ведомства на
# вечер воскресенья, погибли трое» (a report that gives no date of its own)
# (or by it: «к вечеру субботы погибших было трое»)
_AS_OF_PART = re.compile(r"\b(?:на\s+(?:утро|вечер|полдень|ночь|середину\s+дня)|к\s+(?:утру|вечеру|"
                         rf"полудню|ночи|середине\s+дня))\s+(?:{WEEKDAY_GENITIVE})\b", re.I)


_TOTAL_OF_MANY = re.compile(r"(?<![а-яё])(?:всего|в\s+общей\s+сложности|в\s+целом|"
                            r"из\s+(?:[\w-]+\s+)?(?:населенн\w+\s+пункт|сел|деревен|район|"
                            r"домов|зданий)\w*)(?![а-яё])", re.I)


def _one_evacuation(a: Facts, b: Facts) -> bool:
    """Whether two counts of those led out tell the story's one evacuation: neither claim
    names a place or a total of several."""
    return not a.places and not b.places and not any(
        _TOTAL_OF_MANY.search(f.sc.claim.text) for f in (a, b))


def _none_comparable(a: Facts, b: Facts, frame: str = "") -> bool:
    """Whether «none» in one claim can deny a count in the other: told on one day, by
    two reports (a report telling none of a place and a count of the region tells of two
    groups), of one place or of none (not a named place's none against an unplaced
    count, which may be the region's or another night's). None missing and one still
    missing compare over a day too: the family's next-day «до сих пор не вернулся» tells
    of the day the official none was said."""
    da, db = ((_moment(f) or _report_day(f) or "")[:10] for f in (a, b))
    reach = 1 if frame == "missing" else 0
    return bool(da) and bool(db) and days_apart(da, db) <= reach and \
        a.sc.doc_id != b.sc.doc_id and bool(a.places) == bool(b.places)


def _snapshot(f: Facts, frame: str, v: Value) -> bool:
    """Whether a count that changes through its day is told as of an hour of it."""
    text, at = f.sc.claim.text, v.start - f.sc.claim.start
    lo = _clause_bounds(text, at)[0]
    if frame in _HELD_OVERNIGHT:
        # «по состоянию на 23:00 задержаны 19», «к 10:00 — 38»: a count of a night of
        # arrests runs through it; the figure of a clock hour rivals no night's total (the
        # tally «к утру» is that total)
        m = _SNAPSHOT.search(text[lo:at])
        return bool(m and re.search(r"\d", m.group(0)) or _as_of_hour(text[lo:at]))
    if frame not in _RUNNING:
        return False
    m = _SNAPSHOT.search(text[lo:at])
    if m and m.group(0).lower().endswith("утру") and any(
            d.precision == "day" and 0 <= d.start - f.sc.claim.start - lo - m.end() <= 2
            for d in f.sc.claim.dates):
        m = None  # «к утру 4 ноября»: a day and its part, which _moment reads
    return m is not None or _AS_OF_PART.search(text[:at]) is not None


# a ship, a plane, a train named in quotes or by its flight: «Северная звезда-7», «рейс SU-1402»
_CRAFT = "судно: "
_CRAFT_NAME = re.compile(r"«([^«»]{2,40})»|\bрейс\w*\s+([A-ZА-Я0-9]{1,3}[- ]?\d{2,5})\b")


def _craft(f: Facts, v: Value) -> str | None:
    """The one named vessel a count of people aboard is of, in the words before it (its
    inflection folded: «Северная звезда-7» and «Северной звезды-7» are one)."""
    text, at = f.sc.claim.text, v.start - f.sc.claim.start
    names = {_craft_key(m.group(1) or m.group(2))
             for m in _CRAFT_NAME.finditer(text[max(0, at - 80) : at])}
    return _CRAFT + names.pop() if len(names) == 1 else None


# the one vehicle of a story, named in the singular right before those aboard it: «в
# автобусе ехали 14 детей», «в кабине лифта находились четыре человека» (not one of several,
# «во втором автобусе», «в вагоне № 5», nor the plural «в вагонах»)
_ONE_VEHICLE = re.compile(r"(?<![а-яё])(?:(?:в|на)\s+(?P<v>автобусе|микроавтобусе|маршрутке|"
                          r"электричке|поезде|катере|лодке|пароме|теплоходе|самолете|вертолете|"
                          r"кабине|лифте|машине|автомобиле|подъемнике|подъёмнике|канатке|"
                          r"фуникулере)|"
                          # (all taken off it: «всего с подъемника сняты 72 человека»)
                          r"(?:с|из)\s+(?P<from>автобуса|самолета|вертолета|поезда|парома|"
                          r"теплохода|кабины|лифта|подъемника|подъёмника|канатки|фуникулера))"
                          r"(?!\s*№)(?![а-яё])", re.I)
_VEHICLE_KEY = "транспорт: "
# (a chairlift by its everyday names is one vehicle)
_ONE_VEHICLE_NAMES = {"канатка": "подъемник", "подъёмник": "подъемник", "фуникулер": "подъемник"}


def _one_vehicle(f: Facts, v: Value) -> str | None:
    """The vehicle a count of those aboard is of, when its clause names one in the
    singular as the story's («в автобусе ехали 14 детей» and «в автобусе находились 17
    детей» are one count)."""
    text, at = f.sc.claim.text, v.start - f.sc.claim.start
    lo, hi = _clause_bounds(text, at)
    # (the noun right after its preposition: «во втором автобусе» names one of several)
    found = [m.group("v") or m.group("from") for m in _ONE_VEHICLE.finditer(text, lo, hi)]
    if len(found) != 1:
        return None
    lem = _lemma(found[0].lower())
    return _VEHICLE_KEY + _ONE_VEHICLE_NAMES.get(lem, lem)


def _craft_key(name: str) -> str:
    """A vessel's name with its inflection folded: each word cut to five letters."""
    return re.sub(r"[а-яё]+", lambda w: w.group(0)[:5], fold(name))


# a count of what may be or might have been: «могут быть высланы до двадцати», «число жертв
# может достигать 40», «могли бы пострадать сотни»
_POSSIBLY = re.compile(r"\b(?:мо(?:жет|гут|гл[аои]?)|возможно)\b", re.I)


# a condition the count is told in: «Если выяснится, что пострадали больше 500
# клиентов, банку грозит штраф» (not past its «то»: «если утром было пять, то к
# вечеру двенадцать»)
_IF_BEFORE = re.compile(r"(?<![а-яё])(?:если|в\s+случае)(?![а-яё])(?![^.;!?]*?[,—–]\s*то\b)"
                        r"[^.;!?]*$", re.I)


_COMMA = re.compile(r",\s*")
# the words after a comma that go on with a condition rather than end it
_GOES_ON = re.compile(r"(?:что|чтобы|как|где|когда|котор\w+|если|и|или)(?![а-яё])", re.I)


def _conditional(f: Facts, v: Value) -> bool:
    """Whether a count is told in a condition («если ...»): not past the condition's end,
    a comma the main clause follows («Если верить полиции, задержаны только трое»;
    but «Если выяснится, что ...» goes on)."""
    text = f.sc.claim.text
    low = text.lower()
    if "если" not in low and "случае" not in low:
        return False  # (a cheap test first: it is asked of every count)
    at = v.start - f.sc.claim.start
    m = _IF_BEFORE.search(text, max(0, at - 120), at)
    return m is not None and not any(
        not _GOES_ON.match(text, comma.end())
        for comma in _COMMA.finditer(text, m.start(), at))


def _possible(f: Facts, v: Value) -> bool:
    """Whether a count is told as a possibility in its clause, before its number, or in
    a condition."""
    if _conditional(f, v):
        return True
    text = f.sc.claim.text
    at = v.start - f.sc.claim.start
    if not _POSSIBLY.search(text):
        return False  # (a cheap test first: most counts are told as facts)
    lo, _hi = _clause_bounds(text, at)
    return bool(_POSSIBLY.search(text, lo, at))


_NEIGHBOURING = re.compile(r"\b(?:в|на)\s+соседн\w+", re.I)


# a vessel named after the word for its kind: «теплоход «Кедр»», «самолет «Аэрофлота»» is
# no vessel's name but a carrier's (left to the words before a count: _craft)
_VESSEL_NAMED = re.compile(r"\b(?:теплоход|судн|катер|паром|яхт|барж|буксир|траулер|сейнер|"
                           r"танкер|сухогруз|лайнер)\w*\s+«([^«»]{2,40})»", re.I)


def _report_crafts(facts: Sequence[Facts]) -> dict[int, str]:
    """The one vessel each report names by its kind, for its counts of people aboard
    that name none («на борту было 40 человек» in a report of «теплоход «Кедр»»);
    a report of two vessels has none."""
    names: dict[int, set[str]] = defaultdict(set)
    for f in facts:
        for m in _VESSEL_NAMED.finditer(f.sc.claim.text):
            names[f.sc.doc_id].add(_craft_key(m.group(1)))
    return {doc: _CRAFT + next(iter(n)) for doc, n in names.items() if len(n) == 1}


# an operation's whole haul: «в ходе спецоперации задержаны 16 человек», «по итогам
# рейда», «в результате обысков» (one story's operation is one event; two of its groups
# held at two sites are told without it)
_OPERATION = re.compile(r"\b(?:в\s+ходе|в\s+результате|по\s+итогам|во\s+время)\s+"
                        r"(?:[а-яё-]+\s+){0,3}?(?:спец)?(?:операци|рейд|облав|обыск|"
                        r"мероприяти|зачистк)", re.I)


def _in_operation(f: Facts, v: Value) -> bool:
    """Whether a count of people held is told as the haul of an operation."""
    text, at = f.sc.claim.text, v.start - f.sc.claim.start
    lo = _clause_bounds(text, at)[0]
    return _OPERATION.search(text[lo:at]) is not None


# counts of people held that rise through a night of unrest, as one report tells by the hour
_HELD_OVERNIGHT = {"custody"}


# counts of an attack that comes night after night: each night's its own
_NIGHTLY = {"downed", "downed_total"}


# the period a count of calls covers: «за ночь», «в ночь на вторник», «за сутки»
_CALL_PERIOD = re.compile(r"(?<![а-яё])(?:за|в)\s+(?:(?:эту|ту\s+же|одну|первую)\s+)?"
                          r"(ночь|сутки|день|час|неделю)(?![а-яё])", re.I)


def _calls_apart(fa: Facts, fb: Facts, alike: bool = False) -> bool:
    """Whether two counts of calls may be of two periods: a tally as of an hour or since a
    day («к середине дня поступило более 3 тысяч обращений», «с четверга больше 9 тысяч»),
    two periods named, or one period of two nights or days («за ночь в ЕДДС поступило 143
    звонка» / «диспетчеры приняли 612 звонков за ночь с понедельника на вторник» are one)."""
    if any(_SNAPSHOT.search(f.sc.claim.text) or _RUNNING_TALLY.search(f.sc.claim.text)
           for f in (fa, fb)):
        return True
    pa, pb = (_CALL_PERIOD.search(f.sc.claim.text) for f in (fa, fb))
    if pa is None and pb is None:
        # (claims that read alike tell one tally of the story's whole: «за дни голосования в
        # комиссию поступили 18 жалоб» / «за время кампании в комиссию поступило двадцать
        # семь жалоб»; others may count what other bodies took)
        return not alike
    return pa is None or pb is None or pa.group(1).lower() != pb.group(1).lower() or \
        _night(fa) != _night(fb)


# a tally since a day, or so far, which grows (as of an hour: _SNAPSHOT; or of the evening)
_RUNNING_TALLY = re.compile(rf"(?<![а-яё])(?:к\s+вечеру|с\s+(?:{WEEKDAY_GENITIVE}|начала|утра|"
                            r"вечера)(?!\s+на\s)|уже)(?![а-яё])", re.I)


def _night(f: Facts) -> str | None:
    """The day a claim's count of a nightly attack is of: the day it states, else the day
    it was told («в ночь на 20 ноября»; «за ночь сбиты 23» in a report of 19 November)."""
    return stated_day(f) or _report_day(f)


def _join_shared_values(groups: dict[tuple[str, str, str, int], Group],
                        owner: dict[tuple[str, str, int], tuple[str, str, str, int]]) -> None:
    """Two groups of one thing counted in one story that share a value are one dispute
    told under two places («47 detained» against «120» in the capital, «47» against «63»
    where a report names a second town too): the later joins the earlier, so each side
    holds every report of its number."""
    keys = list(groups)
    for i, key in enumerate(keys):
        g = groups.get(key)
        if g is None:
            continue
        mine = {v.value for a, b, _c in g.pairs for v in (a, b)}
        for other in keys[i + 1:]:
            h = groups.get(other)
            if h is None or other[:2] != key[:2] or other[3] != key[3] or \
                    not mine & {v.value for a, b, _c in h.pairs for v in (a, b)}:
                continue
            g.pairs += h.pairs
            mine |= {v.value for a, b, _c in h.pairs for v in (a, b)}
            del groups[other]
            for k, o in owner.items():
                if o == other:
                    owner[k] = key


# the times of one day a count is told at: «к утру», «еще вечером», «по состоянию на 20:00»
_TIMES_OF_DAY = re.compile(r"\b(?:утр\w*|вечер\w*|ноч\w*|днем|сначала|затем|позже|позднее|"
                           r"по\s+состоянию\s+на|by\s+(?:morning|evening)|later)\b", re.I)


def _of_class(f: Facts, cls: str) -> int:
    """How many counts of one counted thing a claim tells."""
    return sum(1 for _frame, c, _n, _v in f.counts if c == cls)


# more told on a later day, after a dash: «, а 6 марта — еще одного», «, еще двоих — позже»
_ONE_MORE = re.compile(r"[^.;!?]*?[,:]\s*(?:а\s+)?[^,.;:!?—–]{0,40}?[—–]\s*ещ[её]\s+"
                       r"(одн\w+|\d+|[а-яё]+)", re.I)
_TOTAL = re.compile(r"\b(?:всего|в\s+общей\s+сложности|общее\s+число|итого)\b[^.;!?]*$", re.I)


def _told_as_change(facts: Sequence[Facts], story: dict[int, int]) -> set[tuple[int, str, int]]:
    """(story, counted class, number) of the earlier number of a count a report tells at
    two times of a day («к утру насчитали 63 задержанных, еще вечером говорили о 38»):
    a count that grew, so the smaller number was superseded and rivals nothing in the
    story."""
    out = set()
    for f in facts:
        text, base = f.sc.claim.text, f.sc.claim.start
        for _frame, cls, n, v in f.counts:
            # «5 марта выслал двух дипломатов, а 6 марта — еще одного»; «всего трех:
            # двоих — 5 марта, еще одного — на следующий день»: the count grew by more
            # told on a later day, so the number before the addition was superseded
            more = _ONE_MORE.match(text, v.end - base)
            if more is None:
                continue
            added = 1 if more.group(1).startswith("одн") else number_value(more.group(1))
            total = _TOTAL.search(text[: v.start - base]) is not None
            if added and (not total or n > added):
                out.add((story.get(f.sc.doc_id, -1), cls, n - added if total else n))
        # (a time told before the later number: not «говорит о девяти, однако доставили
        # более 50 — многих отпустили лишь поздно вечером», two sources' counts)
        if len(f.counts) < 2 or not _TIMES_OF_DAY.search(
                text, 0, max(v.end for *_x, v in f.counts) - base):
            continue
        by_class: dict[str, set[int]] = defaultdict(set)
        for _frame, cls, n, _v in f.counts:
            by_class[cls].add(n)
        for cls, numbers in by_class.items():
            if len(numbers) == 2:
                out.add((story.get(f.sc.doc_id, -1), cls, min(numbers)))
    return out


def _widen(groups: dict[tuple[str, str, str, int], Group],
           index: dict[tuple[str, str, str], list[tuple[Facts, int, Value]]],
           owner: dict[tuple[str, str, int], tuple[str, str, str, int]],
           story: dict[int, int], days: Mapping[tuple[str, str], Mapping[int, str]]) -> None:
    """Each side of a count conflict gets every claim of the story that states its value
    of the same thing: «25 detained» said by the police in a report naming the region
    belongs beside «25 detained» of a report naming the city."""
    for key, g in groups.items():
        frame, cls, _place, _story = key
        values: dict[str, Value] = {}
        members: set[int] = set()
        stories_in: set[int] = set()
        facts_of: dict[int, Facts] = {}
        number: dict[int, int] = {}
        for va, vb, _c in g.pairs:
            for v in (va, vb):
                values.setdefault(v.value, v)
                members.add(v.claim)
        for (f2, f3, _p), items in index.items():
            if (f2, f3) != (frame, cls):
                continue
            for f, n, _v in items:
                facts_of[f.sc.id] = f
                number[f.sc.id] = n
        stories_in = {story.get(facts_of[m].sc.doc_id, -1) for m in members if m in facts_of}
        conf = min(c for _a, _b, c in g.pairs)
        for (f2, f3, _p), items in index.items():
            if (f2, f3) != (frame, cls):
                continue
            for f, n, v in items:
                if v.claim in members or v.value not in values or \
                        owner.get((frame, cls, v.claim), key) != key or \
                        story.get(f.sc.doc_id, -2) not in stories_in:
                    continue
                other = next(x for val, x in values.items() if val != v.value)
                fo = facts_of[other.claim]
                if not dates_compatible(f, fo):
                    continue
                # (evidence of a side must itself dispute the other: a toll told the next
                # day is the rise, not a rival, of the smaller one told the day before)
                if not _tolls_comparable(frame, (f, n), (fo, number[other.claim]),
                                         days.get((frame, cls), {})) or \
                        _may_agree((f, n, v), (fo, number[other.claim], other)):
                    # (nor may its bound hold the other's figure: «более трех десятков»
                    # beside «более 30» holds the 44 the other side tells)
                    continue
                g.pairs.append((v, other, conf))
                members.add(v.claim)


def _gathered_apart(fa: Facts, va: Value, fb: Facts, vb: Value) -> bool:
    """Whether two crowds' counts are of two days: one names a day in its count's clause
    («собрались в воскресенье») and the other's day (its own, else the day it was told)
    is another."""
    def day(f: Facts, v: Value) -> tuple[str, bool]:
        # (the day nearest the count in its clause: «собрались в воскресенье там, где в
        # ночь на субботу снесли дом» gathered on Sunday)
        c = f.sc.claim
        lo, hi = _clause_bounds(c.text, v.start - c.start)
        own = sorted((abs(d.start - v.start), d.date_from) for d in c.dates
                     if d.precision == "day" and lo <= d.start - c.start < hi)
        return (own[0][1], True) if own else (_when(f)[:10], False)

    (da, told_a), (db, told_b) = day(fa, va), day(fb, vb)
    return (told_a or told_b) and bool(da) and bool(db) and da != db


def _day_of(f: Facts) -> str | None:
    """The one day a claim speaks of: its stated day, else (stating none) the day it was
    told."""
    if tells_day(f):
        return stated_day(f)
    return _when(f) or None


# days apart two current counts compare: how many are in hospital changes day by day;
# how many a country holds in its jails, by the week («в местах лишения свободы
# находятся девять граждан» on a Friday against «в тюрьмах сейчас находятся 11» on
# Monday). A later, smaller count of those held is some let go («под стражей остаются
# четверо», then «трое»), no dispute. Every frame of CURRENT_FRAMES has its reach (one
# without crashed the rule); travellers stranded are counted over a day and the next.
_CURRENT_REACH = {"in_hospital": 0, "grave": 0, "still_held": 3, "in_shelter": 0, "stranded": 1}


_MANY_STOPS = re.compile(r"(?<![а-яё])(?:аэропорт|аэровокзал|вокзал)(?:ах|ов|ы)(?![а-яё])", re.I)


def _waits_in_many(f: Facts) -> bool:
    """Whether a claim counts those waiting in many places (airports, or two places named;
    «Сочи» and «Сочи порт» are one place's names)."""
    own = {p for p in f.places if not any(q != p and q in p for q in f.places)}
    return bool(_MANY_STOPS.search(f.sc.claim.text)) or len(own) > 1


def _current_counts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """How many are in hospital (or still held) now falls and rises, so two reports'
    figures compare only for one day (or a few): «по состоянию на 9:00 в стационарах
    находятся 27 детей» vs «в стационарах находились 34 ребенка», both of one morning."""
    index: dict[tuple[str, str, int], list[tuple[Facts, int, Value, str]]] = defaultdict(list)
    for f in facts:
        day = _day_of(f)
        if day is None or _other_time(f):
            continue
        for frame, cls, n, v in f.counts:
            if frame in CURRENT_FRAMES:
                index[(frame, cls, story.get(f.sc.doc_id, -f.sc.doc_id - 1))].append(
                    (f, n, v, day))
    out = []
    for (frame, cls, _s), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("count", _count_label(frame, cls),
                  (frame, cls, "same day"), timed=False)
        for (fa, na, va, da), (fb, nb, vb, db) in combinations(items, 2):
            if na == nb or fa.sc.doc_id == fb.sc.doc_id and not _set_against(fa, da, fb, db) \
                    or days_apart(da, db) > _CURRENT_REACH[frame]:
                continue
            if da != db and (na > nb) == (da < db) or _two_parts_of_a_day(fa, fb):
                continue  # fewer held later: released meanwhile
            if frame == "stranded" and _waits_in_many(fa) != _waits_in_many(fb):
                continue  # one airport's waiting hall is a part of all the airports'

            g.pairs.append((va, vb, 0.65))
        out.append(g)
    return out


# verbs of being somewhere, which count those present at a moment, not a tally kept
_STATIVE = frozenset({"находиться", "присутствовать", "стоять", "сидеть"})


def _past_count(f: Facts, v: Value, frame: str) -> bool:
    """Whether a count of a verb of being somewhere, outside the lexicon, is told in the
    past tense in its clause («на секции находились около 120 человек»): of a moment gone
    by, which a report days later tells of as well (of one thing in the clause:
    `_restated_counts`)."""
    from factdb.extract.nlp import tenses

    verb = frame.removeprefix(GENERIC)
    if verb not in _STATIVE:
        return False  # «подписали 200 человек», «допросили пятерых»: a tally that grows
    text = f.sc.claim.text
    lo, hi = between_commas(text, v.start - f.sc.claim.start, v.end - f.sc.claim.start)
    verbs = [t.w for t in tokens(text[lo:hi]) if _lemma(t.w) == verb]
    return bool(verbs) and all(tenses(w) == {"past"} for w in verbs)


def _set_against(fa: Facts, da: str, fb: Facts, db: str) -> bool:
    """Whether one report sets two sources' figures of one day and place against each
    other (`groups.two_sources`)."""
    return two_sources(fa, fb) and da == db and \
        not (fa.places and fb.places and not fa.places & fb.places)


GENERIC_DAYS = 2  # days apart beyond which counts of a verb outside the lexicon may differ
RESTATED = 0.5  # number-free likeness (.match) above which two counts are one statement


# counted classes of people: counts of them by one verb outside the lexicon are of many
# groups, unless their clauses name one thing more
_PEOPLE_CLASSES = frozenset({"люди", "дети", "работники", "экипаж", "заложники",
                             "нападавшие", "игрок", "артист"})


# units a number measures in, which a count of things is not: «опустился до минус 27
# градусов», «в 11 милях», «три ночи провел»
_MEASURES = frozenset("""градус миля ночь вечер утро шаг балл место этаж км/ч узел""".split())


def _of_people(cls: str) -> bool:
    """Whether a counted class is of people (a class of the lexicon, citizens, or an
    animate noun: «волонтер», «пассажир»)."""
    return cls in _PEOPLE_CLASSES or cls.startswith("граждане") or _person_noun(cls)


# likeness enough for counts of one verb whose clauses name one more thing besides those
# counted: «обращение в защиту режиссера подписали 40 музыкантов» / «обращение подписали
# от силы 15 оркестрантов» (the appeal)
RESTATED_OBJECT = 0.3
# («владелец тогда согласился на штраф»: an affair told before, not this one's)
_THEN_WORD = re.compile(r"(?<![а-яё])тогда(?![а-яё])", re.I)


def _clause_nouns(f: Facts, v: Value, cls: str) -> frozenset[str]:
    """The nouns of a count's clause between commas, other than the counted ones."""
    text = f.sc.claim.text
    lo, hi = between_commas(text, v.start - f.sc.claim.start, v.end - f.sc.claim.start)
    return frozenset(lem for t in tokens(text[lo:hi]) if _pos(t.w) == "NOUN"
                     and text[lo + t.start].islower()
                     and _noun_class(lem := _lemma(t.w), []) not in (cls, None))


def _restated_counts(facts: Sequence[Facts], story: dict[int, int],
                     taken: set[tuple[str, str, int]],
                     changes: set[tuple[int, str, int]] | None = None,
                     more: set[tuple[int, int]] | None = None) -> list[Group]:
    """One statement of one story retold with another number: «на борту находились 168
    пассажиров» and «... 176 пассажиров». Counts of one noun and one predicate compare
    only when the claims read alike once the numbers are left out, so «девять пассажиров
    обратились к врачам» never meets «168 пассажиров на борту»; an update («возросло
    до») or an older event is left out as in `_count_conflicts`. A claim that rule already
    reports for the same thing (`taken`: predicate, noun, claim) is not reported twice."""
    df: Counter[str] = Counter()
    for f in facts:
        if f.counts:
            df.update(set(match.content_lemmas(f.sc.claim.lemmas)))
    n = max(1, len(facts))

    def idf(w: str) -> float:
        return math.log(1 + n / df.get(w, 1))

    by_id = {f.sc.id: f for f in facts}
    index: dict[tuple[str, str, int], list[tuple[Facts, int, Value]]] = defaultdict(list)
    # (the days numbers are told on are read from every report, updates and those the
    # other rule took too: «число жертв возросло до четырех» dates an undated report's
    # «четыре человека»)
    told: dict[tuple[str, str, str], list[tuple[Facts, int, Value]]] = defaultdict(list)
    more = _additions(facts) if more is None else more
    for f in facts:
        if _another_time(f):
            continue
        update = _told_as_update(f)  # (its number dates others; it is compared by neither)
        for frame, cls, num, v in f.counts:
            if frame not in CURRENT_FRAMES and not _snapshot(f, frame, v) and \
                    (v.claim, v.start) not in more and not _conditional(f, v):
                told[(frame, cls, "")].append((f, num, v))
                if (frame, cls, f.sc.id) not in taken and not update:
                    index[(cls, frame, story.get(f.sc.doc_id, -f.sc.doc_id - 1))].append(
                        (f, num, v))
    out = []
    days = _value_days(told)
    changes = _told_as_change(facts, story) if changes is None else changes
    clause_nouns: dict[tuple[int, int, str], frozenset[str]] = {}

    def nouns_of(f: Facts, v: Value, cls: str) -> frozenset[str]:
        # (read once per count: a count meets every other of its group)
        key = (f.sc.id, v.start, cls)
        if key not in clause_nouns:
            clause_nouns[key] = _clause_nouns(f, v, cls)
        return clause_nouns[key]

    for (cls, frame, st), items in index.items():
        if len(items) > MAX_GROUP or len({num for _f, num, _v in items}) < 2:
            continue
        g = Group("count", _count_label(frame, cls),
                   (frame, cls, "restated"))
        shares = _share_places(items) if frame in _STORY_WIDE else set()
        values: dict[str, Value] = {}
        for (fa, na, va), (fb, nb, vb) in combinations(_beside_precise(items), 2):
            if na == nb or fa.sc.doc_id == fb.sc.doc_id or not dates_compatible(fa, fb) or \
                    _may_agree((fa, na, va), (fb, nb, vb)) or \
                    (frame in _NIGHTLY and _night(fa) != _night(fb)):
                continue  # one report telling two numbers tells of two groups or a change
            if (st, cls, na) in changes or (st, cls, nb) in changes:
                continue  # a number superseded by a later one, as a report tells it
            if not _tolls_comparable(frame, (fa, na), (fb, nb), days[(frame, cls)]):
                continue
            if frame == "aboard" and (ca := _craft(fa, va)) and (cb := _craft(fb, vb)) and \
                    ca != cb:
                continue  # the people of two named ships
            if frame == "calls" and _calls_apart(fa, fb, alike=True):
                continue  # calls by midday, and calls since Thursday: a tally that grows
            if fa.places & shares != fb.places & shares:
                continue  # a district's share against the whole, or another district's
            pa, pb = fa.places - fa.origins, fb.places - fb.origins
            if pa and pb and not pa & pb:
                # «в Москве задержали 20», «в Петербурге задержали 15» (where the people
                # come from, «жители Мурманска», is no place of the event)
                continue
            alike = match.restatement(fa.sc, fb.sc, idf)
            if alike < RESTATED and not (
                    frame == "aboard" and _on_board(fa, va) and _on_board(fb, vb)) and not (
                    frame.startswith(GENERIC) and alike >= RESTATED_OBJECT
                    and not any(_THEN_WORD.search(f.sc.claim.text) for f in (fa, fb))
                    # (machines or things of one kind, counted by one verb, need no more:
                    # «работали пять экскаваторов» / «работали два экскаватора»)
                    and (not _of_people(cls) and cls not in _MEASURES
                         or nouns_of(fa, va, cls) & nouns_of(fb, vb, cls))):
                continue
            if frame.startswith(GENERIC) and (
                    _of_class(fa, cls) > 1 or _of_class(fb, cls) > 1
                    or days_apart(_as_of(fa) or _when(fa), _as_of(fb) or _when(fb))
                    > GENERIC_DAYS and not _tally_fell((fa, na, va), (fb, nb, vb))
                    and not (_past_count(fa, va, frame) and _past_count(fb, vb, frame)
                             and nouns_of(fa, va, cls) & nouns_of(fb, vb, cls))):
                # a verb the lexicon does not know says nothing of whether the figure
                # changes with time: only reports of the same days, each telling one
                # figure of the thing («допросили пятерых — всего в бюро восемь» tells
                # two; «отменил 43 рейса из 140 запланированных» tells one of flights)
                continue
            g.pairs.append((va, vb, 0.75))
            values.setdefault(va.value, va)
            values.setdefault(vb.value, vb)
        # each side gets every report of the story that gives its value of the same thing
        members = {v.claim for a, b, _c in g.pairs for v in (a, b)}
        for f, _num, v in items:
            if g.pairs and v.claim not in members and v.value in values:
                other = next(x for val, x in values.items() if val != v.value)
                if dates_compatible(f, by_id[other.claim]):
                    g.pairs.append((v, other, 0.7))
                    members.add(v.claim)
        out.append(g)
    return out


# a tally kept since a start: «с начала сезона», «с апреля», «за этот сезон», «с начала года»
_SINCE_START = re.compile(r"(?<![а-яё])(?:с\s+начала\s+(?:[\w-]+\s+)?(?:сезона|года|месяца|"
                          r"недели)|с\s+(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|"
                          r"декабр)я|марта|мая|августа)|за\s+(?:[\w-]+\s+)?(?:сезон|год))"
                          r"(?![а-яё])", re.I)


def _tally_fell(a: tuple[Facts, int, Value], b: tuple[Facts, int, Value]) -> bool:
    """Whether two tallies kept since a start tell a smaller figure later: what has
    happened since March only grows, so «с марта случилось 250 пожаров» told days after
    «за сезон случилось больше трехсот» disputes it, however far apart the reports are
    (a smaller figure told earlier is the count growing)."""
    (fa, na, va), (fb, nb, vb) = a, b
    if not all(_SINCE_START.search(f.sc.claim.text[slice(*_clause_bounds(
            f.sc.claim.text, v.start - f.sc.claim.start))]) for f, v in ((fa, va), (fb, vb))):
        return False
    da, db = _as_of(fa) or _when(fa), _as_of(fb) or _when(fb)
    return bool(da and db and da != db and (na > nb) == (da < db))


# who was on board is said by a word of being aboard, not by the noun «пассажир» alone
# («девять пассажиров обратились к врачам» are some of those on board)
# (or among the passengers: «среди пассажиров были четверо детей» counts some of them)
_ABOARD = re.compile(r"\b(?:на\s+борту|летел[аи]?|летевш\w*|ехал[аи]?|ехавш\w*|плыл[аи]?|"
                     r"находил\w*\s+на\s+борту|среди\s+пассажиров|on\s+board|aboard)\b",
                     re.I)
# one of several vehicles, or each of them: «во втором автобусе ехали 25 человек»
_ONE_OF = re.compile(r"\b(?:перв\w+|втор\w+|треть\w+|друг\w+|ещ[её]\s+одн\w+|кажд\w+|"
                     r"обоих|обеих)\b", re.I)


# with the report's one vessel known, a word of being there at all says it: «на теплоходе
# находились 23 пассажира», «на борт поднялись 60», «перевозил 40 человек»
_BEING_THERE = re.compile(r"\b(?:на\s+борт\w*|находил\w*|поднял\w*|перевоз\w*|был[оаи]?)\b",
                          re.I)
# a vessel's capacity is no count of its people: «рассчитан на 45 пассажиров»
_CAPACITY = re.compile(r"\b(?:рассчитан\w*|вмест\w*|вмещ\w*|мест)\b", re.I)


def _on_board(f: Facts, v: Value, vessel_known: bool = False) -> bool:
    """Whether a count tells how many were aboard the story's one vehicle (or, with
    `vessel_known`, the one vessel its report names): a word of being aboard in its
    clause, no capacity, and no word of one vehicle among several."""
    text = f.sc.claim.text
    lo, hi = _clause_bounds(text, v.start - f.sc.claim.start)
    clause = text[lo:hi]
    # (the vehicle is named before its count: «во втором автобусе ехали 25»; a word after
    # it tells of the people, «31 моряк: 27 россиян и четверо граждан других стран»)
    # (a crew's size is of the one vessel too: «экипаж состоит из 24 человек»)
    aboard = _ABOARD.search(clause) or v.key == "экипаж" and _CREW.search(clause) or \
        vessel_known and _BEING_THERE.search(clause)
    return bool(aboard) and not _CAPACITY.search(clause) and \
        not _ONE_OF.search(text[lo : max(lo, v.end - f.sc.claim.start)])


_CREW = re.compile(r"\bэкипаж\w*", re.I)


def _noun_ru(cls: str) -> str:
    if cls.startswith("граждане: "):
        return f"граждане ({_title(cls.split(': ', 1)[1])})"
    return cls


def _count_label(frame: str, cls: str) -> str:
    """A count group's label: the counted class and its predicate («партия: заражены»:
    things found infected, not fallen ill)."""
    what = _FRAME_RU.get(frame, frame)
    if frame == "ill" and not _person_noun(cls) and cls not in ("люди", "дети") and \
            not cls.startswith("граждане: "):
        what = "заражены"
    return f"{_noun_ru(cls)}: {what}"


_TOLLS = {"dead", "injured", "missing", "ill"}
# a rate set by a decision: «снизил ставку до 15,5%» is the decision, not a toll updated
_DECIDED = {"rate", "rate_step", "price_rise"}
# a toll updated, or an earlier figure told as superseded («накануне мы сообщали о 12
# задержанных — позже установили еще семь», «первоначально сообщалось о трех погибших»)
_UPDATE = re.compile(r"\b(?:возросл\w*|возрос|увеличил\w*|вырос\w*|достиг\w*|снизил\w*|"
                     r"уменьшил\w*|сократил\w*|первоначальн\w*|изначальн\w*|"
                     # (not a delay: «на семь часов позже расписания»)
                     r"(?:позже|позднее)(?!\s+(?:расписани|график|планов|срок)\w*)|"
                     r"впоследствии|(?:ранее|накануне|сначала|вначале)\s+(?:\w+\s+){0,3}?"
                     r"(?:сообщал\w*|говорил\w*|называл\w*|писал\w*)|rose|risen|climbed|"
                     r"initially|earlier\s+reported)\b|"
                     # «погибли уже шесть человек», «уже 12 пострадавших»: a toll told as grown
                     r"\b(?:погибл?\w*|скончал\w*|умерл?\w*|пострадал\w*|заболел\w*|заразил\w*)\s+"
                     r"уже\s+|\bуже\s+(?:\d+|[а-яё]+)\s+(?:[\w-]+\s+)?(?:погибш|жертв|пострадавш|"
                     r"заболевш)\w*|"
                     # a tally that grows told as so far: «петицию подписали уже больше трех
                     # тысяч человек», «уже обратились 40 человек»
                     r"\b(?:подписал\w*|собрал\w*|присоединил\w*|обратил\w*|записал\w*|"
                     r"зарегистрировал\w*)\s+уже\s+|\bуже\s+(?:подписал|собрал|присоединил|"
                     r"обратил|записал|зарегистрировал)\w*", re.I)


# another event of the same kind told for comparison: «в результате подобного взрыва»,
# «предыдущий такой случай», «в прошлый раз»
_ANOTHER_EVENT = re.compile(r"\b(?:подобн\w+|аналогичн\w+|предыдущ\w+|прошл\w+\s+раз\w*|"
                            r"не\s+перв\w+\s+(?:[\w-]+\s+)?(?:авари|случа|инцидент|пожар|"
                            r"взрыв|ЧП|раз)\w*|"
                            r"similar|previous)\b", re.I)


# a price rises «в среднем на 12%»: the average is the figure itself, no statistics
_AVERAGED = {"price_rise"}
# counts of a past year's whole, keyed by the year (goods shipped in 2025): a claim naming
# only a year tells of that year, not of another time than the story's
_OF_A_YEAR = {"traded"}
_ON_AVERAGE = re.compile(r"\bв\s+среднем\b", re.I)
_STATISTICS = re.compile(r"\b(?:ежегодно|каждый\s+год|в\s+год|за\s+год|в\s+среднем|"
                         r"every\s+year|annually)\b", re.I)


# a relative clause at the end of a claim tells another act: «трое сотрудников —
# ... и сотрудница медчасти, которую позже отпустили» is no update of the three
_TRAILING_RELATIVE = re.compile(rf",\s*{RELATIVE_WORDS}\b[^,;:—–]*[.!?…»\"]*\s*$", re.I)


def _told_as_update(f: Facts) -> bool:
    """Whether a claim tells a count as grown or as superseding an earlier one."""
    return bool(_UPDATE.search(_TRAILING_RELATIVE.sub("", f.sc.claim.text)))


def _grown_to(f: Facts) -> set[tuple[int, int]]:
    """The counts an update tells as the new toll («число погибших выросло до 11»: the
    11, not the «семи» first reported)."""
    c = f.sc.claim
    return {(v.claim, v.start) for _fr, _cls, _n, v in f.counts
            if GROWN_TO.search(c.text[max(0, v.start - c.start - 40) : v.start - c.start])}


def _update_disputed(pair: tuple[tuple[Facts, int, Value], tuple[Facts, int, Value]],
                     updated: set[tuple[int, int]], days: Mapping[int, str]) -> bool:
    """Whether a pair with a toll told as grown may be rivals: only a report of a later
    day with fewer (two updates are both the news of their time: never rivals)."""
    ups = [x for x in pair if (x[2].claim, x[2].start) in updated]
    if not ups:
        return True
    if len(ups) == 2:
        return False
    (fu, nu, _vu), (fo, no, _vo) = ups[0], next(x for x in pair if x is not ups[0])
    du = _moment(fu) or days.get(nu)
    do = _moment(fo) or days.get(no)
    return bool(du and do and _before(du, do) and no < nu)


def _other_time(f: Facts) -> bool:
    """Whether the claim's counts belong to another time than the story's: an update
    («число погибших возросло до 5»), an older event («в 2023 году», «подобный взрыв»),
    a year's statistics («в 2025 году в ДТП погибли более 14 тысяч человек»)."""
    return _told_as_update(f) or _another_time(f)


def _another_time(f: Facts, averaged: bool = False) -> bool:
    """`_other_time` but for an update: the claim tells of another event or period
    (`averaged`: of a figure told as an average, «в среднем», which says no such thing)."""
    c = f.sc.claim
    text = _ON_AVERAGE.sub(" ", c.text) if averaged else c.text
    return bool(_ANOTHER_EVENT.search(text) or _STATISTICS.search(text)) or \
        _long_before(f) or another_affair(f) or (
            bool(own := _own_dates(f)) and all(d.precision == "year" for d in own))


@read_once  # (asked by the older-event tests of every counted claim, twice)
def _own_dates(f: Facts) -> list[StatedDate]:
    """The dates a claim tells of itself, not those a participle's phrase gives a thing
    it names (`_made_then`)."""
    c = f.sc.claim
    return [d for d in c.dates if not _made_then(c.text, d.start - c.start)]


def _made_then(text: str, at: int) -> bool:
    """Whether a date told at `at` dates a thing the claim names, in a participle's
    phrase set off by a comma («ошибки на 40 страницах отчета, опубликованного в 2021 году»,
    «в доме, построенном в 1962 году»), not the time of the claim's counts."""
    clause = text[: at]
    comma = clause.rfind(",")
    if comma < 0 or re.search(r"[;:—–()]", clause[comma:]):
        return False
    return any(_pos(w) == "PRTF" for w in re.findall(r"[а-яё]+", clause[comma:], re.I))


_FOUND_LATER = {"missing"}
# tolls only grow as news comes in; so does a fire's or a flood's area, and the flights or
# trains a storm has cancelled
# (and trees felled, and rides taken free while a fare system is down)
_GROWING = _TOLLS | {"hospitalized", "sought_help", "area", "extent", "cancelled", "annulled",
                     "flooded", "felled", "rode_free"}
# counts that change through a day, up or (homes without heat, cars in a jam) down
_RUNNING = _GROWING | {"cut_off", "jammed"}


def _shares_apart(index: dict[tuple[str, str, str], list[tuple[Facts, int, Value]]]) -> None:
    """A story's quantity told for the whole and, by some reports, for each of its places
    of one kind: «у нас засуха погубила 6 тыс. га» (a district head) and «4 тыс. га»
    (another district's) are shares, not rivals of the region's 15 or of each other.
    Where two claims of a story-wide group name two places of one kind, each such place's
    claims leave the group and meet only claims of the same place."""
    for (frame, cls, place), items in list(index.items()):
        if place or frame not in _STORY_WIDE:
            continue
        shares = _share_places(items)
        if not shares:
            continue
        index[(frame, cls, place)] = [x for x in items if not x[0].places & shares]
        for x in items:
            for p in sorted(x[0].places & shares):
                index[(frame, cls, p)].append(x)


def _share_places(items: Sequence[tuple[Facts, int, Value]]) -> set[str]:
    """The places of one kind two or more claims of a group name apart («Северный район»,
    «Южный район»): each such place's figure is its share of the story's."""
    kinds: dict[str, set[str]] = defaultdict(set)  # «район» -> the districts named
    for f, _n, _v in items:
        for p in f.places - f.origins:
            kinds[p.rsplit(" ", 1)[-1]].add(p)
    return {p for named in kinds.values() if len(named) > 1 for p in named}


# quantities one event of a story has once: its toll, and how many were at the site
# (and those a report tells with the city, another with the region: the place is no key)
_STORY_WIDE = {"present", "cut_off", "area", "extent", "data", "magnitude", "spilled", "attacked",
               "hostages", "rate", "rate_step", "trapped", "price_rise", "flooded", "derailed",
               "jammed", "radius", "waited", "downtime", "delayed", "found_away", "km_post",
               "depth", "wave", "visibility", "unpaid", "fell_from", "rode_free", "response",
               "fish_dead", "shots", "extra_ballots", "calls",
               "traded", "raid", "captive", "seized", "speed", "no_drug", "weight", "fare"}
# the story's one group cut off or at the site when it happened, whatever noun names its
# people (workers or «человек»)
_ONE_GROUP = {"trapped", "present"}
# (cancelled flights are one count of a story at each place it names: an airport's)
# (so is how many came to a rally: the police's and the organisers' counts of one crowd)
# (and so is how many were taken to hospital: «трое госпитализированы» and «семь человек
# доставлены в больницы» of one crash tell of one group, whatever else each claim says)
# (and how many are on strike, or on hunger strike, in the story's one protest; and how
# many a crime or a fraud made its victims; the one group that went out, the one snowslide's
# caught, the travellers one firm left stranded, the players one decision barred)
_ONE_PER_STORY = _TOLLS | _STORY_WIDE | {"cancelled", "annulled", "attended", "hospitalized",
                                         "sold", "escaped", "charges", "in_crash", "laid_off",
                                         "leaked", "rejected",
                                         "hunger_strike", "on_strike", "victims",
                                         "searched", "in_group", "abroad",
                                         "suspended", "resigned"}


def _value_days(index: Mapping[tuple[str, str, str], list[tuple[Facts, int, Value]]]
                ) -> defaultdict[tuple[str, str], dict[int, str]]:
    """For each counted thing, the latest day a dated report gives each number: the
    time an undated report that gives the same number most likely speaks of."""
    out: defaultdict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    for (frame, cls, _place), items in index.items():
        for f, n, _v in items:
            day = _report_day(f)
            if day and day > out[(frame, cls)].get(n, ""):
                out[(frame, cls)][n] = day
    return out


# a figure a report tells as the authorities' own, against its own larger one: «Власти
# официально сообщали только об одном погибшем», «Официально власти пока говорят о девяти»
_OFFICIALLY = re.compile(r"(?<![а-яё])(?:официальн\w*|по\s+официальным\s+данным)(?![а-яё])",
                         re.I)


def _official_figures(facts: Sequence[Facts]) -> set[tuple[int, str, int]]:
    """(document, frame, number) of the tolls a report tells as the official figure."""
    out = set()
    for f in facts:
        text = f.sc.claim.text
        for frame, _cls, n, v in f.counts:
            if frame not in _GROWING:
                continue
            lo, _hi = _clause_bounds(text, v.start - f.sc.claim.start)
            if _OFFICIALLY.search(text[lo : v.start - f.sc.claim.start]):
                out.add((f.sc.doc_id, frame, n))
            # «Погибших девять, а не семь»: the figure the report sets its own against
            denied = _DENIED_FIGURE.match(text, v.end - f.sc.claim.start)
            if denied and (m := _figure(denied.group(1))) is not None:
                out.add((f.sc.doc_id, frame, round(m)))
    return out


_DENIED_FIGURE = re.compile(r"\s*,?\s*а\s+не\s+(\d+|[а-яё]+)(?![\w])", re.I)


def _tolls_comparable(frame: str, a: tuple[Facts, int], b: tuple[Facts, int],
                      days: Mapping[int, str],
                      official: set[tuple[int, str, int]] | None = None,
                      running: bool = False) -> bool:
    """Whether two tolls of one kind can be rivals. A toll grows as news comes in: a
    report of a later day with a larger number tells of a rise, not a dispute (3 dead in
    the morning, 7 two days later); an undated report is dated by a dated report giving
    its number. So does any count its story tells as a `running` total. A toll dated to
    a month long before the other report is another event's (told in a report that gives
    no publication date)."""
    (fa, na), (fb, nb) = a, b
    if _SAME_MOMENT.search(fa.sc.claim.text) or _SAME_MOMENT.search(fb.sc.claim.text):
        return True  # «насчитало 12 умерших на тот же момент»: set against the other figure
    for (x, nx), (y, ny) in (((fa, na), (fb, nb)), ((fb, nb), (fa, na))):
        if nx < ny and _PRELIMINARY.search(x.sc.claim.text) and _when(x) and _when(y) and \
                _when(x)[:10] < _when(y)[:10]:
            return False  # «по предварительным данным повалено более 40 деревьев», 112 later
    if frame in _RUNNING and _two_parts_of_a_day(fa, fb):
        return False
    if frame == "cut_off" and _later_reading(fa) != _later_reading(fb):
        return False  # «на 20:00 без воды оставались 74 дома»: what is left of the outage
    if frame in ("cut_off", "jammed") and any(
            _PEAK.search(x.sc.claim.text) and _STILL_LEFT.search(y.sc.claim.text)
            and not _PEAK.search(y.sc.claim.text) for x, y in ((fa, fb), (fb, fa))):
        return False  # «на пике аварии без света остались 140 тысяч» and «остаются 60 тыс.»
    if frame not in _GROWING and not running and min(na, nb) > 0:
        return True
    # (none held, then some: a count of those held grows from none like a toll)
    ra = _moment(fa) or days.get(na)
    rb = _moment(fb) or days.get(nb)
    if frame in _FOUND_LATER and ra and rb and ra[:10] != rb[:10] and \
            (na > nb) == _before(ra, rb):
        return False  # the missing are found, alive or dead, day by day: fewer is no dispute
    a_first = bool(ra and rb and _before(ra, rb))
    if ra and rb and (a_first and na < nb or not a_first and _before(rb, ra) and nb < na):
        late, day = (fb, ra[:10]) if a_first else (fa, rb[:10])
        # (within one day, the later report's own day is no earlier time: 12 dead at
        # 00:47 and 35 «15 августа» at 11:52 tell of a rise)
        hourly = ra[:10] == rb[:10]
        # ... unless the later, larger number is dated to the time the earlier report
        # already spoke of («в больницу 14 и 15 мая попал 31 ребенок» vs 23 on 15 May);
        # a day the count runs from («заболели с конца октября») dates no count
        c = late.sc.claim
        # (... or the later report itself sets its number against the earlier one as the
        # authorities' figure: a dispute of sources, not a rise)
        if not any((d.date_to < day if hourly else d.date_to <= day)
                   and not _SINCE.search(c.text[:d.start - c.start]) for d in c.dates) and \
                (late.sc.doc_id, frame, min(na, nb)) not in (official or set()):
            return False
    for x, y in ((fa, fb), (fb, fa)):
        ref = _report_day(y)
        # (not the day a running count starts from: «с 1 сентября выявлено в 37 партиях»)
        if ref and not tells_day(y) and any(
                d.date_to < ref and days_apart(d.date_to, ref) > 30 and
                not _SINCE.search(x.sc.claim.text[: d.start - x.sc.claim.start])
                for d in x.sc.claim.dates):
            return False
    return True


# a count told as preliminary, which a later count may pass
_PRELIMINARY = re.compile(r"(?<![а-яё])(?:по\s+предварительн\w+\s+(?:данным|подсчетам|оценкам|"
                          r"сведениям)|предварительно)(?![а-яё])", re.I)
_CASE_TOTAL = re.compile(r"\bвсего\s+(?:[\w-]+\s+){0,2}?по\s+(?:[\w-]+\s+)?делу\b|"
                         r"\bпо\s+(?:[\w-]+\s+)?делу\s+(?:[\w-]+\s+){0,2}?всего\b|"
                         r"\bв\s+общей\s+сложности\b", re.I)
# a figure told as of the moment of another: «насчитало 12 умерших на тот же момент»
_SAME_MOMENT = re.compile(r"\b(?:на|в|к)\s+(?:тот\s+же\s+(?:момент|час|день)|то\s+же\s+время|"
                          r"ту\s+же\s+дату)\b", re.I)
_AS_OF = re.compile(r"\bпо\s+(?:данным|состоянию|информации|сведениям)(?:\s+[А-ЯЁA-Z][\w-]*){0,2}"
                    r"\s+на\s+$|\bas\s+of\s+$", re.I)
# (the source may stand between: «по данным полиции на 1 сентября»)


def _as_of(f: Facts) -> str | None:
    """The day a count is told as of («по данным на 10 ноября, заболели 29»): the time
    of its number, whenever the report came out."""
    c = f.sc.claim
    for d in c.dates:
        if d.precision == "day" and _AS_OF.search(c.text[max(0, d.start - c.start - 30) :
                                                          d.start - c.start]):
            return d.date_from
    return None


# the hour a count is told as of: «по состоянию на 21:00», «По данным МЧС на 8:00 15 ноября»,
# «На 14:00 жертвами взрыва стали 33 человека» (a bare «на 14:00» only where a clause
# begins: «заседание назначено на 14:00» is no count's time)
_AS_OF_HOUR = re.compile(
    r"(?:(?:^|(?<=[.!?«\"„(,;:—–]))\s*|(?<![а-яё])[Пп]о\s+(?:данным|состоянию|информации|сведениям)"
    r"(?:\s+[^\s,.;:!?]+){0,5}?\s+)[Нн]а\s+(\d{1,2})[:.](\d{2})(?![\d.:]\d)")


def _moment(f: Facts) -> str | None:
    """When a count holds, as finely as the text tells it: "YYYY-MM-DD" or, where an hour
    is known, "YYYY-MM-DDTHH:MM". The hour of a count told as of it («на 14:00») comes
    first, else the hour the report's date line prints, for words of its own day (a
    report of 11:52 knows nothing of 14:00)."""
    c = f.sc.claim
    day = _as_of(f)
    m = _as_of_hour(c.text)
    if m:
        # (the day told after the hour: «на 12:00 16 марта»)
        after = next((d.date_from for d in c.dates if d.precision == "day"
                      and 0 <= d.start - c.start - m.end() <= 2), None)
        base = after or day or _report_day(f)
        return f"{base}T{int(m.group(1)):02d}:{m.group(2)}" if base else None
    if day:
        return _part_of_day(f, day) or day
    day = _report_day(f)
    if day and (told := _part_of_day(f, day)):
        return told
    if day and day == f.sc.published and f.sc.published_time:
        return f"{day}T{f.sc.published_time}"
    return day


# a part of the day told with the count's day: «утром 9 июля», «к вечеру 9 июля», «на утро
# 9 июля», «9 июля вечером» (an hour of it, to order two counts of one day: 27 in hospital
# in the morning and 35 by the evening tell of a rise)
_PART_BEFORE = re.compile(r"(?<![а-яё])(утр(?:о|ом|у)|дн[её]м|вечер(?:у|ом)?)\s+$", re.I)
_PART_AFTER = re.compile(r"^\s+(утром|дн[её]м|вечером)(?![а-яё])", re.I)
_PART_HOUR = {"у": "08:00", "д": "13:00", "в": "19:00"}  # (by the word's first letter)


# those still cut off at a late hour: «по состоянию на 20:00 без воды оставались 74 дома»,
# «к вечеру без света по-прежнему остаются 40 домов» (a reading of the outage's end, no
# rival of the count of its start)
# (a facts.STILL word too: «по-прежнему», «до сих пор», «все еще»)
_STILL_LEFT = re.compile(rf"(?<![а-яё])(?:остава\w*|остают\w*|оста[её]тся|{STILL})(?![а-яё])",
                         re.I)
_LATE_PART = re.compile(r"(?<![а-яё])(?:к\s+вечеру|вечером|к\s+концу\s+(?:дня|суток)|"
                        r"к\s+ночи)(?![а-яё])", re.I)


# the height of an outage or a jam: «на пике аварии», «в пиковый момент»
_PEAK = re.compile(r"(?<![а-яё])(?:на\s+пике|в\s+пиков\w+\s+момент\w*|в\s+момент\s+пика)"
                   r"(?![а-яё])", re.I)


def _later_reading(f: Facts) -> bool:
    text = f.sc.claim.text
    return bool(_STILL_LEFT.search(text) and (_as_of_hour(text) or _LATE_PART.search(text)))


def _two_parts_of_a_day(a: Facts, b: Facts) -> bool:
    """Whether two counts are told at two parts of one day: «утром 9 июля — 27 детей» and
    «к вечеру 9 июля — 35» are of two times (of counts that change through a day: tolls,
    those cut off, those in hospital)."""
    pa, pb = _told_part(a), _told_part(b)
    return bool(pa and pb and pa[:10] == pb[:10] and pa != pb)


def _told_part(f: Facts) -> str | None:
    """The day and hour of the part of the day a count is told at, where its words tell
    one with its day."""
    day = _as_of(f) or _report_day(f)
    return _part_of_day(f, day) if day else None


def _part_of_day(f: Facts, day: str) -> str | None:
    """`day` at the hour of the part of it a claim tells its date with, or None."""
    c = f.sc.claim
    for d in c.dates:
        if d.precision != "day" or d.date_from != day:
            continue
        m = _PART_BEFORE.search(c.text[max(0, d.start - c.start - 12) : d.start - c.start]) \
            or _PART_AFTER.search(c.text[d.end - c.start : d.end - c.start + 12])
        if m:
            return f"{day}T{_PART_HOUR[m.group(1)[0].lower()]}"
    return None


@lru_cache(maxsize=65536)
def _as_of_hour(text: str) -> re.Match[str] | None:
    # (cached: asked of each claim once per pair it stands in)
    m = _AS_OF_HOUR.search(text)
    return m if m and int(m.group(1)) < 24 and int(m.group(2)) < 60 else None


def _before(x: str, y: str) -> bool:
    """Whether moment `x` is known to come before `y`: an earlier day, or the same day at
    an earlier hour when both tell one (a day alone may hold any hour of itself)."""
    if x[:10] != y[:10]:
        return x[:10] < y[:10]
    return len(x) > 10 and len(y) > 10 and x[11:] < y[11:]


def _report_day(f: Facts) -> str | None:
    """The day a claim's words are from: when it was said, else when it was published."""
    day = _when(f)
    return day if len(day) == 10 else None


def _long_before(f: Facts) -> bool:
    """Whether the claim dates itself half a year or more before its report: an older
    event of the same kind («Ранее в 2023 году там же погибли 11 человек»)."""
    ref = f.sc.published or f.sc.claim.said_on
    if not ref:
        return False
    return any(d.date_to < ref and days_apart(d.date_to, ref) > 180 for d in _own_dates(f))


def _same_story(a: Facts, b: Facts) -> bool:
    """Whether two claims share a day, or a meaningful word besides places, numbers and
    the counted predicate: evidence that they tell of one event."""
    days_a = {d.date_from for d in a.sc.claim.dates if d.precision == "day"}
    days_b = {d.date_from for d in b.sc.claim.dates if d.precision == "day"}
    if days_a & days_b or _short_spans_meet(a, b):
        return True
    skip = a.places | b.places | {w for p in a.places | b.places for w in p.split()}
    skip |= a.nouns | b.nouns  # what is counted is shared by definition
    wa = {w for w in match.content_lemmas(a.sc.claim.lemmas) if not _DIGITS.search(w)}
    wb = {w for w in match.content_lemmas(b.sc.claim.lemmas) if not _DIGITS.search(w)}
    shared = {w for w in wa & wb - skip
              if not any(pat.match(w) for _n, pat in FRAMES) and not _NOT_COUNTED.match(w)
              and w not in _PEOPLE}
    return bool(shared)


_DIGITS = re.compile(r"\d")


def _short_spans_meet(a: Facts, b: Facts) -> bool:
    """Whether a day of one claim falls in a span of a few days of the other («14 мая»
    and «14 и 15 мая»): a shared day, told at another precision. Months never count."""
    def short(d: StatedDate) -> bool:
        return d.precision in ("day", "interval") and days_apart(d.date_from, d.date_to) <= 3 \
            and len(d.date_from) == 10 and len(d.date_to) == 10

    return any(short(x) and short(y) and x.date_from <= y.date_to and y.date_from <= x.date_to
               for x in a.sc.claim.dates for y in b.sc.claim.dates)


_FRAME_RU = {"data": "объем данных", "dead": "погибли", "injured": "пострадали",
             "missing": "пропали без вести", "seized": "изъяты", "speed": "скорость",
             "resigned": "уволились по своей воле",
             "custody": "задержаны/под арестом",
             "released": "освобождены", "evacuated": "эвакуированы", "aboard": "на борту",
             "hunger_strike": "держат голодовку", "on_strike": "бастуют",
             "jammed": "в заторе", "victims": "потерпевшие", "searched": "искали",
             "hospitalized": "госпитализированы", "in_hospital": "остаются в больнице",
             "grave": "в тяжелом состоянии",
             "sought_help": "обратились за медпомощью", "destroyed": "уничтожены",
             "damaged": "повреждены", "felled": "вырублены", "to_fell": "под вырубку",
             "rode_free": "проехали без оплаты",
             "still_held": "остаются под стражей", "present": "были на месте",
             "in_crash": "попали в аварию", "laid_off": "теряют работу",
             "leaked": "утекли данные", "rejected": "признаны недействительными",
             "attended": "участвовали (в акции, забеге)",
             "cut_off": "остались без тепла, света или воды",
             "no_drug": "остались без лекарства",
             "exam_takers": "сдают экзамен",
             "area": "охвачено пожаром или водой", "cancelled": "отменены",
             "annulled": "аннулированы", "shots": "сделано выстрелов",
             "downed": "сбиты", "downed_total": "сбиты всего", "customers": "вкладчики, клиенты",
             "closed_doors": "без зрителей", "ill": "заболели", "magnitude": "магнитуда",
             "spilled": "разлито", "in_shelter": "остаются в пунктах размещения",
             "extra_ballots": "лишние (сверх выданных)", "calls": "поступило",
             "stranded": "ждут отправки",
             "attacked": "нападавших", "hostages": "заложников", "trapped": "заблокированы",
             "rate": "установлена", "rate_step": "изменена на", "price_rise": "рост",
             "extent": "протянулось на", "radius": "радиус", "waited": "провели",
             "downtime": "не работали", "response": "прибыли на вызов",
             "fish_dead": "погибло", "traded": "поставлено за год",
             "delayed": "опоздание", "found_away": "найден в", "km_post": "место на трассе",
             "depth": "глубина", "weight": "масса", "fare": "стоимость поездки",
             "raid": "налет длился", "captive": "удерживали",
             "wave": "высота волны", "visibility": "видимость",
             "unpaid": "без зарплаты", "fell_from": "упало с",
             "flooded": "подтоплены", "in_group": "в группе", "derailed": "сошли с рельсов"}
_STATUS_RU = {"released": "освобожден", "house_arrest": "под домашним арестом",
              "arrested": "арестован", "detained": "задержан", "arrest_extended": "арест продлен",
              "dead": "погиб/скончался", "deported": "выдворен", "wanted": "в розыске",
              "held": "не освобожден"}


# how long after a release a «still held» is read as about the same custody (a re-arrest
# within a week is rare news; one later is another affair)
_STILL_HELD_DAYS = 7


Resolved = list[tuple[Facts, str, str, str | None, Value]]  # (facts, person, status, day, value)


def _resolved_statuses(facts: Sequence[Facts], people: People) -> Resolved:
    """Every status of a person the claims tell, with the person resolved where the
    status stands (read once for the status rules)."""
    out = []
    for f in facts:
        for name, status, when, v in f.statuses:
            key = people.resolve(name, f.sc.doc_id, v.start)
            if key:
                out.append((f, key, status, when, v))
    return out


def _status_conflicts(resolved: Resolved) -> list[Group]:
    index: dict[tuple[str, str], list[tuple[Facts, str, Value]]] = defaultdict(list)
    for f, key, status, when, v in resolved:
        if when:
            index[(key, when)].append((f, status, v))
    groups: dict[tuple[str, str], Group] = {}
    for (key, when), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = groups[(key, when)] = Group("status", f"{_title(key)}, {when}", (key, when))
        for (fa, sa, va), (fb, sb, vb) in combinations(items, 2):
            if frozenset({sa, sb}) in INCOMPATIBLE and _pair_ok(fa, fb):
                g.pairs.append((_relabel(va, _STATUS_RU.get(sa, sa)),
                                _relabel(vb, _STATUS_RU.get(sb, sb)), 0.85))
    # held still after the release, or wanted abroad while held: one conflict with the
    # first day's own
    for (key, when), pair in _held_after_release(index) + _wanted_while_held(index):
        groups.setdefault((key, when), Group("status", f"{_title(key)}, {when}",
                                             (key, when))).pairs.append(pair)
    return list(groups.values())


# a death at the story's event itself: «скончался на месте», «погиб на месте аварии»,
# «среди погибших — и водитель автобуса»
_AT_THE_EVENT = re.compile(r"(?<![а-яё])(?:погиб\w*|скончал\w*|умер\w*)\s+на\s+месте(?![а-яё])|"
                           r"(?<![а-яё])среди\s+(?:погибших|жертв|тел)(?![а-яё])", re.I)
_LIVING = {"detained", "arrested", "house_arrest", "arrest_extended", "held", "released"}


def _dead_at_the_event(resolved: Resolved, story: Mapping[int, int]) -> list[Group]:
    """One person dead at the story's event in one report, detained, arrested or freed
    after it in another (the bus driver «скончался на месте» vs «задержан в порядке ст.
    91»): both cannot be true. Only a death told as the event's, and only statuses of the
    same story from a week before its report on."""
    dead: dict[tuple[str, int], list[tuple[Facts, Value]]] = defaultdict(list)
    alive: dict[tuple[str, int], list[tuple[Facts, str, str, Value]]] = defaultdict(list)
    for f, key, status, when, v in resolved:
        if len(key.split()) < 2:
            continue
        st = story.get(f.sc.doc_id, -f.sc.doc_id)
        if status == "dead" and _AT_THE_EVENT.search(f.sc.claim.text):
            dead[(key, st)].append((f, v))
        elif status in _LIVING and (day := when or f.sc.published):
            # (a status with no day of its own holds when its report came out)
            alive[(key, st)].append((f, status, day, v))
    groups = []
    for (key, st), deaths in dead.items():
        if len(deaths) + len(alive.get((key, st), [])) > MAX_GROUP:
            continue
        g = Group("status", f"{_title(key)}: {_STATUS_RU['dead']}", ("dead", key))
        for (fd, vd), (fa, status, when, va) in product(deaths, alive.get((key, st), [])):
            ref = fd.sc.published or fd.sc.claim.said_on
            if fd.sc.doc_id == fa.sc.doc_id or not ref or when < ref and days_apart(when, ref) > 7:
                continue
            g.pairs.append((_relabel(vd, _STATUS_RU["dead"]),
                            _relabel(va, _STATUS_RU.get(status, status)), 0.8))
        if g.pairs:
            groups.append(g)
    return groups


def _still_held(f: Facts, status: str, v: Value) -> bool:
    """Whether a status says someone is in custody still at the time told: a release
    denied, or custody told with «по-прежнему», «до сих пор», «все еще»."""
    if status == "held":
        return True
    if status not in ("arrested", "detained"):
        return False  # (house arrest may follow a release from jail)
    base, text = f.sc.claim.start, f.sc.claim.text
    return bool(_STILL.search(text[max(0, v.start - base - 25) : v.end - base]))


_STILL = re.compile(rf"(?<![а-яё])(?:{STILL}|still)(?![а-яё])", re.I)


def _held_after_release(index: dict[tuple[str, str], list[tuple[Facts, str, Value]]]
                        ) -> list[tuple[tuple[str, str], tuple[Value, Value, float]]]:
    """One person released on one day and told as held still a few days later («вышла
    из-под стражи во вторник» vs, on Wednesday, «до сих пор в изоляторе», «никто ее не
    отпускал»): both cannot be true. Each pair with the (person, day of the release) whose
    conflict it joins."""
    released: dict[str, list[tuple[str, Facts, Value]]] = defaultdict(list)
    held: dict[str, list[tuple[str, Facts, Value]]] = defaultdict(list)
    for (key, when), items in index.items():
        for f, status, v in items:
            if status == "released":
                released[key].append((when, f, v))
            elif _still_held(f, status, v):
                held[key].append((when, f, v))
    out = []
    for key, freed in released.items():
        if len(freed) + len(held[key]) > MAX_GROUP:
            continue
        pairs = [(wa, va, vb, wb) for (wa, fa, va), (wb, fb, vb) in product(freed, held[key])
                 if wa < wb and days_apart(wa, wb) <= _STILL_HELD_DAYS
                 and fa.sc.doc_id != fb.sc.doc_id]
        # (all in the conflict of the first release day told: one dispute over one custody)
        first = min((wa for wa, *_r in pairs), default="")
        out += [((key, first), (_relabel(va, _STATUS_RU["released"]),
                                _relabel(vb, f"под стражей и {wb}"), 0.8))
                for _wa, va, vb, wb in pairs]
    return out


# a custody a court chose holds for weeks: one told wanted (abroad, at large) in those
# days is told free of it («арестовал Шестопалова» on Thursday, «находится за рубежом и
# объявлен в международный розыск» on Monday), unless he fled it
_WANTED_WHILE_HELD_DAYS = 14
_WANTED_WHILE_DETAINED_DAYS = 3
_FLED = re.compile(r"(?<![а-яё])(?:сбеж\w*|побег\w*|бежал\w*|скрыл\w*|скрыва\w*|"
                   r"ушел\s+из-под|escaped)", re.I)
_IN_ABSENTIA = re.compile(r"(?<![а-яё])заочн\w*|\bin\s+absentia\b", re.I)


def _wanted_while_held(index: dict[tuple[str, str], list[tuple[Facts, str, Value]]]
                       ) -> list[tuple[tuple[str, str], tuple[Value, Value, float]]]:
    """One person put in custody by a court on one day and told wanted a few days later
    by another report: both cannot be true (wanted first and caught later is the order
    of things, not a dispute)."""
    held: dict[str, list[tuple[str, str, Facts, Value]]] = defaultdict(list)
    wanted: dict[str, list[tuple[str, Facts, Value]]] = defaultdict(list)
    for (key, when), items in index.items():
        for f, status, v in items:
            if (status in CUSTODY or status == "detained") and \
                    not _IN_ABSENTIA.search(f.sc.claim.text):
                held[key].append((when, status, f, v))
            elif status == "wanted" and not _FLED.search(f.sc.claim.text):
                wanted[key].append((when, f, v))
    out = []
    for key, sought in wanted.items():
        if len(sought) + len(held[key]) > MAX_GROUP:
            continue
        # (a detention lasts two days before a court's word: wanted a day or two after it)
        pairs = [(wa, status, va, vb) for (wa, status, fa, va), (wb, fb, vb)
                 in product(held[key], sought)
                 if wa <= wb and days_apart(wa, wb) <= (
                     _WANTED_WHILE_DETAINED_DAYS if status == "detained"
                     else _WANTED_WHILE_HELD_DAYS)
                 and fa.sc.doc_id != fb.sc.doc_id]
        first = min((wa for wa, *_r in pairs), default="")
        out += [((key, first), (_relabel(va, _STATUS_RU[status]),
                                _relabel(vb, _STATUS_RU["wanted"]), 0.8))
                for _wa, status, va, vb in pairs]
    return out


def _relabel(v: Value, value: str) -> Value:
    return Value(v.claim, v.start, v.end, v.text, value, v.key)


def _roles_clash(ra: str, rb: str) -> bool:
    """Whether one person cannot hold both titles at once: two of one group (a director is
    not the editor-in-chief), or a title and a deputy's or adviser's post under it, or the
    head of a body and a deputy anywhere."""
    if ra == rb:
        return False
    if any(ra in grp and rb in grp for grp in ROLE_GROUPS):
        return True
    for x, y in ((ra, rb), (rb, ra)):
        under = x.split(": ", 1)[1] if ": " in x else None
        if under is not None and (y == under or y == "руководитель"):
            return True
    return False


def _two_stories(story: Mapping[int, int],
                 facts: Sequence[Facts]) -> Callable[[Facts, Facts], bool]:
    """Whether two claims belong to two stories of several reports each: two affairs,
    whatever name they share (namesakes in a corpus of many stories)."""
    sizes = Counter(story.get(d, -d) for d in {f.sc.doc_id for f in facts})

    def apart(a: Facts, b: Facts) -> bool:
        sa, sb = story.get(a.sc.doc_id, -a.sc.doc_id), story.get(b.sc.doc_id, -b.sc.doc_id)
        return sa != sb and sizes[sa] > 1 and sizes[sb] > 1

    return apart


def _role_conflicts(facts: Sequence[Facts], people: People,
                    story: Mapping[int, int]) -> list[Group]:
    apart = _two_stories(story, facts)
    index: dict[str, list[tuple[Facts, str, Value]]] = defaultdict(list)
    for f in facts:
        for name, role, former, v in f.roles:
            # a surname alone is the person its own report names in full, or no one
            key = people.key(name) if len(name.split()) >= 2 else \
                people.in_doc(name, f.sc.doc_id)  # (never the corpus's one namesake)
            if key and not former:
                index[key].append((f, role, v))
    out = []
    for key, items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("role", _title(key), (key,), evidence=2)
        for (fa, ra, va), (fb, rb, vb) in combinations(items, 2):
            if not _pair_ok(fa, fb) or not _roles_clash(ra, rb) or apart(fa, fb):
                continue
            g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out


def _date_conflicts(facts: Sequence[Facts], people: People) -> list[Group]:
    # One event: the same non-recurring predicate about the same counted group or person,
    # in the same place when both name one.
    index: dict[tuple[str, str], list[tuple[Facts, StatedDate, Value]]] = defaultdict(list)
    for f in facts:
        if another_affair(f):
            continue  # «предыдущая акция, 31 октября, закончилась задержанием»
        for event, d, v in f.dated:
            if event not in ONCE_FRAMES:
                continue
            for who in (f.nouns | f.people) or set():
                index[(event, who)].append((f, d, v))
    groups: dict[tuple[str, str], Group] = {}
    for (event, who), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        for (fa, da, va), (fb, db, vb) in combinations(items, 2):
            if not _pair_ok(fa, fb) or da.precision == db.precision:
                continue  # same precision and different values: two events as often as not
            if _contains(da, db) or _contains(db, da):
                continue  # the vaguer value holds the precise one
            if da.date_to < db.date_from or db.date_to < da.date_from:
                continue  # far apart: two events (an arrest in July, its extension later)
            if fa.places and fb.places and not fa.places & fb.places:
                continue
            g = groups.setdefault((event, who), Group(
                "date", f"{_title(who) if who in fa.people else _noun_ru(who)}: "
                f"{_FRAME_RU.get(event, event)}", (event, who)))
            g.pairs.append((va, vb, 0.7))
    # A person dies once, and is freed once: one person's death (or release) dated to
    # two days apart is a conflict. A day apart is left alone: the day it became known
    # is often told as the day it happened.
    once: dict[tuple[str, str], list[tuple[Facts, str, Value]]] = defaultdict(list)
    dated: list[tuple[Facts, str, Value]]
    for f in facts:
        # (a claim that names no day of its own is dated by when it was told: a guess,
        # «он вышел из здания суда около семи вечера», told two days on)
        if not tells_day(f) or another_affair(f):
            continue
        for name, status, when, v in f.statuses:
            key = people.resolve(name, f.sc.doc_id, v.start)
            if key and when and status in ("dead", "released") and len(key.split()) >= 2:
                once[(key, status)].append((f, when, v))
    for (key, status), dated in once.items():
        if len(dated) > MAX_GROUP:
            continue
        for (fa, wa, va), (fb, wb, vb) in combinations(dated, 2):
            gap = days_apart(wa, wb)
            if not _pair_ok(fa, fb) or gap <= 1 or gap > 60:
                continue
            g = groups.setdefault((status, key), Group(
                "date", f"{_title(key)}: {_STATUS_RU.get(status, status)}", (status, key)))
            g.pairs.append((_relabel(va, wa), _relabel(vb, wb), 0.65))
    return list(groups.values())


def _causes_clash(a: str, b: str) -> bool:
    return a != b and frozenset({a, b}) not in COMPATIBLE_CAUSES


def _one_account(f: Facts) -> Value | None:
    """The one cause of death a claim tells: «скончались от травм, нанесенных тупым
    предметом» names injuries and blows, one account (the blows, which say more);
    two causes that exclude each other are no one account."""
    vals = [v for _k, v in f.causes]
    if len(vals) > 1 and not any(_causes_clash(a.value, b.value)
                                 for a, b in combinations(vals, 2)):
        vals = [v for v in vals if v.value != "травмы"]
    return vals[0] if len({v.value for v in vals}) == 1 else None


def _statement_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    groups: dict[str, Group] = {}
    # within one claim: «experts named blows, while the other side named a heart attack»
    for f in facts:
        vals = [v for _k, v in f.causes]
        clashing = [(va, vb) for va, vb in combinations(vals, 2)
                    if _causes_clash(va.value, vb.value)]
        if clashing and _contrasted(f):
            who = ", ".join(sorted(_title(p) for p in f.people)) or "?"
            g = groups.setdefault(f"cause:{f.sc.id}", Group(
                "statement", f"причина смерти: {who}", ("cause", who)))
            g.pairs += [(va, vb, 0.75) for va, vb in clashing]
    # across claims about the same dead person; a claim that names no one («смерть
    # обоих наступила...») speaks of its story's dead
    index: dict[str, list[tuple[Facts, Value]]] = defaultdict(list)
    for f in facts:
        told = _one_account(f)
        if told is None:
            continue
        # by surname: reports name one dead man in full or by surname, and brothers
        # who died together («братья Сафаровы») share one
        for p in {n.split()[-1] for n in f.people if n.split()} | \
                {f"story{story.get(f.sc.doc_id, -f.sc.doc_id)}"}:
            index[p].append((f, told))
    for who, items in index.items():
        if len(items) > MAX_GROUP:
            continue
        for (fa, va), (fb, vb) in combinations(items, 2):
            if not _causes_clash(va.value, vb.value) or not _pair_ok(fa, fb):
                continue
            if who.startswith("story") and fa.people and fb.people:
                continue  # two named people meet by name, not by story
            named = who if not who.startswith("story") else ", ".join(
                sorted(_title(p) for p in fa.people | fb.people)) or "?"
            g = groups.setdefault(f"cause:{who}", Group(
                "statement", f"причина смерти: {_title(named)}", ("cause", who)))
            g.pairs.append((va, vb, 0.75))
    return list(groups.values())


_CONTRAST = re.compile(r"\b(?:тогда\s+как|в\s+то\s+время\s+как|однако|но|а|хотя|между\s+тем|"
                       r"while|whereas|but|however)\b|;", re.I)


def _contrasted(f: Facts) -> bool:
    """Two causes in one claim oppose each other only across a contrast («..., тогда как
    ...»); «умер от инфаркта, вызванного побоями» is one account, not two."""
    spans = sorted((v.start, v.end) for _k, v in f.causes)
    base = f.sc.claim.start
    between = f.sc.claim.text[spans[0][1] - base : spans[-1][0] - base]
    return bool(_CONTRAST.search(between))


_SUMMARIES = {
    "count": "different numbers: {values}",
    "status": "incompatible statuses on one day: {values}",
    "role": "different titles for one person: {values}",
    "date": "one event dated differently: {values}",
    "statement": "incompatible accounts: {values}",
}


# bodies that act on a person: «суд изменил обвиняемому меру» is about the accused
_AGENTS = {"суд", "следствие", "следователь", "полиция", "прокуратура", "ск", "фсб"}
_PROCEDURAL = {"обвиняемый", "подозреваемый", "подсудимый", "фигурант", "задержанный",
               "арестованный", "подзащитный", "осужденный", "доверитель"}


def _give_role_statuses(f: Facts, people: People,
                        titled: Mapping[tuple[int, str], set[str]] | None = None) -> None:
    """A status of a person told of but not named goes to the one person the story
    describes so («водителя автобуса» of «водителя автобуса Николая Лебедянцева»), else to
    the one person the same report gives that title («задержали министра» in a report
    naming «Министр здравоохранения Олег Лебедянцев», though the story has an acting
    minister too: `titled`, (document, title) -> people), else, when it is a word for one
    person («ученый», «обвиняемый», «он»), to the report's protagonist."""
    speaker = people.key(f.sc.claim.speaker or "")
    # (the speaker's own description, «его адвокат Бакыт Осмоналиев сообщил», is not
    # the one told of)
    described = people.described(f.sc) - {speaker}
    protagonist = people.protagonist(f.sc.doc_id)
    for noun, st, when, v in f.role_statuses:
        # (of several people the claim describes, the one its own noun describes:
        # «Капитан судна ... находится под стражей в Тромсё» is the captain, not the
        # Tromsø official the place's name stands for)
        own = {p for p in described if noun and people.describes(f.sc, noun, p)}
        who = next(iter(own)) if len(own) == 1 else \
            next(iter(described)) if len(described) == 1 else None
        same = (titled or {}).get((f.sc.doc_id, noun), set()) if noun else set()
        if who is None and len(same) == 1:
            who = next(iter(same))
        if noun and (surname := noun[:1].upper() + noun[1:]) in f.sc.claim.text:
            # «Калягин был задержан 18 марта»: a surname the name finder missed, of a
            # person the report names in full elsewhere
            who = people.in_doc(surname, f.sc.doc_id, v.start) or who
        if who is None and (not noun or noun in _PROCEDURAL):
            who = people.client(f.sc)  # «адвокат машиниста ...: его подзащитный»
        # a word for one person means the protagonist only when the story calls him so
        # («журналиста отпустили» in a report about a driver is another man), or when
        # it is a procedural role or a pronoun, which only the accused has
        if who is None and protagonist and (
                people.describes(f.sc, noun, protagonist) or noun in _PROCEDURAL
                or ((not noun or noun in _AGENTS) and ONE_PERSON.search(f.sc.claim.text))):
            who = protagonist
            # a pronoun means the person named last before it, when that is not the
            # protagonist («его сын Максим ...; после допроса его отпустили»)
            if not noun or noun in _AGENTS:
                last = people.last_named(f.sc.doc_id, v.start, but=speaker)
                if last is not None and last != protagonist:
                    who = None
        if who:
            f.statuses.append((who, st, when, Value(v.claim, v.start, v.end, v.text, v.value,
                                                    who)))


def prepare(claims: Sequence[StoredClaim]) -> tuple[list[Facts], People, dict[int, int]]:
    """What every rule reads: each claim's facts, the people the claims name (with the
    statuses told of them by description), and which documents tell one story."""
    facts = [read_facts(sc) for sc in claims]
    names = [e.name for sc in claims for e in sc.claim.entities if e.type == "PER"]
    by_doc: dict[int, list[str]] = defaultdict(list)
    for sc in claims:
        by_doc[sc.doc_id] += [e.name for e in sc.claim.entities if e.type == "PER"]
    mentions: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for sc in claims:
        mentions[sc.doc_id] += [(e.start, e.name) for e in sc.claim.entities
                                if e.type == "PER" and len(e.name.split()) >= 2]
    # (a name the recogniser takes for a place more often than for a person: «Заречинск»
    # once a person in «в СИЗО-1 Заречинска»; not «Петров», once a place)
    kinds = Counter((fold(e.name), e.type) for sc in claims for e in sc.claim.entities)
    places = {name for (name, kind), n in kinds.items()
              if kind == "LOC" and n > kinds[(name, "PER")]}
    people = People(names, by_doc, mentions, places)
    story = stories(claims)
    people.learn_descriptors(claims, story)
    mark_earlier(facts)
    titled: dict[tuple[int, str], set[str]] = defaultdict(set)
    for f in facts:
        for person, role, _was, _v in f.roles:
            if (key := people.resolve(person, f.sc.doc_id)) is not None:
                titled[(f.sc.doc_id, role)].add(key)
    for f in facts:
        if f.role_statuses:
            _give_role_statuses(f, people, titled)
    return facts, people, story


def find_conflicts(claims: Sequence[StoredClaim],
                   prepared: tuple[list[Facts], People, dict[int, int]] | None = None
                   ) -> list[Conflict]:
    """All conflicts among these claims, most confident first (`prepared`: what
    `prepare` read of them, when the caller has it already)."""
    facts, people, story = prepared or prepare(claims)
    changes = _told_as_change(facts, story)  # (read once for both count rules)
    more = _additions(facts)  # (so are the counts told as more)
    resolved = _resolved_statuses(facts, people)  # (and the statuses' people, for two)
    counted = _count_conflicts(facts, story, changes, more)
    taken = {(g.key[0], g.key[1], v.claim) for g in counted for a, b, _c in g.pairs
             for v in (a, b)}
    groups = (
        counted + _restated_counts(facts, story, taken, changes, more)
        + _current_counts(facts, story)
        + _status_conflicts(resolved) + _dead_at_the_event(resolved, story)
        + _role_conflicts(facts, people, story) + _date_conflicts(facts, people)
        + _statement_conflicts(facts, story)
    )
    # rules that need to know which documents tell one story
    groups += (
        money.money_conflicts(facts, story, people) + court.measure_conflicts(facts, story, people)
        + causes.cause_conflicts(facts, story) + money.payout_conflicts(facts, story)
        + court.term_conflicts(facts, story, people)
        + court.regime_conflicts(facts, story, people)
        + court.age_conflicts(facts, people, story)
        + shares.share_conflicts(facts, story, people)
        + court.detention_date_conflicts(facts, people)
        + statements.polarity_conflicts(facts, story, people)
        + statements.charge_conflicts(facts, story, people)
        + part_conflicts(facts, story) + doer_conflicts(facts, story)
        + statements.event_time_conflicts(facts, story)
        + restated.restated_date_conflicts(facts, story)
        + initiative.initiative_conflicts(facts, story)
        + built.built_conflicts(facts, story)
        + resumed.resumed_conflicts(facts, story)
        + resumed.still_off_conflicts(facts, story) + onset.onset_conflicts(facts, story)
        + deadlines.deadline_conflicts(facts, story) + deadlines.effect_conflicts(facts, story)
        + leaks.leak_conflicts(facts, story) + permits.permit_conflicts(facts, story)
        + votes.vote_conflicts(facts, story)
        + firsts.first_conflicts(facts, story) + firsts.last_inspection_conflicts(facts, story)
        + firsts.call_or_meeting_conflicts(facts, story) + strains.strain_conflicts(facts, story)
        + driver_conflicts(facts, story) + signer_conflicts(facts, story)
        + origin.origin_conflicts(facts, story)
    )
    # the generic yes/no rule last: it speaks only of claims no rule above already set
    # against another on a status or a statement
    answered = {v.claim for g in groups if g.kind in ("status", "statement")
                for a, b, _c in g.pairs for v in (a, b)}
    groups += polarity.polarity_conflicts(facts, story, people, answered,
                                          statements.opposite_answers(facts, story))
    # harm and deaths speak of pairs no rule above set against each other already
    paired = {frozenset({a.claim, b.claim}) for g in groups for a, b, _c in g.pairs}
    groups += harm.harm_conflicts(facts, story, paired) \
        + harm.death_conflicts(facts, story, paired) \
        + harm.injury_conflicts(facts, story, paired) \
        + harm.detention_conflicts(facts, story, paired)
    by_id = {f.sc.id: f for f in facts}
    out = [k for g in groups if (k := build(g, _SUMMARIES[g.kind], by_id)) is not None]
    out = onset.once_per_event(out, {f.sc.id: story.get(f.sc.doc_id, -1) for f in facts})
    return sorted(out, key=lambda k: (-k.confidence, k.kind, k.subject))


def conflicting_pairs(conflicts: Iterable[Conflict]) -> set[frozenset[int]]:
    """Pairs of claims that stand on different sides of some conflict."""
    out: set[frozenset[int]] = set()
    for k in conflicts:
        for a, b in combinations(k.sides, 2):
            if a.side != b.side and a.claim_id != b.claim_id:
                out.add(frozenset({a.claim_id, b.claim_id}))
    return out


def agreeing_pairs(facts: Sequence[Facts], story: Mapping[int, int]) -> set[tuple[int, int]]:
    """Pairs of claims of one story, in two reports, that state one count of one thing
    («травмы получили 14 российских граждан», «у нас 14 пострадавших россиян»): one
    statement retold in other words, however unlike the words read. A value a story's
    reports state over and over is left out: its claims say other things too."""
    index: dict[tuple[str, str, int, int], set[tuple[int, int]]] = defaultdict(set)
    for f in facts:
        for frame, cls, n, _v in f.counts:
            # a number few things in a story share («143 гражданина», «сто сорок три
            # россиянина» aboard) is one fact whatever verb tells it; a round or a small
            # one («10», «3») needs its verb to match too
            specific = n > 12 and n % 10 != 0
            if specific:
                index[("", cls, n, story.get(f.sc.doc_id, -1))].add((f.sc.id, f.sc.doc_id))
            elif not frame.startswith(GENERIC):
                index[(frame, cls, n, story.get(f.sc.doc_id, -1))].add((f.sc.id, f.sc.doc_id))
    return match.report_pairs(index.values(), MAX_AGREEING)


# a named person's status whose retellings state one fact (not «held», which many claims
# repeat as the story's background)
_RETOLD_STATUSES = {"detained", "arrested", "house_arrest", "released", "dead", "deported",
                    "wanted"}


def status_agreements(resolved: Resolved, story: Mapping[int, int]) -> set[tuple[int, int]]:
    """Pairs of claims of one story, in two reports, that tell one named person's one
    status of one day («в субботу задержан начальник службы безопасности Олег Рябов»,
    «следователи задержали Олега Рябова в субботу»): one fact retold. Undated, a status
    is as often the background of a claim about something else («Рябов, задержанный по
    делу о ..., заявил»), so both must name the day. A status a story's reports tell over
    and over is its refrain: those claims say other things too."""
    # claim id -> (document, the day told) by (person, status, story); the undated count
    # towards the refrain too
    index: dict[tuple[str, str, int], dict[int, tuple[int, str | None]]] = defaultdict(dict)
    for f, key, status, when, _v in resolved:
        if status in _RETOLD_STATUSES and len(key.split()) >= 2:
            told = index[(key, status, story.get(f.sc.doc_id, -f.sc.doc_id))]
            if when or f.sc.id not in told:
                told[f.sc.id] = (f.sc.doc_id, when)
    out: set[tuple[int, int]] = set()
    for told in index.values():
        if len(told) <= MAX_AGREEING:
            by_day: dict[str, set[tuple[int, int]]] = defaultdict(set)
            for cid, (doc, when) in told.items():
                if when:
                    by_day[when].add((cid, doc))
            out |= match.report_pairs(by_day.values(), MAX_AGREEING)
    return out


def known_same(claims: Sequence[StoredClaim],
               prepared: tuple[list[Facts], People, dict[int, int]]) -> set[tuple[int, int]]:
    """Pairs of claims of one story, in two reports, that the rules read as stating one
    fact whatever their words: one count of one thing, a case under one article of the
    Criminal Code, one exact sum of one kind, one sum promised to one kind of recipient,
    one term or measure of one decision, one named person's status, one cause of the
    story's event, no one dead or no one hurt, one matter put off to one day, one stock
    statement (a matter under personal control, no threat to life), one initiator of one
    call, one telling figure (a rare number, a number with its unit)."""
    facts, people, story = prepared
    return (agreeing_pairs(facts, story) | case_pairs(claims, story)
            | money.payout_agreements(facts, story) | money.sum_agreements(facts, story)
            | court.term_agreements(facts, story, people)
            | court.measure_agreements(facts, story, people)
            | status_agreements(_resolved_statuses(facts, people), story)
            | causes.cause_agreements(facts, story) | harm.none_agreements(facts, story)
            | deadlines.put_off_agreements(facts, story)
            | stock.stock_agreements(facts, story)
            | statements.answer_agreements(facts, story, people)
            | initiative.initiative_agreements(facts, story)
            | match.figure_agreements(claims, story, MAX_AGREEING))


def refresh(db: Database) -> None:
    """Recompute clusters and conflicts for the claims stored now (after an ingest)."""
    claims = load_claims(db)
    prepared = prepare(claims)
    conflicts = find_conflicts(claims, prepared)
    apart = conflicting_pairs(conflicts)
    clusters, _stats = match.find_clusters(
        claims, veto=lambda a, b: frozenset({a.id, b.id}) in apart,
        agree=known_same(claims, prepared),
    )
    by_id = {sc.id: sc for sc in claims}
    labels = [match.cluster_label([by_id[i] for i in g]) for g in clusters]
    store.save_clusters(db, clusters, labels)
    store.save_conflicts(db, conflicts)
