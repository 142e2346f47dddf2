"""The terminal view of an ArticleReport: events with their fields and the evidence for each."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from incidex.schema import Actor, ArticleReport, EventMention, Evidence, Figure, Incident, Place

_QUALIFIER = {
    "at_least": ">=",
    "more_than": ">",
    "at_most": "<=",
    "about": "~",
    "exact": "",
    "range": "",
    "vague": "",
}


def render(report: ArticleReport, console: Console) -> None:
    """Print one report: a panel per event, then the places the article names."""
    title = report.article.title or report.article.id
    console.print(
        Text(f"{title}  (published {report.article.published or 'unknown'})", style="bold")
    )
    if not report.events:
        console.print(Text("  no incident reported", style="yellow"))
    for event in report.events:
        console.print(_event_panel(event))
    resolved = [p for p in report.places if p.lat is not None]
    if report.places:
        names = ", ".join(f"{p.name} ({p.country_code})" for p in resolved)
        console.print(
            Text(
                f"places: {names or '-'}  unresolved: {len(report.places) - len(resolved)}",
                style="dim",
            )
        )


def _event_panel(event: EventMention) -> Panel:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="cyan", no_wrap=True)
    grid.add_column()
    grid.add_column(style="dim italic")
    for label, value, ev in _rows(event):
        grid.add_row(label, value, _quote(ev))
    style = "red" if event.role == "main" else "blue"
    title = f"{event.role} · {event.type} · {event.outcome} · confidence {event.confidence:.2f}"
    return Panel(Group(grid), title=title, title_align="left", border_style=style)


def _rows(event: EventMention) -> list[tuple[str, str, Evidence | None]]:
    date = event.date
    rows: list[tuple[str, str, Evidence | None]] = [
        (
            "date",
            f"{date.value} ({date.precision}, {date.basis})" if date else "-",
            date.evidence if date else None,
        ),
        ("place", _place(event.place), event.place.evidence if event.place else None),
        ("killed", _figure(event.killed), event.killed.evidence if event.killed else None),
        ("injured", _figure(event.injured), event.injured.evidence if event.injured else None),
    ]
    rows += [
        (f"  {f.kind}", _figure(f), f.evidence)
        for f in event.casualties
        if f not in (event.killed, event.injured)
    ]
    rows += [("perpetrator", _actor(a), a.evidence) for a in event.perpetrators[:4]]
    claimed = {True: "yes", False: "no (nobody claimed it)", None: "not said"}[event.claimed]
    rows.append(("claimed", claimed, None))
    if event.count:
        rows.append(("count", str(event.count), None))
    rows.append(("weapons", ", ".join(event.weapons) or "-", None))
    rows += [("target", f"{t.text} ({t.category})", t.evidence) for t in event.targets]
    rows += [("source", f"{s.name} ({s.kind})", s.evidence) for s in event.sources[:4]]
    rows += [("reaction", f"{r.actor}: {r.stance}", r.evidence) for r in event.reactions[:5]]
    return rows


def _place(place: Place | None) -> str:
    if place is None:
        return "-"
    parts = [p for p in (place.name, place.admin1, place.country) if p]
    where = ", ".join(dict.fromkeys(parts))
    near = f"{place.detail} · " if place.detail else ""
    return (
        f"{near}{where} ({place.lat:.2f}, {place.lon:.2f}) [{place.precision}]"
        if place.lat is not None
        else where
    )


def _figure(figure: Figure | None) -> str:
    if figure is None:
        return "-"
    if figure.value is None:
        bounds = f"{figure.low or '?'}-{figure.high or '?'}" if figure.high else f">={figure.low}"
        text = f"{bounds} ({figure.qualifier})"
    else:
        text = f"{_QUALIFIER.get(figure.qualifier, '')}{figure.value}"
    who = f" {figure.who}" if figure.who != "unknown" else ""
    source = f" per {figure.source}" if figure.source else ""
    return f"{text}{who}{source}"


def _actor(actor: Actor) -> str:
    by = f" per {actor.attributed_to}" if actor.attributed_to else ""
    return f"{actor.name} ({actor.status}{by})"


def _quote(ev: Evidence | None) -> str:
    if ev is None:
        return ""
    text = " ".join(ev.text.split())
    return f"“{text[:90]}{'…' if len(text) > 90 else ''}” [{ev.start}:{ev.end}]"


def render_incidents(incidents: list[Incident], console: Console) -> None:
    """One line per incident: the columns an analyst scans first."""
    table = Table(show_lines=False)
    for column in ("id", "date", "type", "place", "killed", "injured", "perpetrators", "reports"):
        table.add_column(column, overflow="fold")
    for incident in incidents:
        place = incident.place
        table.add_row(
            str(incident.id),
            incident.date.value.isoformat() if incident.date else "-",
            str(incident.type),
            ", ".join(x for x in (place.name, place.country) if x) if place else "-",
            _figure(incident.killed),
            _figure(incident.injured),
            ", ".join(a.name for a in incident.perpetrators) or "-",
            str(len(incident.reports)),
        )
    console.print(table)
    console.print(Text(f"{len(incidents)} incidents", style="dim"))


def render_incident(
    incident: Incident, console: Console, evidence: list[tuple[str, list[str]]] | None = None
) -> None:
    """An incident in full: its fields, figure history, conflicts, corrections, reports and the
    sentences of each report that establish the event (`evidence`: article id, sentences)."""
    place = incident.place
    head = Table.grid(padding=(0, 2))
    head.add_row("type", f"{incident.type} ({incident.outcome})")
    head.add_row("date", incident.date.value.isoformat() if incident.date else "-")
    head.add_row("place", _place(place) if place else "-")
    head.add_row("killed", _figure(incident.killed))
    head.add_row("injured", _figure(incident.injured))
    head.add_row("perpetrators", ", ".join(_actor(a) for a in incident.perpetrators) or "-")
    head.add_row(
        "claimed",
        {True: "yes", False: "no"}.get(incident.claimed, "not said")
        if incident.claimed is not None
        else "not said",
    )
    console.print(Panel(head, title=f"incident {incident.id}", title_align="left"))
    if incident.conflicts:
        console.print(Text("conflicts: " + " | ".join(incident.conflicts), style="yellow"))
    history = Table(title="figure history")
    for column in ("published", "article", "kind", "figure", "source", "evidence"):
        history.add_column(column, overflow="fold")
    for s in incident.figures:
        history.add_row(
            s.published or "-",
            s.article_id,
            str(s.figure.kind),
            _figure(s.figure),
            s.figure.source or "-",
            s.figure.evidence.text if s.figure.evidence else "-",
        )
    console.print(history)
    for c in incident.corrections:
        console.print(
            Text(
                f"corrected {c.field}: {c.old!r} -> {c.new!r} by {c.by} at {c.at}"
                f"{' (' + c.note + ')' if c.note else ''}",
                style="cyan",
            )
        )
    reports = Table(title="reports")
    for column in ("published", "article", "role", "outlet", "url"):
        reports.add_column(column, overflow="fold")
    for r in incident.reports:
        reports.add_row(r.published or "-", r.article_id, r.role, r.outlet or "-", r.url or "-")
    console.print(reports)
    if evidence:
        said = Table(title="evidence")
        said.add_column("article", overflow="fold")
        said.add_column("sentences", overflow="fold")
        for article_id, sentences in evidence:
            said.add_row(article_id, " | ".join(sentences) or "-")
        console.print(said)
