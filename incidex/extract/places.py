"""Places: every place-name mention in the article, resolved in context, and each event's place.

Mentions come from the model's GPE/LOC entities, the dateline ("MOGADISHU, Somalia (Reuters) -")
and, for upper-case wire text the model cannot tag, a scan of the gazetteer's names. Same-name
candidates are chosen with the countries, provinces and demonyms the article names. An event takes
the most specific place named where its trigger words are, else in its other sentences, else the
dateline's.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import Counter

from incidex.extract.analysis import (
    Analysis,
    Frame,
    Sentence,
    evidence,
    frame_text,
    trigger_sentences,
)
from incidex.geo import Entry, Gazetteer, is_common_word, load_gazetteer, resolve, to_place
from incidex.nlp import is_shouting
from incidex.schema import Evidence, Place, PlacePrecision, Role

# "KANO, Nigeria (Reuters) -", "SAN SALVADOR, 3 JAN 90 --", "KABUL, Afghanistan, March 4 (AP) -"
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z .'-]{2,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z .]+?))?"
    r"\s*(?:,|\(|--|—|–|-)",
    re.MULTILINE,
)
_DATELINE_SPAN = 1500  # a dateline opens one of the first paragraphs, after headline and page noise


def _dateline(text: str) -> re.Match[str] | None:
    """The dateline: "KANO, Nigeria (Reuters) -" at the start of one of the first paragraphs."""
    return _DATELINE.search(text, 0, _DATELINE_SPAN)


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
_DEMONYM_WORD = re.compile(r"\b[A-Z][A-Za-z]{3,}\b")
_SCAN_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")
_SCAN_MIN_POPULATION = 20_000  # in upper-case text every word is a candidate: only towns of size


def mentions(analysis: Analysis) -> Analysis:
    """The analysis with `places`: every place-name mention, resolved where the gazetteer can."""
    gaz = load_gazetteer(analysis.settings)
    found = _spans(analysis, gaz)
    weights = _country_weights(analysis, gaz, found)
    places = _resolve_all(analysis.text, found, gaz, weights)
    return dataclasses.replace(analysis, places=tuple(places))


def run(analysis: Analysis) -> Analysis:
    """The analysis with one place (or None) per frame."""
    places = analysis.places or ()
    dateline = next(
        (p for p in places if p.evidence and p.evidence.start < _dateline_end(analysis)), None
    )
    located = tuple(_frame_place(analysis, f, places, dateline) for f in analysis.frames or ())
    return dataclasses.replace(analysis, locations=located)


def _spans(analysis: Analysis, gaz: Gazetteer) -> list[tuple[int, int]]:
    text = analysis.text
    spans = []
    m = _dateline(text)
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
    spans += _scan(text, gaz) if is_shouting(text) else _after_locatives(text, gaz)
    return _dedupe(spans)


# "in Yakkala", "near Sopur", "the town of Purace": capitalised names where a place stands
_NAME_AFTER_LOCATIVE = re.compile(
    r"\b(?:in|near|at|outside|of|from|into|toward|towards)\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:de\s+|del\s+|la\s+|al-)?[A-Z][\w'’-]+){0,2})"
)


def _after_locatives(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Places the model missed in mixed-case text, taken only where a place stands."""
    spans = []
    for m in _NAME_AFTER_LOCATIVE.finditer(text):
        name = m.group("name").rstrip(".")
        if not is_common_word(name) and gaz.lookup(name):
            spans.append((m.start("name"), m.start("name") + len(name)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """An entity without a leading "the" and trailing possessive ("the United States's")."""
    if text[start:end].casefold().startswith("the "):
        start += 4
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    return start, end


def _scan(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Gazetteer names in upper-case text, longest first (three words, then two, then one)."""
    words = list(_SCAN_WORD.finditer(text))
    spans: list[tuple[int, int]] = []
    taken: set[int] = set()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            group = words[i : i + size]
            if taken & set(range(i, i + size)) or not _plain_gap(text, group):
                continue
            name = text[group[0].start() : group[-1].end()]
            if _scannable(name, gaz) and _placed(text, group[0].start(), gaz.lookup(name)[0]):
                spans.append((group[0].start(), group[-1].end()))
                taken |= set(range(i, i + size))
    return spans


# Words before a place name in running text: "IN USULUTAN", "THE TOWN OF MOLINA", "NEAR LA PAZ"
_LOCATIVE = re.compile(
    r"\b(?:in|near|at|from|to|toward|towards|outside|of|into|across|around|between|and)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _placed(text: str, start: int, top: Entry) -> bool:
    """A scanned name counts when it names a country or province, or stands where a place
    stands ("in X", "the town of X"); surnames ("GENERAL ENRIQUE LOPEZ") do not."""
    return top.kind in ("country", "admin1") or bool(
        _LOCATIVE.search(text[max(0, start - 16) : start])
    )


def _plain_gap(text: str, group: list[re.Match[str]]) -> bool:
    return all(text[a.end() : b.start()] == " " for a, b in itertools.pairwise(group))


def _scannable(name: str, gaz: Gazetteer) -> bool:
    if len(name) < 4 or is_common_word(name):
        return False
    candidates = gaz.lookup(name)
    return bool(candidates) and (
        candidates[0].kind != "city" or candidates[0].population >= _SCAN_MIN_POPULATION
    )


def _dedupe(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def _country_weights(
    analysis: Analysis, gaz: Gazetteer, spans: list[tuple[int, int]]
) -> Counter[str]:
    """How strongly the article points at each country: names, demonyms, provinces."""
    weights: Counter[str] = Counter()
    for start, end in spans:
        top = gaz.lookup(analysis.text[start:end])
        if top and top[0].kind in ("country", "admin1"):
            weights[top[0].country_code] += 2 if top[0].kind == "country" else 1
    for m in _DEMONYM_WORD.finditer(analysis.text):  # "Iranian", "SALVADORAN", "Afghans"
        code = gaz.demonym(m.group(0))
        if code:
            weights[code] += 1
    dateline = _dateline(analysis.text)
    if dateline:  # the dateline's country: "SAN SALVADOR, 9 JAN 90" is a Salvadoran story
        top = gaz.lookup(dateline.group("city").strip())
        if top:
            weights[top[0].country_code] += 2
    return weights


def _resolve_all(
    text: str, spans: list[tuple[int, int]], gaz: Gazetteer, weights: Counter[str]
) -> list[Place]:
    places = []
    anchors: list[Entry] = []
    for start, end in spans:
        name = text[start:end]
        ev = Evidence(start=start, end=end, text=name)
        candidates = [] if is_common_word(name) else _candidates(name, gaz)
        reason = _why_not(name, candidates)
        chosen = (
            None
            if reason
            else resolve(candidates, country_weights=weights, anchors=anchors[-_ANCHORS:])
        )
        if chosen is None:
            places.append(Place(name=name, evidence=ev, unresolved_reason=reason))
            continue
        if chosen not in anchors[-_ANCHORS:]:
            anchors.append(chosen)
        places.append(to_place(chosen, evidence=ev))
    return places


def _candidates(name: str, gaz: Gazetteer) -> list[Entry]:
    """The places a mention may be; "West Philadelphia" is in Philadelphia when the gazetteer
    has no such place of its own."""
    name = name.strip(" -–—,.;:") if not name.endswith(".") or len(name) > 5 else name
    found = gaz.lookup(name)
    quarter = _QUARTER.match(name)
    if not found and quarter:
        found = [e for e in gaz.lookup(name[quarter.end() :]) if e.kind == "city"]
    return found


_ANCHORS = 30  # the places resolved last, that later same-name places are judged near to


def _why_not(name: str, candidates: list[Entry]) -> str | None:
    """Why a mention gets no coordinates, or None when it can be resolved."""
    if is_common_word(name):
        return "a common word, not taken as a place"
    if not candidates:
        return "not in the gazetteer"
    if len(name) <= 4 and all(c.matched_alias for c in candidates):  # "SUV", "Car"
        return "only another place's alternate name"
    return None


def _dateline_end(analysis: Analysis) -> int:
    m = _dateline(analysis.text)
    return m.end() if m else 0


def _frame_place(
    analysis: Analysis, frame: Frame, places: tuple[Place, ...], dateline: Place | None
) -> Place | None:
    sentences = frame_text(analysis, frame)
    for group in (trigger_sentences(analysis, frame), sentences):
        inside = [
            p
            for p in places
            if p.lat is not None
            and p.evidence
            and _within(group, p.evidence.start)
            and not _SPOKEN.search(analysis.text[max(0, p.evidence.start - 40) : p.evidence.start])
        ]
        if inside:
            best = min(
                inside,
                key=lambda p: (_RANK.get(p.precision or PlacePrecision.COUNTRY, 5), p is dateline),
            )
            coarse = best.precision in (PlacePrecision.COUNTRY, PlacePrecision.ADMIN1)
            if not (coarse and dateline and dateline.country_code == best.country_code):
                return _with_vicinity(analysis.text, best)
    return dateline if frame.role == Role.MAIN else None


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
