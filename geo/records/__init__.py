"""The facility records: reading a table, its columns, validating it, figures and vocabularies.

``read_table`` reads a file as spreadsheets save it; ``validate_records``
checks it and returns a DataFrame.  The join (``geo.join``) places the rows.
"""

from __future__ import annotations

from geo.records.schema import (
    COMPUTED_COLUMNS,
    FIGURES,
    PLACE_COLUMNS,
    REQUIRED_COLUMNS,
    TEXT_COLUMNS,
)
from geo.records.table import Column, Table, read_table, refuse_computed_columns, require_columns
from geo.records.validate import lost_letters, records_frame, unknown_sources, validate_records

__all__ = [
    "COMPUTED_COLUMNS",
    "FIGURES",
    "PLACE_COLUMNS",
    "REQUIRED_COLUMNS",
    "TEXT_COLUMNS",
    "Column",
    "Table",
    "lost_letters",
    "read_table",
    "records_frame",
    "refuse_computed_columns",
    "require_columns",
    "unknown_sources",
    "validate_records",
]
