"""Lexicons the conflict finder reads claims with: predicates, events, statuses, titles,
causes of death, nationalities and number words (Russian first, a light English set).

General words of Russian news only; no name, date or phrase of any one story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factdb.text import fold

# Predicates a count can be the quantity of. A count takes the nearest one in its clause.
# Nouns and infinitives of release («освобождение 11 россиян», «призвал освободить») speak
# of people still held, so they count as custody; finite and short forms are releases.
# the words of finding a thing (a pest in a shipment, a germ in a sample, a dead flock):
# each rule that reads a finding adds its own
FOUND_WORDS = r"выяв(?:ил|л)\w*|обнаруж\w*|нашли|найден\w*"
# a leak of data told by its own words (stems): each rule that reads a leak adds its own
LEAK_STEMS = r"утечк|утекл|утек|слив|слит"

FRAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("aboard", re.compile(r"^(?:борт\w*|пассажир\w*|экипаж\w*)$")),
    # (led out, «вывели», is evacuated: a building's people, a mine's shift)
    # («удалось спасти»; told alive right after the count, «17 человек живы»: facts.py)
    ("survived", re.compile(r"^(?:выжил\w*|выживш\w*|спасен\w*|спасли|спасти|"
                            r"survived|rescued)$")),
    ("missing", re.compile(r"^(?:пропал\w*|пропавш\w*|missing)$")),
    # the attackers of a raid, counted by who burst in: «в кассу ворвались двое парней»,
    # «вбежали три человека в масках» (the attackers' own nouns, «трое налетчиков», are a class:
    # ATTACKERS; those detained after are a frame of their own)
    ("attacked", re.compile(r"^(?:ворвал\w*|ворвавш\w*|забежал\w*|вбежал\w*|напал[аи]?)$")),
    # (and animals: «пало 4,2 тыс. птиц», «падеж»)
    ("dead", re.compile(r"^(?:погиб\w*|скончал\w*|умер\w*|умерл\w*|убит\w*|жертв\w*|гибел\w*|"
                        r"пало|павш\w*|падеж\w*|"
                        r"смерт\w*|died|dead|killed)$")),
    ("injured", re.compile(r"^(?:ранен\w*|ранил\w*|пострада\w*|травмирова\w*|"
                           r"injured|wounded)$")),
    # those who fell ill in an outbreak or a poisoning: «заболели 63 человека», «47
    # заболевших», «заразились 12 детей» (and «47 случаев кори»: see facts.py); things
    # found infected too, «12 зараженных проб», «заражение восьми партий зерна»
    ("ill", re.compile(r"^(?:заболел\w*|заболевш\w*|отравил(?:ись|ся|ась)|отравивш\w*|"
                       r"отравлен[ыоа]?|отравлени[еяюи]\w*|заразил\w*|заразивш\w*|инфицирова\w*|"
                       r"заражен\w*|заражени[еяю]|infected)$")),
    # those taken to hospital are some of the injured: a count of its own
    ("hospitalized", re.compile(r"^(?:госпитализир\w*|hospitali[sz]ed)$")),
    ("evacuated", re.compile(r"^(?:эвакуир\w*|эвакуац\w*|вывез\w*|вывезл\w*|вывоз\w*|"
                             r"выведен\w*|вывели|"
                             r"отселен\w*|отселил\w*|отселили|evacuated)$")),
    # houses, cars, hectares lost to fire, flood or shelling: one count per story
    ("destroyed", re.compile(r"^(?:уничтож\w*|сгорел\w*|сгоревш\w*|выгорел\w*|выгоревш\w*|"
                             r"разрушен\w*|разрушил\w*|destroyed|burned|burnt)$")),
    # trees felled: «вырублены 46 деревьев», «спилят триста деревьев»
    ("felled", re.compile(r"^(?:вырублен\w*|вырубил\w*|вырубят|вырубать|спилен\w*|"
                          r"спилил\w*|спилят|срублен\w*|срубил\w*|felled)$")),
    # houses, bridges, cars damaged and standing: «повреждены 118 домов», «повреждения
    # получили 43 жилых дома», «43 поврежденных дома» (not the destroyed ones above)
    ("damaged", re.compile(r"^(?:поврежд[её]н\w*|повредил\w*|повреждени[яй]|damaged)$")),
    # houses and plots under water: «подтоплены 127 домов», «127 подтопленных домов»
    ("flooded", re.compile(r"^(?:подтоплен\w*|подтопил\w*|подтопило|затоплен\w*|затопил\w*|"
                           r"затопило|flooded)$")),
    # (handed over in an exchange is released: «Россия передала Польше пятерых»)
    ("released", re.compile(r"^(?:освобожден|освобождена|освобождено|освобождены|освободил\w*|"
                            r"отпущен\w*|отпустил\w*|помилова\w*|передан[аоы]?|передал[аи]?|"
                            r"обменян\w*|обменен\w*|released|freed|swapped)$")),
    # flights, trains, events called off: «отменены 11 рейсов», «отменили семь электричек»
    ("cancelled", re.compile(r"^(?:отмен[еиая]\w*|cancel\w*)$")),
    # diplomats declared unwelcome: «высылает двух дипломатов», «объявил персонами нон грата»
    ("expelled", re.compile(r"^(?:высла\w*|высыла\w*|выслан\w*|высылк\w*|выдвор\w*|грата|"
                            r"expel\w*)$")),
    # on hunger strike, on strike: «голодают 23 человека», «47 голодающих», «в забастовке
    # участвуют около 600 работников»
    ("hunger_strike", re.compile(r"^(?:голода(?:ют|ет|ли|л|ла)|голодающ\w*|голодовк\w*)$")),
    ("on_strike", re.compile(r"^(?:бастую\w*|бастовал\w*|бастует|забастовк\w*|стачк\w*)$")),
    # the victims of a crime, a fraud: «потерпевшими признаны 4312 человек», «обманутых
    # вкладчиков более шести тысяч»
    ("victims", re.compile(r"^(?:потерпевш\w*|обманут\w*|victims?)$")),
    # tickets, flats, tons sold: «продано 8400 билетов», «реализовано 12,6 тыс. билетов»
    ("sold", re.compile(r"^(?:продан[оаы]?|продал[аи]?|реализован[оаы]?|реализовал[аи]?|"
                        r"раскуплен[оаы]?|sold)$")),
    # inmates who fled: «сбежали двое заключенных», «трое беглецов»
    ("escaped", re.compile(r"^(?:сбежал[аи]?|сбежавш\w*|бежал[аи]?|беглец\w*|беглых|беглые|"
                           r"escaped)$")),
    # players barred from games, officials from office: «отстранил пятерых игроков»,
    # «дисквалифицированы семь футболистов»
    ("suspended", re.compile(r"^(?:отстран(?:ил|ила|или|ен|ена|ены|ено|енн|ять|яют)\w*|"
                             r"дисквалифицир\w*|suspended)$")),
    ("custody", re.compile(r"^(?:задерж\w*|арест\w*|сизо|заключ\w*|осужден\w*|осудил\w*|страж\w*|"
                           r"доставлен\w*|доставил\w*|доставили|"
                           r"освобождени\w*|освободить|освобождения|возвращени\w*|вернуть|"
                           r"detained|arrested|held|jailed)$")),
)
# Words that tell a value as a bound, folded: «более 600 человек», «не менее пяти», «свыше
# 18 тыс. га» (at least); «менее 20», «не более трех» (at most). The rules for counts,
# sums and shares each read them (sums and shares add words of their own).
AT_LEAST = ("более", "более чем", "больше чем", "свыше", "больше", "не менее", "не меньше",
            "по меньшей мере", "как минимум", "минимум", "at least", "more than", "over")
AT_MOST = ("менее", "менее чем", "меньше чем", "меньше", "не более", "не больше", "максимум",
           "less than", "fewer than", "up to", "не превысило", "не превысил", "не превысила",
           "не превысили", "не превышает", "не дольше")
# the bounds of both kinds as one alternation, the longest first («более чем» before «более»)
BOUND_WORDS = "|".join(re.escape(w) for w in sorted((*AT_LEAST, *AT_MOST), key=len,
                                                     reverse=True))
# a round figure near the value («около трех десятков» of 31), and one just above it (counts
# and sums read them both)
ABOUT = ("около", "примерно", "порядка", "приблизительно", "about", "around", "roughly",
         "approximately")
ALMOST = ("почти", "almost", "nearly")
# Predicates told by a phrase, not a word: how a count of people got to hospital. Being
# taken to hospital is «госпитализированы» (cumulative); being still there is another,
# current quantity that falls day by day; seeking medical help is a larger group (many are
# sent home). A phrase near a count takes it over any single predicate word.
_HOSPITAL = (r"(?:больниц|стационар|реанимаци|клиник|госпитал|медучреждени|цгб|црб|гкб|дгкб|"
             r"дкб|инфекционн\w+\s+отделени)\w*")
_VEHICLE = (r"(?:автобус|микроавтобус|маршрутк|поезд|вагон|электричк|салон|судн|катер|лодк|"
            r"пароход|теплоход|паром|самолет|вертолет|лайнер|машин|автомобил)\w*")
# a road crash by its names, and the vehicles it takes in
_CRASH = r"(?:авари|дтп|столкновени)\w*"
_MOTOR = r"(?:машин|автомобил|транспортн\w+\s+средств|грузовик|фур)\w*"
# led out of a building: «вывели», «эвакуировали» (a building's people, _EVACUEES)
_LED_OUT = r"(?:выве(?:ли|сти|ден[аоы]?)|эвакуир(?:овали|овать|ованы|овано|ована|ован))"
# the buildings people are led out of when evacuated
_PREMISES = (r"(?:здани|склад|помещени|территори|торгов|центр|тц|трц|школ|детск\w*\s+сад|"
             r"больниц|корпус|цех|общежити|гостиниц|отел|театр|кинотеатр|аэропорт|вокзал|"
             r"метро|офис|бизнес-центр|дом)\w*")
# (still held: staying, or held now, in a place of custody)
_STAY = r"(?:оста(?:ют|ет|ется|ются)\w*|остал(?:ись|ось|ся|ась))"
_HELD_NOW = r"(?:наход(?:ят|ит)ся|содерж(?:ат|ит)ся)"
_JAIL = (r"(?:под\s+страж\w*|в\s+(?:[\w-]+\s+){0,2}?(?:сизо|колони\w*|тюрьм\w*)|"
         r"в\s+заключени\w*|в\s+изолятор\w*|за\s+решетк\w*|"
         r"в\s+мест\w*\s+(?:лишения\s+свободы|заключения))")
# (and a fight's: «в драке участвовали около 40 человек», «в потасовке сошлись 150»)
_RALLY = (r"(?:площад|улиц|акци|митинг|шестви|протест|демонстраци|пикет|драк|потасовк|"
          r"побоищ|беспорядк)\w*")
_TOOK_PART = r"(?:принял[аио]?\s+участие|приняли\s+участие|участвовал\w*)"
# what a ration is counted per, right after its amount
PER_UNIT = re.compile(r"(?<![а-яё])(?:на\s+(?:один\s+|одн\w+\s+|кажд\w+\s+)?(?:машин[уы]|"
                      r"автомобил[ья]|автомашин[уы]|человека|покупател[яей]|клиента|семью|"
                      r"руки)|"
                      r"в\s+одни\s+руки)(?![а-яё])", re.I)


def ration_after(text: str, end: int) -> bool:
    """Whether what a count counts is told per car, per person, per pair of hands right
    after it («20 литров на один автомобиль»): a ration, whose «не более» is the limit."""
    return _RATION_AFTER.match(text, end) is not None


_RATION_AFTER = re.compile(rf"\s*(?:{PER_UNIT.pattern})", re.I)
# motor fuel by its names: «бензин», «АИ-95», «девяносто пятый», «дизтопливо»
_FUEL = (r"(?:бензин\w*|топлив\w*|дизтоплив\w*|горюч\w*|дизел\w*|солярк\w*|аи-?\s?\d\d|"
         r"(?:девяносто\s+)?(?:пят|втор)(?:ого|ый|ой)|девяност\w+)")
PHRASE_FRAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # how many searched for the missing: «в поисках участвовали около 300 человек», «на
    # поиски вышли около семисот человек», «к поискам привлечены 120 полицейских»
    ("searched", re.compile(
        r"\bв\s+поиск\w*\s+(?:[\w-]+\s+){0,3}?(?:участвовал|участвуют|задействован|был|были)\w*|"
        r"\b(?:участвовал|участвуют|задействован)\w*\s+(?:[\w-]+\s+){0,2}?в\s+поиск\w*|"
        r"\bна\s+поиск\w*\s+(?:[\w-]+\s+){0,2}?(?:вышл|вышел|вышли|отправил|выехал)\w*|"
        r"\b(?:вышл|вышли|вышел|отправил\w*)\s+(?:[\w-]+\s+){0,2}?на\s+поиск\w*|"
        r"\bк\s+поиск\w*\s+(?:[\w-]+\s+){0,2}?(?:привлечен|подключил|присоединил)\w*|"
        r"\bучастник\w*\s+поиск\w*|\bискали\b", re.I)),
    # travellers stranded abroad: «за рубежом сейчас находятся 900 туристов», «за
    # границей застряли около двух тысяч» (before a jam: stuck abroad is
    # no jam)
    ("abroad", re.compile(
        r"\bза\s+(?:рубежом|границей|пределами\s+(?:страны|россии))\s+(?:[\w-]+\s+){0,4}?"
        r"(?:находил|находят|находит|оставал|остают|остает|остал|застрял|оказал)\w*|"
        r"\b(?:находил|находят|находит|оставал|остают|остает|остал|застрял|оказал)\w*\s+"
        r"(?:[\w-]+\s+){0,2}?за\s+(?:рубежом|границей|пределами\s+(?:страны|россии))", re.I)),
    # vehicles or people stuck in a traffic jam: «в заторе стояли не меньше 1800 машин»,
    # «на пике затора находились около 700 транспортных средств», «в колонне было порядка
    # семисот машин», «застряли около двух тысяч фур»
    ("jammed", re.compile(
        r"\bв\s+(?:[\w-]+\s+){0,2}?(?:пробк|затор|колонн)\w*|\bна\s+пике\s+(?:пробк|затор)\w*|"
        r"\bзастрял\w*|\bзастрявш\w*|\bstranded\b|\bstuck\b", re.I)),
    # on hunger strike told by a phrase: «голодовку держат уже 23 человека», «от приема
    # пищи отказываются девять человек»
    ("hunger_strike", re.compile(
        r"\bголодовк\w*\s+(?:[\w«»-]+\s+){0,6}?(?:держ|объявил|продолжа|начал|присоедин)\w*|"
        r"\b(?:держ|объявил|продолжа|начал|присоедин)\w*\s+(?:[\w-]+\s+){0,2}?голодовк\w*|"
        r"\bотказ\w*\s+(?:[\w-]+\s+){0,2}?от\s+(?:приема\s+)?(?:пищи|еды)\b|"
        r"\bот\s+(?:приема\s+)?(?:пищи|еды)\s+(?:[\w-]+\s+){0,2}?отказ\w*", re.I)),
    # how many sit an exam: «экзамен должны были писать 11 412 девятиклассников», «ЕГЭ
    # сдают 14 тысяч выпускников», «будут писать его заново»
    ("exam_takers", re.compile(
        r"\b(?:экзамен\w*|ЕГЭ|ОГЭ|олимпиад\w*|тестировани\w*)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:писать|сдавать|писали|сдавали|пишут|сдают|напишут|сдадут)\b|"
        r"\b(?:писать|сдавать|писали|сдавали|пишут|сдают|напишут|сдадут)\s+(?:[\w-]+\s+)?"
        r"(?:экзамен\w*|ЕГЭ|ОГЭ|олимпиад\w*|его|е[её])\b", re.I)),
    # how many went together: a tour group, an expedition, a squad («в группе было 12
    # человек», «группа из двенадцати человек», «в поход отправились десять», «в горы ушли
    # двенадцать»)
    ("in_group", re.compile(
        r"\bв\s+(?:[\w-]+\s+){0,2}?(?:групп|отряд|экспедици)\w*\s+(?:[\w-]+\s+){0,2}?"
        r"(?:было|был[аи]?|находил\w*|состоял\w*|насчитывал\w*|числил\w*)|"
        r"\b(?:групп|отряд|экспедици|компани)\w*\s+из\b|\bв\s+составе\s+(?:[\w-]+\s+)?(?:групп|"
        r"отряд|экспедици|компани)\w*|\b(?:в\s+поход|в\s+горы|на\s+маршрут)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:отправил|ушл|ушел|ушёл|вышл|вышел|вышёл)\w*|\b(?:отправил|ушл|ушел|ушёл|вышл|"
        r"вышел)\w*\s+(?:[\w-]+\s+){0,3}?(?:в\s+поход|в\s+горы|на\s+маршрут)", re.I)),
    # cars off the rails: «с рельсов сошли 11 вагонов», «произошел сход 11 вагонов»
    ("derailed", re.compile(
        r"\bсо?ш(?:ли|[её]л|ла|ло)\s+(?:[\w-]+\s+){0,2}?с\s+(?:рельс|пут)\w*|\bс\s+(?:рельс|"
        r"пут)\w*\s+(?:[\w-]+\s+){0,2}?со?ш(?:ли|[её]л|ла|ло)\b|\bсход\w*\s+(?:с\s+рельс\w*\s+)?"
        r"(?=(?:[\w-]+\s+){0,2}?(?:вагон|цистерн|состав|платформ)\w*)|\bderail\w*", re.I)),
    # who rode or passed without paying while a fare system was down: «бесплатно проехали
    # около 380 тыс. пассажиров», «без оплаты прошли через турникеты», «бесплатных поездок
    # было больше 610 тысяч» (one count of a story, whoever is named)
    ("rode_free", re.compile(
        r"\b(?:бесплатно|без\s+оплаты|зайцем)\s+(?:[\w-]+\s+){0,4}?(?:проехал|прокатил|прош[её]?л|"
        r"воспользовал)\w*|\b(?:проехал|прокатил|прошл|прошел)\w*\s+(?:[\w-]+\s+){0,2}?"
        r"(?:бесплатно|без\s+оплаты)|\bбесплатн\w+\s+(?:поездок|проезд\w*|поездк\w*)", re.I)),
    # trees to be felled, the plan (not those felled so far, «успели спилить 18»): «под
    # вырубку попадут 46 деревьев», «разрешено убрать 46 деревьев»
    ("to_fell", re.compile(
        r"\bпод\s+(?:вырубк|снос|спил)\w*[,\s]+(?:[\w-]+[,\s]+){0,3}?(?:попад|пойд|ид[уе]т|подпада|"
        r"окаж)\w*|\b(?:попад|пойд|подпада|окаж)\w*\s+под\s+(?:вырубк|снос|спил)\w*|"
        r"\b(?:разреш|планир|намерен|собира|должн)\w*\s+(?:[\w-]+\s+)?(?:убрать|вырубить|"
        r"спилить|срубить|снести)\b(?=\s+(?:[\w-]+\s+){0,3}?(?:деревьев|дерева|стволов|"
        r"насаждений))", re.I)),
    # under water told by a phrase: «под водой оказались 214 домов», «вода зашла в 214
    # жилых домов»
    ("flooded", re.compile(
        r"\bпод\s+водой\b|\bвод[аы]\s+(?:[\w-]+\s+){0,2}?(?:зашла|вошла|пришла|поступила|"
        r"проникла)\s+в\b|\bв\s+зон\w+\s+подтоплени\w*", re.I)),
    # how many were in a vehicle: «в автобусе находились 32 человека», «ехали 28»
    ("aboard", re.compile(
        rf"\b(?:в|на)\s+(?:[\w-]+\s+){{0,2}}?{_VEHICLE}\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:находил\w*|ехал\w*|было|был[аи]?|следовал\w*|летел\w*|плыл\w*)|"
        rf"\b(?:находил\w*|ехал\w*|следовал\w*)\s+(?:[\w-]+\s+){{0,3}}?(?:в|на)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{_VEHICLE}|\bпассажир\w*\s+было\b", re.I)),
    # how many vehicles a crash took in: «в аварии участвовали 12 транспортных средств»,
    # «в ДТП попали 17 автомобилей», «оказались вовлечены 12 машин», «спасатели насчитали 17
    # машин» (one count of the story's crash, whoever counted)
    ("in_crash", re.compile(
        rf"\b(?:в|во)\s+(?:[\w-]+\s+){{0,2}}?{_CRASH}\s+(?:[\w-]+\s+){{0,3}}?"
        r"(?:участвовал|участвуют|участвует|попал|оказал)\w*|"
        r"\b(?:участвовал|участвуют|попал|попали)\w*\s+(?:[\w-]+\s+){0,2}?в\s+"
        rf"(?:[\w-]+\s+)?{_CRASH}|\bвовлечен\w*|\bстолкнул(?:ись|ось)\b|"
        rf"\b(?:насчита|посчита|подсчита)\w*\s+(?:[\w-]+\s+){{0,3}}?{_MOTOR}", re.I)),
    # how many signatures (ballots, applications) were thrown out: «недействительными
    # признаны 540», «комиссия забраковала 540 подписей», «отбраковали 170 бюллетеней»
    ("rejected", re.compile(
        r"\b(?:недействительн|недостоверн|забракова|отбракова|выбракова)\w*|"
        r"\bне\s+засчита\w*|\bбраковк\w*", re.I)),
    # how many records a breach leaked: «похищено 3 млн записей», «утечка затронула до 800
    # тыс. учетных записей», «в дампе 2,5 миллиона строк», «данные 300 тысяч клиентов
    # утекли» (a sample of the dump, «образец на 1000 строк», is no leak's size)
    ("leaked", re.compile(
        r"\b(?:выгруз|утечк|утек|утёк|утекл|похищен|похитил|скачал|слил|слит|"
        r"скомпрометирован)\w*|\bв\s+(?:архиве|базе|дампе|выгрузке)\b|"
        r"\bпопал\w*\s+в\s+(?:сеть|открытый\s+доступ|даркнет)|\bречь\s+идет\s+о|"
        r"\bleak\w*|\bdump\b", re.I)),
    # how many quit of their own will: «заявления на увольнение написали 30 учителей»,
    # «уволились девять учителей», «решили уволиться», «ушли по собственному желанию» (before
    # the layoff: «увольняются» is quitting, «увольняют» laying off)
    ("resigned", re.compile(
        r"\bзаявлени\w*\s+(?:[\w-]+\s+){0,2}?(?:об|на)\s+увольнени\w*|"
        r"\b(?:уволил(?:ись|ся|ась)|уволиться|уволятся|увольня(?:ются|ется|лись|лся|лась))\b|"
        r"\bпо\s+собственному\s+желанию\b", re.I)),
    # how many lose their jobs when a plant shuts: «под сокращение попадут 600
    # сотрудников», «работы лишатся около тысячи человек», «без работы останутся 900»,
    # «завод намерен уволить 600 рабочих» (one count of the story's layoff)
    ("laid_off", re.compile(
        r"\bпод\s+сокращени\w*\s+(?:[\w-]+\s+)?попад\w*|\bпопад\w*\s+(?:[\w-]+\s+)?под\s+"
        r"сокращени\w*|\bсокращени\w+\s+(?:[\w-]+\s+){0,2}?(?:коснет|затронет)\w*|"
        r"\b(?:потеря(?:ют|ет|ли|л|ла)|лишатся|лишится|лишились|лишился)\s+(?:[\w-]+\s+)?"
        r"(?:работ[уы]|мест\w*)\b|\bработ[уы]\s+(?:[\w-]+\s+)?(?:потеря|лиш)\w*|"
        r"\bбез\s+работы\s+(?:[\w-]+\s+){0,3}?(?:оста|окаж|окаж)\w*|"
        r"\b(?:оста|окаж)\w*\s+(?:[\w-]+\s+){0,2}?без\s+работы|"
        r"\b(?:уволить|уволят|увольня\w*|сократить|сократят)\b", re.I)),
    # inmates who fled told by a phrase: «двое осужденных совершили побег», «из колонии
    # ушли три человека»
    ("escaped", re.compile(
        r"\bсовершил\w*\s+(?:[\w-]+\s+)?побег\w*|\bпобег\w*\s+(?:[\w-]+\s+){0,2}?совершил\w*|"
        r"\b(?:ушл|ушел|ушёл|сбежал|бежал)\w*\s+(?:[\w-]+\s+){0,3}?из\s+(?:[\w-]+\s+){0,2}?"
        r"(?:колони|сизо|изолятор|тюрьм|исправительн|спецприемник|спецприёмник)\w*|"
        r"\bиз\s+(?:[\w-]+\s+){0,2}?(?:колони|сизо|изолятор|тюрьм|исправительн)\w*\s+"
        r"(?:[\w-]+\s+){0,2}?(?:ушл|ушел|ушёл|сбежал|бежал)\w*", re.I)),
    # how many charges were brought: «предъявили обвинения по шести пунктам», «обвиняют
    # по 12 статьям» (the counts of the charge sheet, not people)
    ("charges", re.compile(
        r"\b(?:обвинени\w*|обвиня\w*|обвинил\w*)\s+(?:[\w-]+\s+){0,3}?по(?=\s+\S+\s+"
        r"(?:[\w-]+\s+)?(?:пункт|стать|эпизод|стать)\w*)", re.I)),
    # a ration: «не более 20 литров на один автомобиль», «до 20 л в одни руки», «лимит —
    # 30 литров на машину» (its «не более» is the limit itself, no bound: finder._span)
    ("ration", re.compile(PER_UNIT.pattern, re.I)),
    # how many came to a rally: «в акции приняли участие около 3 тыс. человек», «на
    # площадь вышли более 25 тысяч», «число участников оценили в три тысячи» (the police
    # and the organisers count their own way)
    ("attended", re.compile(
        rf"\bв\s+{_RALLY}\s+(?:[\w-]+\s+)?{_TOOK_PART}|\b{_TOOK_PART}\s+(?:[\w-]+\s+)?"
        rf"в\s+{_RALLY}|\b(?:вышл|вышел|пришл|пришел|собрал)\w*\s+на\s+{_RALLY}|"
        rf"\bна\s+{_RALLY}\s+(?:[\w-]+\s+)?(?:вышл|вышел|пришл|пришел|собрал)\w*|"
        rf"\bв\s+{_RALLY}\s+(?:[\w-]+\s+)?сошл\w*|"
        rf"\bчисл\w+\s+(?:участник|протестующ|митингующ)\w*|"
        # the crowd counted by its noun: «полиция насчитала порядка полутора сотен участников
        # акции» (not «задержаны 19 участников акции»: what befell them is the frame); a
        # crowd the organisers counted: «по подсчетам организаторов, в парк пришли 800»
        rf"\b(?:насчита|оцени|посчита)\w*\s+(?:[\w-]+\s+){{0,4}}?участник\w*\s+{_RALLY}|"
        rf"\bорганизатор\w*[^.;:!?]{{0,80}}?\b(?:пришл|пришел|"
        rf"собрал|вышл|вышел)\w*|"
        rf"\b(?:took\s+part\s+in|attended)\s+(?:the\s+)?(?:rally|protest|march)|"
        # a crowd at a place: «у арены собралось около трех тысяч человек», «в момент
        # наибольшего скопления находились порядка 3 тыс.», «толпа в семь тысяч»
        rf"\bсобрал(?:ось|ись)\b|\bскоплени\w*|\bтолп[аеуы]\w*", re.I)),
    # how many patients a shortage left without their drug: «без льготных препаратов
    # оказались 150 пациентов», «без инсулина остались сотни людей»
    ("no_drug", re.compile(
        r"\bбез\s+(?:[\w-]+\s+){0,2}?(?:инсулин\w*|лекарств\w*|препарат\w*|медикамент\w*|"
        r"терапи[ия])(?:\s+(?:[\w-]+\s+){0,8}?(?:оста\w+|оказал\w+))?", re.I)),
    # how many homes or people an outage cut off: «без тепла оказались 61 тысяча жителей»,
    # «авария затронула 347 домов», «обесточены 40 поселков»
    ("cut_off", re.compile(
        r"\bбез\s+(?:тепла|отоплени\w*|света|электричеств\w*|электроэнерги\w*|воды|"
        r"водоснабжени\w*|газа|газоснабжени\w*|(?:горяч|холодн|питьев)\w+\s+воды)"
        r"(?:\s+(?:[\w-]+\s+){0,8}?(?:оста\w+|оказал\w+))?|\bобесточен\w*|"
        # what went off in the homes: «в 312 домах пропала вода»
        r"\b(?:пропал[аио]?|исчез(?:ла|ло|ли)?)\s+(?:холодн\w+\s+|горяч\w+\s+)?(?:вода|свет|"
        r"газ|тепло|отопление|электричество)\b|\b(?:вода|свет|газ|тепло|отопление|"
        r"электричество)\s+(?:[\w-]+\s+)?(?:пропал|исчез)\w*|"
        r"\bотключен\w*\s+от\s+(?:тепл|отоплени|электр|вод|газ)\w*|\bзатронул\w*|"
        r"\bwithout\s+(?:heat|heating|power|electricity|water)|"
        # filling stations run dry: «без АИ-95 оставались 47 заправок», «бензина нет более
        # чем на 120 заправках», «топливо отсутствовало на 47 АЗС»
        rf"\bбез\s+{_FUEL}|\b{_FUEL}\s+(?:[\w-]+\s+){{0,2}}?(?:нет|не\s+было|отсутств\w*|"
        r"закончил\w*|кончил\w*)|\b(?:нет|отсутств\w*|закончил\w*|кончил\w*)\s+"
        rf"(?:[\w-]+\s+)?{_FUEL}", re.I)),
    # how many were at the site when it happened: underground, in the mine, in the building
    ("present", re.compile(
        r"\b(?:под\s+землей|в\s+(?:[\w-]+\s+)?(?:шахте|забое|руднике|здании|цехе))\s+"
        r"(?:[\w-]+\s+){0,2}?(?:находил\w*|было|был[аи]?|работал\w*|оставал\w*)|"
        r"\b(?:находил\w*|работал\w*)\s+(?:[\w-]+\s+){0,2}?(?:под\s+землей|в\s+(?:[\w-]+\s+)?"
        r"(?:шахте|забое|руднике))|\b(?:горняк|шахтер|рабоч)\w*\s+было\b|\bunderground\b", re.I)),
    # how many were cut off by a collapse, a jam, a storm: «заблокированы 13 горняков»,
    # «под завалом остались 13 шахтеров», «связь потеряна с 12 работниками» (told still
    # there, «остаются под завалами», it is a count of its hour: not read)
    ("trapped", re.compile(
        # (or buried by a landslide: «под оползнем оказались четыре машины», «семь
        # автомобилей, накрытых грунтом»)
        # (cut off from the way out, or in the zone of the collapse when it came: «отрезанными
        # от ствола остались семеро», «в зоне завала находились 12 рабочих»)
        r"(?<![\w-])отрезан\w*|\bв\s+зоне\s+(?:обрушени|завал|обвал)\w*\s+(?:[\w-]+\s+){0,4}?"
        r"(?:находил\w*|оказал\w*|был[оаи]?|работал\w*)|"
        # (or caught by a snowslide: «под лавину попали шестеро», «о пяти попавших под
        # снег», «засыпало снегом»)
        r"\b(?:попал\w*|попавш\w*)\s+(?:[\w-]+\s+)?под\s+(?:лавин|снег|завал|обвал|оползен|"
        r"обломк)\w*|\bзасыпа\w*\s+(?:[\w-]+\s+)?(?:снегом|лавиной)|\bнакрыл\w*\s+"
        r"(?:[\w-]+\s+)?лавин\w*|"
        r"(?<![\w-])заблокирован\w*|\bпод\s+(?:[\w-]+\s+){0,2}?(?:завал|оползн|грунт|камн|"
        r"лавин|обломк|снег)\w*\s+(?:[\w-]+\s+){0,3}?(?:остал|оказал|попал)\w*|"
        r"\b(?:остал|оказал)\w*\s+(?:[\w-]+\s+){0,2}?под\s+(?:[\w-]+\s+)?(?:завал|оползн|грунт|"
        r"камн|лавин|обломк)\w*|\bнакрыт\w*\s+(?:[\w-]+\s+)?(?:грунт|оползн|лавин|камн|"
        r"обломк)\w*|"
        r"\bсвяз[ьи]\s+(?:[\w-]+\s+){0,3}?(?:утрачен\w*|потерян\w*|пропал\w*|прервал\w*|"
        r"отсутствует)\s+с\b|\btrapped\b", re.I)),
    # those whose fate is unknown are missing, not dead: «судьба восьми горняков
    # неизвестна», «местонахождение еще восьми устанавливается»
    ("missing", re.compile(
        r"\bсудьб\w*\s+(?:[\w-]+\s+){0,6}?неизвестн\w*|"
        r"\bместонахождени\w*\s+(?:[\w-]+\s+){0,4}?(?:устанавлива\w*|неизвестн\w*)", re.I)),
    # led out of a building is evacuated: «из здания вывели 1,8 тыс. сотрудников», «со
    # склада удалось вывести более тысячи человек»
    ("evacuated", re.compile(
        rf"\b{_LED_OUT}\s+(?:[\w-]+\s+){{0,4}}?(?:из|с|со)\s+(?:[\w-]+\s+)?"
        rf"{_PREMISES}|\b(?:из|с|со)\s+(?:[\w-]+\s+){{0,2}}?{_PREMISES}\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{_LED_OUT}\b", re.I)),
    # hurt told with a noun: «травмы получили 14 человек», «получили ранения трое»
    ("injured", re.compile(
        r"\bполучил\w*\s+(?:[\w-]+\s+){0,3}?(?:травм|ранени|увечь|ожог|телесн)\w*|"
        r"\b(?:травм|ранени|увечь|ожог|телесн\w*\s+поврежден)\w*\s+(?:[\w-]+\s+){0,4}?"
        r"получил\w*", re.I)),
    # taken out of the water is rescued: «удалось поднять на борт 15 человек», «спасатели
    # подобрали 14 моряков»
    ("survived", re.compile(
        r"\bподня(?:ли|ть|ты)\s+(?:[\w-]+\s+){0,3}?на\s+борт\w*|\bподобра(?:ли|ть|н[аоы]?)\b",
        re.I)),
    ("sought_help", re.compile(
        r"\bобрати?л\w*\s+(?:[\w-]+\s+){0,3}?(?:за\s+(?:медицинской\s+|мед)?помощь?ю|"
        r"к\s+(?:врач|медик)\w*)|\bза\s+(?:медицинской\s+|мед)?помощью\s+(?:[\w-]+\s+){0,5}?"
        r"обрати?л\w*|\bк\s+(?:врач|медик)\w*\s+(?:[\w-]+\s+){0,3}?обрати?л\w*|"
        r"\bsought\s+medical\s+(?:help|care|attention)", re.I)),
    ("in_hospital", re.compile(
        rf"\b(?:(?:оста(?:ют|ет|ва)\w*|остал(?:ись|ось|ся|ась))|наход(?:ят|ит|ил)\w*|лежа(?:т|л|ли|ла)|"
        rf"лежит|леч(?:ат|ит)ся|(?:продолжа\w+|проход(?:ят|ит|или|ил))\s+"
        rf"лечени\w*)\s+(?:[\w-]+\s+){{0,3}}?в\s+(?:[\w-]+\s+){{0,3}}?{_HOSPITAL}|"
        rf"\bв\s+(?:[\w-]+\s+){{0,3}}?{_HOSPITAL}(?:\s+[\w-]+){{0,5}}?\s+(?:сейчас\s+|"
        rf"по-прежнему\s+|все\s+еще\s+|до\s+сих\s+пор\s+)?(?:(?:оста(?:ют|ет|ва)\w*|остал(?:ись|ось|ся|ась))|"
        rf"наход(?:ят|ит|ил)\w*|лежа(?:т|л|ли|ла)|лежит|леч(?:ат|ит)ся|"
        rf"(?:проход(?:ят|ит|или|ил)|получа(?:ют|ет))\s+лечени\w*)|"
        rf"\b(?:remain\w*|still)\s+in\s+hospital",
        re.I)),
    # how many are in a grave state: a part of the hurt that changes by the day («двое
    # пострадавших в тяжелом состоянии», «трое по-прежнему в реанимации»), not their total
    ("grave", re.compile(
        r"\bв\s+(?:крайне\s+|очень\s+|стабильно\s+)?(?:тяжел\w*|критическ\w*)\s+"
        r"состояни\w*|\b(?:по-прежнему\s+|все\s+еще\s+|до\s+сих\s+пор\s+)?в\s+"
        r"реанимаци\w*|\bin\s+(?:a\s+)?(?:serious|critical)\s+condition", re.I)),
    # how many evacuees are still in shelters: a current quantity, a part of those
    # evacuated («в пунктах временного размещения остаются около 450 эвакуированных»)
    ("in_shelter", re.compile(
        r"\b(?:оста(?:ют|ет|ва)\w*|остал(?:ись|ось|ся|ась)|наход(?:ят|ит|ил)\w*|размещ\w*|"
        r"разместил\w*)\s+(?:[\w-]+\s+){0,3}?в\s+(?:пункт\w*\s+временного\s+(?:размещения|"
        r"пребывания)|ПВР|эвакопункт\w*)|\bв\s+(?:пункт\w*\s+временного\s+(?:размещения|"
        r"пребывания)|ПВР|эвакопункт\w*)(?:[\s,]+[\w-]+){0,5}?[\s,]+(?:оста(?:ют|ет|ва)\w*|"
        r"остал(?:ись|ось|ся|ась)|наход(?:ят|ит|ил)\w*|размещ\w*|разместил\w*)", re.I)),
    # how many travellers are stuck where they wait to leave: a current quantity, one
    # airline's or one road's, that grows and falls by the day («в аэропортах остаются 300
    # пассажиров», «застряли около 2 тыс. человек», «не могут вылететь»)
    ("stranded", re.compile(
        r"\b(?:оста(?:ют|ет|ва)\w*|остал(?:ись|ось|ся|ась)|наход(?:ят|ит|ил)\w*|оказал\w*|"
        r"ждал\w*|жд(?:ут|ет)|ожида\w*)\s+(?:[\w-]+\s+){0,4}?(?:в|на)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:аэропорт\w*|аэровокзал\w*|вокзал\w*|зал\w*\s+ожидания)|"
        r"\b(?:в|на)\s+(?:[\w-]+\s+){0,2}?(?:аэропорт\w*|аэровокзал\w*|вокзал\w*|"
        r"зал\w*\s+ожидания)"
        r"(?:[\s,]+[\w-]+){0,5}?[\s,]+(?:оста(?:ют|ет|ва)\w*|остал(?:ись|ось|ся|ась)|"
        r"наход(?:ят|ит|ил)\w*|оказал\w*|ждал\w*|жд(?:ут|ет)|ожида\w*)|"
        r"\bзастрял\w*|\bне\s+(?:могут|смогли|могли)\s+(?:вылететь|улететь|уехать)|"
        r"\bоказал\w*\s+заложник\w*", re.I)),
    # how many are still held: a current quantity that falls as people are let go («под
    # стражей остаются четверо» four days after «задержаны 12»); so is how many are held
    # now, in the present tense («в тюрьмах страны содержатся семеро», «за решеткой
    # находятся пять граждан»), which each side of a dispute counts its own way
    ("still_held", re.compile(
        rf"\b(?:{_STAY}|по-прежнему\s+(?:наход|содерж)\w*|продолжа\w+\s+(?:находит|"
        rf"содержат)\w*|{_HELD_NOW})\s+(?:[\w-]+\s+){{0,3}}?{_JAIL}|"
        rf"{_JAIL}\s+(?:[\w-]+\s+){{0,3}}?(?:{_STAY}|{_HELD_NOW})(?![\w-])|\b(?:remain|still)\s+"
        r"(?:in\s+custody|held|detained|behind\s+bars)|\bare\s+(?:being\s+|now\s+)?held\b",
        re.I)),
    # freed told by a phrase: «свободу получили 24 человека», «на свободу вышли 16»
    ("released", re.compile(
        r"\bполучил\w*\s+(?:[\w-]+\s+)?свобод\w*|\bсвобод\w*\s+(?:[\w-]+\s+)?получил\w*|"
        r"\b(?:вышл\w*|вышел|выпущен\w*)\s+(?:[\w-]+\s+)?на\s+свобод\w*|"
        r"\bна\s+свобод\w*\s+(?:[\w-]+\s+)?(?:вышл\w*|вышел|выпущен\w*)|"
        r"\bset\s+free\b", re.I)),  # («freed» is a word of FRAMES)
    # the dead told by their bodies found: «под обломками нашли тела семерых человек»,
    # «извлечены тела трех человек» (what the search found is the toll)
    ("dead", re.compile(
        r"\bспасти\s+не\s+удалось|\bне\s+удалось\s+спасти|"  # «одного спасти не удалось»
        # «жертвами аварии на трассе под городом стали трое»: the idiom's verb
        r"\bжертвами\s+(?:[\w«»\"-]+\s+){0,6}?стал[иао]?\b|"
        r"\b(?:нашл\w*|найден\w*|обнаружен\w*|обнаружил\w*|извлечен\w*|извлекл\w*|"
        r"подня(?:ли|ты)|достал\w*)\s+(?:[\w-]+\s+){0,3}?тел(?:а|о)\b|"
        r"\bтел(?:а|о)\s+(?:[\w-]+\s+){0,3}?(?:нашл\w*|найден\w*|обнаружен\w*|"
        r"обнаружил\w*|извлечен\w*|извлекл\w*|подня(?:ли|ты)|достал\w*)", re.I)),
    ("hospitalized", re.compile(
        rf"\b(?:попал\w*|поступил\w*|доставлен\w*|доставил\w*|доставили|помещен\w*|"
        rf"поместил\w*|увезл\w*|увезен\w*|отвезл\w*|привезл\w*|отправлен\w*)\s+"
        rf"(?:[\w-]+\s+){{0,4}}?в\s+(?:[\w-]+\s+){{0,3}}?{_HOSPITAL}|"
        rf"\bв\s+(?:[\w-]+\s+){{0,3}}?{_HOSPITAL}(?:\s+[\w-]+){{0,5}}?\s+(?:попал\w*|"
        rf"поступил\w*|доставлен\w*|доставил\w*|доставили|помещен\w*|поместил\w*|"
        rf"увезл\w*|увезен\w*|отвезл\w*|привезл\w*|отправлен\w*)|"
        rf"\b(?:taken|admitted)\s+to\s+(?:a\s+|the\s+)?hospital", re.I)),
)
# Verbs the lexicon above leaves out that frame a count of a named country's citizens: in
# a story of detained citizens, those who «вернулись» home were freed (people who
# «вернулись» are not, by themselves)
CITIZEN_FRAMES = {"вернуться": "released"}
# counts that change from day to day by nature: recognised, never compared
CURRENT_FRAMES = {"in_hospital", "still_held", "in_shelter", "grave", "stranded"}
ONCE_FRAMES = {"dead", "custody", "released", "crash"}  # events a date conflict can concern

# Events a stated date can belong to (nearest in the clause). Calls and meetings recur,
# so they are recognised (to keep their dates away from other events) but never conflict.
EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("extension", re.compile(r"^(?:продл\w*|продолжен\w*)$")),
    ("crash", re.compile(r"^(?:разбил\w*|крушени\w*|катастроф\w*|авиакатастроф\w*|упал|упавш\w*|"
                         r"рухнул\w*|crashed)$")),
    ("call", re.compile(r"^(?:телефон\w*|созвонил\w*|звон\w*|позвонил\w*)$")),
    ("meeting", re.compile(r"^(?:встреч\w*|встретил\w*|переговор\w*|саммит\w*|визит\w*|"
                           r"беседова\w*)$")),
) + FRAMES

CUSTODY = {"arrested", "house_arrest", "arrest_extended"}
# Pairs of statuses that cannot both hold for one person on one day. Detained and freed
# can («задержан и отпущен в тот же день» is everyday protest news), so they never clash.
INCOMPATIBLE = {frozenset({"released", s}) for s in CUSTODY} | {
    frozenset({"dead", "released"}),
} | {frozenset({"deported", s}) for s in CUSTODY} | {  # sent abroad vs still held here
    # a court chooses one measure: custody in a jail and house arrest exclude each other
    frozenset({"arrested", "house_arrest"}),
} | {frozenset({"wanted", s}) for s in ("detained", *CUSTODY)} | {  # at large vs held
    # a release denied («никто ее не отпускал») against a release told of that day
    frozenset({"released", "held"}),
}

# Nouns that name one person by what they are («ученый задержан», «фигурант признал вину»):
# in a report about one person they mean that person (see People.protagonist).
PERSON_NOUNS = frozenset(
    "ученый физик химик математик профессор исследователь бизнесмен предприниматель "
    "журналист блогер активист политик оппозиционер чиновник депутат фигурант обвиняемый "
    "подозреваемый подсудимый задержанный арестованный студент священник правозащитник "
    "топ-менеджер банкир миллиардер художник режиссер музыкант писатель поэт экономист "
    "юрист врач пенсионер мужчина женщина директор руководитель".split())

# Titles a person can hold, most specific first: (canonical, pattern over folded text).
ROLES: tuple[tuple[str, str], ...] = (
    ("исполнительный директор", r"исполнительн\w+\s+директор\w*"),
    ("генеральный директор", r"генеральн\w+\s+директор\w*|гендиректор\w*"),
    ("главный редактор", r"главн\w+\s+редактор\w*|глав\w+\s+редакци\w*|шеф-редактор\w*|главред\w*|"
                         r"руководител\w+\s+редакци\w*"),
    ("заместитель главного редактора", r"заместител\w+\s+главного\s+редактора|замглавреда"),
    # a company's officers: one person holds one of these posts
    ("коммерческий директор", r"коммерческ\w+\s+директор\w*"),
    ("финансовый директор", r"финансов\w+\s+директор\w*"),
    ("технический директор", r"техническ\w+\s+директор\w*"),
    ("менеджер", r"менеджер\w*"),
    ("главный инженер", r"главн\w+\s+инженер\w*"),
    ("главный бухгалтер", r"главн\w+\s+бухгалтер\w*"),
    ("директор", r"директор\w*"),
    ("начальник", r"начальник\w*"),
    ("редактор", r"редактор\w*"),
    ("корреспондент", r"корреспондент\w*"),
    ("пресс-секретарь", r"пресс-секретар\w+"),
    ("посол", r"посол|посла|послу|послом"),  # not «после»
    # an embassy's ranks: one diplomat holds one of them
    ("временный поверенный", r"временн\w+\s+поверенн\w+(?:\s+в\s+делах)?"),
    ("советник-посланник", r"советник\w*[-‑–]\s*посланник\w*"),
    ("советник посольства", r"советник(?:а|у|ом|е)?\s+(?:[\w-]+\s+)?(?:посольств|дипмисси|"
                            r"миссии|постпредств)\w*"),
    ("первый секретарь", r"перв\w+\s+секретар\w+"),
    ("второй секретарь", r"втор\w+\s+секретар\w+"),
    ("третий секретарь", r"трет\w+\s+секретар\w+"),
    ("атташе", r"(?:военн\w+\s+)?атташе"),
    ("вице-консул", r"вице-консул(?:а|у|ом|е)?"),
    # a consul general is told as «консул» too: one title
    ("консул", r"(?:генеральн\w+\s+|ген)?консул(?:а|у|ом|е)?"),
    ("вице-премьер", r"вице-премьер\w*|заместител\w+\s+председателя\s+правительства"),
    ("премьер-министр", r"премьер-министр\w*|премьер(?:у|ом)?"),  # not «премьера» (a film's)
    ("замминистра", r"замминистра|заместител\w+\s+министра|заместител\w+\s+главы\s+мид"),
    ("министр", r"министр\w*"),
    ("губернатор", r"губернатор\w*"),
    ("мэр", r"мэр\w*"),
    # a crew: the commander and the second pilot are two seats, never one person's
    ("второй пилот", r"втор\w+\s+пилот\w*"),
    ("командир", r"командир\w*"),
)
# Titles inside one of these groups exclude each other for one person (a director is not
# the editor-in-chief); titles of different groups may be held together.
ROLE_GROUPS = (
    {"исполнительный директор", "генеральный директор", "главный редактор",
     "заместитель главного редактора", "корреспондент", "главный инженер", "главный бухгалтер"},
    {"генеральный директор", "исполнительный директор", "коммерческий директор",
     "финансовый директор", "технический директор", "менеджер", "главный инженер",
     "главный бухгалтер"},
    # the head of a company and its chief engineer or accountant are three people
    {"директор", "главный инженер", "главный бухгалтер"},
    {"начальник", "главный инженер", "главный бухгалтер"},  # of a railway, a plant
    {"посол", "вице-премьер", "премьер-министр", "замминистра", "министр", "губернатор", "мэр"},
    {"командир", "второй пилот"},
    {"посол", "временный поверенный", "советник-посланник", "советник посольства",
     "первый секретарь", "второй секретарь", "третий секретарь", "атташе", "вице-консул",
     "консул"},
)
_ROLE_BEFORE_NAME = re.compile(
    r"(?P<former>\b(?:бывш\w+|экс-|прежн\w+|ныне\s+)\s*)?\b(?P<role>"
    + "|".join(f"(?:{p})" for _c, p in ROLES)
    + r")(?P<tail>(?:\s+[\w-]+){0,3}?(?:\s+[\"«][^\"»]{1,40}[\"»])?)\s*,?\s*$",
    re.I,
)

# Causes of death, by kind: two kinds for one death cannot both be true.
CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("насилие", re.compile(
        r"\b(?:удар\w*|побо\w*|избиени\w*|избит\w*|забил\w*\s+до\s+смерти|пытк\w*|огнестрел\w*|"
        r"ножев\w*|удушени\w*|насильственн\w*|туп\w+\s+предмет\w*|асфикси\w*|blows?|beaten|"
        r"beating|torture\w*)\b",
        re.I)),
    # injuries say nothing of who or what caused them (a beating, a crash): against an
    # illness only (see COMPATIBLE_CAUSES)
    ("травмы", re.compile(r"\b(?:травм\w*|перелом\w*|гематом\w*|injur\w+)\b", re.I)),
    ("болезнь", re.compile(
        r"\b(?:сердечн\w*|инфаркт\w*|инсульт\w*|остановк\w+\s+сердца|сердечно-сосудист\w*|"
        r"сердечн\w+\s+недостаточност\w*|heart\s+failure|"
        r"естественн\w+\s+причин\w*|болезн\w*|заболевани\w*|heart\s+attack|stroke|"
        r"natural\s+causes)\b", re.I)),
    # dying of cold: «замерз», «общее переохлаждение», «hypothermia»
    ("переохлаждение", re.compile(r"\b(?:переохлаждени\w*|замерз\w*|замёрз\w*|обморожени\w*|"
                                  r"hypotherm\w*|froze\s+to\s+death)\b", re.I)),
    # complications of a birth, an operation or a disease, each its own account of a death
    ("эмболия", re.compile(r"\b(?:эмболи\w*|тромбоэмболи\w*|embolism)\b", re.I)),
    ("кровотечение", re.compile(r"\b(?:кровотечени\w*|кровопотер\w*|haemorrhage|hemorrhage|"
                                r"bleeding)\b", re.I)),
    ("сепсис", re.compile(r"\b(?:сепсис\w*|заражени\w+\s+крови|septic\w*|sepsis)\b", re.I)),
    ("анафилаксия", re.compile(r"\b(?:анафилакт\w*|аллергическ\w+\s+реакци\w*|anaphyla\w*)\b",
                               re.I)),
    ("самоубийство", re.compile(r"\b(?:самоубийств\w*|суицид\w*|покончил\w*\s+с\s+собой|"
                                r"suicide)\b", re.I)),
    ("отравление", re.compile(r"\b(?:отравлени\w*|передозировк\w*|overdose|"
                                             r"poison\w*)\b", re.I)),
    ("несчастный случай", re.compile(r"\b(?:несчастн\w+\s+случа\w*|дтп|авари\w*|accident)\b",
                                     re.I)),
)
_CAUSE_FRAME = re.compile(
    r"\bпричин\w*\s+(?:его\s+|ее\s+|их\s+)?(?:смерти|гибели)|\b(?:скончал\w*|умер\w*|погиб\w*)"
    r"\s+(?:от|из-за|в\s+результате)\b|\bсмерть\s+(?:\w+\s+)?наступил\w*|\bдо\s+смерти\b|"
    # (dying of cold tells its cause itself; a forensic finding is of the cause of death)
    r"\bзам[её]рз(?:ла|ли)?\b|\bсудмедэксперт\w*|\bсудебно-медицинск\w*|\bвскрыти\w*|"
    r"\bcause\s+of\s+death|\bdied\s+of\b",
    re.I,
)

# Causes of death that can both be told of one death: injuries from a beating or a crash.
# (so can a complication and the illness or the heart it stopped, and bleeding from wounds)
COMPATIBLE_CAUSES = {frozenset({"травмы", "насилие"}), frozenset({"травмы", "несчастный случай"}),
                     frozenset({"эмболия", "болезнь"}), frozenset({"кровотечение", "болезнь"}),
                     frozenset({"сепсис", "болезнь"}), frozenset({"анафилаксия", "болезнь"}),
                     frozenset({"кровотечение", "травмы"}), frozenset({"кровотечение", "насилие"}),
                     frozenset({"кровотечение", "несчастный случай"})}

# Who is counted. Nationality nouns and «гражданин/житель + country» fold to one class,
# so «восьмерых граждан России», «11 россиян» and «11 российских граждан» compare.
DEMONYMS = {
    "россиянин": "россия", "азербайджанец": "азербайджан", "украинец": "украина",
    "армянин": "армения", "грузин": "грузия", "американец": "сша", "казах": "казахстан",
    "белорус": "беларусь", "таджик": "таджикистан", "узбек": "узбекистан", "киргиз": "киргизия",
    "турок": "турция", "иранец": "иран", "израильтянин": "израиль", "палестинец": "палестина",
    "британец": "великобритания", "француз": "франция", "немец": "германия",
}
# A country by the stem of its name or adjective («России», «российских»).
COUNTRY_STEMS = {
    "росси": "россия", "рф": "россия", "российск": "россия", "азербайджан": "азербайджан",
    "украин": "украина", "армени": "армения", "армянск": "армения", "грузи": "грузия",
    "грузинск": "грузия", "сша": "сша", "американск": "сша", "казахстан": "казахстан",
    "белорус": "беларусь", "таджик": "таджикистан", "узбек": "узбекистан",
    "турци": "турция", "турецк": "турция", "иран": "иран", "израил": "израиль",
    "кирги": "киргизия", "кыргыз": "киргизия", "польш": "польша", "польск": "польша",
    "литв": "литва", "литовск": "литва", "латви": "латвия", "латвийск": "латвия",
    "эстони": "эстония", "эстонск": "эстония", "молдав": "молдова", "молдов": "молдова",
    "китай": "китай", "китайск": "китай", "германи": "германия", "немецк": "германия",
    "франци": "франция", "французск": "франция", "великобритани": "великобритания",
    "британск": "великобритания",
    "норвеги": "норвегия", "норвежск": "норвегия", "финлянд": "финляндия",
    "финск": "финляндия", "швеци": "швеция", "шведск": "швеция", "дании": "дания",
    "дания": "дания", "данию": "дания", "датск": "дания", "япони": "япония",
    "японск": "япония", "вьетнам": "вьетнам", "египет": "египет", "египт": "египет",
    "оаэ": "оаэ", "эмират": "оаэ", "таиланд": "таиланд", "тайланд": "таиланд",
    "итали": "италия", "итальянск": "италия", "испани": "испания", "испанск": "испания",
    "греци": "греция", "греческ": "греция", "чехи": "чехия", "чешск": "чехия",
    "серби": "сербия", "сербск": "сербия", "венгри": "венгрия", "венгерск": "венгрия",
    "румыни": "румыния", "румынск": "румыния", "болгари": "болгария",
    "болгарск": "болгария", "кндр": "кндр", "сири": "сирия", "сирийск": "сирия",
    "афганистан": "афганистан", "пакистан": "пакистан", "канад": "канада",
    "мексик": "мексика", "бразили": "бразилия", "аргентин": "аргентина",
    "венесуэл": "венесуэла", "австри": "австрия", "швейцари": "швейцария",
    "нидерланд": "нидерланды", "голланд": "нидерланды", "бельги": "бельгия",
    "монголи": "монголия", "туркмен": "туркмения", "абхаз": "абхазия",
    "эквадор": "эквадор", "колумби": "колумбия", "боливи": "боливия", "перу": "перу",
    "чили": "чили", "панам": "панама", "коста-рик": "коста-рика",
    "доминиканск": "доминикана", "индонези": "индонезия", "малайзи": "малайзия",
    "филиппин": "филиппины", "марокк": "марокко", "тунис": "тунис", "алжир": "алжир",
    "нигери": "нигерия", "эфиопи": "эфиопия", "индийск": "индия", "индия": "индия",
    "индии": "индия", "шри-ланк": "шри-ланка", "кипр": "кипр",
    "черногори": "черногория", "хорвати": "хорватия", "словаки": "словакия",
    "словени": "словения", "португал": "португалия", "ирланд": "ирландия",
    "австрали": "австралия",
}
# A country told by its capital or the seat of its power («звонок инициировал Бишкек»,
# «по инициативе Кремля»): stems of the folded word.
CAPITALS = {
    "москв": "россия", "кремл": "россия", "баку": "азербайджан", "бишкек": "киргизия",
    "астан": "казахстан", "акорд": "казахстан", "ереван": "армения", "тбилиси": "грузия",
    "киев": "украина", "минск": "беларусь", "душанбе": "таджикистан", "ташкент": "узбекистан",
    "анкар": "турция", "тегеран": "иран", "вашингтон": "сша", "пекин": "китай",
    "берлин": "германия", "париж": "франция", "лондон": "великобритания",
    "кишинев": "молдова", "вильнюс": "литва", "рига": "латвия", "риги": "латвия",
    "риге": "латвия", "ригу": "латвия", "ригой": "латвия", "таллин": "эстония",
    "варшав": "польша", "хельсинк": "финляндия",
    "стокгольм": "швеция", "копенгаген": "дания", "токио": "япония", "ханой": "вьетнам",
    "каир": "египет", "абу-даби": "оаэ", "бангкок": "таиланд", "мадрид": "испания",
    "белград": "сербия", "будапешт": "венгрия", "бухарест": "румыния",
    "пхеньян": "кндр", "дамаск": "сирия", "кабул": "афганистан", "исламабад": "пакистан",
    "оттав": "канада", "мехико": "мексика", "каракас": "венесуэла",
    "амстердам": "нидерланды", "брюссел": "бельгия", "улан-батор": "монголия",
    "ашхабад": "туркмения", "сухум": "абхазия",
}


# Heads of state and government and foreign ministers (2025-2026) of the countries
# above, by surname (folded, nominative): who called whom tells which side started a
# call («Путин сам позвонил Алиеву»). A lexicon of office-holders, like one of outlets.
LEADERS = {
    "путин": "россия", "мишустин": "россия", "лавров": "россия",
    "алиев": "азербайджан", "асадов": "азербайджан", "байрамов": "азербайджан",
    "зеленский": "украина", "свириденко": "украина", "сибига": "украина",
    "пашинян": "армения", "хачатурян": "армения", "мирзоян": "армения",
    "кавелашвили": "грузия", "кобахидзе": "грузия", "ботчоришвили": "грузия",
    "трамп": "сша", "рубио": "сша", "вэнс": "сша",
    "токаев": "казахстан", "бектенов": "казахстан", "лукашенко": "беларусь",
    "рахмон": "таджикистан", "мирзиеев": "узбекистан", "жапаров": "киргизия",
    "эрдоган": "турция", "фидан": "турция", "пезешкиан": "иран", "аракчи": "иран",
    "нетаньяху": "израиль", "навроцкий": "польша", "туск": "польша", "сикорский": "польша",
    "науседа": "литва", "ринкевичс": "латвия", "карис": "эстония", "санду": "молдова",
    "цзиньпин": "китай", "мерц": "германия", "макрон": "франция", "стармер": "великобритания",
}


def leader_of(word: str) -> str | None:
    """The country whose leader a surname in the nominative names («Пашинян»), else None
    («Пашиняну» is someone called, not the caller)."""
    return LEADERS.get(fold(word))


# capitals whose stem begins common words («осложнение», «римский», «делить»): the word
# itself, in the cases news uses
CAPITAL_WORDS = {
    **dict.fromkeys(("осло",), "норвегия"),
    **dict.fromkeys(("рим", "рима", "риме", "римом"), "италия"),
    **dict.fromkeys(("дели",), "индия"),
    **dict.fromkeys(("вена", "вены", "вене", "вену", "веной"), "австрия"),
    **dict.fromkeys(("прага", "праги", "праге", "прагу", "прагой"), "чехия"),
    **dict.fromkeys(("афины", "афин", "афинах", "афинам"), "греция"),
    **dict.fromkeys(("берн", "берна", "берне"), "швейцария"),
    **dict.fromkeys(("сеул", "сеула", "сеуле", "сеулом"), "южная корея"),
}


def country_of(word: str, capitals: bool = False) -> str | None:
    """The country a word names by its stem («Грузии», «российских»), or with `capitals`
    also by its capital or seat of power («Бишкек», «Кремля»)."""
    w = fold(word)
    if capitals and w in CAPITAL_WORDS:
        return CAPITAL_WORDS[w]
    for table in (COUNTRY_STEMS, CAPITALS) if capitals else (COUNTRY_STEMS,):
        for stem, country in table.items():
            if w.startswith(stem):
                return country
    return None


_CITIZEN = {"гражданин", "житель", "подданный", "уроженец", "гражданка"}
# travellers abroad told of by where they come from: «туристов из России», «российских
# туристов» are the country's citizens there, one count with «россиян»
_TRAVELLERS = ("турист", "отдыхающ", "путешественни")
# people told of by what they were doing there count as people: at a protest, «19
# участников», «семь граждан» and «19 человек» are one count
# Those who attacked, by the nouns reports name them with: one class whatever the word
# (not «нападающий», a forward in sports news)
ATTACKERS = frozenset("нападавший боевик террорист стрелок налетчик захватчик".split())
_PEOPLE = {"человек", "гражданин", "житель", "жилец", "жительница", "люди", "person", "people",
           "участник", "протестующий", "демонстрант", "митингующий", "пикетчик", "манифестант",
           "наблюдатель", "protester", "observer",
           # those of a case counted by their part in it: «арестованы шесть
           # обвиняемых» and «задержаны шесть участников» count one group
           "обвиняемый", "подозреваемый", "подсудимый", "фигурант"}
# Workers are told of as miners, workers or hands in reports of one accident («13
# горняков» and «12 работниками рудника» count one group): one class. (Not «сотрудник»,
# which is as often an officer: «сотрудники полиции».)
WORKERS = frozenset("работник рабочий горняк шахтер горнорабочий проходчик worker miner"
                    .split())
# A ship's crew is told of as its members, sailors or seamen («14 членов экипажа», «судьба
# одного моряка»): one class («член» only of a crew or a ship's company: see facts.py).
CREW = frozenset("моряк матрос sailor seaman".split())
# Children are told of as children, pupils or schoolchildren in reports of one event
# («23 школьника» and «31 ребенок» count one group): one class.
_CHILDREN = {"ребенок", "дети", "детей", "школьник", "школьница", "ученик", "ученица",
             "воспитанник", "воспитанница", "малыш", "child", "children", "pupil", "schoolchild"}

# Number words in any case, for counts the extraction did not read («восьмерых»).
_NUMBER_WORDS: dict[str, int] = {}
for _value, _stems in {
    2: "два двух двум двумя две двое двоих двоим", 3: "три трех трем тремя трое троих троим",
    4: "четыре четырех четырем четырьмя четверо четверых четверым",
    5: "пять пяти пятью пятеро пятерых пятерым", 6: "шесть шести шестью шестеро шестерых",
    7: "семь семи семью семеро семерых семерым", 8: "восемь восьми восемью восьмерых восьмеро "
    "восьмерым", 9: "девять девяти девятью девятеро девятерых", 10: "десять десяти десятью "
    "десятеро десятерых", 11: "одиннадцать одиннадцати", 12: "двенадцать двенадцати",
    13: "тринадцать тринадцати", 14: "четырнадцать четырнадцати", 15: "пятнадцать пятнадцати",
    16: "шестнадцать шестнадцати", 17: "семнадцать семнадцати", 18: "восемнадцать восемнадцати",
    19: "девятнадцать девятнадцати", 20: "двадцать двадцати", 30: "тридцать тридцати",
    40: "сорок сорока", 50: "пятьдесят пятидесяти", 60: "шестьдесят шестидесяти",
    70: "семьдесят семидесяти", 80: "восемьдесят восьмидесяти", 90: "девяносто девяноста",
    100: "сто ста", 200: "двести двухсот", 300: "триста трехсот",
    400: "четыреста четырехсот", 500: "пятьсот пятисот", 600: "шестьсот шестисот",
    700: "семьсот семисот", 800: "восемьсот восьмисот", 900: "девятьсот девятисот",
}.items():
    for _w in _stems.split():
        _NUMBER_WORDS[_w] = _value
for _n, _w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), 2):
    _NUMBER_WORDS[_w] = _n


# the unit words after a tens word («тридцать один»; «один» alone is «one of», not a
# count), and the tens words before them
ONE_WORDS = frozenset({"один", "одна", "одно", "одного", "одной", "одну", "одному", "одним",
                       "одном"})
UNIT_WORDS = {w: n for w, n in _NUMBER_WORDS.items() if 2 <= n <= 9}
UNIT_WORDS.update(dict.fromkeys(ONE_WORDS, 1))
TENS = r"(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто)"


def words_number(words: Sequence[str]) -> int | None:
    """The number one word writes, or a tens word and a unit word together: «сорок»,
    «тридцать восемь»; None for anything else."""
    if len(words) == 1:
        return _NUMBER_WORDS.get(fold(words[0]))
    if len(words) == 2:
        tens = _NUMBER_WORDS.get(fold(words[0]), 0)
        unit = UNIT_WORDS.get(fold(words[1]))
        if unit and tens >= 20 and tens % 10 == 0:
            return tens + unit
    return None


def number_value(word: str) -> int | None:
    """The number a word writes, in digits («7») or in words («семь», «семерых»)."""
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower())


_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
           "октябр", "ноябр", "декабр")
_NOT_COUNTED = re.compile(r"^(?:год\w*|лет|месяц\w*|недел\w*|дн\w*|день|сут\w*|час\w*|минут\w*|"
                          r"раз\w*|"
                          r"процент\w*|%|метр\w*|км|километр\w*|рубл\w*|доллар\w*|евро|"
                          r"руб|долл|тыс|млн|млрд|гектар\w*|га|тонн\w*|кг|литр\w*|"
                          r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[яей]|июн\w*|июл\w*|август\w*|"
                          r"сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|летн\w*|слов\w*)$")


# The everyday forms of Russian first names, as relatives and friends call people in
# quotes («Настя до сих пор в изоляторе», «Иру сегодня выписали»): each to the full
# first names it shortens (folded, nominative).
DIMINUTIVES: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "настя": "анастасия", "ира": "ирина", "маша": "мария", "катя": "екатерина",
    "лена": "елена", "таня": "татьяна", "оля": "ольга", "наташа": "наталья наталия",
    "юля": "юлия", "аня": "анна", "даша": "дарья", "ксюша": "ксения", "вика": "виктория",
    "лиза": "елизавета", "соня": "софья софия", "надя": "надежда", "люба": "любовь",
    "света": "светлана", "галя": "галина", "валя": "валентина валентин", "тоня": "антонина",
    "саша": "александр александра", "женя": "евгений евгения", "дима": "дмитрий",
    "сережа": "сергей", "леша": "алексей", "миша": "михаил", "коля": "николай",
    "ваня": "иван", "петя": "петр", "володя": "владимир", "вова": "владимир",
    "костя": "константин", "паша": "павел", "толя": "анатолий", "витя": "виктор",
    "гена": "геннадий", "слава": "вячеслав ярослав владислав", "юра": "юрий",
    "вася": "василий", "гриша": "григорий", "боря": "борис", "федя": "федор",
    "рома": "роман", "стас": "станислав", "влад": "владислав", "леня": "леонид",
    "илюша": "илья", "тема": "артем", "артемка": "артем", "гоша": "георгий",
    "жора": "георгий", "кирюша": "кирилл", "максимка": "максим", "андрюша": "андрей",
}.items()}
