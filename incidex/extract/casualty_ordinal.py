"""Casualty ordinals: "a fourth victim" after a count of three is one more victim.

"Three people were shot outside the bar ... A fourth victim was grazed by a bullet": the count
stated first leaves out the one the ordinal adds. "The fourth victim, 24, was shot in the arm" (the
definite article) details one of those counted already, and so does an ordinal that does not come
right after the count (the dead count among the victims an ordinal numbers).
"""

from __future__ import annotations

import dataclasses
import re

from incidex.schema import Evidence, Figure, FigureKind

_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}

# "a fourth victim", "a third person", "a fifth man" (not "the fourth victim")
_NEXT = re.compile(
    rf"an?\s+(?P<nth>{'|'.join(_ORDINALS)})\s+(?:[\w-]+\s+)?"
    r"(?:victim|person|man|woman|boy|girl|teen|teenager|child|juvenile|male|female|bystander)\b",
    re.IGNORECASE,
)


def one_more(
    injured: Figure | None, killed: Figure | None, victims: list[Figure], text: str
) -> Figure | None:
    """The injured headline plus a later "a fourth victim was grazed" whose ordinal comes right
    after all the victims counted so far (the dead and the injured)."""
    if injured is None or not injured.value or injured.evidence is None:
        return injured
    counted = injured.value + (killed.value or 0 if killed is not None else 0)
    head = injured.evidence
    for f in victims:
        ev = f.evidence
        if f.kind != FigureKind.INJURED or f.value != 1 or ev is None or ev.start < head.end:
            continue
        m = _NEXT.match(ev.text)
        if m and _ORDINALS[m.group("nth").lower()] == counted + 1:
            evidence = Evidence(start=head.start, end=ev.end, text=text[head.start : ev.end])
            return dataclasses.replace(
                injured, value=injured.value + 1, low=None, high=None, evidence=evidence
            )
    return injured
