"""Columns as their distinct values and a code per row, so that each distinct value is handled once."""

from __future__ import annotations

import numpy as np
import pandas as pd


def distinct(series: pd.Series) -> tuple[np.ndarray, list]:
    """Return ``(codes, values)``: the distinct values of ``series`` and, per row, the number of its value.

    Missing values are ``None`` and come first (code 0): in a sparse column
    the commonest value gets the shortest code.
    """
    codes, uniques = pd.factorize(series)
    values = uniques.tolist()
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
