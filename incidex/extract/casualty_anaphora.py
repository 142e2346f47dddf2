"""A bare count that repeats a count of people just told counts those people: "at least four
rebels were ripped to pieces by a rocket ... 'At least four died on the spot'" are the rebels,
fighters and no victims of the attack.

A count with no noun ("four died", "two were killed") names nobody; the same number with its
noun a few sentences before ("four rebels") says whom it counts. Only fighters and attackers are
read so: they leave the victims' toll.
"""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.casualty_who import who_of
from incidex.nlp import NUMBER
from incidex.schema import Figure, Who

# a count with a verb and no noun after its number: "at least four died", "two were killed"
_BARE = re.compile(
    rf"(?:(?:at\s+least|more\s+than|some|about)\s+)?(?P<n>{NUMBER})\s+"
    r"(?:died|were|have|had|are)\b",
    re.IGNORECASE,
)

_BACK = 600  # how far before a bare count its people may have been counted


def _earlier(number: str) -> re.Pattern[str]:
    """The same number with the word it counts: "four rebels"."""
    return re.compile(rf"(?<![\w-]){re.escape(number)}\s+(?P<noun>[a-z][\w-]*)", re.IGNORECASE)


def counted_before(figure: Figure, text: str) -> Figure:
    """The figure, whose people are those the same number counted just before in `text` (the
    whole article) where its own words name nobody."""
    ev = figure.evidence
    if ev is None or figure.who != Who.UNKNOWN:
        return figure
    bare = _BARE.fullmatch(ev.text)
    if bare is None:
        return figure
    before = list(_earlier(bare.group("n")).finditer(text, max(0, ev.start - _BACK), ev.start))
    if not before:
        return figure
    noun = before[-1].group("noun")
    who = who_of(noun)
    if who not in (Who.ATTACKERS, Who.ARMED_GROUP):
        return figure  # the victims' own nouns change nothing of the headline
    return dataclasses.replace(figure, who=who, who_text=noun)
