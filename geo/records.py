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
    """Rows of a delimited file, each with the line it starts on."""

    file: str
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]


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
    rows: list[tuple[int, dict[str, str]]] = []
    columns: list[str] = []
    start = 1
    try:
        for fields in reader:
            line, start = start, reader.line_num + 1
            if not any(f.strip() for f in fields):
                continue
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
            rows.append((line, {c: f.strip() for c, f in zip(columns, fields, strict=True)}))
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
    if problems:
        raise RecordsError(problems)
    return Table(name, columns, rows)


def _check_row(file: str, line: int, row: dict[str, str], gazetteer: Gazetteer) -> list[Problem]:
    problems = []

    def bad(column: str, message: str, fix: str) -> None:
        problems.append(Problem(file, line, column, message, fix))

    for column in REQUIRED_VALUES:
        if not row.get(column):
            bad(column, "is empty", "every record needs a value here")
    status = row.get("status", "")
    if status and status not in STATUSES:
        bad("status", f"{status!r} is not a status", f"use one of: {', '.join(STATUSES)}")
    kind = row.get("kind", "")
    if kind and kind not in KINDS:
        bad("kind", f"{kind!r} is not a kind", f"use one of: {', '.join(KINDS)}")
    work = row.get("work", "")
    if work and work not in WORKS:
        bad("work", f"{work!r} is not a kind of work", f"use one of: {', '.join(WORKS)}, or leave it empty")
    for column, (low, high) in FIGURES.items():
        value = row.get(column, "")
        if not value:
            continue
        number = parse_figure(value)
        if number is None:
            bad(column, f"{value!r} is not a number", "write a number such as 1 760, 11,5 млрд or 272,1 млн тенге")
        elif not low <= number <= high:
            bad(column, f"{value!r} is outside {low:g}…{high:g}", "check the figure against the article")
    coords = {}
    for column, (low, high) in (("lat", LAT_RANGE), ("lon", LON_RANGE)):
        value = row.get(column, "")
        if not value:
            continue
        number = parse_figure(value)
        if number is None:
            bad(column, f"{value!r} is not a number", "write decimal degrees such as 43.238 (WGS84)")
        elif not low <= number <= high:
            bad(column, f"{value} is outside Kazakhstan ({low}…{high})", "check the coordinates; lat comes before lon")
        else:
            coords[column] = number
    if bool(row.get("lat")) != bool(row.get("lon")):
        missing = "lon" if row.get("lat") else "lat"
        bad(missing, "is empty while the other coordinate is given", "give both lat and lon, or neither")
    url = row.get("source_url", "")
    if url and (urlparse(url).scheme not in ("http", "https") or not urlparse(url).netloc):
        bad("source_url", f"{url!r} is not an http(s) address", "give the article's address, starting with https://")
    place = row.get("place", "")
    if place and len(coords) < 2 and gazetteer.resolve(place) is None:
        close = gazetteer.suggest(place)
        hint = f"did you mean: {'; '.join(close)}?" if close else "name a town, city district or region of Kazakhstan"
        bad("place", f"{place!r} is not a known place", f"{hint} Or give lat and lon")
    return problems


def validate_records(table: Table, gazetteer: Gazetteer) -> pd.DataFrame:
    """Return the records as a DataFrame with figures parsed; raise RecordsError listing every problem."""
    problems: list[Problem] = []
    missing = [c for c in REQUIRED_COLUMNS if c not in table.columns]
    if missing:
        problems.append(
            Problem(
                table.file,
                1,
                ", ".join(missing),
                "required column missing" if len(missing) == 1 else "required columns missing",
                f"the header must name: {', '.join(REQUIRED_COLUMNS)}",
            )
        )
        raise RecordsError(problems)
    if not table.rows:
        raise RecordsError(
            [Problem(table.file, 2, "", "the file has a header but no records", "add one row per facility")]
        )
    seen: dict[str, int] = {}
    for line, row in table.rows:
        problems.extend(_check_row(table.file, line, row, gazetteer))
        record_id = row.get("id", "")
        if record_id in seen:
            problems.append(
                Problem(
                    table.file,
                    line,
                    "id",
                    f"{record_id!r} is used already on line {seen[record_id]}",
                    "give every record its own id",
                )
            )
        elif record_id:
            seen[record_id] = line
    if problems:
        raise RecordsError(problems)
    return records_frame(table)


def records_frame(table: Table) -> pd.DataFrame:
    """Return the (valid) rows of ``table`` as a DataFrame with figures as numbers."""
    columns = list(dict.fromkeys(REQUIRED_COLUMNS + TEXT_COLUMNS + table.columns))
    frame = pd.DataFrame([row for _, row in table.rows], columns=columns, dtype=object).fillna("")
    frame["line"] = [line for line, _ in table.rows]
    frame["kind"] = frame["kind"].replace("", "other")
    for column in [*FIGURES, "lat", "lon"]:
        values = frame[column] if column in frame else pd.Series("", index=frame.index)
        frame[column] = pd.to_numeric(values.map(lambda v: parse_figure(v) if v else None), errors="coerce")
    return frame
