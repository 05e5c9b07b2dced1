"""Extraction: an article's text -> its claims with speakers, dates and facts.

The stages run in one direction: clean (meta, boilerplate, paragraphs) -> nlp (parse)
-> attribution (who said it) -> dates and facts (what it states) -> said_on.
"""

from __future__ import annotations

from factdb.extract import attribution, clean, dates, facts, nlp
from factdb.models import Article, Claim


def extract_article(
    text: str, name: str, path: str, sha256: str, encoding: str = "utf-8"
) -> Article:
    """Analyse one article's text into an Article holding its claims."""
    meta = clean.read_meta(text)
    paras = clean.paragraphs(text, meta.boilerplate)
    parsed = [nlp.parse(p.text, p.start) for p in paras]
    sentences = {(s.start, s.end): s for sents in parsed for s in sents}
    claims = []
    for a in attribution.attribute_article(text, paras, parsed, meta):
        span_text = text[a.start : a.end]
        stated = dates.find_dates(span_text, a.start, meta.published)
        entities = []
        for s in sentences.values():
            if s.start < a.end and a.start < s.end:
                entities += facts.find_entities(
                    [sp for sp in s.spans if sp.start >= a.start and sp.end <= a.end]
                )
        claims.append(
            Claim(
                start=a.start,
                end=a.end,
                text=span_text,
                speaker=a.speaker,
                speaker_kind=a.speaker_kind,
                speaker_role=a.speaker_role,
                cue=a.cue,
                mode=a.mode,
                quote=a.quote,
                via=a.via,
                said_on=dates.said_on(stated, a.cue_start, meta.published),
                dates=tuple(stated),
                counts=tuple(facts.find_counts(span_text, a.start)),
                entities=tuple(entities),
                statuses=tuple(facts.find_statuses(span_text, a.start, entities)),
                lemmas=lemmas_for_index(span_text, a.start, entities),
            )
        )
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
    )


def lemmas_for_index(text: str, offset: int, entities: list) -> str:  # type: ignore[type-arg]
    """Lemmas of a claim's words, with each person's name replaced by its normal form
    (pymorphy turns surnames into common nouns: Песков -> песок)."""
    parts = []
    pos = 0
    for e in sorted(entities, key=lambda e: e.start):
        a, b = e.start - offset, e.end - offset
        if a < pos:
            continue
        parts.append(nlp.lemmatize(text[pos:a]))
        parts.append(e.name.lower().replace("ё", "е") if e.type == "PER" else nlp.lemmatize(text[a:b]))
        pos = b
    parts.append(nlp.lemmatize(text[pos:]))
    return " ".join(p for p in parts if p)
