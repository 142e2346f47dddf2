"""Relevance scope: a report of fighting between armed forces alone has no event as in MUC-4 and
GTD (relevance_scope "attacks"), and an armed clash as in ACLED ("conflict", the default); an
attack on civilians, civil property or the police stays an incident either way. Events told as
long past or summed up as a tally are no news (issue 5)."""

from __future__ import annotations

import pytest

from incidex.extract.combat import civil
from incidex.schema import ArticleReport, EventType, Role
from incidex.service import extract_text
from incidex.settings import load_settings

_COMBAT = [
    "SAN VICENTE, 4 MAR 90 -- ARMY TROOPS CLASHED WITH GUERRILLAS NEAR THE VOLCANO YESTERDAY, "
    "KILLING FOUR REBELS. TWO SOLDIERS WERE WOUNDED IN THE FIGHTING.",
    "Rebels attacked army positions outside the provincial capital on Tuesday; three soldiers "
    "were killed and five wounded, the defence minister said.",
    "Insurgents ambushed a military convoy in the hills on Monday, killing seven soldiers. The "
    "fighting lasted two hours near the town of Rio Claro.",
]


def _report(text: str, scope: str = "attacks", published: str = "1990-03-06") -> ArticleReport:
    settings = load_settings({"relevance_scope": scope})
    return extract_text(text, published=published, settings=settings)


def _mains(text: str, scope: str = "attacks", published: str = "1990-03-06") -> list[str]:
    return [e.type for e in _report(text, scope, published).events if e.role == Role.MAIN]


@pytest.mark.parametrize("text", _COMBAT)
def test_combat_alone_gives_no_event_in_the_attacks_scope(text: str) -> None:
    assert _report(text).events == ()


@pytest.mark.parametrize("text", _COMBAT)
def test_combat_alone_is_an_event_in_the_conflict_scope(text: str) -> None:
    assert _mains(text, "conflict")


def test_an_army_guerrilla_clash_is_an_armed_clash_in_the_conflict_scope() -> None:
    assert _mains(_COMBAT[0], "conflict") == [EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    "text",
    [
        # civilians among the victims, civil property as the target
        "Guerrillas clashed with troops on Monday and then burned two buses on the highway, the "
        "army said.",
        "Soldiers clashed with rebels on Sunday and killed five peasants in a nearby village.",
        # the state's forces against civilians
        "Air force helicopters bombed villages near the border on Saturday, a rights group said.",
        # the police are a target of attacks, not a party to a war
        "Insurgents attacked a police patrol in the city on Friday, killing three policemen.",
        # a convoy is military only when the text says so
        "Gunmen fired on a convoy of cars on the coast road on Monday, killing two people.",
        # the military wing claims; it is not the target
        "Militants fired two rockets at a border settlement on Sunday. The attack was claimed by "
        "the military wing of the front.",
        # a bomb against soldiers, no fight
        "A roadside bomb went off beside an army convoy on Tuesday; no one was hurt.",
    ],
)
def test_attacks_on_civilians_and_police_stay_incidents(text: str) -> None:
    assert _mains(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("THE DEFENSE MINISTER SAID 12 GUERRILLAS WERE KILLED.", False),  # the teller
        ("ACCORDING TO OFFICIALS, THE FIGHTING WENT ON IN THE TOWN OF SAN LUIS.", False),  # a place
        ("THE ARMY TRUCKS WERE HIT BY MORTAR FIRE.", False),  # the forces' own
        ("THE REBELS FIRED ON A BUS CARRYING WORKERS.", True),
        ("THE TROOPS SHELLED THE TOWN.", True),  # the town as the target
    ],
)
def test_civil_reads_victims_and_targets_not_tellers_places_or_the_forces_own(
    sentence: str, expected: bool
) -> None:
    assert civil(sentence) is expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # long past: "N years ago", "last January" five months on
        (
            "A delegation will travel on Tuesday to negotiate the release of 300 villagers who "
            "were kidnapped by rebels more than four years ago, a deputy said.",
            "1989-03-26",
        ),
        (
            "Two men arrested on Friday are believed to have taken part in the bombing of the "
            "central market last January, the prosecutor said.",
            "1989-06-14",
        ),
        # a tally of victims, no incident
        (
            "The bishop spoke of the hundreds of farmers who have been murdered by the gangs.",
            "1989-06-14",
        ),
    ],
)
def test_long_past_events_and_tallies_give_no_event(text: str, published: str) -> None:
    assert _report(text, published=published).events == ()


def test_last_month_named_lately_is_still_news() -> None:
    text = "Police said two men arrested on Friday took part in the bombing of a bank last May."
    assert _mains(text, published="1989-06-14")
