"""Promised dates in three languages (geo.records.periods)."""

from __future__ import annotations

import pytest

from geo.records.periods import translate_period


@pytest.mark.parametrize(
    ("text", "year", "ru", "kk", "en"),
    [
        ("IV квартал 2026", None, "IV квартал 2026", "2026 ж. IV тоқсаны", "Q4 2026"),
        ("четвертый квартал 2026", None, "IV квартал 2026", "2026 ж. IV тоқсаны", "Q4 2026"),
        ("2026 жылдың үшінші тоқсанында", None, "III квартал 2026", "2026 ж. III тоқсаны", "Q3 2026"),
        ("Q1 2027", None, "I квартал 2027", "2027 ж. I тоқсаны", "Q1 2027"),
        ("в первом полугодии 2026 года", None, "I полугодие 2026", "2026 ж. I жартыжылдығы", "H1 2026"),
        ("2026 жылдың ақпаны", None, "февраль 2026", "2026 ж. ақпан", "February 2026"),
        ("2026 жылдың ақпан айына", None, "февраль 2026", "2026 ж. ақпан", "February 2026"),
        ("ноябрь 2025", None, "ноябрь 2025", "2025 ж. қараша", "November 2025"),
        ("15 марта 2026 года", None, "15 марта 2026", "2026 ж. 15 наурыз", "15 March 2026"),
        ("2024-2026", None, "2024–2026", "2024–2026 жж.", "2024–2026"),
        ("2025", None, "2025", "2025 ж.", "2025"),
        ("до 2025 года", None, "до 2025 года", "2025 жылға дейін", "by 2025"),
        ("конец 2025 года", None, "конец 2025 года", "2025 жылдың соңы", "end of 2025"),
        ("до конца 2025 года", None, "до конца 2025 года", "2025 жылдың соңына дейін", "by the end of 2025"),
        ("осы жылдың соңына дейін", 2025, "до конца 2025 года", "2025 жылдың соңына дейін", "by the end of 2025"),
        ("к концу года", 2026.0, "до конца 2026 года", "2026 жылдың соңына дейін", "by the end of 2026"),
        ("в следующем году", 2027, "2027", "2027 ж.", "2027"),
        ("до конца IV квартала 2026 года", None, "до конца IV квартала 2026 года", "2026 ж. IV тоқсанының соңына дейін", "by the end of Q4 2026"),
    ],
)  # fmt: skip
def test_a_period_in_three_languages(text, year, ru, kk, en):
    assert translate_period(text, year) == {"ru": ru, "kk": kk, "en": en}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("летом прошлого года", 2024),  # a season: no words for it
        ("сентябрь–октябрь 2026", None),  # two periods
        ("осы жылдың соңына дейін", None),  # no year known
        ("после завершения экспертизы", None),
        ("", None),
        ("5 квартал 2026", None),  # a city block, not a quarter
        ("2026-2024", None),  # a range backwards
    ],
)
def test_a_text_with_no_one_period_is_shown_as_written(text, year):
    assert translate_period(text, year) is None
