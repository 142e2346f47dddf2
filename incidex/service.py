"""Use cases shared by the command line and the API: extracting reports from sources."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import BinaryIO

from incidex.errors import InputError
from incidex.extract.pipeline import Stage, extract_many
from incidex.ingest import Skipped, decode_text, read_sources
from incidex.schema import Article, ArticleReport, parse_iso_date
from incidex.settings import Settings, load_settings

SAMPLE_PUBLISHED = "2024-03-06"


@dataclass(slots=True)
class Tally:
    """What a run did: articles reported and inputs skipped, with their reasons."""

    reported: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def extract_text(
    text: str,
    *,
    published: str | None = None,
    article_id: str = "article",
    title: str | None = None,
    settings: Settings | None = None,
) -> ArticleReport:
    """The report of one text; raises InputError for text incidex cannot read."""
    settings = settings or load_settings()
    if published is not None and parse_iso_date(published) is None:
        raise InputError(f"published {published!r} is not an ISO date such as 2024-01-04")
    clean = decode_text(text.encode("utf-8"), limit=settings.max_text_bytes)
    article = Article(id=article_id, text=clean, title=title, published=published)
    return next(extract_many([article], settings))


def extract_sources(
    sources: Sequence[str],
    settings: Settings,
    tally: Tally,
    *,
    published: str | None = None,
    stdin: BinaryIO | None = None,
    stages: Sequence[Stage] | None = None,
) -> Iterator[ArticleReport]:
    """Reports for every article the sources hold; skipped inputs and articles whose extraction
    failed are counted in `tally`."""

    def articles() -> Iterator[Article]:
        for item in read_sources(sources, settings, published=published, stdin=stdin):
            if isinstance(item, Skipped):
                tally.skipped.append(item)
                print(f"incidex: skipped {item.source}: {item.reason}", file=sys.stderr)
            else:
                yield item

    def failed(article: Article, exc: Exception) -> None:
        reason = f"extraction failed ({type(exc).__name__}: {exc}); please report this as a bug"
        tally.skipped.append(Skipped(source=article.id, reason=reason))
        print(f"incidex: skipped {article.id}: {reason}", file=sys.stderr)

    for report in extract_many(articles(), settings, stages, failed=failed):
        tally.reported += 1
        yield report


def sample_article() -> Article:
    """The sample wire story that ships with incidex (`incidex demo` reads it)."""
    raw = resources.files("incidex").joinpath("data/sample_article.txt").read_text("utf-8")
    title, _, body = raw.partition("\n\n")
    return Article(id="sample", text=body.strip(), title=title.strip(), published=SAMPLE_PUBLISHED)
