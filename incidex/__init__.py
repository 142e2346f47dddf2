"""incidex: news reports of violent and crisis events into a geocoded, source-cited incident database.

    >>> report = incidex.extract(text, published="2024-01-04")
    >>> incidex.to_json(report)
"""

from __future__ import annotations

from incidex.schema import ArticleReport, from_json, to_json

__version__ = "0.1.0"
__all__ = ["ArticleReport", "__version__", "extract", "from_json", "to_json"]


def extract(
    text: str, published: str | None = None, *, article_id: str = "article", title: str | None = None
) -> ArticleReport:
    """The ArticleReport of one article's text, with dates resolved against `published`."""
    from incidex.service import extract_text  # deferred: keeps `import incidex` light

    return extract_text(text, published=published, article_id=article_id, title=title)
