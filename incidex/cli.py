"""The `incidex` command: thin wrappers over `incidex.service`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence

from incidex import __version__
from incidex.errors import ConfigError
from incidex.schema import ArticleReport, to_dict, to_json
from incidex.settings import load_settings, setting_help

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 inputs skipped, 2 usage error)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except ConfigError as exc:
        print(f"incidex: {exc}", file=sys.stderr)
        return EXIT_USAGE
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
    return parser


def cmd_extract(args: argparse.Namespace) -> int:
    """`incidex extract`: reports for every article in the inputs."""
    from incidex.schema import parse_iso_date
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
