"""Casualty care: the hurt told by the hospital a shooting sent them to.

"a shooting at a bar sent 4 people to the hospital", "Shooting lands four men in hospital",
"the crash put two officers in the hospital": that many hospitalised; and those taken there only
for shock ("was taken to the hospital and treated for shock"), who were not hurt.
"""

from __future__ import annotations

import re

from incidex.extract.casualty_numbers import span_evidence
from incidex.nlp import NUMBER, parse_number
from incidex.schema import Figure, FigureKind

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
