"""Records kept in Excel or LibreOffice: .xlsx and .ods read directly, with the sheet in every message."""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from geo.build import make
from geo.errors import RecordsError
from tests.conftest import run_cli

HEADER = [
    "id",
    "name",
    "kind",
    "status",
    "place",
    "source",
    "source_url",
    "cost_kzt",
    "published",
    "beds",
    "lat",
    "lon",
]
ROWS = [
    # As people type them: a cost stored as a number, a date stored as a date, a whole number of beds.
    ["a1", "Больница", "hospital", "planned", "Балхаш", "s.txt", "https://e.kz/1", 11_500_000_000,
     datetime.date(2025, 11, 7), 200, None, None],
    # As text: the figure as an article writes it, a year only.
    ["a2", "Поликлиника", None, "construction", "Алматы", "s.txt", "https://e.kz/2", "1,27 млрд", "2025", None,
     43.238, 76.889],
]  # fmt: skip
SOURCES = [["source", "outlet", "language", "published", "url"], ["s.txt", "Пример", "ru", "2025", "https://e.kz"]]
NOTES = [
    ["id", "place", "text", "text_en", "source", "quote"],
    ["n1", "Алматы", "Финансирование — 51 млрд тенге", "Funding: 51 bn tenge", "s.txt", "51 млрд тенге"],
]


def _xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _ods(path: Path, sheets: dict[str, list[list]]) -> Path:
    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets.items():
        table = Table(name=title)
        for row in rows:
            tr = TableRow()
            for value in row:
                if value is None:
                    tr.addElement(TableCell())
                elif isinstance(value, int | float):
                    cell = TableCell(valuetype="float", value=value)
                    cell.addElement(P(text=str(value)))
                    tr.addElement(cell)
                elif isinstance(value, datetime.date):
                    cell = TableCell(valuetype="date", datevalue=value.isoformat())
                    cell.addElement(P(text=value.isoformat()))
                    tr.addElement(cell)
                else:
                    cell = TableCell(valuetype="string")
                    cell.addElement(P(text=str(value)))
                    tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


@pytest.mark.parametrize("write", [_xlsx, _ods], ids=["xlsx", "ods"])
def test_a_workbook_reads_as_its_cells_show(tmp_path, write):
    path = write(tmp_path / f"records.{'xlsx' if write is _xlsx else 'ods'}", {"Проекты": [HEADER, *ROWS]})
    outputs = make(path, as_of=datetime.date(2026, 12, 1))
    f = outputs.facilities.set_index("id")
    assert (f.loc["a1", "cost_kzt"], f.loc["a1", "published"], f.loc["a1", "beds"]) == (11.5e9, "2025-11-07", 200)
    assert (f.loc["a2", "cost_kzt"], f.loc["a2", "published"], f.loc["a2", "kind"]) == (1.27e9, "2025", "other")
    assert (f.loc["a2", "precision"], round(f.loc["a2"].geometry.y, 3)) == ("exact", 43.238)


@pytest.mark.parametrize("write", [_xlsx, _ods], ids=["xlsx", "ods"])
def test_a_problem_names_the_file_the_row_and_the_sheet(tmp_path, write):
    bad = [*ROWS, ["a3", "Х", "hospital", "bogus", "Алматы", "s.txt", "https://e.kz/3"]]
    path = write(tmp_path / f"f.{'xlsx' if write is _xlsx else 'ods'}", {"Проекты": [HEADER, *bad]})
    with pytest.raises(RecordsError) as e:
        make(path)
    assert str(e.value) == (
        f"{path}:4 (sheet \"Проекты\"): status: 'bogus' is not a status — use one of: planned, design, "
        "construction, suspended, completed, cancelled"
    )


def test_sources_and_notes_may_be_sheets_of_the_same_workbook(tmp_path):
    path = _xlsx(tmp_path / "book.xlsx", {"Проекты": [HEADER, *ROWS], "sources": SOURCES, "Notes": NOTES})
    outputs = make(path)
    assert outputs.sources["s.txt"]["outlet"] == "Пример"
    assert [n["items"][0]["id"] for n in outputs.notes] == ["n1"]


def test_a_source_the_sources_sheet_lacks_is_refused(tmp_path):
    rows = [*ROWS, ["a3", "Х", "hospital", "planned", "Алматы", "other.txt", "https://e.kz/3"]]
    path = _xlsx(tmp_path / "book.xlsx", {"Проекты": [HEADER, *rows], "sources": SOURCES})
    with pytest.raises(RecordsError) as e:
        make(path)
    assert str(e.value).startswith(f"{path}:4 (sheet \"Проекты\"): source: 'other.txt' is no article")


def test_the_sheet_is_chosen_on_the_command_line(tmp_path):
    path = _xlsx(tmp_path / "book.xlsx", {"Заметки": [["x"], ["y"]], "Проекты": [HEADER, *ROWS]})
    done = run_cli("--data", str(path), "--sheet", "проекты", "--out", str(tmp_path / "m.html"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("2 projects from 2 reports")
    done = run_cli("--data", str(path), "--sheet", "Records", "--check")
    assert done.returncode == 2
    assert f"{path}: the workbook has no sheet named 'Records' — give one of: Заметки, Проекты" in done.stderr


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04" + b"\x00" * 200, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 600, b"PK\x03\x04"],
    ids=["zip-of-nothing", "xls-of-garbage", "four-bytes"],
)
def test_a_damaged_workbook_is_refused_with_the_fix(tmp_path, data):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(data)
    done = run_cli("--data", str(path), "--check")
    assert done.returncode == 2
    assert done.stderr.startswith(f"{path}: cannot read the workbook (")
    assert "save it again as .xlsx or .ods" in done.stderr and "Traceback" not in done.stderr


def test_an_empty_sheet_says_so(tmp_path):
    path = _xlsx(tmp_path / "empty.xlsx", {"Лист1": []})
    with pytest.raises(RecordsError) as e:
        make(path)
    assert str(e.value).startswith(f'{path}:1 (sheet "Лист1"): the sheet is empty')
