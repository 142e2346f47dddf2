"""Casualty figures of local shooting news: counts split between the dead and the hurt, the hurt
told by their wounds, hospital or condition, and video lists of other stories left out."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.casualties import find_figures, headline
from incidex.extract.casualty_headline import survivors
from incidex.extract.casualty_wounds import wounded_ones
from incidex.schema import Figure, FigureKind, Qualifier, Who

K, Q = FigureKind, Qualifier

# (sentence, kind, value, qualifier, evidence text) — the first figure of that kind must match
CASES = [
    (
        "Five men were shot outside a bar in Dayton late Friday, one fatally.",
        K.KILLED,
        1,
        Q.EXACT,
        "Five men were shot outside a bar in Dayton late Friday, one fatally",
    ),
    (
        "Five men were shot outside a bar in Dayton late Friday, one fatally.",
        K.INJURED,
        4,
        Q.EXACT,
        "Five men were shot outside a bar in Dayton late Friday, one fatally",
    ),
    (
        "Three teens were shot near a park on Sunday; one died at the hospital.",
        K.KILLED,
        1,
        Q.EXACT,
        "Three teens were shot near a park on Sunday; one died",
    ),
    (
        "The gunman fired into a crowded porch, killing a 40-year-old man and wounding the two "
        "others.",
        K.INJURED,
        2,
        Q.EXACT,
        "wounding the two others",
    ),
    (
        "A 12-year-old girl was grazed by a stray bullet while she slept.",
        K.INJURED,
        1,
        Q.EXACT,
        "A 12-year-old girl was grazed",
    ),
    (
        "The gunfire left a woman with non-life-threatening injuries.",
        K.INJURED,
        1,
        Q.EXACT,
        "left a woman with non-life-threatening injuries",
    ),
    (
        "Deputies found two men suffering from gunshot wounds in the driveway.",
        K.INJURED,
        2,
        Q.EXACT,
        "two men suffering from gunshot wounds",
    ),
    (
        "Officers arrived to find three gunshot victims inside the store.",
        K.INJURED,
        3,
        Q.EXACT,
        "three gunshot victims",
    ),
    (
        "Two victims, a 19-year-old woman and a 35-year-old man, died at the scene.",
        K.KILLED,
        2,
        Q.EXACT,
        "Two victims, a 19-year-old woman and a 35-year-old man, died",
    ),
    (
        "A third victim of the shooting at the bar has died, police said.",
        K.KILLED,
        3,
        Q.EXACT,
        "third victim of the shooting at the bar has died",
    ),
    ("5th victim dies after Tulsa shooting", K.KILLED, 5, Q.EXACT, "5th victim dies"),
    (
        "Three other men were rushed to area hospitals.",
        K.HOSPITALISED,
        3,
        Q.EXACT,
        "Three other men were rushed to area hospitals",
    ),
]


def _first(figures: list[Figure], kind: FigureKind) -> Figure:
    return next(f for f in figures if f.kind == kind)


@pytest.mark.parametrize(("sentence", "kind", "value", "qualifier", "quote"), CASES)
def test_casualties_local_sentence_table(
    sentence: str, kind: FigureKind, value: int, qualifier: Qualifier, quote: str
) -> None:
    figures = find_figures(sentence, offset=50)
    figure = _first(figures, kind)
    assert (figure.value, figure.qualifier) == (value, qualifier)
    assert figure.evidence is not None
    assert figure.evidence.text == quote
    assert sentence[figure.evidence.start - 50 : figure.evidence.end - 50] == quote


@pytest.mark.parametrize(
    "sentence",
    [
        "A man was in critical condition at the hospital, where he later died.",
        "The hospital said the man's condition was critical.",
        "The girl, who was grazed by a car mirror, sued the city.",
    ],
)
def test_casualties_local_no_injured(sentence: str) -> None:
    assert not [f for f in find_figures(sentence) if f.kind == K.INJURED and f.value]


def test_casualties_local_victims_among_shot_take_out_the_dead() -> None:
    sentence = "Officers found four gunshot victims in the house. One of them died."
    figures = find_figures(sentence)
    killed = headline(figures, K.KILLED, "latest")
    injured = survivors(headline(figures, K.INJURED, "latest"), killed)
    assert killed is not None and killed.value == 1
    assert injured is not None and injured.value == 3


# (sentence, whether the story tells a death, the evidence of the one hurt or None)
WOUNDED = [
    ("Her boyfriend is in critical condition at a Tulsa hospital.", True,
     "Her boyfriend is in critical condition"),
    ("A second man was listed in stable condition.", True,
     "A second man was listed in stable condition"),
    ("The couple's nephew remains in the hospital.", True,
     "The couple's nephew remains in the hospital"),
    ("A 9-year-old boy is fighting for his life.", False,
     "A 9-year-old boy is fighting for his life"),
    ("A woman riding in the back seat was struck in the arm by a stray bullet.", False,
     "A woman riding in the back seat was struck in the arm by a stray bullet"),
    ("The teenager was treated at a clinic and released.", False,
     "The teenager was treated at a clinic and released"),
    ("Ramos was taken to a trauma center with non-life-threatening injuries.", False,
     "Ramos was taken to a trauma center with non-life-threatening injuries"),
    # someone told of before may be the one who died
    ("The teenager was treated at a clinic and released.", True, None),
    ("He was in critical condition at the hospital.", True, None),
    ("A boy was in critical condition on Sunday.", True, None),
    ("A boy was also in critical condition on Sunday.", True,
     "A boy was also in critical condition"),
    ("She is still in the hospital.", False, None),
    # the state of the dead
    ("A man was in critical condition until he died on Sunday.", False, None),
    ("The girl was struck by a car on the way home.", False, None),
    ("The office of Acme Corp, in Dayton, was shot at by two men.", False, None),
    ("Others were wounded in the attack.", False, None),
    ("Neither the owner nor his wife were injured.", False, None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "story_died", "quote"), WOUNDED)
def test_casualties_local_one_hurt_by_the_state_told(
    sentence: str, story_died: bool, quote: str | None
) -> None:
    figures = wounded_ones(sentence, story_died)
    if quote is None:
        assert figures == []
        return
    assert len(figures) == 1
    figure = figures[0]
    assert (figure.kind, figure.value) == (K.INJURED, 1)
    assert figure.evidence is not None and figure.evidence.text == quote


@pytest.mark.parametrize(
    ("sentence", "injured"),
    [
        ("A man was shot and killed on the porch. Two others were shot and survived.", 2),
        ("A boy was shot and killed. Another boy, also 12, was shot in the hand.", 1),
        ("Three men were shot on the corner. One of them died at the scene.", 2),
        ("Police found three men suffering from gunshot wounds. One of them died.", 2),
        ("Four people suffered gunshot wounds at the party. One of them died.", 3),
        ("Two men sustained multiple stab wounds in the fight. One of them died.", 1),
        ("A man was shot and killed in the lot. A woman was also shot.", 1),
        ("The fourth victim of the shooting has died. A woman shot that night died Sunday.", 0),
    ],
)
def test_casualties_local_the_dead_leave_a_count_of_others_alone(
    sentence: str, injured: int
) -> None:
    figures = find_figures(sentence)
    killed = headline(figures, K.KILLED, "latest")
    hurt = survivors(headline(figures, K.INJURED, "latest"), killed)
    assert hurt is not None and hurt.value == injured


def test_casualties_local_last_age_of_a_list_is_no_count() -> None:
    sentence = "Ana Ruiz, 19, Lee Park, 33 and Sam Cole, 41 were rushed to a nearby hospital."
    figures = [f for f in find_figures(sentence) if f.value]
    assert [(f.kind, f.value) for f in figures] == [(K.INJURED, 3)]


def test_casualties_local_list_taken_to_hospital_where_they_died_is_not_hurt() -> None:
    sentence = "Ana Ruiz and Lee Park were taken to the hospital, where they died."
    assert not [f for f in find_figures(sentence) if f.kind == K.INJURED]


@pytest.mark.parametrize(
    "sentence",
    [
        "Deputies said it was a murder-suicide.",
        "The father shot his two sons before he turned the gun on himself.",
        "She took her own life after the shooting.",
    ],
)
def test_casualties_local_the_killer_dead_by_his_own_hand(sentence: str) -> None:
    own = [f for f in find_figures(sentence) if f.kind == K.KILLED and f.who == Who.ATTACKERS]
    assert [f.value for f in own] == [1]


def test_casualties_local_attempted_murder_suicide_kills_no_one() -> None:
    assert not find_figures("Police called it an attempted murder-suicide.")


def test_casualties_local_each_clause_of_a_headline_names_its_victim() -> None:
    from incidex.extract.analysis import Sentence
    from incidex.extract.casualty_victims import headline_victims

    text = "Father injured, toddler killed in Dayton shooting"
    figures = headline_victims(Sentence(start=0, end=len(text), text=text), [], died=True)
    assert [(f.kind, f.value, f.evidence and f.evidence.text) for f in figures] == [
        (K.INJURED, 1, "Father injured"),
        (K.KILLED, 1, "toddler killed"),
    ]


def test_casualties_upper_case_wire_keeps_the_one_wounded() -> None:
    """In upper-case wire text "HAD BEEN SHOT" is no count of people shot that holds the dead: the
    wounded candidate stays one injured (the count-of-shot rule is for lower and title case)."""
    text = (
        "BOGOTA, 26 APR 90 (AFP) -- [TEXT] CARLOS RUIZ, A PRESIDENTIAL CANDIDATE, WAS SHOT "
        "THURSDAY ABOARD A PASSENGER PLANE, AIRPORT OFFICIALS REPORTED. THE CONTROL TOWER "
        "RECEIVED A MESSAGE FROM A PILOT SAYING MR. RUIZ HAD BEEN SHOT BY A PASSENGER. RUIZ WAS "
        "SERIOUSLY WOUNDED AND HIS ASSAILANT WAS KILLED."
    )
    event = extract(text, published="1990-04-26").events[0]
    assert event.injured is not None and event.injured.value == 1
