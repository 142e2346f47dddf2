"""Casualty figures of local shooting news: the hurt told by the hospital they were sent to, the
dead by "pronounced dead" or by those of a count who died, headline lists of counts, a
self-inflicted wound; and the words that tell no casualty ("a dead sleep", "might hurt himself",
"attempted murders", deaths "in unrelated incidents")."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.casualties import find_figures
from incidex.extract.casualty_wounds import wounded_ones
from incidex.schema import FigureKind, Scope

K = FigureKind

# (sentence, kind, value, evidence text): a figure of that kind, value and words must be read
CASES = [
    (
        "A shooting at a bar sent 4 people to the hospital on Sunday.",
        K.HOSPITALISED,
        4,
        "sent 4 people to the hospital",
    ),
    (
        "Shooting in central Fresno lands four men in hospital",
        K.HOSPITALISED,
        4,
        "lands four men in hospital",
    ),
    ("3 women, 1 man shot on Fairfield Road", K.INJURED, 4, "3 women, 1 man shot"),
    ("A gunman shot three people outside a bar.", K.INJURED, 3, "shot three people"),
    (
        "Police determined four young people had been hit by gunfire.",
        K.INJURED,
        4,
        "four young people had been hit by gunfire",
    ),
    (
        "Officers found a boy suffering from a gunshot wound.",
        K.INJURED,
        1,
        "a boy suffering from a gunshot wound",
    ),
    (
        "Two of those men, 23-year-old Juan Saenz and 24-year-old Daniel Chumacero, died after "
        "the shooting.",
        K.KILLED,
        2,
        "Two of those men, 23-year-old Juan Saenz and 24-year-old Daniel Chumacero, died",
    ),
    (
        "One of the four was pronounced dead on the scene.",
        K.KILLED,
        1,
        "One of the four was pronounced dead",
    ),
    (
        "Two people have been confirmed dead after a shooting.",
        K.KILLED,
        2,
        "Two people have been confirmed dead",
    ),
    ("A fight outside the club left three men shot.", K.INJURED, 3, "left three men shot"),
    (
        "Officials confirm a body has been found on Cricket Drive.",
        K.KILLED,
        1,
        "a body has been found",
    ),
    (
        "A suspect was charged in the shooting death of 13-month-old Bill Thao.",
        K.KILLED,
        1,
        "shooting death of",
    ),
    (
        "The shooting left a 7-year-old girl dead and her 8-year-old friend critically injured on "
        "Tuesday.",
        K.INJURED,
        1,
        "her 8-year-old friend critically injured",
    ),
    (
        "He was taken to the hospital with an apparently self-inflicted gunshot wound.",
        K.INJURED,
        1,
        "self-inflicted gunshot wound",
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "value", "quote"), CASES)
def test_casualties_local_news_sentence_table(
    sentence: str, kind: FigureKind, value: int, quote: str
) -> None:
    figures = [f for f in find_figures(sentence, offset=50) if f.kind == kind]
    figure = next(f for f in figures if f.evidence and f.evidence.text == quote)
    assert figure.value == value
    assert figure.evidence is not None
    assert sentence[figure.evidence.start - 50 : figure.evidence.end - 50] == quote


# (article, killed, injured, evidence of the killed headline): read from the parse of a name
ARTICLES = [
    (
        "A man was shot outside a bar on Friday night. Terrell Skinner, 26, was pronounced dead "
        "at the scene by the coroner's office.",
        1,
        "Terrell Skinner, 26, was pronounced",
    ),
    (
        "Police were called to a shooting on Main Street. McLean sustained a gunshot wound to the "
        "head and was later pronounced deceased.",
        1,
        "McLean sustained a gunshot wound to the head and was later pronounced",
    ),
    (
        "A woman was shot on Wednesday morning. Council succumbed to her injuries.",
        1,
        "Council succumbed",
    ),
]


@pytest.mark.parametrize(("text", "killed", "quote"), ARTICLES)
def test_casualties_local_news_named_victim_dead(text: str, killed: int, quote: str) -> None:
    event = extract(text, published="2017-01-05").events[0]
    assert event.killed is not None and event.killed.value == killed
    assert event.killed.evidence is not None and event.killed.evidence.text == quote
    ev = event.killed.evidence
    assert text[ev.start : ev.end] == quote


def test_casualties_local_news_one_hurt_months_old() -> None:
    figures = wounded_ones("A 14-month old was shot by his brother.", story_died=False)
    assert [(f.value, f.evidence and f.evidence.text) for f in figures] == [
        (1, "A 14-month old was shot")
    ]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Cops: Loaded gun left on couch before 6-year-old shot, killed", 1, None),
        (
            "Deputies are investigating the shooting of a 15-year-old boy. The teen was flown to "
            "a local hospital.",
            None,
            1,
        ),
        (
            "Police said the 2-year-old shot himself in the stomach. Homicide detectives "
            "processed the scene for hours.",
            None,
            1,
        ),
    ],
)
def test_casualties_local_news_article_headlines(
    text: str, killed: int | None, injured: int | None
) -> None:
    event = extract(text, published="2017-01-05").events[0]
    assert (event.killed and event.killed.value, event.injured and event.injured.value) == (
        killed,
        injured,
    )


def test_casualties_local_news_attempted_murders_kill_no_one() -> None:
    text = "Six gang members were indicted for the attempted murders of five teenagers."
    assert not [f for f in find_figures(text) if f.kind == K.KILLED]


def test_casualties_local_news_a_fifth_victim_died_is_the_toll() -> None:
    text = (
        "Four women had been killed at the mall. A fifth victim, a man, was airlifted to "
        "Harborview Medical Center in very critical condition and succumbed to his injuries."
    )
    event = extract(text, published="2017-01-05").events[0]
    assert event.killed is not None and event.killed.value == 5


def test_casualties_local_news_someone_alive_in_a_story_of_a_death() -> None:
    """In a story that tells a death, "a man" hurt is often the one who died, unless the words
    say he lives ("non-life-threatening injuries")."""
    text = "In one case, a 17-year-old was taken to a hospital with non-life-threatening injuries."
    figures = wounded_ones(text, story_died=True)
    assert [f.value for f in figures] == [1]
    text = "In one case, a 17-year-old was taken to a hospital with serious injuries."
    assert not wounded_ones(text, story_died=True)


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Two people, a man and a woman, died.", 2),  # a count in words detailed after it
        ("Of the 10 people at the party, 3 were shot.", 3),  # a part of the count before
    ],
)
def test_casualties_local_news_no_headline_list_but_figures(sentence: str, total: int) -> None:
    assert max(f.value or 0 for f in find_figures(sentence)) == total


def test_casualties_local_news_shot_counts_hold_the_dead() -> None:
    text = "A man shot 2 men and a woman on Friday in Dayton, killing one of them."
    event = extract(text, published="2017-01-05").events[0]
    assert event.killed is not None and event.killed.value == 1
    assert event.injured is not None and event.injured.value == 2


def test_casualties_local_news_deaths_in_unrelated_incidents_are_no_toll() -> None:
    text = (
        "A 2-year-old was shot in Toledo on Saturday. According to a 2014 report, at least 100 "
        "children were killed in unintentional shootings in the United States in a year."
    )
    event = extract(text, published="2017-01-05").events[0]
    assert event.killed is None
    assert event.injured is not None and event.injured.value == 1


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("One shot, at least four dead in opening weekend incidents", Scope.AGGREGATE),
        ("At least four hunters died in unrelated incidents over the weekend.", Scope.AGGREGATE),
        ("Five people were killed in Monday's shootings at the mall.", Scope.INCIDENT),
    ],
)
def test_casualties_local_news_deaths_of_many_incidents(sentence: str, scope: Scope) -> None:
    killed = [f for f in find_figures(sentence) if f.kind == K.KILLED]
    assert killed and all(f.scope == scope for f in killed)


def test_casualties_local_news_shooting_deaths_of_a_count_read_once() -> None:
    figures = find_figures("A man was charged in the shooting deaths of two brothers.")
    assert [(f.kind, f.value) for f in figures if f.kind == K.KILLED] == [(K.KILLED, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Spirit called 911 from his home to say that he might hurt himself or others.",
        "Police said each victim suffered more than one gunshot wound.",
    ],
)
def test_casualties_local_news_no_one_hurt_by_a_fear_or_by_each(text: str) -> None:
    event = extract("A man was arrested after a shooting in Bell. " + text, published="2017-01-05")
    assert event.events[0].injured is None


def test_casualties_local_news_dead_sleep_is_no_death() -> None:
    """ "woke from a dead sleep" tells no death: the one shot stays hurt, not dead."""
    text = (
        "A security guard was shot outside a nightclub early Sunday, police said. A neighbor "
        "said the gunfire woke her out of a dead sleep."
    )
    event = extract(text, published="2017-01-05").events[0]
    assert event.killed is None or not event.killed.value
    assert event.injured is not None and event.injured.value == 1


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A car bomb exploded on Tuesday near a market frequently visited by shoppers in "
            "Kirkuk, killing five people.",
            5,
        ),
        ("FIVE PEOPLE WERE KILLED WHEN A BOMB EXPLODED IN SAN SALVADOR.", 5),
    ],
)
def test_casualties_local_news_leaves_wire_news_alone(text: str, killed: int) -> None:
    event = extract(text, published="2017-01-05").events[0]
    assert event.killed is not None and event.killed.value == killed
