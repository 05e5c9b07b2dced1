"""Values that flow through factdb: pure frozen dataclasses, no storage identity.

Offsets (`start`, `end`) are always character offsets into the document's original
text, end exclusive, so `text[start:end]` gives back the words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# How a claim reports its words.
DIRECT = "direct"  # quoted words
INDIRECT = "indirect"  # reported speech: «заявил, что ...», «по словам ...»
NARRATIVE = "narrative"  # the outlet's own voice, no speaker

# Precision of a stated date, from finest to coarsest.
PRECISIONS = ("day", "month", "season", "year", "interval")


@dataclass(frozen=True)
class StatedDate:
    """A date or period a claim states, as an inclusive ISO range.

    «9 октября 2025» -> day, 2025-10-09..2025-10-09; «в июле» -> month,
    2025-07-01..2025-07-31; «летом 2025 года» -> season, 2025-06-01..2025-08-31;
    «с 30 июня по 1 июля 2025 года» -> interval, 2025-06-30..2025-07-01.
    """

    start: int
    end: int
    text: str
    precision: str
    date_from: str
    date_to: str


@dataclass(frozen=True)
class Count:
    """A number a claim states about something: «восьмерых граждан» -> 8, «гражданин»."""

    start: int
    end: int
    text: str
    value: int
    noun: str | None = None  # lemma of what is counted, when the text says


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place named in a claim, in nominative form."""

    start: int
    end: int
    text: str
    name: str
    type: str  # PER, ORG, LOC


@dataclass(frozen=True)
class Status:
    """A legal or physical status a claim gives someone: arrested, freed, house arrest..."""

    start: int
    end: int
    text: str
    status: str  # a label from factdb.extract.facts.STATUSES
    subject: str | None = None  # the person or group it is about, nominative


@dataclass(frozen=True)
class Claim:
    """One statement in one article: a sentence (or the part of it one speaker owns)."""

    start: int
    end: int
    text: str
    speaker: str | None = None  # normalized nominative name; None for the outlet's voice
    speaker_kind: str | None = None  # PER, ORG or GROUP («эксперты», «СМИ»)
    speaker_role: str | None = None  # «пресс-секретарь президента»
    speaker_form: str | None = None  # the words that named the speaker here: «Пескова»
    cue: str | None = None  # the speech verb or phrase: «заявил», «по словам»
    mode: str = NARRATIVE
    quote: str | None = None  # the quoted words, when quoted
    via: tuple[str, ...] = ()  # outlets or channels the words came through
    said_on: str | None = None  # ISO date the words were said
    dates: tuple[StatedDate, ...] = ()
    counts: tuple[Count, ...] = ()
    entities: tuple[Entity, ...] = ()
    statuses: tuple[Status, ...] = ()
    lemmas: str = ""  # lower-cased, ё-folded lemmas of the text, for search and matching

    @property
    def who(self) -> str | None:
        """The speaker with the role in brackets, the role left out when it is the name
        itself (an unnamed «источник» is named by its role)."""
        if not self.speaker:
            return None
        role = self.speaker_role
        return f"{self.speaker} ({role})" if role and role != self.speaker else self.speaker


def published_at(day: str | None, hour: str | None) -> str | None:
    """The publication day with the hour its date line prints, when it prints one."""
    return f"{day} {hour}" if day and hour else day


@dataclass(frozen=True)
class Article:
    """A document as read and analysed, ready to store."""

    name: str
    path: str
    sha256: str
    text: str
    encoding: str = "utf-8"
    title: str | None = None
    published: str | None = None  # ISO date, only when the text carries it
    outlet: str | None = None  # the outlet the text names as itself
    claims: tuple[Claim, ...] = ()
    published_time: str | None = None  # "HH:MM" its date line gives, as printed


@dataclass(frozen=True)
class StoredClaim:
    """A claim as read back from the database, with its document's context."""

    id: int
    doc_id: int
    doc: str  # document file name
    published: str | None
    outlet: str | None
    claim: Claim
    cluster: int | None = None
    published_time: str | None = None  # "HH:MM" of the document's date line

    @property
    def published_at(self) -> str | None:
        return published_at(self.published, self.published_time)


@dataclass(frozen=True)
class ConflictSide:
    """One side of a disagreement: a claim and the value it states."""

    claim_id: int
    value: str
    side: str = "a"


@dataclass(frozen=True)
class Conflict:
    """Claims about one subject whose stated values cannot all be true."""

    kind: str  # count, date, status, role, statement
    subject: str
    sides: tuple[ConflictSide, ...]
    confidence: float
    summary: str = ""
    details: dict[str, object] = field(default_factory=dict)
