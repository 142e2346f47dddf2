"""Toponym resolution: choosing among same-name places from what the article says around them.

`resolve` scores one name's candidates; `refine` resolves every mention of an article again from
where its other names were placed; `qualified` narrows "Portsmouth, Va." to Virginia."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from incidex.geo.gazetteer import Entry, distance_km
from incidex.geo.known import is_region, neighbours
from incidex.geo.names import US_STATE_CODES, area_core, normalise
from incidex.schema import Evidence, Place, PlacePrecision

# A country's name almost always means the country; an area's name competes with towns of the same
# name on population (areas sum their towns' populations, which already favours them).
_KIND_PRIOR = {"country": 6.0, "admin1": 0.5, "admin2": 0.25, "city": 0.0}
_NEAR_KM = 200  # an anchor this close makes a candidate the likely one ("Kerman" near "Bam")
# degrees of latitude apart beyond which two places lie farther than _NEAR_KM, whatever their
# longitudes (an arc is at least its meridian's part): most pairs, told without the distance
_NEAR_LAT = math.degrees(_NEAR_KM / 6371.0) * 1.01


def resolve(
    candidates: list[Entry],
    *,
    country_weights: Mapping[str, float],
    anchors: Sequence[Entry] = (),
    area_weights: Mapping[tuple[str, str], float] | None = None,
    seats: frozenset[tuple[str, str, str, str]] = frozenset(),
) -> Entry | None:
    """The candidate the context favours: countries the article names or implies, places already
    resolved near it, provinces that the article's other names could lie in, a county and a town
    of it named together (`seats`), then kind and population."""
    candidates = _own_names_first(candidates, country_weights)
    if not candidates:
        return None
    top = max(country_weights.values(), default=0.0)
    areas = area_weights or {}
    area_top = max(areas.values(), default=0.0)

    owners = [c for c in candidates if not c.matched_alias]
    own = max((c.population for c in owners), default=0)
    owner_countries = {c.country_code for c in owners}
    # a well-known region has no population in the data: it is as big as the packages' areas of
    # its name, and the name's sense in the news when nothing else decides ("Ulster" is
    # Northern Ireland, not the Irish province)
    areas_size = max((c.population for c in candidates if c.kind in _AREAS), default=0)
    region_size = math.log10(areas_size + 10) - math.log10(10) + _REGION_EDGE

    def score(c: Entry) -> float:
        s = _score(c, country_weights, top, anchors)
        if is_region(c.id):
            s += region_size
        if c.matched_alias and _exonym(c.population, own) and c.country_code not in owner_countries:
            s += _ALIAS_PENALTY  # "Seville", "Cologne": a foreign city's English name
        if area_top > 0 and c.admin1:
            s += _AREA_BONUS * areas.get((c.country_code, c.admin1), 0.0) / area_top
        where = _county_key(c)
        if where and (*where, c.kind) in seats:  # "Richmond", "Madison County": both Kentucky's
            s += _SEAT_BONUS
        return s

    best = _dominant(max(candidates, key=score), candidates, country_weights)
    return _state(_seat(best, candidates), candidates)


_AREAS = ("admin1", "admin2")
_REGION_EDGE = 0.5  # less than a country named once: the Irish province where Ireland is told of


def _dominant(best: Entry, candidates: list[Entry], weights: Mapping[str, float]) -> Entry:
    """A far bigger namesake in a country the article points at, over a small place the context
    chose: "SAN SALVADOR" in a story filed from Mexico City about Salvadorans is the capital
    of El Salvador, not the small municipality in Hidalgo."""
    if best.kind == "country" or is_region(best.id):  # a region's size is not in the data
        return best
    bigger = [
        c
        for c in candidates
        if c.kind in ("city", "admin1")
        and not c.matched_alias
        and c.country_code != best.country_code
        and weights.get(c.country_code, 0.0) > 0
        and c.population >= _DOMINANT * max(best.population, 1)
    ]
    return max(bigger, key=lambda c: c.population) if bigger else best


_DOMINANT = 100  # a namesake this many times bigger is the name's sense where its country is


# an aliased place abroad this many times bigger than every place bearing the name as its own
# is the name's usual sense: the English name of a foreign city
_EXONYM = 100
# ... or a city of size beside which every place bearing the name is a small town: "Londonderry"
# is Derry, not the New Hampshire town
_EXONYM_CITY = 50_000
_EXONYM_TOWN = 20_000
_EXONYM_CITY_LEAD = 5


def _exonym(population: int, own: int) -> bool:
    """True when a place found under another of its names is the name's usual sense, being so
    much bigger than any place bearing the name as its own (`own` the biggest of them)."""
    return 0 < own * _EXONYM <= population or (
        0 < own < _EXONYM_TOWN
        and population >= _EXONYM_CITY
        and population >= own * _EXONYM_CITY_LEAD
    )


_ALIAS_PENALTY = 2.5

# a town in a county the article also names (or a county holding a town it names) is that pair
_SEAT_BONUS = 3.0


def _county_key(entry: Entry) -> tuple[str, str, str] | None:
    """The county a town lies in, or a county itself: (country, province, county name)."""
    if entry.kind == "city" and entry.admin2 and entry.admin1:
        return (entry.country_code, entry.admin1, normalise(entry.admin2))
    if entry.kind == "admin2" and entry.admin1:
        return (entry.country_code, entry.admin1, normalise(entry.name))
    return None


# the province most of the article's names could lie in (Watertown, Delano, Plainview, Scott
# County: Minnesota) adds up to this much
_AREA_BONUS = 2.0


def _own_names_first(candidates: list[Entry], weights: Mapping[str, float]) -> list[Entry]:
    """Without the places found only under another name when a place of at least a tenth of
    their size bears the name as its own ("Maryville" is Maryville, not Beeville, once called
    so; "Kiev" stays Kyiv beside a hamlet called Kiev), unless the article names their country
    ("San Sebastian" among Basques is Donostia, not the Puerto Rican town)."""
    owners = [c for c in candidates if not c.matched_alias]
    own = max((c.population for c in owners), default=-1)
    # the article points at another country than any place bearing the name as its own
    said = max((weights.get(c.country_code, 0.0) for c in owners), default=0.0)
    if any(c.kind == "country" for c in owners):  # "Grenada" is the island, not a town's alias
        said = math.inf
    return [
        c
        for c in candidates
        if not c.matched_alias
        or c.population > own * 10
        or _exonym(c.population, own)
        or (weights.get(c.country_code, 0.0) > said and c.population >= _NAMED_ALIAS)
    ]


_NAMED_ALIAS = 10_000  # a town this big in a named country is spelled many ways in the news


def _seat(best: Entry, candidates: list[Entry]) -> Entry:
    """A bare name shared by an area and its own city means the city ("Kerman", "San Salvador"):
    the more precise place, at the same spot for a map. "Kerman Province" never gets here, since
    its lookup returns the area alone."""
    if best.kind not in ("admin1", "admin2"):
        return best
    same = [
        c
        for c in candidates
        if c.kind == "city"
        and c.country_code == best.country_code
        and best.name in (c.admin1, c.admin2)
        # "Usulután" city of "Usulutan", "Granada" of "Provincia de Granada"
        and normalise(c.name) in (normalise(best.name), area_core(best.name))
    ]
    return max(same, key=lambda c: c.population) if same else best


def _state(best: Entry, candidates: list[Entry]) -> Entry:
    """A bare name shared by a province and a small town of its country means the province,
    whatever towns nearby say ("mailing drugs to Arizona and California" is the state, not
    California, Missouri); "California, Mo." never gets here, its qualifier keeps the town."""
    if best.kind != "city":
        return best
    states = [
        c
        for c in candidates
        if c.kind == "admin1"
        and c.country_code == best.country_code
        and not c.matched_alias
        and c.population >= _STATE_OVER_TOWN * max(best.population, 1)
    ]
    return max(states, key=lambda c: c.population) if states else best


_STATE_OVER_TOWN = 300  # a province this many times bigger than the town is the name's sense


def _score(
    entry: Entry, weights: Mapping[str, float], top: float, anchors: Sequence[Entry]
) -> float:
    score = math.log10(entry.population + 10) + _KIND_PRIOR.get(entry.kind, 0.0)
    if entry.matched_alias:  # "SUV" (Suva), "Philadelphia" (Amman): another place's own name wins
        score -= _ALIAS_PENALTY
    elif entry.capital:  # "Washington", "Dublin": a national capital is the usual sense
        score += 1.5
    if top > 0:
        score += 8.0 * _weight(entry.country_code, weights) / top
    same_area = near = 0
    for anchor in anchors:
        if anchor.id == entry.id or anchor.kind == "country":
            continue
        if (
            anchor.country_code == entry.country_code
            and anchor.admin1
            and anchor.admin1 == entry.admin1
        ):
            same_area += 1
        elif abs(anchor.lat - entry.lat) <= _NEAR_LAT and distance_km(anchor, entry) <= _NEAR_KM:
            near += 1
    # the first two neighbours say most: more of them add less (a long list of towns must not
    # outweigh everything else)
    score += 2.0 * min(same_area, 2) + 0.5 * max(0, min(same_area, 6) - 2)
    score += 1.5 * min(near, 2)
    return score


def _weight(code: str, weights: Mapping[str, float]) -> float:
    """How much the article points at a country: its own weight, else a share of its most
    pointed-at neighbour's ("Bethlehem" in a story of Israelis is the one in the West Bank)."""
    own = weights.get(code, 0.0)
    if own > 0:
        return own
    return _NEIGHBOUR_SHARE * max((weights.get(n, 0.0) for n in neighbours(code)), default=0.0)


_NEIGHBOUR_SHARE = 0.25


def refine(
    names: list[str],
    found: list[list[Entry]],
    reasons: list[str | None],
    explicit: Counter[str],
    prior: list[Entry | None],
    *,
    voters: list[bool] | None = None,
) -> list[Entry | None]:
    """Each mention resolved again, from where the article's other names were placed the time
    before (their countries, provinces and distances), its own name left out; only `voters`
    (all mentions by default; not mere guesses) count as context."""
    votes_of = voters or [True] * len(names)
    said: dict[str, Counter[str]] = {}
    for name, entry, votes in zip(names, prior, votes_of, strict=True):
        if entry is not None and votes:
            said.setdefault(normalise(name), Counter())[entry.country_code] += (
                2 if entry.kind == "country" else 1
            )
    areas_of = {
        normalise(n): _name_votes(f) for n, f, v in zip(names, found, votes_of, strict=True) if v
    }
    all_areas: Counter[tuple[str, str]] = Counter()
    for area_votes in areas_of.values():
        all_areas.update(area_votes)
    # what each name may say of the others: a county it may be supports the towns in it, a
    # town it may be supports the county it lies in
    supports: dict[str, set[tuple[str, str, str, str]]] = {}
    for n, f, v in zip(names, found, votes_of, strict=True):
        for e in f if v else ():
            where = _county_key(e)
            if where:
                kind = "admin2" if e.kind == "city" else "city"
                supports.setdefault(normalise(n), set()).add((*where, kind))
    keys = [normalise(name) for name in names]
    out: list[Entry | None] = []
    # a name said again with the same places has the same context: resolved once
    done: dict[tuple[str, int], Entry | None] = {}
    for i, key in enumerate(keys):
        if reasons[i]:
            out.append(None)
            continue
        said_before = (key, id(found[i]))
        if said_before not in done:
            anchors = [e for j, e in enumerate(prior) if e and votes_of[j] and keys[j] != key]
            areas = all_areas.copy()
            areas.subtract(areas_of.get(key, Counter()))  # its own name does not vote
            weights = _signals(explicit, said, key)
            # a town of a county another name may be, a county holding a town another name may be
            seats = frozenset(w for k, ws in supports.items() if k != key for w in ws)
            done[said_before] = resolve(
                found[i],
                country_weights=weights,
                anchors=anchors,
                area_weights=areas,
                seats=seats,
            )
        out.append(done[said_before])
    return out


def _name_votes(found: list[Entry]) -> Counter[tuple[str, str]]:
    """The provinces a name's places lie in, one vote shared among them: "Delano" (Minnesota,
    California, Tennessee) gives each a third, "Scott County, Minn." Minnesota a whole one."""
    areas = {(e.country_code, e.admin1) for e in found if e.kind != "country" and e.admin1}
    return Counter({area: 1 / len(areas) for area in areas}) if areas else Counter()


def _signals(weights: Counter[str], said: dict[str, Counter[str]], own: str) -> Counter[str]:
    """The article's pointers at countries apart from the name being resolved: "Georgia" among
    Atlanta and Hall County is the state, however often it is repeated."""
    context = Counter({cc: w for cc, w in weights.items() if w > 0})
    for name, codes in said.items():
        if name != own:  # a name says what it says once or twice, however often it is repeated
            context.update({cc: min(n, _REPEATS) for cc, n in codes.items()})
    return context


_REPEATS = 2


def qualified(
    text: str, spans: list[tuple[int, int]], candidates: list[list[Entry]]
) -> list[list[Entry]]:
    """Candidates narrowed by the area named right after them: "Portsmouth, Va." is the one in
    Virginia, "Paris, Texas" the one in Texas, "Kerman, Iran" the one in Iran, and "Columbus, GA"
    (a US state's postal code, after a town in mixed case) the one in Georgia."""
    narrowed: dict[str, list[Entry]] = {}
    out = list(candidates)
    for i, (start, end) in enumerate(spans):
        # "Columbus, GA News": a state's postal code after a town of mixed-case text
        code = _POSTAL.match(text, end)
        state = US_STATE_CODES.get(code.group(1)) if code else None
        inside = [
            c
            for c in candidates[i]
            if c.kind != "country" and c.country_code == "US" and c.admin1 == state
        ]
        if inside and not text[start:end].isupper():
            narrowed[normalise(text[start:end])] = inside
    for i in range(len(spans) - 1):
        (_, end), (start, _) = spans[i], spans[i + 1]
        if not re.fullmatch(r",\s*|\s+\(", text[end:start]):
            continue
        areas = [e for e in candidates[i + 1] if e.kind in ("country", "admin1")]
        inside = [
            c
            for c in candidates[i]
            if c.kind != "country"
            and any(
                a.country_code == c.country_code and (a.kind == "country" or a.admin1 == c.admin1)
                for a in areas
            )
        ]
        if inside:
            narrowed[normalise(text[spans[i][0] : end])] = inside
            hit = {(c.country_code, c.admin1) for c in inside}
            out[i + 1] = [  # "Newburgh, New York": the state, not the city
                a for a in areas if a.kind == "country" or (a.country_code, a.admin1) in hit
            ]
    # one sense per article: every "Portsmouth" is the one "Portsmouth, Va." said
    return [
        narrowed.get(normalise(text[start:end]), found)
        for (start, end), found in zip(spans, out, strict=True)
    ]


_POSTAL = re.compile(r",\s?([A-Z]{2})\b(?![-'’]\w)")


_PRECISION = {
    "city": PlacePrecision.CITY,
    "admin2": PlacePrecision.ADMIN2,
    "admin1": PlacePrecision.ADMIN1,
    "country": PlacePrecision.COUNTRY,
}


def to_place(
    entry: Entry,
    *,
    evidence: Evidence | None,
    vicinity: bool = False,
    detail: str | None = None,
    name: str | None = None,
) -> Place:
    """The schema Place of a gazetteer entry, with the mention's evidence; `name` is the name
    the text gives it when that is another of its names ("Sederot" for Sderot)."""
    return Place(
        name=name or entry.name,
        admin2=entry.admin2,
        admin1=entry.admin1,
        country=entry.country,
        country_code=entry.country_code,
        lat=round(entry.lat, 5),
        lon=round(entry.lon, 5),
        precision=_PRECISION[entry.kind],
        vicinity=vicinity,
        gazetteer_id=entry.id,
        detail=detail,
        evidence=evidence,
    )
