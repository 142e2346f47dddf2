"""incidex: news reports of violent and crisis events into a geocoded, source-cited incident record.

>>> report = incidex.extract(text, published="2024-01-04")
>>> incidex.to_json(report)
"""

from __future__ import annotations

import datetime

# The stage package `incidex.extract` is imported before the function of the same name is
# defined, so that the attribute `incidex.extract` is the function: Python binds a subpackage to
# its parent only when it first loads it, and later `incidex.extract.<stage>` imports find it in
# sys.modules. The package's own __init__ is a docstring, so this costs nothing.
import incidex.extract as _stages  # noqa: F401
from incidex.schema import ArticleReport, from_json, to_json

__version__ = "0.1.0"
__all__ = ["ArticleReport", "__version__", "extract", "from_json", "to_json"]


def extract(
    text: str,
    published: str | datetime.date | None = None,
    *,
    article_id: str = "article",
    title: str | None = None,
) -> ArticleReport:
    """The ArticleReport of one article's text, with dates resolved against `published` (an ISO
    string, a date or a datetime)."""
    from incidex.service import extract_text  # deferred: keeps `import incidex` light

    if isinstance(published, datetime.date):  # a datetime is a date too
        published = published.isoformat()
    return extract_text(text, published=published, article_id=article_id, title=title)
