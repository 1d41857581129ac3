"""The facilities as GeoJSON for QGIS and other tools."""

from __future__ import annotations

from collections.abc import Iterator
from json.encoder import encode_basestring

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


def _encode(value: object) -> bytes:
    """Return orjson's JSON of ``value``; text through the standard library's encoder instead.

    It writes the same bytes for text, and leaves no UTF-8 copy inside the
    string as orjson does (see geo.columns.factorize): the writing process
    would grow by the size of every name and quote.
    """
    if isinstance(value, str):
        return encode_basestring(value).encode("utf-8")
    return orjson.dumps(value)


class _Fragments:
    """Encoded text for each row, kept as a code per row into its distinct texts."""

    def __init__(self, codes: np.ndarray, texts: list[bytes]):
        # 40 columns of 100,000 codes: 4 bytes each are plenty.
        self.codes = codes.astype(np.int32)
        self.texts = as_array(texts)

    @classmethod
    def of_property(cls, name: str, series: pd.Series) -> _Fragments | _Unique:
        """Return ``"name":value`` for each row; each distinct value is encoded once.

        A column of mostly distinct values (names, quotes) is encoded a batch
        at a time instead: all of it at once would be a second copy of its text.
        """
        codes, values = distinct(series)
        key = orjson.dumps(str(name)) + b":"
        if len(values) > max(BATCH, len(codes) // 2):
            return _Unique(key, codes, values)
        # Missing text or figures are None: null.
        return cls(codes, [key + _encode(v) for v in values])

    @property
    def width(self) -> int:
        """How many distinct texts the rows hold."""
        return len(self.texts)

    def then(self, other: _Fragments) -> _Fragments:
        """Return this and ``other`` as one, with a comma between."""
        combined, pairs = pd.factorize(self.codes.astype(np.int64) * len(other.texts) + other.codes)
        width = len(other.texts)
        texts = [self.texts[p // width] + b"," + other.texts[p % width] for p in pairs.tolist()]
        return _Fragments(combined, texts)

    def rows(self, start: int, stop: int) -> list[bytes]:
        """Return the texts of rows ``start`` to ``stop``."""
        return self.texts[self.codes[start:stop]].tolist()


class _Unique:
    """``"name":value`` for each row of a column of mostly distinct values, encoded when its rows are asked for."""

    def __init__(self, key: bytes, codes: np.ndarray, values: list):
        self.key, self.codes, self.values = key, codes.astype(np.int32), as_array(values)
        # The batch last asked for: a column the history repeats is encoded once a batch.
        self._last: tuple[int, int, list[bytes]] = (-1, -1, [])

    @property
    def width(self) -> int:
        return len(self.values)

    def rows(self, start: int, stop: int) -> list[bytes]:
        """Return the texts of rows ``start`` to ``stop``."""
        if self._last[:2] != (start, stop):
            key = self.key
            self._last = (start, stop, [key + _encode(v) for v in self.values[self.codes[start:stop]].tolist()])
        return self._last[2]


class _History:
    """``"history":[…]`` for each row: the reports of a project followed over several, else its one report.

    A project of one report is its own history: its entry is put together
    batch by batch from its columns' encoded values, as the properties are.
    """

    def __init__(self, facilities: pd.DataFrame, history: pd.Series, *, encoded: dict[str, _Fragments | _Unique]):
        # A project's latest report is dated by its status_as_of; every other field is the property's
        # own encoding (``encoded``, by column), not a second one.
        column = {"report_date": "status_as_of"}
        self.fields = [
            _Fragments.of_property(name, facilities[column[name]]) if name in column else encoded[name]
            for name in HISTORY
        ]
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
    # Column by column, with no copy of the frame.
    properties = [c for c in facilities.columns if c not in (facilities.geometry.name, "line", "history")]
    history = facilities["history"] if "history" in facilities else None
    groups: list[_Fragments | _Unique | _History] = []
    encoded: dict[str, _Fragments | _Unique] = {}
    for name in properties:
        fragments = encoded[name] = _Fragments.of_property(name, facilities[name])
        last = groups[-1] if groups else None
        if (
            isinstance(last, _Fragments)
            and isinstance(fragments, _Fragments)
            and last.width * fragments.width <= COMBINATIONS
        ):
            groups[-1] = groups[-1].then(fragments)
        else:
            groups.append(fragments)
    if history is not None:
        groups.append(_History(facilities, history, encoded=encoded))
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
        if start:
            yield b","
        yield b",".join([template % row for row in rows])
    yield b"]}"
