"""Trigger words the sentence makes unreal, weapons only held, killings come to light, and bombs
dropped from the air (issue 5)."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.extract.events import _generic_hits, _trigger_hits
from incidex.schema import EventType, Role


def _mains(text: str, published: str = "2024-03-06") -> list[str]:
    return [e.type for e in extract(text, published=published).events if e.role == Role.MAIN]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The union said it would strike if the air force continues to bomb the suburbs.", "bomb"),
        ("The minister denied the report that the army is shelling villages near the border.",
         "shelling"),
        ("He was extradited on charges of kidnapping and drug trafficking.", "kidnapping"),
        ("What the region needs is dialogue, not the bombing of its towns.", "bombing"),
        ("Rebels said they would attack the garrison within a week.", "attack"),
        ("Troops raided a safe house and seized 40 pounds of explosives and six grenades.",
         "explosives"),
        # the last weapon of a long list of arms seized
        ("Soldiers raided a farm and seized 9 assault rifles, 4,200 rounds of ammunition, 75 "
         "pounds of gunpowder, 22 hand grenades, 800 blasting caps, and 30 sticks of dynamite.",
         "dynamite"),
        ("Customs officers held two travellers who had grenades, fuses and maps in their bags.",
         "grenades"),
        ("The police closed a workshop used to fabricate bombs for the cartel.", "bombs"),
        # heard, not seen
        ("Loud explosions and gunfire are currently heard in the northern suburbs.",
         "explosions"),
    ],
)  # fmt: skip
def test_events_unreal_or_held_words_are_no_triggers(sentence: str, word: str) -> None:
    assert word not in [m.group(0) for _, _, m in _trigger_hits(sentence)]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Police will investigate the bombing of the market in Kano.", "bombing"),
        ("Militants detonated explosives under a bridge near Mosul on Monday.", "explosives"),
        ("Police found a bomb under a car and defused it.", "bomb"),
        ("Terrorists placed a charge of dynamite under a bus carrying fishermen.", "dynamite"),
        ("Police said the car had a bomb hidden under its seat.", "bomb"),
        ("The two men who had planted bombs on the road were arrested.", "bombs"),
    ],
)  # fmt: skip
def test_events_real_words_stay_triggers(sentence: str, word: str) -> None:
    assert word in [m.group(0) for _, _, m in _trigger_hits(sentence)]


@pytest.mark.parametrize(
    "text",
    [
        "The union called a strike for Friday and said it would stop work if the air force "
        "continues to bomb the suburbs of the capital.",
        "The president denied the report that the army is shelling villages in the north. He "
        "spoke at a news conference about the economy.",
        "Troops searched a farm on Tuesday and seized 300 pounds of explosives, 12 grenades and "
        "two radios, the army said.",
    ],
)
def test_events_talk_of_unreal_violence_gives_no_main_event(text: str) -> None:
    assert _mains(text) == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The body of a farmer was found on Monday on a road outside Tegucigalpa with three "
         "bullet wounds.", "armed_assault"),
        ("A trade union leader was found dead under a bridge in the capital on Saturday.",
         "armed_assault"),
        ("A man fired three shots at an embassy clerk in Tripoli on Monday; the clerk died.",
         "armed_assault"),
        ("A toddler shoots himself with his father's pistol in Fresno.", "armed_assault"),
        ("Two devices exploded on the university campus in Bogota on Monday after hooded men "
         "occupied a square.", "bombing"),
        # a place called "Ban ..." bans nothing
        ("The Ban Na Khok school was set on fire by unknown arsonists on Monday night.",
         "facility_attack"),
        ("A young man threw a firebomb at the consulate in Athens on Friday.", "facility_attack"),
        ("A bomb exploded in Ituango on Friday during the town's anniversary party, killing "
         "seven people.", "bombing"),
    ],
)  # fmt: skip
def test_events_killings_and_shootings_are_found(text: str, etype: str) -> None:
    assert _mains(text)[:1] == [etype]


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("A-37 planes bombed the village of Las Flores on Monday.", EventType.AIR_STRIKE),
        ("Witnesses said the air force is bombing the northern neighbourhoods.",
         EventType.AIR_STRIKE),
        ("A bomb exploded aboard a plane flying from Bogota to Cali.", EventType.BOMBING),
        ("A car bomb exploded outside the police station.", EventType.BOMBING),
    ],
)  # fmt: skip
def test_events_bombs_from_aircraft_are_air_strikes(sentence: str, etype: EventType) -> None:
    types = {t for t, _, m in _trigger_hits(sentence) if "bomb" in m.group(0).casefold()}
    assert types == {etype}


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Explosions were heard in the eastern suburbs during the night.", "Explosions"),
        ("Heavy explosions have also been heard near the harbour.", "explosions"),
        ("The blasts, one after the other, were first heard at dusk.", "blasts"),
        ('The colonel said the "explosions" heard on the hill were flares.', "explosions"),
        ("The sound of mortars kept residents awake.", "mortars"),
        ("Five hundred judges resigned in protest of the new decree.", "protest"),
        ("The mayor issued a decree prohibiting rallies in the city centre.", "rallies"),
        ("We will not allow the city to be bombed again, the commander said.", "bombed"),
    ],
)
def test_events_heard_weapons_and_protest_motives_are_no_triggers(sentence: str, word: str) -> None:
    assert word not in [m.group(0) for _, _, m in _trigger_hits(sentence)]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # heard blasts do not make a machinegun attack a bombing
        ("Guerrillas attacked the home of a deputy minister in San Salvador on Monday; the house "
         "was machinegunned from a passing car and explosions were heard nearby.",
         "armed_assault"),
        ("Rebels attacked a police post in Usulutan on Monday with rifle fire for an hour.",
         "armed_assault"),
        ("Thousands of students marched through Quito on Monday to protest the new fuel prices.",
         "protest"),
    ],
)  # fmt: skip
def test_events_type_with_heard_blasts_and_gunfire(text: str, etype: str) -> None:
    assert _mains(text)[:1] == [etype]


def _words(sentence: str) -> list[str]:
    """Every trigger word of a sentence: typed ones and words of unstated means."""
    return [m.group(0) for _, _, m in _trigger_hits(sentence)] + [
        m.group(0) for _, m in _generic_hits(sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a unit or gear, not a deed
        ("The artillery battalion marched in the independence parade.", "artillery"),
        ("Assault troops surrounded the prison at dawn.", "Assault"),
        ("Riot police guarded the gates of the embassy.", "Riot"),
        # a soldier's arm, not its use
        ("An artillery lieutenant spoke to the reporters at the base.", "artillery"),
        ("THE MORTAR SERGEANT AND TWO OFFICERS WERE TRANSFERRED.", "MORTAR"),
        # a struggle, not a clash
        ("The country is fighting a long battle against the cocaine cartels.", "fighting"),
        # "demonstrated" as "shown"
        ("The audit clearly demonstrated that the funds had been misused.", "demonstrated"),
        ("The vote demonstrated the strength of the opposition.", "demonstrated"),
        # a diplomatic protest
        ("The foreign minister protested to the ambassador over his remarks.", "protested"),
        ("The ministry issued a note to protest the statements of the envoy.", "protest"),
        # a figurative blast
        ("A political crisis exploded in the capital after the vote.", "exploded"),
        ("The report warned of a population explosion in the cities.", "explosion"),
        # heard, denied, negated, held, intended
        ("Soldiers at the base heard two shots in the night.", "shots"),
        ("The command denied the killing of farmers in the valley.", "killing"),
        ("He denied, however, that the shooting took place near the base.", "shooting"),
        ("The town was taken without a shot being fired.", "shot"),
        ("The two men had maps for carrying out attacks on the capital.", "attacks"),
        ("The youths were armed with pistols and grenades.", "grenades"),
        ("The rebels carried knapsacks with bombs.", "bombs"),
        # a lot or a habit, not a deed
        ("Farmers are the ones who are being killed in this war, the bishop said.", "killed"),
        ("It is an army with squads that systematically murder the poor.", "murder"),
        ("He praised a rebel chief who was assassinated in 1841 near the river.", "assassinated"),
        # a scene in the present, weapons bought
        ("In the port shots are heard, bombs explode, and the shops stay shut.", "bombs"),
        ("Agents said the gang was buying missiles from a dealer abroad.", "missiles"),
        ("The guns were found by accident when a mechanic opened the truck.", "accident"),
        # a court's matter, a cause fought for
        ("The colonel, who is involved in a murder trial, left the country.", "murder"),
        ("The rebels say they are fighting for national independence.", "fighting"),
        # criticism, not force
        ("The senator harshly attacked the president in a speech.", "attacked"),
    ],
)
def test_events_figurative_and_unreal_words_are_no_triggers(sentence: str, word: str) -> None:
    assert word not in _words(sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Several charges of dynamite exploded outside two banks last night.", "dynamite"),
        ("Students demonstrated outside the ministry on Monday.", "demonstrated"),
        ("Rebels attacked army units near the border town.", "attacked"),
        ("A gunman shot officers at the gate of the barracks.", "shot"),
        ("Artillery shelled the officers' quarters at dawn.", "shelled"),
        ("Troops were fighting rebels in the hills above the town.", "fighting"),
        ("Neighbours heard that a bomb had exploded in the market.", "bomb"),
        ("Gunmen carried out a grenade attack on a bus.", "grenade"),
        ("Hundreds of farmers protested outside the ministry on Friday.", "protested"),
        ("A gas tank exploded in a restaurant kitchen.", "exploded"),
        ("Squads that systematically murdered farmers were disbanded in May.", "murdered"),
        ("The man who was being kidnapped fought back and escaped.", "kidnapped"),
        ("Police said the murder suspect was arrested on Friday.", "murder"),
        ("The church, built in 1850, was bombed on Monday.", "bombed"),
        ("Bombs explode in two malls in Lima.", "Bombs"),
        ("Two men died in an accident on the coast road.", "accident"),
        ("The mayor said two bombs explode in the port, and the shops stay shut.", "bombs"),
        ("Rebels were fighting for the hill above the town on Monday.", "fighting"),
    ],
)
def test_events_real_deeds_stay_triggers(sentence: str, word: str) -> None:
    assert word in _words(sentence)


@pytest.mark.parametrize(
    ("sentence", "word", "real"),
    [
        # the incident a charge is brought for happened, whoever did it
        ("Two men were charged with attempted murder in the drive-by shooting on Elm Street.",
         "shooting", True),
        ("She was convicted of manslaughter for the stabbing of a neighbour in May.", "stabbing",
         True),
        ("Police said he faces charges of assault in connection with Friday's shooting.",
         "shooting", True),
        # ... and so did a deed charged that was done to someone
        ("A man accused of fatally shooting his stepson pleaded guilty on Monday.", "shooting",
         True),
        ("The teenager is charged with shooting two clerks at a gas station.", "shooting", True),
        # the offence's name alone stays alleged
        ("He was extradited on charges of kidnapping and drug trafficking.", "kidnapping", False),
        ("The two brothers were charged with kidnapping and extortion.", "kidnapping", False),
        # a deed done by someone the sentence names, even in an irregular past
        ("The man who shot a cashier in Dayton was arrested on Friday.", "shot", True),
        ("Officers who shoot unarmed men must be punished, the mayor said.", "shoot", False),
    ],
)  # fmt: skip
def test_events_charged_incidents_and_deeds_are_real(sentence: str, word: str, real: bool) -> None:
    assert (word in _words(sentence)) is real
