"""Reading and validating the facility records (``seeds/facilities.csv``).

The file is read as spreadsheets save it (UTF-8 with or without BOM, or
Windows-1251 from Excel; ``,``, ``;`` or tab between fields), checked as a
whole, and every problem is reported at once in a :class:`RecordsError`.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from geo.errors import Problem, RecordsError
from geo.figures import parse_figure
from geo.gazetteer import Gazetteer
from geo.vocab import KINDS, STATUSES, WORKS

REQUIRED_COLUMNS = ["id", "name", "kind", "status", "place", "source", "source_url"]
REQUIRED_VALUES = ["id", "name", "status", "place", "source", "source_url"]
TEXT_COLUMNS = ["name_en", "work", "start", "due", "published", "quote"]
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
# Kazakhstan's bounding box, with a little room.
LAT_RANGE = (40.0, 56.0)
LON_RANGE = (46.0, 88.0)


@dataclass(frozen=True)
class Table:
    """A delimited file as columns of stripped text, with the line each row starts on."""

    file: str
    columns: list[str]
    lines: list[int]
    values: dict[str, list[str]]

    @classmethod
    def from_rows(cls, file: str, rows: list[tuple[int, dict[str, str]]]) -> Table:
        """Build a table from (line, row) pairs; handy for small tables in code and tests."""
        columns = list(dict.fromkeys(c for _, row in rows for c in row))
        values = {c: [row.get(c, "").strip() for _, row in rows] for c in columns}
        return cls(file, columns, [line for line, _ in rows], values)

    def __len__(self) -> int:
        return len(self.lines)

    def rows(self) -> list[tuple[int, dict[str, str]]]:
        """Return (line, row) pairs: for small tables such as sources and notes."""
        names = [c for c in self.columns if c in self.values]
        return [(line, {c: self.values[c][k] for c in names}) for k, line in enumerate(self.lines)]

    def column(self, name: str) -> list[str]:
        """Return a column's values; an absent column is all empty."""
        return self.values.get(name) or [""] * len(self)


def decode(data: bytes) -> str:
    """Return the text of a CSV file saved as UTF-8 (any BOM) or Windows-1251."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on a Russian Windows saves "CSV" as Windows-1251; every
        # byte sequence decodes, so this is the last resort, not a guess
        # among many.
        return data.decode("cp1251")


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=counts.get)


def read_table(path: Path | str, *, text: str | None = None) -> Table:
    """Read a delimited file into a :class:`Table`; raise RecordsError if unreadable."""
    path = Path(path)
    name = str(path)
    if text is None:
        try:
            text = decode(path.read_bytes())
        except OSError as e:
            raise RecordsError(
                [Problem(name, 0, "", f"cannot read the file ({e.strerror})", "check the path given with --data")]
            ) from None
    if not text.strip():
        raise RecordsError(
            [Problem(name, 1, "", "the file is empty", f"start it with a header line: {','.join(REQUIRED_COLUMNS)}")]
        )
    header = text.lstrip("\r\n").splitlines()[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(header), strict=True)
    problems: list[Problem] = []
    rows: list[list[str]] = []
    lines: list[int] = []
    columns: list[str] = []
    start = 1
    try:
        for fields in reader:
            line, start = start, reader.line_num + 1
            if not any(fields) or not "".join(fields).strip():
                continue  # blank lines, and the ";;;;" rows Excel leaves at the end
            if not columns:
                columns = [f.strip() for f in fields]
                continue
            if len(fields) != len(columns):
                problems.append(
                    Problem(
                        name,
                        line,
                        "",
                        f"the row has {len(fields)} fields, the header has {len(columns)}",
                        "put text that holds the delimiter in double quotes, and give every row one field per column",
                    )
                )
                continue
            rows.append(fields)
            lines.append(line)
    except csv.Error as e:
        problems.append(
            Problem(
                name,
                start,
                "",
                f"broken quoting ({e})",
                'close every opening double quote, and write a quote inside quoted text as ""',
            )
        )
    repeated = sorted({c for c in columns if c and columns.count(c) > 1})
    if repeated:
        problems.append(Problem(name, 1, ", ".join(repeated), "column named twice", "give each column one header"))
    if problems:
        raise RecordsError(problems)
    values = {c: [row[k].strip() for row in rows] for k, c in enumerate(columns) if c}
    return Table(name, columns, lines, values)


def _by_value(values: list[str]) -> dict[str, list[int]]:
    """Return the row indices of each distinct value: every check runs once per value."""
    groups: dict[str, list[int]] = {}
    for k, value in enumerate(values):
        groups.setdefault(value, []).append(k)
    return groups


class _Checker:
    """Checks a table column by column, once per distinct value, and collects problems."""

    def __init__(self, table: Table, gazetteer: Gazetteer):
        self.table = table
        self.gazetteer = gazetteer
        self.problems: list[tuple[int, int, Problem]] = []
        self.numbers: dict[str, list[float | None]] = {}

    def bad(self, rows: list[int], column: str, message: str, fix: str) -> None:
        order = self.table.columns.index(column) if column in self.table.columns else 0
        for k in rows:
            line = self.table.lines[k]
            self.problems.append((line, order, Problem(self.table.file, line, column, message, fix)))

    def required(self) -> None:
        for column in REQUIRED_VALUES:
            empty = _by_value(self.table.column(column)).get("")
            if empty:
                self.bad(empty, column, "is empty", "every record needs a value here")

    def vocabulary(self, column: str, allowed: dict, what: str, *, optional: bool = False) -> None:
        for value, rows in _by_value(self.table.column(column)).items():
            if value and value not in allowed:
                tail = ", or leave it empty" if optional else ""
                self.bad(rows, column, f"{value!r} is not {what}", f"use one of: {', '.join(allowed)}{tail}")

    def figures(self) -> None:
        for column, (low, high) in FIGURES.items():
            parsed: dict[str, float | None] = {}
            for value, rows in _by_value(self.table.column(column)).items():
                number = parse_figure(value) if value else None
                parsed[value] = number
                if not value:
                    continue
                if number is None:
                    self.bad(
                        rows,
                        column,
                        f"{value!r} is not a number",
                        "write a number such as 1 760, 11,5 млрд or 272,1 млн тенге",
                    )
                elif not low <= number <= high:
                    self.bad(
                        rows, column, f"{value!r} is outside {low:g}…{high:g}", "check the figure against the article"
                    )
            self.numbers[column] = [parsed[v] for v in self.table.column(column)]

    def coordinates(self) -> None:
        for column, (low, high) in (("lat", LAT_RANGE), ("lon", LON_RANGE)):
            parsed: dict[str, float | None] = {}
            for value, rows in _by_value(self.table.column(column)).items():
                number = parse_figure(value) if value else None
                if value and number is None:
                    self.bad(rows, column, f"{value!r} is not a number", "write decimal degrees such as 43.238 (WGS84)")
                elif value and not low <= number <= high:
                    self.bad(
                        rows,
                        column,
                        f"{value} is outside Kazakhstan ({low}…{high})",
                        "check the coordinates; lat comes before lon",
                    )
                    number = None
                parsed[value] = number
            self.numbers[column] = [parsed[v] for v in self.table.column(column)]
        lat, lon = self.table.column("lat"), self.table.column("lon")
        for k, (y, x) in enumerate(zip(lat, lon, strict=True)):
            if bool(y) != bool(x):
                missing = "lon" if y else "lat"
                self.bad(
                    [k], missing, "is empty while the other coordinate is given", "give both lat and lon, or neither"
                )

    def links(self) -> None:
        for url, rows in _by_value(self.table.column("source_url")).items():
            parts = urlparse(url)
            if url and (parts.scheme not in ("http", "https") or not parts.netloc):
                self.bad(
                    rows,
                    "source_url",
                    f"{url!r} is not an http(s) address",
                    "give the article's address, starting with https://",
                )

    def places(self) -> None:
        placed = [
            y is not None and x is not None for y, x in zip(self.numbers["lat"], self.numbers["lon"], strict=True)
        ]
        for place, rows in _by_value(self.table.column("place")).items():
            rows = [k for k in rows if not placed[k]]
            if place and rows and self.gazetteer.resolve(place) is None:
                close = self.gazetteer.suggest(place)
                hint = (
                    f"did you mean: {'; '.join(close)}?"
                    if close
                    else "name a town, city district or region of Kazakhstan"
                )
                self.bad(rows, "place", f"{place!r} is not a known place", f"{hint} Or give lat and lon")

    def unique_ids(self) -> None:
        first: dict[str, int] = {}
        for k, record_id in enumerate(self.table.column("id")):
            if record_id in first:
                self.bad(
                    [k],
                    "id",
                    f"{record_id!r} is used already on line {self.table.lines[first[record_id]]}",
                    "give every record its own id",
                )
            elif record_id:
                first[record_id] = k


def validate_records(table: Table, gazetteer: Gazetteer) -> pd.DataFrame:
    """Return the records as a DataFrame with figures parsed; raise RecordsError listing every problem."""
    missing = [c for c in REQUIRED_COLUMNS if c not in table.columns]
    if missing:
        raise RecordsError(
            [
                Problem(
                    table.file,
                    1,
                    ", ".join(missing),
                    "required column missing" if len(missing) == 1 else "required columns missing",
                    f"the header must name: {', '.join(REQUIRED_COLUMNS)}",
                )
            ]
        )
    if not len(table):
        raise RecordsError(
            [Problem(table.file, 2, "", "the file has a header but no records", "add one row per facility")]
        )
    check = _Checker(table, gazetteer)
    check.required()
    check.vocabulary("status", STATUSES, "a status")
    check.vocabulary("kind", KINDS, "a kind")
    check.vocabulary("work", WORKS, "a kind of work", optional=True)
    check.figures()
    check.coordinates()
    check.links()
    check.places()
    check.unique_ids()
    if check.problems:
        check.problems.sort(key=lambda item: item[:2])
        raise RecordsError([problem for *_, problem in check.problems])
    return records_frame(table, numbers=check.numbers)


def records_frame(table: Table, *, numbers: dict[str, list[float | None]] | None = None) -> pd.DataFrame:
    """Return the (valid) rows of ``table`` as a DataFrame with figures as numbers.

    ``numbers`` holds columns already parsed by validation.
    """
    numbers = numbers or {}
    text_columns = list(dict.fromkeys(REQUIRED_COLUMNS + TEXT_COLUMNS + [c for c in table.columns if c]))
    frame = pd.DataFrame({c: table.column(c) for c in text_columns if c not in FIGURES and c not in ("lat", "lon")})
    frame["line"] = table.lines
    frame["kind"] = frame["kind"].replace("", "other")
    for column in [*FIGURES, "lat", "lon"]:
        parsed = numbers.get(column)
        if parsed is None:
            parsed = [parse_figure(v) if v else None for v in table.column(column)]
        frame[column] = pd.array([float("nan") if v is None else v for v in parsed], dtype="float64")
    return frame
