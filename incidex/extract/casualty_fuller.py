"""A fuller count of the same victims: "the six Jesuit priests' murder ... massacred the six Jesuit
priests and two women" is 8 dead, the lead's six and the two women told with them.

A later figure that joins the headline's own count of the same people ("six Jesuit priests") to
others with "and" counts them all; the lead named only the best known of the dead. The others
count only where their words tell them victims ("two women", "a policeman"): "two children and
an adult male were found dead" may hold the killer of a murder-suicide.
"""

from __future__ import annotations

import re

from incidex.nlp import NUMBER
from incidex.schema import Figure, Who

# the count and the first word of whom it counts: "six jesuit [priests]", "10 workers"
_COUNT = re.compile(rf"(?P<n>{NUMBER})\s+(?P<who>[a-z][\w'’-]*)", re.IGNORECASE)


def _counted(figure: Figure) -> tuple[int, str] | None:
    """The value and the words of whom a figure's number counts, or None without a number."""
    if figure.evidence is None or figure.value is None:
        return None
    m = _COUNT.search(figure.evidence.text)
    if m is None:
        return None
    return figure.value, re.sub(r"['’]s?$", "", m.group("who").casefold())


def _inside(part: Figure, whole: Figure) -> bool:
    a, b = part.evidence, whole.evidence
    return a is not None and b is not None and b.start <= a.start and a.end <= b.end and a != b


def fuller(head: Figure, pool: list[Figure], figures: list[Figure]) -> Figure:
    """The later figure of `pool` that holds the headline's count of the same people as one part
    of a larger total (`figures`: all figures of the kind, parts included), else the headline."""
    said = _counted(head)
    if said is None or head.evidence is None:
        return head
    for later in pool:
        if (
            later.evidence is None
            or later.value is None
            or later.value <= said[0]
            or later.evidence.start < head.evidence.end
        ):
            continue
        parts = [p for p in figures if _inside(p, later)]
        same = [p for p in parts if _counted(p) == said]
        others = [p for p in parts if p not in same[:1]]
        victims = all(p.who in (Who.CIVILIANS, Who.SECURITY_FORCES) for p in others)
        if same and others and victims and sum(p.value or 0 for p in parts) == later.value:
            return later
    return head
