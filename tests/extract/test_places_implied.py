"""The country an event takes from words other than a place's name, when the article names no
place of it (issue 4): whose words do not move it, a country's own state does, and the words
used are its evidence; names that are no place of the event (a person's surname); and
well-known quarters, coded as their city."""

from __future__ import annotations

import pytest

from incidex.extract import places
from incidex.schema import PlacePrecision
from incidex.settings import Settings
from tests.extract.test_places import _analysis, _event_place, _places


@pytest.mark.parametrize(
    ("text", "cue", "country"),
    [
        ("Gunmen shot dead two Corsican nationalists outside a bar.", "Corsican", "FR"),
        ("Masked men set fire to a cafe in the IraqiÕs old quarter.", "Iraqi", "IQ"),
        ("A senior Bangladesh National Party leader was shot by unknown men.", "Bangladesh", "BD"),
        ("A bomb damaged a depot of Algeria's national gas company.", "Algeria", "DZ"),
        ("Shining Path rebels blew up a power pylon. Police found leaflets.", "Shining Path", "PE"),
        ("Armed Maoists set fire to a forest lodge.", "Maoists", "NP"),
        ("A Congress Party leader was shot dead by a lone militant.", "Congress Party", "IN"),
        # a country's own council is at home, not one of its nationals abroad
        ("Gunmen shot at a member of the Iraqi National Council outside his home.", "Iraqi", "IQ"),
    ],
)
def test_places_the_words_that_imply_the_country_are_its_evidence(
    settings: Settings, text: str, cue: str, country: str
) -> None:
    place = _event_place(settings, text)
    assert (place.country_code, place.precision) == (country, PlacePrecision.COUNTRY)
    assert place.evidence is not None and place.evidence.text == cue


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shot a German tourist and his driver on a mountain road.",
        "Gunmen kidnapped a Turkish national, who was driving a lorry.",
        "A bomb went off at the gate of the Iranian embassy before dawn.",
        "A car bomb killed two farmers in a village near the Iranian border.",
        "A bomb was defused by Israel Defense Forces sappers on a road.",
    ],
)
def test_places_visitors_missions_borders_and_forces_place_nothing(
    settings: Settings, text: str
) -> None:
    assert _places(settings, text)  # the people's or country's word is found ...
    analysis = places.run(places.mentions(_analysis(settings, text)))
    assert analysis.locations == (None,)  # ... but says whose, not where


def test_places_a_countrys_own_government_is_at_home(settings: Settings) -> None:
    text = (
        "Militants shot dead a district officer at his desk. Both Kenya and Somalia's federal "
        "government have fought the militants for years."
    )
    ents = {"Kenya": "GPE", "Somalia": "GPE"}
    assert _event_place(settings, text, ents).country_code == "SO"


def test_places_a_persons_surname_is_no_town(settings: Settings) -> None:
    # Kells is a town in Ireland; here it is the councillor's name
    text = (
        "A petrol bomb was thrown at the home of Mary Kells, a councillor in Portadown. "
        "Kells was not at home when the bomb hit Kells's car."
    )
    ents = {"Mary Kells": "PERSON", "Portadown": "GPE"}
    assert not [p for p in _places(settings, text, ents) if p.name == "Kells"]
    place = _event_place(settings, text, ents)
    assert (place.name, place.country_code) == ("Portadown", "GB")


@pytest.mark.parametrize(
    ("text", "ents", "name", "country"),
    [
        (
            "A bomb exploded in North West Frontier Province.",
            {"North West Frontier Province": "GPE"},
            "North-West Frontier",
            "PK",
        ),
        ("Gunmen shot a policeman in Ingushetia.", {"Ingushetia": "GPE"}, "Ingushetia", "RU"),
        ("Mortar shells were fired at the Qatif Bloc.", {"Qatif Bloc": "LOC"}, "Qatif Bloc", "PS"),
        ("A rocket hit the southern part of Ashqelon.", {}, "Ashqelon", "IL"),
        ("A bomb went off in central Dushanbe at night.", {}, "Dushanbe", "TJ"),
        # a town's name the news splits in two, or writes with the Arabic article
        ("A grenade hit a shop in Paya Thonzu on Monday.", {}, "Paya Thonzu", "MM"),
        ("A roadside bomb killed two policemen in Al-Tuz.", {"Al-Tuz": "GPE"}, "Al-Tuz", "IQ"),
        # nor is a country ending a church's name
        (
            "Vandals smashed the windows of a Church of Ireland hall outside Portadown.",
            {"Church of Ireland": "ORG", "Portadown": "GPE"},
            "Portadown",
            "GB",
        ),
        # the country across a border is not where the story is
        (
            "A bomb went off in Paya Thonzu, near the border with Thailand.",
            {"Thailand": "GPE"},
            "Paya Thonzu",
            "MM",
        ),
        ("Gunmen shot a teacher in southwestern Kandahar.", {}, "Kandahār", "AF"),
        # a part of a town says it is a place whatever the words before
        ("Three rockets struck central Sederot on Monday.", {}, "Sederot", "IL"),
        # a province's or town's own head names it
        ("Tribesmen ambushed Mahwit's provincial governor on a hill road.", {}, "Mahwit", "YE"),
    ],
)
def test_places_provinces_regions_and_spellings_the_packages_lack(
    settings: Settings, text: str, ents: dict[str, str], name: str, country: str
) -> None:
    place = _event_place(settings, text, ents)
    assert place.name.startswith(name) and place.country_code == country
    assert place.lat is not None


@pytest.mark.parametrize(
    ("text", "ents", "detail"),
    [
        ("A car bomb exploded in Karrada on Sunday.", {"Karrada": "GPE"}, "Karrada"),
        (
            "Gunmen shot two policemen in the Sadr City district.",
            {"Sadr City": "GPE"},
            "Sadr City district",
        ),
    ],
)
def test_places_a_well_known_quarter_is_its_city(
    settings: Settings, text: str, ents: dict[str, str], detail: str
) -> None:
    place = _event_place(settings, text, ents)
    assert (place.name, place.country_code, place.detail) == ("Baghdad", "IQ", detail)
