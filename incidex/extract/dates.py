"""Dates: the publication date (given or read from the dateline) and each event's date.

Explicit dates resolve on their own; month-days, weekdays and "yesterday" resolve against
publication. With no date in its words, a main event takes the publication date with
`basis: publication`, so that nobody mistakes it for a stated date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from incidex.extract.analysis import Analysis, Frame, evidence, frame_text, tells
from incidex.schema import DateBasis, DatePrecision, EventDate, Role

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
_MONTH = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?"
    r"|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?"
    r"|dec(?:ember|\.)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# Alternatives in priority order; each names its groups. Examples in the comments.
DATE = re.compile(
    r"\b(?:"
    rf"(?P<iso>{_YEAR}-[01]\d-[0-3]\d)"  # 2024-01-03
    rf"|(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY})\b(?:,?\s+(?P<md_y>{_YEAR}))?"  # Jan. 3, 2024
    # 3 JAN 90, 3 January 2024
    rf"|(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_MONTH})\b(?:,?\s+(?P<dm_y>{_YEAR}|\d\d\b))?"
    rf"|(?:in\s+|early\s+|late\s+|mid-?)?(?P<my_m>{_MONTH})\s+(?P<my_y>{_YEAR})"  # March 2022
    r"|(?P<wd_q>early |late |last |on |this past )?(?P<wd>(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day)"  # on Tuesday
    r"|(?P<rel>yesterday|last night|overnight|today|tonight|this morning|this afternoon"
    r"|this evening|earlier today|earlier this week|last week|last month)"
    r"|(?P<ago_n>\w+|\d+) (?P<ago_u>days?|weeks?) ago"  # two days ago
    rf"|(?:in|since|of|during)\s+(?P<year>{_YEAR})"  # in 2022
    r")",
    re.IGNORECASE,
)
# Wire datelines with a year: "SAN SALVADOR, 3 JAN 90 --", "KABUL, March 4, 2009 (AP) -"
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z .'-]+,(?:\s*[A-Za-z .]+,)?\s*(?:(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})\s+"
    rf"(?P<y1>{_YEAR}|\d\d)|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR}))\b",
    re.IGNORECASE,
)
# A date right after a verb of reporting dates the report: "police said Wednesday", "released
# Monday", "Posted: Friday, June 26"; the event's own date stands elsewhere.
_REPORTED = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|identified|released|posted:?"
    r"|updated:?|published:?|statement)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1}


def dateline(analysis: Analysis) -> Analysis:
    """The analysis with `published`: the record's own date, else one read from the dateline."""
    published = analysis.article.published_date
    if published is None:
        m = _DATELINE.search(analysis.text[:300])
        if m:
            published = _make(
                _year(m.group("y1") or m.group("y2")),
                _month(m.group("m1") or m.group("m2")),
                _day(m.group("d1") or m.group("d2")),
            )
    return dataclasses.replace(analysis, published=published)


def run(analysis: Analysis) -> Analysis:
    """The analysis with one date (or None) per frame."""
    dates = tuple(_frame_date(analysis, f) for f in analysis.frames or ())
    return dataclasses.replace(analysis, dates=dates)


def _frame_date(analysis: Analysis, frame: Frame) -> EventDate | None:
    sentences = frame_text(analysis, frame)
    trigger_first = sorted(sentences, key=lambda s: not tells(s, frame))
    dateline = _DATELINE.search(analysis.text[:300])
    skip = dateline.end() if dateline else 0  # the dateline dates the report, not the event
    for sentence in trigger_first:
        for m in DATE.finditer(sentence.text):
            if sentence.start + m.start() < skip or _REPORTED.search(sentence.text, 0, m.start()):
                continue
            found = resolve(m, analysis.published)
            if found is not None and _fits(found, frame, analysis.published):
                ev = evidence(analysis.text, sentence.start + m.start(), sentence.start + m.end())
                return dataclasses.replace(found, evidence=ev)
    if frame.role == Role.BACKGROUND and frame.year is not None:
        return EventDate(value=dt.date(frame.year, 1, 1), precision=DatePrecision.YEAR)
    if frame.role == Role.MAIN and analysis.published is not None:
        return EventDate(value=analysis.published, basis=DateBasis.PUBLICATION)
    return None


def _fits(found: EventDate, frame: Frame, published: dt.date | None) -> bool:
    """A main event is not in the future nor years before publication; a background one is."""
    if published is None:
        return True
    if frame.role == Role.BACKGROUND:
        return found.value.year < published.year or found.precision == DatePrecision.YEAR
    return (
        found.value <= published + dt.timedelta(days=1) and found.value.year >= published.year - 1
    )


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
        return _relative(_weekday(g["wd"], published))
    if g["rel"]:
        return _relative_word(g["rel"].casefold(), published)
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
    if word == "last month":
        first = published.replace(day=1) - dt.timedelta(days=1)
        return _relative(first.replace(day=1), DatePrecision.MONTH)
    return _relative(published)  # today, tonight, overnight, this morning


def _weekday(name: str, published: dt.date) -> dt.date:
    """The most recent such weekday on or before publication ("Friday" on a Friday is that day)."""
    target = WEEKDAYS.index(name.casefold())
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


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


def first_date(text: str, published: dt.date | None) -> EventDate | None:
    """The first date `text` states that resolves, with evidence offsets into `text`."""
    for m in DATE.finditer(text):
        found = None if _REPORTED.search(text, 0, m.start()) else resolve(m, published)
        if found is not None:
            return dataclasses.replace(found, evidence=evidence(text, m.start(), m.end()))
    return None
