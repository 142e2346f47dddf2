"""Casualties aboard: everyone on board a craft that none survived is dead.

"A jet with 88 persons aboard crashed into the sea after a bomb exploded ... There were no
survivors": 88 dead, though no verb of harm counts them.
"""

from __future__ import annotations

import re

from incidex.extract.analysis import Sentence
from incidex.nlp import NUMBER, parse_number
from incidex.schema import Evidence, Figure, FigureKind, Qualifier

K = FigureKind

# "with 88 persons aboard", "114 people were on board the plane", "carrying 46 passengers and crew"
_ON_BOARD = r"(?:people|persons|passengers|occupants|souls)(?:\s+and\s+crew(?:\s+members)?)?"
_ABOARD = re.compile(
    rf"\b(?:(?P<n>{NUMBER})\s+{_ON_BOARD}\s+(?:were\s+)?(?:aboard|on\s+board)"
    rf"|carrying\s+(?P<m>{NUMBER})\s+{_ON_BOARD})\b",
    re.IGNORECASE,
)

# "There were no survivors", "no one survived", "none of those on board survived"
_NONE_SURVIVED = re.compile(
    r"\b(?:there\s+were\s+no\s+survivors|(?:no\s+one|nobody|none)(?:\s+of\s+(?:them|those"
    r"(?:\s+on\s+board|\s+aboard)?|the\s+(?:passengers|occupants)))?\s+survived)\b",
    re.IGNORECASE,
)


def all_aboard(sentences: list[Sentence], figures: list[Figure], text: str) -> list[Figure]:
    """The dead where the sentences count those on board and then tell that none survived, and
    no other count of the dead is read: all of them, told from the count to the words (`text`:
    the article)."""
    if any(f.kind == K.KILLED and f.value for f in figures):
        return []
    counts: list[tuple[int, re.Match[str]]] = []
    for sentence in sentences:
        counts += [(sentence.start, m) for m in _ABOARD.finditer(sentence.text)]
        none = _NONE_SURVIVED.search(sentence.text)
        if none is None or not counts:
            continue
        offset, m = counts[-1]
        value = parse_number(m.group("n") or m.group("m"))
        start, end = offset + m.start(), sentence.start + none.end()
        if not value or end - start > _REACH:
            return []
        ev = Evidence(start=start, end=end, text=text[start:end])
        return [Figure(kind=K.KILLED, value=value, qualifier=Qualifier.EXACT, evidence=ev)]
    return []


_REACH = 400  # the count of those on board is told in the sentences right before
