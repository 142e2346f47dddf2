"""Dates: explicit, relative to publication, precision and basis, datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from incidex.extract.dates import first_date
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
    ("Police arrested him two days ago.", "2024-01-02", D, R, "two days ago"),
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
