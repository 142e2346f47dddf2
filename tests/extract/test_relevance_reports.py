"""Relevance: reports of an incident give a main event; commentary, trials, anniversaries and
policy give none (issue 5)."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.lexicon import says_something
from incidex.schema import Role


def _mains(text: str, published: str = "2024-03-06") -> list[str]:
    return [e.type for e in extract(text, published=published).events if e.role == Role.MAIN]


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded outside a police station in Mogadishu on Tuesday, killing six people.",
        "Gunmen abducted 27 students from a school in Kebbi state on Thursday, police said.",
        "Rockets hit the town of Sderot on Sunday, wounding two people.",
        "BOGOTA, 1 MAY 89 -- RADIO STATIONS AND DRUGSTORES WERE DYNAMITED LAST NIGHT IN BOGOTA, "
        "RESULTING IN THE INJURY OF SIX PEOPLE.",
        "A FEW MINUTES AGO, THERE WAS AN ATTEMPT ON THE LIFE OF A CRIMINAL COURT JUDGE IN BOGOTA.",
        "The People's Liberation Front stormed a police post in Gao on Monday.",
    ],
)
def test_relevance_reports_give_a_main_event(text: str) -> None:
    assert _mains(text)


@pytest.mark.parametrize(
    "text",
    [
        # a trial
        "A man was sentenced to life in prison on Monday for the 2019 bombing of a church in "
        "Colombo that killed 40 people, a court ruled.",
        # an anniversary
        "Hundreds gathered in Kerman to mark the anniversary of the 2020 bombing that killed 56 "
        "people.",
        # policy and statistics without a new event
        "The government declared a state of siege in three provinces, citing the economy.",
        "The minister said the country had made progress on the economy and on schools.",
    ],
)
def test_relevance_commentary_gives_no_main_event(text: str) -> None:
    assert _mains(text) == []


def test_relevance_a_trial_story_with_a_fresh_attack_is_relevant() -> None:
    text = (
        "A man was sentenced to 20 years in prison for a 2019 bombing in Kano. On Tuesday a "
        "bomb exploded outside the court in Kano, killing two guards."
    )
    assert _mains(text)


def test_relevance_an_incident_told_at_length_after_a_political_opening() -> None:
    text = (
        "The president met opposition leaders on Monday to discuss the budget. "
        "They agreed to meet again next month. The talks covered taxes and schools. "
        "The finance minister said the deficit would shrink.\n\n"
        "Late on Monday a car bomb exploded outside the ministry in Kabul, killing eight people. "
        "A second bomb detonated nearby minutes later as rescuers arrived, and gunmen opened fire "
        "on the crowd. The blasts wounded 30 people, police said."
    )
    assert _mains(text) == ["bombing"]


def test_relevance_a_passing_mention_after_a_political_opening_is_not_enough() -> None:
    text = (
        "The president met opposition leaders on Monday to discuss the budget. "
        "They agreed to meet again next month. The talks covered taxes and schools. "
        "The finance minister said the deficit would shrink.\n\n"
        "The minister also recalled the attack on the ministry, which he said had changed the "
        "country."
    )
    assert _mains(text) == []


def test_relevance_a_dateline_standing_alone_is_no_lead_sentence() -> None:
    text = (
        "TEGUCIGALPA, 3 MAR 90 (RADIO AMERICA) --\n"
        "[TEXT] WE HAVE BEEN TRAVELLING THROUGH THE SOUTH OF THE DEPARTMENT SINCE DAWN. WE "
        "REACHED THE TOWN TWO HOURS AGO. WE HAVE JUST FINISHED OUR TOUR. A LOCAL FARMER WAS "
        "KILLED BY BULLETS FIRED FROM A PISTOL IN THE TOWN SQUARE THIS MORNING."
    )
    assert _mains(text, published="1990-03-03") == ["armed_assault"]


def test_relevance_an_anniversary_party_is_no_anniversary_story() -> None:
    text = (
        "A bomb exploded in the main square of Ituango on Saturday during the town's anniversary "
        "party, killing seven people and wounding 40."
    )
    assert _mains(text) == ["bombing"]


@pytest.mark.parametrize(
    "text",
    [
        # an interviewer's question tells no incident
        "The minister spoke to our reporter about the economy and the coming election. What do "
        "you think about kidnappings? I think the economy matters more.",
        # violence in general: bare plurals in a political story
        "The party leader said the government had failed the country. He blamed the rebels for "
        "terrorist attacks and murders and demanded elections.",
        # a tally of many events
        "The commander said 120 rebels were killed in more than 300 clashes between January and "
        "August, and that the army would stay in the province.",
        # a diplomatic protest, a promise to refrain, a metaphorical collapse
        "The foreign minister sent a protest note to the embassy on Monday over the border "
        "dispute.",
        "The rebels promised on Monday to refrain from attacks on the new mayors.",
        "The minister said on Monday that the coffee agreement collapsed last year.",
        # a reminder of an old deed
        "The senator spoke on Monday about the new treaty. I will remind you that the same "
        "cartel organized the murder of the justice minister, he said.",
        # charges, a prevention, a possibility
        "The former colonel, charged with murder and kidnapping, was extradited on Monday.",
        "Guards were posted outside the courts on Monday to prevent judges from being murdered.",
        "The air force said on Monday it was preparing for the possibility of the use of "
        "missiles by the rebels.",
        # a policy, and a comparison with another event
        "The minister said on Monday that the rebels follow a policy of kidnappings of landowners.",
        "The minister said on Monday that the smugglers sell arms to the rebels, as was the case "
        "of the rockets fired at the airport.",
    ],
)
def test_relevance_talk_of_violence_gives_no_main_event(text: str) -> None:
    assert _mains(text, published="2024-03-06") == []


@pytest.mark.parametrize(
    "text",
    [
        # a recent incident told after a political opening, dated within the last days
        "The president opened the new session of congress on Monday with a speech on the "
        "budget. He spoke about schools and roads. He thanked the mayors for their work. He "
        "also praised the farmers. Meanwhile, on 3 March a bomb destroyed a bank in Cali, "
        "injuring four people.",
        "The opposition named its candidate for the presidency on Tuesday. The vote will be held "
        "in May. The party chairman praised the candidate. Delegates cheered. In another incident "
        "yesterday, a police corporal was shot dead in Lima.",
        # told on the word of the police: the news they give
        "The mayor banned all rallies in the capital on Tuesday. Guards were posted at the "
        "airport. The council met at noon. The decree sets fines for organizers. Soon after, a "
        "kiosk in the south of Lima was destroyed by a bomb, police reported.",
        # "in the last few days": as fresh as "this week"
        "The rebel command sent a letter to the bishops on Tuesday. It thanked them for their "
        "help. It spoke of the talks. It named its delegates. In the last few days, the army "
        "has shelled three villages near the river, the letter said.",
        # a deed the story calls recent: the news it reacts to
        "The chancellor promised the country his support in the fight against crime. He wrote "
        "to the president in a letter published in Bonn. In the letter he expressed his shock "
        "at the recent murders of two judges and a mayor. The letter praised the police.",
        "The bishop spoke to the faithful after mass on Sunday. He asked for calm. He said that "
        "the most recent bombing had frightened the whole city. He blessed the congregation.",
    ],
)
def test_relevance_a_recent_incident_after_a_political_opening_is_relevant(text: str) -> None:
    assert _mains(text, published="2024-03-06")


def test_relevance_an_incident_said_today_is_not_recent_by_the_saying() -> None:
    """'said today' dates the statement, not the attack it refers to."""
    text = (
        "The minister met bankers on Monday to talk about the economy. He spoke about exports. "
        "He praised the farmers. He thanked the mayors. The minister said today that the attack "
        "was a consequence of the arrests."
    )
    assert _mains(text, published="2024-03-06") == []


def test_relevance_bracketed_notes_take_no_place_in_the_lead() -> None:
    text = (
        "LIMA, 6 MAR 24 (EFE) -- [REPORT] [TEXT] [NEWS CONFERENCE WITH THE INTERIOR MINISTER]\n\n"
        "THE MINISTER THANKED THE PRESS FOR COMING TODAY.  HE SPOKE ABOUT THE ECONOMY.  HE "
        "CONDEMNED THE MURDER OF TWO JUDGES IN HUANCAYO YESTERDAY."
    )
    assert _mains(text, published="2024-03-06")


def test_relevance_an_agency_editors_report_is_no_editorial() -> None:
    """A dateline with its notes takes no place in the lead, and an "[EDITORIAL REPORT]" (an
    agency editor's summary of broadcasts) is news, not opinion."""
    text = (
        "LA PAZ, NO DATE (FBIS) -- [EDITORIAL REPORT]\n"
        "[TEXT] RADIO FIDES AT 1200 GMT ON 2 APRIL REPORTS THAT THE POLICE CHIEF SPOKE ABOUT "
        "SECURITY. HE DID NOT GIVE A DATE FOR THE MEETING. THE STATION LATER SAID THAT ON 1 APRIL "
        "REBELS ATTACKED A POLICE POST IN THE TOWN OF SORATA AND SABOTAGED A BRIDGE.  TWO "
        "POLICEMEN WERE KILLED IN THE ATTACK."
    )
    assert _mains(text, published=None)
    text = text.replace("[EDITORIAL REPORT]", "[EDITORIAL]")
    assert _mains(text, published=None) == []


def test_relevance_one_weak_mention_late_in_the_lead_is_an_aside() -> None:
    text = (
        "The finance minister presented the budget to congress on Monday. The plan cuts taxes "
        "on exports and raises spending on schools. The minister said the murder of a judge "
        "had shaken investors. Congress will vote on the budget next month."
    )
    assert _mains(text, published="2024-03-06") == []


def test_relevance_a_deed_recent_only_in_a_tally_or_an_opening_is_an_aside() -> None:
    """'in recent weeks' sums many deeds up, and 'Concerning the recent attacks, ...' only points
    at them: neither calls a deed recent news."""
    for line in (
        "The minister said that three judges had been murdered in recent weeks.",
        "Concerning the recent attacks, the minister said that the police were ready.",
    ):
        text = (
            "The finance minister presented the budget to congress on Monday. The plan cuts "
            f"taxes on exports and raises spending on schools. {line} Congress will vote on the "
            "budget next month."
        )
        assert _mains(text, published="2024-03-06") == []


def test_relevance_an_incident_in_the_opening_sentence_is_no_aside() -> None:
    text = (
        "A judge was murdered in Cali, the minister said as he presented the budget to congress. "
        "The plan cuts taxes on exports. Congress will vote on it next month."
    )
    assert _mains(text, published="2024-03-06")


def test_relevance_a_fresh_death_long_after_the_attack_is_not_recent() -> None:
    text = (
        "The deputy minister spoke to the press on Monday about the arms shipment seized at the "
        "border. He said the rebels may plan a new offensive. He called on citizens to report "
        "suspicious activities. He spoke at the funeral of a pilot who died yesterday, 17 days "
        "after a bomb attack on his car in which he was wounded."
    )
    assert _mains(text, published="2024-03-06") == []


def test_relevance_bare_bombs_tell_an_incident() -> None:
    """Bare "bombs" name the weapon of one event, not violence in general."""
    text = "PERU.  Two churches were destroyed by bombs.  One was in Lima, the other in Cusco."
    assert _mains(text, published="2024-03-06")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Police said three people were hurt in the blast.", True),
        ("   SAN SALVADOR, 3 JAN 90 (RADIO CADENA) -- ", False),
        ("[NEWS CONFERENCE WITH THE DEFENCE MINISTER]", False),
        # a dateline with the notes the parser left on it
        ("   LA PAZ, NO DATE (FBIS) -- [EDITORIAL REPORT]\n", False),
        ("QUITO, 4 APR 90 (EFE) -- [REPORT] [PEDRO RUIZ]", False),
        ("Share this:", False),
        # page noise: long runs of dashes and quotes once made the word pattern backtrack for
        # minutes; the answer must come back, and be that nothing is said
        ("-" * 3000 + "'" * 3000 + " x", False),
        ("rule " + "-'" * 2000 + " then the gunman fled", True),
        # quotes and a number's hyphen between words: still four words that say something
        ("Woman hurt in 'accidental' blast dies", True),
        ("Uncle accidentally shot 9-year-old, deputies say", True),
        ("Neighbour shoots neighbour", False),
    ],
)
def test_relevance_says_something_tells_sentences_from_datelines_notes_and_noise(
    text: str, says: bool
) -> None:
    assert says_something(text) is says


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        # a page whose story was lost: its three-word headline, a whole clause, still tells it
        ("Grandson shoots grandfather\n\nSubscribe to our newsletter for the day's top stories.",
         True),
        ("Cook Stabs Waiter", True),
        # three words whose middle one is no verb of the deed are page noise
        ("Sheriff Shooting Coverage\n\nSubscribe to our newsletter for the day's top stories.",
         False),
        ("Legend: Wounded Dead", False),
    ],
)  # fmt: skip
def test_relevance_a_three_word_headline_clause_tells_an_incident(
    text: str, relevant: bool
) -> None:
    assert bool(_mains(text)) is relevant


@pytest.mark.parametrize(
    "text",
    [
        # commentary that only points at events
        "The president opened the fair on Monday. Concerning the recent attacks in the north, he "
        "said such violence was regrettable and called for calm.",
        # statistics over a period and over a day
        "The commander said on Monday that during this period his troops fought 35 clashes and "
        "lost 12 men, and that morale was high.",
        "The defence minister told reporters on Monday that the rebels had engaged in 14 "
        "attacks, 22 ambushes and 5 acts of sabotage across the country.",
        "The union said on Monday that 40 members have been murdered so far, and asked for "
        "protection.",
        # habits and generic statements
        "The deputy said on Monday that villagers are periodically suffering attacks by armed "
        "bands and asked the army for help.",
        "The rebels signed a truce on Tuesday after 16 years of fighting and joined the assembly.",
        # a diplomatic protest and a figurative blast
        "The foreign minister protested on Monday to the ambassador over remarks made by his "
        "president.",
        "A political crisis exploded in the capital on Monday when congress rejected the budget.",
        # a metaphorical battle and a finding that was "demonstrated"
        "The country is fighting a desperate battle against the drug cartels, the minister said "
        "on Monday.",
        "The audit released on Monday clearly demonstrated that the funds had been misused.",
        # denial of a killing
        "The army command on Monday denied the killing of farmers in the valley and called the "
        "report a fabrication.",
    ],
)
def test_relevance_commentary_statistics_and_figures_of_speech_give_no_event(text: str) -> None:
    assert extract(text, published="2024-03-06").events == ()


def test_relevance_many_words_in_tallies_are_no_strong_report() -> None:
    """A frame strong by word count alone, with every sentence a tally, reports nothing."""
    text = (
        "The army said on Monday that 393 rebels were killed in more than 600 clashes between "
        "January and September. It added that 143 soldiers were killed in the same clashes during "
        "this period. The number of ambushes has risen to 80 since March. A total of 45 bombings "
        "were recorded in the same months."
    )
    assert extract(text, published="2024-03-06").events == ()


@pytest.mark.parametrize(
    "text",
    [
        "Students demonstrated outside the ministry in Quito on Monday, and police fired tear gas.",
        "Several charges of dynamite exploded outside two banks in Cali last night, wounding nine "
        "people.",
        "Rebels attacked army units near the border town of Arauca on Sunday, killing four "
        "soldiers.",
        "This week, unidentified men attacked a retired officer outside his home in Santiago and "
        "wounded him.",
        # habit and crowd words beside an incident are no tally
        "A car bomb exploded on Tuesday near a market frequently visited by shoppers in Kirkuk, "
        "killing five people.",
        "Hundreds of people were evacuated after a bomb exploded at the central station in Lyon "
        "on Friday.",
        "Gunmen attacked a bus carrying workers who travel the road every day near Quetta on "
        "Sunday, killing seven.",
        "A mortar round hit a school in the town on Monday, the first attack there in two years.",
    ],
)
def test_relevance_reports_stay_relevant(text: str) -> None:
    assert _mains(text, published="2024-03-06")
