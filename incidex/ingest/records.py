"""Records: JSON documents (an object or a list of objects) and JSONL lines into Articles."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from incidex.errors import InputError
from incidex.ingest.decode import decode_text
from incidex.schema import Article, parse_iso_date
from incidex.settings import Settings


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """An input that yields no article, and why."""

    source: str  # "file.jsonl:17" for a line, "file.txt" for a file, "<stdin>" for stdin
    reason: str


def jsonl_articles(
    lines: Iterable[bytes], *, source: str, settings: Settings
) -> Iterator[Article | Skipped]:
    """One Article (or Skipped) per non-blank line; a bad line never stops the rest."""
    for number, raw in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        try:
            line = decode_text(raw, limit=settings.max_text_bytes * 2)  # JSON escapes inflate text
            record = json.loads(line.strip())
        except InputError as exc:
            yield Skipped(source=where, reason=f"line {number} {exc}")
            continue
        except json.JSONDecodeError as exc:
            yield Skipped(
                source=where,
                reason=f"line {number} is not valid JSON ({exc.msg} at column {exc.colno})",
            )
            continue
        yield _article(
            record, default_id=where, where=f"line {number}", source=where, settings=settings
        )


def json_articles(text: str, *, source: str, settings: Settings) -> Iterator[Article | Skipped]:
    """The Articles of a JSON document: one object, or a list of objects."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Skipped(
            source=source,
            reason=f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
        )
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        where = f"{source}#{index}" if isinstance(data, list) else source
        yield _article(
            record, default_id=where, where=f"record {index}", source=where, settings=settings
        )


def _article(
    record: Any, *, default_id: str, where: str, source: str, settings: Settings
) -> Article | Skipped:
    if not isinstance(record, dict):
        return Skipped(
            source=source,
            reason=f"{where} is a JSON {type(record).__name__}, not an object with 'text'",
        )
    text = record.get("text")
    if not isinstance(text, str):
        return Skipped(source=source, reason=f"{where}: record has no 'text' string")
    try:
        text = decode_text(text.encode("utf-8", "surrogatepass"), limit=settings.max_text_bytes)
    except InputError as exc:
        return Skipped(source=source, reason=f"{where}: text {exc}")
    published = _string(record.get("published"))
    return Article(
        id=str(record["id"]) if record.get("id") is not None else default_id,
        text=text,
        title=_string(record.get("title")),
        url=_string(record.get("url")),
        outlet=_string(record.get("outlet")),
        published=published if parse_iso_date(published) else None,
    )


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
