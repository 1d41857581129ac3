"""Promised dates in the page's three languages: «IV квартал 2026» → «Q4 2026» → «2026 ж. IV тоқсаны».

A ``due`` or ``start`` text is read with the words of :mod:`geo.records.dates`
into one period (a year, two years, a quarter, a half-year, a month or a
day) and what bounds it («до», «конец», «начало»).  A text that says
anything else, or more than one period, is not rewritten: the page shows it
as the article wrote it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from geo.records import dates

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
MONTHS_RU = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]  # fmt: skip
MONTHS_RU_OF = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]  # fmt: skip
MONTHS_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]  # fmt: skip
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip

# What bounds a period, by the beginnings of the words that say it (folded as geo.records.dates reads them).
BOUNDS = {
    "by": ("до", "дейин", "by", "не", "позднее", "к"),
    "end": ("конец", "конца", "концу", "конце", "сон", "end", "late"),
    "start": ("начал", "басы", "басын", "beginning", "early", "start"),
}
# Words that say nothing beyond the period: «года», «жылдың», «айында», «текущего», «осы», «в».
FILLER = (
    "год", "г", "гг", "жыл", "ж", "жж", "ай", "в", "во", "на", "течение", "of", "the", "in", "year", "years",
    "осы", "этого", "текущ", "нынешн", "биыл", "this", "срок", "срокам", "планир", "запланир", "ожида",
    # The year of «в следующем году», «келесі жылы» is the record's due_year.
    "следующ", "келеси", "next",
)  # fmt: skip


@dataclass(frozen=True)
class Period:
    """One promised period: ``kind`` is year, years, quarter, half, month or day."""

    kind: str
    year: int
    number: int = 0  # the quarter, half or month
    day: int = 0
    last_year: int = 0  # of years
    bound: str = ""  # "", "by", "end", "by_end" or "start"


def _is(word: str, beginnings: tuple[str, ...]) -> bool:
    # «ай» (month) begins many words: only its own case forms («айы», «айында», «айына») are filler.
    if word.startswith("ай") and len(word) <= 6:
        return "ай" in beginnings
    return any(word == b or (len(b) > 2 and word.startswith(b)) for b in beginnings)


def read_period(text: str, year: int | None = None) -> Period | None:
    """Return the one period ``text`` promises, or None when it says anything else.

    ``year`` stands in where the text names none («до конца года», «осы
    жылдың соңына дейін»): the record's ``due_year``.
    """
    tokens = dates._tokens(text if isinstance(text, str) else "")
    years = [t.number for t in tokens if t.kind == "year"]
    days = [t.date for t in tokens if t.kind == "date"]
    found: list[tuple[str, int, int]] = []  # (kind, number, day)
    used: set[int] = set()
    bounds: set[str] = set()
    for i, token in enumerate(tokens):
        if token.kind != "word":
            continue
        month = dates._month_at(tokens, i)
        if month is not None:
            found.append(("month", month[0], month[1] or 0))
            used.add(i)
            if month[1]:
                used.update(j for j in (i - 1, i + 1) if 0 <= j < len(tokens) and tokens[j].kind == "number")
            continue
        last = dates._part_at(tokens, i)
        if last is not None:
            kind = "quarter" if dates._QUARTERS.get(token.word) is not None else "half"
            found.append((kind, last // (3 if kind == "quarter" else 6), 0))
            used.add(i)
            # The ordinal before it («IV», «4-й», «четвертый») or the figure after «Q».
            for j in (i - 1, i - 2, i + 1):
                if 0 <= j < len(tokens) and tokens[j].kind in ("word", "number") and j not in used:
                    if j == i + 1 and dates._NUMBER_AFTER.get(token.word) is None:
                        continue
                    if tokens[j].kind == "number" or dates._ordinal_before(tokens, i) is not None:
                        used.add(j)
            continue
    for i, token in enumerate(tokens):
        if i in used or token.kind in ("year", "date"):
            continue
        if token.kind == "number":
            return None
        for name, beginnings in BOUNDS.items():
            if _is(token.word, beginnings):
                bounds.add(name)
                break
        else:
            if not _is(token.word, FILLER) and dates._SUFFIXES.get(token.word) is None:
                return None
    bound = "by_end" if {"by", "end"} <= bounds else "".join(sorted(bounds & {"by", "end", "start"}))
    if bound not in ("", "by", "end", "start", "by_end"):
        return None
    if days:
        if len(days) > 1 or found or years:
            return None
        day: datetime.date = days[0]
        return Period("day", day.year, day.month, day.day, bound=bound)
    if len(found) > 1 or len(years) > 2:
        return None
    if not years:
        if year is None:
            return None
        years = [year]
    if found:
        if len(years) != 1:
            return None
        kind, number, d = found[0]
        return Period("day" if d else kind, years[0], number, d, bound=bound)
    if len(years) == 2:
        return Period("years", years[0], last_year=years[1], bound=bound) if years[0] < years[1] else None
    return Period("year", years[0], bound=bound)


def _plain(p: Period) -> dict[str, str]:
    """The period with no bound, in three languages."""
    y = p.year
    if p.kind == "years":
        return {"ru": f"{y}–{p.last_year}", "kk": f"{y}–{p.last_year} жж.", "en": f"{y}–{p.last_year}"}
    if p.kind == "quarter":
        r = ROMAN[p.number]
        return {"ru": f"{r} квартал {y}", "kk": f"{y} ж. {r} тоқсаны", "en": f"Q{p.number} {y}"}
    if p.kind == "half":
        r = ROMAN[p.number]
        return {"ru": f"{r} полугодие {y}", "kk": f"{y} ж. {r} жартыжылдығы", "en": f"H{p.number} {y}"}
    if p.kind == "month":
        m = p.number - 1
        return {"ru": f"{MONTHS_RU[m]} {y}", "kk": f"{y} ж. {MONTHS_KK[m]}", "en": f"{MONTHS_EN[m]} {y}"}
    if p.kind == "day":
        m = p.number - 1
        return {
            "ru": f"{p.day} {MONTHS_RU_OF[m]} {y}",
            "kk": f"{y} ж. {p.day} {MONTHS_KK[m]}",
            "en": f"{p.day} {MONTHS_EN[m]} {y}",
        }
    return {"ru": str(y), "kk": f"{y} ж.", "en": str(y)}


def _period_of(p: Period) -> dict[str, str] | None:
    """The period as the object of «до конца …» / «… соңына дейін» / «by the end of …»."""
    y = p.year
    if p.kind == "year":
        return {"ru": f"{y} года", "kk": f"{y} жылдың", "en": str(y)}
    if p.kind == "quarter":
        r = ROMAN[p.number]
        return {"ru": f"{r} квартала {y} года", "kk": f"{y} ж. {r} тоқсанының", "en": f"Q{p.number} {y}"}
    if p.kind == "half":
        r = ROMAN[p.number]
        return {"ru": f"{r} полугодия {y} года", "kk": f"{y} ж. {r} жартыжылдығының", "en": f"H{p.number} {y}"}
    if p.kind == "month":
        m = p.number - 1
        return {"ru": f"{MONTHS_RU_OF[m]} {y} года", "kk": f"{y} ж. {MONTHS_KK[m]} айының", "en": f"{MONTHS_EN[m]} {y}"}
    return None


def render_period(p: Period) -> dict[str, str] | None:
    """Return ``p`` written in Russian, Kazakh and English, or None when there are no words for it."""
    if not p.bound:
        return _plain(p)
    if p.kind in ("day", "years") and p.bound != "by":
        return None
    if p.bound == "by":
        if p.kind == "year":
            return {"ru": f"до {p.year} года", "kk": f"{p.year} жылға дейін", "en": f"by {p.year}"}
        if p.kind in ("day", "years"):
            plain = _plain(p)
            return {"ru": f"до {plain['ru']}", "kk": f"{plain['kk']} дейін", "en": f"by {plain['en']}"}
    of = _period_of(p)
    if of is None:
        return None
    if p.bound in ("by", "by_end"):
        return {"ru": f"до конца {of['ru']}", "kk": f"{of['kk']} соңына дейін", "en": f"by the end of {of['en']}"}
    if p.bound == "end":
        return {"ru": f"конец {of['ru']}", "kk": f"{of['kk']} соңы", "en": f"end of {of['en']}"}
    return {"ru": f"начало {of['ru']}", "kk": f"{of['kk']} басы", "en": f"early {of['en']}"}


def translate_period(text: str, year: float | None = None) -> dict[str, str] | None:
    """Return ``text`` (a ``due`` or ``start``) in Russian, Kazakh and English, or None to show it as written.

    Examples
    --------
    >>> translate_period("IV квартал 2026")["en"]
    'Q4 2026'
    >>> translate_period("осы жылдың соңына дейін", 2025)["ru"]
    'до конца 2025 года'
    """
    period = read_period(text, dates.whole_year(year))
    return render_period(period) if period else None
