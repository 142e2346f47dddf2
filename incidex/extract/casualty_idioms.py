"""Casualty idioms: fixed phrasings that state a figure without a number and its verb.

"no one was hurt" (zero), "another was wounded" (one more), "the body of ... was found" (one
dead), "a double homicide" (two), "two were shot, one fatally" (one dead, one hurt), "the number
of injuries ranges from 15 to 30" (a range).
"""

from __future__ import annotations

import re

from incidex.extract.casualty_numbers import span_evidence
from incidex.extract.casualty_who import ATTACKER_BODY, SELF
from incidex.extract.casualty_words import ADVERBS, AUX, kind_of
from incidex.nlp import NUMBER, parse_number
from incidex.schema import Figure, FigureKind, Qualifier

K = FigureKind

_ZERO = re.compile(
    r"\b(?:(?P<nobody>no one|nobody|no-one"
    r"|none(?: of (?:the|them|those|its|their)(?:\s+[\w,-]+){0,4}?)?"
    r"|no people|no civilians|no soldiers)\s+(?:else\s+)?"
    rf"{AUX}\s+(?:reported\s+)?(?P<zverb>killed|hurt|injured|wounded|harmed|dead)"
    r"|no (?P<noun>casualties|injuries|deaths|fatalities|one was (?:killed|hurt|injured)))\b",
    re.IGNORECASE,
)

# "the nun was wounded along with two other nuns": the one named and those with her
_ALONG_WITH = re.compile(
    rf"\b(?P<verb>killed|wounded|injured|hurt|died)"
    r"(?:\s+in the (?:attack|blast|explosion|ambush|shooting|bombing))?"
    r"\s+(?:along|together) with\s+"
    rf"(?:(?P<n>{NUMBER})\s+(?:other|others|more|of (?:his|her|their))\b"
    # not "three were killed along with eight others who were wounded"
    r"(?!\s+(?:\w+\s+)?(?:who|that)\s+(?:were|was|had been)\s+(?:\w+\s+)?(?:wounded|injured|hurt))"
    # "the pharmacist was killed along with his driver": one more
    r"|(?:his|her|their)\s+(?P<one>(?!\w+s\b)[a-z]+)\b)",
    re.IGNORECASE,
)
# "one of them has died", "two of the wounded later died": deaths among those counted before
# "two of those men, Juan Saenz and Daniel Chumacero, died", "one of the four was pronounced dead"
_OF_THEM_DIED = re.compile(
    rf"\b(?P<n>{NUMBER}) of (?:them|those|the (?:victims|wounded|injured|{NUMBER}))"
    r"(?:\s+(?:men|women|people|victims|teens|shot))?(?:,[^,;.]{1,80},)?"
    r"\s+(?:has |have |had |later |was |were )*"
    r"(?:died|killed|succumbed|(?:pronounced|declared) dead)",
    re.IGNORECASE,
)

# "a teen is dead and another injured", "killing one and wounding the other": one more person
_ANOTHER = re.compile(
    rf"\b(?:(?:another|the other)(?!\s+(?:{NUMBER}))(?:\s+(?:man|woman|person|victim|teen"
    r"|teenager|boy|girl|child|officer|one))?(?:,\s*(?:also\s+)?(?:aged\s+)?\d{1,3},)?"
    r"\s+(?:(?:was|is|has been|had been|were)\s+)?"
    rf"{ADVERBS}(?P<verb>injured|wounded|hurt|killed|dead|died"
    r"|(?:shot|stabbed|beaten) to death|shot dead|shot (?:and|&) killed"  # "another was shot dead"
    r"|(?:shot|grazed)(?!\s*(?:,\s*)?(?:and|&)\s+killed|\s+(?:dead|to\s+death)))"
    r"|(?P<head>wounding|injuring|killing|wounded|injured|killed) (?:another|the other)"
    r"(?:\s+(?:man|woman|person|victim|teen|teenager|boy|girl|child|officer|one))?"
    # "a woman was shot dead and her daughter injured", "... and her 8-year-old friend injured"
    r"|(?<=and )(?:his|her|their) (?:\d{1,3}-year-old )?[a-z-]+ (?:(?:was|is|were)\s+)?"
    rf"{ADVERBS}(?P<poss>injured|wounded|hurt))\b(?![\w-])"
    rf"(?!\s+(?:{NUMBER}))",
    re.IGNORECASE,
)

# "a fourth victim of the shooting has died", "4th victim dies": the toll reaches that number
# (not "the fourth victim, a woman, died": one of those counted before, told one by one)
_NTH_DIED = re.compile(
    r"\b(?P<n>\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth)"
    r"\s+(?:victim|person|man|woman|child|teen|teenager)(?:\s+of\s+[^.;,]{1,60}?)?"
    # "A fifth victim, a man, was airlifted to Harborview ... and succumbed to his injuries"
    r"(?P<long>,[^,.;]{1,40},)?\s+(?:(?:was|is)\s+[^.;]{1,120}?\s+and\s+(?:later\s+)?)?"
    r"(?:(?:has|have|had)\s+)?(?:dies|died|succumbed)\b",
    re.IGNORECASE,
)

_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)

_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip

# "police found the body of ...", "the remains of ... were found": one person dead
_BODY = re.compile(
    r"\b(?:found|recovered|discovered) (?:the )?(?:body|remains) of\b"
    # "his body was found", "the victim's body was recovered"
    r"|\b(?:his|her|[a-z]+['’]s) (?:body|remains) (?:was|were|had been|has been) "
    r"(?:later |subsequently |then )?(?:found"
    r"|discovered|recovered)\b"
    r"|\b(?:body|remains) of [^.;]{1,80}? (?:was|were|had been|has been) (?:found|discovered"
    r"|recovered)\b"
    # "police found the woman's body", "took the life of the mayor"
    r"|\b(?:found|recovered|discovered) (?:the |a )?[a-z]+['’]s? (?:body|corpse|remains)\b"
    r"|\b(?:took|taken|claimed|cost|taking|claiming|costing) the life of\b"
    # not "taken the life of many innocent Colombians": a vague count, of many events
    r"(?!\s+(?:many|several|numerous|countless|dozens|scores|hundreds|thousands|\d)\b)"
    # "a body has been found on Cricket Drive"
    r"|\ba (?:dead )?body (?:was|has been|had been) (?:found|discovered|recovered)\b"
    # "charged in the shooting death of 13-month-old Bill Thao" (not "... of two men": a count)
    rf"|\b(?:shooting|stabbing|beating) death of\b(?!\s+(?:the\s+)?(?:{NUMBER})\s)",
    re.IGNORECASE,
)

# "their action caused one unfortunate death", "the blast resulted in a death": one dead (not "a
# death squad", "a death threat")
_ONE_DEATH = re.compile(
    r"\b(?:caus(?:ed|ing|es)|result(?:ed|ing|s) in|le(?:ft|aving))\s+(?:one|a|an)\s+"
    r"(?:[a-z]+\s+)?death\b(?![\s-]+(?:toll|squads?|threats?|penalty|sentence|list|row|rate)\b)",
    re.IGNORECASE,
)

# "shot himself": one wounded (by accident or on purpose); the stage does not guess which
# "an apparently self-inflicted gunshot wound" likewise
SHOT_SELF = re.compile(
    r"\b(?:(?:shot|shoots|shooting) (?:himself|herself)"
    r"|self[- ]inflicted (?:gunshot |gun shot |stab )?wounds?)\b",
    re.IGNORECASE,
)

# "a fatal shooting", "the deadly stabbing", "a double homicide": deaths stated without a number
# (not "a non-fatal shooting", where no one died)
_FATAL_EVENT = re.compile(
    r"\b(?:(?<!\bnon-)(?<!\bnon )(?P<fatal>fatal|deadly)[ -]"
    r"(?:shooting|stabbing|homicide|murder|killing)s?"
    r"|(?P<n>double|triple|quadruple)[ -](?:homicide|murder|killing)s?)\b",
    re.IGNORECASE,
)

_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4}

# "Two men were shot, one fatally": one killed and one injured
_SHOT_FATAL = re.compile(
    rf"(?P<n>{NUMBER})\s+(?:[a-z'-]+\s+){{0,3}}?(?:were|have been|had been)\s+shot"
    # "four people were shot in Dayton on Friday, one fatally": the place and time between
    r"(?:\s+(?:in|at|on|near|outside|inside|early|late|overnight|during)\b[^,.;:]{0,70}?)?"
    r"(?:,|\s+and|;)\s+"
    rf"(?P<f>{NUMBER}|both|all)\s+(?:of them\s+)?(?:fatally|was killed|died|dead)",
    re.IGNORECASE,
)

# "the mayor's murder", "Galan's assassination": one person killed (not "the city's death toll")
_POSSESSIVE_DEATH = re.compile(
    r"\b[a-z][\w.-]*(?:['’]s|s['’]) (?:murder|assassination|killing|slaying|death)\b"
    r"(?!\s+(?:toll|squads?|threats?|spree|rate|charges?|trial|case|of|penalty|sentence|row"
    r"|anniversary)\b)",  # "of": its victims
    re.IGNORECASE,
)


_MARKED_DEATH = re.compile(
    r"\b(?:anniversary|commemorat\w*|memory|mourn\w*) of (?:[\w.-]+ ){0,3}$", re.IGNORECASE
)
_DETERMINER = re.compile(r"\b(?:the|his|her|their|its|our|these|those)\s+$", re.IGNORECASE)

_COUNTED_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds)"
    r"\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


# a toll told as a span of estimates: "estimates of the number of injuries range from 15 to 30",
# "the number of dead varies between 10 and 20" (not "casualties", killed or hurt)
_TOLL_RANGE = re.compile(
    r"\b(?:number|toll|count)\s+of\s+(?:the\s+)?(?P<noun>injur(?:ies|ed)|wounded|hurt|dead|deaths"
    r"|fatalities)\s+(?:\w+\s+)?(?:range[sd]?|ranging|var(?:y|ies|ied))\s+"
    rf"(?:from\s+(?P<lo>{NUMBER})\s+to|between\s+(?P<from>{NUMBER})\s+and)\s+(?P<hi>{NUMBER})\b",
    re.IGNORECASE,
)


def toll_ranges(text: str) -> list[Figure]:
    """ "the number of injuries ranges from 15 to 30": injured, from 15 to 30 (see _TOLL_RANGE)."""
    out = []
    for m in _TOLL_RANGE.finditer(text):
        low, high = parse_number(m.group("lo") or m.group("from")), parse_number(m.group("hi"))
        if low is not None and high is not None and low < high:
            kind = kind_of(m.group("noun"))
            ev = span_evidence(text, m.start(), m.end())
            q = Qualifier.RANGE
            out.append(Figure(kind=kind, value=None, low=low, high=high, qualifier=q, evidence=ev))
    return out


def idiom_figures(text: str) -> list[Figure]:
    """ "one of them has died" (killed), "shot himself" (injured), "another was wounded",
    "the body of ... was found", "the mayor's murder" and "caused one death" (one each),
    "wounded along with two others" (three)."""
    out = []
    for m in _ANOTHER.finditer(text):
        kind = kind_of(m.group("verb") or m.group("head") or m.group("poss"))
        out.append(Figure(kind=kind, value=1, evidence=span_evidence(text, m.start(), m.end())))
    bombers = [m.span() for m in ATTACKER_BODY.finditer(text)]  # "the body of the bomber": his
    for m in [*_BODY.finditer(text), *_POSSESSIVE_DEATH.finditer(text), *_ONE_DEATH.finditer(text)]:
        if any(a < m.end() and m.start() < b for a, b in bombers):
            continue
        if _COUNTED_BEFORE.search(text, 0, m.start()):
            continue  # "the four teachers' murder" is a count's, read with its number
        if re.search(r"s['’] \w+$", m.group(0), re.I) and _DETERMINER.search(text, 0, m.start()):
            continue  # "the journalists' murder": a plural, not one name ("Reyes' death")
        if _MARKED_DEATH.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the anniversary of the leader's death": a death the day recalls
        out.append(Figure(kind=K.KILLED, value=1, evidence=span_evidence(text, m.start(), m.end())))
    for m in _ALONG_WITH.finditer(text):
        value = parse_number(m.group("n")) if m.group("n") else 1
        if value is not None:
            kind = kind_of(m.group("verb"))
            ev = span_evidence(text, m.start(), m.end())
            out.append(Figure(kind=kind, value=value + 1, evidence=ev))
    for m in _OF_THEM_DIED.finditer(text):
        value = parse_number(m.group("n"))
        if value is not None:
            out.append(
                Figure(kind=K.KILLED, value=value, evidence=span_evidence(text, m.start(), m.end()))
            )
    for m in _NTH_DIED.finditer(text):
        if m.group("long") and _THE_BEFORE.search(text, 0, m.start()):
            continue
        word = m.group("n").casefold()
        nth = int(word[:-2]) if word[:1].isdigit() else _ORDINALS[word]
        ev = span_evidence(text, m.start(), m.end())
        out.append(Figure(kind=K.KILLED, value=nth, evidence=ev))
    for m in SHOT_SELF.finditer(text):
        if not SELF.search(text):
            out.append(
                Figure(kind=K.INJURED, value=1, evidence=span_evidence(text, m.start(), m.end()))
            )
    return out


def fatal_events(text: str) -> list[Figure]:
    """ "a fatal shooting" states at least one death; "a double homicide" two."""
    out = []
    for m in _FATAL_EVENT.finditer(text):
        ev = span_evidence(text, m.start(), m.end())
        if m.group("n"):
            out.append(Figure(kind=K.KILLED, value=_MULTIPLE[m.group("n").casefold()], evidence=ev))
        else:
            out.append(
                Figure(kind=K.KILLED, value=1, low=1, qualifier=Qualifier.AT_LEAST, evidence=ev)
            )
    return out


# a headline's "2 men shot, killed": those shot are the dead
_SHOT_COMMA_KILLED = re.compile(
    rf"(?P<n>{NUMBER})\s+(?:[A-Za-z'-]+\s+){{0,4}}?shot,\s+killed\b", re.IGNORECASE
)


def shot_fatal(text: str) -> list[Figure]:
    out = [
        Figure(kind=K.KILLED, value=n, evidence=span_evidence(text, m.start(), m.end()))
        for m in _SHOT_COMMA_KILLED.finditer(text)
        if (n := parse_number(m.group("n")))
    ]
    for m in _SHOT_FATAL.finditer(text):
        shot = parse_number(m.group("n"))
        word = m.group("f").casefold()
        fatal = shot if word in ("both", "all") else parse_number(word)
        if shot is None or fatal is None or fatal > shot:
            continue
        ev = span_evidence(text, m.start(), m.end())
        out += [
            Figure(kind=K.KILLED, value=fatal, evidence=ev),
            Figure(kind=K.INJURED, value=shot - fatal, evidence=ev),
        ]
    return out


def explicit_zeros(text: str) -> list[Figure]:
    """ "no one was hurt" -> injured 0; "there were no casualties" -> killed 0 and injured 0."""
    out = []
    for m in _ZERO.finditer(text):
        word = (m.group("zverb") or m.group("noun") or "").casefold()
        if word == "casualties":
            kinds = [K.KILLED, K.INJURED]
        elif word.startswith(("kill", "dead", "death", "fatal", "one was k")):
            kinds = [K.KILLED]
        else:
            kinds = [K.INJURED]
        out += [
            Figure(kind=k, value=0, evidence=span_evidence(text, m.start(), m.end())) for k in kinds
        ]
    return out
