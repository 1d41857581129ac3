"""A build killed at any moment leaves the old pair or the new one, and the next run leaves nothing else."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

N = 100_000
KILLS = 20


def _records(path: Path, host: str) -> Path:
    from bench.synthetic import write_synthetic

    write_synthetic(path, N)
    path.write_text(path.read_text(encoding="utf-8").replace("www.inform.kz", host), encoding="utf-8")
    return path


def _build(data: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "make_map.py"), "--data", str(data), "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _which(path: Path) -> str:
    text = path.read_bytes()
    return "A" if b"a.example.kz" in text else "B" if b"b.example.kz" in text else "?"


def _writers_of(out: Path) -> list[int]:
    """Processes whose command line names ``out``: a build or its GeoJSON writer still running."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if str(out).encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the writer process")
def test_kills_at_random_moments_never_leave_a_mixed_pair(tmp_path):
    a = _records(tmp_path / "a.csv", "a.example.kz")
    b = _records(tmp_path / "b.csv", "b.example.kz")
    out = tmp_path / "out" / "map.html"
    geojson = out.with_name("facilities.geojson")
    assert _build(a, out).wait(timeout=300) == 0
    start = time.monotonic()
    assert _build(b, out).wait(timeout=300) == 0
    whole = time.monotonic() - start
    assert _build(a, out).wait(timeout=300) == 0
    rng = random.Random(7)
    seen = set()
    for _ in range(KILLS):
        build = _build(b, out)
        time.sleep(rng.uniform(0.2, whole * 1.05))
        os.kill(build.pid, signal.SIGKILL)  # the build only: its GeoJSON writer must follow it
        build.wait(timeout=60)
        deadline = time.monotonic() + 5
        while _writers_of(out) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _writers_of(out), "the GeoJSON writer outlived its build"
        pair = (_which(out), _which(geojson))
        journal = out.parent / ".make_map.journal"
        assert pair in {("A", "A"), ("B", "B")} or journal.exists(), pair
        # The next run, even one that fails on its input, completes the pair and tidies the folder.
        missing = subprocess.run(
            [sys.executable, str(ROOT / "make_map.py"), "--data", str(tmp_path / "none.csv"), "--out", str(out)],
            capture_output=True,
            timeout=120,
        )
        assert missing.returncode == 2
        pair = (_which(out), _which(geojson))
        assert pair in {("A", "A"), ("B", "B")}, pair
        assert sorted(p.name for p in out.parent.iterdir()) == ["facilities.geojson", "map.html"]
        seen.add(pair[0])
        if pair == ("B", "B"):  # start every kill from the old pair
            assert _build(a, out).wait(timeout=300) == 0
    assert seen == {"A", "B"} or seen == {"A"}


def test_sigterm_ends_a_build_like_ctrl_c(tmp_path):
    a = _records(tmp_path / "a.csv", "a.example.kz")
    out = tmp_path / "map.html"
    build = subprocess.Popen(
        [sys.executable, str(ROOT / "make_map.py"), "--data", str(a), "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)
    build.send_signal(signal.SIGTERM)
    _, err = build.communicate(timeout=60)
    if build.returncode == 0:  # it had finished already
        return
    assert build.returncode == 1
    assert "Traceback" not in err
    assert err.strip().endswith("interrupted; the previous files are unchanged.")
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
