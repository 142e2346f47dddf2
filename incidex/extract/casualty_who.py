"""Whom a casualty figure counts: victims' nouns, security forces, civilians, the attackers.

The attackers' own deaths ("the gunman killed himself", a completed suicide bombing) are kept
apart from the victims, so that the headline counts victims and GTD-style totals can add them.
"""

from __future__ import annotations

import re

from incidex.extract.analysis import Analysis, Frame, frame_text
from incidex.extract.casualty_numbers import span_evidence
from incidex.schema import Evidence, Figure, FigureKind, Who

K = FigureKind

# "killed himself", "the gunman was also killed", "one attacker died"
SELF = re.compile(
    r"\b(?:(?:killed|killing) (?:himself|herself)|blew (?:himself|herself) up"
    r"|turned (?:the|a|his|her) (?:gun|weapon|rifle|shotgun|handgun) on (?:himself|herself)"
    r"|fatally shot (?:himself|herself)|shot (?:himself|herself) (?:to death|dead)"
    r"|(?<!attempted )(?<!attempted a )murder[- ]suicide"
    r"|took (?:his|her) own life|hanged (?:himself|herself)"
    r"|(?:the|a|one|another) (?:\w+ )?(?:gunman|attacker|assailant|bomber"
    r"|shooter|suspect|hijacker) (?:was (?:also |later )?(?:killed|shot dead)"
    r"|(?:also |later )?died))\b",
    re.IGNORECASE,
)

# the attacker's body: "a fifth body is thought to be that of the bomber", "the remains of the
# gunman" (not "the body of the gunman's wife")
ATTACKER_BODY = re.compile(
    r"\b(?:body|remains|corpse)\s+(?:[\w-]+\s+){0,5}?of\s+the\s+(?:suicide\s+)?(?:gunman"
    r"|attacker|assailant|bomber|perpetrator|shooter|hijacker)(?![\w'’-])",
    re.IGNORECASE,
)

_ATTACKER = re.compile(
    r"\b(?:gunm[ae]n|attackers?|assailants?|bombers?|shooters?|suspects?"
    r"|hijackers?|kidnappers?|perpetrators?|assassins?|hitm[ae]n|sicarios?)\b",
    re.IGNORECASE,
)

_ARMED = re.compile(
    r"\b(?:militants?|insurgents?|rebels?|terrorists?|guerrillas?|subversives?"
    r"|extremists?|fighters?|jihadists?|separatists?)\b",
    re.IGNORECASE,
)

_FORCES = re.compile(
    r"\b(?:soldiers?|troops|police\w*|officers?|guards?|servicem[ae]n|marines"
    r"|security forces|army|militiam[ae]n|gendarmes?|agents?|(?:sub-?)?sergeants?|corporals?)\b",
    re.IGNORECASE,
)

_CIVIL = re.compile(
    r"\b(?:civilians?|children|women|students?|worshipp\w+|villagers?|peasants|farmers?"
    r"|residents?|passengers?|shoppers|pilgrims|mourners|bystanders?)\b",
    re.IGNORECASE,
)

PERSON_END = re.compile(
    r"(?:people|persons|others?|civilians|man|woman|boy|girl|child|teen|teenager|person|baby"
    r"|toddler|infant|mother|father|son|daughter|wife|husband|victim|\d+-year-old|officer|deputy"
    r"|cop|trooper|soldier|policeman|policewoman|student|resident|driver|worker|guard|mayor"
    r"|priest|journalist|reporter|passenger|clerk|employee|owner|customer|neighbou?r|friend"
    r"|relative|cousin|brother|sister|nephew|niece|youth|adult|male|female|juvenile|pedestrian"
    r"|bystander|official|leader|member|civilian|nun|peasant|villager|men|women|children|kids"
    r"|\w+(?:men|ers|ists|ians|ants|ents|ees|ies|ren|ts|ns|rs|ls|ys))[\s,]+$|^\s*$",
    re.IGNORECASE,
)

# "a suicide bomber", "a suicide car bomb", "the suicide attack": a completed one kills its bomber
_BOMBER = re.compile(r"\bsuicide[- ](?:bomb\w*|attack\w*|vest|car bomb\w*)", re.IGNORECASE)

# the bomber setting off the charge he carries: "blew up his explosive belt", "detonated her
# vest", "opened fire on him, causing his explosives to detonate" (past tense: not "before he
# could detonate his belt")
OWN_BLAST = re.compile(
    r"\b(?:detonated|blew up|set off|exploded|triggered)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:belts?|vests?|explosives|bombs?|charges?|devices?)\b"
    r"|\bcausing\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:belts?|vests?|explosives|bombs?|charges?)"
    r"\s+to\s+(?:detonate|explode|go off)\b",
    re.IGNORECASE,
)


def suicide_bomber(analysis: Analysis, frame: Frame, figures: list[Figure]) -> list[Figure]:
    """A completed suicide bombing kills its bomber: one attacker dead, kept apart from the
    victims (GTD's totals count him), unless the text already gives the attackers' deaths. So does
    one whose bomber set his charge off, though he never reached his target ("soldiers opened fire
    on him, causing his explosives to detonate"): told in those words."""
    if not frame.suicide:
        return []
    if any(f.who == Who.ATTACKERS and f.kind == K.KILLED for f in figures):
        return []
    sentences = frame_text(analysis, frame)
    bombers = [(s, m) for s in sentences if (m := _BOMBER.search(s.text))]
    blasts = [(s, m) for s in sentences if (m := OWN_BLAST.search(s.text))]
    said = blasts + (bombers if frame.outcome == "completed" else [])
    if not said:
        return []
    sentence, m = said[0]
    ev = span_evidence(sentence.text, m.start(), m.end())
    ev = Evidence(start=ev.start + sentence.start, end=ev.end + sentence.start, text=ev.text)
    who = bombers[0][1].group(0) if bombers else None
    return [Figure(kind=K.KILLED, value=1, who=Who.ATTACKERS, who_text=who, evidence=ev)]


PERSON = (
    r"(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|officer|deputy|trooper|cop"
    r"|student|father|mother|dad|mom|son|daughter|brother|sister|person|driver|clerk|firefighter"
    r"|juvenile|\d{1,3}-year-old)"
)

# "a mother and her son", "a man and his wife": two people under one singular number
PAIR = re.compile(r"\band (?:his|her|their|\d+-year-old) [a-z'-]+", re.IGNORECASE)


def listed_people(who: str) -> int:
    """How many people a list of singular nouns names: "man, woman and boy" 3, "man" 1."""
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", who.strip(" ,"))
    people = [p for p in parts if re.fullmatch(rf"(?:[\w'-]+\s+)?{PERSON}", p, re.IGNORECASE)]
    return len(parts) if len(parts) > 1 and len(people) == len(parts) else 1


def who_of(words: str) -> Who:
    for pattern, who in (
        (_ATTACKER, Who.ATTACKERS),
        (_ARMED, Who.ARMED_GROUP),
        (_FORCES, Who.SECURITY_FORCES),
        (_CIVIL, Who.CIVILIANS),
    ):
        if pattern.search(words):
            return who
    return Who.UNKNOWN


def attackers_self(text: str) -> list[Figure]:
    """ "the gunman killed himself", "the body of the bomber": one attacker dead, kept apart from
    the victims."""
    return [
        Figure(
            kind=K.KILLED,
            value=1,
            who=Who.ATTACKERS,
            who_text=m.group(0),
            evidence=span_evidence(text, m.start(), m.end()),
        )
        for m in sorted(
            [*SELF.finditer(text), *ATTACKER_BODY.finditer(text)], key=lambda m: m.start()
        )
    ]


def one_before(text: str, start: int, number_end: int) -> re.Match[str] | None:
    """The one person named right before a count (starting at `start`) joined by "and"."""
    # "Ali Khan and two of his guards", "he and four others": whoever "his" is, is one more
    one = _ONE_BEFORE.search(text, 0, start)
    if one:
        return one
    of_his = re.match(r"\s*(?:his|her)\b", text[number_end:], re.IGNORECASE)
    named = _NAMED_BEFORE.search(text, 0, start)
    counted = named and re.search(r"\b(?:a|an|one)\s+$", text[: named.start()], re.IGNORECASE)
    if named and not counted and (of_his or named.group("pronoun")):  # not "a guard and two"
        return named
    return None


_NAMED_BEFORE = re.compile(r"\b(?:(?P<pronoun>he|she)|[a-z][\w'’-]*),?\s+and\s+$", re.IGNORECASE)
# "... and their interpreter": one more person, singular, after the counted ones
AND_THEIR = re.compile(r"\band (?:his|her|their)(?: [a-z'-]+)? [a-z'-]*[a-rt-z]\s*$", re.IGNORECASE)
# one person named right before a count joined by "and": "his driver and two bodyguards"
# ("the official and four of his companions"; a singular noun only: not "the soldiers and two")
_ONE_BEFORE = re.compile(
    r"\b(?:his|her|their|the)\s+(?!(?:incident|attack|blast|explosion|bombing|shooting|ambush|raid"
    r"|fire|area|city|town|village|car|house|home|building|vehicle|morning|evening|night"
    r"|afternoon|day|week|scene|street|road)\b)[a-z-]*[a-rt-z]\s+and\s+(?:his\s+|her\s+|their\s+)?$",
    re.IGNORECASE,
)
