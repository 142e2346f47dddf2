"""Casualty phrasings: the figures one sentence states, read from the verbs around each number.

Figures are anchored on number phrases and take their kind from the verb before them ("killing
three", "left 103 dead") or after them ("three people were killed", "12 soldiers and 3 civilians
were killed"); numbers joined by "and" share one verb and add up to a total (`casualty_joins`).
"""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.casualty_care import sent_to_hospital
from incidex.extract.casualty_hits import Hit, carry_qualifiers, harmed_by_pronoun, with_nouns
from incidex.extract.casualty_idioms import (
    explicit_zeros,
    fatal_events,
    idiom_figures,
    shot_fatal,
    toll_ranges,
)
from incidex.extract.casualty_joins import joined_groups, linked
from incidex.extract.casualty_lists import victim_lists
from incidex.extract.casualty_modality import killed_after, stated, then_died
from incidex.extract.casualty_numbers import (
    NUMQ,
    QUALIFIERS,
    bounds,
    is_count,
    shifted,
    span_evidence,
)
from incidex.extract.casualty_who import (
    AND_THEIR,
    PAIR,
    PERSON_END,
    attackers_self,
    listed_people,
    one_before,
    who_of,
)
from incidex.extract.casualty_words import (
    ADVERBS,
    AUX,
    EARLIER_KILLING,
    HARM_VERB,
    TRIED,
    kind_of,
    other_event,
    scope_of,
)
from incidex.nlp import NUMBER, NUMBER_WORDS, parse_number
from incidex.schema import Figure, FigureKind, Scope

K = FigureKind

_PLURAL_FROM = r"(?:(?<=s\s)|(?<=people\s)|(?<=men\s)|(?<=children\s))(?:from|of)"

# whom a number counts: up to six words, none of them a verb of the clause, a relative pronoun
# or another number ("a bomb attack that left four children injured" is not one child)
_WHO = (
    rf"(?P<who>(?:(?<=\bof\s)(?:{NUMBER_WORDS}|\d+)\s+)?(?:"  # "five of [six] hostages"
    r"(?!(?:were|was|are|is|have|has|had|that|which|who|whose|left|leaving|after"
    r"|when|while"
    r"|but|say|says|said|told|report|reports|reported|according)\b"
    rf"|(?!an?\b)(?:{NUMBER_WORDS})\b|and\s+(?:{NUMBER_WORDS}|\d)(?![\w-]))"
    # "eight people from three families", "five of six hostages": the second number is theirs
    # (after a plural: not "a toll of 2 people")
    # an age set off by commas: "One person, identified as Al Roe, 25, of Waco, died"
    rf"(?:[a-z][a-z.'-]*|\d+-year-olds?|(?<=,\s)\d{{1,3}}(?=,)|\([^()]{{1,50}}\)"
    rf"|{_PLURAL_FROM}\s+(?:{NUMBER_WORDS}|\d+))"
    r"[\s,]+){0,10}?)"
)

# a description set off by commas right after the count: "One, believed to be Arab, was killed"
_SET_OFF = (
    r"(?:,\s+(?:a|an|the|both|all|each|believed|said|reportedly|identified|described|thought)"
    r"\s[^,.;:]{1,40},)?"
)

# after the number: "people were killed", "dead", "Iranian civilians have been wounded", "two
# men who were shot to death" (a relative clause), "the six priests' murder" (a possessive)
_TAIL = re.compile(
    rf"{_SET_OFF}\s*{_WHO}(?P<aux>(?:(?:who|that)\s+)?{AUX}\s+)?{ADVERBS}"
    r"(?:(?:found|pronounced|declared|confirmed)\s+)?"  # "two were pronounced dead"
    rf"(?P<verb>{HARM_VERB}|(?<='\s)(?:murders?|killings?|assassinations?|massacre|deaths)"
    r"|(?:gunshot|shooting|stabbing) victims)\b"  # "officers found three gunshot victims"
    r"(?![\s-]+(?:ends?|sleep|bolt)\b)",  # not "a dead end", "out of a dead sleep"
    re.IGNORECASE,
)

# before the number: "killing", "left", "the death toll rose to", "wounding", "shot dead"
_HEAD = re.compile(
    r"(?P<verb>(?:killing|killed) (?:himself|herself|themselves) and"  # "... and two others"
    r"|killing|killed|kills|kill|claimed the lives of|wounds|injures"
    r"|fatally (?:shot|stabbed|wounded|injured)"  # "fatally shot two men and a woman"
    # "a gunman shot three people", not "was shot 3 times"; nor upper-case wire text, where "SHOT
    # 16 PEASANTS" is as often an execution
    r"|(?<!was )(?<!were )(?<!been )(?-i:[Ss]hot)"
    r"|shot (?:to death|dead)|murdered|massacred|slaughtered|slew"
    # not "the attempted murders of five teenagers"; "resulted in the death of two and the
    # injury of six others"
    r"|(?:the )?(?<!attempted )(?:murders?|killings?|deaths?|massacre|assassinations?|bodies"
    r"|execution|injur(?:y|ies|ing)) of"
    r"(?:\s+the)?"  # "the murder of the two missionaries"
    r"|wounding|wounded|injuring|injured"
    r"|(?:causing|caused|inflicting|inflicted)(?: \w+)? (?:injuries|wounds) to"  # "injuries to two"
    r"|(?:causing|caused|resulting in|resulted in) the deaths? of"
    r"|hurting|abducting|abducted|kidnapping|kidnapped|seized|arresting|arrested|detaining|detained"
    r"|left|leaving|(?P<toll>(?:death |casualty |fatality )?toll|number of (?:the )?dead)"
    r"(?:\s+\w+){0,4}?\s+(?:(?:has|had|have)\s+)?(?:rose|risen|climbed|reached|stands|stood|is"
    r"|was|of|increased|jumped|now|revised(?: down| up)?)(?:\s+(?:at|to))?)\s+(?:all\s+|the\s+)?$",
    re.IGNORECASE,
)

_AFTER_LEFT = re.compile(
    rf"\s*{_WHO}(?P<verb>dead|killed|injured|wounded|hurt|shot"
    # "left a man with non-life-threatening injuries" (not "with fatal wounds")
    r"|with (?!(?:fatal|mortal|deadly)\b)(?:[\w-]+\s+){0,2}(?:injuries|wounds|gunshot wounds?))\b",
    re.IGNORECASE,
)


_OWN_CLAUSE = r"\s+and\s+(?:another|a\s+further|\w+ing)\b"

_INCLUDING = re.compile(
    rf"(?:,|\s[—–(])?\s*\b(?:(?:including|among them)\s+(?:{NUMBER})\s+"
    rf"|(?<=,\s)(?:{NUMBER})\s+of\s+(?:them|whom)\b(?![^,;.]*\b(?:{HARM_VERB})\b))"
    # the list stops before a clause of its own: "including one soldier and wounding 26 others",
    # "including one officer and another four were wounded"
    rf"(?:(?!{_OWN_CLAUSE})[^,;.!?—–]){{1,90}}?"
    rf"(?:\s*[—–)])?"
    # the comma closing the part goes with it: "Four, including a policeman, were hurt" is 4
    rf"(?:\s*,(?=\s+(?:were|was|have|had|are)\b)|(?=\s*,|\s+(?:were|was|have|had|are)\b"
    rf"|{_OWN_CLAUSE}))",
    re.IGNORECASE,
)


def find_figures(text: str, offset: int = 0) -> list[Figure]:
    """The figures one sentence states; evidence offsets are `offset` + position in `text`."""
    # Parts of a count are read as part of its words: "another twenty, including three
    # policemen, were wounded" is 20. Blanked to spaces, so that offsets stay those of `text`.
    # a dash typed as two hyphens ("killed 4--including a policeman") is a dash: same length
    dashed = text.replace("--", " \u2014")
    plain = _INCLUDING.sub(lambda m: " " * len(m.group(0)), dashed)
    hits = linked([_read(m, plain) for m in NUMQ.finditer(plain) if is_count(m, plain)], plain)
    harmed_by_pronoun(hits, plain)
    carry_qualifiers(hits, plain)
    fatal = shot_fatal(text)
    shot = {f.evidence.start for f in fatal if f.evidence}
    figures = (
        explicit_zeros(text)
        + attackers_self(text)
        + fatal
        + fatal_events(text)
        + idiom_figures(text)
        + toll_ranges(text)
        + victim_lists(text)
        + sent_to_hospital(text)
    )
    for group in joined_groups(hits, text):
        if len(group) > 1:
            figures.append(_total(group, text))
        figures += [_figure(h, text) for h in group if h.start not in shot]
    taken_and_killed = (killed_after(f, text) for f in figures)
    figures += [f for f in taken_and_killed if f is not None]
    if not figures:
        return []  # most sentences: no scope to read
    scope = scope_of(text)  # wire text breaks lines mid-phrase: "in seven of the\n14"
    return [_place(f, offset, scope) for f in figures]


def this_event_only(
    figures: list[Figure], text: str, offset: int = 0, own: tuple[int, ...] = ()
) -> list[Figure]:
    """The figures whose words do not lie where their sentence (`text`, starting at `offset`)
    tells another event: "The attack comes two days after bombs killed ten people". A funeral's
    dead are this event's where the event's own words in the sentence (`own`: where its trigger
    words stand in the text) all tell their death: "after attending the funeral of six priests
    who were killed on Thursday" (not "gunmen opened fire at the funeral of two men killed last
    month, wounding five")."""
    if not figures:
        return []
    spans = other_event(text)

    def elsewhere(f: Figure) -> bool:
        at = f.evidence.start - offset if f.evidence else -1
        end = f.evidence.end - offset if f.evidence else -1
        return any(
            start <= at < stop
            and not (funeral and own and all(start <= t - offset < max(stop, end) for t in own))
            for start, stop, funeral in spans
        )

    return [f for f in figures if not elsewhere(f)]


def _read(m: re.Match[str], text: str) -> Hit:
    """A number's reading, none where the harm is only supposed ("it would have killed 5,000")
    or counts casualties; the wounded who then died are dead ("was shot and later died")."""
    hit = _reading(m, text)
    if hit.kind is None or not stated(text, hit.start, max(hit.end, m.end()), hit.who):
        return Hit(m)
    died = then_died(text, hit.end) if hit.kind == K.INJURED else None
    return dataclasses.replace(hit, kind=K.KILLED, end=died) if died else hit


def _reading(m: re.Match[str], text: str) -> Hit:
    """A number's reading from the verb before it ("killing three") or after it ("were killed")."""
    window = max(0, m.start() - 60)
    head = _HEAD.search(text[window : m.start()])
    if head and _KILLED_AND.search(text, 0, window + head.start()):
        return Hit(m)  # "killing and wounding 200": the dead and the hurt together
    if head and head.group("verb").casefold() in ("left", "leaving"):
        after = _AFTER_LEFT.match(text, m.end())  # "left 103 dead", "left 5 people injured"
        if after is None:
            return Hit(m)
        return Hit(
            m, kind_of(after.group("verb")), window + head.start(), after.end(), after.group("who")
        )
    cited = head is not None and (
        EARLIER_KILLING.search(text, 0, window + head.start())
        or TRIED.search(text, 0, window + head.start())
    )
    if (
        head is not None
        and cited
        and _cites_earlier(head.group("verb"), text, window + head.start())
    ):
        return Hit(m)  # "in retaliation for the execution of 16 men", "convicted of the murder
        # of two guards": an earlier event, the crime of a case
    if head and head.group("toll"):  # "a toll of 1 person wounded": the toll of the wounded
        hurt = _AFTER_LEFT.match(text, m.end())
        kind = kind_of(hurt.group("verb")) if hurt else K.KILLED
        return with_nouns(Hit(m, kind, window + head.start()), text)
    if head:
        hit = with_nouns(Hit(m, kind_of(head.group("verb")), window + head.start()), text)
        died = _TO_DEATH.match(text, m.end()) if hit.kind == K.INJURED else None
        if died:  # "militants shot a man to death", "gunmen shot two guards dead"
            return dataclasses.replace(hit, kind=K.KILLED, end=died.end())
        return hit
    tail = _TAIL.match(text, m.end())
    then = _THEN_KILLED.match(text, m.end()) if tail is None else None
    if then:  # "two tourists were forced off a bus and murdered"
        return Hit(m, K.KILLED, m.start(), then.end(), then.group("who"))
    appos = _APPOSITIVE_TAIL.match(text, m.end()) if tail is None else None
    if appos and (parse_number(m.group("n") or "") or 0) > 1 and _PEOPLE.search(appos["who"] + " "):
        # "two victims, a 25-year-old man and a 31-year-old woman, died": the count, described
        return Hit(m, kind_of(appos.group("verb")), m.start(), appos.end(), appos.group("who"))
    told = _RELATIVE_TAIL.match(text, m.end()) if tail is None else None
    if told and (m.group("n") or "").casefold() not in ("a", "an", "one"):
        # "two guards who tried to stop the gunmen were wounded"
        return Hit(m, kind_of(told.group("verb")), m.start(), told.end(), told.group("who"))
    # "three gunmen shot and killed Omar Haddad": a name as the object (not in a title-case
    # headline, "Six Shot At Club", nor a day: "a boy shot Sunday")
    named = (
        tail is not None
        and tail.group("verb")[:1].islower()
        and _NAME_OBJECT.match(text, tail.end())
    )
    if tail and not tail.group("aux") and (_OBJECT.match(text, tail.end()) or named):
        return Hit(m)  # "two gunmen shot dead a woman": the number counts the attackers
    relative = tail is not None and re.match(r"(?:who|that)\b", tail.group("aux") or "", re.I)
    if relative and (m.group("n") or "").casefold() in ("a", "an"):
        return Hit(m)  # "a teen who was shot in March": a person described, seldom a new count
    plural = tail is not None and _PLURAL_AUX.match(tail.group("aux") or "")
    if (
        plural
        and _APPOSITIVE.search(text, 0, m.start())
        and (m.group("n") or "").casefold() in ("a", "an")
    ):
        return Hit(m)  # "Ali Hamadi and his son, the uncle of an official, were killed"
    singular = tail is not None and _SINGULAR_AUX.match(tail.group("aux") or "")
    if singular and (parse_number(m.group("n") or "") or 0) > 1:
        return Hit(m)  # "Ana Cruz, one of the three leaders of the union, has been found dead"
    if tail and _BY_GUNFIRE.match(tail.group("verb")) and not PERSON_END.search(tail["who"]):
        return Hit(m)  # "a second house also was struck by gunfire": no person
    if tail and _passive_or_person(tail):
        return Hit(m, kind_of(tail.group("verb")), m.start(), tail.end(), tail.group("who"))
    return Hit(m)


# the count's nouns, then its death: "a man to death", "two guards dead"
_TO_DEATH = re.compile(r"(?:\s+[\w'-]+){1,3}?\s+(?:to death|dead)\b", re.IGNORECASE)

_BY_GUNFIRE = re.compile(r"(?:hit|struck) by", re.IGNORECASE)


# a count of people described by a clause of their own before their verb
_RELATIVE_TAIL = re.compile(
    rf"\s*(?P<who>(?:[a-z][a-z'-]*\s+){{1,4}}?)(?:who|that)\s+[^,.;:]{{1,80}}?\s+"
    rf"(?:were|have been|had been)\s+{ADVERBS}(?P<verb>{HARM_VERB})\b",
    re.IGNORECASE,
)

_PEOPLE = re.compile(rf"\bvictims\s$|{PERSON_END.pattern}", re.IGNORECASE)

# a count of people, then who they are set off by commas, then its verb
_APPOSITIVE_TAIL = re.compile(
    r"\s*(?P<who>(?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*),\s+(?:an?|the|one|his|her|their)\s"
    r"[^;:.()]{5,160}?,\s+(?:(?:were|have been|had been|are)\s+)?(?:all\s+|both\s+)?"
    rf"{ADVERBS}(?P<verb>{HARM_VERB})\b",
    re.IGNORECASE,
)

_KILLED_AND = re.compile(r"\b(?:killing|killed|kill)\s+(?:and|or)\s+$", re.IGNORECASE)

# "two tourists were taken from their homes and executed": a passive verb of no harm, then one of
# death joined to it by "and", in the same clause
_THEN_KILLED = re.compile(
    rf"\s*{_WHO}(?:were|have been|had been)\s+(?:\w+\s+)?"
    r"(?:\w+(?:ed|en|wn)|brought|caught|held|led)\b"
    r"(?:(?!\b(?:when|after|while|as|before|because|but|who|which|that)\b)[^.;:]){0,80}?"
    r"(?:,\s*|\s+)and\s+(?:(?:later|then|subsequently)\s+)?"
    r"(?P<verb>killed|murdered|executed|beheaded|decapitated|slain|shot dead|shot to death)\b",
    re.IGNORECASE,
)

_NAME_OBJECT = re.compile(
    r"\s+(?!(?:At|In|On|Near|Outside|After|Before|During|For|By|From|With|Over|Of|And|As|While"
    r"|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December|Police|Officers?)\b)[A-Z][a-z]"
)

# "X, an official of the party, were killed": a singular set off by commas before a plural verb
# describes someone named before it, who is the subject the parse reads
_APPOSITIVE = re.compile(r",\s*(?:\w+\s+){0,4}$")
_PLURAL_AUX = re.compile(r"(?:were|are|have)\b", re.IGNORECASE)
_SINGULAR_AUX = re.compile(r"(?:was|is|has)\b", re.IGNORECASE)

# an object right after the verb: the number before it was its subject, not its victims
_OBJECT = re.compile(
    rf"\s+(?:a|an|the|his|her|their|its|him|them|(?:{QUALIFIERS})\s+\w+|{NUMBER})\b",
    re.IGNORECASE,
)

# a clause that describes the thing avenged: "... for the air strike that also killed 15"
_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:also\s+|had\s+|has\s+)*$", re.IGNORECASE)


def _cites_earlier(verb: str, text: str, start: int) -> bool:
    """After a word of revenge, "the execution of 16 men" and "a raid that killed 15" name the
    earlier event avenged, not this one."""
    return bool(re.search(r"\bof\b", verb, re.IGNORECASE) or _RELATIVE.search(text, 0, start))


def _total(group: list[Hit], text: str) -> Figure:
    parts = [_figure(h, text) for h in group]
    if any(p.value is None for p in parts):
        return parts[0]
    start, end = min(h.start for h in group), max(h.end for h in group)
    total = sum(p.value or 0 for p in parts)
    return Figure(kind=parts[0].kind, value=total, evidence=span_evidence(text, start, end))


# "37 injured people had been admitted", "141 injured were delivered to hospitals"
_TO_HOSPITAL = re.compile(
    r"\s*(?:people\s+|persons\s+)?(?:had been|have been|were|was)?\s*"
    r"(?:admitted|delivered to|taken to|rushed to|brought to|treated)",
    re.IGNORECASE,
)


def _figure(hit: Hit, text: str) -> Figure:
    kind = hit.kind or K.INJURED  # only read hits (kind set) reach here
    if kind == K.INJURED and _TO_HOSPITAL.match(text, max(hit.end, hit.m.end())):
        kind = K.HOSPITALISED
    value, low, high, qualifier = bounds(hit.m, hit.qualifier)
    both = (hit.m.group("n") or "").casefold() == "both"  # "both Ali and his son": the pair
    if value is not None and value > 1 and not both and AND_THEIR.search(hit.who):
        value += 1  # "two workers and their interpreter were shot dead": 3
    elif value == 1 and (PAIR.search(hit.who) or re.search(r"\bcouple\s*$", hit.who, re.I)):
        value = 2  # "a woman and her son were found dead", "a French couple was hurt"
    if value == 1 and hit.m.group("n").casefold() in ("a", "an", "one"):
        value = listed_people(hit.who)  # "a man, woman and boy were wounded": 3
    start = hit.start
    before = one_before(text, hit.start, hit.m.end()) if hit.start == hit.m.start() else None
    if value is not None and before:  # "his driver and one of his bodyguards were killed"
        value, start = value + 1, before.start()
    words = [w for w in hit.who.split() if w.casefold() not in ("of", "the")]
    who_text = " ".join(words) or None
    end = max(hit.end, hit.m.end())
    return Figure(
        kind=kind,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        who=who_of(who_text or ""),
        who_text=who_text,
        evidence=span_evidence(text, start, end),
    )


def _place(figure: Figure, offset: int, scope: Scope) -> Figure:
    scope = scope if figure.value != 0 else Scope.INCIDENT
    return dataclasses.replace(figure, evidence=shifted(figure.evidence, offset), scope=scope)


def _passive_or_person(tail: re.Match[str]) -> bool:
    """ "a bomb killed" is no figure; "a policeman was killed", "two people died", "3 dead" are."""
    verb = tail.group("verb").casefold()
    if tail.group("aux") or verb in ("dead", "died", "perished", "deaths", "fatalities", "bodies"):
        return True
    if tail.group("who")[-2:-1] == "'":  # "the six priests' murder"
        return True
    return bool(PERSON_END.search(tail.group("who")))
