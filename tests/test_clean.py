"""Publication date, title, outlet and boilerplate of an article's text."""

from __future__ import annotations

from datetime import date

import pytest

from factdb.extract import clean


@pytest.mark.parametrize(("text", "published"), [
    ('Газета "Вечерний город" №12 от 03.04.2025, стр. 2\nТекст новости.', "2025-04-03"),
    ("Министр сказал, что приказ №5 от 01.02.2020 отменен.\nЕще строка.", None),
    ("12:05, 3 марта 2025\n\nЗаголовок\n\nТекст.", "2025-03-03"),
    # a rubric after a bar on the date line
    ("3 марта 2025, 12:05 | Общество\n\nЗаголовок\n\nТекст.", "2025-03-03"),
    ("3 марта 2025 • В мире\n\nЗаголовок\n\nТекст.", "2025-03-03"),
    # a rubric before a wide gap, an update mark after the date
    ("Происшествия    3 марта 2025, 23:05    Обновлено\n\nЗаголовок\n\nТекст.", "2025-03-03"),
    # a live page's update time after a comma
    ("Новости — Происшествия\n05.08.2025 09:12, обновлено 11:47\n\nЗаголовок\n\nТекст.",
     "2025-08-05"),
    ("Общество\t3 марта 2025\n\nЗаголовок\n\nТекст.", "2025-03-03"),
    ("3 марта 2025, 18:05 · Происшествия · 12 400 просмотров\n\nЗаголовок\n\nТекст.",
     "2025-03-03"),
    # a counter in thousands after a reading time
    ("Общество · 3 марта 2025, 09:40 · 4 минуты чтения · 12 тыс. просмотров\n\nЗаголовок\n\n"
     "Текст.", "2025-03-03"),
    ("3 марта 2025, 14:35 · Автор: Елена Сазонова\n\nЗаголовок\n\nТекст.", "2025-03-03"),
    # a reading time after the rubric
    ("3 марта 2025 · Общество · 4 минуты чтения\n\nЗаголовок\n\nТекст.", "2025-03-03"),
    # ... or labelled, after the author's name
    ("Заголовок\n\n3 марта 2025 · Анна Орлова · Время чтения: 6 минут\n\nТекст.", "2025-03-03"),
    ("Заголовок\n\n3 марта 2025 · Время чтения: 4 мин.\n\nТекст.", "2025-03-03"),
    # a counter told with a colon, after the site's name
    ("Главная / Общество\n\nЗаголовок\n\n03.03.2025 14:05 | Город-инфо | Просмотров: 3 418\n\n"
     "Текст.", "2025-03-03"),
    # ... or after blanks, with no bar
    ("Заголовок\n\n3 марта 2025, 09:40   Просмотров: 1 207\n\nТекст.", "2025-03-03"),
    # (the comments' counter after the views')
    ("Заголовок\n\n3 марта 2025, 09:40   Просмотров: 1 207   Комментариев: 12\n\nТекст.",
     "2025-03-03"),
    # ... or the comments' counter, after the author's name
    ("ГОРОД-ИНФО | Происшествия | Омск\n\n03.03.2025, 08:10 | Кирилл Сорокин | Комментарии: 214"
     "\n\nЗаголовок\n\nТекст.", "2025-03-03"),
    # breadcrumbs before it; a bare «Дата» label
    ("Новости Омска | Общество | 3 марта 2025, 12:05\n\nЗаголовок\n\nТекст.", "2025-03-03"),
    ("Глагол\nЭкономика · 3 марта 2025, 14:05\n\nЗаголовок\n\nТекст.", "2025-03-03"),
    # a site's name with a dot before the breadcrumbs
    ("ГОРОД.НОВОСТИ · Экономика · 3 марта 2025, 17:05\n\nЗаголовок\n\nТекст.", "2025-03-03"),
    ("Заголовок\n\nПервый абзац.\n\nДата 03.03.2025\n\nТекст.", "2025-03-03"),
    # a sentence with a bar is no date line
    ("Заголовок\n\nИтоги года | курс рубля упал 3 марта 2025 на 5%\n\nТекст.", None),
    ("Заголовок\n3 марта 2025, 12:05\nТекст.", "2025-03-03"),
    (" date 2024-11-02 Заголовок новости\n\nТекст.", "2024-11-02"),
    ("Заголовок\nОпубликовано: 03.03.2025 12:05\nТекст.", "2025-03-03"),
    ("Headline\nMar 3, 2025\nText.", "2025-03-03"),
    ("КИЕВ, 3 марта. /ТАСС/. Президент выступил. Итоги 2025 года.", "2025-03-03"),
    ("НЬЮ-ЙОРК, 3 марта 2024 – РИА Новости. Генсек выступил.", "2024-03-03"),
    ("МОСКВА, 3 мар — РИА Новости. Глава ведомства выступил. Итоги 2025 года.", "2025-03-03"),
    ("Москва. 3 марта. INTERFAX.RU - Глава ведомства выступил в 2025 году.", "2025-03-03"),
    # a town's region in brackets after it
    ("ЗЕЛЕНОДОЛЬСК (Республика Татарстан), 3 марта. /ТАСС/. Глава района выступил. Итоги "
     "2025 года.", "2025-03-03"),
    ("ОМСК. 3 марта. ИНТЕРФАКС - Глава ведомства выступил в 2025 году.", "2025-03-03"),
    # the agency ending the line, as Azerbaijani wires write it
    ("Заголовок\n\nБаку. 3 марта. REPORT.AZ\n\nГлава ведомства выступил в 2025 году.",
     "2025-03-03"),
    ("Заголовок\n\nБаку. 3 марта. REPORT.AZ/\n\nГлава ведомства выступил в 2025 году.",
     "2025-03-03"),
    ("Заголовок\n2025-03-03T12:05:00+03:00\nТекст.", "2025-03-03"),
    ("КАЗАНЬ, 3 марта. /ТАСС/. План рассчитан до 2030 года, итоги 2024 года подведены.",
     "2024-03-03"),
    # a date in the body is not a publication date; no date is made up
    ("Заголовок\n\nВ Москве 5 мая 2024 года прошел парад.", None),
    ("Заголовок\n\nТекст без дат.", None),
    ("Спустя два дня, 9 октября, лидеры встретились.", None),
    # a paper's header: quoted name, numeric date, time
    ('«Вечерний город», 03.04.2025, 18:30\nЗаголовок\nТекст.', "2025-04-03"),
    ('Газета "Вечерний город" / Омск, 03.04.2025\n\nЗаголовок\n\nТекст.', "2025-04-03"),
    # the time after a bar
    ("17.11.2026 | 19:42\nОбщество\n\nЗаголовок\n\nТекст.", "2026-11-17"),
    # a rubric in capitals before the date line
    ("ПРОИСШЕСТВИЯ 16 ноября 2026, 21:40\n\nЗаголовок\n\nТекст.", "2026-11-16"),
    # a comma between the month and the year, as some sites write it
    ("Заголовок\n\n19 марта, 2026 11:48\nВнешняя политика\n\nТекст.", "2026-03-19"),
    ("В МИРЕ 3 марта 2025\n\nЗаголовок\n\nТекст.", "2025-03-03"),
    # a title-case dateline with the agency after a comma or a dash
    ("Заголовок\n\nКазань, 3 марта, Вести.\n\nГлава ведомства выступил в 2025 году.",
     "2025-03-03"),
    ("Нижний Новгород, 3 марта 2024 — Город.\nМэр выступил.", "2024-03-03"),
    # a sentence of the body opening with a place and a date is no dateline
    ("Заголовок\n\nМосква, 3 марта, стала местом встречи двух лидеров в 2025 году.", None),
    # a past event later in the calendar of the only year named: the next year
    ("ОМСК, 12 января. /ТАСС/. Авария, произошедшая 25 декабря 2024 года, расследуется.",
     "2025-01-12"),
    ("ОМСК, 12 января. /ТАСС/. В декабре 2024 года погибли двое рабочих.", "2025-01-12"),
    ("ОМСК, 12 января. /ТАСС/. Новый мост откроют 25 декабря 2024 года.", "2024-01-12"),
    # TASS gives a town's region between slashes
    ("Заголовок\n\nЛЕСОЗЕРСК /Тверская область/, 4 марта 2025. /ТАСС/. Мост закрыт.",
     "2025-03-04"),
    # an update in brackets before the bars; a photo credit after them
    ("Заголовок\n\n04.03.2025, 13:20 (обновлено 17:45) | Ирина Ракитянская | 👁 1 204\n\nТекст.",
     "2025-03-04"),
    ("Заголовок\n\nОбщество | 04.03.2025, 00:40 | Текст: Иван Лоза | Фото: читатели сайта\n\n"
     "Текст.", "2025-03-04"),
    # counters by their signs after blanks, with no bar; or by their words after the number
    ("Заголовок\n\n04.03.2025, 10:12    👁 3 871    💬 12\n\nТекст.", "2025-03-04"),
    ("Заголовок\n\n04.03.2025 10:12    3 871 просмотров    12 комментариев\n\nТекст.",
     "2025-03-04"),
    # a bare count closing the line after a bar
    ("Общество · 4 мар 2025, 10:12 · 3 871\n\nЗаголовок\n\nТекст.", "2025-03-04"),
    # a site's menus push the date line below the first lines; the head ends where the
    # body's text begins
    ("Агентство\nНовости\nРегионы\nСпорт\nКультура\nНаука\nАвто\nИгры\n\n"
     "Заголовок\n\n4 марта 2025, 10:12\n\nТекст первый. Текст второй.\n\nЕще.\n\nЕще.\n\n"
     "Конец.", "2025-03-04"),
    ("Заголовок\n\n" + "В городе прошел митинг жителей против застройки сквера. " * 4 +
     "\n\nЕще.\n\nЕще.\n\nЕще.\n\nЕще.\n\nЕще.\n\n4 марта 2025, 10:12\n\nЕще.\n\nЕще.\n\n"
     "Еще.\n\nКонец.", None),
])
def test_published(text: str, published: str | None) -> None:
    assert clean.read_meta(text).published == published


@pytest.mark.parametrize(("text", "published", "hour"), [
    ("Заголовок\n\n15 августа 2023, 11:52\n\nТекст.", "2023-08-15", "11:52"),
    ("Брянские новости | Происшествия | 23.03.2024, 16:12\n\nЗаголовок\n\nТекст.",
     "2024-03-23", "16:12"),
    # the digits of a numeric date are no hour; the hour after it is
    ("16.08.2023\n\nЗаголовок\n\nТекст.", "2023-08-16", None),
    ("16.06.2024 09:12, обновлено 11:47\n\nЗаголовок\n\nТекст.", "2024-06-16", "11:47"),
    # an update told with a day of its own: the first hour, the one of the date taken
    ("Главная / Происшествия\n\nЗаголовок\n\n16 ноября 2026, 13:15 | Обновлено: 17 ноября "
     "2026, 18:40\n\nТекст.", "2026-11-16", "13:15"),
    ("2025-10-12T14:05:00+03:00\n\nЗаголовок\n\nТекст.", "2025-10-12", "14:05"),
    # a paper's unquoted name and its issue number before the day, a rubric after it
    ("Ведомости | № 214 (5921) | 19 ноября 2026 | Бизнес / Инфраструктура\n\nЗаголовок"
     "\n\nТекст.", "2026-11-19", None),
    # (or after a quoted name, and the issue number or a section after the day)
    ("«Ведомости» № 206 (5895), 5 ноября 2026 г. | Бизнес / Потребительский рынок\n\n"
     "Заголовок\n\nТекст.", "2026-11-05", None),
    ("Ведомости | 16 ноября 2026 | № 212 (6034) | Раздел: Недвижимость\n\nЗаголовок\n\n"
     "Текст.", "2026-11-16", None),
    ("Oct 9, 2025, 2:05 p.m.\n\nHeadline\n\nТекст.", "2025-10-09", "14:05"),
    # an invisible word joiner a scraped page keeps before the comma of a rubric
    ("Политика \u2060, 26 авг 2024, 19:42\n\nЗаголовок\n\nТекст.", "2024-08-26", "19:42"),
    # a wire dateline and a paper's issue line print no hour
    ("ОМСК, 19 ноября 2025 года. /ТАСС/. Мэр заявил.", "2025-11-19", None),
    ('Газета "Коммерсантъ" №149 от 16.08.2023, стр. 5\n\nЗаголовок\n\nТекст.',
     "2023-08-16", None),
    # (the paper's quoted name right before the number, a section after the day)
    ('"Вестник Прикамья" № 88 (1204) от 03.02.2026 | Общество\n\nЗаголовок\n\nТекст.',
     "2026-02-03", None),
    # (on a line of its own after the paper's name, or between bars with a numeric day)
    ("Вестник Прикамья\n№ 88 (1204) от 03.02.2026\n\nОбщество\n\nЗаголовок\n\nТекст.",
     "2026-02-03", None),
    ("Вестник Прикамья (Пермь) | № 88 | 03.02.2026 | Общество\n\nЗаголовок\n\nТекст.",
     "2026-02-03", None),
    # a quoted outlet's name, a dash, the day
    ("Заголовок\n\n«Северный край» — 4 марта 2026\n\nТекст.", "2026-03-04", None),
    # a yearless site line: the hour after its day
    ("Заголовок\n\n22 мар, 23:48\nОбщество\n\nВ пятницу, 22 марта, в зале начали стрелять.",
     "2024-03-22", "23:48"),
])
def test_published_hour(text: str, published: str, hour: str | None,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The hour a date line prints, kept beside the day (two reports of one day are
    ordered by it)."""
    monkeypatch.setattr(clean, "_today", lambda: date(2026, 11, 22))
    meta = clean.read_meta(text)
    assert (meta.published, meta.published_time) == (published, hour)


@pytest.mark.parametrize(("text", "published"), [
    # a dateline without a year, no year in the text: the weekday of the lead dates it,
    # the latest such year up to today
    ("ОМСК, 3 марта. /ТАСС/. Мэр города заявил в понедельник, что мост откроют.",
     "2025-03-03"),
    ("ОМСК, 3 марта. /ТАСС/. Пожар на складе потушили в понедельник утром.", "2025-03-03"),
    ("ОМСК, 5 марта. /ТАСС/. Мэр города сообщил в среду, что мост откроют.", "2025-03-05"),
    # a day not yet come this year falls back to an earlier year
    ("ОМСК, 2 декабря. /ТАСС/. Мэр города заявил во вторник, что мост откроют.",
     "2025-12-02"),
    # the day of the words wins over another weekday: a day to come, or an earlier event
    # in a relative clause; «Об этом в среду сообщил» in the second sentence dates it too
    ("ОМСК, 3 марта. /ТАСС/. Мэр заявил в понедельник, что работы начнутся во вторник.",
     "2025-03-03"),
    ("ОМСК, 15 июля. /ТАСС/. Пожар, который в понедельник вошел в село, уничтожил 40 домов. "
     "Об этом в среду сообщил губернатор.", "2026-07-15"),
    ("ОМСК, 15 июля. /ТАСС/. Пожар, который в понедельник вошел в село, уничтожил 40 домов.",
     None),
    ("ОМСК, 15 июля. /ТАСС/. Вертолет, пропавший в понедельник в горах, найден.", None),
    # nor a weekday of what came before: «восстановлено после прорыва ... во вторник»
    ("ОМСК, 18 ноября. /ТАСС/. Подача воды в дома, оставшиеся без воды после прорыва "
     "водовода во вторник, восстановлена.", None),
    # the weekday must be the dateline's in some recent year; two weekdays, or one only
    # in a later sentence, are no clue; no weekday: no year is made up
    ("ОМСК, 3 марта. /ТАСС/. В понедельник прошел митинг, во вторник начались работы.", None),
    ("ОМСК, 3 марта. /ТАСС/. Мэр заявил, что мост откроют. Решение примут в понедельник.",
     None),
    ("ОМСК, 3 марта. /ТАСС/. Мэр города заявил, что мост откроют.", None),
    # a day of the same week named with its weekday outweighs the year of a past event
    ("ОМСК, 17 ноября. /ТАСС/. Авария произошла в понедельник, 16 ноября. В августе 2024 "
     "года на заводе уже была авария.", "2026-11-17"),
    # a year the article looks forward to is no clue while it names another; nor is a
    # year still to come
    ("ОМСК, 19 ноября. /ТАСС/. Суд вынес приговор. Задержан он был в феврале 2025 года. "
     "Дольщики получат ключи в 2026 году.", "2025-11-19"),
    ("ОМСК, 19 ноября. /ТАСС/. Суд вынес приговор по делу 2025 года, итоги 2027 года.",
     "2025-11-19"),
    # the lead's weekday overrules a named year it does not fit; a decade, or a year long
    # before any recent report, is no clue at all
    ("ОМСК, 14 ноября. /ТАСС/. Мэр заявил в субботу, что мост построен в 2023 году.",
     "2026-11-14"),
    ("ОМСК, 14 ноября. /ТАСС/. Полиция задержала 20 человек, сообщили в субботу в "
     "пресс-службе. Березы в парке высажены в 1960-х годах.", "2026-11-14"),
    ("ОМСК, 14 ноября. /ТАСС/. Дом построен в 1960-х годах.", None),
    ("ОМСК, 14 ноября. /ТАСС/. Дом построен в 1964 году.", None),
    # nor is the year since which something still goes on
    ("ОМСК, 14 ноября. /ТАСС/. Вертолет эксплуатировался с 2024 года.", None),
    # a whole year's results are told after that year
    ("ОМСК, 18 ноября. /ТАСС/. По итогам 2025 года компания перевезла 2 млн пассажиров.",
     "2026-11-18"),
    # a weekday in a clause of place dates the event it tells, not the dateline's day
    ("ОМСК, 21 ноября. /ТАСС/. Движение по трассе, где из-за сильного снегопада в пятницу "
     "образовался затор, открыто с 14:00.", None),
])
def test_dateline_year_from_lead_weekday(text: str, published: str | None,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A yearless dateline takes the latest year its day fell on the lead's weekday."""
    monkeypatch.setattr(clean, "_today", lambda: date(2026, 11, 22))
    assert clean.read_meta(text).published == published


_STORY = (date(2026, 11, 18), date(2026, 11, 20))


@pytest.mark.parametrize(("text", "story", "published"), [
    # the year the other reports of the story were published in: no year named, or only a
    # past event's
    ("ОМСК, 19 ноября. /ТАСС/. Мэр города заявил, что мост откроют.", _STORY, "2026-11-19"),
    ("ОМСК, 19 ноября. /ТАСС/. Суд вынес приговор. Он был задержан 3 марта 2025 года.",
     _STORY, "2026-11-19"),
    ("Заголовок\n\n19 ноя, 11:42\n\nМэр города заявил, что мост откроют.", _STORY,
     "2026-11-19"),
    # a site's rubric before the date line
    ("Заголовок\n\nОбщество, 19 ноя, 11:42\n\nМэр города заявил, что мост откроют.",
     _STORY, "2026-11-19"),
    ("РБК  Общество  19 ноя, 11:42\n\nЗаголовок\n\nМэр заявил, что мост откроют.", _STORY,
     "2026-11-19"),
    # the month cut and in capitals
    ("Общество\n19 НОЯ, 11:42\n\nЗаголовок\n\nМэр заявил, что мост откроют.", _STORY,
     "2026-11-19"),
    # reports far from the day are no clue (another story, or a year-old one)
    ("ОМСК, 19 ноября. /ТАСС/. Мэр города заявил, что мост откроют.",
     (date(2026, 3, 1),), None),
    ("ОМСК, 19 ноября. /ТАСС/. Суд вынес приговор. Он был задержан 3 марта 2025 года.",
     (date(2026, 3, 1),), "2025-11-19"),
    # two years fit: no clue
    ("ОМСК, 19 ноября. /ТАСС/. Мэр города заявил, что мост откроют.",
     (date(2025, 11, 18), date(2026, 11, 20)), None),
    # a calendar fact outweighs the story: the lead's weekday fits 2025 only
    ("ОМСК, 19 ноября. /ТАСС/. Мэр города заявил в среду, что мост откроют.", _STORY,
     "2025-11-19"),
    # a date told with its year is the report's own whatever the story
    ("ОМСК, 19 ноября 2024 года. /ТАСС/. Мэр города заявил, что мост откроют.", _STORY,
     "2024-11-19"),
])
def test_dateline_year_from_story(text: str, story: tuple[date, ...], published: str | None,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A yearless dateline takes the year the story's other reports were published in."""
    monkeypatch.setattr(clean, "_today", lambda: date(2026, 11, 22))
    assert clean.read_meta(text, story).published == published


@pytest.mark.parametrize(("text", "published", "hour"), [
    # a channel's pinned digest line, its mark first
    ("Город сейчас | Новости\n\n📌 ДАЙДЖЕСТ | Воскресенье, 13 декабря 2026\nТекст поста.",
     "2026-12-13", None),
    # a portal's header day with the weather, then the article's line of that day and hour
    ("ГОРОД ОНЛАЙН | портал\nНовости | ЖКХ\nВторник, 15 декабря 2026   -37°C\n\nЖКХ\n"
     "15.12.2026 11:05\n\nЗаголовок\n\nТекст.", "2026-12-15", "11:05"),
    # an update and the counters after it
    ("Портал\n\n15.12.2026 11:05   обновлено 15.12.2026 14:30   12 480 просмотров   86 "
     "комментариев\n\nЗаголовок\n\nТекст.", "2026-12-15", "11:05"),
    # a temperature alone on a line is no date
    ("Портал\n-37°C\n\nЗаголовок\n\nТекст.", None, None),
    # a digest's label before the day; a paper's issue after the bar
    ("Город Live | Новости\n@gorod · 42 615 подписчиков\n\nДайджест: суббота, 21 ноября "
     "2026 г.\n\nТекст поста.", "2026-11-21", None),
    ("ГАЗЕТА\nФинансы / Банки\n23 ноября 2026, 00:05 · Газета № 214 (5941)\n\nЗаголовок\n\n"
     "Текст.", "2026-11-23", "00:05"),
    # a reading time told short after the byline (the update's hour is the text's, as above);
    # a paper's note of the issue after a slash
    ("Портал\n\n6 декабря 2026, 12:20  ·  Обновлено в 14:05  ·  Текст: Анна Рожкова  ·  6 мин"
     "\n\nЗаголовок\n\nТекст.", "2026-12-06", "14:05"),
    ("ГАЗЕТА\nБизнес\n\n10 декабря 2026 / Статья опубликована в № 231 (5987) от 10.12.2026 "
     "под заголовком: Абонемент на год\n\nЗаголовок\n\nТекст.", "2026-12-10", None),
])
def test_a_headers_day_and_the_articles_hour(text: str, published: str | None,
                                             hour: str | None) -> None:
    assert clean.find_published_at(text) == (published, hour)


_CHANNEL = ("Город | Главное\nt.me/gorod_main · 12 400 подписчиков\n\n5 декабря, суббота\n\n"
            "09:12\nМэр поручил проверить все котельные.\n\n6 декабря, воскресенье\n\n"
            "10:40\nВ городе открыли пункты обогрева.")


@pytest.mark.parametrize(("text", "story", "published"), [
    # a channel's page of posts under day headers: the latest day, in the story's year
    (_CHANNEL, (date(2026, 12, 3),), "2026-12-06"),
    # no story: the latest recent year the weekday fits (6 December was a Sunday in 2020)
    (_CHANNEL, (), "2020-12-06"),
    # a weekday the story's year does not fit: the latest recent year it does
    (_CHANNEL.replace("воскресенье", "среда").replace("суббота", "вторник"),
     (date(2026, 12, 3),), "2023-12-06"),
    # the weekday first, after a digest's words: «Главное за субботу, 5 декабря»
    (_CHANNEL.replace("5 декабря, суббота", "Главное за субботу, 5 декабря").replace(
        "6 декабря, воскресенье", ""), (date(2026, 12, 3),), "2026-12-05"),
    # a day alone on a line, no weekday: no channel's header
    (_CHANNEL.replace(", воскресенье", "").replace(", суббота", ""), (date(2026, 12, 3),),
     None),
    # ... with its year: that very day, when the weekday agrees
    (_CHANNEL.replace("5 декабря, суббота", "Все посты за субботу, 5 декабря 2026").replace(
        "6 декабря, воскресенье", ""), (), "2026-12-05"),
    (_CHANNEL.replace("5 декабря, суббота", "Все посты за пятницу, 5 декабря 2026").replace(
        "6 декабря, воскресенье", ""), (), None),
    # a pin before the digest's words
    (_CHANNEL.replace("5 декабря, суббота", "📌 Главное за субботу, 5 декабря").replace(
        "6 декабря, воскресенье", ""), (date(2026, 12, 3),), "2026-12-05"),
    # the day in the genitive, the digest's topic after a dash, a colon or a stop
    (_CHANNEL.replace("5 декабря, суббота", "Итоги субботы, 5 декабря 2026 года — всё о "
                      "пожаре").replace("6 декабря, воскресенье", ""), (), "2026-12-05"),
    (_CHANNEL.replace("5 декабря, суббота", "📌 Суббота, 5 декабря. Главное за день — одним "
                      "постом").replace("6 декабря, воскресенье", ""), (date(2026, 12, 3),),
     "2026-12-05"),
    (_CHANNEL.replace("5 декабря, суббота", "🗓 Что было за день: суббота, 5 декабря 2026")
     .replace("6 декабря, воскресенье", ""), (), "2026-12-05"),
    # a sentence naming a weekday and a day is no header
    (_CHANNEL.replace("5 декабря, суббота", "Мэр был задержан в субботу, 5 декабря. Его "
                      "отпустили").replace("6 декабря, воскресенье", ""),
     (date(2026, 12, 3),), None),
])
def test_a_channels_day_headers(text: str, story: tuple[date, ...], published: str | None,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clean, "_today", lambda: date(2026, 11, 22))
    assert clean.read_meta(text, story).published == published


@pytest.mark.parametrize(("text", "published"), [
    ("ОМСК, 19 ноября 2025 года. /ТАСС/. Мэр заявил.", "2025-11-19"),
    ("19.11.2025 14:05 | Город-инфо\n\nЗаголовок\n\nТекст.", "2025-11-19"),
    ("19.11.2025 14:05  |  Происшествия  |  ИА «Город-Информ»\n\nЗаголовок\n\nТекст.",
     "2025-11-19"),
    # a yearless dateline is no date told in full, however its year would be guessed
    ("ОМСК, 19 ноября. /ТАСС/. Мэр заявил в среду, что мост открыт в 2025 году.", None),
    ("Заголовок\n\n19 ноя, 11:42\n\nТекст.", None),
    # a month in the nominative, as some sites abroad write it
    ("10 Октябрь 2025, 13:42 | Политика\n\nЗаголовок\n\nТекст.", "2025-10-10"),
    # a daily's issue number before the weekday and date, a rubric after them
    ("ГАЗЕТА\n№ 45 (3120) | Вторник, 3 марта 2026 | Экономика\n\nЗаголовок\n\nТекст.",
     "2026-03-03"),
    # the update told after a bar
    ("Главная / Происшествия\n\nЗаголовок\n\n16 ноября 2026, 13:15 | Обновлено: 16 ноября "
     "2026, 18:40\nТекст: Ольга Иванова\n\nТекст.", "2026-11-16"),
    # ... with no colon; in brackets after a comma
    ("ГОРОД ОНЛАЙН | Происшествия\n04.03.2026, 16:05 | Обновлено 04.03.2026, 18:30\n\n"
     "Заголовок\n\nТекст.", "2026-03-04"),
    ("Город Онлайн | Происшествия\n20 ноября 2026, 11:30 (обновлено в 13:05)\n\nЗаголовок\n\n"
     "Текст.", "2026-11-20"),
    # an issue number with no weekday, a rubric with its section; a counter by its sign
    ("Газета\n№ 218 (5947) | 23 ноября 2026 | Бизнес / Транспорт\n\nЗаголовок\n\nТекст.",
     "2026-11-23"),
    ("«Газета» | № 174 (6163) | Среда, 23 сентября 2026 г.\n\nПолитика\n\nЗаголовок\n\n"
     "Текст.", "2026-09-23"),
    ("ГОРОД.ИНФО\nНовости | Происшествия\n\nЗаголовок\n\n14 сентября 2026, 19:32 | "
     "Происшествия | 👁 18 604\n\nТекст.", "2026-09-14"),
])
def test_published_in_full(text: str, published: str | None) -> None:
    """What serves as the story's days: only dates told with their year."""
    assert clean.find_published(text, guess=False) == published


@pytest.mark.parametrize(("text", "outlet"), [
    ('Текст.\n\nАвтор: "Новая газета"', "Новая газета"),
    ('Эксперт в беседе с корреспондентом "Российской газеты" рассказал о планах.',
     "Российская газета"),
    ('Как писал "Вестник Кавказа", переговоры начались.', "Вестник Кавказа"),
    ('Как сообщал «Коммерсантъ», сделка закрыта.', "Коммерсант"),
    ("Текст без упоминаний.", None),
    ("МОСКВА, 14 марта. /ТАСС/. Министерство не планирует запрет.", "ТАСС"),
    # sources speaking to the outlet outweigh a single citation of another one
    ("Адвокат рассказал «Ъ», что обжалует арест. Как писали «Известия», дело открыто в мае.",
     "Коммерсант"),
    ("Как писала «Новая газета», завод закрыт. Рабочие рассказали «Ленте дня» о долгах. "
     "Собеседник «Ленты дня» подтвердил это.", "Лента дня"),
    ("В пресс-службе компании РБК сообщили, что сделка закрыта.", "РБК"),
    ("Директор в разговоре с ТАСС заявил, что завод работает.", "ТАСС"),
    ("Текст новости.\n© «СеверИнфо», 2025. Все права защищены.", "СеверИнфо"),
    ("Как передает корреспондент НТВ, здание оцеплено.", "НТВ"),
    ("МОСКВА, 9 окт — РИА Новости. Кремль ответил на вопрос.", "РИА Новости"),
    ('«Вечерний город», 03.04.2025, 18:30\nЗаголовок\nТекст.', "Вечерний город"),
    ("Заголовок\n\nКазань, 3 марта, Вести.\n\nГлава ведомства выступил.", "Вести"),
    # a breadcrumb header names the site; a breadcrumb of sections names none
    ("Север-Инфо / Новости / Общество\n\nЗаголовок\n\nТекст.", "Север-Инфо"),
    ("Gorod.ru › Политика › Выборы\n\nЗаголовок\n\nТекст.", "Gorod.ru"),
    ("Радио Город | Русская служба\n\nЗаголовок\n\nТекст.", "Радио Город"),
    ("Главная / Происшествия / Омск\n\nЗаголовок\n\nТекст.", None),
    ("Новости\n\nЗаголовок\n\nТекст.", None),
    ("Фото: Иван Петров / Город\n\nЗаголовок\n\nТекст.", None),
    # a byline block: the outlet's name alone on a line
    ("Заголовок\n\nИван Петров\nБи-би-си\n3 марта 2025\n\nТекст.", "Би-би-си"),
    ("Заголовок\n\nАвтор: Иван Петров\n\nГород Онлайн\n\nТекст.", "Город Онлайн"),
    # a copyright footer with a year, quoted or not; a photographer's © is no outlet
    ("Текст новости.\n\n© Север-Инфо, 2026. При использовании материалов ссылка обязательна.",
     "Север-Инфо"),
    ("Текст новости.\n\n© 2026 Радио Город", "Радио Город"),
    ("Текст новости.\n\n© Иван Петров", None),
    ('Текст.\nМатериал подготовлен редакцией "Город Онлайн".', "Город Онлайн"),
    # a masthead line over a breadcrumb or a date line; a short title over a date is none
    ("Город Приморье\nГлавное / Происшествия\n\n15.04.2026 19:42\n\nЗаголовок\n\nТекст.",
     "Город Приморье"),
    ("Русская служба\n17 апреля 2026\n\nЗаголовок\n\nТекст.", "Русская служба"),
    ("Взрыв газа\n17 апреля 2026\n\nТекст новости без упоминаний.", None),
    # «Как стало известно «X»», English "told X"
    ("Как стало известно «Вечернему городу», завод закроют.", "Вечерний город"),
    ('"We are aware of the case," a spokesperson told DW.', "DW"),
    ('Газета "Вечерний город" / Омск, 03.04.2025\n\nЗаголовок\n\nТекст.', "Вечерний город"),
])
def test_outlet(text: str, outlet: str | None) -> None:
    assert clean.read_meta(text).outlet == outlet


@pytest.mark.parametrize(("name", "nominative"), [
    ("Вестника Кавказа", "Вестник Кавказа"),
    ("Кавказского узла", "Кавказский узел"),
    ("Ведомостям", "Ведомости"),
    ("Новой газеты", "Новая газета"),
    ("Эха Москвы", "Эхо Москвы"),
    ("РИА Новости", "РИА Новости"),
    ("Sputnik Армения", "Sputnik Армения"),
])
def test_normalize_outlet_name(name: str, nominative: str) -> None:
    assert clean.normalize_outlet_name(name) == nominative


@pytest.mark.parametrize("line", [
    "ДАННЫЙ МАТЕРИАЛ ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ ИВАНОВЫМ ИВАНОМ.",
    "Данный материал произведен и распространен иностранным агентом ООО «Ромашка».",
    "На сайте используются cookies. Продолжая использовать сайт, вы соглашаетесь.",
    "Фото: Иван Петров / ТАСС",
    # a bracketed caption with its credit
    "[Фото: вход в здание суда. Фото: Ольга Мешкова / «Городские вести»]",
    "Sergei Ivanov/Global Look Press",
    "Алексей Смирнов/РИА Новости",
    "Подписывайтесь на наш канал в Telegram",
    "Читайте также: Власти объявили о новых мерах",
    "Автор: Мария Иванова",
    "ВКонтакте Telegram Одноклассники",
    "12:05, 3 марта 2025",
])
def test_boilerplate_is_blanked(line: str) -> None:
    text = f"Заголовок\n{line}\nМинистр заявил, что работа идет."
    meta = clean.read_meta(text)
    paras = clean.paragraphs(text, meta.boilerplate)
    assert [p.text.strip() for p in paras] == ["Заголовок", "Министр заявил, что работа идет."]
    for p in paras:  # offsets still point into the original
        assert len(p.text) == p.end - p.start


@pytest.mark.parametrize(("text", "blanked", "kept"), [
    # the headlines listed under «Читайте также:» up to a blank line
    ("Текст.\n\nЧитайте также:\nСуд арестовал директора завода\nЧто известно о пожаре: "
     "главное\n\nМэр заявил, что все под контролем.",
     ["Суд арестовал директора завода", "Что известно о пожаре: главное"],
     ["Мэр заявил, что все под контролем."]),
    # a sentence with its period right under the heading is news, not a listed headline
    ("Читайте также:\nМэр заявил, что все под контролем.",
     [], ["Мэр заявил, что все под контролем."]),
])
def test_read_also_list_is_blanked(text: str, blanked: list[str], kept: list[str]) -> None:
    spans = [text[a:b] for a, b in clean.find_boilerplate(text)]
    for line in blanked:
        assert line in spans, spans
    for line in kept:
        assert not any(line in sp for sp in spans), spans


def test_inline_foreign_agent_note_is_blanked() -> None:
    text = "Журналист Иван Петров (признан в РФ иноагентом) заявил, что уехал."
    meta = clean.read_meta(text)
    paras = clean.paragraphs(text, meta.boilerplate)
    assert " ".join(paras[0].text.split()) == "Журналист Иван Петров заявил, что уехал."


@pytest.mark.parametrize("line", [
    "В Москве 5 мая 2024 года прошел парад.",
    "Фотографии публикует пресс-служба.",
    "Фото с места происшествия опубликовали в соцсетях.",
    "Реклама алкоголя будет запрещена, заявили в Госдуме.",
    "Отправить войска Франция не готова, заявил президент.",
    "Related charges were filed on Monday.",
    "Минюст признал журналиста иностранным агентом.",
])
def test_news_lines_are_kept(line: str) -> None:
    text = f"Заголовок\n{line}\nЕще абзац."
    paras = clean.paragraphs(text, clean.read_meta(text).boilerplate)
    assert [p.text.strip() for p in paras] == ["Заголовок", line, "Еще абзац."]


def test_title_skips_date_line_and_notice() -> None:
    text = "12:05, 3 марта 2025\n\nМинистр ушел в отставку\n\nТекст."
    assert clean.read_meta(text).title == "Министр ушел в отставку"
