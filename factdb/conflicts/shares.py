"""Shares of one quantity of a story given as different percentages: the turnout of one
election («явка составила 41,2%» vs «реальная явка не превышала 28%»), a candidate's share
of the vote («Курдюмов набрал 58,4%» vs «около 46%»), the stake a deal passes on («фонд
получит 51% акций» vs «итоговая доля фонда составит 67%»).

A share told at a moment of the day («к 15:00 явка составляла 23,6%») is another time's
value; bounds («не более», «около», «27–28 процентов») are ranges, and only ranges that do
not meet conflict.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from factdb.conflicts.facts import Facts, Value, _title
from factdb.conflicts.groups import MAX_GROUP, Group
from factdb.conflicts.lexicons import AT_LEAST, AT_MOST
from factdb.conflicts.people import People
from factdb.conflicts.rules import QUESTION, _other_time, numbered_elsewhere

_PERCENT = re.compile(
    r"(?P<bound>не\s+превыша\w*|не\s+более|не\s+выше|более|свыше|больше|около|примерно|"
    r"порядка|менее|меньше|почти|лишь\s+около|лишь|всего)?\s*"
    r"(?P<num>\d{1,2}(?:[.,]\d+)?)(?:\s*[–—-]\s*(?P<num2>\d{1,2}(?:[.,]\d+)?))?\s*"
    r"(?:%|процент\w*)", re.I)
_TURNOUT = re.compile(r"\bявк\w*|\bturnout\b", re.I)
_VOTES = re.compile(r"\b(?:набрал\w*|набирает|получил\w*\s+(?:[\w,.%]+\s+){0,2}?"
                    r"(?:голос|поддержк)\w*|"
                    r"отдали\s+(?:\w+\s+)?голос\w*|поддержал\w*|won|received)\b", re.I)
# «получил 48,3% голосов»: the votes named after the share the verb gives
_GOT = re.compile(r"\b(?:получил\w*|получает|получат)\s*$", re.I)
_OF_VOTES = re.compile(r"\s*голос", re.I)
# a moment of the day, a survey or a preliminary count: another value than the final one
_MOMENT = re.compile(r"\b(?:к|на|по\s+состоянию\s+на)\s+(?:\d{1,2}[:.]\d{2}|\d{1,2}\s+час\w*|"
                     r"полудн\w*|утр\w*|вечер\w*)|\bопрос\w*|\bрейтинг\w*|\bпрогноз\w*|"
                     r"\bпредварительн\w*", re.I)
# a share denied: «не набрал 50%» is under it
_NOT_GOT = re.compile(r"\bне\s+(?:набрал\w*|набирает|получил\w*|получает)\s*$", re.I)
# the stake a deal passes on: «о приобретении 51% голосующих акций», «фонд получит 51%
# акций», «итоговая доля фонда составит 67%», «контрольного пакета (51%)»; a holding
# before the deal («Савватееву принадлежало 63% акций») is another quantity
_STAKE = re.compile(r"(?<![а-яё])(?:приобрет\w*|покупк\w*|купит\w*|купил\w*|выкуп\w*|"
                    r"получит|получ(?:ил|ат|ает)\w*|сосредоточ\w*|продаж\w*|"
                    r"прода(?:ст|ет|ют|л)\w*|итогов\w+\s+доля|"
                    r"доля\s+(?:фонда|покупател\w*|инвестор\w*)|контрольн\w+\s+пакет\w*|"
                    r"acquir\w*|stake)(?![а-яё])[^.;%]{0,60}$", re.I)
_OF_SHARES = re.compile(r"\s*(?:голосующих\s+|обыкновенных\s+)?(?:акци|бумаг|доли\b|пакет)",
                        re.I)
_STAKE_WORD = re.compile(r"(?<![а-яё])(?:пакет\w*|доля)\s*\(?\s*$|\bдоля\s", re.I)
# how far a building (a road, a plant) is built: «готовность домов — около 70%», «дома
# готовы на 70%», «построены более чем на две трети», «готово меньше трети»
_READY = re.compile(r"(?<![а-яё])(?:готовност\w*|(?:готов[аоы]?|построен[аоы]?|возведен[аоы]?)"
                    r"\s+(?:[\w-]+\s+){0,2}?на)(?![а-яё])[^.;%]{0,40}$", re.I)
# the same told in fractions, for how far a thing is built only: «на две трети», «меньше
# трети», «наполовину»
_FRACTION = re.compile(
    r"(?<![а-яё])(?:(?:готов\w*|построен\w*|возведен\w*)\s+(?:[\w-]+\s+){0,3}?|"
    r"готовность\s+(?:[\w-]+\s+){0,3}?(?:[—–-]\s+)?|готово\s+)"
    r"(?P<bound>более\s+чем|больше\s+чем|менее\s+чем|меньше\s+чем|более|больше|менее|"
    r"меньше|почти|около|примерно)?\s*(?:на\s+)?(?P<frac>две\s+трети|три\s+четверти|"
    r"тр(?:еть|ети)|половин[уы]|наполовину|четверть|четверти)(?![а-яё])", re.I)
_FRACTIONS = {"две": 66.7, "три": 75.0, "тр": 33.3, "по": 50.0, "на": 50.0, "че": 25.0}
_AT_MOST = (*AT_MOST, "не превыша", "не выше")  # (read as prefixes of the bound told)
_ABOUT = ("около", "примерно", "порядка", "почти", "лишь около")


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _shares(f: Facts, people: People) -> list[tuple[str, float, float, Value]]:
    """(what the share is of, low, high, value) for each percentage the claim gives the
    turnout or a named candidate's vote."""
    c = f.sc.claim
    if QUESTION.search(c.text):
        return []  # a headline's question («Готовность: 70% или меньше трети?») asserts none
    if "%" not in c.text and "процент" not in c.text.lower():
        return _built_fractions(f)
    if _MOMENT.search(c.text):
        return []
    out = []
    for m in _PERCENT.finditer(c.text):
        before = c.text[max(0, m.start() - 80) : m.start()]
        if _TURNOUT.search(before):
            topic = "явка"
        elif _READY.search(before):
            topic = "готовность"
        elif _STAKE.search(before) and (_OF_SHARES.match(c.text, m.end())
                                        or _STAKE_WORD.search(before)):
            topic = "пакет"
        elif _VOTES.search(before) or (
                _GOT.search(c.text, 0, m.start())
                and _OF_VOTES.match(c.text, m.end())):
            names = [e for e in c.entities if e.type == "PER"
                     and e.end - c.start <= m.start() and m.start() - (e.end - c.start) <= 80]
            who = people.resolve(names[-1].name, f.sc.doc_id, names[-1].start) if names else None
            if who is None:
                continue
            topic = f"голоса: {who}"
        else:
            continue
        n = _number(m.group("num"))
        hi_n = _number(m.group("num2")) if m.group("num2") else n
        bound = " ".join((m.group("bound") or "").lower().split())
        lo, hi = n - 0.05, hi_n + 0.05
        if not bound and _NOT_GOT.search(before):
            lo, hi = 0.0, n - 0.05
            bound = "менее"
        elif bound.startswith(_AT_MOST):
            lo = 0.0
        elif bound.startswith(AT_LEAST):
            hi = 100.0
        elif bound.startswith(_ABOUT) or m.group("num2"):
            lo, hi = n - 1.0, hi_n + 1.0
        shown = m.group(0).strip()
        label = f"{m.group('num')}–{m.group('num2')}%" if m.group("num2") else f"{m.group('num')}%"
        if bound:
            label = f"{bound} {label}"
        out.append((topic, lo, hi, Value(f.sc.id, c.start + m.start(), c.start + m.end(), shown,
                                        label, topic)))
    return out


def _built_fractions(f: Facts) -> list[tuple[str, float, float, Value]]:
    """How far a thing is built, told in fractions: «построены более чем на две трети»."""
    c = f.sc.claim
    out = []
    for m in _FRACTION.finditer(c.text):
        frac = " ".join(m.group("frac").lower().split())
        n = _FRACTIONS[frac[:3] if frac[:3] in ("две", "три") else frac[:2]]
        bound = " ".join((m.group("bound") or "").lower().split())
        lo, hi = n - 5.0, n + 5.0  # a fraction is a round figure
        if bound.startswith(("менее", "меньше")):
            lo, hi = 0.0, n
        elif bound.startswith(("более", "больше")):
            lo, hi = n, 100.0
        start = m.start("bound") if m.group("bound") else m.start("frac")
        shown = c.text[start : m.end()]
        out.append(("готовность", lo, hi, Value(f.sc.id, c.start + start, c.start + m.end(),
                                               shown, shown.lower(), "готовность")))
    return out


def share_conflicts(facts: Sequence[Facts], story: dict[int, int],
                    people: People) -> list[Group]:
    """Percentages of one quantity of a story whose ranges do not meet."""
    index: dict[tuple[str, int], list[tuple[Facts, float, float, Value]]] = defaultdict(list)
    for f in facts:
        if _other_time(f):
            continue
        try:
            got = _shares(f, people)
        except (ValueError, IndexError, KeyError):
            continue  # a claim whose facts do not line up with its text reads nothing
        for topic, lo, hi, v in got:
            index[(topic, story.get(f.sc.doc_id, -f.sc.doc_id))].append((f, lo, hi, v))
    out = []
    for (topic, _s), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        subject = {"явка": "явка", "пакет": "доля по сделке",
                   "готовность": "готовность объекта"}.get(topic) or \
            f"{_title(topic.split(': ', 1)[1])}: голоса"
        g = Group("count", subject, ("share", topic), timed=False)
        for (fa, la, ha, va), (fb, lb, hb, vb) in combinations(items, 2):
            if fa.sc.id != fb.sc.id and (ha < lb or hb < la) and not numbered_elsewhere(fa, fb):
                g.pairs.append((va, vb, 0.7))
        out.append(g)
    return out
