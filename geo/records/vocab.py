"""The small vocabularies of the records, with the labels users read.

Codes are what the CSV holds; users only ever see the labels (Russian,
Kazakh, English), never the codes.
"""

from __future__ import annotations

# As of the report's date.  ``oc4ids`` is the Open Contracting for Infrastructure
# projectStatus code; OC4IDS has no code for a halted project, so ``suspended``
# stays ``implementation`` and the export says why in ``oc4ids_statusNote``.
#
# ``color`` stays distinct for readers with protanopia, deuteranopia and
# tritanopia (ΔE*ab ≥ 20 between any two in simulation; tests/test_accessibility.py)
# and stands out 3:1 against the basemap; ``ink`` is the text drawn on it (4.5:1).
# ``glyph`` is the second cue, drawn in every marker and swatch, so that status
# never rests on colour alone: hollow, dot, solid, pause, check, cross.
STATUSES: dict[str, dict[str, str]] = {
    "planned": {
        "ru": "Запланирован",
        "kk": "Жоспарланған",
        "en": "Planned",
        "color": "#207fe8",
        "ink": "#000000",
        "glyph": "hollow",
        "oc4ids": "identification",
    },
    "design": {
        "ru": "Проектирование",
        "kk": "Жобалау",
        "en": "Design",
        "color": "#711d6d",
        "ink": "#ffffff",
        "glyph": "dot",
        "oc4ids": "preparation",
    },
    "construction": {
        "ru": "Строительство / ремонт",
        "kk": "Құрылыс / жөндеу",
        "en": "Under way",
        "color": "#c46016",
        "ink": "#000000",
        "glyph": "solid",
        "oc4ids": "implementation",
    },
    "suspended": {
        "ru": "Приостановлен",
        "kk": "Уақытша тоқтатылған",
        "en": "Suspended",
        "color": "#8c7a87",
        "ink": "#000000",
        "glyph": "pause",
        "oc4ids": "implementation",
        "oc4ids_note": "suspended",
    },
    "completed": {
        "ru": "Завершён",
        "kk": "Аяқталған",
        "en": "Completed",
        "color": "#1b552c",
        "ink": "#ffffff",
        "glyph": "check",
        "oc4ids": "completion",
    },
    "cancelled": {
        "ru": "Отменён",
        "kk": "Бас тартылған",
        "en": "Cancelled",
        "color": "#24151f",
        "ink": "#ffffff",
        "glyph": "cross",
        "oc4ids": "cancelled",
    },
}
# Statuses after which a promised date no longer matters.
FINAL_STATUSES = ("completed", "cancelled")

# ``shape`` names an SVG symbol drawn by the page (see geo/page/templates).
KINDS: dict[str, dict[str, str]] = {
    "polyclinic": {"ru": "Поликлиника", "kk": "Емхана", "en": "Polyclinic", "shape": "circle"},
    "hospital": {"ru": "Больница", "kk": "Аурухана", "en": "Hospital", "shape": "square"},
    "perinatal": {
        "ru": "Перинатальный центр",
        "kk": "Перинаталдық орталық",
        "en": "Perinatal centre",
        "shape": "diamond",
    },
    "maternity": {"ru": "Роддом", "kk": "Перзентхана", "en": "Maternity hospital", "shape": "heart"},
    "reproductive": {
        "ru": "Центр репродукции",
        "kk": "Репродукция орталығы",
        "en": "Reproduction centre",
        "shape": "drop",
    },
    "rehabilitation": {
        "ru": "Реабилитационный центр",
        "kk": "Оңалту орталығы",
        "en": "Rehabilitation centre",
        "shape": "triangle",
    },
    "oncology": {
        "ru": "Онкологический центр",
        "kk": "Онкологиялық орталық",
        "en": "Oncology centre",
        "shape": "hexagon",
    },
    "university_clinic": {
        "ru": "Университетская клиника",
        "kk": "Университеттік клиника",
        "en": "University clinic",
        "shape": "star",
    },
    "other": {"ru": "Иное / не указано", "kk": "Басқа / көрсетілмеген", "en": "Other / not stated", "shape": "cross"},
}

# ``oc4ids`` is the projectType code (equipment alone has none).  A record may
# name several kinds of work joined by ``+`` (``capital_repair+new_building``).
WORKS: dict[str, dict[str, str]] = {
    "new_building": {"ru": "Новое строительство", "kk": "Жаңа құрылыс", "en": "New building", "oc4ids": "construction"},
    "capital_repair": {
        "ru": "Капитальный ремонт",
        "kk": "Күрделі жөндеу",
        "en": "Capital repair",
        "oc4ids": "rehabilitation",
    },
    "reconstruction": {"ru": "Реконструкция", "kk": "Реконструкция", "en": "Reconstruction", "oc4ids": "replacement"},
    "modernisation": {"ru": "Модернизация", "kk": "Жаңғырту", "en": "Modernisation", "oc4ids": "rehabilitation"},
    "equipment": {"ru": "Оснащение оборудованием", "kk": "Жабдықтау", "en": "Equipment"},
    "repurposing": {
        "ru": "Перепрофилирование здания",
        "kk": "Ғимаратты қайта жабдықтау",
        "en": "Repurposing a building",
        "oc4ids": "rehabilitation",
    },
}

WORK_JOINER = "+"

# How far the marker may be from the facility, by the precision of its place.
PRECISIONS: dict[str, dict[str, str]] = {
    "exact": {"ru": "точные координаты", "kk": "нақты координаттар", "en": "exact coordinates"},
    "street": {"ru": "улица", "kk": "көше", "en": "street"},
    "landmark": {"ru": "объект", "kk": "нысан", "en": "landmark"},
    "microdistrict": {"ru": "микрорайон", "kk": "шағын аудан", "en": "microdistrict"},
    "district": {"ru": "район", "kk": "аудан", "en": "district"},
    "city": {"ru": "населённый пункт", "kk": "елді мекен", "en": "town or city"},
    "region": {"ru": "область", "kk": "облыс", "en": "region"},
    "country": {"ru": "вся страна", "kk": "бүкіл ел", "en": "whole country"},
}

# Most specific first: the order in which a place's parts win.
PRECISION_ORDER = list(PRECISIONS)
