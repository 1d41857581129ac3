"""Place names in Russian, Kazakh and Latin spellings resolve to the right place."""

from __future__ import annotations

import pytest

from geo.places.geonames import EXTRACT, _package_table, extract_kazakhstan, render_extract
from geo.places.resolve import resolve, suggest
from geo.places.text import fold


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("мкр. Жетісу-3", "жетису 3"),
        ("Қарағанды облысы", "караганды област"),
        ("ЁЛКА", "елка"),
        ("ул. Райымбека", "раиымбека"),
        ("Oʻral", "oʻral"),
        ("г. Алматы", "алматы"),
    ],
)
def test_fold(written, expected):
    assert fold(written) == expected


# Each group: spellings of one place, and the GeoNames id or curated id it must resolve to.
SPELLINGS = [
    (["Уральск", "Орал", "Oral", "Uralsk", "УРАЛЬСК"], "geonames:608668"),
    (["Петропавловск", "Петропавл", "Petropavl", "Petropavlovsk"], "geonames:1520172"),
    (["Семей", "Семипалатинск", "Semey", "Semipalatinsk"], "geonames:1519422"),
    (["Нур-Султан", "Астана", "Nur-Sultan", "Astana", "Нұр-Сұлтан"], "geonames:1526273"),
    (["Жезказган", "Жезқазған", "Zhezkazgan", "Jezkazgan"], "geonames:1516589"),
    (["Балхаш", "Балқаш", "Balkhash", "Balqash", "г. Балхаш"], "geonames:1525798"),
    (["Қарағанды", "Караганда", "Karaganda", "Qaraghandy", "КАРАГАНДЫ"], "geonames:609655"),
    (["Темирлановка", "Темирлан", "Темірлан", "Temirlanovka", "с. Темирлановка"], "geonames:1518266"),
    (["Алматы", "Алма-Ата", "Almaty", "Alma-Ata"], "geonames:1526384"),
    (["Шымкент", "Чимкент", "Shymkent", "Шымкент қаласы"], "geonames:1518980"),
    (["Кызылорда", "Қызылорда", "Kyzylorda"], "geonames:1519922"),
    (["Каскелен", "Қаскелең", "Kaskelen"], "KAZ005-kaskelen"),
    (["Ауэзовский район", "Әуезов ауданы", "Ауэзовский"], "ala-auezov"),
    (["мкр. Жетысу-3", "микрорайон Жетысу-3", "Жетісу-3"], "ala-zhetysu-3"),
    (["Карагандинская область", "Қарағанды облысы", "Karaganda Region"], "KAZ011"),
    (["Туркестанская область", "Түркістан облысы", "ЮКО"], "KAZ018"),
]


@pytest.mark.parametrize(
    ("written", "place_id"), [(w, pid) for names, pid in SPELLINGS for w in names], ids=lambda v: str(v)
)
def test_spellings_resolve_to_one_place(gazetteer, written, place_id):
    hit = resolve(written, gazetteer)
    assert hit is not None, f"{written!r} did not resolve"
    assert hit.place.id == place_id


@pytest.mark.parametrize(
    ("written", "precision", "name"),
    [
        ("мкр. Жетысу-3, Ауэзовский район, Алматы", "microdistrict", "микрорайон Жетысу-3"),
        ("мкр. Таугуль-3, Ауэзовский район, Алматы", "microdistrict", "микрорайон Таугуль-3"),
        # Жулдыз-9 is not in the gazetteer: the district is the most specific part that resolves.
        ("мкр. Жулдыз-9, Ауэзовский район, Алматы", "district", "Ауэзовский район"),
        ("ул. Райымбека, Алмалинский район, Алматы", "street", "проспект Райымбека (Алмалинский район)"),
        (
            "пересечение Айтеке би – Масанчи, Алмалинский район, Алматы",
            "street",
            "пересечение улиц Айтеке би и Масанчи",
        ),
        ("Алмалинский район, Алматы", "district", "Алмалинский район"),
        ("с. Темирлановка, Туркестанская область", "city", "Темирлановка"),
        ("Туркестанская область", "region", "Туркестанская область"),
        ("Казахстан", "country", "Казахстан"),
    ],
)
def test_most_specific_part_wins(gazetteer, written, precision, name):
    hit = resolve(written, gazetteer)
    assert (hit.place.precision, hit.place.name) == (precision, name)


def test_unused_parts_are_reported(gazetteer):
    assert resolve("мкр. Жулдыз-9, Ауэзовский район, Алматы", gazetteer).unmatched == ("мкр. Жулдыз-9",)


@pytest.mark.parametrize("written", ["Атлантида", "ул. Несуществующая", "Springfield"])
def test_unknown_places_do_not_resolve(gazetteer, written):
    assert resolve(written, gazetteer) is None


@pytest.mark.parametrize(("written", "names"), [("Шу", ["Шу"]), ("Об", []), ("о", []), ("Ойыл", ["Ойыл"])])
def test_a_short_word_is_a_name_as_written_or_none(gazetteer, written, names):
    # «Об этом сообщила …» once found Ойыл by a stem of one letter; the town Шу has two.
    assert [p.name for p in gazetteer.lookup(written)] == names


@pytest.mark.parametrize(
    ("typo", "suggested"),
    [("Карагнда", "Караганда"), ("Ауэзовскй район", "Ауэзовский район"), ("Petropavlosk", "Петропавл")],
)
def test_suggestions_find_the_closest_spelling(gazetteer, typo, suggested):
    assert suggested in suggest(typo, gazetteer)


def test_geonames_extract_matches_the_pinned_package():
    assert EXTRACT.read_text(encoding="utf-8") == render_extract(extract_kazakhstan(_package_table()))


def test_outlines_file_matches_the_data(regions):
    from geo.places.outlines import compute_outlines, load_outlines

    assert load_outlines() == compute_outlines(regions), "run: python -m geo.places.outlines"
