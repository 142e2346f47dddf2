"""The working analysis: the record the extraction stages read from and fill, one field each.

Stages never import each other; they talk only through this record. Per-event fields are tuples
aligned with `frames` (index i describes frame i).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from incidex.schema import (
    Actor,
    Article,
    EventDate,
    EventType,
    Evidence,
    Figure,
    Outcome,
    Place,
    Reaction,
    Role,
    Source,
    Target,
    Weapon,
)
from incidex.settings import Settings


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """A sentence of the article: its offsets and its text (a slice of the article text)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A named entity the model found: its offsets in the article text and its label."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Frame:
    """One event the article speaks of, before its fields are extracted: which sentences tell it."""

    role: Role
    type: EventType
    sentences: tuple[int, ...]  # indexes into Analysis.sentences, in text order
    triggers: tuple[Evidence, ...] = ()
    outcome: Outcome = Outcome.COMPLETED
    suicide: bool | None = None
    count: int | None = None
    weapons: tuple[Weapon, ...] = ()
    year: int | None = None  # the year a background event is placed in by its own words
    follow_up: bool = False  # the earlier incident a story about its trial follows up
    score: float = 0.0  # how strongly the trigger words establish the event


@dataclass(frozen=True, slots=True, kw_only=True)
class Perpetration:
    """Who did an event, and whether anyone claimed it."""

    actors: tuple[Actor, ...] = ()
    claimed: bool | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Casualties:
    """Every figure a frame states, and the headline killed/injured chosen by policy."""

    figures: tuple[Figure, ...] = ()
    killed: Figure | None = None
    injured: Figure | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Analysis:
    """Everything known about one article so far; `None` means the stage has not run."""

    article: Article
    settings: Settings
    doc: Any = None  # spacy Doc over nlp.model_text(article.text)
    published: date | None = None
    sentences: tuple[Sentence, ...] | None = None
    entities: tuple[Entity, ...] | None = None  # in text order
    frames: tuple[Frame, ...] | None = None
    relevant: bool | None = None
    dates: tuple[EventDate | None, ...] | None = None
    places: tuple[Place, ...] | None = None
    locations: tuple[Place | None, ...] | None = None
    figures: tuple[Casualties, ...] | None = None
    perpetrators: tuple[Perpetration, ...] | None = None
    targets: tuple[tuple[Target, ...], ...] | None = None
    sources: tuple[tuple[Source, ...], ...] | None = None
    reactions: tuple[tuple[Reaction, ...], ...] | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        return self.article.text


def frame_text(analysis: Analysis, frame: Frame) -> list[Sentence]:
    """The sentences that tell `frame`, in text order."""
    assert analysis.sentences is not None
    return [analysis.sentences[i] for i in frame.sentences]


def tells(sentence: Sentence, frame: Frame) -> bool:
    """True when one of the frame's trigger words stands in the sentence."""
    return any(sentence.start <= t.start < sentence.end for t in frame.triggers)


def trigger_sentences(analysis: Analysis, frame: Frame) -> list[Sentence]:
    """The frame's sentences that hold one of its trigger words, in text order."""
    return [s for s in frame_text(analysis, frame) if tells(s, frame)]


def entities_in(analysis: Analysis, start: int, end: int, labels: tuple[str, ...]) -> list[Entity]:
    """The entities with one of `labels` that lie within [start, end), in text order."""
    ents = analysis.entities or ()
    i = bisect.bisect_left(ents, start, key=lambda e: e.start)
    found = []
    while i < len(ents) and ents[i].start < end:
        if ents[i].end <= end and ents[i].label in labels:
            found.append(ents[i])
        i += 1
    return found


def evidence(text: str, start: int, end: int) -> Evidence:
    """Evidence for text[start:end], trimmed of surrounding whitespace and punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return Evidence(start=start, end=end, text=text[start:end])


def sentence_evidence(sentence: Sentence) -> Evidence:
    """Evidence spanning a whole sentence, without its surrounding whitespace."""
    text = sentence.text
    lead, trail = len(text) - len(text.lstrip()), len(text) - len(text.rstrip())
    return Evidence(start=sentence.start + lead, end=sentence.end - trail, text=text.strip())


def finditer(pattern: re.Pattern[str], sentence: Sentence) -> list[tuple[re.Match[str], int]]:
    """Matches of `pattern` in a sentence with the sentence's offset, for article-level spans."""
    return [(m, sentence.start) for m in pattern.finditer(sentence.text)]
