"""The data model: articles, evidence, figures, places, actors, event mentions, article reports.

Frozen dataclasses and StrEnums that mirror the contract in DESIGN.md field for field; `to_json`
and `from_json` are the one way in and out of JSON.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from incidex.errors import MalformedRecord

SCHEMA_VERSION = "1"
TAXONOMY_VERSION = "1"


class Role(StrEnum):
    MAIN = "main"
    BACKGROUND = "background"


class EventType(StrEnum):
    """DESIGN.md's taxonomy; the order of GTD_PRECEDENCE decides when several apply."""

    BOMBING = "bombing"
    AIR_STRIKE = "air_strike"
    SHELLING = "shelling"
    ARMED_ASSAULT = "armed_assault"
    ASSASSINATION = "assassination"
    KIDNAPPING = "kidnapping"
    HOSTAGE_TAKING = "hostage_taking"
    HIJACKING = "hijacking"
    FACILITY_ATTACK = "facility_attack"
    UNARMED_ASSAULT = "unarmed_assault"
    SEXUAL_VIOLENCE = "sexual_violence"
    ARMED_CLASH = "armed_clash"
    RIOT = "riot"
    PROTEST = "protest"
    EXPLOSION = "explosion"
    ACCIDENT = "accident"
    OTHER = "other"


GTD_PRECEDENCE = (
    EventType.ASSASSINATION,
    EventType.HIJACKING,
    EventType.KIDNAPPING,
    EventType.HOSTAGE_TAKING,
    EventType.BOMBING,
    EventType.ARMED_ASSAULT,
    EventType.UNARMED_ASSAULT,
    EventType.FACILITY_ATTACK,
)


class Outcome(StrEnum):
    COMPLETED = "completed"
    ATTEMPTED = "attempted"
    FOILED = "foiled"
    THREATENED = "threatened"


class FigureKind(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    HOSPITALISED = "hospitalised"
    MISSING = "missing"
    KIDNAPPED = "kidnapped"
    ARRESTED = "arrested"


class Qualifier(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    ABOUT = "about"
    RANGE = "range"
    VAGUE = "vague"


class Who(StrEnum):
    CIVILIANS = "civilians"
    SECURITY_FORCES = "security_forces"
    ARMED_GROUP = "armed_group"
    ATTACKERS = "attackers"
    UNKNOWN = "unknown"


class Scope(StrEnum):
    INCIDENT = "incident"
    CUMULATIVE = "cumulative"
    AGGREGATE = "aggregate"


class ActorStatus(StrEnum):
    CLAIMED = "claimed"
    SUSPECTED = "suspected"
    ACCUSED = "accused"
    DENIED = "denied"
    REPORTED = "reported"


class ActorKind(StrEnum):
    ARMED_GROUP = "armed_group"
    STATE_FORCES = "state_forces"
    CRIMINAL = "criminal"
    INDIVIDUAL = "individual"
    UNKNOWN = "unknown"


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class DateBasis(StrEnum):
    STATED = "stated"
    RELATIVE = "relative"
    PUBLICATION = "publication"


class PlacePrecision(StrEnum):
    POINT = "point"
    CITY = "city"
    ADMIN2 = "admin2"
    ADMIN1 = "admin1"
    COUNTRY = "country"


class Weapon(StrEnum):
    EXPLOSIVES = "explosives"
    FIREARMS = "firearms"
    INCENDIARY = "incendiary"
    VEHICLE = "vehicle"
    MELEE = "melee"
    CHEMICAL = "chemical"
    OTHER = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """A span of the article text: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news article as incidex holds it; `text` is what every evidence offset points into."""

    id: str
    text: str = field(default="", metadata={"report": False})
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date or datetime, as given or read from the dateline
    language: str = "en"

    @property
    def published_date(self) -> dt.date | None:
        """The publication day, or None when it is unknown or unparseable."""
        return parse_iso_date(self.published)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventDate:
    value: dt.date
    end: dt.date | None = None
    precision: DatePrecision = DatePrecision.DAY
    basis: DateBasis = DateBasis.STATED
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """A place: the event's location, or one place-name mention in the article's `places` list."""

    name: str
    admin2: str | None = None
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision | None = None
    vicinity: bool = False
    gazetteer_id: str | None = None
    detail: str | None = None
    evidence: Evidence | None = None
    unresolved_reason: str | None = None  # why a mention has no coordinates, when it has none


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    kind: FigureKind
    value: int | None
    low: int | None = None
    high: int | None = None
    qualifier: Qualifier = Qualifier.EXACT
    who: Who = Who.UNKNOWN
    who_text: str | None = None
    scope: Scope = Scope.INCIDENT
    source: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    name: str
    status: ActorStatus = ActorStatus.REPORTED
    kind: ActorKind = ActorKind.UNKNOWN
    actor_id: str | None = None
    attributed_to: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Target:
    text: str
    category: str
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    name: str
    kind: str  # news_agency | outlet | official | witness | organisation | other
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Reaction:
    actor: str
    stance: str  # condemned | vowed_retaliation | called_for_accountability | mourned | other
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventMention:
    """One event as one article reports it."""

    id: str
    role: Role
    type: EventType
    outcome: Outcome = Outcome.COMPLETED
    suicide: bool | None = None
    count: int | None = None
    date: EventDate | None = None
    place: Place | None = None
    killed: Figure | None = None
    injured: Figure | None = None
    casualties: tuple[Figure, ...] = ()
    perpetrators: tuple[Actor, ...] = ()
    claimed: bool | None = None
    targets: tuple[Target, ...] = ()
    weapons: tuple[Weapon, ...] = ()
    sources: tuple[Source, ...] = ()
    reactions: tuple[Reaction, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleReport:
    """What `incidex extract` prints for one article."""

    article: Article
    events: tuple[EventMention, ...] = ()
    places: tuple[Place, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportRef:
    """One article's part in an incident: it reports it (`main`), cites it (`background`), or
    repeats another outlet's story (`duplicate`, `duplicate_of` names that article)."""

    article_id: str
    role: str  # main | background | duplicate
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureStatement:
    """A figure as one article stated it, kept as the incident's history."""

    article_id: str
    published: str | None
    figure: Figure


@dataclass(frozen=True, slots=True, kw_only=True)
class Correction:
    """An analyst's change to one field of an incident; it wins over extraction."""

    field: str
    old: Any
    new: Any
    note: str | None = None
    by: str | None = None
    at: str | None = None  # ISO datetime (UTC)


@dataclass(frozen=True, slots=True, kw_only=True)
class Incident:
    """One incident across all the reports merged into it (see DESIGN.md's codebook)."""

    id: int
    type: EventType
    outcome: Outcome = Outcome.COMPLETED
    suicide: bool | None = None
    date: EventDate | None = None
    place: Place | None = None
    killed: Figure | None = None
    injured: Figure | None = None
    perpetrators: tuple[Actor, ...] = ()
    claimed: bool | None = None
    weapons: tuple[Weapon, ...] = ()
    targets: tuple[Target, ...] = ()
    figures: tuple[FigureStatement, ...] = ()
    conflicts: tuple[str, ...] = ()  # e.g. "killed: 3 (WKRN), 4 (AP)"
    reports: tuple[ReportRef, ...] = ()
    corrections: tuple[Correction, ...] = ()
    first_reported: str | None = None
    last_reported: str | None = None


def parse_iso_date(value: str | None) -> dt.date | None:
    """The date part of an ISO date or datetime string, or None when it does not parse."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- JSON ----------------------------------------------------------------------------------------


def to_dict(obj: Any, *, with_text: bool = False) -> Any:
    """Plain JSON-ready data for a record; the article text is left out unless `with_text`."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {
            f.name: to_dict(getattr(obj, f.name), with_text=with_text)
            for f in dataclasses.fields(obj)
            if with_text or f.metadata.get("report", True)
        }
    if isinstance(obj, tuple | list):
        return [to_dict(v, with_text=with_text) for v in obj]
    if isinstance(obj, dt.date):
        return obj.isoformat()
    return obj  # StrEnum members are str; numbers, None and str pass through


def to_json(obj: Any, *, with_text: bool = False) -> str:
    """One line of JSON for a record (see DESIGN.md's contract).

    ASCII-escaped: a raw U+2028 or U+0085 in an article would split the line for readers that
    break lines the way str.splitlines() does."""
    return json.dumps(to_dict(obj, with_text=with_text))


T = TypeVar("T")


def from_json(cls: type[T], data: str | dict[str, Any]) -> T:
    """Rebuild a record of type `cls` from `to_json` output (a string or parsed dict)."""
    raw = json.loads(data) if isinstance(data, str) else data
    try:
        return typing.cast(T, _build(cls, raw))
    except (TypeError, ValueError, KeyError) as exc:
        raise MalformedRecord(f"cannot read a {cls.__name__} from JSON: {exc}") from exc


@functools.cache
def _fields_of(tp: type) -> tuple[dict[str, Any], frozenset[str]]:
    """A dataclass's resolved field types and names; resolving them is slow, so once per class."""
    return typing.get_type_hints(tp), frozenset(f.name for f in dataclasses.fields(tp))


def _build(tp: Any, raw: Any) -> Any:
    return _builder(tp)(raw)


@functools.cache
def _builder(tp: Any) -> Callable[[Any], Any]:
    """A function that rebuilds a value of type `tp` from JSON, made once per type: stored
    events are read back by the thousand, and asking `typing` about each field each time is slow."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = _builder(next(a for a in typing.get_args(tp) if a is not type(None)))
        return lambda raw: None if raw is None else inner(raw)
    if origin is tuple:
        item = _builder(typing.get_args(tp)[0])
        return lambda raw: None if raw is None else tuple(item(v) for v in raw)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints, known = _fields_of(tp)
        fields = {k: _builder(hints[k]) for k in known}

        def record(raw: Any) -> Any:
            if raw is None:
                return None
            return tp(**{k: fields[k](v) for k, v in raw.items() if k in fields})

        return record
    if tp is dt.date:
        return lambda raw: None if raw is None else dt.date.fromisoformat(raw)
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        return lambda raw: None if raw is None else tp(raw)
    if tp is float:
        return lambda raw: float(raw) if isinstance(raw, int) else raw
    return lambda raw: raw
