"""Four headline rules: a later total that joins the lead's count of the same people to
victims told with them ("the six priests' murder ... killed the six priests and two women": 8);
a death told with a cause that is no attack ("was killed in a car accident", "died of a heart
attack"), which is no victim of the event; a funeral's dead, who are the event's own where the
sentence tells their killing as the event; and a bare count ("four died") that repeats a count of
fighters just told ("four rebels"), who are no victims. Upper-case wire text and local news."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.schema import EventMention, Role
from tests.extract.figure_checks import check_tolls


def _main(text: str, published: str = "1990-01-05") -> EventMention:
    report = extract(text, published=published)
    return next(e for e in report.events if e.role == Role.MAIN)


# (article, killed, injured): a later "N <same people> and M others" is the fuller count
FULLER = [
    ("QUITO, 4 JAN 90 (EFE) -- [TEXT] A JUDGE TODAY ORDERED THE ARREST OF THE MASTERMINDS OF\n"
     "THE FIVE MISSIONARIES' MURDER IN THE JUNGLE.\n\n"
     "   THE PROSECUTOR SAID THAT UNIFORMED MEN KILLED THE FIVE MISSIONARIES AND THREE PEASANTS\n"
     "ON 28 DECEMBER.",
     8, None),
    ("Four farmers were killed when gunmen raided a village on Sunday, police said. Officers "
     "later said the attackers had killed the four farmers and two policemen who tried to stop "
     "them.",
     6, None),
    # other people counted later, not joined to the lead's: the lead stands
    ("Four farmers were killed when gunmen raided a village on Sunday, police said. Two herders "
     "who tried to flee were wounded.",
     4, 2),
    # the others joined to the lead's people are not told as victims (a murder-suicide's man may
    # be the killer): the lead stands
    ("Two children were found dead in an apartment on Monday, police said. Officers said two "
     "children and a man were found dead when they entered the apartment.",
     2, None),
    # a larger count of other people, with no part that is the lead's: the lead stands
    ("Three guards were killed in the raid on the bank on Monday. Police said the robbers had "
     "threatened nine clerks and two customers.",
     3, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "killed", "injured"), FULLER)
def test_casualties_fuller_count_of_the_same_people(
    text: str, killed: int | None, injured: int | None
) -> None:
    check_tolls(_main(text), text, killed, injured)


# (article, killed, injured): a death of another cause is not the shooting's
CAUSES = [
    ("Three people were shot outside a community hall on Saturday while mourners gathered for "
     "the wake of Dale Ortiz. Ortiz was killed in a car accident last week. None of the wounded "
     "had life-threatening injuries, police said.",
     None, 3),
    ("Two men were wounded in a drive-by shooting on Elm Street on Friday. The victims' "
     "grandfather died of a heart attack in March, a relative said.",
     None, 2),
    ("A man was shot dead at a gas station on Main Street on Tuesday night, police said.", 1, None),
    # a hunting or shooting accident is a shooting
    ("A 14-year-old boy was killed in a hunting accident near Lake Oswego on Saturday, deputies "
     "said.",
     1, None),
    ("A woman was killed in an accidental shooting at her home on Monday, police said.", 1, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "killed", "injured"), CAUSES)
def test_casualties_death_of_another_cause(
    text: str, killed: int | None, injured: int | None
) -> None:
    check_tolls(_main(text, "2016-05-10"), text, killed, injured)


# (article, killed, injured): a funeral's dead are another event's, unless the story tells their
# killing there alone
FUNERALS = [
    ("LIMA, 20 NOV 89 (EFE) -- [TEXT] THE MINISTER'S FLIGHT WAS DELAYED TO WAIT FOR OFFICIALS\n"
     "WHO WERE ATTENDING THE FUNERAL OF FOUR MAYORS, TWO OF THEM WOMEN, WHO WERE KILLED ON\n"
     "FRIDAY.",
     4, None),
    ("Gunmen opened fire at the funeral of two brothers who were killed last month, wounding five "
     "mourners, police said on Sunday.",
     None, 5),
]  # fmt: skip


@pytest.mark.parametrize(("text", "killed", "injured"), FUNERALS)
def test_casualties_funeral_dead(text: str, killed: int | None, injured: int | None) -> None:
    check_tolls(_main(text, "1989-11-20"), text, killed, injured)


# (article, killed, injured): a bare count of the fighters counted before is no victims' toll
BARE_COUNTS = [
    ("SAN SALVADOR, 5 DEC 89 (AFP) -- [TEXT] REBELS AND TROOPS CLASHED TODAY IN THE TOWN OF\n"
     "SAN PEDRO.  A MORTAR ROUND HIT AT LEAST THREE GUERRILLAS NEAR THE CHURCH.\n\n"
     "   A RESIDENT SAID: \"AT LEAST THREE DIED THERE.\"",
     None, None),
    # the same number counted of other people: the bare count stays the victims'
    ("Gunmen stormed a wedding in the village on Saturday, police said. They fired at three "
     "guests near the gate. Three died at the scene.",
     3, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "killed", "injured"), BARE_COUNTS)
def test_casualties_bare_count_of_fighters(
    text: str, killed: int | None, injured: int | None
) -> None:
    check_tolls(_main(text, "1989-12-05"), text, killed, injured)
