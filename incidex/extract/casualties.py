"""Casualties stage: every figure a frame's sentences state, and the headline killed/injured.

The readings live in sibling modules: number phrases (`casualty_numbers`), verbs and scope words
(`casualty_words`), whom a figure counts (`casualty_who`), sentence phrasings
(`casualty_phrasings`), fixed idioms (`casualty_idioms`), victims without a number
(`casualty_victims`) and the headline policy (`casualty_headline`).
"""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.analysis import Analysis, Casualties, Frame, Sentence, frame_text
from incidex.extract.casualty_headline import headline, survivors, with_also
from incidex.extract.casualty_phrasings import find_figures
from incidex.extract.casualty_victims import DIED, headline_victims, is_shot_self, named_victims
from incidex.extract.casualty_who import suicide_bomber
from incidex.nlp import speaker
from incidex.schema import Figure, FigureKind

K = FigureKind


def run(analysis: Analysis) -> Analysis:
    """The analysis with the figures of each frame and their headlines."""
    policy = analysis.settings.headline_policy
    out = tuple(_frame(analysis, f, policy) for f in analysis.frames or ())
    return dataclasses.replace(analysis, figures=out)


def _frame(analysis: Analysis, frame: Frame, policy: str) -> Casualties:
    sentences = frame_text(analysis, frame)
    died = any(DIED.search(s.text) for s in sentences)
    figures = _read(analysis, sentences, died=False)
    # "he was shot" is that death only where the story tells one: a death read as such, or words
    # that someone died. "Killed" or "homicide" alone may belong to another case ("a teen who was
    # shot and killed in April", "the homicide unit") and make no victim of this one's wounded.
    if died and (any(f.kind == K.KILLED for f in figures) or any(map(_dies, sentences))):
        figures = _read(analysis, sentences, died=True)
    if died:  # "a boy died after accidentally shooting himself": that wound is the death
        figures = [f for f in figures if not is_shot_self(f)]
    figures += suicide_bomber(analysis, frame, figures)
    killed = with_also(headline(figures, K.KILLED, policy), figures, analysis.text)
    # those taken to hospital were hurt: their count stands in when no injured count is stated
    hurt = headline(figures, K.INJURED, policy) or headline(figures, K.HOSPITALISED, policy)
    injured = survivors(hurt, killed)
    injured = with_also(injured, figures, analysis.text)
    figures += [f for f in (killed, injured) if f is not None and f not in figures]
    return Casualties(figures=tuple(figures), killed=killed, injured=injured)


# words that someone in this story died: the verbs, and the charges only a death brings
_DIES = re.compile(
    r"\b(?:died|dies|succumbed|passed away|(?:pronounced|declared|confirmed)(?: \w+){0,2} dead"
    r"|(?:found|is|was|were|are) dead|(?:dead|lifeless) bod(?:y|ies)|bod(?:y|ies) of"
    r"|manslaughter|(?:negligent|criminal|reckless|vehicular) homicide"
    r"|(?<!attempted )(?:first|second|third)[- ]degree murder)\b",
    re.IGNORECASE,
)


def _dies(sentence: Sentence) -> bool:
    return _DIES.search(sentence.text) is not None


def _read(analysis: Analysis, sentences: list[Sentence], *, died: bool) -> list[Figure]:
    """Every figure the sentences state, with the speaker who stated it."""
    figures: list[Figure] = []
    for sentence in sentences:
        found = find_figures(sentence.text, sentence.start)
        found += headline_victims(sentence, found, died)
        if analysis.doc is not None:
            found += named_victims(analysis.doc, analysis.text, sentence, found, died)
        if found and analysis.doc is not None:
            source = speaker(analysis.doc, analysis.text, sentence.start, sentence.end)
            found = [dataclasses.replace(f, source=source) for f in found]
        figures += found
    return figures


__all__ = ["find_figures", "headline", "run"]
