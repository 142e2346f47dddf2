"""Sources: the agencies, outlets, officials and witnesses an article relies on for each event."""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.actor_words import NEWS_AGENCIES
from incidex.extract.analysis import Analysis, Frame, evidence, frame_text
from incidex.nlp import speaker
from incidex.schema import Source

_OFFICIAL = re.compile(
    r"\b(?:police|officials?|ministry|minister|spokes(?:man|woman|person)"
    r"|governor|mayor|army|military|sheriff|authorities|department)\b",
    re.IGNORECASE,
)
_WITNESS = re.compile(
    r"\b(?:witness\w*|residents?|survivors?|neighbou?rs?|bystanders?)\b", re.IGNORECASE
)
_ORGANISATION = re.compile(
    r"\b(?:red cross|red crescent|hospital|united nations|un\b|unicef"
    r"|human rights watch|amnesty|doctors|medics|msf)\b",
    re.IGNORECASE,
)


def run(analysis: Analysis) -> Analysis:
    """The analysis with each frame's sources."""
    out = tuple(_frame(analysis, f) for f in analysis.frames or ())
    return dataclasses.replace(analysis, sources=out)


def _frame(analysis: Analysis, frame: Frame) -> tuple[Source, ...]:
    found: dict[str, Source] = {}
    for sentence in frame_text(analysis, frame):
        for m in NEWS_AGENCIES.finditer(sentence.text):
            ev = evidence(analysis.text, sentence.start + m.start(), sentence.start + m.end())
            found.setdefault(
                m.group(0).casefold(), Source(name=ev.text, kind="news_agency", evidence=ev)
            )
        name = (
            speaker(analysis.doc, analysis.text, sentence.start, sentence.end)
            if analysis.doc is not None
            else None
        )
        if name and name.casefold() not in found:
            start = analysis.text.find(name, sentence.start, sentence.end)
            where = evidence(analysis.text, start, start + len(name)) if start >= 0 else None
            found[name.casefold()] = Source(name=name, kind=_kind(name), evidence=where)
    return tuple(found.values())


def _kind(name: str) -> str:
    if NEWS_AGENCIES.search(name):
        return "news_agency"
    if _ORGANISATION.search(name):
        return "organisation"
    if _OFFICIAL.search(name):
        return "official"
    if _WITNESS.search(name):
        return "witness"
    return "other"
