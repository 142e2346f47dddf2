"""Relevance: does the article report a current incident, or only talk about violence?

An article is relevant when its main frame's triggers are strong enough in its lead and the lead
does not read as a trial, an anniversary or commentary about past events.
"""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.analysis import Analysis
from incidex.schema import Role

# Below this trigger score a main frame is a passing mention, not an incident (one "clash" word
# in a political story scores 1.5; a lead sentence with "bomb" scores 5).
MIN_SCORE = 2.0
LEAD_SENTENCES = 4
# Lead words of stories about courts, anniversaries and opinion rather than a new event.
_NOT_NEWS = re.compile(
    r"\b(?:sentenced|convicted|trial|acquitted|pleaded (?:guilty|not guilty)|verdict|anniversary"
    r"|commemorat\w+|memorial service|remembered|years after|op-ed|editorial)\b",
    re.IGNORECASE,
)


def run(analysis: Analysis) -> Analysis:
    """The analysis with `relevant` set: True when a main frame reports a current incident."""
    main = next((f for f in analysis.frames or () if f.role == Role.MAIN), None)
    relevant = main is not None and main.score >= MIN_SCORE
    if relevant and main is not None and analysis.sentences:
        lead_sentences = analysis.sentences[:LEAD_SENTENCES]
        lead = " ".join(s.text for s in lead_sentences)
        lead_hits = [t for t in main.triggers if t.start < lead_sentences[-1].end]
        relevant = bool(lead_hits) and not (_NOT_NEWS.search(lead) and len(lead_hits) < 2)
    return dataclasses.replace(analysis, relevant=relevant)
