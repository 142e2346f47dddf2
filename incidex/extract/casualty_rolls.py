"""Rolls of victims named one by one in upper-case wire text, counted person by person.

"A COMMANDO KILLED HECTOR RUIZ, LEADER OF THE MNR, AND SOCIAL DEMOCRAT ANA TORRES" (2), "THE
MURDERS OF A JUDGE, A POLICE MAJOR, AND SENATOR LUIS PENA" (3), "THE DEAD WERE JUAN PEREZ, A
TEACHER, AND MARIA LOPEZ" (2), "THE KILLINGS AT LA CEIBA: JOSE MEJIA, RAUL CRUZ, AND DR ANA
SOTO" (3).

Upper case hides which words are names, so the list reader of mixed-case text
(`casualty_lists`) finds none there. Here a name is a short run of words with no article,
pronoun or other function word; a description starts with an article or a possessive, or is a
role followed by "of" ("LEADER OF THE MNR"). A description set off by commas right after a name
is that person, not another, and a name right after a description names it. A roll with any
other item in it (a plural, a thing, a clause) is not read at all.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from incidex.extract.analysis import Sentence
from incidex.extract.casualty_numbers import span_evidence
from incidex.extract.casualty_who import PERSON_END, who_of
from incidex.extract.casualty_words import CHARGED, EARLIER_KILLING, scope_of
from incidex.nlp import NUMBER, parse_number
from incidex.schema import Evidence, Figure, FigureKind, Who

K = FigureKind

# what opens a roll: a verb with its object ("KILLED", after a time set off by commas: "KILLED
# IN LESS THAN 48 HOURS, ..."), a noun of killing with "of" ("THE KILLINGS DURING THE PAST WEEK
# OF"), "THE DEAD WERE", or a colon after a noun of killing
_OPEN = re.compile(
    r"\b(?:(?P<roll>(?:the\s+)?(?:dead|those\s+killed|killed|wounded|injured))"
    r"\s+(?:were|are)(?:\s+identified\s+as)?:?"
    r"|(?P<verb>killed|murdered|assassinated|killing|murdering|assassinating|wounded"
    r"|wounding|injured|injuring)(?:\s+(?:in|during|within|over|on|last)\s+[^,.;:\"]{1,40},)?"
    r"|(?P<noun>murders?|killings?|assassinations?)"
    r"(?:\s+(?:during|in|over|within|since)\s+[^,.;:()\"]{1,35}?)?\s+of)\s+",
    re.IGNORECASE,
)
_COLON = re.compile(
    r"\b(?P<colon>murders|killings|assassinations)\b[^.:;\"]{0,60}:\s+", re.IGNORECASE
)

# "WAS KILLED", "WERE KILLED BY": a passive verb has no object roll
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)

# where a roll ends: a sentence or a clause, a place, a time, a relative clause
_END = re.compile(
    r"\.(?:\s|$)|[:\"]|--|\s(?:in|on|at|near|during|when|while|after|before|by|who|whom|which"
    r"|that|were|was|had|have|has|from|with|since|as|for|because|but|then|under|according|to"
    r"|will|would|could|did|later|also|subsequently|along)\b"
    # another verb after "and": "KILLED A WATCHMAN AND SET FIRE TO THE OFFICE"
    r"|,?\s+and\s+(?:set|fled|burned|destroyed|stole|took|left|escaped|seized|robbed|shot"
    r"|attacked|blew|planted|threw|opened|fired|looted|dynamited)\b",
    re.IGNORECASE,
)

_SEPARATOR = re.compile(r"\s*;\s*(?:and\s+)?|\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)

# words no name holds: articles, pronouns, prepositions, verbs of a clause
_NOT_NAME = re.compile(
    r"\b(?:a|an|the|his|her|their|its|our|he|she|they|them|it|this|these|those|of|to|in|on|at"
    r"|for|with|from|by|or|not|no|other|others|some|several|many|all|both|each|more|also"
    r"|himself|herself|themselves"
    r"|people|persons|men|women|children|is|are|was|were|be|been|had|has|have|said|says)\b",
    re.IGNORECASE,
)

_DESCRIPTION = re.compile(r"(?:a|an|the|his|her|their|another)\s+", re.IGNORECASE)

# a role before "of": "LEADER OF THE MNR", "MAYOR OF TRUJILLO" (a description of one person)
_ROLE_OF = re.compile(r"(?:[\w-]+\s+){0,3}?[\w-]+\s+of\s+", re.IGNORECASE)

# a title before a name, which "and" may join to another ("SENATOR AND PRESIDENTIAL HOPEFUL X")
_TITLE = re.compile(
    r"(?:(?:former|presidential|vice|deputy|retired|army|police|national)\s+)?"
    r"(?:senator|deputy|congressman|mayor|councilman|governor|minister|magistrate|judge"
    r"|colonel|general|major|captain|lieutenant|sergeant|hopeful|candidate|leader|journalist"
    r"|priest|father|monsignor|msgr|bishop|dr|doctor|professor|lawyer|commander|director)",
    re.IGNORECASE,
)

# the head of a description of one person: "A TEACHER", "THE MAYOR", "HIS DRIVER"
_ROLE = re.compile(
    r"(?:\w*(?:man|woman|ist)|\w*(?:teacher|farmer|worker|driver|leader|member|officer|soldier"
    r"|director|doctor|reporter|lawyer|engineer|manager|owner|vendor|trader|dealer|keeper|maker"
    r"|seller|grower|rancher|banker|writer|editor|inspector|investigator|prosecutor|professor"
    r"|councilor|councillor|governor|senator|commander|president|student|agent|resident"
    r"|sergeant|merchant|peasant|lieutenant|assistant|activist|unionist|catechist|minor|child"
    r"|youth|boy|girl|nun|wife|husband|son|daughter|brother|sister|father|mother|official"
    r"|chief|judge|guard|magistrate|mayor|priest|friend|relative|employee|secretary|aide"
    r"|bodyguard|escort|chauffeur|physician|nurse|pilot|candidate|hopeful|deputy|minister"
    r"|colonel|general|major|captain|monsignor|bishop))$",
    re.IGNORECASE,
)

# words of a noun or a verb, not of a name: "LATER ATTEMPTS", "STATEMENTS", "REPORTED"
_COMMON = re.compile(
    r"\w*(?:ing|ed|ly|tions?|ments?|ness|ity|ities|isms?|ships?|ances?|ences?|ies|ts|ns|ers)$"
    r"|later|then|other|others|same|such|attempts?|attacks?|acts?",
    re.IGNORECASE,
)

_AGE = re.compile(r"(?:aged\s+)?\d{1,3}(?:\s+years?(?:\s+old)?)?", re.IGNORECASE)
_COUNT = re.compile(rf"(?P<n>{NUMBER})\s+(?P<rest>.+)", re.IGNORECASE)
_PLURAL = re.compile(r"(?<!s)s$|(?:men|people|children)$", re.IGNORECASE)
_NAME_WORD = re.compile(r"[a-z][a-z.'-]*", re.IGNORECASE)

_SOME = -1  # people of no count ("THE PEASANTS"): the roll cannot be counted


@dataclass(frozen=True, slots=True)
class _Item:
    text: str
    start: int
    joined_by_and: bool  # "and" (not a bare comma) before it
    semicolon: bool  # a semicolon before it
    count: int | None  # people it names: None not a person, 0 an age
    name: bool  # a name (no article or function word)


def named_rolls(sentence: Sentence, found: list[Figure]) -> list[Figure]:
    """`found` with the figures of the upper-case rolls of victims in the sentence; a roll's
    count replaces the smaller figures read of the same words ("KILLED HECTOR RUIZ ... AND ANA
    TORRES" is 2, not the 1 of its first name)."""
    out = list(found)
    for figure in _sentence_rolls(sentence.text):
        ev = figure.evidence
        if ev is None:
            continue
        ev = Evidence(start=ev.start + sentence.start, end=ev.end + sentence.start, text=ev.text)
        same = [
            f
            for f in out
            if f.kind == figure.kind
            and f.evidence is not None
            and f.evidence.start < ev.end
            and ev.start < f.evidence.end
        ]
        if any((f.value or 0) >= (figure.value or 0) for f in same):
            continue
        out = [f for f in out if not any(f is g for g in same)]
        out.append(replace(figure, evidence=ev, scope=scope_of(sentence.text)))
    return out


@functools.lru_cache(maxsize=512)
def _sentence_rolls(text: str) -> tuple[Figure, ...]:
    """`_rolls` read once per sentence: a frame's sentences are read once or twice."""
    return tuple(_rolls(text))


def _rolls(text: str) -> list[Figure]:
    # asides in brackets ("(MNR)", "[NAME INDISTINCT]") blanked: offsets stay those of `text`
    plain = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group(0)), text)
    out: list[Figure] = []
    for m in [*_OPEN.finditer(plain), *_COLON.finditer(plain)]:
        before = plain[: m.start()]
        if EARLIER_KILLING.search(before) or CHARGED.search(before):
            continue  # "in revenge for the murder of", "charged with the murder of": another's
        if m.groupdict().get("verb") and _PASSIVE.search(before):
            continue
        end = _END.search(plain, m.end())
        stop = end.start() if end else len(plain)
        items = _items(plain, m.end(), stop)
        value = _count(items)
        if value is None:
            continue
        word = next(w for w in m.groups() if w)
        kind = K.INJURED if re.search(r"wound|injur", word, re.I) else K.KILLED
        last = items[-1]
        who_text = text[items[0].start : last.start + len(last.text)]
        whos = {who_of(i.text) for i in items if i.count}
        if whos & {Who.ATTACKERS, Who.ARMED_GROUP}:
            continue  # the attackers' own dead: read by their numbers
        who = whos.pop() if len(whos) == 1 else Who.UNKNOWN
        ev = span_evidence(text, m.start(), last.start + len(last.text))
        out.append(Figure(kind=kind, value=value, who=who, who_text=who_text, evidence=ev))
    return out


def _items(text: str, begin: int, end: int) -> list[_Item]:
    items: list[_Item] = []
    at, joined, semicolon = begin, False, False
    for sep in [*_SEPARATOR.finditer(text, begin, end), None]:
        stop = sep.start() if sep else end
        raw = text[at:stop]
        if joined:  # "THE MURDERS OF X AND OF Y"
            raw = re.sub(r"^(\s*)of\s", lambda m: m.group(1) + "   ", raw, flags=re.IGNORECASE)
        words = " ".join(raw.split())
        if words:
            start = at + len(raw) - len(raw.lstrip())
            items.append(_item(words, start, joined, semicolon))
        if sep is None:
            break
        joined = "and" in sep.group(0).casefold()
        semicolon = ";" in sep.group(0)
        at = sep.end()
    items = _titles_joined(items)
    # "A, B, AND C, WILL PERMIT ...": a clause set off by a comma after the roll's last person
    last_and = max((i for i, item in enumerate(items) if item.joined_by_and), default=len(items))
    while len(items) > last_and + 1 and items[-1].count is None and not items[-1].joined_by_and:
        items.pop()
    return items


def _titles_joined(items: list[_Item]) -> list[_Item]:
    """A bare title joined by "and" (no comma) to the next item is that item's: "SENATOR AND
    PRESIDENTIAL HOPEFUL LUIS PENA" is one person."""
    out: list[_Item] = []
    title: _Item | None = None
    for i, item in enumerate(items):
        nxt = items[i + 1] if i + 1 < len(items) else None
        if item.name and _TITLE.fullmatch(item.text) and nxt and nxt.joined_by_and:
            title = title or item
            continue
        if title is not None:
            words = title.text + " and " + item.text
            joined, semicolon = title.joined_by_and, title.semicolon
            titled = replace(item, text=words, start=title.start, joined_by_and=joined)
            out.append(replace(titled, semicolon=semicolon))
            title = None
            continue
        out.append(item)
    return out


def _item(words: str, start: int, joined: bool, semicolon: bool) -> _Item:
    def item(count: int | None, name: bool = False) -> _Item:
        return _Item(words, start, joined, semicolon, count, name)

    if _AGE.fullmatch(words):
        return item(0)
    counted = _COUNT.fullmatch(words)
    if counted and _numbered(words):
        n = parse_number(counted.group("n"))
        rest = counted.group("rest")
        person = PERSON_END.search(rest + " ") and not _NOT_NAME.search(rest)
        return item(n if n and n < 1000 and person else None)
    if len(words.split()) > 12:
        return item(None)
    described = _DESCRIPTION.match(words) or _ROLE_OF.match(words)
    if described:
        head = re.split(r"\s+(?:of|from|in|at|with|known|named)\s+", words, flags=re.I)[0]
        if not (PERSON_END.search(head + " ") or _ROLE.search(head)):
            return item(None)  # "THE ATTACK", "A SERIES OF"
        return item(_SOME if _PLURAL.search(head.split()[-1]) else 1)
    name = all(_NAME_WORD.fullmatch(w) and not _COMMON.fullmatch(w) for w in words.split())
    # a name has a given name and a surname: one word alone ("CATTLE", "FLORES") may be anything,
    # but for a title that "and" joins to the next ("SENATOR AND PARTY LEADER X")
    several = len(words.split()) > 1 or _TITLE.fullmatch(words) is not None
    if name and several and len(words.split()) <= 7 and not _NOT_NAME.search(words):
        return item(1, name=True)
    return item(None)


def _numbered(words: str) -> bool:
    counted = _COUNT.fullmatch(words)
    return counted is not None and counted.group("n").casefold() not in ("a", "an", "one")


def _count(items: list[_Item]) -> int | None:
    """People the roll names, or None where it is no roll of people."""
    if len(items) < 2 or not any(i.joined_by_and for i in items):
        return None
    if any(i.count is None or i.count == _SOME for i in items):
        return None
    if all(i.count == 0 or _numbered(i.text) for i in items):
        return None  # "TWO SOLDIERS AND THREE PEASANTS": numbers only, summed by their reading
    head, *rest = items
    if _numbered(head.text) and all(i.name or i.count == 0 for i in rest):
        # "TWO REPORTERS, ROBERTO NAVAS AND MAURICIO PINEDA": the two, named
        named = sum(1 for i in rest if i.name)
        return head.count if named == head.count else None
    total, people, prev = 0, 0, None
    for item in items:
        if item.count == 0:
            continue  # an age
        appositive = (
            prev is not None
            and not item.joined_by_and
            and not item.semicolon  # "A, 42; A MINOR; B, 19": one person between semicolons
            and (prev.name != item.name)  # a description of a name, or a name of one
            and (item.count or 0) == 1
        )
        prev = item
        if appositive:
            continue
        total += item.count or 0
        people += 1
    return total if people >= 2 and total >= 2 else None
