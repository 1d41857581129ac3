"""Time ``make_map.py draft`` as a user runs it: one article, then every article of the development set.

    python bench/draft.py

Each run is a new process, imports included; the first builds the gazetteer
kept in a cache folder of its own, the others read it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt")) + sorted(
    (ROOT / "seeds" / "articles").glob("*.txt")
)


def run(paths: list[Path], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "make_map.py"), "draft", *map(str, paths)],
        check=True,
        capture_output=True,
        env=env,
    )
    return time.perf_counter() - start


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "KZ_HEALTH_MAP_CACHE": cache}
        print(f"first run (builds the cache): {run(ARTICLES[:1], env):.2f} s")
        single = sorted(run([path], env) for path in ARTICLES[:10])
        print(f"one article: median {single[len(single) // 2]:.2f} s, slowest {single[-1]:.2f} s (10 runs)")
        batch = run(ARTICLES, env)
        print(f"{len(ARTICLES)} articles in one command: {batch:.2f} s ({batch / len(ARTICLES):.3f} s each)")
