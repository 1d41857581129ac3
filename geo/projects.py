"""Projects followed across reports: a record is one report, ``project`` groups them.

A row says what one article said about one project on its date.  This step
(after the join, before the page) orders each project's reports by date,
checks that they agree on kind and place, and makes one row per project:
the latest report's status (as of its date), each other field as the latest
report that states it, the history, and whether the promised date has
passed on the map's date.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.errors import Problem
from geo.places.resolve import distance_m
from geo.records.dates import date_key, due_end
from geo.records.validate import parse_qualifiers
from geo.records.vocab import FINAL_STATUSES, PRECISION_ORDER

# Fields a later report may leave unsaid: the project keeps the latest value stated.
# ``due`` and ``due_year`` travel together (one promise); progress never
# does: a readiness from an older report is shown in its history only.
CARRIED = [
    "name_en", "work", "funding_for", "cost_kzt", "funding_kzt", "cofinancing_kzt", "beds",
    "visits_per_shift", "floors", "area_m2", "start",
]  # fmt: skip
# What a report's history entry holds, and which of those are marked when they change.
HISTORY = [
    "id", "report_date", "status", "progress_pct", "start", "due", "due_year", "cost_kzt", "funding_kzt",
    "cofinancing_kzt", "funding_for", "beds", "visits_per_shift", "floors", "area_m2", "qualifiers", "name",
    "place", "precision", "source", "source_url", "quote",
]  # fmt: skip
CHANGES = [
    "status", "progress_pct", "due", "cost_kzt", "funding_kzt", "cofinancing_kzt", "beds",
    "visits_per_shift", "floors", "area_m2", "place",
]  # fmt: skip
FIGURE_FIELDS = {"cost_kzt", "funding_kzt", "cofinancing_kzt", "beds", "visits_per_shift", "floors", "area_m2"}


@dataclass
class Tracked:
    """One row per project (``projects``), every report in order (``reports``), and what disagrees."""

    projects: gpd.GeoDataFrame
    reports: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)


def report_dates(facilities: pd.DataFrame, sources: dict[str, dict]) -> pd.Series:
    """Return each report's date: its ``published``, else its article's in ``sources.csv``, else ""."""
    own = facilities["published"].fillna("").astype(str)
    stated = facilities["source"].map(lambda s: (sources.get(s) or {}).get("published", "") or "")
    return own.where(own != "", stated.fillna("")).astype(str)


def track_projects(
    facilities: gpd.GeoDataFrame,
    *,
    sources: dict[str, dict],
    as_of: datetime.date,
    file: str,
) -> Tracked:
    """Return the projects of ``facilities`` (one report per row) as of ``as_of``.

    Reports are ordered by date (an undated one before the dated ones; the
    file's order among equals).  ``projects`` adds ``project``, ``reports``,
    ``first_published``, ``status_as_of`` (the latest report's date, "" when
    it states none), ``due_end`` (the last day of the latest promised
    period), ``deadline_passed`` (that day is before ``as_of`` and the latest
    report says neither completed nor cancelled), ``carried`` (fields taken
    from an earlier report: ``cost_kzt@<report id>``) and ``history`` (the
    reports, newest first, each with what ``changed``; None for a project
    of one report).
    """
    f = facilities.copy()
    f["project"] = f["project"].where(f["project"] != "", f["id"]) if "project" in f else f["id"]
    f["report_date"] = report_dates(f, sources)
    codes, dates = pd.factorize(f["report_date"])
    keys = np.array([date_key(d) or (0, 0, 0) for d in dates], dtype=np.int64).reshape(-1, 3)[codes]
    project_codes, _ = pd.factorize(f["project"])
    order = np.lexsort((f["line"].to_numpy(), keys[:, 2], keys[:, 1], keys[:, 0], project_codes))
    reports = f.iloc[order].reset_index(drop=True)
    project = project_codes[order]
    sizes = np.bincount(project)
    last = np.cumsum(sizes) - 1
    first = last - sizes + 1
    projects = reports.iloc[last].reset_index(drop=True)
    projects["reports"] = sizes
    projects["first_published"] = reports["report_date"].to_numpy()[first]
    projects["status_as_of"] = projects["report_date"]
    projects["carried"] = ""
    projects["history"] = None
    problems: list[Problem] = []
    for p in np.flatnonzero(sizes > 1).tolist():
        rows = reports.iloc[first[p] : last[p] + 1]
        problems += _disagreements(rows, file=file)
        _carry(projects, p, rows)
        projects.at[p, "history"] = _history(rows)
    ends = [due_end(d, y) for d, y in zip(projects["due"], projects["due_year"], strict=True)]
    projects["due_end"] = [e.isoformat() if e else "" for e in ends]
    final = projects["status"].isin(FINAL_STATUSES).to_numpy()
    projects["deadline_passed"] = np.array([bool(e and e < as_of) for e in ends], dtype=bool) & ~final
    projects = projects.drop(columns=["report_date"])
    return Tracked(gpd.GeoDataFrame(projects, geometry=projects.geometry.name, crs=facilities.crs), reports, problems)


def _stated(value: object) -> bool:
    return value is not None and value == value and value != ""


def _carry(projects: pd.DataFrame, p: int, rows: pd.DataFrame) -> None:
    """Fill the fields the latest report of project ``p`` leaves unsaid from the latest report that states them."""
    latest = rows.iloc[-1]
    carried = []
    bounds = parse_qualifiers(latest["qualifiers"])
    for name in [*CARRIED, "due", "kind"]:
        if name == "kind":
            stated = rows[rows["kind"] != "other"]
            if latest["kind"] == "other" and len(stated):
                projects.at[p, "kind"] = stated.iloc[-1]["kind"]
            continue
        if _stated(latest[name]) or (name == "due" and _stated(latest["due_year"])):
            continue
        have = rows[rows[name].map(_stated) | (rows["due_year"].map(_stated) if name == "due" else False)]
        if not len(have):
            continue
        source = have.iloc[-1]
        projects.at[p, name] = source[name]
        if name == "due":
            projects.at[p, "due_year"] = source["due_year"]
        if name in FIGURE_FIELDS:
            bound = parse_qualifiers(source["qualifiers"]).get(name)
            if bound:
                bounds[name] = bound
        carried.append(f"{name}@{source['id']}")
    projects.at[p, "qualifiers"] = "; ".join(f"{k}={v}" for k, v in bounds.items())
    projects.at[p, "carried"] = "; ".join(carried)


def _plain(value: object) -> object:
    """Return ``value`` as JSON can hold it: a missing figure (NaN) as None; text, even empty, as it is."""
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def _history(rows: pd.DataFrame) -> list[dict]:
    """Return the reports of one project, newest first, each marked with what changed since the earlier ones."""
    entries = []
    previous: dict[str, object] = {}
    for _, row in rows.iterrows():
        entry = {name: _plain(row[name]) for name in HISTORY}
        changed = {}
        for name in CHANGES:
            value = entry[name]
            if value is None or value == "":
                continue
            before = previous.get(name)
            bound = parse_qualifiers(row["qualifiers"]).get(name, "") if name in FIGURE_FIELDS else ""
            if before is not None and (before != value or previous.get(name + "~", "") != bound):
                changed[name] = before
            previous[name] = value
            previous[name + "~"] = bound
        entry["changed"] = changed
        entries.append(entry)
    return entries[::-1]


def _disagreements(rows: pd.DataFrame, *, file: str) -> list[Problem]:
    """Return a problem for each report of one project whose kind or place disagrees with an earlier one."""
    problems = []
    project = rows.iloc[0]["project"]
    stated = rows[rows["kind"] != "other"]
    if len(stated):
        first = stated.iloc[0]
        for _, row in stated.iloc[1:].iterrows():
            if row["kind"] != first["kind"]:
                problems.append(
                    Problem(
                        file,
                        int(row["line"]),
                        "kind",
                        f"project {project!r} is {row['kind']!r} here but {first['kind']!r} on line {first['line']}",
                        "reports of one project name the same kind: correct one of them, "
                        "or give this row another project",
                    )
                )
    widest = None
    for _, row in rows.iterrows():
        if not row["precision"] or row.geometry is None or row.geometry.is_empty:
            continue  # an unplaced row is told by the join
        if widest is None:
            widest = row
            continue
        trouble = _place_trouble(widest, row)
        if trouble:
            problems.append(
                Problem(
                    file,
                    int(row["line"]),
                    "place",
                    f"project {project!r}: {trouble} line {widest['line']} («{widest['place']}», {widest['precision']})",
                    "a later report may refine the place, never widen or move it: write the place "
                    "as that row does or more precisely inside it, or give this row another project",
                )
            )
        elif PRECISION_ORDER.index(row["precision"]) <= PRECISION_ORDER.index(widest["precision"]):
            widest = row
    return problems


def _place_trouble(earlier: pd.Series, later: pd.Series) -> str:
    """Return how ``later``'s place disagrees with ``earlier``'s (the most precise so far), or ""."""
    rank_earlier = PRECISION_ORDER.index(earlier["precision"])
    rank_later = PRECISION_ORDER.index(later["precision"])
    here = f"«{later['place']}» ({later['precision']}) is"
    if rank_later > rank_earlier:
        return f"{here} less precise than on"
    if earlier["precision"] == "country":
        return ""
    if earlier["precision"] == "region" and later["region"] and later["region"] != earlier["region"]:
        return f"{here} in another region than"
    away = distance_m(_Point(earlier), later.geometry.y, later.geometry.x)
    if rank_later == rank_earlier:
        # The same place: the same point, or for coordinates, within a few hundred metres.
        if away > (500 if later["precision"] == "exact" else 1):
            return f"{here} another place than on"
        return ""
    if away > earlier["radius_m"] + later["radius_m"]:
        return f"{here} {away / 1000:.0f} km from, outside the place of"
    return ""


class _Point:
    """A report's point as ``distance_m`` takes a place (lat, lon)."""

    def __init__(self, row: pd.Series):
        self.lat = row.geometry.y
        self.lon = row.geometry.x
