"""Search as people type it, and links that show exactly what was shared (headless Chromium, offline)."""

from __future__ import annotations

import re

import pytest

from tests.browser import explorer_panel, open_map, popup_title

SIZES = [(390, 844), (1366, 768), (1920, 1080)]

ALMATY = {"aue-parasat", "aue-poly18-taugul", "aue-poly16", "aue-poly15", "aue-poly-kuanysh", "aue-dgkb2", "alm-poly3"}
ALMATY |= {"alm-reproduction", "alm-maternity1", "alm-child-rehab", "alm-sport-rehab", "alm-poly500"}
ALMATY |= {"kz-perinatal-almaty", "kz-uniclinic-almaty"}
KARAGANDA = {"krg-oncology", "kz-perinatal-karaganda", "kz-uniclinic-karaganda", "blk-hub", "blk-child-rehab"}
REHAB = {"aue-parasat", "alm-child-rehab", "alm-sport-rehab", "blk-child-rehab"}
POLYCLINICS = {"aue-poly18-taugul", "aue-poly16", "aue-poly15", "aue-poly-kuanysh", "alm-poly3", "alm-poly500"}
PERINATAL = {f"kz-perinatal-{c}" for c in ("astana", "almaty", "shymkent", "karaganda", "kostanay", "atyrau")}
PERINATAL |= {f"kz-perinatal-{c}" for c in ("zhezkazgan", "kyzylorda", "taraz", "uralsk", "kaskelen", "temirlanovka")}

# (query, the projects one of which must come first, the projects that must all be found)
QUERIES = [
    # Russian words in other forms than the names hold
    ("больница", {"aue-dgkb2"}, {"aue-dgkb2", "blk-hub"}),
    ("больницы", {"aue-dgkb2"}, {"aue-dgkb2"}),
    ("поликлиники", POLYCLINICS, POLYCLINICS),
    ("реабилитация", REHAB, REHAB),
    ("онкологический", {"krg-oncology"}, {"krg-oncology"}),
    ("онкология Караганда", {"krg-oncology"}, {"krg-oncology"}),
    ("репродукции", {"alm-reproduction"}, {"alm-reproduction"}),
    ("Темирлановке", {"kz-perinatal-temirlanovka"}, {"kz-perinatal-temirlanovka"}),
    ("Кызылорде", {"kz-perinatal-kyzylorda"}, {"kz-perinatal-kyzylorda"}),
    ("Таугуле", {"aue-poly18-taugul"}, {"aue-poly18-taugul"}),
    ("университет Актобе", {"kz-uniclinic-aktobe"}, {"kz-uniclinic-aktobe"}),
    ("Алмалинский поликлиника", {"alm-poly3", "alm-poly500"}, {"alm-poly3", "alm-poly500"}),
    ("Туркестан инвесторов", {"kz-investor-turkestan"}, {"kz-investor-turkestan"}),
    # Kazakh
    ("оңалту орталығы", {"blk-child-rehab"}, {"blk-child-rehab"}),
    ("орталық", {"krg-oncology", "blk-child-rehab"}, {"krg-oncology", "blk-child-rehab"}),
    ("балалар", {"blk-child-rehab"}, {"blk-child-rehab"}),
    ("Балқаш оңалту", {"blk-child-rehab"}, {"blk-child-rehab"}),
    ("емхана", POLYCLINICS, POLYCLINICS),
    ("аурухана", {"blk-hub"}, {"blk-hub", "aue-dgkb2"}),
    ("Парасатқа", {"aue-parasat"}, {"aue-parasat"}),
    ("Шымкентте", {"kz-perinatal-shymkent", "kz-uniclinic-shymkent"}, {"kz-perinatal-shymkent"}),
    ("Көкшетау", {"kz-investor-kokshetau"}, {"kz-investor-kokshetau"}),
    ("Қарағанды", KARAGANDA, KARAGANDA),
    # Latin letters, old and official Latin names
    ("parasat", {"aue-parasat"}, {"aue-parasat"}),
    ("PARASAT", {"aue-parasat"}, {"aue-parasat"}),
    ("Almaty", ALMATY, ALMATY),
    ("Qaraghandy", KARAGANDA, KARAGANDA),
    ("Qyzylorda", {"kz-perinatal-kyzylorda"}, {"kz-perinatal-kyzylorda"}),
    ("Aqtobe", {"kz-uniclinic-aktobe"}, {"kz-uniclinic-aktobe"}),
    ("Ulytau", {"kz-perinatal-zhezkazgan"}, {"kz-perinatal-zhezkazgan"}),
    ("Temirlanovka", {"kz-perinatal-temirlanovka"}, {"kz-perinatal-temirlanovka"}),
    ("Семипалатинск", {"kz-uniclinic-semey"}, {"kz-uniclinic-semey"}),
    ("Нур-Султан перинатальный", {"kz-perinatal-astana"}, {"kz-perinatal-astana"}),
    ("Чимкент", {"kz-perinatal-shymkent", "kz-uniclinic-shymkent"}, {"kz-perinatal-shymkent", "kz-uniclinic-shymkent"}),
    ("Караганды", KARAGANDA, KARAGANDA),
    ("maternity hospital", {"alm-maternity1"}, {"alm-maternity1"}),
    ("hospital No 1", {"alm-maternity1"}, {"alm-maternity1"}),
    # Abbreviations and short names
    ("роддом", {"alm-maternity1"}, {"alm-maternity1"}),
    ("ДГКБ", {"aue-dgkb2"}, {"aue-dgkb2"}),
    ("ДГКБ 2", {"aue-dgkb2"}, {"aue-dgkb2"}),
    ("ГП 16", {"aue-poly16"}, {"aue-poly16"}),
    ("ПМСП", POLYCLINICS, POLYCLINICS),
    ("хаб", {"blk-hub"}, {"blk-hub"}),
    # Numbers, written every way
    ("поликлиника 16", {"aue-poly16"}, {"aue-poly16"}),
    ("поликлиника №16", {"aue-poly16"}, {"aue-poly16"}),
    ("поликлиника № 16", {"aue-poly16"}, {"aue-poly16"}),
    ("N16", {"aue-poly16"}, {"aue-poly16"}),
    ("No 16", {"aue-poly16"}, {"aue-poly16"}),
    ("500 посещений", {"alm-poly500"}, {"alm-poly500"}),
    ("Ауэзовский 15", {"aue-poly15"}, {"aue-poly15"}),
    # One typo in a word of five letters or more
    ("поликлинника", POLYCLINICS, POLYCLINICS),
    ("перинатальнй", PERINATAL, PERINATAL),
    ("Жезкезган", {"kz-perinatal-zhezkazgan"}, {"kz-perinatal-zhezkazgan"}),
    ("реабилитацыя", REHAB, REHAB),
    # Places the records name
    ("Жетысу-3", {"aue-parasat"}, {"aue-parasat"}),
    ("Райымбека", {"alm-sport-rehab"}, {"alm-sport-rehab"}),
    ("Масанчи", {"alm-poly500"}, {"alm-poly500"}),
]
# Queries that must find nothing: two letters off, a number that is only the start of another.
NOTHING = ["жгалту", "поликлиника 160", "zzzz"]


def _open_filters(page):
    details = page.locator(".ex-filters")
    if details.get_attribute("open") is None:
        details.locator("summary").click()


def _ranked(page, query: str) -> list[str]:
    """The projects listed for ``query`` typed into the box, in order."""
    box = page.locator(".ex-search")
    box.fill(query)
    return page.evaluate(
        "() => [...document.querySelectorAll('.ex-results li[data-i]')].map(li => facilityMap.col('id', +li.dataset.i))"
    )


def _found(page, query: str) -> set[str]:
    """Every project the search finds for ``query``, listed or not."""
    return set(page.evaluate("q => facilityExplorer.search(q).all.map(i => facilityMap.col('id', i))", query))


@pytest.fixture(scope="module", params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def sized(request, browser, seed_map):
    width, height = request.param
    s = open_map(browser, seed_map, width=width, height=height)
    explorer_panel(s.page)
    yield s
    s.page.context.close()


def test_the_query_table_is_long_enough():
    assert len(QUERIES) >= 40


def test_every_query_finds_its_projects_first(sized):
    wrong = {}
    for query, first, found in QUERIES:
        ranked = _ranked(sized.page, query)
        if not ranked or ranked[0] not in first or not found <= _found(sized.page, query):
            wrong[query] = ranked[:6]
    for query in NOTHING:
        if _ranked(sized.page, query):
            wrong[query] = _ranked(sized.page, query)
    assert wrong == {}
    assert sized.unexpected_errors() == []


def test_results_say_how_many_and_which_are_hidden(session):
    page = session.page
    panel = explorer_panel(page)
    box = panel.locator(".ex-search")
    box.fill("перинатальный")
    assert panel.locator(".ex-results li[data-i]").count() == 12
    assert panel.locator(".ex-found").inner_text() == ""  # 12 found, 12 shown
    box.fill("Almaty")  # more than the list holds
    assert re.search(r"первые 12 из 1[4-9]", panel.locator(".ex-found").inner_text())
    # Hide the planned projects: a planned one is still found, and says so.
    _open_filters(page)
    panel.locator("input[data-facet='status'][value='planned']").uncheck()
    box.fill("ДГКБ")
    assert panel.locator(".ex-results li[data-i]").count() == 0
    assert "ещё 1 скрыто фильтрами" in panel.locator(".ex-found").inner_text()
    panel.locator(".ex-show-hidden").click()
    hidden = panel.locator(".ex-results li.hidden-result")
    assert hidden.count() == 1
    hidden.click()
    assert popup_title(page) == "Новый корпус Детской городской клинической больницы № 2"
    assert "Скрыт фильтрами" in page.locator(".leaflet-popup-content .hidden-note").inner_text()
    assert "Запланирован" in page.locator(".leaflet-popup-content .hidden-note").inner_text()


def test_a_keystroke_answers_from_the_ranked_list(session):
    page = session.page
    box = explorer_panel(page).locator(".ex-search")
    box.fill("хаб")
    box.press("Enter")  # «хаб» is no longer found inside «rehabilitation»
    assert popup_title(page) == "Ауданаралық медициналық хаб (көпбейінді аурухана базасында)"


def _state(page) -> dict:
    return page.evaluate(
        """() => ({
            zoom: facilityMap.map.getZoom(),
            center: [facilityMap.map.getCenter().lat.toFixed(4), facilityMap.map.getCenter().lng.toFixed(4)],
            lang: facilityMap.lang(),
            region: facilityMap.filters.region,
            planned: facilityMap.shown.status.planned,
            open: facilityMap.opened() === null ? null : facilityMap.col('id', facilityMap.opened()),
            title: document.title,
            htmlLang: document.documentElement.lang,
        })"""
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_link_shows_exactly_what_was_shared(browser, seed_map, size):
    width, height = size
    first = open_map(browser, seed_map, width=width, height=height)
    second = None
    try:
        page = first.page
        panel = explorer_panel(page)
        panel.locator("button[data-lang='en']").click()
        _open_filters(page)
        panel.locator("input[data-facet='status'][value='completed']").uncheck()
        panel.locator(".ex-region").select_option("KAZ011")  # Karaganda region
        panel.locator(".ex-search").fill("онкология")
        panel.locator(".ex-search").press("Enter")
        assert popup_title(page).startswith("New oncology centre in Karaganda")
        page.wait_for_timeout(300)
        shared = page.evaluate("location.href")
        assert "p=krg-oncology" in shared and "lang=en" in shared and "region=KAZ011" in shared
        before = _state(page)
        assert before["htmlLang"] == "en" and before["title"].startswith("Kazakhstan")

        second = open_map(browser, seed_map, width=width, height=height)
        second.page.goto(shared)
        second.page.wait_for_function("window.facilityMap && facilityMap.opened() !== null")
        assert popup_title(second.page).startswith("New oncology centre in Karaganda")
        assert _state(second.page) == before
        assert second.page.evaluate("location.href") == shared
        assert second.unexpected_errors() == []

        # Editing the address in the same tab applies it; unknown keys and values are ignored.
        second.page.evaluate("location.hash = '#map=11/43.2400/76.9000&lang=kk&hide_status=planned&junk=1&region=XX'")
        second.page.wait_for_function("facilityMap.lang() === 'kk'")
        state = _state(second.page)
        assert (state["zoom"], state["center"], state["region"], state["planned"], state["open"]) == (
            11,
            ["43.2400", "76.9000"],
            "",
            False,
            None,
        )
        assert state["htmlLang"] == "kk" and state["title"].startswith("Қазақстан")
    finally:
        first.page.context.close()
        if second:
            second.page.context.close()


def test_a_link_to_a_hidden_project_shows_it_and_says_why(browser, seed_map):
    s = open_map(browser, seed_map)
    try:
        s.page.goto(seed_map.as_uri() + "#hide_status=planned&p=aue-dgkb2")
        s.page.wait_for_function("window.facilityMap && facilityMap.opened() !== null")
        assert popup_title(s.page) == "Новый корпус Детской городской клинической больницы № 2"
        assert "Запланирован" in s.page.locator(".leaflet-popup-content .hidden-note").inner_text()
        # Shown at a zoom that suits a district-level position, not street level.
        assert 10 <= s.page.evaluate("facilityMap.map.getZoom()") <= 13
    finally:
        s.page.context.close()


def test_show_on_map_zooms_to_the_precision(session):
    page = session.page
    zooms = {}
    for pid in ("kz-perinatal-kaskelen", "alm-sport-rehab"):  # a town; a street
        page.evaluate(f"facilityMap.open(facilityMap.visible().find(i => facilityMap.col('id', i) === '{pid}'))")
        popup_title(page)
        zooms[pid] = page.evaluate("facilityMap.map.getZoom()")
    assert zooms["kz-perinatal-kaskelen"] <= 13 < zooms["alm-sport-rehab"] <= 16


# Every text a user can see, in English or Kazakh: Cyrillic only in record texts marked with their own language.
VISIBLE_TEXT = """lang => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const ru = new Set();
    const cfg = facilityMap.cfg, add = table => Object.values(table).forEach(v => {
        if (v && v.ru && v.kk !== v.ru) String(v.ru).split(/\\{\\w+\\}/).forEach(p => p.trim().length > 3 && ru.add(p.trim()));
    });
    [cfg.labels, cfg.statuses, cfg.kinds, cfg.works, cfg.precisions, window.facilityExplorer.labels].forEach(add);
    while (walker.nextNode()) {
        const node = walker.currentNode, el = node.parentElement, text = node.textContent.trim();
        if (!text || !el || !el.getClientRects().length || el.closest('script, style')) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const marked = el.closest('[lang]');
        const own = marked && marked !== document.documentElement ? marked.lang : lang;
        if (lang === 'en' && own === 'en' && /[а-яёәғқңөұүһі]/i.test(text)) out.push(text);
        if (lang === 'kk' && own !== 'ru' && [...ru].some(r => text.includes(r))) out.push(text);
    }
    return out;
}"""


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "kk"])
def test_every_visible_text_is_in_the_chosen_language(browser, seed_map, size, lang):
    width, height = size
    s = open_map(browser, seed_map, width=width, height=height)
    page = s.page
    try:
        page.goto(seed_map.as_uri() + f"#lang={lang}&p=alm-maternity1")
        page.wait_for_function("window.facilityMap && facilityMap.opened() !== null")
        seen = {}
        panel = explorer_panel(page)
        _open_filters(page)
        panel.locator(".ex-search").fill("перинатальный")
        seen["panel, search and popup"] = page.evaluate(VISIBLE_TEXT, lang)
        panel.locator(".ex-table-toggle").click()
        seen["table"] = page.evaluate(VISIBLE_TEXT, lang)
        page.locator(".ex-table-close").click()
        legend = page.locator(".legend")
        if "folded" in (legend.get_attribute("class") or ""):
            legend.locator(".legend-toggle").click()
        page.locator(".leaflet-control-layers").hover()
        seen["legend and layers"] = page.evaluate(VISIBLE_TEXT, lang)
        page.evaluate("facilityMap.map.setView([43.23, 76.86], 12, {animate: false})")  # district labels, notes
        page.evaluate("document.querySelector('.leaflet-marker-pane .note-icon').click()")
        seen["notes"] = page.evaluate(VISIBLE_TEXT, lang)
        page.evaluate("document.querySelector('.country-open').click()")
        seen["whole country"] = page.evaluate(VISIBLE_TEXT, lang)
        assert {k: v for k, v in seen.items() if v} == {}
        assert page.evaluate("document.documentElement.lang") == lang
    finally:
        page.context.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_project_opened_from_the_table_is_not_left_under_it(browser, seed_map, size):
    width, height = size
    s = open_map(browser, seed_map, width=width, height=height)
    page = s.page
    try:
        explorer_panel(page).locator(".ex-table-toggle").click()
        page.locator(".ex-table tr[data-i]").nth(3).click()
        page.locator(".leaflet-popup-content h2").wait_for()
        page.wait_for_timeout(300)
        where = page.evaluate(
            """() => { const i = facilityMap.opened(), p = facilityMap.map.latLngToContainerPoint(facilityMap.markers[i].getLatLng());
                const table = document.querySelector('.ex-table').getBoundingClientRect();
                const popup = document.querySelector('.leaflet-popup').getBoundingClientRect();
                return {point: p.y, popupBottom: popup.bottom, tableTop: table.top}; }"""
        )
        assert where["point"] < where["tableTop"]
        assert where["popupBottom"] <= where["tableTop"] + 1
    finally:
        page.context.close()
