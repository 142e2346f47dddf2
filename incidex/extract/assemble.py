"""Assembly: the ArticleReport made from a finished analysis (the last step of extraction)."""

from __future__ import annotations

from typing import TypeVar

from incidex.extract.analysis import (
    Analysis,
    Casualties,
    Frame,
    Perpetration,
    sentence_evidence,
    trigger_sentences,
)
from incidex.schema import (
    ArticleReport,
    DateBasis,
    EventDate,
    EventMention,
    Evidence,
    Place,
    PlacePrecision,
    Role,
)

T = TypeVar("T")
MAX_EVIDENCE = 3  # sentences that establish an event: the trigger sentences of the lead


def report(analysis: Analysis) -> ArticleReport:
    """The report of an analysed article: its events (none if not relevant) and its places."""
    events: tuple[EventMention, ...] = ()
    if analysis.relevant:
        events = tuple(_event(analysis, i, f) for i, f in enumerate(analysis.frames or ()))
    return ArticleReport(article=analysis.article, events=events, places=analysis.places or ())


def _event(analysis: Analysis, i: int, frame: Frame) -> EventMention:
    figures = _at(analysis.figures, i) or Casualties()
    perp = _at(analysis.perpetrators, i) or Perpetration()
    date = _at(analysis.dates, i)
    place = _at(analysis.locations, i)
    return EventMention(
        id=f"{analysis.article.id}#{i}",
        role=frame.role,
        type=frame.type,
        outcome=frame.outcome,
        suicide=frame.suicide,
        count=frame.count,
        date=date,
        place=place,
        killed=figures.killed,
        injured=figures.injured,
        casualties=figures.figures,
        perpetrators=perp.actors,
        claimed=perp.claimed,
        targets=_at(analysis.targets, i) or (),
        weapons=frame.weapons,
        sources=_at(analysis.sources, i) or (),
        reactions=_at(analysis.reactions, i) or (),
        evidence=_evidence(analysis, frame),
        confidence=confidence(frame, date, place, figures),
    )


def _at(values: tuple[T, ...] | None, i: int) -> T | None:
    return values[i] if values is not None and i < len(values) else None


def _evidence(analysis: Analysis, frame: Frame) -> tuple[Evidence, ...]:
    triggered = trigger_sentences(analysis, frame)
    return tuple(sentence_evidence(s) for s in triggered[:MAX_EVIDENCE])


def confidence(
    frame: Frame, date: EventDate | None, place: Place | None, figures: Casualties
) -> float:
    """A 0-1 score from how much of the event the text pins down (calibration: see the notes)."""
    score = 0.35 + min(frame.score, 10.0) * 0.03
    if place is not None and place.precision in (PlacePrecision.CITY, PlacePrecision.POINT):
        score += 0.15
    elif place is not None:
        score += 0.05
    if date is not None and date.basis != DateBasis.PUBLICATION:
        score += 0.1
    if figures.killed is not None or figures.injured is not None:
        score += 0.1
    if frame.role == Role.BACKGROUND:
        score -= 0.1
    return round(min(score, 0.95), 2)
