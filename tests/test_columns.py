"""Columns as distinct values and codes (geo.columns)."""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd
import pytest

from geo.columns import distinct, factorize

NAN = float("nan")


@pytest.mark.parametrize(
    "values",
    [
        pytest.param(["б", "а", "б", "в"], id="text-in-order-of-first-appearance"),
        pytest.param(["а", None, "а", NAN, ""], id="missing-is-minus-one-empty-is-a-value"),
        pytest.param([3.0, NAN, 3.0, 1.5], id="numbers"),
        pytest.param([2, 7, 2], id="integers"),
        pytest.param([], id="nothing"),
    ],
)
def test_factorize_agrees_with_pandas(values):
    codes, uniques = factorize(pd.Series(values, dtype=object if values and isinstance(values[0], str) else None))
    expected_codes, expected_uniques = pd.factorize(pd.Series(values, dtype=object))
    assert codes.tolist() == expected_codes.tolist()
    assert uniques == list(expected_uniques)


def test_factorize_leaves_cyrillic_strings_their_size():
    # pandas' own hash table would store a UTF-8 copy inside each of them: 60 % more memory.
    values = np.array([f"Поликлиника на {k} посещений в смену" for k in range(3)] * 2, dtype=object)
    sizes = [sys.getsizeof(v) for v in values]
    codes, uniques = factorize(values)
    assert codes.tolist() == [0, 1, 2, 0, 1, 2]
    assert [sys.getsizeof(v) for v in values] == sizes


def test_distinct_puts_missing_first():
    codes, values = distinct(pd.Series(["а", None, "б", "а"], dtype=object))
    assert values == [None, "а", "б"] and codes.tolist() == [1, 0, 2, 1]
