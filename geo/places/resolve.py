"""From a place as a reporter writes it to one known place, never outside the region the text names.

«с. Аксу, Акмолинская область», «Абай, Келесский район, Туркестанская
область», «Қаракемер ауылы Қарасай ауданы», «мкр. Шанырак-2, Алатауский
район, Алматы»: the text is split into parts; the parts that name a region,
a district or a city become the context; every other part's candidates must
lie inside that context (the region, or what was part of it before 2022;
the district; the city); among those left, the most specific part wins.
A settlement that is not known inside the context falls back to the most
specific unit that is (district, then region), and is reported unmatched.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from geo.places.gazetteer import LEVELS, Gazetteer, Place
from geo.places.text import fold, place_type

# Splits a written place into parts: "мкр. Жетысу-3, Ауэзовский район, Алматы".
_PARTS = re.compile(r"[,;/()]|\s+[-–—]\s+(?=\S+\s+(?:район|ауданы|область|облысы)\b)")
# The kinds of place a part's own words allow («с. Абай» is no district, «Абайский район» no village).
_KINDS = {
    "settlement": {"city"},
    "city": {"city"},
    # A microdistrict no source places resolves to its district (city_parts.csv).
    "microdistrict": {"microdistrict", "street", "city_district", "city"},
    "street": {"street"},
    "district": {"district", "city_district"},
    "region": {"region"},
}
# A town with no district of its own in the tables is taken to be in a named district when it lies
# within this many times the district's radius of its point (often its centre, off the middle).
_HOLDS = 2
# A homonym stands out when it is this many times as populous as the next one elsewhere.
_DOMINANT = 5


@dataclass(frozen=True)
class Resolution:
    """What a written place resolved to.

    ``place`` is the winning place, or None when the text fits several
    places in different regions (``choices``) and says nothing that tells
    them apart.  ``unmatched`` lists the parts of the text that were not
    used: not known, or not known inside the region or district the text
    names.
    """

    place: Place | None
    matched: str
    unmatched: tuple[str, ...]
    choices: tuple[Place, ...] = ()
    district: Place | None = None


@dataclass
class _Part:
    text: str
    candidates: list[Place]
    fitting: list[Place]


def split_place(text: str, gazetteer: Gazetteer) -> list[str]:
    """Split a written place into its parts, also where no comma separates them.

    «с. Каракемер Карасайского района Алматинской области» is three parts:
    each «района»/«области»/«ауданы»/«облысы» takes the words before it that
    make a known name (one to three), or the word after it («район Байконыр»).
    """
    parts = []
    for piece in _PARTS.split(text):
        piece = piece.strip()
        if piece:
            parts.extend(_split_at_heads(piece, gazetteer))
    # «в», «по», a lone «с.»: words that name nothing are no part.
    return [p for p in parts if fold(p)]


def _split_at_heads(piece: str, gazetteer: Gazetteer) -> list[str]:
    words = piece.split()
    heads = [k for k, w in enumerate(words) if place_type(w) in ("district", "region")]
    if not heads or len(words) <= 2 or gazetteer.lookup(piece):
        return [piece]
    owner = [-1] * len(words)
    for n, head in enumerate(heads):
        if owner[head] >= 0:
            continue
        span = None
        for k in (1, 2, 3):
            start = head - k
            if start < 0 or any(owner[j] >= 0 or j in heads for j in range(start, head)):
                break
            if gazetteer.lookup(" ".join(words[start : head + 1])):
                span = (start, head + 1)
                break
        if span is None:
            after = head + 1
            if (
                after < len(words)
                and owner[after] < 0
                and after not in heads
                and gazetteer.lookup(" ".join(words[head : after + 1]))
            ):
                span = (head, after + 1)
            elif head > 0 and owner[head - 1] < 0 and head - 1 not in heads:
                span = (head - 1, head + 1)
            else:
                span = (head, head + 1)
        for j in range(*span):
            owner[j] = n
    out: list[str] = []
    k = 0
    while k < len(words):
        j = k
        while j < len(words) and owner[j] == owner[k]:
            j += 1
        out.append(" ".join(words[k:j]))
        k = j
    return out


_NUMBERED = re.compile(r"^(.*\D)[\s-]*\d{1,2}$")


def _candidates(text: str, gazetteer: Gazetteer) -> list[Place]:
    """Return the places ``text`` may name, of the kind its words allow.

    «Коктал-2» not known as such is the microdistrict Коктал: a numbered
    part of a microdistrict is placed at the microdistrict.
    """
    # Parts repeat across a file's places («…, Алматинская область»): each is looked up once.
    cached = gazetteer.parts.get(text)
    if cached is not None:
        return cached
    kind = place_type(text)
    found = _of_kind(gazetteer.lookup(text), kind)
    numbered = _NUMBERED.match(text.strip())
    if not found and numbered:
        found = [c for c in _of_kind(gazetteer.lookup(numbered[1]), kind) if c.kind == "microdistrict"]
    gazetteer.parts[text] = found
    return found


def _of_kind(candidates: list[Place], kind: str) -> list[Place]:
    allowed = _KINDS.get(kind)
    return [c for c in candidates if c.kind in allowed] if allowed else candidates


def distance_m(a: Place, lat: float, lon: float) -> float:
    """Return the great-circle distance from place ``a`` to a point, in metres."""
    p1, p2 = math.radians(a.lat), math.radians(lat)
    dp, dl = p2 - p1, math.radians(lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_000 * math.asin(min(1.0, math.sqrt(h)))


class _Context:
    """What the parts of one text say about where the place is."""

    def __init__(self, gazetteer: Gazetteer, parts: list[_Part], wider: dict[str, set[str]]):
        self.gazetteer = gazetteer
        regions = [p for p in parts if p.candidates and all(c.kind == "region" for c in p.candidates)]
        # The regions named, and what they held before the 2022 and 2018 splits.
        self.named = {c.id for p in regions for c in p.candidates}
        self.allowed = set().union(*(wider.get(r, {r}) for r in self.named)) if self.named else set()
        cities = [p for p in parts if p.candidates and p not in regions]
        # The towns each part names: the context of the other parts' districts and microdistricts.
        self._cities = {id(p): {c.id for c in p.candidates if c.kind == "city"} for p in cities}
        # The regions of the towns each part names: a soft hint for the other parts' homonyms.
        self._city_regions = {
            id(p): {c.region for c in p.candidates if c.kind == "city" and c.population} for p in cities
        }
        self.districts: list[Place] = []

    def city_regions(self, part: _Part) -> set[str]:
        """Return the regions of the towns the other parts name."""
        return set().union(*(r for k, r in self._city_regions.items() if k != id(part)))

    def in_region(self, place: Place) -> bool:
        if not self.allowed or place.kind == "country" or place.regions & self.named:
            return True
        # What was part of the named region before 2018/2022: its towns and villages, not a new city's insides.
        return place.kind == "city" and bool(place.regions & self.allowed)

    def in_district(self, place: Place) -> bool:
        for district in self.districts:
            if place.level >= district.level:
                continue
            held_by = self.gazetteer.district_of(place)
            if held_by is not None:
                if held_by.id != district.id:
                    return False
            elif place.kind == "city" and distance_m(district, place.lat, place.lon) > _HOLDS * district.radius_m:
                return False
        return True

    def in_city(self, place: Place, part: _Part) -> bool:
        cities = set().union(*(c for k, c in self._cities.items() if k != id(part)))
        if not cities:
            return True
        big = [self.gazetteer.by_id[c] for c in cities if c in self.gazetteer.by_id]
        big = [c for c in big if c.importance >= 2]
        if place.level == LEVELS["city"] and place.importance < 2 and big:
            # A village written beside a big city is in its region or near it: «Достық шағын ауданы,
            # Павлодар» is no village Достық (Дружба) of Zhetisu Region, 1,000 km off; «Косшы, Астана» is
            # the town next to the capital.
            return any(place.region == c.region or distance_m(c, place.lat, place.lon) <= SATELLITE_M for c in big)
        if place.level >= LEVELS["city"]:
            return True
        city = self.gazetteer.city_of(place)
        return city is None or city.id in cities

    def fits(self, place: Place, part: _Part) -> bool:
        return self.in_region(place) and self.in_district(place) and self.in_city(place, part)

    def ranking(self, part: _Part):
        """Return the sort key of ``part``'s candidates: inside the named region, near the named towns, biggest."""
        towns = self.city_regions(part)

        def key(place: Place) -> tuple:
            # Distance to the named district tells homonymous towns apart, nothing else.
            near = min((distance_m(d, place.lat, place.lon) for d in self.districts), default=0.0)
            near = near if place.kind == "city" else 0.0
            # Inside a named district the homonym the tables put there, else the one nearest its centre,
            # wins over a bigger one farther off;
            # then the bigger place, then the more specific (a microdistrict over the district naming it).
            return (
                bool(self.named) and place.region not in self.named,
                bool(towns) and place.region not in towns,
                bool(self.districts) and self.gazetteer.district_of(place) not in self.districts,
                round(near / 10_000),
                -place.importance,
                -place.population,
                place.level,
            )

        return key


# How far from a big city a town written beside it may lie (Косшы, Талгар, Каскелен are 20–30 km out).
SATELLITE_M = 60_000


def resolve(text: str, gazetteer: Gazetteer) -> Resolution | None:
    """Return the most specific place ``text`` names inside the region and district it names, or None.

    A text naming a region may mean what was part of it before 2022
    (``gazetteer.wider``): «Урджар, ВКО» is Urzhar, now in Abai Region.
    """
    parts_text = split_place(text, gazetteer)
    if len(parts_text) > 1:
        whole = gazetteer.lookup(text)
        if whole:
            return Resolution(whole[0], text.strip(), (), district=gazetteer.district_of(whole[0]))
    parts = [_Part(t, _candidates(t, gazetteer), []) for t in parts_text]
    context = _Context(gazetteer, parts, gazetteer.wider)
    # Districts first: they are the context of the villages and microdistricts in them.
    district_parts = [p for p in parts if p.candidates and all(c.precision == "district" for c in p.candidates)]
    for part in district_parts:
        fitting = (c for c in part.candidates if context.in_region(c) and context.in_city(c, part))
        part.fitting = sorted(fitting, key=context.ranking(part))
        if part.fitting and _unique(part, context) is not None:
            context.districts.append(part.fitting[0])
    for part in parts:
        if part not in district_parts:
            part.fitting = sorted((c for c in part.candidates if context.fits(c, part)), key=context.ranking(part))
    found = [p for p in parts if p.fitting]
    if not found:
        return None
    best = min(found, key=lambda p: p.fitting[0].level)
    unmatched = tuple(p.text for p in parts if not p.fitting)
    winner = _unique(best, context)
    if winner is None:
        return Resolution(None, best.text, unmatched, choices=tuple(_choices(best.fitting)))
    district = gazetteer.district_of(winner) or next((d for d in context.districts if d.level > winner.level), None)
    return Resolution(winner, best.text, unmatched, district=district)


def _unique(part: _Part, context: _Context) -> Place | None:
    """Return the first fitting place of ``part`` unless a place of another region is as likely; then None."""
    fitting = part.fitting
    first = fitting[0]
    if context.named or context.districts:
        return first
    others = [c for c in fitting[1:] if c.region != first.region and c.kind != "country"]
    if not others:
        return first
    second = others[0]
    towns = context.city_regions(part)
    if towns and first.region in towns and second.region not in towns:
        return first
    if first.importance > second.importance:
        return first
    # Populations tell homonyms apart only when both are known.
    if second.population and first.population >= _DOMINANT * second.population:
        return first
    return None


def _choices(fitting: list[Place]) -> list[Place]:
    seen: set[str] = set()
    out = []
    for place in fitting:
        if place.region not in seen:
            seen.add(place.region)
            out.append(place)
    return out


def suggest(text: str, gazetteer: Gazetteer, *, limit: int = 3) -> list[str]:
    """Return names of known places closest to ``text`` (fuzzy, any spelling)."""
    from rapidfuzz import fuzz, process

    keys = gazetteer.keys()
    suggestions: list[str] = []
    for part in split_place(text, gazetteer) or [text]:
        for key, _score, _ in process.extract(fold(part), keys, scorer=fuzz.WRatio, limit=limit, score_cutoff=60):
            name = gazetteer.first_named(key).name
            if name not in suggestions:
                suggestions.append(name)
    return suggestions[:limit]
