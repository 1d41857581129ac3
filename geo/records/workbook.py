"""Reading a sheet of an Excel or LibreOffice workbook (``.xlsx``, ``.xls``, ``.ods``) with ``python-calamine``.

Cells come as the spreadsheet stores them; each is written as the text a
person sees in it: a whole number without ``.0``, a date as ``2025-11-07``,
text as it is.  The rows then go through the same checks as a CSV file's,
and every problem names the file, the row and the sheet.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from python_calamine import CalamineWorkbook

from geo.errors import Problem, RecordsError


class SheetFile(str):
    """A file's name that also knows the sheet read from it: problems say «facilities.xlsx:12 (sheet "Проекты")»."""

    sheet: str

    def __new__(cls, name: str, sheet: str) -> SheetFile:
        made = super().__new__(cls, name)
        made.sheet = sheet
        return made


def is_workbook(data: bytes) -> bool:
    """Whether ``data`` is a workbook: a zip (``.xlsx``, ``.ods``) or an old ``.xls``, whatever the file is called."""
    return data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0"))


def sheet_names(path: Path) -> list[str]:
    """Return the names of the sheets of the workbook ``path`` ([] when it cannot be read)."""
    try:
        return list(CalamineWorkbook.from_path(str(path)).sheet_names)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # noqa: BLE001 — a damaged workbook is told by read_sheet
        return []


def _text(value: object) -> str:
    """The text a person sees in a cell."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time | datetime.timedelta):
        return str(value)
    return str(value)


def read_sheet(path: Path, *, sheet: str | None = None) -> tuple[SheetFile, list[tuple[int, list[str]]]]:
    """Return the sheet's name-aware file name and its rows as (row number, cells as text).

    ``sheet`` names the sheet (any case); by default the first.  Raise
    RecordsError naming the file when it cannot be read or has no such sheet.
    """
    name = str(path)
    try:
        book = CalamineWorkbook.from_path(name)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as e:  # noqa: BLE001 — calamine's errors are its own types; a Rust panic is a BaseException
        raise RecordsError(
            [
                Problem(
                    name,
                    0,
                    "",
                    f"cannot read the workbook ({type(e).__name__}: {e})",
                    "open it in Excel or LibreOffice and save it again as .xlsx or .ods, or as «CSV UTF-8»",
                )
            ]
        ) from None
    names = list(book.sheet_names)
    if not names:
        raise RecordsError([Problem(name, 0, "", "the workbook has no sheets", "add a sheet with the records")])
    chosen = names[0]
    if sheet is not None:
        found = [n for n in names if n.strip().casefold() == sheet.strip().casefold()]
        if not found:
            raise RecordsError(
                [
                    Problem(
                        name,
                        0,
                        "",
                        f"the workbook has no sheet named {sheet!r}",
                        f"give one of: {', '.join(names)}",
                    )
                ]
            )
        chosen = found[0]
    try:
        cells = book.get_sheet_by_name(chosen)
        # The sheet's used range may start below row 1: row numbers are the spreadsheet's own.
        first = (cells.start or (0, 0))[0] + 1
        values = cells.to_python(skip_empty_area=False)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as e:  # noqa: BLE001
        raise RecordsError(
            [
                Problem(
                    SheetFile(name, chosen),
                    0,
                    "",
                    f"cannot read the sheet ({type(e).__name__}: {e})",
                    "open the workbook in Excel or LibreOffice and save it again, or save the sheet as «CSV UTF-8»",
                )
            ]
        ) from None
    rows = [(first + k, [_text(v) for v in row]) for k, row in enumerate(values)]
    return SheetFile(name, chosen), rows
