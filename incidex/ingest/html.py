"""HTML pages: the main text and metadata of a page, extracted with trafilatura."""

from __future__ import annotations

from incidex.errors import InputError
from incidex.schema import Article, parse_iso_date


def html_to_article(html: str, *, article_id: str, url: str | None = None) -> Article:
    """The Article of an HTML page: its main text, title and date; raises InputError if none."""
    import trafilatura  # deferred: importing it costs about a second

    try:
        doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    except (ValueError, TypeError, AttributeError) as exc:
        raise InputError(f"cannot parse the HTML ({exc})") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError("no main text found in the HTML")
    published = getattr(doc, "date", None)
    return Article(
        id=article_id,
        text=text,
        title=getattr(doc, "title", None) or None,
        url=url or getattr(doc, "url", None) or None,
        outlet=getattr(doc, "sitename", None) or None,
        published=published if parse_iso_date(published) else None,
    )


def looks_like_html(text: str) -> bool:
    """True when text starts like an HTML document."""
    head = text.lstrip()[:200].casefold()
    return head.startswith(("<!doctype html", "<html", "<head", "<body"))
