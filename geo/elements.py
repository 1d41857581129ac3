"""Page elements whose output goes into map.html as it is.

Each element of ours owns a small template: its own style and script, and
its data passed through the ``script_json`` filter.  They render through
:class:`ScriptElement` and :class:`RawHTML` rather than branca's usual path,
which compiles rendered output as a Jinja template once more.
"""

from __future__ import annotations

import folium
import orjson
from branca.element import Element, MacroElement
from folium.template import Environment


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


def script_json(value: object) -> str:
    """Serialise ``value`` as JSON that can stand inside a ``<script>``.

    ``<``, ``>`` and ``&`` are escaped, so no value can close the script
    or open a comment; U+2028/2029 are escaped for old JavaScript parsers.
    Cyrillic stays as UTF-8 (half the bytes of ``\\uXXXX`` escapes).
    """
    text = orjson.dumps(value).decode("utf-8")
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


class _Environment(Environment):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["script_json"] = script_json


def script_template(css: str, js: str, *, variable: str) -> folium.template.Template:
    """Return the template of an element whose ``js`` sees ``map`` and its ``this.data`` as ``variable``.

    The element's own code and style are part of the template; its data goes
    through the ``script_json`` filter.
    """
    tiles = "var tiles = {{ this.tiles.get_name() }};\n" if "tiles." in js else ""
    source = (
        "{% macro header(this, kwargs) %}<style>" + css + "</style>{% endmacro %}\n"
        "{% macro script(this, kwargs) %}\n(function () {\n"
        "var map = {{ this._parent.get_name() }};\n"
        + tiles
        + "var "
        + variable
        + " = {{ this.data|script_json }};\n"
        + js
        + "\n})();\n{% endmacro %}"
    )
    return _Environment().from_string(source)


class ScriptElement(MacroElement):
    """An element whose rendered style and script go into the page as they are.

    branca's MacroElement.render wraps each rendered macro in an Element,
    which compiles it as a Jinja template again: a record holding "{{"
    would be evaluated, and 10 MB of data would be parsed as a template.
    """

    def render(self, **kwargs) -> None:
        figure = self.get_root()
        module = self._template.module
        figure.header.add_child(RawHTML(module.header(self, kwargs)), name=self.get_name())
        figure.script.add_child(RawHTML(module.script(self, kwargs)), name=self.get_name())
