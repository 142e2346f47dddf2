"""Reading sources: files, directories, JSON/JSONL, HTML, stdin; nothing lost, nothing crashes."""

from __future__ import annotations

import io
import json
from pathlib import Path

from incidex.ingest import Skipped, read_sources
from incidex.schema import Article
from incidex.settings import Settings

STORY = "Gunmen attacked a police post in the town on Monday, killing two officers."


def _read(paths: list[str], settings: Settings, **kw: object) -> list[Article | Skipped]:
    return list(read_sources(paths, settings, **kw))  # type: ignore[arg-type]


def test_sources_text_file_with_title(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Police post attacked\n\n{STORY}\n", encoding="utf-8")
    [article] = _read([str(path)], settings, published="2024-01-04")
    assert isinstance(article, Article)
    assert (article.title, article.text, article.published) == (
        "Police post attacked",
        STORY,
        "2024-01-04",
    )
    assert article.id == str(path)


def test_sources_text_without_title_keeps_first_paragraph(
    tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"{STORY}\n\nA second paragraph.", encoding="utf-8")
    [article] = _read([str(path)], settings)
    assert isinstance(article, Article)
    assert article.title is None and article.text.startswith(STORY)


def test_sources_jsonl_skips_bad_lines_with_their_numbers(
    tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": STORY, "published": "2024-01-04", "url": "http://x/1"}),
        "",
        '{"id": "a2", "text": "broken',
        json.dumps({"id": "a3", "title": "no text"}),
        json.dumps([1, 2]),
        json.dumps({"text": STORY}),
        json.dumps({"id": "a6", "text": "   "}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read([str(path)], settings)
    articles = [i for i in items if isinstance(i, Article)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [a.id for a in articles] == ["a1", f"{path}:6"]
    assert articles[0].url == "http://x/1" and articles[0].published == "2024-01-04"
    reasons = {s.source.rsplit(":", 1)[1]: s.reason for s in skipped}
    assert reasons["3"].startswith("line 3 is not valid JSON (Unterminated string")
    assert reasons["4"] == "line 4: record has no 'text' string"
    assert reasons["5"] == "line 5 is a JSON list, not an object with 'text'"
    assert reasons["7"] == "line 7: text is empty"


def test_sources_json_list_ids(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"text": STORY}, {"id": 7, "text": STORY}]), encoding="utf-8")
    ids = [a.id for a in _read([str(path)], settings) if isinstance(a, Article)]
    assert ids == [f"{path}#0", "7"]


def test_sources_malformed_json_document(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"text": ', encoding="utf-8")
    [item] = _read([str(path)], settings)
    assert isinstance(item, Skipped) and item.reason.startswith(
        "is not valid JSON (Expecting value"
    )


def test_sources_html_main_text_without_script(tmp_path: Path, settings: Settings) -> None:
    body = " ".join([STORY] * 4)
    html = (
        "<html><head><title>Police post attacked</title><script>alert('x')</script></head>"
        f"<body><nav>Home | World</nav><article><h1>Police post attacked</h1><p>{body}</p>"
        f"<p>{STORY}</p><script>document.write('tracking')</script></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [article] = _read([str(path)], settings)
    assert isinstance(article, Article)
    assert "Gunmen attacked a police post" in article.text
    assert "alert" not in article.text and "tracking" not in article.text
    assert article.title == "Police post attacked"


def test_sources_html_without_text_is_skipped(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    [item] = _read([str(path)], settings)
    assert isinstance(item, Skipped) and item.reason == "no main text found in the HTML"


def test_sources_directory_walk_is_sorted_and_names_unsupported(
    tmp_path: Path, settings: Settings
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "1.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    items = _read([str(tmp_path)], settings)
    assert [i.id for i in items if isinstance(i, Article)] == [
        str(tmp_path / "1.txt"),
        str(tmp_path / "b" / "2.txt"),
    ]
    [skip] = [i for i in items if isinstance(i, Skipped)]
    assert skip.reason.startswith("unsupported file type .pdf")


def test_sources_bad_files_each_have_a_reason(tmp_path: Path) -> None:
    settings = Settings(cache_dir=str(tmp_path), max_text_bytes=200)
    cases = {
        "empty.txt": (b"", "is empty"),
        "binary.txt": (b"ab\x00cd", "looks binary (NUL byte at offset 2)"),
        "latin1.txt": (b"Caf\xe9 attack", "is not UTF-8 (byte 0xe9 at offset 3)"),
        "huge.txt": (b"word " * 100, "is 500 bytes, over the 200-byte limit"),
    }
    for name, (data, _) in cases.items():
        (tmp_path / name).write_bytes(data)
    items = _read([str(tmp_path / n) for n in cases] + [str(tmp_path / "missing.txt")], settings)
    assert all(isinstance(i, Skipped) for i in items)
    for item, (_, reason) in zip(items, cases.values(), strict=False):
        assert reason in item.reason
    assert items[-1].reason == "no such file or directory"  # type: ignore[union-attr]


def test_sources_stdin_jsonl_and_text(settings: Settings) -> None:
    feed = json.dumps({"id": "s1", "text": STORY}) + "\n"
    [a] = _read(["-"], settings, stdin=io.BufferedReader(io.BytesIO(feed.encode())))  # type: ignore[arg-type]
    assert isinstance(a, Article) and a.id == "s1"
    [b] = _read(["-"], settings, stdin=io.BufferedReader(io.BytesIO(STORY.encode())))  # type: ignore[arg-type]
    assert isinstance(b, Article) and (b.id, b.text) == ("<stdin>", STORY)
