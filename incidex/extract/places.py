"""Places: every place-name mention in the article, resolved in context, and each event's place.

Mentions come from the model's GPE/LOC entities, the dateline ("MOGADISHU, Somalia (Reuters) -"),
names after locatives or before an area's kind, demonyms, and (see `incidex.geo.mentions`) a scan
of the gazetteer's names: all of upper-case wire text, and capitalised words of mixed-case text as
guesses kept only where they resolve near the surer places. Same-name candidates are chosen with
the countries the article names or implies and where its other places lie, twice over. An event
takes the most specific place named where its trigger words are, else in its other sentences,
else the dateline's, else the article's first place.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from collections import Counter

from incidex.extract.analysis import (
    Analysis,
    Entity,
    Frame,
    Sentence,
    evidence,
    frame_text,
    trigger_sentences,
)
from incidex.geo import (
    Entry,
    Gazetteer,
    distance_km,
    is_common_word,
    load_gazetteer,
    normalise,
    resolve,
    to_place,
)
from incidex.geo.mentions import (
    CAPITALISED,
    US_OUTLET,
    after_locatives,
    areas,
    dateline_credit,
    dedupe,
    demonyms,
    find_dateline,
    overlaps,
    scan,
    sub_names,
)
from incidex.geo.resolve import qualified, refine
from incidex.nlp import is_shouting
from incidex.schema import Evidence, Place, PlacePrecision, Role

# A police force or office named after its town: "Dayton police", "the Apopka Police Department"
_FORCE = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}?)\s+(?:police|sheriff|fire|county"
    r" sheriff)(?:'s)?(?:\s+(?:department|office|dept\.?|service))?$",
    re.IGNORECASE,
)
# "West Philadelphia", "NE Albuquerque", "Central Bakersfield": a part of the town named after
_QUARTER = re.compile(
    r"^(?:north|south|east|west|northeast|northwest|southeast|southwest|central|downtown|greater"
    r"|upper|lower|inner|ne|nw|se|sw|n\.?e\.?|n\.?w\.?|s\.?e\.?|s\.?w\.?)\s+",
    re.IGNORECASE,
)
# "near X", "outside X", "30 km north of X": the event happened around, not in, the place
_VICINITY = re.compile(
    r"(?P<detail>(?:\d+\s*(?:km|kilometers|kilometres|miles)\s+)?(?:(?:north|south|east|west"
    r"|northeast|northwest|southeast|southwest)(?:ern)?\s+of|near|outside|on the outskirts of"
    r"|close to|not far from))\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "said in Washington", "told reporters in Geneva": where words were spoken, not where it happened
_SPOKEN = re.compile(
    r"\b(?:said|told \w+|speaking|spoke|statement|news conference|visit\w*)"
    r"\s+(?:\w+\s+){0,2}(?:in|from|at)\s+$",
    re.IGNORECASE,
)
_RANK = {
    PlacePrecision.POINT: 0,
    PlacePrecision.CITY: 1,
    PlacePrecision.ADMIN2: 2,
    PlacePrecision.ADMIN1: 3,
    PlacePrecision.COUNTRY: 4,
}


def mentions(analysis: Analysis) -> Analysis:
    """The analysis with `places`: every place-name mention, resolved where the gazetteer can."""
    gaz = load_gazetteer(analysis.settings)
    found = _spans(analysis, gaz)
    guesses = [] if is_shouting(analysis.text) else _embedded(analysis, gaz, found)
    credit = dateline_credit(analysis.text, shouting=is_shouting(analysis.text))
    if credit:  # "(Sahel Wire)": the agency's name, not a place of the story
        found = [s for s in found if not overlaps([credit], *s)]
        guesses = [s for s in guesses if not overlaps([credit], *s)]
    weights = _country_weights(analysis, gaz)
    places = _resolve_all(analysis.text, dedupe(found + guesses), gaz, weights, set(guesses))
    return dataclasses.replace(analysis, places=tuple(places))


def run(analysis: Analysis) -> Analysis:
    """The analysis with one place (or None) per frame."""
    places = analysis.places or ()
    start, end = _dateline_span(analysis)
    dateline = next(
        (p for p in places if p.evidence and start <= p.evidence.start < end and p.lat is not None),
        None,
    )
    located = tuple(_frame_place(analysis, f, places, dateline) for f in analysis.frames or ())
    return dataclasses.replace(analysis, locations=located)


def _spans(analysis: Analysis, gaz: Gazetteer) -> list[tuple[int, int]]:
    text = analysis.text
    spans = []
    m = find_dateline(text, shouting=is_shouting(text))
    if m and gaz.lookup(m.group("city").strip()):
        spans.append((m.start("city"), m.start("city") + len(m.group("city").rstrip())))
        region = (m.group("region") or "").strip()
        if region and gaz.lookup(region):  # "Nigeria", "Va." (a US state in AP style)
            spans.append((m.start("region"), m.start("region") + len(region)))
    for ent in analysis.entities or ():
        if ent.label in ("GPE", "LOC"):
            spans.append(_trim(text, ent.start, ent.end))
        elif ent.label == "ORG" and (force := _FORCE.match(text[ent.start : ent.end])):
            start = ent.start + force.start("name")
            if gaz.lookup(force.group("name")):
                spans.append((start, start + len(force.group("name"))))
    spans += scan(text, gaz) if is_shouting(text) else after_locatives(text, gaz)
    spans += areas(text, gaz)
    spans += [(m.start(), m.end()) for m in demonyms(text, gaz)]
    return dedupe(spans)


def _embedded(
    analysis: Analysis, gaz: Gazetteer, found: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Place names the model did not tag as places: inside organisations' names ("the Ohio
    Department of Transportation", "Huntsville High School") and capitalised words it left
    alone. Guesses only: each is kept if it resolves near the article's surer places."""
    text = analysis.text
    persons = [e for e in analysis.entities or () if e.label == "PERSON"]
    taken = sorted(found)
    out = []
    for caps in CAPITALISED.finditer(text):
        for start, end in sub_names(text, caps.start(), caps.end(), gaz):
            in_person = any(p.start <= start and end <= p.end for p in persons)
            if not in_person and not overlaps(taken, start, end):
                out.append((start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """An entity without a leading "the" and trailing possessive ("the United States's")."""
    if text[start:end].casefold().startswith("the "):
        start += 4
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    return start, end


def _country_weights(analysis: Analysis, gaz: Gazetteer) -> Counter[str]:
    """How strongly the article points at each country besides its place names: demonyms, the
    dateline, the outlet (names count as they are resolved, in `_resolve_all`)."""
    weights: Counter[str] = Counter()
    for m in demonyms(analysis.text, gaz):  # "Iranian", "SALVADORAN", "Afghans"
        weights[gaz.demonym(m.group(0)) or ""] += 1
    if US_OUTLET.search(analysis.text):  # a US station's call sign: a US local story
        weights["US"] += 1
    dateline = find_dateline(analysis.text, shouting=is_shouting(analysis.text))
    if dateline:  # the dateline's country: "SAN SALVADOR, 9 JAN 90" is a Salvadoran story
        region = (dateline.group("region") or "").strip()
        place = resolve(gaz.lookup(region), country_weights={}) if region else None
        place = place or resolve(gaz.lookup(dateline.group("city").strip()), country_weights={})
        if place:
            weights[place.country_code] += 4  # as much as two mentions of a country's name
    return weights


def _resolve_all(
    text: str,
    spans: list[tuple[int, int]],
    gaz: Gazetteer,
    explicit: Counter[str],
    guesses: set[tuple[int, int]],
) -> list[Place]:
    """Each mention resolved twice: first from the countries the article names, then also from
    where its other places were placed the first time ("Charlotte" among Kannapolis and
    Cabarrus County is the one in North Carolina)."""
    names = [text[start:end] for start, end in spans]
    found = [[] if is_common_word(n) else _candidates(n, gaz) for n in names]
    reasons = [_why_not(n, c) for n, c in zip(names, found, strict=True)]
    found = qualified(text, spans, found)
    weights = explicit.copy()
    for entries in found:  # country names: "Iran", "U.S."
        if entries and entries[0].kind == "country":
            weights[entries[0].country_code] += 2
    first = [
        None if r else resolve(c, country_weights=weights)
        for c, r in zip(found, reasons, strict=True)
    ]
    surer = [e for e, span in zip(first, spans, strict=True) if e and span not in guesses]
    # a guess is context only once it looks like a place near the surer ones
    voters = [
        span not in guesses or _confirmed(entry, weights, surer)
        for span, entry in zip(spans, first, strict=True)
    ]
    second = refine(names, found, reasons, explicit, first, voters=voters)
    places = []
    for i, span in enumerate(spans):
        key = normalise(names[i])
        anchors = [e for j, e in enumerate(first) if e and voters[j] and normalise(names[j]) != key]
        chosen = second[i]
        if chosen and is_shouting(text) and not _supported(chosen, weights, anchors):
            reasons[i], chosen = f"nothing else in the article points at {chosen.country}", None
        if span in guesses and not _confirmed(chosen, weights, surer):
            continue  # a capitalised word that may be a place, and nothing says it is one
        ev = Evidence(start=span[0], end=span[1], text=names[i])
        places.append(
            to_place(chosen, evidence=ev)
            if chosen
            else Place(name=names[i], evidence=ev, unresolved_reason=reasons[i])
        )
    return places


def _confirmed(entry: Entry | None, weights: Counter[str], surer: list[Entry]) -> bool:
    """Whether a guessed name's place is likely: near the article's surer places, or a town of
    size in the one country the article names."""
    return entry is not None and (_nearby(entry, surer) or _national(entry, weights, surer))


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


def _supported(entry: Entry, weights: Counter[str], anchors: list[Entry]) -> bool:
    """In upper-case text every word is a candidate ("COME" is a town in Benin, "SAME" one in
    Tanzania): a town counts only when the article names or implies its country elsewhere."""
    return (
        entry.kind != "city"
        or weights[entry.country_code] > 0
        or any(a.country_code == entry.country_code for a in anchors)
    )


def _candidates(name: str, gaz: Gazetteer) -> list[Entry]:
    """The places a mention may be; "West Philadelphia" is in Philadelphia when the gazetteer
    has no such place of its own."""
    name = name.strip(" -–—,.;:") if not name.endswith(".") or len(name) > 5 else name
    code = gaz.demonym(name)
    country = gaz.country(code) if code else None
    if country:  # "Georgian" is Georgia, "Canadian" is Canada (not Canadian, Texas)
        return [country]
    found = gaz.lookup(name)
    quarter = _QUARTER.match(name)
    rest = name[quarter.end() :] if quarter else ""
    if not found and rest and not is_common_word(rest):  # not "West Side", "North Shore"
        found = [e for e in gaz.lookup(rest) if e.kind == "city" and not e.matched_alias]
    return found


def _why_not(name: str, candidates: list[Entry]) -> str | None:
    """Why a mention gets no coordinates, or None when it can be resolved."""
    if is_common_word(name):
        return "a common word, not taken as a place"
    if not candidates:
        return "not in the gazetteer"
    if all(c.matched_alias for c in candidates) and (
        len(name) <= 4 or max(c.population for c in candidates) < _KNOWN_AS
    ):  # "SUV", "Car", "West Side" (West Newton); not "Bombay", "Kiev"
        return "only another place's alternate name"
    return None


_KNOWN_AS = 100_000  # a place this big is known by its other names too


def _dateline_span(analysis: Analysis) -> tuple[int, int]:
    m = find_dateline(analysis.text, shouting=is_shouting(analysis.text))
    return (m.start("city"), m.end()) if m else (0, 0)


def _frame_place(
    analysis: Analysis, frame: Frame, places: tuple[Place, ...], dateline: Place | None
) -> Place | None:
    """The most specific place named where the event's trigger words are (or a finer one inside
    it in the event's other sentences), else in its other sentences, else (for a main event) the
    dateline's, else the article's first place."""
    gaz = load_gazetteer(analysis.settings)
    named = [p for p in places if p.lat is not None and p.evidence and not _demonym(p, gaz)]
    home = _home_country(places, dateline)
    trigger = _eligible(analysis, named, trigger_sentences(analysis, frame), dateline, home)
    told = _eligible(analysis, named, frame_text(analysis, frame), dateline, home)
    for found in (trigger, told):
        best = _best(found, dateline, analysis.text)
        if best and not _covers(best, dateline):
            finer = _best(_inside(best, told), dateline, analysis.text)
            return _with_vicinity(analysis.text, finer or best)
    if frame.role != Role.MAIN:
        return None
    return dateline or _focus(named) or _focus([p for p in places if p.lat is not None])


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
        and _within(group, p.evidence.start)
        and not _SPOKEN.search(text[max(0, p.evidence.start - 40) : p.evidence.start])
        and not _abroad(p, dateline)
        and not _in_name(text, p.evidence, organisations)
        and not _attributive(text, p, organisations)
    ]
    return [p for p in found if p.country_code == home] or found


def _best(found: list[Place], dateline: Place | None, text: str) -> Place | None:
    """The finest of `found`; among equals, not the dateline, then one named where a place
    stands ("in Dayton", not "the Riverside Market"), then near the dateline, then first."""
    return min(
        found,
        key=lambda p: (_rank(p), p is dateline, _far(p, dateline), not _standing(text, p)),
        default=None,
    )


# "in Dayton", "near Kabul", "from Gori": a name in a place's position
_STANDING = re.compile(r"\b(?:in|near|at|outside|from|into|of|to|across)\s+$", re.IGNORECASE)


def _standing(text: str, place: Place) -> bool:
    start = place.evidence.start if place.evidence else 0
    return bool(_STANDING.search(text[max(0, start - 10) : start]))


def _inside(area: Place, found: list[Place]) -> list[Place]:
    """The places of `found` finer than `area` and within it ("New York" in the headline,
    "Newburgh" in the story)."""
    return [
        p
        for p in found
        if _rank(p) < _rank(area)
        and p.country_code == area.country_code
        and (area.precision == PlacePrecision.COUNTRY or p.admin1 == area.admin1)
    ]


def _rank(place: Place) -> int:
    return _RANK.get(place.precision or PlacePrecision.COUNTRY, 5)


def _far(place: Place, dateline: Place | None) -> bool:
    """True when the place lies far from the dateline's town: of two towns named with the event
    ("A Suffolk Police officer ... in Central Islip"), the one near the dateline is likelier."""
    if dateline is None or None in (place.lat, place.lon, dateline.lat, dateline.lon):
        return False
    assert place.lat is not None and place.lon is not None
    assert dateline.lat is not None and dateline.lon is not None
    dlat = math.radians(place.lat - dateline.lat)
    dlon = math.radians(place.lon - dateline.lon) * math.cos(math.radians(place.lat))
    return 6371.0 * math.hypot(dlat, dlon) > _FAR_KM


_FAR_KM = 300


def _home_country(places: tuple[Place, ...], dateline: Place | None) -> str | None:
    """The country most of the article's places are in, the dateline's counting twice more."""
    votes = Counter(p.country_code for p in places if p.country_code)
    if dateline and dateline.country_code:
        votes[dateline.country_code] += 2
    return votes.most_common(1)[0][0] if votes else None


def _focus(places: list[Place]) -> Place | None:
    """The place an article names first, at the finest precision among its first few."""
    first = places[:_FOCUS_PLACES]
    return (
        min(first, key=lambda p: _RANK.get(p.precision or PlacePrecision.COUNTRY, 5))
        if first
        else None
    )


_FOCUS_PLACES = 1


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


def _abroad(place: Place, dateline: Place | None) -> bool:
    """A country or province other than the dateline's: "a U.S. firm" in a story datelined
    VENEZUELA is whose firm, not where."""
    return (
        dateline is not None
        and place.precision in (PlacePrecision.COUNTRY, PlacePrecision.ADMIN1)
        and place.country_code != dateline.country_code
    )


def _in_name(text: str, span: Evidence, organisations: list[Entity]) -> bool:
    """True when the place ends an organisation's name ("the Front for the Liberation of
    Palestine", "the University of Nebraska"): whose it is, not where. "Dayton police" stays."""
    return any(
        e.start < span.start
        and span.end <= e.end
        and text[max(e.start, span.start - 5) : span.start].endswith(("of ", "for "))
        for e in organisations
    )


# "U.S. forces", "a British air base", "Israel Defense Forces": whose, not where
_HEAD = re.compile(
    r"\s+(?:forces|troops|soldiers|military|army|navy|air force|embassy|consulate|ambassador"
    r"|officials?|diplomats?|firms?|company|companies|citizens?|nationals?|government"
    r"|authorities|personnel|convoy|patrols?|contractors?|base|media|aid|defense|defence)\b",
    re.IGNORECASE,
)


def _attributive(text: str, place: Place, organisations: list[Entity]) -> bool:
    """True when a country or province is named as the owner of something ("U.S. forces",
    "Palestine Islamic Jihad"), not as where something happened."""
    if place.evidence is None or _rank(place) < _RANK[PlacePrecision.ADMIN1]:
        return False
    span = place.evidence
    inside = any(
        e.start <= span.start and span.end <= e.end and (e.start, e.end) != (span.start, span.end)
        for e in organisations
    )
    return inside or bool(_HEAD.match(text, span.end))


def _demonym(place: Place, gaz: Gazetteer) -> bool:
    """True when the place is a country named by its people's word ("Iranian")."""
    return (
        place.precision == PlacePrecision.COUNTRY
        and place.evidence is not None
        and gaz.demonym(place.evidence.text) is not None
    )


def _within(sentences: list[Sentence], offset: int) -> bool:
    """True when `offset` falls inside one of `sentences` (in text order): a binary search."""
    i = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
    return i >= 0 and offset < sentences[i].end


def _with_vicinity(text: str, place: Place) -> Place:
    assert place.evidence is not None
    window = max(0, place.evidence.start - 60)
    m = _VICINITY.search(text[window : place.evidence.start])
    if not m:
        return place
    detail = evidence(text, window + m.start(), place.evidence.end)
    return dataclasses.replace(place, vicinity=True, detail=detail.text)
