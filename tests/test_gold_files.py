"""The gold files themselves: every anchor is where its annotation says it is.

A typo in an anchor would silently turn a golden assertion into a miss (or a pass), so
the gold of the samples and of both held-out sets is checked before anything is scored.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from .test_golden import anchor_spans

DATA = Path(__file__).resolve().parent / "data"
ROOT = DATA.parent.parent
SETS = {
    "samples": (DATA / "seed_gold.toml", ROOT / "sources"),
    "heldout": (DATA / "heldout" / "gold.toml", DATA / "heldout" / "sources"),
    "heldout2": (DATA / "heldout2" / "gold.toml", DATA / "heldout2" / "sources"),
    "heldout3": (DATA / "heldout3" / "gold.toml", DATA / "heldout3" / "sources"),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_anchors_occur(name: str) -> None:
    gold_path, sources = SETS[name]
    gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in sources.iterdir()}
    assert {d["file"] for d in gold["doc"]} == set(texts)
    for c in gold["claim"]:
        assert c["speaker_any"], c["anchor"]
        assert anchor_spans(texts[c["doc"]], c["anchor"]), f"{c['doc']}: «{c['anchor']}»"
    for kind in ("conflict", "trap"):
        for k in gold.get(kind, []):
            for anchor in k["a"] + k["b"]:
                found = any(anchor_spans(t, anchor) for t in texts.values())
                assert found, f"{k['id']}: «{anchor}»"
    for s in gold.get("same", []):
        for anchor in (s["a"], s["b"]):
            assert any(anchor_spans(t, anchor) for t in texts.values()), f"{s['id']}: «{anchor}»"
