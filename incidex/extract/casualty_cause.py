"""Casualty causes: a death told with a cause that is no attack is no victim's of the event.

"People were gathered for the funeral of Brandon Porraz ... Porraz was killed in a high-speed
motorcycle accident": a road accident, an illness or an overdose killed him, not the shooting the
story reports. A shooting or hunting accident is a shooting, and stays.
"""

from __future__ import annotations

import re

from incidex.schema import Figure, FigureKind

# right after the words of a death: its cause, when it is no violence
_OTHER_CAUSE = re.compile(
    r"\s+(?:later\s+)?(?:"
    r"in\s+(?:an?|the)\s+(?:(?!shooting|hunting|gun|firearm)[\w-]+\s+){0,3}?"
    r"(?:accident|(?:car|traffic|motorcycle|vehicle|road|auto|truck)\s+(?:crash|collision|wreck)"
    r"|(?:crash|collision)\s+with\s+(?:an?|the)\s+(?:car|truck|vehicle|train|bus))"
    r"|of\s+(?:an?\s+|the\s+)?(?:heart\s+attack|natural\s+causes|cancer|(?:apparent\s+)?"
    r"(?:drug\s+)?overdose|illness|disease|stroke))\b",
    re.IGNORECASE,
)


def other_cause(figure: Figure, text: str) -> bool:
    """Whether a death's words in `text` (the whole article) go on with a cause that is no
    attack: "was killed in a car accident", "died of a heart attack"."""
    ev = figure.evidence
    return (
        figure.kind == FigureKind.KILLED
        and ev is not None
        and _OTHER_CAUSE.match(text, ev.end) is not None
    )
