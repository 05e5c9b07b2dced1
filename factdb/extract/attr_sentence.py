"""One parsed sentence -> its speech cues, who each names as speaker, and the via.

Reads natasha's dependency tree. A speaker is the subject of a speech verb (with the
person in an appositive: «пресс-секретарь президента Дмитрий Песков»), the genitive of
«по словам X», the body in «в МИД заявили», the author in «приводит слова X». A person
inside the role phrase («пресс-секретарь Путина») is never the speaker. Pronouns and
role nouns are left as mentions for coreference (attr_coref.py) to resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factdb.extract import grammars as G
from factdb.extract.attr_english import EnglishReading, analyse_english, is_english
from factdb.extract.attr_quotes import QuoteRegion
from factdb.extract.nlp import (
    NamedSpan,
    ParsedSentence,
    Token,
    lemma,
    name_lemmas,
    nominative_word,
)
from factdb.text import fold

if TYPE_CHECKING:  # attr_coref imports this module
    from factdb.extract.attr_coref import Resolution

QUOTE_MARKS = "«»\"“”„"
# Relations that leave a noun phrase: what is said about the speaker, not its name.
NP_SKIP = frozenset(
    {"acl", "acl:relcl", "parataxis", "advcl", "punct", "conj", "cc", "obl",
     "nsubj", "ccomp", "xcomp", "advmod", "orphan", "dep", "discourse", "vocative",
     "nsubj:pass", "obj", "iobj", "mark", "cop", "aux"}
)
# A cue under one of these is part of a relative or reported clause, not the main one.
EMBEDDING = frozenset({"acl", "acl:relcl", "ccomp", "csubj", "xcomp"})


@dataclass
class Mention:
    """A speaker as one sentence names it, before coreference."""

    kind: str  # name | pronoun | role | zero | context | medium
    text: str  # nominative name, role phrase or pronoun
    speaker_kind: str | None = None  # PER, ORG or GROUP for names
    gender: str | None = None  # Masc / Fem, from the verb or pronoun
    plural: bool = False
    role: str | None = None  # «пресс-секретарь президента»
    role_lemmas: frozenset[str] = frozenset()
    head: str = ""  # lemma of the role noun
    outlets: tuple[str, ...] = ()  # when the mention is a medium («издания X и Y»)
    start: int = 0
    inner: frozenset[str] = frozenset()  # persons inside a role phrase: never the speaker


@dataclass
class Cue:
    """A speech verb or phrase and the speaker it names."""

    text: str
    start: int
    mention: Mention | None
    via: tuple[str, ...] = ()
    main: bool = True
    depth: int = 0
    clause_start: int = 0
    frame: bool = False  # governs what was said: «заявил, что ...», «..., сказал он»
    medium_via: bool = False  # «цитирует канал ...»: the channel is the medium named last


@dataclass
class Split:
    """A second speaker owning the words from `at` to the end of the sentence."""

    at: int
    cue: Cue
    resolved: Resolution | None = None  # set during resolution


@dataclass
class SentenceReading:
    """What one sentence says about attribution."""

    cues: list[Cue] = field(default_factory=list)
    main: Cue | None = None
    via: list[str] = field(default_factory=list)
    trailing: Cue | None = None  # «– представитель Кремля»: an attribution with no verb
    subject: Mention | None = None  # the person the main clause is about (for «он» next)
    body: Mention | None = None  # the body the main clause is about («ведомство» next)
    split: Split | None = None
    english: EnglishReading | None = None


class Tree:
    """Index of a sentence's dependency tree: children, heads, subtrees."""

    def __init__(self, s: ParsedSentence) -> None:
        self.s = s
        self.toks = list(s.tokens)
        self.by_id = {t.id: t for t in self.toks}
        self.kids: dict[str, list[Token]] = {}
        for t in self.toks:
            self.kids.setdefault(t.head_id, []).append(t)

    def children(self, t: Token, *rels: str) -> list[Token]:
        """Dependents of `t`, only those with one of `rels` when given."""
        return [c for c in self.kids.get(t.id, []) if not rels or c.rel in rels]

    def head(self, t: Token) -> Token | None:
        """The word `t` depends on (None for the root)."""
        return self.by_id.get(t.head_id) if t.head_id != t.id else None

    def ancestors(self, t: Token) -> list[Token]:
        """Heads of `t` up to the root, nearest first."""
        out: list[Token] = []
        cur = self.head(t)
        while cur is not None and cur not in out and len(out) < 50:
            out.append(cur)
            cur = self.head(cur)
        return out

    def subtree(self, t: Token, skip: frozenset[str] = frozenset()) -> list[Token]:
        """`t` and its dependents, in text order, not entering relations in `skip`."""
        out, todo, seen = [], [t], {t.id}
        while todo:
            cur = todo.pop()
            out.append(cur)
            for c in self.kids.get(cur.id, []):
                if c.id not in seen and (c.rel not in skip):
                    seen.add(c.id)
                    todo.append(c)
        return sorted(out, key=lambda x: x.start)

    def text(self, a: int, b: int) -> str:
        """The sentence's characters between two absolute offsets."""
        return self.s.text[a - self.s.start : b - self.s.start]


def _clean(name: str) -> str:
    name = re.sub(rf"[{QUOTE_MARKS}]", "", name)
    return re.sub(r"\s+", " ", name).strip(" ,.;:—–-()")


def outlet_name(raw: str, spans: tuple[NamedSpan, ...] = (), start: int = -1, end: int = -1) -> str:
    """The usual nominative written form of an outlet named in any case."""
    def inside(sp: NamedSpan) -> bool:
        # the span of the phrase, or one starting where it starts («Report.az»)
        return sp.type == "ORG" and (start <= sp.start and sp.end <= end + 1 or sp.start == start)

    for sp in spans:
        if inside(sp):
            known = _known_outlet(_clean(sp.normal))
            if known:
                return known
    clean = _clean(raw)
    known = _known_outlet(clean)
    longer = [sp for sp in spans if inside(sp) and len(_clean(sp.normal)) > len(clean)]
    if known and not longer:
        return known
    for sp in spans:
        if inside(sp) and _clean(sp.normal):
            return _clean(sp.normal)
    return clean


def _known_outlet(name: str) -> str | None:
    key = fold(name)
    if key in G.KNOWN_OUTLETS:
        return G.KNOWN_OUTLETS[key]
    for k, v in G.KNOWN_OUTLETS.items():
        # «Коммерсанту», «Ведомостям»: the known name with another case ending
        if " " not in k and len(k) >= 5 and " " not in key and key[:1] == k[:1]:
            n = 0
            while n < min(len(k), len(key)) and k[n] == key[n]:
                n += 1
            ending = key[n:]
            if n >= len(k) - 2 and len(ending) <= 3 and n >= 4 and (ending.isalpha() or not ending):
                return v  # a case ending, not «Report.az»
    return None


def read_sentence(s: ParsedSentence, quotes: list[QuoteRegion]) -> SentenceReading:
    """Speech cues, their speakers (as mentions) and the via of one sentence."""
    if is_english(s.text):
        return SentenceReading(english=analyse_english(s.text, s.start))
    tree = Tree(s)
    long_q = [q for q in quotes if q.long]

    def quoted(t: Token) -> bool:
        return any(q.start < t.start < q.end for q in long_q)

    r = SentenceReading()
    r.via += _regex_via(s, long_q)
    reported = _reported_by(s)
    for a, b, name in reported:
        who = Mention("name", name, "ORG", outlets=(name,), start=a)
        words = s.text[a - s.start : b - s.start].strip(" ,")
        r.cues.append(Cue(words, a, who, via=(name,), frame=True))
        r.via.append(name)
    avoid = [(a, b) for a, b, _ in reported]
    for t in tree.toks:
        if quoted(t) or any(a <= t.start < b for a, b in avoid):
            continue
        r.via += _with_reference(tree, t)
        cue = _according(tree, t) or _said_in(tree, t) or _speech_verb(tree, t, avoid)
        if cue is None:
            continue
        anc = tree.ancestors(t)
        cue.depth = len(anc)
        chain = [t] + anc
        cue.main = not any(x.rel in EMBEDDING for x in chain[:-1]) and not any(
            x.rel in EMBEDDING and x.head_id != "0" for x in chain if x is t)
        cue.clause_start = min(x.start for x in tree.subtree(t) if x.pos != "PUNCT" or x is t)
        cue.frame = _is_frame(tree, t)
        r.cues.append(cue)
        r.via += list(cue.via)
    headline = _colon_speaker(tree, s)
    if headline is not None:
        r.cues.append(headline)
    r.via = list(dict.fromkeys(v for v in r.via if v))
    r.main = _choose_main(r.cues)
    outer = _outer_report(r.cues, r.main, s)
    if outer is not None:
        r.main = outer  # «X признал, что ..., сообщили в МВД»: the ministry reports it all
    r.split = _find_split(r.cues, r.main, s) or _elided_split(r.main, s, tree)
    r.subject = _subject_person(tree)
    r.body = _subject_body(tree)
    if s.text.lstrip()[:1] in G.DASH:
        r.trailing = _dash_attribution(tree, s)
    if r.main is None and r.trailing is not None:
        r.main = r.trailing
    return r


def _colon_speaker(tree: Tree, s: ParsedSentence) -> Cue | None:
    """«Песков: контакты не прерывались», «МИД Азербайджана: ...»: a headline's speaker."""
    m = re.match(r"\s*([^:«»\"]{2,70}?)\s*:\s+\S", s.text)
    if not m:
        return None
    colon = s.start + m.end(1)
    before = [t for t in tree.toks if t.end <= colon and t.pos != "PUNCT"]
    if not before or any(t.pos in ("VERB", "AUX") for t in before):
        return None  # «заявил: "..."» is a speech verb's colon, read elsewhere
    if len(before) > 7:
        return None
    last = before[-1]
    words = _clean(s.text[before[0].start - s.start : colon - s.start])
    span = _span_of(tree, last, ("PER", "ORG"))
    if span is None or span.end < colon - 1:
        # the NER often misses a lone name in a headline: «Песков: ...», «МИД Азербайджана: ...»
        first = before[0]
        if _span_of(tree, first, ("ORG",)) is not None or first.lemma in G.BODY_NOUNS:
            return Cue(":", colon, Mention("name", words, "ORG", start=first.start), frame=True)
        if all(t.text[:1].isupper() for t in before) and len(before) <= 3 and name_lemmas(
                last.text) and last.feats.get("Animacy") == "Anim":
            return Cue(":", colon, Mention("name", words, "PER", start=first.start), frame=True)
        return None
    head = next((t for t in before if _span_of(tree, t, ("PER", "ORG")) is span), last)
    # the role noun in front owns the name: «Глава МИД Лавров»
    top = head
    for up in tree.ancestors(head):  # bounded: parser output may hold cycles
        if up not in before:
            break
        top = up
    # «Дело Горбунова: ...»: a name inside a phrase that does not speak is no speaker
    mention = _mention(tree, top, nominative=True)
    if mention is None or mention.kind not in ("name", "role"):
        return None
    return Cue(":", colon, mention, frame=True)


def _subject_person(tree: Tree) -> Mention | None:
    """The person who is the subject of the main clause («Картавых был освобожден»)."""
    root = next((t for t in tree.toks if t.rel == "root"), None)
    if root is None:
        return None
    subj = next(iter(tree.children(root, "nsubj", "nsubj:pass")), None)
    if subj is None:
        return None
    if root.lemma in G.CUSTODY_LEMMAS and (subj.rel == "nsubj:pass" or root.feats.get(
            "Voice") == "Pass" or root.feats.get("Variant") == "Short"):
        return None  # «X был задержан»: a person in custody is not who speaks next
    m = _mention(tree, subj, nominative=True)
    return m if m is not None and m.kind == "name" and m.speaker_kind == "PER" else None


def _subject_body(tree: Tree) -> Mention | None:
    """The named body that is the subject of the main clause («Следственное управление
    возбудило дело»), for a later «в ведомстве»."""
    root = next((t for t in tree.toks if t.rel == "root"), None)
    subj = next(iter(tree.children(root, "nsubj")), None) if root is not None else None
    if subj is None:
        return None
    m = _mention(tree, subj, nominative=True)
    return m if m is not None and m.kind == "name" and m.speaker_kind == "ORG" \
        and not m.outlets else None


def _choose_main(cues: list[Cue]) -> Cue | None:
    """The cue that owns the sentence: a speaker's, in the main clause, highest in the tree;
    a medium's only when no one else speaks («Как сообщали СМИ, ...»)."""
    def rank(c: Cue) -> tuple[int, ...]:
        m = c.mention
        speaks = m is not None and not m.outlets
        return (0 if speaks else 1 if m is not None else 2, 0 if c.main else 1,
                0 if c.frame else 1, 1 if m is not None and m.kind == "zero" else 0,
                c.depth, c.start)
    return min(cues, key=rank) if cues else None


def _outer_report(cues: list[Cue], main: Cue | None, s: ParsedSentence) -> Cue | None:
    """A bare trailing attribution («..., сообщили в МВД.») after a speech clause: it
    reports the whole sentence, so it owns it rather than splitting off an empty claim."""
    if main is None or main.mention is None:
        return None
    for c in cues:
        m = c.mention
        if c is main or m is None or m.kind in ("zero", "context") or c.start <= main.start \
                or m.outlets or main.mention.outlets:
            continue  # «X заявил, что ..., сообщает ТАСС»: a medium relays X, X speaks
        before = s.text[: c.clause_start - s.start].rstrip()
        rest = s.text[c.clause_start - s.start:]
        if c.start == c.clause_start and before.endswith(",") and "," not in rest \
                and not re.search(r"\b(?:что|как|чтобы)\b", rest):
            return c
    return None


def _find_split(cues: list[Cue], main: Cue | None, s: ParsedSentence) -> Split | None:
    """«эксперты назвали A, тогда как российская сторона называла B»: two speakers."""
    if main is None or main.mention is None or main.mention.outlets:
        return None
    for c in cues:
        m = c.mention
        contrast = bool(re.match(r"\s*(?:тогда\s+как|в\s+то\s+время\s+как|а|но|однако)\b",
                                 s.text[c.clause_start - s.start:]))
        if c is main or m is None or m.outlets or not (c.main or contrast) or c.start <= main.start:
            continue
        if m.text == main.mention.text and m.kind == main.mention.kind:
            continue
        if c.clause_start <= main.start or m.kind in ("zero", "context"):
            continue
        before = s.text[: c.clause_start - s.start].rstrip()
        if before.endswith((",", ";", "—", "–")) or re.search(
                r"\b(?:а|но|тогда как|в то время как|однако)$", before):
            return Split(c.clause_start, c)
    return None


_ELIDED = re.compile(r",\s*(?:тогда\s+как|в\s+то\s+время\s+как|а|но|однако)\s+"
                     r"(?P<who>[^,;:—–]{3,80}?)\s+[—–]\s+\S")


def _elided_split(main: Cue | None, s: ParsedSentence, tree: Tree) -> Split | None:
    """«X называет причиной A, тогда как инженер Y — B»: the second speaker with the verb
    left out, named before a dash."""
    if main is None or main.mention is None or main.mention.kind not in ("name", "role") or \
            main.mention.outlets:
        return None
    for m in _ELIDED.finditer(s.text):
        a, b = s.start + m.start("who"), s.start + m.end("who")
        if a < main.start:
            continue
        if re.search(r"\b(?:что|чтобы|как|будто)\b|:", s.text[main.start - s.start: m.start()]):
            continue  # «заявил, что Иванов получит 5 лет, а Петров — 3»: inside the report
        if any(x.pos in ("VERB", "AUX") for x in tree.toks if a <= x.start < b):
            continue  # a clause of its own, not an elided one
        per = [sp for sp in s.spans if sp.type == "PER" and a <= sp.start and sp.end <= b]
        if len(per) != 1 or per[0].normal == main.mention.text:
            continue
        at = s.start + m.start() + 1
        while at - s.start < len(s.text) and s.text[at - s.start] == " ":
            at += 1
        who = Mention("name", per[0].normal, "PER", start=per[0].start)
        return Split(at, Cue(main.text, per[0].start, who, main=True, frame=True))
    return None


def _is_frame(tree: Tree, t: Token) -> bool:
    """The cue reports a clause: it governs one («заявил, что»), trails its words
    («..., сказал он») or is a «по словам» phrase."""
    if t.pos in ("NOUN", "PROPN") or t.lemma.endswith("ся"):
        return True
    if tree.children(t, "ccomp"):
        return True
    if any(c.lemma == "как" for c in tree.children(t, "mark", "advmod")):
        return True  # «Как заявил X, ...»
    h = tree.head(t)
    return t.rel == "parataxis" and h is not None and h.start < t.start


def _reported_by(s: ParsedSentence) -> list[tuple[int, int, str]]:
    """«Как писал "X",», «как сообщает X,»: spans of a medium named as the source."""
    out = []
    for m in [*G.AS_REPORTED.finditer(s.text), *G.ACCORDING_TO_NAMED.finditer(s.text),
              *G.REPORTED_AFTER.finditer(s.text)]:
        raw = m.group("x")
        a = s.start + m.start("x")
        if any(sp.type == "PER" and sp.start < a + len(raw) and a < sp.end for sp in s.spans):
            continue  # «как писал Иванов»: a person, read as a speech verb instead
        name = outlet_name(raw, s.spans, a, a + len(raw))
        out.append((s.start + m.start(), s.start + m.end(), name))
    return out


def _regex_via(s: ParsedSentence, long_q: list[QuoteRegion]) -> list[str]:
    """Channels named by fixed phrases: «цитата по "X"», «в интервью X», «опрошенные X»."""
    out = []
    for pat in G.VIA_PATTERNS:
        for m in pat.finditer(s.text):
            a = s.start + m.start("x")
            if any(q.start < a < q.end for q in long_q):
                continue
            raw = m.group("x")
            qm = re.match(G.QUOTED_NAME, raw)
            if qm:
                raw = qm.group(1)
            raw = re.split(r"\s+(?:и|а|что|о|об|в|на)\s+", raw)[0] if not qm else raw
            if re.match(r"[Tt]elegram|[Тт]елеграм", raw):
                out.append("Telegram")
                continue
            name = outlet_name(raw, s.spans, a, a + len(raw))
            if name and not re.fullmatch(r"(?:него|нее|них|источник\w*)", name, re.I):
                out.append(name)
    return out


def _with_reference(tree: Tree, t: Token) -> list[str]:
    """«со ссылкой на "Коммерсант"»: the named channel (an anonymous «источник» is none)."""
    if t.lemma != "ссылка" or not any(c.lemma == "с" for c in tree.children(t, "case")):
        return []
    out = []
    for x in tree.children(t, "nmod", "obl"):
        if not any(c.lemma == "на" for c in tree.children(x, "case")) or x.lemma in (
                "источник", "данные", "информация", "собеседник"):
            continue
        text = _np_text(tree, x, nominative=False)
        out.append(outlet_name(text, tree.s.spans, x.start, x.end))
        for c in tree.children(x, "conj"):
            text = _np_text(tree, c, nominative=False)
            out.append(outlet_name(text, tree.s.spans, c.start, c.end))
    return out


def _according(tree: Tree, t: Token) -> Cue | None:
    """«по словам X», «по его словам», «по мнению экспертов», «по данным ТАСС»."""
    by = next((c for c in tree.children(t, "case") if c.lemma == "по"
               or c.lemma == "с" and t.lemma == "слово"), None)  # «со слов очевидцев»
    if t.lemma not in G.ACCORDING_NOUNS or by is None:
        return None
    cue_text = f"{by.text.lower()} {t.text}"
    for d in tree.children(t, "det", "nmod:poss", "nmod"):
        if d.text.lower() in G.PRONOUNS and d.start < t.start:
            gender, plural = G.PRONOUNS[d.text.lower()]
            m = Mention("pronoun", d.text.lower(), gender=gender, plural=plural, start=d.start)
            return Cue(f"{by.text.lower()} {d.text.lower()} {t.text}", by.start, m)
    for d in tree.children(t, "nmod"):
        if d.start > t.start:
            nm = _mention(tree, d, nominative=False)
            for inner in tree.children(d, "nmod") if nm is None else []:
                nm = nm or _mention(tree, inner, nominative=False)  # «по мнению ряда экспертов»
            if nm is None:
                continue
            if nm.outlets:
                return Cue(cue_text, by.start, nm, via=nm.outlets)
            if nm.kind == "name" and nm.speaker_kind == "ORG" and _is_quoted(tree, d) and \
                    t.lemma in ("данные", "информация", "сведение"):
                # «по данным «Агентства»», «по информации «Уралинформбюро»»: a named source of
                # information speaks and is the channel
                return Cue(cue_text, by.start, nm, via=(outlet_name(nm.text),))
            return Cue(cue_text, by.start, nm)
    return None


def _said_in(tree: Tree, t: Token) -> Cue | None:
    """«говорится в сообщении X», «на сайте X», «указывается в заявлении»."""
    passive = t.feats.get("Variant") == "Short" and t.feats.get("Voice") == "Pass" and t.lemma in (
        "сказать", "указать", "отметить", "подчеркнуть", "заявить", "говорить")  # «сказано в»
    if t.lemma not in ("говориться", "сообщаться", "указываться", "отмечаться",
                       "утверждаться", "подчеркиваться", "заявляться") and not passive:
        return None
    if any(c.lemma == "не" for c in tree.children(t)):
        return None
    doc = next((c for c in tree.children(t, "obl") if c.lemma in G.DOC_NOUNS
                and any(k.lemma in ("в", "на") for k in tree.children(c, "case"))), None)
    if doc is None:
        return None  # «как сообщается»: no source at all
    case = next((k for k in tree.children(doc, "case")), None)
    cue_text = f"{t.text} {tree.text(case.start if case else doc.start, doc.end)}"
    owner = next((c for c in tree.children(doc, "nmod", "appos") if c.start > doc.start), None)
    if owner is None and doc.lemma not in G.PAGE_NOUNS:
        # «в заявлении, опубликованном на сайте МИД»: the page inside a participle clause
        for a in tree.children(doc, "acl"):
            page_tok = next((c for c in tree.children(a, "obl") if c.lemma in G.PAGE_NOUNS), None)
            if page_tok is not None:
                doc = page_tok
                owner = next((c for c in tree.children(doc, "nmod", "appos")
                              if c.start > doc.start), None)
                break
    if doc.lemma in G.PAGE_NOUNS:
        page = _np_text(tree, doc, nominative=False)
        m = _mention(tree, owner, nominative=False) if owner is not None else None
        if m is not None and m.outlets:
            return Cue(cue_text, t.start, None, via=m.outlets)
        if m is not None and m.kind == "name" and owner is not None and _is_named(tree, owner):
            return Cue(cue_text, t.start, m, via=(page,))  # «на сайте МИД Азербайджана»
        # «на сайте ведомства»: whoever was just quoted, else the body itself
        ctx = Mention("context", m.text if m is not None and m.kind == "name" else "",
                      m.speaker_kind if m is not None and m.kind == "name" else None, start=t.start)
        return Cue(cue_text, t.start, ctx, via=(page,))
    if owner is not None:
        m = _mention(tree, owner, nominative=False)
        if m is None and _is_quoted(tree, owner):
            name = outlet_name(_np_text(tree, owner, nominative=False), tree.s.spans,
                               owner.start, owner.end)
            return Cue(cue_text, t.start, None, via=(name,))
        if m is not None and (m.outlets or _is_quoted(tree, owner)):
            via = m.outlets or (outlet_name(m.text),)
            return Cue(cue_text, t.start, None, via=via)
        if m is not None:
            return Cue(cue_text, t.start, m)
        if owner.pos in ("NOUN", "PROPN") and owner.feats.get("Animacy") != "Anim":
            # «в сообщении кабмина»: a body the lexicon does not know
            return Cue(cue_text, t.start, Mention("name", _np_text(tree, owner, nominative=False),
                                                  "ORG", start=owner.start))
    return Cue(cue_text, t.start, Mention("context", "", start=t.start))


def _is_named(tree: Tree, h: Token) -> bool:
    """The phrase holds a proper name («МИД Азербайджана»), not only «ведомство»."""
    return any(t.pos == "PROPN" or _span_of(tree, t, ("ORG", "LOC", "PER")) is not None
               for t in _np_tokens(tree, h))


def _speech_verb(tree: Tree, t: Token, avoid: list[tuple[int, int]] | None = None) -> Cue | None:
    """A speech verb and its subject: «Песков заявил», «заявил пресс-секретарь ...»."""
    lem = t.lemma
    if lem == "сделать":
        if not any(o.lemma in ("заявление", "вывод") for o in tree.children(t, "obj")):
            return None
    elif lem not in G.SPEECH_LEMMAS:
        return None
    f = t.feats
    if t.pos == "ADJ":
        if f.get("Variant") != "Short" or f.get("Voice") == "Pass":
            return None  # «признана иноагентом», «заявлен в розыск»: no one speaks
    elif t.pos not in ("VERB", "AUX"):
        return None
    elif f.get("Voice") == "Pass" and f.get("VerbForm") == "Part":
        return None  # «признана иноагентом», «объявлен в розыск»: no one speaks
    elif f.get("VerbForm") in ("Conv", "Inf") or (
            f.get("VerbForm") == "Part" and f.get("Variant") != "Short"):
        return None
    if any(c.lemma == "не" for c in tree.children(t)) and lem not in G.NEGATION_KEEPS:
        return None
    if any(c.lemma in G.HYPOTHETICAL_MARKS for c in tree.children(t, "mark")):
        return None  # «если он заявит, ...»: words not (yet) said
    if lem in G.OBJECT_NOT_SPEECH and tree.children(t, "obj", "xcomp", "obl") and not \
            tree.children(t, "ccomp"):
        return None  # «заключил соглашение», «подписал договор»: an act, not words
    if lem in ("ответить", "отвечать") and any(
            any(k.lemma == "за" for k in tree.children(c, "case"))
            for c in tree.children(t, "obl")):
        return None  # «отвечал за безопасность»: was responsible for, not replied
    needs = G.NEEDS_OBJECT.get(lem)
    told_that = lem == "передать" and bool(tree.children(t, "ccomp"))  # «передал, что ...»
    if needs and not told_that and not any(
            o.lemma in needs for o in tree.children(t, "obj", "nsubj", "obl")):
        return None
    if lem in ("рассчитывать", "надеяться", "думать", "предполагать", "допускать") and not any(
        c.rel == "ccomp" for c in tree.children(t)
    ):
        return None  # «рассчитывает на помощь»: not a view reported
    if lem in ("ожидать", "прогнозировать", "опасаться") and not tree.children(t, "ccomp", "obj"):
        return None
    subjects = tree.children(t, "nsubj", "nsubj:pass")
    # «Как рассказал "Ъ" источник»: two subjects, the dative one is who was told
    subj = next((x for x in subjects if x.feats.get("Case") == "Nom"), None) or next(
        iter(subjects), None)
    if subj is not None and avoid and any(a <= subj.start < b for a, b in avoid):
        # «Как писал "X", министр Y напомнил»: the parser took X for the subject
        end = max(b for a, b in avoid if a <= subj.start < b)
        subj = next((x for x in tree.toks
                     if end <= x.start < t.start and x.pos in ("NOUN", "PROPN")
                     and x.feats.get("Case") == "Nom"
                     and x.rel not in ("nmod", "flat:name", "flat")), None)
    if subj is None and t.rel == "conj":
        h = tree.head(t)
        if h is not None and h.lemma in G.SPEECH_LEMMAS:
            subj = next(iter(tree.children(h, "nsubj")), None)
    if subj is None and not subjects and lem not in G.RELAY_LEMMAS:
        # «сообщил агентству "X" источник»: the parser called the subject after the verb an
        # object, though it stands in the nominative
        subj = next((c for c in tree.children(t, "obj", "iobj") if c.start > t.start
                     and c.feats.get("Case") == "Nom" and c.pos in ("NOUN", "PROPN")
                     and (c.feats.get("Animacy") == "Anim" or c.lemma in G.ANONYMOUS_ROLES)),
                    None)
    if subj is None and not subjects:
        subj = _stray_subject(tree, t)
    relay = lem in G.RELAY_LEMMAS
    if subj is None and relay:
        # «цитирует Интерфакс председателя ...»: the parser may call the medium an object
        subj = next((c for c in tree.children(t, "iobj", "obj", "obl")
                     if c.feats.get("Case") == "Nom" and c.pos in ("PROPN", "NOUN")), None)
    media_verb = lem in G.MEDIA_VERB_LEMMAS or lem in ("передать", "передавать")
    mention: Mention | None = None
    via: tuple[str, ...] = ()
    if subj is not None:
        mention = _mention(tree, subj, nominative=True, verb=t)
        medium_like = _is_quoted(tree, subj) or bool(
            re.fullmatch(r"[A-Za-z][\w.&-]*(?:\s+[A-Za-z][\w.&-]*)*",
                         mention.text if mention else ""))
        if mention is not None and mention.kind == "name" and not mention.outlets and (
                relay or media_verb and f.get("Tense") == "Pres" and medium_like):
            # «сообщает Report.az», «пишет "Фонтанка"»: a medium in its own voice
            mention.outlets = (outlet_name(mention.text, tree.s.spans, subj.start, subj.end),)
            mention.text = mention.outlets[0]
    elif f.get("Number") == "Plur" and f.get("Person") != "1":
        # «в МИД заявили», «в Кремле сообщили»: the body where it was said
        place = next((c for c in tree.children(t, "obl") if any(
            k.lemma in ("в", "на") for k in tree.children(c, "case"))
            and (c.pos == "PROPN" or c.lemma in G.BODY_NOUNS or G.BODY_STEMS.search(c.lemma))),
            None)
        told: tuple[str, ...] = ()
        if place is None:
            place, told = _place_after(tree, t)
        if place is not None:
            mention = Mention("name", _np_text(tree, place, nominative=False), "ORG",
                              plural=False, start=place.start)
            via += told
        else:
            return None  # «сообщили», «заявляли»: someone unnamed
    elif f.get("Person") in ("1", "2"):
        return None
    else:
        mention = _participle_subject(tree, t) or Mention(
            "zero", "", gender=f.get("Gender"), start=t.start)
    if mention is not None and f.get("Gender") in ("Masc", "Fem") and (
            mention.kind != "name" or mention.speaker_kind == "PER" and not mention.plural):
        # «заявила официальный представитель»: she; a past verb agrees with the person
        # more surely than the tagger guesses a foreign name's gender
        mention.gender = f.get("Gender")
    if mention is not None and mention.kind in ("pronoun", "zero") and f.get("Number") == "Plur":
        mention.plural = True
    if relay:
        # «приводит слова Пескова РИА Новости»: the subject is the channel, the object the author
        via = mention.outlets if mention is not None and mention.outlets else (
            (_clean(mention.text),) if mention is not None and mention.kind == "name" else ())
        after = _outlets_after(tree, t)
        author = _relay_author(tree, t)
        one_of = author is None and (author := _one_of_author(tree, t)) is not None
        named_medium = mention is not None and bool(mention.outlets) and (
            subj is None or _is_quoted(tree, subj) or _known_outlet(_clean(mention.outlets[0]))
            or bool(re.match(r"[A-Za-z]", mention.outlets[0])))
        if after and not named_medium and not one_of:
            # «цитирует «Интерфакс» пресс-службу суда»: the parser swapped channel and author
            via = after
            if (author is None or author.outlets) and subj is not None:
                author = _mention(tree, subj, nominative=False)
                tail = []
                for x in tree.toks[tree.toks.index(subj) + 1:]:
                    if x.feats.get("Case") != "Gen" or x.pos not in ("NOUN", "PROPN", "ADJ"):
                        break
                    tail.append(x.text)  # «пресс-службу суда»: the genitive the parser cut off
                if author is not None and author.kind == "name" and tail and \
                        not author.text.endswith(tail[-1]):
                    author.text = f"{author.text} {' '.join(tail)}"

        # «цитирует канал», «цитирует издание»: an unnamed medium, the one named before
        medium = mention is not None and mention.kind == "medium" or mention is None and \
            subj is not None and subj.lemma in G.MEDIA_NOUNS | G.PAGE_NOUNS
        mention = author if author is None or not author.outlets else None
        if mention is None:
            return Cue(t.text, t.start, None, via=via)
        return Cue(f"{t.text} слова" if lem == "приводить" else t.text, t.start, mention, via=via,
                   medium_via=medium)
    if media_verb and mention is not None and not mention.outlets and lem in (
            "передать", "передавать") and not told_that:
        return None  # «передал документы»: not speech
    if mention is not None and mention.outlets:
        via = mention.outlets
    elif subj is not None and subj.lemma in ("пресс-служба", "пресс-центр") and mention is not None:
        via = (mention.text[:1].lower() + mention.text[1:],)  # a press service is a channel
    via += _told_outlet(tree, t)
    # «один из жителей рассказал каналу»: the channel named before
    return Cue(t.text, t.start, mention, via=via, medium_via=not via and any(
        c.lemma in ("канал", "телеграм-канал", "telegram-канал") and not tree.children(c, "case")
        and (c.rel == "iobj" or c.feats.get("Case") == "Dat") and not _outlets(tree, c)
        for c in tree.children(t, "iobj", "obl", "obj")))


def _place_after(tree: Tree, t: Token) -> tuple[Token | None, tuple[str, ...]]:
    """«..., сообщили «Газете» в пресс-службе суда»: the body right after a trailing verb
    when the parser hung it elsewhere, and a medium told in between."""
    after = [x for x in tree.toks if x.start > t.start]
    told: list[str] = []
    for i, x in enumerate(after[:8]):
        if x.lemma in ("в", "на") and x.pos == "ADP":
            c = tree.head(x)
            if c is None or c.start < x.start or c.rel != "obl" and not (
                    c.pos == "PROPN" or c.lemma in G.BODY_NOUNS):
                return None, ()
            if c.pos == "PROPN" or c.lemma in G.BODY_NOUNS or G.BODY_STEMS.search(c.lemma):
                return c, tuple(told)
            return None, ()
        if x.pos in ("VERB", "AUX", "SCONJ", "CCONJ") or x.text == ",":
            return None, ()
        sp = _span_of(tree, x, ("ORG",))
        if sp is not None and i < 3 and (x.feats.get("Case") == "Dat" or tree.s.text[
                : sp.start - tree.s.start].rstrip()[-1:] in ("«", '"', "“")):
            if not any(sp.start <= x.start < sp.end for x in after[:i]):
                told.append(_nominative_name(tree, sp))
    return None, ()


def _nominative_name(tree: Tree, sp: NamedSpan) -> str:
    """A name told to in the dative put in the nominative («Верхней Волге» -> «Верхняя Волга»)."""
    known = _known_outlet(_clean(sp.text))
    if known:
        return known
    toks = [x for x in tree.toks if sp.start <= x.start < sp.end]
    noun = next((x for x in reversed(toks) if x.pos in ("NOUN", "PROPN")), None)
    gender = noun.feats.get("Gender", "") if noun is not None else ""
    if noun is not None:
        # the tagger guesses genders of names badly («обозрению» Masc): read the gender off
        # the noun's nominative ending
        nom = nominative_word(noun.text, noun.feats.get("Case", ""), "Sing").lower()
        gender = "Neut" if nom.endswith(("о", "е")) else "Fem" if nom.endswith(("а", "я")) \
            else "Masc"
    words = [nominative_word(x.text, x.feats.get("Case", ""), "Sing",
                             gender if x.pos == "ADJ" else "") for x in toks]
    return _clean(" ".join(words)) or _clean(sp.text)


# «Контролер ОТК, попросившая не называть ее имени, рассказала»: a role noun (and its
# genitive or abbreviation), a participle clause between commas, then the verb
_PARTICIPLE_GAP = re.compile(
    r"(?:\s+(?:[A-ZА-ЯЁ]{2,}|[а-яё-]+))?\s*,\s*[а-яё]+(?:вш|ющ|ящ|ущ|ащ)[а-яё]*\b[^—–«»,]*,\s*$")


def _participle_subject(tree: Tree, t: Token) -> Mention | None:
    """The sentence's first word is the subject the parser lost behind a participle
    clause (it may even call the noun an adjective): «Сотрудница завода, попросившая
    не называть ее имени, рассказала ...»."""
    if t.rel != "root" or not tree.toks:
        return None
    first = tree.toks[0]
    if not first.text[:1].isupper() or first.pos not in ("NOUN", "ADJ") or \
            first.feats.get("Case") != "Nom" or first.start >= t.start:
        return None
    gap = tree.text(first.end, t.start)
    if not _PARTICIPLE_GAP.match(gap):
        return None
    noun = lemma(first.text)
    if not noun or noun.endswith(("ый", "ий", "ой")):
        return None  # a real adjective: «Известный ..., выступивший ..., заявил»
    words = first.text[:1].lower() + first.text[1:]
    m = re.match(r"\s+([A-ZА-ЯЁ]{2,})\b", gap)
    role = f"{words} {m.group(1)}" if m else words
    return Mention("role", role, "PER", role=role, role_lemmas=frozenset({noun}), head=noun,
                   start=first.start)


def _stray_subject(tree: Tree, t: Token) -> Token | None:
    """«Сотрудник, попросивший не называть имени, рассказал, что знали давно»: the parser
    hung the subject on the verb of the reported clause; take it back when it agrees."""
    for x in sorted(tree.toks, key=lambda x: -x.start):
        h = tree.head(x)
        if x.rel != "nsubj" or x.start > t.start or h is None or h.start <= t.start:
            continue
        counted = any(c.rel.startswith("nummod") for c in tree.children(x))  # «две сотрудницы»
        if x.feats.get("Case") != "Nom" and not counted or x.pos not in ("NOUN", "PROPN"):
            continue
        g, n = t.feats.get("Gender"), t.feats.get("Number")
        if g and x.feats.get("Gender") and g != x.feats["Gender"] and x.pos == "NOUN":
            continue
        if n and x.feats.get("Number") and n != x.feats["Number"] and not counted:
            continue
        if t not in tree.ancestors(x) and h.rel != "root":
            continue  # a subject of the clause the verb governs, or of a second root
        return x
    return None


def _told_outlet(tree: Tree, t: Token) -> tuple[str, ...]:
    """«рассказал «Фонтанке»», «сообщил ТАСС»: the medium the words were told to."""
    out = []
    for c in tree.children(t, "iobj", "obl", "obj", "nsubj"):
        if c.rel != "iobj" and c.feats.get("Case") != "Dat":
            continue
        if tree.children(c, "case"):
            continue  # «к журналистам», «по телефону»
        text = _clean(_np_text(tree, c, nominative=True))
        known = _known_outlet(text) or next(iter(_outlets(tree, c)), None) \
            if c.lemma in G.NEWSROOM_NOUNS or c.lemma in G.MEDIA_NOUNS and c.lemma != "сми" \
            else _known_outlet(text)  # «сообщил агентству "Интерфакс"»
        if known is None and (_is_quoted(tree, c) or re.fullmatch(r"[A-Z][\w .&-]{1,30}", text)):
            sp = _span_of(tree, c, ("ORG",))
            known = _nominative_name(tree, sp) if sp is not None and c.feats.get("Case") == "Dat" \
                else outlet_name(text, tree.s.spans, c.start, c.end)  # «рассказал Forbes»
        if known:
            out.append(known)
    return tuple(out)


def _outlets_after(tree: Tree, t: Token) -> tuple[str, ...]:
    """Media named after a relay verb: a known outlet, or an organisation in quotes."""
    out = []
    for sp in tree.s.spans:
        if sp.type != "ORG" or sp.start < t.end:
            continue
        known = _known_outlet(_clean(sp.normal)) or _known_outlet(_clean(sp.text))
        quoted = tree.s.text[: sp.start - tree.s.start].rstrip()[-1:] in ("«", '"', "“", "„")
        if known or quoted:
            out.append(outlet_name(sp.text, tree.s.spans, sp.start, sp.end))
    return tuple(dict.fromkeys(out))


def _relay_author(tree: Tree, t: Token) -> Mention | None:
    """Whose words a relay verb carries: «приводит слова Пескова», «цитирует его»."""
    for o in tree.children(t, "obj"):
        if o.lemma in ("слово", "цитата", "высказывание", "заявление", "данные"):
            for d in tree.children(o):
                if d.text.lower() in G.PRONOUNS and d.start < o.start:
                    gender, plural = G.PRONOUNS[d.text.lower()]
                    return Mention("pronoun", d.text.lower(), gender=gender, plural=plural,
                                   start=d.start)
            for d in tree.children(o, "nmod"):
                m = _mention(tree, d, nominative=False)
                if m is not None:
                    return m
        elif o.pos in ("PROPN", "NOUN", "PRON"):
            return _mention(tree, o, nominative=False)
    return None


def _one_of_author(tree: Tree, t: Token) -> Mention | None:
    """«цитирует канал одного из собеседников»: the parser hangs «одного из X» on the
    channel, not on the relay verb; it is still whose words are carried."""
    for x in tree.toks:
        if x.start > t.start and x.lemma == "один" and x.feats.get("Case") in ("Gen", "Acc") \
                and any(any(k.lemma == "из" for k in tree.children(c, "case"))
                        for c in tree.children(x, "nmod")):
            return _mention(tree, x, nominative=False)
    return None


def _is_quoted(tree: Tree, t: Token) -> bool:
    """The noun phrase headed by `t` stands in quotation marks: a name («"Фонтанка"»)."""
    s = tree.s.text
    sub = tree.subtree(t, NP_SKIP)
    a, b = sub[0].start - tree.s.start, sub[-1].end - tree.s.start
    before = s[:a].rstrip()[-1:]
    after = s[b:].lstrip()[:1]
    return bool(before and before in "«\"“„" and after and after in "»\"”“")


def _np_tokens(tree: Tree, h: Token) -> list[Token]:
    """Tokens of the noun phrase headed by `h`, without its own preposition («в МИД»)."""
    return [t for t in tree.subtree(h, NP_SKIP) if (t.pos != "PUNCT" or t.text in QUOTE_MARKS)
            and not (t.rel == "case" and t.head_id == h.id)]


def _np_text(tree: Tree, h: Token, nominative: bool, drop: set[str] | None = None) -> str:
    """The words of the noun phrase headed by `h`, head (and its adjectives) in the
    nominative; tokens in `drop` (an appositive name) are left out."""
    toks = [t for t in _np_tokens(tree, h) if not drop or t.id not in drop]
    marks = frozenset(int(t.id.split("_")[-1]) for t in tree.toks if t.text in QUOTE_MARKS)
    toks = _contiguous(toks, h, marks)
    if not toks:
        return h.text
    agree = {c.id for c in tree.children(h, "amod", "det") if c.start < h.start}
    parts = []
    prev_end = None
    for t in toks:
        w = t.text
        if not nominative and (t.id == h.id or t.id in agree) and t.pos != "PROPN" or (
                not nominative and t.id == h.id and t.feats.get("Case") not in (None, "Nom")):
            if not (t.pos == "PROPN" and t.feats.get("Case") == "Nom"):
                w = nominative_word(t.text, t.feats.get("Case", ""), h.feats.get("Number", ""),
                                    h.feats.get("Gender", "") if t.id != h.id else "")
        if prev_end is not None:
            gap = tree.text(prev_end, t.start)
            parts.append(" " if gap.strip() == "" and gap else gap)
        parts.append(w)
        prev_end = t.end
    return _clean("".join(parts))


def _contiguous(toks: list[Token], h: Token, marks: frozenset[int] = frozenset()) -> list[Token]:
    """The run of tokens around the head with no gap of a skipped word (quote marks, whose
    numbers are in `marks`, are no gap: «пресс-служба «Аэрофлота»»)."""
    if not toks:
        return toks
    idx = next((i for i, t in enumerate(toks) if t.id == h.id), 0)
    ids = [int(t.id.split("_")[-1]) for t in toks]

    def joined(a: int, b: int) -> bool:
        return all(k in marks for k in range(a + 1, b))

    lo = idx
    while lo > 0 and ids[lo - 1] < ids[lo] and joined(ids[lo - 1], ids[lo]):
        lo -= 1
    hi = idx
    while hi + 1 < len(toks) and ids[hi + 1] > ids[hi] and joined(ids[hi], ids[hi + 1]):
        hi += 1
    return toks[lo : hi + 1]


def is_common_noun(tree: Tree, t: Token) -> bool:
    """A noun, or a capitalised common noun the tagger took for a name («Политолог»)."""
    if t.pos == "NOUN":
        return True
    return t.pos == "PROPN" and _span_of(tree, t, ("PER", "ORG", "LOC")) is None and \
        bool(re.fullmatch(r"[А-ЯЁ][а-яё-]+", t.text)) and not name_lemmas(t.text)


def _span_of(tree: Tree, t: Token, types: tuple[str, ...]) -> NamedSpan | None:
    return next((sp for sp in tree.s.spans if sp.type in types and sp.start <= t.start < sp.end),
                None)


def _mention(tree: Tree, h: Token, nominative: bool, verb: Token | None = None) -> Mention | None:
    """The speaker a noun phrase names: a person, a body, a group, a role or a pronoun."""
    low = h.text.lower()
    if h.lemma == "один":
        # «говорит одна из них», «один из экспертов»: the group just named speaks through one
        for c in tree.children(h, "nmod"):
            if any(k.lemma == "из" for k in tree.children(c, "case")):
                if c.lemma == "они":
                    return Mention("pronoun", "они", plural=True, start=h.start)
                if c.lemma in G.ANONYMOUS_ROLES:
                    # «один из собеседников»: one unnamed source, not the group
                    return Mention("role", c.lemma, "PER", role=c.lemma,
                                   role_lemmas=frozenset({c.lemma}), head=c.lemma, start=h.start)
                if c.lemma != "один":  # the parser may loop «один из одних»: no recursion
                    return _mention(tree, c, nominative=False)
        return None
    if h.pos == "PRON" or h.pos == "DET":
        if low in G.PRONOUNS:
            gender, plural = G.PRONOUNS[low]
            return Mention("pronoun", low, gender=gender or h.feats.get("Gender"),
                           plural=plural, start=h.start)
        if h.lemma == "который":
            head = tree.head(h)
            ante = tree.head(head) if head is not None else None
            if ante is not None and ante.pos in ("NOUN", "PROPN"):
                return _mention(tree, ante, nominative=False)
        return None
    # the person named in apposition: «пресс-секретарь президента Дмитрий Песков»
    per = _span_of(tree, h, ("PER",))
    appos_ids: set[str] = set()
    common = is_common_noun(tree, h)
    if per is None and common:
        for a in tree.children(h, "appos", "flat", "flat:name", "nmod"):
            sp = _span_of(tree, a, ("PER",))
            nominative_pair = a.feats.get("Case") == h.feats.get("Case") == "Nom"
            if sp is not None and a.start > h.start and (a.rel != "nmod" or nominative_pair):
                per = sp
                appos_ids = {x.id for x in tree.subtree(a)}
                break
        if per is None and h.feats.get("Animacy") == "Anim":
            # «главный экономист банка "Дом.РФ" Михаил Гордеев»: the parser lost the name
            # behind the quotes; take the person written right after the phrase, same case
            np = _np_tokens(tree, h)
            end = max(x.end for x in np) if np else h.end
            nxt = next((sp for sp in tree.s.spans if sp.start >= end), None)
            gap = tree.text(end, nxt.start) if nxt is not None else "x"
            first = next((x for x in tree.toks if nxt is not None and x.start == nxt.start), None)
            if nxt is not None and nxt.type == "PER" and re.fullmatch(r"[\s«»\"“”]*", gap) and \
                    first is not None and first.feats.get("Case") == h.feats.get("Case"):
                per = nxt
                appos_ids = {x.id for x in tree.toks if nxt.start <= x.start < nxt.end}
    if per is not None:
        role = None
        lemmas: frozenset[str] = frozenset()
        if appos_ids:
            role = _np_text(tree, h, nominative, drop=appos_ids)
            role = role[:1].lower() + role[1:] if role[:2].istitle() else role
            lemmas = frozenset(t.lemma for t in _np_tokens(tree, h)
                               if t.id not in appos_ids and t.pos != "PUNCT")
        per_toks = [t for t in tree.toks if per.start <= t.start < per.end]
        gender = next((t.feats.get("Gender") for t in per_toks if t.feats.get("Gender")), None)
        name = per.normal
        fem_verb = verb is not None and verb.feats.get("Gender") == "Fem"
        if nominative and (fem_verb or all(t.feats.get("Case") == "Nom" for t in per_toks)):
            name = _clean(per.text)  # natasha turns «Айтадж Алиева» into «Айтадж Алиев»
            gender = "Fem" if fem_verb else gender
        others = [_span_of(tree, c, ("PER",)) for c in tree.children(h, "conj")] if not appos_ids \
            and verb is not None and verb.feats.get("Number") == "Plur" else []
        names = [name] + [sp.normal for sp in others if sp is not None and sp.normal != name]
        if len(names) > 1:
            # «Путин и Алиев заявили»: both speak
            return Mention("name", " и ".join(names), "PER", plural=True, start=per.start)
        return Mention("name", name, "PER", gender=gender, role=role, role_lemmas=lemmas,
                       head=h.lemma if appos_ids else "", start=per.start)
    outlets = _outlets(tree, h)
    # a page is no speaker («на сайте»), but a channel writes: «— пишет канал»
    channel = h.lemma in ("канал", "телеграм-канал", "telegram-канал")
    if not outlets and h.lemma in G.MEDIA_NOUNS and (h.lemma not in G.PAGE_NOUNS or channel) \
            and not any(c.rel == "nmod" and c.lemma != "один" for c in tree.children(h)) \
            and h.feats.get("Number") != "Plur" and h.lemma != "сми":
        # «как уточняет издание»: the medium the article named last
        return Mention("medium", h.text.lower(), "ORG", start=h.start)
    if outlets:
        return Mention("name", " и ".join(outlets), "ORG" if len(outlets) == 1 else "GROUP",
                       plural=len(outlets) > 1, outlets=outlets, start=h.start)
    org = _span_of(tree, h, ("ORG",))
    if org is not None or h.lemma in G.BODY_NOUNS:
        return Mention("name", _np_text(tree, h, nominative), "ORG", start=h.start)
    loc = _span_of(tree, h, ("LOC",))
    if loc is not None and h.pos == "PROPN":
        # «Баку обвинил», «Москва считает»: a capital speaking for its government
        return Mention("name", loc.normal if not nominative else _np_text(tree, h, True), "ORG",
                       start=h.start)
    plural = h.feats.get("Number") == "Plur" or any(
        c.rel.startswith("nummod") and c.lemma not in ("один", "1") for c in tree.children(h))
    if plural and common and h.feats.get("Animacy") == "Anim" or h.lemma in G.GROUP_NOUNS and (
            plural or h.lemma in ("сми", "сторона", "власть", "оппозиция")):
        # «эксперты», «владельцы склада», «российская сторона»: a group speaking
        group = _np_text(tree, h, nominative)
        if group[:2].istitle() and h.lemma != "сми":
            group = group[:1].lower() + group[1:]  # «Эксперты считают» -> «эксперты»
        return Mention("name", group, "GROUP", plural=plural, start=h.start)
    if common and not plural and (h.feats.get("Animacy") == "Anim" or h.lemma in G.ANONYMOUS_ROLES):
        role = _np_text(tree, h, nominative)
        role = role[:1].lower() + role[1:] if role[:2].istitle() else role
        lemmas = frozenset(t.lemma for t in _np_tokens(tree, h) if t.pos != "PUNCT")
        inner = {sp.normal for sp in tree.s.spans if sp.type == "PER"
                 and any(sp.start <= t.start < sp.end for t in _np_tokens(tree, h))}
        # grammatical gender of a role noun says nothing («представитель» of a woman)
        return Mention("role", role, "PER", role=role, role_lemmas=lemmas, head=h.lemma,
                       start=h.start, inner=frozenset(inner))
    if h.pos == "PROPN" and h.feats.get("Animacy") == "Anim":
        name = h.text if nominative else nominative_word(h.text, h.feats.get("Case", ""), "Sing")
        return Mention("name", name, "PER", gender=h.feats.get("Gender"), start=h.start)
    return None


def _outlets(tree: Tree, h: Token) -> tuple[str, ...]:
    """Names of media when the phrase headed by `h` is one («Издания 1News и «Фонтанка»»)."""
    if h.lemma in G.NEWSROOM_NOUNS:
        # «передает корреспондент НТВ»: the outlet's own reporter is the outlet's voice
        for c in tree.children(h, "nmod", "appos", "flat"):
            toks = _np_tokens(tree, c)
            text = _clean(tree.text(toks[0].start, toks[-1].end)) if toks else c.text
            known = _known_outlet(text)
            if known is None and (_is_quoted(tree, c) or _span_of(tree, c, ("ORG",))) and \
                    re.match(r"[A-ZА-ЯЁ«\"]", text):
                known = _nominative_name(tree, sp) if (sp := _span_of(tree, c, ("ORG",))) \
                    else text
            if known:
                return (known,)
        return ()
    if h.lemma in G.MEDIA_NOUNS:
        names = []
        # «канал одного из собеседников»: the source the parser hung on the medium is no name
        skip = {x.id for c in tree.children(h, "nmod") if c.lemma == "один"
                for x in tree.subtree(c)}
        for t in tree.subtree(h, frozenset({"acl", "acl:relcl", "parataxis", "punct"})):
            if t.id == h.id or t.pos in ("CCONJ", "PUNCT", "ADP") or t.id in skip:
                continue
            sp = _span_of(tree, t, ("ORG", "PER", "LOC"))
            if sp is not None:
                names.append(outlet_name(sp.text, tree.s.spans, sp.start, sp.end))
            elif t.pos in ("PROPN", "X", "NUM") or re.match(r"[A-Z]", t.text):
                names.append(outlet_name(t.text))
        names = [n for n in dict.fromkeys(names) if n]
        if h.lemma == "сми" and not names:
            return ("СМИ",)
        return tuple(names)
    toks = _np_tokens(tree, h)
    text = _clean(tree.text(toks[0].start, toks[-1].end)) if toks else h.text
    known = _known_outlet(text)
    if known is None:
        sp = _span_of(tree, h, ("ORG",))
        if sp is not None:
            known = _known_outlet(_clean(sp.normal))
    if known:
        a, b = (toks[0].start, toks[-1].end) if toks else (h.start, h.end)
        return (outlet_name(text, tree.s.spans, a, b),)  # «Report.az» over «Report»
    return ()


def _dash_attribution(tree: Tree, s: ParsedSentence) -> Cue | None:
    """«– представитель Кремля», «— глава ведомства Иван Петров»: a speaker with no verb."""
    words = [t for t in tree.toks if t.pos != "PUNCT"]
    if len(words) > 10 or any(t.pos in ("VERB", "AUX") for t in words):
        return None  # «— Мы готовы к диалогу»: direct speech, not an attribution line
    heads = [t for t in tree.toks if t.pos in ("NOUN", "PROPN") and (
        (head := tree.head(t)) is None or head.pos == "PUNCT" or t.rel == "root")]
    if not heads:
        heads = [t for t in tree.toks if t.pos in ("NOUN", "PROPN")][:1]
    for h in heads:
        m = _mention(tree, h, nominative=True)
        if m is not None:
            dash = next(t for t in tree.toks if t.text[:1] in G.DASH)
            return Cue(dash.text, dash.start, m)
    return None
