"""Folding of place names so that Russian, Kazakh and Latin spellings meet."""

from __future__ import annotations

import re
import unicodedata

# Kazakh letters fold to their nearest Russian ones, and ё to е, so that
# «Қарағанды» meets «Караганды» and «Семей» meets «Семей».
_FOLD = str.maketrans(
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

# Words that say what kind of place follows but not which one.  "район",
# "область" and their Kazakh forms are kept: they tell a district or region
# from the city of the same name (Қарағанды облысы is not Қарағанды).
_NOISE = {
    "г",
    "гор",
    "город",
    "каласы",
    "с",
    "село",
    "пос",
    "поселок",
    "ауылы",
    "мкр",
    "микрорайон",
    "микрорайоне",
    "шагын",
    "ул",
    "улица",
    "улицы",
    "улиц",
    "по",
    "кошеси",
    "пр",
    "пр-т",
    "проспект",
    "даньгылы",
    "пересечение",
    "угол",
    "и",
    "мен",
    "st",
    "street",
    "avenue",
    "ave",
    "city",
    "town",
    "village",
}

_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Return ``text`` reduced to a key for matching place names.

    Case, diacritics, ё/е, Kazakh letters, punctuation and words such as
    "ул." or "мкр." are folded away.

    Examples
    --------
    >>> fold("мкр. Жетісу-3")
    'жетису 3'
    """
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # NFKD splits й into и + breve and ё into е + diaeresis; the loop above
    # already dropped the marks, the table handles precomposed leftovers.
    text = text.translate(_FOLD)
    words = [w for w in _NON_WORD.split(text.replace("_", " ")) if w]
    return " ".join(w for w in words if w not in _NOISE)
