"""Stories: which documents tell of the same events, from the names and words they share.

Conflict rules that have no named subject in a claim («Это был поджог», «сумма взятки
составила 12 млн рублей») still need evidence that two claims speak of one affair. Two
documents belong to one story when the people, bodies and places they name overlap,
weighted by how rare each name is in the corpus (every report names «Россия»; few name
one mall or one official); names in guillemets («завод «Звезда»») count as names, since
the recogniser misses many company names. The recogniser misses whole stories' names,
so two documents whose rare words overlap strongly (a profile of content lemmas, far
above what two stories of one kind share) are one story too. In a corpus of many stories
a name or two recur across them by chance (a namesake, a mall's name): reports sharing so
few names must also share some of their rare words. Linear in the names:
documents meet only through a shared name or one of their few rarest words, and a name
held by most documents links nothing.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from factdb.conflicts import match
from factdb.conflicts.lexicons import country_of
from factdb.conflicts.rules import days_apart
from factdb.models import StoredClaim
from factdb.text import fold

LINK = 0.22  # cosine of two documents' name profiles above which they tell one story
MAX_DF = 60  # documents meet through names held by at most this many (bounds the pairs)
# cosine of two documents' word profiles above which they tell one story: reports of one
# story measured 0.3-0.6, of two stories of one kind (two fires) up to 0.25
WORD_LINK = 0.4
MIN_SHARED_WORDS = 6  # and at least this many rare words in common
WORD_KEYS = 15  # each document meets others through its this many weightiest words
# a short name in guillemets: «Горизонт», «Северный поток»; not a quoted sentence
_QUOTED = re.compile(r"«([A-ZА-ЯЁ0-9][^«»\n.!?,:;]{0,38})»")
_DIGITS = re.compile(r"\d")
_ENDING = re.compile(r"(?:ами|ом|ем|ой|ым|ам|ах|а|у|е|и|ы)$")  # «Горизонта» -> «горизонт»


_LEGAL_FORMS = {"ооо", "оао", "зао", "пао", "ао", "ип", "нко", "ано", "фгуп", "муп", "гуп"}
_SURNAME_CASE = re.compile(r"(?<=ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой)$")


def _name_key(kind: str, name: str) -> str:
    """A person by surname (documents vary in giving first names), others as written."""
    parts = fold(name).split()
    if not parts:
        return ""
    if kind == "PER":
        if len(parts) == 1 and _first_name_only(parts[0]):
            return ""  # «Денис» alone: two stories' heroes may share a first name
        # «Кречетову», «Кречетова», «Кречетов»: one family name
        return f"PER:{_SURNAME_CASE.sub('', parts[-1])}"
    # «Пензой», «Пенза», «Пензу»; «ООО "Кременьавто"» and «Кременьавто»: one name
    words = [w for w in re.findall(r"[\w-]+", " ".join(parts)) if w not in _LEGAL_FORMS]
    return f"{kind}:{' '.join(_ENDING.sub('', w) if len(w) > 4 else w for w in words)}"


def _first_name_only(word: str) -> bool:
    """A word that reads as a first name and never as a surname («Денис», not «Иванов»)."""
    from factdb.extract.nlp import name_forms, surname_reading

    return bool(name_forms(word)) and not surname_reading(word)


@lru_cache(maxsize=65536)
def _outlet(name: str) -> bool:
    """A known outlet in any case («Вестей», «Интерфаксу»): quoted by a report of any
    story, even where no claim's attribution caught it as the channel."""
    from factdb.extract.attr_mention import known_outlet

    return known_outlet(name) is not None


def _one_name(key: str) -> tuple[str, ...]:
    """A name's words cut to their first five letters: «ТЦ «Полярис»» read as an ORG and
    in guillemets, «Северные авиалинии» and «Северных авиалиний», are one name."""
    return tuple(w[:5] for w in key.split(":", 1)[1].split())


def _national(key: str) -> bool:
    """A country or its capital («Молдавия», «Кишинев»): every story told from there names
    it, so it is no evidence of one story beside another name."""
    return key.startswith("LOC:") and country_of(key[4:], capitals=True) is not None


def _first_names(claims: Sequence[StoredClaim]) -> dict[int, dict[str, set[str]]]:
    """Per document: the first names it gives with each surname key."""
    out: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for sc in claims:
        for e in sc.claim.entities:
            parts = fold(e.name).split()
            if e.type == "PER" and len(parts) >= 2:
                out[sc.doc_id][_name_key("PER", e.name)].add(parts[0])
    return out


def doc_profiles(claims: Sequence[StoredClaim]) -> dict[int, Counter[str]]:
    """Per document: how often each name is mentioned, outlets that carry words left out."""
    profiles: dict[int, Counter[str]] = defaultdict(Counter)
    # every outlet and channel of the corpus: «Интерфакс» quoted in two stories is no link
    media = {fold(m)[:5] for sc in claims
             for m in (*sc.claim.via, sc.outlet or "") if m}
    for sc in claims:
        carriers = {v.lower() for v in sc.claim.via} | {(sc.outlet or "").lower()}
        for e in sc.claim.entities:
            if (e.name.lower() in carriers or fold(e.name)[:5] in media or fold(e.name) == "ъ"
                    or _outlet(e.name)):
                continue  # outlets quoting themselves or each other say nothing of the story
            key = _name_key(e.type, e.name)
            if key:
                profiles[sc.doc_id][key] += 1
        for m in _QUOTED.finditer(sc.claim.text):
            raw = fold(m.group(1)).split()
            name = " ".join(_ENDING.sub("", w) if len(w) > 5 else w for w in raw)
            if len(raw) <= 3 and " ".join(raw)[:5] not in media and not _outlet(m.group(1)):
                profiles[sc.doc_id][f"Q:{name}"] += 1
        profiles.setdefault(sc.doc_id, Counter())
    return profiles


def _word_weights(claims: Sequence[StoredClaim]) -> dict[int, dict[str, float]]:
    """Per document: its rare content words weighted by tf-idf (words in more than
    MAX_DF documents, or in one only, left out)."""
    words: dict[int, Counter[str]] = defaultdict(Counter)
    for sc in claims:
        words[sc.doc_id].update(w for w in match.content_lemmas(sc.claim.lemmas)
                                if not _DIGITS.search(w))
    n = len(words)
    df: Counter[str] = Counter()
    for prof in words.values():
        df.update(prof.keys())
    return {d: {w: (1 + math.log(c)) * math.log(n / df[w]) for w, c in prof.items()
                if 1 < df[w] <= MAX_DF and df[w] < n}
            for d, prof in words.items()}


def _cosine(wa: dict[str, float], wb: dict[str, float], na: float, nb: float) -> float:
    return sum(x * wb[k] for k, x in wa.items() if k in wb) / (na * nb)


def _word_links(weights: dict[int, dict[str, float]],
                norms: dict[int, float]) -> list[tuple[int, int]]:
    """Pairs of documents whose rare content words overlap strongly (tf-idf cosine)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for d, w in weights.items():
        for k in sorted(w, key=lambda k: (-w[k], k))[:WORD_KEYS]:
            postings[k].append(d)
    out: set[tuple[int, int]] = set()
    for docs in postings.values():
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                pair = (min(a, b), max(a, b))
                if pair in out:
                    continue
                wa, wb = weights[a], weights[b]
                if (len([k for k in wa if k in wb]) >= MIN_SHARED_WORDS
                        and _cosine(wa, wb, norms[a], norms[b]) >= WORD_LINK):
                    out.add(pair)
    return sorted(out)


COMMON_FROM = 30  # reports in a corpus from which a name most of them hold is common
# in a corpus of COMMON_FROM reports or more, two reports that share fewer than MANY_NAMES
# names tell one story only if their rare words also agree this much (on all evaluation
# sets in one corpus, pairs of one story linked by one name measured 0.07-0.46, pairs of
# two stories sharing a name by chance 0.02-0.11)
WORD_HINT = 0.12
MANY_NAMES = 3
FAR_APART = 60  # days between two reports' publication beyond which likeness is not enough


def _far_apart(published: dict[int, str], a: int, b: int) -> bool:
    """Both reports dated, and more than FAR_APART days apart."""
    pa, pb = published.get(a), published.get(b)
    return bool(pa and pb) and days_apart(str(pa), str(pb)) > FAR_APART


def stories(claims: Sequence[StoredClaim]) -> dict[int, int]:
    """Document id -> story id (the smallest document id of its story)."""
    profiles = doc_profiles(claims)
    firsts = _first_names(claims)
    published = {sc.doc_id: sc.published for sc in claims if sc.published}
    n = len(profiles)
    df: Counter[str] = Counter()
    for prof in profiles.values():
        df.update(prof.keys())
    # a name most documents hold (the country, the capital) weighs little; in a corpus
    # of one story every report holds its hero's name, and they all link
    weights: dict[int, dict[str, float]] = {}
    for doc, prof in profiles.items():
        # names no other report holds can link nothing: left out, they would only
        # dilute the likeness of a long report full of its own details
        weights[doc] = {k: c * math.log(1 + n / df[k]) for k, c in prof.items() if df[k] > 1}
    norms = {d: math.sqrt(sum(x * x for x in w.values())) or 1.0 for d, w in weights.items()}
    # the places a report names, countries and capitals left out (every report from
    # abroad names them)
    places = {d: {k for k in prof if k.startswith("LOC:") and not _national(k)}
              for d, prof in profiles.items()}
    words = _word_weights(claims)
    word_norms = {d: math.sqrt(sum(x * x for x in w.values())) or 1.0 for d, w in words.items()}
    postings: dict[str, list[int]] = defaultdict(list)
    for d, w in weights.items():
        for k in w:
            if df[k] <= MAX_DF:  # a name in hundreds of reports links nothing by itself
                postings[k].append(d)
    parent = {d: d for d in profiles}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    seen: set[tuple[int, int]] = set()
    for docs in postings.values():
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                wa, wb = weights[a], weights[b]
                # a surname two reports give with different first names is two people
                shared = [k for k in wa if k in wb and not (
                    firsts[a].get(k) and firsts[b].get(k) and
                    not firsts[a][k] & firsts[b][k])]
                dot = sum(wa[k] * wb[k] for k in shared)
                # one city in common is two events in one city as often as one story;
                # a person or a name in guillemets in common, or two names, make a story
                # (in a corpus of many stories, a name a tenth of the reports hold is an
                # institution of many stories, «СК», «Роспотребнадзор»: it links none)
                telling = [k for k in shared if n < COMMON_FROM or df[k] <= n / 10]
                distinct = {_one_name(k) for k in telling if not _national(k)}
                enough = len(distinct) >= 2 or any(
                    k.startswith(("PER:", "Q:")) for k in telling)
                # in a corpus of many stories a name or two recur across them: a governor,
                # a mall, a namesake; two reports that share only these tell one story
                # only when their rare words agree too
                if enough and n >= COMMON_FROM and len(distinct) < MANY_NAMES and _cosine(
                        words.get(a, {}), words.get(b, {}), word_norms.get(a, 1.0),
                        word_norms.get(b, 1.0)) < WORD_HINT:
                    continue
                # reports months apart tell one story only through its people (a full name
                # both give) or a name in guillemets: institutions and a city recur in
                # every poisoning or crash of a region
                if enough and _far_apart(published, a, b) and not any(
                        k.startswith("Q:") or (k.startswith("PER:") and firsts[a].get(k, set())
                                               & firsts[b].get(k, set())) for k in shared):
                    continue
                if enough and dot / (norms[a] * norms[b]) >= LINK:
                    ra, rb = root(a), root(b)
                    parent[max(ra, rb)] = min(ra, rb)
    for a, b in _word_links(words, word_norms):
        if places[a] and places[b] and not places[a] & places[b]:
            continue  # two protests alike in words, in two cities: two stories
        if _far_apart(published, a, b):
            continue  # two crashes alike in words, a year apart: two stories
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    return {d: root(d) for d in profiles}
