"""The page is built once from data and holds no per-record code and no CDN links."""

from __future__ import annotations

import json
import re

import pytest

from geo.elements import script_json


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
