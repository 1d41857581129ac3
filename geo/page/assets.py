"""Leaflet and Leaflet.markercluster inlined from their XStatic packages.

``map.html`` must work opened from disk with no network, so the scripts
and stylesheets go inside the page.  Images that the stylesheets name are
inlined as data URIs.
"""

from __future__ import annotations

import base64
import re
from functools import cache
from pathlib import Path

import xstatic.pkg.leaflet as xleaflet
import xstatic.pkg.leaflet_markercluster as xcluster
from branca.element import Figure, MacroElement

from geo.page.elements import RawHTML


def _inline_images(css: str, folder: Path) -> str:
    def data_uri(match: re.Match) -> str:
        path = folder / match.group(1)
        if not path.is_file():
            return match.group(0)
        encoded = base64.b64encode(path.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{encoded})"

    return re.sub(r"url\(\s*['\"]?(images/[\w.-]+\.png)['\"]?\s*\)", data_uri, css)


def _script_safe(js: str) -> str:
    # A library that held "</script" would end our inline script early.
    if re.search(r"</script|<!--", js, re.I):
        raise ValueError("library code holds </script or <!--; it cannot be inlined as is")
    return js


@cache
def library_code() -> tuple[tuple[str, str], ...]:
    """Return (name, html) pairs of the inline ``<style>``/``<script>`` blocks."""
    leaflet = Path(xleaflet.BASE_DIR)
    cluster = Path(xcluster.BASE_DIR)
    css = _inline_images((leaflet / "leaflet.css").read_text(encoding="utf-8"), leaflet)
    cluster_css = (cluster / "MarkerCluster.css").read_text(encoding="utf-8") + (
        cluster / "MarkerCluster.Default.css"
    ).read_text(encoding="utf-8")
    # Source maps point at files that are not in the page.
    strip_map = re.compile(r"//# sourceMappingURL=\S+")
    js = strip_map.sub("", (leaflet / "leaflet.js").read_text(encoding="utf-8"))
    cluster_js = strip_map.sub("", (cluster / "leaflet.markercluster.js").read_text(encoding="utf-8"))
    return (
        ("leaflet_css", f"<style>{css}</style>"),
        ("markercluster_css", f"<style>{cluster_css}</style>"),
        ("leaflet", f"<script>{_script_safe(js)}</script>"),
        ("markercluster", f"<script>{_script_safe(cluster_js)}</script>"),
    )


class OfflineLibraries(MacroElement):
    """Puts Leaflet and markercluster inside the page instead of CDN links."""

    def render(self, **kwargs) -> None:
        figure = self.get_root()
        assert isinstance(figure, Figure), "add OfflineLibraries to a map inside a Figure"
        for name, html in library_code():
            figure.header.add_child(RawHTML(html), name=name)
        super().render(**kwargs)
