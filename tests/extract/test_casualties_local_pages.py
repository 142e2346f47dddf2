"""Casualties of local shooting news on web pages: lists of links to other stories tell no toll of
this one; one shot who lived (or in, to or through a limb, or is recovering, or whose condition
was stabilized) is no death, and a "non-fatal shooting" none; a surname alone is the death told; a
count of all shot holds the others "also shot"; "shot, killed" are the dead; the active perfect
"has shot himself" makes no wounded subject."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.casualties import find_figures
from incidex.extract.casualty_teasers import link_lists
from incidex.schema import FigureKind
from tests.extract.figure_checks import check_tolls

K = FigureKind

_LINKS = (
    "Kylr Yust transferred to Jackson County jail\n\n"
    "Man accused of driving drunk, killing a sheriff's deputy appears in court\n\n"
    "Ex-boyfriend of missing woman faces questions in Raymore\n\n"
    "Graphic content: gunfight unfolds on video\n\n"
)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a list of links to other stories after the story
        (
            "Man hurt in Westport shooting\n\nA man was shot in the arm on Friday night in "
            "Westport, police said.\n\n" + _LINKS,
            None,
            1,
        ),
        # a shot person who survived, in a story of a death
        (
            "Major was shot while sitting in a car and later died. Rob'Dasha Smith, 24, Major's "
            "godmother, was shot in the leg, but survived.",
            1,
            1,
        ),
        # the headline's count of all shot holds those "also shot"
        (
            "4 shot, 2 fatally, in gas station shooting\n\nA 65-year-old gas station employee was "
            "caught in the crossfire early Friday. Three other men were also shot. Two of them "
            "died.",
            2,
            2,
        ),
        # ... or whose condition was stabilized
        (
            "A man was shot to death on Pine Street on Sunday night. Police said a 28-year-old "
            "was also hurt. The 28-year-old was shot in the abdomen, and his condition was "
            "stabilized, police said.",
            1,
            1,
        ),
        # ... or who is recovering, told before the harm in its sentence
        (
            "A man was shot to death on Pine Street on Sunday night. A girl is recovering at a "
            "hospital after she was shot in the same attack, police said.",
            1,
            1,
        ),
        # ... not one only taken to hospital in critical condition, who may be the death told
        (
            "A 16-year-old was shot in his home on Sunday. The teen was shot in the face and was "
            "taken to a hospital in critical condition. He was pronounced dead hours later.",
            1,
            0,
        ),
        # "a non-fatal shooting" tells no death, nor makes one of the victim shot
        (
            "Police are investigating a non-fatal shooting on Elm Street on Sunday. The victim "
            "was shot in the back and taken to a hospital.",
            None,
            1,
        ),
        # ... "a fatal shooting" tells one
        ("Police are investigating a fatal shooting on Elm Street on Sunday.", 1, None),
        # a trooper shot in a limb is no death, where only a suspect died
        (
            "A suspect was killed by police. Police said a State Trooper was shot in the left "
            "elbow during one of the exchanges.",
            None,
            1,
        ),
        # a surname alone is someone told of before: in a story of a death, that death
        (
            "Darmayah Smith died nine hours after he was shot Wednesday. Smith, who lived three "
            "blocks away, suffered a gunshot wound to the head.",
            1,
            None,
        ),
        # a headline's "shot, killed" are the dead
        ("Three Teens Shot, Killed In Drive-By In Akron", 3, None),
        # ordinary wire news stays as it was
        (
            "A car bomb exploded on Tuesday near a market frequently visited by shoppers in "
            "Kirkuk, killing five people.",
            5,
            None,
        ),
        ("FIVE PEOPLE WERE KILLED WHEN A BOMB EXPLODED IN SAN SALVADOR.", 5, None),
    ],
)
def test_casualties_local_pages_articles(
    text: str, killed: int | None, injured: int | None
) -> None:
    event = extract(text, published="2017-01-05").events[0]
    check_tolls(event, text, killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "A suspect was taken to the hospital, where he later died. Earlier, the trooper was shot "
        "to the elbow and taken to the hospital.",
        "A robber died after a gunfight at a pawn shop on Sunday. The clerk was shot through the "
        "hand.",
    ],
)
def test_casualties_shot_to_or_through_a_limb_is_a_wound(text: str) -> None:
    """In a story of a death, one shot "to" or "through" a limb, as "in" one, lived."""
    event = extract(text, published="2017-01-05").events[0]
    shot = [f for f in event.casualties if f.evidence and f.evidence.text.endswith("was shot")]
    assert shot and all(f.kind == K.INJURED for f in shot)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Title of the story\n\nThe story begins here, police said.\n\n" + _LINKS, 4),
        # a title, subtitle and byline over the story are no list
        ("Title of the story\n\nA man was shot on Main Street\n\nBy Staff Reporter\n\nText.", 0),
        # a page's videos, each after its running time, tell other stories
        (
            "Title of the story\n\nThe story begins here, police said.\n\n0:52 Crews rescue a "
            "driver from a ditch Pause\n\n2:14 2 dead after a collision on Route 9\n\n1:08 "
            "Mayor opens the new library downtown",
            3,
        ),
        # nor the story's own upper-case headings
        ("Title\n\nText begins.\n\nJanuary 9, 2017\n\nCHILD DIES FROM GUNSHOT WOUND:\n\nMORE", 0),
    ],
)
def test_casualties_local_pages_link_lists(text: str, lines: int) -> None:
    assert len(link_lists(text)) == lines


@pytest.mark.parametrize(
    "sentence",
    [
        "An eighth-grade student has shot himself dead while hunting.",
        "The man had shot his wife before police arrived.",
    ],
)
def test_casualties_local_pages_active_perfect_wounds_no_subject(sentence: str) -> None:
    assert not [f for f in find_figures(sentence, 0) if f.kind == K.INJURED]


def test_casualties_local_pages_headline_victims_end_at_the_line() -> None:
    """A headline's last victim is no list with the dateline below it in the parse."""
    text = (
        "Boy held on charges he shot sleeping mom, sister\n\nGREEN BAY, Wis. (AP) — A "
        "14-year-old boy is accused of shooting his mother and 9-year-old sister as they slept, "
        "state police said Thursday. Both died at the scene."
    )
    event = extract(text, published="2017-01-05").events[0]
    check_tolls(event, text, 2, None)
    assert all(f.evidence is None or "\n" not in f.evidence.text for f in event.casualties)


def test_casualties_local_pages_wire_wrap_keeps_the_list() -> None:
    """... while a wire text's hard line wrap inside a list of victims keeps them all."""
    text = (
        "LA PAZ, 26 MAY 89 (RADIO FIDES) -- THE POLICE HIGH COMMAND MET TODAY. JOHN PAUL SMITH, "
        "22 YEARS OLD, AND\nPETER LEE BROWN, 23, WERE MURDERED BY MACHINEGUN BURSTS WHEN THEY "
        "WERE WALKING HOME ON WEDNESDAY NIGHT."
    )
    check_tolls(extract(text, published="1989-05-26").events[0], text, 2, None)
