"""One thing said to have happened by one report and not to have happened by another.

A yes/no conflict found without a lexicon of questions: «главного инженера задержали» /
«Ермаков не задерживался»; «работы выполнены в полном объеме» / «перекладка так и не
была выполнена»; «горняки неоднократно обращались к руководству» / «ни одного обращения
не поступало». What makes two claims answer one question is one predicate (a verb, a
participle, or the action noun of a verb: «задержание» is «задержать»), affirmed in one
claim and negated in the other, and the claims' own likeness once the negation is left
out, or one person both name. Claims of two people, claims dated to different days, a
wish, a condition or a question answer nothing here; verbs of saying, thinking and being
(«не сообщил», «не исключил», «не может») ask no question of the story.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache
from itertools import combinations
from typing import NamedTuple

from factdb.conflicts import match
from factdb.conflicts.facts import Facts, Tok, Value, _lemma, _pos, genitive_noun, tokens
from factdb.conflicts.groups import MAX_GROUP, Group, dates_compatible, one_voice
from factdb.conflicts.people import People
from factdb.conflicts.rules import (
    _PAST_SEASON,
    _safe,
    _when,
    another_affair,
    days_apart,
    named_people,
    old_months,
    stated_day,
)
from factdb.extract.dates import M as MONTH_WORD
from factdb.extract.grammars import MANNER_SPEECH_LEMMAS, SPEECH_LEMMAS
from factdb.models import NARRATIVE
from factdb.text import fold

ALIKE = 0.5  # likeness (negation left out) of two claims answering one question
NAMED_ALIKE = 0.25  # likeness enough when both claims name the same person
TOTAL_ALIKE = 0.2  # likeness enough against a denial of everything («ничего не подписывали»)
OBJECT_ALIKE = 0.15  # likeness enough when one verb is done to one thing by both claims,
# denied flat («обсудили возможный обмен» / «не обсуждала никакой обмен»; or the thing a
# participle is said of: «водозаборы остановлены» / «водозабор никто не останавливал»)
# likeness enough when the verb's own nouns are one («ракеты не поразили самолет» /
# «самолет был поражен ракетой»)
AROUND_ALIKE = 0.4
# ... and when one tells a month the other's year holds, of one thing both name («мост
# обследовался в июне этого года» / «в 2026 году мост никто не обследовал»): the time
# named is the question's, whatever else the claims tell
SPANNED_ALIKE = 0.1
# (or a denial's phrase before its particles is among the other's nouns, a thing named by a
# phrase: «владелец склада задержан» / «владельца склада пока не задерживали»:
# OBJECT_ALIKE is enough)
MAX_DAYS = 3  # a yes and a no told further apart may be a change, not a dispute
# (but an act given another name, «речь идет не о забастовке», disputes what the act is,
# which a week's reports of one story can do from its first day)
RENAMED_DAYS = 7
SHARED = 5  # letters two lemmas share when they are one verb («задержать», «задерживать»,
# «задержание»); see _same_verb

# verbs of saying that answer a question of the story: «признал вину», «не признает»
_ADMISSIONS = frozenset({"признать", "признавать", "признаться", "отрицать"})
_NEGATION = {"не", "ни"}
_COPULA = {"был", "была", "было", "были", "будет", "будут"}
# verbs that ask no question of the story: saying, knowing, being able, beginning
_ASKS_NOTHING = frozenset(
    """быть являться стать становиться мочь смочь хотеть захотеть иметь знать узнать
    считать думать полагать исключать исключить комментировать прокомментировать
    подтвердить подтверждать опровергнуть опровергать уточнить уточнять раскрыть
    раскрывать назвать называть видеть увидеть слышать услышать ждать ожидать
    планировать успеть удаться удаваться начать начинать продолжить продолжать
    собираться собраться говориться сообщаться оказаться оказываться получиться
    понимать понять помнить вспомнить верить поверить давать дать ответить отвечать
    хватать хватить нужно надо следовать бывать остаться оставаться спешить торопиться
    сомневаться идти пойти прийти приходить""".split()
)
_NO_QUESTION = _ASKS_NOTHING | (SPEECH_LEMMAS - _ADMISSIONS) | MANNER_SPEECH_LEMMAS
# «оставить» in its idioms asserts no deed: «оставим это на совести авторов», «не оставим без
# ответа», «оставляет за собой право»
_LEFT = frozenset({"оставить", "оставлять"})
_LEFT_IDIOM = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:на\s+(?:[\w-]+\s+)?совести|без\s+(?:ответа|"
                         r"внимания|комментари\w*|последстви\w*|реакции)|за\s+собой\s+право)",
                         re.I)
# finite verbs and short participles assert; a long participle («пострадавших»,
# «задержанным») names people by what happened to them and asserts nothing
_PREDICATE_POS = frozenset({"VERB", "PRTS"})
_ACTION_ENDINGS = ("ение", "ание", "яние", "ытие")  # action nouns: «задержание», «вскрытие»
# a negation that denies no predicate: «не раз», «не только», «не менее трех»
_NOT_A_DENIAL = frozenset({"раз", "только", "менее", "более", "позднее", "ранее", "просто",
                           "так", "очень", "всегда", "один", "одна", "одно", "сразу"})
# a yes or no about something else than the story's event: a wish, a demand, a fear
# («готов», never a surname: «Готовцева»)
_MOOD = re.compile(r"\b(?:если|чтобы|бы|может|могут|мог\w*|должен|должна|должны|"
                   r"готов(?:ы|а|о)?\b|готовност\w*|готови\w*|готовя\w*|"
                   r"намерен\w*|обещ\w*|призв\w*|потребова\w*|требу\w*|надеемся|надеется|"
                   r"надеются|ожида\w*|опаса\w*|боя\w*|просит|просил\w*|будет|будут)\b", re.I)
# (not «Это не X, а Y»: «это не проверка, а зачистка» names the thing anew, a figure of
# speech, and denies nothing)
_NOT_ABOUT = re.compile(r"\b(?:речь|разговор)\s+(?:[\w-]+\s+)?(?:ид[её]т|шла|идет)\s+не\s+"
                        r"(?:о|об)\s+(?P<n>[а-яё]+)", re.I)
# «Это не запрет.»: a sentence denying its subject's name, and no more (not «Это не X, а
# Y», above)
_NOT_THIS = re.compile(r"(?:^|[.!?]\s+|—\s*)Это\s+не\s+(?P<n>[а-яё]+)(?=\s*(?:$|[.;!]))")
_NOT_THAT = re.compile(r"\bне\s+(?:(?:за|о|про|из-за|в)\s+)?(?:то|том|того|тем),?\s+что\b",
                       re.I)
# (not «что»: «заявил, что не получал» is the commonest way to report a denial)
# a denial of a thing as a whole, which leaves a part of it done
_AS_SUCH = re.compile(r"(?:\s+[\w-]+){0,3}?\s+как\s+таков\w+", re.I)
# where a predicate's clause ends before a mood word: a stop, or the «и» that joins
# the demand to it as a second predicate
_CLAUSE_END = re.compile(r"[,;:—–]|\sи\s+$")
_RELATIVE = frozenset({"кто", "кого", "кому", "кем", "где", "куда",
                       "откуда", "который", "которая", "которое", "которые", "которого",
                       "которой", "которых", "которым"})
_EITHER = re.compile(r"\bили\s+(?:же\s+)?(?:не\s+[а-яё]|нет\b)", re.I)
# (not «ни один из», none of them)
_SOME = re.compile(r"(?<!ни\s)\b(?:од(?:ин|на|но|ного|ной|ному)\s+из|некоторы\w+|кто-то\s+из|"
                   r"часть\s+из|несколько\s+из)\b", re.I)
_ASKING = frozenset({"откуда", "почему", "зачем", "кто", "где", "куда", "отчего"})
_QUESTION = re.compile(r"\?\s*[»\"“”]?\s*$|\?\s")


def _same_verb(a: str, b: str) -> bool:
    """Whether two lemmas are one predicate: its two aspects or its action noun
    («задержать», «задерживать», «задержание»; «подать», «подавать»). Nouns
    («n:доступ») are one only when equal."""
    if a.startswith("n:") or b.startswith("n:"):
        return a == b
    a, b = _unalternate(_unprefixed(a)), _unalternate(_unprefixed(b))
    shared = len(os.path.commonprefix([a, b]))
    if shared >= SHARED:
        return True
    short, long_ = sorted((a, b), key=len)
    return shared >= 4 and long_.startswith(short.removesuffix("ть"))


# the sounds the imperfective aspect alternates: «обсудить» / «обсуждать», «посетить» /
# «посещать», «выразить» / «выражать», «встретить» / «встречать», «допросить» /
# «допрашивать»
_ALTERNATIONS = (("жд", "д"), ("щ", "т"), ("ж", "з"), ("ч", "т"), ("аш", "ос"))


def _unprefixed(lemma: str) -> str:
    """A borrowed verb without the prefix of its perfective: «зарегистрировать» is
    «регистрировать», «проинформировать» is «информировать» (only «-ировать» verbs,
    whose prefixes add nothing but the aspect)."""
    m = _ASPECT_PREFIX.match(lemma)
    return lemma[m.end() :] if m else lemma


_ASPECT_PREFIX = re.compile(r"^(?:за|про|с|о)(?=[а-яё]{4,}ировать(?:ся)?$)")


@cache  # (met for every pair of answers in a bucket: a few hundred lemmas in all)
def _unalternate(lemma: str) -> str:
    for alt, base in _ALTERNATIONS:
        lemma = lemma.replace(alt, base)
    return lemma


def _predicate_key(key: str) -> bool:
    """Whether a key is a verb's lemma (a noun's is «n:...», an action noun's ends so)."""
    return not key.startswith("n:") and not key.endswith((*_ACTION_ENDINGS, "ация", "ка")) \
        and key not in _ROOT_ACTS


def _bucket(key: str) -> str:
    # where candidates meet: the letters every form of one predicate shares
    return key[:6] if key.startswith("n:") else _unprefixed(key)[:4]


def _action_noun(word: str) -> str | None:
    """The lemma of an action noun («задержания» -> «задержание», «эвакуации» ->
    «эвакуация»), else None."""
    from factdb.extract.nlp import action_lemmas

    if _pos(word) != "NOUN":
        return None
    lem = _lemma(word)
    return lem if lem.endswith(_ACTION_ENDINGS) or (
        lem.endswith("ация") and lem not in _NOT_ACTS and action_lemmas(lem)) or (
        lem in _KA_ACTS) else None


# acts named by a noun in «-ка» (most such nouns name a thing, «упаковка», or another
# act than their verb's, «задержка» is a delay and no detention): «противогололедной
# обработки не было» denies «спуск обрабатывали»
# («проверка» is left out: «актов проверки не поступало» denies the papers, not the check)
_KA_ACTS = frozenset("""обработка очистка расчистка зачистка уборка откачка посыпка
    подсыпка вырубка перекладка""".split())


# acts of force and of an investigation named by a bare root, whose verb starts with it
# («штурм» / «штурмовал», «обыск» / «обыскали», «допрос» / «допросили»): «никакого штурма
# не было» denies the storming told in any words, as «никакой эвакуации не было» does
# (keyed so, `_noun_key`; but no action noun: «реакции на продление ареста не поступило»
# denies no arrest)
_ROOT_ACTS = frozenset("штурм обыск арест допрос обстрел захват взлом".split())


# nouns in «-ация» whose verb in «-ировать» names no act of the story: a body, a state,
# words («администрация» is no «администрировать», «информации не поступало» is no
# «проинформировали»)
_NOT_ACTS = frozenset(
    """информация администрация делегация организация операция ситуация демонстрация
    ассоциация коммуникация консультация документация презентация федерация
    концентрация""".split())


def _predicate(t: Tok) -> str | None:
    """The lemma of a word that can be affirmed or denied, else None."""
    if not re.search(r"[а-яё]", t.w):
        return None
    if _pos(t.w) in _PREDICATE_POS and not _future(t.w):
        lem = _lemma(t.w)
        if (lem in _NO_QUESTION or lem.removesuffix("ся") in _NO_QUESTION) \
                and not _done_by_saying(t.w, lem):
            return None
        return _SYNONYMS.get(lem, lem)
    return None


def _done_by_saying(word: str, lem: str) -> bool:
    """Whether a saying verb's short passive participle tells of a deed done to someone
    or something: «режим ЧС так и не был объявлен», «жители не были предупреждены»,
    «он обвинен»; not the impersonal «было объявлено, что» (neuter), nor a verb that
    asks nothing in any voice («назван», «подтвержден»)."""
    from factdb.extract.nlp import agreement

    number, gender = agreement(word)
    return bool(number) and (number, gender) != ("sing", "neut") and lem not in _ASKS_NOTHING


def _neuter_deeds(toks: list[Tok], text: str) -> set[int]:
    """Saying verbs' neuter short participles told of a neuter thing before them, a deed
    done to it: «Штормовое предупреждение было объявлено еще утром» (not the impersonal
    «было объявлено, что ...», which `_done_by_saying` leaves out)."""
    from factdb.extract.nlp import agreement, nominative_agrees

    out = set()
    for t in toks:
        if _pos(t.w) != "PRTS" or agreement(t.w) != ("sing", "neut"):
            continue
        lem = _lemma(t.w)
        if lem not in _NO_QUESTION or lem in _ASKS_NOTHING or \
                re.match(r"\s*,?\s*(?:что|чтобы)\b", text[t.end :]):
            continue
        before = [x for x in toks[max(0, t.i - 6) : t.i]
                  if x.w not in ("было", "не", "так", "и", "же")
                  and not re.search(r"[,.;:!?—–]", text[x.end : t.start])]
        if before and _pos(before[-1].w) == "NOUN" and \
                (text[before[-1].start].islower() or before[-1].i == 0) and \
                nominative_agrees(before[-1].w, "sing", "neut"):
            out.add(t.i)
    return out


# verbs that ask one question in other words: a consul who «посетил» the prisoner and one
# who «ни разу не навещал» him answer one question; a regime «введен» is one «объявлен»
_SYNONYMS = {"навестить": "посетить", "навещать": "посетить", "проведать": "посетить",
             "побывать": "посетить", "ввести": "объявить", "вводить": "объявить",
             "введение": "объявление",
             # taken from a victim: «отобрали телефон» / «ничего не забрали», «не украли»
             "отобрать": "забрать", "отнять": "забрать", "похитить": "забрать",
             "украсть": "забрать", "забирать": "забрать", "отбирать": "забрать",
             "похищать": "забрать", "красть": "забрать",
             # people taken away from danger: «жителей вывезли в соседний поселок»
             "вывезти": "эвакуировать", "вывозить": "эвакуировать",
             # warned before: «жителей предупредили заранее» / «никто нас не оповещал»
             "оповестить": "предупредить", "оповещать": "предупредить",
             "предупреждать": "предупредить",
             # a price or a level raised: «сеть подняла цену» / «цены не повышались»
             "поднять": "повысить", "поднимать": "повысить", "подняться": "повысить",
             "подниматься": "повысить", "повышать": "повысить", "повыситься": "повысить",
             "повышаться": "повысить",
             # work carried out: «проверка была произведена 6 марта» / «в марте не
             # проводилась» (the two aspects of «провести» share too few letters)
             "произвести": "провести", "производить": "провести", "проводить": "провести",
             "проводиться": "провести", "производиться": "провести",
             # a thing cleaned: «двор был очищен» / «двор ни разу не чистили»
             "очистить": "чистить", "почистить": "чистить", "очищать": "чистить",
             # a check passed: «лифт прошел освидетельствование» / «в этом году его не
             # проходил» (the two aspects share too few letters)
             "проходить": "пройти"}
# a time of the story's first hours: what held then may have changed («в первые часы
# после аварии концентрация превышала ПДК» / «превышений не выявлено» measured later)
_AT_FIRST = re.compile(r"\bв\s+первые\s+(?:час|минут|дн|сутк)\w*|\bпервоначальн\w*|"
                       r"\bизначальн\w*|\bпоначалу\b|\bсначала\b", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)[«\"„]?\s*$")
# verbs of finding: what they found exists
_FINDING = frozenset({"зафиксировать", "фиксировать", "выявить", "выявлять", "обнаружить",
                      "обнаруживать", "установить", "зарегистрировать"})
# saying verbs that are deeds when told with no words said: a warning given
_WARN = frozenset({"предупредить", "предупреждать", "оповестить", "оповещать", "уведомить",
                   "уведомлять"})
_WARN_NOUNS = frozenset({"предупреждение", "оповещение", "уведомление"})
# saying verbs that are deeds when a thing is handed: «передал ключи покупателю»,
# «передали документы в суд» (not «передал слова министра», «передал информацию»)
_HAND_OVER = frozenset({"передать", "передавать"})
_WORDS_NOUNS = frozenset("""слово информация сообщение заявление привет данные сведения
    позиция мнение просьба соболезнование поздравление ответ комментарий вопрос новость
    благодарность пожелание требование предложение""".split())


def _handed(toks: list[Tok], t: Tok, text: str) -> bool:
    """Whether a verb of handing has a thing for its object right after it (past one
    adjective) or right before it (past «не»): an inanimate common noun in the accusative
    that is no word said («передал ключи», «документы не передал»)."""
    def thing(x: Tok) -> bool:
        return text[x.start].islower() and _case(x.w) == "accs" and \
            not _animate(x.w) and _lemma(x.w) not in _WORDS_NOUNS

    for x in toks[t.i + 1 : t.i + 3]:
        if re.search(r"[,.;:!?«»\"—–]", text[t.end : x.start]):
            break
        pos = _pos(x.w)
        if pos == "NOUN":
            return thing(x)
        if pos not in ("ADJF", "PRTF"):
            break
    before = toks[max(0, t.i - 2) : t.i]
    if before and before[-1].w in _NEGATION:
        before = before[:-1]
    return bool(before) and _pos(before[-1].w) == "NOUN" and \
        not re.search(r"[,.;:!?«»\"—–]", text[before[-1].end : t.start]) and thing(before[-1])


_WHAT_SAID = re.compile(r"\s*(?:[\w-]+\s+){0,2}?,?\s*(?:что\b|:|«|\")", re.I)
# a verb and its noun that say what one verb says: «выписать/наложить/назначить штраф»
# is «оштрафовать»
_FINE = {"штраф": "оштрафовать"}
_LIGHT_VERBS = {"выписать": _FINE, "выписывать": _FINE, "наложить": _FINE, "налагать": _FINE,
                "назначить": _FINE, "назначать": _FINE}


@_safe
def answers(f: Facts) -> list[Answer]:
    """The predicates a Russian claim affirms or denies (see `Answer`); nothing
    for a question, a wish or a condition, or a claim that both affirms and denies one
    predicate (a comparison or a change: «не признавал, а потом признал»).

    A denied predicate denies with it the thing it governs in the genitive of negation
    («не получили доступа», «обращений ... не поступало», «никакого задержания не
    было»); an affirmed one affirms the noun beside it («доступ был предоставлен»).
    Nouns are keyed apart from verbs («n:доступ»); an action noun keeps its own lemma
    and meets its verb through `_same_verb` («задержание», «задержать»)."""
    c = f.sc.claim
    text = c.text
    if _QUESTION.search(text) or not re.search(r"[а-яё]{3}", text):
        return []
    if _SOME.search(text):
        return []  # «один из задержанных признал вину» answers for one, not for the group
    if _EITHER.search(text):
        return []  # «лишился — или не лишился — должности»: both, so neither
    toks = tokens(text)
    if (toks and toks[0].w in _ASKING) or any(t.w == "ли" for t in toks):
        # «работала ли система защиты» asks; it answers nothing
        return []  # nor does a heading that asks: «Откуда пришел огонь»
    found: dict[str, tuple[bool, Tok]] = {}
    # a wish, a demand or a condition governs what follows it in its sentence, and
    # the rest of its own clause: «вручена нота, в которой мы потребовали освободить»
    # still says the note was handed; so does a predicate before «и» and the demand
    # («не обсуждала обмен и потребовала освободить»)
    moods = [m.start() for m in _MOOD.finditer(text)]
    # «уволили не за то, что я брал откаты, а за ...»: the deed told after «не за то, что»
    # is the one its speaker says he is not judged for, not one he owns to
    moods += [m.end() for m in _NOT_THAT.finditer(text)]

    def put(key: str, yes: bool, t: Tok) -> None:
        # (a colon or a semicolon after the mood ends its reach: «завод не может быть
        # источником: в пробах хлор не обнаружен» tells a finding)
        if any((at <= t.start and not re.search(r"[:;]", text[at : t.start])) or
               (t.start < at and not _CLAUSE_END.search(text[t.end : at])) for at in moods):
            return
        if key in _LEFT and _LEFT_IDIOM.match(text, t.end):
            return  # «оставим на совести авторов», «не оставили без ответа»: an idiom
        found.setdefault(key, (yes, t))

    def joined(a: Tok, b: Tok) -> bool:
        # two words of one phrase: nothing but spaces (and guillemets) between them
        # (a dash with no spaces joins a name: «трасса Заречье—Луговое»)
        lo, hi = (a, b) if a.start < b.start else (b, a)
        return not re.search(r"[,.;:!?()]|\s[—–]|[—–]\s", text[lo.end : hi.start])

    deeds = _neuter_deeds(toks, text)

    def predicate(t: Tok) -> str | None:
        lem = _lemma(t.w)
        if lem == "являться" or lem == "иметь" and t.i + 1 < len(toks) and \
                _lemma(toks[t.i + 1].w) == "статус":
            return _what_it_is(toks, t, joined)
        if t.i in deeds or lem in _WARN and _pos(t.w) in _PREDICATE_POS and \
                not _WHAT_SAID.match(text, t.end) or \
                lem in _HAND_OVER and _pos(t.w) in _PREDICATE_POS and _handed(toks, t, text):
            # (a warning told with no words of it is a deed: «жителей предупредили
            # заранее», «никто нас не предупреждал»; not «предупредили, что ...»)
            return _SYNONYMS.get(lem, lem)
        return _predicate(t)

    denied: set[int] = set()
    total: set[str] = set()  # predicates denied of everything: «никаких ... не», «ничего не»
    flat: set[str] = set()  # predicates denied flat: «никакой», «ни одного», «никто не»
    renamed: set[str] = set()  # things denied by a name: «речь идет не о штрафе»

    def _opens_none(x: Tok) -> bool:
        # «никакого», «ни одного»; not the «ни» of «ни я, ни капитан»
        return x.w.startswith("никак") or (x.w == "ни" and x.i + 1 < len(toks)
                                          and toks[x.i + 1].w.startswith("одн"))

    def deny(pred: Tok, k: int) -> None:
        """`pred` is denied by the «не» at token k; so is what it governs."""
        t_not = toks[k]
        if k > 0 and toks[k - 1].w in _RELATIVE:
            return  # «кого не нашли»: a relative clause names, it does not deny
        clause = [x for x in toks[max(0, k - 6) : k]
                  if not re.search(r"[,;:—–()]", text[x.end : t_not.start])]
        if clause and clause[0].w.startswith("котор"):
            return  # «станки, которых завод так и не получил»: nor one a little on
        if _AS_SUCH.match(text, pred.end):
            return  # «мы не закрываем рынок как таковой»: not all of it, some is done
        exists = pred.w in _EXIST or pred.w in _COPULA
        stem = predicate(pred)
        if stem is not None:
            put(stem, False, pred)
        elif not exists:
            return  # «не первый случай задержания»: nothing is denied
        denied.add(pred.i)
        # «никакого задержания не было», «обращений ... не поступало»: the nouns in the
        # genitive between the start of the clause (or «ни одного») and the «не»
        lo = k
        while lo > 0 and joined(toks[lo - 1], toks[k]) and k - lo < 10:
            lo -= 1
        none_at = next((x.i for x in toks[lo:k] if _opens_none(x)), None)
        if none_at is None:
            # «никакого предупреждения ни я, ни капитан не получали»: the «никакой» may
            # stand before a list of who did not
            opener = next((x for x in reversed(toks[max(0, k - 10) : lo])
                           if x.w.startswith("никак")
                           and not re.search(r"[.;:!?]", text[x.end : t_not.start])), None)
            if opener is not None:
                lo, none_at = opener.i, opener.i
        # a denial of everything: «ничего не подписывал», or none of a kind that holds
        # any such thing («никаких документов не подписывалось» holds a protocol); one's
        # own act denied («я ничего не снимал») answers for oneself only
        nothing = k > 0 and toks[k - 1].w == "ничего"
        generic = none_at is not None and any(
            _lemma(x.w) in _ANY_THING for x in toks[none_at + 1 : k])
        mine = any(x.w == "я" for x in toks[max(0, k - 8) : k]
                   if not re.search(r"[.!?]", text[x.end : t_not.start]))
        if stem is not None and (nothing or generic) and not mine:
            total.add(stem)
        after = [x for x in toks[pred.i + 1 : pred.i + 3] if joined(pred, x)]
        # («никто его с должности не снимал»: the phrase of where from between them; not
        # «никто из участников ... не», none of a group, which the counts tell)
        nobody = any(x.w == "никто" and (k - x.i <= 3 or toks[x.i + 1].w not in ("из", "среди"))
                     for x in toks[max(0, k - 5) : k] if joined(x, t_not))
        if stem is not None and (none_at is not None or nobody
                                 or any(_opens_none(x) for x in after)):
            # «не обсуждала никакой обмен», «никакого обмена не обсуждали», «никто его
            # не переводил»
            flat.add(stem)
        for x in toks[lo:k]:
            # (only a denial of existence, or one opened by «никакой», «ни одного», has
            # its thing before it: «рабочие завода оборудования не выходят» denies no
            # «оборудование»; after «никакой», a noun of a phrase with a preposition is when
            # or where, not the thing: «никакого предупреждения на вечер субботы не было»)
            # (the sentence's first word too: «Превышений ПДК ... не выявлено»)
            if _genitive(x.w) and (text[x.start].islower() or
                                   _SENTENCE_START.search(text, 0, x.start) is not None) \
                    and (exists or none_at is not None) \
                    and (_action_noun(x.w) or (none_at is not None and x.i > none_at)) \
                    and not (none_at is not None and _in_prepositional(toks, x, none_at + 1)):
                put(_noun_key(x.w), False, x)
                denied.add(x.i)
                if exists and (_action_noun(x.w) or none_at is not None and x.i > none_at):
                    # «никакой эвакуации не было», «превышений не выявлено»: no such act
                    # at all, whoever is named by the claim that tells one; nor any such
                    # thing («никакой метели в тот вечер не было» against «дорогу замела
                    # метель»)
                    total.add(_noun_key(x.w))
        # «не получили доступа»: the object in the genitive right after (not after a verb
        # in the present alone: «совет не штампует решения» is a habit, no event denied)
        for x in toks[pred.i + 1 : pred.i + 3] if _tenses(pred.w) != {"pres"} else ():
            if not joined(pred, x):
                break
            if _genitive(x.w) and text[x.start].islower() and not _animate(x.w):
                put(_noun_key(x.w), False, x)
                denied.add(x.i)
                break

    for k, t in enumerate(toks):
        if t.w not in _NEGATION or k + 1 >= len(toks):
            continue
        j = k + 1
        if toks[j].w in _COPULA and j + 1 < len(toks) and joined(toks[j], toks[j + 1]) and \
                _pos(toks[j + 1].w) not in ("CONJ", "PRCL"):
            j += 1  # «не был задержан» (not «не было и не требовалось»)
        if toks[j].w in _NOT_A_DENIAL:
            continue
        if toks[j].w in _COPULA or toks[j].w in _EXIST:
            # «задержан он не был», «сделано не было», «обращений не поступало»: the
            # predicate or the thing stands before
            before = [x for x in toks[max(0, k - 3) : k] if joined(x, t)]
            pred = next((x for x in reversed(before) if predicate(x) is not None), None)
            if pred is not None:
                deny(pred, k)
                continue
            deny(toks[j], k)
            continue
        deny(toks[j], k)
    for t in toks[1:]:
        # a warning done without: «остановили поставки без всякого предупреждения» (with
        # «всякого», «какого-либо»: none at all, as «никаких уведомлений не приходило»)
        any_at_all = t.i > 1 and toks[t.i - 2].w == "без" and \
            _pos(toks[t.i - 1].w) in ("ADJF", "APRO", "NPRO")
        if (toks[t.i - 1].w == "без" or any_at_all) and t.i not in denied and \
                (key := _action_noun(t.w)) and _SYNONYMS.get(key, key) in _WARN_NOUNS:
            put(_SYNONYMS.get(key, key), False, t)
            denied.add(t.i)
            if any_at_all:
                total.add(_SYNONYMS.get(key, key))
    for t in toks:
        # «Долгов по зарплате на фабрике нет», «претензий у банка нет»:
        # a «нет» closing its clause denies the thing its clause opens with, anywhere
        # (not «больше нет», «уже нет»: gone since, a change; not a name in quotes, «X» в
        # реестре нет; the clause's first noun outside a phrase of a preposition: «к нашей
        # компании претензий нет» denies the claims)
        if t.w != "нет" or t.i == 0 or \
                toks[t.i - 1].w in _NEGATION | {"или", "да", "что", "больше", "уже"} \
                or not _CLOSES.match(text, t.end) or _SNAPSHOT_NOW.search(text):
            continue  # («сейчас открытого горения нет»: of now, not of the event)
        x = _denied_by_net(toks, t, joined)
        if x is not None and x.i not in denied and _genitive(x.w) and not _animate(x.w) \
                and _lemma(x.w) not in _NO_THINGS \
                and _common_word(x, text) and not (
                    re.search(r"[«\"„“]\s*(?:[\w-]+\s+)?$", text[: x.start])
                    and re.match(r"\s*(?:[\w-]+\s*)?[»\"“”]", text[x.end :])):
            put(_noun_key(x.w), False, x)
            denied.add(x.i)
            total.add(_noun_key(x.w))
    # «речь идет не о забастовке, а о собрании»: the thing named is denied to be what
    # happened at all
    for m in [*_NOT_ABOUT.finditer(text), *_NOT_THIS.finditer(text)]:
        x = next((t for t in toks if t.start == m.start("n")), None)
        if x is not None and x.i not in denied and _pos(x.w) == "NOUN" and \
                not _animate(x.w) and _common_word(x, text):
            put(_noun_key(x.w), False, x)
            denied.add(x.i)
            total.add(_noun_key(x.w))
            renamed.add(_noun_key(x.w))
    # a past passive participle after its noun and a comma affirms its deed done to the
    # noun: «лицензия, выданная в марте», «приказом, подписанным вчера»
    heads: dict[int, Tok] = {}
    for t in toks[2:]:
        head = toks[t.i - 1]
        if t.i in denied or _pos(t.w) != "PRTF" or not _PAST_PASSIVE.search(t.w) or \
                _pos(head.w) != "NOUN" or not re.fullmatch(r",\s*", text[head.end : t.start]):
            continue
        lem = _lemma(t.w)
        if lem not in _NO_QUESTION and lem.removesuffix("ся") not in _NO_QUESTION:
            put(_SYNONYMS.get(lem, lem), True, t)
            heads[t.i] = head
    for t in toks:
        if t.i in denied or (stem := predicate(t)) is None:
            continue
        if t.i > 0 and toks[t.i - 1].w in _NEGATION | _RELATIVE:
            continue  # (nor does «суда, которые получили предупреждение» affirm)
        put(stem, True, t)
        # an act a verb of finding names further on: «зафиксировала в одном из кварталов
        # превышение нормы»
        # (or a thing it found past a place: «обнаружила на складе недостачу»)
        for x in toks[t.i + 3 : t.i + 8] if _lemma(t.w) in _FINDING else ():
            if x.i not in denied and joined(x, t) and (_action_noun(x.w) or (
                    _pos(x.w) == "NOUN" and not _governed(toks, x) and not _animate(x.w)
                    and text[x.start].islower())) and _case(x.w) in ("accs", "nomn"):
                put(_noun_key(x.w), True, x)
                break
        for x in toks[max(0, t.i - 2) : t.i + 3]:
            # (the subject or the object: «доступ был предоставлен», «получал деньги»)
            if x.i != t.i and x.i not in denied and joined(x, t) and _pos(x.w) == "NOUN" \
                    and text[x.start].islower() and _case(x.w) in ("nomn", "accs") \
                    and not _animate(x.w) and not _governed(toks, x) \
                    and not (x.i > 0 and _lemma(toks[x.i - 1].w) in _LACK):
                put(_noun_key(x.w), True, x)
    # a paper or a declaration of an act affirms the act: «подписал указ о введении
    # режима ЧС», «объявил о введении карантина»; not in a clause that denies
    for x in toks[2:]:
        head = toks[x.i - 2]
        if toks[x.i - 1].w in ("о", "об") and _action_noun(x.w) and x.i not in denied \
                and _lemma(head.w) in _PAPERS and joined(head, x) \
                and not any(y.w in _NEGATION and joined(y, x) for y in toks):
            put(_noun_key(x.w), True, x)
    mixed = {a for a, (ya, _t) in found.items() for b, (yb, _u) in found.items()
             if ya != yb and _same_verb(a, b)}
    out = []
    for key, (yes, t) in found.items():
        if key in mixed:
            continue
        start = t.start
        if not yes:
            # the value shown is the denial with its «не»
            neg = re.search(r"\b(?:не|ни)\s+(?:был[аио]?\s+)?$",
                            text[max(0, t.start - 12) : t.start])
            if neg is not None:
                start = max(0, t.start - 12) + neg.start()
        # what the verb is done to or by, when the claim says it beside the verb; a
        # flat denial may put it further before («в больницу его никто не переводил»)
        around = _nouns_at(toks, t, text, 2, joined) if _predicate_key(key) else frozenset()
        if t.i in heads:
            # (the participle's noun phrase, past its comma: «разрешением на снос, выданным»)
            head = heads[t.i]
            around |= {_lemma(x.w) for x in toks[max(0, head.i - 3) : head.i + 1]
                       if joined(x, head) and _pos(x.w) == "NOUN" and _common_word(x, text)}
        told = key  # (the verb as told: what `flat` and `total` name)
        light = _nouns_at(toks, t, text, 5, joined) & _LIGHT_VERBS[key].keys() \
            if key in _LIGHT_VERBS else frozenset()
        if light:
            # «никаких штрафов компании не выписано» is «не оштрафовали»
            key = _LIGHT_VERBS[key][min(light)]
            if key in found and found[key][0] != yes:
                continue
        # (a reflexive verb is no short participle: the question has no thing of its own)
        reflexive = t.w.endswith(("ся", "сь"))
        subject = frozenset() if reflexive else _subject(toks, t, text, joined)
        doer: frozenset[str] = frozenset()
        if reflexive and _predicate_key(key):
            # «уголовное дело о хищении на складе так и не возбуждалось»: a reflexive
            # verb's thing, however far before it, is what it is done to (for the words
            # around it; a short participle's alone is the question's own thing)
            doer = _subject(toks, t, text, joined, reflexive=True)
            around |= doer
        reach = _nouns_at(toks, t, text, 5, joined, _of_a_noun) if told in flat else around
        phrase = _phrase_before(toks, t, text, joined) if not yes else frozenset()
        out.append(Answer(key, yes, Value(f.sc.id, c.start + start, c.start + t.end,
                                          text[start : t.end], "да" if yes else "нет", key),
                          around, told in total, told in flat, reach, phrase,
                          subject, _kind_of(toks, t, joined), told in renamed, doer))
    return out


def _what_it_is(toks: list[Tok], t: Tok, joined: Callable[[Tok, Tok], bool]) -> str | None:
    """What «является» says a thing is, as a thing's key: the noun in the instrumental after
    it and the noun it governs («является объектом культурного наследия» is «n:объект
    наследие», said yes or no of one thing); so does «имеет статус» with the nouns after
    «статус» («имел статус объекта культурного наследия»). Else None."""
    nouns: list[str] = []
    status = _lemma(t.w) == "иметь"
    for x in toks[t.i + (2 if status else 1) : t.i + 7]:
        if not joined(t, x):
            break
        pos = _pos(x.w)
        if pos == "NOUN":
            if not nouns and not status and _case(x.w) != "ablt":
                return None
            nouns.append(_lemma(x.w))
            if len(nouns) == 2:
                break
        elif pos not in ("ADJF", "PRTF"):
            break
    return "n:" + " ".join(nouns) if nouns else None


def _governed(toks: list[Tok], x: Tok) -> bool:
    """Whether a noun stands right after a preposition: what a deed is for or where,
    not what it does («документы на согласование подали» applies for an approval and
    affirms none; «передали в суд»)."""
    return x.i > 0 and _pos(toks[x.i - 1].w) == "PREP"


def _kind_of(toks: list[Tok], t: Tok, joined: Callable[[Tok, Tok], bool]) -> str | None:
    """The lemma of the adjective right before a word («уголовного дела»), else None."""
    x = toks[t.i - 1] if t.i else None
    if x is None or not joined(x, t) or _pos(x.w) not in ("ADJF", "PRTF"):
        return None
    lem = _lemma(x.w)
    # (a pronoun is no kind: «никаких сеток не было» denies every net, «двойная сетка» too)
    return None if lem in _NO_KIND else lem


_NO_KIND = frozenset({"никакой", "какой-либо", "какой-нибудь", "любой", "всякий", "такой",
                      "этот", "тот", "весь", "каждый", "свой", "наш", "ваш", "мой"})


def _two_kinds(a: Answer, b: Answer) -> bool:
    """Whether two answers name one noun of two kinds: «уголовного дела» and
    «административное дело»; or a denial names only the kind a participle's adjective
    singles out («лицензированных рейсов нет») and the other affirms the noun of any kind
    («выполнял рейс»; but «уголовного дела нет» denies the case «возбуждено»)."""
    if a.kind is not None and b.kind is not None:
        return a.kind != b.kind
    one, other = (a, b) if a.kind is not None else (b, a)
    return one.kind is not None and not one.yes and other.yes and \
        bool(_PAST_PASSIVE.search(one.kind) or re.search(r"(?:ть|ться)$", one.kind))


_PHRASE_POS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})
# particles between a thing and its «нет»: «ясности тоже нет», «дела пока нет»
_BEFORE_NET = frozenset({"тоже", "также", "пока", "еще", "ещё", "и", "вообще", "совсем",
                         "просто", "здесь", "там"})


def _denied_by_net(toks: list[Tok], net: Tok,
                   joined: Callable[[Tok, Tok], bool]) -> Tok | None:
    """The noun a «нет» closing its clause denies: the last noun of the phrase before it,
    past its particles and past the phrases prepositions open («Задолженности по заработной
    плате на комбинате нет»: «задолженности»; «живых на месте крушения нет»: no noun)."""
    i = net.i
    while i > 0 and toks[i - 1].w in _BEFORE_NET and joined(toks[i - 1], net):
        i -= 1
    while i > 0 and joined(toks[i - 1], net):
        lo = i
        while lo > 0 and _pos(toks[lo - 1].w) in _PHRASE_POS and joined(toks[lo - 1], net):
            lo -= 1
        if lo == i:
            return None  # a verb or an adverb before «нет»: no thing named
        if lo > 0 and _pos(toks[lo - 1].w) == "PREP" and joined(toks[lo - 1], net):
            i = lo - 1  # («на комбинате», «на месте крушения»: where, not what)
            continue
        # (the phrase's head: its first noun, «уголовного дела», «задолженности»)
        return next((x for x in toks[lo:i] if _pos(x.w) == "NOUN"), None)
    return None


def _in_prepositional(toks: list[Tok], x: Tok, lo: int) -> bool:
    """Whether x stands in a phrase a preposition opens, after `lo`: «на вечер субботы»,
    «в ночь на субботу» (only nouns and adjectives between the preposition and x)."""
    for y in reversed(toks[lo : x.i]):
        pos = _pos(y.w)
        if pos == "PREP":
            return True
        if pos not in ("NOUN", "ADJF", "PRTF"):
            return False
    return False


# papers that enact what they are about, and the verb that declares it
_PAPERS = frozenset({"указ", "постановление", "распоряжение", "приказ", "решение",
                     "объявить", "объявлять"})


def _subject(toks: list[Tok], t: Tok, text: str, joined: Callable[[Tok, Tok], bool],
             reflexive: bool = False) -> frozenset[str]:
    """The thing a short participle is said of, by agreement in its clause: «режим ЧС в
    регионе так и не был объявлен» ({режим}), «введен режим ЧС»; nothing for another
    word, or when the subject is a person (people are `People`'s to compare). With
    `reflexive`, a reflexive verb's in the past too («дело не возбуждалось»)."""
    from factdb.extract.nlp import agreement, nominative_agrees, passive_agreement

    number, gender = passive_agreement(t.w) if reflexive else agreement(t.w)
    if not number:
        return frozenset()
    # (a reflexive verb's thing may stand further back, past its place and its month:
    # «проверка счетчиков в доме № 5 по улице ... у жильцов первого этажа в марте не проводилась»)
    back = 16 if reflexive else 10
    near = [*reversed(toks[max(0, t.i - back) : t.i]), *toks[t.i + 1 : t.i + 4]]
    for x in near:
        # (the sentence's first word too, when it is a common noun: «Водозаборы в
        # Заречье и Луговом остановлены»)
        if joined(x, t) and _common_word(x, text) \
                and _pos(x.w) == "NOUN" and nominative_agrees(x.w, number, gender):
            if _animate(x.w):
                return frozenset()
            # (a compound's head too: «дизель-генератор» is a «генератор»)
            lem = fold(_lemma(x.w))
            return frozenset({lem, lem.rsplit("-", 1)[-1]})
    return frozenset()


def _nouns_at(toks: list[Tok], t: Tok, text: str, back: int,
              joined: Callable[[Tok, Tok], bool],
              skip: Callable[[list[Tok], Tok, str], bool] | None = None) -> frozenset[str]:
    """The lemmas of the lower-case nouns of a predicate's phrase, from `back` words before
    it to three after (and a common noun opening the sentence: «Фабрика не закрывается»),
    but those `skip` leaves out."""
    return frozenset(_lemma(x.w) for x in toks[max(0, t.i - back) : t.i + 4]
                     if x.i != t.i and joined(x, t) and _pos(x.w) == "NOUN"
                     and _common_word(x, text) and not (skip and skip(toks, x, text)))


def _of_a_noun(toks: list[Tok], x: Tok, text: str) -> bool:
    """Whether a noun is in a prepositional phrase of another noun, not of the verb:
    «выплат за одежду и продукты никто не получил» denies the payments, not the food
    («в больницу его никто не переводил» is the verb's own place, and so is «муж в той
    же камере, в больницу его никто не переводил»: a comma parts the nouns)."""
    i = x.i - 1
    while i > 0 and (toks[i].w == "и" or _pos(toks[i].w) in ("NOUN", "ADJF", "PRTF")):
        i -= 1  # back over the phrase and its conjuncts to what governs it
    return 0 < i < x.i and _pos(toks[i].w) == "PREP" and _pos(toks[i - 1].w) == "NOUN" \
        and not re.search(r"[,.;:!?()—–]", text[toks[i - 1].end : toks[i].start])


def _common_word(x: Tok, text: str) -> bool:
    """Whether a word is no name: in lower case, or opening its sentence as a common
    noun («Фабрика не закрывается»; not «Иванов не задерживался»)."""
    from factdb.extract.nlp import is_common_noun

    if text[x.start].islower():
        return True
    first = text[: x.start].rstrip()[-1:] in ("", ".", "!", "?", "«", '"', "„")
    return first and is_common_noun(x.w)


def _phrase_before(toks: list[Tok], t: Tok, text: str,
                   joined: Callable[[Tok, Tok], bool]) -> frozenset[str]:
    """The nouns of the phrase right before a denial's particles, two or more: «владельца
    склада пока не задерживали» ({владелец, склад}); nothing when no particle stands
    between."""
    lo = t.i
    while lo > 0 and toks[lo - 1].w in _PARTICLES:
        lo -= 1
    if lo == t.i - 1:
        return frozenset()  # «не» alone: the phrase is `around`'s
    nouns = []
    while lo > 0 and joined(toks[lo - 1], t) and _pos(toks[lo - 1].w) == "NOUN" and \
            text[toks[lo - 1].start].islower():
        lo -= 1
        nouns.append(_lemma(toks[lo].w))
    return frozenset(nouns) if len(nouns) > 1 else frozenset()


# words of the present moment: a state told now denies nothing of the event's hours
_SNAPSHOT_NOW = re.compile(r"(?<![а-яё])(?:сейчас|на\s+данный\s+момент|в\s+настоящее\s+время|"
                           r"на\s+сегодня(?:шний\s+день)?|на\s+этот\s+час)(?![а-яё])", re.I)
# what «нет» denies that is no thing of the story: grounds, doubts, questions, words
_NO_THINGS = frozenset("""основание необходимость смысл сомнение вопрос комментарий
    информация данные сведения возможность причина повод претензия угроза время мнение
    ответ ясность""".split())
_CLOSES = re.compile(r"\s*(?:$|[,.;:!?»\"“”—–])")  # the end of a clause
_PARTICLES = frozenset({"не", "ни", "пока", "еще", "ещё", "уже", "так", "и", "никогда",
                        "вообще", "даже"})


class Answer(NamedTuple):
    """A predicate a claim affirms or denies, with the nouns beside it."""

    key: str  # a verb's lemma, an action noun's, or «n:» and a noun's
    yes: bool
    value: Value
    around: frozenset[str] = frozenset()
    total: bool = False  # denied of everything: «никаких документов не подписывалось»
    flat: bool = False  # denied flat: «не обсуждала никакой обмен», «никто не переводил»
    reach: frozenset[str] = frozenset()  # the nouns around it, five words back
    # a denial's own phrase before its particles: «владельца склада пока не задерживали»
    before: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()  # a short participle's thing: «режим ... объявлен»
    kind: str | None = None  # the adjective right before a noun: «уголовного» дела
    # a name denied for another («речь идет не о локауте, а о простое»): what the act
    # is, disputed, not whether it has happened yet
    renamed: bool = False
    # the thing a reflexive verb is told of, its subject: «генератор не запускался»
    doer: frozenset[str] = frozenset()


# a past passive participle's endings: «выданное», «подписанным», «открытый» (not «-емый»)
_PAST_PASSIVE = re.compile(r"(?:нн|т)(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми)$")
# the nouns a denial of any paper or deal is told with: «никаких документов не подписывали»,
# «никаких договоренностей не достигнуто»
# the story's event called by a word for any event: «это мероприятие с полицией не
# согласовывалось», of a concert another report calls «концерт»
_THE_EVENT = frozenset({"мероприятие", "событие"})
# a want of a thing, which is no affirmation of it: «жалобы на нехватку инсулина»
_LACK = frozenset({"нехватка", "дефицит", "отсутствие", "недостаток", "недостача"})
_ANY_THING = frozenset({"документ", "бумага", "соглашение", "договорённость", "договоренность"})
# verbs that only say a thing exists or arrived: «задержания не было», «жалоб не поступало»
_EXIST = frozenset({"было", "поступало", "поступали", "поступило", "последовало",
                    "фиксировалось", "зафиксировано", "зарегистрировано", "нет",
                    # found none, or none needed: «превышений не выявлено», «рекомендаций
                    # не требуется»
                    "выявлено", "выявлены", "обнаружено", "обнаружены", "требуется",
                    "требовалось", "нужно", "понадобилось"})


def _genitive(word: str) -> bool:
    """A noun that can be in the genitive («ноты» is a plural too)."""
    # (not a preposition the tagger also reads as an abbreviation: «с» as «секунда»)
    return len(word) > 2 and genitive_noun(word) and word not in _NOT_A_DENIAL


def _animate(word: str) -> bool:
    # a person is no question of the story: «не навещал мужа» denies the visits, not
    # the husband, whom «ее муж» affirms
    from factdb.extract.nlp import animate

    return animate(word)


def _tenses(word: str) -> frozenset[str]:
    from factdb.extract.nlp import tenses

    return tenses(word)


def _one_in_number(a: Answer, b: Answer) -> bool:
    """Whether two answers' verbs agree in number: told of one thing both, or of many."""
    from factdb.extract.nlp import passive_agreement

    na, nb = (passive_agreement(x.value.text.split()[-1])[0] for x in (a, b))
    return bool(na) and na == nb


def _case(word: str) -> str:
    from factdb.extract.nlp import inflections

    return inflections(word)[1]


def _noun_key(word: str) -> str:
    """An action noun by its lemma (it meets its verb); another noun as «n:» + lemma."""
    action = _action_noun(word)
    if action:
        return _SYNONYMS.get(action, action)
    lem = _lemma(word)
    return lem if lem in _ROOT_ACTS else f"n:{lem}"


def polarity_conflicts(facts: Sequence[Facts], story: dict[int, int], people: People,
                       answered: set[int] | None = None,
                       judged: set[frozenset[int]] | None = None) -> list[Group]:
    """Yes and no to one predicate by two reports (or two speakers) of one story, when
    the claims read alike with the negation left out, or name the same person. A claim
    another rule already sets against another (`answered`) is not reported again, nor is
    a pair a question of its own answers both ways (`judged`: that rule decides it)."""
    answered = answered or set()
    judged = judged or set()
    idf = match.word_weights((f.sc for f in facts), figures=False)

    index: dict[tuple[int, str], list[tuple[Facts, Answer]]] = defaultdict(list)
    # the months of an older time a claim tells of, when that is all that makes it older
    old: dict[int, frozenset[str]] = {}
    for f in facts:
        # an older affair's yes or no («в 2024 году уже попадал в аварию»: rules._other_time's
        # parts, read once), but one older month two claims both tell of is one question of
        # the story's past («в августе выдали предписание» / «плановая проверка в августе
        # касалась выбросов, никаких предписаний мы не получали»)
        if _PAST_SEASON.search(f.sc.claim.text) or another_affair(f):
            continue
        if months := old_months(f):
            old[f.sc.id] = months
        for a in answers(f):
            index[(story.get(f.sc.doc_id, -f.sc.doc_id - 1), _bucket(a.key))].append((f, a))
    feats: dict[int, match._Features] = {}
    persons: dict[int, set[str]] = {}
    full: dict[str, str] = {}  # a short key -> a full name it stands for (for the title)

    def who(f: Facts) -> set[str]:
        # (a foreign first name the recogniser leaves in the genitive, «Виорела
        # Кожокару», is still one man)
        if f.sc.id not in persons:
            named = _people(f, people)
            persons[f.sc.id] = _surnames(named)
            for n in named:
                full.setdefault(_short(n), n)
        return persons[f.sc.id]

    own: dict[int, bool] = {}

    def own_words(f: Facts) -> bool:
        # a person's own flat denial of what was done to him («Меня никто не увольнял»)
        # answers the claim naming him, however else the two read
        if f.sc.id not in own:
            own[f.sc.id] = not named_people(f, people) and _speaker_itself(f, people) is not None
        return own[f.sc.id]

    lemmas: dict[int, frozenset[str]] = {}

    def lemmas_of(f: Facts) -> frozenset[str]:
        # (read once per claim: a claim meets many answers of its bucket)
        if f.sc.id not in lemmas:
            lemmas[f.sc.id] = _word_lemmas(f)
        return lemmas[f.sc.id]

    def features(f: Facts) -> match._Features:
        if f.sc.id not in feats:
            # (figures as written: «трое» and «два с половиной года» share no «#2»)
            f0 = match._features(f.sc, figures=False)
            words = frozenset(w for w in f0.words if w not in _NEGATION)
            feats[f.sc.id] = match._Features(words, f0.keys, " ".join(sorted(words)))
        return feats[f.sc.id]

    def meet(fa: Facts, a: Answer, fb: Facts, b: Answer) -> tuple[set[str], float] | None:
        """The people two answers share (maybe none) and how alike the two claims read,
        when they answer one question opposite ways, else None."""
        if a.yes == b.yes or fa.sc.id == fb.sc.id or not _same_verb(a.key, b.key):
            return None
        spanned = False
        if fa.sc.id in old or fb.sc.id in old:
            ma, mb = old.get(fa.sc.id, frozenset()), old.get(fb.sc.id, frozenset())
            spanned = _spans(fb, ma) or _spans(fa, mb)
            if not ma & mb and not spanned:
                # an older time against the story's own, or two older times (but a year the
                # other claim names holds its months: «мост обследовался в июне» / «в 2026
                # году мост не обследовали ни разу»)
                return None
        # a denial of everything («никаких документов не подписывалось») denies each thing
        # the other claim affirms («подписали протокол»)
        total = a.total or b.total
        # (a participle's thing counts with the nouns around it: «мост ... был открыт
        # 3 марта» / «этот мост так и не открывался»)
        # (a flat denial's thing stands in its phrase of «никакой»: «никакого акта
        # приемки не подписывал» denies the act «акт комиссии подписан» tells)
        if a.around and b.around and not _things(a) & _things(b) \
                and not total and not (a.around | b.around) & _THE_EVENT:
            return None  # «оставляет за собой право» / «не оставляли выпады без ответа»
        if one_voice(fa, fb):
            return None  # one voice telling yes and no tells two things
        if fa.sc.id in answered or fb.sc.id in answered or \
                frozenset({fa.sc.id, fb.sc.id}) in judged:
            return None
        # the days the two speak of, else the days they were told: «16 июля ее
        # задержали» and «не задерживалась», said a week later of that day, compare
        sa, sb = stated_day(fa), stated_day(fb)
        # (a day against the month that holds it, «произведена 6 марта» / «в марте не
        # проводилась», speaks of that day)
        sa, sb = sa or _month_holding(fa, sb), sb or _month_holding(fb, sa)
        da, db = (sa, sb) if sa and sb else (_when(fa), _when(fb))
        # (a denial told as holding still, days on, is dated by the day it holds to)
        still = _still_not((fa, da) if not a.yes else (fb, db), db if not a.yes else da,
                           a if not a.yes else b)
        if not still and (not dates_compatible(fa, fb) or days_apart(da, db) > (
                RENAMED_DAYS if a.renamed or b.renamed else MAX_DAYS)):
            return None
        # the thing a denied participle is said of, named by the claim affirming it
        # («режим ЧС не был объявлен» / «указ о введении режима ЧС»): the question is the
        # thing's, and only people both claims name can make it two questions
        no, f_yes = (a, fb) if not a.yes else (b, fa)
        # (the thing a participle affirms a deed of, which the denial's reflexive verb
        # is said of, one thing both: «мост был открыт» / «мост так и не открывался»;
        # not «протоколы составлены» of a group / «протокол не составлялся»)
        yes = b if no is a else a
        of_thing = bool(no.subject) and no.subject <= lemmas_of(f_yes)
        pa, pb = who(fa), who(fb)
        if of_thing:
            # (others than the one named, «их мера пресечения не избрана», still are others)
            pa, pb = pa & (_surnames(named_people(fa, people)) | {_SEVERAL}), \
                pb & (_surnames(named_people(fb, people)) | {_SEVERAL})
        if pa and pb and not pa & pb:
            return None  # two people: one detained, the other not
        alike = match.similarity(features(fa), features(fb), idf)
        # a thing affirmed and denied by name («вручена нота» / «никакой ноты не
        # получал»), or a participle's, is as much one subject as one person is
        thing = a.key == b.key and not _predicate_key(a.key) or of_thing
        if a.key.startswith("n:") and _two_kinds(a, b):
            return None  # «уголовного дела нет» / «завела административное дело»: two cases
        # an act denied to have happened at all («никакой эвакуации не было») denies the
        # act told anywhere in its story, in whatever words (but not of another place)
        if bool(_AT_FIRST.search(fa.sc.claim.text)) != bool(_AT_FIRST.search(fb.sc.claim.text)):
            return None  # what held in the first hours, and what held later: a change
        # (an act's: a thing denied so, «никакого гололеда не было», needs the claims
        # to read somewhat alike, TOTAL_ALIKE, as «ничего не подписывали» does)
        none_of_act = any(x.total and not _predicate_key(x.key) and not x.key.startswith("n:")
                          for x in (a, b)) and \
            not (fa.places and fb.places and not fa.places & fb.places)
        # (others told of as a group, «(several)», are no one person both name)
        one_person = bool(pa & pb - {_SEVERAL})
        if alike < ALIKE and not ((one_person or thing) and alike >= NAMED_ALIKE) \
                and not none_of_act \
                and not (total and alike >= TOTAL_ALIKE) \
                and not ((a.flat or b.flat) and a.reach & b.reach and alike >= OBJECT_ALIKE) \
                and not (no.flat and one_person and fa.sc.claim.speaker != fb.sc.claim.speaker
                         and own_words(fb if no is b else fa)) \
                and not ((a.flat and b.subject & a.reach or b.flat and a.subject & b.reach)
                         and alike >= OBJECT_ALIKE) \
                and not (a.around & b.around and alike >= AROUND_ALIKE) \
                and not (yes.subject and (yes.subject <= no.around or no.around & _THE_EVENT)
                         and alike >= OBJECT_ALIKE and _one_in_number(yes, no)) \
                and not ((a.before and a.before <= b.around or b.before and
                          b.before <= a.around) and alike >= OBJECT_ALIKE) \
                and not (a.doer & b.doer and alike >= OBJECT_ALIKE) \
                and not (spanned and a.reach & b.reach and alike >= SPANNED_ALIKE):
            return None
        return pa & pb, alike

    groups: dict[tuple[int, str], Group] = {}
    paired: set[frozenset[Value]] = set()  # (a pair met twice, by widening, is one pair)
    for (st, bucket), items in index.items():
        if len(items) > MAX_GROUP or len({a.yes for _f, a in items}) < 2:
            continue
        met: list[tuple[tuple[Facts, Answer], tuple[Facts, Answer], set[str], float]] = []
        for (fa, a), (fb, b) in combinations(items, 2):
            got = meet(fa, a, fb, b)
            if got is not None:
                met.append(((fa, a), (fb, b), *got))
        # one person's question gathers every answer naming that person: each answer
        # joins the side it agrees with
        for x, y, shared, _alike in list(met):
            if not shared:
                continue
            for fc, c in items:
                side = x if x[1].yes == c.yes else y
                if fc.sc.id in (x[0].sc.id, y[0].sc.id) or not who(fc) & shared:
                    continue
                other = y if side is x else x
                got = meet(fc, c, other[0], other[1])
                if got is not None:
                    met.append(((fc, c), other, shared, got[1]))
        # the evidence of each side is the claims reading most like the other side's
        # (the shortest of them may tell the deed in passing, with none of its words)
        met.sort(key=lambda m: -m[3])
        for (_fa, a), (_fb, b), shared, _alike in met:
            names = sorted(shared)
            va, vb = a.value, b.value
            label = full.get(names[0], names[0]).title() if names else \
                (va.text if a.yes else vb.text)
            what = min(va.key, vb.key, key=len).removeprefix("n:")
            g = groups.setdefault((st, bucket), Group(
                "statement", f"{label}: {what}?", ("polarity", what), evidence=3,
                by_length=False))
            if frozenset((va, vb)) not in paired:
                paired.add(frozenset((va, vb)))
                g.pairs.append((va, vb, 0.5))
    return list(groups.values())


def _past_verb(word: str) -> bool:
    """Whether a word is a finite verb in the imperfective past («подписывал», «выезжала»:
    a denial of it says never; not «не передал», a result not there yet, nor a short
    participle, «решение не принято», which tells a state of its day)."""
    from factdb.extract.nlp import imperfective_past

    return _pos(word) == "VERB" and imperfective_past(word)


def _spans(f: Facts, months: frozenset[str]) -> bool:
    """Whether a claim names a year (or a season) that holds one of these months."""
    return any(d.precision in ("year", "season") and d.date_from[:7] <= m <= d.date_to[:7]
               for d in f.sc.claim.dates for m in months)


def _things(x: Answer) -> frozenset[str]:
    """The nouns an answer is said of: around it, its participle's subject, and, when
    denied flat, the phrase of its «никакой»."""
    return x.around | x.subject | (x.reach if x.flat else frozenset())


def _month_holding(f: Facts, day: str | None) -> str | None:
    """`day`, when the one date a claim states is a month that holds it."""
    dates = f.sc.claim.dates
    if day and len(dates) == 1 and dates[0].precision == "month" and \
            dates[0].date_from <= day <= dates[0].date_to:
        return day
    return None


# a denial told as holding still, up to its day: «по состоянию на 20 мая деньги не
# поступили», «до сих пор не выплатили», «так и не передал», «На 3 июня не подписан»
_STILL = re.compile(r"\b(?:до\s+сих\s+пор|так\s+и\s+не|по\s+состоянию\s+на|пока\s+(?:[\w-]+\s+)?не|"
                    r"вс[её]\s+ещ[её]\s+не|по-прежнему\s+не)\b|"
                    rf"(?:^|[«\"]\s*)[Нн]а\s+\d{{1,2}}\s+{MONTH_WORD}", re.I)
STILL_DAYS = 10  # how far after a deed told done its denial «still» may be told
# ... and a denial in the past tense: a week (a detention denied longer after is another
# affair's, as statements._DENIAL_REACH has it)
PAST_DENIAL_DAYS = 7


# papers that, missing now, were never made: «акта приемки ... нет» denies «акт подписан»
_PAPER_KEYS = frozenset({"n:акт", "n:протокол", "n:приказ", "n:договор", "n:заключение",
                         "n:распоряжение", "n:документ"})


def _still_not(no: tuple[Facts, str | None], yes_day: str | None,
               answer: Answer | None = None) -> bool:
    """Whether a denial told days after the day of a deed affirmed says it holds still
    (then it denies the deed done before it: what was handed stays handed); a denial told
    before the deed is the news of its time. A denial in the past tense («я никакого акта
    не подписывал», «комиссия на стадион не выезжала») speaks of all the days before it,
    and a paper missing now («акта среди документов нет») was never made."""
    f, no_day = no
    if not no_day or not yes_day:
        return False
    # (a past denial of a time of its own, «в октябре не проводилась», speaks of that time)
    if _STILL.search(f.sc.claim.text) is not None or answer is not None and \
            answer.key in _PAPER_KEYS:
        reach = STILL_DAYS
    elif answer is not None and _predicate_key(answer.key) and not f.sc.claim.dates and \
            _past_verb(answer.value.text.split()[-1]):
        reach = PAST_DENIAL_DAYS
    else:
        return False
    return no_day[:10] > yes_day[:10] and days_apart(no_day, yes_day) <= reach


_SEVERAL = "(several)"  # the people a claim tells of by «их», «они»: others than one named


def _word_lemmas(f: Facts) -> frozenset[str]:
    """The folded lemmas of a claim's words."""
    return frozenset(fold(_lemma(t.w)) for t in tokens(f.sc.claim.text))


def _surnames(names: set[str]) -> set[str]:
    # the surname and the first letters of the first name: namesakes (Дмитрий and Илья
    # Безуглый) stay two people
    return {_short(n) for n in names if n.split()}


def _short(name: str) -> str:
    """«кирилл дробышев» -> «кири дробышев»: the surname and a first name's first letters."""
    words = name.split()
    return " ".join([*(w[:4] for w in words[:-1]), words[-1]]) if words else name


def _people(f: Facts, people: People) -> set[str]:
    """The people a claim names; a claim naming no one but telling of one person («его
    подзащитного никто не задерживал») is about its report's protagonist."""
    named = named_people(f, people)
    if named:
        return named
    me = _speaker_itself(f, people)
    if me:
        return {me}  # «меня никто не увольнял», said by the man the others say was
    described = people.described(f.sc) - {people.key(f.sc.claim.speaker or "")}
    if len(described) == 1:
        return described  # «директор лагеря задержана»: the one director of the story
    told = [m for m in _ONE_TOLD_OF.finditer(f.sc.claim.text)
            if not _speaks(f.sc.claim.text[m.end() :])]
    if told:
        who = people.client(f.sc) or people.protagonist(f.sc.doc_id)
        return {who} if who else set()
    if _MANY.search(f.sc.claim.text):
        return {_SEVERAL}  # «их мера пресечения»: others than the one named
    return set()


def _speaker_itself(f: Facts, people: People) -> str | None:
    """The speaker, when a claim in a person's own words tells of him in the first person
    singular («Меня никто не увольнял», «я ничего не получала»): the words answer for him
    as a claim naming him would."""
    c = f.sc.claim
    words = c.quote if c.quote else c.text if c.mode != NARRATIVE else None
    if not words or not c.speaker or c.speaker_kind not in (None, "PER") \
            or not _FIRST_PERSON.search(words):
        return None
    key = people.resolve(c.speaker, f.sc.doc_id)
    if key and len(key.split()) >= 2:
        return key
    found = people.described_by(f.sc.doc_id, c.speaker)
    return next(iter(found)) if len(found) == 1 else None


_FIRST_PERSON = re.compile(r"\b(?:я|меня|мне|мной)\b", re.I)


# one person told of as the subject or the accused («он», «его подзащитный»), not as the
# one whose words these are («по его словам»)
_ONE_TOLD_OF = re.compile(r"\b(?:он|она|подзащитн\w+|доверител\w+|обвиняем\w+|"
                          r"подозреваем\w+|фигурант\w*)\b|(?<!по\s)\b(?:его|ее|её)\s+"
                          r"(?:[\w-]+\s+)?не\b", re.I)
_MANY = re.compile(r"(?<!по\s)\b(?:их|они|им|ими)\b", re.I)  # («по их словам»: who says)


def _speaks(after: str) -> bool:
    """Whether a pronoun is the speaker: «Она добавила, что ...»."""
    words = _WORDS.findall(after[:40])
    return bool(words) and _lemma(words[0]) in SPEECH_LEMMAS


_WORDS = re.compile(r"[А-Яа-яЁё]+")


def _future(word: str) -> bool:
    from factdb.extract.nlp import only_future

    return only_future(word)
