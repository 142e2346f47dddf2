"""Casualty dates: a figure told with a date of its own, far from its event's, is another event's.

"Colonel Franklin Quintero was assassinated on 18 August 1989" in a story of a kidnapping in April
1990 recalls an earlier killing; its toll is not the kidnapping's. So does a weekday or "last month"
of a story whose event has a day of its own ("Five people were shot, one of whom died, Friday" in
a story of Tuesday's shooting): one incident is one day. A victim named with such a figure and
told again later ("David was killed") is that other event's too.
"""

from __future__ import annotations

import datetime as dt
import re

from incidex.extract.date_words import DATE, resolve
from incidex.schema import DateBasis, DatePrecision, EventDate, Figure

# how far after a figure's words its own date may stand: "was killed on 18 August 1989", "was
# shot dead in the 800 block of Monroe St. on March 23"
_REACH = 60

# between a figure and its date, only words of its own clause: "killed in Soacha on 18 August"
_SAME_CLAUSE = re.compile(r"[^.;:!?\"()\[\]]*")

# a word that ties a later date to another happening: "killed ... 8 days after taking office on
# 1 June", "shot when he stepped out on Friday"
_THEN = re.compile(r"\b(?:after|before|since|until|when|while)\b", re.IGNORECASE)

# the full stop of an address's or a clock's abbreviation ends no clause: "in the 800 block of
# Monroe St. on March 23", "on N. Main Street", "at 3 a.m. Friday"; a capital after a street's or
# a clock's stop may open the next sentence
_ABBREVIATION = re.compile(
    r"\b(?:[NSEW]\.|(?:St|Ave|Rd|Blvd|Dr|Ln|Ct|Hwy|Pkwy|Jr|Sr|Mt|Ft|a\.m|p\.m)\.(?!\s+[A-Z]))"
)

# "was assassinated last year", "killed two years ago": long before any story's news
_LONG_AGO = re.compile(
    r"\b(?:last|the\s+previous|the\s+past)\s+year\b|\b\w+\s+(?:months|years)\s+(?:ago|earlier)\b",
    re.IGNORECASE,
)

_HISTORY = dt.timedelta(days=365)  # a killing dated this long before is history, not news

_APART = 3  # days between two day dates that are still one event (a date misread by a day or two)


def own_date_elsewhere(
    figure: Figure,
    text: str,
    event: EventDate | None,
    published: dt.date | None,
    *,
    lead: bool = False,
) -> bool:
    """True when the date told right after the figure's words in `text` (the whole article) is
    not the event's: a day more than a few days apart, another month or another year. In the
    story's `lead`, which tells its news however the event was dated ("a judge today ordered the
    arrest of ... the massacre of six priests on 16 November"), only a date of history is."""
    ev = figure.evidence
    if ev is None or event is None:
        return False
    window = _ABBREVIATION.sub(_unstopped, text[ev.end : ev.end + _REACH])
    long_ago = _LONG_AGO.search(window)
    if long_ago and _SAME_CLAUSE.fullmatch(window[: long_ago.start()]):
        return True
    m = DATE.search(window)
    if (
        m is None
        or not _SAME_CLAUSE.fullmatch(window[: m.start()])
        or _THEN.search(window, 0, m.start())
    ):
        m = _opening_date(text, ev.start)
    if m is None:
        return False
    days = _days_of_the_week(m, event)
    if not (days or m.group("md_m") or m.group("dm_m") or m.group("my_m") or m.group("year")):
        return False  # "yesterday", "this weekend": the story's own days
    said = resolve(m, published)
    if said is None or not _apart(said, event, slack=_NEXT_DAY if days else _APART):
        return False
    # a day after the event's may tell its aftermath ("was in critical condition Monday", "died
    # Saturday"); only one before it cannot be its harm; nor one of a victim whose own words
    # give the event's day ("a boy shot on Friday died on Saturday")
    if days and (said.value >= event.value or _dated_as(ev.text, event, published)):
        return False
    return not lead or (published or event.value) - said.value > _HISTORY


def _dated_as(words: str, event: EventDate, published: dt.date | None) -> bool:
    """Whether the figure's own words state the event's day ("a boy who was wounded on Friday
    died"): then a later date is that victim's death, not another event."""
    for m in DATE.finditer(words):
        said = resolve(m, published)
        if said is not None and not _apart(said, event):
            return True
    return False


# "last month": another month than a day-dated event's is another event
_OTHER_MONTH = ("last month",)

_NEXT_DAY = 1  # a night's shooting told as "Friday night" and "early Saturday" is still one


def _days_of_the_week(m: re.Match[str], event: EventDate) -> bool:
    """Whether `m` is a weekday or "last month" that can date a figure apart from `event`: only
    against an event dated to its day by the text's own words (a publication date says nothing of
    the event's day)."""
    said = m.group("wd") or (m.group("rel") or "").casefold() in _OTHER_MONTH
    return (
        bool(said) and event.precision == DatePrecision.DAY and event.basis != DateBasis.PUBLICATION
    )


def _unstopped(m: re.Match[str]) -> str:
    """The abbreviation with its full stops blanked, the offsets kept."""
    return m.group(0).replace(".", " ")


# the start of the sentence a figure stands in: after a full stop and a capital, or a line break
# (not "Feb. 6", "Jr., 2")
_SENTENCE_START = re.compile(r"(?:[.!?][\"'”’)]*\s+(?=[A-Z\"“‘'])|\n)\s*")

# a date that opens that sentence: "On Feb. 6, a 2-year-old was shot ..."
_OPENING = re.compile(r"(?:(?:back|early|late|earlier|later)\s+)?(?:on\s+|in\s+)?", re.IGNORECASE)

_BACK = 160  # how far back a figure's sentence may start


def _opening_date(text: str, start: int) -> re.Match[str] | None:
    """The date that opens the sentence of a figure starting at `start`, followed by a comma
    or the clause itself ("On Feb. 6, ... was shot"), or None."""
    head = _ABBREVIATION.sub(_unstopped, text[max(0, start - _BACK) : start])
    starts = [m.end() for m in _SENTENCE_START.finditer(head)]
    if not starts and start > _BACK:
        return None  # the sentence began further back: its opening is out of reach
    at = _OPENING.match(head, starts[-1] if starts else 0)
    m = DATE.match(head, at.end()) if at else None
    return m if m and _SAME_CLAUSE.fullmatch(head[m.end() :]) else None


_ORDER = (DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR)


def _apart(said: EventDate, event: EventDate, slack: int = _APART) -> bool:
    """Whether two dates name different days, at the coarser of their two precisions, `slack`
    days apart being still one day."""
    a, b, end = said.value, event.value, event.end or event.value
    coarse = max(said.precision, event.precision, key=_ORDER.index)
    if coarse == DatePrecision.YEAR:
        return not b.year <= a.year <= end.year
    if coarse == DatePrecision.MONTH:
        return not (b.year, b.month) <= (a.year, a.month) <= (end.year, end.month)
    slack = 7 if coarse == DatePrecision.WEEK else slack
    return (b - a).days > slack or (a - end).days > slack


# a capitalised word that may name a victim: "David", "McIntyre"
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)?\b")

_NAMES_BACK = 120  # how far before a figure's words the names told with it may stand


def names_told_with(figure: Figure, text: str) -> frozenset[str]:
    """The names told in the clause of a figure dated as another event ("where 11-year-old David
    McIntyre and his brother were shot last month"): a later "David was killed" is that event's
    victim again. The clause's first word is passed over: a capital there names no one."""
    ev = figure.evidence
    if ev is None:
        return frozenset()
    start = max(0, ev.start - _NAMES_BACK)
    head = text[start : ev.start]
    stops = [m.end() for m in _SENTENCE_START.finditer(head)]
    words = list(_NAME.finditer(text, start + (stops[-1] if stops else 0), ev.end))
    return frozenset(m.group(0) for m in words[1:])


def named_again(figure: Figure, names: frozenset[str]) -> bool:
    """Whether the figure's victim is told by names all among `names` ("David")."""
    who = (figure.who_text or "").split()
    return bool(who) and all(w in names for w in who)
