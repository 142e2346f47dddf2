"""Casualty teasers: a web page's lists of links to other stories, whose tolls are not this one's.

"Kylr Yust transferred to Jackson County jail / Man accused of driving drunk, killing a sheriff's
deputy appears in court / ...", also a page's videos with their running times ("1:27 1 dead after
a collision"): short lines in a row, each without a sentence's closing
punctuation, after the story's text has begun (the title, subtitle and byline at the top are
short unpunctuated lines too).
"""

from __future__ import annotations

import re

# a line of the page: its text between line breaks
_LINE = re.compile(r"[^\n]+")

# a sentence's close: "... police said.", "... he said.”"
_CLOSED = re.compile(r"[.!?][\"'”’)]*\s*$")

# a video's running time before its title ("0:45 Emergency responders ..."; not "10:30 a.m.")
_RUNNING_TIME = re.compile(r"\s*\d{1,2}:\d{2}\s+(?!(?:a|p)\.?\s?m\b|o'clock\b)")
_MAX_LINE = 110  # a link's title is short
_MIN_RUN = 3  # lines in a row that make a list


def link_lists(text: str) -> list[tuple[int, int]]:
    """The spans of lines that belong to a list of links: three in a row after the story has
    begun, five before it (a subtitle and byline under the title are short lines too); never the
    page's first line, its title."""
    lines = [m for m in _LINE.finditer(text) if m.group(0).strip()]
    begun = next((i for i, m in enumerate(lines) if _CLOSED.search(m.group(0))), len(lines))
    spans: list[tuple[int, int]] = []
    run: list[int] = []
    for i in [*range(1, len(lines)), len(lines)]:
        if i < len(lines) and _link(lines[i].group(0)):
            run.append(i)
            continue
        if len(run) >= (_MIN_RUN if run and run[0] > begun else _MIN_RUN + 2):
            spans += [(lines[j].start(), lines[j].end()) for j in run]
        run = []
    return spans


def _link(line: str) -> bool:
    timed = _RUNNING_TIME.match(line)  # "1:27 1 dead after Fife collision": a video's link
    line = line[timed.end() :] if timed else line
    words = line.split()
    return (
        len(line.strip()) <= _MAX_LINE
        and len(words) >= 3
        and not _CLOSED.search(line)
        and (line.strip()[0].isupper() or timed is not None)
        and not line.isupper()  # "SIXTEEN YEAR OLD CHILD DIES": a heading of the story's own
        and not line.rstrip().endswith(":")  # a heading over what follows
    )


def in_lists(spans: list[tuple[int, int]], start: int) -> bool:
    return any(a <= start < b for a, b in spans)
