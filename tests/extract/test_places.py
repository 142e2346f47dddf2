"""The place stage on hand-built inputs (no language model): which mentions it finds, how it
resolves them from the article's context, and which place an event takes (issue 4)."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

import pytest

from incidex.extract import place_mentions, places
from incidex.extract.analysis import Analysis, Entity, Frame, Sentence
from incidex.geo import Gazetteer, load_gazetteer
from incidex.geo.mentions import demonyms
from incidex.schema import Article, EventType, Evidence, Place, PlacePrecision, Role
from incidex.settings import Settings


def _analysis(settings: Settings, text: str, ents: dict[str, str] | None = None) -> Analysis:
    """An analysis of `text` whose model found `ents` (surface text -> label, every occurrence),
    split into sentences at full stops, with one main event told by every sentence whose trigger
    word is "attack", "bomb", "shot" or "killed"."""
    entities = sorted(
        (
            Entity(start=m.start(), end=m.end(), label=label)
            for surface, label in (ents or {}).items()
            for m in re.finditer(re.escape(surface), text)
        ),
        key=lambda e: e.start,
    )
    sentences = tuple(
        Sentence(start=m.start(), end=m.end(), text=m.group(0))
        for m in re.finditer(r"[^.\n]+(?:\.|$)", text)
        if m.group(0).strip()
    )
    triggers = tuple(
        Evidence(start=m.start(), end=m.end(), text=m.group(0))
        for m in re.finditer(r"\b(?:attack|bomb|shot|killed)\b", text)
    )
    frame = Frame(
        role=Role.MAIN,
        type=EventType.BOMBING,
        sentences=tuple(range(len(sentences))),
        triggers=triggers,
    )
    return Analysis(
        article=Article(id="t", text=text),
        settings=settings,
        sentences=sentences,
        entities=tuple(entities),
        frames=(frame,),
    )


def _places(settings: Settings, text: str, ents: dict[str, str] | None = None) -> list[Place]:
    return list(places.mentions(_analysis(settings, text, ents)).places or ())


def _event_place(settings: Settings, text: str, ents: dict[str, str] | None = None) -> Place:
    analysis = places.run(places.mentions(_analysis(settings, text, ents)))
    assert analysis.locations is not None
    place = analysis.locations[0]
    assert place is not None, "no place for the event"
    return place


def _gaz(settings: Settings) -> Gazetteer:
    return load_gazetteer(settings)


def _named(found: list[Place], surface: str) -> Place:
    return next(p for p in found if p.evidence and p.evidence.text == surface)


# --- ambiguity resolved from context --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ents", "country", "admin1"),
    [
        ("A bomb exploded in Paris on Monday. French police sealed off the area.",
         {"Paris": "GPE"}, "FR", "Ile-de-France"),
        ("A man was shot in Paris on Monday. Lamar County deputies and Dallas police "
         "joined the search in Texas.", {"Paris": "GPE", "Dallas": "GPE", "Texas": "GPE"},
         "US", "Texas"),
        ("A bomb exploded in Alexandria. Egyptian police said Cairo had sent help.",
         {"Alexandria": "GPE", "Cairo": "GPE"}, "EG", None),
        ("A man was shot in Alexandria. Arlington and Fairfax County police helped.",
         {"Alexandria": "GPE", "Arlington": "GPE"}, "US", "Virginia"),
        ("A man was shot in Alexandria. Police in Pineville and Baton Rouge helped.",
         {"Alexandria": "GPE", "Pineville": "GPE", "Baton Rouge": "GPE"}, "US", "Louisiana"),
        ("A bomb killed two in Kerman. Iranian media blamed Islamic State.",
         {"Kerman": "GPE"}, "IR", "Kerman"),
    ],
)  # fmt: skip
def test_places_same_name_resolved_by_context(
    settings: Settings, text: str, ents: dict[str, str], country: str, admin1: str | None
) -> None:
    first = _places(settings, text, ents)[0]
    assert first.country_code == country
    if admin1:
        assert first.admin1 == admin1


def test_places_georgia_the_state_among_us_places(settings: Settings) -> None:
    text = "A man was shot in Atlanta. Troopers across Georgia closed roads in Hall County."
    found = _places(settings, text, {"Atlanta": "GPE", "Georgia": "GPE"})
    georgia = _named(found, "Georgia")
    assert (georgia.precision, georgia.country_code) == (PlacePrecision.ADMIN1, "US")


def test_places_georgia_the_country_among_its_own_places(settings: Settings) -> None:
    text = "A bomb exploded in Gori. Georgian officials in Tbilisi said Georgia would respond."
    found = _places(settings, text, {"Gori": "GPE", "Tbilisi": "GPE", "Georgia": "GPE"})
    georgia = _named(found, "Georgia")
    assert (georgia.precision, georgia.country_code) == (PlacePrecision.COUNTRY, "GE")


def test_places_city_comma_state_decides_every_mention(settings: Settings) -> None:
    text = "Two boys were shot in Portsmouth. Portsmouth, Va. police are investigating."
    found = _places(settings, text, {"Portsmouth": "GPE", "Va.": "GPE"})
    towns = [p for p in found if p.evidence and p.evidence.text == "Portsmouth"]
    assert len(towns) == 2 and {(p.country_code, p.admin1) for p in towns} == {("US", "Virginia")}


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # a state's postal code after the town, as a page's title or masthead writes it
        ("Man shot outside bar | Portsmouth, NH Local News\nA man was shot in Portsmouth late on "
         "Friday, police said.", "New Hampshire"),
        ("Two hurt in Portsmouth shooting - Portsmouth, VA\nPolice said two men were shot.",
         "Virginia"),
    ],
)  # fmt: skip
def test_places_town_comma_postal_code_decides_every_mention(
    settings: Settings, text: str, admin1: str
) -> None:
    found = _places(settings, text, {"Portsmouth": "GPE"})
    towns = [p for p in found if p.evidence and p.evidence.text == "Portsmouth"]
    assert len(towns) >= 2 and {(p.country_code, p.admin1) for p in towns} == {("US", admin1)}


def test_places_us_call_sign_makes_a_local_story(settings: Settings) -> None:
    text = "Teen shot in Chelsea (WHDH) - A teenager was shot in Chelsea on Friday."
    found = _places(settings, text, {"Chelsea": "GPE"})
    assert {p.country_code for p in found if p.evidence and p.evidence.text == "Chelsea"} == {"US"}


# --- recognition -----------------------------------------------------------------------------


def test_places_demonyms_point_at_countries(settings: Settings) -> None:
    found = _places(settings, "Afghan and South African officials met Iranians.")
    assert [(p.evidence.text if p.evidence else None, p.country_code) for p in found] == [
        ("Afghan", "AF"),
        ("South African", "ZA"),
        ("Iranians", "IR"),
    ]
    assert all(p.precision == PlacePrecision.COUNTRY for p in found)


def test_places_a_demonym_never_beats_a_named_town(settings: Settings) -> None:
    text = "An American aid worker was shot dead in Kandahar on Monday."
    place = _event_place(settings, text, {"American": "NORP", "Kandahar": "GPE"})
    assert (place.name, place.country_code) == ("Kandahār", "AF")


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("KANO, Nigeria (Reuters) - Gunmen killed five people on Sunday.", "Kano", "NG"),
        ("GREECE.  Small bombs damaged two cars in Athens.", "Athens", "GR"),
        ("Viaduct work on pace . COLUMBUS -- A man was shot late on Friday.", "Columbus", "US"),
    ],
)  # fmt: skip
def test_places_datelines(settings: Settings, text: str, city: str, country: str) -> None:
    place = _event_place(settings, text)
    assert place.country_code == country
    assert city in (place.name, place.admin1)


def test_places_common_words_and_aliases_are_not_places(settings: Settings) -> None:
    text = "In May the Union said the military wing of Hamas had fired the rockets."
    found = [p for p in _places(settings, text, {"May": "DATE"}) if p.lat is not None]
    assert found == []


def test_places_upper_case_words_need_their_country_named(settings: Settings) -> None:
    text = (
        "SAN SALVADOR, 9 JAN 90 -- [TEXT] THE ARMY SAID THE ATTACK CAME TO THE SAME TOWN IN "
        "USULUTAN DEPARTMENT, WHERE SALVADORAN TROOPS WERE DEPLOYED."
    )
    resolved = {p.evidence.text for p in _places(settings, text) if p.evidence and p.lat}
    assert "SAN SALVADOR" in resolved and "USULUTAN DEPARTMENT" in resolved
    assert not resolved & {"CAME", "SAME", "TOWN"}


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        # a national capital of size alone in the story needs no "in Colombia"
        ("FIVE PEOPLE WERE KILLED WHEN A BOMB EXPLODED IN BOGOTA TODAY.", {"BOGOTA": "CO"}),
        # beside the story's own place, a capital abroad still needs its country named
        (
            "LIMA, 3 JUN 89 -- A BUS WAS BOMBED IN LIMA TODAY, THE EMBASSY IN LISBON SAID.",
            {"LIMA": "PE"},
        ),
    ],
)
def test_places_upper_case_capital_alone_stands_for_itself(
    settings: Settings, text: str, resolved: dict[str, str]
) -> None:
    found = {p.evidence.text: p.country_code for p in _places(settings, text) if p.evidence}
    assert {k: v for k, v in found.items() if v} == resolved


def test_places_names_inside_organisations_when_near_the_story(settings: Settings) -> None:
    text = (
        "A man was shot in Fargo on Friday. The Moorhead Police Department and the Ohio "
        "Department of Transportation said nothing."
    )
    found = _places(
        settings,
        text,
        {"Fargo": "GPE", "The Moorhead Police Department": "ORG", "the Ohio Department": "ORG"},
    )
    moorhead = _named(found, "Moorhead")
    assert (moorhead.country_code, moorhead.admin1) == ("US", "Minnesota")
    ohio = next(p for p in found if p.evidence and p.evidence.text.startswith("Ohio"))
    assert (ohio.precision, ohio.name) == (PlacePrecision.ADMIN1, "Ohio")


def test_places_a_lone_capitalised_word_far_from_the_story_is_dropped(settings: Settings) -> None:
    text = "A man was shot in Fargo. His friend Viridian Lagos watched the Titan game."
    found = _places(settings, text, {"Fargo": "GPE"})
    assert [p.evidence.text for p in found if p.evidence] == ["Fargo"]


# --- precision: areas and countries, never an invented town -------------------------------------


@pytest.mark.parametrize(
    ("text", "precision", "name"),
    [
        ("A roadside bomb killed four police in Kandahar Province.", PlacePrecision.ADMIN1,
         "Kandahar"),
        ("A roadside bomb killed four police in southern Afghanistan.", PlacePrecision.COUNTRY,
         "Afghanistan"),
        ("A man was shot in rural Butler County on Friday.", PlacePrecision.ADMIN2,
         "Butler County"),
    ],
)  # fmt: skip
def test_places_area_only_keeps_its_precision(
    settings: Settings, text: str, precision: PlacePrecision, name: str
) -> None:
    place = _event_place(settings, text)
    assert (place.precision, place.name) == (precision, name)


# --- the event's place ---------------------------------------------------------------------------


def test_places_where_words_were_spoken_is_not_the_event_place(settings: Settings) -> None:
    text = "A bomb killed six in Quetta, a senior official said in Washington."
    place = _event_place(settings, text, {"Quetta": "GPE", "Washington": "GPE"})
    assert place.name == "Quetta"


def test_places_a_county_gives_way_to_the_datelined_town(settings: Settings) -> None:
    text = "ALIQUIPPA (KDKA) - A man was shot and killed, Beaver County police said."
    place = _event_place(settings, text, {"Beaver County": "GPE"})
    assert (place.name, place.admin1) == ("Aliquippa", "Pennsylvania")


def test_places_another_country_named_in_passing_is_not_the_place(settings: Settings) -> None:
    text = "VENEZUELA.  An incendiary bomb was found in a store of a U.S. firm."
    place = _event_place(settings, text, {"U.S.": "GPE"})
    assert (place.country_code, place.precision) == ("VE", PlacePrecision.COUNTRY)


def test_places_relative_description_is_the_detail(settings: Settings) -> None:
    text = "A car bomb killed three people 30 km north of Kabul on Monday."
    place = _event_place(settings, text, {"Kabul": "GPE"})
    assert place.vicinity and place.detail == "30 km north of Kabul"


def test_places_without_a_place_in_the_event_the_article_first_place(settings: Settings) -> None:
    text = "Police arrested a man in Thessaloniki. Another bomb was defused later."
    analysis = _analysis(settings, text)
    analysis = places.run(places.mentions(analysis))
    assert analysis.locations is not None and analysis.locations[0] is not None
    assert analysis.locations[0].country_code == "GR"


# --- context from the article's other names ----------------------------------------------------


def test_places_the_province_most_names_could_lie_in(settings: Settings) -> None:
    """Watertown, Delano and Plainview are bigger elsewhere; with Waconia, only in Minnesota,
    all four are the Minnesota towns."""
    text = "A man was shot in Watertown. Deputies from Delano, Waconia and Plainview helped."
    ents = dict.fromkeys(("Watertown", "Delano", "Waconia", "Plainview"), "GPE")
    found = _places(settings, text, ents)
    assert {p.admin1 for p in found} == {"Minnesota"}


def test_places_guessed_names_of_people_are_no_context(settings: Settings) -> None:
    """ "Marcus" (a town in Iowa) inside a mis-tagged span must not pull Dayton to Iowa."""
    text = (
        "Police in Dayton on Sunday named the two men killed outside the Riverside Market as "
        "Marcus Delaney and Tyrell Ashford."
    )
    ents = {"Dayton": "ORG", "the Riverside Market as Marcus Delaney": "FAC"}
    dayton = _named(_places(settings, text, ents), "Dayton")
    assert (dayton.admin1, dayton.country_code) == ("Ohio", "US")


def test_places_streets_and_alternate_names_are_not_places(settings: Settings) -> None:
    text = "A boy was shot on Richland Avenue in York. Police on the West Side said more."
    found = _places(settings, text, {"York": "GPE", "West Side": "LOC"})
    texts = {p.evidence.text for p in found if p.evidence and p.lat is not None}
    assert "York" in texts and not texts & {"Richland", "West Side"}


def test_places_a_country_owning_something_is_not_where(settings: Settings) -> None:
    text = (
        "Militants beheaded a driver who worked for U.S. forces. Afghanistan's interior "
        "ministry said the driver was killed in the east."
    )
    place = _event_place(settings, text, {"U.S.": "GPE", "Afghanistan": "GPE"})
    assert place.country_code == "AF"


def test_places_a_country_owning_a_kind_of_firm_is_not_where(settings: Settings) -> None:
    text = (
        "Gunmen killed two guards of a US security firm at night. Officials in Afghanistan "
        "said the guards were from Nepal."
    )
    place = _event_place(settings, text, {"US": "GPE", "Afghanistan": "GPE", "Nepal": "GPE"})
    assert place.country_code == "AF"


@pytest.mark.parametrize(
    ("text", "ents", "name", "country"),
    [
        # the English name of a big foreign city, not the small towns that bear it as their own
        ("A gas bottle exploded on a bus in Seville. Two people were hurt.",
         {"Seville": "GPE"}, "Seville", "ES"),
        # an alias in the country the article names beats a bigger namesake elsewhere
        ("Basque police said a bus was set on fire in San Sebastian overnight.",
         {"San Sebastian": "GPE"}, "San Sebastian", "ES"),
        # a namesake in the same country is no foreign city's English name
        ("A man was shot in Seville, Ohio, on Friday.", {"Seville": "GPE", "Ohio": "GPE"},
         "Seville", "US"),
    ],
)  # fmt: skip
def test_places_other_spellings_of_foreign_cities(
    settings: Settings, text: str, ents: dict[str, str], name: str, country: str
) -> None:
    assert _named(_places(settings, text, ents), name).country_code == country


@pytest.mark.parametrize("apostrophe", ["'", "’", "Õ"])
def test_places_the_owner_of_a_possessive_entity(settings: Settings, apostrophe: str) -> None:
    text = f"Lahore{apostrophe}s Anarkali bazaar was hit by a bomb on Sunday."
    found = _places(settings, text, {f"Lahore{apostrophe}s Anarkali": "LOC"})
    assert [(p.evidence.text, p.country_code) for p in found if p.evidence] == [("Lahore", "PK")]


def test_places_a_town_inside_the_headline_state(settings: Settings) -> None:
    text = "Mass shooting at New York party. Two people were shot dead at a party in Newburgh."
    analysis = _analysis(settings, text, {"New York": "GPE", "Newburgh": "GPE"})
    frame = analysis.frames[0] if analysis.frames else None
    assert frame is not None
    headline_only = dataclasses.replace(frame, triggers=frame.triggers[:1])
    analysis = dataclasses.replace(analysis, frames=(headline_only,))
    located = places.run(places.mentions(analysis)).locations
    assert located is not None and located[0] is not None
    assert (located[0].name, located[0].admin1) == ("Newburgh", "New York")


# --- US local pages, foreign datelines, names in other words (issue 4) ------------------------


def test_places_us_police_phrasing_makes_a_local_story(settings: Settings) -> None:
    text = "Police said a man was shot in the 300 block of Oak Street in Salisbury on Sunday."
    found = _places(settings, text, {"Salisbury": "GPE"})
    assert _named(found, "Salisbury").country_code == "US"


def test_places_a_bare_dateline_town_on_a_us_local_page(settings: Settings) -> None:
    text = "SAN JOSE — A teen was shot near a park, the San Jose Police Department said."
    assert _event_place(settings, text).country_code == "US"


def test_places_a_foreign_dateline_gives_way_to_the_country_told_of(settings: Settings) -> None:
    text = (
        "PANAMA CITY (PANAMA), 5 MAR 90 -- A BOMB WAS FOUND AT THE SALVADORAN PRESIDENTIAL "
        "PALACE TODAY.\nTHE GOVERNMENT OF EL SALVADOR THANKED THE POLICE."
    )
    assert _event_place(settings, text).country_code == "SV"


def test_places_a_dateline_named_again_stays_the_events_place(settings: Settings) -> None:
    text = (
        "LIMA, 5 MAR 90 -- A BOMB WAS FOUND AT THE PALACE TODAY.\n"
        "PERUVIAN OFFICIALS IN LIMA AND IN BOLIVIA SAID THE PALACE WAS SAFE."
    )
    assert _event_place(settings, text).country_code == "PE"


def test_places_a_country_heading_is_not_outvoted_by_peoples_names(settings: Settings) -> None:
    text = "SUDAN.  Gunmen attacked a lorry of Eritrean traders; two Eritrean drivers were killed."
    assert _event_place(settings, text).country_code == "SD"


def test_places_the_place_inside_an_offices_name(settings: Settings) -> None:
    text = "Officers of the Henrico County Police said a man was shot."
    found = _places(settings, text, {"Henrico County Police": "GPE"})
    place = _named(found, "Henrico County")
    assert (place.country_code, place.admin1) == ("US", "Virginia")


def test_places_a_street_is_not_cut_down_to_a_town(settings: Settings) -> None:
    text = "A man was shot on San Diego Street on Friday."
    found = _places(settings, text, {"San Diego Street": "GPE"})
    assert all(p.name not in ("San Diego", "San") for p in found)


def test_places_part_of_a_state(settings: Settings) -> None:
    found = _places(settings, "Floods hit North Texas on Monday.", {"North Texas": "LOC"})
    place = _named(found, "North Texas")
    assert (place.precision, place.country_code, place.admin1) == (
        PlacePrecision.ADMIN1,
        "US",
        "Texas",
    )


def test_places_another_spelling_after_in(settings: Settings) -> None:
    assert _event_place(settings, "A rocket attack hit a school in Sederot.").country_code == "IL"


def test_places_part_of_a_state_by_its_abbreviation(settings: Settings) -> None:
    text = "Stargazers in Western Mass. will meet on Friday."
    found = _places(settings, text, {"Western Mass.": "LOC"})
    assert (found[0].country_code, found[0].admin1) == ("US", "Massachusetts")


def test_places_a_holiday_is_no_town(settings: Settings) -> None:
    text = "A man was shot in Orlando on Christmas morning, police said."
    found = _places(settings, text, {"Orlando": "GPE"})
    assert [p.evidence.text for p in found if p.evidence] == ["Orlando"]  # not Christmas, Fla.


# --- small towns abroad, lone cities, names as the text gives them ---------------------------


def test_places_a_small_namesake_abroad_gives_way_to_the_city_told_of(settings: Settings) -> None:
    text = "A car bomb killed six in Shaab, a district of northern Baghdad, on Sunday."
    found = _places(settings, text, {"Shaab": "GPE", "Baghdad": "GPE"})
    assert _named(found, "Shaab").lat is None  # not the village in Israel
    assert _event_place(settings, text, {"Shaab": "GPE", "Baghdad": "GPE"}).country_code == "IQ"


def test_places_a_well_known_quarter_is_placed_at_its_city(settings: Settings) -> None:
    text = "A car bomb killed six in Dora on Sunday."
    found = _named(_places(settings, text, {"Dora": "GPE"}), "Dora")
    assert (found.country_code, found.admin1) == ("IQ", "Mayorality of Baghdad")  # not Alabama


def test_places_a_peoples_word_does_not_make_a_town_stray(settings: Settings) -> None:
    text = "Basque separatists set off a bomb at a bank in Auch overnight."
    found = _places(settings, text, {"Auch": "GPE"})
    assert _named(found, "Auch").country_code == "FR"


def test_places_a_lone_big_city_the_model_missed(settings: Settings) -> None:
    text = "A gas canister bomb damaged a bank in downtown Thessaloniki on Monday."
    assert _event_place(settings, text).country_code == "GR"


def test_places_a_lone_name_shared_by_big_cities_is_no_guess(settings: Settings) -> None:
    text = "Crowds filled the new ice rink at the Richmond Oval over the weekend."
    assert [p for p in _places(settings, text) if p.lat is not None] == []


@pytest.mark.parametrize(
    ("text", "ents", "surface", "name"),
    [
        # another spelling of the place: the report names it as the text does
        ("A rocket attack hit a school in Sederot.", {"Sederot": "GPE"}, "Sederot", "Sederot"),
        # a county keeps its full name; an abbreviation is no name to show
        ("A man was shot in Butler County, Ohio.", {"Butler County": "GPE", "Ohio": "GPE"},
         "Butler County", "Butler County"),
        ("A man was shot in Tampa, Fla., on Friday.", {"Tampa": "GPE", "Fla.": "GPE"},
         "Fla.", "Florida"),
        # the same name with its article is the gazetteer's
        ("A bomb went off in Al-Najaf on Friday.", {"Al-Najaf": "GPE"}, "Al-Najaf", "Najaf"),
    ],
)  # fmt: skip
def test_places_named_as_the_text_says(
    settings: Settings, text: str, ents: dict[str, str], surface: str, name: str
) -> None:
    assert _named(_places(settings, text, ents), surface).name == name


def test_places_a_part_of_the_world_is_no_country(settings: Settings) -> None:
    text = "A group protesting policy in Central America claimed the bombing."
    found = _places(settings, text, {"Central America": "LOC"})
    assert all(p.country_code != "US" for p in found)


def test_places_another_spelling_after_towards(settings: Settings) -> None:
    text = "Militants fired two rockets towards Sederot on Tuesday."
    assert _event_place(settings, text).country_code == "IL"


def test_places_a_transliteration_the_model_tagged(settings: Settings) -> None:
    text = "A bomb killed three in Mahmoudiya on Friday."
    place = _event_place(settings, text, {"Mahmoudiya": "GPE"})
    assert (place.country_code, place.name) == ("IQ", "Mahmoudiya")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire in Baghdad. Drivers who work with US and Iraq forces are often killed.",
        "A car bomb went off in Kabul. The attack killed one US soldier.",
        "Gunmen opened fire in Mogadishu. Ethiopia and Somalia's transitional government have "
        "fought such attacks for a year.",
    ],
)
def test_places_a_country_whose_people_or_forces_is_not_where(
    settings: Settings, text: str
) -> None:
    ents = {"Baghdad": "GPE", "Kabul": "GPE", "Mogadishu": "GPE", "US": "GPE", "Iraq": "GPE"}
    ents |= {"Ethiopia": "GPE", "Somalia": "GPE"}
    assert _event_place(settings, text, ents).precision == PlacePrecision.CITY


def test_places_upper_case_street_named_after_a_town(settings: Settings) -> None:
    text = (
        "SAN SALVADOR, 3 MAY 89 -- A BOMB WENT OFF AT A WAREHOUSE ON SAN ANTONIO ABAD STREET.\n"
        "ANOTHER BOMB WENT OFF IN A DOWNTOWN SANTA ANA STREET."
    )
    found = _places(settings, text)
    assert all(p.country_code != "US" for p in found)  # not San Antonio, Texas
    assert _named(found, "SANTA ANA").country_code == "SV"


def test_places_upper_case_province_needs_its_country(settings: Settings) -> None:
    text = "CLANDESTINE, 7 DEC 89 -- THE REBELS ATTACKED THE CAPITAL TODAY, THE FMLN SAID."
    found = _places(settings, text, {"CAPITAL": "GPE"})
    assert _named(found, "CAPITAL").lat is None  # not the Capital district of Venezuela


def test_places_a_group_name_says_which_namesake(settings: Settings) -> None:
    # Londonderry in New Hampshire bears the name as its own, but Derry, a city seven times its
    # size, is the name's usual sense; a US story says so
    text = "A firebomb damaged a shop in Londonderry. The Real IRA was blamed for the attack."
    found = _named(_places(settings, text, {"Londonderry": "GPE"}), "Londonderry")
    assert found.country_code == "GB"
    without = "A firebomb damaged a shop in Londonderry. Nobody was hurt."
    alone = _named(_places(settings, without, {"Londonderry": "GPE"}), "Londonderry")
    assert alone.country_code == "GB"
    local = "A firebomb damaged a shop in Londonderry, N.H. Nobody was hurt."
    there = _named(_places(settings, local, {"Londonderry": "GPE", "N.H.": "GPE"}), "Londonderry")
    assert there.country_code == "US"


@pytest.mark.parametrize(
    ("text", "entity", "name", "country"),
    [
        ("A grenade went off near the bridge in Foz do Iguacu.", "Foz", "Foz do Iguacu", "BR"),
        ("Bombers hit the General Santos City market.", "Santos City", "General Santos City", "PH"),
    ],
)
def test_places_a_name_runs_on_into_a_longer_place_name(
    settings: Settings, text: str, entity: str, name: str, country: str
) -> None:
    found = _places(settings, text, {entity: "GPE"})
    assert [p.evidence.text for p in found if p.evidence] == [name]
    assert found[0].country_code == country


def test_places_a_town_told_of_beats_the_region_fired_from(settings: Settings) -> None:
    # no dateline: the town the rockets were fired at, not the territory of most mentions
    text = (
        "In the attack, Palestinians fired a rocket from the Gaza Strip towards Ashkelon. "
        "A group based in the Gaza Strip claimed it."
    )
    place = _event_place(settings, text, {"Gaza Strip": "GPE", "Ashkelon": "GPE"})
    assert (place.name, place.country_code) == ("Ashkelon", "IL")


@pytest.mark.parametrize(
    ("text", "ents", "name", "country"),
    [
        # the town after "a village east of" only says where the target lies
        (
            "Militants said they fired two rockets at Nirim, a village south-west of Kissufim "
            "and east of Khan Yunis. Hamas said it fired them.",
            {"Nirim": "GPE", "Khan Yunis": "GPE", "Kissufim": "GPE"},
            "Nirim",
            "IL",
        ),
        (
            "A Palestinian group said it fired two rockets towards Nirim, a location east of "
            "Khan Yunis. It called this a response to attacks on the Palestinian people.",
            {"Nirim": "GPE", "Khan Yunis": "GPE"},
            "Nirim",
            "IL",
        ),
    ],
)
def test_places_a_landmark_placing_the_target_is_not_where_it_happened(
    settings: Settings, text: str, ents: dict[str, str], name: str, country: str
) -> None:
    place = _event_place(settings, text, ents)
    assert (place.name, place.country_code) == (name, country)


def test_places_a_peoples_word_before_a_name_is_no_explicit_pointer(settings: Settings) -> None:
    # "the Iranian Embassy" is whose; "Iranian officials" points at Iran
    def weights(text: str) -> Counter[str]:
        gaz = _gaz(settings)
        return place_mentions._country_weights(_analysis(settings, text), gaz, demonyms(text, gaz))

    owned, said = weights("The Iranian Embassy was hit."), weights("Iranian officials were hit.")
    assert (owned["IR"], said["IR"]) == (0, 1)


def test_places_a_small_namesake_gives_way_to_a_country_named_once(settings: Settings) -> None:
    # a village called Hadid lies in Israel; the story names Iraq
    text = "Police found three bodies in Hadid. Such killings are frequent in Iraq."
    found = _places(settings, text, {"Hadid": "GPE", "Iraq": "GPE"})
    assert _named(found, "Hadid").lat is None
    assert _event_place(settings, text, {"Hadid": "GPE", "Iraq": "GPE"}).country_code == "IQ"


# --- the event's place when the article names none, or names it from abroad ---------------------


@pytest.mark.parametrize(
    ("text", "ents", "country"),
    [
        # nothing named but the group: its home country
        (
            "Two rockets were fired at a farming village. Hamas said it carried out the attack.",
            {},
            "PS",
        ),
        # a visitor's nationality is whose, not where; the soldiers' is where
        ("A British backpacker was shot by rebels. Colombian soldiers found his body.", {}, "CO"),
    ],
)
def test_places_a_country_implied_when_no_place_is_named(
    settings: Settings, text: str, ents: dict[str, str], country: str
) -> None:
    place = _event_place(settings, text, ents)
    assert (place.country_code, place.precision) == (country, PlacePrecision.COUNTRY)


def test_places_a_peoples_word_in_a_firms_name_does_not_place_a_town(settings: Settings) -> None:
    # "American Express" is a firm's name: Athens is the Greek capital, not Athens, Georgia
    text = "A bomb damaged the Athens branch of a bank. The group also attacked American Express."
    assert _event_place(settings, text, {"Athens": "GPE"}).country_code == "GR"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the country that speaks of the attack is where the story was filed; the victim's is where
        (
            "MANAGUA, Nicaragua (Reuters) - Nicaragua has denied any role in the attack on a "
            "Salvadoran minister.\nThe minister was killed in his car.",
            "SV",
        ),
        # visitors and the editor's bracketed words point nowhere
        ("LA PAZ, Bolivia (AP) - Two U.S. missionaries were killed in an attack today.", "BO"),
        (
            "LIMA, 7 MAY 89 -- A deputy of the APRA [American Popular Revolutionary Alliance] was "
            "shot today.",
            "PE",
        ),
        # a heading names the story's place, whoever lives there
        ("CORSICA.  A bomb damaged the homes of two Moroccan residents.", "FR"),
    ],
)
def test_places_a_dateline_and_the_country_the_event_is_told_of(
    settings: Settings, text: str, country: str
) -> None:
    assert _event_place(settings, text).country_code == country


def test_places_a_town_unknown_to_the_gazetteer_beside_a_known_one(settings: Settings) -> None:
    text = "Gunmen shot a policeman in Buhriz, near Baqubah."
    place = _event_place(settings, text, {"Buhriz": "GPE", "Baqubah": "GPE"})
    assert (place.name, place.country_code, place.vicinity) == ("Buhriz", "IQ", True)
    assert place.evidence is not None and place.evidence.text == "Buhriz"
    assert place.gazetteer_id is None


def test_places_a_town_unknown_to_the_gazetteer_in_a_named_country(settings: Settings) -> None:
    text = "A bomb killed two people in Tal Afar. Such attacks are frequent in Iraq."
    place = _event_place(settings, text, {"Tal Afar": "GPE", "Iraq": "GPE"})
    assert (place.name, place.country_code, place.precision) == (
        "Tal Afar",
        "IQ",
        PlacePrecision.COUNTRY,
    )


def test_places_an_unknown_part_of_a_known_town_is_the_town(settings: Settings) -> None:
    text = "A bomb exploded in the Green Zone in Baghdad."
    place = _event_place(settings, text, {"Green Zone": "LOC", "Baghdad": "GPE"})
    assert place.name == "Baghdad"


def test_places_a_small_namesake_far_away_is_a_quarter_of_the_city_told_of(
    settings: Settings,
) -> None:
    text = "Philadelphia police said a man was shot in Feltonville on Tuesday night."
    place = _event_place(settings, text, {"Feltonville": "GPE", "Philadelphia": "GPE"})
    assert (place.name, place.admin1, place.detail) == (
        "Philadelphia",
        "Pennsylvania",
        "Feltonville",
    )


@pytest.mark.parametrize(
    ("text", "name", "detail"),
    [
        # a town the text calls a neighbourhood, far from the big city named, whatever its size
        (
            "Three men were shot Friday in the Austin neighborhood on the West Side, Chicago "
            "police said.",
            "Chicago",
            "Austin",
        ),
        # ... unless its own state is named
        (
            "Two men were shot in an Austin neighborhood on Friday, Texas police said. One of "
            "them grew up in Chicago.",
            "Austin",
            None,
        ),
    ],
)
def test_places_a_town_called_a_neighbourhood_is_a_quarter_of_the_city_named(
    settings: Settings, text: str, name: str, detail: str | None
) -> None:
    ents = {"Austin": "GPE", "Chicago": "GPE", "Texas": "GPE"}
    place = _event_place(settings, text, {k: v for k, v in ents.items() if k in text})
    assert (place.name, place.detail) == (name, detail)


def test_places_a_small_town_in_a_named_state_stays(settings: Settings) -> None:
    text = "Philadelphia police said a man was shot in Feltonville, Massachusetts."
    ents = {"Feltonville": "GPE", "Massachusetts": "GPE", "Philadelphia": "GPE"}
    assert _event_place(settings, text, ents).name == "Feltonville"


def test_places_a_town_and_its_county_named_together(settings: Settings) -> None:
    # Richmond, Kentucky is the seat of Madison County, Kentucky; neither name alone says so
    text = "Police in Richmond said the driver lived in Madison County."
    found = _places(settings, text, {"Richmond": "GPE", "Madison County": "GPE"})
    assert (_named(found, "Richmond").admin1, _named(found, "Madison County").admin1) == (
        "Kentucky",
        "Kentucky",
    )


# --- this session's rules: US local phrasing, "toward the X", titles and numbers ----------------


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot and killed Tuesday. Deputies responded to a call about a shooting.",
        "A boy was shot in the 600 block of Elm Street on Friday, police said.",
        "A man was shot dead on Friday. He faces felony charges.",
    ],
)
def test_places_a_us_local_story_naming_no_place_is_in_the_united_states(
    settings: Settings, text: str
) -> None:
    place = _event_place(settings, text)
    assert (place.country_code, place.precision) == ("US", PlacePrecision.COUNTRY)


def test_places_a_target_after_toward_the_is_where_a_rocket_fell(settings: Settings) -> None:
    text = "Palestinian militants fired a rocket attack from the Gaza Strip toward the Negev."
    place = _event_place(settings, text, {"Gaza Strip": "GPE", "Negev": "LOC"})
    assert (place.name, place.country_code) == ("Negev", "IL")


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        ('"Carry it out," said coach Ripley of the team in Shakopee.', {"Ripley": "GPE"}, "Ripley"),
        ("The team won the Section 2AA title in Shakopee.", {"Section": "GPE"}, "Section"),
        (
            "Gunmen killed a guard of the state-run Al-Sabah newspaper.",
            {"Al-Sabah": "ORG"},
            "Al-Sabah",
        ),
        # a ship's name: "Dona" is no town
        (
            "A grenade went off on the Dona Lucia passenger ferry in Jolo.",
            {"Dona": "GPE"},
            "Dona",
        ),
        # a byline's first word: its kind of credit, not the town of that name
        (
            "Two men were shot.\nStory by Ann Lee and Ed Ray\nPolice said.",
            {"Story": "GPE"},
            "Story",
        ),
        # an age after the name: a person's surname
        (
            "Her cousin was shot in Dayton. Houston, 27, said she heard four shots.",
            {"Houston": "GPE", "Dayton": "GPE"},
            "Houston",
        ),
    ],
)
def test_places_a_title_or_number_beside_a_name_says_it_is_no_place(
    settings: Settings, text: str, ents: dict[str, str], name: str
) -> None:
    assert name not in [p.evidence.text for p in _places(settings, text, ents) if p.evidence]


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        ("Plans to extend Ohio 63 west were approved.", {"Ohio": "GPE"}, "Ohio"),  # a state road
        ("The first call was made to a Belfast newspaper.", {"Belfast": "GPE"}, "Belfast"),
        # a town ended by "by" within a line is where something stands
        ("A man was shot in Ames by Tom Hart.", {"Ames": "GPE"}, "Ames"),
        # a number after a town is no age without its comma after it
        ("Gunmen shot at a bus in Mosul, 12 were hurt.", {"Mosul": "GPE"}, "Mosul"),
    ],
)
def test_places_a_state_s_road_and_a_town_s_newspaper_keep_their_place(
    settings: Settings, text: str, ents: dict[str, str], name: str
) -> None:
    assert name in [p.evidence.text for p in _places(settings, text, ents) if p.evidence]


# --- towns the gazetteer lacks, named where the event is (issue 4, RAND summaries) ------------


@pytest.mark.parametrize(
    ("text", "ents", "name", "country"),
    [
        # a settlement the model took for a firm; the group's country places it
        (
            "Three mortar shells were fired at the Kfar Varda settlement. Hamas claimed it.",
            {"Kfar Varda": "ORG", "Hamas": "ORG"},
            "Kfar Varda",
            "PS",
        ),
        # a village the model did not tag, in a country named later
        (
            "A bomb exploded near a shop in Darbakhel village. Such bombings are frequent in "
            "Afghanistan.",
            {"Afghanistan": "GPE"},
            "Darbakhel",
            "AF",
        ),
        # a town's market, in a country named later
        (
            "A bomb exploded in a Tal Afar market. Such attacks are frequent in Iraq.",
            {"Tal Afar": "GPE", "Iraq": "GPE"},
            "Tal Afar",
            "IQ",
        ),
        # a village inside a known town: the finer place
        (
            "Gunmen shot a teacher in Kalupora village in Pattan.",
            {"Pattan": "GPE"},
            "Kalupora",
            "IN",
        ),
        # nothing else named: the name alone
        ("Rebels set fire to a school in Dunkhara.", {}, "Dunkhara", None),
        # "a ... settlement", in a territory named after it
        (
            "A mortar shell was fired at a Gush Talmor settlement in the Gaza Strip.",
            {"Gaza Strip": "LOC"},
            "Gush Talmor",
            "PS",
        ),
        # an area of a district named next is a part of that district
        (
            "Taliban fighters attacked a convoy in the Kolbagh area of Zurbat District. The "
            "Taliban said they killed six.",
            {"Zurbat District": "GPE"},
            "Zurbat",
            "AF",
        ),
    ],
)
def test_places_a_town_unknown_to_the_gazetteer_where_the_event_is(
    settings: Settings, text: str, ents: dict[str, str], name: str, country: str | None
) -> None:
    place = _event_place(settings, text, ents)
    assert (place.name, place.country_code) == (name, country)


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        # a shop's name after "at" is no town
        ("A man was shot at Kroger in Dayton on Friday.", {"Dayton": "GPE"}, "Dayton"),
        # a headline's capitals are no town
        (
            "Teen Hurt in Two Overnight Shootings in Miami\nA boy was shot on Friday night.",
            {"Miami": "GPE"},
            "Miami",
        ),
        # a district within a province named: the province
        (
            "A bomb killed four police in the Zarkhel District of Kandahar Province.",
            {"Kandahar Province": "GPE"},
            "Kandahar",
        ),
    ],
)
def test_places_a_capitalised_name_that_is_no_unknown_town(
    settings: Settings, text: str, ents: dict[str, str], name: str
) -> None:
    assert _event_place(settings, text, ents).name == name


@pytest.mark.parametrize(
    ("text", "ents", "country"),
    [
        # a country heading: the story's country, whatever the foreign names around it
        (
            "CYPRUS.  A mortar round hit the runway of the British base at Akrotiri and two "
            "British airmen were hurt. Britain protested.",
            {"Akrotiri": "GPE", "Britain": "GPE"},
            "CY",
        ),
        # ... and its namesake of a town named abroad
        (
            "RHODESIA.  Guerrillas killed five missionaries at a farm north of Salisbury.  Two "
            "British priests and a nun from England were among them.",
            {"Salisbury": "GPE", "England": "GPE"},
            "ZW",
        ),
        # a people's word inside a group's name is the group's
        ("A Catholic man was shot dead by the Irish Republican Army.", {}, "GB"),
        # a country owning soldiers is not where
        (
            "New People's Army guerrillas fired on a truck carrying supplies for U.S. soldiers.",
            {"U.S.": "GPE"},
            "PH",
        ),
    ],
)
def test_places_the_country_of_a_heading_or_group(
    settings: Settings, text: str, ents: dict[str, str], country: str
) -> None:
    assert _event_place(settings, text, ents).country_code == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militants shot a shopkeeper in Chakpora, Budgam.", "Chakpora"),
        ("A grenade was thrown at a school in Khanpora, Pulwama.", "Khanpora"),
    ],
)
def test_places_a_village_named_with_its_district_is_placed_there(
    settings: Settings, text: str, name: str
) -> None:
    place = _event_place(settings, text)
    assert (place.name, place.country_code) == (name, "IN")
    assert place.lat is not None
