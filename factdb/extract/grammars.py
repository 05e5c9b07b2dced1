"""Vocabularies and patterns of Russian (and a little English) news attribution.

Plain lexicons of lemmas and compiled regular expressions; the dependency-tree logic
that uses them lives in attribution.py. Lemmas are natasha's (lower case, with ё).
"""

from __future__ import annotations

import re

# Verbs (and short adjectives) that introduce someone's words or view. A subject of
# one of these is a speaker; a clause they govern is what was said.
SPEECH_LEMMAS = frozenset(
    """
    заявить заявлять сообщить сообщать сказать говорить подчеркнуть подчеркивать
    отметить отмечать напомнить напоминать добавить добавлять заверить заверять
    уточнить уточнять рассказать рассказывать указать указывать заключить заключать
    признать признавать пояснить пояснять объяснить объяснять считать полагать
    назвать называть призвать призывать обвинить обвинять потребовать требовать
    попросить просить
    предложить предлагать выразить выражать акцентировать подтвердить подтверждать
    опровергнуть опровергать ответить отвечать констатировать предупредить
    предупреждать пообещать обещать утверждать настаивать допустить допускать
    прокомментировать комментировать заметить замечать высказаться высказываться
    резюмировать посетовать сетовать пожаловаться жаловаться возразить возражать
    написать писать передать передавать информировать объявить объявлять
    пригрозить грозить исключить озвучить отрицать поделиться сообщить доложить
    докладывать
    прогнозировать предположить предполагать думать рассчитывать надеяться
    оценить уверить убедить уверенный убежденный анонсировать охарактеризовать
    подытожить добавлять признаться указать обратить цитировать приводить
    ожидать прогнозировать опасаться отвергнуть отвергать осудить осуждать
    приветствовать раскритиковать критиковать вспомнить вспоминать продолжить
    настоять ограничиться ограничиваться описывать описать повторить повторять
    поблагодарить благодарить
    """.split()
)

# Verbs of feeling that introduce direct speech only right after it and a dash
# («— ..., — возмущается отец», «— ..., — вздыхает она»).
MANNER_SPEECH_LEMMAS = frozenset(
    """возмущаться возмутиться вздыхать вздохнуть сокрушаться негодовать недоумевать
    удивляться удивиться смеяться усмехнуться усмехаться улыбаться горячиться волноваться
    переживать продолжать уверять""".split()) - SPEECH_LEMMAS

# Verbs of going on or starting that hand their subject to a speech infinitive
# («продолжает настаивать», «стал утверждать»); «перестал говорить» is no speech.
PHASAL_LEMMAS = frozenset({"продолжать", "продолжить", "начать", "начинать", "стать"})

# Verbs whose subject is a channel rather than the author (the author is in the object:
# «приводит слова Пескова РИА Новости», «цитирует его ТАСС»).
RELAY_LEMMAS = frozenset({"приводить", "привести", "цитировать", "процитировать"})

# Verbs whose present tense usually has a medium as subject («пишет "Коммерсант"»).
MEDIA_VERB_LEMMAS = frozenset({"писать", "сообщать", "передавать", "информировать"})

# Speech verbs that only count with a particular object («обратил внимание», «сделал
# заявление»), mapped to the accepted object lemmas.
NEEDS_OBJECT = {
    "обратить": {"внимание"},
    "приводить": {"слово", "цитата", "данные", "высказывание", "который"},
    "оценить": {"ситуация", "перспектива", "вероятность", "шанс", "риск"},
    "передать": {"слово"},
    "передавать": set(),  # relay verb only when the subject is a medium
    "рассчитывать": set(),
    "надеяться": set(),
    "думать": set(),
    "ожидать": set(),
    "опасаться": set(),
    # «все они описывают другую картину», not «описал маршрут»
    "описывать": {"картина", "ситуация", "происходящее", "событие", "произошедшее"},
    "описать": {"картина", "ситуация", "происходящее", "событие", "произошедшее"},
    # «ограничился общим заявлением: "..."», not «ограничился штрафом»
    "ограничиться": {"заявление", "комментарий", "ответ", "слово", "фраза", "замечание"},
    "ограничиваться": {"заявление", "комментарий", "ответ", "слово", "фраза", "замечание"},
}

# Speech verbs that mean an act when they take a plain object and no clause
# («заключил соглашение» vs «заключил, что ...»).
# «повторила на брифинге», «повторил, что ...» are words; «повторил попытку», «повторил
# рекорд» an act: with an object, only these nouns name words repeated.
REPEAT_LEMMAS = frozenset({"повторить", "повторять"})
REPEATED_WORDS = frozenset({"слово", "заявление", "тезис", "позиция", "призыв", "требование",
                            "вопрос", "обвинение", "версия", "угроза", "фраза", "мысль"})
OBJECT_NOT_SPEECH = frozenset({"заключить", "заключать", "продолжить", "вспомнить",
                               "вспоминать"})
# Subordinators of a clause that is not a report of words said («если он заявит»).
HYPOTHETICAL_MARKS = frozenset({"если", "ежели", "коли", "чтобы"})

# Verbs whose passive subject is in custody or charged: not the next quote's speaker
# («Накануне был задержан X. «...», — сказал он» is whoever spoke before).
CUSTODY_LEMMAS = frozenset(
    """задержать задерживать арестовать арестовывать обвинить обвинять осудить осуждать
    приговорить отправить поместить заключить уволить отстранить допросить допрашивать
    подозревать объявить этапировать экстрадировать выдворить депортировать""".split()
)

# Procedural acts of investigators, police and courts («СК возбудил дело», «суд арестовал»):
# a narrated act of such a body is news the body itself made public, so the body is the
# source when nobody else is named for the sentence.
OFFICIAL_ACT_LEMMAS = frozenset(
    """возбудить возбуждать задержать задерживать арестовать арестовывать предъявить
    продлить избрать заключить отправить поместить изъять допросить объявить
    направить приговорить осудить оштрафовать""".split()
)
# Acts a public body makes public itself: a count or an estimate it gives («минздрав
# насчитал 13 пострадавших», «полиция оценила ущерб»), a measure it takes or orders
# («МЧС эвакуировало 52 человека», «МИД вызвал посла», «Роспотребнадзор рекомендовал
# жителям ...»), a case it opens. Told with no other source, the body is the source.
BODY_ACT_LEMMAS = frozenset(
    """завести заводить квалифицировать насчитать насчитывать оценить оценивать
    эвакуировать вызвать вручить рекомендовать порекомендовать поручить распорядиться
    ввести вводить связать связывать запретить отменить перенести начать организовать
    приостановить ограничить закрыть открыть выплатить выделить""".split()
)
# Acts of an official in office that are news he makes himself («губернатор поручил
# выплатить ...», «глава региона взял ситуацию под личный контроль», «уволил министра»)
ORDER_LEMMAS = frozenset(
    """поручить распорядиться взять уволить освободить назначить подписать ввести
    пообещать выделить""".split()
)
# Who performs such acts: bodies of investigation, prosecution, police and courts, and the
# people of those bodies named as a group («следователи», «полицейские»).
OFFICIAL_ACTORS = re.compile(
    r"(?i)^(?:ск|скр|мвд|фсб|гувд|гу мвд|умвд|овд|фсин|прокуратур|генпрокуратур|"
    r"следствен|следовател|следстви|полици|полицейск|"
    r"(?:[а-яё-]+ ){0,2}суд\b|управлени[ея] (?:ск|мвд|фсб)|прокурор)")

# Bodies of the state by the words of their names, whose own acts are their news besides
# those of OFFICIAL_ACTORS: ministries, agencies, rescuers, a region's or a town's government
# (not companies, plants or unions)
PUBLIC_BODY = re.compile(
    r"(?i)(?:^|\s)(?:мин[а-яё]*|мид\b|министерств|ведомств|правительств|администраци|мэри|"
    r"кремл|мчс|мвд|фсб|ск\b|скр\b|следствен|прокуратур|генпрокуратур|прокурор|следовател|"
    r"полици|суд\b|рос[а-яё]*(?:надзор|гвардия|рыболовство|автодор|морречфлот|авиаци)|"
    r"госдум|дума|посольств|консульств|губернатор|департамент|управлени|комитет|инспекци|"
    r"служб)")

# Negated speech verbs are not speech («не сообщила»), except these («не исключил»).
NEGATION_KEEPS = frozenset({"исключить", "исключать", "скрывать", "сомневаться"})

# «по словам X», «по мнению X», «по данным X»: the noun lemma after «по».
ACCORDING_NOUNS = frozenset(
    {"слово", "мнение", "данные", "информация", "оценка", "утверждение", "сведение",
     "версия", "заявление", "подсчет", "прогноз", "словам"}
)

# Nouns of a relation to someone («знакомый Картавых», «сосед Петрова»): a lone surname
# after them, whatever case the tagger gives an indeclinable one, is whose relation it is.
RELATION_NOUNS = frozenset(
    """знакомый знакомая друг подруга приятель приятельница сосед соседка родственник
    родственница сослуживец однокурсник одноклассник сокамерник коллега""".split()
)

# What «согласно X» cites when X is a finding with an author: «согласно заключению
# экспертизы», «согласно данным Росстата» (not «согласно закону», «согласно плану»).
DOCUMENT_SOURCE_NOUNS = frozenset(
    """заключение данные информация сведение отчет доклад результат вывод протокол
    акт оценка подсчет""".split()
)

# Documents a finding «follows from» («как следует из решения суда»): the author speaks.
# «материалы дела» are not here: the case file has no author of its own.
FOLLOWS_FROM_NOUNS = frozenset(
    """решение постановление приговор определение документ заявление ответ письмо
    справка сообщение материал""".split()
)

# Documents and pages in «говорится в сообщении X», «на сайте X».
DOC_NOUNS = frozenset(
    {"сообщение", "заявление", "документ", "релиз", "пресс-релиз", "справка", "доклад",
     "материал", "публикация", "письмо", "обращение", "ответ", "комментарий", "статья",
     "отчет", "постановление", "решение", "приговор", "записка", "telegram-канал",
     "канал", "сайт", "страница", "аккаунт", "блог", "заметка", "пост", "бюллетень",
     "меморандум", "резолюция", "нота", "протокол", "исследование", "обзор"}
)
# Pages: the words come *through* them, so they are a via, not a speaker.
PAGE_NOUNS = frozenset({"сайт", "страница", "аккаунт", "telegram-канал", "канал", "блог"})

# Papers one files by writing them: «написал заявление/жалобу» is an act, not words said.
FILED_PAPERS = frozenset({"заявление", "жалоба", "рапорт", "расписка", "явка", "донос",
                          "ходатайство", "объяснительная", "завещание", "доверенность"})

# Nouns counting a share of a group («ряд СМИ», «часть экспертов»): the group speaks.
SHARE_NOUNS = frozenset({"ряд", "часть", "большинство", "множество", "меньшинство"})

# Plural or collective subjects that speak as a group.
GROUP_NOUNS = frozenset(
    """
    эксперт аналитик сми журналист источник власть сторона политолог депутат
    правозащитник очевидец житель родственник адвокат следователь силовик
    специалист ученый экономист чиновник дипломат представитель участник
    организатор военный пограничник спасатель медик врач синоптик социолог
    исследователь наблюдатель критик сторонник противник оппозиция activists
    защита обвинение следствие команда семья группа
    """.split()
)
# Collective nouns that speak as a group in the singular («по словам защиты», «по версии
# следствия», «сторона», «власть»).
COLLECTIVE_SPEAKERS = frozenset({"сми", "сторона", "власть", "оппозиция", "защита",
                                 "обвинение", "следствие", "команда", "семья", "группа"})

# Bodies named by a common noun: a speaker of their own.
BODY_NOUNS = frozenset(
    """
    министерство ведомство пресс-служба служба правительство администрация
    посольство суд прокуратура полиция комитет комиссия совет мэрия кремль
    минтранс минобороны минфин мид минздрав минюст генпрокуратура агентство
    департамент управление штаб центр компания банк фонд партия парламент
    госдума дума сенат кабинет аппарат офис миссия представительство кабмин
    минэкономразвития минпромторг минприроды минсельхоз минэнерго минцифры мвд мчс фсб
    следствие следком ск генштаб росавиация роскомнадзор ростех росатом газпром
    авиакомпания перевозчик авиаперевозчик завод предприятие холдинг застройщик
    профсоюз профком концерн корпорация комбинат фабрика девелопер главк горуправление
    погранохрана погранслужба погрануправление охрана руководство дирекция
    минтруд минобрнауки минпросвещения минстрой минкультуры минспорт минсоцразвития
    минвостокразвития минобразования роспотребнадзор росприроднадзор ростехнадзор
    рособрнадзор росздравнадзор росгвардия росрыболовство росморречфлот росавтодор
    филиал отделение институт
    """.split()
)

# The words that open a relative clause («дом, где ...», «в день, когда ...», «который»):
# a day, a count or an update told inside one is the clause's, not its sentence's (read
# by clean's dateline, onset's event day and finder's updates)
RELATIVE_WORDS = r"(?:котор\w*|когда|где)"

# Organisations named by a common noun and then by name: «авиакомпания «Полет»»,
# «завода тяжелого машиностроения «Урал»». Stems of the noun -> its family: a later bare
# «в перевозчике», «в компании» stands for the one name the article gave that family.
ORG_NOUN_FAMILY = {
    "авиакомпани": "carrier", "авиаперевозчик": "carrier", "перевозчик": "carrier",
    "компани": "company", "холдинг": "company", "концерн": "company", "корпораци": "company",
    "застройщик": "company", "девелопер": "company", "банк": "bank",
    "завод": "plant", "предприяти": "plant", "комбинат": "plant", "фабрик": "plant",
    "профсоюз": "union", "профком": "union",
    # «правозащитная организация «X»», later «в заявлении организации»
    "организаци": "ngo",
}
# families a bare noun may stand for («компания» may be the airline or the plant)
ORG_NOUN_COVERS = {
    "carrier": frozenset({"carrier"}),
    "company": frozenset({"carrier", "company", "plant", "bank"}),
    "bank": frozenset({"bank"}),
    "plant": frozenset({"plant"}),
    "union": frozenset({"union"}),
    "ngo": frozenset({"ngo", "union"}),
}
ORG_NOUN = re.compile(
    r"\b(" + "|".join(sorted(ORG_NOUN_FAMILY, key=len, reverse=True)) + r")[а-яё]{0,3}\b",
    re.IGNORECASE)
# the noun, up to four lowercase words («шахтного оборудования»), then a quoted name
NAMED_ORG = re.compile(
    r"\b(" + "|".join(sorted(ORG_NOUN_FAMILY, key=len, reverse=True)) + r")[а-яё]{0,3}"
    r"((?:\s+[а-яё-]+){0,4}?)\s+[«\"“]([^«»\"“”]{2,40})[»\"”]", re.IGNORECASE)
# «авиакомпания S7 Airlines», «банк ВТБ»: a Latin name or a capital abbreviation right
# after the noun
NAMED_ORG_BARE = re.compile(
    r"\b(?i:(" + "|".join(sorted(ORG_NOUN_FAMILY, key=len, reverse=True)) + r"))[а-яё]{0,3}"
    r"\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}|[А-ЯЁ]{2,6}(?![а-яёА-ЯЁ\w]))")

# Bodies named by a bare common noun: they stand for the body the article named before.
GENERIC_BODIES = frozenset(
    {"ведомство", "министерство", "управление", "главк", "служба", "пресс-служба",
     "учреждение", "пресс-центр"}
)
GENERIC_BODY_MODIFIERS = frozenset(
    {"это", "данное", "данный", "данная", "надзорное", "надзорный", "надзорная", "региональное",
     "региональный", "региональная", "профильное", "профильный", "профильная", "местное",
     "местный", "местная", "федеральное", "федеральный", "федеральная", "само", "сам", "сама",
     "областное", "областной", "областная", "городское", "городской", "городская"}
)

# Stems of words for bodies the lexicon above does not list («в диппредставительстве»).
BODY_STEMS = re.compile(
    r"(?:представительств|посольств|консульств|министерств|ведомств|служб|управлени|комитет|"
    r"администраци|прокуратур|департамент|инспекци|агентств|корпораци|компани|концерн|"
    r"холдинг|партия|штаб|миссия|правительств|секретариат|канцеляри|мэри|ассоциаци|союз)"
)
# a ministry by its short name, a region's too: «минпромэнерго», «минлесхоз», «минЖКХ»
SHORT_MINISTRY = re.compile(
    r"^мин(?:пром|энерг|стро|здрав|транс|обр|труд|эконом|сельхоз|лес|юст|фин|цифр|природ|"
    r"культ|спорт|соц|регион|имущ|жкх|туризм|молод|нац|инвест|просвещ|тэк|эк|аг|дор)\w*$")

# Media nouns: «издание», «газета» ... name a channel of words.
MEDIA_NOUNS = frozenset(
    {"издание", "газета", "агентство", "телеканал", "сми", "портал", "журнал",
     "радиостанция", "радио", "телеграм-канал", "telegram-канал", "сайт", "таблоид",
     "еженедельник", "канал", "информагентство", "медиа"}
)

# Broadcast media told of by kind («региональному телевидению», «местному радио»).
BROADCAST_NOUNS = frozenset({"телевидение", "радиостанция", "телеканал", "газета", "радио"})

# Verbs of telling someone something: «заявил "X", что ...» names who was told.
TELL_LEMMAS = frozenset(
    """заявить заявлять сказать рассказать рассказывать сообщить сообщать пояснить
    пояснять подтвердить подтверждать уточнить уточнять признаться сообщить""".split())

# People of a newsroom: «корреспондент НТВ», «редакция "Фонтанки"» speak for their outlet.
NEWSROOM_NOUNS = frozenset({"корреспондент", "корреспонденция", "редакция", "репортер",
                            "спецкор", "собкор"})

# Outlets known by name (lower case, quotes stripped) -> their usual written form.
KNOWN_OUTLETS = {
    "тасс": "ТАСС", "риа новости": "РИА Новости", "риа": "РИА Новости",
    "интерфакс": "Интерфакс", "рбк": "РБК", "коммерсант": "Коммерсант",
    "коммерсантъ": "Коммерсант", "ъ": "Коммерсант", "the bell": "The Bell", "forbes": "Forbes",
    "би-би-си": "Би-би-си", "bbc news": "BBC", "русская служба би-би-си": "Би-би-си",
    "ведомости": "Ведомости", "известия": "Известия", "вести": "Вести",
    "фонтанка": "Фонтанка", "медуза": "Медуза", "meduza": "Meduza", "сми": "СМИ",
    "российская газета": "Российская газета", "рг": "Российская газета",
    "газета.ru": "Газета.Ru", "лента.ру": "Лента.ру", "lenta.ru": "Lenta.ru",
    "новая газета": "Новая газета", "кавказский узел": "Кавказский узел",
    "вестник кавказа": "Вестник Кавказа", "baza": "Baza", "shot": "Shot",
    "mash": "Mash", "reuters": "Reuters", "bloomberg": "Bloomberg", "bbc": "BBC",
    "cnn": "CNN", "ap": "AP", "afp": "AFP", "associated press": "Associated Press",
    "the new york times": "The New York Times", "new york times": "The New York Times",
    "financial times": "Financial Times", "the guardian": "The Guardian",
    "the washington post": "The Washington Post", "washington post": "The Washington Post",
    "wall street journal": "The Wall Street Journal", "axios": "Axios",
    "politico": "Politico", "apa": "APA", "trend": "Trend", "report": "Report",
    "sputnik": "Sputnik", "1news": "1News", "news.az": "News.az", "regnum": "Regnum",
    "регнум": "Regnum", "прайм": "Прайм", "эхо": "Эхо", "дождь": "Дождь",
    "звезда": "Звезда", "рен тв": "РЕН ТВ", "нтв": "НТВ", "первый канал": "Первый канал",
    "россия 24": "Россия 24", "life": "Life", "mk": "МК", "мк": "МК",
    "московский комсомолец": "Московский комсомолец",
    "комсомольская правда": "Комсомольская правда",
    "кп": "Комсомольская правда", "аиф": "АиФ", "евроньюс": "Euronews",
    "euronews": "Euronews", "deutsche welle": "Deutsche Welle", "dw": "DW",
    "радио свобода": "Радио Свобода", "телеграм": "Telegram", "telegram": "Telegram",
}

# Platforms an author writes on himself: what he writes next goes there too.
PLATFORMS = frozenset({"Telegram", "VK", "ВКонтакте", "X", "Twitter", "Facebook", "YouTube",
                       "Instagram", "Дзен"})

# Role nouns that may describe whoever has just spoken («отметил политолог»).
ROLE_DESCRIPTORS = frozenset(
    """политолог эксперт аналитик дипломат спикер политик чиновник специалист экономист
    ученый представитель собеседник юрист""".split()
)
# A general noun for a person and the particular roles it may name again: «полузащитник
# «Зенита» X ...», then «— написал футболист»; «посол Франции X», then «— сказал дипломат».
_PLAYER_ROLES = frozenset(
    """полузащитник нападающий вратарь голкипер защитник форвард хавбек капитан
    легионер""".split())
ROLE_KINDS = {
    "футболист": _PLAYER_ROLES | {"игрок"},
    "хоккеист": _PLAYER_ROLES | {"игрок"},
    "игрок": _PLAYER_ROLES | frozenset(
        "футболист хоккеист баскетболист волейболист теннисист шахматист".split()),
    "спортсмен": _PLAYER_ROLES | frozenset(
        """игрок футболист хоккеист баскетболист волейболист теннисист шахматист боксер
        борец пловец лыжник биатлонист фигурист гимнаст легкоатлет бегун велогонщик
        гонщик чемпион""".split()),
    "дипломат": frozenset({"посол", "консул", "генконсул", "постпред", "посланник", "атташе"}),
    "врач": frozenset({"главврач", "хирург", "терапевт", "педиатр", "реаниматолог", "онколог",
                       "кардиолог", "невролог", "анестезиолог", "инфекционист"}),
    "медик": frozenset({"врач", "главврач", "фельдшер", "медсестра", "хирург", "реаниматолог"}),
    "военный": frozenset({"генерал", "полковник", "подполковник", "майор", "лейтенант",
                          "сержант", "командир", "командующий"}),
    "наставник": frozenset({"тренер"}),
}
# Titles of leaders; a generic one («глава», «лидер») can stand for any of them.
LEADER_ROLES = frozenset(
    """президент лидер глава руководитель премьер премьер-министр министр губернатор мэр
    председатель директор начальник командующий генсек канцлер шеф замминистра заместитель
    вице-премьер вице-президент""".split()
)
# Professions that exclude each other: «сказал адвокат» is not the prosecutor just heard.
PROFESSIONS = frozenset(
    """адвокат защитник прокурор судья следователь врач депутат сенатор губернатор мэр министр
    полицейский дипломат посол журналист политолог экономист""".split()
)
# A profession a role phrase implies by the body it names: the head of a Duma committee
# is a deputy, a member of the Federation Council a senator.
PROFESSION_BODIES = {
    "депутат": frozenset({"госдума", "дума", "парламент", "заксобрание", "законодательный",
                          "рада", "меджлис", "мажилис", "жогорку", "бундестаг", "кнессет"}),
    "сенатор": frozenset({"совфед", "сенат", "совет"}),
    "парламентарий": frozenset({"госдума", "дума", "парламент", "заксобрание", "совфед",
                                "законодательный", "рада", "сенат"}),
}
# The government as a whole: any of its officials speaks for it.
GOVERNMENT_WORDS = frozenset({"правительство", "кабмин", "кремль", "власть", "администрация",
                              "кабинет", "руководство"})
GENERIC_LEADER = frozenset({"глава", "руководитель", "лидер", "шеф"})
# What a generic leader noun stands for, by the word it governs («глава региона»).
GENERIC_LEADER_OF = {
    "губернатор": frozenset({"регион", "область", "край", "республика", "субъект", "губерния"}),
    "мэр": frozenset({"город", "мэрия", "столица"}),
    "министр": frozenset({"ведомство", "министерство"}),
    "президент": frozenset({"государство", "страна"}),
}
SPOKES_ROLES = frozenset({"пресс-секретарь", "представитель", "спикер", "официальный"})
# Role nouns that never stand for a person named elsewhere («сообщил источник»).
ANONYMOUS_ROLES = frozenset(
    """источник собеседник собеседница очевидец свидетель житель пользователь читатель человек
    мужчина женщина один одна некто""".split()
)
# Nouns that name an anonymous source again («источник ... — уточнил собеседник»).
SOURCE_REMENTIONS = frozenset({"источник", "собеседник", "собеседница"})
# «со ссылкой на данные / сообщения / публикации»: what a medium cites that is no speaker
REFERENCE_NOT_SPEAKERS = frozenset(
    {"данные", "информация", "сведения", "сообщение", "публикация", "материал", "документ",
     "заявление", "источник", "собеседник", "собеседница", "слово", "запись", "пост"}
)
# Words for «the body in question» in a role («представитель ведомства»).
VAGUE_BODIES = frozenset({"ведомство", "министерство", "департамент", "учреждение"})
# Who talked to the outlet («собеседник агентства»): right after a body told the outlet,
# the body's voice.
INTERLOCUTOR_NOUNS = frozenset({"собеседник", "собеседница"})
# Plain words for a person that name the one just heard again («— говорит женщина»).
PERSON_REMENTIONS = frozenset({"мужчина", "женщина", "собеседник", "собеседница", "человек"})

# Nationality adjectives -> the country lemma a role phrase names («российский лидер»).
NATIONALITY = {
    "российский": "россия", "азербайджанский": "азербайджан", "американский": "сша",
    "украинский": "украина", "турецкий": "турция", "армянский": "армения",
    "грузинский": "грузия", "казахстанский": "казахстан", "белорусский": "белоруссия",
    "китайский": "китай", "иранский": "иран", "французский": "франция",
    "немецкий": "германия", "германский": "германия", "британский": "великобритания",
    "израильский": "израиль", "таджикский": "таджикистан", "узбекский": "узбекистан",
    "киргизский": "киргизия", "японский": "япония", "индийский": "индия",
    "польский": "польша", "финский": "финляндия", "сирийский": "сирия",
}
COUNTRY_ALIASES = {"рф": "россия", "беларусь": "белоруссия", "соединенный": "сша"}

# Same role, other words: «замминистра» is «заместитель министра».
ROLE_SYNONYMS = {
    "замминистра": "заместитель", "замглавы": "заместитель", "замгендиректора": "заместитель",
    "премьер": "премьер-министр", "защитник": "адвокат", "защитница": "адвокат",
    "адвокатесса": "адвокат", "госсекретарь": "министр",
    "генпрокурор": "прокурор", "градоначальник": "мэр", "градоначальница": "мэр",
}

# Pronouns that refer back to a speaker, by gender/number they force.
PRONOUNS = {
    "он": ("Masc", False), "она": ("Fem", False), "они": (None, True),
    "его": ("Masc", False), "ее": ("Fem", False), "её": ("Fem", False), "их": (None, True),
}

# Sentence openings that hand their cue back to the previous sentence (not «О том, что
# X, рассказал Y»: the sentence tells its own content, X).
BACKWARD = re.compile(
    r"^\s*(?:Об\s+этом|О\s+том(?!,?\s+что)|Такое\s+(?:заявление|мнение)|Такую\s+(?:оценку|позицию)|"
    # «Такие данные озвучила X», «Эти цифры привел X»: the figures just told are X's
    r"(?:Такие|Эти)\s+(?:данные|цифры|сведения)|Такую\s+информацию|"
    r"Так(?:им\s+образом)?\s+(?:он|она|они)?)\b",
    re.I,
)

# Enumerations that continue the previous sentence's reported speech.
CONTINUATION = re.compile(
    r"^\s*(?:Перв(?:ое|ая|ый)|Втор(?:ое|ая|ой)|Треть(?:е|я|ий)|Во-первых|Во-вторых|"
    r"В-третьих|В-четвертых|Кроме\s+того,\s+(?:он|она|они)\b)",
    re.I,
)

# «со ссылкой на X», «(цитата по «X»)», «цитирует X»: a channel named in the text.
QUOTED_NAME = r"[«\"“„]\s*([^«»\"“”„]{1,60}?)\s*[»\"”“]"
VIA_PATTERNS = [
    re.compile(r"цитат\w*\s+по\s+(?P<x>(?:" + QUOTED_NAME + r"|[^,.;()]{2,60}))", re.I),
    # («в том же эфире НТВ»; «в сообщении для ТАСС», «в заявлении для РБК»: the outlet
    # addressed, not a body whose statement it is)
    re.compile(r"\bв\s+(?:том\s+же\s+|тот\s+же\s+|сво[её]м\s+)?(?:(?:интервью|эфире|беседе\s+с|"
               r"разговоре\s+с|комментарии)\s+(?:корреспондент\w*\s+|журналист\w*\s+|для\s+)?|"
               r"(?:сообщении|заявлении|письме|ответе)\s+для\s+)"
               r"(?:(?:агентств|издани|газет|телеканал|радиостанци|портал|журнал|сайт)[уеаи]?\s+)?"
               r"(?P<x>" + QUOTED_NAME + r"|"
               r"[A-ZА-ЯЁ][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*)?)"),
    re.compile(r"\bв\s+(?:своем\s+)?(?P<x>[Tt]elegram-канал\w*|[Тт]елеграм-канал\w*)"),
    # «дала интервью «Вестнику»», «в интервью для «X»»: the outlet that asked
    re.compile(r"\b(?:дал[аи]?\s+|давал[аи]?\s+)интервью\s+(?:для\s+)?(?P<x>" + QUOTED_NAME
               + r")"),
    # «написал в Telegram», «заявил в своем телеграме»: the platform itself
    re.compile(r"\bв\s+(?:своем\s+|своём\s+)?(?P<x>[Tt]elegram|[Тт]елеграме?)(?![\w-])"),
    # «написал во «ВКонтакте»», «в своем VK»
    re.compile(r"\bво?\s+(?:своем\s+|своём\s+)?(?P<x>«ВКонтакте»|ВКонтакте|VK)(?![\w-])"),
    # «адвокат X, с которым поговорила DW», «с которой побеседовал «Город»»: who asked
    re.compile(r",\s+с\s+(?:которым|которой|которыми)\s+(?:поговорил|побеседовал|связал)\w*\s+"
               r"(?:корреспондент\w*\s+)?(?P<x>" + QUOTED_NAME
               + r"|[A-ZА-ЯЁ][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*)?)"),
    # «по данным главка, на которые ссылается «Интерфакс»», «в ответ на запрос ТАСС»: the
    # outlet that cites or asked
    re.compile(r",\s+на\s+(?:которые|который|которую|которое)\s+ссыла\w+\s+(?P<x>" + QUOTED_NAME
               + r"|[A-ZА-ЯЁ][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*)?)"),
    re.compile(r"\b[Вв]\s+ответ\s+на\s+запрос\w*\s+(?:агентства\s+|издания\s+|газеты\s+)?(?P<x>"
               + QUOTED_NAME + r"|[A-ZА-ЯЁ][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*)?)"),
    # «Эксперты, опрошенные "Газетой.Ru"», «в эфире "Первого канала"»
    re.compile(r"\bопрошенн\w+\s+(?P<x>" + QUOTED_NAME
               + r"|[A-ZА-ЯЁ][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*)?)"),
]

# «Как писал "Коммерсант",», «как сообщает ТАСС,», «как передает РИА Новости,»
AS_REPORTED = re.compile(
    r"(?:^|(?<=[,;(]\s))\s*(?:[Кк]ак\s+(?:уже\s+|ранее\s+)?(?:писал|сообщал|передавал|рассказывал|"
    r"отмечал|выяснил|узнал)(?:а|о|и)?\s+|"
    r"[Кк]ак\s+стало\s+известно\s+|"
    r"[Кк]ак\s+(?:пишет|пишут|сообщает|сообщают|передает|передаёт|напоминает|напоминают|"
    r"отмечает|отмечают|уточняет|уточняют|информирует)\s+)"
    r"(?P<x>" + QUOTED_NAME + r"|(?:[A-ZА-ЯЁ][\w.-]*)(?:\s+[A-ZА-ЯЁ\"«][\w.»\"-]*){0,2})"
    r"(?=\s*[,)(])"
)

# «..., писали «X» (признаны иноагентом).», «..., сообщает «X».»: a quoted medium after
# a report verb closing the sentence (a bare capitalised word may be a person: not here)
REPORTED_AFTER = re.compile(
    r"(?<=,)\s*(?:писал|писала|писали|пишет|пишут|сообщал|сообщала|сообщали|сообщает|"
    r"сообщают|передает|передаёт|передают|передавал|передавала|передавали)\s+"
    r"(?P<x>" + QUOTED_NAME + r")(?=\s*(?:\([^()]{0,80}\))?\s*(?:[.!…;,]|$))"
)

# «Согласно базе данных «СПАРК»», «согласно данным «Росстата»»: a named register or medium
# as the source of the sentence
ACCORDING_TO_NAMED = re.compile(
    r"(?:^|(?<=[,;(]\s))\s*[Сс]огласно\s+(?:(?:базе\s+данных|данным|информации|сведениям|"
    r"отчету|подсчетам|реестру|картотеке|сообщению|публикации)\s+)?"
    r"(?P<x>" + QUOTED_NAME + r")(?=\s*[,)(])"
)

DASH = "-–—"
# Between a closing quote and its attribution: «», — сказал он».
AFTER_QUOTE = re.compile(r"^\s*[,.!?…]*\s*[-–—]{1,2}\s*")

# ---------------------------------------------------------------- English
EN_SPEECH = (
    r"said|says|say|told|tells|added|adds|stressed|noted|stated|explained|warned|warn|"
    r"claimed|claim|confirmed|believe|think|insist|argue|"
    r"announced|argued|insisted|wrote|denied|declared|emphasized|emphasised|remarked|"
    r"believes|thinks|tweeted|posted"
)
# Latin letters with diacritics too: «Mert Aydın», «José Núñez», «Łukasz Wróbel»
LATIN_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"  # (a character class's inside; Latin Extended-A both ways)
LATIN_LOWER = "a-zß-öø-ÿĀ-ſ"
EN_NAME = (rf"(?:[{LATIN_UPPER}][{LATIN_LOWER}'’.-]+|[{LATIN_UPPER}]{{2,}})"
           rf"(?:\s+(?:[{LATIN_UPPER}][{LATIN_LOWER}'’.-]+|[{LATIN_UPPER}]{{2,}}|al-\w+|bin|de|van|von))*")
EN_PRONOUNS = {"he": "Masc", "she": "Fem", "they": None}
EN_PLACES = frozenset(
    """Russia Moscow Azerbaijan Baku Ukraine Kyiv Kiev Washington Beijing China Iran Tehran
    Turkey Ankara Armenia Yerevan Georgia Tbilisi Kazakhstan Astana Israel Britain London
    France Paris Germany Berlin Europe NATO EU UN Kremlin Pentagon Brussels""".split()
)
EN_NOT_NAMES = frozenset(
    """The A An In On At But And Or If When While This That These Those It He She They We I
    You His Her Their Our Its After Before During Since Meanwhile However Also Then There
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December""".split()
)
EN_OUTLETS = frozenset(
    """Reuters Bloomberg AP AFP BBC CNN TASS RIA Interfax Kommersant Vedomosti Axios Politico
    Guardian Times Post Journal Telegraph Independent Euronews DW Sputnik RBC Izvestia
    Meduza APA Trend Report""".split()
)


# A sentence opened by «тогда» (not «тогда же», a time of speech) tells of the time the
# sentence before named: «Первая акция прошла 7 ноября. Тогда полицейские задержали девять
# человек». Extraction dates it so; the conflict rules give it that sentence's affair.
THEN_OPENING = re.compile(r"[«\"„]?(Тогда|В тот(?: же)? день|В тот раз)(?![\w-])(?!\s+же)")
