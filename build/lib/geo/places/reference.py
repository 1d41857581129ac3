"""Everything places are resolved against, loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

import geopandas as gpd

from geo.places.coordinates import Borders
from geo.places.gazetteer import Gazetteer
from geo.places.outlines import load_outlines
from geo.places.regions import NearestRegion, load_regions
from geo.places.tables import load_gazetteer


@dataclass(frozen=True)
class Reference:
    """The regions (full boundaries), their simplified outlines, the gazetteer.

    The country's borders and the nearest-region search are made on first
    use: only records with their own lat/lon need them.
    """

    regions: gpd.GeoDataFrame
    gazetteer: Gazetteer
    outlines: dict

    @cached_property
    def borders(self) -> Borders:
        """Kazakhstan's outline with its margin."""
        return Borders(self.outlines["country"])

    @cached_property
    def nearest(self) -> NearestRegion:
        """The region nearest to a point outside every polygon, from the simplified outlines."""
        return NearestRegion(gpd.GeoDataFrame.from_features(self.outlines["regions"]["features"], crs="EPSG:4326"))

    def region_names(self) -> dict[str, str]:
        """Return the Russian name of each region by pcode."""
        return dict(zip(self.regions["pcode"], self.regions["name_ru"], strict=True))


@cache
def load_reference() -> Reference:
    """Return the project's reference data (cached: one load per process)."""
    regions = load_regions()
    return Reference(regions, load_gazetteer(regions), load_outlines())
