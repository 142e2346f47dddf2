"""HTML pages: the main text and metadata of a page, extracted with trafilatura.

trafilatura drops navigation, scripts, styles and comments; its metadata gives the title (from
<title>, og:title or the headline), the site name and the publication date. The date is read from
the markup and the URL only: a date guessed from the body text would often be the event's own.
"""

from __future__ import annotations

import re

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


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None
