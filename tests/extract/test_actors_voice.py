"""First-person claims (issue 5): an armed group's own statement telling its attack as "our units
ambushed" or "after our attack" claims it; an official's "our troops repelled" does not."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.actor_voice import first_person_attack, speaks
from incidex.schema import ActorStatus, EventMention


def _main(text: str, published: str = "1990-04-02") -> EventMention:
    report = extract(text, published=published)
    assert report.events, "no event found"
    return report.events[0]


@pytest.mark.parametrize(
    ("text", "group", "words"),
    [
        (
            "SAN VICENTE, 1 APR 90 -- [TEXT] THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] "
            "REPORTS THAT OUR UNITS AMBUSHED AN ARMY PATROL NEAR SAN VICENTE YESTERDAY, KILLING "
            "FOUR SOLDIERS.",
            "FMLN",
            "OUR UNITS AMBUSHED",
        ),
        (
            'BOGOTA, 1 APR 90 -- [TEXT] A COMMUNIQUE OF THE ELN SAID: "OUR GUERRILLAS DESTROYED '
            'THE POLICE POST IN SEGOVIA WITH EXPLOSIVES YESTERDAY, KILLING TWO POLICEMEN."',
            "ELN",
            "OUR GUERRILLAS DESTROYED",
        ),
        (
            "Lima, 1 April -- A statement of Shining Path said that we carried out the attack on "
            "the barracks in Ayacucho on Saturday, killing three soldiers.",
            "Shining Path",
            "we carried out",
        ),
    ],
)
def test_group_statement_in_first_person_is_a_claim(text: str, group: str, words: str) -> None:
    event = _main(text)
    claims = [a for a in event.perpetrators if a.status == ActorStatus.CLAIMED]
    assert claims, [(a.name, a.status) for a in event.perpetrators]
    assert claims[0].evidence is not None and claims[0].evidence.text == words
    assert claims[0].attributed_to == claims[0].name
    assert event.claimed is True
    assert any(
        group.casefold() in (a.evidence.text if a.evidence else "").casefold()
        or group.casefold() in a.name.casefold()
        for a in event.perpetrators
    )


@pytest.mark.parametrize(
    "text",
    [
        # the army's spokesman speaks of "our troops" / "our units": no claim of the attack
        "SAN SALVADOR, 1 APR 90 -- [TEXT] FMLN GUERRILLAS ATTACKED A MILITARY POST IN USULUTAN "
        'YESTERDAY, KILLING TWO SOLDIERS. "OUR UNITS ATTACKED THE REBELS AS THEY FLED," AN ARMY '
        "SPOKESMAN SAID.",
        "Bogota, 1 April -- ELN rebels attacked a police post in Segovia on Saturday, killing two "
        'policemen. "Our forces repelled the attack and fired on the rebels," Colonel Luis '
        "Perez said.",
    ],
)
def test_official_first_person_is_no_claim(text: str) -> None:
    event = _main(text)
    assert all(a.status != ActorStatus.CLAIMED for a in event.perpetrators)
    assert event.claimed is None


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "OUR GUERRILLAS ALSO USED MORTARS DURING THE ASSAULT ON THE GARRISON.",
            "OUR GUERRILLAS ALSO USED MORTARS",
        ),
        ("After our attack, the enemy withdrew to the town.", "After our attack"),
        ("WE HAVE ATTACKED THE BARRACKS TWICE THIS WEEK.", "WE HAVE ATTACKED"),
        ("Our urban commandos blew up two pylons.", "Our urban commandos blew up"),
        ("OUR TROOPS REPELLED THE ATTACK, THE SPOKESMAN SAID.", None),
        ("Our country needs peace, we said.", None),
    ],
)
def test_first_person_attack_words(sentence: str, words: str | None) -> None:
    m = first_person_attack(sentence)
    assert (m.group(0) if m else None) == words


@pytest.mark.parametrize(
    ("text", "names", "speaking"),
    [
        ("THE FMLN REPORTS THAT ITS UNITS ATTACKED.", ["FMLN"], True),
        ("A communique issued by the Shining Path said ...", ["Shining Path"], True),
        (
            "(CLANDESTINE) RADIO FARABUNDO MARTI IN SPANISH BROADCASTS MILITARY REPORTS.",
            ["FARABUNDO MARTI NATIONAL LIBERATION FRONT"],
            True,
        ),
        ("THE ARMY REPORTS THAT THE FMLN ATTACKED A POST.", ["FMLN"], False),
    ],
)
def test_the_group_speaks(text: str, names: list[str], speaking: bool) -> None:
    assert speaks(text, names, 0) is speaking
