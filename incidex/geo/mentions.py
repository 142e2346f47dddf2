"""Place-name mentions in text: datelines, demonyms, names after locatives or before an area's
kind or a US state, gazetteer names in upper-case text and capitalised names inside other names.

Text-level recognisers over the gazetteer; the places stage combines them with the language
model's entities. Each returns spans (or matches) into the text it was given.
"""

from __future__ import annotations

import functools
import itertools
import re

from incidex.geo.gazetteer import Entry, Gazetteer
from incidex.geo.names import is_common_word, normalise

# "KANO, Nigeria (Reuters) -", "SAN SALVADOR, 3 JAN 90 --", "KABUL, Afghanistan, March 4 (AP) -"
# (after any zero-width space a web page left before it)
_DATELINE = re.compile(
    r"^[\s\u200b\ufeff]*(?P<city>[A-Z][A-Z .'-]{2,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z .]+?))?"
    r"\s*(?:,|\(|--|—|–|-)",
    re.MULTILINE,
)
# "GREECE.  Small bombs damaged ...": a country in capitals opening the text, as a heading
_LEAD = re.compile(r"^\s*(?P<city>[A-Z][A-Z '-]{2,40}?)(?P<region>(?!))?\.\s+(?=[A-Z])")
# "Viaduct on pace . COLUMBUS -- The warmer ...", "BEIRUT: A major drug dealer": a dateline after
# the headline, on the same line (mixed-case text only, where capitals stand out)
_INLINE = re.compile(
    r"(?<=[.!?] )(?P<city>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z .]+?))?\s*(?:--|—|–|-|:)\s"
)
DATELINE_SPAN = 1500  # a dateline opens one of the first paragraphs, after headline and page noise


# sought by the places, the country and the credit of each article alike: found once per text
@functools.lru_cache(maxsize=64)
def find_dateline(text: str, *, shouting: bool = False) -> re.Match[str] | None:
    """The dateline: "KANO, Nigeria (Reuters) -" at the start of one of the first paragraphs, a
    country heading ("GREECE. ..."), or (in mixed-case text) a capitalised place after a
    one-line headline."""
    found = next(
        (m for m in _DATELINE.finditer(text, 0, DATELINE_SPAN) if not _caption(text, m)), None
    ) or _LEAD.match(text)
    if found is None and not shouting:
        found = _INLINE.search(text, 0, DATELINE_SPAN)
    return found


def _caption(text: str, found: re.Match[str]) -> bool:
    """True for a photo's or station's credit line, "WWLTV (Photo: WWLTV)": a name and its
    bracket with no story after them on the line, which a dateline opens."""
    return text[found.end() - 1] == "(" and bool(_BRACKET_LINE.match(text, found.end() - 1))


_BRACKET_LINE = re.compile(r"\([^()\n]*\)[ \t]*(?:\n|$)")
_CREDIT = re.compile(r"\s*\(([^()\n]{1,60})\)")


def dateline_credit(text: str, gaz: Gazetteer, *, shouting: bool = False) -> tuple[int, int] | None:
    """The news agency's credit after a dateline, "(Sahel Wire)" in "MAIDUGURI, Nigeria (Sahel
    Wire) -": an outlet's name, whatever places its words name. "ROME (ITALY)" names no outlet."""
    found = find_dateline(text, shouting=shouting)
    if found is None:
        return None
    credit = _CREDIT.match(text, found.end() - 1 if text[found.end() - 1] == "(" else found.end())
    if credit is None or _area_name(gaz, credit.group(1)):
        return None
    return credit.span(1)


def dateline_region(text: str, found: re.Match[str], gaz: Gazetteer) -> tuple[int, int] | None:
    """The span of the country or province a dateline names after its town: "Nigeria" in "KANO,
    Nigeria (Reuters) -", "ITALY" in "ROME (ITALY), 11 JAN 90 --"."""
    region = (found.group("region") or "").strip()
    if region:
        return (found.start("region"), found.start("region") + len(region))
    paren = _CREDIT.match(text, found.end() - 1 if text[found.end() - 1] == "(" else found.end())
    if paren and _area_name(gaz, paren.group(1)):
        return paren.span(1)
    return None


def _area_name(gaz: Gazetteer, name: str) -> bool:
    return any(e.kind in ("country", "admin1") for e in gaz.lookup(name.strip()))


# "Iranian", "SALVADORANS", "South African", "Sri Lankan": a people or adjective of a country
_DEMONYM_WORD = re.compile(
    r"\b(?:(?:North|South|Sri|Costa|Sierra|Central|Latin|NORTH|SOUTH|SRI|COSTA|SIERRA|CENTRAL"
    r"|LATIN)\s+)?"
    r"[A-Z][A-Za-z]{2,}(?:\b|(?=Õs\b))"  # "IraqiÕs": a possessive mis-encoded
)
_SCAN_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")
_SCAN_MIN_POPULATION = 20_000  # in upper-case text every word is a candidate: only towns of size


# Capitalised words in a row: "Butler County", "Mount Pleasant", "St. Paul", "Winston-Salem"
_WORD = r"[A-Z][a-z'’]*[a-z](?:\.(?= [A-Z]))?"
CAPITALISED = re.compile(rf"{_WORD}(?:[ -]{_WORD})*")


# The kind of a street or building after its name: "Richland Avenue", "Ranchester Drive"
_STREET = re.compile(
    r"\s+(?:Avenue|Ave|Street|St|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Court|Ct|Place|Way"
    r"|Parkway|Pkwy|Highway|Hwy|Circle|Terrace|Trail|Pike|Apartments|Mall|Plaza)\b\.?"
)


# A house of worship's kind after its name, a few capitalised words on: "Historic Ebenezer
# Baptist Church", "Mount Zion AME Church", "Bethel Temple". Churches take biblical and saints'
# names (Ebenezer, Bethel, Shiloh, Antioch), which are towns somewhere, seldom the church's own
_WORSHIP = re.compile(
    r"(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:Church|Chapel|Cathedral|Temple|Tabernacle|Mosque"
    r"|Synagogue|Ministries)\b"
)


def sub_names(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The longest runs of words between start and end that are places' own names, except the
    names of streets ("Richland Avenue" is no place called Richland) and of houses of worship
    ("Ebenezer Baptist Church" is no place called Ebenezer)."""
    words = [m.span() for m in re.finditer(r"[^ -]+", text[start:end])]
    words = [
        (start + a, start + b)
        for a, b in words
        if not _STREET.match(text, start + b) and not _WORSHIP.match(text, start + b)
    ]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            if i + size > len(words):
                continue
            a, b = words[i][0], words[i + size - 1][1]
            name = text[a:b]
            if not is_common_word(name) and len(name) > 3 and own_name(gaz, name):
                out.append((a, b))
                i += size
                break
        else:
            i += 1
    return out


def across_border(text: str, start: int) -> bool:
    """True for a name at `start` named as the far side of a border ("near the border with
    Malawi"): not where the story is."""
    return bool(_BORDER_WITH.search(text, max(0, start - 30), start))


_BORDER_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def demonyms(text: str, gaz: Gazetteer) -> list[re.Match[str]]:
    """Demonyms and country adjectives ("Iranian", "Afghans", "South African"): each points at
    its country, and the article's places list names it with the word's own span."""
    found = []
    for m in _DEMONYM_WORD.finditer(text):
        said = m.group(0)
        if gaz.demonym(said):
            found.append(m)
            continue
        if " " not in said or _CONTINENTAL.search(said):  # "Latin American": a region's
            continue
        word = _LAST_WORD.search(text, m.start(), m.end())  # "Southern" is no part of "Iraqi"
        if word and gaz.demonym(word.group(0)):
            found.append(word)
    return found


_LAST_WORD = re.compile(r"\S+$")
_CONTINENTAL = re.compile(r"\s(?:American|AMERICAN)s?$")


# "central Sederot", "downtown Dayton": a part of a place, whatever the words before ("rockets
# struck central Sederot")
_PART_OF = r"(?:central|downtown|(?:north|south)(?:east|west)?ern|(?:east|west)ern)\s+"
# "in Yakkala", "near Sopur", "the town of Purace", "in central Dushanbe", "in the Quetta
# suburbs", "at the Ofra settlement": capitalised names where a place stands
_NAME_AFTER_LOCATIVE = re.compile(
    r"(?:\b(?:in|near|at|outside|of|from|into|toward|towards|around|across|throughout)\s+"
    # ... not a quarter: "the Elmwood area of the city"
    r"(?:the\s+(?=(?:[A-Z][\w'’.-]+\s+){1,3}"
    r"(?:area|suburbs|outskirts|countryside|settlement|kibbutz|moshav)\b"
    r"(?!\s+of\s+the\s+(?:city|town|village|capital)\b)))?"
    r"(?:(?:central|downtown|(?:north|south)(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?)\s+)?"
    rf"|\b{_PART_OF})"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:de\s+|del\s+|la\s+|al-)?[A-Z][\w'’-]+){0,2})"
)


def after_locatives(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Places the model missed in mixed-case text, taken only where a place stands."""
    return [span for span, known in _after_locatives(text, gaz) if known]


def known_as_after_locatives(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Names after "in", "near", "at" that are only another spelling of a town of size ("in
    Sederot" is Sderot, "in Tal Afar" Tall Afar): where a place stands, the spelling is its."""
    return [
        span
        for span, known in _after_locatives(text, gaz, strong=True)
        if not known and known_as(gaz, text[span[0] : span[1]])
    ]


_STRONG_LOCATIVE = re.compile(
    r"\b(?:in|near|at|outside|towards?|(?:town|city|village|settlement) of"
    r"|(?:part|outskirts|suburbs?|cent(?:er|re)|heart|edge) of)\s+$"  # "the southern part of"
    rf"|\b{_PART_OF}$"
)


def _after_locatives(
    text: str, gaz: Gazetteer, *, strong: bool = False
) -> list[tuple[tuple[int, int], bool]]:
    """Capitalised names after a locative, and whether some place bears each as its own name."""
    out = []
    for m in _NAME_AFTER_LOCATIVE.finditer(text):
        if strong and not _STRONG_LOCATIVE.search(text, max(0, m.start() - 20), m.start("name")):
            continue
        name = re.split(r"(?<=\w{3})\.\s", m.group("name"))[0]  # a sentence ends, "St. Paul" not
        name = POSSESSIVE.split(name)[0]  # "Karachi's", "Baghdad's Sadr City": Karachi, Baghdad
        head = _known_head(name.removesuffix("."), gaz)
        if head:
            known = own_name(gaz, head) or bool(county(gaz, head))
            out.append(((m.start("name"), m.start("name") + len(head)), known))
        elif tail := _district_tail(text, m.start("name"), name, gaz):
            out.append((tail, True))
        elif strong and gaz.whole(name.removesuffix(".")):  # "in Paya Thonzu": Payathonzu
            out.append(((m.start("name"), m.start("name") + len(name.removesuffix("."))), False))
        elif area := _area_after(text, m.start("name") + len(name), gaz):
            out.append((area, True))
    return out


def _area_after(text: str, end: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The span of the district or town a village the gazetteer lacks is named with, closing
    the sentence: "in Hamchipora, Budgam." """
    m = _AREA_CLOSING.match(text, end)
    if m is None or is_common_word(m.group("area")) or not own_name(gaz, m.group("area")):
        return None
    return m.span("area")


# ", Budgam." after a village's name: the area it lies in, and the sentence ends
_AREA_CLOSING = re.compile(r",\s+(?P<area>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*(?:[.;]|$))")


def _district_tail(text: str, start: int, name: str, gaz: Gazetteer) -> tuple[int, int] | None:
    """The span of a district named after a village the gazetteer lacks, as South Asian news
    names a village with its district ("at Dhanwari Anantnag", "in Gundpora Kupwara district"): the
    last word, when it is a district's own name or the word "district" follows it."""
    words = name.removesuffix(".").split()
    if (
        len(words) < 2
        or is_common_word(words[-1])
        or _NAME_WORD.match(words[0])  # "Nuevo Concepcion", "San Luis": one town's name
        or not _VILLAGE_LOCATIVE.search(text, max(0, start - 12), start)  # not "the home of"
    ):
        return None
    end = start + len(name.removesuffix("."))
    last = words[-1]
    district = _DISTRICT_AFTER.match(text, end) is not None
    if not any(
        not e.matched_alias and (e.kind == "admin2" or (district and e.kind == "city"))
        for e in gaz.lookup(f"{last} district" if district else last)
    ):
        return None
    return (end - len(last), end)


_DISTRICT_AFTER = re.compile(r"\s+district\b", re.IGNORECASE)
_VILLAGE_LOCATIVE = re.compile(r"\b(?:in|near|at|outside(?: of)?|from)\s+$", re.IGNORECASE)
# words that begin a town's own name of two words, not a village's before its district
_NAME_WORD = re.compile(
    r"(?:New|Nuevo|Nueva|Novo|Nova|Nea|Old|Upper|Lower|Great|Little|North|South|East|West"
    r"|San|Santa|Santo|São|Sao|Saint|St\.?|El|La|Las|Los|Le|Al|Port|Puerto|Porto|Fort|Mount"
    r"|Bad|Ciudad|Villa|Ban|Kafr|Beit|Tel|Tell)$"
)


def _known_head(name: str, gaz: Gazetteer) -> str | None:
    """The name the gazetteer knows, without a headline's capitalised nouns after it: "St. Paul"
    of "in St. Paul Shooting"."""
    while name:
        if not is_common_word(name) and (gaz.lookup(name) or county(gaz, name)):
            return name
        head = _HEADLINE_NOUN.sub("", name)
        name = head if head != name else ""
    return None


# What a headline's capitals add after a place's name: "in Gwinnett Shooting", "Dayton Man"
_HEADLINE_NOUN = re.compile(
    r"\s+(?:Shootings?|Stabbings?|Homicides?|Murders?|Killings?|Crash|Standoff|Robbery|Attacks?"
    r"|Blast|Bombing|Fire|Man|Woman|Teen|Boy|Girl)$"
)


# A town's name before the people or the event a headline is about: "2 Blytheville teens
# charged", "Apison toddler accidentally shot himself", "Dayton Man Shot"
_HEADLINE_TOWN = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]*[a-z][\w'’.-]*(?: [A-Z][\w'’.-]*[a-z][\w'’.-]*){0,2})"
    r" (?i:teens?|teenagers?|toddlers?|boys?|girls?|m[ae]n|wom[ae]n|child|children|students?"
    r"|mother|father|mom|dad|couple|family|officers?|deputy|deputies|shootings?|homicides?"
    r"|murders?|killings?)\b"
)
# ... not the people's colour or kind, capitalised as a headline's words are ("White Man")
_KIND_OF_PERSON = re.compile(
    r"(?:White|Black|Brown|Hispanic|Latino|Latina|Asian|Native|Young|Old|Elderly|Local|Unarmed"
    r"|Armed|Off-Duty|Former)$"
)
_HEADLINE_SIZE = 160  # a first line longer than this is a paragraph, not a headline


def headline_towns(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Places a mixed-case headline names before its people or its event ("Apison toddler"),
    where a local headline puts the town; only a short first line, and names some place bears
    as its own."""
    end = text.find("\n")
    end = len(text) if end < 0 else end  # a page that is its headline alone
    if end > _HEADLINE_SIZE:
        return []
    out = []
    for m in _HEADLINE_TOWN.finditer(text, 0, end):
        # the longest run of its last words that names a place: "Dayton" of "Leaves Dayton"
        gaps = [m.start("name") + g.end() for g in re.finditer(" ", m.group("name"))]
        for start in [m.start("name"), *gaps]:
            name = text[start : m.end("name")]
            if not (is_common_word(name) or _KIND_OF_PERSON.match(name)) and own_name(gaz, name):
                out.append((start, m.end("name")))
                break
    return out


# A town and its state, as US news writes them: "Hope, Ark., police", "in Normal, Illinois,"
_TOWN_STATE = re.compile(
    r"\b(?P<town>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,2}), (?P<state>[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\."
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:)]?\s)"
)


def towns_with_state(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Towns named with their US state after them ("Hope, Ark., police"), which the model may
    take for no place, and their states: the name of a town of that state, common word or not."""
    out = []
    for m in _TOWN_STATE.finditer(text):
        states = [e for e in gaz.lookup(m.group("state")) if e.kind == "admin1"]
        towns = gaz.lookup(m.group("town"))
        if any(
            t.kind == "city" and not t.matched_alias and (t.country_code, t.admin1) == key
            for t in towns
            for key in {(e.country_code, e.admin1) for e in states if e.country_code == "US"}
        ):
            out += [m.span("town"), m.span("state")]
    return out


# A possessive "'s", also as mis-decoded text writes its apostrophe ("BaghdadÕs", MacRoman's ’)
POSSESSIVE = re.compile(r"(?<=[a-z])(?:['’]|Õ)s\b")


KNOWN_AS_POPULATION = 10_000  # a town this big is spelled many ways in the news


def known_as(gaz: Gazetteer, name: str) -> bool:
    """True when `name` is another spelling of a town of size (not a hamlet's old name), one
    the index holds or the name written whole (`Gazetteer.whole`: "Paya Thonzu")."""
    return len(name) >= 5 and (
        any(
            e.matched_alias and e.kind == "city" and e.population >= KNOWN_AS_POPULATION
            for e in gaz.lookup(name)
        )
        or bool(gaz.whole(name))
    )


# "Yala province", "the Waeng district", "Diyala Governorate", "the Segovia Municipality", Israel's
# "Eshkol Regional Council": a name the suffix says is an area
_AREA = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:[Pp]rovince|[Dd]istrict|[Gg]overnorate"
    r"|[Ss]tate|[Cc]ounty|[Rr]egion|[Dd]epartment|[Pp]refecture|[Pp]arish|[Oo]blast"
    r"|[Mm]unicipality|[Rr]egional [Cc]ouncil)\b"
)


def areas(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Areas named with their kind ("Yala province"), whatever the model made of the name."""
    spans = []
    for m in _AREA.finditer(text):
        if not is_common_word(m.group("name")) and gaz.lookup(m.group(0)):
            spans.append((m.start(), m.end()))
    return spans


def county(gaz: Gazetteer, name: str) -> list[Entry]:
    """The counties a bare name may be when no place bears it: US local news names a county
    without the word ("shot in Gwinnett", "rural Miami-Dade")."""
    if gaz.lookup(name) or not name[:1].isupper():
        return []
    return [e for e in gaz.lookup(f"{name} County") if e.kind == "admin2" and not e.matched_alias]


def policed(text: str, name: str) -> bool:
    """True when the text names the place's own police force or sheriff ("DANVILLE POLICE
    RESPONDED", "the Dane County Sheriff"): a word with a police force of its own is a town's
    name, not a common word the gazetteer also holds."""
    return bool(re.search(rf"\b{re.escape(name)}\s+(?:county\s+)?(?:police|sheriff)\b", text, re.I))


def own_name(gaz: Gazetteer, name: str) -> bool:
    """True when some place bears `name` as its own name, not only as another place's alias
    ("Hamas" is an old name of Hamm, "Ramadan" one of Turabah: neither is a place here)."""
    return any(not e.matched_alias for e in gaz.lookup(name))


def scan(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Gazetteer names in upper-case text, longest first (three words, then two, then one)."""
    words = list(_SCAN_WORD.finditer(text))
    # each word's lookup key once: a group's key is its words' keys joined (gaps are one space)
    keys = [normalise(w.group()) for w in words]
    spans: list[tuple[int, int]] = []
    taken = [False] * len(words)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            if any(taken[i : i + size]) or not gaz.may_key(" ".join(keys[i : i + size])):
                continue
            group = words[i : i + size]
            if not _plain_gap(text, group):
                continue
            name = text[group[0].start() : group[-1].end()]
            if _scannable(name, gaz) and _placed(text, group[0].start(), gaz.lookup(name)[0]):
                end = group[-1].end()
                end -= (
                    text[end - 1] == "." and end - group[-1].start() > 3
                )  # "MORENO." ends a sentence
                spans.append((group[0].start(), end))
                taken[i : i + size] = [True] * size
    return spans


# Words before a place name in running text: "IN USULUTAN", "THE TOWN OF MOLINA", "NEAR LA PAZ",
# "OFF BLUEFIELDS" (at sea), "ALONG THE ..."
_LOCATIVE = re.compile(
    r"\b(?:in|near|at|from|to|toward|towards|outside|of|into|across|around|between|and|off|along"
    r"|inside|throughout)\s+(?:the\s+)?$",
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
    return own_name(gaz, name) and (
        candidates[0].kind != "city" or candidates[0].population >= _SCAN_MIN_POPULATION
    )


def dedupe(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


# US broadcasters' call signs begin with K or W: "(WAVY)", "KDKA-TV", "WBTV.com", "WSMV Channel 4"
US_OUTLET = re.compile(
    r"\((?:[KW][A-Z]{2,3})(?:-TV)?\)|\b[KW][A-Z]{2,3}(?:-TV\b|\.com\b| Channel \d)"
)

# Phrases of US local news: "the 1200 block of Elm Street", "sheriff's deputies", "the Rankin
# County Sheriff", "sheriff patrols", "the Apopka Police Department", "a 911 call", "Deputies
# responded", "felony charges", "only 99¢" (not Scotland's "Sheriff Court")
US_LOCAL = re.compile(
    r"\b\d+ block of\b|\b[Ss]heriff['’]?s (?:[Oo]ffice|[Dd]epartment|[Dd]eput(?:y|ies))"
    r"|\bCounty Sheriff\b|\b[Ss]heriff (?:[Pp]atrols?|[Dd]eput(?:y|ies))\b"
    r"|\bPolice Department\b|\b911\b|\b[Dd]eputies (?:said|say|responded|found|arrived)\b"
    r"|\bfelon(?:y|ies)\b|\d¢"
    # "booked into the Santa Clara County jail", a tip line "408-277-5283" (North American)
    r"|\bbooked into\b|\bCounty [Jj]ail\b|(?<![\d-])\(?\d{3}\)?[ -]\d{3}-\d{4}(?![\d-])"
    # bail in dollars as US courts set it: "held on $50,000 bond", "a $500,000 cash bail",
    # "his bond was set at" (not a debt's: "a $10 million bond issue")
    r"|\$[\d,.]+(?: million)? (?:cash )?bond\b(?! (?:issues?|sales?|offerings?|markets?|deals?))"
    r"|\bcash (?:bail|bond)\b|\bbond (?:was|is) set\b"
)


def us_local(text: str) -> bool:
    """True for mixed-case text with a US station's call sign or US local news's phrasing."""
    return bool(US_OUTLET.search(text) or US_LOCAL.search(text))


# "Dayton police said", "Apopka Police investigate": a force named after its town
# "Dayton police", "the Dane County Sheriff", and a province's or town's own head: "Mahwit's
# provincial governor", "Kirkuk's police chief"
_FORCE_NAME = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?: (?:police|Police|sheriff|Sheriff)\b"
    r"|['’]s (?:(?:provincial|district|deputy) )?(?:governor|mayor|police chief)\b)"
)
_FORCE_POPULATION = 1000  # a town with a police force of its own


def forces(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Towns named by their police force or their head in mixed-case text, where the model saw
    no place."""
    spans = []
    for m in _FORCE_NAME.finditer(text):
        name = m.group("name")
        if not is_common_word(name) and any(
            not e.matched_alias and e.population >= _FORCE_POPULATION for e in gaz.lookup(name)
        ):
            spans.append(m.span("name"))
    return spans


# What may lengthen a found name into a longer one: "Foz" + " do Iguacu", "Santos City" after
# "General", "Baghdad" after "New"
_LONGER_RIGHT = re.compile(
    r"\s+(?:d[aoe]s?|del|de la|di)\s+[A-Z][\w'’-]*(?P<two>\s+[A-Z][\w'’-]*)?"
)
_LONGER_LEFT = re.compile(r"(?<![\w.])[A-Z][a-z'’-]+\s+$")


def widen(text: str, spans: list[tuple[int, int]], gaz: Gazetteer) -> list[tuple[int, int]]:
    """Spans that run on into a longer place name the gazetteer knows under its own name: "Foz
    do Iguacu" for "Foz", "General Santos City" for "Santos City"."""
    out = []
    for start, end in spans:
        right = _LONGER_RIGHT.match(text, end)
        left = _LONGER_LEFT.search(text, max(0, start - 20), start)
        for wider in (
            (start, right.end()) if right else None,
            (start, right.start("two")) if right and right.group("two") else None,
            (left.start(), end) if left else None,
        ):
            if wider and own_name(gaz, text[wider[0] : wider[1]]):
                out.append(wider)
                break
    return out
