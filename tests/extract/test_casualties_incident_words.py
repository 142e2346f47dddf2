"""Words around a toll that say whose it is (issue 3): an ordinal that ranks this incident among
others, an attack that "comes amid" another event or answers one, wounded who later died, and
all on board a craft that none survived."""

from __future__ import annotations

import pytest

from incidex import extract
from tests.extract.figure_checks import check_tolls


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # an ordinal ranks this killing among others: its toll is still this incident's
        ("A local councillor was murdered outside his home in Kandy, the third such killing in "
         "the past two months.", 1, None),
        ("Gunmen killed two traffic policemen in Quetta, the fourth attack on police in the city "
         "this year.", 2, None),
        # the attack "comes amid" another event: that one's figures are not its toll
        ("Mortar rounds hit an empty lot beside the airport in Kandahar, and no injuries were "
         "reported. The attack comes amid a feud in which soldiers shot three tribesmen.",
         None, 0),
        # the dead of the strikes this attack answered are theirs, not its own
        ("Militants fired three rockets at Ashkelon. They said the attack was in response to "
         "air raids on a camp near Rafah. Four men were killed in the raids.", None, None),
        # the wounded who all died later are no longer hurt
        ("Gunmen fired on a checkpoint in Ibb. Two guards were wounded (and both later died in "
         "hospital).", 2, 0),
        # all on board a craft that none survived are dead
        ("An airliner with 64 passengers aboard crashed into the sea after a bomb exploded in "
         "its hold. There were no survivors.", 64, None),
        ("A ferry carrying 31 passengers sank after an explosion off Jolo. No one survived.",
         31, None),
    ],
)  # fmt: skip
def test_casualties_incident_words(text: str, killed: int | None, injured: int | None) -> None:
    report = extract(text, published="2024-05-14")
    assert report.events, "no event found"
    check_tolls(report.events[0], text, killed, injured)


def test_casualties_incident_words_survivors_leave_those_aboard_alive() -> None:
    text = "A bus with 40 passengers aboard was hit by a roadside bomb near Kirkuk. Five were hurt."
    event = extract(text, published="2024-05-14").events[0]
    assert event.killed is None
