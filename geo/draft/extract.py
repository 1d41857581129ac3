"""From an article's text to candidate records: facilities, their places, figures, status and dates.

The article is split into sentences (``razdel``).  A facility is a
facility noun (``rules.FACILITY_NOUNS``) in a sentence about a project;
a plural noun with a list of places is one facility per place, a plural
noun with a number and no places is a statement about several (a note).
A sentence with no facility noun but a re-mention («объект», «нысан»,
«её») speaks of the latest facility.  Figures, status cues and dates of a
sentence go to the facilities it speaks of; a figure given once for a whole
list, or next to a trap word (population, load, programme totals), to none.
"""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import razdel

from geo.draft import rules
from geo.draft.article import Article
from geo.places.gazetteer import Gazetteer, Place
from geo.places.resolve import SATELLITE_M, distance_m
from geo.places.text import KAZAKH_LETTERS, fold
from geo.records.dates import due_end
from geo.records.figures import parse_figure

# Places of an article from the most specific: a rural district holds towns, so it comes after them
# (unlike geo.records.vocab.PRECISION_ORDER, where a city's districts are finer than the city).
_RANK = ["exact", "street", "landmark", "microdistrict", "city", "district", "region", "country"]
_NOUNS = [(re.compile(p), kind, en) for p, kind, en in rules.FACILITY_NOUNS]
_STATUS = [(status, re.compile(p)) for status, p in rules.STATUS_CUES]
_WORK = [(work, re.compile(p)) for work, p in rules.WORK_CUES]
_MONEY_KINDS = [(column, re.compile(p)) for column, p in rules.MONEY_KINDS]
_ANNEX = [(kind, re.compile(p)) for kind, p in rules.ANNEX_HOSTS]
_FIGURES = [(column, re.compile(p)) for column, p in rules.FIGURE_PATTERNS]
_NUMBER = re.compile(r"(?:№|N|номер)\s*(\d+)")
_QUOTED = re.compile(r"«([^«»]{2,60})»")
_ADJECTIVE_RU = re.compile(
    r"^(?:[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ей|ою|ею)|№|\d+-?\w*)$"
)
_ADJECTIVE_KK = re.compile(
    r"^(?:[а-яәғқңөұүһі-]+(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|лы|лі|ды|ді|ты|ті|дағы|дегі|тағы|тегі|ндағы|ндегі)|"
    r"жаңа|заманауи|көпбейінді|ауданаралық|балалар|ана|бала|\d+|орындық|төсектік|қабатты)$"
)
# Words in front of a place name that say what it is, as a reporter writes them.
_SECOND = r"(?![А-ЯЁ][\w-]*(?:ск|цк)(?:ого|ой|ом|ий|ая|ую)\b)[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*"
_PLACE_TYPE = re.compile(
    r"\b(мкр\.?|микрорайон\w*|ж\.\s?м\.|жилом\w* массив\w*|с\.|сел[оаеу]\b|сёл\w*|сел\b|сельск\w* округ\w*|п\.|пос\.|"
    r"пос[её]лк\w*|населенн\w* пункт\w*|населённ\w* пункт\w*|г\.|город\w*|станци\w*|район(?:е|ах|ы|а)?)"
    # A name of one word, or two capitalised ones («Большая Малышка»), or with a number («Жетысу 3»).
    # (Not a district's or region's adjective after it: «села Тущикудук Исатайского района».)
    r"(?:\s*[—–-])?\s+((?:«?[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+\d+|\s+" + _SECOND + r")?»?)"
    r"(?:(?:\s*,\s*|\s+и\s+)«?[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+" + _SECOND + r")?»?)*)"
)
# A Kazakh settlement's name: a word or two, or any words in quotes («Бұланбай бауы»), «… атындағы»
# (named after someone); a person's initial («А.Тәжібаев») or title («Досбол би», «Райымбек батыр») with it.
_KK_NAME = (
    r"(?:«[^«»\n]{2,40}»|\"[^\"\n]{2,40}\"|(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?)?[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*"
    r"(?:\s+(?:[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*|би|батыр|ата|баба))?)(?:\s+атындағы)?"
)
_PLACE_TYPE_KK = re.compile(
    # «"Саялы" және "Қарасу" шағын аудандарында», «Қарғалы және Мұқан Төлебаев атындағы ауылдардың».
    rf"((?:{_KK_NAME})(?:(?:\s*,\s*|\s+(?:және|мен|пен|бен)\s+){_KK_NAME})*)\s+"
    # «Қаракұдық, Ақжол және басқа да ауылдарда»: the villages named, the others not.
    r"(?:(?:және|мен)\s+(?:басқа|өзге)\s+(?:да|де)\s+)?"
    # «ауылдық аймағы» (the rural area of a town) names no village.
    # («қалалық аурухана» is a city hospital: «Шымкенттегі қалалық» names the city, but not as a type word.)
    r"(ауыл(?!дық аймақ|дық аймағ)\w*|кент\w*|шағын аудан\w*|аумақ\w*|ауылдық округ\w*|қала(?!лық)\w*|елді мекен\w*)"
)
# «Индерская районная больница», «Аральская ЦРБ», «Индер аудандық ауруханасы»: the district's own hospital.
_DISTRICT_ADJECTIVE = re.compile(
    r"\b([А-ЯЁ][а-яё-]+?)(?:ская|ской|скую|ском|ский|ского)\s+(?:(?:центральн\w+\s+)?районн|межрайонн|ЦРБ)"
    r"|\b([А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)\s+(?:орталық\s+)?аудандық"
)
# Text in «…» of three words or more: a programme's or a project's name («Строительство 350 врачебных
# амбулаторий, …»), not a facility the article reports.
# Words in speech («…аяқтадық», – деді) are longer or end a sentence inside the quotes.
_PROGRAMME_NAME = re.compile(r"«(?=[^«»]{8,90}»)[^«».!?]*?\s[^«».!?]*?\s[^«».!?]*»")
# «Ақсу және Кербұлақ аудандық ауруханалары», «Аксуская и Кербулакская районные больницы».
_DISTRICT_HOSPITALS = re.compile(
    r"((?:[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:\s*,\s*|\s+(?:и|және|мен|пен|бен)\s+))+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)"
    r"\s+(?:центральн\w+\s+|орталық\s+)?(?:районн\w+|аудандық)"
)
# «в Райымбекском, Карасайском и Енбекшиказахском районах».
_RU_DISTRICT_LIST = re.compile(
    r"((?:[А-ЯЁ][а-яё-]+(?:ском|цком)(?:\s*,\s*|\s+и\s+))+[А-ЯЁ][а-яё-]+(?:ском|цком))\s+районах"
)
# «Жаңақорған, Шиелі және Сырдария аудандарында»: one district per name.
_KK_DISTRICT_LIST = re.compile(
    r"((?:[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:\s*,\s*|\s+(?:және|мен|пен|бен)\s+))+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)\s+аудандар\w*"
)
# «в области Улытау», «область Жетісу».
_RU_REGION_NAMED = re.compile(r"\bобласт(?:ь|и|ью)\s+([А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)")
# «… в Кордайском районе, другая – в Таласском»: «районе» said once.
_ELIDED_DISTRICT = re.compile(r"\b(?:в|во)\s+(([А-ЯЁ][а-яё-]+?)(?:ском|цком))\b(?!\s+(?:район|област|округ))")
# «в 18 сёлах Атырауской области»: a region's or district's adjective after a settlement word.
_AREA_AFTER = re.compile(r"\s+(?:област|район|облыс|аудан)")
_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ой|ого|ая|ом|ую|ий)$")
# «в Маржанбулаке Алгинского района»: a settlement named by the district it lies in.
_RU_IN_DISTRICT = re.compile(r"(?:\bв|\bи)\s+([А-ЯЁ][а-яё-]{3,})\s+[А-ЯЁ][а-яё-]+(?:ского|цкого)\s+район\w*")
# «Амбулаториялар салынатын ауылдар – Арнасай (Аршалы ауданы), Ескі Қалқұтан (…) және …»: villages listed after a dash.
_KK_VILLAGE_LIST = re.compile(
    r"ауылдар\w*\s*[–—:-]\s*((?:[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)?(?:\s*\([^()]{0,40}\))?"
    r"(?:\s*,\s*|\s+және\s+|\s+мен\s+)?)+)"
)
# A town's adjective before a facility's words, not a district's or a region's: «Экибастузский родильный
# дом», «Балхашская больница» (the first group is the town's name).
_TOWN_ADJECTIVE = re.compile(
    r"\b([А-ЯЁ][а-яё-]{3,}?)(?:ский|ская|ское|ского|ской|скую|ском|ские|ских)"
    r"(?!\s+(?:центральн\w+\s+)?(?:район|област|округ|межрайон|регион|край|город\w*\s+(?:акимат|маслихат)))"
    r"(?=\s+(?:[а-яё-]+\s+){0,2}(?:больниц|поликлиник|роддом|родильн|перинатальн|центр|диспансер|амбулатори|госпитал|\w*университет))"
)
# A region's adjective before «областной»: «Карагандинская областная больница» (the group is its stem).
_REGION_ADJECTIVE = re.compile(r"\b([А-ЯЁ][а-яё-]+?(?:ск|цк))(?:ая|ой|ую|ий|ого|ом|ое|ие|их)\s+областн\w*")
# A surname (Russian or Kazakh, in any case) after a capitalised word makes that word a first name.
_SURNAME = re.compile(
    r"\s*[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ұлы|улы|қызы|кызы|ский|цкий)"
    r"(?:а|у|ым|ом|ой|е|тың|тің|ның|нің|қа|ке|ға|ге|ты|ті|ны|ні)?\b"
)
_CAPITALISED = re.compile(r"(?<![\w-])([А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)?)")
_RU_AREA = re.compile(r"([А-ЯЁ][а-яё-]+(?:ск|цк)(?:ий|ом|ого|ому|ой|ая|ую)\s+(?:район\w*|област\w*))")
# «Шығыс Қазақстан облысында»: a region's name may be two words.
_KK_AREA = re.compile(
    r"((?:(?:Шығыс|Батыс|Солтүстік|Оңтүстік)\s+)?[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+\s+(?:ауданы\w*|облысы\w*|ауданында|облысында))"
)


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3  # Russian word forms: a name to the nominative, a place to its dictionary form.

    return pymorphy3.MorphAnalyzer()


def language(text: str) -> str:
    """Return ``kk`` when the text has the Kazakh letters of a Kazakh text, else ``ru``."""
    letters = sum(ch.isalpha() for ch in text) or 1
    return "kk" if len(KAZAKH_LETTERS.findall(text)) / letters > 0.01 else "ru"


def sentences(text: str) -> list[str]:
    """Return the sentences of ``text``, paragraph by paragraph."""
    return [s for s, _ in _sentences(text)]


def _sentences(text: str) -> list[tuple[str, int]]:
    """Return (sentence, paragraph number) for each sentence of ``text``."""
    out: list[tuple[str, int]] = []
    for k, paragraph in enumerate(text.split("\n")):
        for s in razdel.sentenize(paragraph):
            sentence = s.text.strip()
            if not sentence:
                continue
            if out and out[-1][1] == k and rules.ABBREVIATION_AT_END.search(out[-1][0]):
                # «в мкр. Шугыла», «Ақтөбе қ. Бірлік ауылында»: razdel ends a sentence at these.
                out[-1] = (out[-1][0] + " " + sentence, k)
            else:
                out.append((sentence, k))
    return out


@dataclass
class Mention:
    """A place named in the article: how a record writes it, and where it is."""

    text: str
    place: Place
    at: int  # position in the sentence
    end: int = 0
    group: int = 0  # mentions of one list («в Астане, Алматы и Шымкенте») share a group
    typed: bool = False  # named with a settlement word («в селе», «ауылында», «мкр.»)
    sentence: int = -1  # which sentence of the article names it

    @property
    def known(self) -> bool:
        """Whether the gazetteer knows the place (else it is a village the text names, placed by its context)."""
        return not self.place.id.startswith("unknown:")


def _unknown(text: str) -> Place:
    """A village the gazetteer lacks, named with a settlement word («Қызылжар ауылы»): its district places it."""
    return Place(f"unknown:{text}", text, "", "city", float("nan"), float("nan"), 0, "the article")


@dataclass
class Facility:
    """One facility project the article reports, as it is gathered sentence by sentence."""

    kind: str
    noun_en: str
    name: str
    key: str  # what tells it apart from others of its kind: «№ 3», a quoted name, its place
    sentences: list[int] = field(default_factory=list)
    place: Mention | None = None
    figures: dict[str, str] = field(default_factory=dict)
    status: str = ""
    work: list[str] = field(default_factory=list)
    start: str = ""
    due: str = ""
    from_list: bool = False


@dataclass
class Draft:
    """What the drafter makes of one article."""

    article: Article
    language: str
    facilities: list[Facility]
    notes: list[str]
    sentences: list[str]
    context: list[Mention]


def _lower(text: str) -> str:
    return text.lower().replace("ё", "е")


def _lookup(name: str, gazetteer: Gazetteer, lang: str) -> list[Place]:
    found = gazetteer.lookup(name)
    if found or lang == "kk":
        return found
    words = name.split()
    lemma = " ".join(_morph().parse(w)[0].normal_form for w in words)
    found = gazetteer.lookup(lemma) if lemma != name.lower() else []
    if not found and len(words) == 1 and name[-1:] in ("е", "и"):
        # «в Сатпаеве», «в Жезказгане»: a town's locative the dictionary takes for a person's name.
        for nominative in (name[:-1], name[:-1] + "а", name[:-1] + "ь"):
            found = gazetteer.lookup(nominative)
            if found:
                break
    return found


def _within(place: Place, regions: frozenset[str]) -> bool:
    return place.region in regions or bool(place.regions & regions)


def _ranked(places: list[Place], written: str, regions: frozenset[str]) -> list[Place]:
    """Return homonyms best first: in the regions the article is about («Ақсу» in an article on
    Pavlodar), then called by their own name («Атырау» is the city, not the Almaty district that
    holds a microdistrict of that name)."""
    key = fold(written)
    return sorted(
        places,
        key=lambda p: (
            bool(regions) and not _within(p, regions),
            # «Атырауда»: the name with a case ending.
            not any(
                n and key.startswith(n) and len(key) - len(n) <= 4 for n in map(fold, (p.name, p.name_kk, p.name_en))
            ),
        ),
    )


def _place_mentions(
    sentence: str, gazetteer: Gazetteer, lang: str, regions: frozenset[str] = frozenset()
) -> list[Mention]:
    """Return the places a sentence names, in order: typed names first («мкр. Курамыс»), then known names.

    ``regions`` are those the article is about: a village it names that the gazetteer knows only
    elsewhere («Коргасын» in область Улытау is no Хоргос) is a village the gazetteer lacks.
    """
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def add(text: str, places: list[Place], start: int, end: int, *, typed: bool = False) -> None:
        if any(a < end and start < b for a, b in taken):
            return
        # A place called by its own name before one that also goes by it: «Атырау» is the city, not
        # the Almaty district that holds a microdistrict of that name.
        places = _ranked(places, text, regions)
        if typed and regions and places:
            places = [p for p in places if _within(p, regions)]
        if places:
            found.append(Mention(text, places[0], start, end, typed=typed))
        elif typed and len(text) > 3:
            found.append(Mention(text, _unknown(text), start, end, typed=True))
        else:
            return
        taken.append((start, end))

    def add_district(written: str, start: int, end: int) -> None:
        """Add the district ``written`` names («Кордайский район», «Ақсу ауданы»), the article's homonym first."""
        places = [p for p in gazetteer.lookup(written) if p.precision == "district"]
        if places:
            places = _ranked(places, places[0].name, regions)
            add(places[0].name_kk if lang == "kk" and places[0].name_kk else places[0].name, places, start, end)

    for m in _PLACE_TYPE.finditer(sentence):
        word = m.group(1).lower()
        villages = ("с.", "сел", "сёл", "населенн", "населённ")
        prefix = "мкр." if word.startswith(("мкр", "микрорайон")) else "с." if word.startswith(villages) else ""
        prefix = prefix or ("п." if word.startswith(("п.", "пос")) else "")
        if _AREA_AFTER.match(sentence[m.end() :]) and _ADJECTIVE.search(m.group(2)):
            continue  # «в 18 сёлах Атырауской области»: the region the villages are in, no village
        for quoted in re.split(r"\s*,\s*|\s+и\s+", m.group(2)):
            name = quoted.strip("«»")
            if word.startswith("район"):
                # «в районах Есиль и Нура»: a city's districts, by their names («в Наурызбайском районе
                # Алматы» names the city the district is in).
                if re.search(r"(?:ск|цк)(?:ом|ий|ого|ая|ой)\s*$", sentence[: m.start()]):
                    break
                places = [p for p in gazetteer.lookup(f"район {name}") if p.precision == "district"]
                places = [p for p in places if not regions or p.region in regions]
                start = m.start() + m.group(0).find(name)
                if places:
                    add(places[0].name, places, start, start + len(name))
                continue
            places = gazetteer.lookup(name)
            if not places and " " in name and not name.split()[1][:1].isdigit():
                # «в селе Аксу Акмолинской области»: the second capitalised word may be the region's.
                first = name.split()[0]
                if gazetteer.lookup(first) or _lookup(_nominative_place(first), gazetteer, lang):
                    name, places = first, gazetteer.lookup(first)
            base = name if places or lang == "kk" else _nominative_place(name)
            places = places or _lookup(base, gazetteer, lang)
            if not places and prefix:
                # A name after «с.», «село» the gazetteer lacks stays as written: «в селе Шокысу» (not «Шокыс»).
                base = name
            if prefix in ("с.", "п."):
                # «с. Айнабулак» is a village, not the Almaty district one of whose microdistricts is so called.
                places = [p for p in places if p.precision == "city"]
            text = f"{prefix} {base}".strip() if prefix else base
            start = m.start() + m.group(0).find(name)
            add(text, places, start, start + len(name), typed=prefix in ("с.", "п.", "мкр."))
    for m in _PLACE_TYPE_KK.finditer(sentence):
        word = m.group(2).lower()
        suffix = "ауылы" if word.startswith("ауыл") else "шағын ауданы" if word.startswith(("шағын", "аумақ")) else ""
        for quoted in re.split(r"\s*,\s*|\s+(?:және|мен|пен|бен)\s+", m.group(1)):
            # «Атыраудың Нұрсая шағын ауданы»: the city in the genitive is not part of the name.
            name = re.sub(r"^\w+(?:ның|нің|дың|дің|тың|тің)\s+", "", quoted).strip('«»"')
            places = _lookup(name, gazetteer, lang)
            if not places and " " in name and "атындағы" not in name:
                # «Биыл Атырау қаласы»: a sentence's first word is capitalised too.
                last = name.split()[-1]
                alone = _lookup(last, gazetteer, lang)
                if alone:
                    name, places = last, alone
            start = m.start() + m.group(0).find(name)
            village = word.startswith(("ауыл", "елді", "кент"))
            if village:
                places = [p for p in places if p.precision == "city"]  # a village, not the district of its name
            text = f"{name} {suffix or ('ауылы' if village else '')}".strip()
            add(text, places, start, start + len(name), typed=village or suffix == "шағын ауданы")
    for m in _RU_IN_DISTRICT.finditer(sentence):
        name = _nominative_place(m.group(1))
        add(f"с. {name}", _lookup(name, gazetteer, lang), m.start(1), m.end(1), typed=True)
    for m in _KK_VILLAGE_LIST.finditer(sentence):
        for part in re.finditer(r"([А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)?)(?:\s*\([^()]*\))?", m.group(1)):
            name, at = part.group(1), m.start(1) + part.start(1)
            add(f"{name} ауылы", _lookup(name, gazetteer, lang), at, at + len(name), typed=True)
    for pattern in (_RU_AREA, _KK_AREA):
        for m in pattern.finditer(sentence):
            places = _lookup(m.group(1), gazetteer, lang)
            add(places[0].name if places else m.group(1), places, m.start(), m.end())
    for m in _RU_REGION_NAMED.finditer(sentence):
        # «в области Улытау»: the regions made in 2022 are named after the word.
        places = [p for p in gazetteer.lookup(f"область {m.group(1)}") if p.precision == "region"]
        if places:
            add(places[0].name, places, m.start(), m.end())
    for m in _DISTRICT_HOSPITALS.finditer(sentence):
        # «Ақсу және Кербұлақ аудандық ауруханалары», «Аксуская и Кербулакская районные больницы»: each
        # district's own hospital.
        for part in re.finditer(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+", m.group(1)):
            word = part.group(0)
            stem = re.sub(r"(?:ская|цкая|ской|цкой)$", "", word)
            written = f"{stem}ский район" if stem != word else f"{word} ауданы"
            add_district(written, m.start(1) + part.start(), m.start(1) + part.end())
    for m in _KK_DISTRICT_LIST.finditer(sentence):
        for part in re.finditer(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+", m.group(1)):
            add_district(f"{part.group(0)} ауданы", m.start(1) + part.start(), m.start(1) + part.end())
    for m in _RU_DISTRICT_LIST.finditer(sentence):
        # «в Райымбекском, Карасайском и Енбекшиказахском районах»: one district per adjective.
        for part in re.finditer(r"([А-ЯЁ][а-яё-]+?)(?:ском|цком)", m.group(1)):
            add_district(f"{part.group(1)}ский район", m.start(1) + part.start(), m.start(1) + part.end())
    if _RU_AREA.search(sentence):
        # «в Кордайском районе, другая – в Таласском»: a district's adjective alone, «районе» said once.
        for m in _ELIDED_DISTRICT.finditer(sentence):
            add_district(f"{m.group(2)}ский район", m.start(1), m.end(1))
    for m in _REGION_ADJECTIVE.finditer(sentence):
        # «Карагандинская областная больница»: the region's own hospital.
        places = [p for p in gazetteer.lookup(f"{m.group(1)}ая область") if p.precision == "region"]
        if places:
            add(places[0].name, places, m.start(), m.start() + len(m.group(0).split()[0]))
    for m in _TOWN_ADJECTIVE.finditer(sentence):
        # «Экибастузский родильный дом» is the town's own; «Карагандинский» is Караганда's, «Уральский»
        # Уральск's.
        stem = m.group(1)
        tried = [stem, stem + "ск", stem + "а", stem + "ы"]
        if stem.endswith("ин"):
            tried = [stem[:-2] + "а", stem[:-2] + "ы", *tried]  # «Карагандинский», «Алматинский»
        written, places = next(
            ((t, hits) for t in tried if (hits := [p for p in gazetteer.lookup(t) if p.precision == "city"])),
            (stem, []),
        )
        if regions:
            places = [p for p in places if _within(p, regions)]
        add(written, places, m.start(), m.end())
    for m in _CAPITALISED.finditer(sentence):
        name = m.group(1)
        after_in = bool(re.search(r"(?:^|\s)(?:в|во)\s+$", sentence[: m.start()], re.IGNORECASE))
        if _SURNAME.match(sentence[m.end() :]) or (_SURNAME.fullmatch(name.split()[-1]) and not after_in):
            # «Қайрат Беделмановтың»: a person, though «Қайрат» is also a microdistrict («в Сатпаеве»
            # is a town named after one).
            continue
        places = [
            p
            for p in _lookup(name, gazetteer, lang)
            if p.precision in ("city", "region", "district", "microdistrict", "landmark")
        ]
        if not places and " " in name:
            first = name.split()[0]
            places = [p for p in _lookup(first, gazetteer, lang) if p.precision in ("city", "region", "district")]
            name = first
        places = _ranked(places, name, regions)
        if regions and places and places[0].importance < 2 and not _within(places[0], regions):
            # «Масанчи» in an article on Almaty is a street, not the village in Zhambyl Region: a name
            # that is only a small place elsewhere is no place of this article.
            continue
        if m.start() == 0 and places and places[0].importance < 1 and places[0].precision == "city":
            # A sentence's first word is capitalised anyway: a known town there is the bigger homonym
            # («Жезқазғандағы аурухана»: the city, not the village of that name), or none.
            places = [p for p in places if p.importance >= 1] or places
        if places and (m.start() > 0 or places[0].importance >= 1 or places[0].precision != "city"):
            written = places[0].name if lang == "ru" else (places[0].name_kk or places[0].name)
            add(written, places, m.start(), m.start() + len(name))
    found.sort(key=lambda x: x.at)
    for before, mention in zip(found, found[1:], strict=False):
        between = sentence[before.end : mention.at]
        # Only a comma or «и»/«және» between: one list.  A district in brackets may follow a name
        # («Арнасай (Аршалы ауданы), Ескі Қалқұтан»).
        between = re.sub(r"^\s*\([^()]{0,40}\)", "", between)
        if re.fullmatch(
            r"\s*(?:,|,?\s*и|,?\s*және|\s*мен|\s*пен|\s*бен|,?\s*а также)\s*(?:в|во)?\s*(?:с\.|мкр\.|п\.)?\s*", between
        ):
            mention.group = before.group
        else:
            mention.group = mention.at
    return found


def _summed_up(f: Facility, facilities: list[Facility]) -> bool:
    """Whether ``f`` only sums up other facilities of its kind: the headline alone names it, the article names them."""
    others = [o for o in facilities if o is not f and o.kind == f.kind]
    if f.key or f.figures or not others:
        return False
    # «Сарқан ауданының екі ауылында жаңа ФАП ашылды»: the headline's facility in a district, when the
    # article lists two or more of its kind in their villages.
    # (A place it takes from a later sentence is its own: «поликлиника в Жамбылском районе».)
    coarse = f.place is None or (f.place.place.precision in ("district", "region", "country") and f.place.sentence <= 0)
    if f.sentences[:1] == [0] and not f.from_list and coarse and sum(o.from_list for o in others) >= 2:
        return True
    return f.sentences == [0] and any(o.sentences != [0] for o in others)


def _history(lowered: str, year: int | None) -> bool:
    """Whether a sentence tells the past of a place: words that say so, or only years long before the article's.

    Without the article's date, a sentence whose years are all before 2005 is history: the map
    follows projects of today.
    """
    if rules.HISTORY.search(lowered):
        return True
    # «больницу, построенную в 1970 году, реконструируют»: the building's age, not the project's past.
    lowered = rules.BUILT_IN.sub(" ", lowered)
    years = [int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", lowered)]
    return bool(years) and max(years) <= (year - 5 if year else 2005)


def _nominative_place(name: str) -> str:
    """«Шугылы» → «Шугыла», when the dictionary knows the word; otherwise as written."""
    parse = _morph().parse(name)[0]
    if "Geox" in parse.tag or "Name" in parse.tag or "Surn" in parse.tag:
        return parse.inflect({"nomn"}).word.capitalize() if parse.inflect({"nomn"}) else name
    return name


def _count_before(words: list[str], lang: str = "ru") -> int:
    """Return the number written just before a noun («две поликлиники», «12 центров»), else 0.

    Only adjectives may stand between the number and the noun («два корпуса центра» counts
    the buildings), and a number a capacity word follows («570 орындық», «200-коечная») is no count.
    """
    i = len(words) - 1
    while i >= 0 and len(words) - i <= 4:
        word = words[i].lower().strip(",.")
        if re.match(r"\d", word) or word in rules.NUMBER_WORDS:
            following = words[i + 1].lower().strip(",.") if i + 1 < len(words) else ""
            if rules.CAPACITY.match(following) or rules.CAPACITY.search(word):
                return 0
            return int(word) if word.isdigit() else rules.NUMBER_WORDS.get(word, 0)
        if not _modifier(words[i], lang):
            return 0
        i -= 1
    return 0


def _plural(head: str, lang: str, count: int, *, listed: bool) -> bool:
    """Whether a facility noun stands for several: a number before it, a plural form, or a list of places after.

    «поликлиники» is a genitive singular or a nominative plural: it is plural
    only when a list of places follows («поликлиники в мкр. Курамыс и Шугыла»).
    """
    if count >= 2:
        return True
    last = head.split()[-1]
    if lang == "kk":
        return bool(re.search(r"(?:лар|лер|дар|дер|тар|тер)\w*$", last))
    nouns = [p for p in _morph().parse(last) if "NOUN" in p.tag]
    if not nouns:
        return False
    for word in head.split()[:-1]:
        # «врачебной амбулатории»: an adjective that can only be singular makes the noun singular.
        adjectives = [p for p in _morph().parse(word.lower()) if "ADJF" in p.tag]
        if adjectives and all("sing" in p.tag for p in adjectives):
            return False
    numbers = {"plur" if "plur" in p.tag else "sing" for p in nouns}
    return numbers == {"plur"} or (numbers == {"plur", "sing"} and listed)


def _modifier(word: str, lang: str) -> bool:
    """Whether a word before a facility noun belongs to its name: an adjective, «№», a capacity."""
    if lang == "kk":
        # «ауылдарындағы», «қаласындағы» say where, not which: the place is the row's, not the name's.
        w = word.lower()
        where = w.startswith(_SETTLEMENT_WORDS_KK) and w.endswith(("дағы", "дегі", "тағы", "тегі"))
        return bool(_ADJECTIVE_KK.match(w)) and not where
    if not _ADJECTIVE_RU.match(word.lower()) or len(word) < 4 and not word[:1].isdigit():
        return False
    if word[:1].isdigit():
        return True
    parse = _morph().parse(word.strip(",.«»"))[0]
    return parse.tag.POS in ("ADJF", "PRTF") and "Apro" not in parse.tag


def _existing(sentence: str, start: int) -> bool:
    """Whether the words before a facility noun say it exists already («действующий роддом»), not a project."""
    return bool(rules.EXISTING.search(_lower(sentence[max(0, start - 30) : start])))


def _name_phrase(sentence: str, start: int, end: int, lang: str) -> tuple[str, str]:
    """Return the facility's name around its noun (adjectives before, «№ 3» or «Name» after), and its key."""
    before = sentence[:start].split()
    words = []
    for word in reversed(before[-4:]):
        if _modifier(word, lang):
            words.insert(0, word)
        else:
            break
    after = sentence[end : end + 60]
    number = _NUMBER.match(after.strip())
    quoted = _QUOTED.match(after.strip()) or _QUOTED.search(sentence[max(0, start - 40) : start])
    if quoted and rules.PLACE_WORD.match(quoted.string[quoted.end() :]):
        quoted = None  # «Павлодардың «Достық» шағын ауданында … аурухана»: a microdistrict's name
    head = sentence[start:end]
    if lang == "kk":
        last = head.split()[-1]
        base = next((b for prefix, b in rules.KAZAKH_BASES if last.lower().startswith(prefix)), last)
        head = " ".join([*head.split()[:-1], base])
    # «ещё одного», «этой»: not part of the name; «новой» is, it tells a project from what stands.
    while words and rules.NAME_FILLERS.match(words[0].lower()) and not re.match(r"нов|жаңа", words[0].lower()):
        words = words[1:]
    phrase = " ".join([*words, head])
    key = ""
    # «№1 қалалық клиникалық аурухана»: the number before the name, as Kazakh writes it.
    ahead = (
        None
        if number
        else re.search(r"№\s?(\d+)\s+(?:[а-яёәғқңөұүһі-]+\s+){0,3}$", sentence[max(0, start - 50) : start])
    )
    if ahead and not re.search(r"\d", sentence[max(0, start - 50) : start][ahead.end(1) :]):
        phrase = (
            f"№{ahead.group(1)} {phrase[:1].lower() + phrase[1:]}" if lang == "kk" else phrase + f" № {ahead.group(1)}"
        )
        key = f"№{ahead.group(1)}"
    elif number:
        phrase += f" № {number.group(1)}"
        key = f"№{number.group(1)}"
    elif quoted and quoted.start() < 3:
        phrase += f" «{quoted.group(1)}»"
        key = quoted.group(1).lower()
    if lang == "ru":
        phrase = _to_nominative(phrase)
    return phrase[:1].upper() + phrase[1:], key


def _to_nominative(phrase: str) -> str:
    """Return a Russian noun phrase in the nominative singular («городского родильного дома» → «городской родильный дом»).

    The adjectives take the gender of the first noun, so that they agree with it.
    """
    morph = _morph()
    words = phrase.split()
    parses = []
    for word in words:
        if not re.fullmatch(r"[А-Яа-яЁё-]+", word):
            parses.append(None)
            continue
        parses.append(next((p for p in morph.parse(word) if {"NOUN", "ADJF", "PRTF"} & {str(p.tag.POS)}), None))
    head = next((p for p in parses if p is not None and p.tag.POS == "NOUN"), None)
    gender = head.tag.gender if head is not None else None
    out = []
    after_head = False
    for word, parse in zip(words, parses, strict=True):
        if after_head or parse is None:
            # What follows the head keeps its case («корпус Казалинской районной больницы»).
            out.append(word)
            continue
        after_head = parse is head
        wanted = {"nomn", "sing"}
        if parse.tag.POS in ("ADJF", "PRTF") and gender:
            wanted.add(gender)
        if (
            parse is not head
            and parse.tag.POS == "NOUN"
            and head is not None
            and parses.index(parse) > parses.index(head)
        ):
            out.append(word)  # a noun after the head keeps its case («центр реабилитации»)
            continue
        form = parse.inflect(wanted) or parse.inflect({"nomn"})
        text = form.word if form else word
        # Each capitalised part keeps its capital: «Восточно-Казахстанской» → «Восточно-Казахстанская».
        parts = text.split("-")
        if len(parts) == len(word.split("-")):
            text = "-".join(
                p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, word.split("-"), strict=True)
            )
        out.append(text)
    return " ".join(out)


def _facility_nouns(lowered: str) -> list[tuple[int, int, str, str]]:
    found: list[tuple[int, int, str, str]] = []
    # «по проекту «Строительство 100 школ, 100 больниц»»: a programme's name in quotes names no facility.
    quoted = [(q.start(), q.end()) for q in _PROGRAMME_NAME.finditer(lowered)]
    for pattern, kind, en in _NOUNS:
        for m in pattern.finditer(lowered):
            if any(a <= m.start() < b for a, b in quoted):
                continue
            if m.start() and (lowered[m.start() - 1].isalnum() or lowered[m.start() - 1] == "-"):
                continue  # inside a word («спортивно-реабилитационный»): another row names it
            if lowered[m.end() : m.end() + 1] == "-":
                continue  # the first half of a compound («клинико-диагностический»)
            if any(a < m.end() and m.start() < b for a, b, *_ in found):
                continue
            end = m.end()
            if kind == "annex":
                # «новый корпус … больницы», «диспансердің радиологиялық корпусы»: the host's kind, and
                # a host named after the building is part of its name, not a project of its own.
                after = lowered[end : end + 80]
                # Up to the next item: «новый корпус детской больницы и поликлинику» is the hospital's.
                after = re.split(r"\s+(?:и|а также|және)\s+|[,;]", after, maxsplit=1)[0]
                host = next(((k, h) for k, p in _ANNEX if (h := p.search(after))), None)
                if host is not None and not re.search(r"[.,;:]", after[: host[1].start()]):
                    kind, end = host[0], end + host[1].end()
                else:
                    # «Новый корпус площадью 1 760 кв. м»: a part of the facility named before.
                    before = lowered[max(0, m.start() - 60) : m.start()]
                    kind = next((k for k, p in _ANNEX if p.search(before)), "hospital")
                    # «диспансердің радиологиялық корпусы»: a Kazakh host in the genitive names its own building.
                    if not re.search(r"(?:ның|нің|дың|дің|тың|тің)\s+(?:[а-яәғқңөұүһі-]+\s+)?$", before):
                        en = "building"
            found.append((m.start(), end, kind, en))
    return sorted(found)


def _status_of(text: str) -> str:
    lowered = _lower(text)
    planned_date = rules.NOT_DONE.search(lowered)
    found = []
    for status, pattern in _STATUS:
        m = pattern.search(lowered)
        if not m:
            continue
        if status == "completed" and planned_date:
            continue  # «завершение запланировано на …» is a promise, not a fact
        if (
            status == "construction"
            and re.match(r"возвод|стро|ремонтир", m.group(0))
            and rules.FUTURE_START.search(lowered[max(0, m.start() - 30) : m.start()])
        ):
            continue  # «начнут возводить в 2016 году»: works still to begin
        if status == "completed" and rules.PART_DONE.search(lowered[max(0, m.start() - 30) : m.end() + 30]):
            status = "construction"  # «на 85% завершено строительство»: works under way
        found.append((status, m.group(0)))
    if not found:
        return ""
    status, word = found[0]
    if status == "construction" and rules.WEAK_CONSTRUCTION.fullmatch(word) and any(s == "design" for s, _ in found):
        return "design"  # «ведется корректировка ПСД» is design work
    return status


_STATUS_RANK = {"completed": 5, "cancelled": 5, "suspended": 4, "construction": 3, "design": 2, "planned": 1, "": 0}


def _works(text: str) -> list[str]:
    lowered = _lower(text)
    return [work for work, pattern in _WORK if pattern.search(lowered)]


def _money(clause: str) -> list[tuple[str, str]]:
    """Return (column, figure) of each sum of money in a clause."""
    out = []
    # «36 млрд 416 млн теңге» is 36,416 млрд; «1 млрд 125 млн 900 мың» 1,1259 млрд.
    lowered = rules.COMPOSITE_MONEY.sub(_one_sum, _lower(clause))
    before = 0  # a cue before an earlier sum is that sum's: «құны 7,2 млрд теңге, оның ішінде 4,2 млрд … бөлінді»
    for m in rules.MONEY.finditer(lowered):
        head = lowered[max(before, m.start() - 80) : m.start()]
        before = m.end()
        tail = lowered[m.end() : m.end() + 40]
        column = _money_kind(head, tail)
        figure = m.group(1) + (" " + m.group(2) if m.group(2) else "")
        qualifier = re.search(r"(более|свыше|около|порядка|почти|шамамен|астам|до)\s*$", head) or re.match(
            r"\s*\w*\s*(астам)", tail
        )
        if qualifier:
            word = qualifier.group(1)
            figure = f"{figure} {word}" if word == "астам" else f"{word} {figure}"
        out.append((column, figure.replace("  ", " ")))
    return out


def _one_sum(m: re.Match) -> str:
    """Write a sum given in several scales («1 млрд 125 млн 900 мың») in the largest one, as a decimal."""
    if m.group(1):
        whole, parts, scale = m.group(1), [m.group(2), m.group(3) or "0"], "млрд"
    else:
        whole, parts, scale = m.group(4), [m.group(5)], "млн"
    fraction = "".join(f"{int(p):03d}" for p in parts).rstrip("0")
    return f"{whole},{fraction} {scale}" if fraction else f"{whole} {scale}"


def _money_kind(head: str, tail: str) -> str:
    """Which money a sum is: the cue nearest before it, else the nearest after it, else a cost."""
    before = [(max((m.end() for m in p.finditer(head)), default=-1), c) for c, p in _MONEY_KINDS]
    at, column = max(before)
    if at >= 0:
        return column
    after = [(min((m.start() for m in p.finditer(tail)), default=10**6), c) for c, p in _MONEY_KINDS]
    at, column = min(after)
    return column if at < 10**6 else "cost_kzt"


def _figures(clause: str) -> dict[str, str]:
    lowered = _lower(clause)
    out: dict[str, str] = {}
    for column, figure in _money(clause):
        out.setdefault(column, figure)
    for column, pattern in _FIGURES:
        if column in out:
            continue
        m = pattern.search(lowered)
        if column == "floors" and not m:
            # «трехэтажного корпуса», «восьмиэтажное здание»
            word = rules.FLOOR_WORDS_PATTERN.search(lowered)
            if word:
                out[column] = str(rules.FLOOR_WORDS[word.group(1)])
            continue
        if m:
            value = m.group(1).strip()
            if m.lastindex and m.lastindex >= 2 and m.group(2):
                value += " " + m.group(2)
            if parse_figure(value) is not None:
                out[column] = value
    return out


def _clauses(sentence: str) -> list[str]:
    return [c for c in re.split(r";|, а также |, а также|, ал ", sentence) if c.strip()]


def _dates(text: str) -> tuple[str, str]:
    """Return (start, due) as the sentence writes them: each date phrase goes with the nearest cue in its clause."""
    lowered = _lower(text)
    start = due = ""
    for m in rules.DATE_PHRASES.finditer(lowered):
        clause_start = max(
            lowered.rfind(",", 0, m.start()), lowered.rfind(";", 0, m.start()), lowered.rfind("–", 0, m.start()) - 15, 0
        )
        clause_end = min(
            [i for i in (lowered.find(",", m.end()), lowered.find(";", m.end())) if i >= 0] or [len(lowered)]
        )
        head, tail = lowered[clause_start : m.start()], lowered[m.end() : clause_end]
        near = []
        for which, cues in (("start", rules.START_CUES), ("due", rules.DUE_CUES), ("either", rules.PLAN_CUES)):
            before = [len(head) - c.end() for c in cues.finditer(head)]
            after = [c.start() + 1000 for c in cues.finditer(tail)]
            if before or after:
                near.append((min(before + after), which))
        # «запланировано» goes with whichever of start and end its clause speaks of; alone, it is the end.
        strong = [n for n in near if n[1] != "either"]
        near = strong or [(at, "due") for at, _ in near]
        if rules.DUE_BY_ITSELF.search(lowered[m.start() : m.end()]):
            near.append((-1, "due"))
        if not near:
            continue
        which = min(near)[1]
        # «в декабре 2025 года» is written «декабре 2025 года»; «в этом году», «к Новому году» keep their word.
        phrase = re.sub(
            r"^(?:в|на|к)\s+(?!(?:этом|текущем|следующем|будущем|новом) (?:году|месяце)|новому году|нового года|середин|конц|"
            r"начал)",
            "",
            text[m.start() : m.end()].strip(),
            flags=re.IGNORECASE,
        )
        if which == "start" and not start:
            start = phrase
        elif which == "due" and (not due or (not re.search(r"\d", due) and re.search(r"\d{4}", phrase))):
            # «жобалау жұмыстарын биыл аяқтау …, орталықтың өзі 2028 жылы іске қосылмақ»: a year
            # written out is the facility's date sooner than «this year» said of a step before it.
            due = phrase
    return start, due


def draft(article: Article, gazetteer: Gazetteer) -> Draft:
    """Return the facilities ``article`` reports, with places, figures, status, dates and the sentences behind them."""
    lang = language(article.text)
    year = int(article.published[:4]) if re.match(r"\d{4}", article.published or "") else None
    split = _sentences(article.text)
    text_sentences = [s for s, _ in split]
    paragraph = [p for _, p in split]
    # The regions the headline and lead name: villages of the article are looked for there.
    lead = [m.place for s in text_sentences[:3] for m in _place_mentions(s, gazetteer, lang)]
    # The regions it names, else those of the districts and big cities (a region's own city) it names.
    regions = frozenset(p.region for p in lead if p.precision == "region" and p.region) or frozenset(
        p.region for p in lead if (p.precision == "district" or p.importance >= 2) and p.region
    )
    # A region as it was: an article of 2020 on «Восточно-Казахстанская область» may speak of Аягоз,
    # in Abai Region since 2022 (geo.places.regions.wider_regions).
    regions = frozenset(wider for r in regions for wider in gazetteer.wider.get(r, {r}))
    facilities: list[Facility] = []
    notes: list[str] = []
    context: list[Mention] = []
    last: list[Facility] = []  # the facilities the latest sentence about one spoke of
    parts: dict[str, Facility] = {}  # kinds named as part of a facility («больница с поликлиникой»)
    counted_before: dict[str, tuple[int, str, str]] = {}  # kind → (how many, English noun, name) of a count
    context_last: list[Mention] = []  # the places the sentence before named
    each: dict[str, dict[str, str]] = {}  # figures stated for every facility of a kind
    last_at = -1
    for k, sentence in enumerate(text_sentences):
        lowered = _lower(sentence)
        mentions = _place_mentions(sentence, gazetteer, lang, regions)
        for m in mentions:
            m.sentence = k
        context += mentions
        previous = [m for m in (context_last or []) if m.place.precision in _SETTLEMENT]
        context_last = mentions
        nouns = _facility_nouns(lowered)
        # «ходят к врачам в новую амбулаторию»: a new facility is a project.
        cued = bool(rules.PROJECT_CUES.search(lowered))
        # Nouns that are projects by their own words: «в новую клинику», and «Самый крупный объект —
        # городская многопрофильная больница на 300 коек» (a capacity says what is being built).
        new_nouns = {
            start
            for start, end, kind, _ in nouns
            if (
                rules.NEW_BEFORE.search(lowered[max(0, start - 25) : start])
                or rules.CAPACITY_AFTER.match(lowered[end : end + 40])
            )
            and not any(f.kind == kind for f in facilities)
        }
        about_project = cued or bool(new_nouns)
        # «… заложили ещё семь объектов. Среди них – поликлиника …»: what the sentence before spoke of.
        refers_back = bool(k and rules.REFERS_BACK.match(lowered.lstrip('«"— ')))
        about_project = about_project or (
            refers_back and bool(rules.PROJECT_CUES.search(_lower(text_sentences[k - 1])))
        )
        if about_project and _history(lowered, year):
            about_project = False  # «её построили в 1968 году»: the past of a place, not a project
        if rules.NO_WORKS.search(lowered):
            about_project = False  # «емханаларды сенімгерлік басқаруға беру»: who runs them, no works
        here: list[Facility] = []
        several = False  # the sentence speaks of several other facilities together
        own_text = sentence  # the sentence without what it says of several facilities together
        # What follows a noun up to the next noun or clause is its own: «родильного дома на 80 коек в
        # Туркестане, многопрофильной больницы в Сарыагаше и … центра на 200 коек в Кажымукане».
        tails = [
            _tail_end(sentence, n[1], nouns[j + 1][0] if j + 1 < len(nouns) else len(sentence))
            for j, n in enumerate(nouns)
        ]
        # Places other than regions and the country: what a facility of this sentence may stand at.
        own = [m for m in mentions if m.place.precision not in ("region", "country")]
        # What the sentence before spoke of, unless this one speaks of something else too («также»).
        recent = last if last_at == k - 1 and not rules.ALSO.search(lowered) else []
        if last and rules.HOUSED.search(lowered) and rules.IN_IT.search(lowered):
            # «Ол ашылғаннан кейін мұнда … емханасы … орналасады»: parts of the facility just named.
            nouns = []
        for i, (start, end, kind, en) in enumerate(nouns):
            tail = tails[i]
            # «500 орындық емхана», «коечная»: a capacity written against the noun.
            capacity = rules.CAPACITY_BEFORE.search(lowered[max(0, start - 40) : start])
            capacity_value = capacity.group(1).replace(" ", "") if capacity else ""
            # The last word of the noun before: «инфекционного отделения» + «местной больницы».
            unit = lowered.rfind(" ", nouns[i - 1][0], nouns[i - 1][1]) + 1 or nouns[i - 1][0] if i else start
            # «На месте старейшего роддома построят новый»: the new one, its noun left out, is this kind's project.
            replaced = (
                rules.NEW_ALONE.search(lowered[end:])
                if rules.IN_PLACE_OF.search(lowered[max(0, start - 40) : start])
                else None
            )
            if (
                not replaced
                and (
                    rules.HOST_BEFORE.search(lowered[max(0, start - 40) : start])
                    or rules.ACTOR_BEFORE.search(lowered[max(0, start - 60) : start])
                    or rules.UNIT_OF.fullmatch(lowered, unit, start)
                    # «ауданаралық аурухананың перзентханасы»: the hospital whose maternity ward it is.
                    or (
                        rules.GENITIVE.search(lowered[start:end])
                        and i + 1 < len(nouns)
                        and re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", lowered[end : nouns[i + 1][0]])
                    )
                    or rules.HOST_AFTER.match(lowered[end:])
                    or (rules.GENITIVE.search(lowered[start:end]) and rules.BUILDING_AFTER.match(lowered[end:]))
                )
            ):
                # The building a project uses, not a project; named by its number, the project it is.
                number = _NUMBER.match(sentence[end : end + 8].strip())
                known = next((f for f in facilities if number and f.key == f"№{number.group(1)}"), None)
                if known is not None and known not in here:
                    here.append(known)
                if here and rules.PART_WITH.search(lowered[max(0, start - 40) : start]):
                    parts[kind] = here[-1]  # «больница с поликлиникой»: its polyclinic, named again later
                continue
            if kind in parts and not rules.NEW_BEFORE.search(lowered[max(0, start - 25) : start]):
                # «… а мощность поликлиники – 200 посещений в день»: the hospital's own polyclinic.
                here += [parts[kind]] if parts[kind] not in here else []
                continue
            if _existing(sentence, start) or rules.TRAINING.search(lowered):
                # «действующий роддом», «жұмыс істеп тұрған аурухана»; the clinics where doctors trained.
                continue
            if rules.BOTH.search(lowered[max(0, start - 20) : start]):
                # «оба ФАПа обойдутся в 100 млн»: the ones just named, together.
                here += [f for f in last if f.kind == kind and f not in here]
                continue
            numbers = _numbers_listed(sentence, start, end)
            if len(numbers) >= 2 and (about_project or refers_back):
                # «городские поликлиники № 3, 5, 7 и 12», «№2 және №13 қалалық емханалар»: one each.
                name, _ = _name_phrase(sentence, start, end, lang)
                singular = re.sub(r"^№\s?\d+\s+|\s*№.*$", "", _singular(name, lang))
                singular = singular[:1].upper() + singular[1:]
                mention = _nearest(own, start)
                for n in numbers:
                    f = next((f for f in facilities if f.kind == kind and f.key == f"№{n}"), None)
                    if f is None:
                        f = Facility(kind, en, f"{singular} № {n}", f"№{n}")
                        f.place = mention
                        facilities.append(f)
                    if f not in here:
                        here.append(f)
                continue
            words = sentence[:start].split()
            count = _count_before(words, lang)
            after = [m for m in own if start < m.at < end + 80]
            numbered = bool(_NUMBER.match(sentence[end : end + 8].strip()))
            plural = not numbered and _plural(sentence[start:end], lang, count, listed=len(after) >= 2)
            # «Қызылжар, Шұбар және Алтынемел ауылдарында дәрігерлік амбулатория салынып жатыр»: one per village.
            lists = _lists(own, start, end, sentence, nouns=[n[0] for n in nouns if n[0] != start])
            if lists and not numbered:
                plural = True
            # «Қарағанды мен Теміртауда жаңа емханалар …: Қарағандыда екі емхана ашылды»: the sentence counts
            # several of them in one town, so its list is not one facility per town.
            counted = (
                plural
                and not count
                and any(
                    j != i and n[2] == kind and _count_before(sentence[: n[0]].split(), lang) >= 2
                    for j, n in enumerate(nouns)
                )
            )
            if plural:
                # «поликлиники в мкр. Курамыс и Шугыла»: one facility per place of the list.
                # Places of one list only: «в Наурызбайском районе Алматы» is one place, said twice.
                listed = [] if counted else lists
                # «12 перинатальных центров … Они откроются в Астане, Алматы, Шымкенте …»: the next sentence's
                # list, or the one after when the next only comments («Так выполняется поручение …»).
                for later in text_sentences[k + 1 : k + 3] if count and not listed and not counted else []:
                    following = _place_mentions(later, gazetteer, lang, regions)
                    groups: dict[int, list[Mention]] = {}
                    for m in following:
                        if m.place.precision not in ("region", "country"):
                            groups.setdefault(m.group, []).append(m)
                    listed = max(groups.values(), key=len, default=[])
                    listed = listed if len(listed) >= 2 else []
                    listed = listed or _spread(following, count)
                    if listed or following:
                        break
                # «Үш нысан салынуда. Олар – Опытное, Ушанова және Алтай ауылдарындағы дәрігерлік амбулаториялар»:
                # a list that names what the sentence before spoke of.
                follows = k > 0 and bool(rules.PROJECT_CUES.search(_lower(text_sentences[k - 1])) or refers_back)
                if listed and (about_project or (follows and lists)):
                    before = len(facilities)
                    name, _ = _name_phrase(sentence, start, end, lang)
                    singular = _singular(name, lang)
                    # «Петропавлда және Уәлиханов ауданының Кішкенекөл ауылында»: an item that is a district
                    # is the village it names right after.
                    listed = [_village_of(m, mentions, sentence) for m in listed]
                    # «25 орындық дәрігерлік амбулаториялар»: the capacity is each one's figure, not its name.
                    bare = re.sub(
                        r"^(?:\d[\d ]*\s*)?(?:орындық|төсектік|коечн\w*|местн\w*)\s+", "", singular, flags=re.I
                    )
                    singular = bare[:1].upper() + bare[1:]
                    for mention in listed[: count or len(listed)]:
                        f = _find(facilities, kind, mention) or Facility(
                            kind, en, f"{singular} ({mention.text})", "", from_list=True
                        )
                        f.place = f.place or mention
                        if capacity:
                            f.figures.setdefault(_capacity_column(kind), capacity_value)
                        if f not in facilities:
                            facilities.append(f)
                        here.append(f)
                    if not about_project:
                        # The sentence before said what happens to them («… ашу жоспарланған»).
                        _gather(facilities[before:], text_sentences[k - 1], notes)
                elif about_project and 2 <= count <= _FEW and len(nouns) == 1 and len(_towns(own)) == 1:
                    # «Атырау қаласында екі заманауи емхана бой көтеріп жатыр»: two projects at one town.
                    name, _ = _name_phrase(sentence, start, end, lang)
                    singular = _singular(name, lang)
                    for n in range(1, count + 1):
                        f = _counted(facilities, kind, n, count)
                        if f is None:
                            f = Facility(kind, en, f"{singular} ({n}/{count})", "", from_list=True)
                            f.place = _towns(own)[0]
                            facilities.append(f)
                        here.append(f)
                elif count >= 2 or plural:
                    several = about_project  # not «шетелдегі клиникалармен»: a comparison
                    if about_project:
                        notes.append(sentence)
                        if 2 <= count <= _FEW:
                            # «Екі жаңа аурухана салынады. Бірінші аурухана …, екіншісі …»: named one by one later.
                            counted_before[kind] = (
                                count,
                                en,
                                _singular(_name_phrase(sentence, start, end, lang)[0], lang),
                            )
                    # «250 төсектік екі перинаталдық орталық пен жаңа аурухана»: the figures of the several
                    # go to none of the others the sentence names.
                    phrase = max(0, start - len(" ".join(words[-5:])) - 1)
                    own_text = own_text[:phrase] + " " * (end - phrase) + own_text[end:]
                    if rules.EACH.search(lowered):
                        # «әрқайсысы 250 төсекке арналған екі перинаталдық орталық»: each one's figures, for
                        # the facilities of that kind the article then names one by one.
                        for column, value in _figures(sentence).items():
                            each.setdefault(kind, {}).setdefault(column, value)
                continue
            name, key = _name_phrase(sentence, start, end, lang)
            if replaced:
                # «На месте старейшего роддома … построят новый»: «Новый роддом», not the old one's name.
                name = _to_nominative(f"{replaced.group(0).split()[-1]} {sentence[start:end]}")
                name = name[:1].upper() + name[1:]
            mention = _district_named(name, gazetteer, start, end)
            if mention is None and len(nouns) >= 2:
                # What follows the noun, and a town's adjective just before it («Экибастузский родильный дом»).
                inside = [m for m in own if end <= m.at < tail or _precedes(m, start, sentence)]
                others = [
                    m
                    for j, n in enumerate(nouns)
                    if j != i
                    for m in own
                    if n[1] <= m.at < tails[j] or _precedes(m, n[0], sentence)
                ]
                # Its own place, else none rather than a place another facility of the list has.
                mention = _nearest(inside, start) or (None if others else _nearest(own, start))
            elif mention is None:
                mention = _nearest(own, start)
            if mention is None and rules.HERE.search(lowered) and previous:
                # «Алғашқы лента Жаңатұрмыс елді мекенінде қиылды. Мұндағы … амбулатория»: the place just named.
                mention = previous[-1]
            if (
                en == "clinic"
                and rules.BARE_CLINIC.fullmatch(lowered[start:end])
                and re.fullmatch(r"(?:нов\w+ )?клиник\w*", name.lower())
                and not key
                and not re.search(r"[№\d]", sentence[max(0, start - 25) : start])
                and (here or last)
            ):
                # «поздравил жителей с открытием клиники»: the facility just named, said in other words.
                here += [f for f in ([] if here else last) if f not in here]
                continue
            if en == "building" and (here or last):
                # «Новый корпус площадью …», «К больнице пристраивают дополнительный корпус»: the facility this
                # sentence names («на территории больницы № 2 … нового корпуса»), else the one just named.
                here += [f for f in ([] if here else last) if f not in here]
                continue
            en = "new building" if en == "building" else en
            ordinal = rules.ORDINAL.search(lowered[max(0, start - 30) : start])
            if ordinal and kind in counted_before:
                # «Бірінші аурухана Кентау қаласында …», «Первая больница появится в Кентау, вторую построят в
                # Арыси»: the first of those counted before, and the next, its noun left out.
                f = _one_of(counted_before[kind], kind, rules.ORDINALS[ordinal.group(1)], facilities)
                if mention and (f.place is None or _finer(mention, f.place)):
                    f.place = mention
                here += [f] if f not in here else []
                then = rules.ORDINAL_ALONE.search(lowered, end)
                if then:
                    g = _one_of(counted_before[kind], kind, rules.ORDINALS[then.group(1)], facilities)
                    g.place = g.place or _nearest([m for m in own if m.at >= then.end()], then.end())
                    here += [g] if g not in here else []
                continue
            # «в новую клинику перейдут больные … областной больницы»: only the new one is a project.
            this_one = about_project and (cued or refers_back or start in new_nouns)
            if not this_one:
                # Not about works or money: a facility named again, if any, is what the sentence speaks of.
                known = _same(facilities, kind, key, mention, here, name, recent=recent, en=en)
                if known is not None:
                    here.append(known)
                continue
            # «тағы бір амбулатория», «ещё одна поликлиника»: another one, never the one before.
            another = bool(rules.ANOTHER.search(lowered[max(0, start - 30) : start]))
            # «бірінші перинаталдық орталық», «второй центр»: one of those counted before.
            ordinal = rules.ORDINAL.search(lowered[max(0, start - 30) : start])
            f = _counted(facilities, kind, rules.ORDINALS[ordinal.group(1)], None) if ordinal else None
            f = f or (None if another else _same(facilities, kind, key, mention, here, name, recent=recent, en=en))
            if f is not None and capacity:
                # «75 төсектік … аурухана» is not «200 төсектік … аурухана» in the same town.
                said = f.figures.get(_capacity_column(kind))
                if said and said != capacity_value:
                    f = None
            if f is None and capacity and not another and not ordinal:
                # «500 төсектік аурухана» in the headline, «500 төсекке арналған көпбейінді аурухана» in the text:
                # the same capacity of the same kind, at the same place or one that holds it.
                f = next(
                    (
                        g
                        for g in facilities
                        if g.kind == kind
                        and g not in here
                        and not g.from_list
                        and g.figures.get(_capacity_column(kind)) == capacity_value
                        and (mention is None or g.place is None or not _apart(mention, g.place))
                    ),
                    None,
                )
            if f is None:
                f = Facility(kind, en, name, key)
                facilities.append(f)
            if mention and (f.place is None or _finer(mention, f.place)):
                f.place = mention
            if f not in here:
                here.append(f)
            then = rules.ORDINAL_ALONE.search(lowered, end) if ordinal else None
            second = _counted(facilities, kind, rules.ORDINALS[then.group(1)], None) if then else None
            if second is not None and second not in here:
                # «Первая поликлиника появится …, вторая – на улице …»: the next one, its noun left out.
                here.append(second)
                mention = _nearest([m for m in own if m.at >= then.end()], then.end())
                if mention and (second.place is None or _finer(mention, second.place)):
                    second.place = mention
            if len(nouns) >= 2 and not rules.TRAPS.search(_lower(sentence[end:tail])):
                # «… дома на 80 коек в Туркестане, …»: figures after the noun, before the next, are its own.
                figures = _figures(sentence[end:tail])
                for column, value in figures.items():
                    f.figures.setdefault(column, value)
                if figures:
                    own_text = own_text[:end] + " " * (tail - end) + own_text[tail:]
            # «500 орындық емхана мен 200 орындық перзентхана»: a capacity written against its noun is that facility's.
            if capacity:
                f.figures.setdefault(_capacity_column(kind), capacity_value)
                at = max(0, start - 40) + capacity.start()
                own_text = own_text[:at] + " " * (start - at) + own_text[start:]
        if not here and not nouns and rules.OTHER_OBJECTS.search(lowered) and not rules.HEALTH_WORDS.search(lowered):
            # «школа на 600 мест … выполнено 35%»: a school, a road, a gym is not the facility before it.
            last = []
        elif not here and rules.REMENTIONS.search(lowered) and not rules.COUNTED_GENERIC.search(lowered):
            # «центр в Темирлане»: the facility at a place the sentence names.
            placed = [
                f for f in facilities if f.place is not None and any(m.place.id == f.place.place.id for m in mentions)
            ]
            here = placed[-1:]
        if not here and not nouns and about_project and not rules.OTHER_OBJECTS.search(lowered):
            # «Тақыр мен Жаңаауыл ауылдарында … тағы 2 жоба жоспарланып отыр», «строятся медицинские
            # объекты в сёлах Тогыз, Сарысай и Шокысу»: one facility per village of the list.
            before = _lower(text_sentences[k - 1]) if k else ""
            here = _generic_per_village(lowered, mentions, facilities, lang, before=before)
            if here and rules.THEIR.match(lowered):
                # «До конца года планируется завершить … семи объектов. Их возводят в сёлах …»: what the
                # sentence before said of them is theirs.
                start, due = _dates(text_sentences[k - 1])
                told = _status_of(text_sentences[k - 1])
                for f in here:
                    f.start, f.due, f.status = f.start or start, f.due or due, f.status or told
        elided = rules.ORDINAL_FIRST.match(lowered)
        if not here and not nouns and elided and len(counted_before) == 1:
            # «Екіншісі Арыс қаласында бой көтереді», «Вторую построят в Арыси»: the next of those counted.
            (kind, counted), *_ = counted_before.items()
            # (One the count's list already placed here is that one.)
            placed = [
                f for f in facilities if f.kind == kind and f.place and any(m.place.id == f.place.place.id for m in own)
            ]
            f = placed[0] if placed else _one_of(counted, kind, rules.ORDINALS[elided.group(1)], facilities)
            f.place = f.place or _nearest(own, 0)
            here = [f]
        if not here and not nouns and rules.THEIR.match(lowered) and len(last) == 1 and last_at == k - 1:
            # «Үш ауылда медициналық пункт ашылды. Олар … Жандосов, Ұмтыл және Береке ауылдарында»: the
            # counted facility is one per village the next sentence lists.
            villages = _towns([m for m in mentions if m.typed])
            if len(villages) >= 2 and rules.COUNTED_PLACES.search(_lower(text_sentences[k - 1])):
                here = _one_per_village(last[0], villages, facilities)
        continued = False
        if not here and rules.COUNTED_GENERIC.search(lowered):
            # «сегіз медициналық нысанның ашылғанын»: a statement about several others.
            if rules.PROJECT_CUES.search(lowered):
                notes.append(sentence)
        elif not here and last and not several and not _other_place(mentions, last):
            # No facility named: a re-mention («объект», «нысан», «её»), or the very next sentence about it.
            # In the same paragraph, a sentence that names nothing still speaks of it (Kazakh has no «её»).
            if rules.REMENTIONS.search(lowered) or k == last_at + 1 or paragraph[k] == paragraph[last_at]:
                here, continued = list(last), not rules.REMENTIONS.search(lowered)
        if re.search(r"всем (?:трем|двум|четырем|\d+) объектам|всех объектов|барлық нысан|екі нысан|үш нысан", lowered):
            here = list(facilities)
        elif not nouns and rules.ALL_OF_THEM.search(lowered) and len(facilities) > len(here) and not continued:
            # «Ввести объекты в эксплуатацию планируется до конца года»: a date for all the article's facilities.
            start, due = _dates(sentence)
            for f in facilities:
                f.start, f.due = f.start or start, f.due or due
        for f in here:
            if k not in f.sentences:
                f.sentences.append(k)
        # «её построили в 1968 году»: the past of a place says nothing of the project's status.
        _gather(here, own_text, notes, status=not continued and not _history(lowered, year))
        if here and refers_back:
            told = _status_of(text_sentences[k - 1])
            for f in here:
                # «… ожидается заключение госэкспертизы по нескольким проектам. Это поликлиника …»: the later
                # stage wins, as in _gather.
                if _STATUS_RANK.get(told, 0) > _STATUS_RANK.get(f.status, 0):
                    f.status = told
        if here:
            last, last_at = here, k
    # The headline sums the news up: a facility no sentence gives a status takes the headline's.
    headline = _status_of(text_sentences[0]) if text_sentences else ""
    for f in facilities:
        f.status = f.status or headline
        if f.status in ("planned", "") and _soon(f.due, article.published):
            # «К концу августа должны ввести в эксплуатацию новую больницу» (in July): it is being built.
            f.status = "construction"
    # A facility only the headline names, where the article then names facilities of its kind one by
    # one («Ақсуат ауданының екі ауылында медициналық пункт ашылды»), is those facilities summed up.
    facilities = [f for f in facilities if not _summed_up(f, facilities)]
    for f in facilities:
        for column, value in each.get(f.kind, {}).items():
            f.figures.setdefault(column, value)
    return Draft(article, lang, facilities, _unique(notes), text_sentences, context)


def _lists(mentions: list[Mention], start: int, end: int, sentence: str, *, nouns: list[int] = ()) -> list[Mention]:
    """Return the list of two places or more next to a facility noun, in the same clause, or [].

    ``nouns`` are where the sentence's other facility nouns start: a list with one of them between is
    theirs («поликлиника в Жамбылском районе и врачебные амбулатории в Райымбекском, … районах»).

    A list broken by the districts its villages belong to («Красноармейка, Чернорецк ауылдарында,
    Шарбақты ауданындағы Хмельницкий … және Жолқұдық ауылдарында дәрігерлік бөлімшелердің …») is
    every village the clause names before the noun.
    """
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(m.group, []).append(m)
    for group in groups.values():
        if len(group) < 2:
            continue
        first, last = group[0].at, group[-1].end
        gap = sentence[last:start] if last <= start else sentence[end:first] if first >= end else ""
        low, high = (last, start) if last <= start else (end, first)
        if any(low <= n < high for n in nouns) or _items_between(group, sentence):
            continue
        # The words between may hold the settlement word itself («… в населённых пунктах Ыкыластемир и Тореарык»).
        # (The dot of «в мкр. Курамыс» ends no clause.)
        gap = re.sub(r"(?:^|\s)(?:мкр|мкрн|с|п|пос|г|ул|ж\.\s?м)\.", " ", gap)
        # («үш ФАП салынады: Қарабалық, Денисов және Әулиекөл аудандарында»: a colon introduces the list.)
        if (
            (last <= start or first >= end)
            and len(gap) < 80
            and not re.search(r"[.;]" if first >= end else r"[.;:]", gap)
        ):
            return group
    clause = max(sentence.rfind(c, 0, start) for c in ".;:")
    villages = [m for m in mentions if clause < m.at and m.end <= start and m.typed]
    if len(villages) >= 2 and len(sentence[villages[-1].end : start]) < 60 and not _items_between(villages, sentence):
        return villages
    # … or after it, up to the end of the clause («Амбулаториялар салынатын ауылдар – Арнасай (Аршалы ауданы), …»).
    stop = min([i for i in (sentence.find(c, end) for c in ".;") if i >= 0] or [len(sentence)])
    villages = [m for m in mentions if end <= m.at < stop and m.typed]
    run = villages[:1]
    for m in villages[1:]:
        if _items_between([run[-1], m], sentence) or any(run[-1].end <= n < m.at for n in nouns):
            break
        run.append(m)
    if len(run) >= 2 and len(sentence[end : run[0].at]) < 60:
        return run
    return []


def _items_between(places: list[Mention], sentence: str) -> bool:
    """Whether a figure stands between places, which are then items of their own, not one list.

    «больница на 250 человек в микрорайоне Оркен, детский сад на 160 мест в микрорайоне Балыкшы»:
    each place is its item's.
    """
    return any(re.search(r"\d", sentence[a.end : b.at]) for a, b in itertools.pairwise(places))


_SETTLEMENT_WORDS_KK = ("ауыл", "қала", "елді", "мекен", "кент", "аудан", "облыс", "шағын")
# Places a facility of a list stands in, one each: a town, a village, a microdistrict, a street.
_SETTLEMENT = ("city", "microdistrict", "street", "landmark")


def _spread(following: list[Mention], count: int) -> list[Mention]:
    """Return the places the sentence after «два фельдшерско-акушерских пункта» gives them, one each, or [].

    ``following`` are that sentence's places.  «Первый появится в селе Колтоган …, второй – в селе
    Кызылжар …»: as many settlements as the count, each named once.
    """
    seen: dict[str, Mention] = {}
    for m in following:
        if m.typed and m.place.precision in _SETTLEMENT:
            seen.setdefault(m.place.id, m)
    if not seen:
        # «Одна из амбулаторий строится в Кордайском районе, другая – в Таласском»: a district each.
        for m in following:
            if m.place.precision == "district":
                seen.setdefault(m.place.id, m)
    places = list(seen.values())
    return places if 2 <= len(places) <= count else []


def _other_place(mentions: list[Mention], facilities: list[Facility]) -> bool:
    """Whether a sentence is about another town or district than the facilities it would continue."""
    own = {f.place.place.id for f in facilities if f.place is not None}
    towns = [m for m in mentions if m.place.precision in ("city", "microdistrict", "landmark")]
    return bool(own) and bool(towns) and all(m.place.id not in own for m in towns)


def _singular(name: str, lang: str) -> str:
    if lang == "kk":
        return re.sub(r"(лар|лер|дар|дер|тар|тер)(\w*)$", "", name.split()[-1]) and _kk_singular(name)
    morph = _morph()
    parses = [morph.parse(word)[0] for word in name.split()]
    # Adjectives agree with the head noun: «фельдшерско-акушерских пунктов» → «фельдшерско-акушерский пункт».
    # The head is the first noun; what follows it keeps its case («подстанций скорой помощи» →
    # «подстанция скорой помощи»).
    head = next((i for i, p in enumerate(parses) if p.tag.POS == "NOUN"), len(parses))
    noun = parses[head].inflect({"nomn", "sing"}) if head < len(parses) else None
    gender = noun.tag.gender if noun else None
    out = []
    for i, (word, parse) in enumerate(zip(name.split(), parses, strict=True)):
        if i > head:
            out.append(word)
            continue
        wanted = {"nomn", "sing"} | ({gender} if gender and parse.tag.POS == "ADJF" else set())
        form = parse.inflect(wanted) if {"NOUN", "ADJF"} & {str(parse.tag.POS)} else None
        text = form.word if form else word
        # A hyphenated adjective inflects its last part only («фельдшерско-акушерских»).
        if form and "-" in word and "-" not in text:
            text = word.rsplit("-", 1)[0] + "-" + text.rsplit("-", 1)[-1]
        out.append(text)
    phrase = " ".join(w for w in out if not w.isdigit() and w.lower() not in rules.NUMBER_WORDS)
    return phrase[:1].upper() + phrase[1:]


def _kk_singular(name: str) -> str:
    words = [w for w in name.split() if not w.isdigit() and w.lower() not in rules.NUMBER_WORDS]
    words[-1] = re.sub(r"(?:лар|лер|дар|дер|тар|тер)\w*$", "", words[-1]) or words[-1]
    phrase = " ".join(words)
    return phrase[:1].upper() + phrase[1:]


def _find(facilities: list[Facility], kind: str, mention: Mention) -> Facility | None:
    """Return the facility of ``kind`` at the place ``mention`` names, if the article named it before.

    Two microdistricts of one district are placed at the district: their names tell them apart,
    folded («Көкшетау» and «Кокшетау» are one town).
    """
    where = (mention.place.id, fold(mention.text))
    return next(
        (
            f
            for f in facilities
            if f.kind == kind and f.place is not None and (f.place.place.id, fold(f.place.text)) == where
        ),
        None,
    )


# At most this many facilities of a kind at one town are drafted one by one; more are a summary.
_FEW = 3


_NUMBERS_AFTER = re.compile(r"\s*(?:№|N)\s*(\d+(?:\s*(?:,|и|және|мен)\s*(?:№\s*)?\d+)+)")
_NUMBERS_BEFORE = re.compile(r"№\s*(\d+(?:\s*(?:,|и|және|мен)\s*№?\s*\d+)+)\s+(?:[\w-]+\s+){0,2}$")


def _numbers_listed(sentence: str, start: int, end: int) -> list[str]:
    """Return the numbers a facility noun lists («поликлиники № 3, 5 и 7», «№2 және №13 … емханалар»), or []."""
    m = _NUMBERS_AFTER.match(sentence, end) or _NUMBERS_BEFORE.search(sentence[max(0, start - 60) : start])
    return list(dict.fromkeys(re.findall(r"\d+", m.group(1)))) if m else []


def _village_of(mention: Mention, mentions: list[Mention], sentence: str) -> Mention:
    """Return the village a district mention is followed by («Уәлиханов ауданының Кішкенекөл ауылында»), else it."""
    if mention.place.precision != "district":
        return mention
    after = [m for m in mentions if m.typed and m.at >= mention.end and m.place.precision in _SETTLEMENT]
    if after and re.fullmatch(
        r"\s*(?:ауданының|ауданындағы|района)?\s*(?:с\.|села|селе|пос\.)?\s*", sentence[mention.end : after[0].at]
    ):
        return after[0]
    return mention


def _generic_per_village(
    lowered: str, mentions: list[Mention], facilities: list[Facility], lang: str, *, before: str = ""
) -> list[Facility]:
    """Return a facility for each village a sentence lists with a generic noun («объекты», «нысан», «жоба»).

    Their kind is the one the article's facilities have when they all agree, else a rural primary-care
    facility (the development set's convention for «медицинский объект»).  A sentence that begins with
    «их»/«олар» after one that counts such objects («… ещё семи медицинских объектов. Их возводят в
    сёлах …») lists those.  A plural noun («медициналық нысандар … ауылдарында, … ауылында») takes every
    village the sentence names, district by district; a singular one, the longest list.
    """
    generic = rules.GENERIC_OBJECT.search(lowered)
    if generic is None and rules.THEIR.match(lowered):
        generic = rules.COUNTED_GENERIC.search(before)
    if generic is None:
        return []
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.typed and m.place.precision in _SETTLEMENT:
            groups.setdefault(m.group, []).append(m)
    if rules.PLURAL_GENERIC.search(generic.group(0)):
        villages = _towns([m for m in mentions if m.typed])
    else:
        villages = max(groups.values(), key=len, default=[])
    if len(villages) < 2:
        return []
    kinds = {f.kind for f in facilities}
    kind = kinds.pop() if len(kinds) == 1 else "polyclinic"
    noun = "Медицинский объект" if lang == "ru" else "Медициналық нысан"
    out = []
    for v in villages:
        f = next((f for f in facilities if f.place is not None and f.place.place.id == v.place.id), None)
        if f is None:
            f = Facility(kind, "medical facility", f"{noun} ({v.text})", "", from_list=True)
            f.place = v
            facilities.append(f)
        out.append(f)
    return out


def _counted(facilities: list[Facility], kind: str, n: int, count: int | None) -> Facility | None:
    """Return facility ``n`` of ``count`` of a kind drafted from a count («екі перинаталдық орталық»), or None."""
    of = str(count) if count else r"\d+"
    suffix = re.compile(rf"\({n}/{of}\)$")
    return next((f for f in facilities if f.kind == kind and f.from_list and suffix.search(f.name)), None)


def _one_of(counted: tuple[int, str, str], kind: str, n: int, facilities: list[Facility]) -> Facility:
    """Return facility ``n`` of those a count named («екі жаңа аурухана»), making it when first named."""
    count, en, name = counted
    f = _counted(facilities, kind, n, count)
    if f is None:
        f = Facility(kind, en, f"{name} ({n}/{count})", "", from_list=True)
        facilities.append(f)
    return f


def _one_per_village(facility: Facility, villages: list[Mention], facilities: list[Facility]) -> list[Facility]:
    """Make ``facility``, said of several villages together, one facility per village (in place)."""
    base = facility.name
    out = []
    for v in villages:
        f = (
            facility
            if not out
            else dataclasses.replace(
                facility, sentences=list(facility.sentences), figures=dict(facility.figures), work=list(facility.work)
            )
        )
        f.name, f.place, f.from_list = f"{base} ({v.text})", v, True
        if out:
            facilities.append(f)
        out.append(f)
    return out


def _towns(mentions: list[Mention]) -> list[Mention]:
    """Return the distinct settlements (towns, villages, microdistricts, streets) of ``mentions``."""
    return list({m.place.id: m for m in mentions if m.place.precision in _SETTLEMENT}.values())


_ITEM_END = re.compile(r"[,;:.()]|\s(?:и|а также|және|мен|пен|бен)\s")


def _tail_end(sentence: str, end: int, stop: int) -> int:
    """Return where the words that follow a facility noun (from ``end``) stop being its own: the next
    noun (``stop``), a clause's end, or «и»/«және» before another item."""
    m = _ITEM_END.search(sentence, end, stop)
    return m.start() if m else stop


def _capacity_column(kind: str) -> str:
    """Return the column a capacity («500 орындық», «на 200 коек») fills for a kind: visits for outpatients."""
    return "visits_per_shift" if kind == "polyclinic" else "beds"


def _district_named(name: str, gazetteer: Gazetteer, start: int, end: int) -> Mention | None:
    """Return the district a facility's name says it serves («Индерская районная больница», «Индер аудандық
    ауруханасы»), or None."""
    m = _DISTRICT_ADJECTIVE.search(name)
    if m is None:
        return None
    written = f"{m.group(1)}ский район" if m.group(1) else f"{m.group(2)} ауданы"
    places = [p for p in gazetteer.lookup(written) if p.precision == "district"]
    return Mention(places[0].name, places[0], start, end) if places else None


def _nearest(mentions: list[Mention], at: int) -> Mention | None:
    if not mentions:
        return None
    # The most specific place wins («в селе Жарма Иргизского района»: the village), then one named as a
    # settlement («в сельском округе Шорнак города Туркестана»: the village, not its city), then the nearest.
    return min(mentions, key=lambda m: (_RANK.index(_level(m)), not m.typed, abs(m.at - at)))


def _level(mention: Mention) -> str:
    """How specific a mention is: a microdistrict named as one («мкр. Думан») is one, though the
    gazetteer knows it only as its district."""
    if mention.typed and (mention.text.startswith("мкр.") or mention.text.endswith("шағын ауданы")):
        return "microdistrict"
    return mention.place.precision


def _by_the_city(village: Mention, city: Mention) -> bool:
    """Whether a village named as one lies by a big city named after it («с. Шорнак» and «Туркестан»)."""
    v, c = village.place, city.place
    return (
        village.typed
        and village.known
        and c.precision == "city"
        and c.importance >= 2
        and v.id != c.id
        and distance_m(c, v.lat, v.lon) <= SATELLITE_M
    )


def _precedes(mention: Mention, start: int, sentence: str) -> bool:
    """Whether a mention is the first word of the facility's name starting at ``start`` («Экибастузский роддом»)."""
    return (
        mention.end <= start
        and bool(_TOWN_ADJECTIVE.match(sentence, mention.at))
        and bool(
            re.fullmatch(
                r"\s+(?:[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ую|юю|ом|ем|ых|их|ые|ие)\s+){0,2}",
                sentence[mention.end : start],
            )
        )
    )


def _apart(a: Mention, b: Mention) -> bool:
    """Whether two mentions are other places: in other regions, or two of one level («Ақжар», «Шұбар»)."""
    if a.place.region and b.place.region and a.place.region != b.place.region:
        return True
    return _level(a) == _level(b) and a.place.id != b.place.id


def _finer(new: Mention, old: Mention) -> bool:
    return _RANK.index(_level(new)) < _RANK.index(_level(old))


def _same(
    facilities: list[Facility],
    kind: str,
    key: str,
    mention: Mention | None,
    here: list[Facility],
    name: str,
    *,
    recent: list[Facility] = (),
    en: str = "",
) -> Facility | None:
    """Return the facility a mention names again, or None for a new one (``recent``: those the sentence
    before spoke of)."""
    same_kind = [f for f in facilities if f.kind == kind and f not in here]
    # The headline names the facility the lead then names in full.
    if kind == "other" and en:
        # «other» holds many kinds: a hospice is not the TB centre the headline named.
        same_kind = [f for f in same_kind if f.noun_en == en]
    titled = [f for f in same_kind if f.sentences[:1] == [0] and not f.key and not f.from_list and f.place is None]
    if titled:
        titled[0].key = key or titled[0].key
        if key or len(name.split()) > len(titled[0].name.split()):
            # «больницу», «роддом» in the headline are «городская больница № 3», «Экибастузский родильный дом».
            titled[0].name = name
        return titled[0]
    if key:
        keyed = next((f for f in same_kind if f.key == key), None)
        if keyed is not None:
            return keyed
        # «двух поликлиник … в микрорайоне Титов … поликлинику № 5»: the one the list placed there.
        listed = [
            f
            for f in same_kind
            if f.from_list and not f.key and mention and f.place and f.place.place.id == mention.place.id
        ]
        if listed:
            listed[0].key = key
            return listed[0]
        unkeyed = [f for f in same_kind if not f.key and not f.from_list]
        if len(unkeyed) == 1:
            unkeyed[0].key = key  # «нового роддома» … «родильного дома № 1»
            if not re.search(r"\b(?:нов|жаңа)", unkeyed[0].name.lower()):
                unkeyed[0].name = name  # «поликлинику» in the headline is «поликлиника № 15»
            return unkeyed[0]
        return None
    if mention:
        at_place = [f for f in same_kind if f.place is not None and f.place.place.id == mention.place.id]
        if at_place:
            return at_place[-1]
        # A facility placed elsewhere at the same or a finer level is another one, but for a village by
        # the big city now named («… в сельском округе Шорнак … в Туркестане»).
        same_kind = [
            f
            for f in same_kind
            if f.place is None
            or _RANK.index(mention.place.precision) > _RANK.index(f.place.place.precision)
            or _by_the_city(f.place, mention)
        ]
    fresh = bool(re.search(r"\b(?:нов\w*|жаңа)\b", name.lower()))
    # «новой поликлиники» is not the «поликлиника № 3» named before.
    # (Unless that one was itself named new: «построят новый» … «родильного дома № 1» … «Проект нового роддома».)
    unnamed = [
        f
        for f in same_kind
        if not f.from_list
        and _alike(f.name, name)
        and not (fresh and f.key and not re.search(r"\b(?:нов|жаңа)", f.name.lower()))
    ]
    if (
        not unnamed
        and mention is None
        and len(same_kind) == 1
        and same_kind[0] in recent
        and not fresh
        # «Сарыағаштағы перинаталдық орталық»: a place of its own, written into its name.
        and not re.search(r"\b[А-ЯЁӘҒҚҢӨҰҮҺІ]\w*(?:дағы|дегі|тағы|тегі)\b", name)
    ):
        # «Сарыкемердегі жаңа емхана … Ауылдық емхана заманауи жабдықпен жарақтандырылған»: the only one of
        # its kind, just spoken of, named again in other words, with no place of its own.
        return same_kind[0]
    return unnamed[-1] if unnamed else None


def _alike(known: str, new: str) -> bool:
    """Whether a new mention's words say nothing the known name does not («городской поликлиники» is not «поликлиника № 3»)."""
    stems = {w[:5] for w in re.findall(r"[а-яёәғқңөұүһі]+", known.lower())}
    # The head noun itself («онкоцентр» for «онкологический центр») says nothing new.
    bare = new.lower()
    for pattern, _, _ in _NOUNS:
        bare = pattern.sub(" ", bare)
    words = [w for w in re.findall(r"[а-яёәғқңөұүһі]+", bare) if len(w) > 3 and not rules.NAME_FILLERS.match(w)]
    return all(w[:5] in stems for w in words)


def _gather(here: list[Facility], sentence: str, notes: list[str], *, status: bool = True) -> None:
    """Give the facilities a sentence speaks of its status, work, figures and dates.

    A sentence that only follows one about a facility, naming nothing, gives
    figures and dates but no status: its verbs may be about something else.
    """
    if not here:
        return
    status = _status_of(sentence) if status else ""
    works = _works(sentence)
    start, due = _dates(sentence)
    for f in here:
        if _STATUS_RANK.get(status, 0) > _STATUS_RANK.get(f.status, 0):
            f.status = status
        for w in works:
            if w not in f.work:
                f.work.append(w)
        f.start = f.start or start
        # The first promise an article gives is its news; later ones are mostly history («должны были сдать в 2022»).
        f.due = f.due or due
    clauses = []
    for clause in _clauses(sentence):
        # «Стоимость 300 млн тенге, рассчитана на 45 посещений в сутки»: only the part with the trap goes.
        clauses += re.split(r"(?<!\d),|,(?!\d)", clause) if rules.TRAPS.search(_lower(clause)) else [clause]
    for clause in clauses:
        lowered = _lower(clause)
        if rules.TRAPS.search(lowered):
            continue
        figures = _figures(clause)
        if not figures:
            continue
        if len(here) > 1 and not rules.EACH.search(lowered):
            notes.append(sentence)
            continue
        if len(here) > 1 and rules.TOGETHER.search(lowered):
            notes.append(sentence)
            continue
        for f in here:
            for column, value in figures.items():
                f.figures.setdefault(column, value)


def _soon(due: str, published: str) -> bool:
    """Whether ``due`` ends within a few months of the article's date, to the month or closer."""
    try:
        date = datetime.date.fromisoformat(published[:10])
    except ValueError:
        return False
    lowered = _lower(due)
    if not due or not (rules.MONTH_OR_CLOSER.search(lowered) or rules.AFTER_A_WHILE.search(lowered)):
        return False
    year = due_year(due, published)
    end = due_end(due, int(year) if year else None)
    return end is not None and 0 <= (end - date).days <= rules.SOON_DAYS


def _year_after(later: re.Match[str], published: str) -> str:
    """Return the year a time from the article's date ends in («через 2,6 месяца» after 2021-07-09: 2021)."""
    try:
        date = datetime.date.fromisoformat(published[:10])
    except ValueError:
        return ""
    number, unit = next(((later.group(i), later.group(i + 1)) for i in (1, 3, 5) if later.group(i + 1)), ("1", "ай"))
    count = float(rules.WORD_NUMBERS.get(number) or (number or "1").replace(",", "."))
    per = {"недел": 0.25, "апта": 0.25, "полгода": 6.0, "год": 12.0, "жыл": 12.0}
    months = next((n for stem, n in per.items() if unit.startswith(stem)), 1.0) * count
    return str(date.year + (date.month - 1 + math.ceil(months)) // 12)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def due_year(due: str, published: str) -> str:
    """Return the year ``due`` names («осы жылдың соңына дейін»: the article's year), or ""."""
    year = int(published[:4]) if published[:4].isdigit() else None
    if year is not None and rules.NEXT_YEAR.search(_lower(due)):
        year += 1
    later = rules.AFTER_A_WHILE.search(_lower(due))
    if later is not None:
        # «через 2,6 месяца»: counted from the article's date.
        return _year_after(later, published)
    end = due_end(due, year if not re.search(r"\d{4}", due) else None)
    if end is None:
        return ""
    return str(end.year) if end.year >= 1990 else ""
