"""The seed records: every project of the five articles, each traceable to its text."""

from __future__ import annotations

import csv
import re

import pytest

from tests.conftest import SEEDS

ARTICLES = SEEDS / "articles"


def _rows(name: str) -> list[dict[str, str]]:
    with (SEEDS / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _article(source: str) -> str:
    # Spaces folded: the articles wrap lines and use no-break spaces.
    return re.sub(r"\s+", " ", (ARTICLES / source).read_text(encoding="utf-8"))


RECORDS = _rows("facilities.csv")
SOURCES = {r["source"]: r for r in _rows("sources.csv")}


def test_articles_are_copied_unchanged():
    shared = SEEDS.parent.parent / "shared" / "seeds"
    if not shared.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    for original in shared.glob("*.txt"):
        assert (ARTICLES / original.name).read_bytes() == original.read_bytes()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # 000: Parasat, polyclinic 18 branch, 16, 15, the Kuanysh polyclinic, children's hospital 2
        ("000_6a26d36f4a63bbf9.txt", 6),
        # 001: polyclinic 3, reproduction centre, maternity 1, two rehabilitation centres, 500-visit polyclinic
        ("001_033d9678b3e45baa.txt", 6),
        # 002 names no single facility: its statements are notes
        ("002_ecebd01512c3325c.txt", 0),
        # 003: Karaganda oncology centre, Balkhash hub and children's rehabilitation centre
        ("003_50c20f056df4416d.txt", 3),
        # 004: 12 perinatal centres, 6 university clinics, 3 investor projects
        ("004_c7da5bddd48906bb.txt", 21),
    ],
)
def test_every_project_of_each_article_is_a_record(source, expected):
    assert sum(r["source"] == source for r in RECORDS) == expected


def test_perinatal_centres_are_the_twelve_cities_named():
    places = sorted(r["place"] for r in RECORDS if r["kind"] == "perinatal")
    assert places == sorted(
        [
            "Астана",
            "Алматы",
            "Шымкент",
            "Караганда",
            "Костанай",
            "Атырау",
            "Жезказган",
            "Кызылорда",
            "Тараз",
            "Уральск",
            "Каскелен",
            "с. Темирлановка, Туркестанская область",
        ]
    )


def test_statements_without_a_place_are_kept_as_notes():
    notes = {n["id"]: n for n in _rows("notes.csv")}
    assert {"ala-fetal", "ala-phc", "kz-district-hospitals", "aue-district-attached"} <= set(notes)
    assert "363 тысячи" in notes["aue-district-attached"]["text"]
    for note in notes.values():
        assert (ARTICLES / note["source"]).exists()


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_record_cites_its_article(record):
    source = SOURCES[record["source"]]
    assert (ARTICLES / record["source"]).exists()
    assert record["source_url"] == source["url"]
    assert record["published"] == source["published"]
    text = _article(record["source"])
    for fragment in record["quote"].split(" ... "):
        assert fragment.strip(" .") in text, f"quote not in the article: {fragment!r}"


FIGURES_AS_WRITTEN = [
    "cost_kzt",
    "funding_kzt",
    "cofinancing_kzt",
    "area_m2",
    "beds",
    "visits_per_shift",
    "progress_pct",
]


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_figures_are_written_as_the_article_writes_them(record):
    text = _article(record["source"])
    for column in FIGURES_AS_WRITTEN:
        if record[column]:
            assert record[column] in text, f"{column}={record[column]!r} is not in {record['source']}"
