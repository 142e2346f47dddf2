"""Targets: whom or what each event struck, in categories close to GTD's target types."""

from __future__ import annotations

import dataclasses

from incidex.extract.analysis import Analysis, Frame, evidence, trigger_sentences
from incidex.extract.lexicon import TARGETS
from incidex.schema import Target

MAX_TARGETS = 3  # the first few distinct categories describe an attack; more is noise


def run(analysis: Analysis) -> Analysis:
    """The analysis with each frame's targets."""
    out = tuple(_frame(analysis, f) for f in analysis.frames or ())
    return dataclasses.replace(analysis, targets=out)


def _frame(analysis: Analysis, frame: Frame) -> tuple[Target, ...]:
    """Targets named in the frame's trigger sentences, one per category, in text order."""
    found: dict[str, Target] = {}
    for sentence in trigger_sentences(analysis, frame):
        hits = [(m.start(), m, cat) for rx, cat in TARGETS for m in rx.finditer(sentence.text)]
        for _, m, category in sorted(hits, key=lambda h: h[0]):
            if category not in found:
                ev = evidence(analysis.text, sentence.start + m.start(), sentence.start + m.end())
                found[category] = Target(text=m.group(0), category=category, evidence=ev)
    return tuple(found.values())[:MAX_TARGETS]
