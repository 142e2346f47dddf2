"""Victims counted one by one in lists, small phrasings of counts, and figures a sentence gives
for another event than the one it reports."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.casualties import find_figures
from incidex.schema import Figure, FigureKind, Qualifier, Scope, Who
from tests.extract.figure_checks import check_figure

K, Q, W = FigureKind, Qualifier, Who

# (sentence, kind, value, low, high, qualifier, who, evidence): the largest figure of that kind
ROWS = [
    # a list of victims before a plural verb, or after a verb of harm
    ("A bank clerk, a nurse, and Deputy Mario Lenz were murdered on Friday.", K.KILLED, 3, None,
     None, Q.EXACT, W.UNKNOWN,
     "A bank clerk, a nurse, and Deputy Mario Lenz were murdered"),
    ("THE MAYOR, A TEACHER, AND COUNCILMAN JOSE PADILLA WERE KILLED IN THE AMBUSH.", K.KILLED,
     3, None, None, Q.EXACT, W.UNKNOWN,
     "THE MAYOR, A TEACHER, AND COUNCILMAN JOSE PADILLA WERE KILLED"),
    ("A grenade went off at the depot, killing the head of the depot, his assistant, and four "
     "other workers.", K.KILLED, 6, None, None, Q.EXACT, W.UNKNOWN,
     "killing the head of the depot, his assistant, and four other workers"),
    ("Raiders fired on the van of a senior judge, wounding him, his clerk, and a bailiff.",
     K.INJURED, 3, None, None, Q.EXACT, W.UNKNOWN, "wounding him, his clerk, and a bailiff"),
    ("The captain, three deckhands and two cooks were hurt by the blast.", K.INJURED, 6, None,
     None, Q.EXACT, W.UNKNOWN, "The captain, three deckhands and two cooks were hurt"),
    # a description set off by commas after a name is that person; a name after one names it
    ("Gunmen shot and killed Lena Ortiz, a reporter for a local radio station, and her "
     "cameraman as they left the studio.", K.KILLED, 2, None, None, Q.EXACT, W.UNKNOWN,
     "shot and killed Lena Ortiz, a reporter for a local radio station, and her cameraman"),
    ("A clerk of the city court, Omar Haddad, and a guard at the court, Sami Nour, were "
     "assassinated in Tikrit.", K.KILLED, 2, None, None, Q.EXACT, W.SECURITY_FORCES,
     "A clerk of the city court, Omar Haddad, and a guard at the court, Sami Nour, were "
     "assassinated"),
    ("Karim Aziz and his cousin, the sons of a local sheikh, were killed near Hit.", K.KILLED, 2,
     None, None, Q.EXACT, W.UNKNOWN, "Karim Aziz and his cousin, the sons of a local sheikh, "
     "were killed"),
    ("On Monday, in Galle, Sri Lanka, a teacher and a member of the village council were "
     "injured.", K.INJURED, 2, None, None, Q.EXACT, W.UNKNOWN,
     "a teacher and a member of the village council were injured"),
    ("Gunmen killed Deputy Ana Varga, her husband Luis, two guards and a cook as they left.",
     K.KILLED, 5, None, None, Q.EXACT, W.SECURITY_FORCES,
     "killed Deputy Ana Varga, her husband Luis, two guards and a cook"),
    ("Police Sergeant, Omar Diaz and a passer-by were also wounded in the attack.", K.INJURED,
     2, None, None, Q.EXACT, W.SECURITY_FORCES,
     "Police Sergeant, Omar Diaz and a passer-by were also wounded"),
    ("A nurse was killed in the attack along with her driver.", K.KILLED, 2, None, None,
     Q.EXACT, W.UNKNOWN, "killed in the attack along with her driver"),
    # those "along with" him after "when" were attacked, not killed with him
    ("A farmer was shot and later died when he, along with four neighbours, was attacked on "
     "the road.", K.KILLED, 1, None, None, Q.EXACT, W.CIVILIANS,
     "A farmer was shot and later died"),
    ("Rebels attacked the farm, killing him and a neighbour.", K.KILLED, 2, None, None, Q.EXACT,
     W.UNKNOWN, "killing him and a neighbour"),
    ("The bombing wounded al-Rashidi and two of his guards.", K.INJURED, 3, None, None, Q.EXACT,
     W.SECURITY_FORCES, "wounded al-Rashidi and two of his guards"),
    ("THE UNION DEMANDED AN INQUIRY INTO THE MURDER OF LABOUR LEADER PABLO SOTO AND OF LAWYER "
     "ELENA MARIN.", K.KILLED, 2, None, None, Q.EXACT, W.UNKNOWN,
     "MURDER OF LABOUR LEADER PABLO SOTO AND OF LAWYER ELENA MARIN"),
    # small phrasings: a dash typed as two hyphens, words in brackets, "managed to kill"
    ("The blast killed 5--including a guard--and wounded nine.", K.KILLED, 5, None, None,
     Q.EXACT, W.UNKNOWN, "killed 5"),
    ("Two engineers working for the utility (both contractors) were killed at the plant.",
     K.KILLED, 2, None, None, Q.EXACT, W.UNKNOWN,
     "Two engineers working for the utility (both contractors) were killed"),
    ("The bomber failed to reach the gate but managed to kill three guards.", K.KILLED, 3, None,
     None, Q.EXACT, W.SECURITY_FORCES, "kill three guards"),
    # verbs of harm as nouns, "reported", "beaten"
    ("A shell landed on a farm, causing injuries to four farmhands.", K.INJURED, 4, None, None,
     Q.EXACT, W.UNKNOWN, "causing injuries to four farmhands"),
    ("The fire caused the deaths of two night watchmen.", K.KILLED, 2, None, None, Q.EXACT,
     W.UNKNOWN, "caused the deaths of two night watchmen"),
    ("Six people were reported injured in the blast.", K.INJURED, 6, None, None, Q.EXACT,
     W.UNKNOWN, "Six people were reported injured"),
    ("Two reporters were beaten by the crowd.", K.INJURED, 2, None, None, Q.EXACT, W.UNKNOWN,
     "Two reporters were beaten"),
    # a clause of their own before the verb; a verb of no harm, then one of death
    ("Three guards who tried to stop the robbers were wounded.", K.INJURED, 3, None, None,
     Q.EXACT, W.SECURITY_FORCES, "Three guards who tried to stop the robbers were wounded"),
    ("Nine marines who were loading a truck were hurt.", K.INJURED, 9, None, None, Q.EXACT,
     W.SECURITY_FORCES, "Nine marines who were loading a truck were hurt"),
    ("Three farmers were taken from their homes and executed by the rebels.", K.KILLED, 3, None,
     None, Q.EXACT, W.CIVILIANS, "Three farmers were taken from their homes and executed"),
    ("Two herders were seized near the well, beaten and killed.", K.KILLED, 2, None, None,
     Q.EXACT, W.UNKNOWN, "Two herders were seized near the well, beaten and killed"),
    # a number in a list told in parts
    ("Two aid workers, a doctor and a driver, were abducted.", K.KIDNAPPED, 2, None, None,
     Q.EXACT, W.UNKNOWN, "Two aid workers, a doctor and a driver, were abducted"),
    # a series (no comma before its verb) adds up; a couple is two
    ("Two nurses, a porter, and an elderly patient were hurt.", K.INJURED, 4, None, None,
     Q.EXACT, W.UNKNOWN, "Two nurses, a porter, and an elderly patient were hurt"),
    ("A Dutch couple was slightly injured.", K.INJURED, 2, None, None, Q.EXACT, W.UNKNOWN,
     "A Dutch couple was slightly injured"),
    # a zero of a counted group
    ("The bus overturned, but none of the 40 pupils were hurt.", K.INJURED, 0, None, None,
     Q.EXACT, W.UNKNOWN, "none of the 40 pupils were hurt"),
]  # fmt: skip


def _largest(figures: list[Figure], kind: FigureKind) -> Figure:
    return max((f for f in figures if f.kind == kind), key=lambda f: f.value or 0)


@pytest.mark.parametrize(
    ("sentence", "kind", "value", "low", "high", "qualifier", "who", "quote"), ROWS
)
def test_casualties_lists_and_phrasings(
    *,
    sentence: str,
    kind: FigureKind,
    value: int | None,
    low: int | None,
    high: int | None,
    qualifier: Qualifier,
    who: Who,
    quote: str,
) -> None:
    figure = _largest(find_figures(sentence, offset=5), kind)
    check_figure(figure, sentence, 5, (value, low, high, qualifier, who), quote)


@pytest.mark.parametrize(
    ("sentence", "largest"),
    [
        ("12 soldiers and 3 civilians were killed in the ambush.", 15),  # summed by the numbers
        ("Two nurses, one from Kano and one from Jos, were killed.", 2),  # the two, in parts
        ("Between 10 and 15 people were wounded.", None),  # a range, no value
        ("The group said it was revenge for the killing of its leader and his two sons.", None),
        ("Militants killed a guard and set fire to the house.", 1),  # no list of people
        ("The blasts killed and wounded more than 80 people.", None),  # the dead and hurt together
        ("The meeting ended a few hours before the senator was killed.", None),  # no count
        ("The car stopped at a dead end near the port.", None),
        ("9 yo boy hurt in crossfire", None),  # an age
        ("The blast shook the market, injuring a number of people.", None),  # no count
        ("Lena Ortiz, one of the four owners of the shop, was found dead.", None),  # one of them
        ("Tom Reed, 40 of Dayton, was beaten.", None),  # an age and a home town
        ("Two gunmen shot and killed Omar Haddad outside his shop.", None),  # the gunmen counted
        ("THE SIX PRIESTS, FIVE BROTHERS AND ONE NEPHEW, WERE MURDERED.", 6),  # the six, in parts
        ("A TEACHER AND LATER ATTEMPTS TO FLEE WERE REPORTED.", None),  # no list of victims
        # the clause before "and" tells the blast: the place it hit is no victim
        ("A grenade went off at a kiosk and three vendors suffered minor injuries.", 3),
        ("A mine exploded on a bridge and two farmers were hurt by flying stones.", 2),
        # the part set off by commas goes with its count: four, not the one it names
        ("Four, including a ferry pilot, were injured.", 4),
    ],
)
def test_casualties_lists_that_count_no_more(sentence: str, largest: int | None) -> None:
    values = [f.value for f in find_figures(sentence) if f.kind in (K.KILLED, K.INJURED)]
    assert max((v for v in values if v is not None), default=None) == largest


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("In Kirkuk, at least nine people were killed in the attacks.", Scope.AGGREGATE),
        ("Five killed, 40 wounded in weekend shootings across the city", Scope.AGGREGATE),
        ("The combined attacks killed 14 people.", Scope.AGGREGATE),
        ("Nine people were killed in the attack.", Scope.INCIDENT),
    ],
)
def test_casualties_tolls_of_several_attacks(sentence: str, scope: Scope) -> None:
    assert {f.scope for f in find_figures(sentence) if f.kind == K.KILLED} == {scope}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the rest of the sentence tells an earlier event: its toll is not this one's
        ("A bomb wounded two guards at a bank in Quetta on Monday. The attack comes three days "
         "after a blast at a market in the city killed nine people.", None, 2),
        ("Gunmen shot and wounded a shopkeeper in Dayton on Sunday. The shooting follows a "
         "shooting last month that left two men dead.", None, 1),
        ("Four soldiers were hurt when a mine exploded under their truck near Kandahar on "
         "Monday, an hour after a similar mine killed two farmers.", None, 4),
        ("A car bomb exploded near a checkpoint in Mosul on Monday, on a day in which blasts "
         "across the country killed 60 people.", None, None),
        # the bodies of those taken, named
        ("Two traders were abducted by gunmen near Tikrit on Monday. The bodies of Samir and "
         "Walid were found on Wednesday.", 2, None),
        # "N others" on top of the one named before
        ("A bomb went off at the ministry in Kabul on Monday. It fatally injured the deputy "
         "minister. Six others were killed.", 7, None),
        # a sentence's own toll before the words of another event stays
        ("A bomb killed three people at a market in Kano on Friday. The attack came a week "
         "after gunmen attacked a church in the city.", 3, None),
    ],
)  # fmt: skip
def test_casualties_another_events_toll_is_not_this_ones(
    text: str, killed: int | None, injured: int | None
) -> None:
    event = extract(text, published="2024-03-06").events[0]
    assert (event.killed.value if event.killed else None) == killed
    assert (event.injured.value if event.injured else None) == injured
