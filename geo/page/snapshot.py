"""An image of the map as a link shows it, made offline by headless Chromium.

The page is opened from disk with every request that is not ``file:`` or
``data:`` refused, in its compact embedded form (``#embed=1``) unless the
view says otherwise, styled as printed (title, date of the data, legend,
scale and source line; no buttons), and photographed once its markers are
drawn.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from geo.errors import GeoError

# Where Chromium is looked for: $CHROMIUM, then the names Debian and others give it.
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")


class SnapshotError(GeoError):
    """The image cannot be made on this machine (no Chromium, no Playwright) or from this view."""


def chromium() -> str:
    """Return the path of a Chromium to drive, or raise SnapshotError saying how to get one."""
    given = os.environ.get("CHROMIUM")
    if given:
        if not Path(given).is_file():
            raise SnapshotError(f"$CHROMIUM names {given!r}, which is not a file; point it at the browser")
        return given
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise SnapshotError("--png needs Chromium: install it (apt-get install chromium) or set CHROMIUM=/path/to/chrome")


def parse_size(text: str) -> tuple[int, int]:
    """Return (width, height) of «1366x768»; raise SnapshotError for anything else."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise SnapshotError(f"--size {text!r} is not a size; write it as WIDTHxHEIGHT, e.g. 1366x768") from None
    if not (200 <= width <= 4000 and 200 <= height <= 4000):
        raise SnapshotError(f"--size {text!r} is out of range; each side from 200 to 4000 pixels")
    return width, height


def photograph(page: Path, *, view: str = "", width: int = 1366, height: int = 768) -> bytes:
    """Return a PNG of ``page`` at ``view`` (the part after ``#`` of a link to it), ``width`` × ``height`` pixels."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        raise SnapshotError("--png needs the Playwright package: pip install -e '.[png]'") from None
    browser_path = chromium()
    fragment = view.lstrip("#")
    if "embed=" not in fragment:
        fragment = "embed=1" + ("&" + fragment if fragment else "")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=browser_path, args=["--no-sandbox", "--disable-gpu"])
            try:
                tab = browser.new_page(viewport={"width": width, "height": height})
                tab.route(
                    "**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort()
                )
                # As printed: the map with its title, data date, legend, scale and source line; no buttons.
                tab.emulate_media(media="print")
                tab.goto(Path(page).resolve().as_uri() + "#" + fragment)
                tab.wait_for_function("window.facilityMap && facilityMap.loaded", timeout=120_000)
                tab.wait_for_timeout(600)  # clusters settle
                return tab.screenshot(type="png")
            finally:
                browser.close()
    except Error as e:
        raise SnapshotError(f"Chromium could not draw the map: {str(e).splitlines()[0]}") from None
