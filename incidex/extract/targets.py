"""Targets: whom or what each event struck, in categories close to GTD's target types."""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.analysis import Analysis, Frame, evidence, trigger_sentences
from incidex.extract.lexicon import TARGETS, spaced
from incidex.schema import Target

MAX_TARGETS = 3  # the first few distinct categories describe an attack; more is noise

# A word that names who tells or handles the event, not whom it struck: "police said", "police
# sources reported", "according to officials", "police are investigating", "police arrested two".
_TELLS_AFTER = re.compile(
    spaced(
        r"^(?:'s?)?\W{0,2}(?:[\w-]+ ){0,2}?(?:said|say|says|reported|report|told|tell|stated"
        r"|announced|confirmed|added|sources?|spokes(?:man|woman|person)|statements?"
        r"|(?:are|were|is|was) investigating|investigat\w+|arrested|detained|believed?"
        r"|suspect(?:s|ed)?|identified|responded|cordoned)\b"
    ),
    re.IGNORECASE,
)
_TELLS_BEFORE = re.compile(
    spaced(r"\b(?:according to|(?:told|informed|reported to|quoted by)) (?:the )?(?:[\w-]+ )?$"),
    re.IGNORECASE,
)
_NEAR = 40  # characters read around a target word for a sign that it tells rather than suffers


def run(analysis: Analysis) -> Analysis:
    """The analysis with each frame's targets."""
    out = tuple(_frame(analysis, f) for f in analysis.frames or ())
    return dataclasses.replace(analysis, targets=out)


def _frame(analysis: Analysis, frame: Frame) -> tuple[Target, ...]:
    """Targets named in the frame's trigger sentences, one per category, in text order; a word
    that only names the source or the investigators ("police said") is no target."""
    found: dict[str, Target] = {}
    for sentence in trigger_sentences(analysis, frame):
        text = sentence.text
        hits = [(m.start(), -m.end(), m, cat) for rx, cat in TARGETS for m in rx.finditer(text)]
        covered = 0  # the end of the longest word read so far: "police station" is one target
        for _, _, m, category in sorted(hits, key=lambda h: h[:2]):
            inside, covered = m.start() < covered, max(covered, m.end())
            if inside or category in found or _tells(text, m):
                continue
            ev = evidence(analysis.text, sentence.start + m.start(), sentence.start + m.end())
            found[category] = Target(text=m.group(0), category=category, evidence=ev)
    return tuple(found.values())[:MAX_TARGETS]


def _tells(text: str, m: re.Match[str]) -> bool:
    return bool(
        _TELLS_AFTER.search(text[m.end() : m.end() + _NEAR])
        or _TELLS_BEFORE.search(text[max(0, m.start() - _NEAR) : m.start()])
    )
