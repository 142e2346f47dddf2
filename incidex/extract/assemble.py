"""Assembly: the ArticleReport made from a finished analysis (the last step of extraction)."""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from incidex.extract.analysis import (
    Analysis,
    Casualties,
    Frame,
    Perpetration,
    sentence_evidence,
    trigger_sentences,
)
from incidex.extract.lexicon import rx
from incidex.nlp import is_shouting
from incidex.schema import (
    ArticleReport,
    DateBasis,
    EventDate,
    EventMention,
    EventType,
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
    frames = analysis.frames or ()
    if analysis.relevant:
        events = tuple(_event(analysis, i, f) for i, f in enumerate(frames))
    elif frames and all(f.role == Role.BACKGROUND for f in frames):
        # no current incident (commentary, a follow-up, a trial): a particular earlier incident
        # it cites (its own toll, or its own place and date) is history that merging can attach to
        cited = (_event(analysis, i, f) for i, f in enumerate(frames))
        events = tuple(
            e for e, f in zip(cited, frames, strict=True) if _particular(e, f, analysis.text)
        )
    article = analysis.article
    if article.published is None and analysis.published is not None:
        # the day read from the dateline or the page's own stamp, as the schema promises: the
        # store and the merging of reports need an article's day even when the record had none
        article = dataclasses.replace(article, published=analysis.published.isoformat())
    return ArticleReport(article=article, events=events, places=analysis.places or ())


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
        confidence=confidence(frame, date, place, figures, shouting=is_shouting(analysis.text)),
    )


def _particular(event: EventMention, frame: Frame, text: str) -> bool:
    """True for an event told with a toll of its own ("the murder of two judges", "no one was
    hurt") or its own victim ("the assassination of the general"), or with its own place and
    date; "the attacks of the drug barons" is none. The story's country, which an event naming
    no place takes, is no place of its own. The incident a trial story follows up is one, told
    in its lead: its place is enough (trials come months later, and their stories seldom repeat
    the day)."""
    dated = event.date is not None and event.date.basis != DateBasis.PUBLICATION
    # a vague toll ("hundreds were murdered", "the murder of several officials") sums many up
    tolled = any(f is not None and f.value is not None for f in (event.killed, event.injured))
    placed = event.place is not None and event.place.evidence is not None
    named = any(_VICTIM.match(text, t.end) for t in frame.triggers if _KILLING.fullmatch(t.text))
    return tolled or named or (placed and dated) or (frame.follow_up and placed)


# One killing of a particular victim: "the assassination of the general", "the murder in May of
# Senator Diaz", "the killing of the two brothers"; not a sum ("the murders of judges", "the
# massacre of peasants", "the murder of several officials", "the killing of children").
_KILLING = rx(r"assassination|murder|killing|massacre")
_VICTIM = rx(
    r"(?: in [a-z]+)? of (?!(?:[\w-]+ ){0,2}?(?:people|population|civilians|children|men|women"
    r"|several|many|some|numerous|various|dozens|hundreds|thousands)\b)"
    r"(?:(?:the|his|her|their|our) |(?![\w-]*s\b)(?![\w-]+ [\w-]*s\b))[\w-]+"
)


def _at(values: tuple[T, ...] | None, i: int) -> T | None:
    return values[i] if values is not None and i < len(values) else None


def _evidence(analysis: Analysis, frame: Frame) -> tuple[Evidence, ...]:
    triggered = trigger_sentences(analysis, frame)
    return tuple(sentence_evidence(s) for s in triggered[:MAX_EVIDENCE])


# Types whose trigger words decide less surely (an explosion may be an attack, a clash a raid),
# and which the development data shows right less often.
_UNSURE_TYPES = frozenset(
    {
        EventType.OTHER,
        EventType.EXPLOSION,
        EventType.ACCIDENT,
        EventType.ARMED_CLASH,
        EventType.HOSTAGE_TAKING,
    }
)


def confidence(
    frame: Frame,
    date: EventDate | None,
    place: Place | None,
    figures: Casualties,
    *,
    shouting: bool = False,
) -> float:
    """A 0-1 estimate that the event's type and place are right, from how much of it the text
    pins down. Calibrated on the development data (type and place right, per bin of confidence;
    tuned on one half, checked on the other): a place to the city, figures, strong trigger words
    raise it; upper-case transcripts, unsure types and background lower it."""
    score = 0.22 + min(frame.score, 10.0) * 0.012
    if place is not None and place.precision in (PlacePrecision.CITY, PlacePrecision.POINT):
        score += 0.4
    elif place is not None:
        score += 0.15
    if date is not None and date.basis != DateBasis.PUBLICATION:
        score += 0.03
    if figures.killed is not None or figures.injured is not None:
        score += 0.1
    if shouting:  # radio transcripts in capitals: names and types are read less surely
        score -= 0.15
    if frame.type in _UNSURE_TYPES:
        score -= 0.3
    if frame.role == Role.BACKGROUND:
        score -= 0.1
    return round(min(max(score, 0.05), 0.95), 2)
