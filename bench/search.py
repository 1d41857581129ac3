"""Search benchmark: how long a keystroke takes in the page at N synthetic records.

    python bench/search.py                 # N = 100,000
    python bench/search.py --sizes 10000 100000

Builds the map of N synthetic records (bench/synthetic.py), opens it in
headless Chromium (network blocked), and prints: the size of the search's
build-time tables in the page, how long after load the page has indexed the
records (in slices, while idle) and its longest pause, and for each query the
median time of the search itself and of a keystroke (typing into the box
until the list is drawn).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import write_synthetic  # noqa: E402

QUERIES = [
    "поликлиника",
    "больница 2",
    "Караганды",
    "Qaraghandy",
    "оңалту орталығы",
    "ДГКБ",
    "поликлинника",
    "№ 16",
    "almaty",
]


def measure(page, query: str, runs: int = 5) -> tuple[float, float]:
    """Return the median ms of search(query) and of a keystroke that draws the list."""
    search = [
        page.evaluate(
            "q => { const t = performance.now(); facilityExplorer.search(q); return performance.now() - t; }", query
        )
    ]
    for _ in range(runs - 1):
        search.append(
            page.evaluate(
                "q => { const t = performance.now(); facilityExplorer.search(q); return performance.now() - t; }", query
            )
        )
    keys = []
    for _ in range(runs):
        keys.append(
            page.evaluate(
                """q => { const box = document.querySelector('.ex-search'); const t = performance.now();
                box.value = q; box.dispatchEvent(new Event('input', {bubbles: true}));
                document.querySelector('.ex-results').getBoundingClientRect(); return performance.now() - t; }""",
                query,
            )
        )
    return statistics.median(search), statistics.median(keys)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from geo.build import make

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        for n in args.sizes:
            folder = Path(tmp) / str(n)
            folder.mkdir()
            records = write_synthetic(folder / "facilities.csv", n)
            outputs = make(records)
            page_file = folder / "map.html"
            page_file.write_bytes(b"".join(outputs.page))
            html = page_file.read_text(encoding="utf-8")
            data = json.loads(
                html.split('<script type="application/json" id="data-facility_layer', 1)[1]
                .split(">", 1)[1]
                .split("</script>", 1)[0]
            )
            tables = len(json.dumps(data["search"], ensure_ascii=False).encode()) + len(
                json.dumps(data["places"], ensure_ascii=False).encode()
            )
            page = browser.new_page()
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
            page.goto(page_file.as_uri())
            page.wait_for_function("window.facilityMap && facilityMap.loaded", timeout=120_000)
            # The page indexes the records in slices once idle: how long until it is done, and the longest slice.
            idle = page.evaluate(
                """() => new Promise(done => { const t = performance.now(); let last = t, longest = 0;
                   (function tick() { const now = performance.now(); longest = Math.max(longest, now - last - 30); last = now;
                     if (facilityExplorer.indexed()) done([now - t, longest]); else setTimeout(tick, 30); })(); })"""
            )
            print(
                f"N = {n:,}: page {page_file.stat().st_size / 1e6:.1f} MB, search tables {tables / 1e3:.0f} kB, "
                f"records indexed {idle[0]:.0f} ms after load (longest pause {idle[1]:.0f} ms)"
            )
            for query in QUERIES:
                found = page.evaluate("q => facilityExplorer.search(q).all.length", query)
                search, key = measure(page, query)
                print(f"  {query!r:22} {found:>7,} found   search {search:6.1f} ms   keystroke {key:6.1f} ms")
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
