"""Rolls of victims named one by one in upper-case wire text: each person counted once, a
description set off by commas after a name being that person, not another."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.analysis import Sentence
from incidex.extract.casualty_rolls import named_rolls
from incidex.schema import EventMention, Evidence, Figure, FigureKind, Role

K = FigureKind


def _rolls(text: str, offset: int = 5) -> list[Figure]:
    return named_rolls(Sentence(start=offset, end=offset + len(text), text=text), [])


# (sentence, kind, value, evidence begins): rolls of victims told one by one
ROLLS = [
    ("POLICE SAID THE GUNMEN KILLED RAMIRO ESTRADA, MAYOR OF THE TOWN OF SAN LUIS, AND\n"
     "LABOR LEADER ANA LUCIA TORRES.", K.KILLED, 2, "KILLED RAMIRO ESTRADA"),
    ("THE ARCHBISHOP CONDEMNED THE MURDERS OF A JUDGE, A POLICE MAJOR, AND SENATOR LUIS PENA.",
     K.KILLED, 3, "MURDERS OF A JUDGE"),
    ("THE DEAD WERE JULIO PEREZ, A SCHOOLTEACHER, AND MARIA ELENA LOPEZ.", K.KILLED, 2,
     "THE DEAD WERE"),
    ("THE DEATH SQUAD MURDERED IN LESS THAN A WEEK, MAGISTRATE ANTONIO REYES, COLONEL JORGE\n"
     "SALAS, AND DEPUTY AND PARTY LEADER EDGAR MOLINA.", K.KILLED, 3, "MURDERED IN LESS"),
    ("WE WILL RECALL THE KILLINGS OF LAST MAY AT LA CEIBA: JOSE MEJIA, RAUL CRUZ, AND DR ANA\n"
     "SOTO.", K.KILLED, 3, "KILLINGS OF LAST MAY"),
    ("THE KILLINGS DURING THE LAST 48 HOURS OF A PROSECUTOR, A POLICE CAPTAIN, AND CANDIDATE\n"
     "PEDRO ARIAS, WILL NOT GO UNPUNISHED.", K.KILLED, 3, "KILLINGS DURING"),
    # one person between semicolons: a name with an age, a description
    ("THE BLAST KILLED MARIO PENA, 40; ANA PENA, 12; A WOMAN NAMED ROSA; JUAN MEJIA, AND A\n"
     "GUARD.", K.KILLED, 5, "KILLED MARIO PENA"),
    ("PAPERS ON THE ASSASSINATIONS OF JORGE LUIS PARDO, RAMON ARIAS SOTO, AND OF COLONEL\n"
     "HUGO MEDINA WERE SEIZED.", K.KILLED, 3, "ASSASSINATIONS OF"),
    # a count told in parts: the two, named
    ("SOLDIERS KILLED TWO RADIO REPORTERS, ERNESTO VIDAL AND TOMAS ARCE, ON THE HIGHWAY.",
     K.KILLED, 2, "KILLED TWO RADIO"),
    ("THE BISHOP RECALLED THE MURDERS OF THE GOVERNOR OF THE PROVINCE, ANOTHER JUDGE, AND THE\n"
     "REGIONAL POLICE CHIEF.", K.KILLED, 3, "MURDERS OF THE GOVERNOR"),
    ("THE BOMB WOUNDED CARLOS MENA, A STREET VENDOR, AND HIS WIFE IN THE MARKET.", K.INJURED, 2,
     "WOUNDED CARLOS MENA"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "kind", "value", "begins"), ROLLS)
def test_rolls_count_each_person_named(
    sentence: str, kind: FigureKind, value: int, begins: str
) -> None:
    (figure,) = _rolls(sentence)
    assert (figure.kind, figure.value) == (kind, value)
    assert figure.evidence is not None and figure.evidence.text.startswith(begins)
    assert sentence[figure.evidence.start - 5 : figure.evidence.end - 5] == figure.evidence.text


@pytest.mark.parametrize(
    "sentence",
    [
        "THE REBELS KILLED THE MAYOR AND BURNED THE TOWN HALL.",  # a thing, not a person
        "THE ARMY KILLED PEASANTS AND WORKERS IN THE VALLEY.",  # plurals: no count
        "THE GUERRILLAS KILLED TWO SOLDIERS AND THREE PEASANTS.",  # numbers: their own reading
        "HE WAS KILLED, HIS DRIVER AND BODYGUARD SAID.",  # a passive verb has no object roll
        "THE PILOT, A FORMER MAJOR, WAS KILLED.",  # a name and its description: one
        "HE WAS CHARGED WITH THE MURDERS OF JOSE MEJIA AND RAUL CRUZ.",  # a case's crime
        "THE GANG KILLED A NIGHT WATCHMAN AND SET FIRE TO THE OFFICES.",  # another verb
        "THE RAIDERS KILLED CATTLE AND DOMESTIC ANIMALS ON THE FARM.",  # no names
        "THE BOMB WENT OFF IN HIS HANDS, INJURING HIMSELF AND A PASSERBY.",  # the bomber
        "THE SOLDIERS KILLED THREE GUERRILLAS, TWO REBEL LEADERS AND A TERRORIST.",  # attackers
    ],
)
def test_rolls_that_count_no_one(sentence: str) -> None:
    assert _rolls(sentence) == []


def test_roll_replaces_the_one_name_read_of_its_words() -> None:
    sentence = "A COMMANDO KILLED HECTOR ROJAS, LEADER OF THE MNR, AND ANA FLORES IN THE CITY."
    start = sentence.index("KILLED")
    quote = sentence[start : start + 19]  # "KILLED HECTOR ROJAS": one, read by the parse
    one = Figure(kind=K.KILLED, value=1, evidence=Evidence(start=start, end=start + 19, text=quote))
    figures = named_rolls(Sentence(start=0, end=len(sentence), text=sentence), [one])
    assert [f.value for f in figures] == [2]


def _main(text: str) -> EventMention:
    report = extract(text, published="1989-09-02")
    return next(e for e in report.events if e.role == Role.MAIN)


def test_roll_in_an_upper_case_report_is_the_headline() -> None:
    text = (
        "BOGOTA, 2 SEP 89 (RADIO CARACOL) -- [TEXT] HIRED GUNMEN YESTERDAY AFTERNOON KILLED\n"
        "JAIME OSORIO, PRESIDENT OF THE REGIONAL COFFEE GROWERS COMMITTEE, AND TRADE UNIONIST\n"
        "LUIS ALBERTO MEJIA IN THE TOWN OF CHINCHINA, CALDAS DEPARTMENT.  THE ATTACKERS FLED ON\n"
        "A MOTORCYCLE."
    )
    event = _main(text)
    assert event.killed is not None and event.killed.value == 2
