"""Relevance: a court story about an earlier shooting reports no current incident, but the shooting
it follows up is a background event with its own date, place and toll (issues 4/5)."""

from __future__ import annotations

import datetime as dt

import pytest

from incidex import extract
from incidex.extract.lexicon import bare_plural
from incidex.schema import EventMention, EventType, Role


def _events(text: str, published: str) -> list[EventMention]:
    return list(extract(text, published=published).events)


@pytest.mark.parametrize(
    ("text", "published", "day", "town", "killed"),
    [
        (
            "Man sentenced to 25 years for bar shooting\n\n"
            "DAYTON, Ohio — A Dayton man was sentenced Tuesday to 25 years in prison for a "
            "shooting outside a bar that killed one man and wounded two others.\n\n"
            "The shooting happened on Aug. 14, 2022, outside a bar on Third Street, police said.",
            "2024-03-06",
            dt.date(2022, 8, 14),
            "Dayton",
            None,
        ),
        (
            # the same year: the day before publication is the shooting's, not the hearing's
            "Teen pleads guilty in fatal shooting\n\n"
            "FRESNO, Calif. — A 17-year-old pleaded guilty Monday to manslaughter in the death of "
            "a man who was shot and killed in Fresno on June 3.\n\n"
            "Police said the victim was shot in the chest outside an apartment complex.",
            "2024-11-20",
            dt.date(2024, 6, 3),
            "Fresno",
            1,
        ),
    ],
)
def test_relevance_a_court_story_cites_its_shooting_as_background(
    text: str, published: str, day: dt.date, town: str, killed: int | None
) -> None:
    events = _events(text, published)
    assert events, "the shooting the story follows up is an event"
    assert all(e.role == Role.BACKGROUND for e in events), "no current incident: no main event"
    shooting = events[0]
    assert shooting.type == EventType.ARMED_ASSAULT
    assert shooting.date is not None and shooting.date.value == day
    assert shooting.place is not None and shooting.place.name == town
    if killed is not None:
        assert shooting.killed is not None and shooting.killed.value == killed


def test_relevance_a_court_story_without_the_incidents_particulars_gives_no_event() -> None:
    text = (
        "A man pleaded guilty on Monday to charges connected to a shooting, his lawyer said. "
        "He will be sentenced in May."
    )
    assert _events(text, "2024-03-06") == []


def test_relevance_a_pages_list_of_videos_takes_no_place_in_the_lead() -> None:
    text = (
        "Boy wounded in shooting on Elm Street in Macon\n\n"
        "1:01 Man sentenced to 30 years in prison\n\n"
        "0:45 Jury still out in murder trial for 2008 fatal shooting\n\n"
        "A 9-year-old boy was wounded when shots were fired into a home on Elm Street in Macon, "
        "police said."
    )
    events = _events(text, "2024-03-06")
    assert events and events[0].role == Role.MAIN


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Macon man pleads guilty to shooting his neighbor\n\n"
            "A Macon man accused of shooting his neighbor during an argument over a fence "
            "pleaded guilty to aggravated assault this week, prosecutors said.",
            "Macon",
        ),
        (
            "Man sentenced for Toledo bar shooting\n\n"
            "A judge sentenced a man to 12 years in prison for a shooting outside a bar in "
            "Toledo, Ohio, after a jury convicted him of felonious assault.",
            "Toledo",
        ),
    ],
)
def test_relevance_the_shooting_a_court_story_follows_up_keeps_its_place(
    text: str, town: str
) -> None:
    events = _events(text, "2024-03-06")
    assert events and all(e.role == Role.BACKGROUND for e in events)
    assert events[0].place is not None and events[0].place.name == town


def test_relevance_charges_in_a_shooting_tell_the_shooting() -> None:
    text = (
        "2 Macon men charged with attempted murder in drive-by shooting\n\n"
        "Two Macon men were charged with attempted murder in a drive-by shooting that wounded a "
        "woman on Elm Street, police said."
    )
    events = _events(text, "2024-03-06")
    assert events and events[0].role == Role.MAIN
    assert events[0].place is not None and events[0].place.name == "Macon"


@pytest.mark.parametrize(
    ("text", "plural", "bare"),
    [
        ("Two Macon men charged in shootings held without bail", "shootings", False),
        ("Police named two suspects in killings on the east side.", "killings", False),
        ("The party blamed the rebels for terrorist attacks and murders.", "attacks", True),
    ],
)
def test_relevance_charges_and_arrests_point_a_plural_at_particular_incidents(
    text: str, plural: str, bare: bool
) -> None:
    start = text.index(plural)
    assert bare_plural(text, start, start + len(plural)) is bare


def test_relevance_a_headline_of_men_charged_in_shootings_tells_them() -> None:
    events = _events("Two Macon men charged in shootings held without bail", "2024-03-06")
    assert events and events[0].role == Role.MAIN
    assert events[0].place is not None and events[0].place.name == "Macon"


def test_relevance_a_death_sentence_its_captors_passed_is_no_court_story() -> None:
    text = (
        "QUITO, 4 APR 90 -- [TEXT] THE PEOPLE'S FRONT HAS PROMISED TO FREE A DUTCH ENGINEER "
        "NEXT WEEK. THE REBELS HAD ABDUCTED AND SENTENCED THE ENGINEER TO DEATH. HIS FAMILY "
        "THANKED THE BISHOP FOR HIS HELP."
    )
    events = _events(text, "1990-04-04")
    assert events and events[0].role == Role.MAIN
    assert events[0].type == EventType.KIDNAPPING


def test_relevance_a_court_death_sentence_for_a_kidnapping_stays_a_court_story() -> None:
    text = (
        "A court in Quito sentenced a man to death on Monday. He had abducted and killed a "
        "Dutch engineer in 1987, the judge said."
    )
    assert all(e.role == Role.BACKGROUND for e in _events(text, "1990-04-04"))


def test_relevance_a_post_vacant_since_the_day_its_holder_was_killed_cites_the_killing() -> None:
    text = (
        "The president today named a new head of the farmers' council. The post had been "
        "vacant since 2 March when the former head, a Liberal leader, was shot to death. The "
        "president also praised the coffee growers."
    )
    events = _events(text, "1990-04-20")
    assert events, "the killing the story dates by its day is cited"
    assert events[0].killed is not None and events[0].killed.value == 1


def test_relevance_a_charge_of_masterminding_a_killing_cites_the_killing() -> None:
    text = (
        "The defence minister today rejected a truce proposed by the bishops. He also rejected "
        "the charges against two colonels, whom the rebels accused of masterminding the killing "
        "of the four nuns."
    )
    events = _events(text, "1990-01-10")
    assert events, "the killing happened, whoever planned it"
    assert events[0].killed is not None and events[0].killed.value == 4


@pytest.mark.parametrize(
    ("span", "cited"),
    [("between 10 February and 20 April", True), ("between 2 January and 10 February", False)],
)
def test_relevance_the_latest_day_of_a_sentence_decides_whether_it_is_long_past(
    span: str, cited: bool
) -> None:
    text = (
        "The minister said the talks with the cartel bosses had ended. He spoke of the new "
        "courts. He praised the judges. He thanked the mayors. Hired gunmen killed four judges "
        f"{span}, he said."
    )
    events = _events(text, "1990-05-25")
    assert bool(events) is cited
    if cited:
        assert events[0].killed is not None and events[0].killed.value == 4
