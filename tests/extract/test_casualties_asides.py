"""Casualties of another event told in the same story: an aside opened by "In related
developments", "In another incident" or "Elsewhere", a victim killed "in a separate attack", an
"also" paragraphs away in a quoted recording; and a relative clause that is no list of victims.
Upper-case wire text, with the same phrasings in ordinary text."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.casualties import find_figures
from incidex.extract.casualty_aside import asides
from incidex.schema import EventMention, FigureKind, Role

K = FigureKind


def _main(text: str, published: str = "1990-01-05") -> EventMention:
    report = extract(text, published=published)
    return next(e for e in report.events if e.role == Role.MAIN)


def _value(figure: object) -> int | None:
    return getattr(figure, "value", None)


# (article, killed): an aside's dead are not the main event's toll
ASIDES = [
    ("LIMA, 14 MAY 89 (EFE) -- [TEXT] A CAR BOMB EXPLODED SOME 300 METERS FROM GOVERNMENT\n"
     "HOUSE. NO INJURIES WERE REPORTED.\n\n"
     "   IN RELATED DEVELOPMENTS, THREE DEPARTMENTS RETURNED TO NORMAL TODAY AFTER A 72-HOUR\n"
     "\"ARMED STRIKE\" CALLED BY THE SHINING PATH.\n\n"
     "   ONE ARMY OFFICER AND A CIVILIAN DIED, 5 POLICEMEN WERE INJURED DURING THE STRIKE.",
     None),
    ("BOGOTA, 3 MAR 90 -- [TEXT] GUNMEN KILLED A JUDGE IN MEDELLIN TODAY.\n\n"
     "   IN ANOTHER INCIDENT, SIX PEASANTS WERE KILLED BY A DEATH SQUAD IN URABA.",
     1),
    ("Gunmen killed a policeman in Peshawar on Monday.\n"
     "Elsewhere, four people were killed when a bomb exploded in Quetta.",
     1),
    ("Gunmen killed a policeman in Peshawar. Another officer was also killed in a separate attack "
     "in Quetta.",
     1),
    # a revised toll is the event's own, whatever opens its sentence
    ("A bomb killed three people in Baghdad on Monday.\n"
     "In related developments, the death toll from the blast rose to five, police said.",
     5),
    # arrests stay: the suspects of the event itself are often told apart
    ("LIMA, 14 MAY 89 -- [TEXT] A CAR BOMB KILLED TWO POLICEMEN IN LIMA TODAY.\n\n"
     "   IN RELATED DEVELOPMENTS, THE POLICE ARRESTED 10 PEOPLE SUSPECTED OF THE ATTACK.",
     2),
    ("A car bomb exploded on Tuesday near a market frequently visited by shoppers in Kirkuk, "
     "killing five people.",
     5),
]  # fmt: skip


# (article, killed, injured): a relative clause on another event tells that event's victims
OTHER_EVENT_CLAUSES = [
    ("A parcel bomb went off in the tax office in Izmir, breaking windows; no one was hurt. A "
     "caller claimed this blast and another against a courthouse that injured six people.",
     None, 0),
    ("Police said the device resembled another which killed two guards at a depot last spring. "
     "It wounded three clerks in the post office in Adana.",
     None, 3),
    ("Settlers smashed the windows of twenty shops in Hebron. A settler group said it acted in "
     "revenge for the shooting in which a rabbi was killed near Kiryat Arba.",
     None, None),
    # the clause ends at its comma: the sentence's own victims stay
    ("In retaliation for the raid that killed a commander, militants shelled the town of Zaranj, "
     "killing four villagers.",
     4, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "killed", "injured"), OTHER_EVENT_CLAUSES)
def test_casualties_relative_clause_on_another_event(
    text: str, killed: int | None, injured: int | None
) -> None:
    event = _main(text)
    assert (_value(event.killed), _value(event.injured)) == (killed, injured)


@pytest.mark.parametrize(("text", "killed"), ASIDES)
def test_casualties_aside_is_another_event(text: str, killed: int | None) -> None:
    assert _value(_main(text).killed) == killed


# (article, killed): "also" adds victims in the same or the next sentence, not paragraphs away
ALSO = [
    ("LIMA, 11 JAN 90 -- [TEXT] THE MRTA TODAY CLAIMED RESPONSIBILITY FOR THE MURDER OF FORMER\n"
     "DEFENSE MINISTER ENRIQUE LOPEZ ALBUJAR.\n\n"
     "   GENERAL DIAZ SALVADOR HAS CONFIRMED THE EXISTENCE OF THE LEAFLETS.  HE SAID THE\n"
     "CASE IS STILL BEING INVESTIGATED.\n\n"
     "   [BEGIN RECORDING] [DIAZ SALVADOR] WELL, THERE ARE TWO OPERATIONS.  THE FIRST IS A\n"
     "DRAGNET.  THE SECOND IS MORE SPECIFIC.\n\n"
     "   [DIAZ SALVADOR] WE WILL SOLVE THE MURDER OF THE GENERAL AND ALSO THE KILLING OF\n"
     "A PATROLMAN IN COLD BLOOD.",
     1),
    ("A student was killed in the blast in Kabul on Monday. Two policemen were also killed.", 3),
    ("A student was killed in the blast in Kabul on Monday.\n\n"
     "Two policemen were also killed, police said.", 3),
]  # fmt: skip


@pytest.mark.parametrize(("text", "killed"), ALSO)
def test_casualties_also_adds_only_nearby(text: str, killed: int) -> None:
    assert _value(_main(text).killed) == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "THE PROBE WILL CLEAR UP A CRIME AND THE DEATHS OF TWO PATROLMEN WHO WERE MURDERED.",
        "The priest and the nun who were murdered were buried today.",
    ],
)
def test_casualties_relative_clause_is_no_list(sentence: str) -> None:
    values = [f.value for f in find_figures(sentence) if f.kind == K.KILLED]
    assert 3 not in values


# (sentence, killed): a count followed by parts that do not make it is a series, not its parts
SERIES = [
    ("THEY DEMANDED TO CLARIFY THE MURDER OF THE SIX JESUITS, A WOMAN, AND HER DAUGHTER.", 8),
    ("GUERRILLAS KILLED TWO SOLDIERS, A SERGEANT AND A PRIVATE, IN MORAZAN.", 2),
]


@pytest.mark.parametrize(("sentence", "killed"), SERIES)
def test_casualties_count_and_more_victims_named(sentence: str, killed: int) -> None:
    values = [f.value for f in find_figures(sentence) if f.kind == K.KILLED]
    assert killed in values and max(v or 0 for v in values) == killed


@pytest.mark.parametrize(
    ("text", "shouting", "told"),
    [
        ("A BOMB KILLED TWO.\n\n   IN ANOTHER INCIDENT, SIX PEASANTS WERE KILLED.\n\n"
         "   THE ARMY SAID SO.\n\n   THE BOMB WAS LEFT IN A CAR.", True,
         "IN ANOTHER INCIDENT, SIX PEASANTS WERE KILLED.\n\n   THE ARMY SAID SO."),
        ("A bomb killed two in Lahore.\nElsewhere, six people were hurt.", False,
         "Elsewhere, six people were hurt."),
        # "meanwhile" as often goes on with the event itself
        ("A bomb killed two.\nMeanwhile, the bodyguard of the mayor was killed.", False, None),
    ],
)  # fmt: skip
def test_casualties_aside_spans(text: str, shouting: bool, told: str | None) -> None:
    spans = asides(text, shouting)
    assert [text[a:b] for a, b in spans] == ([told] if told else [])


# (article, killed): "was gunned down" in the singular is one person dead, whoever the parse finds
GUNNED = [
    ("BOGOTA, 1 AUG 89 -- [TEXT] POLICE SOURCES REPORTED THAT JUDGE CARLOS ROMERO, FORMER\n"
     "AMBASSADOR TO SPAIN, WAS GUNNED\nDOWN BY UNIDENTIFIED PERSONS IN MEDELLIN TODAY.", 1),
    ("Police said a judge was gunned down outside his home in Peshawar on Monday.", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "killed"), GUNNED)
def test_casualties_gunned_down_singular(text: str, killed: int) -> None:
    assert _value(_main(text, "1989-08-01").killed) == killed
