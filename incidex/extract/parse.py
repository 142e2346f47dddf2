"""Parsing: the language model's Doc for each article, and the article's sentences."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from incidex import nlp
from incidex.extract.analysis import Analysis, Entity, Sentence
from incidex.extract.date_words import DATELINE
from incidex.schema import Article
from incidex.settings import Settings


def run(analysis: Analysis) -> Analysis:
    """The analysis with its Doc; a Doc parsed in a batch beforehand is kept as it is."""
    if analysis.doc is not None:
        return analysis
    doc = next(nlp.parse_many([analysis.text], analysis.settings.model, 1))
    return dataclasses.replace(analysis, doc=doc)


def parse_batches(articles: Iterable[Article], settings: Settings) -> Iterator[tuple[Article, Any]]:
    """Each article with its Doc, the model reading `settings.batch_size` articles at a time."""
    it = iter(articles)
    while batch := list(itertools.islice(it, settings.batch_size)):
        docs = nlp.parse_many([a.text for a in batch], settings.model, settings.batch_size)
        yield from zip(batch, docs, strict=True)


def entities(analysis: Analysis) -> Analysis:
    """The analysis with the model's named entities, in text order."""
    found = tuple(
        Entity(start=e.start_char, end=e.end_char, label=e.label_) for e in analysis.doc.ents
    )
    return dataclasses.replace(analysis, entities=found)


# A paragraph break always ends a sentence, even where the parser runs on ("headline\n\nBody").
_BREAK = re.compile(r"\n\s*\n")


def sentences(analysis: Analysis) -> Analysis:
    """The analysis with its sentences: the parser's, also split at paragraph breaks."""
    text = analysis.text
    found: list[Sentence] = []
    for sent in analysis.doc.sents:
        start = sent.start_char
        for brk in _BREAK.finditer(text, sent.start_char, sent.end_char):
            found.append(Sentence(start=start, end=brk.start(), text=text[start : brk.start()]))
            start = brk.end()
        found.append(Sentence(start=start, end=sent.end_char, text=text[start : sent.end_char]))
    kept: list[Sentence] = []
    for s in (s for s in found if s.text.strip()):
        last = kept[-1] if kept else None
        # the first two are a headline and a dateline ("KABUL, Afghanistan --")
        if last is not None and len(kept) > 2 and _cut_at_dash(text, last, s):
            kept[-1] = Sentence(start=last.start, end=s.end, text=text[last.start : s.end])
        else:
            kept.append(s)
    return dataclasses.replace(analysis, sentences=tuple(kept))


def _cut_at_dash(text: str, before: Sentence, after: Sentence) -> bool:
    """True when the parser cut one sentence at a dash ("two children -- 4 and 1 years old --
    died yesterday", common in upper-case wire text): a dash never ends a sentence, though it
    ends a dateline ("LIMA, 3 MAY 89 --"), which stays apart."""
    return (
        before.text.rstrip().endswith(("--", "—"))
        and DATELINE.match(before.text) is None
        and not _BREAK.search(text, before.end, after.start)
    )
