"""Issue 3: casualty phrasings sentence by sentence, each row with the kind, value, bounds,
qualifier, whom and the evidence the figure must carry; and the readings that need the parse."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.casualties import find_figures, headline
from incidex.schema import EventMention, Figure, FigureKind, Qualifier, Scope, Who
from tests.extract.figure_checks import check_figure, check_headlines

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
     "Two people, a man and a woman, died"),
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
    # issue 3, second pass: a bare "has", relative clauses, possessives, verbs before the number
    ("We were told that one person has died at the clinic.", K.KILLED, 1, None, None, Q.EXACT,
     W.UNKNOWN, "one person has died"),
    ("Police named the two cousins who were shot to death outside the bar.", K.KILLED, 2, None,
     None, Q.EXACT, W.UNKNOWN, "two cousins who were shot to death"),
    ("The storm left three dead and two more who were injured by falling trees.", K.INJURED, 2,
     None, None, Q.EXACT, W.UNKNOWN, "two more who were injured"),
    ("Those behind the four teachers' murder have not been found.", K.KILLED, 4, None, None,
     Q.EXACT, W.UNKNOWN, "four teachers' murder"),
    ("The bishop demanded an inquiry into the murder of the three farmers.", K.KILLED, 3, None,
     None, Q.EXACT, W.CIVILIANS, "the murder of the three farmers"),
    ("Masked men shot to death five miners at the camp.", K.KILLED, 5, None, None, Q.EXACT,
     W.UNKNOWN, "shot to death five miners"),
    ("Rebels massacred at least 30 villagers in the valley.", K.KILLED, 30, 30, None,
     Q.AT_LEAST, W.CIVILIANS, "massacred at least 30 villagers"),
    ("The judge and three of his guards were killed.", K.KILLED, 4, None, None, Q.EXACT,
     W.SECURITY_FORCES, "The judge and three of his guards were killed"),
    ("Two gunmen shot dead a shopkeeper.", K.KILLED, 1, None, None, Q.EXACT, W.UNKNOWN,
     "shot dead a shopkeeper"),  # the number counts the attackers, the shopkeeper is read
    ("A driver was taken from his truck. His body was found on Monday.", K.KILLED, 1, None, None,
     Q.EXACT, W.UNKNOWN, "His body was found"),
    ("Soldiers recovered the body of a missing trader.", K.KILLED, 1, None, None, Q.EXACT,
     W.UNKNOWN, "recovered the body of"),
    ("Mourners marched a week after the mayor's murder.", K.KILLED, 1, None, None, Q.EXACT,
     W.UNKNOWN, "mayor's murder"),
    ("Raiders fired on four herders, killing all four.", K.KILLED, 4, None, None, Q.EXACT,
     W.UNKNOWN, "killing all four"),
    # one more person named before "and N of his ...", or after "... and their driver"
    ("Mayor Ruiz and two of his aides were killed.", K.KILLED, 3, None, None, Q.EXACT,
     W.UNKNOWN, "Mayor Ruiz and two of his aides were killed"),
    ("He and four others were killed in the blast.", K.KILLED, 5, None, None, Q.EXACT,
     W.UNKNOWN, "He and four others were killed"),
    ("Two engineers and their driver were shot dead.", K.KILLED, 3, None, None, Q.EXACT,
     W.UNKNOWN, "Two engineers and their driver were shot dead"),
    ("The bomb killed a guard and two of his sons.", K.KILLED, 3, None, None, Q.EXACT,
     W.UNKNOWN, "killed a guard and two of his sons"),
    ("The blast left a toll of 2 people wounded.", K.INJURED, 2, None, None, Q.EXACT, W.UNKNOWN,
     "toll of 2 people wounded"),
    ("The priest was wounded along with two other men at the gate.", K.INJURED, 3, None, None,
     Q.EXACT, W.UNKNOWN, "wounded along with two other"),
    ("Two members of the town council in the district of Kufa were killed.", K.KILLED, 2, None,
     None, Q.EXACT, W.UNKNOWN,
     "Two members of the town council in the district of Kufa were killed"),
    # a verb after its number closes the clause: the number after ", and" is not one more dead
    ("The fire left a clerk and a farmer dead, and a nurse and two porters hurt.", K.KILLED, 2,
     None, None, Q.EXACT, W.UNKNOWN, "a clerk and a farmer dead"),
    ("The fire left a clerk and a farmer dead, and a nurse and two porters hurt.", K.INJURED, 3,
     None, None, Q.EXACT, W.UNKNOWN, "a nurse and two porters hurt"),
    ("The ambush left one driver dead, and a teacher and three pupils wounded.", K.INJURED, 4,
     None, None, Q.EXACT, W.UNKNOWN, "a teacher and three pupils wounded"),
    # "fatally wounded/injured" before its victims is a death, not a wound
    ("The sniper fatally wounded two guards at the gate.", K.KILLED, 2, None, None, Q.EXACT,
     W.SECURITY_FORCES, "fatally wounded two guards"),
    ("The blast fatally injured a porter and two cooks.", K.KILLED, 3, None, None, Q.EXACT,
     W.UNKNOWN, "fatally injured a porter and two cooks"),
]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "The sniper fatally wounded two guards at the gate.",
        "The blast fatally injured a porter and two cooks.",
    ],
)
def test_casualties_fatally_wounded_is_no_wound(sentence: str) -> None:
    assert [f for f in find_figures(sentence) if f.kind == K.INJURED] == []


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
    check_figure(figure, sentence, 7, (value, low, high, qualifier, who), quote)


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
        # issue 3, second pass
        "Lee Park and Ana Cruz, both 19, were at the party.",  # ages
        "Riots broke out in memory of three students whose deaths in custody were never solved.",
        "The man shot near the market on March 18 died.",  # a date
        "Friends said they are hurting a lot over this.",
        "A guard fired a single shot into the air.",
        "Father of 3 killed in a shooting on the east side",
        "In revenge for an air strike that also killed nine civilians, the group shelled a base.",
    ],
)
def test_casualties_numbers_that_count_nobody(sentence: str) -> None:
    assert [f for f in find_figures(sentence) if f.value] == []


@pytest.mark.parametrize(
    ("sentence", "victims", "attackers"),
    [
        ("The bomber killed himself and three others at the gate.", 3, 1),
        ("The blast killed the bomber and one other person.", 1, 1),
    ],
)
def test_casualties_the_attackers_own_deaths_kept_apart(
    sentence: str, victims: int, attackers: int
) -> None:
    report = extract(sentence + " It happened in Kirkuk on Monday.", published="2024-03-06")
    event = report.events[0]
    assert event.killed is not None and event.killed.value == victims
    own = [f for f in event.casualties if f.kind == K.KILLED and f.who == W.ATTACKERS]
    assert sum(f.value or 0 for f in own) == attackers


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Nine rebels were killed in a clash with troops.", None),
        ("Nine rebels and two villagers were killed in the clash.", 11),  # the total stands
        ("Two villagers were killed; nine rebels died in the clash.", 2),
    ],
)
def test_casualties_combatants_deaths_never_head_alone(sentence: str, value: int | None) -> None:
    head = headline(find_figures(sentence), K.KILLED, "latest")
    assert (head.value if head else None) == value


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
        # ... hurt by a graze or told to live, or the one a shooter shot
        ("Girl grazed by bullet in Elm Park shooting\n\nPolice are looking for the gunman.",
         None, 1, "Girl grazed"),
        ("Teen stable after shooting near Lake Street\n\nPolice are looking for the gunman.",
         None, 1, "Teen stable"),
        ("Cousin accidentally shot 9-year-old in Tempe home\n\nPolice are looking into it.",
         None, 1, "shot 9-year-old"),
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
        # issue 3, second pass: a relative clause names the victim; those taken to hospital
        # stand in for the injured when no injured count is stated
        ("Judge Ana Ruiz, who was murdered on Friday in Cali, was buried today in her home town.",
         1, None, "Judge Ana Ruiz, who was murdered"),
        ("One man was killed and two others were hospitalized after gunmen opened fire on a bar "
         "in Tulsa on Sunday.", 1, 2, "One man was killed"),
        ("Gunmen shot dead a banker in Dayton on Friday. His wife, who was not hurt, called the "
         "police.", 1, None, None),
        # a shot that killed its shooter is no survivor
        ("A boy died on Friday after accidentally shooting himself at home in Clarksville.",
         1, None, None),
        # "was shot" is a death only where this story tells one, not where "killed" tells another
        ("A girl was shot in Dayton on Sunday, police said. The girl was shot in the arm and "
         "taken to a hospital. A teen who was shot and killed in May lived on the same street.",
         None, 1, "A girl was shot"),
        ("A man was shot in Tulsa on Sunday night. The man was shot in the chest, police said, "
         "and he was pronounced dead at a hospital.", 1, 0, "The man was shot"),
        ("A Monroe man faces a charge of negligent homicide after a shooting on Saturday. Police "
         "said he shot his cousin at a party.", 1, None, "shot his cousin"),
        ("Police found the dead body of a shopkeeper near the market in Kisumu on Monday. He had "
         "been shot in the head.", 1, None, "He had been shot"),
    ],
)  # fmt: skip
def test_casualties_issue_3_readings_in_context(
    text: str, killed: int | None, injured: int | None, quote: str | None
) -> None:
    check_headlines(_main(text), text, killed, injured, quote)


def test_casualties_a_killing_cited_as_a_motive_is_no_toll() -> None:
    report = extract(
        "Rebels fired two rockets at a base in Gaza on Tuesday in retaliation for the killing of "
        "their commander.",
        published="2024-03-06",
    )
    assert all(e.killed is None for e in report.events)
