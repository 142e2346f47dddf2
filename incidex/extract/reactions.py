"""Reactions: who condemned an event, vowed retaliation, called for accountability or mourned."""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.analysis import Analysis, Entity, Frame, entities_in, evidence, frame_text
from incidex.schema import Reaction

# (stance, cue): "condemned the attack", "vowed to avenge", "called for an investigation"
_STANCES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("condemned", re.compile(r"\b(?:condemn\w*|denounc\w*|deplor\w*)\b", re.IGNORECASE)),
    (
        "vowed_retaliation",
        re.compile(
            r"\b(?:vow\w* (?:to )?(?:revenge|retaliat\w*|aveng\w*"
            r"|a harsh response|to respond|to hunt)|promised revenge)",
            re.IGNORECASE,
        ),
    ),
    (
        "called_for_accountability",
        re.compile(
            r"\b(?:called for|demanded|urged) (?:an? )?"
            r"(?:investigation|inquiry|accountability|justice"
            r"|those responsible)",
            re.IGNORECASE,
        ),
    ),
    ("mourned", re.compile(r"\b(?:condolences|mourning|offered sympathy)\b", re.IGNORECASE)),
)
_ACTOR_LABELS = ("GPE", "ORG", "PERSON", "NORP")


def run(analysis: Analysis) -> Analysis:
    """The analysis with each frame's reactions (main frames only: history has no reactions)."""
    out = tuple(_frame(analysis, f) for f in analysis.frames or ())
    return dataclasses.replace(analysis, reactions=out)


def _frame(analysis: Analysis, frame: Frame) -> tuple[Reaction, ...]:
    if frame.role != "main" or analysis.doc is None:
        return ()
    found: list[Reaction] = []
    for sentence in frame_text(analysis, frame):
        for stance, rx in _STANCES:
            m = rx.search(sentence.text)
            if m:
                cue = sentence.start + m.start()
                found += _actors(analysis, sentence.start, cue, stance, sentence.end)
    return tuple(found)


def _actors(analysis: Analysis, start: int, cue: int, stance: str, end: int) -> list[Reaction]:
    """Reactions of each actor named before the cue ("Russia and Turkey condemned")."""
    ents = entities_in(analysis, start, cue, _ACTOR_LABELS)
    ev = evidence(analysis.text, start, end)
    return [
        Reaction(actor=name, stance=stance, evidence=ev) for name in _joined(analysis.text, ents)
    ]


_TITLES = re.compile(r"\s*(?:[A-Z][a-z]+\.?\s+){0,3}")  # "Borno Governor Babagana Zulum": one actor


def _joined(text: str, ents: list[Entity]) -> list[str]:
    """Entity names, with neighbours separated only by capitalised title words joined."""
    spans: list[tuple[int, int]] = []
    for ent in ents:
        if spans and _TITLES.fullmatch(text[spans[-1][1] : ent.start]):
            spans[-1] = (spans[-1][0], ent.end)
        else:
            spans.append((ent.start, ent.end))
    return [text[a:b] for a, b in spans]
