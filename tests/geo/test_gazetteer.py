"""The gazetteer: lookups of cities, areas and countries, aliases, demonyms, user places."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from incidex.errors import ConfigError
from incidex.geo import Gazetteer, is_common_word, load_gazetteer, resolve, to_place
from incidex.schema import Evidence, PlacePrecision
from incidex.settings import Settings


@pytest.fixture(scope="module")
def gaz(settings: Settings) -> Gazetteer:
    return load_gazetteer(settings)


def test_gazetteer_kerman_city_by_context(gaz: Gazetteer) -> None:
    iran = resolve(gaz.lookup("Kerman"), country_weights={"IR": 1})
    usa = resolve(gaz.lookup("Kerman"), country_weights={"US": 1})
    assert iran is not None and usa is not None
    assert (iran.kind, iran.country_code, round(iran.lat), round(iran.lon)) == (
        "city",
        "IR",
        30,
        57,
    )
    assert (usa.kind, usa.country_code, usa.admin1) == ("city", "US", "California")


def test_gazetteer_province_suffix_means_the_area(gaz: Gazetteer) -> None:
    top = gaz.lookup("Kerman Province")[0]
    assert (top.kind, top.country_code, top.name) == ("admin1", "IR", "Kerman")


@pytest.mark.parametrize(
    ("a", "b"), [("Bombay", "Mumbai"), ("Bogota", "Bogotá"), ("MOGADISHU", "Mogadishu")]
)
def test_gazetteer_alternate_names_and_accents(gaz: Gazetteer, a: str, b: str) -> None:
    assert gaz.lookup(a)[0].id == gaz.lookup(b)[0].id


def test_gazetteer_countries_and_aliases(gaz: Gazetteer) -> None:
    iran = gaz.country_by_name("Iran")
    assert iran is not None and iran.country_code == "IR"
    assert gaz.lookup("U.S.")[0].country_code == "US"
    assert gaz.country("ng") is not None
    assert gaz.demonym("IRANIAN") == "IR" and gaz.demonym("Afghans") == "AF"
    assert gaz.demonym("Martian") is None


def test_gazetteer_areas_have_names(gaz: Gazetteer) -> None:
    california = [e for e in gaz.lookup("California") if e.kind == "admin1"]
    assert california and california[0].country_code == "US"
    chicago = gaz.lookup("Chicago")[0]
    assert (chicago.admin1, chicago.admin2) == ("Illinois", "Cook County")


def test_gazetteer_common_words_are_not_places() -> None:
    assert is_common_word("Ali") and is_common_word("Union") and is_common_word("MAY")
    assert not is_common_word("Kabul")


def test_gazetteer_to_place_precision(gaz: Gazetteer) -> None:
    entry = gaz.lookup("Maiduguri")[0]
    place = to_place(entry, evidence=Evidence(start=0, end=9, text="Maiduguri"))
    assert (place.precision, place.country, place.admin1) == (
        PlacePrecision.CITY,
        "Nigeria",
        "Borno",
    )
    assert place.gazetteer_id == entry.id


def test_gazetteer_user_places(tmp_path: Path, settings: Settings) -> None:
    csv = tmp_path / "mine.csv"
    csv.write_text(
        "name,country_code,lat,lon,admin1,population,alternate_names\n"
        "Camp Zeta,ng,11.9,13.1,Borno,5000,Zeta Camp|IDP Camp Zeta\n",
        encoding="utf-8",
    )
    gaz = load_gazetteer(dataclasses.replace(settings, extra_places=str(csv)))
    [entry] = gaz.lookup("idp camp zeta")
    assert (entry.country_code, entry.admin1, entry.lat) == ("NG", "Borno", 11.9)


def test_gazetteer_bad_user_places_is_a_config_error(tmp_path: Path, settings: Settings) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_text("name,country_code,lat,lon\nSomewhere,XX,north,east\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="line 2"):
        load_gazetteer(dataclasses.replace(settings, extra_places=str(csv)))
