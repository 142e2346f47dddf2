"""Feeds: RSS and Atom files into one Article per entry; broken feeds and entries are skipped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from incidex.ingest import Skipped, read_sources
from incidex.schema import Article
from incidex.settings import Settings

# Invented stories about invented places.
BLAST = "A blast hit the covered market in the invented town of Varenko on Wednesday night."
HURT = "Two traders were hurt & taken to the district hospital, officials said."
CLASH = "Fighting broke out between two armed groups near the invented village of Oskel."
FLOOD = "Floodwater cut the only road into Tamsk, stranding about forty families."

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>The Varenko &amp; District Courier</title>
  <link>https://courier.example/</link>
  <item>
    <title>Blast hits Varenko market</title>
    <link>https://courier.example/2024/01/blast</link>
    <guid isPermaLink="false">tag:courier.example,2024:blast</guid>
    <pubDate>Thu, 04 Jan 2024 01:30:00 +0300</pubDate>
    <description>A teaser that the full content replaces.</description>
    <content:encoded><![CDATA[<p>{BLAST}</p>
      <script>document.write('LEAK-SCRIPT')</script><p>{HURT.replace("&", "&amp;")}</p>]]>
    </content:encoded>
  </item>
  <item>
    <title>Road cut by floods</title>
    <link>/2024/01/flood</link>
    <pubDate>Thu, 04 Jan 2024</pubDate>
    <description>&lt;p&gt;{FLOOD}&lt;/p&gt;</description>
  </item>
  <item>
    <title>Photo gallery</title>
    <guid>https://courier.example/2024/01/gallery</guid>
  </item>
  <item>
    <description>{CLASH}</description>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Oskel &lt;em&gt;Wire&lt;/em&gt;</title>
  <id>urn:uuid:3f0c2a1e-0000-4000-8000-000000000001</id>
  <updated>2024-01-06T04:30:00Z</updated>
  <entry>
    <id>urn:uuid:3f0c2a1e-0000-4000-8000-000000000002</id>
    <title type="html">Clashes near &lt;b&gt;Oskel&lt;/b&gt;</title>
    <link rel="alternate" href="https://wire.example/oskel-clashes"/>
    <updated>2024-01-05T23:30:00-05:00</updated>
    <summary>A short summary that the content replaces.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
      <p>{CLASH}</p><style>p {{ color: red }}</style></div></content>
  </entry>
  <entry>
    <id>urn:uuid:3f0c2a1e-0000-4000-8000-000000000003</id>
    <title>Floods in Tamsk</title>
    <published>2024-01-04T10:00:00+05:00</published>
    <updated>2024-01-07T10:00:00+05:00</updated>
    <content type="html">&lt;script&gt;var x = 1;&lt;/script&gt;</content>
    <summary type="text">{FLOOD}</summary>
  </entry>
</feed>
"""


def _read(sources: list[str], settings: Settings, stdin: bytes = b"") -> list[Article | Skipped]:
    return list(read_sources(sources, settings, stdin=io.BytesIO(stdin)))


def _write(path: Path, data: str | bytes) -> str:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def test_feeds_rss_entries_become_articles(tmp_path: Path, settings: Settings) -> None:
    path = _write(tmp_path / "courier.rss", RSS)
    items = _read([path], settings)
    assert items == [
        Article(
            id="tag:courier.example,2024:blast",
            text=f"{BLAST}\n{HURT}",  # the full content, not the teaser; no script
            url="https://courier.example/2024/01/blast",
            outlet="The Varenko & District Courier",
            title="Blast hits Varenko market",
            published="2024-01-04",  # the outlet's own day, not 3 January in UTC
        ),
        Article(
            id="https://courier.example/2024/01/flood",  # no guid: the link, made absolute
            text=FLOOD,  # escaped HTML in the description, as most RSS feeds write it
            url="https://courier.example/2024/01/flood",
            outlet="The Varenko & District Courier",
            title="Road cut by floods",
            published="2024-01-04",  # a date without a time, read by feedparser
        ),
        Skipped(
            source=f"{path}#2",
            reason="entry 2 (https://courier.example/2024/01/gallery) has no text "
            "(neither content nor summary)",
        ),
        Article(id=f"{path}#3", text=CLASH, outlet="The Varenko & District Courier"),
    ]


def test_feeds_atom_entries_become_articles(tmp_path: Path, settings: Settings) -> None:
    items = _read([_write(tmp_path / "wire.atom", ATOM)], settings)
    assert items == [
        Article(
            id="urn:uuid:3f0c2a1e-0000-4000-8000-000000000002",
            text=CLASH,
            url="https://wire.example/oskel-clashes",
            outlet="Oskel Wire",
            title="Clashes near Oskel",
            published="2024-01-05",  # updated, as written: 23:30 at UTC-5, not 6 January
        ),
        Article(
            id="urn:uuid:3f0c2a1e-0000-4000-8000-000000000003",
            text=FLOOD,
            outlet="Oskel Wire",
            title="Floods in Tamsk",
            published="2024-01-04",  # published wins over updated
            # and the summary stands in for content that holds no text
        ),
    ]


def test_feeds_are_sniffed_by_content(tmp_path: Path, settings: Settings) -> None:
    named_xml = _write(tmp_path / "wire.xml", ATOM)
    saved_as_text = _write(
        tmp_path / "saved.log", ATOM.replace('<?xml version="1.0" encoding="utf-8"?>\n', "")
    )
    ids = [
        i.id
        for i in _read([named_xml, saved_as_text, "-"], settings, stdin=RSS.encode())
        if isinstance(i, Article)
    ]
    assert ids == [
        "urn:uuid:3f0c2a1e-0000-4000-8000-000000000002",
        "urn:uuid:3f0c2a1e-0000-4000-8000-000000000003",
        "urn:uuid:3f0c2a1e-0000-4000-8000-000000000002",
        "urn:uuid:3f0c2a1e-0000-4000-8000-000000000003",
        "tag:courier.example,2024:blast",
        "https://courier.example/2024/01/flood",
        "<stdin>#3",
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (
            '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Cut off',
            "is not a readable RSS or Atom feed (no element found at line 2, column 43)",
        ),
        (
            "<rss version='2.0'><channel>\n<title>A</chanel></rss>",
            "is not a readable RSS or Atom feed (mismatched tag at line 2, column 11)",
        ),
        (
            '<?xml version="1.0"?><catalog><book>Not news</book></catalog>',
            "is XML but not an RSS or Atom feed",
        ),
        (
            "<rss version='2.0'><channel><title>Quiet</title></channel></rss>",
            "is a feed with no entries",
        ),
        ("", "is empty"),
        (
            b"\x1f\x8b\x08\x00compressed",
            "looks like a gzip archive; incidex reads text, HTML and JSON",
        ),
    ],
    ids=["truncated", "mismatched-tag", "not-a-feed", "no-entries", "empty", "gzip"],
)
def test_feeds_unreadable_feed_is_one_skip(
    tmp_path: Path, settings: Settings, content: str | bytes, reason: str
) -> None:
    path = _write(tmp_path / "broken.rss", content)
    assert _read([path], settings) == [Skipped(source=path, reason=reason)]


def test_feeds_broken_feed_yields_the_entries_it_holds(tmp_path: Path, settings: Settings) -> None:
    feed = (
        "<rss version='2.0'><channel><title>T</title>"
        f"<item><guid>s1</guid><description>{CLASH}</description></item>"
        "<item><title>Cut off</title><description>Half a sto"
    )
    path = _write(tmp_path / "cut.rss", feed)
    assert _read([path], settings) == [
        Article(id="s1", text=CLASH, outlet="T"),
        Skipped(source=f"{path}#1", reason="entry 1 has no text (neither content nor summary)"),
    ]


def test_feeds_hostile_markup_does_not_survive(tmp_path: Path, settings: Settings) -> None:
    hostile = (
        f"<p onclick=\"alert('LEAK')\">{CLASH}</p>"
        "<script>alert('LEAK-1')</script><style>body {{ display: none }}</style>"
        "<iframe src='https://evil.example/'>LEAK-2</iframe>"
        "<img src=x onerror=\"alert('LEAK-3')\">"
        "<noscript>LEAK-4</noscript>"
        "&lt;script&gt;alert('LEAK-5')&lt;/script&gt;"  # escaped once more than it should be
        "<svg><script>alert('LEAK-6')</script></svg>"
        "<a href=\"javascript:alert('LEAK-7')\">the report</a><img src=x onerror=alert(8)"
    )
    escaped = hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    feed = (
        "<rss version='2.0'><channel><title>T<script>alert('LEAK-T')</script></title>"
        f"<item><guid>h1</guid><title>&lt;b onmouseover=x&gt;Bold&lt;/b&gt; claim</title>"
        f"<description>{escaped}</description></item>"
        f"<item><guid>h2</guid><description><![CDATA[{hostile}]]></description></item>"
        "</channel></rss>"
    )
    items = _read([_write(tmp_path / "hostile.rss", feed)], settings)
    assert [(a.id, a.text, a.title, a.outlet) for a in items if isinstance(a, Article)] == [
        ("h1", f"{CLASH}\nthe report", "Bold claim", "T"),
        ("h2", f"{CLASH}\nthe report", None, "T"),
    ]


def test_feeds_external_and_expanding_entities_are_not_resolved(
    tmp_path: Path, settings: Settings
) -> None:
    secret = _write(tmp_path / "secret.txt", "LEAK-FILE")
    laughs = "".join(
        f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 12)
    )
    feed = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY ext SYSTEM "file://{secret}">'
        f'<!ENTITY l0 "ha">{laughs}]>'
        "<rss version='2.0'><channel><title>T</title>"
        f"<item><guid>e1</guid><description>{CLASH} &ext;</description></item>"
        f"<item><guid>e2</guid><description>{FLOOD} &l11;</description></item>"
        "</channel></rss>"
    )
    items = _read([_write(tmp_path / "entities.rss", feed)], settings)
    texts = [i.text for i in items if isinstance(i, Article)]
    assert len(texts) == 2 and texts[0].startswith(CLASH) and texts[1].startswith(FLOOD)
    # neither the file nor the 4^11 "ha"s (8 MB) got into any text
    assert "LEAK" not in "".join(texts) and "hahaha" not in "".join(texts)
    assert sum(map(len, texts)) < len(CLASH) + len(FLOOD) + 100


def test_feeds_entry_over_the_text_limit_is_skipped_alone(tmp_path: Path) -> None:
    settings = Settings(cache_dir=str(tmp_path), max_text_bytes=100)
    feed = (
        "<rss version='2.0'><channel><title>T</title>"
        f"<item><guid>long</guid><description>{CLASH} {FLOOD}</description></item>"
        f"<item><guid>short</guid><description>{CLASH}</description></item>"
        "</channel></rss>"
    )
    path = _write(tmp_path / "f.rss", feed)
    size = len(CLASH) + 1 + len(FLOOD)
    assert _read([path], settings) == [
        Skipped(
            source=f"{path}#0",
            reason=f"entry 0 (long) text is {size} bytes, over the 100-byte limit "
            "(max_text_bytes); split it or raise the limit",
        ),
        Article(id="short", text=CLASH, outlet="T"),
    ]
