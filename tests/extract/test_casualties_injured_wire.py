"""Injured counts in short incident summaries (issue 3): the hurt told without a count or with a
typo, or by their wounds, care or torture; those taken to hospital for shock alone, or told apart
from the hospitalised; a shot fired that hurt no one, and a fight the attack itself started."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.casualties import find_figures
from incidex.extract.casualty_wounds import wounded_ones
from incidex.schema import FigureKind, Qualifier, Who

K, Q = FigureKind, Qualifier


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # hurt, if not badly: one person hurt
        ("He was freed by neighbours and was not seriously injured.", "was not seriously injured"),
        ("The driver was not badly hurt in the crash.", "was not badly hurt"),
        # not hurt at all, or nobody hurt: no one
        ("The driver was not hurt.", None),
        ("No one was seriously injured in the blast.", None),
    ],
)
def test_casualties_not_seriously_hurt_is_one_hurt(sentence: str, quote: str | None) -> None:
    figures = wounded_ones(sentence, story_died=False)
    assert [f.evidence.text for f in figures if f.evidence] == ([quote] if quote else [])
    assert all((f.kind, f.value) == (K.INJURED, 1) for f in figures)


@pytest.mark.parametrize(
    ("sentence", "value", "quote"),
    [
        # a passive typed with the present tense
        ("Four border guards were slightly injures by the blast.", 4,
         "Four border guards were slightly injures"),
        ("Two firemen were injures when the roof fell.", 2, "Two firemen were injures"),
    ],
)  # fmt: skip
def test_casualties_a_passive_typed_in_the_present_is_read(
    sentence: str, value: int, quote: str
) -> None:
    figure = next(f for f in find_figures(sentence) if f.kind == K.INJURED)
    assert figure.value == value
    assert figure.evidence is not None and figure.evidence.text == quote


@pytest.mark.parametrize(
    ("sentence", "value", "quote"),
    [
        # a count told by its wounds or their care
        ("Three others suffered minor injuries in the blast.", 3,
         "Three others suffered minor injuries"),
        ("Two soldiers sustained serious wounds when the mine went off.", 2,
         "Two soldiers sustained serious wounds"),
        ("Four pilgrims were treated for burns.", 4, "Four pilgrims were treated for burns"),
        ("The mortar killed a farmer, and six villagers received shrapnel wounds.", 6,
         "six villagers received shrapnel wounds"),
        # deaths, or care for no wound: no one hurt
        ("Two guards suffered fatal wounds.", None, None),
        ("Five passengers were treated for shock.", None, None),
        ("He was taken to a hospital to be treated for minor injuries.", None, None),
    ],
)  # fmt: skip
def test_casualties_a_count_told_by_its_wounds_is_hurt(
    sentence: str, value: int | None, quote: str | None
) -> None:
    hurt = [f for f in find_figures(sentence) if f.kind == K.INJURED]
    assert [(f.value, f.evidence.text if f.evidence else None) for f in hurt] == (
        [(value, quote)] if quote else []
    )


@pytest.mark.parametrize(
    ("sentence", "kind", "value", "quote"),
    [
        # the tortured were hurt ...
        ("Two other hostages were tortured by the guards.", K.INJURED, 2,
         "Two other hostages were tortured"),
        ("Five prisoners were tortured and then released.", K.INJURED, 5,
         "Five prisoners were tortured"),
        # ... unless they were killed
        ("Three peasants were tortured and killed by the patrol.", K.KILLED, 3,
         "Three peasants were tortured and killed"),
        ("TWO STUDENTS WERE TORTURED TO DEATH.", K.KILLED, 2,
         "TWO STUDENTS WERE TORTURED TO DEATH"),
    ],
)  # fmt: skip
def test_casualties_the_tortured_are_hurt_unless_killed(
    sentence: str, kind: FigureKind, value: int, quote: str
) -> None:
    figures = [f for f in find_figures(sentence) if f.value]
    assert [(f.kind, f.value, f.evidence.text if f.evidence else None) for f in figures] == [
        (kind, value, quote)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Witnesses said a shot was fired at the consulate window.",
        "A single shot rang out near the embassy gate.",
        "A shot was apparently fired from a passing car.",
    ],
)
def test_casualties_a_shot_fired_hurts_no_one(sentence: str) -> None:
    assert [f for f in find_figures(sentence) if f.kind == K.INJURED and f.value] == []


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # treated for shock alone: no one hurt
        ("Firebombs were thrown at two houses in Lurgan on Friday night. An elderly woman was "
         "taken to hospital and treated for shock.", None),
        ("Firebombs were thrown at two houses in Lurgan on Friday night. An elderly woman was "
         "taken to hospital suffering from shock.", None),
        # ... unless the care was for wounds too
        ("Firebombs were thrown at two houses in Lurgan on Friday night. An elderly woman was "
         "taken to hospital and treated for shock and cuts.", 1),
        # hospitalised, named without a count: one hurt
        ("Masked men raided the village of Tel Rumeida on Friday. The village headman was "
         "hospitalized after he was badly beaten.", 1),
        # ... not the one who died there
        ("Masked men raided the village of Tel Rumeida on Friday. The village headman was "
         "hospitalized but died the next day.", None),
        # the hurt told right after the hospitalised as someone else: both
        ("Gunmen fired on a minibus near Tarsus on Friday. The two teachers were hospitalized; "
         "the minibus driver received minor injuries.", 3),
        ("Gunmen fired on a minibus near Tarsus on Friday. Two teachers were hospitalized. Three "
         "others were slightly hurt.", 5),
        # ... not the hospitalised counted among the hurt
        ("Gunmen fired on a minibus near Tarsus on Friday. Six people were injured; two were "
         "hospitalized.", 6),
        ("Gunmen fired on a minibus near Tarsus on Friday. Two teachers were hospitalized; the "
         "victims suffered cuts and bruises.", 2),
    ],
)  # fmt: skip
def test_casualties_hospital_care_tells_the_hurt(text: str, injured: int | None) -> None:
    event = extract(text, published="2024-03-09").events[0]
    assert (event.injured.value if event.injured else None) == injured


def test_casualties_a_fight_the_attack_started_keeps_its_victims() -> None:
    text = (
        "Insurgents attacked a police checkpoint outside Kunduz on Monday night. The ensuing "
        "gun battle lasted two hours, leaving four insurgents and three policemen wounded."
    )
    event = extract(text, published="2024-03-06").events[0]
    assert event.injured is not None and event.injured.value == 3
    assert event.injured.evidence is not None
    assert event.injured.evidence.text == "three policemen wounded"
    own = [f.value for f in event.casualties if f.kind == K.INJURED and f.who == Who.ATTACKERS]
    assert own == [4]


def test_casualties_a_fight_of_its_own_still_has_no_victims() -> None:
    text = "Four soldiers and six rebels were killed in clashes near Tarija on Monday."
    event = extract(text, published="2024-03-06").events[0]
    assert event.killed is None


@pytest.mark.parametrize(
    ("sentence", "kind", "low", "high", "quote"),
    [
        ("Estimates of the number of injuries range from 12 to 40 people.", K.INJURED, 12, 40,
         "number of injuries range from 12 to 40"),
        ("The number of dead varies between ten and twenty, officials said.", K.KILLED, 10, 20,
         "number of dead varies between ten and twenty"),
    ],
)  # fmt: skip
def test_casualties_a_toll_told_as_a_span_of_estimates_is_a_range(
    sentence: str, kind: FigureKind, low: int, high: int, quote: str
) -> None:
    figure = next(f for f in find_figures(sentence) if f.kind == kind)
    assert (figure.value, figure.low, figure.high, figure.qualifier) == (None, low, high, Q.RANGE)
    assert figure.evidence is not None and figure.evidence.text == quote


@pytest.mark.parametrize(
    ("text", "injured", "quote"),
    [
        ("A bomb went off beside the car of a prosecutor in Lecce on Monday. The prosecutor "
         "escaped with minor injuries.", 1, "The prosecutor escaped with minor injuries"),
        ("A bomb went off beside the car of a prosecutor in Lecce on Monday. The prosecutor "
         "escaped unhurt.", None, None),
    ],
)  # fmt: skip
def test_casualties_escaped_with_wounds_is_one_hurt(
    text: str, injured: int | None, quote: str | None
) -> None:
    event = extract(text, published="2024-03-05").events[0]
    assert (event.injured.value if event.injured else None) == injured
    if quote is not None:
        assert event.injured is not None and event.injured.evidence is not None
        assert event.injured.evidence.text == quote


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # misspelt in wire copy: still the hurt
        ("A grenade went off at a bus stop in Jaffna, killing one man; three others were "
         "injuried.", 3),
        ("Two rockets hit a school in Herat. One pupil died and five were wonded.", 5),
        # the hurt named after the verb, or beside a count: each one counted
        ("A bomb exploded under a truck near Jenin. Injured were the driver and a nurse.", 2),
        ("A bomb exploded under a truck near Jenin. The injured were Sgt Omar Haddad, Cpl Eli "
         "Ben Ami and a shepherd.", 3),
        ("A bomb exploded under a bus near Jenin. Four pupils, as well as the driver, were "
         "hurt.", 5),
        ("A bomb exploded under a bus near Jenin, injuring four pupils as well as the driver.", 5),
        # counted by an idiom
        ("A bomb exploded under a bus near Jenin, injuring half a dozen pupils.", 6),
        ("A bomb exploded under a bus near Jenin. A couple of nurses were hurt.", 2),
        # only some of the hurt: no count of them
        ("A bomb exploded under a bus near Jenin. Among the injured were two nurses.", None),
    ],
)  # fmt: skip
def test_casualties_wire_injured_misspelt_or_listed(text: str, injured: int | None) -> None:
    event = extract(text, published="2024-03-05").events[0]
    assert (event.injured.value if event.injured else None) == injured


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # fire that forced a way in is no one's wound, let alone a death
        ("Five gunmen shot their way into an embassy in Lagos and took 20 hostages; the "
         "ambassador died of a heart attack hours later.", None),
        ("Five gunmen shot their way into an embassy in Lagos; a guard was killed.", 1),
    ],
)  # fmt: skip
def test_casualties_shot_their_way_is_no_victim(text: str, killed: int | None) -> None:
    event = extract(text, published="2024-03-05").events[0]
    assert (event.killed.value if event.killed else None) == killed
