"""Sums of one affair in one story: a bribe, a damage, a theft, a ransom, a grant, wage
arrears, and payments promised each to one kind of recipient.

- amounts: one bribe, one damage, one theft has one sum; «8 млн рублей» and «12 млн
  рублей» for the bribe in one story cannot both be true. A sum with no word saying what
  it is («изъяли 30 млн рублей наличными») is never compared; bounds («более», «около»)
  are ranges, and only ranges that do not meet conflict. Wage arrears count too (one
  story's workers are owed one sum at a time); a sum told as changed or paid down
  («сократился до», «перечислил в счет погашения») is another time's quantity. In a
  kidnapping's report the sum demanded is the ransom («хотят 2 млн рублей за то, чтобы
  отпустить»), its «похищение» no theft, and a part paid over no rival of the demand.
- payments: «семьям погибших по миллиону рублей» vs «по полтора миллиона»; each kind of
  recipient (families of the dead, the injured, households) has its own sum.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal
from itertools import combinations

from factdb.conflicts import match
from factdb.conflicts.facts import (
    Facts,
    Tok,
    Value,
    _clause_bounds,
    tokens,
)
from factdb.conflicts.groups import MAX_AGREEING, MAX_GROUP, Group
from factdb.conflicts.lexicons import ABOUT, ALMOST, AT_LEAST, AT_MOST, TENS, words_number
from factdb.conflicts.people import People
from factdb.conflicts.rules import (
    _number,
    _other_time,
    _safe,
    _same_people,
    _when,
    days_apart,
    named_people,
    numbered_apart,
    read_once,
)
from factdb.extract.dates import M as MONTH_WORD
from factdb.text import fold

# ---------------------------------------------------------------- amounts of money

# What a sum can be, when one affair has exactly one of it (a payment or a salary can
# differ by recipient: they are left out). One person's bail in one case is one sum; a
# bail or a fine a side asks the court for is not yet the one set (`_ASKED`).
MONEY_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("взятка", re.compile(r"^(?:взятк\w*|взяткодател\w*|взяточ\w*|откат\w*|bribes?)$")),
    # (and what an affair cost: «потери города превышают 60 млн», «недополученная выручка
    # составила 20 млн», «убытки»)
    ("ущерб", re.compile(r"^(?:ущерб\w*|damage|потер[ьяиюе]\w*|убыт\w*|недополучен\w*|"
                         r"losses)$")),
    # (a sum carried off by robbers: «унесли 52,6 млн руб.», «украли», «забрали из машины»)
    ("хищение", re.compile(r"^(?:хищени\w*|похити\w*|похищен\w*|растрат\w*|присвои\w*|"
                           r"унесл\w*|унес|украл\w*|украден\w*|забрал\w*|"
                           r"embezzle\w*|stole|stolen)$")),
    ("выкуп", re.compile(r"^(?:выкуп\w*|ransom)$")),
    # one draw's top prize: «суперприз в 300 млн руб.», «выиграл более 250 млн рублей»,
    # «джекпот составил 800 млн» (a prize fund, «призовой фонд», is another sum)
    ("выигрыш", re.compile(r"^(?:выигрыш\w*|выиграл\w*|суперприз\w*|джекпот\w*|jackpot)$")),
    # one grant given for one thing: «грант на лабораторию в 90 млн рублей», «размер
    # гранта — 75 млн» (grants in the plural are a total of several: _PLURAL_TOPIC)
    ("грант", re.compile(r"^(?:грант|гранта|гранту|грантом|гранте|grant)$")),
    # what buyers are to be paid back for an event called off: «зрителям предстоит вернуть
    # около 27,5 миллиона рублей», «покупателям должны вернуть почти 41 млн»
    ("возврат", re.compile(r"^(?:вернуть|вернут|верн[её]т|возврат\w*|refunds?)$")),
    # a reward for news of the wanted: «назначило вознаграждение — по 500 тысяч рублей за
    # каждого», «обещает 300 тысяч рублей за сведения» (each one's sum: _FOR_NEWS)
    ("вознаграждение", re.compile(r"^(?:вознагражд\w*|reward)$")),
    # a failed bank's shortfall: «дыра в капитале превышает 17 млрд руб.», «величина
    # отрицательного капитала составляет 9,4 млрд»
    ("дыра в капитале", re.compile(r"^(?:дыр[аыуео]\w*|отрицательн\w+|hole)$")),
    ("залог", re.compile(r"^(?:залог\w*|bail|security)$")),
    # what one thing was insured for: «танкер застраховали на 900 млн рублей», «сумма
    # страховки — 600 млн» (what is paid out is «возмещение»)
    ("страховая сумма", re.compile(r"^(?:застрахова\w*|страховк\w*|insured)$")),
    # one person's fine in one case is one sum (two people's fines differ: _same_people)
    ("штраф", re.compile(r"^(?:штраф\w*|оштрафова\w*|fined?)$")),
    # the whole of an insurance (a compensation) paid out for one affair: «общий объем
    # страхового возмещения ... 21,3 млрд рублей» (one person's share is no total: _SHARE)
    ("возмещение", re.compile(r"^(?:возмещени\w*|compensation)$")),
    # the price of one deal: «оценивают сделку примерно в 120 млрд руб.», «заплатит за пакет
    # около 145 млрд руб.» (a package of measures or sanctions is no deal: _NOT_A_DEAL); a
    # player's transfer is a deal too, its price a fee: «сумма трансфера — 3 млн евро»,
    # «отступные составили 40 млн рублей»
    ("сделка", re.compile(r"^(?:сделк\w*|пакет|пакета|пакету|пакетом|пакете|deal|"
                          r"трансфер\w*|отступн\w*|transfer)$")),
    # a debt only when it is owed to the workers (`_WAGES`): a company owes many debts
    ("долг по зарплате", re.compile(r"^(?:долг|долга|долгу|долгом|долге|долги|долгов|"
                                    r"задолженност\w*|задолжал\w*|задолжа\w*|невыплат\w*|"
                                    r"невыплачен\w*|arrears|debt|owed?)$")),
    # a company's results of one period (`_RESULTS`): one revenue, one net profit per quarter
    ("выручка", re.compile(r"^(?:выручк\w*|revenues?)$")),
    ("чистая прибыль", re.compile(r"^(?:прибыл\w*|profits?)$")),
)
_PRIZE_NOUN = re.compile(r"^(?:выигрыш|суперприз|джекпот|jackpot)", re.I)
# what is won that is no prize: a tender, a contest, an auction, a contract, a lawsuit
_NOT_A_PRIZE = re.compile(r"(?<![а-яё])(?:тендер|конкурс|аукцион|контракт|торг|суд|спор|"
                          r"иск|грант)\w*", re.I)
# every stem MONEY_TOPICS' words start with (a superset, for a quick first test)
_ANY_TOPIC = re.compile(r"взят|взяточ|откат|ущерб|потер|убыт|недополуч|loss|хищен|похит|похищ|"
                        r"растрат|присво|выкуп|вознагражд|reward|сведени|информаци|верн|"
                        r"возврат|refund|"
                        r"унес|украл|украд|забрал|stole|"
                        r"залог|bail|security|возмещен|compensation|застрахова|страховк|insured|"
                        r"штраф|долг|задолж|невыплат|bribe|damage|embezzl|ransom|fine|arrear|"
                        r"debt|owe|сделк|пакет|deal|трансфер|отступн|transfer|выручк|прибыл|revenue|profit|дыр|"
                        r"отрицательн|hole|грант|grant", re.I)
# «пакет мер», «пакет санкций», «пакет помощи»: packages that are no deal
_NOT_A_DEAL = re.compile(r"\bпакет\w*\s+(?:\w+\s+)?(?:мер|санкц|помощ|документ|поправ|закон|"
                         r"услуг|предложени|соглашени)", re.I)
_WAGES = re.compile(r"\b(?:зарплат\w*|заработн\w+\s+плат\w*|оплат\w+\s+труда|работник\w*|"
                    r"сотрудник\w*|рабочи[мхе]\w*|персонал\w*|wages?|salar\w*|workers?)\b",
                    re.I)
# A sum told as changing or paid: «долг сократился до 17 млн», «перечислил 30 млн в счет
# погашения», «оставшиеся 17 млн» are other quantities at other times, not rival values.
# a sum offered for news: «300 тысяч рублей за каждого из беглецов — за сведения»,
# «500 тыс. руб. за информацию о его местонахождении»
_FOR_NEWS = re.compile(r"[\s,—–-]*(?:за\s+(?:каждого|каждую|любого)\s+(?:из\s+)?[\w-]+[\s,—–-]*)?"
                       r"(?:[\w-]+\s+){0,2}?за\s+(?:[\w-]+\s+)?(?:информаци|сведени)\w*", re.I)
# a person kidnapped: «похищение подростка», «похитили сына», «похитители» (a report of
# one tells of a ransom, and its «похищение» is no theft of money)
_KIDNAP = re.compile(r"\bпохи(?:щени|щен|тил|тит|щ)\w*\s+(?:[\w-]+\s+)?(?:сын|доч|подростк|"
                     r"ребен|дет|школьник|студент|бизнесмен|предпринимател|мальчик|девочк|"
                     r"мужчин|женщин|человек|заложник|журналист)\w*|\bпохитител\w*", re.I)
# paying over some of it (a part may be paid) is no rival of the sum demanded
_PAID_OVER = re.compile(r"\b(?:передал\w*|передан\w*|заплатил\w*|заплачен\w*|отдал\w*|"
                        r"перевел\w*|перечислил\w*|выплатил\w*)\b", re.I)
# a sum asked for a captive's freedom: «за освобождение заложника», «за возвращение девочки»
_FOR_RELEASE = re.compile(r"[\s,—–-]*за\s+(?:(?:его|ее|её|их)\s+)?(?:освобождени|возвращени)\w*",
                          re.I)
# a sum paid to people for what they did, right after its verb: «судье заплатили 3 млн»,
# «получил за сдачу игры миллион» (a reward, as one for news of the wanted)
_PAID_FOR_ACT = re.compile(r"(?<![а-яё])(?:заплатил[аи]?|получил[аи]?\s+за(?:\s+[\w-]+){1,2})"
                           r"\s+$", re.I)
# what a fund holds, told before its sum: «в фонде лежит 90 млн», «на счете фонда всего
# 12 млн», «средства фонда оцениваются в», «фонд оценивают в 90 млн» (not what is taken
# from one: «из резервного фонда выделят 40 млн»)
_FUND_HOLDS = re.compile(
    r"(?:(?<![а-яё])в\s+фонде|на\s+сч[её]те\s+фонда|средств\w*\s+фонда|размер\w*\s+фонда|"
    r"(?<!из\s)(?<![а-яё])фонд\s+(?:[\w«»\"-]+\s+){0,8}?оценива\w*\s+в)[^.;!?]*$", re.I)
_FROM_FUND = re.compile(r"(?<![а-яё])из\s+(?:[\w-]+\s+)?фонд", re.I)
_CHANGE_VERBS = r"сократил\w*|снизил\w*|уменьшил\w*|вырос\w*|увеличил\w*|возрос\w*"
_CHANGED = re.compile(rf"\b(?:{_CHANGE_VERBS}|"
                      r"оставш\w*|осталось|остается|остаток\w*|"
                      r"fell|rose|reduced|remaining)\b", re.I)
# «выручка ... выросла на 7,1% год к году, до 48 млрд»: the figure a change reached, however
# far told after its verb, is the figure of the verb's subject
_REACHED = re.compile(rf"\b(?:{_CHANGE_VERBS})\b[^.;!?]{{0,60}}\bдо\s+$", re.I)
_PAID = re.compile(r"\b(?:погасил\w*|выплатил\w*|перечислил\w*|погашен[аоы]?|выплачен[аоы]?|"
                   r"перечислен[аоы]?|(?:после|в\s+счет)\s+(?:выплат|погашени|перечислени)\w*|"
                   r"paid|repaid|transferred)\b", re.I)
# (thousands grouped by spaces too: «1 218 440 000 рублей»)
_SPACED = r"\d{1,3}(?:[ \u00a0]\d{3})+"
_NUM = rf"\d{{1,3}}(?:,\d{{3}})+(?!\d)|{_SPACED}(?![\d,.])|\d+(?:[.,]\d+)?"
_GROUPED = re.compile(_SPACED)
# the billions of a sum told in two parts: «1 миллиард 340 миллионов рублей»
_BILLIONS_BEFORE = re.compile(r"(?<![\d,.])(\d{1,3})\s+(?:миллиард\w*|млрд\.?)\s+$", re.I)
# the currencies of countries Russians are detained, fined or bailed in, each read to one
# key in Russian and English («450 тысяч крон», «450,000 kroner»)
_FOREIGN_KEYS = {"крон": "крона", "kron": "крона", "бат": "бат", "baht": "бат",
                 "лир": "лира", "lira": "лира", "лари": "лари", "lari": "лари",
                 "драм": "драм", "dram": "драм", "тенге": "тенге", "tenge": "тенге",
                 "юан": "юань", "yuan": "юань", "иен": "иена", "йен": "иена", "yen": "иена",
                 "фунт": "фунт", "pound": "фунт", "злот": "злотый", "zlot": "злотый",
                 "дирхам": "дирхам", "dirham": "дирхам", "гривн": "гривна",
                 "hryvn": "гривна", "манат": "манат", "manat": "манат",
                 "динар": "динар", "dinar": "динар", "сомони": "сомони", "somoni": "сомони",
                 "шекел": "шекель", "shekel": "шекель", "форинт": "форинт", "forint": "форинт"}
_FOREIGN = (r"(?:крон\w*|kron(?:e|er|a|or)|бат(?:ов|а)?|baht|лир\w*|liras?|лари|lari|"
            r"драм\w*|drams?|тенге|tenge|юан\w*|yuan|[ий]ен\w*|yen|фунт\w*|pounds?|"
            r"злот\w*|zloty|дирхам\w*|dirhams?|гривн\w*|hryvnias?|манат\w*|manats?|"
            r"динар\w*|dinars?|сомони|somoni|шекел\w*|shekels?|форинт\w*|forints?)")
_MULT = {"тыс": 1e3, "тысяч": 1e3, "млн": 1e6, "миллион": 1e6, "млрд": 1e9, "миллиард": 1e9,
         "thousand": 1e3, "million": 1e6, "billion": 1e9}
_MONEY = re.compile(
    rf"(?P<bound>(?:более|свыше|больше|не\s+менее|не\s+более|менее|до|около|примерно|порядка|"
    rf"не\s+превысил[аио]?|не\s+превыша(?:ет|л[аио]?)|превысил[аио]?|превыша(?:ет|л[аио]?|ющ[а-я]{{1,3}})|"
    rf"почти|приблизительно|more\s+than|over|about|around|almost|up\s+to)\s+"
    rf"(?:чем\s+)?(?:в\s+|на\s+)?)?"
    rf"(?P<num>{_NUM}|пол(?=миллион|миллиард|тысяч)|(?:{TENS}\s+(?!тыс|млн|млрд|миллион|миллиард))?[а-яa-z]+)"
    rf"(?P<half>\s+с\s+половиной)?\s*(?P<mult>тыс\w*\.?|млн\.?|"
    rf"миллион\w*|млрд\.?|миллиард\w*|"
    rf"thousand|million|billion)?\s*(?P<cur>руб\w*\.?|долл\w*|\$|евро|rubles?|roubles?|"
    rf"dollars?|euros?|{_FOREIGN})(?![а-я])",
    re.I,
)
# «$412 млн»: the sign before the number, as business papers write dollars
_SIGN_FIRST = re.compile(r"\$(\s?)(\d+(?:[.,]\d+)?(?:\s*(?:тыс|млн|млрд|thousand|million|billion)"
                         r"\b\.?)?)", re.I)


def _sign_last(text: str) -> str:
    """«$412 млн» -> «412 млн$»: the sum as _MONEY reads it, of the same length (offsets
    hold; a value found there spans the sign too)."""
    return _SIGN_FIRST.sub(lambda m: m.group(2) + m.group(1) + "$", text)


# (a total of several: «сумма взяток», «общая сумма штрафов, назначенных в 2026 году»)
_PLURAL_TOPIC = re.compile(r"\b(?:взяток|взятками|взятках|хищений|штрафов|штрафами|грантов|"
                           r"грантами|грантах|bribes|fines|grants)\b", re.I)
# (a foreign currency's name as a word: «иен» is inside «клиента», «лир» inside «лирика»)
_CURRENCY = re.compile(r"руб|долл|\$|евро|roubl|rubl|dollar|euro|(?<![а-яёa-z])" + _FOREIGN,
                       re.I)
# a bail one side asks for: «прокурор просил залог в 1 млн», «ходатайствовала о залоге»
_ASKED = re.compile(r"\b(?:просил\w*|проси[тл]\w*|запрос\w*|запраш\w*|ходатайств\w*|"
                    r"предлож\w*|предлага\w*|asked|sought|requested)\b", re.I)
# (the sums a court sets, which a side may ask for first: «прокуратура просила ... штраф
# 80 млн» beside the 60 million the court gave is a request, not a rival)
_SET_BY_COURT = ("залог", "штраф")
# (a sum «превысил» one, or did not, beside the bounds every value may be told with)
_ATLEAST = (*AT_LEAST, "превысил", "превысила", "превысило", "превышает", "превышал",
            "превышала", "превышало", "превышающий", "превышающая", "превышающее",
            "превышающие", "превышающего", "превышающей", "превышающую", "превышающих",
            "превышающим")
_ATMOST = (*AT_MOST, "до", "не превышает", "не превысил", "не превысила", "не превысило",
           "не превышал", "не превышала", "не превышало")
# («частями», «из нескольких траншей»: a total paid in instalments is still the total)
# («общий ущерб»: told beside a person's own share of it, «вменяемый лично ему»)
# («по части 2 статьи 13.41»: a part of the code, not of the sum)
_PART = re.compile(r"\b(?:част(?!ями\b)\w*(?!\s+(?:\d+|перв\w+|втор\w+|трет\w+)\s+"
                   r"(?:стать|ст\.))|(?<!нескольких\s)транш(?!ами\b)\w*|"
                   r"перв\w+\s+(?:сумм|платеж)|"
                   r"втор\w+\s+(?:сумм|платеж)|кажд\w*|"
                   # «общий ущерб по делу»: the whole case's, of several accused or acts
                   r"общ(?:ий|его|ему|им|ем)\s+(?:размер\s+)?ущерб\w*)\b", re.I)
# a total told beside its parts' sums («всего 18 млн, из них 12 млн — ...»); alone in its
# claim («всего он получил 18 млн») it is the whole, the rival of another report's whole
_TOTAL = re.compile(r"\b(?:в\s+общей\s+сложности|всего)\b", re.I)


@_safe
def _money(f: Facts) -> list[tuple[str, float, float, Value]]:
    """(topic, low, high, value) for each sum the claim says what it is."""
    return _sums(f, None)


def _sums(f: Facts, default: str | None) -> list[tuple[str, float, float, Value]]:
    """`_money`, where a sum told as «the sum» of the report's one affair («речь идет о
    18 млн руб.», «общая сумма составляет...») is of the `default` topic."""
    c = f.sc.claim
    if not _CURRENCY.search(c.text):
        return []  # most claims name no money: skip the slow pattern
    toks = tokens(c.text)
    found = []
    told = list(_MONEY.finditer(_sign_last(c.text)))
    for m in told:
        # («тридцать восемь миллионов рублей»: tens and units in words are one number)
        words = m.group("num").split()
        n = float("".join(words)) if _GROUPED.fullmatch(m.group("num")) else \
            _number(words[0], m.group("mult") or "") if len(words) == 1 else \
            words_number(words)
        if n is None:
            continue
        if m.group("half"):
            n += 0.5  # «три с половиной миллиона»
        mult_word = fold(m.group("mult") or "").rstrip(".")
        mult = next((v for k, v in _MULT.items() if mult_word.startswith(k)), 1.0)
        amount, told_from = n * mult, m.start("num")
        if (big := _BILLIONS_BEFORE.search(c.text, 0, m.start())) and mult == 1e6 \
                and not m.group("bound"):
            # «1 миллиард 340 миллионов рублей»
            amount, told_from = amount + float(big.group(1)) * 1e9, big.start(1)
        # («более чем на 35 млн»: the comparison's and the preposition's words are no bound)
        bound = re.sub(r"(?: чем)?(?: в| на)?$", "", " ".join(fold(m.group("bound") or "").split()))
        lo, hi = amount, amount
        if bound in ALMOST:
            lo, hi = amount * 0.85, amount  # «почти 390 млн»: a little under, never over
        elif bound in ABOUT:
            lo, hi = _about(m.group("num"), amount, mult)
        elif bound in _ATLEAST:
            hi = float("inf")
        elif bound in _ATMOST:
            lo = 0.0
        # «Долг по зарплате за июнь и июль, по подсчетам профсоюза, составляет 86 млн»:
        # after a copula the sum belongs to the clause's subject, however far back
        far = bool(_COPULA.search(c.text[max(0, m.start() - 25) : m.start()])) or \
            bool(_REACHED.search(c.text[: m.start("num")])) or \
            bool(_CONVERTED.search(c.text[slice(*_clause_bounds(c.text, m.start()))]))
        topic = _topic_near(toks, c.text, m.start(), m.end(), 16 if far else 7)
        if default == _TRANSFER and topic in (None, "возмещение"):
            topic = _transfer_topic(toks, c.text, m.start(), m.end()) or topic
        if topic is None and _FOR_NEWS.match(c.text, m.end()):
            topic = "вознаграждение"  # «обещает 300 тысяч рублей за сведения о беглецах»
        if topic == "хищение" and _KIDNAP.search(c.text):
            topic = None  # «отдали похитителям миллион»: the kidnappers, not a theft
        if topic is None and _FOR_RELEASE.match(c.text, m.end()):
            topic = "выкуп"  # «запросили 2 млн за освобождение заложника»
        if topic is None and not _KIDNAP.search(c.text) and \
                _PAID_FOR_ACT.search(c.text[max(0, m.start() - 40) : m.start()]):
            topic = "вознаграждение"
        if topic is None and _FUND_HOLDS.search(c.text[max(0, m.start() - 120) : m.start()]) \
                and not _FROM_FUND.search(c.text[max(0, m.start() - 120) : m.start()]):
            topic = "фонд"  # «средства фонда, по данным агентства, — 12 млн рублей»
        if topic is None and _FINED_ON.search(c.text[: m.start()]):
            topic = "штраф"  # «оштрафовал компанию X, владеющую Y, на 4,2 млрд рублей»
        if topic is None and default is not None:
            lo_c, _hi_c = _clause_bounds(c.text, m.start())
            before = c.text[lo_c : m.start()]
            if _THE_SUM.search(before) and not _OTHER_MONEY.search(c.text):
                topic = default
        if topic == "выигрыш" and _NOT_A_PRIZE.search(c.text[slice(*_clause_bounds(c.text,
                                                                          m.start()))]):
            continue  # «выиграла тендер на 300 млн рублей»: a contract won, no prize
        if topic == "долг по зарплате" and not _WAGES.search(c.text):
            topic = _debt_for(c.text)
        if topic is None or topic == "сделка" and _NOT_A_DEAL.search(c.text):
            continue
        if _MORE_BEFORE.search(c.text, 0, m.start()):
            continue  # «и еще 3 млн от другой фирмы»: another sum
        if topic.startswith("долг") and (_ONE_CREDITOR.search(c.text) or
                                         _WIDER_AREA.search(c.text)):
            # «350 тыс., которые ему недоплатили»: one creditor's share of the debt; «долг
            # по зарплате по области»: all the area's debtors', not one firm's
            continue
        if topic in _RESULTS:
            got = _of_period(f, m.start(), m.end(), topic, bound)
            if got is None:
                continue
            topic, exact = got
            if exact:
                lo, hi = amount, amount
        elif _CHANGED.search(c.text) or (topic == "долг по зарплате" and _PAID.search(c.text)):
            return []  # a change or a payment: another quantity at another time
        if topic == "выкуп" and _PAID_OVER.search(c.text[slice(*_clause_bounds(c.text,
                                                                           m.start()))]):
            continue  # «родные отдали похитителям миллион»: what was paid, not asked
        if topic in _SET_BY_COURT and _ASKED.search(c.text[: m.start()]):
            continue  # a bail or a fine asked for is not the one the court set
        if topic != "вознаграждение" and (_SHARE.match(c.text[m.end() :]) or
                                          _EACH.search(c.text[: m.start()])):
            continue  # «не более 1,4 млн рублей на одного вкладчика»: one person's share
        cur = _currency(m.group("cur"))
        shown = c.text[told_from : m.end()].strip() if told_from < m.start() else \
            m.group(0).strip()
        v = Value(f.sc.id, c.start + told_from, c.start + m.end(), shown,
                  _amount_label(amount, cur), topic)
        found.append((f"{topic}:{cur}", lo, hi, v))
    # (a reward is each one's sum: «по 500 тысяч рублей за каждого из беглецов»)
    each = all(v.key == "вознаграждение" for *_r, v in found)
    parts = _PART.search(c.text) or len(told) > 1 and _TOTAL.search(c.text)
    if len({t for t, *_r in found}) < len(found) or (parts and not each) or \
            _PLURAL_TOPIC.search(c.text):
        return []  # two sums of one kind in one claim, parts, or a total of several
    return found


# A company's results are one sum per period: the revenue of the third quarter of 2026 is
# one figure, whatever it grew by. Told with no period, or as a forecast, a plan, or the
# figure of a year before, a result is not compared.
_RESULTS = ("выручка", "чистая прибыль")
_NET = re.compile(r"\bчист\w+\s+прибыл|\bnet\s+(?:profit|income)", re.I)
_FORECAST = re.compile(r"\b(?:ожида\w*|прогноз\w*|планир\w*|план\w*|рассчитыва\w*|"
                       r"намерен\w*|может|могут|могла|составит|достигнет|вырастет|"
                       r"увеличится|сократится|снизится|превысит|expect\w*|forecast\w*|"
                       r"will)\b", re.I)
# the figure a change started from, or one of a year before: «против 45 млрд годом ранее»
_EARLIER_BEFORE = re.compile(r"\b(?:против|с|со|from|against)\s+(?:\w+\s+)?$", re.I)
_EARLIER_AFTER = re.compile(r"^[^.;!?\d]{0,40}?\b(?:годом\s+ранее|год\s+назад|"
                            r"в\s+прошлом\s+году|годом\s+раньше|"
                            r"(?:за\s+|в\s+)?аналогичн\w+\s+период\w*|a\s+year\s+(?:ago|earlier))",
                            re.I)
_BY = re.compile(r"\b(?:на|by)\s+$", re.I)  # «выросла на 3 млрд»: the change, not the figure
_ORDINAL = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
_QUARTER = re.compile(r"\b(?:(перв|втор|трет|четв)\w*|([1-4])(?:-?(?:м|й|го|ом))?|"
                      r"(I{1,3}|IV))\s+квартал\w*(?:\s+(20\d\d))?", re.I)
_HALF = re.compile(r"\b(перв|втор)\w*\s+полугоди\w*(?:\s+(20\d\d))?", re.I)
_MONTHS = re.compile(r"\b(?:за|по\s+итогам)\s+(девят\w*|шест\w*|9|6)\s+месяц\w*"
                     r"(?:\s+(20\d\d))?", re.I)
# «за июль — сентябрь»: a quarter by its months
_QUARTER_MONTHS = re.compile(r"\b(январ|апрел|июл|октябр)\w*\s*[—–-]\s*"
                             r"(март|июн|сентябр|декабр)\w*(?:\s+(20\d\d))?", re.I)
_FIRST_MONTH = {"январ": 1, "апрел": 2, "июл": 3, "октябр": 4}
_LAST_MONTH = {"март": 1, "июн": 2, "сентябр": 3, "декабр": 4}
_YEAR = re.compile(r"\b(?:за|в|по\s+итогам)\s+(20\d\d)\s+(?:год\w*|г\.)", re.I)


def _of_period(f: Facts, start: int, end: int, topic: str,
               bound: str) -> tuple[str, bool] | None:
    """«выручка за 3 кв. 2026» for a company's result told of one period, and whether
    the figure is exact though a bound word precedes it (after a verb of change, «выросла
    ... до 48,2 млрд» is the new figure); None for a result of no period, a forecast, a
    change or an earlier year's figure."""
    text = f.sc.claim.text
    lo, hi = _clause_bounds(text, start)
    if topic == "чистая прибыль" and not _NET.search(text):
        return None  # an operating or a gross profit is another figure
    if _FORECAST.search(text[lo:hi]) or _BY.search(text[:start]) or \
            _EARLIER_BEFORE.search(text[:start]) or _EARLIER_AFTER.match(text[end:]):
        return None
    changed = bool(_CHANGED.search(text[lo:start])) and bound == "до"
    period = _period(text, start)
    if period is None:
        return None
    name, last_month, year = period
    if year is None:
        published = f.sc.published
        if not published:
            return None
        # «в третьем квартале», told in November: of this year; told in May, of the last
        year = int(published[:4]) - (int(published[5:7]) <= last_month)
    return f"{topic} за {name} {year}", changed


def _period(text: str, at: int) -> tuple[str, int, int | None] | None:
    """(name, last month, year if told) of the reporting period told nearest before the
    sum at `at`, else nearest after it."""
    found: list[tuple[int, str, int, int | None]] = []
    for m in _QUARTER.finditer(text):
        word = fold(m.group(1) or m.group(3) or "")
        q = int(m.group(2)) if m.group(2) else _ORDINAL.get(word[:4], _ORDINAL.get(word))
        if q:
            found.append((m.start(), f"{q} кв.", 3 * q, _int(m.group(4))))
    for m in _HALF.finditer(text):
        h = 1 if fold(m.group(1)) == "перв" else 2
        found.append((m.start(), f"{h} полугодие", 6 * h, _int(m.group(2))))
    for m in _MONTHS.finditer(text):
        n = 9 if fold(m.group(1))[0] in "9д" else 6
        found.append((m.start(), f"{n} мес.", n, _int(m.group(2))))
    for m in _QUARTER_MONTHS.finditer(text):
        q = _FIRST_MONTH[fold(m.group(1))]
        if _LAST_MONTH[fold(m.group(2))] == q:
            found.append((m.start(), f"{q} кв.", 3 * q, _int(m.group(3))))
    for m in _YEAR.finditer(text):
        found.append((m.start(), "год", 12, int(m.group(1))))
    before = [p for p in found if p[0] < at]
    after = [p for p in found if p[0] >= at]
    best = max(before, key=lambda p: p[0]) if before else \
        min(after, key=lambda p: p[0]) if after else None
    return best[1:] if best else None


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _about(written: str, amount: float, mult: float) -> tuple[float, float]:
    """The range «около N» stands for: the unit of N's last significant digit either
    way (the figure was rounded to it: «около 145 млрд» is 140-150, «около 120 млрд»
    110-130), never narrower than 5 % nor wider than 20 % of it."""
    # («1,200,000» is English thousands; «1,8» a decimal comma; «пяти», «пол» a word, one
    # unit of what it multiplies)
    plain = written.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", written) \
        else written.replace(",", ".")
    digits = Decimal(plain).normalize() if re.fullmatch(r"\d+(?:\.\d+)?", plain) else None
    # (a finite number's exponent is an int: the place of its last significant digit)
    unit = 10.0 ** int(digits.as_tuple().exponent) if digits else 1.0
    u = min(max(unit * mult, amount * 0.05), amount * 0.2)
    return amount - u, amount + u


# a sum told per person, per family: a share, not the affair's sum
_SHARE = re.compile(r"\s*(?:на|в\s+расчете\s+на)\s+(?:одного|одну|каждого|каждую)?\s*"
                    r"(?:человека|вкладчика|клиента|семью|пострадавш\w+|погибш\w+)\b|"
                    r"\s*(?:per|for\s+each|each)\b", re.I)
_EACH = re.compile(r"(?:\bпо|\bмаксимальн\w+\s+(?:[\w-]+\s+)?(?:сумм|размер)\w*\s*[—–-]?|"
                   r"\bв\s+пределах\s+(?:[\w-]+\s+)?(?:лимит|сумм)\w*\s+(?:в\s+)?)\s*$", re.I)


# a debt owed to one person, told by a pronoun: «вернули ему долг», «задолжал ему»
_ONE_CREDITOR = re.compile(
    r"(?<![а-яё])(?:(?:должн\w*|задолжал\w*|задолженност\w*|долг\w*|верн\w*|выплат\w*|"
    r"перед)\s+(?:[\w-]+\s+){0,2}?(?:ему|ей|ним|ней)|(?:ему|ей)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:должн|задолжал|верн|выплат|долг)\w*)(?![а-яё])", re.I)


_WIDER_AREA = re.compile(r"\b(?:в|по)\s+(?:регион[еу]|област[иь]|кра[юе]|республике|стране)\b",
                        re.I)


# the verb of fining, its object between, and the sum it governs by «на»
_FINED_ON = re.compile(r"\b(?:оштрафова\w*|fined)\b[^.;:!?]{0,120}?\s(?:на|by)\s+"
                       r"(?:(?:более|свыше|около|почти|примерно)\s+)?$", re.I)


# a debt for something delivered: «задолженность покупателя за поставленный газ», «долг
# за электроэнергию»; one buyer's debt for one supply is one sum at a time (a debt «за
# 2025 год», «за октябрь» is a period's part of it)
_DEBT_FOR = re.compile(r"\b(?:долг|долга|долгу|долгом|долге|задолженност\w*)\s+"
                       r"(?:[\w«»\"-]+\s+){0,3}?за\s+(?:уже\s+)?(?:\w+(?:нн|нт|ем|им)\w{2,3}\s+)?"
                       r"([а-яё]+)", re.I)
_PERIOD = re.compile(rf"^(?:год\w*|месяц\w*|период\w*|квартал\w*|полугоди\w*|недел\w*|"
                     rf"сутки|день|дни|весь|все|последн\w*|прошл\w*|текущ\w*|этот|это|эти|"
                     rf"{MONTH_WORD})$", re.I)


def _debt_for(text: str) -> str | None:
    """«долг за газ»: the topic of a debt for a supply, none for a debt of a period or of
    no stated kind (a company owes many debts)."""
    m = _DEBT_FOR.search(text)
    if m is None or _PERIOD.match(m.group(1)):
        return None
    return f"долг за {fold(m.group(1))[:5]}"


# how a report tells the sum of its one affair without naming it again; a sum named as
# something else (a contract's value, a budget, a bail) is that thing
_THE_SUM = re.compile(r"\b(?:сумм\w*|речь\s+ид[её]т\s+о|получени\w*|получил\w*|"
                      r"получал\w*|передал\w*|передава\w*|передан\w*|(?:по)?требова\w*|"
                      r"amount|sum)\b", re.I)
# affairs a report is about as a whole (a fine or a debt is told among other sums)
_AFFAIRS = {"взятка", "ущерб", "хищение", "выкуп"}
# sums a case sets around its affair, named in a report of it without being its subject
# («сделка со следствием», «статья грозит штрафом», «залог в 5 млн»)
# (and a reward offered for news of the wanted or the missing)
_AROUND = {"сделка", "штраф", "залог", "вознаграждение"}
_OTHER_MONEY = re.compile(r"\b(?:ежегодн\w*|ежемесячн\w*|грант\w*|стоимост\w*|(?:гос)?контракт\w*|"
                          r"бюджет\w*|залог\w*|выручк\w*|"
                          r"зарплат\w*|оклад\w*|доход\w*|компенсац\w*|выплат\w*|кредит\w*|"
                          r"заем\w*|займ\w*|премию|преми[ия]|имуществ\w*|капитал\w*|"
                          r"contract|budget|bail)\b", re.I)
_COPULA = re.compile(r"\b(?:составля\w*|составил\w*|составит|достига\w*|достиг\w*|"
                     r"оценива\w*|превыша\w*|equals?|totals?|stands?\s+at)\s+(?:\w+\s+){0,2}$",
                     re.I)


def _currency(written: str) -> str:
    """One key per currency, however written: «руб.», «rubles» -> «руб»; «крон», «kroner»
    -> «крона»; others by their first letters («евро» -> «евр», «долл» -> «дол»)."""
    word = fold(written)
    foreign = next((k for p, k in _FOREIGN_KEYS.items() if word.startswith(p)), None)
    cur = foreign or word[:3]
    return "руб" if cur in ("руб", "rub", "rou") else cur


def _amount_label(amount: float, cur: str) -> str:
    for size, word in ((1e9, "млрд"), (1e6, "млн"), (1e3, "тыс.")):
        if amount >= size:
            return f"{amount / size:g} {word} {cur}"
    return f"{amount:g} {cur}"


def _topic_near(toks: list[Tok], text: str, start: int, end: int, window: int = 7,
                topics: Sequence[tuple[str, re.Pattern[str]]] = MONEY_TOPICS) -> str | None:
    """The money topic word nearest to the sum, in its clause, within `window` words."""
    lo, hi = _clause_bounds(text, start)
    dash = _DASH_BEFORE.search(text, 0, start)
    if dash and not text[lo:start].strip(" —–"):
        # «Ущерб бюджету — 186 млн рублей»: a dash before the sum links it to the subject
        # before the dash (within its comma, or the phrase a comma closes right before the
        # dash: «о 60 эфирах, украденных мошенниками, — почти 9 млн рублей»), as a
        # copula does
        lo = max(_clause_bounds(text, max(0, dash.start() - 1))[0],
                 text.rfind(",", 0, len(text[: dash.start()].rstrip(" ,"))) + 1)
    elif lo > 0 and text[lo - 2 : lo].strip() in ("—", "–") and _CONVERTED.search(text, lo, hi):
        # «убытки в 60 эфиров — если считать по сегодняшнему курсу, 9 млн рублей»: a sum
        # converted after a dash restates the figure before it, and shares its topic
        lo = _clause_bounds(text, lo - 2)[0]
    best: tuple[int, str] | None = None
    first = next((t.i for t in toks if t.start >= start), len(toks))
    last = max([t.i for t in toks if t.end <= end] or [first])
    for t in toks:
        if t.start < lo or t.end > hi or first <= t.i <= last:
            continue
        dist = first - t.i if t.i < first else t.i - last
        if dist > window:
            continue
        for name, pat in topics:
            if pat.match(t.w) and (best is None or dist < best[0]):
                best = (dist, name)
    return best[1] if best else None


_MORE_BEFORE = re.compile(r"\b(?:ещ[её]|дополнительн\w*)\s+(?:(?:около|почти|более|свыше|"
                          r"порядка|примерно)\s+)?$", re.I)
_DASH_BEFORE = re.compile(r"\s[—–]\s*$")
# a figure converted into another currency: «по текущему курсу», «в пересчете на рубли»
_CONVERTED = re.compile(r"(?<![а-яё])(?:по\s+(?:[а-яё]+\s+)?курсу|в\s+пересч[её]те\s+на|"
                        r"в\s+эквиваленте)(?![а-яё])", re.I)
_SumIndex = dict[tuple[str, int], list[tuple[Facts, float, float, Value]]]
# A report of a player's transfer between clubs (it names a move and a sport's people):
# its sums are the deal's price, paid or called compensation («заплатил «Динамо» около 90
# млн», «компенсация за игрока — 150 млн»), or the player's new salary
_TRANSFER = "сделка"
_MOVE = re.compile(r"(?<![а-яё])(?:трансфер\w*|переход\w*|перешел|перешла|обмен\w*)", re.I)
_SPORT = re.compile(r"(?<![а-яё])(?:клуб\w*|хоккеист\w*|футболист\w*|нападающ\w*|защитник\w*|"
                    r"вратар\w*|полузащитник\w*|форвард\w*|баскетболист\w*|игрок\w*)", re.I)
# (compensation for the player is the deal's price)
_FEE = ((_TRANSFER, re.compile(r"^(?:компенсаци\w*|возмещени\w*|compensation)$")),)
_SALARY = (("зарплата", re.compile(r"^(?:зарплат\w*|заработн\w*|оклад\w*|salary)$")),)
# a payment's verb before the sum, in its clause: the price paid for the player
_PAID_FOR = re.compile(r"(?<![а-яё])(?:заплатил\w*|заплатит|заплатят|выплатил\w*|продал\w*|"
                       r"продаст|купил\w*|выкупил\w*|отдал\w*|получил\w*\s+за\s+него|"
                       r"оценил\w*\s+(?:[\w-]+\s+)?в)(?![а-яё])", re.I)
# a salary of before the move («по прежнему контракту получал около 60 млн»)
_FORMER = re.compile(r"(?<![а-яё])(?:прежн|предыдущ|бывш|стар)\w*|(?<![а-яё])получал\w*", re.I)


def _transfer_topic(toks: list[Tok], text: str, start: int, end: int) -> str | None:
    """What a sum of a transfer report is: the player's new salary (its word near the
    sum), the deal's price (a payment's verb before it in its clause, or compensation), or
    neither (a salary before the move)."""
    lo, _hi = _clause_bounds(text, start)
    if _topic_near(toks, text, start, end, 7, _SALARY):
        return None if _FORMER.search(text[lo:end]) else "зарплата"
    if _PAID_FOR.search(text[lo:start]) or _topic_near(toks, text, start, end, 7, _FEE):
        return _TRANSFER
    return None


@read_once
def _topics_named(f: Facts) -> frozenset[str]:
    """The kinds of sum a claim names («взятки», «ущерб»), results of a period aside."""
    if not _ANY_TOPIC.search(f.sc.claim.text):
        return frozenset()  # a cheap test first: most claims name no kind of sum
    # (a prize by its noun: «выиграла тендер» names no prize of the story)
    return frozenset(n for t in tokens(f.sc.claim.text) for n, pat in MONEY_TOPICS
                     if n not in _RESULTS and pat.match(t.w)
                     and (n != "выигрыш" or _PRIZE_NOUN.match(t.w)))


def _sum_index(facts: Sequence[Facts], story: Mapping[int, int]) -> _SumIndex:
    """The sums of each kind (a bribe, a damage, a debt...) told in each story."""
    index: _SumIndex = defaultdict(list)
    # a report about one affair (it names one affair's kind of sum, and beside it only the
    # sums a case sets around an affair: a plea «сделка», a fine the law threatens, a bail)
    # tells its sum as «the sum»
    named: dict[int, set[str]] = defaultdict(set)
    kidnap: dict[int, bool] = defaultdict(bool)
    moved: dict[int, bool] = defaultdict(bool)
    sport: dict[int, bool] = defaultdict(bool)
    for f in facts:
        named[f.sc.doc_id] |= _topics_named(f)
        kidnap[f.sc.doc_id] |= bool(_KIDNAP.search(f.sc.claim.text))
        moved[f.sc.doc_id] |= bool(_MOVE.search(f.sc.claim.text))
        sport[f.sc.doc_id] |= bool(_SPORT.search(f.sc.claim.text))
    transfer = {d: moved[d] and sport[d] for d in moved}
    for f in facts:
        if _other_time(f):
            continue
        one = named[f.sc.doc_id]
        affair = one & _AFFAIRS
        if "выкуп" in affair or kidnap[f.sc.doc_id]:
            # a kidnapping's report: its «похищение» is no theft, its sum the ransom
            affair = (affair - {"хищение"}) | {"выкуп"}
            one = (one - {"хищение"}) | {"выкуп"}
        default = next(iter(affair)) if len(affair) == 1 and one <= _AFFAIRS | _AROUND else None
        if default is None and not affair and transfer[f.sc.doc_id]:
            default = _TRANSFER
        # (kept on the claim: the conflicts and the agreements both index the sums)
        key = f"money._sums:{default}"
        if key not in f.memo:
            f.memo[key] = _safe(functools.partial(_sums, default=default))(f)
        for topic, lo, hi, v in f.memo[key]:
            index[(topic, story.get(f.sc.doc_id, f.sc.doc_id))].append((f, lo, hi, v))
    return index


def sum_agreements(facts: Sequence[Facts], story: Mapping[int, int]) -> set[tuple[int, int]]:
    """Pairs of claims of one story, in two reports, that tell one exact sum of one kind
    («следствие считает, что мэр получил взятку в 4,5 млн рублей», «сумма взятки составила
    4,5 миллиона руб.»): one fact retold, however unlike the words."""
    groups: dict[tuple[str, int, float], set[tuple[int, int]]] = defaultdict(set)
    for (topic, st), items in _sum_index(facts, story).items():
        for f, lo, hi, _v in items:
            if lo == hi:  # (a bound or a round «около» holds many sums)
                groups[(topic, st, lo)].add((f.sc.id, f.sc.doc_id))
    return match.report_pairs(groups.values(), MAX_AGREEING)


def money_conflicts(facts: Sequence[Facts], story: dict[int, int], people: People) -> list[Group]:
    """Different sums for the one bribe (damage, theft...) of one story."""
    index = _sum_index(facts, story)
    out = []
    fined: dict[int, set[str]] = {}  # (read once per claim, not per pair)
    for (topic, _s), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        if topic.startswith("штраф"):
            fined.update((f.sc.id, _fined(f)) for f, *_r in items if f.sc.id not in fined)
        g = Group("count", f"сумма: {topic.split(':')[0]}", (topic,), timed=False)
        for (fa, la, ha, va), (fb, lb, hb, vb) in combinations(items, 2):
            if fa.sc.id == fb.sc.id or va.value == vb.value or not (ha < lb or hb < la):
                continue
            if not _same_people(fa, fb, people) or numbered_apart(fa, fb):
                continue  # (two people's sums, or two numbered draws' prizes)
            pa, pb = _payer(fa, va), _payer(fb, vb)
            if topic.startswith("штраф") and pa != pb and (
                    (pa and pb) or (pa == "лицо" and not named_people(fb, people))
                    or (pb == "лицо" and not named_people(fa, people))):
                # a company's fine and its director's are two fines; so are a person's fine
                # and one told of no person («оштрафовал защитника клуба на 150 тыс.» /
                # «"Металлург" оштрафован на 1,5 млн»)
                continue
            if topic.startswith("штраф") and fined[fa.sc.id] and fined[fb.sc.id] and \
                    not fined[fa.sc.id] & fined[fb.sc.id]:
                continue  # two companies fined by one court on one day: two fines
            if topic.startswith("долг") and days_apart(_when(fa), _when(fb)) > 14:
                continue  # a debt grows and shrinks: reports weeks apart tell other sums
            g.pairs.append((va, vb, 0.8))
        g.pairs = _without_held_bounds(g.pairs, {(v.claim, v.start): (lo, hi)
                                                 for _f, lo, hi, v in items})
        out.append(g)
    return out


def _without_held_bounds(pairs: list[tuple[Value, Value, float]],
                         ranges: dict[tuple[int, int], tuple[float, float]]
                         ) -> list[tuple[Value, Value, float]]:
    """The pairs of a dispute less those of a bound that holds a figure already disputed
    with the same other side: «долг превышает 100 млн» against «64 млн» says nothing
    «112 млн» against «64 млн» does not, and set beside «112 млн» it is no rival of it."""
    # each figure told exactly -> the claims it is disputed with
    against: dict[tuple[int, int], set[int]] = defaultdict(set)
    for va, vb, _c in pairs:
        for x, y in ((va, vb), (vb, va)):
            lo, hi = ranges[(x.claim, x.start)]
            if lo == hi:
                against[(x.claim, x.start)].add(y.claim)

    def held(bound: Value, other: Value) -> bool:
        lo, hi = ranges[(bound.claim, bound.start)]
        return lo < hi and any(lo <= ranges[e][0] <= hi and other.claim in claims
                               for e, claims in against.items() if e[0] != bound.claim)

    return [(va, vb, c) for va, vb, c in pairs if not held(va, vb) and not held(vb, va)]


# organisations that fine, judge or report, never the ones fined
_AUTHORITY = re.compile(r"суд|судь|прокурат|министерств|ведомств|служб|комитет|надзор|инспекц|"
                        r"полици|правительств|администрац|агентств|МВД|ФСБ|ФАС|ФНС|СК\b|"
                        r"court|ministry|agency|police", re.I)


def _fined(f: Facts) -> set[str]:
    """The words of the organisations a claim names that may be the ones fined: not a
    court or a regulator, not an outlet that reports it («ТАСС», «РБК»)."""
    from factdb.extract.attr_mention import known_outlet

    out: set[str] = set()
    for e in f.sc.claim.entities:
        if e.type == "ORG" and not _AUTHORITY.search(e.name) and not known_outlet(e.name):
            out |= {fold(w) for w in re.findall(r"\w{3,}", e.name)}
    return out


_ENTITY = re.compile(r"\b(?:компани\w*|юрлиц\w*|юридическ\w+\s+лиц\w*|ооо|оао|зао|пао|ао|"
                     r"предприяти\w*|организаци\w*|фирм\w*|перевозчик\w*|оператор\w*|клуб\w*|"
                     r"команд\w*)\b", re.I)
_PERSON = re.compile(r"\b(?:директор\w*|гендиректор\w*|руководител\w*|должностн\w+\s+лиц\w*|"
                     r"граждан\w*|владел\w*|наблюдател\w*|водител\w*|активист\w*|"
                     # (a club's player or coach fined is not the club)
                     r"игрок\w*|футболист\w*|хоккеист\w*|спортсмен\w*|защитник\w*|"
                     r"нападающ\w*|полузащитник\w*|вратар\w*|тренер\w*)\b", re.I)


def _payer(f: Facts, v: Value) -> str | None:
    """Who pays a fine, as far as the clause says: a legal entity or a person."""
    c = f.sc.claim
    plain = re.sub(r"\b(тыс|руб|млн|млрд|коп)\.", r"\1 ", c.text)  # no clause ends at «руб.»
    lo, hi = _clause_bounds(plain, v.start - c.start)
    clause = c.text[lo:hi]
    ent, per = _ENTITY.search(clause), _PERSON.search(clause)
    fined = _FINED_ON.search(c.text[: v.start - c.start])
    if fined:
        obj_ent, obj_per = _ENTITY.search(fined.group(0)), _PERSON.search(fined.group(0))
        if obj_ent and obj_per:
            # the verb's object is the first of them: «оштрафовал защитника клуба»
            return "лицо" if obj_per.start() < obj_ent.start() else "организация"
        if obj_ent or obj_per:
            # «оштрафовал компанию "Север", организовавшую питание, на 300 тысяч»: the
            # object of the verb, clauses before the sum, whoever the clause after names
            return "организация" if obj_ent else "лицо"
    if ent and per:
        # «штраф назначен генеральному директору компании»: the nearer to the sum
        at = v.start - c.start - lo
        return "лицо" if abs(per.start() - at) < abs(ent.start() - at) else "организация"
    return "организация" if ent else "лицо" if per else None


# Payments promised to each of a kind of recipient: one promise has one sum per family of
# the dead, another per injured. Who gets it is part of what the sum is.
_PAYOUT = re.compile(r"\b(?:выплат\w*|выплач\w*|компенсаци\w*|получат|получит|перечисл\w*|"
                     r"материальн\w+\s+помощ\w*|compensation|payments?)\b", re.I)
_RECIPIENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("семьи погибших", re.compile(r"\b(?:сем\w+|родн\w+|родственник\w*|близк\w+)\s+"
                                  r"(?:кажд\w+\s+)?(?:погибш|умерш|жертв)\w*|families\s+of\s+"
                                  r"the\s+(?:dead|victims)", re.I)),
    ("тяжело пострадавшие", re.compile(r"\bтяжел\w*\s+(?:пострадавш|ранен|травмирован)\w*|"
                                       r"\bтяжелоранен\w*|"
                                       r"\bseriously\s+injured", re.I)),
    ("пострадавшие", re.compile(r"\b(?:сем\w+\s+)?(?:пострадавш|ранен|травмирован)\w*|"
                                r"\binjured\b", re.I)),
    # those taken to hospital are some of the passengers: their own sum
    ("госпитализированные", re.compile(r"\bгоспитализированн\w*|\bhospitali[sz]ed\b", re.I)),
    # passengers of a crashed or delayed flight, train or bus: «каждому пассажиру по 100
    # тыс.», «все пассажиры получат компенсацию в размере 50 тысяч рублей»
    ("пассажиры", re.compile(r"\bпассажир\w*|\bpassengers?\b", re.I)),
    # a sum per household or per family, whoever lives there
    # (a house lost, or a homestead, is one household's: «за каждый сгоревший дом», «на одно
    # домовладение»)
    ("домохозяйства", re.compile(r"\b(?:домохозяйств\w*|домовладени\w*|(?:кажд\w+|одн\w+)\s+"
                                 r"(?:семь\w*|семей|семье|семью|хозяйств\w*|квартир\w*)|"
                                 r"(?:кажд\w+|сгоревш\w+|утраченн\w+|разрушенн\w+)\s+"
                                 r"(?:[\w-]+\s+)?(?:дом|дома|домов)\b|household\w*)", re.I)),
)


def _recipients(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each recipient of payments named in text[lo:hi];
    «тяжело пострадавшим» is not also «пострадавшим»."""
    spans = [(r.start(), r.end(), name) for name, pat in _RECIPIENTS
             for r in pat.finditer(text, lo, len(text) if hi is None else hi)]
    return [x for x in spans if not any(y != x and y[0] <= x[0] and x[1] <= y[1] for y in spans)]


# what the law provides, up to a cap: «по закону перевозчик обязан ... выплата составит до
# 2 млн рублей» (a statutory insurance, no one's pledge of this story)
_BY_LAW = re.compile(r"\b(?:по\s+закону|согласно\s+закону|законом\s+предусмотрен\w*|"
                     r"по\s+(?:действующему\s+)?законодательству|обязательн\w+\s+страхован\w*)",
                     re.I)
_UP_TO = re.compile(r"\b(?:до|не\s+более|не\s+больше|максимум)\s+$", re.I)


@read_once
@_safe
def _payouts(f: Facts) -> list[tuple[str, float, float, Value]]:
    """(recipient, low, high, value) of each sum the claim promises one kind of recipient
    each («семьям погибших выплатят по миллиону рублей»)."""
    c = f.sc.claim
    # a payment word, or a sum each («семьям погибших по полмиллиона рублей»)
    if not _CURRENCY.search(c.text) or not (
            _PAYOUT.search(c.text) or re.search(r"\bпо\s+(?:\d|пол|полтор|одному|миллион)",
                                                c.text, re.I)):
        return []
    sums = [m for m in _MONEY.finditer(_sign_last(c.text))
            if _number(m.group("num"), m.group("mult") or "")]
    found = []
    for m in sums:
        if _BY_LAW.search(c.text[: m.start()]) and _UP_TO.search(c.text[: m.start("num")]):
            continue  # «по закону выплата составит до 2 млн рублей»: the law's cap, not a pledge
        # the recipient told nearest the sum, in its clause («семьям погибших — по
        # миллиону, а раненым — по 500 тысяч»)
        # «75 тыс. руб.»: the abbreviations' dots end no clause (same length, offsets hold)
        plain = re.sub(r"\b(тыс|руб|млн|млрд|коп)\.", r"\1 ", c.text)
        lo, hi = _clause_bounds(plain, m.start())
        # the recipient before the sum is whose it is («семьи погибших получат по
        # миллиону, раненые — по 500 тысяч»)
        spans = _recipients(c.text, max(0, lo - 60), hi)
        before = [x for x in spans if x[1] <= m.start()]
        # «по 75 тыс. руб. на каждое домохозяйство»: a unit told right after the sum
        unit = [x for x in spans if 0 <= x[0] - m.end() <= 25
                and re.search(r"\bна\s+(?:кажд\w+\s+|одн\w+\s+)?$", c.text[m.end() : x[0]])]
        # «по 2 млн руб. семьям погибших и по 300 тыс. руб. раненым»:
        # a recipient right after the sum (in the dative) is whose it is
        right = [x for x in spans if 0 <= x[0] - m.end() <= 25
                 and re.fullmatch(r"[\s.]*(?:кажд\w+\s+)?", c.text[m.end() : x[0]])]
        if not spans:
            continue
        unit = unit or right
        recipient = unit[0][2] if unit else (max(before)[2] if before else min(spans)[2])
        n = _number(m.group("num"), m.group("mult") or "") or 0.0
        mult_word = fold(m.group("mult") or "").rstrip(".")
        amount = n * next((v for k, v in _MULT.items() if mult_word.startswith(k)), 1.0)
        cur = _currency(m.group("cur"))
        v = Value(f.sc.id, c.start + m.start(), c.start + m.end(), m.group(0).strip(),
                  _amount_label(amount, cur), recipient)
        found.append((f"{recipient}:{cur}", amount, amount, v))
    return found


_PUBLIC = re.compile(r"\b(?:бюджет\w*|губернатор\w*|правительств\w*|власт[иья]\w*|"
                     r"администраци\w*|мэри\w*|мэр\w*|государств\w*|минтруд\w*|"
                     r"соцзащит\w*|government|governor|state)\b", re.I)
# (not «собственникам», «владельцам»: owners of a house lost are paid, not paying)
_PRIVATE = re.compile(r"\b(?:компани\w*|ао|оао|ооо|пао|холдинг\w*|перевозчик\w*|авиакомпани\w*|"
                      r"работодател\w*|предприяти\w*|company|airline|employer)\b", re.I)


def _who_pays(f: Facts, v: Value | None = None) -> str | None:
    """Who promises a payment, when the claim says and names one kind: the state (a
    budget, a governor, a ministry) or a company (the owner, the carrier). With both
    named («власти пообещали по 150 тысяч, перевозчик — еще по 100 тысяч»), the one
    named last before the sum `v` pays it."""
    text = f.sc.claim.text
    public, private = _PUBLIC.search(text), _PRIVATE.search(text)
    if public and private and v is not None:
        at = v.start - f.sc.claim.start
        before = [(m.start(), "государство") for m in _PUBLIC.finditer(text, 0, at)] + \
            [(m.start(), "компания") for m in _PRIVATE.finditer(text, 0, at)]
        return max(before)[1] if before else None
    if bool(public) == bool(private):
        return None
    return "государство" if public else "компания"


# (a change told to its new sum, in the passive too: «увеличена до 1 млн»)
_CHANGED_TO = re.compile(rf"\b(?:{_CHANGE_VERBS}|увеличен\w*|повышен\w*|повысил\w*|"
                         r"снижен\w*|уменьшен\w*|сокращен\w*|raised|increased|cut|reduced)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:до|to)\s", re.I)


_PayoutIndex = dict[tuple[str, int], list[tuple[Facts, float, Value]]]


def _payout_index(facts: Sequence[Facts], story: Mapping[int, int]
                  ) -> tuple[_PayoutIndex, set[int]]:
    """The sums promised each of a kind of recipient, by (recipient and currency, story);
    and the claims that promise sums to several kinds of recipient."""
    index: _PayoutIndex = defaultdict(list)
    mixed: set[int] = set()
    for f in facts:
        got = _payouts(f)
        if got and len(_recipients(f.sc.claim.text)) > 1:
            mixed.add(f.sc.id)
        for key, amount, _hi, v in got:
            index[(key, story.get(f.sc.doc_id, -f.sc.doc_id))].append((f, amount, v))
    return index, mixed


def payout_agreements(facts: Sequence[Facts], story: Mapping[int, int]) -> set[tuple[int, int]]:
    """Pairs of claims of one story, in two reports, that promise one sum to each of one
    kind of recipient («семьям погибших выплатят по 1 млн рублей», «родственники каждого
    погибшего получат по миллиону»), by one payer or an unnamed one: one promise retold.
    The clustering takes them as same pairs, as it does a count told alike."""
    index, _mixed = _payout_index(facts, story)
    out: set[tuple[int, int]] = set()
    for items in index.values():
        if len(items) > MAX_GROUP:
            continue
        for (fa, aa, va), (fb, ab, vb) in combinations(items, 2):
            if fa.sc.doc_id == fb.sc.doc_id or aa != ab:
                continue
            pa, pb = _who_pays(fa, va), _who_pays(fb, vb)
            if not (pa and pb and pa != pb):
                a, b = sorted((fa.sc.id, fb.sc.id))
                out.add((a, b))
    return out


def payout_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """Different sums promised to each of one kind of recipient in one story."""
    index, mixed = _payout_index(facts, story)
    out = []
    for (key, _s), items in index.items():
        if len(items) > MAX_GROUP:
            continue
        # a sum told as changed to («выплата увеличена до 1 млн») superseded the sum
        # before it: the two are one promise at two times, no rivals
        changed = {a for f, a, v in items if _CHANGED_TO.search(
            f.sc.claim.text[max(0, v.start - f.sc.claim.start - 40) :
                            v.start - f.sc.claim.start + 4])}  # (the sum's «до» is its bound)
        # a claim telling two recipients' sums stands for its value only when no claim
        # tells that value alone: the evidence shown should be about one recipient
        alone = {a for f, a, _v in items if f.sc.id not in mixed}
        items = [x for x in items if x[0].sc.id not in mixed or x[1] not in alone]
        g = Group("count", f"выплата: {key.split(':')[0]}", (key,), timed=False)
        for (fa, aa, va), (fb, ab, vb) in combinations(items, 2):
            pa, pb = _who_pays(fa, va), _who_pays(fb, vb)
            if pa and pb and pa != pb:
                continue  # the region's million and the company's five are two payments
            if fa.sc.doc_id != fb.sc.doc_id and aa != ab and not {aa, ab} & changed:
                g.pairs.append((va, vb, 0.75))
        out.append(g)
    return out
