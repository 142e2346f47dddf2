"""Casualty hits: a number phrase of a sentence and its reading, and the readings one number
lends another: the nouns it counts, a qualifier carried over "and" ("at least 103 killed and 211
injured"), the harm a later pronoun tells ("opened fire on two guards, killing them").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from incidex.extract.casualty_who import PERSON_END, who_of
from incidex.extract.casualty_words import kind_of
from incidex.nlp import NUMBER
from incidex.schema import FigureKind, Who

# the nouns right after a number: "12 soldiers", "three others", "at least 103 people"
_STOP = (
    r"(?:and|or|on|in|at|by|during|after|before|when|while|as|near|outside|from|with|to|for"
    r"|aged|ages)\b"
)

NOUNS = re.compile(rf"\s*((?:(?!{_STOP})[a-z][a-z'-]*\s*){{0,3}})", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Hit:
    """A number phrase and, once read, its kind, evidence bounds and whom it counts."""

    m: re.Match[str]
    kind: FigureKind | None = None
    start: int = 0
    end: int = 0
    who: str = ""
    qualifier: str | None = None  # carried from an earlier number joined by "and"


def with_nouns(hit: Hit, text: str) -> Hit:
    nouns = NOUNS.match(text, hit.m.end())
    words = nouns.group(1).strip() if nouns else ""
    end = nouns.start(1) + len(nouns.group(1).rstrip()) if nouns and words else hit.m.end()
    return dataclasses.replace(hit, end=end, who=words)


# "opened fire on two police officers, killing them": the harm of the people counted before
_KILLING_THEM = re.compile(
    r",\s*(?P<verb>killing|wounding|injuring) (?:them|both(?: of them)?|all(?: of them)?)\b"
    rf"(?!\s+(?:{NUMBER})\b)",  # not "killing all four", read by its number
    re.IGNORECASE,
)


def harmed_by_pronoun(hits: list[Hit], text: str) -> None:
    """The nearest unread count before "killing them" in its sentence takes that verb."""
    for them in _KILLING_THEM.finditer(text):
        before = [i for i, h in enumerate(hits) if h.m.end() <= them.start()]
        if not before or hits[before[-1]].kind is not None:
            continue
        hit = hits[before[-1]]
        if re.search(r"[.;:]", text[hit.m.end() : them.start()]):
            continue
        who = NOUNS.match(text, hit.m.end())
        words = who.group(1).strip() if who else ""
        if (hit.m.group("n") or "").casefold() in ("a", "an", "one") or not words:
            continue  # "fired at a bus, wounding both": not the bus
        if not PERSON_END.search(words + " ") and who_of(words) == Who.UNKNOWN:
            continue
        hits[before[-1]] = Hit(hit.m, kind_of(them.group("verb")), hit.m.start(), them.end(), words)


def carry_qualifiers(hits: list[Hit], text: str) -> None:
    """ "at least 103 people killed and 211 injured": the second number is "at least" too."""
    for i in range(1, len(hits)):
        prev, cur = hits[i - 1], hits[i]
        joined = re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[prev.end : cur.m.start()])
        if prev.kind and cur.kind and prev.m.group("q") and not cur.m.group("q") and joined:
            hits[i] = dataclasses.replace(cur, qualifier=prev.m.group("q"))
