"""The map page: a folium map whose markers and popups the browser makes from data.

The records are embedded once, as compact JSON, and a small script
(``templates/facility_layer.js``) makes markers, popups, the legend and the
layer control from them.  Nothing per record is generated as HTML or
JavaScript here, so the page grows by the data alone.
"""

from __future__ import annotations

import base64
import datetime
import itertools
import json
import zlib

import folium
import geopandas as gpd
import numpy as np
import pandas as pd

from geo.columns import distinct, spread
from geo.page.assets import OfflineLibraries
from geo.page.elements import JSONPart, ScriptElement, script_template
from geo.page.explorer import EXPORT_COLUMNS, Explorer
from geo.page.search import search_index
from geo.records.dates import whole_year
from geo.records.periods import translate_period
from geo.records.vocab import KINDS, PRECISIONS, STATUSES, WORKS

LABELS = {
    "name": {"ru": "Название", "kk": "Атауы", "en": "Name"},
    "kind": {"ru": "Тип", "kk": "Түрі", "en": "Kind"},
    "work": {"ru": "Работы", "kk": "Жұмыстар", "en": "Works"},
    "status": {"ru": "Статус", "kk": "Мәртебесі", "en": "Status"},
    "place": {"ru": "Место", "kk": "Орны", "en": "Place"},
    "precision": {"ru": "Точность", "kk": "Дәлдігі", "en": "Precision"},
    "stands_for": {"ru": "точка стоит в", "kk": "нүкте орны", "en": "point placed at"},
    "unmatched": {"ru": "не найдено в справочнике", "kk": "анықтамалықта жоқ", "en": "not in the gazetteer"},
    "district": {"ru": "Район", "kk": "Аудан", "en": "District"},
    "region": {"ru": "Регион", "kk": "Өңір", "en": "Region"},
    "cost": {"ru": "Стоимость", "kk": "Құны", "en": "Cost"},
    "funding": {"ru": "Выделено", "kk": "Бөлінді", "en": "Funding"},
    "cofinancing": {"ru": "Софинансирование", "kk": "Бірлесіп қаржыландыру", "en": "Co-financing"},
    "beds": {"ru": "Койки", "kk": "Төсек", "en": "Beds"},
    "visits": {"ru": "Посещений в смену", "kk": "Ауысымдағы қатынау", "en": "Visits per shift"},
    "floors": {"ru": "Этажей", "kk": "Қабат", "en": "Floors"},
    "area": {"ru": "Площадь", "kk": "Ауданы", "en": "Floor area"},
    "progress": {"ru": "Готовность объекта", "kk": "Нысанның дайындығы", "en": "Readiness of the facility"},
    "funding_for": {"ru": "на что выделено", "kk": "не үшін бөлінді", "en": "allocated for"},
    "start": {"ru": "Начало", "kk": "Басталуы", "en": "Start"},
    "due": {"ru": "Срок", "kk": "Мерзімі", "en": "Due"},
    "source": {"ru": "Источник", "kk": "Дереккөз", "en": "Source"},
    "article": {"ru": "статья", "kk": "мақала", "en": "article"},
    "no_date": {"ru": "дата не указана", "kk": "күні көрсетілмеген", "en": "date not stated"},
    "as_of": {"ru": "по данным на {date}", "kk": "{date} жағдай бойынша", "en": "as of {date}"},
    "history": {"ru": "История сообщений", "kk": "Хабарлар тарихы", "en": "Reports over time"},
    "was": {"ru": "было", "kk": "бұрын", "en": "was"},
    "deadline_passed": {
        "ru": "срок по последнему источнику прошёл",
        "kk": "соңғы дереккөз бойынша мерзімі өтті",
        "en": "the date promised by the latest source has passed",
    },
    "deadline_detail": {
        "ru": "обещанный срок «{due}» прошёл на {date}; статья могла устареть",
        "kk": "уәде етілген «{due}» мерзімі {date} күні өтті; мақала ескірген болуы мүмкін",
        "en": "the promised «{due}» had passed by {date}; the article may be out of date",
    },
    "carried_from": {"ru": "из сообщения от {date}", "kk": "{date} хабарынан", "en": "from the report of {date}"},
    "shown_anyway": {
        "ru": "Скрыт фильтрами, показан по вашему запросу",
        "kk": "Сүзгілер жасырған, сұрауыңыз бойынша көрсетілді",
        "en": "Hidden by the filters, shown because you asked for it",
    },
    "map_date": {"ru": "Дата карты", "kk": "Карта күні", "en": "Map date"},
    "source_note": {"ru": "Об источнике", "kk": "Дереккөз туралы", "en": "About the source"},
    "whole_country": {"ru": "Вся страна", "kk": "Бүкіл ел", "en": "Whole country"},
    "built_from": {
        "ru": "Карта построена из {file}, {at}",
        "kk": "Карта {file} файлынан жасалды, {at}",
        "en": "Map built from {file}, {at}",
    },
    "notes": {
        "ru": "Сведения без точного адреса",
        "kk": "Нақты мекенжайсыз мәліметтер",
        "en": "Statements with no single place",
    },
    "page_title": {
        "ru": "Больницы и поликлиники Казахстана: стройки и ремонты",
        "kk": "Қазақстанның ауруханалары мен емханалары: құрылыс және жөндеу",
        "en": "Kazakhstan's hospitals and clinics: construction and repair",
    },
    "print_sources": {
        "ru": "Каждая цифра — из статьи, указанной в карточке проекта; положение точек приблизительное.",
        "kk": "Әр дерек жоба карточкасында көрсетілген мақаладан алынған; нүктелердің орны шамамен.",
        "en": "Every figure comes from the article named in the project's card; positions are approximate.",
    },
    "full_map": {"ru": "Открыть полную карту", "kk": "Толық картаны ашу", "en": "Open the full map"},
    "skip_to_search": {"ru": "Перейти к поиску", "kk": "Іздеуге өту", "en": "Skip to search"},
    "zoom_in": {"ru": "Приблизить", "kk": "Жақындату", "en": "Zoom in"},
    "zoom_out": {"ru": "Отдалить", "kk": "Алыстату", "en": "Zoom out"},
    "layers": {"ru": "Слои", "kk": "Қабаттар", "en": "Layers"},
    "close": {"ru": "Закрыть", "kk": "Жабу", "en": "Close"},
    "osm_credit": {
        "ru": "© участники OpenStreetMap",
        "kk": "© OpenStreetMap қатысушылары",
        "en": "© OpenStreetMap contributors",
    },
    "legend": {"ru": "Легенда", "kk": "Шартты белгілер", "en": "Legend"},
    "precision_note": {
        "ru": "Точка — центр названного места; погрешность видна в карточке.",
        "kk": "Нүкте — аталған жердің ортасы; дәлдігі карточкада көрсетілген.",
        "en": "A point marks the centre of the place named; its popup shows how approximate it is.",
    },
    "per_region": {"ru": "Проектов в области", "kk": "Облыстағы жобалар", "en": "Projects per region"},
    "regions": {"ru": "Границы областей", "kk": "Облыс шекаралары", "en": "Region outlines"},
    "districts": {
        "ru": "Центры районов",
        "kk": "Аудан орталықтары",
        "en": "District centres",
    },
    "district_approx": {
        "ru": "точка — центр района; границы района не показаны",
        "kk": "нүкте — аудан орталығы; аудан шекаралары көрсетілмеген",
        "en": "the point is the district's centre; its boundary is not drawn",
    },
    "cities": {"ru": "Города", "kk": "Қалалар", "en": "Cities"},
    "osm": {
        "ru": "Карта OpenStreetMap (нужен интернет)",
        "kk": "OpenStreetMap картасы (интернет керек)",
        "en": "OpenStreetMap (online)",
    },
    "no_tiles": {"ru": "Без подложки", "kk": "Негізсіз", "en": "No tiles"},
    "offline": {
        "ru": "Подложка не загрузилась (нет интернета): показаны границы областей и города.",
        "kk": "Негізгі карта жүктелмеді (интернет жоқ): облыс шекаралары мен қалалар көрсетілген.",
        "en": "Tiles did not load (offline): region outlines and cities are shown.",
    },
}

# Words that follow a count, in the plural categories of Intl.PluralRules:
# "1 проект", "3 проекта", "36 проектов"; Kazakh keeps one form after numbers.
COUNTED = {
    "projects": {
        "ru": {"one": "проект", "few": "проекта", "many": "проектов"},
        "kk": {"other": "жоба"},
        "en": {"one": "project", "other": "projects"},
    },
}

UNITS = {
    "ru": {"bn": "млрд ₸", "mn": "млн ₸", "km": "км", "m": "м", "sqm": "м²"},
    "kk": {"bn": "млрд ₸", "mn": "млн ₸", "km": "км", "m": "м", "sqm": "м²"},
    "en": {"bn": "bn ₸", "mn": "m ₸", "km": "km", "m": "m", "sqm": "m²"},
}
LANGUAGES = {"ru": "Рус", "kk": "Қаз", "en": "Eng"}

# SVG paths (24×24) of the symbols that KINDS name.
SHAPES = {
    "circle": "M12 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16Z",
    "square": "M4 4h16v16H4Z",
    "diamond": "M12 2 22 12 12 22 2 12Z",
    "triangle": "M12 3 22 20H2Z",
    "hexagon": "M7 3h10l5 9-5 9H7l-5-9Z",
    "star": "M12 2l2.9 6.3 6.9.8-5.1 4.7 1.4 6.8L12 17.3 5.9 20.6l1.4-6.8L2.2 9.1l6.9-.8Z",
    "heart": "M12 21s-8-5.3-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.7-8 11-8 11Z",
    "drop": "M12 2s7 8 7 13a7 7 0 0 1-14 0c0-5 7-13 7-13Z",
    "cross": "M9 3h6v6h6v6h-6v6H9v-6H3V9h6Z",
}

# Words that make a figure a bound (geo.records.figures.QUALIFIERS); {} is the figure.
BOUNDS = {
    "over": {"ru": "более {}", "kk": "{} астам", "en": "over {}"},
    "about": {"ru": "около {}", "kk": "шамамен {}", "en": "about {}"},
    "up_to": {"ru": "до {}", "kk": "{} дейін", "en": "up to {}"},
}

# Columns the page needs, in the order they are embedded: one row per project.
PAGE_COLUMNS = [
    "id", "project", "name", "name_en", "kind", "work", "status", "place", "precision", "place_name",
    "place_id", "place_unmatched", "radius_m", "region", "cost_kzt", "funding_kzt", "cofinancing_kzt", "funding_for",
    "beds", "visits_per_shift", "floors", "area_m2", "progress_pct", "start", "due", "due_year", "qualifiers",
    "source", "source_url", "published", "quote", "district", "reports", "first_published", "status_as_of",
    "due_end", "deadline_passed", "carried",
]  # fmt: skip
# The reports of projects followed over several articles, newest first: what the reports' export needs.
HISTORY_COLUMNS = [*EXPORT_COLUMNS, "report_date"]


# From this many rows on, text columns go into the page deflated (zlib, base64) and the page inflates
# them with the browser's DecompressionStream once its markers are drawn: names, places, quotes and
# addresses take a fifth to a tenth of their room, and the first clusters need none of them.
PACK_FROM = 5_000


def _json_by_key(value: dict, *, ascii: bool) -> JSONPart:
    """Return the dict ``value`` serialised a key at a time, each item freed once written (``value`` is emptied).

    The columns of 100,000 records never stand beside their whole JSON, nor that JSON beside its escaped copy.
    """
    return JSONPart({key: JSONPart(value.pop(key), ascii=ascii) for key in list(value)}, ascii=ascii)


def _pack(values: list, *, batch: int = 5_000) -> dict:
    """Return ``values`` as the JSON array the page inflates, deflated and in base64.

    The JSON goes to zlib a batch of values at a time: 100,000 quotes never
    stand as one 35 MB string beside their compressed copy.  The standard
    library writes it (the same bytes as orjson for text): orjson would
    leave a UTF-8 copy inside every string (see geo.columns.factorize).
    """
    deflate = zlib.compressobj(3)
    parts = [deflate.compress(b"[")]
    for start in range(0, len(values), batch):
        chunk = json.dumps(values[start : start + batch], ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        text = chunk.encode("utf-8")[1:-1]
        parts.append(deflate.compress((b"," if start and text else b"") + text))
    parts.append(deflate.compress(b"]") + deflate.flush())
    return {"deflated": base64.b64encode(b"".join(parts)).decode("ascii")}


def _packed(column: list | dict | None, *, rows: int) -> list | dict | None:
    """Return ``column`` deflated when the page is large and the column holds text worth packing."""
    if rows < PACK_FROM or column is None:
        return column
    if isinstance(column, dict):
        values = column["values"]
        if len(values) >= 1000 and any(isinstance(v, str) for v in values):
            return {"values": _pack(values), "codes": column["codes"]}
        return column
    if any(isinstance(v, str) for v in column[:50]):
        return _pack(column)
    return column


def _column(series: pd.Series) -> list | dict | None:
    """Return a column for the page: a list, or ``{values, codes}`` when values repeat.

    Empty text and missing figures are ``null`` (code 0 when they are
    codes); a column with nothing in it is left out (None).  Whole numbers
    are written without ``.0``.
    """
    if series.dtype.kind == "b":
        # A flag: true, or null where false (the page reads both as false).
        series = series.where(series, None)
    codes, values = distinct(series)
    if series.dtype.kind == "f":
        if all(v is None or v.is_integer() for v in values):
            values = [v if v is None else int(v) for v in values]
    else:
        values = [v if v != "" else None for v in values]
    if all(v is None for v in values):
        return None
    if len(codes) > 8 and len(values) * 4 < len(codes):
        # As few bytes a code as its values need: the same JSON, a fraction of the memory.
        return {"values": values, "codes": codes.astype(np.min_scalar_type(len(values)))}
    return spread(values, codes).tolist()


def period_labels(*frames: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Return the ``due`` and ``start`` texts of ``frames`` in three languages, keyed ``text|due_year``.

    A text with no words for it in the other languages (geo.records.periods) is left out: the page
    shows it as written.  ``start`` is keyed with no year.
    """
    out = {}
    for frame in frames:
        # In the records' order (not a set's): the same records make the same page.
        pairs = dict.fromkeys(zip(frame["due"].tolist(), frame["due_year"].tolist(), strict=True))
        pairs.update(dict.fromkeys(zip(frame["start"].tolist(), itertools.repeat(None))))
        for text, year in pairs:
            if not text:
                continue
            whole = whole_year(year)
            key = f"{text}|{whole if whole is not None else ''}"
            if key not in out:
                labels = translate_period(text, whole)
                if labels:
                    out[key] = labels
    return out


def facility_columns(facilities: pd.DataFrame) -> dict:
    """Return the facilities as columns: the page's embedded data."""
    data = {}
    for name in PAGE_COLUMNS:
        series = facilities[name]
        if name == "project":
            # Most projects have one report and are named by it: the page holds only the other names.
            series = series.where(series != facilities["id"], "")
        column = _packed(_column(series), rows=len(facilities))
        if column is not None:
            data[name] = column
    data["lat"] = facilities.geometry.y.round(5).to_numpy()
    data["lon"] = facilities.geometry.x.round(5).to_numpy()
    return data


def history_columns(projects: pd.DataFrame, reports: pd.DataFrame) -> dict | None:
    """Return the reports of projects with more than one, as columns: newest first, grouped by project.

    ``of`` is the project's row in the facilities; ``changed`` what each
    report changed (see geo.projects).  A project of one report has none:
    its row is its report.
    """
    several = np.flatnonzero(projects["reports"].to_numpy() > 1)
    if not len(several):
        return None
    row_of = pd.Series(np.arange(len(projects)), index=projects["project"].to_numpy())
    chosen = reports[reports["project"].isin(projects["project"].to_numpy()[several])]
    of = row_of.loc[chosen["project"].to_numpy()].to_numpy()
    # Reports come oldest first within a project: newest first for the page.
    order = np.lexsort((-np.arange(len(chosen)), of))
    chosen = chosen.iloc[order]
    data = {}
    for name in HISTORY_COLUMNS:
        column = _packed(_column(chosen[name].reset_index(drop=True)), rows=len(chosen))
        if column is not None:
            data[name] = column
    data["of"] = of[order]
    history = projects["history"].to_numpy()
    data["changed"] = [entry["changed"] or None for p in several.tolist() for entry in history[p]]
    return data


class FacilityLayer(ScriptElement):
    """Markers, popups, legend and layer control made in the page from ``data``."""

    def __init__(self, data: dict, *, tiles: folium.TileLayer):
        super().__init__()
        self._name = "FacilityLayer"
        self.data = data
        self.tiles = tiles
        self._template = script_template("facility_layer", variable="DATA")


def build_map(
    facilities: gpd.GeoDataFrame,
    *,
    regions: gpd.GeoDataFrame,
    notes: list[dict],
    sources: dict[str, dict],
    cities: list[tuple[dict[str, str], float, float]],
    places: dict[str, dict],
    outlines: dict,
    districts: dict,
    reports: pd.DataFrame,
    as_of: datetime.date,
    built: dict[str, str] | None = None,
) -> folium.Map:
    """Return the folium map of ``facilities`` (one row per project) with their history and the map's date.

    Also draws ``outlines`` (geo.places.outlines), districts, cities and notes.  ``places`` holds
    the names of the projects' places (geo.page.search.place_entries), for the page's languages
    and its search.
    """
    # Places are approximate (hundreds of metres at best): zooming closer than 17 shows nothing more.
    # The scale is the page's own (metric, in the page's language): see facility_layer.js.
    fmap = folium.Map(location=[48.0, 67.0], zoom_start=5, tiles=None)
    fmap.options["maxZoom"] = 17
    # The whole country fits at zoom 4 on a phone; levels below it would only cost the clusters time.
    fmap.options["minZoom"] = 3
    fmap.get_root().title = LABELS["page_title"]["ru"]
    # No CDN links: OfflineLibraries puts what the page needs inside it.
    fmap.default_js = []
    fmap.default_css = []
    tiles = folium.TileLayer("OpenStreetMap", name="OpenStreetMap", overlay=False, control=False, max_zoom=17)
    tiles.add_to(fmap)
    OfflineLibraries().add_to(fmap)
    # A large page is packed (PACK_FROM) and its data written in ASCII (geo.page.elements.script_json).
    large = len(facilities) >= PACK_FROM
    # The search first: what it frees is room for the facilities' JSON, which then stays.
    search = JSONPart(search_index(facilities, places=places, regions=regions), ascii=large)
    data = {
        "config": {
            "statuses": STATUSES,
            "kinds": KINDS,
            "works": WORKS,
            "precisions": PRECISIONS,
            "labels": LABELS,
            "counted": COUNTED,
            "shapes": SHAPES,
            "units": UNITS,
            "languages": LANGUAGES,
            "bounds": BOUNDS,
        },
        "asOf": as_of.isoformat(),
        "built": built or {},
        # The two large parts are JSON at once: their dicts and lists (the search's stems of 100,000
        # names, the columns' codes) are freed before the rest of the page is made.
        "facilities": _json_by_key(facility_columns(facilities), ascii=large),
        "history": history_columns(facilities, reports),
        "regions": outlines["regions"],
        "country": outlines["country"],
        "regionNames": {r.pcode: {"ru": r.name_ru, "kk": r.name_kk, "en": r.name_en} for r in regions.itertuples()},
        "sources": sources,
        "notes": notes,
        "districts": districts,
        "cities": [[names, round(lat, 4), round(lon, 4)] for names, lat, lon in cities],
        "places": places,
        "periods": period_labels(facilities, reports),
        "search": search,
    }
    FacilityLayer(data, tiles=tiles).add_to(fmap)
    Explorer().add_to(fmap)
    return fmap
