"""The terminal views of incidents: the list and one incident in full."""

from __future__ import annotations

import datetime as dt

from rich.console import Console

from incidex.schema import (
    Correction,
    EventDate,
    EventType,
    Evidence,
    Figure,
    FigureKind,
    FigureStatement,
    Incident,
    Place,
    Qualifier,
    ReportRef,
)
from incidex.table import render_incident, render_incidents

KILLED = Figure(
    kind=FigureKind.KILLED,
    value=103,
    low=103,
    qualifier=Qualifier.AT_LEAST,
    source="IRNA",
    evidence=Evidence(start=0, end=26, text="at least 103 people killed"),
)
INCIDENT = Incident(
    id=7,
    type=EventType.BOMBING,
    date=EventDate(value=dt.date(2024, 1, 3)),
    place=Place(name="Kerman", admin1="Kerman", country="Iran", country_code="IR"),
    killed=KILLED,
    claimed=False,
    figures=(FigureStatement(article_id="wire-1", published="2024-01-04", figure=KILLED),),
    conflicts=("killed: 95 (A), 103 (B)",),
    reports=(
        ReportRef(article_id="wire-1", role="main", outlet="Wire", url="https://w.example/1"),
    ),
    corrections=(
        Correction(field="injured", old=None, new=211, by="ana", at="2024-01-05", note="MoH"),
    ),
)


def _text(render: object, subject: object, *more: object) -> str:
    console = Console(record=True, width=160)
    render(subject, console, *more)  # type: ignore[operator]
    return console.export_text()


def test_the_list_shows_one_row_per_incident() -> None:
    out = _text(render_incidents, [INCIDENT, Incident(id=8, type=EventType.KIDNAPPING)])
    assert "2024-01-03" in out and "Kerman, Iran" in out and ">=103" in out.replace(" ", "")
    assert "kidnapping" in out and "2 incidents" in out


def test_one_incident_shows_history_conflicts_corrections_and_reports() -> None:
    out = _text(render_incident, INCIDENT, [("wire-1", ["Two explosions hit Kerman."])])
    assert "incident 7" in out and "bombing" in out
    assert "at least 103 people killed" in out and "IRNA" in out
    assert "conflicts: killed: 95 (A), 103 (B)" in out
    assert "corrected injured: None -> 211 by ana" in out and "(MoH)" in out
    assert "https://w.example/1" in out
    assert "claimed" in out and "no" in out
    assert "Two explosions hit Kerman." in out
