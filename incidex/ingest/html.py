"""HTML pages: the main text and metadata of a page, extracted with trafilatura.

trafilatura drops navigation, scripts, styles and comments; its metadata gives the title (from
<title>, og:title or the headline), the site name and the publication date. The date is read from
the markup and the URL only: a date guessed from the body text would often be the event's own.
Snippets that are all content (a feed entry's summary, a title) are turned into text whole by
`html_to_text`, which keeps every paragraph and drops only what is never text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from incidex.errors import EmptyInput, InputError
from incidex.schema import Article, parse_iso_date

# Matches the start of a page: "<!DOCTYPE html>", "<html lang=en>", "<head>", "<body class=x>",
# after optional "<?xml …?>" and "<!-- … -->" preambles.
_PAGE_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
_SNIFF = 4096  # characters of the head that a page start must fall within
# htmldate options: markup and URL only (no "extensive" search of the body text for dates)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Elements whose content is never article text (code, embedded documents, form widgets).
_HIDDEN = {
    "script", "style", "noscript", "template", "iframe", "object", "svg", "math", "head",
    "select", "textarea", "button",
}  # fmt: skip
# Elements that end a line of text: "<p>One</p><p>Two</p>" is "One\nTwo", not "OneTwo".
_BLOCKS = {
    "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header",
    "footer", "aside", "figure", "figcaption", "address",
}  # fmt: skip
# A tag left in the text: "<script>", "</p>", "<a href='x'>", or "<img src=x" cut off at the end.
_TAG = re.compile(r"</?[A-Za-z][^<>]*(?:>|$)")
_SPACES = re.compile(r"[^\S\n]+")  # runs of spaces, tabs and no-break spaces, not newlines
_PASSES = 3  # escaped markup ("&lt;p&gt;") decodes to markup; escaped twice is the worst seen


def html_to_article(html: str, *, article_id: str, url: str | None = None) -> Article:
    """The Article of an HTML page: its main text, title, site and date; raises EmptyInput when
    the page has no main text, InputError when it cannot be parsed."""
    import trafilatura  # deferred: importing it costs about a second
    from trafilatura.settings import Document

    page = html if looks_like_html(html) else f"<html><body>{html}</body></html>"  # a fragment
    try:
        doc = trafilatura.bare_extraction(
            page,
            url=url,
            include_comments=False,
            with_metadata=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, RecursionError) as exc:
        raise InputError(f"cannot be parsed as HTML ({exc})") from exc
    text = (doc.text or "").strip() if isinstance(doc, Document) else ""
    if not isinstance(doc, Document) or not text:
        raise EmptyInput("no main text found in the HTML")
    return Article(
        id=article_id,
        text=text,
        title=_clean(doc.title),
        url=url or _clean(doc.url),
        outlet=_clean(doc.sitename),
        published=doc.date if parse_iso_date(doc.date) else None,
    )


def looks_like_html(text: str) -> bool:
    """True when `text` starts like an HTML page (a doctype, or an html, head or body tag)."""
    return _PAGE_START.match(text[:_SNIFF]) is not None


def html_to_text(markup: str) -> str:
    """The plain text of an HTML snippet: tags removed, entities decoded, one line per block,
    and nothing from scripts, styles or other elements that never hold text."""
    text = markup
    for _ in range(_PASSES):  # markup escaped into the text is taken apart too, not left in it
        text = _TextParser.text_of(text)
        if not _TAG.search(text):
            return text
    return _tidy(_TAG.sub("", text))


class _TextParser(HTMLParser):
    """Collects the text of a snippet outside hidden elements, with a newline at each block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._hidden = 0  # depth inside hidden elements

    @classmethod
    def text_of(cls, markup: str) -> str:
        parser = cls()
        parser.feed(markup)
        parser.close()
        return _tidy("".join(parser._parts))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self._parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:  # "<br/>"; a self-closed "<script/>" hides nothing
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._parts.append(data)


def _tidy(text: str) -> str:
    """`text` with runs of spaces made one, lines trimmed and blank lines dropped."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None
