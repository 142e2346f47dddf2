"""Casualty words: the verbs of harm, the kind of figure each states, and scope words.

Scope words ("since October", "this year") mark tolls of many events; revision words ("rose to")
mark the latest figure of one.
"""

from __future__ import annotations

import re

from incidex.extract.date_words import WEEKDAYS
from incidex.schema import FigureKind, Scope

K = FigureKind

_KILL = (
    r"shot (?:and|&) killed|found dead|shot dead|shot to death"
    r"|fatally (?:shot|wounded|injured|stabbed)|stabbed to death|beaten to death|tortured to death"
    r"|burned to death|gunned down|killed|dead|died|slain|murdered|passed away|assassinated"
    r"|massacred|perished|lost their lives|executed|beheaded|decapitated|strangled|lynched"
    r"|deaths|fatalities|bodies|corpses"
)

# after "shot": fired on, maybe missed ("was shot at by gunmen", "was shot upon"; not "shot at
# close range", a wound); or fired to force a way ("shot their way into the embassy")
FIRED_ON = (
    r"\s+upon\b|\s+at\s*(?:by|using|with|from|but|and|[,.;]|$)"
    r"|\s+(?:their|his|her|its|our)\s+way\b"
)

# "shot" as the noun of a shot fired, no one's wound: "a shot was fired", "a shot rang out"
_SHOT_FIRED = (
    r"\s+(?:was|were|had been|has been)\s+(?:\w+\s+)?(?:fired|heard|discharged)\b"
    r"|\s+(?:rang|went)\s+(?:out|off)\b"
)

# not "taken to a hospital to be treated for injuries" ("a hospital" is no count of the hurt)
_WOUND_VERBS = r"suffered|sustained|received|(?<!\bbe )treated for"

_HURT = (
    rf"injured|wounded|hurt|shot(?!{FIRED_ON}|{_SHOT_FIRED})"
    r"|injuried|wonded"  # misspellings common in wire copy: "four others injuried"
    r"|stabbed|beaten|grazed|injuries|casualties"
    # "two hostages were tortured" (not "tortured to death", "tortured and killed": deaths)
    r"|tortured(?!\s+(?:to\s+death|and\s+(?:then\s+|later\s+)?(?:killed|murdered|executed|shot)))"
    # a passive typed with the present tense: "five soldiers were slightly injures"
    r"|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=ly\s))injures"
    # "two men suffering from gunshot wounds", "a boy suffering from a gunshot wound"
    r"|suffering (?:from )?(?:an? )?(?:multiple |apparent |single )?(?:gunshot|stab) wounds?"
    # "four young people had been hit by gunfire"
    r"|(?:hit|struck) by (?:gunfire|(?:a |stray )?bullets?)"
    # a count of those hurt told by their wounds or their care: "three others suffered minor
    # injuries", "four people were treated for burns" (not "fatal injuries": deaths)
    rf"|(?:{_WOUND_VERBS}) (?!(?:fatal|mortal|deadly)\b)(?:[\w-]+ ){{0,2}}?"
    r"(?:injuries|wounds|burns)"
    # "a third woman was in critical condition", "two are listed in serious condition"
    r"|(?:listed |reported )?in (?:a )?(?:critical|serious|grave|stable|life-threatening)"
    r" condition(?![^.;]{0,60}\b(?:died|dead|succumbed)\b)"  # not "..., where he later died"
)

_HOSP = (
    r"hospitali[sz]ed|admitted to (?:the )?hospitals?|taken to (?:the )?hospitals?"
    # "were all transported to a local hospital", "rushed to area hospitals"
    r"|(?:taken|transported|rushed|brought|airlifted|flown) to (?:an? |the )?"
    r"(?:local |area |nearby |several |different )?hospitals?"
    r"(?![^.;]{0,40}\b(?:died|dead|succumbed)\b)"  # "brought to the hospital, where he died"
)

_MISS = r"missing|unaccounted for"

_TAKEN = r"kidnapped|abducted|taken hostage|held hostage|seized"

_HELD = r"arrested|detained|taken into custody|apprehended|captured"

HARM_VERB = f"{_KILL}|{_HOSP}|{_HURT}|{_MISS}|{_TAKEN}|{_HELD}"

# "were", "has been"; and a bare "has"/"have" before a verb of dying ("one person has died")
AUX = (
    r"(?:(?:were|was|are|is) (?:said|reported|believed|thought|known) to (?:be|have been)"
    r"|were|was|have been|has been|had been|are|is|got|being|be|remain|remained|are still"
    # ... not the active perfect "has shot himself", "had killed his wife"
    r"|(?:has|have|had)(?!\s+(?:\w+ly\s+)?(?:shot|killed|wounded|injured|stabbed|hurt|murdered)"
    r"\s+(?:him|her|them|himself|herself|themselves|his|their|a|an|the|two|three|four|five)\b))"
)

ADVERBS = (
    r"(?:(?:also|reportedly|reported|later|critically|seriously|slightly|badly|severely|all|both|estimated"
    r"|allegedly|apparently|lightly|moderately|mildly|gravely|superficially"
    # "were brutally murdered", "were savagely killed"
    r"|brutally|savagely|cruelly|mercilessly|treacherously)\s+)*"
)

REVISION = re.compile(
    r"\b(?:rose|risen|climbed|increased|jumped|revised|updated|now stands"
    # "a fifth victim ... has died": the toll now counts that one
    r"|(?<!\bthe )(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth)"
    r"\s+(?:victim|person|man|woman|child|teen|teenager)\b(?=[^.;]*\b(?:dies|died|succumbed)\b))\b",
    re.IGNORECASE,
)

CUMULATIVE = re.compile(
    r"\b(?:since (?:the (?:start|beginning)|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|\d{4}|last)|so far|this year|to date"
    r"|in (?:the )?(?:past|last|less than) (?:\w+ )?(?:days|weeks|months|years)"
    r"|in total|over the past|in recent (?:weeks|months|years)|since the war|the conflict has"
    r"|the war has|attacks have killed|attacks this year"
    # "over a period of two days", "during 10 years of civil war"
    r"|over (?:a period of )?\w+ days|(?:during|in|over) (?:the )?(?:past |last )?\w+ (?:years"
    r"|decades) of)\b",
    re.IGNORECASE,
)

_SEVERAL = r"two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple"
_WEEKDAY = "|".join(WEEKDAYS)

# Tolls of several events summed: "in all four attacks", "in separate incidents", "several armed
# clashes", "in seven of the country's 14 departments"
AGGREGATE = re.compile(
    r"\b(?:in all (?:\w+ )?(?:attacks|bombings|incidents)|in separate (?:incidents|attacks)"
    r"|(?:several|various|numerous|a series of|a wave of|multiple) (?:\w+ )?(?:attacks|clashes"
    r"|bombings|incidents|confrontations|raids)"
    # "in weekend shootings across Chicago", "killed in the attacks", "in these two attacks"
    r"|(?:weekend|overnight) shootings|shootings across|combined attacks"
    r"|(?:killed|wounded|injured|hurt|died) (?:in|during) (?:the|these|those) attacks"
    r"|in (?:these|those|the) (?:\w+ )?(?:two|three|four|five|several|separate)"
    r" (?:attacks|bombings)"
    r"|in (?:\w+ of (?:the )?(?:country's )?)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|several|various) (?:departments|provinces|districts|states|cities|towns|regions)"
    # "four hunters died in unrelated incidents", "100 children were killed in unintentional
    # shootings" (no "the": not the shootings of this story)
    r"|in (?:unrelated|separate) (?:\w+ )?(?:incidents|shootings|accidents)"
    # a day's toll across a place, or others elsewhere that day: "a total of nine people were
    # killed in the city on this day", "two other teachers were also killed in Iraq that day"
    r"|(?:a total of|\balso\b|\bother\b)[^.;]{0,80}\b(?:on (?:this|that|the same) day"
    r"|throughout the day)"
    r"|(?:killed|wounded|injured|hurt|shot|died|dead) in (?!the\b|these\b|those\b|two\b|both\b)"
    r"(?:[a-z-]+ ){0,2}?(?:shootings|accidents|incidents)"  # not "in Monday's shootings"
    # a city roundup of a night's or a week's shootings: "Three people were hurt in two
    # shootings", "Three shootings overnight injured five people", "Four people have been shot
    # since Tuesday morning", "13 people shot in Cleveland Friday and Saturday"
    rf"|(?:\b(?:in|between)\s+|^\W*)(?:{_SEVERAL})\s+(?:separate\s+|different\s+)?shootings"
    rf"|(?:shot|killed|wounded|injured|hurt)\s+since\s+(?:{_WEEKDAY})"
    rf"|(?:shot|killed|wounded|injured|hurt)\s+(?:[\w.]+\s+){{0,3}}?"
    rf"(?:{_WEEKDAY})\s+(?:and|through)\s+(?:{_WEEKDAY}))\b",
    re.IGNORECASE,
)

# words before "the killing of X" that make it an earlier event the story cites
EARLIER_KILLING = re.compile(
    r"\b(?:retaliat\w*|revenge|aveng\w*|in response to|anniversary|commemorat\w*)\b",
    re.IGNORECASE,
)

# words before "the murder of X" that make it the crime of a case, not this event's harm:
# "charged with being involved in the assassination of Major Giroldi" (not "suspected", which as
# often tells the arrests that follow this event: "men suspected in the killing of six priests")
CHARGED = re.compile(
    r"\b(?:charged|accused|convicted|indicted|sentenced|acquitted)\b", re.IGNORECASE
)
# A count of the dead a court has tried: "convicted last year of the murder of two guards" is an
# older case. A charge comes days after its crime and is often the news of this very event ("a
# man was charged in the shooting deaths of two brothers"): its count stays.
TRIED = re.compile(r"\b(?:convicted|sentenced|acquitted)\b", re.IGNORECASE)

# "the worst attack to date", "the deadliest so far": a superlative ranks this one event
_SUPERLATIVE = re.compile(
    r"\b(?:worst|deadliest|bloodiest|largest|biggest|heaviest|highest|most)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


# a superlative that "since ..." follows: "the deadliest attack in the town since 2019"
_SINCE = re.compile(
    r"\b(?:worst|deadliest|bloodiest|largest|biggest|heaviest)\b(?:\s+[\w-]+){0,4}\s+$",
    re.IGNORECASE,
)


# "the fourth such killing in the past four months", "the third attack on the base this year": an
# ordinal ranks this one event among others, and counts no victims of theirs
_RANKED = re.compile(
    r"\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:such\s+)?(?:[\w-]+\s+)?(?:killing|murder|attack|bombing|assassination|shooting"
    r"|kidnapping|abduction|incident|blast|explosion|ambush|raid)s?\b[^.;,\d]{0,40}$",
    re.IGNORECASE,
)


def many_events(m: re.Match[str]) -> bool:
    """True when a scope phrase counts many events, not a superlative or an ordinal about this
    one."""
    if _RANKED.search(m.string, 0, m.start()):
        return False
    if m.group(0).casefold() in ("to date", "so far"):
        return not _SUPERLATIVE.search(m.string, 0, m.start())
    # "the blast, the deadliest there since 2019, wounded 11": a comparison, no sum
    return not (m.group(0).casefold().startswith("since") and _SINCE.search(m.string, 0, m.start()))


def scope_of(text: str) -> Scope:
    """The scope of the figures a sentence states: a toll of many events ("since October"),
    several summed ("in separate attacks"), else this incident's."""
    flat = " ".join(text.split())  # wire text breaks lines mid-phrase
    if any(map(many_events, CUMULATIVE.finditer(flat))):
        return Scope.CUMULATIVE
    return Scope.AGGREGATE if AGGREGATE.search(flat) else Scope.INCIDENT


def kind_of(verb: str) -> FigureKind:
    verb = verb.casefold()
    if re.match(r"(?:the )?injur", verb):  # "the injury of six others"
        return K.INJURED
    table = (
        (K.KILLED, _KILL),
        (K.HOSPITALISED, _HOSP),
        (K.MISSING, _MISS),
        (K.KIDNAPPED, _TAKEN),
        (K.ARRESTED, _HELD),
    )
    if verb.startswith(
        (
            "kill",
            "claimed",
            "gunn",
            "the ",
            "murder",
            "death",
            "massacre",
            "assassin",
            "bod",  # "the bodies of", "the body of a professor and one of his relatives"
            "execution",
        )
    ):
        return K.KILLED
    if "death" in verb:  # "caused the deaths of"
        return K.KILLED
    if verb.startswith(("abduct", "kidnap", "seiz")):
        return K.KIDNAPPED
    if verb.startswith(("arrest", "detain")):
        return K.ARRESTED
    for kind, pattern in table:
        if re.fullmatch(pattern, verb):
            return kind
    return K.INJURED


# Words after which a sentence tells another, earlier event: "The attack comes two days after
# bombs killed ten", "The incident follows a shooting last week that left one dead", "the last
# such attack killed 17", "on a day in which blasts killed 152"
_OTHER_EVENT = re.compile(
    r"\b(?:(?:this|it|attack|incident|bombing|blast|shooting|killing|violence|explosion|assault"
    r"|ambush)\s+(?:\w+\s+){0,2}?(?:comes?|came|follows|followed)\s+(?:\w+\s+){0,4}?"
    r"(?:after|on the heels of)"
    # "the attack comes amid a dispute in which troops shot two policemen"
    r"|(?:attack|incident|bombing|blast|shooting|killing|explosion|assault|ambush)\s+(?:comes?|came)"
    r"\s+(?:amid|during\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:dispute|row|standoff|crisis|feud|conflict"
    r"|wave|spate|campaign|period|surge))"
    r"|follow(?:s|ed|ing)\s+(?:a|an|another)\s+(?:\w+\s+)?(?:shooting|attack|bombing|blast"
    r"|incident|explosion|ambush|raid|killing|stabbing)"
    r"|(?:the|a|an)\s+(?:last|previous|prior|similar)\s+(?:such\s+)?(?:[\w-]+\s+)?"
    r"(?:attack|bombing|blast|shooting|incident|explosion|device|ambush|raid|assault|strike)s?"
    r"|(?:on|during)\s+a\s+day\s+(?:in which|on which|when)"
    r"|another\s+(?:(?:attack|bombing|blast|shooting|incident|explosion|ambush|raid)\s+)?"
    r"(?:which|that|in which))\b",
    re.IGNORECASE,
)

# "three soldiers were hurt, 20 minutes after a similar bomb killed two": within its clause
_HOURS_AFTER = re.compile(
    r"\b(?:minutes?|hours?|days?|weeks?|months?)\s+(?:after\s+(?:a|an|another|the)\b|before\b)[^,;]*",
    re.IGNORECASE,
)


# the dead a funeral mourns died before it: "shortly after a funeral march for 18 members who had
# been killed the day before", up to the clause's end or this event's own verb
_FUNERAL = re.compile(
    r"\bfunerals?\s+(?:[\w-]+\s+){0,2}?(?:for|of)\b"
    r"(?:(?!\s+(?:killing|wounding|injuring|leaving)\b)[^,;])*",
    re.IGNORECASE,
)


def other_event(text: str) -> list[tuple[int, int, bool]]:
    """Spans of a sentence that tell another event than the one it reports (figures there are
    not this event's), each with whether it tells a funeral's dead."""
    spans = [(m.start(), len(text), False) for m in _OTHER_EVENT.finditer(text)]
    spans += [(m.start(), m.end(), False) for m in _HOURS_AFTER.finditer(text)]
    spans += [(m.start(), m.end(), True) for m in _FUNERAL.finditer(text)]
    return spans


# the one shot lived: "was shot in the leg, but survived", "was shot and is in stable condition";
# one who is in critical condition, or whose condition was stabilized, is alive when the story is
# told (not "was taken to hospital in critical condition", often the one who died; nor where the
# clause goes on to a death: "was in critical condition until he died")
_ALIVE = (
    r"survived|(?:is|was) expected to (?:survive|recover)|non-life-threatening"
    r"|not life-threatening|(?:stable|good|fair) condition"
    r"|(?:is|remains) (?:listed |still )?in (?:critical|serious|grave|guarded) condition"
    r"|condition (?:was|has been|had been|is) (?:stabilized|stabilised|upgraded)"
    r"|treated and released|(?:is|was|remains) recovering"
)
LIVED = re.compile(
    rf"[^.;]*?\b(?:{_ALIVE})\b(?![^.;]*\b(?:died|dies|dead|death|succumbed)\b)",
    re.IGNORECASE,
)

# ... told before the harm in its sentence: "a girl is recovering after she was shot"
LIVED_BEFORE = re.compile(rf"\b(?:{_ALIVE})\b[^.;]*$", re.IGNORECASE)

# ... or was shot in (to, through) a limb, where no death follows in the clause: "a State Trooper
# was shot in the left elbow" is someone else than the dead of the story
LIMB = re.compile(
    r"\w+\s+(?:in|to|through) (?:the|his|her) (?:left |right |upper |lower )?"
    r"(?:arms?|legs?|elbows?|hands?|feet|foot|ankles?|knees?|thighs?|wrists?|fingers?|buttocks"
    r"|calf)\b(?![^.;]*\bdied\b)",
    re.IGNORECASE,
)
