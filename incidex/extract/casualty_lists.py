"""Casualty lists: victims named one by one in a list, counted item by item.

"A police colonel, a judge and Senator Ruiz were murdered" (3), "killing the commander, his
deputy and six other people" (8), "injuring him, his driver and a guard" (3). A description set
off by commas right after a name is that person, not another ("Ana Ruiz, an editor, and her
driver": 2); a name right after a description names it ("a member of the party, Ali Amin, and
his son": 2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from incidex.extract.casualty_numbers import span_evidence
from incidex.extract.casualty_who import who_of
from incidex.extract.casualty_words import ADVERBS, EARLIER_KILLING, kind_of
from incidex.nlp import NUMBER, parse_number
from incidex.schema import Figure, FigureKind, Who

K = FigureKind

_DEATH = (
    r"killed|murdered|assassinated|slain|executed|beheaded|decapitated|massacred|shot dead"
    r"|shot to death|gunned down|stabbed to death|wounded|injured|hurt|beaten|kidnapped|abducted"
)

# "..., a judge and Senator Ruiz were murdered": the list is the subject of a plural verb
_PASSIVE = re.compile(
    rf"\s+(?:(?:were|have been|had been|are)\s+{ADVERBS}(?P<verb>{_DEATH})"
    # "Ana, Lee and Sam all suffered gunshot wounds"
    r"|(?:all\s+|both\s+)?(?:suffered|sustained)\s+(?:[\w-]+\s+){0,2}(?P<wounds>injuries|wounds)"
    # "Ana, Lee and Sam were all taken to the hospital": hurt (not "..., where they died")
    r"|(?:were|are)\s+(?:all\s+|both\s+)?(?:taken|transported|rushed|brought)\s+to\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?hospitals?(?![^.;]{0,40}\b(?:died|dead)\b))\b",
    re.IGNORECASE,
)

# "killing the commander, his deputy and six other people": the list is the verb's object; or
# the inverted subject that opens a sentence, "The injured were a guard and two cooks" (not
# "Among the injured were ...", "Two of the injured were ...": some of them); "fatally injured
# a guard and two cooks" is a list of the dead, read by the phrasings
_ACTIVE = re.compile(
    r"\b(?<!fatally )(?P<verb>(?<![\w,] )(?:the\s+)?(?:injured|wounded)\s+(?:were|are)"
    r"|killing|killed|murdering|murdered|assassinating|assassinated|wounding|wounded"
    r"|injuring|injured|shot dead|shot and killed|kidnapping|kidnapped|abducting|abducted"
    r"|(?:murders?|killings?|assassinations?|deaths?|bod(?:y|ies)) of)\s+",
    re.IGNORECASE,
)

# where a subject list starts: the sentence, a clause or a colon
_SUBJECT_START = re.compile(
    r"(?:^|[.;:!?]\s+|\b(?:when|after|as(?! well as\b)(?<!well as)|while|that|which|where"
    r"|because|but|then|and then"
    r"|said|says|say|told|reported|added|confirmed)\s+)",
    re.IGNORECASE,
)

# where an object list ends: a clause, a place or time, another verb
_OBJECT_END = re.compile(
    r"\s*(?:[.;:!?(\[]|--|[—–]|$)|\s+(?:as(?! well as\b)(?<!well as)|when|while|after|before"
    r"|in|at|on|near|outside|inside"
    r"|during|with|who|whom|which|that|from|by|to|because|but|were|was|and\s+(?:then\s+|the\s+)?"
    r"(?:wound|injur|kill|hurt|abduct|kidnap|seiz|set|fled|escap|burn|destroy|damag)\w*)\b",
    re.IGNORECASE,
)

# a relative pronoun right before the verb: the clause describes the noun before it
_RELATIVE = re.compile(r"\b(?:who|whom|which|that)\s*$", re.IGNORECASE)

# "Five passengers, as well as the driver, were hurt": "as well as" joins like "and"
_SEPARATOR = re.compile(r"\s*,?\s+as well as\s+|\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)

_POSSESSIVE = re.compile(r"(?:his|her|their|its)\s+", re.IGNORECASE)
_DESCRIPTION = re.compile(r"(?:a|an|the)\s+", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:him|her)$", re.IGNORECASE)
_COUNT = re.compile(rf"(?P<n>{NUMBER})\s+(?!of\s+(?:the|them|those|these|whom)\b)", re.IGNORECASE)
_OTHER = re.compile(r"(?:another|one other|the other)\s+\w", re.IGNORECASE)

# words a place, a time or a clause begins with, never a victim
_NOT_PERSON = re.compile(
    r"(?:in|on|at|near|outside|inside|during|after|before|from|by|with|to|for|of|as|when|while"
    r"|who|which|that|including|among|both|all|some|several|many|most|dozens|scores|hundreds"
    r"|them|they|it|this|these|those|there|other|others|more|at least|more than|about|over"
    r"|nearly|up to|between|almost|around|approximately|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# no person: "a result of", "the attack", "a series of"
_THING = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:result|number|total|series|wave|spate|string|part|consequence|time"
    r"|day|night|week|way|attack|blast|explosion|bombing|incident|shooting|fire|area|car|house"
    r"|building|vehicle)s?\b",
    re.IGNORECASE,
)

# the words of a person or a role: "the commander of", "a guard", "Senator", "MNR leader"
_ROLE = re.compile(
    r"\b(?:\w*(?:man|woman|men|women|ist|ian|keeper|worker|maker|owner|holder|seller|dealer"
    r"|driver|rider|leader|member|manager|officer|soldier|farmer|teacher|reporter|engineer"
    r"|passenger|villager|director|governor|commander|councill?or|editor|inspector|bystander"
    r"|lawyer|preacher|trader|banker|writer|photographer|volunteer|prisoner|student|resident"
    r"|agent|servant|merchant|president|sergeant|lieutenant|assistant|attendant|employee"
    r"|trainee|companion|journalist|guerrilla|rebel|militant|hostage|worshipp?er|pilgrim"
    r"|mourner|shopper|pedestrian|neighbou?r|physician|surgeon|nurse|doctor)s?|\w+-year-olds?"
    r"|person|people|child|children|boy|girl|son|daughter|wife|husband|mother|father|brother"
    r"|sister|nephew|niece|cousin|relative|friend|guard|judge|chief|head|mayor|priest|pastor"
    r"|imam|cleric|nun|monk|bishop|colonel|general|major|captain|lieutenant|sergeant|corporal"
    r"|private|senator|deputy|minister|official|diplomat|consul|envoy|ambassador|attorney"
    r"|aide|assistant|clerk|staff|secretary|student|pupil|youth|baby|infant|toddler|teen"
    r"|teenager|victim|hostage|civilian|soldier|policeman|policewoman|cop|trooper|marine"
    r"|agent|militiaman|volunteer|candidate|activist|magistrate|prosecutor|president"
    r"|(?:dr|mr|mrs|ms|msgr|gen|col|capt|lt|sgt|maj|rev)\.?)\b",
    re.IGNORECASE,
)

# a plural head noun without a number: "the Jesuits", "his bodyguards"
_PLURAL = re.compile(r"(?<!s)s$|(?:men|people|children)$", re.IGNORECASE)

# a verb (the list began after it: "three were killed and four others were hurt"; "a bomb
# exploded at a bank and four people were hurt": the clause before tells the blast, no victim)
_VERB = re.compile(
    r"\b(?:were|was|is|are|has|have|had|been|died|dies|dead|killed|injured|wounded|hurt|said"
    r"|says|exploded|detonated|went off|blew up|opened fire|erupted|occurred|took place)\b",
    re.IGNORECASE,
)

# people of no known size: "his family", "the crew"
_GROUP = re.compile(
    r"\b(?:family|families|group|crew|convoy|team|unit|relatives|people|civilians|members"
    r"|passengers|residents|villagers|others)\b",
    re.IGNORECASE,
)

# a word of a name: "Diego", "al-Hemedawi", "bin", "O'Neill", "Jr."
_NAME_WORD = re.compile(
    r"[A-Z][\w.'’-]*|(?:al|el|ad|as|ash|ibn|bin|ben|de|del|la|van|von|da|dos)(?:-\w+)?"
)

_AGE = re.compile(r"(?:aged\s+)?\d{1,3}(?:\s*(?:years?[- ]old|years?|yrs?\.?))?", re.IGNORECASE)

# "the son of ...": a description whose "and" joins the parents named, not more victims
_KIN_OF = re.compile(
    r"\b(?:son|sons|daughter|daughters|wife|husband|father|mother|brother|sister|nephew|niece"
    r"|cousin|widow|child|children|grandson|granddaughter|grandchild) of\b",
    re.IGNORECASE,
)

_FUNCTION_WORD = re.compile(r"\b(?:the|to|a|an|of|in|at|on|and|for|with|from|by|his|her)\b", re.I)


_SOME = -1  # the count of an item that names people without saying how many ("the Jesuits")


@dataclass(frozen=True, slots=True)
class _Item:
    text: str
    start: int
    joined_by_and: bool  # "and" (not a bare comma) before it
    comma: bool  # a comma before it
    count: int | None  # people it names; None: not a person
    name: bool  # a proper name without a determiner
    described: bool  # "a/an/the ...": may be an appositive


def victim_lists(text: str) -> list[Figure]:
    """The figures of lists of victims named one by one (see the module's docstring)."""
    shouting = text.upper() == text and any(c.isalpha() for c in text)
    out: list[Figure] = []
    for m in _PASSIVE.finditer(text):
        if EARLIER_KILLING.search(text, 0, m.start()):
            continue  # "in revenge for ...": an earlier event's
        if _RELATIVE.search(text, 0, m.start()):
            continue  # "the killing of two patrolmen who were murdered": no subject list
        begin = max((s.end() for s in _SUBJECT_START.finditer(text, 0, m.start())), default=0)
        items = _items(text, begin, m.start(), shouting)
        items = _subject_items(items)
        verb = m.group("verb") or "injured"  # "suffered wounds"
        closed = bool(items) and "," in text[items[-1].start + len(items[-1].text) : m.start()]
        start = items[0].start if items else 0
        figure = _figure(items, verb, text, start, m.end(), closed=closed)
        if figure is not None:
            out.append(figure)
    for m in _ACTIVE.finditer(text):
        if EARLIER_KILLING.search(text, 0, m.start()):
            continue
        end = _OBJECT_END.search(text, m.end())
        stop = end.start() if end else len(text)
        items = _items(text, m.end(), stop, shouting)
        if any(i.count is None for i in items):
            continue  # something other than people: "killing a guard and setting fire to ..."
        last = items[-1].start + len(items[-1].text) if items else m.end()
        figure = _figure(items, m.group("verb"), text, m.start(), last)
        if figure is not None:
            out.append(figure)
    return out


def _items(text: str, begin: int, end: int, shouting: bool) -> list[_Item]:
    items: list[_Item] = []
    at = begin
    joined = comma = False
    for sep in [*_SEPARATOR.finditer(text, begin, end), None]:
        stop = sep.start() if sep else end
        raw = text[at:stop]
        stripped = raw.strip()
        if joined and stripped[:3].casefold() == "of ":  # "the murder of X and of Y"
            stripped = stripped[3:].lstrip()
        if stripped:
            start = stop - len(raw.rstrip()) + (len(raw.rstrip()) - len(stripped))
            items.append(_item(stripped, start, joined, comma, shouting))
        if sep is None:
            break
        joined = "and" in sep.group(0).casefold() or "as well" in sep.group(0).casefold()
        comma = "," in sep.group(0)
        at = sep.end()
    return items


def _item(words: str, start: int, joined: bool, comma: bool, shouting: bool) -> _Item:
    def item(count: int | None, name: bool = False, described: bool = False) -> _Item:
        return _Item(words, start, joined, comma, count, name, described)

    if _AGE.fullmatch(words):
        return item(0)  # "Ana Ruiz, 20, and Lee Park, 21, were killed": ages
    if _NOT_PERSON.match(words) or _VERB.search(words) or len(words.split()) > 14:
        return item(None)
    if _PRONOUN.fullmatch(words):
        return item(1)
    if _OTHER.match(words):
        return item(1)
    possessive = _POSSESSIVE.match(words) or re.match(r"the\s+(?=\S+\s)", words, re.I)
    rest = words[possessive.end() :] if possessive else words
    counted = _COUNT.match(rest)
    if counted and counted.group("n").casefold() not in ("a", "an"):
        n = parse_number(counted.group("n"))
        return item(n if n and n < 1000 else None)
    head = re.split(r"\s+(?:of|for|from|in|at|with)\s+", words, maxsplit=1, flags=re.I)[0]
    if _GROUP.search(head):
        return item(None)
    nouns = [w for w in head.split()[1:] if w[:1].islower()] or head.split()[-1:]
    plural = bool(nouns) and bool(_PLURAL.search(nouns[-1]))  # "his bodyguards", not "his wife Ana"
    if possessive and possessive.group(0).casefold().startswith(("his", "her", "their", "its")):
        return item(_SOME if plural else 1)
    determiner = _DESCRIPTION.match(words)
    if determiner:
        thing = _THING.match(words, determiner.end())
        if thing or (shouting and not _ROLE.search(head)):
            return item(None)  # "as a result of the attack", "THE EXTENSION OF THE SIEGE"
        if plural:
            return item(_SOME, described=True)  # "the Jesuits": how many, the list does not say
        return item(1, described=True)
    if shouting:  # every word is capitalised: a name only with a title or a role in it
        named = not _FUNCTION_WORD.search(words) and _ROLE.search(words)
        return item(1, name=True) if named and len(words.split()) <= 6 else item(None)
    if not shouting and all(_NAME_WORD.fullmatch(w) for w in words.split()):
        return item(1, name=len(words.split()) <= 7)
    return item(None)


def _titled(item: _Item) -> bool:
    """A name that is only a title: "Police Inspector", "the Mayor" (the name follows)."""
    return item.name and bool(_ROLE.search(item.text.split()[-1]))


def _numbered(words: str) -> bool:
    counted = _COUNT.match(re.sub(r"^(?:his|her|their|its|the)\s+", "", words, flags=re.I))
    return counted is not None and counted.group("n").casefold() not in ("a", "an")


def _subject_items(items: list[_Item]) -> list[_Item]:
    """The items of a subject list, back from its verb to the first that names no person (a
    place or a time before it: "On Monday, in Kandy, a guard and a cook were hurt")."""
    kept: list[_Item] = []
    for item in reversed(items):
        if item.count is None:
            place = re.match(r"(?:in|on|at|near|outside|from)\b", item.text, re.IGNORECASE)
            while place and kept and kept[0].name:  # "in Batticalao, Sri Lanka": the place's
                kept.pop(0)
            break
        kept.insert(0, item)
    return kept


def _figure(
    items: list[_Item], verb: str, text: str, start: int, end: int, *, closed: bool = True
) -> Figure | None:
    if len(items) < 2 or not any(i.joined_by_and for i in items):
        return None
    if all(_numbered(i.text) for i in items):
        return None  # "12 soldiers and 3 civilians": numbers only, summed by their reading
    total = 0
    counted_items: list[_Item] = []
    appositive = False  # the item before was a description of a name, or a name of one
    last_and = max(i for i, item in enumerate(items) if item.joined_by_and)
    for i, item in enumerate(items):
        if i > last_and and not item.joined_by_and and item.count is not None:
            continue  # "Ali and his son, the nephews of the mayor, were killed": who they are
        if item.count is None or item.count == _SOME:
            return None
        if item.count == 0:
            continue  # an age
        prev = items[i - 1] if i else None
        if appositive and prev is not None and _KIN_OF.search(prev.text):
            continue  # "X, the son of Ali Amin and his wife": the parents name who X is
        if appositive and item.name and not item.comma:
            continue  # "X, the head of Passports and Civil Status": the office's name
        if prev is not None and not item.joined_by_and:
            describes = (prev.name or appositive) and item.described
            names = (prev.described or _titled(prev)) and item.name and not _ROLE.search(item.text)
            if describes or names:
                appositive = True
                continue
        appositive = False
        total += item.count
        counted_items.append(item)
    if len(counted_items) < 2 or total < 2:
        return None
    head, *rest = items
    ev = span_evidence(text, start, end)
    who_text = text[items[0].start : items[-1].start + len(items[-1].text)]
    parts = total - (head.count or 0)
    if (
        head.count
        and head.count > 1
        and not rest[0].joined_by_and
        and closed
        and parts == head.count
    ):
        # "Two doctors, one from Chad and one from Togo, were killed": the two, told in parts
        # (not "two women, a youth, and a man were hurt", a series: no comma before its verb;
        # nor "the six Jesuits, a woman, and her daughter": parts that do not make the count)
        who = who_of(head.text)
        return Figure(kind=kind_of(verb), value=head.count, who=who, who_text=who_text, evidence=ev)
    whos = {who_of(i.text) for i in counted_items}
    if whos & {Who.ATTACKERS, Who.ARMED_GROUP}:
        return None  # the attackers' own dead among them: read by the numbers and who they are
    # whom the numbers count ("the judge and three of his guards"), else the one kind named
    numbered = {who_of(i.text) for i in counted_items if _numbered(i.text)}
    known = numbered or whos - {Who.UNKNOWN}
    who = known.pop() if len(known) == 1 else Who.UNKNOWN
    return Figure(kind=kind_of(verb), value=total, who=who, who_text=who_text, evidence=ev)
