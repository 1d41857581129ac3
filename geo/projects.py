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

from geo.columns import factorize
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
# What a report's history entry holds (what tells reports apart, and the
# evidence), and which fields are marked when they change.
HISTORY = [
    "id", "report_date", "status", "progress_pct", "due", "due_year", "cost_kzt", "funding_kzt", "qualifiers",
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
    # Each distinct source is looked up once.
    codes, names = factorize(facilities["source"])
    dated = [(sources.get(name) or {}).get("published", "") or "" for name in names]
    stated = pd.Series(np.array(dated + [""], dtype=object)[codes], index=facilities.index)
    return own.where(own != "", stated).astype(str)


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
    # Shallow: the columns added here are the copy's own (copy-on-write); 100,000 rows of forty
    # columns are not copied again, nor below where the order or the projects change nothing.
    f = facilities.copy(deep=False)
    f["project"] = f["project"].where(f["project"] != "", f["id"]) if "project" in f else f["id"]
    f["report_date"] = report_dates(f, sources)
    codes, dates = factorize(f["report_date"])
    keys = np.array([date_key(d) or (0, 0, 0) for d in dates], dtype=np.int64).reshape(-1, 3)[codes]
    project_codes, _ = factorize(f["project"])
    order = np.lexsort((f["line"].to_numpy(), keys[:, 2], keys[:, 1], keys[:, 0], project_codes))
    in_order = bool((order == np.arange(len(order))).all())
    reports = (f if in_order else f.iloc[order]).reset_index(drop=True)
    project = project_codes[order]
    sizes = np.bincount(project)
    last = np.cumsum(sizes) - 1
    first = last - sizes + 1
    projects = reports.copy(deep=False) if len(last) == len(reports) else reports.iloc[last].reset_index(drop=True)
    projects["reports"] = sizes
    projects["first_published"] = reports["report_date"].to_numpy()[first]
    projects["status_as_of"] = projects["report_date"]
    projects["carried"] = ""
    projects["history"] = None
    problems: list[Problem] = []
    several = np.flatnonzero(sizes > 1)
    if len(several):
        # Only the projects followed over several reports need more: their rows, group by group.
        rows = np.concatenate([np.arange(first[p], last[p] + 1) for p in several.tolist()])
        group = np.repeat(np.arange(len(several)), sizes[several])
        # Where each project's reports begin among them: the projects' sizes, summed.
        starts = np.r_[0, np.cumsum(sizes[several])[:-1]]
        followed = reports.iloc[rows].reset_index(drop=True)
        problems = _disagreements(followed, group, starts, file=file)
        _carry(projects, several, followed, starts)
        projects.loc[several, "history"] = pd.Series(_histories(followed, group, starts), index=several, dtype=object)
    # Each distinct promise is read once: thousands of projects share «2026» or «IV квартал 2025».
    due_codes, dues = factorize(projects["due"].fillna(""))
    year_codes, years = pd.factorize(projects["due_year"], use_na_sentinel=False)  # no year is a value too
    width = max(len(years), 1)
    promise, pairs = pd.factorize(due_codes.astype(np.int64) * width + year_codes)
    ends = [due_end(dues[p // width], years[p % width]) for p in pairs.tolist()]
    projects["due_end"] = np.array([e.isoformat() if e else "" for e in ends], dtype=object)[promise]
    final = projects["status"].isin(FINAL_STATUSES).to_numpy()
    passed = np.array([bool(e and e < as_of) for e in ends], dtype=bool)
    projects["deadline_passed"] = passed[promise] & ~final
    projects = projects.drop(columns=["report_date"])
    return Tracked(gpd.GeoDataFrame(projects, geometry=projects.geometry.name, crs=facilities.crs), reports, problems)


def _stated(column: pd.Series) -> np.ndarray:
    """Return, per row, whether the report states a value (not empty text, not a missing figure)."""
    if column.dtype.kind == "f":
        return column.notna().to_numpy()
    return (column.fillna("") != "").to_numpy()


def _last_where(mask: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Return, per group (its rows together, from ``starts``), the last row where ``mask`` holds, or -1."""
    at = np.where(mask, np.arange(len(mask)), -1)
    return np.maximum.reduceat(at, starts)


def _carry(projects: pd.DataFrame, several: np.ndarray, rows: pd.DataFrame, starts: np.ndarray) -> None:
    """Fill what the latest report of each project in ``several`` leaves unsaid from the latest that states it.

    ``rows`` are those projects' reports, oldest first, project by project
    (in the order of ``several``); ``starts`` where each project's begin.
    """
    latest = np.r_[starts[1:], len(rows)] - 1
    carried = pd.Series([""] * len(several), dtype=object)
    bounds = {}
    # A report naming no kind («other») agrees with any: the project's kind is the latest named.
    named = _last_where((rows["kind"] != "other").to_numpy(), starts)
    use = named >= 0
    projects.loc[several[use], "kind"] = rows["kind"].to_numpy()[named[use]]
    due_stated = _stated(rows["due"]) | _stated(rows["due_year"])
    for name in [*CARRIED, "due"]:
        stated = due_stated if name == "due" else _stated(rows[name])
        source = _last_where(stated, starts)
        take = (source >= 0) & (source != latest)
        if not take.any():
            continue
        targets = several[take]
        projects.loc[targets, name] = rows[name].to_numpy()[source[take]]
        if name == "due":
            projects.loc[targets, "due_year"] = rows["due_year"].to_numpy()[source[take]]
        ids = rows["id"].to_numpy()[source[take]]
        carried[take] = carried[take] + np.where(carried[take] != "", "; ", "") + f"{name}@" + ids.astype(object)
        if name in FIGURE_FIELDS:
            for k, row in zip(np.flatnonzero(take).tolist(), source[take].tolist(), strict=True):
                bound = parse_qualifiers(rows["qualifiers"].iat[row]).get(name)
                if bound:
                    bounds.setdefault(k, parse_qualifiers(rows["qualifiers"].iat[latest[k]]))[name] = bound
    projects.loc[several, "carried"] = carried.to_numpy()
    for k, pairs in bounds.items():
        projects.at[several[k], "qualifiers"] = "; ".join(f"{key}={value}" for key, value in pairs.items())


def _histories(rows: pd.DataFrame, group: np.ndarray, starts: np.ndarray) -> list[list[dict]]:
    """Return each project's reports, newest first, each marked with what changed since the earlier ones.

    ``changed`` maps a field to its value before, for each field the report
    states differently from the latest earlier report that stated it.
    """
    entries = rows[HISTORY].astype(object).where(rows[HISTORY].notna(), None).to_dict("records")
    bounds = [parse_qualifiers(q) for q in rows["qualifiers"].fillna("")]
    changed: dict[int, dict] = {}
    for name in CHANGES:
        column = rows[name]
        stated = _stated(column)
        # With its qualifier, «свыше 1 млрд» and «1 млрд» differ.
        value = pd.Series(
            [(v, b.get(name, "")) if ok else None for v, b, ok in zip(column.tolist(), bounds, stated, strict=True)],
            dtype=object,
        )
        before = value.groupby(group).shift(1).groupby(group).ffill()
        differs = stated & before.notna().to_numpy() & (value.to_numpy() != before.to_numpy())
        for k in np.flatnonzero(differs).tolist():
            was = before.iat[k][0]
            changed.setdefault(k, {})[name] = was.item() if isinstance(was, np.generic) else was
    for k, entry in enumerate(entries):
        entry["changed"] = changed.get(k, {})
    bounds_of = [*starts.tolist(), len(entries)]
    return [entries[a:b][::-1] for a, b in zip(bounds_of[:-1], bounds_of[1:], strict=True)]


def _disagreements(rows: pd.DataFrame, group: np.ndarray, starts: np.ndarray, *, file: str) -> list[Problem]:
    """Return a problem for each report whose kind or place disagrees with an earlier one of its project."""
    problems = []
    kind = rows["kind"].to_numpy()
    named = kind != "other"
    at = np.where(named, np.arange(len(rows)), len(rows))
    first = np.minimum.reduceat(at, starts)[group]
    for k in np.flatnonzero(named & (first < len(rows)) & (kind != kind[np.minimum(first, len(rows) - 1)])).tolist():
        row, earlier = rows.iloc[k], rows.iloc[first[k]]
        problems.append(
            Problem(
                file,
                int(row["line"]),
                "kind",
                f"project {row['project']!r} is {row['kind']!r} here but {earlier['kind']!r} on line {earlier['line']}",
                "reports of one project name the same kind: correct one of them, or give this row another project",
            )
        )
    # Most projects are reported at one place each time: only the others are compared report by report.
    where = pd.DataFrame(
        {"g": group, "p": rows["precision"].to_numpy(), "x": rows.geometry.x.round(6), "y": rows.geometry.y.round(6)}
    )
    moved = where.groupby("g").nunique().max(axis=1).to_numpy() > 1
    for g in np.flatnonzero(moved).tolist():
        problems += _places_disagree(rows.iloc[np.flatnonzero(group == g)], file=file)
    return problems


def _places_disagree(rows: pd.DataFrame, *, file: str) -> list[Problem]:
    """Return a problem for each report of one project placed less precisely than, or away from, an earlier one."""
    problems = []
    project = rows.iloc[0]["project"]
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
