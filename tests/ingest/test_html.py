"""HTML pages: main text without scripts or navigation, title and date from the markup."""

from __future__ import annotations

import pytest

from incidex.errors import EmptyInput
from incidex.ingest import html_to_article
from incidex.ingest.html import html_to_text, looks_like_html

PARA = (
    "Gunmen on motorcycles attacked a police post on the edge of the invented town of Varenko "
    "late on Monday, killing two officers and wounding a third, a district official said."
)
MORE = "Residents said the shooting lasted about twenty minutes before the attackers fled north."


def _page(head: str = "", body: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>Police post attacked</h1><p>{PARA}</p><p>{MORE}</p>{body}</article>"
        "<footer>© 2019 The Daily Invented</footer></body></html>"
    )


def test_html_main_text_title_and_date() -> None:
    head = (
        "<title>Police post attacked</title>"
        '<meta property="article:published_time" content="2024-01-04T08:00:00Z">'
        '<meta property="og:site_name" content="The Daily Invented">'
    )
    article = html_to_article(_page(head), article_id="page.html")
    assert article.id == "page.html"
    assert PARA in article.text and MORE in article.text
    assert "Home | World" not in article.text
    assert (article.title, article.published, article.outlet) == (
        "Police post attacked",
        "2024-01-04",
        "The Daily Invented",
    )


def test_html_script_and_style_contents_do_not_leak() -> None:
    head = "<script>var token = 'LEAK-HEAD';</script><style>p { color: red }</style>"
    body = "<script>document.write('LEAK-BODY')</script><noscript>LEAK-NOSCRIPT</noscript>"
    article = html_to_article(_page(head, body), article_id="p")
    assert PARA in article.text
    assert "LEAK" not in article.text and "color" not in article.text


def test_html_date_is_not_guessed_from_the_body_text() -> None:
    body = "<p>The previous attack, on 3 March 2021, killed four people.</p>"
    assert html_to_article(_page(body=body), article_id="p").published is None


def test_html_without_main_text_is_empty_input() -> None:
    with pytest.raises(EmptyInput, match=r"^no main text found in the HTML$"):
        html_to_article(
            "<html><head><script>var a = 1;</script></head><body></body></html>", article_id="p"
        )


def test_html_fragment_is_read() -> None:
    article = html_to_article(f"<div><p>{PARA}</p></div>", article_id="p")
    assert PARA in article.text


def test_html_hostile_markup_does_not_crash() -> None:
    huge_attribute = f"<div data-x='{'A' * 3_000_000}'>{_page()}</div>"
    assert PARA in html_to_article(huge_attribute, article_id="p").text
    deep = "<html><body>" + "<div>" * 50_000 + f"<p>{PARA}</p>" + "</div>" * 50_000
    try:
        article = html_to_article(deep, article_id="p")
    except EmptyInput:
        return  # lxml stops at its depth limit: no text is a fine answer, a crash is not
    assert "<div>" not in article.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html>", True),
        ("  \n<html lang='en'>", True),
        ("<?xml version='1.0'?>\n<!-- saved page --><html>", True),
        ("<BODY class=x>", True),
        ("<p>a paragraph</p>", False),
        ("The <html> tag starts a page.", False),
        ("<htmlx>", False),
    ],
)
def test_html_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Two killed.</p><p>Five hurt.</p>", "Two killed.\nFive hurt."),
        ("One<br>two<br/>three", "One\ntwo\nthree"),
        ("  Police &amp; army&nbsp;deployed  ", "Police & army deployed"),
        ("Toll: 3 &lt; 4 &gt; 2", "Toll: 3 < 4 > 2"),
        ("A<script>var LEAK = '<p>x</p>';</script>B", "AB"),
        ("<style>p { color: red }</style><p>Text</p>", "Text"),
        ("<iframe src=x><p>LEAK</p></iframe><object>LEAK</object>Kept", "Kept"),
        ("<svg><title>LEAK</title></svg><noscript>LEAK</noscript>Kept", "Kept"),
        ("&lt;b&gt;Bold&lt;/b&gt; &lt;script&gt;LEAK()&lt;/script&gt;", "Bold"),
        ("&amp;lt;i&amp;gt;Thrice&amp;lt;/i&amp;gt;", "&lt;i&gt;Thrice&lt;/i&gt;"),
        ("Kept <img src=x onerror=alert(1)", "Kept"),
        ("&lt;b&gt;1 &amp;lt;i&amp;gt;2 &amp;amp;lt;u&amp;amp;gt;3", "1 2 3"),
        ("<!-- LEAK --><![CDATA[LEAK]]>Kept", "Kept"),
        ("<script/>Shown</script> text", "Shown text"),
        ("<p>unclosed <b>bold", "unclosed bold"),
        ("", ""),
    ],
    ids=[
        "paragraphs",
        "line-breaks",
        "entities-and-spaces",
        "comparison-signs",
        "script",
        "style",
        "frames-and-objects",
        "svg-and-noscript",
        "escaped-markup",
        "escaped-twice-is-text",
        "cut-off-tag",
        "escaped-three-times",
        "comment-and-cdata",
        "self-closed-script",
        "unclosed",
        "empty",
    ],
)
def test_html_to_text(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected
