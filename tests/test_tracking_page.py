"""Projects followed across reports, on the page (headless Chromium, network blocked)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.browser import explorer_panel, open_map, popup_title, visible_marker_count
from tests.conftest import run_cli

TRACKING = Path(__file__).parent / "data" / "tracking"


@pytest.fixture(scope="module")
def tracking_map(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tracking") / "map.html"
    done = run_cli("--data", str(TRACKING / "facilities.csv"), "--out", str(out), "--as-of", "2026-12-01")
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture
def page(browser, tracking_map):
    s = open_map(browser, tracking_map)
    s.page.wait_for_function("facilityMap.loaded")
    yield s.page
    assert s.unexpected_errors() == []
    s.page.context.close()


def _open(page, project: str) -> None:
    page.evaluate("facilityMap.map.closePopup()")
    page.evaluate(
        """(p) => { const api = facilityMap;
            api.open([...Array(api.count).keys()].find(i => (api.col('project', i) || api.col('id', i)) === p)); }""",
        project,
    )
    popup_title(page)


def test_one_marker_per_project_and_a_mark_on_those_past_their_date(page):
    assert visible_marker_count(page) == 6
    assert page.locator(".ex-count").inner_text() == "6"
    late = page.evaluate("facilityMap.markers.filter(m => /fac-late/.test(m.options.icon.options.className)).length")
    assert late == 3
    assert "срок по последнему источнику прошёл у 3 (на 01.12.2026)" in page.locator(".ex-late-count").inner_text()


def test_popup_gives_the_status_as_of_its_date_and_the_history(page):
    _open(page, "proj-a")
    popup = page.locator(".leaflet-popup-content")
    assert popup.locator(".badge").inner_text() == "Строительство / ремонт — по данным на 20.05.2026"
    assert popup.locator(".deadline").count() == 0
    dates = popup.locator(".history .report-date").all_inner_texts()
    assert dates == ["20.05.2026", "10.02.2025", "01.03.2024"]
    second = popup.locator(".history .report").nth(1).inner_text()
    for was in ("было: Запланирован", "было: IV квартал 2025", "было: 11,5 млрд ₸", "было: Алматы"):
        assert was in second
    assert "было: 40%" in popup.locator(".history .report").nth(0).inner_text()
    # The cost the latest report leaves unsaid is the 2025 one, and says so.
    assert "13,2 млрд ₸ (из сообщения от 10.02.2025)" in popup.inner_text()


def test_a_passed_deadline_is_worded_with_care(page):
    _open(page, "c-2025")
    box = page.locator(".leaflet-popup-content .deadline").inner_text()
    assert "срок по последнему источнику прошёл" in box
    assert "обещанный срок «март 2025» прошёл на 01.12.2026; статья могла устареть" in box
    _open(page, "f-2025")  # cancelled: a passed date means nothing
    assert page.locator(".leaflet-popup-content .deadline").count() == 0


def test_the_filter_shows_only_projects_past_their_date_and_travels_in_the_link(page, tracking_map):
    panel = explorer_panel(page)
    details = page.locator(".ex-filters")
    if details.get_attribute("open") is None:
        details.locator("summary").click()
    panel.locator(".ex-late-only").check()
    assert page.locator(".ex-count").inner_text() == "3"
    assert visible_marker_count(page) == 3
    assert "late=1" in page.evaluate("location.hash")
    panel.locator(".ex-table-toggle").click()
    cells = page.locator(".ex-table tbody tr td:nth-child(6)").all_inner_texts()
    assert cells == ["да", "да", "да"]
    link = page.evaluate("location.href")
    page.goto("about:blank")
    page.goto(link)
    page.wait_for_function("window.facilityMap && facilityMap.loaded")
    assert page.locator(".ex-count").inner_text() == "3"


def _download(page, button) -> str:
    with page.expect_download() as got:
        explorer_panel(page).locator(button).click()
    return open(got.value.path(), encoding="utf-8-sig").read()


def test_exports_give_projects_reports_and_documents(page):
    projects = list(csv.DictReader(io.StringIO(_download(page, ".ex-csv"))))
    assert len(projects) == 6
    a = next(r for r in projects if r["project"] == "proj-a")
    assert (a["id"], a["reports"], a["first_published"], a["status_as_of"], a["deadline_passed"]) == (
        "a-2026",
        "3",
        "2024-03-01",
        "2026-05-20",
        "false",
    )
    e = next(r for r in projects if r["project"] == "proj-e")
    assert (e["oc4ids_projectStatus"], e["oc4ids_statusNote"], e["deadline_passed"]) == (
        "implementation",
        "suspended",
        "true",
    )
    f = next(r for r in projects if r["project"] == "f-2025")
    assert f["oc4ids_projectStatus"] == "cancelled"
    reports = list(csv.DictReader(io.StringIO(_download(page, ".ex-csv-reports"))))
    assert len(reports) == 11
    assert [r["id"] for r in reports if r["project"] == "proj-a"] == ["a-2024", "a-2025", "a-2026"]
    assert [r["report_date"] for r in reports if r["project"] == "proj-d"] == ["", "2024-09-01"]
    data = json.loads(_download(page, ".ex-geojson"))
    features = {f["properties"]["project"]: f["properties"] for f in data["features"]}
    docs = features["proj-a"]["documents"]
    assert [d["id"] for d in docs] == ["example-3.txt", "example-2.txt", "example-1.txt"]
    assert docs[0]["datePublished"] == "2026-05-20T00:00:00Z" and docs[0]["url"] == "https://example.org/news/3"
    undated = next(d for d in features["proj-d"]["documents"] if d["id"] == "example-4.txt")
    assert "datePublished" not in undated and "date not stated" in undated["description"]


def test_seed_corrections_show_on_the_seed_map(session):
    page = session.page
    page.wait_for_function("facilityMap.loaded")
    _open(page, "blk-hub")
    text = page.locator(".leaflet-popup-content").inner_text()
    assert "более 1 млрд ₸" in text
    assert "Капитальный ремонт, Новое строительство" in text
    assert "русскую версию новости" in text  # article 003's address is the Russian edition
    _open(page, "krg-oncology")
    text = page.locator(".leaflet-popup-content").inner_text()
    assert "Готовность объекта" in text and "на что выделено: операциялық-реанимациялық блогын" in text
    _open(page, "kz-uniclinic-astana")
    popup = page.locator(".leaflet-popup-content")
    assert popup.locator(".badge").inner_text() == "Запланирован — дата не указана"
    assert popup.locator(".deadline").count() == 1
    # The countrywide statement is no marker inside a region: it is listed under «Вся страна».
    assert page.locator(".note-icon[title='Казахстан']").count() == 0
    page.locator(".country-open").click()
    country = page.locator(".leaflet-popup-content", has_text="Вся страна")
    assert "Планируется модернизация 32 действующих" in country.inner_text()


def test_the_page_says_which_file_and_moment_it_was_built_from(page):
    legend = page.locator(".legend")
    if "folded" in (legend.get_attribute("class") or ""):
        legend.locator(".legend-toggle").click()
    for lang, words in (("ru", "Карта построена из facilities.csv, "), ("kk", "Карта facilities.csv файлынан жасалды, "),
                        ("en", "Map built from facilities.csv, ")):  # fmt: skip
        page.evaluate(f"facilityMap.setLang('{lang}')")
        assert words in page.locator(".legend .built").inner_text()
