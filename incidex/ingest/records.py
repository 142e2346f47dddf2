"""Records: JSON documents (an object or a list of objects) and JSONL lines into Articles.

A record carries `text` and optionally `id`, `title`, `url`, `outlet` and `published`. Its text is
kept exactly as given, surrounding whitespace included: gold spans and evidence offsets point into
it. JSONL is read line by line from a stream of chunks, so a file of many articles may be any size;
only one line (at most `_LINE_FACTOR` × max_text_bytes) is held in memory at a time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import Any

from incidex.errors import InputError, MalformedRecord
from incidex.ingest.decode import check_binary, check_text, decode_text, too_large
from incidex.schema import Article
from incidex.settings import Settings

# One JSONL line may be this many times max_text_bytes: ensure_ascii escapes ("\u00e9" for the two
# bytes of "é") triple a text's size, and the other fields ride along on the same line.
_LINE_FACTOR = 4
_SNIFF = 1024  # the head of a JSONL file checked for binary content before it is split into lines


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """An input that yields no article, and why."""

    source: str  # "file.jsonl:17" for a line, "file.json#2" for an item, "file.txt", "<stdin>"
    reason: str  # a predicate on the source: "is empty", "line 17: record has no 'text' string"


def records_to_articles(
    text: str, *, source: str, settings: Settings
) -> Iterator[Article | Skipped]:
    """The Articles of JSON text: one document (a list, or a pretty-printed object) or JSONL."""
    if _is_document(text):
        yield from json_articles(text, source=source, settings=settings)
    else:
        chunks = [text.encode("utf-8", "surrogatepass")]
        yield from jsonl_articles(chunks, source=source, settings=settings)


def json_articles(text: str, *, source: str, settings: Settings) -> Iterator[Article | Skipped]:
    """The Articles of a JSON document: one object, or a list of objects."""
    try:
        data = _parse(text, one_line=False)
    except MalformedRecord as exc:
        yield Skipped(source=source, reason=str(exc))
        return
    if isinstance(data, dict):
        yield _article(data, default_id=source, label="", settings=settings)
        return
    if not isinstance(data, list):
        reason = f"is a JSON {_kind(data)}, not an object or a list of objects"
        yield Skipped(source=source, reason=reason)
        return
    if not data:
        yield Skipped(source=source, reason="is an empty JSON list")
    for index, record in enumerate(data):
        where = f"{source}#{index}"
        yield _article(record, default_id=where, label=f"item {index}", settings=settings)


def jsonl_articles(
    chunks: Iterable[bytes], *, source: str, settings: Settings
) -> Iterator[Article | Skipped]:
    """One Article (or Skipped) per non-blank line of the byte stream `chunks`; a bad line never
    stops the rest, and a file with no record at all is one Skipped."""
    stream = iter(chunks)
    head = next(stream, b"")
    try:
        check_binary(head[:_SNIFF])  # a gzip or PDF named .jsonl: one skip, not a thousand
    except InputError as exc:
        yield Skipped(source=source, reason=str(exc))
        return
    cap = settings.max_text_bytes * _LINE_FACTOR
    seen = False
    for number, (raw, size) in enumerate(_lines(chain([head], stream), cap=cap), start=1):
        if size <= cap and not raw.strip():
            continue  # blank lines separate nothing and are ignored
        seen = True
        yield _line_article(raw, size, number, source=source, settings=settings)
    if not seen:
        yield Skipped(source=source, reason="is empty (no JSON records)")


def _line_article(
    raw: bytes, size: int, number: int, *, source: str, settings: Settings
) -> Article | Skipped:
    where = f"{source}:{number}"
    cap = settings.max_text_bytes * _LINE_FACTOR
    try:
        if size > cap:
            raise too_large(size, cap, setting=f"{_LINE_FACTOR} × max_text_bytes for a JSON line")
        record = _parse(decode_text(raw, limit=cap), one_line=True)
    except InputError as exc:
        return Skipped(source=where, reason=f"line {number} {exc}")
    return _article(record, default_id=where, label=f"line {number}", settings=settings)


def _article(record: Any, *, default_id: str, label: str, settings: Settings) -> Article | Skipped:
    """The Article of one parsed record; `default_id` is also the source a Skipped names."""
    prefix = f"{label}: " if label else ""
    if not isinstance(record, dict):
        reason = f"{label} is a JSON {_kind(record)}, not an object with 'text'"
        return Skipped(source=default_id, reason=reason)
    text = record.get("text")
    if not isinstance(text, str):
        return Skipped(source=default_id, reason=f"{prefix}record has no 'text' string")
    try:
        check_text(text, limit=settings.max_text_bytes)
    except InputError as exc:
        return Skipped(source=default_id, reason=f"{prefix}text {exc}")
    return Article(
        id=_id(record.get("id"), default_id),
        text=text,
        title=_string(record.get("title")),
        url=_string(record.get("url")),
        outlet=_string(record.get("outlet")),
        published=_iso(record.get("published")),
    )


def _lines(chunks: Iterable[bytes], *, cap: int) -> Iterator[tuple[bytes, int]]:
    """Each line of the stream (without its newline) and its size in bytes; a line over `cap`
    comes back empty with its size, so that a huge line is never held whole in memory."""
    held, size = bytearray(), 0
    for chunk in chunks:
        pieces = chunk.split(b"\n")
        for index, piece in enumerate(pieces):
            size += len(piece)
            if size <= cap:
                held += piece
            else:
                held.clear()
            if index < len(pieces) - 1:  # the piece ended with a newline: a whole line
                yield bytes(held), size
                held.clear()
                size = 0
    if size:
        yield bytes(held), size


def _parse(text: str, *, one_line: bool) -> Any:
    """The JSON value of `text`; raises MalformedRecord naming where parsing stopped."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"column {exc.colno}" if one_line else f"line {exc.lineno}, column {exc.colno}"
        raise MalformedRecord(f"is not valid JSON ({exc.msg} at {at})") from exc
    except RecursionError as exc:  # "[[[[…": the C scanner recurses once per level
        raise MalformedRecord("is not valid JSON (nested too deeply to read)") from exc
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise MalformedRecord(f"is not valid JSON ({exc})") from exc


def _is_document(text: str) -> bool:
    """True for a JSON list, or one object spread over several lines; False for JSONL."""
    stripped = text.strip()
    if stripped.startswith("["):
        return True
    if "\n" not in stripped:
        return False  # one object on one line is a JSONL file of one record
    try:
        return isinstance(json.loads(stripped), dict)
    except (ValueError, RecursionError):
        return False


def _kind(value: Any) -> str:
    names = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _id(value: Any, default: str) -> str:
    """The record's own id (a string or an integer), else `default`."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) and value.strip() else default


def _string(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _iso(value: Any) -> str | None:
    """An ISO date or datetime string as given (trimmed), or None for anything else."""
    if not isinstance(value, str):
        return None
    try:
        dt.datetime.fromisoformat(value.strip())  # 3.11: dates, datetimes, "Z" offsets
    except ValueError:
        return None
    return value.strip()
