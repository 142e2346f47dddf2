"""The place stage on US local news (issue 4): town names that are also common words, streets
of an address named like towns, where the wounded were taken, and a headline's place running
into the dateline."""

from __future__ import annotations

import pytest

from incidex.schema import Place
from incidex.settings import Settings
from tests.extract.test_places import _event_place, _places


def _named(found: list[Place], surface: str) -> list[Place]:
    return [p for p in found if p.evidence and p.evidence.text == surface]


@pytest.mark.parametrize(
    ("text", "ents", "town", "admin1"),
    [
        ("A man was shot outside a bar in Normal, Ill., on Saturday night, police said.",
         {"Normal": "GPE", "Ill.": "GPE"}, "Normal", "Illinois"),
        ("A teenager was shot and wounded in Mobile, Alabama, early Sunday.",
         {"Mobile": "GPE", "Alabama": "GPE"}, "Mobile", "Alabama"),
        ("Two people were shot near a store in Reading, Pa., on Friday. Reading police are "
         "looking for a gray sedan.", {"Reading": "GPE", "Pa.": "GPE"}, "Reading", "Pennsylvania"),
        # ... also where the model took neither for a place
        ("Hope, Ark., police said a man was shot at a garage on Tuesday.", {}, "Hope",
         "Arkansas"),
    ],
)  # fmt: skip
def test_places_a_common_word_with_its_state_is_the_town(
    settings: Settings, text: str, ents: dict[str, str], town: str, admin1: str
) -> None:
    found = _named(_places(settings, text, ents), town)
    assert found and all((p.country_code, p.admin1) == ("US", admin1) for p in found)
    assert _event_place(settings, text, ents).name == town


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("Traffic was back to Normal, police said after the man was shot.", {"Normal": "GPE"}),
        (
            "A MAN WAS SHOT IN THE CAPITAL. LIFE RETURNED TO NORMAL, ILLINOIS OFFICIALS SAID.",
            {"NORMAL": "GPE", "ILLINOIS": "GPE"},
        ),
    ],
)
def test_places_a_common_word_alone_stays_a_word(
    settings: Settings, text: str, ents: dict[str, str]
) -> None:
    assert all(p.lat is None for p in _named(_places(settings, text, ents), "Normal"))
    assert all(p.lat is None for p in _named(_places(settings, text, ents), "NORMAL"))


@pytest.mark.parametrize(
    ("text", "ents", "street"),
    [
        ("A man was shot Sunday in the 2100 block of West Madison, police said.",
         {"West Madison": "GPE"}, "West Madison"),
        ("Two men were shot near Carson and Harrison streets on the east side.",
         {"Carson": "GPE", "Harrison": "GPE"}, "Carson"),
        ("Two men were shot near Carson and Harrison streets on the east side.",
         {"Carson": "GPE", "Harrison": "GPE"}, "Harrison"),
        ("The car crashed at the intersection of Dalton and Pierce Streets after the shooting.",
         {"Dalton": "GPE"}, "Dalton"),
        ("Deputies found a man shot at a home at Marion and North Quincy late Friday.",
         {"Marion": "GPE"}, "Marion"),
        ("A BOMB EXPLODED AT THE CORNER OF CORDOBA AND SAN MARTIN STREETS IN ROSARIO.",
         {"SAN MARTIN": "GPE"}, "SAN MARTIN"),
    ],
)  # fmt: skip
def test_places_a_street_in_an_address_is_no_town(
    settings: Settings, text: str, ents: dict[str, str], street: str
) -> None:
    assert _named(_places(settings, text, ents), street) == []


@pytest.mark.parametrize(
    ("text", "ents", "town"),
    [
        ("A woman was shot and flown to Lakeland Regional Hospital. The home is in Fairview.",
         {"Fairview": "GPE", "Lakeland": "GPE"}, "Fairview"),
        ("A man was shot Friday and was taken to a hospital in Springfield. Deputies said the "
         "party was in Clinton.", {"Springfield": "GPE", "Clinton": "GPE"}, "Clinton"),
        ("A boy was shot at a park and airlifted to Knoxville. The park is in Maryville.",
         {"Knoxville": "GPE", "Maryville": "GPE"}, "Maryville"),
    ],
)  # fmt: skip
def test_places_where_the_wounded_were_taken_is_not_the_event_place(
    settings: Settings, text: str, ents: dict[str, str], town: str
) -> None:
    assert _event_place(settings, text, ents).name == town


@pytest.mark.parametrize(
    ("text", "ents", "town"),
    [
        # a school named after a town
        ("A Midland High student was shot near a park. The park is in Odessa.",
         {"Midland": "GPE", "Odessa": "GPE"}, "Odessa"),
        ("Two Lakeside Middle School pupils were shot at a bus stop in Fairview.",
         {"Lakeside": "GPE", "Fairview": "GPE"}, "Fairview"),
    ],
)  # fmt: skip
def test_places_a_school_is_not_the_event_place(
    settings: Settings, text: str, ents: dict[str, str], town: str
) -> None:
    assert _event_place(settings, text, ents).name == town


def test_places_a_line_break_ends_a_place_name(settings: Settings) -> None:
    text = "Man shot on the North Side\n\nDAYTON — A man was shot Sunday, police said."
    found = _places(settings, text, {"North Side\n\nDAYTON": "GPE"})
    assert [(p.name, p.admin1) for p in _named(found, "DAYTON")] == [("Dayton", "Ohio")]


def test_places_a_wrapped_line_does_not_end_a_place_name(settings: Settings) -> None:
    # wire text wraps its lines inside names: one break is no end, unlike a blank line
    text = "A BOMB EXPLODED TODAY IN A MARKET OF SAN\nSALVADOR, KILLING TWO PEOPLE."
    found = _places(settings, text, {"SAN\nSALVADOR": "GPE"})
    assert [(p.name, p.country_code) for p in found] == [("San Salvador", "SV")]


@pytest.mark.parametrize(
    ("text", "ents", "found"),
    [
        # a small town alone in its state, far from a local page's city: a quarter or namesake
        ("Two men were shot in Sedona on Friday. The Denver Police Department said the men were "
         "taken to a Denver hospital.", {"Sedona": "GPE", "Denver": "GPE"}, ("Denver", "Sedona")),
        ("A woman was shot in Taos on Sunday. Omaha police said she was taken to an Omaha "
         "hospital. Call 402-555-0100 with tips.", {"Taos": "GPE", "Omaha": "GPE"},
         ("Omaha", "Taos")),
        # its state named beside it: the town
        ("Two men were shot in Sedona, Arizona, on Friday. The Denver Police Department said the "
         "men were taken to a Denver hospital.",
         {"Sedona": "GPE", "Arizona": "GPE", "Denver": "GPE"}, ("Sedona", None)),
        # no US local page: a story may well name a far city beside the town
        ("Two men were shot in Sedona on Friday. Denver police said the men were taken to a "
         "Denver hospital.", {"Sedona": "GPE", "Denver": "GPE"}, ("Sedona", None)),
        # ... unless it names the other state or a county of it: a village the gazetteer lacks,
        # not its namesake in another state
        ("A hunter was shot near Wadena on Sunday, the Fayette County sheriff said. Iowa game "
         "wardens are looking into it.", {"Wadena": "GPE", "Fayette County": "GPE", "Iowa": "GPE"},
         ("Fayette County", "near Wadena")),
    ],
)  # fmt: skip
def test_places_a_far_small_town_alone_in_its_state_is_a_part_of_the_local_page_s_city(
    settings: Settings, text: str, ents: dict[str, str], found: tuple[str, str | None]
) -> None:
    place = _event_place(settings, text, ents)
    assert (place.name, place.detail) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a town's own police force says the word is a town, where nothing names its country
        ("DANVILLE POLICE RESPONDED AFTER A BOY SHOT HIMSELF. HE WAS TAKEN TO A CLINIC IN "
         "DANVILLE BY HIS FATHER.", True),
        # without it, a lone upper-case word of a foreign town's name stays unresolved
        ("THE POLICE RESPONDED AFTER A BOY SHOT HIMSELF. HE WAS TAKEN TO A CLINIC IN "
         "DANVILLE BY HIS FATHER.", False),
    ],
)  # fmt: skip
def test_places_an_upper_case_town_with_its_own_police_force(
    settings: Settings, text: str, found: bool
) -> None:
    resolved = [p for p in _places(settings, text) if p.country_code]
    assert [(p.evidence.text, p.country_code) for p in resolved if p.evidence] == (
        [("DANVILLE", "US")] if found else []
    )


def test_places_a_church_named_like_a_town_is_no_place(settings: Settings) -> None:
    text = (
        "Two men were shot outside the Historic Bethel Baptist Church in Danbury, Connecticut. "
        "Police said the Bethel Baptist Church had just closed."
    )
    found = _places(settings, text, {"Danbury": "GPE", "Connecticut": "GPE"})
    assert [p.evidence.text for p in found if p.evidence] == ["Danbury", "Connecticut"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the masthead's town is the station's home, not where the story happened
        ("Teen shot near school, police say - WXYZ 5 Macon, Georgia News Weather & Sports\n\n"
         "Marietta police said the teen was shot on Sunday.", "Marietta"),
        ("Teen shot near school | Macon, GA | News, Weather, Sports\n\n"
         "Marietta police said the teen was shot on Sunday.", "Marietta"),
        # ... but where the page names no other place, the station's home is the best guess
        ("Teen shot near school, police say - WXYZ 5 Macon, Georgia News Weather & Sports\n\n"
         "The teen was shot on Sunday.", "Macon"),
        # ... or its town and state's postal code alone, after a bar
        ("Teen shot near school| Macon, GA\n\nMarietta police said the teen was shot on "
         "Sunday.", "Marietta"),
        # a headline's own dash is no masthead
        ("Teen shot in Macon - police seek driver\n\nThe teen was shot on Sunday.", "Macon"),
    ],
)  # fmt: skip
def test_places_a_page_title_s_masthead_names_the_outlet_s_home(
    settings: Settings, text: str, town: str
) -> None:
    ents = {"Macon": "GPE", "Georgia": "GPE", "GA": "GPE", "Marietta": "GPE"}
    assert _event_place(settings, text, ents).name == town
