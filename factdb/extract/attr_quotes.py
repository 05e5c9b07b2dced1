"""Quotation marks of one paragraph -> the quoted regions, outermost only.

Russian news mixes «ёлочки», „лапки“, “English quotes” and straight quotes, nests them,
and sometimes leaves one unbalanced. Straight quotes are read as opening or closing from
the characters around them. Sentence splitting cuts long quotes apart, so quotes are
found per paragraph and sentences are mapped onto them afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"«": "»", "„": "“", "“": "”"}
CLOSERS = {"»", "”", "“"}


@dataclass(frozen=True)
class QuoteRegion:
    """A quotation: `start` at the opening mark, `end` just after the closing mark."""

    start: int
    end: int
    text: str  # the words between the marks
    long: bool  # quoted words (a clause), not a quoted name like «Фонтанка»
    closed: bool = True  # False: a quotation going on into the next paragraph


def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-:/„«":
        return not after.isspace()
    return False


# «Мы готовы, — сказал он. — Но нужны гарантии»: an attribution inside the marks (a
# quoted name may stand in it, in any marks: «— отметил он в разговоре с «Известиями».
# —», «— заявил “Ъ” X. —»); the dash may be a hyphen written close to the comma
# («готовы,- сказал он.- Но», as in "Ъ")
_DASH = r"(?:\s+[—–]|\s*-)\s+"
INTERRUPTION = re.compile(
    rf"(?<=[,.!?…]){_DASH}(?:[^—–«»\"“”„]|«[^«»—–]{{1,40}}»|\"[^\"—–]{{1,40}}\"|"
    rf"“[^“”—–]{{1,40}}”|„[^„“—–]{{1,40}}“){{3,100}}?"
    rf"[.,:]{_DASH}(?=\w)")


def _interrupted(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Cut each quotation around an attribution standing inside its marks; the pieces
    keep the marks' positions as if each were quoted on its own (and are flagged)."""
    out = []
    for s, e in found:
        pos = s
        cut = False
        for m in INTERRUPTION.finditer(text, s + 1, e - 1):
            out.append((pos, m.start() + 1, True))
            pos = m.end() - 1
            cut = True
        out.append((pos, e, cut))
    return out


def quote_regions(text: str, offset: int = 0) -> list[QuoteRegion]:
    """Outermost quotations of a paragraph, offsets plus `offset`."""
    stack: list[tuple[str, int]] = []
    found: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch == '"':
            if stack and stack[-1][0] == '"' and not _straight_opens(text, i):
                _, s = stack.pop()
                if not stack:
                    found.append((s, i + 1))
            elif _straight_opens(text, i):
                stack.append(('"', i))
            elif stack and any(o == '"' for o, _ in stack):
                while stack and stack[-1][0] != '"':
                    stack.pop()  # an unclosed inner quote: drop it
                _, s = stack.pop()
                if not stack:
                    found.append((s, i + 1))
            continue
        if ch == "“" and stack and stack[-1][0] == "„":
            _, s = stack.pop()  # „лапки“ close with “
            if not stack:
                found.append((s, i + 1))
            continue
        if ch in OPENERS:
            stack.append((ch, i))
            continue
        if ch in CLOSERS:
            want = [k for k, (o, _) in enumerate(stack) if OPENERS.get(o) == ch]
            if not want:
                attributed = re.match(r"\s*[,.!?…]*\s*[—–-]", text[i + 1 :])
                if not found and not stack and ch in "»”" and attributed:
                    # «... очереди», — сказал он» closing a quotation opened paragraphs before
                    lead = len(text) - len(text.lstrip())
                    found.append((lead - 1, i + 1))
                continue  # a stray closer
            k = want[-1]
            s = stack[k][1]
            del stack[k:]
            if not stack:
                found.append((s, i + 1))
    out = []
    if stack and not text[: stack[0][1]].strip() and not found:
        # «Мы продолжим... (no closing mark): a quotation running on over paragraphs
        s0 = stack[0][1]
        inner = text[s0 + 1 :].rstrip()
        if len(re.findall(r"\w+", inner)) >= 2:
            end = len(text.rstrip()) + offset
            return [QuoteRegion(s0 + offset, end, inner, True, closed=False)]
    for s, e, cut in _interrupted(text, found):
        inner = text[s + 1 : e - 1]
        words = re.findall(r"\w+", inner)
        # a clause, or a short phrase that is plainly someone's words: «"Всё решено", — ...»
        framed = bool(re.match(r"\s*[,.!?…]*\s*[-–—]", text[e:])) or inner.rstrip()[-1:] in ".,!?…"
        long = len(words) >= 4 or len(words) >= 2 and (framed or cut)
        out.append(QuoteRegion(s + offset, e + offset, inner, long))
    return out


# «— Мы готовы к диалогу, — сказал он.»: direct speech opened by a dash, no quote marks
DASH_SPEECH = re.compile(r"^(\s*[—–]\s*)(?P<words>\S.*?[,.!?…])\s+[—–]\s+(?=\w)")


def dash_speech(text: str, offset: int = 0) -> list[QuoteRegion]:
    """The words of a paragraph written as dash-introduced direct speech, when an
    attribution follows them after a second dash (and the words that go on after a
    third: «— A, — сказал он. — B.»)."""
    m = DASH_SPEECH.match(text)
    if not m:
        return []
    w = m.group("words")
    # a quotation inside the words («Водитель крикнул «Стой!»») is fine; stray marks are not
    if w.count("«") != w.count("»") or w.count('"') % 2 or re.search(r"[“”„]", w):
        return []
    start = m.start("words") - 1
    end = m.end("words") + 1
    inner = m.group("words").rstrip(",")
    out = [QuoteRegion(start + offset, end + offset, inner, len(re.findall(r"\w+", inner)) >= 2)]
    rest = re.search(r"[.,:]\s+[—–]\s+(?P<more>\w.*?)\s*$", text[m.end():])
    if rest:
        a, b = m.end() + rest.start("more") - 1, m.end() + rest.end("more")
        more = text[a + 1 : b]
        out.append(QuoteRegion(a + offset, b + offset, more, len(re.findall(r"\w+", more)) >= 2))
    return out
