"""Shared fixtures: the gazetteer, the seed build, and a real headless Chromium."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTIFACTS = ROOT / "artifacts"
SEED_DATE = datetime.date(2026, 12, 1)


@pytest.fixture(scope="session")
def regions():
    from geo.places.reference import load_reference

    return load_reference().regions


@pytest.fixture(scope="session")
def gazetteer():
    from geo.places.reference import load_reference

    return load_reference().gazetteer


@pytest.fixture(scope="session")
def seed_outputs():
    from geo.build import make

    # A fixed map date, so that which promises have passed does not change with the day the tests run.
    return make(SEEDS / "facilities.csv", as_of=SEED_DATE)


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run make_map.py as a user does, in a fresh process."""
    return subprocess.run(
        [sys.executable, str(ROOT / "make_map.py"), *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=120,
    )


@pytest.fixture(scope="session")
def seed_map(tmp_path_factory) -> Path:
    """map.html made from the seeds by the command line, in a folder of its own."""
    out = tmp_path_factory.mktemp("seedmap") / "map.html"
    done = run_cli("--out", str(out), "--as-of", SEED_DATE.isoformat())
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="session")
def browser():
    chromium = shutil.which("chromium")
    if chromium is None:
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail("chromium is not on PATH: apt-get install chromium")
        pytest.skip("chromium is not on PATH: apt-get install chromium to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        # Flags that keep Chromium from calling home on a closed network.
        browser = p.chromium.launch(
            executable_path=chromium,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def session(browser, seed_map):
    """The seed map open in Chromium at 1366×768, the network cut off."""
    from tests.browser import open_map

    s = open_map(browser, seed_map)
    yield s
    s.page.context.close()
