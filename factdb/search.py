"""Looking around the store: search claims, show one in context, list speakers, timelines.

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

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import product

from sqlite_utils import Database

from factdb import db as store
from factdb.db import search as sql
from factdb.errors import QueryError
from factdb.extract import nlp
from factdb.models import DIRECT, INDIRECT, NARRATIVE, StoredClaim
from factdb.text import fold

MODES = (DIRECT, INDIRECT, NARRATIVE)
MAX_LIMIT = 100_000
TIMELINE_CLAIMS = 5_000  # a subject named by more claims than this is too broad to list
SNIPPET_WORDS = 40  # snippets are cut to about this many words around the first match

# Russian surname forms: the stem, then a case ending (-ов/-ев/-ин/-ын, -ский/-цкий).
_SURNAME_STEM = (
    re.compile(r"^(\w{2,}(?:ов|ев|ин|ын))(?:а|у|ым|ом|е|ой|ою|ы|ых|ыми)?$"),
    re.compile(r"^(\w{2,}(?:ск|цк))(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими)$"),
)
_WORD = re.compile(r"\w+(?:-\w+)*\*?")
_TEXT_WORD = re.compile(r"\w+(?:-\w+)*")
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


# ---------------------------------------------------------------- filters


def _date_bound(value: str, end: bool, option: str) -> str:
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    if not m:
        raise QueryError(f"{option}: not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value}")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d is not None:
            return date(y, int(mo), int(d)).isoformat()
        if mo is not None:
            month = int(mo)
            last = calendar.monthrange(y, month)[1] if 1 <= month <= 12 else 0
            return date(y, month, last if end else 1).isoformat()
        return date(y, 12, 31).isoformat() if end else date(y, 1, 1).isoformat()
    except ValueError:
        raise QueryError(f"{option}: not a date: {value}") from None


def _name_words(text: str) -> list[str]:
    return [fold(w) for w in _TEXT_WORD.findall(text)]


def _terms_of(text: str, option: str) -> list[Term]:
    words = _TEXT_WORD.findall(text)
    if not words:
        raise QueryError(f"{option}: no words in {text!r}")
    return [word_term(w) for w in words]


def names_matching(terms: list[Term], names: Iterable[str]) -> list[str]:
    """The names whose words the query terms match in any form: every term one of the
    name's words, or (a shorter name for the same one: «Песков» for «Дмитрий Песков»)
    every word of the name one of the terms."""
    # a word in any form starts like one of the term's forms: a cheap test first
    starts = tuple({x[:3] for t in terms for x in (*t.name_forms, *t.name_prefixes)})
    out = []
    for name in names:
        words = _name_words(name)
        if not words or not any(w.startswith(starts) for w in words):
            continue
        if all(any(t.names(w) for w in words) for t in terms) or all(
            any(t.names(w) for t in terms) for w in words
        ):
            out.append(name)
    return out


def _lemma_seq(text: str) -> list[str]:
    return nlp.lemmatize(fold(text)).split()


def resolve_speakers(db: Database, query: str) -> tuple[int, ...]:
    """Ids of the speakers a --speaker value names: by any form of their name or a name
    form seen in the text, else by a role the articles gave them. Raises QueryError."""
    terms = _terms_of(query, "--speaker")
    by_name = [sid for sid, name, forms in sql.speaker_names(db)
               if names_matching(terms, [name, *forms])]
    if by_name:
        return tuple(by_name)
    wanted = _lemma_seq(query)
    roles: dict[str, list[int]] = {}
    for sid, role in sql.speaker_roles(db):
        roles.setdefault(role, []).append(sid)
    by_role: list[int] = []
    for role, ids in roles.items():
        have = _lemma_seq(role)
        if any(have[i : i + len(wanted)] == wanted for i in range(len(have))):
            by_role += ids
    by_role = sorted(set(by_role))
    if not by_role:
        raise QueryError(f"no speaker matches {query!r} (see `factdb speakers`)")
    return tuple(by_role)


def resolve_outlets(db: Database, query: str) -> tuple[str, ...]:
    """Outlet names a --outlet value names, in any form. Raises QueryError."""
    found = names_matching(_terms_of(query, "--outlet"), sql.outlet_names(db))
    if not found:
        raise QueryError(f"no outlet matches {query!r}")
    return tuple(found)


def make_filters(
    db: Database,
    speaker: str | None = None,
    outlet: str | None = None,
    doc: str | None = None,
    mode: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> sql.Filters:
    """Resolve user-given filter values into SQL filters. Raises QueryError."""
    if mode is not None and mode not in MODES:
        raise QueryError(f"--mode must be one of {', '.join(MODES)}, not {mode!r}")
    lo = _date_bound(since, False, "--since") if since else None
    hi = _date_bound(until, True, "--until") if until else None
    if lo and hi and lo > hi:
        raise QueryError(f"--since {since} is after --until {until}")
    doc_ids = None
    if doc is not None:
        doc_ids = sql.document_ids(db, doc)
        if not doc_ids:
            raise QueryError(f"no document matches {doc!r} (see `factdb docs`)")
    return sql.Filters(
        speaker_ids=resolve_speakers(db, speaker) if speaker else None,
        outlets=resolve_outlets(db, outlet) if outlet else None,
        doc_ids=doc_ids,
        mode=mode,
        since=lo,
        until=hi,
    )


# ---------------------------------------------------------------- search


@dataclass(frozen=True)
class Hit:
    """A claim found by a search, with its bm25 score (lower is better) and a snippet
    of its text; `highlights` are (start, end) spans of matched words in the snippet."""

    claim: StoredClaim
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...] = ()


Spans = tuple[tuple[int, int], ...]


def snippet(text: str, terms: list[Term], width: int = SNIPPET_WORDS) -> tuple[str, Spans]:
    """A window of a text around its first matched word, with matched words' spans."""
    words = [(m.start(), m.end()) for m in _TEXT_WORD.finditer(text)]
    hits = [i for i, (a, b) in enumerate(words) if any(t.matches(text[a:b]) for t in terms)]
    lo_word = 0
    if len(words) > width and hits:
        lo_word = max(0, min(hits[0] - width // 4, len(words) - width))
    hi_word = min(len(words), lo_word + width)
    lo = words[lo_word][0] if words and lo_word else 0
    hi = words[hi_word - 1][1] if words and hi_word < len(words) else len(text)
    cut = text[lo:hi]
    prefix = "… " if lo > 0 else ""
    suffix = " …" if hi < len(text) else ""
    shift = len(prefix) - lo
    spans = tuple(
        (words[i][0] + shift, words[i][1] + shift) for i in hits if lo_word <= i < hi_word
    )
    return prefix + cut + suffix, spans


def search(
    db: Database, query: str | None = None, limit: int = 20, **filter_args: str | None
) -> list[Hit]:
    """Claims matching a query (words in any form, "phrases", OR, -excluded) and the
    filters (speaker, outlet, doc, mode, since, until: see make_filters), best first.
    Raises QueryError for a malformed query or filter."""
    if limit < 1 or limit > MAX_LIMIT:
        raise QueryError(f"--limit must be between 1 and {MAX_LIMIT}, not {limit}")
    node = parse_query(query) if query else None
    filters = make_filters(db, **filter_args)
    ranked = sql.search_ids(db, to_fts(node) if node else None, filters, limit)
    claims = {c.id: c for c in store.load_claims(db, ids=[i for i, _ in ranked])}
    terms = positive_terms(node)
    hits = []
    for cid, score in ranked:
        c = claims[cid]
        text, spans = snippet(c.claim.text, terms)
        hits.append(Hit(c, score, text, spans))
    return hits


# ---------------------------------------------------------------- show


@dataclass(frozen=True)
class ConflictView:
    """A conflict a claim takes part in, each side with its claim."""

    id: int
    kind: str
    subject: str
    confidence: float
    summary: str
    sides: tuple[tuple[str, str, StoredClaim], ...]  # (side, value, claim)


@dataclass(frozen=True)
class ClaimContext:
    """One claim with what surrounds it: paragraph, document, cluster, conflicts."""

    claim: StoredClaim
    document: sql.DocumentInfo
    paragraph: str
    paragraph_start: int  # offset of the paragraph in the document's text
    cluster: tuple[StoredClaim, ...] = ()
    conflicts: tuple[ConflictView, ...] = ()


def paragraph_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) of the lines of a text that hold the span [start, end)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", max(start, end - 1))
    return lo, len(text) if hi < 0 else hi


def show(db: Database, claim_id: int) -> ClaimContext:
    """A claim in context. Raises FactdbError when there is no such claim."""
    document = sql.claim_document(db, claim_id)
    (claim,) = store.load_claims(db, ids=[claim_id])
    lo, hi = paragraph_of(document.text, claim.claim.start, claim.claim.end)
    member_ids = sql.cluster_member_ids(db, claim_id)
    rows = sql.conflicts_of(db, [claim_id]).get(claim_id, [])
    side_ids = {cid for r in rows for cid, _, _ in r.sides}
    loaded = {c.id: c for c in store.load_claims(db, ids=sorted(side_ids | set(member_ids)))}
    conflicts = tuple(
        ConflictView(r.id, r.kind, r.subject, r.confidence, r.summary,
                     tuple((side, value, loaded[cid]) for cid, side, value in r.sides
                           if cid in loaded))
        for r in rows
    )
    return ClaimContext(
        claim=claim,
        document=document,
        paragraph=document.text[lo:hi],
        paragraph_start=lo,
        cluster=tuple(loaded[i] for i in member_ids if i in loaded),
        conflicts=conflicts,
    )


# ---------------------------------------------------------------- speakers


SpeakerRow = sql.SpeakerRow


def speakers(db: Database) -> list[SpeakerRow]:
    """Who is quoted, how often, in how many documents, with the roles and forms seen."""
    rows = sql.speakers(db)
    texts = sql.speaker_texts(db)
    return [
        replace(s, forms=tuple(sorted(
            {f for f in s.forms if f != s.name} | forms_seen(s.name, texts.get(s.id, []))
        )))
        for s in rows
    ]


def forms_seen(name: str, texts: list[str]) -> set[str]:
    """The ways a name is written in these texts, other than the name itself: runs of
    capitalized words that are its words in some form («Марии Захаровой», «Пескова»)."""
    name_words = _name_words(name)
    if not name_words or not all(w[:1].isupper() for w in name.split()):
        return set()  # not a proper name: «эксперты», «российская сторона»
    starts = tuple(w[:3] for w in name_words if len(w) >= 3)
    if not starts:
        return set()

    def is_ours(w: str) -> bool:
        return fold(w).startswith(starts) and any(word_term(w).names(n) for n in name_words)

    out: set[str] = set()
    for text in texts:
        for run in _capitalized_runs(text):
            ours = [i for i, w in enumerate(run) if is_ours(w)]
            if not ours:
                continue
            lo, hi = ours[0], ours[-1] + 1
            if len(ours) != hi - lo or not word_term(run[hi - 1]).names(name_words[-1]):
                continue
            # a first name or surname next to it is another person's: «Мария Захарова»
            # is not «Андрей Захаров»
            if any(nlp.name_lemmas(run[i]) and not run[i].isupper()  # not РИА, МИД
                   for i in (lo - 1, hi) if 0 <= i < len(run)):
                continue
            form = " ".join(run[lo:hi])
            if form != name:
                out.add(form)
    return out


def _capitalized_runs(text: str) -> list[list[str]]:
    """Runs of capitalized words standing side by side (separated by spaces only)."""
    runs: list[list[str]] = []
    run: list[str] = []
    end = -1
    for m in _TEXT_WORD.finditer(text):
        w = m.group()
        if not w[:1].isupper():
            run = []
            continue
        if run and text[end : m.start()].strip() == "":
            run.append(w)
        else:
            run = [w]
            runs.append(run)
        end = m.end()
    return runs


# ---------------------------------------------------------------- timeline


@dataclass(frozen=True)
class TimelineEntry:
    """A dated entry about a subject: a period a claim states ("event") or the day a
    statement by or about it was made ("said"), with the conflicts its claim is in."""

    date_from: str
    date_to: str
    precision: str
    kind: str
    date_text: str
    claim: StoredClaim
    conflicts: tuple[int, ...] = field(default=())


def timeline(db: Database, subject: str) -> list[TimelineEntry]:
    """Dated statements and events about a person or body across documents, in date
    order (finer precision first on the same start). Raises QueryError."""
    words = _TEXT_WORD.findall(subject)
    if not words:
        raise QueryError(f"no words to look for in subject: {subject!r}")
    terms = [word_term(w) for w in words]
    node: Node = AllOf(tuple(terms)) if len(terms) > 1 else terms[0]
    ids = [i for i, _ in sql.search_ids(db, to_fts(node), sql.Filters(), TIMELINE_CLAIMS)]
    rows = sql.dated_rows(db, ids)
    speakers = {c.id: c.claim.speaker for c in store.load_claims(db, ids=ids, with_facts=False)}
    with_events = {r.claim_id for r in rows if r.kind == "event"}
    # the day said is an entry for the subject's own words, or when nothing else dates it
    rows = [r for r in rows if r.kind == "event" or r.claim_id not in with_events
            or names_matching(terms, [speakers.get(r.claim_id) or ""])]
    claims = {c.id: c for c in store.load_claims(db, ids={r.claim_id for r in rows})}
    conflicts = sql.conflicts_of(db, list(claims))
    order = {p: i for i, p in enumerate(("day", "month", "season", "year", "interval"))}
    entries = [
        TimelineEntry(r.date_from, r.date_to, r.precision, r.kind, r.date_text,
                      claims[r.claim_id],
                      tuple(k.id for k in conflicts.get(r.claim_id, [])))
        for r in rows
    ]
    entries.sort(key=lambda e: (e.date_from, order.get(e.precision, 9), e.date_to,
                                e.claim.doc, e.claim.claim.start))
    return entries
