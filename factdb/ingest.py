"""Reading articles from disk or stdin, and storing what extraction makes of them.

Each input is read, checked and analysed on its own: a bad file becomes one
`Failure` naming the file and the reason, and the batch goes on. Each document is
stored in one transaction (factdb.db.store_article), so nothing half-written stays.
"""

from __future__ import annotations

import hashlib
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from factdb import db as store
from factdb.errors import InputError

# Files a folder is searched for; a file named on the command line is always read.
ARTICLE_SUFFIXES = {".txt", ".text", ".md", ""}
MAX_BYTES = 5 * 1024 * 1024  # a news article is tens of kB; anything this big is not one
STDIN_NAME = "<stdin>"
# An article analyses in well under a second; one that takes this long has hit a bug
# (a cycle in a parse tree, say) and must not hold up the rest of the batch.
TIME_LIMIT_SECONDS = 60.0


class AnalysisTimeout(BaseException):
    """Analysis of one document ran past TIME_LIMIT_SECONDS.

    A BaseException, so the `except Exception` fallbacks inside extraction cannot
    swallow it and carry on with the same hang.
    """


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise AnalysisTimeout in the block after `seconds` (main thread on Unix only;
    elsewhere the block simply runs)."""
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise AnalysisTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class Source:
    """Raw bytes of one input, with the name and path it is stored under."""

    name: str
    path: str
    data: bytes


@dataclass(frozen=True)
class Failure:
    """An input that could not be read or stored: the file and the reason, one line."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class Outcome:
    """What happened to one input: added, replaced, unchanged or failed."""

    path: str
    status: str
    claims: int = 0
    note: str | None = None  # e.g. «read as cp1251»
    failure: Failure | None = None


def collect(paths: list[str], stdin: bytes | None = None) -> Iterator[Source | Failure]:
    """Expand paths (files, folders recursively, '-' for stdin) into sources to read."""
    for raw in paths:
        if raw == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            digest = hashlib.sha256(data).hexdigest()
            yield Source(STDIN_NAME, f"stdin:{digest[:16]}", data)
            continue
        p = Path(raw)
        if not p.exists():
            yield Failure(raw, "no such file or directory")
        elif p.is_dir():
            files = sorted(
                f for f in p.rglob("*")
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
                and f.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not files:
                yield Failure(raw, "folder holds no articles (.txt, .md or no extension)")
            for f in files:
                yield _read_file(f)
        else:
            yield _read_file(p)


def _read_file(p: Path) -> Source | Failure:
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            return Failure(str(p), f"too large for an article ({size / 1e6:.1f} MB, limit "
                                   f"{MAX_BYTES / 1e6:.0f} MB)")
        data = p.read_bytes()
    except OSError as e:
        return Failure(str(p), f"cannot read: {e.strerror or e}")
    return Source(p.name, str(p.resolve()), data)


def decode(data: bytes) -> tuple[str, str]:
    """Text of an article and the encoding it was read in; raises InputError.

    Newlines are translated as Python's text mode does, so offsets agree with
    `open(path, encoding="utf-8").read()`.
    """
    if not data.strip():
        raise InputError("empty file")
    if len(data) > MAX_BYTES:
        raise InputError(f"too large for an article ({len(data) / 1e6:.1f} MB)")
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text")
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, enc = _decode_legacy(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > 0.02 * min(len(text), 4096):
        raise InputError("binary file, not text")
    if not text.strip():
        raise InputError("empty file")
    return text, enc


def _decode_legacy(data: bytes) -> tuple[str, str]:
    # Russian text that is not UTF-8 is nearly always Windows-1251; accept it only
    # when most of its letters then come out Cyrillic.
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError as e:
        raise InputError("not UTF-8 text, nor cp1251") from e
    letters = [ch for ch in text if ch.isalpha()]
    cyr = sum(1 for ch in letters if "а" <= ch.lower() <= "я" or ch in "ёЁ")
    if not letters or cyr < 0.3 * len(letters):
        raise InputError("not UTF-8 text (and not Russian cp1251)")
    return text, "cp1251"


def story_days(db: Database, sources: Sequence[Source | Failure]) -> tuple[date, ...]:
    """The days the reports of this batch and the stored ones were published on, as told
    in full with their year: the clue a wire dateline without a year is read by."""
    from factdb.extract.clean import find_published

    days = set(store.published_days(db))
    for src in sources:
        if isinstance(src, Source):
            try:
                days.add(find_published(decode(src.data)[0], guess=False) or "")
            except InputError:
                continue  # told when the source itself is read
    return tuple(sorted(date.fromisoformat(d) for d in days if d))


def ingest_source(db: Database, source: Source, story: Sequence[date] = ()) -> Outcome:
    """Read, analyse and store one source; never raises for bad input (`story`: see
    story_days)."""
    from factdb.extract import extract_article

    try:
        text, enc = decode(source.data)
    except InputError as e:
        return Outcome(source.path, "failed", failure=Failure(_shown(source), str(e)))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    known = store.find_document(db, source.path, digest)
    if known is not None and known[1] == digest:
        return Outcome(source.path, "unchanged")
    try:
        with time_limit(TIME_LIMIT_SECONDS):
            article = extract_article(text, source.name, source.path, digest, enc, story)
        store.store_article(db, article)
    except AnalysisTimeout:
        reason = f"analysis took longer than {TIME_LIMIT_SECONDS:.0f} s and was stopped"
        return Outcome(source.path, "failed", failure=Failure(_shown(source), reason))
    except Exception as e:  # one bad article must not abort the batch
        reason = f"could not be analysed ({type(e).__name__}: {e})"
        return Outcome(source.path, "failed", failure=Failure(_shown(source), reason))
    note = f"read as {enc}" if enc != "utf-8" else None
    status = "replaced" if known is not None else "added"
    return Outcome(source.path, status, claims=len(article.claims), note=note)


def _shown(source: Source) -> str:
    return STDIN_NAME if source.name == STDIN_NAME else source.path


def finish_batch(db: Database) -> None:
    """Bring derived data (clusters, conflicts) up to date after documents changed."""
    from factdb import conflicts

    conflicts.refresh(db)
