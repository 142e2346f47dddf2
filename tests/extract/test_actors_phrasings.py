"""Perpetrators: each claim, suspicion and denial phrasing, who says so, generic actors kept as
such, organisation names the registry does not know, and the `claimed` flag (issue 5)."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.schema import ActorKind, ActorStatus, EventMention


def _main(text: str, published: str = "2024-03-06") -> EventMention:
    report = extract(text, published=published)
    assert report.events, "no event found"
    return report.events[0]


def _status(event: EventMention, name: str) -> ActorStatus:
    found = [a for a in event.perpetrators if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in event.perpetrators]}"
    return found[0].status


@pytest.mark.parametrize(
    ("text", "name", "status", "claimed"),
    [
        # claims
        ("A car bomb killed six people in Mogadishu on Tuesday. Al-Shabaab claimed responsibility "
         "for the attack.", "al-Shabaab", "claimed", True),
        ("A bomb exploded at a bus stop in Quetta on Monday, killing 11 people. The attack was "
         "claimed by the Baloch Liberation Army.", "Baloch Liberation Army", "claimed", True),
        ("Gunmen attacked a hotel in Mogadishu on Tuesday, killing five guests. Al-Shabaab said it "
         "carried out the attack.", "al-Shabaab", "claimed", True),
        ("A bomb exploded near a police post in Kabul on Monday. The Taliban claimed credit for "
         "the bombing.", "Taliban", "claimed", True),
        ("Rockets hit the town of Sderot on Sunday, wounding two people. Hamas claimed the attack "
         "in a statement.", "Hamas", "claimed", True),
        ("A bomb damaged a post office in Bastia on Friday. Responsibility was claimed by the "
         "Corsican National Liberation Front.", "Corsican National Liberation Front", "claimed",
         True),
        # the wire breaks lines anywhere: the cue still holds across the break
        ("A BOMB EXPLODED AT THE RESIDENCE OF A JOURNALIST IN GUATEMALA CITY TODAY.  THE SECRET\n"
         "ANTICOMMUNIST ARMY (ESA) HAS CLAIMED\nRESPONSIBILITY FOR THE ATTACK.",
         "SECRET ANTICOMMUNIST ARMY", "claimed", True),
        # suspicion and accusation
        ("A suicide bomber killed 20 worshippers at a mosque in Peshawar on Friday. The attack "
         "bore the hallmarks of the Islamic State, officials said.", "Islamic State", "suspected",
         None),
        ("Suspected ISWAP militants killed seven farmers in Borno on Tuesday.", "ISWAP",
         "suspected", None),
        ("Gunmen killed 15 villagers in Borno on Sunday. Police blamed Boko Haram for the attack.",
         "Boko Haram", "accused", None),
        ("A bomb killed three soldiers in Diyarbakir on Monday. The governor accused the PKK of "
         "carrying out the attack.", "PKK", "accused", None),
        ("A blast killed nine people in Kabul on Monday. The attack resembled earlier attacks by "
         "the Taliban.", "Taliban", "suspected", None),
        # denial
        ("A blast killed nine people at a market in Kabul on Monday. The Taliban denied "
         "involvement in the attack.", "Taliban", "denied", None),
        ("A car bomb killed four people in Mogadishu on Tuesday. Al-Shabaab denied any role in "
         "the bombing.", "al-Shabaab", "denied", None),
    ],
)  # fmt: skip
def test_actors_status_of_each_phrasing(
    text: str, name: str, status: str, claimed: bool | None
) -> None:
    event = _main(text)
    assert _status(event, name) == status
    assert event.claimed is claimed


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed six people in Mogadishu on Monday. No group has claimed responsibility.",
        "Gunmen killed four people in Kano on Monday. Nobody has claimed the attack.",
        "A bomb exploded near the embassy in La Paz on Tuesday. No person or terrorist "
        "organization has claimed responsibility for the attack.",
        "A grenade was thrown into a bar in Mombasa on Friday. The attack has not been claimed.",
    ],
)
def test_actors_nobody_claimed_is_false_and_names_no_claimant(text: str) -> None:
    event = _main(text)
    assert event.claimed is False
    assert all(a.status != ActorStatus.CLAIMED for a in event.perpetrators)


def test_actors_claim_named_after_a_denial_elsewhere_is_no_claim_of_the_denier() -> None:
    event = _main(
        "A bomb killed 12 people in Quetta on Monday. The Pakistani Taliban denied involvement, "
        "while the Baloch Liberation Army claimed responsibility."
    )
    assert _status(event, "Baloch Liberation Army") == "claimed"
    assert _status(event, "Tehrik-i-Taliban Pakistan") == "denied"
    assert event.claimed is True


@pytest.mark.parametrize(
    ("text", "who", "blamed"),
    [
        ("Gunmen killed 15 villagers in Borno on Sunday. Police blamed Boko Haram for the attack.",
         "Police", "Boko Haram"),
        ("A bomb killed 20 worshippers at a mosque in Peshawar on Friday. The attack bore the "
         "hallmarks of the Islamic State, officials said.", "officials", "Islamic State"),
    ],
)  # fmt: skip
def test_actors_attributed_to_who_blames(text: str, who: str, blamed: str) -> None:
    event = _main(text)
    [actor] = [a for a in event.perpetrators if a.name == blamed]
    assert actor.attributed_to == who
    assert actor.evidence is not None
    assert actor.evidence.text == text[actor.evidence.start : actor.evidence.end]


def test_actors_accuser_is_no_suspect() -> None:
    event = _main(
        "A bomb killed three soldiers in Diyarbakir on Monday. The Kurdistan Democratic Party "
        "accused the PKK of carrying out the attack."
    )
    names = [a.name for a in event.perpetrators]
    assert "PKK" in names
    assert "Kurdistan Democratic Party" not in names


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Unidentified gunmen shot dead a judge in Basra on Monday.", "Unidentified gunmen"),
        ("A suicide bomber killed four soldiers at a checkpoint in Kabul on Tuesday.",
         "suicide bomber"),
        ("Unknown assailants stabbed two men in Karachi on Sunday.", "Unknown assailants"),
        ("TWO INDIVIDUALS WEARING MILITARY UNIFORMS ENTERED A HEALTH CENTER IN MERCEDES TODAY AND "
         "SHOT A GUARD.", "TWO INDIVIDUALS"),
        ("The kidnappers released the engineer in Port Harcourt on Friday after abducting him on "
         "Monday.", "kidnappers"),
        ("Heavily armed men abducted a priest in Kaduna on Sunday.", "Heavily armed men"),
    ],
)  # fmt: skip
def test_actors_generic_actors_are_kept(text: str, generic: str) -> None:
    event = _main(text)
    found = [a for a in event.perpetrators if a.name == generic]
    assert found, [a.name for a in event.perpetrators]
    assert found[0].kind == ActorKind.UNKNOWN and found[0].status == ActorStatus.REPORTED


def test_actors_victims_counted_are_no_perpetrators() -> None:
    event = _main(
        "Two men were killed and three soldiers were wounded in an attack in Gao on Monday."
    )
    names = [a.name.casefold() for a in event.perpetrators]
    assert "two men" not in names
    assert "three soldiers" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("People's War Group (PWG) stormed the railway station in Cuddapah on Monday and blew up "
         "the signal room.", "People's War Group"),
        ("A bomb planted by the Organization of Arab Youth for the Liberation of Palestine "
         "damaged a pipeline station near Mafraq on Monday.",
         "Organization of Arab Youth for the Liberation of Palestine"),
        ("A GROUP CALLING ITSELF THE GERARDO BARRIOS COMMANDO UNIT TONIGHT CLAIMED RESPONSIBILITY "
         "FOR THIS MORNING'S ATTACK ON THE ATTORNEY GENERAL IN SAN SALVADOR.",
         "GERARDO BARRIOS COMMANDO UNIT"),
        # a longer name is not the registry's group it contains
        ("Communist Party of Nepal-Maoist (CPN-M) rebels set fire to a district office in Morang "
         "on Monday.", "Communist Party of Nepal-Maoist"),
    ],
)  # fmt: skip
def test_actors_organisation_names_unknown_to_the_registry(text: str, name: str) -> None:
    event = _main(text)
    assert name in [a.name for a in event.perpetrators[:3]]
    [actor] = [a for a in event.perpetrators if a.name == name]
    assert actor.kind == ActorKind.ARMED_GROUP and actor.actor_id is None


@pytest.mark.parametrize(
    ("text", "name", "actor_id"),
    [
        ("On December 1, 2009 FARC rebels detonated a bomb at a school in Cauca.", "FARC",
         "registry:revolutionary-armed-forces-of-colombia"),
        ("Boko Haram fighters raided a village in Borno on Sunday.", "Boko Haram",
         "registry:boko-haram"),
    ],
)  # fmt: skip
def test_actors_registry_groups_as_the_text_names_them(text: str, name: str, actor_id: str) -> None:
    event = _main(text, published="2009-12-02")
    [actor] = [a for a in event.perpetrators if a.actor_id == actor_id]
    assert actor.name == name


def test_actors_state_forces_as_doers_and_not_as_victims() -> None:
    event = _main("Soldiers opened fire on protesters in Khartoum on Monday, killing nine people.")
    assert [a.kind for a in event.perpetrators if a.name.casefold() == "soldiers"] == [
        ActorKind.STATE_FORCES
    ]
    victims = _main("Seven soldiers were killed when rebels ambushed a convoy near Beni on Monday.")
    assert all(a.kind != ActorKind.STATE_FORCES for a in victims.perpetrators)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a bank in Santiago on Monday. Neither the rebels nor any other group "
        "has claimed responsibility for the attack.",
        "A bomb exploded at a bank in Santiago on Monday. No warning was received, nor has any "
        "armed movement claimed the attack so far.",
    ],
)
def test_actors_neither_nor_claimed_is_no_claim(text: str) -> None:
    event = _main(text)
    assert event.claimed is False
    assert not [a for a in event.perpetrators if a.status == ActorStatus.CLAIMED]


def test_actors_a_claim_with_a_nearer_suspicion_cue_is_still_a_claim() -> None:
    event = _main(
        "A bomb went off outside a courthouse in Medellin on Monday. The Popular Defense Front, "
        "which was thought to be inactive, has claimed responsibility for the attack."
    )
    assert event.claimed is True


def test_actors_claims_that_an_attack_was_a_maneuver_is_no_claim() -> None:
    event = _main(
        "A bomb exploded at a warehouse in San Salvador on Monday. A rebel spokesman claimed "
        "that the attack was a maneuver by the army."
    )
    assert event.claimed is not True


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Witnesses said soldiers began shooting at students on the campus on Monday.",
         "soldiers"),
        ("Residents said the air force is bombing the northern suburbs of the capital.",
         "air force"),
        ("A cargo plane was dynamited by drug-trafficking gangs at the airport on Monday.",
         "drug-trafficking gangs"),
        ("Urban commandoes stormed a military post and hurled explosives on Monday.",
         "commandoes"),
    ],
)  # fmt: skip
def test_actors_doers_named_by_role(text: str, doer: str) -> None:
    names = [a.name.casefold() for a in _main(text).perpetrators]
    assert any(doer in n for n in names), names
