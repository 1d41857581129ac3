"""Time a full regeneration of the seed map, as a user runs it (new process, imports included).

    python bench/regenerate.py [--runs 5] [--data seeds/facilities.csv]

Prints the wall time of each run, the median, the peak RSS of the slowest
child, and the size of the page.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, default=ROOT / "seeds" / "facilities.csv")
    args = parser.parse_args()
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "map.html"
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, str(ROOT / "make_map.py"), "--data", str(args.data), "--out", str(out)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            times.append(time.perf_counter() - start)
        size = out.stat().st_size
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"runs: {' '.join(f'{t:.2f}' for t in times)} s")
    print(f"median wall time: {statistics.median(times):.2f} s")
    print(f"peak RSS: {peak_mb:.0f} MB")
    print(f"map.html: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
