"""Known places of Kazakhstan, indexed by every folded spelling of their names.

The places come from tables (:mod:`geo.places.tables`), most trusted first:

* ``geo/data/places.csv``: city districts, microdistricts, residential
  areas and streets, placed from cited sources;
* ``geo/data/districts.csv``: the rural districts (аудандар) of every
  region, at their administrative centre or the point their source gives;
* ``geo/data/settlements.csv``: towns and villages GeoNames lacks;
* the 20 regions (:mod:`geo.places.regions`), at a point inside each;
* ``geo/data/geonames_kz.csv``: every populated place of Kazakhstan of
  500 people or more in GeoNames (``python -m geo.places.geonames``);
* a user's own ``places.csv`` beside the records.

Every place knows its region: the one its table states, else the one
whose polygon holds it (and GeoNames' own admin1 code, where that differs).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from geo.places.text import fold, stem, variants

# How specific a place is, most specific first.  A city district lies
# inside its city; a rural district holds many villages.
LEVELS = {
    "exact": 0,
    "street": 1,
    "landmark": 1,
    "microdistrict": 2,
    "city_district": 3,
    "city": 4,
    "district": 5,
    "region": 6,
    "country": 7,
}


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
    region: str = ""
    # Every region a text may name for this place: its own, GeoNames' admin1 where that differs.
    regions: frozenset[str] = field(default=frozenset(), repr=False)
    # How much the place stands out among its homonyms: 2 a city, 1 a district centre or town, 0 a village.
    importance: int = 0
    level: int = 0

    @property
    def kind(self) -> str:
        """``city_district`` for a district of a city, else the precision."""
        return "city_district" if self.level == LEVELS["city_district"] else self.precision


class Gazetteer:
    """An index of places by every folded spelling of their names."""

    def __init__(self, places: list[Place], *, wider: dict[str, set[str]] | None = None):
        self.places = places
        # The regions a text naming a region may mean (geo.places.regions.wider_regions).
        self.wider = wider or {}
        self.by_id = {p.id: p for p in places}
        self._index: dict[str, list[Place]] = {}
        for place in places:
            for name in {fold(n) for n in place.names}:
                if name:
                    self._index.setdefault(name, []).append(place)
        self._stems: dict[str, list[Place]] | None = None
        # The candidates of each part of a written place seen so far (geo.places.resolve).
        self.parts: dict[str, list[Place]] = {}

    def with_places(self, extra: list[Place]) -> Gazetteer:
        """Return a gazetteer that also knows ``extra`` (a user's places), which come first among homonyms."""
        return Gazetteer(extra + self.places, wider=self.wider) if extra else self

    def lookup(self, name: str, *, stems: bool = True) -> list[Place]:
        """Return the places called ``name`` in any spelling, the written form's matches first.

        A name not found as written is tried without a Kazakh case ending
        («Ақсуда»), then, unless ``stems`` is false, by the stems of its words
        («Карасайского района»).
        """
        for key in variants(name):
            found = self._index.get(key)
            if found:
                return list(found)
        key = fold(name)
        if not stems or len(key) < 3:
            return []  # «Об», «Шу»: a word this short is a name as written or none («Об» is no stem of «Ойыл»)
        return list(self._stem_index().get(stem(key), ()))

    def _stem_index(self) -> dict[str, list[Place]]:
        # Built on the first name that is not found as written: most files never need it.
        if self._stems is None:
            stems: dict[str, list[Place]] = {}
            for key, places in self._index.items():
                bucket = stems.setdefault(stem(key), [])
                bucket.extend(p for p in places if p not in bucket)
            self._stems = stems
        return self._stems

    def keys(self) -> list[str]:
        """Return every folded name the gazetteer knows."""
        return list(self._index)

    def first_named(self, key: str) -> Place:
        """Return the first place indexed under the folded name ``key``."""
        return self._index[key][0]

    def ancestors(self, place: Place) -> list[Place]:
        """Return the places that hold ``place``, nearest first, by ``parent``."""
        out: list[Place] = []
        seen = {place.id}
        while place.parent and place.parent not in seen:
            parent = self.by_id.get(place.parent)
            if parent is None:
                break
            out.append(parent)
            seen.add(parent.id)
            place = parent
        return out

    def city_of(self, place: Place) -> Place | None:
        """Return the city that holds a district, microdistrict or street, or None."""
        return next((p for p in self.ancestors(place) if p.precision == "city"), None)

    def district_of(self, place: Place) -> Place | None:
        """Return the district (of a city, or rural) that is or holds ``place``, or None."""
        if place.precision == "district":
            return place
        return next((p for p in self.ancestors(place) if p.precision == "district"), None)
