"""Casualty asides: a passage a wire story opens with "In another incident", "In related
developments" or "Elsewhere" tells another event; its figures are not the main event's toll.

"IN RELATED DEVELOPMENTS, THE DEPARTMENTS ... RETURNED TO NORMAL AFTER A 72-HOUR ARMED STRIKE ...
ONE ARMY OFFICER AND A CIVILIAN DIED ... DURING THE STRIKE" in a story of a car bomb that hurt no
one: the strike's dead are no victims of the bomb. The aside runs to the end of the next paragraph
(wire stories tell the other event in a paragraph or two); a sentence that says its victims fell
"in a separate attack" is an aside by itself, and so is one that tells the dead "of the strikes"
this attack answered ("in response to air strikes on ..."). Within a sentence, a relative clause
on "another" event ("claimed this blast and another against a ministry that injured eight") or on
the one this attack answered ("in response to the attack in which Ya'el was killed") tells that
event's victims.
"""

from __future__ import annotations

import re

from incidex.extract.casualty_words import REVISION
from incidex.schema import Figure, FigureKind

# words that open a passage on another event than the one reported (not "meanwhile", which as
# often goes on with the event itself: "Meanwhile, the bodyguard of ... was assassinated")
_OPENER = re.compile(
    r"(?:in\s+(?:an?\s+|another\s+)?(?:related|separate|unrelated|other)\s+"
    r"(?:developments?|incidents?|attacks?|actions?|events?|news|cases?|violence)"
    r"|in\s+another\s+(?:incident|attack|action|development|case|event|shooting|bombing)"
    r"|elsewhere)\b",
    re.IGNORECASE,
)

# ... within a sentence, of its own victims: "another officer was killed in a separate attack"
_SEPARATE = re.compile(
    r"\bin\s+(?:an?\s+|two\s+|other\s+)?(?:separate|unrelated)\s+(?:[\w-]+\s+)?"
    r"(?:incidents?|attacks?|shootings?|bombings?|blasts?|explosions?|clash(?:es)?|ambush(?:es)?"
    r"|raids?|violence)\b",
    re.IGNORECASE,
)

# words that answer an earlier event: "in response to", "in retaliation for", "to avenge"
_ANSWERING = r"\b(?:in\s+response\s+to|in\s+retaliation\s+for|to\s+avenge|in\s+revenge\s+for)\s+"

# the event this one answered, introduced afresh (not "in response to the attack", often this
# one): "in response to targeted air strikes against two leaders ... Both men were killed in the
# strikes" -- the dead of that event, told later in the words that name it
_ANSWERED = re.compile(
    _ANSWERING
    + r"(?!(?:the|this|that|these|those|its|his|her|their)\b)(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>(?:air\s*)?strikes?|raids?|attacks?|bombings?|killings?|assassinations?|shelling"
    r"|operations?|arrests?)\b",
    re.IGNORECASE,
)

# a relative clause on another event than the one reported, to its clause's end: "this blast and
# another against a government building that injured eight people", "in retaliation for the
# attack in which a settler was killed" (the answered event is told afresh by its own victims)
_OTHER_EVENT_CLAUSE = re.compile(
    r"\banother\s+(?:[\w-]+\s+){0,6}?(?:that|which)\s+(?:had\s+|has\s+)?"
    r"(?:killed|injured|wounded|hurt|left)\b"
    rf"|{_ANSWERING}"
    r"(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|bombings?|killings?|assassinations?|raids?"
    r"|strikes?|shootings?|massacres?|murders?)\s+(?:in\s+which|that|which|where)\s+"
    r"(?=[\w\s'’-]{0,60}?\b(?:killed|injured|wounded|hurt|left|died|dead)\b)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:]\s|[.!?](?:[\"'”’)\]]*\s|$)")

# a sentence's end; a clause's start within one ("..., and in a separate attack ...")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_CLAUSE = re.compile(r"[;:]\s+|,\s+(?:and|but|while|as|whereas)\s+", re.IGNORECASE)
_TAGS = re.compile(r"\s*(?:\[[^\]\n]{0,40}\]\s*)*")  # "[TEXT]", "[REPORT]"


def _paragraph_ends(text: str, shouting: bool) -> list[int]:
    """Where each paragraph ends: at a blank line or an indented line; in text that is not wire
    teleprinter copy (whose lines wrap within a paragraph), at any line break."""
    breaks = r"\n\s*\n|\n[ \t]{2,}" if shouting else r"\n"
    return [m.start() for m in re.finditer(breaks, text)] + [len(text)]


def asides(text: str, shouting: bool) -> list[tuple[int, int]]:
    """Spans of `text` (the whole article) that tell another event."""
    ends = _paragraph_ends(text, shouting)
    ends_at = [m.end() for m in _SENTENCE_END.finditer(text)]
    spans = []
    for start in sorted({0, *ends, *ends_at}):
        tags = _TAGS.match(text, start)
        opener = _OPENER.match(text, tags.end() if tags else start)
        if opener is None:
            continue
        at = opener.start()
        after = [e for e in ends if e > at]
        spans.append((at, after[1] if len(after) > 1 else after[0]))
    for m in _SEPARATE.finditer(text):
        start = max((e for e in [*ends_at, *ends] if e <= m.start()), default=0)
        clause = [c.end() for c in _CLAUSE.finditer(text, start, m.start())]
        stop = min((e for e in [*ends_at, *ends] if e > m.end()), default=len(text))
        spans.append((clause[-1] if clause else start, stop))
    for m in _ANSWERED.finditer(text):
        noun = re.escape(m.group("noun").split()[-1]).replace(r"\ ", r"\s+")
        named = rf"\b(?:in|during|by)\s+(?:the|those|these)\s+{noun}\b"
        for again in re.finditer(named, text[m.end() :], re.IGNORECASE):
            at = m.end() + again.start()
            start = max((e for e in ends_at if e <= at), default=0)
            spans.append((start, min((e for e in ends_at if e > at), default=len(text))))
    for m in _OTHER_EVENT_CLAUSE.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        spans.append((m.start(), end.start() if end else len(text)))
    return sorted(set(spans))  # an opener after a full stop that also ends a paragraph: once


def outside_asides(
    figures: list[Figure], spans: list[tuple[int, int]], lead: tuple[int, int] | None
) -> list[Figure]:
    """The figures not told in an aside; an aside that holds the event's lead (`lead`: its
    sentence's span) is the event's own telling; so is a toll revised ("In related developments,
    the toll rose to five"). Arrests stay: the suspects of the event itself are often told
    apart."""
    spans = [s for s in spans if lead is None or not (s[0] <= lead[0] < s[1])]
    return [
        f
        for f in figures
        if f.evidence is None
        or f.kind == FigureKind.ARRESTED  # "In related developments, police arrested two"
        or REVISION.search(f.evidence.text)
        or not any(a <= f.evidence.start < b for a, b in spans)
    ]
