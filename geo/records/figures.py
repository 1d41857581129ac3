"""Figures as people write them in Russian and Kazakh texts and spreadsheets."""

from __future__ import annotations

import re

# Multipliers by the word that follows the number, folded to lower case.
_SCALE = {
    "тыс": 1e3,
    "тысяч": 1e3,
    "тысячи": 1e3,
    "мың": 1e3,
    "thousand": 1e3,
    "k": 1e3,
    "млн": 1e6,
    "миллион": 1e6,
    "миллиона": 1e6,
    "миллионов": 1e6,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "млрд": 1e9,
    "миллиард": 1e9,
    "миллиарда": 1e9,
    "миллиардов": 1e9,
    "billion": 1e9,
    "bn": 1e9,
    "трлн": 1e12,
}
# Units that may follow a figure and say nothing more about its size.
_UNITS = re.compile(
    r"(тенге|теңге(?:ден|ге|ні|нің)?|тг|kzt|tenge|₸|%|процентов|пайыз(?:ға)?|кв\.?\s*м|м2|м²|m2|sq\.?\s*m|коек|"
    r"квадратн\w*\s+метр\w*|шаршы\s+метр\w*|койко-мест|мест|посещений|этажей|этажа|төсек\w*|орын\w*|қабат\w*)\.?$"
)
_NUMBER = re.compile(r"^[+-]?(\d+(?:[.,]\d+)?)$")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
# Most figures in a large file (coordinates above all) are plain decimals.
_PLAIN = re.compile(r"[+-]?\d+(?:\.\d+)?")
# Most sums are written one way, «438,3 млн тенге»: read at once, to the same number as the long way.
_USUAL_SUM = re.compile(r"(\d+(?:,\d+)?) (млн|млрд|тыс)\.? (?:тенге|теңге)")


# Words that make a figure a bound or an estimate, as written before or after it:
# «свыше 1 млрд», «1 млрд теңгеден астам» (more than), «шамамен 7,5 млрд» (about).
# The figure keeps its number; ``qualifier`` says which of these it is.
QUALIFIERS: dict[str, str] = {
    "более чем": "over",
    "более": "over",
    "больше": "over",
    "свыше": "over",
    "не менее": "over",
    "не меньше": "over",
    "астам": "over",
    "артық": "over",
    "кем емес": "over",
    "more than": "over",
    "over": "over",
    "at least": "over",
    "около": "about",
    "порядка": "about",
    "примерно": "about",
    "приблизительно": "about",
    "ориентировочно": "about",
    "почти": "about",
    "шамамен": "about",
    "шамасында": "about",
    "жуық": "about",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "almost": "about",
    "nearly": "about",
    "~": "about",
    "не более": "up_to",
    "не больше": "up_to",
    "до": "up_to",
    "дейін": "up_to",
    "аспайтын": "up_to",
    "up to": "up_to",
}
_WORDS = "|".join(re.escape(w) for w in sorted(QUALIFIERS, key=len, reverse=True))
_BEFORE = re.compile(rf"^(?:{_WORDS})(?:\s+|(?<=~))(?=[\d+])", re.IGNORECASE)
_AFTER = re.compile(rf"(?<=\S)\s+(?:{_WORDS})$", re.IGNORECASE)


def split_qualifier(text: str) -> tuple[str, str]:
    """Return ``(qualifier, figure)``: the code of a word such as «свыше» or «астам», and the text without it.

    >>> split_qualifier("1 млрд теңгеден астам")
    ('over', '1 млрд теңгеден')
    """
    s = text.strip()
    before = _BEFORE.match(s)
    if before:
        return QUALIFIERS[before.group(0).strip().casefold()], s[before.end() :]
    after = _AFTER.search(s)
    if after:
        return QUALIFIERS[after.group(0).strip().casefold()], s[: after.start()]
    return "", s


_PAIR = re.compile(r"(\d+(?:[.,]\d+)?)\s*([a-zа-яёәіңғүұқөһ]+)\.?\s*")


def _compound(s: str) -> float | None:
    """Return a sum written in several scales («36 млрд 416 млн теңге», «1 млрд 125 млн 900 мың»), or None."""
    unit = _UNITS.search(s)
    body = s[: unit.start()].strip() if unit else s
    pairs = list(_PAIR.finditer(body))
    if len(pairs) < 2 or "".join(p.group(0) for p in pairs).strip() != body:
        return None
    scales = [_SCALE.get(p.group(2)) for p in pairs]
    if None in scales or any(a <= b for a, b in zip(scales, scales[1:], strict=False)):
        return None  # each part in a smaller scale than the one before
    return sum(float(p.group(1).replace(",", ".")) * k for p, k in zip(pairs, scales, strict=True))


def parse_figure(text: str) -> float | None:
    """Return the number written in ``text``, or None if it is not one.

    Accepts a decimal comma, spaces (also no-break and thin) between
    thousands, a scale word and a unit: ``11,5 млрд``, ``1 760``,
    ``272,1 млн тенге``, ``70%``.

    Examples
    --------
    >>> parse_figure("272,1 млн тенге")
    272100000.0
    """
    if _PLAIN.fullmatch(text):
        return float(text)
    usual = _USUAL_SUM.fullmatch(text)
    if usual:
        return float(usual.group(1).replace(",", ".")) * _SCALE[usual.group(2)]
    s = text.strip().casefold()
    compound = _compound(s)
    if compound is not None:
        return compound
    scale = 1.0
    for _ in range(3):  # unit, then scale word, in either order
        s = s.strip().rstrip(".").strip()
        unit = _UNITS.search(s)
        if unit:
            s = s[: unit.start()]
            continue
        head, _, word = s.rpartition(" ")
        word = word.rstrip(".")
        if head and word in _SCALE and scale == 1.0:
            scale, s = _SCALE[word], head
            continue
        # "11,5млрд" without a space
        glued = re.match(r"^(.*?\d)([a-zа-яё]+)\.?$", s)
        if glued and glued.group(2) in _SCALE and scale == 1.0:
            scale, s = _SCALE[glued.group(2)], glued.group(1)
            continue
        break
    s = _SPACES.sub("", s)
    match = _NUMBER.match(s)
    if not match:
        return None
    return float(s.replace(",", ".")) * scale
