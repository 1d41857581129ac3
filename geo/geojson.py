"""The facilities as GeoJSON for QGIS and other tools."""

from __future__ import annotations

from collections.abc import Iterator

import geopandas as gpd
import orjson

BATCH = 5000


def geojson_chunks(facilities: gpd.GeoDataFrame) -> Iterator[bytes]:
    """Yield a GeoJSON FeatureCollection (RFC 7946, WGS84) in pieces: one Point per facility.

    Every record field is a property; empty figures are ``null``.  Written a
    batch of rows at a time with orjson, so that 100,000 records never sit
    in memory as one 80 MB string (``GeoDataFrame.to_json`` takes seconds
    and hundreds of MB here).
    """
    properties = facilities.drop(columns=[facilities.geometry.name, "line"], errors="ignore")
    names = list(properties.columns)
    columns = [properties[c].astype(object).where(properties[c].notna(), None).tolist() for c in names]
    xs = facilities.geometry.x.round(6).tolist()
    ys = facilities.geometry.y.round(6).tolist()
    yield b'{"type":"FeatureCollection","features":['
    for start in range(0, len(xs), BATCH):
        stop = start + BATCH
        batch = [
            {
                "type": "Feature",
                "properties": dict(zip(names, values, strict=True)),
                "geometry": {"type": "Point", "coordinates": [x, y]},
            }
            for x, y, *values in zip(xs[start:stop], ys[start:stop], *(c[start:stop] for c in columns), strict=True)
        ]
        text = orjson.dumps(batch)[1:-1]  # the features without the list's brackets
        yield (b"," + text) if start else text
    yield b"]}"


def facilities_geojson(facilities: gpd.GeoDataFrame) -> str:
    """Return the whole GeoJSON as text (small data sets, tests)."""
    return b"".join(geojson_chunks(facilities)).decode("utf-8")
