"""Names that do not place the event where they lie (issue 4): a firm's base, a city found under
an old name unlike its own, a hamlet abroad beside a district of the story's country."""

from __future__ import annotations

import pytest

from incidex.extract import places
from incidex.settings import Settings
from tests.extract.test_places import _analysis, _event_place, _named, _places


@pytest.mark.parametrize(
    ("text", "ents", "country"),
    [
        # where a firm is based says whose it is
        ("Gunmen shot an engineer of the Lisbon-based Atlas Roads firm. The firm builds roads "
         "across Angola.", {"Lisbon": "GPE", "Angola": "GPE"}, "AO"),
        # a city found only under an old name unlike its own, in a story about another country
        ("A bomb damaged a shop in Byzantium on Sunday. Sectarian violence has risen across Iraq "
         "this year.", {"Byzantium": "GPE", "Iraq": "GPE"}, "IQ"),
        # a hamlet abroad beside a district of the story's country
        ("Gunmen shot a farmer from Kote in the Doda district.", {}, "IN"),
        # a town just across the border of the country named, but not one far from it
        ("Vandals attacked an Orange hall outside Portadown. Churches across Ireland condemned "
         "it.", {"Portadown": "GPE", "Ireland": "GPE"}, "GB"),
        ("Gunmen shot a driver in Bor. Sudan's army blamed rebels. Sudan said more.",
         {"Bor": "GPE", "Sudan": "GPE"}, "SD"),
        # where goods went, and whose make a weapon is
        ("A bomb was found outside a newspaper office. The device had been sold to Honduras "
         "years before. Colombian police defused it.", {"Honduras": "GPE"}, "CO"),
        ("Rebels bombed a train that shipped copper to the port of Beira. Such attacks are "
         "rare in Zambia.", {"Beira": "GPE", "Zambia": "GPE"}, "ZM"),
        ("A U.S. manufactured grenade exploded at a market. Kenyan police blamed militants.",
         {"U.S.": "GPE"}, "KE"),
        # where rockets were fired from
        ("Militants fired two rockets from the northern Gaza Strip at Israel.",
         {"Israel": "GPE", "Gaza Strip": "LOC"}, "IL"),
    ],
)  # fmt: skip
def test_places_names_that_say_whose_or_elsewhere_do_not_place_the_event(
    settings: Settings, text: str, ents: dict[str, str], country: str
) -> None:
    assert _event_place(settings, text, ents).country_code == country


def test_places_the_far_side_of_a_border_is_not_the_events_country(settings: Settings) -> None:
    text = "A bomb exploded at a market in Lungwe village, near the border with Malawi."
    analysis = places.run(places.mentions(_analysis(settings, text, {"Malawi": "GPE"})))
    assert analysis.locations is not None
    place = analysis.locations[0]
    assert place is None or place.country_code != "MW"


def test_places_another_spelling_of_a_city_is_no_old_name(settings: Settings) -> None:
    text = "Militants fired a rocket at Ashqelon. The group said it was fired from Gaza."
    found = _places(settings, text, {"Ashqelon": "GPE", "Gaza": "GPE"})
    assert _named(found, "Ashqelon").country_code == "IL"
