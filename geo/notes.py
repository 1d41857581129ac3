"""Sources (``seeds/sources.csv``) and statements with no single place (``seeds/notes.csv``)."""

from __future__ import annotations

from pathlib import Path

from geo.errors import Problem, RecordsError
from geo.places.gazetteer import Gazetteer
from geo.places.resolve import resolve
from geo.records import read_table, require_columns

SOURCE_COLUMNS = ["source", "outlet", "language", "published", "url"]
# A word on the source itself, in the article's language and in English (the address leads to another edition, …).
SOURCE_NOTES = ["note", "note_en"]
NOTE_COLUMNS = ["id", "place", "text", "text_en", "source", "quote"]


def read_sources(path: Path, *, sheet: str | None = None) -> dict[str, dict[str, str]]:
    """Return the articles by file name: outlet, language, published, url, and a note.  No file, no sources."""
    if not path.exists():
        return {}
    table = read_table(path, sheet=sheet)
    require_columns(table, SOURCE_COLUMNS)
    sources: dict[str, dict[str, str]] = {}
    first: dict[str, int] = {}
    problems = []
    for line, row in table.rows():
        if row["source"] in first:
            problems.append(
                Problem(
                    table.file,
                    line,
                    "source",
                    f"{row['source']!r} is listed already on line {first[row['source']]}",
                    "keep one row per article",
                )
            )
            continue
        first[row["source"]] = line
        sources[row["source"]] = {c: row.get(c, "") for c in SOURCE_COLUMNS[1:] + SOURCE_NOTES}
    if problems:
        raise RecordsError(problems)
    return sources


def read_notes(path: Path, gazetteer: Gazetteer, *, sheet: str | None = None) -> list[dict]:
    """Return the notes grouped by the place they are about, each group with its point and region."""
    if not path.exists():
        return []
    table = read_table(path, sheet=sheet)
    require_columns(table, NOTE_COLUMNS)
    groups: dict[str, dict] = {}
    problems = []
    for line, row in table.rows():
        hit = resolve(row["place"], gazetteer)
        if hit is None or hit.place is None:
            problems.append(
                Problem(
                    table.file,
                    line,
                    "place",
                    f"{row['place']!r} is not a known place",
                    "name a city district, city, region or Казахстан",
                )
            )
            continue
        group = groups.setdefault(
            hit.place.id,
            {
                "place": hit.place.id,
                "name": hit.place.name,
                "names": {
                    "ru": hit.place.name,
                    "kk": hit.place.name_kk or hit.place.name,
                    "en": hit.place.name_en or hit.place.name,
                },
                "precision": hit.place.precision,
                "lat": hit.place.lat,
                "lon": hit.place.lon,
                "region": hit.place.region,
                "items": [],
            },
        )
        group["items"].append(
            {
                "id": row["id"],
                "text": row["text"],
                "text_en": row["text_en"],
                # Optional: the statement in Kazakh, for the page in Kazakh.
                "text_kk": row.get("text_kk", ""),
                "source": row["source"],
                "quote": row["quote"],
            }
        )
    if problems:
        raise RecordsError(problems)
    return list(groups.values())
