"""Who started a call or a meeting: «беседа состоялась по инициативе киргизской стороны»
vs «разговор состоялся по инициативе российской стороны». One conversation has one
initiator; two sides named for one call on one day (or in reports of the same days)
disagree. Kremlin and foreign readouts of leaders' calls state this as a rule, and the
sides often claim the other asked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from factdb.conflicts.facts import Facts, Value
from factdb.conflicts.groups import MAX_AGREEING, MAX_GROUP, Group
from factdb.conflicts.lexicons import country_of, leader_of
from factdb.conflicts.rules import _safe, _when, days_apart, stated_day
from factdb.text import fold

_EVENTS = (
    ("разговор", re.compile(r"\b(?:разговор\w*|звон\w*|позвонил\w*|созвонил\w*|телефон\w*|"
                            r"бесед\w*|call|spoke)\b", re.I)),
    ("встреча", re.compile(r"\b(?:встреч\w*|встретил\w*|переговор\w*|визит\w*|meeting|met)\b",
                           re.I)),
    # an exchange of prisoners or detained citizens: each side says the other asked first
    ("обмен", re.compile(r"\b(?:обмен\w*|exchange|swap)\b", re.I)),
)
_SIDE = r"(?P<side>[А-ЯЁа-яё][а-яё-]+)"
_INITIATIVE = (
    # «по инициативе киргизской стороны», «по инициативе Бишкека», «по просьбе Москвы»
    re.compile(rf"\bпо\s+(?:инициативе|просьбе)\s+{_SIDE}", re.I),
    # «звонок инициировал Бишкек», «инициатором разговора выступила Москва»
    re.compile(rf"\b(?:инициировал\w*|инициатором\s+(?:\w+\s+)?(?:выступил\w*|стал\w*|"
               rf"был\w*))\s+{_SIDE}", re.I),
    re.compile(rf"\b{_SIDE}\s+(?:инициировал\w*|выступил\w*\s+инициатором)", re.I),
    # «звонок был инициирован российской стороной»
    re.compile(rf"\bинициирован\w*\s+{_SIDE}\s+(?:сторон|власт|руководств)\w*", re.I),
    # «позвонил российский лидер», «позвонил ему российский коллега»
    re.compile(rf"\bпозвонил\w*\s+(?:(?:ему|ей|им|нам|мне)\s+)?{_SIDE}\s+"
               rf"(?:лидер|президент|глав|премьер|коллег|министр)\w*", re.I),
    re.compile(r"\bat\s+the\s+(?:initiative|request)\s+of\s+(?:the\s+)?(?P<side>\w+)", re.I),
    # «инициатива исходила от грузинской стороны», «предложение поступило от Москвы»
    re.compile(rf"\b(?:инициатива|предложение|просьба)\s+(?:[а-яё]+\s+){{0,3}}?"
               rf"(?:исходил\w*|поступил\w*)\s+от\s+{_SIDE}", re.I),
    # «с инициативой обмена выступила Москва», «с просьбой обратился Тбилиси»
    re.compile(rf"\bс\s+(?:инициативой|предложением|просьбой)\s+(?:[а-яё]+\s+){{0,3}}?"
               rf"(?:выступил\w*|обратил\w*)\s+(?:первы[мй]\s+|сам\w*\s+)?{_SIDE}", re.I),
    # «Россия первой предложила», «Тбилиси сам вышел на нас с этим предложением»
    re.compile(rf"\b{_SIDE}\s+(?:первой|первым|сама?)\s+(?:предложил\w*|попросил\w*|"
               rf"обратил\w*|вышл?[аи]?)\b", re.I),
)
_EN_SIDES = {"russian": "россия", "kremlin": "россия", "moscow": "россия"}
# the caller started the call: «Путин сам позвонил Алиеву», «Алиеву позвонил Путин»
# (a leader's surname in the nominative, see `leader_of`)
_CALLERS = (
    re.compile(r"\b(?P<side>[А-ЯЁ][а-яё-]+)\s+(?:(?:сам|сама|первым|первой|лично)\s+)?"
               r"(?:позвонил|позвонила)\b"),
    re.compile(r"\b(?:позвонил|позвонила)\s+(?:(?:[А-ЯЁ][а-яё]+|ему|ей)\s+)?"
               r"(?:(?:сам|сама|первым|первой|лично)\s+)?(?P<side>[А-ЯЁ][а-яё-]+)\b"),
)


def _country(word: str) -> str | None:
    w = fold(word)
    if w in ("наш", "нашей", "нашего"):
        return None  # «по инициативе нашей стороны»: whose depends on the speaker
    return country_of(w, capitals=True) or _EN_SIDES.get(w)


def _side_adjective(word: str, after: str) -> str | None:
    """A side told by an adjective the country lexicon does not know («по инициативе
    мирданской стороны»): its stem tells it from the other side («российской»)."""
    w = fold(word)
    m = re.fullmatch(r"([а-я]+(?:ск|цк))(?:ой|ая|ую|ий|ого|ие|их)", w)
    if m is None or w.startswith(("наш", "ваш", "друг", "противоположн")) or \
            not re.match(r"\s+сторон", after, re.I):
        return None
    return m.group(1)


@_safe
def _initiatives(f: Facts) -> list[tuple[str, str, Value]]:
    """(event, country that started it, value) the claim states."""
    c = f.sc.claim
    event = next((name for name, pat in _EVENTS if pat.search(c.text)), None)
    if event is None:
        return []
    found: dict[str, Value] = {}
    # a side told by its country, capital or people; a caller by a leader's surname
    readings = [(pat, _country) for pat in _INITIATIVE] + [(pat, leader_of) for pat in _CALLERS]
    for pat, side_of in readings:
        for m in pat.finditer(c.text):
            country = side_of(m.group("side")) or (
                _side_adjective(m.group("side"), c.text[m.end("side"):])
                if side_of is _country else None)
            if country and country not in found:
                found[country] = Value(f.sc.id, c.start + m.start(), c.start + m.end(),
                                       m.group(0), country, event)
    if len(found) != 1:
        return []  # none, or both sides in one claim (a report of the dispute itself)
    (country, v), = found.items()
    return [(event, country, v)]


def _told(facts: Sequence[Facts], story: dict[int, int]
          ) -> dict[tuple[str, int], list[tuple[Facts, str, Value]]]:
    """The initiators told, by event kind and story."""
    index: dict[tuple[str, int], list[tuple[Facts, str, Value]]] = defaultdict(list)
    for f in facts:
        for event, country, v in _initiatives(f):
            index[(event, story.get(f.sc.doc_id, -f.sc.doc_id - 1))].append((f, country, v))
    return index


def _pairs(items: list[tuple[Facts, str, Value]], same: bool
           ) -> list[tuple[tuple[Facts, str, Value], tuple[Facts, str, Value]]]:
    """Pairs of tellings of one event naming one initiator (`same`) or two."""
    # a story that dates only one such call: its undated retellings are of that call
    days = {d for f, _c, _v in items if (d := stated_day(f))}
    only = next(iter(days)) if len(days) == 1 else None
    return [(a, b) for a, b in combinations(items, 2)
            if (a[1] == b[1]) == same and a[0].sc.id != b[0].sc.id
            and _one_event(a[0], b[0], only)]


def initiative_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """Two sides named as the initiator of one call (or meeting) of one story."""
    out = []
    for (event, _s), items in _told(facts, story).items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("statement", f"инициатор: {event}", ("initiative", event))
        g.pairs = [(va, vb, 0.6) for (_fa, _ca, va), (_fb, _cb, vb) in _pairs(items, False)]
        out.append(g)
    return out


def initiative_agreements(facts: Sequence[Facts], story: dict[int, int]
                          ) -> set[tuple[int, int]]:
    """Pairs of claims, in two reports, that name one side as the initiator of one call
    (or meeting, or exchange): «беседа прошла по инициативе армянской стороны», «звонок
    инициировал Ереван»: one finding retold."""
    out: set[tuple[int, int]] = set()
    for items in _told(facts, story).values():
        if len(items) <= MAX_AGREEING:
            out |= {(min(a.sc.id, b.sc.id), max(a.sc.id, b.sc.id))
                    for (a, _ca, _va), (b, _cb, _vb) in _pairs(items, True)
                    if a.sc.doc_id != b.sc.doc_id}
    return out


def _one_event(a: Facts, b: Facts, only: str | None = None) -> bool:
    """Both dated to one day; or one dated and the other told within three days after it
    (within a month when that day is the only one the story dates such an event to);
    or both undated and published within three days (calls recur: weeks apart, two)."""
    da, db = stated_day(a), stated_day(b)
    if da and db:
        return da == db
    told_a, told_b = _when(a), _when(b)
    if da or db:
        day, told = (da, told_b) if da else (db, told_a)
        within = 30 if day == only else 3
        return bool(day and told) and str(told) >= str(day) and days_apart(str(day),
                                                                          str(told)) <= within
    return bool(told_a and told_b) and days_apart(str(told_a), str(told_b)) <= 3
