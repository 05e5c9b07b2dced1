"""Extraction: an article's text -> its claims with speakers, dates and facts.

The stages run in one direction: clean (meta, boilerplate, paragraphs) -> nlp (parse)
-> attribution (who said it) -> dates and facts (what it states) -> said_on.

Dates need the article read in text order: a date without a year borrows the latest
year named so far, «спустя два дня» counts from the event told about, and words said
at that event («заявил Путин во время этой встречи») take its day. So the sentences are
walked once in order, keeping a `dates.DateContext`, before the claims are built.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from factdb.extract import attribution, clean, dates, facts, nlp
from factdb.extract import grammars as G
from factdb.extract.attr_mention import known_outlet
from factdb.models import DIRECT, Article, Claim, Count, Entity, StatedDate
from factdb.text import fold

T = TypeVar("T")




def _then(text: str, start: int, before: list[StatedDate]) -> list[StatedDate]:
    """The date «Тогда» at the head of a sentence stands for: the one date of the sentence
    before it, as a date stated here (over the word «Тогда»)."""
    m = G.THEN_OPENING.match(text)
    if m is None or len({(d.date_from, d.date_to) for d in before}) != 1:
        return []
    d = before[0]
    return [StatedDate(start + m.start(1), start + m.end(1), m.group(1), d.precision,
                       d.date_from, d.date_to)]


def extract_article(
    text: str, name: str, path: str, sha256: str, encoding: str = "utf-8",
    story: Sequence[date] = (),
) -> Article:
    """Analyse one article's text into an Article holding its claims (`story`: the days
    the other reports of the batch were published on, see clean.find_published)."""
    meta = clean.read_meta(text, story)
    paras = clean.paragraphs(text, meta.boilerplate)
    parsed = _parse_all(paras)
    sents = sorted((s for ss in parsed for s in ss if s.text.strip()), key=lambda s: s.start)
    starts = [s.start for s in sents]
    attributions = attribution.attribute_article(text, paras, parsed, meta)

    # pass 1, in text order: each sentence's dates, and the time context after it
    ctx = dates.DateContext(published=meta.published)
    # a report with no date of its own, naming no year before a day, is of its batch's
    # time: «17 ноября» in it is in the year most other reports on the story came out,
    # not in no year at all
    batch_year = Counter(d.year for d in story).most_common(1)[0][0] \
        if story and meta.published is None else None
    sent_dates: list[list[StatedDate]] = []
    contexts: list[dates.DateContext] = []
    speakers_at: dict[int, list[str | None]] = {}
    for a in attributions:
        speakers_at.setdefault(_index(starts, a.start), []).append(a.speaker)
    quoted = _quoted_spans(text, attributions)
    for i, s in enumerate(sents):
        hint = max([y for y in [ctx.year_hint, *dates.years_named(s.text)] if y] or [0]) or \
            batch_year
        found: list[StatedDate] = _safe([], dates.find_dates, s.text, s.start, meta.published,
                                        hint, ctx.anchor)
        if i and not found:
            found = _then(s.text, s.start, sent_dates[-1])
        sent_dates.append(found)
        # a day in a speaker's quoted words is the day of what he tells, not of the
        # report's narration: «— Они приехали в четверг, 22 октября, — вспоминает он» puts
        # neither him at that day's event nor his next words on that day
        told = [d for d in found if not any(lo <= d.start < hi for lo, hi in quoted)]
        _safe(None, dates.advance, ctx, s, told, speakers_at.get(i, []))
        contexts.append(replace(ctx, said={}))

    # pass 2: the claims, with said_on from the context at their speech verb
    said: dict[str, str | None] = {}
    claims = []
    for a in attributions:
        span_text = text[a.start : a.end]
        i = _index(starts, a.start)
        ci = _index(starts, a.cue_start) if a.cue_start is not None else i
        stated = [d for j in _covering(sents, a.start, a.end) for d in sent_dates[j]
                  if a.start <= d.start and d.end <= a.end]
        entities: list[Entity] = []
        for j in _covering(sents, a.start, a.end):
            entities += facts.find_entities(
                [sp for sp in sents[j].spans if sp.start >= a.start and sp.end <= a.end]
            )
        when = None
        if sents:
            ctx_here = replace(contexts[ci], said=said)
            when = _safe(None, dates.said_on, sent_dates[ci], sents[ci], a.cue_start, a.speaker,
                         ctx_here, a.cue)
        said = {a.speaker: when} if a.speaker else {}
        sentence = sents[i] if sents else None
        counts: list[Count] = _safe([], facts.find_counts, span_text, a.start)
        claims.append(
            Claim(
                start=a.start,
                end=a.end,
                text=span_text,
                speaker=a.speaker,
                speaker_kind=a.speaker_kind,
                speaker_role=a.speaker_role,
                speaker_form=speaker_form(a.speaker, a.speaker_kind, entities),
                cue=a.cue,
                mode=a.mode,
                quote=a.quote,
                via=tuple(a.via),
                said_on=when,
                dates=tuple(stated),
                counts=tuple(c for c in counts
                             if not any(d.start < c.end and c.start < d.end for d in stated)),
                entities=tuple(entities),
                statuses=tuple(_safe([], facts.find_statuses, span_text, a.start,
                                                 entities, sentence)),
                lemmas=lemmas_for_index(span_text, a.start, entities),
            )
        )
    claims = _dated_by_next(claims, text, meta.published)
    claims = _same_speaker_dated_next(claims, text, meta.published)
    claims = _occasion_dated_after(claims, [a.cue_start for a in attributions], sents, contexts,
                                   starts, meta.published)
    return Article(
        name=name,
        path=path,
        sha256=sha256,
        text=text,
        encoding=encoding,
        title=meta.title,
        published=meta.published,
        outlet=meta.outlet,
        claims=tuple(claims),
        published_time=meta.published_time,
    )


def _quoted_spans(text: str, attributions: Sequence[attribution.Attribution]) -> list[
        tuple[int, int]]:
    """Where the document's direct quotes stand (absolute offsets)."""
    spans = []
    for a in attributions:
        if a.mode == DIRECT and a.quote:
            k = text.find(a.quote, a.start, a.end)
            if k >= 0:
                spans.append((k, k + len(a.quote)))
    return spans


# Words that put the next claim on an earlier occasion than the one before it.
_EARLIER_WORDS = re.compile(r"(?i)(?<![а-яё])(?:ранее|прежде|до этого|накануне|еще|уже|тогда)"
                            r"(?![а-яё])")


def _same_speaker_dated_next(claims: list[Claim], text: str,
                             published: str | None) -> list[Claim]:
    """«По словам X, A. «B», — сказала X на брифинге 6 октября.»: words of a speaker with no
    day of their own, right before the same speaker's words dated in their own sentence in
    the same paragraph, were said on that day too."""
    out = list(claims)
    for k in range(len(out) - 2, -1, -1):
        c, nxt = out[k], out[k + 1]
        if not c.speaker or c.speaker != nxt.speaker or published is None:
            continue
        if c.said_on != published or nxt.said_on in (None, published):
            continue
        if "\n" in text[c.end:nxt.start] or _EARLIER_WORDS.search(nxt.text) or \
                _EARLIER_WORDS.search(c.text):
            continue
        if not any(d.precision == "day" and d.date_from == nxt.said_on for d in nxt.dates):
            continue  # the day must be written in the next claim itself
        out[k] = replace(c, said_on=nxt.said_on)
    return out


def _dated_by_next(claims: list[Claim], text: str, published: str | None) -> list[Claim]:
    """«X называет причиной утечку. Об этом в четверг, 12 марта, сообщила Y.»: the day the
    next sentence gives for «this» is when the words before it were said."""
    out = list(claims)
    for k in range(len(out) - 1):
        c, nxt = out[k], out[k + 1]
        if c.said_on is None or c.said_on != published or nxt.said_on in (None, published):
            continue
        if "\n" in text[c.end:nxt.start] or not G.BACKWARD.match(nxt.text):
            continue
        if not any(d.precision == "day" and d.date_from == nxt.said_on for d in nxt.dates):
            continue  # the day must be written in the «Об этом» sentence itself
        out[k] = replace(c, said_on=nxt.said_on)
    return out


# «Встреча прошла в четверг, 20 ноября.»: a sentence dating the occasion told just before
_OCCASION_DATED = re.compile(r"^\W*(?P<n>Встреч|Переговор|Бесед|Разговор|Заседани|Совещани|Брифинг)"
                            r"\w*\s+(?:прош|состоял|длил|продолжал|заверши|начал)", re.I)


def _occasion_dated_after(claims: list[Claim], cue_starts: list[int | None],
                          sents: list[nlp.ParsedSentence],
                          contexts: list[dates.DateContext], starts: list[int],
                          published: str | None) -> list[Claim]:
    """«X на встрече с послом настоял ... . Встреча прошла в четверг, 20 ноября.»: words
    said at an occasion whose day the next sentences give were said that day."""
    out = list(claims)
    for k, c in enumerate(out):
        if not c.speaker or c.said_on != published or published is None:
            continue
        cue_start = cue_starts[k]
        i = _index(starts, cue_start if cue_start is not None else c.start)
        for j in range(i + 1, min(i + 3, len(sents))):
            m = _OCCASION_DATED.match(sents[j].text)
            day = contexts[j].event
            if m is None or not day or day == contexts[j - 1].event:
                continue
            noun = m.group("n").lower()
            if re.search(rf"\b(?:на|в ходе|во время)\s+{noun}", sents[i].text.lower()):
                out[k] = replace(c, said_on=day)
            break
    return out


def speaker_form(speaker: str | None, kind: str | None, entities: list[Entity]) -> str | None:
    """The words that name the speaker in this claim («Пескова» for Дмитрий Песков), so
    the store keeps every form a name was seen in; None when only a pronoun or role does."""
    if not speaker:
        return None
    last = speaker.split()[-1].lower()
    for e in entities:
        same_person = kind == e.type == "PER" and e.name.split()[-1].lower() == last
        if same_person or e.name.lower() == speaker.lower():
            return e.text
    return None


def _parse_all(paras: list[clean.Paragraph]) -> list[list[nlp.ParsedSentence]]:
    """All paragraphs parsed in one batch; on a parser failure, paragraph by paragraph,
    so only the paragraph the parser cannot take loses its tokens."""
    try:
        parsed = nlp.parse_article([(p.start, p.text) for p in paras])
    except Exception:  # natasha's internals raise assorted errors on odd text
        parsed = [_parse(p) for p in paras]
    return [[_outlet_apart(s) for s in ss] for ss in parsed]


def _outlet_apart(s: nlp.ParsedSentence) -> nlp.ParsedSentence:
    """«— сказала Би-би-си Ушакова»: the recogniser may read the outlet told and the
    surname after it as one person; the outlet is a name of its own."""
    spans = []
    for sp in s.spans:
        first, _, rest = sp.text.partition(" ")
        _, _, normal_rest = sp.normal.partition(" ")
        if sp.type == "PER" and rest and normal_rest and \
                known_outlet(first.strip("«»\"“”„")) is not None:
            cut = sp.start + len(first)
            spans.append(nlp.NamedSpan(sp.start, cut, first, "ORG", first))
            # (the recogniser's normal form of the whole may cut the surname, «Би-би-си
            # Стоян»: a name in the nominative is its own normal form)
            last = next((t for t in s.tokens if t.end == sp.end), None)
            nominative = last is not None and last.feats.get("Case") == "Nom"
            spans.append(nlp.NamedSpan(sp.end - len(rest), sp.end, rest, "PER",
                                       rest if nominative else normal_rest))
        else:
            spans.append(sp)
    return replace(s, spans=tuple(spans)) if len(spans) != len(s.spans) else s


def _parse(p: clean.Paragraph) -> list[nlp.ParsedSentence]:
    """One paragraph parsed; should the parser fail on odd input, its sentences come
    back bare (no tokens, no names) so the article still yields its claims."""
    try:
        return nlp.parse(p.text, p.start)
    except Exception:  # natasha's internals raise assorted errors on odd text
        return [nlp.ParsedSentence(p.start + a, p.start + b, p.text[a:b], (), ())
                for a, b in nlp.sentences(p.text)]


def _index(starts: list[int], pos: int) -> int:
    """The index of the sentence holding `pos` (the last one starting at or before it)."""
    return max(bisect.bisect_right(starts, pos) - 1, 0)


def _covering(sents: list[nlp.ParsedSentence], start: int, end: int) -> list[int]:
    return [j for j, s in enumerate(sents) if s.start < end and start < s.end]


def _safe(default: T, fn: Callable[..., T], *args: Any) -> T:
    """Run one fact finder; odd input (English, tables, stray symbols) must not sink
    the whole article, so a finder that fails yields its empty value instead."""
    try:
        return fn(*args)
    except (ValueError, KeyError, IndexError, AttributeError, TypeError, OverflowError):
        return default


def lemmas_for_index(text: str, offset: int, entities: list[Entity]) -> str:
    """Lemmas of a claim's words, with each person's name replaced by its normal form
    (pymorphy turns surnames into common nouns: Песков -> песок)."""
    parts = []
    pos = 0
    for e in sorted(entities, key=lambda e: e.start):
        a, b = e.start - offset, e.end - offset
        if a < pos:
            continue
        parts.append(nlp.lemmatize(text[pos:a]))
        parts.append(fold(e.name) if e.type == "PER" else nlp.lemmatize(text[a:b]))
        pos = b
    parts.append(nlp.lemmatize(text[pos:]))
    return " ".join(p for p in parts if p)
