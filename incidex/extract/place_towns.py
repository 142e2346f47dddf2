"""The towns an event's chosen place stands for: a small namesake far from the big city a story
is about is a quarter of that city ("Feltonville" in a Philadelphia story), and a town the
gazetteer lacks that the event's words name keeps its name, placed by the area or town it lies
in or by ("in Tal Afar ... in Iraq", "in Buhriz, near Baqubah").

Also the small measures the places stage shares: a place's precision rank, the distance between
two places, whether an offset falls in a group of sentences.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re

from incidex.extract.analysis import Analysis, Frame, Sentence, evidence, trigger_sentences
from incidex.geo import Entry, Gazetteer, load_gazetteer
from incidex.nlp import is_shouting
from incidex.schema import Place, PlacePrecision

RANK = {
    PlacePrecision.POINT: 0,
    PlacePrecision.CITY: 1,
    PlacePrecision.ADMIN2: 2,
    PlacePrecision.ADMIN1: 3,
    PlacePrecision.COUNTRY: 4,
}


def rank(place: Place) -> int:
    """A place's precision as a number, finest (a point) first."""
    return RANK.get(place.precision or PlacePrecision.COUNTRY, 5)


def within(sentences: list[Sentence], offset: int) -> bool:
    """True when `offset` falls inside one of `sentences` (in text order): a binary search."""
    i = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
    return i >= 0 and offset < sentences[i].end


def quarter(analysis: Analysis, places: tuple[Place, ...], chosen: Place | None) -> Place | None:
    """The big city an article names first, for a small namesake town far from it in a province
    nothing else in the article names: "Feltonville" in a Philadelphia story is its quarter, not
    the town in Massachusetts; "Shelltown" in a San Diego story is San Diego's. The quarter's
    name stays as the detail."""
    if chosen is None or chosen.precision != PlacePrecision.CITY or chosen.evidence is None:
        return chosen
    gaz = load_gazetteer(analysis.settings)
    if _population(gaz, chosen) >= _QUARTER_TOWN:
        return chosen
    if any(
        p.lat is not None
        and (
            (p.admin1 == chosen.admin1 and p.gazetteer_id != chosen.gazetteer_id)
            or p.precision in (PlacePrecision.ADMIN1, PlacePrecision.ADMIN2)
        )
        for p in places
        if p.country_code == chosen.country_code
    ):
        return chosen  # its province is named too, or provinces are: the towns are told apart
    cities = [
        p
        for p in places
        if p.precision == PlacePrecision.CITY
        and p.country_code == chosen.country_code
        and p.admin1 != chosen.admin1
        and p.evidence is not None
        and p.evidence.start < chosen.evidence.start  # the story's city, named first
        and km(p, chosen) > _QUARTER_KM
        and _population(gaz, p) >= _QUARTER_CITY
        and not _capital(gaz, p)  # "a truce signed in Manila": politics, not the story's city
    ]
    if not cities:
        return chosen
    return dataclasses.replace(cities[0], detail=chosen.evidence.text, vicinity=chosen.vicinity)


_QUARTER_TOWN = 20_000  # a namesake this small is likelier a quarter of the city told of
_QUARTER_CITY = 200_000  # ... when the article names a city this big
_QUARTER_KM = 300  # ... this far from it


def _entry(gaz: Gazetteer, place: Place) -> Entry | None:
    """The gazetteer's entry a resolved place came from."""
    return next((e for e in gaz.lookup(place.name) if e.id == place.gazetteer_id), None)


def _population(gaz: Gazetteer, place: Place) -> int:
    entry = _entry(gaz, place)
    return entry.population if entry else 0


def _capital(gaz: Gazetteer, place: Place) -> bool:
    entry = _entry(gaz, place)
    return bool(entry and entry.capital)


def km(a: Place, b: Place) -> float:
    """Kilometres between two places (flat earth: fine at these distances); 0 without them."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return 0.0
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    dlat = math.radians(a.lat - b.lat)
    dlon = math.radians(a.lon - b.lon) * math.cos(math.radians(a.lat))
    return 6371.0 * math.hypot(dlat, dlon)


def unknown_town(
    analysis: Analysis, frame: Frame, places: tuple[Place, ...], chosen: Place | None
) -> Place | None:
    """The town the event's words name where it stands ("in Tal Afar", "near Arampora") when the
    gazetteer does not know it, placed by what was chosen instead: an area the event lies in
    ("A bomb exploded in Tal Afar ... in Iraq"), or a town it lies by ("in Buhriz, near
    Baqubah"), whose coordinates, country and precision it takes. Mixed-case text only, where
    a capitalised name the model calls a place is likely one."""
    if chosen is None or chosen.evidence is None or not chosen.country_code:
        return chosen
    text = analysis.text
    if is_shouting(text):
        return chosen
    group = trigger_sentences(analysis, frame)
    for p in places:
        if not (
            p.lat is None
            and p.evidence is not None
            and p.unresolved_reason == _NOT_KNOWN
            and p.evidence.text[:1].isupper()
            and within(group, p.evidence.start)
            and _AT.search(text[max(0, p.evidence.start - 20) : p.evidence.start])
            and not PART.match(text, p.evidence.end)
            and not PART.search(" " + p.evidence.text.split()[-1])
        ):
            continue
        between = text[p.evidence.end : chosen.evidence.start]
        by = p.evidence.end <= chosen.evidence.start and _BY.fullmatch(between)
        if rank(chosen) < RANK[PlacePrecision.ADMIN2] and not by:
            continue  # a town the gazetteer knows is named for the event, not one beside it
        detail = (
            evidence(text, p.evidence.start, chosen.evidence.end).text
            if by and chosen.precision == PlacePrecision.CITY
            else chosen.detail
        )
        return dataclasses.replace(
            chosen,
            name=p.name,
            evidence=p.evidence,
            gazetteer_id=None,
            vicinity=bool(detail) or chosen.vicinity,
            detail=detail,
        )
    return chosen


_NOT_KNOWN = "not in the gazetteer"
# where a place stands: "in Tal Afar", "near Arampora", "the village of Titlepalli"
_AT = re.compile(r"\b(?:in|at|near|outside|(?:village|town|city) of)\s+(?:the\s+)?$", re.IGNORECASE)
# what ties an unknown town to the known town after it: "Buhriz, near Baqubah", "Yussifiyah
# (south of Baghdad)"; "the Green Zone in Baghdad" is a part of Baghdad, which is the place
_BY = re.compile(
    r"\s*[,(]?\s*(?:a\s+)?(?:(?:\d+\s+\w+\s+)?(?:north|south|east|west|northeast|northwest"
    r"|southeast|southwest)(?:ern)?\s+of|near|outside)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# a name of a part or an area, not of a town: "the Zafaraniya district", "the Bakua Desert",
# "the Dand District"
PART = re.compile(
    r"\s+(?:district|area|neighbou?rhood|quarter|section|zone|sector|province|region|county|desert"
    r"|mall|market|camp|base|road|street|highway|valley|mountains?|river)\b",
    re.IGNORECASE,
)
