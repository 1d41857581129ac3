"""Columns as their distinct values and a code per row, so that each distinct value is handled once."""

from __future__ import annotations

import numpy as np
import pandas as pd


def factorize(values: pd.Series | np.ndarray | list) -> tuple[np.ndarray, list]:
    """Return ``(codes, uniques)`` as ``pd.factorize`` does (a missing value is code -1), uniques as a list.

    Text with letters beyond ASCII is told apart by a Python dict: pandas'
    hash table for text (and orjson) stores a UTF-8 copy of each such
    string inside the string itself, for as long as it lives.  Cyrillic
    names and quotes hashed by pandas took 60 % more memory, 30 MB at
    100,000 records.  ASCII text has no copy to make: pandas, faster, tells it apart.
    """
    array = values.to_numpy() if isinstance(values, pd.Series) else np.asarray(values, dtype=object)
    items = array.tolist() if array.dtype == object else None
    if items is None or _all_ascii(items):
        codes, uniques = pd.factorize(array)
        return codes, uniques.tolist()
    known: dict = {}
    add = known.setdefault
    missing = pd.isna(array)
    if missing.any():
        codes = [-1 if gone else add(v, len(known)) for v, gone in zip(items, missing.tolist(), strict=True)]
    else:
        codes = [add(v, len(known)) for v in items]
    return np.array(codes, dtype=np.intp), list(known)


def _all_ascii(items: list) -> bool:
    """Whether every item is text in ASCII (not None, not a number)."""
    try:
        return all(map(str.isascii, items))
    except TypeError:
        return False


def distinct(series: pd.Series) -> tuple[np.ndarray, list]:
    """Return ``(codes, values)``: the distinct values of ``series`` and, per row, the number of its value.

    Missing values are ``None`` and come first (code 0): in a sparse column
    the commonest value gets the shortest code.
    """
    codes, values = factorize(series)
    if (codes < 0).any():
        return codes + 1, [None, *values]
    return codes, values


def as_array(values: list, *, dtype: type = object) -> np.ndarray:
    """Return ``values`` as a one-dimensional array (bytes and strings stay single items)."""
    array = np.empty(len(values), dtype=dtype)
    array[:] = values
    return array


def spread(per_value: list, codes: np.ndarray, *, dtype: type = object) -> np.ndarray:
    """Return ``per_value`` (one item per distinct value) spread over the rows by their ``codes``."""
    return as_array(per_value, dtype=dtype)[codes]
