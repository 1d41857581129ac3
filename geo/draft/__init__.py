"""Drafting records from a news article: candidate rows to check, in the columns of ``facilities.csv``.

``draft_records(article, gazetteer, region_names=…)`` reads nothing and writes nothing: it
takes an :class:`~geo.draft.article.Article` (see ``read_article``) and
returns the rows, the candidate notes and the places that did not resolve.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from geo.draft import rules
from geo.draft.article import Article, ArticleError, read_article
from geo.draft.extract import Draft, Facility, draft
from geo.draft.mentions import PART_PREFIXES, Mention, in_language
from geo.draft.reading import due_year
from geo.output import csv_text
from geo.places.gazetteer import Gazetteer, Place
from geo.places.resolve import resolve
from geo.records.schema import RECORD_COLUMNS

__all__ = ["Article", "ArticleError", "Drafted", "draft_records", "read_article", "rows_csv"]


@dataclass
class Drafted:
    """The candidate records of one article, and what a person should look at."""

    article: Article
    language: str
    rows: list[dict[str, str]]
    notes: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)


def draft_records(
    article: Article,
    gazetteer: Gazetteer,
    *,
    region_names: dict[str, str],
    published: str = "",
    url: str = "",
) -> Drafted:
    """Return candidate records for ``article``: one row per facility project it reports.

    ``region_names`` are the regions' Russian names by pcode (see
    ``geo.places.cache.cached_gazetteer``); ``published`` and ``url``
    override what the page itself states.
    """
    published = published or article.published
    url = url or article.url
    # The date given on the command line is the article's for every rule that reads it («в этом году»).
    result = draft(dataclasses.replace(article, published=published), gazetteer)
    names = region_names
    rows, unresolved = [], []
    stem = re.sub(r"\.[A-Za-z]+$", "", article.file)
    for n, facility in enumerate(result.facilities, start=1):
        place = _place_text(facility, result, gazetteer, names)
        hit = resolve(place, gazetteer) if place else None
        if hit is None or hit.place is None or hit.unmatched:
            unresolved.append(f"{stem}-{n}: {place or '(no place named)'}")
        rows.append(_row(f"{stem}-{n}", facility, result, place, published=published, url=url))
    return Drafted(article, result.language, rows, result.notes, unresolved)


def _context(result: Draft, *, lead: bool = False) -> list[Place]:
    """Return the places the article is about, the title's and the lead's first (only theirs: ``lead``)."""
    return [m.place for m in result.context if m.known and (not lead or m.sentence < 3)]


def _holds(outer: Place, inner: Place, gazetteer: Gazetteer) -> bool:
    """Whether ``outer`` (a district, city or region) holds ``inner``."""
    if outer.id == inner.id:
        return False
    if outer.precision == "region":
        return inner.region == outer.region or outer.region in inner.regions
    return outer in gazetteer.ancestors(inner)


def _enclosing(mention: Mention, result: Draft, precision: str) -> Place | None:
    """Return the district (or city) a village the gazetteer lacks is in, by what the article says, or None.

    Its own sentence's, the nearest with no other village between («села Тущикудук Исатайского
    района»; in Kazakh the district comes first: «Бұланды ауданында Партизанка мен Алтынды
    ауылдарына»); else the one the headline and lead name, when they name only one.  Never a guess
    among several.
    """
    own = [m for m in result.context if m.sentence == mention.sentence]
    sentence = result.sentences[mention.sentence] if 0 <= mention.sentence < len(result.sentences) else ""
    candidates = []
    for m in own:
        if not m.known or m.place.precision != precision:
            continue
        if (
            result.language == "kk"
            and m.at > mention.at
            and not re.match(r"\s*\(", sentence[mention.end : m.at])
            # (or after a comma on a line of a list: «- Нұра ауылы, Ырғыз ауданы;»)
            and not (rules.LIST_MARK.match(sentence) and re.fullmatch(r"\s*\w*\s*,\s*", sentence[mention.end : m.at]))
        ):
            continue  # after the village only in brackets: «Арнасай (Аршалы ауданы)»
        low, high = sorted((m.end, mention.at)) if m.at < mention.at else sorted((mention.end, m.at))
        between = [v for v in own if v.typed and v.group != mention.group and low <= v.at < high]
        if not between:
            # («Жарык в Мугалжарском районе, Бегалы в Кобдинском районе»: the district right after is its own.)
            right_after = m.at > mention.at and re.fullmatch(r"\s*(?:в\s+)?", sentence[mention.end : m.at])
            candidates.append((-1 if right_after else max(m.at - mention.end, mention.at - m.end), m.place))
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    # The article's own district: the one its headline and lead name, if only one.
    named = {p.id: p for p in _context(result, lead=True) if p.precision == precision}
    return next(iter(named.values())) if len(named) == 1 else None


def _city_district(facility: Facility, result: Draft) -> Place | None:
    """Return the one district of a city the facility's own sentences name, else None."""
    found = {
        m.place.id: m.place
        for m in result.context
        if m.known and m.sentence in facility.sentences and m.place.kind == "city_district"
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _place_text(facility: Facility, result: Draft, gazetteer: Gazetteer, names: dict[str, str]) -> str:
    """Write the facility's place as a reporter would: most specific first, then district, city or region."""
    context = _context(result)
    mention = facility.place
    if mention is None:
        # No place in the facility's own sentences: the article's own town or district (named in its title
        # or lead: a village named further on may be another facility's), else its region.
        towns = [p for p in _context(result, lead=True) if p.precision in ("city", "district", "microdistrict")]
        # A town outside the region the lead names is where it was said («Астанада … Ақмола облысы»).
        named = {p.region for p in _context(result, lead=True) if p.precision == "region"}
        towns = [p for p in towns if not named or p.region in named]
        main = towns[0] if towns else next((p for p in context if p.precision == "region"), None)
        if main is None:
            return ""
        parts = [_written(main, kazakh=result.language == "kk")]
        place = main
    elif not mention.known or (
        mention.place.precision == "city"
        and mention.place.importance < 2
        and any(p.precision in ("district", "region") for p in context)
        and not any(p.precision in ("district", "region") and _holds(p, mention.place, gazetteer) for p in context)
        # A town the gazetteer knows in a region the article names is that town, whatever district it is in.
        and not any(p.precision in ("district", "region") and p.region == mention.place.region for p in context)
    ):
        # A village the gazetteer lacks: the district and region the article names place it.
        parts = [mention.text]
        # A microdistrict is in a city; a village in a district and a region.
        district = _enclosing(mention, result, "district")
        if mention.text.startswith(PART_PREFIXES) or mention.text.endswith("шағын ауданы"):
            wider = [district, _enclosing(mention, result, "city")]
        else:
            # The region is the district's, else the article's.
            regions = [p for p in context if p.precision == "region"]
            # None named: the one region all the article's places are in («Павлодар қаласына қарасты …»).
            around = {p.region for p in context if p.region}
            if not regions and len(around) == 1:
                regions = [gazetteer.by_id[r] for r in around if r in gazetteer.by_id]
            if district is not None:
                regions = [p for p in regions if p.region == district.region] or [gazetteer.by_id.get(district.region)]
            wider = [district, regions[0] if regions else None]
        for other in wider:
            if other is not None:
                parts.append(_written(other, kazakh=result.language == "kk"))
        return ", ".join(dict.fromkeys(parts))
    else:
        parts, place = [mention.text], mention.place
        district = _city_district(facility, result)
        if place.precision == "city" and district is not None and district.parent == place.id:
            # «В Астане в районе Сарыарка … поликлиника»: the city's district its own sentence names places it finer.
            parts, place = [_written(district, kazakh=result.language == "kk")], district
    # Wider places the article names that hold this one: district, then city, then region.
    kazakh = result.language == "kk"
    for wider in ("district", "city", "region"):
        for other in context:
            written = _written(other, kazakh=kazakh)
            if other.precision == wider and _holds(other, place, gazetteer) and written not in parts:
                if wider == "region" and any(p.precision == "city" and p.importance >= 2 for p in [place]):
                    continue
                parts.append(written)
                break
    city = gazetteer.city_of(place)
    if city is not None and _written(city, kazakh=kazakh) not in parts and place.precision != "city":
        parts.append(_written(city, kazakh=kazakh))
    region = gazetteer.by_id.get(place.region)
    region_name = _written(region, kazakh=True) if kazakh and region is not None else names.get(place.region)
    if place.precision == "city" and place.importance < 2 and region_name and region_name not in parts:
        # A town or village: its region tells it from its homonyms.
        if len(gazetteer.lookup(place.name)) > 1:
            parts.append(region_name)
    return ", ".join(dict.fromkeys(parts))


def _written(place: Place, *, kazakh: bool) -> str:
    """A place's name in the article's language: its Kazakh name in a Kazakh article, where it has one."""
    return in_language(place, "kk" if kazakh else "ru")


def _quote(facility: Facility, result: Draft) -> str:
    chosen = sorted(facility.sentences)[:3]
    out, previous = "", None
    for k in chosen:
        sentence = result.sentences[k]
        out += sentence if previous is None else (" " if k == previous + 1 else " ... ") + sentence
        previous = k
    return out


def _work(facility: Facility) -> str:
    """The facility's work: equipment or modernisation beside building or repair is part of it."""
    works = [w for w in facility.work if w not in ("equipment", "modernisation")] or facility.work
    if works == ["equipment"] and facility.loose_work:
        # «Здесь установят оборудование» of a hospital under repair: the repair is the project, its machines part.
        return facility.loose_work
    return "+".join(works[:2]) or facility.loose_work


# Kinds whose patients stay: how many they take in is their beds.
INPATIENT_KINDS = ("hospital", "perinatal", "maternity", "rehabilitation", "oncology")


def _row(row_id: str, facility: Facility, result: Draft, place: str, *, published: str, url: str) -> dict[str, str]:
    row = dict.fromkeys(RECORD_COLUMNS, "")
    number = re.search(r"№\s*(\d+)", facility.name)
    quoted = re.search(r"«([^»]+)»", facility.name)
    english = facility.noun_en[:1].upper() + facility.noun_en[1:]
    if number:
        english += f" No. {number.group(1)}"
    if quoted:
        english += f" «{quoted.group(1)}»"
    if facility.place is not None and facility.place.place.name_en:
        english += f", {facility.place.place.name_en}"
    row.update(
        id=row_id,
        name=facility.name,
        name_en=english,
        kind=facility.kind,
        work=_work(facility),
        status=facility.status or "planned",
        place=place,
        start=facility.start,
        due=facility.due,
        due_year=due_year(facility.due, published) if facility.due else "",
        source=result.article.file,
        source_url=url,
        published=published,
        quote=_quote(facility, result),
    )
    figures = dict(facility.figures)
    patients = figures.pop("patients", "")
    if patients and facility.kind in INPATIENT_KINDS:
        figures.setdefault("beds", patients)  # «больница рассчитана на 200 детей»: its beds
    row.update(figures)
    return row


def rows_csv(rows: list[dict[str, str]]) -> str:
    """Return ``rows`` as CSV text with the header of ``facilities.csv``."""
    return csv_text(rows, RECORD_COLUMNS)
