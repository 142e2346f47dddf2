"""Joining a new event mention to an incident, or founding one: a pure decision over candidates.

The store finds candidates: incidents dated within the window of the mention's date, and
incidents whose reports share a rare name with it (a follow-up published weeks later);
`decide` scores each on shared distinctive names (weighted by how rare they are among stored
incidents), date, place and shared actors, and joins the best one at or above `JOIN_SCORE`.
Ties go to the oldest incident, so the choice is deterministic.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from incidex.schema import EventType

# Types that reports of one incident may give it: a shooting called an assassination by one
# outlet, a blast called an explosion before it is known to be a bombing.
_FAMILY = {
    EventType.AIR_STRIKE: "remote",
    EventType.SHELLING: "remote",
    EventType.ARMED_CLASH: "battle",
    EventType.RIOT: "unrest",
    EventType.PROTEST: "unrest",
    EventType.ACCIDENT: "accident",
}
_BRIDGES = {  # families that may be one incident seen differently
    frozenset({"attack", "accident"}),  # an "explosion" later found to be an accident, or not
    frozenset({"attack", "battle"}),  # an ambush that turned into a firefight
    frozenset({"remote", "battle"}),
}
DATE_WINDOW = 3  # days either side within which candidates are considered by date alone
JOIN_SCORE = 2.2
RARE = 10  # a name in at most this many incidents can find candidates outside the date window
FOLLOW_UP_NAMES = 2.5  # shared-name evidence that joins a report however far apart the dates


@dataclass(frozen=True, slots=True, kw_only=True)
class Probe:
    """What merging needs of one event mention (or of an incident, as a candidate)."""

    type: EventType
    date: dt.date | None
    date_is_publication: bool = False  # the text gave no date: weaker evidence
    lat: float | None = None
    lon: float | None = None
    city_level: bool = False  # the place is a point, city or district, not a province or country
    country_code: str | None = None
    names: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    id: int
    probe: Probe


def family(kind: EventType) -> str:
    """The family of a type; types of one family may describe the same incident."""
    return _FAMILY.get(kind, "attack")


def compatible(a: EventType, b: EventType) -> bool:
    fa, fb = family(a), family(b)
    return fa == fb or frozenset({fa, fb}) in _BRIDGES or EventType.OTHER in (a, b)


def km(a: Probe, b: Probe) -> float | None:
    """Great-circle distance in kilometres, when both have coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def name_weight(incidents_with_name: int) -> float:
    """Evidence of one shared name, by how many incidents use it: a victim's surname shared by
    two reports says much, a city's name little."""
    if incidents_with_name <= 1:
        return 1.0
    if incidents_with_name <= 3:
        return 0.6
    if incidents_with_name <= RARE:
        return 0.25
    return 0.0


def name_evidence(a: Probe, b: Probe, counts: Mapping[str, int]) -> float:
    return sum(name_weight(counts.get(n, 1)) for n in a.names & b.names)


def score(new: Probe, old: Probe, counts: Mapping[str, int]) -> float | None:
    """How strongly `new` looks like a report of `old`; None when it cannot be the same incident.
    `counts` says in how many stored incidents each name occurs."""
    if not compatible(new.type, old.type):
        return None
    names = min(4.0, name_evidence(new, old, counts))
    total = names
    if new.date and old.date:
        days = abs((new.date - old.date).days)
        if days > DATE_WINDOW and names < FOLLOW_UP_NAMES:
            return None
        total += {0: 0.5, 1: 0.3}.get(days, 0.0)
    if new.country_code and old.country_code and new.country_code != old.country_code:
        total -= 1.5  # geocoding can be wrong; shared names can still carry the join
    distance = km(new, old)
    if distance is not None and new.city_level and old.city_level:
        total += 1.0 if distance < 5 else 0.6 if distance < 25 else 0.0 if distance < 60 else -1.5
    if new.actors & old.actors:
        total += 1.0
    return total


def decide(
    new: Probe,
    candidates: Sequence[Candidate],
    counts: Mapping[str, int],
    *,
    least_names: float = 0.0,
) -> int | None:
    """The id of the incident `new` joins, or None to found a new incident. `least_names` asks
    for that much shared-name evidence (for an article that states no event of its own)."""
    best: tuple[float, int] | None = None
    for cand in sorted(candidates, key=lambda c: c.id):
        if least_names and name_evidence(new, cand.probe, counts) < least_names:
            continue
        s = score(new, cand.probe, counts)
        if s is not None and s >= JOIN_SCORE and (best is None or s > best[0]):
            best = (s, cand.id)
    return best[1] if best else None
