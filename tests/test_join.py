"""Records join to points with a precision, and to the region that holds them."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def facilities(seed_outputs):
    return seed_outputs.facilities.set_index("id")


@pytest.mark.parametrize(
    ("record", "region"),
    [
        ("aue-parasat", "KAZ004"),  # Almaty city
        ("alm-poly500", "KAZ004"),
        ("krg-oncology", "KAZ011"),  # Karaganda region
        ("blk-hub", "KAZ011"),
        ("kz-perinatal-kaskelen", "KAZ005"),  # Almaty region
        ("kz-perinatal-temirlanovka", "KAZ018"),  # Turkistan region
        ("kz-perinatal-zhezkazgan", "KAZ019"),  # Ulytau region since 2022
        ("kz-uniclinic-semey", "KAZ001"),  # Abay region since 2022
        ("kz-perinatal-uralsk", "KAZ020"),
        ("kz-investor-petropavlovsk", "KAZ015"),
        ("kz-perinatal-shymkent", "KAZ017"),
        ("kz-perinatal-astana", "KAZ006"),
    ],
)
def test_region_by_point_in_polygon(facilities, record, region):
    assert facilities.loc[record, "region"] == region


@pytest.mark.parametrize(
    ("record", "precision"),
    [
        ("aue-parasat", "microdistrict"),
        ("aue-poly18-taugul", "microdistrict"),
        ("aue-poly16", "district"),
        ("aue-poly-kuanysh", "district"),
        ("alm-sport-rehab", "street"),
        ("alm-poly500", "street"),
        ("blk-child-rehab", "city"),
        ("kz-perinatal-temirlanovka", "city"),
    ],
)
def test_precision_says_how_approximate(facilities, record, precision):
    assert facilities.loc[record, "precision"] == precision


def test_every_record_has_a_point_and_a_region(facilities):
    assert facilities.geometry.notna().all()
    assert not facilities.geometry.is_empty.any()
    assert facilities["region"].notna().all()


def test_coordinates_in_a_record_win():
    from geo.join import place_records
    from geo.places.reference import load_reference
    from geo.records import Table, records_frame

    table = Table.from_rows(
        "x.csv",
        [(2, {"id": "a", "name": "A", "kind": "hospital", "status": "planned", "place": "Алматы",
              "source": "s", "source_url": "https://e.kz", "lat": "49.8", "lon": "73.1"})],
    )  # fmt: skip
    out = place_records(records_frame(table), load_reference(), file="x.csv").facilities
    row = out.iloc[0]
    assert (row.precision, row.geometry.y, row.geometry.x, row.region) == ("exact", 49.8, 73.1, "KAZ011")
