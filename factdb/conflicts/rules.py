"""Conflict rules that need the story a claim belongs to, not only the names it gives.

- amounts: one bribe, one damage, one theft has one sum; «8 млн рублей» and «12 млн
  рублей» for the bribe in one story cannot both be true. A sum with no word saying what
  it is («изъяли 30 млн рублей наличными») is never compared; bounds («более», «около»)
  are ranges, and only ranges that do not meet conflict. Wage arrears count too (one
  story's workers are owed one sum at a time); a sum told as changed or paid down
  («сократился до», «перечислил в счет погашения») is another time's quantity.
- measures: a court sends a person either under house arrest or into custody at one
  hearing; reports of both on the same day (or undated, in one story) conflict. A change
  («перевел», «изменил меру», «продлил»), a request («просило заключить») or a statement
  of what happens later is not a decision of that hearing.
- detention dates: one person's detention dated days apart at different precisions
  («4 марта» vs «в конце февраля»).
Causes of an event and yes/no answers are in factdb.conflicts.statements.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from itertools import combinations
from typing import TypeVar

from factdb.conflicts.facts import (
    DEADLINE,
    Facts,
    People,
    Tok,
    Value,
    _clause_bounds,
    _title,
    tokens,
)
from factdb.conflicts.groups import MAX_GROUP, Group
from factdb.conflicts.lexicons import _NUMBER_WORDS
from factdb.models import StatedDate
from factdb.text import fold

T = TypeVar("T")
_READ_ERRORS = (ValueError, IndexError, KeyError, StopIteration, AttributeError)


def _safe(fn: Callable[[Facts], list[T]]) -> Callable[[Facts], list[T]]:
    """A reader of one claim whose text does not line up with its facts (offsets from a
    buggy extraction) reads nothing, and never stops the refresh of the rest."""

    @functools.wraps(fn)
    def inner(f: Facts) -> list[T]:
        try:
            return fn(f)
        except _READ_ERRORS:
            return []
    return inner


def _safe_one(fn: Callable[[Facts], T | None]) -> Callable[[Facts], T | None]:
    """`_safe` for a reader that finds at most one thing: None when it cannot read."""

    @functools.wraps(fn)
    def inner(f: Facts) -> T | None:
        try:
            return fn(f)
        except _READ_ERRORS:
            return None
    return inner

# ---------------------------------------------------------------- amounts of money

# What a sum can be, when one affair has exactly one of it (a payment or a salary can
# differ by recipient, a bail asked and a bail set differ: they are left out).
MONEY_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("взятка", re.compile(r"^(?:взятк\w*|взяткодател\w*|взяточ\w*|откат\w*|bribes?)$")),
    ("ущерб", re.compile(r"^(?:ущерб\w*|damage)$")),
    ("хищение", re.compile(r"^(?:хищени\w*|похити\w*|похищен\w*|растрат\w*|присвои\w*|"
                           r"embezzle\w*)$")),
    ("выкуп", re.compile(r"^(?:выкуп\w*|ransom)$")),
    # a debt only when it is owed to the workers (`_WAGES`): a company owes many debts
    ("долг по зарплате", re.compile(r"^(?:долг|долга|долгу|долгом|долге|долги|долгов|"
                                    r"задолженност\w*|задолжал\w*|задолжа\w*|невыплат\w*|"
                                    r"невыплачен\w*|arrears|debt|owed?)$")),
)
_WAGES = re.compile(r"\b(?:зарплат\w*|заработн\w+\s+плат\w*|оплат\w+\s+труда|работник\w*|"
                    r"сотрудник\w*|рабочи[мхе]\w*|персонал\w*|wages?|salar\w*|workers?)\b",
                    re.I)
# A sum told as changing or paid: «долг сократился до 17 млн», «перечислил 30 млн в счет
# погашения», «оставшиеся 17 млн» are other quantities at other times, not rival values.
_CHANGED = re.compile(r"\b(?:сократил\w*|снизил\w*|уменьшил\w*|вырос\w*|увеличил\w*|"
                      r"возрос\w*|оставш\w*|осталось|остается|остаток\w*|"
                      r"fell|rose|reduced|remaining)\b", re.I)
_PAID = re.compile(r"\b(?:погасил\w*|выплатил\w*|перечислил\w*|погашен[аоы]?|выплачен[аоы]?|"
                   r"перечислен[аоы]?|(?:после|в\s+счет)\s+(?:выплат|погашени|перечислени)\w*|"
                   r"paid|repaid|transferred)\b", re.I)
_NUM = r"\d+(?:[.,]\d+)?"
_MULT = {"тыс": 1e3, "тысяч": 1e3, "млн": 1e6, "миллион": 1e6, "млрд": 1e9, "миллиард": 1e9,
         "thousand": 1e3, "million": 1e6, "billion": 1e9}
_MONEY = re.compile(
    rf"(?P<bound>(?:более|свыше|больше|не\s+менее|не\s+более|менее|до|около|примерно|порядка|"
    rf"не\s+превысил[аио]?|не\s+превышает|превысил[аио]?|превышает|"
    rf"почти|приблизительно|more\s+than|over|about|around|almost|up\s+to)\s+(?:в\s+)?)?"
    rf"(?P<num>{_NUM}|пол(?=миллион|миллиард|тысяч)|[а-яa-z]+)\s*(?P<mult>тыс\w*\.?|млн\.?|"
    rf"миллион\w*|млрд\.?|миллиард\w*|"
    rf"thousand|million|billion)?\s*(?P<cur>руб\w*\.?|долл\w*|\$|евро|rubles?|roubles?|"
    rf"dollars?|euros?)(?![а-я])",
    re.I,
)
_PLURAL_TOPIC = re.compile(r"\b(?:взяток|взятками|взятках|хищений|bribes)\b", re.I)
_CURRENCY = re.compile(r"руб|долл|\$|евро|roubl|rubl|dollar|euro", re.I)
_APPROX = ("около", "примерно", "порядка", "почти", "приблизительно", "about", "around", "almost")
_ATLEAST = ("более", "свыше", "больше", "не менее", "more than", "over", "превысил", "превысила",
            "превысило", "превышает")
_ATMOST = ("не более", "менее", "до", "up to", "не превышает", "не превысил", "не превысила",
           "не превысило")
_PART = re.compile(r"\b(?:част\w*|транш\w*|перв\w+\s+(?:сумм|платеж)|втор\w+\s+(?:сумм|платеж)|"
                   r"кажд\w*|в\s+общей\s+сложности|всего)\b", re.I)


# «по одному миллиону», «полтора миллиона»; a bare multiplier after a preposition is one:
# «по миллиону рублей», «до миллиона рублей»
_SMALL = {"один": 1.0, "одна": 1.0, "одного": 1.0, "одному": 1.0, "одним": 1.0, "одном": 1.0,
          "полтора": 1.5, "полутора": 1.5, "пол": 0.5, "по": 1.0, "в": 1.0, "на": 1.0, "до": 1.0}


def _number(word: str, mult: str = "") -> float | None:
    w = fold(word).replace(",", ".")
    try:
        return float(w)
    except ValueError:
        if w in _NUMBER_WORDS:
            return float(_NUMBER_WORDS[w])
        return _SMALL.get(w) if mult and (w in _SMALL) else None


@_safe
def _money(f: Facts) -> list[tuple[str, float, float, Value]]:
    """(topic, low, high, value) for each sum the claim says what it is."""
    c = f.sc.claim
    if not _CURRENCY.search(c.text):
        return []  # most claims name no money: skip the slow pattern
    toks = tokens(c.text)
    found = []
    for m in _MONEY.finditer(c.text):
        n = _number(m.group("num"), m.group("mult") or "")
        if n is None:
            continue
        mult_word = fold(m.group("mult") or "").rstrip(".")
        mult = next((v for k, v in _MULT.items() if mult_word.startswith(k)), 1.0)
        amount = n * mult
        bound = " ".join(fold(m.group("bound") or "").split()).removesuffix(" в")
        lo, hi = amount, amount
        if bound in _APPROX:
            lo, hi = amount * 0.8, amount * 1.2
        elif bound in _ATLEAST:
            hi = float("inf")
        elif bound in _ATMOST:
            lo = 0.0
        # «Долг по зарплате за июнь и июль, по подсчетам профсоюза, составляет 86 млн»:
        # after a copula the sum belongs to the clause's subject, however far back
        far = bool(_COPULA.search(c.text[max(0, m.start() - 25) : m.start()]))
        topic = _topic_near(toks, c.text, m.start(), m.end(), 16 if far else 7)
        if topic is None or (topic == "долг по зарплате" and not _WAGES.search(c.text)):
            continue
        if _CHANGED.search(c.text) or (topic == "долг по зарплате" and _PAID.search(c.text)):
            return []  # a change or a payment: another quantity at another time
        cur = fold(m.group("cur"))[:3]
        cur = "руб" if cur in ("руб", "rub", "rou") else cur
        shown = m.group(0).strip()
        v = Value(f.sc.id, c.start + m.start("num"), c.start + m.end(), shown,
                  _amount_label(amount, cur), topic)
        found.append((f"{topic}:{cur}", lo, hi, v))
    if len({t for t, *_r in found}) < len(found) or _PART.search(c.text) or \
            _PLURAL_TOPIC.search(c.text):
        return []  # two sums of one kind in one claim, parts, or a total of several
    return found


_COPULA = re.compile(r"\b(?:составля\w*|составил\w*|составит|достига\w*|достиг\w*|"
                     r"оценива\w*|превыша\w*|equals?|totals?|stands?\s+at)\s+(?:\w+\s+){0,2}$",
                     re.I)


def _amount_label(amount: float, cur: str) -> str:
    for size, word in ((1e9, "млрд"), (1e6, "млн"), (1e3, "тыс.")):
        if amount >= size:
            return f"{amount / size:g} {word} {cur}"
    return f"{amount:g} {cur}"


def _topic_near(toks: list[Tok], text: str, start: int, end: int, window: int = 7) -> str | None:
    """The money topic word nearest to the sum, in its clause, within `window` words."""
    lo, hi = _clause_bounds(text, start)
    best: tuple[int, str] | None = None
    first = next((t.i for t in toks if t.start >= start), len(toks))
    last = max([t.i for t in toks if t.end <= end] or [first])
    for t in toks:
        if t.start < lo or t.end > hi or first <= t.i <= last:
            continue
        dist = first - t.i if t.i < first else t.i - last
        if dist > window:
            continue
        for name, pat in MONEY_TOPICS:
            if pat.match(t.w) and (best is None or dist < best[0]):
                best = (dist, name)
    return best[1] if best else None


def money_conflicts(facts: Sequence[Facts], story: dict[int, int], people: People) -> list[Group]:
    """Different sums for the one bribe (damage, theft...) of one story."""
    index: dict[tuple[str, int], list[tuple[Facts, float, float, Value]]] = defaultdict(list)
    for f in facts:
        if _other_time(f):
            continue
        for topic, lo, hi, v in _money(f):
            index[(topic, story.get(f.sc.doc_id, f.sc.doc_id))].append((f, lo, hi, v))
    out = []
    for (topic, _s), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("count", f"сумма: {topic.split(':')[0]}", (topic,), timed=False)
        for (fa, la, ha, va), (fb, lb, hb, vb) in combinations(items, 2):
            if fa.sc.id == fb.sc.id or va.value == vb.value or not (ha < lb or hb < la):
                continue
            if not _same_people(fa, fb, people):
                continue
            if topic.startswith("долг") and _gap(_when(fa), _when(fb)) > 14:
                continue  # a debt grows and shrinks: reports weeks apart tell other sums
            g.pairs.append((va, vb, 0.8))
        out.append(g)
    return out


# Payments promised to each of a kind of recipient: one promise has one sum per family of
# the dead, another per injured. Who gets it is part of what the sum is.
_PAYOUT = re.compile(r"\b(?:выплат\w*|выплач\w*|компенсаци\w*|получат|получит|перечисл\w*|"
                     r"материальн\w+\s+помощ\w*|compensation|payments?)\b", re.I)
_RECIPIENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("семьи погибших", re.compile(r"\b(?:сем\w+|родн\w+|родственник\w*|близк\w+)\s+"
                                  r"(?:кажд\w+\s+)?(?:погибш|умерш|жертв)\w*|families\s+of\s+"
                                  r"the\s+(?:dead|victims)", re.I)),
    ("тяжело пострадавшие", re.compile(r"\bтяжел\w*\s+(?:пострадавш|ранен|травмирован)\w*|"
                                       r"\bseriously\s+injured", re.I)),
    ("пострадавшие", re.compile(r"\b(?:сем\w+\s+)?(?:пострадавш|ранен|травмирован)\w*|"
                                r"\binjured\b", re.I)),
    # a sum per household or per family, whoever lives there
    ("домохозяйства", re.compile(r"\b(?:домохозяйств\w*|(?:кажд\w+|одн\w+)\s+(?:семь\w*|"
                                 r"семей|семье|семью|хозяйств\w*|квартир\w*)|household\w*)",
                                 re.I)),
)


def _recipients(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each recipient of payments named in text[lo:hi];
    «тяжело пострадавшим» is not also «пострадавшим»."""
    spans = [(r.start(), r.end(), name) for name, pat in _RECIPIENTS
             for r in pat.finditer(text, lo, len(text) if hi is None else hi)]
    return [x for x in spans if not any(y != x and y[0] <= x[0] and x[1] <= y[1] for y in spans)]


@_safe
def _payouts(f: Facts) -> list[tuple[str, float, float, Value]]:
    """(recipient, low, high, value) of each sum the claim promises one kind of recipient
    each («семьям погибших выплатят по миллиону рублей»)."""
    c = f.sc.claim
    # a payment word, or a sum each («семьям погибших по полмиллиона рублей»)
    if not _CURRENCY.search(c.text) or not (
            _PAYOUT.search(c.text) or re.search(r"\bпо\s+(?:\d|пол|полтор|одному|миллион)",
                                                c.text, re.I)):
        return []
    sums = [m for m in _MONEY.finditer(c.text) if _number(m.group("num"), m.group("mult") or "")]
    found = []
    for m in sums:
        # the recipient told nearest the sum, in its clause («семьям погибших — по
        # миллиону, а раненым — по 500 тысяч»)
        # «75 тыс. руб.»: the abbreviations' dots end no clause (same length, offsets hold)
        plain = re.sub(r"\b(тыс|руб|млн|млрд|коп)\.", r"\1 ", c.text)
        lo, hi = _clause_bounds(plain, m.start())
        # the recipient before the sum is whose it is («семьи погибших получат по
        # миллиону, раненые — по 500 тысяч»)
        spans = _recipients(c.text, max(0, lo - 60), hi)
        before = [x for x in spans if x[1] <= m.start()]
        # «по 75 тыс. руб. на каждое домохозяйство»: a unit told right after the sum
        unit = [x for x in spans if 0 <= x[0] - m.end() <= 25
                and re.search(r"\bна\s+(?:кажд\w+\s+|одн\w+\s+)?$", c.text[m.end() : x[0]])]
        if not spans:
            continue
        recipient = unit[0][2] if unit else (max(before)[2] if before else min(spans)[2])
        n = _number(m.group("num"), m.group("mult") or "") or 0.0
        mult_word = fold(m.group("mult") or "").rstrip(".")
        amount = n * next((v for k, v in _MULT.items() if mult_word.startswith(k)), 1.0)
        cur = fold(m.group("cur"))[:3]
        cur = "руб" if cur in ("руб", "rub", "rou") else cur
        v = Value(f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0).strip(),
                  _amount_label(amount, cur), recipient)
        found.append((f"{recipient}:{cur}", amount, amount, v))
    return found


def payout_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """Different sums promised to each of one kind of recipient in one story."""
    index: dict[tuple[str, int], list[tuple[Facts, float, Value]]] = defaultdict(list)
    mixed: set[int] = set()  # claims that promise sums to several kinds of recipient
    for f in facts:
        got = _payouts(f)
        if got and len(_recipients(f.sc.claim.text)) > 1:
            mixed.add(f.sc.id)
        for key, amount, _hi, v in got:
            index[(key, story.get(f.sc.doc_id, -f.sc.doc_id))].append((f, amount, v))
    out = []
    for (key, _s), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        # a claim telling two recipients' sums stands for its value only when no claim
        # tells that value alone: the evidence shown should be about one recipient
        alone = {a for f, a, _v in items if f.sc.id not in mixed}
        items = [x for x in items if x[0].sc.id not in mixed or x[1] not in alone]
        g = Group("count", f"выплата: {key.split(':')[0]}", (key,), timed=False)
        for (fa, aa, va), (fb, ab, vb) in combinations(items, 2):
            if fa.sc.doc_id != fb.sc.doc_id and aa != ab:
                g.pairs.append((va, vb, 0.75))
        out.append(g)
    return out


def _when(f: Facts) -> str:
    """The day a claim's words were said, else its report's day ('' when neither)."""
    return f.sc.claim.said_on or f.sc.published or ""


def _same_people(a: Facts, b: Facts, people: People) -> bool:
    """Claims that both name people must share one (two bribes, two defendants)."""
    ka, kb = named_people(a, people), named_people(b, people)
    return not ka or not kb or bool(ka & kb)


# a capitalised word shaped like a Russian surname («Белов», «Голубев»): the name
# recogniser misses some at the start of a sentence
_SURNAME = re.compile(r"\b[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ский|цкий|енко|ук|юк|ич|ых|их)"
                      r"(?:а|у|ым|ом|е)?\b")


def named_people(f: Facts, people: People) -> set[str]:
    """The people a claim names, its speaker left out: the recogniser's names, and
    surname-shaped words it missed, resolved within their report when they can be."""
    keys = people.keys(f.sc)
    spans = [(e.start, e.end) for e in f.sc.claim.entities]
    c = f.sc.claim
    for m in _SURNAME.finditer(c.text):
        at = c.start + m.start()
        if any(a <= at < b for a, b in spans):
            continue
        word = fold(m.group(0))
        key = people.in_doc(word, f.sc.doc_id) or people.in_doc(_nominative(word), f.sc.doc_id)
        if key:
            keys.add(key)
    return keys - {people.key(c.speaker or "")}


def _nominative(word: str) -> str:
    """«белова» -> «белов», «голубевым» -> «голубев»: the case endings of surnames."""
    for end in ("ым", "ом", "а", "у", "е"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _other_time(f: Facts) -> bool:
    """Whether the claim is dated far from when it was reported: another, older affair
    («в ноябре 2023 года суд уже арестовывал...»)."""
    ref = f.sc.published or f.sc.claim.said_on
    if not ref:
        return False
    c = f.sc.claim
    for d in c.dates:
        if _PERIOD.search(c.text[max(0, d.start - c.start - 20) : max(0, d.start - c.start)]):
            continue  # «долг за июнь и июль»: the period owed for, not when it was told
        if _gap(d.date_to, ref) > 62 and d.date_to < ref:
            return True
    return False


_PERIOD = re.compile(r"\bза\s+(?:[\w-]+\s+и\s+)?$|\bfor\s+$", re.I)


def _gap(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0


# ---------------------------------------------------------------- court measures

MEASURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("house_arrest", re.compile(r"\bпод\s+домашн\w*\s+арест\w*|\bдомашн\w+\s+арест\w*|"
                                r"\bhouse\s+arrest\b", re.I)),
    ("custody", re.compile(r"\bв\s+сизо\b|\bпод\s+страж\w+|\bза\s+решетк\w+|"
                           # «арестовал имущество» is no measure for a person
                           r"\bарестова\w*(?!\s+(?:\w+\s+)?(?:имуществ|счет|счета|актив|"
                           r"средств|недвижимост|квартир|автомоб|дом|акци|дол))|"
                           r"\bв\s+изолятор\w*|\bin\s+custody\b|\bpre-?trial\s+detention\b",
                           re.I)),
)
# A decision of the hearing: the court sent, chose, arrested. Not a request, not a change.
_DECIDED = re.compile(r"\b(?:отправил\w*|отправлен\w*|избрал\w*|избран\w*|заключил\w*|"
                      r"заключен[аоы]?\b|арестовал\w*|арестован[аоы]?\b|поместил\w*|"
                      r"помещен\w*|удовлетворил\w*|sent|placed|remanded|ordered)", re.I)
_NOT_DECIDED = re.compile(
    r"\b(?:ходатайств\w*|просил\w*|просит|попрос\w*|потребова\w*|требует|намерен\w*|"
    r"может|могут|грозит|добива\w*|хотел\w*|собира\w*|планиру\w*|"
    r"перевел\w*|переведен\w*|изменил\w*|изменен\w*|смягчил\w*|продлил\w*|продлен\w*|"
    r"отменил\w*|отказал\w*|обжал\w*|апелляц\w*|вместо|"
    r"asked|requested|sought|extended|changed)\b|\bне\s+(?:стал|был)|\bранее\b",
    re.I,
)


@_safe
def _measures(f: Facts) -> list[tuple[str, str | None, Value]]:
    """(measure, day of the decision or None, value) a court decision in the claim gives."""
    c = f.sc.claim
    text = c.text
    if not _DECIDED.search(text) or _NOT_DECIDED.search(text):
        return []
    found: list[tuple[int, int, str]] = []
    for name, pat in MEASURES:
        for m in pat.finditer(text):
            if any(a <= m.start() < b for a, b, _n in found):
                continue  # «под домашний арест» is not also «арест»
            found.append((m.start(), m.end(), name))
    if len({n for _a, _b, n in found}) != 1:
        return []  # both measures in one claim: a comparison or a change, not a decision
    # the hearing's day: a stated day that is not a deadline («до 13 мая»)
    days = [d for d in c.dates if d.precision == "day"
            and not DEADLINE.search(text[: d.start - c.start])]
    when = days[0].date_from if days else None
    if when is None and c.said_on and f.sc.published and _gap(c.said_on, f.sc.published) <= 7:
        when = c.said_on
    a, b, name = found[0]
    return [(name, when, Value(f.sc.id, c.start + a, c.start + b, text[a:b],
                               "под домашним арестом" if name == "house_arrest"
                               else "под стражей (СИЗО)", name))]


def measure_conflicts(facts: Sequence[Facts], story: dict[int, int],
                      people: People) -> list[Group]:
    """House arrest vs custody for one named person decided on one day (or undated)."""
    index: dict[str, list[tuple[Facts, str, str | None, Value]]] = defaultdict(list)
    for f in facts:
        ms: list[tuple[str, str | None, Value]] = _measures(f)
        if not ms:
            continue
        speaker = people.key(f.sc.claim.speaker or "")
        keys = people.keys(f.sc, but=speaker) or people.described(f.sc)
        if len(keys) != 1:
            continue  # no one, or several people: whose measure it is stays unclear
        for name, when, v in ms:
            index[next(iter(keys))].append((f, name, when, v))
    out = []
    for key, items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("status", f"{_title(key)}: мера пресечения", (key, "measure"))
        for (fa, ma, wa, va), (fb, mb, wb, vb) in combinations(items, 2):
            if ma == mb or fa.sc.id == fb.sc.id:
                continue
            if wa and wb and _gap(wa, wb) > 1:
                continue  # two hearings: the measure was changed in between
            if (not wa or not wb) and story.get(fa.sc.doc_id) != story.get(fb.sc.doc_id):
                continue
            # one side dated: the other report must come out within a week of that day
            undated = fb if wa and not wb else fa if wb and not wa else None
            day = wa or wb
            if undated is not None and day and undated.sc.published \
                    and _gap(undated.sc.published, day) > 7:
                continue
            g.pairs.append((va, vb, 0.8 if wa and wb else 0.7))
        out.append(g)
    return out


# ---------------------------------------------------------------- the term a court set

# How long a court holds someone or sentences them: «продлил арест на три месяца», «мера
# пресечения продлена еще на 3 месяца», «приговорил к шести годам колонии». One decision
# has one term; a request («прокурор запросил восемь лет»), an appeal or a deadline («до 10
# мая») is not a term set.
_TERM = re.compile(
    r"\b(?:на|к|сроком\s+(?:на|в)|еще\s+на)\s+(?:срок\s+(?:в\s+)?)?(?P<num>\d+|[а-яё]+)\s+"
    r"(?P<unit>месяц\w*|год\w*|лет|сут\w*|дн(?:я|ей)|недел\w*)\b", re.I)
_UNIT_DAYS = {"мес": 30, "год": 365, "лет": 365, "сут": 1, "дня": 1, "дне": 1, "нед": 7}
_TERM_KINDS = (("продление", re.compile(r"\bпродл\w*|\bоставил\w*\s+под\s+страж", re.I)),
               ("приговор", re.compile(r"\bприговор\w*|\bосудил\w*|\bосужден\w*", re.I)),
               ("арест", _DECIDED))
_NOT_SET = re.compile(r"\b(?:запрос\w*|просил\w*|просит|потребова\w*|требует|ходатайств\w*|"
                      r"грозит|может|могут|обжал\w*|апелляц\w*|намерен\w*|asked|sought)\b", re.I)


_GRANTED = re.compile(r"\bудовлетвор\w*|\bgranted\b", re.I)  # «ходатайство удовлетворено»


@_safe
def _terms(f: Facts) -> list[tuple[str, int, Value]]:
    """(kind of decision, term in days, value) of the term a court decision in the claim
    sets; nothing when the claim asks for a term or tells of two."""
    c = f.sc.claim
    text = c.text
    kind = next((k for k, pat in _TERM_KINDS if pat.search(text)), None)
    if kind is None or (_NOT_SET.search(text) and not _GRANTED.search(text)):
        return []
    found = []
    for m in _TERM.finditer(text):
        n = _number(m.group("num"))
        unit = fold(m.group("unit"))[:3]
        if not n or unit not in _UNIT_DAYS:
            continue
        days = int(n * _UNIT_DAYS[unit])
        label = f"{n:g} {m.group('unit')}"
        found.append((kind, days, Value(f.sc.id, c.start + m.start("num"), c.start + m.end(),
                                        text[m.start("num") : m.end()], label, kind)))
    return found if len({d for _k, d, _v in found}) == 1 else []


def term_conflicts(facts: Sequence[Facts], story: dict[int, int], people: People
                   ) -> list[Group]:
    """Two terms for one decision about one person (or one group, when no one is named)
    in one story, taken on one day or undated."""
    index: dict[tuple[str, str, int], list[tuple[Facts, int, Value]]] = defaultdict(list)
    for f in facts:
        keys = people.keys(f.sc, but=people.key(f.sc.claim.speaker or ""))
        if len(keys) > 1:
            continue  # whose term it is stays unclear
        who = next(iter(keys), "")
        for kind, days, v in _terms(f):
            index[(kind, who, story.get(f.sc.doc_id, -f.sc.doc_id))].append((f, days, v))
    out = []
    for (kind, who, _s), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("count", f"{_title(who) + ': ' if who else ''}срок ({kind})", (kind, who))
        for (fa, da, va), (fb, db, vb) in combinations(items, 2):
            if da == db or fa.sc.doc_id == fb.sc.doc_id:
                continue
            wa, wb = _when(fa), _when(fb)
            if wa and wb and _gap(wa, wb) > 2:
                continue  # two hearings, two terms
            g.pairs.append((va, vb, 0.7))
        out.append(g)
    return out


# ---------------------------------------------------------------- a person's age

# «47-летний бизнесмен Иван Орлов», «Иван Орлов, 47 лет,», «Орлову 47 лет», «в возрасте 47
# лет»: reports of one week giving one person two ages disagree.
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-(?:летн|лет)\w*\s+(?:[\w-]+\s+){0,4}$")
_AGE_AFTER = re.compile(r"^(?:,\s*|\s+\(|\s+в\s+возрасте\s+|\s+исполнилось\s+|\s+)"
                        r"(\d{1,3})\s+(?:лет|года?)\b")


def _ages(f: Facts, people: People) -> list[tuple[str, int, Value]]:
    """(person, age, value) for each age the claim gives a named person."""
    c = f.sc.claim
    if not re.search(r"\d\s*-?\s*(?:лет|года?\b|летн)", c.text):
        return []
    out = []
    for e in c.entities:
        if e.type != "PER" or len(e.name.split()) < 1:
            continue
        a, b = e.start - c.start, e.end - c.start
        m = _AGE_BEFORE.search(c.text[max(0, a - 60) : a])
        start = max(0, a - 60) + m.start(1) if m else None
        if m is None:
            m = _AGE_AFTER.match(c.text[b : b + 30])
            start = b + m.start(1) if m else None
        if m is None or start is None:
            continue
        age = int(m.group(1))
        who = people.resolve(e.name, f.sc.doc_id, e.start)
        if who is None or not 14 <= age <= 110:
            continue
        out.append((who, age, Value(f.sc.id, c.start + start, c.start + start + len(m.group(1)),
                                    c.text[start : start + len(m.group(1))], str(age), who)))
    return out


def age_conflicts(facts: Sequence[Facts], people: People) -> list[Group]:
    """One person given two ages by reports a few days apart (a year's birthday aside)."""
    index: dict[str, list[tuple[Facts, int, Value]]] = defaultdict(list)
    for f in facts:
        for who, age, v in _ages(f, people):
            index[who].append((f, age, v))
    out = []
    for who, items in index.items():
        if len(items) > MAX_GROUP or len(who.split()) < 2:
            continue  # a surname alone may be a namesake
        g = Group("count", f"{_title(who)}: возраст", (who, "age"), timed=False)
        for (fa, xa, va), (fb, xb, vb) in combinations(items, 2):
            gap = _gap(_when(fa), _when(fb))  # 0 when either is undated
            if xa == xb or gap > 30 or (abs(xa - xb) == 1 and gap > 7):
                continue
            g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out


# ---------------------------------------------------------------- the day of a detention

_DENIED_BEFORE = re.compile(r"\bне\s+(?:был[аио]?\s+)?$")
_DETAINED = re.compile(r"\b(?:задерж\w*|detain\w*)", re.I)
_THIRD = re.compile(r"\b(?:в\s+)?(?P<part>начал\w*|середин\w*|конц\w*|конец|early|mid|late)\b",
                    re.I)


def _range(d: StatedDate, text_before: str) -> tuple[str, str, str]:
    """(from, to, precision) of a stated date; «в начале/середине/конце месяца» narrows a
    month to its third (precision «part»)."""
    frm, to, prec = d.date_from, d.date_to, d.precision
    m = _THIRD.search(fold(d.text)) or _THIRD.search(fold(text_before[-12:]))
    if prec == "month" and m:
        part = m.group("part")
        if part.startswith(("начал", "early")):
            return frm, frm[:8] + "10", "part"
        if part.startswith(("середин", "mid")):
            return frm[:8] + "11", frm[:8] + "20", "part"
        return frm[:8] + "21", to, "part"
    return frm, to, prec


def detention_date_conflicts(facts: Sequence[Facts], people: People) -> list[Group]:
    """One person's detention dated to ranges that do not meet but lie days apart: at
    different precisions («4 марта» vs «в конце февраля»), or two days two or more days
    apart («17 ноября» vs «15 ноября»). Adjacent days are left alone: a day is often the
    day it became known."""
    index: dict[str, list[tuple[Facts, str, str, str, Value]]] = defaultdict(list)
    for f in facts:
        c = f.sc.claim
        speaker = people.key(c.speaker or "")
        for name, status, when, v in f.statuses:
            key = people.resolve(name, f.sc.doc_id, v.start)
            if status == "detained" and key and when and len(when) == 10:
                index[key].append((f, when, when, "day", Value(v.claim, v.start, v.end, v.text,
                                                                when, key)))
        keys = people.keys(f.sc, but=speaker)
        if len(keys) != 1 or not any(not _DENIED_BEFORE.search(c.text[: m.start()])
                                     for m in _DETAINED.finditer(c.text)):
            continue  # no detention told, or only denied («6 мая не задержан»)
        key = next(iter(keys))
        for event, d, v in f.dated:
            if event != "custody":
                continue
            frm, to, prec = _range(d, c.text[: d.start - c.start])
            label = frm if frm == to else f"{frm}..{to}"
            index[key].append((f, frm, to, prec, Value(v.claim, v.start, v.end, v.text, label,
                                                       key)))
    out = []
    for key, items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("date", f"{_title(key)}: задержан", ("detained", key))
        for (fa, fa_, ta, pa, va), (fb, fb_, tb, pb, vb) in combinations(items, 2):
            if fa.sc.id == fb.sc.id:
                continue
            if not (ta < fb_ or tb < fa_):
                continue  # the ranges meet: the vaguer one holds the precise one
            gap = _gap(fb_, ta) if ta < fb_ else _gap(fa_, tb)
            # two days next to each other are often the day it happened and the day it
            # became known; two or more days apart, one report has the day wrong
            if gap <= 10 and (pa != pb or gap >= 2):
                g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out
