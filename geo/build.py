"""From a records file to the page, the GeoJSON and a summary: the whole pipeline, no writing."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

import geopandas as gpd

from geo.errors import RecordsError
from geo.geojson import geojson_chunks
from geo.join import place_records
from geo.memory import give_back
from geo.notes import read_notes, read_sources
from geo.page.elements import render_page
from geo.page.map import build_map
from geo.page.search import place_entries
from geo.places.districts import district_points
from geo.places.gazetteer import Gazetteer
from geo.places.reference import Reference, load_reference
from geo.places.tables import read_user_places
from geo.projects import track_projects
from geo.records import (
    REQUIRED_COLUMNS,
    lost_letters,
    read_table,
    records_frame,
    refuse_computed_columns,
    require_columns,
    unknown_sources,
    validate_records,
)
from geo.records.schema import RECORD_COLUMNS
from geo.records.vocab import STATUSES
from geo.records.workbook import is_workbook, sheet_names

COARSE = ("region", "country")
SHOW_COARSE = 10


@dataclass
class Outputs:
    """What one run makes: the projects, and from them the page and the GeoJSON.

    ``facilities`` holds one row per project (its latest values, see
    geo.projects); ``reports`` every record, as read and placed.
    """

    facilities: gpd.GeoDataFrame
    reports: gpd.GeoDataFrame
    as_of: datetime.date
    regions: gpd.GeoDataFrame
    gazetteer: Gazetteer
    notes: list[dict]
    sources: dict[str, dict]
    outlines: dict
    warnings: list[str]
    # What the page says it was built from, and when (local time, to the minute).
    built_from: str = ""
    built_at: str = ""

    @cached_property
    def page(self) -> list[bytes]:
        """The page as UTF-8 pieces to write one after another (built on first use)."""
        fmap = build_map(
            self.facilities,
            regions=self.regions,
            notes=self.notes,
            sources=self.sources,
            cities=major_cities(self.gazetteer),
            places=place_entries(self.facilities["place_id"].tolist(), self.gazetteer),
            outlines=self.outlines,
            districts=district_points(self.gazetteer, set(self.facilities["district"])),
            reports=self.reports,
            as_of=self.as_of,
            built={"file": self.built_from, "at": self.built_at},
        )
        page = render_page(fmap, lang="ru")
        # The map's elements point at each other: only the cycle collector
        # frees them, and their copy of the data is large at 100,000 records.
        del fmap
        give_back()
        return page

    @property
    def html(self) -> str:
        """The page as text."""
        return b"".join(self.page).decode("utf-8")

    def geojson(self) -> Iterator[bytes]:
        """Return the GeoJSON of the facilities, in pieces to write one after another."""
        return geojson_chunks(self.facilities)

    def summary(self) -> str:
        """Return a few lines for the terminal: projects and reports, by status, past deadlines, coarse places."""
        f = self.facilities
        by_status = Counter(f["status"].tolist())
        projects, reports = len(f), len(self.reports)
        lines = [
            f"{projects} project{'s' if projects != 1 else ''} from {reports} report{'s' if reports != 1 else ''}: "
            + ", ".join(f"{by_status[s]} {s}" for s in STATUSES if by_status[s])
        ]
        passed = int(f["deadline_passed"].sum())
        lines.append(
            f"  {passed} project{'s' if passed != 1 else ''} past the date promised by the latest source "
            f"(as of {self.as_of.isoformat()})"
        )
        coarse = f[f["precision"].isin(COARSE) | (f["place_unmatched"] != "")]
        for row in coarse.head(SHOW_COARSE).itertuples():
            unused = f"; not found: {row.place_unmatched}" if row.place_unmatched else ""
            lines.append(f"  coarse: {row.id} placed at {row.place_name} ({row.precision}){unused}")
        if len(coarse) > SHOW_COARSE:
            lines.append(
                f"  … and {len(coarse) - SHOW_COARSE} more placed only coarsely (see 'precision' in the GeoJSON)"
            )
        lines += [f"  warning: {w}" for w in self.warnings[:SHOW_COARSE]]
        if len(self.warnings) > SHOW_COARSE:
            lines.append(f"  … and {len(self.warnings) - SHOW_COARSE} more warnings")
        # Record text goes to a terminal: a control character in an id or a place is shown, never obeyed.
        return "\n".join(printable(line) for line in lines)


def printable(text: str) -> str:
    """Return ``text`` with control characters written as escapes (``\\x1b``), so a terminal shows them."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def load_facilities(
    path: Path,
    reference: Reference,
    *,
    articles: set[str] | None = None,
    sources: dict[str, dict] | None = None,
    as_of: datetime.date | None = None,
    sheet: str | None = None,
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame, list[str]]:
    """Return the projects of ``path`` (one row each), its reports as points, and the warnings.

    ``articles``, when known, are the sources a record may cite (the files of
    ``articles/`` and the rows of ``sources.csv`` beside the records);
    ``sources`` give the date of a report whose row states none; ``as_of``
    (default: today) is the date deadlines are judged on.
    Raise RecordsError listing every problem: the fields', the sources', the places' and the projects' at once.
    """
    table = read_table(path, sheet=sheet)
    require_columns(table, REQUIRED_COLUMNS)
    refuse_computed_columns(table)
    problems = []
    try:
        records = validate_records(table)
    except RecordsError as e:
        # Go on with what can be read, so that the places' problems are told too.
        problems, records = e.problems, records_frame(table)
    if articles is not None:
        problems += unknown_sources(table, articles)
    placed = place_records(records, reference, file=table.file)
    tracked = track_projects(
        placed.facilities, sources=sources or {}, as_of=as_of or datetime.date.today(), file=table.file
    )
    problems = problems + placed.problems + tracked.problems
    if problems:
        raise RecordsError(sorted(problems, key=lambda p: p.line))
    return tracked.projects, tracked.reports, lost_letters(table) + placed.warnings


def articles_beside(folder: Path, sources: dict[str, dict]) -> set[str] | None:
    """Return the articles records in ``folder`` may cite, or None when the folder says nothing of them."""
    shelf = folder / "articles"
    files = {p.name for p in shelf.iterdir() if p.is_file()} if shelf.is_dir() else set()
    return (files | set(sources)) or None


def major_cities(gazetteer: Gazetteer, *, min_population: int = 90_000) -> list[tuple[dict[str, str], float, float]]:
    """Return ({ru, kk, en} name, lat, lon) of the cities to label on the basemap."""
    return [
        ({"ru": p.name, "kk": p.name_kk or p.name, "en": p.name_en or p.name}, p.lat, p.lon)
        for p in gazetteer.places
        if p.population >= min_population
    ]


def make(path: Path, *, as_of: datetime.date | None = None, sheet: str | None = None) -> Outputs:
    """Read, check and join the records of ``path``; write nothing.

    ``sources.csv``, ``notes.csv`` and ``places.csv`` (a user's own places)
    are read from the same folder when present; a workbook's own
    ``sources`` and ``notes`` sheets serve when those files are absent.
    ``sheet`` names the records' sheet of a workbook (default: the first).
    ``as_of`` (default: today) is the map's date, on which promised dates
    are judged.
    """
    path = Path(path)
    as_of = as_of or datetime.date.today()
    reference = with_user_places(load_reference(), path.parent / "places.csv")
    sheets = workbook_sheets(path)
    sources_path, sources_sheet = companion(path, "sources", sheets)
    sources = read_sources(sources_path, sheet=sources_sheet)
    projects, reports, warnings = load_facilities(
        path, reference, articles=articles_beside(path.parent, sources), sources=sources, as_of=as_of, sheet=sheet
    )
    notes_path, notes_sheet = companion(path, "notes", sheets)
    notes = read_notes(notes_path, reference.gazetteer, sheet=notes_sheet)
    give_back()
    return Outputs(
        projects,
        reports,
        as_of,
        reference.regions,
        reference.gazetteer,
        notes,
        sources,
        reference.outlines,
        warnings,
        built_from=path.name + (f" ({sheet})" if sheet else ""),
        built_at=datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
    )


def report_fingerprints(reports: gpd.GeoDataFrame) -> dict[str, int]:
    """Return, per report id, a hash of what the row says: to tell records added, removed and changed."""
    columns = [c for c in RECORD_COLUMNS if c in reports]
    rows = reports[columns].astype(str).itertuples(index=False, name=None)
    return {row[0]: hash(row) for row in rows}


def workbook_sheets(path: Path) -> list[str]:
    """Return the sheets of the records' workbook; [] when ``path`` is a text file or cannot be read."""
    try:
        with path.open("rb") as f:
            if not is_workbook(f.read(8)):
                return []
    except OSError:
        return []  # told when the records are read
    return sheet_names(path)


def companion(path: Path, name: str, sheets: list[str]) -> tuple[Path, str | None]:
    """Return where ``name`` (sources, notes) is read from: ``name.csv`` beside the records, else a sheet.

    ``sheets`` are those of the records' workbook (see :func:`workbook_sheets`).
    A missing file is no error (there are no sources or notes); the workbook
    is used only when it has a sheet of that name.
    """
    beside = path.parent / f"{name}.csv"
    sheet = next((s for s in sheets if s.strip().casefold() == name), None)
    return (path, sheet) if sheet and not beside.exists() else (beside, None)


def with_user_places(reference: Reference, path: Path) -> Reference:
    """Return ``reference`` whose gazetteer also knows the places of ``path``, when that file exists."""
    if not path.exists():
        return reference
    extra = read_user_places(path, reference.gazetteer, reference.regions, borders=reference.borders)
    return replace(reference, gazetteer=reference.gazetteer.with_places(extra))
