"""Who a noun phrase names: the indexed dependency tree, speaker mentions, outlet names.

The shared ground of sentence reading (attr_sentence.py, attr_cues.py) and coreference
(attr_coref.py): a `Tree` over natasha's parse, the words of a noun phrase put in the
nominative, and `speaker_mention`, which says whether a phrase names a person (with the
role in apposition: «пресс-секретарь президента Дмитрий Песков»), a body, a group, a
role noun, a pronoun or a medium. A person inside the role phrase («пресс-секретарь
Путина») is never the speaker. Outlet names are put in their usual nominative form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdb.extract import grammars as G
from factdb.extract.nlp import (
    NamedSpan,
    ParsedSentence,
    Token,
    name_lemmas,
    nominative_word,
    noun_cases,
)
from factdb.text import fold

QUOTE_MARKS = "«»\"“”„"
# Relations that leave a noun phrase: what is said about the speaker, not its name.
NP_SKIP = frozenset(
    {"acl", "acl:relcl", "parataxis", "advcl", "punct", "conj", "cc", "obl",
     "nsubj", "ccomp", "xcomp", "advmod", "orphan", "dep", "discourse", "vocative",
     "nsubj:pass", "obj", "iobj", "mark", "cop", "aux"}
)


@dataclass
class Mention:
    """A speaker as one sentence names it, before coreference."""

    kind: str  # name | pronoun | role | zero | context | medium | document
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
    # «..., попросивший не называть его имени», «одной из компаний»: an unnamed person,
    # never resolved to someone the article named
    anonymous: bool = False
    # «источник "Ъ"», «собеседник РБК в правительстве»: the outlet an unnamed source talked to
    told: tuple[str, ...] = ()
    # «источник "Ъ", знакомый с ...», «собеседник РБК в министерстве»: a source described
    # afresh, not the one heard before named again
    qualified: bool = False
    # «собеседник "Ъ" в одной из компаний»: where the source works follows the noun
    placed: bool = False
    # «собеседник, близкий к семье»: a participle phrase says who the source is
    described: bool = False


# «..., попросивший не называть его имени», «, пожелавшая остаться неизвестной»
ANONYMITY = re.compile(
    r"[^\w]*(?:[\w-]+\s+){0,6}?(?:попросивш|пожелавш|просивш|не пожелавш)\w*\s+(?:не\s+"
    r"(?:называть|раскрывать|указывать)|остаться\s+(?:неизвестн|анонимн|неназванн|инкогнито))",
    re.I)
ANONYMITY_ANYWHERE = re.compile(r"\bна условиях анонимности\b|\bпожелавш\w+ остаться "
                                r"(?:неизвестн|анонимн|неназванн)", re.I)
# «руководитель одной из компаний», «сотрудник одного из банков»: an unnamed member of a kind
ONE_OF = re.compile(r"\bодн(?:ой|ого|ом|им|ими|их) из\b", re.I)


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


def clean_name(name: str) -> str:
    """A name without quotation marks, doubled spaces or the punctuation around it."""
    name = re.sub(rf"[{QUOTE_MARKS}]", "", name)
    return re.sub(r"\s+", " ", name).strip(" ,.;:—–-()")


# an outlet's name of an adjective and a noun told to in the dative: «Деловому вестнику»
_DATIVE_TITLE = re.compile(r"^([А-ЯЁ][а-яё]+(?:ому|ему))\s+([А-ЯЁа-яё]+[ую])$")


def nominative_title(name: str) -> str:
    """«Деловому вестнику» -> «Деловой вестник»: an adjective-and-noun name told to, in
    the nominative (ё only where the name writes it)."""
    m = _DATIVE_TITLE.match(name)
    if m is None:
        return name
    words = [nominative_word(w, "Dat", "Sing", "Masc") for w in m.groups()]
    if "ё" not in name.lower():
        words = [w.replace("ё", "е").replace("Ё", "Е") for w in words]
    noun = words[1]
    noun = noun[:1].upper() + noun[1:] if m.group(2)[:1].isupper() else noun
    return f"{words[0][:1].upper()}{words[0][1:]} {noun}"


# a site's name written with its domain or a part after a dot: «Город.Онлайн», «Дом.РФ»
_WEB_NAME = re.compile(r"[А-ЯЁA-Z0-9][\w-]*(?:\.[А-ЯЁA-Za-zа-яё0-9][\w-]*)+")


def outlet_name(raw: str, spans: tuple[NamedSpan, ...] = (), start: int = -1, end: int = -1) -> str:
    """The usual nominative written form of an outlet named in any case."""
    def inside(sp: NamedSpan) -> bool:
        # the span of the phrase, or one starting where it starts («Report.az»)
        return sp.type == "ORG" and (start <= sp.start and sp.end <= end + 1 or sp.start == start)

    for sp in spans:
        if inside(sp):
            known = known_outlet(clean_name(sp.normal))
            if known:
                return known
    clean = clean_name(raw)
    known = known_outlet(clean)
    longer = [sp for sp in spans if inside(sp) and len(clean_name(sp.normal)) > len(clean)]
    if known and not longer:
        return known
    for sp in spans:
        if inside(sp) and clean_name(sp.normal):
            return clean_name(sp.normal)
    return clean


# endings a known name may take in another case («Коммерсанту», «Ведомостям», «Вестей»)
_CASE_ENDINGS = frozenset({"", "а", "я", "у", "ю", "ом", "ем", "е", "и", "ы", "ей", "ой", "ую",
                           "ям", "ам", "ями", "ами", "ях", "ах", "ов", "ев", "ью"})


def known_outlet(name: str) -> str | None:
    """The written form of a known outlet, named in any case, else None."""
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
            # («Известиям»: the known name's last letter starts the ending)
            if n >= len(k) - 2 and n >= 4 and (ending in _CASE_ENDINGS or n == len(k) and (
                    k[-1:] + ending) in _CASE_ENDINGS):
                return v  # a case ending, not «Report.az», nor «Вестник» for «Вести»
    return None


def case_form_of(name: str, own: str) -> bool:
    """Whether `name` is `own` (an outlet's name) in another case: «Эха» of «Эхо», «Эху»,
    «Вестнику» of «Вестник» (a name no lexicon knows, read by its endings)."""
    a, b = fold(name), fold(own)
    if a == b or " " in b or len(b) < 3 or a[:2] != b[:2]:
        return a == b
    stem = b[:-1] if b[-1] in "аяоеь" else b
    return a.startswith(stem) and a[len(stem):] in _CASE_ENDINGS


def nominative_name(tree: Tree, sp: NamedSpan) -> str:
    """A name told to in the dative put in the nominative («Верхней Волге» -> «Верхняя Волга»)."""
    known = known_outlet(clean_name(sp.text))
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
    return clean_name(" ".join(words)) or clean_name(sp.text)


def is_quoted(tree: Tree, t: Token) -> bool:
    """The noun phrase headed by `t` stands in quotation marks: a name («"Фонтанка"»)."""
    s = tree.s.text
    sub = tree.subtree(t, NP_SKIP)
    a, b = sub[0].start - tree.s.start, sub[-1].end - tree.s.start
    before = s[:a].rstrip()[-1:]
    after = s[b:].lstrip()[:1]
    return bool(before and before in "«\"“„" and after and after in "»\"”“")


def np_tokens(tree: Tree, h: Token) -> list[Token]:
    """Tokens of the noun phrase headed by `h`, without its own preposition («в МИД»).
    A noun coordinated inside it in its head's case belongs to it («министр торговли и
    туризма»); one coordinated with `h` itself is another phrase («Путин и Алиев»)."""
    toks = tree.subtree(h, NP_SKIP)
    inner = [c for t in toks if t.id != h.id for c in tree.children(t, "conj")
             if c.pos == "NOUN" and c.start > t.start and c.feats.get("Case")
             and c.feats.get("Case") == t.feats.get("Case")]
    for c in inner:
        toks += tree.subtree(c, NP_SKIP - {"cc"})
    toks = sorted({t.id: t for t in toks}.values(), key=lambda x: x.start)
    return [t for t in toks if (t.pos != "PUNCT" or t.text in QUOTE_MARKS)
            and not (t.rel == "case" and t.head_id == h.id)]


def np_text(tree: Tree, h: Token, nominative: bool, drop: set[str] | None = None) -> str:
    """The words of the noun phrase headed by `h`, head (and its adjectives) in the
    nominative; tokens in `drop` (an appositive name) are left out."""
    toks = [t for t in np_tokens(tree, h) if not drop or t.id not in drop]
    marks = frozenset(int(t.id.split("_")[-1]) for t in tree.toks if t.text in QUOTE_MARKS)
    # «Центр общественных связей (ЦОС) ФСБ»: an abbreviation in brackets inside a name is
    # no gap; the words after it still belong to the name
    marks |= _bracketed(tree)
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
                                    h.feats.get("Gender", ""))
        if prev_end is not None:
            gap = tree.text(prev_end, t.start)
            parts.append(" " if gap.strip() == "" and gap else gap)
        parts.append(w)
        prev_end = t.end
    # «комитет (МАК» at the end of the phrase: the bracket's own words are no part of it
    return clean_name(re.sub(r"\s*\([^()]*$", "", "".join(parts)))


def _bracketed(tree: Tree) -> frozenset[int]:
    """Numbers of the tokens of a short bracketed abbreviation, brackets included."""
    out: set[int] = set()
    toks = tree.toks
    for i, t in enumerate(toks):
        if t.text == "(" and i + 2 < len(toks) and toks[i + 2].text == ")" \
                and re.fullmatch(r"[A-ZА-ЯЁ][\wА-ЯЁ-]{1,9}", toks[i + 1].text) \
                and toks[i + 1].text[1:2].isupper():
            out |= {int(x.id.split("_")[-1]) for x in toks[i:i + 3]}
    return frozenset(out)


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
    return t.pos == "PROPN" and (span_of(tree, t, ("PER", "ORG", "LOC")) is None
                                 or false_person(tree, t)) and \
        bool(re.fullmatch(r"[А-ЯЁ][а-яё-]+", t.text)) and not name_lemmas(t.text)


def false_person(tree: Tree, t: Token) -> bool:
    """«Пилот-инструктор Николай Б. заявил»: the NER took a title opening the sentence
    (capitalised only for that) for a person; it is no name when a name follows it."""
    sp = span_of(tree, t, ("PER",))
    if sp is None or sp.start != t.start or name_lemmas(t.text):
        return False
    if sp.end != t.end:
        # «Защитник Маевского Михаил Розенталь»: the NER ran the title into the name of the
        # one whose lawyer he is; the title is a common noun and another name follows
        return t.pos == "NOUN" and t.lemma.islower() and any(
            o is not sp and o.type == "PER" and o.start >= sp.end for o in tree.s.spans)
    lead = len(tree.s.text) - len(tree.s.text.lstrip(" «\"—–-"))
    return t.start == tree.s.start + lead and any(
        o is not sp and o.type == "PER" and o.start > t.end for o in tree.s.spans)


def _name_closing_title(tree: Tree, h: Token) -> tuple[NamedSpan | None, set[str]]:
    """The person whose name closes a long title in the title's case, after the country or
    body the title belongs to: «глава министерства торговли и туризма Асталии Мирко Лазич»
    (the parser hangs the name on the country, and a title coordinated inside the chain
    hides it from the plain apposition). A name in the genitive right after a title is
    whose it is («мать Ивана Петрова»), so a capitalised word must stand between, or a
    second title in the first one's case («председатель комиссии академик Павел Орлов»)."""
    if h.lemma in G.RELATION_NOUNS:
        return None, set()
    np = np_tokens(tree, h)
    if not np:
        return None, set()
    end = max(x.end for x in np)
    sp = next((x for x in tree.s.spans if x.type == "PER" and x.end == end
               and x.start > h.end and " " in x.text.strip()), None)
    if sp is None:
        return None, set()
    toks = [x for x in tree.toks if sp.start <= x.start < sp.end]
    before = [x for x in tree.toks if h.end <= x.start and x.end <= sp.start]
    if not before or any(x.feats.get("Case") != h.feats.get("Case") for x in toks):
        return None, set()
    last = before[-1]
    # (or a second title in the first's case: «председатель комиссии академик Павел Орлов»)
    titled = last.pos == "NOUN" and last.feats.get("Case") == h.feats.get("Case") and \
        last.lemma not in G.RELATION_NOUNS
    if not titled and (last.pos != "PROPN" or not last.text[:1].isupper()
                       or span_of(tree, last, ("PER",)) is not None):
        return None, set()
    return sp, {x.id for x in toks}


def span_of(tree: Tree, t: Token, types: tuple[str, ...]) -> NamedSpan | None:
    """The named entity of one of `types` that `t` stands in, if any."""
    return next((sp for sp in tree.s.spans if sp.type in types and sp.start <= t.start < sp.end),
                None)


def is_named(tree: Tree, h: Token) -> bool:
    """The phrase holds a proper name («МИД Азербайджана»), not only «ведомство»."""
    return any(t.pos == "PROPN" or span_of(tree, t, ("ORG", "LOC", "PER")) is not None
               for t in np_tokens(tree, h))


# a capitalised adjective of a place: «Валландский», «Литовское», «Турецкая»
_ADJECTIVE_NAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:ск|цк)(?:ий|ой|ая|ое|ие)$")


def speaker_mention(
    tree: Tree, h: Token, nominative: bool, verb: Token | None = None
) -> Mention | None:
    """The speaker a noun phrase names: a person, a body, a group, a role or a pronoun."""
    low = h.text.lower()
    if h.lemma == "один":
        for a in tree.children(h, "appos"):
            if a.start > h.start and span_of(tree, a, ("PER",)) is not None:
                # «Одна из освобожденных, Татьяна К., рассказала»: the one is named
                return speaker_mention(tree, a, nominative, verb)
        # «говорит одна из них», «один из экспертов»: the group just named speaks through one
        for c in tree.children(h, "nmod"):
            if any(k.lemma == "из" for k in tree.children(c, "case")):
                if c.lemma == "они":
                    return Mention("pronoun", "они", plural=True, start=h.start)
                if c.lemma in G.ANONYMOUS_ROLES:
                    # «один из собеседников»: one unnamed source, not the group, nor the
                    # one person heard before
                    return Mention("role", c.lemma, "PER", role=c.lemma,
                                   role_lemmas=frozenset({c.lemma}), head=c.lemma, start=h.start,
                                   anonymous=True)
                if c.lemma != "один":  # the parser may loop «один из одних»: no recursion
                    return speaker_mention(tree, c, nominative=False)
        return None
    if h.lemma in G.SHARE_NOUNS:
        # «ряд СМИ сообщал», «часть экспертов считает»: the group counted speaks
        for c in tree.children(h, "nmod"):
            if c.start > h.start and not tree.children(c, "case") \
                    and c.feats.get("Case") == "Gen" and c.feats.get("Number") == "Plur":
                return speaker_mention(tree, c, nominative=False)
    body = next((c for c in tree.children(h, "nmod") if c.start > h.start
                 and not tree.children(c, "case") and c.text[:1].isupper()
                 and span_of(tree, c, ("ORG",)) is not None), None) \
        if h.pos == "PROPN" and _ADJECTIVE_NAME.search(h.text) else None
    if body is not None and tree.text(h.end, body.start).strip() == "":
        # «Валландский МИД утверждает»: a country's adjective the tagger does not know,
        # parsed as the head of the body after it, is that body's name
        return Mention("name", f"{h.text} {np_text(tree, body, nominative=False)}", "ORG",
                       start=h.start)
    if h.pos == "PRON" or h.pos == "DET":
        if low in G.PRONOUNS:
            gender, plural = G.PRONOUNS[low]
            return Mention("pronoun", low, gender=gender or h.feats.get("Gender"),
                           plural=plural, start=h.start)
        if h.lemma == "который":
            head = tree.head(h)
            ante = tree.head(head) if head is not None else None
            if ante is not None and ante.pos in ("NOUN", "PROPN"):
                return speaker_mention(tree, ante, nominative=False)
        return None
    # the person named in apposition: «пресс-секретарь президента Дмитрий Песков»
    per = span_of(tree, h, ("PER",)) if not false_person(tree, h) else None
    appos_ids: set[str] = set()
    common = is_common_noun(tree, h)
    # «Исполняющий обязанности министра Сергей П.», «Временно исполняющий ...»: a
    # participle standing for a title carries the name in apposition like a noun
    titled_participle = h.feats.get("VerbForm") == "Part" and h.feats.get("Voice") != "Pass"
    if per is None and (common or titled_participle):
        # a name in apposition before one the parser calls a modifier: «защитник Иванова
        # адвокат Ольга Петрова» is Petrova, whatever case the tagger gave «Иванова»; of
        # two names in apposition the last is the person: the one before it says whose
        # title it is («по словам адвоката Маевского Михаила Розенталя»)
        for a in sorted(tree.children(h, "appos", "flat", "flat:name", "nmod"),
                        key=lambda a: (a.rel == "nmod", -a.start)):
            sp = span_of(tree, a, ("PER",))
            nominative_pair = a.feats.get("Case") == h.feats.get("Case") == "Nom"
            if sp is not None and h.lemma in G.RELATION_NOUNS and " " not in sp.text.strip():
                continue  # «знакомый Картавых», «сосед Иванова»: whose acquaintance, not who
            if sp is not None and " " not in sp.text.strip() and h.feats.get("Case") == "Nom" \
                    and (cases := noun_cases(sp.text.strip())) and "nomn" not in cases:
                continue  # «Защитник Краевского заявил»: a genitive only, whose title it is
            if sp is not None and a.start > h.start and (a.rel != "nmod" or nominative_pair):
                per = sp
                appos_ids = {x.id for x in tree.subtree(a)}
                break
        if per is None:
            per, appos_ids = _name_closing_title(tree, h)
        if per is None:
            # «гидротехник, кандидат технических наук Павел Ермаков», «эксперт по праву,
            # адвокат Олег Сидоренко»: a second title after a comma carries the name
            for c in tree.children(h, "appos", "conj"):
                between = [x for x in tree.toks if h.end <= x.start < c.start]
                if c.start < h.start or not is_common_noun(tree, c) or any(
                        x.pos == "CCONJ" for x in between) or all(x.text != "," for x in between):
                    continue
                for a in tree.children(c, "appos", "flat", "flat:name"):
                    sp = span_of(tree, a, ("PER",))
                    if sp is not None and a.start > c.start:
                        per = sp
                        appos_ids = {x.id for x in tree.subtree(a)}
                        break
                if per is not None:
                    break
        if per is None and h.feats.get("Animacy") == "Anim":
            # «главный экономист банка "Дом.РФ" Михаил Гордеев»: the parser lost the name
            # behind the quotes; take the person written right after the phrase, same case
            np = np_tokens(tree, h)
            end = max(x.end for x in np) if np else h.end
            nxt = next((sp for sp in tree.s.spans if sp.start >= end), None)
            gap = tree.text(end, nxt.start) if nxt is not None else "x"
            first = next((x for x in tree.toks if nxt is not None and x.start == nxt.start), None)
            # (or behind a second title: «гидротехник, кандидат технических наук X»)
            # (the second title is a person's noun: «По словам дипломата, задержание
            # Петрова ...» names whose detention, not the diplomat)
            between = [x for x in tree.toks
                       if end <= x.start and nxt is not None and x.end <= nxt.start]
            first_noun = next((x for x in between if x.pos == "NOUN"), None)
            titled = bool(re.fullmatch(r"\s*,\s*[а-яё-]+(?:\s+[а-яё-]+){0,5}\s*", gap)) and all(
                x.pos in ("NOUN", "ADJ", "PUNCT") for x in between) and (
                first_noun is not None and first_noun.feats.get("Animacy") == "Anim")
            if nxt is not None and nxt.type == "PER" and (
                    re.fullmatch(r"[\s«»\"“”]*", gap) or titled) and \
                    first is not None and first.feats.get("Case") == h.feats.get("Case"):
                per = nxt
                appos_ids = {x.id for x in tree.toks if nxt.start <= x.start < nxt.end}
    if per is not None:
        role = None
        lemmas: frozenset[str] = frozenset()
        if appos_ids:
            role = np_text(tree, h, nominative, drop=appos_ids)
            role = role[:1].lower() + role[1:] if role[:2].istitle() else role
            lemmas = frozenset(t.lemma for t in np_tokens(tree, h)
                               if t.id not in appos_ids and t.pos != "PUNCT")
        per_toks = [t for t in tree.toks if per.start <= t.start < per.end]
        gender = next((t.feats.get("Gender") for t in per_toks if t.feats.get("Gender")), None)
        name = _surname_nominative(per.normal, per_toks, gender)
        fem_verb = verb is not None and verb.feats.get("Gender") == "Fem"
        if nominative and (fem_verb or all(t.feats.get("Case") == "Nom" for t in per_toks)):
            name = clean_name(per.text)  # natasha turns «Айтадж Алиева» into «Айтадж Алиев»
            gender = "Fem" if fem_verb else gender
        others = [span_of(tree, c, ("PER",)) for c in tree.children(h, "conj")] if not appos_ids \
            and verb is not None and verb.feats.get("Number") == "Plur" else []
        names = [name] + [sp.normal for sp in others if sp is not None and sp.normal != name]
        if len(names) > 1:
            # «Путин и Алиев заявили»: both speak
            return Mention("name", " и ".join(names), "PER", plural=True, start=per.start)
        return Mention("name", name, "PER", gender=gender, role=role, role_lemmas=lemmas,
                       head=h.lemma if appos_ids else "", start=per.start)
    outlets = outlets_named(tree, h)
    # a page is no speaker («на сайте»), but a channel writes: «— пишет канал»
    channel = h.lemma in ("канал", "телеграм-канал", "telegram-канал")
    if not outlets and h.lemma in G.MEDIA_NOUNS and (h.lemma not in G.PAGE_NOUNS or channel) \
            and not any(c.rel == "nmod" and c.lemma != "один" for c in tree.children(h)) \
            and h.feats.get("Number") != "Plur" and h.lemma != "сми":
        # «как уточняет издание»: the medium the article named last
        return Mention("medium", h.text.lower(), "ORG", start=h.start)
    if outlets:
        # («корреспондент НТВ»: the head says a reporter of the outlet speaks for it)
        return Mention("name", " и ".join(outlets), "ORG" if len(outlets) == 1 else "GROUP",
                       plural=len(outlets) > 1, outlets=outlets, start=h.start,
                       head=h.lemma if h.lemma in G.NEWSROOM_NOUNS else "")
    org = span_of(tree, h, ("ORG",))
    if org is not None and _WEB_NAME.fullmatch(org.text.strip()):
        # «по данным «Город.Онлайн»»: a site's name is one word with its dot, which the
        # phrase of the parsed head would cut at the dot
        return Mention("name", org.text.strip(), "ORG", start=h.start)
    if org is not None or h.lemma in G.BODY_NOUNS or G.SHORT_MINISTRY.match(h.lemma):
        return Mention("name", np_text(tree, h, nominative), "ORG", start=h.start)
    loc = span_of(tree, h, ("LOC",))
    if loc is not None and h.pos == "PROPN":
        # «Баку обвинил», «Москва считает»: a capital speaking for its government
        return Mention("name", loc.normal if not nominative else np_text(tree, h, True), "ORG",
                       start=h.start)
    plural = h.feats.get("Number") == "Plur" or any(
        c.rel.startswith("nummod") and c.lemma not in ("один", "1") for c in tree.children(h))
    if plural and common and h.feats.get("Animacy") == "Anim" or h.lemma in G.GROUP_NOUNS and (
            plural or h.lemma in G.COLLECTIVE_SPEAKERS):
        # «эксперты», «владельцы склада», «российская сторона»: a group speaking
        # «по информации его команды»: the owner pronoun is no part of the group's name
        owners = {c.id for c in tree.children(h, "nmod", "det", "nmod:poss")
                  if c.pos in ("PRON", "DET") and c.text.lower() in G.PRONOUNS}
        told_by = source_outlets(tree, h)  # «источники "Ъ"»: the outlet is the via
        group = _without_told(tree, np_text(tree, h, nominative, drop=owners), told_by)
        if group[:2].istitle() and h.lemma != "сми":
            group = group[:1].lower() + group[1:]  # «Эксперты считают» -> «эксперты»
        return Mention("name", group, "GROUP", plural=plural, start=h.start,
                       told=tuple(name for _, name in told_by))
    if common and not plural and (h.feats.get("Animacy") == "Anim" or h.lemma in G.ANONYMOUS_ROLES):
        told_by = source_outlets(tree, h)
        role = _without_told(tree, np_text(tree, h, nominative), told_by)
        role = role[:1].lower() + role[1:] if role[:2].istitle() else role
        told_ids = {x.id for c, _ in told_by for x in tree.subtree(c)}
        lemmas = frozenset(t.lemma for t in np_tokens(tree, h)
                           if t.pos != "PUNCT" and t.id not in told_ids)
        inner = {sp.normal for sp in tree.s.spans if sp.type == "PER"
                 and any(sp.start <= t.start < sp.end for t in np_tokens(tree, h))}
        np = np_tokens(tree, h)
        after = tree.s.text[(max(x.end for x in np) if np else h.end) - tree.s.start:]
        anonymous = bool(ANONYMITY.match(after) or ONE_OF.search(role)
                         or ANONYMITY_ANYWHERE.search(tree.s.text))
        # grammatical gender of a role noun says nothing («представитель» of a woman)
        told = tuple(name for _, name in told_by)
        extra = len(role.split()) - 1
        after_np = tree.s.text[(max(x.end for x in np) if np else h.end) - tree.s.start:]
        # «собеседник "Ъ" в одной из компаний»: where the source works, however parsed
        placed = bool(re.match(r"[\s\"»”]*(?:в|во|из|на|при)\s", after_np))
        described = bool(re.match(
            r"[^,.]{0,40},\s*(?:знаком|близк|осведомлен|участвовавш|присутствовавш)",
            tree.s.text[h.end - tree.s.start:]))
        qualified = extra > 0 or placed or described
        return Mention("role", role, "PER", role=role, role_lemmas=lemmas, head=h.lemma,
                       start=h.start, inner=frozenset(inner), anonymous=anonymous,
                       told=told, qualified=qualified, placed=placed, described=described)
    if h.pos == "PROPN" and h.feats.get("Animacy") == "Anim":
        name = h.text if nominative else nominative_word(h.text, h.feats.get("Case", ""), "Sing")
        return Mention("name", name, "PER", gender=h.feats.get("Gender"), start=h.start)
    return None


def _without_told(tree: Tree, phrase: str, told_by: list[tuple[Token, str]]) -> str:
    """«источник "Ъ" в правительстве» -> «источник в правительстве»: the outlet told is the
    claim's via, no part of who the source is (the words after it are: the outlet's words
    alone are cut)."""
    for c, _ in told_by:
        said = [x.text for x in tree.subtree(c) if x.pos != "PUNCT"]
        phrase = re.sub(r"\s+[\"«“„']*" + r"\s+".join(map(re.escape, said)) + r"[\"»”']*(?=\s|$)",
                        "", phrase, count=1)
    return phrase


def source_outlets(tree: Tree, h: Token) -> list[tuple[Token, str]]:
    """«Источник "Ъ"», «собеседник РБК в правительстве»: the outlet in the genitive after a
    noun of an unnamed source, which is the channel of the source's words (its head word
    and its name)."""
    if h.lemma not in G.SOURCE_REMENTIONS:
        return []
    out = []
    for c in tree.children(h, "nmod", "appos", "flat"):
        if c.start < h.start or tree.children(c, "case"):
            continue
        text = clean_name(tree.text(c.start, c.end))
        known = known_outlet(text)
        if known is None and is_quoted(tree, c):
            sp = span_of(tree, c, ("ORG",))
            known = outlet_name(sp.text if sp is not None else text, tree.s.spans, c.start, c.end)
        if known:
            out.append((c, known))
    return out


# a woman's surname in an oblique case: «Дзаровой», «Лесковской»
_WOMANS_OBLIQUE = re.compile(r"^[А-ЯЁ][а-яё]+(?:(?:ов|ев|ёв|ин|ын)ой|(?:ск|цк)ой)$")


def _surname_nominative(normal: str, toks: list[Token], gender: str | None) -> str:
    """The NER leaves a woman's surname in an oblique case («Ларису Демину» -> «Лариса
    Демину»; «по словам Дзаровой», a surname no dictionary knows, alone): put the last
    word in the nominative too."""
    words = normal.split()
    last = toks[-1] if toks else None
    case = last.feats.get("Case", "") if last is not None else ""
    alone = len(words) == 1 and bool(_WOMANS_OBLIQUE.search(normal))
    if last is None or len(words) < 2 and not alone or case in ("", "Nom") or \
            words[-1] != last.text:
        return normal
    nom = nominative_word(last.text, case, "Sing", "Fem" if alone else gender or "")
    if not nom or nom.lower() == last.text.lower():
        return normal
    if "ё" in nom.lower() and "ё" not in last.text.lower():
        nom = nom.replace("ё", "е").replace("Ё", "Е")  # pymorphy restores ё the text omits
    return " ".join([*words[:-1], nom])


def outlets_named(tree: Tree, h: Token) -> tuple[str, ...]:
    """Names of media when the phrase headed by `h` is one («Издания 1News и «Фонтанка»»)."""
    if h.lemma in G.NEWSROOM_NOUNS:
        # «передает корреспондент НТВ»: the outlet's own reporter is the outlet's voice
        for c in tree.children(h, "nmod", "appos", "flat"):
            toks = np_tokens(tree, c)
            text = clean_name(tree.text(toks[0].start, toks[-1].end)) if toks else c.text
            known = known_outlet(text)
            if known is None and (is_quoted(tree, c) or span_of(tree, c, ("ORG",))) and \
                    re.match(r"[A-ZА-ЯЁ«\"]", text):
                known = nominative_name(tree, sp) if (sp := span_of(tree, c, ("ORG",))) \
                    else text
            if known:
                return (known,)
        return ()
    if h.lemma in G.MEDIA_NOUNS | G.BROADCAST_NOUNS:
        # («эстонское общественное телевидение ERR»: a broadcaster with its name)
        names = []
        # «канал одного из собеседников»: the source the parser hung on the medium is no name
        skip = {x.id for c in tree.children(h, "nmod") if c.lemma == "один"
                for x in tree.subtree(c)}
        for t in tree.subtree(h, frozenset({"acl", "acl:relcl", "parataxis", "punct"})):
            if t.id == h.id or t.pos in ("CCONJ", "PUNCT", "ADP") or t.id in skip:
                continue
            sp = span_of(tree, t, ("ORG", "PER", "LOC"))
            if sp is not None:
                names.append(outlet_name(sp.text, tree.s.spans, sp.start, sp.end))
            elif t.pos in ("PROPN", "X") or t.pos == "NUM" and t.text[:1].isdigit() \
                    or re.match(r"[A-Z]", t.text):
                # («Несколько СМИ»: a counting word is no name, «НТВ 24» may be)
                names.append(outlet_name(t.text))
        names = [n for n in dict.fromkeys(names) if n]
        if not names:
            # «Telegram-канал «Город. Помощь»»: the quoted name right after the medium noun,
            # whatever the tagger made of its words
            after = tree.s.text[h.end - tree.s.start:]
            q = re.match(r"\s*[«\"“„]([^«»\"“”\n]{2,60})[»\"”“]", after)
            if q and q.group(1)[:1].isupper():
                names = [q.group(1).strip()]
        if h.lemma == "сми" and not names:
            return ("СМИ",)
        return tuple(names)
    toks = np_tokens(tree, h)
    text = clean_name(tree.text(toks[0].start, toks[-1].end)) if toks else h.text
    known = known_outlet(text)
    if known is None:
        sp = span_of(tree, h, ("ORG",))
        if sp is not None:
            known = known_outlet(clean_name(sp.normal))
    if known:
        a, b = (toks[0].start, toks[-1].end) if toks else (h.start, h.end)
        return (outlet_name(text, tree.s.spans, a, b),)  # «Report.az» over «Report»
    return ()
