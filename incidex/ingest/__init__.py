"""Ingest: readers that turn files, directories, JSON/JSONL, HTML, RSS/Atom feeds, URLs and stdin
into Articles."""

from incidex.ingest.decode import decode_text
from incidex.ingest.html import html_to_article
from incidex.ingest.records import Skipped, records_to_articles
from incidex.ingest.sources import plain_article, read_sources

__all__ = [
    "Skipped",
    "decode_text",
    "html_to_article",
    "plain_article",
    "read_sources",
    "records_to_articles",
]
