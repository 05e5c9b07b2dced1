"""Sentence -> who said it, how, and through which outlet.

A first, simple version: a speech verb in the sentence and the nearest person or
organisation named before or after it. To be replaced by dependency-tree rules with
coreference inside the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdb.extract.clean import Meta, Paragraph
from factdb.extract.nlp import ParsedSentence
from factdb.models import DIRECT, INDIRECT, NARRATIVE

SPEECH_VERBS = re.compile(
    r"\b(заяви\w*|сообщи\w*|сказа\w*|подчеркну\w*|отмети\w*|напомни\w*|добави\w*|"
    r"заверил\w*|уточни\w*|рассказа\w*|указа\w*|заключи\w*|признал\w*|пояснил\w*)\b",
    re.I,
)


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


def attribute_article(
    text: str, paragraphs: list[Paragraph], parsed: list[list[ParsedSentence]], meta: Meta
) -> list[Attribution]:
    """One attribution per claim span, in text order, for the whole article."""
    out = []
    for sents in parsed:
        for s in sents:
            if not s.text.strip():
                continue
            out.append(_attribute_sentence(text, s))
    return out


def _attribute_sentence(text: str, s: ParsedSentence) -> Attribution:
    m = SPEECH_VERBS.search(s.text)
    if not m:
        return Attribution(s.start, s.end)
    cue_start = s.start + m.start()
    people = [sp for sp in s.spans if sp.type in ("PER", "ORG")]
    if not people:
        return Attribution(s.start, s.end, cue=m.group(1), cue_start=cue_start, mode=INDIRECT)
    nearest = min(people, key=lambda sp: abs(sp.start - cue_start))
    quoted = re.search(r"[«\"“]([^»\"”]{10,})[»\"”]", s.text)
    return Attribution(
        s.start,
        s.end,
        speaker=nearest.normal,
        speaker_kind=nearest.type,
        cue=m.group(1),
        cue_start=cue_start,
        mode=DIRECT if quoted else INDIRECT,
        quote=quoted.group(1) if quoted else None,
    )
