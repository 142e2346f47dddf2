"""Which sentences tell which event: other incidents of the same news, earlier incidents, and the
lead that weighs in the type; and whom an event struck (issue 5)."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.schema import EventMention, Role


def _events(text: str, published: str = "2024-03-06") -> list[EventMention]:
    return list(extract(text, published=published).events)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # another incident of the same news, even with a word between "another" and "attack"
        (
            "Gunmen shot dead two farmers in Jos on Monday, police said.\n\n"
            "In another terrorist attack, a bomb exploded at a bus station in Kano on Monday.",
            ["main", "main"],
        ),
        (
            "Gunmen shot dead two farmers in Jos on Monday, police said.\n\n"
            "Another attack took place in Kano, where a bomb exploded at a bus station.",
            ["main", "main"],
        ),
        # an earlier incident dated by months, or by a month named as "last"
        (
            "Gunmen ambushed the vice president's motorcade near Gao on Monday, killing a "
            "guard.\n\n"
            "Last April, his home in Bamako was the target of a dynamite attack.",
            ["main", "background"],
        ),
        (
            "Gunmen ambushed the vice president's motorcade near Gao on Monday, killing a "
            "guard.\n\n"
            "Over 20 months ago, a bomb killed the operator of a radio tower in Gao.",
            ["main", "background"],
        ),
    ],
)
def test_events_frames_split(text: str, roles: list[str]) -> None:
    assert [e.role for e in _events(text)] == roles


def test_events_frames_a_day_of_last_week_ends_an_earlier_years_history() -> None:
    """A sentence dated by a day of the last week tells the news, even in the paragraph an
    earlier year opened as history."""
    text = (
        "The rebels said on Tuesday that they were ready for talks. Their attacks on the "
        "railway have cost millions.\n\n"
        "In 2022 they attacked the line 40 times. On 2 March the main depot in Oruro was "
        "destroyed by several bombs set off by the rebels."
    )
    main, background = _events(text)
    assert (main.role, main.type, background.role) == (Role.MAIN, "bombing", Role.BACKGROUND)
    assert main.date is not None and main.date.value.isoformat() == "2024-03-02"
    assert background.date is not None and background.date.value.year == 2022


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # bare plurals speak of violence in general and weigh less than the incident told
        (
            "Death squads murdered the rector of the university on Thursday, the church said. "
            "The rector had taught philosophy there for thirty years. He was born in Spain and "
            "came to the country as a young priest. He had long criticised indiscriminate "
            "bombings of villages.",
            "armed_assault",
        ),
        # a forced disappearance is a kidnapping
        (
            "The government deplored the disappearance of the opposition leader this morning in "
            "Guatemala City; his car was intercepted by heavily armed men.",
            "kidnapping",
        ),
        # a bracketed note does not push the incident out of the lead
        (
            "LIMA, 6 MAR 24 -- [REPORT] [TEXT] [STATEMENT BY THE INTERIOR MINISTRY]\n\n"
            "GUNMEN SHOT DEAD A JUDGE IN HUANCAYO YESTERDAY. THE MINISTRY CONDEMNED THE CRIME. "
            "LAST YEAR A CAR BOMB DESTROYED THE COURT.",
            "armed_assault",
        ),
    ],
)
def test_events_frames_type(text: str, etype: str) -> None:
    events = _events(text)
    assert events and events[0].role == Role.MAIN
    assert events[0].type == etype


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # police as the source or the investigators is no target
        ("Gunmen shot dead three villagers in Kano on Monday, police said.", ["private_citizens"]),
        (
            "According to police, a bomb exploded at a market in Kano on Monday, wounding ten "
            "shoppers.",
            ["private_citizens"],
        ),
        # police struck are one
        (
            "Gunmen attacked a police station in Kano on Monday, killing two officers, police "
            "said.",
            ["police"],
        ),
    ],
)
def test_events_targets_not_the_source(text: str, categories: list[str]) -> None:
    events = _events(text)
    assert events
    assert [t.category for t in events[0].targets] == categories
