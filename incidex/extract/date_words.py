"""Date expressions: the words that state a date, and the day each states against publication.

`DATE` finds them (explicit dates, month-days, weekdays, "yesterday", feasts, "two days ago");
`resolve` turns one match into an EventDate. Explicit dates resolve on their own; the others need
the publication date and say `basis: relative`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from incidex.schema import DateBasis, DatePrecision, EventDate

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|jun(?:e|\.)?|jul(?:y|\.)?"
    r"|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?"
    r"|dec(?:ember|\.)?)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# Days named by their feast: month and day, or a rule for the moving ones (see _holiday)
FIXED_HOLIDAYS = {
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "independence day": (7, 4),
    "fourth of july": (7, 4),
    "july fourth": (7, 4),
    "4th of july": (7, 4),
    "st. patrick's day": (3, 17),
}
_HOLIDAY = (
    r"new year['\u2019]?s (?:eve|day)|christmas(?: eve| day)?|halloween"
    r"|valentine['\u2019]?s day|independence day|fourth of july|july fourth|4th of july"
    r"|st\.? patrick['\u2019]?s day|easter(?: sunday)?|thanksgiving(?: day)?|memorial day"
    r"|labor day|mother['\u2019]?s day|father['\u2019]?s day"
)
_YEAR = r"(?:19|20)\d\d"
# Alternatives in priority order; each names its groups. Examples in the comments. Tried only
# where a word starts ("(?=\w)": each date does), not also where one ends.
DATE = re.compile(
    r"\b(?=\w)(?:"
    rf"(?P<iso>{_YEAR}-[01]\d-[0-3]\d)"  # 2024-01-03
    rf"|(?P<md_m>{MONTH})\s+(?P<md_d>{DAY})\b(?:,?\s+(?P<md_y>{_YEAR}))?"  # Jan. 3, 2024
    # 3 JAN 90, 3 January 2024
    rf"|(?P<dm_d>{DAY})\s+(?:of\s+)?(?P<dm_m>{MONTH})\b"
    rf"(?:,?\s+(?P<dm_y>{_YEAR}|\d\d\b(?!\s+[a-z])))?"  # not "8 October 34 of the men"
    rf"|(?:in\s+|early\s+|late\s+|mid-?)?(?P<my_m>{MONTH})\s+(?:of\s+)?(?P<my_y>{_YEAR})"
    # March 2022, March of 2022
    r"|(?P<wd_q>early |late |last |on |this past |overnight )?"
    r"(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"  # on Tuesday
    r"|(?P<rel>yesterday|last night|overnight|today|tonight|this morning|this afternoon"
    r"|this evening|earlier today|earlier this week|last weekend|last week|last month"
    r"|earlier this month"
    r"|(?:over |this |during )?the weekend|this weekend)"
    rf"|(?P<holiday>{_HOLIDAY})\b"  # on Christmas Eve, Easter morning (not "Eastern")
    r"|(?P<ago_n>\w+|\d+) (?P<ago_u>days?|weeks?) ago"  # two days ago
    rf"|(?:in|since|of|during)\s+(?P<year>{_YEAR})"  # in 2022
    r")",
    re.IGNORECASE,
)
# Wire datelines with a year: "SAN SALVADOR, 3 JAN 90 --", "KABUL, March 4, 2009 (AP) -",
# "MANAGUA (NICARAGUA), 26 MAR 89 --"
DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z .'-]+(?:\([A-Za-z .'-]+\))?,(?:\s*[A-Za-z .]+,)?\s*"
    rf"(?:(?P<d1>{DAY})\s+(?P<m1>{MONTH})\s+"
    rf"(?P<y1>{_YEAR}|\d\d)|(?P<m2>{MONTH})\s+(?P<d2>{DAY}),?\s+(?P<y2>{_YEAR}))\b",
    re.IGNORECASE,
)
# A web page's own stamp of its date: "Posted: Friday, June 26, 2015", "Updated Jun 16, 2015 at
# 6:07 AM", "(Published Thursday, Jan. 12, 2017)", "Published: Saturday, 4/16/2016", and a local
# dateline with its date in brackets: "SAVANNAH, GA (December 2, 2015):"
_CLOCK_ZONE = r"\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[ECMP][SD]?T)?"
_STAMP = re.compile(
    r"\b(?P<word>posted|published|updated|last updated)(?:\s+on)?:?\s+"
    rf"(?:{_CLOCK_ZONE},?\s+)?"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
    rf"(?:(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{_YEAR})"
    rf"|(?P<nm>1[0-2]|0?[1-9])/(?P<nd>[12]\d|3[01]|0?[1-9])/(?P<ny>{_YEAR}))\b"
    rf"|^[A-Z][A-Za-z .'-]+,\s*[A-Z][A-Za-z.]+\s*\((?P<dm>{MONTH})\s+(?P<dd>{DAY}),?\s+"
    rf"(?P<dy>{_YEAR})\)",
    re.IGNORECASE | re.MULTILINE,
)
_STAMP_REACH = 2000  # characters from the top of a page in which its stamp stands
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1}


def dateline_date(text: str) -> dt.date | None:
    """The date of a wire dateline at the start of `text` ("SAN SALVADOR, 3 JAN 90 --")."""
    m = DATELINE.search(text[:300])
    if m is None:
        return None
    return _make(
        _year(m.group("y1") or m.group("y2")),
        _month(m.group("m1") or m.group("m2")),
        _day(m.group("d1") or m.group("d2")),
    )


def stamp_date(text: str) -> dt.date | None:
    """The date a web page stamps itself with near its top: the first "Posted" or "Published"
    date, else the first "Updated" one or a local dateline's ("DAYTON, OH (May 2, 2024):")."""
    found: list[tuple[int, dt.date]] = []
    for m in _STAMP.finditer(text[:_STAMP_REACH]):
        if m.group("m") or m.group("dm"):
            value = _make(
                int(m.group("y") or m.group("dy")),
                _month(m.group("m") or m.group("dm")),
                _day(m.group("d") or m.group("dd")),
            )
        else:
            value = _make(int(m.group("ny")), int(m.group("nm")), int(m.group("nd")))
        if value is not None:
            first = (m.group("word") or "").casefold() in ("posted", "published")
            found.append((0 if first else 1, value))
    return min(found, key=lambda kv: kv[0])[1] if found else None


# A time of day: "about 2:30 a.m.", "11 p.m."
CLOCK = re.compile(r"\b(1[0-2]|0?[1-9])(?::[0-5]\d)?\s*([ap])\.?\s?m\b", re.IGNORECASE)
_SMALL_HOURS = (12, 1, 2, 3, 4, 5)  # a.m. hours of a night after midnight


def by_the_clock(
    date: EventDate | None, m: re.Match[str], clock: re.Match[str] | None
) -> EventDate | None:
    """The date with "overnight" or "last night" moved to the publication day when the time of day
    `clock` (the first the event's sentences give) falls in the small hours after midnight."""
    night = (m.group("rel") or "").casefold() in ("overnight", "last night")
    if date is None or not night or clock is None:
        return date
    if clock.group(2).casefold() == "a" and int(clock.group(1)) in _SMALL_HOURS:
        return dataclasses.replace(date, value=date.value + dt.timedelta(days=1))
    return date


# A day this many days before publication, or fewer, dates news: "on 11 May" in a story of
# 14 May, not the history a paragraph's earlier year opened.
RECENT_DAYS = 7


def recent_day(text: str, published: dt.date | None, *, yearless: bool = False) -> bool:
    """True when `text` names a day of the month ("on 11 May", "May 11") at most RECENT_DAYS
    before `published`; `yearless`: only a day written without its year."""
    if published is None:
        return False
    for m in DATE.finditer(text):
        if not (m.group("md_m") or m.group("dm_m")):
            continue
        if yearless and (m.group("md_y") or m.group("dm_y")):
            continue
        when = resolve(m, published)
        if when is not None and 0 <= (published - when.value).days <= RECENT_DAYS:
            return True
    return False


def resolve(m: re.Match[str], published: dt.date | None) -> EventDate | None:
    """The date a DATE match states, resolved against `published` where it is relative."""
    g = m.groupdict()
    if g["iso"]:
        value = _iso(g["iso"])
        return EventDate(value=value) if value else None
    if g["md_m"] or g["dm_m"]:
        return _month_day(g, published)
    if g["my_m"]:
        value = _make(int(g["my_y"]), _month(g["my_m"]), 1)
        return EventDate(value=value, precision=DatePrecision.MONTH) if value else None
    if g["year"]:
        return EventDate(value=dt.date(int(g["year"]), 1, 1), precision=DatePrecision.YEAR)
    if published is None:
        return None  # weekdays and "yesterday" need a publication date
    if g["wd"]:
        value = _weekday(g["wd"], published, g["wd_q"])
        if (published - value).days == 6 and _fresh(m):
            value = published + dt.timedelta(days=1)
        return _relative(value)
    if g["rel"]:
        return _relative_word(g["rel"].casefold(), published)
    if g["holiday"]:
        return _holiday(g["holiday"].casefold(), published)
    return _ago(g["ago_n"], g["ago_u"], published)


def _month_day(g: dict[str, str | None], published: dt.date | None) -> EventDate | None:
    month = _month(g["md_m"] or g["dm_m"] or "")
    day = _day(g["md_d"] or g["dm_d"] or "")
    year_text = g["md_y"] or g["dm_y"]
    if year_text:
        value = _make(_year(year_text), month, day)
        return EventDate(value=value) if value else None
    if published is None:
        return None
    value = _make(published.year, month, day)
    if value and value > published + dt.timedelta(days=2):  # "December 30" in a January story
        value = _make(published.year - 1, month, day)
    return EventDate(value=value, basis=DateBasis.RELATIVE) if value else None


def _relative(value: dt.date, precision: DatePrecision = DatePrecision.DAY) -> EventDate:
    return EventDate(value=value, precision=precision, basis=DateBasis.RELATIVE)


def _relative_word(word: str, published: dt.date) -> EventDate:
    if word in ("yesterday", "last night", "overnight"):  # the night before the story
        return _relative(published - dt.timedelta(days=1))
    if word in ("last week", "earlier this week"):
        monday = published - dt.timedelta(days=published.weekday())
        start = monday - dt.timedelta(days=7) if word == "last week" else monday
        return _relative(start, DatePrecision.WEEK)
    if word.endswith("weekend"):  # Saturday to Sunday: the last one, or the one before it
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        if word == "last weekend" and published.weekday() >= 5:
            saturday -= dt.timedelta(days=7)  # "last weekend" in a weekend story: the one before
        return EventDate(value=saturday, end=saturday + dt.timedelta(days=1),
                         basis=DateBasis.RELATIVE)  # fmt: skip
    if word == "last month":
        first = published.replace(day=1) - dt.timedelta(days=1)
        return _relative(first.replace(day=1), DatePrecision.MONTH)
    if word == "earlier this month":
        return _relative(published.replace(day=1), DatePrecision.MONTH)
    return _relative(published)  # today, tonight, this morning


def _holiday(name: str, published: dt.date) -> EventDate | None:
    """The latest such holiday on or before publication, if within a month of it: news names a
    recent day by its feast ("on Christmas Eve"), an older one by its date."""
    name = re.sub(r"\s+", " ", name.replace("\u2019", "'"))
    for year in (published.year, published.year - 1):
        value = _holiday_in(name, year)
        if value is not None and value <= published:
            return _relative(value) if (published - value).days <= _HOLIDAY_REACH else None
    return None


_HOLIDAY_REACH = 31  # days


def _holiday_in(name: str, year: int) -> dt.date | None:
    key = re.sub(r"\b(year|valentine|mother|father|patrick)s\b", r"\1's", name)
    key = re.sub(r"^st ", "st. ", key)
    if key in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[key]
        return dt.date(year, month, day)
    if key.startswith("easter"):
        return _easter(year)
    rules = {"thanksgiving": (11, 3, 4), "memorial day": (5, 0, -1), "labor day": (9, 0, 1),
             "mother's day": (5, 6, 2), "father's day": (6, 6, 3)}  # fmt: skip
    for prefix, (month, weekday, nth) in rules.items():
        if key.startswith(prefix):
            return _nth_weekday(year, month, weekday, nth)
    return None


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth such weekday of a month (nth -1: the last): Thanksgiving is (11, 3, 4)."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_ + 174) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


# "early Monday", "late Friday", "Monday evening": a weekday with its time of day
_PART_OF_DAY = re.compile(r"[\s,]+(?:morning|afternoon|evening|night)\b", re.IGNORECASE)


def _fresh(m: re.Match[str]) -> bool:
    """True when a weekday is given its time of day ("early Monday", "Monday evening") and not
    called "last": so breaking news tells of an event hours old. A story first posted on Sunday
    and updated overnight keeps Sunday's date yet says "early Monday" for the day after it; the
    Monday six days before would be "last Monday" or be dated."""
    qualifier = (m.group("wd_q") or "").strip().casefold()
    if qualifier in ("last", "this past"):
        return False
    return qualifier in ("early", "late", "overnight") or bool(
        _PART_OF_DAY.match(m.string, m.end())
    )


def _weekday(name: str, published: dt.date, qualifier: str | None = None) -> dt.date:
    """The most recent such weekday on or before publication ("Friday" on a Friday is that day,
    "last Friday" on a Friday the one a week before)."""
    target = WEEKDAYS.index(name.casefold())
    back = (published.weekday() - target) % 7
    if back == 0 and (qualifier or "").strip().casefold() in ("last", "this past"):
        back = 7
    return published - dt.timedelta(days=back)


def _ago(number: str | None, unit: str | None, published: dt.date) -> EventDate | None:
    n = int(number) if number and number.isdigit() else _SMALL.get((number or "").casefold())
    if n is None or unit is None:
        return None
    days = n * (7 if unit.casefold().startswith("week") else 1)
    return _relative(published - dt.timedelta(days=days))


def _month(text: str) -> int:
    return MONTHS[text.casefold()[:3]]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _year(text: str) -> int:
    year = int(text)
    if year < 100:  # teleprinter years: "90" is 1990, "05" is 2005
        year += 2000 if year < 40 else 1900
    return year


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
