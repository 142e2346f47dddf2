"""Casualties of local shooting news told beside others: "a fourth victim" after a count of three
is one more; the wounded one told again as the dead is no one else; the dead told before "the
gunman shot two neighbors" are not among the two; harm told of whenever it may happen, or as
"hurt or killed" together, is no count; a sentence opening with another date tells another
shooting, and so does a figure dated to a day before the event's ("one of whom died, Friday")."""

from __future__ import annotations

import datetime as dt

import pytest

from incidex import extract
from incidex.extract.casualties import find_figures
from incidex.extract.casualty_when import own_date_elsewhere
from incidex.schema import DateBasis, EventDate, Evidence, Figure, FigureKind
from tests.extract.figure_checks import check_tolls

K = FigureKind


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # an ordinal right after the count adds one victim
        (
            "Three people were shot outside a nightclub on Elm Avenue early Sunday, police said. "
            "A fourth victim was grazed by a bullet and treated at the scene.",
            None,
            4,
        ),
        # ... not "the fourth victim", one of those counted
        (
            "Four people were shot outside a nightclub early Sunday, police said. The fourth "
            "victim, a 31-year-old woman, was shot in the hand.",
            None,
            4,
        ),
        # ... nor one the dead already count
        (
            "One man was killed and two others were wounded in a shooting on Sunday. A third "
            "victim was taken to a hospital in stable condition.",
            1,
            2,
        ),
        # harm told of whenever it happens is no victim of this shooting
        (
            "A 16-year-old was shot and killed at a park on Friday. \u201cWhenever one of our "
            "students is hurt, the whole school grieves,\u201d the principal said.",
            1,
            None,
        ),
        # the dead told before "shot two ..." are not among those two
        (
            "A woman was shot and killed inside her home on Elm Street on Saturday, police said. "
            "Before he fled, the gunman shot two neighbors who ran outside to help.",
            1,
            2,
        ),
        # ... the dead told right after them are
        ("A gunman shot three people outside a bar on Friday night, killing one.", 1, 2),
        # the one wounded told again as the dead is that death
        (
            "The shooting happened on Pine Street around 10 p.m. Tuesday. The woman suffered a "
            "gunshot wound to the chest. Medics took her to a hospital, where the woman was "
            "pronounced dead.",
            1,
            0,
        ),
        # ... not a wounded one told apart from a dead one
        (
            "A 19-year-old man was killed and a 17-year-old boy was wounded in a shooting on "
            "Pine Street on Tuesday night.",
            1,
            1,
        ),
        # a sentence opening with another date tells another shooting
        (
            "A 4-year-old girl was shot in the leg on March 20 while playing outside her home, "
            "police said. On March 2, a 3-year-old boy was shot and killed two blocks away.",
            None,
            1,
        ),
    ],
)
def test_casualties_local_others_articles(
    text: str, killed: int | None, injured: int | None
) -> None:
    event = extract(text, published="2017-03-21").events[0]
    check_tolls(event, text, killed, injured)


@pytest.mark.parametrize(
    ("text", "published", "killed", "injured"),
    [
        # a weekday before the event's own day tells an earlier shooting
        (
            "Five men were shot outside a corner store on Tuesday afternoon, police said. All are "
            "expected to survive. It was the second shooting in the area in a week: two people "
            "were shot, one of whom died, Friday at a gas station.",
            "2017-03-21",
            None,
            5,
        ),
        # ... one after it may tell the victim's state
        (
            "A 15-year-old boy was shot in the head on Saturday evening during a party, police "
            "said. He was in critical condition at a children's hospital Monday.",
            "2017-03-21",
            None,
            1,
        ),
        # ... or the death of a victim whose own words give the event's day
        (
            "A 16-year-old boy who was wounded in a shooting on Friday died on Saturday, police "
            "said.",
            "2017-03-17",
            1,
            None,
        ),
        # a date past a street's abbreviation is still the figure's own
        (
            "Three people were shot Thursday on Elm Street, police said. Neighbors said the "
            "gunfire began after a man was shot dead in the 400 block of Oak St. on March 2.",
            "2017-03-21",
            None,
            3,
        ),
        # "last month" of a story dated to its day tells an earlier shooting
        (
            "Two teens were wounded in a drive-by shooting on Maple Avenue on Friday night. The "
            "scene is a block from where a 12-year-old boy was shot and killed last month.",
            "2017-03-21",
            None,
            2,
        ),
        # ... and a victim named there is that shooting's when told again
        (
            "Two teens were wounded in a drive-by shooting on Maple Avenue on Friday night. The "
            "scene is a block from where 12-year-old Jamal Reed and his brother were shot last "
            "month.\n\nThe brothers were playing outside when the shots rang out. Jamal was "
            "killed.",
            "2017-03-21",
            None,
            2,
        ),
    ],
)
def test_casualties_local_others_dated_apart(
    text: str, published: str, killed: int | None, injured: int | None
) -> None:
    event = extract(text, published=published).events[0]
    check_tolls(event, text, killed, injured)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine children have been hurt or killed by gunfire in the city since May.",
        "Any time a player is hurt, the whole team feels it.",
    ],
)
def test_casualties_local_others_no_injured_count(sentence: str) -> None:
    assert not [f for f in find_figures(sentence, 0) if f.kind == K.INJURED and f.value]


@pytest.mark.parametrize(
    ("sentence", "elsewhere"),
    [
        ("The mayor was killed near his home on 1 March.", True),
        # a date told after another happening in the clause is not the figure's
        ("The mayor was killed near his home, days after taking office on 1 March.", False),
    ],
)
def test_casualties_local_others_own_date(sentence: str, elsewhere: bool) -> None:
    text = "Police said the shooting happened Monday. " + sentence
    at = text.index("The mayor was killed")
    quote = "The mayor was killed"
    figure = Figure(
        kind=K.KILLED, value=1, evidence=Evidence(start=at, end=at + len(quote), text=quote)
    )
    event = EventDate(value=dt.date(2017, 3, 20), basis=DateBasis.RELATIVE)
    assert own_date_elsewhere(figure, text, event, dt.date(2017, 3, 21)) is elsewhere
