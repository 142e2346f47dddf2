"""Casualty numbers: the number phrases that count people, their qualifiers and bounds.

"at least 103", "between 10 and 15", "dozens of", "fifteen"; and the numbers that are no
count of people (ages, years, clock times, distances, "called 911").
"""

from __future__ import annotations

import re

from incidex.nlp import NUMBER, NUMBER_WORDS, VAGUE, parse_number
from incidex.schema import Evidence, Figure, Qualifier

QUALIFIERS = (
    r"at least|more than|over|nearly|almost|about|around|some|approximately|roughly|up to"
    r"|as many as|an estimated|a total of|at most|fewer than|less than|close to|upwards of"
    r"|in excess of|a further|another"
)

_VAGUE = "|".join(VAGUE)

# "at least 103", "between 10 and 15", "dozens of", "10 to 15", "fifteen"
NUMQ = re.compile(
    rf"(?:(?P<q>{QUALIFIERS})\s+)?(?:(?P<between>between)\s+(?P<lo>{NUMBER})\s+and\s+(?P<hi>{NUMBER})"
    rf"|(?P<n>{NUMBER}|{_VAGUE})(?:\s+(?:to|or)\s+(?P<n2>{NUMBER}))?(?:\s+of)?)"
    r"(?![\w]|-(?!-))",  # not "4-year-old", but "killed 4--including a policeman"
    re.IGNORECASE,
)

_NOT_PEOPLE = re.compile(
    r"[\s-]*(?:(?:few|couple of)\s+)?"  # "a few hours"
    r"(?:km|kilomet|miles?|met(?:er|re)s?|years?|hours?|days?|weeks?|months?|minutes?"
    r"|percent|per cent|%|a\.?m\.?|p\.?m\.?|o'clock|times|dollars|rounds|shots|bullets|cars"
    r"|vehicles|houses|homes|buildings|rockets|bombs|mortars|shells|feet|-year|kg|pounds|tons"
    r"|block|calls?|caliber|mm|rounds|lot|bit|little|while|separate|shootings?|attacks?"
    r"|yo|y/o|yrs?(?:\.|\s+old)?"  # "8 yo girl killed": an age
    r"|incidents?|bombings?|blasts?|explosions?|occasions?|crimes?"  # "both a crime that ..."
    r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?"
    r"|apr(?:il)?|may|june?|july?|aug(?:ust)?"  # not "marines", "decades"
    # "the massacre of 16 November" is a date
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.IGNORECASE,
)

# A figure whose words hold a number (not just "a"/"an") outranks one read from a singular noun.
COUNTED = re.compile(rf"\d|\b(?!an?\b)(?:{NUMBER_WORDS}|double|triple|quadruple)\b", re.IGNORECASE)

# ages are no counts: "Sarai Lara, 16, was killed", "a 16-year-old was shot"
AGE = re.compile(r",\s*\d{1,3}\s*,|\b\d{1,3}[- ]years?[- ]old|\b\d{1,3}-year-olds?", re.IGNORECASE)


def figure_size(figure: Figure) -> int:
    return figure.value if figure.value is not None else (figure.low or figure.high or 0)


_AFTER_NAME = re.compile(r"\b[A-Z][\w.'-]*,\s*$")

# an age set off after a name earlier in the sentence: "Ana Cruz, 19, ..."
_AGES_BEFORE = re.compile(r"\b[A-Z][\w.'-]*,\s*\d{1,3}\s*,")

_PHONE = re.compile(r"\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing)?|to)\s*$", re.IGNORECASE)

_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*|\.)\s+$", re.IGNORECASE
)

_PARENT_OF = re.compile(
    r"\b(?:father|mother|parent|dad|mom|grandfather|grandmother)\s+of\s+$", re.IGNORECASE
)


# a number that names, not counts: "Channel 7", "No. 5", "Route 9", "Flight 841"
_LABEL_BEFORE = re.compile(
    r"\b(?:channel|no\.?|number|route|highway|flight|room|apartment|apt\.?|suite|unit"
    r"|kilometer|km|gate|pier|platform|ward|precinct)\s+$",
    re.IGNORECASE,
)

# "an undetermined number of dead": no count at all
_UNKNOWN_NUMBER = re.compile(
    r"\s+(?:undetermined|unknown|unspecified|indeterminate|undisclosed|uncertain|unconfirmed"
    r"|unidentified|large|small|great|growing|increasing)\s+(?:number|quantity)\b",
    re.IGNORECASE,
)


def is_count(m: re.Match[str], text: str) -> bool:
    if _NOT_PEOPLE.match(text, m.end()):
        return False
    if m.group("n") and _UNKNOWN_NUMBER.match(text, m.end()):
        return False
    if m.group("n") and m.group("n").isdigit() and _LABEL_BEFORE.search(text, 0, m.start()):
        return False
    n = (m.group("n") or "").strip()
    if n.casefold() in ("a", "an") and re.match(
        r"\s+(?:number|handful|few)\b", text[m.end() :], re.I
    ):
        return False  # "a number of people": no count
    if n.casefold() == "one" and re.search(r"\bno\s+$", text[: m.start()], re.IGNORECASE):
        return False  # "no one else was hurt" is a zero, read by explicit_zeros
    if n.casefold().endswith("single") and re.match(r"\s+shot\b", text[m.end() :], re.I):
        return False  # "fired a single shot": the noun
    if re.search(r"\bnone of (?:the|its|their)\s+$", text[: m.start()], re.IGNORECASE):
        return False  # "none of the 80 passengers were hurt" is a zero, read by explicit_zeros
    if _PARENT_OF.search(text, 0, m.start()):
        return False  # "father of 5 killed": his children, not the dead
    if n.isdigit() and _MONTH_BEFORE.search(text, 0, m.start()):
        return False  # a date: "on March 18", "Sept. 3"
    if re.fullmatch(r"(?:19|20)\d\d", n):  # a year, not a count
        return False
    residence = re.search(r"\bof$", m.group(0)) and re.match(r"\s+[A-Z]", text[m.end() :])
    if _AFTER_NAME.search(text, 0, m.start()) and (
        residence or re.match(r"\s*(?:,|and\b)", text[m.end() :])
    ):  # "Ana Cruz, 40 of Dayton, was hurt"
        return False  # an age: "Marvin Lee, 24, and ...", "Ana Cruz, 19, was shot"
    if (
        _AFTER_NAME.search(text, 0, m.start())
        and re.match(r"\s+(?:were|are|have|had)\b", text[m.end() :])
        and _AGES_BEFORE.search(text, 0, m.start())
    ):
        return False  # the last age of a list: "Ana Cruz, 19, and Lee Park, 24 were shot"
    if re.search(r"\b(?:aged?|ages)\s+(?:\d{1,3}\s+(?:and|to|,)\s+)?$", text[: m.start()], re.I):
        return False  # "boys aged 12 and 16 were wounded"
    if re.search(r"\b(?:both|all|each)\s+$", text[: m.start()], re.I) and re.match(
        r"\s*(?:,|and\b)", text[m.end() :]
    ):
        return False  # "Ana Cruz and Lee Park, both 24, died"
    if n == "911" and _PHONE.search(text, 0, m.start()):
        return False  # "called 911"
    if re.match(r":\d", text[m.end() : m.end() + 2]) or text[max(0, m.start() - 1)] == ":":
        return False  # a clock time or a video length: "1:57", "0:52"
    # "one of the injured" is read by _OF_THEM_DIED; "one of his bodyguards" counts one; "one of
    # five people shot" names one of a count that is the figure
    of = re.match(r"\s+of\b(?!\s+(?:his|her|their|its)\b)", text[m.end() :]) is not None
    of = of or (m.group(0).endswith("of") and bool(re.match(rf"\s+(?:{NUMBER})", text[m.end() :])))
    return not (n.casefold() in ("a", "an", "one") and of)


def span_evidence(text: str, start: int, end: int) -> Evidence:
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    return Evidence(start=start, end=end, text=text[start:end])


def shifted(evidence: Evidence | None, offset: int) -> Evidence | None:
    """Evidence read in a sentence, at its offsets in the whole text."""
    if evidence is None:
        return None
    return Evidence(start=evidence.start + offset, end=evidence.end + offset, text=evidence.text)


def bounds(
    m: re.Match[str], carried: str | None = None
) -> tuple[int | None, int | None, int | None, Qualifier]:
    """Value, low, high and qualifier of a number phrase (DESIGN.md's rules for bounds)."""
    if m.group("between"):
        return None, parse_number(m.group("lo")), parse_number(m.group("hi")), Qualifier.RANGE
    word = m.group("n").casefold()
    if word in VAGUE:
        return None, VAGUE[word], None, Qualifier.VAGUE
    n = parse_number(word)
    if n is None:
        return None, None, None, Qualifier.VAGUE
    if m.group("n2"):
        return None, n, parse_number(m.group("n2")), Qualifier.RANGE
    q = (m.group("q") or carried or "").casefold()
    if q == "at least":
        return n, n, None, Qualifier.AT_LEAST
    if q in ("more than", "over", "upwards of", "in excess of"):
        return n, n + 1, None, Qualifier.MORE_THAN
    if q in ("up to", "as many as", "at most"):
        return n, None, n, Qualifier.AT_MOST
    if q in ("fewer than", "less than"):
        return n, None, n - 1, Qualifier.AT_MOST
    if q in (
        "nearly",
        "almost",
        "about",
        "around",
        "some",
        "approximately",
        "roughly",
        "an estimated",
        "close to",
    ):
        return n, None, None, Qualifier.ABOUT
    return n, None, None, Qualifier.EXACT
