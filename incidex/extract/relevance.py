"""Relevance: does the article report a current incident, or only talk about violence?

An article is relevant when its main frame's trigger words are strong enough and stand in its
lead, or are so many and strong across the article that an incident is told at length after a
political or procedural opening. A lead about a trial, a verdict, an anniversary or commentary
is relevant only when one of its trigger sentences also tells something fresh: an event dated
relative to publication ("on Tuesday", "yesterday") and not placed in an earlier year.
"""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.analysis import Analysis, Sentence, tells
from incidex.schema import Role

# Below this trigger score a main frame is a passing mention, not an incident (one "clash" word
# in a political story scores 1.5 x 2 in the lead; a lead sentence with "bomb" scores 5).
MIN_SCORE = 2.0
LEAD_SENTENCES = 4
# A frame this strong tells an incident wherever it stands (two lead sentences with a bomb and a
# killing score about 10; a passing mention of violence in commentary scores 2-6).
STRONG = 10.0
# Lead words of stories about courts, anniversaries and opinion rather than a new event ("a bomb
# exploded during the town's anniversary party" tells one).
_NOT_NEWS = re.compile(
    r"\b(?:sentenced|sentencing|convicted|trial|acquitted|pleaded (?:guilty|not guilty)|verdict"
    r"|anniversary(?! (?:party|parties|celebrations?|festivit\w+|parade|fair|festival))"
    r"|commemorat\w+|years after|op-ed|editorial)\b",
    re.IGNORECASE,
)
_FRESH = re.compile(
    r"\b(?:yesterday|today|tonight|last night|overnight|this morning|(?:on |early |late )?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_OLD_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A wire dateline standing as a sentence of its own ("LIMA, 8 OCT 89 (EFE) --") is no lead sentence.
_DATELINE = re.compile(r"\s*[^.!?]{3,120}(?:--|—)\s*")


def run(analysis: Analysis) -> Analysis:
    """The analysis with `relevant` set: True when a main frame reports a current incident."""
    main = next((f for f in analysis.frames or () if f.role == Role.MAIN), None)
    relevant = False
    if main is not None and main.score >= MIN_SCORE and analysis.sentences:
        lead = [s for s in analysis.sentences if not _DATELINE.fullmatch(s.text)][:LEAD_SENTENCES]
        told = [s for s in lead if tells(s, main)]
        court = _NOT_NEWS.search(" ".join(s.text for s in lead))
        strong = main.score >= STRONG
        relevant = (bool(told) or strong) and (not court or any(_fresh(s) for s in told))
    return dataclasses.replace(analysis, relevant=relevant)


def _fresh(sentence: Sentence) -> bool:
    text = sentence.text
    return bool(_FRESH.search(text)) and not _NOT_NEWS.search(text) and not _OLD_YEAR.search(text)
