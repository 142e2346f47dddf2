"""Event type from the whole event with GTD's precedence, outcome, suicide and count (issue 5)."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.events import _choose_type
from incidex.schema import EventMention, EventType, Outcome


def _main(text: str, published: str = "2024-03-06") -> EventMention:
    report = extract(text, published=published)
    assert report.events, "no event found"
    return report.events[0]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # the three: decide from the whole event, not the first keyword
        ("Gunmen stormed a hotel in Mogadishu on Tuesday and set fire to the building, killing "
         "five guests.", "armed_assault"),
        ("A roadside bomb killed a general and two of his bodyguards near Kandahar on Monday.",
         "bombing"),
        ("The convoy was ambushed near Gao on Monday and a commander assassinated, officials "
         "said.", "assassination"),
        # generic words ("attack", "killed") do not outvote the means
        ("The attack on Monday was the deadliest attack in Kano this year: militants detonated a "
         "car bomb at the market and the attack killed 30 people.", "bombing"),
        ("Militants used explosives to blow up a pipeline near Kirkuk on Sunday.", "bombing"),
        # a blast is an attack only when the text says so
        ("An explosion at a chemical plant in Tianjin killed 12 workers on Monday.", "explosion"),
        ("Militants detonated a bomb at a market in Maiduguri on Monday; the blast killed four "
         "people.", "bombing"),
        # GTD precedence: kidnapping before armed assault
        ("Gunmen abducted 27 students from a school in Kebbi on Thursday after shooting a "
         "guard.", "kidnapping"),
        ("Gunmen opened fire on worshippers at a church in Owo on Sunday, killing 40 people.",
         "armed_assault"),
        ("Troops clashed with rebels near Goma on Thursday, leaving 14 fighters dead.",
         "armed_clash"),
        ("A drone strike killed three militants in North Waziristan on Monday.", "air_strike"),
        ("Air force jets bombed the village of Tal Abyad on Tuesday, killing three.", "air_strike"),
        # the air force's grounds, people and vehicles are targets, not aircraft
        ("A bomb left at the gate of Basa Air Force Base exploded on Monday near a line of "
         "recruits and their relatives, wounding nine.", "bombing"),
        ("A bomb hidden in a parked car went off outside the air force headquarters in Peshawar "
         "on Monday, killing two guards.", "bombing"),
        ("A bomb planted under an air force bus exploded in Kabul on Monday, killing three "
         "officers.", "bombing"),
        ("Rockets fired from Gaza hit the town of Sderot on Sunday, wounding two people.",
         "shelling"),
        ("Hundreds of protesters marched through Nairobi on Tuesday demanding lower taxes.",
         "protest"),
        ("Rioters torched cars and looted shops in Dakar on Friday.", "riot"),
        ("There was an attempt on the life of a judge in Bogota this morning.", "assassination"),
        ("An attack of unstated means left three people dead in Kano on Monday.",
         "armed_assault"),
        # a shootout and a drive-by are shootings
        ("A birthday party in Tulsa ended in a shootout on Saturday night.", "armed_assault"),
        ("A quarrel outside a diner in Macon led to a drive-by on Friday.", "armed_assault"),
        # a headline's present tense: "stabs" as "shoots"
        ("Lodger stabs landlord outside a pub in Carlisle on Friday", "armed_assault"),
    ],
)  # fmt: skip
def test_events_type_of_the_whole_event(text: str, etype: str) -> None:
    assert _main(text).type == etype


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("A bomb planted outside a bank in Quetta was defused by police on Tuesday.", "foiled"),
        ("Gunmen tried to kill a governor in Zamfara on Monday but he escaped unhurt.",
         "attempted"),
        ("A bomb exploded outside a bank in Quetta on Tuesday, killing two guards.", "completed"),
    ],
)  # fmt: skip
def test_events_outcome(text: str, outcome: str) -> None:
    assert _main(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "count", "suicide"),
    [
        ("Two explosions ripped through a market in Kano on Monday, killing 12 people.", 2, None),
        ("Twin bombings struck a bus station in Baghdad on Sunday, killing 20 people.", 2, None),
        ("A series of three blasts hit the city of Jos on Friday, killing eight people.", 3, None),
        ("A suicide bomber blew himself up at a checkpoint in Kabul on Tuesday, killing four "
         "soldiers.", None, True),
    ],
)  # fmt: skip
def test_events_count_and_suicide(text: str, count: int | None, suicide: bool | None) -> None:
    event = _main(text)
    assert (event.count, event.suicide) == (count, suicide)


def test_events_choose_type_generic_words_only_when_nothing_specific() -> None:
    assert _choose_type({}, 3.0, hostile=True) == EventType.ARMED_ASSAULT
    assert _choose_type({}, 0.0, hostile=False) == EventType.OTHER
    scores = {EventType.BOMBING: 2.5, EventType.OTHER: 4.0}
    assert _choose_type(scores, 6.0, hostile=True) == EventType.BOMBING
    assert _choose_type({EventType.EXPLOSION: 2.0}, 1.0, hostile=False) == EventType.EXPLOSION
    assert _choose_type({EventType.EXPLOSION: 2.0}, 1.0, hostile=True) == EventType.BOMBING


def test_events_outcome_enum_values_are_the_contract() -> None:
    assert {o.value for o in Outcome} == {"completed", "attempted", "foiled", "threatened"}


def test_events_a_trigger_word_broken_across_lines_of_a_wire() -> None:
    text = (
        "TEGUCIGALPA, 3 MAY 89 -- [TEXT] THE RAIDERS USED BOOBY\nTRAPS TO BLOW UP TWO BRIDGES "
        "NEAR THE TOWN YESTERDAY, THE ARMY SAID."
    )
    assert _main(text, "1989-05-03").type == EventType.BOMBING


def test_events_deaths_caused_by_a_partys_actions_are_a_killing() -> None:
    text = (
        "The president spoke on the radio this morning about the peace talks. He said the "
        "talks would go on. Two farmers died yesterday as a result of the rebels' reckless "
        "actions near the dam, he said."
    )
    event = _main(text)
    assert event.type == EventType.ARMED_ASSAULT
