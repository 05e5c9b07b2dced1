#!/usr/bin/env python3
"""Sanity check of gold.toml: parses, every claim anchor occurs exactly once in its doc (and
nowhere else), claim anchors do not overlap, every conflict/trap/same anchor occurs in exactly
one document, same pairs lie in different documents, trap pairs never sit on both sides of a
gold conflict."""
import re, tomllib
from collections import Counter
from pathlib import Path
base = Path(__file__).resolve().parent
g = tomllib.loads((base/"gold.toml").read_text(encoding="utf-8"))
texts = {p.name: p.read_text(encoding="utf-8") for p in (base/"sources").iterdir()}
def spans(t, a):
    pat = re.compile(r"\s+".join(re.escape(w) for w in a.split()))
    return [m.span() for m in pat.finditer(t)]
def where(a):
    return [(d, s) for d, t in texts.items() for s in spans(t, a)]
bad = 0
docs = {d["file"] for d in g["doc"]}
assert docs == set(texts), (docs ^ set(texts))
for d in g["doc"]:
    n = len(texts[d["file"]])
    if not 1500 <= n <= 4500: bad += 1; print("LENGTH", d["file"], n)
for c in g["claim"]:
    assert c.get("speaker_any"), c
    n = len(spans(texts[c["doc"]], c["anchor"]))
    w = where(c["anchor"])
    if n != 1 or len(w) != 1:
        bad += 1; print("CLAIM", n, w, c["anchor"])
for d in texts:
    sp = sorted((spans(texts[d], c["anchor"])[0], c["anchor"]) for c in g["claim"] if c["doc"] == d and spans(texts[d], c["anchor"]))
    for (s1, a1), (s2, a2) in zip(sp, sp[1:]):
        if s2[0] < s1[1]: bad += 1; print("OVERLAP", d, a1, "|", a2)
for kind in ("conflict", "trap"):
    for k in g[kind]:
        for side in "ab":
            for a in k[side]:
                w = where(a)
                if len(w) != 1: bad += 1; print(kind.upper(), k["id"], side, len(w), a)
for s in g["same"]:
    wa, wb = where(s["a"]), where(s["b"])
    if len(wa) != 1 or len(wb) != 1 or wa[0][0] == wb[0][0]: bad += 1; print("SAME", s["id"], wa, wb)
# oracle: one claim per gold conflict with its anchors on both sides must not spring a trap
def pos(a): return where(a)[0]
for t in g["trap"]:
    for k in g["conflict"]:
        sides = [set(map(pos, k["a"])), set(map(pos, k["b"]))]
        ta, tb = set(map(pos, t["a"])), set(map(pos, t["b"]))
        allk = sides[0] | sides[1]
        if (ta & allk) and (tb & allk): bad += 1; print("TRAP-IN-CONFLICT", t["id"], k["id"])
print("claims", len(g["claim"]), "conflicts", len(g["conflict"]), "core", sum(k["core"] for k in g["conflict"]),
      "traps", len(g["trap"]), "same", len(g["same"]), "problems", bad)
print(sorted(Counter(c["doc"][:3] for c in g["claim"]).items()))
