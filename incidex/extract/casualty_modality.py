"""Casualty modality: whether a reading states harm done, and the wounds that then killed.

"It would have killed 5,000", "threatened to kill four", "if one were killed" suppose harm and
state none; "inflicted 27 casualties" and "were hurt or killed" count the dead and the wounded
together, neither alone; "was shot and later died" is a death, and "were kidnapped and killed" a
death too.
"""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.casualty_numbers import span_evidence
from incidex.schema import Figure, FigureKind

# a harm supposed or threatened: "would have killed", "will kill", "if one were" (not "could have
# been murdered by soldiers", which doubts who did it, not whether); or told of any time it may
# happen: "whenever a student is hurt", "any time one of ours is killed"
_SUPPOSED = re.compile(
    r"(?:\b(?:would|will|shall)\s+(?:not\s+)?(?:have\s+)?(?:been\s+)?|\bif\s+"
    r"|\b(?:whenever|any\s?time|every\s+time|each\s+time)\s+)$",
    re.IGNORECASE,
)

# "threatened to kill four hostages", not "similar to the killing of six" nor "managed to kill
# four", which states it done
_TO = re.compile(
    r"(?<!\bmanaged )(?<!\bmanaging )(?<!\bmanages )(?<!\bmanage )(?<!\bsucceeded )"
    r"(?<!\bwent on )(?<!\bproceeded )\bto\s+$",
    re.IGNORECASE,
)
_BARE_VERB = re.compile(
    r"(?:kill|wound|injure|hurt|harm|murder|execute|assassinate|behead|abduct|kidnap|shoot)\b",
    re.IGNORECASE,
)

# "two people would be killed": a modal among the words of whom the number counts (not "two
# would-be bombers", "two would be suicide bombers": attackers stopped, whose deaths are real)
_MODAL = re.compile(
    r"\b(?:would|will|shall)\b(?![- ]be\s+(?:[a-z]+\s+)?(?:bombers?|attackers?|assassins?"
    r"|hijackers?|kidnappers?|gunm[ae]n|infiltrators?|robbers?)\b)",
    re.IGNORECASE,
)

# a group's boast of its kills, told apart from the report's own count: "the Council claimed
# killing seven contractors", "claims to have killed 40 soldiers" (not "claimed responsibility
# for killing seven", which owns the attack the report counts)
_CLAIMED = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:to\s+have\s+)?$", re.IGNORECASE)

# "inflicted 27 casualties": the dead and the wounded together
_CASUALTIES = re.compile(r"\bcasualties$", re.IGNORECASE)

# ... so are "eight have been hurt or killed", "six were killed or wounded": either, not both
_OR_OTHER = re.compile(
    r"\s+(?:or|and/or)\s+(?:(?:been|were|was)\s+)?"
    r"(?:killed|dead|died|slain|wounded|injured|hurt)\b",
    re.IGNORECASE,
)

# "was shot and later died", "were wounded, and one died": the wound that killed
_THEN_DIED = re.compile(
    r"\s*,?\s*(?:and|who)\s+(?:(?:later|subsequently|then|also|both)\s+)*"
    r"(?:died|succumbed|(?:was|were) (?:pronounced|declared) dead)\b",
    re.IGNORECASE,
)


def stated(text: str, start: int, end: int, who: str) -> bool:
    """True when the reading in text[start:end] states harm done to people it counts."""
    if _SUPPOSED.search(text, 0, start) or _MODAL.search(who) or _CLAIMED.search(text, 0, start):
        return False
    if _TO.search(text, 0, start) and _BARE_VERB.match(text, start):
        return False
    if _OR_OTHER.match(text, end):
        return False
    return _CASUALTIES.search(text, start, end) is None


def then_died(text: str, end: int) -> int | None:
    """Where "and later died" ends, right after a reading of the wounded that ends at `end`."""
    died = _THEN_DIED.match(text, end)
    return died.end() if died else None


# "were kidnapped and killed", "abducted, tortured and beheaded": the taken were then killed
_THEN_KILLED = re.compile(
    r"(?:\s+(?:from|in|at|near|outside|on)\s+[^,.;]{1,40}?(?=,|\s+and\b))?"  # "from their village"
    r"(?:\s*,?\s*(?:tortured|beaten|robbed|raped|mutilated))*\s*,?\s*and\s+(?:later\s+|then\s+)?"
    r"(?:killed|murdered|executed|beheaded|decapitated|shot dead|shot to death|slain)\b",
    re.IGNORECASE,
)


def killed_after(figure: Figure, text: str) -> Figure | None:
    """The dead among a count of people taken whose verb goes on "and killed", or None."""
    ev = figure.evidence
    if figure.kind != FigureKind.KIDNAPPED or not figure.value or ev is None:
        return None
    killed = _THEN_KILLED.match(text, ev.end)
    if killed is None:
        return None
    evidence = span_evidence(text, ev.start, killed.end())
    return dataclasses.replace(figure, kind=FigureKind.KILLED, evidence=evidence)
