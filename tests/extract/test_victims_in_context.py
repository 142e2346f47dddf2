"""Casualties that need the parse or the whole event: one named victim, a suicide bomber's own
death, the dead taken out of a count of people shot."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.schema import EventMention, Who


def _main(text: str, published: str = "2024-03-06") -> EventMention:
    report = extract(text, published=published)
    assert report.events, "no event found"
    return report.events[0]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("A district official died when gunmen attacked his car.", "A district official died"),
        ("Gunmen shot and killed Ali Muhammad Amin outside his home in Mosul.",
         "killed Ali Muhammad Amin"),
        ("A local judge was killed by unknown gunmen in Basra on Monday.",
         "A local judge was killed"),
    ],
)  # fmt: skip
def test_victims_one_named_victim_is_one_killed(text: str, quote: str) -> None:
    event = _main(text)
    assert event.killed is not None
    assert (event.killed.value, event.killed.evidence.text if event.killed.evidence else None) == (
        1,
        quote,
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The minister of trade, a key witness in a bribery inquiry [the minister had arranged "
         "secret payments between party officials and a construction firm that later went "
         "bankrupt], was wounded when a parcel bomb exploded at his office in Madrid on Tuesday.",
         "injured"),
        ("The owner of the paper, a critic of the army [his paper had printed a series of reports "
         "on smuggling by officers along the northern border], was killed by gunmen outside his "
         "home in Lagos on Friday.",
         "killed"),
    ],
)  # fmt: skip
def test_victims_a_bracketed_aside_keeps_the_victim_of_the_verb(text: str, kind: str) -> None:
    event = _main(text)
    figure = getattr(event, kind)
    assert figure is not None and figure.value == 1
    assert figure.who_text is not None and figure.who_text.startswith("The ")


def test_victims_a_stated_number_outranks_a_singular_reading() -> None:
    event = _main("A bomb killed three people at the market in Kano. A policeman was killed too.")
    assert event.killed is not None and event.killed.value == 3


def test_victims_suicide_bomber_counted_apart() -> None:
    event = _main("A suicide bomber blew himself up at a checkpoint in Kabul on Tuesday, killing "
                  "four soldiers, officials said.")  # fmt: skip
    assert event.killed is not None and event.killed.value == 4
    attackers = [f for f in event.casualties if f.who == Who.ATTACKERS]
    assert [f.value for f in attackers] == [1]


def test_victims_the_dead_are_taken_out_of_those_shot() -> None:
    event = _main("Four teenagers were shot in a drive-by on Saturday in Newark, and one of them "
                  "has died, police said.")  # fmt: skip
    assert event.killed is not None and event.injured is not None
    assert (event.killed.value, event.injured.value) == (1, 3)


def test_actors_claim_suspicion_and_registry_ids() -> None:
    event = _main(
        "A car bomb exploded outside a police station in Mogadishu on Tuesday, killing six "
        "people. Al-Shabaab claimed responsibility for the attack in a statement."
    )
    [actor] = [a for a in event.perpetrators if a.actor_id]
    assert (actor.name, actor.status, actor.actor_id) == (
        "al-Shabaab",
        "claimed",
        "registry:al-shabaab",
    )
    assert event.claimed is True
    nobody = _main(
        "Gunmen attacked a bus in Kano on Monday, killing three passengers. No group has claimed "
        "responsibility, but police said the attack bore the hallmarks of Boko Haram."
    )
    assert nobody.claimed is False
    [suspect] = [a for a in nobody.perpetrators if a.name == "Boko Haram"]
    assert (suspect.status, suspect.attributed_to) == ("suspected", "police")


def test_actors_claimant_unknown_to_the_registry() -> None:
    event = _main(
        "SANTIAGO, 28 JUL 89 -- THE MANUEL RODRIGUEZ PATRIOTIC FRONT, FPMR, HAS CLAIMED "
        "RESPONSIBILITY FOR A BOMB ATTACK THAT LEFT FOUR CHILDREN INJURED ON 26 JULY."
    )
    assert event.claimed is True
    assert (event.perpetrators[0].name, event.perpetrators[0].status) == (
        "MANUEL RODRIGUEZ PATRIOTIC FRONT",
        "claimed",
    )
    assert event.injured is not None and event.injured.value == 4
