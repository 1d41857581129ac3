"""From a records file to the page, the GeoJSON and a summary: the whole pipeline, no writing."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import geopandas as gpd

from geo.districts import assign_districts
from geo.elements import render_page
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.geojson import geojson_chunks
from geo.join import assign_regions, resolve_places
from geo.notes import read_notes, read_sources
from geo.outlines import district_frame, load_outlines
from geo.page import build_map
from geo.records import read_table, validate_records
from geo.regions import load_regions
from geo.vocab import STATUSES

COARSE = ("region", "country")
SHOW_COARSE = 10


@dataclass
class Outputs:
    """What one run makes: the facilities, and from them the page and the GeoJSON."""

    facilities: gpd.GeoDataFrame
    regions: gpd.GeoDataFrame
    gazetteer: Gazetteer
    notes: list[dict]
    sources: dict[str, dict]
    outlines: dict

    @cached_property
    def page(self) -> list[bytes]:
        """The page as UTF-8 pieces to write one after another (built on first use)."""
        fmap = build_map(
            self.facilities,
            regions=self.regions,
            notes=self.notes,
            sources=self.sources,
            cities=major_cities(self.gazetteer),
            outlines=self.outlines,
        )
        page = render_page(fmap)
        # The map's elements point at each other: only the cycle collector
        # frees them, and their copy of the data is large at 100,000 records.
        del fmap
        gc.collect()
        return page

    @property
    def html(self) -> str:
        """The page as text."""
        return b"".join(self.page).decode("utf-8")

    def geojson(self) -> Iterator[bytes]:
        """Return the GeoJSON of the facilities, in pieces to write one after another."""
        return geojson_chunks(self.facilities)

    def summary(self) -> str:
        """Return a few lines for the terminal: counts by status, coarse places."""
        f = self.facilities
        by_status = Counter(f["status"])
        lines = [f"{len(f)} records: " + ", ".join(f"{by_status[s]} {s}" for s in STATUSES if by_status[s])]
        coarse = f[f["precision"].isin(COARSE) | (f["place_unmatched"] != "")]
        for row in coarse.head(SHOW_COARSE).itertuples():
            unused = f"; not found: {row.place_unmatched}" if row.place_unmatched else ""
            lines.append(f"  coarse: {row.id} placed at {row.place_name} ({row.precision}){unused}")
        if len(coarse) > SHOW_COARSE:
            lines.append(
                f"  … and {len(coarse) - SHOW_COARSE} more placed only coarsely (see 'precision' in the GeoJSON)"
            )
        return "\n".join(lines)


def load_facilities(path: Path, gazetteer: Gazetteer, regions: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return the valid records of ``path`` as points with precision and region."""
    records = validate_records(read_table(path), gazetteer)
    return assign_regions(resolve_places(records, gazetteer), regions)


def major_cities(gazetteer: Gazetteer, *, min_population: int = 90_000) -> list[tuple[str, float, float]]:
    """Return (name, lat, lon) of the cities to label on the basemap."""
    return [(p.name, p.lat, p.lon) for p in gazetteer.places if p.population >= min_population]


@cache
def reference() -> tuple[gpd.GeoDataFrame, Gazetteer]:
    """Return the regions and the gazetteer (loaded once per process)."""
    regions = load_regions()
    return regions, load_gazetteer(regions)


def make(path: Path) -> Outputs:
    """Read, check and join the records of ``path``; write nothing.

    ``sources.csv`` and ``notes.csv`` are read from the same folder when present.
    """
    path = Path(path)
    regions, gazetteer = reference()
    outlines = load_outlines()
    facilities = assign_districts(load_facilities(path, gazetteer, regions), district_frame(outlines))
    sources = read_sources(path.parent / "sources.csv")
    notes = read_notes(path.parent / "notes.csv", gazetteer, regions)
    return Outputs(facilities, regions, gazetteer, notes, sources, outlines)
