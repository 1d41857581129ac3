"""Opening map.html in Chromium as a user would, with the network cut off."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

TILE_HOSTS = ("tile.openstreetmap.org",)


@dataclass
class Session:
    """A page and what happened on it: console errors and requests that were blocked."""

    page: object
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def unexpected_errors(self) -> list[str]:
        return [e for e in self.errors if not any(h in e for h in TILE_HOSTS)]

    def non_tile_requests(self) -> list[str]:
        return [u for u in self.blocked if not any(h in u for h in TILE_HOSTS)]


def open_map(browser, path: Path, *, width: int = 1366, height: int = 768) -> Session:
    """Open ``path`` with every request that is not file: or data: blocked."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    session = Session(page)

    def route(r):
        url = r.request.url
        if url.startswith(("file:", "data:")):
            r.continue_()
        else:
            session.blocked.append(url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and session.errors.append(f"{m.text} @ {m.location.get('url', '')}"))
    page.on("pageerror", lambda e: session.errors.append(f"pageerror: {e}"))
    page.goto(path.as_uri())
    page.wait_for_function("window.facilityMap !== undefined")
    page.wait_for_timeout(400)  # cluster animation
    return session


def visible_marker_count(page) -> int:
    """Facilities a user sees: single markers plus the numbers on clusters."""
    # markercluster marks the panes while clusters split or merge.
    page.wait_for_function("!document.querySelector('.leaflet-cluster-anim')")
    page.wait_for_timeout(300)
    return page.evaluate(
        """() => {
            const singles = document.querySelectorAll('.leaflet-marker-pane .fac-icon').length;
            const clustered = [...document.querySelectorAll('.leaflet-marker-pane .marker-cluster span')]
                .reduce((sum, el) => sum + parseInt(el.textContent, 10), 0);
            return singles + clustered;
        }"""
    )


def popup_title(page) -> str:
    """Return the name in the popup once it is open."""
    title = page.locator(".leaflet-popup-content h2")
    title.wait_for()
    return title.inner_text()


def layer_checkbox(page, label: str):
    """Open the layer control and return the checkbox of its overlay ``label``."""
    page.locator(".leaflet-control-layers").hover()
    return page.locator(".leaflet-control-layers-overlays label", has_text=label).locator("input")


def explorer_panel(page):
    """Return the explorer panel, unfolded (it starts folded on a phone)."""
    panel = page.locator(".explorer")
    if "folded" in (panel.get_attribute("class") or ""):
        panel.locator(".ex-toggle").click()
    return panel
