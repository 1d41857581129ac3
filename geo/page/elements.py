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


# From this many bytes of JSON on, an element's data is written in ASCII only.
ASCII_FROM = 1_000_000


def script_json(value: object, *, ascii: bool | None = None) -> bytes:
    """Serialise ``value`` (numpy arrays too) as UTF-8 JSON that can stand inside a ``<script>``.

    ``<``, ``>`` and ``&`` are escaped, so no value can close the script
    or open a comment; U+2028/2029 are escaped for old JavaScript parsers.
    Cyrillic stays as UTF-8 (half the bytes of ``\\uXXXX`` escapes) unless
    ``ascii`` is true, or is None and the JSON has ``ASCII_FROM`` bytes or
    more: a script element that holds one letter above U+007F is parsed two
    bytes a character, and Chromium read the 15 MB of a 100,000-record page
    0.2 s sooner once its 50,000 such letters were escaped.
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
    if ascii is None:
        ascii = len(data) >= ASCII_FROM
    if ascii and not data.isascii():
        data = _NON_ASCII.sub(_escape_run, data)
    return data


_NON_ASCII = re.compile(rb"[\x80-\xff]+")


def _escape_run(match: re.Match) -> bytes:
    # A run between ASCII bytes is whole UTF-8 letters.  UTF-16 code units, so that a letter beyond
    # U+FFFF becomes its surrogate pair, as JSON writes it.
    units = match.group().decode("utf-8").encode("utf-16-be").hex().encode("ascii")
    return b"".join(b"\\u" + units[k : k + 4] for k in range(0, len(units), 4))


class JSONPart:
    """A large part of an element's data, serialised at once (safe in a script) as pieces of bytes.

    Its dicts and lists can be freed before the rest of the page is made,
    and its bytes go into the page as they are: the 15 MB of a
    100,000-record page are never copied into the element's JSON.  A dict
    of parts is a part too.  ``ascii`` as for :func:`script_json`.
    """

    __slots__ = ("pieces",)

    def __init__(self, value: object, *, ascii: bool | None = None):
        self.pieces = script_pieces(value, ascii=ascii)


def script_pieces(value: object, *, ascii: bool | None = None) -> list[bytes]:
    """Return :func:`script_json` of ``value`` as pieces; each :class:`JSONPart` in a dict stays its own pieces.

    With large parts, the rest is written in ASCII too: the element is one text.
    """
    if isinstance(value, JSONPart):
        return value.pieces
    if not isinstance(value, dict) or not any(isinstance(v, JSONPart) for v in value.values()):
        return [script_json(value, ascii=ascii)]
    token = secrets.token_hex(8)
    parts = {f"{token}{k}".encode(): v.pieces for k, v in enumerate(value.values()) if isinstance(v, JSONPart)}
    rest = {key: f"{token}{k}" if isinstance(v, JSONPart) else v for k, (key, v) in enumerate(value.items())}
    if sum(len(piece) for pieces in parts.values() for piece in pieces) >= ASCII_FROM:
        ascii = True
    text = script_json(rest, ascii=ascii)
    pieces = re.split(b'"(' + token.encode() + rb"\d+)\"", text)
    return [piece for k, p in enumerate(pieces) for piece in (parts[p] if k % 2 else [p])]


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
        self.payload = script_pieces(self.data)
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
    return [part for p in pieces for part in (payloads[p] if p in payloads else [p.encode("utf-8")])]
