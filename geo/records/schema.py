"""The columns of the records: which are required, which hold figures, which the map computes.

A readable table of names, shared by reading (which knows every column
name), validation and the join.
"""

from __future__ import annotations

REQUIRED_COLUMNS = ["id", "name", "kind", "status", "place", "source", "source_url"]
# Every column of a records file, in the order of seeds/facilities.csv (what ``draft`` writes).
RECORD_COLUMNS = [
    "id", "project", "name", "name_en", "kind", "work", "status", "place", "lat", "lon", "cost_kzt", "funding_kzt",
    "cofinancing_kzt", "funding_for", "beds", "visits_per_shift", "floors", "area_m2", "progress_pct", "start",
    "due", "due_year", "source", "source_url", "published", "quote",
]  # fmt: skip
REQUIRED_VALUES = ["id", "name", "status", "place", "source", "source_url"]
# The columns the join adds to every record, in the order geo.join builds them.
PLACE_COLUMNS = [
    "_lat",
    "_lon",
    "precision",
    "place_name",
    "place_id",
    "place_source",
    "radius_m",
    "place_unmatched",
    "region",
    "district",
]
# The columns tracking adds to each project (geo.projects).
TRACK_COLUMNS = [
    "report_date",
    "reports",
    "first_published",
    "status_as_of",
    "due_end",
    "deadline_passed",
    "carried",
    "history",
]
# Columns the product computes: a records file may not bring its own.
COMPUTED_COLUMNS = ["line", "qualifiers", *PLACE_COLUMNS, *TRACK_COLUMNS, "geometry"]
# ``project`` groups the reports of one project (empty: the row's own id).
TEXT_COLUMNS = ["project", "name_en", "work", "funding_for", "start", "due", "published", "quote"]
# Figure columns and the range a value must lie in.
FIGURES: dict[str, tuple[float, float]] = {
    "cost_kzt": (0, 1e13),
    "funding_kzt": (0, 1e13),
    "cofinancing_kzt": (0, 1e13),
    "beds": (0, 100_000),
    "visits_per_shift": (0, 100_000),
    "floors": (0, 200),
    "area_m2": (0, 10_000_000),
    "progress_pct": (0, 100),
    "due_year": (1990, 2100),
}
# Figures a word may make a bound or an estimate («свыше 1 млрд», «около 150»): all but the year.
QUALIFIED = [c for c in FIGURES if c != "due_year"]
# Figures that count things: whole numbers only.
COUNTS = ("beds", "visits_per_shift", "floors", "due_year")
# Degrees at all; whether the point lies in Kazakhstan is the places' check (geo.join).
LAT_RANGE = (-90.0, 90.0)
LON_RANGE = (-180.0, 180.0)

# Every column name the product reads, in any of its tables (records, sources, notes, places).
KNOWN_COLUMNS = [
    *REQUIRED_COLUMNS, *TEXT_COLUMNS, *FIGURES, "lat", "lon", "outlet", "language", "url", "note", "note_en",
    "text", "text_en", "text_kk", "name_ru", "name_kk", "aliases", "parent", "region", "radius_m", "precision", "population",
]  # fmt: skip
