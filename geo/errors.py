"""The errors that ``geo`` raises for bad input."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located to a line and column."""

    file: str
    line: int
    column: str
    message: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        # A sheet of a workbook (geo.records.workbook.SheetFile): «facilities.xlsx:12 (sheet "Проекты")».
        sheet = getattr(self.file, "sheet", "")
        if sheet:
            where += f' (sheet "{sheet}")'
        column = f" {self.column}:" if self.column else ""
        return f"{where}:{column} {self.message} — {self.fix}"


class GeoError(Exception):
    """Base class of the errors a caller can report to a user."""


class RecordsError(GeoError):
    """The records file has problems; ``problems`` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
