"""Casualty figures of local shooting roundups: a count summed over several shootings
("hurt in two shootings", "shot since Tuesday", "Friday and Saturday") is no toll of one, and a
death told with another age than the one shot is someone else's; a count read past the name and
age that set it off ("One person, identified as Al Roe, 31, of Waco, died")."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.casualties import find_figures
from incidex.schema import FigureKind, Scope

K = FigureKind


@pytest.mark.parametrize(
    ("sentence", "kind", "scope"),
    [
        (
            "Two people were wounded in two shootings on the East Side overnight.",
            K.INJURED,
            Scope.AGGREGATE,
        ),
        (
            "Four men were hurt between two shootings Monday, police said.",
            K.INJURED,
            Scope.AGGREGATE,
        ),
        ("Two separate shootings late Friday left six people wounded.", K.INJURED, Scope.AGGREGATE),
        (
            "Seven people have been shot since Saturday afternoon in the city.",
            K.INJURED,
            Scope.AGGREGATE,
        ),
        ("9 people shot in Dayton Saturday and Sunday", K.INJURED, Scope.AGGREGATE),
        # one shooting of two told: its victim is this incident's
        ("A woman was killed in one of two shootings Sunday night.", K.KILLED, Scope.INCIDENT),
        ("A man was shot Saturday and died Sunday.", K.INJURED, Scope.INCIDENT),
    ],
)
def test_casualties_roundups_counts_of_several_shootings(
    sentence: str, kind: FigureKind, scope: Scope
) -> None:
    figures = [f for f in find_figures(sentence) if f.kind == kind]
    assert figures and all(f.scope == scope for f in figures)


def test_casualties_roundups_a_night_count_gives_way_to_the_one_shot() -> None:
    text = (
        "Three people were hurt in two shootings on the North Side overnight, police said. "
        "Around 1 a.m., a 19-year-old was shot in the foot near a gas station."
    )
    event = extract(text, published="2017-01-05").events[0]
    assert event.injured is not None and event.injured.value == 1


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # another age: another person, still hurt
        (
            "Police said a 31-year-old man was shot in the arm during a robbery early Friday. "
            "An hour earlier, a 45-year-old man was shot to death on a porch.",
            1,
        ),
        # the same age: the one shot is the one who died
        (
            "Police said a 31-year-old man was shot in the chest early Friday. The 31-year-old "
            "man later died at a hospital.",
            0,
        ),
    ],
)
def test_casualties_roundups_a_death_of_another_age_is_someone_else(
    text: str, injured: int
) -> None:
    event = extract(text, published="2017-01-05").events[0]
    assert event.killed is not None and event.killed.value == 1
    assert event.injured is not None and event.injured.value == injured


@pytest.mark.parametrize(
    ("sentence", "kind", "value", "quote"),
    [
        (
            "One person, later identified as Al Roe, 31, of Waco, was pronounced dead at the "
            "scene.",
            K.KILLED,
            1,
            "One person, later identified as Al Roe, 31, of Waco, was pronounced dead",
        ),
        ("One man, 44, died at a hospital.", K.KILLED, 1, "One man, 44, died"),
    ],
)
def test_casualties_roundups_a_count_set_off_by_a_name_and_age(
    sentence: str, kind: FigureKind, value: int, quote: str
) -> None:
    figures = [f for f in find_figures(sentence) if f.kind == kind]
    assert [(f.value, f.evidence.text if f.evidence else None) for f in figures] == [(value, quote)]
