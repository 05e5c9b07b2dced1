"""One parsed sentence -> its speech cues, the one that owns it, and the via.

Reads natasha's dependency tree. The cues come from the readers in attr_cues.py (the
subject of a speech verb, the genitive of «по словам X», the body in «в МИД заявили», the
author in «приводит слова X»), plus the ones read here from the sentence's shape: a
headline's «Песков: ...», a trailing «– представитель Кремля», «Как писал "X",». This
module picks the cue that owns the sentence, a second speaker owning its second half
(«A, тогда как B»), the subject later pronouns may point back to, and the channels named.
Pronouns and role nouns are left as mentions for coreference (attr_coref.py) to resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factdb.extract import grammars as G
from factdb.extract.attr_coref import Resolution
from factdb.extract.attr_cues import Cue, according_cue, said_in_cue, speech_verb_cue
from factdb.extract.attr_english import EnglishReading, analyse_english, is_english
from factdb.extract.attr_mention import (
    Mention,
    Tree,
    clean_name,
    known_outlet,
    np_text,
    outlet_name,
    span_of,
    speaker_mention,
)
from factdb.extract.attr_quotes import QuoteRegion
from factdb.extract.nlp import ParsedSentence, Token, name_lemmas

# A cue under one of these is part of a relative or reported clause, not the main one.
EMBEDDING = frozenset({"acl", "acl:relcl", "ccomp", "csubj", "xcomp"})


@dataclass
class Split:
    """A second speaker owning the words from `at` to the end of the sentence."""

    at: int
    cue: Cue
    resolved: Resolution | None = None  # set during resolution
    # two speakers' clauses side by side («X говорил о A, Y сообщила РИА Новости, что B»): the
    # outlet the second told carried the second half only (a trailing «об этом сообщила
    # ТАСС» carries both)
    apart: bool = False


@dataclass
class SentenceReading:
    """What one sentence says about attribution."""

    cues: list[Cue] = field(default_factory=list)
    main: Cue | None = None
    via: list[str] = field(default_factory=list)
    trailing: Cue | None = None  # «– представитель Кремля»: an attribution with no verb
    subject: Mention | None = None  # the person the main clause is about (for «он» next)
    body: Mention | None = None  # the body the main clause is about («ведомство» next)
    group: Mention | None = None  # the group the main clause is about («по их словам» next)
    split: Split | None = None
    english: EnglishReading | None = None
    # «СК возбудил дело», «суд арестовал X»: the body whose procedural act the main clause
    # tells, the source when nothing else in or around the sentence names one
    actor: Cue | None = None


# Words that open a clause set against the one before: «..., тогда как Y называл B».
_CONTRAST_WORDS = r"тогда\s+как|в\s+то\s+время\s+как|однако|а|но"
# A sentence opening that carries on what was said before («Кроме того, ...»).
_GOES_ON = re.compile(r"\s*(?:Кроме\s+того|Помимо\s+этого|Помимо\s+того|Также|Вдобавок)\b")


def read_sentence(s: ParsedSentence, quotes: list[QuoteRegion]) -> SentenceReading:
    """Speech cues, their speakers (as mentions) and the via of one sentence."""
    if is_english(s.text):
        english = analyse_english(s.text, s.start)
        if english.speaker or english.pronoun or not _russian_tail(s.text):
            return SentenceReading(english=english)
        # «"Rare, but possible," — сказал он Би-би-си»: an English quotation a Russian
        # text attributes in Russian is read by the Russian rules
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
        cue = according_cue(tree, t) or said_in_cue(tree, t) or speech_verb_cue(tree, t, avoid)
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
    if _GOES_ON.match(s.text):
        for c in r.cues:
            c.goes_on = True
    _own_subject_pronoun(tree, r.cues)
    headline = _colon_speaker(tree, s)
    if headline is not None:
        r.cues.append(headline)
    posted = _posted_in_channel(s)
    if posted is not None:
        r.cues.append(posted)
        r.via += list(posted.via)
    _referenced_source(tree, r)
    r.via = list(dict.fromkeys(v for v in r.via if v))
    r.main = _choose_main(r.cues)
    outer = _outer_report(r.cues, r.main, s)
    if outer is not None:
        r.main = outer  # «X признал, что ..., сообщили в МВД»: the ministry reports it all
    relayed = _person_relayed(r.cues, r.main, s)
    if relayed is not None:
        # «По данным МИД, X назвал ...», «Как отмечал в сообщении МИД, X подчеркнул ...»:
        # the official speaks; the body that made his words public is the channel
        person, body = relayed
        r.main = person
        r.via = list(dict.fromkeys([*r.via, body]))
    r.split = _find_split(r.cues, r.main, s) or _elided_split(r.main, s, tree)
    if r.split is None and (lead := _speaker_before(r.cues, r.main, s)) is not None:
        r.main, r.split = lead
    if r.split is None:
        r.main, r.split = _frame_then_contrast(r.cues, r.main, s)
    r.subject = _subject_person(tree)
    r.body = _subject_body(tree)
    r.group = _subject_group(tree)
    r.actor = _official_actor(tree)
    if s.text.lstrip()[:1] in G.DASH:
        r.trailing = _dash_attribution(tree, s)
    if r.main is None and r.trailing is not None:
        r.main = r.trailing
    return r


# After a closing quote: «," — сказал он Би-би-си.», «", — добавил эксперт»
_RUSSIAN_TAIL = re.compile(r"[\"”»]\s*[,.!?…]*\s*[-–—]{1,2}\s*[а-яё]+[^\"”»]*$")


def _russian_tail(text: str) -> bool:
    """A quotation closed and attributed in Russian after a dash."""
    return bool(_RUSSIAN_TAIL.search(text.rstrip()))


def _referenced_source(tree: Tree, r: SentenceReading) -> None:
    """«Как передавал ТАСС со ссылкой на источник в полиции, ...», «госСМИ со ссылкой на
    источник сообщали, что ...»: the unnamed source speaks; the medium is the channel."""
    for x in tree.toks:
        if x.lemma != "ссылка" or not any(c.lemma == "с" for c in tree.children(x, "case")):
            continue
        verb = tree.head(x)
        if verb is None:
            continue
        refs = [y for y in tree.children(x, "nmod", "obl")
                if any(c.lemma == "на" for c in tree.children(y, "case"))]
        if not refs:
            # the parser may hang «на X» on the verb: the «на» right after «ссылкой» is it
            at = tree.toks.index(x)
            nxt = tree.toks[at + 1] if at + 1 < len(tree.toks) else None
            refs = [y for y in tree.children(verb, "obl", "nmod") if nxt is not None
                    and nxt.lemma == "на" and nxt in tree.children(y, "case")]
        src = next((y for y in refs if y.lemma in G.SOURCE_REMENTIONS), None)
        if src is None:
            # «ТАСС со ссылкой на транспортную прокуратуру сообщал»: a body (or a person)
            # told the medium; an outlet cited by an outlet stays a channel
            body = next((y for y in refs if y.lemma not in G.REFERENCE_NOT_SPEAKERS), None)
            who = speaker_mention(tree, body, nominative=False) if body is not None else None
            if body is None or who is None or who.kind not in ("name", "role") or who.outlets \
                    or known_outlet(who.text) or who.speaker_kind not in ("ORG", "GROUP", "PER"):
                continue
            said = outlet_name(np_text(tree, body, nominative=False), tree.s.spans,
                               body.start, body.end)
            r.via = [v for v in r.via if v != said]
        else:
            if src.feats.get("Number") == "Plur" or not tree.children(src, "nmod", "amod", "acl"):
                continue  # «со ссылкой на источники»: the medium's own unnamed sourcing
            who = speaker_mention(tree, src, nominative=False)
            if who is None:
                continue
        for k, c in enumerate(r.cues):
            if c.start != verb.start or c.mention is not None and c.mention.kind not in (
                    "name", "medium", "zero"):
                continue
            if c.mention is None or c.mention.kind == "zero":
                # «госСМИ со ссылкой на источник сообщали»: a medium the lexicon does not know
                subj = next(iter(tree.children(verb, "nsubj")), None)
                if subj is not None:
                    channel: tuple[str, ...] = (
                        clean_name(np_text(tree, subj, nominative=True)),)
                else:
                    # «Как сообщал ТАСС со ссылкой на губернатора»: the parser took the
                    # medium for the one told; a known outlet on the verb is the channel
                    channel = tuple(kn for y in tree.children(verb, "iobj", "obl", "obj")
                                    if (kn := known_outlet(clean_name(y.text))))
                    if not channel:
                        continue
            else:
                channel = c.mention.outlets or (clean_name(c.mention.text),)
            r.cues[k] = Cue(c.text, c.start, who, via=tuple(dict.fromkeys(c.via + channel)),
                            main=c.main, depth=c.depth, clause_start=c.clause_start,
                            frame=c.frame)
            r.via += list(channel)


def _own_subject_pronoun(tree: Tree, cues: list[Cue]) -> None:
    """«Того же мнения придерживается эксперт X: по его словам, ...»: a «по его словам»
    after the sentence's own subject person points back to that subject."""
    root = next((t for t in tree.toks if t.rel == "root"), None)
    subj = next(iter(tree.children(root, "nsubj")), None) if root is not None else None
    for c in cues:
        m = c.mention
        if m is None or m.kind != "pronoun" or not m.plural or not c.text.startswith("по ") \
                or subj is not None and subj.feats.get("Number") == "Plur":
            continue
        # «В мэрии говорят о пяти, но волонтеры считают иначе: по их словам, ...»: the
        # plural subject of the clause the «по их словам» follows (a noun in the nominative:
        # the parser may call it anything), whatever the root's
        late = next((x for x in reversed(tree.toks) if x.start < c.start and x.pos == "NOUN"
                     and x.feats.get("Case") == "Nom" and x.feats.get("Number") == "Plur"
                     and x.feats.get("Animacy") == "Anim"), None)
        theirs = speaker_mention(tree, late, nominative=True) if late is not None else None
        if theirs is not None and theirs.kind == "name" and theirs.speaker_kind == "GROUP":
            c.mention = theirs
    if subj is None:
        return
    for c in cues:
        m = c.mention
        if m is not None and m.kind == "pronoun" and m.plural and tree.text(
                m.start, m.start + 3) == "они":
            # «поговорил с тремя жителями, и все они описывают ...»: the people just named
            group = next((x for x in reversed(tree.toks) if x.start < m.start
                          and x.pos == "NOUN" and x.feats.get("Number") == "Plur"
                          and x.feats.get("Animacy") == "Anim"), None)
            own = speaker_mention(tree, group, nominative=False) if group is not None else None
            if own is not None and own.kind == "name" and own.speaker_kind == "GROUP":
                assert group is not None  # own was read from it
                counted = {x.id for k in tree.children(group) if k.rel.startswith("nummod")
                           for x in tree.subtree(k)}
                if counted:  # «с тремя жителями» -> «жители»
                    own.text = np_text(tree, group, nominative=False, drop=counted)
                c.mention = own
            continue
        if m is not None and m.kind == "pronoun" and m.plural and c.text.startswith("по ") \
                and c.start > subj.start:
            # «Родители говорят иначе: по их словам, ...»: the sentence's own group
            own_group = speaker_mention(tree, subj, nominative=True)
            if own_group is not None and own_group.kind == "name" \
                    and own_group.speaker_kind == "GROUP" and own_group.plural:
                c.mention = own_group
            continue
        # «..., цитирует его Kaktus.media», «передает его слова»: a relay naming him again
        relayed = c.text.lower().startswith(("цитир", "привод", "переда")) and m is not None \
            and m.start > c.start
        if m is None or m.kind != "pronoun" or m.plural or not (
                c.text.startswith("по ") or relayed) or c.start < subj.start:
            continue
        own = speaker_mention(tree, subj, nominative=True)
        if own is None or own.speaker_kind != "PER" or own.kind not in ("name", "role") \
                or own.plural or own.gender and m.gender and own.gender != m.gender:
            continue
        c.mention = own


# «В Telegram-канале губернатора X появился пост о том, что ...»: X wrote it there
_POSTED = re.compile(
    r"(?i)\bв\s+(?:своем\s+|официальном\s+)?(?P<p>telegram|телеграм|vk|вконтакте)[- ]?канал\w*"
    r"\s+(?P<who>[^,.;:«»\"]{3,80}?)\s+(?:появил(?:ся|ась|ось|ись)|опубликован\w*|вышл?[оаи]?)\s+"
    r"(?:пост|сообщение|запись|обращение|видеообращение|заявление)\w*")


def _posted_in_channel(s: ParsedSentence) -> Cue | None:
    """«В Telegram-канале губернатора X появился пост»: the channel's owner speaks there."""
    m = _POSTED.search(s.text)
    if m is None:
        return None
    a, b = s.start + m.start("who"), s.start + m.end("who")
    per = [sp for sp in s.spans if sp.type == "PER" and a <= sp.start and sp.end <= b]
    if len(per) != 1:
        return None
    platform = "Telegram" if m.group("p").lower() in ("telegram", "телеграм") else "VK"
    who = Mention("name", per[0].normal, "PER", start=per[0].start)
    return Cue(s.text[m.start(): m.end()], s.start + m.start(), who, via=(platform,), frame=True)


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
    words = clean_name(s.text[before[0].start - s.start : colon - s.start])
    span = span_of(tree, last, ("PER", "ORG"))
    if span is None or span.end < colon - 1:
        # the NER often misses a lone name in a headline: «Песков: ...», «МИД Азербайджана: ...»
        first = before[0]
        if span_of(tree, first, ("ORG",)) is not None or first.lemma in G.BODY_NOUNS:
            return Cue(":", colon, Mention("name", words, "ORG", start=first.start), frame=True)
        if all(t.text[:1].isupper() for t in before) and len(before) <= 3 and name_lemmas(
                last.text) and last.feats.get("Animacy") == "Anim":
            return Cue(":", colon, Mention("name", words, "PER", start=first.start), frame=True)
        return None
    head = next((t for t in before if span_of(tree, t, ("PER", "ORG")) is span), last)
    # the role noun in front owns the name: «Глава МИД Лавров»
    top = head
    for up in tree.ancestors(head):  # bounded: parser output may hold cycles
        if up not in before:
            break
        top = up
    # «Дело Горбунова: ...»: a name inside a phrase that does not speak is no speaker
    mention = speaker_mention(tree, top, nominative=True)
    if mention is None or mention.kind not in ("name", "role"):
        return None
    return Cue(":", colon, mention, frame=True)


def _subject_group(tree: Tree) -> Mention | None:
    """The people the main clause is about as a group («Родители с этим не согласны»)."""
    root = next((t for t in tree.toks if t.rel == "root"), None)
    subj = next(iter(tree.children(root, "nsubj")), None) if root is not None else None
    if subj is None or root is None or root.feats.get("Voice") == "Pass" \
            or subj.feats.get("Animacy") != "Anim":
        return None
    m = speaker_mention(tree, subj, nominative=True)
    if m is None or m.kind != "name" or m.speaker_kind != "GROUP" or not m.plural:
        return None
    counted = {x.id for k in tree.children(subj) if k.rel.startswith("nummod")
               for x in tree.subtree(k)}
    if counted:  # «обратились несколько родителей» -> «родители»
        m.text = np_text(tree, subj, nominative=False, drop=counted)
    return m


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
    m = speaker_mention(tree, subj, nominative=True)
    if m is not None and m.kind == "role":
        # «Кассир кассы на вокзале Валентина Сомова не сомневается ...»: the name
        # closing the role phrase, wherever the parser hung it inside the subject
        inner = [t for t in tree.subtree(subj) if t.pos == "PROPN" and any(
            sp.type == "PER" and sp.start <= t.start < sp.end for sp in tree.s.spans)]
        if inner:
            named = speaker_mention(tree, inner[0], nominative=True)
            m = named if named is not None and named.kind == "name" else m
    return m if m is not None and m.kind == "name" and m.speaker_kind == "PER" else None


def _subject_body(tree: Tree) -> Mention | None:
    """The named body that is the subject of the main clause («Следственное управление
    возбудило дело»), for a later «в ведомстве»."""
    root = next((t for t in tree.toks if t.rel == "root"), None)
    subj = next(iter(tree.children(root, "nsubj")), None) if root is not None else None
    if subj is None:
        return None
    m = speaker_mention(tree, subj, nominative=True)
    return m if m is not None and m.kind == "name" and m.speaker_kind == "ORG" \
        and not m.outlets else None


def _official_actor(tree: Tree) -> Cue | None:
    """«Следственное управление возбудило уголовное дело», «Следователи задержали X»: the
    investigating, police or judicial body that is the subject of the main verb's act."""
    root = next((t for t in tree.toks if t.rel == "root"), None)
    acts = G.OFFICIAL_ACT_LEMMAS | G.BODY_ACT_LEMMAS | G.ORDER_LEMMAS
    if root is None or root.lemma not in acts or root.pos != "VERB" \
            or root.feats.get("Voice") == "Pass" or any(
                c.lemma == "не" for c in tree.children(root)):
        return None
    subj = next(iter(tree.children(root, "nsubj")), None)
    if subj is None or subj.start > root.start:
        return None
    m = speaker_mention(tree, subj, nominative=True)
    # (a title alone, the official named before: «Также губернатор поручил ...»)
    if m is None or m.outlets or not (
            m.kind == "name" or m.kind == "role" and root.lemma in G.ORDER_LEMMAS):
        return None
    official = G.OFFICIAL_ACTORS.match(m.text.lower()) is not None
    public = G.PUBLIC_BODY.search(m.text) is not None
    if m.speaker_kind == "PER":
        # a named official's own order: a person with a title («губернатор Петр Ершов»)
        ok = root.lemma in G.ORDER_LEMMAS and bool(m.role)
    elif m.speaker_kind == "GROUP":
        ok = (official or public) and root.lemma in G.OFFICIAL_ACT_LEMMAS | G.BODY_ACT_LEMMAS
    else:
        # a public body, not a company: the body's lexicon or an agency's name
        ok = root.lemma in G.OFFICIAL_ACT_LEMMAS and official or \
            root.lemma in G.BODY_ACT_LEMMAS and public
    return Cue(root.text, root.start, m, main=True) if ok else None


def _choose_main(cues: list[Cue]) -> Cue | None:
    """The cue that owns the sentence: a speaker's, in the main clause, highest in the tree;
    a medium's only when no one else speaks («Как сообщали СМИ, ...»)."""
    def rank(c: Cue) -> tuple[int, ...]:
        m = c.mention
        speaks = m is not None and not m.outlets
        return (0 if speaks else 1 if m is not None else 2, c.gerund, 0 if c.main else 1,
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


# the words that make a body's cue a report of someone else's words
_BODY_FRAME = re.compile(r"(?i)^(?:по (?:данным|информации|сообщению|сведениям)|как\b|"
                         r"(?:говорится|сказано|указано|отмечается|сообщается) в)")


_AS_IN_DOC = re.compile(
    r"\s*[Кк]ак\s+[а-яё]+(?:\s+[а-яё]+)?\s+в\s+(?:[а-яё-]+\s+)?(?:сообщени|заявлени|релиз|"
    r"пресс-релиз|комментари|публикаци|ответ)[а-яё]*\s+(?P<x>[^,]{2,60}),")


def _person_relayed(cues: list[Cue], main: Cue | None, s: ParsedSentence
                    ) -> tuple[Cue, str] | None:
    """A named official's speech verb beside a body's framing cue («по данным ведомства»,
    «как сообщил МИД», «как сказано в сообщении МИД»): the official's cue, and the body."""
    frame: Cue | None = next((c for c in cues if c.mention is not None and c.mention.kind == "name"
                  and c.mention.speaker_kind == "ORG" and not c.mention.outlets
                  and _BODY_FRAME.match(s.text[c.clause_start - s.start:].lstrip()
                                        if c.text[:1].islower() and not c.text.startswith("по ")
                                        else c.text)), None)
    body = frame.mention.text if frame is not None and frame.mention is not None else None
    if frame is None:
        # «Как отмечал в пятничном сообщении МИД России, X подчеркнул»: the parser hangs the
        # body on the document noun and the verb gets no subject
        m = _AS_IN_DOC.match(s.text)
        org = next((sp for sp in s.spans if m is not None and sp.type == "ORG"
                    and s.start + m.start("x") <= sp.start < s.start + m.end("x")), None)
        if m is None or org is None:
            return None
        body = clean_name(m.group("x"))
    person = next((c for c in cues if c is not frame and c.main and c.mention is not None
                   and c.mention.speaker_kind == "PER" and not c.mention.plural
                   and (c.mention.kind == "name" or c.mention.kind == "role" and (
                       c.mention.head in G.LEADER_ROLES | G.SPOKES_ROLES | G.ROLE_DESCRIPTORS
                       or c.mention.head == "дипломат"))), None)
    if person is None or main is None or main not in (frame, person) or not body:
        return None
    return person, body


def _find_split(cues: list[Cue], main: Cue | None, s: ParsedSentence) -> Split | None:
    """«эксперты назвали A, тогда как российская сторона называла B»: two speakers."""
    if main is None or main.mention is None or main.mention.outlets:
        return None
    for c in cues:
        m = c.mention
        contrast = bool(re.match(rf"\s*(?:{_CONTRAST_WORDS})\b",
                                 s.text[c.clause_start - s.start:]))
        # «X считает, что водитель заснул: по словам Y, машина не тормозила»: after a colon
        # an «по словам» opens words of their own, however the parser hangs it
        colon = c.frame and c.text.lower().startswith("по ") and \
            s.text[: c.start - s.start].rstrip().endswith(":")
        if c is main or m is None or m.outlets or not (c.main or contrast or colon) or \
                c.start <= main.start:
            continue
        if m.text == main.mention.text and m.kind == main.mention.kind:
            continue
        # «По данным X, A, тогда как Y говорил о B»: the parser may hang A (or all of it)
        # on Y's verb; the contrast word before Y's clause is where Y's words begin
        lo = max(c.clause_start, main.start + len(main.text))
        inner = list(_CONTRAST.finditer(s.text[lo - s.start: c.start - s.start]))
        start = lo + inner[-1].start("w") if inner and main.text.lower().startswith("по ") \
            else c.clause_start
        if start <= main.start or m.kind in ("zero", "context"):
            continue
        before = s.text[: start - s.start].rstrip()
        if before.endswith((",", ";", "—", "–")) or colon or re.search(
                rf"\b(?:{_CONTRAST_WORDS})$", before):
            return Split(start, c)
    return None


_SUBORDINATE = re.compile(r"(?<![а-яё])(?:что|чтобы|как|будто|котор[а-яё]+|почему|зачем|"
                          r"когда|где|если|хотя|поскольку|потому)(?![а-яё])", re.I)


def _speaker_before(cues: list[Cue], main: Cue | None, s: ParsedSentence
                    ) -> tuple[Cue, Split] | None:
    """«Мэр X говорил о трех раненых, врач Y сообщила РИА Новости, что их пятеро»:
    two speakers' clauses joined by a comma; the first speaker owns the words up to the
    comma before the second one's subject, the second the rest."""
    if main is None or main.mention is None or main.mention.kind not in ("name", "role") or \
            main.mention.outlets:
        return None
    for c in cues:
        m = c.mention
        if c is main or m is None or m.kind not in ("name", "role") or m.outlets or \
                m.text == main.mention.text or not c.start < main.mention.start < main.start:
            continue
        if c.text.lower().startswith("по ") or re.match(
                r"\s*как\b", s.text[c.clause_start - s.start :], re.I):
            continue  # «Как сообщается на сайте МИД, X указал»: a frame of X's words
        # (the second clause opens at the last comma before its speaker's name: a role may
        # stand before the name, «министр культуры Y»)
        comma = s.text.rfind(",", c.start - s.start, main.mention.start - s.start)
        # (the first clause is no subordinate one: «На вопрос, почему ведомство сообщало
        # ..., в пресс-службе ответили»)
        opened = s.text.rfind(",", 0, c.start - s.start) + 1
        if comma < 0 or _SUBORDINATE.search(s.text[opened:comma]):
            continue
        at = comma + 1 + len(s.text[comma + 1 :]) - len(s.text[comma + 1 :].lstrip())
        return c, Split(s.start + at, main, apart=True)
    return None


def _frame_then_contrast(cues: list[Cue], main: Cue | None, s: ParsedSentence
                         ) -> tuple[Cue | None, Split | None]:
    """«по данным ТАСС, A, однако ее адвокат X утверждает, что B»: the frame owns A, the
    speaker after the contrast word owns the rest (the main cue went to the later verb)."""
    if main is None or main.mention is None or not main.main:
        return main, None
    frame = next((c for c in cues if c.start < main.start and c.text.lower().startswith("по ")
                  and c.mention is not None and c.mention.kind == "name"
                  and c.mention.text != main.mention.text), None)
    if frame is None:
        return main, None
    lo = frame.start + len(frame.text)
    inner = list(_CONTRAST.finditer(s.text[lo - s.start: main.start - s.start]))
    if not inner:
        return main, None
    at = lo + inner[-1].start("w")
    # the words after the contrast word up to the verb are its subject, not a new clause
    subject = s.text[at - s.start + len(inner[-1].group("w")) : main.start - s.start]
    if re.search(r"[,:;—–]", subject):
        return main, None
    return frame, Split(at, main)


_CONTRAST = re.compile(rf",\s*(?P<w>{_CONTRAST_WORDS})\s")


_ELIDED = re.compile(rf",\s*(?:{_CONTRAST_WORDS})\s+"
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
        text = np_text(tree, x, nominative=False)
        out.append(outlet_name(text, tree.s.spans, x.start, x.end))
        for c in tree.children(x, "conj"):
            text = np_text(tree, c, nominative=False)
            out.append(outlet_name(text, tree.s.spans, c.start, c.end))
    return out


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
        m = speaker_mention(tree, h, nominative=True)
        if m is not None:
            dash = next(t for t in tree.toks if t.text[:1] in G.DASH)
            return Cue(dash.text, dash.start, m)
    return None
