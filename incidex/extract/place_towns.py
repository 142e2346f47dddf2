"""The towns an event's chosen place stands for: a small namesake far from the big city a story
is about is a quarter of that city ("Feltonville" in a Philadelphia story), a town placed abroad
under a country heading is that country's namesake ("RHODESIA. ... north of Salisbury"), and a
town the gazetteer lacks that the event's words name keeps its name, placed by the area or town
it lies in or by ("in Tal Afar ... in Iraq", "in Buhriz, near Baqubah", "fired at the Kfar Varda
settlement").

Also the small measures the places stage shares: a place's precision rank, the distance between
two places, whether an offset falls in a group of sentences.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import math
import re

from incidex.extract.analysis import (
    Analysis,
    Frame,
    Sentence,
    evidence,
    frame_text,
    trigger_sentences,
)
from incidex.geo import Entry, Gazetteer, is_common_word, load_gazetteer, to_place
from incidex.geo.mentions import POSSESSIVE
from incidex.nlp import is_shouting
from incidex.schema import Evidence, Place, PlacePrecision

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
    the town in Massachusetts; "Shelltown" in a San Diego story is San Diego's; a town the text
    calls a neighbourhood is the named city's whatever its size. The quarter's name stays as the
    detail."""
    if chosen is None or chosen.precision != PlacePrecision.CITY or chosen.evidence is None:
        return chosen
    gaz = load_gazetteer(analysis.settings)
    if any(
        p.gazetteer_id == chosen.gazetteer_id
        and p.evidence is not None
        and _NEIGHBOURHOOD.match(analysis.text, p.evidence.end)
        for p in places
    ):
        return _neighbourhood(gaz, places, chosen)
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


# A name the text calls a quarter: "in the South Austin neighborhood", "the Lawndale community"
_NEIGHBOURHOOD = re.compile(r"\s+(?:neighbou?rhoods?|community area)\b", re.IGNORECASE)
_NEIGHBOURHOOD_KM = 50  # a quarter's namesake this far from the big city named is another town


def _neighbourhood(gaz: Gazetteer, places: tuple[Place, ...], chosen: Place) -> Place:
    """The big city an article names anywhere, for a town the text calls a neighbourhood
    somewhere, far from it, whatever its size, unless its own state or a county of it is named:
    "the South Austin neighborhood" in a story naming Chicago is Chicago's, not Texas's capital."""
    assert chosen.evidence is not None
    areas = (PlacePrecision.ADMIN1, PlacePrecision.ADMIN2)
    if any(p.precision in areas and p.admin1 == chosen.admin1 for p in places):
        return chosen
    cities = [
        p
        for p in places
        if p.precision == PlacePrecision.CITY
        and p.country_code == chosen.country_code
        and p.gazetteer_id != chosen.gazetteer_id
        and km(p, chosen) > _NEIGHBOURHOOD_KM
        and _population(gaz, p) >= _QUARTER_CITY
    ]
    if not cities:
        return chosen
    return dataclasses.replace(cities[0], detail=chosen.evidence.text, vicinity=chosen.vicinity)


_QUARTER_TOWN = 20_000  # a namesake this small is likelier a quarter of the city told of
_QUARTER_CITY = 200_000  # ... when the article names a city this big
_QUARTER_KM = 300  # ... this far from it


def without_strays(gaz: Gazetteer, named: list[Place], *, local: bool) -> list[Place]:
    """`named` with a small town that is the only place of its state, far from all the article's
    other places, which lie in one other state, read as a part of the finest of those, its name
    kept as the detail: "shot in Sedona" in a story naming Denver twice is a Denver quarter, not
    the Arizona town. On a US `local` page, whose quarters bear other states' town names, that is
    enough; on another page the other state must be a US one named itself, as a state or a county
    of it: US towns share their names across states, and the gazetteer keeps the bigger
    namesake of a village it lacks ("north of Wadena ... in Fayette County, Iowa" is no town of
    Minnesota). A town with its state named beside it ("Sedona, Ariz.") has company there and
    stays."""
    out = []
    for p in named:
        home = _stray_home(gaz, p, named, local=local)
        out.append(
            dataclasses.replace(
                home, evidence=p.evidence, detail=p.evidence.text, vicinity=p.vicinity
            )
            if home and p.evidence
            else p
        )
    return out


def _stray_home(gaz: Gazetteer, town: Place, named: list[Place], *, local: bool) -> Place | None:
    if town.precision != PlacePrecision.CITY or town.admin1 is None:
        return None
    others = [
        p
        for p in named
        if p.country_code == town.country_code
        and p.admin1 is not None
        and p.gazetteer_id != town.gazetteer_id
    ]
    if (
        len({p.admin1 for p in others}) != 1
        or others[0].admin1 == town.admin1
        or any(km(p, town) <= _STRAY_KM for p in others)
        or _population(gaz, town) >= _STRAY_TOWN
        or not (local or _us_state_named(town, others))
    ):
        return None
    named_times = collections.Counter(p.gazetteer_id for p in named)
    # the place the article names most (the finest, first named among equals); a town named
    # more often than it is the story's own
    home = min(others, key=lambda p: (-named_times[p.gazetteer_id], rank(p)))
    return home if named_times[town.gazetteer_id] <= named_times[home.gazetteer_id] else None


def _us_state_named(town: Place, others: list[Place]) -> bool:
    """True for a US town among places one of which is a US state or county named itself."""
    areas = (PlacePrecision.ADMIN1, PlacePrecision.ADMIN2)
    return town.country_code == "US" and any(p.precision in areas for p in others)


_STRAY_TOWN = 50_000  # a town this small, alone in its province, is likelier a namesake
_STRAY_KM = 80  # ... this far from every other place the article names


def filed_quarter(
    places: tuple[Place, ...], chosen: Place | None, dateline: Place | None
) -> Place | None:
    """The dateline's city, for a town of another state far from it that nothing else in a US
    local story places there: "CHICAGO -- A shooting in Austin" is in Chicago's Austin, not in
    Texas; "Wichita, Kan." or a Kansas county named beside it keeps the town. The town's name
    stays as the detail."""
    if (
        chosen is None
        or dateline is None
        or chosen.evidence is None
        or chosen.precision != PlacePrecision.CITY
        or dateline.precision != PlacePrecision.CITY
        or chosen.country_code != dateline.country_code
        or chosen.admin1 in (None, dateline.admin1)
        or km(chosen, dateline) <= _QUARTER_KM
    ):
        return chosen
    if any(p.admin1 == chosen.admin1 and p.name != chosen.name for p in places):
        return chosen  # its state, a county or a town of it is named too
    return dataclasses.replace(dateline, detail=chosen.evidence.text, vicinity=chosen.vicinity)


def namesake(gaz: Gazetteer, place: Place, dateline: Place | None) -> Place:
    """A town of a story under a country heading, placed abroad, is that country's namesake when
    it has one: "RHODESIA.  ... a farm north of Salisbury" is Harare, not the English town."""
    if (
        dateline is None
        or dateline.precision != PlacePrecision.COUNTRY
        or place.evidence is None
        or place.country_code in (None, dateline.country_code)
    ):
        return place
    same = [
        e
        for e in gaz.lookup(place.evidence.text)
        if e.country_code == dateline.country_code and e.kind != "country"
    ]
    if not same:
        return place
    entry = max(same, key=lambda e: e.population)
    return to_place(
        entry,
        evidence=place.evidence,
        vicinity=place.vicinity,
        detail=place.detail,
        name=place.name,
    )


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
    """The town the event's words name where it stands ("in Tal Afar", "near Darbakhel", "fired
    at the Kfar Varda settlement") when the gazetteer does not know it (or knows only namesakes
    elsewhere), placed by what was chosen instead: an area or country the event lies in, or
    implied ("A bomb exploded in Tal Afar ... in Iraq"), or a town it lies by or in ("in Buhriz,
    near Baqubah", "in Kalupora village in Pattan"), whose coordinates, country and precision
    it takes; with nothing chosen, the name alone. Mixed-case text only, where a capitalised
    name standing where a place stands is likely one."""
    if chosen is not None and not chosen.country_code:
        return chosen
    text = analysis.text
    if is_shouting(text):
        return chosen
    home = chosen.country_code if chosen else None
    # named as an area ("in the Mardan district"), though placed at its town
    coarse = (
        chosen is None
        or chosen.evidence is None
        or rank(chosen) >= RANK[ADMIN2]
        or bool(_AREA_KIND.search(chosen.evidence.text))
    )
    # an area within a province or town named is a part of it; within a country, the place
    country_wide = chosen is None or chosen.precision in (None, PlacePrecision.COUNTRY)
    # the sentences with the event's words first, then its other sentences
    first = trigger_sentences(analysis, frame)
    rest = [s for s in frame_text(analysis, frame) if s not in first]
    towns = [
        town
        for group in (first, rest)
        for town in sorted(_unknown_towns(analysis, group, places, home), key=lambda t: t.start)
    ]
    for town in towns:
        after = chosen.evidence.start if chosen and chosen.evidence else -1
        gap = text[town.end : after] if town.end <= after else None
        by = gap is not None and bool(_BY.fullmatch(gap))
        inside = gap is not None and bool(_IN.fullmatch(gap)) and town.kind != "area"
        if town.elsewhere and not by:
            continue  # a namesake abroad is this town only when tied to the chosen one
        if town.kind is None and town.at == "at" and not town.said:
            continue  # "at Kroger": a shop's or firm's name as often as a town's
        if not (coarse or by or inside):
            continue  # a town the gazetteer knows is named for the event, not one beside it
        if town.kind == "area" and not country_wide:
            continue  # "the Zarkhel District of Kandahar Province": the province is the answer
        ev = Evidence(start=town.start, end=town.end, text=text[town.start : town.end])
        if chosen is None:
            return Place(name=town.name, evidence=ev, unresolved_reason=_NOT_KNOWN)
        detail = (
            evidence(text, town.start, chosen.evidence.end).text
            if by and chosen.evidence and chosen.precision == PlacePrecision.CITY
            else chosen.detail
        )
        return dataclasses.replace(
            chosen,
            name=town.name,
            evidence=ev,
            gazetteer_id=None,
            vicinity=bool(detail) or chosen.vicinity,
            detail=detail,
        )
    return chosen


@dataclasses.dataclass(frozen=True, slots=True)
class _Town:
    start: int
    end: int
    name: str
    kind: str | None  # "town" (village, settlement ...), "area" (district, area ...) or None
    at: str  # the locative before it, lower case, or ""
    said: bool  # the model or the gazetteer took it for a place
    elsewhere: bool  # the gazetteer placed it, in another country than the event's


def _unknown_towns(
    analysis: Analysis, group: list[Sentence], places: tuple[Place, ...], home: str | None
) -> list[_Town]:
    """Names in the event's sentences standing where a town stands that no resolved place
    covers: mentions the gazetteer did not place, and capitalised names the model took for no
    place ("fired at the Kfar Varda settlement", "a school in Dunkhara")."""
    text = analysis.text
    out = []
    for p in places:
        if p.evidence is None or not within(group, p.evidence.start):
            continue
        if p.lat is None and p.unresolved_reason == _COMMON:
            continue
        if p.lat is not None and (p.precision != PlacePrecision.CITY or p.country_code == home):
            continue  # a town placed in the event's country is no unknown town
        town = _town(text, p.evidence.start, p.evidence.end, said=True, elsewhere=p.lat is not None)
        last = town.name.split()[-1] if town else ""
        if town and town.name[:1].isupper() and not _part_word(last):
            out.append(town)
    taken = [(p.evidence.start, p.evidence.end) for p in places if p.evidence]
    # the model's dates, peoples and works are no towns; its persons and firms often are, for
    # names it does not know ("in Gund Khalil")
    other = [e for e in analysis.entities or () if e.label in _NO_TOWN_LABELS]
    for m in _NAMED.finditer(text):
        start, end = m.span("name")
        if not within(group, start) or any(a < end and start < b for a, b in taken):
            continue
        words = re.split(r"[ -]", m.group("name"))
        if any(is_common_word(w) or w.casefold() in _INSTITUTIONS for w in words):
            continue  # "in Christmas", "at Kemayoran International Airport", "in Congress"
        if POSSESSIVE.match(text, end - 2) or _title_case(text, start):
            continue  # "in Smith's home", "Teen Hurt in Two Overnight Shootings"
        town = _town(text, start, end, said=False, elsewhere=False)
        if town is None or (m.group("the") and town.kind is None):
            continue  # "at the Alpha Bank branch", "in a Peugeot": a firm's, not a town's name
        if town.kind is None and any(e.start < end and start < e.end for e in other):
            continue  # "in Ramadan"
        out.append(town)
    return out


def _town(text: str, start: int, end: int, *, said: bool, elsewhere: bool) -> _Town | None:
    """The name at [start, end) as a town, with the kind of place the words around it say it
    is; None where they say it is a part of a place or no place ("the Bakua Desert", "the
    Zafaraniya market") or nothing says it stands where a place stands."""
    name = text[start:end]
    kind = None
    inner = _KIND.search(name)  # "Zurbat District", "Kfar Varda settlement" as one span
    if inner:
        kind, name = _kind(inner.group(1)), name[: inner.start()]
    after = _KIND_AFTER.match(text, end)
    if after and kind is None:
        kind = _kind(after.group(1))
        if kind == "area" and _OF_NAMED.match(text, after.end()):
            return None  # "the Kolbagh area of Zurbat District": a part of the place named next
    if kind is None and _MARKET.match(text, end) and _A.search(text[max(0, start - 6) : start]):
        kind = "area"  # "in a Tal Afar market": the town's market
    if kind is None and (PART.match(text, end) or PART.search(" " + name.split()[-1])):
        return None
    at = _AT.search(text[max(0, start - 30) : start])
    before = _KIND_OF.search(text[max(0, start - 30) : start])
    if before and kind is None:
        kind = _kind(before.group(1))
    if not (at or kind):
        return None
    return _Town(
        start=start,
        end=end,
        name=name.strip(" ,"),
        kind=kind,
        at=at.group(1).lower() if at else "",
        said=said,
        elsewhere=elsewhere,
    )


def _title_case(text: str, offset: int) -> bool:
    """True when the line holding `offset` capitalises most of its words, as headlines do."""
    end = text.find("\n", offset)
    line = text[text.rfind("\n", 0, offset) + 1 : end if end >= 0 else len(text)]
    words: list[str] = [w for w in re.findall(r"[A-Za-z]+", line) if len(w) > 3]
    upper = sum(w[0].isupper() for w in words)
    return upper >= _HEADLINE_WORDS and upper > _HEADLINE_SHARE * len(words)


_HEADLINE_WORDS = 3
_HEADLINE_SHARE = 0.7


def _part_word(word: str) -> bool:
    """True for a common noun ending a name: a park's, a square's, not a town's ("Riverside Park");
    "Makeni Town" is a town's."""
    return is_common_word(word) and word.casefold() not in (*_TOWN_KINDS, "city")


def _kind(word: str) -> str:
    return "town" if word.lower() in _TOWN_KINDS else "area"


ADMIN2 = PlacePrecision.ADMIN2
_NOT_KNOWN = "not in the gazetteer"
_COMMON = "a common word, not taken as a place"
_NO_TOWN_LABELS = ("DATE", "TIME", "NORP", "EVENT", "LANGUAGE", "LAW", "WORK_OF_ART", "PRODUCT")
# bodies named after a locative: "in Congress", "at Parliament"
_INSTITUTIONS = frozenset(
    "congress parliament senate assembly cabinet government court police army".split()  # noqa: SIM905
)
# the kind of an area at the end of its name: "the Mardan district", "Travnik Municipality"
_AREA_KIND = re.compile(
    r"\s(?:district|province|municipality|county|governorate|region|department|prefecture"
    r"|parish|tehsil)$",
    re.IGNORECASE,
)
_TOWN_KINDS = ("village", "town", "settlement", "kibbutz", "moshav", "hamlet", "township")
_KINDS = r"(village|town|settlement|kibbutz|moshav|hamlet|township|area|district|municipality)"
# the kind of place after a name: "the Kfar Varda settlement", "Kalupora village", "the Dera area"
_KIND_AFTER = re.compile(rf"\s+{_KINDS}\b", re.IGNORECASE)
_KIND = re.compile(rf"\s+{_KINDS}$", re.IGNORECASE)
_OF_NAMED = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?[A-Z]")
# a town's market: "a Tal Afar market", "the Jenin market"
_MARKET = re.compile(r"\s+(?:market|bazaar)\b", re.IGNORECASE)
_A = re.compile(r"\b(?:a|the)\s+$", re.IGNORECASE)
# ... or before it: "the village of Kalupora", "the settlement of Gush Talmor", "the district of
# Zurbat"
_KIND_OF = re.compile(rf"\b{_KINDS}\s+of\s+$", re.IGNORECASE)
# where a place stands: "in Tal Afar", "near Arampora", "the village of Titlepalli"
_AT = re.compile(
    r"\b(in|at|near|outside|(?:village|town|city|settlement|kibbutz) of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a capitalised name of up to three words after a locative, whole: "in Dunkhara", "at the Kfar
# Varda settlement", "in San Juan de Dios" (not "at Kemayoran International Airport" cut short)
_WORD = r"[A-Z][\w'’]*[a-z][\w'’]*"
_NAMED = re.compile(
    rf"\b(?:in|at|near|outside|of|from)\s+(?P<the>(?:the|an?)\s+)?"
    rf"(?P<name>{_WORD}(?:[ -](?:(?:de|del|di|la|el|al|ul|e)[ -])?{_WORD}){{0,2}})"
    r"(?![\w'’]|[ -]?[A-Z\d]|-\w)"  # the whole name: not "Deh" of "Deh-i Bala"
)
# what ties an unknown town to the known town after it: "Buhriz, near Baqubah", "Yussifiyah
# (south of Baghdad)"; "the Green Zone in Baghdad" is a part of Baghdad, which is the place
_BY = re.compile(
    r"\s*[,(]?\s*(?:a\s+)?(?:(?:\d+\s+\w+\s+)?(?:north|south|east|west|northeast|northwest"
    r"|southeast|southwest)(?:ern)?\s+of|near|outside)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# ... or inside: "Ban Tanyong in the Mardan district", "Gornje Selo, in Travnik Municipality",
# "Hamchipora, Budgam" (a village, then its district)
_IN = re.compile(r"\s*(?:,\s*|,?\s*(?:village\s+|town\s+)?(?:in|of)\s+(?:the\s+)?)", re.IGNORECASE)
# a name of a part or an area, not of a town: "the Zafaraniya district", "the Bakua Desert",
# "the Dand District"
PART = re.compile(
    r"\s+(?:district|area|neighbou?rhood|quarter|section|zone|sector|province|region|county|desert"
    r"|mall|market|camp|base|road|street|highway|valley|mountains?|river)\b",
    re.IGNORECASE,
)
