"""What a claim states besides dates: counts, named entities, statuses of people.

Counts come from digits and number words in any case («восьмерых граждан» -> 8 of
«гражданин», «11 россиян», «двух человек»), leaving out what only looks like a count:
days of dates, years, times, ages («30-летний»), ordinals.
Statuses («освобожден», «переведены под домашний арест», «продлил арест») are read
from lemmas; their subject is the person the clause is about (the subject of a passive
or intransitive verb, the object of an active one), found in the dependency tree.
"""

from __future__ import annotations

import re

from factdb.extract import nlp
from factdb.extract.nlp import NamedSpan, ParsedSentence, Token
from factdb.models import Count, Entity, Status

STATUSES = ("arrested", "detained", "released", "house_arrest", "arrest_extended", "dead",
            "charged", "convicted", "deported", "wanted", "held")
# («held»: a release denied, «никто ее не отпускал», «так и не освободили»: still in custody)

# number-word lemmas (pymorphy normal forms) -> value; collectives («восьмеро») included
NUMBER_WORDS = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
    "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20,
    "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200, "триста": 300,
    "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800,
    "девятьсот": 900, "тысяча": 1000, "оба": 2, "полтора": 1,
    "полусотня": 50, "полсотни": 50, "полтысяча": 500,
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
    "восьмеро": 8, "девятеро": 9, "десятеро": 10,
}  # fmt: skip
# «один» is a count after a word of harm, custody or a restriction only: «пострадала
# одна бортпроводница», «погиб один человек», «обратилась только одна» (not «рассказал
# один пассажир», «в одном из домов»)
_ONE_AFTER = re.compile(r"^(?:только|лишь|всего|пострада\w*|погиб\w*|ранен\w*|ранил\w*|"
                        r"травмир\w*|госпитализир\w*|задержан\w*|получил\w*|скончал\w*|"
                        r"умер\w*|умерл\w*)$", re.I)
# units of data, in gigabytes: «22 ТБ», «двадцать два терабайта», «22 Тбайт» are one volume
DATA_UNITS = {"гб": 1, "гбайт": 1, "гигабайт": 1, "тб": 1000, "тбайт": 1000, "терабайт": 1000,
              "пб": 1_000_000, "пбайт": 1_000_000, "петабайт": 1_000_000}
# collectives and «оба» count people even with no noun after them («задержали троих»)
COLLECTIVES = {"двое", "трое", "четверо", "пятеро", "шестеро", "семеро", "восьмеро",
               "девятеро", "десятеро", "оба"}
# nouns after a digit that make it a date, a year or a clock time, not a count
_NOT_COUNTED = re.compile(
    r"(?:январ|феврал|март|апрел|ма[йяюе]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"год|гг?\.|г\b|час(?:ов|а)?\b)", re.I)
_WORD = re.compile(r"\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?(?:-[а-яё]+)?%?|[а-яёa-z]+(?:-[а-яёa-z]+)*",
                   re.I)


def _is_noun(word: str) -> bool:
    if re.fullmatch(r"[A-ZА-ЯЁ]{2,}\w*", word):
        return True  # an abbreviation: «БПЛА», «ЗРК»
    pos, _ = nlp.inflections(word)
    return pos == "NOUN"


# what stands between a number and a word of another clause: a comma, a colon, a bracket,
# a sentence's end («в 2023 г. погибли» is no sentence's end)
_CLAUSE_GAP = re.compile(r"[,;:!?()]|\.\s+(?=[А-ЯЁA-Z])")
DASH_AFTER = re.compile(r"\s+[—–-]\s")  # a spaced dash right after a number


# adverbs of manner or degree («полностью», «частично», «тяжело»), not «уже», «еще»
_MANNER = re.compile(r"^[а-яё]{3,}(?:о|ью)$", re.I)


_POSSESSIVES = frozenset({"ее", "её", "его", "их"})


# a part of the day after a number makes it a clock hour
PARTS_OF_DAY = frozenset({"утра", "вечера"})


def _counted_noun(words: list[re.Match[str]], k: int) -> str | None:
    """The lemma of what a number counts: the first noun within three words after it,
    past adjectives («11 российских граждан»); a substantivized participle otherwise."""
    fallback = None
    prev = words[k].end()
    following = words[k + 1 : k + 5]
    # «146 полностью сгоревших домов»: an adverb of the participle after it is no word
    # between the number and what it counts
    if len(following) > 1 and _MANNER.search(following[0].group(0)) and \
            nlp.inflections(following[0].group(0))[0] == "ADVB" and \
            nlp.inflections(following[1].group(0))[0] in ("ADJF", "PRTF"):
        following = following[1:]
    # «сто двадцать с лишним заправок»: a bound told after the number
    if len(following) > 2 and following[0].group(0).lower() == "с" and \
            following[1].group(0).lower() in ("лишним", "небольшим", "гаком", "хвостиком"):
        following = following[2:]
    dash_at = words[k].end()
    # «пятеро из них — школьники»: a part of those told before, counted by the noun after its dash
    if len(following) > 2 and following[0].group(0).lower() == "из" and \
            following[1].group(0).lower() in ("них", "которых") and \
            DASH_AFTER.match(following[1].string, following[1].end()):
        prev = dash_at = following[1].end()
        following = following[2:]
    for m in following[:3]:
        w = m.group(0)
        if w[0].isdigit():
            return None
        if _CLAUSE_GAP.search(m.string, prev, m.start()):
            break  # «пострадавших более 80, часть из них ...»: the next clause's noun
        prev = m.end()
        if w.lower() in DATA_UNITS:
            return w.lower()  # «22 Тбайт»: a unit the dictionary does not know
        if w.lower() in _POSSESSIVES:
            continue  # «1,8 тыс. ее пассажиров»: whose they are is no word between
        if _is_noun(w):
            if w.lower() in PARTS_OF_DAY:
                return None  # «около девяти утра», «в семь вечера»: an hour, not a count
            if DASH_AFTER.match(m.string, dash_at) and not nlp.plural_noun(w):
                # «задержаны двое — директор и его заместитель»: the people listed one by
                # one after a dash, not what is counted («из них пятеро — школьники» is)
                return None
            return w.lower() if w.isupper() else nlp.lemma(w)
        pos, _ = nlp.inflections(w)
        if pos in ("ADJF", "PRTF"):
            # «троих подозреваемых»: the participle as a noun, «подозреваемый» (its lemma
            # would be the verb)
            fallback = fallback or nlp.nominative_word(w, number="Sing", gender="Masc").lower()
            continue
        break
    return fallback


def find_counts(text: str, offset: int) -> list[Count]:
    """Counts a sentence states: «11 россиян» -> 11 of «россиянин», «восьмерых» -> 8."""
    words = list(_WORD.finditer(text))
    out = []
    k = 0
    while k < len(words):
        m = words[k]
        w = m.group(0)
        if w[0].isdigit():
            idx, k = k, k + 1
            # «1,2 тыс. человек»: a fraction of a thousand (or million) is a whole count
            decimal = bool(re.fullmatch(r"\d+[,.]\d+", w)) and bool(_multiplier(words, idx))
            if not decimal and ("-" in w or not re.fullmatch(r"\d+(?:[ \u00a0]\d{3})*%?", w)
                                or re.match(r"[^\W\d_]", text[m.end() : m.end() + 1])):
                continue  # «30-летний», «1-й», «2,5»
            after = text[m.end() : m.end() + 12]
            before = text[max(0, m.start() - 2) : m.start()]
            if re.match(r"\s*" + _NOT_COUNTED.pattern, after, re.I) or re.match(r"[:.]\d", after) \
                    or re.search(r"\d[:.]$", before):
                continue  # «9 октября», «2025 года», «14:20», «10.10.2025»
            if re.search(r"[^\W\d_]-$|№\s*$", before):
                continue  # «Северная звезда-7», «Ан-24», «МС-21», «СИЗО №1»: a number in a name
            if re.match(r"\s*[/|]", after):
                continue  # «Фото: Городской портал 24 / Участники акции»: a name in a credit
            number = float(w.replace(",", ".")) if decimal else int(re.sub(r"\D", "", w))
            mult = _multiplier(words, idx)
            value = round(number * (mult or 1))
            if mult:  # «2 тыс. человек», «3 млн рублей»: the noun comes after the multiplier
                idx += 1
                k += 1
            noun = "процент" if w.endswith("%") else _counted_noun(words, idx)
            if noun is None and (head := _dashed_head(text, m.start())):
                # «пострадавших — 11»: the counted word before a dash, the number after
                # (and its multiplier: «пострадавших больше 6 тысяч»)
                noun = _head_noun(head.group(1))
                end = words[idx].end()
                out.append(Count(offset + head.start(1), offset + end,
                                 text[head.start(1) : end], value, noun))
                continue
            if noun is None:
                noun = _number_of_noun(text, m.start())
            if noun is None:
                continue  # a bare number («Oct 9, 2025», list numbers) counts nothing known
            end = _noun_end(words, idx, noun) or words[idx].end()
            out.append(Count(offset + m.start(), offset + end, text[m.start():end], value, noun))
            continue
        # number words: a run of them adds up («двадцать пять»)
        value, j, half = 0, k, False
        while j < len(words) and nlp.lemma(words[j].group(0)) in NUMBER_WORDS:
            lem_j = nlp.lemma(words[j].group(0))
            n = NUMBER_WORDS[lem_j]
            if j > k and (text[words[j - 1].end() : words[j].start()].strip()
                          or n != 1000 and not (value % 10 == 0 and n < value)):
                break  # «до девяти: двое ...» is two numbers, not eleven; «двадцать пять» one
            # «двух тысяч»: thousands multiply what stands before them («две тысячи
            # пятьсот» is 2,500), they do not add to it; «полутора тысяч» is 1,500
            value = (1500 if half else (value or 1) * n) if n == 1000 else value + n
            half = lem_j == "полтора"
            j += 1
        if j == k and _BIG_WORDS.get(nlp.lemma(words[k].group(0)), 0) >= 1_000_000 and \
                k + 1 < len(words) and nlp.lemma(words[k + 1].group(0)) in NUMBER_WORDS:
            value = 1  # «миллион двести тысяч»: a bare million opens the number
        elif j == k:
            k += 1
            continue
        if j - k == 1 and value == 1000 and k > 0 and \
                nlp.lemma(words[k - 1].group(0)) in _VAGUE_BEFORE_THOUSAND and \
                not text[words[k - 1].end() : words[k].start()].strip():
            k = j  # «десятки тысяч человек», «несколько тысяч»: no number, only a scale
            continue
        if j + 2 < len(words) and words[j].group(0).lower() == "с" and \
                nlp.lemma(words[j + 1].group(0)) == "половина" and \
                (scale := MULTIPLIERS.get(nlp.lemma(words[j + 2].group(0)))) and value < 10:
            # «трех с половиной тысяч»: a half told between the number and its scale
            value = round((value + 0.5) * scale)
            j += 3
        big = _BIG_WORDS.get(nlp.lemma(words[j].group(0))) if j < len(words) else None
        if big:  # «полтора миллиона», «два десятка»: the noun comes after the multiplier
            value = round((1.5 if half else value) * big)
            j += 1
            if big >= 1_000_000:
                # and the thousands after it add on: «миллион двести тысяч», «два миллиона
                # триста тысяч»
                rest, j2 = 0, j
                while j2 < len(words) and nlp.lemma(words[j2].group(0)) in NUMBER_WORDS and \
                        not text[words[j2 - 1].end() : words[j2].start()].strip():
                    n = NUMBER_WORDS[nlp.lemma(words[j2].group(0))]
                    rest = (rest or 1) * n if n == 1000 else rest + n
                    j2 += 1
                if 0 < rest < big:
                    value, j = value + rest, j2
        first, last = k, j - 1
        k = j
        lem = nlp.lemma(words[last].group(0))
        pos, _ = nlp.inflections(words[last].group(0))
        noun = _counted_noun(words, last)
        # («шестьдесят один лишний бюллетень»: a compound number ends on «один»)
        if pos not in ("NUMR", "NOUN") and lem not in COLLECTIVES and not (
                lem == "один" and first == last and noun and first > 0
                and _ONE_AFTER.match(words[first - 1].group(0))) and not (
                lem == "один" and first < last):
            continue  # «одна» as a pronoun-like adjective
        start = words[first].start()
        opening = _opening_head(text, start, words[last].end()) if noun is None else None
        if noun is None and first > 0 and words[first - 1].group(0).lower() in _INVERTED and \
                not text[words[first - 1].end() : start].strip():
            # «человек пятьдесят»: the counted word before the number, a rough figure
            noun = nlp.lemma(words[first - 1].group(0))
            start = words[first - 1].start()
        if noun is None and lem not in COLLECTIVES:
            noun = _number_of_noun(text, start)
        dashed = _dashed_head(text, start) if noun is None else None
        if noun is None and (lem not in COLLECTIVES or lem == "один") and opening is None \
                and not (dashed and (lem == "тысяча" or _WAS.search(dashed.group(0)))):
            continue  # «один из», «две» with nothing counted
        if noun is None and (head := opening or dashed):
            # «нападавших было пятеро»: the counted word before the collective; «Погибших
            # девять, а не семь»: a participle opening its clause, its number closing it
            noun = _head_noun(head.group(1))
            start = head.start(1)
        end = _noun_end(words, last, noun) or words[last].end()
        out.append(Count(offset + start, offset + end, text[start:end], value, noun))
    return out


# a participle told as a noun, then its number after a dash, «было» or a bound:
# «погибших — 5, пострадавших — 11», «нападавших было пятеро», «погибших не меньше 143»
_HEAD_LINK = (r"(?:[—–-]|было|оказалось|насчитыва\w+|уже|(?:не\s+)?(?:меньше|менее|больше|"
              r"более)|свыше|около|порядка|(?:как\s+)?минимум|по\s+меньшей\s+мере)")
# a participle told as a noun in the genitive plural: «погибших», «задержанных»
_PARTICIPLE_NOUN = r"[а-яё]+(?:ш|н|ем|им|т)[иы]х"
_DASHED = re.compile(rf"(?<![\w-])({_PARTICIPLE_NOUN})[ \t\u00a0]*{_HEAD_LINK}"
                     rf"(?:[ \t\u00a0]+{_HEAD_LINK})?[ \t\u00a0]*\Z", re.I)
_BARE_HEAD = re.compile(rf"({_PARTICIPLE_NOUN})[ \t\u00a0]+\Z", re.I)
# ... or a noun in the genitive plural before a bound or a dash: «обманутых вкладчиков
# более шести тысяч», «жертв — 12» (not after a preposition: «у вкладчиков более ...»)
_BOUND_LINK = (r"(?:[—–-]|(?:не\s+)?(?:меньше|менее|больше|более)|свыше|около|порядка|"
               r"(?:как\s+)?минимум|по\s+меньшей\s+мере)")
_DASHED_NOUN = re.compile(rf"(?<![\w-])([а-яё]+(?:ов|ев|ей|[иы]х))[ \t\u00a0]*{_BOUND_LINK}"
                          rf"[ \t\u00a0]*\Z", re.I)
# ... or any noun in the genitive plural before «было», alone or with a bound: «участников
# было свыше 400», «нарушений оказалось семь», «школ было пять»
_WAS_NOUN = re.compile(rf"(?<![\w-])([а-яё]+)[ \t\u00a0]+(?:было|оказалось)"
                       rf"(?:[ \t\u00a0]+{_BOUND_LINK})?[ \t\u00a0]*\Z", re.I)
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:у|для|от|из|с|со|к|по|среди|на|в|о|об)\s+"
                                 r"(?:[а-яё]+\s+)?\Z", re.I)


# a head linked to its number word by «было» heads it even when the number is no collective
# («нарушений оказалось семь»); a bare dash does so only for the collectives («пятеро»)
_WAS = re.compile(r"было|оказалось", re.I)


def _dashed_head(text: str, start: int) -> re.Match[str] | None:
    """The counted word before a number it heads: a participle told as a noun
    («погибших — 5»), or a plural noun in the genitive before a bound («вкладчиков более
    шести тысяч»)."""
    head = _DASHED.search(text, max(0, start - 40), start)
    if head is not None:
        return head
    head = _DASHED_NOUN.search(text, max(0, start - 40), start) or \
        _WAS_NOUN.search(text, max(0, start - 40), start)
    if head is None or _PREPOSITION_BEFORE.search(text, max(0, head.start(1) - 30),
                                                  head.start(1)):
        return None
    pos, case = nlp.inflections(head.group(1))
    return head if pos == "NOUN" and case == "gent" and \
        nlp.plural_genitive_noun(head.group(1).lower()) else None


# a number told of what «число» names before its verb: «число погибших достигло 12»,
# «количество заболевших составляет 15», «число пострадавших вкладчиков превысило 300»
_NUMBER_OF_HEAD = re.compile(
    r"(?<![а-яё])(?:число|количество)\s+(?P<words>(?:[а-яё№\d-]+\s+){0,10}?[а-яё]+)"
    # (a parenthesis may stand before the verb: «, по подсчетам родителей,»)
    r"(?:\s*,[^,.!?;«»]{3,50},)?\s+"
    r"(?:(?:уже|пока|сейчас|теперь|не)\s+)*(?:достиг\w*|составил\w*|составля\w*|вырос\w*|"
    r"возрос\w*|увеличил\w*|превысил\w*|превыша\w*|снизил\w*|сократил\w*|уменьшил\w*)"
    r"\s+(?:(?:до|уже|почти|около|более|примерно|порядка|свыше)\s+)*\Z", re.I)


def _number_of_noun(text: str, start: int) -> str | None:
    """The counted word «число» names before the number at `start` and its verb, in the
    nominative singular (a plural noun or a participle told as one, in the genitive)."""
    head = _NUMBER_OF_HEAD.search(text, max(0, start - 110), start)
    if head is None:
        return None
    # the first noun after «число» (its people, not where: «число жертв пожара в общежитии»),
    # else a participle told as a noun («число погибших»)
    read = [(w, *nlp.inflections(w)) for w in head.group("words").split()]
    if read and read[0][1] in ("ADJF", "PRTF") and read[0][2] == "gent" and \
            not (len(read) > 1 and read[1][1] in ("NOUN", "ADJF", "PRTF")):
        # «число погибших при взрыве газа»: the participle's people, not the gas (but
        # «число затронутых учетных записей»: the records)
        return _head_noun(read[0][0])
    word = next((w for w, pos, case in read if pos == "NOUN" and case == "gent"), None)
    return _head_noun(word) if word else None


def _head_noun(word: str) -> str:
    """The counted word of a head, in the nominative singular."""
    pos, _case = nlp.inflections(word)
    if pos == "NOUN":
        return nlp.lemma(word)
    return nlp.nominative_word(word, number="Sing", gender="Masc").lower()


def _opening_head(text: str, start: int, end: int) -> re.Match[str] | None:
    """«Погибших девять, а не семь»: a participle told as a noun right before a number
    word, the participle opening its clause and the number closing it (not «семьям
    погибших пять человек ...»)."""
    head = _BARE_HEAD.search(text, max(0, start - 30), start)
    if head is None or not re.match(r"\s*(?:[,.;:!?»\"“]|\Z)", text[end:]):
        return None
    before = text[: head.start(1)].rstrip()
    # (or opening a clause told after «что»: «уверяют, что раненых семеро»)
    return head if not before or before[-1] in ".!?«\"„“:;,—–\n" or \
        re.search(r"(?<![а-яё])что\Z", before, re.I) else None


# such a count's own span, from its word to its number (factdb.conflicts reads it back)
# (or with no link where the participle opens its clause: «Погибших девять»)
HEADED_COUNT = re.compile(rf"[а-яё]+[ \t\u00a0]*{_HEAD_LINK}(?:[ \t\u00a0]+{_HEAD_LINK})?"
                          rf"[ \t\u00a0]*(?:\d|[а-яё]+$)|{_PARTICIPLE_NOUN}[ \t\u00a0]+[а-яё]+$",
                          re.I)

# words that make a lone «тысяч» a scale, not a figure: «десятки тысяч», «несколько тысяч»
_VAGUE_BEFORE_THOUSAND = {"десяток", "десятка", "сотня", "тысяча", "несколько", "много", "немало"}
# a counted word told before its number, in speech, as a rough figure: «человек пятьдесят»
_INVERTED = frozenset({"человек"})
# words that multiply a number word before them («полтора десятка» is 15)
_BIG_WORDS = {"десяток": 10, "сотня": 100, "миллион": 1_000_000, "миллиард": 1_000_000_000}
# the scales after a number, written out or cut («2 тыс. человек», «трех с половиной тысяч»)
MULTIPLIERS = {"тыс": 1000, "тысяча": 1000, "млн": 1_000_000, "миллион": 1_000_000,
                "млрд": 1_000_000_000, "миллиард": 1_000_000_000}  # fmt: skip


def _multiplier(words: list[re.Match[str]], k: int) -> int | None:
    if k + 1 >= len(words):
        return None
    w = words[k + 1].group(0).lower()
    return MULTIPLIERS.get(w) or MULTIPLIERS.get(nlp.lemma(w))


def _noun_end(words: list[re.Match[str]], k: int, noun: str | None) -> int | None:
    if noun is None:
        return None
    for m in words[k + 1 : k + 5]:
        w = m.group(0)
        if (w.lower() if w.isupper() else nlp.lemma(w)) == noun:
            return m.end()
    return None


def find_entities(spans: tuple[NamedSpan, ...] | list[NamedSpan]) -> list[Entity]:
    """People, organisations and places the sentence names, nominative."""
    return [Entity(s.start, s.end, s.text, _fix_name(s), s.type) for s in spans]


def _fix_name(s: NamedSpan) -> str:
    # natasha leaves adjectival surnames in their case («Дмитрию Безуглому»): put the
    # words of a person's name that still end in an oblique adjective ending in the
    # nominative, keeping the gender the ending shows
    if s.type != "PER":
        return s.normal
    words = s.normal.split()
    if len(words) < 2:
        return s.normal
    written = s.text.split()
    if len(written) == 2 == len(words) and \
            re.fullmatch(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)(?:ой|ою|у)", written[1]):
        # «Анастасии Весниной», «Анастасию Веснину»: a woman's name in an oblique case,
        # which natasha may leave half-normalized («Анастасии Веснина», «Анастасия Веснин»)
        woman = nlp.woman_named(*written)
        if woman:
            return " ".join(woman)
    w = words[-1]  # only the surname: first names natasha gets right
    m = re.fullmatch(r"([А-ЯЁ][а-яё]{3,}?)(ому|ого|ым)", w)
    f = re.fullmatch(r"([А-ЯЁ][а-яё]{2,}(?:ск|цк))(?:ой|ую)", w)
    if m:
        stem = m.group(1)
        w = stem + ("ий" if stem[-1] in "кгхжшчщ" else "ый")
    elif f:
        w = f.group(1) + "ая"
    elif re.fullmatch(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)а", w):
        written = s.text.split()
        if len(written) == len(words) and ("femn", "nomn") in nlp.name_forms(written[0]):
            # «Евгения Маркина» is a woman (the recogniser may read «Евгения» as a man's
            # genitive): her name as written
            return " ".join([written[0], *words[1:]])
        if any(g == "masc" for g, _c in nlp.name_forms(words[0])):
            # «Андрея Кречетова» -> «Андрей Кречетова»: a man's surname left in the
            # genitive, not a woman's
            w = w[:-1]
    return " ".join([*words[:-1], w])


# ---------------------------------------------------------------- statuses

_STATUS_VERBS = {
    "освободить": "released", "отпустить": "released",
    "арестовать": "arrested",
    "задержать": "detained",
    "погибнуть": "dead", "умереть": "dead", "скончаться": "dead", "убить": "dead",
    # not «обвинить» / «осудить»: in news they are mostly political («Баку обвинил Москву»,
    # «МИД осудил удар»); a legal charge is read from «предъявить обвинение»
    "приговорить": "convicted",
    # sent out of the country: out of custody there, whatever else
    "выдворить": "deported", "депортировать": "deported",
}  # fmt: skip
# verbs whose person is the object when active: «суд арестовал восьмерых»
_TRANSITIVE = {"освободить", "отпустить", "отпускать", "освобождать", "арестовать",
               "задержать", "убить", "обвинить", "выдворить", "депортировать",
               "обвинять", "осудить", "приговорить", "перевести", "продлить", "продлевать",
               "оставить",
               "отправить", "заключить", "взять", "поместить", "выпустить", "избрать"}
# verbs of taking someone somewhere: to a jail, they say he is held
_TAKEN = {"увезти", "отвезти", "вернуть", "доставить", "этапировать", "перевести", "поместить",
          "отправить", "водворить"}
_TRANSITIVE |= _TAKEN
_CUSTODY = {"сизо", "стража", "арест", "изолятор", "колония", "тюрьма", "заключение"}


# The plain finite and short forms of each status, read from the words when the parser's
# tree gives no status there (a mis-tagged verb, a broken tree). Long participles
# («арестованных») describe someone else in the sentence and are left out on purpose.
_STATUS_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("house_arrest", re.compile(r"\bпод\s+домашн\w*(?:\s+арест\w*)?|\bдомашн\w+\s+арест\w*|"
                                r"\bunder\s+house\s+arrest", re.I)),
    ("released", re.compile(r"\b(?:освобожд[её]н[аоы]?|освободил[аи]?|освободили|"
                            r"отпустил[аи]?|отпущен[аоы]?|вышл?[аи]?\s+на\s+свободу|"
                            # («находясь на свободе, может скрыться» is no status)
                            r"(?<!находясь\s)(?<!оставаясь\s)(?<!остается\s)(?<!остаются\s)"
                            r"(?<!остался\s)(?<!осталась\s)«?на\s+свободе|"
                            r"(?:is|are|was|were)\s+(?:now\s+)?free|"
                            r"выпущен[аоы]?\s+на\s+свободу|"
                            r"released|freed)\b", re.I)),
    ("arrest_extended", re.compile(r"\bпродл\w*\s+(?:срок\w*\s+)?(?:арест\w*|содержани\w*|"
                                   r"мер\w+\s+пресечени\w*)", re.I)),
    ("arrested", re.compile(r"\b(?:арестован[аоы]?|арестовал[аи]?|арестовали|"
                            r"(?:находит|наход|остает|оста[её]т|остаю|содерж)\w*\s+"
                            r"(?:под\s+стражей|в\s+(?:[\w-]+\s+)?сизо|под\s+арестом|"
                            r"в\s+(?:[\w-]+\s+)?изолятор\w*)|"
                            r"отправ\w+\s+под\s+арест|заключ\w+\s+под\s+стражу|arrested|"
                            # with no verb, told as still so: «Настя до сих пор в изоляторе»
                            r"(?:до\s+сих\s+пор|по-прежнему|вс[её]\s+ещ[её])\s+(?:в\s+"
                            r"(?:[\w-]+\s+)?(?:сизо|изолятор\w*|тюрьм\w*)|под\s+стражей|"
                            r"под\s+арестом))\b", re.I)),
    ("detained", re.compile(r"\b(?:задержан[аоы]?|задержал[аи]?|задержали|detained)\b", re.I)),
    ("deported", re.compile(r"\b(?:выдворен[аоы]?|выдворил[аи]?|выдворили|депортирован[аоы]?|"
                            r"депортировал[аи]?|депортировали|deported|expelled)\b", re.I)),
    # on the wanted list: at large, not held («объявлен в международный розыск»)
    ("wanted", re.compile(r"\b(?:объявлен[аоы]?\s+в\s+(?:[\w-]+\s+)?розыск|"
                          r"объявил[аи]?\s+(?:[\w-]+\s+){0,2}?в\s+(?:[\w-]+\s+)?розыск|"
                          r"(?:находит|наход)\w*\s+в\s+(?:[\w-]+\s+)?розыске|"
                          r"put\s+on\s+(?:a|the)\s+wanted\s+list)\b", re.I)),
    ("dead", re.compile(r"\b(?:погиб|погибла|погибли|скончал\w*|умер|умерла|убит[аоы]?|died|"
                        r"killed)\b", re.I)),
)

# stems of nouns of a report or rumour: a status «о» which they tell is not asserted
_HEARSAY = ("сообщени", "слух", "информаци", "данны", "новост", "публикаци")

_DENIED = re.compile(r"\b(?:не|ни|not|never)\s+(?:был[аио]?\s+|been\s+)?$", re.I)
_REPLACED = re.compile(rf"(?<![а-яё])(?:вместо|якобы(?:\s+\w+){{0,2}}|"
                       rf"(?:{'|'.join(_HEARSAY)})\w*\s+об?)\s+$", re.I)


def _lemmas(tokens: list[Token]) -> list[str]:
    return [nlp.lemma(t.text) if t.pos in ("VERB", "AUX") or not t.lemma
            else t.lemma.replace("ё", "е")
            for t in tokens]


def _label(i: int, toks: list[Token], lem: list[str]) -> tuple[str, int] | None:
    """The status a token starts, and the token the status belongs to (its verb)."""
    t, L = toks[i], lem[i]
    nxt = lem[i + 1 : i + 6]
    if {"вместо", "якобы"} & set(lem[max(0, i - 3) : i]) or (
            i >= 2 and lem[i - 1] in ("о", "об") and lem[i - 2].startswith(_HEARSAY)):
        # the status replaced, or one rumoured: «вопреки сообщениям о домашнем аресте»,
        # «сообщали, что его якобы отпустили»
        return None
    if L == "домашний" and ((i + 1 < len(lem) and lem[i + 1] == "арест")
                            or (i > 0 and lem[i - 1] == "под")):
        verb = next((j for j in range(i - 1, max(i - 10, -1), -1) if toks[j].pos == "VERB"), i)
        return "house_arrest", verb
    if t.pos not in ("VERB", "AUX", "ADJ") or t.feats.get("VerbForm") == "Inf":
        return None
    if L in ("продлить", "продлевать") and set(nxt) & {"арест", "срок", "мера", "содержание"}:
        return "arrest_extended", i
    if L == "оставить" and set(nxt) & _CUSTODY:
        return "arrest_extended", i
    if L in ("перевести", "отправить", "поместить", "отпустить", "освободить", "выпустить") \
            and _to_house_arrest(lem[i + 1 : i + 9]):
        # read at «домашний»: «отпущены под домашний арест», «отпустили из СИЗО в Баку
        # под домашний арест» is no release
        return None
    if L in _TAKEN and "в" in nxt[:3] and (set(nxt[:4]) & {"сизо", "тюрьма", "колония"} or
                                          "обратно" in nxt[:2] and "изолятор" in nxt[:4]):
        # «после суда его увезли обратно в изолятор», «этапирован в СИЗО»: held by a
        # court's order (the police cells, «ИВС», are a detention)
        return "arrested", i
    if L in ("заключить", "взять", "отправить", "поместить") and "под" in nxt[:3] and \
            set(nxt) & {"стража", "арест"}:
        return "arrested", i
    if L == "избрать" and "мера" in nxt:
        # «избрал меру пресечения в виде домашнего ареста / заключения под стражу»
        window = set(lem[i + 1 : i + 10])
        if "домашний" in window:
            return "house_arrest", i
        if window & {"стража", "арест", "заключение"}:
            return "arrested", i
    if L == "предъявить" and "обвинение" in nxt:
        return "charged", i
    if L in ("выйти", "выпустить") and ("свобода" in nxt or "из" in nxt[:2]
                                        or "из-под" in nxt[:2] and set(nxt[:3]) & _CUSTODY):
        return "released", i
    if L in _STATUS_VERBS:
        return _STATUS_VERBS[L], i
    if L in ("отпускать", "освобождать") and i > 0 and lem[i - 1] == "не":
        return "released", i  # «никто ее не отпускал»: a release denied (read as held)
    return None


def _to_house_arrest(after: list[str]) -> bool:
    """Whether the words after a verb of moving someone lead, within its clause, to house
    arrest («из СИЗО в Баку под домашний арест»)."""
    for j, w in enumerate(after):
        if w in (",", ";", ".", "и", "а", "но"):
            return False
        if w == "домашний" and (j < 3 or after[j - 1] == "под"):
            return True
    return False


def _subtree(toks: list[Token], root: Token) -> list[Token]:
    kids: dict[str, list[Token]] = {}
    for t in toks:
        kids.setdefault(t.head_id, []).append(t)
    out, stack, seen = [], [root], {root.id}
    while stack:
        t = stack.pop()
        out.append(t)
        # natasha's trees may hold cycles: visit each word once
        nxt = [k for k in kids.get(t.id, []) if k.rel not in ("acl", "acl:relcl", "parataxis")
               and k.id not in seen]
        seen.update(k.id for k in nxt)
        stack += nxt
    return out


def _subjects(toks: list[Token], verb: Token, lemma: str, spans: list[Entity]) -> list[str | None]:
    """The people a status is about: PER names in the verb's subject (passive, intransitive)
    or object (active transitive); the subject noun's lemma when no name is there."""
    kids = [t for t in toks if t.head_id == verb.id]
    active = verb.feats.get("Voice") == "Act" and verb.feats.get("VerbForm") != "Part"
    if lemma in _TRANSITIVE and active:
        want = [k for k in kids if k.rel in ("obj", "iobj")]
        # «продлил арест восьми россиянам», «избрал журналисту меру пресечения»: the person
        # is the dative, not the custody or measure noun
        for k in [k for k in want if k.lemma in _CUSTODY | {"срок", "мера", "содержание"}]:
            want.remove(k)
            want += [g for g in toks if g.head_id == k.id and (
                g.rel == "iobj" or g.rel == "nmod" and g.feats.get("Case") == "Dat")]
        at = toks.index(verb)
        which = next((k for k in want if k.lemma == "который"), None)
        if which is None and not want:
            # (the pronoun the parser hung on another verb: the one right before this one)
            which = next((t for t in reversed(toks[max(0, at - 3) : at])
                          if t.lemma == "который" and t.feats.get("Case") == "Acc"), None)
        if which is not None:
            # «заложница, которую он отпустил»: the one let go is the noun the clause
            # tells of (the clause's head, or else the noun right before the pronoun),
            # not the one who let her go
            pron = toks.index(which)
            want = [t for t in toks if t.id == verb.head_id] if verb.rel.startswith("acl") \
                else [t for t in toks[max(0, pron - 3) : pron] if t.pos in ("NOUN", "PROPN")][-1:]
        if not want and at > 0 and toks[at - 1].rel == "obj" and \
                toks[at - 1].pos in ("NOUN", "PROPN"):
            # «что капитана отпустили»: the object right before the verb, which the
            # parser hung on another verb of the sentence
            want = [toks[at - 1]]
    elif verb.feats.get("VerbForm") == "Part" and verb.rel in ("amod", "acl"):
        want = [t for t in toks if t.id == verb.head_id]  # «задержанных в Баку россиян»
    else:
        want = [k for k in kids if k.rel.startswith("nsubj")]
    names: list[str | None] = []
    for w in want:
        sub = _subtree(toks, w)
        lo, hi = min(t.start for t in sub), max(t.end for t in sub)
        per = [e.name for e in spans if e.type == "PER" and lo <= e.start and e.end <= hi]
        if per:
            names += per
        elif w.pos in ("NOUN", "PROPN", "ADJ") or w.feats.get("VerbForm") == "Part":
            names.append(_noun_lemma(w))
    return names


def _noun_lemma(t: Token) -> str:
    """A subject noun's lemma; a substantivized participle keeps its own form
    («обвиняемым» -> «обвиняемый», where a lemmatizer gives the verb «обвинять»)."""
    if t.pos == "PROPN":
        return t.lemma
    pos, _ = nlp.inflections(t.text)
    if pos in ("ADJF", "PRTF") or t.pos != "NOUN":
        return nlp.nominative_word(t.text, number="Sing", gender="Masc").lower()
    return t.lemma


# a denial after the participle: «задержан не был», «задержан он не был»
_DENIED_AFTER = re.compile(r"\s+(?:(?:он|она|они)\s+)?не\s+был[аио]?\b", re.I)


def find_statuses(text: str, offset: int, entities: list[Entity],
                  sentence: ParsedSentence | None = None) -> list[Status]:
    """Statuses the sentence gives someone (arrested, freed, house arrest...), each with
    the person it is about when the sentence names one."""
    if sentence is None:
        sentence = next(iter(nlp.parse(text, offset)), None)
        if sentence is None:
            return []
    end = offset + len(text)
    toks = [t for t in sentence.tokens if offset <= t.start and t.end <= end]
    lem = _lemmas(toks)
    out = []
    seen = set()
    for i in range(len(toks)):
        hit = _label(i, toks, lem)
        if hit is None:
            continue
        label, vi = hit
        verb = toks[vi]
        if (label, vi) in seen:
            continue
        seen.add((label, vi))
        # (or after it: «задержан не был», «задержан он не был»)
        after = [w for w in lem[vi + 1 : vi + 4] if w not in ("он", "она", "они")]
        neg = vi > 0 and lem[vi - 1] == "не" or after[:2] == ["не", "быть"]
        if neg and label != "released":
            continue  # «не задержан» states no status
        if neg:
            label = "held"  # «никто ее не отпускал»: a release denied is custody still
        subjects = _subjects(toks, verb, lem[vi], entities)
        if not subjects:
            # a full participle describes someone else's noun («один из арестованных»):
            # only a finite verb or a short participle may borrow the nearest name
            full_part = verb.feats.get("VerbForm") == "Part" and \
                verb.feats.get("Variant") != "Short"
            subjects = [None if full_part else _nearest_person(toks, vi, entities)]
        a, b = min(toks[i].start, verb.start), max(toks[i].end, verb.end)
        for who in subjects:
            out.append(Status(a, b, sentence.text[a - sentence.start : b - sentence.start]
                              if sentence.start <= a else toks[i].text, label, who))
    for label, pat in _STATUS_FORMS:
        for m in pat.finditer(text):
            a, b = offset + m.start(), offset + m.end()
            if any(s.status == label or s.start <= a < s.end or a <= s.start < b for s in out):
                continue  # read from the tree already; «под домашний арест» is not also «арест»
            if _REPLACED.search(text[max(0, m.start() - 30) : m.start()]):
                continue  # «вместо домашнего ареста», «сообщения об освобождении», «якобы»
            if _DENIED.search(text[max(0, m.start() - 20) : m.start()]) or \
                    _DENIED_AFTER.match(text, m.end()):
                if label != "released":
                    continue  # «не задержан» states no status
                label = "held"  # «так и не освободили»: still held
            out.append(Status(a, b, m.group(), label, _form_subject(toks, a, entities)))
    return out


def _form_subject(toks: list[Token], at: int, entities: list[Entity]) -> str | None:
    """Who a status read from its words is about: the subject of the verb it starts
    with («Капитан судна по-прежнему находится под стражей»), else the person named
    nearest in its clause («Настя до сих пор в изоляторе»). A noun is taken only when the
    sentence names no one, so the names around the status word keep deciding otherwise."""
    i = next((k for k, t in enumerate(toks) if t.start >= at), None)
    if i is None:
        return None
    t = toks[i]
    if t.pos in ("VERB", "AUX"):
        found = _subjects(toks, t, nlp.lemma(t.text), entities)
        names = [w for w in found if w and any(e.name == w for e in entities)]
        if names:
            return names[0]
        if found and found[0] and not any(e.type == "PER" for e in entities):
            return found[0]
    return _nearest_person(toks, i, entities)


def _nearest_person(toks: list[Token], vi: int, entities: list[Entity]) -> str | None:
    """The person named nearest to the status word within its clause, if any."""
    v = toks[vi]
    best = None
    for e in entities:
        if e.type != "PER":
            continue
        lo, hi = sorted((e.end, v.start)) if e.end <= v.start else sorted((v.end, e.start))
        between = [t.text for t in toks if lo <= t.start and t.end <= hi]
        if any(x in (";", "—", ":") for x in between) or len(between) > 8:
            continue  # another clause
        d = abs(e.start - v.start)
        if best is None or d < best[0]:
            best = (d, e.name)
    return best[1] if best else None
