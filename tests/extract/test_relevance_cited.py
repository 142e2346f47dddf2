"""Relevance: a story that reports no current incident still cites the particular earlier
incidents it tells (their own toll, or their own place and date) as background events, while
sums, habits and calls for violence give none (issue 5)."""

from __future__ import annotations

import datetime as dt

import pytest

from incidex import extract
from incidex.extract.events import _generic_hits, _trigger_hits
from incidex.extract.relevance import _dated_long_ago, _tally
from incidex.schema import EventMention, Role


def _events(text: str, published: str = "1990-03-06") -> list[EventMention]:
    return list(extract(text, published=published).events)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "THE FOREIGN MINISTER TODAY OPENED TALKS ON A NEW FISHING TREATY WITH HIS NEIGHBOURS. "
            "THE TALKS WILL LAST THREE DAYS AND WILL ALSO COVER TARIFFS. "
            "HE SAID THE MEETING HAD BEEN DELAYED BY THE MURDER OF TWO JUDGES LAST MONTH.",
            2,
        ),
        (
            "The opposition party named a new leader on Sunday after a long congress. "
            "Delegates praised her economic plan and her work in the senate. "
            "The congress had been moved to the coast after the murder of three delegates in the "
            "capital last month.",
            3,
        ),
    ],
)
def test_relevance_a_story_without_news_cites_a_particular_incident(text: str, killed: int) -> None:
    events = _events(text)
    assert events, "the particular incident the story cites is an event"
    assert all(e.role == Role.BACKGROUND for e in events), "no current incident: no main event"
    assert events[0].killed is not None and events[0].killed.value == killed


@pytest.mark.parametrize(
    "text",
    [
        # a vague toll sums many incidents up
        "The minister today opened talks on trade with his neighbours. The talks will last three "
        "days. He said hundreds of farmers had been murdered by the gangs.",
        # an incident long past is history, not news of the last months
        "The minister today opened talks on trade with his neighbours. The talks will last three "
        "days. The archbishop was murdered in the cathedral ten years ago.",
        # a call for a killing is no killing
        "The writer gave a lecture in the city on Tuesday about his new novel. He upset the "
        "authorities by publicly calling for the assassination of the governor.",
    ],
)
def test_relevance_a_story_without_news_cites_nothing_vague(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "NEARLY 2,300 PEOPLE WERE KILLED IN CLASHES WITH THE REBELS.",
        "THE BORDER WAR, WHICH KILLED MORE THAN 1,000 SOLDIERS, ENDED IN MAY.",
        "A CONFLICT THAT HAS LASTED 12 YEARS AND LEFT MORE THAN 40,000 DEAD.",
        "THE GANGS HAVE SET OFF MORE THAN 150 BOMBS, KILLING AT LEAST 90 PEOPLE.",
        "THE ARMY LOST 210 SOLDIERS IN CLASHES SINCE 4 OCTOBER.",
        "DURING THE 3 MONTHS OF THE CAMPAIGN, 15 MAYORS HAVE BEEN KILLED.",
    ],
)
def test_relevance_sums_tell_no_incident(text: str) -> None:
    assert _tally(text)


@pytest.mark.parametrize(
    "text",
    [
        "A BOMB KILLED 12 PEOPLE IN THE MARKET ON 3 MAY.",
        "THE BLAST KILLED ONE PERSON AND WOUNDED FOUR.",
    ],
)
def test_relevance_one_incident_is_no_sum(text: str) -> None:
    assert not _tally(text)


def _words(text: str) -> list[str]:
    hits = [m.group(0) for _, _, m in _trigger_hits(text)]
    return hits + [m.group(0) for _, m in _generic_hits(text)]


@pytest.mark.parametrize(
    ("text", "real"),
    [
        ("The bandits who attack the villagers are hiding in the hills.", []),
        ("Officers who kidnap, murder and torture students must be punished.", []),
        ("The gunmen who attacked the post fled into the hills.", ["attacked"]),
        ("The man who was killed was a teacher.", ["killed"]),
    ],
)
def test_events_a_habit_in_a_who_clause_is_no_deed(text: str, real: list[str]) -> None:
    deeds = [w for w in _words(text) if w.casefold() not in ("gunmen",)]
    assert deeds == real


def test_casualties_the_death_an_anniversary_recalls_is_no_toll() -> None:
    text = (
        "The anniversary of the poet's death was marked in the capital with a rocket attack on a "
        "hotel. Six rockets were fired, but only one hit the building."
    )
    assert all(e.killed is None for e in _events(text))


@pytest.mark.parametrize(
    ("text", "real"),
    [
        ("The farm sector needs a shot in the arm, the minister said.", []),
        ("A guard was shot in the arm.", ["shot"]),
    ],
)
def test_events_a_shot_in_the_arm_is_a_boost(text: str, real: list[str]) -> None:
    assert [w.casefold() for w in _words(text)] == real


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("THE OFFICER WAS KILLED AFTER THE FAILED COUP ON 3 OCTOBER.", True),
        ("A BOMB EXPLODED AT THE BANK ON 28 DECEMBER.", False),
    ],
)
def test_relevance_a_day_three_months_back_is_long_past(text: str, old: bool) -> None:
    assert _dated_long_ago(text, dt.date(1990, 1, 20)) == old


_TALKS = (
    "THE FOREIGN MINISTER TODAY OPENED TALKS ON A NEW FISHING TREATY WITH HIS NEIGHBOURS. "
    "THE TALKS WILL LAST THREE DAYS AND WILL ALSO COVER TARIFFS. "
    "HE SAID THE MEETING HAD BEEN DELAYED BY THE "
)


@pytest.mark.parametrize(
    ("victim", "cited"),
    [
        ("MURDER IN JANUARY OF GENERAL PABLO RUIZ.", True),
        ("KILLING OF THE VILLAGE PRIESTS.", True),
        # sums of many killings name no victim of one
        ("MURDERS OF JUDGES AND OFFICIALS.", False),
        ("MURDER OF CHILDREN.", False),
    ],
)
def test_relevance_a_killing_of_a_particular_victim_is_cited(victim: str, cited: bool) -> None:
    events = _events(_TALKS + victim)
    assert bool(events) is cited
    assert all(e.role == Role.BACKGROUND for e in events)
