"""Place-name mentions of an article, resolved in context.

Mentions come from the model's GPE/LOC entities (or the place named inside them: "Henrico County"
of "Henrico County Police"), the dateline ("MOGADISHU, Somalia (Reuters) -"), names after
locatives or before an area's kind or a US state ("Hope, Ark."), demonyms, and (see
`incidex.geo.mentions`) a scan of the gazetteer's names: all of upper-case wire text, and
capitalised words of mixed-case text as guesses kept only where they resolve near the surer
places. Same-name candidates are chosen with
the countries the article names or implies (its demonyms, dateline, a US local page's phrasing)
and where its other places lie, twice over; a small town abroad that nothing in an article about
elsewhere supports stays unresolved. A place keeps the name the text gives it ("Sederot"), its
gazetteer id the identity.
"""

from __future__ import annotations

import re
from collections import Counter

from incidex.extract.analysis import Analysis, Entity
from incidex.extract.place_asides import street
from incidex.extract.place_country import in_name, local_page
from incidex.geo import (
    Entry,
    Gazetteer,
    is_common_word,
    load_gazetteer,
    normalise,
    resolve,
    to_place,
)
from incidex.geo.known import group_countries, quarter_of
from incidex.geo.mentions import (
    CAPITALISED,
    POSSESSIVE,
    across_border,
    after_locatives,
    areas,
    county,
    dateline_credit,
    dateline_region,
    dedupe,
    demonyms,
    find_dateline,
    forces,
    headline_towns,
    known_as_after_locatives,
    overlaps,
    policed,
    scan,
    sub_names,
    towns_with_state,
    widen,
)
from incidex.geo.names import bare_names
from incidex.geo.resolve import qualified, refine
from incidex.geo.support import confirmed, stray, supported
from incidex.nlp import is_shouting
from incidex.schema import Evidence, Place

# A police force or office named after its town: "Dayton police", "the Apopka Police Department"
_FORCE = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}?)\s+(?:police|sheriff|fire|county"
    r" sheriff)(?:'s)?(?:\s+(?:department|office|dept\.?|service))?$",
    re.IGNORECASE,
)
# "West Philadelphia", "NE Albuquerque", "Central Bakersfield": a part of the town named after
_QUARTER = re.compile(
    r"^(?:(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central|downtown"
    r"|greater|upper|lower|inner|ne|nw|se|sw|n\.?e\.?|n\.?w\.?|s\.?e\.?|s\.?w\.?|[nsew]\.)\s+",
    re.IGNORECASE,
)


_PARAGRAPH = re.compile(r"\S(?:(?!\s*\n[ \t]*\n)[\s\S])*")


def find_places(analysis: Analysis) -> list[Place]:
    """Every place-name mention of the article, resolved where the gazetteer can."""
    gaz = load_gazetteer(analysis.settings)
    shouting = is_shouting(analysis.text)
    spelled = [] if shouting else known_as_after_locatives(analysis.text, gaz)  # "in Sederot"
    peoples = demonyms(analysis.text, gaz)  # both places and country weights take them
    found = [
        s
        for s in dedupe(_spans(analysis, gaz, peoples) + spelled)
        if not _not_place(analysis.text, s, gaz)
    ]
    guesses = [] if shouting else _embedded(analysis, gaz, found)
    guesses = [s for s in guesses if not _not_place(analysis.text, s, gaz)]
    credit = dateline_credit(analysis.text, gaz, shouting=is_shouting(analysis.text))
    if credit:  # "(Sahel Wire)": the agency's name, not a place of the story
        found = [s for s in found if not overlaps([credit], *s)]
        guesses = [s for s in guesses if not overlaps([credit], *s)]
    weights = _country_weights(analysis, gaz, peoples)
    surnames = _surnames(analysis)
    return _resolve_all(
        analysis.text,
        [s for s in dedupe(found + guesses) if s not in surnames],
        gaz,
        weights,
        guesses=set(guesses),
        spelled=set(spelled),
        organisations=[e for e in analysis.entities or () if e.label in ("ORG", "FAC")],
    )


def _surnames(analysis: Analysis) -> set[tuple[int, int]]:
    """The mentions that are the surname of a person the article names in full ("Dessie Ward"),
    which later names the person alone ("Ward's house", "Ward was elected"), not a town; a
    mention the model took for a place, or that begins a name ("the Veneto League"), stays."""
    text, entities = analysis.text, analysis.entities or ()
    named: dict[str, int] = {}  # surname -> where the full name ends first
    for e in entities:
        words = text[e.start : e.end].split()
        if e.label == "PERSON" and len(words) > 1:
            named.setdefault(words[-1], e.end)
    return {
        (m.start(), m.end())
        for name, after in named.items()
        for m in re.compile(rf"\b{re.escape(name)}\b(?!\s+[A-Z])").finditer(text, after)
    } - {(e.start, e.end) for e in entities if e.label in ("GPE", "LOC")}


def _spans(
    analysis: Analysis, gaz: Gazetteer, peoples: list[re.Match[str]]
) -> list[tuple[int, int]]:
    text = analysis.text
    spans = []
    m = find_dateline(text, shouting=is_shouting(text))
    if m and gaz.lookup(m.group("city").strip()):
        spans.append((m.start("city"), m.start("city") + len(m.group("city").rstrip())))
        region = dateline_region(text, m, gaz)
        if region and gaz.lookup(text[region[0] : region[1]]):  # "Nigeria", "Va.", "(ITALY)"
            spans.append(region)
    for ent in analysis.entities or ():
        if ent.label in ("GPE", "LOC"):
            # a blank line ends a name: "West Side\n\nCHICAGO" is a headline's end and a
            # dateline; a single line break is a wrap inside one ("SAN\nSALVADOR" in wire text)
            for line in _PARAGRAPH.finditer(text[ent.start : ent.end]):
                start, end = _trim(text, ent.start + line.start(), ent.start + line.end())
                # in upper-case text the model's spans are rough ("SANTA LUCIA COLONIA"): whole
                spans.append(
                    (start, end) if is_shouting(text) else _known_part(text, start, end, gaz)
                )
        elif ent.label == "ORG" and (force := _FORCE.match(text[ent.start : ent.end])):
            start = ent.start + force.start("name")
            if gaz.lookup(force.group("name")):
                spans.append((start, start + len(force.group("name"))))
    spans += (
        scan(text, gaz)
        if is_shouting(text)
        else after_locatives(text, gaz)
        + forces(text, gaz)
        + headline_towns(text, gaz)
        + towns_with_state(text, gaz)
    )
    spans += areas(text, gaz)
    if is_shouting(text):  # "DR ROBERTO GARCIA ALVARADO", "SAN ANTONIO ABAD STREET"
        persons = [(e.start, e.end) for e in analysis.entities or () if e.label == "PERSON"]
        spans = [
            (a, b)
            for a, b in spans
            if not any(p <= a and b <= q for p, q in persons) and not _SHOUTED_STREET.match(text, b)
        ]
    if not is_shouting(text):  # "Foz do Iguacu" for "Foz", "General Santos City"
        spans += widen(text, spans, gaz)
    spans += [(m.start(), m.end()) for m in peoples]
    return dedupe(spans)


def _not_place(text: str, span: tuple[int, int], gaz: Gazetteer) -> bool:
    """True for a name that a street address, a person's title, a number, a newspaper, a ship, a
    byline or an age beside it says is no place: "the 3400 block of West Monroe", "coach Ripley",
    "Mr. Lancaster", "Section 2AA", "the Al-Sabah newspaper", "the Sea Queen ferry", "Story by
    Ann Lee", "Jones, 33, said" (all but the address in mixed-case text only)."""
    if street(text, span):
        return True
    before = text[max(0, span[0] - 24) : span[0]]
    return not is_shouting(text) and bool(
        _TITLED.search(before)
        or (_LINE_START.search(before) and _CREDIT.match(text, span[1]))
        or (_NUMBERED.match(text, span[1]) and not _area(text[span[0] : span[1]], gaz))
        or (_PAPER.match(text, span[1]) and _NAMED_THE.search(before))
        or (_VESSEL.match(text, span[1]) and _NAMED_THE.search(before))
        or _AGED.match(text, span[1])
    )


def _area(name: str, gaz: Gazetteer) -> bool:
    """True when a name may be a country, state or county ("Ohio 63" is a state highway)."""
    return any(e.kind != "city" for e in gaz.lookup(name))


# A person's title before a name: "coach Ripley", "Mr. Lancaster", "Sen. Warren"
_TITLED = re.compile(
    r"\b(?:[Cc]oach|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|Lt\.|Sgt\.|Capt\.|Det\.)\s+$"
)
# A credit line's first word is its kind, not a place: "Story by Ann Lee", "Photos by Ed Ray"
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_CREDIT = re.compile(r"[ \t]+by[ \t]+[A-Z][a-z]")
# A number or code after a name: "Section 2AA", "Route 9"
_NUMBERED = re.compile(r" [A-Z]?\d")
# A newspaper's name: "the state-run Al-Sabah newspaper" (not "a Belfast newspaper", one of the
# town's)
_PAPER = re.compile(r"\s+(?:newspaper|daily|weekly|magazine)\b")
# A ship's name, a word or two on: "the Sea Queen passenger ferry", "the Ocean Star tanker"
_VESSEL = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:passenger\s+|cargo\s+|fishing\s+)?"
    r"(?:ferry|ship|vessel|tanker|freighter|liner|trawler|yacht)\b"
)
_NAMED_THE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$")
# A person's age after the name, as news gives it: "Washington, 33, also said"
_AGED = re.compile(r",\s+\d{1,3},\s")


# A street named after a town or saint, in upper-case text: "SAN ANTONIO ABAD STREET" (not "A
# DOWNTOWN BOGOTA STREET", a street in Bogota)
_SHOUTED_STREET = re.compile(r"(?:\s+[A-Z]+){1,2}\s+(?:STREET|AVENUE|BOULEVARD)\b")


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
    possessive = POSSESSIVE.search(text, max(start, end - 2), end)
    if possessive:  # "Baghdad's", "BaghdadÕs"
        end = possessive.start()
    return start, end


def _known_part(text: str, start: int, end: int, gaz: Gazetteer) -> tuple[int, int]:
    """The part of an entity that names a place when the whole does not: "W.Va" with its full
    stop, "Henrico County" of "Henrico County Police", "Las Vegas" of "Las Vegas Valley",
    "Baghdad" of "Baghdad's Sadr City"."""
    if _resolvable(text[start:end], gaz):
        return start, end
    if text[end : end + 1] == "." and _resolvable(text[start : end + 1], gaz):
        return start, end + 1
    owner = POSSESSIVE.search(text, start, end)
    if owner and _resolvable(text[start : owner.start()], gaz):
        return start, owner.start()
    words = [m.end() for m in re.finditer(r"[^\s,]+", text[start:end])]
    for size in range(len(words) - 1, 0, -1):
        cut = start + words[size - 1]
        if _OFFICE.match(text, cut) and _resolvable(text[start:cut], gaz):
            return start, cut
    return start, end


# What may follow a town's or county's name inside an entity: its offices and its surroundings
# ("Henrico County Police", "Boone County Jail", "Las Vegas Valley"; not "San Diego Street",
# "Middle East Wire")
_OFFICE = re.compile(
    r",?\s+(?:police|sheriff|jail|department|dept|office|democratic|republican|party|city|town"
    r"|township|twp|council\w*|commission\w*|public|schools?|board|officials?|valley|metro|area"
    r"|court\w*|common|water|state)\b",
    re.IGNORECASE,
)


def _resolvable(name: str, gaz: Gazetteer) -> bool:
    return not is_common_word(name) and any(not e.matched_alias for e in _candidates(name, gaz))


def _country_weights(
    analysis: Analysis, gaz: Gazetteer, peoples: list[re.Match[str]]
) -> Counter[str]:
    """How strongly the article points at each country besides its place names: demonyms (the
    article's `peoples`), the dateline, the outlet (names count as they are resolved, in
    `_resolve_all`)."""
    text = analysis.text
    weights: Counter[str] = Counter()
    for m in peoples:  # "Iranian", "SALVADORAN", "Afghans"
        if is_shouting(text) or not _NAMED_AFTER.match(text, m.end()):
            weights[gaz.demonym(m.group(0)) or ""] += 1
    for code in group_countries(text):  # "the Real IRA", "FARC rebels": the group's country
        weights[code] += 1
    # a US station's call sign or the phrasing of US police news: a US local story
    local = local_page(text)
    if local:
        weights["US"] += 1
    dateline = find_dateline(text, shouting=is_shouting(text))
    if dateline:  # the dateline's country: "SAN SALVADOR, 9 JAN 90" is a Salvadoran story
        region = dateline_region(text, dateline, gaz)
        place = (
            resolve(gaz.lookup(text[region[0] : region[1]]), country_weights={}) if region else None
        )
        # a bare town on a US local page is the US one ("SAN JOSE —", not Costa Rica's)
        town = gaz.lookup(dateline.group("city").strip())
        place = place or resolve(town, country_weights={"US": 1} if local else {})
        if place:
            weights[place.country_code] += 4  # as much as two mentions of a country's name
    return weights


# A name after a people's word: "American Express", "the Iranian Embassy": whose, not where
_NAMED_AFTER = re.compile(r"\s+(?-i:[A-Z])")
# ... except a country's own institutions, which are at home: "the Iraqi National Council", "the
# Spanish Socialist Workers' Party", "the Basque Country"
_NATIONAL = re.compile(
    r"\s+(?:National|Socialist|Communist|Democratic|Popular|People'?s|Workers'?|Revolutionary"
    r"|Liberation|Islamic|Republican|Federal|State|Country|Republic|Government|Ministry|Army"
    r"|Armed|Police|Parliament|Congress|Senate|Assembly|Council|Party|Supreme|Interior"
    r"|Defen[cs]e|Foreign|Air Force|Navy|Border)\b"
)


def _resolve_all(
    text: str,
    spans: list[tuple[int, int]],
    gaz: Gazetteer,
    explicit: Counter[str],
    *,
    guesses: set[tuple[int, int]],
    spelled: set[tuple[int, int]],
    organisations: list[Entity],
) -> list[Place]:
    """Each mention resolved twice: first from the countries the article names, then also from
    where its other places were placed the first time ("Charlotte" among Kannapolis and
    Cabarrus County is the one in North Carolina)."""
    names = [text[start:end] for start, end in spans]
    # a capitalised common word in mixed-case text is a place only where its state or country
    # follows it ("Normal, Ill.", "Mobile, Alabama"; "normal" and "NORMAL" stay words)
    plain = [not is_common_word(n) for n in names]
    raw = [
        _candidates(n, gaz) if ok or (n[:1].isupper() and not is_shouting(text)) else []
        for n, ok in zip(names, plain, strict=True)
    ]
    reasons = [
        None if span in spelled else _why_not(n, c)
        for span, n, c in zip(spans, names, raw, strict=True)
    ]
    found = qualified(text, spans, raw)
    for i, ok in enumerate(plain):
        if not ok:  # qualified() hands a narrowed mention a new list
            found[i] = found[i] if found[i] is not raw[i] else []
            reasons[i] = None if found[i] else reasons[i]
    # "American Express", "the Iranian Embassy": a people's word in a name says whose, not where
    owners = {
        span
        for span, name in zip(spans, names, strict=True)
        if not is_shouting(text)
        and gaz.demonym(name)
        and _NAMED_AFTER.match(text, span[1])
        and not _NATIONAL.match(text, span[1])
    }
    weights = explicit.copy()
    for span, entries in zip(spans, found, strict=True):  # country names: "Iran", "U.S."
        if entries and entries[0].kind == "country" and span not in owners:
            weights[entries[0].country_code] += 2
    first = [
        None if r else resolve(c, country_weights=weights)
        for c, r in zip(found, reasons, strict=True)
    ]
    surer = [e for e, span in zip(first, spans, strict=True) if e and span not in guesses]
    # a guess is context only once it looks like a place near the surer ones
    voters = [
        span not in owners and (span not in guesses or confirmed(entry, weights, surer, c))
        for span, entry, c in zip(spans, first, found, strict=True)
    ]
    second = refine(names, found, reasons, explicit, first, voters=voters)
    named: Counter[str] = Counter()  # countries named as such, not by their people's word
    for name, entry, span in zip(names, second, spans, strict=True):
        # "near the border with Thailand" names the country across, "the Church of Ireland"
        # whose it is: neither is the story's
        if (
            entry
            and entry.kind == "country"
            and not gaz.demonym(name)
            and not across_border(text, span[0])
            and not in_name(text, Evidence(start=span[0], end=span[1], text=name), organisations)
        ):
            named[entry.country_code] += 1
    places = []
    keys = [normalise(n) for n in names]
    for i, span in enumerate(spans):
        anchors = [e for j, e in enumerate(first) if e and voters[j] and keys[j] != keys[i]]
        placed = [e for j, e in enumerate(second) if e and voters[j] and keys[j] != keys[i]]
        chosen = second[i]
        if (
            chosen
            and is_shouting(text)
            and not supported(chosen, weights, anchors)
            # "DANVILLE POLICE RESPONDED ... RUSHED TO DANVILLE": a town's own force says it
            # is one, wherever nothing else names its country
            and not policed(text, names[i])
        ):
            reasons[i], chosen = f"nothing else in the article points at {chosen.country}", None
        elif chosen and stray(chosen, weights, named, placed, names[i], gaz=gaz):
            reasons[i], chosen = f"the article is about elsewhere, not {chosen.country}", None
        if span in guesses and not confirmed(chosen, weights, surer, found[i]):
            continue  # a capitalised word that may be a place, and nothing says it is one
        ev = Evidence(start=span[0], end=span[1], text=names[i])
        city = _city_of_quarter(gaz, names[i], chosen)
        if city:  # "in Karrada": Baghdad, in its Karrada quarter
            places.append(to_place(city, evidence=ev, detail=names[i]))
            continue
        places.append(
            to_place(chosen, evidence=ev, name=_as_said(text, names[i], chosen))
            if chosen
            else Place(name=names[i], evidence=ev, unresolved_reason=reasons[i])
        )
    return places


def _city_of_quarter(gaz: Gazetteer, said: str, chosen: Entry | None) -> Entry | None:
    """The city whose well-known quarter the mention names, when it was placed in its country."""
    quarter = quarter_of(said)
    if chosen is None or quarter is None or chosen.country_code != quarter[1]:
        return None
    return next(
        (e for e in gaz.lookup(quarter[0]) if e.kind == "city" and e.country_code == quarter[1]),
        None,
    )


def _as_said(text: str, said: str, entry: Entry) -> str | None:
    """The name the article gives a town or area when it is another of the place's names or
    spellings ("Sederot" for Sderot, "Cologne" for Köln, "Khost Province" for Khowst): the
    report names places as its source does; the gazetteer id keeps their identity. None keeps
    the gazetteer's name: countries, upper-case text, and parts of a town ("West Philadelphia")."""
    if entry.kind == "country" or is_shouting(text) or _QUARTER.match(said) or _abbreviated(said):
        return None
    name = _KIND_WORD.sub("", said.strip(" -–—,;:")).strip(" -–—,.;:")
    key, own = normalise(name), _KIND_WORD.sub("", normalise(entry.name))
    # "Licking County" is Licking County, "Al-Najaf" Najaf: the same name with its kind or article
    return None if not name or key == own or own in bare_names(key) else name


def _abbreviated(name: str) -> bool:
    """ "Fla.", "W.Va.", "S.D.", "NYC": an abbreviation, never the name to show."""
    return "." in name or name.isupper()


# "Khost Province", "Wardag province": an area's name without the word for its kind
_KIND_WORD = re.compile(
    r"\s+(?:province|governorate|district|region|state|department|prefecture|oblast|county"
    r"|municipality|division|territory|parish|regional council)$",
    re.IGNORECASE,
)


def _candidates(name: str, gaz: Gazetteer) -> list[Entry]:
    """The places a mention may be; "West Philadelphia" is in Philadelphia when the gazetteer
    has no such place of its own."""
    said = name.strip(" -–—,;:")  # "Western Mass." keeps the full stop of its abbreviation
    name = name.strip(" -–—,.;:") if not name.endswith(".") or len(name) > 5 else name
    code = gaz.demonym(name)
    country = gaz.country(code) if code else None
    if country:  # "Georgian" is Georgia, "Canadian" is Canada (not Canadian, Texas)
        return [country]
    found = gaz.lookup(name)
    quarter = _QUARTER.match(said)
    rest = said[quarter.end() :] if quarter else ""
    if not found and rest and not is_common_word(rest):  # not "West Side", "North Shore"
        # "NE Albuquerque", "North Texas", "Western Mass.": a part of the town or area
        found = [  # not "Central America" as the United States ("America" is only its alias)
            e
            for e in gaz.lookup(rest)
            if not e.matched_alias and (e.kind != "country" or normalise(e.name) == normalise(rest))
        ]
    if not found and not is_common_word(name):  # "Mahmoudiya": Al Mahmudiyah, spelled otherwise
        found = gaz.spelt(name)
    if not found and not is_common_word(name):  # "in Gwinnett": Gwinnett County
        found = county(gaz, name)
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
