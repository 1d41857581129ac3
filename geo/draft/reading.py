"""What a sentence says of the facilities it speaks of: status, kinds of work, figures and dates."""

from __future__ import annotations

import datetime
import math
import re
from typing import NamedTuple

from geo.draft import rules
from geo.draft.text import lower
from geo.records.dates import due_end
from geo.records.figures import parse_figure

STATUS = [(status, re.compile(p)) for status, p in rules.STATUS_CUES]


_SUSPENDED = next(pattern for status, pattern in STATUS if status == "suspended")
_WORK = [(work, re.compile(p)) for work, p in rules.WORK_CUES]
_LOOSE_WORK = [(work, re.compile(p)) for work, p in rules.LOOSE_WORK_CUES]


_MONEY_KINDS = [(column, re.compile(p)) for column, p in rules.MONEY_KINDS]


_FIGURES = [(column, re.compile(p)) for column, p in rules.FIGURE_PATTERNS]


def history(lowered: str, year: int | None) -> bool:
    """Whether a sentence tells the past of a place: words that say so, or only years long before the article's.

    Without the article's date, a sentence whose years are all before 2005 is history: the map
    follows projects of today.
    """
    if rules.HISTORY.search(lowered):
        return True
    if _SUSPENDED.search(lowered) and rules.STILL.search(lowered):
        return False  # «с 2015 года так и стоит недостроенной»: an old year, and the project's state today
    if rules.RESUMED.search(lowered):
        return False  # «возобновилось строительство, замороженное в 2019 году»: going on again today
    # «больницу, построенную в 1970 году, реконструируют»: the building's age, not the project's past.
    lowered = rules.BUILT_IN.sub(" ", lowered)
    years = [int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", lowered)]
    return bool(years) and max(years) <= (year - 5 if year else 2005)


def status_of(text: str) -> str:
    if text.rstrip(' »"').endswith("?"):
        return ""  # «Диспансер қашан ашылады?»: a question tells no stage
    lowered = lower(text)
    if rules.RESUMED.search(lowered):
        return "construction"  # «тоқтап қалған құрылысы қайта басталды»: going on again
    planned_date = rules.NOT_DONE.search(lowered)
    found = []
    for status, pattern in STATUS:
        m = pattern.search(lowered)
        if not m:
            continue
        if status == "completed" and planned_date:
            # «завершение запланировано на …» is a promise, not a fact; «построена, её откроют …» is works
            # all but done.
            if rules.BUILT.search(m.group(0)) and not re.search(
                r"буд(?:ет|ут)\s+$", lowered[max(0, m.start() - 8) : m.start()]
            ):
                found.append(("construction", m.group(0)))
            continue
        if (
            status == "construction"
            and re.match(r"возвод|стро|ремонтир", m.group(0))
            and rules.FUTURE_START.search(lowered[max(0, m.start() - 30) : m.start()])
        ):
            continue  # «начнут возводить в 2016 году»: works still to begin
        if status == "construction" and rules.PLACE_BEING_BUILT.match(text, m.end()):
            continue  # «Оралдың жаңадан салынып жатқан Ақжайық шағынауданында»: the microdistrict is being built
        if status == "completed" and (
            rules.TEMPORARY.search(lowered[max(0, m.start() - 30) : m.end() + 30]) or rules.WHILE_WORKS.search(lowered)
        ):
            continue  # «принимает пациентов по временному адресу»: moved out for the works
        if status == "completed" and m.group(0).startswith("принимать"):
            continue  # «Принимать пациентов ФАП начнет в августе»: an infinitive is no fact
        if status == "completed" and rules.WILL_AFTER.match(lowered, m.end()):
            continue  # «в отремонтированное здание поликлиника вернется в декабре»: the works are not done yet
        if status == "completed" and rules.WILL.search(lowered[max(0, m.start() - 25) : m.start()]):
            continue  # «сможет снова принимать пациентов к 2027 году»: an opening to come
        if status == "completed" and (
            rules.PART_DONE.search(lowered[max(0, m.start() - 30) : m.end() + 30]) or rules.NEARLY_DONE.search(lowered)
        ):
            status = "construction"  # «на 85% завершено строительство»: works under way
        found.append((status, m.group(0)))
    if not found:
        # «построенную по программе, до сих пор не ввели в эксплуатацию»: built, not yet done.
        # (Not «будут построены»: to be built.)
        built = rules.BUILT.search(lowered) and not re.search(
            r"буд(?:ет|ут)\s+(?:\w+\s+)?(?:" + rules.BUILT.pattern + ")", lowered
        )
        if planned_date and built:
            return "construction"
        return "completed" if rules.VISITED.search(lowered) and not planned_date else ""
    status, word = found[0]
    if status == "construction" and rules.WEAK_CONSTRUCTION.fullmatch(word) and any(s == "design" for s, _ in found):
        return "design"  # «ведется корректировка ПСД» is design work
    return status


STATUS_RANK = {"completed": 5, "cancelled": 5, "suspended": 4, "construction": 3, "design": 2, "planned": 1, "": 0}


def _unquoted(text: str) -> str:
    # A name in quotes is no work done: «Модернизация сельского здравоохранения» is a programme.
    return lower(re.sub(r"«[^«»]*»", " ", text))


def works_of(text: str) -> list[str]:
    lowered = _unquoted(text)
    return [work for work, pattern in _WORK if pattern.search(lowered)]


def loose_work_of(text: str) -> str:
    """Return the work the text's words say only loosely (the earliest in the text), or ""."""
    lowered = _unquoted(text)
    found = [(m.start(), work) for work, pattern in _LOOSE_WORK if (m := pattern.search(lowered))]
    return min(found)[1] if found else ""


def money_of(clause: str) -> list[tuple[str, str]]:
    """Return (column, figure) of each sum of money in a clause."""
    out = []
    # «36 млрд 416 млн теңге» is 36,416 млрд; «1 млрд 125 млн 900 мың» 1,1259 млрд.
    lowered = rules.COMPOSITE_MONEY.sub(_one_sum, lower(clause))
    before = 0  # a cue before an earlier sum is that sum's: «құны 7,2 млрд теңге, оның ішінде 4,2 млрд … бөлінді»
    for m in rules.MONEY.finditer(lowered):
        head = lowered[max(before, m.start() - 80) : m.start()]
        before = m.end()
        tail = lowered[m.end() : m.end() + 40]
        column = _money_kind(head, tail)
        figure = m.group(1) + (" " + m.group(2) if m.group(2) else "")
        qualifier = re.search(r"(более|больше|свыше|около|порядка|почти|шамамен|астам|до)\s*$", head) or re.match(
            r"\s*\w*\s*(астам)", tail
        )
        if qualifier:
            word = qualifier.group(1)
            figure = f"{figure} {word}" if word == "астам" else f"{word} {figure}"
        out.append((column, figure.replace("  ", " ")))
    return out


def _one_sum(m: re.Match) -> str:
    """Write a sum given in several scales («1 млрд 125 млн 900 мың») in the largest one, as a decimal."""
    if m.group(1):
        whole, parts, scale = m.group(1), [m.group(2), m.group(3) or "0"], "млрд"
    else:
        whole, parts, scale = m.group(4), [m.group(5)], "млн"
    fraction = "".join(f"{int(p):03d}" for p in parts).rstrip("0")
    return f"{whole},{fraction} {scale}" if fraction else f"{whole} {scale}"


def _money_kind(head: str, tail: str) -> str:
    """Which money a sum is: the cue nearest before it, else the nearest after it, else a cost."""
    before = [(max((m.end() for m in p.finditer(head)), default=-1), c) for c, p in _MONEY_KINDS]
    at, column = max(before)
    if at >= 0:
        return column
    after = [(min((m.start() for m in p.finditer(tail)), default=10**6), c) for c, p in _MONEY_KINDS]
    at, column = min(after)
    return column if at < 10**6 else "cost_kzt"


_OTHERS_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?" + rules.OTHER_OBJECTS.pattern)


def figures_of(clause: str) -> dict[str, str]:
    lowered = lower(clause)
    out: dict[str, str] = {}
    for column, figure in money_of(clause):
        out.setdefault(column, figure)
    for column, pattern in _FIGURES:
        if column in out:
            continue
        # («280 орындық балабақша, дәрігерлік амбулатория»: a kindergarten's places are no facility's.)
        m = next((m for m in pattern.finditer(lowered) if not _OTHERS_AFTER.match(lowered, m.end())), None)
        if column == "floors" and not m:
            # «трехэтажного корпуса», «восьмиэтажное здание»
            word = rules.FLOOR_WORDS_PATTERN.search(lowered)
            if word:
                out[column] = str(rules.FLOOR_WORDS[word.group(1)])
            continue
        if m:
            value = m.group(1).strip()
            if m.lastindex and m.lastindex >= 2 and m.group(2):
                value += " " + m.group(2)
            if parse_figure(value) is not None:
                out[column] = value
    return out


def clauses(sentence: str) -> list[str]:
    return [c for c in re.split(r";|, а также |, а также|, ал ", sentence) if c.strip()]


class Dates(NamedTuple):
    """The dates a sentence gives, as it writes them."""

    start: str
    due: str
    missed: str  # a due date promised before and not kept («должно было завершиться в 2023 году»)


def dates_of(text: str) -> Dates:
    """Return the start, due and missed dates of a sentence: each date phrase goes with the nearest cue in its clause."""
    lowered = lower(text)
    start = due = missed = ""
    for m in rules.DATE_PHRASES.finditer(lowered):
        clause_start = max(
            lowered.rfind(",", 0, m.start()), lowered.rfind(";", 0, m.start()), lowered.rfind("–", 0, m.start()) - 15, 0
        )
        clause_end = min(
            [i for i in (lowered.find(",", m.end()), lowered.find(";", m.end())) if i >= 0] or [len(lowered)]
        )
        head, tail = lowered[clause_start : m.start()], lowered[m.end() : clause_end]
        if rules.PAST_DATE.search(head) or rules.BUILT_THEN.match(tail) or rules.PROCUREMENT.search(head + tail):
            continue  # («1998 және 2002 жылдары салынған корпустар»: when they were built; a tender's date)
        near = []
        for which, cues in (("start", rules.START_CUES), ("due", rules.DUE_CUES), ("either", rules.PLAN_CUES)):
            before = [len(head) - c.end() for c in cues.finditer(head)]
            after = [c.start() + 1000 for c in cues.finditer(tail)]
            if before or after:
                near.append((min(before + after), which))
        # «запланировано» goes with whichever of start and end its clause speaks of; alone, it is the end.
        strong = [n for n in near if n[1] != "either"]
        near = strong or [(at, "due") for at, _ in near]
        if rules.DUE_BY_ITSELF.search(lowered[m.start() : m.end()]):
            near.append((-1, "due"))
        elif not near and rules.DUE_ALONE.fullmatch(lowered[m.start() : m.end()]):
            near.append((0, "due"))
        if not near:
            continue
        which = min(near)[1]
        # «в декабре 2025 года» is written «декабре 2025 года»; «в этом году», «к Новому году» keep their word.
        phrase = re.sub(
            r"^(?:в|на|к)\s+(?!(?:этом|текущем|следующем|будущем|новом) (?:году|месяце)|новому году|нового года|середин|конц|"
            r"начал|ближайш|течение)",
            "",
            text[m.start() : m.end()].strip(),
            flags=re.IGNORECASE,
        )
        if which == "due" and re.search(r"(?:нан|нен|дан|ден|тан|тен)$", phrase):
            continue  # «2025 жылдың маусымынан қазанның басына шегерілген»: from June, the date before
        if which == "start" and not start:
            start = phrase
        elif which == "due" and rules.MISSED.search(head + " " + tail):
            # «2022 жылы аяқталуы тиіс еді, енді 2025 жылдың соңына дейін …»: the newer date is the due one.
            missed = missed or phrase
        elif which == "due" and (not due or (not re.search(r"\d", due) and re.search(r"\d{4}", phrase))):
            # «жобалау жұмыстарын биыл аяқтау …, орталықтың өзі 2028 жылы іске қосылмақ»: a year
            # written out is the facility's date sooner than «this year» said of a step before it.
            due = phrase
    return Dates(start, due, missed)


def _published_on(published: str) -> datetime.date | None:
    """Return the article's date, or None when ``published`` gives no day."""
    try:
        return datetime.date.fromisoformat(published[:10])
    except ValueError:
        return None


def soon(due: str, published: str) -> bool:
    """Whether ``due`` ends within a few months of the article's date, to the month or closer."""
    date = _published_on(published)
    if date is None:
        return False
    lowered = lower(due)
    later = rules.AFTER_A_WHILE.search(lowered)
    if later is not None:
        # «через 2 месяца»: counted from the article's date. («В ближайшее время … построят»: too vague to say
        # the works are under way.)
        return not rules.A_WHILE.search(lowered) and _months_after(later) * 30.5 <= rules.SOON_DAYS
    if not due or not rules.MONTH_OR_CLOSER.search(lowered):
        return False
    year = due_year(due, published)
    end = due_end(due, int(year) if year else None)
    return end is not None and 0 <= (end - date).days <= rules.SOON_DAYS


def opening_soon(text: str, due: str, published: str) -> bool:
    """Whether ``text`` tells an opening to come, due in the article's year or the next («откроют до конца года»)."""
    year = due_year(due, published) if due else ""
    if not (year and published[:4].isdigit() and 0 <= int(year) - int(published[:4]) <= 1):
        return False
    return bool(rules.OPENING_TO_COME.search(lower(text)))


def _months_after(later: re.Match[str]) -> float:
    """Return how many months a time from the article's date is («через 2,6 месяца»: 2.6; a while: 1)."""
    number, unit = next(((later.group(i), later.group(i + 1)) for i in (1, 3, 5, 7) if later.group(i + 1)), ("1", "ай"))
    count = float(rules.WORD_NUMBERS.get(number) or (number or "1").replace(",", "."))
    per = {"дн": 0.0, "недел": 0.25, "апта": 0.25, "полгода": 6.0, "год": 12.0, "лет": 12.0, "жыл": 12.0}
    return next((n for stem, n in per.items() if unit.startswith(stem)), 1.0) * count


def _year_after(later: re.Match[str], published: str) -> str:
    """Return the year a time from the article's date ends in («через 2,6 месяца» after 2021-07-09: 2021)."""
    date = _published_on(published)
    if date is None:
        return ""
    return str(date.year + (date.month - 1 + math.ceil(_months_after(later))) // 12)


def due_year(due: str, published: str) -> str:
    """Return the year ``due`` names («осы жылдың соңына дейін»: the article's year), or ""."""
    year = int(published[:4]) if published[:4].isdigit() else None
    if year is not None and rules.NEXT_YEAR.search(lower(due)):
        year += 1
    later = rules.AFTER_A_WHILE.search(lower(due))
    if later is not None:
        # «через 2,6 месяца»: counted from the article's date.
        return _year_after(later, published)
    end = due_end(due, year if not re.search(r"\d{4}", due) else None)
    if end is None:
        return ""
    return str(end.year) if end.year >= 1990 else ""
