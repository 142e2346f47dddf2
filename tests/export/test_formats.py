"""Every export format, read back with a parser of that format."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from incidex.export import FORMATS, write
from incidex.export.formats import safe_cell
from incidex.schema import (
    Actor,
    ActorStatus,
    EventDate,
    EventType,
    Evidence,
    Figure,
    FigureKind,
    FigureStatement,
    Incident,
    Place,
    PlacePrecision,
    Qualifier,
    ReportRef,
    Weapon,
    Who,
)

KERMAN = Incident(
    id=12,
    type=EventType.BOMBING,
    suicide=True,
    date=EventDate(value=dt.date(2024, 1, 3)),
    place=Place(
        name="Kerman",
        admin1="Kerman",
        country="Iran",
        country_code="IR",
        lat=30.2832,
        lon=57.0788,
        precision=PlacePrecision.CITY,
    ),
    killed=Figure(
        kind=FigureKind.KILLED,
        value=103,
        low=103,
        qualifier=Qualifier.AT_LEAST,
        evidence=Evidence(start=0, end=26, text="at least 103 people killed"),
    ),
    injured=Figure(kind=FigureKind.INJURED, value=211, low=211),
    perpetrators=(Actor(name="Islamic State", status=ActorStatus.CLAIMED),),
    claimed=True,
    weapons=(Weapon.EXPLOSIVES,),
    figures=(
        FigureStatement(
            article_id="a1",
            published="2024-01-04",
            figure=Figure(kind=FigureKind.KILLED, value=2, who=Who.ATTACKERS),
        ),
    ),
    reports=(
        ReportRef(article_id="a1", role="main", url="https://wire.example/kerman", outlet="Wire"),
        ReportRef(
            article_id="a2",
            role="main",
            url="https://daily.example/kerman",
            outlet='=HYPERLINK("http://evil")',
        ),
    ),
)
NOWHERE = Incident(id=13, type=EventType.KIDNAPPING)


def render(fmt: str, incidents: list[Incident]) -> str:
    out = io.StringIO()
    assert write(fmt, incidents, out) == (1 if fmt == "geojson" else len(incidents))
    return out.getvalue()


def test_jsonl_has_the_contract_fields() -> None:
    lines = render("jsonl", [KERMAN, NOWHERE]).splitlines()
    first = json.loads(lines[0])
    assert (
        first["id"] == 12 and first["type"] == "bombing" and first["date"]["value"] == "2024-01-03"
    )
    assert first["killed"]["value"] == 103 and first["claimed"] is True
    assert first["place"]["country_code"] == "IR"
    assert [r["article_id"] for r in first["reports"]] == ["a1", "a2"]
    assert first["perpetrators"][0]["name"] == "Islamic State"
    assert json.loads(lines[1])["id"] == 13


def test_csv_has_provenance_and_neutralises_formulas() -> None:
    rows = list(csv.DictReader(io.StringIO(render("csv", [KERMAN, NOWHERE]))))
    assert rows[0]["killed"] == "103" and rows[0]["killed_qualifier"] == "at_least"
    assert rows[0]["source_urls"] == "https://wire.example/kerman; https://daily.example/kerman"
    assert rows[0]["outlets"].startswith("Wire; ")
    assert rows[0]["evidence"] == "at least 103 people killed"
    assert rows[0]["lon"] == "57.0788"
    assert rows[1]["killed"] == ""


def test_formula_cells_get_an_apostrophe_and_numbers_stay_numbers() -> None:
    for risky in ("=1+1", "+1", "-2+3", "@SUM(A1)", "\tcmd"):
        assert safe_cell(risky) == "'" + risky
    assert safe_cell(-84.19) == -84.19
    assert safe_cell("Kerman") == "Kerman"
    rows = list(csv.reader(io.StringIO(render("csv", [KERMAN]))))
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row)


def test_geojson_is_a_feature_collection_of_points_lon_first() -> None:
    data = json.loads(render("geojson", [KERMAN, NOWHERE]))
    assert data["type"] == "FeatureCollection"
    (feature,) = data["features"]  # the incident without coordinates cannot be mapped
    assert feature["geometry"] == {"type": "Point", "coordinates": [57.0788, 30.2832]}
    assert feature["properties"]["killed"] == 103


def test_acled_columns_and_vocabulary() -> None:
    (row,) = csv.DictReader(io.StringIO(render("acled", [KERMAN])))
    assert row["event_date"] == "2024-01-03" and row["iso"] == "IR"
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == "Suicide bomb"
    assert row["actor1"] == "Islamic State" and row["fatalities"] == "103"
    assert row["geo_precision"] == "1" and row["time_precision"] == "1"
    assert row["source"] == 'Wire; =HYPERLINK("http://evil")'  # not at the start: inert


def test_a_cell_that_starts_like_a_formula_is_neutralised_in_every_table() -> None:
    hostile = Incident(
        id=1,
        type=EventType.ARMED_ASSAULT,
        reports=(ReportRef(article_id="=cmd|' /C calc'!A0", role="main", outlet="@SUM(1)"),),
    )
    for fmt in ("csv", "acled", "gtd"):
        cells = [c for row in csv.reader(io.StringIO(render(fmt, [hostile]))) for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "@")], fmt
        assert any(c.startswith(("'@SUM", "'=cmd")) for c in cells), fmt


def test_gtd_columns_codes_and_perpetrator_deaths() -> None:
    (row,) = csv.DictReader(io.StringIO(render("gtd", [KERMAN])))
    assert (row["iyear"], row["imonth"], row["iday"]) == ("2024", "1", "3")
    assert row["attacktype1"] == "3" and row["attacktype1_txt"] == "Bombing/Explosion"
    assert row["weaptype1"] == "6" and row["suicide"] == "1" and row["claimed"] == "1"
    assert row["nkill"] == "105" and row["nkillter"] == "2"  # GTD counts the attackers too
    assert row["gname"] == "Islamic State" and row["scite1"] == "https://wire.example/kerman"


@pytest.mark.parametrize("fmt", sorted(set(FORMATS) - {"jsonl", "geojson"}))
def test_an_empty_table_still_has_its_header(fmt: str) -> None:
    out = io.StringIO()
    assert write(fmt, [], out) == 0
    header = out.getvalue().strip().split(",")
    assert len(header) > 10 and header[0] in ("id", "event_id_cnty", "eventid")
