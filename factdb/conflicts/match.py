"""Clusters of equivalent claims: blocking, then rapidfuzz scoring, then union-find.

Never all-pairs. Each claim is reduced to its content lemmas (already lower-cased and
ё-folded by extraction, person names in normal form) plus date keys. Blocking indexes only
each claim's few RAREST keys (prefix filtering): two claims become a candidate pair when
they share one of those, so the work grows with the pairs that share something rare,
not with n². Candidates are scored by an idf-weighted overlap of their lemma sets and
rapidfuzz's token_set_ratio; a caller may veto a pair (claims that state conflicting
values are not "the same" however alike they read). Accepted pairs are merged best-first
with a size cap so a chain of near-matches cannot swallow a whole story.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from factdb.extract.facts import MULTIPLIERS, NUMBER_WORDS
from factdb.models import StoredClaim
from factdb.text import fold

# Function words, speech verbs and words too general to say what a claim is about.
STOP = frozenset(
    """
    и в во на с со к ко о об от до по за из у не ни но а же ли бы что чтобы как так то это
    этот тот такой который какой весь все свой наш ваш их его ее он она они мы вы я ты
    себя быть стать мочь иметь который также тоже еще уже ещ лишь только даже очень более
    при про для без над под через между после перед около вокруг среди ради или либо
    если когда где там тут здесь сейчас теперь тогда вот один сам самый кроме того
    заявить сообщить сказать отметить подчеркнуть добавить напомнить уточнить рассказать
    заметить указать говорить сообщать заявлять считать пояснить признать ответить
    слово словам по_словам источник данные время год раз день
    """.split()
)
_DIGITS = re.compile(r"\d")
CLUSTER_CAP = 25  # no cluster grows beyond this many claims
LINKAGE = 0.5  # the share of cross pairs of two groups that must be same pairs to merge
# the rank of a pair the rules read as one fact (`agree`): above most pairs alike only in
# words, so one fact's retellings merge before a claim joins a group by a shared name
AGREED_RANK = 0.9


@dataclass(frozen=True)
class MatchStats:
    """What one clustering run did: the figures a benchmark prints."""

    claims: int
    candidate_pairs: int
    same_pairs: int
    clusters: int


@dataclass(frozen=True)
class _Features:
    words: frozenset[str]
    keys: tuple[str, ...]
    text: str


def word_weights(claims: Iterable[StoredClaim], figures: bool = True) -> Callable[[str], float]:
    """The weight of a lemma among these claims (its idf), as the clustering weighs
    words: rare words say more of what a claim is about (`figures`: as `_features`)."""
    df: Counter[str] = Counter()
    n = 0
    for sc in claims:
        df.update(set(claim_words(sc) if figures else content_lemmas(sc.claim.lemmas)))
        n += 1

    def idf(w: str) -> float:
        return math.log(1 + max(1, n) / df.get(w, 1))
    return idf


# abbreviations the lemmatiser leaves as they are: «500 тыс. руб.» is «рублей»
_ABBREVIATIONS = {"руб": "рубль", "долл": "доллар", "чел": "человек", "коп": "копейка"}


def content_lemmas(lemmas: str) -> list[str]:
    """The lemmas of a claim that carry meaning (no function words, no speech verbs)."""
    return [_ABBREVIATIONS.get(w, w) for w in lemmas.split()
            if w not in STOP and (len(w) > 2 or _DIGITS.search(w))]


def claim_words(sc: StoredClaim) -> list[str]:
    """A claim's content lemmas with each figure as one word: «3 млн рублей» and «три
    миллиона рублей» share «#3000000», «38 тыс. т» and «38 тысяч тонн» share «#38000»."""
    return _with_figures(content_lemmas(sc.claim.lemmas))


def _with_figures(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        value = _number(words[i])
        if value is None:
            out.append(words[i])
            i += 1
            continue
        i += 1
        if words[i - 1].isdigit() and i + 1 < len(words) and words[i].isdigit() and \
                words[i + 1] in MULTIPLIERS:
            # «1,5 млн», its comma lost among the lemmas: «1 5 млн»
            value = float(f"{words[i - 1]}.{words[i]}")
            i += 1
        # a run of number words adds up: «двадцать пять»
        while i < len(words) and words[i - 1][0].isalpha() and words[i] in NUMBER_WORDS and \
                value % 10 == 0 and NUMBER_WORDS[words[i]] < value:
            value += NUMBER_WORDS[words[i]]
            i += 1
        if i < len(words) and words[i] in MULTIPLIERS:
            value *= MULTIPLIERS[words[i]]
            i += 1
        out.append(f"#{int(value)}" if value.is_integer() else f"#{value}")
    return out


# units whose figure says what was measured, whatever the sentence around it: «на
# сорок суток», «в 60 метрах», «120 млн рублей» (a count of people or things needs a
# rarer number: its noun varies from report to report)
_UNITS = frozenset("""
    метр километр сантиметр миллиметр тонна гектар литр кубометр килограмм
    процент градус балл рубль доллар евро год сутки месяц неделя час минута
    """.split())
_UNIT_ABBREVIATIONS = {"м": "метр", "км": "километр", "см": "сантиметр", "мм": "миллиметр",
                       "т": "тонна", "га": "гектар", "кг": "килограмм", "л": "литр"}
MONTH_LEMMAS = frozenset("""январь февраль март апрель май июнь июль август сентябрь
    октябрь ноябрь декабрь""".split())


def figure_keys(sc: StoredClaim) -> set[tuple[str, str]]:
    """The figures a claim states that name one fact of its story wherever they are told:
    a number few things share (not round, above twelve, no year: «212 сотрудников», «за
    212 работниками»), or any number with its unit of measure («два месяца», «на два
    месяца»). A day of a month is a date, not a figure."""
    # every lemma, so the unit «год» (a stop word elsewhere) follows its figure
    words = _with_figures([_ABBREVIATIONS.get(w, w) for w in sc.claim.lemmas.split()])
    out: set[tuple[str, str]] = set()
    for k, w in enumerate(words):
        if not w.startswith("#"):
            continue
        unit = words[k + 1] if k + 1 < len(words) else ""
        unit = _UNIT_ABBREVIATIONS.get(unit, unit)
        value = float(w[1:])
        year = 1900 <= value <= 2100
        if unit in MONTH_LEMMAS or (unit == "год" and year):
            continue
        if unit in _UNITS:
            out.add((w, unit))
        elif not value.is_integer() or (value > 12 and value % 10 and not year):
            out.add((w, ""))
    for w in words:
        # a figure and its unit written as one adjective: «250-метровый кабель» is «кабель
        # длиной 250 метров», «10-тонный» is ten tonnes
        if (m := _UNIT_ADJECTIVE.match(w)) is not None:
            out.add((f"#{int(m.group(1))}", _UNIT_STEMS[m.group(2)]))
    # an hour told to the minute, not a round one: «в 03:25» and «к 3:25 ночи»
    out |= {(f"@{int(h):02d}:{mm}", "время") for h, mm in _CLOCK.findall(sc.claim.text)
            if mm not in ("00", "30")}
    return out


_UNIT_STEMS = {"метров": "метр", "километров": "километр", "тонн": "тонна", "литров": "литр",
               "кубометров": "кубометр", "гектар": "гектар", "процентн": "процент",
               "градусн": "градус", "дневн": "сутки", "суточн": "сутки", "месячн": "месяц",
               "летн": "год", "часов": "час", "минутн": "минута"}
_UNIT_ADJECTIVE = re.compile(rf"^(\d{{1,6}})-({'|'.join(_UNIT_STEMS)})[а-я]*$")
_CLOCK = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")


def figure_agreements(claims: Iterable[StoredClaim], story: Mapping[int, int], cap: int
                      ) -> set[tuple[int, int]]:
    """Pairs of claims of one story, in two reports, that state one telling figure
    (`figure_keys`): «за 212 работниками наблюдают врачи» retells «212 сотрудников
    находятся под наблюдением». A figure a story's reports repeat past `cap` is its
    refrain: those claims say other things too."""
    index: dict[tuple[int, str, str], set[tuple[int, int]]] = defaultdict(set)
    for sc in claims:
        for figure, unit in figure_keys(sc):
            index[(story.get(sc.doc_id, -sc.doc_id), figure, unit)].add((sc.id, sc.doc_id))
    return report_pairs(index.values(), cap)


def _number(word: str) -> float | None:
    if re.fullmatch(r"\d+(?:[.,]\d+)?", word):
        return float(word.replace(",", "."))
    if word == "полтора":
        return 1.5
    if word in NUMBER_WORDS and word != "тысяча":
        return float(NUMBER_WORDS[word])
    return None


def _features(sc: StoredClaim, figures: bool = True) -> _Features:
    # Who says it is not what is said: the speaker's own name and role words would make
    # every claim of one spokesman look alike.
    own = set(fold(sc.claim.speaker or "").split())
    own |= set(fold(sc.claim.speaker_role or "").split())
    # (`figures`: each figure as one word; else the lemmas as written, number words apart)
    words = [w for w in (claim_words(sc) if figures else content_lemmas(sc.claim.lemmas))
             if w not in own]
    keys = set(words)
    for d in sc.claim.dates:
        if d.precision == "day":
            keys.add(f"@{d.date_from}")
    return _Features(frozenset(words), tuple(sorted(keys)), " ".join(sorted(set(words))))


PREFIX = 5  # keys per claim that enter the blocking index
MAX_DF = 100  # a key held by more claims than this says nothing about sameness


def candidate_pairs(
    feats: Sequence[_Features], prefix: int = PREFIX, max_df: int = MAX_DF
) -> tuple[list[tuple[int, int]], dict[str, int]]:
    """Index pairs (i < j) that share one of their `prefix` rarest keys; and the key df."""
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.keys)
    # A fixed cap keeps the work per claim bounded (at most prefix x cap partners), so
    # the pairs grow with n, not n²: one story is retold by tens of reports, not thousands.
    cap = max_df
    postings: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        rare = sorted((k for k in f.keys if 1 < df[k] <= cap), key=lambda k: (df[k], k))
        # prefix filtering: two claims alike in half of their words share one of the
        # rarer halves, so a long claim indexes half of its keys (still at most `cap`
        # partners per key: the pairs grow with n, not n²)
        for k in rare[: max(prefix, (len(rare) + 1) // 2)]:
            postings[k].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                pairs.add((ids[x], ids[y]))
    return sorted(pairs), dict(df)


def similarity(
    a: _Features, b: _Features, idf: Callable[[str], float],
    totals: tuple[float, float] | None = None,
) -> float:
    """How alike two claims read, 0..1: idf-weighted overlap blended with token_set_ratio.

    `totals` are the two claims' summed word weights when the caller has them already.
    """
    if not a.words or not b.words:
        return 0.0
    shared = a.words & b.words
    wa, wb = totals or (sum(idf(w) for w in a.words), sum(idf(w) for w in b.words))
    ws = sum(idf(w) for w in shared)
    overlap = ws / min(wa, wb)
    # Both sides must share something of their own bulk, not one long claim swallowing
    # a short headline of three words.
    cover = ws / max(wa, wb)
    fuzzy = fuzz.token_set_ratio(a.text, b.text) / 100.0
    return 0.5 * overlap + 0.2 * cover + 0.3 * fuzzy


class SifVectors:
    """SIF-weighted mean navec vectors of claims' content lemmas, computed on demand.

    Weights a/(a + p(w)) with p(w) the word's share of claims in this corpus, so the
    words every claim holds count little (../shared/notes/nlp-stack.md: a plain mean
    ranks paraphrases in the top 10 %, SIF in the top 0.1 %).
    """

    def __init__(self, feats: Sequence[_Features], df: dict[str, int], a: float = 0.1) -> None:
        from factdb.extract.nlp import embedding

        self._emb = embedding()
        self._feats = feats
        self._df = df
        self._n = max(1, len(feats))
        self._a = a
        self._cache: dict[int, Any] = {}

    def vector(self, i: int) -> Any:
        """The unit SIF vector of claim i (a zero vector when no word is known)."""
        v = self._cache.get(i)
        if v is None:
            acc = np.zeros(300, dtype=np.float32)
            for w in self._feats[i].words:
                x = self._emb.get(w)
                if x is not None:
                    acc += (self._a / (self._a + self._df.get(w, 1) / self._n)) * x
            norm = float(np.linalg.norm(acc))
            v = acc / norm if norm else acc
            self._cache[i] = v
        return v

    def cosine(self, i: int, j: int) -> float:
        """Cosine of two claims' SIF vectors."""
        return float(self.vector(i) @ self.vector(j))


SEM_LEXICAL, SEM_MEAN = 0.30, 0.585  # the semantic branch of is_same


def is_same(lexical: float, semantic: float | None, threshold: float = 0.55) -> bool:
    """The decision: alike enough in words, or fairly alike in words and close in meaning
    (SIF cosines of paraphrases run 0.68-0.9; of unrelated news sentences mostly < 0.6)."""
    if lexical >= threshold:
        return True
    return semantic is not None and lexical >= SEM_LEXICAL and \
        0.5 * (lexical + semantic) >= SEM_MEAN


_NUMBERISH = re.compile(
    r"^(?:\d.*|один|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|сто|тысяча|"
    r"миллион|млн|млрд|тыс|двое|трое|четверо|пятеро|шестеро|семеро|\w+дцать|\w+десят)$")


def restatement(a: StoredClaim, b: StoredClaim, idf: Callable[[str], float]) -> float:
    """How alike two claims read once their numbers are left out, 0..1: two reports of
    «на борту находились 168 пассажиров» and «... 176 пассажиров» say the same thing
    with another value (the same scale as `similarity`)."""
    fa, fb = _features(a), _features(b)

    def strip(f: _Features) -> _Features:
        words = frozenset(w for w in f.words if not _NUMBERISH.match(w) and w[0] != "#")
        return _Features(words, f.keys, " ".join(sorted(words)))

    return similarity(strip(fa), strip(fb), idf)


SEM_RETOLD = 0.52  # the semantic branch's bar for one statement retold by another report


def _voices(sc: StoredClaim) -> frozenset[str]:
    return frozenset(fold(sc.claim.speaker or "").split())


def retold(a: StoredClaim, b: StoredClaim) -> bool:
    """Two reports, no two different named speakers and no two different figures: how one
    statement is retold. (An outlet may drop the speaker; two people saying alike things,
    or one thing with two numbers, are two claims.)"""
    if a.doc_id == b.doc_id:
        return False
    va, vb = _voices(a), _voices(b)
    if va and vb and not va & vb:
        return False
    # two figures of one kind are two statements («150 афтершоков», «более 300»)
    na = {c.value for c in a.claim.counts}
    nb = {c.value for c in b.claim.counts}
    return not (na and nb and not na & nb)


def _days(sc: StoredClaim) -> frozenset[str]:
    return frozenset(d.date_from for d in sc.claim.dates if d.precision == "day")


def different_days(a: StoredClaim, b: StoredClaim) -> bool:
    """Both claims are dated to days, and to no common day: they tell of two events."""
    da, db = _days(a), _days(b)
    return bool(da) and bool(db) and not da & db


def report_pairs(groups: Iterable[Collection[tuple[int, int]]], cap: int
                 ) -> set[tuple[int, int]]:
    """Pairs of claim ids from two reports within each group of (claim id, document id)
    that state one fact; a group of more than `cap` claims is a story's refrain (its
    claims say other things too) and gives none."""
    out: set[tuple[int, int]] = set()
    for members in groups:
        if len(members) > cap:
            continue
        for (a, da), (b, db) in combinations(sorted(members), 2):
            if da != db:
                out.add((a, b))
    return out


def find_clusters(
    claims: Sequence[StoredClaim],
    threshold: float = 0.55,
    veto: Callable[[StoredClaim, StoredClaim], bool] | None = None,
    semantic: bool = True,
    agree: Iterable[tuple[int, int]] = (),
) -> tuple[list[list[int]], MatchStats]:
    """Group equivalent claims; returns clusters (claim ids, two or more) and stats.

    With `semantic`, pairs whose wording is only fairly alike are reranked by the cosine
    of their navec SIF vectors (loaded once, ~1 s). `agree` holds pairs of claim ids the
    caller knows state one fact: they are same pairs whatever their words, ranked
    AGREED_RANK (pairs alike in words past it merge first).
    """
    feats = [_features(sc) for sc in claims]
    pairs, df = candidate_pairs(feats)
    n = max(1, len(claims))

    weight = {w: math.log(1 + n / k) for w, k in df.items()}

    def idf(w: str) -> float:
        return weight.get(w, math.log(1 + n))

    totals = [sum(idf(w) for w in f.words) for f in feats]
    days = [_days(sc) for sc in claims]
    sif: SifVectors | None = None
    scored = []
    for i, j in pairs:
        s = similarity(feats[i], feats[j], idf, (totals[i], totals[j]))
        if days[i] & days[j]:
            s += 0.05  # one named day is strong evidence of one event
        cos = None
        if s >= SEM_LEXICAL and semantic:
            if sif is None:
                sif = SifVectors(feats, df)
            cos = sif.cosine(i, j)
        if is_same(s, cos, threshold) or (
                cos is not None and 0.5 * (s + cos) >= SEM_RETOLD
                and retold(claims[i], claims[j])):
            # rank by words and meaning together, so the closest pairs merge first
            scored.append((s if cos is None else 0.5 * (s + cos), i, j))
    index_of = {sc.id: k for k, sc in enumerate(claims)}
    known = {(i, j) for _s, i, j in scored}
    for id_a, id_b in agree:
        if id_a in index_of and id_b in index_of:
            lo, hi = sorted((index_of[id_a], index_of[id_b]))
            if (lo, hi) not in known:
                known.add((lo, hi))
                scored.append((AGREED_RANK, lo, hi))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))

    def apart(i: int, j: int) -> bool:
        # cannot-link: dated to different days, or stating conflicting values
        return bool(days[i] and days[j] and not days[i] & days[j]) or (
            veto is not None and veto(claims[i], claims[j])
        )

    ok = [(i, j) for _s, i, j in scored if not apart(i, j)]
    edges: dict[int, set[int]] = defaultdict(set)
    for i, j in ok:
        edges[i].add(j)
        edges[j].add(i)
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    parent = list(range(len(claims)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    tried: set[tuple[int, int, int, int]] = set()  # group pairs already refused, as they were
    for i, j in ok:
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        a, b = members[ri], members[rj]
        if len(a) + len(b) > CLUSTER_CAP:
            continue
        attempt = (min(ri, rj), max(ri, rj), len(a) + len(b), len(a) * len(b))
        if attempt in tried:
            continue
        tried.add(attempt)
        # Average linkage over the graph of same pairs: at least half of the claims of
        # the two groups must match each other, so a chain A~B~C~D does not merge A and D.
        if len(a) * len(b) > 1:
            small, big = (a, b) if len(a) <= len(b) else (b, a)
            bigset = set(big)
            links = sum(len(edges[x] & bigset) for x in small)
            if links < LINKAGE * len(a) * len(b) or any(apart(x, y) for x in a for y in b):
                continue
        if len(a) < len(b):
            ri, rj = rj, ri
        parent[rj] = ri
        members[ri] = members[ri] + members.pop(rj)
    same = len(ok)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, sc in enumerate(claims):
        groups[root(i)].append(sc.id)
    clusters = sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])
    return clusters, MatchStats(len(claims), len(pairs), same, len(clusters))


def cluster_label(claims: Sequence[StoredClaim]) -> str:
    """A short label for a cluster: the text of its shortest claim."""
    best = min(claims, key=lambda sc: len(sc.claim.text))
    text = " ".join(best.claim.text.split())
    return text if len(text) <= 120 else text[:117] + "..."
