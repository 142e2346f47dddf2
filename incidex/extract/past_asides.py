"""Past asides: a clause set into a sentence that tells an earlier event, apart from the news the
sentence's main clause tells.

"A car bomb killed two soldiers in Batna on Monday (a blast there killed four people in 1995)",
"Gunmen shot dead a judge on Tuesday - the second such killing since a court bombing two years
ago - police said", "..., the third attack since a bombing there last year that killed six": the
aside's year, its "two years ago" and its dead are the earlier event's, while the main clause
stays the news. An aside is bracketed, set off by dashes, or a comma clause that ranks the event
("the second such ...") or hangs on a name ("where ...", "which ..."); it is past when it places
what it tells in an earlier year or long ago.
"""

from __future__ import annotations

import functools
import re
from datetime import date

# "(a blast there killed four people in 1995)", "[in 2019 a bomb ...]", "- the second such
# killing since ... two years ago -" (or to the sentence's end), ", the third attack since ...,"
# ", where a bomb killed six last year,"
_ASIDES = (
    re.compile(r"\([^()\n]{3,}\)|\[[^\[\]\n]{3,}\]"),
    re.compile(r"\s(?:-{1,2}|[–—])\s[^\n–—]{3,}?(?=\s(?:-{1,2}|[–—])\s|[.!?]?[\"'”’]?\s*$)"),
    re.compile(
        r",\s(?:the\s(?:second|third|fourth|fifth|sixth|latest|first|deadliest|worst)\b"
        r"|which\b|where\b|who\b|whose\b)[^,;\n]*(?=[,;.]|$)",
        re.IGNORECASE,
    ),
)
# when an aside's event happened: long before the news ("two years ago", "last year", "in 1995")
_LONG_AGO = re.compile(
    r"\b(?:years? ago|last year|a year (?:ago|earlier)|(?:\w+ )?months ago|decades? ago)\b",
    re.IGNORECASE,
)
# a year, not a street number ("the 1900 block of Main Street") nor a sum ("$2000")
# ("the 1900-block of", "1900 S. Main", "2100 Elm Street": an address's number comes before a
# capitalised name)
_YEAR = re.compile(r"(?<![$\d,.])\b(?:19|20)\d\d\b(?![\s-]+(?i:block|hundred)\b|,\d|\s+[A-Z])")
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def past_asides(text: str, published: date | None) -> tuple[tuple[int, int], ...]:
    """Spans of `text` (one sentence) that are asides on an earlier event; none where the
    aside is the whole sentence, which then tells that event itself."""
    spans = []
    for m in (m for rx in _ASIDES for m in rx.finditer(text)):
        # what ranks this event ("the second such killing") is its own, what follows "since"
        # the earlier one's
        since = _SINCE.search(m.group(0))
        start = m.start() + since.start() if since else m.start()
        aside = text[start : m.end()]
        years = [int(y) for y in _YEAR.findall(aside)]
        earlier = any(published is not None and y < published.year for y in years)
        if (earlier or _LONG_AGO.search(aside)) and _clause_before(text[: m.start()], m.group(0)):
            spans.append((start, m.end()))
    return tuple(sorted(spans))


def _clause_before(before: str, aside: str) -> bool:
    """True when a clause of the sentence stands before the aside: not a dateline alone
    ("KABUL, Afghanistan - A bomb ..." opens the sentence, no aside), nothing at all."""
    if aside.lstrip()[0] in "-–—":
        return re.search(r"\b[a-z]{3,}\b", before) is not None
    return bool(before.strip())


def without_past_asides(text: str, published: date | None, *, compared_only: bool = False) -> str:
    """`text` with its past asides blanked, every offset kept; `compared_only`: only the earlier
    events this one is measured against ("since a court bombing two years ago")."""
    for a, b in past_asides(text, published):
        if compared_only and not _SINCE.match(text, a):
            continue
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def in_past_aside(text: str, published: date | None, at: int) -> bool:
    """True when offset `at` of the sentence `text` falls in a past aside."""
    return any(a <= at < b for a, b in past_asides(text, published))
