"""Publication date, title, outlet and boilerplate of an article's text."""

from __future__ import annotations

import pytest

from factdb.extract import clean


@pytest.mark.parametrize(("text", "published"), [
    ("12:05, 3 марта 2025\n\nЗаголовок\n\nТекст.", "2025-03-03"),
    ("Заголовок\n3 марта 2025, 12:05\nТекст.", "2025-03-03"),
    (" date 2024-11-02 Заголовок новости\n\nТекст.", "2024-11-02"),
    ("Заголовок\nОпубликовано: 03.03.2025 12:05\nТекст.", "2025-03-03"),
    ("Headline\nMar 3, 2025\nText.", "2025-03-03"),
    ("КИЕВ, 3 марта. /ТАСС/. Президент выступил. Итоги 2025 года.", "2025-03-03"),
    ("НЬЮ-ЙОРК, 3 марта 2024 – РИА Новости. Генсек выступил.", "2024-03-03"),
    ("МОСКВА, 3 мар — РИА Новости. Глава ведомства выступил. Итоги 2025 года.", "2025-03-03"),
    ("Москва. 3 марта. INTERFAX.RU - Глава ведомства выступил в 2025 году.", "2025-03-03"),
    ("Заголовок\n2025-03-03T12:05:00+03:00\nТекст.", "2025-03-03"),
    ("КАЗАНЬ, 3 марта. /ТАСС/. План рассчитан до 2030 года, итоги 2024 года подведены.",
     "2024-03-03"),
    # a date in the body is not a publication date; no date is made up
    ("Заголовок\n\nВ Москве 5 мая 2024 года прошел парад.", None),
    ("Заголовок\n\nТекст без дат.", None),
    ("Спустя два дня, 9 октября, лидеры встретились.", None),
])
def test_published(text: str, published: str | None) -> None:
    assert clean.read_meta(text).published == published


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
