"""The attackers' own dead beside the victims' headline: a bare count right after them read as
theirs, told once, taken out of a total that counts them too, and a headline of no victims where
only they died.

The headline counts victims; the attackers' dead stay a figure of their own (`who: attackers`)
that GTD-style totals add. So a total that holds them ("the deaths of two policemen and one
militant") counts them twice unless they are taken out, and a story where an attacker's death by
his own hand is the only one told ("he detonated his vest, killing himself") tells no victim
dead: 0, not silence, beside the attackers' own figure.
"""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.casualty_combat import OWN_BOMB
from incidex.extract.casualty_who import OWN_BLAST
from incidex.schema import Figure, FigureKind, Qualifier, Scope, Who

K = FigureKind


def told_once(figures: list[Figure]) -> list[Figure]:
    """The figures without repeats: one reading of the same words found twice (the phrasings and
    the parse both read "One gunman was killed") counts those people once."""
    seen: set[tuple[object, ...]] = set()
    out: list[Figure] = []
    for f in figures:
        ev = f.evidence
        key = (f.kind, f.value, f.who, ev.start, ev.end) if ev else None
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        out.append(f)
    return out


# a count with no noun of its own right after the attackers are named as the object: "guards
# fired back at the gunmen, killing all four of them", "villagers chased the attackers, killing
# one" (the count is of them)
_AT_THEM = re.compile(
    r"\bthe (?:[\w-]+ )?(?:attackers|gunmen|assailants|militants|insurgents|hijackers"
    r"|kidnappers|bombers|raiders)\s*,\s*$",
    re.IGNORECASE,
)
_BARE_COUNT = re.compile(
    r"(?:killing|wounding|injuring)\s+(?:all\s+)?[\w-]+(?:\s+of\s+them)?", re.IGNORECASE
)


def of_the_attackers(figure: Figure, text: str) -> Figure:
    """The figure, read as the attackers' own where its bare count follows them as the object."""
    ev = figure.evidence
    if figure.who != Who.UNKNOWN or ev is None or not _BARE_COUNT.fullmatch(ev.text):
        return figure
    if not _AT_THEM.search(text, max(0, ev.start - 80), ev.start):
        return figure
    return dataclasses.replace(figure, who=Who.ATTACKERS)


def _inside(part: Figure, whole: Figure) -> bool:
    a, b = part.evidence, whole.evidence
    return (
        a is not None
        and b is not None
        and b.start <= a.start
        and a.end <= b.end
        and (a.start, a.end) != (b.start, b.end)
    )


def without_attackers(figures: list[Figure]) -> list[Figure]:
    """The figures with a total that holds the attackers' own dead or wounded in its words ("two
    policemen and one militant" killed: 3) counting the others only (2); the attackers' figure
    stays apart, so a GTD-style total still adds them back. Only a total that is the sum of the
    parts read in it: "killing himself and two others" counts the others alone (2)."""
    return [_others_only(f, _parts_of(f, figures)) for f in figures]


def _others_only(total: Figure, parts: list[Figure]) -> Figure:
    taken = sum(g.value or 0 for g in parts if g.who == Who.ATTACKERS)
    summed = sum(g.value or 0 for g in parts) == total.value
    if total.who == Who.ATTACKERS or not total.value or not taken or not summed:
        return total
    if total.value <= taken:
        return total
    return dataclasses.replace(total, value=total.value - taken, low=None, high=None)


def _parts_of(whole: Figure, figures: list[Figure]) -> list[Figure]:
    """The counted figures of the same kind in a figure's words, not inside one another."""
    inside = [f for f in figures if f.kind == whole.kind and f.value and _inside(f, whole)]
    return [f for f in inside if not any(_inside(f, g) for g in inside)]


# an attacker's death by his own hand: "killing himself", "blew herself up", "detonated his
# explosive belt" (not an inferred "suicide bomber", whose attack may have been foiled, nor an
# attacker shot by the police, whom summaries count among the dead or not, with no word to tell
# which)
_BY_OWN_HAND = re.compile(r"\b(?:himself|herself|themselves)\b", re.IGNORECASE)

# ... unless they were shot making the attack, which their deaths stopped: "killed two insurgents
# who were in the process of planting a bomb", "were killed when they tried to storm the gate"
# (the story of an attack foiled, whose only dead are the attackers)
_IN_THE_ACT = re.compile(
    r"[^.;!?]{0,80}?\b(?:(?:tried|trying|attempted|attempting|about)\s+to"
    r"|in\s+the\s+(?:process|act)\s+of|while|as\s+(?:he|she|they)\s+(?:was|were))\s+"
    r"(?:plant|plac|lay|detonat|set\s+off|setting\s+off|blow|attack|approach|storm|infiltrat"
    r"|ambush|throw|hurl|launch)\w*",
    re.IGNORECASE,
)


# ... or told as the attack foiled before their deaths, in the same sentence: "troops foiled a
# bombing, shooting dead two of the attackers"
_FOILED = re.compile(
    r"\b(?:foiled|thwarted|repulsed|repelled|foiling|thwarting|repulsing|repelling)\b[^.;!?]*$",
    re.IGNORECASE,
)


def _foiled(start: int, text: str) -> bool:
    return _FOILED.search(text, max(0, start - 200), start) is not None


def _in_the_act(start: int, end: int, text: str) -> bool:
    """Whether the attackers' deaths told at `start`-`end` stopped them as they attacked: not
    their own bomb going off in their hands, a mishap ("killed by a grenade he was trying to
    throw"), where no one stopped them."""
    act = _IN_THE_ACT.match(text, end)
    return act is not None and not OWN_BOMB.search(" ".join(text[start : act.end()].split()))


def no_victims(
    head: Figure | None,
    figures: list[Figure],
    fallen: list[Figure],
    kind: FigureKind,
    text: str = "",
) -> Figure | None:
    """The headline of a kind, or, where no victim's figure was read but an attacker's death by
    his own hand or in the act of attacking (or of an attack told foiled) was (`text`: the
    article), and no fighter of either side fell, a headline of no victims: 0, told in the
    attackers' words."""
    if head is not None or any(f.kind == kind and f.value for f in fallen):
        return head
    own = [
        f
        for f in _their_own(figures, kind)
        if f.evidence is not None
        and (
            _BY_OWN_HAND.search(f.evidence.text)
            or OWN_BLAST.search(f.evidence.text)
            or _in_the_act(f.evidence.start, f.evidence.end, text)
            or _foiled(f.evidence.start, text)
        )
    ]
    return _none_told(kind, own)


def no_victims_hurt(
    head: Figure | None, killed: Figure | None, figures: list[Figure], fallen: list[Figure]
) -> Figure | None:
    """The injured headline, or, where the only dead are the attackers by their own hand or in
    the act (`killed` is `no_victims`' 0) and the only hurt told are attackers too ("blew himself
    up early; his accomplice was injured"), a headline of no victims hurt: 0, as for the dead."""
    if head is not None or killed is None or killed.value != 0 or killed.evidence is None:
        return head
    if any(f.kind == FigureKind.INJURED and f.value for f in fallen):
        return None
    return _none_told(FigureKind.INJURED, _their_own(figures, FigureKind.INJURED))


def _their_own(figures: list[Figure], kind: FigureKind) -> list[Figure]:
    """The attackers' own figures of a kind, of this incident and with evidence."""
    return [
        f
        for f in figures
        if f.kind == kind
        and f.who == Who.ATTACKERS
        and f.value
        and f.scope == Scope.INCIDENT
        and f.evidence
    ]


def _none_told(kind: FigureKind, own: list[Figure]) -> Figure | None:
    """A headline of no victims (0), told in the words of the attackers' own first figure."""
    if not own:
        return None
    return Figure(kind=kind, value=0, qualifier=Qualifier.EXACT, evidence=own[0].evidence)
