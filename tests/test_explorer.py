"""The questions people bring to the map, answered in the page (headless Chromium, network blocked)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.browser import explorer_panel, layer_checkbox, popup_title, visible_marker_count


def _open_filters(page):
    details = page.locator(".ex-filters")
    if details.get_attribute("open") is None:
        details.locator("summary").click()


def _count(page) -> int:
    # Counts are written with a narrow space between thousands: 100 000.
    return int(page.locator(".ex-count").inner_text().replace("\u202f", ""))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("парасат", "Центр реабилитации «Парасат»"),
        ("PARASAT", "Центр реабилитации «Парасат»"),  # Latin letters, English name
        ("оңалту", "Балаларды оңалту орталығы"),  # Kazakh
        ("онгалту", "Балаларды оңалту орталығы"),  # one typo forgiven in a word of five letters or more
        ("жгалту", None),  # two letters off: nothing
        ("Balkhash", "Ауданаралық медициналық хаб (көпбейінді аурухана базасында)"),  # Latin place
        ("родильный", "Городской родильный дом № 1"),
    ],
)
def test_search_finds_and_opens_a_facility(session, query, expected):
    page = session.page
    panel = explorer_panel(page)
    panel.locator(".ex-search").fill(query)
    results = panel.locator(".ex-results li[data-i]")
    if expected is None:
        assert results.count() == 0
        assert "ничего не найдено" in panel.locator(".ex-found").inner_text()
        return
    names = [r.locator("b").inner_text() for r in results.all()]
    assert expected in names
    results.nth(names.index(expected)).click()
    assert popup_title(page) == expected


def test_enter_in_search_opens_the_first_result(session):
    page = session.page
    box = explorer_panel(page).locator(".ex-search")
    box.fill("Парасат")
    box.press("Enter")
    assert popup_title(page) == "Центр реабилитации «Парасат»"


def test_filters_combine_and_counts_follow(session):
    page = session.page
    panel = explorer_panel(page)
    _open_filters(page)
    assert _count(page) == 36
    panel.locator(".ex-region").select_option("KAZ011")  # Karaganda region
    assert _count(page) == 5
    assert visible_marker_count(page) == 5
    for status in ("planned", "design", "completed"):
        panel.locator(f"input[data-facet='status'][value='{status}']").uncheck()
    assert _count(page) == 3  # the oncology centre and the two Balkhash projects
    assert visible_marker_count(page) == 3
    # The layer control follows the panel.
    assert not layer_checkbox(page, "Запланирован").is_checked()
    panel.locator(".ex-year").select_option("2026")
    assert _count(page) == 1  # the Balkhash rehabilitation centre, due February 2026
    panel.locator(".ex-year").select_option("none")
    assert _count(page) == 1  # the oncology centre: no due date given


def test_summary_by_status_and_region_with_stated_cost(session):
    page = session.page
    panel = explorer_panel(page)
    total = panel.locator(".ex-total").inner_text()
    assert "36" in total and "12,77 млрд ₸" in total and "2" in total
    design = panel.locator(".ex-by-status tr[data-status='design']").inner_text().split("\t")
    assert design[1:] == ["3", "11,5 млрд ₸"]
    almaty = panel.locator(".ex-by-region tr[data-region='KAZ004']").inner_text().split("\t")
    assert almaty[:2] == ["город Алматы", "14"]


def test_region_shading_follows_filters(session):
    page = session.page

    def karaganda_fill():
        return page.evaluate(
            """() => { let fill = null; facilityMap.map.eachLayer(l => {
                if (l.feature && l.feature.properties.pcode === 'KAZ011') fill = l.options.fillColor; }); return fill; }"""
        )

    before = karaganda_fill()
    legend = page.locator(".legend .choropleth")
    assert "Проектов в области" in legend.inner_text()
    _open_filters(page)
    explorer_panel(page).locator(".ex-region").select_option("KAZ004")
    assert karaganda_fill() == "#f4f1ea" != before  # no projects shown there any more


def test_city_districts_have_counts_and_notes(session):
    page = session.page
    page.evaluate("facilityMap.map.setView([43.225, 76.855], 12, {animate: false})")
    page.wait_for_timeout(300)
    text = page.evaluate(
        """() => { let out = null; facilityMap.map.eachLayer(l => {
            if (l.feature && l.feature.properties.id === 'ala-auezov') { l.openPopup(); out = l.getPopup().getElement().innerText; } });
            return out; }"""
    )
    assert "Ауэзовский район" in text
    assert "6 проектов" in text
    assert "границы района не показаны" in text
    assert "363 тысячи" in text


def test_districts_are_centres_not_outlines(session):
    """No made-up district boundaries: each district is a marker at its centre."""
    kinds = session.page.evaluate(
        """() => { const out = []; facilityMap.map.eachLayer(l => {
            if (l.feature && l.feature.properties && String(l.feature.properties.id).startsWith('ala-'))
                out.push(l.feature.geometry.type); }); return out; }"""
    )
    assert kinds and set(kinds) == {"Point"}


def test_link_restores_the_view_and_filters(browser, seed_map, session):
    page = session.page
    panel = explorer_panel(page)
    _open_filters(page)
    panel.locator(".ex-region").select_option("KAZ011")
    panel.locator("input[data-facet='kind'][value='hospital']").uncheck()
    page.evaluate("facilityMap.map.setView([47.5, 74.0], 7, {animate: false})")
    page.wait_for_timeout(200)
    panel.locator(".ex-link").click()
    url = page.url
    assert "region=KAZ011" in url and "hide_kind=hospital" in url and "map=7%2F47.5" in url
    other = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    try:
        other.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        other.goto(url)
        other.wait_for_function("window.facilityExplorer !== undefined")
        assert _count(other) == 4  # Karaganda region without the Balkhash hub
        assert other.evaluate("facilityMap.map.getZoom()") == 7
        assert other.locator(".ex-region").input_value() == "KAZ011"
    finally:
        other.context.close()


def test_language_switch(session):
    page = session.page
    panel = explorer_panel(page)
    panel.locator("button[data-lang='en']").click()
    assert "Status" in page.locator(".legend").inner_text()
    assert "Search and filters" in panel.inner_text()
    box = panel.locator(".ex-search")
    box.fill("Парасат")
    box.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.locator("h2").wait_for()
    text = popup.inner_text()
    # The name stays as the source wrote it, the English name beside it; labels in English.
    assert "Центр реабилитации «Парасат»" in text and "Parasat rehabilitation centre" in text
    assert "Completed" in text and "Floor area" in text and "1\u202f760 m²" in text
    panel.locator("button[data-lang='kk']").click()
    assert "Мәртебесі" in page.locator(".legend").inner_text()
    assert "lang=kk" in page.url


def test_table_sorts_and_shows_a_project_on_the_map(session):
    page = session.page
    explorer_panel(page).locator(".ex-table-toggle").click()
    table = page.locator(".ex-table")
    assert table.locator("tbody tr").count() == 36
    first = table.locator("tbody tr").first.inner_text()
    assert first.startswith("Городской родильный дом № 1")  # sorted by cost, largest first
    table.locator("th button[data-sort='progress_pct']").click()
    assert table.locator("tbody tr").first.inner_text().startswith("Ауданаралық медициналық хаб")  # 96 %
    table.locator("th button[data-sort='due_year']").click()
    table.locator("th button[data-sort='due_year']").click()  # ascending
    assert table.locator("tbody tr").first.inner_text().split("\t")[4] in {
        "февраль 2025",
        "апрель 2025",
        "2025",
        "до 2025 года",
    }
    table.locator("tbody tr", has_text="Балаларды оңалту орталығы").click()
    assert popup_title(page) == "Балаларды оңалту орталығы"


def test_timeline_shows_what_opens_by_a_year(session):
    page = session.page
    panel = explorer_panel(page)
    _open_filters(page)
    slider = panel.locator(".ex-range")
    slider.fill("2025")
    assert _count(page) == 14
    assert panel.locator(".ex-until").inner_text() == "2025"
    slider.fill("2026")
    assert _count(page) == 14 + 17  # five in Almaty and Balkhash, twelve perinatal centres
    slider.fill("2027")  # past the last year: everything, with or without a date
    assert _count(page) == 36


def test_export_of_what_is_filtered(session):
    page = session.page
    panel = explorer_panel(page)
    _open_filters(page)
    panel.locator(".ex-region").select_option("KAZ011")
    with page.expect_download() as got:
        panel.locator(".ex-csv").click()
    text = open(got.value.path(), encoding="utf-8-sig").read()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted(r["id"] for r in rows) == sorted(
        ["krg-oncology", "blk-hub", "blk-child-rehab", "kz-perinatal-karaganda", "kz-uniclinic-karaganda"]
    )
    hub = next(r for r in rows if r["id"] == "blk-hub")
    # A capital repair and a new annex: the first kind of work gives the OC4IDS type.
    assert (hub["oc4ids_projectStatus"], hub["oc4ids_projectType"], hub["oc4ids_sector"]) == (
        "implementation",
        "rehabilitation",
        "health",
    )
    assert hub["cost_kzt"] == "1270000000" and hub["region"] == "KAZ011"
    with page.expect_download() as got:
        panel.locator(".ex-geojson").click()
    data = json.loads(open(got.value.path(), encoding="utf-8").read())
    assert len(data["features"]) == 5
    onc = next(f for f in data["features"] if f["properties"]["id"] == "krg-oncology")
    assert onc["properties"]["oc4ids_projectStatus"] == "implementation"
    assert onc["geometry"]["coordinates"] == [73.10211, 49.80187]


@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        ("ru", {1: "проект", 2: "проекта", 4: "проекта", 5: "проектов", 11: "проектов", 21: "проект", 22: "проекта"}),
        ("kk", {1: "жоба", 5: "жоба"}),
        ("en", {1: "project", 2: "projects", 0: "projects"}),
    ],
)
def test_counts_take_the_word_form_of_their_language(session, lang, counts):
    page = session.page
    page.evaluate("(code) => facilityMap.setLang(code)", lang)
    words = page.evaluate("(ns) => ns.map(n => facilityMap.counted('projects', n))", list(counts))
    assert dict(zip(counts, words, strict=True)) == counts


def test_summary_count_takes_its_word_form(session):
    page = session.page
    panel = explorer_panel(page)
    assert panel.locator(".ex-total").inner_text().startswith("36 проектов ·")
    _open_filters(page)
    for status in ("planned", "design", "construction"):
        panel.locator(f"input[data-facet='status'][value='{status}']").uncheck()
    assert panel.locator(".ex-total").inner_text().startswith("4 проекта ·")


def test_district_labels_show_their_counts_in_a_city(session):
    page = session.page
    label = page.locator(".district-label", has_text="Ауэзовский район")
    page.evaluate("facilityMap.map.setView([48, 67], 5, {animate: false})")
    assert not label.is_visible()  # the country view is not crowded with district names
    page.evaluate("facilityMap.map.setView([43.225, 76.855], 12, {animate: false})")
    page.wait_for_timeout(200)
    assert label.is_visible()
    assert label.inner_text() == "Ауэзовский район · 6"
    page.evaluate("facilityMap.setLang('en')")
    assert page.locator(".district-label", has_text="Auezov district").inner_text() == "Auezov district · 6"
