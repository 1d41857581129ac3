"""How long the region of points outside every region polygon takes (border towns, shores).

    python bench/outside.py [N]

Makes N points (default 25,000) a few km outside Kazakhstan's outline, as
records with their own lat/lon on a lake shore or at the border would be,
and times the steps the build runs on them: the check against the
country's outline with its 10 km margin, and the region of each point
(point-in-polygon on the full boundaries, which finds none, then the
nearest region on the simplified outlines' edges).  Prints the median of five runs of each.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.places.reference import load_reference  # noqa: E402
from geo.places.regions import METRIC, regions_of_points  # noqa: E402


def points_outside(n: int, *, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Return (lon, lat) of ``n`` points 1–9 km outside the country's outline."""
    reference = load_reference()
    rng = np.random.default_rng(seed)
    outline = reference.borders.shape.exterior if reference.borders.shape.geom_type == "Polygon" else None
    if outline is None:
        outline = max(shapely.get_parts(reference.borders.shape), key=lambda p: p.area).exterior
    ring = shapely.buffer(shapely.Polygon(outline), 1)
    along = shapely.line_interpolate_point(outline, rng.uniform(0, outline.length, n))
    offset = rng.uniform(1_000, 9_000, n)
    pts = []
    for point, d in zip(along, offset, strict=True):
        out = shapely.ops.nearest_points(ring.exterior.buffer(d).exterior, point)[0]
        pts.append(out if not ring.contains(out) else point)
    metric = gpd.GeoSeries(pts, crs=METRIC).to_crs("EPSG:4326")
    return metric.x.to_numpy(), metric.y.to_numpy()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 25_000
    reference = load_reference()
    lon, lat = points_outside(n)
    inside_polygons = regions_of_points(lon, lat, reference.regions)  # warm-up
    points = gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    times = {"outline check (10 km margin)": [], "nearest region alone": [], "region of each point, in all": []}
    for _ in range(5):
        start = time.perf_counter()
        reference.borders.outside(lon, lat)
        times["outline check (10 km margin)"].append(time.perf_counter() - start)
        start = time.perf_counter()
        reference.nearest(points)
        times["nearest region alone"].append(time.perf_counter() - start)
        start = time.perf_counter()
        regions_of_points(lon, lat, reference.regions, nearest=reference.nearest)
        times["region of each point, in all"].append(time.perf_counter() - start)
    print(f"{n} points outside the outline, {len(set(inside_polygons))} regions found")
    for step, runs in times.items():
        print(f"{step}: {statistics.median(runs):.3f} s (median of 5)")


if __name__ == "__main__":
    main()
