"""The place stage on US local pages (issue 4): the town a headline names before its people, a
county named without the word, a dateline under a station's photo credit, and namesakes abroad
(a province, a court's district) that a US story never points at."""

from __future__ import annotations

import pytest

from incidex.settings import Settings
from tests.extract.test_places import _event_place, _places


@pytest.mark.parametrize(
    ("text", "town", "admin1"),
    [
        ("2 Blytheville men charged after a clerk was shot\n\nThe men were held on Monday.",
         "Blytheville", "Arkansas"),
        ("Apison toddler shot himself with a pistol, deputies say", "Apison", "Tennessee"),
    ],
)  # fmt: skip
def test_places_a_headlines_town_before_its_people(
    settings: Settings, text: str, town: str, admin1: str
) -> None:
    place = _event_place(settings, text)
    assert (place.name, place.admin1, place.country_code) == (town, admin1, "US")


def test_places_a_county_named_without_the_word(settings: Settings) -> None:
    text = "A man was shot outside a gas station in Gwinnett on Sunday."
    place = _event_place(settings, text, {"Gwinnett": "GPE"})
    assert (place.name, place.admin1, place.country_code) == ("Gwinnett County", "Georgia", "US")
    assert place.gazetteer_id is not None


def test_places_the_dateline_under_a_stations_photo_credit(settings: Settings) -> None:
    text = (
        "Four shot near a corner store\n\nKXYZ (Photo: KXYZ)\n\n\u200bNEW ORLEANS -- Four people "
        "were shot near a corner store on Tuesday, police said."
    )
    place = _event_place(settings, text)
    assert (place.name, place.country_code) == ("New Orleans", "US")


def test_places_one_areas_name_said_again_is_no_country_told_of(settings: Settings) -> None:
    text = (
        "KANSAS CITY, Mo. -- A boy was shot in the Northland on Monday. Officers searched the "
        "Northland for the gunman."
    )
    ents = {"KANSAS CITY": "GPE", "Mo.": "GPE", "Northland": "LOC"}
    assert _event_place(settings, text, ents).country_code == "US"


def test_places_a_province_abroad_nothing_points_at_is_no_place(settings: Settings) -> None:
    text = (
        "A Cass County man was sentenced on Friday, deputies said. He shot a neighbour in May. "
        "North Central District Judge Ann Lee set the term."
    )
    ents = {"Cass County": "GPE", "North Central District": "LOC"}
    found = [
        p for p in _places(settings, text, ents) if p.evidence and "District" in p.evidence.text
    ]
    assert found and all(p.country_code in (None, "US") for p in found)
    assert _event_place(settings, text, ents).country_code == "US"


@pytest.mark.parametrize(
    ("text", "ents", "name", "detail"),
    [
        # a far town of another state on a US local page: a quarter of the dateline's city
        ("CHICAGO -- Two men were shot in Austin on Friday in the 500 block of Main Street.",
         {"CHICAGO": "GPE", "Austin": "GPE"}, "Chicago", "Austin"),
        # a town of the dateline's state stays the town
        ("CHICAGO -- Two men were shot in Peoria on Friday in the 500 block of Main Street.",
         {"CHICAGO": "GPE", "Peoria": "GPE"}, "Peoria", None),
        # ... and so does one whose state is named
        ("CHICAGO -- Two men were shot in Austin, Texas, on Friday in the 500 block of Elm Street.",
         {"CHICAGO": "GPE", "Austin": "GPE", "Texas": "GPE"}, "Austin", None),
    ],
)  # fmt: skip
def test_places_a_far_town_of_another_state_is_a_quarter_of_the_dateline_city(
    settings: Settings, text: str, ents: dict[str, str], name: str, detail: str | None
) -> None:
    place = _event_place(settings, text, ents)
    assert (place.name, place.detail) == (name, detail)
