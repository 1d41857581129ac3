"""The explorer panel of the page: search, filters, summary, table, timeline, export, language, link."""

from __future__ import annotations

from geo.page.elements import ScriptElement, script_template

LABELS = {
    "title": {"ru": "Поиск и фильтры", "kk": "Іздеу және сүзгілер", "en": "Search and filters"},
    "language": {"ru": "Язык", "kk": "Тіл", "en": "Language"},
    "search": {"ru": "Название или место…", "kk": "Атауы немесе орны…", "en": "Name or place…"},
    "nothing": {"ru": "ничего не найдено", "kk": "ештеңе табылмады", "en": "nothing found"},
    "n_of": {"ru": "первые {n} из {total}", "kk": "{total} ішінен алғашқы {n}", "en": "first {n} of {total}"},
    "hidden_count": {
        "ru": "ещё {n} скрыто фильтрами",
        "kk": "тағы {n} сүзгілермен жасырылған",
        "en": "{n} more hidden by filters",
    },
    "show_them": {"ru": "показать", "kk": "көрсету", "en": "show"},
    "hide_them": {"ru": "скрыть", "kk": "жасыру", "en": "hide"},
    "hidden_tag": {"ru": "скрыт фильтрами", "kk": "сүзгімен жасырылған", "en": "hidden by filters"},
    "filters": {"ru": "Фильтры", "kk": "Сүзгілер", "en": "Filters"},
    "all_regions": {"ru": "Все регионы", "kk": "Барлық өңірлер", "en": "All regions"},
    "due_year": {"ru": "Год ввода", "kk": "Пайдалануға беру жылы", "en": "Due year"},
    "any_year": {"ru": "любой", "kk": "кез келген", "en": "any"},
    "no_year": {"ru": "не указан", "kk": "көрсетілмеген", "en": "not stated"},
    "opening_by": {"ru": "Откроется к году", "kk": "Ашылу жылы (дейін)", "en": "Opening by"},
    "stated_cost": {"ru": "заявленная стоимость", "kk": "мәлімделген құны", "en": "stated cost"},
    "cost_known": {"ru": "стоимость указана у {n}", "kk": "құны {n} жобада көрсетілген", "en": "cost stated for {n}"},
    "reset": {"ru": "Сбросить фильтры", "kk": "Сүзгілерді тазарту", "en": "Reset filters"},
    "table": {"ru": "Таблица", "kk": "Кесте", "en": "Table"},
    "first_rows": {"ru": "первые {n} из {total}", "kk": "{total} ішінен алғашқы {n}", "en": "first {n} of {total}"},
    "late_only": {
        "ru": "только со сроком, прошедшим по последнему источнику",
        "kk": "тек соңғы дереккөз бойынша мерзімі өткендер",
        "en": "only those past the date their latest source promised",
    },
    "late_short": {"ru": "срок прошёл", "kk": "мерзімі өтті", "en": "past due"},
    "late_count": {
        "ru": "срок по последнему источнику прошёл у {n} (на {date})",
        "kk": "{n} жобаның соңғы дереккөз бойынша мерзімі өтті ({date})",
        "en": "past the date promised by the latest source: {n} (as of {date})",
    },
    "reports_count": {"ru": "из {n} сообщений", "kk": "{n} хабардан", "en": "from {n} reports"},
    "csv_projects": {"ru": "CSV: проекты", "kk": "CSV: жобалар", "en": "CSV: projects"},
    "csv_reports": {"ru": "CSV: все сообщения", "kk": "CSV: барлық хабарлар", "en": "CSV: all reports"},
    "yes": {"ru": "да", "kk": "иә", "en": "yes"},
    "copy_link": {"ru": "Ссылка на этот вид", "kk": "Осы көрініске сілтеме", "en": "Link to this view"},
    "link_copied": {
        "ru": "Ссылка в адресной строке",
        "kk": "Сілтеме мекенжай жолында",
        "en": "Link is in the address bar",
    },
}

# The columns of the exports, as the records hold them.  The projects' CSV
# adds how the project was followed; both add the Open Contracting for
# Infrastructure (OC4IDS) codes of geo.records.vocab, so exports join other
# project trackers, and the names of the region and district in the page's
# language beside their codes (``region_name``, ``district_name``).
EXPORT_COLUMNS = [
    "id", "name", "name_en", "kind", "work", "status", "place", "precision", "radius_m", "place_name", "region",
    "district", "cost_kzt", "funding_kzt", "cofinancing_kzt", "funding_for", "beds", "visits_per_shift", "floors",
    "area_m2", "progress_pct", "start", "due", "due_year", "qualifiers", "source", "source_url", "published", "quote",
]  # fmt: skip
PROJECT_COLUMNS = ["project", "reports", "first_published", "status_as_of", "due_end", "deadline_passed", "carried"]


class Explorer(ScriptElement):
    """The panel; add it to the map after the FacilityLayer, whose API it uses."""

    def __init__(self):
        super().__init__()
        self._name = "Explorer"
        self.data = {"labels": LABELS, "exportColumns": EXPORT_COLUMNS, "projectColumns": PROJECT_COLUMNS}
        self._template = script_template("explorer", variable="EXPLORER")
