"""The facilities as GeoJSON for QGIS and other tools."""

from __future__ import annotations

from collections.abc import Iterator

import geopandas as gpd
import numpy as np
import orjson
import pandas as pd

from geo.columns import as_array, distinct
from geo.projects import HISTORY

BATCH = 5_000
# Neighbouring columns are encoded as one while they have at most this many
# combinations of values (kind × status, the empty text columns, ...).
COMBINATIONS = 2_048


class _Fragments:
    """Encoded text for each row, kept as a code per row into its distinct texts."""

    def __init__(self, codes: np.ndarray, texts: list[bytes]):
        self.codes = codes
        self.texts = as_array(texts)

    @classmethod
    def of_property(cls, name: str, series: pd.Series) -> _Fragments:
        """Return ``"name":value`` for each row; each distinct value is encoded by orjson once."""
        codes, values = distinct(series)
        key = orjson.dumps(str(name)) + b":"
        # Missing text or figures are None: null.
        return cls(codes, [key + orjson.dumps(v) for v in values])

    def then(self, other: _Fragments) -> _Fragments:
        """Return this and ``other`` as one, with a comma between."""
        combined, pairs = pd.factorize(self.codes.astype(np.int64) * len(other.texts) + other.codes)
        width = len(other.texts)
        texts = [self.texts[p // width] + b"," + other.texts[p % width] for p in pairs.tolist()]
        return _Fragments(combined, texts)

    def rows(self, start: int, stop: int) -> list[bytes]:
        """Return the texts of rows ``start`` to ``stop``."""
        return self.texts[self.codes[start:stop]].tolist()


class _History:
    """``"history":[…]`` for each row: the reports of a project followed over several, else its one report.

    A project of one report is its own history: its entry is put together
    batch by batch from its columns' encoded values, as the properties are.
    """

    def __init__(self, properties: pd.DataFrame, history: pd.Series):
        fields = properties.rename(columns={"status_as_of": "report_date"})
        self.fields = [_Fragments.of_property(name, fields[name]) for name in HISTORY]
        self.several = np.flatnonzero(history.notna().to_numpy())
        self.texts = [b'"history":' + orjson.dumps(history.iloc[row]) for row in self.several.tolist()]

    def rows(self, start: int, stop: int) -> list[bytes]:
        columns = [f.rows(start, stop) for f in self.fields]
        out = [b'"history":[{' + b",".join(parts) + b',"changed":{}}]' for parts in zip(*columns, strict=True)]
        first, last = np.searchsorted(self.several, [start, stop])
        for k in range(first, last):
            out[self.several[k] - start] = self.texts[k]
        return out


def geojson_chunks(facilities: gpd.GeoDataFrame) -> Iterator[bytes]:
    """Yield a GeoJSON FeatureCollection (RFC 7946, WGS84) in pieces: one Point per facility.

    Every record field is a property; empty figures are ``null``.  Each
    distinct value is encoded by orjson once, neighbouring columns with few
    values are joined before the rows are, and the features are put together
    from those pieces a batch at a time, so that 100,000 records never sit in
    memory as dicts or as one 80 MB string (``GeoDataFrame.to_json`` takes
    seconds and hundreds of MB here).
    """
    properties = facilities.drop(columns=[facilities.geometry.name, "line"], errors="ignore")
    history = properties.pop("history") if "history" in properties else None
    groups: list[_Fragments | _History] = []
    for name in properties.columns:
        fragments = _Fragments.of_property(name, properties[name])
        if groups and len(groups[-1].texts) * len(fragments.texts) <= COMBINATIONS:
            groups[-1] = groups[-1].then(fragments)
        else:
            groups.append(fragments)
    if history is not None:
        groups.append(_History(properties, history))
    # Records at one place share a point: each distinct point is written once.
    points, codes = np.unique(
        facilities.geometry.x.round(6).to_numpy() + 1j * facilities.geometry.y.round(6).to_numpy(),
        return_inverse=True,
    )
    coordinates = _Fragments(codes.ravel(), [f"{p.real!r},{p.imag!r}".encode() for p in points.tolist()])
    template = (
        b'{"type":"Feature","properties":{'
        + b",".join([b"%s"] * len(groups))
        + b'},"geometry":{"type":"Point","coordinates":[%s]}}'
    )
    groups.append(coordinates)
    yield b'{"type":"FeatureCollection","features":['
    for start in range(0, len(facilities), BATCH):
        rows = zip(*(g.rows(start, start + BATCH) for g in groups), strict=True)
        yield (b"," if start else b"") + b",".join([template % row for row in rows])
    yield b"]}"
