"""Throughput: articles/s and peak memory of `incidex extract` versus a bare spaCy pass.

    python benchmarks/throughput.py [PATH.jsonl] [--limit N]

Runs both in one process over the same texts, after a warm-up: first the bare `nlp.pipe` pass,
then incidex's whole pipeline (which includes that same pass). Prints each rate, the process's
peak resident memory after each, and the ratio (incidex rate / spaCy rate); asserts nothing.
The default corpus is the package's own sample article.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections.abc import Callable
from pathlib import Path

from incidex.extract.pipeline import extract_many
from incidex.geo import load_gazetteer
from incidex.nlp import load_model, model_text
from incidex.schema import Article
from incidex.service import sample_article
from incidex.settings import load_settings


def _articles(path: Path | None, limit: int) -> list[Article]:
    if path is None:
        return [sample_article()]
    out = []
    for i, line in enumerate(path.open(encoding="utf-8")):
        if limit and i >= limit:
            break
        record = json.loads(line)
        out.append(
            Article(
                id=str(record.get("id", i)), text=record["text"], published=record.get("published")
            )
        )
    return out


def _timed(label: str, work: Callable[[], object], n: int) -> float:
    """Run `work`, print its rate and the process's peak memory so far; return the rate."""
    began = time.perf_counter()
    work()
    seconds = time.perf_counter() - began
    rate = n / seconds
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{label:10} {n:6d} articles  {seconds:8.2f} s  {rate:8.1f} articles/s  "
        f"process peak RSS {peak:7.0f} MiB"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    settings = load_settings()
    articles = _articles(args.path, args.limit)
    if len(articles) < 20:
        articles = articles * (20 // len(articles) + 1)  # a few seconds of work, not a blink
    nlp = load_model(settings.model)
    load_gazetteer(settings)
    list(extract_many(articles[:2], settings))  # warm-up: lazy loads, caches
    texts = [model_text(a.text) for a in articles]
    n = len(articles)
    bare = _timed("spacy", lambda: list(nlp.pipe(texts, batch_size=settings.batch_size)), n)
    ours = _timed("incidex", lambda: list(extract_many(articles, settings)), n)
    print(f"ratio incidex/spacy = {ours / bare:.2f}  (target >= 0.70)")


if __name__ == "__main__":
    main()
