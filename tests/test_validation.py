"""Bad records get one clear message each — FILE:LINE: column: what — fix — and nothing is written."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import make_map
from geo.records.schema import COMPUTED_COLUMNS

HEADER = "id,name,kind,status,place,source,source_url,cost_kzt,lat,lon"
GOOD = "a1,Поликлиника № 1,polyclinic,planned,Алматы,000_x.txt,https://example.kz/a,,,"
SECOND = GOOD.replace("a1", "a2")


def run(tmp_path, text: str | bytes, capsys, *extra: str) -> tuple[int, list[str], str]:
    data = tmp_path / "x.csv"
    if isinstance(text, str):
        text = text.encode("utf-8")
    data.write_bytes(text)
    code = make_map.main(["--data", str(data), "--out", str(tmp_path / "map.html"), *extra])
    captured = capsys.readouterr()
    prefix = str(data)
    lines = [line.replace(prefix, "x.csv") for line in captured.err.splitlines()]
    return code, lines, captured.out


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "id,name,kind,source,source_url\na1,A,polyclinic,s,https://e.kz\n",
            "x.csv:1: status, place: required columns missing — the header must name: "
            "id, name, kind, status, place, source, source_url",
            id="missing-columns",
        ),
        pytest.param(
            f"{HEADER}\n,Поликлиника,polyclinic,planned,Алматы,s,https://e.kz,,,\n",
            "x.csv:2: id: is empty — every record needs a value here",
            id="missing-id",
        ),
        pytest.param(
            f"{HEADER}\na1,,polyclinic,planned,Алматы,s,https://e.kz,,,\n",
            "x.csv:2: name: is empty — every record needs a value here",
            id="missing-name",
        ),
        pytest.param(
            f"{HEADER}\na1,A,polyclinic,,Алматы,s,https://e.kz,,,\n",
            "x.csv:2: status: is empty — every record needs a value here",
            id="missing-status",
        ),
        pytest.param(
            f"{HEADER}\na1,A,polyclinic,planned,,s,https://e.kz,,,\n",
            "x.csv:2: place: is empty — every record needs a value here",
            id="missing-place",
        ),
        pytest.param(
            f"{HEADER}\n{GOOD}\n{GOOD}\n",
            "x.csv:3: id: 'a1' is used already on line 2 — give every record its own id",
            id="duplicate-id",
        ),
        pytest.param(
            f"{HEADER}\na1,A,polyclinic,built,Алматы,s,https://e.kz,,,\n",
            "x.csv:2: status: 'built' is not a status — use one of: planned, design, construction, suspended, completed, cancelled",
            id="bad-status",
        ),
        pytest.param(
            f"{HEADER}\na1,A,clinic,planned,Алматы,s,https://e.kz,,,\n",
            "x.csv:2: kind: 'clinic' is not a kind — use one of: polyclinic, hospital, perinatal, maternity, "
            "reproductive, rehabilitation, oncology, university_clinic, other",
            id="bad-kind",
        ),
        pytest.param(
            f"{HEADER}\na1,A,polyclinic,planned,Карагнда,s,https://e.kz,,,\n",
            "x.csv:2: place: 'Карагнда' is not a known place — did you mean: Караганда? Name a town, village, "
            "district or region of Kazakhstan; add the place to places.csv beside the records (name_ru, precision, "
            "lat, lon, radius_m, source); or give lat and lon",
            id="unknown-place",
        ),
        pytest.param(
            f"{HEADER}\na1,A,polyclinic,planned,Алматы,s,https://e.kz,,43°15',76.9\n",
            'x.csv:2: lat: "43°15\'" is not a number — write decimal degrees such as 43.238 (WGS84)',
            id="lat-not-number",
        ),
        pytest.param(
            f"{HEADER}\na1,A,polyclinic,planned,Алматы,s,https://e.kz,,55.75,37.62\n",
            "x.csv:2: lat: 55.75, 37.62 is 884 km outside Kazakhstan, near Moscow (Russia) — check the coordinates "
            "(in Kazakhstan lat is 40…56 and lon 46…88), or leave them empty so that place decides",
            id="lon-outside",
        ),
        pytest.param(
            f"{HEADER}\na1,A,polyclinic,planned,Алматы,s,https://e.kz,,43.2,\n",
            "x.csv:2: lon: is empty while the other coordinate is given — give both lat and lon, or neither",
            id="half-coordinates",
        ),
        pytest.param(
            f"{HEADER}\na1,A,polyclinic,planned,Алматы,s,https://e.kz,около миллиарда,,\n",
            "x.csv:2: cost_kzt: 'около миллиарда' is not a number — "
            "write a number such as 1 760, 11,5 млрд or 272,1 млн тенге",
            id="figure-not-number",
        ),
        pytest.param(
            f"{HEADER}\na1,A,polyclinic,planned,Алматы,s,javascript:alert(1),,,\n",
            "x.csv:2: source_url: 'javascript:alert(1)' is not an http(s) address — "
            "give the article's address, starting with https://",
            id="javascript-url",
        ),
        pytest.param(
            f"{HEADER}\na1,A,polyclinic,planned,Алматы,s,https://e.kz,11,5 млрд,,\n",
            "x.csv:2: the row has 11 fields, the header has 10 — put text that holds the delimiter in double quotes, "
            "and give every row one field per column",
            id="wrong-field-count",
        ),
        pytest.param(
            f'{HEADER}\na1,"Поликлиника,polyclinic,planned,Алматы,s,https://e.kz,,,\n',
            "x.csv:2: broken quoting (unexpected end of data) — close every opening double quote, "
            'and write a quote inside quoted text as ""',
            id="unclosed-quote",
        ),
        pytest.param(
            f'{HEADER}\na1,"Поликлиника" № 1,polyclinic,planned,Алматы,s,https://e.kz,,,\n',
            "x.csv:2: broken quoting (',' expected after '\"') — close every opening double quote, "
            'and write a quote inside quoted text as ""',
            id="text-after-quote",
        ),
        pytest.param(
            "",
            "x.csv:1: the file is empty — start it with a header line: id,name,kind,status,place,source,source_url",
            id="empty-file",
        ),
        pytest.param(
            f"{HEADER}\n",
            "x.csv:2: the file has a header but no records — add one row per facility",
            id="header-only",
        ),
    ],
)
def test_error_names_file_line_column_and_fix(tmp_path, capsys, text, message):
    code, lines, _ = run(tmp_path, text, capsys)
    assert code == 2
    assert lines[0] == message
    assert lines[-1].endswith("nothing was written.")
    assert not (tmp_path / "map.html").exists()


def test_every_problem_is_reported_at_once(tmp_path, capsys):
    text = (
        f"{HEADER}\n{GOOD}\n"
        "a2,B,polyclinic,built,Алматы,s,https://e.kz,,,\n"
        "a3,C,clinic,planned,Нигде,s,https://e.kz,много,,\n"
    )
    code, lines, _ = run(tmp_path, text, capsys)
    assert code == 2
    assert [line.split(" ")[0] for line in lines[:-1]] == ["x.csv:3:", "x.csv:4:", "x.csv:4:", "x.csv:4:"]
    assert lines[-1] == "4 problems; nothing was written."


def test_failed_run_leaves_previous_outputs_as_they_were(tmp_path, capsys):
    (tmp_path / "map.html").write_text("previous map")
    (tmp_path / "facilities.geojson").write_text("previous geojson")
    code, _, _ = run(tmp_path, f"{HEADER}\na1,A,clinic,planned,Алматы,s,https://e.kz,,,\n", capsys)
    assert code == 2
    assert (tmp_path / "map.html").read_text() == "previous map"
    assert (tmp_path / "facilities.geojson").read_text() == "previous geojson"


def test_check_validates_and_writes_nothing(tmp_path, capsys):
    code, _, out = run(tmp_path, f"{HEADER}\n{GOOD}\n", capsys, "--check")
    assert code == 0
    assert "1 project from 1 report: 1 planned" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.csv"]


def test_records_file_is_never_written(tmp_path, capsys):
    before = f"{HEADER}\n{GOOD}\n".encode()
    run(tmp_path, before, capsys)
    assert (tmp_path / "x.csv").read_bytes() == before


# Files as spreadsheets save them must load, not just fail clearly.
EXCEL_HEADER = "id;name;kind;status;place;source;source_url;cost_kzt;lat;lon"
EXCEL_ROW = 'a1;"Роддом № 1; новый корпус";maternity;design;Алмалинский район, Алматы;s;https://e.kz;11,5 млрд;;'


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(f"{HEADER}\n{GOOD}\n".encode("utf-8-sig"), id="utf8-bom"),
        pytest.param(f"{EXCEL_HEADER}\r\n{EXCEL_ROW}\r\n".encode("cp1251"), id="cp1251-semicolon"),
        pytest.param(f"{EXCEL_HEADER}\r\n{EXCEL_ROW}\r\n".encode("utf-8-sig"), id="utf8-bom-semicolon"),
        pytest.param(f"{HEADER}\n{GOOD}\n".replace(",", "\t").encode("utf-8"), id="tab"),
    ],
)
def test_spreadsheet_files_load(tmp_path, capsys, data):
    code, lines, _ = run(tmp_path, data, capsys)
    assert code == 0, lines
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    if b";" in data:
        assert "Роддом № 1; новый корпус" in html
        import geopandas as gpd

        row = gpd.read_file(tmp_path / "facilities.geojson").iloc[0]
        assert (row["cost_kzt"], row["precision"]) == (11.5e9, "district")
    else:
        assert "Поликлиника № 1" in html


def test_interrupted_write_restores_previous_files(tmp_path, monkeypatch):
    import os

    from geo.output import write_atomically

    page, geojson = tmp_path / "map.html", tmp_path / "facilities.geojson"
    page.write_text("old page")
    geojson.write_text("old geojson")
    real_replace = os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == 2:  # the second target: disk full, say
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_atomically({page: "new page", geojson: "new geojson"})
    monkeypatch.setattr(os, "replace", real_replace)
    assert page.read_text() == "old page"
    assert geojson.read_text() == "old geojson"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facilities.geojson", "map.html"]


def _both_readers(path: Path, text: str) -> tuple[object, object]:
    """Read ``path`` as make_map does, and its ``text`` the careful way: a Table or the problems of each."""
    from geo.errors import RecordsError
    from geo.records import read_table

    results = []
    for as_text in (None, text):  # given as text, a file always goes the careful way
        try:
            table = read_table(path, text=as_text)
            results.append((table.columns, table.lines, {c: table.column(c) for c in table.columns}))
        except RecordsError as e:
            results.append(e.problems)
    return results[0], results[1]


@pytest.mark.parametrize(
    ("text", "fast"),
    [
        pytest.param(f"{HEADER}\n{GOOD}\n\n{GOOD.replace('a1', 'a2')}\n", True, id="blank-line"),
        # A row of empty fields (Excel leaves them) is skipped by the careful reader only.
        pytest.param(f"{HEADER}\r\n{GOOD}\r\n,,,,,,,,,\r\n{GOOD.replace('a1', 'a2')}\r\n", False, id="empty-row-crlf"),
        pytest.param(f"\n{HEADER}\n {GOOD}\n{GOOD.replace('a1', 'a2')} \n", True, id="leading-blank-and-spaces"),
        pytest.param(
            f"{HEADER}\n{GOOD}\n{GOOD.replace('a1', 'a2')}".replace(",", ";"), True, id="semicolons-no-final-newline"
        ),
        # Quoted fields on one line go the fast way too; the file must read the same.
        pytest.param(
            HEADER + "\n" + GOOD + "\n" + SECOND.replace("Поликлиника № 1", '"Поликлиника, № 2"') + "\n",
            True,
            id="quoted-delimiter",
        ),
        pytest.param(
            f'{HEADER}\n{GOOD}\na2,"Поликлиника ""Береке""",polyclinic,planned,"Алматы",000_x.txt,https://e.kz,"1,5 млрд",,\n',
            True,
            id="quoted-quotes-and-decimal-comma",
        ),
        pytest.param(
            '"' + HEADER.replace(",", '","') + '"\r\n' + GOOD + '\r\n"a2","x"\r\n', False, id="quoted-header-short-row"
        ),
        pytest.param(
            ('"' + HEADER.replace(",", '","') + '"\r\n' + GOOD + "\r\n" + SECOND + "\r\n").replace(",", ";"),
            True,
            id="quoted-header-semicolons",
        ),
        # Excel's «CSV UTF-8» starts with a BOM: pandas is given the file after it.
        pytest.param(
            "\ufeff" + '"' + HEADER.replace(",", '","') + '"\r\n' + GOOD + "\r\n" + SECOND + "\r\n",
            True,
            id="bom-and-quoted-header",
        ),
        # A quote inside an unquoted field is text to the csv module; only it reads such files.
        pytest.param(HEADER + "\n" + GOOD + "\n" + SECOND.replace("№ 1", '"Береке"') + "\n", False, id="inner-quote"),
        pytest.param(
            HEADER + "\n" + GOOD + "\n" + SECOND.replace("Поликлиника № 1", '"Поликлиника\n№ 2"') + "\n",
            False,
            id="line-break-in-quotes",
        ),
    ],
)
def test_fast_and_careful_readers_agree(tmp_path, text, fast):
    """Files whose rows are single lines take pandas' fast path; the csv module must read them the same."""
    from geo.records.table import _read_lines, _single_lines

    path = tmp_path / "x.csv"
    path.write_text(text, encoding="utf-8", newline="")
    lines = _single_lines(path.read_bytes())
    with path.open("rb") as handle:
        handle.seek(3 if text.startswith("\ufeff") else 0)
        assert (lines is not None and _read_lines(str(path), handle, lines, "utf-8") is not None) == fast
    # The careful way is given the text as a file decodes to: without its BOM.
    fast_result, careful = _both_readers(path, text.removeprefix("\ufeff"))
    assert fast_result == careful
    if not isinstance(careful, list):
        assert careful[2]["id"] == ["a1", "a2"]


cell = st.one_of(
    st.text(alphabet=st.sampled_from(list('ab Ж,;\t"\r\n')), max_size=8),
    st.sampled_from(["", " ", '""', '"x"', "1,5 млрд"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.lists(cell, min_size=3, max_size=3), min_size=1, max_size=4),
    delimiter=st.sampled_from([",", ";", "\t"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
    raw=st.booleans(),
)
# Found by this test: a lone CR ends a line for pandas and the csv module in different ways.
@example(rows=[["\r", "", ";"]], delimiter=",", quoting=csv.QUOTE_MINIMAL, raw=True)
@example(rows=[['x"a,b"', "c", '"d"']], delimiter=",", quoting=csv.QUOTE_MINIMAL, raw=True)
def test_any_file_reads_as_the_csv_module_reads_it(tmp_path, rows, delimiter, quoting, raw):
    """Whichever reader takes a file, it gives the csv module's table, or its problems."""
    if raw:  # rows as typed by hand: quotes anywhere, not always balanced
        text = "a,b,c\n".replace(",", delimiter) + "".join(delimiter.join(r) + "\n" for r in rows)
    else:
        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\r\n")
        writer.writerows([["a", "b", "c"], *rows])
        text = out.getvalue()
    path = tmp_path / "x.csv"
    path.write_bytes(text.encode("utf-8"))
    fast_result, careful = _both_readers(path, text)
    assert fast_result == careful


def test_quoted_line_breaks_keep_line_numbers(tmp_path, capsys):
    text = f'{HEADER}\na1,"Поликлиника\nна две строки",polyclinic,planned,Алматы,s,https://e.kz,,,\na2,B,polyclinic,built,Алматы,s,https://e.kz,,,\n'
    code, lines, _ = run(tmp_path, text, capsys)
    assert code == 2
    assert lines[0].startswith("x.csv:4: status: 'built' is not a status")


@pytest.mark.parametrize("parallel", [True, False])
def test_background_write_stages_a_file_or_fails_leaving_nothing(tmp_path, parallel):
    from geo.output import BackgroundWrite, write_atomically

    target = tmp_path / "facilities.geojson"
    target.write_text("old")
    with BackgroundWrite(target, lambda: iter([b'{"a":', b"1}"]), parallel=parallel) as pending:
        write_atomically({target: pending.result()})
    assert target.read_text() == '{"a":1}'

    def broken():
        yield b"{"
        raise RuntimeError("disk on fire")

    with pytest.raises((OSError, RuntimeError)):
        with BackgroundWrite(target, broken, parallel=parallel) as pending:
            write_atomically({target: pending.result()})
    assert target.read_text() == '{"a":1}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facilities.geojson"]


@pytest.mark.parametrize("quoted", [False, True])
def test_a_byte_undefined_in_cp1251_does_not_crash(tmp_path, capsys, quoted):
    name = '"Поликлиника"' if quoted else "Поликлиника"
    data = f"{HEADER}\na1,{name},polyclinic,planned,Алматы,s,https://e.kz,,,\n".encode("cp1251").replace(
        "Поликлиника".encode("cp1251"), "Поликлиника".encode("cp1251") + b"\x98"
    )
    code, lines, _ = run(tmp_path, data, capsys)
    assert code == 0, lines
    assert "Поликлиника\ufffd" in (tmp_path / "map.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("column", COMPUTED_COLUMNS)
def test_a_column_the_map_computes_is_refused(tmp_path, capsys, column):
    code, lines, _ = run(tmp_path, f"{HEADER},{column}\n{GOOD},x\n", capsys)
    assert code == 2
    assert lines[0] == (
        f"x.csv:1: {column}: the map computes this column — rename it (for example to my_{column}) or remove it"
    )
    assert not (tmp_path / "map.html").exists()


def test_column_names_match_in_any_case_and_with_spaces(tmp_path, capsys):
    header = "ID, Name ,KIND,Status,Place,Source,Source_URL,Lat,LON,Cost_KZT,MyNote"
    row = 'a1,Поликлиника,polyclinic,planned,Алматы,s,https://e.kz,43.25,76.95,"11,5 млрд",kept'
    code, lines, out = run(tmp_path, f"{header}\n{row}\n", capsys)
    assert code == 0, lines
    import geopandas as gpd

    frame = gpd.read_file(tmp_path / "facilities.geojson")
    got = frame.iloc[0]
    assert (got["precision"], got["cost_kzt"], got["MyNote"]) == ("exact", 11.5e9, "kept")
    assert abs(got.geometry.y - 43.25) < 1e-9


def test_excels_unicode_text_reads(tmp_path, capsys):
    """Excel's «Unicode text»: UTF-16 with a BOM, tab between fields, CRLF."""
    text = f"{HEADER}\n{GOOD}\n{SECOND}\n".replace(",", "\t").replace("\n", "\r\n")
    code, lines, out = run(tmp_path, text.encode("utf-16"), capsys)
    assert code == 0, lines
    import geopandas as gpd

    assert list(gpd.read_file(tmp_path / "facilities.geojson")["name"]) == ["Поликлиника № 1"] * 2


@pytest.mark.parametrize("stray", [b"\xc0", b"\xff", b"\x98"])
def test_a_utf8_file_with_a_stray_byte_is_refused_at_that_byte(tmp_path, capsys, stray):
    data = f"{HEADER}\n{GOOD}\n{SECOND}\n".encode().replace("№ 1,".encode(), "№ 1".encode() + stray + b",", 1)
    code, lines, _ = run(tmp_path, data, capsys)
    assert code == 2
    assert lines[0] == (
        f"x.csv:2: byte 0x{stray[0]:02X} at character 19 is not UTF-8, while the rest of the file is — "
        "save the file as UTF-8 again (in Excel: «CSV UTF-8»), or retype the character there"
    )


def test_a_windows_1251_file_still_reads(tmp_path, capsys):
    code, lines, _ = run(tmp_path, f"{HEADER}\n{GOOD}\n".encode("cp1251"), capsys)
    assert code == 0, lines


FIGURE_HEADER = "id,name,kind,status,place,source,source_url,beds,floors,due,due_year,published"


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        (
            '"1,200",,,,',
            "x.csv:2: beds: '1,200' is ambiguous: 1200, or 1,2? — write 1 200 for thousands (a space between them)",
        ),
        (',"2,5",,,', "x.csv:2: floors: '2,5' is not a whole number — write a whole number"),
        (',,,"2025,5",', "x.csv:2: due_year: '2025,5' is not a whole number — write a whole number"),
        (
            ",,,,2025-13-45",
            "x.csv:2: published: '2025-13-45' is not a date — write the article's date as 2025-11-07, or 2025-11, or 2025",
        ),
        (
            ",,декабрь 2030,2025,",
            "x.csv:2: due_year: 2025 is not the year in due ('декабрь 2030') — write 2030, or correct due",
        ),
        (
            ",,2024-2026,2024,",
            "x.csv:2: due_year: 2024 is not the year in due ('2024-2026') — write 2026, or correct due",
        ),
    ],
)
def test_counts_dates_and_due_years(tmp_path, capsys, cells, message):
    row = "a1,A,hospital,planned,Алматы,s,https://e.kz," + cells
    code, lines, _ = run(tmp_path, f"{FIGURE_HEADER}\n{row}\n", capsys)
    assert code == 2
    assert lines[0] == message


@pytest.mark.parametrize(
    "cells", ["1 200,5,IV квартал 2026,2026,2025-11-07", "120,,2024-2026,2026,2025", ",,,,2025-02"]
)
def test_good_counts_dates_and_due_years_pass(tmp_path, capsys, cells):
    code, lines, _ = run(tmp_path, f"{FIGURE_HEADER}\na1,A,hospital,planned,Алматы,s,https://e.kz,{cells}\n", capsys)
    assert code == 0, lines


def test_question_marks_for_kazakh_letters_are_a_warning(tmp_path, capsys):
    """What Excel's Windows-1251 «CSV» makes of «Өскемен қаласы»."""
    code, lines, out = run(
        tmp_path, f"{HEADER}\n{GOOD}\n" + GOOD.replace("a1,Поликлиника № 1", "a2,?скемен ?аласы") + "\n", capsys
    )
    assert code == 0, lines
    assert (
        "warning: x.csv:3: name: '?скемен ?аласы' has ? inside a word — Excel's «CSV» writes ? for the letters "
        "Windows-1251 lacks (Ә Ғ Қ Ң Ө Ұ Ү Һ І): save the file as «CSV UTF-8» instead"
    ) in out.replace(str(tmp_path / "x.csv"), "x.csv")


def test_a_question_in_a_quote_is_no_warning(tmp_path, capsys):
    code, lines, out = run(tmp_path, f"{HEADER},quote\n{GOOD},Когда откроют? Никто не знает?\n", capsys)
    assert code == 0, lines
    assert "warning" not in out


def test_a_spreadsheet_file_is_told_apart_from_csv(tmp_path, capsys):
    import zipfile

    # A zip under a .csv name is read as the workbook it claims to be; this one is no workbook.
    path = tmp_path / "x.csv"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    code, lines, _ = run(tmp_path, path.read_bytes(), capsys)
    assert code == 2
    assert lines[0].startswith("x.csv: cannot read the workbook (")
    assert lines[0].endswith("— open it in Excel or LibreOffice and save it again as .xlsx or .ods, or as «CSV UTF-8»")


def test_a_long_quoted_cell_over_several_lines_reads(tmp_path, capsys):
    quote = ("Очень длинная цитата. " * 8000 + "\n") * 2  # 350 000 characters over lines
    code, lines, _ = run(tmp_path, f'{HEADER},quote\n{GOOD},"{quote}"\n', capsys)
    assert code == 0, lines[:2]


@pytest.mark.parametrize("last", ['""', '"",""', '" "'])
def test_a_last_line_of_blank_quoted_fields_without_a_line_end(tmp_path, capsys, last):
    code, lines, out = run(tmp_path, f"{HEADER}\n{GOOD}\n{last}", capsys)
    assert code == 0, lines  # a blank row, as Excel leaves them
    assert out.startswith("1 project from 1 report")


def test_a_full_disk_names_the_file(tmp_path):
    import errno

    from geo.output import write_atomically

    def full():
        yield b"x"
        raise OSError(errno.ENOSPC, "No space left on device")

    page = tmp_path / "map.html"
    page.write_text("previous")
    with pytest.raises(OSError) as e:
        write_atomically({page: full()})
    assert (e.value.filename, e.value.strerror) == (str(page), "No space left on device")
    assert page.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


@pytest.mark.parametrize(
    ("text", "bound", "number"),
    [
        ("1 млрд теңгеден астам", "over", 1e9),
        ("свыше 1,2 млрд тенге", "over", 1.2e9),
        ("более чем 2 600", "over", 2600),
        ("не менее 300", "over", 300),
        ("шамамен 7,5 млрд теңге", "about", 7.5e9),
        ("около 150", "about", 150),
        ("~150", "about", 150),
        ("до 300 коек", "up_to", 300),
        ("300 орынға дейін", "up_to", 300),
        ("11,5 млрд", "", 11.5e9),
        ("1,27 млрд теңгені", "", 1.27e9),
    ],
)
def test_a_word_before_or_after_a_figure_makes_it_a_bound(text, bound, number):
    from geo.records.figures import parse_figure, split_qualifier

    got, figure = split_qualifier(text)
    assert (got, parse_figure(figure)) == (bound, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("4709,77 шаршы метр", 4709.77),
        ("57 мың шаршы метр", 57000.0),
        ("2 500 квадратных метров", 2500.0),
        ("11,7 тыс. кв. м", 11700.0),
        ("200 төсек", 200.0),
        ("150 орындық", 150.0),
        ("3 қабатты", 3.0),
        ("36 млрд 416 млн теңге", 36.416e9),
        ("1 млрд 125 млн 900 мың теңге", 1.1259e9),
        ("300 млн 2 млрд", None),  # scales out of order: no single sum
        ("восемь миллиардов тенге", None),  # a number in words is kept as text, never guessed
    ],
)
def test_figures_read_with_the_units_reporters_write_in_both_languages(text, number):
    from geo.records.figures import parse_figure

    assert parse_figure(text) == (pytest.approx(number) if number else None)


@pytest.mark.parametrize(
    "text", ["438,3 млн тенге", "25,87 млрд теңге", "7 млрд тенге", "5 тыс. тенге", "12 тыс тенге", "0,75 млн тенге"]
)
def test_a_usual_sum_is_read_at_once_to_the_same_number_as_the_long_way(text, monkeypatch):
    from geo.records import figures

    at_once = figures.parse_figure(text)
    monkeypatch.setattr(figures, "_USUAL_SUM", re.compile(r"(?!)"))  # matches nothing: the long way
    assert at_once == figures.parse_figure(text) and at_once is not None


def test_bounds_are_kept_beside_the_figures():
    from geo.records import read_table, validate_records

    table = read_table(
        "x.csv",
        text=f"{HEADER},funding_kzt,beds\n"
        "a1,Больница,hospital,planned,Алматы,s,https://e.kz,,,,1 млрд теңгеден астам,около 200\n"
        "a2,Больница,hospital,planned,Алматы,s,https://e.kz,,,,1 млрд,\n",
    )
    frame = validate_records(table)
    assert list(frame["funding_kzt"]) == [1e9, 1e9]
    assert list(frame["qualifiers"]) == ["funding_kzt=over; beds=about", ""]


@pytest.mark.parametrize(
    ("work", "message"),
    [
        ("capital_repair+new_building", None),
        (" capital_repair + equipment ", None),
        ("capital_repair+rebuild", "'rebuild' is not a kind of work"),
        ("capital_repair+", "'capital_repair+' is not a kind of work"),
    ],
)
def test_several_kinds_of_work_joined_by_plus(work, message):
    from geo.errors import RecordsError
    from geo.records import read_table, validate_records

    table = read_table("x.csv", text=f'{HEADER},work\na1,Больница,hospital,planned,Алматы,s,https://e.kz,,,,"{work}"\n')
    if message is None:
        validate_records(table)
        return
    with pytest.raises(RecordsError) as e:
        validate_records(table)
    assert str(e.value) == (
        f"x.csv:2: work: {message} — use one of: new_building, capital_repair, reconstruction, modernisation, "
        "equipment, repurposing; several joined by +, or leave it empty"
    )
