"""The data model: JSON round trip, contract field names, article text kept out of reports."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from incidex.errors import MalformedRecord
from incidex.schema import (
    Actor,
    ActorStatus,
    Article,
    ArticleReport,
    EventDate,
    EventMention,
    EventType,
    Evidence,
    Figure,
    FigureKind,
    Place,
    PlacePrecision,
    Qualifier,
    Role,
    Weapon,
    from_json,
    to_json,
)

TEXT = "Two blasts killed at least 103 people in Kerman."


def _report() -> ArticleReport:
    ev = Evidence(start=11, end=37, text=TEXT[11:37])
    event = EventMention(
        id="a#0",
        role=Role.MAIN,
        type=EventType.BOMBING,
        count=2,
        date=EventDate(value=dt.date(2024, 1, 3)),
        place=Place(
            name="Kerman", country_code="IR", lat=30.28, lon=57.08, precision=PlacePrecision.CITY
        ),
        killed=Figure(
            kind=FigureKind.KILLED, value=103, low=103, qualifier=Qualifier.AT_LEAST, evidence=ev
        ),
        perpetrators=(Actor(name="Islamic State", status=ActorStatus.SUSPECTED),),
        weapons=(Weapon.EXPLOSIVES,),
        evidence=(ev,),
        confidence=0.9,
    )
    return ArticleReport(
        article=Article(id="a", text=TEXT, published="2024-01-04"), events=(event,)
    )


def test_schema_round_trip_keeps_every_field() -> None:
    report = _report()
    again = from_json(ArticleReport, to_json(report, with_text=True))
    assert again == report


def test_schema_report_json_follows_the_contract() -> None:
    data = json.loads(to_json(_report()))
    assert set(data) == {"article", "events", "places"}
    assert "text" not in data["article"]
    event = data["events"][0]
    for name in (
        "id",
        "role",
        "type",
        "outcome",
        "suicide",
        "count",
        "date",
        "place",
        "killed",
        "injured",
        "casualties",
        "perpetrators",
        "claimed",
        "targets",
        "weapons",
        "sources",
        "reactions",
        "evidence",
        "confidence",
    ):
        assert name in event
    assert event["date"] == {
        "value": "2024-01-03",
        "end": None,
        "precision": "day",
        "basis": "stated",
        "evidence": None,
    }
    assert event["killed"]["qualifier"] == "at_least"
    assert event["killed"]["evidence"]["text"] == TEXT[11:37]
    for field in ("admin2", "precision", "vicinity", "gazetteer_id", "detail"):
        assert field in event["place"]


def test_schema_from_json_names_the_problem() -> None:
    with pytest.raises(MalformedRecord, match="ArticleReport"):
        from_json(ArticleReport, '{"article": {"id": "x"}, "events": [{"id": 1}]}')


def test_schema_published_date_tolerates_datetimes_and_junk() -> None:
    assert Article(id="a", published="2024-01-04T10:00:00Z").published_date == dt.date(2024, 1, 4)
    assert Article(id="a", published="last Tuesday").published_date is None
