"""People: which person a written name, a surname, a description or a pronoun means.

`People` resolves names across the corpus and within one report: full names as given, a
surname to the person its report names in full (namesakes kept apart), a description a
story gives one person («водителя автобуса Николая Гуськова»), and the person a report is
about (its protagonist).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from factdb.conflicts.facts import _WORD, _lemma
from factdb.conflicts.lexicons import DIMINUTIVES
from factdb.models import StoredClaim
from factdb.text import fold

_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ична|овна|евна|инична)$")
_INITIAL = re.compile(r"^\w\.?$")
_PATRONYMIC_ANY_CASE = re.compile(r"(?:ович|евич|ьич|ичн|овн|евн)\w{0,3}$")


def _parts(name: str) -> list[str]:
    """The words of a name without initials: «Крайнов Д.» is the surname «крайнов»."""
    return [p for p in fold(name).split() if not _INITIAL.match(p)]


def _full_name(name: str) -> tuple[str, str] | None:
    """(surname, «first surname») of a name given in full; None for a surname alone, or
    a first name and a patronymic («Андрей Николаевич»)."""
    parts = _parts(name)
    if len(parts) < 2 or (len(parts) == 2 and _PATRONYMIC.search(parts[1])):
        return None
    return parts[-1], f"{parts[0]} {parts[-1]}"


def _inflected(base: str, word: str) -> bool:
    """Whether `word` may be `base` in another case («артема» of «артем», «андрея» of
    «андрей», «петровым» of «петров», «ирину» of «ирина»)."""
    return word == base or (len(base) >= 3 and word.startswith(base[:-1])
                            and 0 <= len(word) - len(base) <= 2)


def _canonical(names: Iterable[str]) -> dict[str, str]:
    """Full names the recogniser left in an oblique case («Артема Ладыгина», «Ирину
    Селезневу») mapped to the same person's shortest form the corpus gives (its
    nominative, as a rule), so one person keeps one key."""
    keys = {got[1] for n in names if (got := _full_name(n)) is not None}
    canon: dict[str, str] = {}
    heads: list[tuple[str, str]] = []
    for k in sorted(keys, key=lambda k: (len(k), k)):
        first, last = k.split()
        head = next((f"{hf} {hl}" for hf, hl in heads
                     if _inflected(hf, first) and _inflected(hl, last)), None)
        if head is None:
            heads.append((first, last))
        else:
            canon[k] = head
    return canon


class People:
    """Resolves a name to one person: full names as given; a surname alone only when the
    corpus knows exactly one person with it (Дмитрий and Илья Безуглый stay apart, and a
    bare «Безуглый» then belongs to neither)."""

    def __init__(self, names: Iterable[str],
                 by_doc: Mapping[int, Iterable[str]] | None = None,
                 mentions: Mapping[int, list[tuple[int, str]]] | None = None,
                 places: Iterable[str] = ()) -> None:
        names = list(names)
        # one-word places the corpus names: the recogniser takes one for a person now and
        # then («в СИЗО-1 Заречинска»), who is then no one
        self._places = {fold(p) for p in places if len(p.split()) == 1}
        by_doc = {d: list(ns) for d, ns in (by_doc or {}).items()}
        self._canon = _canonical(n for ns in ([names] + list(by_doc.values())) for n in ns)
        full: dict[str, set[str]] = defaultdict(set)
        for n in names:
            if (got := self._full_name(n)) is not None:
                full[got[0]].add(got[1])
        self._full = full
        # per document: surname -> the full names it gives (a report that names «Олег
        # Сурков» once calls him «Сурков» after, whatever namesakes other reports hold)
        self._doc: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for doc, doc_names in by_doc.items():
            for n in doc_names:
                if (got := self._full_name(n)) is not None:
                    self._doc[doc][got[0]].add(got[1])
        # per document: (offset, full name) of each full-name mention, in text order
        self._mentions = {d: sorted(m) for d, m in (mentions or {}).items()}
        self._by_doc = by_doc
        self._protagonist: dict[int, str | None] = {}

    def _full_name(self, name: str) -> tuple[str, str] | None:
        """`_full_name` with the person's one form (see `_canonical`)."""
        got = _full_name(name)
        if got is None:
            return None
        k = self._canon.get(got[1], got[1])
        return k.split()[-1], k

    def in_doc(self, name: str, doc: int, at: int | None = None) -> str | None:
        """The person a name means in one document: a surname alone resolves only to the
        one full name that document gives with it; None when it gives none or several.
        Given the offset `at` of the surname, a document naming two namesakes resolves
        it to the one named in full last before it (the latest antecedent), or, with
        none before, to the one named in full first after it."""
        parts = _parts(name)
        if len(parts) >= 2:
            return self._one(f"{parts[0]} {parts[-1]}")
        if not parts:
            return None
        surnames = self._doc.get(doc, {})
        known = surnames.get(parts[0], set())
        if not known:
            # «Кречетова», «Кречетову» of a report that names «Андрей Кречетов»; «Седов»,
            # the recogniser's nominative of a lone «Седова» of a report that names «Ольга
            # Седова»
            stem = re.sub(r"(?<=ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е)$", "", parts[0])
            feminine = parts[0] + "а" if re.search(r"(?:ов|ев|ёв|ин|ын)$", parts[0]) else ""
            form = next((x for x in (stem, feminine) if x and surnames.get(x)), None)
            if form is not None:
                known, parts = surnames[form], [form]
        if not known:
            # «Игоря увезли», said by his mother: a first name alone is the one person
            # the report names in full with it
            # (or told by its everyday form: «Настя» of «Анастасия Веснина»)
            firsts = DIMINUTIVES.get(parts[0], frozenset()) | {parts[0]}
            known = {f for names in surnames.values() for f in names
                     if f.split()[0] in firsts or _inflected(f.split()[0], parts[0])}
            if len(known) == 1:
                return next(iter(known))
        if len(known) > 1 and at is not None:
            named = [(pos, full) for pos, full in self._mentions.get(doc, [])
                     if fold(full).split()[-1] == parts[0]]
            before = [full for pos, full in named if pos < at]
            # a headline or lead may give the surname before the full name: then the
            # full name told nearest after it
            after = sorted((pos - at, full) for pos, full in named if pos >= at)
            if before or after:
                last = fold(before[-1] if before else after[0][1]).split()
                return self._one(f"{last[0]} {last[-1]}")
        return next(iter(known)) if len(known) == 1 else None

    def _one(self, key: str) -> str:
        return self._canon.get(key, key)

    def latin(self, word: str, doc: int) -> str | None:
        """The person of a report a Latin-script surname stands for, read back into
        Cyrillic («Mr Raevsky has not been detained» of a report naming «Глеб Раевский»):
        the one full name whose surname is that reading, give or take a letter."""
        cyr = _to_cyrillic(word)
        found = {full for surname, names in self._doc.get(doc, {}).items()
                 if len(surname) > 3 and fuzz.ratio(surname, cyr) >= _LATIN_LIKE
                 for full in names}
        return next(iter(found)) if len(found) == 1 else None

    def last_named(self, doc: int, at: int, but: str | None = None) -> str | None:
        """The person named in full last before offset `at` of a document (other than
        `but`): what a pronoun there most likely means."""
        for pos, full in reversed(self._mentions.get(doc, [])):
            if pos < at and (k := self.key(full)) and k != but:
                return k
        return None

    def key(self, name: str) -> str | None:
        """A stable key for the person (first name and surname: a patronymic is left
        out), or None when the name is ambiguous."""
        parts = _parts(name)
        if not parts:
            return None
        if len(parts) >= 2:
            return self._one(f"{parts[0]} {parts[-1]}")
        known = self._full.get(parts[0], set())
        if len(known) > 1:
            return None
        return next(iter(known)) if known else parts[0]

    def learn_descriptors(self, claims: Sequence[StoredClaim], story: Mapping[int, int]) -> None:
        """Read, in every claim, the two words that describe a person named in full right
        after them («водителя автобуса Николая Гуськова»): in the same story «водителя
        автобуса» alone then means him, when it describes no one else."""
        seen: dict[tuple[int, str], set[str]] = defaultdict(set)
        for sc in claims:
            st = story.get(sc.doc_id, -sc.doc_id)
            for e in sc.claim.entities:
                k = self.key(e.name) if e.type == "PER" and len(e.name.split()) >= 2 else None
                if k is None:
                    continue
                before = sc.claim.text[max(0, e.start - sc.claim.start - 40) :
                                       e.start - sc.claim.start]
                # only the words of the name's own clause describe him
                words = _WORD.findall(re.split(r"[.!?;:,«»\"()—–]", before)[-1])[-2:]
                # «водителя автобуса Николая Гуськова», «58-летний водитель Николай Гуськов»;
                # a word alone only in the name's case («адвокат машиниста Роман Тихонов»:
                # the genitive is of someone else, the lawyer's client), and never the
                # genitive after a person's title («директора хладокомбината Виктора
                # Ладыгина»: the plant is not him; «судьба машиниста Дениса Шубина» is)
                # (a genitive after another noun is that noun's: «директор по информационным
                # технологиям авиакомпании Павел Ларионов» is no airline)
                pair = _descriptor(words)
                # (a word alone must name a person: «председателя участковой комиссии
                # Людмилы Кирсановой» is no «комиссия»)
                one = _descriptor(words[-1:]) if words and _agrees(words[-1], e.text) and \
                    _animate(words[-1]) and not (
                        pair and (_animate(words[0]) or not _genitive_name(e.text))) else None
                # (a title before a brand's or a body's capitalised name: «основателя
                # Telegram Павла Дурова» is «основатель»)
                titled = _descriptor(words[:1]) if len(words) == 2 and words[1][:1].isupper() \
                    and _agrees(words[0], e.text) and _animate(words[0]) else None
                # (or before a quoted name: «Директор ООО "Тохтинское ДРСУ" Виктор Лапшин»)
                quoted = _TITLE_BEFORE_QUOTED.search(before)
                if titled is None and quoted is not None and \
                        _agrees(quoted.group(1), e.text) and _animate(quoted.group(1)):
                    titled = _descriptor([quoted.group(1)])
                for d in (pair, one, titled):
                    if d:
                        seen[(st, d)].add(k)
        self._descriptors = {key: next(iter(ks)) for key, ks in seen.items() if len(ks) == 1}
        self._story = dict(story)

    def describes(self, sc: StoredClaim, noun: str, person: str) -> bool:
        """Whether the story of a claim calls this person by this noun somewhere
        («61-летний ученый Андрей Кречетов»)."""
        table = getattr(self, "_descriptors", {})
        st = self._story.get(sc.doc_id, -sc.doc_id) if table else None
        return st is not None and any(table.get((st, n)) == person
                                      for n in _KINDRED.get(noun, (noun,)))

    def described(self, sc: StoredClaim) -> set[str]:
        """The people a claim tells of by a description its story gives them (see
        `learn_descriptors`), without naming them."""
        return self._described_in(sc.doc_id, _WORD.findall(sc.claim.text))

    def described_by(self, doc: int, words: str) -> set[str]:
        """The people of document `doc` these words describe («спортсменка»)."""
        return self._described_in(doc, _WORD.findall(words))

    def _described_in(self, doc: int, words: list[str], first: bool = False) -> set[str]:
        """The people these words of document `doc` describe, the fuller description
        first (`first`: only a description the words open with)."""
        table: dict[tuple[int, str], str] = getattr(self, "_descriptors", {})
        if not table:
            return set()
        st = self._story.get(doc, -doc)
        for size in (2, 1):
            out = set()
            for i in range(min(1, len(words) - size + 1) if first else len(words) - size + 1):
                d = _descriptor(words[i : i + size])
                if d and (st, d) in table:
                    out.add(table[(st, d)])
            if out:
                return out
        return set()

    def client(self, sc: StoredClaim) -> str | None:
        """The person whose lawyer the claim's speaker is, when the speaker's role says it:
        «адвокат машиниста» is the story's one driver, «адвокат Ивана Петрова» is Петров.
        «Его подзащитный» in such a lawyer's words is that person, whoever the report is
        mostly about."""
        m = _COUNSEL.match(sc.claim.speaker_role or "")
        if m is None:
            return None
        rest = m.group(1)
        if rest[:1].isupper():
            return self.resolve(rest, sc.doc_id)
        found = self._described_in(sc.doc_id, _WORD.findall(rest), first=True)
        return next(iter(found)) if found else None

    def protagonist(self, doc: int) -> str | None:
        """The person a report is about: named in full, and named (in full or by surname)
        at least twice and more often than anyone else. «Ученый», «фигурант», «он»
        without a name in such a report mean that person."""
        if doc not in self._protagonist:
            seen: Counter[str] = Counter()
            bare: list[str] = []
            for n in self._by_doc.get(doc, []):
                k = self.resolve(n, doc)
                if k and len(k.split()) >= 2:
                    seen[k] += 1
                elif k is None and len(_parts(n)) == 1:
                    bare.append(fold(n))
            # a surname alone that namesakes share («Лебяжьев» of a report naming his
            # nephew too) is the one of them the report names in full most often: the
            # nephew is named in full when he is meant
            named = dict(seen)
            for word in bare:
                kin = sorted((c, k) for k, c in named.items()
                             if _inflected(k.split()[-1], word))
                if len(kin) >= 2 and kin[-1][0] > kin[-2][0]:
                    seen[kin[-1][1]] += 1
            top = seen.most_common(2)
            ok = top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1])
            self._protagonist[doc] = top[0][0] if ok else None
        return self._protagonist[doc]

    def resolve(self, name: str, doc: int, at: int | None = None) -> str | None:
        """The person a name written in document `doc` means: a full name is itself; a
        surname alone is the person that report names in full (see `in_doc`), else the
        corpus's one person with that surname (see `key`)."""
        parts = _parts(name)
        if len(parts) == 1 and fold(name) in self._places:
            return None
        if len(parts) == 2 and _PATRONYMIC_ANY_CASE.search(parts[1]):
            # «Андрей Викторович», «Олега Викторовича»: the person of the report with that
            # first name
            full = {f for names in self._doc.get(doc, {}).values() for f in names
                    if _inflected(f.split()[0], parts[0])}
            return next(iter(full)) if len(full) == 1 else None
        if len(parts) >= 2:
            return self.key(name)
        return self.in_doc(name, doc, at) or self.key(name)

    def keys(self, sc: StoredClaim, but: str | None = None) -> set[str]:
        """The people a claim names, each resolved where it stands in its report,
        leaving out the ambiguous ones and `but`."""
        return {k for e in sc.claim.entities if e.type == "PER"
                and (k := self.resolve(e.name, sc.doc_id, e.start)) is not None and k != but}


# words one person is called by in turn («предприниматель Игорь Сунгуров» is the
# «бизнесмен» another sentence tells of): an epithet of his calls him by the others too
_KINDRED_GROUPS = (
    ("бизнесмен", "предприниматель", "миллиардер", "олигарх", "бизнесвумен"),
    ("журналист", "корреспондент", "репортер", "журналистка"),
    ("блогер", "блоггер", "видеоблогер", "блогерша"),
)
_KINDRED = {w: g for g in _KINDRED_GROUPS for w in g}


# a lawyer's role and what follows it: whose lawyer he is («адвокат машиниста»)
_COUNSEL = re.compile(r"(?:адвокат|защитник)\w*\s+(\S.*)$", re.I)


def _animate(word: str) -> bool:
    from factdb.extract.nlp import animate

    return animate(word)


def _name_cases(name: str) -> frozenset[str]:
    """The cases a name's first word can have («Дениса Шубина»: genitive, accusative)."""
    from factdb.extract.nlp import name_cases

    first = _WORD.findall(name)[:1]
    return name_cases(first[0]) if first else frozenset()


def _genitive_name(name: str) -> bool:
    return "gent" in _name_cases(name)


def _agrees(word: str, name: str) -> bool:
    """Whether a noun can stand in the case of the name after it (unknown names agree)."""
    from factdb.extract.nlp import noun_cases

    cases = _name_cases(name)
    return not cases or bool(cases & noun_cases(word))


# a title right before a body's quoted name, which stands right before a person's name
_TITLE_BEFORE_QUOTED = re.compile(r"(?<![\w-])([А-ЯЁа-яё][а-яё]+)\s+(?:(?:ООО|АО|ПАО|ЗАО|ОАО|МУП|"
                                  r"ГУП|ФГУП|МБУ|ГБУ|ГКУ|МКУ|АНО)\s+)?[«\"„“][^«»\"„“”]{1,40}"
                                  r"[»\"“”]\s*$")


def _descriptor(words: Sequence[str]) -> str | None:
    """«водителя автобуса» -> «водитель автобус»: a lower-case noun and the noun in the
    genitive after it, as lemmas; «водитель» alone; None for anything else."""
    from factdb.extract.nlp import inflections, is_common_noun, plural_only_noun

    if words and plural_only_noun(words[0]):
        return None  # «членов комиссии», «наблюдателей»: a group, no one person
    if len(words) == 1 and words[0][1:].islower() and len(words[0]) > 3:
        w = words[0].lower()
        if words[0] != w and not is_common_noun(w):
            return None  # «Глава Верхневолжска Андрей Сомов»: a place, not what he is
        return fold(_lemma(w)) if inflections(w)[0] == "NOUN" else None
    if len(words) != 2 or not words[1].islower() or not words[0][1:].islower():
        return None  # (the first may open a sentence: «Водителю автобуса ...»)
    w0 = words[0].lower()
    (p1, _c1), (p2, c2) = inflections(w0), inflections(words[1])
    if p1 != "NOUN" or p2 != "NOUN" or c2 != "gent":
        return None
    return f"{fold(_lemma(w0))} {fold(_lemma(words[1]))}"


# how much a Latin surname read back into Cyrillic must look like a report's Cyrillic one
# (a transliteration loses or adds a soft sign, an «й», an «ы» for an «и»)
_LATIN_LIKE = 85
# endings first, then letter groups, then letters (BGN/PCGN and passport spellings)
_LATIN_ENDINGS = (("skiy", "ский"), ("skii", "ский"), ("sky", "ский"), ("ski", "ский"),
                  ("skaya", "ская"), ("iy", "ий"), ("yi", "ый"), ("aya", "ая"))
_LATIN_GROUPS = (("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"),
                 ("tz", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("iu", "ю"), ("ya", "я"),
                 ("ia", "я"), ("ye", "е"), ("yo", "ё"))
_LATIN_LETTERS = dict(zip("abvgdezijklmnoprstufhcwyxq", "абвгдезийклмнопрстуфхквыкк",
                          strict=True))


def _to_cyrillic(word: str) -> str:
    """«Raevsky» -> «раевский», «Yusupov» -> «юсупов»: a Russian surname spelled in Latin
    letters, read back (folded, as surnames are kept)."""
    w = word.lower()
    tail = ""
    for lat, cyr in _LATIN_ENDINGS:
        if w.endswith(lat) and len(w) > len(lat) + 2:
            w, tail = w[: -len(lat)], cyr
            break
    for lat, cyr in _LATIN_GROUPS:
        w = w.replace(lat, cyr)
    return fold("".join(_LATIN_LETTERS.get(ch, ch) for ch in w) + tail)
