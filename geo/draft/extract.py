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

import collections
import dataclasses
import math
import re
from dataclasses import dataclass, field

from geo.draft import rules
from geo.draft.article import Article
from geo.draft.mentions import (
    RANK,
    SETTLEMENT,
    Mention,
    apart,
    by_the_city,
    district_named,
    finer,
    level,
    located_before,
    nearest,
    owns,
    place_list,
    place_mentions,
    precedes,
    spread,
    towns,
    village_of,
)
from geo.draft.reading import (
    STATUS_RANK,
    clauses,
    dates_of,
    figures_of,
    history,
    loose_work_of,
    opening_soon,
    soon,
    status_of,
    works_of,
)
from geo.draft.text import language, lower, morph, split_sentences
from geo.places.gazetteer import Gazetteer
from geo.places.resolve import distance_m
from geo.places.text import fold

_NOUNS = [(re.compile(p), kind, en) for p, kind, en in rules.FACILITY_NOUNS]
_ANNEX = [(kind, re.compile(p)) for kind, p in rules.ANNEX_HOSTS]
_NUMBER = re.compile(r"(?:№|N|номер)\s*(\d+)")
_QUOTED = re.compile(r"«([^«»]{2,60})»")
_QUOTED_BEFORE = re.compile(
    r"«([^«»]{2,60})»\s+(?!(?:жоба|бағдарлама|программ|проект|нацпроект|ұлттық)\w*)(?:[\w-]{4,}\s+)?$"
)
_ADJECTIVE_RU = re.compile(
    r"^(?:[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ей|ою|ею)|№|\d+-?\w*)$"
)
_ADJECTIVE_KK = re.compile(
    r"^(?:[а-яәғқңөұүһі-]+(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|лы|лі|ды|ді|ты|ті|дағы|дегі|тағы|тегі|ндағы|ндегі)|"
    r"жаңа|заманауи|көпбейінді|ауданаралық|балалар|ана|бала|\d+|орындық|төсектік|қабатты)$"
)
# Text in «…» of three words or more: a programme's or a project's name («Строительство 350 врачебных
# амбулаторий, …»), not a facility the article reports.
# Words in speech («…аяқтадық», – деді) are longer or end a sentence inside the quotes.
_PROGRAMME_NAME = re.compile(
    # (Not words someone said: «… құрылысы аяқталуға жақын», – деп хабарлады Үкімет.)
    r"«(?=[^«»]{8,90}»(?!\s*,?\s*[–—-]\s*(?:деп|деді|сказал\w*|отметил\w*|сообщил\w*|подчеркнул\w*|пояснил\w*|"
    r"добавил\w*|заявил\w*|рассказал\w*)))[^«».!?]*?\s[^«».!?]*?\s[^«».!?]*»"
)


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
    loose_work: str = ""  # what words like «ремонт» or «салынып» say, when nothing says more
    missed: str = ""  # a date promised before and not kept («должно было завершиться в 2023 году»)
    start: str = ""
    due: str = ""
    from_list: bool = False
    resumed: bool = False  # works said to go on again after they stood
    unnamed: list[int] = field(default_factory=list)  # sentences that speak of it without its noun


@dataclass
class Draft:
    """What the drafter makes of one article."""

    article: Article
    language: str
    facilities: list[Facility]
    notes: list[str]
    sentences: list[str]
    context: list[Mention]


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
    if f.sentences == [0] and any(o.sentences != [0] for o in others):
        return True
    # «Аулиеколь: новый водопровод, открытие ФАПа …» … «В селе Аманкарагай … в открытии
    # фельдшерско-акушерского пункта»: the headline's noun, named again by the one facility of that noun.
    named = [k for k in f.sentences if k not in f.unnamed]
    alike = [o for o in others if o.noun_en == f.noun_en and o.sentences != [0]]
    return (
        named == [0]
        and len(alike) == 1
        and (
            f.place is None
            or alike[0].place is None
            or not alike[0].place.known
            or f.place.place.region == alike[0].place.place.region
        )
    )


def _count_before(words: list[str], lang: str = "ru") -> int:
    """Return the number written just before a noun («две поликлиники», «12 центров»), else 0.

    Only adjectives may stand between the number and the noun («два корпуса центра» counts
    the buildings), and a number a capacity word follows («570 орындық», «200-коечная») is no count.
    """
    i = len(words) - 1
    if (
        len(words) >= 2
        and words[-1] in ("–", "—", "-")
        and (n := re.match(r"(\d+)(?:-?[а-яёәғқңөұүһі]{1,3})?$", words[-2]))
    ):
        return int(n.group(1))  # «Олардың 260-ы – медициналық пункт»: a count broken down
    while i >= 0 and len(words) - i <= 4:
        word = words[i].lower().strip(",.")
        if re.match(r"\d", word) or word in rules.NUMBER_WORDS:
            following = words[i + 1].lower().strip(",.") if i + 1 < len(words) else ""
            if rules.CAPACITY.match(following) or rules.CAPACITY.search(word):
                return 0
            if re.fullmatch(r"(?:19|20)\d\d", word) and re.match(r"жыл|год|г\.", following):
                return 0  # «2025 жылы жаңа емхана салынады»: a year, not a count
            return int(word) if word.isdigit() else rules.NUMBER_WORDS.get(word, 0)
        if not _modifier(words[i], lang):
            return 0
        i -= 1
    return 0


def _settlements_counted(before: str, after: str = "") -> int:
    """Return how many settlements the words around a noun count («16 елді мекенінде ФАП, … және …»,
    «Медицинские пункты построят в шести селах»), else 0: facilities, one in each, not one."""
    m = rules.SETTLEMENTS_COUNTED.search(before) or rules.SETTLEMENTS_COUNTED_AFTER.match(after)
    if m is None:
        return 0
    number = m.group(1)
    return int(number) if number.isdigit() else rules.NUMBER_WORDS.get(number, 0)


def _plural(head: str, lang: str, count: int, *, listed: bool, after_verb: bool = False) -> bool:
    """Whether a facility noun stands for several: a number before it, a plural form, or a list of places after.

    «поликлиники» is a genitive singular or a nominative plural: it is plural
    only when a list of places follows («поликлиники в мкр. Курамыс и Шугыла»).
    """
    if count >= 2:
        return True
    last = head.split()[-1]
    if lang == "kk":
        return bool(re.search(r"(?:лар|лер|дар|дер|тар|тер)\w*$", last))
    # The head noun is the first noun after the adjectives: «центр медицинских услуг» is one centre, whatever
    # the number of «услуг». (When the head's number is unsure, the phrase's last noun decides, as before.)
    words = head.split()
    at = next(
        (
            j
            for j, word in enumerate(words)
            if (parses := morph().parse(word.lower().strip("«»,")))
            and any("NOUN" in p.tag for p in parses)
            and not any("ADJF" in p.tag for p in parses)
        ),
        len(words) - 1,
    )
    head_nouns = [p for p in morph().parse(words[at].lower().strip("«»,")) if "NOUN" in p.tag]
    if head_nouns and all("sing" in p.tag for p in head_nouns):
        return False
    nouns = [p for p in morph().parse(last) if "NOUN" in p.tag]
    if not nouns:
        return False
    plural_adjective = False
    for word in words[:at]:
        # «врачебной амбулатории»: an adjective that can only be singular makes the noun singular; «врачебные
        # амбулатории»: one that can only be plural, plural.
        adjectives = [p for p in morph().parse(word.lower()) if "ADJF" in p.tag]
        if adjectives and all("sing" in p.tag for p in adjectives):
            return False
        plural_adjective = plural_adjective or bool(adjectives) and all("plur" in p.tag for p in adjectives)
    if plural_adjective:
        return True
    numbers = {"plur" if "plur" in p.tag else "sing" for p in nouns}
    # (A verb goes with a noun that ends the phrase: «создаются врачебные амбулатории».)
    after_verb = after_verb and at == len(words) - 1
    return numbers == {"plur"} or (numbers == {"plur", "sing"} and (listed or after_verb))


def _after_verb(words: list[str], lang: str) -> bool:
    """Whether a verb stands right before a Russian noun phrase (its adjectives aside): «создаются амбулатории»,
    «построят поликлиники» are plural, where «строительство поликлиники» is one (not «не хватает поликлиники»)."""
    if lang != "ru":
        return False
    i = len(words) - 1
    while i >= 0 and _modifier(words[i], lang):
        i -= 1
    if i < 0 or (i and words[i - 1].lower() == "не"):
        return False
    word = words[i].lower().strip(",.«»")
    parse = morph().parse(word)[0]
    # («открылся Центр реабилитации»: a verb in the singular has a singular subject.)
    return (
        parse.tag.POS == "INFN" or parse.tag.POS == "VERB" and "plur" in parse.tag
    ) and not rules.VERB_OF_GENITIVE.match(word)


def _modifier(word: str, lang: str) -> bool:
    """Whether a word before a facility noun belongs to its name: an adjective, «№», a capacity."""
    if lang == "kk":
        # «ауылдарындағы», «қаласындағы» say where, not which: the place is the row's, not the name's.
        w = word.lower()
        where = w.startswith(_SETTLEMENT_WORDS_KK) and w.endswith(("дағы", "дегі", "тағы", "тегі"))
        # «заманауи үлгідегі» (of a modern style), «жоғары деңгейдегі»: a lowercase word in -дағы tells how, not which.
        where = where or word[:1].islower() and w.endswith(("дағы", "дегі", "тағы", "тегі"))
        # «2025 жылы жаңа емхана»: «жылы» (in the year) is no adjective of the name.
        return bool(_ADJECTIVE_KK.match(w)) and not where and not w.startswith("жыл")
    if not _ADJECTIVE_RU.match(word.lower()) or len(word) < 4 and not word[:1].isdigit():
        return False
    if word[:1].isdigit():
        return True
    parse = morph().parse(word.strip(",.«»"))[0]
    return parse.tag.POS in ("ADJF", "PRTF") and "Apro" not in parse.tag


def _is_host(lowered: str, nouns: list[tuple[int, int, str, str]], i: int) -> bool:
    """Whether facility noun ``i`` of a sentence names where a project is, or who does it, not a project.

    «на базе многопрофильной больницы», «Тапсырыс беруші – аудандық орталық аурухана», «инфекционного
    отделения местной больницы», «ауданаралық аурухананың перзентханасы», «аурухана базасында»,
    «онкологиялық диспансердің радиологиялық корпусы».
    """
    start, end = nouns[i][0], nouns[i][1]
    # The last word of the noun before: «инфекционного отделения» + «местной больницы».
    unit = lowered.rfind(" ", nouns[i - 1][0], nouns[i - 1][1]) + 1 or nouns[i - 1][0] if i else start
    genitive = bool(rules.GENITIVE.search(lowered[start:end]))
    return bool(
        rules.HOST_BEFORE.search(lowered[max(0, start - 60) : start])
        or rules.ACTOR_BEFORE.search(lowered[max(0, start - 60) : start])
        or rules.UNIT_OF.fullmatch(lowered, unit, start)
        # «ауданаралық аурухананың перзентханасы»: the hospital whose maternity ward it is.
        or (genitive and i + 1 < len(nouns) and re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", lowered[end : nouns[i + 1][0]]))
        or (rules.HOST_AFTER.match(lowered[end:]) and not rules.WORKS_IN_ITS_BUILDING.match(lowered[end:]))
        or (genitive and rules.BUILDING_AFTER.match(lowered[end:]))
        or (i + 1 < len(nouns) and bool(rules.PART_BAR.fullmatch(lowered[end : nouns[i + 1][0]])))
    )


def _same_capacity(
    facilities: list[Facility], kind: str, capacity: str, mention: Mention | None, here: list[Facility]
) -> Facility | None:
    """Return the facility of ``kind`` said before to have ``capacity``, at the place named or one holding it.

    «500 төсектік аурухана» in the headline is the «500 төсекке арналған көпбейінді аурухана» of the text.
    """
    return next(
        (
            g
            for g in facilities
            if g.kind == kind
            and g not in here
            and not g.from_list
            and g.figures.get(_capacity_column(kind)) == capacity
            and (mention is None or g.place is None or not apart(mention, g.place))
        ),
        None,
    )


def _existing(sentence: str, start: int) -> bool:
    """Whether the words before a facility noun say it exists already («действующий роддом»), not a project."""
    return bool(rules.EXISTING.search(lower(sentence[max(0, start - 30) : start])))


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
    # A name in quotes right after the noun, or right before it, as Kazakh writes it («Денсаулық» емханасы), a
    # word at most between («Мейірім» көпсалалы ауруханасы); not a programme's («С дипломом – в село» …).
    quoted = _QUOTED.match(after.strip()) or _QUOTED_BEFORE.search(sentence[max(0, start - 70) : start])
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
    elif quoted:
        phrase += f" «{quoted.group(1)}»"
        key = quoted.group(1).lower()
    if lang == "ru":
        phrase = _to_nominative(phrase)
    return phrase[:1].upper() + phrase[1:], key


def _to_nominative(phrase: str) -> str:
    """Return a Russian noun phrase in the nominative singular («городского родильного дома» → «городской родильный дом»).

    The adjectives take the gender of the first noun, so that they agree with it.
    """
    analyzer = morph()
    words = phrase.split()
    parses = []
    for word in words:
        if not re.fullmatch(r"[А-Яа-яЁё-]+", word):
            parses.append(None)
            continue
        parses.append(next((p for p in analyzer.parse(word) if {"NOUN", "ADJF", "PRTF"} & {str(p.tag.POS)}), None))
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
                    # («аурухананың жанынан да қосымша корпус»: beside it, a few words between.)
                    if not re.search(rf"{rules.GENITIVE_ENDING}\s+(?:[а-яәғқңөұүһі-]+\s+){{0,3}}$", before):
                        en = "building"
            found.append((m.start(), end, kind, en))
    found.sort()
    # «родильного дома – современного Центра матери и ребенка»: a noun after a dash names the one before again.
    return [
        n
        for i, n in enumerate(found)
        if not (i and re.fullmatch(r"\s*[–—]\s*(?:[а-яёәғқңөұүһі-]+\s+){0,2}", lowered[found[i - 1][1] : n[0]]))
    ]


def draft(article: Article, gazetteer: Gazetteer) -> Draft:
    """Return the facilities ``article`` reports, with places, figures, status, dates and the sentences behind them."""
    lang = language(article.text)
    year = int(article.published[:4]) if re.match(r"\d{4}", article.published or "") else None
    split = split_sentences(article.text)
    text_sentences = [s for s, _ in split]
    paragraph = [p for _, p in split]
    # The regions the headline and lead name: villages of the article are looked for there.
    lead = [m.place for s in text_sentences[:3] for m in place_mentions(s, gazetteer, lang)]
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
    part_nouns: dict[str, str] = {}  # the noun each of those parts was named by («polyclinic»)
    counted_before: dict[str, tuple[int, str, str]] = {}  # kind → (how many, English noun, name) of a count
    context_last: list[Mention] = []  # the places the sentence before named
    each: dict[str, dict[str, str]] = {}  # figures stated for every facility of a kind
    # «Дәрігерлік амбулаториялар:» on a line of its own, its villages on the lines that follow: the
    # heading's kind, name, sentence, and the status the line before it gave («Салынып жатқан нысандар:»).
    heading: tuple[str, str, str, int, str] | None = None
    stage_of_kind: dict[str, str] = {}  # the works a sentence said going on at several of a kind
    last_at = -1
    aside = -1  # the latest sentence that turned to other news («Сонымен бірге … аумағы абаттандырылуда»)
    # A facility a sentence named with no works («№1 қалалық емхана уақытша жаңа мекенжайға көшті»), in case
    # the next one tells of works on it: (kind, English noun, name, key, place, sentence).
    dormant: tuple[str, str, str, str, Mention | None, int] | None = None
    for k, sentence in enumerate(text_sentences):
        lowered = lower(sentence)
        mentions = place_mentions(sentence, gazetteer, lang, regions)
        for m in mentions:
            m.sentence = k
        context += mentions
        previous = [m for m in (context_last or []) if m.place.precision in SETTLEMENT]
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
                or rules.CAPACITY_AFTER.match(lowered[end : end + 70])
            )
            # («Зачаганску нужна новая поликлиника»: a need, not a project.)
            and not rules.NEED.search(lowered[max(0, start - 60) : start])
            and not rules.NEED_AFTER.match(lowered, end)
            and not any(f.kind == kind for f in facilities)
        }
        about_project = cued or bool(new_nouns)
        # «… заложили ещё семь объектов. Среди них – поликлиника …»: what the sentence before spoke of.
        # («Екінші нысан – гематология орталығы»: an item of an enumeration of projects.)
        opening = lowered.lstrip('«"— ')
        enumerated = bool(k and rules.ENUMERATED.match(opening))
        refers_back = enumerated or bool(k and rules.REFERS_BACK.match(opening))
        about_project = about_project or (refers_back and bool(rules.PROJECT_CUES.search(lower(text_sentences[k - 1]))))
        about_project = about_project or enumerated
        if about_project and history(lowered, year):
            about_project = False  # «её построили в 1968 году»: the past of a place, not a project
        if rules.NO_WORKS.search(lowered):
            about_project = False  # «емханаларды сенімгерлік басқаруға беру»: who runs them, no works
        here: list[Facility] = []
        several = False  # the sentence speaks of several other facilities together
        beside: Facility | None = (
            None  # «Аурухана жанынан … емхана да ашылады»: the facility the later nouns are part of
        )
        own_text = sentence  # the sentence without what it says of several facilities together
        # What follows a noun up to the next noun or clause is its own: «родильного дома на 80 коек в
        # Туркестане, многопрофильной больницы в Сарыагаше и … центра на 200 коек в Кажымукане».
        tails = [
            _tail_end(sentence, n[1], nouns[j + 1][0] if j + 1 < len(nouns) else len(sentence))
            for j, n in enumerate(nouns)
        ]
        # What comes before a noun in its own clause is its own too, in Russian: «в ауле X сдали амбулаторию, а
        # в аулах Y и Z отремонтировали пункты».
        # (Only where two nouns stand in clauses of their own: a «, а …» or «;» between them.)
        # (Russian only: Kazakh names each place before its noun.)
        split = [
            j
            for j in range(1, len(nouns))
            if lang == "ru" and _CLAUSE_START.search(sentence, nouns[j - 1][1], nouns[j][0])
        ]
        heads_from = [
            _head_start(sentence, n[0], tails[j - 1] if j else 0) if j in split or j + 1 in split else n[0]
            for j, n in enumerate(nouns)
        ]
        # Places other than regions and the country: what a facility of this sentence may stand at.
        own = [m for m in mentions if m.place.precision not in ("region", "country")]
        # What the sentence before spoke of, unless this one speaks of something else too («также»).
        recent = last if last_at == k - 1 and not rules.ALSO.search(lowered) else []
        if last and rules.HOUSED.search(lowered) and rules.IN_IT.search(lowered):
            # «Ол ашылғаннан кейін мұнда … емханасы … орналасады»: parts of the facility just named.
            nouns = []
        # (A line of its own, the next line a dashed item.)
        following = text_sentences[k + 1] if k + 1 < len(text_sentences) and paragraph[k + 1] != paragraph[k] else ""
        heads = nouns[0] if _heading(sentence, nouns, own, following) else None
        if heads:
            nouns = []  # «Дәрігерлік амбулаториялар:»: the lines that follow name them
        item = heading is not None and not nouns and _list_item(sentence, own)
        if item and heading is not None and (places := towns(own)):
            kind, en, name, at, told = heading
            here.append(_village_item(kind, en, name, places[0], at, facilities, status=told))
            _give_dates(here[-1:], text_sentences[at])  # «Фельдшерско-акушерские пункты (появятся в 2025 году)»
        for i, (start, end, kind, en) in enumerate(nouns):
            tail = tails[i]
            # «500 орындық емхана», «коечная»: a capacity written against the noun.
            capacity = rules.CAPACITY_BEFORE.search(lowered[max(0, start - 40) : start])
            if capacity and rules.PER_DAY.search(lowered[max(0, start - 55) : start]):
                capacity = None  # «тәулігіне 25 келушіге арналған медициналық пункт»: a load per day
            if capacity and i and nouns[i - 1][1] > max(0, start - 40) + capacity.start():
                capacity = None  # «300 орындық аурухана мен емхана»: the hospital's beds, not the polyclinic's
            capacity_value = capacity.group(1).replace(" ", "") if capacity else ""
            # «На месте старейшего роддома построят новый»: the new one, its noun left out, is this kind's project.
            replaced = (
                rules.NEW_ALONE.search(lowered[end:])
                if rules.IN_PLACE_OF.search(lowered[max(0, start - 40) : start])
                else None
            )
            if (
                beside is not None
                and kind != beside.kind
                and not rules.NEW_BEFORE.search(lowered[max(0, start - 25) : start])
            ):
                # «Аурухана жанынан бір ауысымда 100 адам қабылдайтын емхана да ашылады»: the hospital's own polyclinic.
                parts[kind], part_nouns[kind] = beside, en
                here += [beside] if beside not in here else []
                continue
            if not replaced and _is_host(lowered, nouns, i):
                if lang == "kk" and rules.BESIDE_IT.match(lowered[end:]):
                    name, key = _name_phrase(sentence, start, end, lang)
                    beside = _same(facilities, kind, key, nearest(own, start), here, name, recent=recent, en=en)
                # The building a project uses, not a project; named by its number, the project it is.
                number = _NUMBER.match(sentence[end : end + 8].strip())
                known = next((f for f in facilities if number and f.key == f"№{number.group(1)}"), None)
                if known is not None and known not in here:
                    here.append(known)
                if here and rules.PART_WITH.search(lowered[max(0, start - 40) : start]):
                    # «больница с поликлиникой»: its polyclinic, named again later.
                    parts[kind], part_nouns[kind] = here[-1], en
                continue
            if rules.STAFF_BEFORE.search(lowered[max(0, start - 60) : start]) or rules.STAFF_AFTER.match(
                lowered, start
            ):
                # «директор поликлиники», «ауруханасының бас дәрігері»: where a speaker works is no new project;
                # the facility named before, if it is one.
                name, key = _name_phrase(sentence, start, end, lang)
                known = _same(facilities, kind, key, nearest(own, start), here, name, recent=recent, en=en)
                here += [known] if known is not None and known not in here else []
                continue
            if here and rules.BRANCH_OF.search(lowered[max(0, start - 60) : start]):
                continue  # «… – филиал первой городской поликлиники»: the one just named is its branch
            whole = (here or recent or [None])[-1]
            if whole is not None and whole.kind != kind and rules.PART_AFTER.match(lowered, end):
                # «Стационар …, поликлиника при нем – на 500 посещений»: the hospital's own polyclinic.
                parts[kind], part_nouns[kind] = whole, en
                here += [whole] if whole not in here else []
                continue
            if (
                kind in parts
                and part_nouns[kind] == en  # («семейная врачебная амбулатория» is not the hospital's polyclinic)
                and not rules.NEW_BEFORE.search(lowered[max(0, start - 25) : start])
            ):
                # «… а мощность поликлиники – 200 посещений в день»: the hospital's own polyclinic.
                here += [parts[kind]] if parts[kind] not in here else []
                continue
            if (_existing(sentence, start) and not replaced) or rules.TRAINING.search(lowered):
                # «действующий роддом», «жұмыс істеп тұрған аурухана»; the clinics where doctors trained.
                continue
            if rules.EXAMPLES_OF_MANY.search(lowered[:start]) and status_of(sentence) == "completed":
                # «открылся 21 медицинский объект – в их числе Национальный онкологический центр»: an example of
                # a total done, no news of its own (not «построят 16 объектов, в том числе областную больницу»).
                continue
            if rules.BOTH.search(lowered[max(0, start - 20) : start]) or (
                rules.EVERY.search(lowered[max(0, start - 20) : start])
                and len([f for f in last if f.kind == kind]) >= 2
            ):
                # «оба ФАПа обойдутся в 100 млн»: the ones just named, together; «Әр емхана бір ауысымда 300
                # адамды қабылдайды»: each of them.
                here += [f for f in last if f.kind == kind and f not in here]
                continue
            numbers = _numbers_listed(sentence, start, end)
            if len(numbers) >= 2 and (about_project or refers_back):
                # «городские поликлиники № 3, 5, 7 и 12», «№2 және №13 қалалық емханалар»: one each.
                name, _ = _name_phrase(sentence, start, end, lang)
                singular = re.sub(r"^№\s?\d+\s+|\s*№.*$", "", _singular(name, lang))
                singular = singular[:1].upper() + singular[1:]
                mention = nearest(own, start)
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
            # Many villages counted are a statement; a few («үш ауылында»), the article may name one by one.
            villages_counted = _settlements_counted(lowered[max(0, start - 90) : start], lowered[end:])
            count = _count_before(words, lang) or (villages_counted if villages_counted > _FEW else 0)
            after = [m for m in own if start < m.at < end + 80]
            numbered = bool(_NUMBER.match(sentence[end : end + 8].strip()))
            # A list is two places or more joined by commas or «и» («в мкр. Курамыс и Шугыла»), not a village
            # and the district it is in («в селе Шамалган Карасайского района»).
            joined = max(collections.Counter(m.group for m in after).values(), default=0)
            plural = not numbered and _plural(
                sentence[start:end], lang, count, listed=joined >= 2, after_verb=_after_verb(words, lang)
            )
            # «Қызылжар, Шұбар және Алтынемел ауылдарында дәрігерлік амбулатория салынып жатыр»: one per village.
            lists = place_list(own, start, end, sentence, nouns=[n[0] for n in nouns if n[0] != start], lang=lang)
            if lists and not numbered:
                plural = True
            if (
                count <= 1
                and i
                and rules.ONE_MORE_OF_COUNT.match(lowered, nouns[i - 1][1], start)
                and _count_before(sentence[: nouns[i - 1][0]].split(), lang) >= 2
            ):
                # «15 дәрігерлік амбулатория мен бір медициналық пункт іске қосылды»: one more of a total.
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
                # («Үш ауылында ФАП-тар пайдалануға берілді. Енді Татан, Томар және М.Мамыраев ауылдарының …».)
                expected = count or villages_counted
                for at, later in enumerate(
                    text_sentences[k + 1 : k + 3] if expected and not listed and not counted else []
                ):
                    following = place_mentions(later, gazetteer, lang, regions)
                    for m in following:
                        m.sentence = k + 1 + at  # (where its district is looked for)
                    groups: dict[int, list[Mention]] = {}
                    for m in following:
                        if m.place.precision not in ("region", "country"):
                            groups.setdefault(m.group, []).append(m)
                    listed = max(groups.values(), key=len, default=[])
                    listed = listed if len(listed) >= 2 else []
                    # («… в шести селах. Три из них – в Шалкарском районе – Шокысу, Сарысай и Тогыз, остальные – Жарык
                    # в Мугалжарском районе, …»: as many villages as counted, over several lists.)
                    one_each = spread(following, expected)
                    listed = one_each if len(one_each) == expected > len(listed) else listed or one_each
                    if listed or following:
                        break
                later = text_sentences[k + 1] if k + 1 < len(text_sentences) else ""
                if (
                    not (listed or count or counted or towns(own))
                    and about_project
                    and len(nouns) == 1  # (not «ФАП-тар, медициналық пункттер және амбулатория»: kinds over villages)
                    and not _facility_nouns(lower(later))
                ):
                    # «… возводят инфекционные больницы. В Павлодаре и Петропавловске строят стационары на 200 мест»:
                    # uncounted, the towns the next sentence lists, one each, if it names no other facility.
                    following = [
                        m for m in place_mentions(later, gazetteer, lang, regions) if m.place.precision in SETTLEMENT
                    ]
                    for m in following:
                        m.sentence = k + 1
                    groups = collections.defaultdict(list)
                    for m in following:
                        groups[m.group].append(m)
                    listed = max(groups.values(), key=len, default=[])
                    listed = listed if len(listed) >= 2 else []
                # «Үш нысан салынуда. Олар – Опытное, Ушанова және Алтай ауылдарындағы дәрігерлік амбулаториялар»:
                # a list that names what the sentence before spoke of.
                follows = k > 0 and bool(rules.PROJECT_CUES.search(lower(text_sentences[k - 1])) or refers_back)
                if listed and not count and _kinds_over_districts(listed, nouns, lowered, gazetteer):
                    # «Сырым, Ақжайық, Бөрлі аудандарында фельдшерлік-акушерлік пункттер, дәрігерлік амбулаториялар
                    # мен медициналық пункттер салынып жатыр»: several kinds over several districts, uncounted, is
                    # a summary, not one of each in every district.
                    listed = []
                if listed and (about_project or (follows and lists)):
                    before = len(facilities)
                    name, _ = _name_phrase(sentence, start, end, lang)
                    singular = _singular(name, lang)
                    # «Петропавлда және Уәлиханов ауданының Кішкенекөл ауылында»: an item that is a district
                    # is the village it names right after.
                    listed = [village_of(m, mentions, sentence) for m in listed]
                    # «25 орындық дәрігерлік амбулаториялар»: the capacity is each one's figure, not its name.
                    bare = re.sub(
                        r"^(?:\d[\d ]*\s*)?(?:орындық|төсектік|коечн\w*|местн\w*)\s+", "", singular, flags=re.I
                    )
                    singular = bare[:1].upper() + bare[1:]
                    # «строят две амбулатории. … начали строить две амбулатории – одну в микрорайоне «Саялы»,
                    # другую в «Карасу»»: those a count named before, each now placed.
                    counted_here = counted_before.get(kind)
                    for n, mention in enumerate(listed[: count or len(listed)], start=1):
                        f = _find(facilities, kind, mention)
                        if f is None and counted_here and counted_here[0] == len(listed):
                            f = _counted(facilities, kind, n, counted_here[0])
                            if f is not None:
                                f.name, f.place = f"{singular} ({mention.text})", mention
                        f = f or Facility(kind, en, f"{singular} ({mention.text})", "", from_list=True)
                        f.place = f.place or mention
                        if capacity:
                            f.figures.setdefault(_capacity_column(kind), capacity_value)
                        if f not in facilities:
                            facilities.append(f)
                        here.append(f)
                    if not about_project:
                        # The sentence before said what happens to them («… ашу жоспарланған»).
                        _gather(facilities[before:], text_sentences[k - 1], notes)
                elif about_project and 2 <= count <= _FEW and len(nouns) == 1 and len(towns(own)) == 1:
                    # «Атырау қаласында екі заманауи емхана бой көтеріп жатыр»: two projects at one town.
                    name, _ = _name_phrase(sentence, start, end, lang)
                    counted = (count, en, _singular(name, lang))
                    here += [_one_of(counted, kind, n, facilities, place=towns(own)[0]) for n in range(1, count + 1)]
                    counted_before[kind] = counted  # «Первый строится …, второй центр еще проектируют»
                elif count >= 2 or plural:
                    several = about_project  # not «шетелдегі клиникалармен»: a comparison
                    if about_project:
                        notes.append(sentence)
                        stage = status_of(sentence) if not count else ""
                        if stage in ("construction", "design"):
                            # «… дәрігерлік амбулаториялардың құрылысын аяқтауға … бөлінді»: works going on
                            # at those the article names one by one later.
                            stage_of_kind[kind] = stage
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
                        for column, value in figures_of(sentence).items():
                            each.setdefault(kind, {}).setdefault(column, value)
                continue
            name, key = _name_phrase(sentence, start, end, lang)
            if replaced:
                # «На месте старейшего роддома … построят новый»: «Новый роддом», not the old one's name.
                name = _to_nominative(f"{replaced.group(0).split()[-1]} {sentence[start:end]}")
                name = name[:1].upper() + name[1:]
            mention = district_named(name, gazetteer, start, end)
            if mention is None and len(nouns) >= 2:
                # What follows the noun, and a town's adjective just before it («Экибастузский родильный дом»).
                inside = [
                    m
                    for m in own
                    if end <= m.at < tail
                    or precedes(m, start, sentence)
                    or lang == "ru"
                    and heads_from[i] <= m.at
                    and m.end <= start
                    or lang == "kk"
                    and (owns(m, start, sentence) or located_before(m, start, sentence))
                ]
                others = [
                    m
                    for j, n in enumerate(nouns)
                    if j != i
                    for m in own
                    if n[1] <= m.at < tails[j]
                    or precedes(m, n[0], sentence)
                    or lang == "ru"
                    and heads_from[j] <= m.at
                    and m.end <= n[0]
                ]
                # Its own place, else none rather than a place another facility of the list has.
                mention = nearest(inside, start) or (None if others else nearest(own, start))
            elif mention is None:
                mention = nearest(own, start)
            if mention is None and rules.HERE.search(lowered) and previous:
                # «Алғашқы лента Жаңатұрмыс елді мекенінде қиылды. Мұндағы … амбулатория»: the place just named.
                mention = previous[-1]
            if (
                en == "clinic"
                and rules.BARE_CLINIC.fullmatch(lowered[start:end])
                and re.fullmatch(
                    r"(?:нов\w+ |жаңа |крупн\w+ |современн\w+ |больш\w+ |заманауи |ірі )?клиник\w*", name.lower()
                )
                # («орталықтың клиникасы»: a clinic someone else owns, another one.)
                and not re.search(rf"{rules.GENITIVE_ENDING}\s+$", lowered[max(0, start - 15) : start])
                and not key
                and not re.search(r"[№\d]", sentence[max(0, start - 25) : start])
                # («… пойдет под снос, а взамен построят новую клинику»: one in place of the old, a project.)
                and not rules.IN_PLACE_OF.search(lowered[max(0, start - 40) : start])
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
                _place_at(f, mention)
                here += [f] if f not in here else []
                then = rules.ORDINAL_ALONE.search(lowered, end)
                if then:
                    g = _one_of(counted_before[kind], kind, rules.ORDINALS[then.group(1)], facilities)
                    _place_at(g, nearest([m for m in own if m.at >= then.end()], then.end()))
                    here += [g] if g not in here else []
                continue
            # «в новую клинику перейдут больные … областной больницы»: only the new one is a project.
            this_one = about_project and (cued or refers_back or start in new_nouns)
            if not this_one:
                # Not about works or money: a facility named again, if any, is what the sentence speaks of.
                known = _same(facilities, kind, key, mention, here, name, recent=recent, en=en)
                if known is not None:
                    here.append(known)
                elif len(nouns) == 1 and not about_project:
                    dormant = (kind, en, name, key, mention, k)
                continue
            # «тағы бір амбулатория», «ещё одна поликлиника»: another one, never the one before.
            another = bool(rules.ANOTHER.search(lowered[max(0, start - 30) : start]))
            if another and [f.sentences for f in facilities if f.kind == kind] == [[0]]:
                # «Жаңа жұқпалы аурулар ауруханасы салынады. … тағы бір жұқпалы аурулар ауруханасы салынбақ»: one
                # more than the city has, and the one the headline named.
                another = False
            # «бірінші перинаталдық орталық», «второй центр»: one of those counted before.
            f = _counted(facilities, kind, rules.ORDINALS[ordinal.group(1)], None) if ordinal else None
            f = f or (None if another else _same(facilities, kind, key, mention, here, name, recent=recent, en=en))
            if f is not None and capacity:
                # «75 төсектік … аурухана» is not «200 төсектік … аурухана» in the same town.
                said = f.figures.get(_capacity_column(kind))
                if said and said != capacity_value:
                    f = None
            if f is None and capacity and not another and not ordinal:
                f = _same_capacity(facilities, kind, capacity_value, mention, here)
            if f is None:
                f = Facility(kind, en, name, key)
                facilities.append(f)
            _place_at(f, mention)
            if f not in here:
                here.append(f)
            then = rules.ORDINAL_ALONE.search(lowered, end) if ordinal else None
            second = _counted(facilities, kind, rules.ORDINALS[then.group(1)], None) if then else None
            if second is not None and second not in here:
                # «Первая поликлиника появится …, вторая – на улице …»: the next one, its noun left out.
                here.append(second)
                _place_at(second, nearest([m for m in own if m.at >= then.end()], then.end()))
            if len(nouns) >= 2 and not rules.TRAPS.search(lower(sentence[end:tail])):
                # «… дома на 80 коек в Туркестане, …»: figures after the noun, before the next, are its own.
                figures = figures_of(sentence[end:tail])
                for column, value in figures.items():
                    f.figures.setdefault(column, value)
                if figures:
                    own_text = own_text[:end] + " " * (tail - end) + own_text[tail:]
            # «500 орындық емхана мен 200 орындық перзентхана»: a capacity written against its noun is that facility's.
            if capacity:
                f.figures.setdefault(_capacity_column(kind), capacity_value)
                at = max(0, start - 40) + capacity.start()
                own_text = own_text[:at] + " " * (start - at) + own_text[start:]
        if (
            not here
            and not nouns
            and rules.OTHER_OBJECTS.search(lowered)
            and not rules.HEALTH_WORDS.search(rules.TOWN_CENTRE.sub(" ", lowered))
            and not rules.BESIDE_OTHER.search(lowered)
        ):
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
            before = lower(text_sentences[k - 1]) if k else ""
            here = _generic_per_village(lowered, mentions, facilities, lang, before=before)
            if here and rules.THEIR.match(lowered):
                # «До конца года планируется завершить … семи объектов. Их возводят в сёлах …»: what the
                # sentence before said of them is theirs.
                _give_dates(here, text_sentences[k - 1])
                told = status_of(text_sentences[k - 1])
                for f in here:
                    f.status = f.status or told
        unplaced = any(f.place is None or f.place.place.precision not in SETTLEMENT for f in recent)
        if (
            not here
            and not nouns
            and about_project
            and len(counted_before) == 1
            and not unplaced
            and not rules.OTHER_OBJECTS.search(lowered)
        ):
            # «… строят три ФАПа. В селе А ФАП готов на 90%. В селе Б работы только начались, а в селе В объект
            # сдадут в декабре»: those counted, their noun left out, one per village, each its own clause.
            # (Not «Нысан … Темірлан ауылында бой көтереді»: the facility just named, placed.)
            (kind, counted), *_ = counted_before.items()
            here = _counted_in_villages(sentence, k, own, kind, counted, facilities)
            if here:
                last, last_at = here, k
                continue
        elided = rules.ORDINAL_FIRST.match(lowered)
        if not here and not nouns and elided and len(counted_before) == 1:
            # «Екіншісі Арыс қаласында бой көтереді», «Вторую построят в Арыси»: the next of those counted.
            (kind, counted), *_ = counted_before.items()
            # (One the count's list already placed here is that one.)
            placed = [
                f for f in facilities if f.kind == kind and f.place and any(m.place.id == f.place.place.id for m in own)
            ]
            f = placed[0] if placed else _one_of(counted, kind, rules.ORDINALS[elided.group(1)], facilities)
            f.place = f.place or nearest(own, 0)
            here = [f]
        more = rules.ONE_MORE.match(opening)
        if not here and not nouns and more and last and last_at == k - 1 and len({f.kind for f in last}) == 1:
            # «… открыли три амбулатории – в селах А, Б и В. Ещё одна, в селе Шелек, откроется в декабре»: one
            # more of those, its noun left out, at a place no facility of the article has.
            taken = {f.place.place.id for f in facilities if f.place is not None}
            settled = [m for m in towns(own) if m.place.id not in taken]
            if settled:
                base = re.sub(r"\s*\([^()]*\)$", "", last[0].name)
                f = Facility(last[0].kind, last[0].noun_en, f"{base} ({settled[0].text})", "", from_list=True)
                f.place = settled[0]
                facilities.append(f)
                here = [f]
        if not here and not nouns and len(last) == 1 and last_at == k - 1:
            # «Үш ауылда медициналық пункт ашылды. Олар … Жандосов, Ұмтыл және Береке ауылдарында»: the
            # counted facility is one per village the next sentence lists («Олар», or as many villages as
            # were counted: «Енді Темірші, Томар және М.Мамыраев ауылдарының тұрғындары …»).
            villages = towns([m for m in mentions if m.typed])
            counted = rules.COUNTED_PLACES.search(lower(text_sentences[k - 1]))
            if len(villages) >= 2 and counted and (rules.THEIR.match(lowered) or _number(counted) == len(villages)):
                here = _one_per_village(last[0], villages, facilities)
        if (
            not here
            and not nouns
            and dormant is not None
            and dormant[5] == k - 1
            and not facilities  # (only the article's first: a later one's works may be another's)
            and dormant[5] <= 2
            and status_of(sentence) in ("planned", "design", "construction")
            and about_project
            and works_of(sentence)
            and rules.REMENTIONS.search(lowered)
            and not rules.OTHER_OBJECTS.search(lowered)
        ):
            # «№1 қалалық емхана уақытша жаңа мекенжайға көшті. Себебі … негізгі ғимаратта күрделі жөндеу басталды»:
            # the facility just named, its works told now.
            kind, en, name, key, mention, at = dormant
            f = Facility(kind, en, name, key, sentences=[at])
            f.place = mention
            facilities.append(f)
            here = [f]
        continued = False
        # «Сонымен бірге … аумағы абаттандырылуда»: «also», and nothing that names it again, is other news.
        turned_aside = not here and bool(rules.ALSO.match(opening) and not rules.REMENTIONS.search(lowered))
        if turned_aside:
            aside = k
        if not here and rules.COUNTED_GENERIC.search(lowered):
            # «сегіз медициналық нысанның ашылғанын»: a statement about several others.
            if rules.PROJECT_CUES.search(lowered):
                notes.append(sentence)
        elif not here and last and not several and not heads and not _other_place(mentions, last) and not turned_aside:
            # No facility named: a re-mention («объект», «нысан», «её»), or the very next sentence about it.
            # In the same paragraph, a sentence that names nothing still speaks of it (Kazakh has no «её»).
            # (Not past other news the paragraph turned to: «Сәуірде басталған жұмыстар …» are its works.)
            if (
                rules.REMENTIONS.search(lowered)
                or k == last_at + 1
                or paragraph[k] == paragraph[last_at]
                and aside < last_at
            ):
                here, continued = list(last), not rules.REMENTIONS.search(lowered)
                for f in here:
                    f.unnamed.append(k)
                settled = towns(own)
                if (
                    not continued
                    and len(here) == 1
                    and len(settled) == 1
                    and re.match(r"(?:нысан|объект|ғимарат|здани|медучреждени|мекеме)", lowered)
                    and not rules.OTHER_OBJECTS.search(lowered)
                ):
                    # «Нысан Ордабасы ауданындағы Темірлан ауылында бой көтереді»: where the one just named stands.
                    _place_at(here[0], settled[0])
        if re.search(r"всем (?:трем|двум|четырем|\d+) объектам|всех объектов|барлық нысан|екі нысан|үш нысан", lowered):
            here = list(facilities)
        elif not nouns and rules.ALL_OF_THEM.search(lowered) and len(facilities) > len(here) and not continued:
            # «Ввести объекты в эксплуатацию планируется до конца года»: a date for all the article's facilities.
            _give_dates(facilities, sentence)
        for f in here:
            if k not in f.sentences:
                f.sentences.append(k)
        # «её построили в 1968 году»: the past of a place says nothing of the project's status.
        counted, colon, named = own_text.rpartition(":")
        if colon and rules.NEXT_IN_LINE.match(lower(named)):
            # «28 медициналық нысан салынды: кезекте перинаталдық орталық»: what is said of the objects before
            # the colon is not said of those that come next.
            own_text = " " * (len(counted) + 1) + named
        # A sentence that follows without naming the facility may speak of something else, but design
        # papers («Жобалық-сметалық құжаттама әзірленіп жатыр») are the project's own.
        told = not continued or bool(rules.DESIGN_PAPERS.search(lowered)) and status_of(own_text) == "design"
        _gather(here, own_text, notes, status=told and not history(lowered, year))
        if here and rules.NOW.match(opening) and (stage := status_of(own_text)) in ("construction", "suspended"):
            # «Завершено строительство … Сейчас в здании ведётся внутренняя отделка»: the state today is the stage.
            for f in here:
                if f.status == "completed":
                    f.status = stage
        counted_last = bool(k and rules.COUNTED_GENERIC.search(lower(text_sentences[k - 1])))
        if here and counted_last and not refers_back and not status_of(own_text):
            # «Өңірде … тағы екі нысан пайдалануға берілді. Ноғайты ауылындағы ФАП күніне 40 адам қабылдайды»:
            # one of those counted, with their stage.
            told = status_of(text_sentences[k - 1])
            for f in here:
                if f.sentences[:1] == [k]:
                    f.status = f.status or told
        if here and refers_back:
            told = status_of(text_sentences[k - 1])
            _give_dates(here, text_sentences[k - 1])  # «Уже в новом году город получит три объекта. Это больница …»
            for f in here:
                # «… ожидается заключение госэкспертизы по нескольким проектам. Это поликлиника …»: the later
                # stage wins, as in _gather.
                if STATUS_RANK.get(told, 0) > STATUS_RANK.get(f.status, 0):
                    f.status = told
                if k - 1 not in f.sentences:
                    f.sentences.insert(0, k - 1)  # its stage and dates were said there: the row rests on it too
        if here:
            last, last_at = here, k
        if heads:
            start, end, kind, en = heads
            before = text_sentences[k - 1] if k and text_sentences[k - 1].rstrip().endswith(":") else ""
            told = status_of(before) or status_of(sentence) or (heading[4] if heading else "")
            heading = (kind, en, _singular(sentence[start:end], lang), k, told)
        elif not item:
            heading = None
    # The headline sums the news up: a facility no sentence gives a status takes the headline's.
    # («28 медициналық нысан салынды: кезекте перинаталдық орталық пен емханалар»: those that come next are
    # not those the headline counts.)
    title = text_sentences[0] if text_sentences else ""
    before, _, after = title.rpartition(":")
    headline = status_of(after if before and rules.NEXT_IN_LINE.match(lower(after)) else title)
    # So does its work, and then the first words of the article that tell one («Их построили по
    # национальному проекту»).
    headline_work = works_of(title)[:1] or [loose_work_of(title)]
    article_work = next((w for s in text_sentences[1:] if (w := loose_work_of(s))), "")
    for f in facilities:
        f.due = f.due or f.missed
        if f.status in ("", "planned") and f.kind in stage_of_kind:
            f.status = stage_of_kind[f.kind]
        f.status = f.status or headline
        if f.status == "suspended" and f.resumed:
            f.status = "construction"  # «тоқтап қалған құрылысы қайта басталды»: stood, and going on again
        f.loose_work = f.loose_work or headline_work[0] or article_work
        if f.status in ("planned", "") and soon(f.due, article.published):
            # «К концу августа должны ввести в эксплуатацию новую больницу» (in July): it is being built.
            f.status = "construction"
        elif f.status in ("planned", "design", "") and 0 < _percent(f.figures.get("progress_pct", "")) < 100:
            # «стройка выполнена на 95%», said in a sentence that names no facility: works under way.
            f.status = "construction"
        elif f.status in ("planned", "") and opening_soon(
            " ".join(text_sentences[i] for i in f.sentences), f.due, article.published
        ):
            # «До конца года у вокзала должна открыться поликлиника»: one to open within a year is being built.
            f.status = "construction"
    # A facility only the headline names, where the article then names facilities of its kind one by
    # one («Ақсуат ауданының екі ауылында медициналық пункт ашылды»), is those facilities summed up.
    facilities = [f for f in facilities if not _summed_up(f, facilities)]
    for f in facilities:
        for column, value in each.get(f.kind, {}).items():
            f.figures.setdefault(column, value)
    return Draft(article, lang, facilities, _unique(notes), text_sentences, context)


def _kinds_over_districts(
    listed: list[Mention], nouns: list[tuple[int, int, str, str]], lowered: str, gazetteer: Gazetteer
) -> bool:
    """Whether a list of rural districts comes before two or more facility nouns named together, all of them."""
    if len(nouns) < 2 or listed[-1].end > nouns[0][0]:
        return False
    if not all(m.place.precision == "district" and gazetteer.city_of(m.place) is None for m in listed):
        return False  # (a city's districts: «в районах Есиль и Нура»)
    joined = r"[\s,]*(?:және|мен|пен|бен|и)?[\s,]*"
    return all(re.fullmatch(joined, lowered[a[1] : b[0]]) for a, b in zip(nouns, nouns[1:], strict=False))


def _give_dates(facilities: list[Facility], sentence: str) -> None:
    """Give facilities the start and due date a sentence names, where they have none yet (a missed date, if
    that is all it names)."""
    start, due, missed = dates_of(sentence)
    for f in facilities:
        f.start, f.due = f.start or start, f.due or due or missed


def _percent(value: str) -> float:
    """Return a progress figure as a number («95», «87,5»), or 0 when there is none."""
    m = re.match(r"\d{1,3}(?:[.,]\d+)?", value)
    return float(m.group(0).replace(",", ".")) if m else 0.0


def _heading(sentence: str, nouns: list[tuple[int, int, str, str]], own: list[Mention], following: str = "") -> bool:
    """Whether a line heads a list of places: a facility noun alone before a colon («Медициналық пункттер:»), or
    a short line of its own with no full stop that dashed items follow («Медицинские пункты» / «— село Жарма, …»)."""
    if len(nouns) != 1 or own:
        return False
    words = len(sentence.split())
    dashed_next = bool(following) and bool(rules.LIST_MARK.match(following))
    if sentence.rstrip().endswith(":"):
        # («2025 жылы фельдшерлік-акушерлік пункттер бой көтеретін ауылдар:», dashed villages on the lines after.)
        return (words <= 4 and not rules.PROJECT_CUES.search(lower(sentence))) or (words <= 10 and dashed_next)
    return not re.search(r"[.!?…]\s*$", sentence) and words <= 8 and dashed_next


def _list_item(sentence: str, own: list[Mention]) -> bool:
    """Whether a line is an item of a list under a heading: a number or dash first, or only places."""
    if rules.LIST_MARK.match(sentence):
        return True
    rest = sentence
    for m in sorted(own, key=lambda m: -m.at):
        rest = rest[: m.at] + rest[m.end :]
    return bool(own) and not re.sub(rf"{rules.SETTLEMENT_WORDS}|[\W\d_]", "", lower(rest))


_SETTLEMENT_WORDS_KK = ("ауыл", "қала", "елді", "мекен", "кент", "аудан", "облыс", "шағын")


def _other_place(mentions: list[Mention], facilities: list[Facility]) -> bool:
    """Whether a sentence is about another town or district than the facilities it would continue."""
    own = {f.place.place.id for f in facilities if f.place is not None}
    # (A microdistrict the gazetteer lacks, «в строящемся микрорайоне Акжайык», is a part of the town.)
    towns = [
        m
        for m in mentions
        if m.place.precision in ("city", "microdistrict", "landmark")
        and (m.known or not re.match(r"мкр\.|ул\.|.*(?:шағын\s?аудан|көше)", m.text))
    ]
    return bool(own) and bool(towns) and all(m.place.id not in own for m in towns)


def _singular(name: str, lang: str) -> str:
    if lang == "kk":
        return re.sub(r"(лар|лер|дар|дер|тар|тер)(\w*)$", "", name.split()[-1]) and _kk_singular(name)
    analyzer = morph()
    parses = [analyzer.parse(word)[0] for word in name.split()]
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
        if m.typed and m.place.precision in SETTLEMENT:
            groups.setdefault(m.group, []).append(m)
    if rules.PLURAL_GENERIC.search(generic.group(0)):
        villages = towns([m for m in mentions if m.typed])
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


def _village_item(
    kind: str, en: str, name: str, village: Mention, k: int, facilities: list[Facility], *, status: str = ""
) -> Facility:
    """Make the facility a list places at one village («Дәрігерлік амбулатория (Ақтүбек ауылы)»), first said in
    sentence ``k``."""
    f = Facility(kind, en, f"{name} ({village.text})", "", place=village, status=status, from_list=True, sentences=[k])
    facilities.append(f)
    return f


def _counted_in_villages(
    sentence: str, k: int, own: list[Mention], kind: str, counted: tuple[int, str, str], facilities: list[Facility]
) -> list[Facility]:
    """Make the facilities a count named that a sentence places in villages, each with its own clause."""
    count, en, name = counted
    placed = {f.place.place.id for f in facilities if f.kind == kind and f.place is not None}
    villages = [v for v in towns([m for m in own if m.typed]) if v.place.id not in placed]
    if not villages or len(villages) > count - len(placed):
        return []
    out = []
    for v in villages:
        f = _village_item(kind, en, name, v, k, facilities)
        out.append(f)
        # Its clause: from the village's mention to the next one («…, а в селе Караой объект сдадут в декабре»).
        after = [m.at for m in villages if m.at > v.at]
        _gather([f], sentence[v.at : after[0] if after else len(sentence)], [])
    return out


def _number(count: re.Match[str]) -> int:
    """Return the number a count of places begins with («үш ауылда»: 3), or 0."""
    word = count.group(0).split()[0]
    return int(word) if word.isdigit() else rules.NUMBER_WORDS.get(word, 0)


def _one_of(
    counted: tuple[int, str, str], kind: str, n: int, facilities: list[Facility], *, place: Mention | None = None
) -> Facility:
    """Return facility ``n`` of those a count named («екі жаңа аурухана»), making it, at ``place``, when first named."""
    count, en, name = counted
    f = _counted(facilities, kind, n, count)
    if f is None:
        f = Facility(kind, en, f"{name} ({n}/{count})", "", from_list=True)
        f.place = place
        facilities.append(f)
    return f


def _place_at(facility: Facility, mention: Mention | None) -> None:
    """Place ``facility`` at ``mention`` when it has no place yet or the mention is a finer one."""
    if mention and (facility.place is None or finer(mention, facility.place)):
        facility.place = mention


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


_ITEM_END = re.compile(r"[,;:.()]|\s(?:и|а также|және|мен|пен|бен)\s")


# («…, а в аулах …», «…; …», and «…, в Ногайты Байганинского района – фельдшерско-акушерский пункт».)
_CLAUSE_START = re.compile(r",\s+(?:а|но|тогда как)\s+|;\s*|,\s+(?=в\s+(?:сел[еоа]\s+|с\.\s*|городе\s+|г\.\s*)?[А-ЯЁ])")


def _head_start(sentence: str, start: int, after: int) -> int:
    """Return where the clause of a facility noun at ``start`` begins (a «, а …» or «;» before it, not
    before ``after``), or ``start`` when another clause boundary is nearer: only a clause that holds its
    noun alone is its own."""
    found = [m.end() for m in _CLAUSE_START.finditer(sentence, after, start)]
    begin = found[-1] if found else after
    # (A comma between: «в селе X, где …, построят …» may be another item's; none between is safest.)
    return begin if "," not in sentence[begin:start] else start


def _tail_end(sentence: str, end: int, stop: int) -> int:
    """Return where the words that follow a facility noun (from ``end``) stop being its own: the next
    noun (``stop``), a clause's end, or «и»/«және» before another item.  Words in brackets are its own
    too: «фельдшерлік-акушерлік пункт (құны – 190 млн теңге), ал …»."""
    m = _ITEM_END.search(sentence, end, stop)
    if m and m.group(0) == "(" and (close := sentence.find(")", m.end(), stop)) > 0:
        return close + 1
    return m.start() if m else stop


def _capacity_column(kind: str) -> str:
    """Return the column a capacity («500 орындық», «на 200 коек») fills for a kind: visits for outpatients."""
    return "visits_per_shift" if kind == "polyclinic" else "beds"


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
    if kind == "maternity" and not same_kind and not key:
        # «Новый роддом городу нужен …» after «перинатальный центр № 2»: the only perinatal centre, called
        # a maternity hospital.
        perinatal = [f for f in facilities if f.kind == "perinatal" and f not in here]
        if len(perinatal) == 1 and (
            mention is None or perinatal[0].place is None or _may_hold(mention, perinatal[0].place)
        ):
            return perinatal[0]
    # The headline names the facility the lead then names in full.
    if kind == "other" and en:
        # «other» holds many kinds: a hospice is not the TB centre the headline named.
        same_kind = [f for f in same_kind if f.noun_en == en]
    titled = [f for f in same_kind if f.sentences[:1] == [0] and not f.key and not f.from_list and f.place is None]
    if len(titled) > 1:
        # «Амбулатории, ФАП и медпункт: …»: each of the headline's nouns is named again by its own.
        titled = [f for f in titled if f.noun_en == en]
    if titled:
        titled[0].key = key or titled[0].key
        if key or len(name.split()) > len(titled[0].name.split()):
            # «больницу», «роддом» in the headline are «городская больница № 3», «Экибастузский родильный дом».
            titled[0].name = name
        return titled[0]
    # «В Астане достраивают инфекционную больницу …» … «детская инфекционная больница на 250 коек»: the
    # headline's facility, named again in full, with no place of its own.
    headlined = [
        f
        for f in same_kind
        if f.sentences[:1] == [0]
        and not f.key
        and not f.from_list
        and f.noun_en == en
        and len(name.split()) > len(f.name.split())
        and _alike(name, f.name)
        and mention is None
        # (Not once the text has gone on to a new facility: «детской туберкулезной больницы» after the village
        # ambulatory, at the end of a report on an emergency hospital, is another hospital.)
        and not any(g.sentences[:1] > [_last_named(f)] for g in facilities)
    ]
    if not key and len(headlined) == 1:
        headlined[0].name = name
        return headlined[0]
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
        # («Қалалық жұқпалы аурулар ауруханасы» is not «№1 қалалық клиникалық аурухана»: a noun of its own.)
        if len(unkeyed) == 1 and unkeyed[0].noun_en == en:
            unkeyed[0].key = key  # «нового роддома» … «родильного дома № 1»
            if not re.search(r"\b(?:нов|жаңа)", unkeyed[0].name.lower()):
                unkeyed[0].name = name  # «поликлинику» in the headline is «поликлиника № 15»
            return unkeyed[0]
        return None
    if mention:
        # (Or a homonym of it: the headline's «Тайынша» read before the region the lead names.)
        at_place = [
            f
            for f in same_kind
            if f.place is not None
            and (f.place.place.id == mention.place.id or f.place.place.name == mention.place.name)
        ]
        if at_place:
            return at_place[-1]
        # The headline's facility in a city, the lead's in a microdistrict or street of it («… в Уральске»,
        # «… в микрорайоне Акжайык»): the lead places it finer.
        in_city = [
            f
            for f in same_kind
            if f.sentences[:1] == [0]
            and f in recent
            and not f.from_list
            and f.place is not None
            and f.place.place.precision == "city"
            and level(mention) in ("exact", "street", "landmark", "microdistrict")
            and (mention.place.parent == f.place.place.id or not mention.known)
        ]
        if len(in_city) == 1 and len(same_kind) == 1:
            return in_city[0]
        # A facility placed elsewhere at the same or a finer level is another one, but for a village by
        # the big city now named («… в сельском округе Шорнак … в Туркестане»).
        same_kind = [
            f
            for f in same_kind
            if f.place is None
            or RANK.index(mention.place.precision) > RANK.index(f.place.place.precision)
            and _may_hold(mention, f.place)
            # A district of the city the facility was placed in («Астанада … Сарыарқа ауданында»): finer.
            or mention.place.parent == f.place.place.id
            # Placed in a district, then named in a village of it: «аудандық аурухананың жаңа корпусы» … «Әйтеке
            # би кентіндегі … ауруханасының жаңа корпусы».
            or f.place.place.precision == "district"
            and level(mention) == "city"
            and mention.known
            and f.noun_en == en
            and _may_hold(f.place, mention)
            or by_the_city(f.place, mention)
            # The one just spoken of, in a part of the city now named («новую поликлинику в микрорайоне «Жас
            # Оркен»» … «Почему открытая поликлиника не работает, спросили … в Петропавловске»).
            or f in recent
            and level(mention) == "city"
            and mention.place.importance >= 1  # (a town, not a village)
            and level(f.place) in ("exact", "street", "landmark", "microdistrict")
            and (f.place.place.parent == mention.place.id or not f.place.known)
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
        # («инфекционное отделение» … «основного корпуса районной больницы»: the hospital is more than its unit.)
        and not (rules.UNIT.search(same_kind[0].name.lower()) and not rules.UNIT.search(name.lower()))
        # «Сарыағаштағы перинаталдық орталық»: a place of its own, written into its name.
        and not re.search(r"\b[А-ЯЁӘҒҚҢӨҰҮҺІ]\w*(?:дағы|дегі|тағы|тегі)\b", name)
    ):
        # «Сарыкемердегі жаңа емхана … Ауылдық емхана заманауи жабдықпен жарақтандырылған»: the only one of
        # its kind, just spoken of, named again in other words, with no place of its own.
        return same_kind[0]
    # «амбулатория» again is the ambulatory, not the medical post named since (both primary care); «новый
    # медицинский пункт» after an ambulatory is one more.
    same_noun = [f for f in unnamed if f.noun_en == en]
    if fresh and not same_noun:
        return None
    rural = ("medical post", "medical outpatient clinic")
    if en in rural and not same_noun and mention is None and all(f.noun_en in rural for f in same_kind):
        # «Өргебаста фельдшерлік-акушерлік пункт … тұрғызылып жатыр» after two ambulatories: another noun, no
        # place to tie it to one of them: another facility.
        return None
    return (same_noun or unnamed)[-1] if unnamed else None


def _last_named(facility: Facility) -> int:
    """Return the last sentence that names ``facility`` (not one that only goes on about it), else -1."""
    return max((k for k in facility.sentences if k not in facility.unnamed), default=-1)


def _may_hold(wider: Mention, place: Mention) -> bool:
    """Whether a district or region the text names may hold ``place`` («Индерская районная больница» is not
    the hospital of Кульсары, in another district): by its region, and a district by its reach from its centre."""
    outer, inner = wider.place, place.place
    if outer.region and inner.region and outer.region != inner.region:
        return False
    if outer.precision != "district" or not place.known or math.isnan(inner.lat) or not outer.radius_m:
        return True
    return distance_m(outer, inner.lat, inner.lon) <= outer.radius_m


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
    status = status_of(sentence) if status else ""
    works = works_of(sentence)
    loose = loose_work_of(sentence)
    start, due, missed = dates_of(sentence)
    lowered = lower(sentence)
    resumed = bool(status) and bool(rules.RESUMED.search(lowered))
    last_year = status == "completed" and bool(rules.LAST_YEAR.search(lowered))
    for f in here:
        f.loose_work = f.loose_work or loose
        f.resumed = f.resumed or resumed
        if last_year and f.status in ("planned", "design"):
            continue  # opened last year: not the project the article has called a plan
        if STATUS_RANK.get(status, 0) > STATUS_RANK.get(f.status, 0):
            f.status = status
        for w in works:
            if w not in f.work:
                f.work.append(w)
        f.start = f.start or start
        # «должно было завершиться в 2023 году»: a newer date, if any, comes first. The first promise an
        # article gives is its news; later ones are mostly history.
        f.missed = f.missed or missed
        f.due = f.due or due
    parts = []
    for clause in clauses(sentence):
        # «Стоимость 300 млн тенге, рассчитана на 45 посещений в сутки»: only the part with the trap goes.
        parts += re.split(r"(?<!\d),|,(?!\d)", clause) if rules.TRAPS.search(lower(clause)) else [clause]
    for clause in parts:
        # «на 40 посещений в день стоимостью 190 млн тенге»: the load goes, the cost stays.
        clause = rules.PER_DAY.sub(lambda m: " " * len(m.group(0)), clause)
        lowered = lower(clause)
        if rules.TRAPS.search(lowered):
            continue
        figures = figures_of(clause)
        if not figures:
            continue
        if len(here) > 1 and not rules.EACH.search(lowered):
            notes.append(sentence)
            continue
        if rules.FOR_SEVERAL.search(lowered) and not rules.EACH.search(lowered):
            notes.append(sentence)  # money for several facilities named in the plural
            continue
        if len(here) > 1 and rules.TOGETHER.search(lowered):
            notes.append(sentence)
            continue
        for f in here:
            for column, value in figures.items():
                f.figures.setdefault(column, value)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
