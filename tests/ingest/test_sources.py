"""Reading sources: files, directories, JSON/JSONL, HTML, stdin; nothing lost, nothing raised."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest

from incidex.ingest import Skipped, plain_article, read_sources
from incidex.schema import Article
from incidex.settings import Settings

STORY = "Gunmen attacked a police post in the invented town of Varenko, killing two officers."
MORE = "Residents said the shooting lasted about twenty minutes before the attackers fled."
PAGE = (
    "<!DOCTYPE html><html><head><title>Police post attacked</title></head><body>"
    f"<nav>Home | World</nav><article><p>{STORY}</p><p>{MORE}</p></article></body></html>"
)
READS = "incidex reads text, HTML and JSON"
SIZE_ADVICE = "split it or raise the limit"


def _read(
    sources: list[str], settings: Settings, *, published: str | None = None, stdin: bytes = b""
) -> list[Article | Skipped]:
    return list(read_sources(sources, settings, published=published, stdin=io.BytesIO(stdin)))


def _write(path: Path, data: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


@pytest.mark.parametrize(
    ("content", "title", "text"),
    [
        (f"Police post attacked\n\n{STORY}\n", "Police post attacked", STORY),
        (f"\n  Police post attacked\r\n \t\r\n\r\n{STORY}", "Police post attacked", STORY),
        (f"## Police post attacked\n\n{STORY}", "Police post attacked", STORY),
        (f"{STORY}\n\nA second paragraph.", None, f"{STORY}\n\nA second paragraph."),
        (f'Police said "no."\n\n{STORY}', None, f'Police said "no."\n\n{STORY}'),
        (f"Who attacked the post?\n\n{STORY}", None, f"Who attacked the post?\n\n{STORY}"),
        (f"Police post attacked\n{STORY}", None, f"Police post attacked\n{STORY}"),
        (f"{'Long ' * 30}headline\n\n{STORY}", None, f"{'Long ' * 30}headline\n\n{STORY}"),
        ("Police post attacked\n\n", None, "Police post attacked"),
        (f"Title\n\n{STORY}\r\n\r\nSecond  para.", "Title", f"{STORY}\r\n\r\nSecond  para."),
    ],
    ids=[
        "title",
        "crlf-and-spaces",
        "markdown",
        "sentence",
        "quoted-sentence",
        "question",
        "no-blank-line",
        "too-long",
        "title-only",
        "inside-unchanged",
    ],
)
def test_sources_plain_text_title_detection(content: str, title: str | None, text: str) -> None:
    article = plain_article(content, article_id="a.txt")
    assert (article.title, article.text) == (title, text)


def test_sources_text_file_id_title_and_published(tmp_path: Path, settings: Settings) -> None:
    path = _write(tmp_path / "story.txt", f"Police post attacked\n\n{STORY}\n")
    [article] = _read([path], settings, published="2024-01-04")
    assert isinstance(article, Article)
    assert (article.id, article.title, article.text, article.published) == (
        path,
        "Police post attacked",
        STORY,
        "2024-01-04",
    )


def test_sources_published_fills_only_articles_without_one(
    tmp_path: Path, settings: Settings
) -> None:
    lines = [{"id": "own", "text": STORY, "published": "2023-05-01"}, {"id": "none", "text": STORY}]
    path = _write(tmp_path / "f.jsonl", "\n".join(json.dumps(x) for x in lines))
    dates = [(a.id, a.published) for a in _read([path], settings, published="2024-01-04")]
    assert dates == [("own", "2023-05-01"), ("none", "2024-01-04")]


def test_sources_bad_files_each_have_their_reason(tmp_path: Path) -> None:
    settings = Settings(cache_dir=str(tmp_path), max_text_bytes=200)
    cases = {
        "empty.txt": (b"", "is empty"),
        "blank.txt": (b" \n\n\t ", "is empty (only whitespace)"),
        "nul.txt": (b"twelve bytes\x00rest", f"looks binary (NUL byte at offset 12); {READS}"),
        "report.txt": (b"%PDF-1.4\n...", f"looks like a PDF; {READS}"),
        "cp1252.txt": (
            "The mayor’s office was hit.".encode("cp1252"),
            "is not UTF-8 (byte 0x92 at offset 9); re-encode it as UTF-8",
        ),
        "huge.txt": (
            b"word " * 100,
            f"is 500 bytes, over the 200-byte limit (max_text_bytes); {SIZE_ADVICE}",
        ),
        "huge.json": (
            json.dumps([{"text": "x"}] * 1000).encode(),
            f"is 15,000 bytes, over the 10,000-byte limit (50 × max_text_bytes); {SIZE_ADVICE}",
        ),
    }
    paths = [_write(tmp_path / name, data) for name, (data, _) in cases.items()]
    missing = str(tmp_path / "missing.txt")
    items = _read([*paths, missing], settings)
    assert items == [
        *(
            Skipped(source=p, reason=reason)
            for p, (_, reason) in zip(paths, cases.values(), strict=True)
        ),
        Skipped(source=missing, reason="no such file or directory"),
    ]


def test_sources_json_and_jsonl_files(tmp_path: Path, settings: Settings) -> None:
    batch = _write(tmp_path / "batch.json", json.dumps([{"text": STORY}, {"id": 7, "text": STORY}]))
    feed = _write(tmp_path / "feed.jsonl", json.dumps({"text": STORY}) + "\n{bad\n")
    items = _read([batch, feed], settings)
    assert [(type(i).__name__, i.source if isinstance(i, Skipped) else i.id) for i in items] == [
        ("Article", f"{batch}#0"),
        ("Article", "7"),
        ("Article", f"{feed}:1"),
        ("Skipped", f"{feed}:2"),
    ]
    assert items[3] == Skipped(
        source=f"{feed}:2",
        reason="line 2 is not valid JSON (Expecting property name enclosed in double quotes "
        "at column 2)",
    )


def test_sources_html_file_without_script(tmp_path: Path, settings: Settings) -> None:
    page = PAGE.replace("</article>", "<script>document.write('LEAK')</script></article>")
    [article] = _read([_write(tmp_path / "page.htm", page)], settings)
    assert isinstance(article, Article)
    assert STORY in article.text and "LEAK" not in article.text and "Home" not in article.text
    assert article.title == "Police post attacked"


def test_sources_html_without_text_is_skipped(tmp_path: Path, settings: Settings) -> None:
    path = _write(tmp_path / "empty.html", "<html><body><script>var a = 1;</script></body></html>")
    assert _read([path], settings) == [
        Skipped(source=path, reason="no main text found in the HTML")
    ]


def test_sources_html_main_text_over_the_limit(tmp_path: Path) -> None:
    settings = Settings(cache_dir=str(tmp_path), max_text_bytes=100)
    path = _write(tmp_path / "page.html", PAGE)
    [item] = _read([path], settings)
    assert isinstance(item, Skipped) and item.reason == (
        f"has {len(STORY) + 1 + len(MORE)} bytes of main text, over the 100-byte limit "
        f"(max_text_bytes); {SIZE_ADVICE}"
    )


def test_sources_text_file_that_is_a_page_is_read_as_html(
    tmp_path: Path, settings: Settings
) -> None:
    [article] = _read([_write(tmp_path / "saved.txt", PAGE)], settings)
    assert isinstance(article, Article) and "<p>" not in article.text and STORY in article.text


def test_sources_directory_walk_is_sorted_and_names_what_it_skips(
    tmp_path: Path, settings: Settings
) -> None:
    root = tmp_path / "in"
    _write(root / "b.txt", STORY)
    _write(root / "a" / "z.txt", STORY)
    _write(root / "a" / "feed.jsonl", json.dumps({"id": "j1", "text": STORY}))
    _write(root / "c.html", PAGE)
    _write(root / "report.pdf", b"%PDF-1.4")
    _write(root / "README", STORY)
    _write(root / ".hidden.txt", STORY)
    _write(root / ".git" / "notes.txt", STORY)
    items = _read([str(root)], settings)
    assert [i.source if isinstance(i, Skipped) else i.id for i in items] == [
        str(root / "README"),
        "j1",
        str(root / "a" / "z.txt"),
        str(root / "b.txt"),
        str(root / "c.html"),
        str(root / "report.pdf"),
    ]
    kinds = ".txt, .text, .md, .json, .jsonl, .html, .htm, .rss, .atom, .xml"
    assert [i.reason for i in items if isinstance(i, Skipped)] == [
        f"unsupported file type (no extension); incidex reads {kinds}",
        f"unsupported file type .pdf; incidex reads {kinds}",
    ]


def test_sources_empty_directory_is_skipped(tmp_path: Path, settings: Settings) -> None:
    _write(tmp_path / ".only_hidden", STORY)
    assert _read([str(tmp_path)], settings) == [
        Skipped(source=str(tmp_path), reason="holds no files (hidden ones are not read)")
    ]


def test_sources_linked_folder_is_named_not_followed(tmp_path: Path, settings: Settings) -> None:
    _write(tmp_path / "real" / "a.txt", STORY)
    (tmp_path / "real" / "loop").symlink_to(tmp_path / "real")
    items = _read([str(tmp_path / "real")], settings)
    assert items[1] == Skipped(
        source=str(tmp_path / "real" / "loop"),
        reason="is a link to a folder, which is not followed; name it as an input to read it",
    )


def test_sources_unreadable_file_is_skipped(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))  # a socket exists but cannot be opened as a file
        [item] = _read([str(path)], settings)
    assert isinstance(item, Skipped) and item.reason.startswith("cannot be read (")


def test_sources_named_file_of_other_type_is_sniffed(tmp_path: Path, settings: Settings) -> None:
    notes = _write(tmp_path / "notes.log", f"Police post attacked\n\n{STORY}")
    feed = _write(tmp_path / "feed.ndjson", json.dumps({"id": "n1", "text": STORY}) + "\n")
    report = _write(tmp_path / "scan.pdf", b"%PDF-1.4")
    items = _read([notes, feed, report], settings)
    assert [i.source if isinstance(i, Skipped) else i.id for i in items] == [notes, "n1", report]
    assert items[2] == Skipped(source=report, reason=f"looks like a PDF; {READS}")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b'\n  {"id": "s1", "text": "%s"}\n{"text": "%s"}' % (STORY.encode(), STORY.encode()),
            [("s1", STORY), ("<stdin>:3", STORY)],
        ),
        (b'\xef\xbb\xbf[{"text": "%s"}]' % STORY.encode(), [("<stdin>#0", STORY)]),
        (b"Police post attacked\n\n%s" % STORY.encode(), [("<stdin>", STORY)]),
        (b"[Update] %s" % STORY.encode(), [("<stdin>", f"[Update] {STORY}")]),
        (b"{Note} %s" % STORY.encode(), [("<stdin>", f"{{Note}} {STORY}")]),
    ],
    ids=["jsonl", "json-list-with-bom", "text", "text-opening-bracket", "text-opening-brace"],
)
def test_sources_stdin_is_sniffed(
    settings: Settings, data: bytes, expected: list[tuple[str, str]]
) -> None:
    items = _read(["-"], settings, stdin=data)
    assert [(i.id, i.text) for i in items if isinstance(i, Article)] == expected


def test_sources_stdin_html_and_bad_input(tmp_path: Path) -> None:
    settings = Settings(cache_dir=str(tmp_path), max_text_bytes=400)
    [page] = _read(["-"], settings, stdin=PAGE.encode())
    assert isinstance(page, Article) and page.id == "<stdin>" and STORY in page.text
    assert _read(["-"], settings, stdin=b"") == [Skipped(source="<stdin>", reason="is empty")]
    assert _read(["-"], settings, stdin=b"word " * 100) == [
        Skipped(
            source="<stdin>",
            reason=f"is over the 400-byte limit (max_text_bytes); {SIZE_ADVICE}",
        )
    ]
