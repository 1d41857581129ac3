"""Reading a delimited file as spreadsheets save it, into columns of distinct values.

The file is read as spreadsheets save it (UTF-8 with or without BOM, UTF-16
from Excel's «Unicode text», or Windows-1251 from Excel's «CSV»; ``,``,
``;`` or tab between fields).  Problems are raised as :class:`RecordsError`.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd

from geo.columns import factorize, spread
from geo.errors import Problem, RecordsError
from geo.records.encoding import decode, detect_encoding, line_chunks
from geo.records.schema import COMPUTED_COLUMNS, KNOWN_COLUMNS, REQUIRED_COLUMNS
from geo.records.workbook import is_workbook, read_sheet


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
        return cls.stripped(*factorize(values))

    @classmethod
    def stripped(cls, codes: np.ndarray, uniques: list[str]) -> Column:
        """Return the column of ``codes`` into distinct ``uniques`` (text as read), the values stripped."""
        stripped = list(map(str.strip, uniques))
        if stripped != uniques:
            # " a" and "a" are one value once stripped.
            again, stripped = factorize(stripped)
            codes = again[codes]
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


_KNOWN = {c.casefold(): c for c in KNOWN_COLUMNS}


def canonical_columns(header: list[str]) -> list[str]:
    """Return the header's names stripped, a known name in any case («Lat», « Place ») written as the product's."""
    return [_KNOWN.get(name.strip().casefold(), name.strip()) for name in header]


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=counts.get)


def read_table(path: Path | str, *, text: str | None = None, sheet: str | None = None) -> Table:
    """Read a delimited file, or a sheet of a workbook, into a :class:`Table`; raise RecordsError if unreadable.

    A workbook (``.xlsx``, ``.xls``, ``.ods``, whatever the file is called) is
    read at its first sheet, or at ``sheet``.
    """
    path = Path(path)
    name = str(path)
    if text is None:
        try:
            handle = path.open("rb")
        except OSError as e:
            raise _unreadable(name, e) from None
        with handle:
            try:
                data = handle.read()
            except OSError as e:
                raise _unreadable(name, e) from None
            if is_workbook(data):
                del data
                return _from_workbook(path, sheet)
            encoding = detect_encoding(name, data)
            lines = _single_lines(data) if encoding != "utf-16" else None
            if lines is not None:
                # pandas reads the open file itself: the 60 MB of 100,000 records are not held beside
                # the strings made of them.
                start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
                del data
                handle.seek(start)
                fast = _read_lines(name, handle, lines, encoding)
                if fast is not None:
                    return fast
                handle.seek(0)
                data = handle.read()
            text = decode(name, data, encoding=encoding)
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


def _from_workbook(path: Path, sheet: str | None) -> Table:
    """Read a sheet of a workbook: its first non-empty row is the header, empty rows are skipped."""
    name, rows = read_sheet(path, sheet=sheet)
    rows = [(line, cells) for line, cells in rows if any(c.strip() for c in cells)]
    if not rows:
        raise RecordsError(
            [Problem(name, 1, "", "the sheet is empty", f"start it with a header row: {', '.join(REQUIRED_COLUMNS)}")]
        )
    (_, header), *body = rows
    columns = canonical_columns(header)
    repeated = sorted({c for c in columns if c and columns.count(c) > 1})
    if repeated:
        raise RecordsError(
            [Problem(name, rows[0][0], ", ".join(repeated), "column named twice", "give each column one header")]
        )
    data = {c: Column.of([cells[k] if k < len(cells) else "" for _, cells in body]) for k, c in enumerate(columns) if c}
    return Table(name, columns, [line for line, _ in body], data)


def _quoted_fields(delimiter: bytes, body: bytes = rb'[^"\r\n]*(?:""[^"\r\n]*)*') -> re.Pattern[bytes]:
    """Match a whole quoted field on one line: ``"..."`` with ``body`` inside, between delimiters."""
    d = re.escape(delimiter)
    # The pattern starts with the quote itself, so that re can skip to the
    # next quote; the lookbehind then checks that it opens a field.
    return re.compile(rb'"(?<![^' + d + rb'\n]")' + body + rb'"(?![^' + d + rb"\r\n])")


def _unreadable(name: str, e: OSError) -> RecordsError:
    return RecordsError(
        [Problem(name, 0, "", f"cannot read the file ({e.strerror})", "check the path given with --data")]
    )


@dataclass(frozen=True)
class _Lines:
    """A file whose every line is one row: the lines that hold rows, and the delimiter."""

    rows: list[int]
    delimiter: bytes


def _single_lines(data: bytes) -> _Lines | None:
    """Return the rows of a file whose rows are single lines, for pandas' C parser; None for any other file.

    When every quoted field is whole and on one line, every line is one
    row, so line numbers are known and the csv module's strictness has
    nothing to find.  A file this path cannot vouch for (a quote out of
    place, a line break inside quotes, a lone CR, rows of another length,
    lines of spaces) goes the careful way, which also words the errors.
    """
    if data.count(b"\r") != data.count(b"\r\n"):
        return None  # a line ending in a lone CR: pandas and the csv module disagree
    # Line by line, so that no second copy of a large file is ever held: 100,000 records are 60 MB.
    first = next((line for line in io.BytesIO(data) if line.strip(b"\r\n")), b"")
    # Delimiters are ASCII: Latin-1 maps each byte to one character.
    delimiter = _delimiter(first.rstrip(b"\r\n").decode("latin-1")).encode()
    quoted = b'"' in data
    blank, filled = _quoted_fields(delimiter, rb"[ \t\x0b\x0c]*"), _quoted_fields(delimiter)
    edges = delimiter + b" \t\r"  # a line of these only is a row of empty fields
    rows, width, k = [], None, 0
    for chunk in line_chunks(data):
        if k == 0 and chunk.startswith(codecs.BOM_UTF8):
            chunk = chunk[len(codecs.BOM_UTF8) :]
        # Without its quoted fields, a line must hold no quote at all; then it is one row, and its
        # delimiters can be counted.  A field that holds text stands as one letter, so that a row of
        # empty quoted fields still looks empty below; blank quoted fields go first.
        if quoted:
            chunk = filled.sub(b"q", blank.sub(b"", chunk))
            if b'"' in chunk:
                return None
        # Line by line at C speed (map): 100,000 lines are checked in a few hundredths of a second.
        lines = list(map(bytes.rstrip, chunk.split(b"\n"), itertools.repeat(b"\r")))
        widths = set(map(bytes.count, itertools.compress(lines, lines), itertools.repeat(delimiter)))
        if width is not None:
            widths.add(width)
        if len(widths) > 1 or not all(map(bytes.strip, itertools.compress(lines, lines), itertools.repeat(edges))):
            return None
        width = next(iter(widths), width)
        rows += itertools.compress(range(k, k + len(lines)), lines)
        k += len(lines)
        k -= 1  # a chunk ends with its line's \n: the empty piece after it is no line
    if len(rows) < 2:
        return None
    return _Lines(rows, delimiter)


def _read_lines(name: str, handle: BinaryIO, lines: _Lines, encoding: str) -> Table | None:
    """Read the file of :func:`_single_lines` with pandas' C parser, from ``handle`` as it stands; None for an odd header.

    The bytes go to pandas as they are (no Python copy of the text).
    """
    frame = pd.read_csv(
        handle,
        sep=lines.delimiter.decode(),
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
    if len(set(columns)) != len(columns) or not all(columns) or len(frame) != len(lines.rows):
        return None
    table = {}
    for k, c in enumerate(columns):
        # Column by column, so that the strings of one are freed before the next.
        table[c] = Column.of(frame.pop(k).to_numpy(dtype=object)[1:])
    return Table(name, columns, [k + 1 for k in lines.rows[1:]], table)


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
