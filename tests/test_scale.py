"""A big page still opens, and its popups are still complete (no timing here: see bench/)."""

from __future__ import annotations

import pytest

from bench.synthetic import realistic_rows, write_synthetic
from tests.browser import open_map, visible_marker_count
from tests.conftest import run_cli

# Records that look real (unique names, quotes, addresses): their text goes into the page deflated.
N = 20_000


@pytest.fixture(scope="module")
def big_map(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    data = write_synthetic(folder / "records.csv", N, realistic=True)
    done = run_cli("--data", str(data), "--out", str(folder / "map.html"))
    assert done.returncode == 0, done.stderr
    assert f"{N} projects from {N} reports" in done.stdout
    return folder / "map.html"


def test_big_page_opens_and_counts_every_facility(browser, big_map):
    s = open_map(browser, big_map)
    try:
        s.page.wait_for_function("facilityMap.loaded")
        assert s.unexpected_errors() == []
        assert visible_marker_count(s.page) == N
        # Thousands apart, as in the figures: "20 000".
        assert s.page.locator(".ex-count").inner_text() == "20\u202f000"
    finally:
        s.page.context.close()


@pytest.mark.parametrize("index", [0, 1234, N - 1])
def test_popup_from_the_big_page_names_its_facility(browser, big_map, index):
    row = realistic_rows(N)[index]
    s = open_map(browser, big_map)
    page = s.page
    try:
        page.wait_for_function("facilityMap.loaded")
        # Bring the marker out of its cluster, then click it as a user would.
        page.evaluate(
            """(i) => new Promise(done => facilityMap.cluster.zoomToShowLayer(facilityMap.markers[i], () => {
                // In the middle of the view, where no panel covers it.
                facilityMap.map.setView(facilityMap.markers[i].getLatLng(), facilityMap.map.getZoom(), {animate: false});
                facilityMap.markers[i]._icon.setAttribute('data-test', 'target'); done(); }))""",
            index,
        )
        page.wait_for_timeout(300)
        page.locator("[data-test='target']").click()
        popup = page.locator(".leaflet-popup-content")
        assert popup.locator("h2").inner_text() == row["name"]
        assert f"id {row['id']}" in popup.inner_text()
        assert row["quote"] in popup.locator("blockquote").inner_text()
    finally:
        page.context.close()


def test_the_big_page_finds_and_links_to_a_project(browser, big_map):
    row = realistic_rows(N)[12_345]
    s = open_map(browser, big_map)
    page = s.page
    try:
        page.goto(big_map.as_uri() + f"#p={row['id']}")
        page.wait_for_function("window.facilityMap && facilityMap.opened() !== null", timeout=60_000)
        assert page.locator(".leaflet-popup-content h2").inner_text() == row["name"]
        found = page.evaluate(
            "q => facilityExplorer.search(q).all.slice(0, 3).map(i => facilityMap.col('id', i))", row["name"]
        )
        assert found[0] == row["id"]
        assert s.unexpected_errors() == []
    finally:
        page.context.close()


def test_the_big_geojson_holds_every_record_with_its_own_text(big_map):
    # 20,000 distinct names and quotes: the GeoJSON encodes such columns a batch at a time.
    import csv
    import json

    features = json.loads((big_map.parent / "facilities.geojson").read_text(encoding="utf-8"))["features"]
    with (big_map.parent / "records.csv").open(encoding="utf-8") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    assert len(features) == len(rows) == N
    for feature in features[:: N // 50] + features[-1:]:
        got = feature["properties"]
        row = rows[got["id"]]
        assert (got["name"], got["quote"], got["source_url"]) == (
            row["name"].strip(),
            row["quote"].strip(),
            row["source_url"].strip(),
        )
        assert got["history"][-1]["quote"] == got["quote"]


def test_giving_memory_back_is_harmless_where_there_is_no_glibc(monkeypatch):
    from geo import memory

    memory._malloc_trim.cache_clear()
    monkeypatch.setattr(memory.sys, "platform", "win32")
    try:
        assert memory._malloc_trim() is None
        memory.give_back()
    finally:
        memory._malloc_trim.cache_clear()
