"""The facility records: reading a table, its columns, validating it, figures and vocabularies.

``read_table`` reads a file as spreadsheets save it; ``validate_records``
checks it and returns a DataFrame.  The join (``geo.join``) places the rows.
The names below are loaded on first use, so that the light modules of the
package (``schema``, ``figures``, ``dates``, ``vocab``, ``encoding``) can be
imported without pandas.
"""

from __future__ import annotations

import importlib

_WHERE = {
    "COMPUTED_COLUMNS": "schema",
    "FIGURES": "schema",
    "PLACE_COLUMNS": "schema",
    "REQUIRED_COLUMNS": "schema",
    "TEXT_COLUMNS": "schema",
    "Column": "table",
    "Table": "table",
    "read_table": "table",
    "refuse_computed_columns": "table",
    "require_columns": "table",
    "lost_letters": "validate",
    "records_frame": "validate",
    "unknown_sources": "validate",
    "validate_records": "validate",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module 'geo.records' has no attribute {name!r}")
    return getattr(importlib.import_module(f"geo.records.{_WHERE[name]}"), name)
