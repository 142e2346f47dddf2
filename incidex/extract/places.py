"""Places: every place-name mention in the article (see `incidex.extract.place_mentions`), and
each event's place.

An event takes the most specific place named where its trigger words are, else in its other
sentences, else (for the main event) the dateline's, unless the story is filed from abroad about
a country it names instead (or the sentence first telling the event points at one: "MANAGUA --
... THE ASSASSINATION OF A SALVADORAN MINISTER"), else the article's first place, else the
country its people's words, armed groups and US local phrasing point at. A town the event's
words name that the gazetteer lacks keeps its name, and a small namesake far from the big city
a story is about is a quarter of that city (see `incidex.extract.place_towns`).
"""

from __future__ import annotations

import dataclasses
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
from incidex.extract.place_asides import aside
from incidex.extract.place_mentions import find_places
from incidex.extract.place_towns import (
    PART,
    RANK,
    km,
    namesake,
    quarter,
    rank,
    unknown_town,
    within,
)
from incidex.geo import Gazetteer, load_gazetteer, to_place
from incidex.geo.known import group_countries, group_names
from incidex.geo.mentions import dateline_region, find_dateline, us_local
from incidex.nlp import is_shouting
from incidex.schema import Evidence, Place, PlacePrecision, Role

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
    located = tuple(
        quarter(
            analysis,
            places,
            unknown_town(analysis, f, places, _frame_place(analysis, f, places, dateline)),
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
    dateline's, else the article's first place."""
    gaz = load_gazetteer(analysis.settings)
    named = [p for p in places if p.lat is not None and p.evidence and not _demonym(p, gaz)]
    home = _home_country(places, dateline)
    span = _dateline_span(analysis)
    elsewhere = _told_country(places, dateline, span, gaz)
    # a foreign dateline says where the story was filed, not where the event of its sentence was
    story = [p for p in named if not (elsewhere and _inside_span(p, span))]
    trigger = _eligible(analysis, story, trigger_sentences(analysis, frame), dateline, home)
    told = _eligible(analysis, story, frame_text(analysis, frame), dateline, home)
    # where the wounded were taken is no place named with the event (the dateline or the
    # article's first place may still be that town)
    settled = [
        [p for p in found if not aside(analysis.text, p.evidence)] for found in (trigger, told)
    ]
    for found in settled:
        best = _best(found, dateline, analysis.text)
        if best and _inside_span(best, span):
            # the dateline is no place named with the event's words: it says where the story
            # was filed ("MANAGUA -- ... THE ASSASSINATION OF A SALVADORAN MINISTER")
            break
        if best and not _covers(best, dateline):
            finer = _best(_inside(best, settled[1]), dateline, analysis.text)
            return _with_vicinity(analysis.text, namesake(gaz, finer or best, dateline))
    if frame.role != Role.MAIN:
        return None
    # "MANAGUA -- NICARAGUA HAS DENIED ANY LINKS WITH THE ASSASSINATION OF SALVADORAN MINISTER X"
    if not _heading(analysis.text):
        group = trigger_sentences(analysis, frame)
        pointed = _pointed(analysis, group[:1], dateline, span)
        elsewhere = elsewhere or pointed
    if elsewhere:  # "PANAMA CITY (PANAMA) -- ... THE SALVADORAN PRESIDENTIAL HOUSE"
        return _focus([p for p in named if p.country_code == elsewhere]) or _country_place(
            gaz, elsewhere
        )
    lead = analysis.sentences[0].end if analysis.sentences else 0
    free = [p for p in named if not _owns(analysis.text, p, gaz)]  # "for U.S. soldiers"
    return dateline or _focus(free) or _implied(analysis.text, places, gaz, lead)


def _told_country(
    places: tuple[Place, ...], dateline: Place | None, span: tuple[int, int], gaz: Gazetteer
) -> str | None:
    """The country an article talks about when the dateline's is not named again: a wire story
    filed in one capital about another country, whose names, towns or people it names."""
    if dateline is None or dateline.precision == PlacePrecision.COUNTRY:  # "SUDAN. ..." heading
        return None
    told = [p for p in places if p.country_code and not _inside_span(p, span)]
    votes = Counter(p.country_code for p in told)
    top = votes.most_common(1)
    if not top or top[0][1] < _TOLD or votes[dateline.country_code or ""] > 0:
        return None
    # its name or a town of it, not only its people ("Eritrean separatists")
    named = any(p.country_code == top[0][0] and not _demonym(p, gaz) for p in told)
    return top[0][0] if named else None


def _pointed(
    analysis: Analysis, group: list[Sentence], dateline: Place | None, span: tuple[int, int]
) -> str | None:
    """The country other than the dateline's that the sentence first telling the event points at
    most, by name or people's word, when it names no place of it: "the assassination of a Salvadoran
    minister" in a story filed from Managua. Who speaks ("NICARAGUA HAS DENIED", "the Honduran
    government denounced") and whose visitors ("a German tourist") do not point."""
    text, gaz = analysis.text, load_gazetteer(analysis.settings)
    persons = [e for e in analysis.entities or () if e.label == "PERSON"]
    if dateline is None or dateline.precision == PlacePrecision.COUNTRY:
        return None
    votes: dict[str, float] = {}
    for p in analysis.places or ():
        if not (
            p.country_code
            and p.evidence
            and p.precision == PlacePrecision.COUNTRY
            and not _inside_span(p, span)
            and within(group, p.evidence.start)
            and not _VISITOR.match(text, p.evidence.end)
            and not _bracketed(text, p.evidence.start)
        ):
            continue
        if _demonym(p, gaz) and (
            _PERSON.match(text, p.evidence.end)
            or any(p.evidence.start <= e.start <= p.evidence.end + 1 for e in persons)
        ):
            continue  # "AN ITALIAN, KIDNAPPED IN ...", "ITALIAN DINO ROSSY": a foreigner there
        weight = _SPOKE if _SPEAKER.match(text, p.evidence.end) else 1.0
        votes[p.country_code] = votes.get(p.country_code, 0) + weight
    ranked = sorted(votes.values(), reverse=True)
    top = max(votes, key=lambda c: votes[c], default=None)
    if (
        top is None
        or top == dateline.country_code
        or ranked[0] < 1  # it only speaks of the event
        or (len(ranked) > 1 and ranked[1] == ranked[0])
    ):
        return None
    return top


_SPOKE = 0.5  # a country that speaks of the event points at itself less than one it names

# A people's word as a noun: a person of that country ("a Spaniard, a Frenchman and an Italian")
_PERSON = re.compile(
    r"s?(?:\s*[,;:]|\.(?:\s|$)|\s*$|\s+(?:and|who|was|were|had|has|is)\b)", re.IGNORECASE
)

# A country's name or people's word before what it says: who speaks, not where it happened
_SPEAKER = re.compile(
    r"\.?(?:\s+foreign\s+minister|(?:\s+foreign)?\s+(?:government|ministry|authorities|officials?|spokesm[ae]n"
    r"|embassy|press|radio|newspapers?|media|counterparts?|(?:has\s+|have\s+)?(?:\w+ly\s+)?(?:denied|said"
    r"|says|condemned|denounced|rejected|protested|reported|repudiated|deplored|regretted)\b))",
    re.IGNORECASE,
)


def _heading(text: str) -> bool:
    """True when the dateline is a heading naming the story's place ("CORSICA.  Three bombs
    ..."), not where a wire story was filed."""
    m = find_dateline(text, shouting=is_shouting(text))
    return m is not None and m.group(0).rstrip().endswith(".")


def _bracketed(text: str, start: int) -> bool:
    """True inside an editor's square brackets: "[AMERICAN POPULAR REVOLUTIONARY ALLIANCE]"
    spells out a name, "[PASSAGE OMITTED]" notes the transcript: neither tells where."""
    return text.rfind("[", 0, start) > text.rfind("]", 0, start)


def _implied(text: str, places: tuple[Place, ...], gaz: Gazetteer, lead: int) -> Place | None:
    """The country an article names no place of but points at: by its people's words where
    they say who acts or suffers there ("Colombian troops", "Iraqi police"), not whose
    visitors or firms ("a British backpacker", "U.S. soldiers"), by the armed groups it names
    ("FARC rebels", "Hamas", not "Irish" in "Irish Republican Army"), and by US local news's
    phrasing ("Deputies responded"); those of the first sentence (to `lead`) twice. Ties go to
    the first pointed at."""
    votes: dict[str, float] = {}
    first: dict[str, int] = {}  # where each country is first pointed at
    groups = group_names(text)
    for p in places:
        if not p.country_code or p.evidence is None:
            continue
        if (
            _VISITOR.match(text, p.evidence.end)
            or _bracketed(text, p.evidence.start)
            or _owns(text, p, gaz)
            or any(a <= p.evidence.start < b for a, b, _ in groups)  # "Irish Republican Army"
        ):
            weight = 0
        elif _demonym(p, gaz):
            weight = 1
        else:
            weight = 2 if p.precision == PlacePrecision.COUNTRY else 0
        weight *= 2 if p.evidence.start < lead else 1
        votes[p.country_code] = votes.get(p.country_code, 0) + weight
        first.setdefault(p.country_code, p.evidence.start)
    for code, start in group_countries(text).items():  # who acted, less surely where
        votes[code] = votes.get(code, 0) + _GROUP_VOTE * (2 if start < lead else 1)
        first[code] = min(first.get(code, start), start)
    if not is_shouting(text) and us_local(text):  # "Deputies responded", "the 600 block of"
        votes["US"] = votes.get("US", 0) + _GROUP_VOTE
        first.setdefault("US", len(text))
    ranked = sorted(votes, key=lambda c: (-votes[c], first.get(c, 0)))
    if not ranked or votes[ranked[0]] <= 0:  # only visitors' words: the first is the best guess
        return _focus([p for p in places if p.lat is not None])
    return _country_place(gaz, ranked[0])


_GROUP_VOTE = 0.9  # a group's home loses a tie with a people's word


# A people's word before visitors, firms or a border: whose, not where ("a German tourist", "an
# Italian non-governmental organisation", "near the Iranian border")
_VISITOR = re.compile(
    r"\.?(?:\s+[\w-]+)?\s+(?:tourists?|backpackers?|missionar(?:y|ies)|nationals?|citizens?"
    r"|businessm[ae]n|engineers?|journalists?|diplomats?|embassy|consulate|ambassador|workers?"
    r"|priests?|nuns?|aid|employees?|(?:sub)?contractors?|company|companies|firms?|charity"
    r"|non-governmental|organi[sz]ation|airlines?|jetliner|plane|border|frontier|volunteers?)\b",
    re.IGNORECASE,
)


def _inside_span(place: Place, span: tuple[int, int]) -> bool:
    return place.evidence is not None and span[0] <= place.evidence.start < span[1]


_TOLD = 2  # mentions of a country (its name, towns or people) that outweigh a foreign dateline


def _country_place(gaz: Gazetteer, code: str) -> Place | None:
    entry = gaz.country(code)
    return to_place(entry, evidence=None) if entry else None


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
        and not _abroad(p, dateline)
        and not _in_name(text, p.evidence, organisations)
        and not _attributive(text, p, organisations)
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


def _home_country(places: tuple[Place, ...], dateline: Place | None) -> str | None:
    """A country heading's country ("CYPRUS.  ... the British base at Dhekelia"), else the
    one most of the article's places are in, the dateline's counting twice more."""
    if dateline and dateline.precision == PlacePrecision.COUNTRY and dateline.country_code:
        return dateline.country_code
    votes = Counter(p.country_code for p in places if p.country_code)
    if dateline and dateline.country_code:
        votes[dateline.country_code] += 2
    return votes.most_common(1)[0][0] if votes else None


def _focus(places: list[Place]) -> Place | None:
    """The place an article names first, at the finest precision among its first few."""
    first = places[:_FOCUS_PLACES]
    return (
        min(first, key=lambda p: RANK.get(p.precision or PlacePrecision.COUNTRY, 5))
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


# "U.S. forces", "a US security firm", "Israel Defense Forces", "one US soldier", "US and Iraqi
# forces", "Ethiopia and Somalia's transitional government": whose or who, not where
_HEAD = re.compile(
    r"(?:\s+and\s+(?-i:[A-Z][\w.]*))?(?:['’]s)?"
    r"\s+(?:(?:security|oil|private|special|armed|border|government|state|military"
    r"|transitional|federal|national|local)\s+)?"
    r"(?:forces|troops?|soldiers?|servicem[ae]n|marines?|military|army|navy|air force|embassy"
    r"|consulate|ambassador|officials?|diplomats?|firms?|company|companies|citizens?"
    r"|nationals?|government|authorities|personnel|convoy|patrols?|(?:sub)?contractors?|base"
    r"|media|aid|defen[cs]e|workers?|engineers?|journalists?|tourists?|missionar(?:y|ies)"
    r"|hostages?|businessm[ae]n)\b",
    re.IGNORECASE,
)


def _attributive(text: str, place: Place, organisations: list[Entity]) -> bool:
    """True when a country or province is named as the owner of something ("U.S. forces",
    "Palestine Islamic Jihad"), not as where something happened."""
    if place.evidence is None or rank(place) < RANK[PlacePrecision.ADMIN1]:
        return False
    span = place.evidence
    inside = any(
        e.start <= span.start and span.end <= e.end and (e.start, e.end) != (span.start, span.end)
        for e in organisations
    )
    return inside or bool(_HEAD.match(text, span.end))


def _owns(text: str, place: Place, gaz: Gazetteer) -> bool:
    """True for a country's name before its forces or firms ("U.S. soldiers"): whose, not where."""
    return (
        place.precision == PlacePrecision.COUNTRY
        and place.evidence is not None
        and not _demonym(place, gaz)
        and bool(_HEAD.match(text, place.evidence.end))
    )


def _demonym(place: Place, gaz: Gazetteer) -> bool:
    """True when the place is a country named by its people's word ("Iranian")."""
    return (
        place.precision == PlacePrecision.COUNTRY
        and place.evidence is not None
        and gaz.demonym(place.evidence.text) is not None
    )


def _with_vicinity(text: str, place: Place) -> Place:
    assert place.evidence is not None
    window = max(0, place.evidence.start - 60)
    m = _VICINITY.search(text[window : place.evidence.start])
    if not m:
        return place
    detail = evidence(text, window + m.start(), place.evidence.end)
    return dataclasses.replace(place, vicinity=True, detail=detail.text)
