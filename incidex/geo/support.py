"""Whether a resolved place-name mention is believable in its article: a capitalised guess
confirmed by the surer places, an upper-case word supported by its country, a small town abroad
that nothing in an article about elsewhere supports (a stray)."""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

from incidex.geo.gazetteer import Entry, Gazetteer, distance_km
from incidex.geo.known import neighbours
from incidex.geo.names import normalise


def confirmed(
    entry: Entry | None, weights: Counter[str], surer: list[Entry], candidates: list[Entry]
) -> bool:
    """Whether a guessed name's place is likely: near the article's surer places, a town of
    size in the one country the article names, or the one big city of its name."""
    return entry is not None and (
        _nearby(entry, surer)
        or _national(entry, weights, surer)
        or _alone(entry, candidates, weights, surer)
    )


def _nearby(entry: Entry, anchors: list[Entry]) -> bool:
    """True when an area is named, or a town lies in the province or near a town that the
    article's surer mentions name ("Moorhead" beside Fargo)."""
    if entry.kind != "city":
        return True
    return any(
        a.kind != "country"
        and a.country_code == entry.country_code
        and (a.admin1 == entry.admin1 or distance_km(a, entry) <= _NEAR_KM)
        for a in anchors
    )


_NEAR_KM = 150
_TOWN = 5000  # a town of this size in the article's country is likely the place its name says


def _national(entry: Entry, weights: Counter[str], surer: list[Entry]) -> bool:
    """True when the article names the town's country ("Iraq", "Iraqi", an Iraqi dateline)
    more than any other but none of its towns or provinces, and the town is of some size ("a
    Tal Afar market"). Where the article names towns, a guess must lie near them."""
    top = max(weights.values(), default=0)
    return (
        top > 0
        and weights[entry.country_code] == top
        and entry.population >= _TOWN
        and not any(e.kind != "country" and e.country_code == entry.country_code for e in surer)
    )


def _alone(
    entry: Entry, candidates: list[Entry], weights: Counter[str], surer: list[Entry]
) -> bool:
    """True when the article names no other place and no country, and the guess is a city of
    size under its own name, far bigger than any namesake elsewhere: "in downtown
    Thessaloniki", "the Khost Security Command"; not "Richmond" (Virginia or British Columbia)."""
    rivals = [
        c.population
        for c in candidates
        if c.kind == "city" and c.country_code != entry.country_code and not c.matched_alias
    ]
    return (
        not surer
        and max(weights.values(), default=0) == 0
        and not entry.matched_alias
        and entry.population >= _ALONE_POPULATION
        and entry.population >= _ALONE_LEAD * max(rivals, default=0)
    )


_ALONE_POPULATION = 50_000  # a city this big is the likely sense of its name in a short report
_ALONE_LEAD = 5  # ... when it is this many times bigger than its namesakes abroad


_CAPITAL_POPULATION = 300_000


def supported(entry: Entry, weights: Counter[str], anchors: list[Entry]) -> bool:
    """In upper-case text every word is a candidate ("COME" is a town in Benin, "CAPITAL" a
    province of Venezuela): a town or province counts only when the article names or implies its
    country elsewhere; a national capital of size needs nothing else when the article names no
    other place ("A BOMB EXPLODED IN BOGOTA" is Colombia's capital; beside LIMA, "LISBON" is
    where an embassy spoke, not a place of the story)."""
    return (
        entry.kind == "country"
        or (entry.capital and entry.population >= _CAPITAL_POPULATION and not anchors)
        or weights[entry.country_code] > 0
        or any(a.country_code == entry.country_code for a in anchors)
    )


def stray(
    entry: Entry,
    weights: Counter[str],
    named: Counter[str],
    anchors: list[Entry],
    said: str,
    *,
    gaz: Gazetteer,
) -> bool:
    """True for a small town or a province abroad in an article that places its story elsewhere
    and never points at its country: "Dora" beside Baghdad is a quarter of Baghdad, not Dora,
    Alabama; a "Central District" judge beside a US county sits in the US, not in Israel. A
    town or province placed elsewhere counts, a country named twice too; people's words
    ("Irish", "Basque") do not, since they name whose, not where; nor a country just across
    the border (`_next_door`). A province is a stray only beside a town or an area placed
    elsewhere: countries named ("US forces in Basra") are often whose, not where. A city of
    size found under a name unlike its own (`said`: "Byzantium", Istanbul's old name) is no
    surer than a small town; "Ashqelon" is Ashkelon spelled otherwise."""
    if entry.kind == "country" or (
        entry.kind == "city" and entry.population >= _STRAY_POPULATION and not _renamed(entry, said)
    ):
        return False
    if weights[entry.country_code] > 0 or any(  # "Erie" beside London, Ontario: across a border
        _sure(a, weights) and (a.country_code == entry.country_code or _near(a, entry))
        for a in anchors
    ):
        return False
    told = named if entry.kind == "city" else Counter()
    elsewhere = Counter(
        {cc: n * _STRAY_SAID for cc, n in told.items() if not _next_door(entry, cc, said, gaz)}
    )
    for a in anchors:  # a place nothing else supports says little: a city of size does
        if a.kind != "country" and (
            (a.kind == "city" and a.population >= _STRAY_POPULATION)
            or weights[a.country_code] > 0
            # a district beside a hamlet abroad: "a farmer from Kote in the Doda district"
            or (a.kind == "admin2" and entry.kind == "city" and entry.population < _HAMLET)
        ):
            elsewhere[a.country_code] += _STRAY_SAID
    return max(elsewhere.values(), default=0) >= _STRAY_SAID


def _next_door(entry: Entry, code: str, said: str, gaz: Gazetteer) -> bool:
    """True when a town lies just across the border of a country the article names, near its
    middle: "Portadown" in a story naming Ireland is in Northern Ireland, not a namesake afar
    (a city under an old name unlike its own is no likelier next door)."""
    country = gaz.country(code)
    return (
        country is not None
        and entry.country_code in neighbours(code)
        and distance_km(entry, country) <= _STRAY_KM
        and not _renamed(entry, said)
    )


def _renamed(entry: Entry, said: str) -> bool:
    """True when a place was found under a name unlike its own: an old or foreign name
    ("Byzantium" for Istanbul), not another spelling of it ("Ashqelon", "Kiev")."""
    if not entry.matched_alias:
        return False
    own = [normalise(part) for part in entry.name.split("/")]
    key = normalise(said)
    return all(SequenceMatcher(None, key, o).ratio() < _ALIKE for o in own)


_ALIKE = 0.6  # "ashqelon"/"ashkelon" 0.88, "kiev"/"kyiv" 0.75; "yathrib"/"madinah" 0.29


def _sure(anchor: Entry, weights: Counter[str]) -> bool:
    """True when a place stands on more than its own name: an area, a city of size, or in a
    country the article points at (two villages abroad do not vouch for each other)."""
    return (
        anchor.kind != "city"
        or anchor.population >= _STRAY_POPULATION
        or weights[anchor.country_code] > 0
    )


def _near(anchor: Entry, entry: Entry) -> bool:
    return anchor.kind != "country" and distance_km(anchor, entry) <= _STRAY_KM


_HAMLET = 1000  # a town this small (or of unknown size) is likelier a namesake than the place
_STRAY_POPULATION = 100_000  # a city this big is named in stories about other countries too
_STRAY_SAID = 2  # a town placed elsewhere, or a country named twice
_STRAY_KM = 400  # a town this near the article's other places may lie across a border
