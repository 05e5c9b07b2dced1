"""First stage after reading: what the text says about itself, and what is not news.

Finds the publication date, title and self-named outlet, and the boilerplate
(foreign-agent notices, cookie banners, photo credits, date and author lines) that
must yield no claims. Nothing is deleted: boilerplate is blanked with spaces so every
offset still points into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MONTHS_GEN = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip

_MONTH_RE = "|".join(MONTHS_GEN)


@dataclass(frozen=True)
class Paragraph:
    """A line of the article with boilerplate blanked; `text` is as long as the slice."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Meta:
    """What an article says about itself."""

    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    boilerplate: tuple[tuple[int, int], ...] = field(default_factory=tuple)


# Each pattern matches a whole piece of boilerplate inside a line.
BOILERPLATE = [
    # the leading " date 2025-10-12" marker of exported articles
    re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\b", re.M),
    # "20:46, 27 февраля 2026" and "27 февраля 2026, 20:46" date lines
    re.compile(rf"^\s*(?:\d{{1,2}}:\d{{2}},?\s+)?\d{{1,2}}\s+(?:{_MONTH_RE})\s+\d{{4}}"
               rf"(?:\s*(?:г\.|года)?,?\s+\d{{1,2}}:\d{{2}})?\s*$", re.M | re.I),
    # foreign-agent notices, written in capitals or not
    re.compile(r"(?is)(?:НАСТОЯЩИЙ|ДАННЫЙ)\s+МАТЕРИАЛ.{0,400}?ИНОСТРАНН\w+\s+АГЕНТ\w*"
               r"(?:[^.\n]*\.)?(?:[^.\n]*ИНОСТРАНН\w+\s+АГЕНТ[^.\n]*\.)?"),
    # cookie banners
    re.compile(r"(?i)На сайте используются (?:файлы )?cookies?[^\n]*"),
    re.compile(r"(?i)[^\n.]*\bиспользует(?:ся)? (?:файлы )?cookies?[^\n]*"),
    # author lines and photo credits
    re.compile(r"(?im)^\s*(?:Автор|Фото|Фотография|Источник фото|Photo)\s*:[^\n]*$"),
    re.compile(r"(?m)^\s*[A-Z][\w.-]+(?: [A-Z][\w.-]+)*\s*/\s*[A-Z][\w ]+\s*$"),
    re.compile(r"(?m)^\s*(?:©|\(c\)).*$"),
]

# «Автор: "Кавказский узел"», «как писал "X"», «в беседе с корреспондентом "X"»
_QUOTED = r"[\"«„“]([^\"»“”]{2,60})[\"»“”]"
SELF_NAMING = [
    re.compile(rf"(?im)^\s*Автор\s*:\s*{_QUOTED}"),
    re.compile(rf"(?i)как (?:писал|сообщал|рассказывал|уже писал)\w*\s+{_QUOTED}"),
    re.compile(rf"(?i)в беседе с корреспондент\w+\s+{_QUOTED}"),
    re.compile(rf"(?i)(?:сообщил|рассказал|заявил)\w*\s+{_QUOTED}"),
]


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """Spans of text that are not news and must yield no claims."""
    spans = []
    for pat in BOILERPLATE:
        spans += [m.span() for m in pat.finditer(text) if m.end() > m.start()]
    return sorted(spans)


def find_published(text: str) -> str | None:
    """The publication date the text carries, ISO, or None; never today's date."""
    head = text[:600]
    m = re.search(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b", head, re.M)
    if m:
        return m.group(1)
    m = re.search(rf"(?i)\b(\d{{1,2}})\s+({_MONTH_RE})\s+(\d{{4}})\b", head)
    if m:
        day, month, year = int(m.group(1)), MONTHS_GEN[m.group(2).lower()], int(m.group(3))
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _strip_quotes(name: str) -> str:
    return name.strip().strip("\"«»„“”").strip()


def find_outlet(text: str) -> str | None:
    """The outlet an article names as itself, nominative where it is easy to tell."""
    for pat in SELF_NAMING:
        m = pat.search(text)
        if m:
            return normalize_outlet_name(_strip_quotes(m.group(1)))
    return None


def normalize_outlet_name(name: str) -> str:
    """«Кавказского узла» -> «Кавказский узел»: cheap case folding of quoted outlet names."""
    from factdb.extract import nlp

    words = name.split()
    out = []
    for w in words:
        if not re.search(r"[а-яё]", w, re.I):
            out.append(w)
            continue
        pos, case = nlp.inflections(w)
        if case in ("gent", "datv", "ablt", "loct", "accs") and pos in ("NOUN", "ADJF"):
            norm = _inflect_nominative(w)
            out.append(norm)
        else:
            out.append(w)
    return " ".join(out)


def _inflect_nominative(word: str) -> str:
    from factdb.extract import nlp

    analyzer = nlp._morph_analyzer()
    p = analyzer.parse(word)[0]
    form = p.inflect({"nomn"})
    if form is None:
        return word
    res = str(form.word)
    return res[:1].upper() + res[1:] if word[:1].isupper() else res


def read_meta(text: str) -> Meta:
    """Publication date, outlet, title and boilerplate of one article."""
    boiler = find_boilerplate(text)
    paras = paragraphs(text, boiler)
    title = next((p.text.strip() for p in paras if p.text.strip()), None)
    return Meta(
        title=title,
        published=find_published(text),
        outlet=find_outlet(text),
        boilerplate=tuple(boiler),
    )


def paragraphs(text: str, boilerplate: list[tuple[int, int]] | tuple[tuple[int, int], ...]
               ) -> list[Paragraph]:
    """The article's non-empty lines, boilerplate blanked, non-breaking spaces made plain."""
    chars = list(text.replace("\xa0", " "))
    for a, b in boilerplate:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    clean = "".join(chars)
    out = []
    pos = 0
    for line in clean.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip():
            out.append(Paragraph(start, end, line))
    return out
