"""Validating the facility records (``seeds/facilities.csv``).

The table is checked as a whole, once per distinct value of a column, and
every problem is reported at once in a :class:`RecordsError`.
"""

from __future__ import annotations

import datetime
import re
from urllib.parse import urlparse

import numpy as np
import pandas as pd

from geo.errors import Problem, RecordsError
from geo.records.figures import parse_figure, split_qualifier
from geo.records.schema import (
    COUNTS,
    FIGURES,
    LAT_RANGE,
    LON_RANGE,
    QUALIFIED,
    REQUIRED_COLUMNS,
    REQUIRED_VALUES,
    TEXT_COLUMNS,
)
from geo.records.table import Table, refuse_computed_columns, require_columns
from geo.records.vocab import KINDS, STATUSES, WORK_JOINER, WORKS

NAN = float("nan")
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(,\d{3})+")


class _Checker:
    """Checks a table column by column, once per distinct value, and collects problems."""

    def __init__(self, table: Table):
        self.table = table
        self.problems: list[tuple[int, int, Problem]] = []
        # Figures parsed by the checks, a float per row (NaN where empty).
        self.numbers: dict[str, np.ndarray] = {}
        # The word that makes a figure a bound («свыше»: over), a code per row ("" for none).
        self.qualifiers: dict[str, np.ndarray] = {}

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

    def vocabulary(self, column: str, allowed: dict, what: str, *, optional: bool = False, joiner: str = "") -> None:
        groups = self.table.groups(column)
        for j, value in groups:
            # «capital_repair+new_building»: each part must be a code.
            parts = [p.strip() for p in value.split(joiner)] if joiner and value else [value]
            wrong = [p for p in parts if p and p not in allowed] or ([value] if value and not all(parts) else [])
            if wrong:
                tail = ", or leave it empty" if optional else ""
                several = f"; several joined by {joiner}" if joiner else ""
                self.bad(
                    groups.rows(j),
                    column,
                    f"{wrong[0]!r} is not {what}",
                    f"use one of: {', '.join(allowed)}{several}{tail}",
                )

    def figures(self) -> None:
        for column, (low, high) in FIGURES.items():
            groups = self.table.groups(column)
            parsed, bounds = [], []
            for j, value in groups:
                bound, figure = split_qualifier(value) if column in QUALIFIED else ("", value)
                number = parse_figure(figure) if value else None
                parsed.append(NAN if number is None else number)
                bounds.append(bound)
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
            if any(bounds):
                self.qualifiers[column] = groups.spread(bounds)

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
    check.vocabulary("work", WORKS, "a kind of work", optional=True, joiner=WORK_JOINER)
    check.figures()
    check.dates()
    check.due_years()
    check.coordinates()
    check.links()
    check.unique_ids()
    if check.problems:
        check.problems.sort(key=lambda item: item[:2])
        raise RecordsError([problem for *_, problem in check.problems])
    return records_frame(table, numbers=check.numbers, qualifiers=check.qualifiers)


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


def records_frame(
    table: Table, *, numbers: dict[str, np.ndarray] | None = None, qualifiers: dict[str, np.ndarray] | None = None
) -> pd.DataFrame:
    """Return the (valid) rows of ``table`` as a DataFrame with figures as numbers.

    ``numbers`` and ``qualifiers`` hold columns already parsed by validation.
    ``qualifiers`` becomes one text column, ``funding_kzt=over; cost_kzt=about``
    («1 млрд теңгеден астам», «около 11 млрд»), empty for plain figures.
    """
    numbers = numbers or {}
    if qualifiers is None:
        qualifiers = {}
        for column in QUALIFIED:
            groups = table.groups(column)
            bounds = [split_qualifier(v)[0] for v in groups.uniques]
            if any(bounds):
                qualifiers[column] = groups.spread(bounds)
    text_columns = list(dict.fromkeys(REQUIRED_COLUMNS + TEXT_COLUMNS + [c for c in table.columns if c]))
    text = {c: table.groups(c) for c in text_columns if c not in FIGURES and c not in ("lat", "lon")}
    frame = pd.DataFrame({c: pd.array(column.spread(column.uniques), dtype="str") for c, column in text.items()})
    frame["line"] = table.lines
    frame["kind"] = frame["kind"].replace("", "other")
    for column in [*FIGURES, "lat", "lon"]:
        parsed = numbers.get(column)
        if parsed is None:
            groups = table.groups(column)
            strip = split_qualifier if column in QUALIFIED else lambda v: ("", v)
            parsed = groups.spread([parse_figure(strip(v)[1]) if v else None for v in groups.uniques], dtype=float)
        frame[column] = pd.array(parsed, dtype="float64")
    frame["qualifiers"] = join_qualifiers(qualifiers, len(frame))
    return frame


def join_qualifiers(qualifiers: dict[str, np.ndarray], n: int) -> pd.Series:
    """Return, per row, ``column=code`` pairs joined by ``; `` for the figures a word qualifies."""
    out = pd.Series([""] * n, dtype="str")
    for column, codes in qualifiers.items():
        pairs = pd.Series(np.where(codes != "", column + "=" + codes.astype(str), ""), dtype="str")
        out = out.str.cat(pairs, sep="; ").str.strip("; ")
    return out


def parse_qualifiers(text: str) -> dict[str, str]:
    """Return the ``column=code`` pairs of a ``qualifiers`` text as a dict."""
    return dict(pair.split("=", 1) for pair in text.split("; ") if "=" in pair)
