"""The single writer: milliseconds per article to merge and store, as the database grows.

    python benchmarks/writer.py PATH.jsonl [--limit N] [--copies K] [--db-url URL]

Extraction runs in parallel workers, but one process merges and stores every article, so its
cost per article caps ingest whatever the number of workers, and it must not grow with the
database. The articles of PATH are extracted once; then their reports are stored K times, each
copy moved 400 days later and with every capitalised word's letters shifted (same length, so
evidence offsets hold; each copy reads as other people in other places, reported at another
time). Prints the writer's milliseconds per article for each block of 1,000, the second look's
time, and the database size. Asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import tempfile
import time
from pathlib import Path

from incidex.extract.pipeline import extract_many
from incidex.ingest.sources import read_sources
from incidex.schema import Article, ArticleReport, from_json, to_dict
from incidex.service import IngestTally, _versions, consolidate, store_report
from incidex.settings import load_settings
from incidex.store import open_store

_CAPITALISED = re.compile(r"\b([A-Z])([a-z]{2,})")
_ISO_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
SHIFT_DAYS = 400


def _renamed(text: str, k: int) -> str:
    def shift(m: re.Match[str]) -> str:
        return m[1] + "".join(chr((ord(c) - 97 + k) % 26 + 97) for c in m[2])

    return _CAPITALISED.sub(shift, text) if k else text


def _later(value: object, days: int) -> object:
    """Every ISO date string in a JSON value moved `days` later."""
    if isinstance(value, dict):
        return {key: _later(v, days) for key, v in value.items()}
    if isinstance(value, list):
        return [_later(v, days) for v in value]
    if isinstance(value, str) and _ISO_DAY.match(value):
        try:
            day = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=days)
        except ValueError:
            return value
        return day.isoformat() + value[10:]
    return value


def _copy(report: ArticleReport, k: int) -> ArticleReport:
    raw = _later(to_dict(report, with_text=True), SHIFT_DAYS * k)
    assert isinstance(raw, dict)
    article = raw["article"]
    article["id"] = f"{article['id']}#{k}"
    article["text"] = _renamed(article["text"], k)
    if article.get("title"):
        article["title"] = _renamed(article["title"], k)
    if article.get("url"):
        article["url"] = f"{article['url']}#{k}"
    return from_json(ArticleReport, raw)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--db-url", help="a PostgreSQL URL; a fresh SQLite file by default")
    args = parser.parse_args()
    settings = load_settings()
    articles = [a for a in read_sources([str(args.path)], settings) if isinstance(a, Article)]
    articles = articles[: args.limit or None]
    began = time.perf_counter()
    reports = list(extract_many(articles, settings))
    print(f"extracted {len(reports)} articles in {time.perf_counter() - began:.0f} s")
    folder = Path(tempfile.mkdtemp(prefix="incidex-writer-"))
    store = open_store(args.db_url or f"sqlite:///{folder / 'incidex.db'}")
    versions, tally = _versions(settings), IngestTally()
    stored, block, spent = 0, 0.0, 0.0
    for k in range(args.copies):
        for report in reports:
            copy = _copy(report, k)
            began = time.perf_counter()
            with store.transaction() as conn:
                store_report(store, conn, copy, settings=settings, versions=versions, tally=tally)
            block += time.perf_counter() - began
            stored += 1
            if stored % 1000 == 0:
                print(f"{stored:7d} articles: {block:.1f} ms per article over the last 1,000")
                spent, block = spent + block, 0.0
    spent += block
    began = time.perf_counter()
    merged = consolidate(store, settings, tally.incidents_new)
    second = time.perf_counter() - began
    print(f"stored {stored} articles in {spent:.0f} s = {1000 * spent / stored:.1f} ms per article")
    print(f"second look: {second:.1f} s over {len(tally.incidents_new)} incidents, {merged} merged")
    if not args.db_url:
        size = sum(p.stat().st_size for p in folder.glob("incidex.db*"))
        print(f"database {size / 2**20:.0f} MiB = {size / stored * 1000 / 2**20:.1f} MiB per 1,000")
    store.close()


if __name__ == "__main__":
    main()
