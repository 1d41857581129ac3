"""Scoring the drafter on the development set: which drafted rows match which expected ones, and how well.

    python -m tests.drafting            # prints the scores and every miss

An expected row and a drafted one match when they are the same kind of
facility at the same place (the place each resolves to, or one inside the
other), or of the same kind with names alike.  Each expected row matches
one drafted row at most.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from geo.draft import draft_records, read_article
from geo.places.reference import Reference, load_reference
from geo.places.resolve import distance_m, resolve
from geo.places.text import fold
from geo.records.figures import parse_figure, split_qualifier

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
SEEDS = ROOT / "seeds"
FIGURES = [
    "cost_kzt", "funding_kzt", "cofinancing_kzt", "beds", "visits_per_shift", "floors", "area_m2", "progress_pct",
]  # fmt: skip


@dataclass
class Score:
    """Counts over a set of articles."""

    expected: int = 0
    drafted: int = 0
    matched: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)  # field → [right, asked]
    resolved: int = 0
    # Drafted rows placed in a region none of the article's expected rows is in: the worst error.
    wrong_region: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, right: bool) -> None:
        counts = self.fields.setdefault(name, [0, 0])
        counts[0] += int(right)
        counts[1] += 1

    def rate(self, name: str) -> float:
        right, asked = self.fields.get(name, [0, 0])
        return right / asked if asked else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.drafted if self.drafted else 1.0

    @property
    def places(self) -> float:
        return self.resolved / self.drafted if self.drafted else 1.0

    def lines(self, title: str) -> list[str]:
        out = [
            f"{title}: found {self.matched}/{self.expected} ({self.recall:.0%}), "
            f"real {self.matched}/{self.drafted} ({self.precision:.0%}), places resolve {self.places:.0%}, "
            f"in a wrong region {self.wrong_region}"
        ]
        out.append(
            "  on matched rows: "
            + ", ".join(f"{name} {self.rate(name):.0%} ({r}/{a})" for name, (r, a) in sorted(self.fields.items()))
        )
        return out


def dev_set() -> list[tuple[Path, list[dict[str, str]]]]:
    """Return (article, expected rows) for every article of the development set, the seeds' included."""
    out = []
    for path in sorted(ARTICLES.glob("*.txt")):
        expected = path.with_name(path.stem + ".expected.csv")
        if expected.exists():
            with expected.open(encoding="utf-8") as f:
                out.append((path, list(csv.DictReader(f))))
    with (SEEDS / "facilities.csv").open(encoding="utf-8") as f:
        seed_rows = list(csv.DictReader(f))
    for path in sorted((SEEDS / "articles").glob("*.txt")):
        out.append((path, [r for r in seed_rows if r["source"] == path.name]))
    return out


def _place(text: str, reference: Reference):
    hit = resolve(text, reference.gazetteer) if text else None
    return hit.place if hit is not None else None


def _same_place(a, b, reference: Reference) -> bool:
    if a is None or b is None:
        return False
    if a.id == b.id:
        return True
    gazetteer = reference.gazetteer
    if a in gazetteer.ancestors(b) or b in gazetteer.ancestors(a):
        return True
    # A district and the town that is its centre («Шемонаихинская районная больница»: the district's, in
    # Шемонаиха): the district's point is its centre's.
    district, town = (a, b) if a.precision == "district" else (b, a)
    return (
        district.precision == "district"
        and town.precision in ("city", "town")
        and district.region == town.region
        and distance_m(district, town.lat, town.lon) < 2_000
    )


def _figure(value: str) -> float | None:
    return parse_figure(split_qualifier(value)[1]) if value else None


def score_article(path: Path, expected: list[dict[str, str]], reference: Reference, score: Score) -> None:
    """Draft ``path`` and add how its rows compare with ``expected`` to ``score``."""
    # As a user does, who gives the article's date when the file does not state it.
    published = next((r["published"] for r in expected if r.get("published")), "")
    drafted = draft_records(
        read_article(path), reference.gazetteer, region_names=reference.region_names(), published=published
    ).rows
    score.expected += len(expected)
    score.drafted += len(drafted)
    places_d = [_place(r["place"], reference) for r in drafted]
    places_e = [_place(r["place"], reference) for r in expected]
    score.resolved += sum(p is not None for p in places_d)
    regions = {p.region for p in places_e if p is not None and p.region}
    for d, p in zip(drafted, places_d, strict=True):
        if regions and p is not None and p.region and p.region not in regions:
            score.wrong_region += 1
            score.misses.append(f"{path.name}: wrong region: {d['name']} at {d['place']!r}")
    pairs = []
    for i, e in enumerate(expected):
        for j, d in enumerate(drafted):
            same_place = _same_place(places_e[i], places_d[j], reference)
            same_kind = e["kind"] == d["kind"]
            names = fuzz.token_set_ratio(fold(e["name"]), fold(d["name"]))
            if (same_place and same_kind) or (same_kind and names >= 70) or (same_place and names >= 80):
                pairs.append((2 * same_place + same_kind + names / 100, i, j))
    used_e, used_d = set(), set()
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_e or j in used_d:
            continue
        used_e.add(i)
        used_d.add(j)
        e, d = expected[i], drafted[j]
        score.matched += 1
        score.add("kind", e["kind"] == d["kind"])
        score.add("status", e["status"] == d["status"])
        if e["due_year"]:
            score.add("due_year", e["due_year"] == d["due_year"])
            if e["due_year"] != d["due_year"]:
                score.misses.append(
                    f"{path.name}: {e['id']}: due {e['due']!r} {e['due_year']} → {d['due']!r} {d['due_year']}"
                )
        for name in FIGURES:
            if e.get(name):
                right = _figure(e[name]) == _figure(d.get(name, ""))
                score.add("figures", right)
                if not right:
                    score.misses.append(f"{path.name}: {e['id']}: {name} {e[name]!r} → {d.get(name, '')!r}")
        if e["status"] != d["status"]:
            score.misses.append(f"{path.name}: {e['id']}: status {e['status']} → {d['status']}")
        score.add("work", e["work"] == d["work"])
        if e["work"] != d["work"]:
            score.misses.append(f"{path.name}: {e['id']}: work {e['work'] or '(none)'} → {d['work'] or '(none)'}")
    for i, e in enumerate(expected):
        if i not in used_e:
            score.misses.append(f"{path.name}: not found: {e['name']} ({e['kind']}, {e['place']})")
    for j, d in enumerate(drafted):
        if j not in used_d:
            score.misses.append(f"{path.name}: extra: {d['name']} ({d['kind']}, {d['place']})")


def evaluate() -> dict[str, Score]:
    """Return the scores of the development set: all, Russian, Kazakh."""
    reference = load_reference()
    scores = {"all": Score(), "ru": Score(), "kk": Score()}
    for path, expected in dev_set():
        language = "kk" if path.name.startswith("kk-") or path.name.startswith("003_") else "ru"
        for key in ("all", language):
            score_article(path, expected, reference, scores[key])
    return scores


if __name__ == "__main__":
    scores = evaluate()
    for key, score in scores.items():
        print("\n".join(score.lines(key)))
    if "-v" in sys.argv:
        print("\n".join(scores["all"].misses))
