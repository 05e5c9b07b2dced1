"""First stage after reading: what the text says about itself, and what is not news.

Finds the publication date, title and self-named outlet, and the boilerplate
(foreign-agent notices, cookie banners, photo credits, date and author lines,
subscription and share prompts) that must yield no claims. Nothing is deleted:
boilerplate is blanked with spaces so every offset still points into the original text.

The publication date is read only from places that carry one (a date line, a
" date YYYY-MM-DD" export marker, a news-agency dateline, an «Опубликовано:» line),
never from a date inside the body, and never made up from today's date (a dateline
without a year whose lead names its weekday takes the latest such year up to today).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from factdb.extract.grammars import RELATIVE_WORDS

MONTHS_GEN = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip

# English month names and their usual abbreviations, for "Oct 9, 2025" date lines.
MONTHS_EN = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH_RE = "|".join(MONTHS_GEN)
_MONTH_NOM = ("январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|"
              "декабрь")
_EN_MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_TIME = r"\d{1,2}[:.]\d{2}"
# how many leading / trailing non-empty lines may carry the article's own date line
HEAD_LINES = 6
TAIL_LINES = 3


@dataclass(frozen=True)
class Paragraph:
    """A line of the article with boilerplate blanked; `text` is as long as the slice."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Meta:
    """What an article says about itself."""

    title: str | None = None
    published: str | None = None
    published_time: str | None = None  # "HH:MM" a date line gives, as printed
    outlet: str | None = None
    boilerplate: tuple[tuple[int, int], ...] = field(default_factory=tuple)


# A Russian date as written on a date line: «27 февраля 2026», «27 февраля 2026 г.»,
# «27.02.2026»; groups: day, month name, year | day, month number, year.
# (a site's header may cut the month: «15 ноя 2026, 13:42»)
# (or name the month in the nominative, as some sites abroad do: «10 Октябрь 2025, 13:42»)
_RU_DATE = (rf"(?:(\d{{1,2}})\s+({_MONTH_RE}|{_MONTH_NOM}|"
            rf"(?:янв|фев|мар|апр|июн|июл|авг|сент?|окт|ноя|дек)\.?)"
            rf",?\s+(\d{{4}})(?:\s*(?:г\.|года?))?"
            rf"|(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}}))")
# An English one: "Oct 9, 2025", "October 9 2025", "9 October 2025".
_EN_DATE = (rf"(?:({_EN_MONTH_RE})\s+(\d{{1,2}}),?\s+(\d{{4}})"
            rf"|(\d{{1,2}})\s+({_EN_MONTH_RE})\s+(\d{{4}}))")
_WEEKDAY = (r"(?:(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
            r"mon|tue|wed|thu|fri|sat|sun)[a-zа-я]*\.?,?\s+)?")
# (or a digest's: «Дайджест: суббота, 21 ноября 2026 г.»)
_PUB_LABEL = (r"(?:(?:опубликовано|дата публикации|дата|обновлено|дайджест|published|updated|"
              r"posted|date)\s*:?\s*)?"
              # breadcrumbs before the date: «Новости города | Происшествия | 21 сентября 2026»
              # (or slashes, and a site name with a number: «Город-Инфо 24 / Общество / ...»)
              # (or middle dots: «Экономика · 20 ноября 2026, 14:05»; a site's name may hold
              # a dot: «НГС.НОВОСТИ · Экономика · 25 ноября 2026, 17:05»)
              # (a daily's issue number first: «№ 212 (6011) | Среда, 18 ноября 2026»)
              # (after the paper's name and a bar: «"Газета" | № 174 (6163) | Среда, ...»)
              # (or after the paper's name unquoted: «Ведомости | № 214 (5921) | 19 ноября»)
              r"(?:(?:[A-Za-zА-ЯЁа-яё][A-Za-zА-ЯЁа-яё0-9 \t.-]{0,30}[|•·/][ \t]*)?"
              r"(?:[|•·/][ \t]*)?№[ \t]?\d+(?:[ \t]*\(\d+\))?[ \t]*[|•·/][ \t]*)?"
              r"(?:[A-Za-zА-ЯЁа-яё][A-Za-zА-ЯЁа-яё0-9 \t.-]{0,30}[ \t]*[|•·/][ \t]*){0,3}"
              # a rubric before a comma: «Политика, 15 ноя 2026, 13:42», or before a wide
              # gap, as a scraped header lays it out: «Происшествия    13 октября 2026»
              # (a scraped page may keep an invisible word joiner before the comma:
              # «Политика \u2060, 26 авг 2024, 19:42»)
              r"(?:[А-ЯЁA-Z][а-яёa-z]+(?:[ \t]+[а-яёa-z]+){0,2}"
              r"(?:[ \t\u200b\u2060\ufeff]*,[ \t]+|[ \t]{2,}|\t)|"
              # or in capitals: «ПРОИСШЕСТВИЯ 16 ноября 2026, 21:40»
              r"(?:[А-ЯЁ]+[ \t]+){0,2}[А-ЯЁ]{3,},?[ \t]+)?")
# a paper's header names itself before the date: «"Вечерний город", 03.04.2025, 12:05»
# (or «Газета "Вечерний город" / Омск, 03.04.2025»: the paper, a section, the date; or
# «Газета "Вечерний город" от 03.04.2025, 06:12»)
# (or a dash after the name: «"Периметр" — 13 ноября 2026»)
_OUTLET_LABEL = (r"(?:(?:[Гг]азета[ \t]+|[Жж]урнал[ \t]+)?[\"«„“][^\"«»„“”\n]{2,40}[\"»“”]"
                 r"(?:[ \t]*[/|][ \t]*[^,/|\n]{2,30})?(?:[ \t]+[—–-])?,?[ \t]+(?:от[ \t]+)?"
                 # (its issue number after it: «"Ведомости" № 206 (5895), 5 ноября 2026 г.»)
                 r"(?:№[ \t]?\d+(?:[ \t]*\(\d+\))?,?[ \t]+)?)?")

# A whole line that is only a date (with time, weekday, label): the article's date line.
DATE_LINE = re.compile(
    # (a channel's pinned mark may open it: «📌 ДАЙДЖЕСТ | Воскресенье, 13 декабря 2026»)
    rf"(?im)^[ \t]*(?:[^\w\s«\"„“(\[-]{{1,3}}[ \t]+)?{_OUTLET_LABEL}{_PUB_LABEL}{_WEEKDAY}"
    rf"(?:{_TIME},?\s+)?(?:{_RU_DATE}|{_EN_DATE}|"
    rf"(\d{{4}})-(\d{{2}})-(\d{{2}})(?:T\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?)"
    rf"(?:,?\s*(?:[|•·/]\s*)?(?:в\s+)?{_TIME}(?:\s*(?:мск|msk|utc|gmt|[ap]\.?m\.?))?)?"
    # an update in brackets before the bars: «19.11.2026, 13:20 (обновлено 17:45) | Автор»
    rf"(?:,?[ \t]+\((?:обновлено|изменено|updated)\b[^()\n]{{0,30}}\))?"
    # a rubric after a bar: «10 октября 2026, 11:42 | Политика», and the site after it
    # («18.07.2026 14:32 | Общество | Город 24 часа»)
    # (or a view counter: «15 октября 2026, 18:05 · Происшествия · 12 400 просмотров»)
    # (a site's name may be quoted: «| ИА «Приморье-Информ»»)
    # (a rubric with its section: «| Бизнес / Транспорт»; a counter by its sign: «| 👁 18 604»)
    rf"(?:[ \t]*[|•·][ \t]*(?:[A-Za-zА-ЯЁа-яё][A-Za-zА-ЯЁа-яё0-9 \t.«»\"/-]{{0,30}}|"
    # (in thousands: «31 тыс. просмотров», «2,4K views»)
    rf"\d[\d \t]{{0,8}}(?:[,.]\d[ \t]*)?(?:(?:тыс|млн)\.?[ \t]*|[KkКк][ \t]+)?"
    rf"(?:просмотр\w*|views?|комментари\w*)|"
    # (a reading time: «19 ноября 2026 · Экономика · 6 минут чтения», «· 4 min read»)
    rf"\d{{1,3}}[ \t]+(?:минут\w*|мин\.?)[ \t]+чтения|\d{{1,3}}[ \t]+min(?:ute)?s?[ \t]+read|"
    # (or told short, closing the line: «· Текст: Анастасия Рожкова · 6 мин»)
    rf"\d{{1,3}}[ \t]+мин\.?(?=[ \t]*$)|"
    # (a bare count closing the line: «Бизнес · 20 ноя 2026, 11:42 · 4 280»)
    rf"\d{{1,3}}(?:[ \t]\d{{3}})*(?=[ \t]*$)|"
    # («3 марта 2025 · Анна Орлова · Время чтения: 5 минут»)
    rf"[Вв]ремя[ \t]+чтения[ \t]*:?[ \t]*\d{{1,3}}[ \t]*(?:минут\w*|мин\.?)|"
    rf"[^\w\s|•·]{{1,3}}[ \t]*\d[\d \t]{{0,8}}|"
    # («21.11.2026 14:05 | Взгляд-инфо | Просмотров: 3 418», «| Комментарии: 214»)
    rf"(?:[Пп]росмотр\w*|[Vv]iews?|[Кк]омментари\w*|[Cc]omments?)[ \t]*:[ \t]*\d[\d \t]{{0,8}}|"
    # an issue number or a section after a bar: «| № 212 (6034) | Раздел: Недвижимость»
    # (the issue told as the paper's: «23 ноября 2026, 00:05 · Газета № 214 (5941)»)
    rf"(?:[Гг]азета[ \t]+)?№[ \t]?\d+(?:[ \t]*\(\d+\))?|"
    rf"(?:[Рр]аздел|[Рр]убрика)[ \t]*:[ \t]*[^\n|•·]{{1,40}}|"
    # a byline after a bar: «20 ноября 2026, 14:35 · Автор: Елена Сазонова»
    # (and the photographs' credit: «| Текст: Кирилл Ведерников | Фото: читатели»)
    rf"(?:[Аа]втор|[Aa]uthor|[Тт]екст|[Фф]ото|[Pp]hoto)[ \t]*:[ \t]*[^\n|•·]{{1,40}}|"
    # an update after a bar: «16 ноября 2026, 13:15 | Обновлено: 16 ноября 2026, 18:40»
    # (or with no colon: «04.03.2026, 16:05 | Обновлено 04.03.2026, 18:30»)
    rf"(?:[Оо]бновлено|[Ии]зменено|[Uu]pdated)[ \t]*:?[ \t]*[^\n|•·]{{1,40}})){{0,3}}"
    # a view counter after blanks, with no bar: «12 ноября 2026, 11:37   Просмотров: 4 215»
    # (and the comments' after it: «Просмотров: 6 318    Комментариев: 47»)
    # (or by their signs: «11.11.2026, 09:34    👁 14 562    💬 87»; or after the number:
    # «18.11.2026 10:42    9 314 просмотров    47 комментариев»)
    rf"(?:[ \t]+(?:(?:[Пп]росмотр\w*|[Vv]iews?|[Кк]омментари\w*)[ \t]*:?|[^\w\s|•·,.:]{{1,3}})"
    rf"[ \t]*\d[\d \t]{{0,8}}|[ \t]+\d{{1,3}}(?:[ \t]\d{{3}})*[ \t]+(?:просмотр|комментари|"
    rf"view|comment)\w*){{0,2}}"
    # the weather a site's header gives beside the date: «Вторник, 15 декабря 2026   -37°C»
    rf"(?:[ \t]+[-+−–]?\d{{1,2}}[ \t]*°[ \t]*[CС]?)?"
    # «13 октября 2026, 23:05    Обновлено»: the header's update mark after the date
    # («16.06.2024 09:12, обновлено 11:47»)
    # («20 ноября 2026, 11:30 (обновлено в 13:05)»)
    # («15.12.2026 11:05   обновлено 15.12.2026 14:30   12 480 просмотров»: counters after it)
    rf"(?:,?[ \t]+\(?(?:обновлено|изменено|updated)\b[^\n]{{0,80}})?"
    # a paper's note of the issue after a slash: «10 декабря 2026 / Статья опубликована в
    # № 231 (5987) от 10.12.2026 под заголовком: ...»
    rf"(?:[ \t]*/[ \t]*(?:[Сс]татья[ \t]+)?опубликован[^\n]*)?[ \t]*$"
)
# The export marker " date 2025-10-12" that may be followed by the title on one line.
DATE_MARKER = re.compile(r"(?m)^[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b")
# «МОСКВА, 9 октября. /ТАСС/.», «БАКУ, 9 октября 2025 – РИА Новости.»: the dateline prefix
# RIA style abbreviates the month: «МОСКВА, 9 окт — РИА Новости»
_MONTH_ABBR = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "июн": 6, "июл": 7, "авг": 8,
               "сен": 9, "окт": 10, "ноя": 11, "дек": 12}  # fmt: skip
_DATELINE_MONTH = rf"{_MONTH_RE}|(?:{'|'.join(_MONTH_ABBR)})\.?"
DATELINE = re.compile(
    # two places joined by a slash when the report was written in both: «КИЕВ/МОСКВА, 9 марта»;
    # a town's region in brackets: «ВЕРХНЕУРАЛЬСК (Челябинская область), 9 марта»
    # or between slashes, as TASS writes it: «ЛЕСОЗЕРСК /Тверская область/, 4 марта»
    rf"(?m)^[ \t]*[А-ЯЁ][А-ЯЁ-]+(?:(?:[ \t]+|/)[А-ЯЁ-]+)*"
    rf"(?:[ \t]+\([^()\n]{{2,40}}\)|[ \t]+/[^/\n]{{2,40}}/)?,"
    rf"[ \t]+(\d{{1,2}})[ \t]+"
    rf"({_DATELINE_MONTH})"
    rf"(?:[ \t]+(\d{{4}})(?:[ \t]*(?:г\.|года?))?)?[ \t]*[.,]?[ \t]*"
    rf"(?:/[^/\n]{{2,30}}/[ \t]*\.?|[–—-][ \t]*[^.\n]{{2,30}}\.)?(?=[ \t]+\S|[ \t]*$)"
)  # no re.I: the place name of a dateline is written in capitals

# Interfax style: «Москва. 9 октября. INTERFAX.RU - »; Report.az style, the agency ending
# the line: «Баку. 3 июля. REPORT.AZ», «Баку. 1 июля. REPORT.AZ/»
DATELINE_DOT = re.compile(
    # (the place in capitals too: «СЕВЕРОГОРСК. 18 ноября. ИНТЕРФАКС - »)
    rf"(?m)^[ \t]*(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][А-ЯЁ-]+)\.[ \t]+(\d{{1,2}})[ \t]+"
    rf"({_MONTH_RE})"
    rf"(?:[ \t]+(\d{{4}}))?\.[ \t]+[A-ZА-ЯЁ][\w.]*(?:[ \t]*[-–—][ \t]*|/?[ \t]*$)"
)

# A dateline with the place in title case and the agency after a comma or dash:
# «Казань, 3 марта, Report.», «Самара, 3 марта 2025 — Вести.»; the agency tag is
# required, since «Москва, 9 октября, ...» may also open a sentence of the body.
# Groups: day, month, year, agency.
DATELINE_TITLE = re.compile(
    rf"(?m)^[ \t]*[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+)?,[ \t]+(\d{{1,2}})[ \t]+({_DATELINE_MONTH})"
    rf"(?:[ \t]+(\d{{4}})(?:[ \t]*(?:г\.|года?))?)?(?:,|[ \t]*[–—-])[ \t]*"
    rf"([A-ZА-ЯЁ][\w.-]*(?:[ \t][A-ZА-ЯЁ][\w.-]*){{0,2}})\.(?=[ \t]+\S|[ \t]*$)"
)
_DATELINES = (DATELINE, DATELINE_DOT, DATELINE_TITLE)

# Each pattern matches a whole piece of boilerplate inside a line.
BOILERPLATE = [
    DATE_MARKER,
    DATE_LINE,
    DATELINE,
    DATELINE_DOT,
    DATELINE_TITLE,
    # «(признан в РФ иноагентом)», «(организация запрещена в России)» inside a sentence
    re.compile(r"(?i)\((?=[^()\n]{0,120}\))[^()\n]*(?:иноагент|иностранн\w+ агент|нежелательн\w+|"
               r"экстремистск\w+|террористическ\w+|запрещен\w*)[^()\n]*\)"),
    re.compile(r"(?im)^[ \t]*(?:18\+[ \t]*$|[^\n]{0,40}(?:мнение редакции может не совпадать|"
               r"все права защищены)[^\n]{0,120}$)"),
    # foreign-agent notices, written in capitals or not
    re.compile(r"(?is)(?:НАСТОЯЩИЙ|ДАННЫЙ|ЭТОТ)\s+МАТЕРИАЛ.{0,400}?ИНОСТРАНН\w+\s+АГЕНТ\w*"
               r"(?:[^.\n]*\.)?(?:[^.\n]*ИНОСТРАНН\w+\s+АГЕНТ[^.\n]*\.)?"),
    re.compile(r"(?im)^[^\n]{0,200}\bвыполняющ\w+\s+функци\w+\s+иностранного\s+агента[^\n]*$"),
    # cookie banners
    re.compile(r"(?i)(?:На (?:нашем )?сайте )?использу\w+ (?:файлы )?cookies?[^\n]*"),
    re.compile(r"(?i)[^\n.]*\b(?:use|uses) cookies[^\n]*"),
    # author lines, photo and source credits
    # (in brackets too: «[Фото: киоск у вокзала. Фото: Иван Петров / «Газета»]»)
    re.compile(r"(?im)^[ \t]*\[?[ \t]*(?:Автор\w*|Фото\w*|Источник(?: фото)?|Photo|Credit|"
               r"Иллюстрация|Коллаж|Видео|Редактор)[ \t]*:[^\n]*$"),
    # «Фото РИА Новости» (no sentence punctuation: «Фото с места ДТП опубликовали ...» is news)
    re.compile(r"(?im)^[ \t]*(?:Фото|Photo|©)[ \t]+[^\n.!?]{2,80}$"),
    # «Konstantin Kokoshkin/Global Look Press», «Сергей Бобылев/ТАСС»: name / agency
    re.compile(r"(?m)^[ \t]*(?:©[ \t]*)?[A-ZА-ЯЁ][\w.'’-]*(?:[ \t]+[A-ZА-ЯЁ][\w.'’-]*){0,3}"
               r"[ \t]*/[ \t]*[\w«»\"][\w .«»\"'&-]{1,40}[ \t]*$"),
    re.compile(r"(?m)^[ \t]*(?:©|\(c\)).*$"),
    # subscription, «read also», share and social prompts
    re.compile(r"(?im)^[ \t]*(?:Подписывайтесь|Подпишитесь|Следите за нами|Читайте нас)\b[^\n]*$"),
    re.compile(r"(?im)^[ \t]*(?:(?:Читайте также|Читайте еще|Смотрите также|См\. также|"
               r"Также читайте)"
               r"\b[ \t]*:?|(?:Read more|Read also|Related)[ \t]*:)[^\n]*$"),
    re.compile(r"(?im)^[ \t]*(?:Поделиться|Share|Распечатать)\b[^\n.!?]{0,80}$"),
    re.compile(r"(?im)^[ \t]*(?:(?:ВКонтакте|VK|Telegram|Телеграм|WhatsApp|Viber|Facebook|"
               r"Twitter|X|"
               r"Одноклассники|OK|Дзен|RuTube|YouTube)[ \t,|·•]*){2,}$"),
    re.compile(r"(?im)^[ \t]*(?:Реклама|Advertisement)[ \t]*$|^[ \t]*(?:Реклама|Теги|Tags)[ \t]*:"
               r"[^\n]{0,120}$"),
    re.compile(r"(?im)^[^\n]{0,80}\bошибк\w+ в тексте\b[^\n]*Ctrl\s*\+\s*Enter[^\n]*$"),
]

# How an article names itself, with how much each says: an author line or a copyright
# line is the outlet's own; «корреспондент X» and sources speaking to X («рассказал
# "X"», «сообщили РБК») nearly always are; «как писал "X"», «в справке "X"» often cite
# the outlet's own earlier work, but may cite another outlet, so they weigh least.
_QUOTED = r"[\"«„“]([^\"»“”\n]{2,60}|Ъ)[\"»“”]"
_NAME = rf"(?:{_QUOTED}|([A-ZА-ЯЁ][A-ZА-ЯЁ0-9.]{{1,10}}(?: [A-ZА-ЯЁ]{{2,10}})?)\b)"
_TOLD = (r"(?:сообщил|рассказал|заявил|пояснил|подтвердил|уточнил|признал|сказал|ответил|"
         r"прокомментировал)\w*")
SELF_NAMING: list[tuple[re.Pattern[str], int]] = [
    (re.compile(rf"(?im)^[ \t]*Автор\w*[ \t]*:[ \t]*{_QUOTED}"), 5),
    (re.compile(rf"(?m)^[ \t]*(?:©|\(c\))[ \t]*{_NAME}"), 5),
    # a header naming the paper before the issue's date: «"Вечерний город", 03.04.2025»
    (re.compile(rf"(?m)^[ \t]*{_QUOTED},?[ \t]+(?=\d{{1,2}}[.\s])"), 5),
    # a print header: «Газета "X" №12 от ...», «Газета "X" / Омск, 03.04.2025»
    (re.compile(rf"(?m)^[ \t]*(?:[Гг]азета|[Жж]урнал|[Ее]женедельник)[ \t]+{_QUOTED}"), 5),
    (re.compile(rf"(?i)\bкорреспондент\w*\s+{_NAME}"), 3),
    # «Материал подготовлен редакцией "X"», «Редакция "X" просит ...»
    (re.compile(rf"(?i)\bредакци\w+\s+{_QUOTED}"), 3),
    (re.compile(rf"\b{_TOLD}\s+{_NAME}"), 2),
    # «Как стало известно «Ъ»», «стало известно РБК»: the outlet's own finding
    (re.compile(rf"\b[Сс]тало известно\s+{_NAME}"), 2),
    # English: "a spokesperson told DW"
    (re.compile(rf"\btold\s+{_NAME}"), 2),
    (re.compile(rf"\b(?:[Оо]б этом|[Кк]ак)\s+{_NAME}\s+{_TOLD}"), 2),
    # a plural verb after the outlet: the outlet is who they told («в профкоме РБК сообщили»)
    (re.compile(rf"{_NAME}\s+(?:сообщили|рассказали|пояснили|подтвердили|уточнили|заявили)\b"), 2),
    (re.compile(rf"\b(?:[Вв] (?:разговоре|беседе|интервью) с|[Сс]обеседник\w*|опрошенн\w+)"
                rf"\s+{_NAME}"), 2),
    (re.compile(rf"(?i)\bкак (?:уже )?(?:писал|сообщал|рассказывал)\w*\s+{_QUOTED}"), 1),
    (re.compile(rf"(?i)\bв (?:справке|материале|хронике) {_QUOTED}"), 1),
]
# «Ъ» is how Kommersant names itself
_OUTLET_SIGNS = {"Ъ": "Коммерсант"}


# A «read also» heading standing alone on its line: the headlines listed under it follow.
_READ_ALSO_HEAD = re.compile(r"(?im)^[ \t]*(?:Читайте также|Читайте еще|Читайте по теме|"
                             r"Смотрите также|См\. также|Также читайте|По теме|Read more|"
                             r"Read also|Related)[ \t]*:?[ \t]*$")
# A headline of such a list: one short line, no sentence-ending period.
_LISTED_HEADLINE = re.compile(r"[ \t]*[^\n]{3,160}?(?<![.;:])[ \t]*")


def _read_also_lists(text: str) -> list[tuple[int, int]]:
    """The headline lines listed right under a «Читайте также:» heading (up to a blank
    line): links to other articles, not this one's news."""
    spans = []
    for m in _READ_ALSO_HEAD.finditer(text):
        pos = m.end() + 1 if text[m.end():m.end() + 1] == "\n" else m.end()
        for _ in range(6):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            if not _LISTED_HEADLINE.fullmatch(text, pos, line_end):
                break
            spans.append((pos, line_end))
            pos = line_end + 1
    return spans


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """Spans of text that are not news and must yield no claims."""
    spans = []
    for pat in BOILERPLATE:
        for m in pat.finditer(text):
            if m.end() > m.start() and (pat not in _DATELINES or _dateline_ok(text, m)):
                spans.append(m.span())
    spans += _read_also_lists(text)
    return sorted(spans)


def _dateline_ok(text: str, m: re.Match[str]) -> bool:
    # a dateline is the first thing of an early paragraph: «МОСКВА, 9 октября.»
    return _line_index(text, m.start()) < HEAD_LINES + 2


def _line_index(text: str, pos: int) -> int:
    """How many non-empty lines come before the line holding `pos`."""
    head = text[: text.rfind("\n", 0, pos) + 1]
    return sum(1 for line in head.split("\n") if line.strip())


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _en_month(word: str) -> int:
    return MONTHS_EN[word.lower().rstrip(".")[:3]]


def _month_of(word: str) -> int:
    """The month a month word names, in full or cut («ноября», «ноя.», «сент»)."""
    w = word.lower().rstrip(".")
    return MONTHS_GEN.get(w) or _MONTH_ABBR[w[:3]]


def _date_line_value(m: re.Match[str]) -> str | None:
    g = m.groups()
    if g[0]:
        return _iso(int(g[2]), _month_of(g[1]), int(g[0]))
    if g[3]:
        return _iso(int(g[5]), int(g[4]), int(g[3]))
    if g[6]:
        return _iso(int(g[8]), _en_month(g[6]), int(g[7]))
    if g[9]:
        return _iso(int(g[11]), _en_month(g[10]), int(g[9]))
    if g[12]:
        return _iso(int(g[12]), int(g[13]), int(g[14]))
    return None


# A print issue's header: «Газета "Коммерсантъ" №84 от 16.05.2025, стр. 5», or the paper's
# name in quotes right before the number: «"Вестник" № 31 (904) от 02.03.2026 | Общество»
# (or a line of its own opening with the number, «№ 214 (8012) от 24.11.2026», or the number
# and the day between bars, «Вестник (Омск) | № 209 | 12.11.2026 | Регион»)
ISSUE_LINE = re.compile(
    r"(?m)^(?=[^\n]*(?:[Гг]азета|[Жж]урнал|[Ее]женедельник|[Вв]ыпуск|стр\.)|"
    r"[ \t]*[«\"„][^»\"“\n]{1,40}[»\"“][ \t]*№|[ \t]*№|[^\n]*\|[ \t]*№)"
    r"[^\n]{0,80}№\s?\d+[^\n]{0,10}?(?:\bот\s+|\|[ \t]*)(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


def find_published(text: str, story: Sequence[date] = (), guess: bool = True) -> str | None:
    """The publication date the text carries, ISO, or None (see find_published_at)."""
    return find_published_at(text, story, guess)[0]


# a clock time on a date line: «14:05», «09.12», «14:05:00» (never a piece of «16.08.2023»),
# «2:05 p.m.»
_CLOCK = re.compile(r"(?<![\d.:])(\d{1,2})[:.](\d{2})(?::\d\d)?(?![\d.:])(\s*p\.?m\.?)?", re.I)
# an update's own time with no day of its own: «обновлено 11:47», «Updated: 18:40»
_UPDATED_AT = re.compile(rf"(?:обновлено|изменено|updated)\s*:?\s*(?:в\s+)?"
                         rf"({_TIME})(?!\d|[.:]\d)", re.I)


def _clock(raw: str) -> str | None:
    m = _CLOCK.search(raw)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if m.group(3) and hour < 12:
        hour += 12
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _line_time(line: str) -> str | None:
    """The hour a date line gives its report: an update's when it has no day of its own
    (the text is the updated one), else the first time on the line."""
    m = _UPDATED_AT.search(line)
    return _clock(m.group(1)) if m else _clock(line)


# a line of the body's text: long, and more than one sentence
_BODY_LINE = re.compile(r"^(?=[^\n]{200})[^\n]*[.!?»][ \t]+[А-ЯЁA-Z«\"„—–-][^\n]*[.!?»]")
MAX_HEAD_LINES = 25  # how far a site's menus may push its date line down


def _head_lines(lines: Sequence[str]) -> int:
    """How many of a page's leading non-empty `lines` are its head, where its date line
    stands: those before the first line of body text (a site's menus and rubrics may push
    the date line far down: «Новости / Регионы / Спорт / ...»), at least HEAD_LINES."""
    head = lines[:MAX_HEAD_LINES]
    body = next((i for i, line in enumerate(head) if _BODY_LINE.match(line.strip())),
                len(head))
    return max(HEAD_LINES, body)


def find_published_at(text: str, story: Sequence[date] = (), guess: bool = True
                      ) -> tuple[str | None, str | None]:
    """The publication date the text carries, ISO, or None; never today's date itself;
    and the hour its date line gives («15 августа 2023, 11:52»: "11:52"), or None.

    Looked for on the export marker, on date lines among the first and last lines,
    and on a dateline; a date inside a sentence of the body is not a publication date.
    `story` holds the days other reports of the batch were published on, in full: a
    dateline without a year takes the year they share. Without `guess` only a date told
    with its year is returned (what may serve as another report's `story`).
    """
    m = DATE_MARKER.search(text)
    if m and _line_index(text, m.start()) < HEAD_LINES:
        iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            return iso, None
    all_lines = text.split("\n")
    lines = [i for i, line in enumerate(all_lines) if line.strip()]
    head = _head_lines([all_lines[i] for i in lines])
    near = set(lines[:head] + lines[-TAIL_LINES:])
    found = [(iso, _line_time(m.group(0))) for m in DATE_LINE.finditer(text)
             if text.count("\n", 0, m.start()) in near and (iso := _date_line_value(m))]
    if found:
        # (a header's day with the weather, then the article's line of that day with its
        # hour: «Среда, 18 ноября 2026   -2°C» ... «18.11.2026 10:42»)
        iso = found[0][0]
        return iso, next((hour for day, hour in found if day == iso and hour), None)
    for m in ISSUE_LINE.finditer(text):
        if text.count("\n", 0, m.start()) in near:
            iso = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if iso:
                return iso, None
    for m in YEARLESS_DATE_LINE.finditer(text) if guess else ():
        if text.count("\n", 0, m.start()) in near:
            month = _month_of(m.group(2))
            year = _named_weekday_year(text, month, int(m.group(1))) or \
                _story_year(story, month, int(m.group(1)))
            iso = _iso(year, month, int(m.group(1))) if year else None
            if iso:
                return iso, _line_time(m.group(0)[m.end(2) - m.start():])
    headers = sorted((m for pat in (_DAY_HEADER, _DAY_HEADER_LEAD) for m in pat.finditer(text)),
                     key=lambda m: m.start()) if guess else []
    if headers and text.count("\n", 0, headers[0].start()) in near:
        days = [d for m in headers if (d := _header_day(m, story))]
        if days:
            return max(days), None
    for m in [m for pat in _DATELINES for m in pat.finditer(text)]:
        if not _dateline_ok(text, m) or not (guess or m.group(3)):
            continue
        day, month = int(m.group(1)), _month_of(m.group(2))
        year = int(m.group(3)) if m.group(3) else _latest_year(text, (month, day))
        if not m.group(3):
            # a day of the same week named with its weekday fixes the year better than the
            # latest year the article names (which may be that of a past event)
            fit = _named_weekday_years(text, month, day, spread=6)
            shared = _story_year(story, month, day)
            if fit:
                year = shared if shared in fit else year if year in fit else fit[0]
            else:
                # the weekday a wire lead gives the dateline's day («сообщили в
                # субботу») is a calendar fact too: it overrules the latest year named
                # when that year does not fit
                told = _weekday_years(text[m.end(): m.end() + _LEAD_CHARS], month, day)
                if told:
                    year = shared if shared in told else year if year in told else told[0]
                elif shared:
                    # the other reports of the story are a surer clue than the latest
                    # year this one names, which may be that of a past event («задержан
                    # 3 марта 2025 года» in a report on the verdict)
                    year = shared
        if year:
            iso = _iso(year, month, day)
            if iso:
                return iso, None
    return None, None


# how far from a yearless day another report of the story may be published for its year
# to be taken: reports on one story come within days of each other
_STORY_DAYS = 10


def _header_day(m: re.Match[str], story: Sequence[date]) -> str | None:
    """A day header's date: in the year the batch's reports share, else the latest year
    the page names, if that day fell then on the weekday it names; else the latest recent
    year in which it did."""
    month, day = _month_of(m.group("m")), int(m.group("d"))
    weekday = _LEAD_DAY_NAMES[m.group("w").lower()]
    if "y" in m.re.groupindex and m.group("y"):
        # (a year told: the day itself, if its weekday agrees)
        iso = _iso(int(m.group("y")), month, day)
        return iso if iso and date.fromisoformat(iso).weekday() == weekday else None
    # (the batch's days as told with their year bound the day, not today's clock)
    near = sorted(_story_years(story, month, day, up_to_today=False))
    for year in (*near, _latest_year(m.string, (month, day))):
        iso = _iso(year, month, day) if year else None
        if iso and date.fromisoformat(iso).weekday() == weekday:
            return iso
    fits = [d.year for d in recent_days(month, day) if d.weekday() == weekday]
    return _iso(fits[0], month, day) if fits else None


def _story_year(story: Sequence[date], month: int, day: int) -> int | None:
    """The one recent year in which a yearless day falls within days of the days other
    reports of the story were published on; None when none or several fit."""
    years = _story_years(story, month, day)
    return years.pop() if len(years) == 1 else None


def _story_years(story: Sequence[date], month: int, day: int, up_to_today: bool = True
                 ) -> set[int]:
    """The years in which a yearless day falls within days of the story's days: recent
    ones, none after today, unless `up_to_today` is off (a page dated by the batch)."""
    if up_to_today:
        days = list(recent_days(month, day))
    else:
        days = [date.fromisoformat(iso) for y in {o.year + k for o in story for k in (-1, 0, 1)}
                if (iso := _iso(y, month, day))]
    return {when.year for when in days
            if any(abs((when - other).days) <= _STORY_DAYS for other in story)}


_MONTH_STEMS = ("январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август",
                "сентябр", "октябр", "ноябр", "декабр")
# a past event dated in full: «произошедшая 25 декабря 2024 года», «в декабре 2024 года
# погибли»; a past form next to it says the date lies before the article
# (reflexive too: «проверка завершилась в декабре 2025 года»)
_PAST = r"\w+(?:ла|ло|ли|лась|лось|лись|вш\w{2,3}|шедш\w{2,3})"
_PAST_DATE = re.compile(
    rf"(?:\b{_PAST}[ \t]+(?:\w+[ \t]+)?)?"
    rf"(?:(\d{{1,2}})[ \t]+({_MONTH_RE})|\bв[ \t]+({'|'.join(_MONTH_STEMS)})[а-я]*)"
    # the past form may come a few words on in the same clause: «12 ноября 2025 года в
    # столице был задержан», «... года из-за порыва трубы без тепла остались»
    rf"[ \t]+((?:19|20)\d\d)(?:[ \t]+года)?"
    rf"(,?[ \t]+{_PAST}\b|[ \t]+(?:[^.!?;:,\n]{{0,50}}?[ \t])?(?:был[аои]?|{_PAST})\b)?", re.I)

# «В 2025 году стороны закрыли», «в 2024 году суд приговорил его»: a whole year with a past
# verb in the same clause (a plan, «в 2027 году откроют», has no past form)
_PAST_YEAR = re.compile(rf"(?<![\w-])[Вв][ \t]+((?:19|20)\d\d)[ \t]+году\b(?!,)[^.!?;,]{{0,60}}?"
                        rf"\b{_PAST}\b")

# «по итогам 2025 года компания перевезла...»: a whole year's results are told after it
_YEAR_RESULTS = re.compile(r"(?<![\w-])[Пп]о\s+итогам\s+((?:19|20)\d\d)\s+года\b")

# the weekdays as «в ...» names them, and their numbers
WEEKDAY_NUM = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4,
               "субботу": 5, "воскресенье": 6}
WEEKDAY_WORDS = "|".join(WEEKDAY_NUM)
# the lead of a wire report: its first sentence names the weekday of the dateline's day
_LEAD_CHARS = 400
_LEAD_WEEKDAY = re.compile(rf"(?<![а-яё])во?\s+({WEEKDAY_WORDS})(?![а-яё])", re.I)
_SAID = (r"(?:сообщил\w*|заявил\w*|сказал\w*|рассказал\w*|объявил\w*|отметил\w*|"
         r"сообщает|заявляет|говорится|подтвердил\w*)")
_SAID_NEAR = re.compile(rf"\s+(?:\w+\s+){{0,2}}?{_SAID}", re.I)
_SAID_BEFORE = re.compile(rf"{_SAID}\s+(?:\w+\s+){{0,2}}?$", re.I)
# (or a participle phrase: «вертолет, пропавший в субботу в горах, найден»; or a clause of
# place: «трасса, где в пятницу образовался затор, открыта»)
_RELATIVE = re.compile(rf"\b{RELATIVE_WORDS}\b[^,]*$|,\s*[а-яё]+(?:вш|ш)(?:ий|ая|ее|ие|его|ей|"
                       r"их|ему|им)(?:ся|сь)?\s+$", re.I)
# (or what the day followed: «дома, оставшиеся без воды после прорыва водовода во вторник»)
_AFTER = re.compile(r"\b(?:после|с\s+момента|вслед\s+за)\s+(?:[\w-]+\s+){0,4}$", re.I)
# a site's date line with no year: «15 мар, 18:42», «15 марта, 18:42» (the month may be
# in capitals: «9 НОЯ, 14:27»)
YEARLESS_DATE_LINE = re.compile(
    # (a site's rubric may stand before it: «Общество, 12 ноя, 14:52», «РБК  Общество  30
    # июл, 21:15»)
    rf"(?m)^[ \t]*(?:[^\W\d][^\d\n,.:;!?]{{0,40}}?,?[ \t]+)?(\d{{1,2}})[ \t]+"
    rf"((?i:{_DATELINE_MONTH})),?[ \t]+{_TIME}[ \t]*$")
# a channel's day header over its posts, a day and its weekday alone on a line («5 декабря,
# суббота», then «09:12» and a post); the page is dated by its latest day
# (the weekdays as «в ...» names them, and the nominatives that differ)
_DAY_NAMES = {**WEEKDAY_NUM, "среда": 2, "пятница": 4, "суббота": 5}
# (a digest's lead may name the day in the genitive: «Итоги пятницы, 27 ноября 2026»)
_LEAD_DAY_NAMES = {**_DAY_NAMES, "понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3,
                   "пятницы": 4, "субботы": 5, "воскресенья": 6}
_DAY_HEADER = re.compile(rf"(?m)^[ \t]*(?P<d>\d{{1,2}})[ \t]+(?P<m>(?i:{_DATELINE_MONTH})),?[ \t]+"
                         rf"(?P<w>(?i:{'|'.join(_DAY_NAMES)}))[ \t]*$")
# ... or its weekday first, after a digest's words: «Главное за субботу, 28 ноября», «Все
# посты за субботу, 28 ноября 2026» (a pin or a mark before them: «📌 Главное за пятницу»)
_DAY_HEADER_LEAD = re.compile(
    # (not a sentence's «задержан во вторник, 10 ноября.»: a digest's words end in no «в»)
    rf"(?m)^[ \t]*(?:[^\w\s]{{1,3}}[ \t]*)?(?:[^\W\d][^\d\n,.;!?]{{0,30}}?"
    rf"(?<![ \t]в)(?<![ \t]во)(?<![ \t]В)(?<![ \t]Во)[ \t]+)?"
    rf"(?P<w>(?i:{'|'.join(_LEAD_DAY_NAMES)})),?"
    rf"[ \t]+(?P<d>\d{{1,2}})[ \t]+(?P<m>(?i:{_DATELINE_MONTH}))"
    r"(?:[ \t]+(?P<y>(?:19|20)\d\d)(?:[ \t]*г\.|[ \t]+года?)?)?"
    # (the digest's topic after a dash, a colon or a stop, or a mark: «— пожар на рынке»,
    # «: сброс на ЗИФ», «. Главное за день», «📌»)
    r"(?:[ \t]*[—–:.][^\n]*|[ \t]*[^\w\s]{1,3})?[ \t]*$")
# «в воскресенье, 15 марта»: a day named with its weekday
_WEEKDAY_DAY = re.compile(
    rf"(?<![а-яё])во?\s+({WEEKDAY_WORDS}),?\s+(\d{{1,2}})\s+({_MONTH_RE})", re.I)
# how far back a dateline's year is looked for: wire reports are read while recent
_WEEKDAY_YEARS = 8


def _today() -> date:
    """Today's date (a function so tests can fix the clock)."""
    return date.today()


def recent_days(month: int, day: int) -> Iterator[date]:
    """That day of that month in each recent year, latest first, none after today (how far
    back a yearless date is looked for: reports are read while recent)."""
    today = _today()
    for year in range(today.year, today.year - _WEEKDAY_YEARS, -1):
        try:
            when = date(year, month, day)
        except ValueError:
            continue  # 29 February
        if when <= today:
            yield when


def _weekday_years(lead: str, month: int, day: int) -> list[int]:
    """The years of «МОСКВА, 16 ноября. ... сообщил в понедельник»: those, latest first,
    not after today and recent, in which the dateline's day fell on the weekday its lead
    names."""
    # the weekday of the first sentence is the day of the dateline in wire style; the clock
    # is only an upper bound, never the date itself; a lead naming two weekdays is no clue
    sentences = re.split(r"(?<=[.!?])\s+(?=[А-ЯЁA-Z«\"])", lead.strip(), maxsplit=2)
    # the day told of as the day of the words («Об этом в среду сообщил губернатор») is the
    # dateline's, in the first two sentences; else the first sentence's weekday, unless it
    # dates an earlier event in a relative clause («пожар, который в понедельник вошел в
    # села»)
    head = " ".join(sentences[:2])
    spoken = {m.group(1).lower() for m in _LEAD_WEEKDAY.finditer(head)
              if _SAID_NEAR.match(head, m.end()) or
              _SAID_BEFORE.search(head[max(0, m.start() - 30) : m.start()])}
    days = spoken or {m.group(1).lower() for m in _LEAD_WEEKDAY.finditer(sentences[0])
                      if not _RELATIVE.search(sentences[0][max(0, m.start() - 60) : m.start()])
                      and not _AFTER.search(sentences[0][max(0, m.start() - 60) : m.start()])}
    if len(days) != 1:
        return []
    want = WEEKDAY_NUM[days.pop()]
    return [when.year for when in recent_days(month, day) if when.weekday() == want]


def _named_weekday_years(text: str, month: int, day: int, spread: int = 0) -> list[int]:
    """The years, latest first and not after today, that fit a yearless day whose text
    names a day at most `spread` days from it with its weekday («в понедельник, 16
    ноября» under «17 ноября»): a calendar fact, so no guess."""
    named = {(w.lower(), int(d), MONTHS_GEN[mon.lower()])
             for w, d, mon in _WEEKDAY_DAY.findall(text) if mon.lower() in MONTHS_GEN}
    years = []
    for when in recent_days(month, day):
        fits = []
        for w, d, mon in named:
            try:
                told = date(when.year, mon, d)
            except ValueError:
                continue
            if abs((told - when).days) <= spread:
                fits.append(told.weekday() == WEEKDAY_NUM[w])
        # every weekday named near the day must fall right in that year
        if fits and all(fits):
            years.append(when.year)
    return years


def _named_weekday_year(text: str, month: int, day: int) -> int | None:
    """The year of a yearless date line whose day the text names with its weekday («в
    воскресенье, 15 марта»): the latest year, not after today, with that weekday."""
    years = _named_weekday_years(text, month, day)
    return years[0] if years else None


def _future_before(text: str, at: int) -> bool:
    """Whether a verb in the future tense stands among the few words before `at` in its
    sentence."""
    from factdb.extract.nlp import only_future

    head = re.split(r"[.!?;]", text[max(0, at - 60) : at])[-1]
    return any(only_future(w) for w in re.findall(r"[а-яё]+", head.lower())[-4:])


def _latest_year(text: str, dateline: tuple[int, int] | None = None) -> int | None:
    """The year of a dateline without one: the latest year the article names."""
    # «МОСКВА, 9 октября.» is read in the latest year the article names; with none, the
    # year is unknown and no date is made up; a year something is planned for
    # («к 2030 году», «до 2027 года») is no clue
    # nor a year after today (a report is read after it is written); one a future verb looks
    # to («дольщики получат ключи в 2027 году») counts only when the article names no other
    # nor the start of what still goes on («эксплуатируется с 2019 года»)
    # nor a decade («березы, высаженные в 1960-х годах»), nor a year long before the
    # reports a dateline is read in (recent_days)
    named = [m for m in re.finditer(
        r"(?<![\d.,])(?<!к )(?<!до )(?<!на )(?<![^а-яё]с )((?:19|20)\d\d)(?!\d)"
        r"(?![-‑–]?(?:х|е|ые|ых)\b)",
        text) if _today().year - _WEEKDAY_YEARS < int(m.group(1)) <= _today().year]
    years = [int(m.group(1)) for m in named if not _future_before(text, m.start())] or \
        [int(m.group(1)) for m in named]
    if not years:
        return None
    latest = max(years)
    # a past event of that year later in the calendar than the dateline («произошедшая
    # 25 декабря 2024 года» under «9 октября») puts the article in the next year
    for m in _PAST_DATE.finditer(text):
        past = m.group(5) or re.match(rf"(?i){_PAST}\b", m.group(0))
        if dateline is None or int(m.group(4)) != latest or not past:
            continue
        if m.group(2):
            when = (MONTHS_GEN[m.group(2).lower()], int(m.group(1)))
        else:
            stem = m.group(3).lower()
            month = next(n for n, st in enumerate(_MONTH_STEMS, 1) if re.fullmatch(st, stem))
            when = (month, 32)
        if when > dateline:
            return latest + 1
    # a past act dated by the whole year («В 2025 году стороны закрыли консульства») tells
    # of a year that is over: in that year itself it would be «в этом году»; the clock
    # bounds it, and every mention of the year must be such a past one («уже» is not)
    past_years = [m for m in [*_PAST_YEAR.finditer(text), *_YEAR_RESULTS.finditer(text)]
                  if int(m.group(1)) == latest and not re.search(r"\bуже\b", m.group(0))]
    if dateline is not None and past_years and len(past_years) == years.count(latest) \
            and latest < _today().year:
        return latest + 1
    return latest


def _strip_quotes(name: str) -> str:
    return name.strip().strip("\"«»„“”").strip()


def find_outlet(text: str) -> str | None:
    """The outlet an article names as itself, in the nominative: the name its
    self-references weigh most for (see SELF_NAMING), with a dateline's agency tag
    counting as strong evidence."""
    from factdb.extract.grammars import KNOWN_OUTLETS

    votes: dict[str, int] = {}
    first: dict[str, int] = {}
    for pat, weight in SELF_NAMING:
        for m in pat.finditer(text):
            raw = next((g for g in m.groups() if g), "")
            name = _outlet_name(raw, KNOWN_OUTLETS, quoted=bool(m.group(1)))
            if name:
                votes[name] = votes.get(name, 0) + weight
                first.setdefault(name, m.start())
    for name, weight in ((dateline_agency(text), 4), (_copyright_name(text), 5),
                         (_header_name(text, KNOWN_OUTLETS), 4)):
        if name:
            votes[name] = votes.get(name, 0) + weight
            first.setdefault(name, 0)
    if not votes:
        return None
    return max(votes, key=lambda n: (votes[n], -first[n]))


# «© СеверИнфо, 2026», «© 2026 Север-Инфо»: a copyright line with a year names the owner
# as written, quoted or not (a photo credit «© Иван Петров» has no year)
_COPYRIGHT = re.compile(
    r"(?m)^[ \t]*(?:©|\([cс]\))[ \t]*(?:(?:19|20)\d\d(?:[-–]\d{4})?[ \t]+)?"
    r"([A-ZА-ЯЁ][\w.-]*(?:[ \t]+[A-ZА-ЯЁ][\w.-]*){0,2})(?=,?[ \t]*(?:(?:19|20)\d\d|$))")
_COPYRIGHT_YEAR = re.compile(r"(?:19|20)\d\d")
# a breadcrumb header «Север-Инфо / Новости / Общество», «Радио Город | Новости»
_CRUMB_SEP = re.compile(r"[ \t]+(?:/|\||›|»|>|→)[ \t]+")
# section words that head a breadcrumb of sections, not the site's own name
_SECTION_WORDS = frozenset("""главная главное новости лента рубрика раздел разделы home news
    происшествия политика общество экономика регионы россия мир спорт культура статьи""".split())


# words naming a kind of outlet: «Русская служба», «Радио Город», «Вечерние вести»
_OUTLET_WORDS = frozenset("""служба радио газета новости онлайн тв вести известия ньюс инфо
    медиа агентство портал канал издание обзор вестник курьер монитор правда ведомости
    телеграф экспресс times news daily post press media online tv radio""".split())


def _copyright_name(text: str) -> str | None:
    """The owner a copyright line with a year names («© Север-Инфо, 2026. ...»)."""
    for m in _COPYRIGHT.finditer(text):
        line = text[m.start(): text.find("\n", m.start()) if "\n" in text[m.start():] else None]
        if _COPYRIGHT_YEAR.search(line):
            return m.group(1).rstrip(".")
    return None


def _looks_like_outlet(name: str) -> bool:
    """A site's name as a header writes it: a domain, Latin letters, a hyphen, a digit, an
    inner capital («Север-Инфо», «Report.az», «ГородNews», «Радио Город»), not a section word."""
    words = name.split()
    if not words or len(words) > 3 or words[0].lower() in _SECTION_WORDS:
        return False
    if re.search(r"[A-Za-z0-9-]|\w[A-ZА-ЯЁ]", name):
        return True
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _masthead(first: str, second: str) -> bool:
    """The site's name alone on the first line, over a breadcrumb or a date line («Город
    Онлайн» / «Главное / Происшествия»; «Русская служба» / «17 апреля 2026»)."""
    name = _strip_quotes(first)
    words = name.split()
    if not 1 <= len(words) <= 3 or not name[:1].isupper() or re.search(r"[,:;!?«»]|\.\s", name):
        return False
    if words[0].lower() in _SECTION_WORDS:
        return False
    if len(_CRUMB_SEP.split(second)) >= 2 and ":" not in second:
        return True
    # over a date line a short title may stand too («Взрыв газа»): only a name that looks
    # like a site's or says what kind of outlet it is
    return bool(DATE_LINE.fullmatch(second)) and (
        _looks_like_outlet(name) and len(words) == 1
        or any(w.lower().rstrip(".") in _OUTLET_WORDS for w in words))


def _header_name(text: str, known: dict[str, str]) -> str | None:
    """The outlet a header line names: the head of a breadcrumb («Север-Инфо / Новости /
    Общество») or a byline line that is only a known outlet's name («Би-би-си» under the
    author's name)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:HEAD_LINES]
    if len(lines) >= 2 and _masthead(lines[0], lines[1]):
        return known.get(_strip_quotes(lines[0]).lower(), _strip_quotes(lines[0]))
    for k, line in enumerate(lines):
        prev = lines[k - 1] if k else None
        parts = _CRUMB_SEP.split(line)
        if ":" in line:
            continue  # «Фото: Иван Петров / ТАСС», «Рубрика: Общество / Экономика» are no header
        if len(parts) >= 2 and all(0 < len(p) <= 40 and not re.search(r"[.!?:;,]\s", p + " ")
                                   for p in parts[1:]):
            head = parts[0].strip()
            if head.lower() in known:
                return known[head.lower()]
            if _looks_like_outlet(head):
                return head
            continue
        bare = _strip_quotes(line)
        if bare.lower() in known and bare.lower() not in ("сми", "telegram", "телеграм"):
            return known[bare.lower()]
        # the line under «Автор: ...» in a byline block is the outlet's name
        if prev is not None and re.match(r"(?i)автор\w*\s*:", prev) and _looks_like_outlet(bare) \
                and not re.search(r"[.!?,:]", bare):
            return bare
    return None


def _outlet_name(raw: str, known: dict[str, str], quoted: bool) -> str | None:
    raw = _strip_quotes(raw)
    if raw in _OUTLET_SIGNS:
        return _OUTLET_SIGNS[raw]
    nominative = normalize_outlet_name(raw) if quoted else raw
    if nominative.lower() == raw.lower():
        nominative = raw  # «ВолгаНьюс» keeps its capitals
    for form in (raw, nominative):
        if form.lower() in known:
            return known[form.lower()]
    # an unquoted capitalised word counts only when it is a known outlet («РБК», «НТВ»)
    return nominative if quoted else None


# The agency tag of a dateline: «/ТАСС/», «– РИА Новости.», «INTERFAX.RU -»
_AGENCY_TAG = re.compile(r"/([^/\n]{2,30})/|[–—-][ \t]*([^.\n]{2,30})\.\s*$|"
                         r"\.[ \t]+([A-ZА-ЯЁ][\w.]*)[ \t]*[-–—]")


def dateline_agency(text: str) -> str | None:
    """The news agency a dateline names as the article's source («МОСКВА, 9 октября.
    /ТАСС/.» -> ТАСС), in its usual written form when it is a known outlet."""
    from factdb.extract.grammars import KNOWN_OUTLETS

    for m in [m for pat in _DATELINES for m in pat.finditer(text)]:
        if not _dateline_ok(text, m):
            continue
        if m.re is DATELINE_TITLE:
            name = m.group(4)
        else:
            tag = _AGENCY_TAG.search(m.group(0))
            if not tag:
                continue
            name = next(g for g in tag.groups() if g).strip()
        key = name.lower().removesuffix(".ru").strip()
        return KNOWN_OUTLETS.get(key, name)
    return None


def normalize_outlet_name(name: str) -> str:
    """«Кавказского узла» -> «Кавказский узел», «Вестника Кавказа» -> «Вестник Кавказа»:
    the head noun phrase goes to the nominative, a genitive modifier after it stays."""
    from factdb.extract import nlp

    return nlp.phrase_nominative(name.strip())


def find_title(paras: list[Paragraph]) -> str | None:
    """The first line that is not boilerplate; a long lead line gives its first sentence."""
    for p in paras:
        line = " ".join(p.text.split())
        if not line:
            continue
        if len(line) > 200:
            m = re.match(r"(.{20,200}?[.!?])\s+[A-ZА-ЯЁ«\"]", line)
            if m:
                return m.group(1)
        return line
    return None


def read_meta(text: str, story: Sequence[date] = ()) -> Meta:
    """Publication date, outlet, title and boilerplate of one article (`story`: see
    find_published)."""
    boiler = find_boilerplate(text)
    published, published_time = find_published_at(text, story)
    return Meta(
        title=find_title(paragraphs(text, boiler)),
        published=published,
        published_time=published_time,
        outlet=find_outlet(text),
        boilerplate=tuple(boiler),
    )


def paragraphs(text: str, boilerplate: list[tuple[int, int]] | tuple[tuple[int, int], ...]
               ) -> list[Paragraph]:
    """The article's non-empty lines, boilerplate blanked, non-breaking spaces made plain."""
    chars = list(text.replace("\xa0", " ").replace("\u202f", " "))
    for a, b in boilerplate:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    clean = "".join(chars)
    out = []
    pos = 0
    for line in clean.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip():
            out.append(Paragraph(start, end, line))
    return out
