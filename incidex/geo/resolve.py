"""Toponym resolution: choosing among same-name places from what the article says around them."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from incidex.geo.gazetteer import Entry, distance_km
from incidex.geo.names import normalise
from incidex.schema import Evidence, Place, PlacePrecision

# A country's name almost always means the country; an area's name competes with towns of the same
# name on population (areas sum their towns' populations, which already favours them).
_KIND_PRIOR = {"country": 6.0, "admin1": 0.5, "admin2": 0.25, "city": 0.0}
_NEAR_KM = 200  # an anchor this close makes a candidate the likely one ("Kerman" near "Bam")


def resolve(
    candidates: list[Entry],
    *,
    country_weights: Mapping[str, float],
    anchors: Sequence[Entry] = (),
) -> Entry | None:
    """The candidate the context favours: countries the article names or implies, places already
    resolved near it, then kind and population."""
    if not candidates:
        return None
    top = max(country_weights.values(), default=0.0)
    best = max(candidates, key=lambda c: _score(c, country_weights, top, anchors))
    return _seat(best, candidates)


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
        and normalise(c.name) == normalise(best.name)  # "Usulután" city of "Usulutan"
    ]
    return max(same, key=lambda c: c.population) if same else best


def _score(
    entry: Entry, weights: Mapping[str, float], top: float, anchors: Sequence[Entry]
) -> float:
    score = math.log10(entry.population + 10) + _KIND_PRIOR.get(entry.kind, 0.0)
    if entry.matched_alias:  # "SUV" (Suva), "Philadelphia" (Amman): another place's own name wins
        score -= 2.5
    elif entry.capital:  # "Washington", "Dublin": a national capital is the usual sense
        score += 1.5
    if top > 0:
        score += 8.0 * weights.get(entry.country_code, 0.0) / top
    for anchor in anchors:
        if anchor.id == entry.id or anchor.kind == "country":
            continue
        if (
            anchor.country_code == entry.country_code
            and anchor.admin1
            and anchor.admin1 == entry.admin1
        ):
            score += 2.0
        elif distance_km(anchor, entry) <= _NEAR_KM:
            score += 1.5
    return score


_PRECISION = {
    "city": PlacePrecision.CITY,
    "admin2": PlacePrecision.ADMIN2,
    "admin1": PlacePrecision.ADMIN1,
    "country": PlacePrecision.COUNTRY,
}


def to_place(
    entry: Entry, *, evidence: Evidence | None, vicinity: bool = False, detail: str | None = None
) -> Place:
    """The schema Place of a gazetteer entry, with the mention's evidence."""
    return Place(
        name=entry.name,
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
