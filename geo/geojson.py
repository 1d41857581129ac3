"""The facilities as GeoJSON for QGIS and other tools."""

from __future__ import annotations

from collections.abc import Iterator

import geopandas as gpd
import numpy as np
import orjson
import pandas as pd

BATCH = 5_000


def _encoded(series: pd.Series) -> np.ndarray:
    """Return each value of ``series`` as JSON text; each distinct value is encoded once."""
    values = series.astype(object).where(series.notna(), None)
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    # NaN is the one value unequal to itself: it becomes null.
    fragments = np.array([orjson.dumps(u if u == u else None).decode() for u in uniques], dtype=object)
    return fragments[codes]


def geojson_chunks(facilities: gpd.GeoDataFrame) -> Iterator[bytes]:
    """Yield a GeoJSON FeatureCollection (RFC 7946, WGS84) in pieces: one Point per facility.

    Every record field is a property; empty figures are ``null``.  Each
    distinct value is encoded by orjson once, and the features are put
    together from those pieces a batch at a time, so that 100,000 records
    never sit in memory as dicts or as one 80 MB string
    (``GeoDataFrame.to_json`` takes seconds and hundreds of MB here).
    """
    properties = facilities.drop(columns=[facilities.geometry.name, "line"], errors="ignore")
    names = list(properties.columns)
    # Keys go through orjson too, so any column name is quoted correctly;
    # '%' in them would upset the template below.
    keys = [orjson.dumps(str(n)).decode().replace("%", "%%") for n in names]
    template = (
        '{"type":"Feature","properties":{'
        + ",".join(f"{k}:%s" for k in keys)
        + '},"geometry":{"type":"Point","coordinates":[%s,%s]}}'
    )
    xs = facilities.geometry.x.round(6).to_numpy()
    ys = facilities.geometry.y.round(6).to_numpy()
    yield b'{"type":"FeatureCollection","features":['
    for start in range(0, len(xs), BATCH):
        stop = start + BATCH
        batch = properties.iloc[start:stop]
        columns = [_encoded(batch[n]) for n in names]
        coordinates = ([repr(v) for v in xs[start:stop].tolist()], [repr(v) for v in ys[start:stop].tolist()])
        rows = zip(*columns, *coordinates, strict=True)
        text = ",".join(template % row for row in rows)
        yield ((b"," if start else b"") + text.encode("utf-8"))
    yield b"]}"
