"""Coreference inside one article: who «он», «по ее словам», «пресс-секретарь президента»
or a bare surname stands for.

The registry collects every person the article names, with the full name, gender and
the roles it introduces them with («Пресс-секретарь президента Дмитрий Песков»). The
resolver walks the claims in order and keeps the speakers heard so far: a pronoun takes
the latest speaker of its gender (a person narrated as detained is no candidate); a role
noun takes the person introduced with that role («глава региона» = the governor, never a
deputy), else the person just heard in the paragraph when the noun merely describes them
(«— сказал предприниматель», not another profession), else stays a role phrase.
«Собеседник» goes on with the unnamed source just heard; «в ведомстве» stands for the body
named last.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from factdb.extract import grammars as G
from factdb.extract.attr_cues import Cue
from factdb.extract.attr_english import EnglishReading
from factdb.extract.attr_mention import Mention, Tree, is_common_noun, known_outlet
from factdb.extract.attr_quotes import QuoteRegion
from factdb.extract.nlp import ParsedSentence, Token, name_lemmas, nominative_word
from factdb.text import fold


def is_surname(word: str) -> bool:
    """A capitalised word pymorphy reads as a surname."""
    return word[:1].isupper() and bool(name_lemmas(word))


def countries(lemmas: frozenset[str]) -> set[str]:
    """The countries a role phrase names («российский лидер», «президент Азербайджана»)."""
    out = set()
    for x in lemmas:
        x = G.COUNTRY_ALIASES.get(x, x)
        if x in G.NATIONALITY:
            out.add(G.NATIONALITY[x])
        elif x in G.NATIONALITY.values():
            out.add(x)
    return out


# a pronoun right after the relative word of a clause: «..., который он называет»
_RELATIVE_BEFORE = re.compile(r"(?i)(?<![а-яё])котор\w+\s+$")
# a firm, not an agency of the state: never what «в ведомстве» / «в министерстве» names
_COMMERCIAL = re.compile(
    r"(?i)(?<![а-яё])(?:компани|авиакомпани|авиалини|перевозчик|фирм|подрядчик|холдинг|концерн|"
    r"корпораци|застройщик)[а-яё]{0,3}"
    r"(?![а-яё])|(?<![а-яё])(?:ооо|оао|зао|пао|ип)(?![а-яё])")


def is_generic_body(name: str) -> bool:
    """«ведомство», «министерство», «пресс-служба»: a body named by a common noun alone."""
    words = fold(name).split()
    # «ведомство», «надзорное ведомство», «это министерство»: a generic noun and modifiers
    return bool(words) and words[-1] in G.GENERIC_BODIES and all(
        w in G.GENERIC_BODY_MODIFIERS for w in words[:-1])


def org_family(name: str) -> str | None:
    """«компания», «этот перевозчик», «предприятие»: the family of a bare organisation
    noun (G.ORG_NOUN_FAMILY), or None when the phrase is anything more than that."""
    words = fold(name).split()
    if not words or not all(w in G.GENERIC_BODY_MODIFIERS or w in ("этот", "эта", "этого")
                            for w in words[:-1]):
        return None
    m = G.ORG_NOUN.fullmatch(words[-1])
    return G.ORG_NOUN_FAMILY[m.group(1).lower()] if m else None


def roles_compatible(a: str, b: str) -> bool:
    """Two role nouns may name one person: equal, both spokespeople, or a leader's title
    and a generic «глава» / «лидер»."""
    a, b = G.ROLE_SYNONYMS.get(a, a), G.ROLE_SYNONYMS.get(b, b)
    if a == b:
        return True
    if "заместитель" in (a, b):
        return False  # a deputy is not «глава» nor «руководитель»
    if a in G.SPOKES_ROLES and b in G.SPOKES_ROLES:
        return True
    if a in G.LEADER_ROLES and b in G.LEADER_ROLES:
        return bool({a, b} & G.GENERIC_LEADER) or {a, b} <= {"президент", "лидер", "глава"}
    return False


def role_heads(head: str, lemmas: frozenset[str]) -> tuple[str, ...]:
    """The role noun, and the title a generic one stands for in its phrase
    («глава региона» is the governor, «глава ведомства» the minister)."""
    if head not in G.GENERIC_LEADER:
        return (head,)
    for title, words in G.GENERIC_LEADER_OF.items():
        if lemmas & words or title == "министр" and any(
                x.startswith("мин") and x != head for x in lemmas):
            return (head, title)
    return (head,)


# forms of address before a surname; they say nothing of what the person does
_HONORIFICS = frozenset({"господин", "госпожа", "гражданин", "гражданка", "товарищ"})


def _clean_role(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[«»\"]", "", text)).strip(" -")


@dataclass
class _Role:
    lemmas: frozenset[str]
    head: str
    text: str
    pos: int


@dataclass
class Resolution:
    """A resolved speaker."""

    speaker: str
    kind: str | None
    role: str | None = None


@dataclass
class _Heard:
    speaker: str
    kind: str | None
    para: int
    pos: int
    gender: str | None


# Nominative endings of Russian-style surnames -> gender (longest first).
_SURNAME_GENDER = {"ская": "Fem", "цкая": "Fem", "ова": "Fem", "ева": "Fem", "ина": "Fem",
                   "ына": "Fem", "ский": "Masc", "цкий": "Masc", "ов": "Masc", "ев": "Masc",
                   "ин": "Masc", "ын": "Masc"}


def _feminine_nominative(normal: str, written: str, toks: list[Token],
                         verbs: dict[str, Token]) -> str:
    """«Нургуль Асанова заявила»: natasha may give «Нургуль Асанов» (the tagger reading a
    man's genitive); a woman's first name or her verb in the nominative says otherwise."""
    words = re.sub(r"\s+", " ", written).strip().split()
    if not words or not normal or not toks:
        return normal
    fem_name = toks[0].feats.get("Gender") == "Fem" and toks[0].feats.get("Case") == "Nom" \
        and len(toks) > 1
    fem_verb = any(t.rel == "nsubj" and (v := verbs.get(t.head_id)) is not None
                   and v.feats.get("Gender") == "Fem" for t in toks)
    if not (fem_name or fem_verb or all(t.feats.get("Case") == "Nom" for t in toks)):
        return normal
    last, was = fold(words[-1]), fold(normal.split()[-1])
    fem = {"ова": "ов", "ева": "ев", "ина": "ин", "ына": "ын", "ская": "ский", "цкая": "цкий"}
    for end, masc in fem.items():
        if last.endswith(end) and was == last[: -len(end)] + masc:
            return " ".join(normal.split()[:-1] + [words[-1]])
    return normal


def _women_by_surname(parsed: list[list[ParsedSentence]]) -> frozenset[str]:
    """Surnames told alone as the subject of a verb in the feminine («— сообщила
    Абдрахманова»): the surnames of women of the article, in the nominative."""
    out = set()
    for sents in parsed:
        for s in sents:
            by_id = {t.id: t for t in s.tokens}
            for sp in s.spans:
                toks = [t for t in s.tokens if sp.start <= t.start < sp.end]
                if sp.type != "PER" or len(toks) != 1 or toks[0].rel != "nsubj":
                    continue
                verb = by_id.get(toks[0].head_id)
                if verb is not None and verb.feats.get("Gender") == "Fem" and \
                        fold(toks[0].text).endswith(("ова", "ева", "ина", "ына", "ская", "цкая")):
                    out.add(fold(toks[0].text))
    return frozenset(out)


def _women_by_oblique(parsed: list[list[ParsedSentence]]) -> frozenset[str]:
    """Surnames written in a woman's oblique case, which no man's form takes («по словам
    Сомовой», «с Ивановой»): the surnames of women of the article, in the nominative
    («сомова»)."""
    out = set()
    for sents in parsed:
        for s in sents:
            for sp in s.spans:
                if sp.type != "PER":
                    continue
                last = fold(sp.text.split()[-1])
                m = re.fullmatch(r"([а-я-]{3,}(?:ов|ев|ин|ын))ой|([а-я-]{3,}(?:ск|цк))ой", last)
                if m:
                    out.add(m.group(1) + "а" if m.group(1) else m.group(2) + "ая")
    return frozenset(out)


def _her_surname(normal: str, written: str, women: frozenset[str],
                 strong: frozenset[str] = frozenset()) -> str:
    """«Салтанат Абдрахманова» read by natasha as a man's genitive («Салтанат
    Абдрахманов») when the tagger takes a foreign first name for a man's: the surname as
    written is a woman's when she is told by it alone as «сообщила Абдрахманова», and the
    first name is written as its nominative (a man's genitive would inflect it too:
    «Ивана Петрова»); or, whatever the first name, when she is told elsewhere in a woman's
    oblique case (`strong`: «по словам Сомовой»)."""
    words, told = normal.split(), written.split()
    if len(words) == 2 == len(told) and fold(told[-1]) in strong and \
            fold(" ".join(told)) != fold(normal):
        # «Валентина Сомова» read as a man's genitive, the woman told elsewhere as
        # «Сомовой»: her name as written is her nominative
        return " ".join(told)
    if len(words) < 2 or len(told) != len(words) or fold(told[-1]) not in women \
            or fold(told[0]) != fold(words[0]) or fold(told[-1]) == fold(words[-1]):
        return normal
    return " ".join([*words[:-1], told[-1]])


@dataclass
class Registry:
    """The people an article names: full names, genders, roles, positions."""

    parsed: list[list[ParsedSentence]]
    forms: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    genders: dict[tuple[str, str], str] = field(default_factory=dict)
    roles: dict[str, list[_Role]] = field(default_factory=dict)  # canonical -> roles
    mentions: list[tuple[int, str]] = field(default_factory=list)
    quotes: list[QuoteRegion] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    # «авиакомпании «Полет»»: (offset, noun family, name); the NER often misses quoted names
    named_orgs: list[tuple[int, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        pending: list[tuple[int, str, _Role | None]] = []
        oblique = _women_by_oblique(self.parsed)
        women = _women_by_surname(self.parsed) | oblique
        for sents in self.parsed:
            if sents:
                self.para_starts.append(sents[0].start)
            for s in sents:
                for m in G.NAMED_ORG.finditer(s.text):
                    if m.group(2).strip() and not re.fullmatch(
                            r"(?:\s+[а-яё-]+(?:ого|его|ых|их|ий|ой|ей|ия|ии|ов|ев|а|ы|и|я)){1,4}",
                            m.group(2)):
                        continue  # «завода шахтного оборудования «X»»: genitive words only
                    if not re.match(r"[\dA-ZА-ЯЁ]", m.group(3).strip()):
                        continue  # «ущерб компании «подсчитывается»»: a word quoted, no name
                    told = known_outlet(m.group(3).strip())
                    if told is not None and fold(told) != fold(m.group(3).strip()):
                        continue  # «В компании «Известиям» сообщили»: an outlet told, in its case
                    self.named_orgs.append((s.start + m.start(), G.ORG_NOUN_FAMILY[
                        m.group(1).lower()], m.group(3).strip()))
                for m in G.NAMED_ORG_BARE.finditer(s.text):
                    if known_outlet(m.group(2).strip()) and G.ORG_NOUN_FAMILY[
                            m.group(1).lower()] != G.ORG_NOUN_FAMILY.get("агентство"):
                        continue  # «В компании ТАСС сообщили»: the agency told, not its name
                    self.named_orgs.append((s.start + m.start(), G.ORG_NOUN_FAMILY[
                        m.group(1).lower()], m.group(2).strip()))
                tree = Tree(s)
                for sp in s.spans:
                    if sp.type != "PER":
                        continue
                    toks = [t for t in s.tokens if sp.start <= t.start < sp.end]
                    normal = _feminine_nominative(sp.normal, sp.text, toks,
                                                  {t.id: t for t in s.tokens})
                    normal = _her_surname(normal, sp.text, women, oblique)
                    words = normal.split()
                    gender = next((t.feats["Gender"] for t in toks if t.feats.get("Gender")), None)
                    if len(words) >= 2:
                        # a surname's nominative ending says the gender more surely than the
                        # tagger's guess on a foreign first name («Асель Куанышева»)
                        ending = next((e for e in _SURNAME_GENDER
                                       if fold(words[-1]).endswith(e)), "")
                        gender = _SURNAME_GENDER.get(ending, gender)
                        key = (fold(words[0]), fold(words[-1]))
                        self.forms.setdefault(key, Counter())[normal] += 1
                        if gender:
                            self.genders.setdefault(key, gender)
                    pending.append((sp.start, normal, self._role_of(tree, toks)))
                for t in s.tokens:
                    # «Алиев, в свою очередь, ...»: a surname the NER missed is still a mention
                    if t.pos == "PROPN" and t.feats.get("Animacy") == "Anim" and not any(
                            sp.start <= t.start < sp.end for sp in s.spans) and is_surname(t.text):
                        name = nominative_word(t.text, t.feats.get("Case", ""), "Sing")
                        pending.append((t.start, name, None))
        for pos, name, role in pending:
            canon = self.canonical(name)
            self.mentions.append((pos, canon))
            if role is not None:
                self.roles.setdefault(canon, []).append(role)

    @staticmethod
    def _role_of(tree: Tree, toks: list[Token]) -> _Role | None:
        """«Пресс-секретарь президента Дмитрий Песков»: the role phrase right before a name.

        Read from the words, not the tree: the parser often hangs the second name of
        «президент России X и президент Азербайджана Y» on the first role."""
        if not toks:
            return None
        first = toks[0]
        before = [t for t in tree.toks if t.end <= first.start][-8:]
        run: list[Token] = []
        for t in reversed(before):
            stop = t.pos in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON") or (
                t.pos == "PUNCT" and t.text not in "-\"«»")
            if stop:
                break
            if any(sp.type == "PER" and sp.start <= t.start < sp.end for sp in tree.s.spans):
                # «адвокат Суркова Денис Фролов»: a genitive name belongs to the role phrase
                if t.feats.get("Case") == "Gen" and first.feats.get("Case") not in ("Gen", None):
                    run.insert(0, t)
                    continue
                break
            run.insert(0, t)
        heads = [i for i, t in enumerate(run)
                 if is_common_noun(tree, t) and t.feats.get("Animacy") == "Anim"]
        if not heads:
            return None
        i = heads[0]
        while i > 0 and run[i - 1].pos == "ADJ":
            i -= 1  # «официальный представитель»
        h = run[heads[0]]
        if h.lemma in _HONORIFICS and i == heads[0]:
            return None  # «господин Путин»: a form of address (Коммерсантъ style), no role
        hc, fc = h.feats.get("Case"), first.feats.get("Case")
        if hc and fc and hc != fc and not any(t.feats.get("Case") == hc for t in toks[1:]):
            # «адвокат Суркова»: the name is the role's genitive, not its owner (though the
            # tagger may read a woman's first name as a man's genitive: «адвокат Евгения
            # Маркина», the surname agreeing with the role)
            return None
        words = []
        for t in run[i:]:
            w = t.text
            if t is h or t.pos == "ADJ" and t.start < h.start:
                w = nominative_word(t.text, t.feats.get("Case", ""), h.feats.get("Number", ""),
                                    h.feats.get("Gender", "") if t is not h else "")
            words.append(w)
        text = _clean_role(" ".join(words))
        if not text:
            return None
        lemmas = frozenset(t.lemma for t in run[i:] if t.pos != "PUNCT")
        return _Role(lemmas, h.lemma, text[:1].lower() + text[1:] if text[:2].istitle() else text,
                     first.start)

    def add_quotes(self, quotes: list[QuoteRegion]) -> None:
        """Remember quotations: names inside quoted words are not the narrative's people."""
        self.quotes += [q for q in quotes if q.long]

    def in_quote(self, pos: int) -> bool:
        """True when `pos` lies inside quoted words."""
        return any(q.start < pos < q.end for q in self.quotes)

    def _keys_for(self, name: str) -> list[tuple[str, str]]:
        words = name.split()
        if not words:
            return []
        last = fold(words[-1])
        lasts = {k[1] for k in self.forms}
        # «Алиевым Путина» read as one name: a "first name" that is someone's surname
        keys = [k for k in self.forms if k[1] == last and k[0] not in lasts]
        if not keys and len(words) == 1 and len(last) >= 5:
            # «господина Бережного» the tagger left in the genitive: the one known surname
            # it is an oblique form of
            near = [k for k in self.forms if k[0] not in lasts and len(k[1]) >= 5
                    and abs(len(k[1]) - len(last)) <= 3
                    and last[: max(4, len(k[1]) - 2)] == k[1][: max(4, len(k[1]) - 2)]]
            keys = near if len({k[1] for k in near}) == 1 else []
        if not keys and len(words) == 1 and last not in lasts:
            # «— сказал Тимур» after «сосед пострадавшего Тимур Рахимов»: the one person of
            # the article with that first name
            first_named = [k for k in self.forms if k[0] == last]
            keys = first_named if len(first_named) == 1 else []
        if not keys and len(words) >= 2:
            # «Валентин Сомов», the tagger's man's reading of «Валентина Сомова»: the
            # woman the article names, her first name and surname the man's forms plus «а»
            first = fold(words[0])
            hers = last[:-2] + "ая" if last.endswith("ий") else last + "а"
            keys = [k for k in self.forms if k[1] == hers and k[0].startswith(first)
                    and len(k[0]) - len(first) <= 1]
        if len(words) >= 2:
            keys = [k for k in keys if k[0] == fold(words[0])] or keys
        return keys

    def canonical(self, name: str) -> str:
        """The article's fullest form of a name («Песков» -> «Дмитрий Песков»)."""
        keys = self._keys_for(name)
        if len(keys) != 1:
            return name
        forms = self.forms[keys[0]]
        return max(forms, key=lambda f: (len(f.split()) == 2, forms[f], -len(f)))

    def inner_of(self, m: Mention) -> frozenset[str]:
        """The persons inside a role phrase («знакомый Картавых»), as written and in full."""
        return m.inner | {self.canonical(x) for x in m.inner}

    def gender(self, canon: str) -> str | None:
        """Grammatical gender of a person's name, when known."""
        keys = self._keys_for(canon)
        return self.genders.get(keys[0]) if len(keys) == 1 else None

    def by_role(self, m: Mention, pos: int) -> tuple[str, bool] | None:
        """The person the article introduces with the role a mention uses, and whether
        the introduction comes before the mention."""
        inner = m.inner | {self.canonical(x) for x in m.inner}
        best: list[tuple[int, int, str]] = []
        for canon, roles in self.roles.items():
            if canon in inner:
                continue
            for r in roles:
                if not any(roles_compatible(r.head, mh) and not (r.head != mh and (
                        r.head in G.LEADER_ROLES and not {r.head, mh} & {"заместитель"}
                        and G.ROLE_SYNONYMS.get(mh) != r.head))
                        for mh in role_heads(m.head, m.role_lemmas)):
                    continue  # registry matches: same role, synonyms, spokespeople
                if countries(r.lemmas) and countries(m.role_lemmas) and not (
                        countries(r.lemmas) & countries(m.role_lemmas)):
                    continue
                own = {x for x in m.role_lemmas if x != m.head
                       and not x.endswith(("ый", "ий", "ой")) and x not in G.SPOKES_ROLES}
                # «представитель ведомства» was introduced for the ministry in question:
                # it fits any body a later «представитель МИД» names
                vague = bool(r.lemmas & G.VAGUE_BODIES) and r.pos <= pos
                if m.head in G.ROLE_DESCRIPTORS and own and not own & r.lemmas and not vague \
                        and not (own <= G.GOVERNMENT_WORDS
                                 and r.head in G.LEADER_ROLES | G.SPOKES_ROLES):
                    continue  # «представитель Госдепартамента» is not the Kremlin's spokesman
                theirs, wanted = role_heads(r.head, r.lemmas), role_heads(m.head, m.role_lemmas)
                if len(theirs) == 2 and len(wanted) == 2 and theirs[1] != wanted[1]:
                    continue  # «глава Минприроды» is not «глава края»
                score = len(r.lemmas & m.role_lemmas) + (len(wanted) == 2 and r.head == wanted[1])
                g = self.gender(canon)
                if m.gender and g and m.gender != g:
                    continue
                # nearest before the mention first, then nearest after
                dist = pos - r.pos if r.pos <= pos else 10**6 + r.pos - pos
                best.append((-score, dist, canon))
        if not best:
            return None
        if any(d < 10**6 for _, d, _ in best):
            # someone introduced before with a fitting role beats a closer match introduced
            # only later: a role said again refers back
            best = [b for b in best if b[1] < 10**6]
        best.sort()
        top = [b for b in best if b[0] == best[0][0]]
        names = {b[2] for b in top}
        if len(names) > 1 and top[0][1] >= 10**6:
            return None
        return top[0][2], top[0][1] < 10**6

    def named_org(self, family: str, pos: int) -> str | None:
        """The one organisation of a family (or families it covers) named before `pos`:
        «авиакомпания «Полет»» makes a later «в перевозчике» Полет. Two names: none."""
        found = [(f, n) for p, f, n in self.named_orgs
                 if p < pos and f in G.ORG_NOUN_COVERS[family] and not self.in_quote(p)]
        same = {fold(n) for f, n in found if f == family}
        names = {fold(n): n for f, n in found}
        if len(names) == 1:
            return next(iter(names.values()))
        if len(same) == 1 and family != "company":  # a bare «компания» between two: unsure
            return next(n for f, n in found if f == family)
        return None

    def org_named(self, name: str) -> str | None:
        """The organisation (as the article named it with its noun: «авиакомпания «X»»)
        that `name`, maybe an inflected form, stands for: a company speaking in its own
        statement, not a medium."""
        key = re.sub(r"\W+", "", fold(name))
        for _, _, n in self.named_orgs:
            k = re.sub(r"\W+", "", fold(n))
            stem = max(4, len(k) - 2)
            if k == key or abs(len(k) - len(key)) <= 3 and len(k) >= 4 and k[:stem] == key[:stem]:
                return n
        return None

    def named_subject(self, pos: int, before: int) -> str | None:
        """The one person the sentence holding `pos` names as the subject of its verb, when
        the pronoun at `before` opens a relative clause of that sentence («Директор фирмы
        Иван Петров показал копию документа, который он называет ...»: Петров), else
        None."""
        for sents in self.parsed:
            for s in sents:
                if not s.start <= pos < s.end:
                    continue
                if not _RELATIVE_BEFORE.search(s.text[: before - s.start]):
                    return None  # («X видит угрозу, — считает он»: X is what was said)
                # (the subject itself, or its apposition: «Директор фирмы Иван Петров»)
                subjects = {t.id for t in s.tokens if t.rel == "nsubj"}
                names = {self.canonical(sp.normal or sp.text) for sp in s.spans
                         if sp.type == "PER" and sp.end <= before and not self.in_quote(sp.start)
                         and any(sp.start <= t.start < sp.end and (
                             t.id in subjects or t.rel == "appos" and t.head_id in subjects)
                                 for t in s.tokens)}
                return names.pop() if len(names) == 1 else None
        return None

    def persons_between(self, a: int, b: int) -> set[str]:
        """People named (outside quotes) between two offsets."""
        return {c for p, c in self.mentions if a <= p < b and not self.in_quote(p)}

    def para_start(self, pos: int, back: int = 0) -> int:
        """Where the paragraph holding `pos` begins (or the one `back` paragraphs before)."""
        before = [p for p in self.para_starts if p <= pos]
        return before[max(0, len(before) - 1 - back)] if before else 0

    def latest_person(self, before: int, gender: str | None, window: int = 1500) -> str | None:
        """The person named last before an offset, of a gender."""
        for p, c in sorted(self.mentions, reverse=True):
            if p >= before or self.in_quote(p):
                continue
            if p < before - window:
                return None
            g = self.gender(c)
            if not gender or not g or g == gender:
                return c
        return None


class Resolver:
    """Resolves mentions in text order, remembering who has spoken."""

    def __init__(self, registry: Registry) -> None:
        self.reg = registry
        self.heard: list[_Heard] = []
        self.topic: _Heard | None = None  # subject of the narration since the last speaker
        self.en_names: list[str] = []
        self.outlets: list[str] = []  # media named so far, latest last
        self.bodies: list[tuple[str, int]] = []  # bodies named (speaking or acting), latest last
        self.interlocutor: str | None = None  # the body a «собеседник агентства» spoke for
        self.reporters: dict[str, str] = {}  # outlet -> its reporter named in the article
        self.group_topic: _Heard | None = None  # a group narrated since the last speaker

    def said(self, speaker: str, kind: str | None, para: int, pos: int,
             gender: str | None = None) -> None:
        """Record that `speaker` owns words ending at `pos` (`gender`: the verb's, if any)."""
        # the verb's gender («сказала») beats the tagger's guess on a foreign name
        g = (gender or self.reg.gender(speaker)) if kind == "PER" else None
        self.heard.append(_Heard(speaker, kind, para, pos, g))
        self.topic = None
        self.group_topic = None
        if kind == "ORG" and not is_generic_body(speaker) and speaker not in self.outlets:
            self.bodies.append((speaker, para))

    def acted(self, body: Mention, para: int) -> None:
        """Record a named body a narrated sentence is about («Управление возбудило дело»)."""
        if not is_generic_body(body.text):
            self.bodies.append((body.text, para))

    def saw_via(self, via: tuple[str, ...]) -> None:
        """Remember the media a sentence names, for a later «как пишет издание»."""
        self.outlets += [v for v in via
                         if v != "СМИ" and not v.lower().startswith(("сайт", "пресс"))]

    def narrated(self, subject: Mention, para: int, pos: int) -> None:
        """Record the person a narrated sentence is about: «X был освобожден. Он заявил»."""
        name = self.reg.canonical(subject.text)
        # (the name's own gender, its surname's ending, beats the tagger's guess from a
        # first name it may read as a man's genitive: «Валентина Сомова»)
        self.topic = _Heard(name, "PER", para, pos, self.reg.gender(name) or subject.gender)

    def narrated_group(self, group: Mention, para: int, pos: int) -> None:
        """Record the group a narrated sentence is about: «Родители не согласны. По их
        словам, ...»."""
        self.group_topic = _Heard(group.text, "GROUP", para, pos, None)

    def bodies_named(self) -> set[str]:
        """The bodies (not media) heard so far."""
        return {b for b, _ in self.bodies}

    def _spokesperson(self, body: str, gender: str | None) -> str | None:
        """The person heard last in the article whose role names `body` («пресс-секретарь
        компании» for «компания») or is a spokesperson's, when `gender` is a woman's and
        hers (the masculine «собеседник» may be anyone's word)."""
        if gender != "Fem":
            return None
        stem = fold(body)[:5]
        for h in reversed(self.heard):
            # (a spokeswoman of whatever body she was named for: the body told by its
            # name and then as «компания» is one)
            if h.kind == "PER" and h.gender == gender and any(
                    stem in fold(r.text) or r.head in G.SPOKES_ROLES
                    for r in self.reg.roles.get(h.speaker, [])):
                return h.speaker
        return None

    def _latest(self, gender: str | None, plural: bool, para: int, back: int) -> _Heard | None:
        for h in reversed(self.heard):
            if h.para < para - back:
                return None
            if plural:
                if h.kind in ("GROUP",) or h.kind == "ORG" and False:
                    return h
                continue
            if h.kind != "PER":
                continue
            if gender and h.gender and gender != h.gender:
                continue
            return h
        return None

    def resolve(self, cue: Cue, pos: int, para: int) -> Resolution | None:
        """The speaker a cue names, resolved against the article so far."""
        m = cue.mention
        if m is None:
            return None
        if m.kind == "name":
            if m.speaker_kind == "PER" and m.plural:
                both = " и ".join(self.reg.canonical(n) for n in m.text.split(" и "))
                return Resolution(both, "GROUP")
            if m.speaker_kind == "PER":
                name = self.reg.canonical(m.text)
                if m.head in G.NEWSROOM_NOUNS and len(m.told) == 1:
                    self.reporters[m.told[0]] = name  # «корреспондент «Вестей» Анна Ким»
                return Resolution(name, "PER", m.role)
            if m.head in G.NEWSROOM_NOUNS and len(m.outlets) == 1 \
                    and m.outlets[0] in self.reporters:
                # «как уточнил корреспондент «Вестей»» after she was named: the same reporter
                return Resolution(self.reporters[m.outlets[0]], "PER")
            family = org_family(m.text) if m.speaker_kind == "ORG" else None
            if family is not None:
                # «уточнили в перевозчике» after «авиакомпания «Полет»»: that airline
                named = self.reg.named_org(family, cue.start)
                return Resolution(named or m.text, "ORG")
            if m.speaker_kind == "ORG" and is_generic_body(m.text):
                # «в ведомстве заявили» after «В управлении МЧС ...»: the body named last
                press = m.text.lower().startswith("пресс-")
                for name, p in reversed(self.bodies):
                    if p < para - 2:
                        break
                    if _COMMERCIAL.search(name):
                        continue  # «сторонняя компания», «ООО "..."» is no state «ведомство»
                    if not press or name.lower().startswith("пресс-"):
                        return Resolution(name, "ORG")
            return Resolution(m.text, m.speaker_kind)
        if m.kind in ("pronoun", "zero"):
            last = self.heard[-1] if self.heard else None
            if not m.plural and last is not None and last.speaker == self.interlocutor and \
                    last.para >= para - 1:
                # «— сказала собеседница агентства. По ее словам, ...»: she, for the body
                return Resolution(last.speaker, "ORG")
            if m.kind == "pronoun" and not m.plural and m.start > pos:
                # the person the sentence itself names as its subject, before its pronoun,
                # whoever was heard before: «Директор фирмы Иван Петров показал копию
                # документа, который он называет разрешением»
                own = self.reg.named_subject(pos, m.start)
                if own is not None and (not m.gender or not self.reg.gender(own)
                                        or self.reg.gender(own) == m.gender):
                    return Resolution(own, "PER")
            gt = self.group_topic
            if gt is not None and m.plural and m.kind == "pronoun" and gt.para >= para - 1:
                return Resolution(gt.speaker, "GROUP")  # the group just narrated about
            t = self.topic
            if t is not None and not m.plural and t.para >= para - 1 and (
                    not m.gender or not t.gender or m.gender == t.gender):
                return Resolution(t.speaker, "PER")  # the person just narrated about
            h = self._latest(m.gender, m.plural, para, 3 if m.kind == "pronoun" else 1)
            if h is not None:
                return Resolution(h.speaker, h.kind)
            if m.kind == "pronoun" and not m.plural:
                person = self.reg.latest_person(cue.start, m.gender)
                if person is not None:
                    return Resolution(person, "PER")
            return None
        if m.kind == "role":
            if m.anonymous:
                return Resolution(m.text, "PER", m.role)  # who asked not to be named stays so
            if m.head in G.RELATION_NOUNS and m.inner:
                # «коллега Гудкова», «сосед Иванова»: someone the article knows only by whom
                # they know, never a person it named
                return Resolution(m.text, "PER", m.role)
            # introduced earlier with this role > the speaker just heard > introduced later
            if m.head in G.ANONYMOUS_ROLES:
                src = self._latest_source(para)
                if m.head in G.SOURCE_REMENTIONS and src is not None and not (
                        m.qualified and fold(m.text) != fold(src.speaker)):
                    # the source goes on; «Источник "Ъ", знакомый с ...» brings a new one
                    return Resolution(src.speaker, src.kind, m.role)
                t = self.topic
                if m.head in G.PERSON_REMENTIONS and t is not None and t.para == para and (
                        not m.gender or not t.gender or m.gender == t.gender) \
                        and t.speaker not in self.reg.inner_of(m) and " " in t.speaker:
                    # «Пассажирка Анна К. летела с детьми. «...», — рассказала собеседница
                    # издания»: the person this paragraph introduced, since anyone spoke
                    return Resolution(t.speaker, "PER", m.role)
                last = self.heard[-1] if self.heard else None
                if m.head in G.INTERLOCUTOR_NOUNS and m.start > cue.start and src is None and \
                        last is not None and last.kind == "ORG" and last.para >= para - 1 and \
                        last.speaker in self.bodies_named() and not m.described and \
                        not re.search(r"\s(?:в|во|из|на|с|от)\s", m.text):
                    # «..., сообщили агентству в МЧС. «...», — сказал собеседник агентства»:
                    # who talked to the outlet right after a body told it speaks for the body
                    # (the body's own spokeswoman heard before, when the noun's gender names
                    # a woman: «пресс-секретарь компании Анна Орлова»)
                    own = self._spokesperson(last.speaker, m.gender)
                    if own is not None:
                        return Resolution(own, "PER", m.role)
                    self.interlocutor = last.speaker
                    return Resolution(last.speaker, "ORG", m.role)
                if m.head in G.PERSON_REMENTIONS:
                    # «Продавщица X рассказала ... «...», — говорит женщина»: the person just
                    # heard; «собеседник» (who talked to the outlet) also from the paragraph before
                    # (only after its verb, «— рассказал собеседник агентства»; a sentence
                    # opening «Собеседник "Ъ" в министерстве рассказал» brings a new source)
                    back = 1 if m.head in G.SOURCE_REMENTIONS and m.start > cue.start and not \
                        re.search(r"\s(?:в|во|из|на|с)\s", m.text) and not m.placed else 0
                    # (one placed or described afresh, «собеседник в администрации»,
                    # «собеседник, знакомый с ходом проверки», is a new unnamed source)
                    fresh = m.head in G.SOURCE_REMENTIONS and (
                        m.placed or m.described
                        or re.search(r"\s(?:в|во|из|на|при)\s", m.text) is not None)
                    h = None if fresh else self._latest(m.gender, False, para, back)
                    if h is not None and not (
                            self.reg.persons_between(h.pos, cue.start) - {h.speaker}):
                        return Resolution(h.speaker, "PER", m.role)
                return Resolution(m.text, "PER", m.role)
            found = self.reg.by_role(m, cue.start)
            if found is not None and found[1]:
                return Resolution(found[0], "PER", m.role)
            if found is None and m.head not in G.LEADER_ROLES | G.SPOKES_ROLES:
                # «X сообщил ... «...», — сказал предприниматель»: a descriptive noun for
                # the person just heard in this paragraph, when no one else came between
                # (or in the paragraph before, when this one opens «Кроме того, ...»)
                h = self._latest(m.gender, False, para, 1 if cue.goes_on else 0)
                if h is not None and h.speaker not in self.reg.inner_of(m) and not (
                        self.reg.persons_between(h.pos, cue.start) - {h.speaker}) \
                        and not self._other_profession(m.head, h.speaker):
                    return Resolution(h.speaker, "PER", m.role)
            h = self._latest(m.gender, False, para, 2)
            inner = self.reg.inner_of(m)
            if h is not None and h.speaker not in inner and self._fits(
                    m.head, h.speaker, m.role_lemmas):
                others = self.reg.persons_between(h.pos, cue.start) - {h.speaker} - inner
                if not others:
                    return Resolution(h.speaker, "PER", m.role)
            if found is not None:
                return Resolution(found[0], "PER", m.role)
            # «Министр X провел совещание. По словам главы ведомства, ...»: the one person
            # named in this or the previous paragraph whose roles fit the role noun
            near = self.reg.persons_between(self.reg.para_start(cue.start, back=2), cue.start)
            fits = {p for p in near
                    if p not in inner and self.reg.roles.get(p)
                    and self._fits(m.head, p, m.role_lemmas)
                    and (not m.gender or not self.reg.gender(p) or self.reg.gender(p) == m.gender)}
            if len(fits) == 1:
                return Resolution(fits.pop(), "PER", m.role)
            body = self._spokes_body(m, para, cue.start)
            if body is not None:
                return Resolution(body, "ORG", m.role)
            return Resolution(m.text, "PER", m.role)
        if m.kind == "medium":
            return Resolution(self.outlets[-1], "ORG") if self.outlets else None
        if m.kind == "document":
            # «Согласно документу, ...»: the body that issued it, told of just before
            for name, p in reversed(self.bodies):
                if p >= para - 1:
                    return Resolution(name, "ORG")
                break
            return None
        if m.kind == "context":
            for h in reversed(self.heard):
                if m.speaker_kind == "ORG" and not m.text and h.kind != "ORG":
                    break  # «— добавили там»: a body, never the person heard last
                if h.para >= para - 2:
                    return Resolution(h.speaker, h.kind)
                break
            return Resolution(m.text, m.speaker_kind) if m.text else None
        return None

    def _spokes_body(self, m: Mention, para: int, pos: int) -> str | None:
        """«представитель ведомства», «пресс-секретарь перевозчика» with no person found:
        the body itself speaks through its unnamed spokesperson (the body named before)."""
        if m.head not in G.SPOKES_ROLES:
            return None
        rest = {x for x in m.role_lemmas if x != m.head and x not in G.SPOKES_ROLES
                and x not in G.GENERIC_BODY_MODIFIERS}
        if len(rest) != 1:
            return None  # «представитель МЧС» names its body; «представитель ...» of several
        noun = rest.pop()
        if noun in G.GENERIC_BODIES:
            for name, p in reversed(self.bodies):
                if p < para - 2:
                    break
                if not name.lower().startswith("пресс-"):
                    return name
            return None
        family = org_family(noun)
        return self.reg.named_org(family, pos) if family is not None else None

    def _other_profession(self, head: str, person: str) -> bool:
        """«сказал адвокат» after a prosecutor spoke: a profession the person does not have."""
        if head not in G.PROFESSIONS:
            return False
        roles = self.reg.roles.get(person, [])
        known = {r.head for r in roles}
        if any(r.lemmas & G.PROFESSION_BODIES.get(head, frozenset()) for r in roles):
            return False  # «глава комитета Госдумы», then «— сказал депутат»
        if any(head in r.lemmas for r in roles):
            return False  # «начальник полицейского участка», then «слова полицейского»
        return bool(known) and not any(roles_compatible(head, k) for k in known)

    def _latest_source(self, para: int) -> _Heard | None:
        """The anonymous source heard last, in this paragraph or the one before."""
        for h in reversed(self.heard):
            if h.para < para - 1:
                return None
            if h.kind == "PER" and (h.speaker.split()[0].lower() in G.SOURCE_REMENTIONS
                                    or h.speaker[:1].islower()):
                return h  # «источник ...», or a role phrase no name was found for
            if h.kind == "PER":
                return None  # someone else spoke since
        return None

    def _fits(self, head: str, person: str, lemmas: frozenset[str] = frozenset()) -> bool:
        """Can this role noun describe this person, given the roles the article gave them?"""
        if person[:1].islower():
            return False  # «источник в полиции» is no minister: an unnamed speaker takes no title
        roles = self.reg.roles.get(person, [])
        known = {r.head for r in roles}
        theirs = set().union(*(countries(r.lemmas) for r in roles)) if roles else set()
        if countries(lemmas) and theirs and not countries(lemmas) & theirs:
            return False  # «азербайджанский лидер» is not the president of Russia
        heads = role_heads(head, lemmas)
        if any(roles_compatible(h, k) for k in known for h in heads):
            return True
        if known & G.ROLE_KINDS.get(head, frozenset()):
            return True  # «— написал футболист» of the midfielder just named
        if head in G.ROLE_DESCRIPTORS:
            # «представитель аэропорта» names its own affiliation: a deputy heard before is
            # not it; a bare «представитель», «эксперт» may be anyone just heard
            own = {x for x in lemmas if x != head and not x.endswith(("ый", "ий", "ой"))}
            if own <= G.GOVERNMENT_WORDS and known & (G.LEADER_ROLES | G.SPOKES_ROLES):
                return True  # a minister may be «представитель правительства»
            return not own or bool(own & set().union(*(r.lemmas for r in roles)))
        return not known and (head in G.LEADER_ROLES or head in G.SPOKES_ROLES)

    def resolve_english(
        self, e: EnglishReading, pos: int, para: int
    ) -> tuple[str | None, str | None]:
        """Speaker of an English sentence: a name as written, or a pronoun's antecedent."""
        if e.speaker:
            if " " not in e.speaker and not e.outlet_speaker:
                full = [n for n in reversed(self.en_names) if n.split()[-1] == e.speaker]
                if full:
                    return full[0], "PER"  # «Peskov» after «Dmitry Peskov»
            kind = "GROUP" if e.group else "ORG" if e.outlet_speaker or e.body else "PER"
            return e.speaker, kind
        if e.pronoun:
            h = self._latest(None, e.pronoun == "they", para, 3)
            if h is not None:
                return h.speaker, h.kind
            if e.pronoun != "they" and self.en_names:
                return self.en_names[-1], "PER"  # «Lavrov arrived. "...", he said.»
        return None, None

    def saw_english(self, names: list[str]) -> None:
        """Remember the people an English sentence names, for a later «he said»."""
        self.en_names += names
