"""Approximate city districts of Almaty, Astana and Shymkent.

No package here ships district boundaries, so each city's polygon (from the
region boundaries) is split into the Voronoi cells of its districts'
centres (``geo/data/places.csv``).  The page says that these outlines are
approximate.
"""

from __future__ import annotations

import geopandas as gpd
import shapely

from geo.gazetteer import CITIES, Gazetteer
from geo.join import first_within

# Close-ups of a city: Web Mercator keeps the cells' shapes right.
_LOCAL = "EPSG:3857"


def district_cells(gazetteer: Gazetteer, regions: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return one approximate polygon per curated city district: ``id``, ``name``, ``name_kk``, ``name_en``, ``city``."""
    frames = []
    for city, ids in CITIES.items():
        pcode = next(i for i in ids if i.startswith("KAZ"))
        centres = [p for p in gazetteer.places if p.precision == "district" and gazetteer.city_of(p) == city]
        if not centres:
            continue
        boundary = gpd.GeoSeries(regions.loc[regions["pcode"] == pcode, "geometry"].to_numpy(), crs=regions.crs)
        points = gpd.GeoSeries(shapely.points([(p.lon, p.lat) for p in centres]), crs="EPSG:4326").to_crs(_LOCAL)
        city_shape = boundary.to_crs(_LOCAL).union_all()
        cells = shapely.get_parts(
            shapely.voronoi_polygons(shapely.multipoints(points.to_numpy()), extend_to=city_shape)
        )
        # voronoi_polygons does not keep the points' order: match each cell to the centre inside it.
        owner = [next(k for k, point in enumerate(points) if cell.contains(point)) for cell in cells]
        clipped = [cells[owner.index(k)].intersection(city_shape) for k in range(len(centres))]
        frames.append(
            gpd.GeoDataFrame(
                {
                    "id": [p.id for p in centres],
                    "name": [p.name for p in centres],
                    "name_kk": [p.name_kk for p in centres],
                    "name_en": [p.name_en for p in centres],
                    "city": city,
                },
                geometry=gpd.GeoSeries(clipped, crs=_LOCAL).to_crs("EPSG:4326").to_numpy(),
                crs="EPSG:4326",
            )
        )
    return gpd.GeoDataFrame(gpd.pd.concat(frames, ignore_index=True), crs="EPSG:4326")


def assign_districts(facilities: gpd.GeoDataFrame, cells: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return ``facilities`` with ``district``: the cell holding each point placed at district precision or finer."""
    fine = facilities["precision"].isin(["exact", "street", "microdistrict", "district"])
    within = first_within(facilities.geometry[fine], cells, "id")
    district = gpd.pd.Series("", index=facilities.index, dtype=object)
    district.loc[within.index] = within.fillna("").to_numpy()
    return facilities.assign(district=district.to_numpy())
