"""Combatants' tolls: the fighters who fell in a clash, and the attackers' own dead.

Soldiers and rebels killed "in the fighting" are combatants, not the victims a headline counts
(MUC-style codings count human targets); an armed group's dead in an attack it carried out are
its attackers, kept apart so that GTD-style totals can add them.
"""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.analysis import Sentence
from incidex.nlp import is_shouting
from incidex.schema import EventType, Figure, FigureKind, Who

K = FigureKind

# words of a fight between armed sides: "in the clashes", "during fighting with troops" (not
# "rebels fighting for the front", "to combat crime")
_COMBAT = re.compile(
    r"\b(?:clash(?:es|ed)?|skirmish(?:es)?|firefights?|gun ?battles?|exchanges? of (?:fire|gunfire)"
    r"|(?:armed )?confrontations?|(?<!to )combat|fighting(?! for\b)|battle(?!s))\b",
    re.IGNORECASE,
)

# both sides named in one sentence: "including soldiers, rebels and civilians", "military and
# rebel deaths"
_FORCES = re.compile(r"\b(?:soldiers?|troops|army|military|police\w*|servicem[ae]n)\b", re.I)
_REBELS = re.compile(
    r"\b(?:rebels?|guerr?illas?|insurgents?|militants?|terrorists?|subversives?|extremists?)\b",
    re.IGNORECASE,
)


def sort_sides(
    figures: list[Figure], sentence: Sentence, event: EventType, *, war: bool = False
) -> tuple[list[Figure], list[Figure]]:
    """The sentence's figures with an armed group's dead in its own attack read as the attackers,
    and apart, those that count combatants fallen in a fight (no victims' headline): soldiers and
    rebels, and tolls that count both sides ("including soldiers, rebels and civilians"). In a
    war's wire story (`war`), the soldiers' own toll is the fighting's, wherever it is told."""
    if not figures:
        return [], []  # most sentences: nothing to sort, no words to read
    flat = " ".join(sentence.text.split())  # wire text breaks lines mid-phrase
    if OWN_BOMB.search(flat):  # "killed when the bomb they were trying to throw exploded"
        figures = [_own_victim(f) for f in figures]
    fight = _COMBAT.search(flat) is not None
    if fight and _ENSUING.search(flat):
        return _attack_fight(figures)
    mixed = _mixed(flat)
    if war:
        figures = _elliptic(figures, sentence)
    troops = [f for f in figures if war and _soldiers_only(f)]
    if not fight and not mixed:
        return (
            [_as_attackers(f) for f in figures] if event != EventType.ARMED_CLASH else figures
        ), troops
    # in a fight, a count of people between the sides named is theirs: "it cost the army 29 dead"
    both = mixed or bool(_FORCES.search(flat) and _REBELS.search(flat))
    sides = (Who.SECURITY_FORCES, Who.ARMED_GROUP) if fight else ()
    # a fight needs an armed side against the forces: police hurt by "the suspects" are victims
    armed = bool(_REBELS.search(flat)) or any(f.who == Who.ARMED_GROUP for f in figures)
    fallen = [
        f
        for f in figures
        if (f.who in sides and (armed or not _police_only(f))) or (both and f.who == Who.UNKNOWN)
    ]
    return figures, fallen + [f for f in troops if f not in fallen]


# a fight the attack itself started: "the ensuing firefight lasted three hours", "in the gun battle
# that followed"
_ENSUING = re.compile(
    r"\b(?:ensuing|subsequent|resulting)\s+(?:[\w-]+\s+)?(?:clash(?:es)?|firefights?|gun ?battles?"
    r"|exchanges? of (?:fire|gunfire)|fighting|shoot-?outs?)\b"
    r"|\b(?:firefight|gun ?battle|clash|exchange of (?:fire|gunfire)|fighting|shoot-?out)"
    r"\s+that\s+(?:followed|ensued)\b",
    re.IGNORECASE,
)


def _attack_fight(figures: list[Figure]) -> tuple[list[Figure], list[Figure]]:
    """The figures of a fight an armed group's attack started: the group's own are the
    attackers', the forces' are the attack's victims, and a toll of both sides ("leaving five
    militants and two police officers injured") is no victims' headline."""
    figures = [_as_attackers(f) for f in figures]
    both = [
        f
        for f in figures
        if f.who == Who.UNKNOWN
        and f.evidence is not None
        and _FORCES.search(f.evidence.text)
        and _REBELS.search(f.evidence.text)
    ]
    return figures, both


# the attackers hurt by their own device: "the explosive they were attempting to hurl exploded",
# "the bomb he was planting went off prematurely"
OWN_BOMB = re.compile(
    r"\b(?:bomb|explosive|grenade|device|charge|dynamite)s?\s+(?:that\s+)?(?:he|she|they)\s+"
    r"(?:was|were|had been)\s+(?:(?:attempting|trying|about|going)\s+to\s+)?"
    r"(?:hurl|throw|plant|place|set|detonate|carry|transport|handl|manipulat|assembl|mak)\w*"
    r"|\b(?:exploded|went off|blew up)\s+prematurely\b",
    re.IGNORECASE,
)


def _own_victim(figure: Figure) -> Figure:
    if figure.who != Who.UNKNOWN or figure.kind not in (K.KILLED, K.INJURED):
        return figure
    return dataclasses.replace(figure, who=Who.ATTACKERS)


# a count joined to the one before by "and", with no noun of its own: "four soldiers were killed
# and eight were wounded", "we killed 15 soldiers and wounded 30"
_JOINED = re.compile(r"\s*,?\s*and\s*", re.IGNORECASE)


def _elliptic(figures: list[Figure], sentence: Sentence) -> list[Figure]:
    """The figures with a count that names no one ("eight were wounded") counting whom the count
    joined to it before counts ("four soldiers were killed and ...")."""
    out: list[Figure] = []
    for f in figures:
        before = next((g for g in figures if _joined(g, f, sentence)), None)
        if before is not None and not f.who_text and f.who == Who.UNKNOWN:
            out.append(dataclasses.replace(f, who=before.who, who_text=before.who_text))
        else:
            out.append(f)
    return out


def _joined(first: Figure, second: Figure, sentence: Sentence) -> bool:
    a, b = first.evidence, second.evidence
    if a is None or b is None or not first.who_text or a.end > b.start:
        return False
    between = sentence.text[a.end - sentence.start : b.start - sentence.start]
    return _JOINED.fullmatch(between) is not None


# the army's own men, not the police: "15 soldiers", "an army captain", "208 army members"
_SOLDIERS = re.compile(
    r"\b(?:soldiers?|troops|army|military|servicem[ae]n|armed forces|sub-?sergeants?)\b",
    re.IGNORECASE,
)
_NOT_SOLDIERS = re.compile(r"\b(?:police\w*|civilians?|peasants?|retired|former)\b", re.IGNORECASE)

# the sides of a war: an armed group fighting the state's forces
_WAR = re.compile(
    r"\b(?:guerr?illas?|rebels?|insurgents?|subversives?|terrorists?)\b", re.IGNORECASE
)


def war_story(text: str) -> bool:
    """An upper-case wire story (a radio or teleprinter transcript) of a war with an armed group:
    there a soldier's death is a tally of the fighting, not the toll of an attack on people,
    unless the lead tells it (see soldiers_told)."""
    return is_shouting(text) and _WAR.search(text) is not None


def soldiers_told(figures: list[Figure]) -> bool:
    """Whether the figures count soldiers: read in a story's lead ("ambushed a military patrol,
    killing a lieutenant and three soldiers"), the soldiers are the attack's victims."""
    return any(f.evidence and _SOLDIERS.search(f.evidence.text) for f in figures)


def _soldiers_only(figure: Figure) -> bool:
    """A toll of soldiers alone ("killing one soldier"), not one that adds others to them."""
    words = figure.who_text or ""
    return (
        figure.who == Who.SECURITY_FORCES
        and bool(_SOLDIERS.search(words))
        and not _NOT_SOLDIERS.search(words)
        and not re.search(r"\band\b|,", words)
    )


def _police_only(figure: Figure) -> bool:
    """A toll of police alone ("injuring three officers"): with no armed group named, their
    "confrontation" is an arrest's scuffle or an attack on them, not a fight between armed
    sides, and they are its victims."""
    words = figure.who_text or (figure.evidence.text if figure.evidence else "")
    return figure.who == Who.SECURITY_FORCES and not _SOLDIERS.search(words)


# the list after "including", up to the clause's verb: "including a policeman and a civilian"
_INCLUDING = re.compile(
    r"\b(?:including|among them)\b[^.;]*?(?=\s+(?:were|was|are|is|have|has|had|in|during|when"
    r"|after|as)\b|\s*--|\s*[—–]|[.;]|$)",
    re.IGNORECASE,
)

_SIDE_BY_SIDE = re.compile(
    r"\b(?:military|army|soldiers?|police) and (?:rebels?|guerr?illas?|insurgents?)"
    r"|\b(?:rebels?|guerr?illas?|insurgents?) and (?:military|army|soldiers?|police)\b",
    re.IGNORECASE,
)


def _mixed(text: str) -> bool:
    """A toll of both sides: "including soldiers, rebels and civilians", "military and rebel
    deaths"."""
    if _SIDE_BY_SIDE.search(text):
        return True
    part = _INCLUDING.search(text)
    return part is not None and bool(_FORCES.search(part.group()) and _REBELS.search(part.group()))


def _as_attackers(figure: Figure) -> Figure:
    if figure.who != Who.ARMED_GROUP or figure.kind not in (K.KILLED, K.INJURED):
        return figure
    return dataclasses.replace(figure, who=Who.ATTACKERS)
