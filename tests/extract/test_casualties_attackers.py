"""The attackers' own dead beside the victims' headline (issue 3): a total that holds them counts
the others, an attacker's death by his own hand alone is no victim's, and one reading of the same
words is one figure."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.schema import EventMention, FigureKind, Who
from tests.extract.figure_checks import check_headlines

K = FigureKind


def _main(text: str) -> EventMention:
    report = extract(text, published="2024-05-14")
    assert report.events, "no event found"
    return report.events[0]


@pytest.mark.parametrize(
    ("text", "killed", "injured", "quote"),
    [
        # a total that counts an attacker among the dead: the victims are the others
        ("Insurgents ambushed a police patrol near Hit. The ambush resulted in the deaths of "
         "three policemen and one insurgent.", 3, None, None),
        # only the bomber died, by his own hand: no victim dead, and the one wounded stands
        ("A suicide bomber approached a checkpoint in Khost. When the guards stopped him, he "
         "set off his explosives, killing himself and injuring a guard.", 0, 1,
         "killing himself"),
        # a bare count right after the attackers named as the object is of them
        ("A mosque in Peshawar was attacked during prayers. Six people were injured. Villagers "
         "chased the attackers, killing one and arresting the other.", None, 6, None),
        # victims dead beside the bomber keep their count
        ("A suicide bomber set off his explosives at a market in Hilla, killing himself and "
         "four shoppers.", 4, None, None),
    ],
)  # fmt: skip
def test_casualties_attackers_headlines(
    text: str, killed: int | None, injured: int | None, quote: str | None
) -> None:
    check_headlines(_main(text), text, killed, injured, quote)


@pytest.mark.parametrize(
    "text",
    [
        # an attacker shot by the police: summaries count him among the dead or not, so the
        # victims' toll stays untold rather than 0
        "Gunmen attacked a bank in Medan. One of the gunmen was killed by the police.",
    ],
)
def test_casualties_attackers_shot_by_others_leave_the_headline_untold(text: str) -> None:
    assert _main(text).killed is None


def test_casualties_attackers_bare_count_after_them_is_theirs() -> None:
    text = (
        "Gunmen shot and killed the mayor of Tikrit and two of his guards. The guards fired back "
        "at the gunmen, killing all three of them."
    )
    event = _main(text)
    own = [c for c in event.casualties if c.who == Who.ATTACKERS and c.kind == K.KILLED]
    assert (event.killed.value if event.killed else None, [c.value for c in own]) == (3, [3])


def test_casualties_attackers_one_reading_is_one_figure() -> None:
    text = (
        "Gunmen shot and killed a police commander in Herat. One gunman was killed and another "
        "wounded by police officers after the attack."
    )
    own = [c for c in _main(text).casualties if c.who == Who.ATTACKERS and c.kind == K.KILLED]
    assert [c.value for c in own] == [1]
