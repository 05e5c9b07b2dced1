"""A criminal case named two ways: by its article of the Criminal Code («ч. 3 ст. 238 УК
РФ», «по 238-й статье УК») and by the crime's name («об оказании услуг, не отвечающих
требованиям безопасности»). Reports of one story that tell a case opened under one
article state one fact however their words differ, as the count rule's «14 пострадавших»
does (`finder.agreeing_pairs`); the clustering takes such pairs as same pairs. Two
reports that tell one case under two parts of one article disagree (`part_conflicts`).

The lexicon holds the articles news of accidents, disasters, crime and corruption cite
most, each with the lemmas of its legal name and the names reports give it in passing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import combinations

from factdb.conflicts.facts import Facts, Value
from factdb.conflicts.groups import MAX_GROUP, Group
from factdb.conflicts.match import report_pairs
from factdb.models import StoredClaim
from factdb.text import fold

# «ч. 3 ст. 238 УК РФ», «части 1 статьи 263 УК», «ст.238 УК», «п. «а» ч. 2 ст. 105 УК»,
# «по статьям 105 и 30 УК» (the first article), «238-й статье УК»
_ARTICLE = re.compile(
    r"(?:\bст\.?|\bстать[а-я]*)\s*(\d{2,3}(?:\.\d{1,2})?)(?!\d)"
    r"(?:[\s,]+(?:и|ч\.|част[а-я]*|п\.|пункт[а-я]*|«?[а-я]»?|\d{1,3}(?:\.\d)?))*"
    r"[\s,]*(?:УК|Уголовного\s+кодекса)\b"
    r"|\b(\d{3}(?:\.\d)?)-?(?:й|я|ей|ой)\s+стать[а-я]*\s+(?:УК|Уголовного\s+кодекса)\b",
    re.IGNORECASE,
)

# A case opened, investigated or qualified: «дело» with a verb or adjective of a criminal
# case, or a qualification. «дело в воде» (the cause) has none of them.
_CASE = re.compile(
    r"\bдело\b.*\b(?:уголовный|возбудить|возбуждать|возбуждаться|возбуждение|завести|"
    r"заводить|расследовать|расследование|квалифицировать)\b"
    r"|\b(?:уголовный|возбудить|возбуждать|возбуждаться|возбуждение|завести|заводить|"
    r"расследовать|расследование)\b.*\bдело\b"
    r"|\b(?:пере)?квалифицировать\b")
# an administrative case («дело об административном правонарушении») names no crime
_ADMINISTRATIVE = re.compile(r"\bадминистративный\b|\bкоап\b")


def _name(*stems: str) -> str:
    """Stems of a crime's name in order, up to three other words between two of them."""
    return r"\b" + r"\S*(?: \S+){0,3} ".join(stems) + r"\S*"


# article -> its names, each a regex over a claim's lemmas (lowercase, ё as е)
_NAMES: dict[str, tuple[str, ...]] = {
    "105": (_name("убийств"),),
    "109": (_name("причинени", "смерт", "неосторожност"),),
    "110": (_name("доведени", "самоубийств"),),
    "111": (_name("тяжк", "вред", "здоров") + r"(?!(?: \S+){0,2} неосторожност)",),
    "118": (_name("тяжк", "вред", "здоров", "неосторожност"),),
    "119": (_name("угроз", "убийств"),),
    "126": (_name("похищени", "человек"),),
    "127": (_name("незаконн", "лишени", "свобод"),),
    "131": (_name("изнасиловани"),),
    "143": (_name("нарушени", "требовани", "охран", "труд"),),
    "145.1": (_name("невыплат", "заработн"),),
    "158": (r"\bкража\b",),
    "159": (_name("мошенничеств"),),
    "160": (_name("присвоени"), _name("растрат")),
    "161": (r"\bграбеж\b",),
    "162": (r"\bразбой\b",),
    "163": (_name("вымогательств"),),
    "167": (_name("умышленн", "(?:уничтожени|повреждени)", "имуществ"),),
    "171": (_name("незаконн", "предпринимательств"),),
    "174": (_name("легализаци"), _name("отмывани", "(?:денег|деньги|средств|доход)")),
    "195": (_name("неправомерн", "действи", "банкротств"),),
    "196": (_name("преднамеренн", "банкротств"),),
    "199": (_name("уклонени", "уплат", "налог"),),
    "200.3": (_name("привлечени", "средств", "долев"),),
    "201": (r"\bзлоупотреблени\S* полномочи",),
    "204": (_name("коммерческ", "подкуп"),),
    "205": (r"\bтеракт\b", _name("террористическ", "акт")),
    "206": (_name("захват", "заложник"),),
    "207": (_name("ложн", "сообщени", "(?:акт|терроризм|минировани)"),),
    "209": (_name("бандитизм"),),
    "210": (_name("преступн", "сообществ"),),
    "212": (_name("массов", "беспоряд"),),
    "213": (_name("хулиганств"),),
    "214": (_name("вандализм"),),
    "216": (_name("нарушени", "правил", "безопасност", "(?:ведени|производств)", "работ"),),
    "217": (_name("нарушени", "требовани", "промышленн", "безопасност"),),
    "219": (_name("нарушени", "требовани", "пожарн", "безопасност"),),
    "222": (_name("незаконн", "(?:оборот|приобретени|хранени|ношени)", "оружи"),),
    "228": (_name("незаконн", "(?:приобретени|хранени|оборот)", "наркоти"),),
    "228.1": (_name("сбыт", "наркоти"),),
    "236": (_name("нарушени", "санитарн", "правил"),),
    "238": (
        _name("оказани", "услуг", "не", "отвечать", "требовани", "безопасност"),
        _name("(?:производств|хранени|перевозк|сбыт)", "(?:товар|продукци)", "не",
              "отвечать", "требовани", "безопасност"),
        _name("(?:оказани|предоставлени)", "небезопасн", "услуг"),
        _name("(?:производств|сбыт|продаж)", "(?:опасн|небезопасн)", "(?:продукци|товар)"),
    ),
    "238.1": (_name("фальсифицированн", "лекарств"),),
    "245": (_name("жесток", "обращени", "животн"),),
    "246": (_name("нарушени", "правил", "охран", "окружающ", "сред"),),
    "247": (_name("нарушени", "правил", "обращени", "экологическ"),),
    "250": (_name("загрязнени", "вод"),),
    "251": (_name("загрязнени", "атмосфер"),),
    "252": (_name("загрязнени", "морск", "сред"),),
    "254": (_name("порч", "земл"),),
    "256": (_name("незаконн", "добыч", "(?:водн|биоресурс|рыб)"),),
    "258": (_name("незаконн", "охот"),),
    "260": (_name("незаконн", "рубк"),),
    "261": (_name("(?:уничтожени|повреждени)", "лесн", "насаждени"),),
    "263": (_name("нарушени", "правил", "безопасност", "движени"),
            _name("нарушени", "правил", "безопасност", "(?:воздушн|железнодорожн|водн|морск)",
                  "транспорт")),
    "263.1": (_name("нарушени", "требовани", "транспортн", "безопасност"),),
    "264": (_name("нарушени", "правил", "дорожн", "движени"),),
    "268": (_name("нарушени", "правил", "обеспечивать", "безопасн", "работ", "транспорт"),),
    "272": (_name("неправомерн", "доступ", "компьютерн", "информаци"),),
    "273": (_name("(?:создани|использовани|распространени)", "вредоносн"),),
    "274.1": (_name("неправомерн", "воздействи", "критическ", "информационн",
                    "инфраструктур"),),
    "275": (_name("государственн", "измен"), r"\bгосизмен\S*"),
    "276": (r"\bшпионаж\b",),
    "280": (_name("призыв", "экстремистск"),),
    "282": (_name("возбуждени", "ненавист"),),
    "285": (_name("злоупотреблени", "должностн", "полномочи"),),
    "285.1": (_name("нецелев", "расходовани"),),
    "286": (_name("превышени", "(?:должностн )?полномочи"),),
    "290": (_name("получени", "взятк"),),
    "291": (_name("дач", "взятк"),),
    "291.1": (_name("посредничеств", "взяточничеств"),),
    "292": (_name("служебн", "подлог"),),
    "293": (_name("халатност"),),
    "318": (_name("применени", "насили", "представител", "власт"),),
    "319": (_name("оскорблени", "представител", "власт"),),
    "321": (_name("дезорганизаци", "деятельност"),),
    "322": (_name("незаконн", "пересечени", "границ"),),
    "327": (_name("подделк", "документ"), _name("использовани", "подложн", "документ")),
    "330": (_name("самоуправств"),),
    "337": (_name("самовольн", "оставлени", "част"),),
}
_NAME_RES = {art: re.compile("|".join(pats)) for art, pats in _NAMES.items()}
# A crime named by a broader one's words: «причинение тяжкого вреда здоровью по
# неосторожности» is 118, not also 111; «злоупотребление должностными полномочиями» is
# 285, not also 201.
_NARROWER = {"111": "118", "201": "285", "291": "291.1", "228": "228.1"}


# (kept per text: the agreements' case pairs and the conflicts' parts ask it of the same
# claims in one refresh)
@lru_cache(maxsize=65536)
def articles(text: str, lemmas: str) -> frozenset[str]:
    """The articles of the Criminal Code a claim tells a case opened under, by number or
    by name; none when it tells no criminal case."""
    if not _CASE.search(lemmas) or _ADMINISTRATIVE.search(lemmas):
        return frozenset()
    found = {m.group(1) or m.group(2) for m in _ARTICLE.finditer(text)}
    folded = fold(lemmas)
    named = {art for art, rx in _NAME_RES.items() if rx.search(folded)}
    named -= {broad for broad, narrow in _NARROWER.items() if narrow in named}
    return frozenset(found | named)


MAX_CASE_CLAIMS = 24  # one article told by more claims of a story: too many to join all


# a part told with its article: «ч. 3 ст. 238 УК РФ», «по части 1 статьи 263 УК»
_PART = re.compile(r"(?:\bч\.?|\bчаст[а-я]*)\s*(\d{1,2})\s+(?:ст\.?|стать[а-я]*)\s*"
                   r"(\d{2,3}(?:\.\d{1,2})?)(?!\d)", re.IGNORECASE)
# a case or a charge told as qualified again, or as it was first: a change, not a dispute
_REQUALIFIED = re.compile(r"\bпереквалифицир\w*|\bизначальн\w*|\bпервоначальн\w*|\bранее\b|"
                          r"\bсначала\b|\bтеперь\b", re.IGNORECASE)
# a charge, as a case is told: «обвиняется по ч. 6 ст. 290 УК», «обвинение по части 5»
_CHARGED = re.compile(r"\bобвин\w*|\bвменя\w*", re.IGNORECASE)


def part_conflicts(facts: Sequence[Facts], story: Mapping[int, int]) -> list[Group]:
    """One story's case told under two parts of one article by two reports («по ч. 1 ст.
    238 УК» against «по ч. 3 ст. 238»): a claim naming two parts of the article, or a
    requalification, tells no part of its own."""
    index: dict[tuple[str, int], list[tuple[Facts, str, Value]]] = defaultdict(list)
    for f in facts:
        c = f.sc.claim
        if not (articles(c.text, c.lemmas) or _CHARGED.search(c.text)) or \
                _REQUALIFIED.search(c.text):
            continue
        told: dict[str, set[str]] = defaultdict(set)
        spans: dict[str, re.Match[str]] = {}
        for m in _PART.finditer(c.text):
            told[m.group(2)].add(m.group(1))
            spans.setdefault(m.group(2), m)
        for art, parts in told.items():
            if len(parts) != 1:
                continue
            m, part = spans[art], next(iter(parts))
            v = Value(f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0),
                      f"ч. {part} ст. {art}", f"ст. {art}")
            index[(art, story.get(f.sc.doc_id, -f.sc.doc_id - 1))].append((f, part, v))
    out = []
    for (art, _story), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        g = Group("statement", f"статья {art} УК: часть", ("part", art), timed=False)
        for (fa, pa, va), (fb, pb, vb) in combinations(items, 2):
            if pa != pb and fa.sc.doc_id != fb.sc.doc_id:
                g.pairs.append((va, vb, 0.6))
        out.append(g)
    return out


# a case denied: «дело не возбуждалось», «уголовное дело не заведено»
_DENIED = re.compile(r"\bне\s+(?:был[оаи]?\s+)?(?:возбу(?:д|жд)|завод|завед)\w*", re.IGNORECASE)


def case_pairs(claims: Sequence[StoredClaim], story: Mapping[int, int]) -> set[tuple[int, int]]:
    """Pairs of claims of one story, in two reports, that tell a case under one article
    («возбудило уголовное дело по ч. 1 ст. 238 УК РФ», «завели дело об оказании услуг,
    не отвечающих требованиям безопасности»)."""
    index: dict[tuple[str, int], set[tuple[int, int]]] = defaultdict(set)
    for sc in claims:
        if _DENIED.search(sc.claim.text):
            continue  # «дело о хищении не возбуждалось» tells no case under its article
        for art in articles(sc.claim.text, sc.claim.lemmas):
            index[(art, story.get(sc.doc_id, -1))].add((sc.id, sc.doc_id))
    return report_pairs(index.values(), MAX_CASE_CLAIMS)
