"""Speech constructions -> cues: a speech verb and its subject, «по словам X»,
«говорится в сообщении X», relay verbs («приводит слова X Y», «цитирует "X"»).

Each reader looks at one token of a parsed sentence and returns the `Cue` it heads, with
the speaker as a `Mention` (attr_mention.py) and the channels (via) it names, or None.
attr_sentence.py runs them over a sentence and decides which cue owns it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdb.extract import grammars as G
from factdb.extract.attr_mention import (
    QUOTE_MARKS,
    Mention,
    Tree,
    clean_name,
    is_named,
    is_quoted,
    known_outlet,
    nominative_name,
    np_text,
    np_tokens,
    outlet_name,
    outlets_named,
    span_of,
    speaker_mention,
)
from factdb.extract.nlp import Token, dative_only, lemma, nominative_word, unnamed_dative


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
    goes_on: bool = False  # the sentence opens «Кроме того, ...»: the one heard last goes on
    gerund: bool = False  # «..., добавив, что»: second to a finite verb of the sentence


# «как следует из», «как явствует из», right before the «из» of the document
# («..., следует из сообщения МЧС»: the same after the words, set off by a comma)
_FOLLOWS_FROM = re.compile(
    r"(?i)(?:(?<![а-яё])как|,)\s+(?:это\s+)?(?:следует|явствует|вытекает)\s+$")


# a clause of time opening right before the verb (and its subject): «как только дети ...»
# («пока» is left out: «как пока сообщают в МЧС» is «so far»)
_WHEN_CLAUSE = re.compile(
    r"(?i)(?<![а-яё])(?:как\s+только|когда|едва|после\s+того\s+как|до\s+того\s+как)"
    r"\s+(?:[а-яё-]+\s+){0,3}$")


def according_cue(tree: Tree, t: Token) -> Cue | None:
    """«по словам X», «по его словам», «по мнению экспертов», «по данным ТАСС»."""
    agreed = _according_to_document(tree, t)
    if agreed is not None:
        return agreed
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
            nm = speaker_mention(tree, d, nominative=False)
            # «по мнению ряда экспертов»: the speaker one step further down
            for inner in tree.children(d, "nmod") if nm is None else []:
                nm = nm or speaker_mention(tree, inner, nominative=False)
            if nm is None:
                continue
            if nm.outlets:
                return Cue(cue_text, by.start, nm, via=nm.outlets)
            if nm.told:
                return Cue(cue_text, by.start, nm, via=nm.told)  # «по словам источника "Ъ"»
            if nm.kind == "name" and nm.speaker_kind == "ORG" and is_quoted(tree, d) and \
                    t.lemma in ("данные", "информация", "сведение"):
                # «по данным «Агентства»», «по информации «Уралинформбюро»»: a named source of
                # information speaks and is the channel
                return Cue(cue_text, by.start, nm, via=(outlet_name(nm.text),))
            return Cue(cue_text, by.start, nm)
    official = next((a for a in tree.children(t, "amod") if a.lemma == "официальный"), None)
    if official is not None and t.lemma in ("данные", "информация", "сведение"):
        # «по официальным данным, погибших нет»: the authorities' figures, whoever gave them
        return Cue(f"{by.text.lower()} {official.text.lower()} {t.text}", by.start,
                   Mention("name", "официальные данные", "GROUP", plural=True, start=t.start))
    return None


def _according_to_document(tree: Tree, t: Token) -> Cue | None:
    """«Согласно заключению экспертизы», «согласно данным Росстата», «согласно результатам
    вскрытия»: the document's author (a body, or the examination itself) speaks."""
    by = next((c for c in tree.children(t, "case") if c.lemma == "согласно"), None)
    if by is not None and t.lemma in ("документ", "постановление", "распоряжение", "приказ",
                                      "указ", "решение") and not tree.children(t, "nmod"):
        # «Постановление правительство приняло в среду. Согласно документу, ...»: the body
        # that issued the document just told of
        return Cue(f"согласно {t.text}", by.start, Mention("document", t.lemma, "ORG",
                                                           start=t.start), frame=True)
    word = "согласно"
    if by is None and t.lemma in G.DOCUMENT_SOURCE_NOUNS | G.FOLLOWS_FROM_NOUNS:
        # «Как следует из решения суда, ...», «как следует из отчета комиссии»: the same
        # as «согласно»; the document's author speaks
        frm = next((c for c in tree.children(t, "case") if c.lemma == "из"), None)
        follows = _FOLLOWS_FROM.search(tree.s.text[: frm.start - tree.s.start]) \
            if frm is not None else None
        if frm is not None and follows is not None:
            by, word = frm, "как следует из" if follows.group(0).startswith(("к", "К")) \
                else "следует из"
    if by is None or t.lemma not in G.DOCUMENT_SOURCE_NOUNS | G.FOLLOWS_FROM_NOUNS:
        return None
    owners = [d for d in tree.children(t, "nmod") if d.start > t.start]
    for d in owners:
        inner = [x for x in tree.children(d, "nmod") if x.start > d.start]
        # «согласно выводам отчета комиссии»: the author one step further down, if any
        for o in (inner + [d]) if d.lemma in G.DOCUMENT_SOURCE_NOUNS else [d]:
            m = speaker_mention(tree, o, nominative=False)
            if m is not None and m.kind in ("name", "role"):
                return Cue(f"{word} {t.text}", by.start, m, via=m.outlets, frame=True)
            if m is None and o.pos == "NOUN" and o.feats.get("Animacy") != "Anim" \
                    and t.lemma in G.DOCUMENT_SOURCE_NOUNS:
                # «заключение экспертизы», «результаты вскрытия»: the examination speaks
                return Cue(f"{word} {t.text}", by.start,
                           Mention("name", np_text(tree, o, nominative=False), "ORG",
                                   start=o.start), frame=True)
    return None


def said_in_cue(tree: Tree, t: Token) -> Cue | None:
    """«говорится в сообщении X», «на сайте X», «указывается в заявлении»."""
    passive = t.feats.get("Variant") == "Short" and t.feats.get("Voice") == "Pass" and t.lemma in (
        "сказать", "указать", "отметить", "подчеркнуть", "заявить", "говорить")  # «сказано в»
    # «в сообщении СК фигурирует другая сумма», «в справке значится»: what a document
    # holds is its author's word
    if t.lemma not in ("говориться", "сообщаться", "указываться", "отмечаться",
                       "утверждаться", "подчеркиваться", "заявляться", "фигурировать",
                       "значиться", "упоминаться", "приводиться") and not passive:
        return None
    if any(c.lemma == "не" for c in tree.children(t)):
        return None
    doc = next((c for c in tree.children(t, "obl") if c.lemma in G.DOC_NOUNS
                and any(k.lemma in ("в", "на") for k in tree.children(c, "case"))), None)
    if doc is None:
        it = next((c for c in tree.children(t, "obl") if c.lemma in ("он", "она", "оно")
                   and c.feats.get("Number") != "Plur"
                   and any(k.lemma == "в" for k in tree.children(c, "case"))), None)
        if it is not None:
            # «X распространила заявление. «...», — говорится в нем»: the statement just told
            # of, whose author is the body that issued it
            return Cue(f"{t.text} в {it.text}", t.start,
                       Mention("document", "заявление", "ORG", start=it.start))
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
        page = np_text(tree, doc, nominative=False)
        m = speaker_mention(tree, owner, nominative=False) if owner is not None else None
        if m is not None and m.outlets:
            return Cue(cue_text, t.start, None, via=m.outlets)
        if m is not None and m.kind == "name" and owner is not None and is_named(tree, owner):
            return Cue(cue_text, t.start, m, via=(page,))  # «на сайте МИД Азербайджана»
        # «на сайте ведомства»: whoever was just quoted, else the body itself
        ctx = Mention("context", m.text if m is not None and m.kind == "name" else "",
                      m.speaker_kind if m is not None and m.kind == "name" else None, start=t.start)
        return Cue(cue_text, t.start, ctx, via=(page,))
    if owner is not None:
        m = speaker_mention(tree, owner, nominative=False)
        if m is None and is_quoted(tree, owner):
            name = outlet_name(np_text(tree, owner, nominative=False), tree.s.spans,
                               owner.start, owner.end)
            return Cue(cue_text, t.start, None, via=(name,))
        if m is not None and (m.outlets or is_quoted(tree, owner)):
            via = m.outlets or (outlet_name(m.text),)
            return Cue(cue_text, t.start, None, via=via)
        if m is not None:
            # «в сообщении пресс-службы X»: a press service is a channel, as with its verbs
            press = (m.text[:1].lower() + m.text[1:],) if owner.lemma in (
                "пресс-служба", "пресс-центр") else ()
            # «в посте координатора X»: a post is made on a channel; the one named before
            channel = doc.lemma == "пост" or doc.lemma in ("публикация", "запись") and any(
                x.lemma in ("канал", "телеграм-канал", "telegram-канал") and not outlets_named(
                    tree, x) for x in tree.subtree(owner))
            return Cue(cue_text, t.start, m, via=press, medium_via=channel)
        if owner.pos in ("NOUN", "PROPN") and owner.feats.get("Animacy") != "Anim":
            # «в сообщении кабмина»: a body the lexicon does not know
            return Cue(cue_text, t.start, Mention("name", np_text(tree, owner, nominative=False),
                                                  "ORG", start=owner.start))
    return Cue(cue_text, t.start, Mention("context", "", start=t.start))


def speech_verb_cue(
    tree: Tree, t: Token, avoid: list[tuple[int, int]] | None = None
) -> Cue | None:
    """A speech verb and its subject: «Песков заявил», «заявил пресс-секретарь ...»."""
    lem = t.lemma
    gerund_of: Token | None = None
    if lem == "сделать":
        if not any(o.lemma in ("заявление", "вывод") for o in tree.children(t, "obj")):
            return None
    elif lem in G.MANNER_SPEECH_LEMMAS:
        # «— ..., — возмущается отец»: a verb of feeling names the speaker only right
        # after the words and a dash
        if not re.search(r"[,.!?…»\"”]\s*[—–-]\s*$", tree.s.text[: t.start - tree.s.start]):
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
    elif f.get("VerbForm") == "Inf" and t.rel == "xcomp" and (
            (ph := tree.head(t)) is not None and ph.lemma in G.PHASAL_LEMMAS
            and ph.pos == "VERB" and ph.feats.get("VerbForm") == "Fin"
            and not any(c.lemma == "не" for c in tree.children(ph))):
        # «МИД продолжает говорить о ...», «стал утверждать, что»: the phasal verb's
        # subject says it; read the verb as the phasal one
        t, f = ph, ph.feats
    elif f.get("VerbForm") == "Conv" and tree.children(t, "ccomp") and (
            (gh := tree.head(t)) is not None and gh.pos == "VERB"
            and gh.feats.get("VerbForm") == "Fin" and tree.children(gh, "nsubj")):
        # «отказался от комментариев, сообщив лишь, что ...», «..., добавив, что»: the
        # gerund's words are said by the subject of the verb it hangs on
        gerund_of = gh
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
    if lem in G.REPEAT_LEMMAS and not tree.children(t, "ccomp") and any(
            o.lemma not in G.REPEATED_WORDS for o in tree.children(t, "obj")):
        return None  # «повторил попытку»: an act done again, not words
    if not tree.children(t, "ccomp") and _WHEN_CLAUSE.search(
            tree.s.text[max(0, t.start - tree.s.start - 60): t.start - tree.s.start]):
        # «вызвала скорую, как только дети пожаловались на самочувствие»: a clause of time
        # with no words reported tells when, not what anyone said
        return None
    if lem in ("написать", "писать") and not tree.children(t, "ccomp") and any(
            o.lemma in G.FILED_PAPERS for o in tree.children(t, "obj")):
        return None  # «написал заявление об отставке», «написала жалобу»: a paper filed
    if lem in ("признать", "признавать") and not tree.children(t, "ccomp") \
            and any(o.lemma == "вина" for o in tree.children(t, "obj")):
        return None  # «признал вину»: a plea, an act told of by whoever reports it
    if lem in ("ответить", "отвечать") and any(
            any(k.lemma == "за" for k in tree.children(c, "case"))
            for c in tree.children(t, "obl")):
        return None  # «отвечал за безопасность»: was responsible for, not replied
    needs = G.NEEDS_OBJECT.get(lem)
    told_that = lem == "передать" and bool(tree.children(t, "ccomp"))  # «передал, что ...»
    if lem in ("ограничиться", "ограничиваться"):
        # «ограничился тем, что суды независимы»: a clause with a subject of its own is
        # what he said («ограничился тем, что уволил директора» is an act)
        told_that = any(
            o.lemma == "тот" and any(
                any(k.lemma == "что" for k in tree.children(cl, "mark"))
                and tree.children(cl, "nsubj", "nsubj:pass")
                for cl in tree.children(o, "acl", "ccomp", "advcl", "acl:relcl"))
            for o in tree.children(t, "obl", "obj"))
    # the object the parser may have hung on another verb: the noun right after this one
    next_noun = next((x for x in tree.toks[tree.toks.index(t) + 1: tree.toks.index(t) + 4]
                      if x.pos == "NOUN"), None)
    if needs and not told_that and not any(
            o.lemma in needs for o in [*tree.children(t, "obj", "nsubj", "obl"), *(
                [next_noun] if next_noun is not None and next_noun.feats.get("Case") == "Acc"
                else [])]):
        return None
    if lem in ("рассчитывать", "надеяться", "думать", "предполагать", "допускать") and not any(
        c.rel == "ccomp" for c in tree.children(t)
    ):
        return None  # «рассчитывает на помощь»: not a view reported
    if lem in ("ожидать", "прогнозировать", "опасаться") and not tree.children(t, "ccomp", "obj"):
        return None
    if lem in ("грозить", "пригрозить") and any(
            c.feats.get("Animacy") == "Inan" and span_of(tree, c, ("ORG", "LOC")) is None
            and c.lemma not in G.BODY_NOUNS for c in tree.children(t, "nsubj")):
        return None  # «остальным грозит штраф»: a penalty awaits, no one threatens
    if lem in ("попросить", "просить") and not tree.children(t, "xcomp", "ccomp"):
        return None  # «попросил убежища»: a request for a thing; «попросил не ...» is words
    # «Источник ... сообщил «Сквозняку»»: a dative «subject» is who was told, never who spoke
    subjects = [x for x in tree.children(gerund_of or t, "nsubj", "nsubj:pass")
                if x.feats.get("Case") != "Dat"]
    # «Как рассказал "Ъ" источник»: two subjects, the dative one is who was told
    subj = next((x for x in subjects if x.feats.get("Case") == "Nom"), None) or next(
        iter(subjects), None)
    noms = [x for x in subjects if x.feats.get("Case") == "Nom" and x.start < t.start]
    if len(noms) > 1 and noms[-1].feats.get("Animacy") == "Anim" \
            and noms[0].feats.get("Animacy") != "Anim" \
            and "," in tree.text(noms[0].end, noms[-1].start):
        # «Как отмечал в заявлении Минтранс, министр X подчеркнул»: the parser gave the verb
        # the body of the «как» clause too; the person right before the verb is its subject
        subj = noms[-1]
    later = [x for x in subjects if x.feats.get("Case") == "Nom" and x.start > t.start]
    told_before: tuple[str, ...] = ()
    if subj is not None and subj.start < t.start and later and _speaker_like(tree, later[0]) \
            and not any(c.start > t.start for c in tree.children(t, "ccomp")) \
            and not _WORDS_FOLLOW.search(tree.s.text[t.end - tree.s.start:]) and (
                _after_comma(tree, t) or known_outlet(clean_name(subj.text)) is not None):
        # «Трое из них — жители области, рассказали журналистам родственники рыбаков»,
        # «X, задержанный в среду, находится в изоляторе, сообщил изданию источник»: the
        # words end at the comma; the person after the verb says them, not a word of the
        # words the parser gave the verb too («Об этом "Ъ" рассказал X»: the outlet told)
        told_outlet = known_outlet(clean_name(subj.text))
        told_before = (told_outlet,) if told_outlet is not None else ()
        subj = later[0]
    named = [x for x in noms if span_of(tree, x, ("PER",)) is not None or any(
        span_of(tree, c, ("PER",)) is not None
        for c in tree.children(x, "appos", "flat", "flat:name"))]
    if len(noms) > 1 and len(named) == 1:
        # «Эксперт по праву, адвокат Олег Сидоренко, считает»: the parser split one subject
        # in two; the part that carries the name is the speaker
        subj = named[0]
    if subj is not None and subj.start < t.start:
        # «Мэр X говорил о ..., врач Y сообщила РИА Новости, что ...»: the parser hung
        # the second speaker on the first as an apposition; a verb of the first standing
        # between them says the apposition is the subject of this verb
        # (or gave this verb both subjects)
        first = subj
        # (the second clause opening right after a comma: «..., министр Y рассказала»)
        subj = next((c for c in tree.children(first, "appos") + noms
                     if first.start < c.start < t.start and c.pos in ("NOUN", "PROPN")
                     and tree.s.text[: c.start - tree.s.start].rstrip().endswith(",") and any(
                         v is not t and v.pos == "VERB" and v.feats.get("VerbForm") == "Fin"
                         and first.end <= v.start < c.start for v in tree.toks)), first)
    if subj is not None and avoid and any(a <= subj.start < b for a, b in avoid):
        # «Как писал "X", министр Y напомнил»: the parser took X for the subject
        end = max(b for a, b in avoid if a <= subj.start < b)
        subj = next((x for x in tree.toks
                     if end <= x.start < t.start and x.pos in ("NOUN", "PROPN")
                     and x.feats.get("Case") == "Nom"
                     and x.rel not in ("nmod", "flat:name", "flat")), None)
    if subj is None and t.rel == "conj":
        # «X высказал признательность ... и назвал ...»: coordinated verbs share the subject,
        # whether or not the first one is a speech verb
        h = tree.head(t)
        if h is not None and h.pos == "VERB" and not _agree(h, t):
            # «X высказал признательность за то, что Y контролирует ..., и назвал ...»: the
            # parser hung the verb on the subordinate one; tense and gender say it goes
            # with the main verb
            h = next((r for r in tree.toks if r.rel == "root" and r.pos == "VERB"
                      and r.start < t.start and _agree(r, t)), None)
        # (a short adjective is a predicate too: «X с этим не согласна и уверяет, что ...»)
        if h is not None and (h.lemma in G.SPEECH_LEMMAS or h.pos == "VERB" or (
                h.feats.get("Variant") == "Short" and _agree(h, t))):
            subj = next(iter(tree.children(h, "nsubj")), None)
    if subj is None and not subjects and re.search(
            r",\s*о\s+ч[её]м\s*$", tree.s.text[: t.start - tree.s.start]):
        # «Пилот принял удар за столкновение с птицами, о чем доложил диспетчеру»: the
        # relative clause says what the main clause's subject did next
        root = next((r for r in tree.toks if r.rel == "root" and r.pos == "VERB"), None)
        if root is not None and root is not t and _agree(root, t):
            subj = next(iter(tree.children(root, "nsubj")), None)
    if subj is None and not subjects and lem not in G.RELAY_LEMMAS:
        # «сообщил агентству "X" источник»: the parser called the subject after the verb an
        # object, though it stands in the nominative
        subj = next((c for c in tree.children(t, "obj", "iobj") if c.start > t.start
                     and c.feats.get("Case") == "Nom" and c.pos in ("NOUN", "PROPN")
                     and (c.feats.get("Animacy") == "Anim" or c.lemma in G.ANONYMOUS_ROLES)),
                    None)
    if subj is None and not subjects:
        subj = _stray_subject(tree, t, passive=True) or _abbreviation_before(tree, t) or \
            _as_clause_subject(tree, t)
    if subj is None and not subjects:
        subj = _name_after_quote(tree, t)
    if subj is None and not subjects:
        subj = _phrase_before(tree, t) or _subject_after(tree, t)
    relay = lem in G.RELAY_LEMMAS
    told_first: tuple[str, ...] = told_before
    if subj is not None and subj.start > t.start and not relay:
        # «— сказал Би-би-си Джеймс Хэдли», «рассказал ТАСС глава ...»: the parser took the
        # outlet told (dative, same form) for the subject and the speaker for its apposition
        told_to = known_outlet(clean_name(subj.text))
        person = next((c for c in tree.children(subj, "appos", "flat", "flat:name", "nsubj")
                       if c.start > subj.start and (span_of(tree, c, ("PER",)) is not None
                                                    or c.feats.get("Animacy") == "Anim")), None)
        if person is None and told_to is not None:
            # «— сообщила накануне «Ъ» Анна Котова»: the parser gave the verb both as subjects
            person = next((x for x in subjects if x.start > subj.start and (
                span_of(tree, x, ("PER",)) is not None or x.feats.get("Animacy") == "Anim")),
                None)
        # (the parser may split the quoted name: «Озёрному» its head, «курьеру» another
        # object, the closing mark on the first)
        opened = tree.s.text[: subj.start - tree.s.start].rstrip()[-1:] in ("«", '"', "“", "„")
        earlier = _stray_subject(tree, t, passive=True) or _phrase_before(tree, t) \
            if told_to is None and opened else None
        if told_to is not None and person is not None:
            subj, told_first = person, (told_to,)
        elif earlier is not None and any(dative_only(x.text) for x in np_tokens(tree, subj)):
            # «Мэр X, приехавшая на место прорыва, рассказала «Озёрному курьеру»»: a
            # quoted name in the dative after the verb is the outlet told; the parser hung
            # the subject before the verb on a verb of the words (the outlet told is read
            # as the verb's object, as always)
            subj = earlier
        elif told_to is None:
            # «— сказала Euronews аналитик центра Анна Ким»: a Latin-script name right after
            # the verb and followed by a lowercase role word is the medium told (an
            # indeclinable dative); the speaker is the person named after the role
            after = tree.s.text[t.end - tree.s.start:]
            m = _LATIN_TOLD.match(after)
            if m and subj.start < t.end + m.end(1):
                person = next((x for x in tree.toks if x.start >= t.end + m.end()
                               and x.pos == "PROPN" and x.feats.get("Case") == "Nom"
                               and span_of(tree, x, ("PER",)) is not None), None)
                if person is not None:
                    subj, told_first = person, (m.group(1),)
    if subj is None and relay:
        # «цитирует Интерфакс председателя ...»: the parser may call the medium an object
        subj = next((c for c in tree.children(t, "iobj", "obj", "obl")
                     if c.feats.get("Case") == "Nom" and c.pos in ("PROPN", "NOUN")), None)
    media_verb = lem in G.MEDIA_VERB_LEMMAS or lem in ("передать", "передавать")
    mention: Mention | None = None
    via: tuple[str, ...] = ()
    if subj is not None and not relay and f.get("Number") == "Plur" and f.get("Person") != "1" \
            and (subj.feats.get("Number") != "Plur" or _outlet_in_two_words(tree, subj)) \
            and not tree.children(subj, "conj") and (
                known_outlet(clean_name(subj.text)) or is_quoted(tree, subj)
                or re.fullmatch(r"[A-Za-z][\w&-]*", subj.text)
                or _outlet_in_two_words(tree, subj)) and (
                _body_place(tree, t) is not None or _place_after(tree, t)[0] is not None):
        # «В пресс-службе губернатора "Ъ" сообщили»: one outlet is no subject of a plural
        # verb; it is who was told, and the place says who spoke (a Latin-script name,
        # «уточнили Newsru.com», is indeclinable and no subject either)
        h = tree.head(subj)
        first = h if h is not None and _outlet_in_two_words(tree, subj) else subj
        told_first += (outlet_name(tree.text(first.start, subj.end) if first is not subj
                                   else np_text(tree, subj, nominative=False), tree.s.spans,
                                   first.start, subj.end),)
        subj = None
    if subj is not None:
        mention = speaker_mention(tree, subj, nominative=True, verb=t)
        medium_like = is_quoted(tree, subj) or bool(
            re.fullmatch(r"[A-Za-z][\w.&-]*(?:\s+[A-Za-z][\w.&-]*)*",
                         mention.text if mention else ""))
        if mention is not None and mention.kind == "name" and not mention.outlets and (
                relay or media_verb and f.get("Tense") == "Pres" and medium_like):
            # «сообщает Report.az», «пишет "Фонтанка"»: a medium in its own voice
            mention.outlets = (outlet_name(mention.text, tree.s.spans, subj.start, subj.end),)
            mention.text = mention.outlets[0]
    elif f.get("Number") == "Plur" and f.get("Person") != "1":
        # «в МИД заявили», «в Кремле сообщили»: the body where it was said
        place = _body_place(tree, t)
        told: tuple[str, ...] = ()
        drop: set[str] = set()
        if place is None:
            place, told = _place_after(tree, t)
        if place is None:
            place, told, drop = _place_before(tree, t)
        if place is not None:
            # («В управлении СК “Ъ” пояснили»: the outlet may hang on the body's genitive)
            deeper = [g for c in tree.children(place, "nmod", "appos") if c.start > place.start
                      for g in tree.children(c, "nmod", "appos") if g.start > c.start]
            for c in tree.children(place, "nmod", "appos") + deeper:
                sub = tree.subtree(c)
                outlet = known_outlet(clean_name(tree.text(min(x.start for x in sub),
                                                           max(x.end for x in sub)))) \
                    if c.start > place.start else None
                if outlet is not None:
                    # «В МЧС ТАСС сообщили»: the parser hung the outlet told on the body
                    drop |= {x.id for x in sub}
                    told += (outlet,)
            mention = Mention("name", np_text(tree, place, nominative=False, drop=drop), "ORG",
                              plural=False, start=place.start)
            via += told
        elif any(c.lemma == "там" for c in tree.children(t, "advmod")):
            # «— добавили там»: the body just heard from, named again by «там»
            mention = Mention("context", "", "ORG", start=t.start)
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
            (clean_name(mention.text),) if mention is not None and mention.kind == "name" else ())
        media_after = _outlets_after(tree, t)
        author = _relay_author(tree, t)
        one_of = author is None and (author := _one_of_author(tree, t)) is not None
        named_medium = mention is not None and bool(mention.outlets) and (
            subj is None or is_quoted(tree, subj) or known_outlet(clean_name(mention.outlets[0]))
            or bool(re.match(r"[A-Za-z]", mention.outlets[0])))
        if media_after and not named_medium and not one_of:
            # «цитирует «Интерфакс» пресс-службу суда»: the parser swapped channel and author
            via = media_after
            if (author is None or author.outlets) and subj is not None:
                author = speaker_mention(tree, subj, nominative=False)
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
    if subj is not None and mention is not None and mention.kind == "name" \
            and mention.speaker_kind == "PER" and subj.lemma in G.NEWSROOM_NOUNS \
            and not mention.told:
        # «передает корреспондент НТВ Иван Петров»: the reporter speaks, his outlet relays
        mention.told = outlets_named(tree, subj)
    if media_verb and mention is not None and not mention.outlets and not mention.told and \
            lem in ("передать", "передавать") and not told_that:
        return None  # «передал документы»: not speech
    if mention is not None and mention.outlets:
        via = mention.outlets
    elif subj is not None and subj.lemma in ("пресс-служба", "пресс-центр") and mention is not None:
        via = (mention.text[:1].lower() + mention.text[1:],)  # a press service is a channel
    via += told_first + _told_outlet(tree, t)
    if mention is not None:
        via += tuple(v for v in mention.told if v not in via)
    # «один из жителей рассказал каналу»: the channel named before
    return Cue(t.text, t.start, mention, via=via, medium_via=not via and any(
        c.lemma in ("канал", "телеграм-канал", "telegram-канал") and not tree.children(c, "case")
        and (c.rel == "iobj" or c.feats.get("Case") == "Dat") and not outlets_named(tree, c)
        for c in tree.children(t, "iobj", "obl", "obj")), gerund=gerund_of is not None)


def _outlet_in_two_words(tree: Tree, x: Token) -> bool:
    """«сообщили РИА Новости в пресс-службе»: a word that ends an outlet's two-word name
    with the word before it (plural in form: no speaker of a plural verb for that)."""
    h = tree.head(x)
    return h is not None and h.end <= x.start and known_outlet(
        clean_name(tree.text(h.start, x.end))) is not None


def _body_place(tree: Tree, t: Token) -> Token | None:
    """«в МИД заявили»: the body a plural speech verb says the words came from."""
    return next((c for c in tree.children(t, "obl") if any(
        k.lemma in ("в", "на") for k in tree.children(c, "case"))
        and _names_body(c)), None)


def _names_body(c: Token) -> bool:
    """Whether a noun names a body that speaks: a proper name, or a body noun («в
    министерстве», «в пресс-службе»)."""
    return c.pos == "PROPN" or c.lemma in G.BODY_NOUNS or bool(G.BODY_STEMS.search(c.lemma))


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
            if _names_body(c):
                return c, tuple(told)
            return None, ()
        if x.pos in ("VERB", "AUX", "SCONJ", "CCONJ") or x.text == ",":
            return None, ()
        sp = span_of(tree, x, ("ORG",))
        if sp is not None and i < 3 and (x.feats.get("Case") == "Dat" or tree.s.text[
                : sp.start - tree.s.start].rstrip()[-1:] in ("«", '"', "“")):
            if not any(sp.start <= x.start < sp.end for x in after[:i]):
                told.append(nominative_name(tree, sp))
    return None, ()


def _place_before(tree: Tree, t: Token) -> tuple[Token | None, tuple[str, ...], set[str]]:
    """«В МТУ Ространснадзора "Ъ" сообщили, что ...», «В спортшколе «Заря» нам сказали»:
    the body named in the clause right before a subjectless plural verb when the parser
    hung it elsewhere; a medium named in quotes in between is who was told (its tokens are
    returned to be left out of the body's name)."""
    i = tree.toks.index(t)
    adp = None
    for x in reversed(tree.toks[:i]):
        if x.pos in ("VERB", "AUX", "SCONJ", "CCONJ") or x.text in (",", ";", ":"):
            break
        if x.lemma in ("в", "на") and x.pos == "ADP":
            adp = x
            break
    c = tree.head(adp) if adp is not None else None
    if adp is None or c is None or not adp.start < c.start < t.start:
        return None, (), set()
    named = any(is_quoted(tree, a) for a in tree.children(c, "appos"))  # «спортшколе «Заря»»
    if not (_names_body(c) or named):
        return None, (), set()
    told: list[str] = []
    drop: set[str] = set()
    for x in tree.toks[tree.toks.index(adp) + 1: i]:
        # «"Ъ"», «нашему изданию» between the body and the verb: the medium told
        known = known_outlet(clean_name(x.text)) if is_quoted(tree, x) else None
        if known:
            told.append(known)
            drop |= {y.id for y in tree.subtree(x)}
        elif x.feats.get("Case") == "Dat" and x.lemma in G.MEDIA_NOUNS:
            drop |= {y.id for y in tree.subtree(x)}
    return c, tuple(told), drop


# «Контролер ОТК, попросившая не называть ее имени, рассказала»: a role noun (and its
# genitive or abbreviation), a participle clause between commas, then the verb
_PARTICIPLE_GAP = re.compile(
    r"(?:\s+(?:[A-ZА-ЯЁ]{2,}|[а-яё-]+))?\s*,\s*(?:[а-яё]+(?:вш|ющ|ящ|ущ|ащ)[а-яё]*|знаком[а-яё]*|"
    r"осведомленн[а-яё]*|близк[а-яё]*)\b[^—–«»,]*,\s*$")


def _participle_subject(tree: Tree, t: Token) -> Mention | None:
    """The sentence's first word is the subject the parser lost behind a participle
    clause (it may even call the noun an adjective): «Сотрудница завода, попросившая
    не называть ее имени, рассказала ...»."""
    if t.rel not in ("root", "parataxis") or not tree.toks:
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


def _agree(a: Token, b: Token) -> bool:
    """Two verbs that may share a subject: same tense, gender and number where marked."""
    return all(a.feats.get(k) == b.feats.get(k) or not a.feats.get(k) or not b.feats.get(k)
               for k in ("Tense", "Gender", "Number"))


def _name_after_quote(tree: Tree, t: Token) -> Token | None:
    """«"...", — сказала Би-би-си гидролог университета Анна Марш»: after a quotation, a
    verb the parser left with no subject (foreign words confuse it) is said by the person
    named right after it, in the nominative."""
    before = tree.s.text[: t.start - tree.s.start].rstrip()
    if not re.search(r"[»\"“”][,.!?]?\s*[—–-]$", before):
        return None
    for sp in tree.s.spans:
        if sp.type != "PER" or sp.start < t.end or sp.start - t.end > 100:
            continue
        first = next((x for x in tree.toks if x.start == sp.start), None)
        gap = tree.text(t.end, sp.start)
        if first is None or first.feats.get("Case") not in (None, "Nom") or re.search(
                r"[,;]|\b(?:с|со|о|об|для|у|к|от)\s*$", gap):
            return None
        return first
    return None


def _phrase_before(tree: Tree, t: Token) -> Token | None:
    """«..., а официальный представитель ведомства Анна Петрова заявила, что ...»: a verb
    the parser left with no subject is said by the nominative phrase right before it, when
    that phrase opens its clause (after «а», «и», «но», a comma or the sentence start) and
    names a person."""
    i = tree.toks.index(t)
    phrase: list[Token] = []
    for x in reversed(tree.toks[:i]):
        if x.pos in ("NOUN", "PROPN", "ADJ", "DET") and x.feats.get("Case") in ("Nom", "Gen"):
            phrase.insert(0, x)
            continue
        if x.pos == "CCONJ" and x.lemma in ("а", "и", "но") or x.text in (",", ";"):
            break
        return None  # «по словам ...», «в МИД ...»: the phrase hangs on something else
    if not phrase or phrase[-1].feats.get("Case") != "Nom":
        return None
    head = next((x for x in phrase if x.pos in ("NOUN", "PROPN")
                 and x.feats.get("Case") == "Nom"), None)
    if head is None or head.feats.get("Number", "Sing") != t.feats.get("Number", "Sing"):
        return None
    person = any(span_of(tree, x, ("PER",)) is not None for x in phrase)
    return head if person or head.feats.get("Animacy") == "Anim" else None


def _stray_subject(tree: Tree, t: Token, passive: bool = False) -> Token | None:
    """«Сотрудник, попросивший не называть имени, рассказал, что знали давно»: the parser
    hung the subject on the verb of the reported clause; take it back when it agrees (a
    passive's subject too, with `passive`)."""
    for x in sorted(tree.toks, key=lambda x: -x.start):
        h = tree.head(x)
        if x.rel not in ("nsubj", "nsubj:pass") or x.start > t.start or h is None or \
                h.start <= t.start:
            continue
        # a title with a name in the nominative beside it («Глава района Вера Жукова»): a
        # person, whatever case or gender the tagger gave the title (either gender's)
        named = any(span_of(tree, a, ("PER",)) is not None and a.feats.get("Case") == "Nom"
                    for a in tree.children(x, "appos"))
        if x.rel == "nsubj:pass" and not (passive and named):
            continue  # (only a named person is a passive's subject taken back)
        counted = any(c.rel.startswith("nummod") for c in tree.children(x))  # «две сотрудницы»
        if x.feats.get("Case") != "Nom" and not counted and not named or \
                x.pos not in ("NOUN", "PROPN"):
            continue
        g, n = t.feats.get("Gender"), t.feats.get("Number")
        if g and x.feats.get("Gender") and g != x.feats["Gender"] and x.pos == "NOUN" \
                and not named:
            continue
        if n and x.feats.get("Number") and n != x.feats["Number"] and not counted:
            continue
        if t not in tree.ancestors(x) and h.rel != "root":
            continue  # a subject of the clause the verb governs, or of a second root
        return x
    return None


def _as_clause_subject(tree: Tree, t: Token) -> Token | None:
    """«Как заявил в интервью каналу директор департамента X Петр Орлов, банк ...»: the
    parser hung the subject of the «как» clause, written after its verb, on the main
    verb; take it back when it stands before the comma that closes the clause."""
    if not any(c.lemma == "как" for c in tree.children(t, "mark")):
        return None
    comma = next((x for x in tree.toks if x.start > t.start and x.text == ","), None)
    if comma is None:
        return None
    for x in tree.toks:
        h = tree.head(x)
        if not t.start < x.start < comma.start or x.rel != "nsubj" or h is None \
                or h.start < comma.start or x.pos not in ("NOUN", "PROPN") \
                or x.feats.get("Case") != "Nom":
            continue
        g, n = t.feats.get("Gender"), t.feats.get("Number")
        if g and x.feats.get("Gender") and g != x.feats["Gender"] and x.pos == "NOUN" or \
                n and x.feats.get("Number") and n != x.feats["Number"]:
            return None
        return x
    return None


# «сказал Би-би-си, что ...», «заявил журналистам: ...»: the words come after the verb
_WORDS_FOLLOW = re.compile(r"(?:,\s*(?:что|чтобы|будто|как)|:)(?![а-яё])", re.I)


def _after_comma(tree: Tree, t: Token) -> bool:
    """The verb opens a clause right after a comma or a quotation and a dash: «...,
    рассказали родственники», «"...", — сказал он»."""
    return bool(re.search(r"(?:,|[»\"”][,.!?…]*\s*[—–-])\s*[—–-]?\s*$",
                          tree.s.text[: t.start - tree.s.start]))


def _speaker_like(tree: Tree, x: Token) -> bool:
    """A person (an unnamed «источник» too), a body or a named organisation: who may
    say something."""
    return x.feats.get("Animacy") == "Anim" or x.lemma in G.BODY_NOUNS | G.ANONYMOUS_ROLES \
        or span_of(tree, x, ("ORG", "PER")) is not None


def _subject_after(tree: Tree, t: Token) -> Token | None:
    """«Семеро из них — жители области, рассказали нашему изданию родственники моряков»:
    after the words and a comma, the nominative person (or body) right after the verb and
    who it told is its subject, wherever the parser hung it."""
    if not _after_comma(tree, t):
        return None
    for x in tree.toks[tree.toks.index(t) + 1:]:
        if x.pos in ("VERB", "AUX", "SCONJ", "CCONJ") or x.pos == "PUNCT" and x.text not in \
                QUOTE_MARKS:
            return None
        if x.pos not in ("NOUN", "PROPN") or x.feats.get("Case") != "Nom":
            continue
        n = t.feats.get("Number")
        if n and x.feats.get("Number") and n != x.feats["Number"]:
            return None
        return x if _speaker_like(tree, x) else None
    return None


def _abbreviation_before(tree: Tree, t: Token) -> Token | None:
    """«О задержании СК сообщил лишь наутро»: an indeclinable abbreviation of a body right
    before a verb with no subject is its subject, whatever case the parser guessed."""
    at = tree.toks.index(t)
    k = at - 1
    while k >= 0 and tree.toks[k].pos in ("ADV", "PART"):
        k -= 1
    x = tree.toks[k] if k >= 0 else None
    if x is None or not re.fullmatch(r"[А-ЯЁ]{2,6}", x.text) or tree.children(x, "case") \
            or span_of(tree, x, ("ORG",)) is None or t.feats.get("Number") == "Plur" \
            or x.rel in ("nsubj", "nsubj:pass", "obj", "iobj") or known_outlet(x.text):
        return None  # «В интервью РБК сообщил»: the outlet told, he spoke
    return x


def _told_outlet(tree: Tree, t: Token) -> tuple[str, ...]:
    """«рассказал «Фонтанке»», «сообщил ТАСС»: the medium the words were told to."""
    out = []
    for c in tree.children(t, "iobj", "obl", "obj", "nsubj"):
        if c.rel != "iobj" and c.feats.get("Case") != "Dat":
            continue
        if tree.children(c, "case"):
            continue  # «к журналистам», «по телефону»
        text = clean_name(np_text(tree, c, nominative=True))
        known = known_outlet(text) or next(iter(outlets_named(tree, c)), None) \
            if c.lemma in G.NEWSROOM_NOUNS or c.lemma in G.MEDIA_NOUNS and c.lemma != "сми" \
            else known_outlet(text)  # «сообщил агентству "Интерфакс"»
        if known is None and (is_quoted(tree, c) or re.fullmatch(r"[A-Z][\w .&-]{1,30}", text)):
            sp = span_of(tree, c, ("ORG",))
            known = nominative_name(tree, sp) if sp is not None and c.feats.get("Case") == "Dat" \
                else outlet_name(text, tree.s.spans, c.start, c.end)  # «рассказал Forbes»
        if known is None and c.pos == "PROPN" and c.rel == "iobj" and not any(
                sp.start <= c.start < sp.end and (sp.type == "LOC" or sp.end > c.end)
                for sp in tree.s.spans) and \
                c.lemma not in G.BODY_NOUNS and not G.BODY_STEMS.search(c.lemma):
            # «рассказала она Азаттыку»: a capitalised dative one word long that is no
            # person's name (pymorphy knows names), place or body is the medium told
            known = unnamed_dative(c.text)
        if known is None and c.lemma == "сми" and outlets_named(tree, c) == ("СМИ",) and not any(
                a.pos == "ADJ" for a in tree.children(c, "amod")):
            known = "СМИ"  # «заявил СМИ»: the press at large is still who was told
        if known is None and c.lemma in G.MEDIA_NOUNS | G.BROADCAST_NOUNS and any(
                a.pos == "ADJ" for a in tree.children(c, "amod")) and (
                not outlets_named(tree, c)
                or c.lemma == "сми" and outlets_named(tree, c) == ("СМИ",)):
            # «заявил региональному телевидению», «рассказал местным СМИ»: a medium
            # described, not named, is told as described
            gender = c.feats.get("Gender", "")
            # «СМИ» is plural only: «местным СМИ» -> «местные СМИ»
            number = "Plur" if c.lemma == "сми" else "Sing"
            known = " ".join(x.text if x.lemma == "сми" else nominative_word(
                x.text, x.feats.get("Case", ""), number, gender if x.pos == "ADJ" and
                number == "Sing" else "")
                for x in np_tokens(tree, c) if x.pos in ("ADJ", "NOUN"))
        if known:
            out.append(known)
    if not out:
        # «заявила «Вести-Онлайн», что ...»: an indeclinable name in quotes right after a
        # verb of telling, before what was told, is the medium told
        m = _TOLD_QUOTED_THAT.match(tree.s.text[t.end - tree.s.start:])
        if m and t.lemma in G.TELL_LEMMAS:
            out.append(known_outlet(m.group(1)) or m.group(1).strip())
    if not out:
        # «..., - рассказал он "Ъ"»: the parser loses a one-letter name in quotes
        m = _TOLD_QUOTED.match(tree.s.text[t.end - tree.s.start:])
        known = known_outlet(m.group(1)) if m else None
        if known:
            out.append(known)
    return tuple(out)


# «сказала Euronews аналитик», «рассказал BBC News глава»: a Latin-script name (its later
# words may be Cyrillic, «Idel.Реалии») between a speech verb and a lowercase word
_LATIN_TOLD = re.compile(r"\s+([A-Z][\w&'-]*(?:(?:\.|\s)[A-ZА-ЯЁ][\w&'-]*)*)\s+(?=[а-яё])")
_TOLD_QUOTED_THAT = re.compile(
    r"(?:\s+(?:он|она|они))?\s+[«\"“„]([^»\"”“\n]{1,40})[»\"”“]\s*(?:,\s*(?:что|будто)\b|:)")
_TOLD_QUOTED = re.compile(r"(?:\s+(?:он|она|они))?\s+[«\"“„]([^»\"”“\n]{1,40})[»\"”“]")


def _outlets_after(tree: Tree, t: Token) -> tuple[str, ...]:
    """Media named after a relay verb: a known outlet, or an organisation in quotes."""
    out = []
    for sp in tree.s.spans:
        if sp.type != "ORG" or sp.start < t.end:
            continue
        known = known_outlet(clean_name(sp.normal)) or known_outlet(clean_name(sp.text))
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
                m = speaker_mention(tree, d, nominative=False)
                if m is not None:
                    return m
        elif o.pos in ("PROPN", "NOUN", "PRON"):
            return speaker_mention(tree, o, nominative=False)
    # «- цитирует "Интерфакс" начальника управления Ларису Демину»: the parser hung the
    # accusative author on a word of the quotation; it is the first accusative animate noun
    # phrase after the verb (and the outlet)
    for x in tree.toks:
        if x.start <= t.start or x.pos in ("PUNCT", "ADP"):
            continue
        if x.pos in ("VERB", "AUX", "SCONJ"):
            break
        if x.pos in ("NOUN", "PROPN") and x.feats.get("Case") == "Acc" \
                and x.feats.get("Animacy") == "Anim":
            return speaker_mention(tree, x, nominative=False)
    return None


def _one_of_author(tree: Tree, t: Token) -> Mention | None:
    """«цитирует канал одного из собеседников»: the parser hangs «одного из X» on the
    channel, not on the relay verb; it is still whose words are carried."""
    for x in tree.toks:
        if x.start > t.start and x.lemma == "один" and x.feats.get("Case") in ("Gen", "Acc") \
                and any(any(k.lemma == "из" for k in tree.children(c, "case"))
                        for c in tree.children(x, "nmod")):
            return speaker_mention(tree, x, nominative=False)
    return None
