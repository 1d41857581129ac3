"""make_map.py run as a user runs it."""

from __future__ import annotations

import csv
import shutil

import geopandas as gpd

from tests.conftest import SEEDS, run_cli


def test_seed_map_and_geojson(tmp_path):
    out = tmp_path / "map.html"
    done = run_cli("--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "36 projects from 36 reports: 21 planned, 3 design, 8 construction, 4 completed" in done.stdout
    # Қуаныш has no cited position, but a cited district: it is placed there, and nothing is coarse.
    assert "coarse" not in done.stdout
    geojson = tmp_path / "facilities.geojson"
    assert out.stat().st_size > 0
    frame = gpd.read_file(geojson)
    assert len(frame) == 36
    assert frame.crs.to_epsg() == 4326
    assert set(frame.geom_type) == {"Point"}
    for column in ["id", "name", "kind", "status", "place", "precision", "source", "source_url", "region", "quote"]:
        assert column in frame.columns
    assert frame.set_index("id").loc["aue-poly-kuanysh", "district"] == "ala-auezov"
    maternity = frame.set_index("id").loc["alm-maternity1"]
    assert maternity["cost_kzt"] == 11.5e9
    assert maternity["due"] == "IV квартал 2026"


def test_edit_a_record_and_see_the_change(tmp_path):
    data = tmp_path / "facilities.csv"
    for name in ("facilities.csv", "sources.csv", "notes.csv"):
        shutil.copy(SEEDS / name, tmp_path / name)
    with data.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    rows[0]["status"] = "construction"
    rows[0]["name"] = "Центр реабилитации «Парасат-2»"
    with data.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    out = tmp_path / "out" / "map.html"
    done = run_cli("--data", str(data), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "5 completed" not in done.stdout and "3 completed" in done.stdout
    assert "Центр реабилитации «Парасат-2»" in out.read_text(encoding="utf-8")
    parasat = gpd.read_file(out.parent / "facilities.geojson").set_index("id").loc["aue-parasat"]
    assert parasat["status"] == "construction"


def test_check_writes_nothing(tmp_path):
    done = run_cli("--check", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "check only: nothing was written." in done.stdout
    assert list(tmp_path.iterdir()) == []
