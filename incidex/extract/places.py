"""Places: every place-name mention in the article (see `incidex.extract.place_mentions`), and
each event's place.

An event takes the most specific place named where its trigger words are, else in its other
sentences, else (for the main event) the dateline's, unless the story is filed from abroad about
a country it names instead (or the sentence first telling the event points at one: "MANAGUA --
... THE ASSASSINATION OF A SALVADORAN MINISTER"), else the article's first place, else the
country its people's words, armed groups and US local phrasing point at (these choices of a
country are in `incidex.extract.place_country`). An earlier incident the story cites without
naming its place takes the country the main event would, never a town. A town the event's words
name that the gazetteer lacks keeps its name, and a small namesake far from the big city a story
is about is a quarter of that city (see `incidex.extract.place_towns`).
"""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.analysis import (
    Analysis,
    Entity,
    Frame,
    Sentence,
    evidence,
    frame_text,
    trigger_sentences,
)
from incidex.extract.place_asides import aside, masthead
from incidex.extract.place_country import (
    HEAD,
    based,
    beyond,
    country_place,
    first_place,
    home_country,
    implied_country,
    in_name,
    inside_span,
    is_demonym,
    is_heading,
    local_page,
    owns_forces,
    pointed_country,
    told_country,
)
from incidex.extract.place_mentions import find_places
from incidex.extract.place_towns import (
    PART,
    RANK,
    filed_quarter,
    km,
    namesake,
    quarter,
    rank,
    unknown_town,
    within,
    without_strays,
)
from incidex.geo import load_gazetteer
from incidex.geo.mentions import dateline_region, find_dateline
from incidex.nlp import is_shouting
from incidex.schema import Place, PlacePrecision, Role

# "near X", "outside X", "30 km north of X": the event happened around, not in, the place
_VICINITY = re.compile(
    r"(?P<detail>(?:\d+\s*(?:km|kilometers|kilometres|miles)\s+)?(?:(?:north|south|east|west"
    r"|northeast|northwest|southeast|southwest)(?:ern)?\s+of|near|outside|on the outskirts of"
    r"|close to|not far from))\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "said in Washington", "told reporters in Geneva", "a spokesman in Washington", "a declaration
# issued in Havana": where words were spoken, not where it happened
_SPOKEN = re.compile(
    r"\b(?:said|told \w+|speaking|spoke(?:sm[ae]n|sperson)?|statement|communiqu[eé]|declaration"
    r"|(?:news|press) conference|issued|visit\w*)"
    r"\s+(?:\w+\s+){0,2}(?:in|from|at)\s+$",
    re.IGNORECASE,
)


def mentions(analysis: Analysis) -> Analysis:
    """The analysis with `places`: every place-name mention, resolved where the gazetteer can."""
    return dataclasses.replace(analysis, places=tuple(find_places(analysis)))


def run(analysis: Analysis) -> Analysis:
    """The analysis with one place (or None) per frame."""
    places = analysis.places or ()
    start, end = _dateline_span(analysis)
    dateline = next(
        (p for p in places if p.evidence and start <= p.evidence.start < end and p.lat is not None),
        None,
    )
    # on a US local page, a far town of another state is likelier a quarter of the dateline's
    # city, whose neighbourhoods bear other states' town names (Austin, Central City, Homewood)
    filed = dateline if local_page(analysis.text) else None
    located = tuple(
        quarter(
            analysis,
            places,
            filed_quarter(
                places,
                unknown_town(analysis, f, places, _frame_place(analysis, f, places, dateline)),
                filed,
            ),
        )
        for f in analysis.frames or ()
    )
    return dataclasses.replace(analysis, locations=located)


def _dateline_span(analysis: Analysis) -> tuple[int, int]:
    m = find_dateline(analysis.text, shouting=is_shouting(analysis.text))
    if m is None:
        return (0, 0)
    region = dateline_region(analysis.text, m, load_gazetteer(analysis.settings))
    return (m.start("city"), max(m.end(), region[1] if region else 0))


def _frame_place(
    analysis: Analysis, frame: Frame, places: tuple[Place, ...], dateline: Place | None
) -> Place | None:
    """The most specific place named where the event's trigger words are (or a finer one inside
    it in the event's other sentences), else in its other sentences, else (for a main event) the
    story's place (see `_story_place`); an earlier incident that names none takes the story's
    country."""
    gaz = load_gazetteer(analysis.settings)
    named = [p for p in places if p.lat is not None and p.evidence and not is_demonym(p, gaz)]
    # a US local page's quarters bear other states' town names, and a small town the gazetteer
    # lacks has namesakes elsewhere: far small namesakes
    named = without_strays(gaz, named, local=local_page(analysis.text))
    home = home_country(places, dateline)
    span = _dateline_span(analysis)
    elsewhere = told_country(places, dateline, span, gaz)
    story = _candidates(analysis, frame, named, dateline=dateline, span=span, elsewhere=elsewhere)
    trigger = _eligible(analysis, story, trigger_sentences(analysis, frame), dateline, home)
    told = _eligible(analysis, story, frame_text(analysis, frame), dateline, home)
    # where the wounded were taken is no place named with the event (the dateline or the
    # article's first place may still be that town)
    settled = [
        _unless_masthead(analysis.text, [p for p in found if not aside(analysis.text, p.evidence)])
        for found in (trigger, told)
    ]
    for found in settled:
        best = _best(found, dateline, analysis.text)
        if best and inside_span(best, span):
            # the dateline is no place named with the event's words: it says where the story
            # was filed ("MANAGUA -- ... THE ASSASSINATION OF A SALVADORAN MINISTER")
            break
        if best and not _covers(best, dateline):
            finer = _best(_inside(best, settled[1]), dateline, analysis.text)
            return _with_vicinity(analysis.text, namesake(gaz, finer or best, dateline))
    story_place = _story_place(
        analysis, frame, named, dateline=dateline, span=span, elsewhere=elsewhere
    )
    if frame.role == Role.MAIN:
        return story_place
    # an incident the story cites without naming its place ("Galan, who was murdered on 18
    # August") lies in the story's country, as the main event would; its town is not known
    code = story_place.country_code if story_place else None
    return country_place(gaz, code) if code else None


def _unless_masthead(text: str, found: list[Place]) -> list[Place]:
    """`found` without the places of a page title's masthead when it names others: the
    outlet's home ("- WTVM.com-Columbus, GA News") is not where a story it names a place of
    happened; alone, it is a local station's likeliest town."""
    others = [p for p in found if not masthead(text, p.evidence)]
    return others or found


def _candidates(
    analysis: Analysis,
    frame: Frame,
    named: list[Place],
    *,
    dateline: Place | None,
    span: tuple[int, int],
    elsewhere: str | None,
) -> list[Place]:
    """The places that may be where the event happened: not a foreign dateline, which says
    where the story was filed; nor any place of the dateline's country when the sentence first
    telling the event names another country where a place stands ("MANAGUA -- THE MURDER OF
    THREE JOURNALISTS IN EL SALVADOR YESTERDAY ... AS IN MANAGUA'S NEIGHBORHOODS"). A people's
    word alone may be a visitor's ("A DUTCH REPORTER WAS KILLED IN ..."), and "HIS RETURN FROM
    CUBA" names no place of the event."""
    story = [p for p in named if not (elsewhere and inside_span(p, span))]
    if frame.role != Role.MAIN or dateline is None or is_heading(analysis.text):
        return story
    first = trigger_sentences(analysis, frame)[:1]
    pointed = pointed_country(analysis, first, dateline, span)
    if any(
        p.country_code == pointed
        and p.evidence
        and within(first, p.evidence.start)
        and _standing(analysis.text, p, _WHERE)
        for p in story
    ):
        return [p for p in story if p.country_code != dateline.country_code]
    return story


def _story_place(
    analysis: Analysis,
    frame: Frame,
    named: list[Place],
    *,
    dateline: Place | None,
    span: tuple[int, int],
    elsewhere: str | None,
) -> Place | None:
    """The place of the story itself, for an event that names none of its own: the country it
    was filed about, else the dateline's, else the article's first place, else the country its
    words point at."""
    gaz = load_gazetteer(analysis.settings)
    places = analysis.places or ()
    # "MANAGUA -- NICARAGUA HAS DENIED ANY LINKS WITH THE ASSASSINATION OF SALVADORAN MINISTER X"
    if not is_heading(analysis.text):
        group = trigger_sentences(analysis, frame)
        pointed = pointed_country(analysis, group[:1], dateline, span)
        elsewhere = elsewhere or pointed
    if elsewhere:  # "PANAMA CITY (PANAMA) -- ... THE SALVADORAN PRESIDENTIAL HOUSE"
        return first_place([p for p in named if p.country_code == elsewhere]) or country_place(
            gaz, elsewhere
        )
    lead = analysis.sentences[0].end if analysis.sentences else 0
    free = [  # not "for U.S. soldiers", "near the border with Laos"
        p for p in named if not owns_forces(analysis.text, p, gaz) and not beyond(analysis.text, p)
    ]
    # "the Lyon-based newspaper" or a masthead's town is where the event was when nothing
    # else is named
    free.sort(key=lambda p: based(analysis.text, p) or masthead(analysis.text, p.evidence))
    return dateline or first_place(free) or implied_country(analysis.text, places, gaz, lead)


def _eligible(
    analysis: Analysis,
    named: list[Place],
    group: list[Sentence],
    dateline: Place | None,
    home: str | None,
) -> list[Place]:
    """The places of `group` that may be where the event happened: not where words were spoken,
    not another country in passing, not part of an organisation's name; those of the article's
    home country first ("A VIENNA development worker" killed in Peru was killed in Peru)."""
    organisations = [e for e in analysis.entities or () if e.label in ("ORG", "FAC")]
    text = analysis.text
    found = [
        p
        for p in named
        if p.evidence
        and within(group, p.evidence.start)
        and not _SPOKEN.search(text[max(0, p.evidence.start - 40) : p.evidence.start])
        and not _abroad(p, dateline, home)
        and not in_name(text, p.evidence, organisations)
        and not _attributive(text, p, organisations)
        and not based(text, p)
        and not beyond(text, p)
    ]
    own = [p for p in found if p.country_code == home]
    finest = min((rank(p) for p in own), default=0)
    # without a dateline, a finer place abroad named where a place stands stays: "rockets from
    # the Gaza Strip towards Ashkelon" (not "A VIENNA development worker")
    told = [
        p
        for p in found
        if dateline is None
        and p.country_code != home
        and rank(p) < finest
        and _standing(text, p, _AREA_STANDING)
        and not PART.match(text, p.evidence.end if p.evidence else 0)  # "the Allerton section"
    ]
    return own + told if own else found


def _best(found: list[Place], dateline: Place | None, text: str) -> Place | None:
    """The finest of `found`; among equals, not the dateline, then one named where a place
    stands ("in Dayton", not "the Riverside Market"), then near the dateline, then first."""
    return min(
        found,
        key=lambda p: (rank(p), p is dateline, _far(p, dateline), not _standing(text, p)),
        default=None,
    )


# "in Dayton", "near Kabul", "from Gori": a name in a place's position
_STANDING = re.compile(
    r"\b(?:in|near|at|outside|from|into|of|to|across|towards?|on)\s+$", re.IGNORECASE
)
# ... and an area's: "toward the Negev", "in the Sinai" (not "in the Tak Bai district of
# Narathiwat", where the town named without "the" stands)
_AREA_STANDING = re.compile(
    r"\b(?:in|near|at|outside|from|into|of|to|across|towards?|on)\s+(?:the\s+)?$", re.IGNORECASE
)


def _standing(text: str, place: Place, pattern: re.Pattern[str] = _STANDING) -> bool:
    start = place.evidence.start if place.evidence else 0
    return bool(pattern.search(text[max(0, start - 14) : start]))


def _inside(area: Place, found: list[Place]) -> list[Place]:
    """The places of `found` finer than `area` and within it ("New York" in the headline,
    "Newburgh" in the story)."""
    return [
        p
        for p in found
        if rank(p) < rank(area)
        and p.country_code == area.country_code
        and (area.precision == PlacePrecision.COUNTRY or p.admin1 == area.admin1)
    ]


def _far(place: Place, dateline: Place | None) -> bool:
    """True when the place lies far from the dateline's town: of two towns named with the event
    ("A Suffolk Police officer ... in Central Islip"), the one near the dateline is likelier."""
    return dateline is not None and km(place, dateline) > _FAR_KM


_FAR_KM = 300


def _covers(area: Place, dateline: Place | None) -> bool:
    """True when the dateline names a finer place inside `area`: "ALIQUIPPA (KDKA) - ... Beaver
    County police" is in Aliquippa; "KABUL - ... in Afghanistan" in Kabul."""
    if dateline is None or area.country_code != dateline.country_code:
        return False
    if area.precision in (PlacePrecision.COUNTRY, PlacePrecision.ADMIN1):
        return True
    return (
        area.precision == PlacePrecision.ADMIN2
        and dateline.precision == PlacePrecision.CITY
        and dateline.admin1 == area.admin1
    )


def _abroad(place: Place, dateline: Place | None, home: str | None) -> bool:
    """A country or province other than the dateline's, named in passing: "a U.S. firm" in a
    story datelined VENEZUELA is whose firm, not where, and so is "the talks began in Venezuela"
    in one from San Salvador. One of the country most of the article's places are in may be
    where (a story filed in Washington about El Salvador), unless a country heading ("FRANCE.")
    says where."""
    if dateline is None or place.country_code == dateline.country_code:
        return False
    if place.precision not in (PlacePrecision.COUNTRY, PlacePrecision.ADMIN1):
        return False
    return dateline.precision == PlacePrecision.COUNTRY or place.country_code != home


# "in El Salvador", "across the Sinai": where something happened ("from Spain", "to Peru" and
# "of Spain" say where people come from or go, or whose)
_WHERE = re.compile(r"\b(?:in|near|outside|inside|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)


def _attributive(text: str, place: Place, organisations: list[Entity]) -> bool:
    """True when a country or province is named as the owner of something ("U.S. forces",
    "Palestine Islamic Jihad"), or any place as a newspaper's or a station's home ("a Caracas
    newspaper reported"), not as where something happened."""
    if place.evidence and _MEDIA.match(text, place.evidence.end):
        return True
    if place.evidence is None or rank(place) < RANK[PlacePrecision.ADMIN1]:
        return False
    span = place.evidence
    inside = any(
        e.start <= span.start and span.end <= e.end and (e.start, e.end) != (span.start, span.end)
        for e in organisations
    )
    return inside or bool(HEAD.match(text, span.end))


# "a Caracas newspaper", "a Bogota radio station", "the Liberal Party": whose voice, not where
# (a claim phoned to "a Paris news agency" may well be of a bombing there)
_MEDIA = re.compile(
    r"(?:['’]s)?\s+(?:(?:morning|evening|afternoon|weekly|daily|local|independent|privately"
    r"[- ]owned|state[- ]run|official)\s+)?(?:newspapers?|dailies|weeklies|magazines?"
    r"|radio|television|tv|paper|party)\b",
    re.IGNORECASE,
)


def _with_vicinity(text: str, place: Place) -> Place:
    assert place.evidence is not None
    window = max(0, place.evidence.start - 60)
    m = _VICINITY.search(text[window : place.evidence.start])
    if not m:
        return place
    detail = evidence(text, window + m.start(), place.evidence.end)
    return dataclasses.replace(place, vicinity=True, detail=detail.text)
