"""Casualty dates: a figure told with a date of its own, far from its event's, is another event's.

"Colonel Franklin Quintero was assassinated on 18 August 1989" in a story of a kidnapping in April
1990 recalls an earlier killing; its toll is not the kidnapping's.
"""

from __future__ import annotations

import datetime as dt
import re

from incidex.extract.date_words import DATE, resolve
from incidex.schema import DatePrecision, EventDate, Figure

# how far after a figure's words its own date may stand: "was killed on 18 August 1989"
_REACH = 40

# between a figure and its date, only words of its own clause: "killed in Soacha on 18 August"
_SAME_CLAUSE = re.compile(r"[^.;:!?\"()\[\]]*")

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
    window = text[ev.end : ev.end + _REACH]
    long_ago = _LONG_AGO.search(window)
    if long_ago and _SAME_CLAUSE.fullmatch(window[: long_ago.start()]):
        return True
    m = DATE.search(window)
    if m is None or not _SAME_CLAUSE.fullmatch(window[: m.start()]):
        m = _opening_date(text, ev.start)
    if m is None:
        return False
    if not (m.group("md_m") or m.group("dm_m") or m.group("my_m") or m.group("year")):
        return False  # only a calendar date: "yesterday", "on Tuesday" are the story's own days
    said = resolve(m, published)
    if said is None or not _apart(said, event):
        return False
    return not lead or (published or event.value) - said.value > _HISTORY


# the start of the sentence a figure stands in: after a full stop and a capital, or a line break
# (not "Feb. 6", "Jr., 2")
_SENTENCE_START = re.compile(r"(?:[.!?][\"'”’)]*\s+(?=[A-Z\"“‘'])|\n)\s*")

# a date that opens that sentence: "On Feb. 6, a 2-year-old was shot ..."
_OPENING = re.compile(r"(?:(?:back|early|late|earlier|later)\s+)?(?:on\s+|in\s+)?", re.IGNORECASE)

_BACK = 160  # how far back a figure's sentence may start


def _opening_date(text: str, start: int) -> re.Match[str] | None:
    """The date that opens the sentence of a figure starting at `start`, followed by a comma
    or the clause itself ("On Feb. 6, ... was shot"), or None."""
    head = text[max(0, start - _BACK) : start]
    starts = [m.end() for m in _SENTENCE_START.finditer(head)]
    if not starts and start > _BACK:
        return None  # the sentence began further back: its opening is out of reach
    at = _OPENING.match(head, starts[-1] if starts else 0)
    m = DATE.match(head, at.end()) if at else None
    return m if m and _SAME_CLAUSE.fullmatch(head[m.end() :]) else None


_ORDER = (DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR)


def _apart(said: EventDate, event: EventDate) -> bool:
    """Whether two dates name different days, at the coarser of their two precisions."""
    a, b, end = said.value, event.value, event.end or event.value
    coarse = max(said.precision, event.precision, key=_ORDER.index)
    if coarse == DatePrecision.YEAR:
        return not b.year <= a.year <= end.year
    if coarse == DatePrecision.MONTH:
        return not (b.year, b.month) <= (a.year, a.month) <= (end.year, end.month)
    slack = 7 if coarse == DatePrecision.WEEK else _APART
    return (b - a).days > slack or (a - end).days > slack
