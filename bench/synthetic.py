"""Synthetic facility records for the scale benchmark.

    python bench/synthetic.py 100000 big.csv [followed]
    python bench/synthetic.py 100000 big.csv realistic

Places are drawn from the gazetteer (districts, towns, regions, in the
spellings users write, with their region), one record in ten has its own lat/lon near its
place; names are Cyrillic.  ``followed`` (0 to 1, default 0) is the share
of projects reported again: each such project gets two to four reports a
year apart, its status moving on and its promised year moving later.  The
same seed gives the same file.

``realistic`` records look like those of real articles instead (see
:func:`realistic_rows`): unique names, quotes, an address per article of
five records, figures and dates as reporters write them.
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


# ---------------------------------------------------------------- records that look real
# Nouns of facilities in Russian and Kazakh, with their kind and an English noun.
FACILITIES = [
    ("врачебная амбулатория", "дәрігерлік амбулатория", "polyclinic", "medical outpatient clinic"),
    ("фельдшерско-акушерский пункт", "фельдшерлік-акушерлік пункт", "polyclinic", "feldsher-midwife post"),
    ("городская поликлиника", "қалалық емхана", "polyclinic", "city polyclinic"),
    ("центральная районная больница", "орталық аудандық аурухана", "hospital", "central district hospital"),
    ("многопрофильная больница", "көпбейінді аурухана", "hospital", "multi-profile hospital"),
    ("перинатальный центр", "перинаталдық орталық", "perinatal", "perinatal centre"),
    ("родильный дом", "перзентхана", "maternity", "maternity hospital"),
    ("реабилитационный центр", "оңалту орталығы", "rehabilitation", "rehabilitation centre"),
    ("онкологический центр", "онкологиялық орталық", "oncology", "oncology centre"),
]
DUES = [
    ("IV квартал {y}", 0), ("до конца {y} года", 0), ("{y} жылдың ақпаны", 0), ("осы жылдың соңына дейін", 0),
    ("{y}–{y2}", 1), ("ноябрь {y}", 0), ("II полугодие {y}", 0), ("{y} жылдың үшінші тоқсаны", 0),
]  # fmt: skip
QUOTES_RU = [
    "{Name} в {where} {verb}, сообщили в акимате. {Figure}",
    "По словам акима, {name} {verb}; сдать объект обещают в срок: {due}. {Figure}",
    "В {where} {verb} {name}. Жители ждали этого объекта несколько лет.",
]
QUOTES_KK = [
    "{where} {name} {verb_kk}, деп хабарлады облыс әкімдігі. {Figure}",
    "Әкімнің айтуынша, {name} {due} пайдалануға беріледі. {Figure}",
]
VERBS = {
    "planned": ("будет построена", "салынады"), "design": ("проходит госэкспертизу", "жобалануда"),
    "construction": ("строится", "салынуда"), "suspended": ("заморожена", "тоқтатылды"),
    "completed": ("открылась", "пайдалануға берілді"), "cancelled": ("отменена", "бас тартылды"),
}  # fmt: skip


def _cost(rng: random.Random) -> str:
    """A sum as reporters write it: «1,27 млрд тенге», «272,1 млн теңге», «свыше 2 млрд тенге»."""
    if rng.random() < 0.5:
        text = f"{rng.randint(50, 999)},{rng.randint(0, 9)} млн {rng.choice(['тенге', 'теңге'])}"
    else:
        text = f"{rng.randint(1, 45)},{rng.randint(0, 99):02d} млрд тенге"
    return ("свыше " + text) if rng.random() < 0.1 else text


def realistic_rows(n: int, *, seed: int = 1) -> list[dict[str, str]]:
    """Return ``n`` records that look like those taken from real articles.

    Every name is unique and written in Russian or Kazakh with its English
    name; each record has a one-to-two-sentence quote; five records share an
    article (its own address); figures and promised dates are written as
    reporters write them; a third of the records have their own coordinates.
    """
    rng = random.Random(seed)
    reference = load_reference()
    gazetteer, regions = reference.gazetteer, reference.region_names()
    places = [p for p in gazetteer.places if p.precision in ("district", "microdistrict", "street", "city")]
    rows = []
    for i in range(n):
        place = rng.choice(places)
        ru, kk, kind, en = rng.choice(FACILITIES)
        status = rng.choice(list(STATUSES))
        kazakh = rng.random() < 0.4
        noun = kk if kazakh else ru
        where = place.name_kk or place.name if kazakh else place.name
        # The number makes the name unique: «врачебная амбулатория № 4127 (Кокпекты)».
        name = f"{noun[:1].upper()}{noun[1:]} № {i + 1} ({where})"
        year = rng.randint(2024, 2030)
        due, span = rng.choice(DUES)
        due = due.format(y=year, y2=year + 1)
        figure = _cost(rng)
        article = i // 5
        if kazakh:
            quote = rng.choice(QUOTES_KK).format(
                where=where, name=noun, verb_kk=VERBS[status][1], due=due, Figure=f"Жобаның құны — {figure}."
            )
        else:
            quote = rng.choice(QUOTES_RU).format(
                Name=noun.capitalize(), name=noun, where=where, verb=VERBS[status][0], due=due,
                Figure=f"Стоимость проекта — {figure}.",
            )  # fmt: skip
        row = {
            "id": f"r-{i}",
            "project": "",
            "name": name,
            "name_en": f"{en.capitalize()} No. {i + 1}, {place.name_en or place.name}",
            "kind": kind,
            "status": status,
            "place": _written(place, rng, gazetteer, regions),
            "lat": "",
            "lon": "",
            "cost_kzt": figure,
            "beds": str(rng.choice([25, 50, 100, 150, 200, 300])) if kind != "polyclinic" else "",
            "visits_per_shift": str(rng.choice([50, 100, 250, 500])) if kind == "polyclinic" else "",
            "progress_pct": str(rng.randint(5, 95)) if status == "construction" and rng.random() < 0.5 else "",
            "due": due,
            "due_year": str(year + span) if "осы" not in due else "",
            "source": f"article-{article}.txt",
            "source_url": "",
            "published": "",
            "quote": quote,
        }
        if i % 5 == 0:
            # A new article: its address and date, shared by its five records.
            url = f"https://news.example.kz/{place.region or 'kz'}/{article}-{kind}-{year}"
            published = f"{year - 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        row["source_url"], row["published"] = url, published
        if "осы" in due:
            row["due_year"] = row["published"][:4]
        if rng.random() < 1 / 3:
            row["lat"] = f"{min(55.4, max(40.6, place.lat + rng.uniform(-0.02, 0.02))):.5f}"
            row["lon"] = f"{min(87.3, max(46.5, place.lon + rng.uniform(-0.02, 0.02))):.5f}"
        rows.append(row)
    return rows


REALISTIC_COLUMNS = [
    "id", "project", "name", "name_en", "kind", "status", "place", "lat", "lon", "cost_kzt", "beds", "visits_per_shift",
    "progress_pct", "due", "due_year", "source", "source_url", "published", "quote",
]  # fmt: skip


def write_synthetic(path: Path, n: int, *, followed: float = 0.0, realistic: bool = False) -> Path:
    """Write ``n`` records to ``path``: real-looking ones (``realistic``), or the simple repeated ones."""
    rows = realistic_rows(n) if realistic else synthetic_rows(n, followed=followed)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=REALISTIC_COLUMNS if realistic else COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


if __name__ == "__main__":
    kind = sys.argv[3] if len(sys.argv) > 3 else "0"
    if kind == "realistic":
        write_synthetic(Path(sys.argv[2]), int(sys.argv[1]), realistic=True)
    else:
        write_synthetic(Path(sys.argv[2]), int(sys.argv[1]), followed=float(kind))
