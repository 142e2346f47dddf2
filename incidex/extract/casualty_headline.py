"""Casualty headline policy: which of a frame's figures is its killed or injured headline.

Victims of the incident only (not a cumulative toll, not the attackers, not a part of a larger
figure); the latest revision or else the first stated; plus the victims "also" adds on top.
"""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.casualty_fuller import fuller
from incidex.extract.casualty_numbers import AGE, COUNTED, figure_size
from incidex.extract.casualty_words import LIVED, LIVED_BEFORE, REVISION
from incidex.nlp import NUMBER
from incidex.schema import Evidence, Figure, FigureKind, Qualifier, Scope, Who

# "A sound technician was also killed": one more victim on top of those counted before
_ALSO = re.compile(r"\balso\b(?!\s+\d)", re.IGNORECASE)  # not "another teen, also 15,"

# ... or after it: "Both bodyguards were killed as well" (not "as well as")
_AS_WELL = re.compile(r",?\s+as well\b(?!\s+as\b)", re.IGNORECASE)


def _also(figure: Figure, text: str) -> bool:
    """Whether a figure's words say its victims come on top of others: "also", "as well"."""
    ev = figure.evidence
    return ev is not None and bool(_ALSO.search(ev.text) or _AS_WELL.match(text, ev.end))


_OTHERS = re.compile(r"\b(?:another|other|others|more|additional|further)\b", re.IGNORECASE)

# Whose deaths are no victims' toll: the attackers' own, and the armed group's fighters ("nine
# guerrillas were killed in the clash"); datasets count human targets, GTD adds the attackers.
_COMBATANTS = (Who.ATTACKERS, Who.ARMED_GROUP)


def with_also(head: Figure | None, figures: list[Figure], text: str) -> Figure | None:
    """The headline plus the victims other figures add on top of it ("A student was killed ...
    Two policemen were also killed": 3; "one person was injured and another was injured": 2),
    as one figure whose evidence runs from the first to the last."""
    if head is None or head.evidence is None:
        return head
    victims = [
        f
        for f in figures
        if f.kind == head.kind
        and f.scope == Scope.INCIDENT
        and f.who not in _COMBATANTS
        and f.value
        and f.evidence is not None
    ]
    base: Figure | None = head
    before = _also(head, text) or _ANOTHER_FIRST.match(_text(head))
    if before or _N_OTHERS.match(_text(head)):  # its count stands before
        base = next((f for f in victims if f.value == 1 and _adds_to(f, head, figures, text)), None)
    if base is None or base.value is None or base.evidence is None:
        return head
    extra = [f for f in victims if _adds_to(base, f, figures, text)]
    parts = _parts(extra)
    extra = [f for i, f in enumerate(extra) if i not in parts]
    if not extra:
        return head
    start, last = base.evidence.start, max(f.evidence.end for f in extra if f.evidence)
    value = base.value + sum(f.value or 0 for f in extra)
    ev = Evidence(start=start, end=last, text=text[start:last])
    return dataclasses.replace(base, value=value, low=None, high=None, evidence=ev)


# A plain "also" right after a count adds to it; paragraphs later it details the count instead
_ALSO_REACH = 300

_ANOTHER_FIRST = re.compile(r"(?:another|the other)\b", re.IGNORECASE)

# someone of the one counted before, so someone else: "X suffered minor injuries, but his
# bodyguard was seriously wounded"
_KIN_FIRST = re.compile(r"(?:his|her|their)\s+[\w-]+\s+(?:was|were)\b", re.IGNORECASE)

# "The blast fatally injured the minister. Eleven others were killed": others than that one
_N_OTHERS = re.compile(rf"(?:{NUMBER})\s+(?:other|others)\b", re.IGNORECASE)


def _adds_to(base: Figure, other: Figure, figures: list[Figure], text: str) -> bool:
    """Whether `other`, later than `base`, counts victims on top of it. "Also" adds to one victim,
    to a count in the sentences right after it, or with words that say the victims are others
    ("another man was also wounded"): paragraphs later, it details victims the lead's total
    already holds. "Another" adds only right after a count of its kind in the same sentence
    ("one was injured and another was injured", not "one was killed and another wounded")."""
    a, b = base.evidence, other.evidence
    if a is None or b is None or a.end > b.start:
        return False
    if _also(other, text):
        near = b.start - a.end <= _ALSO_REACH or bool(_OTHERS.search(b.text))
        return near or (base.value == 1 and _same_passage(text[a.end : b.start]))
    if _N_OTHERS.match(b.text):
        return base.value == 1 and b.start - a.end <= _ALSO_REACH
    someone_else = _ANOTHER_FIRST.match(b.text) or _KIN_FIRST.match(b.text)
    if not someone_else or re.search(r"[.!?]\s", text[a.end : b.start]):
        return False
    between = [f for f in figures if f.evidence and a.end <= f.evidence.start < b.start]
    return b.start - a.end <= _SENTENCE_REACH and all(f.kind == base.kind for f in between)


_SENTENCE_REACH = 150  # "another" further from its count than this is another sentence's

# a new paragraph: a blank line, or a line indented as a paragraph's first
_PARAGRAPH = re.compile(r"\n\s*\n|\n[ \t]{2,}")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")


def _same_passage(between: str) -> bool:
    """Whether the words between a figure and a later one keep them in one passage: the same
    paragraph, or the next sentence. An "also" paragraphs away, in a quoted recording, adds the
    victims of some other killing ("... and also the killing of two patrolmen")."""
    return not _PARAGRAPH.search(between) or len(_SENTENCE_END.findall(between)) <= 1


def _ends_before(first: Figure, second: Figure) -> bool:
    a, b = first.evidence, second.evidence
    return a is not None and b is not None and a.end <= b.start


def _text(figure: Figure) -> str:
    return figure.evidence.text if figure.evidence else ""


# a count of people shot, which holds those of them who died; lower or title case ("Six Shot"),
# not upper-case wire text, where "HAD BEEN SHOT" is as often the one death itself read twice
_SHOT_COUNT = re.compile(
    r"\b(?:[Ss]hot|(?:[Gg]unshot|[Ss]hooting) [Vv]ictims"
    # "suffering from gunshot wounds", "four people suffered multiple gunshot wounds"
    r"|(?:[Ss]uffer(?:ing|ed)|[Ss]ustained|[Rr]eceived) (?:from )?(?:[\w-]+ ){0,2}"
    r"(?:[Gg]unshot|[Ss]tab) [Ww]ounds?)$",
)

# ... or before it: "a gunman shot three people, killing one"
_SHOT_FIRST = re.compile(r"[Ss]hot\s+(?!dead\b)")

# those shot besides the dead: "four others were shot", "another teen was shot", "her son was
# shot", "a woman was also shot"
_SOMEONE_ELSE = re.compile(
    r"^(?:another|the other|a second|a third|(?:his|her|their|the [\w-]+['’]s)\s)"
    r"|\b(?:others?|also)\b",
    re.IGNORECASE,
)


# the dead died of the wounds counted before: "Two Israelis were wounded. One later died of his
# wounds"
_OF_WOUNDS = re.compile(
    r"\s+(?:of|from)\s+(?:his|her|their|the)\s+(?:wounds|injuries)\b", re.IGNORECASE
)


# how soon after "shot three people" its dead are told: "..., killing one", "One of them died."
_THEN_REACH = 150


def _then(injured: Figure, killed: Figure) -> bool:
    """Whether the dead are told right after a count of those shot that opens with the verb ("a
    gunman shot three people, killing one"): the dead told before ("a double murder ... he shot two
    police officers") are others."""
    a, b = injured.evidence, killed.evidence
    return a is not None and b is not None and a.start <= b.start <= a.end + _THEN_REACH


def survivors(injured: Figure | None, killed: Figure | None, article: str = "") -> Figure | None:
    """ "Four teenagers were shot ... one of them has died": 3 wounded, not 4. A count of people
    shot includes those who died, so the dead are taken out of it (GVA counts them apart); so does
    a count of the wounded that the dead died of ("one later died of his wounds")."""
    if injured is None or killed is None or injured.value is None or killed.value is None:
        return injured
    text = injured.evidence.text if injured.evidence is not None else ""
    # "shot two neighbors" after the dead were told counts others (not "shot his sister", the one
    # killed told again)
    first = _SHOT_FIRST.match(text) and (injured.value <= 1 or _then(injured, killed))
    counted = _SHOT_COUNT.search(text) or first
    shot = counted and not _SOMEONE_ELSE.search(text)
    # the dead are someone else than those shot: "a reporter was shot and his cameraman was
    # shot to death", "a man was shot and another was shot and killed"
    shot = shot and not (killed.evidence and _SOMEONE_ELSE.search(killed.evidence.text))
    shot = shot and not _other_age(text, killed.evidence.text if killed.evidence else "")
    died_of = bool(killed.evidence and _OF_WOUNDS.match(article, killed.evidence.end))
    shot = shot or (died_of and _ends_before(injured, killed) and injured.value > killed.value)
    # ... not one told to have lived: "Smith was shot in the leg, but survived", "a girl is
    # recovering after she was shot"
    ev = injured.evidence
    shot = shot and not (injured.value == 1 and ev and _lived(article, ev))
    if not shot or killed.value <= 0 or (killed.value > injured.value and injured.value != 1):
        return injured
    # one person shot in a story of more dead ("4th victim dies ... a woman shot last week died")
    left = max(injured.value - killed.value, 0)
    return dataclasses.replace(injured, value=left, low=None, high=None, qualifier=Qualifier.EXACT)


_AGE_OF = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b", re.IGNORECASE)


def _other_age(shot: str, dead: str) -> bool:
    """Whether the one shot and the dead are told with different ages, so are different people:
    "a 22-year-old man was shot ... a 24-year-old man was shot to death"."""
    a, b = _AGE_OF.findall(shot), _AGE_OF.findall(dead)
    return len(a) == 1 and len(b) == 1 and a != b


_LIVED_BACK = 150  # how far before the one shot the words that they live may stand


def _lived(article: str, ev: Evidence) -> bool:
    """Whether the words around the one shot tell they lived, after them or before them in their
    sentence."""
    return bool(
        LIVED.match(article, ev.end)
        or LIVED_BEFORE.search(article, max(0, ev.start - _LIVED_BACK), ev.start)
    )


# the wounded who died later: "The other two were wounded (and both later died in the hospital)"
_LATER_DIED = re.compile(
    r"\b(?:later|subsequently)\s+(?:died|succumbed)\b|\bdied\s+later\b", re.IGNORECASE
)

_LATER_REACH = 80  # how far after the count of the wounded their later deaths are told


def died_later(injured: Figure | None, figures: list[Figure]) -> Figure | None:
    """The wounded without those of them told right after to have died later ("two were wounded
    and both later died": none left hurt), whichever death the headline counts."""
    a = injured.evidence if injured else None
    if injured is None or a is None or not injured.value:
        return injured
    later = [
        f
        for f in figures
        if f.kind == FigureKind.KILLED
        and f.value
        and f.evidence
        and a.end <= f.evidence.start <= a.end + _LATER_REACH
        and _LATER_DIED.search(f.evidence.text)
    ]
    if not later or (later[0].value or 0) > injured.value:
        return injured
    left = injured.value - (later[0].value or 0)
    return dataclasses.replace(injured, value=left, low=None, high=None, qualifier=Qualifier.EXACT)


def headline(figures: list[Figure], kind: FigureKind, policy: str) -> Figure | None:
    """The headline figure of a kind: victims (not combatants), incident scope, not a part of a
    larger figure.

    `latest`: the last revision ("the toll rose to 40") if there is one, else the first figure
    stated, since a news lead gives the current total and later sentences its parts or updates
    of them; or a later total that holds that first count with others (`casualty_fuller`).
    `conservative`: the lowest; `highest`: the highest."""
    of_kind = [f for f in figures if f.kind == kind]
    parts = _parts(of_kind)
    pool = [
        f
        for i, f in enumerate(of_kind)
        if f.scope == Scope.INCIDENT and f.who not in _COMBATANTS and i not in parts
    ]
    pool = [f for f in pool if f.value != 0] or pool  # "no one else was hurt" adds nobody
    counted = [
        f
        for f in pool
        if f.evidence
        and (COUNTED.search(AGE.sub(" ", f.evidence.text)) or REVISION.search(f.evidence.text))
    ]  # "a fifth victim ... has died" counts the dead too
    pool = counted or pool  # "a fatal shooting", "the driver died" give way to a stated number
    if not pool:
        return None
    if policy == "conservative":
        return min(pool, key=figure_size)
    if policy == "highest":
        return max(pool, key=figure_size)
    revised = [f for f in pool if f.evidence and REVISION.search(f.evidence.text)]
    return revised[-1] if revised else fuller(pool[0], pool, of_kind)


def _parts(figures: list[Figure]) -> set[int]:
    """Indexes of figures whose evidence lies inside a larger figure's ("12 soldiers" inside "12
    soldiers and 3 civilians were killed"): one sweep over the spans sorted by start."""
    spans = sorted(
        (f.evidence.start, -f.evidence.end, i) for i, f in enumerate(figures) if f.evidence
    )
    parts: set[int] = set()
    reach = (-1, -1)  # the span reaching furthest so far
    for start, neg_end, i in spans:
        end = -neg_end
        if reach[1] >= end and (reach[0], reach[1]) != (start, end):
            parts.add(i)
        if end > reach[1]:
            reach = (start, end)
    return parts
