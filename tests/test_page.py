"""The page is built once from data and holds no per-record code and no CDN links."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from geo.page.elements import script_json


@pytest.mark.parametrize(
    "value",
    [
        "</script><script>alert(1)</script>",
        "<!-- comment",
        "a & b > c",
        "line\u2028separator\u2029",
        "«Парасат» — 11,5 млрд ₸",
    ],
)
def test_script_json_cannot_end_the_script(value):
    data = script_json({"v": value})
    assert b"<" not in data and b">" not in data and "\u2028".encode() not in data
    assert json.loads(data) == {"v": value}


def test_cyrillic_is_embedded_as_utf8_not_escapes():
    assert script_json("Алматы") == '"Алматы"'.encode()


@pytest.mark.parametrize(
    "value",
    ["Алматы", "Қарағанды — «центр» 😀 é", "</script>&\u2028", ["Ж", None, 1.5, {"ключ": "Ә"}]],
)
def test_large_data_is_written_in_ascii(value):
    data = script_json(value, ascii=True)
    assert data.isascii() and b"<" not in data
    assert json.loads(data) == value


def test_data_from_a_megabyte_on_is_ascii():
    from geo.page.elements import ASCII_FROM

    big = ["Құрамыс " + "x" * 100] * (ASCII_FROM // 100)
    assert script_json(big).isascii()
    assert not script_json(big[:10]).isascii()


@pytest.mark.parametrize("ascii", [None, True, False])
def test_parts_go_into_the_page_as_they_are(ascii):
    from geo.page.elements import JSONPart, script_pieces

    columns = {"name": ["Емхана", "</script>"], "codes": [0, 1, 1]}
    part = JSONPart(columns, ascii=ascii)
    value = {"config": {"ru": "Запланирован"}, "facilities": JSONPart({"name": part}), "n": 2}
    pieces = script_pieces(value, ascii=ascii)
    assert any(piece is part.pieces[0] for piece in pieces)  # not copied
    whole = b"".join(pieces)
    assert json.loads(whole) == {"config": {"ru": "Запланирован"}, "facilities": {"name": columns}, "n": 2}
    assert b"<" not in whole
    assert whole.isascii() == bool(ascii)


NAN = float("nan")


@pytest.mark.parametrize(
    ("values", "dtype", "expected"),
    [
        pytest.param(["a", "", "b"], "str", '["a",null,"b"]', id="few-values-as-a-list"),
        pytest.param(["", ""], "str", "null", id="all-empty-left-out"),
        pytest.param([NAN, NAN], "float64", "null", id="all-missing-left-out"),
        pytest.param([2.0, NAN, 2.5], "float64", "[2.0,null,2.5]", id="fractions-stay"),
        pytest.param([2030.0, NAN, 2031.0], "float64", "[2030,null,2031]", id="whole-numbers-without-.0"),
        # Repeating values become codes; null, when there is one, is code 0.
        pytest.param(
            [NAN] * 9 + [5.0], "float64", '{"values":[null,5],"codes":[0,0,0,0,0,0,0,0,0,1]}', id="sparse-null-first"
        ),
        pytest.param(["x"] * 9, "str", '{"values":["x"],"codes":[0,0,0,0,0,0,0,0,0]}', id="no-null-no-null-entry"),
    ],
)
def test_page_column(values, dtype, expected):
    from geo.page.map import _column

    assert script_json(_column(pd.Series(values, dtype=dtype))) == expected.encode()


def test_records_are_embedded_once(seed_outputs):
    html = seed_outputs.html
    # Each name appears once: in the data, not again in generated markup.
    assert html.count("Филиал поликлиники № 18") == 1
    assert html.count("Городской родильный дом № 1") == 1
    assert html.count('"aue-parasat"') == 1


def test_no_resource_is_loaded_from_the_network(seed_outputs):
    html = seed_outputs.html
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=", html)
    for cdn in ("cdn.jsdelivr", "cdnjs", "unpkg.com", "code.jquery", "bootstrapcdn", "fonts.googleapis"):
        assert cdn not in html


def test_periods_come_in_the_records_order_run_after_run():
    from geo.page.map import period_labels

    frame = pd.DataFrame(
        {"due": ["IV квартал 2026", "до конца 2025 года", ""], "due_year": [2026.0, 2025.0, NAN], "start": ["", "", ""]}
    )
    assert list(period_labels(frame)) == ["IV квартал 2026|2026", "до конца 2025 года|2025"]
