"""Causes of one event of a story that cannot both be true.

One fire (crash, explosion, outage, poisoning) has one cause: «короткое замыкание» vs
«поджог», a bird strike vs a fault inside the engine, and a cause denied («версия поджога
не рассматривается», «поджог исключен») vs the same cause asserted. A claim that lists
versions («рассматриваются версии замыкания и поджога», «не исключают поджог») asserts
none; the main version («основной версией остается утечка») is asserted.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

from factdb.conflicts.facts import Facts, Value
from factdb.conflicts.groups import MAX_GROUP, Group
from factdb.conflicts.rules import (
    QUESTION,
    _other_time,
    _safe_one,
    _when,
    days_apart,
    read_once,
)
from factdb.text import fold

# ---------------------------------------------------------------- causes of an event

# What happened, so that a cause is the cause of something: the claim's own word, else
# the event its document tells of most.
EVENT_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (not a gunshot: «огнестрельное ранение»)
    ("пожар", re.compile(r"^(?:пожар\w*|возгоран\w*|загорел\w*|загорани\w*|горел\w*|"
                         r"огн(?!естрел)[ея]\w*|огонь|сгорел\w*|fire|blaze)$")),
    # (a house shaken at an hour is the blast felt: «дом содрогнулся в начале пятого»)
    ("взрыв", re.compile(r"^(?:взрыв\w*|взорвал\w*|хлопок|содрогнул\w*|explosion|blast)$")),
    # a dam or a pipe giving way
    ("прорыв", re.compile(r"^(?:прорыв\w*|прорвал\w*|прорвало)$")),
    ("авария", re.compile(r"^(?:авари\w*|крушени\w*|катастроф\w*|авиакатастроф\w*|дтп|"
                          r"разбил\w*|столкнул\w*|столкновени\w*|"
                          r"обрушени\w*|обрушил\w*|рухнул\w*|сбо[йяе]\w*|отключени\w*|crash\w*|"
                          # a train off the rails: «сход вагонов с рельсов», «сошел с рельсов»
                          r"сход\w*\s+(?:[\w-]+\s+){0,3}?с\s+рельс\w*|"
                          r"сош(?:ел|ёл|ла|ли)\s+(?:[\w-]+\s+){0,3}?с\s+рельс\w*|derail\w*|"
                          r"collapse\w*|outage|"
                          # a boat overturned or sunk: «теплоход перевернулся», «опрокинулось»
                          r"перевернул\w*|опрокинул\w*|затонул\w*|capsiz\w*)$")),
    # an aircraft (a train, a ship) forced down: «вынужденная посадка», «экстренно сел»
    ("посадка", re.compile(r"^(?:(?:вынужденн|экстренн|аварийн)\w*\s+(?:[\w-]+\s+)?посадк\w*|"
                           r"(?:экстренно|аварийно|вынужденно)\s+(?:сел|села|сели|сесть|"
                           r"приземлил\w*)|emergency\s+landing|"
                           # told plainly: «приземлился на поле», «посадил самолет», «сел
                           # на полосу» (not «сел в машину»)
                           r"приземлил\w*|посадил\w*\s+(?:[\w-]+\s+){0,2}?(?:самол[её]т|"
                           r"лайнер|борт|воздушн\w+\s+судн|вертол[её]т)\w*|"
                           r"(?:сел|села|сели)\s+на\s+(?:[\w-]+\s+)?(?:пол[ея]|полос\w+|"
                           r"воду|брюхо|л[её]д)|"
                           # «борт сел в 14:05», «коснулся полосы в 14:05 мск»
                           r"(?:борт|самол[её]т|лайнер|воздушн\w+\s+судно)\s+(?:[\w-]+\s+)?"
                           r"(?:сел|село|приземлил\w*)|коснул\w*\s+(?:[\w-]+\s+){0,2}?"
                           r"полос\w*)$")),
    # a ship aground: «сел на мель», «посадка на мель», «наскочил на мель»
    ("мель", re.compile(r"^(?:(?:сел|села|сели|сесть|посадк\w*|наскочил\w*|налетел\w*)\s+"
                        r"на\s+мель)$")),
    # an animal (a fugitive) caught: «поймали», «обездвижили», «усыпили» (not «не пойман»)
    ("поимка", re.compile(r"^(?:(?<!не\s)пойма(?:ть|ли|л|на|н|ны)|поимк\w*|обездвижил\w*|"
                          r"усыпил\w*)$")),
    # goods run short: «дефицит бензина», «перебои с АИ-95»
    ("дефицит", re.compile(r"^(?:дефицит\w*|перебо(?:и|ев|ями|ях)\s+с\s+[\w-]+|shortages?)$")),
    # an absence found: the hour the missing were missed is its own event («в ходе вечерней
    # проверки выявлено отсутствие двух осужденных», «хватились только в шесть утра»,
    # «о побеге узнали лишь утром»), not the hour they left
    ("обнаружено отсутствие", re.compile(
        r"^(?:(?:выявлен\w*|обнаружил\w*|обнаружен\w*|заметил\w*)\s+(?:[\w-]+\s+)?"
        r"(?:отсутстви\w*|пропаж\w*)|(?:отсутстви|пропаж)\w*\s+(?:[\w-]+\s+){0,3}?"
        r"(?:обнаружил\w*|обнаружен\w*|выявил\w*|выявлен\w*|заметил\w*)|хватил(?:ись|ся|ась)|"
        r"недосчитал\w*|(?:узнал\w*|стало\s+известно)\s+о\s+(?:побег\w*|пропаж\w*|исчезновени\w*)|"
        r"о\s+(?:побег\w*|пропаж\w*|исчезновени\w*)\s+(?:[\w-]+\s+){0,3}?узнал\w*)$")),
    # a body's session: the hour it sat («заседание совета открылось в 11:00», «совет провел
    # заседание накануне вечером, в 19:30»)
    ("заседание", re.compile(r"^(?:заседани\w*)$")),
    # a breach found: the hour an intrusion was caught is its own event («взлом сервера был
    # выявлен в 9:15», «проникновение в сеть обнаружил системный администратор около полуночи»,
    # «кибератаку зафиксировали в субботу», «о взломе узнали только днем»)
    ("обнаружен взлом", re.compile(
        r"^(?:(?:вторжени|взлом|кибератак|атак|проникновени|несанкционированн\w+\s+доступ)\w*"
        r"\s+(?:[\w-]+\s+){0,5}?(?:выявлен|выявил|обнаружил|обнаружен|засекл|засек|"
        r"заметил|зафиксирова)\w*|(?:выявлен|выявил|обнаружил|обнаружен|засекл|засек|заметил|"
        r"зафиксирова)\w*\s+(?:[\w-]+\s+){0,2}?(?:вторжени|взлом|кибератак|атак|"
        r"проникновени|несанкционированн\w+\s+доступ)\w*|(?:узнал\w*|стало\s+известно)\s+о\s+"
        r"(?:взлом|атак|кибератак|вторжени|утечк)\w*)$")),
    # the first call for help: its hour is its own event («первый вызов пришел на пульт в
    # 22:15», «сигнал о задымлении поступил в 04:05», «дозвонился до 112 около семи утра»,
    # «я звонил в 6:20»), not the hour of what the call was about
    ("вызов", re.compile(
        r"^(?:перв\w+\s+(?:вызов|звонок|звонк|сигнал|сообщени)\w*|(?:вызов|звонок|сигнал)\s+"
        r"(?:о|об)\s+[\w-]+|(?:позвонил|дозвонил|звонил)\w*\s+(?:[\w-]+\s+)?(?:в|до)\s+"
        r"(?:служб\w+\s+)?(?:112|101|102|103|01|02|03|полици\w*|скор\w*|мчс|пожарн\w*|"
        r"дежурн\w*|\d{1,2}:\d\d))$")),
    # an aircraft (a ship) falling silent: the hour contact was lost is its own event
    # («связь с бортом пропала около 13:00», «пропал с радаров», «перестал выходить на
    # связь»), not the hour of the crash found later
    ("потеря связи", re.compile(r"^(?:связь\s+(?:[\w-]+\s+){0,4}?(?:пропал|потерян|прервал|"
                                r"оборвал|утрачен)\w*|(?:пропал|исчез)\w*\s+(?:[\w-]+\s+)?"
                                r"с\s+(?:экран\w+\s+)?радар\w*|(?:потерял|потеряли|утратил|"
                                r"утратили)\s+(?:[\w-]+\s+)?связь|потер\w+\s+связи|"
                                r"перестал\w*\s+выходить\s+на\s+связь|"
                                r"lost\s+(?:radio\s+)?contact)$")),
    # the storming of a building held by attackers: its own hour («штурм начался в 10:00»)
    ("штурм", re.compile(r"^(?:штурм\w*)$")),
    # people falling ill together: a food poisoning, an outbreak of an infection
    ("отравление", re.compile(r"^(?:отравлени\w*|отравил\w*|отравивш\w*|заразил\w*|заражени\w*|"
                              r"инфекци\w*|вспышк\w*|poison\w*|outbreak|infection)$")),
    # an earthquake's main shock; an aftershock («повторный толчок», «афтершок») is another
    # event of its own, told first when a claim names it
    ("афтершок", re.compile(r"^(?:афтершок\w*|повторн\w+\s+(?:подземн\w+\s+)?толч\w*)$")),
    ("землетрясение", re.compile(r"^(?:землетрясени\w*|(?:подземн\w+\s+)?толч(?:ок|ка|ки|ков)|"
                                 r"earthquake|quake)$")),
    # a warning lifted: its hour is its own («угроза цунами снята в 07:15», «отбой тревоги
    # прозвучал в 8:40», «тревогу отменили»)
    ("отбой", re.compile(r"^(?:отбой\s+(?:[\w-]+\s+){0,2}?(?:тревог|угроз)\w*|"
                         r"(?:угроз|тревог|предупреждени)\w*\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:снят|отмен(?:ил|ен))\w*|(?:снял|отменил|сняли|отменили)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:угроз|тревог|предупреждени)\w*|отмен\w*\s+"
                         r"(?:угроз|тревог|предупреждени)\w*)$")),
    # an avalanche come down: «сход лавины», «лавина сошла»
    # (not «лавинный конус», «лавинная опасность»: the nouns only)
    ("лавина", re.compile(r"^(?:лавин(?:а|ы|е|у|ой|ами|ах)?|сход\w*\s+(?:[\w-]+\s+)?лавин\w*|"
                          r"avalanche)$")),
    # a flight held on the ground: its own event, whatever else the story tells of
    # (or cancelled: «рейс отменен», «отмены рейсов»)
    ("задержка рейса", re.compile(r"^(?:рейс\w*\s+(?:[\w-]+\s+){0,3}?(?:задержа|отмен)\w*|"
                                  r"(?:задерж|отмен)\w+\s+(?:[\w-]+\s+)?рейс\w*|flights?\s+"
                                  r"(?:was\s+|were\s+)?(?:delay|cancel)\w*)$")),
)
# (a room shut up: where a generator run poisons)
_CLOSED_ROOM = r"(?:в|на)\s+(?:закрыт|непроветрива|запертом|запертой)\w*\s+"
# Causes by kind. Two kinds of one pair in CAUSE_CLASH cannot both be the cause.
EVENT_CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (shot down, «сбит»; not a fire knocked down, «удалось сбить»)
    ("умысел", re.compile(
        r"\b(?:поджог\w*|подожгл?\w*|поджигател\w*|умышленн\w*|умысл\w*|умысел|диверси\w*|теракт\w*|"
        r"террористическ\w+\s+акт\w*|атак\w*|взрывн\w+\s+устройств\w*|саботаж\w*|"
        r"злоумышленник\w*|внешн\w+\s+(?:\w+\s+){0,3}?(?:воздействи|вмешательств)\w*|обстрел\w*|сбит(?!ь)\w*|ракет\w*|ПВО|"
        # a lock cut or broken by someone: «замок был срезан», «перекусил дужку замка»
        r"(?:замок|замк\w+|дужк\w+)\s+(?:[\w-]+\s+){0,4}?(?:был[аи]?\s+)?(?:срез|спил|взлом|"
        r"сорва|сбит|перекус)\w*|(?:срезал|спилил|взломал|сорвал|сбил[аи]?|перекусил)\w*\s+"
        r"(?:[\w-]+\s+){0,2}?(?:замок|замк\w+|дужк\w+)|"
        # a system broken into: «хакерская атака», «кибератака», «взлом системы оплаты»
        r"хакер\w*|кибератак\w*|взлом\w*\s+(?:[\w-]+\s+)?(?:систем|сервер|сет|сайт|баз)\w*|"
        r"arson|sabotage|terrorist\s+attack|deliberate\w*|shot\s+down|missile\w*|hack\w*|"
        r"cyber-?attack\w*)\b", re.I)),
    # a fault inside the machine itself («техническая неисправность», «внутреннее
    # разрушение двигателя»): the machine failed by itself, which a bird or the weather
    # denies (an engine that failed after a bird strike failed for the bird)
    ("неисправность", re.compile(
        r"\b(?:неисправност\w*|неисправн\w+\s+\w+|техническ\w*\s+(?:сбо\w*|неисправн\w*|"
        r"причин\w*|проблем\w*|отказ\w*)|внутренн\w+\s+(?:[\w-]+\s+)?(?:разрушени|"
        r"поврежден|дефект)\w*|разрушени\w+\s+(?:в\s+)?(?:[\w-]+\s+){0,2}?(?:горяч\w+\s+част|"
        r"турбин|лопат|компрессор)\w*|заводск\w+\s+(?:брак|дефект)\w*|"
        r"technical\s+(?:failure|fault|glitch)|mechanical\s+failure|"
        # software that failed by itself: «неудачное обновление программного обеспечения»,
        # «некорректно установленное обновление», «программный сбой»
        r"(?:неудачн|некорректн|ошибочн|сбойн)\w*\s+(?:[\w-]+\s+)?обновлени\w*|"
        r"обновлени\w+\s+(?:[\w-]+\s+)?(?:программн\w+\s+обеспечени|ПО\b)\w*|"
        r"программн\w+\s+сбо\w*|сбо\w+\s+(?:в\s+)?программн\w*|software\s+(?:update|glitch|bug)|"
        r"internal\s+(?:failure|damage))\b", re.I)),
    # the power cut off from outside: «отключение электроэнергии на подстанции», not the
    # machine's own fault (which a broken gearbox is)
    ("электропитание", re.compile(
        r"\b(?:отключени\w+\s+(?:[\w-]+\s+)?(?:электроэнерги|электричеств|электропитани|"
        r"питани|напряжени)\w*|(?:электричеств|напряжени|электроэнерги)\w*\s+(?:[\w-]+\s+){0,2}?"
        r"(?:пропал|пропада|отключ)\w*|обесточивани\w*|power\s+(?:cut|outage|failure))\b",
        re.I)),
    ("техника", re.compile(
        r"\b(?:коротк\w+\s+замыкани\w*|замыкани\w+|износ\w*|"
        r"(?:тормоз\w*|двигател\w*|оборудовани\w*|гидравлик\w*|гидросистем\w*)\s+(?:\w+\s+)?"
        r"отказал\w*|"
        r"отказал\w*\s+(?:[\w-]+\s+){0,3}?(?:двигател|тормоз|оборудовани|гидравлик|"
        r"гидросистем)\w*|"
        # the landing gear that would not come down or lock: «левая основная стойка не
        # встала на замок», «не вышло шасси»
        r"(?:стойк\w*|шасси)\s+(?:[\w-]+\s+){0,2}?не\s+(?:встал\w*|вышл\w*|вышел|"
        r"выпустил\w*)|не\s+(?:вышл\w*|вышел|выпустил\w*)\s+(?:[\w-]+\s+)?(?:стойк\w*|шасси)|"
        r"отказ(?:а|ом|е)?\s+(?:\w+\s+)?(?:двигател|тормоз|оборудовани|гидравлик|шасси|"
        r"систем|автоматик|прибор)\w*|"
        r"утечк\w+|изношенн\w+|прогнивш\w+|отказ\w*\s+оборудовани\w*|перегрев\w*|"
        # the machine's own parts given way: «разрушение болтовых соединений», «в
        # техническом состоянии крана»
        r"разрушени\w+\s+(?:[\w-]+\s+){0,2}?(?:болт|соединени|креплени|узл|опор)\w*|"
        r"(?:в|из-за)\s+(?:неудовлетворительн\w+\s+|плох\w+\s+)?техническ\w+\s+состояни\w*|"
        # a part broken: «поломка редуктора главного привода»
        r"поломк\w+\s+(?:[\w-]+\s+){0,2}?(?:редуктор|привод|двигател|механизм|оборудовани|"
        r"подшипник|вал)\w*|"
        # the track itself: a broken rail, a worn or faulty way
        r"(?:лопнувш|лопнул|сломанн|треснувш)\w*\s+рельс\w*|рельс\w*\s+лопнул\w*|"
        r"излом\w*\s+рельс\w*|дефект\w*\s+(?:пути|рельс\w*|колеи)|broken\s+rail|"
        # the signals or the automatics failing: «сбой в работе системы автоматической
        # локомотивной сигнализации», «сбой светофоров»
        r"сбо[йяеи]\w*\s+(?:в\s+работе\s+)?(?:[\w-]+\s+){0,3}?(?:сигнализаци|светофор|"
        r"автоблокировк|СЦБ|автоматик|стрел[ко])\w*|signal(?:ling)?\s+(?:failure|fault)|"
        # a power line down: «обрыв провода линии электропередачи», «провод оборвался»
        r"обрыв\w*\s+(?:[\w-]+\s+){0,2}?(?:провод|лэп|лини\w*\s+электропередач)\w*|"
        r"провод\w*\s+(?:[\w-]+\s+){0,2}?оборвал\w*|power\s+line|"
        # (a wire told by its participle: «от оборванного ветром провода», «от упавшего
        # провода ЛЭП»)
        r"(?:оборванн|упавш|порванн)\w*\s+(?:[\w-]+\s+){0,2}?провод\w*|"
        r"оборвал\w*\s+(?:[\w-]+\s+)?провод\w*|"
        r"short\s+circuit|faulty\s+wiring|gas\s+leak|"
        r"engine\s+failure|mechanical\s+failure)\b",
        re.I)),
    # weather and birds: not a fault of the machine, nor of anyone
    ("природа", re.compile(
        r"\b(?:столкновени\w+\s+с\s+птиц\w*|попадани\w+\s+птиц\w*|непогод\w*|"
        r"столкнул\w*\s+со?\s+(?:ста[яейю]\w*\s+)?птиц\w*|"
        # a storm at sea (not a storm warning, which one defied: «несмотря на
        # штормовое предупреждение»)
        r"шторм(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|"
        # (a flock, «стая», not «статистика»)
        r"(?:попал\w*|угодил\w*|затянул\w*|засосал\w*)\s+(?:[\w-]+\s+){0,3}?(?:птиц\w*|"
        r"ста(?:я|и|ей|ю|ям|ями|ях)\b)|"
        r"птиц\w*\s+(?:[\w-]+\s+){0,2}?(?:попал\w*|угодил\w*|затянул\w*|засосал\w*)|"
        r"бердстрайк\w*|обледенени\w*|погодн\w+\s+услови\w*|сдвиг\w*\s+ветра|"
        r"(?:сух\w+\s+)?гроз[аыеуой]\w*|молни[яийею]\w*|lightning|dry\s+thunderstorms?|"
        # the rock itself: a sudden outburst nobody could foresee
        r"внезапн\w+\s+выброс\w*|газодинамическ\w+\s+явлени\w*|горн\w+\s+удар\w*|"
        # fog, snow, ice, wind that close a road or an airport
        r"туман\w*|метел[ьиью]\w*|снегопад\w*|буран\w*|пург[аиуе]\w*|гололед\w*|"
        r"ледян\w+\s+дожд\w*|(?:сильн|штормов|ураганн)\w+\s+(?:порыв\w+\s+)?ветр\w*|"
        # a gust that overturned a crane, a roof torn off: «вышку повалило порывом ветра»,
        # «крышу сорвало ветром», «стихийное явление»
        r"(?:сорвал|опрокинул|снесл|повалил)\w*\s+(?:[\w-]+\s+){0,2}?(?:порыв\w*\s+)?"
        r"ветр(?:ом|а)\b|ветр(?:ом|у)\s+(?:[\w-]+\s+)?(?:сорвал|опрокинул|снесл|повалил)\w*|"
        r"порыв\w*\s+(?:[\w-]+\s+)?ветр\w*|стихийн\w+\s+(?:явлени|бедстви)\w*|"
        r"метеоминимум\w*|ухудшени\w+\s+(?:[\w-]+\s+)?(?:погод|метеоуслови|видимост)\w*|"
        r"снежн\w+\s+заряд\w*|(?:нулев|плох|ограниченн)\w+\s+видимост\w*|"
        # the water too low for a ship: «падение уровня воды», «уровень опустился на 40
        # сантиметров», «глубины ниже гарантированных», «маловодье»
        r"(?:падени|снижени|понижени)\w*\s+уровн\w+(?!\s+(?:жизн|доход|продаж|цен|зарплат|"
        r"безопасност|довери|инфляци))|уровен\w*\s+(?:вод\w+\s+)?(?:[\w-]+\s+){0,2}?[«\"]?"
        r"(?:упал|опустил|просел|снизил|понизил)\w*|глубин\w*\s+(?:[\w-]+\s+){0,2}?ниже\s+"
        r"(?:гарантированн|допустим|нормативн|проектн)\w*|маловодь\w*|обмелени\w*|"
        # the weight of the snow on a roof
        r"снегов\w+\s+нагрузк\w*|(?:вес|тяжест|масс)\w*\s+(?:[\w-]+\s+)?снега\b|"
        r"(?:из-за|под\s+тяжестью|под\s+весом)\s+(?:[\w-]+\s+)?снега\b|"
        r"bird\s+strikes?|bad\s+weather|fog|blizzard|snowstorm|freezing\s+rain)\b", re.I)),
    # a ban on flying from the authorities: «ограничения на использование воздушного
    # пространства», «закрытие неба», «режим „Ковер“»
    ("ограничения", re.compile(
        r"\b(?:ограничени\w+\s+(?:[\w-]+\s+){0,3}?(?:воздушн\w+\s+пространств\w*|"
        r"использовани\w+\s+воздушн\w+|полет\w*)|закрыти\w+\s+(?:воздушн\w+\s+пространств|"
        r"неба)\w*|закрыт\w+\s+(?:воздушн\w+\s+пространств|неб[оа])\w*|режим\w*\s+.?ковер|"
        r"airspace\s+(?:restrictions?|closure)|closed\s+airspace)\b", re.I)),
    # no fuel to fill the aircraft (the buses, the boilers): «нехватка авиатоплива»
    ("топливо", re.compile(
        r"\b(?:(?:нехватк|дефицит|отсутстви|недостат)\w*\s+(?:[\w-]+\s+)?(?:топлив|керосин|"
        r"авиатоплив|авиакеросин|горюч)\w*|(?:топлив|керосин|авиатоплив)\w*\s+(?:[\w-]+\s+)?"
        r"(?:не\s+хватал|закончил|кончил)\w*|fuel\s+shortage|shortage\s+of\s+fuel|"
        r"ran\s+out\s+of\s+fuel)\b", re.I)),
    # a fire someone let start: a cigarette, smoking, careless handling of fire (it rules
    # out a short circuit as the fire's cause, as it does arson and lightning)
    ("огонь", re.compile(
        r"\b(?:неосторожн\w+\s+обращени\w*(?:\s+с\s+огн\w*)?|непотушенн\w+\s+(?:сигарет|"
        r"окурк)\w*|окурк\w*|курени\w*|курил\w*\s+(?:[\w-]+\s+)?в\s+(?:постел|номер|комнат|"
        r"кроват|квартир)\w*|careless\s+smoking|cigarette)\b", re.I)),
    # fire set to grass or stubble that got away: careless, not deliberate
    ("неосторожность", re.compile(
        r"\b(?:(?:неконтролируем\w+\s+)?(?:отжиг|выжигани|сжигани|пал)\w*\s+(?:[\w-]+\s+){0,2}?"
        r"(?:трав|стерн|мусор|сухост|листв)\w*|жгли\s+(?:[\w-]+\s+)?(?:трав|стерн|мусор)\w*|"
        r"сельхозпал\w*|grass\s+burning|stubble\s+burning|"
        # safety devices switched off or blinded: a violation, not fate
        r"датчик\w*\s+(?:[\w-]+\s+){0,5}?(?:отключ|загрубл|заклеива|заклеен|заклеил)\w*|"
        r"(?:отключ|загрубл|заклеива|заклеил)\w*\s+(?:[\w-]+\s+){0,2}?датчик\w*|"
        r"накоплени\w+\s+метан\w*|"
        # a door, a cage, a latch left open: «оставил дверь вольера незапертой», «не
        # задвинул щеколду», «небрежность сотрудника»
        r"оставил\w*\s+(?:[\w-]+\s+){0,3}?(?:двер|вольер|клетк|калитк|ворот|люк)\w*\s+"
        r"(?:[\w-]+\s+)?(?:незаперт|открыт)\w*|не\s+(?:запер|задвинул|закрыл|защелкнул)\w*\s+"
        r"(?:[\w-]+\s+){0,2}?(?:щеколд|засов|замок|замк|вольер|клетк|калитк|двер|люк)\w*|"
        r"небрежност\w*|"
        # a building altered against its rules: «самовольная перепланировка», «нарушения,
        # допущенные при реконструкции кровли», equipment hung «без проекта»
        r"самовольн\w+\s+(?:перепланировк|реконструкци|переоборудовани|надстройк|монтаж|"
        r"пристройк)\w*|нарушени\w+,?\s+(?:[\w-]+\s+){0,2}?(?:при|в\s+ходе)\s+(?:реконструкци|"
        r"строительств|ремонт|капремонт|монтаж|перепланировк)\w*|нарушени\w+\s+строительн\w+\s+"
        r"(?:норм|правил)\w*|без\s+(?:согласованн\w+\s+)?(?:проекта|разрешени\w+\s+на\s+строительство)|"
        r"нарушени\w+\s+правил\w*\s+(?:пожарной|техники|эксплуатации|дорожного)|"
        # «нарушили требования безопасности мореплавания», «нарушение правил безопасности»
        r"наруш\w+\s+(?:[\w-]+\s+){0,2}?(?:требовани|правил)\w*\s+(?:[\w-]+\s+)?"
        r"безопасност\w*|"
        r"careless\w*)\b", re.I)),
    # a shortage of goods in the shops or at the pumps told three ways: the maker's plant
    # stopped for repair («внеплановый ремонт установки на НПЗ»), the goods stuck on the way
    # («скопилось около 140 цистерн, которые не могут подать под налив», «проблемы с
    # логистикой»), sellers holding them back for the price («спекуляция», «перекупщики»)
    ("ремонт производства", re.compile(
        r"\b(?:(?:внепланов|планов|аварийн|капитальн)\w+\s+(?:[\w-]+\s+)?ремонт\w*|"
        r"ремонт\w*\s+(?:[\w-]+\s+){0,3}?(?:на\s+)?(?:установк|завод|нпз|производств|"
        r"[\w-]+\s+нефтеперерабатывающ)\w*|остановк\w+\s+(?:[\w-]+\s+){0,2}?(?:установк|завод|"
        r"нпз)\w*\s+на\s+ремонт)", re.I)),
    ("логистика", re.compile(
        r"\b(?:логистик\w*|логистическ\w+|(?:цистерн|вагон|состав)\w*\s+(?:[\w-]+\s+){0,4}?"
        r"(?:застрял|скопил|простаива|не\s+могут\s+подать)\w*|(?:застрял|скопил)\w*\s+"
        r"(?:[\w-]+\s+){0,4}?(?:цистерн|вагон|состав)\w*|нехватк\w+\s+(?:[\w-]+\s+)?"
        r"(?:цистерн|вагон|подвижного\s+состава)\w*|(?:проблем|сбо|перебо)\w*\s+(?:[\w-]+\s+)?"
        r"(?:с\s+)?(?:доставк|перевозк|отгрузк)\w*)", re.I)),
    ("спекуляция", re.compile(
        r"\b(?:спекуляци\w*|спекулянт\w*|спекулятивн\w+|перекупщик\w*|придержива\w+\s+"
        r"(?:[\w-]+\s+)?(?:топлив|бензин|товар)\w*)", re.I)),
    # a building's own faults from its builders: «брак при строительстве», «фермы
    # смонтированы с отступлениями от проекта», «конструкцию изначально неправильно
    # построили»; against its upkeep neglected, it is the other side's account
    ("строительство", re.compile(
        r"\b(?:брак\w*\s+(?:[\w-]+\s+)?(?:при\s+)?(?:строительств|монтаж|возведени)\w*|"
        r"строительн\w+\s+брак\w*|отступлени\w+\s+от\s+проект\w*|"
        r"(?:ошибк|дефект|просчет)\w*\s+(?:[\w-]+\s+)?(?:при\s+)?(?:проектировани|"
        r"строительств|монтаж|конструкци)\w*|неправильно\s+(?:построил|построен|спроектир|"
        r"смонтир)\w*)\b", re.I)),
    # the upkeep neglected: snow left on a roof, poor maintenance («крышу не чистили от
    # снега», «под тоннами неубранного снега», «из-за ненадлежащего обслуживания»)
    ("содержание", re.compile(
        r"\b(?:не\s+(?:чистил|убирал|очищал|счищал)\w*\s+(?:[\w-]+\s+){0,3}?(?:от\s+)?снег\w*|"
        r"неубранн\w+\s+снег\w*|снег\w*\s+(?:[\w-]+\s+){0,4}?никто\s+не\s+(?:убирал|чистил|"
        r"счищал)\w*|ненадлежащ\w+\s+(?:техническ\w+\s+)?(?:обслуживани|содержани|"
        r"эксплуатаци)\w*|плох\w*\s+обслужива\w*|плохо\s+обслуживал\w*)\b", re.I)),
    # a person's wrong action at the controls: against a fault of the machine, it is the
    # other account of one accident («отказ двигателя» vs «ошибка пилота»)
    ("ошибка", re.compile(
        r"\b(?:ошибк\w+\s+(?:\w+\s+)?(?:пилот|водител|экипаж|диспетчер|машинист|оператор|"
        r"летчик|капитан|командир|персонал|смен|дежурн|сотрудник|работник)\w*|"
        # the staff's wrong act told as such: «оператор по ошибке закрыл задвижку»
        r"(?:оператор|диспетчер|машинист|дежурн|сотрудник|работник)\w*\s+(?:[\w-]+\s+)?"
        r"по\s+ошибке|ошибочн\w+\s+действи\w+|человеческ\w+\s+фактор\w*|"
        r"по\s+вине\s+(?:\w+\s+)?(?:водител|пилот|экипаж|машинист|диспетчер|оператор|"
        r"капитан)\w*|не\s+справил\w*\s+с\s+управлени\w*|допустил\w*\s+(?:\w+\s+)?ошибк\w*|"
        r"(?:(?:уснул|заснул|задремал)(?:а|и)?\b|уснувш\w*|заснувш\w*)(?:\s+за\s+рулем)?|"
        r"отключил\w*\s+от\s+усталост\w*|fell\s+asleep|"
        # going too fast is the driver's (the crew's) act: «превышение скорости»
        r"превышени\w+\s+(?:[\w-]+\s+)?скорост\w*|превысил\w*\s+скорост\w*|speeding|"
        # a ship off its fairway: «сошел с судового хода», «уход с фарватера»
        r"(?:сош[её]л|сошл[аои]|уш[её]л|ушл[аои]|вышел|вышл[аои]|сход|уход|выход)\w*\s+"
        r"(?:[\w-]+\s+){0,2}?(?:с|за\s+(?:кромку\s+)?)\s*(?:судов\w+\s+ход\w*|фарватер\w*)|"
        # ... told by the figures: «шел со скоростью 78 км/ч при допустимых 60», «не
        # вписался в кривую»
        r"\d+\s*км/ч\s+при\s+(?:[\w-]+\s+){0,3}?(?:допустим|разрешен|ограничени|"
        r"предельн|максимальн)\w*|не\s+вписал\w*\s+в\s+(?:[\w-]+\s+)?(?:кривую|поворот)|"
        r"human\s+error|pilot\s+error|crew\s+error)\b", re.I)),
    # a road crash blamed on the other vehicle: «грузовик выехал на нашу полосу», «фура
    # пошла на нас»; against the driver's own error (asleep, lost control) it is the other
    # account
    ("другой участник", re.compile(
        r"\b(?:грузовик\w*|фур[аыу]|тягач\w*|камаз\w*|легковушк\w*|внедорожник\w*|"
        r"встречн\w+\s+(?:машин|автомобил)\w*)\s+(?:[\w-]+\s+){0,2}?(?:выехал\w*|выскочил\w*|"
        r"пош[её]л|пошла|вылетел\w*|вынесло)\s+(?:[\w-]+\s+){0,2}?(?:на\s+(?:нашу\s+|"
        r"встречную\s+)?полос\w*|на\s+нас)|выехал\w*\s+на\s+полосу\s+(?:автобуса|машины|"
        r"автомобиля)", re.I)),
    # an illness or poisoning of many: germs found in the food served (or the food kept
    # wrong), against a virus brought in from outside the kitchen
    ("пища", re.compile(
        r"\b(?:стафилокок\w*|сальмонел\w*|кишечн\w+\s+палочк\w*|листери\w*|ботули\w*|"
        r"ботулотоксин\w*|некачественн\w+\s+(?:продукт|пищ|ед|блюд|питани)\w*|"
        r"просроченн\w+\s+продукт\w*|нарушени\w+\s+(?:температурн\w+\s+режим|"
        r"услови\w+\s+хранени|санитарн\w+\s+(?:норм|правил|требовани))\w*|"
        # food brought from outside, blamed: «инфекцию занесли с продуктами», «винила во
        # вспышке еду», «заражение через продукты»
        r"(?:занес|занесл|принес|принесл|привез|попал)\w*\s+(?:[\w-]+\s+){0,2}?с\s+"
        r"(?:продукт|ед[ойы]|пищ|передач)\w*|через\s+(?:продукт|ед[уы]|пищ)\w*|"
        r"(?:винил|винит|винят|обвинил|обвиняют)\w*\s+(?:[\w-]+\s+){0,3}?(?:ед[уы]\b|"
        r"продукт\w*|пищ\w*|блюд\w*)|"
        # the route told: «путь заражения пищевой», «через салаты и выпечку», «дело в
        # продуктах»
        r"пищев\w+\s+(?:[\w-]+\s+)?пут[иь]\w*|через\s+(?:[\w-]+\s+)?(?:блюд|салат|выпечк|"
        r"мяс|десерт)\w*|(?:дело|причин\w*)\s+(?:не\s+)?в\s+(?:[\w-]+\s+)?(?:ед[еы]|пищ[еи]|"
        r"продукт\w*|блюд\w*)\b|"
        r"salmonella|staphylococc\w*|e\.\s?coli|listeria|botulism|spoiled\s+food)\b", re.I)),
    ("вирус", re.compile(
        r"\b(?:норовирус\w*|ротавирус\w*|энтеровирус\w*|вирусн\w+\s+(?:инфекци|кишечн)\w*|"
        r"norovirus|rotavirus|enterovirus)\b", re.I)),
    # the water the children drank, not the food: «пили воду из скважины»
    ("вода", re.compile(
        r"\b(?:вод\w*\s+(?:из|в)\s+(?:[\w-]+\s+)?(?:скважин|колодц|колодез|родник|водоем|"
        r"реки|озера|пруда|бассейн)\w*|(?:некачественн|загрязненн|зараженн)\w+\s+"
        r"(?:питьев\w+\s+)?вод\w*|(?:загрязнени|заражени)\w*\s+(?:питьев\w+\s+)?вод\w*|"
        r"водн\w+\s+(?:[\w-]+\s+)?пут[иь]\w*|через\s+(?:питьев\w+\s+)?вод\w*|"
        r"систем\w*\s+водоснабжени\w*|(?:contaminated|well)\s+water|"
        # the water named alone where a cause is spoken of: «дело не в воде», «версия о
        # воде», «связывает вспышку с водой»
        r"(?:дело|причин\w*)\s+(?:не\s+)?в\s+вод\w*|верси\w+\s+(?:о|с)\s+вод\w*|"
        r"(?:связыва|связал)\w*\s+(?:[\w-]+\s+){0,2}?с\s+вод\w*)\b", re.I)),
    # what gave off the carbon monoxide that poisoned someone: a generator run indoors, a
    # stove shut too early, a boiler; each names itself as the cause («угорели от
    # генератора», «рано задвинул вьюшку», «печное отравление»)
    ("генератор", re.compile(
        rf"\b(?:(?:от|из-за)\s+(?:[\w-]+\s+)?генератор\w*|генератор\w*\s+(?:[\w-]+\s+){{0,4}}?"
        rf"{_CLOSED_ROOM}|(?:запустил|включил|поставил)\w*\s+(?:[\w-]+\s+){{0,2}}?генератор\w*"
        rf"\s+(?:[\w-]+\s+){{0,2}}?{_CLOSED_ROOM})", re.I)),
    ("печь", re.compile(
        r"\b(?:печн\w+\s+(?:отравлени|заслонк|вьюшк)\w*|(?:от|из|из-за)\s+(?:[\w-]+\s+)?"
        r"печ(?:и|ь|ки|ей)\b|(?:закрыл|задвинул)\w*\s+(?:[\w-]+\s+){0,2}?(?:заслонк|вьюшк)\w*)",
        re.I)),
    # an avalanche set off by those on the slope, or come down by itself
    ("подрезка склона", re.compile(
        r"\b(?:подрез\w*\s+(?:[\w-]+\s+)?склон\w*|подрезани\w*|спровоцирова\w*\s+"
        r"(?:[\w-]+\s+){0,2}?(?:лыжник|сноубордист|фрирайдер|турист|групп)\w*|(?:лыжник|"
        r"сноубордист|фрирайдер|турист|групп)\w*\s+(?:[\w-]+\s+){0,2}?спровоцирова\w*)", re.I)),
    ("самопроизвольный сход", re.compile(
        r"\b(?:самопроизвольн\w*|самосход\w*|(?:сошл[аи]?|сорвал\w*)\s+(?:[\w-]+\s+)?сама\b|"
        r"сама\s+(?:[\w-]+\s+)?(?:сошл|сорвал)\w*)", re.I)),
    ("котел", re.compile(r"\b(?:(?:от|из|из-за)\s+(?:[\w-]+\s+)?(?:газов\w+\s+)?котл[аяеу]\b|"
                         r"неисправн\w+\s+(?:газов\w+\s+)?кот(?:ел|ла)\b)", re.I)),
)
CAUSE_CLASH = {frozenset({"пища", "вирус"}),
               frozenset({"генератор", "печь"}), frozenset({"генератор", "котел"}),
               frozenset({"печь", "котел"}),
               frozenset({"подрезка склона", "самопроизвольный сход"}),
               frozenset({"подрезка склона", "природа"}), frozenset({"умысел", "техника"}),
               frozenset({"ремонт производства", "логистика"}),
               frozenset({"ремонт производства", "спекуляция"}),
               frozenset({"логистика", "спекуляция"}),
               # the builders' faults, or a machine worn, against the upkeep neglected
               frozenset({"строительство", "содержание"}), frozenset({"техника", "содержание"}),
               # a failed engine or a short circuit against the weather («отказал
               # двигатель» vs «резкое ухудшение погоды»)
               frozenset({"техника", "природа"}),
               frozenset({"пища", "вода"}),
               frozenset({"ошибка", "другой участник"}),
               # the water too low against a ship off its course
               frozenset({"природа", "ошибка"}),
               frozenset({"умысел", "неосторожность"}),
               frozenset({"умысел", "природа"}), frozenset({"умысел", "ошибка"}),
               frozenset({"природа", "неосторожность"}),
               # a fire set carelessly (a grass burn, a cigarette) against a wire or a
               # short circuit
               frozenset({"техника", "неосторожность"}),
               frozenset({"огонь", "умысел"}), frozenset({"огонь", "природа"}),
               frozenset({"огонь", "техника"}), frozenset({"огонь", "неисправность"}),
               frozenset({"техника", "ошибка"}),
               # the power cut from outside against the machine's own fault
               frozenset({"электропитание", "техника"}),
               frozenset({"электропитание", "неисправность"}),
               frozenset({"неисправность", "природа"}), frozenset({"неисправность", "умысел"}),
               frozenset({"неисправность", "ошибка"}),
               # why flights stopped: weather, a ban on flying, no fuel, a broken aircraft
               frozenset({"ограничения", "природа"}), frozenset({"ограничения", "топливо"}),
               frozenset({"ограничения", "неисправность"}), frozenset({"топливо", "природа"}),
               frozenset({"топливо", "неисправность"})}
# The cause is denied: «версия поджога не подтвердилась», «поджог исключен».
_DENIED = re.compile(
    r"\b(?:не\s+(?:рассматрива\w*|подтверди\w*|подтвержда\w*|был[аио]?|является|признал\w*|"
    r"признает|признают|"
    r"установлен\w*|обнаружен\w*|нашл\w*)|исключ(?:ен|ена|ено|ены|или|ают|ает|ил)\b|"
    r"отвергл\w*|опроверг\w*|нет\s+(?:оснований|признаков|данных)|никаких\s+признаков|"
    r"маловероят\w*|"
    r"ruled\s+out|no\s+sign)", re.I)
# Versions listed, or a cause not ruled out, assert nothing: «не исключают поджог».
_NOT_BEFORE = re.compile(r"\b(?:не|not|no|никак\w+|нет)\s+(?:[\w-]+\s+)?$", re.I)
# Several versions side by side take no side at all: «рассматривают три версии».
_VERSIONS = re.compile(r"\b(?:верси(?:й|ям|ями|ях)\b|"
                       r"(?:несколько|две|три|разные|различные|основные)\s+верси\w*|"
                       r"рассматрива\w+\s+верси[ия]\b|в\s+том\s+числе|"
                       r"рассматрива\w+\s+(?:несколько|разные|различные)|или\b|либо\b)", re.I)
# One cause told as possible («не исключил, что причиной стал технический отказ», «мог
# отказать двигатель») is a version: it stands against the investigators' main version
# (another account of what is likely), never against a cause found or told as fact («в
# пробах обнаружена сальмонелла» is not disputed by «не исключено, что заразились
# ротавирусом») nor against another version.
_MAYBE = re.compile(r"\b(?:не\s+исключ\w*|одн\w+\s+из\s+верси\w*|возможн\w*|могл[аио]?\b|"
                    r"мог\b|предположительн\w*|may\s+have|could\s+have|possible|possibly)",
                    re.I)
# A technical or careless cause is a cause only when the claim says so («причиной стало»,
# «из-за»); «знал о неисправности системы» tells of a fault, not of what set the fire.
# A deliberate act names itself: «Это был поджог».
# a bird in the engine, safety sensors switched off, a sudden outburst of the rock name
# the cause of what followed, as a deliberate act does
_NAMES_ITSELF = re.compile(r"птиц|бердстрайк|bird|датчик|внезапн|газодинамич|"
                           r"щеколд|засов|незаперт|небрежн|"
                           # what the wind did: «вышку повалило ветром»
                           r"^(?:сорвал|опрокинул|снесл|повалил)|^ветр(?:ом|у)\s", re.I)
# and so does the weather told lying on the road or the runway, the state a crash happened
# in: «полосу затянуло гололедом», «асфальт сковал гололед» (not a forecast's «может»)
_ROAD_COVERED = re.compile(
    r"(?:трасс|дорог|полос|покрыти|асфальт|шоссе)\w*\s+(?:[\w-]+\s+){0,2}?"
    r"(?:сковал|сковыва|покрыл|затянул|затягива)\w*|(?:сковал|сковыва|покрыл|затянул|затягива)"
    r"\w*\s+(?:[\w-]+\s+){0,2}?(?:трасс|дорог|полос|покрыти|асфальт|шоссе)\w*", re.I)
# so does a part of the machine that failed, told in the past: «у которого отказала
# гидравлика», «стойка не встала на замок» (not «отказ гидросистемы может привести к...»)
_FAILED_PART = re.compile(r"отказал|не\s+(?:встал|вышл|вышел|выпустил)", re.I)
# the main version is the one the speaker stands by: «в качестве основной рассматривается
# версия об отказе двигателя», «основной версией остается утечка»
_MAIN_VERSION = re.compile(r"\bнастаива\w*\s+на\s+верси\w*|"
                           r"\bосновн\w*\s+(?:[\w-]+\s+){0,2}?верси\w*|\bверси\w*\s+"
                           r"(?:[\w-]+\s+){0,2}?основн\w*|\bв\s+качестве\s+основн\w*", re.I)
_CAUSE_WORD = re.compile(r"\b(?:причин\w*|из-за|в\s+результате|вызван\w*|спровоцир\w*|"
                         r"не\s+выдержал\w*|стал\w*\s+(?:следствием|результатом)|"
                         r"настаива\w*\s+на\s+верси\w*|"
                         # those who claim an attack tell its cause: «группировка взяла на
                         # себя ответственность за атаку»
                         r"взя\w*\s+на\s+себя\s+ответственность|"
                         # where it started is what started it: «огонь начался с сельхозпала»
                         r"(?:начал\w*|началось)\s+с\s+(?=\w)|"
                         r"указыва\w*\s+на|вероятнее|речь\s+ид[её]т\s+о|"
                         # what set it alight: «сено вспыхнуло от упавшего провода», «траву
                         # поджег оборванный провод»
                         r"(?:загорел|возгорел|вспыхнул|воспламенил|начал)\w*\s+"
                         r"(?:[\w-]+\s+){0,2}?от\s|"
                         r"подж[её]г\b|"
                         # the investigators' account is the cause they stand by; what an
                         # event «is tied to» is its cause
                         r"по\s+версии\s+следстви\w*|связыва\w*|связал\w*|"
                         # whom or what one blames: «винит падение уровня воды»
                         r"винил\w*|винит|винят|"
                         r"(?:основн|главн|приоритетн|(?:наиболее\s+|самая\s+)?вероятн)\w*\s+"
                         r"(?:рассматриваем\w+\s+)?верси\w*|"
                         r"источник\w*\s+(?:инфекци|заражени|отравлени)\w*|"
                         # the route an infection took: «распространилась через
                         # салаты», «путь заражения»
                         r"(?:переда|распростран)\w*\s+(?:[\w-]+\s+){0,2}?через\s|"
                         r"пут[иь]\s+(?:передачи|заражения)|дело\s+в\s+(?!том\b)|"
                         r"caused|cause\s+of|due\s+to|result\s+of)\b", re.I)


_EVENT_STEMS = ("вызов", "звон", "сигнал", "лавин", "avalanche",
                "рельс", "derail", "прорыв", "прорва", "разбил", "столкн", "посадк", "посади",
                "штурм", "сел", "мель", "пойма", "поимк", "обездвиж", "усыпил", "приземл",
                "landing", "рейс", "flight",
                "пожар", "возгор",
                "горел", "горан", "огон", "огн", "взрыв", "взорв", "хлопок", "содрог", "авари",
                "круш", "перевер", "опроки", "затону", "capsiz",
                "катастроф", "дтп", "обруш", "сбо", "отключ", "fire", "blaze", "explos", "blast",
                "crash", "collaps", "outage", "отрав", "зараз", "инфекц", "вспышк", "poison",
                "outbreak", "infect", "связь", "потер", "радар", "contact", "рухн", "толч",
                "землетряс", "афтершок", "quake", "отбой", "тревог", "угроз", "предупрежд",
                "отсутств", "пропаж", "хватил", "недосчит", "узнал", "коснул", "дефицит",
                "перебо", "shortage", "заседан", "вторжен", "взлом", "атак", "проникн", "доступ")


# one pass over a claim: each event word pattern as a named alternative, whole words only
_EVENT_WORD = re.compile(
    r"(?<![\w-])(?:" + "|".join(
        f"(?P<k{n}>{pat.pattern.removeprefix('^').removesuffix('$')})"
        for n, (_name, pat) in enumerate(EVENT_KINDS)) + r")(?![\w-])")


def _event_kind(text: str) -> str | None:
    """The event a claim speaks of, by its own words (the first event word)."""
    low = text.lower()
    if not any(stem in low for stem in _EVENT_STEMS):
        return None  # a cheap test first (substrings): most claims tell of no such event
    m = _EVENT_WORD.search(fold(text))
    if m is None or m.lastgroup is None:
        return None
    return EVENT_KINDS[int(m.lastgroup[1:])][0]


@read_once
def _claim_event(f: Facts) -> str | None:
    """The event a claim names itself, or the escape it tells of."""
    return _event_kind(f.sc.claim.text) or _escape(f.sc.claim.text)


@read_once
@_safe_one
def _cause(f: Facts) -> tuple[str, bool, Value, str] | None:
    """(cause kind, asserted (True) or denied (False), value, how it is told: «main» for
    the main version, «version» for a possibility, else «") of a claim, or None."""
    c = f.sc.claim
    text = c.text
    low = text.lower()
    if not any(stem in low for stem in _CAUSE_STEMS):
        return None  # a cheap test first (substrings): most claims name no cause
    if QUESTION.search(text):
        return None  # an interviewer's question («Это ошибка пилота?») asserts nothing
    main = bool(_MAIN_VERSION.search(text))
    if _VERSIONS.search(text) and not main:
        return None
    version = not main and bool(_MAYBE.search(text))
    if version and _FIRST_HOURS.search(text):
        return None  # a version of the first hours, since overtaken: no stance now
    hits = []
    for kind, pat in EVENT_CAUSES:
        m = pat.search(text)
        if m and not _HINDERED.search(text[max(0, m.start() - 80) : m.start()]) and \
                not _HINDERED_AFTER.match(text[m.end() : m.end() + 80]) and \
                not _FALSE_REPORT.search(text[max(0, m.start() - 60) : m.start()]) and \
                not _ARTICLE_NAME.search(text[max(0, m.start() - 40) : m.start()]):
            hits.append((kind, m, _asserted(text, m)))
    # «отказ двигателя из-за технической неисправности»: the fault says what failed
    if any(k == "неисправность" for k, _m, _a in hits):
        hits = [h for h in hits if h[0] != "техника"]
    # a germ found in the water («сальмонеллу нашли в воде из колодца»)
    # blames the water, not the food the germ is most often found in
    if any(k == "вода" for k, _m, _a in hits):
        hits = [h for h in hits if not (h[0] == "пища" and _GERM.match(h[1].group(0)))]
    if len(hits) == 2 and hits[0][2] != hits[1][2] and \
            frozenset({hits[0][0], hits[1][0]}) in CAUSE_CLASH:
        # one cause asserted and its rival denied take one side: «утечка — самая
        # вероятная версия, и никакой злой умысел тут искать не нужно»
        hits = [h for h in hits if h[2]]
    if len(hits) > 1 and any(k == "ошибка" for k, _m, _a in hits):
        # «ошибка экипажа при заходе на посадку в условиях плохой видимости»: the weather
        # is where the error was made, not a rival cause
        hits = [h for h in hits if not (h[0] == "природа" and _CIRCUMSTANCE.search(
            text[max(0, h[1].start() - 12) : h[1].start()]))]
    if len(hits) != 1:
        return None
    kind, m, asserted = hits[0]
    if asserted and not _CAUSE_WORD.search(text) and \
            not (kind in _INTENT and _SELF_ASSERTING.match(fold(m.group(0)))) and \
            not (kind in ("ошибка", "другой участник") and
                 _SELF_ASSERTING_ACCOUNT.match(fold(m.group(0)))) and \
            not ((kind in _GERMS or (kind == "техника" and _FOUND_AT_SITE.search(m.group(0))))
                 and _FOUND.search(text)) and \
            not (kind in ("природа", "неосторожность") and _NAMES_ITSELF.search(m.group(0))) and \
            not (kind == "природа" and _ROAD_COVERED.search(text)) and \
            kind not in _ACCOUNTS and \
            not (kind == "техника" and _FAILED_PART.search(m.group(0))) and \
            not _THIS_IS.search(fold(text[: m.start()])):
        return None  # «ПВО отражала атаку» is no cause of anything said
    end = m.end()
    nxt = re.match(r"\s+(?:в\s+)?[\w-]+", text[end:])
    if nxt and not re.match(r"\s+(?:и|а|но|на|по|тогда|что|не)\b", text[end:]):
        end += nxt.end()
    shown = text[m.start() : end]
    v = Value(f.sc.id, c.start + m.start(), c.start + end, shown, kind, kind)
    return kind, asserted, v, "main" if main else "version" if version and asserted else ""


# kinds told as the account of why it happened, with or without a word of cause: a
# builder's faults or a neglected upkeep («фермы смонтированы с отступлениями от проекта»,
# «крышу не чистили от снега»); what gave off the fumes («угорели от генератора», «рано
# задвинул вьюшку»); what set an avalanche off («склон подрезали», «сорвалась сама»)
_ACCOUNTS = frozenset({"строительство", "содержание", "генератор", "печь", "котел",
                       "подрезка склона", "самопроизвольный сход"})
_FIRST_HOURS = re.compile(r"\b(?:в\s+первые\s+(?:часы|минуты|дни)|первоначальн\w*|изначальн\w*|"
                          r"поначалу|сначала|at\s+first|initially)\b", re.I)
_CIRCUMSTANCE = re.compile(r"\bв\s+(?:услови\w+|обстановк\w+)\s+$", re.I)


# what held up the search or the rescue, not what caused the event: «поиски пришлось
# приостановить из-за метели»
_HINDERED = re.compile(r"\b(?:поиск|спасательн|эвакуац|работ)\w*\s+(?:[\w-]+\s+){0,4}?(?:приостан|"
                       r"прерв|прерыва|отлож|затрудн|осложн|сверну|задерж)\w*\s+(?:[\w-]+\s+){0,3}?"
                       r"$|\b(?:приостанов|прерв|прерыва|отлож|затрудн|осложн|сверну)\w*\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:поиск|работ|спасательн|эвакуац)\w*\s+(?:[\w-]+\s+){0,3}?$",
                       re.I)


# («из-за метели наземная группа смогла добраться до обломков только к утру»)
_HINDERED_AFTER = re.compile(r"\W*(?:[\w-]+\s+){0,4}?(?:смог\w*\s+|не\s+могл?\w*\s+|удалось\s+)?"
                             r"(?:добрат|подобрат|доехат|дойти|долететь|вылететь|приступит)\w*",
                             re.I)


def _asserted(text: str, m: re.Match[str]) -> bool:
    """Whether the cause found at `m` is asserted, not denied: a denial in the clause of
    the cause word, after it or just before it, or «не»/«никакой» right before it («Это
    не техническая неисправность»)."""
    lo = max(0, m.start() - 40)
    if _NOT_IN.match(m.group(0)):
        return False  # «Дело не в воде»: the denial is inside the words matched
    if _SAYS_IT_IS.search(text[lo : m.start()]):
        return True  # «следов птицы не нашли, и речь идет о технической неисправности»
    if _MISTAKEN.search(text[lo : m.start()]):
        return False  # «пилоты поначалу приняли удар за столкновение с птицами»
    clause = text[lo : min(len(text), m.end() + 60)]
    denied = _DENIED.search(clause)
    if denied and _NOT_RULED_OUT.search(text, 0, lo + denied.start() + 1):
        denied = None  # «не исключил, что причиной стал ...» (the window may cut the «не»)
    return not (denied or _NOT_BEFORE.search(text[lo : m.start()])
                or _NOT_TO_BLAME.match(text, m.end()))


# what is not to blame is named before: «котел тут ни при чем, угорели от печки»
_NOT_TO_BLAME = re.compile(r"[^.;!?]{0,30}?(?<![а-яё])ни\s+при\s+ч[её]м", re.I)


# a false report of an attack is no attack: «дело о ложном сообщении о теракте», «ложные
# сообщения о минировании»
_FALSE_REPORT = re.compile(r"\bложн\w*\s+(?:[\w-]+\s+)?(?:сообщени|звон|угроз|вызов|"
                           r"информаци)\w*\s+(?:[\w-]+\s+){0,2}?(?:о|об|про)\s+(?:[\w-]+\s+)?$",
                           re.I)
# a criminal article's name is no cause told: «по ст. 219 УК (нарушение требований
# пожарной безопасности)», «по статье 247 («Нарушение правил обращения ...»)»
_ARTICLE_NAME = re.compile(r"(?:(?<![а-яё])ст\.|(?<![а-яё])стать\w+|(?<![а-яё])УК)\s*"
                           r"(?:[\w.]+\s+){0,4}?[(«\"]\s*[(«\"]?$", re.I)
_NOT_RULED_OUT = re.compile(r"\bне\s+и$", re.I)
_NOT_IN = re.compile(r"(?:дело|причин\w*)\s+не\s+в\b", re.I)


_MISTAKEN = re.compile(r"\bприня\w*\s+(?:[\w-]+\s+){0,2}?за\s+$|\bmistook\s+(?:[\w-]+\s+){0,2}?"
                       r"for\s+(?:an?\s+)?$", re.I)
# («кровля не выдержала снеговой нагрузки»: what it could not bear is the cause)
_SAYS_IT_IS = re.compile(r"\b(?:речь\s+ид[её]т\s+о|дело\s+в|не\s+выдержал\w*)\s+(?:[\w-]+\s+)?$",
                         re.I)


_CauseIndex = dict[tuple[str, int], list[tuple[Facts, str, bool, Value, str]]]


def _cause_index(facts: Sequence[Facts], story: Mapping[int, int]) -> _CauseIndex:
    """The causes the claims tell, by (event, story): (facts, cause kind, asserted, value,
    how it is told)."""
    # the event a story tells of most («Это был поджог» names none itself); counted over
    # the story, since one report may mention a fire only in passing
    story_event: dict[int, str] = {}
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    kinds = {f.sc.id: _claim_event(f) for f in facts}
    for f in facts:
        ev = kinds[f.sc.id]
        if ev:
            counts[story.get(f.sc.doc_id, f.sc.doc_id)][ev] += 1
    for st, by in counts.items():
        story_event[st] = max(by, key=lambda k: (by[k], k))
    index: _CauseIndex = defaultdict(list)
    for f in facts:
        if _other_time(f) or _earlier_event(f):
            continue
        got = _cause(f)
        if got is None:
            continue
        kind, asserted, v, told = got
        if _NO_COMMENT.search(f.sc.claim.text):
            continue  # «Киев официально не комментировал атаку» neither says nor denies
        # one story, one event: «взрыв» and «авария» of one mine are one; a flight held on
        # the ground is an event of its own, whatever the story tells of
        own = kinds[f.sc.id]
        ev = own if own in _OWN_EVENTS else story_event.get(
            story.get(f.sc.doc_id, f.sc.doc_id)) or own or (
            "пожар" if fold(v.text).startswith(("подж", "arson")) else None)  # arson burns
        if ev is None:
            continue
        index[(ev, story.get(f.sc.doc_id, f.sc.doc_id))].append(
            (f, kind, asserted, v, told))
    return index


def cause_conflicts(facts: Sequence[Facts], story: dict[int, int]) -> list[Group]:
    """One event of one story blamed on causes that exclude each other, or a cause
    asserted by one side and denied by another."""
    out = []
    for (ev, _s), items in _cause_index(facts, story).items():
        if len(items) > MAX_GROUP:
            continue
        # (a version alone disputes nothing: some report must tell a cause as the cause)
        asserted_kinds = Counter(k for _f, k, yes, _v, told in items
                                 if yes and told != "version")
        if not asserted_kinds:
            continue
        # the disputed cause: the deliberate one when anyone names it, else the most named
        pro = "умысел" if "умысел" in asserted_kinds else asserted_kinds.most_common(1)[0][0]
        g = Group("statement", f"причина: {ev}", ("cause", ev))
        sides = [(f, _stance(k, yes, pro), v, k, told) for f, k, yes, v, told in items]
        for (fa, sa, va, ka, ta), (fb, sb, vb, kb, tb) in combinations(sides, 2):
            if fa.sc.id == fb.sc.id or sa is None or sb is None or sa == sb:
                continue
            if "version" in (ta, tb) and "main" not in (ta, tb):
                continue  # a possibility disputes only the main version
            if ka == kb == "природа" and _two_causes_of_a_kind(va.text, vb.text):
                continue  # «снегопада не было» denies the snow, not the fog: two weathers
            if {ka, kb} == {"техника", "природа"} and \
                    _CHAIN.search(vb.text if ka == "техника" else va.text) and \
                    _STOPPED.search(va.text if ka == "техника" else vb.text):
                continue  # a bird in the engine (ice on the wings) made it fail: one chain
            g.pairs.append((_side(va, sa, pro), _side(vb, sb, pro), 0.75))
        out.append(g)
    return out


def _two_causes_of_a_kind(a: str, b: str) -> bool:
    """Whether two causes of one kind are told by words sharing no stem (fog and ice):
    a denial of one says nothing of the other. (Only nature's causes are kinds of many
    things; a denied «внешнее воздействие» denies the «теракт» asserted of one deed.)"""
    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[а-яёa-z]{4,}", fold(text))} - {"котор"}

    return not stems(a) & stems(b)


MAX_RETOLD_CAUSE = 12  # claims of one story telling one cause past this: its refrain


def cause_agreements(facts: Sequence[Facts], story: Mapping[int, int]) -> set[tuple[int, int]]:
    """Pairs of claims of one story, in two reports, that tell one cause of its event as
    the cause («причиной пожара стали удары молний без осадков», «возгорание произошло в
    результате сухой грозы»): one finding retold, which the clustering takes as a same
    pair. A possibility («могла стать») or a denial states no cause."""
    out: set[tuple[int, int]] = set()
    for items in _cause_index(facts, story).values():
        told: dict[str, dict[int, Facts]] = defaultdict(dict)
        for f, kind, asserted, _v, how in items:
            if asserted and how != "version":
                told[kind][f.sc.id] = f
        for same in told.values():
            if len(same) > MAX_RETOLD_CAUSE:
                continue
            for fa, fb in combinations(sorted(same.values(), key=lambda f: f.sc.id), 2):
                # one of them tells it as a cause in so many words: «23 сбитых дрона» and
                # «74 сбитых дрона» both name the attack, and neither says what it caused
                if fa.sc.doc_id != fb.sc.doc_id and (_CAUSE_WORD.search(fa.sc.claim.text) or
                                                     _CAUSE_WORD.search(fb.sc.claim.text)):
                    out.add((fa.sc.id, fb.sc.id))
    return out


# nature that breaks the machine: a bird strike or icing stops an engine
_CHAIN = re.compile(r"птиц|бердстрайк|bird|обледен|icing", re.I)
# what a bird or ice stops: an engine (hydraulics or landing gear that failed are a fault
# of their own, which a bird strike told by another report contradicts)
_STOPPED = re.compile(r"двигател|мотор|турбин|engine", re.I)


# a side that keeps silent on the event: no stance on its cause
_NO_COMMENT = re.compile(r"\bне\s+(?:стал[аи]?\s+)?(?:комментир\w*|прокомментир\w*)|"
                         r"\bот\s+комментари\w+\s+(?:[\w-]+\s+)?(?:отказал\w*|воздерж\w*)|"
                         r"\b(?:отказал\w*|воздерж\w*)\s+(?:[\w-]+\s+)?от\s+комментари\w*|"
                         r"\bdeclined\s+to\s+comment|\bdid\s+not\s+comment", re.I)


# another outbreak told for comparison: «уже второй случай», «еще одна вспышка»
_ANOTHER = re.compile(r"\b(?:уже\s+)?(?:втор\w+|трет\w+|очередн\w+|ещ[её]\s+одн\w+)\s+"
                      r"(?:[\w-]+\s+)?(?:случа\w*|вспышк\w*|за\s+(?:лето|год|месяц))", re.I)


def _earlier_event(f: Facts) -> bool:
    """A claim about another event of the kind: every date it states ends two weeks or
    more before it was told («в конце июня в лагере „Чайка“» in a July report), or it
    says so («уже второй случай»)."""
    c = f.sc.claim
    told = _when(f)
    if _ANOTHER.search(c.text):
        return True
    dated = [d for d in c.dates if d.precision != "year"]
    return bool(told and dated) and all(
        d.date_to < str(told) and days_apart(d.date_to, str(told)) >= 14 for d in dated)


_OWN_EVENTS = {"задержка рейса"}


# an escape (of an animal, of prisoners) has a cause, as a fire has; it is no event with an
# hour of its own for the other rules, which read EVENT_KINDS
_ESCAPE = re.compile(r"(?<![\w-])(?:побег\w*|сбежал\w*|сбежавш\w*|escaped?)(?![\w-])", re.I)


def _escape(text: str) -> str | None:
    return "побег" if _ESCAPE.search(text) else None


def _stance(kind: str, asserted: bool, pro: str) -> bool | None:
    """Whether a claim says the disputed cause `pro` was the cause (True), was not
    (False: it denies it, or asserts a cause that excludes it), or neither (None)."""
    if kind == pro:
        return asserted
    clash = frozenset({kind, pro}) in CAUSE_CLASH
    if not clash:
        return None
    return not asserted  # a rival asserted speaks against it; a rival denied, for it


# germs found in the food, or caught, name the cause of an illness themselves: «в пробах
# обнаружена сальмонелла», «дети заразились ротавирусом»
_GERMS = {"пища", "вирус", "вода"}
# a bacterium's own name (the food kind's first words)
_GERM = re.compile(r"(?:стафилокок|сальмонел|кишечн|листери|ботули|salmonella|staphylococc|"
                   r"e\.\s?coli|listeria|botulism)", re.I)
# a broken rail found where the train left the track names the cause as germs found do
_FOUND_AT_SITE = re.compile(r"рельс|rail", re.I)
_FOUND = re.compile(r"\b(?:обнаруж\w*|выявл\w*|выявил\w*|нашли|найден\w*|выделен\w*|"
                    r"пил[аи]?\b|пьют|пили\b|проверять\s+нужно|"
                    r"заразил\w*|заражен\w*|detected|found|infected)\b", re.I)
# an account of an accident that names its cause itself: a person's wrong action («ДТП
# произошло по вине водителя», «не справился с управлением», «уснул»), or the other
# vehicle crossing over («грузовик выехал на нашу полосу»)
_SELF_ASSERTING_ACCOUNT = re.compile(r"по\s+вине|не\s+справил|допустил|уснул|заснул|задремал|"
                                   r"сош|сошл|уш[её]л|ушл|вышел|вышл|сход|уход|выход|"
                                   r"отключил|грузовик|фур|тягач|камаз|легковушк|внедорожник|"
                                   r"встречн|выехал|не\s+вписал|\d+\s*км/ч\s+при")
_INTENT = {"умысел"}
# «Это (была) классическая ошибка пилота», «Это короткое замыкание»: the claim names the
# cause of what it speaks of, as «Это был поджог» does
_THIS_IS = re.compile(r"(?:^|[«\"„(—–.!?:]\s*|,\s*что\s+)(?:[\w-]+\s+)?это\s+"
                      r"(?:был[аио]?\s+|стал[аио]?\s+)?(?:[\w-]+\s+){0,2}$")
# deliberate acts that name themselves the cause: «Это был поджог», «самолет был сбит»
_SELF_ASSERTING = re.compile(r"подж|подожж|теракт|террористическ|диверси|сбит|саботаж|arson|"
                             r"замок|замк|дужк|срезал|спилил|взломал|сорвал|сбил|перекусил|"
                             r"умышл|умысл|умысел|shot\s+down|terrorist|sabotage")
# every stem the cause patterns above start with (a superset, for a quick first test)
_CAUSE_STEMS = (
    "подж", "умышл", "умысл", "умысел", "изнош", "прогни", "диверс", "теракт", "террор", "атак",
    "хакер", "взлом", "hack", "cyber", "обновлен", "программн", "software",
    "отступлени", "проектир", "построил", "построен", "смонтир", "неубран", "снег",
    "обслужив", "ненадлежащ",
    "взрывн", "саботаж", "злоумыш", "внешн",
    "обстрел", "сбит", "ракет", "пво", "замыкан", "неисправн", "техническ", "износ", "утечк",
    "отказ", "перегрев", "столкновен", "непогод", "обледен", "погодн", "стихийн",
    "состояни", "неосторожн", "непотушен",
    "курени", "курил", "окурк", "cigarette", "нарушени", "ошибк", "ошибочн", "человеческ",
    "попадани", "сдвиг", "вине",
    "справил", "уснул", "заснул", "задремал", "отключил", "asleep", "arson", "стафилок",
    "грузовик", "фур", "тягач", "камаз", "легковушк", "внедорожник", "встречн",
    "сальмонел", "палочк", "листери", "ботул", "некачествен",
    "просроч", "вирус", "salmonel", "staph", "coli", "listeri", "botul", "spoiled", "virus",
    "sabot", "terror", "deliberat", "shot", "missile", "short", "faulty", "technical", "gas",
    "bird", "weather", "careless", "human", "pilot", "crew", "engine", "mechanical",
    "птиц", "бердстрайк", "разрушени", "дефект", "брак", "internal", "гроз", "молни",
    "lightning", "thunder", "отжиг", "выжиг", "сжиган", "пал", "жгли", "stubble", "grass",
    "оборв", "порван", "упавш",
    "скважин", "колод", "родник", "водоснаб", "water", "датчик", "накоплен", "внезапн",
    "газодинамич", "горн", "рельс", "превышени", "превысил", "speeding", "rail",
    "туман", "метел", "снегопад", "буран", "пург", "гололед", "ледян", "ветр", "метеомин",
    "fog", "blizzard", "snowstorm", "freezing", "ограничен", "закрыт", "ковер", "airspace",
    "нехватк", "дефицит", "отсутстви", "недостат", "топлив", "керосин", "fuel",
    "ремонт", "логистик", "цистерн", "вагон", "спекул", "перекуп", "придержива",
    "ухудшени", "видимост", "заряд", "сбо", "signal", "снег", "самовол", "проект", "обрыв",
    "оборвал", "power", "шторм", "стойк", "шасси", "гидравлик", "гидросистем", "наруш",
    "км/ч", "вписал", "электроэнерг", "электричеств", "напряжени", "поломк",
    "замок", "замк", "дужк", "щеколд", "засов", "незаперт", "небрежн", "не зап", "не закр",
    "уровн", "уровен", "глубин", "маловод", "обмелен", "фарватер", "судов", "продукт", "еду",
    "еды", "едой", "еде", "пищ", "передач", "блюд", "салат", "выпечк", "мяс", "десерт",
    "водн", "загрязн", "подрез", "спровоцир", "самопроизв", "самосход", "сама", "генератор",
    "печ", "заслонк", "вьюшк", "котл", "котел", "котёл",
    # (water at a word's start: «вод» alone is in every «водитель» and «производство»)
    " вод")
_CAUSE_RU = {"умысел": "умысел или атака", "техника": "техническая неисправность",
             "неисправность": "внутренняя неисправность техники",
             "природа": "природа (погода, птицы, внезапный выброс)",
             "неосторожность": "неосторожность",
             "огонь": "неосторожное обращение с огнем",
             "ошибка": "ошибка человека", "пища": "заражение пищи на кухне",
             "электропитание": "отключение электропитания",
             "вирус": "вирус, занесенный извне", "другой участник": "вина другой машины",
             "вода": "зараженная вода", "ограничения": "ограничения полетов",
             "топливо": "нехватка топлива", "генератор": "генератор в закрытом помещении",
             "печь": "печь", "котел": "котел", "подрезка склона": "склон подрезали люди",
             "самопроизвольный сход": "лавина сошла сама"}


def _side(v: Value, stance: bool, pro: str) -> Value:
    """Label a cause value by the side it takes on the disputed cause `pro`."""
    label = _CAUSE_RU.get(pro, pro)
    return Value(v.claim, v.start, v.end, v.text, label if stance else f"не {label}", v.key)
