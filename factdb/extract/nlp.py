"""The only module that imports the Russian NLP stack (natasha, razdel, pymorphy3).

Models load lazily, once per process (~1 s, ~300 MB). natasha/yargy are imported
before pymorphy3 because they patch `inspect.getargspec`, which pymorphy needs on
Python 3.11+ (../shared/notes/nlp-stack.md, pitfall 2).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

# pymorphy2 (inside natasha) imports the deprecated pkg_resources and warns on every run
warnings.filterwarnings("ignore", message="pkg_resources is deprecated")

import natasha  # noqa: E402,F401  (patches inspect before pymorphy loads)
import razdel  # noqa: E402
from natasha import (  # noqa: E402
    Doc,
    MorphVocab,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    NewsSyntaxParser,
    Segmenter,
)
from natasha.doc import DocSent, DocSpan, DocToken  # noqa: E402

from factdb.text import fold  # noqa: E402


@dataclass(frozen=True)
class Token:
    """A word of a parsed text: offsets relative to the text that was parsed."""

    id: str
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    feats: dict[str, str]
    head_id: str
    rel: str


@dataclass(frozen=True)
class NamedSpan:
    """A named entity found by natasha's NER, with its nominative normal form."""

    start: int
    end: int
    text: str
    type: str  # PER, ORG, LOC
    normal: str


@dataclass(frozen=True)
class ParsedSentence:
    """One sentence with its tokens (dependency-parsed) and named entities."""

    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    spans: tuple[NamedSpan, ...]


@cache
def _models() -> dict[str, Any]:
    emb = NewsEmbedding()
    return {
        "segmenter": Segmenter(),
        "morph_vocab": MorphVocab(),
        "morph": NewsMorphTagger(emb),
        "syntax": NewsSyntaxParser(emb),
        "ner": NewsNERTagger(emb),
        "emb": emb,
    }


@cache
def _morph_analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph (razdel never splits on newlines)."""
    spans = [(s.start, s.stop) for s in razdel.sentenize(text)]
    return _join_quoted_names(text, _split_after_units(text, spans))


# a unit with a slash ending a sentence before one opening on a quoted name or words:
# «почти 90 км/ч. «Коммерсантъ» со ссылкой на источник пишет ...» (razdel reads «ч.» and
# «с.» as «часть», «село» and joins the next sentence on; one opening on a plain word is
# left joined, as the account it goes on with: «62 км/ч. Машинист применил торможение»)
# A sum's currency cut short ends its sentence before any capital too: «ущерб — 7 млн
# руб. «Мы подадим иск»», «... 2,1 млн руб. Суд назначил ...» (razdel reads «руб.» as
# an abbreviation inside a sentence)
_UNIT_END = re.compile(r"(?<=\d)\s*[а-яё]{1,4}/[а-яё]{1,4}\.(?=\s+[«\"„])|"
                       r"(?<![а-яё])(?:руб|долл|коп)\.(?=\s+[«\"„А-ЯЁ])")


def _split_after_units(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans cut after a slashed unit or a currency cut short that ends a sentence."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in _UNIT_END.finditer(text, a, b):
            if m.end() < b:
                out.append((a, m.end()))
                a = m.end() + len(text[m.end() : b]) - len(text[m.end() : b].lstrip())
        out.append((a, b))
    return out


# a short name in guillemets with a full stop inside: «Кривоборье. Помощь», «Вести. Омск»
_QUOTED_NAME = re.compile(r"«([^«»\n]{1,40})»")


def _join_quoted_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """razdel splits «Канал «Город. Помощь» пишет» at the full stop inside the name: a
    short quoted name (four words at most) is never cut, so the two halves are joined."""
    cuts = set()
    for m in _QUOTED_NAME.finditer(text):
        if len(m.group(1).split()) <= 4 and "." in m.group(1):
            cuts |= {b for _, b in spans if m.start() < b < m.end()}
    if not cuts:
        return spans
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and out[-1][1] in cuts:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# a site's name with its dot: «Lenta.ru», «Север.Медиа», «Тайга.инфо» (razdel cuts it in three)
_DOTTED_NAME = re.compile(r"(?<![\w.])[A-Za-zА-ЯЁа-яё0-9-]+(?:\.(?:ru|ру|рф|com|net|org|info|инфо|"
                          r"media|медиа|online|онлайн|news|by|kz|az|ua|uz|kg|am|ge|md|io|tv|fm|"
                          r"Ru|RU|Медиа|Инфо|Media|Info|Online|News))+(?!\w|\.\w)")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """razdel's tokens, a site's name with its dot kept as one («Север.Медиа»)."""
    keep = [(m.start(), m.end()) for m in _DOTTED_NAME.finditer(text)]
    out: list[tuple[int, int, str]] = []
    for t in razdel.tokenize(text):
        span = next(((a, b) for a, b in keep if a <= t.start < b), None)
        if span is None:
            out.append((t.start, t.stop, t.text))
        elif t.start == span[0]:
            out.append((span[0], span[1], text[span[0] : span[1]]))
    return out


def words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of a text with their offsets."""
    return [(t.start, t.stop, t.text) for t in razdel.tokenize(text)]


def parse(text: str, offset: int = 0) -> list[ParsedSentence]:
    """Segment, tag, parse and NER one paragraph; offsets are those in `text` plus
    `offset` (pass the paragraph's start to get offsets into the whole document)."""
    return _parse_batch([(0, text)], offset)[0]


def parse_article(paragraphs: list[tuple[int, str]]) -> list[list[ParsedSentence]]:
    """Parse all paragraphs of an article at once, one list of sentences per paragraph,
    offsets absolute. The same result as `parse` on each paragraph, but the models see
    the article's sentences in full batches: several times faster than a call each."""
    return _parse_batch(paragraphs, 0)


def _parse_batch(paragraphs: list[tuple[int, str]], offset: int) -> list[list[ParsedSentence]]:
    m = _models()
    if not paragraphs:
        return []
    size = max(start + len(text) for start, text in paragraphs)
    chars = ["\n"] * size
    for start, text in paragraphs:
        chars[start : start + len(text)] = text
    doc = Doc("".join(chars))
    # sentences come from each paragraph alone: razdel never splits on a newline
    doc.tokens = [DocToken(start + a, start + b, word)
                  for start, text in paragraphs for a, b, word in _tokens(text)]
    doc.sents = [DocSent(start + a, start + b, text[a:b])
                 for start, text in paragraphs for a, b in sentences(text)]
    doc.envelop_sent_tokens()
    doc.tag_morph(m["morph"])
    doc.parse_syntax(m["syntax"])  # before NER normalization, or ORG names break
    spans = []
    for (start, text), markup in zip(paragraphs, m["ner"].map([t for _, t in paragraphs]),
                                     strict=True):
        dotted = [(x.start(), x.end()) for x in _DOTTED_NAME.finditer(text)]
        for sp in markup.spans:
            # a name the recogniser cut at a site's dot («Север» of «Север.Медиа») is the
            # whole site's name, as its token is
            # (and never a person's: «пишет Север.Медиа»)
            a, b, kind = sp.start, sp.stop, sp.type
            a, b, kind = next(((min(a, x), max(b, y), "ORG") for x, y in dotted
                               if x < b and a < y), (a, b, kind))
            if kind == "PER":
                a = _past_glued_place(text, a, b)
            spans.append(DocSpan(start + a, start + b, kind, doc.text[start + a : start + b]))
    doc.spans = spans
    doc.envelop_span_tokens()
    doc.envelop_sent_spans()
    sents = _sentences_of(doc, offset)
    return [[x for x in sents if offset + start <= x.start and x.end <= offset + start + len(text)]
            for start, text in paragraphs]


# a patronymic in any case («Петрович», «Ивановны», «Ильичом»): a middle name of three
_PATRONYMIC = re.compile(r"(?:[вм]ич|[вм]ич[ауе]|[вм]ичем|ьич|ьич[ауе]|ьичем|[вч]н[аыеуо]|"
                         r"[вч]ной)$")


def _past_glued_place(text: str, a: int, b: int) -> int:
    """The start of a person's span that the recogniser ran on from the country of a title
    before it («министр сельского хозяйства Кавелии Тодор Ракитич»: a place it does not know
    in the genitive, then a first name and surname): the name starts at its second word.
    Three words are a name with a patronymic in the middle; without one, and after a title
    word, a first word in «-ии» is the place the title belongs to."""
    words = list(re.finditer(r"\S+", text[a:b]))
    if len(words) != 3 or not re.fullmatch(r"[А-ЯЁ][а-яё]{2,}ии", words[0].group()) \
            or _PATRONYMIC.search(words[1].group()) \
            or not re.search(r"[а-яё]\s+$", text[max(0, a - 40) : a]):
        return a
    return a + words[1].start()


def _sentences_of(doc: Any, offset: int) -> list[ParsedSentence]:
    m = _models()
    for tok in doc.tokens:
        tok.lemmatize(m["morph_vocab"])
    spans = []
    for sp in doc.spans:
        try:
            sp.normalize(m["morph_vocab"])
        except Exception:  # natasha raises on odd spans; keep the surface form then
            sp.normal = sp.text
        normal = sp.normal or sp.text
        if sp.type == "PER" and sp.tokens:
            normal = _oblique_surname(normal, sp.tokens[-1].text,
                                      (sp.tokens[-1].feats or {}).get("Case", ""))
            last, words = sp.tokens[-1].text, normal.split()
            if (sp.tokens[-1].feats or {}).get("Case") == "Nom" and len(words) > 1 and \
                    last.lower() in {words[-1].lower() + end for end in _SURNAME_ENDS}:
                # «Лука Стоянов» normalised «Лука Стоян»: a first name of the feminine
                # declension made the surname lose its ending; in the nominative it is
                # its own normal form
                normal = " ".join([*words[:-1], last])
            if len(sp.tokens) == 2 and (agreed := agreeing_name(
                    sp.tokens[0].text, sp.tokens[1].text)) and fold(agreed) != fold(normal):
                # «Злату Беркутову» normalised «Злату Беркутова», «Злата Беркутова»
                # «Злата Беркутов»: the one reading where both words agree wins
                normal = agreed
        spans.append(NamedSpan(sp.start + offset, sp.stop + offset, sp.text, sp.type, normal))
    out = []
    for sent in doc.sents:
        toks = tuple(
            Token(
                id=t.id,
                start=t.start + offset,
                end=t.stop + offset,
                text=t.text,
                lemma=(t.lemma or t.text).lower(),
                pos=t.pos or "",
                feats=dict(t.feats or {}),
                head_id=t.head_id,
                rel=t.rel or "",
            )
            for t in sent.tokens
        )
        lo, hi = sent.start + offset, sent.stop + offset
        own = tuple(s for s in spans if s.start >= lo and s.end <= hi)
        out.append(ParsedSentence(lo, hi, sent.text, toks, own))
    return out


_SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын")


def _oblique_surname(normal: str, last: str, case: str) -> str:
    """A full name whose surname natasha left in an oblique case («Асель Куанышевой»: the
    first name read as a man's) gets the surname in the nominative, when pymorphy reads
    the word as a surname in that very case («Куанышевой» -> «Куанышева»)."""
    words = normal.split()
    want = _UD_CASE.get(case)
    if len(words) < 2 or words[-1] != last:
        return normal
    parses = [p for p in _morph_analyzer().parse(last.lower()) if "Surn" in p.tag.grammemes]
    if want == "nomn" or not want:
        # tagged nominative, yet no reading of the word is one: the tag is wrong
        if any(str(p.tag.case) == "nomn" for p in _morph_analyzer().parse(last.lower())):
            return normal
        want = str(parses[0].tag.case) if parses else ""
    pick = next((p for p in parses if str(p.tag.case) == want), None)
    form = pick.inflect({"nomn", "sing"}) if pick is not None else None
    if form is None or form.word == last.lower():
        return normal
    nom = form.word.replace("ё", "е") if "ё" not in last.lower() else form.word
    return " ".join([*words[:-1], nom[:1].upper() + nom[1:]])


@lru_cache(maxsize=50_000)
def agreeing_name(first: str, last: str) -> str | None:
    """The nominative of a first name and surname read so that both agree in gender and
    case, when exactly one reading does («Злату Беркутову» -> «Злата Беркутова», which
    natasha gives as «Злату Беркутова»; «Игоря Лебедянцева» -> «Игорь Лебедянцев»), else
    None (a name the dictionary does not know, or two readings)."""
    analyzer = _morph_analyzer()
    names = [p for p in analyzer.parse(first.lower()) if "Name" in p.tag.grammemes
             and p.tag.number != "plur"]
    surnames = [p for p in analyzer.parse(last.lower()) if "Surn" in p.tag.grammemes
                and p.tag.number != "plur"]
    out = set()
    for n in names:
        for sn in surnames:
            if n.tag.gender != sn.tag.gender or n.tag.case != sn.tag.case:
                continue
            form = sn.inflect({"nomn", "sing"})
            if form is None:
                continue
            out.add(f"{_title_case(n.normal_form)} {_title_case(form.word)}".replace("ё", "е"))
    return next(iter(out)) if len(out) == 1 else None


def _title_case(word: str) -> str:
    """A name's word with each hyphened part capitalised («анна-мария» -> «Анна-Мария»)."""
    return "-".join(part.capitalize() for part in word.split("-"))


def unnamed_dative(word: str) -> str | None:
    """The nominative of a word pymorphy reads first as a dative singular noun that is no
    person's name, place or organisation («Азаттыку» -> «Азаттык»), else None."""
    parses = _morph_analyzer().parse(word.lower())
    if not parses or not word[:1].isupper():
        return None
    p = parses[0]
    if p.tag.POS != "NOUN" or str(p.tag.case) != "datv" or str(p.tag.number) != "sing" or \
            {"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes:
        return None
    return str(p.normal_form)[:1].upper() + str(p.normal_form)[1:]


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The dictionary form of one word, lower-cased and ё-folded."""
    w = fold(word)
    if not re.search(r"[а-я]", w):
        return w
    parses = _morph_analyzer().parse(w)
    if not parses:
        return w
    best = parses[0]
    if _RARE_TWIN.search(best.normal_form):
        # «нашли», «пришли», «вышли» parse as «наслать», «прислать», «выслать» as likely
        # as «найти», «прийти», «выйти»: news means the commoner verb
        best = next((p for p in parses[1:] if p.score == best.score
                     and p.tag.POS == best.tag.POS and not _RARE_TWIN.search(p.normal_form)),
                    best)
    return str(best.normal_form).replace("ё", "е")


# verbs a past plural of a commoner verb is mistaken for: «нашли» (найти / наслать),
# «пропали» (пропасть / пропалить)
_RARE_TWIN = re.compile(r"(?:слать|палить)$")


@lru_cache(maxsize=200_000)
def inflections(word: str) -> tuple[str, str]:
    """(part of speech, grammatical case) of a word's likeliest parse, '' when unknown."""
    parses = _morph_analyzer().parse(word.lower())
    if not parses:
        return "", ""
    tag = parses[0].tag
    return str(tag.POS or ""), str(tag.case or "")


@lru_cache(maxsize=50_000)
def transitive(word: str) -> bool:
    """Whether a word's likeliest parse is a transitive verb in the active voice
    («задерживал», not «задержан» nor «пострадал»)."""
    parses = _morph_analyzer().parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "VERB" and "tran" in parses[0].tag.grammemes


_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})


@lru_cache(maxsize=50_000)
def is_common_noun(word: str) -> bool:
    """Whether a word's likeliest parse is a dictionary noun that names no place, person or
    body («Водитель», not «Верхневолжска», a place the dictionary does not know)."""
    parses = _morph_analyzer().parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].is_known and \
        not (_PROPER & parses[0].tag.grammemes)


@lru_cache(maxsize=50_000)
def animate(word: str) -> bool:
    """Whether a word's likeliest parse is an animate noun («мужа», «консула»)."""
    parses = _morph_analyzer().parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.animacy == "anim"


@lru_cache(maxsize=50_000)
def name_cases(word: str) -> frozenset[str]:
    """The cases a first name can have («Дениса»: genitive or accusative; «Роман» only
    the nominative, though a foreign woman's surname «Роман» would be any)."""
    parses = _morph_analyzer().parse(word.lower())
    for mark in ("Name", "Surn"):
        cases = frozenset(str(p.tag.case) for p in parses if mark in p.tag.grammemes
                          and p.tag.case and p.tag.number == "sing")
        if cases:
            return cases
    return frozenset()


@lru_cache(maxsize=50_000)
def dative_only(word: str) -> bool:
    """Whether every reading of a word is a dative one («Озёрному», «курьеру»), so it can
    be no subject."""
    parses = _morph_analyzer().parse(word.lower())
    return bool(parses) and all(str(p.tag.case) == "datv" for p in parses)


@lru_cache(maxsize=50_000)
def substantive(word: str) -> bool:
    """Whether a word's likeliest parse may stand as a noun («заключенными», «задержанного»:
    the dictionary marks such participles and adjectives Subx)."""
    parses = _morph_analyzer().parse(word.lower())
    return bool(parses) and "Subx" in parses[0].tag.grammemes


@lru_cache(maxsize=50_000)
def noun_cases(word: str) -> frozenset[str]:
    """The cases a word can have as a noun («ноты»: genitive singular, nominative or
    accusative plural)."""
    return frozenset(str(p.tag.case) for p in _morph_analyzer().parse(word.lower())
                     if p.tag.POS == "NOUN" and p.tag.case)


@lru_cache(maxsize=50_000)
def agreement(word: str) -> tuple[str, str]:
    """(number, gender) of a short participle's likeliest parse («объявлен»: 'sing',
    'masc'; «объявлены»: 'plur', ''), ('', '') for another word."""
    best = _morph_analyzer().parse(word.lower())[0].tag
    if best.POS != "PRTS":
        return "", ""
    return str(best.number or ""), str(best.gender or "")


@lru_cache(maxsize=50_000)
def short_participle_verb(word: str) -> str | None:
    """The verb a short form is the participle of, when it reads as one at all («закрыто»:
    «закрыть», tied with the adjective «закрытый»); None for another word."""
    return next((p.normal_form for p in _morph_analyzer().parse(word.lower())
                 if p.tag.POS == "PRTS"), None)


@lru_cache(maxsize=50_000)
def passive_agreement(word: str) -> tuple[str, str]:
    """`agreement`, and that of a reflexive verb in the past, which agrees with its thing
    as a short participle does («дело не возбуждалось»: 'sing', 'neut')."""
    tag = _morph_analyzer().parse(word.lower())[0].tag
    if tag.POS == "VERB" and tag.tense == "past" and word.lower().endswith(("ся", "сь")):
        return str(tag.number or ""), str(tag.gender or "")
    return agreement(word)


@lru_cache(maxsize=50_000)
def nominative_agrees(noun: str, number: str, gender: str) -> bool:
    """Whether a word can be a noun in the nominative of this number and gender: the
    subject of a short participle («режим ... объявлен», «жители ... предупреждены»)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == number
               and (number == "plur" or p.tag.gender == gender)
               for p in _morph_analyzer().parse(noun.lower()))


@lru_cache(maxsize=50_000)
def tenses(word: str) -> frozenset[str]:
    """The tenses a word can have ('past', 'pres', 'futr'): «признает» is both the
    present of «признавать» and the future of «признать» once ё is written as е."""
    return frozenset(str(p.tag.tense) for p in _morph_analyzer().parse(word.lower())
                     if p.tag.tense)


def imperfective_past(word: str) -> bool:
    """Whether a word's readings as a verb are all the imperfective past («подписывал»,
    «выезжала», «задерживали»: never done, as a denial; not «передал», a result not yet
    there)."""
    verbs = [p.tag for p in _morph_analyzer().parse(word.lower()) if p.tag.POS == "VERB"]
    return bool(verbs) and all(t.tense == "past" and t.aspect == "impf" for t in verbs)


def likely_future(word: str) -> bool:
    """Whether a word's likeliest reading is a verb in the future tense («получат»; not
    «встречу», likelier the noun than «I will meet»)."""
    best = _morph_analyzer().parse(word.lower())[0].tag
    return bool(best.POS == "VERB" and best.tense == "futr")


def only_future(word: str) -> bool:
    """Whether a word can only be a verb in the future tense («получат», not «признает»)."""
    return tenses(word) == frozenset({"futr"})


_WORD = re.compile(r"[\w-]+", re.UNICODE)


def lemmatize(text: str) -> str:
    """Space-joined lemmas of a text: what the search index and matching compare."""
    return " ".join(lemma(w) for w in _WORD.findall(text))


def normalize_name(phrase: str) -> str:
    """The nominative form of a name or title phrase («Пескова» -> «Песков»)."""
    parsed = parse(phrase)
    for s in parsed:
        for sp in s.spans:
            return sp.normal
    return phrase


def embedding() -> Any:
    """natasha's navec word vectors (used for sentence similarity)."""
    return _models()["emb"]


def _cased_parses(word: str) -> list[Any]:
    return [p for p in _morph_analyzer().parse(word) if p.tag.case]


def phrase_nominative(phrase: str) -> str:
    """A noun phrase put in the nominative at its head only: «Вестника Кавказа» ->
    «Вестник Кавказа», «Кавказского узла» -> «Кавказский узел», «Ведомостям» -> «Ведомости».

    The head is the first noun; adjectives before it agree with it; words after it
    (a genitive modifier) stay as written. A phrase not starting in Cyrillic is kept.
    """
    words = phrase.split()
    if not words or not re.match(r"[а-яё]", words[0], re.I):
        return phrase
    head = None
    for i, w in enumerate(words):
        if not re.fullmatch(r"[а-яё-]+", w, re.I):
            break
        parses = _cased_parses(w)
        if any(p.tag.POS == "NOUN" for p in parses[:2]) or not any(
            p.tag.POS in ("ADJF", "PRTF") for p in parses
        ):
            head = i
            break
    if head is None:
        return phrase
    # the case and number every word of the head phrase can share, in the head's order
    options = [(str(p.tag.case), str(p.tag.number)) for p in _cased_parses(words[head])
               if p.tag.POS == "NOUN"]
    for w in words[:head]:
        agree = {(str(p.tag.case), str(p.tag.number)) for p in _cased_parses(w)}
        options = [o for o in options if o in agree or (o[0], "None") in agree]
    if not options:
        return phrase
    case, number = options[0]
    out = list(words)
    head_parse = next(p for p in _cased_parses(words[head]) if p.tag.POS == "NOUN"
                      and (str(p.tag.case), str(p.tag.number)) == (case, number))
    gender = head_parse.tag.gender
    target = {"nomn", number} if number in ("sing", "plur") else {"nomn"}
    form = head_parse.inflect(target)
    if form is not None:
        out[head] = _same_case_shape(words[head], form.word)
    for i in range(head):
        p = next((p for p in _cased_parses(words[i]) if str(p.tag.case) == case), None)
        if p is None:
            continue
        t = set(target) | ({gender} if gender and number == "sing" else set())
        form = p.inflect(t)
        if form is not None:
            out[i] = _same_case_shape(words[i], form.word)
    return " ".join(out)


def _same_case_shape(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


# pymorphy grammemes of proper names: surname, first name, patronymic, place, organisation
_NAME_GRAMMEMES = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn"})


@lru_cache(maxsize=50_000)
def name_lemmas(word: str) -> tuple[str, ...]:
    """Normal forms of a word read as a proper name, lower-cased and ё-folded, likeliest
    first; () when no parse reads it as one («Пескова» -> ('песков',), not 'песок')."""
    w = fold(word)
    forms = (p.normal_form.replace("ё", "е") for p in _morph_analyzer().parse(w)
             if _NAME_GRAMMEMES & p.tag.grammemes)
    return tuple(dict.fromkeys(forms))


# natasha (Universal Dependencies) case names -> pymorphy grammemes
_UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
            "Loc": "loct", "Voc": "voct", "Par": "gen2"}


@lru_cache(maxsize=50_000)
def nominative_word(word: str, case: str = "", number: str = "", gender: str = "") -> str:
    """One word put in the nominative, keeping its number, the parse chosen by the UD
    case natasha tagged («главы», "Gen" -> «глава»); unchanged when pymorphy cannot."""
    if not re.fullmatch(r"[а-яё-]+", word, re.I):
        return word
    parses = _morph_analyzer().parse(word.lower())
    want = _UD_CASE.get(case)
    g = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(gender)
    # a noun of the gender tagged first: «главке» is «главк», not «главка»
    pick = next((p for p in parses if want and str(p.tag.case) == want and g and
                 p.tag.POS == "NOUN" and g in p.tag.grammemes), None) or next(
        (p for p in parses if want and str(p.tag.case) == want), parses[0] if parses else None)
    if pick is None:
        return word
    target = {"nomn"}
    num = "plur" if number == "Plur" else "sing" if number == "Sing" else str(pick.tag.number or "")
    if num in ("sing", "plur"):
        target.add(num)
    if gender and num == "sing" and pick.tag.POS in ("ADJF", "PRTF"):
        target.add({"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(gender, "masc"))
    form = pick.inflect(target)
    if form is None:
        return word
    out: str = form.word  # pymorphy3 is untyped: its Parse.word is a str
    if word.isupper() and len(word) > 1:
        return out.upper()
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


# Consonant alternations between a verb stem and its -ение noun: освободить ~ освобождение.
_NOUN_STEM_ENDINGS = (("жд", "д"), ("ж", "з"), ("ж", "д"), ("щ", "ст"), ("щ", "т"), ("ч", "т"),
                      ("ш", "с"), ("ш", "х"), ("вл", "в"), ("бл", "б"), ("мл", "м"),
                      ("пл", "п"), ("фл", "ф"), ("", ""))


def _known(word: str, pos: str) -> bool:
    m = _morph_analyzer()
    return bool(m.word_is_known(word)) and any(
        p.normal_form == word and p.tag.POS == pos for p in m.parse(word))


@lru_cache(maxsize=10_000)
def known_verb(word: str) -> bool:
    """Whether the dictionary knows a word as an infinitive («обработать»)."""
    return _known(word, "INFN")


@lru_cache(maxsize=50_000)
def plural_noun(word: str) -> bool:
    """Whether a word's likeliest reading as a noun is plural («дети», «сотрудников»; not
    «директор», «помощник»)."""
    return next((p.tag.number == "plur" for p in _morph_analyzer().parse(word.lower())
                 if p.tag.POS == "NOUN"), False)


@lru_cache(maxsize=50_000)
def plural_only_noun(word: str) -> bool:
    """Whether every reading of a word as a noun is plural («членов», «наблюдателей»; not
    «директора», which may be one director's genitive)."""
    nouns = [p for p in _morph_analyzer().parse(word.lower()) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.number == "plur" for p in nouns)


@lru_cache(maxsize=50_000)
def plural_genitive_noun(word: str) -> str | None:
    """The noun a word is when some reading of it is a noun in the genitive plural
    («сел» -> «село», though its first reading is the verb «сесть»); else None."""
    return next((str(p.normal_form) for p in _morph_analyzer().parse(word)
                 if p.tag.POS == "NOUN" and "gent" in p.tag and "plur" in p.tag), None)


@lru_cache(maxsize=50_000)
def action_lemmas(word_lemma: str) -> tuple[str, ...]:
    """The verb an action noun names and back, when the dictionary knows both
    («освобождение» <-> «освободить», «задержание» <-> «задержать», «эвакуация» ->
    «эвакуировать»); else ()."""
    out: list[str] = []
    if word_lemma.endswith("ация"):
        # «эвакуация» <-> «эвакуировать», «регистрация» <-> «регистрировать»,
        # «рекомендация» <-> «рекомендовать»
        return tuple(v for v in (word_lemma[:-4] + "ировать", word_lemma[:-4] + "овать")
                     if _known(v, "INFN"))
    if word_lemma.endswith(("ение", "ание", "яние")):
        stem, vowel = word_lemma[:-4], word_lemma[-4]
        verb_ends = ("ить", "еть") if vowel == "е" else ("ать",) if vowel == "а" else ("ять",)
        for noun_end, verb_end in _NOUN_STEM_ENDINGS:
            if stem.endswith(noun_end):
                base = stem[: len(stem) - len(noun_end)] + verb_end
                out += [base + e for e in verb_ends if _known(base + e, "INFN")]
    elif word_lemma.endswith(("ить", "еть", "ать", "ять")):
        stem, vowel = word_lemma[:-3], word_lemma[-3]
        noun_end = {"и": "ение", "е": "ение", "а": "ание", "я": "яние"}[vowel]
        for noun_stem, verb_stem in _NOUN_STEM_ENDINGS:
            if stem.endswith(verb_stem):
                base = stem[: len(stem) - len(verb_stem)] + noun_stem
                if _known(base + noun_end, "NOUN"):
                    out.append(base + noun_end)
    return tuple(dict.fromkeys(out))


def surname_reading(word: str) -> bool:
    """Whether the dictionary reads a word as a surname in some form («Иванова», «Гущин»)."""
    return any("Surn" in p.tag.grammemes for p in _morph_analyzer().parse(word.lower()))


def woman_named(first_name: str, surname: str) -> tuple[str, str] | None:
    """(first name, surname) in the nominative when the two words read together as a
    woman's name in one oblique case («Анастасии Весниной», «Анастасию Веснину»), the
    first name's likeliest reading deciding between a woman's and a man's; else None."""
    morph = _morph_analyzer()
    firsts = [p for p in morph.parse(first_name.lower()) if "Name" in p.tag]
    surns = [p for p in morph.parse(surname.lower()) if "Surn" in p.tag]
    for f in firsts:
        if f.tag.case == "nomn":
            return None  # the name is in the nominative already
        match = next((x for x in surns if x.tag.gender == f.tag.gender
                      and x.tag.case == f.tag.case and x.tag.number == f.tag.number), None)
        if match is None:
            continue
        if f.tag.gender != "femn":
            return None
        last = match.inflect({"nomn", "femn", "sing"})
        if last is None:
            return None
        return f.normal_form.capitalize(), last.word.capitalize()
    return None


def name_forms(first_name: str) -> set[tuple[str, str]]:
    """(gender, case) of every reading of a word as a first name: «Евгения» is both a
    woman's name in the nominative and a man's in the genitive."""
    parses = _morph_analyzer().parse(first_name.lower())
    return {(str(p.tag.gender), str(p.tag.case)) for p in parses
            if "Name" in p.tag and p.tag.gender in ("masc", "femn")}
