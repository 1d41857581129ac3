"""Scale benchmark: N records, our build against two usual folium ways (FastMarkerCluster with popups, explore()).

    python bench/scale.py                      # N = 1,000, 10,000, 100,000 records that look real
    python bench/scale.py --sizes 1000 --baseline-runs 1
    python bench/scale.py --records simple     # the old generator's repeated names, no quotes

For each N it prints, for our map and for each baseline: build wall time
(whole process, imports included; median of --runs), peak RSS of that
process (taken by a small launcher: see LAUNCHER), HTML size, and in headless Chromium (network blocked): time from
navigation until the markers are drawn (median of --opens; the first open
of a fresh browser is the slowest, and is printed too), and the JavaScript
heap.  Then our figures as ratios to theirs.  Baselines need the ``bench`` extra
(``pip install -e '.[bench]'``: matplotlib and mapclassify for explore()).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import write_synthetic  # noqa: E402

# The two usual ways, each run as its own process like ours.
EXPLORE = """
import sys, geopandas as gpd, pandas as pd
from geo.build import load_facilities
from geo.places.reference import load_reference
f, _, _ = load_facilities(sys.argv[1], load_reference())
m = f[["id", "name", "kind", "status", "place", "geometry"]].explore()
m.save(sys.argv[2])
"""
FASTCLUSTER = """
import sys, html, folium
from folium.plugins import FastMarkerCluster
from geo.build import load_facilities
from geo.places.reference import load_reference
f, _, _ = load_facilities(sys.argv[1], load_reference())
m = folium.Map(location=[48, 67], zoom_start=5)
text = lambda v: html.escape(str(v)) if v == v else ""
data = [
    [row.geometry.y, row.geometry.x,
     f"<b>{text(row.name)}</b><br>{row.kind}, {row.status}<br>{text(row.place)}<br>{text(getattr(row, 'quote', ''))}"]
    for row in f.itertuples()
]
callback = "function (row) { var m = L.marker(new L.LatLng(row[0], row[1])); m.bindPopup(row[2]); return m; }"
FastMarkerCluster(data, callback=callback).add_to(m)
m.save(sys.argv[2])
"""


def offline_copy(page: Path) -> Path:
    """Return a copy of a folium page with Leaflet and markercluster inlined.

    folium pages load them from CDNs, which this machine (and the benchmark's
    blocked network) cannot reach; every other CDN link simply fails, as it
    would offline, and popups and clusters do not need them.
    """
    import re

    import xstatic.pkg.jquery as xjquery

    from geo.page.assets import library_code

    code = dict(library_code())
    jquery = (Path(xjquery.BASE_DIR) / "jquery.min.js").read_text(encoding="utf-8")
    code["jquery"] = "<script>" + re.sub(r"//# sourceMappingURL=\S+", "", jquery) + "</script>"
    html = page.read_text(encoding="utf-8")
    swaps = [
        (r'<script src="[^"]*jquery[^"]*\.js"></script>', code["jquery"]),
        (r'<script src="[^"]*leaflet(?:\.min)?\.js"></script>', code["leaflet"]),
        (r'<script src="[^"]*leaflet\.markercluster(?:-src)?\.js"></script>', code["markercluster"]),
        (r'<link rel="stylesheet" href="[^"]*leaflet(?:\.min)?\.css"\s*/>', code["leaflet_css"]),
        (
            r'<link rel="stylesheet" href="[^"]*MarkerCluster(?:\.Default)?(?:\.min)?\.css"\s*/>',
            code["markercluster_css"],
        ),
    ]
    for pattern, inline in swaps:
        html = re.sub(pattern, lambda _m, inline=inline: inline, html, count=1)
    out = page.with_name(page.stem + "-offline.html")
    out.write_text(html, encoding="utf-8")
    return out


# A build is started by this small process, which reports the build's time and peak memory.  Linux
# counts a process's peak from the memory of the process that started it (the pages it shared
# until exec): started by this benchmark, which holds 100,000 generated records and the baselines'
# libraries, even `python -c pass` reported 299 MB.
LAUNCHER = """
import os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def run_build(args: list[str]) -> tuple[float, float]:
    """Run one build process; return (wall seconds, peak RSS in MB) of the build alone."""
    done = subprocess.run([sys.executable, "-c", LAUNCHER, *args], capture_output=True, cwd=ROOT, check=False)
    wall, maxrss, status = done.stdout.split()
    if done.returncode != 0 or int(status) != 0:
        raise RuntimeError(f"{args} failed: {done.stderr.decode()[-2000:]}")
    return float(wall), int(maxrss) / 1024


def browser_figures(browser, page_path: Path, ready: str, timeout_s: float) -> tuple[float | None, float | None]:
    """Open the page with the network blocked; return (seconds until ready, JS heap MB)."""
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    start = time.perf_counter()
    try:
        page.goto(page_path.as_uri(), timeout=timeout_s * 1000, wait_until="commit")
        page.wait_for_function(ready, timeout=timeout_s * 1000, polling=50)
        seconds = time.perf_counter() - start
        cdp = page.context.new_cdp_session(page)
        cdp.send("HeapProfiler.collectGarbage")
        heap = cdp.send("Runtime.getHeapUsage")["usedSize"] / 1e6
        return seconds, heap
    except Exception:
        return None, None
    finally:
        page.close()


OURS_READY = "window.facilityMap && window.facilityMap.loaded && document.querySelector('.marker-cluster, .fac-icon')"
THEIRS_READY = "document.readyState === 'complete' && document.querySelector('.marker-cluster, .leaflet-interactive')"


def fmt(value: float | None, unit: str) -> str:
    return "did not finish" if value is None else f"{value:.2f} {unit}" if unit == "s" else f"{value:.0f} {unit}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3, help="builds of our map per size (median)")
    parser.add_argument("--baseline-runs", type=int, default=1, help="builds of each baseline per size")
    parser.add_argument("--no-baselines", action="store_true")
    parser.add_argument(
        "--records",
        choices=["realistic", "simple"],
        default="realistic",
        help="records that look real (unique names, quotes, an address per article) or the simple repeated ones",
    )
    parser.add_argument("--browser-timeout", type=float, default=300)
    parser.add_argument("--opens", type=int, default=3, help="times each page is opened in the browser (median)")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        for n in args.sizes:
            data = write_synthetic(Path(tmp) / f"records-{n}.csv", n, realistic=args.records == "realistic")
            ways = {"ours": ([sys.executable, str(ROOT / "make_map.py"), "--data", str(data)], OURS_READY, args.runs)}
            if not args.no_baselines:
                ways["explore()"] = ([sys.executable, "-c", EXPLORE, str(data)], THEIRS_READY, args.baseline_runs)
                ways["FastMarkerCluster"] = (
                    [sys.executable, "-c", FASTCLUSTER, str(data)],
                    THEIRS_READY,
                    args.baseline_runs,
                )
            results = {}
            print(f"\nN = {n:,}")
            print(f"{'way':22} {'build':>9} {'peak RSS':>9} {'HTML':>9} {'ready in browser':>17} {'JS heap':>9}")
            for name, (command, ready, runs) in ways.items():
                out = Path(tmp) / f"{name.strip('()+')}-{n}.html"
                extra = ["--out", str(out)] if name == "ours" else [str(out)]
                builds = [run_build(command + extra) for _ in range(runs)]
                wall = statistics.median(b[0] for b in builds)
                rss = max(b[1] for b in builds)
                size = out.stat().st_size / 1e6
                shown = out if name == "ours" else offline_copy(out)
                opens = [browser_figures(browser, shown, ready, args.browser_timeout) for _ in range(args.opens)]
                times = [o[0] for o in opens if o[0] is not None]
                seconds = statistics.median(times) if len(times) == len(opens) else None
                heap = opens[-1][1]
                first = f" (first {times[0]:.2f} s)" if times and seconds is not None else ""
                results[name] = (wall, rss, size, seconds, heap)
                print(
                    f"{name:22} {wall:8.2f}s {rss:7.0f}MB {size:7.1f}MB {fmt(seconds, 's'):>17} {fmt(heap, 'MB'):>9}"
                    + first,
                    flush=True,
                )
            ours = results["ours"]
            for name, theirs in results.items():
                if name == "ours":
                    continue
                ratios = []
                for label, a, b in zip(["build", "RSS", "HTML", "browser", "heap"], ours, theirs, strict=True):
                    ratios.append(f"{label} {a / b:.2f}×" if a and b else f"{label} –")
                print(f"  ours / {name}: " + ", ".join(ratios))
        browser.close()


if __name__ == "__main__":
    main()
