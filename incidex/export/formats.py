"""Writers: one function per format, each taking incidents and a text stream.

Flat formats carry provenance columns (source URLs, outlets, number of reports, the evidence quote
of the headline figure), and CSV cells that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from incidex.export.codebooks import (
    ACLED_GEO_PRECISION,
    ACLED_SUICIDE_SUB_EVENT,
    ACLED_TIME_PRECISION,
    ACLED_TYPES,
    GTD_ATTACK_TYPES,
    GTD_SPECIFICITY,
    GTD_UNKNOWN_ATTACK,
    GTD_UNKNOWN_WEAPON,
    GTD_WEAPONS,
)
from incidex.schema import ActorStatus, Figure, FigureKind, Incident, Outcome, Who, to_dict

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will show as text: strings that start like a formula get a
    leading apostrophe (OWASP's advice); numbers are left as numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def figure_value(figure: Figure | None) -> int | None:
    """A headline figure as one number: the stated value, else its low bound."""
    if figure is None:
        return None
    return figure.value if figure.value is not None else figure.low


def flat_row(incident: Incident) -> dict[str, Any]:
    """incidex's own flat columns for one incident (CSV and GeoJSON properties)."""
    place, date = incident.place, incident.date
    main = [r for r in incident.reports if r.role != "background"]
    evidence = incident.killed.evidence if incident.killed and incident.killed.evidence else None
    return {
        "id": incident.id,
        "type": str(incident.type),
        "outcome": str(incident.outcome),
        "date": date.value.isoformat() if date else None,
        "date_precision": str(date.precision) if date else None,
        "date_basis": str(date.basis) if date else None,
        "place": place.name if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "country_code": place.country_code if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "geo_precision": str(place.precision) if place and place.precision else None,
        "killed": figure_value(incident.killed),
        "killed_qualifier": str(incident.killed.qualifier) if incident.killed else None,
        "injured": figure_value(incident.injured),
        "injured_qualifier": str(incident.injured.qualifier) if incident.injured else None,
        "perpetrators": "; ".join(f"{a.name} ({a.status})" for a in incident.perpetrators),
        "claimed": incident.claimed,
        "weapons": "; ".join(str(w) for w in incident.weapons),
        "conflicts": " | ".join(incident.conflicts),
        "corrected": "; ".join(sorted({c.field for c in incident.corrections})),
        "reports": len(main),
        "article_ids": "; ".join(r.article_id for r in incident.reports),
        "source_urls": "; ".join(r.url for r in incident.reports if r.url),
        "outlets": "; ".join(dict.fromkeys(r.outlet for r in incident.reports if r.outlet)),
        "evidence": evidence.text if evidence else None,
        "first_reported": incident.first_reported,
        "last_reported": incident.last_reported,
    }


def acled_row(incident: Incident) -> dict[str, Any]:
    """ACLED's column names and vocabularies (see `codebooks`), plus provenance columns."""
    flat = flat_row(incident)
    disorder, event, sub_event = ACLED_TYPES[incident.type]
    if incident.type.value == "bombing" and incident.suicide:
        sub_event = ACLED_SUICIDE_SUB_EVENT
    actors = [a.name for a in incident.perpetrators if a.status is not ActorStatus.DENIED]
    targets = [t.text for t in incident.targets]
    date, place = incident.date, incident.place
    return {
        "event_id_cnty": f"{flat['country_code'] or 'XX'}{incident.id}",
        "event_date": flat["date"],
        "year": date.value.year if date else None,
        "time_precision": ACLED_TIME_PRECISION.get(str(date.precision), 3) if date else None,
        "disorder_type": disorder,
        "event_type": event,
        "sub_event_type": sub_event,
        "actor1": actors[0] if actors else "Unidentified Armed Group",
        "assoc_actor_1": "; ".join(actors[1:]),
        "actor2": "Civilians" if event == "Violence against civilians" else "",
        "assoc_actor_2": "; ".join(targets),
        "country": flat["country"],
        "iso": flat["country_code"],
        "admin1": flat["admin1"],
        "admin2": place.admin2 if place else None,
        "location": flat["place"],
        "latitude": flat["lat"],
        "longitude": flat["lon"],
        "geo_precision": ACLED_GEO_PRECISION.get(place.precision)
        if place and place.precision
        else None,
        "source": flat["outlets"],
        "source_scale": "",
        "notes": flat["evidence"] or "",
        "fatalities": flat["killed"] if flat["killed"] is not None else 0,
        "tags": flat["conflicts"],
        "incidex_id": incident.id,
        "source_urls": flat["source_urls"],
        "reports": flat["reports"],
    }


def gtd_row(incident: Incident) -> dict[str, Any]:
    """GTD's column names and codes; `nkill` adds the attackers' deaths as GTD counts them."""
    flat = flat_row(incident)
    date, place = incident.date, incident.place
    attack = GTD_ATTACK_TYPES.get(incident.type, GTD_UNKNOWN_ATTACK)
    weapon = (
        GTD_WEAPONS.get(incident.weapons[0], GTD_UNKNOWN_WEAPON)
        if incident.weapons
        else GTD_UNKNOWN_WEAPON
    )
    attackers_killed = _attackers(incident, FigureKind.KILLED)
    victims_killed = flat["killed"]
    known_day = bool(date and str(date.precision) == "day")
    named = [a for a in incident.perpetrators if a.status is not ActorStatus.DENIED]
    return {
        "eventid": incident.id,
        "iyear": date.value.year if date else None,
        "imonth": date.value.month if date and str(date.precision) != "year" else 0,
        "iday": date.value.day if known_day and date else 0,
        "approxdate": "" if known_day or date is None else date.value.isoformat(),
        "country_txt": flat["country"],
        "provstate": flat["admin1"],
        "city": flat["place"],
        "latitude": flat["lat"],
        "longitude": flat["lon"],
        "specificity": GTD_SPECIFICITY.get(place.precision, 5) if place and place.precision else 5,
        "summary": flat["evidence"] or "",
        "success": 0 if incident.outcome in (Outcome.ATTEMPTED, Outcome.FOILED) else 1,
        "suicide": 1 if incident.suicide else 0,
        "attacktype1": attack[0],
        "attacktype1_txt": attack[1],
        "targtype1_txt": incident.targets[0].category if incident.targets else "Unknown",
        "target1": incident.targets[0].text if incident.targets else "",
        "gname": named[0].name if named else "Unknown",
        "claimed": {True: 1, False: 0}.get(incident.claimed, -9)
        if incident.claimed is not None
        else -9,
        "weaptype1": weapon[0],
        "weaptype1_txt": weapon[1],
        "nkill": None
        if victims_killed is None and attackers_killed is None
        else (victims_killed or 0) + (attackers_killed or 0),
        "nkillter": attackers_killed,
        "nwound": flat["injured"],
        "scite1": flat["source_urls"].split("; ")[0] if flat["source_urls"] else "",
        "dbsource": "incidex",
        "incidex_type": flat["type"],
        "reports": flat["reports"],
        "outlets": flat["outlets"],
    }


def _attackers(incident: Incident, kind: FigureKind) -> int | None:
    """The attackers' figure of the latest report that gives one."""
    values = [
        figure_value(s.figure)
        for s in incident.figures
        if s.figure.kind is kind and s.figure.who is Who.ATTACKERS
    ]
    return values[-1] if values else None


def write_jsonl(incidents: Iterable[Incident], out: TextIO) -> int:
    n = 0
    for incident in incidents:
        out.write(json.dumps(to_dict(incident)) + "\n")
        n += 1
    return n


def _write_table(
    row: Callable[[Incident], dict[str, Any]],
) -> Callable[[Iterable[Incident], TextIO], int]:
    def write_table(incidents: Iterable[Incident], out: TextIO) -> int:
        writer: csv.DictWriter[str] | None = None
        n = 0
        for incident in incidents:
            values = row(incident)
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(values), lineterminator="\n")
                writer.writeheader()
            writer.writerow({k: safe_cell(v) for k, v in values.items()})
            n += 1
        if writer is None:  # no incidents: still a header, so the file is a valid table
            empty = row.__name__
            out.write(",".join(_HEADERS[empty]) + "\n")
        return n

    return write_table


def write_geojson(incidents: Iterable[Incident], out: TextIO) -> int:
    """A FeatureCollection of points; incidents without coordinates are left out (counted)."""
    features = []
    for incident in incidents:
        props = flat_row(incident)
        lat, lon = props.pop("lat"), props.pop("lon")
        if lat is None or lon is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": incident.id,
                "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
                "properties": props,
            }
        )
    json.dump({"type": "FeatureCollection", "features": features}, out)
    out.write("\n")
    return len(features)


def _headers(row: Callable[[Incident], dict[str, Any]]) -> list[str]:
    from incidex.schema import EventType

    return list(row(Incident(id=0, type=EventType.OTHER)))


_HEADERS = {f.__name__: _headers(f) for f in (flat_row, acled_row, gtd_row)}

FORMATS: dict[str, Callable[[Iterable[Incident], TextIO], int]] = {
    "jsonl": write_jsonl,
    "csv": _write_table(flat_row),
    "geojson": write_geojson,
    "acled": _write_table(acled_row),
    "gtd": _write_table(gtd_row),
}


def write(fmt: str, incidents: Iterable[Incident], out: TextIO) -> int:
    """Write `incidents` in format `fmt` (one of FORMATS); returns how many were written."""
    return FORMATS[fmt](incidents, out)
