"""The search query language: words in any form, "phrases", OR, (), -excluded -> FTS5.

A query is parsed here into words, quoted phrases, OR, parentheses and leading-minus
exclusions, then compiled into an FTS5 expression over `claim_search` (the claim's
lemmas and its speaker's name). Each word is lemmatized the way the index was built
(factdb.extract.lemmas_for_index): ordinary words by pymorphy, names by their
nominative. pymorphy reads «Песков» as «песок», so a word that reads as a name is
looked up by its name lemmas, and a Russian surname by the nominatives its ending allows,
gender kept («Захаровой» -> захарова, «Пескова» -> песков or пескова). Names also match
the words of the speaker's name, so a claim is found by who said it even when its
sentence says only «он».
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import product

from factdb.errors import QueryError
from factdb.extract import nlp
from factdb.text import fold

# Russian surname forms: the stem, then a case ending (-ов/-ев/-ин/-ын, -ский/-цкий).
_SURNAME_STEM = (
    re.compile(r"^(\w{2,}(?:ов|ев|ин|ын))(?:а|у|ым|ом|е|ой|ою|ы|ых|ыми)?$"),
    re.compile(r"^(\w{2,}(?:ск|цк))(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими)$"),
)
_WORD = re.compile(r"\w+(?:-\w+)*\*?")
TEXT_WORD = re.compile(r"\w+(?:-\w+)*")
_OPEN_QUOTES = {'"': '"', "«": "»", "“": "”", "„": "“"}

# Speech verbs and their nouns are in most claims: a query for «заявление» should not
# match every «заявил», so these are not widened to their verb or noun.
_SPEECH_LEMMAS = frozenset(
    "заявить заявление сказать сказание сообщить сообщение говорить говорение отметить "
    "отметание подчеркнуть добавить добавление рассказать заметить замечение мнить мнение "
    "относить отношение".split()
)


# ---------------------------------------------------------------- query terms


@dataclass(frozen=True)
class Term:
    """One query word with every form it may take in the index and in names.

    `forms` are exact tokens of the lemmatized text; `prefixes` match the start of its
    tokens (surname stems, or an explicit trailing *). Names (of speakers, outlets) are
    stored nominative but not lemmatized, and a surname keeps its gender there:
    `name_forms` are the exact name words this term may be («Захаровой» -> захарова,
    never захаров), `name_prefixes` the starts of declined words inside names
    («Азербайджан» -> азербайджан*, for «МИД Азербайджана»).
    """

    text: str
    forms: tuple[str, ...]
    prefixes: tuple[str, ...] = ()
    name_forms: tuple[str, ...] = ()
    name_prefixes: tuple[str, ...] = ()

    def matches(self, word: str) -> bool:
        """Whether a word of a text is this term in any grammatical form."""
        f = fold(word)
        if f in self.forms or any(f.startswith(p) for p in self.prefixes):
            return True
        if not re.search(r"[а-я]", f):
            return False
        if any(n in self.forms for n in surname_nominatives(f)):
            return True
        return nlp.lemma(f) in self.forms or any(n in self.forms for n in nlp.name_lemmas(f))

    def names(self, word: str) -> bool:
        """Whether a word of a name (speaker, outlet) is this term in any form."""
        f = fold(word)
        if f in self.name_forms or any(f.startswith(p) for p in self.name_prefixes):
            return True
        # a surname keeps its gender: only its own nominatives match, not its lemma
        return surname_stem(f) is None and re.search(r"[а-я]", f) is not None and (
            nlp.lemma(f) in self.name_forms)


def surname_stem(word: str) -> str | None:
    """The stem of a Russian surname form («Захаровой» -> «захаров»), None if not one."""
    for pattern in _SURNAME_STEM:
        m = pattern.match(fold(word))
        if m:
            return m.group(1)
    return None


# surname ending -> the nominatives it can come from: masculine (m), feminine (f)
_OV_ENDINGS = {"": "m", "а": "mf", "у": "mf", "ым": "m", "ом": "m", "е": "m", "ой": "f",
               "ою": "f", "ы": "mf", "ых": "mf", "ыми": "mf"}
_SKY_ENDINGS = {"ий": "m", "ого": "m", "ому": "m", "им": "m", "ом": "m", "ая": "f", "ой": "f",
                "ую": "f", "ие": "mf", "их": "mf", "ими": "mf"}


def surname_nominatives(word: str) -> tuple[str, ...]:
    """Nominatives a Russian surname form can come from, gender kept: «Захаровой» ->
    (захарова,), «Пескова» -> (песков, пескова), «Смирновым» -> (смирнов,)."""
    f = fold(word)
    for pattern, endings, masc, fem in ((_SURNAME_STEM[0], _OV_ENDINGS, "", "а"),
                                        (_SURNAME_STEM[1], _SKY_ENDINGS, "ий", "ая")):
        m = pattern.match(f)
        if m:
            stem = m.group(1)
            genders = endings.get(f[len(stem):], "mf")
            return tuple(stem + (masc if g == "m" else fem) for g in genders)
    return ()


# Names as English-language news spells them: «Захарова» ~ Zakharova, «Песков» ~ Peskov.
_LATIN = dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True)) | {
    "ё": "yo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ь": "", "ю": "yu", "я": "ya"}
_CYRILLIC = sorted(((v, k) for k, v in _LATIN.items() if v and k not in "ёэ"),
                   key=lambda p: -len(p[0]))


def to_latin(name: str) -> str:
    """A Russian name word in the usual English spelling («дмитрий» -> «dmitry»)."""
    w = fold(name)
    w = re.sub(r"[иы]й$", "y", w)
    return "".join(_LATIN.get(ch, ch) for ch in w)


def to_cyrillic(name: str) -> str:
    """An English spelling of a Russian name word back in Cyrillic («peskov» -> «песков»)."""
    w = name.lower()
    w = re.sub(r"(?<=[^aeiou])y$", "ий", w)
    out, i = [], 0
    while i < len(w):
        for lat, cyr in _CYRILLIC:
            if w.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(w[i])
            i += 1
    return "".join(out)


def word_term(raw: str) -> Term:
    """The index and name forms of one query word (see the module docstring)."""
    if raw.endswith("*"):
        stem = fold(raw.rstrip("*"))
        return Term(raw, (), (stem,), (), (stem,))
    f = fold(raw)
    if not re.search(r"[а-я]", f):
        if not (raw[:1].isupper() and f.isalpha() and f.isascii()):
            return Term(raw, (f,), (), (f,))
        # a name in Latin letters (nominative, as English writes it) also finds its
        # Russian spelling
        alts = tuple(dict.fromkeys((f, to_cyrillic(f))))
        return Term(raw, alts, (), alts)
    lem = nlp.lemma(f)
    names = nlp.name_lemmas(f)
    capital = raw[:1].isupper()
    name_like = bool(names) and (capital or lem in names)
    if name_like and capital:
        # a capitalized name: pymorphy's first reading may be a common noun (Песков -> песок)
        forms = (*names, f)
    else:
        # an action noun finds its verb and back: «освобождение» ~ «освобожден»
        related = () if lem in _SPEECH_LEMMAS else tuple(
            w for w in nlp.action_lemmas(lem) if w not in _SPEECH_LEMMAS)
        forms = (lem, f, *related, *(names if name_like else ()))
    prefixes: tuple[str, ...] = ()
    name_forms: tuple[str, ...] = (f, lem, *names)
    name_prefixes: tuple[str, ...] = ()
    # only a word that reads as a name: «Переговоров» at the head of a query is no surname
    surnames = surname_nominatives(f) if name_like else ()
    if surnames:
        # gender kept: «Захаровой» is Мария Захарова, not Андрей Захаров (natasha's
        # nominatives in the index keep it too)
        forms = (*surnames, f)
        name_forms = surnames
    elif name_like or capital:
        name_prefixes = tuple(dict.fromkeys(n for n in (*names, lem) if len(n) >= 4))
    if surnames or (name_like and capital):
        # English-language claims spell the name in Latin letters
        latin = tuple(to_latin(n) for n in (surnames or names))
        forms, name_forms = (*forms, *latin), (*name_forms, *latin)
    return Term(raw, tuple(dict.fromkeys(forms)), prefixes, tuple(dict.fromkeys(name_forms)),
                name_prefixes)


# ---------------------------------------------------------------- query syntax


@dataclass(frozen=True)
class Phrase:
    """Words that must stand together in this order."""

    text: str
    words: tuple[Term, ...]


@dataclass(frozen=True)
class Not:
    """An excluded part: `-word`, `-"phrase"`, `-(a OR b)`."""

    item: Node


@dataclass(frozen=True)
class AllOf:
    """Parts that must all match (words side by side)."""

    items: tuple[Node, ...]


@dataclass(frozen=True)
class AnyOf:
    """Alternatives joined by OR."""

    items: tuple[Node, ...]


Node = Term | Phrase | Not | AllOf | AnyOf


def _tokens(query: str) -> list[tuple[str, str]]:
    """(kind, text) tokens: word, phrase, or, not, open, close."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(query):
        ch = query[i]
        if ch.isspace() or ch in ",;:!?.":
            i += 1
        elif ch in _OPEN_QUOTES:
            close = _OPEN_QUOTES[ch]
            j = query.find(close, i + 1)
            if j < 0:
                raise QueryError(f"unbalanced quote {ch} in query: {query}")
            out.append(("phrase", query[i + 1 : j]))
            i = j + 1
        elif ch in "()":
            out.append(("open" if ch == "(" else "close", ch))
            i += 1
        elif ch == "-" and (i == 0 or query[i - 1].isspace() or query[i - 1] == "("):
            nxt = query[i + 1 : i + 2]
            if not nxt or nxt.isspace() or nxt in ")-":
                raise QueryError(f"'-' must stand right before the word to exclude: {query}")
            out.append(("not", ch))
            i += 1
        elif ch == "|":
            out.append(("or", ch))
            i += 1
        else:
            m = _WORD.match(query, i)
            if m is None:  # punctuation that is not syntax: a separator
                i += 1
                continue
            word = m.group()
            i = m.end()
            if word in ("OR", "ИЛИ"):
                out.append(("or", word))
            elif word == "NOT":  # as a leading minus
                out.append(("not", word))
            elif word != "AND":  # words side by side must all match anyway
                out.append(("word", word))
    return out


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.tokens = _tokens(query)
        self.pos = 0

    def error(self, why: str) -> QueryError:
        return QueryError(f"{why}: {self.query}")

    def peek(self) -> str | None:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def parse(self) -> Node | None:
        if not self.tokens:
            return None
        node = self.any()
        if self.peek() == "close":
            raise self.error("unbalanced ')' in query")
        return node

    def any(self) -> Node:
        items = [self.all()]
        while self.peek() == "or":
            self.pos += 1
            if self.peek() in (None, "close", "or"):
                raise self.error("OR needs words on both sides")
            items.append(self.all())
        return items[0] if len(items) == 1 else AnyOf(tuple(items))

    def all(self) -> Node:
        items: list[Node] = []
        while self.peek() not in (None, "or", "close"):
            items.append(self.unary())
        if not items:
            raise self.error("OR needs words on both sides" if self.peek() == "or"
                             else "empty parentheses in query")
        if all(isinstance(i, Not) for i in items):
            raise self.error("nothing left to look for: add a word besides the excluded ones")
        return items[0] if len(items) == 1 else AllOf(tuple(items))

    def unary(self) -> Node:
        if self.peek() == "not":
            self.pos += 1
            if self.peek() in (None, "or", "close", "not"):
                raise self.error("'-' must stand right before the word to exclude")
            return Not(self.atom())
        return self.atom()

    def atom(self) -> Node:
        kind, text = self.tokens[self.pos]
        self.pos += 1
        if kind == "word":
            return word_term(text)
        if kind == "phrase":
            words = [w.rstrip("*") for w in _WORD.findall(text)]
            if not words:
                raise self.error("empty quoted phrase in query")
            terms = tuple(word_term(w) for w in words)
            return terms[0] if len(terms) == 1 else Phrase(text, terms)
        if kind == "open":
            if self.peek() == "close":
                raise self.error("empty parentheses in query")
            node = self.any()
            if self.peek() != "close":
                raise self.error("unbalanced '(' in query")
            self.pos += 1
            return node
        raise self.error(f"unexpected {text!r} in query")


def parse_query(query: str) -> Node | None:
    """The query's syntax tree; None when it holds no words. Raises QueryError."""
    if '"' in query and query.count('"') % 2:
        raise QueryError(f"unbalanced quote \" in query: {query}")
    node = _Parser(query).parse()
    if node is None and query.strip():
        raise QueryError(f"no words to search for in query: {query}")
    return node


def _q(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


MAX_PHRASE_VARIANTS = 16


def to_fts(node: Node) -> str:
    """The FTS5 expression over claim_search(body, who) for a query tree."""
    if isinstance(node, Term):
        alts = [f"body:{_q(f)}" for f in node.forms]
        alts += [f"body:{_q(p)}*" for p in node.prefixes]
        alts += [f"who:{_q(f)}" for f in node.name_forms]
        alts += [f"who:{_q(p)}*" for p in node.name_prefixes]
        return "(" + " OR ".join(dict.fromkeys(alts)) + ")"
    if isinstance(node, Phrase):
        # every combination of the words' forms, the likeliest first
        combos = list(product(*(t.forms[:3] or t.prefixes[:1] for t in node.words)))
        combos = combos[:MAX_PHRASE_VARIANTS]
        return "(" + " OR ".join(f"body:{_q(' '.join(c))}" for c in combos) + ")"
    if isinstance(node, AnyOf):
        return "(" + " OR ".join(to_fts(i) for i in node.items) + ")"
    if isinstance(node, AllOf):
        pos = [to_fts(i) for i in node.items if not isinstance(i, Not)]
        out = "(" + " AND ".join(pos) + ")"
        for i in node.items:
            if isinstance(i, Not):
                out = f"({out} NOT {to_fts(i.item)})"
        return out
    raise QueryError("an excluded word needs a word to look for beside it")


def positive_terms(node: Node | None) -> list[Term]:
    """Every word a match may show (excluded ones left out), for highlighting."""
    if node is None or isinstance(node, Not):
        return []
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Phrase):
        return list(node.words)
    return [t for i in node.items for t in positive_terms(i)]
