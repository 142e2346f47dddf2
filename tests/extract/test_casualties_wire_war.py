"""Casualty readings of upper-case wire reports of a war (radio and teleprinter transcripts):
soldiers' tolls are the fighting's, a killing dated long before is another event's, and victims
named with a title or a singular verb are one each; with the same phrasings in ordinary text."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.casualties import find_figures
from incidex.schema import EventMention, FigureKind, Qualifier, Role, Who

from .figure_checks import check_figure

K, Q = FigureKind, Qualifier


def _main(text: str, published: str = "1990-01-05") -> EventMention:
    report = extract(text, published=published)
    return next(e for e in report.events if e.role == Role.MAIN)


# (sentence, value, quote): one death stated without a count of the dead
ONE_DEATH = [
    ("THEIR ACTION CAUSED ONE UNFORTUNATE DEATH, INJURIES, AND DAMAGE.", 1,
     "CAUSED ONE UNFORTUNATE DEATH"),
    ("The fire, set by rioters, caused a death in the old town.", 1, "caused a death"),
    ("THE BLAST RESULTED IN ONE DEATH.", 1, "RESULTED IN ONE DEATH"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "quote"), ONE_DEATH)
def test_casualties_caused_one_death_is_one_killed(sentence: str, value: int, quote: str) -> None:
    figure = next(f for f in find_figures(sentence, offset=3) if f.kind == K.KILLED)
    check_figure(figure, sentence, 3, (value, None, None, Q.EXACT, Who.UNKNOWN), quote)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor received a death threat on Monday.",
        "THE REBELS ACCUSED A DEATH SQUAD OF THE ATTACK.",
        "THOSE ATTACKS HAVE TAKEN THE LIFE OF MANY INNOCENT COLOMBIANS.",  # vague, many events
    ],
)
def test_casualties_death_words_that_count_no_one(sentence: str) -> None:
    assert [f for f in find_figures(sentence) if f.kind == K.KILLED and f.value] == []


# (upper-case article, killed, injured): soldiers' tolls in a war story are the fighting's
WAR = [
    ("SAN SALVADOR, 1 MAY 90 (AFP) -- SALVADORAN GUERRILLA GROUPS LAUNCHED SEVERAL ATTACKS ON THE\n"
     "CAPITAL TONIGHT, CAUSING BLACKOUTS.  EARLY THIS MORNING, GUERRILLA COLUMNS ATTACKED THE 1ST\n"
     "INFANTRY BRIGADE'S POSITIONS IN MARIONA, KILLING ONE SOLDIER AND WOUNDING ANOTHER.",
     None, None),
    ("SAN SALVADOR, 9 OCT 89 (AFP) -- SEVERAL ARMED CLASHES TOOK PLACE IN THE COUNTRY YESTERDAY,\n"
     "A GOVERNMENT REPORT SAID TODAY.  THE ARMED FORCES PRESS COMMITTEE SAID THAT AT LEAST FOUR\n"
     "SOLDIERS WERE KILLED AND EIGHT WERE WOUNDED WHEN THE REBELS AMBUSHED A MILITARY TRUCK.",
     None, None),
    # the police are the targets of the attacks, not a side's fighters
    ("SAN SALVADOR, 2 MAY 90 (NOTIMEX) -- A GROUP OF REBELS THIS MORNING STAGED AN ARMED\n"
     "ATTACK ON THE RESIDENCE OF THE PRESIDENT. TWO POLICEMEN WERE KILLED AND AN ARMY CAPTAIN WAS\n"
     "WOUNDED.",
     2, None),
    # the lead's news is the soldiers' toll: they are the victims of the ambush
    ("LIMA, 8 MAR 90 -- A GROUP OF SUBVERSIVES YESTERDAY AMBUSHED A MILITARY PATROL NEAR HUANTA,\n"
     "KILLING THREE SOLDIERS.  FOUR OTHER SOLDIERS WERE WOUNDED.", 3, 4),
]  # fmt: skip


@pytest.mark.parametrize(("text", "killed", "injured"), WAR)
def test_casualties_soldiers_toll_in_a_war_story_is_no_headline(
    text: str, killed: int | None, injured: int | None
) -> None:
    event = _main(text)
    assert (event.killed and event.killed.value) == killed
    assert (event.injured and event.injured.value) == injured
    fallen = [f for f in event.casualties if f.who == Who.SECURITY_FORCES]
    assert fallen  # kept among the figures (the headline or not), with their evidence
    assert all(f.evidence and text[f.evidence.start : f.evidence.end] == f.evidence.text
               for f in fallen)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Militants attacked an army post in the north on Tuesday, killing 15 soldiers.", 15),
        ("A car bomb exploded on Tuesday near a market frequently visited by shoppers in Kirkuk, "
         "killing five people.", 5),
    ],
)  # fmt: skip
def test_casualties_soldiers_toll_in_ordinary_news_still_heads(text: str, killed: int) -> None:
    event = _main(text, published="2024-03-06")
    assert event.killed is not None and event.killed.value == killed


# (upper-case article, killed, evidence): one victim, named with a title or a singular verb
NAMED = [
    ("LIMA, 30 MAR 89 -- A CARGO TRAIN WAS DERAILED BEFORE DAWN TODAY AFTER HITTING A DYNAMITE\n"
     "CHARGE.  INSPECTOR EULOGIO FLORES DIED IN THE EXPLOSION.", "INSPECTOR EULOGIO FLORES DIED"),
    ("MARTA LUZ LOPEZ, MANAGER OF EL ESPECTADOR IN MEDELLIN, WAS KILLED BY MOTORCYCLE-RIDING\n"
     "GUNMEN AT NOON TODAY.",
     "MARTA LUZ LOPEZ, MANAGER OF EL ESPECTADOR IN MEDELLIN, WAS KILLED"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote"), NAMED)
def test_casualties_named_victim_in_upper_case_is_one_killed(text: str, quote: str) -> None:
    event = _main(text, published="1989-10-10")
    assert event.killed is not None and event.killed.value == 1
    ev = event.killed.evidence
    assert ev is not None and ev.text == quote and text[ev.start : ev.end] == quote


def test_casualties_nobody_hurt_in_upper_case_stays_zero() -> None:
    text = "LIMA, 3 MAY 89 -- A BOMB EXPLODED AT A BANK IN DOWNTOWN LIMA TODAY. NO ONE WAS INJURED."
    event = _main(text, published="1989-05-03")
    assert event.injured is not None and event.injured.value == 0


@pytest.mark.parametrize(
    "text",
    [
        "BOGOTA, 3 APR 90 (EFE) -- SENATOR FEDERICO ESTRADA VELEZ WAS KIDNAPPED BY UNIDENTIFIED\n"
        "INDIVIDUALS IN MEDELLIN TODAY.  HE WAS SEIZED IN THE SAME PLACE WHERE THE POLICE CHIEF\n"
        "WAS KILLED LAST YEAR.  COLONEL FRANKLIN QUINTERO WAS ASSASSINATED ON 18 AUGUST 1989 IN\n"
        "MEDELLIN.",
        "Gunmen kidnapped a senator in Medellin on Tuesday. Colonel Franklin Quintero was "
        "assassinated on 18 August 2023 in the same street.",
    ],
)
def test_casualties_killing_dated_long_before_is_another_events(text: str) -> None:
    event = _main(text, published="1990-04-03" if text.isupper() else "2024-03-06")
    assert event.killed is None


def test_casualties_the_leads_killing_counts_whatever_its_date() -> None:
    text = (
        "SAN SALVADOR, 19 JAN 90 (AFP) -- TODAY, A JUDGE ORDERED THE ARREST OF NINE SOLDIERS\n"
        "INVOLVED IN THE MASSACRE OF SIX JESUIT PRIESTS CARRIED OUT IN SAN SALVADOR ON 16 NOVEMBER."
    )
    event = _main(text, published="1990-01-19")
    assert event.killed is not None and event.killed.value == 6


# (upper-case article, killed, injured): a singular verb is one person, whatever the parse reads
SINGULAR = [
    ("SAN SALVADOR, 30 OCT 89 -- URBAN COMMANDOS HURLED EXPLOSIVE DEVICES AT A GAS STATION TODAY.\n"
     "ACCORDING TO PRELIMINARY REPORTS FROM THE SCENE, JOSE ERNESTO\nVASQUEZ, 72, WHO WAS WORKING "
     "AT THE GAS STATION AT THE TIME OF THE EXPLOSION, WAS KILLED.", 1, None),
    ("LIMA, 3 MAY 89 -- A BOMB EXPLODED AT A BANK IN DOWNTOWN LIMA TODAY. NO ONE WAS KILLED, BUT\n"
     "A GUARD WHO WAS NOT HURT SAID THE BLAST DESTROYED THE DOOR.", 0, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "killed", "injured"), SINGULAR)
def test_casualties_singular_verb_in_upper_case_is_one(
    text: str, killed: int | None, injured: int | None
) -> None:
    event = _main(text, published="1989-10-30")
    assert (event.killed and event.killed.value) == killed
    assert (event.injured and event.injured.value) == injured
    ev = event.killed.evidence if event.killed else None
    assert ev is not None and text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize(
    ("sentence", "kind", "value", "who", "quote"),
    [
        ("SIX JESUIT PRIESTS AND TWO WOMEN WHO WORKED WITH THEM WERE BRUTALLY MURDERED.",
         K.KILLED, 8, Who.UNKNOWN,
         "SIX JESUIT PRIESTS AND TWO WOMEN WHO WORKED WITH THEM WERE BRUTALLY MURDERED"),
        ("Two men were savagely beaten in the square.", K.INJURED, 2, Who.UNKNOWN,
         "Two men were savagely beaten"),
        # an assassin killed by his own grenade is one of the attackers
        ("A PAID ASSASSIN WAS KILLED BY A GRENADE HE WAS TRYING TO THROW.", K.KILLED, 1,
         Who.ATTACKERS, "A PAID ASSASSIN WAS KILLED"),
    ],
)  # fmt: skip
def test_casualties_manner_adverbs_and_assassins(
    sentence: str, kind: FigureKind, value: int, who: Who, quote: str
) -> None:
    figure = next(f for f in find_figures(sentence, offset=2) if f.kind == kind)
    check_figure(figure, sentence, 2, (value, None, None, Q.EXACT, who), quote)


@pytest.mark.parametrize(
    "text",
    [
        "BOGOTA, 26 APR 90 (AFP) -- CARLOS PIZARRO, PRESIDENTIAL CANDIDATE, WAS SHOT THURSDAY\n"
        "ABOARD A PASSENGER PLANE.  EFE REPORTS THAT PIZARRO WAS SERIOUSLY WOUNDED AND THAT HIS\n"
        "ASSAILANT WAS KILLED.",
        "A candidate was shot on Thursday aboard a passenger plane in Bogota. Officials said he "
        "was seriously wounded and that his assailant was killed by bodyguards.",
    ],
)
def test_casualties_the_attackers_death_makes_no_victim_dead(text: str) -> None:
    event = _main(text, published="1990-04-26")
    assert event.killed is None
    assert event.injured is not None and event.injured.value == 1


def test_casualties_a_killing_of_history_in_the_lead_is_another_events() -> None:
    text = (
        "BOGOTA, 10 JUL 89 (AFP) -- JARAMILLO, A 35-YEAR-OLD LEGISLATOR, REPLACED JAIME PARDO\n"
        "LEAL AS UP PRESIDENT AFTER PARDO LEAL WAS ASSASSINATED IN OCTOBER 1987."
    )
    assert _main(text, published="1989-07-10").killed is None


@pytest.mark.parametrize(
    "text",
    [
        "TEGUCIGALPA, 16 APR 89 (ACAN - EFE) -- ONE MAN WAS KILLED AND ANOTHER SERIOUSLY INJURED\n"
        "THIS EVENING WHEN A POWERFUL EXPLOSIVE THEY WERE ATTEMPTING TO HURL FROM A PASSING\n"
        "MOTORCYCLE AT A U.S. EMBASSY WAREHOUSE IN TEGUCIGALPA EXPLODED.",
        "Two men were killed on Sunday when the bomb they were planting under a bridge in Mosul "
        "went off prematurely, police said.",
    ],
)
def test_casualties_attackers_hurt_by_their_own_bomb_are_no_victims(text: str) -> None:
    event = _main(text, published="1989-04-16" if text.isupper() else "2024-03-06")
    assert event.killed is None and event.injured is None
    assert any(f.who == Who.ATTACKERS and f.kind == K.KILLED for f in event.casualties)


@pytest.mark.parametrize(
    "sentence",
    [
        "SUCRE WAS CHARGED TODAY BY ATTORNEY GENERAL ROGELIO CRUZ WITH BEING INVOLVED IN THE\n"
        "ASSASSINATION OF MAJOR MOISES GIROLDI.",
        "He was convicted last year of the murder of two guards in Cali.",
    ],
)
def test_casualties_the_killing_a_suspect_is_charged_with_is_a_cases(sentence: str) -> None:
    assert [f for f in find_figures(sentence) if f.kind == K.KILLED and f.value] == []
