"""Joining records to places: a point, a precision, a region and a district for every record."""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.columns import factorize
from geo.errors import Problem
from geo.places.coordinates import far_from_place, outside_message
from geo.places.reference import Reference
from geo.places.regions import regions_of_points
from geo.places.resolve import Resolution, distance_m, resolve, suggest
from geo.records import PLACE_COLUMNS


@dataclass
class Placed:
    """The records as points, with what is wrong (``problems``) and what is worth a look (``warnings``)."""

    facilities: gpd.GeoDataFrame
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _row(hit: Resolution | None, text: str) -> tuple:
    if hit is None or hit.place is None:
        return (np.nan, np.nan, "", "", "", "", 0, text, "", "")
    p = hit.place
    district = hit.district.id if hit.district else ""
    return (p.lat, p.lon, p.precision, p.name, p.id, p.source, p.radius_m, ", ".join(hit.unmatched), p.region, district)


def place_records(records: pd.DataFrame, reference: Reference, *, file: str) -> Placed:
    """Return ``records`` as points, each distinct ``place`` resolved once.

    Adds ``precision``, ``place_name`` and ``place_id`` (the place the point stands for),
    ``place_source``, ``radius_m``, ``place_unmatched`` (parts of ``place``
    that were not used), ``region`` (pcode) and ``district`` (the district
    the text names or that holds its place).  A record's own ``lat``/``lon``
    win with precision ``exact``; they must lie in Kazakhstan, and a point
    far from the place the text names is a warning.
    """
    gazetteer = reference.gazetteer
    codes, texts = factorize(records["place"])
    hits = [resolve(t, gazetteer) if t else None for t in texts]
    looked_up = pd.DataFrame([_row(h, t) for h, t in zip(hits, texts, strict=True)], columns=PLACE_COLUMNS)
    # Each new column is made once as an array, then added: 100,000 records' other columns are
    # neither copied nor rewritten block by block.
    columns = {c: looked_up[c].to_numpy()[codes] for c in PLACE_COLUMNS}
    lines = records["line"].to_numpy()
    # Degrees out of range are the records' own problem (already told): such a row is placed by its text.
    exact = (records["lat"].between(-90, 90) & records["lon"].between(-180, 180)).to_numpy()
    placed = Placed(gpd.GeoDataFrame())
    _check_places(placed, records, hits, codes, exact, lines, file=file, reference=reference)
    if exact.any():
        _use_coordinates(placed, records, columns, hits, codes, exact, lines, file=file, reference=reference)
    # One point object for each distinct position, shared by the rows there (points are immutable):
    # 100,000 records stand on some 30,000 positions, and a point costs 200 bytes.
    lon, lat = (np.asarray(columns.pop(c), dtype=float) for c in ("_lon", "_lat"))
    positions, where = np.unique(lon + 1j * lat, return_inverse=True)
    points = gpd.array.from_shapely(shapely.points(positions.real, positions.imag)[where], crs="EPSG:4326")
    out = records.assign(**{c: pd.Series(v, index=records.index, dtype=looked_up[c].dtype) for c, v in columns.items()})
    # Not a copy (geopandas' default for a DataFrame): the records' 40 columns would stand twice.
    placed.facilities = gpd.GeoDataFrame(out, geometry=points, copy=False)
    return placed


def _check_places(placed, out, hits, codes, exact, lines, *, file: str, reference: Reference) -> None:
    names = reference.region_names()
    for j, hit in enumerate(hits):
        if hit is not None and hit.place is not None:
            continue
        rows = np.flatnonzero((codes == j) & ~exact)
        if not len(rows):
            continue
        text = out["place"].iloc[rows[0]]
        if not text:
            continue  # "is empty" is the records' own check
        if hit is None:
            close = suggest(text, reference.gazetteer)
            hint = f"did you mean: {'; '.join(close)}? " if close else ""
            message = f"{text!r} is not a known place"
            fix = (
                f"{hint}Name a town, village, district or region of Kazakhstan; add the place to places.csv "
                "beside the records (name_ru, precision, lat, lon, radius_m, source); or give lat and lon"
            )
        else:
            options = "; ".join(f"{c.name} ({names.get(c.region, c.region)})" for c in hit.choices)
            message = f"{text!r} fits places in several regions: {options}"
            fix = f"add the region or district, e.g. «{text}, {names.get(hit.choices[0].region, '')}»"
        placed.problems += [Problem(file, int(lines[k]), "place", message, fix) for k in rows]


def _use_coordinates(placed, records, columns, hits, codes, exact, lines, *, file: str, reference: Reference) -> None:
    rows = np.flatnonzero(exact)
    lat = records["lat"].to_numpy()[rows]
    lon = records["lon"].to_numpy()[rows]
    # One complex number per point, so that numpy finds the distinct ones.
    points, which = np.unique(lon + 1j * lat, return_inverse=True)
    outside = reference.borders.outside(points.real, points.imag)
    for k in np.flatnonzero(outside).tolist():
        message, fix = outside_message(reference.borders, points.real[k], points.imag[k])
        placed.problems += [Problem(file, int(lines[r]), "lat", message, fix) for r in rows[which == k]]
    region = regions_of_points(points.real, points.imag, reference.regions, nearest=reference.nearest)
    for k, r in enumerate(rows.tolist()):
        hit = hits[codes[r]]
        if hit is not None and hit.place is not None and not outside[which[k]]:
            away = distance_m(hit.place, lat[k], lon[k])
            if far_from_place(away, hit.place.radius_m):
                placed.warnings.append(
                    f"{file}:{lines[r]}: lat/lon {lat[k]:g}, {lon[k]:g} is {away / 1000:.0f} km from "
                    f"{hit.place.name}, which place names — check one or the other"
                )
    columns["_lat"][rows] = lat
    columns["_lon"][rows] = lon
    columns["precision"][rows] = "exact"
    columns["place_name"][rows] = records["place"].to_numpy()[rows]
    columns["place_source"][rows] = "coordinates given in the record"
    columns["radius_m"][rows] = 0
    columns["place_unmatched"][rows] = ""
    columns["region"][rows] = region[which]
