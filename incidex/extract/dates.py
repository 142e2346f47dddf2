"""Dates: the publication date (given or read from the dateline) and each event's date.

Of the dates a frame's sentences state (see date_words), those that date a report or the
aftermath ("police said Monday", "was arraigned Tuesday", "a Sept. 15 press conference") are
passed over, and so are those of a main event's asides on earlier events ("(a blast there
killed four in 1995)"); of the rest, one the text ties to a word of the event ("was shot
Sunday", "the March 20 shooting") comes first, then one in a sentence with a trigger word, then
any other, and last a victim's later death ("died Monday") or a photo caption's date; a day
comes before a week, a month or a year. A weekday the text itself dates ("Monday, May 23") is
that date wherever it recurs. With no date in its words, a main event takes the publication
date with `basis: publication`, so that nobody mistakes it for a stated date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

from incidex.extract.analysis import Analysis, Frame, Sentence, evidence, frame_text, tells
from incidex.extract.date_words import (
    CLOCK,
    DATE,
    DATELINE,
    DAY,
    MONTH,
    by_the_clock,
    dateline_date,
    resolve,
    stamp_date,
)
from incidex.extract.past_asides import without_past_asides
from incidex.schema import DateBasis, DatePrecision, EventDate, Role


def dateline(analysis: Analysis) -> Analysis:
    """The analysis with `published`: the record's own date, else one read from the dateline, else
    the date the page stamps itself with ("Posted: Friday, June 26, 2015")."""
    text = analysis.text
    published = analysis.article.published_date or dateline_date(text) or stamp_date(text)
    return dataclasses.replace(analysis, published=published)


def run(analysis: Analysis) -> Analysis:
    """The analysis with one date (or None) per frame."""
    named = _named_weekdays(analysis.text, analysis.published)
    # with no current incident told (a trial's story), nothing else claims this year's dates
    news = any(f.role == Role.MAIN for f in analysis.frames or ())
    dates = tuple(_frame_date(analysis, f, named, news=news) for f in analysis.frames or ())
    return dataclasses.replace(analysis, dates=dates)


def event_date(text: str, published: dt.date | None) -> EventDate | None:
    """The date one passage gives its event, chosen as for a frame whose every sentence tells it,
    with evidence offsets into `text`."""
    whole = Sentence(start=0, end=len(text), text=text)
    named = _named_weekdays(text, published)
    return _choose(
        list(_dates_in(text, whole, published, named=named, clock=CLOCK.search(text), told=True))
    )


def first_date(text: str, published: dt.date | None) -> EventDate | None:
    """The first date `text` states that resolves and dates no report or aftermath."""
    whole = Sentence(start=0, end=len(text), text=text)
    found = _dates_in(text, whole, published, named={}, clock=CLOCK.search(text), told=True)
    return next((date for _, date in found), None)


def _frame_date(
    analysis: Analysis, frame: Frame, named: _Named, *, news: bool = True
) -> EventDate | None:
    dateline = DATELINE.search(analysis.text[:300])
    skip = dateline.end() if dateline else 0  # the dateline dates the report, not the event
    sentences = frame_text(analysis, frame)
    if frame.role == Role.MAIN:  # an aside's "in 1995", "court bombing" date no main event
        sentences = [_main_clauses(s, analysis.published) for s in sentences]
    clock = CLOCK.search(" ".join(s.text for s in sentences if tells(s, frame))) or CLOCK.search(
        " ".join(s.text for s in sentences)
    )
    found = [
        (key, date)
        for s in sentences
        for key, date in _dates_in(
            analysis.text, s, analysis.published, named=named, clock=clock, told=tells(s, frame)
        )
        if key[2] >= skip and _fits(date, frame, analysis.published, news=news)
    ]
    if found:
        return _choose(found)
    if frame.role == Role.BACKGROUND and frame.year is not None:
        return EventDate(value=dt.date(frame.year, 1, 1), precision=DatePrecision.YEAR)
    if frame.role == Role.MAIN and analysis.published is not None:
        return EventDate(value=analysis.published, basis=DateBasis.PUBLICATION)
    return None


def _main_clauses(sentence: Sentence, published: dt.date | None) -> Sentence:
    """The sentence with its asides on earlier events blanked."""
    return dataclasses.replace(sentence, text=without_past_asides(sentence.text, published))


# A date's sort key: coarse (a week, a month or a year); rank (0 tied to a word of the event, 1 in
# a sentence with a trigger word, 2 else, 3 a death's or a photo's); offset in the text
_Key = tuple[bool, int, int]
# Weekday (0 Monday) -> the one date the text names it by (see _named_weekdays)
_Named = dict[int, EventDate]


def _named_weekdays(text: str, published: dt.date | None) -> _Named:
    """The dates the text itself gives weekdays: "Monday, May 23". A story kept online or followed
    up days later still says "Monday" for the Monday it was written about, not the one before
    publication; a weekday named so resolves to that date. Weekdays the text gives two dates are
    left to publication. (A date tied to an event, "the July 7 attack", may be another event's.)"""
    seen: dict[int, list[EventDate]] = {}
    for w in _WEEKDAY_DATE.finditer(text):
        m = DATE.match(text, w.end())
        date = resolve(m, published) if m and (m.group("md_m") or m.group("dm_m")) else None
        if date is not None and (published is None or date.value <= published):
            seen.setdefault(date.value.weekday(), []).append(date)
    # one date said twice, with its year and without ("Sunday, March 2, 2014" ... "Sunday, March
    # 2"): the stated one, the first of equals (a set's pick would change from run to run)
    return {
        day: min(dates, key=lambda d: d.basis != DateBasis.STATED)
        for day, dates in seen.items()
        if len({d.value for d in dates}) == 1
    }


def _dates_in(
    text: str,
    sentence: Sentence,
    published: dt.date | None,
    *,
    named: _Named,
    clock: re.Match[str] | None,
    told: bool,
) -> Iterator[tuple[_Key, EventDate]]:
    """Each date the sentence states that resolves and dates no report or aftermath, with its
    sort key and its evidence in `text`; `told` when the sentence has a trigger word."""
    for m in DATE.finditer(sentence.text):
        if _after_event(sentence.text, m):
            continue
        date = by_the_clock(_named(resolve(m, published), m, named), m, clock)
        if date is None:
            continue
        start, end = sentence.start + m.start(), sentence.start + m.end()
        rank = _rank(sentence.text, m, told)
        yield (
            (_coarse(date), rank, start),
            dataclasses.replace(date, evidence=evidence(text, start, end)),
        )


def _named(date: EventDate | None, m: re.Match[str], named: _Named) -> EventDate | None:
    """A weekday resolved to the date the text names it by, if it names one."""
    if date is None or not m.group("wd") or date.value.weekday() not in named:
        return date
    return dataclasses.replace(named[date.value.weekday()], evidence=None)


def _choose(found: list[tuple[_Key, EventDate]]) -> EventDate | None:
    """The best-placed date; "over the weekend ... on Sunday": a day within it is the event's."""
    dated = [date for _, date in sorted(found, key=lambda kd: kd[0])]
    if not dated:
        return None
    return next((d for d in dated[1:] if _within(d, dated[0])), dated[0])


def _rank(text: str, m: re.Match[str], told: bool) -> int:
    """0 when a word of the event binds the date; 1 in a sentence with a trigger word; 2 else; 3
    when the date is a victim's death ("died Sunday after being shot": the shooting's own date,
    if the text gives one, comes first) or a photo caption's ("(AP Photo/…)")."""
    if _CREDIT.search(text, m.end(), m.end() + _CREDIT_AFTER) or _IN_THIS_PHOTO.search(
        text, max(0, m.start() - _IN_THIS), m.end() + _IN_THIS
    ):
        return 3
    if _bound(text, m):
        return 0
    if _DIED_BEFORE.search(text, max(0, m.start() - _BIND), m.start()):
        return 3
    return 1 if told else 2


def _coarse(date: EventDate) -> bool:
    """A week, a month or a year: a day the text also states comes before it."""
    return date.precision in (DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR)


def _bound(text: str, m: re.Match[str]) -> bool:
    """True when a word of the event stands just before the date in its clause, with no word of
    the aftermath between ("shot and killed Tuesday", not "shot ... was charged Tuesday"), or the
    date names the event after it ("the Aug. 2 shooting", "Saturday night's homicide")."""
    if _EVENT_AFTER.match(text, m.end()):
        return True
    window = text[max(0, m.start() - _BIND) : m.start()]
    words = list(_EVENT_WORD.finditer(window))
    return bool(words) and not _AFTER_WORD.search(window, words[-1].end())


def _within(day: EventDate, span: EventDate) -> bool:
    """True when `day` is one day inside the longer span `span` (a weekend, week, month, year)."""
    if day.precision != DatePrecision.DAY or day.end is not None:
        return False
    if span.end is not None:
        return span.value <= day.value <= span.end
    if span.precision == DatePrecision.WEEK:
        return span.value <= day.value < span.value + dt.timedelta(days=7)
    if span.precision == DatePrecision.MONTH:
        return (day.value.year, day.value.month) == (span.value.year, span.value.month)
    return span.precision == DatePrecision.YEAR and day.value.year == span.value.year


def _after_event(text: str, m: re.Match[str]) -> bool:
    """True when the date `m` found in `text` dates a report or an aftermath, not the event, or
    when a weekday is followed by the date it names ("on Tuesday, June 28"): that date is read."""
    if _EVENT_AFTER.match(text, m.end()):
        return False  # "charged Tuesday in the May 31 death": the date names the event
    return bool(
        (m.group("wd") and _NAMED_DATE.match(text, m.end()))
        or _REPORTED.search(text, 0, m.start())
        or _aftermath_before(text, m.start())
        or _TO_INVESTIGATE.match(text, m.end())
        or _NAME_AFTER.match(text, m.end())
        or _SPAN_BEFORE.search(text, max(0, m.start() - 12), m.start())
        or _BETWEEN.search(text, max(0, m.start() - 40), m.start())
        or _AFTERMATH_AFTER.match(text, m.end())
        or (bool(m.group("wd") or m.group("rel")) and _SAID_AFTER.match(text, m.end()))
        or (_LEADS.fullmatch(text, 0, m.start()) and _SUBJECT_SAID.match(text, m.end()))
    )


def _aftermath_before(text: str, at: int) -> bool:
    """True when a word of the aftermath stands shortly before offset `at` in its clause, unless
    the word is a gathering the event struck ("shot while attending a funeral Friday", "gunfire
    at a vigil Sunday"): there the date is the event's."""
    start = max(0, at - 60)
    while (found := _AFTERMATH.search(text, start, at)) is not None:
        if not (
            _GATHERING.match(text, found.start())
            and _AT_GATHERING.search(text, max(0, found.start() - 80), found.start())
        ):
            return True
        start = found.start() + 1
    return False


def _fits(found: EventDate, frame: Frame, published: dt.date | None, *, news: bool) -> bool:
    """A main event is not in the future nor years before publication; a background one is
    years before, or any day before publication in a story that tells no current incident (a
    trial's story: its days of publication are the hearing's, not the incident's)."""
    if published is None:
        return True
    if frame.role == Role.BACKGROUND and not news:
        return found.value < published
    if frame.role == Role.BACKGROUND:
        return found.value.year < published.year or found.precision == DatePrecision.YEAR
    return (
        found.value <= published + dt.timedelta(days=1) and found.value.year >= published.year - 1
    )


# Words around a date

# A date right after a verb of reporting dates the report: "police said Wednesday", "released
# Monday", "Posted: Friday, June 26"; the event's own date stands elsewhere.
_REPORTED = re.compile(
    r"(?:\b(?:said|says|told|announced|(?<!was )(?<!were )reported|confirmed|identified|released"
    r"|revealed|disclosed|stated|noted|added|acknowledged"
    r"|posted:?"
    r"|updated:?|update[,:]?|published:?|statement)|//|\(@\w+\))\s+(?:on\s+)?"
    # "Updated 3:45 PM EST Mon March 4": a page's clock and time zone
    r"(?:\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[ECMP][SD]?T)?,?\s+)?"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",  # "Posted: Friday, June 26, 2015"
    re.IGNORECASE,
)
# Words of the event itself: a date right after one dates the event ("was shot Tuesday")
_EVENTS = (
    r"shot|shoot(?!ers?\b)\w*|gunned down|gunfire|gunshots?|fired|firing|opened fire|killed|killing"
    r"|slain|slaying|homicides?|murder(?:ed|s)?|stabbed|stabbing|wounded|injured|attack(?:ed)?"
    r"|ambush(?:ed)?|exploded|explosions?|blasts?|discharged|went off|happened|occurred"
    r"|took place|broke out|erupted|kidnapp\w+|abducted"
)
_EVENT_WORD = re.compile(rf"\b(?:{_EVENTS})\b", re.IGNORECASE)
# Words of what came after the event, shortly before a date in its clause: "charges were dismissed
# Tuesday", "continued Saturday to investigate", "the funeral will be held Saturday" (but "the
# shooting was reported Tuesday" is when it happened). Such a date
# is passed over unless a word of the event itself stands between ("said a man was shot Tuesday").
_AFTERMATH = re.compile(
    r"\b(?:arraign\w*|dismissed|charged|court|hearing|funeral|vigil|memorial|conference"
    r"|investigat\w*|autopsy|sentenced|pleaded|indicted|identified|underway"
    r"|searching|manhunt|services?|said|says|told|announced|condemned|deplored|denounced|demanded"
    r"|(?<!was )(?<!were )reported|confirmed|released|appeared|testified|trial|rally|arrested"
    r"|booked|bond|bail"
    r"|plea|custody|condition|briefing|expected|scheduled|spoke|as of|freed|jailed|will|would"
    r"|protested|denied|ruled|surrender\w*|turned (?:himself|herself|themselves) in|surgery"
    r"|underwent)\b"
    rf"(?![^.;]*\b(?:that|died|dead|struck|{_EVENTS})\b)"
    r"[^.;]{0,50}$",
    re.IGNORECASE,
)
# Gatherings at which a shooting may happen ("opened fire at a vigil"), and the words that put
# the event there
_GATHERING = re.compile(r"(?:funeral|vigil|memorial|services?|rally)\b", re.IGNORECASE)
_AT_GATHERING = re.compile(
    rf"\b(?:{_EVENTS})\b[^.;]{{0,30}}?\b(?:at|during|attending|outside|leaving)\s+"
    r"(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_BIND = 80  # characters before a date in which a word of the event binds it
# "died Sunday", "who died at 6:10 p.m. Monday", "was pronounced dead Friday": the day of a death,
# which may come days after the shooting; no event word between ("died ... was shot Friday")
_DIED_BEFORE = re.compile(
    r"\b(?:died|dies|passed away|succumbed|pronounced dead"
    r"|declared (?:clinically )?(?:brain-)?dead)\b"
    rf"(?![^.;]*\b(?:{_EVENTS})\b)[^.;]{{0,60}}$",
    re.IGNORECASE,
)
# A photo's caption dates the photo: a credit after the date, "(AP Photo/Charles Rex Arbogast)",
# "(Photo: Facebook)", "Photo by Scott Olson/Getty Images", "(Lauren Stephenson/Staff)", "the
# family on Monday, Nov. 9, released this photo"; or "In this March 9, 2011 photo" around it
_CREDIT = re.compile(
    r"\((?:AP |Reuters |AFP )?Photo\b|\bPhoto by\b|Getty Images|/Staff\)"
    r"|\bthis (?:\w+ ){0,2}photo\b",
    re.IGNORECASE,
)
_CREDIT_AFTER = 200  # characters after a date in which a photo credit marks its caption
_IN_THIS_PHOTO = re.compile(r"\bin this\b[^.;]{0,40}\bphoto\b", re.IGNORECASE)
_IN_THIS = 40  # characters around a date in which "In this ... photo" stands
# "the March 20 shooting", "Saturday's homicide", "Monday night's gunfire", "Friday's fatal attack"
_EVENT_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:\s+(?:night|morning|afternoon|evening)(?:['\u2019]s)?)?"
    r"(?:\s+(?!(?:for|in|of|the|a|an|at|on|to|with|from|and|after|before|by|near|into|as|that)\b)"
    r"[a-z]+(?:-[a-z]+)?){0,2}?\s+"
    r"(?:shootings?|homicides?|killings?|slayings?|murders?|gunfire|stabbings?|attacks?"
    r"|ambush|explosions?|blasts?|bombings?|shootout|drive-by|death|gun battle|gunfights?"
    r"|firefights?|rampage|massacre)\b",
    re.IGNORECASE,
)
# Words of what came after the event, between its word and a date: "shot ... was arrested Monday"
_AFTER_WORD = re.compile(
    r"\b(?:arrest\w*|booked|charged|charges|court|bond|bail|plea\w*|sentenc\w*|arraign\w*"
    r"|custody|jail|hearing|funeral|vigil|memorial|said|says|told|announced|reported|released"
    r"|identified|investigat\w*|died|recover\w*|hospital\w*|indicted|convicted|filed|issued"
    r"|condition|remained|until|suspects?)\b",
    re.IGNORECASE,
)
# "Monday, May 23": a weekday right before a date, naming it
_WEEKDAY_DATE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
    rf"(?=(?:{MONTH})\s+{DAY}\b|{DAY}\s+(?:of\s+)?{MONTH}\b)",
    re.IGNORECASE,
)
# "on Friday, Feb. 24", "Tuesday, June 28th": the weekday's own date follows it
_NAMED_DATE = re.compile(
    rf"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:{MONTH})\s+{DAY}\b", re.IGNORECASE
)
# "the coroner's office on Thursday said ...", "police Tuesday identified the victim", "a judge
# on Thursday sentenced": a weekday right before a verb of reporting or of the aftermath dates
# that (not "shot with two others on 21 June, said")
_SAID_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:said|says|announced|reported|confirmed"
    r"|identified|released|denied|urged|protested|proposed|offered|claimed|demanded|condemned"
    r"|warned|asked|stated|disclosed|revealed|admitted|charged|arrested|sentenced|arraigned"
    r"|accepted|filed|booked|indicted|convicted|lowered|freed|jailed|ordered)\b",
    re.IGNORECASE,
)
# "On Wednesday, police arrested ...": a date leading its sentence, then who did what after
_LEADS = re.compile(r"\s*(?:on\s+)?", re.IGNORECASE)
_SUBJECT_SAID = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?(?:\s+[\w'\u2019]+){1,3}?"
    r"(?:\s+(?:was|were|had been|has been))?"
    rf"{_SAID_AFTER.pattern}",
    re.IGNORECASE,
)
# "the 19 April Movement", "the 15 September Front": a date in a group's name
_NAME_AFTER = re.compile(r"\s+(?:movement|front|brigade|command|commando)\b", re.IGNORECASE)
# "killed since last Monday", "held until Friday", "as of Sunday": the edge of a span of time
_SPAN_BEFORE = re.compile(r"\b(?:since|until|till|through|as of)\s+$", re.IGNORECASE)
# "between late Friday and Monday morning", "from January to November 2014": a span's edges
_BETWEEN = re.compile(
    r"\bbetween\b[^.;]*$|\bfrom\s+$|\bfrom\s+\S+(?:\s+\S+){0,2}\s+(?:to|until|through)\s+$",
    re.IGNORECASE,
)
# "a Sept. 15 press conference", "Friday's court hearing", "the Dec. 22 arrests"
_AFTERMATH_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:\s+(?:night|morning|afternoon|evening)(?:['\u2019]s)?)?(?:\s+[a-z]+)?\s+"
    r"(?:press conference|news conference|conference|hearing|arraignment|court|funeral|vigil"
    r"|memorial|arrests?|sentencing|trial|rally|meeting|interview|briefing)\b",
    re.IGNORECASE,
)
# "police continued Saturday to investigate": the date of the inquiry, not of the event
_TO_INVESTIGATE = re.compile(
    r"\s+(?:afternoon |morning |evening |night )?to (?:investigate|search|look for|question"
    r"|determine|find out|figure out|learn|identify|locate|piece together)\b",
    re.IGNORECASE,
)
