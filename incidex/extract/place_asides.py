"""Places named aside from an event: where the wounded were taken ("flown to Vanderbilt
University Medical Center"), the school a town's name is part of ("a Brighton High
student"), the streets of an address that share their names with towns
("the 3400 block of West Monroe", "Lynn and Michigan streets"), and a news site's home in the
masthead that closes its page's title ("... - WTVM.com-Columbus, GA News Weather & Sports").
"""

from __future__ import annotations

import re

from incidex.schema import Evidence


def aside(text: str, span: Evidence | None) -> bool:
    """True for where the wounded were taken, not where they were hurt: "flown to Vanderbilt
    University Medical Center", "a hospital in Macon", "airlifted to Jacksonville"; and for
    a school's name, which tells whose student, not where: "a Brighton High student"."""
    return span is not None and bool(
        _CARE_AFTER.match(text, span.end)
        or _CARE_BEFORE.search(text[max(0, span.start - 50) : span.start])
        or _SCHOOL.match(text, span.end)
    )


# "Brighton High", "Dunbar Elementary School": a school named after a town, often another one
_SCHOOL = re.compile(r"\s+(?:High|Middle|Elementary|Intermediate)\b")


# "Terre Haute Regional Hospital", "Savannah Memorial Hospital": a hospital named after its town
_CARE_AFTER = re.compile(
    r"(?:\s+(?!(?i:to|the|an?|at|in|were|was)\b)[A-Z][\w.'’-]*){0,3}"
    r"\s+(?i:hospital|medical\s+cent(?:er|re)|trauma|clinic)\b"
)
# "taken to a hospital in Macon", "St. Francis Hospital in Wichita", "airlifted to Jacksonville"
_CARE_BEFORE = re.compile(
    r"\b(?:(?:hospital|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re)|clinic)\s+in"
    r"|(?:taken|flown|airlifted|transported|rushed|transferred)\s+(?:by\s+\w+\s+)?to)\s+$",
    re.IGNORECASE,
)


def masthead(text: str, span: Evidence | None) -> bool:
    """True for a place in the masthead closing a web page's title line, the outlet's home
    whatever town its story is about: "Teen shot in Gwinnett County - WTVM.com-Columbus, GA
    News Weather & Sports", "Two hurt in crash | Tulsa, OK - News, Weather, Video", "Teen shot
    in Clark County | Dayton, OH"."""
    if span is None:
        return False
    line = _TITLE_LINE.match(text)
    return bool(line and line.start("outlet") <= span.start < line.end("outlet"))


# A title line whose last part, after a dash or bar, names the outlet by what it serves, or is
# its town and state's postal code alone ("... in chest | Dayton, OH")
_TITLE_LINE = re.compile(
    r"[^\n]*?(?: [-–—|]|\|) (?P<outlet>[^\n]*\b(?:News|Weather|Sports)\b[^\n]*"
    r"|[A-Z][\w.'’ -]{1,30}, [A-Z]{2}[ \t]*)(?:\n|$)"
)


def street(text: str, span: tuple[int, int]) -> bool:
    """True for a name a US police report's address phrasing says is a street: "the 3400 block
    of West Monroe", "near Lynn and Michigan streets", "the intersection of Allen and Duels",
    "a home at Upton and North Poe"."""
    before = text[max(0, span[0] - 40) : span[0]]
    return bool(
        _BLOCK_OF.search(before)
        or _STREETS_AFTER.match(text, span[1])
        or _CROSSING_BEFORE.search(before)
        or _CROSSING_AFTER.match(text, span[1])
        or (_PARTNER_BEFORE.search(before) and _PLURAL_AFTER.match(text, span[1]))
        or (_AT_CORNER.search(before) and _COMPASS_PARTNER.match(text, span[1]))
    )


_STREET_WORD = r"(?:Street|Avenue|Road|Drive|Boulevard|Blvd|Ave|Lane|Parkway|Pkwy)\b"
# after two names (in upper-case text "A DOWNTOWN BOGOTA STREET" is a street in Bogota, and a
# "ROAD" often joins two towns: "THE SAN SALVADOR-LA LIBERTAD ROAD")
_STREET_WORDS = rf"(?:{_STREET_WORD}|STREET|AVENUE|BOULEVARD)\b"
_STREETS = r"(?:streets|avenues|roads|Streets|Avenues|Roads|STREETS|AVENUES)\b"
# "the 3400 block of West Monroe": an address on a street
_BLOCK_OF = re.compile(r"\d+\s+(?i:block\s+of\s+(?:the\s+)?)$")
# "Lynn and Michigan streets", "Allen and Duels Streets", "North Flora and Northeast 80th
# Street": a crossing of two streets, each named
_STREETS_AFTER = re.compile(
    rf"\s+(?i:and)\s+(?:[A-Z0-9][\w.'’-]*\s+){{1,3}}(?:{_STREET_WORDS}|{_STREETS})"
)
_PARTNER_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+(?i:and)\s+$")
_PLURAL_AFTER = re.compile(rf"\s+{_STREETS}")
_CROSSING_BEFORE = re.compile(
    r"\b(?i:intersection|corner)\s+(?i:of)\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?:(?i:and)\s+)?$"
)
_CROSSING_AFTER = re.compile(rf"\s+{_STREET_WORD}")
# "a home at Upton and North Poe": two names at one spot, one a street by its compass point
_AT_CORNER = re.compile(r"\bat\s+$")
_COMPASS_PARTNER = re.compile(
    r"\s+and\s+(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|[NSEW]\.)\s+[A-Z]"
)
