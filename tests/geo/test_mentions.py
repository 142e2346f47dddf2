"""Place-name mentions in text: datelines, names after locatives and before an area's kind,
demonyms, upper-case scans and capitalised runs."""

from __future__ import annotations

import pytest

from incidex.geo import Gazetteer, load_gazetteer
from incidex.geo.mentions import (
    US_LOCAL,
    after_locatives,
    areas,
    county,
    dateline_credit,
    dateline_region,
    demonyms,
    find_dateline,
    forces,
    headline_towns,
    known_as_after_locatives,
    own_name,
    policed,
    scan,
    sub_names,
    towns_with_state,
)
from incidex.settings import Settings


@pytest.fixture(scope="module")
def gaz(settings: Settings) -> Gazetteer:
    return load_gazetteer(settings)


@pytest.mark.parametrize(
    ("text", "shouting", "city", "region"),
    [
        ("KANO, Nigeria (Reuters) - Gunmen killed five.", False, "KANO", "Nigeria"),
        ("   SAN SALVADOR, 9 JAN 90 -- [TEXT] THE ARMY SAID", True, "SAN SALVADOR", None),
        ("CYPRUS.  Rockets were fired into the base.", False, "CYPRUS", None),
        ("Drug dealer held . BEIRUT: A major dealer was held.", False, "BEIRUT", None),
        ("New call for help . MONROE - Federal agents came.", False, "MONROE", None),
        # a station's photo credit on a line of its own is no dateline
        ("Two hurt in crash\n\nKXYZ (Photo: KXYZ)\n\n\u200bTOLEDO, Ohio -- Two were hurt.",
         False, "TOLEDO", "Ohio"),
    ],
)  # fmt: skip
def test_mentions_datelines(text: str, shouting: bool, city: str, region: str | None) -> None:
    m = find_dateline(text, shouting=shouting)
    assert m is not None
    assert (m.group("city").strip(), m.group("region")) == (city, region)


def test_mentions_no_inline_dateline_in_upper_case_text() -> None:
    text = "THE ARMY REPORTED 5 DEAD. THE REBELS - WHO FLED - WERE CHASED."
    assert find_dateline(text, shouting=True) is None


def test_mentions_after_locatives_stop_at_the_sentence_end(gaz: Gazetteer) -> None:
    text = "A man was arrested in Thessaloniki. Another was held near Karachi's port."
    assert [text[a:b] for a, b in after_locatives(text, gaz)] == ["Thessaloniki", "Karachi"]


def test_mentions_possessives_after_locatives_give_the_owner(gaz: Gazetteer) -> None:
    # "Õ" is the apostrophe of MacRoman text read as Latin-1
    text = (
        "A grenade went off in Lahore's Anarkali bazaar. Another was found near MultanÕs airport."
    )
    assert [text[a:b] for a, b in after_locatives(text, gaz)] == ["Lahore", "Multan"]


def test_mentions_alias_only_names_are_not_places(gaz: Gazetteer) -> None:
    assert own_name(gaz, "Hamm") and not own_name(gaz, "Hamas")
    text = "The military wing of Hamas claimed the attack."
    assert after_locatives(text, gaz) == []


def test_mentions_areas_by_their_kind(gaz: Gazetteer) -> None:
    text = "Gunmen attacked a post in Thailand's restive Yala province and in Diyala Governorate."
    assert [text[a:b] for a, b in areas(text, gaz)] == ["Yala province", "Diyala Governorate"]


def test_mentions_demonyms(gaz: Gazetteer) -> None:
    text = "Southern Iraqi towns, Sri Lankan troops and SALVADORAN soldiers; Martians none."
    assert [m.group(0) for m in demonyms(text, gaz)] == ["Iraqi", "Sri Lankan", "SALVADORAN"]


def test_mentions_a_continents_people_is_no_countrys(gaz: Gazetteer) -> None:
    text = "THE CENTRAL AMERICAN UNIVERSITY hosted Latin American leaders and an American envoy."
    assert [m.group(0) for m in demonyms(text, gaz)] == ["American"]


def test_mentions_upper_case_scan_takes_longest_names_where_places_stand(gaz: Gazetteer) -> None:
    text = "GUERRILLAS ATTACKED A POST IN SAN MIGUEL DEPARTMENT, GENERAL ENRIQUE LOPEZ SAID."
    found = [text[a:b] for a, b in scan(text, gaz)]
    assert "SAN MIGUEL" in found or "SAN MIGUEL DEPARTMENT" in found
    assert "LOPEZ" not in found


@pytest.mark.parametrize(
    "text",
    [
        "A FISHING BOAT WAS SUNK OFF BLUEFIELDS YESTERDAY.",
        "GUNBOATS PATROLLED ALONG BLUEFIELDS TODAY.",
    ],
)
def test_mentions_upper_case_scan_takes_names_at_sea_and_along(gaz: Gazetteer, text: str) -> None:
    assert "BLUEFIELDS" in [text[a:b] for a, b in scan(text, gaz)]


def test_mentions_capitalised_runs_give_their_place_names(gaz: Gazetteer) -> None:
    text = "the Huntsville High School band"
    start = text.index("Huntsville")
    assert [text[a:b] for a, b in sub_names(text, start, start + 22, gaz)] == ["Huntsville"]


@pytest.mark.parametrize(
    "name",
    [
        "Old Bethel Baptist Church",
        "Greater Shiloh Missionary Baptist Church",
        "Antioch Temple",
        "Lebanon Street",
    ],
)
def test_mentions_a_house_of_worship_or_street_names_no_town(gaz: Gazetteer, name: str) -> None:
    text = f"Mourners gathered at the {name} on Sunday."
    start = text.index(name)
    assert sub_names(text, start, start + len(name), gaz) == []


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("DANVILLE POLICE SAID THE BOY WAS TAKEN TO A HOSPITAL.", "DANVILLE", True),
        ("THE MARION COUNTY SHERIFF SAID TWO WERE HELD.", "MARION", True),
        ("THE NATIONAL POLICE SAID TWO WERE HELD IN MARION.", "MARION", False),
        ("Police in Danville said two were held.", "Danville", False),
    ],
)
def test_mentions_a_town_with_its_own_police_force(text: str, name: str, found: bool) -> None:
    assert policed(text, name) is found


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("MAIDUGURI, Nigeria (Sahel Wire) — Two bombs exploded.", "Sahel Wire"),
        ("KABUL (AP) - A blast hit the city.", "AP"),
        ("KABUL, Afghanistan - A blast hit the city (police said).", None),
        ("A blast hit Kabul (Afghanistan) on Monday.", None),
        ("ROME (ITALY), 4 MAR 90 -- [TEXT] A BOMB WENT OFF.", None),
    ],
)
def test_the_agency_credit_after_a_dateline_is_found(
    gaz: Gazetteer, text: str, credit: str | None
) -> None:
    span = dateline_credit(text, gaz)
    assert (text[span[0] : span[1]] if span else None) == credit


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("ROME (ITALY), 4 MAR 90 -- [TEXT] A BOMB WENT OFF.", "ITALY"),
        ("KANO, Nigeria (Reuters) - Gunmen killed five.", "Nigeria"),
        ("KABUL (AP) - A blast hit the city.", None),
    ],
)
def test_mentions_dateline_region_in_brackets(
    gaz: Gazetteer, text: str, region: str | None
) -> None:
    found = find_dateline(text)
    assert found is not None
    span = dateline_region(text, found, gaz)
    assert (text[span[0] : span[1]] if span else None) == region


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two rockets fell in Sederot on Monday, and one near Kabul.", ["Sederot"]),
        ("A bomb went off in Paya Thonzu and near Al-Tuz.", ["Paya Thonzu", "Al-Tuz"]),
        ("A shot was fired in Green Moss near Foo Bar.", []),  # no town of size so written
    ],
)
def test_mentions_another_spelling_of_a_town_after_in(
    gaz: Gazetteer, text: str, found: list[str]
) -> None:
    assert [text[a:b] for a, b in known_as_after_locatives(text, gaz)] == found


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("A man was shot in the 400 block of Pine Street.", True),
        ("Sheriff's deputies found the car on Monday.", True),
        ("The Polk County Sheriff said the boy was hurt.", True),
        ("Voters backed a tax to pay for more sheriff patrols.", True),
        ("He appeared at the Sheriff Court on Monday.", False),
        ("The Millbrook Police Department said the boy was hurt.", True),
        ("A neighbour called 911 after the shots.", True),
        ("All three were booked into the Santa Clara County jail.", True),
        ("Anyone with information can call 408-277-5283.", True),
        ("Troops blocked the road and police said two were killed.", False),
        ("The blast on 12-05-2024 killed 1200-1500 people, officials said.", False),
        ("She is held on a $75,000 bond at the city jail.", True),
        ("A judge set a $2.5 million bond for the driver.", True),
        ("The teenager is being held on $40,000 cash bail.", True),
        ("His bond was set at twice that amount.", True),
        ("The company sold a $10 million bond issue to investors.", False),
        ("He was released on bail after a night in custody.", False),
    ],
)
def test_mentions_phrases_of_us_local_news(text: str, local: bool) -> None:
    assert bool(US_LOCAL.search(text)) is local


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dayton police said a girl was hurt.", ["Dayton"]),
        ("Federal police and Transit Police closed the station.", []),
        ("Police said the man fled.", []),
    ],
)
def test_mentions_a_town_named_by_its_police_force(
    gaz: Gazetteer, text: str, names: list[str]
) -> None:
    assert [text[a:b] for a, b in forces(text, gaz)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("3 Blytheville men arrested after robbery\n\nPolice said the men fled.", ["Blytheville"]),
        ("Gunfire Leaves Dayton Man Dead\n\nThe man was found on Main Street.", ["Dayton"]),
        ("Apison toddler hurt in fall, deputies say", ["Apison"]),  # a page that is its headline
        # a person's colour or kind is no town; nor is a name after the headline
        ("White Man Held After Fight\n\nA Dayton man was held.", []),
        ("Police officer hurt in crash\n\nText.", []),
    ],
)
def test_mentions_a_headlines_town_before_its_people(
    gaz: Gazetteer, text: str, names: list[str]
) -> None:
    assert [text[a:b] for a, b in headline_towns(text, gaz)] == names


@pytest.mark.parametrize(
    ("name", "counties"),
    [
        ("Gwinnett", ["Gwinnett County"]),
        ("Miami-Dade", ["Miami-Dade County"]),
        ("Dayton", []),  # a town's own name stays the town's
        ("gwinnett", []),
    ],
)
def test_mentions_a_county_named_without_the_word(
    gaz: Gazetteer, name: str, counties: list[str]
) -> None:
    assert [e.name for e in county(gaz, name)] == counties


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a village the gazetteer lacks, named with its district: the district (issue 4)
        ("Militants shot a shopkeeper at Dhanwari Anantnag on Friday.", ["Anantnag"]),
        ("A teacher was kidnapped outside of Lalpora Pulwama.", ["Pulwama"]),
        ("A grenade was thrown at Gundpora Kupwara district police post.", ["Kupwara"]),
        # one town's name of two words, and a person's name, are no village and district
        ("Gunmen struck in the town of Nueva Pulwama last night.", []),
        ("The party was held at the home of Ravi Pulwama.", []),
    ],
)
def test_mentions_a_village_named_before_its_district_gives_the_district(
    gaz: Gazetteer, text: str, found: list[str]
) -> None:
    assert [text[a:b] for a, b in after_locatives(text, gaz)] == found


def test_mentions_a_municipality_named_with_its_kind_is_an_area(gaz: Gazetteer) -> None:
    text = "A car bomb was found in the Segovia Municipality on Tuesday."
    assert [text[a:b] for a, b in areas(text, gaz)] == ["Segovia Municipality"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A mortar bomb was fired at the Netzarim settlement on Monday.", ["Netzarim"]),
        ("Shots were fired near the Nirim kibbutz.", ["Nirim"]),
        ("Troops saw the Ofra Settlement Council chairman.", []),  # the word must be in lower case
    ],
)
def test_mentions_a_name_before_settlement_or_kibbutz_stands_where_a_place_does(
    gaz: Gazetteer, text: str, found: list[str]
) -> None:
    assert [text[a:b] for a, b in after_locatives(text, gaz)] == found


def test_mentions_a_regional_council_named_with_its_kind_is_an_area(gaz: Gazetteer) -> None:
    text = "A rocket landed in the Hof Ashkelon Regional Council on Monday."
    assert [text[a:b] for a, b in areas(text, gaz)] == ["Hof Ashkelon Regional Council"]


def test_mentions_a_name_before_the_area_it_gives_stands_where_a_place_does(
    gaz: Gazetteer,
) -> None:
    text = "A grenade hit a bus stop in the Quetta suburbs. Troops searched the Bannu area."
    assert [text[a:b] for a, b in after_locatives(text, gaz)] == ["Quetta"]


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Hope, Ark., police are looking for a gray truck.", ["Hope", "Ark."]),
        ("A man from Normal, Illinois, was shot on Friday.", ["Normal", "Illinois"]),
        ("Deputies in Spring Hill, Tenn. said the boy was hurt.", ["Spring Hill", "Tenn."]),
        # a word before a state that has no town of that name there, or no state at all
        ("Meanwhile, Texas officials said the road was closed.", []),
        ("Hope, Sarah and Ann were at the party.", []),
    ],
)
def test_mentions_a_town_named_with_its_state(gaz: Gazetteer, text: str, towns: list[str]) -> None:
    assert [text[a:b] for a, b in towns_with_state(text, gaz)] == towns
