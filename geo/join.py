"""Joining records to places and regions."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.gazetteer import Gazetteer


def resolve_places(records: pd.DataFrame, gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    """Return ``records`` as points, with where each point comes from.

    Adds ``precision``, ``place_name`` (the place the point stands for),
    ``place_source``, ``radius_m`` and ``place_unmatched`` (parts of
    ``place`` that were not used).  A record's own ``lat``/``lon`` win
    with precision ``exact``.  Each distinct ``place`` is resolved once.
    """
    codes, places = pd.factorize(records["place"])
    rows = []
    for text in places:
        hit = gazetteer.resolve(text)
        if hit:
            p = hit.place
            rows.append((p.lat, p.lon, p.precision, p.name, p.source, p.radius_m, ", ".join(hit.unmatched)))
        else:
            rows.append((float("nan"), float("nan"), "", "", "", 0, text))
    cols = ["_lat", "_lon", "precision", "place_name", "place_source", "radius_m", "place_unmatched"]
    # One row per distinct place, spread over the records by their codes.
    looked_up = pd.DataFrame(rows, columns=cols).take(codes).set_axis(records.index)
    out = pd.concat([records, looked_up], axis=1)
    exact = out["lat"].notna() & out["lon"].notna()
    out.loc[exact, ["_lat", "_lon"]] = out.loc[exact, ["lat", "lon"]].to_numpy()
    out.loc[exact, "precision"] = "exact"
    out.loc[exact, "place_name"] = out.loc[exact, "place"]
    out.loc[exact, "place_source"] = "coordinates given in the record"
    out.loc[exact, "radius_m"] = 0
    out.loc[exact, "place_unmatched"] = ""
    points = gpd.points_from_xy(out.pop("_lon"), out.pop("_lat"), crs="EPSG:4326")
    return gpd.GeoDataFrame(out, geometry=points)


def first_within(points: gpd.GeoSeries, shapes: gpd.GeoDataFrame, column: str) -> pd.Series:
    """Return, for each of ``points``, ``column`` of the first of ``shapes`` that holds it (NaN where none does)."""
    joined = gpd.sjoin(gpd.GeoDataFrame(geometry=points), shapes[[column, "geometry"]], how="left", predicate="within")
    return joined[~joined.index.duplicated(keep="first")][column]


def assign_regions(facilities: gpd.GeoDataFrame, regions: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return ``facilities`` with the ``region`` (pcode) whose polygon holds each point.

    Each distinct point is looked up once (records at one place share it).
    A point just outside every polygon (a border town, a lake shore) takes
    the nearest region, measured in a metric projection.
    """
    # A point as one complex number, so that numpy finds the distinct ones.
    points, codes = np.unique(
        facilities.geometry.x.to_numpy() + 1j * facilities.geometry.y.to_numpy(), return_inverse=True
    )
    distinct = gpd.GeoDataFrame(geometry=gpd.points_from_xy(points.real, points.imag), crs=facilities.crs)
    shapes = regions[["pcode", "geometry"]]
    region = first_within(distinct.geometry, shapes, "pcode")
    outside = region.isna()
    if outside.any():
        metric = "EPSG:32642"  # UTM 42N: fine for "which region is nearest" across Kazakhstan
        nearest = gpd.sjoin_nearest(distinct.loc[outside].to_crs(metric), shapes.to_crs(metric), how="left")
        nearest = nearest[~nearest.index.duplicated(keep="first")]
        region = region.where(~outside, nearest["pcode"])
    return facilities.assign(region=region.to_numpy()[codes])
