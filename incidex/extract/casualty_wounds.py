"""Casualty wounds: one person hurt, told by the state they are in rather than by a count.

"her husband is in critical condition", "a second man remains in the hospital", "the boy was
treated and released", "a woman was struck by a stray bullet", "a girl is fighting for her life",
"he was not seriously hurt".
Someone new ("her son", "another man", "a woman") is one hurt in any story; someone told of
before ("he", "the victim", a name) only where the story tells no death, since the one who died
is often that person.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from incidex.extract.casualty_numbers import shifted, span_evidence
from incidex.schema import Figure, FigureKind, Who

K = FigureKind

_RELATION = (
    r"husband|wife|son|daughter|brother|sister|mother|father|girlfriend|boyfriend|friend|cousin"
    r"|uncle|aunt|nephew|niece|child|grandson|granddaughter|grandmother|grandfather|roommate"
    r"|passenger|companion|fianc[eé]e?|stepson|stepdaughter"
)

_ONE = (
    r"man|woman|boy|girl|teen|teenager|child|person|male|female|juvenile|toddler|baby|infant"
    r"|bystander|victim|officer|deputy|student|\d{1,3}-(?:year|month|week)[- ]old"
)

# someone new: "her husband", "the couple's son", "another man", "a 20-year-old woman"
_NEW = (
    rf"(?:(?:his|her|their|[A-Z][\w-]*['’]s|the [a-z]+['’]s)\s+(?:[\w-]+\s+)?(?:{_RELATION})"
    rf"|(?:another|a second|a third|a fourth|an?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ONE}))"
)

# someone told of before: "he", "the victim", "the 19-year-old", "Marcus Hill"
_TOLD = (
    rf"(?:(?i:he|she|the (?:(?!(?:n?or|and)\b)[\w-]+\s+){{0,3}}?(?:{_ONE}|{_RELATION}))"
    r"|(?!(?:Others|Police|Officers|Authorities|Witnesses|Investigators|Several|Many|Some|All"
    r"|Both|None|They|It|Nobody|Everyone|Residents|Neighbors|Deputies|Troopers)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)

# in hospital: someone new ("her mother remains in the hospital"); of someone told of before,
# often the victim who later died
_IN_HOSPITAL = (
    r"(?:is|was|remains|remained)\s+(?:currently\s+|still\s+)?(?:hospitali[sz]ed|in\s+(?:the|a)"
    r"\s+hospital)"
)

_STATE = (
    r"(?:(?:is|was|remains|remained|has been|had been)\s+"
    r"(?:also\s+|listed\s+|reported\s+|currently\s+)*"
    r"in\s+(?:critical|serious|stable|fair|good|grave|guarded)(?:\s+but\s+stable)?\s+condition"
    r"|(?:is|was|remains)\s+(?:still\s+)?fighting\s+for\s+(?:his|her)\s+life"
    r"|(?:was|has been)\s+treated\s+(?:(?:at|by)\s+[^.;]{1,60}?\s+)?and\s+released"
    r"|(?:is|was)\s+(?:being\s+)?treated\s+for\s+(?:his|her|a|an)\s+(?:[\w-]+\s+)?"
    r"(?:injuries|injury|wounds?)"
    r"|(?:was|were)\s+(?:also\s+)?(?:hit|struck)\s+(?:[^.;]{0,40}?\s+)?by\s+(?:the\s+)?"
    r"(?:gunfire|(?:a\s+)?(?:stray\s+)?(?:bullets?|rounds?|shotgun\s+pellets))"
    r"|(?:was|were)\s+(?:treated\s+[^.;]{0,60}?\s+and\s+)?(?:taken|transported|rushed|brought)"
    r"\s+to\s+[^.;]{1,60}?\s+with\s+(?:what\s+(?:are|were)\s+(?:believed|described)\s+"
    r"(?:to\s+be|as)\s+)?(?:an?\s+)?(?!(?:fatal|mortal)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:injuries|injury|wounds?)"
    # someone new shot: "her brother was also shot in the arm" (not "shot and killed")
    r"|(?:was|were)\s+(?:also\s+)?(?:shot(?!\s+(?:at|upon)\b)|wounded|injured|grazed)\b"
    r"(?!\s*(?:,\s*)?(?:and|&)\s+killed|\s+(?:dead|to\s+death)))"
)

# a death later in the sentence makes the state that of the dead: "was in critical condition
# until he died"
_NO_DEATH = r"(?![^.;]*\b(?:died|dies|dead|succumbed|death)\b)"

# words between the person and the state: "a woman sitting in the car", "the man who was shot"
_BETWEEN = (
    r"(?:,\s*\d{1,3},|\s+who\s+was\s+(?:also\s+)?(?:shot|wounded|injured|hit|struck)"
    r"|\s+(?:sitting|standing|walking|riding|driving|sleeping)\b[^.;,]{0,40}?"
    r"|,\s+(?:also\s+)?[^,.;]{1,40}?,)?"  # "the boy's father, Sam Ruiz, was shot"
)

_NEW_HURT = re.compile(
    rf"(?<!\bnor )(?<!\bneither )(?<!\bnot )\b(?P<who>{_NEW}){_BETWEEN}\s+(?:also\s+)?"
    rf"(?:{_STATE}|{_IN_HOSPITAL})\b{_NO_DEATH}",
    re.IGNORECASE,
)
# taken to hospital: "the teen was flown to a local hospital" (of one told of before, in a story
# that tells no death)
_TAKEN = (
    r"(?:was|has\s+been)\s+(?:later\s+)?(?:flown|airlifted|rushed|taken|transported)\s+to\s+"
    r"(?:an?|the)\s+(?:local\s+|area\s+|nearby\s+)?hospital"
)
_TOLD_HURT = re.compile(
    rf"(?<![\w-])(?<!(?i:nor) )(?<!(?i:neither) ){_TOLD}(?i:{_BETWEEN}\s+(?:also\s+)?"
    rf"(?:{_STATE}|{_TAKEN})\b{_NO_DEATH})"
)

# "a man", "an 18-year-old": in a story that tells a death, often the one who died, unless "also"
_SOMEONE = re.compile(r"an?\s+(?!(?:second|third|fourth)\b)", re.IGNORECASE)
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)

# ... or a state only the living are in: "a 17-year-old was taken to a hospital with
# non-life-threatening injuries", "a 6-year-old girl is fighting for her life"
_ALIVE = re.compile(
    r"\bnon[- ]?life[- ]threatening|\bnot life[- ]threatening|\btreated\s+and\s+released"
    r"|\b(?:stable|good|fair)\s+condition|\b(?:is|remains)\s+(?:still\s+)?fighting\s+for",
    re.IGNORECASE,
)


# hurt, if not badly: "he was not seriously injured", "the driver was not badly hurt" (one
# person: a singular verb; "no one was seriously hurt" is nobody)
_LIGHTLY = re.compile(
    r"(?<![\w-])(?:was|is)\s+not\s+(?:seriously|badly|severely|critically|gravely|too\s+badly)"
    r"\s+(?:injured|hurt|wounded)\b",
    re.IGNORECASE,
)


def wounded_ones(text: str, story_died: bool, offset: int = 0) -> list[Figure]:
    """One injured person per state told (see the module's words); those told of before only
    where the story tells no death. Evidence at offsets from `offset` (the sentence's start)."""
    found = [
        m
        for m in _NEW_HURT.finditer(text)
        if not (
            story_died
            and _SOMEONE.match(m["who"])
            and not _ALSO.search(m.group(0))
            and not _ALIVE.search(text, m.start(), m.end() + 60)
        )
    ]
    if not story_died:
        found += [m for m in _TOLD_HURT.finditer(text) if not any(map(_overlaps(m), found))]
    found += [m for m in _LIGHTLY.finditer(text) if not any(map(_overlaps(m), found))]
    found.sort(key=lambda m: m.start())
    return [
        Figure(
            kind=K.INJURED,
            value=1,
            evidence=shifted(span_evidence(text, m.start(), m.end()), offset),
        )
        for m in found
    ]


def _overlaps(m: re.Match[str]) -> Callable[[re.Match[str]], bool]:
    return lambda n: m.start() < n.end() and n.start() < m.end()


# an attacker caught hurt: "one of the gunmen, their leader, surrendered with a gunshot wound",
# "one of the raiders was arrested with bullet wounds" (his wound, not a victim's)
_CAUGHT_HURT = re.compile(
    r"\bone of the (?:[\w-]+\s+)?(?:attackers|gunmen|assailants|terrorists|militants|guerrillas"
    r"|hijackers|kidnappers|bombers|raiders|rebels|insurgents)\b[^.;]{0,100}?\b(?:surrendered"
    r"|(?:was|had been)\s+(?:arrested|captured|detained|taken\s+into\s+custody))\s+with\s+"
    r"(?:an?\s+)?(?:[\w-]+\s+)?(?:gunshot|bullet|shrapnel|stab)\s+wounds?\b",
    re.IGNORECASE,
)


def caught_hurt(text: str, offset: int = 0) -> list[Figure]:
    """One attacker hurt for each caught with a wound (see _CAUGHT_HURT), kept apart from the
    victims. Evidence at offsets from `offset` (the sentence's start)."""
    return [
        Figure(
            kind=K.INJURED,
            value=1,
            who=Who.ATTACKERS,
            evidence=shifted(span_evidence(text, m.start(), m.end()), offset),
        )
        for m in _CAUGHT_HURT.finditer(text)
    ]
