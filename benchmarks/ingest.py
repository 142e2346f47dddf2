"""Ingest: articles/s into the incident database with 1 and 2 workers, database size per 1,000
articles, and query latency.

    python benchmarks/ingest.py [PATH.jsonl] [--limit N] [--db-url URL]

Each run ingests the same articles into a fresh SQLite file (or a fresh schema of the PostgreSQL
database given with --db-url) through the real `incidex ingest` code path, then times the
queries analysts run most: all incidents, a country and date range, a place radius, a text
search, and one incident by id. Without a path it uses the package's sample article repeated
with distinct ids (enough to time the code, not a realistic mix). Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from incidex.service import IngestTally, find_incidents, ingest_sources, sample_article
from incidex.settings import load_settings
from incidex.store import IncidentFilter, Store, open_store


def _feed(path: Path | None, limit: int, folder: Path) -> Path:
    """A JSONL file of the articles to ingest."""
    out = folder / "articles.jsonl"
    with out.open("w", encoding="utf-8") as f:
        if path is None:
            base = sample_article()
            for i in range(limit or 50):
                text = f"{base.text}\n\n(Report {i}.)"
                record = dataclasses.asdict(base) | {"id": f"sample-{i}", "text": text}
                f.write(json.dumps(record) + "\n")
            return out
        for i, line in enumerate(path.open(encoding="utf-8")):
            if limit and i >= limit:
                break
            record = json.loads(line)
            keep = {k: record.get(k) for k in ("id", "text", "published", "title", "url", "outlet")}
            f.write(json.dumps(keep) + "\n")
    return out


def _time(work: Callable[[], object], repeat: int = 20) -> float:
    """Median milliseconds of `work`."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _queries(store: Store) -> None:
    every = list(find_incidents(store, IncidentFilter()))
    first = every[0] if every else None
    day = first.date.value if first and first.date else dt.date(2024, 1, 1)
    place = first.place if first and first.place and first.place.lat is not None else None
    country = place.country_code if place else "US"
    cases: dict[str, Callable[[], object]] = {
        "all incidents": lambda: list(find_incidents(store, IncidentFilter())),
        "country + 30 days": lambda: list(
            find_incidents(
                store,
                IncidentFilter(
                    country=country,
                    since=day - dt.timedelta(days=15),
                    until=day + dt.timedelta(days=15),
                ),
            )
        ),
        "text search": lambda: list(find_incidents(store, IncidentFilter(text="police shot"))),
        "one incident": lambda: store.incident(first.id if first else 1),
    }
    if place and place.lat is not None and place.lon is not None:
        near = (place.lat, place.lon, 50.0)
        cases["within 50 km"] = lambda: list(find_incidents(store, IncidentFilter(near=near)))
    print(f"  queries over {len(every)} incidents (median of 20 runs):")
    for label, work in cases.items():
        print(f"    {label:18} {_time(work):8.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--db-url", help="a PostgreSQL URL; a fresh SQLite file by default")
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="incidex-bench-"))
    feed = _feed(args.path, args.limit, folder)
    n = sum(1 for _ in feed.open(encoding="utf-8"))
    settings = load_settings()
    for workers in args.workers:
        db_file = folder / f"incidex-{workers}.db"
        store = open_store(args.db_url or f"sqlite:///{db_file}")
        tally = IngestTally()
        began = time.perf_counter()
        ingest_sources([str(feed)], settings, store, tally, workers=workers)
        seconds = time.perf_counter() - began
        print(f"workers {workers}: {n} articles in {seconds:.1f} s = {n / seconds:.1f} articles/s")
        print(f"  {tally.summary()}")
        if not args.db_url:
            size = sum(
                p.stat().st_size for p in folder.glob(f"incidex-{workers}.db*") if p.is_file()
            )
            per_k = size / max(tally.new, 1) * 1000 / 2**20
            print(f"  database {size / 2**20:.1f} MiB = {per_k:.1f} MiB per 1,000 articles")
        _queries(store)
        store.close()
    if os.environ.get("KEEP") is None:
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
