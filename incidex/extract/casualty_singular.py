"""Casualty verbs in the singular: "... was killed" is one person dead, whoever the parse finds.

In upper-case wire text the parser reads a lower-cased copy and often loses the subject of a
verb ("according to reports, jose ernesto vasquez, 72, who was working at the gas station at the
time of the explosion, was killed"); the singular verb still says how many: one. Read only where
no other reading covers the verb.
"""

from __future__ import annotations

import re

from incidex.extract.analysis import Sentence
from incidex.extract.casualty_numbers import span_evidence
from incidex.extract.casualty_who import who_of
from incidex.extract.casualty_words import ADVERBS, kind_of
from incidex.schema import Evidence, Figure

# "WAS KILLED", "HAS BEEN MURDERED", "WAS GUNNED DOWN", "WAS SERIOUSLY WOUNDED" (not "WAS NOT
# HURT")
_WAS = re.compile(
    rf"\b(?:was|has\s+been|had\s+been)\s+{ADVERBS}"
    r"(?P<verb>killed|murdered|assassinated|slain|executed|beheaded|shot\s+dead|shot\s+to\s+death"
    r"|gunned\s+down|stabbed\s+to\s+death|wounded|injured)\b",
    re.IGNORECASE,
)

# the clause before the verb, back to a sentence or clause mark: who it was
_CLAUSE = re.compile(r"[^.;:!?\"\[\]]{0,160}$")

# not one person: no one, someone described anew ("a man who was killed in 1985"), a supposition
_NOT_ONE = re.compile(
    r"(?:\b(?:no\s+one|nobody|none|neither|no\s+\w+|it|which|that|who|whom|whether|if"
    r"|would\s+have|could\s+have|might\s+have|may\s+have|must\s+have)\s*$)",
    re.IGNORECASE,
)


def singular_harm(sentence: Sentence, found: list[Figure]) -> list[Figure]:
    """One person killed or hurt for each "was killed" no figure in `found` covers."""
    out: list[Figure] = []
    for m in _WAS.finditer(sentence.text):
        at = sentence.start + m.start("verb")
        if any(f.evidence and f.evidence.start <= at < f.evidence.end for f in found):
            continue
        before = sentence.text[: m.start()]
        if _NOT_ONE.search(before.rstrip(" ,\n")):
            continue
        clause = _CLAUSE.search(before)
        start = clause.start() if clause else m.start()
        while start < m.start() and not sentence.text[start].isalnum():
            start += 1
        who = sentence.text[start : m.start()].strip()
        ev = span_evidence(sentence.text, start, m.end())
        ev = Evidence(start=ev.start + sentence.start, end=ev.end + sentence.start, text=ev.text)
        kind = kind_of(" ".join(m.group("verb").split()))
        out.append(Figure(kind=kind, value=1, who=who_of(who), who_text=who or None, evidence=ev))
    return out
