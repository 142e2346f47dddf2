"""Relevance: reports of an incident give a main event; commentary, trials, anniversaries and
policy give none (issue 5)."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.schema import Role


def _mains(text: str, published: str = "2024-03-06") -> list[str]:
    return [e.type for e in extract(text, published=published).events if e.role == Role.MAIN]


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded outside a police station in Mogadishu on Tuesday, killing six people.",
        "Gunmen abducted 27 students from a school in Kebbi state on Thursday, police said.",
        "Rockets hit the town of Sderot on Sunday, wounding two people.",
        "BOGOTA, 1 MAY 89 -- RADIO STATIONS AND DRUGSTORES WERE DYNAMITED LAST NIGHT IN BOGOTA, "
        "RESULTING IN THE INJURY OF SIX PEOPLE.",
        "A FEW MINUTES AGO, THERE WAS AN ATTEMPT ON THE LIFE OF A CRIMINAL COURT JUDGE IN BOGOTA.",
        "The People's Liberation Front stormed a police post in Gao on Monday.",
    ],
)
def test_relevance_reports_give_a_main_event(text: str) -> None:
    assert _mains(text)


@pytest.mark.parametrize(
    "text",
    [
        # a trial
        "A man was sentenced to life in prison on Monday for the 2019 bombing of a church in "
        "Colombo that killed 40 people, a court ruled.",
        # an anniversary
        "Hundreds gathered in Kerman to mark the anniversary of the 2020 bombing that killed 56 "
        "people.",
        # policy and statistics without a new event
        "The government declared a state of siege in three provinces, citing the economy.",
        "The minister said the country had made progress on the economy and on schools.",
    ],
)
def test_relevance_commentary_gives_no_main_event(text: str) -> None:
    assert _mains(text) == []


def test_relevance_a_trial_story_with_a_fresh_attack_is_relevant() -> None:
    text = (
        "A man was sentenced to 20 years in prison for a 2019 bombing in Kano. On Tuesday a "
        "bomb exploded outside the court in Kano, killing two guards."
    )
    assert _mains(text)


def test_relevance_an_incident_told_at_length_after_a_political_opening() -> None:
    text = (
        "The president met opposition leaders on Monday to discuss the budget. "
        "They agreed to meet again next month. The talks covered taxes and schools. "
        "The finance minister said the deficit would shrink.\n\n"
        "Late on Monday a car bomb exploded outside the ministry in Kabul, killing eight people. "
        "A second bomb detonated nearby minutes later as rescuers arrived, and gunmen opened fire "
        "on the crowd. The blasts wounded 30 people, police said."
    )
    assert _mains(text) == ["bombing"]


def test_relevance_a_passing_mention_after_a_political_opening_is_not_enough() -> None:
    text = (
        "The president met opposition leaders on Monday to discuss the budget. "
        "They agreed to meet again next month. The talks covered taxes and schools. "
        "The finance minister said the deficit would shrink.\n\n"
        "The minister also recalled the attack on the ministry, which he said had changed the "
        "country."
    )
    assert _mains(text) == []


def test_relevance_a_dateline_standing_alone_is_no_lead_sentence() -> None:
    text = (
        "TEGUCIGALPA, 3 MAR 90 (RADIO AMERICA) --\n"
        "[TEXT] WE HAVE BEEN TRAVELLING THROUGH THE SOUTH OF THE DEPARTMENT SINCE DAWN. WE "
        "REACHED THE TOWN TWO HOURS AGO. WE HAVE JUST FINISHED OUR TOUR. A LOCAL FARMER WAS "
        "KILLED BY BULLETS FIRED FROM A PISTOL IN THE TOWN SQUARE THIS MORNING."
    )
    assert _mains(text, published="1990-03-03") == ["armed_assault"]


def test_relevance_an_anniversary_party_is_no_anniversary_story() -> None:
    text = (
        "A bomb exploded in the main square of Ituango on Saturday during the town's anniversary "
        "party, killing seven people and wounding 40."
    )
    assert _mains(text) == ["bombing"]
