"""What the page's search knows beyond the records' own words, made at build time.

The browser folds and splits the records' names and places itself
(``templates/explorer.js``, the same folding as :func:`words` here) and
matches each query word by its beginning, its stem or one typo.  What it
cannot know comes from here, once per build:

* the stems of every word the records and place names hold (Snowball's
  Russian stemmer from PyStemmer; Kazakh endings from :data:`KAZAKH_ENDINGS`),
  so that «больница» finds «больницы» and «орталық» finds «орталығы»;
* the endings a query word may carry, to stem it in the browser;
* every name the gazetteer knows for each place used, and for its city and
  district: old names and Latin forms (Семипалатинск, Нур-Султан, Qaraghandy);
* the names of regions, districts and kinds in three languages, and the
  abbreviations people type (:data:`ABBREVIATIONS`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

import pandas as pd

from geo.places.gazetteer import Gazetteer
from geo.places.text import FOLD, KAZAKH_LETTERS, stem
from geo.places.text import KAZAKH_ENDINGS as PLACE_ENDINGS
from geo.records.vocab import KINDS

# Abbreviations and short names people type, folded (й is и, қ is к, ё is е), with
# what they stand for: the words a name must hold, and the kinds they name.
ABBREVIATIONS: dict[str, dict[str, list]] = {
    "роддом": {"words": ["родильный дом"], "kinds": ["maternity", "perinatal"]},
    "перзентхана": {"words": [], "kinds": ["maternity", "perinatal"]},
    "дгкб": {"words": ["детская городская клиническая больница"], "kinds": []},
    "гкб": {"words": ["городская клиническая больница"], "kinds": []},
    "окб": {"words": ["областная клиническая больница"], "kinds": []},
    "одб": {"words": ["областная детская больница"], "kinds": []},
    "цгб": {"words": ["центральная городская больница"], "kinds": []},
    "црб": {"words": ["центральная районная больница"], "kinds": []},
    "рб": {"words": ["районная больница"], "kinds": []},
    "гб": {"words": ["городская больница"], "kinds": []},
    "мб": {"words": ["многопрофильная больница", "межрайонная больница"], "kinds": []},
    "гп": {"words": ["городская поликлиника"], "kinds": []},
    "дп": {"words": ["детская поликлиника"], "kinds": []},
    "пмсп": {"words": ["первичной медико санитарной помощи"], "kinds": ["polyclinic"]},
    "мсак": {"words": ["медициналык санитариялык алгашкы комек"], "kinds": ["polyclinic"]},
    "фап": {"words": ["фельдшерско акушерский пункт"], "kinds": []},
    "фп": {"words": ["фельдшерский пункт"], "kinds": []},
    "мп": {"words": ["медицинский пункт"], "kinds": []},
    "ва": {"words": ["врачебная амбулатория"], "kinds": []},
    "сва": {"words": ["семейная врачебная амбулатория"], "kinds": []},
    "кдц": {"words": ["консультативно диагностический центр"], "kinds": []},
    "онкоцентр": {"words": ["онкологический центр", "онкологический диспансер"], "kinds": ["oncology"]},
    "ооа": {"words": ["орталык аудандык аурухана"], "kinds": []},
    "ака": {"words": ["аудандык аурухана"], "kinds": []},
}

# Words that name a kind beyond its labels, in Russian, Kazakh and English (folded stems or words).
KIND_WORDS: dict[str, list[str]] = {
    "polyclinic": ["поликлиника", "емхана", "амбулатория", "clinic", "outpatient"],
    "hospital": ["больница", "стационар", "аурухана", "hospital"],
    "perinatal": ["перинатальный", "перинаталдык", "роддом", "перзентхана", "maternity"],
    "maternity": ["роддом", "родильный", "перзентхана", "maternity"],
    "reproductive": ["репродукция", "репродуктивный", "эко", "ivf", "fertility"],
    "rehabilitation": ["реабилитация", "реабилитационный", "оналту", "rehabilitation", "rehab"],
    "oncology": ["онкология", "онкологический", "онкоцентр", "онкологиялык", "oncology", "cancer"],
    "university_clinic": ["университетская", "университеттик", "university"],
    "other": [],
}

# Kazakh plural and possessive endings (folded), with the case endings place names take
# (geo.places.text), longest first.  A word may carry several: «орталықтарының» is
# орталық + тар + ы + ның.
KAZAKH_ENDINGS = sorted(
    {
        "ларынын", "леринин", "дарынын", "деринин", "тарынын", "теринин",
        "ларына", "лерине", "ларында", "леринде", "ларынан", "леринен",
        "лары", "лери", "дары", "дери", "тары", "тери", "ына", "ине", "сына", "сине",
        "лар", "лер", "дар", "дер", "тар", "тер", "ка", "ке",
        *PLACE_ENDINGS,
    },
    key=len,
    reverse=True,
)  # fmt: skip
# Russian noun and adjective endings (folded: й is и), longest first: the browser
# takes one off a query word, so that «поликлиники» meets «поликлиника».
RUSSIAN_ENDINGS = [
    "иями", "ями", "ами", "иях", "ях", "ах", "ия", "ию", "ии", "ие", "ье", "ья",
    "ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ым", "им", "ои", "еи", "ая", "яя", "ое", "ее",
    "ую", "юю", "ыи", "ии", "ов", "ев", "ом", "ем", "ам", "ям",
    "а", "я", "ы", "и", "у", "ю", "о", "е",
]  # fmt: skip
ENGLISH_ENDINGS = ["es", "s"]
# Final consonants that Kazakh voices before a vowel ending: «орталық» → «орталығы» (folded к → г).
ALTERNATIONS = {"г": "к", "б": "п"}
# Words too common to narrow a search, dropped from queries.
STOPWORDS = [
    "в", "во", "на", "и", "по", "с", "со", "для", "из", "к", "о", "об", "от", "до", "при",
    "мен", "және", "жане", "пен", "бен", "of", "the", "in", "for", "and", "at",
]  # fmt: skip

_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
# The marks NFKD splits off (й's breve, ё's diaeresis, Latin accents): the same range the page removes.
_MARKS = re.compile("[\u0300-\u036f]")
_WORD = re.compile(r"[^\W_]+")
# Letters NFKD would change beyond й and ё: accented Latin, ligatures, marks already split.
_ACCENTED = re.compile("[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\ufb00-\ufb06]")


def words(text: str) -> list[str]:
    """Return the folded words of ``text`` as the page's search splits them.

    Lower case, no diacritics, Kazakh letters as their nearest Russian ones,
    ё as е, й as и, ъ and ь dropped; «№» and any other sign separate words.
    """
    # «№» would become «No» under NFKD: it only separates words, as any other sign.
    text = str(text).replace("№", " ").lower()
    if _ACCENTED.search(text):  # only Latin letters with accents need NFKD: й and ё are in the table
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return _WORD.findall(text.translate(FOLD))


# Case endings that begin with «н» follow a possessive («емханасына»), or a vowel for the genitive
# («емхананың»): «емхана» itself ends in «на» and keeps it.
_AFTER_POSSESSIVE = ("на", "не", "нда", "нде", "нан", "нен")
_AFTER_VOWEL = ("нын", "нин")
_LONGEST_FIRST = sorted(KAZAKH_ENDINGS, key=len, reverse=True)


def _strips(word: str, ending: str) -> bool:
    stem = word[: -len(ending)]
    if not word.endswith(ending) or len(stem) < 4:
        return False
    if ending in _AFTER_POSSESSIVE:
        return stem.endswith(("ы", "и"))
    if ending in _AFTER_VOWEL:
        return stem[-1] in "аеиоуыэюя"
    return True


def kazakh_stem(word: str) -> str:
    """Return a folded Kazakh word without its plural, possessive and case endings: «орталыгынын» → «орталык»."""
    out = word
    for _ in range(3):
        for ending in _LONGEST_FIRST:
            if _strips(out, ending):
                out = out[: -len(ending)]
                break
        else:
            break
    if out != word and out[-1] in ALTERNATIONS:
        out = out[:-1] + ALTERNATIONS[out[-1]]
    return out


def word_stem(word: str, *, kazakh: bool) -> str:
    """Return the stem of one folded word: Kazakh endings off a Kazakh word, else Snowball's Russian stem."""
    if word.isdigit() or len(word) < 4:
        return word
    if kazakh:
        return kazakh_stem(word)
    if _CYRILLIC.search(word):
        return stem(word)
    return word[:-2] if word.endswith("es") and len(word) > 5 else word[:-1] if word.endswith("s") else word


def stems(texts: Iterable[str]) -> dict[str, str]:
    """Return ``{word: stem}`` for the folded words of ``texts`` whose stem is not the word itself.

    A text with Kazakh letters is stemmed by Kazakh endings, any other by
    Snowball's Russian stemmer; a word met in both keeps its Russian stem.
    """
    # Each piece of text between spaces is folded once, however many records hold it (100,000 names
    # hold a few tens of thousands of distinct pieces).
    pieces: dict[str, bool] = {}
    for text in texts:
        kazakh = bool(KAZAKH_LETTERS.search(text))
        for piece in text.split():
            if not piece.isdigit():  # numbers have no stem
                pieces[piece] = pieces.get(piece, True) and kazakh
    seen: dict[str, bool] = {}  # each word once: Russian wherever it is met in a text without Kazakh letters
    for piece, kazakh in pieces.items():
        for word in words(piece):
            seen[word] = seen.get(word, True) and kazakh
    out: dict[str, str] = {}
    for word, kazakh in seen.items():
        s = word_stem(word, kazakh=kazakh)
        if s != word:
            out[word] = s
    return out


_LATIN_OR_CYRILLIC = re.compile(r"^[a-zа-яёәғқңөұүһі\s'ʼ’-]+$", re.IGNORECASE)


def _other_names(names: Iterable[str], *, known: set[str]) -> list[str]:
    """Return the names worth searching: Cyrillic or plain Latin, not already ``known`` (folded), no syllable strings."""
    out = []
    for name in names:
        if not _LATIN_OR_CYRILLIC.match(name):
            continue
        key = " ".join(words(name))
        # «a la mu tu»: a transcription in syllables, whose words would match anything.
        if not key or key in known or any(len(w) < 3 for w in key.split(" ")):
            continue
        known.add(key)
        out.append(name)
    return out


def place_entries(place_ids: Iterable[str], gazetteer: Gazetteer) -> dict[str, dict]:
    """Return, for each place used, its name in three languages and every other name of it and of its parents.

    ``{"name": {"ru", "kk", "en"}, "names": "…"}``: the names are the
    gazetteer's own (GeoNames' alternate names, former names, Kazakh and
    Latin forms) of the place, its district and its city.
    """
    out = {}
    for pid in sorted(set(place_ids) - {""}):
        place = gazetteer.by_id.get(pid)
        if place is None:
            continue
        known: set[str] = set()
        names: list[str] = []
        seen = set()
        node = place
        while node is not None and node.id not in seen and node.precision not in ("region", "country"):
            seen.add(node.id)
            names += _other_names([node.name, node.name_kk, node.name_en, *node.names], known=known)
            node = gazetteer.by_id.get(node.parent) if node.parent else None
        out[pid] = {
            "name": {"ru": place.name, "kk": place.name_kk or place.name, "en": place.name_en or place.name},
            "names": " ".join(names),
        }
    return out


def search_index(facilities: pd.DataFrame, *, places: dict[str, dict], regions: pd.DataFrame) -> dict:
    """Return what the page's search needs besides the records: stems, endings, other names, kinds, abbreviations.

    ``places`` is :func:`place_entries` of the projects' places; ``regions``
    holds ``pcode``, ``name_ru``, ``name_kk``, ``name_en`` and ``aliases``.
    """
    region_names = {
        r.pcode: " ".join([r.name_ru, r.name_kk, r.name_en, *str(r.aliases or "").split("|")])
        for r in regions.itertuples()
    }
    kind_names = {
        kind: " ".join([labels["ru"], labels["kk"], labels["en"], *KIND_WORDS.get(kind, [])])
        for kind, labels in KINDS.items()
    }
    # A stream, not a list: 100,000 names are not gathered beside the pieces stems() keeps.
    texts = itertools.chain(
        # Each column's distinct texts (a dict, not pd.unique: see geo.columns.factorize), one column at a time.
        (
            t
            for column in ("name", "name_en", "place", "place_name")
            for t in dict.fromkeys(facilities[column].astype(str).tolist())
        ),
        (p["names"] for p in places.values()),
        region_names.values(),
        kind_names.values(),
        *(entry["words"] for entry in ABBREVIATIONS.values()),
    )
    return {
        "stems": stems(texts),
        # Longest first, then by letter: the same page from the same records, run after run.
        "endings": sorted(set(KAZAKH_ENDINGS + RUSSIAN_ENDINGS + ENGLISH_ENDINGS), key=lambda e: (-len(e), e)),
        "alternations": ALTERNATIONS,
        "stop": STOPWORDS,
        "regions": region_names,
        "kinds": kind_names,
        "abbreviations": ABBREVIATIONS,
    }
