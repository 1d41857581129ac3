"""The text of an article: its language, its sentences, its words in lower case and their dictionary forms."""

from __future__ import annotations

import re
from functools import lru_cache

import razdel

from geo.draft import rules
from geo.places.text import KAZAKH_LETTERS


@lru_cache(maxsize=1)
def morph():
    import pymorphy3  # Russian word forms: a name to the nominative, a place to its dictionary form.

    return pymorphy3.MorphAnalyzer()


def language(text: str) -> str:
    """Return ``kk`` when the text has the Kazakh letters of a Kazakh text, else ``ru``."""
    # (Names in quotes do not count: «Қамқорлық» in a Russian article is a name.)
    text = re.sub(r"«[^«»]{0,60}»", " ", text)
    letters = sum(ch.isalpha() for ch in text) or 1
    return "kk" if len(KAZAKH_LETTERS.findall(text)) / letters > 0.01 else "ru"


def sentences(text: str) -> list[str]:
    """Return the sentences of ``text``, paragraph by paragraph."""
    return [s for s, _ in split_sentences(text)]


def split_sentences(text: str) -> list[tuple[str, int]]:
    """Return (sentence, paragraph number) for each sentence of ``text``."""
    out: list[tuple[str, int]] = []
    for k, paragraph in enumerate(text.split("\n")):
        for s in razdel.sentenize(paragraph):
            sentence = s.text.strip()
            if not sentence:
                continue
            if out and out[-1][1] == k and rules.ABBREVIATION_AT_END.search(out[-1][0]):
                # «в мкр. Шугыла», «Ақтөбе қ. Бірлік ауылында»: razdel ends a sentence at these.
                out[-1] = (out[-1][0] + " " + sentence, k)
            else:
                out.append((sentence, k))
    return out


def lower(text: str) -> str:
    return text.lower().replace("ё", "е")
