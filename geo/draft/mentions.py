"""The places a sentence names, as a record writes them, and which of them a facility stands at.

A mention is a place of the gazetteer found in the text («в Таразе», «Шиелі ауданының», «Экибастузский
роддом»), or a village the gazetteer lacks, named with a settlement word («в селе Шокысу», «Қызылжар
ауылы»).  The patterns that find them are here; the words they look for are in ``geo.draft.rules``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from geo.draft.rules import GENITIVE_ENDING
from geo.draft.text import morph
from geo.places.gazetteer import Gazetteer, Place
from geo.places.resolve import SATELLITE_M, distance_m
from geo.places.text import fold

# Places of an article from the most specific: a rural district holds towns, so it comes after them
# (unlike geo.records.vocab.PRECISION_ORDER, where a city's districts are finer than the city).
RANK = ["exact", "street", "landmark", "microdistrict", "city", "district", "region", "country"]


# Words in front of a place name that say what it is, as a reporter writes them.
# How a record writes a part of a town, a microdistrict or a residential area: «мкр. Думан», «ж.м. Кайрат».
PART_PREFIXES = ("мкр.", "ж.м.")
_NAMED_AFTER = r"(?:имени\s+)?(?:[А-ЯЁ]\.\s?){0,2}"
_SECOND = r"(?![А-ЯЁ][\w-]*(?:ск|цк)(?:ого|ой|ом|ий|ая|ую)\b)[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*"
# A surname that acts after a village's name is a person, not the name's second word: «В селе Аманкарагай
# Мухамбетов принял участие …» (but «в селе Мухаметжан Туймебаев ФАП готов»: a village named after a person).
_PERSON_AFTER = re.compile(r"\s+(\S+(?:ов|ев|ёв|ова|ева|ин|ина))\s+(?:[а-яё]+(?:л|ла|ли|ло)|сказал\w*|отметил\w*)\b")


_PLACE_TYPE = re.compile(
    r"\b(мкр\.?|микрорайон\w*|ж\.\s?м\.|жилом\w* массив\w*|с\.|сел[оаеу]\b|сел(?:ах|ам|ами)\b|сёл\w*|сел\b|сельск\w* округ\w*|п\.|пос\.|"
    r"аул(?:е|а|ах|ов|ы)?\b|"
    r"пос[её]лк\w*|пос[её]лок\b|населенн\w* пункт\w*|населённ\w* пункт\w*|г\.|город\w*|станци\w*|район(?:е|ах|ы|а)?)"
    # A name of one word, or two capitalised ones («Большая Малышка»), or with a number («Жетысу 3»).
    # (Not a district's or region's adjective after it: «села Тущикудук Исатайского района».)
    # («аул имени А.Токмагамбетова»: a village named after a person, with an initial.)
    r"(?:\s*[—–-])?\s+((?:«?" + _NAMED_AFTER + r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+\d+|\s+" + _SECOND + r")?»?)"
    # («село Кокадыр, Байзакский район»: a district's adjective after the comma is no village of the list.)
    r"(?:(?:\s*,\s*|\s+и\s+)(?![А-ЯЁ][\w-]*(?:ск|цк)(?:ого|ой|ом|ий|ая|ую|их)\b)«?"
    + _NAMED_AFTER
    + r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*"
    r"(?:\s+" + _SECOND + r")?»?)*)"
)


# A Kazakh settlement's name: a word or two, or any words in quotes («Бұланбай бауы»), «… атындағы»
# (named after someone); a person's initial («А.Тәжібаев») or title («Досбол би», «Райымбек батыр») with it.
_KK_NAME = (
    r"(?:«[^«»\n]{2,40}»|\"[^\"\n]{2,40}\"|(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?)?[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*"
    # («Жібек жолы ауылы»: a second word in small letters, if the gazetteer knows the name.)
    r"(?:\s+(?:[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*|би|батыр|ата|баба|[а-яёәғқңөұүһі][\w-]*))?)(?:\s+атындағы)?"
)


# Kazakh words that begin a sentence before a village's name: «Ал Шығанақ ауылындағы …».
_KK_LEADING = re.compile(
    r"^(?:Ал|Ал енді|Енді|Сондай-ақ|Сонымен қатар|Биыл|Қазір|Бүгін|Кеше|Жақында|Ол|Осы|Сол|Мәселен|Мысалы|Алайда|"
    r"Дегенмен|Сонымен|Бұдан бөлек|Атап айтқанда)(?:\s+|$)"
)

_PLACE_TYPE_KK = re.compile(
    # «"Саялы" және "Қарасу" шағын аудандарында», «Қарғалы және Мұқан Төлебаев атындағы ауылдардың».
    rf"((?:{_KK_NAME})(?:(?:\s*,\s*|\s+(?:және|мен|пен|бен)\s+){_KK_NAME})*)\s+"
    # «Қаракұдық, Ақжол және басқа да ауылдарда»: the villages named, the others not.
    r"(?:(?:және|мен)\s+(?:басқа|өзге)\s+(?:да|де)\s+)?"
    # «ауылдық аймағы» (the rural area of a town) names no village.
    # («қалалық аурухана» is a city hospital: «Шымкенттегі қалалық» names the city, but not as a type word.)
    # («ауылдық аудандар», «ауылдық жерлер»: rural, no village; «ауылдық округі» is one.)
    r"(ауыл(?!дық\b(?!\s+округ))\w*|кент\w*|шағын аудан\w*|аумақ\w*|ауылдық округ\w*|қала(?!лық)\w*|елді мекен\w*)"
)


# «Индерская районная больница», «Аральская ЦРБ», «Индер аудандық ауруханасы»: the district's own hospital.
DISTRICT_ADJECTIVE = re.compile(
    r"\b([А-ЯЁ][а-яё-]+?)(?:ская|ской|скую|ском|ский|ского)\s+(?:(?:центральн\w+\s+)?районн|межрайонн|ЦРБ)"
    r"|\b([А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)\s+(?:орталық\s+)?аудандық"
)


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
# «остальные – Жарык в Мугалжарском районе, Бегалы в Кобдинском районе и Жарма …»: items of a list, each a
# village and then its district (not «Больницу в Кордайском районе построят»: a word of the report).
_RU_VILLAGE_IN = re.compile(r"(?:[,–—:]|\bи|\bа)\s+([А-ЯЁ][а-яё-]{3,})\s+в\s+[А-ЯЁ][а-яё-]+(?:ском|цком)\s+районе\b")
_NOT_VILLAGE = re.compile(r"больниц|поликлиник|амбулатори|пункт|центр|роддом|стационар|корпус|строительств|объект")
# «Три из них находятся в Шалкарском районе – Шокысу, Сарысай и Тогыз»: villages listed after a dash.
_RU_VILLAGE_LIST = re.compile(
    r"(?:район\w*|сел(?:ах|а)\b|сёлах)\s*[–—:]\s*([А-ЯЁ][а-яё-]{2,}(?:(?:\s*,\s*|\s+и\s+)[А-ЯЁ][а-яё-]{2,})+)"
)


# «Амбулаториялар салынатын ауылдар – Арнасай (Аршалы ауданы), Ескі Қалқұтан (…) және …»: villages listed after a dash.
_KK_VILLAGE_LIST = re.compile(
    r"ауылдар\w*\s*[–—:-]\s*((?:[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)?(?:\s*\([^()]{0,40}\))?"
    r"(?:\s*,\s*|\s+және\s+|\s+мен\s+)?)+)"
)


# A town's adjective before a facility's words, not a district's or a region's: «Экибастузский родильный
# дом», «Балхашская больница» (the first group is the town's name).
TOWN_ADJECTIVE = re.compile(
    r"\b([А-ЯЁ][а-яё-]{3,}?)(?:ский|ская|ское|ского|ской|скую|ском|ские|ских)"
    r"(?!\s+(?:центральн\w+\s+)?(?:район|област|округ|межрайон|регион|край|город\w*\s+(?:акимат|маслихат)))"
    r"(?=\s+(?:[а-яё-]+\s+){0,2}(?:онко|кардио|травм)?(?:больниц|поликлиник|роддом|родильн|перинатальн|центр|диспансер|амбулатори|госпитал|\w*университет))"
)


# A town's adjective, small or capital, before a part of it: «в атырауском микрорайоне Нурсая».
_TOWN_ADJECTIVE_OF_PART = re.compile(
    r"\b([А-ЯЁа-яё][а-яё-]{3,}?)(?:ском|ского|ский|ская|ской)(?=\s+(?:микрорайон|мкр\.?\s|жил\w* массив))"
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
_KK_REGION_ADJECTIVE = re.compile(r"((?:(?:Шығыс|Батыс|Солтүстік|Оңтүстік)\s+)?[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)\s+облыстық\b")
_KK_AREA = re.compile(
    # («Бұқар жырау ауданы», «Төле би ауданы», «Мағжан Жұмабаев ауданы»: a district named after a person.)
    r"((?:(?:Шығыс|Батыс|Солтүстік|Оңтүстік)\s+)?[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+"
    r"(?:\s+(?:жырау|би|батыр|ақын|[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:ов|ев|ин|ұлы)))?\s+(?:ауданы\w*|облысы\w*|ауданында|облысында))"
)


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


def in_language(place: Place, lang: str) -> str:
    """A place's name in the article's language: its Kazakh name in a Kazakh article, where it has one."""
    return place.name_kk if lang == "kk" and place.name_kk else place.name


def unknown_place(text: str) -> Place:
    """A village the gazetteer lacks, named with a settlement word («Қызылжар ауылы»): its district places it."""
    return Place(f"unknown:{text}", text, "", "city", float("nan"), float("nan"), 0, "the article")


def lookup_place(name: str, gazetteer: Gazetteer, lang: str) -> list[Place]:
    # Russian stems do not fit Kazakh words: «Шұғыл» (urgent) is no form of «Шугыла».
    found = gazetteer.lookup(name, stems=lang != "kk")
    if found or lang == "kk":
        return found
    words = name.split()
    lemma = " ".join(morph().parse(w)[0].normal_form for w in words)
    found = gazetteer.lookup(lemma) if lemma != name.lower() else []
    if not found and len(words) == 1 and name[-1:] in ("е", "и"):
        # «в Сатпаеве», «в Жезказгане»: a town's locative the dictionary takes for a person's name.
        for nominative in (name[:-1], name[:-1] + "а", name[:-1] + "ь"):
            found = gazetteer.lookup(nominative)
            if found:
                break
    return found


def within(place: Place, regions: frozenset[str]) -> bool:
    return place.region in regions or bool(place.regions & regions)


def ranked(places: list[Place], written: str, regions: frozenset[str]) -> list[Place]:
    """Return homonyms best first: in the regions the article is about («Ақсу» in an article on
    Pavlodar), then called by their own name («Атырау» is the city, not the Almaty district that
    holds a microdistrict of that name)."""
    key = fold(written)
    return sorted(
        places,
        key=lambda p: (
            bool(regions) and not within(p, regions),
            # «Атырауда»: the name with a case ending.
            not any(
                n and key.startswith(n) and len(key) - len(n) <= 4 for n in map(fold, (p.name, p.name_kk, p.name_en))
            ),
        ),
    )


def place_mentions(
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
        places = ranked(places, text, regions)
        # A district of many regions that a town the sentence names is in: «села Аса Жамбылского района» is
        # the Zhambyl district of the region Аса is in, not another region's.
        local = frozenset(m.place.region for m in found if m.known and m.place.region)
        if len(places) > 1 and places[0].precision == "district" and any(within(p, local) for p in places):
            places = ranked(places, text, local)
        if typed:
            # «Ақтөбе ауылы», «с. Атырау»: a village named after a big city is not the city.
            places = [p for p in places if not (p.precision == "city" and p.importance >= 2)]
        if typed and regions and places:
            places = [p for p in places if within(p, regions)]
        if places:
            found.append(Mention(text, places[0], start, end, typed=typed))
        elif typed and len(text) > 3:
            found.append(Mention(text, unknown_place(text), start, end, typed=True))
        else:
            return
        taken.append((start, end))

    def add_district(written: str, start: int, end: int) -> None:
        """Add the district ``written`` names («Кордайский район», «Ақсу ауданы»), the article's homonym first."""
        places = [p for p in gazetteer.lookup(written) if p.precision == "district"]
        if places:
            places = ranked(places, places[0].name, regions)
            add(in_language(places[0], lang), places, start, end)

    for m in _PLACE_TYPE.finditer(sentence):
        word = m.group(1).lower()
        villages = ("с.", "сел", "сёл", "населенн", "населённ", "аул")
        prefix = "мкр." if word.startswith(("мкр", "микрорайон")) else "с." if word.startswith(villages) else ""
        prefix = prefix or ("п." if word.startswith(("п.", "пос")) else "")
        # A residential area is written as a microdistrict is.
        prefix = prefix or ("ж.м." if word.startswith(("ж.", "жилом")) else "")
        if _AREA_AFTER.match(sentence[m.end() :]) and _ADJECTIVE.search(m.group(2)):
            continue  # «в 18 сёлах Атырауской области»: the region the villages are in, no village
        if re.match(r"сельского\s+округа", word + sentence[m.start(1) + len(word) : m.start(2)]) and m.start() > 0:
            continue  # «в селе Саналы сельского округа Дермене»: the village's rural district, no item of a list
        group = m.group(2)
        # («в ауле имени Н.Ильясова сдали …»: named after the person, who does nothing here.)
        person = (
            _PERSON_AFTER.match(" " + group.rsplit(" ", 1)[-1] + sentence[m.end() :])
            if " " in group and not group.lower().startswith("имени")
            else None
        )
        if person is not None:
            group = group.rsplit(" ", 1)[0]  # «Аманкарагай Мухамбетов принял»: the village, then the akim
        for quoted in re.split(r"\s*,\s*|\s+и\s+", group):
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
                if gazetteer.lookup(first) or lookup_place(nominative_place(first), gazetteer, lang):
                    name, places = first, gazetteer.lookup(first)
            base = name if places or lang == "kk" else nominative_place(name)
            places = places or lookup_place(base, gazetteer, lang)
            if not places and prefix:
                # A name after «с.», «село» the gazetteer lacks stays as written: «в селе Шокысу» (not «Шокыс»).
                base = name
            if prefix in ("с.", "п."):
                # «с. Айнабулак» is a village, not the Almaty district one of whose microdistricts is so called.
                places = [p for p in places if p.precision == "city"]
            if prefix and regions and not any(within(p, regions) for p in places):
                # Known only elsewhere, the village the gazetteer lacks stays as written: «села Арайлы» (not
                # «Арайла», a form of Арал in another region).
                base = name
            text = f"{prefix} {base}".strip() if prefix else base
            start = m.start() + m.group(0).find(name)
            add(text, places, start, start + len(name), typed=prefix in ("с.", "п.", *PART_PREFIXES))
    for m in _PLACE_TYPE_KK.finditer(sentence):
        word = m.group(2).lower()
        suffix = "ауылы" if word.startswith("ауыл") else "шағын ауданы" if word.startswith(("шағын", "аумақ")) else ""
        for quoted in re.split(r"\s*,\s*|\s+(?:және|мен|пен|бен)\s+", m.group(1)):
            # «Атыраудың Нұрсая шағын ауданы»: the city in the genitive is not part of the name.
            name = re.sub(rf"^\w+{GENITIVE_ENDING}\s+", "", quoted).strip('«»"')
            name = _KK_LEADING.sub("", name)  # «Ал Шығанақ ауылындағы»: «Ал» (and) is no part of the name
            # «Татан ауылының, Томар және М.Мамыраев ауылдарының»: an item with its own type word.
            name = re.sub(r"\s+(?:ауыл|кент)\w*$", "", name)
            # «Аудан әкімі Әділжан Арғынов Томар мен Татан ауылдарындағы …»: a surname before the name.
            name = re.sub(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:ов|ев|ова|ева)\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ]\S*$)", "", name)
            if not name:
                continue
            places = lookup_place(name, gazetteer, lang)
            if not places and " " in name and "атындағы" not in name:
                # «Биыл Атырау қаласы»: a sentence's first word is capitalised too.
                last = name.split()[-1]
                alone = lookup_place(last, gazetteer, lang)
                if alone:
                    name, places = last, alone
            start = m.start() + m.group(0).find(name)
            village = word.startswith(("ауыл", "елді", "кент"))
            if village:
                places = [p for p in places if p.precision == "city"]  # a village, not the district of its name
            if re.fullmatch(r"\S+\s+(?!би$|батыр$|ата$|баба$)[а-яёәғқңөұүһі][\w-]*", name) and not places:
                continue  # «Ақтөбе облысы ауылдарында», «Биыл жаңа ауылда»: no village of that name
            text = f"{name} {suffix or ('ауылы' if village else '')}".strip()
            add(text, places, start, start + len(name), typed=village or suffix == "шағын ауданы")
    for m in _RU_IN_DISTRICT.finditer(sentence):
        # The nominative when the gazetteer knows it; else as written («и Ногайты Байганинского района», not
        # «Ногайта»).
        written, name = m.group(1), nominative_place(m.group(1))
        places = lookup_place(name, gazetteer, lang)
        if not places and name != written:
            name, places = written, lookup_place(written, gazetteer, lang)
        add(f"с. {name if places else written}", places, m.start(1), m.end(1), typed=True)
    for m in _RU_VILLAGE_IN.finditer(sentence):
        if not _NOT_VILLAGE.match(m.group(1).lower()):
            add(f"с. {m.group(1)}", [], m.start(1), m.end(1), typed=True)
    for m in _RU_VILLAGE_LIST.finditer(sentence):
        for part in re.finditer(r"[А-ЯЁ][а-яё-]{2,}", m.group(1)):
            places = [p for p in lookup_place(part.group(0), gazetteer, lang) if p.precision == "city"]
            add(f"с. {part.group(0)}", places, m.start(1) + part.start(), m.start(1) + part.end(), typed=True)
    for m in _KK_VILLAGE_LIST.finditer(sentence):
        for part in re.finditer(r"([А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)?)(?:\s*\([^()]*\))?", m.group(1)):
            name, at = part.group(1), m.start(1) + part.start(1)
            add(f"{name} ауылы", lookup_place(name, gazetteer, lang), at, at + len(name), typed=True)
    for pattern in (_RU_AREA, _KK_AREA):
        for m in pattern.finditer(sentence):
            places = lookup_place(m.group(1), gazetteer, lang)
            start = m.start()
            if not places and len(m.group(1).split()) > 2:
                # A person's name and the last word of it both fit: the district the gazetteer knows.
                start = m.start(1) + m.group(1).index(" ") + 1
                places = lookup_place(sentence[start : m.end(1)], gazetteer, lang)
            written = in_language(places[0], lang) if places else m.group(1)
            add(written, places, start, m.end())
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
    for m in _KK_REGION_ADJECTIVE.finditer(sentence):
        # «Ақмола облыстық балалар ауруханасы»: the region's own hospital (not Астана, once called Ақмола);
        # «Қостанай облыстық …»: in the region's own city of that name.
        places = [p for p in gazetteer.lookup(f"{m.group(1)} облысы") if p.precision == "region"]
        towns = [
            p
            for p in lookup_place(m.group(1), gazetteer, lang)
            # (A big town, not «Маңғыстау» the village: the region's own city.)
            if p.precision == "city" and p.importance >= 2 and places and within(p, frozenset({places[0].region}))
        ]
        if towns:
            add(in_language(towns[0], "kk"), towns, m.start(), m.start(1) + len(m.group(1)))
        elif places:
            add(in_language(places[0], "kk"), places, m.start(), m.start(1) + len(m.group(1)))
    for m in [*TOWN_ADJECTIVE.finditer(sentence), *_TOWN_ADJECTIVE_OF_PART.finditer(sentence)]:
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
            places = [p for p in places if within(p, regions)]
        if places and (not sentence.startswith(written, m.start()) or written[:1].islower()):
            # «Алматинский»: the town's own name, not «Алмата» made from the adjective («Экибастузский»: as written).
            written = in_language(places[0], lang)
        add(written, places, m.start(), m.end())
    for m in _CAPITALISED.finditer(sentence):
        name = m.group(1)
        after_in = bool(re.search(r"(?:^|\s)(?:в|во)\s+$", sentence[: m.start()], re.IGNORECASE))
        # «Аким Астаны Женис Касымбек»: the town whose akim the person is.
        of_akim = bool(re.search(r"(?:аким\w*|әкім\w*|мэр\w*)\s+$", sentence[: m.start()], re.IGNORECASE))
        if not of_akim and (
            _SURNAME.match(sentence[m.end() :]) or (_SURNAME.fullmatch(name.split()[-1]) and not after_in)
        ):
            # «Қайрат Беделмановтың»: a person, though «Қайрат» is also a microdistrict («в Сатпаеве»
            # is a town named after one).
            continue
        places = [
            p
            for p in lookup_place(name, gazetteer, lang)
            if p.precision in ("city", "region", "district", "microdistrict", "landmark")
        ]
        at = m.start()
        if not places and " " in name:
            first, second = name.split()[:2]
            places = [p for p in lookup_place(first, gazetteer, lang) if p.precision in ("city", "region", "district")]
            name = first
            if not places and m.start() == 0:
                # «Аким Астаны …»: a sentence's first word, then the place.
                places = [p for p in lookup_place(second, gazetteer, lang) if p.precision in ("city", "region")]
                name, at = second, m.start() + m.group(1).index(second)
        places = ranked(places, name, regions)
        if regions and places and places[0].importance < 2 and not within(places[0], regions):
            # «Масанчи» in an article on Almaty is a street, not the village in Zhambyl Region: a name
            # that is only a small place elsewhere is no place of this article.
            continue
        if m.start() == 0 and places and places[0].importance < 1 and places[0].precision == "city":
            # A sentence's first word is capitalised anyway: a known town there is the bigger homonym
            # («Жезқазғандағы аурухана»: the city, not the village of that name), or none.
            places = [p for p in places if p.importance >= 1] or places
        if places and (at > 0 or places[0].importance >= 1 or places[0].precision != "city"):
            written = in_language(places[0], lang)
            if (
                lang == "ru"
                and places[0].precision == "city"
                and fold(name) in map(fold, places[0].names)
                and fold(name) != fold(written)
            ):
                written = name  # «Асыката» as the article writes it, not GeoNames' old «Кировский»
            add(written, places, at, at + len(name))
    found.sort(key=lambda x: x.at)
    item = found[0] if found else None  # the last mention that is an item of a list, not a village's district
    for before, mention in zip(found, found[1:], strict=False):
        if (
            before.typed
            and mention.place.precision == "district"
            and sentence[before.end : mention.at].strip() in ("", "в")
        ):
            # «в двух селах – Нура Иргизского района и Ногайты …»: the village's district, no item of the list.
            mention.group = mention.at
            continue
        before, item = item, mention
        between = sentence[before.end : mention.at]
        between = re.sub(r"^\s*(?:в\s+)?[А-ЯЁ][а-яё-]+(?:ского|цкого|ском|цком)\s+район\w*", "", between)
        # Only a comma or «и»/«және» between: one list.  A district in brackets may follow a name
        # («Арнасай (Аршалы ауданы), Ескі Қалқұтан»).
        between = re.sub(r"^\s*\([^()]{0,40}\)", "", between)
        # («Татан ауылының, Томар және …»: the first item with its own type word.)
        if before.typed and mention.typed and mention.place.precision == "city":
            between = re.sub(r"^\s*(?:ауыл|кент)\w*(?=\s*,)", "", between)
        # A type word of its own between items of settlements («в микрорайонах А и Б … и в жилом массиве В»);
        # not after a city («В Атырау, в микрорайоне Нурсая»: the city, then a part of it).
        kind = r"|ж\.\s?м\.|сел[оаеу]|микрорайон\w*|жил\w* массив\w*|пос[её]лк\w*" if before.typed else ""
        if re.fullmatch(
            # («Қазталов ауданында да, Бөрілі ауданында да»: «да» after each item.)
            r"\s*(?:да\s*|де\s*)?(?:,|,?\s*и|,?\s*және|\s*мен|\s*пен|\s*бен|,?\s*а также)\s*(?:в|во)?\s*"
            r"(?:с\.|мкр\.|п\.|сел[оа]" + kind + r")?\s*",
            between,
        ):
            mention.group = before.group
        else:
            mention.group = mention.at
    return found


def nominative_place(name: str) -> str:
    """«Шугылы» → «Шугыла», when the dictionary knows the word; otherwise as written."""
    parse = morph().parse(name)[0]
    if "Geox" in parse.tag or "Name" in parse.tag or "Surn" in parse.tag:
        return parse.inflect({"nomn"}).word.capitalize() if parse.inflect({"nomn"}) else name
    return name


# Residents of places: «Елток, Қойгелді ауылдарының … тұрғындарына қызмет көрсетеді», «обслуживает жителей сел …».
_RESIDENTS_AFTER = re.compile(r"[^.;:]{0,60}?\bтұрғындар\w*")
_RESIDENTS_BEFORE = re.compile(r"\bжител\w*\s+(?:[\w-]+\s+){0,2}$")


def _served(group: list[Mention], sentence: str) -> bool:
    """Whether a list of places names those whose residents a facility serves, not where facilities are."""
    return bool(
        _RESIDENTS_AFTER.match(sentence, group[-1].end)
        or _RESIDENTS_BEFORE.search(sentence[max(0, group[0].at - 40) : group[0].at])
    )


def place_list(
    mentions: list[Mention], start: int, end: int, sentence: str, *, nouns: list[int] = (), lang: str = "ru"
) -> list[Mention]:
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
    served = [m for group in groups.values() if len(group) >= 2 and _served(group, sentence) for m in group]
    mentions = [m for m in mentions if m not in served]
    for group in groups.values():
        if len(group) < 2 or group[0] in served:
            continue
        first, last = group[0].at, group[-1].end
        gap = sentence[last:start] if last <= start else sentence[end:first] if first >= end else ""
        low, high = (last, start) if last <= start else (end, first)
        if any(low <= n < high for n in nouns) or items_between(group, sentence):
            continue
        if first >= end and re.search(r",\s+(?:а|но)\s", gap):
            continue  # «… сдали амбулаторию, а в аулах X и Y отремонтировали пункты»: another clause's list
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
    if (
        len(villages) >= 2
        and len(sentence[villages[-1].end : start]) < 60
        and not items_between(villages, sentence)
        # («медицинский пункт в селе А, ФАП в селе Б и врачебную амбулаторию …»: theirs, not the last noun's;
        # Kazakh names the place before each noun.)
        and not (lang == "ru" and any(villages[0].at <= n < start for n in nouns))
    ):
        return villages
    # … or after it, up to the end of the clause («Амбулаториялар салынатын ауылдар – Арнасай (Аршалы ауданы), …»).
    stop = min([i for i in (sentence.find(c, end) for c in (".", ";", ", а ", ", но ")) if i >= 0] or [len(sentence)])
    villages = [m for m in mentions if end <= m.at < stop and m.typed]
    run = villages[:1]
    for m in villages[1:]:
        if items_between([run[-1], m], sentence) or any(run[-1].end <= n < m.at for n in nouns):
            break
        run.append(m)
    if len(run) >= 2 and len(sentence[end : run[0].at]) < 60:
        return run
    return []


def items_between(places: list[Mention], sentence: str) -> bool:
    """Whether a figure stands between places, which are then items of their own, not one list.

    «больница на 250 человек в микрорайоне Оркен, детский сад на 160 мест в микрорайоне Балыкшы»:
    each place is its item's.
    """
    return any(re.search(r"\d", sentence[a.end : b.at]) for a, b in itertools.pairwise(places))


# Places a facility of a list stands in, one each: a town, a village, a microdistrict, a street.
SETTLEMENT = ("city", "microdistrict", "street", "landmark")


def spread(following: list[Mention], count: int) -> list[Mention]:
    """Return the places the sentence after «два фельдшерско-акушерских пункта» gives them, one each, or [].

    ``following`` are that sentence's places.  «Первый появится в селе Колтоган …, второй – в селе
    Кызылжар …»: as many settlements as the count, each named once.
    """
    seen: dict[str, Mention] = {}
    for m in following:
        if m.typed and m.place.precision in SETTLEMENT:
            seen.setdefault(m.place.id, m)
    if not seen:
        # «Одна из амбулаторий строится в Кордайском районе, другая – в Таласском»: a district each.
        for m in following:
            if m.place.precision == "district":
                seen.setdefault(m.place.id, m)
    places = list(seen.values())
    return places if 2 <= len(places) <= count else []


def village_of(mention: Mention, mentions: list[Mention], sentence: str) -> Mention:
    """Return the village a district mention is followed by («Уәлиханов ауданының Кішкенекөл ауылында»), else it."""
    if mention.place.precision != "district":
        return mention
    after = [m for m in mentions if m.typed and m.at >= mention.end and m.place.precision in SETTLEMENT]
    if after and re.fullmatch(
        r"\s*(?:ауданының|ауданындағы|района)?\s*(?:с\.|села|селе|пос\.)?\s*", sentence[mention.end : after[0].at]
    ):
        return after[0]
    return mention


def towns(mentions: list[Mention]) -> list[Mention]:
    """Return the distinct settlements (towns, villages, microdistricts, streets) of ``mentions``."""
    return list({m.place.id: m for m in mentions if m.place.precision in SETTLEMENT}.values())


def district_named(name: str, gazetteer: Gazetteer, start: int, end: int) -> Mention | None:
    """Return the district a facility's name says it serves («Индерская районная больница», «Индер аудандық
    ауруханасы»), or None."""
    m = DISTRICT_ADJECTIVE.search(name)
    if m is None:
        return None
    written = f"{m.group(1)}ский район" if m.group(1) else f"{m.group(2)} ауданы"
    places = [p for p in gazetteer.lookup(written) if p.precision == "district"]
    return Mention(places[0].name, places[0], start, end) if places else None


def nearest(mentions: list[Mention], at: int) -> Mention | None:
    if not mentions:
        return None
    # The most specific place wins («в селе Жарма Иргизского района»: the village), then one named as a
    # settlement («в сельском округе Шорнак города Туркестана»: the village, not its city), then the nearest.
    return min(mentions, key=lambda m: (RANK.index(level(m)), not m.typed, abs(m.at - at)))


def level(mention: Mention) -> str:
    """How specific a mention is: a microdistrict named as one («мкр. Думан») is one, though the
    gazetteer knows it only as its district."""
    if mention.typed and (mention.text.startswith(PART_PREFIXES) or mention.text.endswith("шағын ауданы")):
        return "microdistrict"
    return mention.place.precision


def by_the_city(village: Mention, city: Mention) -> bool:
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


def precedes(mention: Mention, start: int, sentence: str) -> bool:
    """Whether a mention is the first word of the facility's name starting at ``start`` («Экибастузский роддом»)."""
    return (
        mention.end <= start
        and bool(TOWN_ADJECTIVE.match(sentence, mention.at))
        and bool(
            re.fullmatch(
                r"\s+(?:[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ую|юю|ом|ем|ых|их|ые|ие)\s+){0,2}",
                sentence[mention.end : start],
            )
        )
    )


def located_before(mention: Mention, start: int, sentence: str) -> bool:
    """Whether a Kazakh place says where the facility at ``start`` stands: «Кентаудағы 250 келушіге арналған
    емхана», «Жетісай қаласындағы аурухана» (the place in -дағы, then the facility's words, no list between)."""
    return mention.end <= start and bool(
        re.fullmatch(
            # (Or in the locative: «Ұлан ауданында аудандық емхана салынуда».)
            r"(?:[\w-]+\s+){0,2}[\w-]*(?:дағы|дегі|тағы|тегі|да|де|та|те)\s+(?:(?!(?:және|мен|пен|бен)\b)[\w-]+\s+){0,4}",
            sentence[mention.at : start],
        )
    )


def owns(mention: Mention, start: int, sentence: str) -> bool:
    """Whether a Kazakh place names the host of the facility at ``start``: «Арқалық ауруханасының перзентханасы»."""
    # («Қазалы аудандық ауруханасы» is the district's hospital, named after it: not where it is.)
    return (
        mention.end <= start
        and not re.match(r"\s+(?:аудандық|облыстық|қалалық)", sentence[mention.end :])
        and bool(
            re.fullmatch(
                rf"\s+(?:[\w-]+\s+){{0,2}}[\w-]+{GENITIVE_ENDING}\s+(?:[\w-]+\s+)?",
                sentence[mention.end : start],
            )
        )
    )


def apart(a: Mention, b: Mention) -> bool:
    """Whether two mentions are other places: in other regions, or two of one level («Ақжар», «Шұбар»)."""
    if a.place.region and b.place.region and a.place.region != b.place.region:
        return True
    return level(a) == level(b) and a.place.id != b.place.id


def finer(new: Mention, old: Mention) -> bool:
    """Whether ``new`` names a smaller place than ``old``: a lower level, or a district of the city ``old`` is
    («Астанада» … «Сарыарқа ауданында»)."""
    return RANK.index(level(new)) < RANK.index(level(old)) or new.place.parent == old.place.id
