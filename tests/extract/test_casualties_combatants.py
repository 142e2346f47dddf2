"""Casualty readings of wire reports: supposed harm, numbers that name, tolls of several events,
victims named by a possessive, and combatants fallen in a fight (no victims' headline)."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.casualties import find_figures, headline
from incidex.schema import FigureKind, Qualifier, Scope, Who

K, Q = FigureKind, Qualifier


@pytest.mark.parametrize(
    "sentence",
    [
        "Had the fuse worked, the bomb would have killed at least 300 people.",
        "The guards said it would be a disaster if one were killed.",
        "The kidnappers threatened to kill 4 hostages.",
        "A camera operator for Channel 9 News was killed.",  # "Channel 9" names
        "THE RAID CAUSED AN UNDETERMINED NUMBER OF DEATHS.",
    ],
)
def test_casualties_supposed_harm_and_names_count_nobody(sentence: str) -> None:
    assert [f for f in find_figures(sentence) if f.value] == []


# (sentence, kind, value, qualifier, who, evidence text)
READINGS = [
    ("A taxi driver was shot and later died in hospital.", K.KILLED, 1, Q.EXACT, Who.UNKNOWN,
     "A taxi driver was shot and later died"),
    ("Two judges were assassinated in Cali.", K.KILLED, 2, Q.EXACT, Who.UNKNOWN,
     "Two judges were assassinated"),
    ("Three farmers were decapitated by the gang.", K.KILLED, 3, Q.EXACT, Who.CIVILIANS,
     "Three farmers were decapitated"),
    ("Carlos Reyes' death was confirmed by the hospital.", K.KILLED, 1, Q.EXACT, Who.UNKNOWN,
     "Reyes' death"),
    ("The blast took the life of a local councillor.", K.KILLED, 1, Q.EXACT, Who.UNKNOWN,
     "took the life of"),
    ("Police found the woman's body near the river.", K.KILLED, 1, Q.EXACT, Who.UNKNOWN,
     "found the woman's body"),
    ("Nine tourists, four of them from Spain, were killed.", K.KILLED, 9, Q.EXACT, Who.UNKNOWN,
     "Nine tourists, four of them from Spain, were killed"),
    ("THE MASTERMINDS OF THE FOUR NUNS'\nMURDER WERE NEVER FOUND.", K.KILLED, 4, Q.EXACT,
     Who.UNKNOWN, "FOUR NUNS'\nMURDER"),
    # a doubt about who did it, or a likeness, is no supposed harm
    ("Police said the three guards could have been killed by their own colleagues.", K.KILLED,
     3, Q.EXACT, Who.SECURITY_FORCES, "three guards could have been killed"),
    ("The raid was similar to the massacre of 12 farmers in May.", K.KILLED, 12, Q.EXACT,
     Who.CIVILIANS, "the massacre of 12 farmers"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "kind", "expected", "quote"), [
    (sentence, kind, (value, qualifier, who), quote)
    for sentence, kind, value, qualifier, who, quote in READINGS
])  # fmt: skip
def test_casualties_wire_phrasings(
    sentence: str, kind: FigureKind, expected: tuple[int, Qualifier, Who], quote: str
) -> None:
    figures = find_figures(sentence, offset=5)
    figure = next(f for f in figures if f.kind == kind)
    assert (figure.value, figure.qualifier, figure.who) == expected
    assert figure.evidence is not None and figure.evidence.text == quote
    assert sentence[figure.evidence.start - 5 : figure.evidence.end - 5] == quote


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Several clashes across the province left 14 dead.", Scope.AGGREGATE),
        ("Attacks in four districts killed 9 people on Sunday.", Scope.AGGREGATE),
        ("During 12 years of war more than 5,000 people died.", Scope.CUMULATIVE),
    ],
)
def test_casualties_tolls_of_several_events_never_head(sentence: str, scope: Scope) -> None:
    figures = find_figures(sentence)
    assert {f.scope for f in figures if f.kind == K.KILLED} == {scope}
    assert headline(figures, K.KILLED, "latest") is None


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # soldiers fallen in a fight are combatants, not the victims a headline counts
        ("Four soldiers were killed in fierce fighting with rebels near Tarija on Monday.", None),
        # civilians caught in it are victims
        ("Three villagers were killed in the clashes between troops and rebels near Tarija on "
         "Monday.", 3),
        # soldiers killed in an attack, not a fight, are its victims
        ("Rebels ambushed an army patrol near Tarija on Monday, killing four soldiers.", 4),
    ],
)  # fmt: skip
def test_casualties_combatants_fallen_in_a_fight_are_no_victims(
    text: str, killed: int | None
) -> None:
    event = extract(text, published="2024-03-06").events[0]
    assert (event.killed.value if event.killed else None) == killed


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # a scuffle with suspects is no fight between armed sides: the police hurt are victims
        ("Police caught two men breaking into a depot in Tarija on Monday. In the confrontation "
         "with the police, the suspects threw bleach at them, injuring four officers.", 4),
        # police hurt in a clash with rebels stay combatants
        ("Four policemen were wounded in a clash with rebels near Tarija on Monday.", None),
        # soldiers hurt in a fight stay combatants, an armed group named or not
        ("Four soldiers were wounded in fierce fighting near Tarija on Monday.", None),
    ],
)  # fmt: skip
def test_casualties_police_hurt_in_a_one_sided_confrontation_are_victims(
    text: str, injured: int | None
) -> None:
    event = extract(text, published="2024-03-06").events[0]
    assert (event.injured.value if event.injured else None) == injured


def test_casualties_an_armed_groups_dead_in_its_own_attack_are_its_attackers() -> None:
    text = (
        "Militants attacked a police post in Baqubah on Monday. Three policemen were wounded "
        "and two militants were killed."
    )
    event = extract(text, published="2024-03-06").events[0]
    own = [f for f in event.casualties if f.kind == K.KILLED and f.who == Who.ATTACKERS]
    assert [f.value for f in own] == [2]
    assert event.killed is None
    assert event.injured is not None and event.injured.value == 3


@pytest.mark.parametrize(
    ("text", "killed", "quote"),
    [
        # a title makes one person of a name the lower-cased wire text leaves plural-tagged
        ("THE GOVERNMENT STRONGLY CONDEMNS THE COWARDLY MURDER OF MS ANA DELIA PORRAS, CARRIED "
         "OUT THIS MORNING BY URBAN TERRORISTS IN SANTA TECLA AS SHE WAS ON HER WAY TO WORK.", 1,
         "MURDER OF MS ANA DELIA PORRAS"),
        # the parse's conjuncts outrank a reading of the last of them alone
        ("An aide to the governor, Omar Haddad, and a driver, Sami Nour, were assassinated by "
         "gunmen in Basra on Monday.", 2,
         "An aide to the governor, Omar Haddad, and a driver, Sami Nour, were assassinated"),
        # "an official" describes someone named before the plural verb: the parse's subjects
        ("Omar Hadi Salman and his brother, the nephews of Ali Karim Salman, an official of the "
         "provincial council in Diyala, were killed by gunmen who fired on their car in Baqubah.",
         2, "Omar Hadi Salman and his brother, the nephews of Ali Karim Salman, an official of the "
         "provincial council in Diyala, were killed"),
        # wounded, then dead
        ("A shopkeeper was shot and later died in hospital after gunmen robbed his store in "
         "Lagos on Sunday.", 1, "A shopkeeper was shot and later died"),
    ],
)  # fmt: skip
def test_casualties_victims_named_in_wire_reports(text: str, killed: int, quote: str) -> None:
    event = extract(text, published="2024-03-06").events[0]
    assert event.killed is not None and event.killed.value == killed
    assert event.killed.evidence is not None and event.killed.evidence.text == quote
    ev = event.killed.evidence
    assert text[ev.start : ev.end] == ev.text


def test_casualties_a_count_of_casualties_is_neither_dead_nor_hurt() -> None:
    figures = find_figures("The rebels said they inflicted 10 casualties on the army.")
    assert [f for f in figures if f.value] == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Masked men kidnapped four teachers from a school in Mosul on Monday. Their bodies were "
         "found two days later near the river.", 4),
        ("Three traders were kidnapped and killed by gunmen near Tikrit on Monday.", 3),
        ("Gunmen kidnapped two engineers in Kirkuk on Monday. Their families paid a ransom.",
         None),
    ],
)  # fmt: skip
def test_casualties_the_taken_found_dead_are_killed(text: str, killed: int | None) -> None:
    event = extract(text, published="2024-03-06").events[0]
    assert (event.killed.value if event.killed else None) == killed
    if event.killed is not None and event.killed.evidence is not None:
        ev = event.killed.evidence
        assert text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize(
    ("sentence", "kind", "value", "who"),
    [
        ("Gunmen opened fire on three guards at the depot in Mosul, killing them.", K.KILLED, 3,
         Who.SECURITY_FORCES),
        ("Gunmen fired at a bus near the market on Monday, wounding both.", K.INJURED, 2,
         Who.UNKNOWN),
    ],
)  # fmt: skip
def test_casualties_harm_told_by_a_pronoun(
    sentence: str, kind: FigureKind, value: int, who: Who
) -> None:
    figures = [f for f in find_figures(sentence) if f.kind == kind]
    assert [(f.value, f.who) for f in figures] == [(value, who)]


@pytest.mark.parametrize(
    "text",
    [
        "Omar Saleh, a local judge, was found shot to death near the bridge in Kirkuk.",
        # a story that calls the shooting an assassination tells a death
        "A party official, Omar Saleh, was shot when his house in Kirkuk was attacked on Monday. "
        "His assassination is believed to be linked to his views.",
    ],
)
def test_casualties_a_victim_shot_dead_without_a_count(text: str) -> None:
    event = extract(text, published="2024-03-06").events[0]
    assert event.killed is not None and event.killed.value == 1
    assert event.injured is None
