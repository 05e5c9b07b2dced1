"""Sentence -> who said it, how, and through which outlet.

Three passes over an article:

1. Each sentence is read on its own (attr_sentence.py): speech cues from the dependency
   tree (attr_cues.py: the subject of a speech verb, «по словам X», «говорится в
   сообщении X», relay verbs like «приводит слова X Y»), the speakers they name
   (attr_mention.py) and the channels named (via).
2. Each paragraph is read for quotations (attr_quotes.py): a quote that runs over several
   sentences takes the attribution that follows it («"...", — сказал он»), precedes it
   («заявил: "..."»), interrupts it («"A, — сказал он. — B"») or stands in the next line
   («– представитель Кремля»); a paragraph of quotation goes on with the speaker before.
   Direct speech opened by a dash («— A, — сказал он.») counts as a quotation.
3. The article is read in order to resolve who a pronoun, a role noun («пресс-секретарь
   президента») or a bare surname stands for (attr_coref.py), to hand «Об этом сообщил X»
   back to the sentences before, to spread a via over the reported sentences of its
   paragraph, and to split a sentence that holds two speakers. A trailing «..., передает
   корреспондент X» covers the narration before it in its paragraph; an author writing on
   in the next paragraph keeps the platform he writes on («в своем Telegram-канале»).
   An interview (dash paragraphs, questions ending in «?», after a paragraph introducing
   one person) gives the answers to that person; a bare quotation right after a sentence
   introducing a named person is theirs. A bare «в компании», «в перевозчике» stands
   for the organisation the article named with that noun (attr_coref.py).

Claims are the sentences of the article, minus headings (one verbless line with no
closing punctuation) and attribution lines; a sentence with two speakers becomes two.
When unsure, a claim gets no speaker rather than a guessed one: precision matters more
than recall here.

English sentences get a small rule set of their own (attr_english.py) and never go
through Russian morphology.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factdb.extract import grammars as G
from factdb.extract.attr_coref import Registry, Resolver, is_generic_body
from factdb.extract.attr_cues import Cue
from factdb.extract.attr_english import is_english
from factdb.extract.attr_mention import Mention, case_form_of, nominative_title
from factdb.extract.attr_quotes import QuoteRegion, dash_speech, quote_regions
from factdb.extract.attr_sentence import SentenceReading, read_sentence
from factdb.extract.clean import Meta, Paragraph
from factdb.extract.nlp import ParsedSentence, Token
from factdb.models import DIRECT, INDIRECT, NARRATIVE


@dataclass(frozen=True)
class Attribution:
    """Who owns the words of one claim span (absolute offsets into the document)."""

    start: int
    end: int
    speaker: str | None = None
    speaker_kind: str | None = None
    speaker_role: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    mode: str = NARRATIVE
    quote: str | None = None
    via: tuple[str, ...] = ()


@dataclass
class _Unit:
    """A sentence (or part of one) on its way to becoming an Attribution."""

    start: int
    end: int
    para: int
    sent: ParsedSentence
    reading: SentenceReading
    claim: bool = True
    cue: Cue | None = None  # the cue that owns the words (own, or from a quote's attribution)
    quotes: tuple[QuoteRegion, ...] = ()  # the quotations the unit's words are part of
    speaker: str | None = None
    kind: str | None = None
    role: str | None = None
    via: tuple[str, ...] = ()
    inherited: bool = False  # got its cue from another sentence


def attribute_article(
    text: str, paragraphs: list[Paragraph], parsed: list[list[ParsedSentence]], meta: Meta
) -> list[Attribution]:
    """One attribution per claim span, in text order, for the whole article."""
    registry = Registry(parsed)
    units: list[_Unit] = []
    by_para: list[list[_Unit]] = []
    para_quotes: list[list[QuoteRegion]] = []
    for i, (para, sents) in enumerate(zip(paragraphs, parsed, strict=False)):
        quotes = quote_regions(para.text, para.start)
        speech = dash_speech(para.text, para.start)
        if speech:
            quotes = speech  # quote marks inside dash speech are the speaker's own
        para_quotes.append(quotes)
        registry.add_quotes(quotes)
        mine = []
        for s in sents:
            if not re.search(r"\w", s.text):
                continue
            reading = read_sentence(s, quotes)
            u = _Unit(s.start, s.end, i, s, reading)
            u.claim = not _is_heading(s, sents)
            u.cue = reading.main
            u.quotes = tuple(q for q in quotes if q.long and q.start < s.end and s.start < q.end)
            mine.append(u)
        by_para.append(mine)
        units += mine
    for i, mine in enumerate(by_para):
        nxt = by_para[i + 1] if i + 1 < len(by_para) else []
        prev = by_para[i - 1] if i > 0 else []
        _spread_quote_cues(paragraphs[i], mine, para_quotes[i], nxt, prev)
    _quotes_running_on(by_para, para_quotes)
    _resolve(units, registry)
    _hand_back(by_para)
    _interview(by_para, registry)
    _introduced_speaks(by_para, registry)
    _outlet_covers(by_para, text)
    _spread_via(by_para)
    _figures_go_on(by_para)
    _official_acts(units, registry)
    if meta.outlet:
        _own_name(units, meta.outlet)
    for u in units:
        # «рассказал «Деловому вестнику»»: the outlet told is named as it names itself
        u.via = tuple(dict.fromkeys(nominative_title(v) for v in u.via))
    out: list[Attribution] = []
    for u in units:
        if u.claim:
            out += _finish(u, text)
    return sorted(out, key=lambda a: (a.start, a.end))


def _own_name(units: list[_Unit], outlet: str) -> None:
    """The report's own outlet named in another case («источник «Эха»» in a report of
    «Эхо») is that outlet, written as the report writes it."""
    for u in units:
        u.via = tuple(dict.fromkeys(outlet if case_form_of(v, outlet) else v for v in u.via))
        if u.speaker and u.kind == "ORG" and case_form_of(u.speaker, outlet):
            u.speaker = outlet


def _is_heading(s: ParsedSentence, sents: list[ParsedSentence]) -> bool:
    """A title or section line: one sentence, no closing punctuation, no verb."""
    if len(sents) != 1:
        return False
    if re.search(r"[.!?…]\W*$", s.text.strip()):
        return False
    if is_english(s.text):
        return not re.search(r"\b(?:is|are|was|were|has|have|had|will|said|says|\w+ed)\b", s.text)
    return not any(t.pos in ("VERB", "AUX") or t.feats.get("Variant") == "Short"
                   for t in s.tokens)


def _spread_quote_cues(
    para: Paragraph, mine: list[_Unit], quotes: list[QuoteRegion],
    nxt: list[_Unit], prev: list[_Unit],
) -> None:
    """Give every sentence of a quotation the cue that attributes the quotation."""
    last: tuple[QuoteRegion, Cue] | None = None
    for q in quotes:
        if not q.long:
            continue
        inside = [u for u in mine if u.start < q.end and q.start < u.end]
        if not inside:
            continue
        if _spread_english_quote(q, inside):
            continue
        cue = _cue_after(q, para, mine) or _cue_before(q, para, mine)
        if cue is None and last is not None and re.search(
                r"[—–]\s*$", para.text[last[0].end - para.start: q.start - para.start]):
            cue = last[1]  # «..., — сказал он. — Но нужны гарантии»: the second half
        if cue is None and last is not None and not any(
                u.cue is not None and u.cue.mention is not None for u in inside):
            cue = last[1]  # «"Один", — сказал он. "Другой".»: the same speaker goes on
        fills = _quote_fills(q, para)
        if cue is None and fills and prev and not _is_dash_line(nxt) and prev[-1].quotes \
                and prev[-1].cue is not None:
            cue = prev[-1].cue  # a paragraph of quotation going on from the one before
        if cue is None and fills and _is_dash_line(nxt):
            cue = nxt[0].reading.trailing or nxt[0].reading.main
            if cue is not None:
                for u in nxt:
                    u.claim = False  # «– представитель Кремля» is an attribution, not a claim
        opened = bool(prev) and prev[-1].sent.text.rstrip().endswith(":")
        if cue is None and fills and opened:
            cue = prev[-1].cue
        if cue is None:
            continue
        last = (q, cue)
        for u in inside:
            own = u.cue is not None and u.start <= u.cue.start < u.end \
                and not q.start < u.cue.start < q.end
            if own and u.cue is not cue and u.cue is not None and u.cue.mention is not None:
                continue  # the piece names a speaker of its own
            u.cue = cue
            u.inherited = not u.start <= cue.start < u.end


def _spread_english_quote(q: QuoteRegion, inside: list[_Unit]) -> bool:
    """«"A. B," said X.»: the English attribution after a quotation covers all of it."""
    owner = next((u for u in reversed(inside) if u.reading.english is not None
                  and u.reading.english.cue_start is not None
                  and u.reading.english.cue_start >= q.end - 1
                  and (u.reading.english.speaker or u.reading.english.pronoun)), None)
    if owner is None:
        return False
    said = owner.reading.english
    assert said is not None  # the owner was picked for having an English reading
    for u in inside:
        e = u.reading.english
        if u is not owner and e is not None and not (e.speaker or e.pronoun):
            e.speaker, e.pronoun = said.speaker, said.pronoun
            e.cue, e.cue_start = said.cue, said.cue_start
            e.body, e.group = said.body, said.group
            e.outlet_speaker = said.outlet_speaker
    return True


def _quotes_running_on(by_para: list[list[_Unit]], para_quotes: list[list[QuoteRegion]]) -> None:
    """A quotation over several paragraphs, each opening with «, the last closing it and
    naming the speaker: the earlier paragraphs take the last one's attribution."""
    for i in range(len(by_para) - 2, -1, -1):
        qs = para_quotes[i]
        if not (len(qs) == 1 and not qs[0].closed) or any(u.cue is not None for u in by_para[i]):
            continue
        nxt = by_para[i + 1]
        if nxt and nxt[0].quotes and nxt[0].quotes[0].start <= nxt[0].start and nxt[0].cue \
                and nxt[0].cue.mention is not None:
            for u in by_para[i]:
                u.cue, u.inherited = nxt[0].cue, True


def _cue_after(q: QuoteRegion, para: Paragraph, mine: list[_Unit]) -> Cue | None:
    """«"...", — сказал он»: the cue right after the closing quote and a dash."""
    rest = para.text[q.end - para.start:]
    m = G.AFTER_QUOTE.match(rest)
    if not m or not rest[m.end():].strip():
        return None
    at = q.end + m.end()
    for u in mine:
        if u.start <= at < u.end or u.start >= at:
            cands = [c for c in u.reading.cues if c.start >= q.end and c.mention is not None]
            if cands:
                return min(cands, key=lambda c: c.start)
            if u.reading.trailing is not None and u.reading.trailing.start >= q.end:
                return u.reading.trailing
            return None
    return None


def _cue_before(q: QuoteRegion, para: Paragraph, mine: list[_Unit]) -> Cue | None:
    """«заявил: "..."»: the cue of the words before a colon that opens the quote."""
    before = para.text[: q.start - para.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = para.start + len(before) - 1
    for u in mine:
        if u.start <= colon < u.end:
            cands = [c for c in u.reading.cues if c.start < colon and c.mention is not None]
            return max(cands, key=lambda c: c.start) if cands else None
    return None


def _quote_fills(q: QuoteRegion, para: Paragraph) -> bool:
    """The quotation is the whole paragraph (give or take closing punctuation)."""
    head = para.text[: max(0, q.start - para.start)].strip()
    tail = para.text[q.end - para.start:].strip()
    return not head and not re.search(r"\w", tail)


def _is_dash_line(units: list[_Unit]) -> bool:
    """A paragraph that is one short line opened by a dash: «– представитель Кремля»."""
    return len(units) == 1 and units[0].sent.text.lstrip()[:1] in G.DASH and (
        units[0].reading.trailing is not None or units[0].reading.main is not None)


def _resolve(units: list[_Unit], registry: Registry) -> None:
    """Turn each unit's cue into a speaker, in text order (coreference needs the order)."""
    resolver = Resolver(registry)
    prev: _Unit | None = None
    for u in units:
        e_own = u.reading.english is not None and (
            u.reading.english.speaker or u.reading.english.pronoun
            or u.cue is None or u.cue.mention is None)
        if u.reading.english is not None and e_own:
            e = u.reading.english
            u.speaker, u.kind = resolver.resolve_english(e, u.start, u.para)
            resolver.saw_english(e.names)
            u.via = tuple(e.via)
            if e.cue:
                u.cue = Cue(e.cue, e.cue_start or u.start, None)
        elif u.cue is not None:
            org_via = next((v for v in u.cue.via if registry.org_named(v)), None)
            org = registry.org_named(org_via) if org_via else None
            if u.cue.mention is None and org_via is not None and org is not None:
                # «говорится в сообщении «X»» where X is the airline the article named: X
                # speaks in its own statement, it is no medium
                u.cue = Cue(u.cue.text, u.cue.start, Mention("name", org, "ORG",
                                                             start=u.cue.start),
                            via=tuple(v for v in u.cue.via if v != org_via), main=u.cue.main,
                            depth=u.cue.depth, clause_start=u.cue.clause_start,
                            frame=u.cue.frame)
                u.reading.via = [v for v in u.reading.via if v != org_via]
            body = u.reading.body
            if body is not None and u.cue.mention is not None and u.cue.mention.kind == "name" \
                    and u.start <= body.start < u.cue.start and is_generic_body(u.cue.mention.text):
                # «Управление СК возбудило дело, сообщили в ведомстве»: the body the
                # sentence is about is the one «ведомство» stands for
                resolver.acted(body, u.para)
            res = resolver.resolve(u.cue, u.start, u.para)
            if res is not None:
                # «Как сообщал «X»» in X itself stays X: the outlet's own earlier report is
                # still a report with a source (the held-out gold reads it so)
                u.speaker, u.kind, u.role = res.speaker, res.kind, res.role
            u.via = tuple(dict.fromkeys(u.reading.via + list(u.cue.via)))
            if res is not None and u.cue.mention is not None and u.cue.mention.kind == "medium":
                u.via = tuple(dict.fromkeys(u.via + (res.speaker,)))
            elif res is not None and res.kind == "ORG" and res.speaker in resolver.outlets \
                    and u.cue.text.startswith("по ") and res.speaker not in u.via:
                # «По данным Rzeczpospolita» after «сообщает польская газета Rzeczpospolita»:
                # a medium the article named as one is the channel of its own report
                u.via = (*u.via, res.speaker)
            if u.cue.medium_via and resolver.outlets:
                # «— цитирует канал одного из собеседников»: the channel named before
                u.via = tuple(dict.fromkeys(u.via + (resolver.outlets[-1],)))
            split = u.reading.split
            if split is not None:
                split.resolved = resolver.resolve(split.cue, split.at, u.para)
        else:
            u.via = tuple(u.reading.via)
            # «Первое заключается в том, что ...» after «X заверил, что ...» goes on with X
            if (prev is not None and prev.para == u.para and prev.speaker and prev.cue
                    and G.CONTINUATION.match(u.sent.text)):
                u.speaker, u.kind, u.role, u.cue = prev.speaker, prev.kind, prev.role, prev.cue
                u.inherited = True
        resolver.saw_via(u.via)
        if u.claim and u.reading.body is not None and not u.speaker:
            resolver.acted(u.reading.body, u.para)
        if u.speaker and u.claim:
            m = u.cue.mention if u.cue is not None else None
            verb_gender = m.gender if m is not None and m.kind == "name" else None
            resolver.said(u.speaker, u.kind, u.para, u.end, verb_gender)
        elif u.claim and u.reading.subject is not None:
            resolver.narrated(u.reading.subject, u.para, u.end)
        elif u.claim and u.reading.group is not None:
            resolver.narrated_group(u.reading.group, u.para, u.end)
        if u.claim:
            prev = u


def _introduced_speaks(by_para: list[list[_Unit]], registry: Registry) -> None:
    """«Водитель Сергей И. возит пассажиров десять лет. «Объезд занимает час».»: a quotation
    with no attribution right after a sentence that introduces a person is that person's."""
    for mine in by_para:
        for k in range(1, len(mine)):
            u, prev = mine[k], mine[k - 1]
            if u.speaker or u.cue is not None or not u.quotes or u.reading.english is not None:
                continue
            q = u.quotes[0]
            lead = len(u.sent.text) - len(u.sent.text.lstrip())
            if q.start > u.start + lead or prev.speaker or prev.cue is not None or prev.quotes:
                continue
            subj = prev.reading.subject
            name = registry.canonical(subj.text) if subj is not None else ""
            if " " not in name:
                continue  # a named person, introduced in full
            cue = Cue("«", q.start, Mention("name", name, "PER", start=q.start))
            for w in mine[k:]:
                if q not in w.quotes or w.speaker or (w.cue is not None and w.cue is not cue):
                    break
                w.speaker, w.kind, w.cue, w.inherited = name, "PER", cue, True


def _interview(by_para: list[list[_Unit]], registry: Registry) -> None:
    """An interview: after a paragraph that introduces one person, paragraphs opened by a
    dash alternate questions («— ...?») and answers; the answers are that person's."""
    k = 0
    while k < len(by_para):
        block = []
        j = k
        while j < len(by_para) and by_para[j] and by_para[j][0].sent.text.lstrip()[:1] in G.DASH:
            block.append(by_para[j])
            j += 1
        if len(block) < 2 or k == 0 or not by_para[k - 1]:
            k = j + 1 if j > k else k + 1
            continue
        asks = [p for p in block if p[-1].sent.text.rstrip().endswith("?")]
        answers = [p for p in block if not p[-1].sent.text.rstrip().endswith("?")]
        intro = by_para[k - 1]
        # the journalist asking («корреспондент «X» Анна К. поговорила с ...») is not asked
        people = {c for c in registry.persons_between(intro[0].start, intro[-1].end)
                  if len(c.split()) >= 2 and not any(
                      r.head in G.NEWSROOM_NOUNS or r.head in ("журналист", "обозреватель")
                      for r in registry.roles.get(c, []))}
        if len(people) > 1:
            # «Адвокат Ивана Сомова Петр Орлов в беседе с «Вестником» опроверг ...»: of
            # several named, the one the introduction has speak is asked
            people &= {u.speaker for u in intro if u.kind == "PER" and u.speaker}
        # a question is what makes it an interview; one person introduced is whom it asks
        if asks and answers and len(people) == 1:
            who = people.pop()
            for para in answers:
                dash = para[0].start + len(para[0].sent.text) - len(para[0].sent.text.lstrip())
                cue = Cue("—", dash, Mention("name", who, "PER", start=dash))
                for u in para:
                    if u.speaker or (u.cue is not None and u.cue.mention is not None):
                        continue
                    u.speaker, u.kind, u.cue, u.inherited = who, "PER", cue, True
                    u.via = u.via or tuple(v for x in intro for v in x.via)
        k = j + 1
def _hand_back(by_para: list[list[_Unit]]) -> None:
    """«Об этом сообщил X»: the sentences before it with no speaker of their own (in its
    paragraph, or the whole previous paragraph when it opens one) are X's."""
    flat = [u for p in by_para for u in p if u.claim]
    for k, u in enumerate(flat):
        if k == 0 or u.cue is None or u.inherited or not G.BACKWARD.match(u.sent.text):
            continue
        target_para = flat[k - 1].para
        if target_para < u.para - 1:
            continue
        j = k - 1
        while j >= 0 and flat[j].para == target_para:
            before = flat[j]
            if before.cue is not None and before.speaker:
                if u.cue.mention is not None and u.cue.mention.outlets:
                    before.via = tuple(dict.fromkeys(before.via + u.via))  # «Об этом сообщает ТАСС»
                elif u.speaker and u.kind == "ORG" and before.kind == "PER" \
                        and before.cue.mention is not None and before.cue.mention.kind == "name":
                    # «Замминистра X настоял на ... . Об этом сообщил МИД»: the ministry made
                    # the official's words public; it is their channel
                    before.via = tuple(dict.fromkeys(before.via + (u.speaker,) + u.via))
                break
            if u.speaker:
                before.speaker, before.kind, before.role = u.speaker, u.kind, u.role
                before.cue = u.cue
                before.inherited = True
            before.via = tuple(dict.fromkeys(before.via + u.via))
            j -= 1


def _outlet_covers(by_para: list[list[_Unit]], text: str) -> None:
    """«Следователи задержали X. Накануне произошел пожар, передает корреспондент НТВ.»:
    an outlet's trailing report covers the narrated sentences before it in its paragraph."""
    for mine in by_para:
        for k, u in enumerate(mine):
            m = u.cue.mention if u.cue is not None else None
            if not u.claim or u.inherited or m is None or not m.outlets or not u.speaker:
                continue
            if u.cue is None or not text[u.start:u.cue.start].rstrip().endswith(","):
                continue  # only «..., сообщает X»; «Как сообщает X, ...» covers its own clause
            for before in reversed(mine[:k]):
                if not before.claim or before.cue is not None or before.speaker or before.quotes:
                    break
                before.speaker, before.kind, before.cue = u.speaker, u.kind, u.cue
                before.via, before.inherited = u.via, True


_BY_DATA = re.compile(r"(?i)^по\s+(?:\w+\s+){0,2}(?:данным|информации|сведениям|подсчетам)\b")


def _figures_go_on(by_para: list[list[_Unit]]) -> None:
    """«По данным МЧС, пять человек погибли. В зоне подтопления остаются 418 домов.»: the
    figures right after a source's figures, in its paragraph, come from the same source,
    a body's or a person's («По ее данным, ... Явка составила 41%»)."""
    for mine in by_para:
        src: _Unit | None = None
        for u in mine:
            if u.cue is not None or u.speaker:
                own = u.cue is not None and not u.inherited and bool(
                    _BY_DATA.match(u.cue.text) or _BY_WORDS.match(u.cue.text))
                src = u if own and u.speaker and u.kind in ("ORG", "GROUP", "PER") else None
                continue
            root = next((t for t in u.sent.tokens if t.rel == "root"), None)
            if src is not None and src.cue is not None and _BY_WORDS.match(src.cue.text):
                # «По его словам, среди задержанных — блогер X. В отношении него возбуждено
                # дело»: a sentence with no one acting (a passive act) goes on with his account
                if u.claim and not u.quotes and root is not None and _agentless(u, root):
                    u.speaker, u.kind, u.role, u.cue = src.speaker, src.kind, src.role, src.cue
                    u.via, u.inherited = u.via or src.via, True
                    continue
                src = None
                continue
            # someone acting («Мэр приехал», «инспекция штрафовала УК») is no figure reported
            actor = root is not None and any(
                t.rel == "nsubj" and t.head_id == root.id and (
                    t.feats.get("Animacy") == "Anim" or t.lemma in G.BODY_NOUNS
                    or G.BODY_STEMS.search(t.lemma) is not None
                    or any(sp.type == "ORG" and sp.start <= t.start < sp.end
                           for sp in u.sent.spans))
                for t in u.sent.tokens)
            # a figure, not a year («в январе 2024 года»)
            figure = re.search(r"(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d", u.sent.text)
            if src is None or not u.claim or u.quotes or actor or not figure:
                src = None
                continue
            u.speaker, u.kind, u.role, u.cue = src.speaker, src.kind, src.role, src.cue
            u.via, u.inherited = u.via or src.via, True


_BY_WORDS = re.compile(r"(?i)^по\s+(?:\w+\s+)?словам\b")


def _agentless(u: _Unit, root: Token) -> bool:
    """The sentence's main verb is a passive act with no one named doing it
    («возбуждено дело», «задержаны трое»)."""
    passive = root.feats.get("Voice") == "Pass" and (
        root.feats.get("Variant") == "Short" or root.feats.get("VerbForm") == "Fin")
    return passive and not any(t.rel in ("obl:agent", "nsubj") and t.head_id == root.id
                               and t.feats.get("Animacy") == "Anim" for t in u.sent.tokens)


def _official_acts(units: list[_Unit], registry: Registry) -> None:
    """«Следственное управление возбудило уголовное дело»: a procedural act of an
    investigating, police or judicial body no one else is named as the source of is the
    body's own news (run last, so «Об этом сообщил X» and «передает X» come first); so is
    an official's order, the official told by a title alone being the one the article
    introduced with it («Губернатор Иван Петров ... Также губернатор поручил ...»)."""
    for u in units:
        a = u.reading.actor
        if not u.claim or u.speaker or u.cue is not None or a is None or a.mention is None:
            continue
        if not u.start <= a.start < u.end:
            continue
        if a.mention.kind == "role":
            # (a title the article gave no one before tells no one)
            found = registry.by_role(a.mention, a.start)
            if found is None or not found[1]:
                continue
            u.speaker, u.kind, u.cue, u.role = found[0], "PER", a, a.mention.role
            continue
        u.speaker, u.kind, u.cue = a.mention.text, a.mention.speaker_kind, a


def _spread_via(by_para: list[list[_Unit]]) -> None:
    """A via named in a paragraph covers the reported sentences before it in that paragraph."""
    # «..., написал X в своем Telegram-канале.» then «"...", — написал он»: the same author
    # writing on in the next paragraph still writes on that platform
    for i in range(1, len(by_para)):
        before = [u for u in by_para[i - 1] if u.claim]
        src = before[-1] if before else None
        if src is None or not src.speaker or not any(v in G.PLATFORMS for v in src.via):
            continue
        platform = tuple(v for v in src.via if v in G.PLATFORMS)
        for u in by_para[i]:
            written = u.cue is not None and re.match(r"(?:на)?пис|опубликова", u.cue.text)
            if u.via or u.speaker != src.speaker or not (written or u.quotes):
                break
            u.via = platform
    # «Политолог X в беседе с "Y" отметил ...» then «"...", — сказал эксперт»: the quotation
    # opening the next paragraph, naming the same speaker again by a role or pronoun, is
    # more of the same interview and keeps its channel
    for i in range(1, len(by_para)):
        before = [u for u in by_para[i - 1] if u.claim]
        src = before[-1] if before else None
        if src is None or not src.speaker or not src.via:
            continue
        for u in by_para[i]:
            m = u.cue.mention if u.cue is not None else None
            if u.via or u.speaker != src.speaker or not u.quotes or m is None \
                    or m.kind not in ("role", "pronoun", "zero"):
                break
            u.via = src.via
    for mine in by_para:
        for k in range(len(mine) - 1, 0, -1):
            if not mine[k].via:
                continue
            src = mine[k]
            for j in range(k - 1, -1, -1):
                u = mine[j]
                if u.via or not u.speaker:
                    break
                if src.speaker and u.speaker != src.speaker and (
                        src.kind == "PER"
                        or src.cue is not None and src.cue.text.startswith("по ")):
                    break  # «По информации агентства X, ...» is X's own report, not a relay
                u.via = src.via
        # the same speaker going on in the paragraph keeps the channel («заявил "Интерфаксу"»)
        for k in range(1, len(mine)):
            u, prev = mine[k], mine[k - 1]
            if not u.via and prev.via and u.speaker and u.speaker == prev.speaker:
                u.via = prev.via
            # «Губернатор X, как передает РИА Новости, поручил ... «...», — заявил X»: the
            # medium relaying the person's doings relays his words that follow
            relayed = prev.cue.mention if prev.cue is not None else None
            subj = prev.reading.subject
            if not u.via and u.speaker and u.kind == "PER" and relayed is not None \
                    and relayed.outlets and subj is not None and prev.speaker != u.speaker \
                    and u.speaker.split()[-1].lower() in subj.text.lower():
                u.via = prev.via
        # the pieces of one quotation share the channels any of them names
        by_cue: dict[int, list[_Unit]] = {}
        for u in mine:
            if u.cue is not None and u.quotes:
                by_cue.setdefault(id(u.cue), []).append(u)
        for group in by_cue.values():
            via = tuple(dict.fromkeys(v for u in group for v in u.via))
            for u in group:
                u.via = via


def _finish(u: _Unit, text: str) -> list[Attribution]:
    """The unit's attribution(s): two when two speakers own two halves of the sentence."""
    split = u.reading.split
    if split is not None and not u.quotes and u.cue is u.reading.main and split.cue.mention:
        first = _attribution(u, u.start, _trim_end(text, u.start, split.at), text)
        if split.apart:
            # (the outlet the second speaker told carried the second half only: «X
            # говорил о A, Y сообщила РИА Новости, что B»)
            first = replace(first, via=tuple(v for v in first.via if v not in split.cue.via))
        res = split.resolved
        # «по данным ТАСС, A, однако адвокат утверждает, что B»: the first speaker's own
        # channel carries A only (not when B is again «по данным источника»: his channel)
        own = set(u.cue.via) - set(split.cue.via) \
            if u.cue is not None and not split.cue.text.startswith("по ") else set()
        second = Attribution(
            start=split.at, end=u.end, speaker=res.speaker if res else None,
            speaker_kind=res.kind if res else None, speaker_role=res.role if res else None,
            cue=split.cue.text, cue_start=split.cue.start, mode=INDIRECT,
            via=tuple(v for v in u.via if v not in own),
        )
        return [first, second]
    return [_attribution(u, u.start, u.end, text)]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,;:\u00a0":
        end -= 1
    return end


def _attribution(u: _Unit, start: int, end: int, text: str) -> Attribution:
    cue = u.cue
    quoted = [q for q in u.quotes if q.start < end and start < q.end]
    pieces = (text[max(q.start + 1, start) : min(q.end - (1 if q.closed else 0), end)].strip()
              for q in quoted)
    quote = " ".join(pieces) or None
    if cue is None and not u.speaker:
        return Attribution(start, end, via=u.via if u.via else ())
    covered = sum(min(q.end, end) - max(q.start, start) for q in quoted)
    # the words of a quotation, or the last piece of one that ends «», — сказал он»
    framed = any(G.AFTER_QUOTE.match(text[q.end:end]) or text[start:q.start].rstrip().endswith(":")
                 or u.reading.english is not None and cue is not None and cue.start >= q.end - 1
                 for q in quoted)  # «"...," Peskov told reporters» too
    mode = DIRECT if quoted and (covered >= 0.5 * (end - start) or framed) else INDIRECT
    return Attribution(
        start=start, end=end, speaker=u.speaker, speaker_kind=u.kind, speaker_role=u.role,
        cue=cue.text if cue else None, cue_start=cue.start if cue else None,
        mode=mode, quote=quote, via=u.via,
    )
