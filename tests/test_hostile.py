"""Nothing typed into a record can run in the page; whatever is typed shows as typed."""

from __future__ import annotations

import csv
import io
import json
import re
import string
from pathlib import Path

import geopandas as gpd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import make_map
from tests.browser import open_map

HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE = {
    "id": "x1",
    "name": HOSTILE_NAME,
    "name_en": "</script><script>window.__pwned = 1</script>",
    "kind": "hospital",
    "status": "construction",
    "place": "Алматы",
    "due": '"><svg onload=alert(1)>',
    "start": "<!-- <script> {{ 7*7 }} {% raw %}",
    "quote": "' onmouseover='alert(1)' & \u2028 </SCRIPT>",
    "source": "<b>article</b>.txt",
    "source_url": "https://example.kz/?q=<script>&a='\"",
}


def _write(path, rows: list[dict[str, str]]) -> None:
    columns = list(dict.fromkeys(k for row in rows for k in row))
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def hostile_map(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    # x3 is a later report of x1's project: its history, its funding's purpose and its project name are shown too.
    later = {
        **HOSTILE,
        "id": "x3",
        "project": "x1",
        "status": "suspended",
        "published": "2026",
        "funding_kzt": "свыше 1 млрд",
        "funding_for": "<img src=y onerror=alert(3)> $& $'",
    }
    _write(
        folder / "facilities.csv",
        [{**HOSTILE, "published": "2025"}, {**HOSTILE, "id": "x2", "place": "Караганда"}, later],
    )
    assert make_map.main(["--data", str(folder / "facilities.csv"), "--out", str(folder / "map.html")]) == 0
    return folder / "map.html"


def test_page_holds_no_raw_markup_from_records(hostile_map):
    html = hostile_map.read_text(encoding="utf-8")
    assert HOSTILE_NAME not in html
    assert "window.__pwned = 1</script>" not in html
    assert "<img src=y onerror" not in html
    assert html.count("<script") == html.count("</script>")


def test_hostile_records_run_nothing_and_show_as_typed(browser, hostile_map):
    s = open_map(browser, hostile_map)
    page = s.page
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        assert s.unexpected_errors() == []
        page.locator(".leaflet-marker-pane .fac-icon").first.click()
        popup = page.locator(".leaflet-popup-content")
        assert popup.locator("h2").inner_text() == HOSTILE_NAME
        text = popup.inner_text()
        for value in (HOSTILE["name_en"], HOSTILE["due"], HOSTILE["start"], "<b>article</b>.txt"):
            assert value in text
        assert popup.locator("img, svg[onload], script").count() == 0
        # The project followed over two reports: its history and what its money is for, as typed.
        page.evaluate("facilityMap.open(facilityMap.visible().find(i => facilityMap.col('reports', i) === 2))")
        page.locator(".leaflet-popup-content .history").wait_for()
        followed = page.locator(".leaflet-popup-content", has_text="<img src=y")
        assert "<img src=y onerror=alert(3)> $& $'" in followed.inner_text()
        assert followed.locator("img, svg[onload], script").count() == 0
        page.evaluate("facilityMap.map.closePopup()")
        page.locator(".leaflet-marker-pane .fac-icon").first.click()
        assert popup.locator("b", has_text="article").count() == 0
        href = popup.locator(".source a").first.get_attribute("href")
        assert href == HOSTILE["source_url"]
        page.locator(".leaflet-marker-pane .fac-icon").first.hover()
        page.wait_for_timeout(200)
        assert page.evaluate("window.__pwned") is None
        assert dialogs == []
    finally:
        page.context.close()


# Property: any strings and numbers in any field give a valid map or exit 2 with messages.
FIELDS = [
    "id", "name", "name_en", "kind", "work", "status", "place", "lat", "lon", "cost_kzt", "beds",
    "progress_pct", "due", "due_year", "source", "source_url", "published", "quote",
]  # fmt: skip
VALID = {
    "id": "a1",
    "name": "Поликлиника",
    "kind": "polyclinic",
    "status": "planned",
    "place": "Алматы",
    "source": "000.txt",
    "source_url": "https://example.kz/a",
}
text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
numbers = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers()).map(str)
value = st.one_of(text, numbers, st.sampled_from(["", "11,5 млрд", "1 760", "<script>", '"', "javascript:x"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(st.sampled_from(FIELDS), value, min_size=1, max_size=4))
def test_any_input_gives_a_map_or_clear_errors(tmp_path_factory, changes):
    folder = tmp_path_factory.mktemp("prop")
    page, geojson = folder / "map.html", folder / "facilities.geojson"
    page.write_text("previous")
    geojson.write_text("previous")
    row = {**VALID, **changes}
    _write(folder / "facilities.csv", [row])
    err = io.StringIO()
    import contextlib

    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = make_map.main(["--data", str(folder / "facilities.csv"), "--out", str(page)])
    if code == 0:
        html = page.read_text(encoding="utf-8")
        assert html.count("<script") == html.count("</script>")
        data = re.search(r'<script type="application/json" id="data-facility_layer_\w+">(.*?)</script>', html).group(1)
        assert json.loads(data)["facilities"]["name"] == [row["name"].strip()]
        assert len(gpd.read_file(geojson)) == 1
    else:
        assert code == 2
        lines = err.getvalue().splitlines()
        assert lines and lines[-1].endswith("nothing was written.")
        assert all(re.match(r".+:\d+: .+ — .+", line) for line in lines[:-1])
        assert page.read_text() == "previous" and geojson.read_text() == "previous"


def test_printable_ascii_is_escaped_in_script_json():
    from geo.page.elements import script_json

    out = script_json(string.printable)
    assert b"<" not in out and b">" not in out


FORMULAS = ["-2+3+cmd|' /C calc'!A0", '-1+HYPERLINK("http://e.kz","x")', "=1+1", "+7 701 000", "@SUM(A1)", "\tx"]


def test_the_csv_export_holds_no_formula(browser, tmp_path):
    rows = [{**VALID, "id": f"f{k}", "name": formula, "cost_kzt": "1,5 млн"} for k, formula in enumerate(FORMULAS)]
    _write(tmp_path / "facilities.csv", rows)
    assert make_map.main(["--data", str(tmp_path / "facilities.csv"), "--out", str(tmp_path / "map.html")]) == 0
    s = open_map(browser, tmp_path / "map.html")
    try:
        with s.page.expect_download() as got:
            s.page.locator(".ex-csv").click()
        text = open(got.value.path(), encoding="utf-8-sig").read()
    finally:
        s.page.context.close()
    exported = {r["id"]: r for r in csv.DictReader(io.StringIO(text))}
    for k, formula in enumerate(FORMULAS):
        typed = formula.strip()  # cells are read stripped
        assert exported[f"f{k}"]["name"] == ("'" + typed if typed[0] in "=+-@" else typed)
    assert exported["f0"]["cost_kzt"] == "1500000"  # a number keeps its form


@pytest.mark.parametrize("out", ["", "/", "."])
def test_an_output_that_is_a_folder_is_refused(tmp_path, capsys, out):
    code = make_map.main(["--out", out])
    assert code == 2
    shown = str(Path(out))  # argparse gives a Path: "" is "."
    assert capsys.readouterr().err.startswith(f"error: --out {shown!r} is a folder; name a file, such as map.html")


@pytest.mark.parametrize("url", ["http://[::1", "https://[evil.com]/", "https://", "javascript:alert(1)"])
def test_a_broken_address_is_refused_not_a_crash(tmp_path, capsys, url):
    _write(tmp_path / "facilities.csv", [{**VALID, "source_url": url}])
    code = make_map.main(["--data", str(tmp_path / "facilities.csv"), "--out", str(tmp_path / "map.html")])
    assert code == 2
    assert f"source_url: {url!r} is not an http(s) address" in capsys.readouterr().err


def test_the_summary_shows_control_characters_instead_of_obeying_them(tmp_path, capsys):
    _write(tmp_path / "facilities.csv", [{**VALID, "id": "a\x1b[2Jb", "place": "мкр. Жулдыз\x07, Алматы"}])
    code = make_map.main(["--data", str(tmp_path / "facilities.csv"), "--out", str(tmp_path / "map.html")])
    out = capsys.readouterr().out
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    assert "coarse: a\\x1b[2Jb placed at Алматы (city); not found: мкр. Жулдыз\\x07" in out


def test_anything_unforeseen_is_one_line_not_a_traceback(monkeypatch, capsys):
    import geo.build

    def broken(path, **options):
        raise KeyError("boom")

    monkeypatch.setattr(geo.build, "make", broken)
    assert make_map.main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("error: something unforeseen went wrong (KeyError: 'boom')")
    assert "Please report it" in err


@pytest.mark.parametrize(
    "address",
    [
        "hide_status=__proto__",
        "hide_kind=constructor,toString",
        "lang=__proto__",
        "lang=toString",
        "region=__proto__",
        "map=5/1e308/1e308",
        "map=99/43/77",
        "until=1e309",
        "until=-5",
        "year=__proto__",
        "p=__proto__",
        "p=constructor",
        "p=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "embed=javascript:alert(1)",
        "embed=1%22%3E%3Cscript%3Ealert(2)%3C/script%3E",
    ],
)
def test_a_hostile_address_falls_back_to_the_default_view(browser, seed_map, address):
    s = open_map(browser, seed_map)
    page = s.page
    try:
        page.goto(seed_map.as_uri() + "#" + address)
        page.reload()
        page.wait_for_function("window.facilityExplorer !== undefined")
        assert page.evaluate("facilityMap.visible().length") == 36
        summary = page.locator(".ex-summary").inner_text()
        assert "36" in summary and "Infinity" not in summary and "NaN" not in summary
        assert page.evaluate("document.documentElement.lang") in ("", "ru")
        zoom = page.evaluate("facilityMap.map.getZoom()")
        assert 0 <= zoom <= 17
        assert page.evaluate("facilityMap.opened()") is None  # no project named so: none opened
        assert page.locator(".explorer img, .explorer script").count() == 0
        assert not s.unexpected_errors()
    finally:
        page.context.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "{data}"], "error: --out '{data}' is the records file; choose another name, nothing was written."),
        (["--out", "{dir}/notes.csv"], "error: --out '{dir}/notes.csv' is the notes.csv; choose another name"),
        (["--out", "{dir}/sub/../places.csv"], "error: --out '{dir}/sub/../places.csv' is the places.csv"),
        (["--out", "{dir}/m.html", "--geojson", "{data}"], "error: --geojson '{data}' is the records file"),
        (
            ["--out", "{dir}/m.html", "--geojson", "{dir}/m.html"],
            "error: --geojson '{dir}/m.html' is the file --out writes",
        ),
    ],
)
def test_an_output_that_would_overwrite_an_input_is_refused(tmp_path, capsys, args, message):
    data = tmp_path / "facilities.csv"
    _write(data, [VALID])
    (tmp_path / "sub").mkdir()
    before = data.read_bytes()
    fill = {"data": str(data), "dir": str(tmp_path)}
    code = make_map.main(["--data", str(data), *[a.format(**fill) for a in args]])
    assert code == 2
    assert capsys.readouterr().err.startswith(message.format(**fill))
    assert data.read_bytes() == before


def test_a_rebuild_keeps_the_maps_permissions(tmp_path):
    data, page = tmp_path / "facilities.csv", tmp_path / "map.html"
    _write(data, [VALID])
    assert make_map.main(["--data", str(data), "--out", str(page)]) == 0
    page.chmod(0o600)
    assert make_map.main(["--data", str(data), "--out", str(page)]) == 0
    assert page.stat().st_mode & 0o777 == 0o600


def test_a_source_listed_twice_is_refused(tmp_path, capsys):
    data = tmp_path / "facilities.csv"
    _write(data, [VALID])
    row = {"source": "000.txt", "outlet": "A", "language": "ru", "published": "2025", "url": "https://e.kz"}
    _write(tmp_path / "sources.csv", [row, {**row, "outlet": "B"}])
    assert make_map.main(["--data", str(data), "--out", str(tmp_path / "m.html")]) == 2
    assert capsys.readouterr().err.startswith(
        f"{tmp_path / 'sources.csv'}:3: source: '000.txt' is listed already on line 2 — keep one row per article"
    )


def test_a_source_that_names_no_article_is_refused(tmp_path, capsys):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "000.txt").write_text("text", encoding="utf-8")
    _write(tmp_path / "facilities.csv", [VALID, {**VALID, "id": "a2", "source": "001.txt"}])
    assert make_map.main(["--data", str(tmp_path / "facilities.csv"), "--out", str(tmp_path / "m.html")]) == 2
    assert capsys.readouterr().err.startswith(
        f"{tmp_path / 'facilities.csv'}:3: source: '001.txt' is no article in articles/ or sources.csv — "
        "give the file name of the article (such as 000.txt), or add the article"
    )


HEADER_NAMES = st.sampled_from(
    ["id", "ID", " Name ", "kind", "status", "place", "Place", "source", "source_url", "lat", "Lat", "LON", "beds",
     "due", "due_year", "published", "region", "district", "_lat", "precision", "x", "", "id"]
)  # fmt: skip
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251", "utf-8+stray"])


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-8+stray":
        return text.encode("utf-8") + b"\xc0\n"
    return text.encode(encoding, errors="replace")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    extra=st.lists(HEADER_NAMES, max_size=4),
    cells=st.lists(st.one_of(text, numbers), min_size=0, max_size=12),
    encoding=ENCODINGS,
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_any_header_cells_and_encoding_give_exit_0_or_2_never_a_traceback(
    tmp_path_factory, extra, cells, encoding, delimiter
):
    folder = tmp_path_factory.mktemp("enc")
    header = ["id", "name", "kind", "status", "place", "source", "source_url", *extra]
    good = ["a1", "Поликлиника Өскемен", "polyclinic", "planned", "Алматы", "000.txt", "https://e.kz/a"]
    row = good + [cells[k] if k < len(cells) else "" for k in range(len(extra))]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([header, row])
    (folder / "facilities.csv").write_bytes(_encode(out.getvalue(), encoding))
    page = folder / "map.html"
    page.write_text("previous")
    err = io.StringIO()
    import contextlib

    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = make_map.main(["--data", str(folder / "facilities.csv"), "--out", str(page)])
    assert code in (0, 2), err.getvalue()
    assert "Traceback" not in err.getvalue() and "unforeseen" not in err.getvalue()
    if code == 2:
        assert page.read_text() == "previous"


def test_output_read_by_a_program_that_stops_early_is_no_error(monkeypatch, capsys):
    # «make_map.py --check | head -1»: the reader goes away; no traceback, no "unforeseen" line.
    import os
    import sys

    reader, writer = os.pipe()
    os.close(reader)
    gone = os.fdopen(writer, "w", buffering=1)
    monkeypatch.setattr(sys, "stdout", gone)
    assert make_map.main(["--check"]) == 1
    monkeypatch.undo()
    gone.close()
    assert capsys.readouterr().err == ""
