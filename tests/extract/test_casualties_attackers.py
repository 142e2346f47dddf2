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
        # only the bombers were hurt too, by their own bomb: no victim hurt, 0 beside theirs
        ("A suicide bomber killed himself when the bomb strapped to his chest went off "
         "prematurely outside a bank in Adana; his accomplice was also injured.", 0, 0,
         "killed himself"),
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


def _attackers_dead(event: EventMention) -> list[int | None]:
    return [c.value for c in event.casualties if c.who == Who.ATTACKERS and c.kind == K.KILLED]


@pytest.mark.parametrize(
    ("text", "killed", "own"),
    [
        # the bomber set off the charge he carried: he died, no victim did
        ("A suicide bomber on foot blew up his explosive belt beside the convoy of a provincial "
         "governor in Kunduz. The governor escaped unhurt.", 0, [1]),
        # stopped short of his target, his charge still went off: victims and bomber dead
        ("A suicide bomber tried to reach a police station in Mardan. Guards fired at him, "
         "causing his vest to explode. The blast killed three passers-by.", 3, [1]),
        # "suicide-bomber" with a hyphen is a suicide bombing too
        ("A suicide-bomber driving a van attacked a checkpoint in Herat. Four soldiers were "
         "killed.", 4, [1]),
        # attackers killed as they made the attack, which their deaths stopped
        ("Soldiers killed three militants who were in the process of planting a mine on a road "
         "near Tikrit.", 0, [3]),
        ("Two gunmen were shot dead by guards in Jalalabad when they tried to storm the gate of a "
         "bank.", 0, [2]),
        # the attacker's body, counted apart from the victims
        ("A car bomb exploded outside a court in Bannu, killing six people. A seventh body is "
         "believed to be that of the bomber.", 6, [1]),
    ],
)  # fmt: skip
def test_casualties_attackers_own_deaths(text: str, killed: int | None, own: list[int]) -> None:
    event = _main(text)
    assert (event.killed.value if event.killed else None) == killed
    assert _attackers_dead(event) == own


@pytest.mark.parametrize(
    "text",
    [
        # killed by the grenade he was trying to throw: a mishap, no one stopped him
        "A man was killed in a square in Cali when a grenade he was trying to throw at a bank "
        "exploded.",
        # not yet set off: "before he could detonate his belt"
        "Police shot a suicide bomber in Baquba before he could detonate his explosive belt.",
    ],
)
def test_casualties_attackers_no_victims_not_told(text: str) -> None:
    assert _main(text).killed is None


def test_casualties_attackers_body_told_once() -> None:
    text = (
        "A gunman shot two customers at a diner in Dayton and then killed himself. The body of "
        "the gunman was found in the kitchen."
    )
    assert _attackers_dead(_main(text)) == [1]


def test_casualties_attackers_hurt_kept_beside_no_victims() -> None:
    text = (
        "A suicide bomber killed himself when the bomb strapped to his chest went off "
        "prematurely outside a bank in Adana; his accomplice was also injured."
    )
    event = _main(text)
    hurt = [f.value for f in event.casualties if f.kind == K.INJURED and f.who == Who.ATTACKERS]
    assert hurt == [1]


def test_casualties_attackers_shot_foiling_an_attack_are_no_victims() -> None:
    text = (
        "Border police foiled a bombing at a checkpoint near Hebron, killing two of the attackers."
    )
    event = _main(text)
    assert event.killed is not None and event.killed.value == 0
    assert _attackers_dead(event) == [2]


def test_casualties_attackers_hanged_in_custody_is_their_own_death() -> None:
    text = (
        "A gunman shot dead a judge outside a court in Rouen. The gunman hanged himself in his "
        "cell a month later."
    )
    event = _main(text)
    assert event.killed is not None and event.killed.value == 1
    assert _attackers_dead(event) == [1]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the attackers' boast is theirs, not the report's count
        ("Gunmen ambushed a convoy of engineers near Tikrit, killing the engineer in charge. The "
         "Ansar Council claimed killing nine engineers that day.", 1),
        ("Rebels raided an army post in Kunar. The rebels claimed to have killed 40 soldiers.",
         None),
        # ... while owning the attack is no boast
        ("The Popular Front claimed responsibility for killing six farmers in Tolima.", 6),
    ],
)  # fmt: skip
def test_casualties_attackers_claim_of_kills_is_no_count(text: str, killed: int | None) -> None:
    event = _main(text)
    assert (event.killed.value if event.killed else None) == killed


def test_casualties_attackers_caught_with_a_wound_are_their_own_hurt() -> None:
    text = (
        "Gunmen stormed a bank in Lima; a clerk was wounded. One of the gunmen, a former soldier, "
        "surrendered with a gunshot wound in the leg."
    )
    event = _main(text)
    assert event.injured is not None and event.injured.value == 1
    hurt = [f.value for f in event.casualties if f.kind == K.INJURED and f.who == Who.ATTACKERS]
    assert hurt == [1]
