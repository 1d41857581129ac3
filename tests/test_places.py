"""Places anywhere in the country: the right point, never in another region than the text names."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.places.regions import regions_of_points, wider_regions
from geo.places.resolve import resolve, suggest
from geo.places.text import fold, place_type

DATA = Path(__file__).parent / "data" / "places"
REPORTERS = list(csv.DictReader((DATA / "reporters.csv").open(encoding="utf-8")))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def reference():
    from geo.places.reference import load_reference

    return load_reference()


def test_the_table_is_large_and_varied():
    assert len(REPORTERS) >= 120
    precisions = {row["precision"] for row in REPORTERS}
    assert {"city", "district", "microdistrict", "region", "country"} <= precisions
    assert len({row["region"] for row in REPORTERS if row["region"]}) == 20


@pytest.mark.parametrize("row", REPORTERS, ids=[row["text"] for row in REPORTERS])
def test_reporters_place_strings(reference, row):
    hit = resolve(row["text"], reference.gazetteer)
    assert hit is not None and hit.place is not None, f"{row['text']!r} did not resolve"
    place = hit.place
    assert (place.name, place.precision) == (row["place"], row["precision"])
    if row["region"]:
        assert place.region == row["region"]
        # The point itself lies in the region, by the boundaries.
        inside = regions_of_points(np.array([place.lon]), np.array([place.lat]), reference.regions)[0]
        assert inside == row["region"], f"{place.name} is drawn in {inside}, not {row['region']}"
    if row["tolerance_km"]:
        away = km(place.lat, place.lon, float(row["ref_lat"]), float(row["ref_lon"]))
        assert away <= float(row["tolerance_km"]), f"{away:.0f} km from the reference point"


def _homonyms(reference) -> list[tuple[str, str]]:
    """Every (settlement name, region) where the name stands for places in more than one region."""
    by_name: dict[str, set[str]] = {}
    for place in reference.gazetteer.places:
        if place.precision == "city" and place.region:
            by_name.setdefault(place.name, set()).add(place.region)
    return [(name, region) for name, regions in sorted(by_name.items()) if len(regions) > 1 for region in regions]


def test_a_homonym_is_never_placed_outside_the_region_its_text_names(reference):
    names = reference.region_names()
    wider = wider_regions(reference.regions)
    pairs = _homonyms(reference)
    assert len(pairs) > 20
    for name, region in pairs:
        for written in (f"с. {name}, {names[region]}", f"{name}, {names[region]}"):
            hit = resolve(written, reference.gazetteer)
            assert hit is not None and hit.place is not None, written
            inside = regions_of_points(np.array([hit.place.lon]), np.array([hit.place.lat]), reference.regions)[0]
            assert inside in wider[region], f"{written!r} drawn in {inside}"


@pytest.mark.parametrize(
    ("written", "region"),
    [
        # GeoNames keeps the admin1 codes of before 2022 for these; the boundaries say where they are now.
        ("Урджар", "KAZ001"),
        ("Урджар, Восточно-Казахстанская область", "KAZ001"),
        ("Жангизтобе", "KAZ001"),
        ("Жангизтобе, ВКО", "KAZ001"),
        # Sayram became part of Shymkent in 2014 (http://wiki-org.ru/wiki/%D0%A1%D0%B0%D0%B9%D1%80%D0%B0%D0%BC).
        ("Сайрам", "KAZ017"),
        ("Сайрам, Туркестанская область", "KAZ017"),
    ],
)
def test_known_disagreements_of_geonames_and_the_boundaries(reference, written, region):
    hit = resolve(written, reference.gazetteer)
    assert hit.place.region == region


def test_known_disagreements_are_all_listed(reference):
    """Every GeoNames place whose admin1 region is not the one its point lies in is one of the known three."""
    disagree = {p.name_en for p in reference.gazetteer.places if p.id.startswith("geonames:") and len(p.regions) > 1}
    assert disagree == {"Urzhar", "Zhalghyztobe", "Sayram"}


def test_every_rural_district_resolves_by_its_names_with_its_region(reference):
    names = reference.region_names()
    districts = [p for p in reference.gazetteer.places if p.kind == "district"]
    assert len(districts) >= 160
    assert len({d.region for d in districts}) == 17  # every region but the three cities
    for district in districts:
        for name in (district.name, district.name_kk):
            hit = resolve(f"{name}, {names[district.region]}", reference.gazetteer)
            assert hit.place == district, f"{name}, {names[district.region]}"
    lon = np.array([d.lon for d in districts])
    lat = np.array([d.lat for d in districts])
    inside = regions_of_points(lon, lat, reference.regions)
    wrong = [(d.name, d.region, r) for d, r in zip(districts, inside, strict=True) if r != d.region]
    assert not wrong


@pytest.mark.parametrize(
    ("written", "place", "precision", "unmatched"),
    [
        # A village the gazetteer lacks falls back to the district, then the region, that the text names.
        ("с. Жулдызай, Карасайский район, Алматинская область", "Карасайский район", "district", ("с. Жулдызай",)),
        ("с. Каракемер Карасайского района Алматинской области", "Карасайский район", "district", ()),
        ("Қаракемер ауылы, Қарасай ауданы, Алматы облысы", "Карасайский район", "district", ()),
        ("ауыл Жулдызай, Түркістан облысы", "Туркестанская область", "region", ("ауыл Жулдызай",)),
        ("Абай, Келесский район, Туркестанская область", "Абай", "city", ()),
        ("мкр. Жулдыз-9, Алатауский район, Алматы", "Алатауский район", "district", ("мкр. Жулдыз-9",)),
        ("мкр. Шанырак-2, Алматы", "Алатауский район", "district", ()),
        ("Коктал-2, Астана", "Коктал", "microdistrict", ()),
        ("метро Алмалы", "станция метро «Алмалы»", "landmark", ()),
        ("Зелёный базар, Алматы", "Зелёный базар", "landmark", ()),
        ("Алмалы, ЗКО", "Алмалы", "city", ()),
        # A village beside a big city is in its region or near it: not the Достық (Дружба) of Zhetisu Region.
        ("Достық шағын ауданы, Павлодар", "Павлодар", "city", ("Достық шағын ауданы",)),
        ("Косшы, Астана", "Коши", "city", ()),
        ("Талгар, Алматы", "Талгар", "city", ()),
        # Astana's Nura district (made in 2022), not the Esil district it was carved from.
        ("Нұра ауданы, Астана", "район Нура", "district", ()),
    ],
)
def test_the_most_specific_named_unit_that_resolves(reference, written, place, precision, unmatched):
    hit = resolve(written, reference.gazetteer)
    assert (hit.place.name, hit.place.precision) == (place, precision)
    if unmatched:
        assert hit.unmatched == unmatched


def test_abay_of_keles_is_not_abay_of_karaganda(reference):
    hit = resolve("Абай, Келесский район, Туркестанская область", reference.gazetteer)
    assert hit.place.region == "KAZ018"
    assert resolve("г. Абай, Карагандинская область", reference.gazetteer).place.region == "KAZ011"


def test_a_name_of_a_village_and_of_a_city_district_is_refused_with_the_choices(reference):
    # Алмалы: a village of West Kazakhstan, and Almaty's Алмалинский район as people say it.
    hit = resolve("Алмалы", reference.gazetteer)
    assert hit.place is None
    assert {c.region for c in hit.choices} == {"KAZ020", "KAZ004"}


def test_a_district_in_several_regions_is_refused_with_the_choices(reference):
    hit = resolve("Абайский район", reference.gazetteer)
    assert hit.place is None
    assert {c.region for c in hit.choices} == {"KAZ001", "KAZ011", "KAZ017"}
    assert resolve("Абайский район, Абайская область", reference.gazetteer).place.region == "KAZ001"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("с. Ақсу", "аксу"),
        ("село Аксу", "аксу"),
        ("п. Ботакара", "ботакара"),
        ("пос. Ботакара", "ботакара"),
        ("пгт Ботакара", "ботакара"),
        ("посёлок городского типа Ботакара", "ботакара"),
        ("аул Шаян", "шаян"),
        ("ауыл Шаян", "шаян"),
        ("Шаян ауылы", "шаян"),
        ("Шаян ауылында", "шаян"),
        ("Шаян ауылындағы", "шаян"),
        ("а. Шаян", "шаян"),
        ("кент Ботакара", "ботакара"),
        ("Ботақара кенті", "ботакара"),
        ("г. Балхаш", "балхаш"),
        ("Балқаш қаласы", "балкаш"),
        ("Балқаш қаласында", "балкаш"),
        ("жилой массив Кокжиек", "кокжиек"),
        ("ж.м. Кокжиек", "кокжиек"),
        ("Жетісу-3 шағын ауданы", "жетису 3"),
        ("Каракемерский сельский округ", "каракемер"),
        ("Қаракемер ауылдық округі", "каракемер"),
        ("Карасайский р-н", "карасаискии раион"),
    ],
)
def test_settlement_words_and_kazakh_endings_fold_away(written, key):
    assert fold(written) == key


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("с. Аксу", "settlement"),
        ("Ақсу ауылында", "settlement"),
        ("г. Аксу", "city"),
        ("Карасайского района", "district"),
        ("Қарасай ауданында", "district"),
        ("Алматинской области", "region"),
        ("мкр. Самал", "microdistrict"),
        ("Аксу", ""),
    ],
)
def test_place_type_reads_the_kind_words(written, kind):
    assert place_type(written) == kind


@pytest.mark.parametrize(
    ("written", "name"),
    [("Шымкентте", "Шымкент"), ("Қарағандыда", "Караганда"), ("Ақтөбеде", "Актобе"), ("Түркістанның", "Туркестан")],
)
def test_a_city_written_with_a_kazakh_case_ending(reference, written, name):
    assert resolve(written, reference.gazetteer).place.name == name


HEADER = "id,name,kind,status,place,source,source_url,lat,lon"


def _build(tmp_path, capsys, rows: list[str], *, places: str | None = None) -> tuple[int, list[str], str]:
    import make_map

    data = tmp_path / "x.csv"
    data.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    if places is not None:
        (tmp_path / "places.csv").write_text(places, encoding="utf-8")
    code = make_map.main(["--data", str(data), "--out", str(tmp_path / "map.html")])
    captured = capsys.readouterr()
    err = [line.replace(str(tmp_path) + "/", "") for line in captured.err.splitlines()]
    return code, err, captured.out.replace(str(tmp_path) + "/", "")


@pytest.mark.parametrize(
    ("lat", "lon", "message"),
    [
        (
            "41.3111",
            "69.2797",
            "x.csv:2: lat: 41.3111, 69.2797 is 13 km outside Kazakhstan, near Tashkent (Uzbekistan) — check the "
            "coordinates (in Kazakhstan lat is 40…56 and lon 46…88), or leave them empty so that place decides",
        ),
        ("43.8254", "87.6168", "x.csv:2: lat: 43.8254, 87.6168 is 393 km outside Kazakhstan, near Ürümqi (China)"),
        ("54.9885", "73.3242", "x.csv:2: lat: 54.9885, 73.3242 is 100 km outside Kazakhstan, near Omsk (Russia)"),
        ("42.8746", "74.5698", "x.csv:2: lat: 42.8746, 74.5698 is 19 km outside Kazakhstan, near Bishkek (Kyrgyzstan)"),
        (
            "76.945",
            "43.238",
            "x.csv:2: lat: 76.945, 43.238 is 2602 km outside Kazakhstan — lat and lon look swapped: "
            "write lat 43.238, lon 76.945",
        ),
    ],
)
def test_coordinates_outside_the_country_are_refused(tmp_path, capsys, lat, lon, message):
    code, err, _ = _build(tmp_path, capsys, [f"a1,A,hospital,planned,Алматы,s,https://e.kz,{lat},{lon}"])
    assert code == 2
    assert err[0].startswith(message)
    assert not (tmp_path / "map.html").exists()


def test_coordinates_near_the_border_are_kept(tmp_path, capsys):
    # Zharkent, 30 km from the Chinese border, and a point 5 km past the simplified outline's edge.
    code, err, out = _build(tmp_path, capsys, ["a1,A,hospital,planned,Жаркент,s,https://e.kz,44.1667,80.0000"])
    assert code == 0, err
    assert "warning" not in out


def test_coordinates_far_from_the_place_named_are_a_warning(tmp_path, capsys):
    # Karaganda's coordinates on a record that names Almaty: kept, and said.
    code, err, out = _build(tmp_path, capsys, ["a1,A,hospital,planned,Алматы,s,https://e.kz,49.8,73.1"])
    assert code == 0, err
    assert (
        "warning: x.csv:2: lat/lon 49.8, 73.1 is 784 km from Алматы, which place names — check one or the other" in out
    )


def test_an_ambiguous_place_is_refused_with_the_choices(tmp_path, capsys):
    code, err, _ = _build(tmp_path, capsys, ["a1,A,hospital,planned,Абайский район,s,https://e.kz,,"])
    assert code == 2
    assert err[0] == (
        "x.csv:2: place: 'Абайский район' fits places in several regions: Абайский район (Шымкент) (город Шымкент); "
        "Абайский район (Карагандинская область); Абайский район (Абайская область) — add the region or district, "
        "e.g. «Абайский район, город Шымкент»"
    )


USER_PLACES = """name_ru,name_kk,aliases,precision,lat,lon,radius_m,parent,region,source
Жулдызай,Жұлдызай,,city,43.31,76.70,2000,"Карасайский район, Алматинская область",,my own survey 2026-11
мкр. Жулдыз-9,,Жулдыз 9,microdistrict,43.20,76.88,800,Ауэзовский район,,city akimat map
"""


def test_a_users_places_file_resolves_their_places(tmp_path, capsys):
    code, err, out = _build(
        tmp_path,
        capsys,
        [
            'a1,A,hospital,planned,"с. Жулдызай, Карасайский район",s,https://e.kz,,',
            'a2,B,polyclinic,planned,"мкр. Жулдыз-9, Алматы",s,https://e.kz,,',
        ],
        places=USER_PLACES,
    )
    assert code == 0, err
    assert "coarse" not in out
    import json

    features = json.loads((tmp_path / "facilities.geojson").read_text(encoding="utf-8"))["features"]
    got = {f["properties"]["id"]: (f["properties"]["precision"], f["properties"]["region"]) for f in features}
    assert got == {"a1": ("city", "KAZ005"), "a2": ("microdistrict", "KAZ004")}


def test_a_bad_places_file_names_the_line_and_the_fix(tmp_path, capsys):
    bad = USER_PLACES.replace("43.31,76.70", "93.31,76.70").replace(",microdistrict,", ",quarter,")
    code, err, _ = _build(tmp_path, capsys, ["a1,A,hospital,planned,Алматы,s,https://e.kz,,"], places=bad)
    assert code == 2
    assert err[:2] == [
        "places.csv:2: lat: '93.31' is not a number from 40 to 56 — write decimal degrees such as 43.238 (WGS84)",
        "places.csv:3: precision: 'quarter' is not a precision — use one of: street, microdistrict, district, city",
    ]


def test_a_users_place_abroad_is_refused(tmp_path, capsys):
    tashkent = USER_PLACES.replace("43.31,76.70", "41.3111,69.2797")
    code, err, _ = _build(tmp_path, capsys, ["a1,A,hospital,planned,Алматы,s,https://e.kz,,"], places=tashkent)
    assert code == 2
    assert err[0].startswith(
        "places.csv:2: lat: 41.3111, 69.2797 is 13 km outside Kazakhstan, near Tashkent (Uzbekistan)"
    )


def test_an_unknown_place_says_how_to_add_it(tmp_path, capsys):
    code, err, _ = _build(tmp_path, capsys, ["a1,A,hospital,planned,с. Жулдызай,s,https://e.kz,,"])
    assert code == 2
    assert "add the place to places.csv beside the records" in err[0]


_PIECES = st.sampled_from(
    ["с.", "Аксу", "Ақсу ауылында", ",", " ", "район", "области", "облысы", "(", ")", "-", "2", "мкр.", "р-н",
     "обл.", "Алматы", "Абай", "ж.м.", "ауд.", "қ.", "сельский округ", "Turkistan", "«", "/", ";", "—", "ё"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=12).map("".join))
def test_any_text_resolves_or_not_without_an_error(reference, text):
    hit = resolve(text, reference.gazetteer)
    assert hit is None or hit.place is not None or len(hit.choices) > 1
    suggest(text, reference.gazetteer)
