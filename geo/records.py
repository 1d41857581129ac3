"""Reading and validating the facility records (``seeds/facilities.csv``).

The file is read as spreadsheets save it (UTF-8 with or without BOM, or
Windows-1251 from Excel; ``,``, ``;`` or tab between fields), checked as a
whole, and every problem is reported at once in a :class:`RecordsError`.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
import pandas as pd

from geo.columns import spread
from geo.errors import Problem, RecordsError
from geo.figures import parse_figure
from geo.vocab import KINDS, STATUSES, WORKS

REQUIRED_COLUMNS = ["id", "name", "kind", "status", "place", "source", "source_url"]
REQUIRED_VALUES = ["id", "name", "status", "place", "source", "source_url"]
# The columns the join adds to every record, in the order geo.join builds them.
PLACE_COLUMNS = [
    "_lat",
    "_lon",
    "precision",
    "place_name",
    "place_source",
    "radius_m",
    "place_unmatched",
    "region",
    "district",
]
# Columns the product computes: a records file may not bring its own.
COMPUTED_COLUMNS = ["line", *PLACE_COLUMNS, "geometry"]
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
NAN = float("nan")
# Figures that count things: whole numbers only.
COUNTS = ("beds", "visits_per_shift", "floors", "due_year")
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(,\d{3})+")
# Degrees at all; whether the point lies in Kazakhstan is the places' check (geo.join).
LAT_RANGE = (-90.0, 90.0)
LON_RANGE = (-180.0, 180.0)


class Column:
    """A column of stripped text: its distinct values, and for each row the number of its value.

    A value repeated on many rows (a status, a source, a place) is one
    string, and every check runs once per distinct value.
    """

    def __init__(self, codes: np.ndarray, uniques: list[str]):
        self.codes = codes
        self.uniques = uniques

    @classmethod
    def of(cls, values: list[str] | np.ndarray) -> Column:
        """Return the column of ``values`` (text as read: it is stripped here)."""
        codes, uniques = pd.factorize(np.asarray(values, dtype=object))
        return cls.stripped(codes, uniques.tolist())

    @classmethod
    def stripped(cls, codes: np.ndarray, uniques: list[str]) -> Column:
        """Return the column of ``codes`` into distinct ``uniques`` (text as read), the values stripped."""
        stripped = [v.strip() for v in uniques]
        if stripped != uniques:
            # " a" and "a" are one value once stripped.
            again, stripped = pd.factorize(np.asarray(stripped, dtype=object))
            codes, stripped = again[codes], stripped.tolist()
        return cls(codes, stripped)

    @classmethod
    def empty(cls, n: int) -> Column:
        """Return a column of ``n`` empty values."""
        return cls(np.zeros(n, dtype=np.intp), [""])

    def __len__(self) -> int:
        return len(self.codes)

    def __iter__(self) -> Iterator[tuple[int, str]]:
        return iter(enumerate(self.uniques))

    def rows(self, j: int) -> list[int]:
        """Return the row indices that hold value number ``j``."""
        return np.flatnonzero(self.codes == j).tolist()

    def spread(self, per_value: list, *, dtype: type = object) -> np.ndarray:
        """Return ``per_value`` (one item per distinct value) spread over the rows."""
        return spread(per_value, self.codes, dtype=dtype)

    def values(self) -> list[str]:
        """Return the value of every row."""
        return self.spread(self.uniques).tolist()


@dataclass(frozen=True)
class Table:
    """A delimited file as columns of stripped text, with the line each row starts on."""

    file: str
    columns: list[str]
    lines: list[int]
    data: dict[str, Column]

    @classmethod
    def from_rows(cls, file: str, rows: list[tuple[int, dict[str, str]]]) -> Table:
        """Build a table from (line, row) pairs; handy for small tables in code and tests."""
        columns = list(dict.fromkeys(c for _, row in rows for c in row))
        data = {c: Column.of([row.get(c, "") for _, row in rows]) for c in columns}
        return cls(file, columns, [line for line, _ in rows], data)

    def __len__(self) -> int:
        return len(self.lines)

    def rows(self) -> list[tuple[int, dict[str, str]]]:
        """Return (line, row) pairs: for small tables such as sources and notes."""
        values = {c: self.column(c) for c in self.columns if c in self.data}
        return [(line, {c: v[k] for c, v in values.items()}) for k, line in enumerate(self.lines)]

    def groups(self, name: str) -> Column:
        """Return a column by its distinct values; an absent column is all empty."""
        return self.data[name] if name in self.data else Column.empty(len(self))

    def column(self, name: str) -> list[str]:
        """Return a column's values; an absent column is all empty."""
        return self.groups(name).values()


# Every column name the product reads, in any of its tables (records, sources, notes, places).
KNOWN_COLUMNS = [
    *REQUIRED_COLUMNS, *TEXT_COLUMNS, *FIGURES, "lat", "lon", "outlet", "language", "url", "text", "text_en",
    "name_ru", "name_kk", "aliases", "parent", "region", "radius_m", "precision", "population",
]  # fmt: skip
_KNOWN = {c.casefold(): c for c in KNOWN_COLUMNS}


def canonical_columns(header: list[str]) -> list[str]:
    """Return the header's names stripped, a known name in any case («Lat», « Place ») written as the product's."""
    return [_KNOWN.get(name.strip().casefold(), name.strip()) for name in header]


_UTF8_PAIR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]")


def detect_encoding(name: str, data: bytes) -> str:
    """Return how a file is encoded: ``utf-16`` (with its BOM), ``utf-8`` or ``cp1251``.

    Excel writes «Unicode text» as UTF-16 with a BOM, and «CSV» on a Russian
    Windows as Windows-1251.  A UTF-8 file with a few bytes that are not
    UTF-8 (a paste from another program) is not read as Windows-1251, which
    would garble every letter: RecordsError names the first such byte.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        bad_at = e.start
    sample = data[:1_000_000]
    bad = sample.decode("utf-8", errors="replace").count("\ufffd")
    if len(_UTF8_PAIR.findall(sample)) <= bad:
        # Windows-1251 decodes every byte but 0x98 (shown as �, not a crash).
        return "cp1251"
    start = data.rfind(b"\n", 0, bad_at) + 1
    line = data.count(b"\n", 0, bad_at) + 1
    column = len(data[start:bad_at].decode("utf-8", errors="replace")) + 1
    raise RecordsError(
        [
            Problem(
                name,
                line,
                "",
                f"byte 0x{data[bad_at]:02X} at character {column} is not UTF-8, while the rest of the file is",
                "save the file as UTF-8 again (in Excel: «CSV UTF-8»), or retype the character there",
            )
        ]
    )


def decode(name: str, data: bytes) -> str:
    """Return the text of a CSV file saved as UTF-8 (any BOM), UTF-16 (with BOM) or Windows-1251."""
    encoding = detect_encoding(name, data)
    if encoding == "utf-8":
        return data.decode("utf-8-sig")
    return data.decode(encoding, errors="replace")


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=counts.get)


def read_table(path: Path | str, *, text: str | None = None) -> Table:
    """Read a delimited file into a :class:`Table`; raise RecordsError if unreadable."""
    path = Path(path)
    name = str(path)
    if text is None:
        try:
            data = path.read_bytes()
        except OSError as e:
            raise RecordsError(
                [Problem(name, 0, "", f"cannot read the file ({e.strerror})", "check the path given with --data")]
            ) from None
        if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
            # A zip (.xlsx, .ods) or an old .xls, whatever the file is called.
            raise RecordsError(
                [
                    Problem(
                        name,
                        0,
                        "",
                        "this is a spreadsheet file (.xlsx, .ods or .xls), not CSV text",
                        "save it from Excel or LibreOffice as «CSV UTF-8» and give that file",
                    )
                ]
            )
        encoding = detect_encoding(name, data)
        fast = _read_fast(name, data, encoding) if encoding != "utf-16" else None
        if fast is not None:
            return fast
        text = decode(name, data)
        del data
    if not text or text.isspace():
        raise RecordsError(
            [Problem(name, 1, "", "the file is empty", f"start it with a header line: {','.join(REQUIRED_COLUMNS)}")]
        )
    header = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = _delimiter(header)
    problems: list[Problem] = []
    lines: list[int] = []
    columns: list[str] = []
    # Each column as a code per row into its distinct values (in the order
    # they first appear): 100,000 rows that name the same source or status
    # share one string instead of holding copies.
    store: list[list[int]] = []
    seen: list[dict[str, int]] = []
    batch: list[list[str]] = []
    try:
        for line, fields in _rows(text, delimiter):
            if not any(fields) or not "".join(fields).strip():
                continue  # blank lines, and the ";;;;" rows Excel leaves at the end
            if not columns:
                columns = canonical_columns(fields)
                store = [[] for _ in columns]
                seen = [{} for _ in columns]
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
            batch.append(fields)
            lines.append(line)
            if len(batch) == 5000:
                _keep(batch, store, seen)
        _keep(batch, store, seen)
    except _QuotingError as e:
        problems.append(
            Problem(
                name,
                e.line,
                "",
                f"broken quoting ({e.reason})",
                'close every opening double quote, and write a quote inside quoted text as ""',
            )
        )
    repeated = sorted({c for c in columns if c and columns.count(c) > 1})
    if repeated:
        problems.append(Problem(name, 1, ", ".join(repeated), "column named twice", "give each column one header"))
    if problems:
        raise RecordsError(problems)
    data = {
        c: Column.stripped(np.array(codes, dtype=np.intp), list(known))
        for c, codes, known in zip(columns, store, seen, strict=True)
        if c
    }
    return Table(name, columns, lines, data)


def _quoted_fields(delimiter: bytes, body: bytes = rb'(?:[^"\r\n]|"")*') -> re.Pattern[bytes]:
    """Match a whole quoted field on one line: ``"..."`` with ``body`` inside, between delimiters."""
    d = re.escape(delimiter)
    # The pattern starts with the quote itself, so that re can skip to the
    # next quote; the lookbehind then checks that it opens a field.
    return re.compile(rb'"(?<![^' + d + rb'\n]")' + body + rb'"(?![^' + d + rb"\r\n])")


def _read_fast(name: str, data: bytes, encoding: str) -> Table | None:
    """Read a file whose rows are single lines with pandas' C parser; None for any other file.

    When every quoted field is whole and on one line, every line is one
    row, so line numbers are known and the csv module's strictness has
    nothing to find.  The bytes go to pandas as they are (no Python copy of
    the text).  A file this path cannot vouch for (a quote out of place, a
    line break inside quotes, a lone CR, rows of another length, an odd
    header, lines of spaces) goes the careful way, which also words the
    errors.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if data.count(b"\r") != data.count(b"\r\n"):
        return None  # a line ending in a lone CR: pandas and the csv module disagree
    lines = data.splitlines()
    rows = [k for k, line in enumerate(lines) if line]
    if len(rows) < 2:
        return None
    # Delimiters are ASCII: Latin-1 maps each byte to one character.
    delimiter = _delimiter(lines[rows[0]].decode("latin-1")).encode()
    if b'"' in data:
        # Without its quoted fields, the file must hold no quote at all;
        # then each line still is one row, and its delimiters can be counted.
        # A field that holds text stands as one letter, so that a row of
        # empty quoted fields still looks empty below.
        # Two fixed replacements (no Python call per field): blank quoted fields go first.
        unquoted = _quoted_fields(delimiter, rb"[ \t\x0b\x0c]*").sub(b"", data)
        unquoted = _quoted_fields(delimiter).sub(b"q", unquoted)
        if b'"' in unquoted:
            return None
        count = len(lines)
        lines = unquoted.splitlines()
        del unquoted
        if len(lines) != count:
            return None  # a last line of blank quoted fields and no line end: it vanished above
    width = lines[rows[0]].count(delimiter)
    if any(lines[k].count(delimiter) != width or not lines[k].strip(delimiter + b" \t\r") for k in rows):
        return None
    del lines
    frame = pd.read_csv(
        io.BytesIO(data),
        sep=delimiter.decode(),
        header=None,
        encoding=encoding,
        encoding_errors="strict" if encoding == "utf-8" else "replace",
        dtype=object,
        keep_default_na=False,
        na_filter=False,
        doublequote=True,
        engine="c",
    )
    columns = canonical_columns([str(c) for c in frame.iloc[0]])
    if len(set(columns)) != len(columns) or not all(columns) or len(frame) != len(rows):
        return None
    table = {}
    for k, c in enumerate(columns):
        # Column by column, so that the strings of one are freed before the next.
        table[c] = Column.of(frame.pop(k).to_numpy(dtype=object)[1:])
    return Table(name, columns, [k + 1 for k in rows[1:]], table)


class _QuotingError(Exception):
    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line, self.reason = line, reason


def _keep(batch: list[list[str]], store: list[list[int]], seen: list[dict[str, int]]) -> None:
    """Move a batch of rows into the columns as codes of their distinct values; empty the batch."""
    if batch:
        for values, codes, known in zip(zip(*batch, strict=True), store, seen, strict=True):
            codes.extend([known.setdefault(v, len(known)) for v in values])
        batch.clear()


def _rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (line, fields) for every row, strictly; raise _QuotingError at broken quoting."""
    # A quote of a whole article in one cell is fine: the csv module's 128 KiB limit is not ours.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    try:
        for fields in reader:
            yield start, fields
            start = reader.line_num + 1
    except csv.Error as e:
        raise _QuotingError(start, str(e)) from None


class _Checker:
    """Checks a table column by column, once per distinct value, and collects problems."""

    def __init__(self, table: Table):
        self.table = table
        self.problems: list[tuple[int, int, Problem]] = []
        # Figures parsed by the checks, a float per row (NaN where empty).
        self.numbers: dict[str, np.ndarray] = {}

    def bad(self, rows: list[int], column: str, message: str, fix: str) -> None:
        order = self.table.columns.index(column) if column in self.table.columns else 0
        for k in rows:
            line = self.table.lines[k]
            self.problems.append((line, order, Problem(self.table.file, line, column, message, fix)))

    def required(self) -> None:
        for column in REQUIRED_VALUES:
            groups = self.table.groups(column)
            for j, value in groups:
                if not value:
                    self.bad(groups.rows(j), column, "is empty", "every record needs a value here")

    def vocabulary(self, column: str, allowed: dict, what: str, *, optional: bool = False) -> None:
        groups = self.table.groups(column)
        for j, value in groups:
            if value and value not in allowed:
                tail = ", or leave it empty" if optional else ""
                self.bad(groups.rows(j), column, f"{value!r} is not {what}", f"use one of: {', '.join(allowed)}{tail}")

    def figures(self) -> None:
        for column, (low, high) in FIGURES.items():
            groups = self.table.groups(column)
            parsed = []
            for j, value in groups:
                number = parse_figure(value) if value else None
                parsed.append(NAN if number is None else number)
                if not value:
                    continue
                if number is None:
                    self.bad(
                        groups.rows(j),
                        column,
                        f"{value!r} is not a number",
                        "write a number such as 1 760, 11,5 млрд or 272,1 млн тенге",
                    )
                elif not low <= number <= high:
                    self.bad(
                        groups.rows(j),
                        column,
                        f"{value!r} is outside {low:g}…{high:g}",
                        "check the figure against the article",
                    )
                elif column in COUNTS and _THOUSANDS_COMMA.fullmatch(value.strip()):
                    # «1,200 коек»: a thousands comma (1200) or a decimal one (1.2)? Refuse to guess.
                    self.bad(
                        groups.rows(j),
                        column,
                        f"{value!r} is ambiguous: 1200, or 1,2?",
                        f"write {value.strip().replace(',', ' ')} for thousands (a space between them)",
                    )
                elif column in COUNTS and number != int(number):
                    self.bad(groups.rows(j), column, f"{value!r} is not a whole number", "write a whole number")
            self.numbers[column] = groups.spread(parsed, dtype=float)

    def dates(self) -> None:
        groups = self.table.groups("published")
        for j, value in groups:
            if value and not _real_date(value):
                self.bad(
                    groups.rows(j),
                    "published",
                    f"{value!r} is not a date",
                    "write the article's date as 2025-11-07, or 2025-11, or 2025",
                )

    def due_years(self) -> None:
        """A year written in ``due`` must be ``due_year`` (the last one, for a period)."""
        due, year = self.table.groups("due"), self.numbers.get("due_year")
        if year is None:
            return
        for j, value in due:
            years = [int(y) for y in re.findall(r"\b(19\d\d|20\d\d|21\d\d)\b", value)]
            if not years:
                continue
            rows = [k for k in due.rows(j) if not np.isnan(year[k]) and int(year[k]) != years[-1]]
            for k in rows:
                self.bad(
                    [k],
                    "due_year",
                    f"{int(year[k])} is not the year in due ({value!r})",
                    f"write {years[-1]}, or correct due",
                )

    def coordinates(self) -> None:
        for column, (low, high) in (("lat", LAT_RANGE), ("lon", LON_RANGE)):
            groups = self.table.groups(column)
            parsed = []
            for j, value in groups:
                number = parse_figure(value) if value else None
                if value and number is None:
                    self.bad(
                        groups.rows(j),
                        column,
                        f"{value!r} is not a number",
                        "write decimal degrees such as 43.238 (WGS84)",
                    )
                elif value and not low <= number <= high:
                    self.bad(
                        groups.rows(j),
                        column,
                        f"{value} is not a {column} in degrees ({low:g}…{high:g})",
                        "write decimal degrees such as 43.238 (WGS84); lat comes before lon",
                    )
                    number = None
                parsed.append(NAN if number is None else number)
            self.numbers[column] = groups.spread(parsed, dtype=float)
        lat, lon = (self.table.groups(c) for c in ("lat", "lon"))
        no_lat = lat.spread([not v for v in lat.uniques], dtype=bool)
        no_lon = lon.spread([not v for v in lon.uniques], dtype=bool)
        for k in np.flatnonzero(no_lat != no_lon).tolist():
            missing = "lat" if no_lat[k] else "lon"
            self.bad([k], missing, "is empty while the other coordinate is given", "give both lat and lon, or neither")

    def links(self) -> None:
        groups = self.table.groups("source_url")
        for j, url in groups:
            try:
                parts = urlparse(url)
                ok = parts.scheme in ("http", "https") and bool(parts.hostname)
            except ValueError:  # «http://[::1»: a bracket never closed
                ok = False
            if url and not ok:
                self.bad(
                    groups.rows(j),
                    "source_url",
                    f"{url!r} is not an http(s) address",
                    "give the article's address, starting with https://",
                )

    def unique_ids(self) -> None:
        ids = self.table.groups("id")
        for j in np.flatnonzero(np.bincount(ids.codes, minlength=len(ids.uniques)) > 1).tolist():
            if ids.uniques[j]:
                first, *again = ids.rows(j)
                self.bad(
                    again,
                    "id",
                    f"{ids.uniques[j]!r} is used already on line {self.table.lines[first]}",
                    "give every record its own id",
                )


def _real_date(value: str) -> bool:
    """Return True for 2025, 2025-11 or 2025-11-07 when such a year, month and day exist."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    if not match:
        return False
    year, month, day = int(match[1]), int(match[2] or 1), int(match[3] or 1)
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return 1990 <= year <= 2100


def _header_problem(table: Table, names: list[str], message: str, fix: str) -> RecordsError:
    return RecordsError([Problem(table.file, 1, ", ".join(names), message, fix)])


def require_columns(table: Table, columns: list[str]) -> None:
    """Raise RecordsError naming every one of ``columns`` that the header lacks."""
    missing = [c for c in columns if c not in table.columns]
    if missing:
        many = len(missing) > 1
        message = "required columns missing" if many else "required column missing"
        raise _header_problem(table, missing, message, f"the header must name: {', '.join(columns)}")


def refuse_computed_columns(table: Table) -> None:
    """Raise RecordsError when the header names a column the map computes (``COMPUTED_COLUMNS``)."""
    taken = [c for c in table.columns if c in COMPUTED_COLUMNS]
    if taken:
        if len(taken) > 1:
            message = "the map computes these columns"
            fix = f"rename them (for example {taken[0]} to my_{taken[0]}) or remove them"
        else:
            message = "the map computes this column"
            fix = f"rename it (for example to my_{taken[0]}) or remove it"
        raise _header_problem(table, taken, message, fix)


def validate_records(table: Table) -> pd.DataFrame:
    """Return the records as a DataFrame with figures parsed; raise RecordsError listing every problem."""
    require_columns(table, REQUIRED_COLUMNS)
    refuse_computed_columns(table)
    if not len(table):
        raise RecordsError(
            [Problem(table.file, 2, "", "the file has a header but no records", "add one row per facility")]
        )
    check = _Checker(table)
    check.required()
    check.vocabulary("status", STATUSES, "a status")
    check.vocabulary("kind", KINDS, "a kind")
    check.vocabulary("work", WORKS, "a kind of work", optional=True)
    check.figures()
    check.dates()
    check.due_years()
    check.coordinates()
    check.links()
    check.unique_ids()
    if check.problems:
        check.problems.sort(key=lambda item: item[:2])
        raise RecordsError([problem for *_, problem in check.problems])
    return records_frame(table, numbers=check.numbers)


# A question mark before a Cyrillic letter: where Excel's Windows-1251 «CSV» wrote a Kazakh letter
# (a question in a quote ends with its ?, and is not one).
_LOST_LETTER = re.compile(r"\?[а-яёәғқңөұүһі]", re.IGNORECASE)


def lost_letters(table: Table) -> list[str]:
    """Return a warning for each text with ? inside a word («?скемен»), at the first line that holds it."""
    warnings = []
    for column in ("name", "place", "quote", "name_en"):
        groups = table.groups(column)
        for j, value in groups:
            if _LOST_LETTER.search(value):
                warnings.append(
                    f"{table.file}:{table.lines[groups.rows(j)[0]]}: {column}: {value!r} has ? inside a word — "
                    "Excel's «CSV» writes ? for the letters Windows-1251 lacks (Ә Ғ Қ Ң Ө Ұ Ү Һ І): "
                    "save the file as «CSV UTF-8» instead"
                )
    return warnings


def unknown_sources(table: Table, articles: set[str]) -> list[Problem]:
    """Return a problem for every record whose ``source`` names no known article."""
    groups = table.groups("source")
    known = ", ".join(sorted(articles)[:3]) + (" …" if len(articles) > 3 else "")
    return [
        Problem(
            table.file,
            table.lines[k],
            "source",
            f"{source!r} is no article in articles/ or sources.csv",
            f"give the file name of the article (such as {known}), or add the article",
        )
        for j, source in groups
        if source and source not in articles
        for k in groups.rows(j)
    ]


def records_frame(table: Table, *, numbers: dict[str, np.ndarray] | None = None) -> pd.DataFrame:
    """Return the (valid) rows of ``table`` as a DataFrame with figures as numbers.

    ``numbers`` holds columns already parsed by validation.
    """
    numbers = numbers or {}
    text_columns = list(dict.fromkeys(REQUIRED_COLUMNS + TEXT_COLUMNS + [c for c in table.columns if c]))
    text = {c: table.groups(c) for c in text_columns if c not in FIGURES and c not in ("lat", "lon")}
    frame = pd.DataFrame({c: pd.array(column.spread(column.uniques), dtype="str") for c, column in text.items()})
    frame["line"] = table.lines
    frame["kind"] = frame["kind"].replace("", "other")
    for column in [*FIGURES, "lat", "lon"]:
        parsed = numbers.get(column)
        if parsed is None:
            groups = table.groups(column)
            parsed = groups.spread([parse_figure(v) if v else None for v in groups.uniques], dtype=float)
        frame[column] = pd.array(parsed, dtype="float64")
    return frame
