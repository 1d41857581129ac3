"""What the build gives the page's search (geo.page.search), and that the page folds words the same way."""

from __future__ import annotations

import pytest

from geo.page.search import kazakh_stem, place_entries, stems, words
from tests.browser import open_map


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Городская поликлиника № 16", ["городская", "поликлиника", "16"]),
        ("Поликлиника №16", ["поликлиника", "16"]),
        ("Қарағанды", ["караганды"]),
        ("ЁЛКА-2 «Парасат»", ["елка", "2", "парасат"]),
        ("Жетісу-3 мкр.", ["жетису", "3", "мкр"]),
        ("Almatý", ["almaty"]),
        ("Объект", ["обект"]),
    ],
)
def test_words_fold_as_the_page_does(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("орталыгы", "орталык"),  # орталығы → орталық: the voiced final consonant unvoiced
        ("орталыгынын", "орталык"),
        ("емханасы", "емхана"),
        ("емханасына", "емхана"),
        ("емхананын", "емхана"),
        ("ауруханалары", "аурухана"),
        ("китабы", "китап"),
        ("емхана", "емхана"),  # no ending
    ],
)
def test_kazakh_stems(word, stem):
    assert kazakh_stem(word) == stem


def test_stems_use_snowball_for_russian_and_endings_for_kazakh():
    found = stems(["Городские больницы", "Оңалту орталығы"])
    assert found["болницы"] == "болниц"  # folded: ь dropped, as the page drops it
    assert found["городские"] == "городск"
    assert found["орталыгы"] == "орталык"
    assert "оналту" not in found  # a word that is its own stem is not listed


def test_a_place_knows_its_old_and_latin_names_and_its_citys(gazetteer):
    semey = next(p for p in gazetteer.places if p.name == "Семей" and p.precision == "city")
    entry = place_entries([semey.id], gazetteer)[semey.id]
    assert "Семипалатинск" in entry["names"]
    assert entry["name"]["en"] == semey.name_en
    district = next(p for p in gazetteer.places if p.id == "ala-auezov")
    names = place_entries([district.id], gazetteer)[district.id]["names"]
    assert "Almaty" in names and "Алма-Ата" in names  # its city's names
    assert "a la mu tu" not in names  # syllable strings would match anything


def test_the_page_folds_words_as_the_build(browser, seed_map):
    texts = [
        "Городская поликлиника № 16",
        "Қарағанды облысы, Балқаш қаласы",
        "ЁЛКА-2 «Парасат» — центр",
        "Almatý, Nur-Sultan",
        "мкр. Жетысу-3, Ауэзовский район",
        "Объект № 7/2",
    ]
    s = open_map(browser, seed_map)
    try:
        assert s.page.evaluate("ts => ts.map(t => facilityExplorer.words(t))", texts) == [words(t) for t in texts]
    finally:
        s.page.context.close()
