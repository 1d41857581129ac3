"""Everything places are resolved against, loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import geopandas as gpd

from geo.places.coordinates import Borders
from geo.places.gazetteer import Gazetteer
from geo.places.outlines import load_outlines
from geo.places.regions import load_regions
from geo.places.tables import load_gazetteer


@dataclass(frozen=True)
class Reference:
    """The regions (full boundaries and the simplified outlines), the country's borders, the gazetteer."""

    regions: gpd.GeoDataFrame
    simple: gpd.GeoDataFrame
    borders: Borders
    gazetteer: Gazetteer
    outlines: dict

    def region_names(self) -> dict[str, str]:
        """Return the Russian name of each region by pcode."""
        return dict(zip(self.regions["pcode"], self.regions["name_ru"], strict=True))


@cache
def load_reference() -> Reference:
    """Return the project's reference data (cached: one load per process)."""
    regions = load_regions()
    outlines = load_outlines()
    simple = gpd.GeoDataFrame.from_features(outlines["regions"]["features"], crs="EPSG:4326")
    return Reference(regions, simple, Borders(outlines["country"]), load_gazetteer(regions), outlines)
