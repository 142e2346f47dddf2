"""The country an article points at: another country a story filed in one capital talks about
(`told_country`), the one the sentence first telling the event points at (`pointed_country`), and
the one its people's words, armed groups and US local phrasing imply when it names no place
(`implied_country`); and the words that say whose, not where ("U.S. soldiers", "a German
tourist")."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter

from incidex.extract.analysis import Analysis, Entity, Sentence, evidence
from incidex.extract.place_towns import RANK, within
from incidex.geo import Gazetteer, load_gazetteer, to_place
from incidex.geo.known import group_names
from incidex.geo.mentions import across_border, find_dateline, us_local
from incidex.nlp import is_shouting
from incidex.schema import Evidence, Place, PlacePrecision


def told_country(
    places: tuple[Place, ...], dateline: Place | None, span: tuple[int, int], gaz: Gazetteer
) -> str | None:
    """The country an article talks about when the dateline's is not named again: a wire story
    filed in one capital about another country, whose names, towns or people it names."""
    if dateline is None or dateline.precision == PlacePrecision.COUNTRY:  # "SUDAN. ..." heading
        return None
    told = [p for p in places if p.country_code and not inside_span(p, span)]
    votes = Counter(p.country_code for p in told)
    top = votes.most_common(1)
    if not top or top[0][1] < _TOLD or votes[dateline.country_code or ""] > 0:
        return None
    # its name or a town of it, not only its people ("Eritrean separatists"), nor one area's
    # name said again ("the Northland" of Kansas City is no province of New Zealand)
    own = [p for p in told if p.country_code == top[0][0] and not is_demonym(p, gaz)]
    named = any(p.precision in (PlacePrecision.COUNTRY, PlacePrecision.CITY) for p in own) or (
        len({p.name for p in own}) > 1
    )
    return top[0][0] if named else None


def pointed_country(
    analysis: Analysis, group: list[Sentence], dateline: Place | None, span: tuple[int, int]
) -> str | None:
    """The country other than the dateline's that the sentence first telling the event points at
    most, by name or people's word, when it names no place of it: "the assassination of a Salvadoran
    minister" in a story filed from Managua. Who speaks ("NICARAGUA HAS DENIED", "the Honduran
    government denounced") and whose visitors ("a German tourist") do not point."""
    text, gaz = analysis.text, load_gazetteer(analysis.settings)
    persons = [e for e in analysis.entities or () if e.label == "_PERSON"]
    if dateline is None or dateline.precision == PlacePrecision.COUNTRY:
        return None
    votes: dict[str, float] = {}
    for p in analysis.places or ():
        if not (
            p.country_code
            and p.evidence
            and p.precision == PlacePrecision.COUNTRY
            and not inside_span(p, span)
            and within(group, p.evidence.start)
            and not _VISITOR.match(text, p.evidence.end)
            and not _bracketed(text, p.evidence.start)
        ):
            continue
        if is_demonym(p, gaz) and (
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


def is_heading(text: str) -> bool:
    """True when the dateline is a heading naming the story's place ("CORSICA.  Three bombs
    ..."), not where a wire story was filed."""
    m = find_dateline(text, shouting=is_shouting(text))
    return m is not None and m.group(0).rstrip().endswith(".")


def _bracketed(text: str, start: int) -> bool:
    """True inside an editor's square brackets: "[AMERICAN POPULAR REVOLUTIONARY ALLIANCE]"
    spells out a name, "[PASSAGE OMITTED]" notes the transcript: neither tells where."""
    return text.rfind("[", 0, start) > text.rfind("]", 0, start)


def implied_country(
    text: str, places: tuple[Place, ...], gaz: Gazetteer, lead: int
) -> Place | None:
    """The country an article names no place of but points at: by its people's words where
    they say who acts or suffers there ("Colombian troops", "Iraqi police"), not whose
    visitors or firms ("a British backpacker", "U.S. soldiers"), by the armed groups and national
    institutions it names ("FARC rebels", "Hamas", "the Knesset", not "Irish" in "Irish
    Republican Army"), and by US local news's
    phrasing ("Deputies responded"); those of the first sentence (to `lead`) twice. Ties go to
    the first pointed at. The country's evidence is the first words that point at it."""
    votes: dict[str, float] = {}
    first: dict[str, int] = {}  # where each country is first pointed at
    cues: dict[str, tuple[int, int]] = {}  # ... and the first words that vote for it
    groups = group_names(text)
    named_groups: set[str] = set()
    for p in places:
        if not p.country_code or p.evidence is None:
            continue
        if (
            _VISITOR.match(text, p.evidence.end)
            or _bracketed(text, p.evidence.start)
            or owns_forces(text, p, gaz)
            or any(a <= p.evidence.start < b for a, b, _ in groups)  # "Irish Republican Army"
            or beyond(text, p)
        ):
            weight = 0
        elif is_demonym(p, gaz):
            weight = 1
        else:
            weight = 2 if p.precision == PlacePrecision.COUNTRY else 0
        weight *= 2 if p.evidence.start < lead else 1
        votes[p.country_code] = votes.get(p.country_code, 0) + weight
        first.setdefault(p.country_code, p.evidence.start)
        if weight:
            cues.setdefault(p.country_code, (p.evidence.start, p.evidence.end))
    for start, end, code in groups:  # who acted, less surely where: one vote a country
        if code in named_groups:
            continue
        named_groups.add(code)
        votes[code] = votes.get(code, 0) + _GROUP_VOTE * (2 if start < lead else 1)
        first[code] = min(first.get(code, start), start)
        if cues.get(code, (len(text),))[0] > start:
            cues[code] = (start, end)
    if local_page(text):  # "Deputies responded", "the 600 block of"
        votes["US"] = votes.get("US", 0) + _GROUP_VOTE
        first.setdefault("US", len(text))
    ranked = sorted(votes, key=lambda c: (-votes[c], first.get(c, 0)))
    if not ranked or votes[ranked[0]] <= 0:  # only whose words ("the Spanish Socialist
        # Workers' Party"): the first is the best guess, but not one of people or missions abroad
        # or a border ("a German tourist", "the Iranian embassy", "near the Iranian border")
        found = [
            p
            for p in places
            if p.lat is not None and not _abroad(text, p, gaz) and not beyond(text, p)
        ]
        # a country's own government or police acts at home: "both Ethiopia and Somalia's
        # transitional government have been fighting an insurgency" is about Somalia; its
        # forces or firms may be anywhere ("Israel Defense Forces", "a US security firm")
        home = [p for p in found if p.evidence and _OWN_STATE.match(text, p.evidence.end)]
        return first_place(home or [p for p in found if not owns_forces(text, p, gaz)])
    country = country_place(gaz, ranked[0])
    cue = cues.get(ranked[0])
    return (
        dataclasses.replace(country, evidence=evidence(text, *cue)) if country and cue else country
    )


def _abroad(text: str, place: Place, gaz: Gazetteer) -> bool:
    """True for a people's word before its people or missions abroad, or a border: "a German
    tourist", "the Iranian Embassy", "near the Iranian border"."""
    return (
        place.evidence is not None
        and is_demonym(place, gaz)
        and bool(_ABROAD.match(text, place.evidence.end))
    )


# "a U.S. national", "Iraqi nationals": people abroad; not "the Iraqi National Council" or
# "Algeria's national utility company", the country's own, at home
_NATIONALS = r"nationals|national(?=\s*(?:[,;:.)]|$|\s+(?:was|is|who|and|had|has|were)\b))"

# A country's name before its own state: "Somalia's transitional government", "Iraq's police"
_OWN_STATE = re.compile(
    r"(?:['’]s)?\s+(?:(?:transitional|federal|national|interim|local)\s+)?"
    r"(?:government|authorities|police)\b",
    re.IGNORECASE,
)
_ABROAD = re.compile(
    r"\.?(?:\s+[\w-]+)?\s+(?:tourists?|backpackers?|missionar(?:y|ies)|citizens?|"
    + _NATIONALS
    + r"|diplomats?|embass(?:y|ies)|consulates?|ambassadors?|hostages?|border|frontier)\b",
    re.IGNORECASE,
)


_GROUP_VOTE = 0.9  # a group's home loses a tie with a people's word


# A people's word before visitors, firms or a border: whose, not where ("a German tourist", "an
# Italian non-governmental organisation", "near the Iranian border")
_VISITOR = re.compile(
    r"\.?(?:\s+[\w-]+)?\s+(?:tourists?|backpackers?|missionar(?:y|ies)|citizens?|"
    + _NATIONALS
    + r"|businessm[ae]n|engineers?|journalists?|diplomats?|embassy|consulate|ambassador|workers?"
    r"|priests?|nuns?|aid|employees?|(?:sub)?contractors?|company|companies|firms?|charity"
    r"|non-governmental|organi[sz]ation|airlines?|jetliner|plane|border|frontier|volunteers?)\b",
    re.IGNORECASE,
)


def inside_span(place: Place, span: tuple[int, int]) -> bool:
    return place.evidence is not None and span[0] <= place.evidence.start < span[1]


_TOLD = 2  # mentions of a country (its name, towns or people) that outweigh a foreign dateline


def country_place(gaz: Gazetteer, code: str) -> Place | None:
    entry = gaz.country(code)
    return to_place(entry, evidence=None) if entry else None


def home_country(places: tuple[Place, ...], dateline: Place | None) -> str | None:
    """A country heading's country ("CYPRUS.  ... the British base at Dhekelia"), else the
    one most of the article's places are in, the dateline's counting twice more."""
    if dateline and dateline.precision == PlacePrecision.COUNTRY and dateline.country_code:
        return dateline.country_code
    votes = Counter(p.country_code for p in places if p.country_code)
    if dateline and dateline.country_code:
        votes[dateline.country_code] += 2
    return votes.most_common(1)[0][0] if votes else None


def first_place(places: list[Place]) -> Place | None:
    """The place an article names first, at the finest precision among its first few."""
    first = places[:_FOCUS_PLACES]
    return (
        min(first, key=lambda p: RANK.get(p.precision or PlacePrecision.COUNTRY, 5))
        if first
        else None
    )


_FOCUS_PLACES = 1


# "U.S. forces", "a US security firm", "Israel Defense Forces", "one US soldier", "US and Iraqi
# forces", "Ethiopia and Somalia's transitional government", "a U.S. manufactured bomb": whose or
# who, not where
HEAD = re.compile(
    r"(?:\s+and\s+(?-i:[A-Z][\w.]*))?(?:['’]s)?"
    r"\s+(?:(?:security|oil|private|special|armed|border|government|state|military"
    r"|transitional|federal|national|local)\s+)?"
    r"(?:forces|troops?|soldiers?|servicem[ae]n|marines?|military|army|navy|air force|embassy"
    r"|consulate|ambassador|officials?|diplomats?|firms?|company|companies|citizens?|"
    + _NATIONALS
    + r"|government|authorities|personnel|convoy|patrols?|(?:sub)?contractors?|base|media|aid"
    r"|defen[cs]e|workers?|engineers?|journalists?|tourists?|missionar(?:y|ies)|hostages?"
    r"|businessm[ae]n|manufactured)\b",  # "a U.S. manufactured bomb": whose make
    re.IGNORECASE,
)


def owns_forces(text: str, place: Place, gaz: Gazetteer) -> bool:
    """True for a country's name before its forces or firms ("U.S. soldiers"): whose, not where."""
    return (
        place.precision == PlacePrecision.COUNTRY
        and place.evidence is not None
        and not is_demonym(place, gaz)
        and bool(HEAD.match(text, place.evidence.end))
    )


def in_name(text: str, span: Evidence, organisations: list[Entity]) -> bool:
    """True when the place ends an organisation's name ("the Front for the Liberation of
    Palestine", "the University of Nebraska", "the Church of Ireland"): whose it is, not
    where. "Dayton police" stays."""
    return any(
        e.start < span.start
        and span.end <= e.end
        and text[max(e.start, span.start - 5) : span.start].endswith(("of ", "for "))
        for e in organisations
    )


def based(text: str, place: Place) -> bool:
    """True for a place named as where a firm or group is based ("the Lisbon-based company"):
    whose it is, likelier than where the event happened."""
    return place.evidence is not None and bool(_BASED.match(text, place.evidence.end))


def beyond(text: str, place: Place) -> bool:
    """True for a place named as the far side of a border ("near the border with Malawi"), as
    where rockets were fired from ("rockets at Sderot from the Gaza Strip"), where goods
    went ("a bomb once sold to Honduras", "oil exported to the port of Ceyhan"), or as the
    landmark that places another ("at Ein Tova, a village east of Rafah"): not where the
    event happened."""
    start = place.evidence.start if place.evidence else 0
    return bool(
        across_border(text, start)
        or _CAME_FROM.search(text, max(0, start - 90), start)
        or _WENT_TO.search(text, max(0, start - 60), start)
        or _LANDMARK.search(text, max(0, start - 60), start)
    )


_BASED = re.compile(r"[-\s]based\b", re.IGNORECASE)
# "sold to Honduras", "used to transport oil to the Turkish port of": where goods went (not
# "sent to", which a parcel bomb was, and exploded there, nor "transported to the county jail",
# as the wounded and the arrested are, nearby)
_WENT_TO = re.compile(
    r"\b(?:sold|shipped|exported|transport(?:ing|s)?|smuggled|deported|extradited)\s+"
    r"(?:\w+\s+){0,2}to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:of\s+)?$",
    re.IGNORECASE,
)
# "Ein Tova, a village (5 km) east of": the place after it is a landmark that says where the
# one before lies
_LANDMARK = re.compile(
    r"\w,\s+an?\s+(?:[\w-]+\s+){1,4}?(?:north|south|east|west|northeast|northwest|southeast"
    r"|southwest)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "(rockets fired at Ashkelon) from the northern Gaza Strip": where a projectile came from, in
# the same sentence; not "a man from Hebron", nor "a minivan coming from Karbala", ambushed on
# its way, maybe there
_CAME_FROM = re.compile(
    r"\b(?:rockets?|mortars?|shells?|missiles?|projectiles?)\b[^.;]{0,60}?"
    r"\bfrom\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=64)  # asked by each stage's place choices, for every event
def local_page(text: str) -> bool:
    """True for a US local news page: mixed-case text with a US station's call sign or US local
    news's phrasing (`us_local`; its phrases are case-sensitive, so upper-case text is none)."""
    return not is_shouting(text) and us_local(text)


def is_demonym(place: Place, gaz: Gazetteer) -> bool:
    """True when the place is a country named by its people's word ("Iranian")."""
    return (
        place.precision == PlacePrecision.COUNTRY
        and place.evidence is not None
        and gaz.demonym(place.evidence.text) is not None
    )
