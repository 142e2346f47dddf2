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
from dataclasses import dataclass, field

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
# A date that is only the publication date says the event happened on or before it.
PUBLICATION_WINDOW = 10
JOIN_SCORE = 2.5
RARE = 10  # a name in at most this many incidents can find candidates outside the date window
NAME_WEIGHT = 0.25  # names mostly find follow-ups; the text's TF-IDF already holds them
TEXT_WEIGHT = 20.0  # a TF-IDF cosine of 0.15 between two reports is 3 points of evidence
MIN_TEXT = 0.08  # below this text similarity, reports are of different incidents
FOLLOW_UP_TEXT = 0.1  # text similarity a follow-up needs (with rare names or the same place)
NEAR_CITY = -0.5  # 60-150 km: a town and the metro area it is reported under
FAR_TEXT = 0.2  # text similarity that outweighs places far apart (one is probably misread)
LINK_TEXT = 0.15  # text similarity that links an article without an event of its own (a trial)
NAMES_CAP = 4.0  # shared-name evidence counts up to this much
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
    # An incident's names report by report: evidence is measured against each report alone, so
    # that an incident with many reports does not draw in every story that shares a word.
    name_sets: tuple[frozenset[str], ...] = ()
    terms: Mapping[str, int] = field(default_factory=dict)  # word counts of the text
    term_sets: tuple[Mapping[str, int], ...] = ()  # an incident's reports' word counts
    actors: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, kw_only=True)
class Rarity:
    """How common names and words are among what is stored: in how many incidents each name
    occurs, in how many articles each word occurs, and how many articles there are."""

    names: Mapping[str, int] = field(default_factory=dict)
    terms: Mapping[str, int] = field(default_factory=dict)
    articles: int = 0
    # TF-IDF vectors already built under these frequencies, by the word counts they came from
    # (kept with them, so an id is never mistaken for another's).
    _vectors: dict[int, tuple[Mapping[str, int], dict[str, float]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def idf(self, term: str) -> float:
        return math.log((self.articles + 2) / (self.terms.get(term, 0) + 1))

    def vector(self, counts: Mapping[str, int]) -> dict[str, float]:
        """The unit TF-IDF vector of word counts (built once per counts object)."""
        cached = self._vectors.get(id(counts))
        if cached is not None and cached[0] is counts:
            return cached[1]
        v = {t: _tf(c) * self.idf(t) for t, c in counts.items() if c > 0}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        unit = {t: x / norm for t, x in v.items()}
        self._vectors[id(counts)] = (counts, unit)
        return unit

    def cosine(self, unit: Mapping[str, float], counts: Mapping[str, int]) -> float:
        """The cosine of a unit TF-IDF vector with the TF-IDF vector of `counts`, without
        building the latter: a candidate's report is compared once per decision, and most of
        its words are ones whose frequency was not looked up (they all weigh the most, so
        their share of its length is one sum)."""
        most = math.log(self.articles + 2)  # the idf of a word whose frequency is not known
        length = most * most * sum(_tf(c) ** 2 for c in counts.values() if c > 0)
        known, other = (
            (self.terms, counts) if len(self.terms) < len(counts) else (counts, self.terms)
        )
        for term in known:
            if term in other and counts[term] > 0:
                idf = self.idf(term)
                length += _tf(counts[term]) ** 2 * (idf * idf - most * most)
        if length <= 0:
            return 0.0
        dot = sum(x * _tf(counts[t]) * self.idf(t) for t, x in unit.items() if counts.get(t, 0) > 0)
        return dot / math.sqrt(length)


_TF = [0.0] + [1 + math.log(c) for c in range(1, 64)]


def _tf(count: int) -> float:
    """The weight of a word used `count` times: 1 + ln(count)."""
    return _TF[count] if count < 64 else 1 + math.log(count)


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


def name_evidence(a: Probe, b: Probe, rarity: Rarity) -> float:
    """The weight of the names `a` shares with `b`'s closest report."""
    return max(
        (
            sum(name_weight(rarity.names.get(n, 1)) for n in a.names & names)
            for names in (b.name_sets or (b.names,))
        ),
        default=0.0,
    )


def text_similarity(a: Probe, b: Probe, rarity: Rarity) -> float:
    """TF-IDF cosine between `a`'s text and `b`'s closest report (0 to 1)."""
    mine = rarity.vector(a.terms)
    return max((rarity.cosine(mine, t) for t in b.term_sets), default=0.0)


def score(new: Probe, old: Probe, rarity: Rarity) -> float | None:
    """How strongly `new` looks like a report of `old`; None when it cannot be the same incident."""
    if not compatible(new.type, old.type):
        return None
    names = min(NAMES_CAP, name_evidence(new, old, rarity))
    distance = km(new, old)
    same_place = distance is not None and distance < 25
    days = abs((new.date - old.date).days) if new.date and old.date else None
    window = date_window(new.date_is_publication or old.date_is_publication)
    if days is not None and days > window and names < FOLLOW_UP_NAMES and not same_place:
        return None  # too far apart in time to be one incident, and no follow-up (see below)
    text = text_similarity(new, old, rarity)
    if text < MIN_TEXT and new.terms and old.term_sets:
        return None  # two stories that share no telling words are two incidents, however close
    total = NAME_WEIGHT * names + TEXT_WEIGHT * text
    both_cities = new.city_level and old.city_level
    far_away = bool(distance is not None and both_cities and distance > 150)
    if far_away:  # one of the two places is probably misread, or these are two incidents
        if names < NAMES_CAP and text < FAR_TEXT:
            return None
        total -= 1.5
    elif new.country_code and old.country_code and new.country_code != old.country_code:
        total -= 1.5
    if distance is not None and both_cities and not far_away:
        total += (
            1.0 if distance < 5 else 0.6 if distance < 25 else 0.0 if distance < 60 else NEAR_CITY
        )
    if days is not None:
        follow_up = text >= FOLLOW_UP_TEXT and (
            names >= FOLLOW_UP_NAMES or (same_place and text >= FAR_TEXT)
        )
        if days > window and not follow_up:
            return None  # a follow-up weeks later shares rare names or much wording, and a place
        total += {0: 0.5, 1: 0.3}.get(days, 0.0)
    if new.actors & old.actors:
        total += 1.0
    return total


def date_window(publication_dated: bool) -> int:
    """Days apart within which two reports may be of one incident by date alone: wider when a
    date is only the publication date."""
    return PUBLICATION_WINDOW if publication_dated else DATE_WINDOW


def best_match(
    new: Probe,
    candidates: Sequence[Candidate],
    rarity: Rarity,
    *,
    least_text: float = 0.0,
) -> tuple[float, int] | None:
    """The score and id of the incident `new` joins, or None to found a new incident.
    `least_text` asks for that much text similarity, or rare shared names (for an article that
    states no event of its own, which has no date or place to compare)."""
    best: tuple[float, int] | None = None
    for cand in sorted(candidates, key=lambda c: c.id):
        if (
            least_text
            and text_similarity(new, cand.probe, rarity) < least_text
            and name_evidence(new, cand.probe, rarity) < FOLLOW_UP_NAMES
        ):
            continue
        s = score(new, cand.probe, rarity)
        if s is not None and s >= JOIN_SCORE and (best is None or s > best[0]):
            best = (s, cand.id)
    return best


def decide(
    new: Probe,
    candidates: Sequence[Candidate],
    rarity: Rarity,
    *,
    least_text: float = 0.0,
) -> int | None:
    """The id of the incident `new` joins, or None to found a new incident (see best_match)."""
    best = best_match(new, candidates, rarity, least_text=least_text)
    return best[1] if best else None
