"""Well-known geography beyond the packages: regions, city quarters, armed groups' countries and
countries' neighbours."""

from __future__ import annotations

import pytest

from incidex.geo import Gazetteer, load_gazetteer, resolve
from incidex.geo.known import group_countries, neighbours
from incidex.settings import Settings


@pytest.fixture(scope="module")
def gaz(settings: Settings) -> Gazetteer:
    return load_gazetteer(settings)


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        ("A car bomb was blamed on the Real IRA.", {"GB"}),
        ("FARC rebels blew up a bridge.", {"CO"}),
        ("ELN guerrillas and the Salafist Group for Call and Combat were named.", {"CO", "DZ"}),
        ("Police said ETA had sent a warning.", {"ES"}),
        ("HAMAS AND THE FMLN WERE NAMED.", {"PS", "SV"}),
        ("The Pattani United Liberation Organization was blamed.", {"TH"}),
        ("The beta version arrived at the eta we gave.", set()),  # acronyms only in capitals
        ("The meeting is on 17 November.", set()),  # a date, not the Greek group
        ("Gunmen attacked a market.", set()),
        # bare Maoists are Nepal's; India's and Peru's are named with their party or group
        ("Maoists torched a forest lodge.", {"NP"}),
        ("The CPI-Maoist and the Communist Party of India (Maoist) were blamed.", set()),
        ("Guerrillas of the Maoist Shining Path struck.", {"PE"}),
        # a country's own institutions work at home
        ("Shin Bet agents questioned a member of the Knesset.", {"IL"}),
        ("Federal Security Service experts defused the device.", {"RU"}),
        ("A Congress Party leader was shot outside his house.", {"IN"}),
        ("Two KFOR soldiers were hurt by the blast.", {"XK"}),
        ("A grenade hit the Department of the Interior and Local Government.", {"PH"}),
    ],
)
def test_known_group_names_point_at_their_country(sentence: str, codes: set[str]) -> None:
    assert set(group_countries(sentence)) == codes


def test_known_neighbours_from_the_package() -> None:
    assert "PS" in neighbours("IL") and "IL" in neighbours("PS")
    assert neighbours("XX") == ()


@pytest.mark.parametrize(
    ("name", "country"),
    [("North Waziristan", "PK"), ("Galilee", "IL"), ("Jammu and Kashmir", "IN")],
)
def test_known_regions_are_areas(gaz: Gazetteer, name: str, country: str) -> None:
    top = gaz.lookup(name)[0]
    assert (top.kind, top.country_code) == ("admin1", country)


def test_known_quarter_is_placed_at_its_city(gaz: Gazetteer) -> None:
    found = resolve(gaz.lookup("Karrada"), country_weights={})
    assert found is not None and (found.name, found.country_code) == ("Baghdad", "IQ")


def test_known_ulster_is_northern_ireland_when_the_story_points_there(gaz: Gazetteer) -> None:
    uk = resolve(gaz.lookup("Ulster"), country_weights={"GB": 1})
    assert uk is not None and uk.country_code == "GB"


@pytest.mark.parametrize(
    ("weights", "country"),
    [({}, "GB"), ({"GB": 1, "IE": 1}, "GB"), ({"IE": 1}, "IE")],
)
def test_known_a_region_is_its_names_sense_unless_the_story_points_elsewhere(
    gaz: Gazetteer, weights: dict[str, float], country: str
) -> None:
    # "Ulster" is Northern Ireland in the news; the package's Irish province of that name is
    # bigger on paper, and the sense only where Ireland alone is told of
    found = resolve(gaz.lookup("Ulster"), country_weights=weights)
    assert found is not None and found.country_code == country


def test_known_a_neighbour_of_the_named_country_beats_a_bigger_namesake(gaz: Gazetteer) -> None:
    # Israelis named: the Bethlehem next door, not the bigger ones in South Africa or the US
    found = resolve(gaz.lookup("Bethlehem"), country_weights={"IL": 1})
    assert found is not None and found.country_code == "PS"
    alone = resolve(gaz.lookup("Bethlehem"), country_weights={})
    assert alone is not None and alone.country_code != "PS"


def test_known_group_names_give_where_they_are_first_named() -> None:
    assert group_countries("Police said Hamas and later FARC and Hamas again.") == {
        "PS": 12,
        "CO": 28,
    }


@pytest.mark.parametrize(
    ("name", "country"),
    [("Nahal Oz", "IL"), ("Shaar Hanegev", "IL"), ("Netzarim", "PS"), ("Elon More", "PS")],
)
def test_known_villages_the_packages_lack(gaz: Gazetteer, name: str, country: str) -> None:
    found = resolve(gaz.lookup(name), country_weights={"IL": 1})
    assert found is not None and found.country_code == country


def test_known_a_village_by_the_named_country_beats_a_namesake_far_away(gaz: Gazetteer) -> None:
    # an Israeli car near Shilo: the West Bank settlement, not the Canadian village
    found = resolve(gaz.lookup("Shilo"), country_weights={"IL": 1})
    assert found is not None and found.country_code == "PS"


@pytest.mark.parametrize("name", ["Green Zone", "Al-Dawrah"])
def test_known_more_quarters_of_baghdad(gaz: Gazetteer, name: str) -> None:
    found = resolve(gaz.lookup(name), country_weights={})
    assert found is not None and (found.name, found.country_code) == ("Baghdad", "IQ")


@pytest.mark.parametrize("name", ["Nowhatta", "Lal Chowk", "Khanyar"])
def test_known_quarters_of_srinagar(gaz: Gazetteer, name: str) -> None:
    found = resolve(gaz.lookup(name), country_weights={})
    assert found is not None and (found.name, found.country_code) == ("Srinagar", "IN")


@pytest.mark.parametrize(("name", "kind"), [("Budgam", "city"), ("Lolab", "admin1")])
def test_known_kashmir_places_as_the_news_spells_them(gaz: Gazetteer, name: str, kind: str) -> None:
    top = gaz.lookup(name)[0]
    assert (top.kind, top.country_code) == (kind, "IN")
