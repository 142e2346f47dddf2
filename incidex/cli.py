"""The `incidex` command: thin wrappers over `incidex.service`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from incidex import __version__
from incidex.errors import ConfigError, StoreError
from incidex.schema import ArticleReport, parse_iso_date, to_dict, to_json
from incidex.settings import Settings, load_settings, setting_help

if TYPE_CHECKING:
    from incidex.store import IncidentFilter, Store

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 inputs skipped, 2 usage error)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except ConfigError as exc:
        print(f"incidex: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as exc:
        print(f"incidex: {exc}", file=sys.stderr)
        return EXIT_STORE
    except BrokenPipeError:  # `incidex extract ... | head`: the reader left, nothing is wrong
        return EXIT_OK
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="incidex", description=__doc__)
    parser.add_argument("--version", action="version", version=f"incidex {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")
    ex = sub.add_parser("extract", help="print one ArticleReport per article")
    ex.add_argument(
        "paths",
        nargs="*",
        default=["-"],
        metavar="PATH|-",
        help="text, HTML, JSON or JSONL files, directories, or - for standard input",
    )
    ex.add_argument("--published", help="publication date (ISO) for articles that lack one")
    ex.add_argument("--format", choices=("jsonl", "json", "table"), default="jsonl")
    ex.add_argument("--model", help="spaCy pipeline to use (setting: model)")
    ex.set_defaults(handler=cmd_extract)
    demo = sub.add_parser("demo", help="extract the sample article and show the table view")
    demo.add_argument("--format", choices=("jsonl", "json", "table"), default="table")
    demo.set_defaults(handler=cmd_demo)
    st = sub.add_parser("settings", help="list the settings with their values and help")
    st.set_defaults(handler=cmd_settings)
    _database_commands(sub)
    return parser


def _database_commands(sub: Any) -> None:
    ing = sub.add_parser(
        "ingest", help="extract articles and merge them into the incident database"
    )
    ing.add_argument(
        "paths",
        nargs="+",
        metavar="PATH|URL|-",
        help="files, directories, RSS/Atom feeds, http(s) URLs of pages or feeds, or -",
    )
    ing.add_argument(
        "--allow-private",
        action="store_true",
        help="also fetch URLs on private, loopback or link-local addresses (refused by default)",
    )
    ing.add_argument("--published", help="publication date (ISO) for articles that lack one")
    ing.add_argument(
        "--workers",
        type=int,
        default=1,
        help="processes that run the language pipeline (one per core; this one writes)",
    )
    _db_option(ing)
    ing.set_defaults(handler=cmd_ingest)

    inc = sub.add_parser("incidents", help="list incidents, with filters")
    _db_option(inc)
    _filters(inc)
    inc.add_argument(
        "--format", choices=("table", "json", "jsonl", "csv", "geojson"), default="table"
    )
    inc.set_defaults(handler=cmd_incidents)

    show = sub.add_parser("show", help="one incident: reports, figure history, evidence")
    show.add_argument("id", type=int)
    show.add_argument("--format", choices=("table", "json"), default="table")
    _db_option(show)
    show.set_defaults(handler=cmd_show)

    cor = sub.add_parser("correct", help="correct a field of an incident (kept in an audit trail)")
    cor.add_argument("id", type=int)
    cor.add_argument("--field", required=True, help="killed, injured, type, date, claimed, ...")
    cor.add_argument("--value", required=True, help="the right value ('unknown' clears it)")
    cor.add_argument("--note", help="why: the source or reasoning behind the correction")
    cor.add_argument("--by", help="who corrects (default: the user name)")
    _db_option(cor)
    cor.set_defaults(handler=cmd_correct)

    exp = sub.add_parser("export", help="write incidents as jsonl, csv, geojson, acled or gtd")
    exp.add_argument(
        "--format", choices=("jsonl", "csv", "geojson", "acled", "gtd"), default="jsonl"
    )
    exp.add_argument("--output", "-o", help="file to write (default: standard output)")
    _db_option(exp)
    _filters(exp)
    exp.set_defaults(handler=cmd_export)


def _db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="database URL or SQLite path (setting: db)")


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--country", help="country code or name")
    p.add_argument("--admin1", help="first-level region (province, state)")
    p.add_argument("--type", help="incident type (see DESIGN.md's taxonomy)")
    p.add_argument("--since", help="first date (ISO)")
    p.add_argument("--until", help="last date (ISO)")
    p.add_argument("--min-killed", type=int, help="at least this many killed")
    p.add_argument("--near", help="LAT,LON,KM: within KM kilometres of a point")
    p.add_argument("--perpetrator", help="a perpetrator's name, or part of it")
    p.add_argument("--search", help="words that must all occur in one of the incident's articles")
    p.add_argument("--limit", type=int, help="at most this many incidents")


def cmd_extract(args: argparse.Namespace) -> int:
    """`incidex extract`: reports for every article in the inputs."""
    from incidex.service import Tally, extract_sources

    if args.published and parse_iso_date(args.published) is None:
        print(
            f"incidex: --published {args.published!r} is not an ISO date such as 2024-01-04",
            file=sys.stderr,
        )
        return EXIT_USAGE
    settings = load_settings({"model": args.model})
    tally = Tally()
    reports = extract_sources(args.paths, settings, tally, published=args.published)
    _emit(reports, args.format)
    if tally.skipped:
        print(
            f"incidex: {tally.reported} articles reported, {len(tally.skipped)} inputs skipped",
            file=sys.stderr,
        )
    return EXIT_SKIPPED if tally.skipped else EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """`incidex demo`: the sample article through the whole pipeline."""
    from incidex.extract.pipeline import extract_many
    from incidex.service import sample_article

    reports = extract_many([sample_article()], load_settings())
    _emit(reports, args.format)
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    """`incidex settings`: each setting's value and what it does."""
    settings = load_settings()
    for name, text in setting_help().items():
        print(f"{name} = {getattr(settings, name)!r}\n    {text}")
    return EXIT_OK


def _open(args: argparse.Namespace) -> tuple[Settings, Store]:
    from incidex.store import open_store

    settings = load_settings({"db": getattr(args, "db", None)})
    return settings, open_store(settings.db)


def cmd_ingest(args: argparse.Namespace) -> int:
    """`incidex ingest`: extract, merge and store; a summary at the end."""
    from incidex.service import IngestTally, ingest_sources

    if args.published and parse_iso_date(args.published) is None:
        print(f"incidex: --published {args.published!r} is not an ISO date", file=sys.stderr)
        return EXIT_USAGE
    if args.workers < 1:
        print("incidex: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    settings, store = _open(args)
    tally = IngestTally()
    with _progress() as tick:
        ingest_sources(
            args.paths,
            settings,
            store,
            tally,
            published=args.published,
            progress=tick,
            workers=args.workers,
            allow_private=args.allow_private,
        )
    store.close()
    print(f"incidex: {tally.summary()}", file=sys.stderr)
    for skipped in tally.skipped[:20]:
        print(f"  skipped {skipped.source}: {skipped.reason}", file=sys.stderr)
    return EXIT_SKIPPED if tally.skipped else EXIT_OK


@contextmanager
def _progress() -> Iterator[Callable[[str], None]]:
    """A spinner with a count on a terminal; nothing when standard error is a file or pipe."""
    if not sys.stderr.isatty():
        yield lambda _id: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.completed} articles"), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("ingest", total=None)
        yield lambda _id: bar.advance(task)


def _filter(args: argparse.Namespace) -> IncidentFilter:
    from incidex.store import IncidentFilter

    near = None
    if args.near:
        try:
            lat, lon, km = (float(x) for x in args.near.split(","))
        except ValueError as exc:
            raise ConfigError(f"--near {args.near!r} is not LAT,LON,KM") from exc
        near = (lat, lon, km)
    dates = {}
    for name in ("since", "until"):
        value = getattr(args, name)
        if value is not None and parse_iso_date(value) is None:
            raise ConfigError(f"--{name} {value!r} is not an ISO date such as 2024-01-04")
        dates[name] = parse_iso_date(value)
    return IncidentFilter(
        country=args.country,
        admin1=args.admin1,
        type=args.type,
        since=dates["since"],
        until=dates["until"],
        min_killed=args.min_killed,
        near=near,
        perpetrator=args.perpetrator,
        text=args.search,
        limit=args.limit,
    )


def cmd_incidents(args: argparse.Namespace) -> int:
    """`incidex incidents`: the incidents that match the filters."""
    from incidex.export import write
    from incidex.service import find_incidents

    _, store = _open(args)
    found = find_incidents(store, _filter(args))
    if args.format == "table":
        from rich.console import Console

        from incidex.table import render_incidents

        render_incidents(list(found), Console())
    elif args.format == "json":
        json.dump([to_dict(i) for i in found], sys.stdout, indent=2)
        print()
    else:
        write(args.format, found, sys.stdout)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """`incidex show ID`: one incident in full."""
    _, store = _open(args)
    incident = store.incident(args.id)
    if incident is None:
        print(f"incidex: there is no incident {args.id}", file=sys.stderr)
        return EXIT_USAGE
    evidence = store.evidence_of(args.id)
    if args.format == "json":
        record = to_dict(incident)
        record["evidence"] = [{"article_id": a, "sentences": s} for a, s in evidence]
        print(json.dumps(record, indent=2))
    else:
        from rich.console import Console

        from incidex.table import render_incident

        render_incident(incident, Console(), evidence)
    return EXIT_OK


def cmd_correct(args: argparse.Namespace) -> int:
    """`incidex correct ID --field F --value V`: an analyst's correction."""
    import getpass

    from incidex.errors import InputError
    from incidex.service import correct_incident

    settings, store = _open(args)
    try:
        incident = correct_incident(
            store,
            args.id,
            args.field,
            args.value,
            note=args.note,
            by=args.by or getpass.getuser(),
            settings=settings,
        )
    except InputError as exc:
        print(f"incidex: {exc}", file=sys.stderr)
        return EXIT_USAGE
    shown = to_dict(incident).get(args.field)
    print(f"incident {incident.id}: {args.field} = {json.dumps(shown)}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """`incidex export`: every (matching) incident in one format."""
    from incidex.export import write
    from incidex.service import find_incidents

    _, store = _open(args)
    found = find_incidents(store, _filter(args))
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            n = write(args.format, found, out)
        print(f"incidex: {n} incidents written to {args.output}", file=sys.stderr)
    else:
        write(args.format, found, sys.stdout)
    return EXIT_OK


def _emit(reports: Iterable[ArticleReport], fmt: str) -> None:
    if fmt == "json":
        json.dump([to_dict(r) for r in reports], sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif fmt == "table":
        from rich.console import Console

        from incidex.table import render

        console = Console()
        for report in reports:
            render(report, console)
    else:
        for report in reports:
            sys.stdout.write(to_json(report) + "\n")
