"""Casualty figures, sentence by sentence: value, qualifier, bounds, whom, and the evidence."""

from __future__ import annotations

import pytest

from incidex.extract.casualties import find_figures, headline
from incidex.schema import Figure, FigureKind, Qualifier, Scope, Who

K, Q = FigureKind, Qualifier

# (sentence, kind, value, qualifier, evidence text) — the first figure of that kind must match
CASES = [
    (
        "Two explosions left at least 103 people killed and 211 injured in Kerman.",
        K.KILLED,
        103,
        Q.AT_LEAST,
        "left at least 103 people killed",
    ),
    (
        "Two explosions left at least 103 people killed and 211 injured in Kerman.",
        K.INJURED,
        211,
        Q.AT_LEAST,
        "211 injured",
    ),
    ("Gunmen opened fire on the bus, killing three.", K.KILLED, 3, Q.EXACT, "killing three"),
    ("Three people were killed in the raid.", K.KILLED, 3, Q.EXACT, "Three people were killed"),
    ("The death toll rose to 40 on Friday.", K.KILLED, 40, Q.EXACT, "death toll rose to 40"),
    ("The blast killed 12 and wounded 30.", K.INJURED, 30, Q.EXACT, "wounded 30"),
    ("A policeman was killed near the gate.", K.KILLED, 1, Q.EXACT, "A policeman was killed"),
    ("Fifteen villagers died in the fire.", K.KILLED, 15, Q.EXACT, "Fifteen villagers died"),
    ("Twenty-one people were wounded.", K.INJURED, 21, Q.EXACT, "Twenty-one people were wounded"),
    (
        "A dozen students were abducted from the dormitory.",
        K.KIDNAPPED,
        12,
        Q.EXACT,
        "A dozen students were abducted",
    ),
    ("Two dozen people were hurt.", K.INJURED, 24, Q.EXACT, "Two dozen people were hurt"),
    (
        "More than 1,200 people have been injured.",
        K.INJURED,
        1200,
        Q.MORE_THAN,
        "More than 1,200 people have been injured",
    ),
    ("Nearly 50 people were killed.", K.KILLED, 50, Q.ABOUT, "Nearly 50 people were killed"),
    ("Up to 30 people are missing.", K.MISSING, 30, Q.AT_MOST, "Up to 30 people are missing"),
    ("Police arrested 14 people after the riot.", K.ARRESTED, 14, Q.EXACT, "arrested 14 people"),
    ("The attack left 3 dead.", K.KILLED, 3, Q.EXACT, "left 3 dead"),
    ("A bomb killed a general at the base.", K.KILLED, 1, Q.EXACT, "killed a general"),
]


def _first(figures: list[Figure], kind: FigureKind) -> Figure:
    return next(f for f in figures if f.kind == kind)


@pytest.mark.parametrize(("sentence", "kind", "value", "qualifier", "quote"), CASES)
def test_casualties_sentence_table(
    sentence: str, kind: FigureKind, value: int, qualifier: Qualifier, quote: str
) -> None:
    figures = find_figures(sentence, offset=100)
    figure = _first(figures, kind)
    assert (figure.value, figure.qualifier) == (value, qualifier)
    assert figure.evidence is not None
    assert figure.evidence.text == quote
    assert sentence[figure.evidence.start - 100 : figure.evidence.end - 100] == quote


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        ("Gunmen raided the village, killing five, including two children.", K.KILLED, 5),
        ("Five people, including two children, were killed.", K.KILLED, 5),
        ("Another twenty including three policemen were also wounded.", K.INJURED, 20),
    ],
)
def test_casualties_parts_named_with_including_are_not_added(
    sentence: str, kind: FigureKind, value: int
) -> None:
    figures = find_figures(sentence)
    assert [f.value for f in figures if f.kind == kind] == [value]


def test_casualties_parts_sum_to_a_total_that_heads_the_list() -> None:
    figures = find_figures("12 soldiers and 3 civilians were killed in the ambush.")
    killed = [f for f in figures if f.kind == K.KILLED]
    assert [f.value for f in killed] == [15, 12, 3]
    assert [f.who for f in killed[1:]] == [Who.SECURITY_FORCES, Who.CIVILIANS]
    assert headline(figures, K.KILLED, "latest") == killed[0]
    assert headline(figures, K.KILLED, "conservative") == killed[0]  # parts are not candidates


def test_casualties_vague_quantity_has_a_low_bound_and_no_value() -> None:
    figure = _first(find_figures("Dozens of protesters were injured."), K.INJURED)
    assert (figure.value, figure.low, figure.qualifier) == (None, 24, Q.VAGUE)


def test_casualties_range_between() -> None:
    figure = _first(find_figures("Between 10 and 15 people were wounded."), K.INJURED)
    assert (figure.value, figure.low, figure.high, figure.qualifier) == (None, 10, 15, Q.RANGE)


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("No one was hurt in the blast.", {K.INJURED}),
        ("There were no casualties.", {K.KILLED, K.INJURED}),
        ("Nobody was killed.", {K.KILLED}),
    ],
)
def test_casualties_explicit_zero(sentence: str, kinds: set[FigureKind]) -> None:
    figures = find_figures(sentence)
    assert {f.kind for f in figures if f.value == 0} == kinds


def test_casualties_attackers_kept_apart_from_the_headline() -> None:
    figures = find_figures("Four people were killed. The gunman was also killed.")
    attackers = [f for f in figures if f.who == Who.ATTACKERS]
    assert [f.value for f in attackers] == [1]
    assert headline(figures, K.KILLED, "latest") is not None
    assert headline(figures, K.KILLED, "latest").value == 4  # type: ignore[union-attr]


def test_casualties_shot_one_fatally_splits_killed_and_injured() -> None:
    figures = find_figures("Two men were shot, one fatally, Saturday night.")
    assert {(f.kind, f.value) for f in figures} == {(K.KILLED, 1), (K.INJURED, 1)}


def test_casualties_cumulative_toll_never_heads() -> None:
    figures = find_figures("The toll since October has reached 35,000.")
    assert [f.scope for f in figures] == [Scope.CUMULATIVE]
    assert headline(figures, K.KILLED, "latest") is None


def test_casualties_headline_policies_choose_among_revisions() -> None:
    figures = find_figures("Police said 20 people were killed.") + find_figures(
        "The death toll later rose to 26.", offset=40
    )
    assert headline(figures, K.KILLED, "latest").value == 26  # type: ignore[union-attr]
    assert headline(figures, K.KILLED, "conservative").value == 20  # type: ignore[union-attr]
    assert headline(figures, K.KILLED, "highest").value == 26  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "sentence",
    [
        "Joey Maddox, 19, asked to see the gun.",
        "The bomb went off 2 km from the base.",
        "In 2019 the town held elections.",
        "A car bomb exploded outside the ministry.",
    ],
)
def test_casualties_not_a_figure(sentence: str) -> None:
    assert find_figures(sentence) == []
