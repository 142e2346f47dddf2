"""An incident's record from the mentions merged into it: type, date and place by agreement, the
headline figures by policy, every figure statement as history, and conflicts left visible.
Analysts' corrections are applied last and win."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from incidex.schema import (
    GTD_PRECEDENCE,
    Actor,
    ActorStatus,
    Correction,
    DateBasis,
    EventDate,
    EventMention,
    EventType,
    Figure,
    FigureKind,
    FigureStatement,
    Incident,
    Outcome,
    Place,
    PlacePrecision,
    Qualifier,
    ReportRef,
    Scope,
    Who,
)

_PRECISION_RANK = {
    PlacePrecision.POINT: 0,
    PlacePrecision.CITY: 1,
    PlacePrecision.ADMIN2: 2,
    PlacePrecision.ADMIN1: 3,
    PlacePrecision.COUNTRY: 4,
}
_STATUS_RANK = {  # the strongest statement about an actor wins
    ActorStatus.CLAIMED: 0,
    ActorStatus.ACCUSED: 1,
    ActorStatus.SUSPECTED: 2,
    ActorStatus.DENIED: 3,
    ActorStatus.REPORTED: 4,
}
CORRECTABLE = ("killed", "injured", "type", "date", "claimed", "outcome", "place", "country")


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """One article's part in an incident, with the mention it contributed (None for an article
    that only cites the incident or repeats another's story)."""

    ref: ReportRef
    mention: EventMention | None


def summarise(
    incident_id: int,
    reports: Sequence[Report],
    corrections: Sequence[Correction] = (),
    *,
    policy: str = "latest",
) -> Incident:
    """The incident record; `policy` chooses headline figures (latest | conservative | highest)."""
    ordered = sorted(reports, key=lambda r: (r.ref.published or "", r.ref.article_id))
    mains = [r for r in ordered if r.mention is not None and r.ref.role == "main"]
    mentions = [r.mention for r in mains if r.mention is not None]
    statements = tuple(
        FigureStatement(article_id=r.ref.article_id, published=r.ref.published, figure=f)
        for r in mains
        if r.mention is not None
        for f in r.mention.casualties
    )
    killed, killed_conflict = _headline(mains, "killed", policy)
    injured, injured_conflict = _headline(mains, "injured", policy)
    published = [r.ref.published for r in ordered if r.ref.published]
    incident = Incident(
        id=incident_id,
        type=_type(mentions),
        outcome=_outcome(mentions),
        suicide=True if any(m.suicide for m in mentions) else None,
        date=_date(mentions),
        place=_place(mentions),
        killed=killed,
        injured=injured,
        perpetrators=_actors(mentions),
        claimed=_claimed(mentions),
        weapons=tuple(sorted({w for m in mentions for w in m.weapons})),
        targets=tuple({t.text.lower(): t for m in mentions for t in m.targets}.values())[:10],
        figures=statements,
        conflicts=tuple(c for c in (killed_conflict, injured_conflict) if c),
        reports=tuple(r.ref for r in ordered),
        corrections=tuple(corrections),
        first_reported=min(published) if published else None,
        last_reported=max(published) if published else None,
    )
    for correction in corrections:
        incident = apply_correction(incident, correction)
    return incident


def _headline(mains: Sequence[Report], kind: str, policy: str) -> tuple[Figure | None, str]:
    stated: list[tuple[Report, Figure]] = []
    for r in mains:
        figure = getattr(r.mention, kind)
        if figure is not None and figure.scope is Scope.INCIDENT:
            stated.append((r, figure))
    if not stated:
        return None, ""
    numbered = [(r, f) for r, f in stated if f.value is not None] or stated
    if policy == "conservative":
        chosen = min(numbered, key=lambda rf: _size(rf[1]))
    elif policy == "highest":
        chosen = max(numbered, key=lambda rf: _size(rf[1]))
    else:  # latest: the most recently published report's figure
        chosen = numbered[-1]
    values = Counter(_size(f) for _, f in numbered)
    conflict = ""
    if len(values) > 1:
        parts = [f"{_size(f)} ({r.ref.outlet or r.ref.article_id})" for r, f in numbered]
        conflict = f"{kind}: " + ", ".join(dict.fromkeys(parts))
    return chosen[1], conflict


def _size(figure: Figure) -> int:
    return figure.value if figure.value is not None else (figure.low or 0)


def _type(mentions: Sequence[EventMention]) -> EventType:
    if not mentions:
        return EventType.OTHER
    votes = Counter(m.type for m in mentions)
    top = max(votes.values())
    tied = [t for t, n in votes.items() if n == top]
    for kind in GTD_PRECEDENCE:
        if kind in tied:
            return kind
    return tied[0]


def _outcome(mentions: Sequence[EventMention]) -> Outcome:
    votes = Counter(m.outcome for m in mentions)
    return votes.most_common(1)[0][0] if votes else Outcome.COMPLETED


def _date(mentions: Sequence[EventMention]) -> EventDate | None:
    dates = [m.date for m in mentions if m.date is not None]
    told = [d for d in dates if d.basis is not DateBasis.PUBLICATION]
    if told:
        votes = Counter(d.value for d in told)
        top = max(votes.values())
        day = min(v for v, n in votes.items() if n == top)
        return next(d for d in told if d.value == day)
    return min(dates, key=lambda d: d.value) if dates else None


def _place(mentions: Sequence[EventMention]) -> Place | None:
    places = [m.place for m in mentions if m.place is not None and m.place.lat is not None]
    if not places:
        return next((m.place for m in mentions if m.place is not None), None)
    best = min(_PRECISION_RANK.get(p.precision, 5) if p.precision else 5 for p in places)
    finest = [
        p for p in places if (_PRECISION_RANK.get(p.precision, 5) if p.precision else 5) == best
    ]
    votes = Counter(p.gazetteer_id or p.name for p in finest)
    key = votes.most_common(1)[0][0]
    return next(p for p in finest if (p.gazetteer_id or p.name) == key)


def _actors(mentions: Sequence[EventMention]) -> tuple[Actor, ...]:
    best: dict[str, Actor] = {}
    for m in mentions:
        for actor in m.perpetrators:
            key = actor.name.lower()
            known = best.get(key)
            if known is None or _STATUS_RANK[actor.status] < _STATUS_RANK[known.status]:
                best[key] = actor
    return tuple(best.values())


def _claimed(mentions: Sequence[EventMention]) -> bool | None:
    said = {m.claimed for m in mentions if m.claimed is not None}
    return True if True in said else False if False in said else None


def apply_correction(incident: Incident, correction: Correction) -> Incident:
    """The incident with one analyst correction applied (see CORRECTABLE for the fields)."""
    name, value = correction.field, correction.new
    if name in ("killed", "injured"):
        figure = (
            None
            if value is None
            else Figure(
                kind=FigureKind(name),
                value=int(value),
                low=int(value),
                qualifier=Qualifier.EXACT,
                who=Who.UNKNOWN,
                source=f"analyst correction{': ' + correction.note if correction.note else ''}",
            )
        )
        if name == "killed":
            return dataclasses.replace(incident, killed=figure)
        return dataclasses.replace(incident, injured=figure)
    if name == "type":
        return dataclasses.replace(incident, type=EventType(value))
    if name == "outcome":
        return dataclasses.replace(incident, outcome=Outcome(value))
    if name == "claimed":
        return dataclasses.replace(incident, claimed=value)
    if name == "date":
        day = dt.date.fromisoformat(str(value))
        return dataclasses.replace(incident, date=EventDate(value=day, basis=DateBasis.STATED))
    if name == "place":
        old = incident.place or Place(name=str(value))
        return dataclasses.replace(incident, place=dataclasses.replace(old, name=str(value)))
    if name == "country":
        old = incident.place or Place(name=str(value))
        return dataclasses.replace(incident, place=dataclasses.replace(old, country=str(value)))
    return incident


def parse_correction_value(name: str, raw: str) -> object:
    """The typed value of a correction given as text on the command line or in the API; raises
    ValueError with a reason for a value the field cannot take."""
    if name not in CORRECTABLE:
        raise ValueError(f"field {name!r} cannot be corrected; one of: {', '.join(CORRECTABLE)}")
    text = raw.strip()
    if name in ("killed", "injured"):
        if text.lower() in ("", "none", "null", "unknown"):
            return None
        number = int(text)
        if number < 0:
            raise ValueError(f"{name} cannot be negative")
        return number
    if name == "type":
        return EventType(text).value
    if name == "outcome":
        return Outcome(text).value
    if name == "claimed":
        lowered = text.lower()
        if lowered in ("true", "yes"):
            return True
        if lowered in ("false", "no"):
            return False
        if lowered in ("none", "null", "unknown", ""):
            return None
        raise ValueError("claimed must be true, false or unknown")
    if name == "date":
        return dt.date.fromisoformat(text).isoformat()
    if not text:
        raise ValueError(f"{name} cannot be empty")
    return text
