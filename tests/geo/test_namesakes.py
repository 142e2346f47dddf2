"""Names that several places share or spell otherwise: bilingual and abbreviated own names,
areas a letter or two away, a far bigger namesake where its country is told of."""

from __future__ import annotations

import pytest

from incidex.geo import Gazetteer, load_gazetteer, resolve
from incidex.geo.names import transposed
from incidex.settings import Settings


@pytest.fixture(scope="module")
def gaz(settings: Settings) -> Gazetteer:
    return load_gazetteer(settings)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("San Sebastian", "ES"),  # "Donostia / San Sebastián"
        ("Vitoria", "ES"),  # "Gasteiz / Vitoria"
        ("St. Paul", "US"),  # "Saint Paul", Minnesota
        ("Ft. Worth", "US"),
    ],
)
def test_namesakes_a_part_or_short_form_of_a_name_is_the_place_s_own(
    gaz: Gazetteer, name: str, country: str
) -> None:
    own = [e for e in gaz.lookup(name) if e.country_code == country and e.kind == "city"]
    assert own and not own[0].matched_alias


def test_namesakes_dc_is_washington(gaz: Gazetteer) -> None:
    found = gaz.lookup("D.C.")
    assert [(e.name, e.kind, e.country_code) for e in found][:1] == [("Washington", "city", "US")]


@pytest.mark.parametrize(
    ("name", "context", "country"),
    [
        ("Ghanzi province", {"AF": 1.0}, "AF"),  # Ghazni, among the Taliban
        ("Ghanzi province", {}, "BW"),
        ("Zabol Province", {"AF": 1.0}, "AF"),  # Zabul
        ("Zabol Province", {}, "IR"),
    ],
)
def test_namesakes_an_area_a_letter_away_where_its_country_is_told_of(
    gaz: Gazetteer, name: str, context: dict[str, float], country: str
) -> None:
    best = resolve(gaz.lookup(name), country_weights=context)
    assert best is not None and best.country_code == country


def test_namesakes_transposed_swaps_neighbouring_consonants_only() -> None:
    assert transposed("ghanzi") == ["ghazni"]
    assert transposed("kabul") == []


@pytest.mark.parametrize(
    ("weights", "country"),
    [
        ({"MX": 9.0, "SV": 4.0}, "SV"),  # a Mexico City story about Salvadorans
        ({"MX": 9.0}, "MX"),  # nothing points at El Salvador: the Mexican one
    ],
)
def test_namesakes_a_far_bigger_namesake_where_its_country_is_told_of(
    gaz: Gazetteer, weights: dict[str, float], country: str
) -> None:
    best = resolve(gaz.lookup("San Salvador"), country_weights=weights)
    assert best is not None and best.country_code == country
