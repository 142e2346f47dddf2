"""An incident's record from its reports: headline by policy, history, conflicts, corrections."""

from __future__ import annotations

import datetime as dt

import pytest

from incidex.fuse.summary import Report, parse_correction_value, summarise
from incidex.schema import (
    Actor,
    ActorStatus,
    Correction,
    DateBasis,
    EventDate,
    EventMention,
    EventType,
    Figure,
    FigureKind,
    Place,
    PlacePrecision,
    ReportRef,
    Role,
)


def report(article: str, published: str, killed: int | None, **kw: object) -> Report:
    figure = None if killed is None else Figure(kind=FigureKind.KILLED, value=killed, low=killed)
    mention = EventMention(
        id=f"{article}#0",
        role=Role.MAIN,
        type=kw.pop("type", EventType.BOMBING),  # type: ignore[arg-type]
        killed=figure,
        casualties=(figure,) if figure else (),
        **kw,  # type: ignore[arg-type]
    )
    ref = ReportRef(article_id=article, role="main", published=published, outlet=article.upper())
    return Report(ref=ref, mention=mention)


REPORTS = [
    report("b", "2024-01-04T09:00", 103),
    report("a", "2024-01-03T20:00", 95),
    report("c", "2024-01-05T08:00", 84),
]


@pytest.mark.parametrize(
    ("policy", "headline"), [("latest", 84), ("conservative", 84), ("highest", 103)]
)
def test_headline_follows_the_policy(policy: str, headline: int) -> None:
    incident = summarise(1, REPORTS, policy=policy)
    assert incident.killed is not None and incident.killed.value == headline


def test_latest_means_the_most_recently_published_report() -> None:
    rising = [report("a", "2024-01-03", 40), report("b", "2024-01-04", 103)]
    assert summarise(1, rising).killed.value == 103  # type: ignore[union-attr]
    assert summarise(1, rising, policy="conservative").killed.value == 40  # type: ignore[union-attr]


def test_history_keeps_every_statement_and_conflicts_are_visible() -> None:
    incident = summarise(1, REPORTS)
    assert [s.article_id for s in incident.figures] == ["a", "b", "c"]  # by publication
    assert [s.figure.value for s in incident.figures] == [95, 103, 84]
    assert incident.conflicts == ("killed: 95 (A), 103 (B), 84 (C)",)
    assert incident.first_reported == "2024-01-03T20:00"
    assert incident.last_reported == "2024-01-05T08:00"


def test_type_date_place_and_actors_by_agreement() -> None:
    day = dt.date(2024, 1, 3)
    kerman = Place(
        name="Kerman",
        country_code="IR",
        lat=30.28,
        lon=57.08,
        precision=PlacePrecision.CITY,
        gazetteer_id="g1",
    )
    iran = Place(
        name="Iran",
        country_code="IR",
        lat=32.0,
        lon=53.0,
        precision=PlacePrecision.COUNTRY,
        gazetteer_id="g2",
    )
    reports = [
        report(
            "a",
            "2024-01-03",
            95,
            type=EventType.EXPLOSION,
            place=iran,
            date=EventDate(value=day + dt.timedelta(days=1), basis=DateBasis.PUBLICATION),
        ),
        report(
            "b",
            "2024-01-04",
            103,
            place=kerman,
            date=EventDate(value=day),
            perpetrators=(Actor(name="Islamic State", status=ActorStatus.SUSPECTED),),
        ),
        report(
            "c",
            "2024-01-05",
            84,
            place=kerman,
            date=EventDate(value=day),
            perpetrators=(Actor(name="Islamic State", status=ActorStatus.CLAIMED),),
            claimed=True,
        ),
    ]
    incident = summarise(9, reports)
    assert incident.type is EventType.BOMBING
    assert incident.date is not None and incident.date.value == day  # stated beats publication
    assert incident.place is not None and incident.place.name == "Kerman"  # finest place
    assert [(a.name, a.status) for a in incident.perpetrators] == [
        ("Islamic State", ActorStatus.CLAIMED)
    ]
    assert incident.claimed is True


def test_corrections_are_applied_last_and_win() -> None:
    fix = Correction(field="killed", old=84, new=89, note="health ministry", by="ana", at="x")
    retype = Correction(field="type", old="bombing", new="explosion", by="ana", at="y")
    incident = summarise(1, REPORTS, [fix, retype], policy="highest")
    assert incident.killed is not None and incident.killed.value == 89
    assert incident.killed.source == "analyst correction: health ministry"
    assert incident.type is EventType.EXPLOSION
    assert incident.corrections == (fix, retype)


@pytest.mark.parametrize(
    ("field", "raw", "value"),
    [
        ("killed", "84", 84),
        ("injured", "unknown", None),
        ("claimed", "no", False),
        ("date", "2024-01-03", "2024-01-03"),
        ("type", "armed_assault", "armed_assault"),
        ("place", " Kerman ", "Kerman"),
    ],
)
def test_correction_values_are_parsed(field: str, raw: str, value: object) -> None:
    assert parse_correction_value(field, raw) == value


@pytest.mark.parametrize(
    ("field", "raw"),
    [
        ("killed", "many"),
        ("killed", "-1"),
        ("date", "Jan 3"),
        ("type", "war"),
        ("claimed", "?"),
        ("colour", "red"),
    ],
)
def test_bad_correction_values_are_refused(field: str, raw: str) -> None:
    with pytest.raises(ValueError, match=r"\w"):  # every refusal says why
        parse_correction_value(field, raw)
