"""Deadlines as articles write them: the last day of the period a ``due`` text names.

``due_end("IV квартал 2025")`` is 31 December 2025, ``due_end("2026 жылдың
ақпаны")`` 28 February 2026.  The product compares that day with today to say
whether a promised deadline has passed, so every doubt is settled towards the
later day: a vague text ("конец 2025", "начало 2026", "до 2025 года") means
the end of its year, and a deadline is never reported as passed too early.

Words are looked up in the tables below after :func:`_fold` (lower case,
ё → е, Kazakh letters → their Russian look-alikes), so Kazakh typed without
Kazakh letters ("желтоксан") reads the same as "желтоқсан".
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import re
from typing import NamedTuple

__all__ = ["date_key", "due_end", "whole_year"]

FIRST_YEAR, LAST_YEAR = 1990, 2100

# An entry ending in "*" is a stem: it matches every word that begins with it,
# so case endings work ("ноябрь", "ноября", "ноябре"; "ақпан", "ақпанында").
# Short words that begin unrelated words are written whole instead.
MONTHS: dict[str, int] = {
    # Russian
    "январ*": 1,
    "феврал*": 2,
    "март*": 3,
    "апрел*": 4,
    "май": 5,  # whole words: "ма*" would also match "марта", "маяк"
    "мая": 5,
    "мае": 5,
    "маю": 5,
    "маем": 5,
    "июн*": 6,
    "июл*": 7,
    "август*": 8,
    "сентябр*": 9,
    "октябр*": 10,
    "ноябр*": 11,
    "декабр*": 12,
    # Russian abbreviations ("дек. 2025")
    "янв": 1,
    "фев": 2,
    "февр": 2,
    "мар": 3,
    "апр": 4,
    "авг": 8,
    "сент": 9,
    "окт": 10,
    "нояб": 11,
    "дек": 12,
    # Kazakh
    "қаңтар*": 1,
    "ақпан*": 2,
    "наурыз*": 3,
    "сәуір*": 4,
    "мамыр*": 5,
    "маусым*": 6,
    "шілде*": 7,
    "тамыз*": 8,
    "қыркүйек*": 9,
    "қазан*": 10,
    "қараша*": 11,
    "желтоқсан*": 12,
    # English
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# Words the month stems would take for months: the city of Kazan in Russian.
NOT_MONTHS: tuple[str, ...] = (
    "казань*",
    "казани*",
    "казанск*",
)

# English words that are months only next to a number ("May 2026", "15 March"):
# alone they are mostly the verb "may" or the noun "march".
MONTHS_WITH_NUMBER: tuple[str, ...] = (
    "may",
    "march",
    "mar",
)

QUARTERS: tuple[str, ...] = (
    "квартал*",
    "кв",
    "тоқсан*",
    "quarter*",
    "qtr",
    "q",
)

HALVES: tuple[str, ...] = (
    "полугод*",
    "половин*",  # "первая половина 2026 года"
    "жарты*",  # "жартыжылдық", "жартыжылдығында", "бірінші жартысында", "жарты жылдықта"
    "half",
    "h",
)

# Letters the number follows ("Q4", "H1"); other nouns follow their ordinal.
NUMBER_AFTER: tuple[str, ...] = (
    "q",
    "h",
)

LAST = -1  # "the last quarter": whichever the period has last

ORDINALS: dict[str, int] = {
    # Russian
    "перв*": 1,
    "втор*": 2,
    "трет*": 3,
    "четверт*": 4,
    "последн*": LAST,
    # Kazakh
    "бірінші*": 1,
    "екінші*": 2,
    "үшінші*": 3,
    "төртінші*": 4,
    "соңғы*": LAST,
    # English
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "last": LAST,
    "final": LAST,
}

ROMAN_NUMERALS: dict[str, int] = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
}

# What follows a figure written as an ordinal: "4-й", "4-м", "1-го", "4-ші", "4th".
ORDINAL_SUFFIXES: tuple[str, ...] = (
    "й",
    "я",
    "е",
    "го",
    "м",
    "ом",
    "ем",
    "ое",
    "ый",
    "ий",
    "ой",
    "ая",
    "ші",
    "шы",
    "інші",
    "ыншы",
    "st",
    "nd",
    "rd",
    "th",
)

# Words after a year that make it the year of the periods after it, as Kazakh
# writes them ("2026 жылдың ақпаны"); otherwise a year follows its periods
# ("ақпан 2026", "IV квартал 2025 года").
YEAR_WORDS: tuple[str, ...] = (
    "жыл*",
    "ж",
)

# Kazakh letters, and ё, read as the Russian letters they look like.
_FOLD = str.maketrans("ёәғқңөұүһі", "еагкноуухи")
# Latin letters typed inside a Cyrillic word ("бiрiншi" with Latin i), read as Cyrillic.
_LATIN_IN_CYRILLIC = str.maketrans("aceikmoptxy", "асеикмортху")
# Cyrillic letters typed for Roman numerals ("ІV" with the Kazakh І).
_ROMAN_LOOKALIKES = str.maketrans({"і": "i", "ӏ": "i"})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")

# Digits are ASCII only: int() would also read other scripts' digits.
_TOKEN = re.compile(
    # 2026-03-15, 2026.03.15, 2026-03, and the short range 2025-26
    r"(?<![0-9])(?P<y1>[0-9]{4})(?P<sep>\s*-\s*|[./])(?P<m1>[0-9]{1,2})(?:(?P=sep)(?P<d1>[0-9]{1,2}))?(?![0-9])"
    # 15.03.2026, 15/03/2026, 03.2026
    r"|(?<![0-9])(?:(?P<d2>[0-9]{1,2})[-./])?(?P<m2>[0-9]{1,2})[-./](?P<y2>[0-9]{4})(?![0-9])"
    r"|(?P<number>[0-9]+)"
    r"|(?P<word>[^\W\d_]+)"
)


def _fold(word: str) -> str:
    """Return ``word`` as the tables are looked up: lower case, ё → е, Kazakh letters as Russian ones."""
    word = word.casefold()
    if _CYRILLIC.search(word):
        word = word.translate(_LATIN_IN_CYRILLIC)
    return word.translate(_FOLD)


class _Words:
    """Look-up of a table's words: whole words, then stems (entries ending in ``*``)."""

    def __init__(self, table: dict[str, int] | tuple[str, ...]):
        entries = table.items() if isinstance(table, dict) else ((key, 1) for key in table)
        self.whole: dict[str, int] = {}
        self.stems: dict[str, int] = {}
        for key, value in entries:
            if key.endswith("*"):
                self.stems[_fold(key[:-1])] = value
            else:
                self.whole[_fold(key)] = value
        # One regular expression tries every stem at once; longest first, so the longest stem wins.
        stems = sorted(self.stems, key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, stems))) if stems else None

    def get(self, word: str) -> int | None:
        if word in self.whole:
            return self.whole[word]
        match = self.pattern.match(word) if self.pattern else None
        return self.stems[match.group()] if match else None


_MONTHS = _Words(MONTHS)
_NOT_MONTHS = _Words(NOT_MONTHS)
_MONTHS_WITH_NUMBER = _Words(MONTHS_WITH_NUMBER)
_QUARTERS = _Words(QUARTERS)
_HALVES = _Words(HALVES)
_NUMBER_AFTER = _Words(NUMBER_AFTER)
_ORDINALS = _Words(ORDINALS)
_SUFFIXES = _Words(ORDINAL_SUFFIXES)
_YEAR_WORDS = _Words(YEAR_WORDS)


class _Token(NamedTuple):
    kind: str  # "word", "number", "year" or "date"
    word: str = ""  # a word folded for the tables
    raw: str = ""  # a word in lower case as written (Roman numerals), or a number's digits
    number: int = 0  # a number, or a year
    date: datetime.date | None = None  # a date written in figures: the last day it names


def _is_year(number: int) -> bool:
    return FIRST_YEAR <= number <= LAST_YEAR


def _month_end(year: int, month: int, day: int | None = None) -> datetime.date:
    """Return ``day`` of the month, or the month's last day when there is no such day."""
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, day if day and day <= last else last)


def _figures(year: str, month: str, day: str | None, *, dash: str = "") -> list[_Token]:
    """Return the tokens of a date written in figures; a part that is not a date leaves the year alone.

    ``dash`` is what stands between a year written first and the figures after it ("-", " - ", "/"), unless a dot.
    """
    y, m = int(year), int(month)
    if not _is_year(y):
        return []
    if dash and day is None and len(month) == 2 and m > y % 100 and _is_year(y // 100 * 100 + m):
        # 2025-26 and 2025/26 are the years 2025 to 2026 (a month would be 2026-03, below the year's figures).
        return [_Token("year", number=y), _Token("year", number=y // 100 * 100 + m)]
    if (dash.strip() != dash and day is None) or not 1 <= m <= 12:
        # "2025 - 3" is no date: a month is written 2025-03, without spaces.
        return [_Token("year", number=y)]
    return [_Token("date", number=y, date=_month_end(y, m, int(day) if day else None))]


def _tokens(text: str) -> list[_Token]:
    """Return the words, numbers, years and dates written in ``text``, in order; the rest is ignored."""
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(_DASHES.sub("-", text.casefold())):
        if match["y1"]:
            dash = "" if match["sep"] == "." else match["sep"]
            tokens += _figures(match["y1"], match["m1"], match["d1"], dash=dash)
        elif match["y2"]:
            tokens += _figures(match["y2"], match["m2"], match["d2"])
        elif match["number"]:
            digits = match["number"]
            # A long run of digits is no year and no day: int() of it would only cost time.
            number = int(digits) if len(digits) <= 4 else -1
            kind = "year" if len(digits) == 4 and _is_year(number) else "number"
            tokens.append(_Token(kind, raw=digits, number=number))
        else:
            tokens.append(_Token("word", word=_fold(match["word"]), raw=match["word"]))
    return tokens


def _is_word(tokens: list[_Token], i: int, words: _Words) -> bool:
    return 0 <= i < len(tokens) and tokens[i].kind == "word" and words.get(tokens[i].word) is not None


def _small_number(tokens: list[_Token], i: int) -> int | None:
    """Return the number at ``i`` when it could be a day or an ordinal (one or two figures)."""
    if 0 <= i < len(tokens) and tokens[i].kind == "number" and len(tokens[i].raw) <= 2:
        return tokens[i].number
    return None


def _ordinal_before(tokens: list[_Token], i: int) -> int | None:
    """Return the ordinal written just before ``i``: 4, 4-й, IV, IV-ом, четвертый; None when there is none."""
    j = i - 1
    suffixed = _is_word(tokens, j, _SUFFIXES)
    if suffixed:
        j -= 1
    number = _small_number(tokens, j)
    if number is not None:
        return number
    if not 0 <= j < len(tokens) or tokens[j].kind != "word":
        return None
    roman = ROMAN_NUMERALS.get(tokens[j].raw.translate(_ROMAN_LOOKALIKES))
    if roman is not None or suffixed:
        return roman
    return _ORDINALS.get(tokens[j].word)


def _month_at(tokens: list[_Token], i: int) -> tuple[int, int | None] | None:
    """Return (month, day or None) when the word at ``i`` names a month: "ноября", "15 марта", "March 15"."""
    word = tokens[i].word
    month = _MONTHS.get(word)
    if month is None or _NOT_MONTHS.get(word) is not None:
        return None
    before, after = _small_number(tokens, i - 1), _small_number(tokens, i + 1)
    if _MONTHS_WITH_NUMBER.get(word) is not None:
        next_is_year = i + 1 < len(tokens) and tokens[i + 1].kind == "year"
        if before is None and after is None and not next_is_year:
            return None
    # The day is written before the month ("15 марта", "15 наурыз"), or after it in English ("March 15").
    if before is not None and 1 <= before <= 31:
        return month, before
    if after is not None and 1 <= after <= 31 and word.isascii():
        return month, after
    return month, None


def _part_at(tokens: list[_Token], i: int) -> int | None:
    """Return the last month of the quarter or half-year the word at ``i`` names with its ordinal, or None."""
    word = tokens[i].word
    if _QUARTERS.get(word) is not None:
        count, months = 4, 3
    elif _HALVES.get(word) is not None:
        count, months = 2, 6
    else:
        return None
    number = _ordinal_before(tokens, i)
    if number is None and _NUMBER_AFTER.get(word) is not None:
        number = _small_number(tokens, i + 1)
    if number == LAST:
        number = count
    if number is None or not 1 <= number <= count:
        return None  # "5 квартал" is a city block; "тоқсан" alone is ninety
    return number * months


def whole_year(value: object) -> int | None:
    """Return ``value`` as a year when it is a whole number of a year in range (2026.0); else None (NaN too)."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    if number != number or not FIRST_YEAR <= number <= LAST_YEAR or not number.is_integer():
        return None
    return int(number)


def due_end(due: str, due_year: float | None = None) -> datetime.date | None:
    """Return the last day of the period ``due`` names, or None when it names no year.

    Parameters
    ----------
    due
        The deadline as the article writes it, in Russian, Kazakh or English:
        "IV квартал 2025", "в ноябре 2026 года", "2026 жылдың ақпаны",
        "first half of 2026", "15.03.2026".
    due_year
        The year of the deadline (the records' ``due_year``), used when
        ``due`` writes no year; None or NaN when unknown.

    Returns
    -------
    datetime.date or None
        The last day of the latest period named: a day, a month, a quarter, a
        half-year, or else the whole year (vague words such as "конец",
        "начало" or "до" mean the end of the year).  None when neither
        ``due`` nor ``due_year`` gives a year.

    Examples
    --------
    >>> due_end("сентябрь–октябрь 2026")
    datetime.date(2026, 10, 31)
    >>> due_end("осы жылдың соңына дейін", 2025.0)
    datetime.date(2025, 12, 31)
    """
    tokens = _tokens(due if isinstance(due, str) else "")
    # (position, year, the year is of the periods after it) for each year written
    years: list[tuple[int, int, bool]] = []
    # (position, last month, day or None) for each month, quarter, half-year or day written without its year
    periods: list[tuple[int, int, int | None]] = []
    ends: list[datetime.date] = []
    for i, token in enumerate(tokens):
        if token.kind == "year":
            years.append((i, token.number, _is_word(tokens, i + 1, _YEAR_WORDS)))
        elif token.kind == "date" and token.date is not None:
            ends.append(token.date)
        elif token.kind == "word":
            month = _month_at(tokens, i)
            if month is not None:
                periods.append((i, *month))
            else:
                last_month = _part_at(tokens, i)
                if last_month is not None:
                    periods.append((i, last_month, None))

    # The year written last stands for any period the text does not place (the rule: the last year written).
    written = [(i, year) for i, year, _ in years] + [(i, t.number) for i, t in enumerate(tokens) if t.kind == "date"]
    last = max(written) if written else None
    fallback = last[1] if last else whole_year(due_year)
    fallback_owner = last[0] if last and tokens[last[0]].kind == "year" else -1
    places = [i for i, _, _ in years]
    owners: set[int] = set()
    for position, month, day in periods:
        k = bisect.bisect(places, position)  # years[k - 1] is just before the period, years[k] just after
        if k > 0 and years[k - 1][2]:  # "2026 жылдың ақпаны"
            owner, year = years[k - 1][0], years[k - 1][1]
        elif k < len(years) and not years[k][2]:  # "ақпан 2026", "IV квартал 2025 года"
            owner, year = years[k][0], years[k][1]
        elif fallback is not None:  # "ноябрь" and a due_year; "2025 год, ноябрь"
            owner, year = fallback_owner, fallback
        else:
            continue
        owners.add(owner)
        ends.append(_month_end(year, month, day))
    # A year none of the periods belongs to stands for itself: "2024-2026", "до конца 2025 года".
    ends += [datetime.date(year, 12, 31) for i, year, _ in years if i not in owners]
    if not ends and fallback is not None:
        ends.append(datetime.date(fallback, 12, 31))  # "до конца года" with its due_year
    return max(ends, default=None)


def date_key(published: str) -> tuple[int, int, int] | None:
    """Return (year, month, day) of an article's date written as 2025-11-07, 2025-11 or 2025; missing parts are 0; None when empty or not a date.

    Examples
    --------
    >>> date_key("2025-11")
    (2025, 11, 0)
    """
    if not isinstance(published, str):
        return None
    match = re.fullmatch(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?", published.strip())
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    if not _is_year(year):
        return None
    try:
        # The month and day written must exist (no 2025-02-30, no 2025-00); only those not written are 0.
        datetime.date(year, int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return None
    return year, month, day
