"""A synthetic corpus of Russian news articles for benchmarks (figures, not tests).

`generate_claims(n)` makes articles holding about `n` claims in total, already analysed
(speakers, via, said_on, dates, counts, entities, lemmas), so a benchmark can store
100,000 claims without running the NLP pipeline over them. The text is built from
templates of ordinary news phrasing with thousands of generated names, so word
frequencies are skewed like real news: a few words everywhere, most words rare.
Stories (an arrest, a fire, a meeting) are retold by several articles in other words,
sometimes with another count or date, so clustering and conflict detection have real
work to do. Deterministic for a given seed.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from factdb.extract.nlp import lemmatize
from factdb.models import DIRECT, INDIRECT, NARRATIVE, Article, Claim, Count, Entity, StatedDate

MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")

# first name: (nominative, genitive), masculine and feminine
FIRST_M = [("Алексей", "Алексея"), ("Андрей", "Андрея"), ("Борис", "Бориса"),
           ("Виктор", "Виктора"), ("Дмитрий", "Дмитрия"), ("Евгений", "Евгения"),
           ("Игорь", "Игоря"), ("Илья", "Ильи"), ("Кирилл", "Кирилла"), ("Максим", "Максима"),
           ("Михаил", "Михаила"), ("Николай", "Николая"), ("Олег", "Олега"),
           ("Павел", "Павла"), ("Роман", "Романа"), ("Сергей", "Сергея"), ("Юрий", "Юрия"),
           ("Тимур", "Тимура"), ("Рашид", "Рашида"), ("Ильхам", "Ильхама")]
FIRST_F = [("Анна", "Анны"), ("Елена", "Елены"), ("Мария", "Марии"), ("Ольга", "Ольги"),
           ("Татьяна", "Татьяны"), ("Наталья", "Натальи"), ("Ирина", "Ирины"),
           ("Светлана", "Светланы")]
_ROOTS = ("Петр Иван Смирн Кузнец Соколов Лебед Козл Новик Морозов Волк Алексе Павл Семен "
          "Голуб Виноград Богдан Воробь Федор Михайл Беля Тарас Белоус Комар Орл Киселев "
          "Макар Андре Ковал Ильин Гусев Тит Кузьм Кудрявц Баран Кулик Алекс Степан Яковл "
          "Сорок Сергеев Роман Захар Борис Корол Герасим Пономар Григорь Лазар Медвед Ершов "
          "Никитин Соболев Рябов Поляков Цвет Данилов Жук Фролов Журавлев Николаев Крылов "
          "Максимов Сидор Осипов Белов Федотов Дорофе Егор Матве Бобров Дмитри Калинин Анисим "
          "Петух Антон Тимофе Никифор Весел Филипп Марков Большак Суханов Миронов Ширяев "
          "Александр Коновал Шестак Казак Ефим Денис Громов Фомин Давыдов Мельник Щербак "
          "Блинов Колесник Карпов Афанась Власов Маслов Исаков Тихонов Аксенов Гаврил Родионов "
          "Котов Горбунов Кудряш Быков Зуев Третьяк Савельев Панов Рыбак Суворов Абрамов "
          "Воронов Мухин Архип Трофим Мартын Емельян Горшков Чернов Овчинник Селезнев Панфил "
          "Копылов Михеев Галкин Назаров Лобанов Лукин Беляков Потапов Некрасов Хохлов Жданов "
          "Наум Шилов Воронцов Ермаков Дроздов Игнать Савин Логинов Сафонов Капустин Кирилл "
          "Моисеев Елисеев Кошелев Костин Горбачев Орехов Ефрем Исаев Евдоким Калашник Кабанов "
          "Носков Юдин Кулагин Лапин Прохоров Нестеров Харитонов Агафонов Муравьев Ларионов "
          "Федосеев Зимин Пахомов Шубин Игнатов Филатов Крюков Рогов Кулаков Терентьев Молчанов "
          "Владимиров Артемьев Гурьев Зиновьев Гришин Кононов Дементьев Ситников Симонов "
          "Мишин Фадеев Комиссаров Мамонтов Носов Гуляев Шаров Устинов Вишняков Евсеев "
          "Лаврентьев Брагин Константин Корнилов Авдеев Зыков Бирюков Шарапов Никонов Щукин "
          "Дьячков Одинцов Сазонов Якушев Красильник Гордеев Самойлов Князев Беспалов Уваров "
          "Шашков Бобылев Доронин Белозеров Рожков Самсонов Мясник Лихачев Буров Сысоев Фомичев "
          "Русаков Стрелков Гущин Тетерин Колобов Субботин Фокин Блохин Селиверстов Пестов "
          "Кондратьев Силин Меркушев Лыткин Туров").split()


def _surnames() -> list[tuple[str, str, str, str]]:
    """(masc nom, masc gen, fem nom, fem gen) for every root, -ов/-ев/-ин kept as given."""
    out = []
    for r in _ROOTS:
        base = r if r.endswith(("ов", "ев", "ин")) else r + ("ев" if r[-1] in "йьея" else "ов")
        base = base.replace("йев", "ев").replace("ьев", "ьев")
        out.append((base, base + "а", base + "а", base + "ой"))
    return out


SURNAMES = _surnames()

# role (nominative, genitive) and the kind of body it belongs to
ROLES = [("пресс-секретарь", "пресс-секретаря"), ("министр", "министра"),
         ("замминистра", "замминистра"), ("губернатор", "губернатора"), ("мэр", "мэра"),
         ("депутат", "депутата"), ("адвокат", "адвоката"), ("эксперт", "эксперта"),
         ("политолог", "политолога"), ("глава пресс-службы", "главы пресс-службы"),
         ("официальный представитель", "официального представителя"),
         ("директор", "директора"), ("председатель комитета", "председателя комитета")]
_ORG_ROLES = {"пресс-секретарь", "глава пресс-службы", "официальный представитель", "директор",
              "министр", "замминистра"}
ORGS = [("МИД России", "МИД России"), ("МВД", "МВД"), ("Минтранс", "Минтранса"),
        ("Следственный комитет", "Следственного комитета"), ("Кремль", "Кремля"),
        ("Госдума", "Госдумы"), ("Минздрав", "Минздрава"), ("МЧС", "МЧС"),
        ("прокуратура", "прокуратуры"), ("Росавиация", "Росавиации"),
        ("Генпрокуратура", "Генпрокуратуры"), ("Минобороны", "Минобороны")]
OUTLETS = [("ТАСС", "ТАСС"), ("Интерфакс", "Интерфакса"), ("РИА Новости", "РИА Новости"),
           ("Коммерсант", "Коммерсанта"), ("Ведомости", "Ведомостей"), ("РБК", "РБК"),
           ("Известия", "Известий"), ("Фонтанка", "Фонтанки"), ("Медуза", "Медузы"),
           ("Кавказский узел", "Кавказского узла"), ("Новая газета", "Новой газеты"),
           ("Sputnik", "Sputnik"), ("1News", "1News"), ("Вестник Кавказа", "Вестника Кавказа")]
# place: (nominative, prepositional)
PLACES = [("Москва", "Москве"), ("Санкт-Петербург", "Санкт-Петербурге"), ("Казань", "Казани"),
          ("Баку", "Баку"), ("Екатеринбург", "Екатеринбурге"), ("Новосибирск", "Новосибирске"),
          ("Самара", "Самаре"), ("Ростов", "Ростове"), ("Краснодар", "Краснодаре"),
          ("Воронеж", "Воронеже"), ("Пермь", "Перми"), ("Уфа", "Уфе"), ("Тбилиси", "Тбилиси"),
          ("Ереван", "Ереване"), ("Минск", "Минске"), ("Астана", "Астане"),
          ("Калининград", "Калининграде"), ("Владивосток", "Владивостоке"),
          ("Махачкала", "Махачкале"), ("Грозный", "Грозном"), ("Душанбе", "Душанбе"),
          ("Нальчик", "Нальчике"), ("Ставрополь", "Ставрополе"), ("Тюмень", "Тюмени")]
# counted noun: (lemma, genitive plural used after numbers from five on)
NOUNS = [("человек", "человек"), ("гражданин", "граждан"), ("россиянин", "россиян"),
         ("журналист", "журналистов"), ("пассажир", "пассажиров"), ("беженец", "беженцев"),
         ("сотрудник", "сотрудников"), ("студент", "студентов"), ("дом", "домов"),
         ("военнослужащий", "военнослужащих"), ("активист", "активистов"),
         ("мигрант", "мигрантов"), ("участник", "участников"), ("ребенок", "детей")]
SPEECH = [("заявил", "заявила"), ("сообщил", "сообщила"), ("подчеркнул", "подчеркнула"),
          ("отметил", "отметила"), ("напомнил", "напомнила"), ("уточнил", "уточнила"),
          ("рассказал", "рассказала"), ("добавил", "добавила")]
TOPICS = ("диалог переговоры сотрудничество соглашение расследование проверка реформа "
          "строительство поставки санкции бюджет тарифы выборы законопроект инвестиции "
          "экспорт импорт транспорт коридор энергетика безопасность миграция образование "
          "здравоохранение туризм урожай налоги пенсии жилье дороги связь").split()
ADJ = ("кропотливая важная сложная последовательная системная открытая напряженная "
       "предметная масштабная долгая трудная совместная новая активная").split()
VERB_PHR = ["продолжит работу по теме", "не откажется от темы", "рассчитывает на прогресс по теме",
            "настаивает на обсуждении темы", "готов обсудить тему", "выступает за тему",
            "ожидает решений по теме", "намерен ускорить работу по теме",
            "примет участие в обсуждении темы"]
EVENTS = {
    # kind: list of templates; {n} {noun} {date} {place_p} {court} filled in
    "arrest": ["{date} суд в {place_p} арестовал {n} {noun}",
               "{date} суд арестовал {n} {noun}",
               "{n} {noun} были арестованы {date} в {place_p}",
               "Суд в {place_p} {date} заключил под стражу {n} {noun}"],
    "detention": ["{date} в {place_p} задержали {n} {noun}",
                  "Полиция задержала {n} {noun} в {place_p} {date}",
                  "{n} {noun} были задержаны {date} в ходе рейда в {place_p}"],
    "fire": ["При пожаре в {place_p} {date} погибли {n} {noun}",
             "{date} в {place_p} в результате пожара погибли {n} {noun}",
             "Жертвами пожара в {place_p} стали {n} {noun}"],
    "evacuation": ["{date} из {place_g} эвакуировали {n} {noun}",
                   "Власти эвакуировали {n} {noun} из {place_g} {date}"],
    "meeting": ["{date} в {place_p} прошла встреча с участием {n} {noun}",
                "Встреча в {place_p} состоялась {date}, в ней участвовали {n} {noun}"],
}
PLACE_GEN = {"Москва": "Москвы", "Казань": "Казани", "Самара": "Самары", "Пермь": "Перми",
             "Уфа": "Уфы", "Астана": "Астаны", "Махачкала": "Махачкалы", "Тюмень": "Тюмени"}


@dataclass
class _Sentence:
    """A sentence being built: text pieces, and the facts found at known offsets."""

    parts: list[tuple[str, str | None]] = field(default_factory=list)  # (text, PER normal)
    entities: list[tuple[int, int, str, str]] = field(default_factory=list)
    counts: list[tuple[int, int, int, str]] = field(default_factory=list)
    dates: list[tuple[int, int, str, str]] = field(default_factory=list)  # precision, iso

    @property
    def length(self) -> int:
        """Characters so far."""
        return sum(len(t) for t, _ in self.parts)

    def add(self, text: str, per: str | None = None, etype: str | None = None) -> None:
        """Append text; with `etype`, record it as a named entity (normal form `per`)."""
        if etype:
            self.entities.append((self.length, self.length + len(text), per or text, etype))
        self.parts.append((text, per if etype == "PER" else None))

    def add_count(self, value: int, noun_form: str, noun: str) -> None:
        """Append «N nouns» and record the count."""
        text = f"{value} {noun_form}"
        self.counts.append((self.length, self.length + len(text), value, noun))
        self.parts.append((text, None))

    def add_date(self, d: date) -> None:
        """Append «D month YYYY года» and record the date."""
        text = f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year} года"
        self.dates.append((self.length, self.length + len(text), "day", d.isoformat()))
        self.parts.append((text, None))

    @property
    def text(self) -> str:
        """The sentence as built."""
        return "".join(t for t, _ in self.parts)


@dataclass(frozen=True)
class _Person:
    name: str
    gen: str
    fem: bool
    role: str
    role_gen: str
    org: str
    org_gen: str


@dataclass(frozen=True)
class _Story:
    kind: str
    day: date
    place: tuple[str, str]
    value: int
    noun: tuple[str, str]


def _value(rng: random.Random, low: int = 5, high: int = 300) -> int:
    """A number that takes the genitive plural (5-20, or ending in 0 or 5-9)."""
    while True:
        v = rng.randrange(low, high)
        if 5 <= v % 100 <= 20 or v % 10 in (0, 5, 6, 7, 8, 9):
            return v


def _person(rng: random.Random) -> _Person:
    fem = rng.random() < 0.25
    first, first_gen = rng.choice(FIRST_F if fem else FIRST_M)
    sur = rng.choice(SURNAMES)
    nom, gen = (sur[2], sur[3]) if fem else (sur[0], sur[1])
    role, role_gen = rng.choice(ROLES)
    org, org_gen = rng.choice(ORGS) if role in _ORG_ROLES else ("", "")
    return _Person(f"{first} {nom}", f"{first_gen} {gen}", fem, role, role_gen, org, org_gen)


def _fill(s: _Sentence, template: str, story: _Story) -> None:
    """Append an event template to the sentence, recording the count and date it states."""
    pos = 0
    template = template.replace("{n} {noun}", "{noun}")
    for m in re.finditer(r"\{(\w+)\}", template):
        s.add(template[pos : m.start()])
        key = m.group(1)
        pos = m.end()
        if key == "n":
            continue  # the count is written together with its noun, at {noun}
        if key == "noun":
            s.add_count(story.value, story.noun[1], story.noun[0])
        elif key == "date":
            s.add_date(story.day)
        elif key == "place_p":
            s.add(story.place[1], etype="LOC", per=story.place[0])
        elif key == "place_g":
            s.add(PLACE_GEN.get(story.place[0], story.place[0]), etype="LOC", per=story.place[0])
    s.add(template[pos:])
    # «{n} {noun}» leaves a lone space piece between; drop it with the date/count offsets
    # unaffected (they were taken when added, and the dropped piece follows nothing)


def _event_claim(rng: random.Random, story: _Story, person: _Person | None,
                 outlet: tuple[str, str] | None) -> tuple[_Sentence, dict[str, object]]:
    s = _Sentence()
    meta: dict[str, object] = {"mode": NARRATIVE}
    template = rng.choice(EVENTS[story.kind])
    if person is not None and rng.random() < 0.6:
        verb = SPEECH[rng.randrange(len(SPEECH))][1 if person.fem else 0]
        s.add(f"{person.role.capitalize()} {person.org_gen} ".replace("  ", " "))
        s.add(person.name, per=person.name, etype="PER")
        s.add(f" {verb}, что ")
        _fill(s, template[0].lower() + template[1:] if not template[0].isdigit() and
              not template.startswith("{") else template, story)
        s.add(".")
        meta.update(speaker=person.name, role=f"{person.role} {person.org_gen}".strip(), cue=verb,
                    mode=INDIRECT)
    else:
        _fill(s, template, story)
        if outlet is not None:
            s.add(f", сообщает {outlet[0]}")
            meta["via"] = (outlet[0],)
        s.add(".")
    return s, meta


def _filler_claim(rng: random.Random, person: _Person) -> tuple[_Sentence, dict[str, object]]:
    s = _Sentence()
    topic = rng.choice(TOPICS)
    other = rng.choice(SURNAMES)
    place = rng.choice(PLACES)
    verb = SPEECH[rng.randrange(len(SPEECH))][1 if person.fem else 0]
    body = f"{rng.choice(ORGS)[0]} {rng.choice(VERB_PHR)} «{topic}»"
    shape = rng.randrange(4)
    if shape == 0:
        s.add(f"«{rng.choice(ADJ).capitalize()} работа по теме «{topic}» идет в {place[1]}», — ")
        s.add(f"{verb} {person.role} ")
        s.add(person.name, per=person.name, etype="PER")
        s.add(".")
        mode = DIRECT
    elif shape == 1:
        s.add(f"По словам {person.role_gen} ")
        s.add(person.gen, per=person.name, etype="PER")
        s.add(f", {body}, а {other[0]} ")
        s.add("не участвует в этом.")
        mode = INDIRECT
        verb = "по словам"
    elif shape == 2:
        s.add(person.name, per=person.name, etype="PER")
        s.add(f" {verb}, что {body} и что встреча в {place[1]} была {rng.choice(ADJ)[:-2]}ой.")
        mode = INDIRECT
    else:
        s.add(f"{person.role.capitalize()} ")
        s.add(person.name, per=person.name, etype="PER")
        s.add(f" {verb}: {topic} остается главной темой для {rng.choice(ORGS)[1]}.")
        mode = INDIRECT
    return s, {"speaker": person.name, "role": person.role, "cue": verb, "mode": mode}


def _claim(s: _Sentence, offset: int, meta: dict[str, object], said_on: str) -> Claim:
    text = s.text
    lem = []
    for piece, per in s.parts:
        lem.append(per.lower().replace("ё", "е") if per else lemmatize(piece))
    return Claim(
        start=offset,
        end=offset + len(text),
        text=text,
        speaker=meta.get("speaker"),  # type: ignore[arg-type]
        speaker_kind="PER" if meta.get("speaker") else None,
        speaker_role=meta.get("role"),  # type: ignore[arg-type]
        cue=meta.get("cue"),  # type: ignore[arg-type]
        mode=str(meta.get("mode", NARRATIVE)),
        via=meta.get("via", ()),  # type: ignore[arg-type]
        said_on=said_on,
        dates=tuple(StatedDate(offset + a, offset + b, text[a:b], p, iso, iso)
                    for a, b, p, iso in s.dates),
        counts=tuple(Count(offset + a, offset + b, text[a:b], v, noun)
                     for a, b, v, noun in s.counts),
        entities=tuple(Entity(offset + a, offset + b, text[a:b], name, t)
                       for a, b, name, t in s.entities),
        lemmas=" ".join(x for x in lem if x),
    )


def generate_claims(n: int, seed: int = 0) -> list[Article]:
    """Synthetic analysed articles holding about `n` claims in total (8-16 per article)."""
    rng = random.Random(seed)
    people = [_person(rng) for _ in range(max(50, n // 40))]
    stories = [
        _Story(
            kind=rng.choice(list(EVENTS)),
            day=date(2024, 1, 1) + timedelta(days=rng.randrange(700)),
            place=rng.choice(PLACES),
            value=_value(rng),
            noun=rng.choice(NOUNS),
        )
        for _ in range(max(10, n // 25))
    ]
    articles: list[Article] = []
    made = 0
    while made < n:
        i = len(articles)
        outlet = rng.choice(OUTLETS)
        story = rng.choice(stories)
        published = story.day + timedelta(days=rng.randrange(0, 4))
        k = min(rng.randrange(8, 17), n - made)
        claims: list[Claim] = []
        header = f"{published.day} {MONTHS_GEN[published.month - 1]} {published.year}\n\n"
        text = header
        for j in range(k):
            if j < 3 or rng.random() < 0.2:
                told = story
                if rng.random() < 0.08:  # another outlet's figure: a count conflict
                    told = _Story(story.kind, story.day, story.place,
                                  _value(rng, 5, story.value + 20), story.noun)
                other = rng.choice(OUTLETS) if rng.random() < 0.5 else None
                s, meta = _event_claim(rng, told, rng.choice(people), other)
            else:
                s, meta = _filler_claim(rng, rng.choice(people))
            claims.append(_claim(s, len(text), meta, published.isoformat()))
            text += s.text + ("\n\n" if j % 3 == 2 else " ")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        articles.append(Article(
            name=f"gen_{seed}_{i:06d}.txt",
            path=f"bench/generated/{seed}/{i:06d}.txt",
            sha256=digest,
            text=text,
            title=None,
            published=published.isoformat(),
            outlet=outlet[0],
            claims=tuple(claims),
        ))
        made += k
    return articles


if __name__ == "__main__":
    for a in generate_claims(40, seed=1)[:2]:
        print(a.name, a.published, a.outlet)
        for c in a.claims:
            assert a.text[c.start : c.end] == c.text
            print(" ", c.speaker, "|", c.text)
            print("   ", c.lemmas, [(x.value, x.noun) for x in c.counts])
