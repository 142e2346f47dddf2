"""Events: which sentences tell the main incident and which cite earlier (background) incidents.

A sentence that places what it tells in an earlier year ("In 2022, the group claimed an attack
...", "twin bombings in 2017", "last year") opens a background frame, which runs to the end of its
paragraph (not one whose earlier year dates only an aside, see `past_asides`); one that opens
another incident of the same news ("In a separate attack in Kano, ...") opens a further main
frame the same way ("In another terrorist attack, ...", "Another attack took
place in Kano"); every other sentence tells the first main event. Each frame gets its type from
trigger words, weighted towards the headline and lead (datelines and bracketed notes take no place
in it), with GTD's precedence among close candidates; words of unstated means ("attack") decide
only alone, and bare plurals of violence in general ("indiscriminate bombings") weigh half. A
trigger the sentence makes unreal ("if the army continues to bomb", "denied that troops attacked",
"without a shot being fired", "willing to attack", "does not take hostages", "must cease all bombing
and shelling", a generic "when those planes bomb towns" or "those who like throwing bombs"), a
weapon only held ("seized explosives", "armed with grenades") or only heard ("explosions were
heard", "troops heard two shots") counts for nothing; nor does a word that names something else: a
unit or gear ("the artillery battalion", "riot police"), a soldier's arm ("an artillery
lieutenant"), a struggle ("fighting a battle against drug cartels"), a diplomatic protest
("protested to the ambassador"), "demonstrated" as "shown", a figurative blast ("the crisis
exploded"). Bombs dropped from aircraft make an air strike. A threat against particular people or a
target ("threatened to kill 10 judges") is an event whose outcome is threatened.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from datetime import date

from incidex.extract.analysis import Analysis, Frame, Sentence, evidence
from incidex.extract.date_words import recent_day
from incidex.extract.lexicon import (
    AIRCRAFT,
    ATTACK,
    CHARGED_DEED,
    CHARGED_FOR,
    COURT_AFTER,
    DAMAGE,
    DAMAGE_FIGURATIVE,
    DAMAGE_WEIGHT,
    DONE_TO,
    EXPLOSIVE_CHARGE,
    FIGURATIVE_BLAST,
    GENERIC_TRIGGERS,
    HEARD_AFTER,
    HEARD_BEFORE,
    HEARD_VERB,
    HELD,
    HOSTILE,
    PROTEST_DIPLOMATIC_AFTER,
    PROTEST_DIPLOMATIC_BEFORE,
    PROTEST_MOTIVE,
    PROTEST_NOTE,
    RANK_AFTER,
    SHOWN_AFTER,
    SHOWN_BEFORE,
    STRUGGLE_AFTER,
    THREAT,
    TRIGGERS,
    UNIT_AFTER,
    UNREAL,
    WEAPON_NOUN,
    WEAPONS,
    bare_plural,
    rx,
    says_something,
)
from incidex.extract.past_asides import without_past_asides
from incidex.nlp import NUMBER, parse_number
from incidex.schema import GTD_PRECEDENCE, EventType, Evidence, Outcome, Role, Weapon

# "in 2022", "since 2019", "in March 2017", "of 2015", "2008's attack"
_YEAR = re.compile(
    r"\b(?:in|since|of|during|from|back in)\s+(?:\w+\s+){0,2}((?:19|20)\d\d)\b|"
    r"\b((?:19|20)\d\d)(?:'s)\b",
    re.IGNORECASE,
)
# Relative pasts that mark an earlier incident: "last year", "three years ago", "previously",
# "over 20 months ago", "last April" ("last May" is left out: "may" is mostly a modal verb)
_EARLIER = rx(
    r"\b(?:last year|years? ago|a year earlier|(?:\w+ )?months ago|last (?:jan|febr)uary|last march"
    r"|last (?:april|june|july|august|september|october|november|december)"
    r"|previous(?:ly)?|in (?:a )?similar attacks?"
    r"|anniversary(?! (?:party|parties|celebrations?|festivit\w+|parade|fair|festival))"
    r"|earlier attacks?|deadliest since|the worst since|was the latest in)\b"
)
# A sentence that opens another incident of the same news: "In a separate attack in Kano, ...",
# "In another incident on Monday, ...", "Elsewhere, ..."
# "In another terrorist attack, ...", "In another development, ...", "Another attack took place
# in Kano ..."
_SEPARATE = rx(
    r"^\W*(?:in|during) (?:a |an )?(?:separate|second|another|unrelated|other) (?:[\w-]+ )?"
    r"(?:attacks?|incidents?|bombings?|shootings?|raids?|ambush(?:es)?|clash(?:es)?|explosions?"
    r"|actions?|development)\b"
    r"|^\W*(?:another|a second|a separate) (?:[\w-]+ )?(?:attack|incident|bombing|shooting|raid"
    r"|ambush|clash|explosion|bomb) (?:took place|occurred|was (?:reported|carried out|staged)"
    r"|exploded|went off)\b"
    r"|^\W*(?:separately|elsewhere)\b"
)
# A sentence that likens this event to earlier ones tells this event ("the attack resembled
# earlier attacks by the Taliban"), not the earlier ones.
_COMPARES = rx(r"\b(?:resembl\w+|bore the hallmarks|hallmarks of)\b")
_FOILED = rx(
    r"\b(?:defused|foiled|thwarted|intercepted|failed to (?:explode|detonate)"
    r"|prevented an attack|disarmed|deactivated)\b"
)
_ATTEMPTED = rx(r"\b(?:attempted|tried to|attempt to|assassination attempt|survived)\b")
_THREATENED = rx(r"\b(?:threatened to|bomb threat|threat to)\b")
# "a suicide bomber", "a suicide-bomber driving a mini-bus"
_SUICIDE = re.compile(r"\bsuicide[- ](?:bomb\w*|attack\w*|vest|car)", re.IGNORECASE)
# "two explosions", "twin bombings", "a series of three blasts", "2 car bombs"
_COUNT = rx(
    rf"\b(twin|{NUMBER})\s+(?:(?:separate|simultaneous|coordinated|car|suicide|powerful|large"
    r"|massive|near-simultaneous)\s+)*(?:explosions|blasts|bombings|bombs|attacks|strikes"
    r"|suicide bombers)\b"
)
_LEAD = 3  # the headline and the first sentences weigh double in deciding the type


def run(analysis: Analysis) -> Analysis:
    """The analysis with its frames: the main event's (if any trigger) first, then background."""
    sentences = analysis.sentences or ()
    groups = _group(sentences, analysis.text, analysis.published)
    frames = [_frame(analysis, role, idx, year) for role, idx, year in groups]
    kept = tuple(f for f in frames if f is not None)
    ordered = tuple(sorted(kept, key=lambda f: f.role != Role.MAIN))
    return dataclasses.replace(analysis, frames=ordered)


def _group(
    sentences: tuple[Sentence, ...], text: str, published: date | None
) -> list[tuple[Role, list[int], int | None]]:
    main: list[int] = []
    background: list[tuple[Role, list[int], int | None]] = []
    current: list[int] | None = None
    for i, sentence in enumerate(sentences):
        # an aside on an earlier event ("(a blast there killed four in 1995)") leaves the
        # sentence's own clause the news
        plain = without_past_asides(sentence.text, published)
        continues = current is not None and _same_paragraph(text, sentences[i - 1], sentence)
        if (
            continues
            and current is not None
            and not _earlier_year(plain, published)
            and not recent_day(plain, published, yearless=True)
        ):
            current.append(i)
            continue
        current = None
        year = _earlier_year(plain, published)
        earlier = year is not None or (_EARLIER.search(plain) and not _COMPARES.search(plain))
        if earlier and _has_main(main, sentences):
            current = [i]
            background.append((Role.BACKGROUND, current, year))
        elif _SEPARATE.search(sentence.text) and _has_main(main, sentences):
            current = [i]  # another incident the article also reports as news
            background.append((Role.MAIN, current, None))
        else:
            main.append(i)
    return [(Role.MAIN, main, None), *background]


def _has_main(main: list[int], sentences: tuple[Sentence, ...]) -> bool:
    """A background frame needs a main event told before it: the first incident is the news."""
    return any(
        _trigger_hits(sentences[i].text)
        or _generic_hits(sentences[i].text)
        or _damage_hits(sentences[i].text)
        for i in main
    )


def _same_paragraph(text: str, before: Sentence, after: Sentence) -> bool:
    return "\n" not in text[before.end : after.start]


def _earlier_year(text: str, published: date | None) -> int | None:
    for m in _YEAR.finditer(text):
        year = int(m.group(1) or m.group(2))
        if published is None or year < published.year:
            return year
    return None


# The hits are read once per sentence text: a sentence is read again where a background frame
# asks whether a main event came before it, and where frames share it.
@functools.lru_cache(maxsize=512)
def _generic_hits(text: str) -> tuple[tuple[float, re.Match[str]], ...]:
    return tuple(
        (w, m)
        for w, pattern in GENERIC_TRIGGERS
        for m in pattern.finditer(text)
        if _real(text, m) and not _unit(text, m)
    )


@functools.lru_cache(maxsize=512)
def _damage_hits(text: str) -> tuple[re.Match[str], ...]:
    """Damage told of a target ("the station was damaged", "destroyed the plant"), not of an
    economy or by a storm."""
    return tuple(
        m
        for m in DAMAGE.finditer(text)
        if _real(text, m) and not DAMAGE_FIGURATIVE.match(text[m.end() : m.end() + _NEAR])
    )


def _unit(text: str, m: re.Match[str]) -> bool:
    """True for a noun that only names a unit, gear or a soldier's arm ("assault troops", "riot
    police", "an artillery lieutenant"); a verb before its object ("rebels attacked army units")
    stays a trigger."""
    word = m.group(0).casefold()
    after = text[m.end() : m.end() + _NEAR]
    if word.endswith(("ed", "ing")):
        return False
    arm = word == "artillery" or WEAPON_NOUN.fullmatch(word)  # not "shot officers"
    return bool(UNIT_AFTER.match(after) or (arm and RANK_AFTER.match(after)))


@functools.lru_cache(maxsize=512)
def _trigger_hits(text: str) -> tuple[tuple[EventType, float, re.Match[str]], ...]:
    hits = [
        (etype, w, m)
        for etype, w, pattern in TRIGGERS
        for m in pattern.finditer(text)
        if _real(text, m)
        and not _heard(text, m)
        and not _motive(etype, text, m)
        and not _figurative(etype, text, m)
    ]
    return tuple((_from_the_air(etype, text, m), w, m) for etype, w, m in hits)


def _heard(text: str, m: re.Match[str]) -> bool:
    """True for a weapon heard ("explosions were heard", "the sound of machineguns")."""
    before = text[max(0, m.start() - _NEAR) : m.start()]
    after = text[m.end() : m.end() + _NEAR]
    return bool(
        HEARD_BEFORE.search(before) or HEARD_VERB.search(before) or HEARD_AFTER.search(after)
    )


def _figurative(etype: EventType, text: str, m: re.Match[str]) -> bool:
    """True for a trigger word that names something else: a unit or gear ("the artillery
    battalion", "riot police"), a struggle ("fighting a battle against drug barons"), "demonstrated"
    as "shown" ("as the report clearly demonstrated")."""
    after = text[m.end() : m.end() + _NEAR]
    if _unit(text, m) or COURT_AFTER.match(after):
        return True
    if etype == EventType.ARMED_CLASH and STRUGGLE_AFTER.match(after):
        return True
    if etype == EventType.EXPLOSION and FIGURATIVE_BLAST.search(
        text, max(0, m.start() - 40), m.start()
    ):
        return True
    if etype == EventType.PROTEST and m.group(0).casefold() == "demonstrated":
        before = text[max(0, m.start() - 20) : m.start()]
        return bool(SHOWN_BEFORE.search(before) or SHOWN_AFTER.match(after))
    return False


def _motive(etype: EventType, text: str, m: re.Match[str]) -> bool:
    """True for a protest word that names a motive or a statement ("resigned in protest")."""
    if etype != EventType.PROTEST:
        return False
    before = text[max(0, m.start() - 40) : m.start()]
    return bool(
        PROTEST_MOTIVE.search(before[-20:])
        or PROTEST_NOTE.match(text, m.start())
        or PROTEST_DIPLOMATIC_BEFORE.search(before)
        or PROTEST_DIPLOMATIC_AFTER.match(text[m.end() : m.end() + _NEAR])
    )


_NEAR = 60  # characters around a trigger read for its aircraft or its "were heard"


def _from_the_air(etype: EventType, text: str, m: re.Match[str]) -> EventType:
    """An air strike for a bombing word beside an aircraft ("planes bombed the village"); a bomb
    on board a plane stays a bombing."""
    if etype != EventType.BOMBING or not m.group(0).casefold().startswith("bomb"):
        return etype
    lo, hi = max(0, m.start() - _NEAR), m.end() + _NEAR
    # an aircraft word starting in reach, read with the words after it ("air force headquarters"
    # is no aircraft)
    aircraft = AIRCRAFT.search(text[lo : hi + _NEAR])
    if aircraft and lo + aircraft.start() < hi and not _ABOARD.search(text[lo:hi]):
        return EventType.AIR_STRIKE
    return etype


_ABOARD = rx(r"\b(?:aboard|on board|in the (?:plane|aircraft)|airport)\b")


# Gerunds listed before a trigger: "must cease all bombing and shelling", "the police will be
# capturing, torturing and assassinating" (each of the list as unreal as its first).
_GERUNDS = rx(r"(?:\b[a-z]+ing,? )+(?:(?:and|or) )?$")
_CLAUSE = 120  # how far back (in characters) a word may stand that makes a trigger unreal
_ARMS_LIST = 240  # how far back "seized" may stand before the last weapon of its list


def _real(text: str, m: re.Match[str]) -> bool:
    """False for a trigger the sentence makes unreal ("if the army continues to bomb", "denied
    that troops attacked", "on charges of murder"; not the incident a charge is for: "charged
    with murder in the shooting") or a weapon only held ("seized explosives")."""
    before = text[max(0, m.start() - _CLAUSE) : m.start()]
    weapon = bool(WEAPON_NOUN.fullmatch(m.group(0)))
    charge = EXPLOSIVE_CHARGE.search(before) if weapon else None
    if charge:  # "charges of dynamite": no court's charges
        before = before[: charge.start()]
    if UNREAL.search(before) and not _charged(text, m, before):
        return False
    listed = _GERUNDS.search(before) if m.group(0).casefold().endswith("ing") else None
    if listed and UNREAL.search(before, 0, listed.start()):
        return False  # a gerund listed after another shares its mood
    if _habit(before, m.group(0)) or _boost(text, m):
        return False
    if _WHEN.search(before) and _present(m.group(0)):
        return False
    if _PERFECT.search(before) and _BARE_OBJECT.match(text, m.end()):
        return False
    if _ONGOING.search(before) and _POPULATION.match(text, m.end()):
        return False
    if _HABITUAL.match(text, m.end()) or _BEING.search(before) or _CENTURIES.match(text, m.end()):
        return False
    if _HABIT_THAT.search(before) and _present(m.group(0)):
        return False
    if weapon and _SCENE_BEFORE.search(before) and _SCENE_AFTER.match(text, m.end()):
        return False
    # a list of arms seized runs longer than a clause
    return not (weapon and HELD.search(text, max(0, m.start() - _ARMS_LIST), m.start()))


def _charged(text: str, m: re.Match[str], before: str) -> bool:
    """True for the incident a charge is brought for ("charged with murder in the shooting") or
    the deed charged, done to someone ("accused of shooting his stepson"): whoever did it, it
    happened; the charge's offence ("charged with murder") stays alleged."""
    if CHARGED_FOR.search(before):
        return True
    deed = m.group(0).casefold().endswith("ing") and CHARGED_DEED.search(before)
    return bool(deed and DONE_TO.match(text, m.end()))


# A generic "when" in the present tense, not a deed: "when those airplanes bomb cities", "when
# they attack people's honour" ("when gunmen attacked", "when the bomb went off" tell one).
_WHEN = rx(
    r"\bwhen(?:ever)? (?:they|we|you|(?:the |those |these )?(?!(?:his|its|this|was|has|is|as|us)\b)"
    r"[\w-]+s) $"
)
# A habit, not a deed: "criminals who attack the civilian population", "officers who kidnap and
# murder"; "who attacked" or "who was killed" tells one. The clause is the last who's: "a man who
# surrendered said the rebels, who attack civilians, ...".
_WHO = rx(
    r"\bwho(?: (?:also|constantly|continually|systematically|regularly|often|always|still"
    r"|usually|repeatedly))? ((?:(?!who\b)\w+,? (?:and |or )?)*)$"
)
# A record, not a deed: "they have murdered judges", "who have kidnapped peasants" (a present
# perfect with a bare plural object; "they have killed three judges" tells one).
_PERFECT = rx(r"\b(?:they|we|you|who) (?:have|has) (?:\w+ly )?$")
_BARE_OBJECT = rx(r" (?!(?:the|his|its|this|these|those|us|was|is|as|has)\b)[a-z]+s\b")
# A charge, not a deed: violence against a whole people in the present progressive ("an army that
# is killing the people", "they are indiscriminately bombing the civilian population").
_ONGOING = rx(r"\b(?:is|are|been) (?:\w+ly )?$")
_POPULATION = rx(r" (?:the )?(?:[\w'-]+ )?(?:people|population|civilians|peasants)\b")
# A habit in the present passive: "the attacks are perpetrated against peaceful citizens" ("the
# attack was carried out" tells one).
_HABITUAL = rx(r" (?:are|is) (?:\w+ly )?(?:perpetrated|committed|carried out|staged)\b")
# A deed of an earlier century is history, never news: "who was assassinated in 1835", "killed
# there in May 1899" (a year of this century is left to the frames' rules).
_CENTURIES = rx(r" (?:[\w-]+ )?in (?:[a-z]+ )?1[5-8]\d\d\b")
# A scene in the present, listed with others: "shots are heard, bombs explode, blood flows" (a
# weapon in the bare plural, its verb in the present; "two bombs explode" counts them, and a
# headline's "Bombs explode in Lima" lists nothing).
_SCENE_BEFORE = rx(r"(?:,|\band) $")
_SCENE_AFTER = rx(r"(?<=s) (?:explode|go off|fall|rain down|burst)\b")
# A lot, not a deed: "we are the ones who are being killed", "people that are being murdered" (a
# relative clause in the present progressive passive).
_BEING = rx(r"\b(?:who|that|which) (?:are|is) (?:\w+ly )?being (?:\w+ly )?$")
# A habit told with "that" and its adverb: "death squads that systematically murder the people"
# ("that systematically murdered" tells deeds).
_HABIT_THAT = rx(
    r"\b(?:that|which) (?:systematically|constantly|continually|regularly|routinely|repeatedly"
    r"|always|often|usually) $"
)
# "the economy needs a shot in the arm": a boost, not a wound ("was shot in the arm" is one)
_A_BEFORE = re.compile(r"\ba\s+$", re.IGNORECASE)
_IN_THE_ARM = re.compile(r"\s+in\s+the\s+arm\b", re.IGNORECASE)


def _boost(text: str, m: re.Match[str]) -> bool:
    return (
        m.group(0).casefold() == "shot"
        and bool(_A_BEFORE.search(text, max(0, m.start() - 4), m.start()))
        and bool(_IN_THE_ARM.match(text, m.end()))
    )


_AUXILIARIES = frozenset({"was", "were", "is", "are", "had", "has", "have", "will", "would"})
# Past tenses without -ed: "the men who threw grenades", "who began shooting", "the man who shot
# his neighbour" tell deeds.
_PAST = frozenset(
    {"began", "threw", "shot", "fought", "hit", "set", "took", "fled", "left", "came", "went",
     "ran", "broke", "blew", "led", "made", "put", "sent", "kept", "got", "stole", "drove", "held",
     "struck", "slew", "overran", "burnt"}
)  # fmt: skip


def _present(words: str) -> bool:
    """True when the first word of a trigger may be a verb of the present tense ("bomb", "attack";
    not "fired on", "shot", "killing")."""
    first = words.split(maxsplit=1)[0].casefold()
    return not first.endswith(("ed", "ing")) and first not in _PAST


def _habit(before: str, word: str) -> bool:
    """True for a trigger in a who-clause of the present tense: "criminals who attack the
    population", "those who like throwing bombs and killing people"; a gerund counts only after
    such a verb ("who opened fire, killing two" tells a deed)."""
    m = _WHO.search(before)
    folded = word.casefold()
    if m is None or folded.endswith("ed") or folded in _PAST:
        return False
    listed = m.group(1).replace(",", " ").casefold().split()
    if folded.endswith("ing") and not listed:
        return False
    return not any(w.endswith("ed") or w in _AUXILIARIES or w in _PAST for w in listed)


def _frame(analysis: Analysis, role: Role, idx: list[int], year: int | None) -> Frame | None:
    sentences = analysis.sentences or ()
    scores: dict[EventType, float] = defaultdict(float)
    generic = 0.0  # "attack", "killed": an event of unstated means
    damage = 0.0  # "the station was damaged": an attack told by its damage
    triggers: list[Evidence] = []
    rank = 0  # the frame's sentences that say something: no dateline, no bracketed note
    told: list[str] = []
    for i in idx:
        s = sentences[i]
        # a main event's words, not those of an aside on an earlier one ("(a bombing in 2019)");
        # but its kind is told in an aside too ("- a shooting that ..."), all but the event it is
        # measured against ("the second such killing since a court bombing two years ago")
        said, typed = s.text, s.text
        if role == Role.MAIN:
            said = without_past_asides(s.text, analysis.published)
            typed = without_past_asides(s.text, analysis.published, compared_only=True)
        told.append(said)
        weight = 2.0 if rank < _LEAD else 1.0
        rank += says_something(s.text)
        for etype, w, m in _trigger_hits(typed):
            scores[etype] += (
                w * weight * _BARE if bare_plural(typed, m.start(), m.end()) else w * weight
            )
            if said[m.start()] != " ":
                triggers.append(evidence(analysis.text, s.start + m.start(), s.start + m.end()))
        for w, m in _generic_hits(said):
            generic += w * weight
            triggers.append(evidence(analysis.text, s.start + m.start(), s.start + m.end()))
        for m in _damage_hits(said):
            damage += DAMAGE_WEIGHT * weight
            triggers.append(evidence(analysis.text, s.start + m.start(), s.start + m.end()))
        for m in ATTACK.finditer(said):
            scores[EventType.OTHER] += 0.5 * weight
            if role == Role.BACKGROUND:  # "a similar raid killed 42": cited history needs no more
                triggers.append(evidence(analysis.text, s.start + m.start(), s.start + m.end()))
    if not triggers:
        return None
    body = " ".join(told)
    return Frame(
        role=role,
        type=_choose_type(dict(scores), generic, hostile=bool(HOSTILE.search(body)), damage=damage),
        sentences=tuple(idx),
        triggers=tuple(sorted(triggers, key=lambda e: e.start)[:8]),
        outcome=_outcome(body),
        suicide=True if _SUICIDE.search(body) else None,
        count=_count(body),
        weapons=_weapons(body),
        year=year,
        score=sum(scores.values()) + generic + damage,
    )


_BARE = 0.5  # a bare plural ("indiscriminate bombings") speaks of violence in general


def _choose_type(
    scores: dict[EventType, float], generic: float, *, hostile: bool, damage: float = 0.0
) -> EventType:
    """The type the specific trigger words name, GTD's precedence deciding among close ones;
    words of unstated means ("attack", "killed") make an armed assault only when nothing more
    specific is said, damage alone ("the pylons were destroyed") a facility attack. A blast is an
    explosion of unknown cause unless the text calls it hostile."""
    scores.pop(EventType.OTHER, 0.0)
    if not scores:
        if generic:
            return EventType.ARMED_ASSAULT
        return EventType.FACILITY_ATTACK if damage else EventType.OTHER
    if EventType.EXPLOSION in scores and hostile:  # "an attack ... the blast": not an accident
        scores[EventType.BOMBING] = scores.get(EventType.BOMBING, 0) + scores.pop(
            EventType.EXPLOSION
        )
    top = max(scores, key=lambda t: scores[t])
    # Among GTD's attack types, one half as strong already applies ("gunmen shot a guard and
    # abducted 27 students": a kidnapping); a riot or a clash yields only to a close rival
    # ("rioters torched cars" stays a riot).
    share = 0.5 if top in GTD_PRECEDENCE else 0.7
    ranked = [t for t in GTD_PRECEDENCE if scores.get(t, 0.0) >= share * scores[top]]
    return ranked[0] if ranked else top


def _outcome(body: str) -> Outcome:
    if _FOILED.search(body):
        return Outcome.FOILED
    if (_THREATENED.search(body) or THREAT.search(body)) and not ATTACK.search(body):
        return Outcome.THREATENED
    if _ATTEMPTED.search(body):
        return Outcome.ATTEMPTED
    return Outcome.COMPLETED


def _count(body: str) -> int | None:
    m = _COUNT.search(body)
    if not m:
        return None
    word = m.group(1).casefold()
    value = 2 if word == "twin" else parse_number(word)
    return value if value and value > 1 else None


def _weapons(body: str) -> tuple[Weapon, ...]:
    return tuple(weapon for weapon, pattern in WEAPONS if pattern.search(body))
