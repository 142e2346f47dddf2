"""Casualty care: the hurt told by the hospital a shooting sent them to.

"a shooting at a bar sent 4 people to the hospital", "Shooting lands four men in hospital",
"the crash put two officers in the hospital": that many hospitalised; those taken there only
for shock ("was taken to the hospital and treated for shock"), who were not hurt; and the hurt
told right after the hospitalised as someone else ("two guards were hospitalized; the cook received
minor injuries": 3 hurt).
"""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.casualty_numbers import span_evidence
from incidex.nlp import NUMBER, parse_number
from incidex.schema import Evidence, Figure, FigureKind

K = FigureKind

# "sends 4 people to the hospital", "landed two teens in area hospitals"; not "sent 30 officers
# to the scene" (no hospital), nor "two more" (a number the phrase does not count)
_SENT = re.compile(
    r"\b(?:sends?|sent|sending|lands?|landed|landing|puts?|putting)\s+"
    rf"(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:to|in|into)\s+"
    r"(?:the\s+|an?\s+)?(?:area\s+|local\s+|nearby\s+)?(?:hospitals?|the\s+ER)\b",
    re.IGNORECASE,
)


def sent_to_hospital(text: str) -> list[Figure]:
    """The figures of those a sentence says were sent to hospital (see _SENT)."""
    out = []
    for m in _SENT.finditer(text):
        value = parse_number(m.group("n"))
        if value:
            ev = span_evidence(text, m.start(), m.end())
            out.append(Figure(kind=K.HOSPITALISED, value=value, evidence=ev))
    return out


# the care was for shock alone: "was taken to the hospital and treated for shock", "admitted to
# hospital suffering from shock" (not "for shock and cuts")
_SHOCK = re.compile(
    r"[^.;]{0,60}?\b(?:for|from|with|in)\s+(?:a\s+state\s+of\s+)?(?:[\w-]+\s+)?shock\b"
    r"(?!\s*(?:,|and|&)\s+(?:[\w-]+\s+)?(?:cuts|bruises|burns|injur\w*|wounds?|fractures?))",
    re.IGNORECASE,
)


def for_shock(figure: Figure, text: str) -> bool:
    """Whether those a figure counts taken to hospital were treated for shock only: no one hurt."""
    ev = figure.evidence
    return figure.kind == K.HOSPITALISED and ev is not None and bool(_SHOCK.match(text, ev.end))


# the hurt named as someone else than the hospitalised told before them: "the bus driver received
# minor injuries", "a passer-by was slightly hurt", "three others were injured", "another man was
# hurt" (not "the victims were injured" nor "one was injured": those hospitalised again)
_SOMEONE_ELSE = re.compile(
    r"(?:(?:the|a|an)\s+(?!(?:victims?|wounded|injured|total|number|two|three|four|five|same"
    r"|latter|former)\b)"
    r"(?:[\w-]+\s+){1,3}?(?:was|received|suffered|sustained)\b"
    rf"|(?:{NUMBER})\s+others\b|another\b)",
    re.IGNORECASE,
)

_APART_REACH = 150  # hurt told further after the hospitalised than this may be anyone


def besides_hospitalised(hurt: Figure | None, taken: Figure | None, text: str) -> Figure | None:
    """The hurt with the hospitalised told right before them added, where the hurt are named as
    someone else (see _SOMEONE_ELSE); one figure whose evidence runs over both."""
    if hurt is None or taken is None or not hurt.value or not taken.value:
        return hurt
    a, b = taken.evidence, hurt.evidence
    if a is None or b is None or not 0 <= b.start - a.end <= _APART_REACH:
        return hurt
    if not _SOMEONE_ELSE.match(b.text):
        return hurt
    ev = Evidence(start=a.start, end=b.end, text=text[a.start : b.end])
    value = hurt.value + taken.value
    return dataclasses.replace(hurt, value=value, low=None, high=None, evidence=ev)
