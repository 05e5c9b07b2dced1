"""Coreference inside one article: who «он», «по ее словам», «пресс-секретарь президента»
or a bare surname stands for.

The registry collects every person the article names, with the full name, gender and
the roles it introduces them with («Пресс-секретарь президента Дмитрий Песков»). The
resolver walks the claims in order and keeps the speakers heard so far: a pronoun takes
the latest speaker of its gender; a role noun takes the person introduced with that role
anywhere in the article, else the latest speaker when no one else was named since, else
stays a role phrase.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from factdb.extract import grammars as G
from factdb.extract.attr_english import EnglishReading
from factdb.extract.attr_quotes import QuoteRegion
from factdb.extract.attr_sentence import Cue, Mention, _np_text, _np_tokens, _Tree, is_common_noun
from factdb.extract.nlp import ParsedSentence


def roles_compatible(a: str, b: str) -> bool:
    """Two role nouns may name one person: equal, both spokespeople, or a leader's title
    and a generic «глава» / «лидер»."""
    if a == b:
        return True
    if a in G.SPOKES_ROLES and b in G.SPOKES_ROLES:
        return True
    if a in G.LEADER_ROLES and b in G.LEADER_ROLES:
        return bool({a, b} & G.GENERIC_LEADER) or {a, b} <= {"президент", "лидер", "глава"}
    return False


def _fold(s: str) -> str:
    return s.lower().replace("ё", "е")


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

    def __post_init__(self) -> None:
        pending: list[tuple[int, str, _Role | None]] = []
        for sents in self.parsed:
            if sents:
                self.para_starts.append(sents[0].start)
            for s in sents:
                tree = _Tree(s)
                for sp in s.spans:
                    if sp.type != "PER":
                        continue
                    words = sp.normal.split()
                    toks = [t for t in s.tokens if sp.start <= t.start < sp.end]
                    gender = next((t.feats.get("Gender") for t in toks if t.feats.get("Gender")), None)
                    if len(words) >= 2:
                        key = (_fold(words[0]), _fold(words[-1]))
                        self.forms.setdefault(key, Counter())[sp.normal] += 1
                        if gender:
                            self.genders.setdefault(key, gender)
                    pending.append((sp.start, sp.normal, self._role_of(tree, toks)))
        for pos, name, role in pending:
            canon = self.canonical(name)
            self.mentions.append((pos, canon))
            if role is not None:
                self.roles.setdefault(canon, []).append(role)

    @staticmethod
    def _role_of(tree: _Tree, toks: list) -> _Role | None:  # type: ignore[type-arg]
        """«Пресс-секретарь президента Дмитрий Песков»: the role noun the name stands by."""
        if not toks:
            return None
        first = toks[0]
        h = tree.head(first)
        ids = {t.id for t in toks}
        if h is not None and first.rel in ("appos", "nmod", "flat", "flat:name") and is_common_noun(tree, h) \
                and h.start < first.start and h.feats.get("Animacy") == "Anim":
            drop = {x.id for x in tree.subtree(first)}
            lemmas = frozenset(t.lemma for t in _np_tokens(tree, h) if t.id not in drop and t.pos != "PUNCT")
            text = _np_text(tree, h, nominative=False, drop=drop)
            return _Role(lemmas, h.lemma, text[:1].lower() + text[1:] if text[:2].istitle() else text,
                         first.start)
        for c in tree.children(first if len(toks) == 1 else toks[0], "appos"):
            if c.pos == "NOUN" and c.start > toks[-1].start and c.id not in ids:
                lemmas = frozenset(t.lemma for t in _np_tokens(tree, c) if t.pos != "PUNCT")
                return _Role(lemmas, c.lemma, _np_text(tree, c, nominative=False), first.start)
        return None

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
        last = _fold(words[-1])
        lasts = {k[1] for k in self.forms}
        # «Алиевым Путина» read as one name: a "first name" that is someone's surname
        keys = [k for k in self.forms if k[1] == last and k[0] not in lasts]
        if len(words) >= 2:
            keys = [k for k in keys if k[0] == _fold(words[0])] or keys
        return keys

    def canonical(self, name: str) -> str:
        """The article's fullest form of a name («Песков» -> «Дмитрий Песков»)."""
        keys = self._keys_for(name)
        if len(keys) != 1:
            return name
        forms = self.forms[keys[0]]
        return max(forms, key=lambda f: (len(f.split()) == 2, forms[f], -len(f)))

    def gender(self, canon: str) -> str | None:
        """Grammatical gender of a person's name, when known."""
        keys = self._keys_for(canon)
        return self.genders.get(keys[0]) if len(keys) == 1 else None

    def by_role(self, m: Mention, pos: int) -> tuple[str, bool] | None:
        """The person the article introduces with the role a mention uses, and whether
        the introduction comes before the mention."""
        inner = m.inner
        best: list[tuple[int, int, str]] = []
        for canon, roles in self.roles.items():
            if canon in inner:
                continue
            for r in roles:
                if r.head != m.head and not (r.head in G.SPOKES_ROLES and m.head in G.SPOKES_ROLES):
                    continue
                score = len(r.lemmas & m.role_lemmas)
                g = self.gender(canon)
                if m.gender and g and m.gender != g:
                    continue
                # nearest before the mention first, then nearest after
                dist = pos - r.pos if r.pos <= pos else 10**6 + r.pos - pos
                best.append((-score, dist, canon))
        if not best:
            return None
        best.sort()
        top = [b for b in best if b[0] == best[0][0]]
        names = {b[2] for b in top}
        if len(names) > 1 and top[0][1] >= 10**6:
            return None
        return top[0][2], top[0][1] < 10**6

    def persons_between(self, a: int, b: int) -> set[str]:
        """People named (outside quotes) between two offsets."""
        return {c for p, c in self.mentions if a <= p < b and not self.in_quote(p)}

    def para_start(self, pos: int) -> int:
        """Where the paragraph holding `pos` begins."""
        return max((p for p in self.para_starts if p <= pos), default=0)

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
        self.en_names: list[str] = []

    def said(self, speaker: str, kind: str | None, para: int, pos: int) -> None:
        """Record that `speaker` owns words ending at `pos`."""
        g = self.reg.gender(speaker) if kind == "PER" else None
        self.heard.append(_Heard(speaker, kind, para, pos, g))

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
            if m.speaker_kind == "PER":
                return Resolution(self.reg.canonical(m.text), "PER", m.role)
            return Resolution(m.text, m.speaker_kind)
        if m.kind in ("pronoun", "zero"):
            h = self._latest(m.gender, m.plural, para, 3 if m.kind == "pronoun" else 1)
            if h is not None:
                return Resolution(h.speaker, h.kind)
            if m.kind == "pronoun" and not m.plural:
                p = self.reg.latest_person(cue.start, m.gender)
                if p is not None:
                    return Resolution(p, "PER")
            return None
        if m.kind == "role":
            # introduced earlier with this role > the speaker just heard > introduced later
            if m.head in G.ANONYMOUS_ROLES:
                return Resolution(m.text, "PER", m.role)
            found = self.reg.by_role(m, cue.start)
            if found is not None and found[1]:
                return Resolution(found[0], "PER", m.role)
            h = self._latest(m.gender, False, para, 2)
            inner = m.inner
            if h is not None and h.speaker not in inner and self._fits(m.head, h.speaker):
                others = self.reg.persons_between(h.pos, cue.start) - {h.speaker} - inner
                if not others:
                    return Resolution(h.speaker, "PER", m.role)
            if found is not None:
                return Resolution(found[0], "PER", m.role)
            # «Министр X провел совещание. По словам главы ведомства, ...»: the one person
            # just named, when no one else was named near them
            p = self.reg.latest_person(cue.start, m.gender, window=400)
            if p is not None and p not in inner and self.reg.roles.get(p) and self._fits(m.head, p):
                at = max(q for q, c in self.reg.mentions if c == p and q < cue.start)
                if not self.reg.persons_between(self.reg.para_start(at), cue.start) - {p} - inner:
                    return Resolution(p, "PER", m.role)
            return Resolution(m.text, "PER", m.role)
        if m.kind == "context":
            for h in reversed(self.heard):
                if h.para >= para - 2:
                    return Resolution(h.speaker, h.kind)
                break
            return None
        return None

    def _fits(self, head: str, person: str) -> bool:
        """Can this role noun describe this person, given the roles the article gave them?"""
        known = {r.head for r in self.reg.roles.get(person, [])}
        if head in G.ROLE_DESCRIPTORS or any(roles_compatible(head, k) for k in known):
            return True
        return not known and (head in G.LEADER_ROLES or head in G.SPOKES_ROLES)

    def resolve_english(self, e: EnglishReading, pos: int, para: int) -> tuple[str | None, str | None]:
        """Speaker of an English sentence: a name as written, or a pronoun's antecedent."""
        if e.speaker:
            return e.speaker, "ORG" if e.outlet_speaker or e.body else "PER"
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
