"""Stock statements that reports retell in their own words: a matter taken under personal
control («губернатор взял ситуацию под личный контроль», «лично контролирую ход
работ»), no threat to someone's life or to the residents («угрозы для жизни
пострадавших нет», «жизни пострадавших ничего не угрожает»), and a check a supervising
body opened («прокуратура начала проверку», «прокуратура организовала проверку»). Two
reports of one story that tell one of them of one holder state one fact however their
words differ; so do two that tell a day of mourning declared («глава республики объявил
14 марта днем траура», «в понедельник в регионе объявлен траур») or a power cut of one day
(«электричество отключили в среду днем», «свет пропал днем в среду»). The clustering takes
such pairs as same pairs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

from factdb.conflicts.facts import Facts
from factdb.text import fold

_CONTROL = re.compile(
    r"\b(?:взял\w*|взят\w*|бер[уе]т?|держ\w*|наход\w*|оста[её]т\w*|поставил\w*|"
    r"поставлен\w*)\s+(?:[\w«»\"-]+\s+){0,3}?(?:под|на)\s+(?:свой\s+|личн\w+\s+|особ\w+\s+|"
    r"постоянн\w+\s+)?контрол(?:ь|е|ем)\b"
    r"|\bлично\s+(?:[\w-]+\s+)?контролир\w*|\bконтролир\w*\s+лично"
    r"|\b(?:ее|её|его|их|ситуаци\w*|ход\w*|положени\w*)\s+контролир\w*"
    r"|\bконтролир\w*\s+(?:ситуаци|ход|положени)\w*"
    r"|\b(?:обстановк|ситуаци)\w*\s+(?:[\w-]+\s+)?контролируем\w*",
    re.I)
# no threat to a life, or to the residents: «угрозы жизни нет», «жизни ... ничего не
# угрожает», «опасности для населения нет»; not a threat of a flood or of a collapse
_NO_THREAT = re.compile(
    r"\b(?:угроз|опасност)\w*\s+(?:для\s+)?(?:их\s+|его\s+|ее\s+|её\s+)?"
    r"(?:жизн|здоров|жител|населени|горожан|люд|пострадавш|пациент)\w*"
    r"(?:\s+(?:и\s+)?[\w-]+){0,4}?\s+(?:больше\s+|уже\s+)?нет\b"
    # (an aside between commas may stand before the verb: «жизни раненых, как уточнили
    # в больнице, ничего не угрожает»)
    r"|\b(?:жизн|жител|населени|горожан|люд)\w*\s+(?:[\w-]+,?\s+){0,5}?"
    r"(?:ничего|ничто)\s+не\s+угрожа\w*"
    r"|\b(?:угроз|опасност)\w*\s+(?:для\s+)?(?:их\s+|его\s+|ее\s+|её\s+)?жизн\w*\s+нет\b",
    re.I)
_RESIDENTS = re.compile(r"жител|населени|горожан|люд", re.I)
# a check a supervising body opened: «прокуратура начала проверку», «региональная
# прокуратура организовала проверку», «Роспотребнадзор проводит проверку»
_CHECK = re.compile(
    r"\b(?:начал\w*|начат\w*|организовал\w*|организован\w*|провод\w*|назначил\w*|"
    r"инициировал\w*|выехал\w*\s+(?:[\w-]+\s+)?с)\s+(?:[\w«»\"-]+\s+){0,3}?проверк\w*"
    r"|\bпроверк\w*\s+(?:[\w-]+\s+){0,3}?(?:начат|организован|назначен|провод)\w*",
    re.I)
# the bodies that open such checks, by the words reports name them by
_CHECKERS = (
    ("прокуратура", re.compile(r"\bпрокур\w*", re.I)),
    ("роспотребнадзор", re.compile(r"\bроспотребнадзор\w*|\bсанитарн\w+\s+врач\w*", re.I)),
    ("инспекция труда", re.compile(r"\bинспекци\w+\s+труда|\bгит\b|\bтрудов\w+\s+инспекц\w*",
                                   re.I)),
    ("следствие", re.compile(r"\bследствен\w*|\bследовател\w*|\bСК\b", re.I)),
)

# a day of mourning declared: «глава республики объявил 14 марта днем траура», «в
# понедельник в регионе объявлен траур»
_MOURNING = re.compile(r"\bобъяв\w*\s+(?:[\w-]+\s+){0,5}?(?:траур|дн\w+\s+траура)\w*|"
                       r"\b(?:траур|дн\w+\s+траура)\w*\s+(?:[\w-]+\s+){0,3}?объяв\w*", re.I)
# the power cut off: «электричество в доме отключили в пятницу», «свет пропал вечером»,
# «отключение электроэнергии»; a day it names tells which cut (a restoration is no cut)
_POWER = r"(?:свет[аоу]?|электричеств\w*|электроэнерги\w*|электроснабжени\w*|электропитани\w*)"
_POWER_CUT = re.compile(
    rf"(?<![а-яё]){_POWER}(?![а-яё])\s+(?:[\w-]+\s+){{0,4}}?(?:отключ|пропа|исчез|прекрати)\w*|"
    rf"(?<![а-яё])(?:отключ|пропа|исчез)\w*\s+(?:[\w-]+\s+){{0,3}}?{_POWER}(?![а-яё])", re.I)
# who holds a matter under control, by the title reports name him by
_TITLES = (
    ("президент", re.compile(r"\bпрезидент\w*|\bкремл\w*|\bглав\w+\s+государств\w*", re.I)),
    ("губернатор", re.compile(r"\bгубернатор\w*|\bглав\w+\s+(?:регион|област|кра[яе]|"
                              r"республик)\w*", re.I)),
    ("мэр", re.compile(r"\bмэр\w*|\bглав\w+\s+(?:город|администраци)\w*", re.I)),
    ("министр", re.compile(r"\bминистр\w*", re.I)),
    ("прокуратура", re.compile(r"\bпрокур\w*", re.I)),
)

MAX_RETOLD = 12  # claims of one story telling one stock statement past this: its refrain


def _stock(f: Facts) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """(which statement, the people it names or its speaker (for a day of mourning or a
    power cut, the days it names), the titles it names) of a claim that makes one of the
    stock statements; None otherwise."""
    text = f.sc.claim.text
    # people by surname: «Гладышев» and «Андрей Гладышев» are one
    named = {name.split()[-1] for name in f.people if name}
    m = _NO_THREAT.search(text)
    if m:
        # whose life: the residents' or the patients' (a named one, or the hurt)
        kind = "нет угрозы: жители" if _RESIDENTS.search(m.group(0)) else "нет угрозы: жизнь"
        return kind, frozenset(named), frozenset()
    if _CHECK.search(text):
        # (one check of one body: a check told with no body may be anyone's)
        body = frozenset(t for t, rx in _CHECKERS if rx.search(text)
                         or rx.search(f.sc.claim.speaker or ""))
        if len(body) == 1:
            return "проверка", frozenset(), body
    if _MOURNING.search(text):
        # (one day of mourning: two days named are two; a day not named may be either)
        return "траур", _days(f), frozenset()
    if _POWER_CUT.search(text) and (days := _days(f)):
        # (only a cut told with its day: cuts on two days are two, and one with no day
        # may be any of them)
        return "отключение света", days, frozenset()
    if _CONTROL.search(text):
        speaker = fold(f.sc.claim.speaker or "").split()
        who = frozenset(named | set(speaker[-1:]))
        role = fold(f.sc.claim.speaker_role or "")
        titles = frozenset(t for t, rx in _TITLES if rx.search(text) or rx.search(role))
        return "контроль", who, titles
    return None


def _days(f: Facts) -> frozenset[str]:
    """The days a claim names, to the day."""
    return frozenset(d.date_from for d in f.sc.claim.dates if d.precision == "day")


def stock_agreements(facts: Sequence[Facts], story: Mapping[int, int]) -> set[tuple[int, int]]:
    """Pairs of claims of one story, in two reports, that make one stock statement of one
    holder: claims that name two different people, or two different titles, tell two."""
    index: dict[tuple[str, int], list[tuple[Facts, frozenset[str], frozenset[str]]]] = \
        defaultdict(list)
    for f in facts:
        got = _stock(f)
        if got:
            kind, who, titles = got
            index[(kind, story.get(f.sc.doc_id, -f.sc.doc_id))].append((f, who, titles))
    out: set[tuple[int, int]] = set()
    for (kind, _story), items in index.items():
        if len(items) > MAX_RETOLD:
            continue
        for (fa, wa, ta), (fb, wb, tb) in combinations(items, 2):
            if fa.sc.doc_id == fb.sc.doc_id or (wa and wb and not wa & wb) or \
                    (ta and tb and not ta & tb) or (kind == "проверка" and ta != tb):
                continue
            a, b = sorted((fa.sc.id, fb.sc.id))
            out.add((a, b))
    return out
