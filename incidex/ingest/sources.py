"""Sources: paths, directories and standard input walked into Articles (or reasons to skip).

Every input yields an Article or a Skipped: nothing is lost silently, and nothing raises.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from incidex.errors import InputError
from incidex.ingest.decode import decode_text
from incidex.ingest.html import html_to_article, looks_like_html
from incidex.ingest.records import Skipped, json_articles, jsonl_articles
from incidex.schema import Article
from incidex.settings import Settings

SUPPORTED = (".txt", ".text", ".md", ".json", ".jsonl", ".html", ".htm")
_TITLE_MAX = 150  # a first line longer than this is a paragraph, not a headline
_FILE_FACTOR = 50  # a JSON/JSONL file may hold many articles: cap the file at 50 texts' size


def read_sources(
    sources: Sequence[str],
    settings: Settings,
    *,
    published: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Skipped]:
    """Articles and Skipped inputs in input order; `published` fills in articles without one."""
    for source in sources:
        for item in _read(source, settings, stdin):
            if isinstance(item, Article) and item.published is None and published:
                yield dataclasses.replace(item, published=published)
            else:
                yield item


def _read(source: str, settings: Settings, stdin: BinaryIO | None) -> Iterator[Article | Skipped]:
    if source == "-":
        yield from _stdin(stdin or sys.stdin.buffer, settings)
        return
    path = Path(source)
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
            if child.is_file() and not hidden:
                yield from _file(child, settings)
    elif path.is_file():
        yield from _file(path, settings)
    else:
        yield Skipped(source=source, reason="no such file or directory")


def _stdin(stream: BinaryIO, settings: Settings) -> Iterator[Article | Skipped]:
    first = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if first.lstrip().startswith(b"{"):
        yield from jsonl_articles(stream, source="<stdin>", settings=settings)
        return
    yield from _document(stream.read(), "<stdin>", ".txt", settings)


def _file(path: Path, settings: Settings) -> Iterator[Article | Skipped]:
    suffix = path.suffix.casefold()
    if suffix not in SUPPORTED:
        yield Skipped(
            source=str(path),
            reason=f"unsupported file type {suffix or '(none)'}; "
            "incidex reads .txt, .md, .json, .jsonl, .html",
        )
        return
    try:
        if suffix == ".jsonl":
            with path.open("rb") as handle:
                yield from jsonl_articles(handle, source=str(path), settings=settings)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(source=str(path), reason=f"cannot be read ({exc.strerror})")
        return
    yield from _document(data, str(path), suffix, settings)


def _document(
    data: bytes, source: str, suffix: str, settings: Settings
) -> Iterator[Article | Skipped]:
    factor = _FILE_FACTOR if suffix in (".json", ".html", ".htm") else 1
    try:
        text = decode_text(data, limit=settings.max_text_bytes * factor)
        if suffix == ".json" or (
            suffix == ".txt" and source == "<stdin>" and text.lstrip().startswith("[")
        ):
            yield from json_articles(text, source=source, settings=settings)
        elif suffix in (".html", ".htm") or looks_like_html(text):
            article = html_to_article(text, article_id=source)
            decode_text(article.text.encode(), limit=settings.max_text_bytes)  # the size check
            yield article
        else:
            yield plain_article(text, article_id=source)
    except InputError as exc:
        yield Skipped(source=source, reason=str(exc))


def plain_article(text: str, *, article_id: str) -> Article:
    """A plain-text article; a short first line followed by a blank line is its title."""
    stripped = text.strip()
    head, sep, body = stripped.partition("\n\n")
    if (
        sep
        and body.strip()
        and "\n" not in head
        and len(head) <= _TITLE_MAX
        and not head.rstrip().endswith((".", "!", "?", ":"))
    ):
        return Article(id=article_id, title=head.strip(), text=body.strip())
    return Article(id=article_id, text=stripped)
