"""Sources: paths, directories, URLs and standard input walked into Articles (or reasons to skip).

Every input yields Articles or a Skipped, in input order: nothing is lost silently, and bad input
never raises. The kind of a file comes from its extension; standard input and explicitly named
files with another extension are sniffed: `{"` starts JSONL, `[{` a JSON list, a doctype or an
<html> tag a page, `<?xml`, `<rss` or `<feed` a feed, anything else is plain text. A URL is
fetched (see fetch.py for its guards), and its body read by the server's content type, else
sniffed the same way.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from incidex.errors import InputError, TooLarge
from incidex.ingest.decode import BOM, decode_text, too_large
from incidex.ingest.feeds import feed_articles, looks_like_feed
from incidex.ingest.fetch import fetch
from incidex.ingest.html import html_to_article, looks_like_html
from incidex.ingest.records import Skipped, json_articles, jsonl_articles
from incidex.schema import Article
from incidex.settings import Settings

KINDS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
# How many times max_text_bytes a whole file of each kind may be: a JSON list holds many articles,
# and markup, scripts and styles make a page several times the size of its text; a feed is like a
# JSON list. (JSONL is read line by line and has no file limit.) A fetched body is held to the
# page factor, whatever it turns out to be. The article text itself is held to max_text_bytes.
_FILE_FACTOR = {"text": 1, "json": 50, "html": 10, "feed": 50}
_SNIFF = 1024  # bytes read first to tell JSON, HTML, feeds and text apart
_CHUNK = 1 << 16
_TITLE_MAX = 150  # a first line this long or longer is a paragraph, not a headline
# The first line and the blank line(s) after it: "Headline\n\n", "Headline\r\n  \r\n\n".
_HEAD = re.compile(r"([^\r\n]*)\r?\n[ \t]*\r?\n\s*")
_SENTENCE_END = (".", "!", "?", ":", ";", "…")
_CLOSERS = "\"'”’)]»"  # closing quotes and brackets after a sentence's last mark
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")  # "## Headline" in a .md file
# Record starts, strict enough that a text opening "[Update] Gunmen…" or "{Note}" stays text.
_JSONL_START = re.compile(rb'\{\s*["}]')  # {"id": …
_JSON_START = re.compile(rb"\[\s*[{\]]")  # [{"id": … or []
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")  # "https://…", "ftp://…", "file:///…"
# What a server's Content-Type says a body is; other types are sniffed.
_MEDIA_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
}


def read_sources(
    sources: Sequence[str],
    settings: Settings,
    *,
    published: str | None = None,
    stdin: BinaryIO | None = None,
    allow_private: bool = False,
) -> Iterator[Article | Skipped]:
    """Articles and Skipped inputs in input order; `published` (an ISO date) fills in articles
    without one of their own, `-` reads `stdin` (by default sys.stdin.buffer), and URLs are
    fetched from public addresses only unless `allow_private`."""
    for source in sources:
        for item in _read(source, settings, stdin, allow_private=allow_private):
            if isinstance(item, Article) and item.published is None and published:
                yield dataclasses.replace(item, published=published)
            else:
                yield item


def plain_article(text: str, *, article_id: str) -> Article:
    """A plain-text article, trimmed; a short first line that is no sentence and is followed by a
    blank line is its title, and the text is what follows."""
    stripped = text.strip()
    head = _HEAD.match(stripped)
    if head and _is_title(head[1]) and head.end() < len(stripped):
        title = _MARKDOWN_HEADING.sub("", head[1].strip(), count=1)
        return Article(id=article_id, title=title, text=stripped[head.end() :])
    return Article(id=article_id, text=stripped)


def _is_title(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) < _TITLE_MAX and not line.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _read(
    source: str, settings: Settings, stdin: BinaryIO | None, *, allow_private: bool
) -> Iterator[Article | Skipped]:
    if _URL.match(source):
        yield from _guarded(source, _url(source, settings, allow_private=allow_private))
        return
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from _guarded("<stdin>", _stream(stream, "<stdin>", None, settings))
        return
    path = Path(source)
    if path.is_dir():
        items = _directory(path, settings)
        first = next(items, None)
        if first is None:
            yield Skipped(source=source, reason="holds no files (hidden ones are not read)")
            return
        yield first
        yield from items
    elif path.exists():
        yield from _guarded(source, _file(path, source, settings))
    else:
        yield Skipped(source=source, reason="no such file or directory")


def _url(source: str, settings: Settings, *, allow_private: bool) -> Iterator[Article | Skipped]:
    """The articles of the page or feed at the URL `source`."""
    factor = _FILE_FACTOR["html"]
    cap, setting = settings.max_text_bytes * factor, f"{factor} × max_text_bytes"
    page = fetch(source, cap=cap, cap_setting=setting, allow_private=allow_private)
    kind = _MEDIA_KINDS.get(page.media_type or "") or _sniff(page.body[:_SNIFF])
    try:
        if kind == "feed":
            yield from feed_articles(
                page.body,
                source=source,
                settings=settings,
                url=page.url,
                content_type=page.content_type,
            )
        elif kind == "jsonl":
            yield from jsonl_articles([page.body], source=source, settings=settings)
        else:
            yield from _document(page.text(), source, kind, settings, url=page.url)
    except InputError as exc:  # the reason names the URL the body came from
        raise type(exc)(f"the body of {page.url}: {exc}") from exc


def _directory(folder: Path, settings: Settings) -> Iterator[Article | Skipped]:
    """The articles of the files under `folder`, recursively, sorted by name; hidden files and
    folders are left out, files of other types are named as skipped."""
    try:
        entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    except OSError as exc:
        yield Skipped(source=str(folder), reason=f"cannot be listed ({exc.strerror or exc})")
        return
    for path in entries:
        if path.is_dir() and path.is_symlink():  # a linked folder could loop back on itself
            reason = "is a link to a folder, which is not followed; name it as an input to read it"
            yield Skipped(source=str(path), reason=reason)
        elif path.is_dir():
            yield from _directory(path, settings)
        elif path.suffix.casefold() in KINDS:
            yield from _guarded(str(path), _file(path, str(path), settings))
        else:
            reason = (
                f"unsupported file type {path.suffix or '(no extension)'}; "
                f"incidex reads {', '.join(KINDS)}"
            )
            yield Skipped(source=str(path), reason=reason)


def _file(path: Path, source: str, settings: Settings) -> Iterator[Article | Skipped]:
    with path.open("rb") as handle:
        kind = KINDS.get(path.suffix.casefold())  # None: sniffed, as on standard input
        yield from _stream(handle, source, kind, settings, size=path.stat().st_size)


def _stream(
    stream: BinaryIO, source: str, kind: str | None, settings: Settings, *, size: int | None = None
) -> Iterator[Article | Skipped]:
    """The articles of one byte stream of the given kind (sniffed when None); `size`, when
    known, lets an oversized file be refused before it is read."""
    head = stream.read(_SNIFF)
    kind = kind or _sniff(head)
    chunks = chain([head], iter(lambda: stream.read(_CHUNK), b""))
    if kind == "jsonl":
        yield from jsonl_articles(chunks, source=source, settings=settings)
        return
    cap = settings.max_text_bytes * _FILE_FACTOR[kind]
    setting = "max_text_bytes" if kind == "text" else f"{_FILE_FACTOR[kind]} × max_text_bytes"
    if size is not None and size > cap:
        raise too_large(size, cap, setting=setting)
    data = _read_capped(chunks, cap, setting)
    if kind == "feed":  # bytes: feedparser reads the encoding its XML declaration names
        yield from feed_articles(data, source=source, settings=settings)
        return
    text = decode_text(data, limit=len(data))  # the size was checked while reading
    yield from _document(text, source, kind, settings)


def _document(
    text: str, source: str, kind: str, settings: Settings, *, url: str | None = None
) -> Iterator[Article | Skipped]:
    """The articles of a decoded document; `url` is where it was fetched from, if it was."""
    if kind == "json":
        yield from json_articles(text, source=source, settings=settings)
    elif kind == "html" or looks_like_html(text):
        article = html_to_article(text, article_id=source, url=url)
        size, limit = len(article.text.encode("utf-8")), settings.max_text_bytes
        if size > limit:
            raise TooLarge(
                f"has {size:,} bytes of main text, over the {limit:,}-byte limit (max_text_bytes);"
                " split it or raise the limit"
            )
        yield article
    else:
        yield dataclasses.replace(plain_article(text, article_id=source), url=url)


def _read_capped(chunks: Iterable[bytes], cap: int, setting: str) -> bytes:
    """All of `chunks`; raises TooLarge as soon as they pass `cap` bytes (a pipe or a device)."""
    data = bytearray()
    for chunk in chunks:
        data += chunk
        if len(data) > cap:
            raise TooLarge(
                f"is over the {cap:,}-byte limit ({setting}); split it or raise the limit"
            )
    return bytes(data)


def _sniff(head: bytes) -> str:
    """The kind of a stream from its first bytes."""
    start = head.removeprefix(BOM).lstrip()
    if _JSONL_START.match(start):
        return "jsonl"
    if _JSON_START.match(start):
        return "json"
    text = start.decode("utf-8", "replace")
    if looks_like_html(text):
        return "html"
    return "feed" if looks_like_feed(text) else "text"


def _guarded(source: str, items: Iterator[Article | Skipped]) -> Iterator[Article | Skipped]:
    """The `items` of one input, ending in a Skipped instead of an exception when the input
    cannot be read: this is the per-input ingest loop, and bad input never stops the run."""
    try:
        yield from items
    except InputError as exc:
        yield Skipped(source=source, reason=str(exc))
    except OSError as exc:
        yield Skipped(source=source, reason=f"cannot be read ({exc.strerror or exc})")
    except Exception as exc:  # STYLE.md: only here, in the per-input loop: record it, go on
        reason = f"cannot be read ({type(exc).__name__}: {exc}); please report this as a bug"
        yield Skipped(source=source, reason=reason)
