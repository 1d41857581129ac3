"""The last day of the period a deadline names, as Russian, Kazakh and English articles write it."""

from __future__ import annotations

import datetime

import pytest

from geo.records.dates import date_key, due_end

D = datetime.date
NAN = float("nan")


def check(cases: list[tuple[str, float | None, datetime.date | None]]) -> pytest.MarkDecorator:
    """Parametrize a test over (text, due_year, expected) rows, each named by its text."""
    return pytest.mark.parametrize(
        ("text", "due_year", "expected"),
        [pytest.param(text, year, expected, id=repr(text[:40])) for text, year, expected in cases],
    )


YEARS = [
    ("2025", None, D(2025, 12, 31)),
    ("2024-2026", None, D(2026, 12, 31)),
    ("2024–2026 годы", None, D(2026, 12, 31)),
    ("2024 — 2026", None, D(2026, 12, 31)),
    ("с 2024 по 2026 год", None, D(2026, 12, 31)),
    ("2025-26", None, D(2026, 12, 31)),
    ("2025/26", None, D(2026, 12, 31)),
    ("в 2025 году", None, D(2025, 12, 31)),
    ("2025 жылы", None, D(2025, 12, 31)),
    ("2025 г.", None, D(2025, 12, 31)),
    ("2025г.", None, D(2025, 12, 31)),
    ("in 2027", None, D(2027, 12, 31)),
    # The year written wins over due_year; due_year only fills in a text without one.
    ("2025", 2026.0, D(2025, 12, 31)),
    ("к 2150 году", 2026.0, D(2026, 12, 31)),
]

VAGUE = [
    ("конец 2025 года", None, D(2025, 12, 31)),
    ("до конца 2025 года", None, D(2025, 12, 31)),
    ("до конца года", 2025.0, D(2025, 12, 31)),
    ("в этом году", 2025.0, D(2025, 12, 31)),
    ("осы жылдың соңына дейін", 2025.0, D(2025, 12, 31)),
    ("2025 жылдың соңына дейін", None, D(2025, 12, 31)),
    ("начало 2026", None, D(2026, 12, 31)),
    ("в начале 2026 года", None, D(2026, 12, 31)),
    ("середина 2026 года", None, D(2026, 12, 31)),
    ("до 2025 года", None, D(2025, 12, 31)),
    ("end of 2025", None, D(2025, 12, 31)),
    ("early 2026", None, D(2026, 12, 31)),
    ("", 2026.0, D(2026, 12, 31)),
]

MONTHS = [
    ("ноябрь 2026", None, D(2026, 11, 30)),
    ("ноября 2026 года", None, D(2026, 11, 30)),
    ("в ноябре 2026 года", None, D(2026, 11, 30)),
    ("в ноябре", 2025.0, D(2025, 11, 30)),
    ("январь 2026", None, D(2026, 1, 31)),
    ("февраль 2024", None, D(2024, 2, 29)),
    ("февраль 2025", None, D(2025, 2, 28)),
    ("март 2026", None, D(2026, 3, 31)),
    ("марта 2026", None, D(2026, 3, 31)),
    ("апрель 2025", None, D(2025, 4, 30)),
    ("май 2026", None, D(2026, 5, 31)),
    ("мая 2026", None, D(2026, 5, 31)),
    ("в мае", 2026.0, D(2026, 5, 31)),
    ("июнь 2026", None, D(2026, 6, 30)),
    ("в июле", 2026.0, D(2026, 7, 31)),
    ("к августу 2026", None, D(2026, 8, 31)),
    ("сентябре 2026", None, D(2026, 9, 30)),
    ("октябрь 2026", None, D(2026, 10, 31)),
    ("декабрь 2026", None, D(2026, 12, 31)),
    ("конец марта 2026", None, D(2026, 3, 31)),
    ("начало марта 2026", None, D(2026, 3, 31)),
    ("дек. 2025", None, D(2025, 12, 31)),
    ("СЕНТЯБРЬ   2026", None, D(2026, 9, 30)),
    ("в сентябре 2026 года (ориентировочно)", None, D(2026, 9, 30)),
    ("в четвёртом квартале, а точнее в октябре 2026", None, D(2026, 12, 31)),
]

KAZAKH_MONTHS = [
    ("қаңтар 2026", None, D(2026, 1, 31)),
    ("ақпанында", 2026.0, D(2026, 2, 28)),
    ("ақпан айына", 2026.0, D(2026, 2, 28)),
    ("2026 жылдың ақпаны", None, D(2026, 2, 28)),
    ("2024 жылдың ақпанында", None, D(2024, 2, 29)),
    ("наурыздың", 2026.0, D(2026, 3, 31)),
    ("сәуірде", 2026.0, D(2026, 4, 30)),
    ("мамыр айында", 2026.0, D(2026, 5, 31)),
    ("маусымға дейін", 2026.0, D(2026, 6, 30)),
    ("шілде 2026", None, D(2026, 7, 31)),
    ("тамызда", 2026.0, D(2026, 8, 31)),
    ("қыркүйек", 2026.0, D(2026, 9, 30)),
    ("қазан", 2025.0, D(2025, 10, 31)),
    ("қазанда", 2025.0, D(2025, 10, 31)),
    ("2025 жылғы қазанға дейін", None, D(2025, 10, 31)),
    ("қараша 2025", None, D(2025, 11, 30)),
    ("желтоқсан", 2025.0, D(2025, 12, 31)),
    ("2026 ж. наурыз", None, D(2026, 3, 31)),
    # Kazakh typed with Russian letters
    ("желтоксан 2025", None, D(2025, 12, 31)),
    ("2026 жылдын акпаны", None, D(2026, 2, 28)),
]

ENGLISH_MONTHS = [
    ("February 2026", None, D(2026, 2, 28)),
    ("Feb 2026", None, D(2026, 2, 28)),
    ("Feb 2028", None, D(2028, 2, 29)),
    ("by September 2026", None, D(2026, 9, 30)),
    ("May 2026", None, D(2026, 5, 31)),
    ("march 2026", None, D(2026, 3, 31)),
    # "may" and "march" alone are a verb and a noun, not months.
    ("may be delayed to 2026", None, D(2026, 12, 31)),
]

QUARTERS = [
    ("IV квартал 2025", None, D(2025, 12, 31)),
    ("I квартал 2026", None, D(2026, 3, 31)),
    ("II квартал 2026", None, D(2026, 6, 30)),
    ("III квартал 2026", None, D(2026, 9, 30)),
    ("I квартал", 2026.0, D(2026, 3, 31)),
    ("4 квартал", 2025.0, D(2025, 12, 31)),
    ("4-й квартал", 2025.0, D(2025, 12, 31)),
    ("2-й квартал 2026", None, D(2026, 6, 30)),
    ("во 2-м квартале 2026 года", None, D(2026, 6, 30)),
    ("3 кв. 2026", None, D(2026, 9, 30)),
    ("четвертый квартал 2026", None, D(2026, 12, 31)),
    ("четвёртый квартал 2026", None, D(2026, 12, 31)),
    ("в четвертом квартале 2026 года", None, D(2026, 12, 31)),
    ("первом квартале", 2026.0, D(2026, 3, 31)),
    ("в первом квартале 2026 года", None, D(2026, 3, 31)),
    ("во втором квартале 2026", None, D(2026, 6, 30)),
    ("третий квартал 2026", None, D(2026, 9, 30)),
    ("последний квартал 2026", None, D(2026, 12, 31)),
    ("III-IV квартал 2026", None, D(2026, 12, 31)),
    ("I–II кварталы 2026", None, D(2026, 6, 30)),
    ("IV тоқсан", 2025.0, D(2025, 12, 31)),
    ("4-тоқсан", 2025.0, D(2025, 12, 31)),
    ("2026 жылдың I тоқсаны", None, D(2026, 3, 31)),
    ("2026 жылдың 2-тоқсанында", None, D(2026, 6, 30)),
    ("төртінші тоқсанында", 2025.0, D(2025, 12, 31)),
    ("2026 жылдың үшінші тоқсанында", None, D(2026, 9, 30)),
    ("ІІ тоқсан 2026", None, D(2026, 6, 30)),  # Kazakh І for Roman I
    ("Q4 2025", None, D(2025, 12, 31)),
    ("Q1 2026", None, D(2026, 3, 31)),
    ("q2 2026", None, D(2026, 6, 30)),
    ("4th quarter", 2025.0, D(2025, 12, 31)),
    ("the third quarter of 2026", None, D(2026, 9, 30)),
    ("1st quarter 2026", None, D(2026, 3, 31)),
]

HALVES = [
    ("первое полугодие 2026", None, D(2026, 6, 30)),
    ("в первом полугодии", 2026.0, D(2026, 6, 30)),
    ("I полугодие", 2026.0, D(2026, 6, 30)),
    ("1-е полугодие 2026", None, D(2026, 6, 30)),
    ("второе полугодие", 2026.0, D(2026, 12, 31)),
    ("II полугодие 2026", None, D(2026, 12, 31)),
    ("в первой половине 2026 года", None, D(2026, 6, 30)),
    ("бірінші жартыжылдық", 2026.0, D(2026, 6, 30)),
    ("I жартыжылдығында", 2026.0, D(2026, 6, 30)),
    ("2026 жылдың бірінші жартыжылдығында", None, D(2026, 6, 30)),
    ("екінші жартыжылдық", 2026.0, D(2026, 12, 31)),
    ("бiрiншi жартыжылдық 2026", None, D(2026, 6, 30)),  # Latin i in a Kazakh word
    ("H1 2026", None, D(2026, 6, 30)),
    ("H2 2026", None, D(2026, 12, 31)),
    ("first half of 2026", None, D(2026, 6, 30)),
    ("the second half of 2026", None, D(2026, 12, 31)),
]

DAYS = [
    ("15.03.2026", None, D(2026, 3, 15)),
    ("15/03/2026", None, D(2026, 3, 15)),
    ("2026-03-15", None, D(2026, 3, 15)),
    ("до 15.03.2026 г.", None, D(2026, 3, 15)),
    ("15 марта 2026", None, D(2026, 3, 15)),
    ("к 15 марта 2026 года", None, D(2026, 3, 15)),
    ("до 1 ноября 2025", None, D(2025, 11, 1)),
    ("30 декабря", 2025.0, D(2025, 12, 30)),
    ("2026 жылғы 15 наурызға дейін", None, D(2026, 3, 15)),
    ("15 March 2026", None, D(2026, 3, 15)),
    ("March 15, 2026", None, D(2026, 3, 15)),
    ("2026-03", None, D(2026, 3, 31)),
    ("03.2026", None, D(2026, 3, 31)),
    # No such day: the whole month (never earlier than it may mean).
    ("31.02.2026", None, D(2026, 2, 28)),
    ("30 февраля 2026", None, D(2026, 2, 28)),
    # No such month: the year alone.
    ("15.13.2026", None, D(2026, 12, 31)),
]

SEVERAL = [
    ("сентябрь–октябрь 2026", None, D(2026, 10, 31)),
    ("сентябрь-октябрь 2026 года", None, D(2026, 10, 31)),
    ("наурыз-сәуір айларында", 2026.0, D(2026, 4, 30)),
    ("2026 жылдың наурыз–сәуір айларында", None, D(2026, 4, 30)),
    ("декабрь 2025 – март 2026", None, D(2026, 3, 31)),
    ("IV квартал 2025 года – I квартал 2026 года", None, D(2026, 3, 31)),
    ("Q4 2025 – Q1 2026", None, D(2026, 3, 31)),
    ("ноябрь 2025 – 2026", None, D(2026, 12, 31)),
    ("конец 2025 – начало 2026", None, D(2026, 12, 31)),
    ("2025 год, ноябрь", None, D(2025, 11, 30)),
    ("I квартал или первое полугодие 2026", None, D(2026, 6, 30)),
]

NOISE = [
    ("«IV квартал» 2025", None, D(2025, 12, 31)),
    ("«I квартал»\u00a02026", None, D(2026, 3, 31)),
    ("  ноябрь\u00a0\u00a02026 ", None, D(2026, 11, 30)),
    ("ноябрь,2026!", None, D(2026, 11, 30)),
    ("ноябрь\t2026\n", None, D(2026, 11, 30)),
    ("\x00ноябрь\x072026\x00", None, D(2026, 11, 30)),
    ("в Казани, 2025", None, D(2025, 12, 31)),  # the city, not the Kazakh October
    ("5 квартал, 2026", None, D(2026, 12, 31)),  # a city block, not a quarter
]

HOSTILE = [
    ("", None, None),
    ("", NAN, None),
    ("   ", None, None),
    ("abc", None, None),
    ("ноябрь", None, None),
    ("ноябрь", NAN, None),
    ("IV квартал", None, None),
    ("99999", None, None),
    ("1850", None, None),
    ("2101", None, None),
    ("\x00", None, None),
    ("\x00\x01\x1b[31m\ud800\uffff", None, None),
    ("x" * 10_000, None, None),
    ("9" * 10_000, None, None),
    ("квартал " * 2_000, None, None),
    ("-./" * 5_000, None, None),
    ("١٢٣٤ ٢٠٢٥", None, None),  # other scripts' digits are no year
]


@check(YEARS + VAGUE)
def test_years_and_vague_words(text: str, due_year: float | None, expected: datetime.date | None) -> None:
    assert due_end(text, due_year) == expected


@check(MONTHS + KAZAKH_MONTHS + ENGLISH_MONTHS)
def test_months(text: str, due_year: float | None, expected: datetime.date | None) -> None:
    assert due_end(text, due_year) == expected


@check(QUARTERS + HALVES)
def test_quarters_and_halves(text: str, due_year: float | None, expected: datetime.date | None) -> None:
    assert due_end(text, due_year) == expected


@check(DAYS)
def test_days(text: str, due_year: float | None, expected: datetime.date | None) -> None:
    assert due_end(text, due_year) == expected


@check(SEVERAL + NOISE)
def test_several_periods_and_noise(text: str, due_year: float | None, expected: datetime.date | None) -> None:
    assert due_end(text, due_year) == expected


@check(HOSTILE)
def test_hostile_inputs_name_no_year(text: str, due_year: float | None, expected: datetime.date | None) -> None:
    assert due_end(text, due_year) is expected


@pytest.mark.parametrize("due_year", [None, NAN, float("inf"), 2026.5, 1800.0, -1.0, 1e308])
def test_unusable_due_year_is_no_year(due_year: float | None) -> None:
    assert due_end("до конца года", due_year) is None


@pytest.mark.parametrize("due_year", [2025.0, 2025])
def test_due_year_as_float_or_int(due_year: float) -> None:
    assert due_end("ноябрь", due_year) == D(2025, 11, 30)


@pytest.mark.parametrize(
    ("text", "due_year"),
    [
        ("ноябрь 2025 " * 1_000, None),
        ("2025 " + " " * 100_000 + "-", None),
        ("IV " * 5_000 + "квартал 2025", 2025.0),
        ("".join(chr(c) for c in range(0, 0x3000)), 2025.0),
    ],
    ids=["repeated", "long-spaces", "many-numerals", "every-character"],
)
def test_long_inputs_return_a_date_or_none(text: str, due_year: float | None) -> None:
    end = due_end(text, due_year)
    assert end is None or isinstance(end, datetime.date)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-11-07", (2025, 11, 7)),
        ("2025-11", (2025, 11, 0)),
        ("2025", (2025, 0, 0)),
        (" 2025-11-07 ", (2025, 11, 7)),
        ("2024-02-29", (2024, 2, 29)),
        ("", None),
        ("   ", None),
        ("2025-02-30", None),
        ("2025-13", None),
        ("2025-00-07", None),
        ("2025-00", None),
        ("1850", None),
        ("07.11.2025", None),
        ("ноябрь 2025", None),
        ("\x00", None),
        ("9" * 10_000, None),
    ],
)
def test_date_key(published: str, expected: tuple[int, int, int] | None) -> None:
    assert date_key(published) == expected
