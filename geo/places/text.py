"""Folding of place names so that Russian, Kazakh and Latin spellings meet.

A place is written many ways: «с. Ақсу», «село Аксу», «Ақсу ауылында»,
«Карасайского района», «Karasay District».  :func:`fold` reduces a name to
a key (case, Kazakh letters, punctuation and the words that only say what
kind of place follows are folded away); :func:`variants` gives the keys to
try when the written form carries a Kazakh case ending or a Russian
inflection; :func:`place_type` reads what kind of place the words say.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Kazakh letters fold to their nearest Russian ones, and ё to е, so that
# «Қарағанды» meets «Караганды» and «Семей» meets «Семей».  The page's search
# folds with the same table (geo.page.search).
FOLD = str.maketrans(
    {
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        "ё": "е",
        "й": "и",
        "ъ": "",
        "ь": "",
    }
)
# The letters only Kazakh writes: a text or a word holding one is Kazakh.
KAZAKH_LETTERS = re.compile("[әғқңөұүһі]", re.IGNORECASE)

# Words that say what kind of place follows but not which one, by the kind
# they say (folded spellings).  "район", "область" and their Kazakh forms are
# kept in the key: they tell a district or region from the town of the same
# name (Қарағанды облысы is not Қарағанды).
TYPE_WORDS: dict[str, set[str]] = {
    "settlement": {
        "с", "село", "селе", "села", "сел", "п", "пос", "поселок", "поселке", "поселка", "пгт", "рп",
        "аул", "ауле", "аула", "ауыл", "ауылы", "а", "кент", "кенти", "ст", "станция", "разъезд", "рзд",
        "village", "settlement",
    },
    # «к.» is «қ.», the Kazakh «қаласы» cut short: «Петропавл қ.».
    "city": {"г", "гор", "город", "городе", "города", "каласы", "к", "city", "town", "qalasy"},
    "microdistrict": {"мкр", "мкрн", "микрорайон", "микрорайоне", "микрорайона", "жм", "мкд", "шагын", "massiv"},
    "street": {
        "ул", "улица", "улице", "улицы", "улиц", "кошеси", "пр", "пр-т", "проспект", "проспекте", "даньгылы",
        "пересечение", "угол", "st", "street", "avenue", "ave",
    },
}  # fmt: skip
# Words that carry no place at all.
_FILLER = {"по", "и", "мен", "в", "во", "на", "of"}

_NOISE = set().union(*TYPE_WORDS.values(), _FILLER)

# Spellings of kind words as phrases or abbreviations, folded to one word
# before the words are split.  Applied to the folded text (й is и, қ is к).
_PHRASES = [
    (re.compile(r"\bр-?н\b\.?"), " раион "),
    (re.compile(r"\bобл\b\.?"), " област "),
    (re.compile(r"\bауд\b\.?"), " ауданы "),
    (re.compile(r"\bж\.\s*м\.?"), " жм "),
    (re.compile(r"\bжилои массив\w*|\bжилом массиве\b|\bтургын алабы\w*"), " жм "),
    (re.compile(r"\bшагын аудан\w*"), " мкр "),
    (re.compile(r"\bпоселок городского типа\b"), " пгт "),
    # A rural okrug is named after its centre: «Каракемерский сельский округ» is Каракемер.
    (re.compile(r"(\w+?)(?:скии|скои|ского|ском) селск\w* округ\w*"), r"\1"),
    (re.compile(r"\b(?:селск\w*|ауылдык|аулн\w*) округ\w*"), " "),
]

# Most names hold none of the phrases: one search tells.
_PHRASE_HINT = re.compile(r"р-?н|обл|ауд|ж\.|жило|тургын|шагын|городского|округ")

# Kazakh case and possessive endings (folded), longest first.  A name
# written «Ақсу ауылында» or «Шымкентте» is tried without them.
KAZAKH_ENDINGS = sorted(
    {
        "дагы", "деги", "тагы", "теги", "ндагы", "ндеги",
        "нын", "нин", "дын", "дин", "тын", "тин",
        "нан", "нен", "дан", "ден", "тан", "тен",
        "нда", "нде", "да", "де", "та", "те",
        "га", "ге", "ка", "ке", "на", "не",
        "ны", "ни", "ды", "ди", "ты", "ти",
        "сы", "си", "ы", "и", "ын", "ин",
    },
    key=len,
    reverse=True,
)  # fmt: skip

_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # NFKD splits й into и + breve and ё into е + diaeresis; the loop above
    # already dropped the marks, the table handles precomposed leftovers.
    text = text.translate(FOLD)
    if _PHRASE_HINT.search(text):
        for pattern, replacement in _PHRASES:
            text = pattern.sub(replacement, text)
    return tuple(w for w in _NON_WORD.split(text.replace("_", " ")) if w)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return ``text`` reduced to a key for matching place names.

    Case, diacritics, ё/е, Kazakh letters, punctuation and words such as
    "ул.", "мкр." or "с." are folded away.

    Examples
    --------
    >>> fold("мкр. Жетісу-3")
    'жетису 3'
    >>> fold("Карасайский р-н")
    'карасаискии раион'
    """
    return _unify(" ".join(w for w in _words(text) if w not in _NOISE and not _is_type_word(w)))


# «облысы» is «область», «ауданы» is «район»: «Жамбыл обл.», «Шу ауд.» and «Алатау р-н» meet the names.
_SAME_WORD = {"облысы": "област", "облыс": "област", "ауданы": "раион", "аудан": "раион"}


def _unify(key: str) -> str:
    return " ".join(_SAME_WORD.get(w, w) for w in key.split(" "))


def _is_type_word(word: str) -> bool:
    """Kazakh kind words with a case ending: «ауылында», «қаласындағы», «кентінде»."""
    if not word.startswith(_TYPE_STEMS):
        return False
    stem = next(s for s in _TYPE_STEMS if word.startswith(s))
    return _strip_ending(word[len(stem) :]) == ""


_TYPE_STEMS = ("ауыл", "калас", "кент", "поселк", "сел")


def _strip_ending(tail: str) -> str:
    """Return what is left of ``tail`` after removing up to three Kazakh endings."""
    for _ in range(3):
        for ending in KAZAKH_ENDINGS:
            if tail.endswith(ending):
                tail = tail[: -len(ending)]
                break
        else:
            return tail
    return tail


@lru_cache(maxsize=65536)
def place_type(text: str) -> str:
    """Return the kind of place the words of ``text`` say: a key of TYPE_WORDS, "district", "region" or ""."""
    words = _words(text)
    if any(w.startswith(("раион", "аудан")) or w in ("district", "audany") for w in words):
        return "district"
    if any(w.startswith(("област", "облыс", "region", "oblys")) for w in words):
        return "region"
    for kind, vocabulary in TYPE_WORDS.items():
        if any(w in vocabulary for w in words) or (kind == "settlement" and any(_is_type_word(w) for w in words)):
            return kind
    return ""


def _kazakh_variants(key: str) -> list[str]:
    """Keys with a Kazakh ending taken off the last word: «аксуда» → «аксу»."""
    words = key.split(" ")
    last = words[-1]
    out = []
    for ending in KAZAKH_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            out.append(" ".join([*words[:-1], last[: -len(ending)]]))
    return out


@lru_cache(maxsize=1)
def _russian():
    # PyStemmer: the Snowball stemmers compiled, a microsecond a word.
    import Stemmer

    return Stemmer.Stemmer("russian")


# Folding wrote й as и; Russian endings need it back: «алматинскои» is «алматинской».
_FINAL_I = re.compile(r"(?<=[аеоуыэюя])и$")


@lru_cache(maxsize=65536)
def stem(key: str) -> str:
    """Return a folded key with each word stemmed (Russian Snowball): «карасаиского раиона» → «карасайск район»."""
    return " ".join(_russian().stemWords([_FINAL_I.sub("й", w) for w in key.split(" ")]))


def variants(text: str) -> list[str]:
    """Return the folded keys to try for ``text``, the written form first."""
    key = fold(text)
    return [key, *(_unify(v) for v in _kazakh_variants(key))] if key else []
