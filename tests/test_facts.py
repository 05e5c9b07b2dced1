"""Counts, statuses and entity names a sentence states."""

from __future__ import annotations

import pytest

from factdb.extract import facts, nlp


@pytest.mark.parametrize(("text", "expected"), [
    ("Полиция задержала 12 демонстрантов.", [(12, "демонстрант")]),
    ("Суд арестовал восьмерых граждан Грузии.", [(8, "гражданин")]),
    ("Речь идет об одиннадцати фигурантах дела.", [(11, "фигурант")]),
    ("Задержаны двое мужчин.", [(2, "мужчина")]),
    ("На место выехали трое.", [(3, None)]),
    # people listed one by one after a dash are not what is counted; a class is
    ("Задержаны двое — водитель и его напарник.", [(2, None)]),
    ("Пострадали шесть человек, из них четверо — школьники.",
     [(6, "человек"), (4, "школьник")]),
    ("Полиция задержала троих подозреваемых.", [(3, "подозреваемый")]),
    ("В ДТП пострадали двадцать пять человек.", [(25, "человек")]),
    # a compound number ends on «один» as well
    ("Мы насчитали шестьдесят один лишний бюллетень.", [(61, "бюллетень")]),
    ("Из двадцати одного пассажира выжил один.", [(21, "пассажир")]),
    ("Освобождены 11 российских моряков.", [(11, "моряк")]),
    ("На борту находились 67 пассажиров.", [(67, "пассажир")]),
    ("Над районом сбили три БПЛА.", [(3, "бпла")]),
    ("Его оставили под стражей еще на два месяца.", [(2, "месяц")]),
    ("Явка составила 64%.", [(64, "процент")]),
    ("На акцию вышли 2 тыс. человек.", [(2000, "человек")]),
    # thousands in words multiply what comes before them
    ("Водители насчитали больше двух тысяч машин.", [(2000, "машина")]),
    ("На митинг пришли две тысячи пятьсот человек.", [(2500, "человек")]),
    ("В акции участвовала тысяча человек.", [(1000, "человек")]),
    # millions, tens and hundreds in words multiply too; «полтора» is one and a half
    ("Ущерб составил полтора миллиона рублей.", [(1_500_000, "рубль")]),
    # the counted word before a dash, the number after it
    ("По данным медиков, пострадавших — 11, погибших - 2.", [(11, "пострадавший"),
                                                            (2, "погибший")]),
    ("Из них — 5.", []),
    # units of data the dictionary does not know
    ("Хакеры оценили объем похищенного в 22 Тбайт.", [(22, "тбайт")]),
    ("Пострадали полтора десятка жителей.", [(15, "житель")]),
    ("Эвакуированы две сотни человек.", [(200, "человек")]),
    # half a hundred or a thousand in one word, a half between a number and its scale
    ("К вечеру у здания собралось около полусотни жителей.", [(50, "житель")]),
    ("Без света остались полтысячи домов.", [(500, "дом")]),
    ("Задерживаются рейсы почти трех с половиной тысяч туристов.", [(3500, "турист")]),
    # whose they are between the scale and the noun
    ("В очереди стоят 2,4 тыс. его клиентов.", [(2400, "клиент")]),
    # a rough figure in speech: the counted word before its number
    ("«На площади было человек триста, не больше», — говорит участник.", [(300, "человек")]),
    ("Банк потерял двадцать пять миллионов долларов.", [(25_000_000, "доллар")]),
    # number words add up only in one written number: «до девяти: двое» is two numbers
    # (the first told of what «число» names)
    ("Сто двадцать пять человек эвакуированы.", [(125, "человек")]),
    ("Число жертв выросло до девяти: двое пострадавших скончались в больнице.",
     [(9, "жертва"), (2, "пострадавший")]),
    ("Пострадали пять, двое из них дети.", [(2, None)]),
    # ages, dates, years, times and «один из» are no counts
    ("Задержан 30-летний житель Самары.", []),
    ("Встреча прошла 9 октября 2025 года в 14:20.", []),
    # a clock hour told with a part of the day counts nothing
    ("Их задержали около девяти утра, протокол составили к семи вечера.", []),
    ("Взрыв прогремел в 4 утра.", []),
    ("Это одна из главных тем.", []),
    # a number in a name («Ан-24», a ship's) counts nothing
    ("Погибли два члена экипажа «Волгонефти-212», остальных моряков спасли.",
     [(2, "член")]),
    ("Самолет Ан-24 с 43 пассажирами на борту сел в поле.", [(43, "пассажир")]),
    ("В колонии №4 заключенные захватили двоих охранников.", [(2, "охранник")]),
    # the counted word before «было» or a bound, the number after it
    ("Источник сообщил, что погибших не меньше 143.", [(143, "погибший")]),
    ("По его словам, нападавших было пятеро.", [(5, "нападавший")]),
    ("В семьях погибших было трое детей.", [(3, "ребенок")]),
    # a plural noun before «было» and a bound, or «было» alone
    ("Организаторы считают, что зрителей было более 900.", [(900, "зритель")]),
    ("Проверка показала, что нарушений оказалось семь.", [(7, "нарушение")]),
    # a number told of what «число» names, a parenthesis before its verb
    ("Число пострадавших семей, по данным волонтеров, превышает двести.",
     [(200, "семья")]),
    # ... or told after a long phrase of where: the participle's people, not the place's
    # nouns
    ("Число пострадавших при обрушении кровли в цехе №2 завода выросло до семи.",
     [(7, "пострадавший")]),
    # a noun of the next clause counts nothing: the word before the bound does
    ("Там уточнили, что пострадавших более 80, часть из них в тяжелом состоянии.",
     [(80, "пострадавший")]),
    # a participle opening its clause, a number word closing it, with no link between
    ("«Погибших девять, а не семь», — говорит волонтер.", [(9, "погибший")]),
    ("Семьям погибших девять человек выплатят компенсации.", [(9, "человек")]),
    # ... or opening a clause after «что»
    ("Соседи уверены, что пострадавших шестеро.", [(6, "пострадавший")]),
    # an adverb of the participle between the number and its noun
    ("Власти насчитали 212 полностью сгоревших жилых домов.", [(212, "дом")]),
    ("Огонь уничтожил 57 частично разрушенных построек.", [(57, "постройка")]),
    ("Задержаны 5 уже известных полиции человек.", []),  # «уже» is no adverb of manner
    # a noun in the genitive plural before a bound heads a count in thousands; so does a
    # participle with a multiplier after its number
    ("По нашим спискам обманутых вкладчиков более шести тысяч.", [(6000, "вкладчик")]),
    ("Реальных пострадавших больше 6 тысяч.", [(6000, "пострадавший")]),
    # (after a preposition the noun is whose, not what is counted)
    ("У вкладчиков более шести тысяч рублей.", [(6000, "рубль")]),
    # a number in a photo credit, a slash after it, counts nothing
    ("[Фото: Вечерний город 24 / Участники митинга на площади.", []),
])
def test_find_counts(text: str, expected: list[tuple[int, str | None]]) -> None:
    found = facts.find_counts(text, 0)
    assert [(c.value, c.noun) for c in found] == expected
    for c in found:
        assert text[c.start : c.end] == c.text


def _statuses(text: str) -> list[tuple[str, str | None]]:
    s = nlp.parse(text)[0]
    ents = facts.find_entities(list(s.spans))
    return [(x.status, x.subject) for x in facts.find_statuses(text, 0, ents, s)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Журналист Анна Смирнова была освобождена из-под стражи.",
     [("released", "Анна Смирнова")]),
    ("Власти освободили блогера Олега Кузнецова.", [("released", "Олег Кузнецов")]),
    ("Правозащитник Петр Волков вышел на свободу.", [("released", "Петр Волков")]),
    ("Бизнесмен Сергей Орлов переведен под домашний арест.",
     [("house_arrest", "Сергей Орлов")]),
    ("Суд продлил арест трем активистам.", [("arrest_extended", "активист")]),
    ("Фигурантов дела оставили в СИЗО еще на месяц.", [("arrest_extended", "фигурант")]),
    ("Суд трижды продлевал арест обвиняемым.", [("arrest_extended", "обвиняемый")]),
    ("Суд арестовал предпринимателя Ивана Лебедева.", [("arrested", "Иван Лебедев")]),
    ("В аэропорту задержан блогер Максим Котов.", [("detained", "Максим Котов")]),
    ("В результате обстрела погибли пять человек.", [("dead", "человек")]),
    ("Суд избрал журналисту Ивану Сидорову меру пресечения в виде домашнего ареста.",
     [("house_arrest", "Иван Сидоров")]),
    ("Суд приговорил бывшего мэра Олега Иванова к восьми годам колонии.",
     [("convicted", "Олег Иванов")]),
    # sent out of the country; still held
    ("Пограничники выдворили из страны блогера Олега Кузнецова.",
     [("deported", "Олег Кузнецов")]),
    ("Журналист Анна Смирнова депортирована в Москву.", [("deported", "Анна Смирнова")]),
    # released to house arrest is house arrest, not freedom
    ("Блогер Олег Кузнецов отпущен под домашний арест.", [("house_arrest", "Олег Кузнецов")]),
    ("Инженера Олега Кузнецова отпустили из СИЗО в Минске под домашний арест.",
     [("house_arrest", "Олег Кузнецов")]),
    # taken back to jail after a hearing: held by the court's order
    ("После заседания активиста Ивана Орлова увезли обратно в изолятор.",
     [("arrested", "Иван Орлов")]),
    ("Бизнесмена Олега Иванова этапировали в СИЗО.", [("arrested", "Олег Иванов")]),
    # the plain forms take their subject from the tree, or the name nearest
    ("Его подзащитный все еще содержится в изоляторе.", [("arrested", "подзащитный")]),
    ("Предприниматель по-прежнему содержится в областном СИЗО.",
     [("arrested", "предприниматель")]),
    ("Министр написала, что Иван Орлов «на свободе».", [("released", "Иван Орлов")]),
    # at liberty in a court's reasoning is no status
    ("Суд счел, что, находясь на свободе, обвиняемый может скрыться.", []),
    # a call to free someone, or a denial, states no status
    ("Депутаты призвали освободить журналиста.", []),
    # a release told of as a rumour the report doubts
    ("СМИ сообщали, что блогера Олега Кузнецова якобы отпустили.", []),
    # a release denied: held still
    ("Власти так и не освободили активиста.", [("held", "активист")]),
    ("Никто ее не отпускал, что бы там ни писали.", [("held", None)]),
    # a detention denied after its participle
    ("Адвокат заявил, что его подзащитный задержан не был.", []),
    ("Задержан он не был, его допросили как свидетеля.", []),
    # English has no Russian tree to read: the plain forms still give the status
    ("Journalist Nino Beriashvili was released on Monday.", [("released", None)]),
    ("The activist was not released.", [("held", None)]),
    # out of custody by «из-под стражи»; custody told with no verb, as still so
    ("Журналистка вышла из-под стражи вечером во вторник.", [("released", "журналистка")]),
    ("— Маша до сих пор в изоляторе.", [("arrested", "Маша")]),
    # the plain forms take their subject from the tree: a noun when no one is named
    ("Капитан судна, по словам родных, по-прежнему находится под стражей.",
     [("arrested", "капитан")]),
    # the object right before the verb, which the parser hangs on another verb
    ("Он написал, что их кормят, что капитана отпустили.", [("released", "капитан")]),
    # the one let go in a relative clause is the noun it tells of, not its subject
    ("Одна из пассажирок, которую угонщик Петр Лунин отпустил утром, дала показания.",
     [("released", "пассажирка")]),
    # the measure replaced, or one only rumoured, is not the status held
    ("Вместо содержания в изоляторе Иван Орлов переведен под домашний арест.",
     [("house_arrest", "Иван Орлов")]),
    ("Бизнесмен остается в изоляторе вопреки сообщениям о домашнем аресте.",
     [("arrested", "бизнесмен")]),
    # at large and sought: on the wanted list
    ("Владелец центра Аркадий Вилесов объявлен в международный розыск.",
     [("wanted", "Аркадий Вилесов")]),
    ("Бизнесмен Олег Иванов находится в федеральном розыске.", [("wanted", "Олег Иванов")]),
])
def test_find_statuses(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _statuses(text) == expected


@pytest.mark.parametrize(("normal", "expected"), [
    ("Дмитрий Безуглому", "Дмитрий Безуглый"),
    ("Илья Горского", "Илья Горский"),
    ("Анна Петрова", "Анна Петрова"),
    # a man's surname left in the genitive by the recogniser; a woman's stays
    ("Андрей Кречетова", "Андрей Кречетов"),
    ("Илья Лаптева", "Илья Лаптев"),
    ("Мария Лаптева", "Мария Лаптева"),
    ("Саша Лаптева", "Саша Лаптева"),  # a name of either gender: left alone
])
def test_adjectival_surnames_go_nominative(normal: str, expected: str) -> None:
    span = nlp.NamedSpan(0, len(normal), normal, "PER", normal)
    assert facts.find_entities([span])[0].name == expected


@pytest.mark.parametrize(("written", "normal", "expected"), [
    ("Андрея Кречетова", "Андрей Кречетова", "Андрей Кречетов"),  # a man, genitive
    ("Евгения Маркина", "Евгений Маркина", "Евгения Маркина"),  # a woman, as written
    # a woman's name in an oblique case, left half-normalized by the recogniser
    ("Анастасии Весниной", "Анастасии Веснина", "Анастасия Веснина"),
    ("Анастасию Веснину", "Анастасия Веснин", "Анастасия Веснина"),
    ("Ирину Петрову", "Ирина Петров", "Ирина Петрова"),
    # «Веснину» is a man's dative too: the first name decides
    ("Евгению Веснину", "Евгений Веснин", "Евгений Веснин"),
])
def test_the_gender_of_a_name_as_written(written: str, normal: str, expected: str) -> None:
    span = nlp.NamedSpan(0, len(written), written, "PER", normal)
    assert facts.find_entities([span])[0].name == expected
