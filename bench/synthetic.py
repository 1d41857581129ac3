"""Synthetic facility records for the scale benchmark.

    python bench/synthetic.py 100000 big.csv [followed]

Places are drawn from the gazetteer (districts, towns, regions, in the
spellings users write, with their region), one record in ten has its own lat/lon near its
place; names are Cyrillic.  ``followed`` (0 to 1, default 0) is the share
of projects reported again: each such project gets two to four reports a
year apart, its status moving on and its promised year moving later.  The
same seed gives the same file.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

from geo.places.reference import load_reference
from geo.records.vocab import KINDS, STATUSES

COLUMNS = [
    "id", "project", "name", "kind", "status", "place", "lat", "lon", "cost_kzt", "due_year", "source", "source_url",
    "published",
]  # fmt: skip
WORDS = ["Городская", "Областная", "Районная", "Центральная", "Детская", "Многопрофильная", "Новая", "Сельская"]
NOUNS = ["поликлиника", "больница", "амбулатория", "подстанция скорой помощи", "центр ПМСП", "перинатальный центр"]


def synthetic_rows(n: int, *, seed: int = 1, followed: float = 0.0) -> list[dict[str, str]]:
    """Return ``n`` valid records (reports) as the CSV would hold them."""
    rng = random.Random(seed)
    reference = load_reference()
    gazetteer, regions = reference.gazetteer, reference.region_names()
    places = [p for p in gazetteer.places if p.precision in ("district", "microdistrict", "street", "city", "region")]
    rows = []
    for i in range(n):
        place = rng.choice(places)
        row = {
            "id": f"syn-{i}",
            "name": f"{rng.choice(WORDS)} {rng.choice(NOUNS)} № {rng.randint(1, 300)}",
            "kind": rng.choice(list(KINDS)),
            "status": rng.choice(list(STATUSES)),
            "place": _written(place, rng, gazetteer, regions),
            "lat": "",
            "lon": "",
            "cost_kzt": f"{rng.randint(1, 999)},{rng.randint(0, 9)} млн" if rng.random() < 0.5 else "",
            "due_year": str(rng.randint(2024, 2030)),
            "source": "000_6a26d36f4a63bbf9.txt",
            "source_url": "https://www.inform.kz/ru/v-almati-postroyat-noviy-korpus-detskoy-kliniki-2-d532a3",
        }
        if rng.random() < 0.1:
            row["lat"] = f"{min(55.4, max(40.6, place.lat + rng.uniform(-0.05, 0.05))):.5f}"
            row["lon"] = f"{min(87.3, max(46.5, place.lon + rng.uniform(-0.05, 0.05))):.5f}"
        rows.append(row)
    if followed:
        _follow(rows, rng, followed)
    return rows


STAGES = ["planned", "design", "construction", "construction", "completed"]


def _follow(rows: list[dict[str, str]], rng: random.Random, share: float) -> None:
    """Turn runs of rows into reports of one project: the first row's project, place and kind, dated a year apart."""
    i = 0
    while i < len(rows):
        first = rows[i]
        reports = rng.randint(2, 4) if rng.random() < share else 1
        stage = rng.randint(0, 1)
        for k, row in enumerate(rows[i : i + reports]):
            if reports > 1:
                row.update(project=first["id"], place=first["place"], lat=first["lat"], lon=first["lon"])
                row.update(kind=first["kind"], status=STAGES[min(stage + k, len(STAGES) - 1)])
                row["due_year"] = str(int(first["due_year"]) + k // 2)
            row["published"] = f"{2022 + k}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        i += reports


def _written(place, rng: random.Random, gazetteer, regions: dict[str, str]) -> str:
    """Write a place as reporters do: a town or district with its region, a microdistrict with its city."""
    name = rng.choice([place.name, place.name_en, *place.names[:3]])
    city = gazetteer.city_of(place)
    if city is not None:
        return f"{name}, {city.name}"
    if place.precision in ("city", "district") and place.region in regions:
        return f"{name}, {regions[place.region]}"
    return name


def write_synthetic(path: Path, n: int, *, followed: float = 0.0) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(synthetic_rows(n, followed=followed))
    return path


if __name__ == "__main__":
    write_synthetic(Path(sys.argv[2]), int(sys.argv[1]), followed=float(sys.argv[3]) if len(sys.argv) > 3 else 0.0)
