"""Attribution on invented news phrasing: speaker, role, cue, mode, quote and via.

Every case is a short article run through the real pipeline (natasha parses it); the
claim holding `anchor` is checked. Written from general Russian news phrasing, not
from the sample articles.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.models import DIRECT, INDIRECT, NARRATIVE, Claim

ANY = "*"  # the speaker is not what the case is about

# (article text, anchor inside the claim, speaker (substring, None = no speaker),
#  via names expected (subset), mode or None to skip, role substring or None to skip)
CASES = [
    # subject of a speech verb, the person in apposition to the role
    ("Министр финансов Антон Силуанов заявил журналистам, что бюджет будет исполнен с профицитом.",
     "бюджет будет исполнен", "Антон Силуанов", (), INDIRECT, "министр финансов"),
    # the speech verb after the words, role then name
    ("Экономика вернулась к росту, сообщил глава Минэкономразвития Максим Решетников.",
     "Экономика вернулась", "Максим Решетников", (), INDIRECT, "глава Минэкономразвития"),
    # a person inside the role phrase is not the speaker
    ("Визит пройдет по плану, сообщил помощник президента Юрий Ушаков.",
     "Визит пройдет", "Юрий Ушаков", (), INDIRECT, None),
    # «по словам X» in the genitive, normalized
    ("По словам Валентины Матвиенко, закон будет принят до конца сессии.",
     "закон будет принят", "Валентина Матвиенко", (), INDIRECT, None),
    # «по словам главы ведомства» resolves to the minister named just before
    ("Министр здравоохранения Михаил Мурашко провел совещание в Казани. "
     "По словам главы ведомства, число коек в больницах увеличат.",
     "число коек", "Михаил Мурашко", (), INDIRECT, None),
    # a pronoun after a quote
    ("Министр обороны Андрей Белоусов посетил полигон.\n\n"
     "«Все задачи выполнены в срок», — отметил он.",
     "Все задачи выполнены", "Андрей Белоусов", (), DIRECT, None),
    # «по ее словам»: the feminine pronoun skips the man named in between
    ("Председатель ЦБ Эльвира Набиуллина заявила, что инфляция замедлится. "
     "Она встретилась с Антоном Силуановым. По ее словам, ставка останется прежней.",
     "ставка останется", "Эльвира Набиуллина", (), INDIRECT, None),
    # «он» after a narrated sentence is that sentence's subject, not the last speaker
    ("Министр юстиции Константин Чуйченко заявил, что закон вступит в силу. "
     "Журналист Евгений Белоусов был освобожден в пятницу. Он заявил, что намерен вернуться.",
     "намерен вернуться", "Евгений Белоусов", (), INDIRECT, None),
    # a bare surname takes the full name the article gives elsewhere
    ("Глава МИД Сергей Лавров провел переговоры в Анкаре. "
     "Лавров подчеркнул, что стороны договорились о новых встречах.",
     "стороны договорились", "Сергей Лавров", (), INDIRECT, None),
    # a surname in an oblique case, normalized then completed
    ("Сенатор Андрей Клишас выступил на заседании. "
     "Законопроект доработают, приводит слова Клишаса РИА «Новости».",
     "Законопроект доработают", "Андрей Клишас", ("РИА Новости",), INDIRECT, None),
    # a multi-sentence quote attributed after it
    ("«Мы видим рост интереса. Заявок стало вдвое больше. Это хороший знак», — сказал "
     "губернатор Тульской области Дмитрий Миляев.",
     "Заявок стало вдвое больше", "Дмитрий Миляев", (), DIRECT, None),
    # a quote with its attribution on the next line
    ("Глава Чечни Рамзан Кадыров провел совещание с силовиками.\n\n"
     "\"Ситуация в регионе полностью под контролем. Угрозы нет\"\n\n"
     "– глава республики",
     "Угрозы нет", "Рамзан Кадыров", (), DIRECT, None),
    # a quotation over two paragraphs: « opens both, » closes the last, the speaker follows
    ("«Мы завершим реконструкцию к осени. Финансирование уже выделено.\n\n"
     "Кроме того, начнется строительство второй очереди», — сказал министр строительства "
     "Ирек Файзуллин.",
     "Финансирование уже выделено", "Ирек Файзуллин", (), DIRECT, None),
    # a quote opened by a colon
    ("Мэр Москвы Сергей Собянин написал в своем блоге: «Новая линия метро откроется в "
     "декабре. Строители работают круглосуточно».",
     "Строители работают", "Сергей Собянин", (), DIRECT, None),
    # a body as speaker
    ("Министерство обороны России сообщило об уничтожении беспилотников над Брянской областью.",
     "уничтожении беспилотников", "Министерство обороны", (), INDIRECT, None),
    # «в X заявили»: an indefinite-personal verb with the body where it was said
    ("В Кремле заявили, что переговоры продолжатся на следующей неделе.",
     "переговоры продолжатся", "Кремль", (), INDIRECT, None),
    # a body the lexicon does not list, known by its word
    ("Дипломаты регулярно посещают задержанных, отметили в диппредставительстве.",
     "регулярно посещают", "диппредставительство", (), INDIRECT, None),
    # a stance verb («отвергли») reports the body's position
    ("В МИД Армении отвергли эти обвинения.",
     "эти обвинения", "МИД Армении", (), INDIRECT, None),
    # a woman's surname keeps its feminine form when natasha's normal form loses it
    ("«Суды у нас независимы», — заявила пресс-секретарь ведомства Айтадж Алиева.",
     "Суды у нас", "Айтадж Алиева", (), DIRECT, "пресс-секретарь ведомства"),
    # the same speaker going on in a paragraph keeps the channel
    ("Адвокат Эльчин Садыгов заявил «Интерфаксу», что защита обжалует решение. «Доказательств "
     "вины нет», — сказал он.",
     "Доказательств", "Эльчин Садыгов", ("Интерфакс",), DIRECT, None),
    # «как сообщили в пресс-службе X»
    ("Как сообщили в пресс-службе Росавиации, рейсы задерживаются из-за тумана.",
     "рейсы задерживаются", "пресс-служба Росавиации", (), INDIRECT, None),
    # two people speaking together; «они» then refers to both
    ("Президент России Владимир Путин и президент Азербайджана Ильхам Алиев провели встречу. "
     "Путин и Алиев заявили, что отношения улучшаются. Они также отметили рост торговли.",
     "рост торговли", "Алиев", (), INDIRECT, None),
    # a headline «Name: words»
    ("Лавров: переговоры будут продолжены", "переговоры будут", "Лавров", (), None, None),
    ("Минобороны России: беспилотники сбиты над Курской областью",
     "беспилотники сбиты", "Минобороны России", (), None, None),
    ("Итоги года: экономика выросла на три процента.", "экономика выросла", None, (), None, None),
    # «со слов X»
    ("Со слов очевидцев, взрыв прогремел около полуночи.",
     "взрыв прогремел", "очевидцы", (), INDIRECT, None),
    # «по мнению ряда экспертов», «по оценкам аналитиков X»
    ("По мнению ряда экспертов, санкции не сработали.", "санкции не", "эксперты", (), INDIRECT,
     None),
    ("По оценкам аналитиков Сбербанка, рост замедлится.", "рост замедлится",
     "аналитики Сбербанка", (), INDIRECT, None),
    # a medium named by its domain, in its own voice
    ("Визит пройдет в ноябре, сообщает Report.az.", "Визит пройдет", "Report.az",
     ("Report.az",), INDIRECT, None),
    # a person with a media verb stays a person
    ("Сделка закрыта, сообщает глава компании Иван Петров.", "Сделка закрыта", "Иван Петров", (),
     INDIRECT, None),
    # a press service speaks and is the channel
    ("Президент провел совещание с членами Совбеза, сообщает пресс-служба Кремля.",
     "провел совещание", "пресс-служба Кремля", ("пресс-служба Кремля",), INDIRECT, None),
    # a relay in a relative clause around the subject
    ("Песков, которого цитирует ТАСС, заявил, что Кремль не видит угроз.",
     "не видит угроз", "Песков", ("ТАСС",), INDIRECT, None),
    # a group speaking
    ("Эксперты считают, что цены на жилье продолжат расти.",
     "цены на жилье", "Эксперты", (), INDIRECT, None),
    ("Аналитики указали, что спрос на кредиты снизился.",
     "спрос на кредиты", "Аналитики", (), INDIRECT, None),
    # two speakers in one sentence
    ("Причиной пожара следователи назвали поджог, тогда как владельцы склада называли "
     "причиной неисправную проводку.",
     "владельцы склада называли", "владельцы склада", (), INDIRECT, None),
    ("Причиной пожара следователи назвали поджог, тогда как владельцы склада называли "
     "причиной неисправную проводку.",
     "Причиной пожара следователи", "следователи", (), INDIRECT, None),
    # an opinion verb and a short adjective
    ("Депутат Госдумы Андрей Исаев уверен, что закон заработает с января.",
     "закон заработает", "Андрей Исаев", (), INDIRECT, "депутат Госдумы"),
    # «говорится в сообщении X»
    ("Поставки зерна будут возобновлены, говорится в сообщении Минсельхоза.",
     "Поставки зерна", "Минсельхоз", (), INDIRECT, None),
    # a via in the same sentence
    ("Пресс-секретарь президента Дмитрий Песков заявил, что встреча не планируется, "
     "сообщает ТАСС.",
     "встреча не планируется", "Песков", ("ТАСС",), INDIRECT, None),
    # a via in the next sentence covers the reported sentence before it
    ("Глава Сбербанка Герман Греф заявил, что банк запустит новый сервис. "
     "По его словам, он появится весной, передает «Интерфакс».",
     "банк запустит", "Герман Греф", ("Интерфакс",), INDIRECT, None),
    # «(цитата по «X»)» in the dative
    ("«Решение будет принято в ближайшее время», — сказал министр транспорта Роман Старовойт "
     "(цитата по «Известиям»).",
     "Решение будет принято", "Роман Старовойт", ("Известия",), DIRECT, None),
    # «со ссылкой на X»
    # a medium reporting in its own voice speaks; «со ссылкой на X» adds X as a via
    ("Компания закроет завод в Твери, пишет РБК со ссылкой на «Коммерсант».",
     "закроет завод", "РБК", ("РБК", "Коммерсант"), INDIRECT, None),
    # «Об этом сообщил X» hands the speaker back to the sentence before
    ("Рост цен на бензин остановился. Об этом сообщил вице-премьер Александр Новак.",
     "Рост цен на бензин", "Александр Новак", (), INDIRECT, None),
    # ... and to the whole quotation of the paragraph before it
    ("«Мы продолжим работу. Все обязательства будут выполнены».\n\n"
     "Об этом заявил вице-премьер Марат Хуснуллин.",
     "Мы продолжим работу", "Марат Хуснуллин", (), DIRECT, None),
    # a second quotation in the paragraph goes on with the same speaker
    ("«Мы видим большой интерес к проекту», — сказал глава компании Олег Иванов. "
     "«Заявок уже больше ста».",
     "Заявок уже больше", "Олег Иванов", (), DIRECT, None),
    # «сказано в сообщении X»: a passive short participle as the cue
    ("Выплаты проиндексируют с февраля, сказано в сообщении Социального фонда.",
     "Выплаты проиндексируют", "Социальн", (), INDIRECT, None),
    # a statement published on a named body's site: the body speaks, the site is the via
    ("В заявлении, опубликованном на сайте МИД Казахстана, отмечается, что Астана "
     "поддерживает переговоры.",
     "Астана поддерживает", "МИД Казахстана", ("сайт МИД Казахстана",), INDIRECT, None),
    # «По словам X, которые приводит Y»: the relay sits in a relative clause
    ("По словам Лаврова, которые приводит ТАСС, Москва готова к компромиссу.",
     "Москва готова", "Лавров", ("ТАСС",), INDIRECT, None),
    # «Об этом в беседе с «X» заявил Y»: speaker and via handed back
    ("Отношения двух стран остаются сложными. Об этом в беседе с «Известиями» заявил "
     "политолог Андрей Суздальцев.",
     "Отношения двух стран", "Андрей Суздальцев", ("Известия",), INDIRECT, None),
    # «Об этом говорится на сайте ведомства»: a via through the body's site
    ("Заместитель министра Андрей Руденко обсудил с послом Японии мирный договор. "
     "Об этом говорится на сайте российского ведомства.",
     "обсудил с послом", ANY, ("сайт российского ведомства",), None, None),
    # publications reporting in their own voice: speaker and via are the outlets
    ("Издания «Медуза» и «Фонтанка» пишут, что фигуранта дела отпустили под залог.",
     "фигуранта дела", "Фонтанка", ("Медуза", "Фонтанка"), INDIRECT, None),
    # «как сообщали СМИ»
    ("Как сообщали СМИ, сделка была закрыта еще в мае.",
     "сделка была закрыта", "СМИ", ("СМИ",), INDIRECT, None),
    # «как пишет "X"»: an outlet's report, the outlet as speaker and via
    ("Как пишет «Коммерсант», акционеры одобрили допэмиссию.",
     "акционеры одобрили", "Коммерсант", ("Коммерсант",), INDIRECT, None),
    # «как уточняет издание»: the medium named last
    ("Сделку одобрили акционеры, пишет «Коммерсант». Как уточняет издание, она закрыта в марте.",
     "она закрыта", "Коммерсант", ("Коммерсант",), INDIRECT, None),
    # «рассказал X» in the dative: the medium the words were told to; an anonymous
    # source stays itself, never a person named elsewhere
    ("Источник в правительстве рассказал «Ведомостям», что налог повысят.",
     "налог повысят", "источник в правительстве", ("Ведомости",), INDIRECT, None),
    # «Как рассказал "Ъ" источник»: the nominative subject speaks, the dative is the channel
    ("Как рассказал «Ъ» источник, знакомый с ситуацией, решение было принято в пятницу.",
     "решение было принято", "источник", ("Коммерсант",), INDIRECT, None),
    # a Latin-script medium told the words
    ("Сделка сорвется, рассказал The Bell топ-менеджер одного из банков.",
     "Сделка сорвется", "топ-менеджер", ("The Bell",), INDIRECT, None),
    # «в интервью X»
    ("Глава «Ростеха» Сергей Чемезов в интервью РБК сказал, что выпуск самолетов вырастет.",
     "выпуск самолетов", "Сергей Чемезов", ("РБК",), INDIRECT, None),
    # a role noun resolved to the person introduced with that role earlier
    ("Официальный представитель МВД Ирина Волк сообщила о задержании мошенников. "
     "Преступники похищали деньги со счетов пенсионеров, уточнила представитель министерства.",
     "Преступники похищали", "Ирина Волк", (), INDIRECT, None),
    # a feminine verb with a masculine role noun
    ("Губернатор Мурманской области Андрей Чибис встретился с жителями. Помощь семьям "
     "погибших увеличат, заявила вице-губернатор Анна Иванова.",
     "Помощь семьям", "Анна Иванова", (), INDIRECT, None),
    # a negated speech verb is not speech
    ("Подробности сделки министр не сообщил.",
     "Подробности сделки", None, (), NARRATIVE, None),
    # narration: no speaker
    ("В среду в Москве прошел сильный снегопад, движение на дорогах затруднено.",
     "сильный снегопад", None, (), NARRATIVE, None),
    # an enumeration continues the speaker's reported words
    ("Президент перечислил две причины кризиса. Глава государства Касым-Жомарт Токаев заявил, "
     "что причин несколько. Первая заключается в росте цен на топливо.",
     "Первая заключается", "Токаев", (), None, None),
    # a specific role never resolves to someone the article names in another capacity
    ("Суд арестовал бизнесмена Ивана Петрова. Адвокат отметил, что защита обжалует решение.",
     "защита обжалует", "адвокат", (), INDIRECT, "адвокат"),
    # a generic title («руководитель») for a leader introduced as «глава»
    ("Глава Росатома Алексей Лихачев посетил станцию. Руководитель госкорпорации отметил, "
     "что блок запустят в срок.",
     "блок запустят", "Алексей Лихачев", (), INDIRECT, "руководитель госкорпорации"),
    # a quotation interrupted by its attribution: both halves are the speaker's
    ("«Мы готовы к диалогу, — сказал спикер парламента Вячеслав Володин. — Но нужны "
     "гарантии».",
     "Но нужны", "Вячеслав Володин", (), DIRECT, None),
    # direct speech opened by a dash, attribution after a second dash, words going on
    ("— Мы готовы к диалогу, — сказал министр иностранных дел Сергей Лавров. — Но нужны "
     "гарантии безопасности.",
     "Но нужны гарантии", "Сергей Лавров", (), DIRECT, None),
    # a paragraph of quotation going on from the one before
    ("«Работа идет по графику», — сказал мэр Новосибирска Максим Кудрявцев.\n\n"
     "«Мост откроют в сентябре».",
     "Мост откроют", "Максим Кудрявцев", (), DIRECT, None),
    # «в интервью агентству «X»»
    ("Премьер Индии в интервью агентству «Синьхуа» отметил, что торговля растет.",
     "торговля растет", ANY, ("Синьхуа",), INDIRECT, None),
    # «по информации X» is X's own report: its via does not spread to the sentence before
    ("По данным МЧС, пожар потушен. По информации агентства «Интерфакс», пострадавших нет.",
     "пожар потушен", "МЧС", (), INDIRECT, None),
    # «не исключил» is still speech
    ("Глава Минэнерго Сергей Цивилев не исключил, что цены на топливо снизятся.",
     "цены на топливо", "Сергей Цивилев", (), INDIRECT, None),
    # English: "X told reporters", a pronoun, "according to"
    ("Kremlin spokesman Dmitry Peskov told reporters on Monday that the talks would go on.",
     "the talks would go on", "Peskov", (), INDIRECT, None),
    ("Foreign Minister Sergei Lavrov arrived in Ankara. \"We are ready for dialogue,\" he said.",
     "ready for dialogue", "Lavrov", (), DIRECT, None),
    ("According to Reuters, the deal was signed late on Friday.",
     "the deal was signed", "Reuters", ("Reuters",), INDIRECT, None),
    ("The talks ended without agreement, the ministry said in a statement.",
     "The talks ended", "ministry", (), INDIRECT, None),
    ("TASS quoted Deputy Foreign Minister Mikhail Galuzin as saying the issue was resolved.",
     "the issue was resolved", "Mikhail Galuzin", ("TASS",), INDIRECT, None),
    ("Azerbaijan's foreign ministry said the detainees would stand trial.",
     "detainees would stand", "foreign ministry", (), INDIRECT, None),
    ("Deputy Prime Minister Alexander Novak spoke at the forum. \"Prices will stabilise,\" "
     "Novak told reporters.",
     "Prices will stabilise", "Alexander Novak", (), DIRECT, None),
    ("\"Contacts never stopped. Work goes on,\" said Kremlin spokesman Dmitry Peskov.",
     "Contacts never stopped", "Dmitry Peskov", (), DIRECT, None),
    ("Analysts say both sides want to de-escalate.",
     "both sides want", "analysts", (), INDIRECT, None),
    ("Russia says the talks will continue next week.",
     "the talks will continue", "Russia", (), INDIRECT, None),
    # «опрошенные "X"»: the outlet that asked
    ("Эксперты, опрошенные «Известиями», полагают, что ставка останется прежней.",
     "ставка останется", "Эксперты", ("Известия",), INDIRECT, None),
    # a nationality in the role phrase picks the right one of two leaders
    ("Президент России Владимир Путин и президент Азербайджана Ильхам Алиев провели встречу. "
     "Азербайджанский лидер отметил, что отношения имеют прочную основу.",
     "отношения имеют", "Ильхам Алиев", (), INDIRECT, None),
    # --- round 2, by failure category ---
    # 1. a quote after a paragraph about the governor: «глава региона» is the governor, not
    #    the deputy of another body introduced earlier
    ("По словам заместителя начальника областного управления полиции Петра Кравцова, "
     "версия поджога проверяется.\n\n"
     "Губернатор Омской области Илья Рогов провел совещание. «Всем семьям окажут помощь», "
     "— заявил глава региона.",
     "Всем семьям окажут", "Илья Рогов", (), DIRECT, None),
    # 1. «глава края» is the governor, not the «глава Минприроды» heard before
    ("Глава Минприроды Александр Козлов заявил, что ущерб оценивается в 80 млрд рублей.\n\n"
     "Губернатор Кубани Вениамин Кондратьев провел заседание штаба. «Мы не оставим жителей», "
     "— заявил глава края.",
     "Мы не оставим", "Вениамин Кондратьев", (), DIRECT, None),
    # 1. a person narrated as detained is not the «он» of the next quote: the speaker before is
    ("Мэр Игорь Лавров провел совещание. Он заявил, что нарушения нашли в трех районах.\n\n"
     "Накануне был задержан бывший вице-мэр Олег Смирнов.\n\n"
     "«Мы не будем никого покрывать», — сказал он.",
     "никого покрывать", "Игорь Лавров", (), DIRECT, None),
    # 1. «представитель аэропорта» names its own affiliation: not the deputy heard before
    ("Депутат Госдумы Андрей Исаев потребовал компенсаций для пассажиров. Пассажирка Ольга "
     "Кравец рассказала, что ждала десять часов.\n\nПредставитель аэропорта Сочи отметил, "
     "что ситуация стабилизировалась.",
     "ситуация стабилизировалась", "представитель аэропорта", (), INDIRECT, None),
    # 1. «адвокат X Y»: the lawyer is Y, the client X is no speaker of «сказал адвокат»
    ("Адвокат Игоря Соколова Павел Громов рассказал изданию, что подаст жалобу. "
     "«Вина не доказана», — сказал адвокат.",
     "Вина не доказана", "Павел Громов", (), DIRECT, None),
    # 1. «отвечал за» is being responsible, not replying: the «по данным» source owns it
    ("По данным следствия, начальник цеха Виктор Лосев отвечал за исправность оборудования.",
     "отвечал за исправность", "следстви", (), INDIRECT, None),
    # 1. «заключил соглашение» is an act; a conditional «если ... заявит» is no report
    ("По словам юриста Олега Тихонова, если поставщик заключит мировое соглашение, "
     "дело закроют.",
     "дело закроют", "Олег Тихонов", (), INDIRECT, None),
    # 2. a trailing «сообщили в пресс-службе суда» the parser hung on the main verb
    ("Районный суд арестовал директора завода на два месяца, сообщили в пресс-службе суда.",
     "арестовал директора", "пресс-служба суда", (), INDIRECT, None),
    # 2. «цитирует «Агентство» пресс-службу суда»: the medium is the via, the body the speaker
    ("«Ходатайство следствия удовлетворено», — цитирует «Интерфакс» пресс-службу суда.",
     "Ходатайство следствия", "суд", ("Интерфакс",), DIRECT, None),
    # 2. «..., передает корреспондент X» covers the narration before it in the paragraph
    ("Полицейские оцепили здание вокзала. На месте работают саперы, передает корреспондент НТВ.",
     "оцепили здание", "НТВ", ("НТВ",), INDIRECT, None),
    # 3. «собеседник» after «источник» is the same source
    ("Об этом РБК сообщил источник в налоговой службе.\n\n«Проверка продлится месяц», — "
     "уточнил собеседник издания.",
     "Проверка продлится", "источник", (), DIRECT, None),
    # 3. an unnamed employee whose subject the parser hung on the reported clause
    ("Бывший сотрудник банка, попросивший не называть его имени, рассказал «Фонтанке», "
     "что о долгах знали давно.",
     "о долгах знали", "сотрудник банка", ("Фонтанка",), INDIRECT, None),
    # 4. two speakers, the second verb left out before a dash
    ("Инженер Олег Сомов называет причиной аварии износ труб, тогда как эколог Марина Белых — "
     "ошибку диспетчера.",
     "ошибку диспетчера", "Марина Белых", (), INDIRECT, None),
    # 4. ... but not inside the reported clause: the prosecutor says both halves
    ("Прокурор Иван Ершов заявил, что Олег Иванов получит пять лет, а Павел Петров — три года.",
     "три года", "Иван Ершов", (), INDIRECT, None),
    # 5. the platform carries to the author's next paragraph
    ("Пострадавших нет, сообщил мэр Кирова Денис Осипов в своем Telegram-канале.\n\n"
     "«Все службы работают в штатном режиме», — написал мэр.",
     "Все службы работают", "Денис Осипов", ("Telegram",), DIRECT, None),
    # 5. «как писала «X» (признана ...)»: X speaks and is the via
    #    (the article's own sources talk to «Фонтанка», so this is no self-citation)
    ("Источник «Фонтанки» в компании подтвердил сделку. Собеседник «Фонтанки» уточнил, что "
     "цена не раскрывается. Как писала «Медуза» (признана в России "
     "нежелательной), компания сменила владельца.",
     "сменила владельца", "Медуза", ("Медуза",), INDIRECT, None),
    # 5. «по информации «X»»: a named source of information is speaker and via
    ("По информации «Уралинформбюро», бизнесмен был задержан в аэропорту.",
     "был задержан", "Уралинформбюро", ("Уралинформбюро",), INDIRECT, None),
    # 5. «сообщил агентству "X"»: the medium named after its kind
    ("Цены на бензин обновили рекорд, сообщил агентству \"Прайм\" источник на рынке.",
     "обновили рекорд", "источник", ("Прайм",), INDIRECT, None),
    # 5. «как стало известно «X»»
    ("Как стало известно «Ведомостям», компания готовит допэмиссию.",
     "готовит допэмиссию", "Ведомости", ("Ведомости",), INDIRECT, None),
    # 5. «согласно базе данных «X»»
    ("Согласно базе данных «Контур.Фокус», выручка фирмы выросла вдвое.",
     "выручка фирмы", "Контур.Фокус", ("Контур.Фокус",), INDIRECT, None),
    # 5. «приводит слова адвоката X «Y»»: the outlet at the end is the via
    ("«Мы обжалуем приговор», — приводит слова адвоката Ильи Сафина «Коммерсантъ».",
     "обжалуем приговор", "Илья Сафин", ("Коммерсант",), DIRECT, None),
    # 6. a descriptive noun for the person just heard in the paragraph
    ("Фермер Рустам Гаджиев сообщил журналистам, что урожай погиб. «Потеряли почти всё», "
     "— сказал аграрий.",
     "Потеряли почти", "Рустам Гаджиев", (), DIRECT, None),
    # 1. «заявила она» after a woman with a foreign name: the verb's gender is hers
    ("Министр юстиции Турции Йылмаз Тунч заявил, что виновные понесут наказание. "
     "Адвокат застройщика Айше Кая сказала журналистам, что здание строилось по нормам.\n\n"
     "«Мой клиент не нарушал закон», — заявила она.",
     "не нарушал закон", "Айше Кая", (), DIRECT, None),
    # 6. ... but not a person of another profession: the lawyer is not the prosecutor
    ("Прокурор Денис Орлов потребовал для подсудимого восьми лет. «Срок чрезмерный», "
     "— сказал адвокат.",
     "Срок чрезмерный", "адвокат", (), DIRECT, None),
    # 6. «говорит одна из них»: the group just named
    ("Три продавщицы рынка рассказали газете, что торговля упала. «Покупателей почти нет», "
     "— говорит одна из них.",
     "Покупателей почти нет", "продавщицы", (), DIRECT, None),
    # 7. «в ведомстве» is the body named just before
    ("В управлении Росгвардии по Курской области эти данные опровергают. В ведомстве заявили, "
     "что патрули работают круглосуточно.",
     "патрули работают", "Росгварди", (), INDIRECT, None),
    # 1. an unnamed source heard before takes no title: «глава ведомства» is the minister
    #    introduced after
    ("Как сообщил ТАСС источник в полиции, обыски продолжаются.\n\n"
     "В Минтрансе задержание подтвердили. Глава ведомства пообещал, что министерство "
     "поможет следствию. «Мы передадим все документы», — сказал министр транспорта "
     "Роман Старовойт.",
     "министерство поможет", "Роман Старовойт", (), INDIRECT, None),
    # a surname the tagger left in the genitive («господина Кольцова») is still the person
    ("Партнер юридической фирмы Антон Кольцов считает, что суд смягчит меру. По словам "
     "господина Кольцова, защита подаст апелляцию.",
     "защита подаст", "Антон Кольцов", (), INDIRECT, None),
    # a headline «Дело X: ...» is not X speaking
    ("Дело Смирнова: в мэрии Тулы прошли обыски\n\nСледователи изъяли документы.",
     "в мэрии Тулы", None, (), None, None),
    # 6. «— говорит женщина»: the woman heard just before in the paragraph
    ("Пенсионерка Мария Зотова рассказала газете, что отопление отключили. «Сидим в куртках», "
     "— говорит женщина.",
     "Сидим в куртках", "Мария Зотова", (), DIRECT, None),
    # 2. «X признал, что ..., сообщили в МВД»: the ministry reports the whole sentence
    ("Задержанный Павел Рыков признал, что поджег склад, сообщили в МВД по Чувашии.",
     "поджег склад", "МВД", (), INDIRECT, None),
    # 7. «в надзорном ведомстве» after a narrated body: that body
    ("Прокуратура Тамбовской области начала проверку. В надзорном ведомстве уточнили, что "
     "проверят подрядчика.",
     "проверят подрядчика", "Прокуратура", (), INDIRECT, None),
    # a name the parser lost behind a quoted company name is still the speaker
    ("Главный экономист банка «Открытие» Максим Петронеевич отметил, что спрос на кредиты упал.",
     "спрос на кредиты", "Петронеевич", (), INDIRECT, None),
    # 5. a medium told in the dative is named in the nominative
    ("Директор завода Олег Сизов заявил «Уральскому обозрению», что цех откроют летом.",
     "цех откроют", "Олег Сизов", ("Уральское обозрение",), INDIRECT, None),
    # 8. English: a body keeps its whole name; «according to a senior official»; a relative
    #    clause between the name and the verb
    ("Both sides exchanged 300 prisoners on Friday, the Russian Defence Ministry said.",
     "exchanged 300 prisoners", "Defence Ministry", (), INDIRECT, None),
    ("According to a senior Turkish official, the talks took place in Istanbul.",
     "the talks took place", "official", (), INDIRECT, None),
    ("The UAE, which mediated the exchange, said in a statement that it welcomed the outcome.",
     "welcomed the outcome", "UAE", (), INDIRECT, None),
    # 8. an English body by a common noun
    ("The central bank said inflation was slowing.",
     "inflation was slowing", "central bank", (), INDIRECT, None),
    # 8. an English anonymous source speaks, the body in its description does not
    ("A source close to the central bank told Reuters that rates would stay on hold.",
     "rates would stay", "source", ("Reuters",), INDIRECT, None),
    # a quoted outlet inside the attribution that interrupts a quotation
    ("Экономист Олег Смирнов ждет замедления инфляции. «Цены еще будут расти, — сказал он "
     "в беседе с «Ведомостями». — Но к осени рост остановится».",
     "к осени рост остановится", "Олег Смирнов", ("Ведомости",), DIRECT, None),
    # «написал в Telegram, что ...» then a quote of the same author: both via Telegram
    ("Мэр Новосибирска Максим Кудрявцев написал в Telegram, что подача воды восстановлена. "
     "«Аварийные бригады работали всю ночь, к утру давление в сетях стало нормальным», — "
     "написал глава города.",
     "Аварийные бригады", "Максим Кудрявцев", ("Telegram",), DIRECT, None),
    ("Глава района Сергей Ткачев написал во «ВКонтакте», что школу откроют к сентябрю. "
     "«Подрядчик работает в две смены», — написал он.",
     "Подрядчик работает", "Сергей Ткачев", ("ВКонтакте",), DIRECT, None),
    # «..., писали «X» (признаны иноагентом).»: the quoted medium after the words
    ("Жители поселка третью неделю сидят без газа, писали «Северные вести» (признаны в России "
     "иноагентом). Власти района ремонт не комментируют.",
     "сидят без газа", "Северные вести", ("Северные вести",), None, None),
    # an interview: dash paragraphs after the interviewee is introduced; answers are theirs
    ("Редакция поговорила с главным агрономом области Петром Савельевым.\n\n"
     "— Чего ждать от урожая в этом году?\n\n"
     "— Весна была поздней, но влаги в почве достаточно. Сбор зерновых будет на уровне "
     "прошлого года.",
     "Сбор зерновых", "Петр Савельев", (), None, None),
    ("Редакция поговорила с главным агрономом области Петром Савельевым.\n\n"
     "— Чего ждать от урожая в этом году?\n\n"
     "— Весна была поздней, но влаги в почве достаточно.",
     "Чего ждать", None, (), None, None),
    # «— пишет канал»: the channel named before speaks and is the via
    ("На трассе М-5 столкнулись три фуры, сообщает телеграм-канал Mash.\n\n"
     "«Движение перекрыто в обе стороны, пробка растянулась на 10 км», — пишет канал.",
     "пробка растянулась", "Mash", ("Mash",), DIRECT, None),
    ("В Самаре затопило подземный переход, сообщает телеграм-канал Mash.\n\n"
     "Один из пешеходов рассказал каналу, что воду не откачивают с утра.",
     "воду не откачивают", ANY, ("Mash",), None, None),
    # the journalist named in the introduction is not the one answering
    ("Корреспондент «Вестника» Анна Смирнова поговорила с директором завода Петром Ивановым.\n\n"
     "— Когда рабочие получат зарплату?\n\n"
     "— Долг погасим до конца месяца, деньги уже поступили на счет.",
     "Долг погасим", "Петр Иванов", (), None, None),
    # the interview's outlet named in the introduction is the via of the answers
    ("Директор заповедника Ольга Лемешева дала интервью «Сибирскому вестнику».\n\n"
     "— Сколько тигров живет в заповеднике?\n\n"
     "— По последнему учету их двенадцать, два из них котята.",
     "их двенадцать", "Ольга Лемешева", ("Сибирский вестник",), None, None),
    # «— цитирует канал одного из собеседников»: an anonymous source via the channel named before
    ("Колонну обстреляли на выезде из города, сообщает телеграм-канал Mash.\n\n"
     "«Стреляли из леса, минут пять, не меньше», — цитирует канал одного из собеседников.",
     "Стреляли из леса", "собеседник", ("Mash",), DIRECT, None),
    ("Поставки зерна выросли на треть, пишет издание «Агроновости».\n\n"
     "«Спрос на юге рекордный», — цитирует издание одного из источников.",
     "Спрос на юге", "источник", ("Агроновости",), DIRECT, None),
    # reportage: the person the paragraph introduces owns the quote «— рассказала собеседница»
    ("Жительница Тулы Мария Орлова ждала автобус больше часа. «Расписание никто не соблюдает, "
     "зимой стоять на остановке невозможно», — рассказала собеседница издания.",
     "Расписание никто не соблюдает", "Мария Орлова", (), DIRECT, None),
    # «— рассказал собеседник агентства» after «сообщил агентству X» in the paragraph before
    ("Завод остановил конвейер, сообщил ТАСС начальник смены Игорь Белов.\n\n"
     "«Рабочих отправили по домам до понедельника», — рассказал собеседник агентства.",
     "Рабочих отправили", "Игорь Белов", (), DIRECT, None),
    # an anonymous source heard before is the «собеседник», not a person narrated about
    ("Источник в мэрии сообщил, что смету пересмотрят. Вице-мэр Олег Сухов вчера уехал в "
     "отпуск. «Денег на все объекты не хватит», — добавил собеседник.",
     "Денег на все объекты", "источник", (), DIRECT, None),
    # «Как сообщал «X»» in X's own article: X's earlier report still has X as its source
    ("Тверь. 3 мая. INTERFAX.RU - Движение по мосту через Волгу открыли после ремонта, "
     "сообщили «Интерфаксу» в мэрии.\n\n"
     "Как сообщал «Интерфакс», ремонт моста начался в марте прошлого года.",
     "ремонт моста начался", "Интерфакс", (), None, None),
    # reportage: an unattributed quotation right after a sentence introducing a person
    ("Фермер Николай Гусев держит коз уже двадцать лет. «Корма подорожали вдвое, а молоко "
     "покупают по старой цене».",
     "Корма подорожали", "Николай Гусев", (), DIRECT, None),
    # a quotation inside the narrated sentence is no one's words
    ("Депутат Иван Котов внес законопроект «О защите прав дольщиков жилья». Его рассмотрят "
     "осенью.",
     "внес законопроект", None, (), None, None),
    # «Сотрудница X, попросившая не называть ее имени, рассказала ...»: the role noun speaks
    ("Медсестра ЦРБ, попросившая не называть ее имени, рассказала журналистам, что зарплату "
     "задерживают третий месяц.",
     "зарплату задерживают", "медсестра", (), INDIRECT, None),
    # round 3: a bare organisation noun stands for the one the article named with it
    ("Самолет авиакомпании «Северный ветер» вернулся в аэропорт вылета из-за отказа датчика. "
     "Пассажиров пересадили на резервный борт, уточнили в перевозчике.",
     "резервный борт", "Северный ветер", (), INDIRECT, None),
    ("Работники завода железобетонных изделий «Монолит» получили зарплату за май. "
     "«Долгов перед персоналом больше нет», — говорится в заявлении предприятия.",
     "Долгов перед персоналом", "Монолит", (), DIRECT, None),
    # «говорится в сообщении «X»» where X is the company the article named: X speaks
    ("Поезд компании «Сапсан-Тур» задержался у Твери на два часа. «Причиной стала неисправность "
     "контактной сети, пассажиры получат компенсацию», — говорится в сообщении «Сапсан-Тур».",
     "пассажиры получат компенсацию", "Сапсан-Тур", (), DIRECT, None),
    # «представитель ведомства» with no person named: the body named before speaks
    ("В Роспотребнадзоре подтвердили вспышку инфекции в лагере. «Дети изолированы, лагерь "
     "закрыт на карантин», — сообщил ТАСС представитель ведомства.",
     "лагерь закрыт на карантин", "Роспотребнадзор", (), DIRECT, None),
    ("Рейс авиакомпании «Полярные крылья» задержали на пять часов. «Пассажиров обеспечили "
     "питанием», — рассказал представитель перевозчика.",
     "Пассажиров обеспечили", "Полярные крылья", (), DIRECT, None),
    # a spokesperson the article named is that person, not the body
    ("Официальный представитель МИД Мария Захарова провела брифинг. «Ответ будет жестким», — "
     "заявила представитель ведомства.",
     "Ответ будет жестким", "Мария Захарова", (), DIRECT, None),
    # a Latin name after the noun: «авиакомпания X Airlines» is the later «перевозчик»
    ("Лайнер авиакомпании Nordic Air вернулся в Пулково из-за отказа датчика. Пассажиров "
     "пересадили на другой борт, сообщили в перевозчике.",
     "Пассажиров пересадили", "Nordic Air", (), INDIRECT, None),
    # two companies named: a bare «компания» is not guessed
    ("Банк «Заря» и застройщик «Опора» подписали соглашение. "
     "Сделка закроется в марте, уточнили в компании.",
     "Сделка закроется", "компани", (), INDIRECT, None),
    # a procedural act of investigators, police or a court is the body's own news
    ("Следственное управление СК по Тверской области возбудило уголовное дело о халатности.",
     "возбудило уголовное дело", "Следственное управление", (), None, None),
    ("После пожара следователи задержали двоих сотрудников торгового центра.",
     "задержали двоих", "следователи", (), None, None),
    ("Центральный районный суд Омска арестовал директора фирмы на два месяца.",
     "арестовал директора", "суд", (), None, None),
    # ... unless someone else is named for it, or it is not an official's act
    ("Следователи задержали директора склада, передает корреспондент НТВ.",
     "задержали директора", "НТВ", (), None, None),
    ("Полиция не задержала водителя грузовика.", "не задержала", None, (), None, None),
    ("Жители задержали вора до приезда наряда.", "задержали вора", None, (), None, None),
    # figures stop at a sentence of its own
    ("По данным полиции, задержаны трое. Мэр приехал на место в 10 часов.",
     "Мэр приехал", None, (), None, None),
    # ... and at someone acting, or a year that is no figure
    ("По данным СПАРК, выручка фирмы составила 41 млн рублей. В 2023 году жилищная инспекция "
     "дважды штрафовала фирму на 50 тысяч.",
     "дважды штрафовала", None, (), None, None),
    ("По данным МЧС, погибли двое. Подобный случай произошел в январе 2024 года.",
     "Подобный случай", None, (), None, None),
    # «описал маршрут» is no statement
    ("Водитель подробно описал маршрут до склада.", "описал маршрут", None, (), None, None),
    # «согласно закону» cites a norm, not a source
    ("Согласно закону, выборы пройдут в сентябре.", "выборы пройдут", None, (), None, None),
    # «ограничился штрафом»: a limit, not a statement
    ("Суд ограничился штрафом в размере 30 тысяч рублей.",
     "ограничился штрафом", None, (), None, None),
    # «по подсчетам профсоюза»: a body no name was given for stays the noun
    ("Шахтеры третий день не спускаются в забой. Задолженность, по подсчетам профсоюза, "
     "превышает 40 млн рублей.",
     "Задолженность", "профсоюз", (), INDIRECT, None),
]


def _claim(text: str, anchor: str) -> Claim:
    article = extract_article(text, "case.txt", "case.txt", "0" * 64)
    at = text.index(anchor)
    for c in article.claims:
        if c.start <= at and at + len(anchor) <= c.end:
            return c
    raise AssertionError(f"no claim covers {anchor!r}: {[c.text for c in article.claims]}")


@pytest.mark.parametrize(("text", "anchor", "speaker", "via", "mode", "role"), CASES,
                         ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_attribution(text: str, anchor: str, speaker: str | None, via: tuple[str, ...],
                     mode: str | None, role: str | None) -> None:
    """The claim holding the anchor has the expected speaker, via, mode and role."""
    c = _claim(text, anchor)
    if anchor == "пожар потушен":
        assert not c.via, c
    if speaker is None:
        assert c.speaker is None, c
    elif speaker != ANY:
        assert c.speaker is not None and speaker.lower() in c.speaker.lower(), c
    for v in via:
        assert any(v.lower() in x.lower() for x in c.via), c
    if mode is not None:
        assert c.mode == mode, c
    if role is not None:
        assert c.speaker_role is not None and role.lower() in c.speaker_role.lower(), c
    if c.speaker is not None:
        assert c.cue, c  # a speaker always comes with the words that name them


def test_heading_is_not_a_claim() -> None:
    """A title line with no verb yields no claim; the sentence after it does."""
    text = "Переговоры в Стамбуле\n\nДелегации обсудили обмен пленными, заявил источник."
    article = extract_article(text, "h.txt", "h.txt", "0" * 64)
    assert [c.text for c in article.claims] == [
        "Делегации обсудили обмен пленными, заявил источник."]


def test_dash_line_is_not_a_claim() -> None:
    """«– представитель ведомства» after a quote attributes it and is no claim itself."""
    text = ("Министр Игорь Левитин выступил на форуме.\n\n\"Мы завершим стройку в срок\"\n\n"
            "– представитель правительства")
    article = extract_article(text, "d.txt", "d.txt", "0" * 64)
    assert not any("представитель правительства" == c.text.strip(" –") for c in article.claims)
    quote = next(c for c in article.claims if "завершим стройку" in c.text)
    assert quote.speaker == "Игорь Левитин" and quote.mode == DIRECT


def test_quote_field_holds_the_quoted_words() -> None:
    """The quote field carries the words between the marks."""
    c = _claim("«Курс останется стабильным», — сказал министр Антон Силуанов.", "Курс останется")
    assert c.quote == "Курс останется стабильным"
    assert c.cue == "сказал" and c.speaker == "Антон Силуанов"


def test_claims_in_text_order_with_offsets() -> None:
    """Claims come in text order and their offsets slice the original text."""
    text = ("Причиной аварии эксперты назвали износ труб, тогда как власти города называли "
            "причиной морозы. Ремонт завершат к весне.")
    article = extract_article(text, "o.txt", "o.txt", "0" * 64)
    starts = [c.start for c in article.claims]
    assert starts == sorted(starts) and len(article.claims) == 3
    assert all(text[c.start:c.end] == c.text for c in article.claims)


def test_english_article_does_not_crash_or_use_russian_rules() -> None:
    """An English article goes through: names as written, no Russian normalization."""
    text = ("Moscow, 12 March. Russian President Vladimir Putin said on Tuesday that the "
            "economy was growing. \"Inflation is under control,\" Putin told reporters.")
    article = extract_article(text, "en.txt", "en.txt", "0" * 64)
    speakers = {c.speaker for c in article.claims if c.speaker}
    assert speakers and all("Putin" in s for s in speakers)


# (article text, anchor, speaker substring, a name the speaker must not be, via expected)
ROLE_AND_CHANNEL_CASES = [
    # «господин» is a form of address, not a role: a later title still finds the person
    ("Переговоры продолжались два часа. Господин Соколов признал, что цены вырастут. "
     "«Мы не можем держать тарифы вечно», — сказал министр.",
     "не можем держать тарифы", "Соколов", None, ()),
    ("Встреча прошла в закрытом режиме. Господин Лукашенко признал, что сроки сорваны. "
     "Белорусский лидер пообещал, что стройку завершат к осени.",
     "стройку завершат", "Лукашенко", None, ()),
    # a verb coordinated with the main one shares its subject, even when the parser hangs
    # it on the subordinate clause in between
    ("Губернатор Игорь Руденко провел совещание. Мэр Анна Кузнецова поблагодарила строителей "
     "за то, что подрядчик быстро восстанавливает дорогу, и назвала ремонт «образцовым».",
     "назвала ремонт", "Кузнецова", "Руденко", ()),
    # who asked not to be named stays unnamed, whoever spoke before
    ("Аналитик Олег Петров рассказал о ценах на жилье.\n\n"
     "«Спрос падает второй месяц подряд», — говорит сотрудник одного из банков, "
     "попросивший не называть его имени.",
     "Спрос падает", "сотрудник", "Петров", ()),
    ("Депутат Иван Громов заявил, что закон примут весной.\n\n"
     "Того же мнения придерживается и местный юрист, попросивший не называть его имени: "
     "по его словам, суд затянет процесс.",
     "суд затянет процесс", "юрист", "Громов", ()),
    # the outlet told stands before the speaker: «сказал ТАСС Иван ...»
    ("«Цены будут расти до конца года», - сказал ТАСС Иван Кузнецов, аналитик банка.",
     "Цены будут расти", "Иван Кузнецов", "ТАСС", ("ТАСС",)),
    # an English quote with a Russian attribution after a plain hyphen
    ('"Prices will go up. Demand is weak", - сказал Reuters Джон Смит, экономист банка.',
     "Prices will go up", "Смит", None, ("Reuters",)),
    # «ограничился заявлением: "..."»: the statement is his
    ('Представитель Госкомитета, отвечая на вопрос агентства, ограничился общим заявлением: '
     '"We are studying the case".',
     "We are studying the case", "представитель Госкомитета", None, ()),
    # a representative of one body is not the spokesman of another introduced later
    ('Представитель Минфина ограничился заявлением: "Решение не принято". '
     "Пресс-секретарь губернатора Ольга Иванова заявила, что бюджет сверстан.",
     "Решение не принято", "Минфин", "Иванова", ()),
    # an official's words made public by his ministry: he speaks, the ministry is the channel
    ("Замминистра энергетики Сергей Орлов на встрече с инвесторами настоял на том, чтобы "
     "проект ускорили. Об этом сообщило Минэнерго.",
     "проект ускорили", "Сергей Орлов", None, ("Минэнерго",)),
    ("Замминистра энергетики Сергей Орлов провел встречу. По данным Минэнерго, Орлов назвал "
     "проект важным для региона.",
     "назвал проект", "Орлов", "Минэнерго", ("Минэнерго",)),
    ("Как отмечается в сообщении Минэнерго, Сергей Орлов подчеркнул, что проект будет "
     "завершен в срок.",
     "проект будет завершен", "Орлов", None, ("Минэнерго",)),
    ("Как отмечал в своем заявлении Минтранс, министр Роман Старов подчеркнул, что трассу "
     "откроют летом.",
     "трассу откроют", "Старов", None, ("Минтранс",)),
    # an unnamed source of an outlet: the outlet is the channel (curly quotes too)
    ("Источник “Ъ”, знакомый с ходом переговоров, утверждает, что сделка согласована.",
     "сделка согласована", "источник", None, ("Коммерсант",)),
    ("По словам собеседника РБК в правительстве, решение отложено.",
     "решение отложено", "собеседник", None, ("РБК",)),
    # a new source with its own outlet is not the source heard before
    ("Собеседник «Ведомостей» в мэрии сказал, что тендер отменят.\n\n"
     "Источник «Известий», знакомый с планами мэрии, утверждает, что тендер перенесут.",
     "тендер перенесут", "источник", "Ведомост", ("Известия",)),
    # the outlet's own source named again the same way is the source heard before
    ("Источник в полиции рассказал, что задержан водитель.\n\n"
     "Собеседник «Города» также утверждает, что водитель был пьян.",
     "водитель был пьян", "источник в полиции", None, ("Город",)),
    # «рассказал он "Ъ"»: the outlet told after the pronoun
    ('Юрист Кирилл Ожегов напоминает о праве заказчика. "Поставщик сможет оспорить штрафы", '
     '- рассказал он "Ъ".',
     "сможет оспорить", "Ожегов", None, ("Коммерсант",)),
    # the interview goes on in the next paragraph under a role noun: same channel
    ("Политолог Ильдар Сафин в беседе с «Городом» отметил, что выборы пройдут спокойно.\n\n"
     "«Серьезной конкуренции в регионе нет», — сказал эксперт.",
     "Серьезной конкуренции", "Ильдар Сафин", None, ("Город",)),
    # a medium relaying a person's doings relays his words right after
    ("Губернатор Андрей Лыков, как передает ТАСС, поручил проверить все котельные. "
     "«Спрашивать будем со всех», — заявил господин Лыков.",
     "Спрашивать будем", "Лыков", None, ("ТАСС",)),
    # «знакомый X»: X's acquaintance speaks, never X
    ("Блогер Павел Седых находится в СИЗО.\n\nКак сказал «Городу» знакомый Седых, блогер "
     "«держится бодро».",
     "держится бодро", "знакомый", "Павел Седых", ("Город",)),
    ("Как рассказала соседка Ивановых, семья уехала в пятницу.",
     "семья уехала", "соседка", None, ()),
    # a finding with an author: «согласно заключению экспертизы», «согласно данным X»
    ("Согласно заключению судебно-медицинской экспертизы, смерть наступила от травм.",
     "смерть наступила", "экспертиза", None, ()),
    ("Согласно данным Росстата, инфляция замедлилась.", "инфляция замедлилась", "Росстат",
     None, ()),
    ("Согласно выводам отчета комиссии, пилоты ошиблись при посадке.", "пилоты ошиблись",
     "комиссия", None, ()),
    # a dative outlet the parser calls the subject is who was told; the source behind its
    # «знакомый с ...» clause speaks
    ("Источник, знакомый с ходом проверки, сообщил «Городу», что склад закроют.",
     "склад закроют", "источник", "Город", ("Город",)),
    # the author of a relay verb hung by the parser on a word of the quotation; a woman's
    # surname in the accusative goes to the nominative
    ('"Новых заявок пока не поступало", - цитирует "Интерфакс" начальника управления '
     'образования Ларису Демину.',
     "Новых заявок", "Лариса Демина", None, ("Интерфакс",)),
    ("По словам Ольги Петровой, решение принято.", "решение принято", "Ольга Петрова", None,
     ()),
    # «в сообщении пресс-службы X»: the press service is a channel
    ('"Пробы отобраны", - говорится в сообщении пресс-службы управления Роспотребнадзора.',
     "Пробы отобраны", "Роспотребнадзор", None, ("пресс-служба",)),
    # a woman's first name the tagger reads as a man's genitive still takes the role
    # before it; «защитница», «юрист» then stand for her
    ("Об этом рассказала его адвокат Евгения Маркина.\n\nАдвокат утверждает, что протокол "
     "составлен с нарушениями. «Позиция у нас одна: невиновен», — подчеркнула юрист.",
     "Позиция у нас одна", "Маркин", None, ()),
    ("Об этом рассказала его адвокат Евгения Маркина. По словам защитницы, допрос шел без нее.",
     "допрос шел", "Маркин", None, ()),
    # a channel's quoted name with a full stop inside stays one name, one sentence
    ("Об этом пишет Telegram-канал «Город. Помощь», который ведут волонтеры.",
     "который ведут волонтеры", "Город. Помощь", None, ("Город. Помощь",)),
    # a post is made on the channel named before
    ("Об этом пишет Telegram-канал «Город. Помощь».\n\n«Мы нашли еще двоих», — говорится в "
     "посте координатора волонтеров Анны Беловой.",
     "Мы нашли еще двоих", "Анна Белова", None, ("Город. Помощь",)),
    # «в Telegram-канале X появился пост»: X wrote there, and goes on writing
    ("Вечером в Telegram-канале губернатора Олега Ветрова появился пост о том, что он в курсе. "
     "«Все сведения будут проверены», — написал губернатор.",
     "Все сведения будут проверены", "Олег Ветров", None, ("Telegram",)),
    # a second title after a comma carries the name; a subject split in two by the parser
    ('"Плотина стара", - пояснил "Ъ" гидротехник, кандидат технических наук Павел Ермолин.',
     "Плотина стара", "Павел Ермолин", None, ("Коммерсант",)),
    ("Эксперт по уголовному праву, адвокат Олег Сидорин, с которым поговорила DW, считает, "
     "что шансы невелики.",
     "шансы невелики", "Олег Сидорин", None, ("DW",)),
    ("Начальник управления Игорь Дробин доложил губернатору, что вода пошла на спад.",
     "вода пошла на спад", "Игорь Дробин", None, ()),
    # the defence, the prosecution, the investigation speak as collectives
    ("Сам ученый, по словам защиты, с обвинением не согласен.", "с обвинением не согласен",
     "защита", None, ()),
    # a described source the medium cites speaks; the medium is the channel
    ("Как ранее передавал ТАСС со ссылкой на источник в правоохранительных органах, "
     "обвиняемый частично признал вину.",
     "частично признал вину", "источник в правоохранительных органах", None, ("ТАСС",)),
    ("Региональные СМИ со ссылкой на источник в силовых структурах сообщали, что физик "
     "признал вину.",
     "физик признал вину", "источник", None, ("СМИ",)),
    # ... but «со ссылкой на источники» is the medium's own sourcing
    ("Завод продадут, пишет издание «Горный край» со ссылкой на источники.",
     "Завод продадут", "Горный край", None, ("Горный край",)),
    # a plea is an act told by whoever reports it
    ("Замминистра Олег Горин признал вину на первом же допросе. Об этом РЕН ТВ сообщил "
     "источник в правоохранительных органах.",
     "признал вину", "источник", "Горин", ("РЕН ТВ",)),
    # a foreign quotation the parser cannot read: the person named right after the verb
    ("«Dams rarely fail without warning. There are hours of seepage», — сказала Русской "
     "службе гидролог Университета Данди (Великобритания) Фиона Марш.",
     "Dams rarely fail", "Фиона Марш", None, ()),
    # figures right after a source's figures come from it
    ("По последним данным регионального управления МЧС, пять человек погибли. В зоне "
     "подтопления остаются 418 жилых домов.",
     "418 жилых домов", "МЧС", None, ()),
    # a relative clause after the title names someone else
    ("Директор одного из институтов, где Иван Кречин работал по контракту, в комментарии "
     "DW подчеркнул открытый характер исследований.",
     "открытый характер", "директор", "Кречин", ("DW",)),
    # a new source described afresh is not the unnamed speaker heard before
    ("Директор одного из институтов в комментарии DW подчеркнул, что работы были открытыми.\n\n"
     "Российские СМИ со ссылкой на источник в силовых структурах сообщали, что физик признал вину.",
     "физик признал вину", "источник в силовых структурах", None, ()),
    # «Согласно документу»: the body that issued the document just told of
    ("Постановление о единовременной помощи правительство Омской области приняло в среду "
     "вечером. Согласно документу, выплата составит 75 тысяч рублей.",
     "выплата составит", "правительство", None, ()),
    # «..., о чем доложил X»: the main clause's subject reported it
    ("Диспетчер Олег Пахомов заметил утечку, о чем доложил начальнику смены.",
     "заметил утечку", "Олег Пахомов", None, ()),
    # «..., и все они описывают»: the people named just before in the sentence
    ("Корреспондент поговорил с тремя жителями поселка, и все они описывают другую картину: "
     "вода пришла ночью.",
     "вода пришла ночью", "жители", None, ()),
    # a ministry reporting an act, no one's words: the ministry speaks
    ("По данным МВД, в регионе задержаны двое подозреваемых.",
     "задержаны двое", "МВД", None, ()),
]


@pytest.mark.parametrize(("text", "anchor", "speaker", "not_speaker", "via"),
                         ROLE_AND_CHANNEL_CASES,
                         ids=[f"rc{i:02d}" for i in range(len(ROLE_AND_CHANNEL_CASES))])
def test_role_and_channel(text: str, anchor: str, speaker: str, not_speaker: str | None,
                          via: tuple[str, ...]) -> None:
    """Roles resolved to the person they stand for, unnamed speakers kept unnamed, and a
    body or outlet that made someone's words public kept as the channel."""
    c = _claim(text, anchor)
    assert c.speaker is not None and speaker.lower() in c.speaker.lower(), c
    if not_speaker is not None:
        assert not_speaker.lower() not in c.speaker.lower(), c
    for v in via:
        assert any(v.lower() in x.lower() for x in c.via), c
