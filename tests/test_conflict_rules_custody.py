"""Conflict rules of prisons, prizes, utilities and roads: an act of force denied by its
noun, a case denied under one article and opened under another, inmates counted who are
no one detained, a deed still not done days after it was told done, a ticket handed over,
a prize's sum however its digits are grouped, where a thing was sold, a main's burst and
a slope's fall and what caused them, vehicles buried, a road opened again by a part or in
whole; each with its look-alike.

Hand-built claims of one story (tests.test_conflict_rules_affairs._read) whose counts and
dates the extraction reads from their text.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from factdb.conflicts.crimes import articles, case_pairs
from factdb.conflicts.facts import read_facts
from factdb.extract.nlp import lemmatize
from factdb.models import StoredClaim
from tests.test_conflict_rules import found
from tests.test_conflict_rules_affairs import _kinds, _read
from tests.test_conflicts import claim


@pytest.mark.parametrize(("second", "conflict"), [
    # an act of force denied by its noun denies the act told by its verb
    ("Никакого обыска в редакции не было, заверили в полиции.", True),
    # another act denied
    ("Никакого задержания в редакции не было, заверили в полиции.", False),
])
def test_an_act_denied_by_its_noun(second: str, conflict: bool) -> None:
    first = "Ночью полицейские обыскали редакцию газеты."
    assert ("statement" in _kinds(first, second)) is conflict


def _lemmatised(text: str, doc: str, n: int) -> StoredClaim:
    """`_read`'s claim with its words' lemmas, as the extraction stores them."""
    told = _read(text, doc, n)
    return replace(told, claim=replace(told.claim, lemmas=lemmatize(told.claim.text)))


@pytest.mark.parametrize(("second", "conflict"), [
    # the case of the article told opened denied
    ("Дело о хулиганстве не возбуждалось, сообщили в полиции.", True),
    # a case under another article denied: two cases
    ("Дело о вымогательстве не возбуждалось, сообщили в полиции.", False),
])
def test_a_case_denied_under_one_article(second: str, conflict: bool) -> None:
    first = "Следователи возбудили уголовное дело по статье о хулиганстве."
    got = [k for k, _v in found([_lemmatised(first, "a.txt", 1),
                                 _lemmatised(second, "b.txt", 2)])]
    assert ("statement" in got) is conflict


@pytest.mark.parametrize(("text", "expected"), [
    # a crime's name read from its lemmas, a reflexive verb of a case included
    ("Уголовное дело о массовых беспорядках в порту не возбуждалось.", {"212"}),
    ("Возбуждено дело о дезорганизации деятельности учреждения.", {"321"}),
])
def test_a_case_named_by_its_crime(text: str, expected: set[str]) -> None:
    assert articles(text, lemmatize(text)) == expected


def test_a_case_denied_is_no_case_under_its_article() -> None:
    texts = ("Возбуждено уголовное дело о хулиганстве.",
             "Уголовное дело о хулиганстве не возбуждено.",
             "Следователи завели дело о хулиганстве.")
    a, b, c = (claim(t, doc=f"{n}.txt", doc_id=n, lemmas=lemmatize(t))
               for n, t in enumerate(texts, 1))
    assert case_pairs([a, b, c], {1: 1, 2: 1, 3: 1}) == {(a.id, c.id)}


@pytest.mark.parametrize(("text", "frame"), [
    # inmates named as such are no one detained
    ("В изоляторе сейчас содержатся 640 заключенных.", None),
    # those the police took are
    ("Полиция задержала 14 человек.", "custody"),
    # a word past a comma is no complement of the counted word
    ("На акцию вышли 45 заключенных, охрана не вмешивалась.", "attended"),
])
def test_inmates_counted_are_no_custody(text: str, frame: str | None) -> None:
    frames = [fr for fr, _c, _n, _v in read_facts(_read(text, "a.txt", 1)).counts]
    if frame is None:
        assert "custody" not in frames
    else:
        assert frame in frames


@pytest.mark.parametrize(("later", "conflict"), [
    # days later, a denial told as holding still denies the deed told done
    ("«По состоянию на 20 ноября покупатель ключи не передал», — сказали в агентстве.", True),
    # a denial with no «still»: the news of its day
    ("«Покупатель ключи не передал», — сказали в агентстве.", False),
])
def test_a_deed_still_not_done_days_after(later: str, conflict: bool) -> None:
    earlier = "Покупатель передал ключи агентству еще в пятницу, 13 ноября."
    claims = [_read(earlier, "a.txt", 1, published="2026-11-14"),
              _read(later, "b.txt", 2, published="2026-11-20")]
    assert ("statement" in [k for k, _v in found(claims)]) is conflict


def test_a_denial_before_the_deed_is_the_news_of_its_time() -> None:
    claims = [_read("«Пока покупатель ключи не передал», — сказали в агентстве.", "a.txt", 1,
                    published="2026-11-10"),
              _read("Покупатель передал ключи агентству в пятницу, 13 ноября.", "b.txt", 2,
                    published="2026-11-16")]
    assert "statement" not in [k for k, _v in found(claims)]


@pytest.mark.parametrize(("second", "conflict"), [
    # a prize's sum, its thousands grouped by spaces, against a bound it breaks
    ("Победитель выиграл более 3 млн рублей.", True),
    # a bound it keeps, told by a participle
    ("Джекпот, превышающий два миллиона рублей, достался одному игроку.", False),
    # the sum told in two parts
    ("Джекпот составил 2 миллиарда 400 миллионов рублей.", True),
])
def test_a_prizes_sum(second: str, conflict: bool) -> None:
    first = "Размер джекпота составил 2 450 000 рублей."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    ("Ущерб от пожара на складе № 3 составил 50 млн рублей.", True),
    # another numbered building's damage
    ("Ущерб от пожара на складе № 4 составил 50 млн рублей.", False),
])
def test_two_numbered_things_have_two_sums(second: str, conflict: bool) -> None:
    first = "Ущерб от пожара на складе № 3 составил 90 млн рублей."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # sold in a shop, against online
    ("Продавщица уверяет, что бутылку продали в магазине у рынка.", True),
    # the same place; many sold after it; a second one of its kind
    ("Бутылку приобрели через интернет, подтвердили в полиции.", False),
    ("После новости в магазине у рынка продали около 300 бутылок.", False),
    ("Вторую бутылку купили в магазине у рынка.", False),
])
def test_where_a_thing_was_sold(second: str, conflict: bool) -> None:
    first = "По данным полиции, бутылка была куплена на сайте маркетплейса."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a pipe worn through, against a machine that hit it
    ("Трубу при порыве повредил ковш экскаватора, уверяют инженеры.", True),
    ("Порыв не связан с подрядчиком: его техника к трубе не приближалась.", False),
])
def test_what_burst_a_main(second: str, conflict: bool) -> None:
    first = "Порыв произошел из-за износа трубы, заявили в компании."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # rains against a slope's foot cut away for a road
    ("Оползень сошел потому, что строители срезали основание склона, считают жители.", True),
    ("Сход грунта произошел из-за проливных дождей, повторили в МЧС.", False),
])
def test_what_brought_a_slope_down(second: str, conflict: bool) -> None:
    first = "Причиной оползня стало переувлажнение грунта после ливней."
    assert ("statement" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # vehicles buried, told by what came down on them or by none
    ("Пять машин накрыло, говорят очевидцы.", True),
    # the same count; cars stuck in a jam are others
    ("Камни накрыли две машины, рассказал водитель.", False),
    ("В пробке перед завалом стояли около 300 машин.", False),
])
def test_vehicles_buried(second: str, conflict: bool) -> None:
    first = "Под обвалом оказались две машины."
    assert ("count" in _kinds(first, second)) is conflict


@pytest.mark.parametrize(("second", "conflict"), [
    # a bound on the day a road opens again, against the day set
    ("Министр заявил, что мост для машин откроют не раньше 30 ноября.", True),
    # the whole opened later is another matter than a part of it
    ("Полностью движение по мосту откроют 15 декабря.", False),
])
def test_a_road_opened_again(second: str, conflict: bool) -> None:
    first = "Одну полосу на мосту откроют 25 ноября, сообщили в дорожной службе."
    claims = [_read(first, "a.txt", 1, published="2026-11-12"),
              _read(second, "b.txt", 2, published="2026-11-13")]
    assert ("date" in [k for k, _v in found(claims)]) is conflict
