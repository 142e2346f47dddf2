"""Dates: explicit, relative to publication, precision and basis, datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from incidex.extract.date_words import dateline_date, stamp_date
from incidex.extract.dates import event_date, first_date
from incidex.schema import DateBasis, DatePrecision

PUB = dt.date(2024, 1, 4)  # a Thursday
D, W, M, Y = DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR
S, R = DateBasis.STATED, DateBasis.RELATIVE

CASES = [
    ("The blasts struck on January 3.", "2024-01-03", D, R, "January 3"),
    ("It happened on Jan. 3.", "2024-01-03", D, R, "Jan. 3"),
    ("The attack of 3 January 2024 was the deadliest.", "2024-01-03", D, S, "3 January 2024"),
    ("Gunmen struck on Tuesday.", "2024-01-02", D, R, "on Tuesday"),
    ("The raid came early Thursday.", "2024-01-04", D, R, "early Thursday"),
    ("A bomb went off yesterday.", "2024-01-03", D, R, "yesterday"),
    ("Shelling continued last night.", "2024-01-03", D, R, "last night"),
    ("Fighting broke out overnight.", "2024-01-03", D, R, "overnight"),
    ("Gunmen shot him two days ago.", "2024-01-02", D, R, "two days ago"),
    ("Protests spread last week.", "2023-12-25", W, R, "last week"),
    ("In 2022, the group attacked a shrine.", "2022-01-01", Y, S, "In 2022"),
    ("The ambush of March 2017 killed nine.", "2017-03-01", M, S, "March 2017"),
    ("The kidnapping took place on 30 December.", "2023-12-30", D, R, "30 December"),
    ("Two gunmen opened fire on New Year's Eve.", "2023-12-31", D, R, "New Year's Eve"),
    ("A man was stabbed on Christmas Day.", "2023-12-25", D, R, "Christmas Day"),
    ("A teen was shot over the weekend.", "2023-12-30", D, R, "over the weekend"),
    ("A drive-by shooting last weekend killed a boy.", "2023-12-30", D, R, "last weekend"),
    (
        "Police continued Wednesday to search for the man who shot a clerk late Tuesday.",
        "2024-01-02",
        D,
        R,
        "late Tuesday",
    ),
    (
        "Charges were dismissed Monday against the man accused of the shooting on Sunday.",
        "2023-12-31",
        D,
        R,
        "on Sunday",
    ),
    (
        "Posted: Thursday, January 4, 2024 — The shooting happened on January 2.",
        "2024-01-02",
        D,
        R,
        "January 2",
    ),
    (
        "POLICE REPORTED THAT SUBVERSIVES YESTERDAY AMBUSHED A PATROL.",
        "2024-01-03",
        D,
        R,
        "YESTERDAY",
    ),
    ("The boy was shot on Friday, Dec. 22 around 6 p.m.", "2023-12-22", D, R, "Dec. 22"),
    # issue 3: a date right before a verb of reporting dates the report
    (
        "The coroner on Wednesday said the guard shot on Monday died of his wound.",
        "2024-01-01",
        D,
        R,
        "on Monday",
    ),
    (
        "The nun, wounded with two others on 2 January, said she forgave them.",
        "2024-01-02",
        D,
        R,
        "2 January",
    ),
    (
        "Police Thursday identified the woman killed in the crash on Tuesday night.",
        "2024-01-02",
        D,
        R,
        "on Tuesday",
    ),
    (
        "UPDATE, JAN 4: Police found the car. The shooting was on 1 January.",
        "2024-01-01",
        D,
        R,
        "1 January",
    ),
    ("He was shot back in March of 2023.", "2023-03-01", M, S, "in March of 2023"),
    ("The shooting happened last Thursday.", "2023-12-28", D, R, "last Thursday"),
    ("The boy was wounded earlier this month.", "2024-01-01", M, R, "earlier this month"),
    ("A guard was killed overnight Thursday.", "2024-01-04", D, R, "overnight Thursday"),
    (
        "THE MASS KIDNAPPING TOOK PLACE ON 30 DECEMBER IN SAN LUIS.",
        "2023-12-30",
        D,
        R,
        "30 DECEMBER",
    ),
]


@pytest.mark.parametrize(("sentence", "value", "precision", "basis", "quote"), CASES)
def test_dates_sentence_table(
    sentence: str, value: str, precision: DatePrecision, basis: DateBasis, quote: str
) -> None:
    found = first_date(sentence, PUB)
    assert found is not None
    assert (found.value.isoformat(), found.precision, found.basis) == (value, precision, basis)
    assert found.evidence is not None
    assert found.evidence.text.casefold() == quote.casefold()
    assert sentence[found.evidence.start : found.evidence.end] == found.evidence.text


def test_dates_weekday_of_publication_is_that_day() -> None:
    friday = dt.date(2024, 1, 5)
    found = first_date("The attack happened on Friday.", friday)
    assert found is not None and found.value == friday


def test_dates_relative_words_need_a_publication_date() -> None:
    assert first_date("A bomb went off on Tuesday.", None) is None
    assert first_date("A bomb went off on January 3.", None) is None
    explicit = first_date("A bomb went off on January 3, 2024.", None)
    assert explicit is not None and explicit.value == dt.date(2024, 1, 3)


def test_dates_may_the_verb_is_no_month() -> None:
    assert first_date("Officials may release the names.", PUB) is None


def test_dates_a_reporting_verb_dates_the_report_not_the_event() -> None:
    found = first_date("Police said Wednesday that the boy was shot on Tuesday.", PUB)
    assert found is not None
    assert (found.value, found.evidence.text if found.evidence else None) == (
        dt.date(2024, 1, 2),
        "on Tuesday",
    )


def test_dates_weekend_spans_saturday_to_sunday() -> None:
    found = first_date("Four people were shot over the weekend.", dt.date(2024, 1, 8))
    assert found is not None
    assert (found.value, found.end) == (dt.date(2024, 1, 6), dt.date(2024, 1, 7))


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        (
            "The Easter morning homicide shocked the town.",
            dt.date(2016, 4, 7),
            dt.date(2016, 3, 27),
        ),
        ("He was shot on Thanksgiving Day.", dt.date(2016, 11, 30), dt.date(2016, 11, 24)),
        ("A Memorial Day shooting left two hurt.", dt.date(2016, 6, 2), dt.date(2016, 5, 30)),
        ("The Mother's Day shooting is still unsolved.", dt.date(2016, 5, 9), dt.date(2016, 5, 8)),
        ("The Fourth of July shooting at the park.", dt.date(2016, 7, 6), dt.date(2016, 7, 4)),
    ],
)
def test_dates_holidays_resolve_to_the_latest_before_publication(
    sentence: str, published: dt.date, value: dt.date
) -> None:
    found = first_date(sentence, published)
    assert found is not None and found.value == value


def test_dates_a_holiday_long_past_is_no_event_date() -> None:
    assert first_date("He said it happened around Easter.", dt.date(1989, 3, 19)) is None


# A date tied to a word of the event comes before one that is not; a day before a month or year.
RANKED = [
    ("The family met reporters Wednesday. Their son was shot on Dec. 30.", "2023-12-30", "Dec. 30"),
    (
        "Two men were charged Tuesday in the Dec. 28 shooting of a teenager.",
        "2023-12-28",
        "Dec. 28",
    ),
    ("Saturday's homicide is still unsolved, the chief told us.", "2023-12-30", "Saturday"),
    ("Monday night's gunfire woke the street, neighbours said.", "2024-01-01", "Monday"),
    (
        "Thefts in December 2023 fell. A guard was killed on Jan. 2 at the depot.",
        "2024-01-02",
        "Jan. 2",
    ),
    ("A clerk was wounded on Tuesday evening, Jan. 2, in a robbery.", "2024-01-02", "Jan. 2"),
    ("A man was shot overnight, around 2:30 a.m., outside a bar.", "2024-01-04", "overnight"),
    ("A man was shot last night at about 11 p.m. on Elm Street.", "2024-01-03", "last night"),
    ("Two people were wounded overnight Thursday at a party.", "2024-01-04", "overnight Thursday"),
    (
        "Five were shot between late Friday and Monday; the latest shooting happened Tuesday.",
        "2024-01-02",
        "Tuesday",
    ),
]


@pytest.mark.parametrize(("text", "value", "quote"), RANKED)
def test_dates_event_date_prefers_the_date_of_the_event(text: str, value: str, quote: str) -> None:
    found = event_date(text, PUB)
    assert found is not None and found.evidence is not None
    assert (found.value.isoformat(), found.evidence.text) == (value, quote)
    assert text[found.evidence.start : found.evidence.end] == quote


# Dates of the report, the aftermath, a span's edge or a name are no event's date.
NOT_THE_EVENT = [
    "The suspect was booked into the county jail Wednesday.",
    "The wounded officer was in stable condition Wednesday.",
    "At a Jan. 2 news conference, the chief asked for patience.",
    "Friday's court hearing was postponed.",
    "A judge on Wednesday sentenced the gunman to life.",
    "On Wednesday, police arrested a second suspect.",
    "Nine people have been shot since Friday night.",
    "Shootings spiked between late Friday and early Monday.",
    "Injuries rose from January to November 2023.",
    "The 19 April Movement issued a communique.",
    "REBELS TODAY DENIED ANY ROLE IN THE AMBUSH.",
    "Police are at the scene. — Jane Roe (@janeroe) January 4, 2024",
    "By Metro Staff // January 4, 2024",
    "He works at the Eastern District office.",
    "She is expected to surrender to police Wednesday.",
    "On January 2, 2024 he was sentenced to life in prison.",
    "The hostage was freed on Jan. 3 after talks.",
    "THE COMMISSION WILL GO TO CARACAS ON 2 JANUARY.",
    "THE PRIEST PROTESTED TODAY THE MURDER OF A STUDENT.",
    "Friends gathered at a vigil Saturday for the victim.",
    "Updated 3:45 PM EST Mon Jan. 1, 2024",
    "The sheriff revealed Monday that the boy was armed.",
    "The teen turned himself in Wednesday afternoon.",
    "The wounded officer underwent surgery early Friday.",
    "A grand jury ruled on Tuesday that the officer was justified.",
    "TODAY, A JUDGE ORDERED THE ARREST OF TWO OFFICERS.",
]


@pytest.mark.parametrize("text", NOT_THE_EVENT)
def test_dates_report_and_aftermath_dates_are_passed_over(text: str) -> None:
    assert first_date(text, PUB) is None


def test_dates_a_day_within_a_weekend_is_the_events() -> None:
    found = event_date("A teen was shot over the weekend. It happened early Sunday.", PUB)
    assert found is not None and found.value == dt.date(2023, 12, 31)


def test_dates_dateline_date_reads_wire_datelines() -> None:
    assert dateline_date("SAN SALVADOR, 3 JAN 90 -- [TEXT] REBELS ATTACKED.") == dt.date(1990, 1, 3)
    assert dateline_date("KABUL, March 4, 2009 (AP) - A bomb") == dt.date(2009, 3, 4)
    assert dateline_date("MANAGUA (NICARAGUA), 26 MAR 89 (EFE) -- [TEXT]") == dt.date(1989, 3, 26)
    assert dateline_date("A bomb went off on March 4, 2009.") is None


def test_dates_two_digits_before_words_are_no_year() -> None:
    found = first_date("On 8 October 34 of the hostages were let go.", PUB)
    assert found is not None and found.value == dt.date(2023, 10, 8)
    wire = first_date("LIMA, 8 OCT 89 (EFE) -- [TEXT]", PUB)
    assert wire is not None and wire.value == dt.date(1989, 10, 8)


# The shooting's date before a later death's, a caption's, or a week's; a weekday the text gives a
# date ("Monday, Dec. 25") is that date in a story published a week later.
EVENT_NOT_AFTERMATH = [
    (
        "The teen died on Tuesday at a hospital. He had been hit outside a store about 9 p.m."
        " Saturday.",
        PUB,
        ("2023-12-30", D, R, "Saturday"),
    ),
    (
        "Neighbors gather at the corner on Wednesday, Jan. 3, 2024. (Photo: Jane Doe/Staff) The"
        " robbery left two men hurt on Monday.",
        PUB,
        ("2024-01-01", D, R, "on Monday"),
    ),
    (
        "Police said the boy was shot Monday night. It happened about 11 p.m. Monday, Dec. 25,"
        " on Elm Street.",
        PUB,
        ("2023-12-25", D, R, "Monday"),
    ),
    (
        "The shooting was reported the night of Dec. 30 near a park.",
        PUB,
        ("2023-12-30", D, R, "Dec. 30"),
    ),
    (
        "Officers searched a house after Tuesday night's gun battle; five were killed on Dec. 29"
        " in another city.",
        PUB,
        ("2024-01-02", D, R, "Tuesday"),
    ),
    (
        "A man is sought in a shooting that wounded eight last week. Police were called at 2:30"
        " a.m. on Dec. 31.",
        dt.date(2024, 1, 8),
        ("2023-12-31", D, R, "Dec. 31"),
    ),
    (
        "In this Monday, Jan. 1, 2024 photo, a vigil is held for the victims of the shooting on"
        " Dec. 30, 2023.",
        PUB,
        ("2023-12-30", D, S, "Dec. 30, 2023"),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), EVENT_NOT_AFTERMATH)
def test_dates_event_date_passes_over_deaths_captions_and_weeks(
    text: str, published: dt.date, expected: tuple[str, DatePrecision, DateBasis, str]
) -> None:
    value, precision, basis, quote = expected
    found = event_date(text, published)
    assert found is not None and found.evidence is not None
    assert (found.value.isoformat(), found.precision, found.basis) == (value, precision, basis)
    assert text[found.evidence.start : found.evidence.end] == quote


def test_dates_a_weekday_dated_with_and_without_its_year_is_the_stated_date() -> None:
    # a page stamped twice, once without the year: the same day, the stated one, in every run
    text = (
        "Updated Friday, Jan. 5. A clerk was shot on Friday at a gas station. Posted Friday,"
        " Jan. 5, 2024."
    )
    found = event_date(text, dt.date(2024, 1, 8))
    assert found is not None and found.evidence is not None
    assert (found.value.isoformat(), found.basis) == ("2024-01-05", S)
    assert text[found.evidence.start : found.evidence.end] == "on Friday"


SUNDAY, MONDAY = dt.date(2024, 1, 7), dt.date(2024, 1, 8)

# (sentence, published, value, precision, basis, evidence): a weekday with its time of day in a
# story dated the day before (first posted, then updated past midnight) is the day after; a
# shooter is no shooting; a gathering the event struck dates it; the date of the inquiry, of a
# suspect's hunt or of a page's stamp is not the event's
SENTENCES = [
    ("A man was shot early Monday outside a diner.", SUNDAY, ("2024-01-08", D, R, "early Monday")),
    ("Two men were wounded Monday evening near a park.", SUNDAY, ("2024-01-08", D, R, "Monday")),
    ("The clerk was shot last Monday night.", SUNDAY, ("2024-01-01", D, R, "last Monday")),
    ("The store's Friday shooting is still unsolved.", PUB, ("2023-12-29", D, R, "Friday")),
    (
        "A hearing for the accused shooter was held Wednesday; the Dec. 30 shooting left one dead.",
        PUB,
        ("2023-12-30", D, R, "Dec. 30"),
    ),
    (
        "Detectives worked today to determine who fired the shots. The guard died Tuesday night.",
        PUB,
        ("2024-01-02", D, R, "Tuesday"),
    ),
    (
        "Officers hunted a murder suspect on Wednesday after a shootout on Tuesday night.",
        PUB,
        ("2024-01-02", D, R, "on Tuesday"),
    ),
    (
        "Four mourners were shot while attending a funeral service Friday.",
        PUB,
        ("2023-12-29", D, R, "Friday"),
    ),
    (
        "Updated 3:45 PM EST Mon Jan. 1. A woman was wounded in a drive-by late Sunday.",
        MONDAY,
        ("2024-01-07", D, R, "late Sunday"),
    ),
    ("He was shot on Jul. 3 outside a bar.", dt.date(2024, 7, 5), ("2024-07-03", D, R, "Jul. 3")),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), SENTENCES)
def test_dates_sentences_date_the_event(
    sentence: str, published: dt.date, expected: tuple[str, DatePrecision, DateBasis, str]
) -> None:
    value, precision, basis, quote = expected
    found = event_date(sentence, published)
    assert found is not None and found.evidence is not None
    assert (found.value.isoformat(), found.precision, found.basis) == (value, precision, basis)
    assert (found.evidence.text, sentence[found.evidence.start : found.evidence.end]) == (
        quote,
        quote,
    )


@pytest.mark.parametrize(
    ("page", "value"),
    [
        (
            "Posted Jun. 14, 2024 at 8:20 AM\n\nUpdated Jun 15, 2024 at 6:07 AM",
            dt.date(2024, 6, 14),
        ),
        ("Man hurt in crash\n\nUpdated: Friday, March 1, 2024 6:23 PM EDT", dt.date(2024, 3, 1)),
        ("Published: Saturday, 4/13/2024 - Updated: 1 day ago", dt.date(2024, 4, 13)),
        ("Two hurt\n\nDAYTON, OH (May 2, 2024): Police ask for help.", dt.date(2024, 5, 2)),
        ("He posted on Facebook that he was shot on May 2, 2024.", None),
    ],
)
def test_dates_stamp_date_reads_a_pages_own_date(page: str, value: dt.date | None) -> None:
    assert stamp_date(page) == value


# Whole articles: the time of day may stand in a sentence of its own ("Around 1:30 a.m."), and a
# page without a publication date in its record has one in its own stamp
ARTICLES = [
    (
        "Two hurt in overnight shooting in Dayton\n\nAround 1:30 a.m. shots were fired in the 100"
        " block of Elm Street.\n\nTwo men were taken to the hospital.",
        "2024-01-04",
        "2024-01-04",
        R,
        "overnight",
    ),
    (
        "Teen wounded in drive-by\n\nPosted: Thursday, January 4, 2024\n\nA 16-year-old boy was"
        " shot in the leg Tuesday night on Elm Street, police said.",
        None,
        "2024-01-02",
        R,
        "Tuesday",
    ),
]


@pytest.mark.parametrize(("text", "published", "value", "basis", "quote"), ARTICLES)
def test_dates_articles_date_their_main_event(
    text: str, published: str | None, value: str, basis: DateBasis, quote: str
) -> None:
    from incidex import extract

    main = next(e for e in extract(text, published=published).events if e.role.value == "main")
    assert main.date is not None and main.date.evidence is not None
    assert (main.date.value.isoformat(), main.date.basis, main.date.evidence.text) == (
        value,
        basis,
        quote,
    )


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (ARTICLES[-1][0], "2024-01-04"),  # the page's own stamp
        (
            "KABUL, Afghanistan, March 4, 2021 (AP) - A bomb killed two people in Kabul.",
            "2021-03-04",
        ),
        ("A bomb killed two people in Kabul, police said.", None),  # nothing to read it from
    ],
)
def test_dates_an_article_without_a_date_takes_the_one_its_text_gives(
    text: str, published: str | None
) -> None:
    from incidex import extract

    assert extract(text).article.published == published
