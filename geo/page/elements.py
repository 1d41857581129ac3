"""Page elements whose output goes into map.html as it is.

Each element of ours owns a small template: its own style and script, and
its data serialised by ``script_json``.  They render through
:class:`ScriptElement` and :class:`RawHTML` rather than branca's usual path,
which compiles rendered output as a Jinja template once more.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from pathlib import Path

import folium
import orjson
from branca.element import Element, MacroElement
from folium.template import Environment

TEMPLATES = Path(__file__).parent / "templates"


class RawHTML(Element):
    """HTML put into the page as it is.

    branca's Element compiles its text as a Jinja template: slow for 180 kB
    of library code, and wrong for code that happens to hold ``{{``.
    """

    def __init__(self, html: str):
        super().__init__()
        self.html = html

    def render(self, **kwargs) -> str:
        return self.html


def script_json(value: object) -> bytes:
    """Serialise ``value`` (numpy arrays too) as UTF-8 JSON that can stand inside a ``<script>``.

    ``<``, ``>`` and ``&`` are escaped, so no value can close the script
    or open a comment; U+2028/2029 are escaped for old JavaScript parsers.
    Cyrillic stays as UTF-8 (half the bytes of ``\\uXXXX`` escapes).
    """
    data = orjson.dumps(value, option=orjson.OPT_SERIALIZE_NUMPY)
    for char, escape in (
        (b"<", b"\\u003c"),
        (b">", b"\\u003e"),
        (b"&", b"\\u0026"),
        ("\u2028".encode(), b"\\u2028"),
        ("\u2029".encode(), b"\\u2029"),
    ):
        data = data.replace(char, escape)
    return data


def script_template(name: str, *, variable: str) -> folium.template.Template:
    """Return the template of an element from ``templates/{name}.css`` and ``templates/{name}.js``.

    The script sees ``map`` and the element's ``this.data`` as ``variable``.
    The element's own code and style are part of the template; its data
    stands in a ``<script type="application/json">`` of its own, as a marker
    that :func:`render_page` replaces.
    """
    css = (TEMPLATES / f"{name}.css").read_text(encoding="utf-8")
    js = (TEMPLATES / f"{name}.js").read_text(encoding="utf-8")
    tiles = "var tiles = {{ this.tiles.get_name() }};\n" if "tiles." in js else ""
    source = (
        "{% macro header(this, kwargs) %}<style>" + css + "</style>{% endmacro %}\n"
        "{% macro script(this, kwargs) %}\n(function () {\n"
        "var map = {{ this._parent.get_name() }};\n"
        + tiles
        + "var "
        + variable
        # The data stands in a JSON script of its own: the browser parses JSON faster than a
        # script literal of the same size (a quarter of a second at 100,000 records).
        + " = JSON.parse(document.getElementById('{{ this.data_id }}').textContent);\n"
        + js
        + "\n})();\n{% endmacro %}"
    )
    return Environment().from_string(source)


class ScriptElement(MacroElement):
    """An element whose rendered style and script go into the page as they are.

    branca's MacroElement.render wraps each rendered macro in an Element,
    which compiles it as a Jinja template again: a record holding "{{"
    would be evaluated, and 10 MB of data would be parsed as a template.
    The element's ``data`` never becomes part of the page's text: the text
    holds a random marker, and :func:`render_page` puts the JSON there.
    """

    data: object = None

    def render(self, **kwargs) -> None:
        figure = self.get_root()
        token = secrets.token_hex(16)
        self.data_marker = f"/*data:{token}*/"
        self.data_id = f"data-{self.get_name()}"
        self.payload = script_json(self.data)
        module = self._template.module
        figure.header.add_child(RawHTML(module.header(self, kwargs)), name=self.get_name())
        # «<» is escaped in the JSON (script_json): nothing in it can end this script element.
        json_script = f'<script type="application/json" id="{self.data_id}">{self.data_marker}</script>'
        figure.html.add_child(RawHTML(json_script), name=self.get_name() + "_data")
        figure.script.add_child(RawHTML(module.script(self, kwargs)), name=self.get_name())


def _elements(element: Element) -> Iterator[Element]:
    yield element
    for child in element._children.values():
        yield from _elements(child)


# folium's viewport forbids zooming the page: people who need larger text could not pinch it (WCAG 1.4.4).
_FIXED_VIEWPORT = re.compile(r",\s*maximum-scale=1\.0,\s*user-scalable=no")


def render_page(fmap: folium.Map, *, lang: str = "") -> list[bytes]:
    """Return the page of ``fmap`` as UTF-8 pieces, each element's data in its place.

    At 100,000 records the data is 8 MB of JSON.  It goes from orjson to the
    file as bytes and is never copied into the page's text, where Cyrillic
    takes two bytes a character and each rendering step copies it again.
    ``lang`` is the page's language (``<html lang>``); the page may be zoomed.
    """
    root = fmap.get_root()
    text = _FIXED_VIEWPORT.sub("", root.render(), count=1)
    if lang:
        text = text.replace("<html>", f'<html lang="{lang}">', 1)
    payloads = {e.data_marker: e.payload for e in _elements(root) if isinstance(e, ScriptElement)}
    if not payloads:
        return [text.encode("utf-8")]
    pieces = re.split("(" + "|".join(re.escape(m) for m in payloads) + ")", text)
    return [payloads[p] if p in payloads else p.encode("utf-8") for p in pieces]
