"""Feeds: RSS and Atom documents into one Article per entry, read with feedparser.

feedparser reads every RSS and Atom version and recovers from much broken XML; `html_to_text`
turns the HTML of entries into plain text, in which no markup survives. A document that is no
feed, or a feed broken beyond reading, is one Skipped; an entry without text is a Skipped of its
own, and the other entries are still read.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import re
import xml.sax
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser  # type: ignore[import-untyped]

from incidex.errors import EmptyInput, InputError
from incidex.ingest.decode import BOM, check_binary, check_text
from incidex.ingest.html import html_to_text, looks_like_html
from incidex.ingest.records import Skipped
from incidex.schema import Article
from incidex.settings import Settings

# The start of a feed: "<?xml version='1.0'?>", "<rss version='2.0'>", "<feed xmlns=…>" or an
# RSS 1.0 "<rdf:RDF …>"; a page that starts "<?xml …?><html>" is told apart by looks_like_html.
_FEED_START = re.compile(r"\s*<(?:\?xml|rss|feed|rdf:RDF)[\s>?]")


def looks_like_feed(head: str) -> bool:
    """True when `head` starts like an XML document (a feed, or other XML) and not like a page."""
    return _FEED_START.match(head) is not None and not looks_like_html(head)


def feed_articles(
    data: bytes,
    *,
    source: str,
    settings: Settings,
    url: str | None = None,
    content_type: str | None = None,
) -> Iterator[Article | Skipped]:
    """One Article (or Skipped) per entry of the feed `data`; `url`, where the feed was fetched
    from, resolves relative links, and `content_type` is the server's word on its encoding."""
    check_binary(data.removeprefix(BOM)[:1024])  # a gzip or PDF named .rss
    if not data.strip():
        raise EmptyInput("is empty")
    headers = {"content-location": url or "", "content-type": content_type or "application/xml"}
    # A stream, never a string: feedparser would fetch a string that looks like a URL. Its HTML
    # sanitiser is off because no markup is kept at all: html_to_text drops every tag and what
    # scripts, styles, frames and objects hold, where the sanitiser keeps a frame's fallback text.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=False)
    entries = parsed.get("entries") or []
    if not entries:
        # feedparser puts an XML declaration on a line of its own before a feed without one
        added_lines = 0 if data.removeprefix(BOM).lstrip().startswith(b"<?xml") else 1
        raise InputError(_why_no_entries(parsed, added_lines))
    feed = parsed.get("feed") or {}
    outlet, home = _line(feed.get("title")), _plain(feed.get("link"))
    for index, entry in enumerate(entries):
        where = f"{source}#{index}"
        yield _entry_article(entry, where, outlet=outlet, home=home, settings=settings)


def _why_no_entries(parsed: Any, added_lines: int) -> str:
    if parsed.get("bozo"):
        error = _parse_error(parsed.get("bozo_exception"), added_lines)
        return f"is not a readable RSS or Atom feed ({error})"
    if not parsed.get("version"):
        return "is XML but not an RSS or Atom feed"
    return "is a feed with no entries"


def _parse_error(exc: Any, added_lines: int) -> str:
    """What the XML parser stopped at, and where in the file (expat counts columns from 0)."""
    if isinstance(exc, xml.sax.SAXParseException):
        line, column = exc.getLineNumber(), exc.getColumnNumber()
        if line is not None and column is not None:
            return f"{exc.getMessage()} at line {line - added_lines}, column {column + 1}"
        return exc.getMessage()
    return str(exc) or type(exc).__name__


def _entry_article(
    entry: Any, where: str, *, outlet: str | None, home: str | None, settings: Settings
) -> Article | Skipped:
    """The Article of one entry; `where` ("feed.rss#2") names it when it is skipped, and `home`
    (the feed's own link) resolves a relative entry link."""
    link = _web_url(_plain(entry.get("link")), home)
    ident = _plain(entry.get("id")) or link
    label = f"entry {where.rsplit('#', 1)[1]}" + (f" ({ident})" if ident else "")
    text = _entry_text(entry)
    if not text:
        return Skipped(source=where, reason=f"{label} has no text (neither content nor summary)")
    try:
        check_text(text, limit=settings.max_text_bytes)
    except InputError as exc:
        return Skipped(source=where, reason=f"{label} text {exc}")
    return Article(
        id=ident or where,
        text=text,
        url=link,
        outlet=outlet,
        title=_line(entry.get("title")),
        published=_published(entry),
    )


def _entry_text(entry: Any) -> str:
    """The plain text of the entry's full content, else of its summary ("" when neither)."""
    for part in entry.get("content") or []:
        text = html_to_text(part.get("value") or "")
        if text:
            return text
    return html_to_text(entry.get("summary") or "")


def _web_url(link: str | None, home: str | None) -> str | None:
    """`link` as an absolute http(s) URL, resolved against `home` when relative; None for other
    schemes ("javascript:…") and for ids that feedparser took for links ("urn:uuid:…")."""
    if not link:
        return None
    absolute = urljoin(home, link) if home and _web_url(home, None) else link
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


def _plain(value: Any) -> str | None:
    """A link or id as given, trimmed, or None."""
    return value.strip() or None if isinstance(value, str) else None


def _line(value: Any) -> str | None:
    """A title as one line of plain text (feed titles may hold markup), or None."""
    if not isinstance(value, str):
        return None
    return " ".join(html_to_text(value).split()) or None


def _published(entry: Any) -> str | None:
    """The entry's publication (else update) day as an ISO date, in the feed's own time zone:
    feedparser's parsed dates are in UTC, which moves a story dated "Thu, 04 Jan 2024 01:30
    +0300" to 3 January, and its "yesterday" with it."""
    for key in ("published", "updated"):
        day = _local_day(entry.get(key)) or _utc_day(entry.get(f"{key}_parsed"))
        if day:
            return day
    return None


def _local_day(value: Any) -> str | None:
    """The day of an RFC 822 ("Thu, 04 Jan 2024 …") or ISO 8601 date as written, or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(value.strip()).date().isoformat()
    except ValueError:
        return None


def _utc_day(value: Any) -> str | None:
    """The day of feedparser's parsed date (a UTC struct_time), for the formats it alone reads."""
    try:
        return dt.date(value[0], value[1], value[2]).isoformat()
    except (TypeError, ValueError, IndexError):
        return None
