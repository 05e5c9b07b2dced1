"""A light rule set for English sentences: "X said", "told reporters", "according to X".

English text never goes through Russian morphology: names are runs of capitalised
words, a title before them («Kremlin spokesman») is dropped, pronouns are left for
coreference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factdb.extract import grammars as G

_TITLE_WORDS = frozenset(
    """Kremlin Spokesman Spokeswoman Spokesperson President Minister Foreign Prime Deputy
    Secretary Press Chief Head Director General Ambassador Senator Governor Mayor Chairman
    Chairwoman Analyst Expert Officer Official Russian Azerbaijani American Ukrainian
    British French German Chinese Turkish Iranian Defence Defense Interior Justice State
    Vice Acting Former Mr Mrs Ms Dr Professor Colonel General Commander Leader""".split()
)


@dataclass
class EnglishReading:
    """Who an English sentence says is speaking, as written (not yet resolved)."""

    speaker: str | None = None
    pronoun: str | None = None  # he / she / they, for coreference
    cue: str | None = None
    cue_start: int | None = None
    via: list[str] = field(default_factory=list)
    outlet_speaker: bool = False
    body: bool = False  # «the ministry»: not a person
    group: bool = False  # «analysts say»
    names: list[str] = field(default_factory=list)  # people named, for a later «he said»


def is_english(text: str) -> bool:
    """Mostly Latin letters: read with the English rules."""
    latin = len(re.findall(r"[A-Za-z]", text))
    cyr = len(re.findall(r"[А-Яа-яЁё]", text))
    return latin >= 12 and latin > 3 * cyr


_BODY_WORDS = frozenset(
    """Ministry Office Committee Service Bank Agency Council Commission Department Embassy
    Court Government Kremlin Parliament Police Prosecutor Administration Authority""".split()
)


def _name(run: str) -> str | None:
    if re.match(r"(?:the|his|her|its|their)\s", run, re.I) or re.search(r"['’]s\s", run):
        return run  # «the ministry», «Azerbaijan's foreign ministry»: a body, no name
    if run.lower() in _GROUPS or run.split()[-1].lower() in _GROUPS:
        return run.lower()  # «Analysts say»: a group
    words = run.split()
    if words and words[-1].strip(".,") in _BODY_WORDS:
        return run.rstrip(".,")  # «Russian Defence Ministry»: a body keeps its whole name
    lower = [i for i, w in enumerate(words) if w[:1].islower()]
    if lower:
        words = words[lower[-1] + 1 :]  # «Kremlin spokesman Dmitry Peskov» -> «Dmitry Peskov»
    while words and words[0].strip(".,") in _TITLE_WORDS | G.EN_NOT_NAMES:
        words = words[1:]
    if not words:
        return None
    name = " ".join(words[-3:]).rstrip(".,")
    return None if not name or name in G.EN_NOT_NAMES else name


def _outlet(word: str) -> str | None:
    w = word.strip(" .,'’\"")
    if not w:
        return None
    if w in ("Telegram", "Twitter", "Facebook"):
        return w
    for part in w.split():
        if part in G.EN_OUTLETS:
            return G.KNOWN_OUTLETS.get(w.lower(), w)
    return None


_SPEECH = rf"(?P<verb>{G.EN_SPEECH})"
_NAME = rf"(?P<name>{G.EN_NAME})"
_GROUPS = frozenset(
    "analysts experts officials diplomats sources observers critics residents witnesses".split()
)
_TITLED = (  # «Kremlin spokesman Dmitry Peskov», after the verb
    rf"(?P<name>(?:[A-Z][\w'’.-]*\s+)*(?:spokes(?:man|woman|person)|minister|president|"
    rf"secretary|ambassador|envoy|official|aide|adviser|chief|head|leader)\s+{G.EN_NAME})"
)
_BODY = (
    r"(?:[Mm]inistry|[Ee]mbassy|[Gg]overnment|Kremlin|[Cc]ourt|[Pp]olice|[Pp]rosecutors?|"
    r"[Ss]pokes(?:man|woman|person)|[Aa]nalysts|[Ee]xperts|[Oo]fficials?|[Aa]uthorities|"
    r"[Oo]ffice|[Pp]ress service|[Bb]ank|[Cc]ommittee|[Aa]gency|[Cc]ompany|[Cc]ouncil|"
    r"[Cc]ommission|[Dd]epartment|[Rr]egulator|[Ss]ervices?)"
)
PATTERNS = [
    re.compile(rf"\b[Aa]ccording to (?:the )?{_NAME}"),
    re.compile(rf"\b(?P<pron>[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?{_SPEECH}\b"),
    re.compile(rf"{_NAME}\s+(?:also\s+|has\s+|had\s+)?{_SPEECH}\b"),
    # («"...", said X», ««...», — said X»: a dash may stand between the quote and the verb)
    re.compile(rf"[,\"”»]\s*(?:[—–-]\s*)?{_SPEECH}\s+(?:the\s+)?{_TITLED}"),
    re.compile(rf"[,\"”»]\s*(?:[—–-]\s*)?{_SPEECH}\s+(?:the\s+)?{_NAME}"),
    re.compile(rf"\b(?P<name>(?:[A-Z]\w+\s+)?(?:[Aa]nalysts|[Ee]xperts|[Oo]fficials|[Dd]iplomats|"
               rf"[Ss]ources|[Oo]bservers|[Cc]ritics|[Rr]esidents|[Ww]itnesses))\s+(?:\w+\s+)?"
               rf"{_SPEECH}\b"),
    # «TASS quoted X as saying», «X was quoted by TASS as saying»
    re.compile(rf"(?P<o>{G.EN_NAME})\s+quoted\s+(?:[a-z]+\s+){{0,3}}?{_NAME}"
               r"\s+as\s+(?P<verb>saying)"),
    re.compile(rf"{_NAME}\s+was\s+(?P<verb>quoted)\s+(?:by|in)\s+(?:the\s+)?(?P<o>{G.EN_NAME})"),
    # «The ministry said», «Azerbaijan's foreign ministry said»: a body, no name
    re.compile(rf"\b(?P<name>(?:[Tt]he\s+|[Hh]is\s+|[Hh]er\s+|[Ii]ts\s+|[Tt]heir\s+|"
               rf"[A-Z]\w+(?:'s|’s)\s+)(?:[A-Z]?\w+\s+){{0,2}}?{_BODY})"
               rf"(?:\s+\w+){{0,2}}?\s+{_SPEECH}\b"),
    # «The UAE, which mediated the exchange, said»: a relative clause between
    re.compile(rf"\b(?:[Tt]he\s+)?{_NAME},\s+(?:which|who)\s+[^,]{{1,80}},\s+(?:also\s+)?{_SPEECH}\b"),
]
# «A source close to the ministry told Reuters», «an official familiar with the talks said»
_ANONYMOUS = re.compile(
    r"(?:\b[Aa]ccording\s+to\s+(?P<acc>)|\b)"
    r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:senior\s+|person\s+)?"
    r"(?:[A-Z]\w+\s+)?"
    r"(?P<who>sources?|officials?|insiders?|people)\b"
    r"(?:\s+(?:[\w'’-]+\s+){0,7}?"
    rf"(?P<verb>{G.EN_SPEECH})\b)?"
)
VIA = [
    re.compile(r"\b(?:told|[Aa]ccording to|reported by|in an interview with|speaking to|quoted by)"
               rf"\s+(?:the\s+)?(?P<o>{G.EN_NAME})"),
    re.compile(r"\b(?:on|via|in a)\s+(?P<o>Telegram|X|Twitter|Facebook)\b"),
    re.compile(rf"(?P<o>{G.EN_NAME})\s+(?:reported|reports|wrote|said)\b"),
    re.compile(r"\((?P<o>[A-Z][\w ]{1,30})\)"),
]


def analyse_english(text: str, offset: int = 0) -> EnglishReading:
    """Speaker, cue and via of one English sentence (offsets plus `offset`)."""
    r = EnglishReading()
    for pat in VIA:
        for m in pat.finditer(text):
            o = _outlet(m.group("o"))
            if o:
                r.via.append(o)
    r.via = list(dict.fromkeys(r.via))
    for m in re.finditer(G.EN_NAME, text):
        name = _name(m.group(0))
        if name and " " in name and not _outlet(name) and name[:4].lower() != "the ":
            r.names.append(name)
    anon = _ANONYMOUS.search(text)
    if anon and anon.group("acc") is not None:
        # «According to a senior Ukrainian official, ...»
        r.cue, r.cue_start = "according to", offset + anon.start()
        r.speaker, r.outlet_speaker = anon.group("who").lower(), False
        r.group = r.speaker.endswith("s") or r.speaker == "people"
        return r
    if anon and anon.group("verb"):
        # «A source familiar with the probe told Reuters»: the source speaks, not the body
        # named in the phrase that describes them
        r.cue, r.cue_start = anon.group("verb"), offset + anon.start("verb")
        r.speaker, r.outlet_speaker = anon.group("who").lower(), False
        r.group = r.speaker.endswith("s") or r.speaker == "people"
        return r
    for pat in PATTERNS:
        hit = pat.search(text)
        if not hit:
            continue
        groups = hit.groupdict()
        verb_at = hit.start("verb") if groups.get("verb") else hit.start()
        r.cue = groups.get("verb") or "according to"
        r.cue_start = offset + verb_at
        if groups.get("pron"):
            r.pronoun = groups["pron"].lower()
            return r
        name = _name(groups.get("name") or "")
        if name is None:
            continue
        outlet = _outlet(name)
        if outlet:
            r.speaker = outlet
            r.outlet_speaker = True
            if outlet not in r.via:
                r.via.append(outlet)
            continue  # an outlet: keep looking for a person
        owner = re.match(r"(?:his|her|its|their)\s+(.*)", name, re.I)
        if owner and r.names:
            name = f"{r.names[0]}'s {owner.group(1)}"  # «Aliyev thanked ..., his office said»
        r.speaker = name
        r.outlet_speaker = False
        r.body = bool(re.match(r"the\s", name, re.I) or re.search(r"['’]s\s", name)
                      or name.split()[-1] in _BODY_WORDS
                      or name in _GROUPS or name.split()[-1] in _GROUPS or owner)
        r.group = name in _GROUPS or name.split()[-1] in _GROUPS
        if not r.body and " " not in name and name in G.EN_PLACES:
            r.body = True  # «Russia says»: a country speaking
        if groups.get("o") and _outlet(groups["o"]):
            r.via.append(_outlet(groups["o"]) or "")
        return r
    return r
