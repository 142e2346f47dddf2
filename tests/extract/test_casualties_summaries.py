"""Casualties in incident summaries (RAND-style chronology entries): counts told apart from the
lists that detail them, verbs of report and condition, victims who share a verb's subject, and
the dead of another event a sentence names."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.casualties import find_figures
from incidex.schema import EventMention, Figure, FigureKind
from tests.extract.figure_checks import check_headlines

K = FigureKind


def _quoted(figures: list[Figure], kind: FigureKind, quote: str) -> Figure:
    return next(f for f in figures if f.kind == kind and f.evidence and f.evidence.text == quote)


# (sentence, kind, value, evidence): the figure of that kind the sentence states in those words
ROWS = [
    # a count shot "to death" or "dead" after its nouns is of the dead, not the wounded
    ("Militants shot a man to death in his house.", K.KILLED, 1, "shot a man to death"),
    ("Gunmen shot two guards dead outside the bank.", K.KILLED, 2, "shot two guards dead"),
    ("A gunman shot three people at a bar on Main Street.", K.INJURED, 3, "shot three people"),
    # a list after "including" stops where a clause of its own begins
    ("A car bomb exploded in Kabul, killing five people, including one soldier and wounding at "
     "least 26 others, including six soldiers.", K.INJURED, 26, "wounding at least 26 others"),
    ("Four people were killed, including one police officer and another four were reportedly "
     "wounded.", K.INJURED, 4, "another four were reportedly wounded"),
    # adverbs of degree and verbs of report before the harm
    ("Two people were lightly injured when two rockets struck central Sederot.", K.INJURED, 2,
     "Two people were lightly injured"),
    ("Three soldiers were reported to have been killed.", K.KILLED, 3,
     "Three soldiers were reported to have been killed"),
    # a condition is an injury, unless the clause goes on to the death
    ("Three others are in serious condition.", K.INJURED, 3,
     "Three others are in serious condition"),
    ("TWO OTHERS WERE IN CRITICAL CONDITION.", K.INJURED, 2,
     "TWO OTHERS WERE IN CRITICAL CONDITION"),
    # "the injury of" as "the death of"
    ("The attack resulted in the death of two employees and the injury of six others.",
     K.KILLED, 2, "resulted in the death of two employees"),
    ("The attack resulted in the death of two employees and the injury of six others.",
     K.INJURED, 6, "the injury of six others"),
    # a number after "from"/"of" is part of whom the first counts
    ("Eight people from three families were killed.", K.KILLED, 8,
     "Eight people from three families were killed"),
    ("Five of six hostages were killed in the raid.", K.KILLED, 5,
     "Five of six hostages were killed"),
    # "both" counts the pair "and his" names
    ("Both Ramazan and his bodyguard were killed.", K.KILLED, 2,
     "Both Ramazan and his bodyguard were killed"),
    # "another" killed in words of a killing; "along with" those hurt adds no dead
    ("Three hostages managed to escape, and another was shot to death while trying to resist.",
     K.KILLED, 1, "another was shot to death"),
    ("The bus was carrying civilians and three were killed along with eight others who were "
     "wounded.", K.KILLED, 3, "three were killed"),
    # a description set off by commas between the count and its verb
    ("One, believed to be Arab, was killed in the assault.", K.KILLED, 1,
     "One, believed to be Arab, was killed"),
    ("TWO, BOTH SOLDIERS, WERE KILLED.", K.KILLED, 2, "TWO, BOTH SOLDIERS, WERE KILLED"),
    # "one of five people shot" names one of the count, which stands
    ("Tucker was one of five people shot in Dayton on Sunday.", K.INJURED, 5,
     "five people shot"),
    # the body of a victim and another named after it
    ("Police found the body of a university professor and one of his relatives.", K.KILLED, 2,
     "body of a university professor and one of his relatives"),
    # "would-be" attackers were stopped, not supposed: their deaths are stated
    ("Two would-be bombers were shot dead by guards at the gate.", K.KILLED, 2,
     "Two would-be bombers were shot dead"),
    ("Three would be suicide attackers were killed by troops near the base.", K.KILLED, 3,
     "Three would be suicide attackers were killed"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "kind", "value", "quote"), ROWS)
def test_casualties_summaries_phrasings(
    sentence: str, kind: FigureKind, value: int, quote: str
) -> None:
    figure = _quoted(find_figures(sentence), kind, quote)
    assert figure.value == value
    assert figure.evidence is not None
    assert sentence[figure.evidence.start : figure.evidence.end] == quote


@pytest.mark.parametrize(
    "sentence",
    [
        "A man was in critical condition at the hospital, where he later died.",
        "The two men had earlier been injured when grenades were launched into their cell.",
    ],
)
def test_casualties_summaries_no_new_injured(sentence: str) -> None:
    assert not [f for f in find_figures(sentence) if f.kind == K.INJURED and f.value]


def test_casualties_summaries_those_hurt_along_with_the_dead_are_no_dead() -> None:
    sentence = "Three were killed along with eight others who were wounded."
    assert [f.value for f in find_figures(sentence) if f.kind == K.KILLED] == [3]


def _main(text: str, published: str = "2024-03-06") -> EventMention:
    report = extract(text, published=published)
    assert report.events, "no event found"
    return report.events[0]


@pytest.mark.parametrize(
    ("text", "killed", "injured", "quote"),
    [
        # a verb without a subject of its own shares the first verb's
        ("Gunmen attacked a village in Antrim. Andy Kearny, a Catholic man, was dragged from his "
         "home, shot and left to bleed to death by a gang.", 1, None,
         "Andy Kearny, a Catholic man, was dragged from his home, shot"),
        ("Gunmen attacked a checkpoint in Pattani. His wife survived the attack, but sustained "
         "life-threatening injuries.", None, 1,
         "His wife survived the attack, but sustained"),
        ("Gunmen attacked a checkpoint in Baqubah, killing three policemen. Another policeman "
         "was said to be critically injured.", 3, 1, None),
        ("Gunmen raided a hospital in Novye Atagi and shot dead five nurses. A seventh victim, "
         "a Swiss administrator, survived gunshot wounds.", 5, 1, None),
        # a counted subject the words alone cannot reach
        ("Gunmen attacked a convoy in Baghdad. Two members of the municipal council in the "
         "Al-Siniyah Sub-district of Baghdad were killed by gunmen.", 2, None,
         "Two members of the municipal council in the Al-Siniyah Sub-district of Baghdad were "
         "killed"),
        # one person with two titles before a singular verb; two nouns before a plural one
        ("President of the National Democratic Party and former federal minister, Omar Asghar "
         "Khan, was killed in a shooting attack on his vehicle in Karachi.", 1, None, None),
        ("A police guard and Muslim shopkeeper were killed and four people injured when rebels "
         "attacked the car of Bushan Lal in Srinagar.", 2, 4,
         "A police guard and Muslim shopkeeper were killed"),
        # "as well" adds, like "also"
        ("Gunmen killed the son of the chief judge in Baghdad. Ahmad Mahmoud was killed by "
         "gunmen who opened fire on him and two bodyguards. Both bodyguards were killed as "
         "well.", 3, None, None),
        # the dead a funeral mourns are another event's
        ("A car bomb went off in Beirut shortly after a funeral march for 18 members who had "
         "been killed by troops the day before. The bomb killed one and injured 21 others.", 1,
         21, "killed one"),
        # the dead who died of the wounds counted are no longer among the wounded; the dead
        # who are someone else leave the count of those shot alone
        ("Two Israelis were wounded in a shooting attack near Barqah. One later died of his "
         "wounds.", 1, 1, "One later died"),
        ("A British reporter was shot and his cameraman was shot to death by gunmen in the "
         "Suweidi neighborhood of Riyadh.", 1, 1, None),
        # a name the tagger reads as a plural ("Grisales") is still one person
        ("Congressman Oscar Gonzales Grisales was shot and killed by unknown gunmen. One of "
         "Gonzales' bodyguards was also killed in the attack.", 2, None, None),
        # someone of the one hurt is someone else hurt
        ("Gunmen attacked a convoy in Samawah. Al-Khawam only suffered minor injuries, but his "
         "bodyguard was seriously wounded.", None, 2, None),
        # a count the parse reads keeps the scope of its sentence
        ("Gunmen attacked a school in Detroit, killing a girl. In the past two months, eight "
         "youths have been injured or killed by gunfire.", 1, None, "killing a girl"),
        # a day's total across a place sums many attacks: this one's toll stands
        ("Gunmen killed a traffic policeman in Tikrit. A total of six policemen were killed in "
         "the province on that day.", 1, None, "killed a traffic policeman"),
        # ordinary news and wire text keep their readings
        ("A car bomb exploded on Tuesday near a market frequently visited by shoppers in Kirkuk, "
         "killing five people.", 5, None, "killing five people"),
        ("FIVE PEOPLE WERE KILLED WHEN A BOMB EXPLODED IN SAN SALVADOR.", 5, None,
         "FIVE PEOPLE WERE KILLED"),
    ],
)  # fmt: skip
def test_casualties_summaries_in_context(
    text: str, killed: int | None, injured: int | None, quote: str | None
) -> None:
    check_headlines(_main(text), text, killed, injured, quote)


@pytest.mark.parametrize(
    "text",
    [
        # "shot at", "shot upon": fired on, not wounded
        "The car of a local journalist was shot at by unknown gunmen in Bastia.",
        "A radio mast owned by a phone company was shot upon with rifles near Nazran, causing "
        "damage.",
        # a noun of amount names no one person
        "A bomb exploded outside a bank in Lyon, injuring a number of passers-by.",
    ],
)
def test_casualties_summaries_no_one_wounded_told(text: str) -> None:
    injured = _main(text).injured
    assert injured is None or injured.value is None
