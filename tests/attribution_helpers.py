"""What the attribution tests share: the claim of a short article that holds an anchor,
and the check of its speaker and via."""

from __future__ import annotations

from factdb.extract import extract_article
from factdb.models import Claim


def claim_holding(text: str, anchor: str) -> Claim:
    """The claim of `text`, run through the real pipeline, that covers `anchor`."""
    article = extract_article(text, "case.txt", "case.txt", "0" * 64)
    at = text.index(anchor)
    for c in article.claims:
        if c.start <= at and at + len(anchor) <= c.end:
            return c
    raise AssertionError(f"no claim covers {anchor!r}: {[c.text for c in article.claims]}")


def check_speaker_and_via(c: Claim, speaker: str | None, not_speaker: str | None,
                          via: tuple[str, ...]) -> None:
    """The claim's speaker holds `speaker` (None: no speaker) and not `not_speaker`; its
    via holds each of `via`."""
    if speaker is None:
        assert c.speaker is None, c
    else:
        assert c.speaker is not None and speaker.lower() in c.speaker.lower(), c
    if not_speaker is not None and c.speaker is not None:
        assert not_speaker.lower() not in c.speaker.lower(), c
    for v in via:
        assert any(v.lower() in x.lower() for x in c.via), c
