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
