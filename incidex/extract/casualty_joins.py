"""Numbers joined in one sentence: "killed 12 soldiers and 3 civilians" (forward) and "12
soldiers and 3 civilians were killed" (backward) share one verb, a headline's "3 women, 1 man
shot" lists counts of one group, and "a rabbi was killed and a man traveling with him injured"
gives the second number its own verb further on."""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.casualty_hits import Hit, with_nouns
from incidex.extract.casualty_numbers import QUALIFIERS
from incidex.extract.casualty_words import HARM_VERB, kind_of
from incidex.nlp import NUMBER
from incidex.schema import FigureKind

_AND = re.compile(r"\s*,?\s*(?:(?!and\b)[a-z][a-z'-]*\s+){0,3}(?:and|as well as)\s+", re.IGNORECASE)


# a number's own verb further on in its clause: "a man traveling with him injured"; not a verb
# heading a number of its own ("... and wounded 30")
_OWN_VERB = re.compile(
    rf"(?:(?!\b(?:and|but|while|as)\b)[^.;:]){{0,80}}?\b(?P<verb>{HARM_VERB})\b"
    rf"(?!\s+(?:(?:{QUALIFIERS})\s+)?(?:{NUMBER}))",
    re.IGNORECASE,
)


_JOINED = re.compile(r"(?:\band|\bwhile|\bbut|,)\s+$", re.IGNORECASE)


def linked(hits: list[Hit], text: str) -> list[Hit]:
    """Numbers joined by "and" share one verb: "killed 12 soldiers and 3 civilians" forward,
    "12 soldiers and 3 civilians were killed" backward."""
    for i in range(1, len(hits)):
        prev, cur = hits[i - 1], hits[i]
        own = _OWN_VERB.match(text, cur.m.end())
        joined = _JOINED.search(text, 0, cur.m.start())  # not "shot at a house ... died"
        if (
            own
            and joined
            and prev.kind
            and not cur.kind
            and kind_of(own.group("verb")) != prev.kind
        ):
            # "a rabbi was killed and a man traveling with him injured": the man is injured
            who = text[cur.m.end() : own.start("verb")]
            hits[i] = Hit(cur.m, kind_of(own.group("verb")), cur.m.start(), own.end(), who)
            continue
        if prev.kind and not cur.kind and _AND.fullmatch(text, prev.end, cur.m.start()):
            kind = _joined_kind(prev, cur, text)
            if kind is not None:
                hits[i] = with_nouns(dataclasses.replace(cur, kind=kind, start=cur.m.start()), text)
    for i in range(len(hits) - 2, -1, -1):
        cur, nxt = hits[i], hits[i + 1]
        before_verb = nxt.kind is not None and nxt.start == nxt.m.start()
        joined = _AND.fullmatch(text, cur.m.end(), nxt.m.start()) or _LISTED.fullmatch(
            text, cur.m.end(), nxt.m.start()
        )
        listed = joined and not _PART_OF.search(text, 0, cur.m.start())
        listed = listed and not _AT_PLACE.search(text, 0, cur.m.start())
        listed = listed and (
            bool(_AND.fullmatch(text, cur.m.end(), nxt.m.start())) or _digits(cur, nxt)
        )
        if not cur.kind and before_verb and listed:
            hits[i] = with_nouns(dataclasses.replace(cur, kind=nxt.kind, start=cur.m.start()), text)
    return hits


# a headline's list of counts: "3 women, 1 man shot on Fairfield Road"; not "of the 10 people,
# 3 were shot" (a part of the count before)
_LISTED = re.compile(r"\s+(?:[A-Za-z][a-z'-]*\s+){0,2}?[A-Za-z][a-z'-]*,\s*")


_PART_OF = re.compile(r"\b(?:of|among|from|in|with|to|by)\s+(?:the\s+)?$", re.IGNORECASE)

# a place or thing the harm happened at, no subject of the verb after: "a bomb exploded at a bank
# and four people were injured" is four, not five
_AT_PLACE = re.compile(
    r"\b(?:at|near|on|outside|inside|into|onto|across|behind|beside|against|towards?|through"
    r"|under)\s+$",
    re.IGNORECASE,
)


def _joined_kind(prev: Hit, cur: Hit, text: str) -> FigureKind | None:
    """The kind of a number joined by "and" to a read one: the same ("killed 12 soldiers and 3
    civilians"), unless the verb of the one before follows its number ("a grandmother dead"); that
    verb closes its clause, and the number after ", and" starts another, of the verb further on
    ("..., and an infant and two men wounded") or of none."""
    if not re.search(rf"\b(?:{HARM_VERB})\b", text[prev.m.end() : prev.end], re.IGNORECASE):
        return prev.kind
    later = _LATER_VERB.match(text, cur.m.end())
    kind = kind_of(later.group("verb")) if later else None
    return kind if kind != prev.kind else None


_LATER_VERB = re.compile(rf"[^.;:,]{{0,80}}?\b(?P<verb>{HARM_VERB})\b", re.IGNORECASE)


def joined_groups(hits: list[Hit], text: str) -> list[list[Hit]]:
    """Read hits, with those joined by "and" into one verb's group."""
    groups: list[list[Hit]] = []
    for hit in hits:
        if hit.kind is None:
            continue
        last = groups[-1][-1] if groups else None
        if last and last.kind == hit.kind and _joined(last, hit, text):
            groups[-1].append(hit)
        else:
            groups.append([hit])
    return groups


def _joined(last: Hit, hit: Hit, text: str) -> bool:
    """Whether two read hits count parts of one group: "12 soldiers and 3 civilians", or a
    headline's "3 women, 1 man shot"."""
    if _AND.fullmatch(text, last.end, hit.m.start()):
        return True
    listed = _LISTED.fullmatch(text, last.m.end(), hit.m.start()) and _digits(last, hit)
    return bool(listed) and not _PART_OF.search(text, 0, last.m.start())


def _digits(*hits: Hit) -> bool:
    """Counts in figures, as a headline lists them ("3 women, 1 man shot"); in words, a list
    after a comma details the count before ("Two people, a man and a woman, died")."""
    return all(h.m.group(0).strip().isdigit() for h in hits)
