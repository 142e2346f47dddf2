"""Where an event happened when the story names other countries too (issue 4): a story filed at
home or abroad, a country named where a place stands, places that say whose voice or where words
were spoken, and the country of an incident a story cites without naming its place."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.schema import PlacePrecision, Role
from incidex.settings import Settings
from tests.extract.test_places import _event_place


@pytest.mark.parametrize(
    ("text", "ents", "country"),
    [
        # a country named where a place stands, in a story filed from abroad
        (
            "MANAGUA, 20 MAR 90 -- Three journalists were shot in El Salvador yesterday. "
            "The Managua press union mourned them.",
            {},
            "SV",
        ),
        # where words were spoken: a spokesman's town is not the event's
        (
            "SAN SALVADOR, 16 NOV 89 -- Six priests were shot in their home. "
            "A rebel spokesman in Washington blamed the army.",
            {"Washington": "GPE"},
            "SV",
        ),
        # a town abroad beside the event, not with its words, is other business
        (
            "SAN SALVADOR, 2 NOV 89 -- The rebels suspended the talks. A bomb killed ten union "
            "members at their headquarters. The meeting with the government in Caracas is off.",
            {"Caracas": "GPE"},
            "SV",
        ),
        # a country heading says where; another country named after "in" does not move it
        (
            "FRANCE.  A bomb exploded at a Japanese firm to back an anarchist jailed in Japan.",
            {"Japan": "GPE"},
            "FR",
        ),
    ],
)
def test_places_a_story_naming_other_countries(
    settings: Settings, text: str, ents: dict[str, str], country: str
) -> None:
    assert _event_place(settings, text, ents).country_code == country


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        (
            "BOGOTA, 5 MAR 90 -- A bomb killed two policemen, a Medellin newspaper reported.",
            {},
            "Bogotá",
        ),
        ("A bomb killed two policemen in Cali, the Liberal Party said.", {"Cali": "GPE"}, "Cali"),
    ],
)
def test_places_a_papers_or_a_partys_home_is_not_where(
    settings: Settings, text: str, ents: dict[str, str], name: str
) -> None:
    assert _event_place(settings, text, ents).name == name


_NO_NEWS = (
    "BOGOTA, 5 MAR 90 -- THE FOREIGN MINISTER TODAY OPENED TALKS ON A NEW FISHING TREATY WITH "
    "HIS NEIGHBOURS. THE TALKS WILL LAST THREE DAYS AND WILL ALSO COVER TARIFFS. "
)


def test_places_a_cited_incident_without_a_place_is_in_the_storys_country() -> None:
    text = _NO_NEWS + "HE SAID THE MEETING HAD BEEN DELAYED BY THE MURDER OF TWO JUDGES LAST MONTH."
    events = extract(text, published="1990-03-05").events
    assert [e.role for e in events] == [Role.BACKGROUND]
    place = events[0].place
    assert place is not None
    assert (place.country_code, place.precision) == ("CO", PlacePrecision.COUNTRY)
    assert place.evidence is None  # the story's country, not a place the text names for it


def test_places_the_storys_country_makes_no_cited_incident_particular() -> None:
    # dated, but with neither a toll nor a place of its own: not history worth keeping
    text = _NO_NEWS + "HE SAID THE MEETING HAD BEEN DELAYED BY THE BOMBING OF A BANK ON 2 JANUARY."
    assert extract(text, published="1990-03-05").events == ()
