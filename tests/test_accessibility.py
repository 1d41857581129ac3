"""Everyone can read the page: axe-core in every state, keyboard journeys, colour-blind palette, first view.

axe-core runs inside the real page (its ``axe.min.js`` comes with the pinned
``axe-playwright-python`` package, read from disk: nothing is fetched).
"""

from __future__ import annotations

import itertools
import struct
from importlib.resources import files

import pytest
from coloraide import Color

from geo.records.vocab import STATUSES
from tests.browser import explorer_panel, open_map, popup_title
from tests.conftest import ARTIFACTS, run_cli

SIZES = [(390, 844), (1366, 768), (1920, 1080)]
AXE = (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")
# The page's backgrounds: the offline map, a region's shading, OpenStreetMap's land.
BACKGROUNDS = ["#dfe7ec", "#f4f1ea", "#f2efe9"]

STATES = {
    "initial": "",
    "popup open": "facilityMap.open(facilityMap.visible().find(i => facilityMap.col('id', i) === 'alm-maternity1'))",
    "table open": "document.querySelector('.explorer').classList.remove('folded'); document.querySelector('.ex-table-toggle').click()",
    "filters open": "document.querySelector('.explorer').classList.remove('folded'); document.querySelector('.ex-filters').open = true",
    "search": "document.querySelector('.explorer').classList.remove('folded'); const b = document.querySelector('.ex-search');"
    " b.value = 'поликлиника'; b.dispatchEvent(new Event('input', {bubbles: true}))",
    "english": "facilityMap.setLang('en')",
    "kazakh": "facilityMap.setLang('kk')",
}


def _axe(page) -> list[tuple[str, str, int, str]]:
    page.evaluate(AXE)
    return page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .map(v => [v.id, v.impact, v.nodes.length, v.nodes[0].target.join(' ')])"""
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_axe_finds_nothing_in_any_state(browser, seed_map, size):
    found = {}
    for state, script in STATES.items():
        s = open_map(browser, seed_map, width=size[0], height=size[1])
        try:
            s.page.wait_for_function("facilityMap.loaded")
            if script:
                s.page.evaluate(script)
                s.page.wait_for_timeout(400)
            violations = _axe(s.page)
            if violations:
                found[state] = violations
        finally:
            s.page.context.close()
    assert found == {}


def _focused(page) -> str:
    return page.evaluate(
        "document.activeElement.className + ' ' + (document.activeElement.getAttribute('aria-label') || '')"
    )


def test_keyboard_skip_link_search_card_escape(session):
    page = session.page
    page.keyboard.press("Tab")
    assert "skip-link" in _focused(page)
    page.keyboard.press("Enter")
    assert "ex-search" in _focused(page)
    page.keyboard.type("Парасат")
    page.keyboard.press("Enter")
    assert popup_title(page) == "Центр реабилитации «Парасат»"
    page.wait_for_timeout(100)
    assert page.evaluate("document.activeElement.tagName") == "H2"  # the card has the focus
    page.keyboard.press("Escape")
    page.locator(".leaflet-popup").wait_for(state="detached")
    page.wait_for_function("document.activeElement.classList.contains('ex-search')")  # back where it came from


def test_keyboard_cluster_then_marker_then_card(session):
    page = session.page
    zoom = page.evaluate("facilityMap.map.getZoom()")
    for _ in range(40):  # Tab to the Almaty cluster
        page.keyboard.press("Tab")
        if "15 проектов" in _focused(page):
            break
    assert "marker-cluster" in _focused(page)
    page.keyboard.press("Enter")
    page.wait_for_timeout(700)
    assert page.evaluate("facilityMap.map.getZoom()") > zoom  # the cluster opened
    for _ in range(60):  # Tab on to a project's marker
        page.keyboard.press("Tab")
        if "fac-icon" in _focused(page):
            break
    name = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert " — " in name  # «name — status»
    page.keyboard.press("Enter")
    title = popup_title(page)
    assert name.startswith(title)
    page.keyboard.press("Escape")
    page.locator(".leaflet-popup").wait_for(state="detached")
    page.wait_for_function("n => document.activeElement.getAttribute('aria-label') === n", arg=name)


def test_keyboard_table_row_opens_its_card(session):
    page = session.page
    explorer_panel(page).locator(".ex-table-toggle").click()
    row = page.locator(".ex-table tr[data-i]").first
    row.focus()
    page.keyboard.press("Enter")
    assert popup_title(page)
    page.wait_for_timeout(100)
    assert page.evaluate("document.activeElement.tagName") == "H2"


def test_shapes_are_no_tab_stops(session):
    page = session.page
    stops = []
    for _ in range(45):
        page.keyboard.press("Tab")
        stops.append(page.evaluate("document.activeElement.tagName.toLowerCase()"))
    assert "path" not in stops


def _simulated(color: str) -> list[Color]:
    c = Color(color)
    return [c, c.clone().filter("protan"), c.clone().filter("deutan"), c.clone().filter("tritan")]


@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(STATUSES, 2)))
def test_statuses_stay_apart_for_colour_blind_readers(a, b):
    """ΔE*ab (CIE 1976) between two statuses' colours, as seen with normal vision and each simulated deficiency."""
    for x, y in zip(_simulated(STATUSES[a]["color"]), _simulated(STATUSES[b]["color"]), strict=True):
        assert x.delta_e(y, method="76") >= 20


@pytest.mark.parametrize("status", list(STATUSES))
def test_status_colours_stand_out_and_their_text_reads(status):
    color = Color(STATUSES[status]["color"])
    assert min(color.contrast(bg) for bg in BACKGROUNDS) >= 3  # a marker against the map
    assert color.contrast(STATUSES[status]["ink"]) >= 4.5  # the badge's text
    assert STATUSES[status]["glyph"] in ("hollow", "dot", "solid", "pause", "check", "cross")
    assert len({s["glyph"] for s in STATUSES.values()}) == len(STATUSES)  # a second cue, one per status


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_first_view_shows_every_project_clear_of_panel_and_legend(browser, seed_map, size):
    s = open_map(browser, seed_map, width=size[0], height=size[1])
    try:
        s.page.wait_for_function("facilityMap.loaded")
        hidden = s.page.evaluate(
            """() => {
                const api = facilityMap, map = api.map, box = map.getContainer().getBoundingClientRect();
                const covers = ['.explorer', '.legend'].map(q => document.querySelector(q).getBoundingClientRect());
                const out = [];
                api.visible().forEach(i => {
                    if (api.col('precision', i) === 'country') return;
                    const p = map.latLngToContainerPoint(api.markers[i].getLatLng());
                    const x = box.left + p.x, y = box.top + p.y;
                    const inside = x > box.left && x < box.right && y > box.top && y < box.bottom;
                    const under = covers.some(r => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
                    if (!inside || under) out.push(api.col('id', i));
                });
                return out;
            }"""
        )
        assert hidden == []
    finally:
        s.page.context.close()


def test_the_printed_page_has_title_date_legend_and_no_buttons(browser, seed_map):
    s = open_map(browser, seed_map)
    page = s.page
    try:
        page.emulate_media(media="print")
        page.wait_for_timeout(200)
        assert page.locator(".print-head").is_visible()
        head = page.locator(".print-head").inner_text()
        assert "Больницы и поликлиники Казахстана" in head and "Дата карты: 01.12.2026" in head
        assert page.locator(".legend .legend-body").is_visible()
        assert page.locator(".leaflet-control-scale").is_visible()
        for control in (".explorer", ".leaflet-control-zoom", ".leaflet-control-layers", ".legend-toggle"):
            assert not page.locator(control).is_visible(), control
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "print-1366x768.png"))
    finally:
        page.context.close()


@pytest.mark.parametrize("size", [(390, 844), (1366, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_embedded_page_is_compact_and_links_to_the_full_map(browser, seed_map, size):
    s = open_map(browser, seed_map, width=size[0], height=size[1])
    page = s.page
    try:
        page.goto(seed_map.as_uri() + "#embed=1&map=6/48.0/67.0&lang=en")
        page.wait_for_function("window.facilityMap && facilityMap.loaded")
        panel = explorer_panel(page)
        assert panel.locator(".ex-search").is_visible()
        assert not panel.locator(".ex-actions").is_visible() and not panel.locator(".ex-summary").is_visible()
        full = panel.locator(".full-map")
        assert full.is_visible() and full.inner_text() == "Open the full map"
        assert "embed" not in full.get_attribute("href") and "map=6" in full.get_attribute("href")
        assert "embed=1" in page.evaluate("location.hash")  # kept as the view changes
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"embed-{size[0]}x{size[1]}.png"))
    finally:
        page.context.close()


def test_png_of_a_view_from_the_seeds(tmp_path):
    png = tmp_path / "view.png"
    done = run_cli(
        "--out", str(tmp_path / "map.html"), "--png", str(png), "--view", "#map=5/48/67", "--size", "800x500"
    )
    assert done.returncode == 0, done.stderr
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (800, 500)
    assert f"wrote {png} (800×500)" in done.stdout


def test_png_without_chromium_says_so_and_keeps_the_map(tmp_path, monkeypatch):
    monkeypatch.setenv("CHROMIUM", str(tmp_path / "no-such-browser"))
    done = run_cli("--out", str(tmp_path / "map.html"), "--png", str(tmp_path / "view.png"))
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"error: $CHROMIUM names {str(tmp_path / 'no-such-browser')!r}, which is not a file; point it at the browser; "
        "the map itself was written."
    )
    assert (tmp_path / "map.html").exists() and not (tmp_path / "view.png").exists()


@pytest.mark.parametrize("size", ["1366", "10x10", "axb"])
def test_a_bad_png_size_is_refused_before_anything_is_drawn(tmp_path, size):
    done = run_cli("--out", str(tmp_path / "map.html"), "--png", str(tmp_path / "v.png"), "--size", size)
    assert done.returncode == 2
    assert "--size" in done.stderr and done.stderr.strip().endswith("nothing was written.")
    assert not (tmp_path / "map.html").exists()
