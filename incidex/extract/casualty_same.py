"""Casualty sameness: one wounded and one dead told with the same words are one victim.

"The woman suffered a gunshot wound to the chest ... the woman was pronounced dead at the
hospital"; "A 16-year-old boy was critically wounded ... A 16-year-old boy who was critically
wounded on Friday died": the wounded one is the death, not someone hurt beside it.
"""

from __future__ import annotations

import dataclasses
import re

from incidex.schema import Figure, FigureKind, Qualifier

# the words naming whom a figure counts, before its verb: "the woman", "a 16-year-old boy"
_SUBJECT = re.compile(
    r"(?P<det>a|an|the)\s+(?P<who>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:who\s+|that\s+)?(?:was|were|is|has|had|suffered|sustained|received|remains|died)\b",
    re.IGNORECASE,
)


def _subject(figure: Figure, *, within: bool = False) -> tuple[str, str] | None:
    """Whom the figure's words name first; `within`: anywhere in them ("a hospital, where the
    woman was pronounced dead")."""
    text = figure.evidence.text if figure.evidence else ""
    m = _SUBJECT.search(text) if within else _SUBJECT.match(text)
    return (m.group("det").lower(), m.group("who").lower()) if m else None


def same_one(injured: Figure | None, killed: Figure | None, figures: list[Figure]) -> Figure | None:
    """No one injured where the one wounded is named as a dead one is: the same words, with an
    age ("a 16-year-old boy") or told again as "the woman"."""
    if injured is None or injured.value != 1 or killed is None or killed.value != 1:
        return injured
    hurt = _subject(injured)
    if hurt is None:
        return injured
    for f in figures:
        dead = _subject(f, within=True) if f.kind == FigureKind.KILLED and f.value == 1 else None
        if (
            dead
            and dead[1] == hurt[1]
            and ("the" in (dead[0], hurt[0]) or re.search(r"\d", hurt[1]))
        ):
            return dataclasses.replace(
                injured, value=0, low=None, high=None, qualifier=Qualifier.EXACT
            )
    return injured
