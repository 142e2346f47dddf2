"""Relevance: statements that speak of violence without telling a deed give no event: wishes,
negated deeds, calls to cease, habits and generic "when" clauses, comments on earlier attacks,
sums of cases and waves of violence (issue 5); the deeds beside them stay triggers. A threat
against particular people or a target is an event, its outcome threatened, wherever it is told."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.events import _generic_hits, _trigger_hits
from incidex.extract.relevance import _tally
from incidex.schema import Outcome, Role


def _words(text: str) -> list[str]:
    hits = [m.group(0) for _, _, m in _trigger_hits(text)]
    return hits + [m.group(0) for _, m in _generic_hits(text)]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a wish or a purpose
        ("The rebels say they are willing to attack the garrison.", "attack"),
        ("The cartel vowed to continue attacking judges.", "attacking"),
        # a negated deed
        ("THE MOVEMENT DOES NOT TAKE HOSTAGES; THAT IS NOT OUR WAY.", "HOSTAGES"),
        ("The advisers have not participated in any fighting, the colonel said.", "fighting"),
        ("The militia never kidnapped anyone, its leader said.", "kidnapped"),
        # a call to cease
        ("The air force must cease all bombing of the villages.", "bombing"),
        ("The bishops called for an end to the shelling of the valley.", "shelling"),
        # a habit in a who-clause, a gerund after a verb of the present tense
        ("Only those who like throwing bombs and killing people oppose the vote.", "killing"),
        # a generic "when" in the present tense
        ("When those planes bomb the towns, the farmers flee.", "bomb"),
        ("They will answer to the courts when they attack a judge.", "attack"),
        # a purpose
        ("They sold rifles to the gangs to continue killing farmers.", "killing"),
        # the character of a group, not a deed
        ("The minister spoke of a murderous regime.", "murderous"),
        # a charge
        ("Fifteen of those arrested are implicated in murders.", "murders"),
        # a wire line break inside the habit's clause; the clause is the last who's
        ("Only those who like\nthrowing bombs and killing people oppose the vote.", "killing"),
        ("A deserter who surrendered said that his comrades, the bandits who ambush\nbuses, "
         "have no food left.", "ambush"),
        # a record, not a deed: a present perfect with a bare plural object
        ("They have murdered mayors, a governor and two senators.", "murdered"),
        ("The militia, who have kidnapped farmers for years, now seek a truce.", "kidnapped"),
        # a charge of violence against a whole people, in the present progressive
        ("We cannot support an army that is killing the civilian population.", "killing"),
        ("They are indiscriminately bombing the people of the north.", "bombing"),
        # a habit in the present passive
        ("He charged that the attacks are perpetrated against peaceful farmers.", "attacks"),
        # a struggle, not a clash
        ("The region is fighting this menace with new laws.", "fighting"),
        # a gerund listed after an unreal one shares its mood
        ("The air force must cease all bombing and shelling of the valley.", "shelling"),
        ("Next year the police will be capturing, torturing and assassinating again.",
         "assassinating"),
    ],
)  # fmt: skip
def test_statements_make_no_trigger(sentence: str, word: str) -> None:
    assert word not in _words(sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The men who threw grenades at the patrol fled into the hills.", "grenades"),
        ("Gunmen who began shooting at the crowd escaped in a car.", "shooting"),
        ("No group has claimed the attack; police have not claimed the attack was political.",
         "attack"),
        ("He was asleep when gunmen attacked the house.", "attacked"),
        # a threat is told as one, its outcome threatened
        ("The rebels threatened to bomb the embassy.", "bomb"),
        ("A clerk was hurt when militants fired on him in the village.", "fired on"),
        ("The guard fell when two men shot him at the gate.", "shot"),
        ("Not only was the mayor killed, his son was kidnapped.", "kidnapped"),
        ("The colonel implicated in the murder of six priests was removed from his post.",
         "murder"),
        # gerunds listed after a deed
        ("Gunmen opened fire on the bus, wounding and killing many passengers.", "killing"),
        ("The rebels began shooting and shelling the town at dawn.", "shelling"),
        # a present perfect with its victims counted or named tells one
        ("Gunmen have killed three judges in the port since dawn.", "killed"),
        ("They have kidnapped the mayor of the town.", "kidnapped"),
        ("Helicopters are bombing the bridge on the northern highway.", "bombing"),
        ("The attack was carried out by six gunmen on motorcycles.", "attack"),
    ],
)  # fmt: skip
def test_deeds_beside_statements_stay_triggers(sentence: str, word: str) -> None:
    assert word in _words(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "THE OFFICE REPORTS THAT 17 KIDNAP CASES WERE REPORTED IN SEPTEMBER.",
        "The president admitted that the police are involved in a wave of kidnapping and murder.",
        "In less than 20 days there have been dozens of murders and arrests.",
        "The reporter has been the victim of frequent army attacks.",
        "The villages suffer the constant criminal attacks of the militia.",
        # sums in thousands: "the 2,000 hostages they have taken", a campaign's dead
        "They must free the more than 2,000 villagers they have kidnapped.",
        "The general said the offensive ended with 2,310 rebels and 415 soldiers killed.",
    ],
)
def test_cases_and_waves_are_sums(sentence: str) -> None:
    assert _tally(sentence)


def test_the_latest_in_a_wave_is_one_incident() -> None:
    assert not _tally("The bombing was the latest in a wave of attacks on the city.")


@pytest.mark.parametrize(
    "text",
    [
        # a comment on earlier attacks
        "The president met the ambassadors of three countries on Friday. He comments on the "
        "situation resulting from the recent attacks by the rebels and promises order.",
        # a denial in the present tense
        "The rebel radio said on Monday that the front does not take hostages and that its "
        "actions are not aimed at foreigners.",
        # a recalled list, to the end of the sentence
        "The minister spoke about the extradition treaty on Monday. Let us recall the explosion of "
        "the airliner, in which more than 90 people died; the bomb at the police headquarters; and "
        "the murder of many reporters who wrote about the cartels.",
        "The senate debated the treaty on Tuesday. There is more: let us not forget the governor, "
        "the judge, the colonel and the senator who were murdered while the treaty was suspended.",
        # an opening that points at events runs on through those it singles out
        "The president returned from the summit on Monday. Concerning the recent attacks blamed on "
        "the rebels, particularly the 2 March attack on the army headquarters, the president said "
        "this is regrettable.",
        # a record in the passive: a bare plural subject, or "those who", in the present perfect
        "The bishops met the president on Monday. Reporters have been murdered; the press is "
        "muzzled, they said. MANY BRAVE FARMERS HAVE BEEN KIDNAPPED FOR REFUSING TO PAY. The "
        "bishops asked those who have been kidnapped to keep faith.",
        # statistics of cases
        "The business chamber published its monthly report on crime. It notes that 17 kidnap "
        "cases and 26 cases of assault were reported in September, against 19 and 71 in August.",
    ],
)
def test_statements_give_no_event(text: str) -> None:
    assert list(extract(text, published="1990-03-06").events) == []


@pytest.mark.parametrize(
    "text",
    [
        # a passive present perfect with its victims counted or pointed at tells one
        "Two reporters have been murdered in the port, the police said on Monday.",
        "The guards have been shot at the gate of the ministry, the police said on Monday.",
    ],
)
def test_a_passive_perfect_with_its_victims_counted_tells_one(text: str) -> None:
    report = extract(text, published="1990-03-06")
    assert [e.role for e in report.events] == [Role.MAIN]


def test_an_aside_that_reminds_of_the_incident_still_tells_it() -> None:
    report = extract(
        "The son of the mayor was freed near the cemetery today, the police said. As you will "
        "recall, the boy was kidnapped on 20 February by the gang.",
        published="1990-03-06",
    )
    assert [e.role for e in report.events] == [Role.MAIN]


def test_a_deed_told_beside_a_recall_stays_news() -> None:
    report = extract(
        "Gunmen killed two guards at a bank in the capital yesterday. Police recalled that a bomb "
        "destroyed the same bank last year, and that the manager was kidnapped.",
        published="1990-03-06",
    )
    mains = [e for e in report.events if e.role == Role.MAIN]
    assert len(mains) == 1
    assert mains[0].killed is not None
    assert mains[0].killed.value == 2


# A story about something else; its fifth sentence is `{}`.
_LONG_STORY = (
    "The government approved the extradition of two bankers on Monday. The bankers are wanted "
    "abroad on fraud charges. Their lawyers appealed to the supreme court. The court will rule "
    "next month, officials said. {}"
)


@pytest.mark.parametrize(
    "threat",
    [
        "The cartel has threatened to kill five magistrates for each banker sent abroad.",
        "THE SYNDICATE HAS PUBLICLY THREATENED TO MURDER THE GOVERNOR OF THE PROVINCE.",
        "The gang, which has sworn to kidnap the children of the ministers, issued a statement.",
        # a death list's sentence on those it names
        "The leaflet named four union leaders. These men will be executed, the squad wrote.",
    ],
)
def test_a_threat_against_particular_people_is_an_event_wherever_told(threat: str) -> None:
    report = extract(_LONG_STORY.format(threat), published="1990-03-06")
    mains = [e for e in report.events if e.role == Role.MAIN]
    assert len(mains) == 1
    assert mains[0].outcome == Outcome.THREATENED


@pytest.mark.parametrize(
    "threat",
    [
        # against anyone at all, or only on a condition
        "The police threatened to arrest anyone who joined the march and to shoot to kill if "
        "the order was disobeyed.",
        "The gang threatened to kill anyone who testified.",
        # a vague threat of violence in general
        "The cartel threatened to carry out more attacks on the banks.",
    ],
)
def test_a_threat_against_nobody_in_particular_is_no_event(threat: str) -> None:
    report = extract(_LONG_STORY.format(threat), published="1990-03-06")
    assert [e for e in report.events if e.role == Role.MAIN] == []


def test_a_death_squads_own_sentence_is_a_threat_not_a_court_story() -> None:
    text = (
        "SAN PEDRO SULA, 3 MAR 90 -- [COMMUNIQUE] THE PATRIOTIC JUSTICE COMMAND ANNOUNCES THAT ITS "
        "TRIBUNAL TRIED AND SENTENCED TO DEATH THE FOLLOWING TRAITORS: MARIO LOPEZ AND ANA RIVAS. "
        "THESE PEOPLE WILL BE EXECUTED WITHOUT FURTHER NOTICE."
    )
    mains = [e for e in extract(text, published="1990-03-03").events if e.role == Role.MAIN]
    assert [e.outcome for e in mains] == [Outcome.THREATENED]


def test_a_question_that_states_a_dated_deed_tells_it() -> None:
    text = (
        "THE MINISTER ANSWERED QUESTIONS FROM REPORTERS AT THE PALACE. [REPORTER] HOW WILL THE "
        "POLICE RESPOND TO THE THREE BOMBS THAT WERE PLANTED YESTERDAY AND KILLED FOUR GUARDS AT "
        "THE PORT OF CALLAO?"
    )
    assert [e.role for e in extract(text, published="1990-03-06").events] == [Role.MAIN]


def test_a_question_about_violence_in_general_tells_none() -> None:
    text = (
        "The minister answered questions from reporters at the palace. [REPORTER] What does the "
        "government think about the bombings? [MINISTER] We will defend the people."
    )
    assert list(extract(text, published="1990-03-06").events) == []
