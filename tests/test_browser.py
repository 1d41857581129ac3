"""map.html in a real headless Chromium with the network cut off, used as a person would."""

from __future__ import annotations

import pytest

from tests.browser import layer_checkbox, open_map, visible_marker_count
from tests.conftest import ARTIFACTS

ALMALY_DISTRICT = {
    "Городская поликлиника № 3",
    "Городской центр репродукции человека",
    "Городской родильный дом № 1",
    "Городской детский реабилитационный центр",
}


def test_page_loads_offline_without_errors(session):
    assert session.unexpected_errors() == []
    # The only thing the page asks the network for is map tiles.
    assert session.non_tile_requests() == []


def test_one_marker_per_facility(session):
    assert visible_marker_count(session.page) == 36


def _open_cluster_at(page, lat: float, lon: float, zoom: int, size: int) -> int:
    """Click the cluster of ``size`` near (lat, lon); return how many markers it spread out.

    The spread markers are tagged ``data-leg`` so that the test can click each one.
    """
    page.evaluate(f"facilityMap.map.setView([{lat}, {lon}], {zoom}, {{animate: false}})")
    page.wait_for_timeout(300)
    page.locator(".marker-cluster", has_text=str(size)).first.click()
    page.wait_for_timeout(600)  # spiderfy animation
    return page.evaluate(
        """() => facilityMap.markers.filter(m => m._spiderLeg && m._icon)
            .map((m, k) => m._icon.setAttribute('data-leg', k)).length"""
    )


def _close_popup(page):
    page.locator(".leaflet-popup-close-button").click()
    page.locator(".leaflet-popup").wait_for(state="detached")


def test_each_project_sharing_one_point_opens_its_popup(session):
    page = session.page
    # Four Almaly district projects stand at the district's centre.
    assert _open_cluster_at(page, 43.255, 76.915, 14, 4) == 4
    seen = set()
    for leg in range(4):
        if not page.locator(f"[data-leg='{leg}']").count():
            # The spread markers folded up again; open them as a user would.
            _open_cluster_at(page, 43.255, 76.915, 14, 4)
        page.locator(f"[data-leg='{leg}']").click()
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for()
        seen.add(popup.locator("h2").inner_text())
        assert "Vecher.kz" in popup.inner_text()
        assert popup.locator("a[href^='https://vecher.kz/']").count() == 1
        _close_popup(page)
    assert seen == ALMALY_DISTRICT


def test_popup_shows_figures_status_place_and_source(session):
    page = session.page
    for leg in range(4):
        if not page.locator(f"[data-leg='{leg}']").count():
            _open_cluster_at(page, 43.255, 76.915, 14, 4)
        page.locator(f"[data-leg='{leg}']").click()
        if "родильный дом" in page.locator(".leaflet-popup-content h2").inner_text():
            break
        _close_popup(page)
    text = page.locator(".leaflet-popup-content").inner_text()
    for expected in [
        "Городской родильный дом № 1",
        "City maternity hospital No. 1",
        "Проектирование",
        "Роддом",
        "11,5 млрд ₸",
        "IV квартал 2026",
        "конец 2025 года",
        "район",
        "±2,5 км",
        "Vecher.kz",
        "стоимостью 11,5 млрд тенге",
    ]:
        assert expected in text
    link = page.locator(".leaflet-popup-content a")
    assert link.get_attribute("href").startswith("https://vecher.kz/ru/article/")
    ARTIFACTS.mkdir(exist_ok=True)
    page.wait_for_timeout(400)  # popup fade-in
    page.screenshot(path=ARTIFACTS / "popup-1366x768.png")


def test_tooltip_names_the_facility(session):
    page = session.page
    page.evaluate("facilityMap.map.setView([46.85, 74.98], 8, {animate: false})")
    page.wait_for_timeout(300)
    assert _open_cluster_at(page, 46.85, 74.98, 8, 2) == 2
    page.locator("[data-leg='0']").hover()
    tooltip = page.locator(".leaflet-tooltip:not(.district-label)").first
    assert tooltip.inner_text() in {
        "Балаларды оңалту орталығы",
        "Ауданаралық медициналық хаб (көпбейінді аурухана базасында)",
    }


def test_status_toggled_off_in_layer_control_hides_its_markers(session):
    page = session.page
    planned = layer_checkbox(page, "Запланирован")
    planned.uncheck()
    page.wait_for_timeout(400)
    assert visible_marker_count(page) == 36 - 21
    planned.check()
    page.wait_for_timeout(400)
    assert visible_marker_count(page) == 36


def test_kind_toggled_off_hides_its_markers(session):
    page = session.page
    layer_checkbox(page, "Перинатальный центр").uncheck()
    page.wait_for_timeout(400)
    assert visible_marker_count(page) == 36 - 12


def _inside_viewport(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    size = page.viewport_size
    return (
        box is not None
        and box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= size["width"]
        and (box["y"] + box["height"] <= size["height"])
    )


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (390, 844)])
def test_usable_on_laptop_and_phone(browser, seed_map, width, height):
    s = open_map(browser, seed_map, width=width, height=height)
    page = s.page
    try:
        assert s.unexpected_errors() == []
        assert page.locator(".legend").is_visible()
        assert _inside_viewport(page, ".legend")
        assert _inside_viewport(page, ".leaflet-control-layers")
        assert visible_marker_count(page) == 36
        legend = page.locator(".legend").bounding_box()
        # The legend must leave most of the map free.
        assert legend["width"] * legend["height"] < 0.35 * width * height
        if width < 700:
            assert (
                "Статус" not in page.locator(".legend").inner_text() or page.locator(".legend .legend-body").is_hidden()
            )
            page.locator(".legend-toggle").click()
            assert page.locator(".legend .legend-body").is_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"map-{width}x{height}.png")
    finally:
        page.context.close()


def test_region_outlines_show_project_counts(session):
    page = session.page
    page.evaluate("facilityMap.map.setView([48.5, 74.5], 6, {animate: false})")
    page.wait_for_timeout(300)
    assert page.locator(".leaflet-regions-pane path").count() >= 20
    # Hover a part of Karaganda region with no marker on it.
    point = page.evaluate(
        "(() => { const p = facilityMap.map.latLngToContainerPoint([47.3, 76.5]); return [p.x, p.y]; })()"
    )
    page.mouse.move(*point)
    tooltip = page.locator(".leaflet-tooltip:not(.district-label)")
    tooltip.wait_for()
    # Karaganda: oncology centre, Balkhash hub and rehabilitation centre, perinatal centre, university clinic.
    assert tooltip.inner_text().splitlines() == ["Карагандинская область", "5 проектов"]
