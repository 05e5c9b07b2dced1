"""What a leak of personal data held, told yes by one report and no by another.

A breach of a database is one event of its story, and which kinds of data it took
(passports, SNILS numbers, phone numbers, bank cards, passwords) is one question per kind,
whoever answers it and in whatever words. The owner of the database says «данные паспортов
не затронуты» or speaks of «инциденте без паспортных данных»; an analyst who saw the
sample says «в выгрузке видны номера паспортов». Each claim must tell of the data (a word
of records, a sample, a base or a leak beside the kind) and answer plainly: a conditional
(«если утекли»), a question and a rival's words retold («утверждение, что ... не
затронуты») answer nothing. Two reports of one leak story that answer one kind both ways
disagree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import product

from factdb.conflicts.facts import Facts, Value
from factdb.conflicts.groups import MAX_GROUP, Group, one_voice
from factdb.conflicts.lexicons import LEAK_STEMS

# the kinds of data a leak is told to hold or not, each by its words
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"(?<![а-яёa-z])(?:{words})(?![а-яёa-z])", re.I)) for kind, words in (
        ("паспортные данные", r"паспорт\w*|passports?"),
        ("СНИЛС", r"снилс\w*"),
        ("номера телефонов", r"телефон\w*|phone\s+numbers?"),
        ("банковские карты", r"банковск\w+\s+карт\w*|номер\w*\s+карт\w*|card\s+numbers?"),
        ("пароли", r"парол\w*|passwords?"),
        ("медицинские сведения", r"диагноз\w*|медицинск\w+\s+(?:данн|сведени|карт)\w*|"
                                 r"medical\s+records?"),
    ))
# words that put a kind in a leak's data: not «пришла менять паспорт» in a queue
_DATA = re.compile(r"(?<![а-яёa-z])(?:данн|запис|строк|образц|образец|выборк|выгрузк|баз[аыеу]|"
                   r"файл|пол(?:е|я|ей|ю|ям|ях)(?![а-яё])|утечк|утекл|утек|слив|слит|выложен|дамп|records?|fields?|sample|"
                   r"leak|dump|database)", re.I)
# a story that tells of a leak at all
_LEAK = re.compile(rf"(?<![а-яёa-z])(?:{LEAK_STEMS}|выложил|выложен|взлом|"
                   r"хакер|breach|leak|hack)", re.I)
# the kind denied: «без паспортных данных», «паспорта не затронуты», «не содержит паролей»
_WITHOUT = re.compile(r"(?<![а-яё])без\s+(?:[\w-]+\s+){0,3}?$", re.I)
_NOT_HIT = (r"не\s+(?:был[аои]?\s+)?(?:пострада|затрон|утек|утекл|попал|хранил|содерж|"
            r"скомпрометир|похищ|украд|похит|раскрыт)\w*")
_DENIED_AFTER = re.compile(rf"^[^.;!?]{{0,60}}?(?<![а-яё]){_NOT_HIT}|"
                           r"^\s+(?:[\w-]+\s+){0,2}?нет\b|"
                           # (the clause closed by «нет»: «Номеров карт в опубликованных
                           # файлах нет»)
                           r"^[^.;!?,]{0,60}?\sнет\s*(?:[.;!?»]|$)|"
                           r"^[^.;!?]{0,40}?\b(?:were|was)\s+not\s+(?:affected|exposed|leaked)",
                           re.I)
_DENIED_BEFORE = re.compile(rf"(?<![а-яё])(?:{_NOT_HIT}|нет)\s+(?:[\w-]+\s+){{0,3}}?$|"
                            r"\bno\s+(?:[\w-]+\s+)?$", re.I)
# the kind affirmed in the data: «есть», «указаны», «заполнены», «содержатся»
_AFFIRMED = re.compile(r"(?<![а-яёa-z])(?:есть|име[юе]тся|указан\w*|заполнен\w*|содерж\w*|"
                       r"утекл\w*|утек|попал[аои]?|присутству\w*|видн[ыо]|оказал\w*|"
                       r"(?:are|is)\s+populated|contain\w*|include\w*|exposed)(?![а-яёa-z])",
                       re.I)
_NOT_BEFORE = re.compile(r"(?<![а-яё])(?:не|нет|ни)\s+(?:[\w-]+\s+)?$|\bnot\s+$", re.I)
# «Ни паролей, ни номеров карт в дампе нет»: «ни» before the kind, the denial later
_NEITHER = re.compile(r"(?<![а-яё])ни\s+$", re.I)
_NOT_LATER = re.compile(r"(?<![а-яё])(?:нет|не)(?![а-яё])", re.I)
_ADJECTIVE = re.compile(r"(?:ые|ых|ыми|ый|ая|ой|ую|ое)$", re.I)
# no answer: a condition, a guess, a question, another's words retold
_NO_ANSWER = re.compile(r"(?<![а-яё])(?:если|может|могл\w*|возможн\w*|якобы|вероятн\w*|"
                        r"не\s+исключ\w*|проверя\w*|выясня\w*|утверждени\w*|заявлени\w*)"
                        r"(?![а-яё])|\?|\b(?:if|may|might|whether)\b", re.I)


def _answer(f: Facts) -> list[tuple[str, bool, Value]]:
    """The kinds of data a claim says a leak held (True) or did not hold (False)."""
    c = f.sc.claim
    text = c.text
    if not _DATA.search(text) or _NO_ANSWER.search(text):
        return []
    out = []
    for kind, pat in _KINDS:
        got = []
        for m in pat.finditer(text):
            before, after = text[max(0, m.start() - 40) : m.start()], text[m.end() :]
            if _WITHOUT.search(before) or _DENIED_AFTER.search(after) or \
                    _DENIED_BEFORE.search(before) or _NEITHER.search(before) and \
                    _NOT_LATER.search(after[:80]):
                got.append(False)
                continue
            near = text[max(0, m.start() - 60) : m.end() + 60]
            for a in _AFFIRMED.finditer(near):
                if not _NOT_BEFORE.search(near[: a.start()][-12:]):
                    got.append(True)
                    break
        if got and len(set(got)) == 1:
            m0 = pat.search(text)
            assert m0 is not None
            end = m0.end()
            if _ADJECTIVE.search(m0.group(0)) and (noun := re.match(r"\s+[\w-]+", text[end:])):
                end += noun.end()  # («паспортных данных», not «паспортных» alone)
            out.append((kind, got[0], Value(f.sc.id, c.start + m0.start(), c.start + end,
                                            text[m0.start() : end], "есть" if got[0] else "нет",
                                            kind)))
    return out


def leak_conflicts(facts: Sequence[Facts], story: Mapping[int, int]) -> list[Group]:
    """A kind of data a leak held, told yes and no by two voices of one leak story."""
    leaky = {story.get(f.sc.doc_id, -f.sc.doc_id) for f in facts
             if _LEAK.search(f.sc.claim.text)}
    index: dict[tuple[int, str], list[tuple[Facts, bool, Value]]] = defaultdict(list)
    for f in facts:
        st = story.get(f.sc.doc_id, -f.sc.doc_id)
        if st in leaky:
            for kind, yes, v in _answer(f):
                index[(st, kind)].append((f, yes, v))
    out = []
    for (_st, kind), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("statement", f"{kind} в утечке?", ("leak", kind), timed=False)
        told = [(f, v) for f, y, v in items if y]
        denied = [(f, v) for f, y, v in items if not y]
        for (fa, va), (fb, vb) in product(denied, told):
            if one_voice(fa, fb):
                continue  # one voice telling yes and no tells two things
            g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out
