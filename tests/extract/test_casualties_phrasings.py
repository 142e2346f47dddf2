"""Issue 3: casualty phrasings sentence by sentence, each row with the kind, value, bounds,
qualifier, whom and the evidence the figure must carry; and the readings that need the parse."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.casualties import find_figures, headline
from incidex.schema import EventMention, Figure, FigureKind, Qualifier, Scope, Who

K, Q, W = FigureKind, Qualifier, Who

# (sentence, kind, value, low, high, qualifier, who, evidence): the first figure of that kind
ROWS = [
    ("The blast left 103 dead.", K.KILLED, 103, None, None, Q.EXACT, W.UNKNOWN, "left 103 dead"),
    ("Gunmen opened fire, killing three.", K.KILLED, 3, None, None, Q.EXACT, W.UNKNOWN,
     "killing three"),
    ("Three people were killed.", K.KILLED, 3, None, None, Q.EXACT, W.UNKNOWN,
     "Three people were killed"),
    ("The death toll rose to 40.", K.KILLED, 40, None, None, Q.EXACT, W.UNKNOWN,
     "death toll rose to 40"),
    ("The bomb killed 12 and wounded 30.", K.INJURED, 30, None, None, Q.EXACT, W.UNKNOWN,
     "wounded 30"),
    ("12 soldiers and 3 civilians were killed.", K.KILLED, 15, None, None, Q.EXACT, W.UNKNOWN,
     "12 soldiers and 3 civilians were killed"),
    ("Gunmen stormed the bus, killing five, including two children.", K.KILLED, 5, None, None,
     Q.EXACT, W.UNKNOWN, "killing five"),
    ("The militants fled, wounding three others.", K.INJURED, 3, None, None, Q.EXACT, W.UNKNOWN,
     "wounding three others"),
    ("A policeman was killed at the gate.", K.KILLED, 1, None, None, Q.EXACT,
     W.SECURITY_FORCES, "A policeman was killed"),
    ("Two people, a man and a woman, died.", K.KILLED, 2, None, None, Q.EXACT, W.UNKNOWN,
     "a man and a woman, died"),
    ("The toll was revised down to 84.", K.KILLED, 84, None, None, Q.EXACT, W.UNKNOWN,
     "toll was revised down to 84"),
    ("Fifteen villagers died.", K.KILLED, 15, None, None, Q.EXACT, W.CIVILIANS,
     "Fifteen villagers died"),
    ("Twenty-one people were wounded.", K.INJURED, 21, None, None, Q.EXACT, W.UNKNOWN,
     "Twenty-one people were wounded"),
    ("A dozen pilgrims were hurt.", K.INJURED, 12, None, None, Q.EXACT, W.CIVILIANS,
     "A dozen pilgrims were hurt"),
    ("Two dozen people were abducted.", K.KIDNAPPED, 24, None, None, Q.EXACT, W.UNKNOWN,
     "Two dozen people were abducted"),
    ("Police arrested 1,200 people.", K.ARRESTED, 1200, None, None, Q.EXACT, W.UNKNOWN,
     "arrested 1,200 people"),
    ("The famine has left 1.2 million people dead.", K.KILLED, 1_200_000, None, None, Q.EXACT,
     W.UNKNOWN, "left 1.2 million people dead"),
    ("Dozens of people were injured.", K.INJURED, None, 24, None, Q.VAGUE, W.UNKNOWN,
     "Dozens of people were injured"),
    ("Scores of people were hurt.", K.INJURED, None, 40, None, Q.VAGUE, W.UNKNOWN,
     "Scores of people were hurt"),
    ("Hundreds of people are missing.", K.MISSING, None, 200, None, Q.VAGUE, W.UNKNOWN,
     "Hundreds of people are missing"),
    ("At least 12 people were killed.", K.KILLED, 12, 12, None, Q.AT_LEAST, W.UNKNOWN,
     "At least 12 people were killed"),
    ("More than 30 people were hurt.", K.INJURED, 30, 31, None, Q.MORE_THAN, W.UNKNOWN,
     "More than 30 people were hurt"),
    ("Over 20 soldiers were killed.", K.KILLED, 20, 21, None, Q.MORE_THAN, W.SECURITY_FORCES,
     "Over 20 soldiers were killed"),
    ("Nearly 50 people died.", K.KILLED, 50, None, None, Q.ABOUT, W.UNKNOWN,
     "Nearly 50 people died"),
    ("Almost 50 people died.", K.KILLED, 50, None, None, Q.ABOUT, W.UNKNOWN,
     "Almost 50 people died"),
    ("About 50 people died.", K.KILLED, 50, None, None, Q.ABOUT, W.UNKNOWN,
     "About 50 people died"),
    ("Some 50 people died.", K.KILLED, 50, None, None, Q.ABOUT, W.UNKNOWN,
     "Some 50 people died"),
    ("Up to 50 people died.", K.KILLED, 50, None, 50, Q.AT_MOST, W.UNKNOWN,
     "Up to 50 people died"),
    ("Between 10 and 15 people were killed.", K.KILLED, None, 10, 15, Q.RANGE, W.UNKNOWN,
     "Between 10 and 15 people were killed"),
    ("10 to 15 people were killed.", K.KILLED, None, 10, 15, Q.RANGE, W.UNKNOWN,
     "10 to 15 people were killed"),
    ("No one was hurt.", K.INJURED, 0, None, None, Q.EXACT, W.UNKNOWN, "No one was hurt"),
    ("There were no casualties.", K.KILLED, 0, None, None, Q.EXACT, W.UNKNOWN, "no casualties"),
    ("No injuries were reported.", K.INJURED, 0, None, None, Q.EXACT, W.UNKNOWN, "No injuries"),
    ("The gunman killed himself.", K.KILLED, 1, None, None, Q.EXACT, W.ATTACKERS,
     "killed himself"),
    ("The gunman was also killed.", K.KILLED, 1, None, None, Q.EXACT, W.ATTACKERS,
     "The gunman was also killed"),
    ("Two attackers died.", K.KILLED, 2, None, None, Q.EXACT, W.ATTACKERS, "Two attackers died"),
    ("One of the injured later died.", K.KILLED, 1, None, None, Q.EXACT, W.UNKNOWN,
     "One of the injured later died"),
    # issue 3, found on development data: general phrasings that used to be misread
    ("At least six people, including four engineers of the company (Acme), were gunned down.",
     K.KILLED, 6, 6, None, Q.AT_LEAST, W.UNKNOWN,
     "At least six people, including four engineers of the company (Acme), were gunned down"),
    ("202 people were killed and 300 estimated injured.", K.INJURED, 300, None, None, Q.EXACT,
     W.UNKNOWN, "300 estimated injured"),
    ("A woman and her adopted son were found dead.", K.KILLED, 2, None, None, Q.EXACT,
     W.UNKNOWN, "A woman and her adopted son were found dead"),
    ("Three teenagers and a 25-year-old man were shot.", K.INJURED, 4, None, None, Q.EXACT,
     W.UNKNOWN, "Three teenagers and a 25-year-old man were shot"),
    ("A rabbi was killed and a man traveling with him injured.", K.INJURED, 1, None, None,
     Q.EXACT, W.UNKNOWN, "a man traveling with him injured"),
    ("A teen is dead and another is injured.", K.INJURED, 1, None, None, Q.EXACT, W.UNKNOWN,
     "another is injured"),
    ("He fired on two officers, killing one and wounding the other.", K.INJURED, 1, None, None,
     Q.EXACT, W.UNKNOWN, "wounding the other"),
    ("Police found the body of a taxi driver.", K.KILLED, 1, None, None, Q.EXACT, W.UNKNOWN,
     "found the body of"),
    ("The leaders condemned the murder of six Jesuits.", K.KILLED, 6, None, None, Q.EXACT,
     W.UNKNOWN, "the murder of six Jesuits"),
    ("In the worst attack to date, 202 people were killed.", K.KILLED, 202, None, None, Q.EXACT,
     W.UNKNOWN, "202 people were killed"),
    ("The minister was hurt in an attack in which his driver and one of his bodyguards were "
     "killed.", K.KILLED, 2, None, None, Q.EXACT, W.UNKNOWN,
     "his driver and one of his bodyguards were killed"),
    ("A woman was shot dead and her daughter injured.", K.INJURED, 1, None, None, Q.EXACT,
     W.UNKNOWN, "her daughter injured"),
    ("Six Irish soldiers of the U.N. peacekeeping force were injured.", K.INJURED, 6, None, None,
     Q.EXACT, W.SECURITY_FORCES, "Six Irish soldiers of the U.N. peacekeeping force were injured"),
    ("A man, woman and boy were wounded late Tuesday.", K.INJURED, 3, None, None, Q.EXACT,
     W.UNKNOWN, "A man, woman and boy were wounded"),
    ("Austin shooting wounds 4 boys aged 12 and 16.", K.INJURED, 4, None, None, Q.EXACT,
     W.UNKNOWN, "wounds 4 boys"),
    ("Four men were killed and at least 53 other people, including a girl, were wounded.",
     K.INJURED, 53, 53, None, Q.AT_LEAST, W.UNKNOWN,
     "at least 53 other people, including a girl, were wounded"),
]  # fmt: skip


def _first(figures: list[Figure], kind: FigureKind) -> Figure:
    return next(f for f in figures if f.kind == kind)


@pytest.mark.parametrize(
    ("sentence", "kind", "value", "low", "high", "qualifier", "who", "quote"), ROWS
)
def test_casualties_issue_3_phrasings(
    *,
    sentence: str,
    kind: FigureKind,
    value: int | None,
    low: int | None,
    high: int | None,
    qualifier: Qualifier,
    who: Who,
    quote: str,
) -> None:
    figure = _first(find_figures(sentence, offset=7), kind)
    assert (figure.value, figure.low, figure.high, figure.qualifier, figure.who) == (
        value,
        low,
        high,
        qualifier,
        who,
    )
    assert figure.evidence is not None and figure.evidence.text == quote
    assert sentence[figure.evidence.start - 7 : figure.evidence.end - 7] == quote


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("The toll since October has reached 35,000.", Scope.CUMULATIVE),
        ("Attacks this year have killed 200 people.", Scope.CUMULATIVE),
        ("So far, two deputies have been murdered in less than 15 days.", Scope.CUMULATIVE),
        ("It was the deadliest attack to date: 40 people were killed.", Scope.INCIDENT),
    ],
)
def test_casualties_scope_of_many_events_never_heads(sentence: str, scope: Scope) -> None:
    figures = find_figures(sentence)
    assert {f.scope for f in figures if f.kind == K.KILLED} == {scope}
    assert (headline(figures, K.KILLED, "latest") is None) == (scope == Scope.CUMULATIVE)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police say the 911 call came from the home where the teen was shot.",
        "The group said the bombing was in retaliation for the execution of 16 prisoners.",
        "2:01 New details about the gunfire outside the stadium",
        "The massacre of 16 November shocked the country.",
        "Marvin Lee, 24, and his cousin were at the party.",
        "Triple shooting under investigation in Roseland",
    ],
)
def test_casualties_numbers_that_count_nobody(sentence: str) -> None:
    assert [f for f in find_figures(sentence) if f.value] == []


def _main(text: str, published: str = "2024-03-06") -> EventMention:
    report = extract(text, published=published)
    assert report.events, "no event found"
    return report.events[0]


@pytest.mark.parametrize(
    ("text", "killed", "injured", "quote"),
    [
        # a headline's victims without article or number
        ("Boy, 8, shot in Lawndale neighborhood\n\nThe boy was taken to a hospital on Sunday.",
         None, 1, "Boy, 8, shot"),
        ("Man, teen critically injured in shooting at Gastonia apartments\n\nPolice are looking "
         "for the gunman.", None, 2, "Man, teen critically injured"),
        ("Man, woman and boy wounded in Fort Collins shooting\n\nPolice are looking for the "
         "gunman.", None, 3, "Man, woman and boy wounded"),
        # more victims added with "also", "along with", "as well as", conjuncts and participles
        ("A student was killed when gunmen attacked the school in Purace. Two policemen were "
         "also killed.", 3, None, None),
        ("The district chief was killed along with two of his bodyguards when their car struck "
         "a mine in Khost.", 3, None, None),
        ("Gunmen attacked Major Hassan Fadil in Baqubah, killing him and seriously wounding "
         "his driver.", 1, 1, None),
        # a killing named by its noun: "the assassination of X"
        ("The government condemned the assassination of the mayor of Tambo in an ambush on "
         "Monday. Two of his bodyguards were also killed.", 3, None, None),
        # a shot that killed its shooter is no survivor
        ("A boy died on Friday after accidentally shooting himself at home in Clarksville.",
         1, None, None),
    ],
)  # fmt: skip
def test_casualties_issue_3_readings_in_context(
    text: str, killed: int | None, injured: int | None, quote: str | None
) -> None:
    event = _main(text)
    assert (event.killed.value if event.killed else None) == killed
    assert (event.injured.value if event.injured else None) == injured
    figure = event.killed or event.injured
    assert figure is not None and figure.evidence is not None
    assert text[figure.evidence.start : figure.evidence.end] == figure.evidence.text
    if quote is not None:
        assert figure.evidence.text == quote


def test_casualties_a_killing_cited_as_a_motive_is_no_toll() -> None:
    report = extract(
        "Rebels fired two rockets at a base in Gaza on Tuesday in retaliation for the killing of "
        "their commander.",
        published="2024-03-06",
    )
    assert all(e.killed is None for e in report.events)
