"""Combatants' tolls: the fighters who fell in a clash, and the attackers' own dead.

Soldiers and rebels killed "in the fighting" are combatants, not the victims a headline counts
(MUC-style codings count human targets); an armed group's dead in an attack it carried out are
its attackers, kept apart so that GTD-style totals can add them.
"""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.analysis import Sentence
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
    figures: list[Figure], sentence: Sentence, event: EventType
) -> tuple[list[Figure], list[Figure]]:
    """The sentence's figures with an armed group's dead in its own attack read as the attackers,
    and apart, those that count combatants fallen in a fight (no victims' headline): soldiers and
    rebels, and tolls that count both sides ("including soldiers, rebels and civilians")."""
    flat = " ".join(sentence.text.split())  # wire text breaks lines mid-phrase
    fight = _COMBAT.search(flat) is not None
    mixed = _mixed(flat)
    if not fight and not mixed:
        return (
            [_as_attackers(f) for f in figures] if event != EventType.ARMED_CLASH else figures
        ), []
    # in a fight, a count of people between the sides named is theirs: "it cost the army 29 dead"
    both = mixed or bool(_FORCES.search(flat) and _REBELS.search(flat))
    sides = (Who.SECURITY_FORCES, Who.ARMED_GROUP) if fight else ()
    fallen = [f for f in figures if f.who in sides or (both and f.who == Who.UNKNOWN)]
    return figures, fallen


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
