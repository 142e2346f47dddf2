"""JSON and JSONL records: each bad record is skipped with its line or item and its reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incidex.ingest import Skipped, records_to_articles
from incidex.ingest.records import json_articles, jsonl_articles
from incidex.schema import Article
from incidex.settings import Settings

STORY = "A roadside bomb struck a bus near the invented village of Osterby, killing three."
SIZE_ADVICE = "split it or raise the limit"


def _records(text: str, settings: Settings, source: str = "feed") -> list[Article | Skipped]:
    return list(records_to_articles(text, source=source, settings=settings))


def _reasons(items: list[Article | Skipped]) -> dict[str, str]:
    return {i.source: i.reason for i in items if isinstance(i, Skipped)}


@pytest.fixture
def small(tmp_path: Path) -> Settings:
    return Settings(cache_dir=str(tmp_path), max_text_bytes=50)


def test_records_jsonl_fields_and_ids(settings: Settings) -> None:
    lines = [
        {"id": "a1", "text": STORY, "title": " Bus bombed ", "url": "http://example.test/1"},
        {"text": STORY, "outlet": "Invented Wire", "published": "2024-01-04T09:30:00Z"},
        {"id": 7, "text": STORY, "published": "last Tuesday"},
        {"id": True, "text": STORY, "published": 20240104},
    ]
    text = "\n".join(json.dumps(line) for line in lines)
    articles = _records(text, settings)
    assert [a.id for a in articles if isinstance(a, Article)] == ["a1", "feed:2", "7", "feed:4"]
    first, second, third, _ = articles
    assert isinstance(first, Article) and (first.title, first.url) == (
        "Bus bombed",
        "http://example.test/1",
    )
    assert isinstance(second, Article) and second.published == "2024-01-04T09:30:00Z"
    assert second.outlet == "Invented Wire"
    assert isinstance(third, Article) and third.published is None


def test_records_text_is_kept_exactly(settings: Settings) -> None:
    text = f"  {STORY}\r\n\u2028Second  line.\n"
    [article] = _records(json.dumps({"text": text}, ensure_ascii=False), settings)
    assert isinstance(article, Article) and article.text == text


def test_records_jsonl_bad_lines_each_have_a_reason(settings: Settings) -> None:
    lines = [
        json.dumps({"id": "ok", "text": STORY}),
        "",
        '{"id": "a3" "text": "no comma"}',
        json.dumps({"id": "a4", "title": "no text"}),
        json.dumps({"id": "a5", "text": 42}),
        json.dumps([1, 2]),
        "17",
        json.dumps({"id": "a8", "text": ""}),
        json.dumps({"id": "a9", "text": " \n "}),
        "   ",
        "[" * 100_000,
        json.dumps({"text": "bad \ud800 half"}),
    ]
    items = _records("\n".join(lines) + "\n", settings)
    assert [i.id for i in items if isinstance(i, Article)] == ["ok"]
    assert _reasons(items) == {
        "feed:3": "line 3 is not valid JSON (Expecting ',' delimiter at column 13)",
        "feed:4": "line 4: record has no 'text' string",
        "feed:5": "line 5: record has no 'text' string",
        "feed:6": "line 6 is a JSON array, not an object with 'text'",
        "feed:7": "line 7 is a JSON number, not an object with 'text'",
        "feed:8": "line 8: text is empty",
        "feed:9": "line 9: text is empty (only whitespace)",
        "feed:11": "line 11 is not valid JSON (nested too deeply to read)",
        "feed:12": "line 12: text holds a lone surrogate (U+D800 at offset 4); "
        "write the character itself, or both halves of its escape",
    }


def test_records_jsonl_text_over_the_limit(small: Settings) -> None:
    items = _records(json.dumps({"text": "x" * 60}), small)
    assert _reasons(items) == {
        "feed:1": "line 1: text is 60 bytes, over the 50-byte limit (max_text_bytes); "
        f"{SIZE_ADVICE}"
    }


def test_records_jsonl_line_over_the_line_limit_is_not_held(small: Settings) -> None:
    lines = [json.dumps({"text": "short one", "pad": "y" * 300}), json.dumps({"text": "ok"})]
    items = _records("\n".join(lines), small)
    assert [i.text for i in items if isinstance(i, Article)] == ["ok"]
    assert _reasons(items) == {
        "feed:1": f"line 1 is {len(lines[0])} bytes, over the 200-byte limit "
        f"(4 × max_text_bytes for a JSON line); {SIZE_ADVICE}"
    }


def test_records_jsonl_lines_across_chunk_boundaries(settings: Settings) -> None:
    data = "".join(json.dumps({"id": f"r{n}", "text": STORY}) + "\n" for n in range(5)).encode()
    chunks = [data[i : i + 7] for i in range(0, len(data), 7)]
    items = list(jsonl_articles(chunks, source="feed", settings=settings))
    assert [(i.id, i.text) for i in items if isinstance(i, Article)] == [
        (f"r{n}", STORY) for n in range(5)
    ]


def test_records_jsonl_undecodable_line_names_its_byte(settings: Settings) -> None:
    data = [json.dumps({"text": STORY}).encode(), '{"text": "The mayor’s office"}'.encode("cp1252")]
    items = list(jsonl_articles([b"\n".join(data)], source="f.jsonl", settings=settings))
    assert _reasons(items) == {
        "f.jsonl:2": "line 2 is not UTF-8 (byte 0x92 at offset 19); re-encode it as UTF-8"
    }


def test_records_jsonl_binary_or_empty_stream_is_one_skip(settings: Settings) -> None:
    gzip = [b"\x1f\x8b\x08\x00" + b"\x00\n" * 50]
    assert list(jsonl_articles(gzip, source="f.jsonl", settings=settings)) == [
        Skipped(
            source="f.jsonl", reason="looks like a gzip archive; incidex reads text, HTML and JSON"
        )
    ]
    assert list(jsonl_articles([b"\n \n"], source="f.jsonl", settings=settings)) == [
        Skipped(source="f.jsonl", reason="is empty (no JSON records)")
    ]


def test_records_json_list_ids_and_bad_items(settings: Settings) -> None:
    text = json.dumps([{"text": STORY}, "just a string", {"id": "x7", "text": STORY}])
    items = _records(text, settings, source="batch.json")
    assert [i.id for i in items if isinstance(i, Article)] == ["batch.json#0", "x7"]
    assert _reasons(items) == {"batch.json#1": "item 1 is a JSON string, not an object with 'text'"}


def test_records_pretty_printed_object_is_one_document(settings: Settings) -> None:
    text = json.dumps({"text": STORY, "published": "2024-01-04"}, indent=2)
    [article] = _records(text, settings, source="one.json")
    assert isinstance(article, Article) and (article.id, article.published) == (
        "one.json",
        "2024-01-04",
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[]", "is an empty JSON list"),
        ('[{"text": ', "is not valid JSON (Expecting value at line 1, column 11)"),
        ("[" + "1" * 5000 + "]", "is not valid JSON (Exceeds the limit (4300 digits)"),
    ],
)
def test_records_bad_json_document(settings: Settings, text: str, reason: str) -> None:
    [item] = _records(text, settings, source="batch.json")
    assert isinstance(item, Skipped) and item.source == "batch.json"
    assert item.reason.startswith(reason)


def test_records_json_document_of_another_kind(settings: Settings) -> None:
    assert list(json_articles("null", source="x.json", settings=settings)) == [
        Skipped(source="x.json", reason="is a JSON null, not an object or a list of objects")
    ]
