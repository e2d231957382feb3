"""Ages on listings as intervals of whole years: "Age 41", "41", "In her 40s", "Born 1985",
"DOB: 03/1985", "03/14/1985", "Born March 14, 1985", "14 de marzo de 1985", "Age 40-45", "Age: 40+".

Brokers print ages in several ways (NAMES.md, "Ages on listings"); each is read as the interval of
ages the person can have today, so that a decade and an exact age can be compared. This module has
no optout imports: extraction (``optout.steps.extract``) and matching both use it.
"""

from __future__ import annotations

import datetime as dt
import re

MAX_AGE = 120  # an age beyond this is a garbled value ("Age 1234"), read as no age at all
MIN_YEAR = 1900

_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b|\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_MONTH_YEAR = re.compile(r"\b(\d{1,2})[/.-](\d{4})\b")
_DECADE = re.compile(r"\b(\d{1,2})0\s*'?\s*s\b", re.IGNORECASE)
_RANGE = re.compile(r"\b(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})\b")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_NUMBER = re.compile(r"(?<![\d/.-])(\d{1,3})(?![\d/])")
# An open age ("Age: 40+", "over 40", "40 or older", "más de 40", "40 o más", "plus de 40 ans"): the
# age and every one above it. Read as an exact age before, so the person at 45 was "age differs" (twentieth
# pass, from the fourteenth held-out set's "Age: 40+")
_OPEN = re.compile(r"\b(\d{1,3})\s*\+|\b(?:over|above|older than|m[aá]s de|mayor de|plus de)\s+(\d{1,3})\b"
                   r"|\b(\d{1,3})\s+(?:or|and|o|y|et)\s+(?:older|over|up|above|m[aá]s|mayor|plus)\b", re.IGNORECASE)


# Month names as brokers and records write dates of birth ("Born March 14, 1990", "DOB: Mar 1990", "14 de marzo
# de 1990"): English and Spanish, whole or cut to three letters (Sept too). Such a date is rewritten in
# figures before it is read, so it counts as the date it is, not as its year alone (seventeenth pass)
_MONTHS = {name: i for i, names in enumerate((
    "january jan enero ene", "february feb febrero", "march mar marzo", "april apr abril abr", "may mayo",
    "june jun junio", "july jul julio", "august aug agosto ago", "september sep sept septiembre setiembre",
    "october oct octubre", "november nov noviembre", "december dec diciembre dic"), start=1)
    for name in names.split()}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH_DAY_YEAR = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?" + _MONTH
                             + r",?\s+(?:de\s+|del\s+)?(?P<year>\d{4})\b", re.IGNORECASE)
_MONTH_NAME_YEAR = re.compile(r"\b" + _MONTH + r",?\s+(?:de\s+|del\s+)?(?P<year>\d{4})\b", re.IGNORECASE)


def _in_figures(text: str) -> str:
    """``text`` with a date or a month and year written with a month name rewritten in figures
    (MM/DD/YYYY, MM/YYYY), as the patterns below read them."""
    def whole(m: re.Match) -> str:
        return f"{_MONTHS[m.group('month').lower()]:02d}/{int(m.group('day')):02d}/{m.group('year')}"

    text = _DAY_MONTH_YEAR.sub(whole, _MONTH_DAY_YEAR.sub(whole, text))
    return _MONTH_NAME_YEAR.sub(lambda m: f"{_MONTHS[m.group('month').lower()]:02d}/{m.group('year')}", text)


def age_on(birth: dt.date, today: dt.date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def parse_age(text: str | None, today: dt.date | None = None) -> tuple[int, int] | None:
    """The ages (lowest, highest; whole years, inclusive) a listing's age text allows on ``today``,
    or None when the text holds no plausible age. Never raises."""
    if not text:
        return None
    today = today or dt.date.today()
    text = _in_figures(str(text)[:200])
    try:
        return _parse(text, today)
    except (ValueError, OverflowError):
        return None


def _plausible(lo: int, hi: int) -> tuple[int, int] | None:
    if 0 <= lo <= hi <= MAX_AGE:
        return lo, hi
    return None


def _parse(text: str, today: dt.date) -> tuple[int, int] | None:
    if m := _DATE.search(text):
        if m.group(3):
            month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            year, month, day = int(m.group(4)), int(m.group(5)), int(m.group(6))
        if MIN_YEAR <= year <= today.year and 1 <= month <= 12 and 1 <= day <= 31:
            try:
                a = age_on(dt.date(year, month, day), today)
            except ValueError:
                a = None
            if a is not None:
                return _plausible(a, a)
    if m := _MONTH_YEAR.search(text):
        month, year = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12 and MIN_YEAR <= year <= today.year:
            older = today.year - year - (today.month < month)  # the birthday month has passed or not
            if today.month == month:  # the day decides: either age
                return _plausible(older - 1, older)
            return _plausible(older, older)
    if m := _DECADE.search(text):
        lo = int(m.group(1)) * 10
        return _plausible(lo, lo + 9)
    if m := _RANGE.search(text):
        lo, hi = int(m.group(1)), int(m.group(2))
        return _plausible(lo, hi) if lo <= hi else None
    if m := _YEAR.search(text):
        year = int(m.group(1))
        if MIN_YEAR <= year <= today.year:
            return _plausible(today.year - year - 1, today.year - year)
        return None  # a four-digit number that is no birth year: "Age 1234"
    if m := _OPEN.search(text):
        return _plausible(int(next(g for g in m.groups() if g)), MAX_AGE)
    if m := _NUMBER.search(text):
        return _plausible(int(m.group(1)), int(m.group(1)))
    return None


def parse_birth_date(text: str | None, today: dt.date | None = None) -> dt.date | None:
    """The full date of birth a listing's age text shows ("DOB: 03/14/1985", "Born 1985-03-14"), or
    None when it shows less (an age, a year, a month and year) or no valid date. Never raises."""
    if not isinstance(text, str) or not text:
        return None
    today = today or dt.date.today()
    m = _DATE.search(_in_figures(text[:200]))
    if not m:
        return None
    try:
        if m.group(3):
            month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            year, month, day = int(m.group(4)), int(m.group(5)), int(m.group(6))
        born = dt.date(year, month, day)
    except (ValueError, TypeError):
        return None
    return born if MIN_YEAR <= year and born <= today else None


def parse_birth_month(text: str | None, today: dt.date | None = None) -> tuple[int, int] | None:
    """The (year, month) of birth a listing's age text shows as a month and year ("DOB 11/1980"),
    or None when it shows a full date, less, or no valid month. Never raises."""
    if not isinstance(text, str) or not text or parse_birth_date(text, today):
        return None
    today = today or dt.date.today()
    m = _MONTH_YEAR.search(_in_figures(text[:200]))
    if not m:
        return None
    month, year = int(m.group(1)), int(m.group(2))
    if 1 <= month <= 12 and MIN_YEAR <= year <= today.year:
        return year, month
    return None


def parse_birth_year(text: str | None, today: dt.date | None = None) -> int | None:
    """The year of birth a listing's age text shows as a year alone ("Born 1985", "DOB 1985"), read
    as :func:`parse_age` reads it, or None when it shows a date, a month and year, a decade, a range,
    an age, or no plausible year. Never raises."""
    if not isinstance(text, str) or not text:
        return None
    today = today or dt.date.today()
    text = _in_figures(text[:200])
    if _DATE.search(text) or _MONTH_YEAR.search(text) or _DECADE.search(text) or _RANGE.search(text):
        return None
    m = _YEAR.search(text)
    if m and MIN_YEAR <= int(m.group(1)) <= today.year:
        return int(m.group(1))
    return None
